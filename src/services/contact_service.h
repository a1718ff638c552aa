#pragma once
// Contacts with customers (the contact log), the compliance guard in front of a call, and
// complaints. Each call takes the session, checks permission (LogContact), runs in one
// transaction and writes the audit record. Errors as Result<T>; nothing throws.
//
// The guard (contact_rules.h) runs for outbound calls (channel call_out): the profile comes
// from the customer (consumer -> consumer rule pack, time zone, do-not-call, cease
// communication, attorney, no calls at work), the history from the customer's earlier
// call_out contacts (a conversation = an outcome reaching the right party), the contact
// window from the book settings, and "now" is the contact's time, passed in. A blocked call
// is refused with ErrorCode::PermissionDenied and a message naming the rule, and nothing is
// written, unless a supervisor, manager or admin gives an override reason: then the contact
// is stored with override_reason / override_by and the audit record names the rule.

#include "session.h"

#include "domain/contact_rules.h"

#include <QDateTime>

namespace ardesk {

// Channels: call_out, call_in, email, letter, visit.
const QStringList &contactChannelKeys();
// Outcomes: right_party_contact, third_party, no_answer, voicemail_left, wrong_number,
// refused_to_pay, dispute_raised, promise_taken, payment_plan_requested, complaint.
const QStringList &contactOutcomeKeys();
// Outcomes that are a conversation with the right party (for the silence rule).
bool isConversationOutcome(const QString &outcome);

struct ContactInput final
{
    QString customerCode;
    QDateTime at; // when the contact happened ("now" for the guard), any time spec
    QString channel;
    QString person;
    QString outcome;
    QString notes;
    int durationSeconds = 0;
    QDate followUp; // valid: a call task for that day
    CallDestination destination = CallDestination::Personal;
    QString overrideReason;          // supervisors only, when the guard blocks
    std::optional<Id> completesTask; // a queue task this contact finishes
};

struct LoggedContact final
{
    Id contactId = 0;
    std::optional<Id> followUpTaskId;
    bool overridden = false;
    ContactBlockReason overriddenRule = ContactBlockReason::None;
};

struct ComplaintInput final
{
    QString customerCode;
    QDate receivedOn;
    QString channel;                 // letter, email, call
    QString category;                // free key, e.g. collector_conduct, billing_error, service
    std::optional<int> satisfaction; // 1-5
    QString description;
    QString resolution;
    QDate resolvedOn;
};

class ContactService final
{
public:
    explicit ContactService(Session &session) : m_session(session) { }

    // May the user call the customer now? (no change, no audit)
    Result<ContactDecision> checkCall(const QString &customerCode, const QDateTime &now,
                                      CallDestination destination = CallDestination::Personal);
    Result<LoggedContact> logContact(const ContactInput &input);
    Result<Id> logComplaint(const ComplaintInput &input);

private:
    Session &m_session;
};

} // namespace ardesk
