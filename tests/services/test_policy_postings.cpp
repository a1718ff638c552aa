// Issue 6, the credit-policy postings: the early-payment discount taken in the payment's own
// transaction, the credit limit and risk class kept for managers, and late-payment interest
// posted as debit notes (docs/credit-policy.md, docs/interest.md, docs/ledger.md). Books come
// from tests/support/test_book.h, so these run on PostgreSQL too.

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/credit_service.h"
#include "services/import_service.h"
#include "services/interest_posting_service.h"
#include "services/interest_service.h"
#include "services/ledger_service.h"
#include "storage/ledger_verifier.h"
#include "storage/policy_repository.h"

#include "support/test_book.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <memory>

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

class PostingBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("postings.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_admin = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_admin);
        UserService users(*m_admin);
        for (const auto &[login, role] : {std::pair{"sup", Role::Supervisor}, std::pair{"mgr", Role::Manager},
                                          std::pair{"clerk", Role::Clerk}, std::pair{"c1", Role::Collector}}) {
            const auto id = users.add(QString::fromLatin1(login), QString::fromLatin1(login), role);
            ASSERT_TRUE(id) << describe(id.error());
        }
    }

    Session &as(const QString &login)
    {
        auto it = m_sessions.find(login);
        if (it == m_sessions.end()) {
            auto session = AuthService::signIn(*m_book, login, QString());
            EXPECT_TRUE(session) << describe(session.error());
            it = m_sessions.emplace(login, std::move(*session)).first;
        }
        return *it->second;
    }

    void customer(const QString &code, const QString &policy = {})
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        c.country = QStringLiteral("FR");
        ASSERT_TRUE(m_ledger->addCustomer(c));
        if (!policy.isEmpty()) {
            ASSERT_TRUE(CreditService(*m_admin).assignPolicy(code, policy));
        }
    }

    Id invoice(const QString &number, const QString &customerCode, QDate issue, QDate due, MinorUnits amount)
    {
        Invoice i;
        i.number = number;
        i.issueDate = issue;
        i.dueDate = due;
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customerCode);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    void policy(const QString &name, int discountHundredths, int discountDays, bool postInterest = false)
    {
        CreditPolicy p;
        p.name = name;
        p.termsDays = 30;
        p.discountPercentHundredths = discountHundredths;
        p.discountDays = discountDays;
        p.postInterest = postInterest;
        const auto id = CreditService(*m_admin).savePolicy(p);
        ASSERT_TRUE(id) << describe(id.error());
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // The invoice's open amount as of a date, from the event history (allocations).
    MinorUnits openAsOf(Id invoiceId, QDate date)
    {
        return scalar(QStringLiteral("SELECT i.amount - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE "
                                     "a.invoice_id = i.id AND a.alloc_date <= %2), 0) FROM invoices i WHERE i.id = %1")
                              .arg(invoiceId)
                              .arg(date.toJulianDay()));
    }

    void expectVerified()
    {
        const VerifyReport report = LedgerVerifier(*m_book).run();
        EXPECT_TRUE(report.ok) << report.firstProblemTable.toStdString() << " " << report.firstProblem.toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<LedgerService> m_ledger;
    std::map<QString, std::unique_ptr<Session>> m_sessions;
};

PaymentInput paymentOn(const QString &customerCode, QDate date, MinorUnits amount, Id invoiceId, MinorUnits apply)
{
    PaymentInput input;
    input.customerCode = customerCode;
    input.receivedDate = date;
    input.amount = amount;
    input.reference = QStringLiteral("P-%1-%2").arg(customerCode, date.toString(Qt::ISODate));
    input.apply = PaymentInput::Apply::Lines;
    input.lines = {{invoiceId, apply}};
    input.takeDiscountOn = {invoiceId};
    return input;
}

// --- the early-payment discount, one service call -----------------------------------------------------------

TEST_F(PostingBook, theDiscountIsCreditedWithThePaymentUpToTheLastDayOfThePeriod)
{
    policy(QStringLiteral("2/10 net 30"), 200, 10);
    customer(QStringLiteral("D"), QStringLiteral("2/10 net 30"));
    const Id inv = invoice(QStringLiteral("D-1"), QStringLiteral("D"), QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    // 11 March is the last day of 2/10 for an invoice of 1 March: 1,000.00 - 20.00.
    const auto posted = m_ledger->postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 11), 98000, inv, 98000));
    ASSERT_TRUE(posted) << describe(posted.error());
    EXPECT_EQ(posted->applied, 98000);
    EXPECT_EQ(posted->unapplied, 0);
    EXPECT_EQ(posted->discounted, 2000);
    ASSERT_EQ(posted->discountCreditNoteIds.size(), 1u);
    EXPECT_EQ(openAsOf(inv, QDate(2026, 3, 11)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM credit_notes WHERE number = 'DISC-D-1'")), 2000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM allocations WHERE reason_code = 'early_pay_discount'")), 2);
    expectVerified();
}

TEST_F(PostingBook, theDayAfterThePeriodNothingIsPostedAndTheRefusalSaysWhy)
{
    policy(QStringLiteral("2/10 net 30"), 200, 10);
    customer(QStringLiteral("D"), QStringLiteral("2/10 net 30"));
    const Id inv = invoice(QStringLiteral("D-1"), QStringLiteral("D"), QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    const qint64 paymentsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM payments"));
    const auto refused = m_ledger->postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 12), 98000, inv, 98000));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("no early-payment discount")))
            << describe(refused.error());
    // All-or-nothing: not even the payment.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), paymentsBefore);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes")), 0);
    // The same payment without the discount is a short payment.
    PaymentInput plain = paymentOn(QStringLiteral("D"), QDate(2026, 3, 12), 98000, inv, 98000);
    plain.takeDiscountOn.clear();
    ASSERT_TRUE(m_ledger->postPayment(plain));
    EXPECT_EQ(openAsOf(inv, QDate(2026, 3, 12)), 2000);
}

TEST_F(PostingBook, aPartialPaymentEarnsNoDiscountButTheRestPaidInThePeriodDoesOnWhatIsOpen)
{
    policy(QStringLiteral("2/10 net 30"), 200, 10);
    customer(QStringLiteral("D"), QStringLiteral("2/10 net 30"));
    const Id inv = invoice(QStringLiteral("D-1"), QStringLiteral("D"), QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    // 400.00 with the discount asked for: it does not settle the rest, refused, nothing posted.
    const auto partial = m_ledger->postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 5), 40000, inv, 40000));
    ASSERT_FALSE(partial);
    EXPECT_TRUE(partial.error().message.contains(QStringLiteral("apply exactly 980.00"))) << describe(partial.error());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
    // Paid in part without it, then the rest within the period: 2 % of the 600.00 still open.
    PaymentInput first = paymentOn(QStringLiteral("D"), QDate(2026, 3, 5), 40000, inv, 40000);
    first.takeDiscountOn.clear();
    ASSERT_TRUE(m_ledger->postPayment(first));
    const auto rest = m_ledger->postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 10), 58800, inv, 58800));
    ASSERT_TRUE(rest) << describe(rest.error());
    EXPECT_EQ(rest->discounted, 1200);
    EXPECT_EQ(openAsOf(inv, QDate(2026, 3, 10)), 0);
    // A payment bringing more than the rest: the excess stays unapplied, the discount is credited.
    const Id inv2 = invoice(QStringLiteral("D-2"), QStringLiteral("D"), QDate(2026, 3, 1), QDate(2026, 3, 31), 33333);
    const auto over = m_ledger->postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 2), 40000, inv2, 32666));
    ASSERT_TRUE(over) << describe(over.error());
    EXPECT_EQ(over->discounted, 667); // 333.33 x 2 % = 6.6666 -> 6.67
    EXPECT_EQ(over->unapplied, 40000 - 32666);
    expectVerified();
}

TEST_F(PostingBook, reversingThePaymentReversesItsDiscountToo)
{
    policy(QStringLiteral("2/10 net 30"), 200, 10);
    customer(QStringLiteral("D"), QStringLiteral("2/10 net 30"));
    const Id inv = invoice(QStringLiteral("D-1"), QStringLiteral("D"), QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    const auto posted = m_ledger->postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 11), 98000, inv, 98000));
    ASSERT_TRUE(posted) << describe(posted.error());
    ASSERT_TRUE(m_ledger->reversePayment(posted->paymentId, QDate(2026, 3, 20), QStringLiteral("check bounced")));
    // Before the reversal the invoice was paid; from it on the whole 1,000.00 is open again.
    EXPECT_EQ(openAsOf(inv, QDate(2026, 3, 19)), 0);
    EXPECT_EQ(openAsOf(inv, QDate(2026, 3, 20)), 100000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM reversals WHERE kind = 3")), 1);
    // The credit note counts for nothing from then on: no unapplied credit left behind.
    EXPECT_EQ(scalar(QStringLiteral("SELECT unapplied FROM credit_note_state")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT reversed_date FROM credit_note_state")), QDate(2026, 3, 20).toJulianDay());
    // Paid again after the period: no discount.
    ASSERT_FALSE(m_ledger->postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 21), 98000, inv, 98000)));
    expectVerified();
}

TEST_F(PostingBook, takingTheDiscountNeedsThePermissionToPostCreditNotes)
{
    policy(QStringLiteral("2/10 net 30"), 200, 10);
    customer(QStringLiteral("D"), QStringLiteral("2/10 net 30"));
    const Id inv = invoice(QStringLiteral("D-1"), QStringLiteral("D"), QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    ASSERT_TRUE(UserService(*m_admin).setPermission(Role::Clerk, Action::PostInvoice, false));
    const auto refused =
            LedgerService(as(QStringLiteral("clerk"))).postPayment(paymentOn(QStringLiteral("D"), QDate(2026, 3, 11), 98000, inv, 98000));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
}

// --- credit limit and risk class: managers only -------------------------------------------------------------

TEST_F(PostingBook, onlyAManagerSetsOrChangesACustomersCreditLimitAndRiskClass)
{
    customer(QStringLiteral("K"));
    Customer c = *LedgerRepository(*m_book).customerByCode(QStringLiteral("K"));
    for (const char *login : {"clerk", "sup"}) {
        LedgerService service(as(QString::fromLatin1(login)));
        Customer limit = c;
        limit.creditLimit = 500000;
        const auto refused = service.updateCustomer(limit);
        ASSERT_FALSE(refused) << login;
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
        EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("credit_limit: only a manager")))
                << describe(refused.error());
        Customer riskClass = c;
        riskClass.riskClass = QStringLiteral("E");
        const auto refusedClass = service.updateCustomer(riskClass);
        ASSERT_FALSE(refusedClass);
        EXPECT_TRUE(refusedClass.error().message.startsWith(QStringLiteral("risk_class:")));
        // A new customer with a limit is granting credit as well.
        Customer fresh;
        fresh.code = QStringLiteral("NEW-") + QString::fromLatin1(login);
        fresh.name = QStringLiteral("New");
        fresh.currency = QStringLiteral("EUR");
        fresh.creditLimit = 100;
        EXPECT_FALSE(service.addCustomer(fresh));
        fresh.creditLimit.reset();
        EXPECT_TRUE(service.addCustomer(fresh)) << login; // without one: fine
    }
    const auto after = LedgerRepository(*m_book).customerByCode(QStringLiteral("K"));
    EXPECT_FALSE(after->creditLimit);
    EXPECT_TRUE(after->riskClass.isEmpty());
    // The clerk still edits everything else.
    Customer phone = c;
    phone.phone = QStringLiteral("+33 1 23 45 67 89");
    EXPECT_TRUE(LedgerService(as(QStringLiteral("clerk"))).updateCustomer(phone));
    // The manager sets both.
    Customer managed = *LedgerRepository(*m_book).customerByCode(QStringLiteral("K"));
    managed.creditLimit = 500000;
    managed.riskClass = QStringLiteral("B");
    ASSERT_TRUE(LedgerService(as(QStringLiteral("mgr"))).updateCustomer(managed));
    EXPECT_EQ(*LedgerRepository(*m_book).customerByCode(QStringLiteral("K"))->creditLimit, 500000);
    // A clerk's save that leaves them as they are goes through.
    Customer unchanged = *LedgerRepository(*m_book).customerByCode(QStringLiteral("K"));
    unchanged.email = QStringLiteral("ap@k.example");
    EXPECT_TRUE(LedgerService(as(QStringLiteral("clerk"))).updateCustomer(unchanged));
    // Credit reviews keep working (a manager's decision).
    ReviewInput review;
    review.customerCode = QStringLiteral("K");
    review.date = QDate(2026, 6, 1);
    review.decision = ReviewDecision::Raise;
    review.newLimit = 800000;
    ASSERT_TRUE(CreditService(as(QStringLiteral("mgr"))).recordReview(review));
    EXPECT_EQ(*LedgerRepository(*m_book).customerByCode(QStringLiteral("K"))->creditLimit, 800000);
}

TEST_F(PostingBook, aClerksCustomerImportWithCreditLimitsIsRefusedWhole)
{
    const QByteArray csv = "code,name,currency,terms_days,credit_limit\nA,Alpha,EUR,30,\nB,Beta,EUR,30,5000.00\n";
    const auto report = ImportService(as(QStringLiteral("clerk")))
                                .importData(ImportKind::Customers, QStringLiteral("customers.csv"), csv, {});
    ASSERT_TRUE(report) << describe(report.error());
    ASSERT_FALSE(report->problems.empty());
    EXPECT_EQ(report->problems.front().line, 3);
    EXPECT_EQ(report->problems.front().field, QStringLiteral("credit_limit"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    const auto managed = ImportService(as(QStringLiteral("mgr")))
                                 .importData(ImportKind::Customers, QStringLiteral("customers.csv"), csv, {});
    ASSERT_TRUE(managed);
    EXPECT_TRUE(managed->problems.empty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
}

// --- interest posted as debit notes -------------------------------------------------------------------------

class InterestPosting : public PostingBook
{
protected:
    void SetUp() override
    {
        PostingBook::SetUp();
        ASSERT_TRUE(InterestService(*m_admin).saveReferenceRate({QStringLiteral("EU"), QDate(2026, 1, 1), 35000}));
        policy(QStringLiteral("Posting"), 0, 0, true);
        policy(QStringLiteral("Letters only"), 0, 0, false);
        customer(QStringLiteral("A"), QStringLiteral("Posting"));
        customer(QStringLiteral("B"), QStringLiteral("Letters only"));
        m_a1 = invoice(QStringLiteral("A-1"), QStringLiteral("A"), QDate(2026, 1, 1), QDate(2026, 1, 31), 100000);
        m_b1 = invoice(QStringLiteral("B-1"), QStringLiteral("B"), QDate(2026, 1, 1), QDate(2026, 1, 31), 100000);
    }

    const InterestLine *listed(const std::vector<InterestLine> &lines, const QString &number)
    {
        for (const InterestLine &line : lines)
            if (line.invoiceNumber == number)
                return &line;
        return nullptr;
    }

    Id m_a1 = 0;
    Id m_b1 = 0;
};

TEST_F(InterestPosting, postsTheIssuesExampleAsTwoDebitNotesOnlyWhereThePolicySaysSo)
{
    // 1,000.00 EUR 30 days late at 3.50 % + 8 points: 9.45 EUR interest and 40.00 EUR compensation.
    const QDate asOf(2026, 3, 2);
    const auto preview = InterestPostingService(*m_admin).preview(asOf);
    ASSERT_TRUE(preview) << describe(preview.error());
    ASSERT_EQ(preview->lines.size(), 2u);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")), 2); // a preview posts nothing
    const auto run = InterestPostingService(*m_admin).post(asOf);
    ASSERT_TRUE(run) << describe(run.error());
    ASSERT_EQ(run->lines.size(), 2u);
    EXPECT_EQ(run->lines[0].debitNoteNumber, QStringLiteral("INT-A-1-20260302"));
    EXPECT_EQ(run->lines[0].amount, 945);
    EXPECT_EQ(run->lines[0].fromDay, QDate(2026, 2, 1));
    EXPECT_EQ(run->lines[1].debitNoteNumber, QStringLiteral("COMP-A-1"));
    EXPECT_EQ(run->lines[1].amount, 4000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE kind = 'interest' AND amount = 945 "
                                    "AND number = 'INT-A-1-20260302'")),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE kind = 'compensation'")), 1);
    // B's policy shows interest on letters only: nothing posted for it.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE number LIKE '%B-1%'")), 1);
    // They are open items of A, due at once, in aging and in the AR movement aggregate.
    EXPECT_EQ(scalar(QStringLiteral("SELECT SUM(open_amount) FROM invoice_state WHERE customer_id = "
                                    "(SELECT id FROM customers WHERE code = 'A')")),
              100000 + 945 + 4000);
    expectVerified();
    // Audited: one entry per debit note and one for the run.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'interest.post'")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'interest.run'")), 1);
}

TEST_F(InterestPosting, runningTwiceForTheSameDatePostsNothingNewAndTheNextRunChargesOnlyTheNewDays)
{
    ASSERT_TRUE(InterestPostingService(*m_admin).post(QDate(2026, 3, 2)));
    const auto again = InterestPostingService(*m_admin).post(QDate(2026, 3, 2));
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_TRUE(again->lines.empty());
    // An earlier date charges nothing either (those days are posted).
    EXPECT_TRUE(InterestPostingService(*m_admin).post(QDate(2026, 2, 20))->lines.empty());
    // A month later: 31 days (3 to 31 March... and 1 April) on 1,000.00 at 11.5 %, no second compensation.
    const auto next = InterestPostingService(*m_admin).post(QDate(2026, 4, 2));
    ASSERT_TRUE(next);
    ASSERT_EQ(next->lines.size(), 1u);
    EXPECT_EQ(next->lines[0].fromDay, QDate(2026, 3, 3));
    EXPECT_EQ(next->lines[0].debitNoteNumber, QStringLiteral("INT-A-1-20260402"));
    EXPECT_EQ(next->lines[0].amount, 977); // 1000 x 0.115 x 31 / 365 = 9.767
    // Together exactly what 61 days at once would be, to the cent here: 19.22.
    EXPECT_EQ(945 + 977, 1922);
    // No interest on the interest or on the compensation.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE number LIKE 'INT-INT-%' OR number LIKE "
                                    "'INT-COMP-%'")),
              0);
    expectVerified();
}

TEST_F(InterestPosting, theComputedInterestOnLettersCountsOnlyFromTheLastPostedDay)
{
    ASSERT_TRUE(InterestPostingService(*m_admin).post(QDate(2026, 3, 2)));
    const auto lines = InterestService(*m_admin).lateInterest(QDate(2026, 3, 2));
    ASSERT_TRUE(lines);
    const InterestLine *a1 = listed(*lines, QStringLiteral("A-1"));
    ASSERT_NE(a1, nullptr);
    EXPECT_EQ(a1->daysLate, 30);    // still 30 days late
    EXPECT_EQ(*a1->interest, 0);    // but nothing not yet posted
    EXPECT_FALSE(a1->compensation); // posted
    // The debit notes themselves carry no interest.
    EXPECT_EQ(listed(*lines, QStringLiteral("INT-A-1-20260302")), nullptr);
    EXPECT_EQ(listed(*lines, QStringLiteral("COMP-A-1")), nullptr);
    // B (not posted) shows the whole claim.
    const InterestLine *b1 = listed(*lines, QStringLiteral("B-1"));
    ASSERT_NE(b1, nullptr);
    EXPECT_EQ(*b1->interest, 945);
    EXPECT_EQ(*b1->compensation, 4000);
    // Ten days later A's letter shows the ten new days only: 1000 x 0.115 x 10 / 365 = 3.15.
    const auto later = InterestService(*m_admin).lateInterest(QDate(2026, 3, 12));
    EXPECT_EQ(*listed(*later, QStringLiteral("A-1"))->interest, 315);
    // The debit notes are overdue items of their own from the day after.
    const auto notes = LedgerRepository(*m_book).invoiceByNumber(QStringLiteral("INT-A-1-20260302"));
    ASSERT_TRUE(notes);
    EXPECT_EQ(notes->dueDate, QDate(2026, 3, 2));
}

TEST_F(InterestPosting, aPostedDebitNoteIsUndoneByACreditNoteAndIsNotChargedAgain)
{
    const auto run = InterestPostingService(*m_admin).post(QDate(2026, 3, 2));
    ASSERT_TRUE(run);
    const Id interestNote = run->lines[0].debitNoteId;
    CreditNote reversal;
    reversal.number = QStringLiteral("REV-INT-A-1-20260302");
    reversal.issueDate = QDate(2026, 3, 5);
    reversal.amount = 945;
    reversal.reason = QStringLiteral("interest waived");
    ASSERT_TRUE(m_ledger->postCreditNote(reversal, QStringLiteral("A"), interestNote));
    EXPECT_EQ(openAsOf(interestNote, QDate(2026, 3, 4)), 945);
    EXPECT_EQ(openAsOf(interestNote, QDate(2026, 3, 5)), 0);
    // Waived is waived: the same days are not posted again.
    EXPECT_TRUE(InterestPostingService(*m_admin).post(QDate(2026, 3, 5))->lines.size() == 1u); // 3 new days
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE kind = 'interest'")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM invoices WHERE number = 'INT-A-1-20260305'")), 95);
    expectVerified();
}

TEST_F(InterestPosting, postingNeedsThePermissionToPostInvoicesAndSkipsWhatItCannotPost)
{
    for (const char *login : {"c1", "sup"}) {
        const auto refused = InterestPostingService(as(QString::fromLatin1(login))).post(QDate(2026, 3, 2));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")), 2);
    // A region without a rate: the interest is skipped with the reason, the compensation posts.
    CreditPolicy noRate = *PolicyRepository(*m_book).policyById(
            *PolicyRepository(*m_book).policyIdByName(QStringLiteral("Posting")));
    noRate.interestRegion = QStringLiteral("XX");
    ASSERT_TRUE(CreditService(*m_admin).savePolicy(noRate));
    const auto run = InterestPostingService(as(QStringLiteral("clerk"))).post(QDate(2026, 3, 2));
    ASSERT_TRUE(run) << describe(run.error());
    ASSERT_EQ(run->lines.size(), 1u);
    EXPECT_EQ(run->lines[0].kind, QStringLiteral("compensation"));
    ASSERT_EQ(run->skipped.size(), 1u);
    EXPECT_EQ(run->skipped[0].reason, QStringLiteral("no_rate"));
}

// The compensation of a rule in another currency than the invoice (40 EUR on a GBP invoice) is
// never posted, and every run says so again for each such invoice (docs/interest.md "Posting
// interest as debit notes"): the run's `skipped` list is what is not posted as of its date, a
// standing condition until the rule or policy changes, not an event to report once. The
// interest itself posts; a second run for the same date posts nothing and reports the same skip;
// the audit counts the skip in each run's `interest.run` entry.
TEST_F(InterestPosting, aCompensationInAnotherCurrencyIsReportedByEveryRunAndNeverPosted)
{
    Customer g;
    g.code = QStringLiteral("G");
    g.name = QStringLiteral("Customer G");
    g.currency = QStringLiteral("GBP");
    g.termsDays = 30;
    g.country = QStringLiteral("FR");
    ASSERT_TRUE(m_ledger->addCustomer(g));
    ASSERT_TRUE(CreditService(*m_admin).assignPolicy(QStringLiteral("G"), QStringLiteral("Posting")));
    invoice(QStringLiteral("G-1"), QStringLiteral("G"), QDate(2026, 1, 1), QDate(2026, 1, 31), 100000);

    const auto skipsOf = [](const InterestPostingRun &run) {
        std::vector<std::pair<QString, QString>> skips;
        for (const InterestPostingSkip &skip : run.skipped)
            skips.emplace_back(skip.invoiceNumber, skip.reason);
        return skips;
    };
    const std::vector<std::pair<QString, QString>> expected{{QStringLiteral("G-1"), QStringLiteral("compensation_currency")}};
    for (const QDate asOf : {QDate(2026, 3, 2), QDate(2026, 3, 2), QDate(2026, 4, 2)}) {
        const auto run = InterestPostingService(*m_admin).post(asOf);
        ASSERT_TRUE(run) << describe(run.error());
        EXPECT_EQ(skipsOf(*run), expected) << asOf.toString(Qt::ISODate).toStdString();
        EXPECT_NE(run->skipped[0].message.indexOf(QStringLiteral("does not convert")), -1);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE number = 'COMP-G-1'")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE number LIKE 'INT-G-1-%'")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'interest.run' "
                                    "AND details LIKE '%\"skipped\":1%'")),
              3);
}

} // namespace
