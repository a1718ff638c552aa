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

namespace ardesk {

class EscalationService final
{
public:
    explicit EscalationService(Session &session) : m_session(session) { }

    // To `supervisorLogin`, or when empty: an active supervisor of the collector's region,
    // else the first active supervisor by login. Creates the supervisor's escalation task.
    Result<Id> escalate(const QString &customerCode, const QString &reason, const QString &supervisorLogin = {});
    Result<void> take(Id escalationId);
    Result<void> giveBack(Id escalationId, const QString &instructions); // "return it with instructions"
    Result<void> reassign(Id escalationId, const QString &collectorLogin, const QString &instructions = {});
    Result<void> resolve(Id escalationId, const QString &note);

private:
    Session &m_session;
};

} // namespace ardesk
