#include "posted_writer.h"

#include "hash_chain.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QHash>

#include <charconv>

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

namespace {
// value.toString().toUtf8() appended, without the temporaries for ASCII text.
void appendUtf8(QByteArray &out, const QString &text)
{
    const qsizetype size = text.size();
    const qsizetype at = out.size();
    out.resize(at + size);
    char *to = out.data() + at;
    const char16_t *from = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < size; ++i) {
        if (from[i] >= 0x80) {
            out.resize(at);
            out.append(text.toUtf8());
            return;
        }
        to[i] = static_cast<char>(from[i]);
    }
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}
} // namespace

RowId PostedWriter::insert(std::initializer_list<PostedValue> values)
{
    // Each value is encoded once, into one buffer that starts with the previous row's hash:
    // the bytes hashed are exactly chainHash(m_lastHash, canonicalEncoding(table, row)) with
    // the id first and a null QString as "" (hash_chain.h; tests/storage/
    // test_hash_chain_golden.cpp), and text is bound from the same UTF-8 bytes.
    const RowId id = m_lastId + 1;
    if (m_tableUtf8.isEmpty())
        m_tableUtf8 = m_table.toUtf8();
    m_buffer.resize(0);
    m_buffer.append(m_lastHash);
    m_buffer.append(m_tableUtf8);
    m_buffer.append('\x1f');
    appendNumber(m_buffer, id);
    m_insert->bind(1, id);
    int index = 1;
    for (const PostedValue &value : values) {
        ++index;
        m_buffer.append('\x1f');
        switch (value.type()) {
        case PostedValue::Type::Text: {
            const qsizetype at = m_buffer.size();
            appendUtf8(m_buffer, value.text());
            m_insert->bindText(index, QByteArrayView(m_buffer.constData() + at, m_buffer.size() - at));
            break;
        }
        case PostedValue::Type::Integer:
            appendNumber(m_buffer, value.number());
            m_insert->bind(index, value.number());
            break;
        case PostedValue::Type::Null:
            m_buffer.append("\\N");
            m_insert->bindNull(index);
            break;
        }
    }
    const QByteArray hash = sha256(m_buffer);
    m_insert->bindBlob(index + 1, hash);
    m_insert->exec();
    m_lastId = id;
    m_lastHash = hash;
    return id;
}

} // namespace ardesk
