#pragma once
// The work a book needs each day, done once after it opens (docs/performance.md "Book
// open"): the missing month-end aging snapshots (AgingSnapshotService::catchUp), the
// promise evaluation (PromiseService::evaluate), payment plans (PlanService::evaluate),
// credit holds (CreditService::evaluateHolds) and the collection strategy
// (StrategyService::run), all as of today and in that order (broken promises and
// defaulted plans feed the holds and the strategy).
//
// One background job (BookJob, so a closing window waits for it) on one read-write
// connection of its own; the window never waits. Each step's outcome comes back on the
// UI thread as it finishes (stepFinished), the whole run at the end (finished). A step the
// signed-in role may not do is left out silently; a read-only book runs nothing.
// Running it twice on a day creates nothing twice (each service is idempotent), and a step
// done earlier the same day is not done again while nothing has been written to the book
// since, by anybody (services/daily_run.h: the book's change serial; the outcome then says
// `unchanged`).
//
// cancel() (the window calls it before it closes the book) stops the step that is running
// (its transaction rolls back) and leaves the rest out.

#include "services/session.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace ardesk {

enum class OpenRunStep { Snapshots, Promises, Plans, Holds, Strategy };

struct OpenRunOutcome final
{
    OpenRunStep step = OpenRunStep::Snapshots;
    bool ok = true;
    QString message;    // translated, for the status bar
    qint64 created = 0; // snapshots taken, follow-ups, defaults, holds set, strategy actions
    bool unchanged = false; // done earlier the same day and nothing written since: not run again
};

struct OpenRunSummary final
{
    QDate asOf;
    std::vector<OpenRunOutcome> steps; // the steps that ran, in order
    bool cancelled = false;
    qint64 milliseconds = 0;
    // The steps' created counts by step (0 when it did not run or created nothing).
    qint64 created(OpenRunStep step) const;
};

class BookOpenRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookOpenRun)

public:
    explicit BookOpenRun(QObject *parent = nullptr);
    ~BookOpenRun() override;

    // Starts the run on `session`'s book as of `asOf`; false (nothing started) when one is
    // still running or the book is read-only.
    bool start(Session &session, QDate asOf);
    // Stops the running step and leaves out the others; finished() still comes.
    void cancel();
    bool isRunning() const { return m_running; }
    // The last run's summary (empty before the first ends).
    const OpenRunSummary &lastSummary() const { return m_last; }

    // The status-bar text for a summary.
    static QString describe(const OpenRunSummary &summary);

Q_SIGNALS:
    void started(QDate asOf); // start() began a run (before any step)
    void stepFinished(const ardesk::OpenRunOutcome &outcome);
    void finished(const ardesk::OpenRunSummary &summary);

private:
    struct Control
    {
        std::atomic<bool> cancelled{false};
        std::mutex mutex;
        std::function<void()> interrupt; // set while the worker's connection is open
        BookOpenRun *receiver = nullptr; // null once the run's object is gone
    };
    std::shared_ptr<Control> m_control;
    bool m_running = false;
    OpenRunSummary m_last;
};

} // namespace ardesk
