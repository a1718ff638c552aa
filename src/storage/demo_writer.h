#pragma once
// Bulk writes of the rows that the demo book generator needs beyond the ledger
// repository: customer controls (flags, review date), contact persons, notes, and the
// collector desk's records (contact log, promises, disputes, complaints, tasks,
// escalations). The ledger itself (invoices, payments, allocations, credit notes,
// write-offs, reversals) goes through LedgerRepository so its derived state and hash
// chains are kept by the one code that owns them.
//
// Construct it inside the write transaction: it reads each table's highest id once and
// then hands out ids itself, so callers can link rows (a promise to its contact) without
// a round trip. Statements are prepared once and reused (statement.h: the sqlite3 C API
// on SQLite). Throws StorageError.

#include "book.h"

#include "domain/ledger_types.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace ardesk {

struct DemoCustomerControls final
{
    bool doNotCall = false;
    bool ceaseCommunication = false;
    bool attorney = false;
    bool noWorkCalls = false;
    QDate nextReviewDate; // invalid: none
};

struct DemoContactPerson final
{
    Id customerId = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
    QString timeZone;
    bool primary = false;
};

struct DemoCustomerNote final
{
    Id customerId = 0;
    QString at; // UTC ISO 8601
    std::optional<Id> userId;
    QString text;
    bool pinned = false;
};

struct DemoContact final
{
    Id customerId = 0;
    std::optional<Id> userId;
    QString at; // UTC ISO 8601
    QString channel;
    QString person;
    QString outcome;
    QString notes;
    int durationSeconds = 0;
    QDate followUpDate; // invalid: none
};

struct DemoPromise final
{
    Id customerId = 0;
    std::optional<Id> collectorId;
    std::optional<Id> contactId;
    QDate takenDate;
    QDate promisedDate;
    MinorUnits amount = 0;
    QString currency;
    std::optional<Id> invoiceId;
    QString status; // promiseStatusKey()
    MinorUnits paid = 0;
    QDate evaluatedAsOf;
    QString createdAt;
    std::optional<Id> createdBy;
};

struct DemoDispute final
{
    Id invoiceId = 0;
    Id customerId = 0;
    MinorUnits amount = 0;
    QString reason;
    std::optional<Id> ownerId;
    QDate dueDate;
    QDate openedDate;
    QString status;     // open | resolved
    QString resolution; // credit_note | write_off | rejected, or empty while open
    QDate resolvedDate;
    std::optional<Id> resolutionRef;
    QString notes;
    QString createdAt;
    std::optional<Id> createdBy;
};

struct DemoComplaint final
{
    Id customerId = 0;
    QDate receivedDate;
    QString channel;
    QString category;
    std::optional<int> satisfaction; // 1..5
    QString description;
    QString resolution;
    QDate resolvedDate;
    std::optional<Id> userId;
    QString createdAt;
};

struct DemoTask final
{
    Id customerId = 0;
    std::optional<Id> assigneeId;
    QString kind; // call | promise_follow_up | dispute_follow_up | review | escalation
    QDate dueDate;
    QString status; // open | done
    QString sourceKind;
    std::optional<Id> sourceId;
    QString dedupeKey; // empty: none
    QString notes;
    QString createdAt;
    std::optional<Id> createdBy;
    QString doneAt; // empty while open
    std::optional<Id> doneBy;
    QString result;
};

// A write-off request (adjustment_requests): pending, or approved with its write-off.
struct DemoAdjustmentRequest final
{
    Id invoiceId = 0;
    MinorUnits amount = 0;
    QString currency;
    QString reason;
    std::optional<Id> requestedBy;
    QString requestedAt;
    QString status; // pending | approved
    std::optional<Id> decidedBy;
    QString decidedAt; // empty while pending
    QString decisionNote;
    std::optional<Id> writeOffId;
};

struct DemoEscalation final
{
    Id customerId = 0;
    std::optional<Id> fromUser;
    std::optional<Id> toUser;
    QString reason;
    QString status; // open | returned | resolved
    QString instructions;
    QString createdAt;
    QString resolvedAt; // empty: not resolved
    std::optional<Id> resolvedBy;
};

class DemoWriter final
{
public:
    explicit DemoWriter(Book &book);
    ~DemoWriter();
    DemoWriter(const DemoWriter &) = delete;
    DemoWriter &operator=(const DemoWriter &) = delete;

    bool hasCustomers();
    Id nextCustomerId();

    void setCustomerControls(Id customerId, const DemoCustomerControls &controls);
    Id insertContactPerson(const DemoContactPerson &person);
    Id insertCustomerNote(const DemoCustomerNote &note);
    Id insertContact(const DemoContact &contact);
    Id insertPromise(const DemoPromise &promise);
    Id insertDispute(const DemoDispute &dispute);
    Id insertComplaint(const DemoComplaint &complaint);
    Id insertTask(const DemoTask &task);
    Id insertEscalation(const DemoEscalation &escalation);
    Id insertAdjustmentRequest(const DemoAdjustmentRequest &request);

private:
    struct Statements;
    Book &m_book;
    std::unique_ptr<Statements> m_statements;
};

} // namespace ardesk
