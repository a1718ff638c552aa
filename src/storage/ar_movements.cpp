#include "ar_movements.h"

#include <QSqlQuery>

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

QString expectedSelect()
{
    const QString invoiceAllocDay = later(QStringLiteral("a.alloc_date"), QStringLiteral("s.issue_date"));
    return QStringLiteral(
               "SELECT kind, currency, due_day, move_day, SUM(amount) AS amount FROM ("
               "SELECT 0 AS kind, s.currency AS currency, s.due_date AS due_day, s.issue_date AS move_day, "
               "s.amount AS amount FROM invoice_state s "
               "UNION ALL SELECT 0, s.currency, s.due_date, %1, -a.amount FROM allocations a "
               "JOIN invoice_state s ON s.invoice_id = a.invoice_id "
               "UNION ALL %2 UNION ALL %3) m GROUP BY kind, currency, due_day, move_day")
        .arg(invoiceAllocDay,
             sourceMovements(1, QStringLiteral("payment_state"), QStringLiteral("payment_id"),
                             QStringLiteral("received_date")),
             sourceMovements(2, QStringLiteral("credit_note_state"), QStringLiteral("credit_note_id"),
                             QStringLiteral("issue_date")));
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

std::map<MovementKey, qint64> expectedMovements(Book &book)
{
    std::map<MovementKey, qint64> rows;
    QSqlQuery q = book.exec(expectedSelect());
    while (q.next()) {
        const qint64 amount = q.value(4).toLongLong();
        if (amount != 0)
            rows[{q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()}] =
                amount;
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
