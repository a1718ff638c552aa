// Not a test of speed (no test asserts a time): the measurement behind docs/performance.md
// "Scrolling the lists", run by scripts/bench.sh on a big book, or by hand:
//   ARDESK_PERF_BOOK=/path/demo.ardesk build/tests/ardesk_ui_tests --gtest_filter='ListsMeasure.*'
// For every big list of the main window (Customers, Invoices open and all, Payments all and
// with unapplied cash, My work), as a user would: show the page, Page Down a few hundred
// times, Ctrl+End and Ctrl+Home, drag the scrollbar's thumb to the middle and to the end (in
// steps, each painted, as a mouse drag moves it), sort by every column both ways (a few Page
// Downs and a Ctrl+End after each), type a search. Prints, per list, the longest time the UI thread went without running its
// event loop (what a user feels as a freeze; stretched by the machine's load) and the most
// CPU the UI thread spent in one go (the same on an idle machine), the actions behind them, the
// UI thread's CPU for the whole list, the rows the model held (its cache of pages; My work:
// the rows shown), and the process's CPU; at the end the process's peak memory.
// ARDESK_PERF_PAGE_DOWNS=N changes the Page Downs (default 300); ARDESK_PERF_LISTS=a,b picks
// lists (customers, invoices-open, invoices-all, payments-all, payments-unapplied, mywork).
// After each list: every action that took 20 ms or more of UI-thread CPU in one go.

#include "main_window.h"

#include "storage/connection_tuning.h"
#include "ui/common/book_open_run.h"
#include "ui/collector/my_work_page.h"
#include "ui/collector/worklist_model.h"
#include "ui/customers/customer_list_page.h"
#include "ui/invoices/invoice_list_page.h"
#include "ui/payments/payment_list_page.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QScrollBar>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>

namespace ardesk {
namespace {

long long processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000LL
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// The UI thread's own CPU time (what the machine's load does not stretch).
long long threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000000LL + t.tv_nsec / 1000;
}

long long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("?");
}

// The longest time the UI thread spent in one go without returning to its event loop: each
// synthetic action is run as the event loop would run a user's key press, timed, and then
// the loop runs (waking every 5 ms) until the page is quiet, every gap between two of its
// passes timed too (work queued by the action: a search's delayed read, a queue's result).
class StallProbe
{
public:
    void act(const QString &what, const std::function<void()> &action, int settleMs = 20)
    {
        QElapsedTimer clock;
        clock.start();
        const long long cpu = threadCpuUs();
        action();
        note(clock.elapsed(), what, (threadCpuUs() - cpu) / 1000);
        settle(what, settleMs);
    }

    void settle(const QString &what, int ms, const std::function<bool()> &busy = {})
    {
        QTimer tick;
        tick.start(5);
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        long long lastCpu = threadCpuUs();
        while (clock.elapsed() < ms || (busy && busy() && clock.elapsed() < 600000)) {
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            const qint64 now = clock.elapsed();
            const long long cpu = threadCpuUs();
            note(now - last, what, (cpu - lastCpu) / 1000);
            last = now;
            lastCpu = cpu;
        }
    }

    void note(qint64 ms, const QString &what, qint64 cpuMs)
    {
        if (cpuMs > m_cpuByAction.value(what))
            m_cpuByAction.insert(what, cpuMs);
        if (cpuMs > m_longestCpu) {
            m_longestCpu = cpuMs;
            m_worstCpu = what;
        }
        ++m_actions;
        if (ms > 50 && ms > m_byAction.value(what))
            m_byAction.insert(what, ms);
        if (ms > m_longest) {
            m_longest = ms;
            m_worst = what;
        }
        if (ms > 50)
            ++m_over50;
    }

    qint64 longest() const { return m_longest; }
    // The most CPU the UI thread spent in one go on an action.
    qint64 cpuOf(const QString &what) const { return m_cpuByAction.value(what); }
    // The actions that took at least `ms` of UI-thread CPU in one go, the most first.
    QString cpuActionsOver(qint64 ms) const
    {
        QList<std::pair<qint64, QString>> found;
        for (auto it = m_cpuByAction.cbegin(); it != m_cpuByAction.cend(); ++it)
            if (it.value() >= ms)
                found.append({it.value(), it.key()});
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList parts;
        for (const auto &[cpu, what] : found)
            parts << QStringLiteral("%1 %2 ms").arg(what).arg(cpu);
        return parts.join(QStringLiteral("; "));
    }
    // The most CPU the UI thread spent in one go (the stall on an idle machine).
    qint64 longestCpu() const { return m_longestCpu; }
    QString worstCpu() const { return m_worstCpu; }
    QString worst() const { return m_worst; }
    int over50() const { return m_over50; }
    // The actions that stalled over 50 ms, each with its longest stall.
    QString over50Actions() const
    {
        QStringList parts;
        for (auto it = m_byAction.cbegin(); it != m_byAction.cend(); ++it)
            parts << QStringLiteral("%1 %2 ms").arg(it.key()).arg(it.value());
        return parts.join(QStringLiteral("; "));
    }

private:
    qint64 m_longest = 0;
    QString m_worst;
    qint64 m_longestCpu = 0;
    QString m_worstCpu;
    int m_over50 = 0;
    int m_actions = 0;
    QMap<QString, qint64> m_byAction;
    QMap<QString, qint64> m_cpuByAction;
};

void pressKeys(QTableView *table, Qt::Key key, Qt::KeyboardModifiers modifiers, int times, StallProbe &probe,
               const QString &what)
{
    for (int i = 0; i < times; ++i)
        probe.act(what, [&] { QTest::keyClick(table, key, modifiers); }, 0);
    probe.settle(what, 20);
}

struct ListUnderTest
{
    QString key;
    std::function<void()> show;
    QTableView *table = nullptr;
    QLineEdit *search = nullptr;
    QString searchText;
    std::function<bool()> busy; // a background read under way (My work)
    std::function<qint64()> loadedRows;
};

TEST(ListsMeasure, scrollSortAndSearchEveryBigListOnArdeskPerfBook)
{
    const QString path = qEnvironmentVariable("ARDESK_PERF_BOOK");
    if (path.isEmpty())
        GTEST_SKIP() << "set ARDESK_PERF_BOOK to measure";
    // The GUI's connections, as its main() sets them (no memory map, a 32 MiB page cache).
    const ConnectionTuning previousTuning = connectionTuning();
    setConnectionTuning({.cacheKiB = 32768, .mmapBytes = 0});
    const auto restoreTuning = qScopeGuard([&] { setConnectionTuning(previousTuning); });
    const int pageDowns = qEnvironmentVariableIsSet("ARDESK_PERF_PAGE_DOWNS")
            ? qEnvironmentVariableIntValue("ARDESK_PERF_PAGE_DOWNS")
            : 300;
    const QStringList only = qEnvironmentVariable("ARDESK_PERF_LISTS").split(u',', Qt::SkipEmptyParts);

    MainWindow window;
    window.resize(1500, 1000);
    window.show();
    window.showPage(MainWindow::Page::Customers);
    ASSERT_TRUE(window.openBook(path));
    // The book's daily run after open works on its own thread; the lists are measured after it.
    {
        StallProbe ignored;
        ignored.settle(QString(), 50, [&] { return window.openRun()->isRunning(); });
    }
    std::printf("book open, daily run done: process CPU %lld ms, peak %lld KiB, load average %s\n", processCpuMs(),
                peakKiB(), qPrintable(loadAverage()));
    std::fflush(stdout);

    auto paged = [](ListPage *page) { return [page] { return static_cast<qint64>(page->model()->cachedRowCount()); }; };
    auto selectStatus = [](QComboBox *box, int index) {
        return [box, index] {
            if (box->currentIndex() != index)
                box->setCurrentIndex(index);
        };
    };
    CustomerListPage *customers = window.customerPage();
    InvoiceListPage *invoices = window.invoicePage();
    PaymentListPage *payments = window.paymentPage();
    MyWorkPage *myWork = window.myWorkPage();
    std::vector<ListUnderTest> lists;
    lists.push_back({QStringLiteral("customers"), [&] { window.showPage(MainWindow::Page::Customers); },
                     customers->table(), customers->searchField(), QStringLiteral("ber"), {}, paged(customers)});
    lists.push_back({QStringLiteral("invoices-open"),
                     [&] {
                         window.showPage(MainWindow::Page::Invoices);
                         selectStatus(invoices->statusFilter(), 0)();
                     },
                     invoices->table(), invoices->searchField(), QStringLiteral("INV-0012"), {}, paged(invoices)});
    lists.push_back({QStringLiteral("invoices-all"),
                     [&] {
                         window.showPage(MainWindow::Page::Invoices);
                         selectStatus(invoices->statusFilter(), 1)();
                     },
                     invoices->table(), invoices->searchField(), QStringLiteral("INV-0012"), {}, paged(invoices)});
    lists.push_back({QStringLiteral("payments-all"),
                     [&] {
                         window.showPage(MainWindow::Page::Payments);
                         selectStatus(payments->statusFilter(), 0)();
                     },
                     payments->table(), payments->searchField(), QStringLiteral("PAY-0012"), {}, paged(payments)});
    lists.push_back({QStringLiteral("payments-unapplied"),
                     [&] {
                         window.showPage(MainWindow::Page::Payments);
                         selectStatus(payments->statusFilter(), 1)();
                     },
                     payments->table(), payments->searchField(), QStringLiteral("PAY-0012"), {}, paged(payments)});
    lists.push_back({QStringLiteral("mywork"), [&] { window.showPage(MainWindow::Page::MyWork); }, myWork->table(),
                     myWork->findChild<QLineEdit *>(QStringLiteral("queueSearch")), QStringLiteral("ber"),
                     [myWork] { return myWork->isLoading(); },
                     [myWork] { return static_cast<qint64>(myWork->model()->rowCount()); }});

    long long longestOfAll = 0;
    for (ListUnderTest &list : lists) {
        if (!only.isEmpty() && !only.contains(list.key))
            continue;
        StallProbe probe;
        QElapsedTimer wall;
        wall.start();
        const long long cpuBefore = processCpuMs();
        const long long threadCpuBefore = threadCpuUs();
        probe.act(QStringLiteral("open the page"), list.show);
        probe.settle(QStringLiteral("open the page"), 50, list.busy);
        QTableView *table = list.table;
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        pressKeys(table, Qt::Key_PageDown, Qt::NoModifier, pageDowns, probe, QStringLiteral("Page Down"));
        const qint64 rowsAfterPageDowns = list.loadedRows();
        const int rowAfterPageDowns = table->currentIndex().row();
        pressKeys(table, Qt::Key_End, Qt::ControlModifier, 3, probe, QStringLiteral("Ctrl+End"));
        const qint64 rowsAfterEnd = list.loadedRows();
        pressKeys(table, Qt::Key_Home, Qt::ControlModifier, 1, probe, QStringLiteral("Ctrl+Home"));
        // A drag of the thumb: the scrollbar moves in steps and the view paints each.
        QScrollBar *bar = table->verticalScrollBar();
        auto drag = [&](int to, const QString &what) {
            const int from = bar->value();
            constexpr int kSteps = 25;
            for (int step = 1; step <= kSteps; ++step)
                probe.act(what, [&] {
                    bar->setValue(from + int((qint64(to) - from) * step / kSteps));
                    table->viewport()->repaint();
                }, 0);
            probe.settle(what, 20, list.busy);
        };
        drag(bar->maximum() / 2, QStringLiteral("drag to the middle"));
        const QString middleRow = table->indexAt(QPoint(4, 4)).data().toString();
        drag(bar->maximum(), QStringLiteral("drag to the end"));
        const QString endRow = table->indexAt(QPoint(4, table->viewport()->height() - 4)).data().toString();
        const qint64 rowsAfterDrags = list.loadedRows();
        pressKeys(table, Qt::Key_Home, Qt::ControlModifier, 1, probe, QStringLiteral("Ctrl+Home"));
        QHeaderView *header = table->horizontalHeader();
        long long sortEndCpu = 0;
        const int sortColumn = header->sortIndicatorSection();
        const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString what = QStringLiteral("sort by %1 %2")
                                             .arg(table->model()->headerData(column, Qt::Horizontal).toString().simplified(),
                                                  order == Qt::AscendingOrder ? u"up" : u"down");
                probe.act(what, [&] { header->setSortIndicator(column, order); });
                probe.settle(what, 20, list.busy);
                pressKeys(table, Qt::Key_PageDown, Qt::NoModifier, 20, probe, what + QStringLiteral(", Page Down"));
                pressKeys(table, Qt::Key_End, Qt::ControlModifier, 1, probe, what + QStringLiteral(", Ctrl+End"));
                sortEndCpu = std::max<long long>(sortEndCpu, probe.cpuOf(what + QStringLiteral(", Ctrl+End")));
            }
        }
        probe.act(QStringLiteral("sort back"), [&] { header->setSortIndicator(sortColumn, sortOrder); });
        probe.settle(QStringLiteral("sort back"), 20, list.busy);
        if (list.search) {
            list.search->setFocus();
            for (const QChar c : list.searchText)
                probe.act(QStringLiteral("type a search"), [&] { QTest::keyClick(list.search, c.toLatin1()); }, 0);
            probe.settle(QStringLiteral("type a search"), ListPage::kSearchDelayMilliseconds + 200, list.busy);
            probe.act(QStringLiteral("clear the search"), [&] { list.search->clear(); });
            probe.settle(QStringLiteral("clear the search"), ListPage::kSearchDelayMilliseconds + 200, list.busy);
        }
        longestOfAll = std::max<long long>(longestOfAll, probe.longest());
        std::printf("list %s: longest UI stall %lld ms (%s), UI thread CPU %lld ms (%s), %d stalls over 50 ms, rows held after %d Page Downs "
                    "%lld, after Ctrl+End %lld, after the drags %lld, %lld ms wall, UI thread CPU in all %lld ms, process CPU %lld ms, peak %lld KiB, load average %s\n"
                    "  over 50 ms: %s\n  current row after the Page Downs %d; middle row \"%s\", last row \"%s\"\n"
                    "  most UI-thread CPU in one go: Page Down %lld ms, Ctrl+End %lld ms, drag to the middle %lld ms, "
                    "drag to the end %lld ms, a sort's Ctrl+End %lld ms\n",
                    qPrintable(list.key), static_cast<long long>(probe.longest()), qPrintable(probe.worst()),
                    static_cast<long long>(probe.longestCpu()), qPrintable(probe.worstCpu()), probe.over50(), pageDowns, static_cast<long long>(rowsAfterPageDowns),
                    static_cast<long long>(rowsAfterEnd), static_cast<long long>(rowsAfterDrags), static_cast<long long>(wall.elapsed()),
                    (threadCpuUs() - threadCpuBefore) / 1000, processCpuMs() - cpuBefore, peakKiB(), qPrintable(loadAverage()),
                    qPrintable(probe.over50Actions()), rowAfterPageDowns, qPrintable(middleRow), qPrintable(endRow),
                    static_cast<long long>(probe.cpuOf(QStringLiteral("Page Down"))),
                    static_cast<long long>(probe.cpuOf(QStringLiteral("Ctrl+End"))),
                    static_cast<long long>(probe.cpuOf(QStringLiteral("drag to the middle"))),
                    static_cast<long long>(probe.cpuOf(QStringLiteral("drag to the end"))), sortEndCpu);
        std::printf("  UI-thread CPU in one go of 20 ms or more: %s\n", qPrintable(probe.cpuActionsOver(20)));
        std::fflush(stdout);
    }
    std::printf("lists: longest UI stall of all %lld ms, process peak %lld KiB\n", longestOfAll, peakKiB());
}

} // namespace
} // namespace ardesk
