#include "escalation_service.h"

#include "collection_service.h"
#include "collection_support.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace ardesk {

namespace {

QDate stampDate(const Stamp &stamp)
{
    return QDate::fromString(stamp.at.left(10), Qt::ISODate);
}

// The supervisor's own escalation task is finished with any decision.
void finishSupervisorTask(CollectionRepository &repository, Id escalationId, const Stamp &stamp, const QString &result)
{
    if (const auto task = repository.taskByDedupeKey(QStringLiteral("escalation:%1").arg(escalationId));
        task && task->status == u"open")
        repository.completeTask(task->id, stamp.at, stamp.userId, result);
}

} // namespace

Result<Id> EscalationService::escalate(const QString &customerCode, const QString &reason,
                                       const QString &supervisorLogin)
{
    if (Status allowed = m_session.require(Action::Escalate); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("EscalationService", "an escalation needs a reason")));

    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        CollectionRepository repository(m_session.book());
        UserRepository users(m_session.book());
        const auto customer = repository.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("EscalationService", "unknown customer %1").arg(customerCode)));

        std::optional<StaffUser> supervisor;
        if (!supervisorLogin.isEmpty()) {
            supervisor = users.byLogin(supervisorLogin);
            if (!supervisor || !supervisor->active)
                return std::unexpected(
                        Error::notFound(QCoreApplication::translate("EscalationService", "unknown or inactive user %1")
                                                .arg(supervisorLogin)));
            if (!isSupervisoryRole(supervisor->role))
                return std::unexpected(
                        Error::invalid(QCoreApplication::translate("EscalationService", "%1 is a %2, not a supervisor")
                                               .arg(supervisorLogin, roleDisplayName(supervisor->role))));
        } else {
            // A supervisor of the collector's region, else the first by login.
            QString region;
            const std::optional<Id> collectorId =
                    customer->collectorId ? customer->collectorId : m_session.actor().userId;
            if (collectorId)
                if (const auto collector = users.byId(*collectorId))
                    region = collector->region;
            for (const StaffUser &user : users.all()) {
                if (!user.active || user.role != Role::Supervisor)
                    continue;
                if (!supervisor)
                    supervisor = user;
                if (!region.isEmpty() && user.region == region) {
                    supervisor = user;
                    break;
                }
            }
            if (!supervisor)
                return std::unexpected(Error::notFound(QCoreApplication::translate(
                        "EscalationService", "there is no active supervisor to escalate to")));
        }

        for (const EscalationRecord &e : repository.escalationsForQueue(supervisor->id))
            if (e.customerId == customer->id && e.status == u"open")
                return std::unexpected(
                        Error::conflict(QCoreApplication::translate("EscalationService",
                                                                    "%1 is already escalated to %2 (escalation %3)")
                                                .arg(customer->code, supervisor->login)
                                                .arg(e.id)));

        const Stamp stamp = m_session.stamp();
        EscalationRecord escalation;
        escalation.customerId = customer->id;
        escalation.fromUser = m_session.actor().userId;
        escalation.toUser = supervisor->id;
        escalation.reason = reason.trimmed();
        escalation.createdAt = stamp.at;
        const Id id = repository.insertEscalation(escalation);

        TaskRecord task;
        task.customerId = customer->id;
        task.assigneeId = supervisor->id;
        task.kind = TaskKind::escalation;
        task.dueDate = stampDate(stamp);
        task.sourceKind = QStringLiteral("escalation");
        task.sourceId = id;
        task.dedupeKey = QStringLiteral("escalation:%1").arg(id);
        task.notes = escalation.reason;
        task.createdAt = stamp.at;
        task.createdBy = stamp.userId;
        repository.insertTask(task);

        collections::auditOnCustomer(m_session.book(), stamp, QStringLiteral("escalation.open"), customer->id,
                                     {{QStringLiteral("customer_code"), customer->code},
                                      {QStringLiteral("escalation_id"), collections::jsonId(id)},
                                      {QStringLiteral("to"), supervisor->login},
                                      {QStringLiteral("reason"), escalation.reason}});
        return id;
    });
}

namespace {

// Shared frame of the supervisor's decisions: permission, the escalation, its customer.
template<typename F>
Result<void> decide(Session &session, Id escalationId, const QStringList &fromStatuses, F &&work)
{
    if (Status allowed = session.require(Action::Escalate); !allowed)
        return std::unexpected(allowed.error());
    if (!isSupervisoryRole(session.actor().role))
        return std::unexpected(Error::denied(QCoreApplication::translate(
                "EscalationService", "only a supervisor, manager or admin decides on escalations")));
    return inTransaction(session.book(), [&]() -> Result<void> {
        CollectionRepository repository(session.book());
        auto escalation = repository.escalationById(escalationId);
        if (!escalation)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("EscalationService", "unknown escalation %1").arg(escalationId)));
        if (!fromStatuses.contains(escalation->status))
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("EscalationService", "escalation %1 is %2")
                                            .arg(escalationId)
                                            .arg(escalation->status)));
        const auto customer = repository.customerById(escalation->customerId);
        if (!customer)
            return std::unexpected(
                    Error::notFound(QCoreApplication::translate("EscalationService", "unknown customer id %1")
                                            .arg(escalation->customerId)));
        return work(repository, *escalation, *customer, session.stamp());
    });
}

} // namespace

Result<std::vector<EscalationRow>> EscalationService::queue(const QString &supervisorLogin)
{
    if (Status allowed = m_session.require(Action::Escalate); !allowed)
        return std::unexpected(allowed.error());
    if (!isSupervisoryRole(m_session.actor().role))
        return std::unexpected(Error::denied(QCoreApplication::translate(
                "EscalationService", "only a supervisor, manager or admin sees the escalation queue")));
    return reading([&]() -> Result<std::vector<EscalationRow>> {
        CollectionRepository repository(m_session.book());
        UserRepository users(m_session.book());
        std::optional<Id> supervisorId;
        if (!supervisorLogin.isEmpty()) {
            const auto supervisor = users.byLogin(supervisorLogin);
            if (!supervisor)
                return std::unexpected(Error::notFound(
                        QCoreApplication::translate("EscalationService", "unknown user %1").arg(supervisorLogin)));
            supervisorId = supervisor->id;
        }
        std::unordered_map<Id, QString> logins;
        for (const StaffUser &user : users.all())
            logins.emplace(user.id, user.login);
        auto loginOf = [&](std::optional<Id> id) {
            const auto it = id ? logins.find(*id) : logins.end();
            return it == logins.end() ? QString() : it->second;
        };
        std::vector<EscalationRow> result;
        for (const EscalationRecord &e : repository.escalationsForQueue(supervisorId)) {
            if (e.status != u"open" && e.status != u"taken")
                continue;
            EscalationRow row;
            row.id = e.id;
            row.customerId = e.customerId;
            if (const auto customer = repository.customerById(e.customerId)) {
                row.customerCode = customer->code;
                row.customerName = customer->name;
            }
            row.fromLogin = loginOf(e.fromUser);
            row.toLogin = loginOf(e.toUser);
            row.reason = e.reason;
            row.status = e.status;
            row.instructions = e.instructions;
            row.createdAt = e.createdAt;
            result.push_back(std::move(row));
        }
        std::sort(result.begin(), result.end(), [](const EscalationRow &a, const EscalationRow &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
        });
        return result;
    });
}

Result<void> EscalationService::take(Id escalationId)
{
    return decide(m_session, escalationId, {QStringLiteral("open")},
                  [&](CollectionRepository &repository, EscalationRecord &escalation, const DeskCustomer &customer,
                      const Stamp &stamp) -> Result<void> {
                      const std::optional<Id> me = m_session.actor().userId;
                      escalation.status = QStringLiteral("taken");
                      escalation.toUser = me;
                      repository.updateEscalation(escalation);
                      // The supervisor works the account: it moves to their portfolio.
                      repository.setCollector({customer.id}, me, stamp.at);
                      repository.moveOpenTasks({customer.id}, customer.collectorId, me);
                      finishSupervisorTask(repository, escalation.id, stamp, QStringLiteral("taken"));
                      collections::auditOnCustomer(
                              m_session.book(), stamp, QStringLiteral("escalation.take"), customer.id,
                              {{QStringLiteral("customer_code"), customer.code},
                               {QStringLiteral("escalation_id"), collections::jsonId(escalation.id)},
                               {QStringLiteral("by"), m_session.actor().login}});
                      return {};
                  });
}

Result<void> EscalationService::giveBack(Id escalationId, const QString &instructions)
{
    if (instructions.trimmed().isEmpty())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("EscalationService", "returning an escalation needs instructions")));
    return decide(m_session, escalationId, {QStringLiteral("open"), QStringLiteral("taken")},
                  [&](CollectionRepository &repository, EscalationRecord &escalation, const DeskCustomer &customer,
                      const Stamp &stamp) -> Result<void> {
                      const bool wasTaken = escalation.status == u"taken";
                      escalation.status = QStringLiteral("returned");
                      escalation.instructions = instructions.trimmed();
                      escalation.resolvedAt = stamp.at;
                      escalation.resolvedBy = m_session.actor().userId;
                      repository.updateEscalation(escalation);
                      if (wasTaken && escalation.fromUser) {
                          repository.setCollector({customer.id}, escalation.fromUser, stamp.at);
                          repository.moveOpenTasks({customer.id}, customer.collectorId, escalation.fromUser);
                      }
                      finishSupervisorTask(repository, escalation.id, stamp, QStringLiteral("returned"));
                      TaskRecord task;
                      task.customerId = customer.id;
                      task.assigneeId = escalation.fromUser ? escalation.fromUser : customer.collectorId;
                      task.kind = TaskKind::escalation;
                      task.dueDate = stampDate(stamp);
                      task.sourceKind = QStringLiteral("escalation");
                      task.sourceId = escalation.id;
                      task.dedupeKey = QStringLiteral("escalation_returned:%1").arg(escalation.id);
                      task.notes = escalation.instructions;
                      task.createdAt = stamp.at;
                      task.createdBy = stamp.userId;
                      repository.insertTask(task);
                      collections::auditOnCustomer(
                              m_session.book(), stamp, QStringLiteral("escalation.return"), customer.id,
                              {{QStringLiteral("customer_code"), customer.code},
                               {QStringLiteral("escalation_id"), collections::jsonId(escalation.id)},
                               {QStringLiteral("instructions"), escalation.instructions}});
                      return {};
                  });
}

Result<void> EscalationService::reassign(Id escalationId, const QString &collectorLogin, const QString &instructions)
{
    return decide(m_session, escalationId, {QStringLiteral("open"), QStringLiteral("taken")},
                  [&](CollectionRepository &repository, EscalationRecord &escalation, const DeskCustomer &customer,
                      const Stamp &stamp) -> Result<void> {
                      const auto collector = UserRepository(m_session.book()).byLogin(collectorLogin);
                      if (!collector || !collector->active)
                          return std::unexpected(Error::notFound(
                                  QCoreApplication::translate("EscalationService", "unknown or inactive user %1")
                                          .arg(collectorLogin)));
                      if (collector->role != Role::Collector && collector->role != Role::Supervisor
                          && collector->role != Role::Manager)
                          return std::unexpected(Error::invalid(
                                  QCoreApplication::translate("EscalationService", "%1 is a %2, not a collector")
                                          .arg(collectorLogin, roleDisplayName(collector->role))));
                      escalation.status = QStringLiteral("reassigned");
                      escalation.instructions = instructions.trimmed();
                      escalation.resolvedAt = stamp.at;
                      escalation.resolvedBy = m_session.actor().userId;
                      repository.updateEscalation(escalation);
                      repository.setCollector({customer.id}, collector->id, stamp.at);
                      repository.moveOpenTasks({customer.id}, customer.collectorId, collector->id);
                      finishSupervisorTask(repository, escalation.id, stamp, QStringLiteral("reassigned"));
                      TaskRecord task;
                      task.customerId = customer.id;
                      task.assigneeId = collector->id;
                      task.kind = TaskKind::escalation;
                      task.dueDate = stampDate(stamp);
                      task.sourceKind = QStringLiteral("escalation");
                      task.sourceId = escalation.id;
                      task.dedupeKey = QStringLiteral("escalation_reassigned:%1").arg(escalation.id);
                      task.notes = escalation.instructions.isEmpty() ? escalation.reason : escalation.instructions;
                      task.createdAt = stamp.at;
                      task.createdBy = stamp.userId;
                      repository.insertTask(task);
                      collections::auditOnCustomer(
                              m_session.book(), stamp, QStringLiteral("escalation.reassign"), customer.id,
                              {{QStringLiteral("customer_code"), customer.code},
                               {QStringLiteral("escalation_id"), collections::jsonId(escalation.id)},
                               {QStringLiteral("collector"), collector->login},
                               {QStringLiteral("instructions"), escalation.instructions}});
                      return {};
                  });
}

Result<void> EscalationService::resolve(Id escalationId, const QString &note)
{
    return decide(m_session, escalationId, {QStringLiteral("open"), QStringLiteral("taken")},
                  [&](CollectionRepository &repository, EscalationRecord &escalation, const DeskCustomer &customer,
                      const Stamp &stamp) -> Result<void> {
                      escalation.status = QStringLiteral("resolved");
                      if (!note.trimmed().isEmpty())
                          escalation.instructions = note.trimmed();
                      escalation.resolvedAt = stamp.at;
                      escalation.resolvedBy = m_session.actor().userId;
                      repository.updateEscalation(escalation);
                      finishSupervisorTask(repository, escalation.id, stamp, QStringLiteral("resolved"));
                      collections::auditOnCustomer(
                              m_session.book(), stamp, QStringLiteral("escalation.resolve"), customer.id,
                              {{QStringLiteral("customer_code"), customer.code},
                               {QStringLiteral("escalation_id"), collections::jsonId(escalation.id)},
                               {QStringLiteral("note"), note.trimmed()}});
                      return {};
                  });
}

} // namespace ardesk
