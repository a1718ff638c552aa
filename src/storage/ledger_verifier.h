#pragma once
// Recomputes what the book claims: every posted table's hash chain, and the ledger
// rules against the event history (open amounts, unapplied cash and credits, and
// 0 <= open <= amount / unapplied >= 0 as of every date), and the maintained aggregates
// (ar_movements, kpi_movements, promise_outcomes, kpi_group_movements). Throws StorageError.
//
// It streams (docs/performance.md, "Issue 8, session 7: verify"): each posted table is read
// once in id order for its chain; invoices, payments and credit notes are read in chunks of
// ids with their state rows, parts and allocations, checked chunk by chunk and summed into
// the aggregates the ledger gives (hash tables, the size of the aggregate tables), which
// are then compared with the stored rows as they are read. Memory does not grow with the
// number of invoices beyond those sums. The report is the same as a check that reads in
// one pass per rule: the same count of problems, and as the first problem the one the
// checks meet first in this order: chains (table by table, by id), invoices (state rows,
// then the dated history, then open amounts, each by invoice id), payments and credit
// notes (reversals, history, state rows, the count of state rows), ar_movements (day rows,
// then blocks, by key), kpi_movements (by key), promise_outcomes, kpi_customer_groups (by
// customer), kpi_group_movements (by key).

#include "book.h"

#include <QString>

#include <functional>
#include <vector>

namespace ardesk {

struct VerifyCount final {
    QString table;
    qint64 rows = 0;
};

struct VerifyReport final {
    bool ok = true;
    std::vector<VerifyCount> counts;
    QString firstProblemTable; // where the first problem is
    qint64 firstProblemId = 0;
    QString firstProblem;       // what is wrong, for people
    qint64 problems = 0;
};

class LedgerVerifier final {
public:
    explicit LedgerVerifier(Book &book) : m_book(book) {}
    // progress(step, steps) is called often (every few thousand rows, from the thread that
    // runs the check); returning false stops the check at once (the report is then partial).
    VerifyReport run(const std::function<bool(int step, int steps)> &progress = {});

    // Rows per chunk of the streamed reads (tests make it small to cross chunk borders).
    void setChunkRows(int rows) { m_chunkRows = rows; }

private:
    Book &m_book;
    int m_chunkRows = 32768;
};

} // namespace ardesk
