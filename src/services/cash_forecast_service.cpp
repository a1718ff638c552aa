#include "cash_forecast_service.h"

#include "kpi_service.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/kpi_repository.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// The promises pending as of the date among the customers of the currency: those of the
// customers whose maintained promise outcomes are valid for the date (and nothing counted
// toward them) from the outcomes, the others' from the rule (KpiRepository::readPendingPromises).
// In the order of the rule's inputs (by customer, then id) before the sort, as the rule's
// evaluation alone gave them, so promises due the same day take from the open items in the
// same order.
Result<std::vector<PendingPromise>> pendingPromises(Book &book, QDate asOf, const QHash<Id, StaffKey> &owners,
                                                    const QString &currency, int graceDays)
{
    struct Found
    {
        Id promiseId;
        PendingPromise promise;
    };
    std::vector<Found> found;
    const KpiRepository::PendingPromises inputs = KpiRepository(book).readPendingPromises(asOf, graceDays);
    for (const PromiseToPay &promise : inputs.pending)
        if (owners.value(promise.customerId).currency == currency)
            found.push_back({promise.id, {promise.customerId, promise.invoiceId, promise.promisedFor, promise.amount}});
    if (!inputs.rule.promises.empty()) {
        const auto evaluated = evaluatePromises(inputs.rule.promises, inputs.rule.payments, graceDays, asOf);
        if (!evaluated)
            return std::unexpected(
                    Error{evaluated.error().code, QCoreApplication::translate("CashForecastService", "promises cannot be evaluated: %1").arg(evaluated.error().message)});
        for (qsizetype i = 0; i < evaluated->size(); ++i) {
            const PromiseToPay &promise = inputs.rule.promises[static_cast<std::size_t>(i)];
            const PromiseEvaluation &evaluation = (*evaluated)[i];
            if (evaluation.status != PromiseStatus::Pending || owners.value(promise.customerId).currency != currency)
                continue;
            const MinorUnits remaining = promise.amount - evaluation.counted;
            if (remaining > 0)
                found.push_back({promise.id, {promise.customerId, promise.invoiceId, promise.promisedFor, remaining}});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.promise.customerId != b.promise.customerId ? a.promise.customerId < b.promise.customerId
                                                            : a.promiseId < b.promiseId;
    });
    std::vector<PendingPromise> pending;
    pending.reserve(found.size());
    for (const Found &f : found)
        pending.push_back(f.promise);
    std::sort(pending.begin(), pending.end(), [](const PendingPromise &a, const PendingPromise &b) {
        return a.promisedFor != b.promisedFor ? a.promisedFor < b.promisedFor : a.customerId < b.customerId;
    });
    return pending;
}

} // namespace

qint64 averageDaysLate(MinorUnits weightedDays, MinorUnits amount)
{
    if (amount <= 0)
        return 0;
    return roundedDivide(weightedDays, amount);
}

CashForecast forecastFrom(const ForecastInputs &inputs, const std::vector<PendingPromise> &promises, QDate asOf,
                          int weeks)
{
    CashForecast forecast;
    forecast.asOf = asOf;
    const QDate firstMonday = mondayOf(asOf);
    for (int w = 0; w < weeks; ++w) {
        ForecastWeek week;
        week.start = firstMonday.addDays(7 * w);
        week.end = firstMonday.addDays(7 * w + 6);
        forecast.weeks.push_back(week);
    }

    enum class Part { OpenItems, Promises, Plans };
    auto place = [&](QDate expected, MinorUnits amount, Part part) {
        if (amount == 0)
            return;
        if (expected < asOf) {
            forecast.behindExpectation += amount;
            return;
        }
        const qint64 index = firstMonday.daysTo(expected) / 7;
        if (index >= weeks) {
            forecast.afterHorizon += amount;
            return;
        }
        ForecastWeek &week = forecast.weeks[static_cast<std::size_t>(index)];
        (part == Part::OpenItems ? week.openItems : part == Part::Promises ? week.promises : week.plans) += amount;
    };

    // The collectible part of each item; plan invoices go to their plan.
    struct PoolItem
    {
        Id invoiceId;
        QDate dueDate;
        MinorUnits collectible;
    };
    QHash<Id, std::vector<PoolItem>> pool; // by customer, in due date order
    QHash<Id, std::pair<Id, std::size_t>> whereIs; // invoice -> (customer, index)
    std::map<Id, MinorUnits> planRemaining;
    for (const ForecastOpenItem &item : inputs.openItems) {
        if (forecast.currency.isEmpty())
            forecast.currency = item.currency;
        const MinorUnits disputed = std::clamp<MinorUnits>(item.disputed, 0, std::max<MinorUnits>(item.open, 0));
        forecast.disputed += disputed;
        const MinorUnits collectible = item.open - disputed;
        if (const auto plan = inputs.planOfInvoice.constFind(item.invoiceId); plan != inputs.planOfInvoice.constEnd()) {
            planRemaining[*plan] += collectible;
            continue;
        }
        std::vector<PoolItem> &items = pool[item.customerId];
        whereIs.insert(item.invoiceId, {item.customerId, items.size()});
        items.push_back({item.invoiceId, item.dueDate, collectible});
    }

    for (const ForecastPlanInstalment &instalment : inputs.instalments) {
        MinorUnits &left = planRemaining[instalment.planId];
        const MinorUnits amount = std::clamp<MinorUnits>(instalment.amount, 0, std::max<MinorUnits>(left, 0));
        left -= amount;
        place(instalment.dueDate, amount, Part::Plans);
    }

    for (const PendingPromise &promise : promises) {
        MinorUnits left = promise.remaining;
        MinorUnits taken = 0;
        if (promise.invoiceId) {
            const auto found = whereIs.constFind(*promise.invoiceId);
            if (found == whereIs.constEnd())
                continue; // paid, in a plan or not of this currency
            PoolItem &item = pool[found->first][found->second];
            taken = std::min(left, std::max<MinorUnits>(item.collectible, 0));
            item.collectible -= taken;
        } else {
            for (PoolItem &item : pool[promise.customerId]) {
                if (left == 0)
                    break;
                const MinorUnits t = std::min(left, std::max<MinorUnits>(item.collectible, 0));
                item.collectible -= t;
                left -= t;
                taken += t;
            }
        }
        place(std::max(promise.promisedFor, asOf), taken, Part::Promises);
    }

    for (auto it = pool.cbegin(); it != pool.cend(); ++it) {
        const auto history = inputs.lateness.value(it.key(), {0, 0});
        const qint64 shift = averageDaysLate(history.first, history.second);
        for (const PoolItem &item : it.value())
            place(item.dueDate.addDays(shift), item.collectible, Part::OpenItems);
    }
    return forecast;
}

Result<std::vector<QString>> CashForecastService::currencies()
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<QString>> {
        return ManagerRepository(m_session.book()).currenciesByOpenAmount();
    });
}

Result<CashForecast> CashForecastService::forecast(const QString &currency, QDate asOf, int pastWeeks)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("CashForecastService", "forecast: not a valid date")));
    if (pastWeeks < 0 || pastWeeks > kMaxPastWeeks)
        return std::unexpected(Error::invalid(QCoreApplication::translate("CashForecastService", "forecast: from 0 to %1 past weeks").arg(kMaxPastWeeks)));

    return reading([&]() -> Result<CashForecast> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        ManagerRepository repository(book);
        const int grace = KpiRepository(book).promiseGraceDays(KpiService::kDefaultPromiseGraceDays);
        const QHash<Id, StaffKey> owners = repository.customerOwners();

        // The as-of date and the Monday of each past week, their inputs read at once.
        const QDate monday = mondayOf(asOf);
        std::vector<QDate> days{asOf};
        for (int k = pastWeeks; k >= 1; --k)
            days.push_back(monday.addDays(-7 * k));
        const std::vector<ForecastInputs> inputs = repository.forecastInputsOn(days, currency);
        auto forecastAsOf = [&](std::size_t index, int weeks) -> Result<CashForecast> {
            auto promises = pendingPromises(book, days[index], owners, currency, grace);
            if (!promises)
                return std::unexpected(promises.error());
            return forecastFrom(inputs[index], *promises, days[index], weeks);
        };

        auto result = forecastAsOf(0, kWeeks);
        if (!result)
            return result;
        CashForecast forecast = std::move(*result);
        forecast.currency = currency;
        const QDate firstPast = monday.addDays(-7 * pastWeeks);
        const auto receipts = repository.receipts(firstPast, asOf, asOf, currency);
        auto receivedIn = [&](QDate from, QDate to) {
            MinorUnits sum = 0;
            for (auto it = receipts.lower_bound(from); it != receipts.end() && it->first <= to; ++it)
                sum += it->second;
            return sum;
        };
        forecast.weeks.front().actual = receivedIn(monday, asOf);
        for (int k = pastWeeks; k >= 1; --k) {
            const QDate start = monday.addDays(-7 * k);
            auto past = forecastAsOf(static_cast<std::size_t>(pastWeeks - k + 1), 1);
            if (!past)
                return std::unexpected(past.error());
            ForecastWeek week = past->weeks.front();
            week.actual = receivedIn(start, week.end);
            forecast.past.push_back(week);
        }
        return forecast;
    });
}

} // namespace ardesk
