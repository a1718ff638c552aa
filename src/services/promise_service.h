#pragma once
// Promises to pay: taking them (one or more amounts and dates, on the account or on an
// invoice) and evaluating them as of a date with DOMAIN.md's rule (promise_evaluation.h).
// Each call takes the session, checks permission (TakePromise), runs in one transaction
// and writes the audit record. Errors as Result<T>; no exception leaves this layer.

#include "session.h"

#include "domain/promise_evaluation.h"

#include <vector>

namespace ardesk {

struct PromiseInstalment final
{
    MinorUnits amount = 0; // minor units of the customer's currency
    QDate promisedFor;
    QString invoiceNumber; // empty: on the account
};

struct PromiseInput final
{
    QString customerCode;
    QDate takenOn;
    std::vector<PromiseInstalment> instalments;
    std::optional<Id> contactId; // the contact it was obtained on
};

struct EvaluatedPromise final
{
    Id promiseId = 0;
    Id customerId = 0;
    QString customerCode;
    QString currency;
    QDate takenDate;
    QDate promisedDate;
    MinorUnits amount = 0;
    MinorUnits paid = 0; // what counted, never more than the amount
    PromiseStatus status = PromiseStatus::Pending;
    QDate keptOn;
    std::optional<Id> invoiceId;
    std::optional<Id> followUpTaskId; // broken: the follow-up task (created now or before)
};

struct PromiseRun final
{
    QDate asOf;
    int graceDays = 3;
    // Ordered by customer code, promised date, taken date, id.
    std::vector<EvaluatedPromise> promises;
    qint64 kept = 0;
    qint64 partial = 0;
    qint64 broken = 0;
    qint64 pending = 0;
    qint64 followUpsCreated = 0;
};

// "pending", "kept", "partial", "broken": the status keys of the CLI and the reports.
QString promiseReportKey(PromiseStatus status);

class PromiseService final
{
public:
    explicit PromiseService(Session &session) : m_session(session) { }

    // Evaluates every promise of the book as of `asOf` (grace: the book setting when not
    // given), stores status, paid and evaluated_as_of on each, and creates one follow-up
    // task per broken promise (idempotent: dedupe key promise_follow_up:<id>), assigned to
    // the account's collector (else the one who took the promise), due the day after
    // promised date + grace.
    Result<PromiseRun> evaluate(QDate asOf, std::optional<int> graceDays = std::nullopt);

    // Records the promise(s) taken on `takenOn`; returns their ids in input order.
    Result<std::vector<Id>> take(const PromiseInput &input);

private:
    Session &m_session;
};

} // namespace ardesk
