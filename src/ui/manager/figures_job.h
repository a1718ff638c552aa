#pragma once
// Figures computed off the UI thread without blocking it (ARCHITECTURE.md "Models and
// views"): startFiguresJob() runs `work` on a new thread with its own connection to the
// session's book (opened and closed on that thread) under the same user. The work hands
// results to the UI thread with `post(callable)`: each callable runs later on the UI
// thread, and only while `context` still exists, so a view that goes away (or a book that
// is closed) simply drops late results. Nothing blocks; the window never freezes.
//
// Views number their jobs and ignore results of an older job (a refresh supersedes the
// last one).

#include "services/session.h"
#include "ui/common/book_job.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace ardesk {

using PostToUi = std::function<void(std::function<void()>)>;

inline void startFiguresJob(QObject *context, const Session &session,
                            std::function<void(Session &, const PostToUi &)> work,
                            std::function<void(const Error &)> failed)
{
    const QString location = session.book().location();
    const AccessMode access = session.book().isReadOnly() ? AccessMode::ReadOnly : AccessMode::ReadWrite;
    const Actor actor = session.actor();
    const PermissionMatrix matrix = session.matrix();
    QPointer<QObject> guard(context);
    const PostToUi post = [guard](std::function<void()> callable) {
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(
                app,
                [guard, callable = std::move(callable)] {
                    if (guard)
                        callable();
                },
                Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([location, access, actor, matrix, post, work = std::move(work),
                                       failed = std::move(failed)] {
        auto book = Book::open(location, OpenMode::OpenExisting, access);
        if (!book) {
            const Error error = book.error();
            post([failed, error] { failed(error); });
            return;
        }
        {
            Session session(**book, actor, matrix);
            try {
                work(session, post);
            } catch (...) { // never let an exception leave the thread
                const Error error = Error::storage(
                        QCoreApplication::translate("FiguresJob", "the figures stopped on an unexpected error"));
                post([failed, error] { failed(error); });
            }
        }
        book->reset();
    });
    BookJob::track(thread); // the window waits for it before it closes the book or goes
    thread->start(QThread::LowPriority);
}

} // namespace ardesk
