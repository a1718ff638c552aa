// Issue 6, the readers of an invoice's due date made part-aware (docs/credit-policy.md
// "Instalment terms", docs/strategies.md "Invoices in instalments"): the collection strategies
// run from the oldest open part's due date, once per part; the open-items list, the account's
// figures and the payment dialog's lines show the oldest open part's due date and days past
// due; `import invoices` splits an invoice of a customer whose policy has instalment terms
// exactly as LedgerService::postInvoice does, all-or-nothing, and verify stays ok. Books come
// from tests/support/test_book.h, so these run on PostgreSQL too.

#include "services/book_service.h"
#include "services/credit_service.h"
#include "services/import_service.h"
#include "services/ledger_service.h"
#include "services/strategy_service.h"
#include "storage/account_repository.h"
#include "storage/aging_repository.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"
#include "storage/list_queries.h"
#include "support/test_book.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <vector>

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

using Counts = std::map<QString, int>;

class InstalmentReaders : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("readers.ardesk")));
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

    void policy(const QString &name, const QString &terms)
    {
        CreditPolicy p;
        p.name = name;
        p.termsDays = 30;
        p.instalmentTerms = terms;
        const auto saved = CreditService(*m_session).savePolicy(p);
        ASSERT_TRUE(saved) << describe(saved.error());
    }

    Id invoice(const QString &number, const QString &customerCode, MinorUnits amount, QDate due)
    {
        Invoice i;
        i.number = number;
        i.issueDate = QDate(2026, 1, 1);
        i.dueDate = due;
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customerCode);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    Id pay(const QString &customerCode, const QString &number, QDate date, MinorUnits amount)
    {
        PaymentInput pay;
        pay.customerCode = customerCode;
        pay.receivedDate = date;
        pay.amount = amount;
        pay.apply = PaymentInput::Apply::Invoice;
        pay.invoiceNumber = number;
        const auto paid = m_ledger->postPayment(pay);
        EXPECT_TRUE(paid) << describe(paid.error());
        return paid ? paid->paymentId : 0;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // What a strategy run as of the date created, by action key.
    Counts run(QDate asOf, Counts *skipped = nullptr)
    {
        const auto result = StrategyService(*m_session).run(asOf);
        EXPECT_TRUE(result) << describe(result.error());
        if (!result)
            return {};
        if (skipped)
            *skipped = result->skipped;
        return result->created;
    }

    // The amount the latest letter of the kind and level duns for the invoice.
    qint64 dunned(Id invoiceId, int level)
    {
        return scalar(
                QStringLiteral("SELECT li.open_amount FROM letter_items li JOIN letters l ON l.id = li.letter_id "
                               "WHERE li.invoice_id = %1 AND l.level = %2 ORDER BY l.as_of DESC, l.id DESC LIMIT 1")
                        .arg(invoiceId)
                        .arg(level));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
};

} // namespace

// 900.00 by 10/60/90 issued 1 Jan (parts of 300.00 due 11 Jan, 2 Mar, 1 Apr), the invoice's
// own due date 1 Mar; the seeded Standard strategy (-3 reminder, 7 letter 1, 14 call, 30
// letter 2, 45 letter 3, ...). The steps run from the oldest open part: the reminder three
// days before the first part and letter 1 a week after it, while the invoice's own due date is
// ahead; once the first part is paid the second gets its own reminder and letter 1; a letter
// duns only the parts due; every run is idempotent; a reversal brings the first part back
// without repeating what it already had.
TEST_F(InstalmentReaders, strategiesRunFromTheOldestOpenPartOncePerPart)
{
    policy(QStringLiteral("Later"), QStringLiteral("10/60/90"));
    customer(QStringLiteral("C1"), QStringLiteral("Later"));
    const Id inv = invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 90000, QDate(2026, 3, 1));

    EXPECT_EQ(run(QDate(2026, 1, 7)), Counts{});
    EXPECT_EQ(run(QDate(2026, 1, 8)), (Counts{{QStringLiteral("reminder_email"), 1}}));
    EXPECT_EQ(dunned(inv, 0), 30000); // the first part, not the whole invoice
    EXPECT_EQ(run(QDate(2026, 1, 8)), Counts{});
    EXPECT_EQ(run(QDate(2026, 1, 18)), (Counts{{QStringLiteral("letter_1"), 1}}));
    EXPECT_EQ(dunned(inv, 1), 30000);
    EXPECT_EQ(run(QDate(2026, 1, 18)), Counts{});

    // 400.00 on 20 Jan: the first part paid, 200.00 of the second open (due 2 Mar).
    const Id payment = pay(QStringLiteral("C1"), QStringLiteral("INV-1"), QDate(2026, 1, 20), 40000);
    EXPECT_EQ(run(QDate(2026, 1, 25)), Counts{}); // no call for a part that is paid
    EXPECT_EQ(run(QDate(2026, 2, 26)), Counts{});
    EXPECT_EQ(run(QDate(2026, 2, 27)), (Counts{{QStringLiteral("reminder_email"), 1}}));
    EXPECT_EQ(dunned(inv, 0), 20000);
    EXPECT_EQ(run(QDate(2026, 2, 27)), Counts{});
    EXPECT_EQ(run(QDate(2026, 3, 9)), (Counts{{QStringLiteral("letter_1"), 1}}));
    EXPECT_EQ(dunned(inv, 1), 20000);
    EXPECT_EQ(run(QDate(2026, 3, 9)), Counts{});
    // One record per (invoice, step), now standing for the second part's runs.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM strategy_executions WHERE invoice_id = %1").arg(inv)), 2);

    // The payment reversed on 10 Mar: the first part (due 11 Jan) is the oldest open again. Its
    // reminder and letter 1 count as done (they ran after they fell due for it); letter 3 (45
    // days) acts, the call and letter 2 are passed over; the letter duns both parts due.
    ASSERT_TRUE(m_ledger->reversePayment(payment, QDate(2026, 3, 10), QStringLiteral("bounced")));
    Counts skipped;
    EXPECT_EQ(run(QDate(2026, 3, 11), &skipped), (Counts{{QStringLiteral("letter_3"), 1}}));
    EXPECT_EQ(skipped, (Counts{{QStringLiteral("superseded"), 2}}));
    EXPECT_EQ(dunned(inv, 3), 60000);
    EXPECT_EQ(run(QDate(2026, 3, 11)), Counts{});
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM strategy_executions WHERE invoice_id = %1").arg(inv)), 5);
}

// An invoice without parts beside one with parts: its steps still run from its own due date,
// once ever, and its letter duns its whole open amount.
TEST_F(InstalmentReaders, invoicesWithoutPartsRunAsBefore)
{
    policy(QStringLiteral("Thirds"), QStringLiteral("30/60/90"));
    customer(QStringLiteral("C1"), QStringLiteral("Thirds"));
    customer(QStringLiteral("C2"));
    invoice(QStringLiteral("INV-P"), QStringLiteral("C1"), 90000, QDate(2026, 1, 31));
    const Id plain = invoice(QStringLiteral("INV-2"), QStringLiteral("C2"), 50000, QDate(2026, 1, 31));
    EXPECT_EQ(run(QDate(2026, 1, 28)), (Counts{{QStringLiteral("reminder_email"), 2}}));
    EXPECT_EQ(dunned(plain, 0), 50000);
    Counts skipped;
    EXPECT_EQ(run(QDate(2026, 3, 2), &skipped), (Counts{{QStringLiteral("letter_2"), 2}}));
    EXPECT_EQ(skipped, (Counts{{QStringLiteral("superseded"), 4}}));
    EXPECT_EQ(dunned(plain, 2), 50000);
    pay(QStringLiteral("C2"), QStringLiteral("INV-2"), QDate(2026, 3, 3), 10000);
    EXPECT_EQ(run(QDate(2026, 3, 3)), Counts{});
}

// The open-items list (Invoices page, the account's open items, the payment dialog's lines)
// and the account's figures: an invoice with parts is due by its oldest open part, shown with
// that part's due date and days past due; the invoice's own due date is kept beside it.
TEST_F(InstalmentReaders, theOpenItemsListShowsTheOldestOpenPart)
{
    policy(QStringLiteral("Later"), QStringLiteral("10/60/90"));
    customer(QStringLiteral("C1"), QStringLiteral("Later"));
    const Id inv = invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 90000, QDate(2026, 3, 1));
    const Id plain = invoice(QStringLiteral("INV-2"), QStringLiteral("C1"), 10000, QDate(2026, 2, 15));
    // INV-2 was posted for the same customer: split too (33.33 due 11 Jan, 33.33, 33.34).
    ASSERT_EQ(LedgerRepository(*m_book).instalments(plain).size(), 3u);

    const auto rows = [&](QDate asOf) {
        InvoiceListFilter filter;
        filter.customerId = LedgerRepository(*m_book).customerByCode(QStringLiteral("C1"))->id;
        std::map<Id, InvoiceListRow> byId;
        for (InvoiceListRow &row : InvoiceListQuery(*m_book).rows(filter, {InvoiceSortColumn::Number}, asOf, {0, 50}))
            byId.emplace(row.id, std::move(row));
        return byId;
    };
    auto now = rows(QDate(2026, 1, 21));
    ASSERT_EQ(now.size(), 2u);
    EXPECT_EQ(now[inv].dueDate, QDate(2026, 1, 11));
    EXPECT_EQ(now[inv].invoiceDueDate, QDate(2026, 3, 1));
    EXPECT_EQ(now[inv].daysPastDue, 10);
    EXPECT_EQ(now[inv].partSeq, 1);
    EXPECT_EQ(now[inv].partCount, 3);

    const Id customerId = now[inv].customerId;
    AccountFigures figures = AccountRepository(*m_book).figures(customerId, QDate(2026, 1, 21));
    EXPECT_EQ(figures.oldestOpenDue, QDate(2026, 1, 11));
    EXPECT_EQ(figures.overdue, 30000 + 3333); // the first parts, not the invoices' whole amounts
    EXPECT_EQ(figures.open, 100000);

    // 400.00 paid: the second part (due 2 Mar) is the oldest open one, 200.00 of it open.
    pay(QStringLiteral("C1"), QStringLiteral("INV-1"), QDate(2026, 1, 20), 40000);
    now = rows(QDate(2026, 3, 12));
    EXPECT_EQ(now[inv].dueDate, QDate(2026, 3, 2));
    EXPECT_EQ(now[inv].daysPastDue, 10);
    EXPECT_EQ(now[inv].partSeq, 2);
    EXPECT_EQ(now[plain].dueDate, QDate(2026, 1, 11));
    EXPECT_EQ(now[plain].daysPastDue, 60);
    figures = AccountRepository(*m_book).figures(customerId, QDate(2026, 3, 12));
    EXPECT_EQ(figures.oldestOpenDue, QDate(2026, 1, 11)); // INV-2's first part
    EXPECT_EQ(figures.overdue, 20000 + 6666);             // INV-1's second part, INV-2's first two
    figures = AccountRepository(*m_book).figures(customerId, QDate(2026, 1, 25));
    EXPECT_EQ(figures.overdue, 3333);

    // Paid in full: shown with its last part, nothing past due.
    pay(QStringLiteral("C1"), QStringLiteral("INV-1"), QDate(2026, 3, 20), 50000);
    InvoiceListFilter all;
    all.status = InvoiceStatusFilter::All;
    for (const InvoiceListRow &row : InvoiceListQuery(*m_book).rows(all, {}, QDate(2026, 5, 1), {0, 50}))
        if (row.id == inv) {
            EXPECT_EQ(row.open, 0);
            EXPECT_EQ(row.partSeq, 3);
            EXPECT_EQ(row.dueDate, QDate(2026, 4, 1));
        }
}

// The customer list's overdue total counts an invoice with parts by its parts due before the
// date (as the account's figures do), in the page and when the list is sorted by it; a
// customer without parts is counted by the invoices' own due dates as before.
TEST_F(InstalmentReaders, theCustomerListCountsOverdueByPart)
{
    policy(QStringLiteral("Later"), QStringLiteral("10/60/90"));
    customer(QStringLiteral("C1"), QStringLiteral("Later"));
    customer(QStringLiteral("C2"));
    invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 90000, QDate(2026, 3, 1)); // 300.00 x 3
    invoice(QStringLiteral("INV-2"), QStringLiteral("C2"), 50000, QDate(2026, 1, 31)); // no parts

    const auto overdue = [&](QDate asOf, CustomerSortColumn column = CustomerSortColumn::Code) {
        std::map<QString, MinorUnits> byCode;
        std::vector<QString> order;
        for (const CustomerListRow &row :
             CustomerListQuery(*m_book).rows({}, {column, SortDirection::Descending}, asOf, {0, 50})) {
            byCode[row.code] = row.overdue;
            order.push_back(row.code);
        }
        return std::pair{byCode, order};
    };
    // 21 Jan: the first part (due 11 Jan) is overdue while the invoice's own due date is ahead.
    auto jan21 = overdue(QDate(2026, 1, 21)).first;
    EXPECT_EQ(jan21[QStringLiteral("C1")], 30000);
    EXPECT_EQ(jan21[QStringLiteral("C2")], 0);
    // 15 Mar: two parts (11 Jan, 2 Mar) although the invoice's own due date (1 Mar) has passed.
    auto [mar15, mar15Order] = overdue(QDate(2026, 3, 15), CustomerSortColumn::Overdue);
    EXPECT_EQ(mar15[QStringLiteral("C1")], 60000);
    EXPECT_EQ(mar15[QStringLiteral("C2")], 50000);
    EXPECT_EQ(mar15Order, (std::vector<QString>{QStringLiteral("C1"), QStringLiteral("C2")}));

    // 400.00 paid fills the first part and 100.00 of the second: 200.00 overdue on 15 Mar, so
    // C2's 500.00 now sorts first.
    pay(QStringLiteral("C1"), QStringLiteral("INV-1"), QDate(2026, 2, 1), 40000);
    auto [paid, paidOrder] = overdue(QDate(2026, 3, 15), CustomerSortColumn::Overdue);
    EXPECT_EQ(paid[QStringLiteral("C1")], 20000);
    EXPECT_EQ(paidOrder, (std::vector<QString>{QStringLiteral("C2"), QStringLiteral("C1")}));
    // The same figure as the account's, on every date around the parts' due dates.
    const Id c1 = LedgerRepository(*m_book).customerByCode(QStringLiteral("C1"))->id;
    for (const QDate asOf : {QDate(2026, 1, 11), QDate(2026, 1, 12), QDate(2026, 3, 2), QDate(2026, 3, 3),
                             QDate(2026, 4, 1), QDate(2026, 4, 2)}) {
        EXPECT_EQ(overdue(asOf).first[QStringLiteral("C1")], AccountRepository(*m_book).figures(c1, asOf).overdue)
                << asOf.toString(Qt::ISODate).toStdString();
    }
}

// Sorting the invoice list by due date or days past due orders by the date the row shows: an
// invoice with parts by its oldest open part's due date, merged between the others by their own,
// page by page; a payment that moves the oldest open part moves the row.
TEST_F(InstalmentReaders, theInvoiceListSortsByTheDueDateItShows)
{
    policy(QStringLiteral("Later"), QStringLiteral("10/60/90"));
    customer(QStringLiteral("C1"), QStringLiteral("Later"));
    customer(QStringLiteral("C2"));
    invoice(QStringLiteral("INV-1"), QStringLiteral("C1"), 90000, QDate(2026, 3, 1)); // parts 11 Jan, 2 Mar, 1 Apr
    invoice(QStringLiteral("INV-2"), QStringLiteral("C2"), 50000, QDate(2026, 2, 1));
    invoice(QStringLiteral("INV-3"), QStringLiteral("C2"), 50000, QDate(2026, 1, 5));
    invoice(QStringLiteral("INV-4"), QStringLiteral("C2"), 50000, QDate(2026, 3, 20));

    const auto listed = [&](InvoiceSortColumn column, SortDirection direction, RowWindow window = {0, 50},
                            InvoiceStatusFilter status = InvoiceStatusFilter::Open) {
        InvoiceListFilter filter;
        filter.status = status;
        std::vector<QString> numbers;
        QDate previous;
        for (const InvoiceListRow &row :
             InvoiceListQuery(*m_book).rows(filter, {column, direction}, QDate(2026, 3, 15), window)) {
            numbers.push_back(row.number);
            if (previous.isValid() && column == InvoiceSortColumn::DueDate) {
                EXPECT_TRUE(direction == SortDirection::Ascending ? previous <= row.dueDate : previous >= row.dueDate)
                        << row.number.toStdString();
            }
            previous = row.dueDate;
        }
        return numbers;
    };
    using Numbers = std::vector<QString>;
    const Numbers shown{QStringLiteral("INV-3"), QStringLiteral("INV-1"), QStringLiteral("INV-2"),
                        QStringLiteral("INV-4")};
    EXPECT_EQ(listed(InvoiceSortColumn::DueDate, SortDirection::Ascending), shown);
    EXPECT_EQ(listed(InvoiceSortColumn::DaysPastDue, SortDirection::Descending), shown);
    EXPECT_EQ(listed(InvoiceSortColumn::DueDate, SortDirection::Descending), Numbers(shown.rbegin(), shown.rend()));
    EXPECT_EQ(listed(InvoiceSortColumn::DueDate, SortDirection::Ascending, {1, 2}),
              (Numbers{QStringLiteral("INV-1"), QStringLiteral("INV-2")}));
    EXPECT_EQ(listed(InvoiceSortColumn::DueDate, SortDirection::Ascending, {3, 5}), Numbers{QStringLiteral("INV-4")});

    // 400.00 paid: the oldest open part is the second (2 Mar), after INV-2 (1 Feb).
    pay(QStringLiteral("C1"), QStringLiteral("INV-1"), QDate(2026, 2, 1), 40000);
    EXPECT_EQ(listed(InvoiceSortColumn::DueDate, SortDirection::Ascending),
              (Numbers{QStringLiteral("INV-3"), QStringLiteral("INV-2"), QStringLiteral("INV-1"),
                       QStringLiteral("INV-4")}));
    // Paid in full: the last part (1 Apr) in the list of all invoices.
    pay(QStringLiteral("C1"), QStringLiteral("INV-1"), QDate(2026, 2, 2), 50000);
    EXPECT_EQ(listed(InvoiceSortColumn::DueDate, SortDirection::Ascending, {0, 50}, InvoiceStatusFilter::All),
              (Numbers{QStringLiteral("INV-3"), QStringLiteral("INV-2"), QStringLiteral("INV-4"),
                       QStringLiteral("INV-1")}));
}

// `import invoices`: an invoice of a customer whose policy has instalment terms gets the parts
// postInvoice would give it (the same split, remainder on the last part), one too small to
// split and one of a customer without terms get none; the aging by parts and verify agree. A
// file with a bad row writes nothing, parts included.
TEST_F(InstalmentReaders, anInvoicesImportSplitsByThePolicysTerms)
{
    policy(QStringLiteral("Thirds"), QStringLiteral("30/60/90"));
    customer(QStringLiteral("C1"), QStringLiteral("Thirds"));
    customer(QStringLiteral("C2"));
    const Id posted = invoice(QStringLiteral("POSTED"), QStringLiteral("C1"), 90100, QDate(2026, 1, 31));

    const QByteArray bad = "number,customer_code,issue_date,due_date,amount,currency\n"
                           "IMP-1,C1,2026-01-01,2026-01-31,901.00,EUR\n"
                           "IMP-X,C1,2026-01-01,not-a-date,5.00,EUR\n";
    const auto refused = ImportService(*m_session).importData(ImportKind::Invoices, QStringLiteral("bad.csv"), bad, {});
    ASSERT_TRUE(refused) << describe(refused.error());
    EXPECT_FALSE(refused->problems.empty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_installments")), 3);

    const QByteArray csv = "number,customer_code,issue_date,due_date,amount,currency\n"
                           "IMP-1,C1,2026-01-01,2026-01-31,901.00,EUR\n"
                           "IMP-2,C1,2026-01-01,2026-01-31,0.02,EUR\n"
                           "IMP-3,C2,2026-01-01,2026-01-31,500.00,EUR\n";
    const auto report =
            ImportService(*m_session).importData(ImportKind::Invoices, QStringLiteral("invoices.csv"), csv, {});
    ASSERT_TRUE(report) << describe(report.error());
    ASSERT_TRUE(report->problems.empty()) << report->problems.front().reason.toStdString();

    LedgerRepository ledger(*m_book);
    const auto idOf = [&](const QString &number) {
        return scalar(QStringLiteral("SELECT id FROM invoices WHERE number = '%1'").arg(number));
    };
    const std::vector<InstalmentPart> imported = ledger.instalments(idOf(QStringLiteral("IMP-1")));
    const std::vector<InstalmentPart> expected = ledger.instalments(posted);
    ASSERT_EQ(imported.size(), 3u);
    ASSERT_EQ(expected.size(), 3u);
    for (std::size_t k = 0; k < 3; ++k) {
        EXPECT_EQ(imported[k].seq, expected[k].seq);
        EXPECT_EQ(imported[k].dueDate, expected[k].dueDate);
        EXPECT_EQ(imported[k].amount, expected[k].amount);
    }
    EXPECT_EQ(imported[0].amount, 30033);
    EXPECT_EQ(imported[2].amount, 30034);
    EXPECT_EQ(imported[2].dueDate, QDate(2026, 4, 1));
    EXPECT_TRUE(ledger.instalments(idOf(QStringLiteral("IMP-2"))).empty()); // 0.02 in three: one item
    EXPECT_TRUE(ledger.instalments(idOf(QStringLiteral("IMP-3"))).empty()); // no terms

    // Aged by parts through the aggregate and the detailed reading alike; verify ok.
    AgingRepository aging(*m_book);
    const auto buckets = AgingBuckets::fromEdges({30, 60, 90}).value();
    for (const QDate asOf : {QDate(2026, 1, 31), QDate(2026, 2, 1), QDate(2026, 3, 15), QDate(2026, 5, 15)}) {
        const AgingReport fast = aging.compute(asOf, AgingBasis::DueDate, buckets, AgingGrouping::Total);
        const AgingReport detailed = aging.computeDetailed(asOf, AgingBasis::DueDate, buckets, AgingGrouping::Total);
        ASSERT_EQ(fast.currencies.size(), 1u);
        ASSERT_EQ(detailed.currencies.size(), 1u);
        EXPECT_EQ(fast.currencies.front().buckets, detailed.currencies.front().buckets);
    }
    const AgingReport feb = aging.compute(QDate(2026, 2, 1), AgingBasis::DueDate, buckets, AgingGrouping::Total);
    // Overdue on 1 Feb: the first parts of POSTED and IMP-1, and IMP-2 and IMP-3 whole.
    EXPECT_EQ(feb.currencies.front().buckets[1], 30033 + 30033 + 2 + 50000);
    const VerifyReport verified = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(verified.ok) << verified.firstProblem.toStdString();
}
