#include "aging_repository.h"

#include "ar_movements.h"
#include "ledger_repository.h"

#include <QSqlQuery>

#include <map>

namespace ardesk {

namespace {
struct Key {
    Id customerId;
    QString currency;
    bool operator<(const Key &other) const
    {
        return customerId != other.customerId ? customerId < other.customerId : currency < other.currency;
    }
};
} // namespace

AgingReport AgingRepository::compute(QDate asOf, AgingBasis basis, const AgingBuckets &buckets, AgingGrouping grouping,
                                     std::optional<Id> customerId)
{
    if (basis == AgingBasis::DueDate && grouping == AgingGrouping::Total && !customerId)
        return computeFromMovements(asOf, buckets);
    return computeDetailed(asOf, basis, buckets, grouping, customerId);
}

AgingReport AgingRepository::computeFromMovements(QDate asOf, const AgingBuckets &buckets)
{
    AgingReport report;
    report.asOf = asOf;
    report.basis = AgingBasis::DueDate;
    report.buckets = buckets;
    const int bucketCount = buckets.bucketCount();
    const qint64 day = asOf.toJulianDay();
    const auto bucketOf = [&](qint64 dueDay) {
        const qint64 late = day - dueDay;
        if (late <= 0)
            return 0;
        int b = 1;
        for (const int edge : buckets.edges()) {
            if (late <= edge)
                return b;
            ++b;
        }
        return b;
    };

    std::map<QString, AgingLine> lines;
    auto lineFor = [&](const QString &currency) -> AgingLine & {
        auto [it, inserted] = lines.try_emplace(currency);
        if (inserted) {
            it->second.currency = currency;
            it->second.buckets.assign(bucketCount, 0);
        }
        return it->second;
    };

    // The blocks before the date's block, then the days of its block up to the date.
    QSqlQuery q = m_book.prepare(QStringLiteral(
        "SELECT kind, currency, due_day, SUM(amount) FROM ("
        "SELECT kind, currency, due_day, amount FROM ar_movements WHERE grain = 1 AND move_day < ? "
        "UNION ALL SELECT kind, currency, due_day, amount FROM ar_movements WHERE grain = 0 AND move_day >= ? "
        "AND move_day <= ?) m GROUP BY kind, currency, due_day"));
    const QVariant blockStart = QVariant::fromValue<qint64>(movementBlockStart(day));
    q.addBindValue(blockStart);
    q.addBindValue(blockStart);
    q.addBindValue(QVariant::fromValue<qint64>(day));
    Book::exec(q);
    std::map<std::pair<QString, int>, MinorUnits> sums;
    while (q.next()) {
        const MinorUnits amount = q.value(3).toLongLong();
        if (amount == 0)
            continue;
        const int kind = q.value(0).toInt();
        const QString currency = q.value(1).toString();
        const int slot = kind == 0 ? bucketOf(q.value(2).toLongLong()) : -kind;
        sums[{currency, slot}] += amount;
    }
    for (const auto &[key, amount] : sums) {
        if (amount == 0)
            continue;
        AgingLine &line = lineFor(key.first);
        if (key.second >= 0)
            line.buckets[key.second] += amount;
        else if (key.second == -1)
            line.unappliedCash += amount;
        else
            line.unappliedCredits += amount;
    }

    // Disputed amounts: only the invoices with a dispute open on the date, each capped at
    // its open amount on the date.
    QSqlQuery d = m_book.prepare(QStringLiteral(
        "WITH disputed AS (SELECT invoice_id, SUM(amount) AS amt FROM disputes WHERE opened_date <= ? "
        "  AND (resolved_date IS NULL OR resolved_date > ?) GROUP BY invoice_id), "
        "items AS (SELECT s.currency, s.due_date, d.amt, s.open_amount + COALESCE((SELECT SUM(a.amount) "
        "  FROM allocations a WHERE a.invoice_id = s.invoice_id AND a.alloc_date > ?), 0) AS open_amount "
        "  FROM disputed d JOIN invoice_state s ON s.invoice_id = d.invoice_id WHERE s.issue_date <= ?) "
        "SELECT currency, due_date, CASE WHEN amt < open_amount THEN amt ELSE open_amount END FROM items "
        "WHERE open_amount <> 0"));
    const QVariant dayVariant = dayValue(asOf);
    for (int i = 0; i < 4; ++i)
        d.addBindValue(dayVariant);
    Book::exec(d);
    while (d.next()) {
        const MinorUnits amount = d.value(2).toLongLong();
        if (amount != 0)
            lineFor(d.value(0).toString()).disputed += amount;
    }
    for (auto &[currency, line] : lines)
        report.currencies.push_back(std::move(line));
    return report;
}

AgingReport AgingRepository::computeDetailed(QDate asOf, AgingBasis basis, const AgingBuckets &buckets,
                                             AgingGrouping grouping, std::optional<Id> customerId)
{
    AgingReport report;
    report.asOf = asOf;
    report.basis = basis;
    report.buckets = buckets;
    const int bucketCount = buckets.bucketCount();
    const QVariant day = dayValue(asOf);
    const bool byCustomer = grouping == AgingGrouping::Customer || customerId.has_value();

    // CASE expression for the bucket; the edges are bound as parameters.
    const QString dateColumn = basis == AgingBasis::DueDate ? QStringLiteral("due_date") : QStringLiteral("issue_date");
    QString bucketCase = QStringLiteral("CASE WHEN ? - %1 <= 0 THEN 0").arg(dateColumn);
    for (std::size_t i = 0; i < buckets.edges().size(); ++i)
        bucketCase += QStringLiteral(" WHEN ? - %1 <= ? THEN %2").arg(dateColumn).arg(i + 1);
    bucketCase += QStringLiteral(" ELSE %1 END").arg(buckets.edges().size() + 1);
    const QString customerFilter = customerId ? QStringLiteral(" AND s.customer_id = ?") : QString();

    const QString sql = QStringLiteral(
        // Materialized first so the date index is used (not the invoice index for the GROUP BY).
        "WITH later_rows AS MATERIALIZED (SELECT invoice_id, amount FROM allocations WHERE alloc_date > ?), "
        "later AS (SELECT invoice_id, SUM(amount) AS amt FROM later_rows GROUP BY invoice_id), "
        "disputed AS (SELECT invoice_id, SUM(amount) AS amt FROM disputes WHERE opened_date <= ? "
        "  AND (resolved_date IS NULL OR resolved_date > ?) GROUP BY invoice_id), "
        "items AS ("
        "  SELECT s.customer_id, s.currency, s.due_date, s.issue_date, s.open_amount + COALESCE(l.amt, 0) AS open_amount, "
        "         s.invoice_id FROM invoice_state s LEFT JOIN later l ON l.invoice_id = s.invoice_id "
        "  WHERE s.open_amount <> 0 AND s.issue_date <= ?%1 "
        "  UNION ALL "
        "  SELECT s.customer_id, s.currency, s.due_date, s.issue_date, l.amt AS open_amount, s.invoice_id "
        "  FROM later l JOIN invoice_state s ON s.invoice_id = l.invoice_id "
        "  WHERE s.open_amount = 0 AND s.issue_date <= ?%1) "
        "SELECT %2 i.currency, %3 AS bucket, SUM(i.open_amount), "
        "  SUM(CASE WHEN d.amt IS NULL THEN 0 WHEN d.amt < i.open_amount THEN d.amt ELSE i.open_amount END) "
        "FROM items i LEFT JOIN disputed d ON d.invoice_id = i.invoice_id WHERE i.open_amount <> 0 "
        "GROUP BY %2 i.currency, bucket")
                            .arg(customerFilter, byCustomer ? QStringLiteral("i.customer_id,") : QString(),
                                 QString(bucketCase).replace(dateColumn, QStringLiteral("i.") + dateColumn));

    QSqlQuery q = m_book.prepare(sql);
    q.addBindValue(day); // later
    q.addBindValue(day); // disputed opened
    q.addBindValue(day); // disputed resolved
    q.addBindValue(day);
    if (customerId)
        q.addBindValue(QVariant::fromValue<qint64>(*customerId));
    q.addBindValue(day);
    if (customerId)
        q.addBindValue(QVariant::fromValue<qint64>(*customerId));
    q.addBindValue(day);
    for (const int edge : buckets.edges()) {
        q.addBindValue(day);
        q.addBindValue(edge);
    }
    Book::exec(q);

    std::map<Key, AgingLine> lines;
    auto lineFor = [&](Id customer, const QString &currency) -> AgingLine & {
        auto [it, inserted] = lines.try_emplace(Key{customer, currency});
        if (inserted) {
            it->second.currency = currency;
            it->second.buckets.assign(bucketCount, 0);
        }
        return it->second;
    };
    const int offset = byCustomer ? 1 : 0;
    while (q.next()) {
        const Id customer = byCustomer ? q.value(0).toLongLong() : 0;
        AgingLine &line = lineFor(customer, q.value(offset).toString());
        const int bucket = q.value(offset + 1).toInt();
        line.buckets[bucket] += q.value(offset + 2).toLongLong();
        line.disputed += q.value(offset + 3).toLongLong();
    }

    // Unapplied cash and credit notes as of the date.
    auto addUnapplied = [&](const QString &stateTable, const QString &idColumn, const QString &dateCol,
                            const QString &allocColumn, bool credits) {
        const QString filter = customerId ? QStringLiteral(" AND st.customer_id = ?") : QString();
        const QString usql = QStringLiteral(
            "WITH laterp_rows AS MATERIALIZED (SELECT %3 AS sid, amount FROM allocations WHERE alloc_date > ? "
            "  AND %3 IS NOT NULL), "
            "laterp AS (SELECT sid, SUM(amount) AS amt FROM laterp_rows GROUP BY sid), "
            "cand AS (SELECT %2 AS sid FROM %1 WHERE unapplied <> 0 UNION SELECT sid FROM laterp "
            "  UNION SELECT %2 AS sid FROM %1 WHERE reversed_date IS NOT NULL AND reversed_date > ?) "
            "SELECT %5 st.currency, SUM(st.amount - (st.allocated - COALESCE(l.amt, 0))) "
            "FROM cand c JOIN %1 st ON st.%2 = c.sid LEFT JOIN laterp l ON l.sid = c.sid "
            "WHERE st.%4 <= ? AND (st.reversed_date IS NULL OR st.reversed_date > ?)%6 "
            "GROUP BY %5 st.currency")
                                 .arg(stateTable, idColumn, allocColumn, dateCol,
                                      byCustomer ? QStringLiteral("st.customer_id,") : QString(), filter);
        QSqlQuery u = m_book.prepare(usql);
        u.addBindValue(day);
        u.addBindValue(day);
        u.addBindValue(day);
        u.addBindValue(day);
        if (customerId)
            u.addBindValue(QVariant::fromValue<qint64>(*customerId));
        Book::exec(u);
        while (u.next()) {
            const Id customer = byCustomer ? u.value(0).toLongLong() : 0;
            const MinorUnits amount = u.value(offset + 1).toLongLong();
            if (amount == 0)
                continue;
            AgingLine &line = lineFor(customer, u.value(offset).toString());
            (credits ? line.unappliedCredits : line.unappliedCash) += amount;
        }
    };
    addUnapplied(QStringLiteral("payment_state"), QStringLiteral("payment_id"), QStringLiteral("received_date"),
                 QStringLiteral("payment_id"), false);
    addUnapplied(QStringLiteral("credit_note_state"), QStringLiteral("credit_note_id"), QStringLiteral("issue_date"),
                 QStringLiteral("credit_note_id"), true);

    // Totals per currency, and per customer when asked.
    std::map<QString, AgingLine> totals;
    for (const auto &[key, line] : lines) {
        auto [it, inserted] = totals.try_emplace(key.currency);
        if (inserted) {
            it->second.currency = key.currency;
            it->second.buckets.assign(bucketCount, 0);
        }
        for (int b = 0; b < bucketCount; ++b)
            it->second.buckets[b] += line.buckets[b];
        it->second.disputed += line.disputed;
        it->second.unappliedCash += line.unappliedCash;
        it->second.unappliedCredits += line.unappliedCredits;
    }
    for (auto &[currency, line] : totals)
        report.currencies.push_back(std::move(line));

    if (byCustomer && !lines.empty()) {
        QHash<Id, std::pair<QString, QString>> names;
        QSqlQuery c = m_book.exec(QStringLiteral("SELECT id, code, name FROM customers"));
        while (c.next())
            names.insert(c.value(0).toLongLong(), {c.value(1).toString(), c.value(2).toString()});
        for (auto &[key, line] : lines) {
            const auto name = names.value(key.customerId);
            report.customers.push_back({name.first, name.second, std::move(line)});
        }
        std::sort(report.customers.begin(), report.customers.end(),
                  [](const CustomerAgingLine &a, const CustomerAgingLine &b) {
                      return a.customerCode != b.customerCode ? a.customerCode < b.customerCode
                                                              : a.line.currency < b.line.currency;
                  });
    }
    return report;
}

} // namespace ardesk
