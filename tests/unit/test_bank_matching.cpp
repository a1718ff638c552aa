// Matching of bank credits against an in-memory book: invoice numbers in tricky remittance
// text (several numbers, spaces, prefixes, leading zeros), RF references, the customer by
// account or name, amounts equal to one item or a combination, and a reference that
// belongs to another customer than the account's (a suggestion with a warning).

#include "domain/bank_matching.h"

#include <gtest/gtest.h>

#include <QHash>

using namespace ardesk;

namespace {

class MemoryBook {
public:
    MemoryBook()
    {
        customers = {{1, QStringLiteral("C1"), QStringLiteral("Müller Maschinenbau GmbH"), QStringLiteral("EUR")},
                     {2, QStringLiteral("C2"), QStringLiteral("Svensson AB"), QStringLiteral("EUR")},
                     {3, QStringLiteral("C3"), QStringLiteral("Novák s.r.o."), QStringLiteral("EUR")}};
        add(11, QStringLiteral("INV-1001"), 1, 10000, 1);
        add(12, QStringLiteral("INV-1002"), 1, 25000, 2);
        add(13, QStringLiteral("INV-1003"), 1, 5000, 3);
        add(14, QStringLiteral("INV-1004"), 1, 7000, 4);
        add(21, QStringLiteral("INV-2001"), 2, 30000, 1);
        add(22, QStringLiteral("INV-2002"), 2, 0, 2); // paid
        add(31, QStringLiteral("2024/0042"), 3, 4200, 1);
    }
    void add(Id id, QString number, Id customer, MinorUnits open, int day)
    {
        invoices.push_back({id, std::move(number), customer, QStringLiteral("EUR"), QDate(2026, 1, day),
                            QDate(2026, 2, day), open});
    }
    BankMatchBook book()
    {
        BankMatchBook b;
        b.invoicesByKey = [this](const QString &key) {
            std::vector<MatchInvoice> out;
            for (const MatchInvoice &i : invoices)
                if (invoiceNumberKey(i.number) == key)
                    out.push_back(i);
            return out;
        };
        b.customerByAccount = [this](const QString &account) -> std::optional<AccountOwner> {
            if (accounts.contains(account))
                return accounts.value(account);
            return std::nullopt;
        };
        b.customersByNameKey = [this](const QString &key) {
            std::vector<MatchCustomer> out;
            for (const MatchCustomer &c : customers)
                if (nameKey(c.name) == key)
                    out.push_back(c);
            return out;
        };
        b.customer = [this](Id id) -> std::optional<MatchCustomer> {
            for (const MatchCustomer &c : customers)
                if (c.id == id)
                    return c;
            return std::nullopt;
        };
        b.openItems = [this](Id customer, const QString &currency) {
            std::vector<MatchInvoice> out;
            for (const MatchInvoice &i : invoices)
                if (i.customerId == customer && i.currency == currency && i.open > 0)
                    out.push_back(i);
            return out;
        };
        b.openItemsOfAmount = [this](MinorUnits amount, const QString &currency, int limit) {
            std::vector<MatchInvoice> out;
            for (const MatchInvoice &i : invoices)
                if (i.open == amount && i.currency == currency && int(out.size()) < limit)
                    out.push_back(i);
            return out;
        };
        return b;
    }
    std::vector<MatchCustomer> customers;
    std::vector<MatchInvoice> invoices;
    QHash<QString, AccountOwner> accounts;
};

BankEntry credit(MinorUnits amount, QString remittance, QString account = {}, QString name = {})
{
    BankEntry e;
    e.entryRef = QStringLiteral("R");
    e.bookingDate = QDate(2026, 3, 1);
    e.amount = Money(amount, QStringLiteral("EUR"));
    e.remittance = std::move(remittance);
    e.debtorAccount = std::move(account);
    e.debtorName = std::move(name);
    return e;
}

std::string explain(const EntryMatch &m)
{
    std::string s = matchClassKey(m.matchClass).toStdString() + "\n";
    for (const MatchCandidate &c : m.candidates)
        s += std::to_string(c.confidence) + " " + c.customerCode.toStdString() + " [" +
             c.invoiceNumbers.join(u',').toStdString() + "] " + c.reason.toStdString() + " !" +
             c.warning.toStdString() + "\n";
    return s;
}

} // namespace

TEST(InvoiceNumberKey, dropsPrefixesSeparatorsAndLeadingZeros)
{
    EXPECT_EQ(invoiceNumberKey(u"INV-1001"), QStringLiteral("1001"));
    EXPECT_EQ(invoiceNumberKey(u"inv 0001001"), QStringLiteral("1001"));
    EXPECT_EQ(invoiceNumberKey(u"Rechnung Nr. 1001"), QStringLiteral("1001"));
    EXPECT_EQ(invoiceNumberKey(u"faktura 1001"), QStringLiteral("1001"));
    EXPECT_EQ(invoiceNumberKey(u"2024/0042"), QStringLiteral("20240042"));
    EXPECT_EQ(invoiceNumberKey(u"INVENTORY"), QStringLiteral("INVENTORY"));
    EXPECT_EQ(invoiceNumberKey(u"A-17"), QStringLiteral("A17"));
}

TEST(NameKey, ignoresCompanySuffixesCaseAndAccents)
{
    EXPECT_EQ(nameKey(u"Müller Maschinenbau GmbH"), nameKey(u"MULLER MASCHINENBAU"));
    EXPECT_EQ(nameKey(u"Novák s.r.o."), QStringLiteral("novak"));
    EXPECT_EQ(nameKey(u"Svensson AB"), nameKey(u"svensson"));
    EXPECT_EQ(nameKey(u"Dupont SARL"), QStringLiteral("dupont"));
}

TEST(BankMatching, severalInvoiceNumbersWithPrefixesAndSpacesSplitThePayment)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(35000, QStringLiteral("Rechnung INV 1001 und 0001002")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Matched) << explain(r);
    const MatchCandidate &c = r.candidates.front();
    EXPECT_EQ(c.customerCode, QStringLiteral("C1"));
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_EQ(c.lines[0].invoiceId, 11);
    EXPECT_EQ(c.lines[0].amount, 10000);
    EXPECT_EQ(c.lines[1].invoiceId, 12);
    EXPECT_EQ(c.lines[1].amount, 25000);
    EXPECT_EQ(c.unapplied, 0);
    EXPECT_GE(c.confidence, 90);
    EXPECT_FALSE(c.reason.isEmpty());
}

TEST(BankMatching, numberSplitBySpacesAndSlashIsFound)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(4200, QStringLiteral("Faktura č. 2024 0042, díky")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Matched) << explain(r);
    EXPECT_EQ(r.candidates.front().lines.front().invoiceId, 31);
}

TEST(BankMatching, shortPaymentIsOnlySuggested)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(9000, QStringLiteral("INV-1001")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
    EXPECT_EQ(r.candidates.front().lines.front().amount, 9000);
    EXPECT_TRUE(r.candidates.front().reason.contains(QStringLiteral("short payment")));
}

TEST(BankMatching, overpaymentLeavesTheRestUnapplied)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(12000, QStringLiteral("INV-1001")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
    EXPECT_EQ(r.candidates.front().lines.front().amount, 10000);
    EXPECT_EQ(r.candidates.front().unapplied, 2000);
}

TEST(BankMatching, structuredRfReferenceFindsTheInvoice)
{
    MemoryBook m;
    BankEntry e = credit(30000, {});
    e.creditorReference = makeCreditorReference(u"INV2001");
    const EntryMatch r = matchEntry(e, m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Matched) << explain(r);
    EXPECT_EQ(r.candidates.front().lines.front().invoiceId, 21);
    EXPECT_GE(r.candidates.front().confidence, 97);
}

TEST(BankMatching, rfReferenceInTheTextWithSpacesIsFound)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(30000, QStringLiteral("Ref RF69 INV2 001 thanks")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Matched) << explain(r);
    EXPECT_EQ(r.candidates.front().lines.front().invoiceId, 21);
}

TEST(BankMatching, rfReferenceWithWrongCheckDigitIsIgnoredAndSaid)
{
    MemoryBook m;
    BankEntry e = credit(30000, {});
    e.creditorReference = QStringLiteral("RF70INV2001");
    const EntryMatch r = matchEntry(e, m.book());
    // Only the amount links it then: a weak suggestion that says why.
    ASSERT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
    EXPECT_LT(r.candidates.front().confidence, 50);
}

TEST(BankMatching, referenceOfAnotherCustomerThanTheAccountsIsAWarnedSuggestion)
{
    MemoryBook m;
    m.accounts.insert(QStringLiteral("DE89370400440532013000"), {1, AccountSource::Registered});
    const EntryMatch r =
            matchEntry(credit(30000, QStringLiteral("INV-2001"), QStringLiteral("DE89370400440532013000")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
    bool warned = false;
    for (const MatchCandidate &c : r.candidates)
        if (c.customerCode == u"C2") {
            warned = !c.warning.isEmpty();
            EXPECT_LE(c.confidence, 60);
        }
    EXPECT_TRUE(warned) << explain(r);
}

TEST(BankMatching, registeredAccountAndExactAmountIsMatched)
{
    MemoryBook m;
    m.accounts.insert(QStringLiteral("ACC1"), {1, AccountSource::Registered});
    const EntryMatch r = matchEntry(credit(5000, QStringLiteral("Danke"), QStringLiteral("ACC1")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Matched) << explain(r);
    EXPECT_EQ(r.candidates.front().lines.front().invoiceId, 13);
}

TEST(BankMatching, accountAndCombinationOfOpenItems)
{
    MemoryBook m;
    m.accounts.insert(QStringLiteral("ACC1"), {1, AccountSource::Registered});
    // 250.00 + 70.00 = 320.00 (INV-1002 + INV-1004); no single item is 320.
    const EntryMatch r = matchEntry(credit(32000, QStringLiteral("payment"), QStringLiteral("ACC1")), m.book());
    ASSERT_FALSE(r.candidates.empty()) << explain(r);
    QStringList numbers = r.candidates.front().invoiceNumbers;
    numbers.sort();
    EXPECT_EQ(numbers, (QStringList{QStringLiteral("INV-1002"), QStringLiteral("INV-1004")})) << explain(r);
}

TEST(BankMatching, previousPaymentAccountOnlySuggests)
{
    MemoryBook m;
    m.accounts.insert(QStringLiteral("ACC9"), {1, AccountSource::PreviousPayment});
    const EntryMatch r = matchEntry(credit(5000, QStringLiteral("x"), QStringLiteral("ACC9")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
    EXPECT_EQ(r.candidates.front().customerCode, QStringLiteral("C1"));
}

TEST(BankMatching, customerByNameWithoutAmountMatchBecomesUnappliedSuggestion)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(99, QStringLiteral("x"), {}, QStringLiteral("NOVAK SRO")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
    EXPECT_EQ(r.candidates.front().customerCode, QStringLiteral("C3"));
    EXPECT_TRUE(r.candidates.front().lines.empty());
    EXPECT_EQ(r.candidates.front().unapplied, 99);
}

TEST(BankMatching, alreadyPaidInvoiceIsWarned)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(1000, QStringLiteral("INV-2002")), m.book());
    ASSERT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
    EXPECT_FALSE(r.candidates.front().warning.isEmpty());
}

TEST(BankMatching, nothingKnownIsUnmatchedAndDebitsAreNotMatched)
{
    MemoryBook m;
    EXPECT_EQ(matchEntry(credit(1234, QStringLiteral("Spende 12 03")), m.book()).matchClass, MatchClass::Unmatched);
    BankEntry debit = credit(5000, QStringLiteral("INV-1003"));
    debit.direction = CreditDebit::Debit;
    EXPECT_TRUE(matchEntry(debit, m.book()).candidates.empty());
}

TEST(BankMatching, invoicesOfSeveralCustomersAreNeverMatched)
{
    MemoryBook m;
    const EntryMatch r = matchEntry(credit(40000, QStringLiteral("INV-1001 INV-2001")), m.book());
    EXPECT_EQ(r.matchClass, MatchClass::Suggested) << explain(r);
}

TEST(SubsetSum, findsBoundedCombinations)
{
    const auto found = findSubsetsWithSum({100, 200, 300, 400}, 700, 6, 5);
    ASSERT_EQ(found.size(), 2u); // 100+200+400, 300+400
    EXPECT_TRUE(findSubsetsWithSum({100, 200}, 50, 6, 5).empty());
    EXPECT_TRUE(findSubsetsWithSum({1, 1, 1, 1, 1, 1, 1}, 7, 6, 5).empty()); // needs 7 items
    std::vector<MinorUnits> many(200, 3);
    EXPECT_LE(findSubsetsWithSum(many, 1000, 6, 2).size(), 2u); // bounded, returns
}
