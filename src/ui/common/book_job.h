#pragma once
// Long reads and evaluations off the UI thread (ARCHITECTURE.md "Models and views"): the
// work runs on a thread of its own with a connection of its own to the same book, as the
// same user, and its result is handed back on the UI thread to `receiver` (dropped when
// the receiver is gone). The collector's queue (about half a second on a 50,000-customer
// book) and the promise evaluation at book open (seconds) run this way.
//
// Errors: a book that cannot be opened on the worker's connection comes back as the
// work's Error. Nothing throws across the thread.

#include "services/session.h"

#include <QObject>

class QThread;

#include <functional>
#include <memory>

namespace ardesk {

class BookJob final
{
public:
    // Starts `work` on a new thread; `done` runs on receiver's thread with the result.
    template<typename T>
    static void start(Session &session, AccessMode access, QObject *receiver, std::function<Result<T>(Session &)> work,
                      std::function<void(Result<T>)> done)
    {
        auto result = std::make_shared<Result<T>>(std::unexpected(Error::invalid({})));
        startRaw(
                session, access, receiver,
                [work = std::move(work), result](Session &worker) { *result = work(worker); },
                [result, done = std::move(done)](const std::optional<Error> &openFailed) {
                    if (openFailed)
                        done(std::unexpected(*openFailed));
                    else
                        done(std::move(*result));
                });
    }

    // Jobs still running (for tests and for shutting down).
    static int running();
    // Counts `thread` among the running jobs until it finishes (then deletes it later), so
    // that waitForAll() also waits for it: other off-thread work (the manager desk's figures)
    // registers its threads here and a closing window never leaves one running.
    static void track(QThread *thread);
    // Waits for every running job to end (the window calls it before closing a book).
    static void waitForAll();

private:
    static void startRaw(Session &session, AccessMode access, QObject *receiver, std::function<void(Session &)> work,
                         std::function<void(const std::optional<Error> &)> done);
};

} // namespace ardesk
