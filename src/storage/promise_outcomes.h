#pragma once
// The maintained promise outcomes (schema step 10, docs/performance.md "The collector's
// queue"): for every promise, what counted toward it and the day it was kept, evaluated with
// the domain rule (domain/promise_evaluation.h) over every payment posted so far, so the
// collector's queue need not evaluate every promise of a portfolio against its payments on
// each read.
//
// Why one evaluation serves every date: the rule takes payments in the order received and
// never takes back what a promise got, so the evaluation as of a date D is the evaluation
// with every payment cut at D, as long as nothing dated after D changes what the payments
// up to D are: a reversal of one of the customer's payments dated after D (as of D it still
// counts) or an allocation dated after D to an invoice a promise names (as of D it was not
// applied yet). So each customer's outcomes carry `changeDay`, the last such day; they are
// valid for D when changeDay <= D and they were evaluated with the grace days in force.
// As of D a promise is then kept when keptOn <= D, pending while D <= promised date + grace,
// else partially kept when something counted and broken when nothing did.
//
// Lazily filled, marked stale per customer: every posting that can change a customer's
// evaluation (a payment, an allocation of a payment, a payment's reversal, a promise taken)
// deletes the customer's row of promise_outcome_customers in the same transaction
// (LedgerRepository, at the flush of a batch; CollectionRepository::insertPromise); the
// promise evaluation run (PromiseService::evaluate, run at book open) evaluates the stale
// customers again. A reader evaluates the stale customers itself (the queue does), so a
// stale or empty table is never wrong, only slower. LedgerVerifier recomputes the stored
// outcomes and compares. Throws StorageError.

#include "book.h"
#include "domain/ledger_types.h"
#include "domain/money.h"
#include "domain/promise_evaluation.h"

#include <QDate>

#include <unordered_map>
#include <vector>

namespace ardesk {

class CollectionRepository;
struct CustomerScope;

// The day after every date the outcomes are evaluated up to (every payment posted so far).
QDate promiseOutcomesHorizon();

struct PromiseOutcome final
{
    Id promiseId = 0;
    Id customerId = 0;
    QDate promisedDate;
    MinorUnits paid = 0; // what counted toward it, every payment posted so far
    QDate keptOn;        // the day it was kept; invalid when it was not

    // The status as of `asOf`, for outcomes valid for that date.
    PromiseStatus statusOn(QDate asOf, int graceDays) const;
    friend bool operator==(const PromiseOutcome &, const PromiseOutcome &) = default;
};

struct CustomerOutcomes final
{
    qint64 changeDay = 0; // Julian day; 0 when nothing can change the evaluation after a date
    std::vector<PromiseOutcome> promises;
};

// Evaluates the promises of the customers (every payment posted so far) with `graceDays`.
std::unordered_map<Id, CustomerOutcomes> computePromiseOutcomes(CollectionRepository &repository,
                                                                const std::vector<Id> &customers, int graceDays);

// Evaluates and stores the outcomes of every customer with promises whose stored outcomes
// are missing or were evaluated with other grace days. Returns how many customers were
// evaluated. Runs inside the caller's write transaction.
qint64 refreshPromiseOutcomes(CollectionRepository &repository, int graceDays);

// The first stored outcome that differs from what the ledger gives (empty when they all
// agree), and how many customers have stored outcomes.
struct PromiseOutcomeCheck final
{
    QString firstProblem;
    qint64 problems = 0;
    qint64 customers = 0;
};
PromiseOutcomeCheck checkPromiseOutcomes(Book &book);

} // namespace ardesk
