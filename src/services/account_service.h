#pragma once
// One customer's account as the account view shows it: the customer and its header
// figures (balance, overdue, oldest days past due, credit use, collector, hold), the
// allocations of a payment or credit note, credit notes, the activity timeline (audit
// entries of the customer and its documents), contact people (add, edit, deactivate)
// and notes (add, pin).
// Open items, invoices and payments come from BrowseService with a customer filter.
// Every call checks permission; writes run in one transaction and are audited.
// Errors as Result<T> (services layer style); no exception leaves this layer.

#include "session.h"

#include "storage/account_repository.h"

#include <vector>

namespace ardesk {

struct AccountHeader final {
    Customer customer;
    AccountFigures figures;
    // DOMAIN.md: balance = open amounts - unapplied cash - unapplied credit notes.
    MinorUnits balance() const { return figures.open - figures.unappliedCash - figures.unappliedCredit; }
    // as-of date - due date of the oldest open item; 0 when nothing is past due.
    qint64 oldestDaysPastDue = 0;
    // Open amount (not balance) as a share of the credit limit, in basis points; empty: no limit.
    std::optional<qint64> utilizationBasisPoints;
};

class AccountService final {
public:
    explicit AccountService(Session &session) : m_session(session) {}

    Result<AccountHeader> header(Id customerId, QDate asOf) const;
    Result<std::vector<AllocationRow>> allocations(AllocationSource source, Id sourceId) const;
    Result<std::vector<CreditNoteRow>> creditNotes(Id customerId) const;
    // Newest first.
    Result<std::vector<ActivityRow>> activity(Id customerId, int limit = 500) const;
    Result<std::vector<ContactPersonRow>> contacts(Id customerId) const;
    Result<std::vector<NoteRow>> notes(Id customerId) const;

    Result<Id> addNote(Id customerId, const QString &text, bool pinned);
    Result<void> setNotePinned(Id noteId, bool pinned);
    Result<Id> addContact(Id customerId, const ContactPersonRow &contact);
    // Changes a contact person (name, role, phone, e-mail, time zone, primary); the audit
    // record keeps what it was and what it became.
    Result<void> updateContact(Id contactId, const ContactPersonRow &contact);
    // A contact person who left is deactivated, never deleted: the contact log may name
    // them. They disappear from the account's list; the audit keeps who and when.
    Result<void> deactivateContact(Id contactId);

private:
    Session &m_session;
};

} // namespace ardesk
