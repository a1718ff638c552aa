#pragma once
// Promise-to-pay evaluation (DOMAIN.md "Promise to pay", docs/domain-rules.md):
// which payments count toward which promise, and whether each promise is kept, pending,
// partially kept or broken as of a date. Pure: "today" is the asOf parameter.
//
// Error style: evaluatePromises returns Result<...>; malformed input (invalid dates,
// a non-positive promised amount, a promised date before the day it was taken, negative
// grace days, duplicate promise ids) is an ErrorCode::InvalidArgument naming the promise,
// and nothing is evaluated. Nothing throws.
//
// The rule:
// - A payment counts toward a promise of the same customer when it was received from the
//   day the promise was taken to the promised date plus grace days (both included) and
//   not after asOf. For a promise that names an invoice only the part of the payment
//   applied to that invoice counts.
// - Payments are taken in the order received (by date, then input order). Each fills the
//   customer's earliest open promise first (by promised date, then taken date, then id);
//   the rest flows to the next open promise. A promise is open for a payment when the
//   payment's date is within its window and the promise is not yet fully kept.
//   A payment is counted once: what one promise took is not counted again for another.
// - Kept as soon as the counted amount reaches the promised amount (keptOn = that
//   payment's date); Pending while asOf <= promised date + grace and not kept; then
//   PartiallyKept when something counted, Broken when nothing did.
//
// Callers pass payments net of reversals (a payment reversed on or before asOf is left
// out) and, per payment, its applications to invoices as of asOf. Non-positive payment
// or application amounts count toward nothing.

#include "error.h"
#include "money.h"

#include <QDate>
#include <QList>

#include <optional>
#include <span>

namespace ardesk {

struct PromiseToPay final
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate takenOn;
    QDate promisedFor;
    MinorUnits amount = 0;
    std::optional<qint64> invoiceId; // set when the promise names one invoice
};

struct InvoiceApplication final
{
    qint64 invoiceId = 0;
    MinorUnits amount = 0;
};

struct ReceivedPayment final
{
    qint64 customerId = 0;
    QDate receivedOn;
    MinorUnits amount = 0;
    QList<InvoiceApplication> applications; // only needed for invoice-specific promises
};

enum class PromiseStatus {
    Pending,
    Kept,
    PartiallyKept,
    Broken,
};

struct PromiseEvaluation final
{
    qint64 promiseId = 0;
    PromiseStatus status = PromiseStatus::Pending;
    MinorUnits counted = 0; // never more than the promised amount
    QDate keptOn;           // valid only when status == Kept

    friend bool operator==(const PromiseEvaluation &, const PromiseEvaluation &) = default;
};

// The last day a payment counts toward the promise: promised date + grace days.
QDate promiseDeadline(const PromiseToPay &promise, int graceDays);

// Evaluates every promise as of asOf. The result has one entry per promise, in the
// order of `promises`.
Result<QList<PromiseEvaluation>> evaluatePromises(std::span<const PromiseToPay> promises,
                                                  std::span<const ReceivedPayment> payments, int graceDays, QDate asOf);

// Untranslated stable key ("pending", "kept", "partially_kept", "broken") for storage and
// exports, and the translated label for display.
QString promiseStatusKey(PromiseStatus status);
QString promiseStatusLabel(PromiseStatus status);

} // namespace ardesk
