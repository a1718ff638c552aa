#pragma once
// The maintained AR movement aggregate (schema step 5, docs/performance.md "Aging"): what
// the open invoices, the unapplied cash and the unapplied credit notes of the whole book
// change by, per currency, invoice due day and day of the movement. The open amount of
// every invoice due on day X as of date D is the sum of the rows with due_day X and
// move_day <= D, so aging as of any date sums a small table instead of reading every
// allocation after D.
//
// Rows (grain, kind, currency, due_day, move_day) -> amount:
// - kind 0 (open invoices): +amount on the issue day; -allocation on max(allocation day,
//   issue day) (payments, credit notes, write-offs; a reversing allocation adds back);
// - kind 1 (unapplied cash, due_day 0): +amount on the received day; -allocation on
//   max(allocation day, received day); a reversal on day R (R' = max(R, received day))
//   brings the payment to zero from R' on: -(amount - allocations up to R') on R', and
//   every allocation dated after R' is taken back on its own day;
// - kind 2 (unapplied credit notes, due_day 0): the same with the credit note's issue day;
// - grain 0 holds one row per day; grain 1 the same sums per block of kMovementBlockDays
//   days (move_day = the block's first day, a multiple of kMovementBlockDays), so a date's
//   sum is the blocks before its block plus the days of its own block.
// - an invoice with instalments (invoice_installments, docs/credit-policy.md "Instalment
//   terms") has its kind-0 rows per part: +part at the part's due day on the issue day, and
//   on each day the amount applied to it changes, the change of each part's open amount
//   (what is applied fills the earliest part first: an allocation comes off the earliest
//   part still open, a reversal goes back on the latest part paid), see instalmentMovements.
// LedgerRepository keeps the rows in the same transaction as every posting; the migration
// fills them for an existing book; LedgerVerifier checks them against the ledger.
// Throws StorageError.

#include "book.h"

#include <QString>
#include <QStringList>

#include <map>
#include <tuple>
#include <utility>
#include <vector>

namespace ardesk {

class Statement;

inline constexpr qint64 kMovementBlockDays = 32;

enum class MovementKind { OpenInvoices = 0, UnappliedCash = 1, UnappliedCredits = 2 };

inline qint64 movementBlockStart(qint64 day)
{
    return (day / kMovementBlockDays) * kMovementBlockDays;
}

// Portable statements that fill ar_movements from the ledger (the migration's backfill).
QStringList arMovementsBackfill();

// The grain-0 rows the ledger gives (the backfill's SELECT): (kind, currency, due_day,
// move_day) -> amount, without zero rows.
using MovementKey = std::tuple<int, QString, qint64, qint64>;
std::map<MovementKey, qint64> expectedMovements(Book &book);
// The stored rows of one grain, without zero rows.
std::map<MovementKey, qint64> storedMovements(Book &book, int grain);

// The kind-0 rows (due_day, move_day) -> amount of one invoice with instalments: parts as
// (due day, amount) in order, appliedByDay = what was applied to it per effective day
// (max(allocation day, issue day); reversals negative). Pure.
using InstalmentRows = std::map<std::pair<qint64, qint64>, qint64>;
InstalmentRows instalmentMovements(qint64 issueDay, const std::vector<std::pair<qint64, qint64>> &parts,
                                   const std::map<qint64, qint64> &appliedByDay);

} // namespace ardesk
