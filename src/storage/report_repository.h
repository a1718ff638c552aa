#pragma once
// The lists behind the management reports that no other repository reads as of a date:
// promises taken in a period, disputes open on a date, complaints received in a period,
// write-offs and recoveries in a period. Dates are QDate, amounts minor units. Throws
// StorageError (storage layer style).

#include "book.h"

#include "domain/ledger_types.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ardesk {

struct PromiseReportRow final
{
    QString customerCode;
    QString customerName;
    QString collectorLogin;
    QDate taken;
    QDate promised;
    MinorUnits amount = 0;
    MinorUnits paid = 0;
    QString currency;
    QString status; // pending, kept, partially_kept, broken (as last evaluated)
};

struct DisputeReportRow final
{
    QString invoiceNumber;
    QString customerCode;
    QString customerName;
    QString reason;
    QString ownerLogin;
    QDate opened;
    QDate resolved; // invalid: open on the date asked
    MinorUnits amount = 0;
    QString currency;
};

struct ComplaintReportRow final
{
    QString customerCode;
    QString customerName;
    QDate received;
    QString channel;
    QString category;
    std::optional<int> satisfaction; // 1-5
    QDate resolved;
};

struct WriteOffReportRow final
{
    QString invoiceNumber;
    QString customerCode;
    QString customerName;
    QDate date;
    MinorUnits amount = 0;
    QString currency;
    QString reason; // write-offs; empty for recoveries
};

class ReportRepository final
{
public:
    explicit ReportRepository(Book &book) : m_book(book) { }

    std::vector<PromiseReportRow> promisesTaken(QDate from, QDate to);
    // Disputes opened on or before `on` and not resolved by it.
    std::vector<DisputeReportRow> disputesOpen(QDate on);
    std::vector<DisputeReportRow> disputesResolved(QDate from, QDate to);
    std::vector<ComplaintReportRow> complaintsReceived(QDate from, QDate to);
    std::vector<WriteOffReportRow> writeOffs(QDate from, QDate to);
    // Payments applied in the period to invoices written off (in part) before the payment.
    std::vector<WriteOffReportRow> recoveries(QDate from, QDate to);

private:
    Book &m_book;
};

} // namespace ardesk
