#pragma once
// Staff performance (issue 7, docs/manager-desk.md "Staff performance"): per collector and
// currency, for a day, a week, a month or any range: portfolio size and open amount,
// contacts, right-party-contact rate, promises taken and their kept rate, amount collected
// on their accounts, tasks done and overdue, escalations and complaints; the collector's
// target for the period and the attainment; and a month-by-month trend.
//
// Lines are (user, currency): everything on one line is about the customers of that
// currency, so money is never added across currencies. Who a figure is attributed to
// (the portfolio's collector or the user who did the work) is listed in the docs.
//
// Permissions: reading needs Action::ExportReports (management reporting, like the KPIs);
// changing a target needs Action::ChangeSettings and is audited.
// Errors as Result<T>; nothing throws out of this layer.

#include "session.h"

#include "domain/kpi.h"
#include "storage/manager_repository.h"

#include <optional>
#include <vector>

namespace ardesk {

enum class PerformancePeriodKind { Day, Week, Month, Range };

struct PerformancePeriod final
{
    PerformancePeriodKind kind = PerformancePeriodKind::Month;
    QDate from; // both included
    QDate to;

    static PerformancePeriod day(QDate date);
    static PerformancePeriod week(QDate date);  // Monday to Sunday around the date
    static PerformancePeriod month(QDate date); // the calendar month of the date
    static PerformancePeriod range(QDate from, QDate to);
    int days() const { return static_cast<int>(from.daysTo(to)) + 1; }
};

// A target key: "YYYY-MM" for one month, "*" for the standing monthly target that applies
// to every month without its own.
inline constexpr char16_t kStandingTargetPeriod[] = u"*";
QString monthTargetPeriod(QDate anyDayOfMonth);

// The target of a period from monthly targets of one user and currency: for each calendar
// month the period touches, that month's target (or else the standing one) x the period's
// days in the month / the month's days, rounded half away from zero per month, then added.
// nullopt when no month of the period has a target.
std::optional<MinorUnits> targetForPeriod(const std::vector<CollectorTargetRow> &targets, Id userId,
                                          const QString &currency, QDate from, QDate to);

struct CollectorPerformance final
{
    StaffKey key; // userId empty: customers without a collector
    QString login;
    QString name;
    qint64 portfolioCustomers = 0;
    MinorUnits portfolioOpen = 0;
    qint64 contacts = 0;
    qint64 callAttempts = 0;
    qint64 rightPartyContacts = 0;
    std::optional<double> rightPartyContactRate; // right-party contacts / call attempts x 100
    qint64 promisesTaken = 0;
    MinorUnits promisedAmount = 0;
    PromiseCounts promiseOutcomes; // outcomes that fell in the period
    std::optional<double> promiseKeptRate;
    MinorUnits collected = 0;
    qint64 tasksDone = 0;
    qint64 tasksOverdue = 0;
    qint64 escalations = 0;
    qint64 complaints = 0;
    std::optional<MinorUnits> target;
    std::optional<double> attainment; // collected / target x 100
};

struct StaffPerformanceReport final
{
    PerformancePeriod period;
    int promiseGraceDays = 0;
    std::vector<CollectorPerformance> lines; // by login (no collector last), then currency
};

struct CollectorTrendPoint final
{
    QDate month; // first day
    MinorUnits collected = 0;
    std::optional<MinorUnits> target;
    std::optional<double> attainment;
    qint64 contacts = 0;
    std::optional<double> rightPartyContactRate;
    qint64 promisesTaken = 0;
    PromiseCounts promiseOutcomes;
    std::optional<double> promiseKeptRate;
};

struct CollectorTrend final
{
    StaffKey key;
    QString login;
    QString name;
    std::vector<CollectorTrendPoint> months; // oldest first, every month of the trend
};

class StaffPerformanceService final
{
public:
    static constexpr int kMaxRangeDays = 3 * 366;
    static constexpr int kMaxTrendMonths = 36;

    explicit StaffPerformanceService(Session &session) : m_session(session) { }

    Result<StaffPerformanceReport> report(const PerformancePeriod &period);
    // The `months` calendar months ending with the month of lastDay (which counts up to
    // lastDay), for every line with anything in them.
    Result<std::vector<CollectorTrend>> trend(QDate lastDay, int months);

    Result<std::vector<CollectorTargetRow>> targets();
    // period: "YYYY-MM" or "*"; target in minor units of the currency; 0 removes it.
    Status setTarget(const QString &login, const QString &period, const QString &currency, MinorUnits target);

private:
    Session &m_session;
};

} // namespace ardesk
