#include "book.h"

#include "book_copy.h"
#include "connection_tuning.h"
#include "database_password.h"
#include "pg_copy.h"
#include "schema.h"
#include "sqlite_bulk.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <vector>

namespace ardesk {

namespace {
std::atomic<int> g_connectionCounter{0};

// The book of this thread whose transaction is in bulk mode: a query run through the
// static Book::exec(QSqlQuery &) on its connection first sends the COPY buffers (or, on
// SQLite, writes the pending rows).
thread_local Book *t_bulkBook = nullptr;
// The books of this thread whose prepareBulkWrite set temp_store = FILE for the next
// transaction (set back to MEMORY when it ends: restoreTempStore).
thread_local std::vector<const Book *> t_tempStoreFile;

void restoreTempStore(Book &book)
{
    const auto found = std::find(t_tempStoreFile.begin(), t_tempStoreFile.end(), &book);
    if (found == t_tempStoreFile.end())
        return;
    t_tempStoreFile.erase(found);
    try {
        book.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    } catch (const StorageError &) {
        // Only where temporary tables live; the transaction has ended either way.
    }
}

// pg_advisory_xact_lock key of the migration runner ("ardk" in ASCII).
constexpr qint64 kMigrationLockKey = 0x6172646b;
// pg_advisory_xact_lock key of a write transaction: one writer at a time per database.
constexpr qint64 kWriterLockKey = 0x61726477;

// How long a SQLite statement waits for another process's lock before "database is locked".
constexpr int kBusyTimeoutMs = 10000;

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
    if (t_bulkBook == this)
        t_bulkBook = nullptr;
    std::erase(t_tempStoreFile, this);
    m_copy.reset();
    m_sqliteBulk.reset();
    if (m_db.isValid()) {
        if (m_inTransaction)
            m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Book>> Book::open(const QString &givenLocation, OpenMode mode, AccessMode access)
{
    // A password written into a URL is used, never kept in the location (shown, stored).
    const QString location = locationWithoutPassword(givenLocation);
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
            book->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        else
            book->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
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
        // The password: written into the URL given, else typed into the GUI's prompt
        // (database_password.h), else ARDESK_PASSWORD, else libpq's own (~/.pgpass).
        QString password = QUrl(givenLocation).password();
        if (!password.isEmpty())
            rememberDatabasePassword(location, password); // for openAnother()
        if (password.isEmpty())
            password = rememberedDatabasePassword(location);
        if (password.isEmpty())
            password = qEnvironmentVariable("ARDESK_PASSWORD");
        if (!password.isEmpty())
            book->m_db.setPassword(password);
        book->m_readOnly = access == AccessMode::ReadOnly;
    }

    if (!book->m_db.open())
        return std::unexpected(Error::storage(QCoreApplication::translate("Book", "cannot open %1: %2")
                                                      .arg(location, book->m_db.lastError().text())));
    if (auto configured = book->configure(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = book->migrate(mode); !migrated)
        return std::unexpected(migrated.error());
    try {
        if (book->m_dialect.engine() == Engine::SQLite) {
            const QVariant handle = book->m_db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                book->m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        }
        book->m_changeSerial = book->tableNames().contains(QStringLiteral("book_changes"));
    } catch (const StorageError &error) {
        return std::unexpected(Error::storage(error.message()));
    }
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
            exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
            const ConnectionTuning tuning = connectionTuning();
            exec(QStringLiteral("PRAGMA cache_size = -%1").arg(tuning.cacheKiB));
            exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            exec(QStringLiteral("PRAGMA mmap_size = %1").arg(tuning.mmapBytes)); // reads of big books skip a copy
            if (!m_readOnly) {
                // Switching to WAL needs the file to itself for a moment, and SQLite answers
                // "database is locked" at once (no busy handler) when another process opening
                // or creating the same book holds a lock then: try again for up to the busy
                // timeout before giving up.
                const QDeadlineTimer deadline(kBusyTimeoutMs);
                for (;;) {
                    QSqlQuery mode(m_db);
                    if (mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
                        break;
                    const int code = mode.lastError().nativeErrorCode().toInt() & 0xff;
                    if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || deadline.hasExpired())
                        throw StorageError(QCoreApplication::translate("Book", "%1 [%2]")
                                                   .arg(mode.lastError().text(), mode.lastQuery()));
                    QThread::msleep(20);
                }
                // FULL: a committed transaction survives a power cut, not just a crash.
                exec(QStringLiteral("PRAGMA synchronous = FULL"));
            }
        } else {
            exec(QStringLiteral("SET client_min_messages TO WARNING"));
            if (m_readOnly)
                exec(QStringLiteral("SET default_transaction_read_only = on"));
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
    // All pending steps run in ONE transaction with the version they reach: a crash or a
    // failing step leaves the book at the version it had. On PostgreSQL the transaction
    // first takes an advisory lock, then (re)reads the version: a second client that
    // starts at the same moment waits on the lock and then finds nothing left to do. The
    // transaction is READ COMMITTED there so that the version read after the wait is the
    // committed one (a SERIALIZABLE snapshot would be older than the lock).
    const bool postgres = m_dialect.engine() == Engine::PostgreSQL;
    bool open = false;
    try {
        if (postgres && !m_readOnly) {
            exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
            open = m_inTransaction = true;
            exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey));
            // Looked up first: a role without CREATE on the schema (the posting role of
            // docs/team-mode.md) may open a book that is already there.
            QSqlQuery exists = exec(QStringLiteral("SELECT to_regclass('ardesk_schema_version') IS NOT NULL"));
            if (!exists.next() || !exists.value(0).toBool())
                exec(QStringLiteral("CREATE TABLE ardesk_schema_version (version INTEGER NOT NULL)"));
        }
        int version = schemaVersion();
        const int target = currentSchemaVersion();
        if (!postgres && !m_readOnly && version < target) {
            // SQLite: the write lock first (BEGIN IMMEDIATE waits for a migration another
            // process is running), then the version again: it may be done by now.
            begin();
            open = true;
            version = schemaVersion();
        }
        auto refuse = [&](Error error) -> Status {
            if (open)
                rollback();
            return std::unexpected(std::move(error));
        };
        if (version > target)
            return refuse(Error::conflict(
                    QCoreApplication::translate(
                            "Book",
                            "%1 was written by a newer ardesk (schema %2; this version reads up to %3). "
                            "Upgrade ardesk to open it.")
                            .arg(m_location)
                            .arg(version)
                            .arg(target)));
        if (version == 0 && mode == OpenMode::OpenExisting) {
            if (postgres)
                return refuse(Error::notFound(QCoreApplication::translate(
                        "Book", "%1 holds no ardesk book (create it with init)").arg(m_location)));
            QSqlQuery tables = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (tables.next() && tables.value(0).toInt() > 0)
                return refuse(Error::invalid(
                        QCoreApplication::translate("Book", "%1 is not an ardesk book").arg(m_location)));
        }
        if (mode == OpenMode::CreateNew && version > 0) // made by another client meanwhile
            return refuse(Error::conflict(QCoreApplication::translate(
                    "Book", "%1 already holds a book; refusing to overwrite it").arg(m_location)));
        if (version == target) {
            if (open)
                commit();
            return {};
        }
        if (m_readOnly)
            return std::unexpected(Error::storage(
                    QCoreApplication::translate("Book", "%1 needs an upgrade from schema %2 to %3 but is read-only")
                            .arg(m_location)
                            .arg(version)
                            .arg(target)));
        if (!open) {
            begin(); // SQLite: BEGIN IMMEDIATE, the write lock at once
            open = true;
        }
        if (postgres && version == 0)
            exec(QStringLiteral("INSERT INTO ardesk_schema_version (version) VALUES (0)"));
        const int from = version;
        for (const MigrationStep &step : migrationSteps()) {
            if (step.version <= version)
                continue;
            for (const QString &statement : step.statements)
                exec(m_dialect.expandDdl(statement));
            for (const QString &table : step.immutableTables)
                for (const QString &statement : m_dialect.immutableTriggers(table))
                    exec(statement);
            if (step.fill && from > 0) // a new book has nothing to fill from
                step.fill(*this);
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
            version = step.version;
        }
        commit();
        open = false;
        if (auto logger = spdlog::get("ardesk.storage"))
            logger->info("{}: migrated from schema {} to {}", m_location.toStdString(), from, version);
    } catch (const StorageError &error) {
        if (open) {
            try {
                rollback();
            } catch (...) {
            }
        }
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
    if (t_bulkBook && t_bulkBook->m_copy && query.driver() == t_bulkBook->m_db.driver()
        && t_bulkBook->m_copy->mustFlushBefore(query.lastQuery()))
        t_bulkBook->flushBulk();
    if (t_bulkBook && t_bulkBook->m_sqliteBulk && query.driver() == t_bulkBook->m_db.driver()) {
        t_bulkBook->m_sqliteBulk->flush();
        if (t_bulkBook->m_sqliteBulk->droppedGeneration() != 0)
            t_bulkBook->m_sqliteBulk->restoreIndexesNamedIn(query.lastQuery().toLower());
    }
    if (!query.exec())
        throw StorageError(
                QCoreApplication::translate("Book", "%1 [%2]").arg(query.lastError().text(), query.lastQuery()));
}

QSqlQuery Book::exec(const QString &sql)
{
    if (m_copy || m_sqliteBulk)
        flushBulk();
    if (m_sqliteBulk && m_sqliteBulk->droppedGeneration() != 0)
        m_sqliteBulk->restoreIndexesNamedIn(sql.toLower());
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
    if (m_dialect.engine() == Engine::SQLite) {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_inTransaction = true;
        if (m_sqlite)
            m_changesAtBegin = sqlite3_total_changes64(m_sqlite);
        if (m_bulkRequested) {
            m_bulkRequested = false;
            const QVariant handle = m_db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData())) {
                    // Rows of different tables go in batches (sqlite_bulk.h): their foreign
                    // keys are checked at COMMIT (the pragma ends with the transaction).
                    exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
                    m_sqliteBulk = std::make_unique<SqliteBulkBuffer>(db);
                    t_bulkBook = this;
                }
        }
        return;
    }
    if (m_readOnly) {
        exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_inTransaction = true;
        return;
    }
    // PostgreSQL: the book's writer lock first, then READ COMMITTED. Writers take turns as
    // on SQLite (BEGIN IMMEDIATE), and every statement after the lock sees all that was
    // committed before it, so read-then-write code (open amounts, the next id, the last
    // hash of a chain) needs no retry loop. docs/architecture.md says why.
    exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
    m_inTransaction = true;
    try {
        exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLockKey));
    } catch (...) {
        rollback();
        throw;
    }
    if (m_bulkRequested) {
        m_bulkRequested = false;
        if (auto buffer = PgCopyBuffer::forConnection(m_db)) {
            m_copy = std::make_unique<PgCopyBuffer>(std::move(*buffer));
            t_bulkBook = this;
        }
    }
}

void Book::commit()
{
    flushBulk(); // throws before COMMIT when a COPY fails: the caller rolls back
    if (m_sqliteBulk)
        m_sqliteBulk->restoreIndexes(); // the deferred indexes, made again before COMMIT
    if (m_dialect.engine() == Engine::PostgreSQL && !m_readOnly)
        // Other windows' BookWatcher (book_watcher.h) learn of it when this commits; only
        // a transaction that wrote something has a transaction id, so reads wake nobody.
        exec(QStringLiteral("SELECT pg_notify('ardesk_changes', pg_backend_pid()::text) "
                            "WHERE pg_current_xact_id_if_assigned() IS NOT NULL"));
    // The change serial: one more for a transaction that wrote (under the writer lock, so
    // the serials of two writers never mix).
    bool bumped = false;
    if (m_changeSerial && !m_readOnly) {
        if (m_dialect.engine() == Engine::SQLite) {
            if (m_sqlite && sqlite3_total_changes64(m_sqlite) != m_changesAtBegin) {
                exec(QStringLiteral("UPDATE book_changes SET serial = serial + 1"));
                bumped = true;
            }
        } else {
            QSqlQuery bump = exec(QStringLiteral("UPDATE book_changes SET serial = serial + 1 "
                                                 "WHERE pg_current_xact_id_if_assigned() IS NOT NULL"));
            bumped = bump.numRowsAffected() > 0;
        }
    }
    exec(QStringLiteral("COMMIT"));
    if (bumped)
        ++m_ownSerialCommits;
    m_inTransaction = false;
    endBulk();
    restoreTempStore(*this);
}



void Book::rollback()
{
    m_inTransaction = false;
    if (m_copy)
        m_copy->discard();
    if (m_sqliteBulk)
        m_sqliteBulk->discard();
    endBulk();
    exec(QStringLiteral("ROLLBACK"));
    restoreTempStore(*this);
}

void Book::endBulk()
{
    if (m_sqliteBulk) {
        m_rowsBatched += m_sqliteBulk->rowsWritten();
        m_sqliteBulk.reset();
        if (t_bulkBook == this)
            t_bulkBook = nullptr;
    }
    if (!m_copy)
        return;
    m_rowsCopied += m_copy->rowsCopied();
    m_copy.reset();
    if (t_bulkBook == this)
        t_bulkBook = nullptr;
}

bool Book::bufferInsert(const PgCopyTarget &target, const QVariantList &values)
{
    if (!m_copy)
        return false;
    m_copy->append(target, values);
    if (m_copy->wantsFlush())
        flushBulk();
    return true;
}

void Book::flushBulk()
{
    if (m_sqliteBulk)
        m_sqliteBulk->flush(); // throws before COMMIT when an INSERT fails: the caller rolls back
    if (!m_copy || m_copy->isEmpty())
        return;
    // While the buffers are sent nothing else runs on the connection.
    PgCopyBuffer *copy = m_copy.get();
    copy->flush();
}

void Book::backupTo(const QString &path)
{
    if (QFileInfo::exists(path))
        throw StorageError(
                QCoreApplication::translate("Book", "%1 already exists; refusing to overwrite it").arg(path));
    if (m_dialect.engine() == Engine::PostgreSQL) {
        // A PostgreSQL book is backed up into a new SQLite book (one snapshot, see
        // book_copy.h); pg_dump is the server-side way (docs/team-mode.md).
        bool copied = false;
        QString why;
        {
            auto target = open(path, OpenMode::CreateNew);
            if (!target)
                throw StorageError(target.error().message);
            try {
                copyBook(*this, **target);
                copied = true;
            } catch (const StorageError &error) {
                why = error.message();
            }
        }
        if (!copied) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            throw StorageError(
                    QCoreApplication::translate("Book", "cannot back up %1 to %2: %3").arg(m_location, path, why));
        }
        return;
    }
    QSqlQuery query = prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    exec(query);
}

QStringList Book::tableNames()
{
    QSqlQuery query = exec(m_dialect.engine() == Engine::SQLite
                                   ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name")
                                   : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                                    "AND table_name <> 'ardesk_schema_version' ORDER BY table_name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

void Book::prepareBulkWrite()
{
    if (m_dialect.engine() == Engine::SQLite) {
        exec(QStringLiteral("PRAGMA cache_size = -524288")); // 512 MiB of page cache
        if (!m_readOnly && !m_inTransaction) {
            // SQLite's sorter (CREATE INDEX of the deferred indexes, big ORDER BYs) keeps its
            // keys in one block of memory, up to the page cache's size, only when temporary
            // storage may be a file; with temp_store = MEMORY it allocates every key alone,
            // which in an import's big heap made each CREATE INDEX of a million rows about
            // ten times slower. Set back when the transaction ends (restoreTempStore).
            exec(QStringLiteral("PRAGMA temp_store = FILE"));
            if (std::find(t_tempStoreFile.begin(), t_tempStoreFile.end(), this) == t_tempStoreFile.end())
                t_tempStoreFile.push_back(this);
        }
    }
    if (!m_readOnly)
        m_bulkRequested = true; // the next transaction batches its plain INSERTs (COPY, multi-row)
}

namespace {
std::atomic<qint64> g_cacheKiB{ConnectionTuning{}.cacheKiB};
std::atomic<qint64> g_mmapBytes{ConnectionTuning{}.mmapBytes};
} // namespace

void setConnectionTuning(ConnectionTuning tuning)
{
    g_cacheKiB = tuning.cacheKiB;
    g_mmapBytes = tuning.mmapBytes;
}

ConnectionTuning connectionTuning()
{
    return {g_cacheKiB.load(), g_mmapBytes.load()};
}

std::function<void()> Book::interrupter()
{
    if (m_dialect.engine() == Engine::SQLite) {
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData()))
                return [db] { sqlite3_interrupt(db); };
    }
    return [] {};
}

void Book::releaseMemory()
{
    if (m_dialect.engine() != Engine::SQLite)
        return;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_db_release_memory(db);
}

void Book::tuneForLongRead(qint64 cacheKiB)
{
    if (m_dialect.engine() != Engine::SQLite)
        return;
    exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    exec(QStringLiteral("PRAGMA temp_store = FILE"));
}

qint64 Book::changeSerial()
{
    if (!m_changeSerial)
        return 0;
    QSqlQuery query = exec(QStringLiteral("SELECT serial FROM book_changes"));
    return query.next() ? query.value(0).toLongLong() : 0;
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
