#pragma once
// The reads of one customer's account (header figures, allocations of a payment, credit
// notes, the audit trail of the customer and its documents, contact people, notes) and
// the writes of its notes. Amounts are "now" values from the maintained derived state.
// Errors: storage style, throws StorageError.

#include "book.h"
#include "ledger_repository.h"

#include "domain/ledger_types.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ardesk {

struct AccountFigures final {
    QString collectorLogin;
    QString collectorName;
    bool onHold = false;       // customers.on_hold or an unreleased credit hold
    QString holdReason;        // the trigger of the latest unreleased hold, if any
    MinorUnits open = 0;       // sum of open amounts
    MinorUnits overdue = 0;    // the part due before the as-of date (by part for an invoice in instalments)
    QDate oldestOpenDue;       // due date of the oldest open item, an open part counting as one (invalid: none)
    MinorUnits unappliedCash = 0;
    MinorUnits unappliedCredit = 0;
};

struct AllocationRow final {
    Id id = 0;
    Id invoiceId = 0;
    QString invoiceNumber;
    QDate date;
    MinorUnits amount = 0; // negative: a reversing row
    QString reasonCode;
    std::optional<Id> reversesId;
    bool reversed = false; // a reversing row points at this one
};

struct CreditNoteRow final {
    Id id = 0;
    QString number;
    QDate issueDate;
    MinorUnits amount = 0;
    MinorUnits unapplied = 0;
    QString currency;
    QString reason;
    QDate reversedDate; // valid when reversed
};

struct ActivityRow final {
    Id id = 0;
    QString at; // UTC ISO 8601
    QString userLogin;
    QString action; // e.g. payment.post
    QString entity;
    Id entityId = 0;
    QString details; // JSON text
};

struct ContactPersonRow final {
    Id id = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
    QString timeZone;
    bool primary = false;
};

struct NoteRow final {
    Id id = 0;
    QString at;
    QString userLogin;
    QString text;
    bool pinned = false;
};

class AccountRepository final {
public:
    explicit AccountRepository(Book &book) : m_book(book) {}

    AccountFigures figures(Id customerId, QDate asOf);
    std::vector<AllocationRow> allocations(AllocationSource source, Id sourceId);
    std::vector<CreditNoteRow> creditNotes(Id customerId);
    // Newest first, at most `limit` rows.
    std::vector<ActivityRow> activity(Id customerId, int limit);
    std::vector<ContactPersonRow> contacts(Id customerId);
    // Pinned first, then newest first.
    std::vector<NoteRow> notes(Id customerId);
    Id addNote(Id customerId, const QString &text, bool pinned, const Stamp &stamp);
    std::optional<Id> noteCustomer(Id noteId);
    void setNotePinned(Id noteId, bool pinned);
    Id addContact(Id customerId, const ContactPersonRow &contact);
    // A contact person (active or not) and the customer it belongs to.
    struct StoredContact {
        Id customerId = 0;
        bool active = true;
        ContactPersonRow contact;
    };
    std::optional<StoredContact> contact(Id contactId);
    void updateContact(Id contactId, const ContactPersonRow &contact);
    void setContactActive(Id contactId, bool active);

private:
    Book &m_book;
};

// Deposit batches: the batch row; its payments carry batch_id.
class DepositBatchRepository final {
public:
    explicit DepositBatchRepository(Book &book) : m_book(book) {}
    Id insertBatch(const QString &name, const QString &currency, MinorUnits controlTotal, int controlCount,
                   const Stamp &stamp);
    qint64 paymentCount(Id batchId);

private:
    Book &m_book;
};

} // namespace ardesk
