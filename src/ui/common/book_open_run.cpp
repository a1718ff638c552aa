#include "book_open_run.h"

#include "book_job.h"

#include "services/aging_snapshot_service.h"
#include "services/credit_service.h"
#include "services/daily_run.h"
#include "services/plan_service.h"
#include "services/promise_service.h"
#include "services/strategy_service.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMetaObject>

#include <spdlog/spdlog.h>

namespace ardesk {

namespace {

const char *stepKey(OpenRunStep step)
{
    switch (step) {
    case OpenRunStep::Snapshots:
        return "aging snapshots";
    case OpenRunStep::Promises:
        return "promises";
    case OpenRunStep::Plans:
        return "payment plans";
    case OpenRunStep::Holds:
        return "credit holds";
    case OpenRunStep::Strategy:
        return "collection strategy";
    }
    return "";
}

QString stepName(OpenRunStep step)
{
    switch (step) {
    case OpenRunStep::Snapshots:
        return BookOpenRun::tr("Aging snapshots");
    case OpenRunStep::Promises:
        return BookOpenRun::tr("Promise evaluation");
    case OpenRunStep::Plans:
        return BookOpenRun::tr("Payment plans");
    case OpenRunStep::Holds:
        return BookOpenRun::tr("Credit holds");
    case OpenRunStep::Strategy:
        return BookOpenRun::tr("Collection strategy");
    }
    return {};
}

// Whether the signed-in role may do the step (as each service checks it): a step it may not
// do is left out, also when it is already done for the day.
bool mayRun(const Session &session, OpenRunStep step)
{
    switch (step) {
    case OpenRunStep::Snapshots:
        return session.can(Action::ViewCustomers);
    case OpenRunStep::Promises:
        return session.can(Action::TakePromise);
    case OpenRunStep::Plans:
        return session.can(Action::TakePromise) || session.can(Action::LogContact);
    case OpenRunStep::Holds:
        return session.can(Action::LogContact) || session.can(Action::EditCustomers);
    case OpenRunStep::Strategy:
        return session.can(Action::LogContact);
    }
    return false;
}

// One step's work: its outcome, or its error.
Result<OpenRunOutcome> runStep(Session &session, OpenRunStep step, QDate asOf)
{
    OpenRunOutcome outcome;
    outcome.step = step;
    const QLocale locale;
    switch (step) {
    case OpenRunStep::Snapshots: {
        auto taken = AgingSnapshotService(session).catchUp(asOf);
        if (!taken)
            return std::unexpected(taken.error());
        outcome.created = static_cast<qint64>(taken->size());
        const int snapshots = int(outcome.created);
        outcome.message = BookOpenRun::tr("%n month-end aging snapshot(s) taken.", nullptr, snapshots);
        break;
    }
    case OpenRunStep::Promises: {
        auto run = PromiseService(session).evaluate(asOf);
        if (!run)
            return std::unexpected(run.error());
        outcome.created = run->followUpsCreated;
        const int followUps = int(run->followUpsCreated);
        outcome.message = BookOpenRun::tr("Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; "
                                          "%n follow-up(s) created.",
                                          nullptr, followUps)
                                  .arg(locale.toString(run->asOf, QLocale::ShortFormat), locale.toString(run->kept),
                                       locale.toString(run->partial), locale.toString(run->broken),
                                       locale.toString(run->pending));
        break;
    }
    case OpenRunStep::Plans: {
        auto plans = PlanService(session).evaluate(asOf);
        if (!plans)
            return std::unexpected(plans.error());
        outcome.created = plans->defaulted.size();
        outcome.message =
                BookOpenRun::tr("Payment plans: %1 defaulted, %2 completed.")
                        .arg(locale.toString(plans->defaulted.size()), locale.toString(plans->completed.size()));
        break;
    }
    case OpenRunStep::Holds: {
        auto holds = CreditService(session).evaluateHolds(asOf);
        if (!holds)
            return std::unexpected(holds.error());
        outcome.created = static_cast<qint64>(holds->size());
        const int set = int(outcome.created);
        outcome.message = BookOpenRun::tr("%n credit hold(s) set.", nullptr, set);
        break;
    }
    case OpenRunStep::Strategy: {
        auto run = StrategyService(session).run(asOf);
        if (!run)
            return std::unexpected(run.error());
        for (const auto &[action, count] : run->created)
            outcome.created += count;
        const int actions = int(outcome.created);
        outcome.message = BookOpenRun::tr("Collection strategy: %n action(s) created.", nullptr, actions);
        break;
    }
    }
    return outcome;
}

} // namespace

qint64 OpenRunSummary::created(OpenRunStep step) const
{
    qint64 total = 0;
    for (const OpenRunOutcome &outcome : steps)
        if (outcome.step == step && outcome.ok)
            total += outcome.created;
    return total;
}

BookOpenRun::BookOpenRun(QObject *parent) : QObject(parent) { }

BookOpenRun::~BookOpenRun()
{
    cancel();
    if (m_control) {
        std::lock_guard lock(m_control->mutex);
        m_control->receiver = nullptr; // late outcomes go nowhere
    }
}

bool BookOpenRun::start(Session &session, QDate asOf)
{
    if (m_running || session.book().isReadOnly() || !asOf.isValid())
        return false;
    m_running = true;
    auto control = std::make_shared<Control>();
    control->receiver = this;
    m_control = control;
    BookJob::start<OpenRunSummary>(
            session, AccessMode::ReadWrite, this,
            [control, asOf](Session &worker) -> Result<OpenRunSummary> {
                {
                    std::lock_guard lock(control->mutex);
                    control->interrupt = worker.book().interrupter();
                }
                QElapsedTimer whole;
                whole.start();
                OpenRunSummary summary;
                summary.asOf = asOf;
                DailyRunStamps stamps(worker);
                const auto before = stamps.mark();
                QStringList completed; // the steps done (or found done) in this run
                bool allOk = true;
                bool ran = false; // a step was done (not found done)
                for (const OpenRunStep step : {OpenRunStep::Snapshots, OpenRunStep::Promises, OpenRunStep::Plans,
                                               OpenRunStep::Holds, OpenRunStep::Strategy}) {
                    if (control->cancelled)
                        break;
                    QElapsedTimer timer;
                    timer.start();
                    // Done as of today and nothing written since (by anybody): not again
                    // (services/daily_run.h).
                    const QString key = QString::fromLatin1(stepKey(step));
                    Result<OpenRunOutcome> outcome;
                    if (const auto done = stamps.upToDate(key, asOf); done && *done && mayRun(worker, step)) {
                        OpenRunOutcome unchanged;
                        unchanged.step = step;
                        unchanged.unchanged = true;
                        unchanged.message = tr("%1: done earlier today; nothing has changed since.").arg(stepName(step));
                        outcome = unchanged;
                    } else {
                        ran = true;
                        outcome = runStep(worker, step, asOf);
                    }
                    if (control->cancelled)
                        break; // interrupted: its transaction rolled back
                    if (!outcome && outcome.error().code == ErrorCode::PermissionDenied)
                        continue; // not this role's work
                    if (outcome)
                        completed << key;
                    else
                        allOk = false;
                    OpenRunOutcome done;
                    if (outcome) {
                        done = *outcome;
                    } else {
                        done.step = step;
                        done.ok = false;
                        done.message = tr("%1 failed: %2").arg(stepName(step), outcome.error().message);
                    }
                    if (const auto logger = spdlog::get("ardesk.ui"))
                        logger->info("book open run: {} as of {} in {} ms: {}", stepKey(step),
                                     asOf.toString(Qt::ISODate).toStdString(), timer.elapsed(),
                                     done.message.toStdString());
                    summary.steps.push_back(done);
                    std::lock_guard lock(control->mutex);
                    if (control->receiver)
                        QMetaObject::invokeMethod(
                                control->receiver,
                                [receiver = control->receiver, done] { Q_EMIT receiver->stepFinished(done); },
                                Qt::QueuedConnection);
                }
                summary.cancelled = control->cancelled;
                // Every step done, and only this run wrote meanwhile: stamped, so the next open
                // today does none again unless something is written before it.
                if (!summary.cancelled && allOk && ran && before)
                    (void)stamps.stamp(completed, asOf, *before);
                summary.milliseconds = whole.elapsed();
                std::lock_guard lock(control->mutex);
                control->interrupt = nullptr; // the connection closes after this
                return summary;
            },
            [this, control](Result<OpenRunSummary> result) {
                if (control != m_control)
                    return;
                m_running = false;
                OpenRunSummary summary;
                if (result) {
                    summary = std::move(*result);
                } else { // the worker's connection could not be opened
                    OpenRunOutcome failed;
                    failed.ok = false;
                    failed.message = tr("The book's daily run could not start: %1").arg(result.error().message);
                    summary.steps.push_back(failed);
                    summary.cancelled = control->cancelled;
                }
                m_last = summary;
                Q_EMIT finished(m_last);
            });
    Q_EMIT started(asOf);
    return true;
}

void BookOpenRun::cancel()
{
    if (!m_control)
        return;
    m_control->cancelled = true;
    std::lock_guard lock(m_control->mutex);
    if (m_control->interrupt)
        m_control->interrupt();
}

QString BookOpenRun::describe(const OpenRunSummary &summary)
{
    if (summary.cancelled)
        return tr("The book's daily run was cancelled.");
    for (const OpenRunOutcome &outcome : summary.steps)
        if (!outcome.ok)
            return outcome.message;
    const QLocale locale;
    return tr("Daily run as of %1: %2 snapshot(s), %3 promise follow-up(s), %4 plan default(s), %5 credit hold(s), "
              "%6 strategy action(s).")
            .arg(locale.toString(summary.asOf, QLocale::ShortFormat),
                 locale.toString(summary.created(OpenRunStep::Snapshots)),
                 locale.toString(summary.created(OpenRunStep::Promises)),
                 locale.toString(summary.created(OpenRunStep::Plans)),
                 locale.toString(summary.created(OpenRunStep::Holds)),
                 locale.toString(summary.created(OpenRunStep::Strategy)));
}

} // namespace ardesk
