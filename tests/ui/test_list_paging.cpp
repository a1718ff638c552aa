// The grids read the pages they show and never hold the whole table (docs/performance.md
// "Scrolling the lists"), their sort arrows point the way the values run, and the
// interest dialog's grids page and filter (docs/interest.md "Posting interest").

#include "main_window.h"

#include "services/book_service.h"
#include "services/browse_service.h"
#include "services/ledger_service.h"
#include "services/demo_generator.h"
#include "ui/common/sort_indicator_style.h"
#include "ui/customers/customer_list_model.h"
#include "ui/customers/customer_list_page.h"
#include "ui/interest/interest_posting_dialog.h"
#include "ui/interest/interest_rows_model.h"
#include "ui/invoices/invoice_list_model.h"
#include "ui/invoices/invoice_list_page.h"
#include "ui/payments/payment_list_model.h"
#include "ui/payments/payment_list_page.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>
#include <ctime>

namespace ardesk {
namespace {

// --- the sort arrow --------------------------------------------------------------------

// Where the arrow's pixels sit in the header: below the middle of their own box for ▲ (its
// wide end at the bottom), above it for ▼. +1: ▲, -1: ▼, 0: no arrow found.
int arrowPointsUp(QHeaderView *header, Qt::SortOrder order)
{
    header->setSortIndicatorShown(false);
    const QImage plain = header->grab().toImage();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(0, order);
    const QImage marked = header->grab().toImage();
    if (const QString dir = qEnvironmentVariable("ARDESK_TEST_SCREENSHOTS"); !dir.isEmpty())
        marked.save(QDir(dir).filePath(order == Qt::AscendingOrder ? QStringLiteral("header-ascending.png")
                                                                   : QStringLiteral("header-descending.png")));
    if (plain.size() != marked.size())
        return 0;
    // Only where the style puts the arrow (the label moves aside for it).
    QStyleOptionHeader option;
    option.initFrom(header);
    option.rect = QRect(header->sectionViewportPosition(0), 0, header->sectionSize(0), header->height());
    option.sortIndicator = QStyleOptionHeader::SortUp;
    QRect arrow = header->style()->subElementRect(QStyle::SE_HeaderArrow, &option, header).intersected(marked.rect());
    // The arrow sits at the section's end, after the label (which moves aside for it): the
    // last changed pixels and a dozen columns before them.
    int right = -1;
    for (int x = arrow.right(); x >= arrow.left() && right < 0; --x)
        for (int y = arrow.top(); y <= arrow.bottom(); ++y)
            if (plain.pixel(x, y) != marked.pixel(x, y)) {
                right = x;
                break;
            }
    if (right < 0)
        return 0;
    arrow.setLeft(std::max(arrow.left(), right - 12));
    arrow.setRight(right);
    long long count = 0, sumY = 0;
    int top = marked.height(), bottom = -1;
    for (int y = arrow.top(); y <= arrow.bottom(); ++y)
        for (int x = arrow.left(); x <= arrow.right(); ++x)
            if (plain.pixel(x, y) != marked.pixel(x, y)) {
                ++count;
                sumY += y;
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    if (count == 0 || bottom <= top)
        return 0;
    const double meanY = double(sumY) / double(count);
    if (qEnvironmentVariableIsSet("ARDESK_TEST_ARROW_DEBUG")) {
        for (int y = arrow.top(); y <= arrow.bottom(); ++y) {
            std::string line;
            for (int x = arrow.left(); x <= arrow.right(); ++x)
                line += plain.pixel(x, y) != marked.pixel(x, y) ? '#' : '.';
            std::printf("%s\n", line.c_str());
        }
        std::printf("top %d bottom %d mean %f\n", top, bottom, meanY);
    }
    const double middle = (top + bottom) / 2.0;
    return meanY > middle ? 1 : (meanY < middle ? -1 : 0);
}

TEST(SortIndicator, theArrowPointsUpForAscendingAndDownForDescending)
{
    installSortIndicatorStyle();
    ASSERT_TRUE(qobject_cast<SortIndicatorStyle *>(QApplication::style()));
    installSortIndicatorStyle(); // once is enough: the same style stays
    ASSERT_TRUE(qobject_cast<SortIndicatorStyle *>(QApplication::style()));
    QStandardItemModel model(3, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Customer"), QStringLiteral("Amount")});
    QTableView view;
    view.setModel(&model);
    view.horizontalHeader()->resizeSection(0, 160);
    view.resize(400, 200);
    view.show();
    EXPECT_EQ(arrowPointsUp(view.horizontalHeader(), Qt::AscendingOrder), 1);
    EXPECT_EQ(arrowPointsUp(view.horizontalHeader(), Qt::DescendingOrder), -1);
}

// --- the lists of a book ---------------------------------------------------------------

class ListPaging : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = std::make_unique<QTemporaryDir>();
        s_path = s_folder->filePath(QStringLiteral("paging.ardesk"));
        auto book = BookService::create(s_path);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        DemoOptions options;
        options.customers = 80; // about 1,700 invoices: 9 pages, a jump into the middle is far from both ends
        options.seed = 5;
        options.today = QDate(2026, 6, 15);
        auto summary = DemoGenerator(**session).generate(options);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
        ASSERT_GT(summary->invoices, 3 * PagedTableModel::kPageSize);
        ASSERT_GT(summary->payments, 3 * PagedTableModel::kPageSize);
    }
    static void TearDownTestSuite() { s_folder.reset(); }

    static inline std::unique_ptr<QTemporaryDir> s_folder;
    static inline QString s_path;
};

// A model reports every row of the list but holds only the pages shown: a page after a
// read, nothing more for showing it, the last page (not the rest of the table) for Ctrl+End.
TEST_F(ListPaging, theInvoiceAndPaymentModelsHoldPagesNotTheTable)
{
    auto book = BookService::open(s_path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    const int page = int(PagedTableModel::kPageSize);

    InvoiceListModel invoices;
    QAbstractItemModelTester tester(&invoices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    invoices.setStatus(InvoiceStatusFilter::All);
    invoices.setSession(session->get());
    ASSERT_GT(invoices.totalCount(), 3 * page);
    EXPECT_EQ(invoices.rowCount(), invoices.totalCount()); // the scrollbar stands for the whole list
    QTableView view;
    view.setModel(&invoices);
    view.resize(800, 400);
    view.show();
    QCoreApplication::processEvents();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::processEvents();
    // The last page, read in the reversed order: never the rows between.
    EXPECT_EQ(view.currentIndex().row(), invoices.rowCount() - 1);
    EXPECT_LE(invoices.cachedRowCount(), qsizetype(PagedTableModel::kMaxCachedPages) * page);
    EXPECT_LT(invoices.cachedRowCount(), invoices.totalCount());
    // Every sort reads its first page only.
    for (int column = 0; column < invoices.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            invoices.sort(column, order);
            EXPECT_EQ(invoices.cachedRowCount(), page) << column;
            EXPECT_EQ(invoices.rowCount(), invoices.totalCount());
            EXPECT_EQ(invoices.sortColumn(), column);
            EXPECT_EQ(invoices.sortOrder(), order);
        }
    }

    PaymentListModel payments;
    payments.setSession(session->get());
    ASSERT_GT(payments.totalCount(), 3 * page);
    EXPECT_EQ(payments.cachedRowCount(), page);
    EXPECT_EQ(payments.rowCount(), payments.totalCount());
    for (int column = 0; column < payments.columnCount(); ++column) {
        payments.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        EXPECT_EQ(payments.cachedRowCount(), page) << column;
    }
}

// The ids of every row of a model, read through the model in `pages` order (each page's rows
// by data(RowIdRole)), put back in row order.
std::vector<Id> idsThroughModel(PagedTableModel &model, const std::vector<qint64> &pages)
{
    std::vector<Id> ids(static_cast<std::size_t>(model.rowCount()), 0);
    for (const qint64 page : pages) {
        const qint64 first = page * PagedTableModel::kPageSize;
        const qint64 end = std::min<qint64>(first + PagedTableModel::kPageSize, model.rowCount());
        for (qint64 row = first; row < end; ++row)
            ids[std::size_t(row)] = model.index(int(row), 0).data(PagedTableModel::RowIdRole).toLongLong();
        EXPECT_LE(model.cachedRowCount(), qsizetype(model.maxCachedPages()) * PagedTableModel::kPageSize);
        EXPECT_LE(model.cachedPageCount(), model.maxCachedPages());
    }
    return ids;
}

// Pages read through the model in any order (from the start, from the end, by a jump into
// the middle, neighbours by keyset both ways) are the rows of one read of the whole sorted
// list, for every column both ways; the cache never holds more than its bound.
TEST_F(ListPaging, pagesReadInAnyOrderAreTheWholeSortedListAndTheCacheStaysBounded)
{
    auto book = BookService::open(s_path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    BrowseService browse(**session);

    InvoiceListModel invoices;
    invoices.setMaxCachedPages(3); // fewer than the list's pages: pages are dropped and read again
    invoices.setStatus(InvoiceStatusFilter::All);
    invoices.setSession(session->get());
    const qint64 pageCount = (invoices.totalCount() + PagedTableModel::kPageSize - 1) / PagedTableModel::kPageSize;
    ASSERT_GT(pageCount, invoices.maxCachedPages());
    std::vector<qint64> forward, backward, middleOut;
    for (qint64 p = 0; p < pageCount; ++p) {
        forward.push_back(p);
        backward.push_back(pageCount - 1 - p);
    }
    for (qint64 d = 0; qint64(middleOut.size()) < pageCount; ++d) { // the middle, then either side
        if (pageCount / 2 + d < pageCount)
            middleOut.push_back(pageCount / 2 + d);
        if (d > 0 && pageCount / 2 - d >= 0)
            middleOut.push_back(pageCount / 2 - d);
    }
    const InvoiceSortColumn columns[] = {InvoiceSortColumn::Number,    InvoiceSortColumn::CustomerCode,
                                         InvoiceSortColumn::CustomerName, InvoiceSortColumn::IssueDate,
                                         InvoiceSortColumn::DueDate,   InvoiceSortColumn::Amount,
                                         InvoiceSortColumn::Open,      InvoiceSortColumn::DaysPastDue};
    for (int column = 0; column < invoices.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            SCOPED_TRACE(testing::Message() << "column " << column << (order == Qt::AscendingOrder ? " up" : " down"));
            auto whole = browse.invoices(invoices.filter(),
                                         {columns[column], order == Qt::AscendingOrder ? SortDirection::Ascending
                                                                                       : SortDirection::Descending},
                                         invoices.asOf(), {0, 1000000});
            ASSERT_TRUE(whole);
            std::vector<Id> expected;
            for (const InvoiceListRow &row : *whole)
                expected.push_back(row.id);
            for (const auto *pages : {&forward, &backward, &middleOut}) {
                invoices.sort(column == 0 ? 1 : 0, Qt::AscendingOrder); // a reset: nothing held
                invoices.sort(column, order);
                ASSERT_EQ(invoices.cachedRowCount(), PagedTableModel::kPageSize);
                EXPECT_EQ(idsThroughModel(invoices, *pages), expected);
            }
        }
    }
    // A page next to one held is read by keyset, the last one from the end.
    invoices.sort(InvoiceListModel::DueDate, Qt::AscendingOrder);
    invoices.index(int(PagedTableModel::kPageSize), 0).data(PagedTableModel::RowIdRole);
    EXPECT_EQ(invoices.lastPageRead(), PagedTableModel::PageRead::AfterNeighbour);
    EXPECT_EQ(invoices.lastPageSkipped(), 0);
    invoices.index(invoices.rowCount() - 1, 0).data(PagedTableModel::RowIdRole);
    EXPECT_EQ(invoices.lastPageRead(), PagedTableModel::PageRead::FromEnd);
    EXPECT_EQ(invoices.lastPageSkipped(), 0);
    invoices.index(int((pageCount - 2) * PagedTableModel::kPageSize), 0).data(PagedTableModel::RowIdRole);
    EXPECT_EQ(invoices.lastPageRead(), PagedTableModel::PageRead::BeforeNeighbour);
    EXPECT_EQ(invoices.lastPageSkipped(), 0);
    // A jump far from every page held: after the key of the row before it, from the index.
    invoices.sort(InvoiceListModel::DueDate, Qt::DescendingOrder);
    ASSERT_GE(pageCount, 7) << invoices.totalCount();
    const int jump = int(pageCount / 2 * PagedTableModel::kPageSize);
    const Id jumped = invoices.index(jump, 0).data(PagedTableModel::RowIdRole).toLongLong();
    EXPECT_EQ(invoices.lastPageRead(), PagedTableModel::PageRead::AfterKeyAt);
    auto oneRead = browse.invoices(invoices.filter(), {InvoiceSortColumn::DueDate, SortDirection::Descending},
                                   invoices.asOf(), {jump, 1});
    ASSERT_TRUE(oneRead && oneRead->size() == 1);
    EXPECT_EQ(jumped, oneRead->front().id);

    PaymentListModel payments;
    payments.setMaxCachedPages(2);
    payments.setSession(session->get());
    const qint64 paymentPages = (payments.totalCount() + PagedTableModel::kPageSize - 1) / PagedTableModel::kPageSize;
    std::vector<qint64> paymentOrder;
    for (qint64 p = 0; p < paymentPages; ++p)
        paymentOrder.push_back(p % 2 ? paymentPages - 1 - p / 2 : p / 2); // the ends inwards
    const PaymentSortColumn paymentColumns[] = {
            PaymentSortColumn::ReceivedDate, PaymentSortColumn::Reference, PaymentSortColumn::CustomerCode,
            PaymentSortColumn::CustomerName, PaymentSortColumn::Amount,    PaymentSortColumn::Unapplied,
            PaymentSortColumn::Method,       PaymentSortColumn::Status};
    ASSERT_EQ(payments.columnCount(), int(std::size(paymentColumns)));
    for (int column = 0; column < payments.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            SCOPED_TRACE(testing::Message() << "payments column " << column);
            payments.sort(column, order);
            auto whole = browse.payments(payments.filter(),
                                         {paymentColumns[column], order == Qt::AscendingOrder ? SortDirection::Ascending
                                                                                              : SortDirection::Descending},
                                         {0, 1000000});
            ASSERT_TRUE(whole);
            std::vector<Id> expected;
            for (const PaymentListRow &row : *whole)
                expected.push_back(row.id);
            EXPECT_EQ(idsThroughModel(payments, paymentOrder), expected);
        }
    }
}

// The Customers list through its model, every column both ways (by collector: the nested
// loop's segments; by credit limit: its index; by overdue: the order held between reads),
// pages read in any order equal one read of the whole list summed per read.
// A book of 700 customers, a third without a collector and a quarter without a credit limit.
TEST(CustomerListPaging, pagesReadInAnyOrderAreTheWholeSortedListInEverySort)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("customers.ardesk"));
    {
        auto book = BookService::create(path);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        DemoOptions options;
        options.customers = 700;
        options.seed = 3;
        options.today = QDate(2026, 6, 15);
        auto summary = DemoGenerator(**session).generate(options);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
        (**book).exec(QStringLiteral("UPDATE customers SET collector_id = NULL WHERE id % 3 = 0"));
        (**book).exec(QStringLiteral("UPDATE customers SET credit_limit = NULL WHERE id % 4 = 1"));
    }
    auto book = BookService::open(path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    BrowseService browse(**session);

    CustomerListModel customers;
    customers.setMaxCachedPages(2);
    customers.setAsOf(QDate(2026, 6, 15));
    customers.setSession(session->get());
    const qint64 pageCount = (customers.totalCount() + PagedTableModel::kPageSize - 1) / PagedTableModel::kPageSize;
    ASSERT_EQ(pageCount, 4);
    const std::vector<qint64> forward{0, 1, 2, 3}, backward{3, 2, 1, 0}, jumps{2, 0, 3, 1};
    const CustomerSortColumn columns[] = {CustomerSortColumn::Code,      CustomerSortColumn::Name,
                                          CustomerSortColumn::Balance,   CustomerSortColumn::Overdue,
                                          CustomerSortColumn::Unapplied, CustomerSortColumn::CreditLimit,
                                          CustomerSortColumn::Collector};
    ASSERT_EQ(customers.columnCount(), int(std::size(columns)));
    for (int column = 0; column < customers.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            SCOPED_TRACE(testing::Message() << "column " << column << (order == Qt::AscendingOrder ? " up" : " down"));
            auto whole = browse.customers(customers.filter(),
                                          {columns[column], order == Qt::AscendingOrder ? SortDirection::Ascending
                                                                                        : SortDirection::Descending},
                                          customers.asOf(), {0, 1000000});
            ASSERT_TRUE(whole);
            std::vector<Id> expected;
            for (const CustomerListRow &row : *whole)
                expected.push_back(row.id);
            for (const auto *pages : {&forward, &backward, &jumps}) {
                customers.sort(column == 0 ? 1 : 0, Qt::AscendingOrder); // a reset: nothing held
                customers.sort(column, order);
                EXPECT_EQ(idsThroughModel(customers, *pages), expected);
            }
        }
    }
    // By Overdue, both directions and every page read from one sum of the overdue amounts.
    EXPECT_EQ(customers.overdueOrderBuilds(), 1);
}

// Ctrl+End on a list page shows the list's last row (not the last of the rows read so far),
// and Ctrl+Home the first again.
TEST_F(ListPaging, ctrlEndShowsTheLastRowOfTheList)
{
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    ASSERT_TRUE(window.openBook(s_path));
    window.showPage(MainWindow::Page::Invoices);
    window.invoicePage()->statusFilter()->setCurrentIndex(1); // all invoices
    QCoreApplication::processEvents();
    QTableView *table = window.invoicePage()->table();
    auto *model = window.invoicePage()->invoiceModel();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::processEvents();
    const QModelIndex last = table->currentIndex();
    ASSERT_EQ(last.row(), int(model->totalCount()) - 1);
    // The same record as the list's last in one read of it.
    BrowseService browse(*window.session());
    InvoiceListSort reversedSort{InvoiceSortColumn::DueDate, SortDirection::Descending};
    auto lastRead = browse.invoices(model->filter(), reversedSort, model->asOf(), {0, 1});
    ASSERT_TRUE(lastRead && lastRead->size() == 1);
    EXPECT_EQ(last.data(PagedTableModel::RowIdRole).toLongLong(), lastRead->front().id);
    EXPECT_FALSE(last.data().toString().isEmpty());
    // The view shows it: its row is inside the viewport.
    const QRect shown = table->visualRect(last);
    EXPECT_TRUE(table->viewport()->rect().intersects(shown));
    if (const QString dir = qEnvironmentVariable("ARDESK_TEST_SCREENSHOTS"); !dir.isEmpty())
        window.grab().save(QDir(dir).filePath(QStringLiteral("invoices-after-ctrl-end.png")), "PNG");
    // The scrollbar's thumb dragged to the middle: the rows there, read from a page held.
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    const QModelIndex middle = table->indexAt(QPoint(5, 5));
    ASSERT_TRUE(middle.isValid());
    EXPECT_GT(middle.row(), 0);
    EXPECT_FALSE(middle.data().toString().isEmpty());
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(table->currentIndex().row(), 0);
    EXPECT_LE(model->cachedRowCount(), qsizetype(PagedTableModel::kMaxCachedPages) * PagedTableModel::kPageSize);
    window.closeBook();
}

// A refresh after a change (a new invoice sorting first) keeps the selection and the current
// row on their records, and the view where it was: no reset.
TEST_F(ListPaging, theSelectionSurvivesARefreshAndTheViewDoesNotJump)
{
    auto book = BookService::open(s_path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    InvoiceListModel invoices;
    QAbstractItemModelTester tester(&invoices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    invoices.setStatus(InvoiceStatusFilter::All);
    invoices.setSession(session->get());
    invoices.sort(InvoiceListModel::Number, Qt::AscendingOrder);
    QTableView view;
    view.setModel(&invoices);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(800, 400);
    view.show();
    QCoreApplication::processEvents();
    const int row = int(PagedTableModel::kPageSize) + 7; // on the second page
    view.scrollTo(invoices.index(row, 0), QAbstractItemView::PositionAtTop);
    view.setCurrentIndex(invoices.index(row, 0));
    view.selectionModel()->select(invoices.index(row, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Id selected = invoices.index(row, 0).data(PagedTableModel::RowIdRole).toLongLong();
    const int scrolled = view.verticalScrollBar()->value();
    const qint64 before = invoices.totalCount();
    int resets = 0;
    QObject::connect(&invoices, &QAbstractItemModel::modelReset, [&resets] { ++resets; });

    Invoice first;
    first.number = QStringLiteral("A-0001"); // sorts before every INV-
    first.issueDate = QDate(2026, 6, 1);
    first.dueDate = QDate(2026, 7, 1);
    first.amount = 100'00;
    ASSERT_NE(invoices.rowAt(0), nullptr);
    first.currency = invoices.rowAt(0)->currency;
    const QString customer = invoices.rowAt(0)->customerCode;
    auto posted = LedgerService(**session).postInvoice(first, customer);
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    invoices.refresh();
    QCoreApplication::processEvents();

    EXPECT_EQ(resets, 0);
    EXPECT_EQ(invoices.totalCount(), before + 1);
    EXPECT_EQ(invoices.rowCount(), before + 1);
    EXPECT_EQ(view.currentIndex().row(), row + 1); // moved down one with its record
    EXPECT_EQ(view.currentIndex().data(PagedTableModel::RowIdRole).toLongLong(), selected);
    const QModelIndexList rows = view.selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.front().data(PagedTableModel::RowIdRole).toLongLong(), selected);
    EXPECT_EQ(view.verticalScrollBar()->value(), scrolled); // the view did not jump
    EXPECT_EQ(invoices.index(0, InvoiceListModel::Number).data().toString(), QStringLiteral("A-0001"));
}

// Each list page's header shows the model's sort: the column and the direction, after a
// click on a header as after the page's own default.
TEST_F(ListPaging, everyListsHeaderShowsTheModelsSortColumnAndDirection)
{
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    ASSERT_TRUE(window.openBook(s_path));
    ASSERT_TRUE(qobject_cast<SortIndicatorStyle *>(QApplication::style()));
    const std::pair<MainWindow::Page, ListPage *> pages[] = {
            {MainWindow::Page::Customers, window.customerPage()},
            {MainWindow::Page::Invoices, window.invoicePage()},
            {MainWindow::Page::Payments, window.paymentPage()}};
    for (const auto &[which, page] : pages) {
        window.showPage(which);
        QCoreApplication::processEvents();
        QHeaderView *header = page->table()->horizontalHeader();
        PagedTableModel *model = page->model();
        EXPECT_EQ(header->sortIndicatorSection(), model->sortColumn());
        EXPECT_EQ(header->sortIndicatorOrder(), model->sortOrder());
        // A click on the second column sorts by it ascending, a second click descending.
        const int x = header->sectionViewportPosition(1) + header->sectionSize(1) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        const Qt::SortOrder first = model->sortOrder();
        EXPECT_EQ(model->sortColumn(), 1);
        EXPECT_EQ(header->sortIndicatorOrder(), first);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        EXPECT_EQ(model->sortColumn(), 1);
        EXPECT_NE(model->sortOrder(), first);
        EXPECT_EQ(header->sortIndicatorOrder(), model->sortOrder());
        EXPECT_EQ(model->rowCount(), model->totalCount());
        EXPECT_EQ(model->cachedRowCount(), std::min<qint64>(model->totalCount(), PagedTableModel::kPageSize));
    }
    if (const QString dir = qEnvironmentVariable("ARDESK_TEST_SCREENSHOTS"); !dir.isEmpty()) {
        window.showPage(MainWindow::Page::Customers);
        window.customerPage()->table()->horizontalHeader()->setSortIndicator(3, Qt::DescendingOrder);
        window.grab().save(QDir(dir).filePath(QStringLiteral("customers-sorted-descending.png")), "PNG");
        window.showPage(MainWindow::Page::Invoices);
        window.invoicePage()->statusFilter()->setCurrentIndex(1);
        window.invoicePage()->table()->horizontalHeader()->setSortIndicator(4, Qt::AscendingOrder);
        window.grab().save(QDir(dir).filePath(QStringLiteral("invoices-all-by-due-date.png")), "PNG");
        window.showPage(MainWindow::Page::Payments);
        window.paymentPage()->table()->horizontalHeader()->setSortIndicator(4, Qt::DescendingOrder);
        window.grab().save(QDir(dir).filePath(QStringLiteral("payments-by-amount.png")), "PNG");
    }
    window.closeBook();
}

// --- the interest dialog's grids -------------------------------------------------------

std::vector<InterestPostingSkip> someSkips(int count)
{
    std::vector<InterestPostingSkip> skips;
    const QString reasons[] = {QStringLiteral("compensation_currency"), QStringLiteral("no_rate"),
                               QStringLiteral("number_taken")};
    for (int i = 0; i < count; ++i) {
        const QString reason = reasons[i % 7 == 0 ? 1 : (i % 13 == 0 ? 2 : 0)];
        skips.push_back({QStringLiteral("C%1").arg(1000 + i % 50), QStringLiteral("INV-%1").arg(i, 6, 10, QChar(u'0')),
                         reason, QStringLiteral("INV-%1: because %2").arg(i, 6, 10, QChar(u'0')).arg(reason)});
    }
    return skips;
}

TEST(InterestRows, theSkipsArePagedCountedByReasonAndFiltered)
{
    InterestSkipsModel model;
    model.setSkips(someSkips(1000));
    EXPECT_EQ(model.totalCount(), 1000);
    EXPECT_EQ(model.rowCount(), InterestSkipsModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * InterestSkipsModel::kPageSize);
    // 0, 7, 14, ... no rate (143); of the rest 13, 26, ... not divisible by 7: number taken.
    int noRate = 0, taken = 0;
    for (int i = 0; i < 1000; ++i) {
        if (i % 7 == 0)
            ++noRate;
        else if (i % 13 == 0)
            ++taken;
    }
    const auto &counts = model.countByReason();
    ASSERT_EQ(counts.size(), 3u);
    EXPECT_EQ(counts.at(QStringLiteral("no_rate")), noRate);
    EXPECT_EQ(counts.at(QStringLiteral("number_taken")), taken);
    EXPECT_EQ(counts.at(QStringLiteral("compensation_currency")), 1000 - noRate - taken);

    model.setFilter(QStringLiteral("no_rate"), QString());
    EXPECT_EQ(model.matchingCount(), noRate);
    EXPECT_EQ(model.rowCount(), std::min<qsizetype>(noRate, InterestSkipsModel::kPageSize));
    EXPECT_EQ(model.index(1, InterestSkipsModel::Invoice).data().toString(), QStringLiteral("INV-000007"));
    EXPECT_EQ(model.index(1, InterestSkipsModel::Reason).data().toString(), InterestSkipsModel::reasonLabel(QStringLiteral("no_rate")));
    model.setFilter(QString(), QStringLiteral("inv-00099")); // 990..999, any case
    EXPECT_EQ(model.matchingCount(), 10);
    model.setFilter(QStringLiteral("no_rate"), QStringLiteral("inv-00099")); // 994 only
    ASSERT_EQ(model.matchingCount(), 1);
    EXPECT_EQ(model.index(0, InterestSkipsModel::Invoice).data().toString(), QStringLiteral("INV-000994"));
    model.setFilter(QString(), QString());
    EXPECT_EQ(model.matchingCount(), 1000);
    EXPECT_EQ(model.rowCount(), InterestSkipsModel::kPageSize);
}

TEST(InterestRows, theDebitNotesArePaged)
{
    std::vector<InterestPostingLine> lines(450);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        lines[i].customerCode = QStringLiteral("C1");
        lines[i].invoiceNumber = QStringLiteral("INV-%1").arg(i);
        lines[i].kind = QStringLiteral("compensation");
        lines[i].amount = 4000;
        lines[i].currency = QStringLiteral("EUR");
    }
    InterestLinesModel model;
    model.setLines(lines);
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.rowCount(), InterestLinesModel::kPageSize);
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(449, InterestLinesModel::Invoice).data().toString(), QStringLiteral("INV-449"));
    model.setLines({});
    EXPECT_EQ(model.rowCount(), 0);
}

// Not a test of speed: the interest dialog on a big book (ARDESK_PERF_BOOK), how long its
// preview held the UI thread, and (ARDESK_PERF_SHOTS=DIR) its picture on each tab.
TEST(ListsMeasure, interestDialogOnArdeskPerfBook)
{
    const QString path = qEnvironmentVariable("ARDESK_PERF_BOOK");
    if (path.isEmpty())
        GTEST_SKIP() << "set ARDESK_PERF_BOOK to measure";
    auto book = BookService::open(path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    installSortIndicatorStyle();
    QElapsedTimer clock;
    clock.start();
    InterestPostingDialog dialog(**session, QDate::currentDate());
    const qint64 opened = clock.elapsed();
    dialog.resize(1100, 640);
    dialog.show();
    clock.restart();
    QCoreApplication::processEvents();
    const qint64 painted = clock.elapsed();
    // The preview on its own thread: the longest the UI thread went without its event loop
    // meanwhile, and the UI thread's CPU.
    if (const QString dir = qEnvironmentVariable("ARDESK_PERF_SHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QTest::qWait(300);
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("interest-previewing.png")), "PNG");
    }
    timespec cpuStart{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
    QElapsedTimer gap;
    gap.start();
    qint64 longestGap = 0;
    while (dialog.previewing()) {
        QTest::qWait(5);
        longestGap = std::max(longestGap, gap.restart());
    }
    timespec cpuEnd{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
    const qint64 previewed = clock.elapsed();
    std::printf("interest dialog: preview read in %lld ms wall; UI thread meanwhile: longest stall %lld ms, CPU %lld ms\n",
                static_cast<long long>(previewed), static_cast<long long>(longestGap),
                static_cast<long long>((cpuEnd.tv_sec - cpuStart.tv_sec) * 1000 + (cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1000000));
    auto *skipped = dialog.findChild<QLabel *>(QStringLiteral("interestSkipped"));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("interestTabs"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("interestSkippedFilter"));
    // (The preview's wall time from the dialog's construction to its grids filled: on its own
    // thread since the preview left the UI thread.)
    std::printf("interest dialog: preview and grids %lld ms, first paint %lld ms, %zu debit notes, %zu skips; %s\n",
                static_cast<long long>(opened + previewed), static_cast<long long>(painted), dialog.previewRun().lines.size(),
                dialog.previewRun().skipped.size(), qPrintable(skipped->text()));
    clock.restart();
    filter->setText(QStringLiteral("INV-0001"));
    std::printf("interest dialog: filter the skips %lld ms\n", static_cast<long long>(clock.elapsed()));
    filter->clear();
    if (const QString dir = qEnvironmentVariable("ARDESK_PERF_SHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("interest-debit-notes.png")), "PNG");
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("interest-not-posted.png")), "PNG");
    }
}

} // namespace
} // namespace ardesk
