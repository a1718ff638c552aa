#pragma once
// PostgreSQL bulk writes: COPY ... FROM STDIN through libpq on the connection Qt's QPSQL
// driver opened (QSqlDriver::handle() is its PGconn*). Qt's driver itself has no COPY.
// The one place of src/storage with PostgreSQL-only write code.
//
// While a book is in bulk mode (Book::prepareBulkWrite() before the transaction of an
// import), Statement::exec() of a plain "INSERT INTO t (c1, ..., cn) VALUES (?, ..., ?)"
// does not run the statement: the row is appended to an in-memory COPY buffer of that
// table. The buffers are sent whenever any other statement runs on the connection, when
// they grow past a few megabytes, and before COMMIT: table by table, parents before
// children by the book's foreign keys (read from the catalog), otherwise in the order each
// was first used. The order of first use alone is not enough: a batch that allocates to an
// older invoice, then posts an invoice and allocates to it, used allocations first.
// Within a table the rows go in the order they were posted. Everything stays inside the
// one transaction of the import: a failing COPY throws StorageError and the import rolls back (all or nothing).
// Without libpq at build time (ARDESK_HAVE_LIBPQ off) the rows go one by one as before.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace ardesk {

// The table and columns of a plain all-placeholder INSERT.
struct PgCopyTarget {
    QString table;
    QStringList columns;
};

class PgCopyBuffer final {
public:
    // Returns nullopt when COPY cannot be used on this connection (not QPSQL, no libpq).
    static std::optional<PgCopyBuffer> forConnection(QSqlDatabase &db);

    // The target of a plain all-placeholder INSERT, or nullopt for any other statement.
    static std::optional<PgCopyTarget> copyTarget(const QString &insertSql);

    void append(const PgCopyTarget &target, const QVariantList &values);
    bool isEmpty() const { return m_pendingRows == 0; }
    // Whether `sql` must wait for the buffered rows: every statement does, except an
    // UPDATE that names none of the tables with rows pending (e.g. the open amount of an
    // invoice in the book, while payments and allocations are buffered), which cannot see
    // them. Keeps a payment import from sending a COPY per allocation.
    bool mustFlushBefore(const QString &sql) const;
    bool wantsFlush() const { return m_pendingBytes >= kFlushBytes; }
    void flush();   // throws StorageError
    void discard(); // drops what was not sent (the transaction rolls back anyway)
    qint64 rowsCopied() const { return m_rowsCopied; }

private:
    explicit PgCopyBuffer(void *connection) : m_connection(connection) {}
    static constexpr qint64 kFlushBytes = 16 * 1024 * 1024;
    struct Table {
        QString name;
        QStringList columns;
        QByteArray data; // COPY text format
    };
    // The tables with rows pending, parents before children (the book's foreign keys, read
    // from the catalog at the first flush that sends more than one table); otherwise in
    // order of first use. One batch may post an invoice after allocations to older invoices
    // and then allocate to the new one: allocations were used first, but go after invoices.
    QList<std::reference_wrapper<Table>> sendingOrder();
    void *m_connection = nullptr; // PGconn*
    QList<Table> m_tables;        // in order of first use
    QHash<QString, QStringList> m_parents; // child table -> its parent tables (lower case)
    bool m_parentsRead = false;
    qint64 m_pendingRows = 0;
    qint64 m_pendingBytes = 0;
    qint64 m_rowsCopied = 0;
};

} // namespace ardesk
