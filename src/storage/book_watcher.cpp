#include "book_watcher.h"

#include "storage_error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ardesk {

BookWatcher::~BookWatcher()
{
    m_timer.stop();
    if (m_connection && m_connection->database().isOpen())
        m_connection->database().driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

Result<std::unique_ptr<BookWatcher>> BookWatcher::watch(Book &book, int pollMs)
{
    std::unique_ptr<BookWatcher> watcher(new BookWatcher(book));
    try {
        if (book.dialect().engine() == Engine::PostgreSQL) {
            QSqlQuery pid = book.exec(QStringLiteral("SELECT pg_backend_pid()"));
            if (pid.next())
                watcher->m_ownPid = pid.value(0).toString();
            auto connection = Book::open(book.location(), OpenMode::OpenExisting, AccessMode::ReadOnly);
            if (!connection)
                return std::unexpected(connection.error());
            watcher->m_connection = std::move(*connection);
            QSqlDriver *driver = watcher->m_connection->database().driver();
            if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
                return std::unexpected(Error::storage(
                        QCoreApplication::translate("BookWatcher", "cannot listen for changes of %1: %2")
                                .arg(book.location(), driver->lastError().text())));
            connect(driver, &QSqlDriver::notification, watcher.get(), &BookWatcher::notified);
            return watcher;
        }
        watcher->m_version = book.dataVersion();
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
    if (m_book.inTransaction())
        return; // its own work in progress: the next poll
    qint64 version = m_version;
    try {
        version = m_book.dataVersion();
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
    if (!m_ownPid.isEmpty() && payload.toString() == m_ownPid)
        return; // the watched connection's own commit
    Q_EMIT changed(QStringLiteral("book"));
}

} // namespace ardesk
