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

// The customers of a queue's portfolio in id order (the owner of their implicit items is their
// collector), with what choosing the items needs; found by id through a table of positions when
// the ids are dense, as a book's are (a binary search else). Every assigned account's at 1m:
// 50,000 customers, looked up some 150,000 times in one pass, where a hash map of DeskCustomer
// cost its allocations, cache misses and freeing (issue 8, session 11).
class PortfolioCustomers final
{
public:
    struct Customer final
    {
        Id id = 0;
        std::optional<Id> collectorId;
        bool ceaseCommunication = false;
        bool attorney = false;
        bool openTask = false; // has an open task, whatever its due date
    };

    void assign(std::vector<Customer> customers)
    {
        m_customers = std::move(customers);
        auto byId = [](const Customer &a, const Customer &b) { return a.id < b.id; };
        if (!std::is_sorted(m_customers.begin(), m_customers.end(), byId))
            std::sort(m_customers.begin(), m_customers.end(), byId);
        m_position.clear();
        if (m_customers.empty())
            return;
        m_first = m_customers.front().id;
        const Id span = m_customers.back().id - m_first + 1;
        if (span <= static_cast<Id>(2 * m_customers.size() + 1024)) {
            m_position.assign(static_cast<std::size_t>(span), -1);
            for (std::size_t i = 0; i < m_customers.size(); ++i)
                m_position[static_cast<std::size_t>(m_customers[i].id - m_first)] = static_cast<int>(i);
        }
    }
    // The customer's position in all(), or -1.
    int position(Id id) const
    {
        if (m_customers.empty())
            return -1;
        if (!m_position.empty())
            return id < m_first || id - m_first >= static_cast<Id>(m_position.size())
                    ? -1
                    : m_position[static_cast<std::size_t>(id - m_first)];
        const auto it = std::lower_bound(m_customers.begin(), m_customers.end(), id,
                                         [](const Customer &c, Id wanted) { return c.id < wanted; });
        return it != m_customers.end() && it->id == id ? static_cast<int>(it - m_customers.begin()) : -1;
    }
    const Customer *find(Id id) const
    {
        const int at = position(id);
        return at < 0 ? nullptr : &m_customers[static_cast<std::size_t>(at)];
    }
    Customer *find(Id id)
    {
        const int at = position(id);
        return at < 0 ? nullptr : &m_customers[static_cast<std::size_t>(at)];
    }
    const std::vector<Customer> &all() const { return m_customers; }

private:
    std::vector<Customer> m_customers; // ascending id
    Id m_first = 0;
    std::vector<int> m_position; // by id - m_first (-1: none); empty: sparse ids, binary search
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

    // The portfolio: its customers (the owner of their implicit items is their collector) and
    // which of them have an open task. One collector's: without their texts (read below for the
    // accounts in a queue only), in the same read which have promise outcomes stored and valid
    // for the date (used in 3.). Every assigned account's: one scan of the customers with their
    // texts kept as UTF-8 (made into strings below for the accounts in a queue only), and every
    // open task of the book in one read (its owner: the assignee, else the account's collector,
    // known here, so no customer is looked up per task).
    PortfolioCustomers customers;
    CollectionRepository::QueueChoices choices;
    CollectionRepository::AssignedCustomers assigned; // every assigned account's, by position in customers
    std::vector<CollectionRepository::OpenTask> dueTasks; // every assigned account's
    {
        std::vector<PortfolioCustomers::Customer> read;
        if (single) {
            choices = repository.queueChoices(portfolio, asOf, settings.graceDays);
            read.reserve(choices.customers.size());
            for (const DeskCustomer &c : choices.customers)
                read.push_back({c.id, c.collectorId, c.ceaseCommunication, c.attorney,
                                std::binary_search(choices.withOpenTasks.begin(), choices.withOpenTasks.end(), c.id)});
            choices.customers.clear();
            customers.assign(std::move(read));
        } else {
            assigned = repository.assignedCustomers();
            read.reserve(assigned.rows.size());
            for (const auto &row : assigned.rows)
                read.push_back({row.id, row.collectorId, row.ceaseCommunication, row.attorney, false});
            customers.assign(std::move(read)); // (the same order as assigned.rows)
            CollectionRepository::OpenTasks open = repository.openTasksOfBook(asOf);
            for (const Id id : open.customers)
                if (PortfolioCustomers::Customer *c = customers.find(id))
                    c->openTask = true;
            dueTasks = std::move(open.due);
        }
    }
    auto collectorOf = [&](Id customerId) -> std::optional<Id> {
        const PortfolioCustomers::Customer *c = customers.find(customerId);
        return c ? c->collectorId : std::nullopt;
    };

    // 1. Open tasks due by the date.
    if (single) {
        for (auto &[owner, task] : repository.queueTasks(single, asOf))
            entries.push_back({owner, accounts.slot(task.customerId), kindIndex(task.kind), task.dueDate, task.id,
                               task.sourceKind, task.sourceId, task.notes});
    } else {
        for (CollectionRepository::OpenTask &task : dueTasks) {
            const std::optional<Id> owner = task.assigneeId ? task.assigneeId : collectorOf(task.customerId);
            if (owner)
                entries.push_back({*owner, accounts.slot(task.customerId), kindIndex(task.kind), task.dueDate,
                                   task.id, std::move(task.sourceKind), task.sourceId, std::move(task.notes)});
        }
        dueTasks = {};
    }

    // 2. Implicit calls: overdue accounts of the portfolio without any open task.
    // (The portfolio's figures ascending by customer, found by a binary search; the extra
    // accounts' below in a map of their own.)
    std::vector<AccountFigures> figures;
    std::unordered_map<Id, AccountFigures> extraFigures;
    {
        std::vector<Id> assignedIds; // (every assigned account's, read above)
        if (!single) {
            assignedIds.reserve(customers.all().size());
            for (const PortfolioCustomers::Customer &c : customers.all())
                assignedIds.push_back(c.id);
        }
        figures = repository.accountFigures(portfolio, asOf, single ? nullptr : &assignedIds);
        auto byCustomer = [](const AccountFigures &a, const AccountFigures &b) { return a.customerId < b.customerId; };
        if (!std::is_sorted(figures.begin(), figures.end(), byCustomer))
            std::sort(figures.begin(), figures.end(), byCustomer);
    }
    auto figuresOf = [&](Id customerId) -> const AccountFigures * {
        const auto it = std::lower_bound(figures.begin(), figures.end(), customerId,
                                         [](const AccountFigures &f, Id id) { return f.customerId < id; });
        if (it != figures.end() && it->customerId == customerId)
            return &*it;
        const auto extra = extraFigures.find(customerId);
        return extra == extraFigures.end() ? nullptr : &extra->second;
    };
    {
        // (room for every account with figures: reserved, not touched, so the entries are not
        // copied as they grow)
        entries.reserve(entries.size() + figures.size() + 1024);
        for (const AccountFigures &f : figures) {
            const PortfolioCustomers::Customer *c = customers.find(f.customerId);
            const auto owner = c ? c->collectorId : std::nullopt;
            // Never an implicit call to a customer who asked for no contact or is represented by an
            // attorney: only a task someone chose to create puts such an account in the queue.
            if (wanted(owner) && f.overdue > 0 && f.oldestOverdueDue.isValid() && !c->openTask
                && !c->ceaseCommunication && !c->attorney)
                entries.push_back({*owner,
                                   accounts.slot(f.customerId),
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
    auto taskInScope = [&](Id customerId) { return !single || customers.find(customerId) != nullptr; };
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
        std::optional<std::vector<Id>> promisesWithTasks; // any account's (every assigned account's queue; ascending)
        if (wholeBook && relevantFrom.isValid())
            promisesWithTasks.emplace();
        std::vector<Id> validOfBook; // (every assigned account's: whose stored outcomes serve the date; ascending)
        for (const PromiseOutcome &outcome :
             wholeBook ? repository.queueOutcomesOfBook(asOf, settings.graceDays, relevantFrom,
                                                        promisesWithTasks ? &*promisesWithTasks : nullptr, &validOfBook)
             : ofPortfolio ? repository.queueOutcomesOfPortfolio(scope.collectorId, choices.validOutcomes, asOf,
                                                                 settings.graceDays, relevantFrom, &followedUp)
                           : repository.queueOutcomes(scope, asOf, settings.graceDays, relevantFrom))
            if (!wholeBook || customers.find(outcome.customerId))
                onDate.push_back({outcome.promiseId, outcome.customerId, outcome.promisedDate,
                                  outcome.statusOn(asOf, settings.graceDays)});
        // The customers whose promises the rule evaluates: one collector's known from the choices;
        // every assigned account's: those without valid stored outcomes that have promises.
        auto withoutValidOutcomes = [&] {
            if (ofPortfolio)
                return std::move(choices.withoutValidOutcomes);
            if (!wholeBook)
                return repository.customersWithoutValidOutcomes(scope, asOf, settings.graceDays);
            std::vector<Id> others; // (both lists ascending: walked side by side)
            auto valid = validOfBook.begin();
            for (const PortfolioCustomers::Customer &customer : customers.all()) {
                while (valid != validOfBook.end() && *valid < customer.id)
                    ++valid;
                if (valid == validOfBook.end() || *valid != customer.id)
                    others.push_back(customer.id);
            }
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
            std::vector<Id> withTaskOfBook; // (the one pass: ascending)
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
                withTaskOfBook = std::move(*promisesWithTasks); // read with the outcomes: any account counts
            } else {
                withTask = repository.sourcesWithTasks(promiseSource, ids); // any account counts
            }
            for (const BrokenFollowUp &b : brokenFollowUps)
                if (!withTask.contains(b.promiseId)
                    && !std::binary_search(withTaskOfBook.begin(), withTaskOfBook.end(), b.promiseId))
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
        if (!customers.find(id))
            others.push_back(id);
    std::unordered_map<Id, DeskCustomer> texts; // of the accounts outside the portfolio; one collector's: all
    if (!others.empty()) {
        std::sort(others.begin(), others.end());
        const CustomerScope extra = CustomerScope::of(others);
        for (DeskCustomer &c : repository.queueCustomers(extra))
            texts.emplace(c.id, std::move(c));
        for (const AccountFigures &f : repository.accountFigures(extra, asOf))
            extraFigures.emplace(f.customerId, f);
        if (Status done = collectPromises(extra, false); !done)
            return std::unexpected(done.error());
    }

    // The account part of the items, once per account.
    const std::vector<Id> &slotIds = accounts.ids();
    {
        // The texts of the portfolio's accounts in a queue (the others' came with them above;
        // every assigned account's were read with the customers).
        std::vector<Id> shown;
        if (single)
            for (const Id id : slotIds)
                if (!std::binary_search(others.begin(), others.end(), id))
                    shown.push_back(id);
        std::sort(shown.begin(), shown.end());
        if (!shown.empty())
            for (DeskCustomer &read : repository.queueCustomers(CustomerScope::of(std::move(shown))))
                texts.emplace(read.id, std::move(read));
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
    // (what the score takes, and the name and currency besides: the items are made from them per
    // owner below, not copied from a whole item per account)
    std::vector<WorklistAccount> scoreInputs(slotIds.size());
    std::vector<std::pair<QString, QString>> nameAndCurrency(slotIds.size());
    QHash<QString, int> slotOfCode;
    slotOfCode.reserve(static_cast<qsizetype>(slotIds.size()));
    for (std::size_t slot = 0; slot < slotIds.size(); ++slot) {
        const Id customerId = slotIds[slot];
        WorklistAccount &input = scoreInputs[slot];
        auto &[name, currency] = nameAndCurrency[slot];
        using Text = CollectionRepository::AssignedCustomers::Text;
        if (const int at = single ? -1 : customers.position(customerId); at >= 0) {
            const auto &row = assigned.rows[static_cast<std::size_t>(at)];
            input.customerCode = assigned.text(row, Text::Code);
            name = assigned.text(row, Text::Name);
            currency = assigned.text(row, Text::Currency);
            input.riskClass = assigned.text(row, Text::RiskClass);
        } else if (const auto c = texts.find(customerId); c != texts.end()) {
            input.customerCode = c->second.code;
            name = c->second.name;
            currency = c->second.currency;
            input.riskClass = c->second.riskClass;
        }
        if (const AccountFigures *f = figuresOf(customerId)) {
            input.overdueAmount = f->overdue;
            input.balance = f->balance();
            if (f->oldestOverdueDue.isValid())
                input.oldestDaysPastDue = static_cast<int>(f->oldestOverdueDue.daysTo(asOf));
        }
        if (const auto p = promiseFacts.find(customerId); p != promiseFacts.end()) {
            input.brokenPromises = p->second.broken;
            input.promiseDueToday = p->second.dueToday;
        }
        input.currencyDecimals = decimals(currency);
        slotOfCode.insert(input.customerCode, static_cast<int>(slot));
    }
    // What is read is no longer needed: freed before the items are made (less memory held at once).
    assigned = {};
    customers = {};
    figures = {};
    texts = {};

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
            const auto slot = static_cast<std::size_t>(it->slot);
            const WorklistAccount &account = scoreInputs[slot];
            WorklistItem item;
            item.customerId = slotIds[slot];
            item.customerCode = account.customerCode;
            item.customerName = nameAndCurrency[slot].first;
            item.currency = nameAndCurrency[slot].second;
            item.riskClass = account.riskClass;
            item.overdueAmount = account.overdueAmount;
            item.balance = account.balance;
            item.daysPastDue = account.oldestDaysPastDue;
            item.brokenPromises = account.brokenPromises;
            item.promiseDueToday = account.promiseDueToday;
            item.score = scoreOfSlot[slot];
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
