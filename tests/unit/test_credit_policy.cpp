// The pure rules of issue 6 with exact numbers: late-payment interest (DOMAIN.md's 9.45 EUR,
// half-year crossings, the rate in force on the first day of a half-year), rate parsing,
// the early-payment discount in and after its period, approval limits at, below and above,
// the strategy and step choice (docs/interest.md, docs/strategies.md, docs/credit-policy.md).

#include "domain/credit_policy.h"
#include "domain/interest.h"

#include <gtest/gtest.h>

using namespace ardesk;

namespace {

std::vector<ReferenceRate> euRates()
{
    return {{QStringLiteral("EU"), QDate(2026, 1, 1), 35000}, {QStringLiteral("EU"), QDate(2026, 7, 1), 21500},
            {QStringLiteral("DE"), QDate(2026, 1, 1), 12700}};
}

InterestTerms eu(qint64 margin = 800)
{
    return {QStringLiteral("EU"), margin, 365};
}

} // namespace

TEST(LateInterest, thousandEuroThirtyDaysAtReferencePlusEightIs945)
{
    const LateInterest late = computeLateInterest(100000, QDate(2026, 1, 31), QDate(2026, 3, 2), eu(), euRates());
    EXPECT_EQ(late.daysLate, 30);
    ASSERT_TRUE(late.referenceRatePpm);
    EXPECT_EQ(*late.referenceRatePpm, 35000);
    ASSERT_TRUE(late.interest);
    EXPECT_EQ(*late.interest, 945); // 1000 x 11.5 % x 30 / 365 = 9.452... -> 9.45
}

TEST(LateInterest, eachDayUsesTheRateOfItsHalfYear)
{
    // Due 31 Jan, as of 10 Jul: 150 days (1 Feb - 30 Jun) at 11.5 %, 10 days at 10.15 %.
    // 1000 x (150 x 0.115 + 10 x 0.1015) / 365 = 50.041... -> 50.04
    const LateInterest late = computeLateInterest(100000, QDate(2026, 1, 31), QDate(2026, 7, 10), eu(), euRates());
    EXPECT_EQ(late.daysLate, 160);
    EXPECT_EQ(late.referenceRatePpm.value_or(-1), 21500); // the as-of date's half-year
    EXPECT_EQ(late.interest.value_or(-1), 5004);
}

TEST(LateInterest, aRateValidFromMidHalfYearCountsFromTheNextHalfYear)
{
    std::vector<ReferenceRate> rates{{QStringLiteral("EU"), QDate(2025, 7, 1), 40000},
                                     {QStringLiteral("EU"), QDate(2026, 3, 15), 10000}};
    EXPECT_EQ(referenceRateFor(rates, QStringLiteral("EU"), QDate(2026, 5, 1)).value_or(-1), 40000);
    EXPECT_EQ(referenceRateFor(rates, QStringLiteral("EU"), QDate(2026, 7, 1)).value_or(-1), 10000);
    EXPECT_FALSE(referenceRateFor(rates, QStringLiteral("EU"), QDate(2025, 6, 30)));
    EXPECT_FALSE(referenceRateFor(rates, QStringLiteral("SE"), QDate(2026, 5, 1)));
    EXPECT_EQ(halfYearStart(QDate(2026, 6, 30)), QDate(2026, 1, 1));
    EXPECT_EQ(halfYearStart(QDate(2026, 7, 1)), QDate(2026, 7, 1));
}

TEST(LateInterest, noRateForSomeDayOfThePeriodLeavesRateAndInterestEmpty)
{
    // The EU rates start in 2026: an invoice late since December 2025 has days without one.
    const LateInterest late = computeLateInterest(100000, QDate(2025, 12, 1), QDate(2026, 1, 10), eu(), euRates());
    EXPECT_EQ(late.daysLate, 40);
    EXPECT_FALSE(late.referenceRatePpm);
    EXPECT_FALSE(late.interest);
    const LateInterest none =
            computeLateInterest(100000, QDate(2026, 1, 31), QDate(2026, 3, 2), {QStringLiteral("SE"), 800, 365}, euRates());
    EXPECT_FALSE(none.interest);
}

TEST(LateInterest, onOrBeforeTheDueDateThereIsNoInterest)
{
    const LateInterest onDue = computeLateInterest(100000, QDate(2026, 3, 2), QDate(2026, 3, 2), eu(), euRates());
    EXPECT_EQ(onDue.daysLate, 0);
    EXPECT_EQ(onDue.interest.value_or(-1), 0);
    const LateInterest oneDay = computeLateInterest(100000, QDate(2026, 3, 1), QDate(2026, 3, 2), eu(), euRates());
    EXPECT_EQ(oneDay.daysLate, 1);
    EXPECT_EQ(oneDay.interest.value_or(-1), 32); // 1000 x 0.115 / 365 = 0.315 -> 0.32
}

TEST(LateInterest, roundsOncePerInvoiceHalfAwayFromZeroAndNeverBelowZero)
{
    // 0.005 exactly: 365 days at 0.5 % on 1.00 -> 0.005 -> 0.01.
    std::vector<ReferenceRate> rates{{QStringLiteral("X"), QDate(2020, 1, 1), 5000}};
    const LateInterest late =
            computeLateInterest(100, QDate(2021, 1, 1), QDate(2022, 1, 1), {QStringLiteral("X"), 0, 365}, rates);
    EXPECT_EQ(late.interest.value_or(-1), 1);
    // A negative reference (Riksbank 2016-2019) plus a margin smaller than it: zero, not negative.
    std::vector<ReferenceRate> negative{{QStringLiteral("SE"), QDate(2016, 1, 1), -5000}};
    const LateInterest clamp =
            computeLateInterest(100000, QDate(2016, 2, 1), QDate(2016, 3, 2), {QStringLiteral("SE"), 0, 365}, negative);
    EXPECT_EQ(clamp.interest.value_or(-1), 0);
    const LateInterest plusEight =
            computeLateInterest(100000, QDate(2016, 2, 1), QDate(2016, 3, 2), {QStringLiteral("SE"), 800, 365}, negative);
    EXPECT_EQ(plusEight.interest.value_or(-1), 616); // 1000 x 7.5 % x 30 / 365 = 6.164
    // Actual/360 when the rule says so.
    const LateInterest a360 = computeLateInterest(100000, QDate(2026, 1, 31), QDate(2026, 3, 2),
                                                  {QStringLiteral("EU"), 800, 360}, euRates());
    EXPECT_EQ(a360.interest.value_or(-1), 958); // 1000 x 11.5 % x 30 / 360 = 9.583
}

TEST(RatePercent, parsesUpToFourDecimals)
{
    EXPECT_EQ(parseRatePercent(u"3.5").value_or(-1), 35000);
    EXPECT_EQ(parseRatePercent(u"3.50").value_or(-1), 35000);
    EXPECT_EQ(parseRatePercent(u"0").value_or(-1), 0);
    EXPECT_EQ(parseRatePercent(u"-0.5").value_or(1), -5000);
    EXPECT_EQ(parseRatePercent(u"12.1234").value_or(-1), 121234);
    for (const char16_t *bad : {u"", u"3,5", u"3.", u".5", u"3.12345", u"abc", u"1e2", u"--1"})
        EXPECT_FALSE(parseRatePercent(bad)) << QString::fromUtf16(bad).toStdString();
    EXPECT_DOUBLE_EQ(ratePercent(115000), 11.5);
}

// --- terms ------------------------------------------------------------------------------------

TEST(EarlyPaymentDiscount, twoTenNetThirtyWithinAndAfterThePeriod)
{
    const QDate issued(2026, 3, 1);
    // 2/10 net 30 on 1,000.00: 20.00 off until 11 March inclusive, nothing from 12 March.
    EXPECT_EQ(discountOffered(100000, issued, QDate(2026, 3, 1), 200, 10), 2000);
    EXPECT_EQ(discountOffered(100000, issued, QDate(2026, 3, 11), 200, 10), 2000);
    EXPECT_EQ(discountOffered(100000, issued, QDate(2026, 3, 12), 200, 10), 0);
    EXPECT_EQ(discountOffered(100000, issued, QDate(2026, 3, 31), 200, 10), 0);
    EXPECT_EQ(discountUntil(issued, 200, 10), QDate(2026, 3, 11));
    // Rounded half away from zero: 2 % of 0.25 = 0.005 -> 0.01.
    EXPECT_EQ(discountOffered(25, issued, issued, 200, 10), 1);
    // Terms without a discount offer none.
    EXPECT_EQ(discountOffered(100000, issued, issued, 0, 10), 0);
    EXPECT_FALSE(discountUntil(issued, 0, 10).isValid());
}

// --- approvals -----------------------------------------------------------------------------------

TEST(ApprovalLimits, atBelowAndAboveEachLimit)
{
    const std::vector<ApprovalLimit> limits{{QStringLiteral("collector"), QStringLiteral("EUR"), 50000},
                                            {QStringLiteral("supervisor"), QStringLiteral("EUR"), 500000},
                                            {QStringLiteral("manager"), QStringLiteral("EUR"), std::nullopt}};
    const QString eur = QStringLiteral("EUR");
    EXPECT_TRUE(mayApprove(limits, QStringLiteral("collector"), 49999, eur));
    EXPECT_TRUE(mayApprove(limits, QStringLiteral("collector"), 50000, eur));
    EXPECT_FALSE(mayApprove(limits, QStringLiteral("collector"), 50001, eur));
    EXPECT_TRUE(mayApprove(limits, QStringLiteral("supervisor"), 499999, eur));
    EXPECT_TRUE(mayApprove(limits, QStringLiteral("supervisor"), 500000, eur));
    EXPECT_FALSE(mayApprove(limits, QStringLiteral("supervisor"), 500001, eur));
    EXPECT_TRUE(mayApprove(limits, QStringLiteral("manager"), 500001, eur));
    EXPECT_TRUE(mayApprove(limits, QStringLiteral("manager"), 99999999, QStringLiteral("SEK")));
    // A limit in another currency does not allow anything; a role without a row nothing.
    EXPECT_FALSE(mayApprove(limits, QStringLiteral("collector"), 1, QStringLiteral("SEK")));
    EXPECT_FALSE(mayApprove(limits, QStringLiteral("clerk"), 1, eur));
}

// --- strategies ----------------------------------------------------------------------------------

namespace {
Strategy standard(Id id = 1)
{
    Strategy s;
    s.id = id;
    s.name = QStringLiteral("Standard");
    s.steps = {{11, 1, -3, StrategyAction::ReminderEmail},
               {12, 2, 7, StrategyAction::Letter1},
               {13, 3, 14, StrategyAction::CallTask},
               {14, 4, 30, StrategyAction::Letter2}};
    return s;
}
} // namespace

TEST(StrategySteps, onlyTheHighestDueStepActsAndTheLowerOnesAreSuperseded)
{
    const Strategy s = standard();
    const QDate due(2026, 3, 1);
    EXPECT_FALSE(chooseStep(s, due, QDate(2026, 2, 25), {}).act); // 4 days before due: nothing yet
    const StepChoice reminder = chooseStep(s, due, QDate(2026, 2, 26), {});
    ASSERT_TRUE(reminder.act);
    EXPECT_EQ(reminder.act->action, StrategyAction::ReminderEmail);
    EXPECT_TRUE(reminder.superseded.empty());
    // An old invoice on a first run: the call (14 days) acts, reminder and letter 1 superseded.
    const StepChoice old = chooseStep(s, due, QDate(2026, 3, 20), {});
    ASSERT_TRUE(old.act);
    EXPECT_EQ(old.act->action, StrategyAction::CallTask);
    ASSERT_EQ(old.superseded.size(), 2u);
    EXPECT_EQ(old.superseded[0].id, 11);
    EXPECT_EQ(old.superseded[1].id, 12);
    // Executed steps are never due again.
    EXPECT_FALSE(chooseStep(s, due, QDate(2026, 3, 20), {11, 12, 13}).act);
    const StepChoice next = chooseStep(s, due, QDate(2026, 3, 31), {11, 12, 13});
    ASSERT_TRUE(next.act);
    EXPECT_EQ(next.act->action, StrategyAction::Letter2);
    EXPECT_TRUE(next.superseded.empty());
}

TEST(StrategySteps, policyThenSegmentThenRiskClassThenDefault)
{
    Strategy fallback = standard(1);
    Strategy retail = standard(2);
    retail.segment = QStringLiteral("retail");
    Strategy riskE = standard(3);
    riskE.riskClass = QStringLiteral("E");
    Strategy named = standard(4);
    named.segment = QStringLiteral("other");
    Strategy inactive = standard(5);
    inactive.segment = QStringLiteral("public");
    inactive.active = false;
    const std::vector<Strategy> all{fallback, retail, riskE, named, inactive};
    EXPECT_EQ(chooseStrategy(all, Id(4), QStringLiteral("retail"), QStringLiteral("E"))->id, 4);
    EXPECT_EQ(chooseStrategy(all, std::nullopt, QStringLiteral("retail"), QStringLiteral("E"))->id, 2);
    EXPECT_EQ(chooseStrategy(all, std::nullopt, QStringLiteral("wholesale"), QStringLiteral("E"))->id, 3);
    EXPECT_EQ(chooseStrategy(all, std::nullopt, QString(), QString())->id, 1);
    EXPECT_EQ(chooseStrategy(all, std::nullopt, QStringLiteral("public"), QString())->id, 1); // inactive
    EXPECT_EQ(chooseStrategy(all, Id(5), QString(), QString())->id, 1);
    EXPECT_EQ(chooseStrategy({retail}, std::nullopt, QString(), QString()), nullptr);
}

TEST(StrategySteps, actionKeysRoundTrip)
{
    for (int i = 0; i < kStrategyActionCount; ++i) {
        const auto action = static_cast<StrategyAction>(i);
        EXPECT_EQ(strategyActionFromKey(strategyActionKey(action)), action);
    }
    EXPECT_EQ(strategyActionKey(StrategyAction::AgencyReferralReview), QStringLiteral("agency_referral_review"));
    EXPECT_FALSE(strategyActionFromKey(u"letter_4"));
    EXPECT_TRUE(isContactingAction(StrategyAction::CallTask));
    EXPECT_FALSE(isContactingAction(StrategyAction::CreditHold));
}
