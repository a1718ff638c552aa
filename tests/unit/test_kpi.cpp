#include "domain/kpi.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace ardesk;

namespace {

// The KPI rounded to the hundredth, as a report shows it, as an exact integer.
long long hundredths(std::optional<double> value)
{
    EXPECT_TRUE(value.has_value());
    return value ? std::llround(*value * 100.0) : -1;
}

// DOMAIN.md countback example: quarter ending 31 March (non-leap year).
const QDate march31(2025, 3, 31);
const std::vector<MonthlySales> quarterSales{
        {QDate(2025, 1, 1), 700'000},
        {QDate(2025, 2, 1), 800'000},
        {QDate(2025, 3, 1), 900'000},
};

} // namespace

TEST(Kpi, periodOfThreeMonthsEndingOnMarch31IsTheFirstQuarter)
{
    EXPECT_EQ(periodStart(march31, 3), QDate(2025, 1, 1));
    EXPECT_EQ(daysInPeriod(march31, 3), 90);
    EXPECT_EQ(daysInPeriod(QDate(2024, 3, 31), 3), 91); // leap year
}

TEST(Kpi, periodStartsTheDayAfterTheSameDayMonthsBack)
{
    EXPECT_EQ(periodStart(QDate(2025, 5, 15), 1), QDate(2025, 4, 16));
    EXPECT_EQ(daysInPeriod(QDate(2025, 5, 15), 1), 30);
    EXPECT_EQ(periodStart(QDate(2025, 5, 15), 12), QDate(2024, 5, 16));
    EXPECT_EQ(daysInPeriod(QDate(2025, 5, 15), 12), 365);
}

TEST(Kpi, periodEndingOnAMonthEndIsWholeMonths)
{
    EXPECT_EQ(periodStart(QDate(2025, 6, 30), 3), QDate(2025, 4, 1));
    EXPECT_EQ(daysInPeriod(QDate(2025, 6, 30), 3), 91);
    EXPECT_EQ(periodStart(QDate(2025, 4, 30), 1), QDate(2025, 4, 1));
    EXPECT_EQ(daysInPeriod(QDate(2025, 2, 28), 1), 28);
    EXPECT_EQ(daysInPeriod(QDate(2024, 2, 29), 1), 29);
    EXPECT_EQ(periodStart(QDate(2025, 1, 31), 2), QDate(2024, 12, 1));
}

TEST(Kpi, periodOfInvalidInputIsEmpty)
{
    EXPECT_FALSE(periodStart(QDate(), 3).isValid());
    EXPECT_FALSE(periodStart(march31, 0).isValid());
    EXPECT_EQ(daysInPeriod(march31, 0), 0);
}

TEST(Kpi, countbackDsoWorkedExample)
{
    // 31 + 28 + 400/700 x 31 = 76.71
    EXPECT_EQ(hundredths(dsoCountback(2'100'000, quarterSales, march31)), 7671);
}

TEST(Kpi, countbackDsoIgnoresTheOrderOfInputAndAddsSameMonthEntries)
{
    const std::vector<MonthlySales> sales{
            {QDate(2025, 3, 20), 400'000}, {QDate(2025, 1, 15), 700'000},  {QDate(2025, 3, 2), 500'000},
            {QDate(2025, 2, 28), 800'000}, {QDate(2025, 4, 1), 5'000'000}, // after the as-of month: ignored
    };
    EXPECT_EQ(hundredths(dsoCountback(2'100'000, sales, march31)), 7671);
}

TEST(Kpi, standardDsoWorkedExample)
{
    const PeriodFigures figures{.endingAr = 2'100'000, .creditSales = 2'400'000, .months = 3, .daysInPeriod = 90};
    EXPECT_EQ(hundredths(dsoStandard(figures)), 7875);
}

TEST(Kpi, countbackWhenArIsLessThanTheAsOfMonthsSales)
{
    // 450,000 / 900,000 x 31 = 15.5
    EXPECT_EQ(hundredths(dsoCountback(450'000, quarterSales, march31)), 1550);
    // exactly the as-of month's sales: the whole month, nothing of February
    EXPECT_EQ(hundredths(dsoCountback(900'000, quarterSales, march31)), 3100);
    EXPECT_EQ(hundredths(dsoCountback(0, quarterSales, march31)), 0);
}

TEST(Kpi, countbackStopsAtAMonthWithNoSales)
{
    // No sales in January: 31 + 28, and the remaining 400,000 is not explained.
    const std::vector<MonthlySales> sales{
            {QDate(2024, 12, 1), 700'000},
            {QDate(2025, 2, 1), 800'000},
            {QDate(2025, 3, 1), 900'000},
    };
    EXPECT_EQ(hundredths(dsoCountback(2'100'000, sales, march31)), 5900);
    // Walking past the oldest month given stops there too.
    EXPECT_EQ(hundredths(dsoCountback(9'000'000, quarterSales, march31)), 9000);
}

TEST(Kpi, countbackUsesTheFullCalendarDaysOfTheAsOfMonth)
{
    // As of 15 March, March still counts 31 days.
    EXPECT_EQ(hundredths(dsoCountback(2'100'000, quarterSales, QDate(2025, 3, 15))), 7671);
}

TEST(Kpi, countbackCrossesAYearBoundaryWithLeapFebruary)
{
    const std::vector<MonthlySales> sales{
            {QDate(2023, 12, 1), 1'000},
            {QDate(2024, 1, 1), 1'000},
            {QDate(2024, 2, 1), 1'000},
    };
    // 29 + 31 + 500/1000 x 31 = 75.5
    EXPECT_EQ(hundredths(dsoCountback(2'500, sales, QDate(2024, 2, 29))), 7550);
}

TEST(Kpi, noSalesMeansNoDso)
{
    EXPECT_EQ(dsoCountback(2'100'000, {}, march31), std::nullopt);
    const std::vector<MonthlySales> onlyEarlier{{QDate(2025, 2, 1), 800'000}};
    EXPECT_EQ(dsoCountback(2'100'000, onlyEarlier, march31), std::nullopt);
    EXPECT_EQ(dsoCountback(2'100'000, quarterSales, QDate()), std::nullopt);

    const PeriodFigures noSales{.endingAr = 1'000,
                                .endingCurrentAr = 500,
                                .creditSales = 0,
                                .writtenOff = 10,
                                .months = 3,
                                .daysInPeriod = 90};
    EXPECT_EQ(dsoStandard(noSales), std::nullopt);
    EXPECT_EQ(bestPossibleDso(noSales), std::nullopt);
    EXPECT_EQ(averageDaysDelinquent(noSales), std::nullopt);
    EXPECT_EQ(badDebtRatio(noSales), std::nullopt);

    const PeriodFigures noDays{.endingAr = 1'000, .creditSales = 1'000, .months = 3};
    EXPECT_EQ(dsoStandard(noDays), std::nullopt);
}

TEST(Kpi, averageDaysDelinquentWorkedExample)
{
    const PeriodFigures figures{
            .endingAr = 15'000, .endingCurrentAr = 4'000, .creditSales = 10'000, .months = 1, .daysInPeriod = 30};
    EXPECT_EQ(hundredths(dsoStandard(figures)), 4500);
    EXPECT_EQ(hundredths(bestPossibleDso(figures)), 1200);
    EXPECT_EQ(hundredths(averageDaysDelinquent(figures)), 3300);
}

TEST(Kpi, collectionEffectivenessIndexWorkedExample)
{
    // (6,200 + 3,630 - 6,340) / (6,200 + 3,630 - 3,590) = 3,490 / 6,240 = 55.93 %
    const PeriodFigures figures{.beginningAr = 6'200,
                                .endingAr = 6'340,
                                .endingCurrentAr = 3'590,
                                .creditSales = 10'890,
                                .months = 3,
                                .daysInPeriod = 90};
    EXPECT_EQ(hundredths(collectionEffectivenessIndex(figures)), 5593);
}

TEST(Kpi, collectionEffectivenessIndexKeepsSalesOverMonthsExact)
{
    // Sales 100 over 3 months: 10 + 33.33 - 20 = 23.33 over 10 + 33.33 - 0 = 43.33 -> 53.85 %
    const PeriodFigures figures{
            .beginningAr = 10, .endingAr = 20, .endingCurrentAr = 0, .creditSales = 100, .months = 3};
    EXPECT_EQ(hundredths(collectionEffectivenessIndex(figures)), 5385);
    // Everything collected: 100 %.
    const PeriodFigures allCollected{
            .beginningAr = 500, .endingAr = 0, .endingCurrentAr = 0, .creditSales = 300, .months = 3};
    EXPECT_EQ(hundredths(collectionEffectivenessIndex(allCollected)), 10000);
}

TEST(Kpi, collectionEffectivenessIndexUndefined)
{
    EXPECT_EQ(collectionEffectivenessIndex({.beginningAr = 100, .creditSales = 300, .months = 0}), std::nullopt);
    // Nothing collectible: beginning 0, no sales, nothing current.
    EXPECT_EQ(collectionEffectivenessIndex({.months = 3}), std::nullopt);
}

TEST(Kpi, percentCurrent)
{
    EXPECT_EQ(hundredths(percentCurrent(4'000, 15'000)), 2667);
    EXPECT_EQ(hundredths(percentCurrent(15'000, 15'000)), 10000);
    EXPECT_EQ(percentCurrent(0, 0), std::nullopt);
}

TEST(Kpi, averageDaysToPayIsAmountWeighted)
{
    // 100 after 10 days, 1,000 after 20 days -> 21,000 / 1,100 = 19.09 (not 15)
    const std::vector<AppliedAmount> applied{{100, 10}, {1'000, 20}};
    EXPECT_EQ(hundredths(averageDaysToPay(applied)), 1909);

    const std::vector<AppliedAmount> fromDates{
            AppliedAmount::fromDates(100, QDate(2025, 1, 1), QDate(2025, 1, 11)),
            AppliedAmount::fromDates(1'000, QDate(2024, 12, 25), QDate(2025, 1, 14)),
    };
    EXPECT_EQ(fromDates[1].daysToPay, 20);
    EXPECT_EQ(hundredths(averageDaysToPay(fromDates)), 1909);
}

TEST(Kpi, averageDaysToPayWithoutPaymentsIsUndefined)
{
    EXPECT_EQ(averageDaysToPay({}), std::nullopt);
    const std::vector<AppliedAmount> zero{{0, 12}};
    EXPECT_EQ(averageDaysToPay(zero), std::nullopt);
}

TEST(Kpi, promiseKeptRateReportsPartialSeparately)
{
    const PromiseCounts counts{.kept = 6, .partiallyKept = 2, .broken = 4};
    EXPECT_EQ(counts.evaluated(), 12);
    EXPECT_EQ(hundredths(promiseKeptRate(counts)), 5000);
    EXPECT_EQ(hundredths(promisePartiallyKeptRate(counts)), 1667);
    EXPECT_EQ(promiseKeptRate({}), std::nullopt);
    EXPECT_EQ(promisePartiallyKeptRate({}), std::nullopt);
}

TEST(Kpi, badDebtRatio)
{
    const PeriodFigures figures{.creditSales = 2'400'000, .writtenOff = 36'000, .months = 3, .daysInPeriod = 90};
    EXPECT_EQ(hundredths(badDebtRatio(figures)), 150);
}
