// The grids page their rows in and never hold the whole table (docs/performance.md
// "Scrolling the lists"), their sort arrows point the way the values run, and the
// interest dialog's grids page and filter (docs/interest.md "Posting interest").

#include "main_window.h"

#include "services/book_service.h"
#include "services/demo_generator.h"
#include "ui/common/sort_indicator_style.h"
#include "ui/customers/customer_list_page.h"
#include "ui/interest/interest_posting_dialog.h"
#include "ui/interest/interest_rows_model.h"
#include "ui/invoices/invoice_list_model.h"
#include "ui/invoices/invoice_list_page.h"
#include "ui/payments/payment_list_model.h"
#include "ui/payments/payment_list_page.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>

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
        options.customers = 40;
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

// A model holds a page after a read, one more page each time the view asks for more, and
// Ctrl+End (to the end of what is held) asks for one page, not for the rest of the table.
TEST_F(ListPaging, theInvoiceAndPaymentModelsHoldPagesNotTheTable)
{
    auto book = BookService::open(s_path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    const int page = int(PagedTableModel::kPageSize);

    InvoiceListModel invoices;
    invoices.setStatus(InvoiceStatusFilter::All);
    invoices.setSession(session->get());
    ASSERT_GT(invoices.totalCount(), 3 * page);
    EXPECT_EQ(invoices.rowCount(), page);
    EXPECT_TRUE(invoices.canFetchMore({}));
    QTableView view;
    view.setModel(&invoices);
    view.resize(800, 400);
    view.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(invoices.rowCount(), page); // showing it reads nothing more
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::processEvents();
    // The view asks for more while it sits at the end: a page or two, never the table.
    EXPECT_GT(invoices.rowCount(), page);
    EXPECT_LE(invoices.rowCount(), 3 * page);
    EXPECT_LT(invoices.rowCount(), invoices.totalCount());
    // Every sort reads its first page only.
    for (int column = 0; column < invoices.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            invoices.sort(column, order);
            EXPECT_EQ(invoices.rowCount(), page) << column;
            EXPECT_EQ(invoices.sortColumn(), column);
            EXPECT_EQ(invoices.sortOrder(), order);
        }
    }

    PaymentListModel payments;
    payments.setSession(session->get());
    ASSERT_GT(payments.totalCount(), 3 * page);
    EXPECT_EQ(payments.rowCount(), page);
    payments.fetchMore({});
    EXPECT_EQ(payments.rowCount(), 2 * page);
    for (int column = 0; column < payments.columnCount(); ++column) {
        payments.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        EXPECT_EQ(payments.rowCount(), page) << column;
    }
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
        EXPECT_EQ(model->rowCount(), std::min<qint64>(model->totalCount(), PagedTableModel::kPageSize));
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
    auto *skipped = dialog.findChild<QLabel *>(QStringLiteral("interestSkipped"));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("interestTabs"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("interestSkippedFilter"));
    std::printf("interest dialog: preview and grids %lld ms, first paint %lld ms, %zu debit notes, %zu skips; %s\n",
                static_cast<long long>(opened), static_cast<long long>(painted), dialog.previewRun().lines.size(),
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
