#include "collection_repository.h"

#include "ledger_repository.h"
#include "storage_error.h"

#include "domain/instalment_terms.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace ardesk {

namespace {

QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QString::fromLatin1("") : value);
}

QVariant optionalDay(QDate date)
{
    return date.isValid() ? dayValue(date) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalInt(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

std::optional<Id> idOrNothing(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<Id> idOrNothing(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.int64(column);
}

QDate dayOrNothing(const Statement &s, int column)
{
    if (s.isNull(column))
        return {};
    return QDate::fromJulianDay(s.int64(column));
}

// Scope filters on the customers table aliased `c`. Long id lists are split into chunks so
// that the number of bound parameters stays small on every engine.
constexpr std::size_t kChunk = 500;

struct ScopeChunk final
{
    QString filter; // SQL condition on c
    std::vector<qint64> values;
};

std::vector<ScopeChunk> scopeChunks(const CustomerScope &scope)
{
    switch (scope.kind) {
    case CustomerScope::Kind::Collector:
        return {{QStringLiteral("c.collector_id = ?"), {scope.collectorId}}};
    case CustomerScope::Kind::AllAssigned:
        return {{QStringLiteral("c.collector_id IS NOT NULL"), {}}};
    case CustomerScope::Kind::Customers:
        break;
    }
    std::vector<ScopeChunk> chunks;
    for (std::size_t start = 0; start < scope.customers.size(); start += kChunk) {
        const std::size_t end = std::min(scope.customers.size(), start + kChunk);
        ScopeChunk chunk;
        QStringList marks;
        for (std::size_t i = start; i < end; ++i) {
            marks << QStringLiteral("?");
            chunk.values.push_back(scope.customers[i]);
        }
        chunk.filter = QStringLiteral("c.id IN (%1)").arg(marks.join(u','));
        chunks.push_back(std::move(chunk));
    }
    return chunks;
}

const char *kDeskCustomerColumns =
        "c.id, c.code, c.name, c.currency, c.risk_class, c.region, c.language, c.timezone, c.consumer, c.do_not_call, "
        "c.cease_communication, c.attorney, c.no_work_calls, c.collector_id";

DeskCustomer deskCustomerFrom(const QSqlQuery &q)
{
    DeskCustomer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.currency = q.value(3).toString();
    c.riskClass = q.value(4).toString();
    c.region = q.value(5).toString();
    c.language = q.value(6).toString();
    c.timeZone = q.value(7).toString();
    c.consumer = q.value(8).toInt() != 0;
    c.doNotCall = q.value(9).toInt() != 0;
    c.ceaseCommunication = q.value(10).toInt() != 0;
    c.attorney = q.value(11).toInt() != 0;
    c.noWorkCalls = q.value(12).toInt() != 0;
    c.collectorId = idOrNothing(q.value(13));
    return c;
}

const char *kTaskColumns = "t.id, t.customer_id, t.assignee_id, t.kind, t.due_date, t.status, t.source_kind, "
                           "t.source_id, t.dedupe_key, t.notes, t.created_at, t.created_by, t.done_at, t.done_by, "
                           "t.result";

TaskRecord taskFrom(const QSqlQuery &q)
{
    TaskRecord t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.assigneeId = idOrNothing(q.value(2));
    t.kind = q.value(3).toString();
    t.dueDate = dayFromValue(q.value(4));
    t.status = q.value(5).toString();
    t.sourceKind = q.value(6).toString();
    t.sourceId = idOrNothing(q.value(7));
    t.dedupeKey = q.value(8).toString();
    t.notes = q.value(9).toString();
    t.createdAt = q.value(10).toString();
    t.createdBy = idOrNothing(q.value(11));
    t.doneAt = q.value(12).toString();
    t.doneBy = idOrNothing(q.value(13));
    t.result = q.value(14).toString();
    return t;
}

const char *kDisputeColumns = "d.id, d.invoice_id, d.customer_id, d.amount, d.reason, d.owner_id, d.due_date, "
                              "d.opened_date, d.status, d.resolution, d.resolved_date, d.resolution_ref, d.notes";

DisputeRecord disputeFrom(const QSqlQuery &q)
{
    DisputeRecord d;
    d.id = q.value(0).toLongLong();
    d.invoiceId = q.value(1).toLongLong();
    d.customerId = q.value(2).toLongLong();
    d.amount = q.value(3).toLongLong();
    d.reason = q.value(4).toString();
    d.ownerId = idOrNothing(q.value(5));
    d.dueDate = dayFromValue(q.value(6));
    d.openedDate = dayFromValue(q.value(7));
    d.status = q.value(8).toString();
    d.resolution = q.value(9).toString();
    d.resolvedDate = dayFromValue(q.value(10));
    d.resolutionRef = idOrNothing(q.value(11));
    d.notes = q.value(12).toString();
    return d;
}

const char *kEscalationColumns =
        "e.id, e.customer_id, e.from_user, e.to_user, e.reason, e.status, e.instructions, e.created_at, "
        "e.resolved_at, e.resolved_by";

EscalationRecord escalationFrom(const QSqlQuery &q)
{
    EscalationRecord e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    e.fromUser = idOrNothing(q.value(2));
    e.toUser = idOrNothing(q.value(3));
    e.reason = q.value(4).toString();
    e.status = q.value(5).toString();
    e.instructions = q.value(6).toString();
    e.createdAt = q.value(7).toString();
    e.resolvedAt = q.value(8).toString();
    e.resolvedBy = idOrNothing(q.value(9));
    return e;
}

} // namespace

ReadSnapshot::ReadSnapshot(Book &book) : m_book(book)
{
    if (m_book.inTransaction())
        return;
    m_book.exec(m_book.dialect().engine() == Engine::SQLite
                        ? QStringLiteral("BEGIN")
                        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    m_started = true;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_started)
        return;
    try {
        m_book.exec(QStringLiteral("COMMIT"));
    } catch (...) {
    }
}

CollectionRepository::CollectionRepository(Book &book) : m_book(book) { }

CollectionRepository::~CollectionRepository() = default;

Statement &CollectionRepository::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<Statement>(m_book, sql));
    return **it;
}

QSqlQuery &CollectionRepository::cached(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        it = m_queries.insert(sql, std::make_shared<QSqlQuery>(m_book.prepare(sql)));
    return **it;
}

Id CollectionRepository::nextId(const QString &table)
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : 1;
}

// --- customers and portfolios -----------------------------------------------------------

std::optional<DeskCustomer> CollectionRepository::customerByCode(const QString &code)
{
    QSqlQuery &q = cached(
            QStringLiteral("SELECT %1 FROM customers c WHERE c.code = ?").arg(QLatin1String(kDeskCustomerColumns)));
    q.addBindValue(code);
    Book::exec(q);
    std::optional<DeskCustomer> result;
    if (q.next())
        result = deskCustomerFrom(q);
    q.finish();
    return result;
}

std::optional<DeskCustomer> CollectionRepository::customerById(Id id)
{
    QSqlQuery &q = cached(
            QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ?").arg(QLatin1String(kDeskCustomerColumns)));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<DeskCustomer> result;
    if (q.next())
        result = deskCustomerFrom(q);
    q.finish();
    return result;
}

std::vector<DeskCustomer> CollectionRepository::customers(const CustomerScope &scope)
{
    std::vector<DeskCustomer> result;
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        Statement &s = statement(QStringLiteral("SELECT %1 FROM customers c WHERE %2")
                                         .arg(QLatin1String(kDeskCustomerColumns), chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next()) {
            DeskCustomer c;
            c.id = s.int64(0);
            c.code = s.text(1);
            c.name = s.text(2);
            c.currency = s.text(3);
            c.riskClass = s.text(4);
            c.region = s.text(5);
            c.language = s.text(6);
            c.timeZone = s.text(7);
            c.consumer = s.int64(8) != 0;
            c.doNotCall = s.int64(9) != 0;
            c.ceaseCommunication = s.int64(10) != 0;
            c.attorney = s.int64(11) != 0;
            c.noWorkCalls = s.int64(12) != 0;
            c.collectorId = idOrNothing(s, 13);
            result.push_back(std::move(c));
        }
    }
    return result;
}

std::vector<DeskCustomer> CollectionRepository::queueCustomers(const CustomerScope &scope)
{
    std::vector<DeskCustomer> result;
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        Statement &s = statement(QStringLiteral("SELECT c.id, c.code, c.name, c.currency, c.risk_class, "
                                                "c.cease_communication, c.attorney, c.collector_id FROM customers c "
                                                "WHERE %1")
                                         .arg(chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next()) {
            DeskCustomer c;
            c.id = s.int64(0);
            c.code = s.text(1);
            c.name = s.text(2);
            c.currency = s.text(3);
            c.riskClass = s.text(4);
            c.ceaseCommunication = s.int64(5) != 0;
            c.attorney = s.int64(6) != 0;
            c.collectorId = idOrNothing(s, 7);
            result.push_back(std::move(c));
        }
    }
    return result;
}

std::vector<DeskCustomer> CollectionRepository::queueCustomerChoices(const CustomerScope &scope)
{
    std::vector<DeskCustomer> result;
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        Statement &s = statement(QStringLiteral("SELECT c.id, c.cease_communication, c.attorney, c.collector_id "
                                                "FROM customers c WHERE %1")
                                         .arg(chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next()) {
            DeskCustomer &c = result.emplace_back();
            c.id = s.int64(0);
            c.ceaseCommunication = s.int64(1) != 0;
            c.attorney = s.int64(2) != 0;
            c.collectorId = idOrNothing(s, 3);
        }
    }
    return result;
}

CollectionRepository::QueueChoices CollectionRepository::queueChoices(const CustomerScope &scope, QDate asOf,
                                                                   int graceDays)
{
    QueueChoices result;
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        // (CASE: each question a look-up of its own index, the promises only for a customer
        // without valid outcomes; the same SQL on PostgreSQL)
        Statement &s = statement(
                QStringLiteral("SELECT c.id, c.cease_communication, c.attorney, c.collector_id, "
                               "CASE WHEN EXISTS (SELECT 1 FROM tasks t WHERE t.customer_id = c.id "
                               "AND t.status = 'open') THEN 1 ELSE 0 END, "
                               "CASE WHEN EXISTS (SELECT 1 FROM promise_outcome_customers v WHERE v.customer_id = c.id "
                               "AND v.grace_days = ? AND v.change_day <= ?) THEN 1 "
                               "WHEN EXISTS (SELECT 1 FROM promises p WHERE p.customer_id = c.id) THEN 2 ELSE 0 END "
                               "FROM customers c WHERE %1")
                        .arg(chunk.filter));
        int index = 1;
        s.bind(index++, graceDays);
        s.bind(index++, asOf.toJulianDay());
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next()) {
            DeskCustomer &c = result.customers.emplace_back();
            c.id = s.int64(0);
            c.ceaseCommunication = s.int64(1) != 0;
            c.attorney = s.int64(2) != 0;
            c.collectorId = idOrNothing(s, 3);
            if (s.int64(4) != 0)
                result.withOpenTasks.push_back(c.id);
            switch (s.int64(5)) {
            case 1:
                result.validOutcomes.push_back(c.id);
                break;
            case 2:
                result.withoutValidOutcomes.push_back(c.id);
                break;
            default:
                break;
            }
        }
    }
    for (std::vector<Id> *ids : {&result.withOpenTasks, &result.validOutcomes, &result.withoutValidOutcomes})
        std::sort(ids->begin(), ids->end());
    return result;
}

QString CollectionRepository::AssignedCustomers::text(const Row &row, Text which) const
{
    qsizetype at = row.textsAt;
    for (int i = 0; i < which; ++i)
        at += row.lengths[i];
    return QString::fromUtf8(texts.constData() + at, row.lengths[which]); // as Statement::text()
}

CollectionRepository::AssignedCustomers CollectionRepository::assignedCustomers()
{
    AssignedCustomers result;
    // (The unary + keeps SQLite off customers_collector: a scan of the table in id order, where
    // a look-up of each assigned customer's row through the index cost three times as much on
    // the 1m book, all of whose customers are assigned; the same SQL runs on PostgreSQL.)
    Statement &s = statement(QStringLiteral("SELECT c.id, c.cease_communication, c.attorney, c.collector_id, c.code, "
                                            "c.name, c.currency, c.risk_class FROM customers c "
                                            "WHERE +c.collector_id IS NOT NULL"));
    while (s.next()) {
        AssignedCustomers::Row &row = result.rows.emplace_back();
        row.id = s.int64(0);
        row.ceaseCommunication = s.int64(1) != 0;
        row.attorney = s.int64(2) != 0;
        row.collectorId = s.int64(3);
        row.textsAt = result.texts.size();
        for (int i = 0; i < AssignedCustomers::TextCount; ++i) {
            const QByteArrayView utf8 = s.utf8(4 + i);
            row.lengths[i] = static_cast<int>(utf8.size());
            result.texts.append(utf8);
        }
    }
    auto byId = [](const AssignedCustomers::Row &a, const AssignedCustomers::Row &b) { return a.id < b.id; };
    if (!std::is_sorted(result.rows.begin(), result.rows.end(), byId)) // (no order asked of other engines)
        std::sort(result.rows.begin(), result.rows.end(), byId);
    return result;
}

std::unordered_map<Id, std::pair<QString, std::optional<Id>>> CollectionRepository::customerCodes()
{
    Statement &s = statement(QStringLiteral("SELECT id, code, collector_id FROM customers"));
    std::unordered_map<Id, std::pair<QString, std::optional<Id>>> result;
    while (s.next())
        result.emplace(s.int64(0), std::pair{s.text(1), idOrNothing(s, 2)});
    return result;
}

std::vector<Id> CollectionRepository::customersMatching(const PortfolioRule &rule)
{
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!rule.region.isEmpty()) {
        conditions << QStringLiteral("c.region = ?");
        values << rule.region;
    }
    if (!rule.language.isEmpty()) {
        conditions << QStringLiteral("c.language = ?");
        values << rule.language;
    }
    if (!rule.currency.isEmpty()) {
        conditions << QStringLiteral("c.currency = ?");
        values << rule.currency;
    }
    QString sql = QStringLiteral("SELECT c.id FROM customers c WHERE %1").arg(conditions.join(QStringLiteral(" AND ")));
    const bool band = rule.minimumBalance || rule.maximumBalance;
    if (band) {
        // Balance now: open amounts less unapplied cash and credit notes (the maintained state).
        sql = QStringLiteral(
                      "WITH chosen AS MATERIALIZED (%1), "
                      "opened AS (SELECT s.customer_id, SUM(s.open_amount) AS amt FROM chosen ch JOIN invoice_state s "
                      "  ON s.customer_id = ch.id AND s.open_amount <> 0 GROUP BY s.customer_id), "
                      "cash AS (SELECT p.customer_id, SUM(p.unapplied) AS amt FROM chosen ch JOIN payment_state p "
                      "  ON p.customer_id = ch.id AND p.unapplied <> 0 GROUP BY p.customer_id), "
                      "notes AS (SELECT n.customer_id, SUM(n.unapplied) AS amt FROM chosen ch JOIN credit_note_state n "
                      "  ON n.customer_id = ch.id AND n.unapplied <> 0 GROUP BY n.customer_id) "
                      "SELECT ch.id FROM chosen ch LEFT JOIN opened o ON o.customer_id = ch.id "
                      "LEFT JOIN cash k ON k.customer_id = ch.id LEFT JOIN notes n ON n.customer_id = ch.id "
                      "WHERE 1 = 1%2%3")
                      .arg(sql,
                           rule.minimumBalance ? QStringLiteral(" AND COALESCE(o.amt, 0) - COALESCE(k.amt, 0) - "
                                                                "COALESCE(n.amt, 0) >= ?")
                                               : QString(),
                           rule.maximumBalance ? QStringLiteral(" AND COALESCE(o.amt, 0) - COALESCE(k.amt, 0) - "
                                                                "COALESCE(n.amt, 0) <= ?")
                                               : QString());
        if (rule.minimumBalance)
            values << QVariant::fromValue<qint64>(*rule.minimumBalance);
        if (rule.maximumBalance)
            values << QVariant::fromValue<qint64>(*rule.maximumBalance);
    }
    QSqlQuery q = m_book.prepare(sql + QStringLiteral(" ORDER BY 1"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    Book::exec(q);
    std::vector<Id> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

void CollectionRepository::setCollector(const std::vector<Id> &customerIds, std::optional<Id> collectorId,
                                        const QString &at)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE customers SET collector_id = ?, updated_at = ? WHERE id = ?"));
    for (const Id id : customerIds) {
        q.addBindValue(optionalId(collectorId));
        q.addBindValue(at);
        q.addBindValue(QVariant::fromValue<qint64>(id));
        Book::exec(q);
    }
}

void CollectionRepository::setContactFlags(Id customerId, bool doNotCall, bool ceaseCommunication, bool attorney,
                                           bool noWorkCalls, const QString &at)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE customers SET do_not_call = ?, cease_communication = ?, attorney = ?, "
                                         "no_work_calls = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(doNotCall ? 1 : 0);
    q.addBindValue(ceaseCommunication ? 1 : 0);
    q.addBindValue(attorney ? 1 : 0);
    q.addBindValue(noWorkCalls ? 1 : 0);
    q.addBindValue(at);
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
}

// --- figures ------------------------------------------------------------------------------

std::vector<AccountFigures> CollectionRepository::accountFigures(const CustomerScope &scope, QDate asOf,
                                                                const std::vector<Id> *assignedIds)
{
    // A past date: the documents touched across it (ledger_spans.h). ARDESK_PAST_FIGURES=allocations
    // keeps the read of every later allocation (for comparisons and measurements).
    if (qgetenv("ARDESK_PAST_FIGURES") != "allocations" && hasAllocationsAfter(asOf))
        return accountFiguresAcross(scope, asOf);
    if (qgetenv("ARDESK_STORED_FIGURES") == "off")
        return summedAccountFigures(scope, asOf);
    // The maintained figures (customer_figures.h): the scope's customers with a row valid for
    // the date are read from it (index order of the scope, one primary-key probe each); the
    // others (stale after a posting, or valid for other days) are summed from the ledger, all
    // of the scope at once when they are more than a quarter of it.
    const qint64 day = asOf.toJulianDay();
    std::vector<AccountFigures> result;
    std::vector<Id> missing;
    std::size_t customers = 0;
    auto figuresFrom = [&](Statement &s) {
        AccountFigures f;
        f.customerId = s.int64(0);
        f.open = s.int64(3);
        f.overdue = s.int64(4);
        f.disputed = s.int64(5);
        f.unapplied = s.int64(6);
        f.oldestOverdueDue = dayOrNothing(s, 7);
        return f;
    };
    if (scope.kind == CustomerScope::Kind::AllAssigned) {
        // Every assigned account (most of the book): the assigned ids from the index on the
        // collector, then the stored rows in one pass in key order, instead of a primary-key
        // probe per account.
        std::vector<Id> readIds;
        if (!assignedIds) {
            Statement &ids = statement(QStringLiteral("SELECT id FROM customers WHERE collector_id IS NOT NULL"));
            while (ids.next())
                readIds.push_back(ids.int64(0));
            std::sort(readIds.begin(), readIds.end());
        }
        const std::vector<Id> &assigned = assignedIds ? *assignedIds : readIds;
        result.reserve(assigned.size()); // (reserved, touched only as far as filled)
        customers = assigned.size();
        std::vector<char> served(assigned.size(), 0);
        Statement &s = statement(QStringLiteral(
                "SELECT customer_id, valid_from, valid_until, open_amount, overdue, disputed, unapplied, "
                "oldest_overdue_due FROM customer_figures WHERE valid_from <= ? AND valid_until > ?"));
        s.bind(1, day);
        s.bind(2, day);
        while (s.next()) {
            const auto it = std::lower_bound(assigned.begin(), assigned.end(), s.int64(0));
            if (it == assigned.end() || *it != s.int64(0))
                continue; // nobody's account
            served[static_cast<std::size_t>(it - assigned.begin())] = 1;
            const AccountFigures f = figuresFrom(s);
            if (f.open != 0 || f.unapplied != 0)
                result.push_back(f);
        }
        for (std::size_t i = 0; i < assigned.size(); ++i)
            if (!served[i])
                missing.push_back(assigned[i]);
    }
    for (const ScopeChunk &chunk :
         scope.kind == CustomerScope::Kind::AllAssigned ? std::vector<ScopeChunk>{} : scopeChunks(scope)) {
        Statement &s = statement(
                QStringLiteral("SELECT c.id, f.valid_from, f.valid_until, f.open_amount, f.overdue, f.disputed, "
                               "f.unapplied, f.oldest_overdue_due FROM customers c "
                               "LEFT JOIN customer_figures f ON f.customer_id = c.id WHERE %1")
                        .arg(chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next()) {
            ++customers;
            const Id id = s.int64(0);
            if (s.isNull(1) || s.int64(1) > day || s.int64(2) <= day) {
                missing.push_back(id);
                continue;
            }
            const AccountFigures f = figuresFrom(s);
            if (f.open != 0 || f.unapplied != 0)
                result.push_back(f);
        }
    }
    if (missing.size() * 4 > customers)
        return summedAccountFigures(scope, asOf);
    if (!missing.empty()) {
        std::sort(missing.begin(), missing.end());
        for (const AccountFigures &f : summedAccountFigures(CustomerScope::of(std::move(missing)), asOf))
            result.push_back(f);
    }
    std::sort(result.begin(), result.end(),
              [](const AccountFigures &a, const AccountFigures &b) { return a.customerId < b.customerId; });
    return result;
}

std::vector<AccountFigures> CollectionRepository::summedAccountFigures(const CustomerScope &scope, QDate asOf,
                                                                       bool withUnassigned)
{
    if (qgetenv("ARDESK_PAST_FIGURES") != "allocations" && hasAllocationsAfter(asOf))
        return accountFiguresAcross(scope, asOf);
    const qint64 day = asOf.toJulianDay();
    std::unordered_map<Id, AccountFigures> figures;
    auto entry = [&](Id customerId) -> AccountFigures & {
        auto [it, inserted] = figures.try_emplace(customerId);
        if (inserted)
            it->second.customerId = customerId;
        return it->second;
    };

    const bool everything = scope.kind == CustomerScope::Kind::AllAssigned;
    // Invoices with instalment parts (docs/credit-policy.md "Instalment terms"): each part is
    // due on its own date, so they are summed item by item (step 3) from their parts.
    const std::unordered_map<Id, std::vector<InstalmentPart>> instalments = LedgerRepository(m_book).allInstalments();
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        // 1. Every account summed straight from the items open now, in index order.
        // (Every assigned customer: the whole index in order, streaming, and the customers
        // without a collector are dropped at the end; cheaper than joining customers.)
        Statement &base = statement(
                QStringLiteral("SELECT s.customer_id, SUM(s.open_amount), "
                               "  SUM(CASE WHEN s.due_date < ? THEN s.open_amount ELSE 0 END), "
                               "  MIN(CASE WHEN s.due_date < ? THEN s.due_date END) %1 s.issue_date <= ? "
                               "GROUP BY s.customer_id")
                        .arg(everything
                                     ? QStringLiteral("FROM invoice_state s WHERE s.open_amount <> 0 AND")
                                     : QStringLiteral("FROM customers c JOIN invoice_state s ON s.customer_id = c.id "
                                                      "AND s.open_amount <> 0 WHERE %1 AND")
                                               .arg(chunk.filter)));
        int index = 1;
        base.bind(index++, day);
        base.bind(index++, day);
        for (const qint64 value : chunk.values)
            base.bind(index++, value);
        base.bind(index++, day);
        while (base.next()) {
            AccountFigures &f = entry(base.int64(0));
            f.open = base.int64(1);
            f.overdue = base.int64(2);
            f.oldestOverdueDue = dayOrNothing(base, 3);
        }

        // 2. The items that moved after the date (their open amount then = now + what was
        // applied after) or carry a dispute open on the date (kept out of the overdue amount,
        // capped at the item's open amount).
        struct Touched
        {
            Id customerId;
            qint64 dueDay;
            MinorUnits openNow;
            MinorUnits later;
            MinorUnits disputed;
        };
        std::unordered_map<Id, Touched> touched; // by invoice
        {
            Statement &moved = statement(
                    QStringLiteral(
                            "WITH changes AS MATERIALIZED ("
                            "  SELECT invoice_id, amount AS later, 0 AS disputed FROM allocations WHERE alloc_date > ? "
                            "  UNION ALL SELECT invoice_id, 0, amount FROM disputes WHERE opened_date <= ? "
                            "  AND (resolved_date IS NULL OR resolved_date > ?)), "
                            "touched AS (SELECT invoice_id, SUM(later) AS later, SUM(disputed) AS disputed FROM "
                            "changes "
                            "  GROUP BY invoice_id) "
                            "SELECT t.invoice_id, s.customer_id, s.due_date, s.open_amount, t.later, t.disputed "
                            "FROM touched t JOIN invoice_state s ON s.invoice_id = t.invoice_id %1 s.issue_date <= ?")
                            .arg(everything ? QStringLiteral("WHERE")
                                            : QStringLiteral("JOIN customers c ON c.id = s.customer_id WHERE %1 AND")
                                                      .arg(chunk.filter)));
            int m = 1;
            moved.bind(m++, day);
            moved.bind(m++, day);
            moved.bind(m++, day);
            for (const qint64 value : chunk.values)
                moved.bind(m++, value);
            moved.bind(m++, day);
            while (moved.next())
                touched.emplace(
                        moved.int64(0),
                        Touched{moved.int64(1), moved.int64(2), moved.int64(3), moved.int64(4), moved.int64(5)});
        }

        // An invoice with parts open now counts as touched: its overdue amount and oldest
        // overdue due date come from its parts.
        if (!instalments.empty()) {
            Statement &parted = statement(
                    QStringLiteral("SELECT s.invoice_id, s.customer_id, s.due_date, s.open_amount "
                                   "FROM invoice_installments p JOIN invoice_state s ON s.invoice_id = p.invoice_id "
                                   "%1 p.seq = 1 AND s.open_amount <> 0 AND s.issue_date <= ?")
                            .arg(everything ? QStringLiteral("WHERE")
                                            : QStringLiteral("JOIN customers c ON c.id = s.customer_id WHERE %1 AND")
                                                      .arg(chunk.filter)));
            int m = 1;
            for (const qint64 value : chunk.values)
                parted.bind(m++, value);
            parted.bind(m++, day);
            while (parted.next())
                touched.try_emplace(parted.int64(0),
                                    Touched{parted.int64(1), parted.int64(2), parted.int64(3), 0, 0});
        }

        // 3. Their accounts are summed again item by item: the untouched items open now
        // as they are, the touched ones as of the date.
        if (!touched.empty()) {
            std::vector<Id> affected;
            for (const auto &[invoiceId, t] : touched)
                affected.push_back(t.customerId);
            std::sort(affected.begin(), affected.end());
            affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
            for (const Id id : affected) {
                AccountFigures &f = entry(id);
                f.open = f.overdue = f.disputed = 0;
                f.oldestOverdueDue = QDate();
            }
            auto add = [&](Id invoiceId, Id customerId, qint64 dueDay, MinorUnits open, MinorUnits disputed) {
                if (open == 0)
                    return; // no entry for an account without open items
                const auto parts = instalments.find(invoiceId);
                entry(customerId).addOpenInvoice(day, dueDay, open, disputed,
                                                 parts == instalments.end() ? nullptr : &parts->second);
            };
            for (const ScopeChunk &ids : scopeChunks(CustomerScope::of(affected))) {
                Statement &open = statement(
                        QStringLiteral("SELECT s.invoice_id, s.customer_id, s.due_date, s.open_amount FROM customers c "
                                       "JOIN invoice_state s ON s.customer_id = c.id AND s.open_amount <> 0 "
                                       "WHERE %1 AND s.issue_date <= ?")
                                .arg(ids.filter));
                int o = 1;
                for (const qint64 value : ids.values)
                    open.bind(o++, value);
                open.bind(o++, day);
                while (open.next()) {
                    if (touched.contains(open.int64(0)))
                        continue; // added below, as of the date
                    add(open.int64(0), open.int64(1), open.int64(2), open.int64(3), 0);
                }
            }
            for (const auto &[invoiceId, t] : touched)
                add(invoiceId, t.customerId, t.dueDay, t.openNow + t.later, t.disputed);
        }

        // Unapplied cash and credit notes as of the date (as in the aging report).
        for (const bool credits : {false, true}) {
            const QString stateTable = credits ? QStringLiteral("credit_note_state") : QStringLiteral("payment_state");
            const QString idColumn = credits ? QStringLiteral("credit_note_id") : QStringLiteral("payment_id");
            const QString dateColumn = credits ? QStringLiteral("issue_date") : QStringLiteral("received_date");
            Statement &unapplied = statement(
                    QStringLiteral(
                            "WITH laterp_rows AS MATERIALIZED (SELECT %2 AS sid, amount FROM allocations WHERE "
                            "alloc_date > ? "
                            "  AND %2 IS NOT NULL), "
                            "laterp AS (SELECT sid, SUM(amount) AS amt FROM laterp_rows GROUP BY sid), "
                            "cand AS (%5 UNION SELECT sid FROM laterp "
                            "  UNION SELECT %2 AS sid FROM %1 WHERE reversed_date IS NOT NULL AND reversed_date > ?) "
                            "SELECT st.customer_id, SUM(st.amount - (st.allocated - COALESCE(l.amt, 0))) "
                            "FROM cand k JOIN %1 st ON st.%2 = k.sid LEFT JOIN laterp l ON l.sid = k.sid "
                            "WHERE st.%3 <= ? AND (st.reversed_date IS NULL OR st.reversed_date > ?)%4 "
                            "GROUP BY st.customer_id")
                            .arg(stateTable, idColumn, dateColumn,
                                 everything ? QString()
                                            : QStringLiteral(
                                                      " AND st.customer_id IN (SELECT c.id FROM customers c WHERE %1)")
                                                      .arg(chunk.filter),
                                 // what is unapplied now: the scope's own rows through the partial index
                                 everything ? QStringLiteral("SELECT %1 AS sid FROM %2 WHERE unapplied <> 0")
                                                      .arg(idColumn, stateTable)
                                            : QStringLiteral("SELECT st.%1 AS sid FROM customers c JOIN %2 st ON "
                                                             "st.customer_id = c.id "
                                                             "AND st.unapplied <> 0 WHERE %3")
                                                      .arg(idColumn, stateTable, chunk.filter)));
            int u = 1;
            unapplied.bind(u++, day);
            if (!everything)
                for (const qint64 value : chunk.values)
                    unapplied.bind(u++, value);
            for (int i = 0; i < 3; ++i)
                unapplied.bind(u++, day);
            if (!everything)
                for (const qint64 value : chunk.values)
                    unapplied.bind(u++, value);
            while (unapplied.next()) {
                const MinorUnits amount = unapplied.int64(1);
                if (amount != 0)
                    entry(unapplied.int64(0)).unapplied += amount;
            }
        }
    }

    std::unordered_set<Id> assigned;
    if (everything && !withUnassigned) {
        Statement &ids = statement(QStringLiteral("SELECT id FROM customers WHERE collector_id IS NOT NULL"));
        while (ids.next())
            assigned.insert(ids.int64(0));
    }
    std::vector<AccountFigures> result;
    result.reserve(figures.size());
    for (auto &[id, f] : figures)
        if ((f.open != 0 || f.unapplied != 0) && (!everything || withUnassigned || assigned.contains(id)))
            result.push_back(f);
    std::sort(result.begin(), result.end(),
              [](const AccountFigures &a, const AccountFigures &b) { return a.customerId < b.customerId; });
    return result;
}

MinorUnits CollectionRepository::invoiceOpenOn(Id invoiceId, QDate date)
{
    QSqlQuery &q = cached(QStringLiteral(
            "SELECT s.amount - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = s.invoice_id "
            "AND a.alloc_date <= ?), 0) FROM invoice_state s WHERE s.invoice_id = ? AND s.issue_date <= ?"));
    q.addBindValue(dayValue(date));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    q.addBindValue(dayValue(date));
    Book::exec(q);
    const MinorUnits open = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return open;
}

MinorUnits CollectionRepository::openDisputedAmount(Id invoiceId)
{
    QSqlQuery &q = cached(
            QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM disputes WHERE invoice_id = ? AND status = 'open'"));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    Book::exec(q);
    const MinorUnits amount = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return amount;
}

std::optional<Id> CollectionRepository::creditNoteIdByNumber(const QString &number)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT id FROM credit_notes WHERE number = ?"));
    q.addBindValue(number);
    Book::exec(q);
    std::optional<Id> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

// --- promises -----------------------------------------------------------------------------

std::vector<Id> CollectionRepository::customersWithPromises()
{
    Statement &s = statement(QStringLiteral("SELECT DISTINCT customer_id FROM promises ORDER BY customer_id"));
    std::vector<Id> ids;
    while (s.next())
        ids.push_back(s.int64(0));
    return ids;
}

PromiseRuleInputs promiseRuleInputs(const std::vector<StoredPromise> &promises,
                                    const std::vector<PromisePayment> &payments)
{
    PromiseRuleInputs inputs;
    inputs.promises.reserve(promises.size());
    for (const StoredPromise &p : promises)
        inputs.promises.push_back({p.id, p.customerId, p.takenDate, p.promisedDate, p.amount, p.invoiceId});
    inputs.payments.reserve(payments.size());
    for (const PromisePayment &p : payments) {
        ReceivedPayment payment;
        payment.customerId = p.customerId;
        payment.receivedOn = p.receivedDate;
        payment.amount = p.amount;
        payment.applications.reserve(static_cast<qsizetype>(p.applications.size()));
        for (const auto &[invoiceId, amount] : p.applications)
            payment.applications.append({invoiceId, amount});
        inputs.payments.push_back(std::move(payment));
    }
    return inputs;
}

std::vector<StoredPromise> CollectionRepository::promises(const CustomerScope *scope)
{
    static const QString columns = QStringLiteral(
            "p.id, p.customer_id, p.collector_id, p.contact_id, p.taken_date, p.promised_date, p.amount, p.currency, "
            "p.invoice_id, p.status, p.paid, p.evaluated_as_of");
    std::vector<ScopeChunk> chunks =
            scope ? scopeChunks(*scope) : std::vector<ScopeChunk>{{QStringLiteral("1 = 1"), {}}};
    std::vector<StoredPromise> result;
    for (const ScopeChunk &chunk : chunks) {
        Statement &s = statement(
                scope ? QStringLiteral("SELECT %1 FROM customers c JOIN promises p ON p.customer_id = c.id WHERE %2")
                                .arg(columns, chunk.filter)
                      : QStringLiteral("SELECT %1 FROM promises p").arg(columns));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next()) {
            StoredPromise p;
            p.id = s.int64(0);
            p.customerId = s.int64(1);
            p.collectorId = idOrNothing(s, 2);
            p.contactId = idOrNothing(s, 3);
            p.takenDate = dayOrNothing(s, 4);
            p.promisedDate = dayOrNothing(s, 5);
            p.amount = s.int64(6);
            p.currency = s.text(7);
            p.invoiceId = idOrNothing(s, 8);
            p.status = s.text(9);
            p.paid = s.int64(10);
            p.evaluatedAsOf = dayOrNothing(s, 11);
            result.push_back(std::move(p));
        }
    }
    return result;
}

std::vector<PromisePayment> CollectionRepository::promisePayments(const CustomerScope *scope, QDate asOf, int graceDays)
{
    const qint64 day = asOf.toJulianDay();
    std::vector<ScopeChunk> chunks =
            scope ? scopeChunks(*scope) : std::vector<ScopeChunk>{{QStringLiteral("1 = 1"), {}}};
    std::vector<PromisePayment> result;
    std::unordered_map<Id, std::size_t> byPayment;
    for (const ScopeChunk &chunk : chunks) {
        const QString promiseSource = scope
                ? QStringLiteral("customers c JOIN promises pr ON pr.customer_id = c.id WHERE %1 AND").arg(chunk.filter)
                : QStringLiteral("promises pr WHERE");
        // The payments index gives customer, date and id; the state row the amount and the
        // reversal (the posted payment row itself is not read).
        Statement &payments = statement(
                QStringLiteral(
                        "WITH pc AS MATERIALIZED (SELECT pr.customer_id, MIN(pr.taken_date) AS first_day, "
                        "  MAX(pr.promised_date) AS last_promised FROM %1 pr.taken_date <= ? GROUP BY pr.customer_id) "
                        "SELECT p.id, p.customer_id, p.received_date, s.amount FROM pc "
                        "JOIN payments p ON p.customer_id = pc.customer_id AND p.received_date >= pc.first_day "
                        "  AND p.received_date <= pc.last_promised + ? AND p.received_date <= ? "
                        "JOIN payment_state s ON s.payment_id = p.id "
                        "WHERE s.reversed_date IS NULL OR s.reversed_date > ?")
                        .arg(promiseSource));
        int index = 1;
        for (const qint64 value : chunk.values)
            payments.bind(index++, value);
        payments.bind(index++, day);
        payments.bind(index++, graceDays);
        payments.bind(index++, day);
        payments.bind(index++, day);
        while (payments.next()) {
            PromisePayment p;
            p.paymentId = payments.int64(0);
            p.customerId = payments.int64(1);
            p.receivedDate = QDate::fromJulianDay(payments.int64(2));
            p.amount = payments.int64(3);
            result.push_back(std::move(p));
        }
    }
    // In the order received: customer, date, then entry order.
    std::sort(result.begin(), result.end(), [](const PromisePayment &a, const PromisePayment &b) {
        if (a.customerId != b.customerId)
            return a.customerId < b.customerId;
        if (a.receivedDate != b.receivedDate)
            return a.receivedDate < b.receivedDate;
        return a.paymentId < b.paymentId;
    });
    for (std::size_t i = 0; i < result.size(); ++i)
        byPayment.emplace(result[i].paymentId, i);

    // Applications as of the date to the invoices that promises name.
    for (const ScopeChunk &chunk : chunks) {
        const QString promiseSource = scope
                ? QStringLiteral("customers c JOIN promises pr ON pr.customer_id = c.id WHERE %1 AND").arg(chunk.filter)
                : QStringLiteral("promises pr WHERE");
        Statement &applications = statement(
                QStringLiteral(
                        "WITH named AS MATERIALIZED (SELECT DISTINCT pr.invoice_id FROM %1 pr.invoice_id IS NOT NULL) "
                        "SELECT a.payment_id, a.invoice_id, SUM(a.amount) FROM named n "
                        "JOIN allocations a ON a.invoice_id = n.invoice_id AND a.alloc_date <= ? AND a.payment_id IS "
                        "NOT NULL "
                        "GROUP BY a.payment_id, a.invoice_id ORDER BY a.payment_id, a.invoice_id")
                        .arg(promiseSource));
        int index = 1;
        for (const qint64 value : chunk.values)
            applications.bind(index++, value);
        applications.bind(index++, day);
        while (applications.next()) {
            const auto it = byPayment.find(applications.int64(0));
            if (it == byPayment.end())
                continue;
            const MinorUnits amount = applications.int64(2);
            if (amount != 0)
                result[it->second].applications.emplace_back(applications.int64(1), amount);
        }
    }
    return result;
}

PromiseRuleInputs CollectionRepository::promiseRuleInputsOn(const std::vector<Id> &customers, QDate asOf,
                                                            int graceDays)
{
    const qint64 day = asOf.toJulianDay();
    PromiseRuleInputs inputs;
    std::vector<Id> sorted(customers);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // (the promise rows by promises_customer; the payments by payments_customer and their
    // state rows; the allocations by allocations_invoice: one range each, no temporary tables)
    Statement &promiseRows = statement(
            QStringLiteral("SELECT id, taken_date, promised_date, amount, invoice_id FROM promises "
                           "WHERE customer_id = ? AND taken_date <= ?"));
    Statement &paymentRows = statement(
            QStringLiteral("SELECT p.id, p.received_date, s.amount FROM payments p "
                           "JOIN payment_state s ON s.payment_id = p.id WHERE p.customer_id = ? "
                           "AND p.received_date >= ? AND p.received_date <= ? "
                           "AND (s.reversed_date IS NULL OR s.reversed_date > ?)"));
    std::vector<Id> named;                                     // invoices the promises name
    std::unordered_map<Id, std::size_t> byPayment;             // payment id -> index in inputs.payments
    std::vector<std::pair<std::size_t, std::size_t>> ofCustomer; // each customer's payments: [begin, end)
    for (const Id customerId : sorted) {
        promiseRows.bind(1, customerId);
        promiseRows.bind(2, day);
        qint64 firstDay = 0;
        qint64 lastPromised = 0;
        bool any = false;
        while (promiseRows.next()) {
            PromiseToPay &p = inputs.promises.emplace_back();
            p.id = promiseRows.int64(0);
            p.customerId = customerId;
            const qint64 taken = promiseRows.int64(1);
            const qint64 promised = promiseRows.int64(2);
            p.takenOn = QDate::fromJulianDay(taken);
            p.promisedFor = QDate::fromJulianDay(promised);
            p.amount = promiseRows.int64(3);
            if (!promiseRows.isNull(4)) {
                p.invoiceId = promiseRows.int64(4);
                named.push_back(*p.invoiceId);
            }
            firstDay = any ? std::min(firstDay, taken) : taken;
            lastPromised = any ? std::max(lastPromised, promised) : promised;
            any = true;
        }
        promiseRows.reset();
        if (!any)
            continue;
        // Received from the first day a promise was taken to the last promised date + grace,
        // and not after the date.
        paymentRows.bind(1, customerId);
        paymentRows.bind(2, firstDay);
        paymentRows.bind(3, std::min(lastPromised + graceDays, day));
        paymentRows.bind(4, day);
        const std::size_t begin = inputs.payments.size();
        while (paymentRows.next()) {
            ReceivedPayment &payment = inputs.payments.emplace_back();
            payment.customerId = customerId;
            byPayment.emplace(paymentRows.int64(0), inputs.payments.size() - 1);
            payment.receivedOn = QDate::fromJulianDay(paymentRows.int64(1));
            payment.amount = paymentRows.int64(2);
        }
        paymentRows.reset();
        ofCustomer.emplace_back(begin, inputs.payments.size());
    }
    // In the order received within each customer: date, then entry order (the payment id).
    {
        std::vector<Id> idAt(inputs.payments.size());
        for (const auto &[id, index] : byPayment)
            idAt[index] = id;
        std::vector<std::size_t> order;
        std::vector<ReceivedPayment> ordered;
        ordered.reserve(inputs.payments.size());
        for (const auto &[begin, end] : ofCustomer) {
            order.resize(end - begin);
            for (std::size_t i = begin; i < end; ++i)
                order[i - begin] = i;
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const ReceivedPayment &x = inputs.payments[a];
                const ReceivedPayment &y = inputs.payments[b];
                if (x.receivedOn != y.receivedOn)
                    return x.receivedOn < y.receivedOn;
                return idAt[a] < idAt[b];
            });
            for (const std::size_t i : order) {
                byPayment[idAt[i]] = ordered.size();
                ordered.push_back(std::move(inputs.payments[i]));
            }
        }
        inputs.payments = std::move(ordered);
    }
    // Applications as of the date to the invoices the promises name, summed per payment and
    // invoice (the payments not read above are left out, as in promisePayments).
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    if (!named.empty() && !byPayment.empty()) {
        Statement &applied = statement(
                QStringLiteral("SELECT payment_id, SUM(amount) FROM allocations WHERE invoice_id = ? "
                               "AND alloc_date <= ? AND payment_id IS NOT NULL GROUP BY payment_id"));
        for (const Id invoiceId : named) {
            applied.bind(1, invoiceId);
            applied.bind(2, day);
            while (applied.next()) {
                const auto it = byPayment.find(applied.int64(0));
                const MinorUnits amount = applied.int64(1);
                if (it != byPayment.end() && amount != 0)
                    inputs.payments[it->second].applications.append({invoiceId, amount});
            }
            applied.reset();
        }
    }
    return inputs;
}

Id CollectionRepository::insertPromise(const StoredPromise &p, const Stamp &stamp)
{
    const Id id = nextId(QStringLiteral("promises"));
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO promises (id, customer_id, collector_id, contact_id, taken_date, "
                                         "promised_date, amount, currency, "
                                         "invoice_id, status, paid, evaluated_as_of, created_at, created_by) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(p.customerId));
    q.addBindValue(optionalId(p.collectorId));
    q.addBindValue(optionalId(p.contactId));
    q.addBindValue(dayValue(p.takenDate));
    q.addBindValue(dayValue(p.promisedDate));
    q.addBindValue(QVariant::fromValue<qint64>(p.amount));
    q.addBindValue(p.currency);
    q.addBindValue(optionalId(p.invoiceId));
    q.addBindValue(p.status.isEmpty() ? QStringLiteral("pending") : p.status);
    q.addBindValue(QVariant::fromValue<qint64>(p.paid));
    q.addBindValue(optionalDay(p.evaluatedAsOf));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
    // The customer's maintained outcomes are stale now (promise_outcomes.h).
    Statement &stale = statement(QStringLiteral("DELETE FROM promise_outcome_customers WHERE customer_id = ?"));
    stale.bind(1, p.customerId);
    stale.exec();
    return id;
}

void CollectionRepository::markPromisesEvaluated(QDate asOf)
{
    Statement &s = statement(QStringLiteral("UPDATE promises SET evaluated_as_of = ? "
                                            "WHERE evaluated_as_of IS NULL OR evaluated_as_of <> ?"));
    s.bind(1, asOf.toJulianDay());
    s.bind(2, asOf.toJulianDay());
    s.exec();
}

void CollectionRepository::storePromiseEvaluation(Id promiseId, const QString &status, MinorUnits paid, QDate asOf)
{
    Statement &s =
            statement(QStringLiteral("UPDATE promises SET status = ?, paid = ?, evaluated_as_of = ? WHERE id = ?"));
    s.bind(1, status);
    s.bind(2, paid);
    s.bind(3, asOf.toJulianDay());
    s.bind(4, promiseId);
    s.exec();
}

// --- tasks --------------------------------------------------------------------------------

std::optional<Id> CollectionRepository::insertTask(const TaskRecord &t)
{
    if (!t.dedupeKey.isEmpty() && taskByDedupeKey(t.dedupeKey))
        return std::nullopt;
    const Id id = nextId(QStringLiteral("tasks"));
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO tasks (id, customer_id, assignee_id, kind, due_date, status, "
                                         "source_kind, source_id, dedupe_key, "
                                         "notes, created_at, created_by, done_at, done_by, result) VALUES (?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(t.customerId));
    q.addBindValue(optionalId(t.assigneeId));
    q.addBindValue(t.kind);
    q.addBindValue(dayValue(t.dueDate));
    q.addBindValue(t.status.isEmpty() ? QStringLiteral("open") : t.status);
    q.addBindValue(text(t.sourceKind));
    q.addBindValue(optionalId(t.sourceId));
    q.addBindValue(optionalText(t.dedupeKey));
    q.addBindValue(text(t.notes));
    q.addBindValue(t.createdAt);
    q.addBindValue(optionalId(t.createdBy));
    q.addBindValue(optionalText(t.doneAt));
    q.addBindValue(optionalId(t.doneBy));
    q.addBindValue(text(t.result));
    Book::exec(q);
    return id;
}

std::optional<TaskRecord> CollectionRepository::taskById(Id id)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM tasks t WHERE t.id = ?").arg(QLatin1String(kTaskColumns)));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<TaskRecord> result;
    if (q.next())
        result = taskFrom(q);
    q.finish();
    return result;
}

std::optional<TaskRecord> CollectionRepository::taskByDedupeKey(const QString &key)
{
    QSqlQuery &q =
            cached(QStringLiteral("SELECT %1 FROM tasks t WHERE t.dedupe_key = ?").arg(QLatin1String(kTaskColumns)));
    q.addBindValue(key);
    Book::exec(q);
    std::optional<TaskRecord> result;
    if (q.next())
        result = taskFrom(q);
    q.finish();
    return result;
}

std::vector<std::pair<Id, TaskRecord>> CollectionRepository::queueTasks(std::optional<Id> userId, QDate dueBy)
{
    static const QLatin1String columns("t.id, t.customer_id, t.assignee_id, t.kind, t.due_date, t.source_kind, "
                                       "t.source_id, t.notes");
    Statement &q = statement(
            userId ? QStringLiteral(
                             "SELECT %1, t.assignee_id FROM tasks t WHERE t.assignee_id = ? AND t.status = 'open' "
                             "AND t.due_date <= ? "
                             "UNION ALL "
                             "SELECT %1, c.collector_id FROM customers c JOIN tasks t ON t.customer_id = c.id "
                             "AND t.status = 'open' WHERE c.collector_id = ? AND t.assignee_id IS NULL AND t.due_date "
                             "<= ?")
                             .arg(columns)
                   : QStringLiteral(
                             "SELECT %1, COALESCE(t.assignee_id, c.collector_id) FROM tasks t "
                             "JOIN customers c ON c.id = t.customer_id WHERE t.status = 'open' AND t.due_date <= ? "
                             "AND COALESCE(t.assignee_id, c.collector_id) IS NOT NULL")
                             .arg(columns));
    int index = 1;
    if (userId) {
        q.bind(index++, *userId);
        q.bind(index++, dueBy.toJulianDay());
        q.bind(index++, *userId);
    }
    q.bind(index++, dueBy.toJulianDay());
    std::vector<std::pair<Id, TaskRecord>> result;
    while (q.next()) {
        TaskRecord t;
        t.id = q.int64(0);
        t.customerId = q.int64(1);
        t.assigneeId = idOrNothing(q, 2);
        t.kind = q.text(3);
        t.dueDate = dayOrNothing(q, 4);
        t.sourceKind = q.text(5);
        t.sourceId = idOrNothing(q, 6);
        t.notes = q.text(7);
        result.emplace_back(q.int64(8), std::move(t));
    }
    return result;
}

std::vector<Id> CollectionRepository::customersWithOpenTasks(const CustomerScope &scope)
{
    std::vector<Id> result;
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        Statement &s = statement(QStringLiteral("SELECT DISTINCT t.customer_id FROM customers c JOIN tasks t "
                                                "ON t.customer_id = c.id AND t.status = 'open' WHERE %1")
                                         .arg(chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next())
            result.push_back(s.int64(0));
    }
    return result;
}

CollectionRepository::OpenTasks CollectionRepository::openTasksOfBook(QDate dueBy)
{
    // Every open task through tasks_open (its row is read for the status anyway); its customer is
    // not looked up.
    Statement &q = statement(QStringLiteral("SELECT t.id, t.customer_id, t.assignee_id, t.kind, t.due_date, "
                                            "t.source_kind, t.source_id, t.notes FROM tasks t WHERE t.status = 'open'"));
    const qint64 day = dueBy.toJulianDay();
    // The kinds and source kinds are a few texts: each made into a QString once.
    std::vector<std::pair<QByteArray, QString>> known;
    auto interned = [&](QByteArrayView utf8) -> QString {
        for (const auto &[bytes, text] : known)
            if (bytes == utf8)
                return text;
        known.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8));
        return known.back().second;
    };
    OpenTasks result;
    while (q.next()) {
        const Id customerId = q.int64(1);
        result.customers.push_back(customerId);
        if (q.int64(4) > day)
            continue;
        OpenTask &t = result.due.emplace_back();
        t.id = q.int64(0);
        t.customerId = customerId;
        t.assigneeId = idOrNothing(q, 2);
        t.kind = interned(q.utf8(3));
        t.dueDate = dayOrNothing(q, 4);
        t.sourceKind = interned(q.utf8(5));
        t.sourceId = idOrNothing(q, 6);
        t.notes = q.text(7);
    }
    std::sort(result.customers.begin(), result.customers.end());
    result.customers.erase(std::unique(result.customers.begin(), result.customers.end()), result.customers.end());
    return result;
}

std::vector<CollectionRepository::SourceTask> CollectionRepository::tasksOfSources(const QString &sourceKind,
                                                                                 const std::vector<Id> &sourceIds)
{
    std::vector<SourceTask> result;
    for (const ScopeChunk &chunk : scopeChunks(CustomerScope::of(sourceIds))) {
        QString filter = chunk.filter; // "c.id IN (?, ...)"
        filter.replace(QStringLiteral("c.id"), QStringLiteral("t.source_id"));
        Statement &s = statement(QStringLiteral("SELECT t.source_id, t.assignee_id, t.customer_id FROM tasks t "
                                                "WHERE t.source_kind = ? AND %1")
                                         .arg(filter));
        s.bind(1, sourceKind);
        int index = 2;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next())
            result.push_back({s.int64(0), idOrNothing(s, 1), s.int64(2)});
    }
    return result;
}

std::unordered_set<Id> CollectionRepository::sourcesWithTasks(const QString &sourceKind,
                                                              const std::vector<Id> &sourceIds)
{
    std::unordered_set<Id> result;
    if (sourceIds.size() >= kManySources) {
        const std::unordered_set<Id> wanted(sourceIds.begin(), sourceIds.end());
        Statement &all = statement(QStringLiteral(
                "SELECT t.source_id FROM tasks t WHERE t.source_kind = ? AND t.source_id IS NOT NULL"));
        all.bind(1, sourceKind);
        while (all.next())
            if (const Id id = all.int64(0); wanted.contains(id))
                result.insert(id);
        return result;
    }
    for (const ScopeChunk &chunk : scopeChunks(CustomerScope::of(sourceIds))) {
        QString filter = chunk.filter; // "c.id IN (?, ...)"
        filter.replace(QStringLiteral("c.id"), QStringLiteral("t.source_id"));
        Statement &s = statement(
                QStringLiteral("SELECT t.source_id FROM tasks t WHERE t.source_kind = ? AND %1").arg(filter));
        s.bind(1, sourceKind);
        int index = 2;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next())
            result.insert(s.int64(0));
    }
    return result;
}

void CollectionRepository::completeTask(Id taskId, const QString &at, std::optional<Id> by, const QString &result)
{
    QSqlQuery &q = cached(
            QStringLiteral("UPDATE tasks SET status = 'done', done_at = ?, done_by = ?, result = ? WHERE id = ?"));
    q.addBindValue(at);
    q.addBindValue(optionalId(by));
    q.addBindValue(text(result));
    q.addBindValue(QVariant::fromValue<qint64>(taskId));
    Book::exec(q);
}

void CollectionRepository::moveOpenTasks(const std::vector<Id> &customerIds, std::optional<Id> fromUser,
                                         std::optional<Id> toUser)
{
    QSqlQuery &q = cached(fromUser ? QStringLiteral("UPDATE tasks SET assignee_id = ? WHERE customer_id = ? AND "
                                                    "status = 'open' AND (assignee_id = ? OR assignee_id IS NULL)")
                                   : QStringLiteral("UPDATE tasks SET assignee_id = ? WHERE customer_id = ? AND "
                                                    "status = 'open' AND assignee_id IS NULL"));
    for (const Id customerId : customerIds) {
        q.addBindValue(optionalId(toUser));
        q.addBindValue(QVariant::fromValue<qint64>(customerId));
        if (fromUser)
            q.addBindValue(QVariant::fromValue<qint64>(*fromUser));
        Book::exec(q);
    }
}

// --- contact log --------------------------------------------------------------------------

Id CollectionRepository::insertContact(const ContactRecord &c)
{
    const Id id = nextId(QStringLiteral("contact_log"));
    QSqlQuery &q = cached(QStringLiteral(
            "INSERT INTO contact_log (id, customer_id, user_id, at, channel, person, outcome, notes, duration_seconds, "
            "follow_up_date, override_reason, override_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(c.customerId));
    q.addBindValue(optionalId(c.userId));
    q.addBindValue(c.at);
    q.addBindValue(c.channel);
    q.addBindValue(text(c.person));
    q.addBindValue(c.outcome);
    q.addBindValue(text(c.notes));
    q.addBindValue(c.durationSeconds);
    q.addBindValue(optionalDay(c.followUpDate));
    q.addBindValue(text(c.overrideReason));
    q.addBindValue(optionalId(c.overrideBy));
    Book::exec(q);
    return id;
}

std::vector<ContactRecord> CollectionRepository::contactsSince(Id customerId, const QString &sinceUtc)
{
    QSqlQuery &q = cached(QStringLiteral(
            "SELECT id, customer_id, user_id, at, channel, person, outcome, notes, duration_seconds, follow_up_date, "
            "override_reason, override_by FROM contact_log WHERE customer_id = ? AND at >= ? ORDER BY at, id"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(text(sinceUtc)); // empty: every contact
    Book::exec(q);
    std::vector<ContactRecord> result;
    while (q.next()) {
        ContactRecord c;
        c.id = q.value(0).toLongLong();
        c.customerId = q.value(1).toLongLong();
        c.userId = idOrNothing(q.value(2));
        c.at = q.value(3).toString();
        c.channel = q.value(4).toString();
        c.person = q.value(5).toString();
        c.outcome = q.value(6).toString();
        c.notes = q.value(7).toString();
        c.durationSeconds = q.value(8).toInt();
        c.followUpDate = dayFromValue(q.value(9));
        c.overrideReason = q.value(10).toString();
        c.overrideBy = idOrNothing(q.value(11));
        result.push_back(std::move(c));
    }
    q.finish();
    return result;
}

// --- disputes and complaints --------------------------------------------------------------

Id CollectionRepository::insertDispute(const DisputeRecord &d, const Stamp &stamp)
{
    const Id id = nextId(QStringLiteral("disputes"));
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO disputes (id, invoice_id, customer_id, amount, reason, owner_id, "
                                         "due_date, opened_date, status, "
                                         "resolution, resolved_date, resolution_ref, notes, created_at, created_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(d.invoiceId));
    q.addBindValue(QVariant::fromValue<qint64>(d.customerId));
    q.addBindValue(QVariant::fromValue<qint64>(d.amount));
    q.addBindValue(d.reason);
    q.addBindValue(optionalId(d.ownerId));
    q.addBindValue(optionalDay(d.dueDate));
    q.addBindValue(dayValue(d.openedDate));
    q.addBindValue(d.status.isEmpty() ? QStringLiteral("open") : d.status);
    q.addBindValue(text(d.resolution));
    q.addBindValue(optionalDay(d.resolvedDate));
    q.addBindValue(optionalId(d.resolutionRef));
    q.addBindValue(text(d.notes));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
    disputeFiguresChanged(id);
    return id;
}

void CollectionRepository::disputeFiguresChanged(Id disputeId)
{
    // The figures of the disputed invoice's customer hold its amount back (customer_figures.h).
    Statement &q = statement(QStringLiteral(
            "DELETE FROM customer_figures WHERE customer_id IN (SELECT s.customer_id FROM disputes d "
            "JOIN invoice_state s ON s.invoice_id = d.invoice_id WHERE d.id = ? "
            "UNION SELECT d.customer_id FROM disputes d WHERE d.id = ?)"));
    q.bind(1, disputeId);
    q.bind(2, disputeId);
    q.exec();
}

std::optional<DisputeRecord> CollectionRepository::disputeById(Id id)
{
    QSqlQuery &q =
            cached(QStringLiteral("SELECT %1 FROM disputes d WHERE d.id = ?").arg(QLatin1String(kDisputeColumns)));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<DisputeRecord> result;
    if (q.next())
        result = disputeFrom(q);
    q.finish();
    return result;
}

void CollectionRepository::resolveDispute(Id id, const QString &resolution, QDate resolvedDate,
                                          std::optional<Id> reference, const QString &notes)
{
    QSqlQuery &q = cached(QStringLiteral(
            "UPDATE disputes SET status = 'resolved', resolution = ?, resolved_date = ?, resolution_ref = ?, "
            "notes = CASE WHEN ? = '' THEN notes WHEN notes = '' THEN ? ELSE notes || '\n' || ? END WHERE id = ?"));
    q.addBindValue(resolution);
    q.addBindValue(dayValue(resolvedDate));
    q.addBindValue(optionalId(reference));
    q.addBindValue(text(notes));
    q.addBindValue(text(notes));
    q.addBindValue(text(notes));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    disputeFiguresChanged(id);
}

std::vector<DisputeRecord> CollectionRepository::disputesOpenOn(const CustomerScope &scope, QDate asOf)
{
    std::vector<DisputeRecord> result;
    // A portfolio (a collector's, every assigned account): the disputes read in one pass, each
    // open one's customer looked up (the unary + keeps SQLite off the customers' collector index:
    // one look-up per dispute, not one per customer of the portfolio, 14,000 for a collector at 1m).
    const bool portfolio = scope.kind != CustomerScope::Kind::Customers;
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        QString filter = chunk.filter;
        if (portfolio)
            filter.replace(QStringLiteral("c.collector_id"), QStringLiteral("+c.collector_id"));
        QSqlQuery q = m_book.prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 "
                               "AND d.opened_date <= ? AND (d.resolved_date IS NULL OR d.resolved_date > ?) "
                               "AND d.status <> 'cancelled'")
                        .arg(QLatin1String(kDisputeColumns),
                             portfolio ? QStringLiteral("disputes d JOIN customers c ON c.id = +d.customer_id")
                                       : QStringLiteral("customers c JOIN disputes d ON d.customer_id = c.id"),
                             filter));
        q.setForwardOnly(true);
        for (const qint64 value : chunk.values)
            q.addBindValue(QVariant::fromValue<qint64>(value));
        q.addBindValue(dayValue(asOf));
        q.addBindValue(dayValue(asOf));
        Book::exec(q);
        while (q.next())
            result.push_back(disputeFrom(q));
    }
    return result;
}

Id CollectionRepository::insertWriteOffRequest(Id invoiceId, MinorUnits amount, const QString &currency,
                                               const QString &reason, const Stamp &stamp)
{
    const Id id = nextId(QStringLiteral("adjustment_requests"));
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO adjustment_requests (id, kind, invoice_id, amount, currency, "
                                         "reason, requested_by, requested_at, "
                                         "status) VALUES (?, 'write_off', ?, ?, ?, ?, ?, ?, 'pending')"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    q.addBindValue(QVariant::fromValue<qint64>(amount));
    q.addBindValue(currency);
    q.addBindValue(reason);
    q.addBindValue(optionalId(stamp.userId));
    q.addBindValue(stamp.at);
    Book::exec(q);
    return id;
}

Id CollectionRepository::insertComplaint(const ComplaintRecord &c, const QString &createdAt)
{
    const Id id = nextId(QStringLiteral("complaints"));
    QSqlQuery &q = cached(QStringLiteral(
            "INSERT INTO complaints (id, customer_id, received_date, channel, category, satisfaction, description, "
            "resolution, resolved_date, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(c.customerId));
    q.addBindValue(dayValue(c.receivedDate));
    q.addBindValue(c.channel);
    q.addBindValue(c.category);
    q.addBindValue(optionalInt(c.satisfaction));
    q.addBindValue(text(c.description));
    q.addBindValue(text(c.resolution));
    q.addBindValue(optionalDay(c.resolvedDate));
    q.addBindValue(optionalId(c.userId));
    q.addBindValue(createdAt);
    Book::exec(q);
    return id;
}

// --- escalations --------------------------------------------------------------------------

Id CollectionRepository::insertEscalation(const EscalationRecord &e)
{
    const Id id = nextId(QStringLiteral("escalations"));
    QSqlQuery &q = cached(QStringLiteral(
            "INSERT INTO escalations (id, customer_id, from_user, to_user, reason, status, instructions, created_at, "
            "resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(e.customerId));
    q.addBindValue(optionalId(e.fromUser));
    q.addBindValue(optionalId(e.toUser));
    q.addBindValue(e.reason);
    q.addBindValue(e.status.isEmpty() ? QStringLiteral("open") : e.status);
    q.addBindValue(text(e.instructions));
    q.addBindValue(e.createdAt);
    q.addBindValue(optionalText(e.resolvedAt));
    q.addBindValue(optionalId(e.resolvedBy));
    Book::exec(q);
    return id;
}

std::optional<EscalationRecord> CollectionRepository::escalationById(Id id)
{
    QSqlQuery &q = cached(
            QStringLiteral("SELECT %1 FROM escalations e WHERE e.id = ?").arg(QLatin1String(kEscalationColumns)));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    std::optional<EscalationRecord> result;
    if (q.next())
        result = escalationFrom(q);
    q.finish();
    return result;
}

void CollectionRepository::updateEscalation(const EscalationRecord &e)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE escalations SET to_user = ?, status = ?, instructions = ?, "
                                         "resolved_at = ?, resolved_by = ? WHERE id = ?"));
    q.addBindValue(optionalId(e.toUser));
    q.addBindValue(e.status);
    q.addBindValue(text(e.instructions));
    q.addBindValue(optionalText(e.resolvedAt));
    q.addBindValue(optionalId(e.resolvedBy));
    q.addBindValue(QVariant::fromValue<qint64>(e.id));
    Book::exec(q);
}

std::vector<EscalationRecord> CollectionRepository::escalationsForQueue(std::optional<Id> userId)
{
    QSqlQuery q = m_book.prepare(
            userId ? QStringLiteral(
                             "SELECT %1 FROM escalations e WHERE e.to_user = ? AND e.status IN ('open', 'taken') "
                             "UNION ALL SELECT %1 FROM escalations e WHERE e.from_user = ? AND e.status = 'returned'")
                             .arg(QLatin1String(kEscalationColumns))
                   : QStringLiteral("SELECT %1 FROM escalations e WHERE e.status IN ('open', 'taken', 'returned')")
                             .arg(QLatin1String(kEscalationColumns)));
    if (userId) {
        q.addBindValue(QVariant::fromValue<qint64>(*userId));
        q.addBindValue(QVariant::fromValue<qint64>(*userId));
    }
    Book::exec(q);
    std::vector<EscalationRecord> result;
    while (q.next())
        result.push_back(escalationFrom(q));
    return result;
}

// --- settings -----------------------------------------------------------------------------

std::optional<QString> CollectionRepository::setting(const QString &key)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    Book::exec(q);
    std::optional<QString> result;
    if (q.next())
        result = q.value(0).toString();
    q.finish();
    return result;
}

void CollectionRepository::setSetting(const QString &key, const QString &value, const Stamp &stamp)
{
    QSqlQuery &q = cached(
            QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
}

} // namespace ardesk

// --- maintained promise outcomes ----------------------------------------------------------

namespace ardesk {

std::unordered_map<Id, qint64> CollectionRepository::promiseChangeDays(const CustomerScope &scope)
{
    std::unordered_map<Id, qint64> result;
    auto keep = [&](Id customerId, qint64 day) {
        qint64 &last = result[customerId];
        last = std::max(last, day);
    };
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        // The customers' reversed payments (few: the partial index of reversals).
        Statement &reversed = statement(
                QStringLiteral("SELECT s.customer_id, MAX(s.reversed_date) FROM payment_state s "
                               "WHERE s.reversed_date IS NOT NULL AND s.customer_id IN (SELECT c.id FROM customers c "
                               "WHERE %1) GROUP BY s.customer_id")
                        .arg(chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            reversed.bind(index++, value);
        while (reversed.next())
            keep(reversed.int64(0), reversed.int64(1));
        // Allocations of payments to the invoices their promises name.
        Statement &named = statement(
                QStringLiteral("SELECT pr.customer_id, MAX(a.alloc_date) FROM customers c "
                               "JOIN promises pr ON pr.customer_id = c.id "
                               "JOIN allocations a ON a.invoice_id = pr.invoice_id AND a.payment_id IS NOT NULL "
                               "WHERE %1 AND pr.invoice_id IS NOT NULL GROUP BY pr.customer_id")
                        .arg(chunk.filter));
        index = 1;
        for (const qint64 value : chunk.values)
            named.bind(index++, value);
        while (named.next())
            keep(named.int64(0), named.int64(1));
    }
    return result;
}

std::vector<Id> CollectionRepository::customersNeedingOutcomes(int graceDays)
{
    Statement &s = statement(QStringLiteral(
            "SELECT DISTINCT p.customer_id FROM promises p LEFT JOIN promise_outcome_customers o "
            "ON o.customer_id = p.customer_id AND o.grace_days = ? WHERE o.customer_id IS NULL ORDER BY p.customer_id"));
    s.bind(1, graceDays);
    std::vector<Id> result;
    while (s.next())
        result.push_back(s.int64(0));
    return result;
}

void CollectionRepository::storePromiseOutcomes(const std::vector<Id> &customers,
                                                const std::unordered_map<Id, CustomerOutcomes> &outcomes, int graceDays)
{
    Statement &dropOutcomes = statement(QStringLiteral("DELETE FROM promise_outcomes WHERE customer_id = ?"));
    Statement &dropCustomer = statement(QStringLiteral("DELETE FROM promise_outcome_customers WHERE customer_id = ?"));
    Statement &addOutcome = statement(QStringLiteral(
            "INSERT INTO promise_outcomes (promise_id, customer_id, promised_date, paid, kept_day) VALUES (?, ?, ?, ?, ?)"));
    Statement &addCustomer = statement(QStringLiteral(
            "INSERT INTO promise_outcome_customers (customer_id, grace_days, change_day) VALUES (?, ?, ?)"));
    for (const Id customerId : customers) {
        dropOutcomes.bind(1, customerId);
        dropOutcomes.exec();
        dropCustomer.bind(1, customerId);
        dropCustomer.exec();
        qint64 changeDay = 0;
        if (const auto it = outcomes.find(customerId); it != outcomes.end()) {
            changeDay = it->second.changeDay;
            for (const PromiseOutcome &o : it->second.promises) {
                addOutcome.bind(1, o.promiseId);
                addOutcome.bind(2, o.customerId);
                addOutcome.bind(3, o.promisedDate.toJulianDay());
                addOutcome.bind(4, o.paid);
                if (o.keptOn.isValid())
                    addOutcome.bind(5, o.keptOn.toJulianDay());
                else
                    addOutcome.bindNull(5);
                addOutcome.exec();
            }
        }
        addCustomer.bind(1, customerId);
        addCustomer.bind(2, graceDays);
        addCustomer.bind(3, changeDay);
        addCustomer.exec();
    }
}

std::vector<Id> CollectionRepository::customersWithoutValidOutcomes(const CustomerScope &scope, QDate asOf,
                                                                    int graceDays)
{
    std::vector<Id> result;
    if (scope.kind == CustomerScope::Kind::AllAssigned) {
        // Every assigned account: from the customers with promises (the index promises_customer),
        // not from every customer of the book.
        Statement &s = statement(QStringLiteral(
                "SELECT p.customer_id FROM (SELECT DISTINCT customer_id FROM promises) p "
                "WHERE NOT EXISTS (SELECT 1 FROM promise_outcome_customers o WHERE o.customer_id = p.customer_id "
                "AND o.grace_days = ? AND o.change_day <= ?) "
                "AND EXISTS (SELECT 1 FROM customers c WHERE c.id = p.customer_id AND c.collector_id IS NOT NULL)"));
        s.bind(1, graceDays);
        s.bind(2, asOf.toJulianDay());
        while (s.next())
            result.push_back(s.int64(0));
        std::sort(result.begin(), result.end());
        return result;
    }
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        Statement &s = statement(
                QStringLiteral("SELECT c.id FROM customers c WHERE %1 "
                               "AND EXISTS (SELECT 1 FROM promises p WHERE p.customer_id = c.id) "
                               "AND NOT EXISTS (SELECT 1 FROM promise_outcome_customers o WHERE o.customer_id = c.id "
                               "AND o.grace_days = ? AND o.change_day <= ?)")
                        .arg(chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        s.bind(index++, graceDays);
        s.bind(index++, asOf.toJulianDay());
        while (s.next())
            result.push_back(s.int64(0));
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<PromiseOutcome> CollectionRepository::queueOutcomes(const CustomerScope &scope, QDate asOf, int graceDays,
                                                                QDate relevantFrom)
{
    const qint64 day = asOf.toJulianDay();
    const bool trim = relevantFrom.isValid() && scope.kind != CustomerScope::Kind::Customers;
    // An old broken promise with a follow-up task already (tasks_source_customer): left out.
    const QString withoutOldFollowedUp =
            !trim ? QString()
            : scope.kind == CustomerScope::Kind::Collector
                    ? QStringLiteral(" AND (o.promised_date >= ? OR NOT EXISTS (SELECT 1 FROM tasks t "
                                     "JOIN customers tc ON tc.id = t.customer_id WHERE t.source_kind = 'promise' "
                                     "AND t.source_id = o.promise_id AND tc.collector_id = ?))")
                    : QStringLiteral(" AND (o.promised_date >= ? OR NOT EXISTS (SELECT 1 FROM tasks t "
                                     "WHERE t.source_kind = 'promise' AND t.source_id = o.promise_id))");
    std::vector<PromiseOutcome> result;
    for (const ScopeChunk &chunk : scopeChunks(scope)) {
        Statement &s = statement(
                QStringLiteral("SELECT o.promise_id, o.customer_id, o.promised_date, o.paid, o.kept_day "
                               "FROM customers c JOIN promise_outcome_customers v ON v.customer_id = c.id "
                               "AND v.grace_days = ? AND v.change_day <= ? "
                               "JOIN promise_outcomes o ON o.customer_id = c.id "
                               "WHERE %1 AND ((o.paid = 0 AND o.promised_date < ?%2) OR o.promised_date = ?)")
                        .arg(chunk.filter, withoutOldFollowedUp));
        int index = 1;
        s.bind(index++, graceDays);
        s.bind(index++, day);
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        s.bind(index++, day - graceDays);
        if (trim) {
            s.bind(index++, relevantFrom.toJulianDay() - graceDays); // promised date + grace >= relevantFrom
            if (scope.kind == CustomerScope::Kind::Collector)
                s.bind(index++, scope.collectorId);
        }
        s.bind(index++, day);
        while (s.next())
            result.push_back({s.int64(0), s.int64(1), QDate::fromJulianDay(s.int64(2)), s.int64(3),
                              s.isNull(4) ? QDate() : QDate::fromJulianDay(s.int64(4))});
    }
    std::sort(result.begin(), result.end(),
              [](const PromiseOutcome &a, const PromiseOutcome &b) { return a.promiseId < b.promiseId; });
    return result;
}

std::vector<PromiseOutcome> CollectionRepository::queueOutcomesOfPortfolio(Id collectorId,
                                                                         const std::vector<Id> &validCustomers,
                                                                         QDate asOf, int graceDays, QDate relevantFrom,
                                                                         std::unordered_map<Id, bool> *followedUp)
{
    const qint64 day = asOf.toJulianDay();
    const bool trim = relevantFrom.isValid();
    // A promise follow-up task (open or done) on an account of the portfolio (the index
    // tasks_source_customer, step 19, answers with the task's customer). The promise's own account
    // is in the portfolio, so a task on it answers without looking up the task's customer.
    const QString followUpInPortfolio = QStringLiteral(
            "EXISTS (SELECT 1 FROM tasks t WHERE t.source_kind = 'promise' AND t.source_id = o.promise_id "
            "AND (t.customer_id = o.customer_id OR EXISTS (SELECT 1 FROM customers tc "
            "WHERE tc.id = t.customer_id AND tc.collector_id = ?)))");
    // An old broken promise with one already: left out.
    const QString withoutOldFollowedUp =
            !trim ? QString() : QStringLiteral(" AND (o.promised_date >= ? OR NOT %1)").arg(followUpInPortfolio);
    // Whether a broken one has one (every row of the first read below has nothing counted and is
    // past its grace).
    const QString followed = !followedUp ? QStringLiteral("-1")
                                         : QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(followUpInPortfolio);
    std::vector<PromiseOutcome> result;
    // 1. Nothing counted and past the grace: from the partial index of the unpaid outcomes
    // (promise_outcomes_unpaid, step 19), customer by customer, instead of every outcome of the
    // portfolio's customers.
    for (const ScopeChunk &chunk : scopeChunks(CustomerScope::of(validCustomers))) {
        QString filter = chunk.filter; // "c.id IN (?, ...)"
        filter.replace(QStringLiteral("c.id"), QStringLiteral("o.customer_id"));
        Statement &s = statement(QStringLiteral("SELECT o.promise_id, o.customer_id, o.promised_date, o.kept_day, %3 "
                                                "FROM promise_outcomes o WHERE %1 AND o.paid = 0 "
                                                "AND o.promised_date < ?%2")
                                         .arg(filter, withoutOldFollowedUp, followed));
        int index = 1;
        if (followedUp)
            s.bind(index++, collectorId);
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        s.bind(index++, day - graceDays);
        if (trim) {
            s.bind(index++, relevantFrom.toJulianDay() - graceDays); // promised date + grace >= relevantFrom
            s.bind(index++, collectorId);
        }
        while (s.next()) {
            result.push_back({s.int64(0), s.int64(1), QDate::fromJulianDay(s.int64(2)), 0,
                              s.isNull(3) ? QDate() : QDate::fromJulianDay(s.int64(3))});
            if (followedUp && s.int64(4) >= 0)
                (*followedUp)[s.int64(0)] = s.int64(4) == 1;
        }
    }
    // 2. Promised for the date: the day's outcomes of the book (promise_outcomes_day, step 19),
    // kept for the valid customers.
    {
        const std::unordered_set<Id> valid(validCustomers.begin(), validCustomers.end());
        Statement &s = statement(QStringLiteral("SELECT promise_id, customer_id, promised_date, paid, kept_day "
                                                "FROM promise_outcomes WHERE promised_date = ?"));
        s.bind(1, day);
        while (s.next())
            if (valid.contains(s.int64(1)))
                result.push_back({s.int64(0), s.int64(1), QDate::fromJulianDay(s.int64(2)), s.int64(3),
                                  s.isNull(4) ? QDate() : QDate::fromJulianDay(s.int64(4))});
    }
    std::sort(result.begin(), result.end(),
              [](const PromiseOutcome &a, const PromiseOutcome &b) { return a.promiseId < b.promiseId; });
    // (with grace days below zero a row could be in both reads)
    result.erase(std::unique(result.begin(), result.end(),
                             [](const PromiseOutcome &a, const PromiseOutcome &b) { return a.promiseId == b.promiseId; }),
                 result.end());
    return result;
}

std::vector<Id> CollectionRepository::customersWithPromisesAmong(const std::vector<Id> &customers)
{
    std::vector<Id> result;
    if (customers.size() >= kManySources) {
        // Many (the one pass at 1m: 22,000, most of them without any promise): one pass over
        // promises_customer, each customer once, instead of a look-up per customer in lists of 500
        // (half the time there).
        Statement &all = statement(QStringLiteral("SELECT DISTINCT customer_id FROM promises"));
        while (all.next())
            if (const Id id = all.int64(0); std::binary_search(customers.begin(), customers.end(), id))
                result.push_back(id);
        std::sort(result.begin(), result.end());
        return result;
    }
    for (const ScopeChunk &chunk : scopeChunks(CustomerScope::of(customers))) {
        QString filter = chunk.filter; // "c.id IN (?, ...)"
        filter.replace(QStringLiteral("c.id"), QStringLiteral("p.customer_id"));
        Statement &s = statement(QStringLiteral("SELECT DISTINCT p.customer_id FROM promises p WHERE %1").arg(filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next())
            result.push_back(s.int64(0));
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<PromiseOutcome> CollectionRepository::queueOutcomesOfBook(QDate asOf, int graceDays, QDate relevantFrom,
                                                                     std::vector<Id> *followedUp,
                                                                     std::vector<Id> *validCustomers)
{
    const qint64 day = asOf.toJulianDay();
    // (Both read in key order on SQLite; sorted here when another engine gives another order.)
    auto ascending = [](std::vector<Id> &ids) {
        if (!std::is_sorted(ids.begin(), ids.end()))
            std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    };
    auto contains = [](const std::vector<Id> &ids, Id id) { return std::binary_search(ids.begin(), ids.end(), id); };
    std::vector<Id> valid; // customers whose stored outcomes are valid for the date
    {
        Statement &v = statement(QStringLiteral(
                "SELECT customer_id FROM promise_outcome_customers WHERE grace_days = ? AND change_day <= ?"));
        v.bind(1, graceDays);
        v.bind(2, day);
        while (v.next())
            valid.push_back(v.int64(0));
        ascending(valid);
    }
    // The promises with a follow-up task (open or done, on any account): from the index alone.
    std::vector<Id> ownFollowedUp;
    std::vector<Id> &withTask = followedUp ? *followedUp : ownFollowedUp;
    withTask.clear();
    if (relevantFrom.isValid()) {
        Statement &t = statement(QStringLiteral(
                "SELECT source_id FROM tasks WHERE source_kind = 'promise' AND source_id IS NOT NULL"));
        while (t.next())
            withTask.push_back(t.int64(0));
        ascending(withTask);
    }
    const qint64 oldBefore = relevantFrom.isValid() ? relevantFrom.toJulianDay() - graceDays : 0;
    std::vector<PromiseOutcome> result;
    // Nothing counted and past the grace: the partial index of the unpaid outcomes
    // (promise_outcomes_unpaid, step 19) read whole, not the table.
    {
        Statement &s = statement(QStringLiteral("SELECT promise_id, customer_id, promised_date, kept_day "
                                                "FROM promise_outcomes WHERE paid = 0 AND promised_date < ?"));
        s.bind(1, day - graceDays);
        while (s.next()) {
            const Id customerId = s.int64(1);
            if (!contains(valid, customerId))
                continue;
            const Id promiseId = s.int64(0);
            const qint64 promised = s.int64(2);
            if (relevantFrom.isValid() && promised < oldBefore && contains(withTask, promiseId))
                continue;
            result.push_back({promiseId, customerId, QDate::fromJulianDay(promised), 0,
                              s.isNull(3) ? QDate() : QDate::fromJulianDay(s.int64(3))});
        }
    }
    // Promised for the date (always): by the day (promise_outcomes_day, step 19).
    {
        Statement &s = statement(QStringLiteral("SELECT promise_id, customer_id, promised_date, paid, kept_day "
                                                "FROM promise_outcomes WHERE promised_date = ?"));
        s.bind(1, day);
        while (s.next())
            if (contains(valid, s.int64(1)))
                result.push_back({s.int64(0), s.int64(1), QDate::fromJulianDay(s.int64(2)), s.int64(3),
                                  s.isNull(4) ? QDate() : QDate::fromJulianDay(s.int64(4))});
    }
    std::sort(result.begin(), result.end(),
              [](const PromiseOutcome &a, const PromiseOutcome &b) { return a.promiseId < b.promiseId; });
    result.erase(std::unique(result.begin(), result.end(),
                             [](const PromiseOutcome &a, const PromiseOutcome &b) { return a.promiseId == b.promiseId; }),
                 result.end());
    if (validCustomers)
        *validCustomers = std::move(valid);
    return result;
}

std::unordered_map<Id, std::pair<int, qint64>> CollectionRepository::storedOutcomeCustomers()
{
    Statement &s = statement(
            QStringLiteral("SELECT customer_id, grace_days, change_day FROM promise_outcome_customers"));
    std::unordered_map<Id, std::pair<int, qint64>> result;
    while (s.next())
        result.emplace(s.int64(0), std::pair<int, qint64>{static_cast<int>(s.int64(1)), s.int64(2)});
    return result;
}

std::unordered_map<Id, CustomerOutcomes> CollectionRepository::storedPromiseOutcomes(const std::vector<Id> &customers)
{
    std::unordered_map<Id, CustomerOutcomes> result;
    for (const ScopeChunk &chunk : scopeChunks(CustomerScope::of(customers))) {
        Statement &state = statement(
                QStringLiteral("SELECT c.id, v.change_day FROM customers c JOIN promise_outcome_customers v "
                               "ON v.customer_id = c.id WHERE %1")
                        .arg(chunk.filter));
        int index = 1;
        for (const qint64 value : chunk.values)
            state.bind(index++, value);
        while (state.next())
            result[state.int64(0)].changeDay = state.int64(1);
        Statement &s = statement(
                QStringLiteral("SELECT o.promise_id, o.customer_id, o.promised_date, o.paid, o.kept_day "
                               "FROM customers c JOIN promise_outcomes o ON o.customer_id = c.id WHERE %1")
                        .arg(chunk.filter));
        index = 1;
        for (const qint64 value : chunk.values)
            s.bind(index++, value);
        while (s.next())
            result[s.int64(1)].promises.push_back({s.int64(0), s.int64(1), QDate::fromJulianDay(s.int64(2)),
                                                   s.int64(3),
                                                   s.isNull(4) ? QDate() : QDate::fromJulianDay(s.int64(4))});
    }
    return result;
}

// --- maintained account figures (customer_figures.h) -------------------------------------

std::unordered_map<Id, std::pair<qint64, qint64>> CollectionRepository::figureValidity(const CustomerScope &scope,
                                                                                     QDate day, bool withUnassigned)
{
    // The dated facts the figures of a date without later allocations depend on
    // (summedAccountFigures): an open item counts from its issue day and is overdue from the
    // day after its due date (an instalment part likewise); a dispute holds from its opening
    // to its resolution; unapplied cash and credit count from their day to their reversal.
    const bool all = scope.kind == CustomerScope::Kind::AllAssigned && withUnassigned;
    std::unordered_map<Id, std::pair<qint64, qint64>> result;
    const qint64 d = day.toJulianDay();
    const std::vector<ScopeChunk> chunks = all ? std::vector<ScopeChunk>{ScopeChunk{}} : scopeChunks(scope);
    for (const ScopeChunk &chunk : chunks) {
        auto restrict = [&](const QString &alias) {
            return all ? QString()
                       : QStringLiteral(" AND %1.customer_id IN (SELECT c.id FROM customers c WHERE %2)")
                                 .arg(alias, chunk.filter);
        };
        const QStringList members{
                QStringLiteral("SELECT s.customer_id, s.issue_date FROM invoice_state s WHERE s.open_amount <> 0")
                        + restrict(QStringLiteral("s")),
                QStringLiteral("SELECT s.customer_id, s.due_date + 1 FROM invoice_state s WHERE s.open_amount <> 0")
                        + restrict(QStringLiteral("s")),
                QStringLiteral("SELECT s.customer_id, p.due_date + 1 FROM invoice_installments p "
                               "JOIN invoice_state s ON s.invoice_id = p.invoice_id WHERE s.open_amount <> 0")
                        + restrict(QStringLiteral("s")),
                QStringLiteral("SELECT s.customer_id, d.opened_date FROM disputes d "
                               "JOIN invoice_state s ON s.invoice_id = d.invoice_id WHERE 1 = 1")
                        + restrict(QStringLiteral("s")),
                QStringLiteral("SELECT s.customer_id, d.resolved_date FROM disputes d "
                               "JOIN invoice_state s ON s.invoice_id = d.invoice_id WHERE d.resolved_date IS NOT NULL")
                        + restrict(QStringLiteral("s")),
                QStringLiteral("SELECT st.customer_id, st.received_date FROM payment_state st WHERE st.unapplied <> 0")
                        + restrict(QStringLiteral("st")),
                QStringLiteral("SELECT st.customer_id, st.received_date FROM payment_state st "
                               "WHERE st.reversed_date IS NOT NULL")
                        + restrict(QStringLiteral("st")),
                QStringLiteral("SELECT st.customer_id, st.reversed_date FROM payment_state st "
                               "WHERE st.reversed_date IS NOT NULL")
                        + restrict(QStringLiteral("st")),
                QStringLiteral("SELECT st.customer_id, st.issue_date FROM credit_note_state st WHERE st.unapplied <> 0")
                        + restrict(QStringLiteral("st")),
                QStringLiteral("SELECT st.customer_id, st.issue_date FROM credit_note_state st "
                               "WHERE st.reversed_date IS NOT NULL")
                        + restrict(QStringLiteral("st")),
                QStringLiteral("SELECT st.customer_id, st.reversed_date FROM credit_note_state st "
                               "WHERE st.reversed_date IS NOT NULL")
                        + restrict(QStringLiteral("st")),
        };
        Statement &q = statement(QStringLiteral("WITH ev (customer_id, e) AS (%1) "
                                                "SELECT customer_id, MAX(CASE WHEN e <= ? THEN e END), "
                                                "MIN(CASE WHEN e > ? THEN e END) FROM ev GROUP BY customer_id")
                                         .arg(members.join(QStringLiteral(" UNION ALL "))));
        int index = 1;
        if (!all)
            for (qsizetype m = 0; m < members.size(); ++m)
                for (const qint64 value : chunk.values)
                    q.bind(index++, value);
        q.bind(index++, d);
        q.bind(index++, d);
        while (q.next())
            result[q.int64(0)] = {q.isNull(1) ? 0 : q.int64(1), q.isNull(2) ? kFiguresForever : q.int64(2)};
    }
    return result;
}

std::vector<Id> CollectionRepository::customersNeedingFigures(QDate day)
{
    Statement &q = statement(QStringLiteral(
            "SELECT c.id FROM customers c LEFT JOIN customer_figures f ON f.customer_id = c.id "
            "WHERE f.customer_id IS NULL OR f.valid_from > ? OR f.valid_until <= ? ORDER BY c.id"));
    q.bind(1, day.toJulianDay());
    q.bind(2, day.toJulianDay());
    std::vector<Id> result;
    while (q.next())
        result.push_back(q.int64(0));
    return result;
}

qint64 CollectionRepository::customerCount()
{
    Statement &q = statement(QStringLiteral("SELECT COUNT(*) FROM customers"));
    qint64 count = 0;
    if (q.next())
        count = q.int64(0);
    q.reset();
    return count;
}

void CollectionRepository::storeCustomerFigures(const std::vector<StoredCustomerFigures> &rows)
{
    Statement &q = statement(QStringLiteral(
            "INSERT INTO customer_figures (customer_id, figures_day, valid_from, valid_until, open_amount, overdue, "
            "disputed, unapplied, oldest_overdue_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (customer_id) DO UPDATE SET figures_day = excluded.figures_day, "
            "valid_from = excluded.valid_from, valid_until = excluded.valid_until, "
            "open_amount = excluded.open_amount, overdue = excluded.overdue, disputed = excluded.disputed, "
            "unapplied = excluded.unapplied, oldest_overdue_due = excluded.oldest_overdue_due"));
    for (const StoredCustomerFigures &row : rows) {
        q.bind(1, row.figures.customerId);
        q.bind(2, row.figuresDay);
        q.bind(3, row.validFrom);
        q.bind(4, row.validUntil);
        q.bind(5, row.figures.open);
        q.bind(6, row.figures.overdue);
        q.bind(7, row.figures.disputed);
        q.bind(8, row.figures.unapplied);
        if (row.figures.oldestOverdueDue.isValid())
            q.bind(9, row.figures.oldestOverdueDue.toJulianDay());
        else
            q.bindNull(9);
        q.exec();
    }
}

std::unordered_map<Id, StoredCustomerFigures> CollectionRepository::storedCustomerFigures(
        const std::vector<Id> &customers)
{
    std::unordered_map<Id, StoredCustomerFigures> result;
    for (const ScopeChunk &chunk : scopeChunks(CustomerScope::of(customers))) {
        Statement &q = statement(
                QStringLiteral("SELECT f.customer_id, f.figures_day, f.valid_from, f.valid_until, f.open_amount, "
                               "f.overdue, f.disputed, f.unapplied, f.oldest_overdue_due FROM customer_figures f "
                               "WHERE %1")
                        .arg(QString(chunk.filter).replace(QStringLiteral("c.id"), QStringLiteral("f.customer_id"))));
        int index = 1;
        for (const qint64 value : chunk.values)
            q.bind(index++, value);
        while (q.next()) {
            StoredCustomerFigures row;
            row.figures.customerId = q.int64(0);
            row.figuresDay = q.int64(1);
            row.validFrom = q.int64(2);
            row.validUntil = q.int64(3);
            row.figures.open = q.int64(4);
            row.figures.overdue = q.int64(5);
            row.figures.disputed = q.int64(6);
            row.figures.unapplied = q.int64(7);
            row.figures.oldestOverdueDue = dayOrNothing(q, 8);
            result.emplace(row.figures.customerId, row);
        }
    }
    return result;
}

std::vector<std::pair<Id, qint64>> CollectionRepository::storedFigureDays()
{
    Statement &q = statement(QStringLiteral("SELECT customer_id, figures_day FROM customer_figures ORDER BY customer_id"));
    std::vector<std::pair<Id, qint64>> result;
    while (q.next())
        result.emplace_back(q.int64(0), q.int64(1));
    return result;
}

void CollectionRepository::customerFiguresChanged(Id customerId)
{
    Statement &q = statement(QStringLiteral("DELETE FROM customer_figures WHERE customer_id = ?"));
    q.bind(1, customerId);
    q.exec();
}

void AccountFigures::addOpenInvoice(qint64 asOfDay, qint64 dueDay, MinorUnits openAmount, MinorUnits disputedAmount,
                                    const std::vector<InstalmentPart> *parts)
{
    if (openAmount == 0)
        return;
    const MinorUnits held = std::clamp<MinorUnits>(disputedAmount, 0, std::max<MinorUnits>(openAmount, 0));
    open += openAmount;
    disputed += held;
    if (parts) {
        MinorUnits toHold = held;
        for (const OpenInstalmentPart &part : openInstalmentParts(*parts, openAmount)) {
            const MinorUnits hold = std::clamp<MinorUnits>(toHold, 0, std::max<MinorUnits>(part.open, 0));
            toHold -= hold;
            const MinorUnits chased = part.open - hold;
            if (part.dueDate.toJulianDay() >= asOfDay || chased == 0)
                continue;
            overdue += chased;
            if (chased > 0 && (!oldestOverdueDue.isValid() || part.dueDate < oldestOverdueDue))
                oldestOverdueDue = part.dueDate;
        }
        return;
    }
    if (dueDay < asOfDay) {
        overdue += openAmount - held;
        const QDate due = QDate::fromJulianDay(dueDay);
        if (openAmount > held && (!oldestOverdueDue.isValid() || due < oldestOverdueDue))
            oldestOverdueDue = due;
    }
}

} // namespace ardesk
