#pragma once
// Escalations: a collector hands an account to a supervisor with a reason (Escalate); the
// supervisor (supervisor, manager or admin role) takes the account, reassigns it to another
// collector, returns it with instructions, or closes it. Every step is one transaction
// with an audit record on the customer (the account's timeline) and the tasks that put it
// in the right queue. Errors as Result<T>.
//
// Statuses: open (with the supervisor), taken (the supervisor works the account: it moves
// to the supervisor's portfolio), returned (back to the collector with instructions, until
// the collector completes the escalation task), reassigned, resolved.

#include "session.h"

#include <vector>

namespace ardesk {

// An escalation as the supervisor's queue shows it.
struct EscalationRow final
{
    Id id = 0;
    Id customerId = 0;
    QString customerCode;
    QString customerName;
    QString fromLogin; // the collector who escalated
    QString toLogin;   // the supervisor it is with
    QString reason;
    QString status; // open, taken, returned, reassigned, resolved
    QString instructions;
    QString createdAt; // UTC ISO 8601
};

class EscalationService final
{
public:
    explicit EscalationService(Session &session) : m_session(session) { }

    // To `supervisorLogin`, or when empty: an active supervisor of the collector's region,
    // else the first active supervisor by login. Creates the supervisor's escalation task.
    Result<Id> escalate(const QString &customerCode, const QString &reason, const QString &supervisorLogin = {});
    // The escalations with a supervisor (status open or taken), oldest first: those sent to
    // `supervisorLogin`, or every supervisor's when empty. A supervisory role.
    Result<std::vector<EscalationRow>> queue(const QString &supervisorLogin = {});
    Result<void> take(Id escalationId);
    Result<void> giveBack(Id escalationId, const QString &instructions); // "return it with instructions"
    Result<void> reassign(Id escalationId, const QString &collectorLogin, const QString &instructions = {});
    Result<void> resolve(Id escalationId, const QString &note);

private:
    Session &m_session;
};

} // namespace ardesk
