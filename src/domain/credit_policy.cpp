#include "credit_policy.h"

#include <algorithm>

namespace ardesk {

namespace {
constexpr const char16_t *kActionKeys[kStrategyActionCount] = {
        u"reminder_email", u"letter_1",   u"letter_2",    u"letter_3",         u"call_task",
        u"escalation",     u"credit_hold", u"agency_referral_review", u"write_off_review",
};
} // namespace

QString strategyActionKey(StrategyAction action)
{
    return QString::fromUtf16(kActionKeys[static_cast<int>(action)]);
}

std::optional<StrategyAction> strategyActionFromKey(QStringView key)
{
    for (int i = 0; i < kStrategyActionCount; ++i)
        if (key == QStringView(kActionKeys[i]))
            return static_cast<StrategyAction>(i);
    return std::nullopt;
}

bool isContactingAction(StrategyAction action)
{
    switch (action) {
    case StrategyAction::ReminderEmail:
    case StrategyAction::Letter1:
    case StrategyAction::Letter2:
    case StrategyAction::Letter3:
    case StrategyAction::CallTask:
        return true;
    default:
        return false;
    }
}

const Strategy *chooseStrategy(const std::vector<Strategy> &strategies, std::optional<Id> policyStrategyId,
                               const QString &segment, const QString &riskClass)
{
    auto first = [&](auto &&matches) -> const Strategy * {
        const Strategy *best = nullptr;
        for (const Strategy &s : strategies)
            if (s.active && matches(s) && (!best || s.id < best->id))
                best = &s;
        return best;
    };
    if (policyStrategyId)
        if (const Strategy *s = first([&](const Strategy &x) { return x.id == *policyStrategyId; }))
            return s;
    if (!segment.isEmpty())
        if (const Strategy *s = first([&](const Strategy &x) { return x.segment == segment; }))
            return s;
    if (!riskClass.isEmpty())
        if (const Strategy *s = first([&](const Strategy &x) { return x.segment.isEmpty() && x.riskClass == riskClass; }))
            return s;
    return first([](const Strategy &x) { return x.segment.isEmpty() && x.riskClass.isEmpty(); });
}

StepChoice chooseStep(const Strategy &strategy, QDate dueDate, QDate asOf, const QSet<Id> &executedStepIds)
{
    std::vector<StrategyStep> due;
    for (const StrategyStep &step : strategy.steps)
        if (asOf >= dueDate.addDays(step.offsetDays) && !executedStepIds.contains(step.id))
            due.push_back(step);
    StepChoice choice;
    if (due.empty())
        return choice;
    std::sort(due.begin(), due.end(), [](const StrategyStep &a, const StrategyStep &b) {
        return a.offsetDays != b.offsetDays ? a.offsetDays < b.offsetDays : a.seq < b.seq;
    });
    choice.act = due.back();
    due.pop_back();
    choice.superseded = std::move(due);
    return choice;
}

QDate discountUntil(QDate issueDate, int percentHundredths, int days)
{
    if (percentHundredths <= 0 || days < 0 || !issueDate.isValid())
        return {};
    return issueDate.addDays(days);
}

MinorUnits discountOffered(MinorUnits open, QDate issueDate, QDate paymentDate, int percentHundredths, int days)
{
    const QDate until = discountUntil(issueDate, percentHundredths, days);
    if (!until.isValid() || open <= 0 || paymentDate > until)
        return 0;
    return roundedDivide(static_cast<WideInt>(open) * percentHundredths, 10000);
}

bool mayApprove(const std::vector<ApprovalLimit> &limits, const QString &roleKey, MinorUnits amount,
                const QString &currency)
{
    for (const ApprovalLimit &limit : limits) {
        if (limit.role != roleKey)
            continue;
        if (!limit.maxAmount)
            return true;
        if (limit.currency == currency && amount <= *limit.maxAmount)
            return true;
    }
    return false;
}

} // namespace ardesk
