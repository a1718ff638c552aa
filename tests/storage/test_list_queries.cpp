// The grids' list queries: filters, sorts and windows in SQL, totals per customer from
// the maintained state, and user text that is only ever bound (never SQL).

#include "storage/book.h"
#include "storage/ledger_repository.h"
#include "storage/list_queries.h"
#include "storage/user_repository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "support/test_book.h"

namespace ardesk {
namespace {

// The filters the tests ask for, every other field at its default (no aggregate initialisation
// that leaves fields out: -Wmissing-field-initializers).
CustomerListFilter customerFilter(const QString &search, std::optional<Id> collectorId)
{
    CustomerListFilter filter;
    filter.search = search;
    filter.collectorId = collectorId;
    return filter;
}

InvoiceListFilter invoiceFilter(const QString &search, InvoiceStatusFilter status, std::optional<Id> customerId)
{
    InvoiceListFilter filter;
    filter.search = search;
    filter.status = status;
    filter.customerId = customerId;
    return filter;
}

PaymentListFilter paymentFilter(const QString &search, PaymentStatusFilter status, std::optional<Id> customerId)
{
    PaymentListFilter filter;
    filter.search = search;
    filter.status = status;
    filter.customerId = customerId;
    return filter;
}

const QDate kAsOf(2026, 6, 30);

class ListQueriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Book::open(test::freshBookLocation(m_dir, QStringLiteral("lists.ardesk")), OpenMode::CreateNew);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_book = std::move(*opened);
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        const Stamp stamp = Stamp::now(std::nullopt);

        StaffUser anna;
        anna.login = QStringLiteral("anna");
        anna.name = QStringLiteral("Anna Collector");
        anna.role = Role::Collector;
        m_anna = UserRepository(*m_book).insert(anna, stamp);
        StaffUser bo;
        bo.login = QStringLiteral("bo");
        bo.name = QStringLiteral("Bo Collector");
        bo.role = Role::Collector;
        m_bo = UserRepository(*m_book).insert(bo, stamp);

        // C001 Acme: two open invoices (one overdue), a payment partly applied.
        m_acme = addCustomer(repo, "C001", "Acme GmbH", "EUR", 500000, m_anna);
        m_inv1 = addInvoice(repo, "INV-1001", m_acme, QDate(2026, 4, 1), QDate(2026, 5, 1), 100000, "EUR");
        m_inv2 = addInvoice(repo, "INV-1002", m_acme, QDate(2026, 6, 1), QDate(2026, 7, 1), 50000, "EUR");
        const Id acmePayment = addPayment(repo, "WIRE-77", m_acme, QDate(2026, 5, 10), 60000, "EUR", "wire");
        allocate(repo, m_inv1, acmePayment, QDate(2026, 5, 10), 40000); // 20000 stays unapplied
        // C002 Bolt: one invoice fully paid, one open not yet due; a credit note unapplied.
        m_bolt = addCustomer(repo, "C002", "Bolt & Nut AB", "SEK", std::nullopt, m_bo);
        m_inv3 = addInvoice(repo, "INV-1003", m_bolt, QDate(2026, 3, 1), QDate(2026, 3, 31), 30000, "SEK");
        m_inv4 = addInvoice(repo, "INV-2001", m_bolt, QDate(2026, 6, 15), QDate(2026, 7, 15), 70000, "SEK");
        const Id boltPayment = addPayment(repo, "CHK-5", m_bolt, QDate(2026, 4, 2), 30000, "SEK", "check");
        allocate(repo, m_inv3, boltPayment, QDate(2026, 4, 2), 30000);
        CreditNote note;
        note.number = QStringLiteral("CN-1");
        note.customerId = m_bolt;
        note.issueDate = QDate(2026, 6, 20);
        note.amount = 5000;
        note.currency = QStringLiteral("SEK");
        repo.postCreditNote(note, stamp);
        // C003 "The ACME Corp": nothing owed; a payment that was reversed.
        m_theAcme = addCustomer(repo, "C003", "The ACME Corp", "EUR", 100000, std::nullopt);
        m_reversedPayment = addPayment(repo, "WIRE-78", m_theAcme, QDate(2026, 6, 1), 9900, "EUR", "wire");
        Reversal reversal;
        reversal.kind = ReversalKind::Payment;
        reversal.targetId = m_reversedPayment;
        reversal.date = QDate(2026, 6, 2);
        reversal.reason = QStringLiteral("bounced");
        repo.postReversal(reversal, stamp);
        repo.markSourceReversed(ReversalKind::Payment, m_reversedPayment, reversal.date);
        // D-series: many small customers for windows and ties (same currency, same name stem).
        for (int i = 0; i < 25; ++i) {
            const Id id = addCustomer(repo, QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')), "Delta Trading",
                                      "EUR", std::nullopt, std::nullopt);
            addInvoice(repo, QStringLiteral("D-INV-%1").arg(i, 3, 10, QLatin1Char('0')), id,
                       QDate(2026, 1, 1).addDays(i), QDate(2026, 1, 31).addDays(i), 1000 * (i + 1), "EUR");
        }
        transaction.commit();
    }

    Id addCustomer(LedgerRepository &repo, const QString &code, const QString &name, const QString &currency,
                   std::optional<MinorUnits> limit, std::optional<Id> collector)
    {
        Customer c;
        c.code = code;
        c.name = name;
        c.currency = currency;
        c.creditLimit = limit;
        c.collectorId = collector;
        return repo.insertCustomer(c, Stamp::now(std::nullopt));
    }
    Id addInvoice(LedgerRepository &repo, const QString &number, Id customer, QDate issue, QDate due, MinorUnits amount,
                  const QString &currency)
    {
        Invoice i;
        i.number = number;
        i.customerId = customer;
        i.issueDate = issue;
        i.dueDate = due;
        i.amount = amount;
        i.currency = currency;
        return repo.postInvoice(i, Stamp::now(std::nullopt));
    }
    Id addPayment(LedgerRepository &repo, const QString &reference, Id customer, QDate date, MinorUnits amount,
                  const QString &currency, const QString &method)
    {
        Payment p;
        p.reference = reference;
        p.customerId = customer;
        p.receivedDate = date;
        p.amount = amount;
        p.currency = currency;
        p.method = method;
        return repo.postPayment(p, Stamp::now(std::nullopt));
    }
    void allocate(LedgerRepository &repo, Id invoice, Id payment, QDate date, MinorUnits amount)
    {
        Allocation a;
        a.invoiceId = invoice;
        a.source = AllocationSource::Payment;
        a.sourceId = payment;
        a.date = date;
        a.amount = amount;
        repo.postAllocation(a, Stamp::now(std::nullopt));
    }

    std::vector<CustomerListRow> customers(const QString &search = {},
                                           CustomerSortColumn column = CustomerSortColumn::Code,
                                           SortDirection direction = SortDirection::Ascending,
                                           RowWindow window = {0, 1000})
    {
        return CustomerListQuery(*m_book).rows(customerFilter(search, std::nullopt), {column, direction}, kAsOf, window);
    }
    static QStringList codes(const std::vector<CustomerListRow> &rows)
    {
        QStringList result;
        for (const auto &row : rows)
            result << row.code;
        return result;
    }
    std::vector<InvoiceListRow> invoices(InvoiceListFilter filter, InvoiceSortColumn column = InvoiceSortColumn::Number,
                                         SortDirection direction = SortDirection::Ascending,
                                         RowWindow window = {0, 1000})
    {
        return InvoiceListQuery(*m_book).rows(filter, {column, direction}, kAsOf, window);
    }
    static QStringList numbers(const std::vector<InvoiceListRow> &rows)
    {
        QStringList result;
        for (const auto &row : rows)
            result << row.number;
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    Id m_anna = 0, m_bo = 0;
    Id m_acme = 0, m_bolt = 0, m_theAcme = 0;
    Id m_inv1 = 0, m_inv2 = 0, m_inv3 = 0, m_inv4 = 0;
    Id m_reversedPayment = 0;
};

TEST_F(ListQueriesTest, customerTotalsComeFromTheMaintainedState)
{
    const auto rows = customers(QStringLiteral("C00"));
    ASSERT_EQ(codes(rows), (QStringList{"C001", "C002", "C003"}));

    const CustomerListRow &acme = rows[0];
    EXPECT_EQ(acme.name, QStringLiteral("Acme GmbH"));
    EXPECT_EQ(acme.currency, QStringLiteral("EUR"));
    EXPECT_EQ(acme.open, 60000 + 50000);
    EXPECT_EQ(acme.overdue, 60000); // INV-1001 due 1 May; INV-1002 due 1 July is not yet due
    EXPECT_EQ(acme.unapplied, 20000);
    EXPECT_EQ(acme.balance(), 90000);
    EXPECT_EQ(acme.creditLimit, std::optional<MinorUnits>(500000));
    EXPECT_EQ(acme.collectorLogin, QStringLiteral("anna"));

    const CustomerListRow &bolt = rows[1];
    EXPECT_EQ(bolt.open, 70000);
    EXPECT_EQ(bolt.overdue, 0);
    EXPECT_EQ(bolt.unapplied, 5000); // the credit note
    EXPECT_FALSE(bolt.creditLimit.has_value());
    EXPECT_EQ(bolt.collectorLogin, QStringLiteral("bo"));

    const CustomerListRow &theAcme = rows[2];
    EXPECT_EQ(theAcme.open, 0);
    EXPECT_EQ(theAcme.unapplied, 0); // the reversed payment is not cash on account
    EXPECT_TRUE(theAcme.collectorLogin.isEmpty());
}

TEST_F(ListQueriesTest, overdueDependsOnTheAsOfDate)
{
    const auto rows =
            CustomerListQuery(*m_book).rows(customerFilter(QStringLiteral("C001"), std::nullopt), {}, QDate(2026, 7, 2), {0, 10});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].overdue, 110000);
    const auto early =
            CustomerListQuery(*m_book).rows(customerFilter(QStringLiteral("C001"), std::nullopt), {}, QDate(2026, 5, 1), {0, 10});
    EXPECT_EQ(early[0].overdue, 0); // due that day: not yet overdue
}

TEST_F(ListQueriesTest, customerSearchMatchesCodePrefixOrPartOfName)
{
    EXPECT_EQ(codes(customers(QStringLiteral("c00"))), (QStringList{"C001", "C002", "C003"}));
    EXPECT_EQ(codes(customers(QStringLiteral("C002"))), QStringList{"C002"});
    EXPECT_EQ(codes(customers(QStringLiteral("acme"))), (QStringList{"C001", "C003"}));
    // Any ASCII case on both engines (SQLite's LIKE folds ASCII case itself; PostgreSQL's
    // query lowers both sides).
    EXPECT_EQ(codes(customers(QStringLiteral("ACME"))), (QStringList{"C001", "C003"}));
    EXPECT_EQ(codes(customers(QStringLiteral("aCmE"))), (QStringList{"C001", "C003"}));
    EXPECT_EQ(codes(customers(QStringLiteral("  Bolt & "))), QStringList{"C002"}); // trimmed
    EXPECT_EQ(codes(customers(QStringLiteral("001"))), QStringList{}); // code is a prefix match, not a substring
    EXPECT_EQ(customers(QStringLiteral("delta")).size(), 25u);
    EXPECT_EQ(CustomerListQuery(*m_book).count(customerFilter(QStringLiteral("delta"), std::nullopt)), 25);
    EXPECT_EQ(CustomerListQuery(*m_book).count({}), 28);
}

// A search in code order (the type-ahead's query, which picks the page's ids from the
// (code, name) index first) gives, in both directions and window by window, exactly the
// rows of the whole list that match: code prefix as typed or upper-cased, or part of the
// name in any ASCII case, with the same totals.
TEST_F(ListQueriesTest, codeOrderedSearchPagesAreTheMatchingRowsOfTheWholeList)
{
    for (const QString &search : {QStringLiteral("d0"), QStringLiteral("A"), QStringLiteral("c00"),
                                  QStringLiteral("trad"), QStringLiteral("nobody")}) {
        for (auto direction : {SortDirection::Ascending, SortDirection::Descending}) {
            std::vector<CustomerListRow> expected;
            for (const CustomerListRow &row : customers({}, CustomerSortColumn::Code, direction))
                if (row.code.startsWith(search) || row.code.startsWith(search.toUpper())
                    || row.name.contains(search, Qt::CaseInsensitive))
                    expected.push_back(row);
            std::vector<CustomerListRow> paged;
            for (qint64 offset = 0;; offset += 3) {
                const auto window = customers(search, CustomerSortColumn::Code, direction, {offset, 3});
                paged.insert(paged.end(), window.begin(), window.end());
                if (window.size() < 3)
                    break;
            }
            ASSERT_EQ(codes(paged), codes(expected)) << search.toStdString();
            for (std::size_t i = 0; i < paged.size(); ++i) {
                EXPECT_EQ(paged[i].id, expected[i].id);
                EXPECT_EQ(paged[i].name, expected[i].name);
                EXPECT_EQ(paged[i].currency, expected[i].currency);
                EXPECT_EQ(paged[i].creditLimit, expected[i].creditLimit);
                EXPECT_EQ(paged[i].collectorLogin, expected[i].collectorLogin);
                EXPECT_EQ(paged[i].open, expected[i].open);
                EXPECT_EQ(paged[i].overdue, expected[i].overdue);
                EXPECT_EQ(paged[i].unapplied, expected[i].unapplied);
            }
        }
    }
    EXPECT_EQ(codes(customers(QStringLiteral("a"), CustomerSortColumn::Code, SortDirection::Descending, {0, 2})),
              (QStringList{"D024", "D023"})); // "Delta Trading"
}

TEST_F(ListQueriesTest, searchTextIsNeverSql)
{
    EXPECT_TRUE(customers(QStringLiteral("%")).empty());
    EXPECT_TRUE(customers(QStringLiteral("_")).empty());
    EXPECT_TRUE(customers(QStringLiteral("\\")).empty());
    EXPECT_TRUE(customers(QStringLiteral("' OR 1=1 --")).empty());
    EXPECT_TRUE(customers(QStringLiteral("x'); DROP TABLE customers; --")).empty());
    EXPECT_EQ(CustomerListQuery(*m_book).count({}), 28);
    EXPECT_TRUE(invoices(invoiceFilter(QStringLiteral("' OR ''='"), InvoiceStatusFilter::All, {})).empty());
    EXPECT_EQ(codes(customers(QStringLiteral("&"))), QStringList{"C002"});
}

TEST_F(ListQueriesTest, customerCollectorFilter)
{
    const auto rows = CustomerListQuery(*m_book).rows(customerFilter({}, m_anna), {}, kAsOf, {0, 100});
    EXPECT_EQ(codes(rows), QStringList{"C001"});
    EXPECT_EQ(CustomerListQuery(*m_book).count(customerFilter({}, m_bo)), 1);
}

TEST_F(ListQueriesTest, customersSortByTotalsAndColumns)
{
    const auto byBalance = customers({}, CustomerSortColumn::Balance, SortDirection::Descending);
    ASSERT_EQ(byBalance.size(), 28u);
    EXPECT_EQ(byBalance[0].code, QStringLiteral("C001")); // 90000
    EXPECT_EQ(byBalance[1].code, QStringLiteral("C002")); // 65000
    EXPECT_EQ(byBalance[2].code, QStringLiteral("D024")); // 25000
    for (std::size_t i = 1; i < byBalance.size(); ++i)
        EXPECT_GE(byBalance[i - 1].balance(), byBalance[i].balance());

    const auto byOverdue = customers({}, CustomerSortColumn::Overdue, SortDirection::Descending, {0, 1});
    ASSERT_EQ(byOverdue.size(), 1u);
    EXPECT_EQ(byOverdue[0].code, QStringLiteral("C001"));

    const auto byUnapplied = customers({}, CustomerSortColumn::Unapplied, SortDirection::Descending, {0, 2});
    EXPECT_EQ(codes(byUnapplied), (QStringList{"C001", "C002"}));

    const auto byName = customers(QStringLiteral("C00"), CustomerSortColumn::Name, SortDirection::Descending);
    EXPECT_EQ(codes(byName), (QStringList{"C003", "C002", "C001"}));

    const auto byCollector = customers(QStringLiteral("C00"), CustomerSortColumn::Collector, SortDirection::Descending);
    EXPECT_EQ(codes(byCollector), (QStringList{"C002", "C001", "C003"})); // bo, anna, none

    const auto byLimit = customers(QStringLiteral("C00"), CustomerSortColumn::CreditLimit, SortDirection::Descending);
    EXPECT_EQ(codes(byLimit), (QStringList{"C001", "C003", "C002"}));
}

// Every sort, paged in windows of 4, gives every customer exactly once and in the same
// order as one big read (the id breaks ties, e.g. 25 customers named alike).
TEST_F(ListQueriesTest, windowsNeitherOverlapNorSkip)
{
    for (auto column : {CustomerSortColumn::Code, CustomerSortColumn::Name, CustomerSortColumn::Currency,
                        CustomerSortColumn::Balance, CustomerSortColumn::Overdue, CustomerSortColumn::Unapplied,
                        CustomerSortColumn::CreditLimit, CustomerSortColumn::Collector}) {
        for (auto direction : {SortDirection::Ascending, SortDirection::Descending}) {
            const QStringList whole = codes(customers({}, column, direction));
            QStringList paged;
            for (qint64 offset = 0;; offset += 4) {
                const auto window = customers({}, column, direction, {offset, 4});
                paged += codes(window);
                if (window.size() < 4)
                    break;
            }
            EXPECT_EQ(paged, whole) << static_cast<int>(column);
            EXPECT_EQ(std::set<QString>(paged.begin(), paged.end()).size(), 28u);
        }
    }
}

TEST_F(ListQueriesTest, invoiceStatusFilterAndCounts)
{
    const auto open = invoices(invoiceFilter({}, InvoiceStatusFilter::Open, {}));
    EXPECT_EQ(open.size(), 28u); // INV-1003 is paid
    EXPECT_EQ(InvoiceListQuery(*m_book).count(invoiceFilter({}, InvoiceStatusFilter::Open, {})), 28);
    EXPECT_EQ(InvoiceListQuery(*m_book).count(invoiceFilter({}, InvoiceStatusFilter::All, {})), 29);
    const auto all = invoices(invoiceFilter(QStringLiteral("INV-"), InvoiceStatusFilter::All, {}));
    EXPECT_EQ(numbers(all), (QStringList{"INV-1001", "INV-1002", "INV-1003", "INV-2001"}));
    const auto ofBolt = invoices(invoiceFilter({}, InvoiceStatusFilter::All, m_bolt));
    EXPECT_EQ(numbers(ofBolt), (QStringList{"INV-1003", "INV-2001"}));
}

TEST_F(ListQueriesTest, invoiceRowsCarryWhatTheGridShows)
{
    const auto rows = invoices(invoiceFilter(QStringLiteral("INV-1001"), InvoiceStatusFilter::All, {}));
    ASSERT_EQ(rows.size(), 1u);
    const InvoiceListRow &row = rows[0];
    EXPECT_EQ(row.id, m_inv1);
    EXPECT_EQ(row.customerId, m_acme);
    EXPECT_EQ(row.customerCode, QStringLiteral("C001"));
    EXPECT_EQ(row.customerName, QStringLiteral("Acme GmbH"));
    EXPECT_EQ(row.issueDate, QDate(2026, 4, 1));
    EXPECT_EQ(row.dueDate, QDate(2026, 5, 1));
    EXPECT_EQ(row.amount, 100000);
    EXPECT_EQ(row.open, 60000);
    EXPECT_EQ(row.currency, QStringLiteral("EUR"));
    EXPECT_EQ(row.daysPastDue, 60);
}

TEST_F(ListQueriesTest, invoiceSearchByNumberPrefixOrCustomer)
{
    EXPECT_EQ(numbers(invoices(invoiceFilter(QStringLiteral("inv-10"), InvoiceStatusFilter::All, {}))),
              (QStringList{"INV-1001", "INV-1002", "INV-1003"}));
    EXPECT_EQ(numbers(invoices(invoiceFilter(QStringLiteral("bolt"), InvoiceStatusFilter::Open, {}))), QStringList{"INV-2001"});
    EXPECT_EQ(numbers(invoices(invoiceFilter(QStringLiteral("C001"), InvoiceStatusFilter::Open, {}))),
              (QStringList{"INV-1001", "INV-1002"}));
    EXPECT_EQ(InvoiceListQuery(*m_book).count(invoiceFilter(QStringLiteral("acme"), InvoiceStatusFilter::All, {})), 2);
    EXPECT_EQ(InvoiceListQuery(*m_book).count(invoiceFilter(QStringLiteral("d-inv-01"), InvoiceStatusFilter::All, {})), 10);
}

TEST_F(ListQueriesTest, invoiceSorts)
{
    const InvoiceListFilter filter = invoiceFilter(QStringLiteral("INV-"), InvoiceStatusFilter::All, {});
    EXPECT_EQ(numbers(invoices(filter, InvoiceSortColumn::DueDate)),
              (QStringList{"INV-1003", "INV-1001", "INV-1002", "INV-2001"}));
    EXPECT_EQ(numbers(invoices(filter, InvoiceSortColumn::DaysPastDue, SortDirection::Descending)),
              (QStringList{"INV-1003", "INV-1001", "INV-1002", "INV-2001"}));
    EXPECT_EQ(numbers(invoices(filter, InvoiceSortColumn::Amount, SortDirection::Descending)),
              (QStringList{"INV-1001", "INV-2001", "INV-1002", "INV-1003"}));
    EXPECT_EQ(numbers(invoices(filter, InvoiceSortColumn::Open, SortDirection::Ascending)),
              (QStringList{"INV-1003", "INV-1002", "INV-1001", "INV-2001"}));
    EXPECT_EQ(numbers(invoices(filter, InvoiceSortColumn::CustomerName, SortDirection::Descending)),
              (QStringList{"INV-2001", "INV-1003", "INV-1002", "INV-1001"}));
    EXPECT_EQ(numbers(invoices(filter, InvoiceSortColumn::IssueDate, SortDirection::Descending, {1, 2})),
              (QStringList{"INV-1002", "INV-1001"}));
}

TEST_F(ListQueriesTest, paymentsWithStatusReversalAndSearch)
{
    PaymentListQuery query(*m_book);
    const auto all = query.rows({}, {}, {0, 100}); // newest first
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].reference, QStringLiteral("WIRE-78"));
    EXPECT_TRUE(all[0].reversed);
    EXPECT_EQ(all[0].reversedDate, QDate(2026, 6, 2));
    EXPECT_EQ(all[1].reference, QStringLiteral("WIRE-77"));
    EXPECT_EQ(all[1].customerCode, QStringLiteral("C001"));
    EXPECT_EQ(all[1].amount, 60000);
    EXPECT_EQ(all[1].unapplied, 20000);
    EXPECT_EQ(all[1].method, QStringLiteral("wire"));
    EXPECT_EQ(all[1].receivedDate, QDate(2026, 5, 10));
    EXPECT_FALSE(all[1].reversed);
    EXPECT_EQ(all[2].reference, QStringLiteral("CHK-5"));

    const auto unapplied = query.rows(paymentFilter({}, PaymentStatusFilter::WithUnapplied, {}), {}, {0, 100});
    ASSERT_EQ(unapplied.size(), 1u);
    EXPECT_EQ(unapplied[0].reference, QStringLiteral("WIRE-77"));
    EXPECT_EQ(query.count(paymentFilter({}, PaymentStatusFilter::WithUnapplied, {})), 1);

    EXPECT_EQ(query.count(paymentFilter(QStringLiteral("wire"), PaymentStatusFilter::All, {})), 2);
    EXPECT_EQ(query.count(paymentFilter(QStringLiteral("bolt"), PaymentStatusFilter::All, {})), 1);
    const auto byAmount = query.rows({}, {PaymentSortColumn::Amount, SortDirection::Ascending}, {0, 100});
    EXPECT_EQ(byAmount[0].reference, QStringLiteral("WIRE-78"));
    EXPECT_EQ(byAmount[2].reference, QStringLiteral("WIRE-77"));
    const auto byStatus = query.rows({}, {PaymentSortColumn::Status, SortDirection::Ascending}, {0, 100});
    EXPECT_EQ(byStatus[0].reference, QStringLiteral("CHK-5"));   // applied
    EXPECT_EQ(byStatus[1].reference, QStringLiteral("WIRE-77")); // unapplied cash
    EXPECT_EQ(byStatus[2].reference, QStringLiteral("WIRE-78")); // reversed
}

} // namespace
} // namespace ardesk
