#pragma once
// The figures of the managers' and supervisors' dashboard (issue 7, docs/manager-desk.md
// "Dashboard"), for one currency at a time (amounts of different currencies are never
// added): the tiles, aging by bucket stacked by collector or risk class, DSO / CEI / ADD
// at each of the last 12 month-ends, collections against target by week, open disputes by
// reason, the top overdue accounts and the accounts that moved into the last bucket since
// the last month-end.
//
// Each figure is its own call so the GUI can compute them off the UI thread one after the
// other and show each as soon as it is ready.
//
// Permission: Action::ExportReports (management reporting, like the KPIs).
// Errors as Result<T>; nothing throws out of this layer.

#include "session.h"

#include "domain/aging.h"
#include "storage/manager_repository.h"

#include <optional>
#include <vector>

namespace ardesk {

struct DashboardTiles final
{
    QString currency;
    QDate today;
    int kpiMonths = 3;               // DSO, CEI and ADD over this many months ending today
    MinorUnits totalAr = 0;          // open invoices (the aging total)
    MinorUnits overdue = 0;          // of which past due
    std::optional<double> percentCurrent;
    std::optional<double> dso;       // standard
    std::optional<double> cei;
    std::optional<double> add;
    MinorUnits collectedThisMonth = 0; // payments received from the 1st to today, not reversed
    std::optional<MinorUnits> monthTarget; // the collectors' targets of the month added up
    std::optional<double> collectedAttainment;
    qint64 promisesDueToday = 0;       // promised for today and still pending
    qint64 promisesBrokenThisWeek = 0; // broken from Monday to today
    std::vector<Id> promisesDueTodayCustomers; // the customers behind the two counts
    std::vector<Id> promisesBrokenCustomers;
    qint64 openDisputes = 0;
    MinorUnits openDisputedAmount = 0;
    qint64 accountsOnHold = 0;
};

enum class AgingStackBy { Collector, RiskClass };

struct AgingStack final
{
    QStringList bucketLabels;
    QStringList groups;                          // collector logins or risk classes; "" = none
    std::vector<std::vector<MinorUnits>> amounts; // [group][bucket]
};

struct KpiTrendPoint final
{
    QDate monthEnd;
    std::optional<double> dso;
    std::optional<double> cei;
    std::optional<double> add;
    bool hasSnapshot = false; // false: no snapshot of that month-end (or of the one before for CEI)
};

struct WeekCollections final
{
    QDate start; // Monday
    QDate end;   // Sunday, or today for the current week
    MinorUnits collected = 0;
    std::optional<MinorUnits> target;
};

struct DisputeReason final
{
    QString reason;
    qint64 count = 0;
    MinorUnits amount = 0;
};

struct MovedAccount final
{
    Id customerId = 0;
    QString code;
    QString name;
    QString collectorLogin;
    MinorUnits lastBucketNow = 0;
};

// Three figures from one read of the open invoices of a currency (openItemFigures): the aging
// stack, the top overdue accounts, and each customer's open amount in the last bucket now,
// which movedIntoLastBucket(const OpenItemFigures &) compares with the last month-end.
struct OpenItemFigures final
{
    QString currency;
    QDate today;
    AgingStack aging;
    std::vector<CustomerAmount> topOverdue;
    // Customers with an open invoice in the last bucket now (due date, or issue date when
    // the book ages by invoice date, more than the last edge's days ago): (customer id,
    // their open amount in it), by customer id.
    std::vector<std::pair<Id, MinorUnits>> lastBucketNow;
};

class DashboardService final
{
public:
    static constexpr int kKpiMonths = 3;

    explicit DashboardService(Session &session) : m_session(session) { }

    Result<std::vector<QString>> currencies(); // the most open invoices first
    Result<DashboardTiles> tiles(const QString &currency, QDate today);
    Result<AgingStack> agingStack(const QString &currency, QDate today, AgingStackBy by);
    // DSO, CEI and ADD (kKpiMonths-month period) at the last `months` month-ends before
    // today, from the month-end aging snapshots and the monthly sales.
    Result<std::vector<KpiTrendPoint>> kpiTrend(const QString &currency, QDate today, int months = 12);
    // The last `weeks` weeks, the current one last.
    Result<std::vector<WeekCollections>> collectionsByWeek(const QString &currency, QDate today, int weeks = 13);
    Result<std::vector<DisputeReason>> disputesByReason(const QString &currency);
    Result<std::vector<CustomerAmount>> topOverdue(const QString &currency, QDate today, int limit = 10);
    // Customers with an amount in the last bucket now that had none at the last month-end
    // (from its snapshot; the live as-of aging of that day when there is none).
    Result<std::vector<MovedAccount>> movedIntoLastBucket(const QString &currency, QDate today);
    // The same from the figures of one read (the dashboard's worker reads the open invoices
    // once for the aging stack, the top overdue accounts and this).
    Result<std::vector<MovedAccount>> movedIntoLastBucket(const OpenItemFigures &now);

    // The aging stack, the top overdue accounts and the last bucket now from one read of the
    // open invoices (each equals agingStack, topOverdue and what movedIntoLastBucket compares).
    Result<OpenItemFigures> openItemFigures(const QString &currency, QDate today, AgingStackBy by, int topLimit = 10);

private:
    Session &m_session;
};

} // namespace ardesk
