#include "domain/worklist_score.h"

#include <gtest/gtest.h>

#include <vector>

using namespace ardesk;

namespace {

WorklistAccount account(QString code, MinorUnits overdue, int days)
{
    WorklistAccount result;
    result.customerCode = std::move(code);
    result.overdueAmount = overdue;
    result.oldestDaysPastDue = days;
    return result;
}

} // namespace

TEST(WorklistScore, partsOfAnAccountWithDefaultWeights)
{
    WorklistAccount typical = account(QStringLiteral("C-1"), 999'900, 45); // 9,999.00 overdue
    typical.brokenPromises = 2;
    typical.promiseDueToday = true;
    typical.riskClass = QStringLiteral("D");
    typical.balance = 9'999'900; // 99,999.00

    const WorklistScore score = scoreAccount(typical);
    EXPECT_EQ(score.part(ScorePart::OverdueAmount), 4000);
    EXPECT_EQ(score.part(ScorePart::DaysPastDue), 1125);
    EXPECT_EQ(score.part(ScorePart::BrokenPromises), 3000);
    EXPECT_EQ(score.part(ScorePart::PromiseDue), 2000);
    EXPECT_EQ(score.part(ScorePart::Risk), 1500);
    EXPECT_EQ(score.part(ScorePart::Balance), 1000);
    EXPECT_EQ(score.totalHundredths(), 12625);
    EXPECT_DOUBLE_EQ(score.total(), 126.25);
    EXPECT_EQ(formatScore(score.totalHundredths()), QStringLiteral("126.25"));
}

TEST(WorklistScore, partsAreRoundedToHundredthsAndAddUpExactly)
{
    WorklistAccount uneven = account(QStringLiteral("C-2"), 1'234'567, 3); // 12,345.67 -> 40.92
    uneven.balance = 5'000'000;                                            // 50,000.00 -> 9.40
    uneven.riskClass = QStringLiteral("b");                                // 5.00

    const WorklistScore score = scoreAccount(uneven);
    EXPECT_EQ(score.part(ScorePart::OverdueAmount), 4092);
    EXPECT_EQ(score.part(ScorePart::DaysPastDue), 75);
    EXPECT_EQ(score.part(ScorePart::BrokenPromises), 0);
    EXPECT_EQ(score.part(ScorePart::PromiseDue), 0);
    EXPECT_EQ(score.part(ScorePart::Risk), 500);
    EXPECT_EQ(score.part(ScorePart::Balance), 940);
    EXPECT_EQ(score.totalHundredths(), 4092 + 75 + 500 + 940);
    EXPECT_EQ(formatScore(score.totalHundredths()), QStringLiteral("56.07"));
}

TEST(WorklistScore, scoreIsTheSumOfItsPartsForManyAccounts)
{
    for (MinorUnits overdue = 1; overdue < 50'000'000'000; overdue = overdue * 7 + 13) {
        for (int days = -5; days < 400; days += 37) {
            WorklistAccount sample = account(QStringLiteral("X"), overdue, days);
            sample.balance = overdue * 3 + 1;
            sample.brokenPromises = days % 5;
            sample.riskClass = QString(QChar(u'A' + (days + 5) % 6)); // A..F, F unrated
            const WorklistScore score = scoreAccount(sample);
            qint64 sum = 0;
            for (std::size_t part = 0; part < scorePartCount; ++part)
                sum += score.partHundredths[part];
            ASSERT_EQ(score.totalHundredths(), sum);
        }
    }
}

TEST(WorklistScore, currencyDecimalsScaleTheAmountToMajorUnits)
{
    WorklistAccount yen = account(QStringLiteral("J"), 9'999, 0); // 9,999 JPY
    yen.currencyDecimals = 0;
    WorklistAccount dinar = account(QStringLiteral("K"), 9'999'000, 0); // 9,999.000 KWD
    dinar.currencyDecimals = 3;
    EXPECT_EQ(scoreAccount(yen).part(ScorePart::OverdueAmount), 4000);
    EXPECT_EQ(scoreAccount(dinar).part(ScorePart::OverdueAmount), 4000);
}

TEST(WorklistScore, nothingOverdueScoresNoAmountOrDays)
{
    const WorklistScore score = scoreAccount(account(QStringLiteral("C"), 0, 0));
    EXPECT_EQ(score.part(ScorePart::OverdueAmount), 0);
    EXPECT_EQ(score.part(ScorePart::DaysPastDue), 0);
    EXPECT_EQ(score.part(ScorePart::Risk), 1000); // unrated counts as class C
    EXPECT_EQ(score.totalHundredths(), 1000);

    WorklistAccount negative = account(QStringLiteral("C"), -5'000, -10);
    negative.brokenPromises = -2;
    negative.balance = -7'000; // a credit balance
    const WorklistScore clamped = scoreAccount(negative);
    EXPECT_EQ(clamped.part(ScorePart::OverdueAmount), 0);
    EXPECT_EQ(clamped.part(ScorePart::DaysPastDue), 0);
    EXPECT_EQ(clamped.part(ScorePart::BrokenPromises), 0);
    EXPECT_EQ(clamped.part(ScorePart::Balance), 0);
}

TEST(WorklistScore, daysAndBrokenPromisesAreCapped)
{
    WorklistAccount old = account(QStringLiteral("C"), 0, 1'000);
    old.brokenPromises = 9;
    const WorklistScore score = scoreAccount(old);
    EXPECT_EQ(score.part(ScorePart::DaysPastDue), 4500);
    EXPECT_EQ(score.part(ScorePart::BrokenPromises), 4500);
    EXPECT_EQ(scoreAccount(account(QStringLiteral("C"), 0, 180)).part(ScorePart::DaysPastDue), 4500);
    EXPECT_EQ(scoreAccount(account(QStringLiteral("C"), 0, 179)).part(ScorePart::DaysPastDue), 4475);
}

TEST(WorklistScore, riskClassPoints)
{
    const auto risk = [](const char *riskClass) {
        WorklistAccount sample = account(QStringLiteral("C"), 0, 0);
        sample.riskClass = QString::fromLatin1(riskClass);
        return scoreAccount(sample).part(ScorePart::Risk);
    };
    EXPECT_EQ(risk("A"), 0);
    EXPECT_EQ(risk("B"), 500);
    EXPECT_EQ(risk("C"), 1000);
    EXPECT_EQ(risk(" d "), 1500);
    EXPECT_EQ(risk("E"), 2000);
    EXPECT_EQ(risk(""), 1000);
    EXPECT_EQ(risk("Z"), 1000);
    EXPECT_EQ(risk("AB"), 1000);
}

TEST(WorklistScore, isMonotonicInOverdueAmount)
{
    qint64 previousPart = -1;
    qint64 previousTotal = -1;
    for (MinorUnits overdue = 0; overdue < 100'000'000'000; overdue = overdue * 3 + 1) {
        const WorklistScore score = scoreAccount(account(QStringLiteral("C"), overdue, 30));
        EXPECT_GE(score.part(ScorePart::OverdueAmount), previousPart) << overdue;
        EXPECT_GE(score.totalHundredths(), previousTotal) << overdue;
        previousPart = score.part(ScorePart::OverdueAmount);
        previousTotal = score.totalHundredths();
    }
    // A factor of ten is worth 10 points.
    EXPECT_EQ(scoreAccount(account(QStringLiteral("C"), 99'999'900, 0)).part(ScorePart::OverdueAmount)
                      - scoreAccount(account(QStringLiteral("C"), 9'999'900, 0)).part(ScorePart::OverdueAmount),
              1000);
}

TEST(WorklistScore, isMonotonicInDaysPastDue)
{
    qint64 previous = -1;
    for (int days = -3; days <= 400; ++days) {
        const WorklistScore score = scoreAccount(account(QStringLiteral("C"), 100'000, days));
        EXPECT_GE(score.totalHundredths(), previous) << days;
        if (days > 0 && days <= 180) {
            EXPECT_GT(score.totalHundredths(), previous) << days;
        }
        previous = score.totalHundredths();
    }
}

TEST(WorklistScore, customWeights)
{
    WorklistWeights weights;
    weights.unratedRiskPoints = 0.0;
    weights.daysPastDuePerDay = 1.0 / 3.0;
    weights.daysPastDueCap = 90;
    const WorklistScore score = scoreAccount(account(QStringLiteral("C"), 0, 100), weights);
    EXPECT_EQ(score.part(ScorePart::DaysPastDue), 3000);
    EXPECT_EQ(score.part(ScorePart::Risk), 0);
    EXPECT_EQ(scoreAccount(account(QStringLiteral("C"), 0, 1), weights).part(ScorePart::DaysPastDue), 33);
    EXPECT_EQ(scoreAccount(account(QStringLiteral("C"), 0, 2), weights).part(ScorePart::DaysPastDue), 67);
}

TEST(WorklistScore, orderingIsScoreDescendingThenCustomerCode)
{
    WorklistAccount promiseToday = account(QStringLiteral("Z-9"), 0, 0);
    promiseToday.promiseDueToday = true;
    const std::vector<WorklistAccount> accounts{
            account(QStringLiteral("C-2"), 100'000, 10),     account(QStringLiteral("A-1"), 100, 0),
            account(QStringLiteral("C-10"), 100'000, 10),    account(QStringLiteral("B-1"), 100'000, 10),
            account(QStringLiteral("D-1"), 10'000'000, 120), promiseToday,
    };
    const QList<RankedAccount> ranked = rankWorklist(accounts);
    QStringList codes;
    for (const RankedAccount &entry : ranked)
        codes.append(entry.customerCode);
    // D-1: 50.00 + 30.00 + 10.00 = 90.00; Z-9: 20.00 + 10.00 = 30.00;
    // B-1, C-10, C-2: 30.00 + 2.50 + 10.00 = 42.50 each, by code (ordinal: "C-10" < "C-2");
    // 1.00 overdue -> 3.01 + 10.00 = 13.01.
    EXPECT_EQ(codes,
              QStringList({QStringLiteral("D-1"), QStringLiteral("B-1"), QStringLiteral("C-10"), QStringLiteral("C-2"),
                           QStringLiteral("Z-9"), QStringLiteral("A-1")}));
    EXPECT_EQ(ranked[0].score.totalHundredths(), 9000);
    EXPECT_EQ(ranked[1].score.totalHundredths(), 4250);
    EXPECT_EQ(ranked[4].score.totalHundredths(), 3000);
    EXPECT_EQ(ranked[5].score.totalHundredths(), 1301);

    EXPECT_TRUE(ranksBefore(ranked[1], ranked[2]));
    EXPECT_FALSE(ranksBefore(ranked[2], ranked[1]));
    EXPECT_FALSE(ranksBefore(ranked[1], ranked[1]));
}

TEST(WorklistScore, partKeysAndLabels)
{
    EXPECT_EQ(scorePartKey(ScorePart::OverdueAmount), QStringLiteral("overdue_amount"));
    EXPECT_EQ(scorePartKey(ScorePart::DaysPastDue), QStringLiteral("days_past_due"));
    EXPECT_EQ(scorePartKey(ScorePart::BrokenPromises), QStringLiteral("broken_promises"));
    EXPECT_EQ(scorePartKey(ScorePart::PromiseDue), QStringLiteral("promise_due"));
    EXPECT_EQ(scorePartKey(ScorePart::Risk), QStringLiteral("risk"));
    EXPECT_EQ(scorePartKey(ScorePart::Balance), QStringLiteral("balance"));
    EXPECT_EQ(scorePartLabel(ScorePart::PromiseDue), QStringLiteral("Promise due today"));
}
