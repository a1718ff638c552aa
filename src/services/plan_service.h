#pragma once
// Payment plans (docs/payment-plans.md): created from chosen open items with a number of
// instalments, a frequency, a first date and a down payment; tracked against the payments
// applied to the plan's invoices; defaulted the day after an unpaid instalment's due date
// plus the grace days (a task for the collector). Services style: Session::require,
// Result<T>, one transaction per write, audited.

#include "session.h"

#include "storage/policy_repository.h"

#include <map>
#include <vector>

namespace ardesk {

enum class PlanFrequency { Weekly, Biweekly, Monthly };
QString planFrequencyKey(PlanFrequency frequency); // weekly, biweekly, monthly
std::optional<PlanFrequency> planFrequencyFromKey(QStringView key);

struct PlanInput final {
    QString customerCode;
    QStringList invoiceNumbers; // open items of the customer, same currency, not on an active plan
    int instalments = 3;
    PlanFrequency frequency = PlanFrequency::Monthly;
    QDate createdOn;        // the agreement date; the down payment is due on it
    QDate firstDate;        // the first instalment's due date (after createdOn)
    MinorUnits downPayment = 0;
    std::optional<int> graceDays; // empty: the setting credit.default_grace_days (3)
};

// The schedule: instalments in order with what counts toward each (payments fill them in order).
struct ScheduleLine final {
    PlanInstalment instalment;
    MinorUnits paid = 0;
    enum class State { Paid, PartlyPaid, Due, Late } state = State::Due;
};

struct PlanSchedule final {
    PlanRecord plan;
    QStringList invoiceNumbers;
    std::vector<ScheduleLine> lines;
    MinorUnits paid = 0;
};

struct PlanEvaluation final {
    QStringList defaulted; // customer codes whose plan defaulted
    QStringList completed;
};

// Splits `amount` into `count` parts: equal, the remainder on the last part.
std::vector<MinorUnits> splitEvenly(MinorUnits amount, int count);
// The due dates: first, then every week, two weeks or month (a month's end stays in range).
std::vector<QDate> instalmentDates(QDate first, int count, PlanFrequency frequency);

class PlanService final {
public:
    explicit PlanService(Session &session) : m_session(session) {}

    // Needs take_promise (a plan is a promise in instalments).
    Result<Id> create(const PlanInput &input);
    Result<PlanSchedule> schedule(Id planId, QDate asOf);        // view_customers
    Result<std::vector<PlanRecord>> plans(const QString &status); // view_customers; empty: all
    // Defaults active plans with an instalment unpaid after due + grace days (as of asOf: a
    // plan defaults on the day after), completes fully paid ones. Needs log_contact or
    // take_promise; runs at book open like the strategies.
    Result<PlanEvaluation> evaluate(QDate asOf);
    // Open amount as of the date of invoices on active plans, by currency (aging shows it apart).
    Result<std::map<QString, MinorUnits>> openOnPlans(QDate asOf); // view_customers

private:
    Session &m_session;
};

} // namespace ardesk
