#include "book.h"

#include "schema.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <atomic>

namespace ardesk {

namespace {
std::atomic<int> g_connectionCounter{0};

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}
} // namespace

Book::Book(QString location, Engine engine, QString connectionName)
    : m_location(std::move(location)),
      m_dialect(engine),
      m_connectionName(std::move(connectionName))
{
}

Book::~Book()
{
    if (m_db.isValid()) {
        if (m_inTransaction)
            m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Book>> Book::open(const QString &location, OpenMode mode, AccessMode access)
{
    const Engine engine = isPostgresUrl(location) ? Engine::PostgreSQL : Engine::SQLite;
    const QString name = QStringLiteral("ardesk-%1").arg(++g_connectionCounter);
    std::unique_ptr<Book> book(new Book(location, engine, name));
    book->m_db = QSqlDatabase::addDatabase(book->m_dialect.qtDriverName(), name);
    if (!book->m_db.isValid())
        return std::unexpected(
                Error::storage(QCoreApplication::translate("Book", "the Qt SQL driver %1 is not installed")
                                       .arg(book->m_dialect.qtDriverName())));

    if (engine == Engine::SQLite) {
        const QFileInfo info(location);
        if (mode == OpenMode::OpenExisting && !info.exists())
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("Book", "book %1 does not exist (create it with init)").arg(location)));
        if (mode == OpenMode::CreateNew && info.exists())
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("Book", "%1 already exists; refusing to overwrite it").arg(location)));
        if (mode == OpenMode::CreateNew && !QFileInfo(info.absolutePath()).isWritable())
            return std::unexpected(Error::storage(
                    QCoreApplication::translate("Book", "cannot create %1: folder not writable").arg(location)));
        bool readOnly = access == AccessMode::ReadOnly;
        if (info.exists() && !info.isWritable())
            readOnly = true;
        if (info.exists() && !QFileInfo(info.absolutePath()).isWritable())
            readOnly = true; // WAL needs the folder for its -wal and -shm files
        book->m_readOnly = readOnly;
        book->m_db.setDatabaseName(location);
        if (readOnly)
            book->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        else
            book->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("Book", "'%1' is not a book URL (postgresql://USER@HOST:PORT/DBNAME)")
                            .arg(location)));
        book->m_db.setHostName(url.host());
        book->m_db.setPort(url.port(5432));
        book->m_db.setUserName(url.userName());
        book->m_db.setDatabaseName(url.path().mid(1));
        const QByteArray password = qgetenv("ARDESK_PASSWORD");
        if (!password.isEmpty())
            book->m_db.setPassword(QString::fromUtf8(password));
        book->m_readOnly = access == AccessMode::ReadOnly;
    }

    if (!book->m_db.open())
        return std::unexpected(Error::storage(QCoreApplication::translate("Book", "cannot open %1: %2")
                                                      .arg(location, book->m_db.lastError().text())));
    if (auto configured = book->configure(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = book->migrate(mode); !migrated)
        return std::unexpected(migrated.error());
    return book;
}

Result<std::unique_ptr<Book>> Book::openAnother() const
{
    return open(m_location, OpenMode::OpenExisting, m_readOnly ? AccessMode::ReadOnly : AccessMode::ReadWrite);
}

QString Book::displayName() const
{
    if (m_dialect.engine() == Engine::SQLite)
        return QFileInfo(m_location).fileName();
    return QUrl(m_location).path().mid(1);
}

Status Book::configure()
{
    try {
        if (m_dialect.engine() == Engine::SQLite) {
            exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
            exec(QStringLiteral("PRAGMA cache_size = -65536"));
            exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            exec(QStringLiteral("PRAGMA mmap_size = 268435456")); // reads of big books skip a copy
            if (!m_readOnly) {
                QSqlQuery mode = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                // FULL: a committed transaction survives a power cut, not just a crash.
                exec(QStringLiteral("PRAGMA synchronous = FULL"));
            }
        } else {
            exec(QStringLiteral("SET client_min_messages TO WARNING"));
        }
    } catch (const StorageError &error) {
        return std::unexpected(Error::storage(error.message()));
    }
    return {};
}

int Book::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (m_dialect.engine() == Engine::SQLite) {
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            return query.value(0).toInt();
        return 0;
    }
    if (query.exec(QStringLiteral("SELECT version FROM ardesk_schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

void Book::setSchemaVersion(int version)
{
    if (m_dialect.engine() == Engine::SQLite) {
        exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        return;
    }
    QSqlQuery query = prepare(QStringLiteral("UPDATE ardesk_schema_version SET version = ?"));
    query.addBindValue(version);
    exec(query);
}

Status Book::migrate(OpenMode mode)
{
    try {
        if (m_dialect.engine() == Engine::PostgreSQL && !m_readOnly) {
            // One version row; the advisory lock keeps two clients from migrating at once.
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ardesk_schema_version (version INTEGER NOT NULL)"));
            exec(QStringLiteral("INSERT INTO ardesk_schema_version (version) SELECT 0 WHERE NOT EXISTS "
                                "(SELECT 1 FROM ardesk_schema_version)"));
        }
        int version = schemaVersion();
        const int target = currentSchemaVersion();
        if (version > target)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate(
                            "Book",
                            "%1 was written by a newer ardesk (schema %2; this version reads up to %3). "
                            "Upgrade ardesk to open it.")
                            .arg(m_location)
                            .arg(version)
                            .arg(target)));
        if (version == 0 && mode == OpenMode::OpenExisting && m_dialect.engine() == Engine::SQLite) {
            QSqlQuery tables = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (tables.next() && tables.value(0).toInt() > 0)
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("Book", "%1 is not an ardesk book").arg(m_location)));
        }
        if (version == target)
            return {};
        if (m_readOnly)
            return std::unexpected(Error::storage(
                    QCoreApplication::translate("Book", "%1 needs an upgrade from schema %2 to %3 but is read-only")
                            .arg(m_location)
                            .arg(version)
                            .arg(target)));
        for (const MigrationStep &step : migrationSteps()) {
            if (step.version <= version)
                continue;
            Transaction transaction(*this);
            if (m_dialect.engine() == Engine::PostgreSQL) {
                exec(QStringLiteral("SELECT pg_advisory_xact_lock(424242)"));
                if (schemaVersion() >= step.version) // another client migrated meanwhile
                    continue;
            }
            for (const QString &statement : step.statements)
                exec(m_dialect.expandDdl(statement));
            for (const QString &table : step.immutableTables)
                for (const QString &statement : m_dialect.immutableTriggers(table))
                    exec(statement);
            if (step.version == 1) {
                QSqlQuery meta = prepare(QStringLiteral("INSERT INTO book_meta (key, value) VALUES (?, ?)"));
                meta.addBindValue(QStringLiteral("book_id"));
                meta.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                exec(meta);
                meta.addBindValue(QStringLiteral("created_at"));
                meta.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                exec(meta);
            }
            setSchemaVersion(step.version);
            transaction.commit();
            spdlog::get("ardesk.storage")
                    ? spdlog::get("ardesk.storage")
                              ->info("{}: migrated to schema {}", m_location.toStdString(), step.version)
                    : void();
            version = step.version;
        }
    } catch (const StorageError &error) {
        return std::unexpected(Error::storage(error.message()));
    }
    return {};
}

QSqlQuery Book::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(
                QCoreApplication::translate("Book", "cannot prepare [%1]: %2").arg(sql, query.lastError().text()));
    return query;
}

void Book::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError(
                QCoreApplication::translate("Book", "%1 [%2]").arg(query.lastError().text(), query.lastQuery()));
}

QSqlQuery Book::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw StorageError(QCoreApplication::translate("Book", "%1 [%2]").arg(query.lastError().text(), sql));
    return query;
}

void Book::begin()
{
    if (m_inTransaction)
        throw StorageError(QCoreApplication::translate("Book", "nested transaction"));
    if (m_dialect.engine() == Engine::SQLite)
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    else
        exec(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"));
    m_inTransaction = true;
}

void Book::commit()
{
    exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
}

void Book::rollback()
{
    m_inTransaction = false;
    exec(QStringLiteral("ROLLBACK"));
}

void Book::backupTo(const QString &path)
{
    if (m_dialect.engine() != Engine::SQLite)
        throw StorageError(QCoreApplication::translate(
                "Book", "a PostgreSQL book is backed up with pg_dump (see docs/team-mode.md)"));
    if (QFileInfo::exists(path))
        throw StorageError(
                QCoreApplication::translate("Book", "%1 already exists; refusing to overwrite it").arg(path));
    QSqlQuery query = prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    exec(query);
}

qint64 Book::dataVersion()
{
    if (m_dialect.engine() == Engine::SQLite) {
        QSqlQuery query = exec(QStringLiteral("PRAGMA data_version"));
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    return 0;
}

} // namespace ardesk
