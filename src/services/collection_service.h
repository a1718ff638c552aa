#pragma once
// The collector desk (issue 5): the work queue, tasks, portfolios and the desk settings.
// Promises are in promise_service.h, contacts and complaints in contact_service.h,
// disputes in dispute_service.h, escalations in escalation_service.h.
//
// Every call takes the session (acting user) and checks permission first. Changes run in
// one transaction and write one audit record on the customer ("customer", id), so the
// account's timeline is the audit log of that customer. Reads (the queue) run on one read
// snapshot and write nothing. Errors as Result<T>; no exception leaves this layer.
//
// The queue of a user as of a date (docs/cli-collections.md states every choice):
// - open tasks due on or before the date assigned to the user, or unassigned on an account
//   of the user's portfolio (customers.collector_id);
// - for each portfolio account with an overdue amount on the date (disputed parts left
//   out) and no open task at all, an implicit `call` due the day after the oldest overdue
//   item's due date (never for an account under cease communication or represented by an
//   attorney);
// - promises broken as of the date (evaluated with the book's grace days) on portfolio
//   accounts without a follow-up task yet: `promise_follow_up` due the day after promised
//   date + grace;
// - disputes open on the date and past their due date on portfolio accounts without a
//   follow-up task yet: `dispute_follow_up` due the day after the dispute's due date;
// - escalations with the user (a supervisor's queue) and escalations returned to the user,
//   without a task of the user for them yet: `escalation` due on the day they were raised
//   (returned);
// - one item per (customer, task kind): the earliest due wins (a task before an implicit
//   item on the same day); every item carries its account's score (worklist_score.h) with
//   the parts; order: score descending, customer code ascending, due date, task kind.

#include "session.h"

#include "storage/policy_repository.h"

#include "domain/worklist_score.h"

#include <QTime>

#include <vector>

namespace ardesk {

namespace TaskKind {
inline const QString call = QStringLiteral("call");
inline const QString promiseFollowUp = QStringLiteral("promise_follow_up");
inline const QString disputeFollowUp = QStringLiteral("dispute_follow_up");
inline const QString review = QStringLiteral("review");
inline const QString escalation = QStringLiteral("escalation");
} // namespace TaskKind

// Roles that may override a contact block, see other users' queues, assign portfolios and
// decide on escalations: supervisor, manager, admin.
bool isSupervisoryRole(Role role);

// Book settings of the desk (table settings; keys in docs/cli-collections.md).
struct CollectionSettings final
{
    int graceDays = 3;
    QTime windowStart{8, 0};
    QTime windowEnd{21, 0};
    bool windowAppliesToBusiness = true;
};

struct WorklistItem final
{
    Id customerId = 0;
    QString customerCode;
    QString customerName;
    QString currency;
    QString task; // TaskKind
    QDate due;
    std::optional<Id> taskId; // empty: an implicit item (no task row yet)
    QString sourceKind;       // promise, dispute, escalation or empty
    std::optional<Id> sourceId;
    QString notes;
    WorklistScore score;
    // The account figures the score came from.
    MinorUnits overdueAmount = 0;
    int daysPastDue = 0;
    int brokenPromises = 0;
    bool promiseDueToday = false;
    QString riskClass;
    MinorUnits balance = 0;
    std::optional<CreditHoldRecord> hold; // the account's credit hold in force, if any
};

struct Worklist final
{
    QString login;
    QDate asOf;
    std::vector<WorklistItem> items;
};

struct PortfolioAssignment final
{
    QStringList customerCodes; // by hand; or, when empty, the rule below
    QString region;
    QString language;
    QString currency;                         // required with a balance band
    std::optional<MinorUnits> minimumBalance; // balance now, minor units of `currency`
    std::optional<MinorUnits> maximumBalance;
    QString collectorLogin;
};

// A member of staff as the desk's pickers show them (whose queue, owner, assignee).
struct DeskUser final
{
    Id id = 0;
    QString login;
    QString name;
    Role role = Role::Collector;
    QString region;
};

// A customer's contact profile as the desk shows it.
struct DeskProfile final
{
    Id id = 0;
    QString code;
    QString name;
    QString currency;
    QString timeZone; // IANA
    bool consumer = false;
    bool doNotCall = false;
    bool ceaseCommunication = false;
    bool attorney = false;
    bool noWorkCalls = false;
};

class CollectionService final
{
public:
    explicit CollectionService(Session &session) : m_session(session) { }

    // The queue of `login` as of `asOf` (LogContact; someone else's queue needs a
    // supervisory role).
    Result<Worklist> worklist(const QString &login, QDate asOf, const WorklistWeights &weights = {});
    // Every user's queue as of `asOf` in one pass (a supervisory role): the active users with
    // a portfolio, a task or an escalation, ordered by login; empty queues included for
    // active collectors and supervisors.
    Result<std::vector<Worklist>> allWorklists(QDate asOf, const WorklistWeights &weights = {});

    // The active staff who can hold a queue or a portfolio (collector, supervisor, manager,
    // admin), ordered by login (LogContact).
    Result<std::vector<DeskUser>> deskUsers();

    // A customer as the desk sees it: time zone, rule pack, compliance flags, collector
    // (ViewCustomers).
    Result<DeskProfile> deskProfile(const QString &customerCode);

    // Marks a task done. With a follow-up date a new task of the same kind is created for
    // the same account and assignee; its id is returned. A task coming from an escalation
    // that was returned to the user closes the escalation (status resolved).
    Result<std::optional<Id>> completeTask(Id taskId, const QString &result, QDate followUp = {});
    // Finishes a queue item: completes its task, or records an implicit item as a done task
    // (so a broken promise, dispute or escalation is not offered again).
    Result<std::optional<Id>> completeItem(const WorklistItem &item, const QString &result, QDate followUp = {});
    // A task by hand (a review, a call on a date).
    Result<Id> addTask(const QString &customerCode, const QString &kind, QDate due, const QString &notes,
                       const QString &assigneeLogin = {});

    // Assigns customers to a collector (by codes, or by rule); open tasks of the old
    // collector on those accounts move along. Returns the number of customers assigned.
    Result<qint64> assignPortfolio(const PortfolioAssignment &assignment);

    // Compliance flags of a customer (EditCustomers).
    Result<void> setContactRestrictions(const QString &customerCode, bool doNotCall, bool ceaseCommunication,
                                        bool attorney, bool noWorkCalls);

    Result<CollectionSettings> settings();
    Result<void> setSettings(const CollectionSettings &settings); // ChangeSettings

private:
    Session &m_session;
};

} // namespace ardesk
