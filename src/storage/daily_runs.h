#pragma once
// The daily run's stamps (schema step 17, docs/performance.md "Issue 8, session 8: the daily
// run at book open"): per step of the run at book open (ui/common/book_open_run.h), the day
// it last ran and the book's change serial (Book::changeSerial) just after it. While the
// serial is unchanged nothing was written since, by anybody, so the step's work as of that
// day is done. Throws StorageError.

#include "book.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ardesk {

struct DailyRunStamp final
{
    QDate asOf;
    qint64 serial = 0;
};

std::optional<DailyRunStamp> dailyRunStamp(Book &book, const QString &step);
// Inside the caller's write transaction.
void setDailyRunStamp(Book &book, const QString &step, const DailyRunStamp &stamp);

} // namespace ardesk
