#include "document_repository.h"

#include "collection_repository.h"

#include "storage_error.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ardesk {

namespace {

QVariant idBind(Id id)
{
    return QVariant::fromValue<qint64>(id);
}

LetterRecord letterFrom(const QSqlQuery &q)
{
    LetterRecord r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.level = q.value(3).toInt();
    r.asOf = dayFromValue(q.value(4));
    r.language = q.value(5).toString();
    r.dedupeKey = q.value(6).toString();
    r.hasDocument = q.value(7).toLongLong() != 0;
    return r;
}

const QString kLetterColumns =
        QStringLiteral("id, customer_id, kind, level, as_of, language, COALESCE(dedupe_key, ''), "
                       "CASE WHEN document IS NULL OR LENGTH(document) = 0 THEN 0 ELSE 1 END");

} // namespace

std::vector<DocumentOpenItem> DocumentRepository::openItems(Id customerId, QDate asOf)
{
    // Open as of the date = open now + what was applied after it (as in AgingRepository).
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT i.id, i.number, i.issue_date, i.due_date, i.amount, i.currency, "
            "  s.open_amount + COALESCE((SELECT SUM(a.amount) FROM allocations a "
            "                            WHERE a.invoice_id = i.id AND a.alloc_date > ?), 0) AS open_then, "
            "  COALESCE((SELECT SUM(d.amount) FROM disputes d WHERE d.invoice_id = i.id AND d.opened_date <= ? "
            "            AND (d.resolved_date IS NULL OR d.resolved_date > ?)), 0) "
            "FROM invoices i JOIN invoice_state s ON s.invoice_id = i.id "
            "WHERE i.customer_id = ? AND i.issue_date <= ? "
            "ORDER BY i.due_date, i.issue_date, i.number"));
    const QVariant day = dayValue(asOf);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(idBind(customerId));
    q.addBindValue(day);
    Book::exec(q);
    std::vector<DocumentOpenItem> items;
    while (q.next()) {
        DocumentOpenItem item;
        item.open = q.value(6).toLongLong();
        if (item.open == 0)
            continue;
        item.invoiceId = q.value(0).toLongLong();
        item.number = q.value(1).toString();
        item.issueDate = dayFromValue(q.value(2));
        item.dueDate = dayFromValue(q.value(3));
        item.amount = q.value(4).toLongLong();
        item.currency = q.value(5).toString();
        item.disputed = std::min<MinorUnits>(item.open, q.value(7).toLongLong());
        items.push_back(item);
    }
    return items;
}

std::vector<DocumentActivity> DocumentRepository::activity(Id customerId, QDate from, QDate to)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT issue_date AS d, 0 AS k, number, amount, currency FROM invoices "
                           "  WHERE customer_id = ? AND issue_date BETWEEN ? AND ? "
                           "UNION ALL "
                           "SELECT p.received_date, 1, p.reference, p.amount, p.currency FROM payments p "
                           "  JOIN payment_state s ON s.payment_id = p.id "
                           "  WHERE p.customer_id = ? AND p.received_date BETWEEN ? AND ? "
                           "  AND (s.reversed_date IS NULL OR s.reversed_date > ?) "
                           "UNION ALL "
                           "SELECT c.issue_date, 2, c.number, c.amount, c.currency FROM credit_notes c "
                           "  JOIN credit_note_state s ON s.credit_note_id = c.id "
                           "  WHERE c.customer_id = ? AND c.issue_date BETWEEN ? AND ? "
                           "  AND (s.reversed_date IS NULL OR s.reversed_date > ?) "
                           "ORDER BY 1, 2, 3"));
    const QVariant first = dayValue(from);
    const QVariant last = dayValue(to);
    for (int part = 0; part < 3; ++part) {
        q.addBindValue(idBind(customerId));
        q.addBindValue(first);
        q.addBindValue(last);
        if (part > 0)
            q.addBindValue(last);
    }
    Book::exec(q);
    std::vector<DocumentActivity> rows;
    while (q.next()) {
        DocumentActivity row;
        row.date = dayFromValue(q.value(0));
        row.kind = static_cast<ActivityKind>(q.value(1).toInt());
        row.reference = q.value(2).toString();
        row.amount = q.value(3).toLongLong();
        row.currency = q.value(4).toString();
        rows.push_back(row);
    }
    return rows;
}

std::vector<Id> DocumentRepository::customersWithActivity(QDate from, QDate to)
{
    QSqlQuery q =
            m_book.prepare(QStringLiteral("SELECT customer_id FROM invoices WHERE issue_date BETWEEN ? AND ? "
                                          "UNION SELECT customer_id FROM payments WHERE received_date BETWEEN ? AND ? "
                                          "UNION SELECT customer_id FROM credit_notes WHERE issue_date BETWEEN ? AND ? "
                                          "ORDER BY 1"));
    for (int part = 0; part < 3; ++part) {
        q.addBindValue(dayValue(from));
        q.addBindValue(dayValue(to));
    }
    Book::exec(q);
    std::vector<Id> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

bool DocumentRepository::hasActivity(Id customerId, QDate from, QDate to)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT 1 WHERE EXISTS (SELECT 1 FROM invoices WHERE customer_id = ? AND issue_date BETWEEN ? AND ?) "
            "OR EXISTS (SELECT 1 FROM payments WHERE customer_id = ? AND received_date BETWEEN ? AND ?) "
            "OR EXISTS (SELECT 1 FROM credit_notes WHERE customer_id = ? AND issue_date BETWEEN ? AND ?)"));
    for (int part = 0; part < 3; ++part) {
        q.addBindValue(idBind(customerId));
        q.addBindValue(dayValue(from));
        q.addBindValue(dayValue(to));
    }
    Book::exec(q);
    return q.next();
}

std::vector<std::pair<Id, QString>> DocumentRepository::customerCodes()
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT id, code FROM customers"));
    Book::exec(q);
    std::vector<std::pair<Id, QString>> rows;
    while (q.next())
        rows.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    return rows;
}

std::vector<LetterRecord> DocumentRepository::lettersWithoutDocument(QDate asOf)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT %1 FROM letters WHERE as_of <= ? "
                                                "AND (document IS NULL OR LENGTH(document) = 0) "
                                                "ORDER BY customer_id, as_of, id")
                                         .arg(kLetterColumns));
    q.addBindValue(dayValue(asOf));
    Book::exec(q);
    std::vector<LetterRecord> rows;
    while (q.next())
        rows.push_back(letterFrom(q));
    return rows;
}

std::optional<LetterRecord> DocumentRepository::letter(Id letterId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT %1 FROM letters WHERE id = ?").arg(kLetterColumns));
    q.addBindValue(idBind(letterId));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return letterFrom(q);
}

std::optional<LetterRecord> DocumentRepository::letterByDedupeKey(const QString &dedupeKey)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT %1 FROM letters WHERE dedupe_key = ?").arg(kLetterColumns));
    q.addBindValue(dedupeKey);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return letterFrom(q);
}

QByteArray DocumentRepository::letterDocument(Id letterId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT document FROM letters WHERE id = ?"));
    q.addBindValue(idBind(letterId));
    Book::exec(q);
    if (!q.next() || q.value(0).isNull())
        return {};
    return q.value(0).toByteArray();
}

std::vector<Id> DocumentRepository::letterInvoices(Id letterId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT invoice_id FROM letter_items WHERE letter_id = ? ORDER BY invoice_id"));
    q.addBindValue(idBind(letterId));
    Book::exec(q);
    std::vector<Id> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

void DocumentRepository::storeLetterDocument(Id letterId, const QByteArray &document)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE letters SET document = ? WHERE id = ?"));
    q.addBindValue(document);
    q.addBindValue(idBind(letterId));
    Book::exec(q);
}

std::pair<Id, bool> DocumentRepository::upsertLetter(const LetterRecord &letter, const QByteArray &document,
                                                     const Stamp &stamp)
{
    if (const auto existing = letterByDedupeKey(letter.dedupeKey)) {
        storeLetterDocument(existing->id, document);
        return {existing->id, false};
    }
    // Explicit ids, as the strategy run writes its letters (one way for every engine).
    QSqlQuery next = m_book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM letters"));
    const Id id = next.next() ? next.value(0).toLongLong() : 1;
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO letters (id, customer_id, kind, level, as_of, language, dedupe_key, document, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idBind(id));
    q.addBindValue(idBind(letter.customerId));
    q.addBindValue(letter.kind);
    q.addBindValue(letter.level);
    q.addBindValue(dayValue(letter.asOf));
    q.addBindValue(letter.language);
    q.addBindValue(letter.dedupeKey);
    q.addBindValue(document);
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
    return {id, true};
}

std::optional<QString> DocumentRepository::letterTemplate(const QString &kind, const QString &language)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT body FROM letter_templates WHERE kind = ? AND language = ?"));
    q.addBindValue(kind);
    q.addBindValue(language);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void DocumentRepository::setLetterTemplate(const QString &kind, const QString &language, const QString &body,
                                           const Stamp &stamp)
{
    QSqlQuery remove = m_book.prepare(QStringLiteral("DELETE FROM letter_templates WHERE kind = ? AND language = ?"));
    remove.addBindValue(kind);
    remove.addBindValue(language);
    Book::exec(remove);
    QSqlQuery q = m_book.prepare(
            QStringLiteral("INSERT INTO letter_templates (kind, language, body, updated_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(language);
    q.addBindValue(body);
    q.addBindValue(stamp.at);
    Book::exec(q);
}

std::optional<QString> DocumentRepository::setting(const QString &key)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::map<QString, QString> DocumentRepository::settingsWithPrefix(const QString &prefix)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"));
    q.addBindValue(static_cast<int>(prefix.size()));
    q.addBindValue(prefix);
    Book::exec(q);
    std::map<QString, QString> result;
    while (q.next())
        result[q.value(0).toString()] = q.value(1).toString();
    return result;
}

void DocumentRepository::setSetting(const QString &key, const QString &value, const Stamp &stamp)
{
    // The one settings upsert (CollectionRepository::setSetting); NOT NULL: an empty text.
    CollectionRepository(m_book).setSetting(key, value.isNull() ? QString::fromLatin1("") : value, stamp);
}

std::optional<QString> DocumentRepository::bookMeta(const QString &key)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT value FROM book_meta WHERE key = ?"));
    q.addBindValue(key);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace ardesk
