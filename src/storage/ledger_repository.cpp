#include "ledger_repository.h"

#include "ar_movements.h"
#include "ledger_spans.h"
#include "kpi_movements.h"

#include "storage_error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace ardesk {

QVariant dayValue(QDate date)
{
    return QVariant::fromValue<qint64>(date.toJulianDay());
}

QDate dayFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromJulianDay(value.toLongLong());
}

QVariant optionalId(std::optional<Id> id)
{
    return id ? QVariant::fromValue<qint64>(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

Stamp Stamp::now(std::optional<Id> userId)
{
    return {userId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
}

namespace {
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QString::fromLatin1("") : value);
}
QVariant money(MinorUnits value)
{
    return QVariant::fromValue<qint64>(value);
}

const char *kCustomerColumns =
    "id, code, name, currency, terms_days, credit_limit, email, phone, timezone, country, language, notes, "
    "segment, risk_class, region, consumer, collector_id";

Customer customerFromQuery(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.currency = q.value(3).toString();
    c.termsDays = q.value(4).toInt();
    if (!q.value(5).isNull())
        c.creditLimit = q.value(5).toLongLong();
    c.email = q.value(6).toString();
    c.phone = q.value(7).toString();
    c.timeZone = q.value(8).toString();
    c.country = q.value(9).toString();
    c.language = q.value(10).toString();
    c.notes = q.value(11).toString();
    c.segment = q.value(12).toString();
    c.riskClass = q.value(13).toString();
    c.region = q.value(14).toString();
    c.consumer = q.value(15).toInt() != 0;
    if (!q.value(16).isNull())
        c.collectorId = q.value(16).toLongLong();
    return c;
}
} // namespace

LedgerRepository::LedgerRepository(Book &book) : m_book(book) {}
LedgerRepository::~LedgerRepository() = default;

PostedWriter &LedgerRepository::writer(const QString &table)
{
    auto it = m_writers.find(table);
    if (it == m_writers.end())
        it = m_writers.insert(table, std::make_shared<PostedWriter>(m_book, table));
    return **it;
}

QSqlQuery &LedgerRepository::cached(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        it = m_queries.insert(sql, std::make_shared<QSqlQuery>(m_book.prepare(sql)));
    return **it;
}

Statement &LedgerRepository::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<Statement>(m_book, sql));
    return **it;
}

// --- customers -------------------------------------------------------------------------------

std::optional<Customer> LedgerRepository::customerByCode(const QString &code)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM customers WHERE code = ?").arg(QLatin1String(kCustomerColumns)));
    q.addBindValue(code);
    Book::exec(q);
    std::optional<Customer> result;
    if (q.next())
        result = customerFromQuery(q);
    q.finish();
    return result;
}

std::optional<Customer> LedgerRepository::customerById(Id id)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(QLatin1String(kCustomerColumns)));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<Customer> result;
    if (q.next())
        result = customerFromQuery(q);
    q.finish();
    return result;
}

Id LedgerRepository::nextCustomerId()
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM customers"));
    return q.next() ? q.value(0).toLongLong() : 1;
}

Id LedgerRepository::insertCustomer(const Customer &c, const Stamp &stamp)
{
    const Id id = c.id > 0 ? c.id : nextCustomerId();
    // Through Statement with every value a placeholder: the sqlite3 C API on SQLite, and on
    // PostgreSQL a bulk import's rows go with COPY (pg_copy.h) instead of one round trip each.
    Statement &q = statement(QStringLiteral(
        "INSERT INTO customers (id, code, name, currency, terms_days, credit_limit, email, phone, timezone, country, "
        "language, notes, segment, risk_class, region, consumer, collector_id, created_at, created_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, id);
    q.bind(2, c.code);
    q.bind(3, c.name);
    q.bind(4, c.currency);
    q.bind(5, qint64{c.termsDays});
    if (c.creditLimit)
        q.bind(6, *c.creditLimit);
    else
        q.bindNull(6);
    q.bind(7, c.email);
    q.bind(8, c.phone);
    q.bind(9, c.timeZone);
    q.bind(10, c.country);
    q.bind(11, c.language);
    q.bind(12, c.notes);
    q.bind(13, c.segment);
    q.bind(14, c.riskClass);
    q.bind(15, c.region);
    q.bind(16, qint64{c.consumer ? 1 : 0});
    if (c.collectorId)
        q.bind(17, *c.collectorId);
    else
        q.bindNull(17);
    q.bind(18, stamp.at);
    if (stamp.userId)
        q.bind(19, *stamp.userId);
    else
        q.bindNull(19);
    q.bind(20, stamp.at);
    q.exec();
    balanceChanged(id, 0, 0); // its row in customer_balances
    return id;
}

void LedgerRepository::updateCustomer(const Customer &c, const Stamp &stamp)
{
    QSqlQuery &q = cached(QStringLiteral(
        "UPDATE customers SET name = ?, terms_days = ?, credit_limit = ?, email = ?, phone = ?, timezone = ?, "
        "country = ?, language = ?, notes = ?, segment = ?, risk_class = ?, region = ?, consumer = ?, "
        "collector_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(text(c.name));
    q.addBindValue(c.termsDays);
    q.addBindValue(c.creditLimit ? money(*c.creditLimit) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(c.email));
    q.addBindValue(text(c.phone));
    q.addBindValue(text(c.timeZone));
    q.addBindValue(text(c.country));
    q.addBindValue(text(c.language));
    q.addBindValue(text(c.notes));
    q.addBindValue(text(c.segment));
    q.addBindValue(text(c.riskClass));
    q.addBindValue(text(c.region));
    q.addBindValue(c.consumer ? 1 : 0);
    q.addBindValue(optionalId(c.collectorId));
    q.addBindValue(stamp.at);
    q.addBindValue(QVariant::fromValue<qint64>(c.id));
    Book::exec(q);
}

QHash<QString, CustomerKey> LedgerRepository::customerIndex()
{
    QHash<QString, CustomerKey> index;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT code, id, currency FROM customers"));
    while (q.next())
        index.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
    return index;
}

bool LedgerRepository::customerCodeExists(const QString &code)
{
    return customerByCode(code).has_value();
}

// --- lookups -----------------------------------------------------------------------------------

namespace {
Invoice invoiceFromQuery(const QSqlQuery &q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.customerId = q.value(2).toLongLong();
    i.issueDate = dayFromValue(q.value(3));
    i.dueDate = dayFromValue(q.value(4));
    i.amount = q.value(5).toLongLong();
    i.currency = q.value(6).toString();
    return i;
}
} // namespace

std::optional<Invoice> LedgerRepository::invoiceByNumber(const QString &number)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT id, number, customer_id, issue_date, due_date, amount, currency FROM invoices WHERE number = ?"));
    q.addBindValue(number);
    Book::exec(q);
    std::optional<Invoice> result;
    if (q.next())
        result = invoiceFromQuery(q);
    q.finish();
    return result;
}

std::optional<Invoice> LedgerRepository::invoiceById(Id id)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT id, number, customer_id, issue_date, due_date, amount, currency FROM invoices WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<Invoice> result;
    if (q.next())
        result = invoiceFromQuery(q);
    q.finish();
    return result;
}

std::optional<Payment> LedgerRepository::paymentById(Id id)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT id, reference, customer_id, received_date, amount, currency, method FROM payments WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<Payment> result;
    if (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.reference = q.value(1).toString();
        p.customerId = q.value(2).toLongLong();
        p.receivedDate = dayFromValue(q.value(3));
        p.amount = q.value(4).toLongLong();
        p.currency = q.value(5).toString();
        p.method = q.value(6).toString();
        result = p;
    }
    q.finish();
    return result;
}

std::optional<CreditNote> LedgerRepository::creditNoteById(Id id)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT id, number, customer_id, issue_date, amount, currency, reason FROM credit_notes WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<CreditNote> result;
    if (q.next()) {
        CreditNote n;
        n.id = q.value(0).toLongLong();
        n.number = q.value(1).toString();
        n.customerId = q.value(2).toLongLong();
        n.issueDate = dayFromValue(q.value(3));
        n.amount = q.value(4).toLongLong();
        n.currency = q.value(5).toString();
        n.reason = q.value(6).toString();
        result = n;
    }
    q.finish();
    return result;
}

namespace {
Allocation allocationFromQuery(const QSqlQuery &q)
{
    Allocation a;
    a.id = q.value(0).toLongLong();
    a.invoiceId = q.value(1).toLongLong();
    if (!q.value(2).isNull()) {
        a.source = AllocationSource::Payment;
        a.sourceId = q.value(2).toLongLong();
    } else if (!q.value(3).isNull()) {
        a.source = AllocationSource::CreditNote;
        a.sourceId = q.value(3).toLongLong();
    } else {
        a.source = AllocationSource::WriteOff;
        a.sourceId = q.value(4).toLongLong();
    }
    a.date = dayFromValue(q.value(5));
    a.amount = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        a.reversesId = q.value(7).toLongLong();
    return a;
}
const char *kAllocationColumns = "id, invoice_id, payment_id, credit_note_id, write_off_id, alloc_date, amount, reverses_id";
} // namespace

std::optional<Allocation> LedgerRepository::allocationById(Id id)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM allocations WHERE id = ?").arg(QLatin1String(kAllocationColumns)));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<Allocation> result;
    if (q.next())
        result = allocationFromQuery(q);
    q.finish();
    return result;
}

bool LedgerRepository::invoiceNumberExists(const QString &number)
{
    return invoiceByNumber(number).has_value();
}

bool LedgerRepository::creditNoteNumberExists(const QString &number)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT 1 FROM credit_notes WHERE number = ?"));
    q.addBindValue(number);
    Book::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

bool LedgerRepository::paymentReferenceExists(Id customerId, const QString &reference)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT 1 FROM payments WHERE reference = ? AND customer_id = ?"));
    q.addBindValue(reference);
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

bool LedgerRepository::isReversed(ReversalKind kind, Id targetId)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT 1 FROM reversals WHERE kind = ? AND target_id = ?"));
    q.addBindValue(static_cast<int>(kind));
    q.addBindValue(QVariant::fromValue<qint64>(targetId));
    Book::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

QHash<QString, InvoiceKey> LedgerRepository::invoiceKeys(const QStringList &numbers)
{
    QHash<QString, InvoiceKey> keys;
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT i.id, i.customer_id, i.currency, i.issue_date, s.open_amount, i.due_date FROM invoices i "
        "JOIN invoice_state s ON s.invoice_id = i.id WHERE i.number = ?"));
    for (const QString &number : numbers) {
        if (keys.contains(number))
            continue;
        q.addBindValue(number);
        Book::exec(q);
        if (q.next())
            keys.insert(number, {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                 q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
        q.finish();
    }
    return keys;
}

InvoiceKeyIndex LedgerRepository::allInvoiceKeys(qint64 expected)
{
    InvoiceKeyIndex keys;
    keys.reserve(expected);
    // The numbers and currencies as the book stores them (UTF-8): no QString per invoice.
    Statement q(m_book, QStringLiteral("SELECT i.number, i.id, i.customer_id, i.currency, i.issue_date, s.open_amount, "
                                       "i.due_date FROM invoices i JOIN invoice_state s ON s.invoice_id = i.id"));
    while (q.next())
        keys.add(q.utf8(0), q.int64(1), q.int64(2), q.utf8(3), q.int64(4), q.int64(6), q.int64(5));
    return keys;
}

qint64 LedgerRepository::invoiceCount()
{
    Statement q(m_book, QStringLiteral("SELECT COUNT(*) FROM invoices"));
    const qint64 count = q.next() ? q.int64(0) : 0;
    q.reset();
    return count;
}

QSet<QString> LedgerRepository::existingInvoiceNumbers(const QStringList &numbers)
{
    QSet<QString> found;
    QSqlQuery &q = cached(QStringLiteral("SELECT 1 FROM invoices WHERE number = ?"));
    for (const QString &number : numbers) {
        q.addBindValue(number);
        Book::exec(q);
        if (q.next())
            found.insert(number);
        q.finish();
    }
    return found;
}

std::vector<OpenItem> LedgerRepository::openItems(Id customerId)
{
    // Statement, not QSqlQuery: a payments import with --auto-apply reads every customer's
    // items once (no QVariant per value). The dates are NOT NULL.
    Statement &q = statement(QStringLiteral(
        "SELECT s.invoice_id, i.number, s.issue_date, s.due_date, s.open_amount FROM invoice_state s "
        "JOIN invoices i ON i.id = s.invoice_id WHERE s.customer_id = ? AND s.open_amount <> 0"));
    q.bind(1, customerId);
    std::vector<OpenItem> items;
    while (q.next())
        items.push_back({q.int64(0), q.text(1), QDate::fromJulianDay(q.int64(2)), QDate::fromJulianDay(q.int64(3)),
                         q.int64(4)});
    return items;
}

MinorUnits LedgerRepository::invoiceOpenNow(Id invoiceId)
{
    Statement &q = statement(QStringLiteral("SELECT open_amount FROM invoice_state WHERE invoice_id = ?"));
    q.bind(1, invoiceId);
    const MinorUnits open = q.next() ? q.int64(0) : 0;
    q.reset();
    return open;
}

MinorUnits LedgerRepository::paymentUnappliedNow(Id paymentId)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT unapplied FROM payment_state WHERE payment_id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(paymentId));
    Book::exec(q);
    const MinorUnits value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

MinorUnits LedgerRepository::creditNoteUnappliedNow(Id creditNoteId)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT unapplied FROM credit_note_state WHERE credit_note_id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(creditNoteId));
    Book::exec(q);
    const MinorUnits value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

namespace {
// Given the balance now and the signed decreases dated after `date` (ordered by date),
// the smallest balance on any date from `date` on.
MinorUnits minimumFrom(MinorUnits now, const std::vector<std::pair<qint64, MinorUnits>> &laterDecreases)
{
    // balance(t) = now + sum of decreases dated after t.
    MinorUnits suffix = 0;
    for (const auto &entry : laterDecreases)
        suffix += entry.second;
    MinorUnits minimum = now + suffix; // balance on `date` itself
    MinorUnits running = now + suffix;
    std::size_t i = 0;
    while (i < laterDecreases.size()) {
        const qint64 day = laterDecreases[i].first;
        while (i < laterDecreases.size() && laterDecreases[i].first == day) {
            running -= laterDecreases[i].second;
            ++i;
        }
        minimum = std::min(minimum, running);
    }
    return minimum;
}
} // namespace

MinorUnits LedgerRepository::invoiceAvailableFrom(Id invoiceId, QDate date)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT alloc_date, amount FROM allocations WHERE invoice_id = ? AND alloc_date > ? ORDER BY alloc_date"));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    q.addBindValue(dayValue(date));
    Book::exec(q);
    std::vector<std::pair<qint64, MinorUnits>> later;
    while (q.next())
        later.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    return minimumFrom(invoiceOpenNow(invoiceId), later);
}

MinorUnits LedgerRepository::invoiceAvailableFrom(Id invoiceId, QDate date, MinorUnits openNow)
{
    Statement &q = statement(QStringLiteral(
        "SELECT alloc_date, amount FROM allocations WHERE invoice_id = ? AND alloc_date > ? ORDER BY alloc_date"));
    q.bind(1, invoiceId);
    q.bind(2, date.toJulianDay());
    std::vector<std::pair<qint64, MinorUnits>> later;
    while (q.next())
        later.emplace_back(q.int64(0), q.int64(1));
    return minimumFrom(openNow, later);
}

MinorUnits LedgerRepository::paymentAvailableFrom(Id paymentId, QDate date)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT alloc_date, amount FROM allocations WHERE payment_id = ? AND alloc_date > ? ORDER BY alloc_date"));
    q.addBindValue(QVariant::fromValue<qint64>(paymentId));
    q.addBindValue(dayValue(date));
    Book::exec(q);
    std::vector<std::pair<qint64, MinorUnits>> later;
    while (q.next())
        later.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    return minimumFrom(paymentUnappliedNow(paymentId), later);
}

MinorUnits LedgerRepository::creditNoteAvailableFrom(Id creditNoteId, QDate date)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT alloc_date, amount FROM allocations WHERE credit_note_id = ? AND alloc_date > ? ORDER BY alloc_date"));
    q.addBindValue(QVariant::fromValue<qint64>(creditNoteId));
    q.addBindValue(dayValue(date));
    Book::exec(q);
    std::vector<std::pair<qint64, MinorUnits>> later;
    while (q.next())
        later.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    return minimumFrom(creditNoteUnappliedNow(creditNoteId), later);
}

std::optional<QDate> LedgerRepository::latestReversalAllocationDate()
{
    // Negative allocations are the reversing rows, which all point at what they reverse
    // (docs/ledger.md): the partial index allocations_reverses holds just them. The unary
    // plus keeps SQLite from walking allocations_date backwards instead (every allocation
    // of the book when there is no reversal; docs/performance.md, "Import").
    QSqlQuery q = m_book.exec(
        QStringLiteral("SELECT MAX(+alloc_date) FROM allocations WHERE reverses_id IS NOT NULL AND amount < 0"));
    if (q.next() && !q.value(0).isNull())
        return dayFromValue(q.value(0));
    return std::nullopt;
}

std::vector<Allocation> LedgerRepository::liveAllocations(AllocationSource source, Id sourceId)
{
    const QString column = source == AllocationSource::Payment      ? QStringLiteral("payment_id")
                           : source == AllocationSource::CreditNote ? QStringLiteral("credit_note_id")
                                                                    : QStringLiteral("write_off_id");
    QSqlQuery q = m_book.prepare(
        QStringLiteral("SELECT %1 FROM allocations a WHERE a.%2 = ? AND a.amount > 0 AND NOT EXISTS "
                       "(SELECT 1 FROM allocations r WHERE r.reverses_id = a.id) ORDER BY a.id")
            .arg(QLatin1String(kAllocationColumns), column));
    q.addBindValue(QVariant::fromValue<qint64>(sourceId));
    Book::exec(q);
    std::vector<Allocation> result;
    while (q.next())
        result.push_back(allocationFromQuery(q));
    return result;
}

// --- posting --------------------------------------------------------------------------------------

Id LedgerRepository::postInvoice(const Invoice &i, const Stamp &stamp, const std::vector<InstalmentPart> &parts)
{
    const Id id = writer(QStringLiteral("invoices"))
                      .insert({i.number, i.customerId, i.issueDate.toJulianDay(), i.dueDate.toJulianDay(), i.amount,
                               i.currency, i.kind.isEmpty() ? QStringLiteral("invoice") : i.kind, stamp.at,
                               stamp.userId});
    Statement &q = statement(QStringLiteral(
        "INSERT INTO invoice_state (invoice_id, customer_id, currency, issue_date, due_date, amount, open_amount) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, id);
    q.bind(2, i.customerId);
    q.bind(3, i.currency);
    q.bind(4, i.issueDate.toJulianDay());
    q.bind(5, i.dueDate.toJulianDay());
    q.bind(6, i.amount);
    q.bind(7, i.amount);
    q.exec();
    for (const InstalmentPart &part : parts) {
        Statement &ins = statement(
            QStringLiteral("INSERT INTO invoice_installments (invoice_id, seq, due_date, amount) VALUES (?, ?, ?, ?)"));
        ins.bind(1, id);
        ins.bind(2, static_cast<qint64>(part.seq));
        ins.bind(3, part.dueDate.toJulianDay());
        ins.bind(4, part.amount);
        ins.exec();
    }
    if (parts.empty())
        addMovement(0, i.currency, i.dueDate.toJulianDay(), i.issueDate.toJulianDay(), i.amount);
    for (const InstalmentPart &part : parts)
        addMovement(0, i.currency, part.dueDate.toJulianDay(), i.issueDate.toJulianDay(), part.amount);
    kpiMovements().invoicePosted(i.customerId, i.currency, i.issueDate.toJulianDay(), i.dueDate.toJulianDay(),
                                 i.amount);
    if (!parts.empty() && m_instalmentInvoices)
        m_instalmentInvoices->insert(id);
    accountFiguresChanged(i.customerId);
    balanceChanged(i.customerId, i.amount, 0);
    return id;
}

std::vector<InstalmentPart> LedgerRepository::instalments(Id invoiceId)
{
    Statement &q = statement(
        QStringLiteral("SELECT seq, due_date, amount FROM invoice_installments WHERE invoice_id = ? ORDER BY seq"));
    q.bind(1, invoiceId);
    std::vector<InstalmentPart> parts;
    while (q.next())
        parts.push_back({static_cast<int>(q.int64(0)), QDate::fromJulianDay(q.int64(1)), q.int64(2)});
    q.reset();
    return parts;
}

std::unordered_map<Id, std::vector<InstalmentPart>> LedgerRepository::allInstalments()
{
    Statement q(m_book, QStringLiteral("SELECT invoice_id, seq, due_date, amount FROM invoice_installments "
                                       "ORDER BY invoice_id, seq"));
    std::unordered_map<Id, std::vector<InstalmentPart>> result;
    while (q.next())
        result[q.int64(0)].push_back({static_cast<int>(q.int64(1)), QDate::fromJulianDay(q.int64(2)), q.int64(3)});
    return result;
}

Id LedgerRepository::postCreditNote(const CreditNote &n, const Stamp &stamp)
{
    const Id id = writer(QStringLiteral("credit_notes"))
                      .insert({n.number, n.customerId, n.issueDate.toJulianDay(), n.amount, n.currency, n.reason,
                               stamp.at, stamp.userId});
    QSqlQuery &q = cached(QStringLiteral(
        "INSERT INTO credit_note_state (credit_note_id, customer_id, currency, issue_date, amount, allocated, unapplied) "
        "VALUES (?, ?, ?, ?, ?, 0, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(n.customerId));
    q.addBindValue(n.currency);
    q.addBindValue(dayValue(n.issueDate));
    q.addBindValue(money(n.amount));
    q.addBindValue(money(n.amount));
    Book::exec(q);
    addMovement(2, n.currency, 0, n.issueDate.toJulianDay(), n.amount);
    accountFiguresChanged(n.customerId);
    balanceChanged(n.customerId, 0, n.amount);
    return id;
}

Id LedgerRepository::postPayment(const Payment &p, const Stamp &stamp, std::optional<Id> batchId,
                                  MinorUnits allocatedAlready)
{
    const Id id = writer(QStringLiteral("payments"))
                      .insert({p.reference, p.customerId, p.receivedDate.toJulianDay(), p.amount, p.currency,
                               p.method, batchId, PostedValue::null(), stamp.at, stamp.userId});
    Statement &q = statement(QStringLiteral(
        "INSERT INTO payment_state (payment_id, customer_id, currency, received_date, amount, allocated, unapplied) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, id);
    q.bind(2, p.customerId);
    q.bind(3, p.currency);
    q.bind(4, p.receivedDate.toJulianDay());
    q.bind(5, p.amount);
    q.bind(6, allocatedAlready);
    q.bind(7, p.amount - allocatedAlready);
    q.exec();
    addMovement(1, p.currency, 0, p.receivedDate.toJulianDay(), p.amount);
    m_lastPaymentId = id;
    m_lastPaymentCustomer = p.customerId;
    promiseOutcomesChanged(p.customerId);
    accountFiguresChanged(p.customerId);
    balanceChanged(p.customerId, 0, p.amount - allocatedAlready);
    return id;
}

void LedgerRepository::accountFiguresChanged(Id customerId)
{
    if (m_batchMovements) {
        // Two marks per payment of an import (its own and its allocation's), nearly always
        // the customer just marked: a bit per id, as for the promise outcomes.
        if (customerId >= 0 && customerId < kStaleBits) {
            const auto bit = static_cast<std::size_t>(customerId);
            if (bit >= m_staleFigureSeen.size())
                m_staleFigureSeen.resize(std::max<std::size_t>(bit + 1, m_staleFigureSeen.size() * 2));
            if (m_staleFigureSeen[bit])
                return;
            m_staleFigureSeen[bit] = true;
        }
        m_staleFigureCustomers.insert(customerId);
        return;
    }
    Statement &q = statement(QStringLiteral("DELETE FROM customer_figures WHERE customer_id = ?"));
    q.bind(1, customerId);
    q.exec();
}

namespace {
// One customer's change of its maintained balance (customer_balances, schema step 18).
const QString kAddBalanceSql = QStringLiteral(
    "INSERT INTO customer_balances (customer_id, open_amount, unapplied, balance) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (customer_id) DO UPDATE SET open_amount = customer_balances.open_amount + excluded.open_amount, "
    "unapplied = customer_balances.unapplied + excluded.unapplied, "
    "balance = customer_balances.balance + excluded.balance");
} // namespace

void LedgerRepository::balanceChanged(Id customerId, MinorUnits openDelta, MinorUnits unappliedDelta)
{
    if (customerId == 0)
        return;
    if (!m_batchMovements) {
        writeBalance(customerId, openDelta, unappliedDelta);
        return;
    }
    BalanceDelta *delta = nullptr;
    if (customerId > 0 && customerId < kStaleBits) {
        const auto slot = static_cast<std::size_t>(customerId);
        if (slot >= m_pendingBalances.size())
            m_pendingBalances.resize(std::max<std::size_t>(slot + 1, m_pendingBalances.size() * 2));
        delta = &m_pendingBalances[slot];
    } else {
        delta = &m_pendingFarBalances[customerId];
    }
    delta->open += openDelta;
    delta->unapplied += unappliedDelta;
    delta->touched = true;
}

void LedgerRepository::writeBalance(Id customerId, MinorUnits openDelta, MinorUnits unappliedDelta)
{
    Statement &q = statement(kAddBalanceSql);
    q.bind(1, customerId);
    q.bind(2, openDelta);
    q.bind(3, unappliedDelta);
    q.bind(4, openDelta - unappliedDelta);
    q.exec();
}

void LedgerRepository::flushBalances()
{
    // Every customer touched, in id order (the table's key order), with its summed change.
    std::vector<std::tuple<Id, MinorUnits, MinorUnits>> rows;
    std::vector<BalanceDelta> pending;
    pending.swap(m_pendingBalances);
    std::unordered_map<Id, BalanceDelta> far;
    far.swap(m_pendingFarBalances);
    for (std::size_t id = 0; id < pending.size(); ++id)
        if (pending[id].touched)
            rows.emplace_back(static_cast<Id>(id), pending[id].open, pending[id].unapplied);
    for (const auto &[id, delta] : far)
        rows.emplace_back(id, delta.open, delta.unapplied);
    std::sort(rows.begin(), rows.end());
    // Many rows to a statement (one per customer, so no row is changed twice by one
    // statement): on PostgreSQL one round trip per customer would cost seconds when an import
    // touches every customer, and the upsert cannot go with COPY.
    constexpr std::size_t kRowsPerStatement = 200;
    for (std::size_t first = 0; first < rows.size(); first += kRowsPerStatement) {
        const std::size_t count = std::min(kRowsPerStatement, rows.size() - first);
        QString sql = QStringLiteral("INSERT INTO customer_balances (customer_id, open_amount, unapplied, balance) VALUES ");
        for (std::size_t i = 0; i < count; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?)");
        sql += kAddBalanceSql.mid(kAddBalanceSql.indexOf(QStringLiteral(" ON CONFLICT")));
        Statement &q = statement(sql);
        int parameter = 1;
        for (std::size_t i = first; i < first + count; ++i) {
            const auto &[id, open, unapplied] = rows[i];
            q.bind(parameter++, id);
            q.bind(parameter++, open);
            q.bind(parameter++, unapplied);
            q.bind(parameter++, open - unapplied);
        }
        q.exec();
    }
}

void LedgerRepository::promiseOutcomesChanged(Id customerId)
{
    if (m_batchMovements) {
        if (customerId >= 0 && customerId < kStaleBits) {
            const auto bit = static_cast<std::size_t>(customerId);
            if (bit >= m_staleOutcomeSeen.size())
                m_staleOutcomeSeen.resize(std::max<std::size_t>(bit + 1, m_staleOutcomeSeen.size() * 2));
            if (m_staleOutcomeSeen[bit])
                return;
            m_staleOutcomeSeen[bit] = true;
        }
        m_staleOutcomeCustomers.insert(customerId);
        return;
    }
    Statement &q = statement(QStringLiteral("DELETE FROM promise_outcome_customers WHERE customer_id = ?"));
    q.bind(1, customerId);
    q.exec();
}

void LedgerRepository::promiseOutcomesChangedByPayment(Id paymentId)
{
    if (m_batchMovements && paymentId == m_lastPaymentId) { // an import: its payment was just posted
        promiseOutcomesChanged(m_lastPaymentCustomer);
        return;
    }
    Statement &q = statement(QStringLiteral("SELECT customer_id FROM payment_state WHERE payment_id = ?"));
    q.bind(1, paymentId);
    const Id customerId = q.next() ? q.int64(0) : 0;
    q.reset();
    if (customerId != 0)
        promiseOutcomesChanged(customerId);
}

Id LedgerRepository::postAllocation(const Allocation &a, const Stamp &stamp, const QString &reasonCode,
                                     SourceState sourceState, InvoiceState invoiceState, const AllocationKeys *known)
{
    auto sourceIf = [&](AllocationSource source) {
        return a.source == source ? std::optional<Id>(a.sourceId) : std::nullopt;
    };
    const Id id = writer(QStringLiteral("allocations"))
                      .insert({a.invoiceId, sourceIf(AllocationSource::Payment),
                               sourceIf(AllocationSource::CreditNote), sourceIf(AllocationSource::WriteOff),
                               a.date.toJulianDay(), a.amount, a.reversesId, reasonCode, stamp.at, stamp.userId});
    if (invoiceState == InvoiceState::Update) {
        Statement &inv =
            statement(QStringLiteral("UPDATE invoice_state SET open_amount = open_amount - ? WHERE invoice_id = ?"));
        inv.bind(1, a.amount);
        inv.bind(2, a.invoiceId);
        inv.exec();
    }
    const qint64 day = a.date.toJulianDay();
    QString invoiceCurrency;
    qint64 invoiceIssueDay = 0;
    qint64 invoiceDueDay = 0;
    Id invoiceCustomerId = 0;
    std::optional<qint64> paymentReceivedDay;
    Id sourceCustomerId = 0; // read below unless the caller knows the keys
    const bool fromSource = a.source == AllocationSource::Payment || a.source == AllocationSource::CreditNote;
    if (known) {
        // The caller (a bulk import) knows the invoice's and the source's keys: no look-ups.
        invoiceCurrency = known->invoiceCurrency;
        invoiceIssueDay = known->invoiceIssueDay;
        invoiceDueDay = known->invoiceDueDay;
        invoiceCustomerId = known->invoiceCustomerId;
        // An invoice split into instalment parts moves its parts' due days, not its own.
        if (!addInstalmentAllocationMovements(a.invoiceId, id, invoiceCurrency, invoiceIssueDay))
            addMovement(0, invoiceCurrency, known->invoiceDueDay, std::max(day, invoiceIssueDay), -a.amount);
        if (fromSource) {
            addMovement(a.source == AllocationSource::Payment ? 1 : 2, known->sourceCurrency, 0,
                        std::max(day, known->sourceStartDay), -a.amount);
            if (a.source == AllocationSource::Payment)
                paymentReceivedDay = known->sourceStartDay;
        }
    } else {
        Statement &key = statement(
            QStringLiteral("SELECT currency, due_date, issue_date, customer_id FROM invoice_state WHERE invoice_id = ?"));
        key.bind(1, a.invoiceId);
        if (!key.next())
            throw StorageError(QCoreApplication::translate("LedgerRepository",
                                                           "allocation to invoice %1, which has no state row")
                                   .arg(a.invoiceId));
        const QString currency = key.text(0);
        const qint64 due = key.int64(1);
        const qint64 issue = key.int64(2);
        invoiceCustomerId = key.int64(3);
        key.reset();
        if (!addInstalmentAllocationMovements(a.invoiceId, id, currency, issue))
            addMovement(0, currency, due, std::max(day, issue), -a.amount);
        invoiceCurrency = currency;
        invoiceIssueDay = issue;
        invoiceDueDay = due;
    }
    if (!known && fromSource) {
        Statement &key = statement(a.source == AllocationSource::Payment
                                       ? QStringLiteral("SELECT currency, received_date, customer_id FROM payment_state "
                                                        "WHERE payment_id = ?")
                                       : QStringLiteral("SELECT currency, issue_date, customer_id FROM credit_note_state "
                                                        "WHERE credit_note_id = ?"));
        key.bind(1, a.sourceId);
        if (!key.next())
            throw StorageError(QCoreApplication::translate("LedgerRepository",
                                                           "allocation from payment or credit note %1, which has "
                                                           "no state row")
                                   .arg(a.sourceId));
        const QString currency = key.text(0);
        const qint64 start = key.int64(1);
        sourceCustomerId = key.int64(2);
        key.reset();
        accountFiguresChanged(sourceCustomerId); // its unapplied amount
        addMovement(a.source == AllocationSource::Payment ? 1 : 2, currency, 0, std::max(day, start), -a.amount);
        if (a.source == AllocationSource::Payment)
            paymentReceivedDay = start;
    }
    if (sourceState == SourceState::Update &&
        (a.source == AllocationSource::Payment || a.source == AllocationSource::CreditNote)) {
        Statement &q = statement(
            a.source == AllocationSource::Payment
                ? QStringLiteral("UPDATE payment_state SET allocated = allocated + ?, unapplied = unapplied - ? "
                                 "WHERE payment_id = ?")
                : QStringLiteral("UPDATE credit_note_state SET allocated = allocated + ?, unapplied = unapplied - ? "
                                 "WHERE credit_note_id = ?"));
        q.bind(1, a.amount);
        q.bind(2, a.amount);
        q.bind(3, a.sourceId);
        q.exec();
    }
    if (sourceState == SourceState::Update && fromSource) {
        // The source's unapplied amount (SourceState::AlreadyCounted: postPayment counted it).
        if (sourceCustomerId == 0) {
            Statement &owner = statement(a.source == AllocationSource::Payment
                                                 ? QStringLiteral("SELECT customer_id FROM payment_state WHERE payment_id = ?")
                                                 : QStringLiteral("SELECT customer_id FROM credit_note_state "
                                                                  "WHERE credit_note_id = ?"));
            owner.bind(1, a.sourceId);
            sourceCustomerId = owner.next() ? owner.int64(0) : 0;
            owner.reset();
        }
        balanceChanged(sourceCustomerId, 0, -a.amount);
    }
    if (invoiceCustomerId == 0) {
        Statement &key = statement(QStringLiteral("SELECT customer_id, due_date FROM invoice_state WHERE invoice_id = ?"));
        key.bind(1, a.invoiceId);
        if (key.next()) {
            invoiceCustomerId = key.int64(0);
            invoiceDueDay = key.int64(1);
        }
        key.reset();
    }
    kpiMovements().allocationPosted(a, invoiceCustomerId, invoiceCurrency, invoiceIssueDay, invoiceDueDay,
                                    paymentReceivedDay);
    ledgerSpans().allocationPosted(a, a.source == AllocationSource::Payment ? paymentReceivedDay : std::nullopt);
    accountFiguresChanged(invoiceCustomerId);
    // The invoice's open amount (InvoiceState::Deferred too: setInvoiceOpenAmounts writes the
    // same amount, what the caller kept of it).
    balanceChanged(invoiceCustomerId, -a.amount, 0);
    if (a.source == AllocationSource::Payment)
        promiseOutcomesChangedByPayment(a.sourceId);
    return id;
}

void LedgerRepository::setInvoiceOpenAmounts(const std::vector<std::pair<Id, MinorUnits>> &openByInvoice)
{
    if (openByInvoice.empty())
        return;
    Statement &q = statement(QStringLiteral("UPDATE invoice_state SET open_amount = ? WHERE invoice_id = ?"));
    // A bulk import on SQLite that changes a good share of the invoices: the indexes keyed
    // by (or filtered on) open_amount are made again once after the UPDATEs instead of being
    // kept up row by row (three random B-tree changes per invoice were a seventh of a
    // payments import at a million invoices; docs/performance.md). The UPDATEs go by
    // primary key and use none of them; same transaction, so a failure rolls the drop back.
    SqliteBulkBuffer::IndexList dropped;
    if (SqliteBulkBuffer *bulk = m_book.sqliteBulk()) {
        bulk->flush();
        Statement held(m_book, QStringLiteral("SELECT COALESCE(MAX(invoice_id), 0) FROM invoice_state"));
        const qint64 rows = held.next() ? held.int64(0) : 0;
        held.reset();
        if (static_cast<qint64>(openByInvoice.size()) * 4 >= rows)
            dropped = bulk->dropIndexesMentioning(QStringLiteral("invoice_state"), QStringLiteral("open_amount"));
    }
    for (const auto &[invoiceId, open] : openByInvoice) {
        q.bind(1, open);
        q.bind(2, invoiceId);
        q.exec();
    }
    if (!dropped.empty())
        m_book.sqliteBulk()->makeIndexes(dropped);
}

Id LedgerRepository::postReversal(const Reversal &r, const Stamp &stamp)
{
    return writer(QStringLiteral("reversals"))
        .insert({static_cast<int>(r.kind), r.targetId, r.date.toJulianDay(), r.reason, stamp.at, stamp.userId});
}

Id LedgerRepository::postWriteOff(Id invoiceId, QDate date, MinorUnits amount, const QString &reason,
                                  std::optional<Id> requestedBy, std::optional<Id> approvedBy, const Stamp &stamp)
{
    return writer(QStringLiteral("write_offs"))
        .insert({invoiceId, date.toJulianDay(), amount, reason, requestedBy, approvedBy, stamp.at, stamp.userId});
}

namespace {
// A batch that touched more customers than this marks every customer's figures stale at once.
constexpr std::size_t kManyStaleFigureCustomers = 5000;
// One row of the AR movement aggregate, added to the row already there (ar_movements.h).
const QString kAddMovementSql = QStringLiteral(
    "INSERT INTO ar_movements (grain, kind, currency, due_day, move_day, amount) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (grain, move_day, kind, currency, due_day) DO UPDATE SET amount = ar_movements.amount + "
    "excluded.amount");
} // namespace

void LedgerRepository::addMovement(int kind, const QString &currency, qint64 dueDay, qint64 moveDay,
                                   MinorUnits amount)
{
    if (amount == 0)
        return;
    if (m_batchMovements) {
        for (int grain = 0; grain < 2; ++grain)
            m_pendingMovements[{dueDay, grain == 0 ? moveDay : movementBlockStart(moveDay), grain, kind, currency}] +=
                amount;
        return;
    }
    Statement &q = statement(kAddMovementSql);
    for (int grain = 0; grain < 2; ++grain) {
        q.bind(1, grain);
        q.bind(2, kind);
        q.bind(3, currency);
        q.bind(4, dueDay);
        q.bind(5, grain == 0 ? moveDay : movementBlockStart(moveDay));
        q.bind(6, amount);
        q.exec();
    }
}

bool LedgerRepository::addInstalmentAllocationMovements(Id invoiceId, Id allocationId, const QString &currency,
                                                         qint64 issueDay)
{
    if (m_batchMovements) {
        if (!m_instalmentInvoices) {
            m_instalmentInvoices.emplace();
            Statement q(m_book, QStringLiteral("SELECT DISTINCT invoice_id FROM invoice_installments"));
            while (q.next())
                m_instalmentInvoices->insert(q.int64(0));
        }
        if (!m_instalmentInvoices->contains(invoiceId))
            return false;
    }
    const std::vector<InstalmentPart> parts = instalments(invoiceId);
    if (parts.empty())
        return false;
    // The invoice's rows with and without this allocation; the difference is what it moves
    // (usually only its own day, but a back-dated one can change how later ones fill).
    std::vector<std::pair<qint64, qint64>> slices;
    for (const InstalmentPart &part : parts)
        slices.emplace_back(part.dueDate.toJulianDay(), part.amount);
    std::map<qint64, qint64> without;
    std::map<qint64, qint64> with;
    Statement &q = statement(QStringLiteral("SELECT id, alloc_date, amount FROM allocations WHERE invoice_id = ?"));
    q.bind(1, invoiceId);
    while (q.next()) {
        const qint64 day = std::max(q.int64(1), issueDay);
        with[day] += q.int64(2);
        if (q.int64(0) != allocationId)
            without[day] += q.int64(2);
    }
    InstalmentRows rows = instalmentMovements(issueDay, slices, with);
    for (const auto &[key, amount] : instalmentMovements(issueDay, slices, without))
        rows[key] -= amount;
    for (const auto &[key, amount] : rows)
        addMovement(0, currency, key.first, key.second, amount);
    return true;
}

std::size_t LedgerRepository::PendingMovementHash::operator()(const PendingMovementKey &key) const noexcept
{
    std::size_t h = qHash(key.currency);
    for (const qint64 part : {key.dueDay, key.moveDay, qint64{key.grain} * 8 + key.kind})
        h = (h ^ static_cast<std::size_t>(part)) * 0x9E3779B97F4A7C15ull + (h >> 29);
    return h;
}

void LedgerRepository::beginMovementBatch()
{
    m_batchMovements = true;
    kpiMovements().beginBatch();
    ledgerSpans().beginBatch();
}

LedgerSpanWriter &LedgerRepository::ledgerSpans()
{
    if (!m_ledgerSpans)
        m_ledgerSpans = std::make_unique<LedgerSpanWriter>(m_book);
    return *m_ledgerSpans;
}

KpiMovementWriter &LedgerRepository::kpiMovements()
{
    if (!m_kpiMovements)
        m_kpiMovements = std::make_unique<KpiMovementWriter>(m_book);
    return *m_kpiMovements;
}

void LedgerRepository::flushMovements()
{
    kpiMovements().flush();
    ledgerSpans().flush();
    m_batchMovements = false;
    flushBalances();
    {
        std::vector<Id> stale(m_staleOutcomeCustomers.begin(), m_staleOutcomeCustomers.end());
        m_staleOutcomeCustomers.clear();
        m_staleOutcomeSeen.clear();
        std::sort(stale.begin(), stale.end());
        for (const Id customerId : stale)
            promiseOutcomesChanged(customerId);
    }
    {
        std::vector<Id> stale(m_staleFigureCustomers.begin(), m_staleFigureCustomers.end());
        m_staleFigureCustomers.clear();
        m_staleFigureSeen.clear();
        std::sort(stale.begin(), stale.end());
        if (stale.size() > kManyStaleFigureCustomers) {
            Statement all(m_book, QStringLiteral("DELETE FROM customer_figures"));
            all.exec();
        } else {
            for (const Id customerId : stale)
                accountFiguresChanged(customerId);
        }
    }
    m_instalmentInvoices.reset();
    // In the table's key order (grain, move_day, kind, currency, due_day): the upserts then
    // walk the B-tree forwards.
    std::unordered_map<PendingMovementKey, MinorUnits, PendingMovementHash> rows;
    rows.swap(m_pendingMovements);
    std::vector<std::pair<const PendingMovementKey *, MinorUnits>> pending;
    pending.reserve(rows.size());
    for (const auto &[key, amount] : rows)
        if (amount != 0)
            pending.emplace_back(&key, amount);
    std::sort(pending.begin(), pending.end(), [](const auto &a, const auto &b) {
        const PendingMovementKey &x = *a.first;
        const PendingMovementKey &y = *b.first;
        if (x.grain != y.grain)
            return x.grain < y.grain;
        if (x.moveDay != y.moveDay)
            return x.moveDay < y.moveDay;
        if (x.kind != y.kind)
            return x.kind < y.kind;
        if (const int c = x.currency.compare(y.currency); c != 0)
            return c < 0;
        return x.dueDay < y.dueDay;
    });
    Statement &q = statement(kAddMovementSql);
    for (const auto &[key, amount] : pending) {
        q.bind(1, qint64{key->grain});
        q.bind(2, qint64{key->kind});
        q.bind(3, key->currency);
        q.bind(4, key->dueDay);
        q.bind(5, key->moveDay);
        q.bind(6, amount);
        q.exec();
    }
}

// From the reversal day R' = max(R, start) on, the source counts zero: take back what was
// left on R', and every allocation dated after R' on its own day (ar_movements.h).
void LedgerRepository::addSourceReversalMovements(ReversalKind kind, Id targetId, QDate date)
{
    const bool payment = kind == ReversalKind::Payment;
    const QString table = payment ? QStringLiteral("payment_state") : QStringLiteral("credit_note_state");
    const QString idColumn = payment ? QStringLiteral("payment_id") : QStringLiteral("credit_note_id");
    const QString startColumn = payment ? QStringLiteral("received_date") : QStringLiteral("issue_date");
    QSqlQuery s = m_book.prepare(
        QStringLiteral("SELECT currency, %1, amount FROM %2 WHERE %3 = ?").arg(startColumn, table, idColumn));
    s.addBindValue(QVariant::fromValue<qint64>(targetId));
    Book::exec(s);
    if (!s.next())
        return;
    const QString currency = s.value(0).toString();
    const qint64 start = s.value(1).toLongLong();
    const MinorUnits amount = s.value(2).toLongLong();
    const qint64 reversal = std::max<qint64>(date.toJulianDay(), start);
    const int movementKind = payment ? 1 : 2;
    QSqlQuery a = m_book.prepare(
        QStringLiteral("SELECT alloc_date, SUM(amount) FROM allocations WHERE %1 = ? GROUP BY alloc_date").arg(idColumn));
    a.addBindValue(QVariant::fromValue<qint64>(targetId));
    Book::exec(a);
    MinorUnits upToReversal = 0;
    while (a.next()) {
        const qint64 day = std::max<qint64>(a.value(0).toLongLong(), start);
        const MinorUnits allocated = a.value(1).toLongLong();
        if (day <= reversal)
            upToReversal += allocated;
        else
            addMovement(movementKind, currency, 0, day, allocated);
    }
    addMovement(movementKind, currency, 0, reversal, -(amount - upToReversal));
}

void LedgerRepository::markSourceReversed(ReversalKind kind, Id targetId, QDate date)
{
    if (kind == ReversalKind::Payment || kind == ReversalKind::CreditNote) {
        addSourceReversalMovements(kind, targetId, date);
        Statement &owner = statement(kind == ReversalKind::Payment
                                             ? QStringLiteral("SELECT customer_id, unapplied FROM payment_state "
                                                              "WHERE payment_id = ?")
                                             : QStringLiteral("SELECT customer_id, unapplied FROM credit_note_state "
                                                              "WHERE credit_note_id = ?"));
        owner.bind(1, targetId);
        Id customerId = 0;
        MinorUnits unapplied = 0;
        if (owner.next()) {
            customerId = owner.int64(0);
            unapplied = owner.int64(1);
        }
        owner.reset();
        if (customerId != 0) {
            accountFiguresChanged(customerId);
            balanceChanged(customerId, 0, -unapplied); // set to zero below
        }
    }
    if (kind == ReversalKind::Payment) {
        promiseOutcomesChangedByPayment(targetId);
        QSqlQuery &q = cached(QStringLiteral(
            "UPDATE payment_state SET unapplied = 0, reversed_date = ? WHERE payment_id = ?"));
        q.addBindValue(dayValue(date));
        q.addBindValue(QVariant::fromValue<qint64>(targetId));
        Book::exec(q);
    } else if (kind == ReversalKind::CreditNote) {
        QSqlQuery &q = cached(QStringLiteral(
            "UPDATE credit_note_state SET unapplied = 0, reversed_date = ? WHERE credit_note_id = ?"));
        q.addBindValue(dayValue(date));
        q.addBindValue(QVariant::fromValue<qint64>(targetId));
        Book::exec(q);
    }
}

} // namespace ardesk
