// The main window on a fixture book, driven as a user would: offscreen, widgets found by
// object name, typing with QTest::keyClicks, header clicks, scrolling; every grid model
// is checked by QAbstractItemModelTester.

#include "fixture_book.h"

#include "services/browse_service.h"
#include "ui/common/english_plurals.h"
#include "ui/customers/customer_list_page.h"
#include "ui/invoices/invoice_list_page.h"
#include "ui/main_window.h"
#include "ui/payments/payment_list_page.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStandardPaths>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace ardesk {
namespace {

// One QApplication for the whole run, English (US) formats, settings in a folder of
// their own, and the English plural forms the application installs.
class QtEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (!QApplication::instance()) {
            static int argc = 1;
            static char name[] = "ardesk_ui_tests";
            static char *argv[] = {name, nullptr};
            m_application = std::make_unique<QApplication>(argc, argv);
        }
        QStandardPaths::setTestModeEnabled(true); // backups on close go to the test area
        QCoreApplication::setOrganizationName(QStringLiteral("ardesk-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("ardesk-ui-tests"));
        m_settings = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings->path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(new EnglishPlurals(QCoreApplication::instance()));
    }
    void TearDown() override
    {
        m_settings.reset();
        m_application.reset();
    }

private:
    std::unique_ptr<QApplication> m_application;
    std::unique_ptr<QTemporaryDir> m_settings;
};

[[maybe_unused]] const auto *const kQtEnvironment = ::testing::AddGlobalTestEnvironment(new QtEnvironment);

// What the user sees in a grid: the text of one column, row by row.
QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

class MainWindowTest : public ::testing::Test
{
protected:
    // One fixture book for the suite (read only in these tests); a bigger one for paging.
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        ASSERT_TRUE(s_folder->isValid());
        auto small = testing::buildFixtureBook(bookPath());
        ASSERT_TRUE(small.has_value()) << small.error().message.toStdString();
        s_facts = *small;
        auto big = testing::buildFixtureBook(bigBookPath(), {QDate::currentDate(), 11});
        ASSERT_TRUE(big.has_value()) << big.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    static QString bookPath() { return s_folder->filePath(QStringLiteral("fixture.ardesk")); }
    static QString bigBookPath() { return s_folder->filePath(QStringLiteral("big.ardesk")); }

    void SetUp() override
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override { m_window.reset(); }

    void openFixture(const QString &path = bookPath())
    {
        auto opened = m_window->openBook(path);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_window->customerPage()->model()),
                                          static_cast<QAbstractItemModel *>(m_window->invoicePage()->model()),
                                          static_cast<QAbstractItemModel *>(m_window->paymentPage()->model())}) {
            auto *tester =
                    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
            // The tester's own fetchMore runs from its modelReset handler before it has
            // noted the reset as finished, and then reports the rows that fetchMore inserts
            // as nested in the reset (Qt 6.4). Paging is driven by the views and the tests.
            tester->setUseFetchMore(false);
        }
    }

    template<typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    QWidget *currentPage() const { return find<QStackedWidget>("pages")->currentWidget(); }

    void clickHeader(QTableView *table, int column)
    {
        QHeaderView *header = table->horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    }

    static inline QTemporaryDir *s_folder = nullptr;
    static inline testing::FixtureFacts s_facts;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, withoutABookOffersToOpenOne)
{
    EXPECT_EQ(currentPage()->objectName(), QStringLiteral("noBookPage"));
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("ardesk"));
    EXPECT_FALSE(find<QListWidget>("navigation")->isEnabled());
    ASSERT_NE(find<QPushButton>("openBookButton"), nullptr);
    EXPECT_TRUE(find<QPushButton>("openBookButton")->isVisible());
    EXPECT_FALSE(find<QAction>("actionCloseBook")->isEnabled());
}

TEST_F(MainWindowTest, titleShowsBookAndUser)
{
    openFixture();
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("fixture.ardesk — Local owner — ardesk"));
    EXPECT_TRUE(find<QAction>("actionCloseBook")->isEnabled());
    m_window->closeBook();
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("ardesk"));
    EXPECT_EQ(currentPage()->objectName(), QStringLiteral("noBookPage"));
}

TEST_F(MainWindowTest, navigationShowsEveryPageAndHonestEmptyStates)
{
    openFixture();
    auto *navigation = find<QListWidget>("navigation");
    ASSERT_EQ(navigation->count(), MainWindow::kPageCount);
    const QStringList pages{"dashboardPage", "myWorkPage",  "customersPage", "invoicesPage",
                            "paymentsPage",  "reportsPage", "settingsPage"};
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        EXPECT_EQ(currentPage()->objectName(), pages.at(row)) << row;
    }
    m_window->showPage(MainWindow::Page::MyWork);
    // My work is the collector's queue now (test_collector_desk.cpp works it).
    auto *queue = find<QTableView>("queueTable");
    ASSERT_NE(queue, nullptr);
    EXPECT_TRUE(queue->isVisible());
    // Ctrl+3 goes to Customers.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(currentPage()->objectName(), QStringLiteral("customersPage"));
}

TEST_F(MainWindowTest, customersListTheBookWithFormattedAmounts)
{
    openFixture();
    m_window->showPage(MainWindow::Page::Customers);
    auto *table = find<QTableView>("customerTable");
    ASSERT_NE(table, nullptr);
    const QAbstractItemModel &model = *table->model();
    ASSERT_EQ(model.rowCount(), s_facts.customers);
    EXPECT_EQ(find<QLabel>("customerCount")->text(), QStringLiteral("24 customers"));
    EXPECT_EQ(model.headerData(CustomerListModel::Balance, Qt::Horizontal).toString(), QStringLiteral("Balance"));
    // C1001: 1,250.00 + 3,400.50 + 4,400.50 + 5,400.50 SEK invoiced, 1,000.00 paid.
    EXPECT_EQ(model.index(0, CustomerListModel::Code).data().toString(), QStringLiteral("C1001"));
    EXPECT_EQ(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Nordic Timber AB"));
    EXPECT_EQ(model.index(0, CustomerListModel::Balance).data().toString(), QStringLiteral("13,451.50 SEK"));
    EXPECT_EQ(model.index(0, CustomerListModel::Balance).data(PagedTableModel::RawValueRole).toLongLong(), 13'451'50);
    EXPECT_EQ(model.index(0, CustomerListModel::Collector).data().toString(), QStringLiteral("anna"));
    const auto alignment =
            model.index(0, CustomerListModel::Balance).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    EXPECT_TRUE(alignment & Qt::AlignRight);
}

TEST_F(MainWindowTest, typingInTheSearchBoxRefiltersAfterAPause)
{
    openFixture();
    m_window->showPage(MainWindow::Page::Customers);
    auto *search = find<QLineEdit>("customerSearch");
    auto *table = find<QTableView>("customerTable");
    ASSERT_NE(search, nullptr);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("nord"));
    // Nothing yet: the search waits for a pause in typing.
    EXPECT_EQ(table->model()->rowCount(), s_facts.customers);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 2; }, 2000));
    EXPECT_EQ(columnTexts(*table->model(), CustomerListModel::Name),
              (QStringList{"Nordic Timber AB", "Nordlys Shipping AB"}));
    EXPECT_EQ(find<QLabel>("customerCount")->text(), QStringLiteral("2 customers"));

    // A code prefix, typed in lower case.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("c101"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 10; }, 2000));
    EXPECT_EQ(table->model()->index(0, CustomerListModel::Code).data().toString(), QStringLiteral("C1010"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("brauerei"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, 2000));
    EXPECT_EQ(find<QLabel>("customerCount")->text(), QStringLiteral("1 customer"));

    // Enter searches at once.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such customer"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(table->model()->rowCount(), 0);
    EXPECT_EQ(find<QLabel>("customerCount")->text(), QStringLiteral("0 customers"));
}

TEST_F(MainWindowTest, headerClickSortsInSql)
{
    openFixture();
    m_window->showPage(MainWindow::Page::Customers);
    auto *table = find<QTableView>("customerTable");
    const QAbstractItemModel &model = *table->model();

    clickHeader(table, CustomerListModel::Name);
    ASSERT_EQ(table->horizontalHeader()->sortIndicatorSection(), CustomerListModel::Name);
    QStringList names = columnTexts(model, CustomerListModel::Name);
    ASSERT_EQ(names.size(), s_facts.customers);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.toUtf8() < b.toUtf8(); // SQLite's binary order
    });
    EXPECT_EQ(names, sorted);

    // Balance, biggest first: two clicks (ascending, then descending).
    clickHeader(table, CustomerListModel::Balance);
    clickHeader(table, CustomerListModel::Balance);
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    for (int row = 1; row < model.rowCount(); ++row)
        EXPECT_GE(model.index(row - 1, CustomerListModel::Balance).data(PagedTableModel::RawValueRole).toLongLong(),
                  model.index(row, CustomerListModel::Balance).data(PagedTableModel::RawValueRole).toLongLong());
}

TEST_F(MainWindowTest, invoicesPageInByScrollingAndFilterByStatus)
{
    openFixture(bigBookPath());
    m_window->showPage(MainWindow::Page::Invoices);
    auto *table = find<QTableView>("invoiceTable");
    auto *model = m_window->invoicePage()->invoiceModel();
    auto *status = find<QComboBox>("invoiceStatus");
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(status->findData(static_cast<int>(InvoiceStatusFilter::All)));
    EXPECT_EQ(model->totalCount(), 24 * 11);
    EXPECT_EQ(find<QLabel>("invoiceCount")->text(), QStringLiteral("264 invoices"));
    // Every row counted, one page read; scrolling to the end reads the last page (here the
    // second: by keyset after the first), skipping nothing.
    EXPECT_EQ(model->rowCount(), 264);
    EXPECT_EQ(model->cachedRowCount(), PagedTableModel::kPageSize);
    table->scrollToBottom();
    QCoreApplication::processEvents();
    EXPECT_EQ(model->cachedRowCount(), 264);
    EXPECT_EQ(model->lastPageSkipped(), 0);
    // No row twice across the pages.
    QStringList numbers = columnTexts(*model, InvoiceListModel::Number);
    numbers.removeDuplicates();
    EXPECT_EQ(numbers.size(), 264);

    // Open items only: fewer, oldest due first.
    status->setCurrentIndex(status->findData(static_cast<int>(InvoiceStatusFilter::Open)));
    EXPECT_LT(model->totalCount(), 264);
    EXPECT_TRUE(find<QLabel>("invoiceCount")->text().endsWith(QStringLiteral(" open invoices")));
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_LE(model->index(row - 1, InvoiceListModel::DueDate).data(PagedTableModel::RawValueRole).toDate(),
                  model->index(row, InvoiceListModel::DueDate).data(PagedTableModel::RawValueRole).toDate());
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_GT(model->index(row, InvoiceListModel::Open).data(PagedTableModel::RawValueRole).toLongLong(), 0);
}

TEST_F(MainWindowTest, invoiceSearchAndDaysPastDue)
{
    openFixture();
    m_window->showPage(MainWindow::Page::Invoices);
    auto *model = m_window->invoicePage()->invoiceModel();
    auto *search = find<QLineEdit>("invoiceSearch");
    QTest::keyClicks(search, QStringLiteral("inv-0000"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->filter().search == QStringLiteral("inv-0000"); }, 2000));
    // INV-00001 is C1001's oldest invoice, partly paid: still open.
    const QStringList numbers = columnTexts(*model, InvoiceListModel::Number);
    ASSERT_TRUE(numbers.contains(QStringLiteral("INV-00001")));
    const int row = static_cast<int>(numbers.indexOf(QStringLiteral("INV-00001")));
    EXPECT_EQ(model->index(row, InvoiceListModel::Customer).data().toString(), QStringLiteral("C1001"));
    EXPECT_EQ(model->index(row, InvoiceListModel::Amount).data().toString(), QStringLiteral("1,250.00 SEK"));
    EXPECT_EQ(model->index(row, InvoiceListModel::Open).data().toString(), QStringLiteral("250.00 SEK"));
    const QDate due = model->index(row, InvoiceListModel::DueDate).data(PagedTableModel::RawValueRole).toDate();
    EXPECT_EQ(model->index(row, InvoiceListModel::DueDate).data().toString(),
              QLocale().toString(due, QLocale::ShortFormat));
    const qint64 late = due.daysTo(QDate::currentDate());
    ASSERT_GT(late, 0);
    EXPECT_EQ(model->index(row, InvoiceListModel::DaysPastDue).data().toString(), QString::number(late));
}

TEST_F(MainWindowTest, paymentsShowReversedAndUnappliedCash)
{
    openFixture();
    m_window->showPage(MainWindow::Page::Payments);
    auto *model = m_window->paymentPage()->paymentModel();
    EXPECT_EQ(model->totalCount(), s_facts.payments);
    EXPECT_EQ(find<QLabel>("paymentCount")->text(), QStringLiteral("%1 payments").arg(s_facts.payments));
    // Newest first: the reversed payment of two days ago.
    EXPECT_EQ(model->index(0, PaymentListModel::Reference).data().toString(), QStringLiteral("PAY-7999"));
    EXPECT_TRUE(model->index(0, PaymentListModel::Status).data().toString().startsWith(QStringLiteral("Reversed")));
    EXPECT_EQ(model->index(0, PaymentListModel::Method).data().toString(), QStringLiteral("Wire"));

    auto *status = find<QComboBox>("paymentStatus");
    status->setCurrentIndex(status->findData(static_cast<int>(PaymentStatusFilter::WithUnapplied)));
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_GT(model->index(row, PaymentListModel::Unapplied).data(PagedTableModel::RawValueRole).toLongLong(), 0);
        EXPECT_EQ(model->index(row, PaymentListModel::Status).data().toString(), QStringLiteral("Unapplied cash"));
    }
}

TEST_F(MainWindowTest, recentBooksAreRememberedMostRecentFirstAndCapped)
{
    QTemporaryDir folder;
    QStringList books;
    for (int i = 0; i < MainWindow::kMaxRecentBooks + 1; ++i) {
        books << folder.filePath(QStringLiteral("book%1.ardesk").arg(i));
        auto created = BookService::create(books.back());
        ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    }
    for (const QString &book : books)
        ASSERT_TRUE(m_window->openBook(book).has_value());
    const QStringList recent = m_window->recentBooks();
    ASSERT_EQ(recent.size(), MainWindow::kMaxRecentBooks);
    EXPECT_TRUE(recent.front().endsWith(QStringLiteral("book8.ardesk")));
    EXPECT_TRUE(recent.back().endsWith(QStringLiteral("book1.ardesk")));
    // Opening one again moves it to the top.
    ASSERT_TRUE(m_window->openBook(books.at(3)).has_value());
    EXPECT_TRUE(m_window->recentBooks().front().endsWith(QStringLiteral("book3.ardesk")));
    EXPECT_EQ(m_window->recentBooks().size(), MainWindow::kMaxRecentBooks);
    auto *menu = find<QMenu>("menuRecentBooks");
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isEnabled());
    EXPECT_TRUE(menu->actions().front()->text().contains(QStringLiteral("book3.ardesk")));

    // A new window opens the most recent book by itself.
    m_window.reset();
    MainWindow again;
    EXPECT_TRUE(again.openMostRecentBook());
    EXPECT_TRUE(again.bookLocation().endsWith(QStringLiteral("book3.ardesk")));
}

TEST_F(MainWindowTest, aFailedOpenKeepsTheCurrentBookAndSaysWhy)
{
    openFixture();
    auto missing = m_window->openBook(s_folder->filePath(QStringLiteral("missing.ardesk")));
    ASSERT_FALSE(missing.has_value());
    EXPECT_FALSE(missing.error().message.isEmpty());
    EXPECT_TRUE(m_window->bookLocation().endsWith(QStringLiteral("fixture.ardesk")));
    EXPECT_EQ(m_window->recentBooks().size(), 1);
}

TEST_F(MainWindowTest, aProtectedBookAsksToSignInAndAWrongPasswordOpensNothing)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("protected.ardesk"));
    {
        auto book = BookService::create(path);
        ASSERT_TRUE(book.has_value());
        auto admin = AuthService::createFirstAdmin(**book, QStringLiteral("admin"), QStringLiteral("Admin"),
                                                   QStringLiteral("correct horse battery staple 42"));
        ASSERT_TRUE(admin.has_value()) << admin.error().message.toStdString();
    }
    // The sign-in step is asked for (the dialog in real use); a wrong password gives no session.
    bool asked = false;
    m_window->setSignInHandler([&asked](Book &book, const QString &) -> std::unique_ptr<Session> {
        asked = true;
        auto session = AuthService::signIn(book, QStringLiteral("admin"), QStringLiteral("wrong"));
        return session ? std::move(*session) : nullptr;
    });
    auto opened = m_window->openBook(path);
    EXPECT_TRUE(asked);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(m_window->hasBook());
}

TEST_F(MainWindowTest, columnWidthsSortAndPageAreRemembered)
{
    openFixture();
    m_window->showPage(MainWindow::Page::Payments);
    auto *table = find<QTableView>("paymentTable");
    clickHeader(table, PaymentListModel::Amount);
    table->horizontalHeader()->resizeSection(PaymentListModel::Reference, 211);
    m_window->close(); // saves

    MainWindow again;
    ASSERT_TRUE(again.openBook(bookPath()).has_value());
    EXPECT_EQ(again.currentPage(), MainWindow::Page::Payments);
    auto *restored = again.findChild<QTableView *>(QStringLiteral("paymentTable"));
    EXPECT_EQ(restored->horizontalHeader()->sectionSize(PaymentListModel::Reference), 211);
    EXPECT_EQ(restored->horizontalHeader()->sortIndicatorSection(), PaymentListModel::Amount);
    EXPECT_EQ(again.paymentPage()->model()->sortColumn(), PaymentListModel::Amount);
    const auto *model = again.paymentPage()->model();
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_LE(model->index(row - 1, PaymentListModel::Amount).data(PagedTableModel::RawValueRole).toLongLong(),
                  model->index(row, PaymentListModel::Amount).data(PagedTableModel::RawValueRole).toLongLong());
}

TEST_F(MainWindowTest, downFromTheSearchBoxWalksTheResults)
{
    openFixture();
    m_window->showPage(MainWindow::Page::Customers);
    auto *search = find<QLineEdit>("customerSearch");
    auto *table = find<QTableView>("customerTable");
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_TRUE(table->hasFocus());
    EXPECT_EQ(table->currentIndex().row(), 0);
    Id activated = 0;
    QObject::connect(m_window->customerPage(), &ListPage::rowActivated, [&](Id id) { activated = id; });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(activated, table->model()->index(0, 0).data(PagedTableModel::RowIdRole).toLongLong());
    EXPECT_NE(activated, 0);
}

// The fixture itself: what the screens (and scripts/screenshots.sh, when no demo
// generator is available) rely on. With ARDESK_UI_FIXTURE_BOOK set, the book is written
// there instead of a temporary folder.
TEST(UiFixtureBook, holdsCustomersInvoicesAndPayments)
{
    QTemporaryDir folder;
    const QString requested = qEnvironmentVariable("ARDESK_UI_FIXTURE_BOOK");
    const QString path = requested.isEmpty() ? folder.filePath(QStringLiteral("book.ardesk")) : requested;
    auto facts = testing::buildFixtureBook(path, {QDate::currentDate(), 10});
    ASSERT_TRUE(facts.has_value()) << facts.error().message.toStdString();
    auto book = BookService::open(path);
    ASSERT_TRUE(book.has_value());
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session.has_value());
    auto info = BookService::info(**session);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->customers, 24);
    EXPECT_EQ(info->invoices, 240);
    EXPECT_EQ(info->payments, facts->payments);
    const BrowseService browse(**session);
    EXPECT_GT(browse.invoiceCount({}).value_or(0), 0);
    PaymentListFilter withUnapplied;
    withUnapplied.status = PaymentStatusFilter::WithUnapplied;
    EXPECT_GT(browse.paymentCount(withUnapplied).value_or(0), 0);
}

} // namespace
} // namespace ardesk
