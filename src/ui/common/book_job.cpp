#include "book_job.h"

#include "services/book_service.h"

#include <QThread>

#include <atomic>
#include <mutex>
#include <set>

namespace ardesk {

namespace {
std::mutex g_mutex;
std::set<QThread *> g_threads;
} // namespace

int BookJob::running()
{
    std::lock_guard lock(g_mutex);
    return static_cast<int>(g_threads.size());
}

void BookJob::waitForAll()
{
    for (;;) {
        QThread *thread = nullptr;
        {
            std::lock_guard lock(g_mutex);
            if (g_threads.empty())
                return;
            thread = *g_threads.begin();
        }
        thread->wait();
        std::lock_guard lock(g_mutex);
        g_threads.erase(thread);
    }
}

void BookJob::track(QThread *thread)
{
    {
        std::lock_guard lock(g_mutex);
        g_threads.insert(thread);
    }
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        {
            std::lock_guard lock(g_mutex);
            g_threads.erase(thread);
        }
        thread->deleteLater();
    });
}

void BookJob::startRaw(Session &session, AccessMode access, QObject *receiver, std::function<void(Session &)> work,
                       std::function<void(const std::optional<Error> &)> done)
{
    const QString location = session.book().location();
    const Actor actor = session.actor();
    const PermissionMatrix matrix = session.matrix();
    auto openFailed = std::make_shared<std::optional<Error>>();
    QThread *thread = QThread::create([location, access, actor, matrix, work = std::move(work), openFailed] {
        auto book = BookService::open(location, access);
        if (!book) {
            *openFailed = book.error();
            return;
        }
        Session worker(**book, actor, matrix);
        work(worker);
    });
    QObject::connect(thread, &QThread::finished, receiver, [done = std::move(done), openFailed] { done(*openFailed); });
    track(thread);
    thread->start();
}

} // namespace ardesk
