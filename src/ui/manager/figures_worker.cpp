#include "figures_worker.h"

#include "storage/book.h"

#include <QCoreApplication>
#include <QThread>

#include <spdlog/spdlog.h>

namespace ardesk {

void FiguresRun::post(std::function<void()> callable) const
{
    m_worker.post(std::move(callable));
}

bool FiguresRun::superseded() const
{
    return m_worker.superseded();
}

void FiguresRun::setKey(const QString &key) const
{
    std::lock_guard lock(m_worker.m_mutex);
    m_worker.m_runningKey = key;
}

FiguresWorker::FiguresWorker(QObject *context, const Session &session)
    : m_context(context),
      m_location(session.book().location()),
      m_access(session.book().isReadOnly() ? AccessMode::ReadOnly : AccessMode::ReadWrite),
      m_actor(session.actor()),
      m_matrix(session.matrix())
{
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->setObjectName(QStringLiteral("ardesk figures"));
    m_thread->start(QThread::LowPriority);
}

FiguresWorker::~FiguresWorker()
{
    stop();
}

quint64 FiguresWorker::submit(QString key, Job job, Failed failed, bool urgent)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return 0;
    m_waiting = Pending{++m_sequence, std::move(key), urgent, std::move(job), std::move(failed)};
    m_wake.notify_one();
    return m_sequence;
}

void FiguresWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread)
            return;
        m_stopping = true;
        m_waiting.reset();
        if (m_running && m_interrupt)
            m_interrupt(); // the running statement fails at once ("interrupted")
        m_wake.notify_one();
    }
    m_thread->wait();
    m_thread.reset();
}

int FiguresWorker::connectionsOpened() const
{
    std::lock_guard lock(m_mutex);
    return m_connectionsOpened;
}

int FiguresWorker::jobsRun() const
{
    std::lock_guard lock(m_mutex);
    return m_jobsRun;
}

bool FiguresWorker::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_thread && m_thread->isRunning();
}

void FiguresWorker::post(std::function<void()> callable) const
{
    QObject *context = m_context.data();
    if (!context)
        return;
    // Queued to the context's (the UI) thread; dropped by Qt if the context is deleted first.
    QMetaObject::invokeMethod(context, std::move(callable), Qt::QueuedConnection);
}

bool FiguresWorker::superseded() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping || (m_waiting && (m_waiting->key != m_runningKey || m_waiting->urgent));
}

void FiguresWorker::loop()
{
    std::unique_ptr<Book> book;
    for (;;) {
        Pending pending;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_waiting.has_value(); });
            if (m_stopping)
                break;
            pending = std::move(*m_waiting);
            m_waiting.reset();
            m_runningKey = pending.key;
            m_running = true;
        }
        auto report = [this, failed = pending.failed](const Error &error) {
            post([failed, error] { failed(error); });
        };
        if (!book) {
            auto opened = Book::open(m_location, OpenMode::OpenExisting, m_access);
            if (opened) {
                book = std::move(*opened);
                std::lock_guard lock(m_mutex);
                ++m_connectionsOpened;
                m_interrupt = book->interrupter();
            } else {
                report(opened.error());
            }
        }
        if (book) {
            Session session(*book, m_actor, m_matrix);
            try {
                pending.job(session, FiguresRun(*this, pending.sequence));
            } catch (...) { // never let an exception leave the thread
                report(Error::storage(QCoreApplication::translate("FiguresJob",
                                                                  "the figures stopped on an unexpected error")));
            }
            if (book->inTransaction()) { // an interrupted job may leave one behind
                try {
                    book->rollback();
                } catch (...) {
                }
            }
        }
        std::lock_guard lock(m_mutex);
        m_running = false;
        ++m_jobsRun;
    }
    {
        std::lock_guard lock(m_mutex);
        m_interrupt = {}; // before the connection goes
        m_running = false;
    }
    book.reset(); // closed on the thread that opened it
}

} // namespace ardesk
