#include "daily_runs.h"

#include "statement.h"

namespace ardesk {

std::optional<DailyRunStamp> dailyRunStamp(Book &book, const QString &step)
{
    Statement q(book, QStringLiteral("SELECT as_of, serial FROM daily_runs WHERE step = ?"));
    q.bind(1, step);
    if (!q.next())
        return std::nullopt;
    return DailyRunStamp{QDate::fromJulianDay(q.int64(0)), q.int64(1)};
}

void setDailyRunStamp(Book &book, const QString &step, const DailyRunStamp &stamp)
{
    Statement q(book, QStringLiteral("INSERT INTO daily_runs (step, as_of, serial) VALUES (?, ?, ?) "
                                     "ON CONFLICT (step) DO UPDATE SET as_of = excluded.as_of, serial = excluded.serial"));
    q.bind(1, step);
    q.bind(2, stamp.asOf.toJulianDay());
    q.bind(3, stamp.serial);
    q.exec();
}

} // namespace ardesk
