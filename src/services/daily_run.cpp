#include "daily_run.h"

#include "service_support.h"

#include "storage/daily_runs.h"

namespace ardesk {

Result<bool> DailyRunStamps::upToDate(const QString &step, QDate asOf)
{
    return reading([&]() -> Result<bool> {
        Book &book = m_session.book();
        const std::optional<DailyRunStamp> stamp = dailyRunStamp(book, step);
        return stamp && stamp->asOf == asOf && stamp->serial != 0 && stamp->serial == book.changeSerial();
    });
}

Result<DailyRunMark> DailyRunStamps::mark()
{
    return reading([&]() -> Result<DailyRunMark> {
        Book &book = m_session.book();
        return DailyRunMark{book.changeSerial(), book.ownSerialCommits()};
    });
}

Status DailyRunStamps::stamp(const QStringList &steps, QDate asOf, const DailyRunMark &before)
{
    Book &book = m_session.book();
    if (book.isReadOnly() || steps.isEmpty())
        return {};
    return inTransaction(book, [&]() -> Status {
        const qint64 now = book.changeSerial(); // under the writer lock
        if (now == 0 || now - before.serial != book.ownSerialCommits() - before.ownCommits)
            return {}; // another connection wrote meanwhile
        // This transaction writes the stamps, so its commit makes the serial now + 1.
        for (const QString &step : steps)
            setDailyRunStamp(book, step, {asOf, now + 1});
        return {};
    });
}

} // namespace ardesk
