#pragma once
// Tells an open window that someone else changed the book, within a few seconds and
// without a restart. Engine-neutral to its users; inside, one way per engine:
//  - PostgreSQL: LISTEN on the channel ardesk_changes (QSqlDriver::subscribeToNotification)
//    on a connection of its own; every committed write transaction of ardesk sends a
//    NOTIFY on it (Book::commit: only a transaction that wrote, so reads never wake
//    anybody). Delivered by the server when the writer commits.
//  - SQLite: polls PRAGMA data_version on a connection of its own (every pollMs, default
//    1 s): it changes whenever another connection, in this process or another, committed
//    a change to the file. One tiny statement per poll, no file read.
// The watcher lives in the thread that made it and needs that thread's event loop.

#include "book.h"

#include "domain/error.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace ardesk {

class BookWatcher final : public QObject {
    Q_OBJECT

public:
    static constexpr auto kChannel = "ardesk_changes";

    // Watches the book `book` is connected to (opens a connection of its own).
    static Result<std::unique_ptr<BookWatcher>> watch(const Book &book, int pollMs = 1000);
    ~BookWatcher() override;

Q_SIGNALS:
    // Someone committed a change to the book. kind: what changed when the engine says
    // so, else "book" (anything may have changed: read again what is shown).
    void changed(const QString &kind);

private:
    explicit BookWatcher(std::unique_ptr<Book> connection);
    void poll();
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    std::unique_ptr<Book> m_connection;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace ardesk
