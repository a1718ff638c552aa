#pragma once
// Cash forecast (issue 7, docs/manager-desk.md "Cash forecast"): the receipts expected in
// each of the next 13 weeks of one currency, from
// - open items: the collectible part (open minus disputed) of every open invoice on its
//   due date shifted by its customer's own average days late (amount-weighted over the
//   customer's payment history up to the date, rounded to whole days; 0 without history);
// - payment plans: the instalments of active plans due from the date on (the plan's
//   invoices leave the open-item part: the plan replaces their due dates);
// - promises to pay still pending on the date: what is left to pay, on the promised date;
//   the promised amount leaves the open-item part first (the named invoice, or the
//   customer's items by expected date), so nothing is counted twice.
// Past weeks show the forecast of that week, recomputed as of its Monday from what the book
// held then (never stored), beside the payments actually received in it.
//
// Permission: Action::ExportReports. Errors as Result<T>; nothing throws.

#include "session.h"

#include "domain/promise_evaluation.h"
#include "storage/manager_repository.h"

#include <optional>
#include <vector>

namespace ardesk {

struct ForecastWeek final
{
    QDate start; // a Monday
    QDate end;   // the Sunday after it
    MinorUnits openItems = 0;
    MinorUnits promises = 0;
    MinorUnits plans = 0;
    std::optional<MinorUnits> actual; // past weeks (and the current one, so far)
    MinorUnits forecast() const { return openItems + promises + plans; }
};

struct CashForecast final
{
    QString currency;
    QDate asOf;
    std::vector<ForecastWeek> past;  // oldest first; each forecast as of its own Monday
    std::vector<ForecastWeek> weeks; // the week of asOf first, then the next ones
    // Expected before the as-of date (overdue beyond the customer's usual delay): not placed
    // in a week, since nobody knows when it will come.
    MinorUnits behindExpectation = 0;
    MinorUnits afterHorizon = 0; // expected after the last week
    MinorUnits disputed = 0;     // open but contested, left out
};

// The pure core, for one currency as of a date: open items and plan instalments
// (ForecastInputs), pending promises with what is left to pay on each.
struct PendingPromise final
{
    Id customerId = 0;
    std::optional<Id> invoiceId;
    QDate promisedFor;
    MinorUnits remaining = 0;
};

// A customer's average days late: sum(amount x days) / sum(amount), rounded half away from
// zero; 0 without history (sum of amounts <= 0).
qint64 averageDaysLate(MinorUnits weightedDays, MinorUnits amount);

CashForecast forecastFrom(const ForecastInputs &inputs, const std::vector<PendingPromise> &promises, QDate asOf,
                          int weeks);

class CashForecastService final
{
public:
    static constexpr int kWeeks = 13;
    static constexpr int kMaxPastWeeks = 26;

    explicit CashForecastService(Session &session) : m_session(session) { }

    // The currencies with open items, the most open invoices first.
    Result<std::vector<QString>> currencies();
    Result<CashForecast> forecast(const QString &currency, QDate asOf, int pastWeeks = 8);

private:
    Session &m_session;
};

} // namespace ardesk
