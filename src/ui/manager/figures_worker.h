#pragma once
// One worker thread with one connection of its own for a view that refreshes its figures
// again and again (the dashboard, docs/manager-desk.md "Off the UI thread").
//
// - The thread starts with the worker and lives until stop() (or the destructor). The
//   connection to the book (`Book::open` of the session's location: a file, or a
//   PostgreSQL database in team mode) is opened on that thread by the first job and kept:
//   later refreshes find warm statement and page caches. If it cannot be opened, the job
//   fails and the next job tries again.
// - submit() never blocks. A job submitted while another runs waits; a job submitted while
//   one already waits replaces it, so any number of requests during a run coalesce into
//   one more run afterwards.
// - A running job learns from FiguresRun::superseded() that a waiting job asks a different
//   question (its key differs: another currency, stacking, day) or was submitted `urgent`
//   (the user asked again: the new figures should not wait for the rest of the old run);
//   it should stop at its next step. A waiting job with the same key that is not urgent
//   (the data changed, ask again) lets the running one finish: its figures are at most one
//   refresh old and the next run follows.
// - Results go to the UI thread with FiguresRun::post(callable): the callable runs there
//   later, and only while `context` (the view) still exists.
// - stop() drops the waiting job, interrupts the running statement (SQLite; on PostgreSQL
//   the job stops at its next check), waits for the thread and closes the connection on
//   it. Nothing is left running; the view may go away right after.
//
// Errors: an exception in a job is caught on the worker thread and reported as the job's
// failure; nothing crosses the thread.

#include "services/session.h"

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace ardesk {

class FiguresRun final
{
public:
    // Runs `callable` later on the UI thread while the worker's context object exists.
    void post(std::function<void()> callable) const;
    // True once stop() was called or a waiting job asks a different question.
    bool superseded() const;
    // Says what the running job turned out to ask (e.g. "the first currency" became "EUR"):
    // a waiting job with this key then no longer supersedes it.
    void setKey(const QString &key) const;
    // The job's sequence number (submit() returned it).
    quint64 sequence() const { return m_sequence; }

private:
    friend class FiguresWorker;
    FiguresRun(class FiguresWorker &worker, quint64 sequence) : m_worker(worker), m_sequence(sequence) { }
    FiguresWorker &m_worker;
    quint64 m_sequence;
};

class FiguresWorker final
{
public:
    using Job = std::function<void(Session &, const FiguresRun &)>;
    using Failed = std::function<void(const Error &)>; // runs on the UI thread

    // The worker copies what it needs of `session` (location, access, user, permissions):
    // the session itself may go before the worker.
    FiguresWorker(QObject *context, const Session &session);
    ~FiguresWorker();
    FiguresWorker(const FiguresWorker &) = delete;
    FiguresWorker &operator=(const FiguresWorker &) = delete;

    // Queues `job` (see above); returns its sequence number (1, 2, ...).
    quint64 submit(QString key, Job job, Failed failed, bool urgent = false);
    void stop();

    // For tests: how many times a connection was opened, how many jobs ran to their end or
    // stopped, and whether the thread is running.
    int connectionsOpened() const;
    int jobsRun() const;
    bool isRunning() const;

private:
    friend class FiguresRun;
    struct Pending
    {
        quint64 sequence = 0;
        QString key;
        bool urgent = false;
        Job job;
        Failed failed;
    };
    void loop();
    void post(std::function<void()> callable) const;
    bool superseded() const;

    QPointer<QObject> m_context;
    const QString m_location;
    const AccessMode m_access;
    const Actor m_actor;
    const PermissionMatrix m_matrix;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Pending> m_waiting;
    QString m_runningKey;
    bool m_stopping = false;
    bool m_running = false;
    std::function<void()> m_interrupt; // of the running statement; set while the book lives
    quint64 m_sequence = 0;
    int m_connectionsOpened = 0;
    int m_jobsRun = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ardesk
