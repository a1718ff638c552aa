#pragma once
// Tells an open window that someone else changed the book, within a few seconds and
// without a restart. Engine-neutral to its users; inside, one way per engine:
//  - PostgreSQL: LISTEN on the channel ardesk_changes (QSqlDriver::subscribeToNotification)
//    on a connection of its own; every committed write transaction of ardesk sends a
//    NOTIFY on it with its server process id (Book::commit: only a transaction that wrote,
//    so reads never wake anybody). Delivered by the server when the writer commits.
//    Notifications of the watched book's own connection are ignored.
//  - SQLite: polls PRAGMA data_version on the watched book's connection (every pollMs,
//    default 1 s): it changes when another connection, in this process or another,
//    committed a change to the file; never for the connection's own commits. One tiny
//    statement per poll, no file read, skipped while that connection is in a transaction.
// The watcher lives in the thread of the book and needs that thread's event loop; destroy
// it before the book.

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

    // Watches for changes that other connections make to `book`.
    static Result<std::unique_ptr<BookWatcher>> watch(Book &book, int pollMs = 1000);
    ~BookWatcher() override;

Q_SIGNALS:
    // Someone committed a change to the book. kind: what changed when the engine says
    // so, else "book" (anything may have changed: read again what is shown).
    void changed(const QString &kind);

private:
    explicit BookWatcher(Book &book) : m_book(book) {}
    void poll();
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Book &m_book;
    std::unique_ptr<Book> m_connection; // PostgreSQL: the listening connection
    QString m_ownPid;                   // PostgreSQL: the watched connection's server process
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace ardesk
