// Not a test of the rules: every figure of the manager's desk (the dashboard's tiles and
// charts' series and lists, staff performance and its trend, the cash forecast) written as
// text, by hand, to compare two builds on a big book (docs/performance.md "Manager desk"):
//   ARDESK_DUMP_BOOK=/path/copy.ardesk ARDESK_DUMP_DATES=2026-06-30,2026-03-15
//   ARDESK_DUMP_OUT=/tmp/figures.txt build/tests/ardesk_services_tests --gtest_filter='DashboardFiguresDump.*'
// Every currency of the book, each date. Reads only (no snapshot is taken).
// ARDESK_DUMP_DASHBOARD_ONLY=1 leaves out the cash forecast and staff performance (minutes of
// CPU a date at a million invoices), for comparing the dashboard's figures alone.

#include "services/book_service.h"
#include "services/cash_forecast_service.h"
#include "services/dashboard_service.h"
#include "services/staff_performance_service.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTextStream>

namespace ardesk {
namespace {

QString opt(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 17) : QStringLiteral("-");
}

QString opt(const std::optional<MinorUnits> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString ids(const std::vector<Id> &list)
{
    QStringList parts;
    for (const Id id : list)
        parts << QString::number(id);
    return parts.join(u',');
}

TEST(DashboardFiguresDump, writesEveryFigureOfTheBookAtTheDates)
{
    const QString path = qEnvironmentVariable("ARDESK_DUMP_BOOK");
    if (path.isEmpty())
        GTEST_SKIP() << "set ARDESK_DUMP_BOOK, ARDESK_DUMP_DATES and ARDESK_DUMP_OUT to write the figures";
    auto book = BookService::open(path);
    ASSERT_TRUE(book);
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session);
    QFile file(qEnvironmentVariable("ARDESK_DUMP_OUT"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QTextStream out(&file);
    DashboardService dashboard(**session);
    const bool dashboardOnly = qEnvironmentVariableIntValue("ARDESK_DUMP_DASHBOARD_ONLY") != 0;
    const auto currencies = dashboard.currencies();
    ASSERT_TRUE(currencies);
    for (const QString &text : qEnvironmentVariable("ARDESK_DUMP_DATES").split(u',', Qt::SkipEmptyParts)) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        ASSERT_TRUE(day.isValid()) << text.toStdString();
        for (const QString &c : *currencies) {
            out << "== " << text << " " << c << "\n";
            const auto t = dashboard.tiles(c, day);
            ASSERT_TRUE(t);
            out << "tiles " << t->totalAr << " " << t->overdue << " " << opt(t->percentCurrent) << " " << opt(t->dso)
                << " " << opt(t->cei) << " " << opt(t->add) << " " << t->collectedThisMonth << " " << opt(t->monthTarget)
                << " " << opt(t->collectedAttainment) << " " << t->promisesDueToday << " " << t->promisesBrokenThisWeek
                << " " << t->openDisputes << " " << t->openDisputedAmount << " " << t->accountsOnHold << "\n";
            out << "due today " << ids(t->promisesDueTodayCustomers) << "\n";
            out << "broken " << ids(t->promisesBrokenCustomers) << "\n";
            for (const AgingStackBy by : {AgingStackBy::Collector, AgingStackBy::RiskClass}) {
                const auto stack = dashboard.agingStack(c, day, by);
                ASSERT_TRUE(stack);
                out << "aging " << stack->bucketLabels.join(u'|') << "\n";
                for (qsizetype g = 0; g < stack->groups.size(); ++g) {
                    out << "  " << stack->groups.at(g);
                    for (const MinorUnits amount : stack->amounts[static_cast<std::size_t>(g)])
                        out << " " << amount;
                    out << "\n";
                }
            }
            const auto trend = dashboard.kpiTrend(c, day, 12);
            ASSERT_TRUE(trend);
            for (const KpiTrendPoint &p : *trend)
                out << "trend " << p.monthEnd.toString(Qt::ISODate) << " " << opt(p.dso) << " " << opt(p.cei) << " "
                    << opt(p.add) << " " << p.hasSnapshot << "\n";
            const auto weeks = dashboard.collectionsByWeek(c, day, 13);
            ASSERT_TRUE(weeks);
            for (const WeekCollections &w : *weeks)
                out << "week " << w.start.toString(Qt::ISODate) << " " << w.end.toString(Qt::ISODate) << " "
                    << w.collected << " " << opt(w.target) << "\n";
            const auto disputes = dashboard.disputesByReason(c);
            ASSERT_TRUE(disputes);
            for (const DisputeReason &d : *disputes)
                out << "dispute " << d.reason << " " << d.count << " " << d.amount << "\n";
            const auto top = dashboard.topOverdue(c, day, 10);
            ASSERT_TRUE(top);
            for (const CustomerAmount &a : *top)
                out << "top " << a.customerId << " " << a.code << " " << a.collectorLogin << " " << a.amount << " "
                    << a.overdue << " " << a.oldestDaysPastDue << "\n";
            const auto moved = dashboard.movedIntoLastBucket(c, day);
            ASSERT_TRUE(moved);
            for (const MovedAccount &m : *moved)
                out << "moved " << m.customerId << " " << m.code << " " << m.collectorLogin << " " << m.lastBucketNow
                    << "\n";
            if (dashboardOnly)
                continue;
            const auto forecast = CashForecastService(**session).forecast(c, day);
            ASSERT_TRUE(forecast);
            for (const auto *weeksOf : {&forecast->past, &forecast->weeks})
                for (const ForecastWeek &w : *weeksOf)
                    out << "forecast " << w.start.toString(Qt::ISODate) << " " << w.openItems << " " << w.promises << " "
                        << w.plans << " " << opt(w.actual) << "\n";
            out << "forecast rest " << forecast->behindExpectation << " " << forecast->afterHorizon << " "
                << forecast->disputed << "\n";
        }
        if (dashboardOnly) {
            out.flush();
            continue;
        }
        StaffPerformanceService staff(**session);
        for (const PerformancePeriod &period :
             {PerformancePeriod::day(day), PerformancePeriod::week(day), PerformancePeriod::month(day)}) {
            const auto report = staff.report(period);
            ASSERT_TRUE(report);
            out << "staff " << period.from.toString(Qt::ISODate) << " " << period.to.toString(Qt::ISODate) << "\n";
            for (const CollectorPerformance &p : report->lines)
                out << "  " << p.login << " " << p.key.currency << " " << p.portfolioCustomers << " " << p.portfolioOpen
                    << " " << p.contacts << " " << p.callAttempts << " " << p.rightPartyContacts << " "
                    << p.promisesTaken << " " << p.promisedAmount << " " << p.promiseOutcomes.kept << " "
                    << p.promiseOutcomes.partiallyKept << " " << p.promiseOutcomes.broken << " "
                    << opt(p.promiseKeptRate) << " " << p.collected << " " << p.tasksDone << " " << p.tasksOverdue
                    << " " << p.escalations << " " << p.complaints << " " << opt(p.target) << " " << opt(p.attainment)
                    << "\n";
        }
        const auto trend = staff.trend(day, 12);
        ASSERT_TRUE(trend);
        for (const CollectorTrend &t : *trend) {
            out << "staff trend " << t.login << " " << t.key.currency << "\n";
            for (const CollectorTrendPoint &p : t.months)
                out << "  " << p.month.toString(Qt::ISODate) << " " << p.collected << " " << opt(p.target) << " "
                    << p.contacts << " " << p.promisesTaken << " " << p.promiseOutcomes.kept << " "
                    << p.promiseOutcomes.partiallyKept << " " << p.promiseOutcomes.broken << " "
                    << opt(p.promiseKeptRate) << "\n";
        }
        out.flush();
    }
}

} // namespace
} // namespace ardesk
