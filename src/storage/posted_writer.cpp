#include "posted_writer.h"

#include "hash_chain.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QHash>

namespace ardesk {

const QStringList &PostedWriter::postedColumns(const QString &table)
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("invoices"),
         {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("issue_date"),
          QStringLiteral("due_date"), QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("kind"),
          QStringLiteral("created_at"), QStringLiteral("created_by")}},
        {QStringLiteral("credit_notes"),
         {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("issue_date"),
          QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("reason"), QStringLiteral("created_at"),
          QStringLiteral("created_by")}},
        {QStringLiteral("payments"),
         {QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("customer_id"),
          QStringLiteral("received_date"), QStringLiteral("amount"), QStringLiteral("currency"),
          QStringLiteral("method"), QStringLiteral("batch_id"), QStringLiteral("bank_entry_id"),
          QStringLiteral("created_at"), QStringLiteral("created_by")}},
        {QStringLiteral("write_offs"),
         {QStringLiteral("id"), QStringLiteral("invoice_id"), QStringLiteral("write_off_date"), QStringLiteral("amount"),
          QStringLiteral("reason"), QStringLiteral("requested_by"), QStringLiteral("approved_by"),
          QStringLiteral("created_at"), QStringLiteral("created_by")}},
        {QStringLiteral("allocations"),
         {QStringLiteral("id"), QStringLiteral("invoice_id"), QStringLiteral("payment_id"),
          QStringLiteral("credit_note_id"), QStringLiteral("write_off_id"), QStringLiteral("alloc_date"),
          QStringLiteral("amount"), QStringLiteral("reverses_id"), QStringLiteral("reason_code"),
          QStringLiteral("created_at"), QStringLiteral("created_by")}},
        {QStringLiteral("reversals"),
         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("target_id"), QStringLiteral("reversal_date"),
          QStringLiteral("reason"), QStringLiteral("created_at"), QStringLiteral("created_by")}},
        {QStringLiteral("audit_log"),
         {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user_id"), QStringLiteral("action"),
          QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("details")}},
    };
    const auto it = columns.constFind(table);
    if (it == columns.constEnd())
        throw StorageError(QCoreApplication::translate("PostedWriter", "%1 is not a posted table").arg(table));
    return *it;
}

PostedWriter::PostedWriter(Book &book, QString table) : m_book(book), m_table(std::move(table))
{
    const QStringList &columns = postedColumns(m_table);
    QStringList marks;
    for (qsizetype i = 0; i <= columns.size(); ++i)
        marks << QStringLiteral("?");
    m_insert = std::make_unique<Statement>(m_book, QStringLiteral("INSERT INTO %1 (%2, hash) VALUES (%3)")
                                                       .arg(m_table, columns.join(u", "), marks.join(u", ")));
    QSqlQuery last = m_book.exec(QStringLiteral("SELECT id, hash FROM %1 ORDER BY id DESC LIMIT 1").arg(m_table));
    if (last.next()) {
        m_lastId = last.value(0).toLongLong();
        m_lastHash = last.value(1).toByteArray();
    }
}

RowId PostedWriter::insert(const QVariantList &values)
{
    const RowId id = m_lastId + 1;
    QVariantList row;
    row.reserve(values.size() + 1);
    row << QVariant::fromValue<qint64>(id);
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL but encode as text: store it as "".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            row << QVariant(QString::fromLatin1(""));
        else
            row << value;
    }
    const QByteArray hash = chainHash(m_lastHash, canonicalEncoding(m_table, row));
    int index = 0;
    for (const QVariant &value : row) {
        ++index;
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            m_insert->bindNull(index);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            m_insert->bind(index, value.toLongLong());
            break;
        case QMetaType::QByteArray:
            m_insert->bindBlob(index, value.toByteArray());
            break;
        default:
            m_insert->bind(index, value.toString());
        }
    }
    m_insert->bindBlob(index + 1, hash);
    m_insert->exec();
    m_lastId = id;
    m_lastHash = hash;
    return id;
}

} // namespace ardesk
