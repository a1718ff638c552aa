#pragma once
// Credit control (docs/credit-policy.md): automatic credit holds from the policy's triggers,
// their release by a permitted person with a reason (history kept), credit reviews (the due
// queue and the recorded decision), agency scores from CSV (a drop beyond the threshold opens
// a review) and the early-payment discount offered on payment entry.
// Services style: Session::require first, Result<T>, one transaction per write, audited.

#include "interest_service.h"
#include "session.h"

#include "storage/policy_repository.h"

#include <vector>

namespace ardesk {

namespace HoldTrigger {
inline const QString overLimit = QStringLiteral("over_limit");
inline const QString daysPastDue = QStringLiteral("days_past_due");
inline const QString overdueAmount = QStringLiteral("overdue_amount");
inline const QString brokenPromises = QStringLiteral("broken_promises");
} // namespace HoldTrigger

struct HoldSet final {
    QString customerCode;
    Id holdId = 0;
    QStringList triggers; // every trigger that fired; the first is the hold's trigger_kind
};

struct ReviewDue final {
    Id customerId = 0;
    QString customerCode;
    QString customerName;
    QDate nextReview;
    QDate lastReview; // invalid: never reviewed
    std::optional<Id> collectorId;
    // Not empty when an agency score dated on the due day brought the review forward
    // ("Creditreform 600 (C)"): the drop beyond the threshold opened it.
    QString agencyScore;
};

enum class ReviewDecision { Keep, Raise, Lower, ChangeClass, TemporaryIncrease };
QString reviewDecisionKey(ReviewDecision decision); // keep, raise, lower, change_class, temporary_increase
std::optional<ReviewDecision> reviewDecisionFromKey(QStringView key);

struct ReviewInput final {
    QString customerCode;
    QDate date;
    ReviewDecision decision = ReviewDecision::Keep;
    std::optional<MinorUnits> newLimit;       // raise, lower
    QString newClass;                         // change_class: A-E
    std::optional<MinorUnits> temporaryLimit; // temporary_increase
    QDate temporaryUntil;                     // temporary_increase: after `date`
    QString notes;
};

struct DiscountOffer final {
    MinorUnits open = 0;     // open amount now
    MinorUnits discount = 0; // 0 after the discount period (or without discount terms)
    QDate until;             // last day of the discount period; invalid without discount terms
    int percentHundredths = 0;
    QString currency;
};

class CreditService final {
public:
    explicit CreditService(Session &session) : m_session(session) {}

    // Credit policy templates (edit_credit_policy): insert (id 0) or update by id; the name
    // is unique. assignPolicy with an empty name removes the customer's policy.
    Result<Id> savePolicy(const CreditPolicy &policy);
    Result<void> assignPolicy(const QString &customerCode, const QString &policyName);
    Result<std::vector<CreditPolicy>> policies(); // view_customers
    // Sets (or, with empty terms, removes) the instalment terms of the policy named
    // `policyName` (edit_credit_policy; `ardesk-cli policy set-terms`): the terms are checked
    // as savePolicy checks them (`instalment_terms: part N: ...`) and saved in their canonical
    // text, which is returned. Audited `policy.edit` with the name and the old and new terms;
    // terms equal to the saved ones write nothing. Only invoices posted afterwards are split.
    Result<QString> setInstalmentTerms(const QString &policyName, const QString &terms);
    // Every customer without a policy gets the policy of its risk class (a policy with that
    // risk class and no segment). edit_credit_policy; audited policy.assign_by_class.
    Result<int> assignPoliciesByRiskClass();
    // The name of the customer's policy; empty when it has none (view_customers).
    Result<QString> policyOf(const QString &customerCode);

    // Sets a hold on every customer whose policy triggers fire as of `asOf` and who is not on
    // hold yet (nor released on or after that day). Needs log_contact or edit_customers: it
    // runs at book open and after postings.
    Result<std::vector<HoldSet>> evaluateHolds(QDate asOf);
    // Needs release_hold (supervisor, manager, admin) and a reason.
    Result<void> releaseHold(const QString &customerCode, QDate date, const QString &reason);
    Result<std::vector<CreditHoldRecord>> holdHistory(const QString &customerCode); // view_customers

    Result<std::vector<ReviewDue>> dueReviews(QDate asOf); // view_customers
    Result<Id> recordReview(const ReviewInput &input);     // edit_credit_policy
    Result<std::vector<CreditReviewRecord>> reviews(const QString &customerCode); // view_customers

    // customer_code,agency,score,rating,date; all-or-nothing. Needs import_data and
    // edit_credit_policy.
    Result<PolicyImportReport> importAgencyScores(const QString &path);
    Result<PolicyImportReport> importAgencyScoresData(const QString &displayName, const QByteArray &data);

    // The early-payment discount offered on an invoice for a payment received on
    // `paymentDate`, from the customer's policy (view_customers).
    Result<DiscountOffer> discountFor(const QString &invoiceNumber, QDate paymentDate);

private:
    Session &m_session;
};

} // namespace ardesk
