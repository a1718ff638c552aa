#pragma once
// A prepared statement for the hot paths (posting, bulk import). On SQLite it drives the
// sqlite3 C API directly on the book's own connection (the same handle Qt uses), which
// avoids Qt SQL's per-value QVariant traffic; on other engines it falls back to
// QSqlQuery. The SQL text is the same for both. Throws StorageError.

#include "book.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

#include "sqlite_bulk.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ardesk {

struct PgCopyTarget;

class Statement final {
public:
    Statement(Book &book, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are 1-based, like sqlite3_bind_*.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    // Text already encoded as UTF-8 (copied by the call).
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, const QByteArray &blob);
    void bindNull(int index);

    void exec(); // for statements without rows: runs, then resets for the next use
    // For queries: run with next(); read columns 0-based; reset() when done early.
    bool next();
    void reset();
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    // The column's text as UTF-8 without a copy: valid until the next call of next(),
    // reset() or utf8() for the same column.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    // Whether this runs on the sqlite3 C API (else on QSqlQuery, as on PostgreSQL).
    bool native() const { return m_stmt != nullptr; }
    // On the sqlite3 C API only: the value's own type (SQLITE_INTEGER, SQLITE_FLOAT,
    // SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL), the value as a double, and its text as Qt's
    // SQLite driver reads it (UTF-16 from SQLite, for QVariant-exact encodings).
    int nativeType(int column) const;
    double real(int column) const;
    QString textAsQt(int column) const;

private:
    void check(int code, const char *what);
    // SQLite bulk mode (sqlite_bulk.h): the buffer when this is a plain INSERT whose rows
    // go to it, else nullptr; flushPendingFor() writes the pending rows first when this
    // statement names a table that has some.
    SqliteBulkBuffer *bulkTarget() const { return m_plainInsert ? m_book->sqliteBulk() : nullptr; }
    void setBulkValue(int index, SqliteBulkBuffer::Value value);
    void flushPendingFor();
    QString m_sql;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_started = false;
    std::unique_ptr<QSqlQuery> m_query; // fallback
    QVariantList m_values;
    mutable std::vector<QByteArray> m_utf8; // utf8() of the fallback, per column
    Book *m_book = nullptr;
    std::unique_ptr<PgCopyTarget> m_copyTarget; // a plain INSERT on PostgreSQL: COPY in bulk mode
    std::unique_ptr<SqliteInsertTarget> m_plainInsert; // SQLite: multi-row in bulk mode
    QString m_sqlLower;                          // SQLite: for SqliteBulkBuffer::mustFlushBefore
    std::vector<SqliteBulkBuffer::Value> m_row;  // SQLite bulk mode: the row being bound
    QByteArray m_rowBytes;                       // its text and blobs
    quint64 m_bulkSerial = 0;                    // the buffer the next two are for
    quint64 m_namesTables = 0;                   // SqliteBulkBuffer::mustFlushBefore's cache
    quint64 m_namesKnown = 0;
    quint64 m_droppedChecked = 0; // SqliteBulkBuffer::droppedGeneration this statement was checked at

};

} // namespace ardesk
