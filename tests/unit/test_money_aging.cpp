// Domain rules of the ledger core with exact numbers: Money (parse, format, mixed
// currencies, rounding), aging buckets and their edges, and the oldest-due-first order.

#include "domain/aging.h"
#include "domain/allocation.h"
#include "domain/currency.h"
#include "domain/money.h"
#include "domain/money_format.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using namespace ardesk;

namespace {

MinorUnits parsed(const QString &text, const QString &currency,
                  Money::SignPolicy sign = Money::SignPolicy::NonNegativeOnly)
{
    const auto money = Money::parse(text, currency, sign);
    EXPECT_TRUE(money.has_value()) << text.toStdString() << " " << currency.toStdString() << ": "
                                   << (money ? std::string() : money.error().message.toStdString());
    if (!money)
        return std::numeric_limits<MinorUnits>::min();
    EXPECT_EQ(money->currency(), currency);
    return money->minor();
}

bool refused(const QString &text, const QString &currency,
             Money::SignPolicy sign = Money::SignPolicy::NonNegativeOnly)
{
    const auto money = Money::parse(text, currency, sign);
    if (money)
        return false;
    EXPECT_EQ(money.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(money.error().message.isEmpty());
    return true;
}

OpenItem item(Id id, const QString &number, QDate issue, QDate due, MinorUnits open)
{
    return {id, number, issue, due, open};
}

std::vector<Id> idsOf(const std::vector<OpenItem> &items)
{
    std::vector<Id> ids;
    for (const OpenItem &i : items)
        ids.push_back(i.invoiceId);
    return ids;
}

} // namespace

// --- currencies -------------------------------------------------------------------------------

TEST(Currency, decimalsFollowIso4217)
{
    EXPECT_EQ(currencyDecimals(QStringLiteral("EUR")), 2);
    EXPECT_EQ(currencyDecimals(QStringLiteral("USD")), 2);
    EXPECT_EQ(currencyDecimals(QStringLiteral("JPY")), 0);
    EXPECT_EQ(currencyDecimals(QStringLiteral("KWD")), 3);
    EXPECT_EQ(currencyDecimals(QStringLiteral("CLF")), 4);
    EXPECT_EQ(currencyDecimals(QStringLiteral("eur")), std::nullopt);
    EXPECT_EQ(currencyDecimals(QStringLiteral("EURO")), std::nullopt);
    EXPECT_EQ(currencyDecimals(QString()), std::nullopt);
    EXPECT_EQ(Money(0, QStringLiteral("JPY")).decimals(), 0);
    EXPECT_EQ(Money(0, QStringLiteral("KWD")).decimals(), 3);
}

// --- Money::parse --------------------------------------------------------------------------------

TEST(MoneyParse, acceptsUpToTheCurrencysDecimals)
{
    EXPECT_EQ(parsed(QStringLiteral("12"), QStringLiteral("EUR")), 1200);
    EXPECT_EQ(parsed(QStringLiteral("12.5"), QStringLiteral("EUR")), 1250);
    EXPECT_EQ(parsed(QStringLiteral("12.50"), QStringLiteral("EUR")), 1250);
    EXPECT_EQ(parsed(QStringLiteral("12.05"), QStringLiteral("EUR")), 1205);
    EXPECT_EQ(parsed(QStringLiteral("0.01"), QStringLiteral("EUR")), 1);
    EXPECT_EQ(parsed(QStringLiteral("0"), QStringLiteral("EUR")), 0);
    EXPECT_EQ(parsed(QStringLiteral(".5"), QStringLiteral("EUR")), 50);
    EXPECT_EQ(parsed(QStringLiteral("12."), QStringLiteral("EUR")), 1200);
    EXPECT_EQ(parsed(QStringLiteral("007.10"), QStringLiteral("EUR")), 710);
    EXPECT_EQ(parsed(QStringLiteral(" 12.50 "), QStringLiteral("EUR")), 1250); // surrounding blanks trimmed

    EXPECT_EQ(parsed(QStringLiteral("12"), QStringLiteral("JPY")), 12);
    EXPECT_EQ(parsed(QStringLiteral("1234567"), QStringLiteral("JPY")), 1234567);

    EXPECT_EQ(parsed(QStringLiteral("12"), QStringLiteral("KWD")), 12000);
    EXPECT_EQ(parsed(QStringLiteral("12.5"), QStringLiteral("KWD")), 12500);
    EXPECT_EQ(parsed(QStringLiteral("12.50"), QStringLiteral("KWD")), 12500);
    EXPECT_EQ(parsed(QStringLiteral("12.505"), QStringLiteral("KWD")), 12505);
    EXPECT_EQ(parsed(QStringLiteral("0.001"), QStringLiteral("KWD")), 1);
}

TEST(MoneyParse, refusesMoreDecimalsThanTheCurrencyHas)
{
    EXPECT_TRUE(refused(QStringLiteral("12.505"), QStringLiteral("EUR")));
    EXPECT_TRUE(refused(QStringLiteral("12.500"), QStringLiteral("EUR"))); // even a trailing zero
    EXPECT_TRUE(refused(QStringLiteral("12.5"), QStringLiteral("JPY")));
    EXPECT_TRUE(refused(QStringLiteral("12.0"), QStringLiteral("JPY")));
    EXPECT_TRUE(refused(QStringLiteral("1.2345"), QStringLiteral("KWD")));
    const auto message = Money::parse(u"12.505", QStringLiteral("EUR")).error().message;
    EXPECT_TRUE(message.contains(u"12.505")) << message.toStdString();
    EXPECT_TRUE(message.contains(u"EUR")) << message.toStdString();
}

TEST(MoneyParse, refusesNegativeUnlessAllowed)
{
    EXPECT_TRUE(refused(QStringLiteral("-1"), QStringLiteral("EUR")));
    EXPECT_TRUE(refused(QStringLiteral("-0.01"), QStringLiteral("EUR")));
    EXPECT_EQ(parsed(QStringLiteral("-1"), QStringLiteral("EUR"), Money::SignPolicy::AllowNegative), -100);
    EXPECT_EQ(parsed(QStringLiteral("-12.5"), QStringLiteral("EUR"), Money::SignPolicy::AllowNegative), -1250);
    EXPECT_EQ(parsed(QStringLiteral("-7"), QStringLiteral("JPY"), Money::SignPolicy::AllowNegative), -7);
    EXPECT_TRUE(refused(QStringLiteral("-"), QStringLiteral("EUR"), Money::SignPolicy::AllowNegative));
    EXPECT_TRUE(refused(QStringLiteral("--1"), QStringLiteral("EUR"), Money::SignPolicy::AllowNegative));
    EXPECT_TRUE(refused(QStringLiteral("+1"), QStringLiteral("EUR"), Money::SignPolicy::AllowNegative));
}

TEST(MoneyParse, refusesWhatIsNotALocaleFreeAmount)
{
    const QString eur = QStringLiteral("EUR");
    for (const char *text : {"1,00", "1,000.00", "", " ", ".", "1.2.3", "abc", "12a", "1e3", "1 000", "0x10", "12.-5",
                             "٣"}) // Arabic-Indic digit three: not an ASCII digit
        EXPECT_TRUE(refused(QString::fromUtf8(text), eur)) << text;
}

TEST(MoneyParse, refusesHugeAmountsAndUnknownCurrencies)
{
    // 15 whole digits are the most accepted: still far from the int64 limit even in CLF (4 decimals).
    EXPECT_EQ(parsed(QStringLiteral("999999999999999"), QStringLiteral("EUR")), 99999999999999900LL);
    EXPECT_EQ(parsed(QStringLiteral("999999999999999.999"), QStringLiteral("KWD")), 999999999999999999LL);
    EXPECT_TRUE(refused(QStringLiteral("1000000000000000"), QStringLiteral("EUR")));
    EXPECT_TRUE(refused(QStringLiteral("99999999999999999999999"), QStringLiteral("JPY")));
    EXPECT_TRUE(refused(QStringLiteral("12"), QStringLiteral("eur")));
    EXPECT_TRUE(refused(QStringLiteral("12"), QStringLiteral("EU")));
    EXPECT_TRUE(refused(QStringLiteral("12"), QString()));
}

TEST(MoneyParse, neverWrapsAroundInFourDecimalCurrencies)
{
    // 15 whole digits plus 4 decimals (CLF, UYW) is 19 digits: more than int64 holds. The amount must be
    // refused as too large, never turned into some other (negative) number.
    const auto money = Money::parse(u"999999999999999.9999", QStringLiteral("CLF"));
    if (money)
        ADD_FAILURE() << "accepted as " << money->minor() << " minor units";
    const auto limit = Money::parse(u"922337203685477.5807", QStringLiteral("CLF"));
    if (limit) {
        EXPECT_EQ(limit->minor(), std::numeric_limits<MinorUnits>::max());
    }
    const auto above = Money::parse(u"922337203685477.5808", QStringLiteral("CLF"));
    if (above)
        ADD_FAILURE() << "922337203685477.5808 CLF accepted as " << above->minor() << " minor units";
}

// --- formatting --------------------------------------------------------------------------------

TEST(MoneyFormat, usesTheCurrencysDecimalsWithoutLocale)
{
    EXPECT_EQ(Money(123456, QStringLiteral("EUR")).toDecimalString(), QStringLiteral("1234.56"));
    EXPECT_EQ(Money(1205, QStringLiteral("EUR")).toDecimalString(), QStringLiteral("12.05"));
    EXPECT_EQ(Money(5, QStringLiteral("EUR")).toDecimalString(), QStringLiteral("0.05"));
    EXPECT_EQ(Money(0, QStringLiteral("EUR")).toDecimalString(), QStringLiteral("0.00"));
    EXPECT_EQ(Money(-500, QStringLiteral("EUR")).toDecimalString(), QStringLiteral("-5.00"));
    EXPECT_EQ(Money(-5, QStringLiteral("EUR")).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(1234, QStringLiteral("JPY")).toDecimalString(), QStringLiteral("1234"));
    EXPECT_EQ(Money(-1234, QStringLiteral("JPY")).toDecimalString(), QStringLiteral("-1234"));
    EXPECT_EQ(Money(1234, QStringLiteral("KWD")).toDecimalString(), QStringLiteral("1.234"));
    EXPECT_EQ(Money(5, QStringLiteral("KWD")).toDecimalString(), QStringLiteral("0.005"));
    EXPECT_EQ(Money(1234567, QStringLiteral("KWD")).toDecimalString(), QStringLiteral("1234.567"));
    EXPECT_EQ(formatMinorUnits(std::numeric_limits<MinorUnits>::min(), 2), QStringLiteral("-92233720368547758.08"));
    EXPECT_EQ(formatMinorUnits(std::numeric_limits<MinorUnits>::max(), 0), QStringLiteral("9223372036854775807"));
}

TEST(MoneyFormat, parseOfTheFormattedTextGivesTheSameAmount)
{
    std::mt19937_64 random(20260630);
    std::uniform_int_distribution<MinorUnits> amount(-99999999999999LL, 99999999999999LL);
    for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("KWD")}) {
        for (int i = 0; i < 2000; ++i) {
            const Money money(amount(random), currency);
            const auto back = Money::parse(money.toDecimalString(), currency, Money::SignPolicy::AllowNegative);
            ASSERT_TRUE(back) << money.toDecimalString().toStdString();
            ASSERT_EQ(*back, money) << money.toDecimalString().toStdString();
        }
    }
}

// --- arithmetic --------------------------------------------------------------------------------

TEST(MoneyArithmetic, addsAndSubtractsInOneCurrency)
{
    const Money a(1050, QStringLiteral("EUR"));
    const Money b(-250, QStringLiteral("EUR"));
    EXPECT_EQ(a.add(b).value(), Money(800, QStringLiteral("EUR")));
    EXPECT_EQ(a.subtract(b).value(), Money(1300, QStringLiteral("EUR")));
    EXPECT_EQ(a.negated(), Money(-1050, QStringLiteral("EUR")));
    EXPECT_TRUE(Money(0, QStringLiteral("EUR")).isZero());
    EXPECT_TRUE(b.isNegative());
}

TEST(MoneyArithmetic, refusesMixedCurrencies)
{
    const Money eur(100, QStringLiteral("EUR"));
    const Money usd(100, QStringLiteral("USD"));
    const auto sum = eur.add(usd);
    ASSERT_FALSE(sum);
    EXPECT_EQ(sum.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(sum.error().message.contains(u"USD"));
    EXPECT_TRUE(sum.error().message.contains(u"EUR"));
    EXPECT_FALSE(eur.subtract(usd));
    // Even zero of another currency is refused: the rule is about currencies, not amounts.
    EXPECT_FALSE(eur.add(Money(0, QStringLiteral("JPY"))));
    EXPECT_FALSE(eur.add(Money(0, QString())));
}

TEST(MoneyArithmetic, refusesOverflow)
{
    const Money big(std::numeric_limits<MinorUnits>::max(), QStringLiteral("JPY"));
    EXPECT_FALSE(big.add(Money(1, QStringLiteral("JPY"))));
    const Money small(std::numeric_limits<MinorUnits>::min(), QStringLiteral("JPY"));
    EXPECT_FALSE(small.subtract(Money(1, QStringLiteral("JPY"))));
}

TEST(MoneyRounding, roundedDivideRoundsHalfAwayFromZero)
{
    EXPECT_EQ(roundedDivide(5, 2), 3);    // 2.5
    EXPECT_EQ(roundedDivide(-5, 2), -3);  // -2.5
    EXPECT_EQ(roundedDivide(5, -2), -3);  // -2.5
    EXPECT_EQ(roundedDivide(-5, -2), 3);  // 2.5
    EXPECT_EQ(roundedDivide(15, 2), 8);   // 7.5
    EXPECT_EQ(roundedDivide(-15, 2), -8); // -7.5
    EXPECT_EQ(roundedDivide(7, 3), 2);    // 2.33
    EXPECT_EQ(roundedDivide(8, 3), 3);    // 2.67
    EXPECT_EQ(roundedDivide(-7, 3), -2);
    EXPECT_EQ(roundedDivide(-8, 3), -3);
    EXPECT_EQ(roundedDivide(1, 3), 0);
    EXPECT_EQ(roundedDivide(-1, 3), 0);
    EXPECT_EQ(roundedDivide(12, 4), 3); // exact
    EXPECT_EQ(roundedDivide(-12, 4), -3);
    EXPECT_EQ(roundedDivide(0, 7), 0);
    EXPECT_EQ(roundedDivide(249, 100), 2);
    EXPECT_EQ(roundedDivide(250, 100), 3);
    EXPECT_EQ(roundedDivide(-250, 100), -3);
    EXPECT_EQ(roundedDivide(-249, 100), -2);
    // A numerator beyond int64 (an amount times a rate) still divides exactly.
    const WideInt wide = static_cast<WideInt>(std::numeric_limits<MinorUnits>::max()) * 10 + 4;
    EXPECT_EQ(roundedDivide(wide, 10), std::numeric_limits<MinorUnits>::max()); // ...7.4 rounds down
    EXPECT_EQ(roundedDivide(-wide, 10), -std::numeric_limits<MinorUnits>::max());
}

TEST(MoneyRounding, scaledUsesTheSameRule)
{
    EXPECT_EQ(Money(101, QStringLiteral("EUR")).scaled(1, 2), Money(51, QStringLiteral("EUR")));   // 50.5
    EXPECT_EQ(Money(-101, QStringLiteral("EUR")).scaled(1, 2), Money(-51, QStringLiteral("EUR"))); // -50.5
    EXPECT_EQ(Money(100000, QStringLiteral("EUR")).scaled(2, 100), Money(2000, QStringLiteral("EUR")));
    EXPECT_EQ(Money(333, QStringLiteral("JPY")).scaled(1, 2), Money(167, QStringLiteral("JPY"))); // 166.5
    EXPECT_EQ(Money(1000, QStringLiteral("EUR")).scaled(1, 3), Money(333, QStringLiteral("EUR")));
    EXPECT_EQ(Money(2000, QStringLiteral("EUR")).scaled(1, 3), Money(667, QStringLiteral("EUR")));
}

// --- aging buckets --------------------------------------------------------------------------------

TEST(AgingBuckets, defaultLabels)
{
    const AgingBuckets buckets;
    EXPECT_EQ(buckets.edges(), (std::vector<int>{30, 60, 90}));
    EXPECT_EQ(buckets.bucketCount(), 5);
    EXPECT_EQ(buckets.labels(), (QStringList{QStringLiteral("current"), QStringLiteral("1-30"), QStringLiteral("31-60"),
                                             QStringLiteral("61-90"), QStringLiteral("91+")}));
}

TEST(AgingBuckets, configuredEdgesGiveTheirLabels)
{
    const auto buckets = AgingBuckets::parse(u"30,60,90,120");
    ASSERT_TRUE(buckets) << buckets.error().message.toStdString();
    EXPECT_EQ(buckets->bucketCount(), 6);
    EXPECT_EQ(buckets->labels(),
              (QStringList{QStringLiteral("current"), QStringLiteral("1-30"), QStringLiteral("31-60"),
                           QStringLiteral("61-90"), QStringLiteral("91-120"), QStringLiteral("121+")}));
    const auto spaced = AgingBuckets::parse(u" 15 , 45 ");
    ASSERT_TRUE(spaced);
    EXPECT_EQ(spaced->labels(), (QStringList{QStringLiteral("current"), QStringLiteral("1-15"),
                                             QStringLiteral("16-45"), QStringLiteral("46+")}));
    const auto one = AgingBuckets::parse(u"1");
    ASSERT_TRUE(one);
    EXPECT_EQ(one->labels(), (QStringList{QStringLiteral("current"), QStringLiteral("1-1"), QStringLiteral("2+")}));
}

TEST(AgingBuckets, refusesBadEdges)
{
    for (const char *text : {"60,30", "30,30", "30,60,60", "0", "0,30", "-30,30", "abc", "30,x", "30,,60", "", "30.5",
                             "30;60", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21"}) {
        const auto buckets = AgingBuckets::parse(QString::fromUtf8(text));
        EXPECT_FALSE(buckets) << "'" << text << "' was accepted";
        if (!buckets) {
            EXPECT_EQ(buckets.error().code, ErrorCode::InvalidArgument);
            EXPECT_FALSE(buckets.error().message.isEmpty());
        }
    }
    EXPECT_FALSE(AgingBuckets::fromEdges({}));
    EXPECT_FALSE(AgingBuckets::fromEdges({30, 20}));
    EXPECT_TRUE(AgingBuckets::fromEdges({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}));
}

TEST(AgingBuckets, bucketForAtTheEdges)
{
    const AgingBuckets buckets;
    EXPECT_EQ(buckets.bucketFor(-400), 0);
    EXPECT_EQ(buckets.bucketFor(-1), 0);
    EXPECT_EQ(buckets.bucketFor(0), 0);  // due today: current
    EXPECT_EQ(buckets.bucketFor(1), 1);  // 1-30
    EXPECT_EQ(buckets.bucketFor(30), 1); // 1-30
    EXPECT_EQ(buckets.bucketFor(31), 2); // 31-60
    EXPECT_EQ(buckets.bucketFor(60), 2);
    EXPECT_EQ(buckets.bucketFor(61), 3);
    EXPECT_EQ(buckets.bucketFor(90), 3); // 61-90
    EXPECT_EQ(buckets.bucketFor(91), 4); // 91+
    EXPECT_EQ(buckets.bucketFor(100000), 4);
    EXPECT_EQ(buckets.label(buckets.bucketFor(0)), QStringLiteral("current"));
    EXPECT_EQ(buckets.label(buckets.bucketFor(30)), QStringLiteral("1-30"));
    EXPECT_EQ(buckets.label(buckets.bucketFor(31)), QStringLiteral("31-60"));
    EXPECT_EQ(buckets.label(buckets.bucketFor(90)), QStringLiteral("61-90"));
    EXPECT_EQ(buckets.label(buckets.bucketFor(91)), QStringLiteral("91+"));

    const auto wide = AgingBuckets::parse(u"30,60,90,120").value();
    EXPECT_EQ(wide.bucketFor(90), 3);
    EXPECT_EQ(wide.bucketFor(91), 4);
    EXPECT_EQ(wide.bucketFor(120), 4);
    EXPECT_EQ(wide.bucketFor(121), 5);
    EXPECT_EQ(wide.label(wide.bucketFor(121)), QStringLiteral("121+"));
}

TEST(AgingBuckets, everyDayFallsInTheBucketItsLabelNames)
{
    const auto buckets = AgingBuckets::parse(u"7,30,45,90,180").value();
    for (int days = -10; days <= 400; ++days) {
        const QString label = buckets.label(buckets.bucketFor(days));
        if (days <= 0) {
            EXPECT_EQ(label, QStringLiteral("current"));
        } else if (label.endsWith(u'+')) {
            EXPECT_GE(days, label.chopped(1).toInt()) << days;
        } else {
            const QStringList range = label.split(u'-');
            ASSERT_EQ(range.size(), 2) << label.toStdString();
            EXPECT_GE(days, range[0].toInt()) << days;
            EXPECT_LE(days, range[1].toInt()) << days;
        }
    }
}

TEST(AgingDays, daysPastDueByDueDateAndByInvoiceDate)
{
    const QDate issue(2026, 1, 15);
    const QDate due(2026, 2, 14);
    EXPECT_EQ(daysPastDue(QDate(2026, 2, 14), due, issue, AgingBasis::DueDate), 0);
    EXPECT_EQ(daysPastDue(QDate(2026, 2, 15), due, issue, AgingBasis::DueDate), 1);
    EXPECT_EQ(daysPastDue(QDate(2026, 2, 1), due, issue, AgingBasis::DueDate), -13);
    EXPECT_EQ(daysPastDue(QDate(2026, 5, 15), due, issue, AgingBasis::DueDate), 90);
    EXPECT_EQ(daysPastDue(QDate(2026, 5, 16), due, issue, AgingBasis::DueDate), 91);
    EXPECT_EQ(daysPastDue(QDate(2026, 1, 15), due, issue, AgingBasis::InvoiceDate), 0);
    EXPECT_EQ(daysPastDue(QDate(2026, 2, 14), due, issue, AgingBasis::InvoiceDate), 30);
    EXPECT_EQ(daysPastDue(QDate(2026, 2, 15), due, issue, AgingBasis::InvoiceDate), 31);
    // Across a leap day.
    EXPECT_EQ(daysPastDue(QDate(2028, 3, 1), QDate(2028, 2, 1), QDate(2028, 1, 1), AgingBasis::DueDate), 29);
}

TEST(AgingDays, basisKeys)
{
    EXPECT_EQ(agingBasisKey(AgingBasis::DueDate), QStringLiteral("due"));
    EXPECT_EQ(agingBasisKey(AgingBasis::InvoiceDate), QStringLiteral("invoice"));
    EXPECT_EQ(agingBasisFromKey(u"due"), AgingBasis::DueDate);
    EXPECT_EQ(agingBasisFromKey(u"invoice"), AgingBasis::InvoiceDate);
    EXPECT_EQ(agingBasisFromKey(u"Due"), std::nullopt);
    EXPECT_EQ(agingBasisFromKey(u""), std::nullopt);
}

TEST(AgingLine, totalIsTheSumOfTheBucketsAndBalanceSubtractsUnapplied)
{
    AgingLine line;
    line.currency = QStringLiteral("EUR");
    line.buckets = {100, 200, 0, 300, 400};
    line.disputed = 150; // shown apart, not added
    line.unappliedCash = 70;
    line.unappliedCredits = 30;
    EXPECT_EQ(line.total(), 1000);
    EXPECT_EQ(line.balance(), 900);
}

// --- allocation order --------------------------------------------------------------------------------

TEST(AllocationOrder, oldestDueFirstThenIssueDateThenNumberThenId)
{
    const QDate d1(2026, 1, 31), d2(2026, 2, 28);
    std::vector<OpenItem> items{
        item(1, QStringLiteral("B"), QDate(2026, 1, 10), d2, 100), // later due
        item(2, QStringLiteral("C"), QDate(2026, 1, 5), d1, 100),  // same due as 3, 4, 5; later issue than 5
        item(3, QStringLiteral("B"), QDate(2026, 1, 1), d1, 100),  // same due and issue as 4 and 5: by number
        item(4, QStringLiteral("A"), QDate(2026, 1, 1), d1, 100),
        item(5, QStringLiteral("A"), QDate(2026, 1, 1), d1, 100), // same number as 4 (other book data): by id
        item(6, QStringLiteral("Z"), QDate(2025, 12, 1), QDate(2026, 1, 1), 100), // oldest due
    };
    sortOldestDueFirst(items);
    EXPECT_EQ(idsOf(items), (std::vector<Id>{6, 4, 5, 3, 2, 1}));

    // The order is total: any permutation sorts to the same sequence.
    std::mt19937 random(7);
    for (int i = 0; i < 50; ++i) {
        std::shuffle(items.begin(), items.end(), random);
        sortOldestDueFirst(items);
        EXPECT_EQ(idsOf(items), (std::vector<Id>{6, 4, 5, 3, 2, 1}));
    }
}

TEST(AllocationOrder, numbersCompareAsTextNotAsNumbers)
{
    // Documented behaviour: the number tie-break is a plain text comparison, so INV-10 comes before INV-9.
    std::vector<OpenItem> items{
        item(1, QStringLiteral("INV-9"), QDate(2026, 1, 1), QDate(2026, 1, 31), 100),
        item(2, QStringLiteral("INV-10"), QDate(2026, 1, 1), QDate(2026, 1, 31), 100),
    };
    sortOldestDueFirst(items);
    EXPECT_EQ(idsOf(items), (std::vector<Id>{2, 1}));
}

TEST(Allocation, oldestDueFirstSplitsAndLeavesTheRestUnapplied)
{
    std::vector<OpenItem> items{
        item(1, QStringLiteral("I1"), QDate(2026, 1, 1), QDate(2026, 3, 1), 50000),
        item(2, QStringLiteral("I2"), QDate(2026, 1, 1), QDate(2026, 1, 31), 30000),
        item(3, QStringLiteral("I3"), QDate(2026, 1, 1), QDate(2026, 2, 28), 0), // closed: skipped
    };
    const AllocationPlan split = allocateOldestDueFirst(60000, items);
    ASSERT_EQ(split.lines.size(), 2u);
    EXPECT_EQ(split.lines[0].invoiceId, 2);
    EXPECT_EQ(split.lines[0].amount, 30000);
    EXPECT_EQ(split.lines[1].invoiceId, 1);
    EXPECT_EQ(split.lines[1].amount, 30000);
    EXPECT_EQ(split.applied, 60000);
    EXPECT_EQ(split.unapplied, 0);

    const AllocationPlan over = allocateOldestDueFirst(100000, items);
    ASSERT_EQ(over.lines.size(), 2u);
    EXPECT_EQ(over.applied, 80000);
    EXPECT_EQ(over.unapplied, 20000);

    const AllocationPlan exact = allocateOldestDueFirst(30000, items);
    ASSERT_EQ(exact.lines.size(), 1u);
    EXPECT_EQ(exact.lines[0].invoiceId, 2);
    EXPECT_EQ(exact.unapplied, 0);

    const AllocationPlan nothingOpen = allocateOldestDueFirst(500, {});
    EXPECT_TRUE(nothingOpen.lines.empty());
    EXPECT_EQ(nothingOpen.unapplied, 500);

    const AllocationPlan negative = allocateOldestDueFirst(-500, items);
    EXPECT_TRUE(negative.lines.empty());
    EXPECT_EQ(negative.applied, 0);
    EXPECT_EQ(negative.unapplied, 0);
}

TEST(Allocation, allocateInOrderKeepsTheGivenOrder)
{
    const std::vector<OpenItem> items{
        item(1, QStringLiteral("I1"), QDate(2026, 1, 1), QDate(2026, 3, 1), 100),
        item(2, QStringLiteral("I2"), QDate(2026, 1, 1), QDate(2026, 1, 31), 100),
    };
    const AllocationPlan plan = allocateInOrder(150, items);
    ASSERT_EQ(plan.lines.size(), 2u);
    EXPECT_EQ(plan.lines[0].invoiceId, 1);
    EXPECT_EQ(plan.lines[0].amount, 100);
    EXPECT_EQ(plan.lines[1].invoiceId, 2);
    EXPECT_EQ(plan.lines[1].amount, 50);
}

TEST(Allocation, randomPlansConserveTheAmount)
{
    std::mt19937 random(424242);
    std::uniform_int_distribution<int> count(0, 8);
    std::uniform_int_distribution<MinorUnits> open(0, 10000);
    std::uniform_int_distribution<int> day(0, 60);
    for (int round = 0; round < 500; ++round) {
        std::vector<OpenItem> items;
        const int n = count(random);
        MinorUnits totalOpen = 0;
        for (int i = 0; i < n; ++i) {
            const QDate issue = QDate(2026, 1, 1).addDays(day(random));
            items.push_back(item(i + 1, QStringLiteral("N%1").arg(i), issue, issue.addDays(day(random)), open(random)));
            totalOpen += items.back().open;
        }
        const MinorUnits amount = open(random) * 3;
        const AllocationPlan plan = allocateOldestDueFirst(amount, items);
        MinorUnits sum = 0;
        for (const AllocationLine &line : plan.lines) {
            EXPECT_GT(line.amount, 0);
            sum += line.amount;
        }
        EXPECT_EQ(sum, plan.applied);
        EXPECT_EQ(plan.applied + plan.unapplied, amount);
        EXPECT_EQ(plan.applied, std::min(amount, totalOpen));
        EXPECT_GE(plan.unapplied, 0);
        // Only the last line may leave its item partly open.
        std::vector<OpenItem> sorted = items;
        sortOldestDueFirst(sorted);
        for (std::size_t i = 0; i + 1 < plan.lines.size(); ++i) {
            const auto it = std::find_if(sorted.begin(), sorted.end(),
                                         [&](const OpenItem &o) { return o.invoiceId == plan.lines[i].invoiceId; });
            ASSERT_NE(it, sorted.end());
            EXPECT_EQ(plan.lines[i].amount, it->open);
        }
    }
}

// The one locale formatter of money (domain/money_format.h) behind the GUI and the documents.
TEST(LocaleAmount, groupsAndDecimalsFollowTheLocaleAndTheCurrency)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(ardesk::localeAmount(123456, QStringLiteral("EUR"), english), QStringLiteral("1,234.56"));
    EXPECT_EQ(ardesk::localeAmount(123456, QStringLiteral("EUR"), german), QStringLiteral("1.234,56"));
    EXPECT_EQ(ardesk::localeAmount(-5, QStringLiteral("EUR"), english), QStringLiteral("-0.05"));
    EXPECT_EQ(ardesk::localeAmount(123456, QStringLiteral("JPY"), english), QStringLiteral("123,456"));
    EXPECT_EQ(ardesk::localeAmount(1000000, QStringLiteral("BHD"), german), QStringLiteral("1.000,000"));
    EXPECT_EQ(ardesk::localeAmount(std::numeric_limits<ardesk::MinorUnits>::min(), QStringLiteral("EUR"), english),
              QStringLiteral("-92,233,720,368,547,758.08"));
}

// Percentages (domain/money_format.h): Czech, French, German and Swedish write a space
// before the sign, and it is a no-break space so that "1,00 %" never wraps between the
// number and the sign; English writes none.
TEST(LocalePercent, aSpaceBeforeThePercentSignIsANoBreakSpace)
{
    const QString nbsp(QChar(0x00A0));
    const QLocale czech(QLocale::Czech, QLocale::CzechRepublic);
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(ardesk::localePercent(100, czech), QStringLiteral("1,00") + nbsp + u'%');
    EXPECT_EQ(ardesk::localePercent(1015, french), QStringLiteral("10,15") + nbsp + u'%');
    EXPECT_EQ(ardesk::localePercent(250, german), QStringLiteral("2,50") + nbsp + u'%');
    EXPECT_EQ(ardesk::localePercent(-50, swedish).right(2), nbsp + u'%');
    EXPECT_EQ(ardesk::localePercent(1015, english), QStringLiteral("10.15%"));
    EXPECT_EQ(ardesk::withPercentSign(QStringLiteral("45,0"), czech), QStringLiteral("45,0") + nbsp + u'%');
    EXPECT_EQ(ardesk::withPercentSign(QStringLiteral("45.0"), english), QStringLiteral("45.0%"));
    for (const QLocale &locale : {czech, french, german, swedish, english})
        EXPECT_FALSE(ardesk::localePercent(100, locale).contains(u' ')) << locale.name().toStdString();
}
