#include "book_watcher.h"

#include "storage_error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ardesk {

BookWatcher::BookWatcher(std::unique_ptr<Book> connection) : m_connection(std::move(connection)) {}

BookWatcher::~BookWatcher()
{
    m_timer.stop();
    if (m_connection && m_connection->dialect().engine() == Engine::PostgreSQL && m_connection->database().isOpen())
        m_connection->database().driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

Result<std::unique_ptr<BookWatcher>> BookWatcher::watch(const Book &book, int pollMs)
{
    auto connection = Book::open(book.location(), OpenMode::OpenExisting, AccessMode::ReadOnly);
    if (!connection)
        return std::unexpected(connection.error());
    std::unique_ptr<BookWatcher> watcher(new BookWatcher(std::move(*connection)));
    Book &own = *watcher->m_connection;
    if (own.dialect().engine() == Engine::PostgreSQL) {
        QSqlDriver *driver = own.database().driver();
        if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
            return std::unexpected(Error::storage(
                    QCoreApplication::translate("BookWatcher", "cannot listen for changes of %1: %2")
                            .arg(book.location(), driver->lastError().text())));
        connect(driver, &QSqlDriver::notification, watcher.get(), &BookWatcher::notified);
        return watcher;
    }
    try {
        watcher->m_version = own.dataVersion();
    } catch (const StorageError &error) {
        return std::unexpected(Error::storage(error.message()));
    }
    watcher->m_timer.setInterval(pollMs);
    connect(&watcher->m_timer, &QTimer::timeout, watcher.get(), &BookWatcher::poll);
    watcher->m_timer.start();
    return watcher;
}

void BookWatcher::poll()
{
    qint64 version = m_version;
    try {
        version = m_connection->dataVersion();
    } catch (const StorageError &) {
        return; // busy or gone for a moment: the next poll tries again
    }
    if (version != m_version) {
        m_version = version;
        Q_EMIT changed(QStringLiteral("book"));
    }
}

void BookWatcher::notified(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(kChannel))
        return;
    const QString kind = payload.toString();
    Q_EMIT changed(kind.isEmpty() ? QStringLiteral("book") : kind);
}

} // namespace ardesk
