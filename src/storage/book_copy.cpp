#include "book_copy.h"

#include "schema.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

namespace ardesk {

QStringList tablesInDependencyOrder()
{
    static const QRegularExpression create(QStringLiteral("^\\s*CREATE TABLE (\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const MigrationStep &step : migrationSteps())
        for (const QString &statement : step.statements)
            if (const auto match = create.match(statement); match.hasMatch() && !tables.contains(match.captured(1)))
                tables << match.captured(1);
    return tables;
}

namespace {

// Reads in one snapshot: the source may keep being written meanwhile.
class Snapshot final {
public:
    explicit Snapshot(Book &book) : m_book(book)
    {
        if (m_book.dialect().engine() == Engine::PostgreSQL) {
            m_book.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        } else {
            m_book.exec(QStringLiteral("BEGIN")); // deferred: the first read fixes the snapshot
            m_book.exec(QStringLiteral("SELECT COUNT(*) FROM book_meta")).next();
        }
    }
    ~Snapshot()
    {
        try {
            m_book.exec(QStringLiteral("COMMIT"));
        } catch (...) {
        }
    }

private:
    Book &m_book;
};

qint64 count(Book &book, const QString &table)
{
    QSqlQuery query = book.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

BookCopyCounts copyBook(Book &source, Book &target, const std::function<bool(qint64)> &progress)
{
    if (source.schemaVersion() != target.schemaVersion())
        throw StorageError(QCoreApplication::translate("BookCopy", "the books have different schema versions (%1 and %2)")
                                   .arg(source.schemaVersion())
                                   .arg(target.schemaVersion()));
    if (count(target, QStringLiteral("customers")) > 0 || count(target, QStringLiteral("audit_log")) > 0)
        throw StorageError(QCoreApplication::translate("BookCopy", "%1 is not empty; copy only into a new book")
                                   .arg(target.location()));
    const QStringList order = tablesInDependencyOrder();
    const Snapshot snapshot(source);
    {
        const QStringList present = source.tableNames();
        for (const QString &table : present)
            if (!order.contains(table))
                throw StorageError(
                        QCoreApplication::translate("BookCopy", "%1 has a table ardesk does not know: %2")
                                .arg(source.location(), table));
    }

    BookCopyCounts counts;
    Transaction transaction(target);
    // What creating the target seeded goes first (children before parents).
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        if (count(target, *it) > 0)
            target.exec(QStringLiteral("DELETE FROM %1").arg(*it));

    for (const QString &table : order) {
        QSqlQuery rows = source.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        const QSqlRecord record = rows.record();
        QStringList columns;
        QStringList marks;
        bool hasId = false;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
            hasId = hasId || record.fieldName(i) == u"id";
        }
        // Parents before children within a table too (allocations.reverses_id).
        if (hasId)
            rows = source.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        QSqlQuery insert = target.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                  .arg(table, columns.join(u", "), marks.join(u", ")));
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, rows.value(i));
            Book::exec(insert);
            ++counts.rows;
            if (progress && (counts.rows & 0x3ff) == 0 && !progress(counts.rows))
                throw StorageError(QCoreApplication::translate("BookCopy", "cancelled"));
        }
        ++counts.tables;
        if (hasId)
            for (const QString &statement : target.dialect().afterExplicitIds(table))
                target.exec(statement);
    }
    transaction.commit();
    return counts;
}

} // namespace ardesk
