#include "dashboard_service.h"

#include "aging_snapshot_service.h"
#include "kpi_service.h"
#include "service_support.h"
#include "staff_performance_service.h"

#include "domain/instalment_terms.h"
#include "domain/kpi.h"
#include "domain/promise_evaluation.h"
#include "storage/aging_repository.h"
#include "storage/collection_repository.h"
#include "storage/kpi_repository.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QDate lastDayOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// The order of customer codes in SQL (ORDER BY code): SQLite's binary collation and the
// C.UTF-8 collation of the team server both compare the UTF-8 bytes.
bool codeLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

std::optional<MinorUnits> teamTarget(const std::vector<CollectorTargetRow> &targets, const QString &currency,
                                     QDate from, QDate to)
{
    QSet<Id> users;
    for (const CollectorTargetRow &row : targets)
        if (row.currency == currency)
            users.insert(row.userId);
    std::optional<MinorUnits> total;
    for (const Id user : users)
        if (const auto target = targetForPeriod(targets, user, currency, from, to))
            total = total.value_or(0) + *target;
    return total;
}

} // namespace

Result<std::vector<QString>> DashboardService::currencies()
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<QString>> {
        return ManagerRepository(m_session.book()).currenciesByOpenAmount();
    });
}

Result<DashboardTiles> DashboardService::tiles(const QString &currency, QDate today)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!today.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("DashboardService", "dashboard: not a valid date")));
    DashboardTiles tiles;
    tiles.currency = currency;
    tiles.today = today;
    tiles.kpiMonths = kKpiMonths;

    // The KPI's promises of the period: a superset of the week's (the period holds the week;
    // the same customers' outcomes are valid; the rule's promises are those of the week plus
    // others whose outcome may fall earlier in the period, which share no payment with them).
    KpiPromiseInputs inputs;
    auto kpis = KpiService(m_session).compute(today, kKpiMonths, KpiGrouping::Total, &inputs);
    if (!kpis)
        return std::unexpected(kpis.error());
    for (const KpiValues &v : kpis->results) {
        if (v.key.currency != currency)
            continue;
        tiles.totalAr = v.figures.endingAr;
        tiles.overdue = v.figures.endingAr - v.figures.endingCurrentAr;
        tiles.percentCurrent = v.percentCurrent;
        tiles.dso = v.dsoStandard;
        tiles.cei = v.collectionEffectivenessIndex;
        tiles.add = v.averageDaysDelinquent;
    }
    const int grace = kpis->promiseGraceDays;

    auto rest = reading([&]() -> Result<DashboardTiles> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        ManagerRepository repository(book);
        const QDate firstDay = firstOfMonth(today);
        for (const auto &[day, amount] : repository.receipts(firstDay, today, today, currency))
            tiles.collectedThisMonth += amount;
        tiles.monthTarget = teamTarget(repository.targets(), currency, firstDay, lastDayOfMonth(today));
        if (tiles.monthTarget && *tiles.monthTarget > 0)
            tiles.collectedAttainment = static_cast<double>(tiles.collectedThisMonth) * 100.0
                                        / static_cast<double>(*tiles.monthTarget);
        const auto disputes = repository.openDisputes(currency);
        tiles.openDisputes = disputes.first;
        tiles.openDisputedAmount = disputes.second;
        tiles.accountsOnHold = repository.customersOnHold(currency);

        const QDate monday = mondayOf(today);
        // The customers whose maintained promise outcomes are valid for today come decided
        // (promise_outcomes.h); the rule runs for the others only (every customer on a book
        // whose outcomes were never evaluated). Both give the same promises and statuses.
        std::vector<Id> dueToday = inputs.pendingDueOnAsOf;
        std::vector<Id> broken;
        for (const KpiPromiseOutcome &decided : inputs.decided)
            if (decided.status == PromiseStatus::Broken && decided.outcomeDay >= monday && decided.outcomeDay <= today)
                broken.push_back(decided.customerId);
        if (!inputs.promises.empty()) {
            const auto evaluated = evaluatePromises(inputs.promises, inputs.payments, grace, today);
            if (!evaluated)
                return std::unexpected(Error{evaluated.error().code,
                                             QCoreApplication::translate("DashboardService", "promises cannot be evaluated: %1").arg(evaluated.error().message)});
            for (qsizetype i = 0; i < evaluated->size(); ++i) {
                const PromiseToPay &promise = inputs.promises[static_cast<std::size_t>(i)];
                const PromiseEvaluation &evaluation = (*evaluated)[i];
                if (evaluation.status == PromiseStatus::Pending && promise.promisedFor == today)
                    dueToday.push_back(promise.customerId);
                const auto outcome = promiseOutcomeDay(promise, evaluation, grace);
                if (evaluation.status == PromiseStatus::Broken && outcome && *outcome >= monday && *outcome <= today)
                    broken.push_back(promise.customerId);
            }
        }
        // One entry per promise, by customer (the drill-down lists them so).
        std::sort(dueToday.begin(), dueToday.end());
        std::sort(broken.begin(), broken.end());
        tiles.promisesDueTodayCustomers = repository.customersOfCurrency(dueToday, currency);
        tiles.promisesBrokenCustomers = repository.customersOfCurrency(broken, currency);
        tiles.promisesDueToday = static_cast<qint64>(tiles.promisesDueTodayCustomers.size());
        tiles.promisesBrokenThisWeek = static_cast<qint64>(tiles.promisesBrokenCustomers.size());
        return tiles;
    });
    return rest;
}

Result<AgingStack> DashboardService::agingStack(const QString &currency, QDate today, AgingStackBy by)
{
    auto figures = openItemFigures(currency, today, by);
    if (!figures)
        return std::unexpected(figures.error());
    return std::move(figures->aging);
}

Result<OpenItemFigures> DashboardService::openItemFigures(const QString &currency, QDate today, AgingStackBy by,
                                                          int topLimit)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    auto settings = AgingSnapshotService(m_session).bookAgingSettings();
    if (!settings)
        return std::unexpected(settings.error());
    const auto [basis, buckets] = *settings;
    const int limit = std::clamp(topLimit, 1, 1000);
    return reading([&]() -> Result<OpenItemFigures> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        ManagerRepository repository(book);
        OpenItemFigures figures;
        figures.currency = currency;
        figures.today = today;
        figures.aging.bucketLabels = buckets.labels();
        const std::vector<DashboardOpenItem> items = repository.openItems(currency);
        const std::vector<OpenItemWithParts> withParts = repository.openItemsWithParts(currency);
        const CustomerGroups groups = repository.customerGroups(by == AgingStackBy::RiskClass);
        const std::size_t count = static_cast<std::size_t>(buckets.bucketCount());
        const qint64 todayDay = today.toJulianDay();
        // The last bucket: due (or issued) before this day.
        const qint64 cutoff = today.addDays(-buckets.edges().back()).toJulianDay();
        const bool byIssueDate = basis == AgingBasis::InvoiceDate;
        // The stack buckets by the due date (each instalment part by its own), whatever the basis.
        const auto bucketOf = [&](QDate due) {
            return static_cast<std::size_t>(buckets.bucketFor(static_cast<int>(due.daysTo(today))));
        };
        // [group][bucket]; empty while the group has no open invoice.
        std::vector<std::vector<MinorUnits>> amounts(static_cast<std::size_t>(groups.names.size()));
        struct Overdue
        {
            Id customerId = 0;
            MinorUnits open = 0;
            MinorUnits overdue = 0;
            qint64 oldestDueDay = 0;
        };
        std::vector<Overdue> overdue;
        // One customer after the other (the items come by customer).
        for (std::size_t i = 0; i < items.size();) {
            const Id customer = items[i].customerId;
            const auto group = groups.groupOf.find(customer);
            std::vector<MinorUnits> *row = nullptr;
            if (group != groups.groupOf.end()) {
                row = &amounts[static_cast<std::size_t>(group->second)];
                if (row->empty())
                    row->assign(count, 0);
            }
            Overdue sums{customer, 0, 0, items[i].dueDay};
            MinorUnits inLastBucket = 0;
            bool hasLastBucket = false;
            for (; i < items.size() && items[i].customerId == customer; ++i) {
                const DashboardOpenItem &item = items[i];
                sums.open += item.open;
                if (item.dueDay < todayDay)
                    sums.overdue += item.open;
                sums.oldestDueDay = std::min(sums.oldestDueDay, item.dueDay);
                if ((byIssueDate ? item.issueDay : item.dueDay) < cutoff) {
                    inLastBucket += item.open;
                    hasLastBucket = true;
                }
                if (row)
                    (*row)[bucketOf(QDate::fromJulianDay(item.dueDay))] += item.open;
            }
            if (!row)
                continue; // no such customer: the figures join the customers
            if (sums.overdue > 0)
                overdue.push_back(sums);
            if (hasLastBucket)
                figures.lastBucketNow.emplace_back(customer, inLastBucket);
        }
        // An invoice with instalment parts is one item per part, each in the bucket of its own
        // due date (docs/credit-policy.md "Instalment terms", as the aging counts it): its open
        // amount leaves the bucket of the invoice's due date and is spread over its open parts.
        for (const OpenItemWithParts &invoice : withParts) {
            const auto group = groups.groupOf.find(invoice.customerId);
            if (group == groups.groupOf.end() || invoice.parts.empty())
                continue;
            std::vector<MinorUnits> &row = amounts[static_cast<std::size_t>(group->second)];
            if (row.empty())
                row.assign(count, 0);
            row[bucketOf(QDate::fromJulianDay(invoice.dueDay))] -= invoice.open;
            for (const OpenInstalmentPart &part : openInstalmentParts(invoice.parts, invoice.open))
                row[bucketOf(part.dueDate)] += part.open;
        }
        // Named groups in order, "none" last.
        std::vector<std::size_t> named;
        std::optional<std::size_t> none;
        for (std::size_t g = 0; g < amounts.size(); ++g) {
            if (amounts[g].empty())
                continue;
            if (groups.names.at(static_cast<qsizetype>(g)).isEmpty())
                none = g;
            else
                named.push_back(g);
        }
        std::sort(named.begin(), named.end(), [&](std::size_t a, std::size_t b) {
            return groups.names.at(static_cast<qsizetype>(a)) < groups.names.at(static_cast<qsizetype>(b));
        });
        if (none)
            named.push_back(*none);
        for (const std::size_t g : named) {
            figures.aging.groups << groups.names.at(static_cast<qsizetype>(g));
            figures.aging.amounts.push_back(std::move(amounts[g]));
        }
        // The top overdue: the largest overdue amounts first, then by code; the customers'
        // codes and names are read for the first `limit` and those tied with the last of them.
        std::sort(overdue.begin(), overdue.end(),
                  [](const Overdue &a, const Overdue &b) { return a.overdue > b.overdue; });
        std::size_t take = std::min(overdue.size(), static_cast<std::size_t>(limit));
        if (take > 0)
            while (take < overdue.size() && overdue[take].overdue == overdue[take - 1].overdue)
                ++take;
        QList<Id> ids;
        for (std::size_t k = 0; k < take; ++k)
            ids << overdue[k].customerId;
        const QHash<Id, CustomerAmount> customers = repository.customers(ids);
        for (std::size_t k = 0; k < take; ++k) {
            const auto found = customers.constFind(overdue[k].customerId);
            if (found == customers.constEnd())
                continue;
            CustomerAmount c = *found;
            c.amount = overdue[k].open;
            c.overdue = overdue[k].overdue;
            c.oldestDaysPastDue = todayDay - overdue[k].oldestDueDay;
            figures.topOverdue.push_back(std::move(c));
        }
        std::stable_sort(figures.topOverdue.begin(), figures.topOverdue.end(),
                         [](const CustomerAmount &a, const CustomerAmount &b) {
                             return a.overdue != b.overdue ? a.overdue > b.overdue : codeLess(a.code, b.code);
                         });
        if (figures.topOverdue.size() > static_cast<std::size_t>(limit))
            figures.topOverdue.resize(static_cast<std::size_t>(limit));
        return figures;
    });
}

Result<std::vector<KpiTrendPoint>> DashboardService::kpiTrend(const QString &currency, QDate today, int months)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!today.isValid() || months < 1 || months > 60)
        return std::unexpected(Error::invalid(QCoreApplication::translate("DashboardService", "dashboard trend: a valid date and 1 to 60 months")));
    return reading([&]() -> Result<std::vector<KpiTrendPoint>> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        ManagerRepository repository(book);
        // AR and current AR of each due-date snapshot of the currency, by date.
        std::map<QDate, std::pair<MinorUnits, MinorUnits>> arAt;
        const QDate firstEnd = lastDayOfMonth(today.addMonths(-months));
        const QDate oldestNeeded = lastDayOfMonth(firstEnd.addMonths(-kKpiMonths));
        for (const AgingSnapshotRow &row : repository.snapshots()) {
            if (row.basis != agingBasisKey(AgingBasis::DueDate) || row.asOf < oldestNeeded || row.asOf >= today
                || arAt.contains(row.asOf))
                continue;
            std::pair<MinorUnits, MinorUnits> figures{0, 0};
            for (const SnapshotLine &line : repository.snapshotLines(row.id, true)) {
                if (line.currency != currency || line.bucket < 0)
                    continue;
                figures.first += line.amount;
                if (line.bucket == 0)
                    figures.second += line.amount;
            }
            arAt[row.asOf] = figures;
        }
        const auto sales = repository.salesByMonth(currency, firstOfMonth(oldestNeeded), today);
        // Before the book's first invoice AR was nothing: no snapshot is needed there.
        const auto firstInvoice = repository.firstInvoiceDate();
        auto arOf = [&](QDate date) -> std::optional<std::pair<MinorUnits, MinorUnits>> {
            if (const auto found = arAt.find(date); found != arAt.end())
                return found->second;
            if (!firstInvoice || date < *firstInvoice)
                return std::pair<MinorUnits, MinorUnits>{0, 0};
            return std::nullopt;
        };
        std::vector<KpiTrendPoint> points;
        for (int i = months; i >= 1; --i) {
            KpiTrendPoint point;
            point.monthEnd = lastDayOfMonth(today.addMonths(-i));
            const auto ending = arOf(point.monthEnd);
            if (ending) {
                point.hasSnapshot = true;
                PeriodFigures f;
                f.months = kKpiMonths;
                f.daysInPeriod = daysInPeriod(point.monthEnd, kKpiMonths);
                f.endingAr = ending->first;
                f.endingCurrentAr = ending->second;
                for (int m = 0; m < kKpiMonths; ++m) {
                    const auto s = sales.find(firstOfMonth(point.monthEnd.addMonths(-m)));
                    if (s != sales.end())
                        f.creditSales += s->second;
                }
                point.dso = dsoStandard(f);
                point.add = averageDaysDelinquent(f);
                const auto beginning = arOf(lastDayOfMonth(point.monthEnd.addMonths(-kKpiMonths)));
                if (beginning) {
                    f.beginningAr = beginning->first;
                    point.cei = collectionEffectivenessIndex(f);
                }
            }
            points.push_back(point);
        }
        return points;
    });
}

Result<std::vector<WeekCollections>> DashboardService::collectionsByWeek(const QString &currency, QDate today,
                                                                          int weeks)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!today.isValid() || weeks < 1 || weeks > 104)
        return std::unexpected(Error::invalid(QCoreApplication::translate("DashboardService", "dashboard collections: a valid date and 1 to 104 weeks")));
    return reading([&]() -> Result<std::vector<WeekCollections>> {
        ManagerRepository repository(m_session.book());
        const QDate first = mondayOf(today).addDays(-7 * (weeks - 1));
        const auto receipts = repository.receipts(first, today, today, currency);
        const auto targets = repository.targets();
        std::vector<WeekCollections> result;
        for (int w = 0; w < weeks; ++w) {
            WeekCollections week;
            week.start = first.addDays(7 * w);
            week.end = std::min(week.start.addDays(6), today);
            for (auto it = receipts.lower_bound(week.start); it != receipts.end() && it->first <= week.end; ++it)
                week.collected += it->second;
            week.target = teamTarget(targets, currency, week.start, week.start.addDays(6));
            result.push_back(week);
        }
        return result;
    });
}

Result<std::vector<DisputeReason>> DashboardService::disputesByReason(const QString &currency)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<DisputeReason>> {
        std::vector<DisputeReason> result;
        for (const auto &[reason, count, amount] : ManagerRepository(m_session.book()).openDisputesByReason(currency))
            result.push_back({reason, count, amount});
        return result;
    });
}

Result<std::vector<CustomerAmount>> DashboardService::topOverdue(const QString &currency, QDate today, int limit)
{
    auto figures = openItemFigures(currency, today, AgingStackBy::Collector, limit);
    if (!figures)
        return std::unexpected(figures.error());
    return std::move(figures->topOverdue);
}

Result<std::vector<MovedAccount>> DashboardService::movedIntoLastBucket(const QString &currency, QDate today)
{
    auto now = openItemFigures(currency, today, AgingStackBy::Collector);
    if (!now)
        return std::unexpected(now.error());
    return movedIntoLastBucket(*now);
}

Result<std::vector<MovedAccount>> DashboardService::movedIntoLastBucket(const OpenItemFigures &now)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    const QString &currency = now.currency;
    AgingSnapshotService snapshots(m_session);
    auto settings = snapshots.bookAgingSettings();
    if (!settings)
        return std::unexpected(settings.error());
    const auto [basis, buckets] = *settings;
    const int last = buckets.bucketCount() - 1;
    const QDate monthEnd = lastDayOfMonth(now.today.addMonths(-1));
    auto before = snapshots.snapshotAt(monthEnd);
    if (!before)
        return std::unexpected(before.error());
    // Customers with an amount in the last bucket at the month-end: from the snapshot, the
    // lines of that bucket only (by id: a snapshot line's customer is the customer of that
    // code, codes are unique), else from the live aging of that day (by code).
    QSet<Id> hadLastBucketIds;
    QSet<QString> hadLastBucket;
    if (*before) {
        auto ids = reading([&]() -> Result<std::vector<Id>> {
            return ManagerRepository(m_session.book()).snapshotCustomersInBucket((*before)->id, currency, last);
        });
        if (!ids)
            return std::unexpected(ids.error());
        hadLastBucketIds = QSet<Id>(ids->begin(), ids->end());
    } else {
        auto report = reading([&]() -> Result<AgingReport> {
            return AgingRepository(m_session.book()).compute(monthEnd, basis, buckets, AgingGrouping::Customer);
        });
        if (!report)
            return std::unexpected(report.error());
        for (const CustomerAgingLine &line : report->customers)
            if (line.line.currency == currency && line.line.buckets[static_cast<std::size_t>(last)] != 0)
                hadLastBucket.insert(line.customerCode);
    }
    return reading([&]() -> Result<std::vector<MovedAccount>> {
        QList<Id> ids;
        for (const auto &[customer, amount] : now.lastBucketNow)
            if (!hadLastBucketIds.contains(customer))
                ids << customer;
        const QHash<Id, CustomerAmount> customers = ManagerRepository(m_session.book()).customers(ids);
        std::vector<MovedAccount> moved;
        for (const auto &[customer, amount] : now.lastBucketNow) {
            const auto found = customers.constFind(customer);
            if (found == customers.constEnd() || hadLastBucket.contains(found->code))
                continue;
            moved.push_back({customer, found->code, found->name, found->collectorLogin, amount});
        }
        // The largest first, then by code.
        std::sort(moved.begin(), moved.end(), [](const MovedAccount &a, const MovedAccount &b) {
            return a.lastBucketNow != b.lastBucketNow ? a.lastBucketNow > b.lastBucketNow : codeLess(a.code, b.code);
        });
        return moved;
    });
}

} // namespace ardesk
