#pragma once
// The maintained KPI movement aggregate (schema step "KPI movements", docs/kpi.md "How it
// stays fast", docs/ledger.md): what the receivables KPIs sum over a period, per currency and
// day, so that the KPI set by currency reads a few thousand rows instead of every invoice
// and every allocation of the period.
//
// Rows (kind, currency, day, until_day) -> (amount, amount_days, entries); currency is the
// invoice's (= its customer's) currency, amounts are minor units, entries counts the ledger
// rows summed in (so a row whose amounts cancel out still says that something happened):
// - kind 0 sales: each invoice's amount on its issue day;
// - kind 1 applied: every allocation row (payments, credit notes, write-offs and the
//   reversing rows) on its allocation day;
// - kind 2 written off: the write-off allocation rows and their reversing rows, on their day;
// - kind 3 paid: the payment allocation rows that reverse nothing, on their day, with
//   amount_days = amount x (payment's received day - invoice's issue day);
// - kind 4 paid and reversed: each reversing row of a payment allocation, day = the day of
//   the allocation it reverses, until_day = its own day, with its (negative) amount and
//   amount_days. The KPIs add it when day >= period start and until_day <= as-of date
//   (docs/kpi.md: an allocation reversed in the period is left out with its reversing row;
//   a reversal of an allocation dated before the period is left out).
// until_day is 0 for kinds 0-3.
//
// The same per collector, segment and risk class (kpi_group_movements, schema step 11,
// docs/kpi.md "How it stays fast"): rows (dimension, kind, currency, group_key, day, until_day),
// dimension 1 collector (group_key = the collector's id as text), 2 segment, 3 risk class, ''
// for none. A customer's rows are filed under the group its line in kpi_customer_groups
// names: the customer's collector, segment and risk class when its first row was filed (or
// when the step filled the table). The KPI lines group by the customer's *current* ones, so
// the reader moves the rows of a customer reassigned since from the filed group to the current
// one (KpiRepository, from that customer's own ledger rows); nothing is written when a
// customer is reassigned. Besides kinds 0-4 the group rows have two kinds for the current AR:
// - kind 5 invoice by due day: day = the invoice's due day, until_day = its issue day;
// - kind 6 applied by due day: each allocation row dated on or before its invoice's due day,
//   day = that due day, until_day = the allocation's day.
// Current AR as of D = sum of kind 5 - sum of kind 6 over the rows with day >= D and
// until_day <= D (an allocation dated after the due day never falls in that window).
// LedgerRepository keeps the rows in the same transaction as every posting (KpiMovementWriter,
// called from small hooks in postInvoice and postAllocation; summed in memory during a bulk
// import and written by its flush); the migration fills them for an existing book;
// LedgerVerifier checks them against the ledger. Throws StorageError.

#include "book.h"

#include "domain/ledger_types.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace ardesk {

class Statement;

enum class KpiMovementKind
{
    Sales = 0,
    Applied = 1,
    WrittenOff = 2,
    Paid = 3,
    PaidReversed = 4,
    InvoiceByDue = 5,  // kpi_group_movements only
    AppliedByDue = 6,  // kpi_group_movements only
};

// One ledger row's contribution to the aggregates (the kinds above).
struct KpiContribution final
{
    KpiMovementKind kind = KpiMovementKind::Sales;
    qint64 day = 0;
    qint64 untilDay = 0;
    qint64 amount = 0;
    qint64 amountDays = 0;
};

// The contributions of an invoice and of an allocation row (pure; the writer, the reader's
// correction for reassigned customers and the SQL of the backfill give the same rows).
// originalDay: the day of the allocation a reversing row reverses; paymentReceivedDay: the
// payment's received day for a payment allocation.
void invoiceContributions(qint64 issueDay, qint64 dueDay, MinorUnits amount, std::vector<KpiContribution> &out);
void allocationContributions(qint64 day, MinorUnits amount, AllocationSource source, bool reverses,
                             std::optional<qint64> originalDay, std::optional<qint64> paymentReceivedDay,
                             qint64 invoiceIssueDay, qint64 invoiceDueDay, std::vector<KpiContribution> &out);

// The dimensions of kpi_group_movements (the values of KpiGrouping in kpi_repository.h).
inline constexpr int kKpiGroupingCollector = 1;
inline constexpr int kKpiGroupingSegment = 2;
inline constexpr int kKpiGroupingRiskClass = 3;

struct KpiMovementSums final
{
    qint64 amount = 0;
    qint64 amountDays = 0;
    qint64 entries = 0;

    friend bool operator==(const KpiMovementSums &, const KpiMovementSums &) = default;
};

// (kind, currency, day, until_day) -> sums
using KpiMovementKey = std::tuple<int, QString, qint64, qint64>;
using KpiMovementMap = std::map<KpiMovementKey, KpiMovementSums>;

// The schema step's statements: the table and its backfill from the ledger (portable SQL).
QStringList kpiMovementsSchema();
// The step that adds kpi_customer_groups and kpi_group_movements, filled from the customers
// and the ledger (portable SQL, one INSERT ... SELECT each).
QStringList kpiGroupMovementsSchema();

// (dimension, kind, currency, group_key, day, until_day) -> sums
using KpiGroupMovementKey = std::tuple<int, int, QString, QString, qint64, qint64>;
using KpiGroupMovementMap = std::map<KpiGroupMovementKey, KpiMovementSums>;
// The rows the ledger and kpi_customer_groups give, and the stored rows (no empty rows).
KpiGroupMovementMap expectedKpiGroupMovements(Book &book);
KpiGroupMovementMap storedKpiGroupMovements(Book &book);

// A customer's ledger contributions (every invoice and allocation row of the customer), as
// the writer filed them: for the reader's correction of a reassigned customer.
std::vector<KpiContribution> customerKpiContributions(Book &book, Id customerId);

// The rows the ledger gives (the backfill's SELECT), and the stored rows; rows with no
// entries are left out of both.
KpiMovementMap expectedKpiMovements(Book &book);
KpiMovementMap storedKpiMovements(Book &book);

// Keeps kpi_movements in step with the postings of one LedgerRepository.
class KpiMovementWriter final
{
public:
    explicit KpiMovementWriter(Book &book);
    ~KpiMovementWriter();
    KpiMovementWriter(const KpiMovementWriter &) = delete;
    KpiMovementWriter &operator=(const KpiMovementWriter &) = delete;

    void invoicePosted(Id customerId, const QString &currency, qint64 issueDay, qint64 dueDay, MinorUnits amount);
    // An allocation row was posted on an invoice of customerId in `currency` issued on
    // invoiceIssueDay, due on invoiceDueDay; paymentReceivedDay is the payment's received day
    // for a payment allocation.
    void allocationPosted(const Allocation &allocation, Id customerId, const QString &currency,
                          qint64 invoiceIssueDay, qint64 invoiceDueDay, std::optional<qint64> paymentReceivedDay);

    // Bulk imports: sum in memory until flush() (which the caller runs before its commit).
    void beginBatch();
    void flush();

private:
    struct FiledGroups
    {
        QString collector, segment, riskClass;
    };
    void addAll(Id customerId, const QString &currency, const std::vector<KpiContribution> &rows);
    void write(const KpiMovementKey &key, const KpiMovementSums &sums);
    void writeGroup(const KpiGroupMovementKey &key, const KpiMovementSums &sums);
    const FiledGroups &filedGroups(Id customerId);

    // The rows summed during a batch, in hash tables (std::maps keyed by the tuples, with
    // their QString comparisons, were 13 % of a payments import's instructions; docs/
    // performance.md, issue 8 step 5); flush() sorts them into the tables' key order.
    struct PendingKey final
    {
        qint64 day = 0;
        qint64 untilDay = 0;
        int dimension = 0; // 0: kpi_movements; 1-3: kpi_group_movements
        int kind = 0;
        QString currency;
        QString groupKey;
        friend bool operator==(const PendingKey &, const PendingKey &) = default;
    };
    struct PendingKeyHash final
    {
        std::size_t operator()(const PendingKey &key) const noexcept;
    };
    using PendingMap = std::unordered_map<PendingKey, KpiMovementSums, PendingKeyHash>;
    static void addPending(PendingMap &map, PendingKey &&key, const KpiMovementSums &sums);

    Book &m_book;
    bool m_batch = false;
    PendingMap m_pending;       // dimension 0
    PendingMap m_pendingGroups; // dimensions 1-3
    FiledGroups m_lastFiled;    // outside a batch
    QHash<Id, FiledGroups> m_filed; // during a batch
    std::vector<KpiContribution> m_rows;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_groupUpsert;
    std::unique_ptr<Statement> m_originalDay;
    std::unique_ptr<Statement> m_readFiled;
    std::unique_ptr<Statement> m_insertFiled;
};

} // namespace ardesk
