// Instalment terms of a credit policy: parsed and validated, and the split to the cent with the
// remainder on the last part (docs/credit-policy.md "Instalment terms").

#include "domain/instalment_terms.h"

#include <gtest/gtest.h>

using namespace ardesk;

namespace {

InstalmentTerms terms(const char *text)
{
    const auto parsed = parseInstalmentTerms(QString::fromLatin1(text));
    EXPECT_TRUE(parsed) << text << ": " << (parsed ? "" : parsed.error().message.toStdString());
    return parsed.value_or(InstalmentTerms{});
}

std::string refusal(const char *text)
{
    const auto parsed = parseInstalmentTerms(QString::fromLatin1(text));
    return parsed ? std::string("accepted") : parsed.error().message.toStdString();
}

} // namespace

TEST(InstalmentTerms, thirtySixtyNinetyInEqualPartsPutsTheRemainderOnTheLastPart)
{
    const auto parts = splitByInstalmentTerms(90100, QDate(2026, 1, 31), terms("30/60/90"));
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].amount, 30033);
    EXPECT_EQ(parts[1].amount, 30033);
    EXPECT_EQ(parts[2].amount, 30034);
    EXPECT_EQ(parts[0].dueDate, QDate(2026, 3, 2));
    EXPECT_EQ(parts[1].dueDate, QDate(2026, 4, 1));
    EXPECT_EQ(parts[2].dueDate, QDate(2026, 5, 1));
    EXPECT_EQ(parts[2].seq, 3);
    // 1,000.00 in three: 333.33, 333.33, 333.34; 0.02 in three: parts of 0.00 are left out, the
    // last (90 days) carries it all.
    const auto thousand = splitByInstalmentTerms(100000, QDate(2026, 1, 1), terms("30/60/90"));
    EXPECT_EQ(thousand[0].amount + thousand[1].amount, 66666);
    EXPECT_EQ(thousand[2].amount, 33334);
    const auto tiny = splitByInstalmentTerms(2, QDate(2026, 1, 1), terms("30/60/90"));
    ASSERT_EQ(tiny.size(), 1u);
    EXPECT_EQ(tiny[0].amount, 2);
    EXPECT_EQ(tiny[0].dueDate, QDate(2026, 4, 1));
}

TEST(InstalmentTerms, percentagePartsRoundHalfAwayFromZeroAndTheLastTakesTheRest)
{
    // 40 % now, 30 % at 30 days, 30 % at 60 days of 1,234.57: 493.828 -> 493.83, 370.371 -> 370.37, rest 370.37.
    const auto parts = splitByInstalmentTerms(123457, QDate(2026, 3, 1), terms("0:40/30:30/60:30"));
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].amount, 49383);
    EXPECT_EQ(parts[0].dueDate, QDate(2026, 3, 1));
    EXPECT_EQ(parts[1].amount, 37037);
    EXPECT_EQ(parts[2].amount, 123457 - 49383 - 37037);
    // A zero-decimal currency: 1,000 JPY in 33.33/33.33/33.34: 333, 333, 334.
    const auto yen = splitByInstalmentTerms(1000, QDate(2026, 3, 1), terms("30:33.33/60:33.33/90:33.34"));
    EXPECT_EQ(yen[0].amount, 333);
    EXPECT_EQ(yen[2].amount, 334);
}

TEST(InstalmentTerms, badTermsAreRefusedWithTheReason)
{
    EXPECT_TRUE(terms("").empty());
    EXPECT_EQ(instalmentTermsText(terms(" 30 / 60 / 90 ")), QStringLiteral("30/60/90"));
    EXPECT_EQ(instalmentTermsText(terms("0:40/30:30.5/60:29.5")), QStringLiteral("0:40/30:30.5/60:29.5"));
    EXPECT_NE(refusal("30").find("2 to 24 parts"), std::string::npos);
    EXPECT_NE(refusal("30/30").find("part 2: 30 days does not come after"), std::string::npos);
    EXPECT_NE(refusal("30/x").find("part 2:"), std::string::npos);
    EXPECT_NE(refusal("30/-5").find("part 2:"), std::string::npos);
    EXPECT_NE(refusal("30/4000").find("part 2:"), std::string::npos);
    EXPECT_NE(refusal("0:50/30").find("every part or for none"), std::string::npos);
    EXPECT_NE(refusal("0:50/30:40").find("add up to 90.00, not 100"), std::string::npos);
    EXPECT_NE(refusal("0:0/30:100").find("part 1:"), std::string::npos);
    EXPECT_NE(refusal("0:33.333/30:66.667").find("part 1:"), std::string::npos);
}

// The open amount spread over the parts, the earliest filled first (docs/credit-policy.md
// "Instalment terms"): 1,000.00 in 333.33 / 333.33 / 333.34.
TEST(InstalmentTerms, theOpenAmountIsSpreadWithTheEarliestPartPaidFirst)
{
    const std::vector<MinorUnits> parts{33333, 33333, 33334};
    EXPECT_EQ(spreadOverInstalments(parts, 100000), (std::vector<MinorUnits>{33333, 33333, 33334}));
    EXPECT_EQ(spreadOverInstalments(parts, 60000), (std::vector<MinorUnits>{0, 26666, 33334}));
    EXPECT_EQ(spreadOverInstalments(parts, 66667), (std::vector<MinorUnits>{0, 33333, 33334}));
    EXPECT_EQ(spreadOverInstalments(parts, 33334), (std::vector<MinorUnits>{0, 0, 33334}));
    EXPECT_EQ(spreadOverInstalments(parts, 1), (std::vector<MinorUnits>{0, 0, 1}));
    EXPECT_EQ(spreadOverInstalments(parts, 0), (std::vector<MinorUnits>{0, 0, 0}));
}

// The one reading of an invoice's parts the due-date rules share: each part with what is
// open of it, and the due date of the oldest part still open.
TEST(InstalmentTerms, openPartsCarryTheirDueDatesAndTheOldestOpenPartIsTheFirstNotPaid)
{
    const std::vector<InstalmentPart> parts{{1, QDate(2026, 1, 31), 33333},
                                            {2, QDate(2026, 3, 2), 33333},
                                            {3, QDate(2026, 4, 1), 33334}};
    const std::vector<OpenInstalmentPart> all = openInstalmentParts(parts, 100000);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[1].seq, 2);
    EXPECT_EQ(all[1].dueDate, QDate(2026, 3, 2));
    EXPECT_EQ(all[1].amount, 33333);
    EXPECT_EQ(all[1].open, 33333);
    EXPECT_EQ(oldestOpenPartDue(all), QDate(2026, 1, 31));
    const std::vector<OpenInstalmentPart> after = openInstalmentParts(parts, 60000);
    EXPECT_EQ(after[0].open, 0);
    EXPECT_EQ(after[1].open, 26666);
    EXPECT_EQ(after[2].open, 33334);
    EXPECT_EQ(oldestOpenPartDue(after), QDate(2026, 3, 2));
    EXPECT_EQ(oldestOpenPartDue(openInstalmentParts(parts, 33334)), QDate(2026, 4, 1));
    EXPECT_FALSE(oldestOpenPartDue(openInstalmentParts(parts, 0)).isValid());
}
