// Issue 6, instalment terms aged part by part (docs/credit-policy.md "Instalment terms"): a
// policy carries its terms (validated, saved canonical), an invoice posted for a customer
// with such a policy gets its parts in the same transaction (or explicit parts, checked), and
// aging treats each part as its own item: payments and credit notes fill the earliest part
// first, a reversal puts the amount back. Exact figures for 1,000.00 by 30/60/90 issued
// 2026-01-01, through both aging paths (the ar_movements aggregate and the detailed reading
// by customer, plus the month-end snapshots), and verify. Books come from
// tests/support/test_book.h, so these run on PostgreSQL too.

#include "services/book_service.h"
#include "services/credit_service.h"
#include "services/import_service.h"
#include "services/ledger_service.h"
#include "services/report_service.h"
#include "storage/policy_repository.h"
#include "storage/aging_repository.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"
#include "storage/manager_repository.h"
#include "support/test_book.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <vector>

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

class InstalmentAging : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("instalments.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_session);
    }

    void customer(const QString &code, const QString &policy = {})
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        ASSERT_TRUE(m_ledger->addCustomer(c));
        if (!policy.isEmpty()) {
            ASSERT_TRUE(CreditService(*m_session).assignPolicy(code, policy));
        }
    }

    Result<Id> policy(const QString &name, const QString &terms)
    {
        CreditPolicy p;
        p.name = name;
        p.termsDays = 30;
        p.instalmentTerms = terms;
        return CreditService(*m_session).savePolicy(p);
    }

    Id invoice(const QString &number, const QString &customerCode, MinorUnits amount,
               std::vector<InstalmentPart> parts = {})
    {
        Invoice i;
        i.number = number;
        i.issueDate = QDate(2026, 1, 1);
        i.dueDate = QDate(2026, 1, 31);
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customerCode, std::move(parts));
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    // The buckets (current, 1-30, 31-60, 61-90, 91+) of the customer's aging as of the date,
    // the same through the aggregate, the detailed total, the detailed by customer and the
    // month-end snapshot; and the ledger verified.
    std::vector<MinorUnits> aged(QDate asOf, const QString &customerCode = QStringLiteral("C1"))
    {
        AgingRepository aging(*m_book);
        const auto buckets = AgingBuckets::fromEdges({30, 60, 90}).value();
        const AgingReport fast = aging.compute(asOf, AgingBasis::DueDate, buckets, AgingGrouping::Total);
        const AgingReport detailed = aging.computeDetailed(asOf, AgingBasis::DueDate, buckets, AgingGrouping::Total);
        const AgingReport byCustomer = aging.compute(asOf, AgingBasis::DueDate, buckets, AgingGrouping::Customer);
        std::vector<MinorUnits> none(5, 0);
        const auto total = [&](const AgingReport &r) {
            return r.currencies.empty() ? none : r.currencies.front().buckets;
        };
        std::vector<MinorUnits> customerLine = none;
        for (const CustomerAgingLine &c : byCustomer.customers)
            if (c.customerCode == customerCode)
                customerLine = c.line.buckets;
        const MonthEndAging monthEnd = aging.computeMonthEnds({asOf}, AgingBasis::DueDate, buckets);
        std::vector<MinorUnits> snapshot = none;
        const auto customerId = LedgerRepository(*m_book).customerByCode(customerCode);
        for (const SnapshotLine &l : monthEnd.lines(0))
            if (customerId && l.customerId == customerId->id && l.bucket >= 0)
                snapshot[l.bucket] += l.amount;
        EXPECT_EQ(total(fast), total(detailed)) << "aggregate vs detailed, " << asOf.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(customerLine, total(detailed)) << "by customer, " << asOf.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(snapshot, total(detailed)) << "month-end, " << asOf.toString(Qt::ISODate).toStdString();
        const VerifyReport report = LedgerVerifier(*m_book).run();
        EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
        return total(fast);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
};

using V = std::vector<MinorUnits>;

TEST_F(InstalmentAging, aPolicyCarriesValidatedInstalmentTermsInCanonicalText)
{
    const auto bad = policy(QStringLiteral("Bad"), QStringLiteral("30/30"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.startsWith(QStringLiteral("instalment_terms: part 2"))) << describe(bad.error());
    const auto id = policy(QStringLiteral("Thirds"), QStringLiteral(" 30 / 60 / 90 "));
    ASSERT_TRUE(id) << describe(id.error());
    const auto saved = CreditService(*m_session).policies();
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->size(), 1u);
    EXPECT_EQ(saved->front().instalmentTerms, QStringLiteral("30/60/90"));
    CreditPolicy plain = saved->front();
    plain.instalmentTerms.clear();
    ASSERT_TRUE(CreditService(*m_session).savePolicy(plain));
    EXPECT_TRUE(CreditService(*m_session).policies()->front().instalmentTerms.isEmpty());
}

TEST_F(InstalmentAging, anInvoiceOfAPolicyWithTermsIsPostedWithItsParts)
{
    ASSERT_TRUE(policy(QStringLiteral("Thirds"), QStringLiteral("30/60/90")));
    customer(QStringLiteral("C1"), QStringLiteral("Thirds"));
    customer(QStringLiteral("C2"));
    const Id split = invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 100000);
    const Id whole = invoice(QStringLiteral("INV-2"), QStringLiteral("C2"), 100000);
    LedgerRepository repo(*m_book);
    const auto parts = repo.instalments(split);
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].dueDate, QDate(2026, 1, 31));
    EXPECT_EQ(parts[1].dueDate, QDate(2026, 3, 2));
    EXPECT_EQ(parts[2].dueDate, QDate(2026, 4, 1));
    EXPECT_EQ(parts[0].amount, 33333);
    EXPECT_EQ(parts[1].amount, 33333);
    EXPECT_EQ(parts[2].amount, 33334);
    EXPECT_TRUE(repo.instalments(whole).empty());

    // Explicit parts: taken as given, checked, all-or-nothing.
    const Id given = invoice(QStringLiteral("INV-3"), QStringLiteral("C2"), 50000,
                             {{1, QDate(2026, 1, 10), 20000}, {2, QDate(2026, 2, 10), 30000}});
    ASSERT_EQ(repo.instalments(given).size(), 2u);
    Invoice wrong;
    wrong.number = QStringLiteral("INV-4");
    wrong.issueDate = QDate(2026, 1, 1);
    wrong.dueDate = QDate(2026, 1, 31);
    wrong.amount = 50000;
    const auto refused = m_ledger->postInvoice(wrong, QStringLiteral("C2"),
                                               {{1, QDate(2026, 1, 10), 20000}, {2, QDate(2026, 2, 10), 20000}});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("instalments"))) << describe(refused.error());
    const auto backwards = m_ledger->postInvoice(wrong, QStringLiteral("C2"),
                                                 {{1, QDate(2026, 2, 10), 20000}, {2, QDate(2026, 1, 10), 30000}});
    ASSERT_FALSE(backwards);
    EXPECT_FALSE(repo.invoiceNumberExists(QStringLiteral("INV-4")));
}

TEST_F(InstalmentAging, eachPartIsAgedOnItsOwnAndPaymentsFillTheEarliestPartFirst)
{
    ASSERT_TRUE(policy(QStringLiteral("Thirds"), QStringLiteral("30/60/90")));
    customer(QStringLiteral("C1"), QStringLiteral("Thirds"));
    const Id inv = invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 100000);
    // Parts 333.33 due 31 Jan, 333.33 due 2 Mar, 333.34 due 1 Apr.
    EXPECT_EQ(aged(QDate(2026, 1, 15)), (V{100000, 0, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 1, 31)), (V{100000, 0, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 2, 1)), (V{66667, 33333, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 3, 15)), (V{33334, 33333, 33333, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 5, 15)), (V{0, 0, 33334, 33333, 33333}));

    // 400.00 on 20 Feb: the first part paid, 66.67 off the second.
    PaymentInput pay;
    pay.customerCode = QStringLiteral("C1");
    pay.receivedDate = QDate(2026, 2, 20);
    pay.amount = 40000;
    pay.apply = PaymentInput::Apply::Invoice;
    pay.invoiceNumber = QStringLiteral("INV-1");
    const auto paid = m_ledger->postPayment(pay);
    ASSERT_TRUE(paid) << describe(paid.error());
    EXPECT_EQ(aged(QDate(2026, 2, 19)), (V{66667, 33333, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 2, 20)), (V{60000, 0, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 3, 15)), (V{33334, 26666, 0, 0, 0}));

    // Reversed on 10 Mar: from then on the parts are open again as before.
    ASSERT_TRUE(m_ledger->reversePayment(paid->paymentId, QDate(2026, 3, 10), QStringLiteral("bounced")));
    EXPECT_EQ(aged(QDate(2026, 3, 9)), (V{33334, 26666, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 3, 15)), (V{33334, 33333, 33333, 0, 0}));

    // A credit note of 100.00 applied on 20 Mar fills the first part again.
    CreditNote note;
    note.number = QStringLiteral("CN-1");
    note.issueDate = QDate(2026, 3, 20);
    note.amount = 10000;
    note.reason = QStringLiteral("damaged");
    ASSERT_TRUE(m_ledger->postCreditNote(note, QStringLiteral("C1"), inv));
    EXPECT_EQ(aged(QDate(2026, 3, 25)), (V{33334, 33333, 23333, 0, 0}));

    // A payment dated before an allocation already posted (back-dated) moves the later one's
    // share to the next part; both paths and verify agree on every day.
    PaymentInput early = pay;
    early.receivedDate = QDate(2026, 2, 5);
    early.amount = 30000;
    early.reference = QStringLiteral("early");
    ASSERT_TRUE(m_ledger->postPayment(early));
    EXPECT_EQ(aged(QDate(2026, 2, 5)), (V{66667, 3333, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 3, 25)), (V{33334, 26666, 0, 0, 0}));
    for (QDate d(2026, 1, 1); d <= QDate(2026, 6, 30); d = d.addDays(3))
        aged(d);
}

// The open items as of a date (what interest, the strategies and the holds read) carry an
// invoice's parts with what is open of each; an invoice is due by a date when its oldest
// open part is, so the first part brings it in while its own due date is still ahead, and
// a payment that filled the first part moves it to the second's due date.
TEST_F(InstalmentAging, openItemsAsOfCarryThePartsAndTheOldestOpenPartsDueDate)
{
    ASSERT_TRUE(policy(QStringLiteral("Later"), QStringLiteral("10/60/90")));
    customer(QStringLiteral("C1"), QStringLiteral("Later"));
    Invoice i;
    i.number = QStringLiteral("INV-L");
    i.issueDate = QDate(2026, 1, 1);
    i.dueDate = QDate(2026, 3, 1); // its own due date after the first part's (11 Jan)
    i.amount = 90000;
    ASSERT_TRUE(m_ledger->postInvoice(i, QStringLiteral("C1")));
    PolicyRepository repo(*m_book);
    const auto dueBy = [&](QDate asOf, QDate by) { return repo.openItemsAsOf(asOf, by); };
    EXPECT_TRUE(dueBy(QDate(2026, 1, 10), QDate(2026, 1, 10)).empty());
    const auto items = dueBy(QDate(2026, 1, 12), QDate(2026, 1, 11));
    ASSERT_EQ(items.size(), 1u);
    ASSERT_EQ(items[0].parts.size(), 3u);
    EXPECT_EQ(items[0].oldestOpenDue(), QDate(2026, 1, 11));
    EXPECT_EQ(items[0].parts[0].open, 30000);
    EXPECT_EQ(items[0].dueDate, QDate(2026, 3, 1));

    PaymentInput pay;
    pay.customerCode = QStringLiteral("C1");
    pay.receivedDate = QDate(2026, 1, 20);
    pay.amount = 40000;
    pay.apply = PaymentInput::Apply::Invoice;
    pay.invoiceNumber = QStringLiteral("INV-L");
    ASSERT_TRUE(m_ledger->postPayment(pay));
    // First part paid, 100.00 off the second (due 2 Mar): nothing due by 1 Mar any more.
    EXPECT_TRUE(dueBy(QDate(2026, 2, 1), QDate(2026, 3, 1)).empty());
    const auto later = dueBy(QDate(2026, 3, 5), QDate(2026, 3, 2));
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].oldestOpenDue(), QDate(2026, 3, 2));
    EXPECT_EQ(later[0].parts[1].open, 20000);
    // As of a date before the payment the first part is open again.
    const auto before = dueBy(QDate(2026, 1, 15), QDate(2026, 1, 15));
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].oldestOpenDue(), QDate(2026, 1, 11));
}

} // namespace

// A payments import (the bulk path, which hands postAllocation the invoice's keys) applied to
// an invoice with parts fills the earliest part first, as a single posting does; verify ok.
TEST_F(InstalmentAging, aPaymentsImportFillsTheEarliestPartFirst)
{
    ASSERT_TRUE(policy(QStringLiteral("Thirds"), QStringLiteral("30/60/90")));
    customer(QStringLiteral("C1"), QStringLiteral("Thirds"));
    invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 100000);
    const QByteArray csv = "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
                           "P-1,C1,2026-02-20,400.00,EUR,wire,INV-1\n";
    const auto report =
        ImportService(*m_session).importData(ImportKind::Payments, QStringLiteral("payments.csv"), csv, {});
    ASSERT_TRUE(report) << describe(report.error());
    ASSERT_TRUE(report->problems.empty());
    EXPECT_EQ(aged(QDate(2026, 2, 20)), (V{60000, 0, 0, 0, 0}));
    EXPECT_EQ(aged(QDate(2026, 3, 15)), (V{33334, 26666, 0, 0, 0}));
}

// The aging detail report (`report aging-detail`, the Reports page) is by customer: its row
// for a customer with an invoice in parts has each part in the bucket of its own due date, so
// the detail adds up to the summary (1,000.00 by 30/60/90 issued 2026-01-01).
TEST_F(InstalmentAging, theAgingDetailReportAgesEachPartOnItsOwn)
{
    ASSERT_TRUE(policy(QStringLiteral("Thirds"), QStringLiteral("30/60/90")));
    customer(QStringLiteral("C1"), QStringLiteral("Thirds"));
    invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 100000);
    const auto row = [&](QDate asOf) {
        const auto report = ReportService(*m_session).build({QStringLiteral("aging-detail"), asOf, {}});
        EXPECT_TRUE(report) << describe(report.error());
        V buckets;
        if (report)
            for (const auto &r : report->tables.front().rows)
                if (std::get<QString>(r[0]) == u"C1")
                    for (int k = 0; k < 6; ++k) // current, 1-30, 31-60, 61-90, 91+, total
                        buckets.push_back(std::get<Money>(r[3 + k]).minor());
        return buckets;
    };
    EXPECT_EQ(row(QDate(2026, 3, 15)), (V{33334, 33333, 33333, 0, 0, 100000}));
    EXPECT_EQ(row(QDate(2026, 5, 15)), (V{0, 0, 33334, 33333, 33333, 100000}));
    PaymentInput pay;
    pay.customerCode = QStringLiteral("C1");
    pay.receivedDate = QDate(2026, 2, 20);
    pay.amount = 40000;
    pay.apply = PaymentInput::Apply::Invoice;
    pay.invoiceNumber = QStringLiteral("INV-1");
    ASSERT_TRUE(m_ledger->postPayment(pay));
    EXPECT_EQ(row(QDate(2026, 3, 15)), (V{33334, 26666, 0, 0, 0, 60000}));
}

// The credit holds days_past_due and overdue_amount read an invoice with parts part by part:
// the oldest open part's due date and the open amount of the parts due before the date
// (docs/credit-policy.md "Instalment terms"). 1,000.00 by 10/60/90 issued 2026-01-01: parts
// 333.33 due 11 Jan, 333.33 due 2 Mar, 333.34 due 1 Apr; the invoice's own due date is 31 Jan.
TEST_F(InstalmentAging, creditHoldsReadTheParts)
{
    CreditPolicy age;
    age.name = QStringLiteral("Age");
    age.termsDays = 30;
    age.instalmentTerms = QStringLiteral("10/60/90");
    age.holdDaysPastDue = 10;
    ASSERT_TRUE(CreditService(*m_session).savePolicy(age));
    CreditPolicy amount = age;
    amount.name = QStringLiteral("Amount");
    amount.holdDaysPastDue = std::nullopt;
    amount.holdOverdueAmount = 33333;
    ASSERT_TRUE(CreditService(*m_session).savePolicy(amount));
    customer(QStringLiteral("AGE"), QStringLiteral("Age"));
    customer(QStringLiteral("AMT"), QStringLiteral("Amount"));
    invoice(QStringLiteral("INV-A"), QStringLiteral("AGE"), 100000);
    invoice(QStringLiteral("INV-B"), QStringLiteral("AMT"), 100000);

    const auto exposure = [&](QDate asOf, const QString &code) {
        for (const CreditExposure &e : PolicyRepository(*m_book).exposures(asOf))
            if (e.code == code)
                return std::pair{e.overdue, e.oldestOverdueDue};
        return std::pair{MinorUnits{-1}, QDate()};
    };
    const auto holds = [&](QDate asOf) {
        std::map<QString, QStringList> held;
        const auto set = CreditService(*m_session).evaluateHolds(asOf);
        EXPECT_TRUE(set) << describe(set.error());
        if (set)
            for (const HoldSet &hold : *set)
                held[hold.customerCode] = hold.triggers;
        return held;
    };
    using Held = std::map<QString, QStringList>;

    EXPECT_EQ(exposure(QDate(2026, 1, 11), QStringLiteral("AGE")), (std::pair{MinorUnits{0}, QDate()}));
    EXPECT_EQ(exposure(QDate(2026, 1, 12), QStringLiteral("AGE")), (std::pair{MinorUnits{33333}, QDate(2026, 1, 11)}));
    EXPECT_EQ(exposure(QDate(2026, 3, 3), QStringLiteral("AGE")), (std::pair{MinorUnits{66666}, QDate(2026, 1, 11)}));
    EXPECT_EQ(exposure(QDate(2026, 4, 2), QStringLiteral("AGE")), (std::pair{MinorUnits{100000}, QDate(2026, 1, 11)}));

    // Exactly 10 days past the first part's due date (and long before the invoice's): no hold;
    // overdue 333.33 is not above 333.33: no hold either.
    EXPECT_EQ(holds(QDate(2026, 1, 21)), Held{});
    // 11 days: held, while the invoice's own due date (31 Jan) is still ahead.
    EXPECT_EQ(holds(QDate(2026, 1, 22)), (Held{{QStringLiteral("AGE"), {HoldTrigger::daysPastDue}}}));

    // 400.00 paid on 20 Jan fills the first part and 66.67 of the second: on 3 Mar only 266.66
    // is overdue (no hold), the oldest open part is the second.
    PaymentInput pay;
    pay.customerCode = QStringLiteral("AMT");
    pay.receivedDate = QDate(2026, 1, 20);
    pay.amount = 40000;
    pay.apply = PaymentInput::Apply::Invoice;
    pay.invoiceNumber = QStringLiteral("INV-B");
    ASSERT_TRUE(m_ledger->postPayment(pay));
    EXPECT_EQ(exposure(QDate(2026, 3, 3), QStringLiteral("AMT")), (std::pair{MinorUnits{26666}, QDate(2026, 3, 2)}));
    EXPECT_EQ(holds(QDate(2026, 3, 3)), Held{});
    // On 2 Apr the third part is overdue too: 600.00 above 333.33, held.
    EXPECT_EQ(exposure(QDate(2026, 4, 2), QStringLiteral("AMT")), (std::pair{MinorUnits{60000}, QDate(2026, 3, 2)}));
    EXPECT_EQ(holds(QDate(2026, 4, 2)), (Held{{QStringLiteral("AMT"), {HoldTrigger::overdueAmount}}}));
}
