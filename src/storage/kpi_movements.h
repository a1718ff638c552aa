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
// LedgerRepository keeps the rows in the same transaction as every posting (KpiMovementWriter,
// called from small hooks in postInvoice and postAllocation; summed in memory during a bulk
// import and written by its flush); the migration fills them for an existing book;
// LedgerVerifier checks them against the ledger. Throws StorageError.

#include "book.h"

#include "domain/ledger_types.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace ardesk {

class Statement;

enum class KpiMovementKind { Sales = 0, Applied = 1, WrittenOff = 2, Paid = 3, PaidReversed = 4 };

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

    void invoicePosted(const QString &currency, qint64 issueDay, MinorUnits amount);
    // An allocation row was posted on an invoice of `currency` issued on invoiceIssueDay;
    // paymentReceivedDay is the payment's received day for a payment allocation.
    void allocationPosted(const Allocation &allocation, const QString &currency, qint64 invoiceIssueDay,
                          std::optional<qint64> paymentReceivedDay);

    // Bulk imports: sum in memory until flush() (which the caller runs before its commit).
    void beginBatch();
    void flush();

private:
    void add(KpiMovementKind kind, const QString &currency, qint64 day, qint64 untilDay, qint64 amount,
             qint64 amountDays);
    void write(const KpiMovementKey &key, const KpiMovementSums &sums);

    Book &m_book;
    bool m_batch = false;
    struct KeyHash final {
        std::size_t operator()(const KpiMovementKey &key) const noexcept;
    };
    // While batching; flush() writes the rows in key order.
    std::unordered_map<KpiMovementKey, KpiMovementSums, KeyHash> m_pending;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_originalDay;
};

} // namespace ardesk
