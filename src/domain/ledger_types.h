#pragma once
// The records of the receivables ledger, as plain values. Posted records (invoices,
// credit notes, payments, allocations, reversals, write-offs) are never edited or
// deleted: a mistake is undone by a dated reversing entry.

#include "money.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace ardesk {

using Id = std::int64_t;

struct Customer final {
    Id id = 0;
    QString code;
    QString name;
    QString currency;
    int termsDays = 30;
    std::optional<MinorUnits> creditLimit; // in the customer's currency; empty = no limit set
    QString email;
    QString phone;
    QString timeZone; // IANA name, e.g. Europe/Prague
    QString country;  // ISO 3166 alpha-2
    QString language; // en, de, fr, sv, cs
    QString notes;
    QString segment;
    QString riskClass; // A-E or empty
    QString region;
    bool consumer = false;
    std::optional<Id> collectorId;
};

struct Invoice final {
    Id id = 0;
    QString number;
    Id customerId = 0;
    QDate issueDate;
    QDate dueDate;
    MinorUnits amount = 0;
    QString currency;
    // invoices.kind: empty or "invoice" for a sale; "interest" and "compensation" for the
    // debit notes of late-payment interest and recovery compensation (docs/interest.md).
    QString kind;
};

enum class PaymentMethod { Check, Wire, Card, Cash, DirectDebit, BankFile, Other };
QString paymentMethodKey(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromKey(QStringView key);

struct Payment final {
    Id id = 0;
    QString reference;
    Id customerId = 0;
    QDate receivedDate;
    MinorUnits amount = 0;
    QString currency;
    QString method; // a key such as check, wire, card (paymentMethodKey); free text is kept as given
};

struct CreditNote final {
    Id id = 0;
    QString number;
    Id customerId = 0;
    QDate issueDate;
    MinorUnits amount = 0;
    QString currency;
    QString reason;
};

// Where the money applied to an invoice comes from.
enum class AllocationSource { Payment = 1, CreditNote = 2, WriteOff = 3 };

// A dated application of part of a payment, a credit note or a write-off to one invoice.
// A reversal of an allocation is itself an allocation row with the negated amount and
// reversesId set; so the applied amount as of any date is a plain sum.
struct Allocation final {
    Id id = 0;
    Id invoiceId = 0;
    AllocationSource source = AllocationSource::Payment;
    Id sourceId = 0;
    QDate date;
    MinorUnits amount = 0;
    std::optional<Id> reversesId;
};

enum class ReversalKind { Payment = 1, Allocation = 2, CreditNote = 3 };

struct Reversal final {
    Id id = 0;
    ReversalKind kind = ReversalKind::Payment;
    Id targetId = 0;
    QDate date;
    QString reason;
};

// One open item as the allocation rules see it.
struct OpenItem final {
    Id invoiceId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    MinorUnits open = 0;
};

} // namespace ardesk
