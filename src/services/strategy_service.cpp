#include "strategy_service.h"

#include "collection_service.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/policy_repository.h"
#include "storage/user_repository.h"

#include <QJsonArray>
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

// The steps already taken for an item, read against `due` (the due date the run reads).
// Without parts: every step recorded for the invoice, ever. With parts (docs/strategies.md
// "Invoices in instalments"): a step recorded on day D counts when it was due by D for the
// part now read, D >= due + offset; so a later part has its own reminder and letters, while
// a run that already covered the part (it was due then) is not repeated.
QSet<Id> stepsTaken(const OpenItemAsOf &item, const Strategy &strategy, QDate due, const QHash<Id, QSet<Id>> &executed,
                    const QHash<Id, QHash<Id, QDate>> &partExecuted)
{
    if (item.parts.empty())
        return executed.value(item.invoiceId);
    QSet<Id> taken;
    const auto recorded = partExecuted.constFind(item.invoiceId);
    if (recorded == partExecuted.constEnd())
        return taken;
    for (const StrategyStep &step : strategy.steps)
        if (const auto day = recorded->constFind(step.id);
            day != recorded->constEnd() && *day >= due.addDays(step.offsetDays))
            taken.insert(step.id);
    return taken;
}

// What a letter duns for an item: open - disputed; for an invoice with parts no more than the
// open amount of the parts due by the as-of date (by the oldest open part's due date for a
// reminder before it): the parts not yet due are not asked for.
MinorUnits amountToDun(const OpenItemAsOf &item, QDate asOf)
{
    const MinorUnits undisputed = item.open - item.disputed;
    if (item.parts.empty())
        return undisputed;
    const QDate by = std::max(asOf, item.oldestOpenDue());
    MinorUnits due = 0;
    for (const OpenInstalmentPart &part : item.parts)
        if (part.dueDate <= by)
            due += part.open;
    return std::min(due, undisputed);
}

} // namespace

Result<StrategyRunResult> StrategyService::run(QDate asOf)
{
    return runOver(asOf, nullptr);
}

Result<StrategyRunResult> StrategyService::runFor(QDate asOf, const QStringList &customerCodes)
{
    if (auto allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    QSet<Id> ids;
    const auto found = reading([&]() -> Status {
        LedgerRepository ledger(m_session.book());
        for (const QString &code : customerCodes) {
            const auto customer = ledger.customerByCode(code.trimmed());
            if (!customer)
                return std::unexpected(Error::notFound(
                        QCoreApplication::translate("StrategyService", "customers: %1 does not exist").arg(code)));
            ids.insert(customer->id);
        }
        return {};
    });
    if (!found)
        return std::unexpected(found.error());
    return runOver(asOf, &ids);
}

Result<StrategyRunResult> StrategyService::runOver(QDate asOf, const QSet<Id> *only)
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
        const QHash<Id, QHash<Id, QDate>> partExecuted = repo.executedStepDaysOfInstalmentInvoices();

        // (customer, action) -> what to do, in the order of the items (customer code, due date).
        std::map<std::pair<Id, int>, std::vector<Planned>> groups;
        std::vector<std::pair<Id, int>> order;
        for (const OpenItemAsOf &item : items) {
            if (only && !only->contains(item.customerId))
                continue; // a run for chosen customers leaves the others alone
            std::optional<Id> fromPolicy;
            if (item.policyId)
                if (const auto it = policyStrategy.find(*item.policyId); it != policyStrategy.end())
                    fromPolicy = it->second;
            const Strategy *strategy = chooseStrategy(strategies, fromPolicy, item.segment, item.riskClass);
            if (!strategy)
                continue;
            // Steps run from the oldest open part's due date for an invoice with parts.
            const QDate due = item.oldestOpenDue();
            const StepChoice choice =
                    chooseStep(*strategy, due, asOf, stepsTaken(item, *strategy, due, executed, partExecuted));
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
                    repo.addLetterItem(objectId, p.item->invoiceId, amountToDun(*p.item, asOf), p.item->currency);
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
                // An invoice with parts may have run the step for an earlier part: its record
                // now stands for this run (docs/strategies.md "Invoices in instalments").
                const auto record = p.item->parts.empty() ? &PolicyRepository::insertExecution
                                                          : &PolicyRepository::recordPartExecution;
                (repo.*record)(p.item->invoiceId, p.step.id, asOf, QStringLiteral("done"), objectKind, objectId, stamp);
                for (const StrategyStep &lower : p.superseded) {
                    (repo.*record)(p.item->invoiceId, lower.id, asOf, QStringLiteral("superseded"), QString(),
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
        QJsonObject details{{QStringLiteral("as_of"), day},
                            {QStringLiteral("created"), created},
                            {QStringLiteral("skipped"), skipped}};
        if (only)
            details.insert(QStringLiteral("customers"), static_cast<int>(only->size()));
        if (!result.created.empty() || !result.skipped.empty())
            AuditRepository(book).append(stamp, QStringLiteral("strategies.run"), QStringLiteral("strategy"),
                                         std::nullopt, compactJson(details));
        return result;
    });
}

// --- editing ------------------------------------------------------------------------------------------

Result<std::vector<Strategy>> StrategyService::strategies()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<Strategy>> { return PolicyRepository(m_session.book()).strategies(); });
}

namespace {

constexpr int kMinOffset = -365;
constexpr int kMaxOffset = 3650;
constexpr qsizetype kMaxName = 80;
constexpr int kMaxSteps = 50;

QString stepLabel(int number, const StrategyStep &step)
{
    return QCoreApplication::translate("StrategyService", "step %1 (%2, day %3)")
            .arg(number)
            .arg(strategyActionKey(step.action))
            .arg(step.offsetDays);
}

std::optional<Error> validateStrategy(const Strategy &s)
{
    auto invalid = [](const QString &message) { return std::optional<Error>(Error::invalid(message)); };
    const QString name = s.name.trimmed();
    if (name.isEmpty())
        return invalid(QCoreApplication::translate("StrategyService", "name: is empty"));
    if (name.size() > kMaxName)
        return invalid(QCoreApplication::translate("StrategyService", "name: longer than %1 characters").arg(kMaxName));
    const QString risk = s.riskClass.trimmed();
    if (!risk.isEmpty() && !(risk.size() == 1 && risk.at(0) >= u'A' && risk.at(0) <= u'E'))
        return invalid(QCoreApplication::translate("StrategyService", "risk class: must be empty or one of A to E"));
    if (s.segment.trimmed().size() > kMaxName)
        return invalid(QCoreApplication::translate("StrategyService", "segment: longer than %1 characters").arg(kMaxName));
    if (s.steps.empty())
        return invalid(QCoreApplication::translate("StrategyService", "steps: a strategy needs at least one step"));
    if (s.steps.size() > kMaxSteps)
        return invalid(QCoreApplication::translate("StrategyService", "steps: more than %1 steps").arg(kMaxSteps));
    QSet<Id> ids;
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        const StrategyStep &step = s.steps[i];
        const int number = static_cast<int>(i) + 1;
        if (step.offsetDays < kMinOffset || step.offsetDays > kMaxOffset)
            return invalid(QCoreApplication::translate("StrategyService",
                                                       "%1: days must be between %2 (before the due date) and %3")
                                   .arg(stepLabel(number, step))
                                   .arg(kMinOffset)
                                   .arg(kMaxOffset));
        if (i > 0 && step.offsetDays < s.steps[i - 1].offsetDays)
            return invalid(QCoreApplication::translate("StrategyService",
                                                       "%1: comes after a step at %2 days; order the steps by days")
                                   .arg(stepLabel(number, step))
                                   .arg(s.steps[i - 1].offsetDays));
        for (std::size_t j = 0; j < i; ++j)
            if (s.steps[j].offsetDays == step.offsetDays && s.steps[j].action == step.action)
                return invalid(QCoreApplication::translate("StrategyService", "%1: the same as step %2")
                                       .arg(stepLabel(number, step))
                                       .arg(j + 1));
        if (step.id != 0) {
            if (ids.contains(step.id))
                return invalid(QCoreApplication::translate("StrategyService", "%1: listed twice").arg(stepLabel(number, step)));
            ids.insert(step.id);
        }
    }
    return std::nullopt;
}

} // namespace

Result<Id> StrategyService::saveStrategy(const Strategy &strategy, QDate today)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    if (auto problem = validateStrategy(strategy))
        return std::unexpected(*problem);
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        Book &book = m_session.book();
        PolicyRepository repo(book);
        Strategy saved = strategy;
        saved.name = strategy.name.trimmed();
        saved.segment = strategy.segment.trimmed();
        saved.riskClass = strategy.riskClass.trimmed();
        const std::vector<Strategy> all = repo.strategies();
        const Strategy *before = nullptr;
        for (const Strategy &s : all)
            if (s.id == saved.id)
                before = &s;
        if (saved.id != 0 && !before)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("StrategyService", "strategy %1 does not exist").arg(saved.id)));
        if (const auto other = repo.strategyIdByName(saved.name); other && *other != saved.id)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("StrategyService", "a strategy named %1 already exists").arg(saved.name)));
        QSet<Id> known;
        if (before)
            for (const StrategyStep &step : before->steps)
                known.insert(step.id);
        for (std::size_t i = 0; i < saved.steps.size(); ++i)
            if (saved.steps[i].id != 0 && !known.contains(saved.steps[i].id))
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("StrategyService", "%1: is not a step of this strategy")
                                .arg(stepLabel(static_cast<int>(i) + 1, saved.steps[i]))));

        const Id id = repo.saveStrategyHeader(saved);
        const Stamp stamp = m_session.stamp();
        const QSet<Id> ran = before ? repo.executedStepIds(id) : QSet<Id>{};
        QSet<Id> kept;
        for (const StrategyStep &step : saved.steps)
            if (step.id != 0)
                kept.insert(step.id);
        int removed = 0;
        int retired = 0;
        if (before) {
            for (const StrategyStep &step : before->steps) {
                if (kept.contains(step.id))
                    continue;
                if (ran.contains(step.id)) {
                    repo.retireStep(step.id); // its executions keep pointing at it
                    ++retired;
                } else {
                    repo.deleteStep(step.id);
                    ++removed;
                }
            }
            repo.parkStepSeqs(id);
        }
        int added = 0;
        int superseded = 0;
        QJsonArray steps;
        for (std::size_t i = 0; i < saved.steps.size(); ++i) {
            StrategyStep &step = saved.steps[i];
            step.seq = static_cast<int>(i) + 1;
            const QString action = strategyActionKey(step.action);
            if (step.id != 0) {
                repo.updateStep(step.id, step.seq, step.offsetDays, action);
            } else {
                step.id = repo.insertStep(id, step.seq, step.offsetDays, action);
                ++added;
            }
            steps.append(QStringLiteral("%1:%2").arg(step.offsetDays).arg(action));
        }
        // New steps placed before steps that already ran for an invoice count as passed over
        // for it (as a first run would have superseded them): nothing is sent backwards.
        if (before)
            for (const StrategyStep &step : saved.steps)
                if (!known.contains(step.id))
                    superseded += repo.supersedeNewStep(id, step.id, step.offsetDays, step.seq, today, stamp);
        QJsonObject details{{QStringLiteral("name"), saved.name},
                            {QStringLiteral("segment"), saved.segment},
                            {QStringLiteral("risk_class"), saved.riskClass},
                            {QStringLiteral("active"), saved.active},
                            {QStringLiteral("steps"), steps}};
        if (before) {
            details.insert(QStringLiteral("steps_added"), added);
            details.insert(QStringLiteral("steps_removed"), removed);
            details.insert(QStringLiteral("steps_retired"), retired);
            details.insert(QStringLiteral("invoices_superseded"), superseded);
            if (before->name != saved.name)
                details.insert(QStringLiteral("renamed_from"), before->name);
        }
        AuditRepository(book).append(stamp, before ? QStringLiteral("strategy.edit") : QStringLiteral("strategy.add"),
                                     QStringLiteral("strategy"), id, compactJson(details));
        return id;
    });
}

} // namespace ardesk
