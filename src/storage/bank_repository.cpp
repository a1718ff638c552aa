#include "bank_repository.h"

#include "ledger_repository.h"

#include <QSqlQuery>
#include <QVariant>

namespace ardesk {

namespace {

// An empty (never NULL) text for the NOT NULL DEFAULT '' columns.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant id(Id value)
{
    return QVariant::fromValue<qint64>(value);
}

MatchInvoice invoiceFrom(const QSqlQuery &q)
{
    MatchInvoice m;
    m.invoiceId = q.value(0).toLongLong();
    m.number = q.value(1).toString();
    m.customerId = q.value(2).toLongLong();
    m.currency = q.value(3).toString();
    m.issueDate = dayFromValue(q.value(4));
    m.dueDate = dayFromValue(q.value(5));
    m.open = q.value(6).toLongLong();
    return m;
}

const QString kInvoiceColumns = QStringLiteral(
        "SELECT i.id, i.number, i.customer_id, i.currency, s.issue_date, s.due_date, s.open_amount "
        "FROM invoices i JOIN invoice_state s ON s.invoice_id = i.id ");

} // namespace

std::optional<QByteArray> BankRepository::mapping(const QString &name)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT definition FROM bank_mappings WHERE name = ?"));
    q.addBindValue(name);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

void BankRepository::saveMapping(const QString &name, const QByteArray &definition, const QString &at)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO bank_mappings (name, definition, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(definition));
    q.addBindValue(at);
    Book::exec(q);
}

QStringList BankRepository::mappingNames()
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT name FROM bank_mappings ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

std::optional<Id> BankRepository::statementBySha256(const QString &sha256)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT id FROM bank_statements WHERE file_sha256 = ?"));
    q.addBindValue(sha256);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Id BankRepository::insertStatement(const QString &statementRef, const QString &account, const QString &sha256,
                                   const QString &at, std::optional<Id> userId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO bank_statements (statement_ref, account, file_sha256, imported_at, imported_by) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(statementRef));
    q.addBindValue(text(account));
    q.addBindValue(sha256);
    q.addBindValue(at);
    q.addBindValue(optionalId(userId));
    Book::exec(q);
    // RETURNING on both engines: QPSQL's lastInsertId() knows only OIDs.
    return q.next() ? q.value(0).toLongLong() : 0;
}

QSet<QString> BankRepository::recordedEntryRefs(const QStringList &refs)
{
    QSet<QString> found;
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT 1 FROM bank_entries WHERE entry_ref = ?"));
    for (const QString &ref : refs) {
        q.bindValue(0, ref);
        Book::exec(q);
        if (q.next())
            found.insert(ref);
        q.finish();
    }
    return found;
}

Id BankRepository::insertEntry(Id statementId, const BankEntry &entry, std::optional<Id> paymentId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO bank_entries (statement_id, entry_ref, booking_date, amount, currency, debtor_name, "
            "debtor_account, remittance, payment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(id(statementId));
    q.addBindValue(text(entry.entryRef));
    q.addBindValue(dayValue(entry.bookingDate));
    const MinorUnits signedAmount =
            entry.direction == CreditDebit::Credit ? entry.amount.minor() : -entry.amount.minor();
    q.addBindValue(QVariant::fromValue<qint64>(signedAmount));
    q.addBindValue(entry.amount.currency());
    q.addBindValue(text(entry.debtorName));
    q.addBindValue(text(entry.debtorAccount));
    q.addBindValue(text(entry.remittance));
    q.addBindValue(optionalId(paymentId));
    Book::exec(q);
    // RETURNING on both engines: QPSQL's lastInsertId() knows only OIDs.
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Id> BankRepository::customerByAccount(const QString &account)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT customer_id FROM customer_bank_accounts WHERE account = ?"));
    q.addBindValue(normalizeAccount(account));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<Id> BankRepository::customerByPreviousPayment(const QString &account)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT p.customer_id FROM bank_entries e JOIN payments p ON p.id = e.payment_id "
            "WHERE e.debtor_account = ? ORDER BY e.id DESC LIMIT 1"));
    q.addBindValue(normalizeAccount(account));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void BankRepository::setCustomerAccount(const QString &account, Id customerId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO customer_bank_accounts (account, customer_id) VALUES (?, ?) "
            "ON CONFLICT (account) DO UPDATE SET customer_id = excluded.customer_id"));
    q.addBindValue(normalizeAccount(account));
    q.addBindValue(id(customerId));
    Book::exec(q);
}

std::vector<MatchCustomer> BankRepository::customers()
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT id, code, name, currency FROM customers"));
    std::vector<MatchCustomer> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

std::vector<MatchInvoice> BankRepository::allInvoices()
{
    QSqlQuery q = m_book.exec(kInvoiceColumns);
    std::vector<MatchInvoice> out;
    while (q.next())
        out.push_back(invoiceFrom(q));
    return out;
}

std::vector<MatchInvoice> BankRepository::openItems(Id customerId, const QString &currency)
{
    // open_amount is never negative: "<> 0" is "> 0", and reads the customer's open items from
    // the partial index invoice_state_open (it was a scan of every invoice); by id, the order
    // it always had on SQLite, whatever index a plan picks.
    QSqlQuery q = m_book.prepare(kInvoiceColumns +
                                 QStringLiteral("WHERE s.customer_id = ? AND i.currency = ? AND s.open_amount <> 0 "
                                                "ORDER BY i.id"));
    q.addBindValue(id(customerId));
    q.addBindValue(currency);
    Book::exec(q);
    std::vector<MatchInvoice> out;
    while (q.next())
        out.push_back(invoiceFrom(q));
    return out;
}

std::vector<MatchInvoice> BankRepository::openItemsOfAmount(MinorUnits amount, const QString &currency, int limit)
{
    QSqlQuery q = m_book.prepare(kInvoiceColumns + QStringLiteral("WHERE s.open_amount = ? AND i.currency = ? "
                                                                  "ORDER BY s.due_date, i.id LIMIT ?"));
    q.addBindValue(QVariant::fromValue<qint64>(amount));
    q.addBindValue(currency);
    q.addBindValue(limit);
    Book::exec(q);
    std::vector<MatchInvoice> out;
    while (q.next())
        out.push_back(invoiceFrom(q));
    return out;
}

} // namespace ardesk
