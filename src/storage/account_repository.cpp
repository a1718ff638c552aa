#include "account_repository.h"

#include "ledger_repository.h"

#include "domain/instalment_terms.h"

#include <QSqlQuery>
#include <QVariant>

#include <tuple>

namespace ardesk {

namespace {

QVariant idValue(Id id)
{
    return QVariant::fromValue<qint64>(id);
}

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

Id nextId(Book &book, const QString &table)
{
    QSqlQuery q = book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : 1;
}

} // namespace

AccountFigures AccountRepository::figures(Id customerId, QDate asOf)
{
    AccountFigures f;
    {
        QSqlQuery q = m_book.prepare(QStringLiteral(
                "SELECT c.on_hold, COALESCE(u.login, ''), COALESCE(u.name, ''), "
                "(SELECT h.trigger_kind FROM credit_holds h WHERE h.customer_id = c.id AND h.released_date IS NULL "
                " ORDER BY h.set_date DESC, h.id DESC LIMIT 1) "
                "FROM customers c LEFT JOIN users u ON u.id = c.collector_id WHERE c.id = ?"));
        q.addBindValue(idValue(customerId));
        Book::exec(q);
        if (q.next()) {
            f.onHold = q.value(0).toLongLong() != 0 || !q.value(3).isNull();
            f.collectorLogin = q.value(1).toString();
            f.collectorName = q.value(2).toString();
            f.holdReason = q.value(3).toString();
        }
    }
    {
        QSqlQuery q = m_book.prepare(QStringLiteral(
                "SELECT COALESCE(SUM(open_amount), 0), "
                "COALESCE(SUM(CASE WHEN due_date < ? THEN open_amount ELSE 0 END), 0), MIN(due_date) "
                "FROM invoice_state WHERE customer_id = ? AND open_amount <> 0"));
        q.addBindValue(dayValue(asOf));
        q.addBindValue(idValue(customerId));
        Book::exec(q);
        if (q.next()) {
            f.open = q.value(0).toLongLong();
            f.overdue = q.value(1).toLongLong();
            f.oldestOpenDue = dayFromValue(q.value(2));
        }
    }
    {
        // An invoice in instalments is overdue by its parts due before the date and due by
        // its oldest open part (docs/credit-policy.md "Instalment terms"); its open amount now
        // fills the earliest part first.
        QSqlQuery q = m_book.prepare(QStringLiteral(
                "SELECT s.invoice_id, s.open_amount, s.due_date FROM invoice_state s WHERE s.customer_id = ? "
                "AND s.open_amount <> 0 AND EXISTS (SELECT 1 FROM invoice_installments p WHERE p.invoice_id = "
                "s.invoice_id)"));
        q.addBindValue(idValue(customerId));
        Book::exec(q);
        std::vector<std::tuple<Id, MinorUnits, QDate>> inParts;
        while (q.next())
            inParts.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong(), dayFromValue(q.value(2)));
        q.finish();
        if (!inParts.empty()) {
            LedgerRepository ledger(m_book);
            std::optional<QDate> oldest; // over the invoices without parts
            {
                QSqlQuery o = m_book.prepare(QStringLiteral(
                        "SELECT MIN(s.due_date) FROM invoice_state s WHERE s.customer_id = ? AND s.open_amount <> 0 "
                        "AND NOT EXISTS (SELECT 1 FROM invoice_installments p WHERE p.invoice_id = s.invoice_id)"));
                o.addBindValue(idValue(customerId));
                Book::exec(o);
                if (o.next() && !o.value(0).isNull())
                    oldest = dayFromValue(o.value(0));
            }
            for (const auto &[invoiceId, open, ownDue] : inParts) {
                if (ownDue < asOf)
                    f.overdue -= open; // counted above by the invoice's own due date
                const std::vector<OpenInstalmentPart> parts = openInstalmentParts(ledger.instalments(invoiceId), open);
                for (const OpenInstalmentPart &part : parts)
                    if (part.dueDate < asOf)
                        f.overdue += part.open;
                const QDate due = oldestOpenPartDue(parts);
                if (due.isValid() && (!oldest || due < *oldest))
                    oldest = due;
            }
            f.oldestOpenDue = oldest.value_or(QDate());
        }
    }
    {
        QSqlQuery q = m_book.prepare(QStringLiteral(
                "SELECT (SELECT COALESCE(SUM(unapplied), 0) FROM payment_state WHERE customer_id = ? AND unapplied <> 0), "
                "(SELECT COALESCE(SUM(unapplied), 0) FROM credit_note_state WHERE customer_id = ? AND unapplied <> 0)"));
        q.addBindValue(idValue(customerId));
        q.addBindValue(idValue(customerId));
        Book::exec(q);
        if (q.next()) {
            f.unappliedCash = q.value(0).toLongLong();
            f.unappliedCredit = q.value(1).toLongLong();
        }
    }
    return f;
}

std::vector<AllocationRow> AccountRepository::allocations(AllocationSource source, Id sourceId)
{
    const QString column = source == AllocationSource::Payment ? QStringLiteral("payment_id")
                                                               : QStringLiteral("credit_note_id");
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT a.id, a.invoice_id, i.number, a.alloc_date, a.amount, a.reason_code, a.reverses_id, "
                           "EXISTS (SELECT 1 FROM allocations r WHERE r.reverses_id = a.id) "
                           "FROM allocations a JOIN invoices i ON i.id = a.invoice_id WHERE a.%1 = ? ORDER BY a.id")
                    .arg(column));
    q.addBindValue(idValue(sourceId));
    Book::exec(q);
    std::vector<AllocationRow> rows;
    while (q.next()) {
        AllocationRow r;
        r.id = q.value(0).toLongLong();
        r.invoiceId = q.value(1).toLongLong();
        r.invoiceNumber = q.value(2).toString();
        r.date = dayFromValue(q.value(3));
        r.amount = q.value(4).toLongLong();
        r.reasonCode = q.value(5).toString();
        if (!q.value(6).isNull())
            r.reversesId = q.value(6).toLongLong();
        r.reversed = q.value(7).toLongLong() != 0;
        rows.push_back(r);
    }
    return rows;
}

std::vector<CreditNoteRow> AccountRepository::creditNotes(Id customerId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT n.id, n.number, n.issue_date, n.amount, s.unapplied, n.currency, n.reason, s.reversed_date "
            "FROM credit_notes n JOIN credit_note_state s ON s.credit_note_id = n.id WHERE n.customer_id = ? "
            "ORDER BY n.issue_date DESC, n.id DESC"));
    q.addBindValue(idValue(customerId));
    Book::exec(q);
    std::vector<CreditNoteRow> rows;
    while (q.next()) {
        CreditNoteRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.issueDate = dayFromValue(q.value(2));
        r.amount = q.value(3).toLongLong();
        r.unapplied = q.value(4).toLongLong();
        r.currency = q.value(5).toString();
        r.reason = q.value(6).toString();
        r.reversedDate = dayFromValue(q.value(7));
        rows.push_back(r);
    }
    return rows;
}

std::vector<ActivityRow> AccountRepository::activity(Id customerId, int limit)
{
    // Each branch uses the (entity, entity_id) index.
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT l.id, l.at, COALESCE(u.login, ''), l.action, l.entity, l.entity_id, l.details FROM audit_log l "
            "LEFT JOIN users u ON u.id = l.user_id WHERE l.id IN ("
            " SELECT id FROM audit_log WHERE entity = 'customer' AND entity_id = ?"
            " UNION SELECT id FROM audit_log WHERE entity = 'invoice' AND entity_id IN "
            "  (SELECT id FROM invoices WHERE customer_id = ?)"
            " UNION SELECT id FROM audit_log WHERE entity = 'payment' AND entity_id IN "
            "  (SELECT id FROM payments WHERE customer_id = ?)"
            " UNION SELECT id FROM audit_log WHERE entity = 'credit_note' AND entity_id IN "
            "  (SELECT id FROM credit_notes WHERE customer_id = ?)"
            " UNION SELECT id FROM audit_log WHERE entity = 'allocation' AND entity_id IN "
            "  (SELECT a.id FROM allocations a JOIN invoices i ON i.id = a.invoice_id WHERE i.customer_id = ?)"
            ") ORDER BY l.id DESC LIMIT ?"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(idValue(customerId));
    q.addBindValue(limit);
    Book::exec(q);
    std::vector<ActivityRow> rows;
    while (q.next()) {
        ActivityRow r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.userLogin = q.value(2).toString();
        r.action = q.value(3).toString();
        r.entity = q.value(4).toString();
        r.entityId = q.value(5).toLongLong();
        r.details = q.value(6).toString();
        rows.push_back(r);
    }
    return rows;
}

std::vector<ContactPersonRow> AccountRepository::contacts(Id customerId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT id, name, role, phone, email, timezone, is_primary FROM customer_contacts "
                           "WHERE customer_id = ? AND active <> 0 ORDER BY is_primary DESC, name, id"));
    q.addBindValue(idValue(customerId));
    Book::exec(q);
    std::vector<ContactPersonRow> rows;
    while (q.next()) {
        ContactPersonRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.role = q.value(2).toString();
        r.phone = q.value(3).toString();
        r.email = q.value(4).toString();
        r.timeZone = q.value(5).toString();
        r.primary = q.value(6).toLongLong() != 0;
        rows.push_back(r);
    }
    return rows;
}

std::vector<NoteRow> AccountRepository::notes(Id customerId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT n.id, n.at, COALESCE(u.login, ''), n.text, n.pinned FROM customer_notes n "
            "LEFT JOIN users u ON u.id = n.user_id WHERE n.customer_id = ? ORDER BY n.pinned DESC, n.at DESC, n.id DESC"));
    q.addBindValue(idValue(customerId));
    Book::exec(q);
    std::vector<NoteRow> rows;
    while (q.next()) {
        NoteRow r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.userLogin = q.value(2).toString();
        r.text = q.value(3).toString();
        r.pinned = q.value(4).toLongLong() != 0;
        rows.push_back(r);
    }
    return rows;
}

Id AccountRepository::addNote(Id customerId, const QString &text, bool pinned, const Stamp &stamp)
{
    const Id id = nextId(m_book, QStringLiteral("customer_notes"));
    QSqlQuery q = m_book.prepare(
            QStringLiteral("INSERT INTO customer_notes (id, customer_id, at, user_id, text, pinned) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idValue(id));
    q.addBindValue(idValue(customerId));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    q.addBindValue(textValue(text));
    q.addBindValue(pinned ? 1 : 0);
    Book::exec(q);
    return id;
}

std::optional<Id> AccountRepository::noteCustomer(Id noteId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT customer_id FROM customer_notes WHERE id = ?"));
    q.addBindValue(idValue(noteId));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void AccountRepository::setNotePinned(Id noteId, bool pinned)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE customer_notes SET pinned = ? WHERE id = ?"));
    q.addBindValue(pinned ? 1 : 0);
    q.addBindValue(idValue(noteId));
    Book::exec(q);
}

Id AccountRepository::addContact(Id customerId, const ContactPersonRow &c)
{
    const Id id = nextId(m_book, QStringLiteral("customer_contacts"));
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO customer_contacts (id, customer_id, name, role, phone, email, timezone, is_primary, active) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(idValue(id));
    q.addBindValue(idValue(customerId));
    q.addBindValue(textValue(c.name));
    q.addBindValue(textValue(c.role));
    q.addBindValue(textValue(c.phone));
    q.addBindValue(textValue(c.email));
    q.addBindValue(textValue(c.timeZone));
    q.addBindValue(c.primary ? 1 : 0);
    Book::exec(q);
    return id;
}

Id DepositBatchRepository::insertBatch(const QString &name, const QString &currency, MinorUnits controlTotal,
                                       int controlCount, const Stamp &stamp)
{
    const Id id = nextId(m_book, QStringLiteral("deposit_batches"));
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO deposit_batches (id, name, currency, control_total, control_count, posted_at, posted_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idValue(id));
    q.addBindValue(textValue(name));
    q.addBindValue(currency);
    q.addBindValue(QVariant::fromValue<qint64>(controlTotal));
    q.addBindValue(controlCount);
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
    return id;
}

qint64 DepositBatchRepository::paymentCount(Id batchId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT COUNT(*) FROM payments WHERE batch_id = ?"));
    q.addBindValue(idValue(batchId));
    Book::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ardesk

namespace ardesk {

std::optional<AccountRepository::StoredContact> AccountRepository::contact(Id contactId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT customer_id, active, name, role, phone, email, timezone, "
                                                "is_primary FROM customer_contacts WHERE id = ?"));
    q.addBindValue(idValue(contactId));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    StoredContact stored;
    stored.customerId = q.value(0).toLongLong();
    stored.active = q.value(1).toLongLong() != 0;
    stored.contact.id = contactId;
    stored.contact.name = q.value(2).toString();
    stored.contact.role = q.value(3).toString();
    stored.contact.phone = q.value(4).toString();
    stored.contact.email = q.value(5).toString();
    stored.contact.timeZone = q.value(6).toString();
    stored.contact.primary = q.value(7).toLongLong() != 0;
    return stored;
}

void AccountRepository::updateContact(Id contactId, const ContactPersonRow &c)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE customer_contacts SET name = ?, role = ?, phone = ?, email = ?, "
                                                "timezone = ?, is_primary = ? WHERE id = ?"));
    q.addBindValue(textValue(c.name));
    q.addBindValue(textValue(c.role));
    q.addBindValue(textValue(c.phone));
    q.addBindValue(textValue(c.email));
    q.addBindValue(textValue(c.timeZone));
    q.addBindValue(c.primary ? 1 : 0);
    q.addBindValue(idValue(contactId));
    Book::exec(q);
}

void AccountRepository::setContactActive(Id contactId, bool active)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE customer_contacts SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(idValue(contactId));
    Book::exec(q);
}

} // namespace ardesk
