#include "report_repository.h"

#include "ledger_repository.h"

#include <QSqlQuery>

namespace ardesk {

namespace {

QDate dayOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDate() : dayFromValue(value);
}

} // namespace

std::vector<PromiseReportRow> ReportRepository::promisesTaken(QDate from, QDate to)
{
    QSqlQuery q =
            m_book.prepare(QStringLiteral("SELECT c.code, c.name, COALESCE(u.login, ''), p.taken_date, "
                                          "p.promised_date, p.amount, p.paid, p.currency, "
                                          "p.status FROM promises p JOIN customers c ON c.id = p.customer_id LEFT JOIN "
                                          "users u ON u.id = p.collector_id "
                                          "WHERE p.taken_date BETWEEN ? AND ? ORDER BY p.taken_date, c.code, p.id"));
    q.addBindValue(dayValue(from));
    q.addBindValue(dayValue(to));
    Book::exec(q);
    std::vector<PromiseReportRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dayFromValue(q.value(3)),
                        dayFromValue(q.value(4)), q.value(5).toLongLong(), q.value(6).toLongLong(),
                        q.value(7).toString(), q.value(8).toString()});
    return rows;
}

namespace {
const QString kDisputeSelect = QStringLiteral(
        "SELECT i.number, c.code, c.name, d.reason, COALESCE(u.login, ''), d.opened_date, d.resolved_date, d.amount, "
        "i.currency FROM disputes d JOIN invoices i ON i.id = d.invoice_id JOIN customers c ON c.id = d.customer_id "
        "LEFT JOIN users u ON u.id = d.owner_id ");

std::vector<DisputeReportRow> disputeRows(QSqlQuery &q)
{
    std::vector<DisputeReportRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), dayFromValue(q.value(5)), dayOrInvalid(q.value(6)),
                        q.value(7).toLongLong(), q.value(8).toString()});
    return rows;
}
} // namespace

std::vector<DisputeReportRow> ReportRepository::disputesOpen(QDate on)
{
    QSqlQuery q = m_book.prepare(
            kDisputeSelect
            + QStringLiteral("WHERE d.opened_date <= ? AND (d.resolved_date IS NULL OR d.resolved_date > ?) "
                             "ORDER BY d.opened_date, i.number, d.id"));
    q.addBindValue(dayValue(on));
    q.addBindValue(dayValue(on));
    Book::exec(q);
    auto rows = disputeRows(q);
    for (auto &row : rows)
        row.resolved = {}; // open on that date, whatever happened later
    return rows;
}

std::vector<DisputeReportRow> ReportRepository::disputesResolved(QDate from, QDate to)
{
    QSqlQuery q = m_book.prepare(
            kDisputeSelect
            + QStringLiteral("WHERE d.resolved_date BETWEEN ? AND ? ORDER BY d.resolved_date, i.number, d.id"));
    q.addBindValue(dayValue(from));
    q.addBindValue(dayValue(to));
    Book::exec(q);
    return disputeRows(q);
}

std::vector<ComplaintReportRow> ReportRepository::complaintsReceived(QDate from, QDate to)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT c.code, c.name, k.received_date, k.channel, k.category, k.satisfaction, k.resolved_date "
            "FROM complaints k JOIN customers c ON c.id = k.customer_id WHERE k.received_date BETWEEN ? AND ? "
            "ORDER BY k.received_date, c.code, k.id"));
    q.addBindValue(dayValue(from));
    q.addBindValue(dayValue(to));
    Book::exec(q);
    std::vector<ComplaintReportRow> rows;
    while (q.next()) {
        ComplaintReportRow row{q.value(0).toString(),   q.value(1).toString(), dayFromValue(q.value(2)),
                               q.value(3).toString(),   q.value(4).toString(), std::nullopt,
                               dayOrInvalid(q.value(6))};
        if (!q.value(5).isNull())
            row.satisfaction = q.value(5).toInt();
        rows.push_back(row);
    }
    return rows;
}

std::vector<WriteOffReportRow> ReportRepository::writeOffs(QDate from, QDate to)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT i.number, c.code, c.name, w.write_off_date, w.amount, i.currency, w.reason FROM write_offs w "
            "JOIN invoices i ON i.id = w.invoice_id JOIN customers c ON c.id = i.customer_id "
            "WHERE w.write_off_date BETWEEN ? AND ? ORDER BY w.write_off_date, i.number, w.id"));
    q.addBindValue(dayValue(from));
    q.addBindValue(dayValue(to));
    Book::exec(q);
    std::vector<WriteOffReportRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dayFromValue(q.value(3)),
                        q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()});
    return rows;
}

std::vector<WriteOffReportRow> ReportRepository::recoveries(QDate from, QDate to)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT i.number, c.code, c.name, a.alloc_date, SUM(a.amount), i.currency FROM allocations a "
            "JOIN invoices i ON i.id = a.invoice_id JOIN customers c ON c.id = i.customer_id "
            "WHERE a.payment_id IS NOT NULL AND a.alloc_date BETWEEN ? AND ? "
            "AND EXISTS (SELECT 1 FROM write_offs w WHERE w.invoice_id = a.invoice_id AND w.write_off_date <= "
            "a.alloc_date) "
            "GROUP BY i.number, c.code, c.name, a.alloc_date, i.currency HAVING SUM(a.amount) <> 0 "
            "ORDER BY a.alloc_date, i.number"));
    q.addBindValue(dayValue(from));
    q.addBindValue(dayValue(to));
    Book::exec(q);
    std::vector<WriteOffReportRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dayFromValue(q.value(3)),
                        q.value(4).toLongLong(), q.value(5).toString(), QString()});
    return rows;
}

} // namespace ardesk
