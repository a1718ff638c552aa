#include "manager_repository.h"

#include "ledger_repository.h"
#include "domain/instalment_terms.h"
#include "statement.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace ardesk {

namespace {

// Start of UTC day D and of the day after, as time stamp text bounds.
QString dayStart(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString dayAfter(QDate day)
{
    return day.addDays(1).toString(Qt::ISODate);
}

std::optional<Id> optionalIdAt(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.int64(column);
}

const char *kConversationOutcomes = "'right_party_contact', 'refused_to_pay', 'dispute_raised', 'promise_taken', "
                                    "'payment_plan_requested', 'complaint'";
const char *kCallChannels = "'call_out', 'call_in', 'visit'";

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

std::vector<StaffMember> ManagerRepository::staff()
{
    std::vector<StaffMember> result;
    Statement s(m_book, QStringLiteral("SELECT id, login, name, role, active FROM users ORDER BY login"));
    while (s.next())
        result.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4) != 0});
    return result;
}

std::optional<QString> ManagerRepository::setting(const QString &key)
{
    Statement s(m_book, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    s.bind(1, key);
    std::optional<QString> value;
    if (s.next())
        value = s.text(0);
    s.reset();
    return value;
}

QHash<QString, Id> ManagerRepository::customerIdsByCode()
{
    QHash<QString, Id> ids;
    Statement s(m_book, QStringLiteral("SELECT id, code FROM customers"));
    while (s.next())
        ids.insert(s.text(1), s.int64(0));
    return ids;
}

std::vector<StaffRawFigures> ManagerRepository::staffFigures(QDate from, QDate to)
{
    std::map<StaffKey, StaffRawFigures> lines;
    auto line = [&](std::optional<Id> user, const QString &currency) -> StaffRawFigures & {
        StaffKey key{user, currency};
        auto [it, inserted] = lines.try_emplace(key);
        if (inserted)
            it->second.key = key;
        return it->second;
    };
    const qint64 fromDay = from.toJulianDay();
    const qint64 toDay = to.toJulianDay();

    {
        Statement s(m_book, QStringLiteral("SELECT collector_id, currency, COUNT(*) FROM customers "
                                           "WHERE collector_id IS NOT NULL GROUP BY collector_id, currency"));
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1)).portfolioCustomers = s.int64(2);
    }
    {
        // Open as of the last day: open now plus what was applied after it.
        Statement s(m_book,
                    QStringLiteral(
                            "WITH later_rows AS MATERIALIZED (SELECT invoice_id, amount FROM allocations "
                            "  WHERE alloc_date > ?), "
                            "later AS (SELECT invoice_id, SUM(amount) AS amt FROM later_rows GROUP BY invoice_id), "
                            "items AS (SELECT s.customer_id, s.currency, s.open_amount + COALESCE(l.amt, 0) AS amt "
                            "  FROM invoice_state s LEFT JOIN later l ON l.invoice_id = s.invoice_id "
                            "  WHERE s.open_amount <> 0 AND s.issue_date <= ? "
                            "  UNION ALL SELECT s.customer_id, s.currency, l.amt FROM later l "
                            "  JOIN invoice_state s ON s.invoice_id = l.invoice_id "
                            "  WHERE s.open_amount = 0 AND s.issue_date <= ?) "
                            "SELECT c.collector_id, i.currency, SUM(i.amt) FROM items i "
                            "JOIN customers c ON c.id = i.customer_id WHERE c.collector_id IS NOT NULL "
                            "GROUP BY c.collector_id, i.currency"));
        s.bind(1, toDay);
        s.bind(2, toDay);
        s.bind(3, toDay);
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1)).portfolioOpen = s.int64(2);
    }
    {
        Statement s(m_book, QStringLiteral("SELECT c.collector_id, p.currency, SUM(p.amount) FROM payments p "
                                           "JOIN payment_state st ON st.payment_id = p.id "
                                           "JOIN customers c ON c.id = p.customer_id "
                                           "WHERE p.received_date >= ? AND p.received_date <= ? "
                                           "  AND (st.reversed_date IS NULL OR st.reversed_date > ?) "
                                           "GROUP BY c.collector_id, p.currency"));
        s.bind(1, fromDay);
        s.bind(2, toDay);
        s.bind(3, toDay);
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1)).collected = s.int64(2);
    }
    {
        Statement s(m_book, QStringLiteral("SELECT l.user_id, c.currency, COUNT(*), "
                                           "  SUM(CASE WHEN l.channel IN (%1) THEN 1 ELSE 0 END), "
                                           "  SUM(CASE WHEN l.channel IN (%1) AND l.outcome IN (%2) THEN 1 ELSE 0 END) "
                                           "FROM contact_log l JOIN customers c ON c.id = l.customer_id "
                                           "WHERE l.at >= ? AND l.at < ? GROUP BY l.user_id, c.currency")
                                    .arg(QLatin1String(kCallChannels), QLatin1String(kConversationOutcomes)));
        s.bind(1, dayStart(from));
        s.bind(2, dayAfter(to));
        while (s.next()) {
            StaffRawFigures &f = line(optionalIdAt(s, 0), s.text(1));
            f.contacts = s.int64(2);
            f.callAttempts = s.int64(3);
            f.rightPartyContacts = s.int64(4);
        }
    }
    {
        Statement s(m_book, QStringLiteral("SELECT COALESCE(p.collector_id, c.collector_id), p.currency, COUNT(*), "
                                           "  SUM(p.amount) FROM promises p JOIN customers c ON c.id = p.customer_id "
                                           "WHERE p.taken_date >= ? AND p.taken_date <= ? "
                                           "GROUP BY COALESCE(p.collector_id, c.collector_id), p.currency"));
        s.bind(1, fromDay);
        s.bind(2, toDay);
        while (s.next()) {
            StaffRawFigures &f = line(optionalIdAt(s, 0), s.text(1));
            f.promisesTaken = s.int64(2);
            f.promisedAmount = s.int64(3);
        }
    }
    {
        Statement s(m_book, QStringLiteral("SELECT t.done_by, c.currency, COUNT(*) FROM tasks t "
                                           "JOIN customers c ON c.id = t.customer_id "
                                           "WHERE t.status = 'done' AND t.done_at >= ? AND t.done_at < ? "
                                           "GROUP BY t.done_by, c.currency"));
        s.bind(1, dayStart(from));
        s.bind(2, dayAfter(to));
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1)).tasksDone = s.int64(2);
    }
    {
        // Open at the end of the last day (created by then, not done by then) and due before it.
        Statement s(m_book, QStringLiteral("SELECT COALESCE(t.assignee_id, c.collector_id), c.currency, COUNT(*) "
                                           "FROM tasks t JOIN customers c ON c.id = t.customer_id "
                                           "WHERE t.due_date < ? AND t.created_at < ? "
                                           "  AND (t.status = 'open' OR (t.status = 'done' AND t.done_at >= ?)) "
                                           "GROUP BY COALESCE(t.assignee_id, c.collector_id), c.currency"));
        s.bind(1, toDay);
        s.bind(2, dayAfter(to));
        s.bind(3, dayAfter(to));
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1)).tasksOverdue = s.int64(2);
    }
    {
        Statement s(m_book, QStringLiteral("SELECT e.from_user, c.currency, COUNT(*) FROM escalations e "
                                           "JOIN customers c ON c.id = e.customer_id "
                                           "WHERE e.created_at >= ? AND e.created_at < ? GROUP BY e.from_user, c.currency"));
        s.bind(1, dayStart(from));
        s.bind(2, dayAfter(to));
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1)).escalations = s.int64(2);
    }
    {
        Statement s(m_book, QStringLiteral("SELECT c.collector_id, c.currency, COUNT(*) FROM complaints k "
                                           "JOIN customers c ON c.id = k.customer_id "
                                           "WHERE k.received_date >= ? AND k.received_date <= ? "
                                           "GROUP BY c.collector_id, c.currency"));
        s.bind(1, fromDay);
        s.bind(2, toDay);
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1)).complaints = s.int64(2);
    }
    std::vector<StaffRawFigures> result;
    for (auto &[key, figures] : lines)
        result.push_back(std::move(figures));
    return result;
}

std::vector<StaffMonthFigures> ManagerRepository::staffMonths(QDate firstMonth, QDate lastDay)
{
    std::map<std::pair<StaffKey, qint64>, StaffMonthFigures> months;
    auto line = [&](std::optional<Id> user, const QString &currency, QDate day) -> StaffMonthFigures & {
        const QDate month = firstOfMonth(day);
        StaffKey key{user, currency};
        auto [it, inserted] = months.try_emplace({key, month.toJulianDay()});
        if (inserted) {
            it->second.key = key;
            it->second.month = month;
        }
        return it->second;
    };
    // Each customer's collector and currency, looked up in memory: the payments and contacts
    // of a year are most of those tables, and a look-up of the customer's row (and of the
    // payment's state row) for each of them cost more than reading the rows in storage order.
    // A payment or contact whose customer is missing counts nowhere (the join's rule).
    struct Owner
    {
        bool known = false;
        std::optional<Id> collector;
        QString currency;
    };
    std::vector<Owner> owners;
    {
        Statement s(m_book, QStringLiteral("SELECT id, collector_id, currency FROM customers"));
        while (s.next()) {
            const Id id = s.int64(0);
            if (id < 0)
                continue;
            if (id >= static_cast<Id>(owners.size()))
                owners.resize(static_cast<std::size_t>(id) + 1 + owners.size() / 2);
            owners[static_cast<std::size_t>(id)] = {true, optionalIdAt(s, 1), s.text(2)};
        }
    }
    auto ownerOf = [&owners](Id id) -> const Owner * {
        if (id < 0 || id >= static_cast<Id>(owners.size()) || !owners[static_cast<std::size_t>(id)].known)
            return nullptr;
        return &owners[static_cast<std::size_t>(id)];
    };
    {
        // payment_state holds each payment's customer, currency, day and amount as posted
        // (LedgerVerifier checks them against payments) with its reversal day.
        Statement s(m_book, QStringLiteral("SELECT customer_id, currency, received_date, amount FROM payment_state "
                                           "WHERE received_date >= ? AND received_date <= ? "
                                           "  AND (reversed_date IS NULL OR reversed_date > ?)"));
        s.bind(1, firstMonth.toJulianDay());
        s.bind(2, lastDay.toJulianDay());
        s.bind(3, lastDay.toJulianDay());
        QString currency;
        QByteArray currencyUtf8;
        while (s.next()) {
            const Owner *owner = ownerOf(s.int64(0));
            if (!owner)
                continue;
            if (s.utf8(1) != QByteArrayView(currencyUtf8)) {
                currency = s.text(1);
                currencyUtf8 = currency.toUtf8();
            }
            line(owner->collector, currency, QDate::fromJulianDay(s.int64(2))).collected += s.int64(3);
        }
    }
    {
        Statement s(m_book, QStringLiteral("SELECT user_id, customer_id, substr(at, 1, 10), "
                                           "  CASE WHEN channel IN (%1) THEN 1 ELSE 0 END, "
                                           "  CASE WHEN channel IN (%1) AND outcome IN (%2) THEN 1 ELSE 0 END "
                                           "FROM contact_log WHERE at >= ? AND at < ?")
                                    .arg(QLatin1String(kCallChannels), QLatin1String(kConversationOutcomes)));
        s.bind(1, dayStart(firstMonth));
        s.bind(2, dayAfter(lastDay));
        QHash<QByteArray, QDate> dayOf; // the day's text, parsed once
        while (s.next()) {
            const Owner *owner = ownerOf(s.int64(1));
            if (!owner)
                continue;
            const QByteArray text = s.utf8(2).toByteArray();
            auto found = dayOf.constFind(text);
            if (found == dayOf.constEnd())
                found = dayOf.insert(text, QDate::fromString(QString::fromUtf8(text), Qt::ISODate));
            StaffMonthFigures &f = line(optionalIdAt(s, 0), owner->currency, *found);
            f.contacts += 1;
            f.callAttempts += s.int64(3);
            f.rightPartyContacts += s.int64(4);
        }
    }
    {
        Statement s(m_book, QStringLiteral("SELECT COALESCE(p.collector_id, c.collector_id), p.currency, p.taken_date, "
                                           "  COUNT(*) FROM promises p JOIN customers c ON c.id = p.customer_id "
                                           "WHERE p.taken_date >= ? AND p.taken_date <= ? "
                                           "GROUP BY COALESCE(p.collector_id, c.collector_id), p.currency, p.taken_date"));
        s.bind(1, firstMonth.toJulianDay());
        s.bind(2, lastDay.toJulianDay());
        while (s.next())
            line(optionalIdAt(s, 0), s.text(1), QDate::fromJulianDay(s.int64(2))).promisesTaken += s.int64(3);
    }
    std::vector<StaffMonthFigures> result;
    for (auto &[key, figures] : months)
        result.push_back(std::move(figures));
    return result;
}

QHash<Id, StaffKey> ManagerRepository::promiseOwners(QDate from)
{
    QHash<Id, StaffKey> owners;
    Statement s(m_book, QStringLiteral("SELECT p.id, COALESCE(p.collector_id, c.collector_id), p.currency "
                                       "FROM promises p JOIN customers c ON c.id = p.customer_id "
                                       "WHERE p.promised_date >= ?"));
    s.bind(1, from.toJulianDay());
    while (s.next())
        owners.insert(s.int64(0), StaffKey{optionalIdAt(s, 1), s.text(2)});
    return owners;
}

QHash<Id, StaffKey> ManagerRepository::customerOwners()
{
    QHash<Id, StaffKey> owners;
    Statement s(m_book, QStringLiteral("SELECT id, collector_id, currency FROM customers"));
    while (s.next())
        owners.insert(s.int64(0), StaffKey{optionalIdAt(s, 1), s.text(2)});
    return owners;
}

std::vector<Id> ManagerRepository::customersOfCurrency(const std::vector<Id> &customers, const QString &currency)
{
    std::vector<Id> result;
    if (customers.empty())
        return result;
    Statement s(m_book, QStringLiteral("SELECT currency FROM customers WHERE id = ?"));
    QHash<Id, bool> matches;
    for (const Id id : customers) {
        auto found = matches.constFind(id);
        if (found == matches.constEnd()) {
            s.bind(1, id);
            const bool same = s.next() && s.text(0) == currency;
            s.reset();
            found = matches.insert(id, same);
        }
        if (*found)
            result.push_back(id);
    }
    return result;
}

std::vector<CollectorTargetRow> ManagerRepository::targets()
{
    std::vector<CollectorTargetRow> result;
    Statement s(m_book, QStringLiteral("SELECT user_id, period, currency, target FROM collector_targets "
                                       "ORDER BY user_id, currency, period"));
    while (s.next())
        result.push_back({s.int64(0), s.text(1), s.text(2), s.int64(3)});
    return result;
}

void ManagerRepository::setTarget(const CollectorTargetRow &row)
{
    QSqlQuery del = m_book.prepare(
            QStringLiteral("DELETE FROM collector_targets WHERE user_id = ? AND period = ? AND currency = ?"));
    del.addBindValue(QVariant::fromValue<qint64>(row.userId));
    del.addBindValue(row.period);
    del.addBindValue(row.currency);
    Book::exec(del);
    if (row.target <= 0)
        return;
    QSqlQuery ins = m_book.prepare(
            QStringLiteral("INSERT INTO collector_targets (user_id, period, currency, target) VALUES (?, ?, ?, ?)"));
    ins.addBindValue(QVariant::fromValue<qint64>(row.userId));
    ins.addBindValue(row.period);
    ins.addBindValue(row.currency);
    ins.addBindValue(QVariant::fromValue<qint64>(row.target));
    Book::exec(ins);
}

// --- cash forecast -------------------------------------------------------------------------

ForecastInputs ManagerRepository::forecastInputs(QDate asOf, const QString &currency)
{
    ForecastInputs inputs;
    const qint64 day = asOf.toJulianDay();
    {
        Statement s(m_book,
                    QStringLiteral(
                            "WITH later_rows AS MATERIALIZED (SELECT invoice_id, amount FROM allocations "
                            "  WHERE alloc_date > ?), "
                            "later AS (SELECT invoice_id, SUM(amount) AS amt FROM later_rows GROUP BY invoice_id), "
                            "disputed AS (SELECT invoice_id, SUM(amount) AS amt FROM disputes WHERE opened_date <= ? "
                            "  AND (resolved_date IS NULL OR resolved_date > ?) AND status <> 'cancelled' "
                            "  GROUP BY invoice_id), "
                            "items AS (SELECT s.invoice_id, s.customer_id, s.due_date, "
                            "    s.open_amount + COALESCE(l.amt, 0) AS amt "
                            "  FROM invoice_state s LEFT JOIN later l ON l.invoice_id = s.invoice_id "
                            "  WHERE s.open_amount <> 0 AND s.issue_date <= ? AND s.currency = ? "
                            "  UNION ALL SELECT s.invoice_id, s.customer_id, s.due_date, l.amt FROM later l "
                            "  JOIN invoice_state s ON s.invoice_id = l.invoice_id "
                            "  WHERE s.open_amount = 0 AND s.issue_date <= ? AND s.currency = ?) "
                            "SELECT i.invoice_id, i.customer_id, i.due_date, i.amt, COALESCE(d.amt, 0) FROM items i "
                            "LEFT JOIN disputed d ON d.invoice_id = i.invoice_id WHERE i.amt <> 0 "
                            "ORDER BY i.customer_id, i.due_date, i.invoice_id"));
        s.bind(1, day);
        s.bind(2, day);
        s.bind(3, day);
        s.bind(4, day);
        s.bind(5, currency);
        s.bind(6, day);
        s.bind(7, currency);
        while (s.next()) {
            ForecastOpenItem item;
            item.invoiceId = s.int64(0);
            item.customerId = s.int64(1);
            item.currency = currency;
            item.dueDate = QDate::fromJulianDay(s.int64(2));
            item.open = s.int64(3);
            item.disputed = std::min<MinorUnits>(s.int64(4), item.open);
            inputs.openItems.push_back(item);
        }
    }
    {
        // Amount-weighted days late of what payments applied up to the date (positive rows
        // whose payment was not reversed by then): received date - due date.
        Statement s(m_book, QStringLiteral("SELECT p.customer_id, SUM(a.amount * (p.received_date - i.due_date)), "
                                           "  SUM(a.amount) FROM allocations a "
                                           "JOIN payments p ON p.id = a.payment_id "
                                           "JOIN payment_state st ON st.payment_id = p.id "
                                           "JOIN invoice_state i ON i.invoice_id = a.invoice_id "
                                           "WHERE a.payment_id IS NOT NULL AND a.amount > 0 AND a.reverses_id IS NULL "
                                           "  AND a.alloc_date <= ? AND p.received_date <= ? AND p.currency = ? "
                                           "  AND (st.reversed_date IS NULL OR st.reversed_date > ?) "
                                           "  AND NOT EXISTS (SELECT 1 FROM allocations r WHERE r.reverses_id = a.id "
                                           "    AND r.alloc_date <= ?) "
                                           "GROUP BY p.customer_id"));
        s.bind(1, day);
        s.bind(2, day);
        s.bind(3, currency);
        s.bind(4, day);
        s.bind(5, day);
        while (s.next())
            inputs.lateness.insert(s.int64(0), {s.int64(1), s.int64(2)});
    }
    {
        Statement s(m_book, QStringLiteral("SELECT pl.id, pl.customer_id, i.due_date, i.amount FROM payment_plans pl "
                                           "JOIN payment_plan_instalments i ON i.plan_id = pl.id "
                                           "WHERE pl.status = 'active' AND pl.created_date <= ? AND pl.currency = ? "
                                           "  AND i.due_date >= ? ORDER BY pl.id, i.seq"));
        s.bind(1, day);
        s.bind(2, currency);
        s.bind(3, day);
        while (s.next())
            inputs.instalments.push_back(
                    {s.int64(0), s.int64(1), currency, QDate::fromJulianDay(s.int64(2)), s.int64(3)});
    }
    {
        Statement s(m_book, QStringLiteral("SELECT it.plan_id, it.invoice_id FROM payment_plan_items it "
                                           "JOIN payment_plans pl ON pl.id = it.plan_id "
                                           "WHERE pl.status = 'active' AND pl.created_date <= ? AND pl.currency = ?"));
        s.bind(1, day);
        s.bind(2, currency);
        while (s.next())
            inputs.planOfInvoice.insert(s.int64(1), s.int64(0));
    }
    return inputs;
}

std::vector<ForecastInputs> ManagerRepository::forecastInputsOn(const std::vector<QDate> &dates,
                                                                const QString &currency)
{
    const std::size_t count = dates.size();
    std::vector<ForecastInputs> result(count);
    if (count == 0)
        return result;
    std::vector<qint64> days;
    for (const QDate &date : dates)
        days.push_back(date.toJulianDay());
    const qint64 firstDay = *std::min_element(days.begin(), days.end());
    const qint64 lastDay = *std::max_element(days.begin(), days.end());
    const QByteArray currencyUtf8 = currency.toUtf8();
    auto grow = [](auto &vector, Id id, auto fill) {
        if (id >= static_cast<Id>(vector.size()))
            vector.resize(static_cast<std::size_t>(id) + 1 + vector.size() / 2, fill);
    };

    // Every invoice's due date (the index invoice_state_due holds it), for the days late.
    constexpr qint64 kNoDay = std::numeric_limits<qint64>::min();
    std::vector<qint64> dueOf;
    {
        Statement s(m_book, QStringLiteral("SELECT invoice_id, due_date FROM invoice_state"));
        while (s.next()) {
            const Id id = s.int64(0);
            if (id < 0)
                continue;
            grow(dueOf, id, kNoDay);
            dueOf[static_cast<std::size_t>(id)] = s.int64(1);
        }
    }

    // 1. Open items as of each date: what is open now plus what was applied after the date
    //    (every allocation row dated after it), for the invoices of the currency issued by
    //    then; invoices closed now come in through their later rows.
    struct Item
    {
        Id invoiceId = 0;
        Id customerId = 0;
        qint64 dueDay = 0;
        qint64 issueDay = 0;
        MinorUnits openNow = 0;
    };
    std::vector<Item> items;
    std::unordered_map<Id, std::size_t> itemOf;
    {
        Statement s(m_book, QStringLiteral("SELECT invoice_id, customer_id, due_date, issue_date, open_amount "
                                           "FROM invoice_state WHERE open_amount <> 0 AND currency = ?"));
        s.bind(1, currency);
        while (s.next()) {
            itemOf.emplace(s.int64(0), items.size());
            items.push_back({s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.int64(4)});
        }
    }
    struct Later
    {
        std::size_t item;
        qint64 day;
        MinorUnits amount;
    };
    std::vector<Later> later;
    {
        std::vector<std::tuple<Id, qint64, MinorUnits>> rows;
        {
            Statement s(m_book, QStringLiteral("SELECT invoice_id, alloc_date, amount FROM allocations WHERE alloc_date > ?"));
            s.bind(1, firstDay);
            while (s.next())
                rows.emplace_back(s.int64(0), s.int64(1), s.int64(2));
        }
        // The invoices closed now (or of another currency) behind those rows, by key.
        std::vector<Id> others;
        for (const auto &[invoiceId, day, amount] : rows)
            if (!itemOf.contains(invoiceId))
                others.push_back(invoiceId);
        std::sort(others.begin(), others.end());
        others.erase(std::unique(others.begin(), others.end()), others.end());
        if (!others.empty()) {
            Statement s(m_book, QStringLiteral("SELECT customer_id, currency, issue_date, due_date, open_amount "
                                               "FROM invoice_state WHERE invoice_id = ?"));
            for (const Id invoiceId : others) {
                s.bind(1, invoiceId);
                if (s.next() && s.utf8(1) == QByteArrayView(currencyUtf8) && s.int64(4) == 0) {
                    itemOf.emplace(invoiceId, items.size());
                    items.push_back({invoiceId, s.int64(0), s.int64(3), s.int64(2), 0});
                }
                s.reset();
            }
        }
        for (const auto &[invoiceId, day, amount] : rows)
            if (const auto found = itemOf.find(invoiceId); found != itemOf.end())
                later.push_back({found->second, day, amount});
    }
    // Disputed on each date (opened by then, not resolved by then, not cancelled).
    std::vector<std::tuple<Id, MinorUnits, qint64, std::optional<qint64>>> disputes;
    {
        Statement s(m_book, QStringLiteral("SELECT invoice_id, amount, opened_date, resolved_date FROM disputes "
                                           "WHERE opened_date <= ? AND status <> 'cancelled'"));
        s.bind(1, lastDay);
        while (s.next())
            if (itemOf.contains(s.int64(0)))
                disputes.emplace_back(s.int64(0), s.int64(1), s.int64(2),
                                      s.isNull(3) ? std::nullopt : std::optional<qint64>(s.int64(3)));
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.customerId != b.customerId)
            return a.customerId < b.customerId;
        if (a.dueDay != b.dueDay)
            return a.dueDay < b.dueDay;
        return a.invoiceId < b.invoiceId;
    });
    std::vector<std::size_t> position(items.size()); // item index before the sort -> after
    {
        std::unordered_map<Id, std::size_t> sortedOf;
        for (std::size_t i = 0; i < items.size(); ++i)
            sortedOf.emplace(items[i].invoiceId, i);
        for (const auto &[invoiceId, index] : itemOf)
            position[index] = sortedOf.at(invoiceId);
        for (auto &[invoiceId, index] : itemOf)
            index = position[index];
        for (Later &row : later)
            row.item = position[row.item];
    }
    for (std::size_t d = 0; d < count; ++d) {
        const qint64 day = days[d];
        std::vector<MinorUnits> open(items.size());
        std::vector<bool> touched(items.size(), false);
        for (std::size_t i = 0; i < items.size(); ++i)
            open[i] = items[i].openNow;
        for (const Later &row : later)
            if (row.day > day) {
                open[row.item] += row.amount;
                touched[row.item] = true;
            }
        std::unordered_map<Id, MinorUnits> disputed;
        for (const auto &[invoiceId, amount, opened, resolved] : disputes)
            if (opened <= day && (!resolved || *resolved > day))
                disputed[invoiceId] += amount;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item &item = items[i];
            if (item.issueDay > day || open[i] == 0 || (item.openNow == 0 && !touched[i]))
                continue;
            ForecastOpenItem out;
            out.invoiceId = item.invoiceId;
            out.customerId = item.customerId;
            out.currency = currency;
            out.dueDate = QDate::fromJulianDay(item.dueDay);
            out.open = open[i];
            const auto found = disputed.find(item.invoiceId);
            out.disputed = std::min<MinorUnits>(found == disputed.end() ? 0 : found->second, out.open);
            result[d].openItems.push_back(out);
        }
    }

    // 2. Days late, amount-weighted, of the payments of the currency applied by each date
    //    (forecastInputs' second query): a positive allocation row of a payment, not itself a
    //    reversing row, counts on a date from its own day and the payment's received day
    //    on, until the payment's reversal or the row's own reversal.
    struct Payment
    {
        Id customerId = -1; // -1: not a payment of the currency
        qint64 received = 0;
        qint64 reversed = 0; // kNoEnd when not reversed
    };
    constexpr qint64 kNoEnd = std::numeric_limits<qint64>::max();
    std::vector<Payment> payments;
    {
        Statement s(m_book, QStringLiteral("SELECT payment_id, customer_id, currency, received_date, reversed_date "
                                           "FROM payment_state"));
        while (s.next()) {
            const Id id = s.int64(0);
            if (id < 0 || s.utf8(2) != QByteArrayView(currencyUtf8))
                continue;
            grow(payments, id, Payment{});
            payments[static_cast<std::size_t>(id)] = {s.int64(1), s.int64(3), s.isNull(4) ? kNoEnd : s.int64(4)};
        }
    }
    std::unordered_map<Id, qint64> reversedOn; // allocation row -> the day of its reversing row
    {
        Statement s(m_book, QStringLiteral("SELECT reverses_id, alloc_date FROM allocations WHERE reverses_id IS NOT NULL"));
        while (s.next())
            reversedOn.emplace(s.int64(0), s.int64(1));
    }
    // Per customer, per date: (sum of amount x days late, sum of amount, any row).
    struct Sums
    {
        MinorUnits weighted = 0;
        MinorUnits amount = 0;
        bool any = false;
    };
    std::unordered_map<Id, std::vector<Sums>> sums;
    {
        Statement s(m_book, QStringLiteral("SELECT id, payment_id, invoice_id, alloc_date, amount, reverses_id "
                                           "FROM allocations"));
        while (s.next()) {
            if (s.isNull(1) || !s.isNull(5))
                continue;
            const MinorUnits amount = s.int64(4);
            const Id paymentId = s.int64(1);
            if (amount <= 0 || paymentId < 0 || paymentId >= static_cast<Id>(payments.size()))
                continue;
            const Payment &payment = payments[static_cast<std::size_t>(paymentId)];
            if (payment.customerId < 0)
                continue;
            const qint64 from = std::max(s.int64(3), payment.received);
            if (from > lastDay)
                continue;
            qint64 until = payment.reversed;
            if (const auto found = reversedOn.find(s.int64(0)); found != reversedOn.end())
                until = std::min(until, found->second);
            const Id invoiceId = s.int64(2);
            if (invoiceId < 0 || invoiceId >= static_cast<Id>(dueOf.size()) || dueOf[static_cast<std::size_t>(invoiceId)] == kNoDay)
                continue; // no state row: the join finds nothing either
            const MinorUnits weighted = amount * (payment.received - dueOf[static_cast<std::size_t>(invoiceId)]);
            std::vector<Sums> *line = nullptr;
            for (std::size_t d = 0; d < count; ++d) {
                if (days[d] < from || days[d] >= until)
                    continue;
                if (!line) {
                    line = &sums[payment.customerId];
                    if (line->empty())
                        line->resize(count);
                }
                Sums &sum = (*line)[d];
                sum.weighted += weighted;
                sum.amount += amount;
                sum.any = true;
            }
        }
    }
    for (const auto &[customerId, line] : sums)
        for (std::size_t d = 0; d < count; ++d)
            if (line[d].any)
                result[d].lateness.insert(customerId, {line[d].weighted, line[d].amount});

    // 3. Payment plans active on each date (a few rows).
    for (std::size_t d = 0; d < count; ++d) {
        ForecastInputs &inputs = result[d];
        {
            Statement s(m_book, QStringLiteral("SELECT pl.id, pl.customer_id, i.due_date, i.amount FROM payment_plans pl "
                                               "JOIN payment_plan_instalments i ON i.plan_id = pl.id "
                                               "WHERE pl.status = 'active' AND pl.created_date <= ? AND pl.currency = ? "
                                               "  AND i.due_date >= ? ORDER BY pl.id, i.seq"));
            s.bind(1, days[d]);
            s.bind(2, currency);
            s.bind(3, days[d]);
            while (s.next())
                inputs.instalments.push_back(
                        {s.int64(0), s.int64(1), currency, QDate::fromJulianDay(s.int64(2)), s.int64(3)});
        }
        {
            Statement s(m_book, QStringLiteral("SELECT it.plan_id, it.invoice_id FROM payment_plan_items it "
                                               "JOIN payment_plans pl ON pl.id = it.plan_id "
                                               "WHERE pl.status = 'active' AND pl.created_date <= ? AND pl.currency = ?"));
            s.bind(1, days[d]);
            s.bind(2, currency);
            while (s.next())
                inputs.planOfInvoice.insert(s.int64(1), s.int64(0));
        }
    }
    return result;
}

std::map<QDate, MinorUnits> ManagerRepository::receipts(QDate from, QDate to, QDate asOf, const QString &currency)
{
    std::map<QDate, MinorUnits> result;
    // payment_state holds each payment's currency, day and amount as posted (LedgerVerifier
    // checks them against payments); its index payment_state_received (schema step 14) has
    // every column read here, so the range is read from the index alone.
    Statement s(m_book, QStringLiteral("SELECT received_date, SUM(amount) FROM payment_state "
                                       "WHERE currency = ? AND received_date >= ? AND received_date <= ? "
                                       "  AND (reversed_date IS NULL OR reversed_date > ?) "
                                       "GROUP BY received_date"));
    s.bind(1, currency);
    s.bind(2, from.toJulianDay());
    s.bind(3, to.toJulianDay());
    s.bind(4, asOf.toJulianDay());
    while (s.next())
        result[QDate::fromJulianDay(s.int64(0))] += s.int64(1);
    return result;
}

// --- aging snapshots -----------------------------------------------------------------------

namespace {
AgingSnapshotRow snapshotRow(const Statement &s)
{
    return {s.int64(0), QDate::fromJulianDay(s.int64(1)), s.text(2), s.text(3), s.text(4)};
}
} // namespace

std::vector<AgingSnapshotRow> ManagerRepository::snapshots()
{
    std::vector<AgingSnapshotRow> result;
    Statement s(m_book, QStringLiteral("SELECT id, as_of, basis, edges, created_at FROM aging_snapshots "
                                       "ORDER BY as_of, id"));
    while (s.next())
        result.push_back(snapshotRow(s));
    return result;
}

std::optional<AgingSnapshotRow> ManagerRepository::snapshot(Id id)
{
    Statement s(m_book, QStringLiteral("SELECT id, as_of, basis, edges, created_at FROM aging_snapshots WHERE id = ?"));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    AgingSnapshotRow row = snapshotRow(s);
    s.reset();
    return row;
}

std::optional<AgingSnapshotRow> ManagerRepository::snapshotAt(QDate asOf, const QString &basis, const QString &edges)
{
    Statement s(m_book, QStringLiteral("SELECT id, as_of, basis, edges, created_at FROM aging_snapshots "
                                       "WHERE as_of = ? AND basis = ? AND edges = ?"));
    s.bind(1, asOf.toJulianDay());
    s.bind(2, basis);
    s.bind(3, edges);
    if (!s.next())
        return std::nullopt;
    AgingSnapshotRow row = snapshotRow(s);
    s.reset();
    return row;
}

Id ManagerRepository::insertSnapshot(QDate asOf, const QString &basis, const QString &edges, const QString &createdAt,
                                     const std::vector<SnapshotLine> &lines)
{
    Id id = 1;
    {
        Statement s(m_book, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM aging_snapshots"));
        if (s.next())
            id = s.int64(0);
        s.reset();
    }
    Statement ins(m_book, QStringLiteral("INSERT INTO aging_snapshots (id, as_of, basis, edges, created_at) "
                                         "VALUES (?, ?, ?, ?, ?)"));
    ins.bind(1, id);
    ins.bind(2, asOf.toJulianDay());
    ins.bind(3, basis);
    ins.bind(4, edges);
    ins.bind(5, createdAt);
    ins.exec();
    Statement line(m_book, QStringLiteral("INSERT INTO aging_snapshot_lines (snapshot_id, customer_id, currency, "
                                          "bucket, amount) VALUES (?, ?, ?, ?, ?)"));
    for (const SnapshotLine &l : lines) {
        line.bind(1, id);
        line.bind(2, l.customerId);
        line.bind(3, l.currency);
        line.bind(4, l.bucket);
        line.bind(5, l.amount);
        line.exec();
    }
    return id;
}

std::vector<SnapshotLine> ManagerRepository::snapshotLines(Id snapshotId, bool totalsOnly)
{
    std::vector<SnapshotLine> result;
    Statement s(m_book, totalsOnly ? QStringLiteral("SELECT customer_id, currency, bucket, amount FROM "
                                                    "aging_snapshot_lines WHERE snapshot_id = ? AND customer_id = 0 "
                                                    "ORDER BY currency, bucket")
                                   : QStringLiteral("SELECT customer_id, currency, bucket, amount FROM "
                                                    "aging_snapshot_lines WHERE snapshot_id = ? "
                                                    "ORDER BY customer_id, currency, bucket"));
    s.bind(1, snapshotId);
    while (s.next())
        result.push_back({s.int64(0), s.text(1), static_cast<int>(s.int64(2)), s.int64(3)});
    return result;
}

std::vector<Id> ManagerRepository::snapshotCustomersInBucket(Id snapshotId, const QString &currency, int bucket)
{
    std::vector<Id> result;
    Statement s(m_book, QStringLiteral("SELECT customer_id FROM aging_snapshot_lines WHERE snapshot_id = ? "
                                       "AND customer_id <> 0 AND currency = ? AND bucket = ? AND amount <> 0 "
                                       "ORDER BY customer_id"));
    s.bind(1, snapshotId);
    s.bind(2, currency);
    s.bind(3, bucket);
    while (s.next())
        result.push_back(s.int64(0));
    return result;
}

std::map<Id, std::vector<SnapshotLine>> ManagerRepository::snapshotTotals(const std::vector<Id> &ids)
{
    std::map<Id, std::vector<SnapshotLine>> result;
    for (const Id id : ids)
        result[id] = snapshotLines(id, true);
    return result;
}

std::optional<QDate> ManagerRepository::firstInvoiceDate()
{
    // From the posted invoices (their issue_date index answers at once) rather than a scan of
    // invoice_state's million rows: the same dates, one row per invoice in both.
    Statement s(m_book, QStringLiteral("SELECT MIN(issue_date) FROM invoices"));
    std::optional<QDate> first;
    if (s.next() && !s.isNull(0))
        first = QDate::fromJulianDay(s.int64(0));
    s.reset();
    return first;
}

std::vector<InvoiceMovement> ManagerRepository::movements(QDate from, QDate to)
{
    const qint64 a = from.toJulianDay();
    const qint64 b = to.toJulianDay();
    std::vector<InvoiceMovement> result;
    Statement s(m_book,
                QStringLiteral(
                        "WITH rows AS MATERIALIZED (SELECT invoice_id, alloc_date, amount, payment_id, credit_note_id, "
                        "  write_off_id FROM allocations WHERE alloc_date > ?), "
                        "moves AS (SELECT invoice_id, "
                        "  SUM(CASE WHEN alloc_date > ? THEN amount ELSE 0 END) AS after_end, "
                        "  SUM(CASE WHEN alloc_date <= ? AND payment_id IS NOT NULL THEN amount ELSE 0 END) AS paid, "
                        "  SUM(CASE WHEN alloc_date <= ? AND credit_note_id IS NOT NULL THEN amount ELSE 0 END) AS credited, "
                        "  SUM(CASE WHEN alloc_date <= ? AND write_off_id IS NOT NULL THEN amount ELSE 0 END) AS written "
                        "  FROM rows GROUP BY invoice_id), "
                        "ids AS (SELECT invoice_id FROM invoice_state WHERE open_amount <> 0 AND issue_date <= ? "
                        "  UNION SELECT invoice_id FROM moves "
                        "  UNION SELECT invoice_id FROM invoice_state WHERE issue_date > ? AND issue_date <= ?) "
                        "SELECT s.currency, s.issue_date, s.due_date, s.amount, s.open_amount + COALESCE(m.after_end, 0), "
                        "  COALESCE(m.paid, 0), COALESCE(m.credited, 0), COALESCE(m.written, 0) "
                        "FROM ids JOIN invoice_state s ON s.invoice_id = ids.invoice_id "
                        "LEFT JOIN moves m ON m.invoice_id = ids.invoice_id WHERE s.issue_date <= ?"));
    s.bind(1, a);
    s.bind(2, b);
    s.bind(3, b);
    s.bind(4, b);
    s.bind(5, b);
    s.bind(6, b);
    s.bind(7, a);
    s.bind(8, b);
    s.bind(9, b);
    while (s.next()) {
        InvoiceMovement m;
        m.currency = s.text(0);
        m.issueDate = QDate::fromJulianDay(s.int64(1));
        m.dueDate = QDate::fromJulianDay(s.int64(2));
        m.amount = s.int64(3);
        m.openAtEnd = s.int64(4);
        m.paid = s.int64(5);
        m.credited = s.int64(6);
        m.writtenOff = s.int64(7);
        result.push_back(m);
    }
    return result;
}

// --- dashboard -------------------------------------------------------------------------------

std::vector<QString> ManagerRepository::currenciesByOpenAmount()
{
    std::vector<QString> result;
    // Amounts of different currencies cannot be compared: the most open invoices first.
    Statement s(m_book, QStringLiteral("SELECT currency, COUNT(*) AS n FROM invoice_state WHERE open_amount <> 0 "
                                       "GROUP BY currency ORDER BY n DESC, currency"));
    while (s.next())
        result.push_back(s.text(0));
    return result;
}

qint64 ManagerRepository::customersOnHold(const QString &currency)
{
    Statement s(m_book, QStringLiteral("SELECT COUNT(*) FROM customers WHERE on_hold <> 0 AND currency = ?"));
    s.bind(1, currency);
    qint64 count = 0;
    if (s.next())
        count = s.int64(0);
    s.reset();
    return count;
}

std::pair<qint64, MinorUnits> ManagerRepository::openDisputes(const QString &currency)
{
    Statement s(m_book, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(d.amount), 0) FROM disputes d "
                                       "JOIN customers c ON c.id = d.customer_id "
                                       "WHERE d.status = 'open' AND c.currency = ?"));
    s.bind(1, currency);
    std::pair<qint64, MinorUnits> result{0, 0};
    if (s.next())
        result = {s.int64(0), s.int64(1)};
    s.reset();
    return result;
}

std::vector<std::tuple<QString, qint64, MinorUnits>> ManagerRepository::openDisputesByReason(const QString &currency)
{
    std::vector<std::tuple<QString, qint64, MinorUnits>> result;
    Statement s(m_book, QStringLiteral("SELECT d.reason, COUNT(*), SUM(d.amount) FROM disputes d "
                                       "JOIN customers c ON c.id = d.customer_id "
                                       "WHERE d.status = 'open' AND c.currency = ? GROUP BY d.reason "
                                       "ORDER BY COUNT(*) DESC, d.reason"));
    s.bind(1, currency);
    while (s.next())
        result.emplace_back(s.text(0), s.int64(1), s.int64(2));
    return result;
}

std::vector<CustomerAmount> ManagerRepository::topOverdue(const QString &currency, QDate today, int limit)
{
    std::vector<CustomerAmount> result;
    Statement s(m_book,
                QStringLiteral("WITH o AS (SELECT customer_id, SUM(open_amount) AS open_total, "
                               "  SUM(CASE WHEN due_date < ? THEN open_amount ELSE 0 END) AS overdue, "
                               "  MIN(due_date) AS oldest FROM invoice_state "
                               "  WHERE open_amount <> 0 AND currency = ? GROUP BY customer_id) "
                               "SELECT c.id, c.code, c.name, COALESCE(u.login, ''), o.open_total, o.overdue, ? - o.oldest "
                               "FROM o JOIN customers c ON c.id = o.customer_id "
                               "LEFT JOIN users u ON u.id = c.collector_id "
                               "WHERE o.overdue > 0 ORDER BY o.overdue DESC, c.code LIMIT ?"));
    s.bind(1, today.toJulianDay());
    s.bind(2, currency);
    s.bind(3, today.toJulianDay());
    s.bind(4, limit);
    while (s.next())
        result.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5), s.int64(6)});
    return result;
}

std::vector<ManagerRepository::GroupBucketAmount>
ManagerRepository::agingByGroup(const QString &currency, QDate today, const AgingBuckets &buckets, bool byRiskClass)
{
    // Sum per (group, due date) in SQL, bucket in C++ (a handful of thousand rows).
    std::map<std::pair<QString, int>, MinorUnits> sums;
    Statement s(m_book, byRiskClass ? QStringLiteral("SELECT c.risk_class, s.due_date, SUM(s.open_amount) "
                                                     "FROM invoice_state s JOIN customers c ON c.id = s.customer_id "
                                                     "WHERE s.open_amount <> 0 AND s.currency = ? "
                                                     "GROUP BY c.risk_class, s.due_date")
                                    : QStringLiteral("SELECT COALESCE(u.login, ''), s.due_date, SUM(s.open_amount) "
                                                     "FROM invoice_state s JOIN customers c ON c.id = s.customer_id "
                                                     "LEFT JOIN users u ON u.id = c.collector_id "
                                                     "WHERE s.open_amount <> 0 AND s.currency = ? "
                                                     "GROUP BY COALESCE(u.login, ''), s.due_date"));
    s.bind(1, currency);
    const auto bucketOf = [&](qint64 dueDay) {
        return buckets.bucketFor(static_cast<int>(QDate::fromJulianDay(dueDay).daysTo(today)));
    };
    while (s.next())
        sums[{s.text(0), bucketOf(s.int64(1))}] += s.int64(2);
    // An invoice with instalment parts is one item per part, each in the bucket of its own
    // due date (docs/credit-policy.md "Instalment terms", as the aging counts it): its open
    // amount leaves the bucket of the invoice's due date and is spread over its open parts.
    Statement parts(m_book, byRiskClass
                                    ? QStringLiteral("SELECT c.risk_class, s.invoice_id, s.due_date, s.open_amount, p.seq, "
                                                     "p.due_date, p.amount FROM invoice_installments p "
                                                     "JOIN invoice_state s ON s.invoice_id = p.invoice_id "
                                                     "JOIN customers c ON c.id = s.customer_id "
                                                     "WHERE s.open_amount <> 0 AND s.currency = ? ORDER BY s.invoice_id, p.seq")
                                    : QStringLiteral("SELECT COALESCE(u.login, ''), s.invoice_id, s.due_date, s.open_amount, "
                                                     "p.seq, p.due_date, p.amount FROM invoice_installments p "
                                                     "JOIN invoice_state s ON s.invoice_id = p.invoice_id "
                                                     "JOIN customers c ON c.id = s.customer_id "
                                                     "LEFT JOIN users u ON u.id = c.collector_id "
                                                     "WHERE s.open_amount <> 0 AND s.currency = ? ORDER BY s.invoice_id, p.seq"));
    parts.bind(1, currency);
    struct Pending
    {
        Id invoice = 0;
        QString group;
        qint64 dueDay = 0;
        MinorUnits open = 0;
        std::vector<InstalmentPart> parts;
    } pending;
    const auto spread = [&] {
        if (pending.parts.empty())
            return;
        sums[{pending.group, bucketOf(pending.dueDay)}] -= pending.open;
        for (const OpenInstalmentPart &part : openInstalmentParts(pending.parts, pending.open))
            sums[{pending.group, buckets.bucketFor(static_cast<int>(part.dueDate.daysTo(today)))}] += part.open;
        pending.parts.clear();
    };
    while (parts.next()) {
        if (parts.int64(1) != pending.invoice) {
            spread();
            pending.invoice = parts.int64(1);
            pending.group = parts.text(0);
            pending.dueDay = parts.int64(2);
            pending.open = parts.int64(3);
        }
        pending.parts.push_back({static_cast<int>(parts.int64(4)), QDate::fromJulianDay(parts.int64(5)), parts.int64(6)});
    }
    spread();
    std::vector<GroupBucketAmount> result;
    for (const auto &[key, amount] : sums)
        result.push_back({key.first, key.second, amount});
    return result;
}

std::map<QDate, MinorUnits> ManagerRepository::salesByMonth(const QString &currency, QDate firstMonth, QDate lastDay)
{
    std::map<QDate, MinorUnits> result;
    // The sales rows of the KPI movement aggregate (kpi_movements.h: each invoice's amount on
    // its issue day, by currency and day): a few hundred rows by key instead of every invoice.
    Statement s(m_book, QStringLiteral("SELECT day, amount FROM kpi_movements "
                                       "WHERE kind = 0 AND currency = ? AND day >= ? AND day <= ?"));
    s.bind(1, currency);
    s.bind(2, firstMonth.toJulianDay());
    s.bind(3, lastDay.toJulianDay());
    while (s.next())
        result[firstOfMonth(QDate::fromJulianDay(s.int64(0)))] += s.int64(1);
    return result;
}

QHash<Id, CustomerAmount> ManagerRepository::customers(const QList<Id> &ids)
{
    QHash<Id, CustomerAmount> result;
    Statement s(m_book, QStringLiteral("SELECT c.code, c.name, COALESCE(u.login, '') FROM customers c "
                                       "LEFT JOIN users u ON u.id = c.collector_id WHERE c.id = ?"));
    for (const Id id : ids) {
        s.bind(1, id);
        if (s.next()) {
            CustomerAmount c;
            c.customerId = id;
            c.code = s.text(0);
            c.name = s.text(1);
            c.collectorLogin = s.text(2);
            result.insert(id, c);
        }
        s.reset();
    }
    return result;
}

std::vector<CustomerAmount> ManagerRepository::openBefore(const QString &currency, QDate cutoff, bool byIssueDate)
{
    std::vector<CustomerAmount> result;
    Statement s(m_book, QStringLiteral("WITH o AS (SELECT customer_id, SUM(open_amount) AS amt FROM invoice_state "
                                       "  WHERE open_amount <> 0 AND currency = ? AND %1 < ? GROUP BY customer_id) "
                                       "SELECT c.id, c.code, c.name, COALESCE(u.login, ''), o.amt FROM o "
                                       "JOIN customers c ON c.id = o.customer_id "
                                       "LEFT JOIN users u ON u.id = c.collector_id ORDER BY o.amt DESC, c.code")
                                .arg(byIssueDate ? QStringLiteral("issue_date") : QStringLiteral("due_date")));
    s.bind(1, currency);
    s.bind(2, cutoff.toJulianDay());
    while (s.next()) {
        CustomerAmount c;
        c.customerId = s.int64(0);
        c.code = s.text(1);
        c.name = s.text(2);
        c.collectorLogin = s.text(3);
        c.amount = s.int64(4);
        result.push_back(c);
    }
    return result;
}

std::vector<DashboardOpenItem> ManagerRepository::openItems(const QString &currency)
{
    std::vector<DashboardOpenItem> result;
    // By customer: SQLite walks the partial index invoice_state_open (customer_id, due_date,
    // currency, issue_date, open_amount), which holds every column read, without a sort.
    Statement s(m_book, QStringLiteral("SELECT customer_id, due_date, issue_date, open_amount FROM invoice_state "
                                       "WHERE open_amount <> 0 AND currency = ? ORDER BY customer_id"));
    s.bind(1, currency);
    while (s.next())
        result.push_back({s.int64(0), s.int64(1), s.int64(2), s.int64(3)});
    return result;
}

std::vector<OpenItemWithParts> ManagerRepository::openItemsWithParts(const QString &currency)
{
    std::vector<OpenItemWithParts> result;
    // The invoices with parts first (the IN list), then their state rows by key: written as
    // a plain join SQLite walks the whole of invoice_state and looks up parts for each row
    // (about 50 ms at a million invoices, with no invoice having parts).
    Statement s(m_book, QStringLiteral("SELECT s.invoice_id, s.customer_id, s.due_date, s.open_amount, p.seq, p.due_date, "
                                       "p.amount FROM invoice_installments p "
                                       "JOIN invoice_state s ON s.invoice_id = p.invoice_id "
                                       "WHERE s.open_amount <> 0 AND s.currency = ? "
                                       "AND s.invoice_id IN (SELECT invoice_id FROM invoice_installments) "
                                       "ORDER BY s.invoice_id, p.seq"));
    s.bind(1, currency);
    Id invoice = 0;
    while (s.next()) {
        if (result.empty() || s.int64(0) != invoice) {
            invoice = s.int64(0);
            result.push_back({s.int64(1), s.int64(2), s.int64(3), {}});
        }
        result.back().parts.push_back(
                {static_cast<int>(s.int64(4)), QDate::fromJulianDay(s.int64(5)), s.int64(6)});
    }
    return result;
}

CustomerGroups ManagerRepository::customerGroups(bool byRiskClass)
{
    CustomerGroups result;
    QHash<QString, int> indexOf;
    auto groupIndex = [&](const QString &name) {
        const auto found = indexOf.constFind(name);
        if (found != indexOf.constEnd())
            return *found;
        const int index = static_cast<int>(result.names.size());
        result.names << name;
        indexOf.insert(name, index);
        return index;
    };
    if (byRiskClass) {
        Statement s(m_book, QStringLiteral("SELECT id, risk_class FROM customers"));
        QByteArray last;
        int lastIndex = -1;
        while (s.next()) {
            const QByteArrayView utf8 = s.utf8(1);
            if (lastIndex < 0 || utf8 != last) {
                last = utf8.toByteArray();
                lastIndex = groupIndex(QString::fromUtf8(last));
            }
            result.groupOf.emplace(s.int64(0), lastIndex);
        }
        return result;
    }
    // The collector's login, "" for none (a customer without a collector, or whose
    // collector is not a user: the LEFT JOIN's COALESCE(u.login, '')).
    std::unordered_map<Id, int> ofUser;
    {
        Statement s(m_book, QStringLiteral("SELECT id, login FROM users"));
        while (s.next())
            ofUser.emplace(s.int64(0), groupIndex(s.text(1)));
    }
    const int none = groupIndex(QString());
    Statement s(m_book, QStringLiteral("SELECT id, collector_id FROM customers"));
    while (s.next()) {
        int index = none;
        if (!s.isNull(1))
            if (const auto found = ofUser.find(s.int64(1)); found != ofUser.end())
                index = found->second;
        result.groupOf.emplace(s.int64(0), index);
    }
    return result;
}

} // namespace ardesk
