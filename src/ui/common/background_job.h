#pragma once
// Long work off the UI thread (ARCHITECTURE.md, "Models and views"): runInBackground()
// opens a second connection to the session's book (Book::openAnother()), runs the work
// there in a worker thread under the same user, and shows a window-modal progress dialog
// with a Cancel button meanwhile (after a short delay, so quick work does not flash one).
// It returns when the work is done: the caller reads the result like a plain call (and
// keeps its own buttons from starting a second job meanwhile).
//
// The work gets a progress callback (done, total) -> bool; it returns false once the
// user has pressed Cancel, and the work must then stop and change nothing (the services'
// progress contract, see bank_import_service.h). The worker's connection is closed on the
// worker thread, which used it.

#include "services/session.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace ardesk {

using JobProgress = std::function<bool(qint64 done, qint64 total)>;

template<typename T>
Result<T> runInBackground(QWidget *parent, const Session &session, const QString &label, const QString &objectName,
                          std::function<Result<T>(Session &, const JobProgress &)> work)
{
    auto other = session.book().openAnother();
    if (!other)
        return std::unexpected(other.error());
    struct Job
    {
        std::unique_ptr<Book> book;
        std::unique_ptr<Session> session;
        std::atomic<bool> cancel{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        Result<T> result = std::unexpected(Error{ErrorCode::Cancelled, QString()});
    };
    auto job = std::make_shared<Job>();
    job->book = std::move(*other);
    job->session = std::make_unique<Session>(*job->book, session.actor(), session.matrix());

    QThread *thread = QThread::create([job, work = std::move(work)] {
        const JobProgress progress = [job](qint64 done, qint64 total) {
            job->done = done;
            job->total = total;
            return !job->cancel.load();
        };
        try {
            job->result = work(*job->session, progress);
        } catch (...) { // never let an exception leave the thread
            job->result = std::unexpected(Error::storage(
                    QCoreApplication::translate("BackgroundJob", "the work stopped on an unexpected error")));
        }
        job->session.reset();
        job->book.reset();
    });
    auto *dialog = new QProgressDialog(label, QCoreApplication::translate("BackgroundJob", "Cancel"), 0, 1000, parent);
    dialog->setObjectName(objectName);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [job] { job->cancel = true; });
    auto *timer = new QTimer(dialog);
    QObject::connect(timer, &QTimer::timeout, dialog, [dialog, job] {
        const qint64 total = job->total.load();
        if (total > 0)
            dialog->setValue(int(std::min<qint64>(999, job->done.load() * 1000 / total)));
    });
    timer->start(100);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    delete dialog;
    // Work that finished before it saw the Cancel did its job: its result stands.
    return std::move(job->result);
}

} // namespace ardesk
