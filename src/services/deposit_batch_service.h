#pragma once
// Deposit batches: a clerk keys a batch of checks against a control total and count;
// the batch posts only when the lines add up to both, and then all its payments post in
// ONE transaction (or none: any refused line rolls the whole batch back). Each payment
// carries the batch id; a line that names an invoice is applied to it up to its open
// amount (the rest stays unapplied cash), as the payment imports do.
// Errors as Result<T> (services layer style); messages name the line and field.

#include "session.h"

#include <vector>

namespace ardesk {

struct DepositLine final {
    QString customerCode;
    MinorUnits amount = 0;
    QString reference;     // check number; unique per customer (in the batch and the book)
    QString invoiceNumber; // optional
};

struct DepositBatchInput final {
    QString name;
    QString currency;
    QDate receivedDate;
    QString method = QStringLiteral("check");
    MinorUnits controlTotal = 0;
    int controlCount = 0;
    std::vector<DepositLine> lines;
};

struct PostedBatch final {
    Id batchId = 0;
    std::vector<Id> paymentIds;
    MinorUnits applied = 0;
    MinorUnits unapplied = 0;
};

class DepositBatchService final {
public:
    explicit DepositBatchService(Session &session) : m_session(session) {}

    // The checks that need no book: count and total against the controls, amounts,
    // currency, date. Shared with the dialog so it says the same as the service.
    static Status checkBalanced(const DepositBatchInput &input);

    Result<PostedBatch> post(const DepositBatchInput &input);

private:
    Session &m_session;
};

} // namespace ardesk
