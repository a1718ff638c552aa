#pragma once
// The reads (and the few writes) of the manager desk (docs/manager-desk.md): staff
// performance figures, collector targets, the cash forecast's inputs, month-end aging
// snapshots and the movements of a roll-forward, and the dashboard's small counts.
// Every amount is summed per currency; nothing here applies a business rule beyond
// selecting and adding up rows: the services (src/services/*_service.h) do the rest.
//
// Dates are Julian day numbers in the book; time stamps (contacts, tasks, escalations)
// are UTC ISO text, so "on day D" means the UTC date D.
//
// Error style (storage layer): throws StorageError.

#include "book.h"

#include "domain/aging.h"
#include "domain/instalment_terms.h"
#include "domain/ledger_types.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ardesk {

// A (staff member or collector, currency) pair: the line of a league table.
struct StaffKey final
{
    std::optional<Id> userId; // empty: customers without a collector
    QString currency;

    friend bool operator==(const StaffKey &, const StaffKey &) = default;
    friend bool operator<(const StaffKey &a, const StaffKey &b)
    {
        if (a.userId != b.userId)
            return a.userId.has_value() && (!b.userId.has_value() || *a.userId < *b.userId);
        return a.currency < b.currency;
    }
};

struct StaffMember final
{
    Id id = 0;
    QString login;
    QString name;
    QString role;
    bool active = true;
};

// The counted figures of one line for a period (see docs/manager-desk.md for who each
// figure is attributed to).
struct StaffRawFigures final
{
    StaffKey key;
    qint64 portfolioCustomers = 0;  // customers whose collector is the user, in the currency
    MinorUnits portfolioOpen = 0;   // their open invoices as of the period's last day
    qint64 contacts = 0;            // contacts logged by the user
    qint64 callAttempts = 0;        // of which calls and visits
    qint64 rightPartyContacts = 0;  // of which calls and visits that reached a conversation
    qint64 promisesTaken = 0;       // promises taken by the user in the period
    MinorUnits promisedAmount = 0;
    MinorUnits collected = 0;       // payments received from the portfolio in the period
    qint64 tasksDone = 0;           // tasks done by the user in the period
    qint64 tasksOverdue = 0;        // open at the end of the last day, due before it
    qint64 escalations = 0;         // escalations raised by the user in the period
    qint64 complaints = 0;          // complaints received from the portfolio in the period
};

struct CollectorTargetRow final
{
    Id userId = 0;
    QString period; // "YYYY-MM", or "*" for the standing monthly target
    QString currency;
    MinorUnits target = 0;
};

// Per (line, first day of month) sums for a trend.
struct StaffMonthFigures final
{
    StaffKey key;
    QDate month;
    MinorUnits collected = 0;
    qint64 contacts = 0;
    qint64 callAttempts = 0;
    qint64 rightPartyContacts = 0;
    qint64 promisesTaken = 0;
};

// --- cash forecast -----------------------------------------------------------------------

// One open invoice as of a date (the disputed part is what is contested on that date).
struct ForecastOpenItem final
{
    Id invoiceId = 0;
    Id customerId = 0;
    QString currency;
    QDate dueDate;
    MinorUnits open = 0;
    MinorUnits disputed = 0;
};

struct ForecastPlanInstalment final
{
    Id planId = 0;
    Id customerId = 0;
    QString currency;
    QDate dueDate;
    MinorUnits amount = 0;
};

struct ForecastInputs final
{
    std::vector<ForecastOpenItem> openItems;             // by customer, due date, invoice id
    QHash<Id, std::pair<MinorUnits, MinorUnits>> lateness; // customer: (sum amount x days late, sum amount)
    std::vector<ForecastPlanInstalment> instalments;     // of plans active then, due on or after the date
    QHash<Id, Id> planOfInvoice;                          // invoices covered by those plans
};

// --- aging snapshots -----------------------------------------------------------------------

struct AgingSnapshotRow final
{
    Id id = 0;
    QDate asOf;
    QString basis; // "due" | "invoice"
    QString edges; // "30,60,90"
    QString createdAt;
};

// Lines of a snapshot: per customer, currency and bucket (0 .. bucketCount-1), plus the
// special buckets below. customerId 0 holds the per-currency totals.
inline constexpr int kSnapshotUnappliedCash = -1;
inline constexpr int kSnapshotUnappliedCredits = -2;
inline constexpr int kSnapshotDisputed = -3;

struct SnapshotLine final
{
    Id customerId = 0;
    QString currency;
    int bucket = 0;
    MinorUnits amount = 0;
};

// The movements of the invoices between two dates a < b, one row per invoice that was
// open at a, was issued in (a, b], or had an allocation dated in (a, b].
struct InvoiceMovement final
{
    QString currency;
    QDate issueDate;
    QDate dueDate;
    MinorUnits amount = 0;
    MinorUnits openAtEnd = 0; // as of b
    MinorUnits paid = 0;      // payment allocation rows dated in (a, b] (reversing rows included)
    MinorUnits credited = 0;  // credit note rows
    MinorUnits writtenOff = 0; // write-off rows
};

// --- dashboard -----------------------------------------------------------------------------

struct CustomerAmount final
{
    Id customerId = 0;
    QString code;
    QString name;
    QString collectorLogin;
    MinorUnits amount = 0;
    MinorUnits overdue = 0;
    qint64 oldestDaysPastDue = 0;
};

// The dashboard's one read of the open invoices of a currency (open_amount <> 0).
struct DashboardOpenItem final
{
    Id customerId = 0;
    qint64 dueDay = 0;   // Julian day of the invoice's due date
    qint64 issueDay = 0; // and of its issue date
    MinorUnits open = 0;
};

// An open invoice of a currency with instalment parts (aging counts each part apart).
struct OpenItemWithParts final
{
    Id customerId = 0;
    qint64 dueDay = 0;
    MinorUnits open = 0;
    std::vector<InstalmentPart> parts; // by seq
};

// Each customer's group for a stack: the collector's login ("" for none) or the risk class.
struct CustomerGroups final
{
    QStringList names;                     // distinct, in the order first met
    std::unordered_map<Id, int> groupOf;   // customer id -> index into names
};

class ManagerRepository final
{
public:
    explicit ManagerRepository(Book &book) : m_book(book) { }

    std::vector<StaffMember> staff();
    std::optional<QString> setting(const QString &key);
    QHash<QString, Id> customerIdsByCode();

    // Staff figures for [from, to] (both included); `asOf` decides which payments count
    // as reversed (reversed on or before it). One line per (user, currency) with anything.
    std::vector<StaffRawFigures> staffFigures(QDate from, QDate to);
    std::vector<StaffMonthFigures> staffMonths(QDate firstMonth, QDate lastDay);
    // Each promise's (taker or else the customer's collector, currency), for the promises
    // promised on or after `from`.
    QHash<Id, StaffKey> promiseOwners(QDate from);
    // Each customer's (collector, currency).
    QHash<Id, StaffKey> customerOwners();
    // Those of `customers` (in their order, repeats kept) whose currency is `currency`: one
    // look-up by key per distinct customer, for short lists.
    std::vector<Id> customersOfCurrency(const std::vector<Id> &customers, const QString &currency);

    std::vector<CollectorTargetRow> targets();
    void setTarget(const CollectorTargetRow &row); // a target <= 0 removes it

    // The cash forecast's inputs as of a date.
    ForecastInputs forecastInputs(QDate asOf, const QString &currency);
    // The same for several dates at once (one entry per date, in their order), from one read
    // of the invoices' due dates, the payments and the allocations instead of one join of
    // every allocation per date: the forecast of a day and of its past weeks' Mondays read
    // this. forecastInputs above stays the reference the tests compare with.
    std::vector<ForecastInputs> forecastInputsOn(const std::vector<QDate> &days, const QString &currency);
    // Payments received per day in [from, to] not reversed on or before `asOf`.
    std::map<QDate, MinorUnits> receipts(QDate from, QDate to, QDate asOf, const QString &currency);

    // Snapshots.
    std::vector<AgingSnapshotRow> snapshots();
    std::optional<AgingSnapshotRow> snapshot(Id id);
    std::optional<AgingSnapshotRow> snapshotAt(QDate asOf, const QString &basis, const QString &edges);
    Id insertSnapshot(QDate asOf, const QString &basis, const QString &edges, const QString &createdAt,
                      const std::vector<SnapshotLine> &lines);
    std::vector<SnapshotLine> snapshotLines(Id snapshotId, bool totalsOnly);
    // The customers (not the totals line) with an amount other than 0 in `bucket` of the
    // currency in a snapshot, by id: the lines of that bucket only, not the whole report.
    std::vector<Id> snapshotCustomersInBucket(Id snapshotId, const QString &currency, int bucket);
    // Per-currency bucket totals of several snapshots (customer 0 lines): snapshot id -> lines.
    std::map<Id, std::vector<SnapshotLine>> snapshotTotals(const std::vector<Id> &ids);
    std::optional<QDate> firstInvoiceDate();
    std::vector<InvoiceMovement> movements(QDate from, QDate to);

    // Dashboard.
    // The currencies with open invoices, the most open invoices first.
    std::vector<QString> currenciesByOpenAmount();
    qint64 customersOnHold(const QString &currency);
    std::pair<qint64, MinorUnits> openDisputes(const QString &currency);
    std::vector<std::tuple<QString, qint64, MinorUnits>> openDisputesByReason(const QString &currency);
    // Today's open invoices of the currency by customer, largest overdue first.
    std::vector<CustomerAmount> topOverdue(const QString &currency, QDate today, int limit);
    // Open invoice amounts now (open_amount > 0), per customer and group (collector login or risk class).
    struct GroupBucketAmount
    {
        QString group;
        int bucket = 0;
        MinorUnits amount = 0;
    };
    std::vector<GroupBucketAmount> agingByGroup(const QString &currency, QDate today, const AgingBuckets &buckets,
                                                bool byRiskClass);
    std::map<QDate, MinorUnits> salesByMonth(const QString &currency, QDate firstMonth, QDate lastDay);
    QHash<Id, CustomerAmount> customers(const QList<Id> &ids);
    // Per customer of the currency, the open amount now of the invoices whose due date (or
    // issue date) is before `cutoff` (amount), largest first.
    std::vector<CustomerAmount> openBefore(const QString &currency, QDate cutoff, bool byIssueDate);
    // The same open invoices read once for several figures (DashboardService::openItemFigures):
    // every open invoice of the currency by customer (from the covering partial index
    // invoice_state_open), those of them with instalment parts, and each customer's group.
    // agingByGroup, topOverdue and openBefore above stay the reference the tests compare with.
    std::vector<DashboardOpenItem> openItems(const QString &currency);
    std::vector<OpenItemWithParts> openItemsWithParts(const QString &currency);
    CustomerGroups customerGroups(bool byRiskClass);

private:
    Book &m_book;
};

} // namespace ardesk
