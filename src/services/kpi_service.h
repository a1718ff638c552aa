#pragma once
// Receivables KPIs (DOMAIN.md "KPIs", docs/kpi.md) as of a date for the period of N
// calendar months ending on it, per currency and, on request, per collector, segment or
// risk class: DSO standard and countback, best possible DSO, ADD, CEI, percent current,
// average days to pay, promise kept rate (and partially kept rate), bad-debt ratio.
// The figures come from storage/kpi_repository.h, the formulas from domain/kpi.h and the
// promise outcomes from domain/promise_evaluation.h.
//
// Permission: Action::ExportReports (managers, supervisors, auditors and admins by default):
// the KPIs sum the whole book and compare collectors, which is management reporting.
// Errors as Result<T> (services layer style); nothing throws out of this layer.

#include "session.h"

#include "domain/kpi.h"
#include "storage/kpi_repository.h"

#include <optional>
#include <vector>

namespace ardesk {

QString kpiGroupingKey(KpiGrouping grouping);

// The day a promise's outcome became final as of the evaluation date: the day it was kept,
// or the first day after promised date + grace (partially kept or broken). Pending: none.
std::optional<QDate> promiseOutcomeDay(const PromiseToPay &promise, const PromiseEvaluation &evaluation, int graceDays); // "total", "collector", "segment", "risk"
std::optional<KpiGrouping> kpiGroupingFromKey(QStringView key);

// The KPIs of one currency (and group). Undefined KPIs are std::nullopt (docs/kpi.md);
// nothing is rounded here.
struct KpiValues final
{
    KpiGroupKey key;
    std::optional<double> dsoStandard;
    std::optional<double> dsoCountback;
    std::optional<double> bestPossibleDso;
    std::optional<double> averageDaysDelinquent;
    std::optional<double> collectionEffectivenessIndex;
    std::optional<double> percentCurrent;
    std::optional<double> averageDaysToPay;
    std::optional<double> promiseKeptRate;
    std::optional<double> promisePartiallyKeptRate;
    std::optional<double> badDebtRatio;

    // The figures behind them, for reports that show their work.
    PeriodFigures figures;
    std::vector<MonthlySales> monthlySales;
    MinorUnits paidInPeriod = 0; // applied by payments in the period (the weights of average days to pay)
    PromiseCounts promises;      // outcomes that fell in the period
};

struct KpiReport final
{
    QDate asOf;
    int months = 0;
    QDate periodStart;
    int daysInPeriod = 0;
    KpiGrouping grouping = KpiGrouping::Total;
    int promiseGraceDays = 0;
    std::vector<KpiValues> results; // by currency, then group (no group last)
};

class KpiService final
{
public:
    static constexpr int kMaxMonths = 120;
    // Grace days of the promise rule when the book has no "collections.grace_days" setting.
    static constexpr int kDefaultPromiseGraceDays = 3;

    explicit KpiService(Session &session) : m_session(session) { }

    // months: 1 .. kMaxMonths. A group (currency, collector, ...) is listed when it has
    // anything in the period or open on either end of it, or a promise outcome in it.
    // `promisesRead`, when given, receives the promise inputs the report was computed from
    // (KpiRepository::readPromisesOfPeriod of the period): the dashboard's tiles take the
    // week's promises from them instead of reading the promises again.
    Result<KpiReport> compute(QDate asOf, int months, KpiGrouping grouping, KpiPromiseInputs *promisesRead = nullptr);

private:
    Session &m_session;
};

} // namespace ardesk
