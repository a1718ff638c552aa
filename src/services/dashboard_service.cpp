#include "dashboard_service.h"

#include "aging_snapshot_service.h"
#include "kpi_service.h"
#include "service_support.h"
#include "staff_performance_service.h"

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

    auto kpis = KpiService(m_session).compute(today, kKpiMonths, KpiGrouping::Total);
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
        const KpiPromiseInputs inputs = KpiRepository(book).readPromisesOfPeriod(monday, today, grace);
        std::vector<Id> dueToday = inputs.pendingDueOnAsOf;
        std::vector<Id> broken;
        for (const KpiPromiseOutcome &decided : inputs.decided)
            if (decided.status == PromiseStatus::Broken)
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
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    auto settings = AgingSnapshotService(m_session).bookAgingSettings();
    if (!settings)
        return std::unexpected(settings.error());
    const AgingBuckets buckets = settings->second;
    return reading([&]() -> Result<AgingStack> {
        AgingStack stack;
        stack.bucketLabels = buckets.labels();
        std::map<QString, std::vector<MinorUnits>> groups;
        for (const auto &row : ManagerRepository(m_session.book())
                                       .agingByGroup(currency, today, buckets, by == AgingStackBy::RiskClass)) {
            auto &amounts = groups[row.group];
            if (amounts.empty())
                amounts.assign(static_cast<std::size_t>(buckets.bucketCount()), 0);
            amounts[static_cast<std::size_t>(row.bucket)] += row.amount;
        }
        // Named groups in order, "none" last.
        for (auto &[group, amounts] : groups) {
            if (group.isEmpty())
                continue;
            stack.groups << group;
            stack.amounts.push_back(amounts);
        }
        if (const auto none = groups.find(QString()); none != groups.end()) {
            stack.groups << QString();
            stack.amounts.push_back(none->second);
        }
        return stack;
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
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<CustomerAmount>> {
        return ManagerRepository(m_session.book()).topOverdue(currency, today, std::clamp(limit, 1, 1000));
    });
}

Result<std::vector<MovedAccount>> DashboardService::movedIntoLastBucket(const QString &currency, QDate today)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    AgingSnapshotService snapshots(m_session);
    auto settings = snapshots.bookAgingSettings();
    if (!settings)
        return std::unexpected(settings.error());
    const auto [basis, buckets] = *settings;
    const int last = buckets.bucketCount() - 1;
    const QDate monthEnd = lastDayOfMonth(today.addMonths(-1));
    auto before = snapshots.snapshotAt(monthEnd);
    if (!before)
        return std::unexpected(before.error());
    // Customers (by code) with an amount in the last bucket at the month-end.
    QSet<QString> hadLastBucket;
    if (*before) {
        auto report = snapshots.report((*before)->id, AgingGrouping::Customer);
        if (!report)
            return std::unexpected(report.error());
        for (const CustomerAgingLine &line : report->customers)
            if (line.line.currency == currency && line.line.buckets[static_cast<std::size_t>(last)] != 0)
                hadLastBucket.insert(line.customerCode);
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
        std::vector<MovedAccount> moved;
        const QDate cutoff = today.addDays(-buckets.edges().back());
        for (const CustomerAmount &c : ManagerRepository(m_session.book())
                                               .openBefore(currency, cutoff, basis == AgingBasis::InvoiceDate))
            if (!hadLastBucket.contains(c.code))
                moved.push_back({c.customerId, c.code, c.name, c.collectorLogin, c.amount});
        return moved;
    });
}

} // namespace ardesk
