#pragma once
// SQLite bulk writes: multi-row INSERTs for an import's plain INSERTs (the SQLite side of
// what pg_copy.h does with COPY on PostgreSQL).
//
// While a SQLite book is in bulk mode (Book::prepareBulkWrite() before the transaction of
// an import), Statement::exec() of a plain "INSERT INTO t (c1, ..., cn) VALUES (?, ..., ?)",
// or of such an INSERT with an "ON CONFLICT ..." clause (the upserts of the aggregates),
// does not run the statement: the row's values go to an in-memory buffer of that table.
// The buffers are written with INSERTs of kRowsPerStatement rows each (one statement's
// fixed cost — opening the table's and its indexes' cursors, halting the VM, resetting
// and clearing the bindings — is then paid once for many rows), table by table in the
// order each was first used, and every row of a table in the order it was given (so
// rowids assigned by SQLite are the same as row by row). They are written:
// - before any other statement runs through Statement that names a table with rows
//   pending (a read or update of the table then sees them), and before any SQL run
//   through Book::exec or QSqlQuery (always: Qt's queries are not inspected);
// - when the buffers hold kFlushRows rows (memory), and before COMMIT.
// Foreign keys are checked at COMMIT in bulk mode (PRAGMA defer_foreign_keys), so a row
// may be written before the row it refers to when both are pending in different tables.
// Everything stays inside the one transaction of the import: a failing INSERT throws
// StorageError and the import rolls back (all or nothing); the message names the
// single-row statement, as a row-by-row write would.
//
// Deferred indexes (deferIndexes): an import that brings more rows than a table holds asks
// for that table's secondary indexes to be dropped while its rows are written, and made
// again (CREATE INDEX sorts once) afterwards, in the same transaction. The drop happens at
// the table's first multi-row write (so what was read before, such as a hash chain's head,
// was read with the indexes) and only when no statement of the connection is half-way
// through its rows; UNIQUE indexes and the constraints' own indexes are never dropped (a
// duplicate is refused at its row, with the same message). The indexes come back, with
// the same names and SQL, before any statement (Statement, Book::exec, QSqlQuery through
// Book::exec) that names the table runs — so every read sees the same plans and the same
// rows in the same order as without deferral — and before COMMIT. DDL is transactional in
// SQLite: a rollback or a crash leaves the book as it was, indexes included.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ardesk {

// The table, columns and ON CONFLICT clause (or "") of an all-placeholder INSERT.
struct SqliteInsertTarget {
    QString table;
    QStringList columns;
    QString onConflict;
};

class SqliteBulkBuffer final {
public:
    // The target of an all-placeholder INSERT (with or without ON CONFLICT), or nullopt.
    static std::optional<SqliteInsertTarget> insertTarget(const QString &sql);

    static constexpr int kRowsPerStatement = 64;
    static constexpr qsizetype kFlushRows = 8192;
    static constexpr qsizetype kFlushBytes = 8 * 1024 * 1024;

    // One bound value. Text and blobs are `size` bytes at `offset` in the row's byte buffer.
    struct Value {
        enum Type : qint32 { Null = 0, Integer, Text, Blob };
        qint64 number = 0;
        qint32 offset = 0;
        qint32 size = 0;
        Type type = Null;
    };

    explicit SqliteBulkBuffer(sqlite3 *db);
    ~SqliteBulkBuffer();
    SqliteBulkBuffer(const SqliteBulkBuffer &) = delete;
    SqliteBulkBuffer &operator=(const SqliteBulkBuffer &) = delete;

    // Takes one row of a plain INSERT (singleRowSql, with target's table and columns);
    // row has one value per column, text and blobs in bytes. May flush (throws StorageError).
    void append(const SqliteInsertTarget &target, const QString &singleRowSql, const std::vector<Value> &row,
                const QByteArray &bytes);
    bool isEmpty() const { return m_pendingRows == 0; }
    // Whether a statement whose SQL (lower case) is `sqlLower` must wait for the pending rows:
    // when it names a table with rows pending. `named` and `known` are the statement's
    // cache (bit i: whether it names the i-th table of this buffer; whether that is known
    // yet), so that the SQL text is searched once per table, not once per run.
    bool mustFlushBefore(QStringView sqlLower, quint64 &named, quint64 &known) const;
    // Tells buffers apart for the statements' caches (a new one per bulk transaction).
    quint64 serial() const { return m_serial; }
    void flush();   // throws StorageError (the buffers are dropped then)
    void discard(); // drops what was not written (the transaction rolls back anyway)
    qint64 rowsWritten() const { return m_rowsWritten; }

    // Asks for `table`'s secondary indexes to be deferred when rowsComing is more than the
    // rows it holds (its largest rowid; only rowid tables). See the header comment.
    void deferIndexes(const QString &table, qint64 rowsComing);
    // Non-zero while some table's indexes are dropped; changes whenever one more is dropped
    // (a statement found not to name a dropped table need not look again until then).
    quint64 droppedGeneration() const { return m_droppedGeneration; }
    // Makes again the dropped indexes of every table `sqlLower` (SQL in lower case) names.
    // Throws StorageError.
    void restoreIndexesNamedIn(QStringView sqlLower);
    // Makes again every dropped index (before COMMIT). Throws StorageError.
    void restoreIndexes();
    // The tables whose indexes were deferred at some point of this transaction (tests, logs).
    QStringList deferredTables() const;

    // Indexes set aside around a batch of UPDATEs (see dropIndexesMentioning).
    using IndexList = std::vector<std::pair<QByteArray, QByteArray>>; // name, CREATE INDEX sql
    // For many UPDATEs of a column of a table that holds more rows than come (so
    // deferIndexes does not apply): drops `table`'s secondary indexes whose SQL mentions
    // `column` (not UNIQUE ones, not the constraints' own) and returns them, in the order
    // they were made, for makeIndexes() after the UPDATEs, in the same transaction. The
    // caller runs nothing between the two but UPDATEs by primary key of that table, which
    // use none of those indexes. Returns nothing (and drops nothing) while a statement of
    // the connection is half-way through its rows. Throws StorageError.
    IndexList dropIndexesMentioning(const QString &table, const QString &column);
    void makeIndexes(const IndexList &indexes); // throws StorageError

private:
    struct Deferred {
        enum State { Requested, Dropped, Restored, Kept };
        QString table;
        QString tableLower;
        qint64 rowsComing = 0;
        State state = Requested;
        std::vector<std::pair<QByteArray, QByteArray>> indexes; // name, CREATE INDEX sql
    };
    void dropDeferred(const QString &tableLower);
    void restore(Deferred &deferred);
    static bool names(QStringView sqlLower, QStringView nameLower);

    struct Table {
        QString name;
        QString nameLower;
        QStringList columns;
        QString onConflict;
        QString singleRowSql;
        std::vector<Value> values; // rows * columns
        QByteArray bytes;
        sqlite3_stmt *chunk = nullptr; // kRowsPerStatement rows, prepared at first use
    };
    void flushTable(Table &table);
    sqlite3_stmt *prepareRows(const Table &table, int rows);
    [[noreturn]] void fail(const Table &table, sqlite3_stmt *statement, bool finalize);

    sqlite3 *m_db = nullptr;
    std::vector<std::unique_ptr<Table>> m_tables; // in order of first use
    Table *m_last = nullptr;
    qsizetype m_pendingRows = 0;
    qsizetype m_pendingBytes = 0;
    qint64 m_rowsWritten = 0;
    quint64 m_pendingMask = 0; // bit i: the i-th table has rows pending (tables past 63: bit 63)
    quint64 m_serial = 0;
    std::vector<Deferred> m_deferred;
    quint64 m_droppedGeneration = 0;
};

} // namespace ardesk
