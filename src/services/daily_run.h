#pragma once
// Whether a step of the daily run at book open (ui/common/book_open_run.h) needs doing again
// (docs/performance.md "Issue 8, session 8: the daily run at book open"). At the end of a run
// in which only the run itself wrote, every step that completed is stamped with the day and
// the book's change serial (Book::changeSerial) after that commit; a step is done while the
// day is the same and the serial is still the stamped one, i.e. nothing was written since by
// anybody (this window, another user, the CLI). Any write makes the next open do the steps
// again; within a run, a step that wrote makes the later ones run too (they read its work).

#include "session.h"

#include "domain/error.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ardesk {

// Where the book was before a step: its serial and this connection's own serial commits.
struct DailyRunMark final
{
    qint64 serial = 0;
    qint64 ownCommits = 0;
};

class DailyRunStamps final
{
public:
    explicit DailyRunStamps(Session &session) : m_session(session) {}

    // True when `step` ran as of `asOf` and nothing was written since.
    Result<bool> upToDate(const QString &step, QDate asOf);
    // Before the run.
    Result<DailyRunMark> mark();
    // At the end of the run: stamps `steps` as done as of `asOf` when the only writes since
    // `before` were this connection's own (the run's); when another connection wrote
    // meanwhile, nothing is stamped (the next open does the steps again).
    Status stamp(const QStringList &steps, QDate asOf, const DailyRunMark &before);

private:
    Session &m_session;
};

} // namespace ardesk
