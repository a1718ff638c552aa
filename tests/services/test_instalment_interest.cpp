// Issue 6, late-payment interest on an invoice with instalment terms (docs/credit-policy.md
// "Instalment terms", docs/interest.md): each part accrues interest on its own open amount
// from the day after its own due date (when posted, from the day after the last posting),
// each part rounded on its own; one listing line per invoice, late since its oldest open part;
// the recovery compensation once per invoice. Exact cents for 1,000.00 EUR by 30/60/90 issued
// 2026-01-01 (parts 333.33 due 31 Jan, 333.33 due 2 Mar, 333.34 due 1 Apr) at 3.50 %
// reference + 8 points = 11.5 %, actual/365. Books come from tests/support/test_book.h.

#include "services/book_service.h"
#include "services/credit_service.h"
#include "services/interest_posting_service.h"
#include "services/interest_service.h"
#include "services/ledger_service.h"
#include "storage/ledger_verifier.h"
#include "storage/posting_repository.h"
#include "support/test_book.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

class InstalmentInterest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("instalment-interest.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_session);
        ASSERT_TRUE(InterestService(*m_session).saveReferenceRate({QStringLiteral("EU"), QDate(2026, 1, 1), 35000}));
        CreditPolicy thirds;
        thirds.name = QStringLiteral("Thirds");
        thirds.termsDays = 30;
        thirds.instalmentTerms = QStringLiteral("30/60/90");
        thirds.postInterest = true;
        ASSERT_TRUE(CreditService(*m_session).savePolicy(thirds));
        customer(QStringLiteral("A"), QStringLiteral("Thirds"));
        customer(QStringLiteral("B")); // no policy: no parts
        m_a1 = invoice(QStringLiteral("A-1"), QStringLiteral("A"), 100000);
        m_b1 = invoice(QStringLiteral("B-1"), QStringLiteral("B"), 100000);
    }

    void customer(const QString &code, const QString &policy = {})
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        c.country = QStringLiteral("FR"); // the default rule: EU + 8 points, 40.00 EUR
        ASSERT_TRUE(m_ledger->addCustomer(c));
        if (!policy.isEmpty()) {
            ASSERT_TRUE(CreditService(*m_session).assignPolicy(code, policy));
        }
    }

    Id invoice(const QString &number, const QString &customerCode, MinorUnits amount,
               std::vector<InstalmentPart> parts = {}, QDate due = QDate(2026, 1, 31))
    {
        Invoice i;
        i.number = number;
        i.issueDate = QDate(2026, 1, 1);
        i.dueDate = due;
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customerCode, std::move(parts));
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    void pay(const QString &customerCode, QDate date, MinorUnits amount, Id invoiceId)
    {
        PaymentInput input;
        input.customerCode = customerCode;
        input.receivedDate = date;
        input.amount = amount;
        input.reference = QStringLiteral("P-%1-%2").arg(customerCode, date.toString(Qt::ISODate));
        input.apply = PaymentInput::Apply::Lines;
        input.lines = {{invoiceId, amount}};
        const auto posted = m_ledger->postPayment(input);
        ASSERT_TRUE(posted) << describe(posted.error());
    }

    std::optional<InterestLine> line(QDate asOf, const QString &number)
    {
        const auto lines = InterestService(*m_session).lateInterest(asOf);
        EXPECT_TRUE(lines) << describe(lines.error());
        if (lines)
            for (const InterestLine &l : *lines)
                if (l.invoiceNumber == number)
                    return l;
        return std::nullopt;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
    Id m_a1 = 0;
    Id m_b1 = 0;
};

TEST_F(InstalmentInterest, eachLatePartAccruesOnItsOwnFromItsOwnDueDate)
{
    // The day the first part falls due: nothing is late.
    EXPECT_FALSE(line(QDate(2026, 1, 31), QStringLiteral("A-1")));
    // One day on the first part: 333.33 x 11.5 % x 1 / 365 = 0.1050... -> 0.11.
    auto a1 = line(QDate(2026, 2, 1), QStringLiteral("A-1"));
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->interest, 11);
    EXPECT_EQ(a1->daysLate, 1);
    // As of 15 March: part 1, 43 days: 333.33 x 0.115 x 43 / 365 = 4.5159... -> 4.52;
    // part 2, 13 days: 333.33 x 0.115 x 13 / 365 = 1.3652... -> 1.37; part 3 not due.
    // 5.89, where the whole 1,000.00 for 43 days would be 13.55 (B-1 without parts).
    a1 = line(QDate(2026, 3, 15), QStringLiteral("A-1"));
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->interest, 452 + 137);
    EXPECT_EQ(a1->daysLate, 43); // since the oldest open part's due date
    EXPECT_EQ(a1->dueDate, QDate(2026, 1, 31));
    EXPECT_EQ(a1->open, 100000); // the invoice's open amount
    EXPECT_EQ(a1->compensation, 4000);
    EXPECT_EQ(a1->referenceRatePpm, 35000);
    const auto b1 = line(QDate(2026, 3, 15), QStringLiteral("B-1"));
    ASSERT_TRUE(b1);
    EXPECT_EQ(b1->interest, 1355);
    EXPECT_EQ(b1->daysLate, 43);
    // As of 15 May all three are late: 104 days on 333.33 -> 10.92, 74 days on 333.33 ->
    // 7.77, 44 days on 333.34 -> 4.62: 23.31; the compensation still once, 40.00.
    a1 = line(QDate(2026, 5, 15), QStringLiteral("A-1"));
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->interest, 1092 + 777 + 462);
    EXPECT_EQ(a1->daysLate, 104);
    EXPECT_EQ(a1->compensation, 4000);
}

TEST_F(InstalmentInterest, aPaymentFillsTheFirstPartAndTheLineIsLateSinceTheSecond)
{
    // 400.00 on 20 February fills part 1 and 66.67 of part 2: as of 15 March only 266.66 of
    // part 2 is late, 13 days: 266.66 x 0.115 x 13 / 365 = 1.0922... -> 1.09.
    pay(QStringLiteral("A"), QDate(2026, 2, 20), 40000, m_a1);
    const auto a1 = line(QDate(2026, 3, 15), QStringLiteral("A-1"));
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->interest, 109);
    EXPECT_EQ(a1->daysLate, 13);
    EXPECT_EQ(a1->dueDate, QDate(2026, 3, 2));
    EXPECT_EQ(a1->open, 60000);
    // On 1 March nothing open is late (part 2 falls due on 2 March): not listed.
    EXPECT_FALSE(line(QDate(2026, 3, 1), QStringLiteral("A-1")));
}

TEST_F(InstalmentInterest, theFirstPartCountsWhileTheInvoicesOwnDueDateIsAhead)
{
    // Explicit parts: 500.00 due 15 January and 500.00 due 31 March, the invoice due 31 March.
    customer(QStringLiteral("C"));
    invoice(QStringLiteral("C-1"), QStringLiteral("C"), 100000,
            {{1, QDate(2026, 1, 15), 50000}, {2, QDate(2026, 3, 31), 50000}}, QDate(2026, 3, 31));
    // As of 14 February: 30 days on 500.00: 500 x 0.115 x 30 / 365 = 4.726... -> 4.73.
    const auto c1 = line(QDate(2026, 2, 14), QStringLiteral("C-1"));
    ASSERT_TRUE(c1);
    EXPECT_EQ(c1->interest, 473);
    EXPECT_EQ(c1->daysLate, 30);
    EXPECT_EQ(c1->dueDate, QDate(2026, 1, 15));
    EXPECT_EQ(c1->compensation, 4000);
    // The listing is ordered by customer, then this due date.
    const auto lines = InterestService(*m_session).lateInterest(QDate(2026, 2, 14));
    ASSERT_TRUE(lines);
    ASSERT_EQ(lines->size(), 3u);
    EXPECT_EQ(lines->at(0).invoiceNumber, QStringLiteral("A-1"));
    EXPECT_EQ(lines->at(1).invoiceNumber, QStringLiteral("B-1"));
    EXPECT_EQ(lines->at(2).invoiceNumber, QStringLiteral("C-1"));
}

TEST_F(InstalmentInterest, postingChargesEachPartFromItsDueDateOrTheLastPostingAndTheCompensationOnce)
{
    const auto first = InterestPostingService(*m_session).post(QDate(2026, 3, 15));
    ASSERT_TRUE(first) << describe(first.error());
    ASSERT_EQ(first->lines.size(), 2u);
    EXPECT_EQ(first->lines[0].kind, InterestPostingKind::interest);
    EXPECT_EQ(first->lines[0].debitNoteNumber, QStringLiteral("INT-A-1-20260315"));
    EXPECT_EQ(first->lines[0].amount, 452 + 137);
    EXPECT_EQ(first->lines[0].base, 66666); // the late parts
    EXPECT_EQ(first->lines[0].fromDay, QDate(2026, 2, 1));
    EXPECT_EQ(first->lines[0].toDay, QDate(2026, 3, 15));
    EXPECT_EQ(first->lines[1].kind, InterestPostingKind::compensation);
    EXPECT_EQ(first->lines[1].amount, 4000);
    // Posted: nothing more shows for 15 March.
    auto a1 = line(QDate(2026, 3, 15), QStringLiteral("A-1"));
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->interest, 0);
    EXPECT_FALSE(a1->compensation);
    // As of 15 May: parts 1 and 2 from 16 March, 61 days each: 333.33 x 0.115 x 61 / 365 =
    // 6.406... -> 6.41 twice; part 3 from its own due date, 44 days: 4.62. 17.44, no
    // compensation again. The listing shows the same before it is posted.
    a1 = line(QDate(2026, 5, 15), QStringLiteral("A-1"));
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->interest, 641 + 641 + 462);
    EXPECT_EQ(a1->daysLate, 104);
    const auto second = InterestPostingService(*m_session).post(QDate(2026, 5, 15));
    ASSERT_TRUE(second) << describe(second.error());
    ASSERT_EQ(second->lines.size(), 1u);
    EXPECT_EQ(second->lines[0].amount, 641 + 641 + 462);
    EXPECT_EQ(second->lines[0].base, 100000);
    EXPECT_EQ(second->lines[0].fromDay, QDate(2026, 3, 16));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE kind = 'compensation'")), 1);
    // Again for the same date: nothing.
    const auto again = InterestPostingService(*m_session).post(QDate(2026, 5, 15));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->lines.empty());
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
}

} // namespace
