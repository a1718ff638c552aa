#include "kpi_repository.h"

#include "ledger_repository.h"
#include "statement.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <ctime>
#include <cmath>
#include <map>

namespace ardesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KpiRepository", text);
}

// The grouping column of the customers table (a fixed expression per grouping, never
// user text). Total groups by the currency alone.
QString groupColumn(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Total: return QStringLiteral("NULL");
    case KpiGrouping::Collector: return QStringLiteral("collector_id");
    case KpiGrouping::Segment: return QStringLiteral("segment");
    case KpiGrouping::RiskClass: return QStringLiteral("risk_class");
    }
    return QStringLiteral("NULL");
}

// Reads every query of one report from the same state of the book: a deferred read
// transaction on SQLite (WAL: a snapshot from the first read), a read-only repeatable-read
// transaction on PostgreSQL. Nothing is written, so the end is a plain COMMIT.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(Book &book) : m_book(book)
    {
        if (m_book.inTransaction())
            return; // the caller's transaction already is one
        m_book.exec(m_book.dialect().engine() == Engine::SQLite
                        ? QStringLiteral("BEGIN")
                        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_open = true;
    }
    ~ReadSnapshot()
    {
        if (!m_open)
            return;
        try {
            m_book.exec(QStringLiteral("COMMIT"));
        } catch (...) {
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Book &m_book;
    bool m_open = false;
};

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// CPU milliseconds per step of a report, logged at trace level (ARDESK_LOG=trace).
class StepTimer final {
public:
    void step(const char *name)
    {
        const std::clock_t now = std::clock();
        if (const auto logger = spdlog::get("ardesk.storage"); logger && logger->should_log(spdlog::level::trace))
            logger->trace("kpi {}: {} ms of CPU", name, (now - m_last) * 1000 / CLOCKS_PER_SEC);
        m_last = now;
    }

private:
    std::clock_t m_last = std::clock();
};

// Amounts by days to pay: a flat array for the usual range, a map for the rest.
class AmountsByDays final {
public:
    void add(qint64 days, MinorUnits amount)
    {
        const qint64 index = days + kOffset;
        if (index >= 0 && index < kFlatSize) {
            if (m_flat.empty())
                m_flat.assign(kFlatSize, 0);
            m_flat[static_cast<std::size_t>(index)] += amount;
        } else {
            m_other[days] += amount;
        }
    }
    // (days, amount) in ascending days, zero sums left out.
    std::vector<AppliedAmount> amounts() const
    {
        std::map<qint64, MinorUnits> all = m_other;
        for (std::size_t i = 0; i < m_flat.size(); ++i)
            if (m_flat[i] != 0)
                all[static_cast<qint64>(i) - kOffset] += m_flat[i];
        std::vector<AppliedAmount> result;
        for (const auto &[days, amount] : all)
            if (amount != 0)
                result.push_back({amount, days});
        return result;
    }

private:
    static constexpr qint64 kOffset = 400;     // prepayments: up to 400 days before the invoice
    static constexpr qint64 kFlatSize = 2400;  // ... to 2,000 days after
    std::vector<MinorUnits> m_flat;
    std::map<qint64, MinorUnits> m_other;
};

struct Accumulated {
    KpiRawFigures figures;
    std::map<QDate, MinorUnits> salesByMonth; // first day of the month -> sales
    AmountsByDays paid;
    bool hasActivity = false;
};

// The report's groups and which group each customer belongs to: the customer's currency
// (the ledger rule keeps its invoices, payments and promises in it) and, when grouped, the
// collector's login (the id when the user is gone), segment or risk class; NULL or empty
// text is "none".
class Groups final {
public:
    Groups(Book &book, KpiGrouping grouping)
    {
        QHash<Id, QString> logins;
        if (grouping == KpiGrouping::Collector) {
            QSqlQuery users = book.exec(QStringLiteral("SELECT id, login FROM users"));
            while (users.next())
                logins.insert(users.value(0).toLongLong(), users.value(1).toString());
        }
        // The distinct groups first (few rows), then each customer's group by index.
        Statement keys(book, QStringLiteral("SELECT DISTINCT currency, %1 FROM customers").arg(groupColumn(grouping)));
        QHash<QString, QHash<QString, int>> indexOf; // currency -> group text ("\\0" for none) -> index
        const QString none(QChar(0));
        std::vector<std::pair<KpiGroupKey, QString>> found;
        while (keys.next()) {
            KpiGroupKey key{keys.text(0), std::nullopt};
            QString raw = none;
            if (grouping != KpiGrouping::Total && !keys.isNull(1)) {
                raw = keys.text(1);
                if (grouping == KpiGrouping::Collector)
                    key.group = logins.value(keys.int64(1), raw);
                else if (!raw.isEmpty())
                    key.group = raw;
            }
            found.emplace_back(key, raw);
        }
        // Several raw values may share a key (no segment as NULL or as empty text).
        std::map<KpiGroupKey, int> indexOfKey;
        for (const auto &[key, raw] : found) {
            auto [it, inserted] = indexOfKey.try_emplace(key, static_cast<int>(m_groups.size()));
            if (inserted) {
                m_groups.emplace_back();
                m_groups.back().figures.key = key;
            }
            indexOf[key.currency].insert(raw, it->second);
        }
        // Customer ids are the table's row ids, dense in practice: a flat index by id (a hash
        // when they are too sparse for that).
        QSqlQuery range = book.exec(QStringLiteral("SELECT COUNT(*), MAX(id) FROM customers"));
        const qint64 count = range.next() ? range.value(0).toLongLong() : 0;
        const qint64 maxId = count > 0 ? range.value(1).toLongLong() : 0;
        const bool flat = maxId >= 0 && maxId <= 4 * count + 1024;
        if (flat)
            m_flatIndex.assign(static_cast<std::size_t>(maxId) + 1, -1);
        else
            m_indexOfCustomer.reserve(count);
        Statement customers(book,
                            QStringLiteral("SELECT id, currency, %1 FROM customers").arg(groupColumn(grouping)));
        QString lastCurrency;
        const QHash<QString, int> *ofCurrency = nullptr;
        while (customers.next()) {
            const QString currency = customers.text(1);
            if (!ofCurrency || currency != lastCurrency) {
                ofCurrency = &indexOf[currency];
                lastCurrency = currency;
            }
            const QString raw = grouping == KpiGrouping::Total || customers.isNull(2) ? none : customers.text(2);
            const int index = ofCurrency->value(raw, 0);
            const Id id = customers.int64(0);
            if (flat && id >= 0 && id <= maxId)
                m_flatIndex[static_cast<std::size_t>(id)] = index;
            else
                m_indexOfCustomer.insert(id, index);
        }
    }

    Accumulated &ofCustomer(Id customerId)
    {
        if (customerId == m_lastCustomer && m_last)
            return *m_last;
        int index = -1;
        if (customerId >= 0 && static_cast<std::size_t>(customerId) < m_flatIndex.size())
            index = m_flatIndex[static_cast<std::size_t>(customerId)];
        if (index < 0)
            index = m_indexOfCustomer.value(customerId, -1);
        if (index < 0)
            throw StorageError(tr("KPI figures: customer %1 does not exist").arg(customerId));
        m_lastCustomer = customerId;
        m_last = &m_groups[static_cast<std::size_t>(index)];
        return *m_last;
    }
    const KpiGroupKey &keyOfCustomer(Id customerId) { return ofCustomer(customerId).figures.key; }
    std::vector<Accumulated> &all() { return m_groups; }

private:
    std::vector<Accumulated> m_groups;
    std::vector<int> m_flatIndex; // customer id -> group index, -1 for none
    QHash<Id, int> m_indexOfCustomer;
    Id m_lastCustomer = 0;
    Accumulated *m_last = nullptr;
};

} // namespace

int KpiRepository::promiseGraceDays(int fallback)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QStringLiteral("promise_grace_days"));
    Book::exec(q);
    if (!q.next())
        return fallback;
    bool ok = false;
    const int value = q.value(0).toString().trimmed().toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

KpiRawData KpiRepository::read(QDate asOf, int months, KpiGrouping grouping, int promiseGraceDays)
{
    KpiRawData data;
    data.asOf = asOf;
    data.months = months;
    data.periodStart = periodStart(asOf, months);
    if (!data.periodStart.isValid())
        throw StorageError(tr("KPI period: invalid as-of date or number of months"));
    const QDate start = data.periodStart;
    const qint64 asOfDay = asOf.toJulianDay();
    const qint64 startDay = start.toJulianDay();

    StepTimer timer;
    ReadSnapshot snapshot(m_book);
    Groups groups(m_book, grouping);
    timer.step("customers");

    // 1. Open now, issued on or before the as-of date: summed per customer in SQL, in the
    //    order of the partial index over open items (so without sorting them).
    {
        Statement q(m_book, QStringLiteral(
                                "SELECT customer_id, SUM(open_amount), "
                                "  SUM(CASE WHEN due_date >= ? THEN open_amount ELSE 0 END) "
                                "FROM invoice_state WHERE open_amount <> 0 AND issue_date <= ? GROUP BY customer_id"));
        q.bind(1, asOfDay);
        q.bind(2, asOfDay);
        while (q.next()) {
            Accumulated &g = groups.ofCustomer(q.int64(0));
            g.figures.endingAr += q.int64(1);
            g.figures.endingCurrentAr += q.int64(2);
        }
    }

    timer.step("open now");

    // 2. ... plus what was applied after the as-of date (undone for the as-of view); the
    //    rows after the date are read first through the date index.
    {
        Statement q(m_book,
                    QStringLiteral("WITH later AS MATERIALIZED (SELECT invoice_id, amount FROM allocations "
                                   "  WHERE alloc_date > ?) "
                                   "SELECT s.customer_id, SUM(l.amount), "
                                   "  SUM(CASE WHEN s.due_date >= ? THEN l.amount ELSE 0 END) "
                                   "FROM later l JOIN invoice_state s ON s.invoice_id = l.invoice_id "
                                   "WHERE s.issue_date <= ? GROUP BY s.customer_id"));
        q.bind(1, asOfDay);
        q.bind(2, asOfDay);
        q.bind(3, asOfDay);
        while (q.next()) {
            Accumulated &g = groups.ofCustomer(q.int64(0));
            g.figures.endingAr += q.int64(1);
            g.figures.endingCurrentAr += q.int64(2);
        }
    }

    timer.step("applied after the date");

    // 3. Credit sales by issue date from `from` to `to`, summed per group and calendar
    //    month (and the period's total) while the rows stream: SQLite's GROUP BY would sort
    //    every invoice of the range first, which costs more than the scan itself.
    Statement sales(m_book, QStringLiteral("SELECT customer_id, issue_date, amount FROM invoice_state "
                                           "WHERE issue_date >= ? AND issue_date <= ?"));
    auto addSales = [&](QDate from, QDate to) {
        const qint64 fromDay = from.toJulianDay();
        std::vector<QDate> monthOfDay; // index: day - from
        for (QDate d = from; d <= to; d = d.addDays(1))
            monthOfDay.push_back(firstOfMonth(d));
        sales.bind(1, fromDay);
        sales.bind(2, to.toJulianDay());
        while (sales.next()) {
            Accumulated *last = &groups.ofCustomer(sales.int64(0));
            const qint64 issued = sales.int64(1);
            const MinorUnits amount = sales.int64(2);
            last->salesByMonth[monthOfDay[static_cast<std::size_t>(issued - fromDay)]] += amount;
            if (issued >= startDay)
                last->figures.creditSales += amount;
        }
    };
    // Whole calendar months for the countback: from the first day of the period's first month.
    QDate salesFrom = firstOfMonth(start);
    addSales(salesFrom, asOf);
    timer.step("sales");

    // 4. Allocation rows dated in the period, by source and (payments) days to pay, summed
    //    while they stream (as above). kind 1 payment, 2 write-off, 0 credit note.
    //    `counted` is 0 for a reversing row whose original is dated before the period (the
    //    original was not counted either); a reversal dated after the as-of date is not read.
    {
        Statement q(m_book,
                    QStringLiteral(
                        "SELECT s.customer_id, "
                        "  CASE WHEN a.payment_id IS NOT NULL THEN 1 WHEN a.write_off_id IS NOT NULL THEN 2 ELSE 0 END, "
                        "  CASE WHEN a.payment_id IS NOT NULL THEN p.received_date - s.issue_date ELSE 0 END, "
                        "  a.amount, "
                        "  CASE WHEN a.reverses_id IS NULL THEN 1 "
                        "       WHEN (SELECT o.alloc_date FROM allocations o WHERE o.id = a.reverses_id) >= ? THEN 1 "
                        "       ELSE 0 END "
                        "FROM allocations a JOIN invoice_state s ON s.invoice_id = a.invoice_id "
                        "LEFT JOIN payment_state p ON p.payment_id = a.payment_id "
                        "WHERE a.alloc_date >= ? AND a.alloc_date <= ?"));
        q.bind(1, startDay);
        q.bind(2, startDay);
        q.bind(3, asOfDay);
        while (q.next()) {
            Accumulated &g = groups.ofCustomer(q.int64(0));
            const qint64 kind = q.int64(1);
            const MinorUnits amount = q.int64(3);
            g.figures.appliedInPeriod += amount;
            g.hasActivity = true;
            if (kind == 2)
                g.figures.writtenOff += amount;
            else if (kind == 1 && q.int64(4) != 0)
                g.paid.add(q.int64(2), amount);
        }
    }

    timer.step("allocations in the period");

    // 5. Countback: while some group's AR is not yet explained by the sales of the months
    //    read so far (and none of them was without sales), read further back, down to the
    //    first invoice of the book: as many months as the AR left over needs at the rate of
    //    the months read, at least one.
    {
        QSqlQuery first = m_book.exec(QStringLiteral("SELECT MIN(issue_date) FROM invoices"));
        const QDate firstIssue = first.next() && !first.value(0).isNull() ? dayFromValue(first.value(0)) : QDate();
        const QDate asOfMonth = firstOfMonth(asOf);
        // Months still needed by the group (0: its walk ends within the months read).
        auto monthsNeeded = [&](const Accumulated &g) -> int {
            MinorUnits remaining = g.figures.endingAr;
            MinorUnits salesRead = 0;
            int monthsRead = 0;
            for (QDate month = asOfMonth; month >= salesFrom; month = month.addMonths(-1)) {
                const auto found = g.salesByMonth.find(month);
                const MinorUnits monthSales = found == g.salesByMonth.end() ? 0 : found->second;
                if (monthSales <= 0 || remaining < monthSales)
                    return 0;
                remaining -= monthSales;
                salesRead += monthSales;
                ++monthsRead;
            }
            if (remaining <= 0)
                return 0;
            const double perMonth = static_cast<double>(salesRead) / std::max(monthsRead, 1);
            return static_cast<int>(std::clamp(std::ceil(static_cast<double>(remaining) / perMonth), 1.0, 120.0));
        };
        while (firstIssue.isValid() && firstIssue < salesFrom) {
            int needed = 0;
            for (const Accumulated &g : groups.all())
                needed = std::max(needed, monthsNeeded(g));
            if (needed == 0)
                break;
            const QDate from = salesFrom.addMonths(-needed);
            addSales(from, salesFrom.addDays(-1));
            salesFrom = from;
        }
    }

    timer.step("countback months");

    // 6. Promises whose outcome may fall in the period: kept on a day in it, or past
    //    promised date + grace in it (so promised date >= start - 1 - grace), taken on or
    //    before the as-of date; with every other promise of the same customers taken by
    //    then and their payments received from their first promise to the as-of date.
    {
        const QString involved = QStringLiteral(
            "involved AS (SELECT customer_id, MIN(taken_date) AS first_taken, "
            "  MAX(CASE WHEN invoice_id IS NULL THEN 0 ELSE 1 END) AS names_invoice FROM promises "
            "  WHERE taken_date <= ? AND customer_id IN (SELECT customer_id FROM promises "
            "    WHERE taken_date <= ? AND promised_date >= ?) GROUP BY customer_id)");
        const qint64 relevantFrom = start.addDays(-1 - promiseGraceDays).toJulianDay();
        auto bindInvolved = [&](Statement &q) {
            q.bind(1, asOfDay);
            q.bind(2, asOfDay);
            q.bind(3, relevantFrom);
        };

        Statement p(m_book, QStringLiteral("WITH %1 SELECT p.id, p.customer_id, p.taken_date, p.promised_date, "
                                           "  p.amount, p.invoice_id "
                                           "FROM involved i JOIN promises p ON p.customer_id = i.customer_id "
                                           "WHERE p.taken_date <= ? ORDER BY p.customer_id, p.id")
                                .arg(involved));
        bindInvolved(p);
        p.bind(4, asOfDay);
        bool namesInvoice = false;
        while (p.next()) {
            PromiseToPay promise;
            promise.id = p.int64(0);
            promise.customerId = p.int64(1);
            promise.takenOn = QDate::fromJulianDay(p.int64(2));
            promise.promisedFor = QDate::fromJulianDay(p.int64(3));
            promise.amount = p.int64(4);
            if (!p.isNull(5)) {
                promise.invoiceId = p.int64(5);
                namesInvoice = true;
            }
            data.promises.promises.push_back(promise);
            if (!data.promises.groupOfCustomer.contains(promise.customerId))
                data.promises.groupOfCustomer.insert(promise.customerId, groups.keyOfCustomer(promise.customerId));
        }

        if (!data.promises.promises.empty()) {
            // Payments not reversed on or before the as-of date, in the order received; only
            // those inside the window of one of the customer's promises can count at all.
            Statement pay(m_book,
                          QStringLiteral(
                              "WITH %1 SELECT y.id, y.customer_id, y.received_date, y.amount FROM involved i "
                              "JOIN payments y ON y.customer_id = i.customer_id AND y.received_date >= i.first_taken "
                              "  AND y.received_date <= ? "
                              "JOIN payment_state st ON st.payment_id = y.id "
                              "WHERE (st.reversed_date IS NULL OR st.reversed_date > ?) "
                              "  AND EXISTS (SELECT 1 FROM promises w WHERE w.customer_id = y.customer_id "
                              "    AND w.promised_date >= y.received_date - ? AND w.taken_date <= y.received_date) "
                              "ORDER BY y.received_date, y.id")
                              .arg(involved));
            bindInvolved(pay);
            pay.bind(4, asOfDay);
            pay.bind(5, asOfDay);
            pay.bind(6, promiseGraceDays);
            QHash<Id, std::size_t> indexOfPayment;
            while (pay.next()) {
                ReceivedPayment payment;
                payment.customerId = pay.int64(1);
                payment.receivedOn = QDate::fromJulianDay(pay.int64(2));
                payment.amount = pay.int64(3);
                if (namesInvoice)
                    indexOfPayment.insert(pay.int64(0), data.promises.payments.size());
                data.promises.payments.push_back(std::move(payment));
            }

            // Their applications to invoices as of the date, for the customers with a
            // promise that names an invoice.
            if (namesInvoice) {
                Statement applied(m_book,
                                  QStringLiteral("WITH %1 SELECT a.payment_id, a.invoice_id, SUM(a.amount) "
                                                 "FROM involved i "
                                                 "JOIN payments y ON y.customer_id = i.customer_id "
                                                 "  AND y.received_date >= i.first_taken AND y.received_date <= ? "
                                                 "JOIN allocations a ON a.payment_id = y.id AND a.alloc_date <= ? "
                                                 "WHERE i.names_invoice = 1 GROUP BY a.payment_id, a.invoice_id "
                                                 "HAVING SUM(a.amount) <> 0 ORDER BY a.payment_id, a.invoice_id")
                                      .arg(involved));
                bindInvolved(applied);
                applied.bind(4, asOfDay);
                applied.bind(5, asOfDay);
                while (applied.next()) {
                    const auto found = indexOfPayment.constFind(applied.int64(0));
                    if (found == indexOfPayment.constEnd())
                        continue; // reversed on or before the date, or in no promise window
                    data.promises.payments[*found].applications.append({applied.int64(1), applied.int64(2)});
                }
            }
        }
    }

    timer.step("promises");

    // AR at the start of the period rolls back from the end: an allocation is never dated
    // before its invoice's issue date (docs/ledger.md), so everything that changed AR in
    // the period is a sale or an allocation row dated in it.
    std::vector<Accumulated> &all = groups.all();
    std::sort(all.begin(), all.end(),
              [](const Accumulated &a, const Accumulated &b) { return a.figures.key < b.figures.key; });
    for (Accumulated &g : all) {
        KpiRawFigures &f = g.figures;
        f.beginningAr = f.endingAr - f.creditSales + f.appliedInPeriod;
        for (const auto &[month, amount] : g.salesByMonth)
            f.monthlySales.push_back({month, amount});
        f.paid = g.paid.amounts();
        const bool hasFigures = f.beginningAr != 0 || f.endingAr != 0 || f.creditSales != 0 || g.hasActivity;
        if (hasFigures)
            data.figures.push_back(std::move(f));
    }
    return data;
}

} // namespace ardesk
