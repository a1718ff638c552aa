// The book's daily run after open (ui/common/book_open_run.h), offscreen: a small demo book
// opened in the main window gets its month-end snapshots, credit holds and strategy
// actions from the run, the status bar says so, a second open creates nothing twice, and a
// run cancelled at once leaves the book as it was and still reports.

#include "services/aging_snapshot_service.h"
#include "services/book_service.h"
#include "services/demo_generator.h"
#include "services/ledger_service.h"
#include "ui/common/book_job.h"
#include "ui/collector/my_work_page.h"
#include "ui/common/book_open_run.h"
#include "ui/main_window.h"
#include "ui/manager/dashboard_view.h"
#include "ui/manager/manager_desk_page.h"

#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

const QDate kToday(2026, 11, 25);

class BookOpenRunTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        m_path = m_folder.filePath(QStringLiteral("daily.ardesk"));
        auto book = BookService::create(m_path);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        DemoOptions options;
        options.customers = 60;
        options.seed = 3;
        options.today = kToday;
        auto summary = DemoGenerator(**session).generate(options);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
    }
    void TearDown() override
    {
        m_window.reset();
        BookJob::waitForAll();
    }

    // Opens the book in a fresh window (shown, so the run waits for its first paint) and
    // waits for the run and the jobs it sets off.
    OpenRunSummary openAndWait()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->setClock([] { return QDateTime(kToday, QTime(9, 0)); });
        m_window->show();
        EXPECT_TRUE(m_window->openBook(m_path));
        EXPECT_TRUE(m_window->isRunningOpenRun()); // pending until the window has painted
        EXPECT_TRUE(QTest::qWaitFor([&] { return !m_window->isRunningOpenRun() && BookJob::running() == 0; }, 120'000));
        return m_window->openRun()->lastSummary();
    }

    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(BookOpenRunTest, openRunsEveryStepOnceAndASecondOpenCreatesNothing)
{
    const OpenRunSummary first = openAndWait();
    EXPECT_FALSE(first.cancelled);
    EXPECT_EQ(first.asOf, kToday);
    ASSERT_EQ(first.steps.size(), 5u); // the local owner may do each step
    for (const OpenRunOutcome &step : first.steps)
        EXPECT_TRUE(step.ok) << step.message.toStdString();
    EXPECT_GT(first.created(OpenRunStep::Snapshots), 0); // two years of month-ends
    EXPECT_GT(first.created(OpenRunStep::Holds) + first.created(OpenRunStep::Strategy), 0);
    EXPECT_EQ(m_window->statusBar()->currentMessage(), BookOpenRun::describe(first));

    const OpenRunSummary second = openAndWait();
    EXPECT_FALSE(second.cancelled);
    ASSERT_EQ(second.steps.size(), 5u);
    for (const OpenRunStep step :
         {OpenRunStep::Snapshots, OpenRunStep::Promises, OpenRunStep::Plans, OpenRunStep::Holds, OpenRunStep::Strategy})
        EXPECT_EQ(second.created(step), 0) << int(step);
}

// A second open the same day does no step again while nothing was written to the book
// (services/daily_run.h); a posting by another connection in between (as another user or
// the CLI would) makes the next open do every step again, and it finds the new work.
TEST_F(BookOpenRunTest, aSecondOpenTheSameDayRedoesNothingUnlessTheBookChanged)
{
    const OpenRunSummary first = openAndWait();
    ASSERT_EQ(first.steps.size(), 5u);
    for (const OpenRunOutcome &step : first.steps)
        EXPECT_FALSE(step.unchanged) << int(step.step);

    const OpenRunSummary second = openAndWait();
    ASSERT_EQ(second.steps.size(), 5u);
    for (const OpenRunOutcome &step : second.steps) {
        EXPECT_TRUE(step.ok) << step.message.toStdString();
        EXPECT_TRUE(step.unchanged) << int(step.step) << ": " << step.message.toStdString();
        EXPECT_EQ(step.created, 0);
    }
    m_window.reset();
    BookJob::waitForAll();

    // Another connection posts: a new customer with an invoice long overdue.
    {
        auto book = BookService::open(m_path);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        LedgerService ledger(**session);
        Customer c;
        c.code = QStringLiteral("LATE-1");
        c.name = QStringLiteral("Late payer");
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        ASSERT_TRUE(ledger.addCustomer(c));
        Invoice i;
        i.number = QStringLiteral("LATE-INV-1");
        i.issueDate = kToday.addDays(-120);
        i.dueDate = kToday.addDays(-90);
        i.amount = 500000;
        const auto posted = ledger.postInvoice(i, c.code);
        ASSERT_TRUE(posted) << posted.error().message.toStdString();
    }
    const OpenRunSummary third = openAndWait();
    ASSERT_EQ(third.steps.size(), 5u);
    for (const OpenRunOutcome &step : third.steps) {
        EXPECT_TRUE(step.ok) << step.message.toStdString();
        EXPECT_FALSE(step.unchanged) << int(step.step);
    }
    EXPECT_GT(third.created(OpenRunStep::Strategy), 0); // the new overdue invoice's action

    // And once more unchanged.
    const OpenRunSummary fourth = openAndWait();
    for (const OpenRunOutcome &step : fourth.steps)
        EXPECT_TRUE(step.unchanged) << int(step.step);
}

// With the dashboard as the page shown at open, the daily run and the My work queue's read
// wait for the dashboard's first tiles (docs/performance.md "The dashboard's first tiles
// come first"): the run starts only once the tiles are on screen, and still runs every step.
TEST_F(BookOpenRunTest, withTheDashboardShownTheDailyRunWaitsForItsFirstTiles)
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->setClock([] { return QDateTime(kToday, QTime(9, 0)); });
    m_window->show();
    m_window->showPage(MainWindow::Page::Dashboard);
    DashboardView *dashboard = m_window->managerDesk()->dashboard();
    MyWorkPage *queue = m_window->myWorkPage();
    int started = 0;
    bool tilesBeforeStart = false;
    bool queueWaitingAtStart = true;
    QObject::connect(m_window->openRun(), &BookOpenRun::started, m_window.get(), [&] {
        ++started;
        tilesBeforeStart = dashboard->tilesMilliseconds() >= 0;
        queueWaitingAtStart = queue->isReadWaiting();
    });
    bool queueWaitingAtTiles = false;
    QObject::connect(dashboard, &DashboardView::tilesShown, m_window.get(),
                     [&] { queueWaitingAtTiles = queueWaitingAtTiles || queue->isReadWaiting(); });
    ASSERT_TRUE(m_window->openBook(m_path));
    EXPECT_TRUE(m_window->isHoldingBackgroundWork());
    EXPECT_TRUE(queue->isReadWaiting()); // the queue is not read while the dashboard computes
    EXPECT_TRUE(queue->isLoading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->isRunningOpenRun() && BookJob::running() == 0
                                             && !dashboard->isBusy(); },
                                120'000));
    EXPECT_EQ(started, 1);
    EXPECT_TRUE(tilesBeforeStart); // the run began after the tiles were on screen
    EXPECT_FALSE(queueWaitingAtStart);
    EXPECT_FALSE(m_window->isHoldingBackgroundWork());
    EXPECT_FALSE(queue->isReadWaiting());
    EXPECT_FALSE(queue->isLoading()); // read once the tiles came
    const OpenRunSummary summary = m_window->openRun()->lastSummary();
    EXPECT_EQ(summary.asOf, kToday);
    EXPECT_FALSE(summary.cancelled);
    ASSERT_EQ(summary.steps.size(), 5u);
    for (const OpenRunOutcome &step : summary.steps)
        EXPECT_TRUE(step.ok) << step.message.toStdString();
    // The month-end snapshots are taken by whichever comes first once the tiles are shown: the
    // dashboard's catch-up for its trend or the run's own step (they race by design, and each
    // takes only what is missing), so the test asserts the result, not who took them.
    m_window.reset();
    BookJob::waitForAll();
    auto book = BookService::open(m_path);
    ASSERT_TRUE(book) << book.error().message.toStdString();
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    AgingSnapshotService snapshots(**session);
    auto taken = snapshots.list();
    ASSERT_TRUE(taken);
    EXPECT_GT(taken->size(), 12u); // two years of month-ends
    auto missing = snapshots.catchUp(kToday);
    ASSERT_TRUE(missing);
    EXPECT_TRUE(missing->empty());
}

// A book opened on another page runs after the first paint as before, nothing held.
TEST_F(BookOpenRunTest, onAnotherPageNothingWaitsForTheDashboard)
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->setClock([] { return QDateTime(kToday, QTime(9, 0)); });
    m_window->show();
    m_window->showPage(MainWindow::Page::Invoices);
    ASSERT_TRUE(m_window->openBook(m_path));
    EXPECT_FALSE(m_window->isHoldingBackgroundWork());
    EXPECT_FALSE(m_window->myWorkPage()->isReadWaiting());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->isRunningOpenRun() && BookJob::running() == 0; }, 120'000));
    EXPECT_EQ(m_window->openRun()->lastSummary().steps.size(), 5u);
    EXPECT_EQ(m_window->managerDesk()->dashboard()->tilesMilliseconds(), -1); // never computed
}

TEST_F(BookOpenRunTest, closingBeforeThePaintRunsNothingAndACancelledRunStillReports)
{
    m_window = std::make_unique<MainWindow>();
    m_window->setClock([] { return QDateTime(kToday, QTime(9, 0)); });
    ASSERT_TRUE(m_window->openBook(m_path));
    m_window->closeBook(); // before the event loop ran: the run never starts
    EXPECT_FALSE(m_window->isRunningOpenRun());
    EXPECT_FALSE(m_window->openRun()->isRunning());

    auto book = BookService::open(m_path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    BookOpenRun run;
    bool finished = false;
    QObject::connect(&run, &BookOpenRun::finished, &run, [&] { finished = true; });
    ASSERT_TRUE(run.start(**session, kToday));
    EXPECT_FALSE(run.start(**session, kToday)); // one at a time
    run.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 120'000));
    EXPECT_TRUE(run.lastSummary().cancelled);
    EXPECT_LE(run.lastSummary().steps.size(), 1u); // at most the step that was running
    EXPECT_EQ(BookOpenRun::describe(run.lastSummary()), BookOpenRun::tr("The book's daily run was cancelled."));
}

} // namespace
} // namespace ardesk
