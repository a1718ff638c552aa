#include "kpi_movements.h"

#include "statement.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace ardesk {

namespace {

// Every ledger row's contribution (kind, currency, day, until_day, amount, amount_days), in
// portable SQL: the backfill and the verifier use the same text.
QString contributions()
{
    return QStringLiteral(
        "SELECT 0 AS kind, s.currency AS currency, s.issue_date AS day, 0 AS until_day, s.amount AS amount, "
        "0 AS amount_days FROM invoice_state s "
        "UNION ALL SELECT 1, s.currency, a.alloc_date, 0, a.amount, 0 FROM allocations a "
        "JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "UNION ALL SELECT 2, s.currency, a.alloc_date, 0, a.amount, 0 FROM allocations a "
        "JOIN invoice_state s ON s.invoice_id = a.invoice_id WHERE a.write_off_id IS NOT NULL "
        "UNION ALL SELECT 3, s.currency, a.alloc_date, 0, a.amount, a.amount * (p.received_date - s.issue_date) "
        "FROM allocations a JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "JOIN payment_state p ON p.payment_id = a.payment_id WHERE a.reverses_id IS NULL "
        "UNION ALL SELECT 4, s.currency, o.alloc_date, a.alloc_date, a.amount, "
        "a.amount * (p.received_date - s.issue_date) FROM allocations a "
        "JOIN allocations o ON o.id = a.reverses_id JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "JOIN payment_state p ON p.payment_id = a.payment_id");
}

QString expectedSelect()
{
    return QStringLiteral("SELECT kind, currency, day, until_day, SUM(amount), SUM(amount_days), COUNT(*) FROM (%1) m "
                          "GROUP BY kind, currency, day, until_day")
        .arg(contributions());
}

// Every ledger row's contribution per customer (customer_id, kind, currency, day, until_day,
// amount, amount_days), kinds 0-6, for kpi_group_movements: the backfill and the verifier.
QString customerContributions()
{
    return QStringLiteral(
        "SELECT s.customer_id AS customer_id, 0 AS kind, s.currency AS currency, s.issue_date AS day, "
        "0 AS until_day, s.amount AS amount, 0 AS amount_days FROM invoice_state s "
        "UNION ALL SELECT s.customer_id, 5, s.currency, s.due_date, s.issue_date, s.amount, 0 FROM invoice_state s "
        "UNION ALL SELECT s.customer_id, 1, s.currency, a.alloc_date, 0, a.amount, 0 FROM allocations a "
        "JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "UNION ALL SELECT s.customer_id, 2, s.currency, a.alloc_date, 0, a.amount, 0 FROM allocations a "
        "JOIN invoice_state s ON s.invoice_id = a.invoice_id WHERE a.write_off_id IS NOT NULL "
        "UNION ALL SELECT s.customer_id, 3, s.currency, a.alloc_date, 0, a.amount, "
        "a.amount * (p.received_date - s.issue_date) "
        "FROM allocations a JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "JOIN payment_state p ON p.payment_id = a.payment_id WHERE a.reverses_id IS NULL "
        "UNION ALL SELECT s.customer_id, 4, s.currency, o.alloc_date, a.alloc_date, a.amount, "
        "a.amount * (p.received_date - s.issue_date) FROM allocations a "
        "JOIN allocations o ON o.id = a.reverses_id JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "JOIN payment_state p ON p.payment_id = a.payment_id "
        "UNION ALL SELECT s.customer_id, 6, s.currency, s.due_date, a.alloc_date, a.amount, 0 FROM allocations a "
        "JOIN invoice_state s ON s.invoice_id = a.invoice_id WHERE a.alloc_date <= s.due_date");
}

// The group rows: each customer's contributions under the groups kpi_customer_groups files
// it under, once per grouping (1 collector, 2 segment, 3 risk class).
QString expectedGroupSelect()
{
    return QStringLiteral(
               "SELECT k.dimension, m.kind, m.currency, CASE k.dimension WHEN 1 THEN f.collector_key "
               "WHEN 2 THEN f.segment_key ELSE f.risk_key END AS group_key, m.day, m.until_day, SUM(m.amount), "
               "SUM(m.amount_days), COUNT(*) FROM (%1) m "
               "JOIN kpi_customer_groups f ON f.customer_id = m.customer_id "
               "CROSS JOIN (SELECT 1 AS dimension UNION ALL SELECT 2 UNION ALL SELECT 3) k "
               "GROUP BY k.dimension, m.kind, m.currency, CASE k.dimension WHEN 1 THEN f.collector_key "
               "WHEN 2 THEN f.segment_key ELSE f.risk_key END, m.day, m.until_day")
        .arg(customerContributions());
}

// The same rows as expectedGroupSelect, summed in two stages for the migration's backfill:
// first per customer-group combination (collector, segment and risk class filed together;
// the contribution rows are sorted once), then per grouping from those sums. The sums of
// sums and the sum of the counts are the same integers as the one-stage sums and count, and
// a group row exists exactly when one contribution falls in it, so the table is the same row
// for row; SQLite sorts about 4.4 million rows once and 1.6 million sums on the 1m demo book
// instead of 13 million rows (three per contribution), a third of the CPU and of the memory
// (docs/performance.md "KPI set by group"). The verifier keeps the one-stage text.
QString backfillGroupSelect()
{
    return QStringLiteral(
               "SELECT k.dimension, c.kind, c.currency, CASE k.dimension WHEN 1 THEN c.collector_key "
               "WHEN 2 THEN c.segment_key ELSE c.risk_key END AS group_key, c.day, c.until_day, SUM(c.amount), "
               "SUM(c.amount_days), SUM(c.entries) FROM (SELECT f.collector_key AS collector_key, "
               "f.segment_key AS segment_key, f.risk_key AS risk_key, m.kind AS kind, m.currency AS currency, "
               "m.day AS day, m.until_day AS until_day, SUM(m.amount) AS amount, SUM(m.amount_days) AS amount_days, "
               "COUNT(*) AS entries FROM (%1) m JOIN kpi_customer_groups f ON f.customer_id = m.customer_id "
               "GROUP BY f.collector_key, f.segment_key, f.risk_key, m.kind, m.currency, m.day, m.until_day) c "
               "CROSS JOIN (SELECT 1 AS dimension UNION ALL SELECT 2 UNION ALL SELECT 3) k "
               "GROUP BY k.dimension, c.kind, c.currency, CASE k.dimension WHEN 1 THEN c.collector_key "
               "WHEN 2 THEN c.segment_key ELSE c.risk_key END, c.day, c.until_day")
        .arg(customerContributions());
}

KpiGroupMovementMap readGroupRows(QSqlQuery &q)
{
    KpiGroupMovementMap rows;
    while (q.next()) {
        KpiMovementSums sums{q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong()};
        if (sums.entries != 0)
            rows[{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toLongLong(), q.value(5).toLongLong()}] = sums;
    }
    return rows;
}

KpiMovementMap readRows(QSqlQuery &q)
{
    KpiMovementMap rows;
    while (q.next()) {
        KpiMovementSums sums{q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};
        if (sums.entries != 0)
            rows[{q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()}] =
                sums;
    }
    return rows;
}

} // namespace

QStringList kpiMovementsSchema()
{
    return {
        QStringLiteral("CREATE TABLE kpi_movements (kind INTEGER NOT NULL, currency TEXT NOT NULL, "
                       "day INTEGER NOT NULL, until_day INTEGER NOT NULL, amount {BIGINT} NOT NULL, "
                       "amount_days {BIGINT} NOT NULL, entries {BIGINT} NOT NULL, "
                       "PRIMARY KEY (kind, currency, day, until_day)){WITHOUT_ROWID}"),
        QStringLiteral("INSERT INTO kpi_movements (kind, currency, day, until_day, amount, amount_days, entries) %1")
            .arg(expectedSelect()),
    };
}

QStringList kpiGroupMovementsSchema()
{
    return {
        QStringLiteral("CREATE TABLE kpi_customer_groups (customer_id {BIGINT} NOT NULL PRIMARY KEY, "
                       "collector_key TEXT NOT NULL, segment_key TEXT NOT NULL, risk_key TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO kpi_customer_groups (customer_id, collector_key, segment_key, risk_key) "
                       "SELECT id, COALESCE(CAST(collector_id AS TEXT), ''), COALESCE(segment, ''), "
                       "COALESCE(risk_class, '') FROM customers"),
        QStringLiteral("CREATE TABLE kpi_group_movements (dimension INTEGER NOT NULL, kind INTEGER NOT NULL, "
                       "currency TEXT NOT NULL, group_key TEXT NOT NULL, day INTEGER NOT NULL, "
                       "until_day INTEGER NOT NULL, amount {BIGINT} NOT NULL, amount_days {BIGINT} NOT NULL, "
                       "entries {BIGINT} NOT NULL, "
                       "PRIMARY KEY (dimension, kind, day, currency, group_key, until_day)){WITHOUT_ROWID}"),
        QStringLiteral("INSERT INTO kpi_group_movements (dimension, kind, currency, group_key, day, until_day, amount, "
                       "amount_days, entries) %1")
            .arg(backfillGroupSelect()),
    };
}

KpiGroupMovementMap expectedKpiGroupMovements(Book &book)
{
    QSqlQuery q = book.exec(expectedGroupSelect());
    return readGroupRows(q);
}

KpiGroupMovementMap storedKpiGroupMovements(Book &book)
{
    QSqlQuery q = book.exec(QStringLiteral("SELECT dimension, kind, currency, group_key, day, until_day, amount, "
                                           "amount_days, entries FROM kpi_group_movements WHERE entries <> 0"));
    return readGroupRows(q);
}

void invoiceContributions(qint64 issueDay, qint64 dueDay, MinorUnits amount, std::vector<KpiContribution> &out)
{
    out.push_back({KpiMovementKind::Sales, issueDay, 0, amount, 0});
    out.push_back({KpiMovementKind::InvoiceByDue, dueDay, issueDay, amount, 0});
}

void allocationContributions(qint64 day, MinorUnits amount, AllocationSource source, bool reverses,
                             std::optional<qint64> originalDay, std::optional<qint64> paymentReceivedDay,
                             qint64 invoiceIssueDay, qint64 invoiceDueDay, std::vector<KpiContribution> &out)
{
    out.push_back({KpiMovementKind::Applied, day, 0, amount, 0});
    if (source == AllocationSource::WriteOff)
        out.push_back({KpiMovementKind::WrittenOff, day, 0, amount, 0});
    if (source == AllocationSource::Payment && paymentReceivedDay) {
        const qint64 amountDays = amount * (*paymentReceivedDay - invoiceIssueDay);
        if (!reverses)
            out.push_back({KpiMovementKind::Paid, day, 0, amount, amountDays});
        else if (originalDay)
            out.push_back({KpiMovementKind::PaidReversed, *originalDay, day, amount, amountDays});
    }
    if (day <= invoiceDueDay)
        out.push_back({KpiMovementKind::AppliedByDue, invoiceDueDay, day, amount, 0});
}

std::vector<KpiContribution> customerKpiContributions(Book &book, Id customerId)
{
    std::vector<KpiContribution> rows;
    Statement invoices(book, QStringLiteral("SELECT s.issue_date, s.due_date, s.amount FROM invoices i "
                                            "JOIN invoice_state s ON s.invoice_id = i.id WHERE i.customer_id = ?"));
    invoices.bind(1, customerId);
    while (invoices.next())
        invoiceContributions(invoices.int64(0), invoices.int64(1), invoices.int64(2), rows);
    Statement allocations(
        book, QStringLiteral("SELECT a.alloc_date, a.amount, a.payment_id, a.write_off_id, a.reverses_id, o.alloc_date, "
                             "p.received_date, s.issue_date, s.due_date FROM invoices i "
                             "JOIN invoice_state s ON s.invoice_id = i.id JOIN allocations a ON a.invoice_id = i.id "
                             "LEFT JOIN allocations o ON o.id = a.reverses_id "
                             "LEFT JOIN payment_state p ON p.payment_id = a.payment_id WHERE i.customer_id = ?"));
    allocations.bind(1, customerId);
    while (allocations.next()) {
        const AllocationSource source = !allocations.isNull(2)   ? AllocationSource::Payment
                                        : !allocations.isNull(3) ? AllocationSource::WriteOff
                                                                 : AllocationSource::CreditNote;
        const bool reverses = !allocations.isNull(4);
        std::optional<qint64> originalDay;
        if (reverses && !allocations.isNull(5))
            originalDay = allocations.int64(5);
        std::optional<qint64> received;
        if (!allocations.isNull(6))
            received = allocations.int64(6);
        allocationContributions(allocations.int64(0), allocations.int64(1), source, reverses, originalDay, received,
                                allocations.int64(7), allocations.int64(8), rows);
    }
    return rows;
}

KpiMovementMap expectedKpiMovements(Book &book)
{
    QSqlQuery q = book.exec(expectedSelect());
    return readRows(q);
}

KpiMovementMap storedKpiMovements(Book &book)
{
    QSqlQuery q = book.exec(QStringLiteral(
        "SELECT kind, currency, day, until_day, amount, amount_days, entries FROM kpi_movements WHERE entries <> 0"));
    return readRows(q);
}

KpiMovementWriter::KpiMovementWriter(Book &book) : m_book(book) {}
KpiMovementWriter::~KpiMovementWriter() = default;

void KpiMovementWriter::invoicePosted(Id customerId, const QString &currency, qint64 issueDay, qint64 dueDay,
                                     MinorUnits amount)
{
    m_rows.clear();
    invoiceContributions(issueDay, dueDay, amount, m_rows);
    addAll(customerId, currency, m_rows);
}

void KpiMovementWriter::allocationPosted(const Allocation &a, Id customerId, const QString &currency,
                                         qint64 invoiceIssueDay, qint64 invoiceDueDay,
                                         std::optional<qint64> paymentReceivedDay)
{
    const qint64 day = a.date.toJulianDay();
    std::optional<qint64> originalDay;
    if (a.source == AllocationSource::Payment && paymentReceivedDay && a.reversesId) {
        if (!m_originalDay)
            m_originalDay = std::make_unique<Statement>(m_book, QStringLiteral("SELECT alloc_date FROM allocations "
                                                                               "WHERE id = ?"));
        m_originalDay->bind(1, *a.reversesId);
        if (!m_originalDay->next())
            throw StorageError(QCoreApplication::translate("KpiMovements", "allocation %1 reverses allocation %2, "
                                                                           "which does not exist")
                                   .arg(a.id)
                                   .arg(*a.reversesId));
        originalDay = m_originalDay->int64(0);
        m_originalDay->reset();
    }
    m_rows.clear();
    allocationContributions(day, a.amount, a.source, a.reversesId.has_value(), originalDay, paymentReceivedDay,
                            invoiceIssueDay, invoiceDueDay, m_rows);
    addAll(customerId, currency, m_rows);
}

const KpiMovementWriter::FiledGroups &KpiMovementWriter::filedGroups(Id customerId)
{
    if (m_batch)
        if (const auto found = m_filed.constFind(customerId); found != m_filed.constEnd())
            return *found;
    if (!m_readFiled)
        m_readFiled = std::make_unique<Statement>(
            m_book, QStringLiteral("SELECT collector_key, segment_key, risk_key FROM kpi_customer_groups "
                                   "WHERE customer_id = ?"));
    FiledGroups filed;
    m_readFiled->bind(1, customerId);
    if (m_readFiled->next()) {
        filed = {m_readFiled->text(0), m_readFiled->text(1), m_readFiled->text(2)};
        m_readFiled->reset();
    } else {
        m_readFiled->reset();
        // The customer's first posting: file it under its groups of today.
        if (!m_insertFiled)
            m_insertFiled = std::make_unique<Statement>(
                m_book, QStringLiteral("INSERT INTO kpi_customer_groups (customer_id, collector_key, segment_key, "
                                       "risk_key) SELECT id, COALESCE(CAST(collector_id AS TEXT), ''), "
                                       "COALESCE(segment, ''), COALESCE(risk_class, '') FROM customers WHERE id = ?"));
        m_insertFiled->bind(1, customerId);
        m_insertFiled->exec();
        m_readFiled->bind(1, customerId);
        if (!m_readFiled->next())
            throw StorageError(QCoreApplication::translate("KpiMovements", "posting for customer %1, which does not "
                                                                           "exist")
                                   .arg(customerId));
        filed = {m_readFiled->text(0), m_readFiled->text(1), m_readFiled->text(2)};
        m_readFiled->reset();
    }
    if (m_batch)
        return *m_filed.insert(customerId, filed);
    m_lastFiled = filed;
    return m_lastFiled;
}

std::size_t KpiMovementWriter::PendingKeyHash::operator()(const PendingKey &key) const noexcept
{
    std::size_t h = qHash(key.currency) ^ (qHash(key.groupKey) * 31);
    for (const qint64 part : {key.day, key.untilDay, qint64{key.dimension} * 16 + key.kind})
        h = (h ^ static_cast<std::size_t>(part)) * 0x9E3779B97F4A7C15ull + (h >> 29);
    return h;
}

void KpiMovementWriter::addPending(PendingMap &map, PendingKey &&key, const KpiMovementSums &sums)
{
    KpiMovementSums &pending = map[std::move(key)];
    pending.amount += sums.amount;
    pending.amountDays += sums.amountDays;
    ++pending.entries;
}

void KpiMovementWriter::addAll(Id customerId, const QString &currency, const std::vector<KpiContribution> &rows)
{
    const FiledGroups &filed = filedGroups(customerId);
    const QString *groupKeys[] = {&filed.collector, &filed.segment, &filed.riskClass};
    for (const KpiContribution &row : rows) {
        const int kind = static_cast<int>(row.kind);
        const KpiMovementSums sums{row.amount, row.amountDays, 1};
        if (row.kind != KpiMovementKind::InvoiceByDue && row.kind != KpiMovementKind::AppliedByDue) {
            if (m_batch)
                addPending(m_pending, {row.day, row.untilDay, 0, kind, currency, {}}, sums);
            else
                write({kind, currency, row.day, row.untilDay}, sums);
        }
        for (int grouping = kKpiGroupingCollector; grouping <= kKpiGroupingRiskClass; ++grouping) {
            if (m_batch)
                addPending(m_pendingGroups,
                           {row.day, row.untilDay, grouping, kind, currency, *groupKeys[grouping - 1]}, sums);
            else
                writeGroup({grouping, kind, currency, *groupKeys[grouping - 1], row.day, row.untilDay}, sums);
        }
    }
}

void KpiMovementWriter::writeGroup(const KpiGroupMovementKey &key, const KpiMovementSums &sums)
{
    if (!m_groupUpsert)
        m_groupUpsert = std::make_unique<Statement>(
            m_book, QStringLiteral("INSERT INTO kpi_group_movements (dimension, kind, currency, group_key, day, "
                                   "until_day, amount, amount_days, entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (dimension, kind, day, currency, group_key, until_day) DO UPDATE SET "
                                   "amount = kpi_group_movements.amount + excluded.amount, amount_days = "
                                   "kpi_group_movements.amount_days + excluded.amount_days, entries = "
                                   "kpi_group_movements.entries + excluded.entries"));
    const auto &[grouping, kind, currency, groupKey, day, untilDay] = key;
    m_groupUpsert->bind(1, qint64{grouping});
    m_groupUpsert->bind(2, qint64{kind});
    m_groupUpsert->bind(3, currency);
    m_groupUpsert->bind(4, groupKey);
    m_groupUpsert->bind(5, day);
    m_groupUpsert->bind(6, untilDay);
    m_groupUpsert->bind(7, sums.amount);
    m_groupUpsert->bind(8, sums.amountDays);
    m_groupUpsert->bind(9, sums.entries);
    m_groupUpsert->exec();
}

void KpiMovementWriter::write(const KpiMovementKey &key, const KpiMovementSums &sums)
{
    if (!m_upsert)
        m_upsert = std::make_unique<Statement>(
            m_book, QStringLiteral("INSERT INTO kpi_movements (kind, currency, day, until_day, amount, amount_days, "
                                   "entries) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, currency, day, until_day) "
                                   "DO UPDATE SET amount = kpi_movements.amount + excluded.amount, amount_days = "
                                   "kpi_movements.amount_days + excluded.amount_days, entries = "
                                   "kpi_movements.entries + excluded.entries"));
    const auto &[kind, currency, day, untilDay] = key;
    m_upsert->bind(1, qint64{kind});
    m_upsert->bind(2, currency);
    m_upsert->bind(3, day);
    m_upsert->bind(4, untilDay);
    m_upsert->bind(5, sums.amount);
    m_upsert->bind(6, sums.amountDays);
    m_upsert->bind(7, sums.entries);
    m_upsert->exec();
}

void KpiMovementWriter::beginBatch()
{
    m_batch = true;
    m_filed.clear();
}

void KpiMovementWriter::flush()
{
    m_batch = false;
    m_filed.clear();
    // In each table's key order (kpi_movements: kind, currency, day, until_day;
    // kpi_group_movements: dimension, kind, day, currency, group_key, until_day): the
    // upserts walk the B-trees forwards. Both tables are keyed by exactly those columns, so
    // the stored rows do not depend on the order.
    using Row = std::pair<const PendingKey *, KpiMovementSums>;
    auto sorted = [](const PendingMap &map, auto less) {
        std::vector<Row> rows;
        rows.reserve(map.size());
        for (const auto &[key, sums] : map)
            rows.emplace_back(&key, sums);
        std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) { return less(*a.first, *b.first); });
        return rows;
    };
    PendingMap pending;
    pending.swap(m_pending);
    for (const auto &[key, sums] : sorted(pending, [](const PendingKey &x, const PendingKey &y) {
             if (x.kind != y.kind)
                 return x.kind < y.kind;
             if (const int c = x.currency.compare(y.currency); c != 0)
                 return c < 0;
             return std::pair(x.day, x.untilDay) < std::pair(y.day, y.untilDay);
         }))
        write({key->kind, key->currency, key->day, key->untilDay}, sums);
    PendingMap pendingGroups;
    pendingGroups.swap(m_pendingGroups);
    for (const auto &[key, sums] : sorted(pendingGroups, [](const PendingKey &x, const PendingKey &y) {
             if (std::tuple(x.dimension, x.kind, x.day) != std::tuple(y.dimension, y.kind, y.day))
                 return std::tuple(x.dimension, x.kind, x.day) < std::tuple(y.dimension, y.kind, y.day);
             if (const int c = x.currency.compare(y.currency); c != 0)
                 return c < 0;
             if (const int c = x.groupKey.compare(y.groupKey); c != 0)
                 return c < 0;
             return x.untilDay < y.untilDay;
         }))
        writeGroup({key->dimension, key->kind, key->currency, key->groupKey, key->day, key->untilDay}, sums);
}

} // namespace ardesk
