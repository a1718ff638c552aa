// The dashboard's worker (src/ui/manager/figures_worker.h, docs/manager-desk.md "Off the UI
// thread"): one thread and one connection for the dashboard's life, requests during a run
// coalesce into one more run, a waiting request for another question stops the running
// one, stop() interrupts and joins, and posts to a view that went away are dropped. Then
// the dashboard in the real main window: closing the book or the window while a refresh
// runs, and a change made by another connection refreshing it (the BookWatcher / polling
// path). Written against freshBookLocation(), so with ARDESK_TEST_PG_URL every test here
// runs in team mode (a PostgreSQL book, a PostgreSQL connection per worker).
//
// No test depends on timing: every wait is for a state, with a generous limit.

#include "main_window.h"

#include "../support/test_book.h"

#include "services/book_service.h"
#include "services/demo_generator.h"
#include "services/staff_performance_service.h"
#include "storage/book.h"
#include "ui/collector/contact_panel.h"
#include "ui/common/book_job.h"
#include "ui/common/book_open_run.h"
#include "ui/manager/dashboard_view.h"
#include "ui/manager/figures_worker.h"
#include "ui/account/account_view.h"
#include "ui/invoices/invoice_list_page.h"
#include "ui/common/paged_table_model.h"
#include "ui/manager/manager_desk_page.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QTableWidget>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace ardesk {
namespace {

const QDate kToday(2026, 6, 30);

template<typename F>
bool waitUntil(F done, int limitMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// Waits for a semaphore while the UI thread's events keep running.
bool acquire(QSemaphore &semaphore)
{
    bool acquired = false;
    return waitUntil([&] { return acquired || (acquired = semaphore.tryAcquire()); });
}

class FiguresWorkerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir));
        ASSERT_TRUE(book) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session);
        m_session = std::move(*session);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    QObject m_context;
};

TEST_F(FiguresWorkerTest, oneThreadAndOneConnectionServeEveryJob)
{
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    auto worker = std::make_unique<FiguresWorker>(&m_context, *m_session);
    std::vector<QThread *> threads;
    std::vector<QString> locations;
    std::mutex mutex;
    for (int i = 0; i < 3; ++i) {
        QSemaphore done;
        worker->submit(
                QStringLiteral("same"),
                [&](Session &session, const FiguresRun &) {
                    std::lock_guard lock(mutex);
                    threads.push_back(QThread::currentThread());
                    locations.push_back(session.book().location());
                    done.release();
                },
                [](const Error &) {});
        ASSERT_TRUE(acquire(done));
    }
    ASSERT_TRUE(waitUntil([&] { return worker->jobsRun() == 3; }));
    EXPECT_EQ(worker->connectionsOpened(), 1);
    ASSERT_EQ(threads.size(), 3U);
    EXPECT_NE(threads[0], QThread::currentThread()); // off the UI thread
    EXPECT_EQ(threads[1], threads[0]);
    EXPECT_EQ(threads[2], threads[0]);
    EXPECT_EQ(locations[0], m_book->location());
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), connectionsBefore + 1); // the worker's, kept
    worker->stop();
    EXPECT_FALSE(worker->isRunning());
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), connectionsBefore); // closed with it
}

TEST_F(FiguresWorkerTest, requestsDuringARunCoalesceIntoOneMoreRun)
{
    FiguresWorker worker(&m_context, *m_session);
    QSemaphore started;
    QSemaphore release;
    std::mutex mutex;
    std::vector<int> ran;
    auto job = [&](int number) {
        return [&, number](Session &, const FiguresRun &) {
            {
                std::lock_guard lock(mutex);
                ran.push_back(number);
            }
            if (number == 1) {
                started.release();
                release.acquire(); // holds the worker until the others are queued
            }
        };
    };
    worker.submit(QStringLiteral("q"), job(1), [](const Error &) {});
    ASSERT_TRUE(acquire(started));
    for (int number = 2; number <= 5; ++number)
        worker.submit(QStringLiteral("q"), job(number), [](const Error &) {});
    release.release();
    ASSERT_TRUE(waitUntil([&] { return worker.jobsRun() == 2; }));
    worker.stop();
    EXPECT_EQ(ran, (std::vector<int>{1, 5})); // the first, then only the last request
    EXPECT_EQ(worker.jobsRun(), 2);
}

TEST_F(FiguresWorkerTest, onlyAWaitingRequestForAnotherQuestionSupersedesTheRunningOne)
{
    FiguresWorker worker(&m_context, *m_session);
    QSemaphore started;
    QSemaphore look;
    QSemaphore looked;
    std::vector<bool> seen;
    worker.submit(
            QStringLiteral("EUR"),
            [&](Session &, const FiguresRun &run) {
                started.release();
                for (int i = 0; i < 2; ++i) {
                    look.acquire();
                    seen.push_back(run.superseded());
                    looked.release();
                }
            },
            [](const Error &) {});
    ASSERT_TRUE(acquire(started));
    worker.submit(QStringLiteral("EUR"), [](Session &, const FiguresRun &) {}, [](const Error &) {});
    look.release();
    ASSERT_TRUE(acquire(looked));
    worker.submit(QStringLiteral("SEK"), [](Session &, const FiguresRun &) {}, [](const Error &) {});
    look.release();
    ASSERT_TRUE(acquire(looked));
    worker.stop();
    EXPECT_EQ(seen, (std::vector<bool>{false, true})); // same question: finish; another: stop early
}

// The user's Refresh (submitted urgent) does not wait for the rest of a run of the same
// question: the running one stops at its next step. A change notice (not urgent) waits.
TEST_F(FiguresWorkerTest, anUrgentRequestForTheSameQuestionSupersedesTheRunningOne)
{
    FiguresWorker worker(&m_context, *m_session);
    QSemaphore started;
    QSemaphore look;
    QSemaphore looked;
    std::vector<bool> seen;
    std::atomic<int> laterRuns = 0;
    worker.submit(
            QStringLiteral("EUR"),
            [&](Session &, const FiguresRun &run) {
                started.release();
                for (int i = 0; i < 2; ++i) {
                    look.acquire();
                    seen.push_back(run.superseded());
                    looked.release();
                }
            },
            [](const Error &) {});
    ASSERT_TRUE(acquire(started));
    worker.submit(QStringLiteral("EUR"), [&](Session &, const FiguresRun &) { ++laterRuns; }, [](const Error &) {});
    look.release();
    ASSERT_TRUE(acquire(looked));
    worker.submit(QStringLiteral("EUR"), [&](Session &, const FiguresRun &) { ++laterRuns; }, [](const Error &) {},
                  true);
    look.release();
    ASSERT_TRUE(acquire(looked));
    for (int i = 0; i < 500 && worker.jobsRun() < 2; ++i)
        QThread::msleep(10);
    worker.stop();
    EXPECT_EQ(seen, (std::vector<bool>{false, true})); // change notice: finish; asked again: stop early
    EXPECT_EQ(laterRuns.load(), 1); // the two requests coalesced into one run
}

TEST_F(FiguresWorkerTest, aRunThatSaysWhatItAnswersIsNotSupersededBySameQuestionByName)
{
    // The dashboard's first run asks for "the first currency" and learns it is EUR: a
    // refresh for EUR by name (the chooser filled meanwhile) is the same question.
    FiguresWorker worker(&m_context, *m_session);
    QSemaphore started;
    QSemaphore look;
    QSemaphore looked;
    std::vector<bool> seen;
    worker.submit(
            QStringLiteral("|2026-06-30"),
            [&](Session &, const FiguresRun &run) {
                run.setKey(QStringLiteral("EUR|2026-06-30"));
                started.release();
                for (int i = 0; i < 2; ++i) {
                    look.acquire();
                    seen.push_back(run.superseded());
                    looked.release();
                }
            },
            [](const Error &) {});
    ASSERT_TRUE(acquire(started));
    worker.submit(QStringLiteral("EUR|2026-06-30"), [](Session &, const FiguresRun &) {}, [](const Error &) {});
    look.release();
    ASSERT_TRUE(acquire(looked));
    worker.submit(QStringLiteral("SEK|2026-06-30"), [](Session &, const FiguresRun &) {}, [](const Error &) {});
    look.release();
    ASSERT_TRUE(acquire(looked));
    worker.stop();
    EXPECT_EQ(seen, (std::vector<bool>{false, true}));
}

TEST_F(FiguresWorkerTest, stopInterruptsARunningReadAndJoinsTheThread)
{
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    auto worker = std::make_unique<FiguresWorker>(&m_context, *m_session);
    QSemaphore started;
    std::atomic<bool> sawStop = false;
    std::atomic<int> reads = 0;
    worker->submit(
            QStringLiteral("q"),
            [&](Session &session, const FiguresRun &run) {
                started.release();
                // A long read, again and again until told to stop; on SQLite stop()
                // interrupts the statement itself, on PostgreSQL the loop ends at its check.
                while (!run.superseded()) {
                    try {
                        session.book().exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                                           "FROM c WHERE x < 3000000) SELECT count(*) FROM c"));
                    } catch (...) {
                    }
                    ++reads;
                }
                sawStop = true;
            },
            [](const Error &) {});
    ASSERT_TRUE(acquire(started));
    worker->stop();
    EXPECT_FALSE(worker->isRunning());
    EXPECT_TRUE(sawStop);
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), connectionsBefore);
    // Stopping twice, and submitting after the stop, do nothing.
    worker->stop();
    EXPECT_EQ(worker->submit(QStringLiteral("q"), [](Session &, const FiguresRun &) {}, [](const Error &) {}), 0U);
    worker.reset();
}

TEST_F(FiguresWorkerTest, resultsForAViewThatWentAwayAreDropped)
{
    auto context = std::make_unique<QObject>();
    FiguresWorker worker(context.get(), *m_session);
    bool delivered = false;
    bool deliveredToLiving = false;
    QSemaphore done;
    worker.submit(
            QStringLiteral("q"),
            [&](Session &, const FiguresRun &run) {
                run.post([&] { delivered = true; });
                done.release();
            },
            [](const Error &) {});
    done.acquire(); // posted, not yet delivered: the UI thread has not run its events
    context.reset();
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
    // ... while a living context gets them.
    FiguresWorker living(&m_context, *m_session);
    living.submit(
            QStringLiteral("q"), [&](Session &, const FiguresRun &run) { run.post([&] { deliveredToLiving = true; }); },
            [](const Error &) {});
    EXPECT_TRUE(waitUntil([&] { return deliveredToLiving; }));
}

TEST_F(FiguresWorkerTest, aBookThatCannotBeOpenedIsReportedAndTriedAgain)
{
    FiguresWorker worker(&m_context, *m_session);
    // A second worker on a location that is gone: its jobs fail, each with the reason.
    QTemporaryDir gone;
    const QString missing = gone.filePath(QStringLiteral("missing.ardesk"));
    auto other = BookService::create(test::freshBookLocation(gone, QStringLiteral("other.ardesk")));
    ASSERT_TRUE(other);
    auto otherSession = BookService::localSession(**other);
    ASSERT_TRUE(otherSession);
    if (test::onPostgres())
        GTEST_SKIP() << "a missing file is a SQLite case";
    const QString location = (*other)->location();
    auto failing = std::make_unique<FiguresWorker>(&m_context, **otherSession);
    other->reset();
    QFile::remove(location);
    int failures = 0;
    bool ran = false;
    for (int i = 0; i < 2; ++i) {
        const int before = failures;
        failing->submit(
                QStringLiteral("q"), [&](Session &, const FiguresRun &) { ran = true; },
                [&](const Error &) { ++failures; });
        ASSERT_TRUE(waitUntil([&] { return failures > before; }));
    }
    EXPECT_FALSE(ran);
    EXPECT_EQ(failing->connectionsOpened(), 0);
    Q_UNUSED(missing);
}

// --- the dashboard in the main window ---------------------------------------------------------

class DashboardWorkerUiTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        ASSERT_TRUE(s_folder->isValid());
        s_location = test::freshBookLocation(*s_folder, QStringLiteral("demo.ardesk"));
        auto book = BookService::create(s_location);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        DemoOptions options;
        options.customers = 60;
        options.seed = 11;
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
        ASSERT_TRUE(m_window->openBook(s_location));
        m_window->managerDesk()->setToday(kToday);
        m_window->show();
        m_window->showPage(MainWindow::Page::Dashboard);
        m_window->managerDesk()->setCurrentWidget(dashboard());
        ASSERT_TRUE(waitUntil([&] { return dashboard()->worker() && !dashboard()->isBusy(); }));
    }
    void TearDown() override
    {
        m_window.reset();
        BookJob::waitForAll();
    }

    DashboardView *dashboard() const { return m_window->managerDesk()->dashboard(); }
    QString tile(const char *name) const
    {
        auto *label = dashboard()->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Value"));
        return label ? label->text() : QString();
    }

    static QTemporaryDir *s_folder;
    static QString s_location;
    std::unique_ptr<MainWindow> m_window;
};

QTemporaryDir *DashboardWorkerUiTest::s_folder = nullptr;
QString DashboardWorkerUiTest::s_location;

TEST_F(DashboardWorkerUiTest, everyRefreshUsesTheSameWorkerAndConnection)
{
    const FiguresWorker *worker = dashboard()->worker();
    ASSERT_NE(worker, nullptr);
    for (int i = 0; i < 3; ++i) {
        dashboard()->refresh();
        ASSERT_TRUE(waitUntil([&] { return !dashboard()->isBusy(); }));
    }
    EXPECT_EQ(dashboard()->worker(), worker);
    EXPECT_EQ(worker->connectionsOpened(), 1);
    EXPECT_GE(worker->jobsRun(), 4);
    EXPECT_NE(tile("tileTotalAr"), QStringLiteral("…"));
}

TEST_F(DashboardWorkerUiTest, refreshesAskedDuringARunEndInOneRefreshedSignal)
{
    // Settle first: the book-open run commits in the background after the first paint, and
    // the book watcher (which polls about once a second for SQLite) then asks the dashboard
    // for a refresh of its own. Wait for that run, then for the watcher's refresh to be over,
    // so the signals counted below come from this test's requests only.
    if (BookOpenRun *run = m_window->openRun()) {
        ASSERT_TRUE(waitUntil([&] { return !run->isRunning(); }));
    }
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500 || dashboard()->isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QSignalSpy refreshed(dashboard(), &DashboardView::refreshed);
    const int before = dashboard()->worker()->jobsRun();
    for (int i = 0; i < 5; ++i)
        dashboard()->refresh();
    EXPECT_TRUE(dashboard()->isBusy());
    ASSERT_TRUE(waitUntil([&] { return !dashboard()->isBusy(); }));
    const int runs = dashboard()->worker()->jobsRun() - before;
    EXPECT_GE(runs, 1);
    EXPECT_LE(runs, 2); // the first, and at most one more for the four asked meanwhile
    QCoreApplication::processEvents();
    EXPECT_EQ(refreshed.count(), 1);
}

TEST_F(DashboardWorkerUiTest, figuresOfAnotherCurrencyAskedMeanwhileAreNotShown)
{
    auto *currency = dashboard()->findChild<QComboBox *>(QStringLiteral("dashboardCurrency"));
    ASSERT_NE(currency, nullptr);
    ASSERT_GE(currency->count(), 2) << "the demo book has customers in several currencies";
    const QString first = currency->itemText(0);
    const QString second = currency->itemText(1);
    currency->setCurrentIndex(0);
    dashboard()->refresh(); // asks for the first currency ...
    currency->setCurrentIndex(1);
    dashboard()->refresh(); // ... and, before it is done, for the second
    ASSERT_TRUE(waitUntil([&] { return !dashboard()->isBusy(); }));
    EXPECT_EQ(dashboard()->currency(), second);
    auto *detail = dashboard()->findChild<QLabel *>(QStringLiteral("tileTotalArDetail"));
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->text(), second); // the tiles show the second currency's figures
    Q_UNUSED(first);
}

TEST_F(DashboardWorkerUiTest, closingTheBookWhileARefreshRunsStopsTheWorker)
{
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    dashboard()->refresh();
    ASSERT_TRUE(dashboard()->isBusy());
    m_window->closeBook();
    EXPECT_EQ(dashboard()->worker(), nullptr);
    EXPECT_FALSE(dashboard()->isBusy());
    for (int i = 0; i < 20; ++i) // late results, if any were posted, are dropped
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    EXPECT_LT(QSqlDatabase::connectionNames().size(), connectionsBefore); // the book's and the worker's went
    // The book opens again and the dashboard works with a new worker.
    ASSERT_TRUE(m_window->openBook(s_location));
    m_window->managerDesk()->setToday(kToday);
    m_window->showPage(MainWindow::Page::Dashboard);
    dashboard()->refresh();
    ASSERT_TRUE(waitUntil([&] { return !dashboard()->isBusy(); }));
    ASSERT_NE(dashboard()->worker(), nullptr);
    EXPECT_EQ(dashboard()->worker()->connectionsOpened(), 1);
    EXPECT_NE(tile("tileTotalAr"), QStringLiteral("…"));
}

TEST_F(DashboardWorkerUiTest, closingTheWindowWhileARefreshRunsLeavesNothingRunning)
{
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    dashboard()->refresh();
    ASSERT_TRUE(dashboard()->isBusy());
    m_window.reset();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    BookJob::waitForAll();
    EXPECT_LT(QSqlDatabase::connectionNames().size(), connectionsBefore);
}

TEST_F(DashboardWorkerUiTest, aChangeMadeElsewhereRefreshesTheDashboard)
{
    // Another desk (a connection of its own) sets a standing target for a collector: the
    // main window learns of it (BookWatcher: data_version on SQLite, LISTEN/NOTIFY on
    // PostgreSQL; the dashboard also polls) and the dashboard refreshes by itself.
    auto *currency = dashboard()->findChild<QComboBox *>(QStringLiteral("dashboardCurrency"));
    ASSERT_NE(currency, nullptr);
    auto *collected = dashboard()->findChild<QLabel *>(QStringLiteral("tileCollectedDetail"));
    ASSERT_NE(collected, nullptr);
    const QString before = collected->text();
    QSignalSpy refreshed(dashboard(), &DashboardView::refreshed);
    {
        auto other = BookService::open(s_location, AccessMode::ReadWrite);
        ASSERT_TRUE(other) << other.error().message.toStdString();
        auto session = BookService::localSession(**other);
        ASSERT_TRUE(session);
        StaffPerformanceService staff(**session);
        auto targets = staff.targets();
        ASSERT_TRUE(targets);
        auto lines = staff.report(PerformancePeriod::month(kToday));
        ASSERT_TRUE(lines);
        QString login;
        for (const auto &line : lines->lines)
            if (!line.login.isEmpty() && line.key.currency == currency->currentText()) {
                login = line.login;
                break;
            }
        ASSERT_FALSE(login.isEmpty());
        ASSERT_TRUE(staff.setTarget(login, QStringLiteral("*"), currency->currentText(), 987654321));
    }
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() > 0 && !dashboard()->isBusy(); }));
    EXPECT_NE(collected->text(), before);
    EXPECT_EQ(dashboard()->worker()->connectionsOpened(), 1);
}

// Issue 7 "Any tile, bar or point opens the list behind it": the disputes bar opens the
// invoices with an open dispute of that reason (all of them in the currency, each with an
// open dispute), and a row of the top overdue accounts opens that account.
TEST_F(DashboardWorkerUiTest, aDisputesBarAndATopOverdueRowOpenWhatIsBehindThem)
{
    auto *disputes = dashboard()->findChild<QChartView *>(QStringLiteral("disputesChart"));
    ASSERT_NE(disputes, nullptr);
    auto *currency = dashboard()->findChild<QComboBox *>(QStringLiteral("dashboardCurrency"));
    ASSERT_NE(currency, nullptr);
    // The first currency with an open dispute.
    QAbstractBarSeries *bars = nullptr;
    const int currencies = currency->count();
    for (int i = 0; i < currencies && !bars; ++i) {
        currency->setCurrentIndex(i);
        dashboard()->refresh();
        ASSERT_TRUE(waitUntil([&] { return !dashboard()->isBusy(); }));
        auto *series = disputes->chart()->series().isEmpty()
                ? nullptr
                : qobject_cast<QAbstractBarSeries *>(disputes->chart()->series().first());
        if (series && !series->barSets().isEmpty() && series->barSets().first()->count() > 0)
            bars = series;
    }
    ASSERT_NE(bars, nullptr) << "the demo book has open disputes";
    Q_EMIT bars->barSets().first()->clicked(0); // what a click on the first bar does
    ASSERT_TRUE(m_window->invoicePage()->isVisible());
    const InvoiceListFilter &filter = m_window->invoicePage()->invoiceModel()->filter();
    EXPECT_TRUE(filter.withOpenDispute);
    EXPECT_FALSE(filter.disputeReason.isEmpty());
    EXPECT_EQ(filter.currency, dashboard()->currency());
    // The line above the grid names the reason by its translated label, not its stored key.
    const QString line = m_window->invoicePage()->drillDownText();
    EXPECT_TRUE(line.contains(disputeReasonDisplayName(filter.disputeReason))) << line.toStdString();
    if (disputeReasonDisplayName(filter.disputeReason) != filter.disputeReason) {
        EXPECT_FALSE(line.endsWith(u' ' + filter.disputeReason)) << line.toStdString();
    }
    ASSERT_TRUE(waitUntil([&] { return m_window->invoicePage()->invoiceModel()->rowCount() > 0; }));

    m_window->showPage(MainWindow::Page::Dashboard);
    auto *top = dashboard()->findChild<QTableWidget *>(QStringLiteral("dashboardTopOverdue"));
    ASSERT_NE(top, nullptr);
    ASSERT_GT(top->rowCount(), 0);
    const Id customerId = top->item(0, 0)->data(Qt::UserRole).toLongLong();
    ASSERT_GT(customerId, 0);
    Q_EMIT top->cellActivated(0, 1);
    ASSERT_TRUE(waitUntil([&] { return m_window->accountView()->isVisible(); }, 10000));
    EXPECT_EQ(m_window->accountView()->customerId(), std::optional<Id>(customerId));
}

} // namespace
} // namespace ardesk
