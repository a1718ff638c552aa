#pragma once
// "Now" for the desk's screens: the real clock in the application, a fixed instant in the
// tests (the compliance guard and the queue depend on it; ARCHITECTURE.md: the domain
// takes "now" as a parameter, never from the clock).

#include <QDateTime>

#include <functional>

namespace ardesk {

using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// The user's calendar date at the clock's instant.
inline QDate todayOf(const Clock &clock)
{
    return clock().toLocalTime().date();
}

} // namespace ardesk
