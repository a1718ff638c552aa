// The manager desk offscreen (issue 7 "Proof"): the dashboard opens on a demo book made by
// the demo generator, its figures arrive from the worker thread while the window keeps
// answering, and a click on a bar of the aging chart opens the Invoices page filtered to
// exactly the items behind that bar (their open amounts add up to the bar). A tile opens
// its customer list; "Show all" ends the drill-down. The other tabs fill from the same book.
//
// The QApplication and English (US) formats come from test_main_window.cpp's environment.

#include "main_window.h"

#include "services/book_service.h"
#include "services/dashboard_service.h"
#include "services/demo_generator.h"
#include "services/document_service.h"
#include "services/ledger_service.h"
#include "storage/list_queries.h"
#include "ui/common/book_open_run.h"
#include "ui/common/display_format.h"
#include "ui/common/paged_table_model.h"
#include "ui/customers/customer_list_page.h"
#include "ui/invoices/invoice_list_page.h"
#include "ui/manager/aging_snapshots_view.h"
#include "ui/manager/cash_forecast_view.h"
#include "ui/manager/dashboard_view.h"
#include "ui/manager/manager_desk_page.h"
#include "ui/manager/report_preview_dialog.h"
#include "ui/manager/reports_page.h"
#include "ui/common/book_job.h"
#include "services/report_service.h"
#include "documents/report_writers.h"
#include "storage/connection_tuning.h"
#include "ui/manager/staff_performance_view.h"
#include "ui/payments/payment_list_page.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QApplication>
#include <QFile>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressBar>
#include <QSemaphore>
#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <ctime>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace ardesk {
namespace {

const QDate kToday(2026, 6, 30);

// Processes events until `done` or 120 s; true when done.
template<typename F>
bool waitFor(F done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// Every row of a paged model (the views fetch more as they scroll).
void fetchAll(PagedTableModel &model)
{
    waitFor([&] { return !model.canFetchMore({}) || model.rowCount() > 0; });
    while (model.canFetchMore({}))
        model.fetchMore({});
}

class ManagerDeskUiTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        ASSERT_TRUE(s_folder->isValid());
        s_path = s_folder->filePath(QStringLiteral("demo.ardesk"));
        auto book = BookService::create(s_path);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        DemoOptions options;
        options.customers = 80;
        options.seed = 7;
        options.today = kToday;
        auto summary = DemoGenerator(**session).generate(options);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }

    void SetUp() override
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        ASSERT_TRUE(m_window->openBook(s_path));
        m_window->managerDesk()->setToday(kToday);
        m_window->show();
        m_window->showPage(MainWindow::Page::Dashboard);
    }
    void TearDown() override
    {
        // Let a job still running finish before the book goes.
        waitFor([&] { return !dashboard()->isBusy(); });
        m_window.reset();
    }

    DashboardView *dashboard() const { return m_window->managerDesk()->dashboard(); }
    QWidget *currentPage() const
    {
        for (QWidget *page : {static_cast<QWidget *>(m_window->invoicePage()),
                              static_cast<QWidget *>(m_window->customerPage()),
                              static_cast<QWidget *>(m_window->paymentPage()),
                              static_cast<QWidget *>(m_window->managerDesk())})
            if (page->isVisible())
                return page;
        return nullptr;
    }

    static QTemporaryDir *s_folder;
    static QString s_path;
    std::unique_ptr<MainWindow> m_window;
};

QTemporaryDir *ManagerDeskUiTest::s_folder = nullptr;
QString ManagerDeskUiTest::s_path;

TEST_F(ManagerDeskUiTest, aClickOnAnAgingBarOpensTheInvoicesBehindIt)
{
    ASSERT_TRUE(waitFor([&] { return dashboard()->tilesMilliseconds() >= 0; })) << "no tiles";
    // The window answers while the rest is computed: events keep flowing (this loop runs).
    ASSERT_TRUE(waitFor([&] { return !dashboard()->isBusy(); })) << "the dashboard never finished";
    auto *status = dashboard()->findChild<QLabel *>(QStringLiteral("dashboardStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("tiles in"))) << status->text().toStdString();

    // The tile shows what the service computes.
    const QString currency = dashboard()->currency();
    ASSERT_FALSE(currency.isEmpty());
    auto tiles = DashboardService(*m_window->session()).tiles(currency, kToday);
    ASSERT_TRUE(tiles);
    auto *totalAr = dashboard()->findChild<DashboardTile *>(QStringLiteral("tileTotalAr"));
    ASSERT_NE(totalAr, nullptr);
    EXPECT_EQ(totalAr->value(), formatAmount(tiles->totalAr, currency));
    // Percentages by the locale's own rule (display_format.h formatPercent: "12.3%" in
    // English, a no-break space before the sign in de, fr, sv and cs), not a "%1 %" of its own.
    auto *percentCurrent = dashboard()->findChild<DashboardTile *>(QStringLiteral("tilePercentCurrent"));
    ASSERT_NE(percentCurrent, nullptr);
    ASSERT_TRUE(tiles->percentCurrent.has_value());
    EXPECT_EQ(percentCurrent->value(), formatPercent(*tiles->percentCurrent, 1));

    // The aging chart: the first collector's 1-30 bar.
    auto *view = dashboard()->findChild<QChartView *>(QStringLiteral("agingChart"));
    ASSERT_NE(view, nullptr);
    ASSERT_FALSE(view->chart()->series().isEmpty());
    auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().front());
    ASSERT_NE(series, nullptr);
    ASSERT_FALSE(series->barSets().isEmpty());
    auto stack = DashboardService(*m_window->session()).agingStack(currency, kToday, AgingStackBy::Collector);
    ASSERT_TRUE(stack);
    const int bucket = 1; // 1-30
    int group = 0;
    while (group < stack->groups.size() && stack->amounts[std::size_t(group)][bucket] == 0)
        ++group;
    ASSERT_LT(group, stack->groups.size()) << "no collector has anything 1-30 days past due";
    QBarSet *set = series->barSets().at(group);
    Q_EMIT set->clicked(bucket);

    // The Invoices page, filtered to that collector, currency and bucket.
    ASSERT_EQ(currentPage(), m_window->invoicePage());
    InvoiceListPage *invoices = m_window->invoicePage();
    const InvoiceListFilter &filter = invoices->invoiceModel()->filter();
    EXPECT_EQ(filter.currency, currency);
    EXPECT_EQ(filter.collectorLogin, stack->groups.at(group));
    EXPECT_EQ(filter.dueFrom, kToday.addDays(-30));
    EXPECT_EQ(filter.dueTo, kToday.addDays(-1));
    EXPECT_TRUE(invoices->drillDownText().contains(stack->groups.at(group))) << invoices->drillDownText().toStdString();
    auto *banner = invoices->findChild<QLabel *>(QStringLiteral("invoiceDrillDown"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());

    // What the list shows adds up to the bar.
    InvoiceListModel *model = invoices->invoiceModel();
    fetchAll(*model);
    ASSERT_GT(model->rowCount(), 0);
    MinorUnits sum = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const InvoiceListRow *line = model->rowAt(row);
        ASSERT_NE(line, nullptr);
        EXPECT_EQ(line->currency, currency);
        const qint64 days = line->dueDate.daysTo(kToday);
        EXPECT_GE(days, 1);
        EXPECT_LE(days, 30);
        sum += line->open;
    }
    EXPECT_EQ(sum, stack->amounts[std::size_t(group)][bucket]);

    // Show all: the page's own filter again.
    QTest::mouseClick(invoices->findChild<QPushButton *>(QStringLiteral("invoiceShowAll")), Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(model->filter().currency.isEmpty());
    EXPECT_FALSE(model->filter().collectorLogin.has_value());
}

// An invoice with instalment parts is one item per part in the aging bars (as in the aging,
// docs/credit-policy.md "Instalment terms"), and a bar's list shows it under the bucket of
// each of its open parts with those parts' open amount: every list adds up to its bar.
// Hand-built, today 25 November 2026, buckets current, 1-30, 31-60, 61-90, 91+:
// INV-P 900.00 issued 1 August in three parts of 300.00 due 31 August (86 days: 61-90),
// 30 September (56 days: 31-60) and 31 December (current); 100.00 paid fills the first part
// first (200.00 open of it). INV-Q 500.00 due 20 October (36 days: 31-60), no parts.
// Before its figures come each chart shows its title and empty axes (never a bare frame),
// and the charts' axis labels are numbers of the user's locale (thousands separators).
TEST(DashboardCharts, keepTitleAndAxesWhileLoadingAndLocalizeTheirNumbers)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        DashboardView view;
        for (const char *name : {"agingChart", "kpiTrendChart", "collectionsChart", "disputesChart"}) {
            SCOPED_TRACE(name);
            auto *chart = view.findChild<QChartView *>(QString::fromLatin1(name));
            ASSERT_NE(chart, nullptr);
            EXPECT_FALSE(chart->chart()->title().isEmpty());
            EXPECT_TRUE(chart->chart()->title().contains(QStringLiteral("(…)")))
                    << chart->chart()->title().toStdString();
            EXPECT_EQ(chart->chart()->axes(Qt::Horizontal).size(), 1);
            EXPECT_EQ(chart->chart()->axes(Qt::Vertical).size(), 1);
            EXPECT_TRUE(chart->chart()->series().isEmpty());
            EXPECT_TRUE(chart->chart()->localizeNumbers());
            EXPECT_EQ(chart->chart()->locale(), QLocale(QLocale::German, QLocale::Germany));
        }
    }
    QLocale::setDefault(before);
}

TEST(DashboardInstalments, anInstalmentInvoiceIsListedUnderTheBucketOfEachOfItsParts)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    auto book = BookService::create(folder.filePath(QStringLiteral("parts.ardesk")));
    ASSERT_TRUE(book) << book.error().message.toStdString();
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    LedgerService ledger(**session);
    for (const char *code : {"C1", "C2"}) {
        Customer c;
        c.code = QString::fromLatin1(code);
        c.name = QStringLiteral("Customer %1").arg(c.code);
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        ASSERT_TRUE(ledger.addCustomer(c));
    }
    Invoice p;
    p.number = QStringLiteral("INV-P");
    p.issueDate = QDate(2026, 8, 1);
    p.dueDate = QDate(2026, 8, 31);
    p.amount = 90000;
    const auto withParts = ledger.postInvoice(p, QStringLiteral("C1"),
                                              {{1, QDate(2026, 8, 31), 30000},
                                               {2, QDate(2026, 9, 30), 30000},
                                               {3, QDate(2026, 12, 31), 30000}});
    ASSERT_TRUE(withParts) << withParts.error().message.toStdString();
    Invoice q;
    q.number = QStringLiteral("INV-Q");
    q.issueDate = QDate(2026, 9, 20);
    q.dueDate = QDate(2026, 10, 20);
    q.amount = 50000;
    ASSERT_TRUE(ledger.postInvoice(q, QStringLiteral("C2")));
    PaymentInput pay;
    pay.customerCode = QStringLiteral("C1");
    pay.receivedDate = QDate(2026, 9, 1);
    pay.amount = 10000;
    pay.method = QStringLiteral("wire");
    pay.reference = QStringLiteral("P1");
    pay.apply = PaymentInput::Apply::Invoice;
    pay.invoiceNumber = QStringLiteral("INV-P");
    ASSERT_TRUE(ledger.postPayment(pay));

    const QDate today(2026, 11, 25);
    const auto stack = DashboardService(**session).agingStack(QStringLiteral("EUR"), today, AgingStackBy::Collector);
    ASSERT_TRUE(stack);
    ASSERT_EQ(stack->groups.size(), 1); // customers without a collector
    EXPECT_EQ(stack->amounts.at(0), (std::vector<MinorUnits>{30000, 0, 30000 + 50000, 20000, 0}));

    DashboardView view;
    view.setToday(today);
    view.setSession(session->get());
    view.refresh();
    ASSERT_TRUE(waitFor([&] { return !view.isBusy(); }));
    std::optional<InvoiceListFilter> asked;
    QObject::connect(&view, &DashboardView::invoicesRequested, &view,
                     [&](const InvoiceListFilter &filter, const QString &) { asked = filter; });
    // bucket -> (INV-P's open shown there, rows listed)
    const std::map<int, std::pair<MinorUnits, std::size_t>> expected{{0, {30000, 1}}, {2, {30000, 2}}, {3, {20000, 1}}};
    for (int bucket = 0; bucket < 5; ++bucket) {
        SCOPED_TRACE(bucket);
        asked.reset();
        view.openAgingBar(0, bucket);
        ASSERT_TRUE(asked.has_value());
        const auto rows = InvoiceListQuery(**book).rows(*asked, {}, today, RowWindow{0, 1000});
        EXPECT_EQ(InvoiceListQuery(**book).count(*asked), static_cast<qint64>(rows.size()));
        MinorUnits sum = 0;
        MinorUnits ofP = 0;
        for (const InvoiceListRow &row : rows) {
            sum += row.open;
            if (row.number == u"INV-P")
                ofP += row.open;
            // The due date shown is in the bar's bucket.
            const auto buckets = AgingBuckets::fromEdges({30, 60, 90}).value();
            EXPECT_EQ(buckets.bucketFor(static_cast<int>(row.dueDate.daysTo(today))), bucket)
                    << row.number.toStdString();
        }
        EXPECT_EQ(sum, stack->amounts.at(0).at(std::size_t(bucket))) << "the list adds up to the bar";
        const auto found = expected.find(bucket);
        EXPECT_EQ(ofP, found == expected.end() ? 0 : found->second.first);
        EXPECT_EQ(rows.size(), found == expected.end() ? 0u : found->second.second);
    }
    view.setSession(nullptr);
}

TEST_F(ManagerDeskUiTest, tilesAndOtherChartsOpenTheirLists)
{
    ASSERT_TRUE(waitFor([&] { return !dashboard()->isBusy(); }));
    const QString currency = dashboard()->currency();

    // Overdue tile: open items due before today.
    auto *overdue = dashboard()->findChild<DashboardTile *>(QStringLiteral("tileOverdue"));
    ASSERT_NE(overdue, nullptr);
    QTest::mouseClick(overdue, Qt::LeftButton);
    ASSERT_EQ(currentPage(), m_window->invoicePage());
    EXPECT_EQ(m_window->invoicePage()->invoiceModel()->filter().dueTo, kToday.addDays(-1));
    EXPECT_EQ(m_window->invoicePage()->invoiceModel()->filter().currency, currency);

    // Collections by week: the last bar is this week's payments.
    m_window->showPage(MainWindow::Page::Dashboard);
    dashboard()->openCollectionsWeek(12);
    ASSERT_EQ(currentPage(), m_window->paymentPage());
    const PaymentListFilter &payments = m_window->paymentPage()->paymentModel()->filter();
    EXPECT_EQ(payments.receivedTo, kToday);
    EXPECT_EQ(payments.receivedFrom, QDate(2026, 6, 29)); // Monday
    EXPECT_EQ(payments.currency, currency);

    // Accounts on hold: the customer list.
    m_window->showPage(MainWindow::Page::Dashboard);
    QTest::mouseClick(dashboard()->findChild<DashboardTile *>(QStringLiteral("tileOnHold")), Qt::LeftButton);
    ASSERT_EQ(currentPage(), m_window->customerPage());
    EXPECT_TRUE(m_window->customerPage()->customerModel()->filter().onHoldOnly);

    // A KPI point: the credit sales of the three months behind it.
    m_window->showPage(MainWindow::Page::Dashboard);
    dashboard()->openKpiPoint(11);
    ASSERT_EQ(currentPage(), m_window->invoicePage());
    EXPECT_EQ(m_window->invoicePage()->invoiceModel()->filter().issuedFrom, QDate(2026, 3, 1));
    EXPECT_EQ(m_window->invoicePage()->invoiceModel()->filter().issuedTo, QDate(2026, 5, 31));
}

TEST_F(ManagerDeskUiTest, staffForecastAndRollForwardFillFromTheBook)
{
    ManagerDeskPage *desk = m_window->managerDesk();
    ASSERT_TRUE(waitFor([&] { return !dashboard()->isBusy(); }));

    desk->setCurrentWidget(desk->staffPerformance());
    ASSERT_TRUE(waitFor([&] { return !desk->staffPerformance()->isBusy(); }));
    QTableView *league = desk->staffPerformance()->league();
    EXPECT_GT(league->model()->rowCount(), 0);
    // Sortable by any column: by collected, largest first.
    league->sortByColumn(StaffPerformanceView::Collected, Qt::DescendingOrder);
    const QAbstractItemModel *m = league->model();
    for (int row = 1; row < m->rowCount(); ++row)
        EXPECT_GE(m->index(row - 1, StaffPerformanceView::Collected).data(Qt::UserRole + 1).toLongLong(),
                  m->index(row, StaffPerformanceView::Collected).data(Qt::UserRole + 1).toLongLong());

    desk->setCurrentWidget(desk->cashForecast());
    ASSERT_TRUE(waitFor([&] { return !desk->cashForecast()->isBusy(); }));
    auto *table = desk->cashForecast()->findChild<QTableWidget *>(QStringLiteral("forecastTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), CashForecastView::kPastWeeks + CashForecastService::kWeeks);

    desk->setCurrentWidget(desk->agingSnapshots());
    ASSERT_TRUE(waitFor([&] { return !desk->agingSnapshots()->isBusy(); }));
    auto *roll = desk->agingSnapshots()->findChild<QTableWidget *>(QStringLiteral("rollForwardTable"));
    ASSERT_NE(roll, nullptr);
    EXPECT_EQ(roll->rowCount(), 6); // five buckets and the total
}

// pdftotext's text of a PDF file ("" when it cannot be read).
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Issue 7 "Print preview from the GUI": every report of the Reports screen paints on a
// printer the pages of its PDF export (same title, summary and page count), and the print
// preview dialog opens with those pages.
TEST_F(ManagerDeskUiTest, everyReportPrintsThePagesOfItsPdfAndThePreviewOpens)
{
    m_window->showPage(MainWindow::Page::Reports);
    ReportsPage *reports = m_window->reportsPage();
    ASSERT_NE(reports, nullptr);
    ASSERT_TRUE(reports->findChild<QPushButton *>(QStringLiteral("reportPreview"))->isVisible());
    QTemporaryDir folder;
    for (const QString &name : ReportService::reportNames()) {
        SCOPED_TRACE(name.toStdString());
        reports->selectReport(name);
        reports->setAsOf(kToday);
        reports->setCustomer(QStringLiteral("C000001"));
        const auto report = reports->buildReport();
        ASSERT_TRUE(report.has_value());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = folder.filePath(name + QStringLiteral("-printed.pdf"));
        printer.setOutputFileName(printed);
        ASSERT_TRUE(reports->paintOn(printer));
        const QString exported = folder.filePath(name + QStringLiteral("-exported.pdf"));
        ASSERT_TRUE(documents::writeReport(*report, documents::ReportFormat::Pdf, exported));
        const QString printedText = pdfText(printed);
        const QString exportedText = pdfText(exported);
        ASSERT_FALSE(printedText.isEmpty());
        EXPECT_TRUE(printedText.contains(report->title));
        ASSERT_FALSE(report->summary.isEmpty());
        const QString firstWords = report->summary.first().section(u' ', 0, 2);
        EXPECT_TRUE(printedText.simplified().contains(firstWords)) << firstWords.toStdString();
        EXPECT_EQ(printedText.count(u'\f'), exportedText.count(u'\f')) << "page count";
        const QStringList printedPages = printedText.split(u'\f');
        const QStringList exportedPages = exportedText.split(u'\f');
        for (qsizetype page = 0; page < std::min(printedPages.size(), exportedPages.size()); ++page)
            EXPECT_EQ(printedPages[page].simplified().toStdString(), exportedPages[page].simplified().toStdString()) << "page " << page;
    }

    // The preview dialog itself (modal), after the report was read in the background: seen,
    // with pages, zoomed, printed (the pages of the PDF export, page by page), a print
    // cancelled (no file left), then closed.
    reports->selectReport(QStringLiteral("aging-summary"));
    const auto previewed = reports->buildReport();
    ASSERT_TRUE(previewed.has_value());
    const QString previewExported = folder.filePath(QStringLiteral("previewed-exported.pdf"));
    ASSERT_TRUE(documents::writeReport(*previewed, documents::ReportFormat::Pdf, previewExported));
    const QString previewPrinted = folder.filePath(QStringLiteral("previewed-printed.pdf"));
    const QString previewCancelled = folder.filePath(QStringLiteral("previewed-cancelled.pdf"));
    bool printed = false;
    bool cancelled = true;
    int askedBeforeStop = 0;
    int widthFitted = 0;
    int widthZoomed = 0;
    int widthBack = 0;
    int previewPages = -1;
    int paintedAtOpen = -1;
    int paintedAfterNext = -1;
    bool blankPage = true;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ReportPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watch.stop();
        previewPages = dialog->pageCount();
        // Only the page shown is painted (by the worker): a report of a thousand pages opens at once.
        paintedAtOpen = dialog->pagesPainted();
        const QImage shown = dialog->shownImage();
        blankPage = true; // until a pixel that is not white
        for (int y = 0; y < shown.height() && blankPage; y += 4)
            for (int x = 0; x < shown.width() && blankPage; x += 4)
                blankPage = shown.pixelColor(x, y) == Qt::white;
        QCoreApplication::processEvents();
        if (const QByteArray png = qgetenv("ARDESK_PREVIEW_PNG"); !png.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(png), "PNG");
        if (auto *next = dialog->findChild<QPushButton *>(QStringLiteral("previewNextPage")); next && next->isEnabled())
            next->click();
        paintedAfterNext = dialog->pagesPainted();
        widthFitted = dialog->shownImage().width();
        QTest::keyClick(dialog, Qt::Key_Plus, Qt::ControlModifier);
        widthZoomed = dialog->shownImage().width();
        QTest::keyClick(dialog, Qt::Key_0, Qt::ControlModifier);
        widthBack = dialog->shownImage().width();
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(previewPrinted);
            printed = dialog->printTo(printer, [](int, int) { return true; });
        }
        {
            // Stopped before its second page (its first when it has one): nothing is left.
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(previewCancelled);
            const int stopAt = std::min(1, dialog->pageCount() - 1);
            cancelled = !dialog->printTo(printer, [&](int page, int) {
                ++askedBeforeStop;
                return page < stopAt;
            });
        }
        dialog->reject();
    });
    watch.start();
    reports->printPreview();
    EXPECT_TRUE(reports->isRunning()); // read in the background first
    ASSERT_TRUE(waitFor([&] { return previewPages >= 0 && !reports->isRunning(); }));
    EXPECT_GT(previewPages, 0);
    EXPECT_EQ(paintedAtOpen, 1);
    EXPECT_EQ(paintedAfterNext, previewPages > 1 ? 2 : 1);
    EXPECT_FALSE(blankPage) << "the first page shows something";
    EXPECT_GT(widthZoomed, widthFitted);
    EXPECT_EQ(widthBack, widthFitted);
    EXPECT_TRUE(printed);
    const QStringList printedPages = pdfText(previewPrinted).split(u'\f');
    const QStringList exportedPages = pdfText(previewExported).split(u'\f');
    EXPECT_EQ(printedPages.size() - 1, previewPages);
    ASSERT_EQ(printedPages.size(), exportedPages.size());
    for (qsizetype page = 0; page < printedPages.size(); ++page)
        EXPECT_EQ(printedPages[page].simplified().toStdString(), exportedPages[page].simplified().toStdString()) << "page " << page;
    EXPECT_TRUE(cancelled);
    EXPECT_GE(askedBeforeStop, 1);
    EXPECT_FALSE(QFile::exists(previewCancelled));
}

// The book closed under an open print preview (its worker paints the pages it shows): the
// worker leaves, closing does not wait for the dialog, and turning a page paints nothing more.
TEST_F(ManagerDeskUiTest, closingTheBookUnderAnOpenPrintPreviewDoesNotHang)
{
    m_window->showPage(MainWindow::Page::Reports);
    ReportsPage *reports = m_window->reportsPage();
    ASSERT_NE(reports, nullptr);
    reports->selectReport(QStringLiteral("aging-summary"));
    reports->setAsOf(kToday);
    bool closed = false;
    int paintedAfterClose = -1;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ReportPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watch.stop();
        m_window->closeBook(); // returns: the worker left its loop
        closed = true;
        dialog->showPageAt(dialog->pageCount() - 1);
        paintedAfterClose = dialog->pagesPainted();
        EXPECT_TRUE(dialog->shownImage().isNull() || dialog->pageCount() == 1);
        dialog->reject();
    });
    watch.start();
    reports->printPreview();
    ASSERT_TRUE(waitFor([&] { return closed && BookJob::running() == 0; }));
    EXPECT_GE(paintedAfterClose, 1);
    EXPECT_FALSE(reports->isRunning());
}

// The print preview lays its pages out on the worker (the long part of a big report): Cancel
// meanwhile frees the page at once, the window's event loop keeps turning, and the preview
// never opens, not even when the worker ends later. Deterministic: the test holds the worker
// at the layout stage with a semaphore.
TEST_F(ManagerDeskUiTest, cancellingAPrintPreviewWhileItsPagesAreLaidOutOpensNothing)
{
    m_window->showPage(MainWindow::Page::Reports);
    ReportsPage *reports = m_window->reportsPage();
    ASSERT_NE(reports, nullptr);
    reports->selectReport(QStringLiteral("aging-detail"));
    reports->setAsOf(kToday);
    QSemaphore reached;
    QSemaphore release;
    reports->setWorkerHookForTests([&](int at) {
        if (at == 2) {
            reached.release();
            release.acquire();
        }
    });
    int finished = -1;
    const auto connection = QObject::connect(reports, &ReportsPage::runFinished, [&](bool ok) { finished = ok ? 1 : 0; });
    bool opened = false;
    const auto opening = QObject::connect(reports, &ReportsPage::previewOpening, [&] { opened = true; });
    reports->printPreview();
    ASSERT_TRUE(reports->isRunning());
    ASSERT_TRUE(reached.tryAcquire(1, 60000)); // the report was read; its layout is next
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    tick.start(1);
    ASSERT_TRUE(waitFor([&] { return ticks >= 3; })); // the UI thread runs while the worker is held
    reports->findChild<QPushButton *>(QStringLiteral("reportCancel"))->click();
    EXPECT_EQ(finished, 0); // at once, before the worker went on
    EXPECT_FALSE(reports->isRunning());
    EXPECT_TRUE(reports->findChild<QPushButton *>(QStringLiteral("reportPreview"))->isEnabled());
    EXPECT_FALSE(reports->findChild<QLabel *>(QStringLiteral("reportMessage"))->text().isEmpty());
    release.release();
    ASSERT_TRUE(waitFor([&] { return BookJob::running() == 0; }));
    QCoreApplication::processEvents();
    EXPECT_FALSE(opened);
    EXPECT_EQ(finished, 0);
    QObject::disconnect(connection);
    QObject::disconnect(opening);
    reports->setWorkerHookForTests({});
}

// Exports run on a worker thread (BookJob): the UI thread's event loop keeps turning while the
// report is read and written, a progress bar and a Cancel button are shown, and the file is
// complete: the same bytes (CSV) or the same text and pages (PDF) as writing the report
// directly. Deterministic: the test holds the worker at a stage with a semaphore.
TEST_F(ManagerDeskUiTest, reportExportRunsOffTheUiThreadAndWritesTheWholeFile)
{
    m_window->showPage(MainWindow::Page::Reports);
    ReportsPage *reports = m_window->reportsPage();
    ASSERT_NE(reports, nullptr);
    reports->selectReport(QStringLiteral("aging-detail"));
    reports->setAsOf(kToday);
    const auto expected = reports->buildReport();
    ASSERT_TRUE(expected.has_value());
    QTemporaryDir folder;
    for (const QString &extension : {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
        SCOPED_TRACE(extension.toStdString());
        const QString path = folder.filePath(QStringLiteral("aging-detail.") + extension);
        QSemaphore reading;
        QSemaphore release;
        reports->setWorkerHookForTests([&](int stage) {
            if (stage == 1) {
                reading.release();
                release.acquire(); // the worker waits here until the UI thread has turned
            }
        });
        int finished = -1;
        const auto connection =
                QObject::connect(reports, &ReportsPage::runFinished, [&](bool ok) { finished = ok ? 1 : 0; });
        ASSERT_TRUE(reports->startExport(path));
        EXPECT_TRUE(reports->isRunning());
        ASSERT_TRUE(reading.tryAcquire(1, 60000));
        // The worker is busy (held); the event loop turns: a timer fires, the page shows its
        // progress bar and Cancel.
        int ticks = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
        tick.start(0);
        waitFor([&] { return ticks >= 5; });
        EXPECT_GE(ticks, 5);
        EXPECT_TRUE(reports->findChild<QProgressBar *>(QStringLiteral("reportProgress"))->isVisible());
        EXPECT_TRUE(reports->findChild<QPushButton *>(QStringLiteral("reportCancel"))->isEnabled());
        EXPECT_FALSE(reports->findChild<QPushButton *>(QStringLiteral("reportExport"))->isEnabled());
        EXPECT_FALSE(QFile::exists(path));
        release.release();
        ASSERT_TRUE(waitFor([&] { return finished >= 0; }));
        QObject::disconnect(connection);
        EXPECT_EQ(finished, 1);
        EXPECT_FALSE(reports->isRunning());
        EXPECT_FALSE(reports->findChild<QProgressBar *>(QStringLiteral("reportProgress"))->isVisible());
        ASSERT_TRUE(QFile::exists(path));
        EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
        const QString direct = folder.filePath(QStringLiteral("direct.") + extension);
        ASSERT_TRUE(documents::writeReport(*expected, *documents::reportFormatFromKey(extension), direct));
        if (extension == u"csv") {
            QFile a(path), b(direct);
            ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            EXPECT_EQ(a.readAll(), b.readAll());
        } else if (extension == u"pdf") {
            const QString written = pdfText(path);
            ASSERT_FALSE(written.isEmpty());
            EXPECT_EQ(written, pdfText(direct));
        } else {
            EXPECT_GT(QFileInfo(path).size(), 0);
        }
    }
    reports->setWorkerHookForTests({});
}

// Cancel while the worker reads, and while it writes the PDF's pages: the page is idle
// again, says nothing was written, and no file (nor a partial one) is left.
TEST_F(ManagerDeskUiTest, cancellingAReportExportLeavesNoFile)
{
    m_window->showPage(MainWindow::Page::Reports);
    ReportsPage *reports = m_window->reportsPage();
    ASSERT_NE(reports, nullptr);
    reports->selectReport(QStringLiteral("aging-detail"));
    reports->setAsOf(kToday);
    QTemporaryDir folder;
    for (const int stage : {1, 2}) {
        for (const QString &extension : {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            SCOPED_TRACE(QStringLiteral("stage %1, %2").arg(stage).arg(extension).toStdString());
            const QString path = folder.filePath(QStringLiteral("cancelled-%1.%2").arg(stage).arg(extension));
            QSemaphore reached;
            QSemaphore release;
            reports->setWorkerHookForTests([&](int at) {
                if (at == stage) {
                    reached.release();
                    release.acquire();
                }
            });
            int finished = -1;
            const auto connection =
                    QObject::connect(reports, &ReportsPage::runFinished, [&](bool ok) { finished = ok ? 1 : 0; });
            ASSERT_TRUE(reports->startExport(path));
            ASSERT_TRUE(reached.tryAcquire(1, 60000));
            reports->findChild<QPushButton *>(QStringLiteral("reportCancel"))->click();
            release.release();
            ASSERT_TRUE(waitFor([&] { return finished >= 0; }));
            QObject::disconnect(connection);
            EXPECT_EQ(finished, 0);
            EXPECT_FALSE(reports->isRunning());
            EXPECT_FALSE(QFile::exists(path));
            EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 0);
            EXPECT_TRUE(reports->findChild<QPushButton *>(QStringLiteral("reportExport"))->isEnabled());
            EXPECT_FALSE(reports->findChild<QLabel *>(QStringLiteral("reportMessage"))->text().isEmpty());
        }
    }
    reports->setWorkerHookForTests({});
}

} // namespace
} // namespace ardesk

namespace ardesk {
namespace {

// Not a test of speed (no test asserts a time): the measurement behind docs/performance.md
// "Manager desk", run by hand on a big book:
//   ARDESK_PERF_BOOK=/path/demo.ardesk [ARDESK_PERF_STEPS=1] build/tests/ardesk_ui_tests --gtest_filter='ManagerDeskMeasure.*'
// (ARDESK_PERF_STEPS=1: each step of the dashboard's worker with its wall and CPU time, on stderr)
// Prints how long the first refresh (which also takes the missing month-end snapshots) and
// three later ones took to the tiles and to the last figure, and the longest time the UI
// thread's event loop went without running meanwhile (what a user would feel as a freeze).
TEST(ManagerDeskMeasure, dashboardRefreshOnArdeskPerfBook)
{
    const QString path = qEnvironmentVariable("ARDESK_PERF_BOOK");
    if (path.isEmpty())
        GTEST_SKIP() << "set ARDESK_PERF_BOOK to measure";
    // The GUI's connections, as its main() sets them (no memory map, a 32 MiB page cache), so
    // that the speed and the peak memory are the application's (scripts/bench.sh reads both).
    const ConnectionTuning previousTuning = connectionTuning();
    setConnectionTuning({.cacheKiB = 32768, .mmapBytes = 0});
    const auto restoreTuning = qScopeGuard([&] { setConnectionTuning(previousTuning); });
    // The worker's per-step wall and CPU times (dashboard_view.cpp) go to stderr.
    if (!spdlog::get("ardesk.ui")) {
        auto logger = spdlog::stderr_color_mt("ardesk.ui");
        logger->set_level(spdlog::level::debug);
    }
    auto processCpuMs = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000LL
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    };
    auto loadAverage = [] {
        QFile file(QStringLiteral("/proc/loadavg"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                              : QStringLiteral("?");
    };
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    const long long cpuAtOpen = processCpuMs();
    MainWindow window;
    window.resize(1500, 1000);
    window.show(); // as the application does: the window is on screen before the book opens
    // The dashboard is the page shown at open (a manager's home page): the book's daily run
    // and the queue's read wait for its first tiles (ARDESK_PERF_NO_HOLD=1: the page is
    // chosen after the open, as before, and nothing waits).
    const bool hold = qEnvironmentVariable("ARDESK_PERF_NO_HOLD") != u"1";
    if (hold)
        window.showPage(MainWindow::Page::Dashboard);
    qint64 openRunStartedMs = -1;
    QObject::connect(window.openRun(), &BookOpenRun::started, &window,
                     [&] { openRunStartedMs = sinceOpen.elapsed(); });
    ASSERT_TRUE(window.openBook(path));
    const qint64 openedMs = sinceOpen.elapsed();
    DashboardView *dashboard = window.managerDesk()->dashboard();
    // The refreshes' day (the book's open sets the window's own first: the first run asks
    // for that one).
    const QDate today = QDate::fromString(qEnvironmentVariable("ARDESK_PERF_TODAY"), Qt::ISODate);
    if (today.isValid())
        window.managerDesk()->setToday(today);
    auto measure = [&](const char *what) {
        QElapsedTimer clock;
        clock.start();
        const long long cpuBefore = processCpuMs();
        qint64 last = 0;
        qint64 longestStall = 0;
        qint64 tilesSinceOpen = -1;
        // Sleeps in the event loop between events (a 10 ms tick wakes it): the harness must not
        // spin on the UI thread, or it takes a core from the worker it measures.
        QTimer tick;
        tick.start(10);
        while ((dashboard->isBusy() || clock.elapsed() < 50) && clock.elapsed() < 600000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            const qint64 now = clock.elapsed();
            longestStall = std::max(longestStall, now - last);
            last = now;
            if (tilesSinceOpen < 0 && dashboard->tilesMilliseconds() >= 0)
                tilesSinceOpen = sinceOpen.elapsed();
        }
        std::printf("%s: tiles %lld ms, all %lld ms, longest UI stall %lld ms, process CPU %lld ms "
                    "(since open: tiles at %lld ms, daily run started at %lld ms, CPU %lld ms), load average %s\n",
                    what, static_cast<long long>(dashboard->tilesMilliseconds()),
                    static_cast<long long>(dashboard->allMilliseconds()), static_cast<long long>(longestStall),
                    processCpuMs() - cpuBefore, static_cast<long long>(tilesSinceOpen),
                    static_cast<long long>(openRunStartedMs), processCpuMs() - cpuAtOpen, qPrintable(loadAverage()));
        std::fflush(stdout);
    };
    std::printf("book open (MainWindow::openBook): %lld ms, load average %s\n", static_cast<long long>(openedMs),
                qPrintable(loadAverage()));
    // ARDESK_PERF_SHOTS=DIR: the window as painted first, once the tiles came and once the
    // whole dashboard came (first-paint.png, tiles.png, all.png).
    const QString shots = qEnvironmentVariable("ARDESK_PERF_SHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QCoreApplication::processEvents();
        window.grab().save(QDir(shots).filePath(QStringLiteral("first-paint.png")));
        // Each grab after the layouts the new figures asked for (as the next paint would be).
        auto settled = [] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        };
        waitFor([&] { return dashboard->tilesMilliseconds() >= 0; });
        settled();
        window.grab().save(QDir(shots).filePath(QStringLiteral("tiles.png")));
        waitFor([&] { return !dashboard->isBusy(); });
        settled();
        window.grab().save(QDir(shots).filePath(QStringLiteral("all.png")));
    }
    window.showPage(MainWindow::Page::Dashboard);
    measure("first refresh (from open)");
    // The refreshes are measured once the book's daily run after open has ended (unless
    // ARDESK_PERF_DURING_RUN=1): it runs beside the dashboard in the same process, and what
    // it commits asks the dashboard for one more run of its own.
    if (qEnvironmentVariable("ARDESK_PERF_DURING_RUN") != u"1") {
        QElapsedTimer wait;
        wait.start();
        QTimer tick; // sleeps in the event loop, as measure() does
        tick.start(10);
        while ((window.openRun()->isRunning() || dashboard->isBusy()) && wait.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        std::printf("daily run ended (waited %lld ms), load average %s\n", static_cast<long long>(wait.elapsed()),
                    qPrintable(loadAverage()));
    }
    for (int i = 1; i <= 3; ++i) {
        dashboard->refresh();
        measure(QStringLiteral("refresh %1").arg(i).toLatin1().constData());
    }
}

} // namespace
} // namespace ardesk

namespace ardesk {
namespace {

// Not a test of speed: the costs behind docs/performance.md "Manager desk" for the letter
// template preview's customer and a long report's PDF (layout before the first page, then
// the pages), run by hand on a big book:
//   ARDESK_PERF_BOOK=/path/demo.ardesk build/tests/ardesk_ui_tests --gtest_filter='ManagerDeskMeasure.costs*'
// ARDESK_PERF_REPORT=aging-detail (default aging-summary) picks the report; ARDESK_PERF_PAGES=N
// stops the PDF after N pages.
TEST(ManagerDeskMeasure, costsOfThePreviewCustomerAndAReportPdf)
{
    const QString path = qEnvironmentVariable("ARDESK_PERF_BOOK");
    if (path.isEmpty())
        GTEST_SKIP() << "set ARDESK_PERF_BOOK to measure";
    auto book = BookService::open(path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    auto threadCpuMs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
    };
    auto loadAverage = [] {
        QFile file(QStringLiteral("/proc/loadavg"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                              : QStringLiteral("?");
    };
    const QDate today = QDate::currentDate();
    DocumentService documents(**session);
    QElapsedTimer wall;
    wall.start();
    long long cpu = threadCpuMs();
    const auto first = documents.firstStatementCustomer(today);
    std::printf("firstStatementCustomer: %lld ms wall, %lld ms CPU (%s), load average %s\n",
                static_cast<long long>(wall.elapsed()), threadCpuMs() - cpu,
                first && *first ? qPrintable((*first)->code) : "none", qPrintable(loadAverage()));
    wall.restart();
    cpu = threadCpuMs();
    const auto all = documents.statementCustomers(today);
    std::printf("statementCustomers: %lld ms wall, %lld ms CPU (%zu customers, first %s), load average %s\n",
                static_cast<long long>(wall.elapsed()), threadCpuMs() - cpu, all ? all->size() : 0,
                all && !all->empty() ? qPrintable(all->front().code) : "none", qPrintable(loadAverage()));
    std::fflush(stdout);

    const QString name = qEnvironmentVariable("ARDESK_PERF_REPORT", QStringLiteral("aging-summary"));
    const int maxPages = qEnvironmentVariableIntValue("ARDESK_PERF_PAGES");
    wall.restart();
    cpu = threadCpuMs();
    const auto report = ReportService(**session).build({name, today.addDays(-1), QString()});
    ASSERT_TRUE(report);
    std::printf("%s: read %lld ms wall, %lld ms CPU\n", qPrintable(name), static_cast<long long>(wall.elapsed()),
                threadCpuMs() - cpu);
    wall.restart();
    cpu = threadCpuMs();
    long long layoutWall = -1, layoutCpu = -1;
    qint64 pages = 0;
    const auto pdf = documents::reportPdf(*report, [&](qint64 done, qint64 total) {
        if (layoutWall < 0) {
            layoutWall = wall.elapsed();
            layoutCpu = threadCpuMs() - cpu;
        }
        pages = total;
        return maxPages <= 0 || done < maxPages;
    });
    std::printf("%s PDF: layout %lld ms wall, %lld ms CPU; %lld pages; all %lld ms wall, %lld ms CPU, load average %s\n",
                qPrintable(name), layoutWall, layoutCpu, static_cast<long long>(pages),
                static_cast<long long>(wall.elapsed()), threadCpuMs() - cpu, qPrintable(loadAverage()));
}

} // namespace
} // namespace ardesk

namespace ardesk {
namespace {

// Not a test of speed: the print preview of a long report on a big book, by hand:
//   ARDESK_PERF_BOOK=/path/demo.ardesk ARDESK_PERF_REPORT=aging-detail build/tests/ardesk_ui_tests
//       --gtest_filter='ManagerDeskMeasure.printPreview*'
// Prints the longest time the UI thread's event loop went without running from Print preview
// to the dialog on screen, how long that took, and how long the first and next page took.
TEST(ManagerDeskMeasure, printPreviewOfALongReport)
{
    const QString path = qEnvironmentVariable("ARDESK_PERF_BOOK");
    if (path.isEmpty())
        GTEST_SKIP() << "set ARDESK_PERF_BOOK to measure";
    // The GUI's connections, as its main() sets them (no memory map, a 32 MiB page cache), so
    // that the peak memory is the application's.
    const ConnectionTuning previousTuning = connectionTuning();
    setConnectionTuning({.cacheKiB = 32768, .mmapBytes = 0});
    const auto restoreTuning = qScopeGuard([&] { setConnectionTuning(previousTuning); });
    auto loadAverage = [] {
        QFile file(QStringLiteral("/proc/loadavg"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                              : QStringLiteral("?");
    };
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::Page::Reports);
    ASSERT_TRUE(window.openBook(path));
    ReportsPage *reports = window.reportsPage();
    reports->selectReport(qEnvironmentVariable("ARDESK_PERF_REPORT", QStringLiteral("aging-detail")));
    reports->setAsOf(QDate::currentDate().addDays(-1));
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestStall = 0;
    qint64 openedAt = -1;
    int pages = -1;
    qint64 nextPageMs = -1;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestStall = std::max(longestStall, now - last);
        last = now;
        auto *dialog = qobject_cast<ReportPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watch.stop();
        openedAt = now;
        pages = dialog->pageCount();
        QElapsedTimer page;
        page.start();
        // ARDESK_PERF_SHOTS=DIR: the dialog as shown first, at a page in the middle, zoomed.
        const QString shots = qEnvironmentVariable("ARDESK_PERF_SHOTS");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/preview-first.png"));
        page.restart();
        dialog->showPageAt(pages / 2);
        nextPageMs = page.elapsed();
        if (!shots.isEmpty()) {
            dialog->grab().save(shots + QStringLiteral("/preview-middle.png"));
            dialog->setZoom(2.0);
            dialog->grab().save(shots + QStringLiteral("/preview-zoomed.png"));
        }
        dialog->reject();
    });
    // Resident memory (MB) now, and with the dialog on screen: what the preview itself holds.
    // (RssAnon: the process's own memory; RssFile: pages of the book mapped by SQLite's mmap.)
    auto residentMb = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return QString();
        QStringList parts;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:") || line.startsWith("RssAnon:") || line.startsWith("RssFile:"))
                parts << QStringLiteral("%1 %2 MB")
                                 .arg(QString::fromLatin1(line.left(line.indexOf(':'))))
                                 .arg(line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLong() / 1024);
        return parts.join(QStringLiteral(", "));
    };
    const QString residentBefore = residentMb();
    QString residentOpen;
    QObject::connect(reports, &ReportsPage::previewOpening, [&] {
        QTimer::singleShot(0, [&] { residentOpen = residentMb(); });
    });
    clock.start();
    watch.start();
    reports->printPreview();
    while (reports->isRunning() && clock.elapsed() < 1800000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("print preview: dialog on screen after %lld ms (%d pages), longest UI stall before it %lld ms, "
                "a page in the middle painted in %lld ms, peak RSS %ld MB, load average %s\n",
                static_cast<long long>(openedAt), pages, static_cast<long long>(longestStall),
                static_cast<long long>(nextPageMs), usage.ru_maxrss / 1024, qPrintable(loadAverage()));
    std::printf("resident before Print preview: %s; with the dialog open: %s\n", qPrintable(residentBefore),
                qPrintable(residentOpen));
}

} // namespace
} // namespace ardesk
