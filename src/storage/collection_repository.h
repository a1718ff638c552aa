#pragma once
// The collector desk's storage: portfolios, per-account figures as of a date, tasks, the
// contact log, promises to pay, disputes, complaints, escalations and the desk settings.
// Amounts are minor units of the customer's currency; dates are QDate (stored as Julian
// days); time stamps are UTC ISO 8601 text. The caller (a service) holds the transaction
// and checks the rules. Errors: throws StorageError (storage layer style).

#include "book.h"
#include "ledger_repository.h"
#include "promise_outcomes.h"
#include "statement.h"

#include "domain/instalment_terms.h"
#include "domain/ledger_types.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ardesk {

// Which customers a query covers.
struct CustomerScope final
{
    enum class Kind { Collector, AllAssigned, Customers };
    Kind kind = Kind::AllAssigned;
    Id collectorId = 0;        // Kind::Collector: customers.collector_id = collectorId
    std::vector<Id> customers; // Kind::Customers: these ids

    static CustomerScope collector(Id id) { return {Kind::Collector, id, {}}; }
    static CustomerScope allAssigned() { return {Kind::AllAssigned, 0, {}}; }
    static CustomerScope of(std::vector<Id> ids) { return {Kind::Customers, 0, std::move(ids)}; }
};

// A customer as the desk sees it (identity, portfolio and the compliance profile).
struct DeskCustomer final
{
    Id id = 0;
    QString code;
    QString name;
    QString currency;
    QString riskClass;
    QString region;
    QString language;
    QString timeZone;
    bool consumer = false;
    bool doNotCall = false;
    bool ceaseCommunication = false;
    bool attorney = false;
    bool noWorkCalls = false;
    std::optional<Id> collectorId;
};

// One account's receivable figures as of a date, summed in SQL. An item counts when it
// was issued on or before the date, with the allocations dated on or before it.
struct AccountFigures final
{
    Id customerId = 0;
    MinorUnits open = 0;      // sum of the open amounts
    MinorUnits overdue = 0;   // open amount of items due before the date, less their disputed part
    MinorUnits disputed = 0;  // disputes open on the date, each capped at its item's open amount
    MinorUnits unapplied = 0; // unapplied cash and unapplied credit notes on the date
    QDate oldestOverdueDue;   // due date of the oldest item with an undisputed overdue part
    MinorUnits balance() const { return open - unapplied; }

    // Adds one invoice's open amount as of the day `asOfDay` (a Julian day): its disputed
    // part (capped at the open amount) is held back from what is overdue; an instalment
    // invoice (`parts` not null) is overdue part by part, what was applied filling the
    // earliest part first and the disputed amount held back from the earliest parts too.
    void addOpenInvoice(qint64 asOfDay, qint64 dueDay, MinorUnits openAmount, MinorUnits disputedAmount,
                        const std::vector<InstalmentPart> *parts);
};

// One customer's stored figures (customer_figures.h): the figures as of `figuresDay`, the
// same for every date from `validFrom` up to (not including) `validUntil`.
constexpr qint64 kFiguresForever = 5373485; // the day after 9999-12-31
struct StoredCustomerFigures final
{
    AccountFigures figures;
    qint64 figuresDay = 0;
    qint64 validFrom = 0;
    qint64 validUntil = kFiguresForever;
    bool validOn(qint64 day) const { return validFrom <= day && day < validUntil; }
    friend bool operator==(const StoredCustomerFigures &a, const StoredCustomerFigures &b)
    {
        return a.figures.customerId == b.figures.customerId && a.figures.open == b.figures.open
                && a.figures.overdue == b.figures.overdue && a.figures.disputed == b.figures.disputed
                && a.figures.unapplied == b.figures.unapplied && a.figures.oldestOverdueDue == b.figures.oldestOverdueDue
                && a.figuresDay == b.figuresDay && a.validFrom == b.validFrom && a.validUntil == b.validUntil;
    }
};

struct StoredPromise final
{
    Id id = 0;
    Id customerId = 0;
    std::optional<Id> collectorId;
    std::optional<Id> contactId;
    QDate takenDate;
    QDate promisedDate;
    MinorUnits amount = 0;
    QString currency;
    std::optional<Id> invoiceId;
    QString status; // promiseStatusKey: pending, kept, partially_kept, broken
    MinorUnits paid = 0;
    QDate evaluatedAsOf;
};

// A payment as promise evaluation needs it: received, not reversed on or before the
// as-of date, with its applications (as of that date) to the invoices named by promises.
struct PromisePayment final
{
    Id paymentId = 0;
    Id customerId = 0;
    QDate receivedDate;
    MinorUnits amount = 0;
    std::vector<std::pair<Id, MinorUnits>> applications; // invoice id, amount applied
};

// What the promise rule (domain/promise_evaluation.h) takes, from stored promises and the
// payments that can count toward them (CollectionRepository::promises, promisePayments): the
// one conversion the collector desk's evaluation and the maintained outcomes share.
struct PromiseRuleInputs final
{
    std::vector<PromiseToPay> promises;    // in the order of the stored promises
    std::vector<ReceivedPayment> payments; // in the order of the stored payments
};
PromiseRuleInputs promiseRuleInputs(const std::vector<StoredPromise> &promises,
                                    const std::vector<PromisePayment> &payments);

struct TaskRecord final
{
    Id id = 0;
    Id customerId = 0;
    std::optional<Id> assigneeId;
    QString kind; // call, promise_follow_up, dispute_follow_up, review, escalation
    QDate dueDate;
    QString status = QStringLiteral("open"); // open, done
    QString sourceKind;                      // promise, dispute, escalation, contact, or empty
    std::optional<Id> sourceId;
    QString dedupeKey; // empty: none
    QString notes;
    QString createdAt;
    std::optional<Id> createdBy;
    QString doneAt;
    std::optional<Id> doneBy;
    QString result;
};

struct ContactRecord final
{
    Id id = 0;
    Id customerId = 0;
    std::optional<Id> userId;
    QString at; // UTC ISO 8601
    QString channel;
    QString person;
    QString outcome;
    QString notes;
    int durationSeconds = 0;
    QDate followUpDate;
    QString overrideReason;
    std::optional<Id> overrideBy;
};

struct DisputeRecord final
{
    Id id = 0;
    Id invoiceId = 0;
    Id customerId = 0;
    MinorUnits amount = 0;
    QString reason;
    std::optional<Id> ownerId;
    QDate dueDate;
    QDate openedDate;
    QString status = QStringLiteral("open"); // open, resolved
    QString resolution;                      // credit_note, write_off_request, rejected
    QDate resolvedDate;
    std::optional<Id> resolutionRef;
    QString notes;
};

struct ComplaintRecord final
{
    Id id = 0;
    Id customerId = 0;
    QDate receivedDate;
    QString channel;
    QString category;
    std::optional<int> satisfaction;
    QString description;
    QString resolution;
    QDate resolvedDate;
    std::optional<Id> userId;
};

struct EscalationRecord final
{
    Id id = 0;
    Id customerId = 0;
    std::optional<Id> fromUser;
    std::optional<Id> toUser;
    QString reason;
    QString status = QStringLiteral("open"); // open, taken, returned, reassigned, resolved
    QString instructions;
    QString createdAt;
    QString resolvedAt;
    std::optional<Id> resolvedBy;
};

// Portfolio rule: every condition given must hold. The balance band is in minor units of
// `currency` (required with a band) and uses the balance now.
struct PortfolioRule final
{
    QString region;
    QString language;
    QString currency;
    std::optional<MinorUnits> minimumBalance; // inclusive
    std::optional<MinorUnits> maximumBalance; // inclusive
};

// A read-only snapshot for a unit of reads (a queue is several queries): BEGIN (deferred)
// on SQLite, REPEATABLE READ on PostgreSQL; ended when destroyed. Does nothing when the
// book is already inside a transaction.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Book &book);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Book &m_book;
    bool m_started = false;
};

class CollectionRepository final
{
public:
    explicit CollectionRepository(Book &book);
    ~CollectionRepository();

    Book &book() { return m_book; }

    // --- customers and portfolios -------------------------------------------------------
    std::optional<DeskCustomer> customerByCode(const QString &code);
    std::optional<DeskCustomer> customerById(Id id);
    std::vector<DeskCustomer> customers(const CustomerScope &scope);
    // What a queue needs of the customers of the scope: id, code, name, currency, risk class,
    // cease communication, attorney and collector (the other fields are left empty).
    std::vector<DeskCustomer> queueCustomers(const CustomerScope &scope);
    // The same customers without their texts (id, cease communication, attorney and collector
    // only), for choosing a queue's items; the texts are then read by queueCustomers() for
    // the accounts shown only.
    std::vector<DeskCustomer> queueCustomerChoices(const CustomerScope &scope);
    // What choosing a collector's queue needs of the portfolio's customers in one read (no
    // texts): the customers as queueCustomerChoices() gives them, which of them have an open task
    // (customersWithOpenTasks), which have stored promise outcomes valid for `asOf` with
    // `graceDays`, and which have promises without them (customersWithoutValidOutcomes); the
    // id lists ascending. One look-up per customer instead of one query per question.
    struct QueueChoices final
    {
        std::vector<DeskCustomer> customers;
        std::vector<Id> withOpenTasks;
        std::vector<Id> validOutcomes;
        std::vector<Id> withoutValidOutcomes;
    };
    QueueChoices queueChoices(const CustomerScope &scope, QDate asOf, int graceDays);
    // The one pass over every queue (CollectionService::allWorklists): every assigned customer in
    // id order from one scan of the table (not a look-up per entry of customers_collector), with
    // what choosing the items needs (cease communication, attorney, collector) and the texts of
    // queueCustomers() kept as UTF-8 in one buffer, turned into QStrings by text() for the accounts
    // in a queue only (no string is allocated per customer of the book).
    struct AssignedCustomers final
    {
        enum Text { Code, Name, Currency, RiskClass, TextCount };
        struct Row final
        {
            Id id = 0;
            Id collectorId = 0;
            bool ceaseCommunication = false;
            bool attorney = false;
            qsizetype textsAt = 0;        // in `texts`: the four texts one after the other
            int lengths[TextCount] = {}; // their lengths in bytes
        };
        std::vector<Row> rows; // ascending id
        QByteArray texts;
        QString text(const Row &row, Text which) const;
    };
    AssignedCustomers assignedCustomers();
    // Every customer's code and collector, by id.
    std::unordered_map<Id, std::pair<QString, std::optional<Id>>> customerCodes();
    std::vector<Id> customersMatching(const PortfolioRule &rule);
    void setCollector(const std::vector<Id> &customerIds, std::optional<Id> collectorId, const QString &at);
    void setContactFlags(Id customerId, bool doNotCall, bool ceaseCommunication, bool attorney, bool noWorkCalls,
                         const QString &at);

    // --- figures ------------------------------------------------------------------------
    // Customers of the scope with nothing open and no credit on the date are left out.
    // For a date without allocations after it, the customers' maintained figures valid for
    // the date (customer_figures.h, schema step 16) are read, and only the others summed
    // (all of them the way below when they are many); ARDESK_STORED_FIGURES=off sums them all.
    // `assigned`: for AllAssigned, the ids of every assigned customer (ascending) when the caller
    // has read them already in the same snapshot (the one pass over every queue).
    std::vector<AccountFigures> accountFigures(const CustomerScope &scope, QDate asOf,
                                               const std::vector<Id> *assigned = nullptr);
    // The figures summed from the ledger, never read from customer_figures. With
    // `withUnassigned`, AllAssigned covers every customer of the book (a book-wide refresh).
    std::vector<AccountFigures> summedAccountFigures(const CustomerScope &scope, QDate asOf,
                                                     bool withUnassigned = false);
    // The same figures through the ledger spans (ledger_spans.h): what accountFigures uses for a
    // date with allocations after it (collection_figures_past.cpp).
    std::vector<AccountFigures> accountFiguresAcross(const CustomerScope &scope, QDate asOf);
    // Whether any allocation is dated after the date.
    bool hasAllocationsAfter(QDate date);
    MinorUnits invoiceOpenOn(Id invoiceId, QDate date);
    // Sum of the disputes on the invoice still open (status open).
    MinorUnits openDisputedAmount(Id invoiceId);
    std::optional<Id> creditNoteIdByNumber(const QString &number);

    // --- promises -----------------------------------------------------------------------
    std::vector<StoredPromise> promises(const CustomerScope *scope); // nullptr: every promise
    // The customers that have at least one promise, by id (evaluations go through them in
    // slices so that a million-invoice book is never read whole).
    std::vector<Id> customersWithPromises();
    // Payments that can count toward the promises of the scope (nullptr: all) as of the
    // date with `graceDays`: received from the customer's first day a promise was taken to
    // its last promised date + grace (and not after the date), not reversed on or before the
    // date; ordered by customer, received date, id.
    std::vector<PromisePayment> promisePayments(const CustomerScope *scope, QDate asOf, int graceDays);
    // What the promise rule needs to evaluate the promises of `customers` (ids) as
    // of the date with `graceDays`, read once per customer and named invoice (the collector's
    // queue evaluates so the customers whose stored outcomes do not serve the date; docs/
    // performance.md "Issue 8, session 11"): their promises taken on or before the date only
    // (a promise taken later can take no payment received by the date, so it changes no other
    // promise's outcome, and it is pending on the date), and the payments and applications
    // promisePayments gives for those promises. Ordered by customer, then as promisePayments.
    PromiseRuleInputs promiseRuleInputsOn(const std::vector<Id> &customers, QDate asOf, int graceDays);
    Id insertPromise(const StoredPromise &promise, const Stamp &stamp);
    void storePromiseEvaluation(Id promiseId, const QString &status, MinorUnits paid, QDate asOf);
    // evaluated_as_of of every promise (after an evaluation of them all).
    void markPromisesEvaluated(QDate asOf);

    // --- maintained promise outcomes (promise_outcomes.h, schema step 10) ----------------
    // The last day, per customer of the scope, that can change an evaluation cut at an
    // earlier date: a reversal of one of its payments, an allocation of a payment to an
    // invoice one of its promises names. Customers without any are left out.
    std::unordered_map<Id, qint64> promiseChangeDays(const CustomerScope &scope);
    // Customers with promises whose outcomes are not stored with `graceDays`, by id.
    std::vector<Id> customersNeedingOutcomes(int graceDays);
    // Replaces the stored outcomes of `customers` (and marks them fresh) with `outcomes`.
    void storePromiseOutcomes(const std::vector<Id> &customers,
                              const std::unordered_map<Id, CustomerOutcomes> &outcomes, int graceDays);
    // Customers of the scope with promises whose stored outcomes are not valid for `asOf`
    // with `graceDays` (missing, stale, other grace days, or changed after the date), by id.
    std::vector<Id> customersWithoutValidOutcomes(const CustomerScope &scope, QDate asOf, int graceDays);
    // The stored outcomes, valid for `asOf`, that the queue needs: the promises of the scope's
    // customers with nothing counted whose promised date + grace is before the date, and
    // those promised for the date. With `relevantFrom` (a collector's portfolio or every
    // assigned account only), the promises whose promised date + grace is before it and that
    // already have a promise follow-up task (open or done; for a collector on an account of the
    // portfolio, else on any) are left out: they neither count in a score nor need a task.
    std::vector<PromiseOutcome> queueOutcomes(const CustomerScope &scope, QDate asOf, int graceDays,
                                              QDate relevantFrom = {});
    // The same for one collector's portfolio (queueOutcomes with CustomerScope::collector), read
    // for `validCustomers` only: the portfolio's customers whose stored outcomes are valid for the
    // date (QueueChoices::validOutcomes, in the same read snapshot), so no customer is looked at
    // twice. The old followed-up promises (before `relevantFrom`) are left out as there. With
    // `followedUp`, each row read with nothing counted and past its grace gets there whether it
    // has a promise follow-up task (open or done) on an account of the portfolio (what
    // tasksOfSources would tell the queue), from the same look-up.
    std::vector<PromiseOutcome> queueOutcomesOfPortfolio(Id collectorId, const std::vector<Id> &validCustomers,
                                                         QDate asOf, int graceDays, QDate relevantFrom,
                                                         std::unordered_map<Id, bool> *followedUp = nullptr);
    // The same for every account of the book at once (the one pass over every queue), without
    // the scope: the caller keeps the rows of its customers. With `relevantFrom`, the old
    // promises with a follow-up task on any account are left out (as for every assigned
    // account). Read in two passes, not customer by customer: the index of the unpaid outcomes
    // whole and the outcomes promised for the date (step 19's promise_outcomes_unpaid and
    // promise_outcomes_day; one collector's read takes them the same way). With
    // `relevantFrom` and `followedUp`, the ids of every promise with a follow-up task (open or
    // done, on any account) are left there too (as sourcesWithTasks would find them).
    // With `validCustomers`, the customers whose stored outcomes are valid for the date (of the
    // whole book) are left there.
    // (Both lists ascending, read from their indexes in order: the caller looks them up by a
    // binary search or walks them beside its own sorted ids, no hash set of 28,000 and 56,000
    // entries is built.)
    std::vector<PromiseOutcome> queueOutcomesOfBook(QDate asOf, int graceDays, QDate relevantFrom = {},
                                                    std::vector<Id> *followedUp = nullptr,
                                                    std::vector<Id> *validCustomers = nullptr);
    // Those of `customers` (ascending) that have at least one promise, ascending: one look-up of
    // promises_customer each (the one pass asks it about the assigned accounts without valid stored
    // outcomes, instead of reading the distinct customers of every promise of the book); asked
    // about kManySources or more, the distinct customers of promises_customer read in one pass.
    std::vector<Id> customersWithPromisesAmong(const std::vector<Id> &customers);
    // For the verifier: every customer with stored outcomes (grace days, change day) and the
    // stored outcomes of some customers.
    std::unordered_map<Id, std::pair<int, qint64>> storedOutcomeCustomers();
    std::unordered_map<Id, CustomerOutcomes> storedPromiseOutcomes(const std::vector<Id> &customers);

    // --- maintained account figures (customer_figures.h, schema step 16) ------------------
    // Per customer of the scope (AllAssigned with `withUnassigned`: every customer) the days
    // around `day` between which nothing dated changes its figures: the last such day on or
    // before `day` and the first after it (0 and kFiguresForever when there is none).
    std::unordered_map<Id, std::pair<qint64, qint64>> figureValidity(const CustomerScope &scope, QDate day,
                                                                     bool withUnassigned = false);
    // Customers without a stored row valid for `day`, by id.
    std::vector<Id> customersNeedingFigures(QDate day);
    qint64 customerCount();
    // Replaces the stored rows of the customers in `rows`.
    void storeCustomerFigures(const std::vector<StoredCustomerFigures> &rows);
    // The stored rows of `customers` (for the verifier), and every stored customer with its day.
    std::unordered_map<Id, StoredCustomerFigures> storedCustomerFigures(const std::vector<Id> &customers);
    std::vector<std::pair<Id, qint64>> storedFigureDays();
    // Marks the customer's stored figures stale (deletes its row), in the caller's transaction.
    void customerFiguresChanged(Id customerId);

    // --- tasks --------------------------------------------------------------------------
    // Inserts the task; with a dedupe key already present nothing is written and
    // std::nullopt is returned.
    std::optional<Id> insertTask(const TaskRecord &task);
    std::optional<TaskRecord> taskById(Id id);
    std::optional<TaskRecord> taskByDedupeKey(const QString &key);
    // Open tasks due on or before `dueBy` in the queue of `userId` (every user's when
    // empty): assigned to the user, or unassigned on an account of the user's portfolio.
    // `first` is the queue's owner. Only what a queue shows is filled: id, customer,
    // assignee, kind, due date, source and notes (status is open).
    std::vector<std::pair<Id, TaskRecord>> queueTasks(std::optional<Id> userId, QDate dueBy);
    // Customers (of the scope) with at least one open task, whatever its due date.
    std::vector<Id> customersWithOpenTasks(const CustomerScope &scope);
    // The one pass over every queue: every open task of the book in one read (tasks_open, each
    // task's row; no customer looked up: the caller knows every assigned customer's collector),
    // the ones due by `dueBy` as queueTasks() fills them (the caller picks the owner: the
    // assignee, else the account's collector), and the customers with any open task (ascending,
    // each once; customersWithOpenTasks() of the whole book).
    struct OpenTask final // (what queueTasks() fills of a TaskRecord)
    {
        Id id = 0;
        Id customerId = 0;
        std::optional<Id> assigneeId;
        QString kind;
        QDate dueDate;
        QString sourceKind;
        std::optional<Id> sourceId;
        QString notes;
    };
    struct OpenTasks final
    {
        std::vector<OpenTask> due;
        std::vector<Id> customers;
    };
    OpenTasks openTasksOfBook(QDate dueBy);
    // The tasks (open or done) of a source kind whose source is one of `sourceIds`: source id,
    // assignee, customer. Found through the task's source (index tasks_source_customer, step 19),
    // so the cost follows the number of sources asked about, not the number of tasks.
    struct SourceTask final
    {
        Id sourceId = 0;
        std::optional<Id> assigneeId;
        Id customerId = 0;
    };
    std::vector<SourceTask> tasksOfSources(const QString &sourceKind, const std::vector<Id> &sourceIds);
    // Which of `sourceIds` have a task (open or done, on any account) of the source kind. Reads
    // the index tasks_source_customer alone; asked about many sources (kManySources or more: every broken
    // promise of the book, say) it reads the kind's index entries in one pass instead of
    // hundreds of id lists.
    static constexpr std::size_t kManySources = 5000;
    std::unordered_set<Id> sourcesWithTasks(const QString &sourceKind, const std::vector<Id> &sourceIds);
    void completeTask(Id taskId, const QString &at, std::optional<Id> by, const QString &result);
    // Moves the open tasks of the customers assigned to `fromUser` (or to nobody) to `toUser`.
    void moveOpenTasks(const std::vector<Id> &customerIds, std::optional<Id> fromUser, std::optional<Id> toUser);

    // --- contact log --------------------------------------------------------------------
    Id insertContact(const ContactRecord &contact);
    // Contacts of the customer at or after `sinceUtc` (ISO text compare), oldest first.
    std::vector<ContactRecord> contactsSince(Id customerId, const QString &sinceUtc);

    // --- disputes and complaints ---------------------------------------------------------
    Id insertDispute(const DisputeRecord &dispute, const Stamp &stamp);
    std::optional<DisputeRecord> disputeById(Id id);
    void resolveDispute(Id id, const QString &resolution, QDate resolvedDate, std::optional<Id> reference,
                        const QString &notes);
    // Disputes of the scope open on `asOf` (opened on or before, not resolved by then).
    std::vector<DisputeRecord> disputesOpenOn(const CustomerScope &scope, QDate asOf);
    Id insertWriteOffRequest(Id invoiceId, MinorUnits amount, const QString &currency, const QString &reason,
                             const Stamp &stamp);
    Id insertComplaint(const ComplaintRecord &complaint, const QString &createdAt);

    // --- escalations --------------------------------------------------------------------
    Id insertEscalation(const EscalationRecord &escalation);
    std::optional<EscalationRecord> escalationById(Id id);
    void updateEscalation(const EscalationRecord &escalation); // to_user, status, instructions, resolved_*
    // Escalations with the user (to_user, status open or taken) or returned to the user
    // (from_user, status returned); every user's when empty.
    std::vector<EscalationRecord> escalationsForQueue(std::optional<Id> userId);

    // --- settings -----------------------------------------------------------------------
    std::optional<QString> setting(const QString &key);
    void setSetting(const QString &key, const QString &value, const Stamp &stamp);

private:
    void disputeFiguresChanged(Id disputeId);
    Statement &statement(const QString &sql);
    QSqlQuery &cached(const QString &sql);
    Id nextId(const QString &table);

    Book &m_book;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace ardesk
