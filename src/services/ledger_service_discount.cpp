// LedgerService: the early-payment discount taken with a payment, in the payment's own
// transaction (docs/credit-policy.md "Taking the discount"). The payment, its allocations
// and the discount credit notes are posted together or not at all; reversing the payment
// reverses its discount credit notes too.

#include "ledger_service.h"

#include "service_support.h"
#include "storage/policy_repository.h"
#include "storage/posting_repository.h"
#include "storage/user_repository.h"

#include "domain/credit_policy.h"

#include <algorithm>

namespace ardesk {

namespace {
const QString kDiscountReason = QStringLiteral("early_pay_discount");

QString money(MinorUnits amount, const QString &currency)
{
    return Money(amount, currency).toDecimalString();
}
} // namespace

MinorUnits LedgerService::discountOn(LedgerRepository &repo, const Invoice &invoice, QDate paymentDate)
{
    PolicyRepository policies(repo.book());
    const auto policyId = policies.customerPolicyId(invoice.customerId);
    if (!policyId)
        return 0;
    const auto policy = policies.policyById(*policyId);
    if (!policy)
        return 0;
    const MinorUnits open = repo.invoiceAvailableFrom(invoice.id, std::max(paymentDate, invoice.issueDate));
    return discountOffered(open, invoice.issueDate, paymentDate, policy->discountPercentHundredths,
                           policy->discountDays);
}

Result<std::vector<LedgerService::DiscountTaken>> LedgerService::planDiscounts(LedgerRepository &repo,
                                                                                const Customer &customer,
                                                                                const PaymentInput &input,
                                                                                const std::vector<Id> &invoiceIds,
                                                                                const std::vector<AllocationLine> &lines)
{
    std::vector<DiscountTaken> result;
    for (const Id invoiceId : invoiceIds) {
        if (std::any_of(result.begin(), result.end(), [&](const DiscountTaken &d) { return d.invoiceId == invoiceId; }))
            continue;
        const auto invoice = repo.invoiceById(invoiceId);
        if (!invoice || invoice->customerId != customer.id)
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("LedgerService", "discount: %1 is not an invoice of %2")
                            .arg(invoice ? invoice->number : QString::number(invoiceId), customer.code)));
        DiscountTaken taken;
        taken.invoiceId = invoice->id;
        taken.invoiceNumber = invoice->number;
        taken.date = std::max(input.receivedDate, invoice->issueDate);
        taken.open = repo.invoiceAvailableFrom(invoice->id, taken.date);
        taken.discount = discountOn(repo, *invoice, input.receivedDate);
        if (taken.discount <= 0)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("LedgerService",
                                                "discount: no early-payment discount is offered on %1 for a payment "
                                                "on %2")
                            .arg(invoice->number, input.receivedDate.toString(Qt::ISODate))));
        MinorUnits applied = 0;
        for (const AllocationLine &line : lines)
            if (line.invoiceId == invoice->id)
                applied += line.amount;
        if (applied != taken.open - taken.discount)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("LedgerService",
                                                "discount: the discount of %1 on %2 is taken only when the payment "
                                                "settles the rest: apply exactly %3 (open %4 less the discount), "
                                                "not %5")
                            .arg(money(taken.discount, invoice->currency), invoice->number,
                                 money(taken.open - taken.discount, invoice->currency),
                                 money(taken.open, invoice->currency), money(applied, invoice->currency))));
        result.push_back(taken);
    }
    return result;
}

Status LedgerService::postDiscounts(LedgerRepository &repo, const Customer &customer, const PaymentInput &input,
                                    const std::vector<DiscountTaken> &discounts, PostedPayment &posted)
{
    const Stamp stamp = m_session.stamp();
    for (const DiscountTaken &taken : discounts) {
        CreditNote note;
        note.number = QStringLiteral("DISC-%1").arg(taken.invoiceNumber);
        // A second discount on the same invoice (the first one's payment was reversed).
        for (int n = 2; repo.creditNoteNumberExists(note.number); ++n)
            note.number = QStringLiteral("DISC-%1-%2").arg(taken.invoiceNumber).arg(n);
        note.customerId = customer.id;
        note.issueDate = input.receivedDate;
        note.amount = taken.discount;
        note.currency = customer.currency;
        note.reason = kDiscountReason;
        const Id noteId = repo.postCreditNote(note, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("credit_note.post"), QStringLiteral("credit_note"), noteId,
                        compactJson({{QStringLiteral("number"), note.number},
                                     {QStringLiteral("customer"), customer.code},
                                     {QStringLiteral("amount"), money(note.amount, note.currency)},
                                     {QStringLiteral("reason"), note.reason},
                                     {QStringLiteral("payment_id"), static_cast<qint64>(posted.paymentId)}}));
        auto allocated = allocateInside(repo, AllocationSource::CreditNote, noteId, taken.invoiceId, taken.discount,
                                        taken.date, kDiscountReason);
        if (!allocated)
            return std::unexpected(allocated.error());
        PostingRepository(m_session.book()).insertPaymentDiscount(noteId, posted.paymentId, taken.invoiceId);
        posted.discountCreditNoteIds.push_back(noteId);
        posted.discounted += taken.discount;
    }
    return {};
}

void LedgerService::reverseDiscountsOf(LedgerRepository &repo, Id paymentId, QDate date, const Stamp &stamp)
{
    for (const Id noteId : PostingRepository(m_session.book()).discountCreditNotes(paymentId)) {
        if (repo.isReversed(ReversalKind::CreditNote, noteId))
            continue;
        QDate reversalDate = date;
        for (const Allocation &allocation : repo.liveAllocations(AllocationSource::CreditNote, noteId)) {
            Allocation reversing = allocation;
            reversing.id = 0;
            reversing.amount = -allocation.amount;
            reversing.date = std::max(date, allocation.date);
            reversing.reversesId = allocation.id;
            reversalDate = std::max(reversalDate, reversing.date);
            repo.postAllocation(reversing, stamp, QStringLiteral("reversal"));
        }
        const QString reason = QStringLiteral("payment %1 reversed: discount not earned").arg(paymentId);
        repo.postReversal({0, ReversalKind::CreditNote, noteId, reversalDate, reason}, stamp);
        repo.markSourceReversed(ReversalKind::CreditNote, noteId, reversalDate);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("credit_note.reverse"), QStringLiteral("credit_note"), noteId,
                        compactJson({{QStringLiteral("date"), reversalDate.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), reason}}));
    }
}

} // namespace ardesk
