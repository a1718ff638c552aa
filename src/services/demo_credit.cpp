#include "demo_credit.h"

#include "credit_service.h"
#include "interest_service.h"
#include "plan_service.h"
#include "service_support.h"
#include "strategy_service.h"

#include "storage/policy_repository.h"

#include <map>

namespace ardesk {

namespace {

StrategyStep step(int offset, StrategyAction action)
{
    StrategyStep s;
    s.offsetDays = offset;
    s.action = action;
    return s;
}

} // namespace

Result<DemoCreditSummary> addDemoCreditControl(Session &session, QDate today, int plans)
{
    DemoCreditSummary summary;
    // A stricter strategy for the riskiest classes: earlier calls, letters and the hold.
    Strategy strict;
    strict.name = QStringLiteral("High risk");
    strict.steps = {step(-5, StrategyAction::ReminderEmail), step(3, StrategyAction::CallTask),
                    step(7, StrategyAction::Letter1),        step(21, StrategyAction::Letter2),
                    step(30, StrategyAction::Letter3),       step(35, StrategyAction::CreditHold),
                    step(45, StrategyAction::Escalation),    step(60, StrategyAction::AgencyReferralReview),
                    step(120, StrategyAction::WriteOffReview)};
    const auto strictId = StrategyService(session).saveStrategy(strict, today);
    if (!strictId)
        return std::unexpected(strictId.error());
    ++summary.strategies;

    struct Row {
        const char *name;
        const char *riskClass;
        int terms;
        int discountHundredths;
        int discountDays;
        std::optional<int> daysPastDue;
        std::optional<int> brokenPromises;
        int window;
        int review;
        bool strict;
    };
    const Row rows[] = {
            {"Class A - prime", "A", 30, 200, 10, 180, std::nullopt, 90, 365, false},
            {"Class B - good", "B", 30, 100, 10, 150, 3, 90, 365, false},
            {"Class C - standard", "C", 30, 0, 0, 120, 3, 90, 180, false},
            {"Class D - watch", "D", 21, 0, 0, 90, 2, 60, 90, true},
            {"Class E - high risk", "E", 14, 0, 0, 60, 2, 90, 90, true},
    };
    CreditService credit(session);
    for (const Row &row : rows) {
        CreditPolicy p;
        p.name = QString::fromLatin1(row.name);
        p.riskClass = QString::fromLatin1(row.riskClass);
        p.termsDays = row.terms;
        p.discountPercentHundredths = row.discountHundredths;
        p.discountDays = row.discountDays;
        p.holdOverLimit = true;
        p.holdDaysPastDue = row.daysPastDue;
        p.holdBrokenPromises = row.brokenPromises;
        if (row.brokenPromises)
            p.holdBrokenWindowDays = row.window;
        p.reviewIntervalDays = row.review;
        if (row.strict)
            p.strategyId = *strictId;
        const auto saved = credit.savePolicy(p);
        if (!saved)
            return std::unexpected(saved.error());
        ++summary.policies;
    }
    // Reference rates for the half-years around today: illustrative demo values (EU, Germany's
    // Basiszinssatz, Sweden's reference rate), not a source of truth.
    struct RateRow {
        const char *region;
        int monthsBack; // the half-year start that many half-years before today's
        qint64 ppm;
    };
    const RateRow rateRows[] = {{"EU", 4, 45000}, {"EU", 3, 42500}, {"EU", 2, 31500}, {"EU", 1, 21500}, {"EU", 0, 21500},
                                {"DE", 4, 36200}, {"DE", 3, 33700}, {"DE", 2, 22700}, {"DE", 1, 12700}, {"DE", 0, 12700},
                                {"SE", 4, 40000}, {"SE", 3, 37500}, {"SE", 2, 25000}, {"SE", 1, 22500}, {"SE", 0, 17500}};
    const QDate halfYear(today.year(), today.month() <= 6 ? 1 : 7, 1);
    InterestService interest(session);
    for (const RateRow &r : rateRows) {
        const auto saved = interest.saveReferenceRate(
                {QString::fromLatin1(r.region), halfYear.addMonths(-6 * r.monthsBack), r.ppm});
        if (!saved)
            return std::unexpected(saved.error());
        ++summary.referenceRates;
    }

    const auto assigned = credit.assignPoliciesByRiskClass();
    if (!assigned)
        return std::unexpected(assigned.error());
    summary.customersWithPolicy = *assigned;

    // Payment plans: the first accounts (by code) with two or more overdue invoices, nothing
    // disputed and nothing on a plan, in one currency: their overdue items over 3 months.
    if (plans > 0) {
        auto items = reading([&]() -> Result<std::vector<OpenItemAsOf>> {
            return PolicyRepository(session.book()).openItemsAsOf(today, today.addDays(-1));
        });
        if (!items)
            return std::unexpected(items.error());
        std::map<QString, std::vector<const OpenItemAsOf *>> byCustomer;
        std::map<QString, bool> unsuitable;
        for (const OpenItemAsOf &item : *items) {
            if (item.disputed > 0 || item.onActivePlan || item.ceaseCommunication || item.attorney)
                unsuitable[item.customerCode] = true;
            byCustomer[item.customerCode].push_back(&item);
        }
        PlanService planService(session);
        for (const auto &[code, list] : byCustomer) {
            if (summary.paymentPlans >= plans)
                break;
            if (list.size() < 2 || unsuitable.count(code) != 0)
                continue;
            PlanInput input;
            input.customerCode = code;
            for (const OpenItemAsOf *item : list)
                if (item->currency == list.front()->currency)
                    input.invoiceNumbers << item->number;
            input.instalments = 3;
            input.frequency = PlanFrequency::Monthly;
            input.createdOn = today;
            input.firstDate = today.addMonths(1);
            if (const auto plan = planService.create(input); plan)
                ++summary.paymentPlans;
        }
    }

    const auto holds = credit.evaluateHolds(today);
    if (!holds)
        return std::unexpected(holds.error());
    summary.holds = static_cast<int>(holds->size());
    return summary;
}

} // namespace ardesk
