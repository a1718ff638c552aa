#pragma once
// Late-payment interest and recovery compensation per overdue invoice as of a date
// (docs/interest.md), and the import of reference rates (region,valid_from,rate_percent).
// Services style: Session::require first, Result<T>, one transaction per write, audited.

#include "session.h"

#include "domain/credit_policy.h"
#include "domain/interest.h"
#include "storage/policy_repository.h"

#include <optional>
#include <vector>

namespace ardesk {

struct InterestLine final {
    QString customerCode;
    QString invoiceNumber;
    QString currency;
    QDate dueDate;
    MinorUnits open = 0;
    int daysLate = 0;
    std::optional<qint64> referenceRatePpm; // empty: no rate in force for the region
    qint64 marginHundredths = 0;
    std::optional<MinorUnits> interest;     // in the invoice's currency; empty with the rate
    std::optional<MinorUnits> compensation; // in compensationCurrency; empty: none set
    QString compensationCurrency;
    QString region;
};

// Where an invoice's interest terms come from: the customer's policy when it names an
// interest region, else the interest_rules row of the customer's country, else the default
// row (country ''). Fee caps and compensation of a policy left empty come from the rule.
struct ResolvedInterestTerms final {
    InterestTerms terms;
    std::optional<MinorUnits> compensation;
    QString compensationCurrency;
    std::optional<MinorUnits> reminderFeeCap;
    std::optional<MinorUnits> collectionFeeCap;
    QString feeCurrency;
};

// A row problem of a policy import (rates, agency scores): nothing was written.
struct PolicyImportProblem final {
    qsizetype line = 0;
    QString field;
    QString reason;
};

struct PolicyImportReport final {
    qsizetype rows = 0;
    qsizetype added = 0;    // rates: new (region, valid_from); scores: rows
    qsizetype replaced = 0; // rates: an existing (region, valid_from) got the new rate
    qsizetype reviewsOpened = 0; // agency scores: drops beyond the threshold
    std::vector<PolicyImportProblem> problems; // non-empty: nothing was written
    qsizetype problemCount = 0;
};

// The late parts of an invoice with instalments as of a date (docs/credit-policy.md
// "Instalment terms"): each open part due before asOf, accruing from the day after its own
// due date, or after interestThrough (the last day already posted) when that is later.
std::vector<LateAmount> lateParts(const OpenItemAsOf &item, QDate interestThrough, QDate asOf);

class InterestService final {
public:
    static constexpr qsizetype kMaxReportedProblems = 50;

    explicit InterestService(Session &session) : m_session(session) {}

    // Every invoice issued on or before asOf, due before it, open > 0 as of it; ordered by
    // customer code, due date, invoice number. Needs view_customers.
    Result<std::vector<InterestLine>> lateInterest(QDate asOf);

    // All-or-nothing import of reference rates; an existing (region, valid_from) gets the new
    // rate. Needs import_data and edit_credit_policy.
    Result<PolicyImportReport> importRates(const QString &path);
    Result<PolicyImportReport> importRatesData(const QString &displayName, const QByteArray &data);

    // Settings > Interest and fees (docs/interest.md "Editing rates and rules").
    Result<std::vector<ReferenceRate>> referenceRates(); // view_customers; by region, date
    Result<std::vector<InterestRule>> interestRules();   // view_customers; by country
    // edit_credit_policy; audited rate.save / rate.delete / interest_rule.save. saveReferenceRate
    // returns true for a new (region, valid_from), false when it replaced one.
    Result<bool> saveReferenceRate(const ReferenceRate &rate);
    Result<void> deleteReferenceRate(const QString &region, QDate validFrom);
    Result<void> saveInterestRule(const InterestRule &rule);

private:
    Session &m_session;
};

} // namespace ardesk
