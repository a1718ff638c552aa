// Domain hot paths: parsing amounts (every CSV field), oldest-first allocation (every
// auto-applied payment), worklist scoring and ranking (every queue).

#include "domain/allocation.h"
#include "domain/money.h"
#include "domain/worklist_score.h"

#include <QDate>
#include <QString>

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

namespace ardesk {
namespace {

void BM_MoneyParse(benchmark::State &state)
{
    const QStringList texts{QStringLiteral("0.01"), QStringLiteral("12"), QStringLiteral("1234.56"),
                            QStringLiteral("98765432.10"), QStringLiteral("5.5")};
    const QString currency = QStringLiteral("EUR");
    std::size_t i = 0;
    for (auto _ : state) {
        auto parsed = Money::parse(texts[static_cast<qsizetype>(i++ % 5)], currency);
        benchmark::DoNotOptimize(parsed);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MoneyParse);

std::vector<OpenItem> openItems(int count)
{
    std::mt19937 random(1);
    std::vector<OpenItem> items;
    items.reserve(static_cast<std::size_t>(count));
    const QDate start(2024, 1, 1);
    for (int i = 0; i < count; ++i) {
        const QDate issued = start.addDays(static_cast<int>(random() % 700));
        items.push_back({i + 1, QStringLiteral("INV-%1").arg(i + 1), issued, issued.addDays(30),
                         static_cast<MinorUnits>(1000 + random() % 500000)});
    }
    return items;
}

// A payment over a customer's open items, oldest due first (range: open items).
void BM_AllocateOldestDueFirst(benchmark::State &state)
{
    const std::vector<OpenItem> items = openItems(static_cast<int>(state.range(0)));
    MinorUnits total = 0;
    for (const OpenItem &item : items)
        total += item.open;
    for (auto _ : state) {
        AllocationPlan plan = allocateOldestDueFirst(total / 2, items);
        benchmark::DoNotOptimize(plan);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AllocateOldestDueFirst)->Arg(1)->Arg(20)->Arg(500);

std::vector<WorklistAccount> accounts(int count)
{
    std::mt19937 random(2);
    const char *risks[] = {"A", "B", "C", "D", "E", ""};
    std::vector<WorklistAccount> result;
    result.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        WorklistAccount account;
        account.customerCode = QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
        account.overdueAmount = static_cast<MinorUnits>(random() % 10000000);
        account.oldestDaysPastDue = static_cast<int>(random() % 400);
        account.brokenPromises = static_cast<int>(random() % 4);
        account.promiseDueToday = random() % 10 == 0;
        account.riskClass = QString::fromLatin1(risks[random() % 6]);
        account.balance = account.overdueAmount + static_cast<MinorUnits>(random() % 1000000);
        result.push_back(account);
    }
    return result;
}

void BM_WorklistScore(benchmark::State &state)
{
    const std::vector<WorklistAccount> list = accounts(1000);
    std::size_t i = 0;
    for (auto _ : state) {
        WorklistScore score = scoreAccount(list[i++ % list.size()]);
        benchmark::DoNotOptimize(score);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WorklistScore);

// A collector's whole queue ranked (range: accounts).
void BM_WorklistRank(benchmark::State &state)
{
    const std::vector<WorklistAccount> list = accounts(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto ranked = rankWorklist(list);
        benchmark::DoNotOptimize(ranked);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_WorklistRank)->Arg(100)->Arg(10000);

} // namespace
} // namespace ardesk
