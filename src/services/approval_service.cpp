#include "approval_service.h"

#include "collection_service.h"
#include "ledger_service.h"
#include "service_support.h"

#include "domain/currency.h"
#include "storage/collection_repository.h"
#include "storage/user_repository.h"

namespace ardesk {

namespace {

Error noRequest(Id id)
{
    return Error::notFound(QCoreApplication::translate("ApprovalService", "write-off request %1 does not exist").arg(id));
}

// One whole sentence per status, never the stored status code inside a sentence.
Error alreadyDecided(Id id, const QString &status)
{
    if (status == u"approved")
        return Error::conflict(
                QCoreApplication::translate("ApprovalService", "write-off request %1 is already approved").arg(id));
    if (status == u"rejected")
        return Error::conflict(
                QCoreApplication::translate("ApprovalService", "write-off request %1 is already rejected").arg(id));
    return Error::conflict(
            QCoreApplication::translate("ApprovalService", "write-off request %1 is already decided").arg(id));
}

} // namespace

Result<Id> ApprovalService::requestWriteOff(const QString &invoiceNumber, MinorUnits amount, const QString &reason)
{
    if (!m_session.can(Action::ManageDisputes))
        if (auto allowed = m_session.require(Action::LogContact); !allowed)
            return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ApprovalService", "reason: a write-off request needs a reason")));
    if (amount <= 0)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ApprovalService", "amount: must be greater than zero")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository ledger(m_session.book());
        const auto invoice = ledger.invoiceByNumber(invoiceNumber);
        if (!invoice)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("ApprovalService", "invoice %1 does not exist").arg(invoiceNumber)));
        const MinorUnits open = ledger.invoiceOpenNow(invoice->id);
        if (amount > open)
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("ApprovalService", "amount: invoice %1 has only %2 open")
                            .arg(invoiceNumber, Money(open, invoice->currency).toDecimalString())));
        const Stamp stamp = m_session.stamp();
        const Id id = CollectionRepository(m_session.book())
                              .insertWriteOffRequest(invoice->id, amount, invoice->currency, reason.trimmed(), stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("write_off.request"), QStringLiteral("adjustment_request"), id,
                        compactJson({{QStringLiteral("invoice"), invoiceNumber},
                                     {QStringLiteral("amount"), Money(amount, invoice->currency).toDecimalString()},
                                     {QStringLiteral("reason"), reason.trimmed()}}));
        return id;
    });
}

Result<std::vector<ApprovalQueueItem>> ApprovalService::queue()
{
    if (auto allowed = m_session.require(Action::ApproveWriteOff); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<ApprovalQueueItem>> {
        PolicyRepository repo(m_session.book());
        const std::vector<ApprovalLimit> limits = repo.approvalLimits();
        std::vector<ApprovalQueueItem> items;
        for (AdjustmentRequest &request : repo.adjustmentRequests(QStringLiteral("pending"))) {
            const bool within = mayApprove(limits, roleKey(m_session.actor().role), request.amount, request.currency);
            items.push_back({std::move(request), within});
        }
        return items;
    });
}

Result<Id> ApprovalService::approve(Id requestId, QDate date, const QString &note)
{
    if (auto allowed = m_session.require(Action::ApproveWriteOff); !allowed)
        return std::unexpected(allowed.error());
    if (!date.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("ApprovalService", "date: is not a date")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        PolicyRepository repo(m_session.book());
        const auto request = repo.adjustmentRequest(requestId);
        if (!request)
            return std::unexpected(noRequest(requestId));
        if (request->status != u"pending")
            return std::unexpected(alreadyDecided(requestId, request->status));
        const Actor &actor = m_session.actor();
        if (actor.userId && request->requestedBy && *actor.userId == *request->requestedBy)
            return std::unexpected(Error::denied(QCoreApplication::translate(
                    "ApprovalService", "%1 may not approve their own write-off request").arg(actor.login)));
        if (!mayApprove(repo.approvalLimits(), roleKey(actor.role), request->amount, request->currency))
            return std::unexpected(Error::denied(
                    QCoreApplication::translate("ApprovalService",
                                                "%1 (%2) may not approve a write-off of %3 %4: above the role's "
                                                "approval limit")
                            .arg(actor.login, roleDisplayName(actor.role),
                                 Money(request->amount, request->currency).toDecimalString(), request->currency)));
        LedgerRepository ledger(m_session.book());
        auto writeOff = LedgerService(m_session).postApprovedWriteOff(ledger, request->invoiceId, request->amount, date,
                                                                      request->reason, request->requestedBy,
                                                                      actor.userId);
        if (!writeOff)
            return std::unexpected(writeOff.error());
        const Stamp stamp = m_session.stamp();
        repo.decideAdjustmentRequest(requestId, QStringLiteral("approved"), actor.userId, stamp.at, note, *writeOff);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("write_off.approve"), QStringLiteral("adjustment_request"), requestId,
                        compactJson({{QStringLiteral("write_off_id"), static_cast<qint64>(*writeOff)},
                                     {QStringLiteral("note"), note}}));
        return *writeOff;
    });
}

Result<void> ApprovalService::reject(Id requestId, const QString &note)
{
    if (auto allowed = m_session.require(Action::ApproveWriteOff); !allowed)
        return std::unexpected(allowed.error());
    if (note.trimmed().isEmpty())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ApprovalService", "note: a rejection needs a reason for the collector")));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        PolicyRepository repo(m_session.book());
        const auto request = repo.adjustmentRequest(requestId);
        if (!request)
            return std::unexpected(noRequest(requestId));
        if (request->status != u"pending")
            return std::unexpected(alreadyDecided(requestId, request->status));
        const Stamp stamp = m_session.stamp();
        repo.decideAdjustmentRequest(requestId, QStringLiteral("rejected"), m_session.actor().userId, stamp.at,
                                     note.trimmed(), std::nullopt);
        // The account goes back to its collector: a call task due today.
        TaskRecord task;
        task.customerId = request->customerId;
        task.kind = TaskKind::call;
        task.dueDate = QDate::fromString(stamp.at.left(10), Qt::ISODate);
        task.sourceKind = QStringLiteral("adjustment_request");
        task.sourceId = requestId;
        task.dedupeKey = QStringLiteral("write_off_rejected:%1").arg(requestId);
        task.notes = QCoreApplication::translate("ApprovalService", "write-off of %1 rejected: %2")
                             .arg(request->invoiceNumber, note.trimmed());
        task.createdAt = stamp.at;
        task.createdBy = stamp.userId;
        CollectionRepository(m_session.book()).insertTask(task);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("write_off.reject"), QStringLiteral("adjustment_request"), requestId,
                        compactJson({{QStringLiteral("note"), note.trimmed()}}));
        return {};
    });
}

Result<MinorUnits> ApprovalService::recordRecovery(const QString &invoiceNumber, Id paymentId, QDate date)
{
    if (auto allowed = m_session.require(Action::PostPayment); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<MinorUnits> {
        LedgerRepository ledger(m_session.book());
        const auto invoice = ledger.invoiceByNumber(invoiceNumber);
        if (!invoice)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("ApprovalService", "invoice %1 does not exist").arg(invoiceNumber)));
        return LedgerService(m_session).recoverWriteOff(ledger, invoice->id, paymentId, date);
    });
}

Result<std::vector<ApprovalLimit>> ApprovalService::limits()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<ApprovalLimit>> { return PolicyRepository(m_session.book()).approvalLimits(); });
}

Result<void> ApprovalService::setLimit(const ApprovalLimit &limit)
{
    if (auto allowed = m_session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    if (!roleFromKey(limit.role))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ApprovalService", "role: '%1' is not a role").arg(limit.role)));
    if (!isValidCurrencyCode(limit.currency))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ApprovalService", "currency: '%1' is not an ISO 4217 code").arg(limit.currency)));
    if (limit.maxAmount && *limit.maxAmount < 0)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ApprovalService", "max_amount: must not be negative")));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        PolicyRepository(m_session.book()).saveApprovalLimit(limit);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("approval_limit.set"), QStringLiteral("approval_limit"),
                        std::nullopt,
                        compactJson({{QStringLiteral("role"), limit.role},
                                     {QStringLiteral("currency"), limit.currency},
                                     {QStringLiteral("max_amount"),
                                      limit.maxAmount ? QJsonValue(static_cast<qint64>(*limit.maxAmount))
                                                      : QJsonValue()}}));
        return {};
    });
}

} // namespace ardesk
