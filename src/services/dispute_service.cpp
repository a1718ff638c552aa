#include "dispute_service.h"

#include "collection_service.h"
#include "collection_support.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace ardesk {

namespace {
constexpr int kDefaultDisputeDays = 14;
} // namespace

const QStringList &disputeReasonKeys()
{
    static const QStringList keys{QStringLiteral("pricing"),           QStringLiteral("quantity"),
                                  QStringLiteral("quality"),           QStringLiteral("not_received"),
                                  QStringLiteral("duplicate_billing"), QStringLiteral("other")};
    return keys;
}

QString disputeResolutionKey(DisputeResolution resolution)
{
    switch (resolution) {
    case DisputeResolution::CreditNote:
        return QStringLiteral("credit_note");
    case DisputeResolution::WriteOffRequest:
        return QStringLiteral("write_off_request");
    case DisputeResolution::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<DisputeResolution> disputeResolutionFromKey(QStringView key)
{
    for (const DisputeResolution r :
         {DisputeResolution::CreditNote, DisputeResolution::WriteOffRequest, DisputeResolution::Rejected})
        if (key == disputeResolutionKey(r))
            return r;
    return std::nullopt;
}

Result<std::vector<OpenDispute>> DisputeService::openDisputes(const QString &customerCode, QDate asOf)
{
    if (Status allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<OpenDispute>> {
        CollectionRepository repository(m_session.book());
        LedgerRepository ledger(m_session.book());
        UserRepository users(m_session.book());
        const auto customer = repository.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("DisputeService", "unknown customer %1").arg(customerCode)));
        std::vector<OpenDispute> result;
        for (const DisputeRecord &d : repository.disputesOpenOn(CustomerScope::of({customer->id}), asOf)) {
            OpenDispute row;
            row.id = d.id;
            if (const auto invoice = ledger.invoiceById(d.invoiceId))
                row.invoiceNumber = invoice->number;
            row.amount = d.amount;
            row.currency = customer->currency;
            row.reason = d.reason;
            if (d.ownerId)
                if (const auto owner = users.byId(*d.ownerId))
                    row.ownerLogin = owner->login;
            row.openedOn = d.openedDate;
            row.dueDate = d.dueDate;
            row.notes = d.notes;
            result.push_back(std::move(row));
        }
        std::sort(result.begin(), result.end(), [](const OpenDispute &a, const OpenDispute &b) {
            return a.openedOn != b.openedOn ? a.openedOn < b.openedOn : a.id < b.id;
        });
        return result;
    });
}

Result<Id> DisputeService::open(const DisputeInput &input)
{
    if (Status allowed = m_session.require(Action::ManageDisputes); !allowed)
        return std::unexpected(allowed.error());
    if (!disputeReasonKeys().contains(input.reason))
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("DisputeService", "'%1' is not a dispute reason (%2)")
                                       .arg(input.reason, disputeReasonKeys().join(QStringLiteral(", ")))));
    if (!input.openedOn.isValid())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DisputeService", "the day the dispute was opened is not a valid date")));
    if (input.dueDate.isValid() && input.dueDate < input.openedOn)
        return std::unexpected(Error::invalid(QCoreApplication::translate(
                "DisputeService", "the dispute's due date is before the day it was opened")));
    if (input.amount <= 0)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("DisputeService", "the disputed amount must be positive")));

    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository ledger(m_session.book());
        CollectionRepository repository(m_session.book());
        const auto invoice = ledger.invoiceByNumber(input.invoiceNumber);
        if (!invoice)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("DisputeService", "unknown invoice %1").arg(input.invoiceNumber)));
        if (invoice->issueDate > input.openedOn)
            return std::unexpected(
                    Error::invalid(QCoreApplication::translate(
                                           "DisputeService", "invoice %1 was issued on %2, after the dispute's date %3")
                                           .arg(invoice->number, collections::isoDate(invoice->issueDate),
                                                collections::isoDate(input.openedOn))));
        // The disputed amount, with the invoice's other open disputes, may not exceed what is
        // open on the invoice (on the dispute's date and now).
        const MinorUnits open =
                std::min(repository.invoiceOpenOn(invoice->id, input.openedOn), ledger.invoiceOpenNow(invoice->id));
        const MinorUnits alreadyDisputed = repository.openDisputedAmount(invoice->id);
        if (input.amount + alreadyDisputed > open) {
            const QString currency = invoice->currency;
            return std::unexpected(
                    Error::invalid(QCoreApplication::translate("DisputeService",
                                                               "the disputed amount %1 is more than invoice %2 has "
                                                               "open and undisputed (%3 open, %4 already "
                                                               "disputed)")
                                           .arg(Money(input.amount, currency).toDecimalString(), invoice->number,
                                                Money(open, currency).toDecimalString(),
                                                Money(alreadyDisputed, currency).toDecimalString())));
        }
        std::optional<Id> owner = m_session.actor().userId;
        if (!input.ownerLogin.isEmpty()) {
            const auto user = UserRepository(m_session.book()).byLogin(input.ownerLogin);
            if (!user || !user->active)
                return std::unexpected(
                        Error::notFound(QCoreApplication::translate("DisputeService", "unknown or inactive user %1")
                                                .arg(input.ownerLogin)));
            owner = user->id;
        }
        const auto customer = repository.customerById(invoice->customerId);
        const Stamp stamp = m_session.stamp();
        DisputeRecord dispute;
        dispute.invoiceId = invoice->id;
        dispute.customerId = invoice->customerId;
        dispute.amount = input.amount;
        dispute.reason = input.reason;
        dispute.ownerId = owner;
        dispute.openedDate = input.openedOn;
        dispute.dueDate = input.dueDate.isValid() ? input.dueDate : input.openedOn.addDays(kDefaultDisputeDays);
        dispute.notes = input.notes;
        const Id id = repository.insertDispute(dispute, stamp);
        collections::auditOnCustomer(
                m_session.book(), stamp, QStringLiteral("dispute.open"), invoice->customerId,
                {{QStringLiteral("customer_code"), customer ? customer->code : QString()},
                 {QStringLiteral("dispute_id"), collections::jsonId(id)},
                 {QStringLiteral("invoice_number"), invoice->number},
                 {QStringLiteral("amount"), Money(input.amount, invoice->currency).toDecimalString()},
                 {QStringLiteral("currency"), invoice->currency},
                 {QStringLiteral("reason"), input.reason},
                 {QStringLiteral("due_date"), collections::isoDate(dispute.dueDate)}});
        return id;
    });
}

Result<void> DisputeService::resolve(Id disputeId, DisputeResolution resolution, QDate resolvedOn, const QString &notes,
                                     const QString &creditNoteNumber)
{
    if (Status allowed = m_session.require(Action::ManageDisputes); !allowed)
        return std::unexpected(allowed.error());
    if (!resolvedOn.isValid())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DisputeService", "the day of the resolution is not a valid date")));

    return inTransaction(m_session.book(), [&]() -> Result<void> {
        LedgerRepository ledger(m_session.book());
        CollectionRepository repository(m_session.book());
        const auto dispute = repository.disputeById(disputeId);
        if (!dispute)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("DisputeService", "unknown dispute %1").arg(disputeId)));
        if (dispute->status != u"open")
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("DisputeService", "dispute %1 is already %2")
                                            .arg(disputeId)
                                            .arg(dispute->status)));
        if (resolvedOn < dispute->openedDate)
            return std::unexpected(
                    Error::invalid(QCoreApplication::translate(
                                           "DisputeService", "dispute %1 cannot be resolved before it was opened (%2)")
                                           .arg(disputeId)
                                           .arg(collections::isoDate(dispute->openedDate))));
        const auto invoice = ledger.invoiceById(dispute->invoiceId);
        const QString currency = invoice ? invoice->currency : QString();
        const Stamp stamp = m_session.stamp();
        std::optional<Id> reference;
        QJsonObject details{{QStringLiteral("dispute_id"), collections::jsonId(disputeId)},
                            {QStringLiteral("resolution"), disputeResolutionKey(resolution)},
                            {QStringLiteral("resolved_date"), collections::isoDate(resolvedOn)}};
        switch (resolution) {
        case DisputeResolution::CreditNote:
            break; // the credit note, when named, is checked below
        case DisputeResolution::WriteOffRequest: {
            const MinorUnits open = ledger.invoiceOpenNow(dispute->invoiceId);
            const MinorUnits amount = std::min(open, dispute->amount);
            if (amount <= 0)
                return std::unexpected(Error::conflict(
                        QCoreApplication::translate("DisputeService", "invoice %1 has nothing open to write off")
                                .arg(invoice ? invoice->number : QString())));
            reference =
                    repository.insertWriteOffRequest(dispute->invoiceId, amount, currency,
                                                     QCoreApplication::translate("DisputeService", "dispute %1 (%2)")
                                                             .arg(disputeId)
                                                             .arg(dispute->reason),
                                                     stamp);
            details.insert(QStringLiteral("write_off_request_id"), collections::jsonId(*reference));
            details.insert(QStringLiteral("amount"), Money(amount, currency).toDecimalString());
            break;
        }
        case DisputeResolution::Rejected:
            break;
        }
        if (resolution == DisputeResolution::CreditNote && !creditNoteNumber.isEmpty()) {
            const auto noteId = repository.creditNoteIdByNumber(creditNoteNumber);
            if (!noteId)
                return std::unexpected(Error::notFound(
                        QCoreApplication::translate("DisputeService", "unknown credit note %1").arg(creditNoteNumber)));
            const auto note = ledger.creditNoteById(*noteId);
            if (!note || note->customerId != dispute->customerId)
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("DisputeService", "credit note %1 belongs to another customer")
                                .arg(creditNoteNumber)));
            reference = *noteId;
            details.insert(QStringLiteral("credit_note_number"), creditNoteNumber);
        }
        repository.resolveDispute(disputeId, disputeResolutionKey(resolution), resolvedOn, reference, notes);
        // The dispute's open follow-up tasks are done with it.
        if (const auto task = repository.taskByDedupeKey(QStringLiteral("dispute_follow_up:%1").arg(disputeId));
            task && task->status == u"open")
            repository.completeTask(task->id, stamp.at, stamp.userId, disputeResolutionKey(resolution));
        const auto customer = repository.customerById(dispute->customerId);
        details.insert(QStringLiteral("customer_code"), customer ? customer->code : QString());
        collections::auditOnCustomer(m_session.book(), stamp, QStringLiteral("dispute.resolve"), dispute->customerId,
                                     details);
        return {};
    });
}

} // namespace ardesk
