#include "contact_service.h"

#include "collection_support.h"
#include "service_support.h"

#include "storage/collection_repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace ardesk {

namespace {

const QString kCallOut = QStringLiteral("call_out");

ContactProfile profileOf(const DeskCustomer &customer)
{
    ContactProfile profile;
    profile.rulePack = customer.consumer ? RulePack::Consumer : RulePack::Business;
    profile.timeZoneId = customer.timeZone.toUtf8();
    profile.doNotCall = customer.doNotCall;
    profile.ceaseCommunication = customer.ceaseCommunication;
    profile.attorneyRepresented = customer.attorney;
    profile.workplaceCallsRefused = customer.noWorkCalls;
    return profile;
}

ContactRuleSettings ruleSettingsOf(const CollectionSettings &settings)
{
    ContactRuleSettings rules;
    rules.windowStart = settings.windowStart;
    rules.windowEnd = settings.windowEnd;
    rules.windowAppliesToBusiness = settings.windowAppliesToBusiness;
    return rules;
}

// The guard for a call to `customer` at `now`, from the stored call attempts.
Result<ContactDecision> guard(CollectionRepository &repository, const DeskCustomer &customer, const QDateTime &now,
                              CallDestination destination)
{
    const ContactRuleSettings rules = ruleSettingsOf(collections::loadSettings(repository));
    // Enough history for the attempt window and the silence after a conversation, with a
    // day either side for time zones.
    const int lookback = std::max(rules.attemptPeriodDays, rules.silenceDaysAfterConversation) + 2;
    const QString since = now.toUTC().addDays(-lookback).toString(Qt::ISODate);
    std::vector<PriorCallAttempt> history;
    for (const ContactRecord &contact : repository.contactsSince(customer.id, since)) {
        if (contact.channel != kCallOut)
            continue;
        const QDateTime at = QDateTime::fromString(contact.at, Qt::ISODate);
        if (!at.isValid())
            continue;
        history.push_back({at, isConversationOutcome(contact.outcome)});
    }
    return checkCallAttempt(profileOf(customer), now, history, destination, rules);
}

} // namespace

const QStringList &contactChannelKeys()
{
    static const QStringList keys{QStringLiteral("call_out"), QStringLiteral("call_in"), QStringLiteral("email"),
                                  QStringLiteral("letter"), QStringLiteral("visit")};
    return keys;
}

const QStringList &contactOutcomeKeys()
{
    static const QStringList keys{QStringLiteral("right_party_contact"),
                                  QStringLiteral("third_party"),
                                  QStringLiteral("no_answer"),
                                  QStringLiteral("voicemail_left"),
                                  QStringLiteral("wrong_number"),
                                  QStringLiteral("refused_to_pay"),
                                  QStringLiteral("dispute_raised"),
                                  QStringLiteral("promise_taken"),
                                  QStringLiteral("payment_plan_requested"),
                                  QStringLiteral("complaint")};
    return keys;
}

bool isConversationOutcome(const QString &outcome)
{
    static const QStringList conversations{QStringLiteral("right_party_contact"),    QStringLiteral("refused_to_pay"),
                                           QStringLiteral("dispute_raised"),         QStringLiteral("promise_taken"),
                                           QStringLiteral("payment_plan_requested"), QStringLiteral("complaint")};
    return conversations.contains(outcome);
}

Result<ContactDecision> ContactService::checkCall(const QString &customerCode, const QDateTime &now,
                                                  CallDestination destination)
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<ContactDecision> {
        CollectionRepository repository(m_session.book());
        const auto customer = repository.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("ContactService", "unknown customer %1").arg(customerCode)));
        return guard(repository, *customer, now, destination);
    });
}

Result<LoggedContact> ContactService::logContact(const ContactInput &input)
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    if (!input.at.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ContactService", "the time of the contact is not valid")));
    if (!contactChannelKeys().contains(input.channel))
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ContactService", "'%1' is not a channel (%2)")
                                       .arg(input.channel, contactChannelKeys().join(QStringLiteral(", ")))));
    if (!contactOutcomeKeys().contains(input.outcome))
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ContactService", "'%1' is not an outcome (%2)")
                                       .arg(input.outcome, contactOutcomeKeys().join(QStringLiteral(", ")))));
    if (input.durationSeconds < 0)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ContactService", "the duration must not be negative")));

    return inTransaction(m_session.book(), [&]() -> Result<LoggedContact> {
        CollectionRepository repository(m_session.book());
        const auto customer = repository.customerByCode(input.customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("ContactService", "unknown customer %1").arg(input.customerCode)));

        LoggedContact logged;
        ContactDecision decision;
        if (input.channel == kCallOut) {
            auto checked = guard(repository, *customer, input.at, input.destination);
            if (!checked)
                return std::unexpected(checked.error());
            decision = std::move(*checked);
            if (!decision.allowed()) {
                if (input.overrideReason.trimmed().isEmpty())
                    return std::unexpected(
                            Error::denied(QCoreApplication::translate("ContactService", "call to %1 blocked: %2")
                                                  .arg(customer->code, decision.message)));
                if (!isSupervisoryRole(m_session.actor().role))
                    return std::unexpected(Error::denied(
                            QCoreApplication::translate("ContactService",
                                                        "call to %1 blocked: %2; only a supervisor can override it")
                                    .arg(customer->code, decision.message)));
                logged.overridden = true;
                logged.overriddenRule = decision.reason;
            }
        }

        const Stamp stamp = m_session.stamp();
        ContactRecord contact;
        contact.customerId = customer->id;
        contact.userId = m_session.actor().userId;
        contact.at = input.at.toUTC().toString(Qt::ISODate);
        contact.channel = input.channel;
        contact.person = input.person;
        contact.outcome = input.outcome;
        contact.notes = input.notes;
        contact.durationSeconds = input.durationSeconds;
        contact.followUpDate = input.followUp;
        if (logged.overridden) {
            contact.overrideReason = input.overrideReason.trimmed();
            contact.overrideBy = m_session.actor().userId;
        }
        logged.contactId = repository.insertContact(contact);

        QJsonObject details{{QStringLiteral("customer_code"), customer->code},
                            {QStringLiteral("contact_id"), collections::jsonId(logged.contactId)},
                            {QStringLiteral("at"), contact.at},
                            {QStringLiteral("channel"), contact.channel},
                            {QStringLiteral("outcome"), contact.outcome}};
        if (logged.overridden) {
            details.insert(QStringLiteral("override_rule"), contactBlockReasonKey(decision.reason));
            details.insert(QStringLiteral("override_reason"), contact.overrideReason);
            details.insert(QStringLiteral("override_by"), m_session.actor().login);
            details.insert(QStringLiteral("blocked_message"), decision.message);
        }

        if (input.completesTask) {
            const auto task = repository.taskById(*input.completesTask);
            if (!task || task->customerId != customer->id)
                return std::unexpected(
                        Error::notFound(QCoreApplication::translate("ContactService", "task %1 is not a task of %2")
                                                .arg(*input.completesTask)
                                                .arg(customer->code)));
            if (task->status == u"open") {
                repository.completeTask(task->id, stamp.at, stamp.userId, contact.outcome);
                details.insert(QStringLiteral("completed_task_id"), collections::jsonId(task->id));
            }
        }
        if (input.followUp.isValid()) {
            TaskRecord task;
            task.customerId = customer->id;
            task.assigneeId = customer->collectorId ? customer->collectorId : m_session.actor().userId;
            task.kind = TaskKind::call;
            task.dueDate = input.followUp;
            task.sourceKind = QStringLiteral("contact");
            task.sourceId = logged.contactId;
            task.dedupeKey = QStringLiteral("follow_up:%1").arg(logged.contactId);
            task.notes = input.notes;
            task.createdAt = stamp.at;
            task.createdBy = stamp.userId;
            logged.followUpTaskId = repository.insertTask(task);
            details.insert(QStringLiteral("follow_up"), collections::isoDate(input.followUp));
        }
        collections::auditOnCustomer(m_session.book(), stamp,
                                     logged.overridden ? QStringLiteral("contact.override")
                                                       : QStringLiteral("contact.log"),
                                     customer->id, details);
        return logged;
    });
}

Result<Id> ContactService::logComplaint(const ComplaintInput &input)
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    static const QStringList channels{QStringLiteral("letter"), QStringLiteral("email"), QStringLiteral("call")};
    if (!input.receivedOn.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate(
                "ContactService", "the day the complaint was received is not a valid date")));
    if (!channels.contains(input.channel))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ContactService", "'%1' is not a complaint channel (letter, email, call)")
                        .arg(input.channel)));
    if (input.category.trimmed().isEmpty())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ContactService", "a complaint needs a category")));
    if (input.satisfaction && (*input.satisfaction < 1 || *input.satisfaction > 5))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ContactService", "satisfaction is a score from 1 to 5 (got %1)")
                        .arg(*input.satisfaction)));
    if (input.resolvedOn.isValid() && input.resolvedOn < input.receivedOn)
        return std::unexpected(Error::invalid(QCoreApplication::translate(
                "ContactService", "the complaint cannot be resolved before it was received")));

    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        CollectionRepository repository(m_session.book());
        const auto customer = repository.customerByCode(input.customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("ContactService", "unknown customer %1").arg(input.customerCode)));
        const Stamp stamp = m_session.stamp();
        ComplaintRecord complaint;
        complaint.customerId = customer->id;
        complaint.receivedDate = input.receivedOn;
        complaint.channel = input.channel;
        complaint.category = input.category.trimmed();
        complaint.satisfaction = input.satisfaction;
        complaint.description = input.description;
        complaint.resolution = input.resolution;
        complaint.resolvedDate = input.resolvedOn;
        complaint.userId = m_session.actor().userId;
        const Id id = repository.insertComplaint(complaint, stamp.at);
        QJsonObject details{{QStringLiteral("customer_code"), customer->code},
                            {QStringLiteral("complaint_id"), collections::jsonId(id)},
                            {QStringLiteral("channel"), complaint.channel},
                            {QStringLiteral("category"), complaint.category}};
        if (complaint.satisfaction)
            details.insert(QStringLiteral("satisfaction"), *complaint.satisfaction);
        collections::auditOnCustomer(m_session.book(), stamp, QStringLiteral("complaint.log"), customer->id, details);
        return id;
    });
}

} // namespace ardesk
