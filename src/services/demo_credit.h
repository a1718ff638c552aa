#pragma once
// The credit-control part of `ardesk-cli demo` (docs/cli.md): after the generator's book, a
// policy per risk class (A to E, with hold rules, review intervals and, for D and E, a
// stricter strategy), the policies given to the customers by their class, a few payment
// plans on overdue accounts, illustrative reference rates (EU, DE, SE) for the last
// half-years and the holds as of the book's today, so the Settings, hold,
// review and plan screens have data. Deterministic: it depends only on the book and `today`.
// Each part is its own transaction through the services (edit_credit_policy, take_promise,
// log_contact).

#include "session.h"

#include <QDate>

namespace ardesk {

struct DemoCreditSummary final {
    int policies = 0;
    int strategies = 0;
    int referenceRates = 0;
    int customersWithPolicy = 0;
    int paymentPlans = 0;
    int holds = 0;
};

Result<DemoCreditSummary> addDemoCreditControl(Session &session, QDate today, int plans = 3);

} // namespace ardesk
