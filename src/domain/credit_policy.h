#pragma once
// Credit policies and collection strategies as values, and their pure rules: which strategy
// a customer follows, which step of it is due for an invoice (docs/strategies.md), the
// early-payment discount offered for a payment date (docs/credit-policy.md) and the role
// that may approve a write-off of a given amount. Qt Core only; nothing throws.

#include "ledger_types.h"
#include "money.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace ardesk {

struct CreditPolicy final {
    Id id = 0;
    QString name;
    QString riskClass;
    QString segment;
    int termsDays = 30;
    int discountPercentHundredths = 0; // 2 % = 200
    int discountDays = 0;              // 2/10 net 30: 10
    std::optional<MinorUnits> creditLimit;
    int reviewIntervalDays = 365;
    std::optional<Id> strategyId;
    bool holdOverLimit = true;
    std::optional<int> holdDaysPastDue;
    std::optional<MinorUnits> holdOverdueAmount;
    std::optional<int> holdBrokenPromises;
    std::optional<int> holdBrokenWindowDays;
    QString interestRegion; // empty: the customer's country rule (interest_rules)
    int interestMarginHundredths = 800;
    std::optional<MinorUnits> compensation;
    std::optional<MinorUnits> reminderFeeCap;
    std::optional<MinorUnits> collectionFeeCap;
    QString feeCurrency;
    // Late-payment interest and the recovery compensation are posted as debit notes
    // (InterestPostingService, docs/interest.md "Posting interest"); off: only shown on letters.
    bool postInterest = false;
    // Instalment terms in their canonical text ("30/60/90", docs/credit-policy.md "Instalment
    // terms"); empty: none, the invoice is one item due on its due date.
    QString instalmentTerms;
};

// --- strategies ----------------------------------------------------------------------------

enum class StrategyAction {
    ReminderEmail,
    Letter1,
    Letter2,
    Letter3,
    CallTask,
    Escalation,
    CreditHold,
    AgencyReferralReview,
    WriteOffReview,
};
inline constexpr int kStrategyActionCount = 9;

QString strategyActionKey(StrategyAction action); // "reminder_email", "letter_1", ...
std::optional<StrategyAction> strategyActionFromKey(QStringView key);
// Actions that reach the customer (blocked by cease-communication and attorney flags).
bool isContactingAction(StrategyAction action);

struct StrategyStep final {
    Id id = 0;
    int seq = 0;
    int offsetDays = 0; // relative to the due date; negative: before it
    StrategyAction action = StrategyAction::ReminderEmail;
};

struct Strategy final {
    Id id = 0;
    QString name;
    QString segment;
    QString riskClass;
    bool active = true;
    std::vector<StrategyStep> steps; // by seq
};

// The strategy a customer follows: the policy's strategy (when active), else an active one
// for the customer's segment, else for its risk class, else the default (active, segment and
// risk class empty; the lowest id). Empty when the book has none of these.
const Strategy *chooseStrategy(const std::vector<Strategy> &strategies, std::optional<Id> policyStrategyId,
                               const QString &segment, const QString &riskClass);

struct StepChoice final {
    std::optional<StrategyStep> act;           // the highest due step not yet executed
    std::vector<StrategyStep> superseded;      // lower due steps not yet executed
};

// For an invoice due on `dueDate`: a step is due when asOf >= dueDate + offsetDays. The
// highest due step not in `executedStepIds` is the one to act on; the lower unexecuted due
// steps are superseded by it ("highest" = largest offset, then largest seq).
StepChoice chooseStep(const Strategy &strategy, QDate dueDate, QDate asOf, const QSet<Id> &executedStepIds);

// --- terms ---------------------------------------------------------------------------------

// The early-payment discount offered on `open` for a payment received on `paymentDate`, for
// an invoice issued on `issueDate` under terms "percent/days": within the discount period
// (paymentDate <= issueDate + days) open x percent, rounded half away from zero; after it 0.
MinorUnits discountOffered(MinorUnits open, QDate issueDate, QDate paymentDate, int percentHundredths, int days);
// The last day the discount is offered (invalid date when the terms have none).
QDate discountUntil(QDate issueDate, int percentHundredths, int days);

// --- approvals -----------------------------------------------------------------------------

struct ApprovalLimit final {
    QString role;                   // role key
    QString currency;
    std::optional<MinorUnits> maxAmount; // empty: no upper limit
};

// Whether a role may approve a write-off of `amount` in `currency`: a limit row of the role
// in that currency allows amounts up to and including its limit; a row without a limit
// allows any amount in any currency; no row: not allowed.
bool mayApprove(const std::vector<ApprovalLimit> &limits, const QString &roleKey, MinorUnits amount,
                const QString &currency);

} // namespace ardesk
