#include "contact_rules.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace ardesk {

namespace {

Status validate(const QDateTime &now, std::span<const PriorCallAttempt> history, const ContactRuleSettings &settings)
{
    const auto invalid = [](QString message) -> Status { return std::unexpected(Error::invalid(std::move(message))); };
    if (!now.isValid())
        return invalid(QCoreApplication::translate("ContactRules", "the time of the call is not valid"));
    for (std::size_t index = 0; index < history.size(); ++index) {
        if (!history[index].at.isValid())
            return invalid(QCoreApplication::translate("ContactRules", "earlier call attempt %1 has no valid time")
                                   .arg(index + 1));
    }
    if (!settings.windowStart.isValid() || !settings.windowEnd.isValid() || settings.windowStart >= settings.windowEnd)
        return invalid(QCoreApplication::translate("ContactRules", "the contact window must start before it ends"));
    if (settings.maximumCallAttempts < 1 || settings.attemptPeriodDays < 1)
        return invalid(QCoreApplication::translate("ContactRules",
                                                   "the call-attempt cap needs at least 1 attempt in at least 1 day"));
    if (settings.silenceDaysAfterConversation < 0)
        return invalid(QCoreApplication::translate("ContactRules",
                                                   "the days of silence after a conversation must not be negative"));
    return {};
}

ContactDecision blocked(ContactBlockReason reason, QString message, const QDateTime &localTime)
{
    return {reason, std::move(message), localTime};
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString hoursAndMinutes(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace

QString contactBlockReasonKey(ContactBlockReason reason)
{
    switch (reason) {
    case ContactBlockReason::None:
        return QStringLiteral("none");
    case ContactBlockReason::CeaseCommunication:
        return QStringLiteral("cease_communication");
    case ContactBlockReason::AttorneyRepresented:
        return QStringLiteral("attorney_represented");
    case ContactBlockReason::DoNotCall:
        return QStringLiteral("do_not_call");
    case ContactBlockReason::WorkplaceCallsRefused:
        return QStringLiteral("workplace_calls_refused");
    case ContactBlockReason::UnknownTimeZone:
        return QStringLiteral("unknown_time_zone");
    case ContactBlockReason::OutsideContactWindow:
        return QStringLiteral("outside_contact_window");
    case ContactBlockReason::SilenceAfterConversation:
        return QStringLiteral("silence_after_conversation");
    case ContactBlockReason::CallAttemptCap:
        return QStringLiteral("call_attempt_cap");
    }
    return {};
}

Result<ContactDecision> checkCallAttempt(const ContactProfile &profile, const QDateTime &now,
                                         std::span<const PriorCallAttempt> history, CallDestination destination,
                                         const ContactRuleSettings &settings)
{
    if (Status valid = validate(now, history, settings); !valid)
        return std::unexpected(valid.error());

    const QTimeZone zone = profile.timeZoneId.isEmpty() ? QTimeZone() : QTimeZone(profile.timeZoneId);
    const QDateTime localNow = zone.isValid() ? now.toTimeZone(zone) : QDateTime();

    // Flags first: they hold whatever the time.
    if (profile.ceaseCommunication)
        return blocked(ContactBlockReason::CeaseCommunication,
                       QCoreApplication::translate("ContactRules",
                                                   "Cease communication: the customer has asked that all "
                                                   "communication stop. Do not call."),
                       localNow);
    if (profile.attorneyRepresented)
        return blocked(ContactBlockReason::AttorneyRepresented,
                       QCoreApplication::translate("ContactRules",
                                                   "Attorney representation: the customer is represented by an "
                                                   "attorney. Contact the attorney, not the customer."),
                       localNow);
    if (profile.doNotCall)
        return blocked(ContactBlockReason::DoNotCall,
                       QCoreApplication::translate("ContactRules", "Do not call: the customer is flagged do-not-call."),
                       localNow);
    if (profile.workplaceCallsRefused && destination == CallDestination::Workplace)
        return blocked(ContactBlockReason::WorkplaceCallsRefused,
                       QCoreApplication::translate("ContactRules",
                                                   "No calls at work: the customer has refused calls at the "
                                                   "place of work."),
                       localNow);

    const bool consumer = profile.rulePack == RulePack::Consumer;
    if (consumer || settings.windowAppliesToBusiness) {
        if (!zone.isValid())
            return blocked(ContactBlockReason::UnknownTimeZone,
                           QCoreApplication::translate("ContactRules",
                                                       "Contact window: the customer's time zone (%1) is not "
                                                       "known, so the local time cannot be checked. Set the "
                                                       "customer's time zone first.")
                                   .arg(profile.timeZoneId.isEmpty() ? QStringLiteral("-")
                                                                     : QString::fromUtf8(profile.timeZoneId)),
                           localNow);
        const QTime localTime = localNow.time();
        if (localTime < settings.windowStart || localTime >= settings.windowEnd)
            return blocked(ContactBlockReason::OutsideContactWindow,
                           QCoreApplication::translate("ContactRules",
                                                       "Contact window: it is %1 in %2; calls are allowed from "
                                                       "%3 to %4 the customer's local time.")
                                   .arg(hoursAndMinutes(localTime), QString::fromUtf8(profile.timeZoneId),
                                        hoursAndMinutes(settings.windowStart), hoursAndMinutes(settings.windowEnd)),
                           localNow);
    }

    if (!consumer)
        return ContactDecision{ContactBlockReason::None, QString(), localNow};

    // Consumer frequency caps, counted by the customer's local dates.
    const QDate today = localNow.date();
    const QDate periodFirstDay = today.addDays(-(settings.attemptPeriodDays - 1));
    std::vector<QDate> attemptsInPeriod;
    QDate conversationDay;
    for (const PriorCallAttempt &attempt : history) {
        if (attempt.at > now)
            continue;
        const QDate day = attempt.at.toTimeZone(zone).date();
        if (day >= periodFirstDay && day <= today)
            attemptsInPeriod.push_back(day);
        if (attempt.conversation && settings.silenceDaysAfterConversation > 0 && day <= today
            && today <= day.addDays(settings.silenceDaysAfterConversation - 1)
            && (!conversationDay.isValid() || day > conversationDay))
            conversationDay = day;
    }

    if (conversationDay.isValid())
        return blocked(ContactBlockReason::SilenceAfterConversation,
                       QCoreApplication::translate("ContactRules",
                                                   "Consumer rule: no call for %1 days after a conversation, the "
                                                   "conversation day being day 1. Conversation on %2; calls "
                                                   "allowed again from %3.")
                               .arg(QString::number(settings.silenceDaysAfterConversation), isoDate(conversationDay),
                                    isoDate(conversationDay.addDays(settings.silenceDaysAfterConversation))),
                       localNow);

    const auto cap = static_cast<std::size_t>(settings.maximumCallAttempts);
    if (attemptsInPeriod.size() >= cap) {
        std::sort(attemptsInPeriod.begin(), attemptsInPeriod.end());
        // Calls are allowed again once enough of the oldest attempts leave the period.
        const QDate lastToLeave = attemptsInPeriod[attemptsInPeriod.size() - cap];
        return blocked(ContactBlockReason::CallAttemptCap,
                       QCoreApplication::translate("ContactRules",
                                                   "Consumer rule: at most %1 call attempts in %2 consecutive "
                                                   "days per debt. %3 attempts from %4 to %5; calls allowed "
                                                   "again from %6.")
                               .arg(QString::number(settings.maximumCallAttempts),
                                    QString::number(settings.attemptPeriodDays),
                                    QString::number(attemptsInPeriod.size()), isoDate(periodFirstDay), isoDate(today),
                                    isoDate(lastToLeave.addDays(settings.attemptPeriodDays))),
                       localNow);
    }

    return ContactDecision{ContactBlockReason::None, QString(), localNow};
}

} // namespace ardesk
