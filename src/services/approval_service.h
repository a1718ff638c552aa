#pragma once
// Write-off (adjustment) requests and their approval (docs/approvals.md): a request with a
// reason waits in the approvers' queue; an approver with approve_write_off whose role's limit
// (approval_limits, settings data) covers the amount approves it, which posts the write-off
// through LedgerService; a rejection sends the account back to its collector. A later payment
// on a written-off invoice is a recovery. Services style: Session::require, Result<T>, one
// transaction per call, audited.

#include "session.h"

#include "storage/policy_repository.h"

#include <vector>

namespace ardesk {

struct ApprovalQueueItem final {
    AdjustmentRequest request;
    bool withinMyLimit = false; // the acting user's role may approve this amount
};

class ApprovalService final {
public:
    explicit ApprovalService(Session &session) : m_session(session) {}

    // A write-off request for `amount` (<= what is open now) with a reason. Needs log_contact
    // (collectors and supervisors work the accounts) or manage_disputes.
    Result<Id> requestWriteOff(const QString &invoiceNumber, MinorUnits amount, const QString &reason);
    // Pending requests, oldest first, each marked whether the actor's limit covers it.
    // Needs approve_write_off.
    Result<std::vector<ApprovalQueueItem>> queue();
    // Needs approve_write_off and a limit row of the actor's role covering the amount (at the
    // limit: allowed; above: refused, PermissionDenied). Nobody approves their own request.
    Result<Id> approve(Id requestId, QDate date, const QString &note = {});
    // Needs approve_write_off (any amount); a task for the account's collector.
    Result<void> reject(Id requestId, const QString &note);
    // A payment on a written-off invoice (docs/approvals.md#recoveries). Needs post_payment.
    Result<MinorUnits> recordRecovery(const QString &invoiceNumber, Id paymentId, QDate date);

    // The limits per role (view_customers) and their edit (change_settings).
    Result<std::vector<ApprovalLimit>> limits();
    Result<void> setLimit(const ApprovalLimit &limit);

private:
    Session &m_session;
};

} // namespace ardesk
