#pragma once
// Recomputes what the book claims: every posted table's hash chain, and the ledger
// rules against the event history (open amounts, unapplied cash and credits, and
// 0 <= open <= amount / unapplied >= 0 as of every date). Throws StorageError.

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
    VerifyReport run(const std::function<bool(int step, int steps)> &progress = {});

private:
    void problem(VerifyReport &report, const QString &table, qint64 id, const QString &what);
    void verifyChain(VerifyReport &report, const QString &table);
    void verifyInvoices(VerifyReport &report);
    void verifySources(VerifyReport &report, const QString &sourceTable, const QString &stateTable,
                       const QString &idColumn, const QString &dateColumn, const QString &allocColumn, int reversalKind);
    void verifyMovements(VerifyReport &report);
    void verifyKpiMovements(VerifyReport &report);
    void verifyPromiseOutcomes(VerifyReport &report);
    void verifyKpiGroupMovements(VerifyReport &report);
    void verifyLedgerSpans(VerifyReport &report);
    Book &m_book;
};

} // namespace ardesk
