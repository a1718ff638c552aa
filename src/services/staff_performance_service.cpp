#include "staff_performance_service.h"

#include "kpi_service.h"
#include "service_support.h"

#include "domain/currency.h"
#include "domain/promise_evaluation.h"
#include "storage/kpi_repository.h"
#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) * 100.0 / static_cast<double>(whole);
}

std::optional<double> attainmentOf(MinorUnits collected, const std::optional<MinorUnits> &target)
{
    if (!target || *target <= 0)
        return std::nullopt;
    return static_cast<double>(collected) * 100.0 / static_cast<double>(*target);
}

// Orders lines by login (the "no collector" line last), then currency.
bool lineBefore(const QString &loginA, const StaffKey &a, const QString &loginB, const StaffKey &b)
{
    if (a.userId.has_value() != b.userId.has_value())
        return a.userId.has_value();
    if (loginA != loginB)
        return loginA < loginB;
    return a.currency < b.currency;
}

// Promise outcomes that fell in [from, to], evaluated as of `to`, per (owner, currency)
// and first day of the outcome's month. The customers whose maintained promise outcomes are
// valid for `to` come decided (KpiRepository::readPromisesOfPeriod, as the KPI's kept rate);
// the rule runs for the others only (every customer on a book whose outcomes were never
// evaluated). Both give the same promises, statuses and days.
std::map<std::pair<StaffKey, qint64>, PromiseCounts> promiseOutcomes(Book &book, QDate from, QDate to, int graceDays,
                                                                      bool byMonth, Error *error)
{
    std::map<std::pair<StaffKey, qint64>, PromiseCounts> counts;
    KpiRepository kpi(book);
    const KpiPromiseInputs inputs = kpi.readPromisesOfPeriod(from, to, graceDays);
    if (inputs.promises.empty() && inputs.decided.empty())
        return counts;
    std::vector<KpiPromiseOutcome> outcomes = inputs.decided;
    if (!inputs.promises.empty()) {
        const auto evaluated = evaluatePromises(inputs.promises, inputs.payments, graceDays, to);
        if (!evaluated) {
            *error = evaluated.error();
            return counts;
        }
        for (qsizetype i = 0; i < evaluated->size(); ++i) {
            const PromiseToPay &promise = inputs.promises[static_cast<std::size_t>(i)];
            const PromiseEvaluation &evaluation = (*evaluated)[i];
            const auto day = promiseOutcomeDay(promise, evaluation, graceDays);
            if (!day || *day < from || *day > to)
                continue;
            outcomes.push_back({promise.customerId, evaluation.status, promise.id, *day});
        }
    }
    ManagerRepository repository(book);
    const QHash<Id, StaffKey> owners = repository.promiseOwners(from.addDays(-1 - graceDays));
    for (const KpiPromiseOutcome &outcome : outcomes) {
        const auto owner = owners.constFind(outcome.promiseId);
        if (owner == owners.constEnd())
            continue;
        PromiseCounts &c = counts[{*owner, byMonth ? firstOfMonth(outcome.outcomeDay).toJulianDay() : 0}];
        if (outcome.status == PromiseStatus::Kept)
            ++c.kept;
        else if (outcome.status == PromiseStatus::PartiallyKept)
            ++c.partiallyKept;
        else
            ++c.broken;
    }
    return counts;
}

} // namespace

PerformancePeriod PerformancePeriod::day(QDate date)
{
    return {PerformancePeriodKind::Day, date, date};
}

PerformancePeriod PerformancePeriod::week(QDate date)
{
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    return {PerformancePeriodKind::Week, monday, monday.addDays(6)};
}

PerformancePeriod PerformancePeriod::month(QDate date)
{
    const QDate first = firstOfMonth(date);
    return {PerformancePeriodKind::Month, first, first.addMonths(1).addDays(-1)};
}

PerformancePeriod PerformancePeriod::range(QDate from, QDate to)
{
    return {PerformancePeriodKind::Range, from, to};
}

QString monthTargetPeriod(QDate anyDayOfMonth)
{
    return anyDayOfMonth.toString(QStringLiteral("yyyy-MM"));
}

std::optional<MinorUnits> targetForPeriod(const std::vector<CollectorTargetRow> &targets, Id userId,
                                          const QString &currency, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return std::nullopt;
    std::optional<MinorUnits> standing;
    QHash<QString, MinorUnits> monthly;
    for (const CollectorTargetRow &row : targets) {
        if (row.userId != userId || row.currency != currency)
            continue;
        if (row.period == QStringView(kStandingTargetPeriod))
            standing = row.target;
        else
            monthly.insert(row.period, row.target);
    }
    std::optional<MinorUnits> total;
    for (QDate month = firstOfMonth(from); month <= to; month = month.addMonths(1)) {
        const auto found = monthly.constFind(monthTargetPeriod(month));
        const std::optional<MinorUnits> target = found != monthly.constEnd() ? std::optional(*found) : standing;
        if (!target)
            continue;
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        const QDate overlapFrom = std::max(month, from);
        const QDate overlapTo = std::min(monthEnd, to);
        const qint64 days = overlapFrom.daysTo(overlapTo) + 1;
        total = total.value_or(0) + roundedDivide(static_cast<WideInt>(*target) * days, month.daysInMonth());
    }
    return total;
}

Result<StaffPerformanceReport> StaffPerformanceService::report(const PerformancePeriod &period)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return std::unexpected(Error::invalid(QCoreApplication::translate("StaffPerformanceService", "period: the first day must be a date on or before the last")));
    if (period.days() > kMaxRangeDays)
        return std::unexpected(Error::invalid(QCoreApplication::translate("StaffPerformanceService", "period: at most %1 days").arg(kMaxRangeDays)));

    return reading([&]() -> Result<StaffPerformanceReport> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        StaffPerformanceReport report;
        report.period = period;
        report.promiseGraceDays = KpiRepository(book).promiseGraceDays(KpiService::kDefaultPromiseGraceDays);
        ManagerRepository repository(book);
        QHash<Id, StaffMember> staff;
        for (const StaffMember &member : repository.staff())
            staff.insert(member.id, member);
        const std::vector<CollectorTargetRow> targets = repository.targets();

        Error error;
        const auto outcomes =
                promiseOutcomes(book, period.from, period.to, report.promiseGraceDays, false, &error);
        if (!error.message.isEmpty())
            return std::unexpected(Error{error.code, QCoreApplication::translate("StaffPerformanceService", "promises cannot be evaluated: %1").arg(error.message)});

        std::map<StaffKey, CollectorPerformance> lines;
        for (const StaffRawFigures &raw : repository.staffFigures(period.from, period.to)) {
            CollectorPerformance &p = lines[raw.key];
            p.key = raw.key;
            p.portfolioCustomers = raw.portfolioCustomers;
            p.portfolioOpen = raw.portfolioOpen;
            p.contacts = raw.contacts;
            p.callAttempts = raw.callAttempts;
            p.rightPartyContacts = raw.rightPartyContacts;
            p.promisesTaken = raw.promisesTaken;
            p.promisedAmount = raw.promisedAmount;
            p.collected = raw.collected;
            p.tasksDone = raw.tasksDone;
            p.tasksOverdue = raw.tasksOverdue;
            p.escalations = raw.escalations;
            p.complaints = raw.complaints;
        }
        for (const auto &[key, counts] : outcomes) {
            CollectorPerformance &p = lines[key.first];
            p.key = key.first;
            p.promiseOutcomes = counts;
        }
        // Targets give a line even when nothing happened yet.
        for (const CollectorTargetRow &row : targets) {
            const StaffKey key{row.userId, row.currency};
            if (!lines.contains(key)
                && targetForPeriod(targets, row.userId, row.currency, period.from, period.to).has_value())
                lines[key].key = key;
        }
        for (auto &[key, p] : lines) {
            if (key.userId) {
                const StaffMember member = staff.value(*key.userId);
                p.login = member.login.isEmpty() ? QString::number(*key.userId) : member.login;
                p.name = member.name;
                p.target = targetForPeriod(targets, *key.userId, key.currency, period.from, period.to);
            }
            p.rightPartyContactRate = percent(p.rightPartyContacts, p.callAttempts);
            p.promiseKeptRate = promiseKeptRate(p.promiseOutcomes);
            p.attainment = attainmentOf(p.collected, p.target);
            report.lines.push_back(std::move(p));
        }
        std::sort(report.lines.begin(), report.lines.end(),
                  [](const CollectorPerformance &a, const CollectorPerformance &b) {
                      return lineBefore(a.login, a.key, b.login, b.key);
                  });
        return report;
    });
}

Result<std::vector<CollectorTrend>> StaffPerformanceService::trend(QDate lastDay, int months)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!lastDay.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("StaffPerformanceService", "trend: not a valid date")));
    if (months < 1 || months > kMaxTrendMonths)
        return std::unexpected(Error::invalid(QCoreApplication::translate("StaffPerformanceService", "trend: from 1 to %1 months").arg(kMaxTrendMonths)));

    return reading([&]() -> Result<std::vector<CollectorTrend>> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        const QDate firstMonth = firstOfMonth(lastDay).addMonths(1 - months);
        const int grace = KpiRepository(book).promiseGraceDays(KpiService::kDefaultPromiseGraceDays);
        ManagerRepository repository(book);
        QHash<Id, StaffMember> staff;
        for (const StaffMember &member : repository.staff())
            staff.insert(member.id, member);
        const std::vector<CollectorTargetRow> targets = repository.targets();
        Error error;
        const auto outcomes = promiseOutcomes(book, firstMonth, lastDay, grace, true, &error);
        if (!error.message.isEmpty())
            return std::unexpected(Error{error.code, QCoreApplication::translate("StaffPerformanceService", "promises cannot be evaluated: %1").arg(error.message)});

        std::map<StaffKey, std::map<qint64, CollectorTrendPoint>> points;
        for (const StaffMonthFigures &f : repository.staffMonths(firstMonth, lastDay)) {
            CollectorTrendPoint &p = points[f.key][f.month.toJulianDay()];
            p.collected = f.collected;
            p.contacts = f.contacts;
            p.promisesTaken = f.promisesTaken;
            p.rightPartyContactRate = percent(f.rightPartyContacts, f.callAttempts);
        }
        for (const auto &[key, counts] : outcomes)
            points[key.first][key.second].promiseOutcomes = counts;
        for (const CollectorTargetRow &row : targets)
            points.try_emplace(StaffKey{row.userId, row.currency});

        std::vector<CollectorTrend> result;
        for (auto &[key, byMonth] : points) {
            CollectorTrend trend;
            trend.key = key;
            if (key.userId) {
                const StaffMember member = staff.value(*key.userId);
                trend.login = member.login.isEmpty() ? QString::number(*key.userId) : member.login;
                trend.name = member.name;
            }
            bool anything = false;
            for (QDate month = firstMonth; month <= lastDay; month = month.addMonths(1)) {
                CollectorTrendPoint p = byMonth.contains(month.toJulianDay()) ? byMonth[month.toJulianDay()]
                                                                               : CollectorTrendPoint{};
                p.month = month;
                if (key.userId)
                    p.target = targetForPeriod(targets, *key.userId, key.currency, month,
                                               std::min(lastDay, month.addMonths(1).addDays(-1)));
                p.attainment = attainmentOf(p.collected, p.target);
                p.promiseKeptRate = promiseKeptRate(p.promiseOutcomes);
                anything = anything || p.collected != 0 || p.contacts != 0 || p.target || p.promisesTaken != 0
                           || p.promiseOutcomes.evaluated() != 0;
                trend.months.push_back(p);
            }
            if (anything)
                result.push_back(std::move(trend));
        }
        std::sort(result.begin(), result.end(), [](const CollectorTrend &a, const CollectorTrend &b) {
            return lineBefore(a.login, a.key, b.login, b.key);
        });
        return result;
    });
}

Result<std::vector<CollectorTargetRow>> StaffPerformanceService::targets()
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<CollectorTargetRow>> {
        return ManagerRepository(m_session.book()).targets();
    });
}

Status StaffPerformanceService::setTarget(const QString &login, const QString &period, const QString &currency,
                                          MinorUnits target)
{
    if (auto allowed = m_session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    const bool standing = period == QStringView(kStandingTargetPeriod);
    const QDate month = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    if (!standing && (!month.isValid() || period.size() != 7))
        return std::unexpected(Error::invalid(QCoreApplication::translate("StaffPerformanceService", "target period: \"%1\" is not YYYY-MM or *").arg(period)));
    if (!isValidCurrencyCode(currency))
        return std::unexpected(Error::invalid(QCoreApplication::translate("StaffPerformanceService", "target currency: \"%1\" is not a currency code").arg(currency)));
    if (target < 0)
        return std::unexpected(Error::invalid(QCoreApplication::translate("StaffPerformanceService", "target: must not be negative")));
    return inTransaction(m_session.book(), [&]() -> Status {
        const auto user = UserRepository(m_session.book()).byLogin(login);
        if (!user)
            return std::unexpected(Error::notFound(QCoreApplication::translate("StaffPerformanceService", "target: no user \"%1\"").arg(login)));
        ManagerRepository(m_session.book()).setTarget({user->id, period, currency, target});
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("collector_target.set"), QStringLiteral("user"), user->id,
                        compactJson({{QStringLiteral("period"), period},
                                     {QStringLiteral("currency"), currency},
                                     {QStringLiteral("target"), QString::number(target)}}));
        return {};
    });
}

} // namespace ardesk
