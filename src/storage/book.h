#pragma once
// A book: one SQLite file (*.ardesk) or, in team mode, a PostgreSQL database.
// Opening applies the connection settings and the schema migrations. One Book = one
// connection, used from one thread; a worker thread opens its own (openAnother()).
// Errors: open() returns Result; the query helpers throw StorageError (storage layer style).

#include "dialect.h"

#include "domain/error.h"

#include <QSqlDatabase>

#include <QSqlQuery>
#include <QString>
#include <functional>

#include <memory>

struct sqlite3;

namespace ardesk {

class PgCopyBuffer;
class SqliteBulkBuffer;
struct PgCopyTarget;

enum class OpenMode { CreateNew, OpenExisting };
enum class AccessMode { ReadWrite, ReadOnly };

class Book final {
public:
    ~Book();
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    // location: a file path, or postgresql://USER@HOST:PORT/DBNAME.
    static Result<std::unique_ptr<Book>> open(const QString &location, OpenMode mode,
                                              AccessMode access = AccessMode::ReadWrite);
    // A second connection to the same book (for another thread).
    Result<std::unique_ptr<Book>> openAnother() const;

    const QString &location() const { return m_location; }
    QString displayName() const; // file name or database name
    const Dialect &dialect() const { return m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    QSqlDatabase &database() { return m_db; }

    // Prepared-statement helpers; throw StorageError with the statement and the driver's text.
    QSqlQuery prepare(const QString &sql);
    static void exec(QSqlQuery &query);
    QSqlQuery exec(const QString &sql); // no parameters

    // Transactions. Writes on SQLite take the write lock at once (BEGIN IMMEDIATE).
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // The book's tables (not the engine's own), sorted by name.
    QStringList tableNames();

    // Before a bulk write (an import), outside a transaction: the next transaction is in
    // bulk mode: plain INSERTs of Statement go to COPY buffers on PostgreSQL (pg_copy.h)
    // and to multi-row INSERTs on SQLite (sqlite_bulk.h, with a bigger page cache), until
    // commit.
    void prepareBulkWrite();
    // The SQLite bulk buffer of the transaction in bulk mode, or nullptr.
    SqliteBulkBuffer *sqliteBulk() const { return m_sqliteBulk.get(); }
    // Rows written by multi-row INSERTs in SQLite bulk mode so far (tests, logs).
    qint64 rowsBatched() const { return m_rowsBatched; }
    // Bulk mode: takes the row of a plain INSERT into the COPY buffer (true), or false
    // when the book is not in bulk mode. flushBulk() sends what is buffered.
    bool bufferInsert(const PgCopyTarget &target, const QVariantList &values);
    void flushBulk();
    // Rows this connection has sent with COPY so far (tests, logs).
    qint64 rowsCopied() const { return m_rowsCopied; }

    // Monotonic counter of committed changes of this connection's book (for polling
    // refresh by other windows); on SQLite PRAGMA data_version.
    qint64 dataVersion();

    // The book's change serial (schema step 17, table book_changes): every transaction of
    // any connection that wrote something adds one to it as it commits (Book::commit), so a
    // result computed at serial N is still valid while the serial is N (daily_runs.h). 0 on a
    // book without the table. Writes outside a transaction (Book::exec in autocommit) do not
    // count: ardesk writes in transactions.
    qint64 changeSerial();
    // How many commits of this connection added one to the serial so far.
    qint64 ownSerialCommits() const { return m_ownSerialCommits; }

    // A consistent copy of the whole book into a new file (SQLite VACUUM INTO: it reads
    // one snapshot, so others may keep writing meanwhile). Throws StorageError.
    void backupTo(const QString &path);

    // Stops the statement this connection is running, from any thread (SQLite's
    // sqlite3_interrupt: the statement fails with "interrupted" and the transaction rolls
    // back); the returned callable is valid while this Book lives. On PostgreSQL it does
    // nothing (the work then stops at its next check).
    std::function<void()> interrupter();

    // Gives back what this connection holds and can read again (SQLite's page cache:
    // sqlite3_db_release_memory), for a connection that stays open after a long read (the
    // print preview's worker serves the dialog on it). Nothing on PostgreSQL.
    void releaseMemory();
    // For a connection that makes one long read over much of the book (a report's worker in
    // the GUI): a page cache of cacheKiB and the read's temporary tables and sorts in
    // temporary files (which the system caches) instead of this process's memory, so that the
    // read's memory does not grow with the book. Nothing on PostgreSQL.
    void tuneForLongRead(qint64 cacheKiB);

private:
    Book(QString location, Engine engine, QString connectionName);
    Status configure();
    Status migrate(OpenMode mode);
    void setSchemaVersion(int version);
    void endBulk();

    QString m_location;
    Dialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    bool m_bulkRequested = false;
    std::unique_ptr<PgCopyBuffer> m_copy; // bulk mode on PostgreSQL
    std::unique_ptr<SqliteBulkBuffer> m_sqliteBulk; // bulk mode on SQLite
    qint64 m_rowsCopied = 0;
    qint64 m_rowsBatched = 0;
    bool m_changeSerial = false;      // the book has book_changes (after the migration)
    sqlite3 *m_sqlite = nullptr;      // SQLite: the connection's handle
    qint64 m_changesAtBegin = 0;      // SQLite: sqlite3_total_changes64 at begin()
    qint64 m_ownSerialCommits = 0;
};

// RAII transaction: rolls back unless commit() was called.
class Transaction final {
public:
    explicit Transaction(Book &book) : m_book(book) { m_book.begin(); }
    ~Transaction()
    {
        if (!m_done) {
            try {
                m_book.rollback();
            } catch (...) {
            }
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_book.commit();
        m_done = true;
    }

private:
    Book &m_book;
    bool m_done = false;
};

} // namespace ardesk
