#include "kpi_repository.h"

#include "ledger_repository.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KpiRepository", text);
}

// The grouping column (a fixed expression per grouping, never user text) and the join
// that brings it in. Total groups by the currency alone.
QString groupExpression(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Total: return QStringLiteral("NULL");
    case KpiGrouping::Collector: return QStringLiteral("c.collector_id");
    case KpiGrouping::Segment: return QStringLiteral("c.segment");
    case KpiGrouping::RiskClass: return QStringLiteral("c.risk_class");
    }
    return QStringLiteral("NULL");
}

QString customerJoin(KpiGrouping grouping, const QString &customerIdColumn)
{
    if (grouping == KpiGrouping::Total)
        return {};
    return QStringLiteral(" JOIN customers c ON c.id = %1").arg(customerIdColumn);
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

QVariant day(QDate date)
{
    return dayValue(date);
}

// Turns the grouping column of a row into the report's label: a collector's login (the
// id when the user is gone), a segment or a risk class; NULL or empty text is "none".
class GroupLabels final {
public:
    GroupLabels(Book &book, KpiGrouping grouping) : m_grouping(grouping)
    {
        if (grouping != KpiGrouping::Collector)
            return;
        QSqlQuery users = book.exec(QStringLiteral("SELECT id, login FROM users"));
        while (users.next())
            m_logins.insert(users.value(0).toLongLong(), users.value(1).toString());
    }

    KpiGroupKey key(const QString &currency, const QVariant &group) const
    {
        KpiGroupKey key{currency, std::nullopt};
        if (m_grouping == KpiGrouping::Total || group.isNull())
            return key;
        if (m_grouping == KpiGrouping::Collector) {
            const Id id = group.toLongLong();
            key.group = m_logins.value(id, QString::number(id));
            return key;
        }
        const QString text = group.toString();
        if (!text.isEmpty())
            key.group = text;
        return key;
    }

private:
    KpiGrouping m_grouping;
    QHash<Id, QString> m_logins;
};

struct Accumulated {
    KpiRawFigures figures;
    std::map<QDate, MinorUnits> salesByMonth;     // first day of the month -> sales
    std::map<qint64, MinorUnits> paidByDays;      // days to pay -> amount
    bool hasActivity = false;
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
    const QString group = groupExpression(grouping);

    ReadSnapshot snapshot(m_book);
    const GroupLabels labels(m_book, grouping);
    std::map<KpiGroupKey, Accumulated> groups;
    auto groupFor = [&](const QString &currency, const QVariant &value) -> Accumulated & {
        const KpiGroupKey key = labels.key(currency, value);
        auto [it, inserted] = groups.try_emplace(key);
        if (inserted)
            it->second.figures.key = key;
        return it->second;
    };

    // 1. Open now, issued on or before the as-of date. Summed per customer first, in the
    //    order of the partial index over open items (no sort of the open items); a customer
    //    has one currency (docs/ledger.md), which the MIN/MAX pair checks.
    {
        QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT o.currency, %1, SUM(o.ar), SUM(o.current_ar), "
                           "  SUM(CASE WHEN o.currency <> o.last_currency THEN 1 ELSE 0 END) "
                           "FROM (SELECT customer_id, MIN(currency) AS currency, MAX(currency) AS last_currency, "
                           "        SUM(open_amount) AS ar, SUM(CASE WHEN due_date >= ? THEN open_amount ELSE 0 END) "
                           "        AS current_ar "
                           "      FROM invoice_state WHERE open_amount <> 0 AND issue_date <= ? GROUP BY customer_id) o"
                           "%2 GROUP BY o.currency, %1")
                .arg(group, customerJoin(grouping, QStringLiteral("o.customer_id"))));
        q.addBindValue(day(asOf));
        q.addBindValue(day(asOf));
        Book::exec(q);
        while (q.next()) {
            if (q.value(4).toLongLong() != 0)
                throw StorageError(tr("a customer has open invoices in more than one currency"));
            Accumulated &g = groupFor(q.value(0).toString(), q.value(1));
            g.figures.endingAr += q.value(2).toLongLong();
            g.figures.endingCurrentAr += q.value(3).toLongLong();
        }
    }

    // 2. ... plus what was applied after the as-of date (undone for the as-of view).
    {
        QSqlQuery q = m_book.prepare(
            QStringLiteral("WITH later AS MATERIALIZED (SELECT invoice_id, amount FROM allocations WHERE alloc_date > ?) "
                           "SELECT s.currency, %1, SUM(l.amount), SUM(CASE WHEN s.due_date >= ? THEN l.amount ELSE 0 END) "
                           "FROM later l JOIN invoice_state s ON s.invoice_id = l.invoice_id%2 "
                           "WHERE s.issue_date <= ? GROUP BY s.currency, %1")
                .arg(group, customerJoin(grouping, QStringLiteral("s.customer_id"))));
        q.addBindValue(day(asOf));
        q.addBindValue(day(asOf));
        q.addBindValue(day(asOf));
        Book::exec(q);
        while (q.next()) {
            Accumulated &g = groupFor(q.value(0).toString(), q.value(1));
            g.figures.endingAr += q.value(2).toLongLong();
            g.figures.endingCurrentAr += q.value(3).toLongLong();
        }
    }

    // 3. Credit sales by issue date from the first day of the period's first month (whole
    //    calendar months for the countback) to the as-of date.
    auto addSales = [&](QDate from, QDate to) {
        QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT s.currency, %1, s.issue_date, SUM(s.amount) FROM invoice_state s%2 "
                           "WHERE s.issue_date >= ? AND s.issue_date <= ? GROUP BY s.currency, %1, s.issue_date")
                .arg(group, customerJoin(grouping, QStringLiteral("s.customer_id"))));
        q.addBindValue(day(from));
        q.addBindValue(day(to));
        Book::exec(q);
        while (q.next()) {
            Accumulated &g = groupFor(q.value(0).toString(), q.value(1));
            const QDate issued = dayFromValue(q.value(2));
            const MinorUnits amount = q.value(3).toLongLong();
            g.salesByMonth[firstOfMonth(issued)] += amount;
            if (issued >= start && issued <= asOf)
                g.figures.creditSales += amount;
        }
    };
    QDate salesFrom = firstOfMonth(start);
    addSales(salesFrom, asOf);

    // 4. Allocation rows dated in the period, by source and (payments) days to pay.
    //    kind 1 payment, 2 write-off, 0 credit note. `net` sums every row; `counted` leaves
    //    out the reversing rows whose original is dated before the period (the original was
    //    not counted either); a reversal dated after the as-of date is not read at all.
    {
        QSqlQuery q = m_book.prepare(
            QStringLiteral(
                "SELECT s.currency, %1, "
                "  CASE WHEN a.payment_id IS NOT NULL THEN 1 WHEN a.write_off_id IS NOT NULL THEN 2 ELSE 0 END AS kind, "
                "  CASE WHEN a.payment_id IS NOT NULL THEN p.received_date - s.issue_date ELSE 0 END AS days, "
                "  SUM(a.amount), "
                "  SUM(CASE WHEN a.reverses_id IS NULL THEN a.amount "
                "           WHEN (SELECT o.alloc_date FROM allocations o WHERE o.id = a.reverses_id) >= ? THEN a.amount "
                "           ELSE 0 END) "
                "FROM allocations a JOIN invoice_state s ON s.invoice_id = a.invoice_id "
                "LEFT JOIN payment_state p ON p.payment_id = a.payment_id%2 "
                "WHERE a.alloc_date >= ? AND a.alloc_date <= ? "
                "GROUP BY s.currency, %1, kind, days")
                .arg(group, customerJoin(grouping, QStringLiteral("s.customer_id"))));
        q.addBindValue(day(start));
        q.addBindValue(day(start));
        q.addBindValue(day(asOf));
        Book::exec(q);
        while (q.next()) {
            Accumulated &g = groupFor(q.value(0).toString(), q.value(1));
            const int kind = q.value(2).toInt();
            const MinorUnits net = q.value(4).toLongLong();
            g.figures.appliedInPeriod += net;
            if (kind == 2)
                g.figures.writtenOff += net;
            else if (kind == 1)
                g.paidByDays[q.value(3).toLongLong()] += q.value(5).toLongLong();
            if (net != 0)
                g.hasActivity = true;
        }
    }

    // 5. Countback: while some group's AR is not yet explained by the sales of the months
    //    read so far (and none of them was without sales), read twelve months further back,
    //    down to the first invoice of the book.
    {
        QSqlQuery first = m_book.exec(QStringLiteral("SELECT MIN(issue_date) FROM invoices"));
        const QDate firstIssue = first.next() && !first.value(0).isNull() ? dayFromValue(first.value(0)) : QDate();
        const QDate asOfMonth = firstOfMonth(asOf);
        auto walksPast = [&](const Accumulated &g) {
            MinorUnits remaining = g.figures.endingAr;
            for (QDate month = asOfMonth; month >= salesFrom; month = month.addMonths(-1)) {
                const auto found = g.salesByMonth.find(month);
                const MinorUnits sales = found == g.salesByMonth.end() ? 0 : found->second;
                if (sales <= 0 || remaining < sales)
                    return false;
                remaining -= sales;
            }
            return remaining > 0;
        };
        while (firstIssue.isValid() && firstIssue < salesFrom &&
               std::any_of(groups.begin(), groups.end(), [&](const auto &entry) { return walksPast(entry.second); })) {
            const QDate from = salesFrom.addMonths(-12);
            addSales(from, salesFrom.addDays(-1));
            salesFrom = from;
        }
    }

    // 6. Promises whose outcome may fall in the period: kept on a day in it, or past
    //    promised date + grace in it (so promised date >= start - 1 - grace), taken on or
    //    before the as-of date; with every earlier promise of the same customers and their
    //    payments received from their first promise to the as-of date.
    {
        const QString involved = QStringLiteral(
            "involved AS (SELECT customer_id, MIN(taken_date) AS first_taken, "
            "  MAX(CASE WHEN invoice_id IS NULL THEN 0 ELSE 1 END) AS names_invoice FROM promises "
            "  WHERE taken_date <= ? AND customer_id IN (SELECT customer_id FROM promises "
            "    WHERE taken_date <= ? AND promised_date >= ?) GROUP BY customer_id)");
        const QVariant relevantFrom = day(start.addDays(-1 - promiseGraceDays));
        auto bindInvolved = [&](QSqlQuery &q) {
            q.addBindValue(day(asOf));
            q.addBindValue(day(asOf));
            q.addBindValue(relevantFrom);
        };

        QSqlQuery p = m_book.prepare(
            QStringLiteral("WITH %1 SELECT p.id, p.customer_id, p.taken_date, p.promised_date, p.amount, p.invoice_id, "
                           "  p.currency, %2 FROM involved i JOIN promises p ON p.customer_id = i.customer_id%3 "
                           "WHERE p.taken_date <= ? ORDER BY p.customer_id, p.id")
                .arg(involved, group, customerJoin(grouping, QStringLiteral("p.customer_id"))));
        bindInvolved(p);
        p.addBindValue(day(asOf));
        Book::exec(p);
        while (p.next()) {
            PromiseToPay promise;
            promise.id = p.value(0).toLongLong();
            promise.customerId = p.value(1).toLongLong();
            promise.takenOn = dayFromValue(p.value(2));
            promise.promisedFor = dayFromValue(p.value(3));
            promise.amount = p.value(4).toLongLong();
            if (!p.value(5).isNull())
                promise.invoiceId = p.value(5).toLongLong();
            data.promises.promises.push_back(promise);
            if (!data.promises.groupOfCustomer.contains(promise.customerId))
                data.promises.groupOfCustomer.insert(promise.customerId, labels.key(p.value(6).toString(), p.value(7)));
        }

        if (!data.promises.promises.empty()) {
            // Payments not reversed on or before the as-of date, in the order received.
            QSqlQuery pay = m_book.prepare(QStringLiteral(
                "WITH %1 SELECT y.id, y.customer_id, y.received_date, y.amount FROM involved i "
                "JOIN payments y ON y.customer_id = i.customer_id AND y.received_date >= i.first_taken "
                "  AND y.received_date <= ? "
                "JOIN payment_state st ON st.payment_id = y.id "
                "WHERE st.reversed_date IS NULL OR st.reversed_date > ? "
                "ORDER BY y.received_date, y.id").arg(involved));
            bindInvolved(pay);
            pay.addBindValue(day(asOf));
            pay.addBindValue(day(asOf));
            Book::exec(pay);
            QHash<Id, std::size_t> indexOfPayment;
            while (pay.next()) {
                ReceivedPayment payment;
                payment.customerId = pay.value(1).toLongLong();
                payment.receivedOn = dayFromValue(pay.value(2));
                payment.amount = pay.value(3).toLongLong();
                indexOfPayment.insert(pay.value(0).toLongLong(), data.promises.payments.size());
                data.promises.payments.push_back(std::move(payment));
            }

            // Their applications to invoices as of the date, for the promises that name one.
            QSqlQuery applied = m_book.prepare(QStringLiteral(
                "WITH %1 SELECT a.payment_id, a.invoice_id, SUM(a.amount) FROM involved i "
                "JOIN payments y ON y.customer_id = i.customer_id AND y.received_date >= i.first_taken "
                "  AND y.received_date <= ? "
                "JOIN allocations a ON a.payment_id = y.id AND a.alloc_date <= ? "
                "WHERE i.names_invoice = 1 GROUP BY a.payment_id, a.invoice_id HAVING SUM(a.amount) <> 0 "
                "ORDER BY a.payment_id, a.invoice_id").arg(involved));
            bindInvolved(applied);
            applied.addBindValue(day(asOf));
            applied.addBindValue(day(asOf));
            Book::exec(applied);
            while (applied.next()) {
                const auto found = indexOfPayment.constFind(applied.value(0).toLongLong());
                if (found == indexOfPayment.constEnd())
                    continue; // reversed on or before the date
                data.promises.payments[*found].applications.append(
                    {applied.value(1).toLongLong(), applied.value(2).toLongLong()});
            }
        }
    }

    // AR at the start of the period rolls back from the end: an allocation is never dated
    // before its invoice's issue date (docs/ledger.md), so everything that changed AR in
    // the period is a sale or an allocation row dated in it.
    for (auto &[key, g] : groups) {
        KpiRawFigures &f = g.figures;
        f.beginningAr = f.endingAr - f.creditSales + f.appliedInPeriod;
        for (const auto &[month, amount] : g.salesByMonth)
            f.monthlySales.push_back({month, amount});
        for (const auto &[days, amount] : g.paidByDays)
            if (amount != 0)
                f.paid.push_back({amount, days});
        const bool hasFigures = f.beginningAr != 0 || f.endingAr != 0 || f.creditSales != 0 || f.writtenOff != 0 ||
                                !f.paid.empty() || g.hasActivity;
        if (hasFigures)
            data.figures.push_back(std::move(f));
    }
    return data;
}

} // namespace ardesk
