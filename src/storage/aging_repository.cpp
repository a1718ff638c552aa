#include "aging_repository.h"

#include "ar_movements.h"
#include "ledger_repository.h"
#include "manager_repository.h"
#include "statement.h"

#include "domain/instalment_terms.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <unordered_map>

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
// Portable min(a, b) and min(max(x, 0), high) (SQLite's two-argument min/max are not PostgreSQL's).
QString smaller(const QString &a, const QString &b)
{
    return QStringLiteral("(CASE WHEN %1 < %2 THEN %1 ELSE %2 END)").arg(a, b);
}
QString clamped(const QString &x, const QString &high)
{
    return QStringLiteral("(CASE WHEN %1 <= 0 THEN 0 WHEN %1 >= %2 THEN %2 ELSE %1 END)").arg(x, high);
}
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
        "  WHERE s.open_amount = 0 AND s.issue_date <= ?%1), "
        // An invoice with instalments is one item per part (docs/credit-policy.md
        // "Instalment terms"): part k is open by open - (the parts after k), between 0 and
        // its amount; its disputed share likewise from the last part back.
        "parts AS (SELECT i.customer_id, i.currency, p.due_date, i.issue_date, i.open_amount AS inv_open, "
        "  i.invoice_id, p.amount AS part_amount, (SELECT COALESCE(SUM(p2.amount), 0) FROM invoice_installments p2 "
        "  WHERE p2.invoice_id = p.invoice_id AND p2.seq > p.seq) AS after_amt "
        "  FROM items i JOIN invoice_installments p ON p.invoice_id = i.invoice_id), "
        "spread AS (SELECT customer_id, currency, due_date, issue_date, open_amount, invoice_id, "
        "  open_amount AS inv_open, 0 AS after_amt FROM items i WHERE NOT EXISTS (SELECT 1 FROM "
        "  invoice_installments p WHERE p.invoice_id = i.invoice_id) "
        "  UNION ALL SELECT customer_id, currency, due_date, issue_date, %4 AS open_amount, invoice_id, inv_open, "
        "  after_amt FROM parts) "
        "SELECT %2 i.currency, %3 AS bucket, SUM(i.open_amount), "
        "  SUM(CASE WHEN d.amt IS NULL THEN 0 ELSE %5 END) "
        "FROM spread i LEFT JOIN disputed d ON d.invoice_id = i.invoice_id WHERE i.open_amount <> 0 "
        "GROUP BY %2 i.currency, bucket")
                            .arg(customerFilter, byCustomer ? QStringLiteral("i.customer_id,") : QString(),
                                 QString(bucketCase).replace(dateColumn, QStringLiteral("i.") + dateColumn),
                                 clamped(QStringLiteral("(inv_open - after_amt)"), QStringLiteral("part_amount")),
                                 clamped(QStringLiteral("(%1 - %2)")
                                                 .arg(smaller(QStringLiteral("d.amt"), QStringLiteral("i.inv_open")),
                                                      smaller(QStringLiteral("i.inv_open"), QStringLiteral("i.after_amt"))),
                                         QStringLiteral("i.open_amount")));

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
        // Each line's customer code and name from a walk of the customers in id order beside
        // the lines (in customer id order too), each line leaving `lines` as it is taken: no
        // map of every customer's name, and the lines are held once (docs/performance.md,
        // issue 8 session 10: the aging detail of a big book).
        report.customers.reserve(lines.size());
        QSqlQuery c = m_book.prepare(QStringLiteral("SELECT id, code, name FROM customers%1 ORDER BY id")
                                             .arg(customerId ? QStringLiteral(" WHERE id = ?") : QString()));
        if (customerId)
            c.addBindValue(QVariant::fromValue<qint64>(*customerId));
        Book::exec(c);
        auto next = lines.begin();
        auto take = [&](const QString &code, const QString &name) {
            report.customers.push_back({code, name, std::move(next->second)});
            next = lines.erase(next);
        };
        while (next != lines.end() && c.next()) {
            const Id id = c.value(0).toLongLong();
            while (next != lines.end() && next->first.customerId < id)
                take(QString(), QString()); // no such customer (cannot happen: a foreign key)
            if (next == lines.end() || next->first.customerId != id)
                continue;
            const QString code = c.value(1).toString();
            const QString name = c.value(2).toString();
            while (next != lines.end() && next->first.customerId == id)
                take(code, name);
        }
        while (next != lines.end())
            take(QString(), QString());
        std::sort(report.customers.begin(), report.customers.end(),
                  [](const CustomerAgingLine &a, const CustomerAgingLine &b) {
                      return a.customerCode != b.customerCode ? a.customerCode < b.customerCode
                                                              : a.line.currency < b.line.currency;
                  });
    }
    return report;
}

std::vector<SnapshotLine> MonthEndAging::lines(std::size_t dateIndex) const
{
    std::vector<SnapshotLine> result;
    const std::size_t dates = m_dates.size();
    const int slots = m_bucketCount + 3;
    if (dateIndex >= dates)
        return result;
    std::vector<std::size_t> order(m_keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_keys[a].first != m_keys[b].first ? m_keys[a].first < m_keys[b].first
                                                  : m_currencies[m_keys[a].second] < m_currencies[m_keys[b].second];
    });
    auto add = [&](Id customer, const QString &currency, const MinorUnits *sums) {
        for (int b = 0; b < m_bucketCount; ++b)
            if (sums[b] != 0)
                result.push_back({customer, currency, b, sums[b]});
        if (sums[m_bucketCount] != 0)
            result.push_back({customer, currency, kSnapshotUnappliedCash, sums[m_bucketCount]});
        if (sums[m_bucketCount + 1] != 0)
            result.push_back({customer, currency, kSnapshotUnappliedCredits, sums[m_bucketCount + 1]});
        if (sums[m_bucketCount + 2] != 0)
            result.push_back({customer, currency, kSnapshotDisputed, sums[m_bucketCount + 2]});
    };
    std::map<QString, std::vector<MinorUnits>> totals;
    for (const std::size_t key : order) {
        const MinorUnits *sums = m_sums.data() + (key * dates + dateIndex) * slots;
        std::vector<MinorUnits> &total = totals[m_currencies[m_keys[key].second]];
        total.resize(slots, 0);
        for (int i = 0; i < slots; ++i)
            total[i] += sums[i];
    }
    for (const auto &[currency, sums] : totals)
        add(0, currency, sums.data());
    for (const std::size_t key : order)
        add(m_keys[key].first, m_currencies[m_keys[key].second], m_sums.data() + (key * dates + dateIndex) * slots);
    return result;
}

MonthEndAging AgingRepository::computeMonthEnds(std::vector<QDate> dates, AgingBasis basis,
                                                const AgingBuckets &buckets)
{
    MonthEndAging result;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    result.m_dates = dates;
    result.m_bucketCount = buckets.bucketCount();
    const std::size_t count = dates.size();
    if (count == 0)
        return result;
    const int bucketCount = buckets.bucketCount();
    const int slots = bucketCount + 3;
    const int cashSlot = bucketCount;
    const int creditSlot = bucketCount + 1;
    const int disputedSlot = bucketCount + 2;
    std::vector<qint64> days;
    for (const QDate date : dates)
        days.push_back(date.toJulianDay());
    const qint64 firstDay = days.front();
    const qint64 lastDay = days.back();
    // An amount dated `day` is "after the date" for dates()[k] with k < segment(day).
    const auto segment = [&](qint64 day) {
        return static_cast<int>(std::lower_bound(days.begin(), days.end(), day) - days.begin());
    };
    const auto bucketOf = [&](qint64 asOfDay, qint64 day) {
        const qint64 late = asOfDay - day;
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

    QHash<QString, int> currencyIndex;
    std::unordered_map<qint64, std::size_t> keyIndex;
    {
        // One row of sums per customer and currency, nearly always one currency a customer.
        Statement customers(m_book, QStringLiteral("SELECT COUNT(*) FROM customers"));
        if (customers.next()) {
            const auto expected = static_cast<std::size_t>(customers.int64(0));
            keyIndex.reserve(expected);
            result.m_keys.reserve(expected);
            result.m_sums.reserve(expected * count * slots);
        }
        customers.reset();
    }
    const auto sumsFor = [&](Id customer, const QString &currency, std::size_t dateIndex) -> MinorUnits * {
        auto c = currencyIndex.constFind(currency);
        if (c == currencyIndex.constEnd()) {
            c = currencyIndex.insert(currency, static_cast<int>(result.m_currencies.size()));
            result.m_currencies.push_back(currency);
        }
        const qint64 packed = customer * 4096 + *c;
        auto [it, inserted] = keyIndex.try_emplace(packed, result.m_keys.size());
        if (inserted) {
            result.m_keys.emplace_back(customer, *c);
            result.m_sums.resize(result.m_sums.size() + count * slots, 0);
        }
        return result.m_sums.data() + (it->second * count + dateIndex) * slots;
    };

    // The allocations after the earliest date of one kind of target (invoice, payment or
    // credit note), sorted by it. Read once per kind, so that only one of these vectors
    // (about a million rows at a million invoices) is held at a time, reserved to its
    // count: the GUI's book-open run has a memory goal.
    struct Later {
        Id id;
        int segment;
        MinorUnits amount;
        bool operator<(const Later &other) const { return id < other.id; }
    };
    const auto readLater = [&](const QString &column) {
        std::vector<Later> later;
        Statement count(m_book, QStringLiteral("SELECT COUNT(%1) FROM allocations WHERE alloc_date > ?").arg(column));
        count.bind(1, firstDay);
        if (count.next())
            later.reserve(static_cast<std::size_t>(count.int64(0)));
        count.reset();
        Statement q(m_book, QStringLiteral("SELECT %1, alloc_date, amount FROM allocations WHERE alloc_date > ? "
                                           "AND %1 IS NOT NULL")
                                .arg(column));
        q.bind(1, firstDay);
        while (q.next())
            later.push_back({q.int64(0), segment(q.int64(1)), q.int64(2)});
        std::sort(later.begin(), later.end()); // the order within one id does not matter: summed
        return later;
    };

    // Disputes by invoice.
    struct Dispute {
        qint64 opened;
        qint64 resolved; // 0: open
        MinorUnits amount;
    };
    std::unordered_map<Id, std::vector<Dispute>> disputes;
    {
        Statement q(m_book, QStringLiteral("SELECT invoice_id, opened_date, resolved_date, amount FROM disputes "
                                           "WHERE opened_date <= ?"));
        q.bind(1, lastDay);
        while (q.next())
            disputes[q.int64(0)].push_back({q.int64(1), q.isNull(2) ? 0 : q.int64(2), q.int64(3)});
    }

    // Sums of the later amounts by segment (index 1..count) for one id.
    std::vector<MinorUnits> bySegment(count + 1);
    std::vector<MinorUnits> after(count); // after[k]: what is dated after dates()[k]
    std::vector<char> anyAfter(count);
    const auto gather = [&](const std::vector<Later> &later, std::size_t &at, Id id) {
        while (at < later.size() && later[at].id < id)
            ++at;
        if (at >= later.size() || later[at].id != id)
            return false;
        std::fill(bySegment.begin(), bySegment.end(), 0);
        int maxSegment = 0;
        for (; at < later.size() && later[at].id == id; ++at) {
            bySegment[later[at].segment] += later[at].amount;
            maxSegment = std::max(maxSegment, later[at].segment);
        }
        MinorUnits sum = 0;
        for (std::size_t k = count; k-- > 0;) {
            sum += bySegment[k + 1];
            after[k] = sum;
            anyAfter[k] = static_cast<int>(k) < maxSegment;
        }
        return true;
    };

    // Invoices: open on each date = open now + what was applied after it.
    {
        const std::vector<Later> invoiceLater = readLater(QStringLiteral("invoice_id"));
        // Invoices with instalments: each part in the bucket of its own due date.
        std::unordered_map<Id, std::pair<std::vector<qint64>, std::vector<MinorUnits>>> instalments;
        if (basis == AgingBasis::DueDate) {
            Statement p(m_book, QStringLiteral("SELECT invoice_id, due_date, amount FROM invoice_installments "
                                               "ORDER BY invoice_id, seq"));
            while (p.next()) {
                auto &parts = instalments[p.int64(0)];
                parts.first.push_back(p.int64(1));
                parts.second.push_back(p.int64(2));
            }
        }
        Statement q(m_book, QStringLiteral("SELECT invoice_id, open_amount, customer_id, currency, issue_date, "
                                           "due_date FROM invoice_state WHERE issue_date <= ? ORDER BY invoice_id"));
        q.bind(1, lastDay);
        std::size_t at = 0;
        QString currency;
        while (q.next()) {
            const Id invoice = q.int64(0);
            const MinorUnits openNow = q.int64(1);
            const bool moved = gather(invoiceLater, at, invoice);
            if (openNow == 0 && !moved)
                continue;
            const Id customer = q.int64(2);
            currency = q.text(3);
            const qint64 issue = q.int64(4);
            const qint64 bucketDay = basis == AgingBasis::DueDate ? q.int64(5) : issue;
            const auto disputed = disputes.find(invoice);
            for (std::size_t k = 0; k < count; ++k) {
                if (issue > days[k])
                    continue;
                const MinorUnits open = openNow + (moved ? after[k] : 0);
                if (open == 0)
                    continue;
                MinorUnits *sums = sumsFor(customer, currency, k);
                if (const auto parts = instalments.find(invoice); parts != instalments.end()) {
                    const std::vector<MinorUnits> spread = spreadOverInstalments(parts->second.second, open);
                    for (std::size_t j = 0; j < spread.size(); ++j)
                        sums[bucketOf(days[k], parts->second.first[j])] += spread[j];
                } else {
                    sums[bucketOf(days[k], bucketDay)] += open;
                }
                if (disputed != disputes.end()) {
                    MinorUnits amount = 0;
                    bool any = false;
                    for (const Dispute &d : disputed->second)
                        if (d.opened <= days[k] && (d.resolved == 0 || d.resolved > days[k])) {
                            amount += d.amount;
                            any = true;
                        }
                    if (any)
                        sums[disputedSlot] += amount < open ? amount : open;
                }
            }
        }
    }

    // Unapplied cash and credits: amount - (allocated - applied after the date), for the
    // sources received by the date and not reversed by it.
    const auto unapplied = [&](const QString &sql, const QString &column, int slot) {
        const std::vector<Later> later = readLater(column);
        Statement q(m_book, sql);
        q.bind(1, lastDay);
        std::size_t at = 0;
        QString currency;
        while (q.next()) {
            const Id source = q.int64(0);
            const MinorUnits unappliedNow = q.int64(1);
            const bool reversed = !q.isNull(2);
            const qint64 reversedDay = reversed ? q.int64(2) : 0;
            const bool moved = gather(later, at, source);
            if (unappliedNow == 0 && !moved && (!reversed || reversedDay <= firstDay))
                continue;
            const Id customer = q.int64(3);
            currency = q.text(4);
            const qint64 start = q.int64(5);
            const MinorUnits amount = q.int64(6);
            const MinorUnits allocated = q.int64(7);
            for (std::size_t k = 0; k < count; ++k) {
                if (start > days[k] || (reversed && reversedDay <= days[k]))
                    continue;
                const bool candidate = unappliedNow != 0 || (moved && anyAfter[k]) || reversed;
                if (!candidate)
                    continue;
                const MinorUnits value = amount - (allocated - (moved ? after[k] : 0));
                if (value != 0)
                    sumsFor(customer, currency, k)[slot] += value;
            }
        }
    };
    unapplied(QStringLiteral("SELECT payment_id, unapplied, reversed_date, customer_id, currency, received_date, "
                             "amount, allocated FROM payment_state WHERE received_date <= ? ORDER BY payment_id"),
              QStringLiteral("payment_id"), cashSlot);
    unapplied(QStringLiteral("SELECT credit_note_id, unapplied, reversed_date, customer_id, currency, issue_date, "
                             "amount, allocated FROM credit_note_state WHERE issue_date <= ? ORDER BY credit_note_id"),
              QStringLiteral("credit_note_id"), creditSlot);
    return result;
}

} // namespace ardesk
