#include "promise_service.h"

#include "storage/customer_figures.h"

#include "collection_support.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <unordered_map>

namespace ardesk {

namespace {
constexpr std::size_t kCustomersPerSlice = 2000;
} // namespace

QString promiseReportKey(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending:
        return QStringLiteral("pending");
    case PromiseStatus::Kept:
        return QStringLiteral("kept");
    case PromiseStatus::PartiallyKept:
        return QStringLiteral("partial");
    case PromiseStatus::Broken:
        return QStringLiteral("broken");
    }
    return QStringLiteral("pending");
}

Result<PromiseRun> PromiseService::evaluate(QDate asOf, std::optional<int> graceDays)
{
    if (Status allowed = m_session.require(Action::TakePromise); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("PromiseService", "the as-of date is not a valid date")));
    if (graceDays && *graceDays < 0)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("PromiseService", "grace days must not be negative (got %1)")
                                       .arg(*graceDays)));

    return inTransaction(m_session.book(), [&]() -> Result<PromiseRun> {
        CollectionRepository repository(m_session.book());
        PromiseRun run;
        run.asOf = asOf;
        run.graceDays = graceDays.value_or(collections::loadSettings(repository).graceDays);
        const auto customers = repository.customerCodes(); // id -> code, collector
        auto codeOf = [&](Id id) {
            const auto it = customers.find(id);
            return it == customers.end() ? QString() : it->second.first;
        };
        auto collectorOf = [&](Id id) {
            const auto it = customers.find(id);
            return it == customers.end() ? std::optional<Id>() : it->second.second;
        };

        const Stamp stamp = m_session.stamp();
        // A slice of customers at a time: each promise depends only on its own customer's
        // payments, and the payments of a whole million-invoice book do not fit in the
        // GUI's memory budget (docs/performance.md).
        const std::vector<Id> promising = repository.customersWithPromises();
        for (std::size_t start = 0; start < promising.size(); start += kCustomersPerSlice) {
            const auto end = promising.begin()
                    + static_cast<std::ptrdiff_t>(std::min(promising.size(), start + kCustomersPerSlice));
            const CustomerScope scope =
                    CustomerScope::of(std::vector<Id>(promising.begin() + static_cast<std::ptrdiff_t>(start), end));
            auto evaluation = collections::evaluateStoredPromises(repository, &scope, asOf, run.graceDays);
            if (!evaluation)
                return std::unexpected(evaluation.error());
            for (qsizetype i = 0; i < evaluation->results.size(); ++i) {
                const StoredPromise &stored = evaluation->promises[static_cast<std::size_t>(i)];
                const PromiseEvaluation &result = evaluation->results[i];
                // Only what changed is written; evaluated_as_of of all of them at the end.
                const QString status = promiseStatusKey(result.status);
                if (status != stored.status || result.counted != stored.paid)
                    repository.storePromiseEvaluation(stored.id, status, result.counted, asOf);

                EvaluatedPromise out;
                out.promiseId = stored.id;
                out.customerId = stored.customerId;
                out.customerCode = codeOf(stored.customerId);
                out.currency = stored.currency;
                out.takenDate = stored.takenDate;
                out.promisedDate = stored.promisedDate;
                out.amount = stored.amount;
                out.paid = result.counted;
                out.status = result.status;
                out.keptOn = result.keptOn;
                out.invoiceId = stored.invoiceId;

                switch (result.status) {
                case PromiseStatus::Kept:
                    ++run.kept;
                    break;
                case PromiseStatus::PartiallyKept:
                    ++run.partial;
                    break;
                case PromiseStatus::Pending:
                    ++run.pending;
                    break;
                case PromiseStatus::Broken: {
                    ++run.broken;
                    const QString key = QStringLiteral("promise_follow_up:%1").arg(stored.id);
                    if (const auto existing = repository.taskByDedupeKey(key)) {
                        out.followUpTaskId = existing->id;
                        break;
                    }
                    const std::optional<Id> collector = collectorOf(stored.customerId);
                    TaskRecord task;
                    task.customerId = stored.customerId;
                    task.assigneeId = collector ? collector : stored.collectorId;
                    task.kind = TaskKind::promiseFollowUp;
                    task.dueDate = stored.promisedDate.addDays(run.graceDays + 1);
                    task.sourceKind = QStringLiteral("promise");
                    task.sourceId = stored.id;
                    task.dedupeKey = key;
                    task.notes = QCoreApplication::translate("PromiseService", "Promise of %1 due %2 was not kept.")
                                         .arg(Money(stored.amount, stored.currency).toDecimalString(),
                                              collections::isoDate(stored.promisedDate));
                    task.createdAt = stamp.at;
                    task.createdBy = stamp.userId;
                    out.followUpTaskId = repository.insertTask(task);
                    ++run.followUpsCreated;
                    break;
                }
                }
                run.promises.push_back(std::move(out));
            }
        }
        repository.markPromisesEvaluated(asOf);
        // The customers whose maintained outcomes a posting made stale (promise_outcomes.h),
        // with the book's grace days, which the queue uses.
        refreshPromiseOutcomes(repository, collections::loadSettings(repository).graceDays);
        // The accounts' figures for the date (customer_figures.h): those a posting made stale
        // or that do not hold for the date, so the day's queues read them.
        refreshCustomerFigures(repository, asOf);
        std::sort(run.promises.begin(), run.promises.end(), [](const EvaluatedPromise &a, const EvaluatedPromise &b) {
            if (a.customerCode != b.customerCode)
                return a.customerCode < b.customerCode;
            if (a.promisedDate != b.promisedDate)
                return a.promisedDate < b.promisedDate;
            if (a.takenDate != b.takenDate)
                return a.takenDate < b.takenDate;
            return a.promiseId < b.promiseId;
        });

        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("promise.evaluate"), QStringLiteral("promises"), std::nullopt,
                        compactJson({{QStringLiteral("as_of"), collections::isoDate(asOf)},
                                     {QStringLiteral("grace_days"), run.graceDays},
                                     {QStringLiteral("kept"), run.kept},
                                     {QStringLiteral("partial"), run.partial},
                                     {QStringLiteral("broken"), run.broken},
                                     {QStringLiteral("pending"), run.pending},
                                     {QStringLiteral("follow_ups_created"), run.followUpsCreated}}));
        return run;
    });
}

Result<std::vector<Id>> PromiseService::take(const PromiseInput &input)
{
    if (Status allowed = m_session.require(Action::TakePromise); !allowed)
        return std::unexpected(allowed.error());
    if (!input.takenOn.isValid())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("PromiseService", "the day the promise was taken is not a valid date")));
    if (input.instalments.empty())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("PromiseService", "a promise needs at least one amount and date")));

    return inTransaction(m_session.book(), [&]() -> Result<std::vector<Id>> {
        CollectionRepository repository(m_session.book());
        LedgerRepository ledger(m_session.book());
        const auto customer = repository.customerByCode(input.customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("PromiseService", "unknown customer %1").arg(input.customerCode)));

        const Stamp stamp = m_session.stamp();
        std::vector<Id> ids;
        QJsonArray details;
        for (std::size_t i = 0; i < input.instalments.size(); ++i) {
            const PromiseInstalment &instalment = input.instalments[i];
            const QString which = QCoreApplication::translate("PromiseService", "promise %1").arg(i + 1);
            if (instalment.amount <= 0)
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("PromiseService", "%1: the amount must be positive").arg(which)));
            if (!instalment.promisedFor.isValid())
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("PromiseService", "%1: the promised date is not a valid date")
                                .arg(which)));
            if (instalment.promisedFor < input.takenOn)
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("PromiseService",
                                                    "%1: promised date %2 is before the day it was taken, %3")
                                .arg(which, collections::isoDate(instalment.promisedFor),
                                     collections::isoDate(input.takenOn))));
            StoredPromise promise;
            promise.customerId = customer->id;
            promise.collectorId = m_session.actor().userId;
            promise.contactId = input.contactId;
            promise.takenDate = input.takenOn;
            promise.promisedDate = instalment.promisedFor;
            promise.amount = instalment.amount;
            promise.currency = customer->currency;
            if (!instalment.invoiceNumber.isEmpty()) {
                const auto invoice = ledger.invoiceByNumber(instalment.invoiceNumber);
                if (!invoice)
                    return std::unexpected(
                            Error::notFound(QCoreApplication::translate("PromiseService", "%1: unknown invoice %2")
                                                    .arg(which, instalment.invoiceNumber)));
                if (invoice->customerId != customer->id)
                    return std::unexpected(Error::invalid(
                            QCoreApplication::translate("PromiseService", "%1: invoice %2 belongs to another customer")
                                    .arg(which, instalment.invoiceNumber)));
                if (repository.invoiceOpenOn(invoice->id, input.takenOn) <= 0)
                    return std::unexpected(Error::invalid(
                            QCoreApplication::translate("PromiseService", "%1: invoice %2 has nothing open on %3")
                                    .arg(which, instalment.invoiceNumber, collections::isoDate(input.takenOn))));
                promise.invoiceId = invoice->id;
            }
            const Id id = repository.insertPromise(promise, stamp);
            ids.push_back(id);
            QJsonObject detail{
                    {QStringLiteral("promise_id"), collections::jsonId(id)},
                    {QStringLiteral("promised_date"), collections::isoDate(instalment.promisedFor)},
                    {QStringLiteral("amount"), Money(instalment.amount, customer->currency).toDecimalString()}};
            if (!instalment.invoiceNumber.isEmpty())
                detail.insert(QStringLiteral("invoice_number"), instalment.invoiceNumber);
            details.append(detail);
        }
        collections::auditOnCustomer(m_session.book(), stamp, QStringLiteral("promise.take"), customer->id,
                                     {{QStringLiteral("customer_code"), customer->code},
                                      {QStringLiteral("taken_date"), collections::isoDate(input.takenOn)},
                                      {QStringLiteral("currency"), customer->currency},
                                      {QStringLiteral("promises"), details}});
        return ids;
    });
}

} // namespace ardesk
