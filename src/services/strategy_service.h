#pragma once
// Collection strategies: the run that creates the actions due as of a date (letters, tasks in
// the collectors' queues, credit holds), each (invoice, step) at most once ever (once per
// part for an invoice in instalments: docs/strategies.md "Invoices in instalments"). Rules in
// docs/strategies.md. Services style: Session::require, Result<T>, one transaction, audited.

#include "session.h"

#include "domain/credit_policy.h"

#include <QSet>
#include <QStringList>

#include <map>
#include <vector>

namespace ardesk {

struct StrategyRunResult final {
    QDate asOf;
    std::map<QString, int> created; // action key -> objects created (letters, tasks, holds)
    std::map<QString, int> skipped; // reason -> (invoice, step) pairs left out
};

namespace SkipReason {
inline const QString disputed = QStringLiteral("disputed");
inline const QString paymentPlan = QStringLiteral("payment_plan");
inline const QString compliance = QStringLiteral("compliance");
inline const QString superseded = QStringLiteral("superseded");
} // namespace SkipReason

class StrategyService final {
public:
    explicit StrategyService(Session &session) : m_session(session) {}

    // Runs every customer's strategy as of `asOf` (on demand, at book open, from the CLI).
    // Needs log_contact (the run fills the work queues).
    Result<StrategyRunResult> run(QDate asOf);
    // The same run limited to the customers with these codes (Clerk > Letters and statements
    // with a customer selection): the other accounts get nothing. An unknown code is refused
    // with its name, and nothing is created. An empty list runs for nobody.
    Result<StrategyRunResult> runFor(QDate asOf, const QStringList &customerCodes);

    // --- editing (Settings > Collection strategies; docs/strategies.md "Editing a strategy") ---
    // Every strategy with its active steps, by id (view_customers).
    Result<std::vector<Strategy>> strategies();
    // Creates (id 0) or edits a strategy: name (unique), segment, risk class (empty or A-E),
    // active, and its steps in the order given (seq 1..n; a step with an id keeps it, and with it
    // the record of the invoices it already ran for). Needs edit_credit_policy; one
    // transaction; audited (strategy.add / strategy.edit). `today` dates the supersession
    // records of new steps.
    Result<Id> saveStrategy(const Strategy &strategy, QDate today = QDate::currentDate());

private:
    // The run itself; `only`: the customer ids it is limited to (nullptr: every customer).
    Result<StrategyRunResult> runOver(QDate asOf, const QSet<Id> *only);

    Session &m_session;
};

} // namespace ardesk
