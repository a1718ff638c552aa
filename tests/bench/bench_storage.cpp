// Storage hot paths through the services, on one demo book made at the first use
// (ARDESK_BENCH_CUSTOMERS customers, default 500: about 10,000 invoices; or the book
// ARDESK_BENCH_BOOK, which is then changed by the posting benchmark; ARDESK_BENCH_TODAY sets
// its "today"): aging as of today
// and of a past date, a collector's work queue (today and six months back) and every
// collector's, the KPI set for 3 months (by currency and by collector), the dashboard's
// refresh (its tiles, and every figure as its worker reads them), customer search, and
// posting one payment with automatic allocation.

#include "services/aging_snapshot_service.h"
#include "services/book_service.h"
#include "services/cash_forecast_service.h"
#include "services/browse_service.h"
#include "services/collection_service.h"
#include "services/dashboard_service.h"
#include "services/demo_generator.h"
#include "services/kpi_service.h"
#include "services/ledger_service.h"
#include "services/staff_performance_service.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace ardesk {
namespace {

// The as-of date of every benchmark: 2026-06-30 (the day the generated book is made for), or
// ARDESK_BENCH_TODAY (YYYY-MM-DD) for a book of ARDESK_BENCH_BOOK made on another day.
const QDate kToday = [] {
    const QDate given = QDate::fromString(qEnvironmentVariable("ARDESK_BENCH_TODAY"), Qt::ISODate);
    return given.isValid() ? given : QDate(2026, 6, 30);
}();

struct BenchBook final
{
    std::unique_ptr<QTemporaryDir> folder;
    std::unique_ptr<Book> book;
    std::unique_ptr<Session> session;
    QString collector;
    std::vector<QString> customerCodes;
};

BenchBook &benchBook()
{
    static BenchBook shared = [] {
        BenchBook made;
        QString path = qEnvironmentVariable("ARDESK_BENCH_BOOK");
        if (path.isEmpty()) {
            made.folder = std::make_unique<QTemporaryDir>();
            path = made.folder->filePath(QStringLiteral("bench.ardesk"));
            auto book = BookService::create(path);
            auto session = book ? BookService::localSession(**book) : Result<std::unique_ptr<Session>>();
            DemoOptions options;
            options.customers = qEnvironmentVariableIsSet("ARDESK_BENCH_CUSTOMERS")
                    ? qEnvironmentVariableIntValue("ARDESK_BENCH_CUSTOMERS")
                    : 500;
            options.today = kToday;
            if (!book || !session || !DemoGenerator(**session).generate(options)) {
                std::fprintf(stderr, "ardesk_bench: cannot make the demo book %s\n", qPrintable(path));
                std::exit(1);
            }
        }
        auto book = BookService::open(path);
        if (!book) {
            std::fprintf(stderr, "ardesk_bench: %s\n", qPrintable(book.error().message));
            std::exit(1);
        }
        made.book = std::move(*book);
        made.session = std::move(*BookService::localSession(*made.book));
        made.collector = QStringLiteral("kvogel"); // the demo's first collector
        auto customers = BrowseService(*made.session).customers({}, {}, kToday, RowWindow{0, 200});
        for (const CustomerListRow &row : *customers)
            made.customerCodes.push_back(row.code);
        return made;
    }();
    return shared;
}

void BM_AgingToday(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    for (auto _ : state) {
        auto report = BookService::aging(*bench.session, kToday, AgingBasis::DueDate, AgingBuckets(),
                                         AgingGrouping::Total);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_AgingToday)->Unit(benchmark::kMillisecond);

void BM_AgingSixMonthsBack(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    for (auto _ : state) {
        auto report = BookService::aging(*bench.session, kToday.addMonths(-6), AgingBasis::DueDate, AgingBuckets(),
                                         AgingGrouping::Total);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_AgingSixMonthsBack)->Unit(benchmark::kMillisecond);

void BM_CollectorWorkQueue(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    for (auto _ : state) {
        auto queue = CollectionService(*bench.session).worklist(bench.collector, kToday);
        benchmark::DoNotOptimize(queue);
    }
}
BENCHMARK(BM_CollectorWorkQueue)->Unit(benchmark::kMillisecond);

// The same collector's queue as of six months back (what the queue was then).
void BM_CollectorWorkQueueSixMonthsBack(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    for (auto _ : state) {
        auto queue = CollectionService(*bench.session).worklist(bench.collector, kToday.addMonths(-6));
        if (!queue) {
            state.SkipWithError(qPrintable(queue.error().message));
            break;
        }
        benchmark::DoNotOptimize(queue);
    }
}
BENCHMARK(BM_CollectorWorkQueueSixMonthsBack)->Unit(benchmark::kMillisecond);

// Every collector's queue, as the supervisor's overview reads them.
void BM_AllCollectorsQueues(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    const QStringList collectors{QStringLiteral("kvogel"), QStringLiteral("claurent"), QStringLiteral("esandberg"),
                                 QStringLiteral("thorak"), QStringLiteral("obennett"), QStringLiteral("mreed")};
    for (auto _ : state) {
        for (const QString &login : collectors) {
            auto queue = CollectionService(*bench.session).worklist(login, kToday);
            benchmark::DoNotOptimize(queue);
        }
    }
}
BENCHMARK(BM_AllCollectorsQueues)->Unit(benchmark::kMillisecond);

// Every user's queue in one pass (CollectionService::allWorklists), as the supervisor's
// overview reads them.
void BM_AllWorklistsOnePass(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    for (auto _ : state) {
        auto queues = CollectionService(*bench.session).allWorklists(kToday);
        if (!queues) {
            state.SkipWithError(qPrintable(queues.error().message));
            break;
        }
        benchmark::DoNotOptimize(queues);
    }
}
BENCHMARK(BM_AllWorklistsOnePass)->Unit(benchmark::kMillisecond);

void BM_Kpi3Months(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    for (auto _ : state) {
        auto report = KpiService(*bench.session).compute(kToday, 3, KpiGrouping::Total);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_Kpi3Months)->Unit(benchmark::kMillisecond);

// The KPI set for 12 months by currency (range 0) and for 3 months by collector (range 1):
// the by-currency figures come from the KPI movement aggregate, the groupings from the
// invoices and the period's allocations (docs/kpi.md "How it stays fast").
void BM_KpiVariants(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    const bool byCollector = state.range(0) == 1;
    for (auto _ : state) {
        auto report = KpiService(*bench.session)
                          .compute(kToday, byCollector ? 3 : 12, byCollector ? KpiGrouping::Collector : KpiGrouping::Total);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_KpiVariants)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The dashboard's refresh as its worker thread reads it (src/ui/manager/dashboard_view.cpp),
// for the first currency: range 0, to the tiles (the currencies, the book's aging settings
// and the tiles); range 1, every figure (the tiles, aging stacked by collector, the top
// overdue accounts, disputes by reason, 13 weeks of collections, the month-end snapshot
// catch-up, the 12-month KPI trend and the accounts moved into the last bucket). The
// month-end snapshots are taken once before the timing, as the book's daily run after open
// does, so a refresh finds none to take.
void BM_DashboardRefresh(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    const bool everything = state.range(0) == 1;
    if (auto taken = AgingSnapshotService(*bench.session).catchUp(kToday); !taken) {
        state.SkipWithError(qPrintable(taken.error().message));
        return;
    }
    for (auto _ : state) {
        DashboardService service(*bench.session);
        auto currencies = service.currencies();
        auto settings = AgingSnapshotService(*bench.session).bookAgingSettings();
        if (!currencies || currencies->empty() || !settings) {
            state.SkipWithError("the book has no currency or no aging settings");
            break;
        }
        const QString currency = currencies->front();
        auto tiles = service.tiles(currency, kToday);
        if (!tiles) {
            state.SkipWithError(qPrintable(tiles.error().message));
            break;
        }
        benchmark::DoNotOptimize(tiles);
        if (!everything)
            continue;
        // One read of the open invoices: the aging stack, the top overdue accounts and the
        // last bucket now (DashboardService::openItemFigures), as the worker does.
        auto openItems = service.openItemFigures(currency, kToday, AgingStackBy::Collector, 10);
        auto disputes = service.disputesByReason(currency);
        auto weeks = service.collectionsByWeek(currency, kToday, 13);
        auto taken = AgingSnapshotService(*bench.session).catchUp(kToday);
        auto trend = service.kpiTrend(currency, kToday, 12);
        if (!openItems) {
            state.SkipWithError("a dashboard figure failed");
            break;
        }
        auto moved = service.movedIntoLastBucket(*openItems);
        if (!disputes || !weeks || !taken || !trend || !moved) {
            state.SkipWithError("a dashboard figure failed");
            break;
        }
        benchmark::DoNotOptimize(moved);
    }
}
BENCHMARK(BM_DashboardRefresh)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// One dashboard figure alone through its own call, for the first currency (the month-end
// snapshots taken once before, as above): 0 tiles, 1 aging stacked by collector, 2 the top
// overdue accounts, 3 disputes by reason, 4 13 weeks of collections, 5 the 12-month KPI trend,
// 6 the accounts moved into the last bucket; and the worker's way of the three figures that
// read the open invoices: 7 their one read (openItemFigures), 8 the moved accounts from it.
void BM_DashboardFigure(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    if (auto taken = AgingSnapshotService(*bench.session).catchUp(kToday); !taken) {
        state.SkipWithError(qPrintable(taken.error().message));
        return;
    }
    DashboardService service(*bench.session);
    auto currencies = service.currencies();
    if (!currencies || currencies->empty()) {
        state.SkipWithError("the book has no currency");
        return;
    }
    const QString currency = currencies->front();
    for (auto _ : state) {
        bool ok = true;
        switch (state.range(0)) {
        case 0: ok = service.tiles(currency, kToday).has_value(); break;
        case 1: ok = service.agingStack(currency, kToday, AgingStackBy::Collector).has_value(); break;
        case 2: ok = service.topOverdue(currency, kToday, 10).has_value(); break;
        case 3: ok = service.disputesByReason(currency).has_value(); break;
        case 4: ok = service.collectionsByWeek(currency, kToday, 13).has_value(); break;
        case 5: ok = service.kpiTrend(currency, kToday, 12).has_value(); break;
        case 6: ok = service.movedIntoLastBucket(currency, kToday).has_value(); break;
        case 7: ok = service.openItemFigures(currency, kToday, AgingStackBy::Collector, 10).has_value(); break;
        default:
            state.PauseTiming();
            {
                auto now = service.openItemFigures(currency, kToday, AgingStackBy::Collector, 10);
                state.ResumeTiming();
                ok = now && service.movedIntoLastBucket(*now).has_value();
            }
            break;
        }
        if (!ok) {
            state.SkipWithError("a dashboard figure failed");
            break;
        }
    }
}
BENCHMARK(BM_DashboardFigure)->DenseRange(0, 8)->Unit(benchmark::kMillisecond);

// The manager desk's other figures, each through its own call as its screen makes it: 0 staff
// performance of the day, 1 of the week, 2 of the month, 3 the 12-month staff trend (the Staff
// performance tab: the chosen period, then the trend), 4 the cash forecast of the first
// currency with 8 past weeks (the Cash forecast tab), 5 the collector performance report's
// two months (this month to date and the month before, as `report collector-performance`).
void BM_ManagerFigure(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    auto currencies = CashForecastService(*bench.session).currencies();
    if (!currencies || currencies->empty()) {
        state.SkipWithError("the book has no currency");
        return;
    }
    const QString currency = currencies->front();
    StaffPerformanceService staff(*bench.session);
    for (auto _ : state) {
        bool ok = true;
        switch (state.range(0)) {
        case 0: ok = staff.report(PerformancePeriod::day(kToday)).has_value(); break;
        case 1: ok = staff.report(PerformancePeriod::week(kToday)).has_value(); break;
        case 2: ok = staff.report(PerformancePeriod::month(kToday)).has_value(); break;
        case 3: ok = staff.trend(kToday, 12).has_value(); break;
        case 4: ok = CashForecastService(*bench.session).forecast(currency, kToday, 8).has_value(); break;
        default: {
            const QDate previous = kToday.addMonths(-1);
            ok = staff.report(PerformancePeriod::range(QDate(kToday.year(), kToday.month(), 1), kToday)).has_value()
                 && staff.report(PerformancePeriod::range(QDate(previous.year(), previous.month(), 1), previous))
                            .has_value();
            break;
        }
        }
        if (!ok) {
            state.SkipWithError("a manager figure failed");
            break;
        }
    }
}
BENCHMARK(BM_ManagerFigure)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

// One keystroke of the customer search: the first page of matches (range 0: a code
// prefix, 1: part of a name, 2: a whole code typed in lower case, which matches one
// customer, 3: text nobody matches; 2 and 3 are the worst keystrokes: every customer is
// looked at). Ranges 2 and 3 ask for the payment dialog's 20 suggestions.
void BM_CustomerSearch(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    CustomerListFilter filter;
    qint64 limit = 100;
    switch (state.range(0)) {
    case 0:
        filter.search = QStringLiteral("C0001");
        break;
    case 1:
        filter.search = QStringLiteral("ber");
        break;
    case 2:
        filter.search = bench.customerCodes.empty() ? QStringLiteral("c00001") : bench.customerCodes.back().toLower();
        limit = 20;
        break;
    default:
        filter.search = QStringLiteral("qxzjw");
        limit = 20;
        break;
    }
    for (auto _ : state) {
        auto rows = BrowseService(*bench.session).customers(filter, {}, kToday, RowWindow{0, limit});
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_CustomerSearch)->Arg(0)->Arg(1)->Arg(2)->Arg(3)->Unit(benchmark::kMillisecond);

// One page (200 rows) of the Customers list sorted by a column going down (range 0: the
// CustomerSortColumn: 0 code, 3 balance, 4 overdue, 5 unapplied): range 1 = 0 the first page,
// 1 the page after the middle row's key (a keyset seek, as the grid reads the page next to one
// it holds), 2 the page at the middle by offset.
void BM_CustomerListPage(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    BrowseService browse(*bench.session);
    const CustomerListSort sort{CustomerSortColumn(state.range(0)), SortDirection::Descending};
    const auto count = browse.customerCount({});
    const qint64 middle = count ? *count / 2 : 0;
    std::optional<ListKey> key;
    if (state.range(1) == 1) {
        auto row = browse.customers({}, sort, kToday, RowWindow{middle, 1});
        if (row && !row->empty())
            key = ListKey{row->front().sortKey, row->front().id};
    }
    for (auto _ : state) {
        auto rows = browse.customers({}, sort, kToday,
                                     state.range(1) == 2 ? RowWindow{middle, 200} : RowWindow{0, 200, key});
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_CustomerListPage)
        ->ArgsProduct({{0, 3, 4, 5}, {0, 1, 2}})
        ->Unit(benchmark::kMillisecond);

// Posting one payment applied oldest due first, in its own transaction (as the clerk's
// dialog does). Each iteration posts a new payment.
void BM_PostPaymentAutoApply(benchmark::State &state)
{
    BenchBook &bench = benchBook();
    std::size_t i = 0;
    for (auto _ : state) {
        PaymentInput payment;
        payment.customerCode = bench.customerCodes[i++ % bench.customerCodes.size()];
        payment.receivedDate = kToday;
        payment.amount = 10000;
        payment.method = QStringLiteral("wire");
        payment.reference = QStringLiteral("BENCH-%1").arg(i);
        payment.apply = PaymentInput::Apply::OldestDueFirst;
        auto posted = LedgerService(*bench.session).postPayment(payment);
        if (!posted) {
            state.SkipWithError(qPrintable(posted.error().message));
            break;
        }
    }
}
BENCHMARK(BM_PostPaymentAutoApply)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace ardesk
