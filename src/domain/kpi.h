#pragma once
// Receivables KPIs (credit-industry definitions, docs/domain-rules.md and DOMAIN.md "KPIs")
// as pure functions over plain figures of ONE currency.
//
// Error style: nothing here throws and nothing returns an Error. A KPI whose formula is
// undefined for the given figures (no credit sales, a zero denominator, an empty period)
// is std::nullopt; the caller shows it as "n/a". Amounts are exact minor units; only the
// resulting ratio is a double, and it is never rounded here (round for display only).
//
// "Period" everywhere means N calendar months ending on the as-of date (periodStart).

#include "money.h"

#include <QDate>

#include <optional>
#include <span>

namespace ardesk {

// First day of the period of `months` calendar months ending on `asOf` (inclusive):
// the day after the same day `months` months back (15 May, 1 month -> 16 April).
// When asOf is the last day of its month the period is `months` whole calendar months
// (30 June, 3 months -> 1 April, not 31 March), so quarters and months are what an
// accountant expects. Returns an invalid QDate for an invalid asOf or months < 1.
QDate periodStart(QDate asOf, int months);

// Number of days from periodStart(asOf, months) to asOf, both included
// (31 March, 3 months -> 90 in a non-leap year). 0 for invalid input.
int daysInPeriod(QDate asOf, int months);

// Credit sales of one calendar month. `month` may be any day of that month; several
// entries for the same month are added up.
struct MonthlySales final
{
    QDate month;
    MinorUnits amount = 0;
};

// The figures of one currency for one period. Names follow DOMAIN.md:
// AR = total open amount, current AR = open amount not yet due.
struct PeriodFigures final
{
    MinorUnits beginningAr = 0;     // AR at the end of the day before periodStart
    MinorUnits endingAr = 0;        // AR at the as-of date
    MinorUnits endingCurrentAr = 0; // of which not yet due at the as-of date
    MinorUnits creditSales = 0;     // invoices issued in the period
    MinorUnits writtenOff = 0;      // write-offs dated in the period
    int months = 0;                 // N, the period's length in calendar months
    int daysInPeriod = 0;           // see daysInPeriod()
};

// ending AR / credit sales x days in period. nullopt when sales <= 0 or days <= 0.
std::optional<double> dsoStandard(const PeriodFigures &figures);

// Countback DSO: walks back month by month from the as-of month. While the remaining AR
// is >= that month's sales, subtracts the sales and adds the month's days; then adds
// remaining AR / that month's sales x that month's days. Every month, the as-of month
// included, counts with its full calendar days. The walk stops at a month with no
// (or non-positive) sales: the days counted so far are the result and AR not yet
// explained is left out. nullopt when the as-of month itself has no sales.
// Sales dated after the as-of month are ignored.
std::optional<double> dsoCountback(MinorUnits endingAr, std::span<const MonthlySales> sales, QDate asOf);

// ending current AR / credit sales x days in period. nullopt as dsoStandard.
std::optional<double> bestPossibleDso(const PeriodFigures &figures);

// Average days delinquent = DSO standard - best possible DSO
// (= (ending AR - ending current AR) / credit sales x days). nullopt as dsoStandard.
std::optional<double> averageDaysDelinquent(const PeriodFigures &figures);

// CEI = (beginning AR + sales / N - ending AR) / (beginning AR + sales / N - ending current AR)
// x 100, computed exactly in minor units before the one division. nullopt when N < 1 or
// the denominator is <= 0 (nothing was collectible).
std::optional<double> collectionEffectivenessIndex(const PeriodFigures &figures);

// current AR / AR x 100. nullopt when AR <= 0.
std::optional<double> percentCurrent(MinorUnits currentAr, MinorUnits ar);

// One amount applied to an invoice in the period, with the days from the invoice
// date to the payment date (fromDates computes them).
struct AppliedAmount final
{
    MinorUnits amount = 0;
    qint64 daysToPay = 0;

    static AppliedAmount fromDates(MinorUnits amount, QDate invoiceDate, QDate paymentDate)
    {
        return {amount, invoiceDate.daysTo(paymentDate)};
    }
};

// Amount-weighted mean of daysToPay. nullopt when the applied amounts sum to <= 0.
std::optional<double> averageDaysToPay(std::span<const AppliedAmount> applied);
// The same from the sums: amountDays = sum of amount x days to pay, amount = sum of amounts.
std::optional<double> averageDaysToPay(qint64 amountDays, MinorUnits amount);

// Outcomes of the promises evaluated in the period (pending promises are not counted).
struct PromiseCounts final
{
    int kept = 0;
    int partiallyKept = 0;
    int broken = 0;

    int evaluated() const { return kept + partiallyKept + broken; }
};

// kept / evaluated x 100. nullopt when nothing was evaluated.
std::optional<double> promiseKeptRate(const PromiseCounts &counts);
// partially kept / evaluated x 100, reported beside the kept rate. nullopt as above.
std::optional<double> promisePartiallyKeptRate(const PromiseCounts &counts);

// written off in period / credit sales in period x 100. nullopt when sales <= 0.
std::optional<double> badDebtRatio(const PeriodFigures &figures);

} // namespace ardesk
