#pragma once
// Posting to the receivables ledger: invoices, credit notes, payments, allocations and
// their reversals. Every call takes the session (acting user), checks permission, runs
// in one transaction, writes the audit record and returns Result<T>. The ledger rules of
// DOMAIN.md hold after every call, as of every date.

#include "domain/instalment_terms.h"
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
    // Invoices on which the early-payment discount of the customer's policy is taken
    // (docs/credit-policy.md "Taking the discount"): each must be offered a discount on the
    // received date and be applied exactly its open amount less that discount; the discount is
    // credited (credit note DISC-<invoice>) in the same transaction as the payment, or nothing
    // is posted. Needs post_invoice besides post_payment.
    std::vector<Id> takeDiscountOn;
    bool takeDiscount = false; // with Apply::Invoice: take the discount on that invoice
};

// The parts of an invoice of `amount` issued on `issueDate` by a policy's instalment terms
// text (docs/credit-policy.md "Instalment terms"): the split, or none when the text is empty
// or not valid terms, or the amount is too small for two parts (then it is one item). The one
// rule of postInvoice and `import invoices`.
std::vector<InstalmentPart> partsByPolicyTerms(MinorUnits amount, QDate issueDate, const QString &instalmentTerms);

struct PostedPayment final {
    Id paymentId = 0;
    std::vector<Id> allocationIds;
    MinorUnits applied = 0;
    MinorUnits unapplied = 0;
    std::vector<Id> discountCreditNoteIds; // DISC-<invoice>, one per invoice in takeDiscountOn
    MinorUnits discounted = 0;
};

class LedgerService final {
public:
    explicit LedgerService(Session &session) : m_session(session) {}

    Result<Id> addCustomer(Customer customer);
    Result<void> updateCustomer(const Customer &customer);

    // Writes the invoice's instalments in the same transaction (docs/credit-policy.md
    // "Instalment terms"): the explicit `parts` when given (2 to 24, seq 1.., due dates on or
    // after the issue date and increasing, amounts > 0 adding up to the invoice's), else the
    // split by the instalment terms of the customer's policy, else none.
    Result<Id> postInvoice(Invoice invoice, const QString &customerCode, std::vector<InstalmentPart> parts = {});
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
    // Early-payment discounts (ledger_service_discount.cpp): what each invoice of
    // input.takeDiscountOn is offered, checked against the lines; then their credit notes.
    struct DiscountTaken {
        Id invoiceId = 0;
        QString invoiceNumber;
        MinorUnits open = 0;
        MinorUnits discount = 0;
        QDate date;
    };
    Result<std::vector<DiscountTaken>> planDiscounts(LedgerRepository &repo, const Customer &customer,
                                                     const PaymentInput &input, const std::vector<Id> &invoiceIds,
                                                     const std::vector<AllocationLine> &lines);
    Status postDiscounts(LedgerRepository &repo, const Customer &customer, const PaymentInput &input,
                         const std::vector<DiscountTaken> &discounts, PostedPayment &posted);
    // The discount the customer's policy offers on `invoice` for a payment on `paymentDate`
    // (0 outside the discount period or without terms), on its open amount on that date.
    static MinorUnits discountOn(LedgerRepository &repo, const Invoice &invoice, QDate paymentDate);
    // Reverses the discount credit notes posted with a payment (reversePayment's hook).
    void reverseDiscountsOf(LedgerRepository &repo, Id paymentId, QDate date, const Stamp &stamp);
    Result<Id> allocateInside(LedgerRepository &repo, AllocationSource source, Id sourceId, Id invoiceId,
                              MinorUnits amount, QDate date, const QString &reasonCode);
    Session &m_session;
};

} // namespace ardesk
