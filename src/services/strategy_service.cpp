#include "strategy_service.h"

#include "collection_service.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/policy_repository.h"
#include "storage/user_repository.h"

#include <QJsonObject>

#include <algorithm>
#include <map>
#include <tuple>

namespace ardesk {

namespace {

struct Planned final {
    const OpenItemAsOf *item = nullptr;
    StrategyStep step;
    std::vector<StrategyStep> superseded;
};

int letterLevel(StrategyAction action)
{
    switch (action) {
    case StrategyAction::Letter1: return 1;
    case StrategyAction::Letter2: return 2;
    case StrategyAction::Letter3: return 3;
    default: return 0;
    }
}

QString taskKindOf(StrategyAction action)
{
    switch (action) {
    case StrategyAction::CallTask: return TaskKind::call;
    case StrategyAction::Escalation: return TaskKind::escalation;
    default: return TaskKind::review; // agency referral and write-off reviews
    }
}

} // namespace

Result<StrategyRunResult> StrategyService::run(QDate asOf)
{
    if (auto allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("StrategyService", "no as-of date")));
    return inTransaction(m_session.book(), [&]() -> Result<StrategyRunResult> {
        Book &book = m_session.book();
        PolicyRepository repo(book);
        StrategyRunResult result;
        result.asOf = asOf;
        const std::vector<Strategy> strategies = repo.strategies();
        int minOffset = 0;
        bool anyStep = false;
        for (const Strategy &s : strategies)
            for (const StrategyStep &step : s.steps)
                if (s.active) {
                    minOffset = anyStep ? std::min(minOffset, step.offsetDays) : step.offsetDays;
                    anyStep = true;
                }
        if (!anyStep)
            return result;
        std::map<Id, std::optional<Id>> policyStrategy;
        for (const CreditPolicy &policy : repo.policies())
            policyStrategy.emplace(policy.id, policy.strategyId);
        const std::vector<OpenItemAsOf> items = repo.openItemsAsOf(asOf, asOf.addDays(-minOffset));
        const QHash<Id, QSet<Id>> executed = repo.executedSteps();

        // (customer, action) -> what to do, in the order of the items (customer code, due date).
        std::map<std::pair<Id, int>, std::vector<Planned>> groups;
        std::vector<std::pair<Id, int>> order;
        for (const OpenItemAsOf &item : items) {
            std::optional<Id> fromPolicy;
            if (item.policyId)
                if (const auto it = policyStrategy.find(*item.policyId); it != policyStrategy.end())
                    fromPolicy = it->second;
            const Strategy *strategy = chooseStrategy(strategies, fromPolicy, item.segment, item.riskClass);
            if (!strategy)
                continue;
            const StepChoice choice = chooseStep(strategy ? *strategy : Strategy{}, item.dueDate, asOf,
                                                 executed.value(item.invoiceId));
            if (!choice.act)
                continue;
            const StrategyAction action = choice.act->action;
            QString reason;
            if (item.disputed >= item.open)
                reason = SkipReason::disputed;
            else if (item.onActivePlan)
                reason = SkipReason::paymentPlan;
            else if (isContactingAction(action) && (item.ceaseCommunication || item.attorney))
                reason = SkipReason::compliance;
            else if (action == StrategyAction::CallTask && item.doNotCall)
                reason = SkipReason::compliance;
            if (!reason.isEmpty()) {
                ++result.skipped[reason];
                continue;
            }
            const std::pair<Id, int> key{item.customerId, static_cast<int>(action)};
            auto [it, inserted] = groups.try_emplace(key);
            if (inserted)
                order.push_back(key);
            it->second.push_back({&item, *choice.act, choice.superseded});
        }

        const Stamp stamp = m_session.stamp();
        CollectionRepository collection(book);
        const QString day = asOf.toString(Qt::ISODate);
        for (const auto &key : order) {
            const std::vector<Planned> &planned = groups.at(key);
            const Id customerId = key.first;
            const auto action = static_cast<StrategyAction>(key.second);
            const QString actionKey = strategyActionKey(action);
            QString objectKind;
            Id objectId = 0;
            bool createdNew = false;
            switch (action) {
            case StrategyAction::ReminderEmail:
            case StrategyAction::Letter1:
            case StrategyAction::Letter2:
            case StrategyAction::Letter3: {
                const int level = letterLevel(action);
                const QString kind = level == 0 ? QStringLiteral("reminder") : QStringLiteral("dunning");
                const QString dedupe = QStringLiteral("%1:%2:%3:%4").arg(kind).arg(customerId).arg(level).arg(day);
                const QString language =
                        planned.front().item->language.isEmpty() ? QStringLiteral("en") : planned.front().item->language;
                if (auto existing = repo.letterByDedupeKey(dedupe)) {
                    objectId = *existing;
                } else {
                    objectId = repo.insertLetter(customerId, kind, level, asOf, language, dedupe, stamp);
                    createdNew = true;
                }
                for (const Planned &p : planned)
                    repo.addLetterItem(objectId, p.item->invoiceId, p.item->open - p.item->disputed, p.item->currency);
                objectKind = QStringLiteral("letter");
                break;
            }
            case StrategyAction::CreditHold: {
                if (auto hold = repo.activeHold(customerId)) {
                    objectId = hold->id;
                } else {
                    QStringList numbers;
                    for (const Planned &p : planned)
                        numbers << p.item->number;
                    objectId = repo.insertHold(customerId, QStringLiteral("strategy"),
                                               compactJson({{QStringLiteral("invoices"), numbers.join(u',')},
                                                            {QStringLiteral("as_of"), day}}),
                                               asOf);
                    repo.setCustomerOnHold(customerId, true, stamp.at);
                    createdNew = true;
                }
                objectKind = QStringLiteral("credit_hold");
                break;
            }
            default: {
                TaskRecord task;
                task.customerId = customerId;
                task.kind = taskKindOf(action);
                task.dueDate = asOf;
                task.sourceKind = QStringLiteral("strategy");
                task.dedupeKey = QStringLiteral("strategy:%1:%2:%3").arg(actionKey).arg(customerId).arg(day);
                QStringList numbers;
                for (const Planned &p : planned)
                    numbers << p.item->number;
                task.notes = QStringLiteral("%1: %2").arg(actionKey, numbers.join(QStringLiteral(", ")));
                task.createdAt = stamp.at;
                task.createdBy = stamp.userId;
                if (auto id = collection.insertTask(task)) {
                    objectId = *id;
                    createdNew = true;
                } else if (auto existing = collection.taskByDedupeKey(task.dedupeKey)) {
                    objectId = existing->id;
                }
                objectKind = QStringLiteral("task");
                break;
            }
            }
            if (createdNew)
                ++result.created[actionKey];
            for (const Planned &p : planned) {
                repo.insertExecution(p.item->invoiceId, p.step.id, asOf, QStringLiteral("done"), objectKind, objectId,
                                     stamp);
                for (const StrategyStep &lower : p.superseded) {
                    repo.insertExecution(p.item->invoiceId, lower.id, asOf, QStringLiteral("superseded"), QString(),
                                         std::nullopt, stamp);
                    ++result.skipped[SkipReason::superseded];
                }
            }
        }
        QJsonObject created;
        for (const auto &[k, n] : result.created)
            created.insert(k, n);
        QJsonObject skipped;
        for (const auto &[k, n] : result.skipped)
            skipped.insert(k, n);
        if (!result.created.empty() || !result.skipped.empty())
            AuditRepository(book).append(stamp, QStringLiteral("strategies.run"), QStringLiteral("strategy"),
                                         std::nullopt,
                                         compactJson({{QStringLiteral("as_of"), day},
                                                      {QStringLiteral("created"), created},
                                                      {QStringLiteral("skipped"), skipped}}));
        return result;
    });
}

} // namespace ardesk
