#include "ar_movements.h"

#include "domain/instalment_terms.h"

#include <QSqlQuery>

#include <algorithm>

namespace ardesk {

namespace {

// max(day column, start column), portable (SQLite's two-argument max() is not PostgreSQL's).
QString later(const QString &day, const QString &start)
{
    return QStringLiteral("(CASE WHEN %1 > %2 THEN %1 ELSE %2 END)").arg(day, start);
}

// The movements of unapplied payments (kind 1) or credit notes (kind 2) from the ledger.
QString sourceMovements(int kind, const QString &stateTable, const QString &idColumn, const QString &startColumn)
{
    const QString allocDay = later(QStringLiteral("a.alloc_date"), QStringLiteral("s.") + startColumn);
    const QString reversalDay = later(QStringLiteral("s.reversed_date"), QStringLiteral("s.") + startColumn);
    return QStringLiteral(
               "SELECT %1 AS kind, s.currency AS currency, 0 AS due_day, s.%4 AS move_day, s.amount AS amount "
               "FROM %2 s "
               "UNION ALL SELECT %1, s.currency, 0, %5, -a.amount FROM allocations a JOIN %2 s ON s.%3 = a.%3 "
               "WHERE s.reversed_date IS NULL OR %5 <= %6 "
               "UNION ALL SELECT %1, s.currency, 0, %6, -(s.amount - COALESCE((SELECT SUM(a.amount) "
               "FROM allocations a WHERE a.%3 = s.%3 AND %5 <= %6), 0)) FROM %2 s WHERE s.reversed_date IS NOT NULL")
        .arg(kind)
        .arg(stateTable, idColumn, startColumn, allocDay, reversalDay);
}

// withoutInstalments: leaves out the kind-0 rows of the invoices with instalments (verify
// adds them from instalmentMovements); the step-5 backfill keeps its statement as shipped.
QString expectedSelect(bool withoutInstalments = false)
{
    const QString noParts = withoutInstalments
                                    ? QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM invoice_installments p "
                                                     "WHERE p.invoice_id = s.invoice_id)")
                                    : QString();
    const QString invoiceAllocDay = later(QStringLiteral("a.alloc_date"), QStringLiteral("s.issue_date"));
    return QStringLiteral(
               "SELECT kind, currency, due_day, move_day, SUM(amount) AS amount FROM ("
               "SELECT 0 AS kind, s.currency AS currency, s.due_date AS due_day, s.issue_date AS move_day, "
               "s.amount AS amount FROM invoice_state s%4 "
               "UNION ALL SELECT 0, s.currency, s.due_date, %1, -a.amount FROM allocations a "
               "JOIN invoice_state s ON s.invoice_id = a.invoice_id%4 "
               "UNION ALL %2 UNION ALL %3) m GROUP BY kind, currency, due_day, move_day")
        .arg(invoiceAllocDay,
             sourceMovements(1, QStringLiteral("payment_state"), QStringLiteral("payment_id"),
                             QStringLiteral("received_date")),
             sourceMovements(2, QStringLiteral("credit_note_state"), QStringLiteral("credit_note_id"),
                             QStringLiteral("issue_date")),
             noParts);
}

} // namespace

QStringList arMovementsBackfill()
{
    return {
        QStringLiteral("INSERT INTO ar_movements (grain, kind, currency, due_day, move_day, amount) "
                       "SELECT 0, kind, currency, due_day, move_day, amount FROM (%1) e WHERE amount <> 0")
            .arg(expectedSelect()),
        QStringLiteral("INSERT INTO ar_movements (grain, kind, currency, due_day, move_day, amount) "
                       "SELECT 1, kind, currency, due_day, (move_day / %1) * %1, SUM(amount) FROM ar_movements "
                       "WHERE grain = 0 GROUP BY kind, currency, due_day, (move_day / %1) * %1")
            .arg(kMovementBlockDays),
    };
}

InstalmentRows instalmentMovements(qint64 issueDay, const std::vector<std::pair<qint64, qint64>> &parts,
                                   const std::map<qint64, qint64> &appliedByDay)
{
    InstalmentRows rows;
    std::vector<MinorUnits> amounts;
    MinorUnits total = 0;
    for (const auto &[due, amount] : parts) {
        rows[{due, issueDay}] += amount;
        amounts.push_back(amount);
        total += amount;
    }
    std::vector<MinorUnits> before = amounts;
    MinorUnits applied = 0;
    for (const auto &[day, amount] : appliedByDay) {
        applied += amount;
        const std::vector<MinorUnits> now = spreadOverInstalments(amounts, total - applied);
        for (std::size_t k = 0; k < parts.size(); ++k)
            if (now[k] != before[k])
                rows[{parts[k].first, day}] += now[k] - before[k];
        before = now;
    }
    return rows;
}

std::map<MovementKey, qint64> expectedMovements(Book &book)
{
    std::map<MovementKey, qint64> rows;
    QSqlQuery q = book.exec(expectedSelect(true));
    while (q.next()) {
        const qint64 amount = q.value(4).toLongLong();
        if (amount != 0)
            rows[{q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()}] =
                amount;
    }
    // The invoices with instalments, part by part.
    struct Item {
        QString currency;
        qint64 issueDay = 0;
        std::vector<std::pair<qint64, qint64>> parts;
        std::map<qint64, qint64> applied;
    };
    std::map<qint64, Item> items;
    QSqlQuery p = book.exec(QStringLiteral(
        "SELECT p.invoice_id, s.currency, s.issue_date, p.due_date, p.amount FROM invoice_installments p "
        "JOIN invoice_state s ON s.invoice_id = p.invoice_id ORDER BY p.invoice_id, p.seq"));
    while (p.next()) {
        Item &item = items[p.value(0).toLongLong()];
        item.currency = p.value(1).toString();
        item.issueDay = p.value(2).toLongLong();
        item.parts.emplace_back(p.value(3).toLongLong(), p.value(4).toLongLong());
    }
    if (items.empty())
        return rows;
    QSqlQuery a = book.exec(QStringLiteral(
        "SELECT a.invoice_id, a.alloc_date, a.amount FROM allocations a "
        "WHERE a.invoice_id IN (SELECT p.invoice_id FROM invoice_installments p)"));
    while (a.next()) {
        const auto it = items.find(a.value(0).toLongLong());
        if (it != items.end())
            it->second.applied[std::max(a.value(1).toLongLong(), it->second.issueDay)] += a.value(2).toLongLong();
    }
    for (const auto &[id, item] : items)
        for (const auto &[key, amount] : instalmentMovements(item.issueDay, item.parts, item.applied)) {
            const MovementKey k{0, item.currency, key.first, key.second};
            if (const qint64 sum = rows[k] + amount; sum != 0)
                rows[k] = sum;
            else
                rows.erase(k);
        }
    return rows;
}

std::map<MovementKey, qint64> storedMovements(Book &book, int grain)
{
    std::map<MovementKey, qint64> rows;
    QSqlQuery q = book.prepare(QStringLiteral(
        "SELECT kind, currency, due_day, move_day, amount FROM ar_movements WHERE grain = ? AND amount <> 0"));
    q.addBindValue(grain);
    Book::exec(q);
    while (q.next())
        rows[{q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()}] =
            q.value(4).toLongLong();
    return rows;
}

} // namespace ardesk
