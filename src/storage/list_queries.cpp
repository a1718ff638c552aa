#include "list_queries.h"

#include "ledger_repository.h"

#include "domain/instalment_terms.h"

#include <QSqlQuery>
#include <QVariantList>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <unordered_map>

namespace ardesk {

namespace {

// SQL text and its positional parameters, built side by side so the two never drift
// apart. Only fixed text from this file goes into `text`; all user input is bound.
struct SqlText final
{
    QString text;
    QVariantList binds;

    SqlText &operator<<(QStringView fragment)
    {
        text += fragment;
        return *this;
    }
    SqlText &bind(const QVariant &value)
    {
        binds.append(value);
        return *this;
    }
    SqlText &append(const SqlText &other)
    {
        text += other.text;
        binds += other.binds;
        return *this;
    }
};

QSqlQuery run(Book &book, const SqlText &statement)
{
    if (const auto logger = spdlog::get("ardesk.storage"); logger && logger->should_log(spdlog::level::trace))
        logger->trace("list query: {}", statement.text.toStdString());
    QString text = statement.text;
    // A case-insensitive match: SQLite's LIKE ignores ASCII case by itself (and its lower()
    // folds nothing more), so lower() there would only cost a call per row (a third of a
    // type-ahead keystroke on 50,000 customers); PostgreSQL's LIKE needs lower() on both sides.
    text.replace(QStringLiteral("{LOWER}"),
                 book.dialect().engine() == Engine::SQLite ? QString() : QStringLiteral("lower"));
    QSqlQuery query = book.prepare(text);
    for (const QVariant &value : statement.binds)
        query.addBindValue(value);
    Book::exec(query);
    return query;
}

QString direction(SortDirection direction)
{
    // NULLs first going up and last going down on both engines (SQLite's default; PostgreSQL
    // would put them the other way round).
    return direction == SortDirection::Ascending ? QStringLiteral(" ASC NULLS FIRST")
                                                 : QStringLiteral(" DESC NULLS LAST");
}

SortDirection reversed(SortDirection direction)
{
    return direction == SortDirection::Ascending ? SortDirection::Descending : SortDirection::Ascending;
}

// The smallest string greater than every string starting with `prefix`, when it can be
// made by raising the last character (binary collation: SQLite's default and what the
// unique indexes on code/number/reference use).
std::optional<QString> prefixUpperBound(const QString &prefix)
{
    if (prefix.isEmpty())
        return std::nullopt;
    const char16_t last = prefix.back().unicode();
    if (QChar::isSurrogate(last) || last == 0xFFFF)
        return std::nullopt;
    char16_t next = static_cast<char16_t>(last + 1);
    if (next == 0xD800)
        next = 0xE000; // skip the surrogate block: UTF-8 orders by code point
    QString bound = prefix;
    bound.back() = QChar(next);
    return bound;
}

// `column` starts with `prefix`, written as a range so the column's index serves it.
// (A PostgreSQL book with a non-C collation needs LIKE 'p%' with text_pattern_ops here.)
SqlText prefixTerm(const QString &column, const QString &prefix)
{
    SqlText term;
    if (const auto bound = prefixUpperBound(prefix)) {
        term << u"(" << column << u" >= ? AND " << column << u" < ?)";
        term.bind(prefix).bind(*bound);
    } else {
        term << u"substr(" << column << u", 1, ?) = ?";
        term.bind(QVariant::fromValue<qint64>(prefix.size())).bind(prefix);
    }
    return term;
}

// The prefix as typed, and upper-cased when that differs ("inv-1" finds "INV-1042").
SqlText codePrefixTerms(const QString &column, const QString &search)
{
    SqlText terms = prefixTerm(column, search);
    const QString upper = search.toUpper();
    if (upper != search) {
        terms << u" OR ";
        terms.append(prefixTerm(column, upper));
    }
    return terms;
}

QString likeContaining(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// Customer `alias` matches the search: code prefix or part of the name.
SqlText customerSearchTerm(const QString &alias, const QString &search)
{
    SqlText term;
    term << u"(";
    term.append(codePrefixTerms(alias + QStringLiteral(".code"), search));
    // lower() on both sides on PostgreSQL ({LOWER}, see run()); SQLite's LIKE ignores ASCII case.
    term << u" OR {LOWER}(" << alias << u".name) LIKE {LOWER}(?) ESCAPE '\\')";
    term.bind(likeContaining(search));
    return term;
}

// `numberColumn` starts with the search or the customer (by `customerColumn`) matches it.
SqlText documentSearchTerm(const QString &numberColumn, const QString &customerColumn, const QString &search)
{
    SqlText term;
    term << u"(";
    term.append(codePrefixTerms(numberColumn, search));
    term << u" OR " << customerColumn << u" IN (SELECT m.id FROM customers m WHERE ";
    term.append(customerSearchTerm(QStringLiteral("m"), search));
    term << u"))";
    return term;
}

QVariant int64(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}

SqlText limitClause(RowWindow window)
{
    SqlText clause;
    clause << u" LIMIT ? OFFSET ?";
    clause.bind(int64(std::max<qint64>(window.limit, 0))).bind(int64(std::max<qint64>(window.offset, 0)));
    return clause;
}

enum class Nulls { Never, Possible };

// Which rows after a key a read takes: all of them in one statement, or in two (the rest of
// the key's own group of equal values by id, then the values beyond it; see readAfterKey()).
enum class SeekPart { Whole, SameValue, Beyond };

// ` AND` the rows that come after `key` in the order of (`expression`, `idColumn`) going
// `direction` (NULLs first going up, last going down, as direction() orders them): the keyset
// seek. Each part is a range of the sort column's index (ending with the row's id), so a page
// costs the same however deep it is; Whole bounds the range by the value and filters the
// tie-break by id (a walk through the key's group of equal values). Only a column that can be
// NULL gets the NULL terms (they would keep SQLite from walking a range).
SqlText seekTerm(const QString &expression, const QString &idColumn, SortDirection direction, const ListKey &key,
                 Nulls nulls, SeekPart part)
{
    SqlText term;
    const bool up = direction == SortDirection::Ascending;
    const QString beyond = up ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QVariant id = QVariant::fromValue<qint64>(key.id);
    if (key.value.isNull()) {
        // Among the NULLs: up, the NULLs with a greater id and then every value; down (NULLs
        // last), the NULLs with a smaller id only. (Always read whole.)
        term << u" AND ((" << expression << u" IS NULL AND " << idColumn << beyond << u"?)";
        term.bind(id);
        if (up)
            term << u" OR " << expression << u" IS NOT NULL";
        term << u")";
        return term;
    }
    switch (part) {
    case SeekPart::SameValue:
        term << u" AND " << expression << u" = ? AND " << idColumn << beyond << u"?";
        term.bind(key.value).bind(id);
        return term;
    case SeekPart::Beyond:
        term << u" AND (" << expression << beyond << u"?";
        term.bind(key.value);
        break;
    case SeekPart::Whole:
        term << u" AND ((" << expression << (up ? u" >= ?" : u" <= ?") << u" AND (" << expression << beyond << u"? OR "
             << idColumn << beyond << u"?))";
        term.bind(key.value).bind(key.value).bind(id);
        break;
    }
    if (!up && nulls == Nulls::Possible)
        term << u" OR " << expression << u" IS NULL";
    term << u")";
    return term;
}

SqlText seekTerm(const RowWindow &window, SeekPart part, const QString &expression, const QString &idColumn,
                 SortDirection direction, Nulls nulls = Nulls::Never)
{
    return window.after ? seekTerm(expression, idColumn, direction, *window.after, nulls, part) : SqlText{};
}

// A read after a key in two statements when that is cheaper: the rest of the key's group of
// equal values (a range of the index: value = v and id beyond), then the values beyond it (a
// range too). In one statement SQLite would walk the whole group from its start to find the
// id: tens of milliseconds where a million rows share a value (open amount 0 among all the
// invoices, a payment method). With an offset (a jump, rare), a NULL key, or a list that is
// sorted whole for every page anyway (the few payments with unapplied cash): one statement.
enum class Split { IfCheaper, Never };

template<typename Row, typename Read>
std::vector<Row> readAfterKey(const RowWindow &window, Read read, Split split = Split::IfCheaper)
{
    if (!window.after || window.offset != 0 || window.after->value.isNull() || split == Split::Never)
        return read(window, SeekPart::Whole);
    std::vector<Row> rows = read(window, SeekPart::SameValue);
    if (static_cast<qint64>(rows.size()) < window.limit) {
        RowWindow rest = window;
        rest.limit = window.limit - static_cast<qint64>(rows.size());
        std::vector<Row> more = read(rest, SeekPart::Beyond);
        rows.insert(rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return rows;
}

// The key (sort value, id) of the row at `position` of `from` (fixed text: tables and a WHERE)
// ordered by `expression`, `idColumn` going `direction`.
std::optional<ListKey> keyAtPosition(Book &book, const QString &expression, const QString &idColumn,
                                     const QString &from, SortDirection direction, qint64 position,
                                     Nulls nulls = Nulls::Possible);

// --- customers -------------------------------------------------------------------------

SqlText customerWhere(const CustomerListFilter &filter)
{
    SqlText where;
    where << u" WHERE 1 = 1";
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        where << u" AND ";
        where.append(customerSearchTerm(QStringLiteral("c"), search));
    }
    if (filter.collectorId) {
        where << u" AND c.collector_id = ?";
        where.bind(int64(*filter.collectorId));
    }
    if (!filter.currency.isEmpty()) {
        where << u" AND c.currency = ?";
        where.bind(filter.currency);
    }
    if (filter.onHoldOnly)
        where << u" AND c.on_hold <> 0";
    if (!filter.ids.empty()) {
        where << u" AND c.id IN (";
        const std::size_t count = std::min(filter.ids.size(), kMaxCustomerIdsInFilter);
        for (std::size_t i = 0; i < count; ++i) {
            where << (i == 0 ? u"?" : u", ?");
            where.bind(int64(filter.ids[i]));
        }
        where << u")";
    }
    return where;
}

// Sorted by a maintained amount (customer_balances, schema step 18): the page is read from
// that table's index on the column, by keyset like any indexed list.
bool sortsOnStoredAmount(CustomerSortColumn column)
{
    return column == CustomerSortColumn::Balance || column == CustomerSortColumn::Unapplied;
}

// The overdue total (overdue totals o, instalment correction f; overdueTotals).
const QString kOverdueExpression = QStringLiteral("COALESCE(o.overdue_sum, 0) + COALESCE(f.overdue_fix, 0)");

// Column text of the customer sorts in the final select (page r with the stored amounts,
// overdue totals o, f).
QString customerSortExpression(CustomerSortColumn column)
{
    switch (column) {
    case CustomerSortColumn::Code:
        return QStringLiteral("r.code");
    case CustomerSortColumn::Name:
        return QStringLiteral("r.name");
    case CustomerSortColumn::Currency:
        return QStringLiteral("r.currency");
    case CustomerSortColumn::Balance:
        return QStringLiteral("r.balance");
    case CustomerSortColumn::Overdue:
        return kOverdueExpression;
    case CustomerSortColumn::Unapplied:
        return QStringLiteral("r.unapplied");
    case CustomerSortColumn::CreditLimit:
        return QStringLiteral("r.credit_limit");
    case CustomerSortColumn::Collector:
        return QStringLiteral("r.collector");
    }
    return QStringLiteral("r.code");
}

// The same columns inside the page's own select (customers c, users u, customer_balances b).
QString customerPageSortExpression(CustomerSortColumn column)
{
    switch (column) {
    case CustomerSortColumn::Name:
        return QStringLiteral("c.name");
    case CustomerSortColumn::Currency:
        return QStringLiteral("c.currency");
    case CustomerSortColumn::CreditLimit:
        return QStringLiteral("c.credit_limit");
    case CustomerSortColumn::Collector:
        return QStringLiteral("u.login");
    case CustomerSortColumn::Balance:
        return QStringLiteral("b.balance");
    case CustomerSortColumn::Unapplied:
        return QStringLiteral("b.unapplied");
    default:
        return QStringLiteral("c.code");
    }
}

// Whether any invoice has instalment parts (one index probe).
bool bookHasInstalments(Book &book)
{
    SqlText sql;
    sql << u"SELECT 1 FROM invoice_installments LIMIT 1";
    QSqlQuery query = run(book, sql);
    return query.next();
}

// Overdue amounts per customer from the open invoices due before the date (the partial
// indexes on invoice_state). `customers` restricts them to a set of ids (a page); empty: all
// customers. (The open amount and the unapplied cash and credits now are the maintained
// customer_balances row.)
//
// An invoice with instalment parts is overdue by its parts due before the date
// (docs/credit-policy.md "Instalment terms"): what was applied fills the earliest part first,
// so its open amount sits on the latest parts, and the parts not yet due (due on or after the
// date: the latest ones, due dates rising with seq) hold min(open, their amounts); the rest,
// max(0, open - amount of the parts not yet due), is overdue. This is openInstalmentParts'
// reading added over the parts due before the date. `part_totals` is the correction to the
// invoice's-own-due-date sum for such invoices only: it reads invoice_installments (one row per
// part, none for the invoices without parts): one index probe per open invoice of the
// customers read.
SqlText overdueTotals(QDate asOf, const QString &customers, bool withParts)
{
    const QString restrict =
            customers.isEmpty() ? QString() : QStringLiteral(" AND customer_id IN (%1)").arg(customers);
    SqlText totals;
    totals << u"overdue_totals AS (SELECT customer_id, SUM(open_amount) AS overdue_sum "
              u"FROM invoice_state WHERE open_amount <> 0 AND due_date < ?"
           << restrict << u" GROUP BY customer_id), ";
    totals.bind(dayValue(asOf));
    if (withParts) {
        totals << u"part_open AS (SELECT s.customer_id, s.open_amount, s.due_date, "
                  u"(SELECT COALESCE(SUM(ip.amount), 0) FROM invoice_installments ip WHERE ip.invoice_id = s.invoice_id "
                  u"AND ip.due_date >= ?) AS not_due FROM invoice_state s WHERE s.open_amount <> 0"
               << (customers.isEmpty() ? QString() : QStringLiteral(" AND s.customer_id IN (%1)").arg(customers))
               << u" AND EXISTS (SELECT 1 FROM invoice_installments ie WHERE ie.invoice_id = s.invoice_id)), ";
        totals.bind(dayValue(asOf));
    } else {
        totals << u"part_open AS (SELECT customer_id, open_amount, due_date, 0 AS not_due FROM invoice_state "
                  u"WHERE 1 = 0), ";
    }
    totals << u"part_totals AS (SELECT customer_id, "
              u"SUM(CASE WHEN open_amount > not_due THEN open_amount - not_due ELSE 0 END "
              u"- CASE WHEN due_date < ? THEN open_amount ELSE 0 END) AS overdue_fix "
              u"FROM part_open GROUP BY customer_id)";
    totals.bind(dayValue(asOf));
    return totals;
}

const QString kTotalsJoins = QStringLiteral(" LEFT JOIN overdue_totals o ON o.customer_id = r.id"
                                            " LEFT JOIN part_totals f ON f.customer_id = r.id");

const QString kTotalsColumns =
        QStringLiteral("r.open_amount, ") + kOverdueExpression + QStringLiteral(", r.unapplied");

// The page's columns with the customer's stored amounts (customers c, users u, customer_balances b).
const QString kPageColumns = QStringLiteral("c.id, c.code, c.name, c.currency, c.credit_limit, u.login AS collector, "
                                            "COALESCE(b.open_amount, 0) AS open_amount, "
                                            "COALESCE(b.unapplied, 0) AS unapplied, COALESCE(b.balance, 0) AS balance");

CustomerListRow customerRow(const QSqlQuery &q)
{
    CustomerListRow row;
    row.id = q.value(0).toLongLong();
    row.code = q.value(1).toString();
    row.name = q.value(2).toString();
    row.currency = q.value(3).toString();
    if (!q.value(4).isNull())
        row.creditLimit = q.value(4).toLongLong();
    row.collectorLogin = q.value(5).toString();
    row.open = q.value(6).toLongLong();
    row.overdue = q.value(7).toLongLong();
    row.unapplied = q.value(8).toLongLong();
    row.sortKey = q.value(9);
    return row;
}

// --- invoices --------------------------------------------------------------------------

// The due date an invoice with instalment parts is shown with (InvoiceListQuery::rows, from
// openInstalmentParts): its oldest part still open, the open amount now filling the earliest
// part first, so part k is open when the open amount is above the parts after it; a paid
// invoice shows its last part. (Due dates rise with seq: the earliest open part has the
// smallest due date.)
const QString kShownPartDue = QStringLiteral(
        "COALESCE((SELECT MIN(p.due_date) FROM invoice_installments p WHERE p.invoice_id = s.invoice_id "
        "AND s.open_amount > (SELECT COALESCE(SUM(q.amount), 0) FROM invoice_installments q "
        "WHERE q.invoice_id = p.invoice_id AND q.seq > p.seq)), "
        "(SELECT MAX(p.due_date) FROM invoice_installments p WHERE p.invoice_id = s.invoice_id))");

QString invoiceSortExpression(InvoiceSortColumn column)
{
    switch (column) {
    case InvoiceSortColumn::Number:
        return QStringLiteral("i.number");
    case InvoiceSortColumn::CustomerCode:
        return QStringLiteral("c.code");
    case InvoiceSortColumn::CustomerName:
        return QStringLiteral("c.name");
    case InvoiceSortColumn::IssueDate:
        return QStringLiteral("i.issue_date");
    case InvoiceSortColumn::DueDate:
    case InvoiceSortColumn::DaysPastDue:
        return QStringLiteral("s.due_date");
    case InvoiceSortColumn::Amount:
        return QStringLiteral("s.amount");
    case InvoiceSortColumn::Open:
        return QStringLiteral("s.open_amount");
    }
    return QStringLiteral("s.due_date");
}

// The open items by issue date: the state's copy of the invoice's issue date (the same value),
// so the page is read from the open invoices' own index (schema step 21, ending with the id)
// instead of walking every invoice by its issue date.
bool openByIssueDate(const InvoiceListFilter &filter, InvoiceSortColumn column)
{
    return column == InvoiceSortColumn::IssueDate && filter.status == InvoiceStatusFilter::Open;
}

QString openInvoiceSortExpression(const InvoiceListFilter &filter, InvoiceSortColumn column)
{
    return openByIssueDate(filter, column) ? QStringLiteral("s.issue_date") : invoiceSortExpression(column);
}

SqlText invoiceWhere(const InvoiceListFilter &filter)
{
    SqlText where;
    where << u" WHERE 1 = 1";
    if (filter.status == InvoiceStatusFilter::Open)
        where << u" AND s.open_amount <> 0";
    if (filter.customerId) {
        // Open items of a customer come from the partial index on the state; all of
        // them from the invoices' own (customer_id, due_date) index.
        where << (filter.status == InvoiceStatusFilter::Open ? u" AND s.customer_id = ?" : u" AND i.customer_id = ?");
        where.bind(int64(*filter.customerId));
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // Both alternatives on `invoices` so SQLite can serve the OR from two indexes.
        where << u" AND ";
        where.append(documentSearchTerm(QStringLiteral("i.number"), QStringLiteral("i.customer_id"), search));
    }
    if (!filter.currency.isEmpty()) {
        where << u" AND s.currency = ?";
        where.bind(filter.currency);
    }
    auto dayBound = [&](QDate date, const char16_t *condition) {
        if (date.isValid()) {
            where << condition;
            where.bind(dayValue(date));
        }
    };
    if (filter.duePartsInRange && (filter.dueFrom.isValid() || filter.dueTo.isValid())) {
        // Without parts by the invoice's due date; with parts when an open part is due in
        // the range (part k is open while the invoice's open amount exceeds the parts after
        // it: what was applied fills the earliest part first). Each alternative can use its
        // own index.
        auto range = [&](const char16_t *column) {
            SqlText text;
            if (filter.dueFrom.isValid()) {
                text << u" AND " << column << u" >= ?";
                text.bind(dayValue(filter.dueFrom));
            }
            if (filter.dueTo.isValid()) {
                text << u" AND " << column << u" <= ?";
                text.bind(dayValue(filter.dueTo));
            }
            return text;
        };
        where << u" AND ((1 = 1";
        where.append(range(u"s.due_date"));
        where << u" AND NOT EXISTS (SELECT 1 FROM invoice_installments np WHERE np.invoice_id = s.invoice_id)) "
                 u"OR s.invoice_id IN (SELECT ip.invoice_id FROM invoice_installments ip "
                 u"JOIN invoice_state ps ON ps.invoice_id = ip.invoice_id WHERE ps.open_amount > (SELECT "
                 u"COALESCE(SUM(ia.amount), 0) FROM invoice_installments ia WHERE ia.invoice_id = ip.invoice_id "
                 u"AND ia.seq > ip.seq)";
        where.append(range(u"ip.due_date"));
        where << u"))";
    } else {
        dayBound(filter.dueFrom, u" AND s.due_date >= ?");
        dayBound(filter.dueTo, u" AND s.due_date <= ?");
    }
    dayBound(filter.issuedFrom, u" AND s.issue_date >= ?");
    dayBound(filter.issuedTo, u" AND s.issue_date <= ?");
    if (filter.collectorLogin) {
        where << u" AND s.customer_id IN (SELECT cc.id FROM customers cc LEFT JOIN users cu ON cu.id = cc.collector_id "
                 u"WHERE COALESCE(cu.login, '') = ?)";
        // "" (customers without a collector) even when the string is null: a null QString binds as NULL.
        where.bind(filter.collectorLogin->isNull() ? QStringLiteral("") : *filter.collectorLogin);
    }
    if (filter.riskClass) {
        where << u" AND s.customer_id IN (SELECT cr.id FROM customers cr WHERE cr.risk_class = ?)";
        where.bind(filter.riskClass->isNull() ? QStringLiteral("") : *filter.riskClass);
    }
    if (filter.withOpenDispute) {
        where << u" AND EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = s.invoice_id AND d.status = 'open'";
        if (!filter.disputeReason.isEmpty()) {
            where << u" AND d.reason = ?";
            where.bind(filter.disputeReason);
        }
        where << u")";
    }
    return where;
}

// --- payments --------------------------------------------------------------------------

QString paymentSortExpression(PaymentSortColumn column)
{
    switch (column) {
    case PaymentSortColumn::ReceivedDate:
        return QStringLiteral("p.received_date");
    case PaymentSortColumn::Reference:
        return QStringLiteral("p.reference");
    case PaymentSortColumn::CustomerCode:
        return QStringLiteral("c.code");
    case PaymentSortColumn::CustomerName:
        return QStringLiteral("c.name");
    case PaymentSortColumn::Amount:
        return QStringLiteral("s.amount");
    case PaymentSortColumn::Unapplied:
        return QStringLiteral("s.unapplied");
    case PaymentSortColumn::Method:
        return QStringLiteral("p.method");
    case PaymentSortColumn::Status:
        return QStringLiteral("CASE WHEN s.reversed_date IS NOT NULL THEN 2 WHEN s.unapplied <> 0 THEN 1 ELSE 0 END");
    }
    return QStringLiteral("p.received_date");
}

SqlText paymentWhere(const PaymentListFilter &filter)
{
    SqlText where;
    where << u" WHERE 1 = 1";
    if (filter.status == PaymentStatusFilter::WithUnapplied)
        where << u" AND s.unapplied <> 0";
    if (filter.customerId) {
        where << u" AND p.customer_id = ?";
        where.bind(int64(*filter.customerId));
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        where << u" AND ";
        where.append(documentSearchTerm(QStringLiteral("p.reference"), QStringLiteral("p.customer_id"), search));
    }
    if (!filter.currency.isEmpty()) {
        where << u" AND s.currency = ?";
        where.bind(filter.currency);
    }
    if (filter.receivedFrom.isValid()) {
        where << u" AND s.received_date >= ?";
        where.bind(dayValue(filter.receivedFrom));
    }
    if (filter.receivedTo.isValid()) {
        where << u" AND s.received_date <= ?";
        where.bind(dayValue(filter.receivedTo));
    }
    if (filter.notReversedBy.isValid()) {
        where << u" AND (s.reversed_date IS NULL OR s.reversed_date > ?)";
        where.bind(dayValue(filter.notReversedBy));
    }
    return where;
}

// Filters that leave most rows in: the list sorted by customer reads the customers in
// order and their documents by index. (A search, a date range or a drill-down's group
// keeps the usual plan: few rows, found by their own indexes, then sorted.)
bool plainInvoiceFilter(const InvoiceListFilter &filter)
{
    return filter.search.trimmed().isEmpty() && !filter.dueFrom.isValid() && !filter.dueTo.isValid()
            && !filter.issuedFrom.isValid() && !filter.issuedTo.isValid() && !filter.collectorLogin
            && !filter.riskClass && !filter.withOpenDispute;
}

bool plainPaymentFilter(const PaymentListFilter &filter)
{
    return filter.search.trimmed().isEmpty() && !filter.receivedFrom.isValid() && !filter.receivedTo.isValid()
            && !filter.notReversedBy.isValid();
}

qint64 single(Book &book, const SqlText &statement)
{
    QSqlQuery query = run(book, statement);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

// --- customers -------------------------------------------------------------------------

namespace {
std::vector<CustomerListRow> readCustomerRows(Book &book, const SqlText &sql)
{
    QSqlQuery query = run(book, sql);
    std::vector<CustomerListRow> rows;
    while (query.next())
        rows.push_back(customerRow(query));
    return rows;
}

// The Customers list by collector, read in the order of a nested loop the planner consumes as
// it goes: the users by login (the unique index on login) outside, each one's customers by id
// (customers_collector, ending with the id) inside, so a page is 200 index steps instead of
// sorting every customer. The customers without a collector (login NULL: first going up, last
// going down, by id) are a segment of their own (customers_collector's NULL entries). A window
// is read from the segments in the list's order, the offset carried over from one to the next.
struct CollectorSegment
{
    bool withCollector = true; // the users' customers; false: the customers without a collector
    SqlText terms;             // " AND ..." after the filter: the part of the segment read
};

std::vector<CollectorSegment> collectorSegments(const CustomerListSort &sort, const std::optional<ListKey> &after)
{
    const bool up = sort.direction == SortDirection::Ascending;
    const QString beyond = up ? QStringLiteral(" > ") : QStringLiteral(" < ");
    std::vector<CollectorSegment> segments;
    auto add = [&](bool withCollector, SqlText terms = {}) { segments.push_back({withCollector, std::move(terms)}); };
    if (!after) {
        add(!up);
        add(up);
        return segments;
    }
    const QVariant id = int64(after->id);
    if (after->value.isNull()) {
        // Among the customers without a collector: the rest of them; going up, then everyone else.
        SqlText rest;
        rest << u" AND c.id" << beyond << u"?";
        rest.bind(id);
        add(false, std::move(rest));
        if (up)
            add(true);
        return segments;
    }
    // The rest of the key's collector by id, the logins beyond it; going down, then the NULLs.
    SqlText same;
    same << u" AND u.login = ? AND c.id" << beyond << u"?";
    same.bind(after->value).bind(id);
    add(true, std::move(same));
    SqlText later;
    later << u" AND u.login" << beyond << u"?";
    later.bind(after->value);
    add(true, std::move(later));
    if (!up)
        add(false);
    return segments;
}

SqlText collectorSegmentFrom(const CustomerListFilter &filter, const CollectorSegment &segment)
{
    SqlText from;
    if (segment.withCollector)
        from << u" FROM users u JOIN customers c ON c.collector_id = u.id";
    else
        from << u" FROM customers c LEFT JOIN users u ON u.id = c.collector_id";
    from << u" LEFT JOIN customer_balances b ON b.customer_id = c.id";
    from.append(customerWhere(filter));
    from << (segment.withCollector ? u"" : u" AND c.collector_id IS NULL");
    from.append(segment.terms);
    return from;
}

std::vector<CustomerListRow> customerRowsByCollector(Book &book, const CustomerListFilter &filter,
                                                     const CustomerListSort &sort, QDate asOf, const RowWindow &window,
                                                     bool withParts)
{
    const QString order = sort.direction == SortDirection::Ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    std::vector<CustomerListRow> rows;
    qint64 offset = std::max<qint64>(window.offset, 0);
    const qint64 limit = std::max<qint64>(window.limit, 0);
    for (const CollectorSegment &segment : collectorSegments(sort, window.after)) {
        const qint64 wanted = limit - static_cast<qint64>(rows.size());
        if (wanted <= 0)
            break;
        SqlText sql;
        sql << u"WITH r AS (SELECT " << kPageColumns;
        sql.append(collectorSegmentFrom(filter, segment));
        sql << u" ORDER BY " << (segment.withCollector ? QStringLiteral("u.login") + order + QStringLiteral(", ") : QString())
            << u"c.id" << order;
        sql.append(limitClause(RowWindow{offset, wanted}));
        sql << u"), ";
        sql.append(overdueTotals(asOf, QStringLiteral("SELECT id FROM r"), withParts));
        sql << u" SELECT r.id, r.code, r.name, r.currency, r.credit_limit, r.collector, " << kTotalsColumns
            << u", r.collector FROM r" << kTotalsJoins << u" ORDER BY r.collector" << direction(sort.direction)
            << u", r.id" << order;
        std::vector<CustomerListRow> more = readCustomerRows(book, sql);
        if (offset > 0) {
            if (more.empty()) {
                // The whole segment was skipped: how many rows it had comes off the offset.
                SqlText count;
                count << u"SELECT COUNT(*)";
                count.append(collectorSegmentFrom(filter, segment));
                offset = std::max<qint64>(0, offset - single(book, count));
                continue;
            }
            offset = 0;
        }
        rows.insert(rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return rows;
}

// The held order by Overdue (CustomerOverdueOrder): the filter's customers and their overdue
// amounts, summed in two reads (the overdue totals of every customer with an amount overdue,
// then the filter's customer ids) and sorted here by (overdue, id).
std::vector<std::pair<MinorUnits, Id>> sumOverdueOrder(Book &book, const CustomerListFilter &filter, QDate asOf)
{
    std::unordered_map<Id, MinorUnits> overdue;
    {
        SqlText sql;
        sql << u"WITH ";
        sql.append(overdueTotals(asOf, {}, bookHasInstalments(book)));
        sql << u" SELECT customer_id, overdue_sum FROM overdue_totals"
               u" UNION ALL SELECT customer_id, overdue_fix FROM part_totals";
        QSqlQuery query = run(book, sql);
        while (query.next())
            overdue[query.value(0).toLongLong()] += query.value(1).toLongLong();
    }
    std::vector<std::pair<MinorUnits, Id>> rows;
    SqlText sql;
    sql << u"SELECT c.id FROM customers c";
    sql.append(customerWhere(filter));
    QSqlQuery query = run(book, sql);
    while (query.next()) {
        const Id id = query.value(0).toLongLong();
        const auto found = overdue.find(id);
        rows.emplace_back(found == overdue.end() ? 0 : found->second, id);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The window of a held ascending order in the list's order (`direction`): indexes into `rows`.
std::vector<std::size_t> heldWindow(const std::vector<std::pair<MinorUnits, Id>> &rows, SortDirection direction,
                                    const RowWindow &window)
{
    const bool up = direction == SortDirection::Ascending;
    const auto n = static_cast<qint64>(rows.size());
    // The first index (going up) or one past it (going down) of the rows after the key.
    qint64 start = up ? 0 : n;
    if (window.after) {
        if (window.after->value.isNull()) {
            start = 0; // NULLs first going up (all rows after), last going down (none); never held
        } else {
            const std::pair<MinorUnits, Id> key{window.after->value.toLongLong(), window.after->id};
            start = up ? std::upper_bound(rows.begin(), rows.end(), key) - rows.begin()
                       : std::lower_bound(rows.begin(), rows.end(), key) - rows.begin();
        }
    }
    const qint64 offset = std::max<qint64>(window.offset, 0);
    const qint64 limit = std::max<qint64>(window.limit, 0);
    std::vector<std::size_t> indexes;
    if (up) {
        for (qint64 i = start + offset; i < n && static_cast<qint64>(indexes.size()) < limit; ++i)
            indexes.push_back(static_cast<std::size_t>(i));
    } else {
        for (qint64 i = start - 1 - offset; i >= 0 && static_cast<qint64>(indexes.size()) < limit; --i)
            indexes.push_back(static_cast<std::size_t>(i));
    }
    return indexes;
}

std::vector<CustomerListRow> customerRows(Book &book, const CustomerListFilter &filter, const CustomerListSort &sort,
                                          QDate asOf, const RowWindow &window, SeekPart part)
{
    const QString order = direction(sort.direction);
    const bool withParts = bookHasInstalments(book);
    if (sort.column == CustomerSortColumn::Collector)
        return customerRowsByCollector(book, filter, sort, asOf, window, withParts);
    SqlText sql;
    if (sort.column == CustomerSortColumn::Overdue) {
        // Overdue depends on the date: every customer's overdue total is summed (one GROUP BY
        // over the open invoices due before the date), then the page. One statement: a seek
        // in two would sum them twice.
        sql << u"WITH ";
        sql.append(overdueTotals(asOf, {}, withParts));
        sql << u", r AS (SELECT " << kPageColumns
            << u" FROM customers c LEFT JOIN customer_balances b ON b.customer_id = c.id "
               u"LEFT JOIN users u ON u.id = c.collector_id";
        sql.append(customerWhere(filter));
        sql << u") SELECT r.id, r.code, r.name, r.currency, r.credit_limit, r.collector, " << kTotalsColumns << u", "
            << kOverdueExpression << u" FROM r" << kTotalsJoins << u" WHERE 1 = 1";
        sql.append(seekTerm(window, part, kOverdueExpression, QStringLiteral("r.id"), sort.direction));
        sql << u" ORDER BY " << kOverdueExpression << order << u", r.id" << order;
        sql.append(limitClause(window));
    } else {
        // The page first (by an index on code or name, or on the stored balance or unapplied
        // amount), then the overdue totals of its customers only.
        const bool stored = sortsOnStoredAmount(sort.column);
        // The stored amounts are never NULL: plain ASC / DESC, the order of their indexes on
        // both engines (PostgreSQL's NULLS FIRST going up would not be).
        const QString pageDirection = stored ? (sort.direction == SortDirection::Ascending ? QStringLiteral(" ASC")
                                                                                          : QStringLiteral(" DESC"))
                                             : order;
        const QString idColumn = stored ? QStringLiteral("b.customer_id") : QStringLiteral("c.id");
        const QString pageOrder =
                customerPageSortExpression(sort.column) + pageDirection + QStringLiteral(", ") + idColumn + pageDirection;
        const Nulls nulls = sort.column == CustomerSortColumn::CreditLimit || sort.column == CustomerSortColumn::Collector
                ? Nulls::Possible
                : Nulls::Never;
        const SqlText seek =
                seekTerm(window, part, customerPageSortExpression(sort.column), idColumn, sort.direction, nulls);
        if (sort.column == CustomerSortColumn::Code && !filter.search.trimmed().isEmpty()) {
            // A search in code order (the type-ahead): the page's ids alone first, so the
            // filter reads the narrow (code, name) index customers_code_name in code order
            // instead of every customer's whole row when few match; then the page's rows.
            // (code is unique: ordering by it alone is the same total order.)
            sql << u"WITH page AS (SELECT c.id FROM customers c";
            sql.append(customerWhere(filter));
            sql.append(seek);
            sql << u" ORDER BY c.code" << order;
            sql.append(limitClause(window));
            sql << u"), r AS (SELECT " << kPageColumns
                << u" FROM page JOIN customers c ON c.id = page.id LEFT JOIN customer_balances b ON b.customer_id = c.id "
                   u"LEFT JOIN users u ON u.id = c.collector_id), ";
        } else if (stored) {
            // Every customer has its row in customer_balances (from its insertion on): the
            // page in the order of the index on the amount, ending with the customer's id.
            sql << u"WITH r AS (SELECT " << kPageColumns
                << u" FROM customer_balances b JOIN customers c ON c.id = b.customer_id "
                   u"LEFT JOIN users u ON u.id = c.collector_id";
            sql.append(customerWhere(filter));
            sql.append(seek);
            sql << u" ORDER BY " << pageOrder;
            sql.append(limitClause(window));
            sql << u"), ";
        } else {
            sql << u"WITH r AS (SELECT " << kPageColumns
                << u" FROM customers c LEFT JOIN users u ON u.id = c.collector_id "
                   u"LEFT JOIN customer_balances b ON b.customer_id = c.id";
            sql.append(customerWhere(filter));
            sql.append(seek);
            sql << u" ORDER BY " << pageOrder;
            sql.append(limitClause(window));
            sql << u"), ";
        }
        sql.append(overdueTotals(asOf, QStringLiteral("SELECT id FROM r"), withParts));
        const QString finalDirection = stored ? pageDirection : order;
        sql << u" SELECT r.id, r.code, r.name, r.currency, r.credit_limit, r.collector, " << kTotalsColumns << u", "
            << customerSortExpression(sort.column) << u" FROM r" << kTotalsJoins << u" ORDER BY "
            << customerSortExpression(sort.column) << finalDirection << u", r.id" << finalDirection;
    }
    QSqlQuery query = run(book, sql);
    std::vector<CustomerListRow> rows;
    rows.reserve(static_cast<std::size_t>(std::clamp<qint64>(window.limit, 0, 1000)));
    while (query.next())
        rows.push_back(customerRow(query));
    return rows;
}
} // namespace

const std::vector<std::pair<MinorUnits, Id>> &CustomerListQuery::heldOverdueOrder(const CustomerListFilter &filter,
                                                                                 QDate asOf)
{
    const qint64 serial = m_book.changeSerial();
    if (m_held->book != &m_book || m_held->serial != serial || m_held->asOf != asOf || !(m_held->filter == filter)) {
        m_held->rows = sumOverdueOrder(m_book, filter, asOf);
        m_held->book = &m_book;
        m_held->serial = serial;
        m_held->asOf = asOf;
        m_held->filter = filter;
        ++m_held->builds;
    }
    return m_held->rows;
}

std::vector<CustomerListRow> CustomerListQuery::rows(const CustomerListFilter &filter, const CustomerListSort &sort,
                                                     QDate asOf, RowWindow window)
{
    if (sort.column == CustomerSortColumn::Overdue && m_held) {
        // The page's ids from the held order, then those rows alone (by id), put in its order.
        const auto &order = heldOverdueOrder(filter, asOf);
        const std::vector<std::size_t> indexes = heldWindow(order, sort.direction, window);
        if (indexes.empty())
            return {};
        CustomerListFilter page;
        for (const std::size_t index : indexes)
            page.ids.push_back(order[index].second);
        std::vector<CustomerListRow> read;
        for (std::size_t from = 0; from < page.ids.size(); from += kMaxCustomerIdsInFilter) {
            CustomerListFilter part;
            part.ids.assign(page.ids.begin() + static_cast<std::ptrdiff_t>(from),
                            page.ids.begin()
                                    + static_cast<std::ptrdiff_t>(std::min(page.ids.size(), from + kMaxCustomerIdsInFilter)));
            std::vector<CustomerListRow> rows = customerRows(m_book, part, {CustomerSortColumn::Code, SortDirection::Ascending},
                                                             asOf, RowWindow{0, static_cast<qint64>(part.ids.size())},
                                                             SeekPart::Whole);
            read.insert(read.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
        }
        std::unordered_map<Id, std::size_t> at;
        for (std::size_t i = 0; i < read.size(); ++i)
            at.emplace(read[i].id, i);
        std::vector<CustomerListRow> rows;
        rows.reserve(indexes.size());
        for (const std::size_t index : indexes) {
            const auto found = at.find(order[index].second);
            if (found == at.end())
                continue; // removed since (the serial would have changed: not expected)
            CustomerListRow row = std::move(read[found->second]);
            row.sortKey = QVariant::fromValue<qint64>(order[index].first);
            rows.push_back(std::move(row));
        }
        return rows;
    }
    return readAfterKey<CustomerListRow>(
            window,
            [&](const RowWindow &part, SeekPart seek) { return customerRows(m_book, filter, sort, asOf, part, seek); },
            // By collector the window is read in segments of its own (customerRowsByCollector).
            sort.column == CustomerSortColumn::Overdue || sort.column == CustomerSortColumn::Collector ? Split::Never
                                                                                                       : Split::IfCheaper);
}

qint64 CustomerListQuery::count(const CustomerListFilter &filter)
{
    SqlText sql;
    sql << u"SELECT COUNT(*) FROM customers c";
    sql.append(customerWhere(filter));
    return single(m_book, sql);
}

// --- invoices --------------------------------------------------------------------------

namespace {
std::vector<InvoiceListRow> invoiceRows(Book &book, const InvoiceListFilter &filter, const InvoiceListSort &sort,
                                        QDate asOf, const RowWindow &window, SeekPart part)
{
    // Days past due grow as the due date falls back: sorting by them is sorting by the
    // due date the other way round.
    const SortDirection sortDirection =
            sort.column == InvoiceSortColumn::DaysPastDue ? reversed(sort.direction) : sort.direction;
    const QString order = direction(sortDirection);
    SqlText sql;
    if ((sort.column == InvoiceSortColumn::DueDate || sort.column == InvoiceSortColumn::DaysPastDue)
        && bookHasInstalments(book)) {
        // By the due date the row shows: an invoice with parts sorts by its oldest open part's
        // (the last part's when paid), the others by their own. Two ordered branches, merged:
        // the invoices without parts in the index order of their own due date (the first
        // offset + limit of them, as before), and those with parts (read from
        // invoice_installments: only they are sorted by the computed date, so a page costs
        // in proportion to the open invoices with parts). A book without parts runs the one
        // indexed query below.
        const qint64 enough = std::max<qint64>(window.offset, 0) + std::max<qint64>(window.limit, 0);
        // The branches pick ids and sort dates only; the page's rows are joined afterwards.
        const QString from = QStringLiteral(" FROM invoice_state s JOIN invoices i ON i.id = s.invoice_id");
        sql << u"SELECT i.id, i.number, s.customer_id, c.code, c.name, i.issue_date, s.due_date, s.amount, "
               u"s.open_amount, s.currency, merged.sort_due FROM (SELECT * FROM (SELECT i.id AS id, s.due_date AS sort_due"
            << from;
        sql.append(invoiceWhere(filter));
        sql << u" AND NOT EXISTS (SELECT 1 FROM invoice_installments ip WHERE ip.invoice_id = s.invoice_id)";
        sql.append(seekTerm(window, part, QStringLiteral("s.due_date"), QStringLiteral("i.id"), sortDirection));
        sql << u" ORDER BY s.due_date" << order << u", i.id" << order << u" LIMIT ?) AS own UNION ALL "
            << u"SELECT * FROM (SELECT i.id AS id, " << kShownPartDue << u" AS sort_due" << from;
        sql.bind(int64(enough));
        sql.append(invoiceWhere(filter));
        sql << u" AND EXISTS (SELECT 1 FROM invoice_installments ip WHERE ip.invoice_id = s.invoice_id)";
        sql.append(seekTerm(window, part, kShownPartDue, QStringLiteral("i.id"), sortDirection));
        sql << u" ORDER BY sort_due" << order << u", i.id" << order << u" LIMIT ?) AS parted) AS merged"
            << u" JOIN invoice_state s ON s.invoice_id = merged.id JOIN invoices i ON i.id = merged.id"
            << u" JOIN customers c ON c.id = s.customer_id"
            << u" ORDER BY merged.sort_due" << order << u", merged.id" << order;
        sql.bind(int64(enough));
    } else {
        // Every sort column has an index that ends with the row's id (schema steps 3, 12 and
        // the lists' step): the page is read in index order, ties by the id of the same table
        // (s.invoice_id is i.id), and never the whole table sorted (docs/performance.md
        // "Scrolling the lists").
        const bool byCustomer =
                sort.column == InvoiceSortColumn::CustomerCode || sort.column == InvoiceSortColumn::CustomerName;
        const bool onState = sort.column == InvoiceSortColumn::DueDate || sort.column == InvoiceSortColumn::DaysPastDue
                || sort.column == InvoiceSortColumn::Amount || sort.column == InvoiceSortColumn::Open
                || openByIssueDate(filter, sort.column);
        const QString sortExpression = openInvoiceSortExpression(filter, sort.column);
        sql << u"SELECT i.id, i.number, s.customer_id, c.code, c.name, i.issue_date, s.due_date, s.amount, "
               u"s.open_amount, s.currency, "
            << sortExpression;
        if (byCustomer && plainInvoiceFilter(filter)) {
            // By the customer's code or name: the customers in that index's order, each one's
            // invoices from invoices_customer, sorted by id within the customers of one code or
            // name (SQLite sorts each group only: CROSS JOIN keeps this loop order).
            sql << u" FROM customers c CROSS JOIN invoices i JOIN invoice_state s ON s.invoice_id = i.id";
            sql.append(invoiceWhere(filter));
            sql << u" AND i.customer_id = c.id";
        } else {
            sql << u" FROM invoice_state s JOIN invoices i ON i.id = s.invoice_id JOIN customers c ON c.id = s.customer_id";
            sql.append(invoiceWhere(filter));
        }
        if (sort.column == InvoiceSortColumn::Open && filter.status == InvoiceStatusFilter::Open)
            sql << u" AND s.open_amount > 0"; // the same rows (open_amount >= 0): a range of the index
        sql.append(seekTerm(window, part, sortExpression,
                            onState ? QStringLiteral("s.invoice_id") : QStringLiteral("i.id"), sortDirection));
        sql << u" ORDER BY " << sortExpression << order << (onState ? u", s.invoice_id" : u", i.id") << order;
    }
    sql.append(limitClause(window));

    QSqlQuery query = run(book, sql);
    std::vector<InvoiceListRow> rows;
    rows.reserve(static_cast<std::size_t>(std::clamp<qint64>(window.limit, 0, 1000)));
    while (query.next()) {
        InvoiceListRow row;
        row.id = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.customerId = query.value(2).toLongLong();
        row.customerCode = query.value(3).toString();
        row.customerName = query.value(4).toString();
        row.issueDate = dayFromValue(query.value(5));
        row.dueDate = dayFromValue(query.value(6));
        row.invoiceDueDate = row.dueDate;
        row.amount = query.value(7).toLongLong();
        row.open = query.value(8).toLongLong();
        row.currency = query.value(9).toString();
        row.sortKey = query.value(10);
        rows.push_back(std::move(row));
    }
    query.finish();
    // An invoice with instalment parts is due by its oldest open part (the page's rows only,
    // one indexed lookup each).
    LedgerRepository ledger(book);
    for (InvoiceListRow &row : rows) {
        const std::vector<InstalmentPart> parts = ledger.instalments(row.id);
        if (!parts.empty()) {
            const std::vector<OpenInstalmentPart> open = openInstalmentParts(parts, row.open);
            const auto oldest =
                    std::find_if(open.begin(), open.end(), [](const OpenInstalmentPart &p) { return p.open != 0; });
            const OpenInstalmentPart &shown = oldest != open.end() ? *oldest : open.back(); // paid: the last part
            row.dueDate = shown.dueDate;
            row.partSeq = shown.seq;
            row.partCount = static_cast<int>(parts.size());
            if (filter.duePartsInRange && (filter.dueFrom.isValid() || filter.dueTo.isValid())) {
                // Only the open parts due in the range: their open amount, the oldest's date.
                MinorUnits inRange = 0;
                bool first = true;
                for (const OpenInstalmentPart &part : open) {
                    if (part.open == 0 || (filter.dueFrom.isValid() && part.dueDate < filter.dueFrom)
                        || (filter.dueTo.isValid() && part.dueDate > filter.dueTo))
                        continue;
                    inRange += part.open;
                    if (std::exchange(first, false)) {
                        row.dueDate = part.dueDate;
                        row.partSeq = part.seq;
                    }
                }
                row.open = inRange;
            }
        }
        row.daysPastDue = asOf.isValid() && row.dueDate.isValid() ? row.dueDate.daysTo(asOf) : 0;
    }
    return rows;
}
} // namespace

std::vector<InvoiceListRow> InvoiceListQuery::rows(const InvoiceListFilter &filter, const InvoiceListSort &sort,
                                                   QDate asOf, RowWindow window)
{
    return readAfterKey<InvoiceListRow>(window, [&](const RowWindow &part, SeekPart seek) {
        return invoiceRows(m_book, filter, sort, asOf, part, seek);
    });
}

qint64 InvoiceListQuery::count(const InvoiceListFilter &filter)
{
    SqlText sql;
    // The posted table only when the filter needs it: counting the state alone is cheaper.
    const bool needsInvoices =
            !filter.search.trimmed().isEmpty() || (filter.customerId && filter.status == InvoiceStatusFilter::All);
    sql << u"SELECT COUNT(*) FROM invoice_state s"
        << (needsInvoices ? u" JOIN invoices i ON i.id = s.invoice_id" : u"");
    sql.append(invoiceWhere(filter));
    return single(m_book, sql);
}

// --- payments --------------------------------------------------------------------------

namespace {
std::vector<PaymentListRow> readPaymentRows(QSqlQuery query, RowWindow window)
{
    std::vector<PaymentListRow> rows;
    rows.reserve(static_cast<std::size_t>(std::clamp<qint64>(window.limit, 0, 1000)));
    while (query.next()) {
        PaymentListRow row;
        row.id = query.value(0).toLongLong();
        row.reference = query.value(1).toString();
        row.customerId = query.value(2).toLongLong();
        row.customerCode = query.value(3).toString();
        row.customerName = query.value(4).toString();
        row.receivedDate = dayFromValue(query.value(5));
        row.amount = query.value(6).toLongLong();
        row.unapplied = query.value(7).toLongLong();
        row.currency = query.value(8).toString();
        row.method = query.value(9).toString();
        row.reversed = !query.value(10).isNull();
        row.reversedDate = dayFromValue(query.value(10));
        row.sortKey = query.value(11);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

namespace {
std::vector<PaymentListRow> paymentRows(Book &book, const PaymentListFilter &filter, const PaymentListSort &sort,
                                        const RowWindow &window, SeekPart part)
{
    const QString order = direction(sort.direction);
    SqlText sql;
    // As the invoices: each sort column's index ends with the row's id, the tie-break
    // (s.payment_id is p.id).
    const bool byCustomer =
            sort.column == PaymentSortColumn::CustomerCode || sort.column == PaymentSortColumn::CustomerName;
    const bool onState = sort.column == PaymentSortColumn::Amount || sort.column == PaymentSortColumn::Unapplied
            || sort.column == PaymentSortColumn::Status;
    // With unapplied cash: a few thousand of a million rows, read from their partial index
    // (payment_state_unapplied) and then sorted, whatever the column; walking a sort
    // column's index instead would pass over every payment to fill a page deep down.
    const bool fewRows = filter.status == PaymentStatusFilter::WithUnapplied;
    QString sortExpression = paymentSortExpression(sort.column);
    if (fewRows && sort.column == PaymentSortColumn::Amount)
        sortExpression = QStringLiteral("(s.amount + 0)"); // the same order, not by payment_state_amount
    sql << u"SELECT p.id, p.reference, s.customer_id, c.code, c.name, p.received_date, s.amount, s.unapplied, "
           u"s.currency, p.method, s.reversed_date, ";
    if (!fewRows && sort.column == PaymentSortColumn::Status && plainPaymentFilter(filter)) {
        // By status (0 applied, 1 with unapplied cash, 2 reversed), ties by id: three ordered
        // branches, each the first offset + limit of its rows by id (the applied ones in the
        // table's own order, the others from their partial indexes), merged.
        const qint64 enough = std::max<qint64>(window.offset, 0) + std::max<qint64>(window.limit, 0);
        const char16_t *branches[] = {u" AND s.reversed_date IS NULL AND s.unapplied = 0",
                                      u" AND s.reversed_date IS NULL AND s.unapplied <> 0",
                                      u" AND s.reversed_date IS NOT NULL"};
        sql << u"merged.status FROM (";
        const bool up = sort.direction == SortDirection::Ascending;
        for (int status = 0; status < 3; ++status) {
            sql << (status == 0 ? u"" : u" UNION ALL ") << u"SELECT * FROM (SELECT s.payment_id AS id, " << QString::number(status)
                << u" AS status FROM payment_state s JOIN payments p ON p.id = s.payment_id";
            sql.append(paymentWhere(filter));
            sql << branches[status];
            if (window.after) {
                // The seek by (status, id): a branch past the key's status whole, the key's own
                // from its id on, one before it not at all.
                const qint64 keyStatus = window.after->value.toLongLong();
                if (status == keyStatus && part != SeekPart::Beyond) {
                    sql << (up ? u" AND s.payment_id > ?" : u" AND s.payment_id < ?");
                    sql.bind(int64(window.after->id));
                } else if (status == keyStatus || (status < keyStatus) == up || part == SeekPart::SameValue) {
                    sql << u" AND 1 = 0";
                }
            }
            sql << u" ORDER BY s.payment_id" << order << u" LIMIT ?) AS branch" << QString::number(status);
            sql.bind(int64(enough));
        }
        sql << u") AS merged JOIN payment_state s ON s.payment_id = merged.id JOIN payments p ON p.id = merged.id"
               u" JOIN customers c ON c.id = s.customer_id ORDER BY merged.status"
            << order << u", merged.id" << order;
        sql.append(limitClause(window));
        return readPaymentRows(run(book, sql), window);
    }
    if (fewRows) {
        // Two steps: the page's keys (sort value, id) from the few rows, read narrow (the partial
        // index, each row's state, and the one table the sort column is in, if another), sorted;
        // then the page's 200 rows joined. Sorting every row with all its columns and joins cost
        // 20-30 ms of CPU a page on the 1m book; the keys alone 1-6 ms (docs/performance.md
        // "Issue 8, session 11"). The received date is the state's copy (the same value), so the
        // payments are looked up only to sort by reference or method or for a search.
        const bool onPayments = sort.column == PaymentSortColumn::Reference || sort.column == PaymentSortColumn::Method
                || !filter.search.trimmed().isEmpty() || filter.customerId.has_value();
        const bool onCustomers = byCustomer;
        if (sort.column == PaymentSortColumn::ReceivedDate)
            sortExpression = QStringLiteral("s.received_date");
        sql << u"k.sort_key FROM (SELECT " << sortExpression << u" AS sort_key, s.payment_id AS id FROM payment_state s"
            << (onPayments ? u" CROSS JOIN payments p" : u"") << (onCustomers ? u" CROSS JOIN customers c" : u"");
        sql.append(paymentWhere(filter));
        if (onPayments)
            sql << u" AND p.id = s.payment_id";
        if (onCustomers)
            sql << u" AND c.id = s.customer_id";
        if (sort.column == PaymentSortColumn::Unapplied)
            sql << u" AND s.unapplied > 0"; // the same rows (unapplied >= 0): a range of the index
        sql.append(seekTerm(window, part, sortExpression, QStringLiteral("s.payment_id"), sort.direction));
        sql << u" ORDER BY " << sortExpression << order << u", s.payment_id" << order;
        sql.append(limitClause(window));
        sql << u") AS k JOIN payment_state s ON s.payment_id = k.id JOIN payments p ON p.id = k.id"
               u" JOIN customers c ON c.id = s.customer_id ORDER BY k.sort_key"
            << order << u", k.id" << order;
        return readPaymentRows(run(book, sql), window);
    }
    sql << sortExpression;
    if (byCustomer && plainPaymentFilter(filter)) {
        sql << u" FROM customers c CROSS JOIN payments p JOIN payment_state s ON s.payment_id = p.id";
        sql.append(paymentWhere(filter));
        sql << u" AND p.customer_id = c.id";
    } else {
        sql << u" FROM payment_state s JOIN payments p ON p.id = s.payment_id JOIN customers c ON c.id = s.customer_id";
        sql.append(paymentWhere(filter));
    }
    sql.append(seekTerm(window, part, sortExpression, onState ? QStringLiteral("s.payment_id") : QStringLiteral("p.id"),
                        sort.direction));
    sql << u" ORDER BY " << sortExpression << order << (onState ? u", s.payment_id" : u", p.id") << order;
    sql.append(limitClause(window));
    return readPaymentRows(run(book, sql), window);
}
} // namespace

std::vector<PaymentListRow> PaymentListQuery::rows(const PaymentListFilter &filter, const PaymentListSort &sort,
                                                   RowWindow window)
{
    return readAfterKey<PaymentListRow>(
            window, [&](const RowWindow &part, SeekPart seek) { return paymentRows(m_book, filter, sort, part, seek); },
            filter.status == PaymentStatusFilter::WithUnapplied ? Split::Never : Split::IfCheaper);
}

qint64 PaymentListQuery::count(const PaymentListFilter &filter)
{
    SqlText sql;
    const bool needsPayments = !filter.search.trimmed().isEmpty() || filter.customerId.has_value();
    sql << u"SELECT COUNT(*) FROM payment_state s"
        << (needsPayments ? u" JOIN payments p ON p.id = s.payment_id" : u"");
    sql.append(paymentWhere(filter));
    return single(m_book, sql);
}

// --- keys by position (a jump into a big list) ---------------------------------------

namespace {

std::optional<ListKey> keyAtPosition(Book &book, const QString &expression, const QString &idColumn,
                                     const QString &from, SortDirection direction, qint64 position, Nulls nulls)
{
    if (position < 0)
        return std::nullopt;
    // A column never NULL: plain ASC / DESC (its index's order on PostgreSQL too).
    const QString order = nulls == Nulls::Possible
            ? ardesk::direction(direction)
            : (direction == SortDirection::Ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    SqlText sql;
    sql << u"SELECT " << expression << u", " << idColumn << u" FROM " << from << u" ORDER BY " << expression << order
        << u", " << idColumn << order << u" LIMIT 1 OFFSET ?";
    sql.bind(int64(position));
    QSqlQuery query = run(book, sql);
    if (!query.next())
        return std::nullopt;
    return ListKey{query.value(0), query.value(1).toLongLong()};
}

// Every customer by collector: the customers without one come first going up (by id), last
// going down; the others in the nested loop's order (users by login, their customers by id).
std::optional<ListKey> collectorKeyAt(Book &book, SortDirection direction, qint64 position)
{
    if (position < 0)
        return std::nullopt;
    SqlText countNulls;
    countNulls << u"SELECT COUNT(*) FROM customers WHERE collector_id IS NULL";
    const qint64 nulls = single(book, countNulls);
    const bool up = direction == SortDirection::Ascending;
    const QString order = up ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    qint64 inNulls = -1; // the position among the customers without a collector
    qint64 inUsers = position;
    if (up) {
        if (position < nulls)
            inNulls = position;
        else
            inUsers = position - nulls;
    }
    SqlText sql;
    if (inNulls < 0) {
        sql << u"SELECT u.login, c.id FROM users u JOIN customers c ON c.collector_id = u.id ORDER BY u.login" << order
            << u", c.id" << order << u" LIMIT 1 OFFSET ?";
        sql.bind(int64(inUsers));
        QSqlQuery query = run(book, sql);
        if (query.next())
            return ListKey{query.value(0), query.value(1).toLongLong()};
        if (up)
            return std::nullopt;
        // Going down, past the users' customers: among the NULLs.
        SqlText count;
        count << u"SELECT COUNT(*) FROM customers WHERE collector_id IS NOT NULL";
        inNulls = position - single(book, count);
        sql = SqlText{};
    }
    sql << u"SELECT c.id FROM customers c WHERE c.collector_id IS NULL ORDER BY c.id" << order << u" LIMIT 1 OFFSET ?";
    sql.bind(int64(inNulls));
    QSqlQuery query = run(book, sql);
    if (!query.next())
        return std::nullopt;
    return ListKey{QVariant(QMetaType::fromType<QString>()), query.value(0).toLongLong()}; // a NULL login, as a row's
}

} // namespace

std::optional<ListKey> CustomerListQuery::keyAt(const CustomerListFilter &filter, const CustomerListSort &sort,
                                                qint64 position, QDate asOf)
{
    // By Overdue with a held order (any filter): that order's row.
    if (sort.column == CustomerSortColumn::Overdue && m_held && asOf.isValid()) {
        const auto &order = heldOverdueOrder(filter, asOf);
        const auto n = static_cast<qint64>(order.size());
        if (position < 0 || position >= n)
            return std::nullopt;
        const auto &[overdue, id] =
                order[static_cast<std::size_t>(sort.direction == SortDirection::Ascending ? position : n - 1 - position)];
        return ListKey{QVariant::fromValue<qint64>(overdue), id};
    }
    // Every customer, by code, name or credit limit (schema step 20): the index on the column (ending
    // with the id) alone.
    const bool plain = filter.search.trimmed().isEmpty() && !filter.collectorId && filter.currency.isEmpty()
            && !filter.onHoldOnly && filter.ids.empty();
    if (!plain)
        return std::nullopt;
    // Every customer by its stored balance or unapplied amount: that index alone.
    if (sortsOnStoredAmount(sort.column))
        return keyAtPosition(m_book, customerPageSortExpression(sort.column), QStringLiteral("b.customer_id"),
                             QStringLiteral("customer_balances b"), sort.direction, position, Nulls::Never);
    if (sort.column == CustomerSortColumn::Collector)
        return collectorKeyAt(m_book, sort.direction, position);
    if (sort.column != CustomerSortColumn::Code && sort.column != CustomerSortColumn::Name
        && sort.column != CustomerSortColumn::CreditLimit)
        return std::nullopt;
    return keyAtPosition(m_book, customerPageSortExpression(sort.column), QStringLiteral("c.id"),
                         QStringLiteral("customers c"), sort.direction, position);
}

std::optional<ListKey> InvoiceListQuery::keyAt(const InvoiceListFilter &filter, const InvoiceListSort &sort,
                                               qint64 position)
{
    // Open items or all, nothing else: the state's sort indexes (the open ones' partial index
    // by due date, the open amount as a range), the invoices' own, or the customers in order
    // with each one's invoices from its index. Every invoice has its state row and customer,
    // so these are the list's rows in the list's order.
    const bool plain = plainInvoiceFilter(filter) && !filter.customerId && filter.currency.isEmpty();
    if (!plain)
        return std::nullopt;
    const bool open = filter.status == InvoiceStatusFilter::Open;
    const SortDirection direction =
            sort.column == InvoiceSortColumn::DaysPastDue ? reversed(sort.direction) : sort.direction;
    switch (sort.column) {
    case InvoiceSortColumn::DueDate:
    case InvoiceSortColumn::DaysPastDue:
        if (bookHasInstalments(m_book))
            return std::nullopt; // sorted by the parts' computed dates
        return keyAtPosition(m_book, QStringLiteral("s.due_date"), QStringLiteral("s.invoice_id"),
                             open ? QStringLiteral("invoice_state s WHERE s.open_amount <> 0")
                                  : QStringLiteral("invoice_state s"),
                             direction, position);
    case InvoiceSortColumn::Open:
        return keyAtPosition(m_book, QStringLiteral("s.open_amount"), QStringLiteral("s.invoice_id"),
                             open ? QStringLiteral("invoice_state s WHERE s.open_amount > 0")
                                  : QStringLiteral("invoice_state s"),
                             direction, position);
    case InvoiceSortColumn::Amount:
        // The open ones from their own index by amount (schema step 21).
        return keyAtPosition(m_book, QStringLiteral("s.amount"), QStringLiteral("s.invoice_id"),
                             open ? QStringLiteral("invoice_state s WHERE s.open_amount <> 0")
                                  : QStringLiteral("invoice_state s"),
                             direction, position, open ? Nulls::Never : Nulls::Possible);
    case InvoiceSortColumn::IssueDate:
        if (open) // from the open invoices' index by issue date (schema step 21)
            return keyAtPosition(m_book, QStringLiteral("s.issue_date"), QStringLiteral("s.invoice_id"),
                                 QStringLiteral("invoice_state s WHERE s.open_amount <> 0"), direction, position,
                                 Nulls::Never);
        return keyAtPosition(m_book, invoiceSortExpression(sort.column), QStringLiteral("i.id"),
                             QStringLiteral("invoices i"), direction, position);
    case InvoiceSortColumn::Number:
        if (open)
            return std::nullopt;
        return keyAtPosition(m_book, invoiceSortExpression(sort.column), QStringLiteral("i.id"),
                             QStringLiteral("invoices i"), direction, position);
    case InvoiceSortColumn::CustomerCode:
    case InvoiceSortColumn::CustomerName:
        if (open)
            return std::nullopt;
        return keyAtPosition(m_book, invoiceSortExpression(sort.column), QStringLiteral("i.id"),
                             QStringLiteral("customers c CROSS JOIN invoices i WHERE i.customer_id = c.id"), direction,
                             position);
    }
    return std::nullopt;
}

std::optional<ListKey> PaymentListQuery::keyAt(const PaymentListFilter &filter, const PaymentListSort &sort,
                                               qint64 position)
{
    // Every payment (the few with unapplied cash are cheap to page anyway).
    const bool plain = filter.status == PaymentStatusFilter::All && plainPaymentFilter(filter) && !filter.customerId
            && filter.currency.isEmpty();
    if (!plain)
        return std::nullopt;
    switch (sort.column) {
    case PaymentSortColumn::ReceivedDate:
    case PaymentSortColumn::Reference:
    case PaymentSortColumn::Method:
        return keyAtPosition(m_book, paymentSortExpression(sort.column), QStringLiteral("p.id"),
                             QStringLiteral("payments p"), sort.direction, position);
    case PaymentSortColumn::Amount:
    case PaymentSortColumn::Unapplied:
        return keyAtPosition(m_book, paymentSortExpression(sort.column), QStringLiteral("s.payment_id"),
                             QStringLiteral("payment_state s"), sort.direction, position);
    case PaymentSortColumn::CustomerCode:
    case PaymentSortColumn::CustomerName:
        return keyAtPosition(m_book, paymentSortExpression(sort.column), QStringLiteral("p.id"),
                             QStringLiteral("customers c CROSS JOIN payments p WHERE p.customer_id = c.id"),
                             sort.direction, position);
    case PaymentSortColumn::Status:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace ardesk
