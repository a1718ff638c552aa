#include "kpi.h"

#include <map>

namespace ardesk {

namespace {

// 128-bit intermediate for products of amounts and days or months (GCC/Clang extension).
__extension__ using Wide = __int128;

// numerator / denominator x factor, with one floating-point division at the end.
std::optional<double> ratio(Wide numerator, Wide denominator, double factor)
{
    if (denominator <= 0)
        return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator) * factor;
}

int monthIndex(QDate date)
{
    return date.year() * 12 + (date.month() - 1);
}

QDate firstDayOfMonthIndex(int index)
{
    // Floor division so that months before year 0 still map correctly.
    int year = index / 12;
    int month = index % 12;
    if (month < 0) {
        month += 12;
        --year;
    }
    return QDate(year, month + 1, 1);
}

} // namespace

QDate periodStart(QDate asOf, int months)
{
    if (!asOf.isValid() || months < 1)
        return {};
    if (asOf.day() == asOf.daysInMonth())
        return QDate(asOf.year(), asOf.month(), 1).addMonths(-(months - 1));
    return asOf.addMonths(-months).addDays(1);
}

int daysInPeriod(QDate asOf, int months)
{
    const QDate start = periodStart(asOf, months);
    if (!start.isValid())
        return 0;
    return static_cast<int>(start.daysTo(asOf)) + 1;
}

std::optional<double> dsoStandard(const PeriodFigures &figures)
{
    if (figures.daysInPeriod <= 0)
        return std::nullopt;
    return ratio(figures.endingAr, figures.creditSales, figures.daysInPeriod);
}

std::optional<double> dsoCountback(MinorUnits endingAr, std::span<const MonthlySales> sales, QDate asOf)
{
    if (!asOf.isValid())
        return std::nullopt;
    const int asOfMonth = monthIndex(asOf);
    std::map<int, Wide> salesByMonth;
    for (const MonthlySales &entry : sales) {
        if (!entry.month.isValid())
            continue;
        const int index = monthIndex(entry.month);
        if (index <= asOfMonth)
            salesByMonth[index] += entry.amount;
    }

    Wide remaining = endingAr;
    double days = 0.0;
    for (int index = asOfMonth;; --index) {
        const auto found = salesByMonth.find(index);
        const Wide monthSales = found == salesByMonth.end() ? 0 : found->second;
        if (monthSales <= 0) {
            if (index == asOfMonth)
                return std::nullopt;
            return days;
        }
        const int monthDays = firstDayOfMonthIndex(index).daysInMonth();
        if (remaining >= monthSales) {
            remaining -= monthSales;
            days += monthDays;
            continue;
        }
        if (remaining > 0)
            days += static_cast<double>(remaining) / static_cast<double>(monthSales) * monthDays;
        return days;
    }
}

std::optional<double> bestPossibleDso(const PeriodFigures &figures)
{
    if (figures.daysInPeriod <= 0)
        return std::nullopt;
    return ratio(figures.endingCurrentAr, figures.creditSales, figures.daysInPeriod);
}

std::optional<double> averageDaysDelinquent(const PeriodFigures &figures)
{
    if (figures.daysInPeriod <= 0)
        return std::nullopt;
    return ratio(static_cast<Wide>(figures.endingAr) - figures.endingCurrentAr, figures.creditSales,
                 figures.daysInPeriod);
}

std::optional<double> collectionEffectivenessIndex(const PeriodFigures &figures)
{
    if (figures.months < 1)
        return std::nullopt;
    // Both terms multiplied by N keep sales / N exact.
    const Wide months = figures.months;
    const Wide collectible = static_cast<Wide>(figures.beginningAr) * months + figures.creditSales;
    return ratio(collectible - static_cast<Wide>(figures.endingAr) * months,
                 collectible - static_cast<Wide>(figures.endingCurrentAr) * months, 100.0);
}

std::optional<double> percentCurrent(MinorUnits currentAr, MinorUnits ar)
{
    return ratio(currentAr, ar, 100.0);
}

std::optional<double> averageDaysToPay(std::span<const AppliedAmount> applied)
{
    Wide weightedDays = 0;
    Wide total = 0;
    for (const AppliedAmount &entry : applied) {
        weightedDays += static_cast<Wide>(entry.amount) * entry.daysToPay;
        total += entry.amount;
    }
    return ratio(weightedDays, total, 1.0);
}

std::optional<double> averageDaysToPay(qint64 amountDays, MinorUnits amount)
{
    return ratio(amountDays, amount, 1.0);
}

std::optional<double> promiseKeptRate(const PromiseCounts &counts)
{
    return ratio(counts.kept, counts.evaluated(), 100.0);
}

std::optional<double> promisePartiallyKeptRate(const PromiseCounts &counts)
{
    return ratio(counts.partiallyKept, counts.evaluated(), 100.0);
}

std::optional<double> badDebtRatio(const PeriodFigures &figures)
{
    return ratio(figures.writtenOff, figures.creditSales, 100.0);
}

} // namespace ardesk
