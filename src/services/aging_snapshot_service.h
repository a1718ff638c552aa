#pragma once
// Month-end aging snapshots and the roll-forward between two of them (issue 7,
// docs/manager-desk.md "Aging snapshots" and "Roll-forward").
//
// A snapshot keeps the aging of one as-of date as it was computed then: per customer and
// currency, the amount of each bucket, the disputed part, unapplied cash and unapplied
// credit notes, plus per-currency totals. Reading it back gives the same AgingReport as the
// live as-of aging of that date (until something is posted back-dated into it; the
// roll-forward shows such late postings apart).
//
// Snapshots are kept automatically: catchUp() takes every month-end after the last
// snapshot up to the last month-end before today (at most kCatchUpMonths of them, never
// before the month of the book's first invoice); the GUI calls it when a book is opened.
// take() takes one for any date on request.
//
// Basis and buckets: the aging by due date with the default edges 30, 60, 90 unless the
// book's settings "aging.basis" ("due" | "invoice") and "aging.edges" ("30,60,90") say
// otherwise.
//
// Permissions: catchUp and reading need Action::ViewCustomers (the same as the aging);
// take() and the roll-forward need Action::ExportReports. Errors as Result<T>.

#include "session.h"

#include "domain/aging.h"
#include "storage/aging_repository.h"
#include "storage/manager_repository.h"

#include <optional>
#include <vector>

namespace ardesk {

struct AgingSnapshotInfo final
{
    Id id = 0;
    QDate asOf;
    AgingBasis basis = AgingBasis::DueDate;
    AgingBuckets buckets;
    QString createdAt;
};

// One bucket of a roll-forward (amounts in minor units of the currency):
// closing = opening + newInvoices - collected - credited - writtenOff - movedOut + movedIn
//           + latePostings.
struct RollForwardLine final
{
    int bucket = 0; // -1 for the total line
    QString label;
    MinorUnits opening = 0;
    MinorUnits newInvoices = 0;
    MinorUnits collected = 0;
    MinorUnits credited = 0;
    MinorUnits writtenOff = 0;
    MinorUnits movedOut = 0;
    MinorUnits movedIn = 0;
    MinorUnits latePostings = 0;
    MinorUnits closing = 0;
};

struct RollForwardCurrency final
{
    QString currency;
    std::vector<RollForwardLine> buckets;
    RollForwardLine total;
};

struct RollForward final
{
    AgingSnapshotInfo from;
    AgingSnapshotInfo to;
    std::vector<RollForwardCurrency> currencies; // by currency code
};

// The movement part of a roll-forward from the invoices' movements (pure; opening and
// closing are the ledger's own as-of figures here, and latePostings stay 0).
std::vector<RollForwardCurrency> rollForwardFromMovements(const std::vector<InvoiceMovement> &movements, QDate from,
                                                          QDate to, AgingBasis basis, const AgingBuckets &buckets);

class AgingSnapshotService final
{
public:
    static constexpr int kCatchUpMonths = 15;

    explicit AgingSnapshotService(Session &session) : m_session(session) { }

    // The book's aging basis and buckets (settings, else due date and 30, 60, 90).
    Result<std::pair<AgingBasis, AgingBuckets>> bookAgingSettings();

    Result<std::vector<AgingSnapshotInfo>> list();
    // Takes the snapshot of asOf (with the book's settings); the existing one when there is.
    Result<AgingSnapshotInfo> take(QDate asOf);
    // Takes the month-ends missing since the last snapshot (see above); returns those taken.
    // On a read-only book it takes nothing.
    Result<std::vector<AgingSnapshotInfo>> catchUp(QDate today);
    // The snapshot as an aging report (per customer with AgingGrouping::Customer).
    Result<AgingReport> report(Id snapshotId, AgingGrouping grouping);
    // The month-end snapshot of a date with the book's settings, if one was taken.
    Result<std::optional<AgingSnapshotInfo>> snapshotAt(QDate asOf);
    // How amounts moved between the buckets from one snapshot to a later one with the same
    // basis and buckets.
    Result<RollForward> rollForward(Id fromSnapshot, Id toSnapshot);

private:
    Result<AgingSnapshotInfo> takeLocked(QDate asOf, AgingBasis basis, const AgingBuckets &buckets);
    // Writes one snapshot's lines in one short transaction (or returns the one already there).
    Result<AgingSnapshotInfo> writeSnapshot(QDate asOf, AgingBasis basis, const AgingBuckets &buckets,
                                            const std::vector<SnapshotLine> &lines);

    Session &m_session;
};

// The last day of each month after `after` (exclusive) and before `today` (exclusive),
// from the month of `firstDay` on, the newest `limit` of them, oldest first.
std::vector<QDate> monthEndsToTake(std::optional<QDate> after, QDate firstDay, QDate today, int limit);

} // namespace ardesk
