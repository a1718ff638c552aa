// The big lists (customers, invoices, payments) sorted by every column, both ways, read a
// page at a time as the grids read them (docs/performance.md "Scrolling the lists"):
// - each row comes once, and the pages put together are the same rows in the same order
//   as one read of everything (paging is stable: ties are broken by the row's id);
// - the rows run in the column's order, rows with the same value by id in the same
//   direction (by the days late: the due date the other way round, as the list shows it);
// - a page is never more than its window.
// On SQLite text sorts by its bytes; on PostgreSQL by the database's collation, so there
// the text columns are checked for stability and ties only.

#include "services/book_service.h"
#include "services/browse_service.h"
#include "services/demo_generator.h"
#include "services/ledger_service.h"
#include "support/test_book.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <memory>
#include <tuple>
#include <variant>

namespace ardesk {
namespace {

const QDate kToday{2026, 6, 15};
constexpr qint64 kPage = 37; // odd, so pages end inside groups of equal values

// A row's sort value: text, a number, or nothing (SQL NULL).
using Key = std::variant<std::monostate, QString, qint64>;

// -1, 0, 1 as SQL orders a and b ascending; nulls are left out (engines differ).
std::optional<int> compareKeys(const Key &a, const Key &b, bool textOrderKnown)
{
    if (std::holds_alternative<std::monostate>(a) || std::holds_alternative<std::monostate>(b))
        return std::nullopt;
    if (const auto *x = std::get_if<qint64>(&a))
        return *x < std::get<qint64>(b) ? -1 : (*x > std::get<qint64>(b) ? 1 : 0);
    const QString &x = std::get<QString>(a);
    const QString &y = std::get<QString>(b);
    if (x == y)
        return 0;
    if (!textOrderKnown)
        return std::nullopt;
    const QByteArray u = x.toUtf8(), v = y.toUtf8();
    return u < v ? -1 : 1;
}

class ListSortOrder : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = std::make_unique<QTemporaryDir>();
        auto book = BookService::create(test::freshBookLocation(*s_folder, QStringLiteral("lists.ardesk")));
        ASSERT_TRUE(book) << book.error().message.toStdString();
        s_book = std::move(*book);
        auto session = BookService::localSession(*s_book);
        ASSERT_TRUE(session);
        s_session = std::move(*session);
        DemoOptions options;
        options.customers = 30;
        options.seed = 7;
        options.today = kToday;
        auto summary = DemoGenerator(*s_session).generate(options);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        s_session.reset();
        s_book.reset();
        s_folder.reset();
    }

    // Reads every row page by page and in one window; checks they agree, then the order.
    template<typename Row>
    void checkOrder(const std::function<Result<std::vector<Row>>(RowWindow)> &read, qint64 expectedCount,
                    const std::function<Key(const Row &)> &key, bool descending, bool textOrderKnown,
                    const std::string &what)
    {
        SCOPED_TRACE(what);
        std::vector<Row> paged;
        for (qint64 offset = 0;; offset += kPage) {
            auto page = read({offset, kPage});
            ASSERT_TRUE(page) << page.error().message.toStdString();
            ASSERT_LE(qint64(page->size()), kPage);
            paged.insert(paged.end(), page->begin(), page->end());
            if (qint64(page->size()) < kPage)
                break;
        }
        auto whole = read({0, 1000000});
        ASSERT_TRUE(whole);
        ASSERT_EQ(qint64(paged.size()), expectedCount);
        ASSERT_EQ(whole->size(), paged.size());
        std::set<Id> seen;
        for (std::size_t i = 0; i < paged.size(); ++i) {
            ASSERT_EQ(paged[i].id, (*whole)[i].id) << "row " << i;
            EXPECT_TRUE(seen.insert(paged[i].id).second) << "row " << i << " twice";
        }
        int ties = 0;
        for (std::size_t i = 1; i < paged.size(); ++i) {
            const auto order = compareKeys(key(paged[i - 1]), key(paged[i]), textOrderKnown);
            if (!order)
                continue;
            const int expected = descending ? -*order : *order;
            EXPECT_LE(expected, 0) << "rows " << i - 1 << " and " << i << " out of order";
            if (*order == 0) {
                ++ties;
                EXPECT_TRUE(descending ? paged[i - 1].id > paged[i].id : paged[i - 1].id < paged[i].id)
                        << "tie at rows " << i - 1 << " and " << i << " not by id";
            }
        }
        (void)ties;
    }

    // Reads the list by keyset (RowWindow::after: the page after a row's sort value and id):
    // from the start onwards, from the end backwards (in the reversed order), from a page in
    // the middle both ways, and with an offset after a key; each way gives the rows of one
    // read of the whole list, in its order. `read(window, reversed)`.
    template<typename Row>
    void checkKeyset(const std::function<Result<std::vector<Row>>(const RowWindow &, bool)> &read,
                     const std::string &what, qint64 pageSize = kPage)
    {
        SCOPED_TRACE(what);
        auto whole = read({0, 1000000, std::nullopt}, false);
        ASSERT_TRUE(whole) << whole.error().message.toStdString();
        std::vector<Id> expected;
        for (const Row &row : *whole)
            expected.push_back(row.id);
        auto keyOf = [](const Row &row) { return ListKey{row.sortKey, row.id}; };
        auto walk = [&](bool reversed, std::optional<ListKey> after) {
            std::vector<Id> ids;
            for (std::size_t guard = 0; guard <= expected.size(); ++guard) {
                auto page = read({0, pageSize, after}, reversed);
                EXPECT_TRUE(page) << page.error().message.toStdString();
                if (!page)
                    break;
                for (const Row &row : *page)
                    ids.push_back(row.id);
                if (qint64(page->size()) < pageSize)
                    break;
                after = keyOf(page->back());
            }
            if (reversed)
                std::reverse(ids.begin(), ids.end());
            return ids;
        };
        EXPECT_EQ(walk(false, std::nullopt), expected) << "forwards";
        EXPECT_EQ(walk(true, std::nullopt), expected) << "backwards from the end";
        const qint64 middle = qint64(expected.size()) / 2;
        auto page = read({middle, pageSize, std::nullopt}, false);
        ASSERT_TRUE(page);
        if (page->empty())
            return;
        std::vector<Id> joined = walk(true, keyOf(page->front()));
        for (const Row &row : *page)
            joined.push_back(row.id);
        const std::vector<Id> after = walk(false, keyOf(page->back()));
        joined.insert(joined.end(), after.begin(), after.end());
        EXPECT_EQ(joined, expected) << "from the middle both ways";
        // An offset counts from the key on.
        auto first = read({0, pageSize, std::nullopt}, false);
        ASSERT_TRUE(first && !first->empty());
        auto skipped = read({pageSize, pageSize, keyOf(first->back())}, false);
        ASSERT_TRUE(skipped);
        const std::size_t from = std::min(expected.size(), first->size() + std::size_t(pageSize));
        std::vector<Id> want(expected.begin() + qsizetype(from),
                             expected.begin() + qsizetype(std::min(expected.size(), from + std::size_t(pageSize))));
        std::vector<Id> got;
        for (const Row &row : *skipped)
            got.push_back(row.id);
        EXPECT_EQ(got, want) << "an offset after a key";
    }

    static SortDirection turned(SortDirection direction, bool reversed)
    {
        return reversed == (direction == SortDirection::Ascending) ? SortDirection::Descending : SortDirection::Ascending;
    }

    static inline std::unique_ptr<QTemporaryDir> s_folder;
    static inline std::unique_ptr<Book> s_book;
    static inline std::unique_ptr<Session> s_session;
};

TEST_F(ListSortOrder, invoicesByEveryColumnBothWaysInStablePages)
{
    BrowseService browse(*s_session);
    const bool bytes = !test::onPostgres();
    const std::vector<std::pair<InvoiceSortColumn, std::function<Key(const InvoiceListRow &)>>> columns{
            {InvoiceSortColumn::Number, [](const InvoiceListRow &r) { return Key(r.number); }},
            {InvoiceSortColumn::CustomerCode, [](const InvoiceListRow &r) { return Key(r.customerCode); }},
            {InvoiceSortColumn::CustomerName, [](const InvoiceListRow &r) { return Key(r.customerName); }},
            {InvoiceSortColumn::IssueDate, [](const InvoiceListRow &r) { return Key(r.issueDate.toJulianDay()); }},
            {InvoiceSortColumn::DueDate, [](const InvoiceListRow &r) { return Key(r.dueDate.toJulianDay()); }},
            {InvoiceSortColumn::Amount, [](const InvoiceListRow &r) { return Key(qint64(r.amount)); }},
            {InvoiceSortColumn::Open, [](const InvoiceListRow &r) { return Key(qint64(r.open)); }},
            // Days late ascending = due date descending (ties by id descending too).
            {InvoiceSortColumn::DaysPastDue, [](const InvoiceListRow &r) { return Key(r.dueDate.toJulianDay()); }},
    };
    for (const InvoiceStatusFilter status : {InvoiceStatusFilter::All, InvoiceStatusFilter::Open}) {
        InvoiceListFilter filter;
        filter.status = status;
        const auto count = browse.invoiceCount(filter);
        ASSERT_TRUE(count);
        ASSERT_GT(*count, kPage);
        for (const auto &[column, key] : columns) {
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                const InvoiceListSort sort{column, direction};
                const bool descending = (direction == SortDirection::Descending) != (column == InvoiceSortColumn::DaysPastDue);
                checkOrder<InvoiceListRow>(
                        [&](RowWindow window) { return browse.invoices(filter, sort, kToday, window); }, *count, key,
                        descending, bytes,
                        "invoices " + std::string(status == InvoiceStatusFilter::All ? "all" : "open") + " column "
                                + std::to_string(int(column)) + (direction == SortDirection::Descending ? " desc" : " asc"));
            }
        }
    }
    // A customer's invoices sorted by customer: every one of them, in id order.
    InvoiceListFilter one;
    one.status = InvoiceStatusFilter::All;
    auto first = browse.invoices(one, {InvoiceSortColumn::Number, SortDirection::Ascending}, kToday, {0, 1});
    ASSERT_TRUE(first && !first->empty());
    one.customerId = first->front().customerId;
    const auto count = browse.invoiceCount(one);
    ASSERT_TRUE(count);
    checkOrder<InvoiceListRow>(
            [&](RowWindow window) {
                return browse.invoices(one, {InvoiceSortColumn::CustomerCode, SortDirection::Ascending}, kToday, window);
            },
            *count, [](const InvoiceListRow &r) { return Key(r.customerCode); }, false, bytes, "one customer's");
}

TEST_F(ListSortOrder, paymentsByEveryColumnBothWaysInStablePages)
{
    BrowseService browse(*s_session);
    const bool bytes = !test::onPostgres();
    const std::vector<std::pair<PaymentSortColumn, std::function<Key(const PaymentListRow &)>>> columns{
            {PaymentSortColumn::ReceivedDate, [](const PaymentListRow &r) { return Key(r.receivedDate.toJulianDay()); }},
            {PaymentSortColumn::Reference, [](const PaymentListRow &r) { return Key(r.reference); }},
            {PaymentSortColumn::CustomerCode, [](const PaymentListRow &r) { return Key(r.customerCode); }},
            {PaymentSortColumn::CustomerName, [](const PaymentListRow &r) { return Key(r.customerName); }},
            {PaymentSortColumn::Amount, [](const PaymentListRow &r) { return Key(qint64(r.amount)); }},
            {PaymentSortColumn::Unapplied, [](const PaymentListRow &r) { return Key(qint64(r.unapplied)); }},
            {PaymentSortColumn::Method, [](const PaymentListRow &r) { return Key(r.method); }},
            {PaymentSortColumn::Status,
             [](const PaymentListRow &r) { return Key(qint64(r.reversed ? 2 : (r.unapplied != 0 ? 1 : 0))); }},
    };
    for (const PaymentStatusFilter status : {PaymentStatusFilter::All, PaymentStatusFilter::WithUnapplied}) {
        PaymentListFilter filter;
        filter.status = status;
        const auto count = browse.paymentCount(filter);
        ASSERT_TRUE(count);
        ASSERT_GT(*count, status == PaymentStatusFilter::All ? 3 * kPage : 0);
        for (const auto &[column, key] : columns) {
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                const PaymentListSort sort{column, direction};
                checkOrder<PaymentListRow>([&](RowWindow window) { return browse.payments(filter, sort, window); },
                                           *count, key, direction == SortDirection::Descending, bytes,
                                           "payments " + std::string(status == PaymentStatusFilter::All ? "all" : "unapplied")
                                                   + " column " + std::to_string(int(column))
                                                   + (direction == SortDirection::Descending ? " desc" : " asc"));
            }
        }
    }
}

// The open items and the payments with unapplied cash (docs/performance.md "Issue 8, session
// 11": the open ones by issue date and amount from their own partial indexes, the unapplied ones
// as keys first and rows after) against a reference made here: every invoice (payment) read
// whole, the open ones (with unapplied cash) kept, sorted in C++ by the column's value from the
// row and then the id, in the sort's direction; the list read whole, in pages by offset and by
// keyset both ways must be that, row for row. Text columns on SQLite only (by bytes; PostgreSQL
// sorts by its collation).
TEST_F(ListSortOrder, theOpenAndUnappliedListsAreTheFilteredWholeListSortedByColumnAndId)
{
    BrowseService browse(*s_session);
    const bool bytes = !test::onPostgres();
    auto before = [](const Key &a, const Key &b, Id ida, Id idb, bool descending) {
        if (a != b) {
            const int order = *compareKeys(a, b, true);
            return descending ? order > 0 : order < 0;
        }
        return descending ? ida > idb : ida < idb;
    };
    auto idsOf = [](const auto &rows) {
        std::vector<Id> ids;
        for (const auto &row : rows)
            ids.push_back(row.id);
        return ids;
    };
    {
        InvoiceListFilter all;
        all.status = InvoiceStatusFilter::All;
        auto every = browse.invoices(all, {InvoiceSortColumn::Number, SortDirection::Ascending}, kToday, {0, 1000000});
        ASSERT_TRUE(every);
        std::vector<InvoiceListRow> open;
        for (const InvoiceListRow &row : *every)
            if (row.open != 0)
                open.push_back(row);
        const qint64 page = 7; // pages end inside groups of equal values
        ASSERT_GT(qint64(open.size()), 3 * page);
        const std::vector<std::tuple<InvoiceSortColumn, bool, std::function<Key(const InvoiceListRow &)>>> columns{
                {InvoiceSortColumn::Number, true, [](const InvoiceListRow &r) { return Key(r.number); }},
                {InvoiceSortColumn::CustomerCode, true, [](const InvoiceListRow &r) { return Key(r.customerCode); }},
                {InvoiceSortColumn::CustomerName, true, [](const InvoiceListRow &r) { return Key(r.customerName); }},
                {InvoiceSortColumn::IssueDate, false, [](const InvoiceListRow &r) { return Key(r.issueDate.toJulianDay()); }},
                {InvoiceSortColumn::DueDate, false, [](const InvoiceListRow &r) { return Key(r.dueDate.toJulianDay()); }},
                {InvoiceSortColumn::Amount, false, [](const InvoiceListRow &r) { return Key(qint64(r.amount)); }},
                {InvoiceSortColumn::Open, false, [](const InvoiceListRow &r) { return Key(qint64(r.open)); }},
                {InvoiceSortColumn::DaysPastDue, false, [](const InvoiceListRow &r) { return Key(r.dueDate.toJulianDay()); }},
        };
        InvoiceListFilter filter;
        filter.status = InvoiceStatusFilter::Open;
        for (const auto &[column, text, key] : columns) {
            if (text && !bytes)
                continue;
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                const std::string what = "open invoices column " + std::to_string(int(column))
                        + (direction == SortDirection::Descending ? " desc" : " asc");
                SCOPED_TRACE(what);
                const bool descending =
                        (direction == SortDirection::Descending) != (column == InvoiceSortColumn::DaysPastDue);
                std::vector<InvoiceListRow> expected = open;
                std::stable_sort(expected.begin(), expected.end(), [&](const InvoiceListRow &a, const InvoiceListRow &b) {
                    return before(key(a), key(b), a.id, b.id, descending);
                });
                const InvoiceListSort sort{column, direction};
                auto whole = browse.invoices(filter, sort, kToday, {0, 1000000});
                ASSERT_TRUE(whole);
                EXPECT_EQ(idsOf(*whole), idsOf(expected)) << "whole";
                std::vector<Id> paged;
                for (qint64 offset = 0; offset < qint64(expected.size()); offset += page) {
                    auto rows = browse.invoices(filter, sort, kToday, {offset, page});
                    ASSERT_TRUE(rows);
                    const std::vector<Id> ids = idsOf(*rows);
                    paged.insert(paged.end(), ids.begin(), ids.end());
                }
                EXPECT_EQ(paged, idsOf(expected)) << "pages by offset";
                checkKeyset<InvoiceListRow>(
                        [&](const RowWindow &window, bool reversed) {
                            return browse.invoices(filter, {column, turned(direction, reversed)}, kToday, window);
                        },
                        what, page);
            }
        }
    }
    {
        // More payments with unapplied cash, with ties in every column (day, amount, method,
        // reference, customer).
        auto customers = browse.customers({}, {CustomerSortColumn::Code, SortDirection::Ascending}, kToday, {0, 5});
        ASSERT_TRUE(customers && customers->size() == 5);
        LedgerService ledger(*s_session);
        for (int i = 0; i < 17; ++i) {
            PaymentInput input;
            input.customerCode = (*customers)[std::size_t(i % 5)].code;
            input.receivedDate = kToday.addDays(-(i % 3));
            input.amount = 100'00 * (1 + i % 4);
            input.method = i % 2 == 0 ? QStringLiteral("wire") : QStringLiteral("cheque");
            input.reference = QStringLiteral("UNAPPLIED-%1").arg(i % 6);
            auto posted = ledger.postPayment(input);
            ASSERT_TRUE(posted) << posted.error().message.toStdString();
        }
        auto every = browse.payments({}, {PaymentSortColumn::ReceivedDate, SortDirection::Ascending}, {0, 1000000});
        ASSERT_TRUE(every);
        std::vector<PaymentListRow> unapplied;
        for (const PaymentListRow &row : *every)
            if (row.unapplied != 0)
                unapplied.push_back(row);
        ASSERT_GT(qint64(unapplied.size()), 15);
        const std::vector<std::tuple<PaymentSortColumn, bool, std::function<Key(const PaymentListRow &)>>> columns{
                {PaymentSortColumn::ReceivedDate, false,
                 [](const PaymentListRow &r) { return Key(r.receivedDate.toJulianDay()); }},
                {PaymentSortColumn::Reference, true, [](const PaymentListRow &r) { return Key(r.reference); }},
                {PaymentSortColumn::CustomerCode, true, [](const PaymentListRow &r) { return Key(r.customerCode); }},
                {PaymentSortColumn::CustomerName, true, [](const PaymentListRow &r) { return Key(r.customerName); }},
                {PaymentSortColumn::Amount, false, [](const PaymentListRow &r) { return Key(qint64(r.amount)); }},
                {PaymentSortColumn::Unapplied, false, [](const PaymentListRow &r) { return Key(qint64(r.unapplied)); }},
                {PaymentSortColumn::Method, true, [](const PaymentListRow &r) { return Key(r.method); }},
                {PaymentSortColumn::Status, false,
                 [](const PaymentListRow &r) { return Key(qint64(r.reversed ? 2 : (r.unapplied != 0 ? 1 : 0))); }},
        };
        PaymentListFilter filter;
        filter.status = PaymentStatusFilter::WithUnapplied;
        const qint64 page = 3; // the list is short in this book
        for (const auto &[column, text, key] : columns) {
            if (text && !bytes)
                continue;
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                const std::string what = "unapplied payments column " + std::to_string(int(column))
                        + (direction == SortDirection::Descending ? " desc" : " asc");
                SCOPED_TRACE(what);
                const bool descending = direction == SortDirection::Descending;
                std::vector<PaymentListRow> expected = unapplied;
                std::stable_sort(expected.begin(), expected.end(), [&](const PaymentListRow &a, const PaymentListRow &b) {
                    return before(key(a), key(b), a.id, b.id, descending);
                });
                const PaymentListSort sort{column, direction};
                auto whole = browse.payments(filter, sort, {0, 1000000});
                ASSERT_TRUE(whole);
                EXPECT_EQ(idsOf(*whole), idsOf(expected)) << "whole";
                std::vector<Id> paged;
                for (qint64 offset = 0; offset < qint64(expected.size()); offset += page) {
                    auto rows = browse.payments(filter, sort, {offset, page});
                    ASSERT_TRUE(rows);
                    const std::vector<Id> ids = idsOf(*rows);
                    paged.insert(paged.end(), ids.begin(), ids.end());
                }
                EXPECT_EQ(paged, idsOf(expected)) << "pages by offset";
                checkKeyset<PaymentListRow>(
                        [&](const RowWindow &window, bool reversed) {
                            return browse.payments(filter, {column, turned(direction, reversed)}, window);
                        },
                        what, page);
                // With a search (the payments joined in the first step): the matching rows, in order.
                PaymentListFilter searched = filter;
                searched.search = QStringLiteral("unapplied-1");
                std::vector<Id> matching;
                for (const PaymentListRow &row : expected)
                    if (row.reference.startsWith(QStringLiteral("UNAPPLIED-1")))
                        matching.push_back(row.id);
                ASSERT_FALSE(matching.empty());
                auto found = browse.payments(searched, sort, {0, 1000000});
                ASSERT_TRUE(found);
                EXPECT_EQ(idsOf(*found), matching) << "searched";
                // Every row as the whole list shows it (the second step's join).
                for (std::size_t i = 0; i < whole->size() && i < expected.size(); ++i) {
                    const PaymentListRow &a = (*whole)[i];
                    const PaymentListRow &b = expected[i];
                    EXPECT_TRUE(a.reference == b.reference && a.customerCode == b.customerCode
                                && a.customerName == b.customerName && a.receivedDate == b.receivedDate
                                && a.amount == b.amount && a.unapplied == b.unapplied && a.currency == b.currency
                                && a.method == b.method && a.reversed == b.reversed)
                            << "row " << i;
                }
            }
        }
    }
}

TEST_F(ListSortOrder, customersByEveryColumnBothWaysInStablePages)
{
    BrowseService browse(*s_session);
    const bool bytes = !test::onPostgres();
    const std::vector<std::pair<CustomerSortColumn, std::function<Key(const CustomerListRow &)>>> columns{
            {CustomerSortColumn::Code, [](const CustomerListRow &r) { return Key(r.code); }},
            {CustomerSortColumn::Name, [](const CustomerListRow &r) { return Key(r.name); }},
            {CustomerSortColumn::Currency, [](const CustomerListRow &r) { return Key(r.currency); }},
            {CustomerSortColumn::Balance, [](const CustomerListRow &r) { return Key(qint64(r.open - r.unapplied)); }},
            {CustomerSortColumn::Overdue, [](const CustomerListRow &r) { return Key(qint64(r.overdue)); }},
            {CustomerSortColumn::Unapplied, [](const CustomerListRow &r) { return Key(qint64(r.unapplied)); }},
            {CustomerSortColumn::CreditLimit,
             [](const CustomerListRow &r) { return r.creditLimit ? Key(qint64(*r.creditLimit)) : Key(); }},
            {CustomerSortColumn::Collector, [](const CustomerListRow &r) { return Key(r.collectorLogin); }},
    };
    const auto count = browse.customerCount({});
    ASSERT_TRUE(count);
    for (const auto &[column, key] : columns) {
        for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
            const CustomerListSort sort{column, direction};
            // Pages of 7 here: the demo has 30 customers.
            SCOPED_TRACE(int(column));
            std::vector<CustomerListRow> paged;
            for (qint64 offset = 0;; offset += 7) {
                auto page = browse.customers({}, sort, kToday, {offset, 7});
                ASSERT_TRUE(page);
                paged.insert(paged.end(), page->begin(), page->end());
                if (page->size() < 7)
                    break;
            }
            auto whole = browse.customers({}, sort, kToday, {0, 1000});
            ASSERT_TRUE(whole);
            ASSERT_EQ(qint64(paged.size()), *count);
            ASSERT_EQ(paged.size(), whole->size());
            for (std::size_t i = 0; i < paged.size(); ++i)
                ASSERT_EQ(paged[i].id, (*whole)[i].id);
            const bool descending = direction == SortDirection::Descending;
            for (std::size_t i = 1; i < paged.size(); ++i) {
                const auto order = compareKeys(key(paged[i - 1]), key(paged[i]), bytes);
                if (!order)
                    continue;
                EXPECT_LE(descending ? -*order : *order, 0) << "rows " << i - 1 << " and " << i;
                if (*order == 0) {
                    EXPECT_TRUE(descending ? paged[i - 1].id > paged[i].id : paged[i - 1].id < paged[i].id);
                }
            }
        }
    }
}

// Keyset paging (the grids' model reads a page next to one it holds this way): every list,
// every sort column both ways, read onwards from the start, backwards from the end, and out
// from the middle, is the one read of the whole list, ties by id; the customers' search (its
// own plan) and a customer's documents too.
TEST_F(ListSortOrder, pagesReadByKeysetInAnyOrderAreTheWholeSortedList)
{
    BrowseService browse(*s_session);
    for (const InvoiceStatusFilter status : {InvoiceStatusFilter::All, InvoiceStatusFilter::Open}) {
        InvoiceListFilter filter;
        filter.status = status;
        for (int column = 0; column <= int(InvoiceSortColumn::DaysPastDue); ++column) {
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                checkKeyset<InvoiceListRow>(
                        [&](const RowWindow &window, bool reversed) {
                            return browse.invoices(filter, {InvoiceSortColumn(column), turned(direction, reversed)},
                                                   kToday, window);
                        },
                        "invoices " + std::to_string(int(status)) + " column " + std::to_string(column)
                                + (direction == SortDirection::Descending ? " desc" : " asc"));
            }
        }
    }
    for (const PaymentStatusFilter status : {PaymentStatusFilter::All, PaymentStatusFilter::WithUnapplied}) {
        PaymentListFilter filter;
        filter.status = status;
        for (int column = 0; column <= int(PaymentSortColumn::Status); ++column) {
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                checkKeyset<PaymentListRow>(
                        [&](const RowWindow &window, bool reversed) {
                            return browse.payments(filter, {PaymentSortColumn(column), turned(direction, reversed)},
                                                   window);
                        },
                        "payments " + std::to_string(int(status)) + " column " + std::to_string(column)
                                + (direction == SortDirection::Descending ? " desc" : " asc"));
            }
        }
    }
    for (const QString &search : {QString(), QStringLiteral("C10")}) {
        CustomerListFilter filter;
        filter.search = search;
        for (int column = 0; column <= int(CustomerSortColumn::Collector); ++column) {
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                checkKeyset<CustomerListRow>(
                        [&](const RowWindow &window, bool reversed) {
                            return browse.customers(filter, {CustomerSortColumn(column), turned(direction, reversed)},
                                                    kToday, window);
                        },
                        "customers '" + search.toStdString() + "' column " + std::to_string(column)
                                + (direction == SortDirection::Descending ? " desc" : " asc"),
                        4); // pages of 4: the demo has 30 customers
            }
        }
    }
    // One customer's invoices and payments (their own indexes).
    auto first = browse.invoices({}, {InvoiceSortColumn::Number, SortDirection::Ascending}, kToday, {0, 1});
    ASSERT_TRUE(first && !first->empty());
    InvoiceListFilter one;
    one.status = InvoiceStatusFilter::All;
    one.customerId = first->front().customerId;
    for (const InvoiceSortColumn column : {InvoiceSortColumn::CustomerCode, InvoiceSortColumn::DueDate}) {
        checkKeyset<InvoiceListRow>(
                [&](const RowWindow &window, bool reversed) {
                    return browse.invoices(one, {column, turned(SortDirection::Ascending, reversed)}, kToday, window);
                },
                "one customer's invoices");
    }
}

// A jump into a big list: the key of the row at a position, read from the sort column's index
// alone, is that row's key in one read of the whole list (value and id), at the start, inside
// groups of equal values, at the end; past the end there is none. Where the filter or sort
// needs the whole query there is none either (the grid reads by offset then).
TEST_F(ListSortOrder, theKeyAtAPositionIsThatRowsKeyInTheWholeList)
{
    BrowseService browse(*s_session);
    int supported = 0;
    auto check = [&](const auto &whole, const std::function<Result<std::optional<ListKey>>(qint64)> &keyAt,
                     const std::string &what) {
        SCOPED_TRACE(what);
        ASSERT_TRUE(whole) << whole.error().message.toStdString();
        const qint64 count = qint64(whole->size());
        auto probe = keyAt(0);
        ASSERT_TRUE(probe) << probe.error().message.toStdString();
        if (!*probe)
            return; // not served by an index alone
        ++supported;
        for (qint64 position : {qint64(0), qint64(1), kPage, count / 2, count / 2 + 1, count - 2, count - 1}) {
            if (position < 0 || position >= count)
                continue;
            auto key = keyAt(position);
            ASSERT_TRUE(key && *key) << position;
            EXPECT_EQ((**key).id, (*whole)[std::size_t(position)].id) << position;
            EXPECT_EQ((**key).value, (*whole)[std::size_t(position)].sortKey) << position;
        }
        auto past = keyAt(count);
        ASSERT_TRUE(past);
        EXPECT_FALSE(*past);
    };
    for (const InvoiceStatusFilter status : {InvoiceStatusFilter::All, InvoiceStatusFilter::Open}) {
        InvoiceListFilter filter;
        filter.status = status;
        for (int column = 0; column <= int(InvoiceSortColumn::DaysPastDue); ++column)
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                const InvoiceListSort sort{InvoiceSortColumn(column), direction};
                check(browse.invoices(filter, sort, kToday, {0, 1000000}),
                      [&](qint64 position) { return browse.invoiceKeyAt(filter, sort, position); },
                      "invoices " + std::to_string(int(status)) + " column " + std::to_string(column)
                              + (direction == SortDirection::Descending ? " desc" : " asc"));
            }
    }
    const int invoiceSorts = supported;
    EXPECT_GE(invoiceSorts, 2 * (8 + 4))
            << "all invoices by every column, open ones by due date, days, open amount, issue date and amount";
    PaymentListFilter payments;
    for (int column = 0; column <= int(PaymentSortColumn::Status); ++column)
        for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
            const PaymentListSort sort{PaymentSortColumn(column), direction};
            check(browse.payments(payments, sort, {0, 1000000}),
                  [&](qint64 position) { return browse.paymentKeyAt(payments, sort, position); },
                  "payments column " + std::to_string(column));
        }
    EXPECT_EQ(supported - invoiceSorts, 2 * 7) << "every payment column but the status";
    const int paymentSorts = supported;
    for (const CustomerSortColumn column : {CustomerSortColumn::Code, CustomerSortColumn::Name,
                                            CustomerSortColumn::Balance, CustomerSortColumn::Unapplied})
        for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
            const CustomerListSort sort{column, direction};
            check(browse.customers({}, sort, kToday, {0, 1000}),
                  [&](qint64 position) { return browse.customerKeyAt({}, sort, position); }, "customers");
        }
    EXPECT_EQ(supported - paymentSorts, 2 * 4) << "customers by code, name, balance and unapplied (customer_balances)";
    // A search needs the whole query.
    InvoiceListFilter searched;
    searched.search = QStringLiteral("INV");
    auto none = browse.invoiceKeyAt(searched, {}, 3);
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);
}

} // namespace
} // namespace ardesk
