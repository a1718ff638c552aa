#include "kpi_service.h"

#include "service_support.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <ctime>
#include <map>

namespace ardesk {

namespace {


} // namespace

// The day a promise's outcome became final as of asOf: the day it was kept, or the first
// day after promised date + grace (when it turned partially kept or broken). Pending
// promises have none.
std::optional<QDate> promiseOutcomeDay(const PromiseToPay &promise, const PromiseEvaluation &evaluation, int graceDays)
{
    switch (evaluation.status) {
    case PromiseStatus::Kept:
        return evaluation.keptOn;
    case PromiseStatus::PartiallyKept:
    case PromiseStatus::Broken:
        return promiseDeadline(promise, graceDays).addDays(1);
    case PromiseStatus::Pending:
        return std::nullopt;
    }
    return std::nullopt;
}

QString kpiGroupingKey(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Total:
        return QStringLiteral("total");
    case KpiGrouping::Collector:
        return QStringLiteral("collector");
    case KpiGrouping::Segment:
        return QStringLiteral("segment");
    case KpiGrouping::RiskClass:
        return QStringLiteral("risk");
    }
    return QStringLiteral("total");
}

std::optional<KpiGrouping> kpiGroupingFromKey(QStringView key)
{
    for (const KpiGrouping grouping :
         {KpiGrouping::Total, KpiGrouping::Collector, KpiGrouping::Segment, KpiGrouping::RiskClass})
        if (key == kpiGroupingKey(grouping))
            return grouping;
    return std::nullopt;
}

Result<KpiReport> KpiService::compute(QDate asOf, int months, KpiGrouping grouping, KpiPromiseInputs *promisesRead)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("KpiService", "as-of: not a valid date")));
    if (months < 1 || months > kMaxMonths)
        return std::unexpected(Error::invalid(QCoreApplication::translate("KpiService", "months: must be from 1 to %1, not %2").arg(kMaxMonths).arg(months)));

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    KpiReport report;
    report.asOf = asOf;
    report.months = months;
    report.periodStart = periodStart(asOf, months);
    report.daysInPeriod = daysInPeriod(asOf, months);
    report.grouping = grouping;

    auto raw = reading([&]() -> Result<KpiRawData> {
        KpiRepository repository(m_session.book());
        report.promiseGraceDays = repository.promiseGraceDays(kDefaultPromiseGraceDays);
        return repository.read(asOf, months, grouping, report.promiseGraceDays);
    });
    if (!raw)
        return std::unexpected(raw.error());
    const qint64 readMs = timer.elapsed();

    std::map<KpiGroupKey, KpiValues> values;
    auto valuesFor = [&](const KpiGroupKey &key) -> KpiValues & {
        auto [it, inserted] = values.try_emplace(key);
        if (inserted) {
            it->second.key = key;
            it->second.figures.months = months;
            it->second.figures.daysInPeriod = report.daysInPeriod;
        }
        return it->second;
    };

    for (KpiRawFigures &figures : raw->figures) {
        KpiValues &v = valuesFor(figures.key);
        v.figures.beginningAr = figures.beginningAr;
        v.figures.endingAr = figures.endingAr;
        v.figures.endingCurrentAr = figures.endingCurrentAr;
        v.figures.creditSales = figures.creditSales;
        v.figures.writtenOff = figures.writtenOff;
        v.monthlySales = std::move(figures.monthlySales);
        v.paidInPeriod = figures.paidAmount;
        v.averageDaysToPay = averageDaysToPay(figures.paidAmountDays, figures.paidAmount);
    }

    // Promise outcomes that fell in the period, per the customer's group.
    const KpiPromiseInputs &inputs = raw->promises;
    if (!inputs.promises.empty()) {
        const auto evaluated = evaluatePromises(inputs.promises, inputs.payments, report.promiseGraceDays, asOf);
        if (!evaluated)
            return std::unexpected(
                    Error{evaluated.error().code,
                          QCoreApplication::translate("KpiService", "promises in the book cannot be evaluated: %1").arg(evaluated.error().message)});
        for (qsizetype i = 0; i < evaluated->size(); ++i) {
            const PromiseToPay &promise = inputs.promises[static_cast<std::size_t>(i)];
            const PromiseEvaluation &evaluation = (*evaluated)[i];
            const auto outcome = promiseOutcomeDay(promise, evaluation, report.promiseGraceDays);
            if (!outcome || *outcome < report.periodStart || *outcome > asOf)
                continue;
            KpiValues &v = valuesFor(inputs.groupOfCustomer.value(promise.customerId));
            if (evaluation.status == PromiseStatus::Kept)
                ++v.promises.kept;
            else if (evaluation.status == PromiseStatus::PartiallyKept)
                ++v.promises.partiallyKept;
            else
                ++v.promises.broken;
        }
    }
    // Those decided by the maintained promise outcomes (valid for the date), counted alike.
    for (const KpiPromiseOutcome &decided : inputs.decided) {
        KpiValues &v = valuesFor(inputs.groupOfCustomer.value(decided.customerId));
        if (decided.status == PromiseStatus::Kept)
            ++v.promises.kept;
        else if (decided.status == PromiseStatus::PartiallyKept)
            ++v.promises.partiallyKept;
        else
            ++v.promises.broken;
    }

    for (auto &[key, v] : values) {
        const PeriodFigures &f = v.figures;
        v.dsoStandard = dsoStandard(f);
        v.dsoCountback = dsoCountback(f.endingAr, v.monthlySales, asOf);
        v.bestPossibleDso = bestPossibleDso(f);
        v.averageDaysDelinquent = averageDaysDelinquent(f);
        v.collectionEffectivenessIndex = collectionEffectivenessIndex(f);
        v.percentCurrent = percentCurrent(f.endingCurrentAr, f.endingAr);
        v.promiseKeptRate = promiseKeptRate(v.promises);
        v.promisePartiallyKeptRate = promisePartiallyKeptRate(v.promises);
        v.badDebtRatio = badDebtRatio(f);
        report.results.push_back(std::move(v));
    }

    if (promisesRead)
        *promisesRead = std::move(raw->promises);
    if (auto logger = spdlog::get("ardesk.services"))
        logger->debug("kpi as of {} for {} months by {}: {} lines, read {} ms, total {} ms ({} ms of CPU)",
                      asOf.toString(Qt::ISODate).toStdString(), months, kpiGroupingKey(grouping).toStdString(),
                      report.results.size(), readMs, timer.elapsed(),
                      (std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
    return report;
}

} // namespace ardesk
