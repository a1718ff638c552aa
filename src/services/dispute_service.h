#pragma once
// Disputes on invoices (ManageDisputes): opening one with the contested amount, a reason
// code, an owner and a due date, and resolving it by credit note, by write-off request or
// by rejection (collectible again). Open disputes are kept out of the overdue amount of
// the queue and shown apart in aging. One transaction and one audit record per call;
// errors as Result<T>.

#include "session.h"

#include <vector>

namespace ardesk {

// pricing, quantity, quality, not_received, duplicate_billing, other
const QStringList &disputeReasonKeys();

enum class DisputeResolution { CreditNote, WriteOffRequest, Rejected };
QString disputeResolutionKey(DisputeResolution resolution); // credit_note, write_off_request, rejected
std::optional<DisputeResolution> disputeResolutionFromKey(QStringView key);

struct DisputeInput final
{
    QString invoiceNumber;
    MinorUnits amount = 0; // > 0 and, with the invoice's other open disputes, <= its open amount
    QString reason;        // disputeReasonKeys()
    QString ownerLogin;    // empty: the acting user
    QDate openedOn;
    QDate dueDate; // invalid: opened + 14 days
    QString notes;
};

// An open dispute as the account shows it.
struct OpenDispute final
{
    Id id = 0;
    QString invoiceNumber;
    MinorUnits amount = 0;
    QString currency;
    QString reason;
    QString ownerLogin;
    QDate openedOn;
    QDate dueDate;
    QString notes;
};

class DisputeService final
{
public:
    explicit DisputeService(Session &session) : m_session(session) { }

    Result<Id> open(const DisputeInput &input);
    // The customer's disputes open on `asOf`, oldest first (ViewCustomers).
    Result<std::vector<OpenDispute>> openDisputes(const QString &customerCode, QDate asOf);
    // creditNoteNumber: the credit note that settled it (optional, must be the customer's).
    // WriteOffRequest files a pending write-off request for the disputed amount (capped at
    // the invoice's open amount) for approval.
    Result<void> resolve(Id disputeId, DisputeResolution resolution, QDate resolvedOn, const QString &notes = {},
                         const QString &creditNoteNumber = {});

private:
    Session &m_session;
};

} // namespace ardesk
