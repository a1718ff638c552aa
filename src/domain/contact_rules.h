#pragma once
// Compliance guard for a collector's call attempt (DOMAIN.md "Rules a collections desk
// enforces", docs/domain-rules.md). Pure: "now" is a parameter, given in UTC; the
// customer's local time comes from the customer's IANA time zone (QTimeZone).
//
// Error style: checkCallAttempt returns Result<ContactDecision>. A call that a rule
// forbids is NOT an error: it is a ContactDecision with a reason and a translated message
// naming the rule. Only malformed input is an Error (ErrorCode::InvalidArgument): an
// invalid "now", a prior attempt without a valid time, or inconsistent settings. A
// customer whose time zone is missing or unknown is blocked (UnknownTimeZone) wherever
// the contact window applies: the guard fails closed. Nothing throws.
//
// Rule packs: Business is the default and is subject to the flags and (by default) the
// contact window. Consumer adds the US consumer call-frequency caps (Regulation F):
//   - at most maximumCallAttempts (7) call attempts in attemptPeriodDays (7) consecutive
//     days per debt: the attempts on the customer's local dates today-6 .. today count,
//     so a new call is blocked when 7 are already there;
//   - no call for silenceDaysAfterConversation (7) days after a telephone conversation,
//     the conversation's local date being day 1: a conversation on local date D blocks
//     calls through D+6.
// Days are the customer's local calendar dates, never UTC dates.
//
// Checks run in this order and the first that blocks is reported: cease communication,
// attorney representation, do not call, calls at work refused, time zone, contact window,
// silence after a conversation, call-attempt cap.

#include "error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <span>

namespace ardesk {

enum class RulePack {
    Business, // default: business-to-business collection
    Consumer, // US consumer rules: contact window plus call-frequency caps
};

struct ContactRuleSettings final
{
    // Local contact window, half-open: a call at windowStart is allowed, a call at
    // windowEnd is not (a call begun at 21:00 would be talking after 21:00).
    QTime windowStart{8, 0};
    QTime windowEnd{21, 0};
    bool windowAppliesToBusiness = true; // consumer customers always get the window
    int maximumCallAttempts = 7;         // consumer: per debt within attemptPeriodDays
    int attemptPeriodDays = 7;
    int silenceDaysAfterConversation = 7; // consumer: 0 switches the rule off
};

// What the guard needs to know about the customer (or the contact person) and the debt.
struct ContactProfile final
{
    RulePack rulePack = RulePack::Business;
    QByteArray timeZoneId; // IANA, e.g. "America/Los_Angeles"
    bool doNotCall = false;
    bool ceaseCommunication = false;
    bool attorneyRepresented = false;
    bool workplaceCallsRefused = false; // the customer asked not to be called at work
};

enum class CallDestination {
    Personal,  // home or mobile number
    Workplace, // the customer's place of work
};

// A call attempt already made about the same debt.
struct PriorCallAttempt final
{
    QDateTime at;              // when it was placed (any time spec; UTC as stored)
    bool conversation = false; // a telephone conversation with the customer (right-party contact)
};

enum class ContactBlockReason {
    None, // allowed
    CeaseCommunication,
    AttorneyRepresented,
    DoNotCall,
    WorkplaceCallsRefused,
    UnknownTimeZone,
    OutsideContactWindow,
    SilenceAfterConversation,
    CallAttemptCap,
};

struct ContactDecision final
{
    ContactBlockReason reason = ContactBlockReason::None;
    QString message;     // translated; names the rule; empty when allowed
    QDateTime localTime; // "now" in the customer's time zone (invalid if the zone is unknown)

    bool allowed() const { return reason == ContactBlockReason::None; }
};

// Untranslated stable key of a reason ("none", "cease_communication", ...) for the audit trail.
QString contactBlockReasonKey(ContactBlockReason reason);

// May the collector call this customer now? `history` holds the earlier call attempts
// about the same debt; attempts after `now` are ignored.
Result<ContactDecision> checkCallAttempt(const ContactProfile &profile, const QDateTime &now,
                                         std::span<const PriorCallAttempt> history,
                                         CallDestination destination = CallDestination::Personal,
                                         const ContactRuleSettings &settings = {});

} // namespace ardesk
