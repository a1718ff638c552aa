#pragma once
// Storage of issue 6: reference rates, interest rules, credit policies, strategies and their
// executions, letters with their items, credit holds, reviews, agency scores, payment plans
// and adjustment requests. The caller (a service) holds the transaction. Throws StorageError.

#include "book.h"
#include "ledger_repository.h"

#include "domain/credit_policy.h"
#include "domain/instalment_terms.h"
#include "domain/interest.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ardesk {

struct InterestRule final {
    QString country; // '' = the default row
    QString region;
    qint64 marginHundredths = 800;
    qint64 consumerMarginHundredths = 800;
    int dayCount = 365;
    std::optional<MinorUnits> compensation;
    QString compensationCurrency;
    std::optional<MinorUnits> reminderFeeCap;
    std::optional<MinorUnits> collectionFeeCap;
    QString feeCurrency;
};

// An invoice with something open as of a date, and what the rules need of its customer.
struct OpenItemAsOf final {
    Id invoiceId = 0;
    QString number;
    Id customerId = 0;
    QString customerCode;
    QString currency;
    QDate issueDate;
    QDate dueDate;
    MinorUnits open = 0;     // as of the date
    MinorUnits disputed = 0; // open disputes as of the date, capped at open
    bool onActivePlan = false;
    QString country;
    bool consumer = false;
    std::optional<Id> policyId;
    QString segment;
    QString riskClass;
    QString language;
    std::optional<Id> collectorId;
    bool doNotCall = false;
    bool ceaseCommunication = false;
    bool attorney = false;
    // An invoice with instalments: its parts with what is open of each as of the date (the
    // earliest part filled first, docs/credit-policy.md "Instalment terms"); empty: none.
    std::vector<OpenInstalmentPart> parts;
    // The due date the due-date rules read: the oldest open part's for an invoice with parts,
    // else the invoice's own.
    QDate oldestOpenDue() const { return parts.empty() ? dueDate : oldestOpenPartDue(parts); }
};

struct CreditHoldRecord final {
    Id id = 0;
    Id customerId = 0;
    QString triggerKind;
    QString details;
    QDate setDate;
    QDate releasedDate;
    std::optional<Id> releasedBy;
    QString releaseReason;
};

// What the hold triggers of one customer look at, as of a date.
struct CreditExposure final {
    Id customerId = 0;
    QString code;
    QString currency;
    std::optional<MinorUnits> creditLimit; // the customer's own (overrides the policy's)
    std::optional<Id> policyId;
    bool onHold = false;
    MinorUnits open = 0;      // invoices in the customer's currency, open as of the date
    MinorUnits overdue = 0;   // of which due before the date
    MinorUnits unapplied = 0; // unapplied cash and credit notes as of the date
    QDate oldestOverdueDue;   // invalid: nothing overdue
    int brokenPromises = 0;   // filled by brokenPromises()
};

struct CreditReviewRecord final {
    Id id = 0;
    Id customerId = 0;
    QDate reviewDate;
    QString decision;
    std::optional<MinorUnits> oldLimit;
    std::optional<MinorUnits> newLimit;
    QString oldClass;
    QString newClass;
    std::optional<MinorUnits> temporaryLimit;
    QDate temporaryUntil;
    std::optional<Id> reviewerId;
    QString notes;
    QString createdAt;
};

struct ReviewCandidate final {
    Id customerId = 0;
    QString code;
    QString name;
    std::optional<Id> policyId;
    std::optional<Id> collectorId;
    QDate nextReviewDate; // stored; invalid when never set
    QDate lastReviewDate; // invalid: never reviewed
    QDate createdDate;
};

struct WriteOffRecord final {
    Id id = 0;
    MinorUnits amount = 0;
    std::optional<Id> requestedBy;
    std::optional<Id> approvedBy;
};

struct AdjustmentRequest final {
    Id id = 0;
    QString kind; // write_off
    Id invoiceId = 0;
    QString invoiceNumber;
    Id customerId = 0;
    QString customerCode;
    MinorUnits amount = 0;
    QString currency;
    QString reason;
    std::optional<Id> requestedBy;
    QString requestedAt;
    QString status; // pending, approved, rejected
    std::optional<Id> decidedBy;
    QString decidedAt;
    QString decisionNote;
    std::optional<Id> writeOffId;
};

struct PlanRecord final {
    Id id = 0;
    Id customerId = 0;
    QString customerCode;
    QDate createdDate;
    QString currency;
    MinorUnits total = 0;
    MinorUnits downPayment = 0;
    QString frequency;
    int graceDays = 3;
    QString status; // active, defaulted, completed
    std::optional<Id> approvedBy;
};

struct PlanInstalment final {
    int seq = 0; // 0: the down payment
    QDate dueDate;
    MinorUnits amount = 0;
};

class PolicyRepository final {
public:
    explicit PolicyRepository(Book &book) : m_book(book) {}

    Id nextId(const QString &table);

    // --- rates and rules ------------------------------------------------------------------
    std::vector<ReferenceRate> referenceRates();
    // Inserts or replaces the rate of (region, validFrom); true when it was new.
    bool upsertReferenceRate(const ReferenceRate &rate);
    std::vector<InterestRule> interestRules();
    bool deleteReferenceRate(const QString &region, QDate validFrom); // false: there was none
    void saveInterestRule(const InterestRule &rule, const Stamp &stamp); // insert or replace by country

    // --- policies and strategies ------------------------------------------------------------
    std::vector<CreditPolicy> policies();
    std::optional<CreditPolicy> policyById(Id id);
    // Active steps only (seq > 0); a removed step that already ran is kept retired (seq < 0).
    std::vector<Strategy> strategies();

    // --- strategy editing (docs/strategies.md, "Editing a strategy") ---------------------------
    std::optional<Id> strategyIdByName(const QString &name);
    Id saveStrategyHeader(const Strategy &strategy); // insert (id 0) or update; returns the id
    QSet<Id> executedStepIds(Id strategyId);          // steps of the strategy that ever ran
    // Moves the active steps' seq out of the way (seq + 1,000,000) before they are renumbered.
    void parkStepSeqs(Id strategyId);
    Id insertStep(Id strategyId, int seq, int offsetDays, const QString &action);
    void updateStep(Id stepId, int seq, int offsetDays, const QString &action);
    void deleteStep(Id stepId);
    void retireStep(Id stepId); // seq = -id: kept for strategy_executions, never run again
    // Records `stepId` (new) as done by supersession for every invoice for which a step of the
    // strategy placed after it (larger offset, or the same offset and a larger seq) already
    // ran, so a step added below the steps already taken does not act backwards. Returns how
    // many invoices.
    int supersedeNewStep(Id strategyId, Id stepId, int offsetDays, int seq, QDate asOf, const Stamp &stamp);

    // Invoices issued on or before asOf, due on or before dueBy, with open > 0 as of asOf;
    // ordered by customer code, due date, invoice number.
    std::vector<OpenItemAsOf> openItemsAsOf(QDate asOf, QDate dueBy);

    // --- strategy executions ------------------------------------------------------------------
    QHash<Id, QSet<Id>> executedSteps(); // invoice -> step ids
    // For the invoices with instalment parts only: invoice -> step id -> the day of the step's
    // latest run for it (docs/strategies.md "Invoices in instalments": a run on day D covers
    // every part for which the step was due by D).
    QHash<Id, QHash<Id, QDate>> executedStepDaysOfInstalmentInvoices();
    void insertExecution(Id invoiceId, Id stepId, QDate asOf, const QString &outcome, const QString &objectKind,
                         std::optional<Id> objectId, const Stamp &stamp);
    // The (invoice, step) record now stands for this run: updated in place when the step ran
    // for an earlier part of the invoice, else inserted (invoices with instalment parts).
    void recordPartExecution(Id invoiceId, Id stepId, QDate asOf, const QString &outcome, const QString &objectKind,
                             std::optional<Id> objectId, const Stamp &stamp);

    // --- letters --------------------------------------------------------------------------------
    std::optional<Id> letterByDedupeKey(const QString &key);
    Id insertLetter(Id customerId, const QString &kind, int level, QDate asOf, const QString &language,
                    const QString &dedupeKey, const Stamp &stamp);
    void addLetterItem(Id letterId, Id invoiceId, MinorUnits open, const QString &currency);

    // --- holds -----------------------------------------------------------------------------------
    std::optional<CreditHoldRecord> activeHold(Id customerId);
    // The hold in force of every customer on hold, by customer id (the work queue shows them).
    // With `only`, the holds of those customers (the others' rows are passed over unread).
    std::unordered_map<Id, CreditHoldRecord> activeHolds(const std::unordered_set<Id> *only = nullptr);
    std::vector<CreditHoldRecord> holds(Id customerId); // history, oldest first
    Id insertHold(Id customerId, const QString &triggerKind, const QString &details, QDate setDate);
    void releaseHold(Id holdId, QDate date, std::optional<Id> by, const QString &reason);
    void setCustomerOnHold(Id customerId, bool onHold, const QString &at);

    // --- credit control --------------------------------------------------------------------
    std::vector<CreditExposure> exposures(QDate asOf);
    int brokenPromises(Id customerId, QDate from, QDate to); // promised_date in [from, to]
    bool holdReleasedOnOrAfter(Id customerId, QDate date);
    std::vector<ReviewCandidate> reviewCandidates();
    Id insertReview(const CreditReviewRecord &review);
    std::vector<CreditReviewRecord> reviews(Id customerId);
    // The temporary limit in force on `day` from the latest review that set one.
    std::optional<MinorUnits> temporaryLimit(Id customerId, QDate day);
    void setCustomerCredit(Id customerId, std::optional<MinorUnits> limit, const QString &riskClass,
                           QDate nextReview, const QString &at);
    void setNextReview(Id customerId, QDate nextReview, const QString &at);
    // The latest score of (customer, agency) dated before `date`.
    std::optional<qint64> previousScore(Id customerId, const QString &agency, QDate date);
    // The customer's agency scores dated `date`, as "AGENCY SCORE (RATING)", joined by ", ";
    // empty when there is none.
    QString agencyScoreOn(Id customerId, QDate date);
    void insertAgencyScore(Id customerId, const QString &agency, std::optional<qint64> score, const QString &rating,
                           QDate date);
    QString setting(const QString &key, const QString &fallback);
    std::optional<Id> customerPolicyId(Id customerId);
    // customer id -> policy id, for the customers that have a policy (bulk imports).
    QHash<Id, Id> customerPolicyIds();
    std::vector<WriteOffRecord> writeOffsOf(Id invoiceId);

    // --- payment plans ----------------------------------------------------------------------------
    Id insertPlan(const PlanRecord &plan, const std::vector<Id> &invoiceIds, const std::vector<PlanInstalment> &instalments,
                  const Stamp &stamp);
    std::vector<PlanRecord> plans(const QString &status); // empty: all
    std::optional<PlanRecord> plan(Id id);
    std::vector<Id> planInvoices(Id planId);
    std::vector<PlanInstalment> planInstalments(Id planId);
    // Payments applied to the plan's invoices from the plan's creation up to asOf (net of reversals).
    MinorUnits paidToPlan(Id planId, QDate from, QDate asOf);
    void setPlanStatus(Id planId, const QString &status);

    // --- approvals ------------------------------------------------------------------------------
    std::vector<ApprovalLimit> approvalLimits();
    void saveApprovalLimit(const ApprovalLimit &limit);
    std::optional<AdjustmentRequest> adjustmentRequest(Id id);
    std::vector<AdjustmentRequest> adjustmentRequests(const QString &status); // oldest first
    void decideAdjustmentRequest(Id id, const QString &status, std::optional<Id> by, const QString &at,
                                 const QString &note, std::optional<Id> writeOffId);
    // Inserts (id 0) or updates a policy; returns its id.
    Id savePolicy(const CreditPolicy &policy);
    std::optional<Id> policyIdByName(const QString &name);
    void setCustomerPolicy(Id customerId, std::optional<Id> policyId, const QString &at);
    // Gives every customer without a policy the policy of its risk class (the lowest id of the
    // policies with that risk class and no segment); returns how many customers.
    int assignPoliciesByRiskClass(const QString &at);

private:
    Book &m_book;
};

} // namespace ardesk
