#include "collection_service.h"

#include "collection_support.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace ardesk {

namespace {

int kindRank(const QString &kind)
{
    static const QStringList order{TaskKind::call, TaskKind::promiseFollowUp, TaskKind::disputeFollowUp,
                                   TaskKind::review, TaskKind::escalation};
    const qsizetype index = order.indexOf(kind);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

QDate utcDate(const QString &isoTime)
{
    const QDateTime at = QDateTime::fromString(isoTime, Qt::ISODate);
    return at.isValid() ? at.toUTC().date() : QDate();
}

// What the score of an account needs besides the figures.
struct PromiseFacts final
{
    int broken = 0;
    bool dueToday = false;
};

// A queue item before ranking: who works it, on which account (a slot of `Accounts`), what.
struct Entry final
{
    Id owner = 0;
    int slot = 0;
    int kind = 0; // index into the kinds list
    QDate due;
    std::optional<Id> taskId;
    QString sourceKind;
    std::optional<Id> sourceId;
    QString notes;
};

// The accounts that appear in the queues, in dense slots.
class Accounts final
{
public:
    int slot(Id customerId)
    {
        auto [it, inserted] = m_slots.try_emplace(customerId, static_cast<int>(m_ids.size()));
        if (inserted)
            m_ids.push_back(customerId);
        return it->second;
    }
    const std::vector<Id> &ids() const { return m_ids; }

private:
    std::unordered_map<Id, int> m_slots;
    std::vector<Id> m_ids;
};

// Builds the queues of one user (`single`) or of everybody (empty) as of a date. Reads only;
// the caller holds the read snapshot. May throw StorageError.
Result<std::unordered_map<Id, std::vector<WorklistItem>>>
buildQueues(CollectionRepository &repository, std::optional<Id> single, QDate asOf, const WorklistWeights &weights)
{
    const CollectionSettings settings = collections::loadSettings(repository);
    const CustomerScope portfolio = single ? CustomerScope::collector(*single) : CustomerScope::allAssigned();
    auto wanted = [&](std::optional<Id> owner) { return owner && (!single || *owner == *single); };

    QStringList kinds{TaskKind::call, TaskKind::promiseFollowUp, TaskKind::disputeFollowUp, TaskKind::review,
                      TaskKind::escalation};
    auto kindIndex = [&](const QString &kind) {
        qsizetype index = kinds.indexOf(kind);
        if (index < 0) {
            kinds.append(kind);
            index = kinds.size() - 1;
        }
        return static_cast<int>(index);
    };
    const QString promiseSource = QStringLiteral("promise");
    const QString disputeSource = QStringLiteral("dispute");
    const QString escalationSource = QStringLiteral("escalation");

    Accounts accounts;
    std::vector<Entry> entries;

    // 1. Open tasks due by the date.
    for (auto &[owner, task] : repository.queueTasks(single, asOf))
        entries.push_back({owner, accounts.slot(task.customerId), kindIndex(task.kind), task.dueDate, task.id,
                           task.sourceKind, task.sourceId, task.notes});

    // The portfolio: its customers (the owner of their implicit items is their collector),
    // without their texts: those are read below for the accounts in a queue only.
    // One collector's: with them, in the same read, which have an open task and which have
    // promise outcomes stored and valid for the date (used in 2. and 3.). Every assigned
    // account's: those two are read by the whole-book queries below (a scan each is cheaper
    // there than a look-up per customer of the book).
    std::unordered_map<Id, DeskCustomer> customers;
    CollectionRepository::QueueChoices choices;
    if (single) {
        choices = repository.queueChoices(portfolio, asOf, settings.graceDays);
    } else {
        choices.customers = repository.queueCustomerChoices(portfolio);
        choices.withOpenTasks = repository.customersWithOpenTasks(portfolio);
    }
    customers.reserve(choices.customers.size());
    for (DeskCustomer &c : choices.customers)
        customers.emplace(c.id, std::move(c));
    choices.customers.clear();
    auto collectorOf = [&](Id customerId) -> std::optional<Id> {
        const auto it = customers.find(customerId);
        return it == customers.end() ? std::nullopt : it->second.collectorId;
    };

    // 2. Implicit calls: overdue accounts of the portfolio without any open task.
    std::unordered_map<Id, AccountFigures> figures;
    {
        const std::vector<AccountFigures> read = repository.accountFigures(portfolio, asOf);
        figures.reserve(read.size());
        for (const AccountFigures &f : read)
            figures.emplace(f.customerId, f);
    }
    {
        const std::unordered_set<Id> withOpenTasks(choices.withOpenTasks.begin(), choices.withOpenTasks.end());
        // Never an implicit call to a customer who asked for no contact or is represented by an
        // attorney: only a task someone chose to create puts such an account in the queue.
        auto mayBeCalled = [&](Id customerId) {
            const auto c = customers.find(customerId);
            return c == customers.end() || (!c->second.ceaseCommunication && !c->second.attorney);
        };
        for (const auto &[customerId, f] : figures) {
            const auto owner = collectorOf(customerId);
            if (wanted(owner) && f.overdue > 0 && f.oldestOverdueDue.isValid() && !withOpenTasks.contains(customerId)
                && mayBeCalled(customerId))
                entries.push_back({*owner,
                                   accounts.slot(customerId),
                                   0,
                                   f.oldestOverdueDue.addDays(1),
                                   std::nullopt,
                                   {},
                                   std::nullopt,
                                   {}});
        }
    }

    // 3. Promises as of the date: broken ones without a follow-up task yet, and what the
    // score needs (broken in the lookback window, a promise falling due today).
    std::unordered_map<Id, PromiseFacts> promiseFacts;
    const QDate lookbackStart = asOf.addDays(-weights.brokenPromiseLookbackDays);
    // A task counts for a source when it is on an account of the portfolio (for one user's
    // queue; every assigned account's queue takes any task).
    auto taskInScope = [&](Id customerId) { return !single || customers.contains(customerId); };
    const int promiseKind = kindIndex(TaskKind::promiseFollowUp);
    struct BrokenFollowUp
    {
        Id owner;
        Id customerId;
        Id promiseId;
        QDate due;
    };
    std::vector<BrokenFollowUp> brokenFollowUps;
    // The promises' status as of the date: from the maintained outcomes where they are valid
    // for the date (promise_outcomes.h: only the promises that can be broken or due today are
    // read), by the rule over the payments for the customers without them.
    struct PromiseOnDate
    {
        Id id;
        Id customerId;
        QDate promisedDate;
        PromiseStatus status;
    };
    std::vector<PromiseOnDate> onDate;
    auto collectPromises = [&](const CustomerScope &scope, bool offerFollowUps) -> Status {
        onDate.clear();
        // (Only the portfolio's call leaves out the old broken promises that have a follow-up task:
        // they count in no score and need no task; the extra accounts' call offers none.)
        const QDate relevantFrom = offerFollowUps ? lookbackStart : QDate();
        // Every assigned account's: read for the whole book in one pass, the portfolio's kept.
        const bool wholeBook = scope.kind == CustomerScope::Kind::AllAssigned;
        // One collector's portfolio: which customers have valid stored outcomes is known (choices).
        const bool ofPortfolio = offerFollowUps && single;
        // (one collector's portfolio: whether the stored broken promises have a follow-up task there)
        std::unordered_map<Id, bool> followedUp;
        std::optional<std::unordered_set<Id>> promisesWithTasks; // any account's (every assigned account's queue)
        if (wholeBook && relevantFrom.isValid())
            promisesWithTasks.emplace();
        std::unordered_set<Id> validOfBook; // (every assigned account's: whose stored outcomes serve the date)
        for (const PromiseOutcome &outcome :
             wholeBook ? repository.queueOutcomesOfBook(asOf, settings.graceDays, relevantFrom,
                                                        promisesWithTasks ? &*promisesWithTasks : nullptr, &validOfBook)
             : ofPortfolio ? repository.queueOutcomesOfPortfolio(scope.collectorId, choices.validOutcomes, asOf,
                                                                 settings.graceDays, relevantFrom, &followedUp)
                           : repository.queueOutcomes(scope, asOf, settings.graceDays, relevantFrom))
            if (!wholeBook || customers.contains(outcome.customerId))
                onDate.push_back({outcome.promiseId, outcome.customerId, outcome.promisedDate,
                                  outcome.statusOn(asOf, settings.graceDays)});
        // The customers whose promises the rule evaluates: one collector's known from the choices;
        // every assigned account's: those without valid stored outcomes that have promises.
        auto withoutValidOutcomes = [&] {
            if (ofPortfolio)
                return std::move(choices.withoutValidOutcomes);
            if (!wholeBook)
                return repository.customersWithoutValidOutcomes(scope, asOf, settings.graceDays);
            std::vector<Id> others;
            for (const auto &[id, customer] : customers)
                if (!validOfBook.contains(id))
                    others.push_back(id);
            std::sort(others.begin(), others.end());
            return repository.customersWithPromisesAmong(others);
        };
        if (std::vector<Id> stale = withoutValidOutcomes();
            !stale.empty()) {
            // (their promises taken by the date, each customer's read once: promiseRuleInputsOn)
            const PromiseRuleInputs inputs = repository.promiseRuleInputsOn(stale, asOf, settings.graceDays);
            auto results = evaluatePromises(inputs.promises, inputs.payments, settings.graceDays, asOf);
            if (!results)
                return std::unexpected(results.error());
            for (qsizetype i = 0; i < results->size(); ++i) {
                const PromiseToPay &promise = inputs.promises[static_cast<std::size_t>(i)];
                onDate.push_back({promise.id, promise.customerId, promise.promisedFor, (*results)[i].status});
            }
        }
        for (const PromiseOnDate &promise : onDate) {
            const bool dueToday = promise.promisedDate == asOf && promise.status != PromiseStatus::Kept;
            if (promise.status != PromiseStatus::Broken && !dueToday)
                continue;
            PromiseFacts &facts = promiseFacts[promise.customerId];
            facts.dueToday = facts.dueToday || dueToday;
            if (promise.status != PromiseStatus::Broken)
                continue;
            const QDate deadline = promise.promisedDate.addDays(settings.graceDays);
            if (deadline >= lookbackStart)
                ++facts.broken;
            const auto owner = collectorOf(promise.customerId);
            if (offerFollowUps && wanted(owner))
                brokenFollowUps.push_back({*owner, promise.customerId, promise.id, deadline.addDays(1)});
        }
        // The broken promises that have no follow-up task yet (looked up by their ids).
        if (!brokenFollowUps.empty()) {
            std::vector<Id> ids;
            ids.reserve(brokenFollowUps.size());
            for (const BrokenFollowUp &b : brokenFollowUps)
                ids.push_back(b.promiseId);
            std::unordered_set<Id> withTask;
            if (single) {
                // (asked only about those the stored outcomes' read did not answer)
                std::erase_if(ids, [&](Id id) { return followedUp.contains(id); });
                for (const auto &[id, has] : followedUp)
                    if (has)
                        withTask.insert(id);
                if (!ids.empty())
                    for (const auto &task : repository.tasksOfSources(promiseSource, ids))
                        if (taskInScope(task.customerId))
                            withTask.insert(task.sourceId);
            } else if (promisesWithTasks) {
                withTask = std::move(*promisesWithTasks); // read with the outcomes: any account counts
            } else {
                withTask = repository.sourcesWithTasks(promiseSource, ids); // any account counts
            }
            for (const BrokenFollowUp &b : brokenFollowUps)
                if (!withTask.contains(b.promiseId))
                    entries.push_back({b.owner, accounts.slot(b.customerId), promiseKind, b.due, std::nullopt,
                                       promiseSource, b.promiseId, {}});
            brokenFollowUps.clear();
        }
        return {};
    };
    if (Status done = collectPromises(portfolio, true); !done)
        return std::unexpected(done.error());

    // 4. Disputes open on the date and past their due date, without a follow-up task yet.
    {
        const int disputeKind = kindIndex(TaskKind::disputeFollowUp);
        std::vector<DisputeRecord> pastDue;
        for (DisputeRecord &dispute : repository.disputesOpenOn(portfolio, asOf))
            if (wanted(collectorOf(dispute.customerId)) && dispute.dueDate.isValid() && dispute.dueDate < asOf)
                pastDue.push_back(std::move(dispute));
        std::vector<Id> ids;
        ids.reserve(pastDue.size());
        for (const DisputeRecord &dispute : pastDue)
            ids.push_back(dispute.id);
        std::unordered_set<Id> withTask;
        if (single) {
            for (const auto &task : repository.tasksOfSources(disputeSource, ids))
                if (taskInScope(task.customerId))
                    withTask.insert(task.sourceId);
        } else {
            withTask = repository.sourcesWithTasks(disputeSource, ids); // any account counts
        }
        for (const DisputeRecord &dispute : pastDue)
            if (!withTask.contains(dispute.id))
                entries.push_back({*collectorOf(dispute.customerId), accounts.slot(dispute.customerId), disputeKind,
                                   dispute.dueDate.addDays(1), std::nullopt, disputeSource, dispute.id,
                                   dispute.reason});
    }

    // 5. Escalations with a supervisor, or returned to a collector, without a task of theirs.
    {
        const std::vector<EscalationRecord> escalations = repository.escalationsForQueue(single);
        std::vector<Id> ids;
        ids.reserve(escalations.size());
        for (const EscalationRecord &escalation : escalations)
            ids.push_back(escalation.id);
        std::set<std::pair<Id, Id>> withTask; // (escalation, assignee), on any account
        for (const auto &task : repository.tasksOfSources(escalationSource, ids))
            if (task.assigneeId)
                withTask.emplace(task.sourceId, *task.assigneeId);
        const int escalationKind = kindIndex(TaskKind::escalation);
        for (const EscalationRecord &escalation : escalations) {
            const bool returned = escalation.status == u"returned";
            const std::optional<Id> owner = returned ? escalation.fromUser : escalation.toUser;
            if (!wanted(owner) || withTask.contains({escalation.id, *owner}))
                continue;
            const QDate due = utcDate(returned ? escalation.resolvedAt : escalation.createdAt);
            if (!due.isValid() || due > asOf)
                continue;
            entries.push_back({*owner, accounts.slot(escalation.customerId), escalationKind, due, std::nullopt,
                               escalationSource, escalation.id,
                               returned ? escalation.instructions : escalation.reason});
        }
    }

    // One item per (owner, account, kind): the earliest due; on the same day a task before an
    // implicit item, a lower task id before a higher one,
    // then a lower source id.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.owner != b.owner)
            return a.owner < b.owner;
        if (a.slot != b.slot)
            return a.slot < b.slot;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.due != b.due)
            return a.due < b.due;
        if (a.taskId.has_value() != b.taskId.has_value())
            return a.taskId.has_value();
        if (a.taskId != b.taskId)
            return a.taskId.value_or(0) < b.taskId.value_or(0);
        return a.sourceId.value_or(0) < b.sourceId.value_or(0); // e.g. two promises broken on the same day
    });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const Entry &a, const Entry &b) {
                                  return a.owner == b.owner && a.slot == b.slot && a.kind == b.kind;
                              }),
                  entries.end());

    // Accounts outside the portfolio (tasks of other accounts, escalations): their figures
    // and promises too, for the score.
    std::vector<Id> others;
    for (const Id id : accounts.ids())
        if (!customers.contains(id))
            others.push_back(id);
    if (!others.empty()) {
        std::sort(others.begin(), others.end());
        const CustomerScope extra = CustomerScope::of(others);
        for (DeskCustomer &c : repository.queueCustomers(extra))
            customers.emplace(c.id, std::move(c));
        for (const AccountFigures &f : repository.accountFigures(extra, asOf))
            figures.emplace(f.customerId, f);
        if (Status done = collectPromises(extra, false); !done)
            return std::unexpected(done.error());
    }

    // The account part of the items, once per account.
    const std::vector<Id> &slotIds = accounts.ids();
    {
        // The texts of the portfolio's accounts in a queue (the others' came with them above).
        std::vector<Id> shown;
        for (const Id id : slotIds)
            if (!std::binary_search(others.begin(), others.end(), id))
                shown.push_back(id);
        std::sort(shown.begin(), shown.end());
        if (!shown.empty())
            for (DeskCustomer &read : repository.queueCustomers(CustomerScope::of(std::move(shown)))) {
                DeskCustomer &c = customers[read.id];
                c.code = std::move(read.code);
                c.name = std::move(read.name);
                c.currency = std::move(read.currency);
                c.riskClass = std::move(read.riskClass);
            }
    }
    QHash<QString, int> decimalsOf; // by currency code
    auto decimals = [&](const QString &currency) {
        if (currency.isEmpty())
            return 2;
        auto it = decimalsOf.constFind(currency);
        if (it == decimalsOf.constEnd())
            it = decimalsOf.insert(currency, Money(0, currency).decimals());
        return it.value();
    };
    std::vector<WorklistItem> accountItems(slotIds.size());
    std::vector<WorklistAccount> scoreInputs(slotIds.size());
    QHash<QString, int> slotOfCode;
    slotOfCode.reserve(static_cast<qsizetype>(slotIds.size()));
    for (std::size_t slot = 0; slot < slotIds.size(); ++slot) {
        WorklistItem &item = accountItems[slot];
        item.customerId = slotIds[slot];
        if (const auto c = customers.find(item.customerId); c != customers.end()) {
            item.customerCode = c->second.code;
            item.customerName = c->second.name;
            item.currency = c->second.currency;
            item.riskClass = c->second.riskClass;
        }
        if (const auto f = figures.find(item.customerId); f != figures.end()) {
            item.overdueAmount = f->second.overdue;
            item.balance = f->second.balance();
            if (f->second.oldestOverdueDue.isValid())
                item.daysPastDue = static_cast<int>(f->second.oldestOverdueDue.daysTo(asOf));
        }
        if (const auto p = promiseFacts.find(item.customerId); p != promiseFacts.end()) {
            item.brokenPromises = p->second.broken;
            item.promiseDueToday = p->second.dueToday;
        }
        WorklistAccount &input = scoreInputs[slot];
        input.customerCode = item.customerCode;
        input.overdueAmount = item.overdueAmount;
        input.currencyDecimals = decimals(item.currency);
        input.oldestDaysPastDue = item.daysPastDue;
        input.brokenPromises = item.brokenPromises;
        input.promiseDueToday = item.promiseDueToday;
        input.riskClass = item.riskClass;
        input.balance = item.balance;
        slotOfCode.insert(item.customerCode, static_cast<int>(slot));
    }

    // Per owner: the accounts ranked by rankWorklist (score descending, code ascending), each
    // account's items by due date, then task kind.
    std::unordered_map<Id, std::vector<WorklistItem>> queues;
    std::vector<int> rankOfSlot(slotIds.size(), 0);
    std::vector<WorklistScore> scoreOfSlot(slotIds.size());
    for (auto begin = entries.begin(); begin != entries.end();) {
        const Id owner = begin->owner;
        auto end = std::find_if(begin, entries.end(), [&](const Entry &e) { return e.owner != owner; });
        std::vector<WorklistAccount> inputs;
        for (auto it = begin; it != end; ++it)
            if (it == begin || it->slot != std::prev(it)->slot) // entries are grouped by slot
                inputs.push_back(scoreInputs[static_cast<std::size_t>(it->slot)]);
        const QList<RankedAccount> ranked = rankWorklist(inputs, weights);
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            const int slot = slotOfCode.value(ranked[i].customerCode);
            rankOfSlot[static_cast<std::size_t>(slot)] = static_cast<int>(i);
            scoreOfSlot[static_cast<std::size_t>(slot)] = ranked[i].score;
        }
        std::sort(begin, end, [&](const Entry &a, const Entry &b) {
            const int ra = rankOfSlot[static_cast<std::size_t>(a.slot)];
            const int rb = rankOfSlot[static_cast<std::size_t>(b.slot)];
            if (ra != rb)
                return ra < rb;
            if (a.due != b.due)
                return a.due < b.due;
            return a.kind < b.kind;
        });
        std::vector<WorklistItem> &items = queues[owner];
        items.reserve(static_cast<std::size_t>(end - begin));
        for (auto it = begin; it != end; ++it) {
            WorklistItem item = accountItems[static_cast<std::size_t>(it->slot)];
            item.score = scoreOfSlot[static_cast<std::size_t>(it->slot)];
            item.task = kinds[it->kind];
            item.due = it->due;
            item.taskId = it->taskId;
            item.sourceKind = std::move(it->sourceKind);
            item.sourceId = it->sourceId;
            item.notes = std::move(it->notes);
            items.push_back(std::move(item));
        }
        begin = end;
    }
    return queues;
}

// The credit hold in force on each item's account (docs/credit-policy.md: shown on every
// screen of the account, the queue row included).
template<typename Queues>
void attachHolds(Book &book, Queues &queues)
{
    std::unordered_set<Id> shown; // the holds of these accounts only
    for (const auto &[owner, items] : queues)
        for (const WorklistItem &item : items)
            shown.insert(item.customerId);
    if (shown.empty())
        return;
    const auto holds = PolicyRepository(book).activeHolds(&shown);
    if (holds.empty())
        return;
    for (auto &[owner, items] : queues)
        for (WorklistItem &item : items)
            if (const auto it = holds.find(item.customerId); it != holds.end())
                item.hold = it->second;
}

} // namespace

Result<Worklist> CollectionService::worklist(const QString &login, QDate asOf, const WorklistWeights &weights)
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("CollectionService", "the as-of date is not a valid date")));

    return reading([&]() -> Result<Worklist> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        const auto owner = UserRepository(book).byLogin(login);
        if (!owner)
            return std::unexpected(
                    Error::notFound(QCoreApplication::translate("CollectionService", "unknown user %1").arg(login)));
        if (m_session.actor().userId != owner->id && !isSupervisoryRole(m_session.actor().role))
            return std::unexpected(
                    Error::denied(QCoreApplication::translate("CollectionService",
                                                              "%1 may see only their own queue, not the one of %2")
                                          .arg(m_session.actor().login, login)));
        CollectionRepository repository(book);
        auto queues = buildQueues(repository, owner->id, asOf, weights);
        if (!queues)
            return std::unexpected(queues.error());
        attachHolds(book, *queues);
        Worklist worklist;
        worklist.login = owner->login;
        worklist.asOf = asOf;
        if (auto it = queues->find(owner->id); it != queues->end())
            worklist.items = std::move(it->second);
        return worklist;
    });
}

Result<std::vector<Worklist>> CollectionService::allWorklists(QDate asOf, const WorklistWeights &weights)
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    if (!isSupervisoryRole(m_session.actor().role))
        return std::unexpected(Error::denied(QCoreApplication::translate(
                "CollectionService", "only a supervisor, manager or admin sees every queue")));
    if (!asOf.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("CollectionService", "the as-of date is not a valid date")));

    return reading([&]() -> Result<std::vector<Worklist>> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        CollectionRepository repository(book);
        auto queues = buildQueues(repository, std::nullopt, asOf, weights);
        if (!queues)
            return std::unexpected(queues.error());
        attachHolds(book, *queues);
        std::vector<Worklist> result;
        for (const StaffUser &user : UserRepository(book).all()) {
            auto it = queues->find(user.id);
            const bool deskRole = user.active && (user.role == Role::Collector || user.role == Role::Supervisor);
            if (it == queues->end() && !deskRole)
                continue;
            Worklist worklist;
            worklist.login = user.login;
            worklist.asOf = asOf;
            if (it != queues->end())
                worklist.items = std::move(it->second);
            result.push_back(std::move(worklist));
        }
        return result; // UserRepository::all() is ordered by login
    });
}

Result<std::vector<DeskUser>> CollectionService::deskUsers()
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<DeskUser>> {
        std::vector<DeskUser> result;
        for (const StaffUser &user : UserRepository(m_session.book()).all())
            if (user.active && (user.role == Role::Collector || isSupervisoryRole(user.role)))
                result.push_back({user.id, user.login, user.name, user.role, user.region});
        return result;
    });
}

Result<DeskProfile> CollectionService::deskProfile(const QString &customerCode)
{
    if (Status allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<DeskProfile> {
        const auto c = CollectionRepository(m_session.book()).customerByCode(customerCode);
        if (!c)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("CollectionService", "unknown customer %1").arg(customerCode)));
        return DeskProfile{c->id,        c->code,      c->name,
                           c->currency,  c->timeZone,  c->consumer,
                           c->doNotCall, c->ceaseCommunication, c->attorney,
                           c->noWorkCalls};
    });
}

Result<std::optional<Id>> CollectionService::completeTask(Id taskId, const QString &result, QDate followUp)
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<std::optional<Id>> {
        CollectionRepository repository(m_session.book());
        const auto task = repository.taskById(taskId);
        if (!task)
            return std::unexpected(
                    Error::notFound(QCoreApplication::translate("CollectionService", "unknown task %1").arg(taskId)));
        if (task->status != u"open")
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("CollectionService", "task %1 is already %2")
                                            .arg(taskId)
                                            .arg(task->status)));
        const auto customer = repository.customerById(task->customerId);
        const std::optional<Id> me = m_session.actor().userId;
        const bool mine = !task->assigneeId || task->assigneeId == me
                || (customer && customer->collectorId && customer->collectorId == me);
        if (!mine && !isSupervisoryRole(m_session.actor().role))
            return std::unexpected(Error::denied(
                    QCoreApplication::translate("CollectionService", "task %1 is in the queue of another user")
                            .arg(taskId)));

        const Stamp stamp = m_session.stamp();
        repository.completeTask(taskId, stamp.at, stamp.userId, result);
        QJsonObject details{{QStringLiteral("customer_code"), customer ? customer->code : QString()},
                            {QStringLiteral("task_id"), collections::jsonId(taskId)},
                            {QStringLiteral("kind"), task->kind},
                            {QStringLiteral("result"), result}};

        // A returned escalation is closed when its collector finishes the task.
        if (task->sourceKind == u"escalation" && task->sourceId) {
            if (auto escalation = repository.escalationById(*task->sourceId); escalation
                && escalation->status == u"returned"
                && (!escalation->fromUser || escalation->fromUser == task->assigneeId)) {
                escalation->status = QStringLiteral("resolved");
                repository.updateEscalation(*escalation);
                details.insert(QStringLiteral("escalation_resolved"), collections::jsonId(escalation->id));
            }
        }

        std::optional<Id> next;
        if (followUp.isValid()) {
            TaskRecord follow;
            follow.customerId = task->customerId;
            follow.assigneeId = task->assigneeId;
            follow.kind = task->kind == TaskKind::escalation ? TaskKind::call : task->kind;
            follow.dueDate = followUp;
            follow.sourceKind = task->kind == TaskKind::escalation ? QString() : task->sourceKind;
            follow.sourceId = task->kind == TaskKind::escalation ? std::nullopt : task->sourceId;
            follow.notes = result;
            follow.createdAt = stamp.at;
            follow.createdBy = stamp.userId;
            next = repository.insertTask(follow);
            details.insert(QStringLiteral("follow_up_task_id"), collections::jsonId(next ? *next : 0));
            details.insert(QStringLiteral("follow_up"), collections::isoDate(followUp));
        }
        collections::auditOnCustomer(m_session.book(), stamp, QStringLiteral("task.complete"), task->customerId,
                                     details);
        return next;
    });
}

Result<std::optional<Id>> CollectionService::completeItem(const WorklistItem &item, const QString &result,
                                                          QDate followUp)
{
    if (item.taskId)
        return completeTask(*item.taskId, result, followUp);
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    // An implicit item: record it as a task done now (the dedupe key of a sourced item keeps
    // it from coming back), then handle the follow-up like completeTask.
    auto recorded = inTransaction(m_session.book(), [&]() -> Result<Id> {
        CollectionRepository repository(m_session.book());
        const auto customer = repository.customerById(item.customerId);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("CollectionService", "unknown customer id %1").arg(item.customerId)));
        const Stamp stamp = m_session.stamp();
        TaskRecord task;
        task.customerId = item.customerId;
        task.assigneeId = m_session.actor().userId ? m_session.actor().userId : customer->collectorId;
        task.kind = item.task;
        task.dueDate = item.due;
        task.sourceKind = item.sourceKind;
        task.sourceId = item.sourceId;
        if (item.sourceId)
            task.dedupeKey = item.sourceKind == u"escalation"
                    ? QStringLiteral("%1:%2:%3").arg(item.task).arg(*item.sourceId).arg(task.assigneeId.value_or(0))
                    : QStringLiteral("%1:%2").arg(item.task).arg(*item.sourceId);
        task.notes = item.notes;
        task.createdAt = stamp.at;
        task.createdBy = stamp.userId;
        const auto id = repository.insertTask(task);
        if (!id)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("CollectionService", "this item was already recorded (%1)")
                            .arg(task.dedupeKey)));
        return *id;
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    return completeTask(*recorded, result, followUp);
}

Result<Id> CollectionService::addTask(const QString &customerCode, const QString &kind, QDate due, const QString &notes,
                                      const QString &assigneeLogin)
{
    if (Status allowed = m_session.require(Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    if (!due.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("CollectionService", "the due date is not a valid date")));
    if (kindRank(kind) >= 5)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate(
                        "CollectionService",
                        "'%1' is not a task kind (call, promise_follow_up, dispute_follow_up, review, escalation)")
                        .arg(kind)));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        CollectionRepository repository(m_session.book());
        const auto customer = repository.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("CollectionService", "unknown customer %1").arg(customerCode)));
        std::optional<Id> assignee = customer->collectorId ? customer->collectorId : m_session.actor().userId;
        if (!assigneeLogin.isEmpty()) {
            const auto user = UserRepository(m_session.book()).byLogin(assigneeLogin);
            if (!user || !user->active)
                return std::unexpected(
                        Error::notFound(QCoreApplication::translate("CollectionService", "unknown or inactive user %1")
                                                .arg(assigneeLogin)));
            assignee = user->id;
        }
        const Stamp stamp = m_session.stamp();
        TaskRecord task;
        task.customerId = customer->id;
        task.assigneeId = assignee;
        task.kind = kind;
        task.dueDate = due;
        task.notes = notes;
        task.createdAt = stamp.at;
        task.createdBy = stamp.userId;
        const Id id = repository.insertTask(task).value_or(0);
        collections::auditOnCustomer(m_session.book(), stamp, QStringLiteral("task.add"), customer->id,
                                     {{QStringLiteral("customer_code"), customer->code},
                                      {QStringLiteral("task_id"), collections::jsonId(id)},
                                      {QStringLiteral("kind"), kind},
                                      {QStringLiteral("due"), collections::isoDate(due)}});
        return id;
    });
}

Result<qint64> CollectionService::assignPortfolio(const PortfolioAssignment &assignment)
{
    if (Status allowed = m_session.require(Action::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (!isSupervisoryRole(m_session.actor().role))
        return std::unexpected(Error::denied(QCoreApplication::translate(
                "CollectionService", "only a supervisor, manager or admin assigns portfolios")));
    const bool band = assignment.minimumBalance || assignment.maximumBalance;
    if (assignment.customerCodes.isEmpty() && assignment.region.isEmpty() && assignment.language.isEmpty()
        && assignment.currency.isEmpty() && !band)
        return std::unexpected(Error::invalid(QCoreApplication::translate(
                "CollectionService", "give customer codes or a rule (region, language, balance band)")));
    if (band && assignment.currency.isEmpty())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("CollectionService", "a balance band needs its currency")));
    if (assignment.minimumBalance && assignment.maximumBalance
        && *assignment.minimumBalance > *assignment.maximumBalance)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("CollectionService", "the balance band's minimum is above its maximum")));

    return inTransaction(m_session.book(), [&]() -> Result<qint64> {
        CollectionRepository repository(m_session.book());
        const auto collector = UserRepository(m_session.book()).byLogin(assignment.collectorLogin);
        if (!collector)
            return std::unexpected(Error::notFound(QCoreApplication::translate("CollectionService", "unknown user %1")
                                                           .arg(assignment.collectorLogin)));
        if (!collector->active)
            return std::unexpected(
                    Error::invalid(QCoreApplication::translate("CollectionService", "user %1 is deactivated")
                                           .arg(assignment.collectorLogin)));
        if (collector->role != Role::Collector && collector->role != Role::Supervisor
            && collector->role != Role::Manager)
            return std::unexpected(
                    Error::invalid(QCoreApplication::translate("CollectionService", "%1 is a %2, not a collector")
                                           .arg(assignment.collectorLogin, roleDisplayName(collector->role))));

        std::vector<DeskCustomer> chosen;
        if (!assignment.customerCodes.isEmpty()) {
            for (const QString &code : assignment.customerCodes) {
                auto customer = repository.customerByCode(code);
                if (!customer)
                    return std::unexpected(Error::notFound(
                            QCoreApplication::translate("CollectionService", "unknown customer %1").arg(code)));
                chosen.push_back(std::move(*customer));
            }
        } else {
            PortfolioRule rule{assignment.region, assignment.language, assignment.currency, assignment.minimumBalance,
                               assignment.maximumBalance};
            for (DeskCustomer &customer : repository.customers(CustomerScope::of(repository.customersMatching(rule))))
                chosen.push_back(std::move(customer));
        }

        const Stamp stamp = m_session.stamp();
        // Group by previous collector so their open tasks move along.
        std::map<std::optional<Id>, std::vector<Id>> byPrevious;
        for (const DeskCustomer &customer : chosen)
            if (customer.collectorId != collector->id)
                byPrevious[customer.collectorId].push_back(customer.id);
        qint64 changed = 0;
        for (const auto &[previous, ids] : byPrevious) {
            repository.setCollector(ids, collector->id, stamp.at);
            repository.moveOpenTasks(ids, previous, collector->id);
            changed += static_cast<qint64>(ids.size());
        }
        for (const DeskCustomer &customer : chosen) {
            if (customer.collectorId == collector->id)
                continue;
            QJsonObject details{{QStringLiteral("customer_code"), customer.code},
                                {QStringLiteral("collector"), collector->login}};
            if (customer.collectorId) {
                if (const auto before = UserRepository(m_session.book()).byId(*customer.collectorId))
                    details.insert(QStringLiteral("previous_collector"), before->login);
            }
            collections::auditOnCustomer(m_session.book(), stamp, QStringLiteral("portfolio.assign"), customer.id,
                                         details);
        }
        return changed;
    });
}

Result<void> CollectionService::setContactRestrictions(const QString &customerCode, bool doNotCall,
                                                       bool ceaseCommunication, bool attorney, bool noWorkCalls)
{
    if (Status allowed = m_session.require(Action::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        CollectionRepository repository(m_session.book());
        const auto customer = repository.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("CollectionService", "unknown customer %1").arg(customerCode)));
        const Stamp stamp = m_session.stamp();
        repository.setContactFlags(customer->id, doNotCall, ceaseCommunication, attorney, noWorkCalls, stamp.at);
        collections::auditOnCustomer(
                m_session.book(), stamp, QStringLiteral("customer.contact_restrictions"), customer->id,
                {{QStringLiteral("customer_code"), customer->code},
                 {QStringLiteral("before"),
                  QJsonObject{{QStringLiteral("do_not_call"), customer->doNotCall},
                              {QStringLiteral("cease_communication"), customer->ceaseCommunication},
                              {QStringLiteral("attorney"), customer->attorney},
                              {QStringLiteral("no_work_calls"), customer->noWorkCalls}}},
                 {QStringLiteral("after"),
                  QJsonObject{{QStringLiteral("do_not_call"), doNotCall},
                              {QStringLiteral("cease_communication"), ceaseCommunication},
                              {QStringLiteral("attorney"), attorney},
                              {QStringLiteral("no_work_calls"), noWorkCalls}}}});
        return {};
    });
}

Result<CollectionSettings> CollectionService::settings()
{
    return reading([&]() -> Result<CollectionSettings> {
        CollectionRepository repository(m_session.book());
        return collections::loadSettings(repository);
    });
}

Result<void> CollectionService::setSettings(const CollectionSettings &settings)
{
    if (Status allowed = m_session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    if (settings.graceDays < 0 || settings.graceDays > 365)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("CollectionService", "grace days must be between 0 and 365 (got %1)")
                        .arg(settings.graceDays)));
    if (!settings.windowStart.isValid() || !settings.windowEnd.isValid() || settings.windowStart >= settings.windowEnd)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("CollectionService", "the contact window must start before it ends")));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        CollectionRepository repository(m_session.book());
        const Stamp stamp = m_session.stamp();
        using namespace collections;
        repository.setSetting(SettingKey::graceDays, QString::number(settings.graceDays), stamp);
        repository.setSetting(SettingKey::windowStart, settings.windowStart.toString(QStringLiteral("HH:mm")), stamp);
        repository.setSetting(SettingKey::windowEnd, settings.windowEnd.toString(QStringLiteral("HH:mm")), stamp);
        repository.setSetting(SettingKey::windowAppliesToBusiness,
                              settings.windowAppliesToBusiness ? QStringLiteral("1") : QStringLiteral("0"), stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("settings.collections"), QStringLiteral("settings"), std::nullopt,
                        compactJson(
                                {{QStringLiteral("grace_days"), settings.graceDays},
                                 {QStringLiteral("contact_window_start"),
                                  settings.windowStart.toString(QStringLiteral("HH:mm"))},
                                 {QStringLiteral("contact_window_end"),
                                  settings.windowEnd.toString(QStringLiteral("HH:mm"))},
                                 {QStringLiteral("window_applies_to_business"), settings.windowAppliesToBusiness}}));
        return {};
    });
}

} // namespace ardesk
