#pragma once
// Posting to the receivables ledger: invoices, credit notes, payments, allocations and
// their reversals. Every call takes the session (acting user), checks permission, runs
// in one transaction, writes the audit record and returns Result<T>. The ledger rules of
// DOMAIN.md hold after every call, as of every date.

#include "session.h"

#include "domain/allocation.h"
#include "domain/ledger_types.h"

#include <QObject>

#include <vector>

namespace ardesk {

struct PaymentInput final {
    QString customerCode;
    QDate receivedDate;
    MinorUnits amount = 0;
    QString currency; // empty: the customer's currency
    QString method;
    QString reference;
    // None: all unapplied; OldestDueFirst: automatic; Lines: as given; Invoice: to the
    // invoice named invoiceNumber, up to its open amount (the rest stays unapplied).
    enum class Apply { None, OldestDueFirst, Lines, Invoice };
    Apply apply = Apply::None;
    std::vector<AllocationLine> lines; // with Apply::Lines
    QString invoiceNumber;             // with Apply::Invoice
    QString shortPaymentReason;        // reason code when an item is not fully paid
};

struct PostedPayment final {
    Id paymentId = 0;
    std::vector<Id> allocationIds;
    MinorUnits applied = 0;
    MinorUnits unapplied = 0;
};

class LedgerService final {
public:
    explicit LedgerService(Session &session) : m_session(session) {}

    Result<Id> addCustomer(Customer customer);
    Result<void> updateCustomer(const Customer &customer);

    Result<Id> postInvoice(Invoice invoice, const QString &customerCode);
    Result<Id> postCreditNote(CreditNote note, const QString &customerCode, std::optional<Id> applyToInvoice = {});
    Result<PostedPayment> postPayment(const PaymentInput &input);
    // Applies part of what is left of a payment or credit note to an invoice on `date`.
    Result<Id> allocate(AllocationSource source, Id sourceId, Id invoiceId, MinorUnits amount, QDate date,
                        const QString &reasonCode = {});
    Result<Id> reverseAllocation(Id allocationId, QDate date, const QString &reason);
    Result<Id> reversePayment(Id paymentId, QDate date, const QString &reason);
    Result<Id> reverseCreditNote(Id creditNoteId, QDate date, const QString &reason);

    // Validation shared with the imports (messages name the field).
    static Result<void> validateCustomer(const Customer &customer);

    // Write-offs come only from the approval workflow (ApprovalService, docs/approvals.md),
    // which has checked approve_write_off and the approver's limit; these two run inside its
    // transaction and post rows like every other posting (nothing is edited or deleted).
    // An approved write-off: a write_offs row and its allocation to the invoice on `date`.
    Result<Id> postApprovedWriteOff(LedgerRepository &repo, Id invoiceId, MinorUnits amount, QDate date,
                                    const QString &reason, std::optional<Id> requestedBy, std::optional<Id> approvedBy);
    // A recovery: reverses the invoice's live write-off allocations on `date`, applies what is
    // left of the payment to the invoice (up to what was written off) and writes the rest off
    // again (same requester and approver). Returns the amount recovered.
    Result<MinorUnits> recoverWriteOff(LedgerRepository &repo, Id invoiceId, Id paymentId, QDate date);

private:
    Result<Id> allocateInside(LedgerRepository &repo, AllocationSource source, Id sourceId, Id invoiceId,
                              MinorUnits amount, QDate date, const QString &reasonCode);
    Session &m_session;
};

} // namespace ardesk
