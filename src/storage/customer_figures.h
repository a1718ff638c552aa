#pragma once
// The maintained account figures per customer (schema step 16, docs/performance.md "Issue 8,
// session 8: maintained account figures"): what the collector's queue needs of each account
// (open, overdue, disputed, unapplied, the oldest overdue due date; AccountFigures), stored
// per customer so that a queue reads one row per account of its portfolio instead of summing
// every open item of it.
//
// Overdue and the oldest overdue due date depend on the as-of date. A row holds the figures
// as of the day it was computed for (`figures_day`), and the days around it on which they are
// the same (`valid_from` <= day < `valid_until`): for a date without allocations after it (the
// other dates take the ledger spans, collection_figures_past.cpp), a customer's figures change
// only on the dated facts of its own rows (CollectionRepository::figureValidity): an open item
// counts from its issue day and is overdue from the day after its due date (an instalment part
// likewise), a dispute holds from its opening to its resolution, unapplied cash and credit
// count from their day to their reversal. With one open item due every few weeks, a row
// computed for today serves most of the next days too.
//
// Marked stale per customer in the same transaction as whatever changes them (the row is
// deleted): LedgerRepository at every invoice, credit note, payment, allocation (payments,
// credit notes, write-offs, reversals of all kinds, imports: at a batch's flush, every row at
// once when a batch touched many customers) and payment or credit-note reversal;
// CollectionRepository when a dispute is opened or resolved. A customer's collector is not in
// the row (a queue joins the portfolio live), so a reassignment changes nothing here.
// Filled for a day by refreshCustomerFigures: the promise evaluation run (book open,
// `promises evaluate`) for its date, and the upgrade to step 16 for the day of the upgrade. A
// reader sums the customers without a valid row itself (CollectionRepository::accountFigures),
// so a stale or empty table is never wrong, only slower. LedgerVerifier recomputes every row
// and compares. Throws StorageError.

#include "book.h"
#include "collection_repository.h"

#include <QDate>

#include <unordered_map>
#include <vector>

namespace ardesk {

// The figures of `customers` as of `day` summed from the ledger, with the days they are valid
// for. Every customer asked about gets a row (zeros when nothing is open).
std::unordered_map<Id, StoredCustomerFigures> computeCustomerFigures(CollectionRepository &repository,
                                                                     const std::vector<Id> &customers, QDate day);

// Stores the figures valid for `day` of every customer without a valid row; nothing when an
// allocation is dated after the day (such a date reads the ledger spans). Returns how many
// customers were computed. Runs inside the caller's write transaction.
qint64 refreshCustomerFigures(CollectionRepository &repository, QDate day);

// The first stored row that differs from what the ledger gives (empty when they all agree),
// how many differ, and how many are stored.
struct CustomerFiguresCheck final
{
    QString firstProblem;
    qint64 problems = 0;
    qint64 customers = 0;
};
CustomerFiguresCheck checkCustomerFigures(Book &book);

} // namespace ardesk
