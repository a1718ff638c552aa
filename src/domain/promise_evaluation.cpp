#include "promise_evaluation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace ardesk {

namespace {

Status invalid(QString message)
{
    return std::unexpected(Error::invalid(std::move(message)));
}

Status validate(std::span<const PromiseToPay> promises, int graceDays, QDate asOf)
{
    if (graceDays < 0)
        return invalid(QCoreApplication::translate("PromiseEvaluation", "grace days must not be negative (got %1)")
                               .arg(graceDays));
    if (!asOf.isValid())
        return invalid(QCoreApplication::translate("PromiseEvaluation", "the as-of date is not a valid date"));
    QSet<qint64> seen;
    for (const PromiseToPay &promise : promises) {
        if (seen.contains(promise.id))
            return invalid(
                    QCoreApplication::translate("PromiseEvaluation", "promise %1 is listed twice").arg(promise.id));
        seen.insert(promise.id);
        if (!promise.takenOn.isValid() || !promise.promisedFor.isValid())
            return invalid(QCoreApplication::translate("PromiseEvaluation",
                                                       "promise %1: the taken or promised date is not a valid date")
                                   .arg(promise.id));
        if (promise.promisedFor < promise.takenOn)
            return invalid(
                    QCoreApplication::translate("PromiseEvaluation",
                                                "promise %1: promised date %2 is before the day it was taken, %3")
                            .arg(QString::number(promise.id), promise.promisedFor.toString(Qt::ISODate),
                                 promise.takenOn.toString(Qt::ISODate)));
        if (promise.amount <= 0)
            return invalid(
                    QCoreApplication::translate("PromiseEvaluation", "promise %1: the promised amount must be positive")
                            .arg(promise.id));
    }
    return {};
}

} // namespace

QDate promiseDeadline(const PromiseToPay &promise, int graceDays)
{
    return promise.promisedFor.addDays(graceDays);
}

Result<QList<PromiseEvaluation>> evaluatePromises(std::span<const PromiseToPay> promises,
                                                  std::span<const ReceivedPayment> payments, int graceDays, QDate asOf)
{
    if (Status valid = validate(promises, graceDays, asOf); !valid)
        return std::unexpected(valid.error());

    const std::size_t promiseCount = promises.size();
    std::vector<MinorUnits> counted(promiseCount, 0);
    std::vector<QDate> keptOn(promiseCount);
    std::vector<QDate> deadlines(promiseCount);
    for (std::size_t index = 0; index < promiseCount; ++index)
        deadlines[index] = promiseDeadline(promises[index], graceDays);

    // Each customer's promises, earliest first: promised date, taken date, id.
    QHash<qint64, std::vector<std::size_t>> promisesByCustomer;
    for (std::size_t index = 0; index < promiseCount; ++index)
        promisesByCustomer[promises[index].customerId].push_back(index);
    for (auto &indexes : promisesByCustomer) {
        std::sort(indexes.begin(), indexes.end(), [&](std::size_t left, std::size_t right) {
            const PromiseToPay &a = promises[left];
            const PromiseToPay &b = promises[right];
            if (a.promisedFor != b.promisedFor)
                return a.promisedFor < b.promisedFor;
            if (a.takenOn != b.takenOn)
                return a.takenOn < b.takenOn;
            return a.id < b.id;
        });
    }

    // Payments in the order received: by date, then input order.
    std::vector<std::size_t> paymentOrder;
    paymentOrder.reserve(payments.size());
    for (std::size_t index = 0; index < payments.size(); ++index) {
        const ReceivedPayment &payment = payments[index];
        if (payment.receivedOn.isValid() && payment.receivedOn <= asOf && payment.amount > 0)
            paymentOrder.push_back(index);
    }
    std::stable_sort(paymentOrder.begin(), paymentOrder.end(), [&](std::size_t left, std::size_t right) {
        return payments[left].receivedOn < payments[right].receivedOn;
    });

    for (const std::size_t paymentIndex : paymentOrder) {
        const ReceivedPayment &payment = payments[paymentIndex];
        const auto customer = promisesByCustomer.constFind(payment.customerId);
        if (customer == promisesByCustomer.constEnd())
            continue;

        MinorUnits remaining = payment.amount;
        QHash<qint64, MinorUnits> appliedRemaining;
        for (const InvoiceApplication &application : payment.applications) {
            if (application.amount > 0)
                appliedRemaining[application.invoiceId] += application.amount;
        }

        for (const std::size_t promiseIndex : *customer) {
            if (remaining <= 0)
                break;
            const PromiseToPay &promise = promises[promiseIndex];
            const MinorUnits outstanding = promise.amount - counted[promiseIndex];
            if (outstanding <= 0)
                continue;
            if (payment.receivedOn < promise.takenOn || payment.receivedOn > deadlines[promiseIndex])
                continue;
            MinorUnits available = remaining;
            if (promise.invoiceId)
                available = std::min(available, appliedRemaining.value(*promise.invoiceId, 0));
            const MinorUnits taken = std::min(available, outstanding);
            if (taken <= 0)
                continue;
            counted[promiseIndex] += taken;
            remaining -= taken;
            if (promise.invoiceId)
                appliedRemaining[*promise.invoiceId] -= taken;
            if (counted[promiseIndex] >= promise.amount)
                keptOn[promiseIndex] = payment.receivedOn;
        }
    }

    QList<PromiseEvaluation> evaluations;
    evaluations.reserve(static_cast<qsizetype>(promiseCount));
    for (std::size_t index = 0; index < promiseCount; ++index) {
        PromiseEvaluation evaluation;
        evaluation.promiseId = promises[index].id;
        evaluation.counted = counted[index];
        if (counted[index] >= promises[index].amount) {
            evaluation.status = PromiseStatus::Kept;
            evaluation.keptOn = keptOn[index];
        } else if (asOf <= deadlines[index]) {
            evaluation.status = PromiseStatus::Pending;
        } else {
            evaluation.status = counted[index] > 0 ? PromiseStatus::PartiallyKept : PromiseStatus::Broken;
        }
        evaluations.append(evaluation);
    }
    return evaluations;
}

QString promiseStatusKey(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending:
        return QStringLiteral("pending");
    case PromiseStatus::Kept:
        return QStringLiteral("kept");
    case PromiseStatus::PartiallyKept:
        return QStringLiteral("partially_kept");
    case PromiseStatus::Broken:
        return QStringLiteral("broken");
    }
    return {};
}

QString promiseStatusLabel(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending:
        return QCoreApplication::translate("PromiseEvaluation", "Pending");
    case PromiseStatus::Kept:
        return QCoreApplication::translate("PromiseEvaluation", "Kept");
    case PromiseStatus::PartiallyKept:
        return QCoreApplication::translate("PromiseEvaluation", "Partially kept");
    case PromiseStatus::Broken:
        return QCoreApplication::translate("PromiseEvaluation", "Broken");
    }
    return {};
}

} // namespace ardesk
