#include "promise_outcomes.h"

#include "collection_repository.h"
#include "storage_error.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {
constexpr std::size_t kCustomersPerSlice = 2000;
} // namespace

QDate promiseOutcomesHorizon()
{
    return {9999, 12, 31};
}

PromiseStatus PromiseOutcome::statusOn(QDate asOf, int graceDays) const
{
    if (keptOn.isValid() && keptOn <= asOf)
        return PromiseStatus::Kept;
    if (asOf <= promisedDate.addDays(graceDays))
        return PromiseStatus::Pending;
    return paid > 0 ? PromiseStatus::PartiallyKept : PromiseStatus::Broken;
}

std::unordered_map<Id, CustomerOutcomes> computePromiseOutcomes(CollectionRepository &repository,
                                                                const std::vector<Id> &customers, int graceDays)
{
    std::unordered_map<Id, CustomerOutcomes> result;
    if (customers.empty())
        return result;
    const CustomerScope scope = CustomerScope::of(customers);
    const QDate horizon = promiseOutcomesHorizon();
    const std::vector<StoredPromise> stored = repository.promises(&scope);
    const std::vector<PromisePayment> received = repository.promisePayments(&scope, horizon, graceDays);
    const PromiseRuleInputs inputs = promiseRuleInputs(stored, received);
    const auto evaluated = evaluatePromises(inputs.promises, inputs.payments, graceDays, horizon);
    if (!evaluated)
        throw StorageError(evaluated.error().message);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const PromiseEvaluation &e = (*evaluated)[static_cast<qsizetype>(i)];
        result[stored[i].customerId].promises.push_back(
                {stored[i].id, stored[i].customerId, stored[i].promisedDate, e.counted, e.keptOn});
    }
    for (const auto &[customerId, day] : repository.promiseChangeDays(scope))
        if (const auto it = result.find(customerId); it != result.end())
            it->second.changeDay = day;
    return result;
}

qint64 refreshPromiseOutcomes(CollectionRepository &repository, int graceDays)
{
    const std::vector<Id> stale = repository.customersNeedingOutcomes(graceDays);
    for (std::size_t start = 0; start < stale.size(); start += kCustomersPerSlice) {
        const auto begin = stale.begin() + static_cast<std::ptrdiff_t>(start);
        const auto end = stale.begin() + static_cast<std::ptrdiff_t>(std::min(stale.size(), start + kCustomersPerSlice));
        const std::vector<Id> slice(begin, end);
        repository.storePromiseOutcomes(slice, computePromiseOutcomes(repository, slice, graceDays), graceDays);
    }
    return static_cast<qint64>(stale.size());
}

PromiseOutcomeCheck checkPromiseOutcomes(Book &book)
{
    CollectionRepository repository(book);
    PromiseOutcomeCheck check;
    // By grace days (normally one value), in slices of customers.
    std::map<int, std::vector<Id>> byGrace;
    for (const auto &[customerId, state] : repository.storedOutcomeCustomers())
        byGrace[state.first].push_back(customerId);
    for (auto &[grace, customers] : byGrace) {
        std::sort(customers.begin(), customers.end());
        check.customers += static_cast<qint64>(customers.size());
        for (std::size_t start = 0; start < customers.size(); start += kCustomersPerSlice) {
            const std::vector<Id> slice(
                    customers.begin() + static_cast<std::ptrdiff_t>(start),
                    customers.begin() + static_cast<std::ptrdiff_t>(std::min(customers.size(), start + kCustomersPerSlice)));
            std::unordered_map<Id, CustomerOutcomes> expected = computePromiseOutcomes(repository, slice, grace);
            std::unordered_map<Id, CustomerOutcomes> stored = repository.storedPromiseOutcomes(slice);
            for (const Id customerId : slice) {
                CustomerOutcomes &want = expected[customerId];
                CustomerOutcomes &have = stored[customerId];
                auto byId = [](const PromiseOutcome &a, const PromiseOutcome &b) { return a.promiseId < b.promiseId; };
                std::sort(want.promises.begin(), want.promises.end(), byId);
                std::sort(have.promises.begin(), have.promises.end(), byId);
                if (want.changeDay == have.changeDay && want.promises == have.promises)
                    continue;
                ++check.problems;
                if (!check.firstProblem.isEmpty())
                    continue;
                QString detail;
                if (want.promises.size() != have.promises.size()) {
                    const int storedCount = static_cast<int>(have.promises.size());
                    detail = QCoreApplication::translate("LedgerVerifier", "%n promise(s) stored, the ledger has %1",
                                                         nullptr, storedCount)
                                     .arg(want.promises.size());
                } else if (want.changeDay != have.changeDay) {
                    detail = QCoreApplication::translate("LedgerVerifier",
                                                         "valid from day %1 stored, the ledger gives %2")
                                     .arg(have.changeDay)
                                     .arg(want.changeDay);
                } else {
                    for (std::size_t i = 0; i < want.promises.size(); ++i) {
                        const PromiseOutcome &w = want.promises[i];
                        const PromiseOutcome &h = have.promises[i];
                        if (w == h)
                            continue;
                        detail = QCoreApplication::translate(
                                         "LedgerVerifier",
                                         "promise %1: %2 counted, kept on %3 stored; the ledger gives %4, kept on %5")
                                         .arg(w.promiseId)
                                         .arg(h.paid)
                                         .arg(h.keptOn.toString(Qt::ISODate), QString::number(w.paid),
                                              w.keptOn.toString(Qt::ISODate));
                        break;
                    }
                }
                check.firstProblem = QCoreApplication::translate("LedgerVerifier", "customer %1: %2")
                                             .arg(customerId)
                                             .arg(detail);
            }
        }
    }
    return check;
}

} // namespace ardesk
