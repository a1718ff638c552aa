#pragma once
// Collection strategies: the run that creates the actions due as of a date (letters, tasks in
// the collectors' queues, credit holds), each (invoice, step) at most once ever. Rules in
// docs/strategies.md. Services style: Session::require, Result<T>, one transaction, audited.

#include "session.h"

#include <map>

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

private:
    Session &m_session;
};

} // namespace ardesk
