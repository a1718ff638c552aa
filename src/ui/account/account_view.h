#pragma once
// One customer's account, the screen every role opens: a header (code, name, balance,
// overdue, oldest days past due, credit limit and its use, terms, collector, hold), an
// aging strip by bucket, and tabs: open items, all invoices, payments with their
// allocations (reverse a payment or one allocation; apply unapplied cash later), credit
// notes (apply later), activity (audit entries, newest first), contacts and notes (add,
// pin). Everything is read through the services; after any posting the whole view reads
// again, so the header and the aging show it at once.
//
// Object names: accountCode, accountName, accountBalance, accountOverdue,
// accountOldestDays, accountCreditLimit, accountUtilization, accountTerms,
// accountCollector, accountHold, creditHoldBadge with accountReleaseHold beside it,
// accountHoldHistory (the Credit holds tab), accountPlans (the Payment plans tab, with
// accountNewPlan), accountRequestWriteOff, agingOnPlans, accountAging (agingBucket0.., agingUnapplied),
// accountTabs, accountOpenItems, accountInvoices, accountPayments, accountAllocations,
// accountCreditNotes, accountActivity, accountContacts (addContactButton,
// editContactButton, deactivateContactButton), accountNotes, accountNoteText,
// and the buttons named in the code.

#include "domain/ledger_types.h"
#include "domain/error.h"
#include "storage/account_repository.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QHBoxLayout;
class QLineEdit;
class QCheckBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ardesk {

class AccountPlansWidget;
class CreditHoldBadge;
class InvoiceListModel;
class SearchableTable;
class PaymentListModel;
class RecordTableModel;
class Session;

class AccountView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountView)

public:
    explicit AccountView(QWidget *parent = nullptr);
    ~AccountView() override;

    void setSession(Session *session);
    // The date that decides overdue amounts, days past due and the aging (default today).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    void showCustomer(Id customerId);
    std::optional<Id> customerId() const { return m_customerId; }
    // Reads everything again.
    void refresh();
    // A panel beside the tabs (the collector's contact panel), in a splitter.
    void setSidePanel(QWidget *panel);

    InvoiceListModel *openItemsModel() const { return m_openItems; }
    InvoiceListModel *invoicesModel() const { return m_invoices; }
    PaymentListModel *paymentsModel() const { return m_payments; }
    RecordTableModel *allocationsModel() const { return m_allocations; }
    RecordTableModel *creditNotesModel() const { return m_creditNotes; }
    RecordTableModel *activityModel() const { return m_activity; }
    RecordTableModel *contactsModel() const { return m_contacts; }
    RecordTableModel *notesModel() const { return m_notes; }

    // The actions behind the buttons, for the dialogs and the tests; each refreshes the
    // view on success and returns the service's refusal otherwise.
    Status reversePayment(Id paymentId, QDate date, const QString &reason);
    Status reverseAllocation(Id allocationId, QDate date, const QString &reason);
    Status addNote(const QString &text, bool pinned);
    Status addContact(const ContactPersonRow &contact);
    Status updateContact(const ContactPersonRow &contact); // contact.id names it
    Status deactivateContact(Id contactId);
    Status releaseHold(QDate date, const QString &reason);
    CreditHoldBadge *holdBadge() const { return m_holdBadge; }
    SearchableTable *holdHistory() const { return m_holdHistory; }

public Q_SLOTS:
    void postPayment();
    void editCustomer();
    void newInvoice();
    void newCreditNote();
    void reverseSelectedPayment();
    void reverseSelectedAllocation();
    void applySelectedPayment();
    void applySelectedCreditNote();
    void addContactPerson();
    void editSelectedContact();
    void deactivateSelectedContact();
    // Release hold… (release_hold: supervisor, manager, admin; a reason is required).
    void releaseHold();
    // Request write-off… on the selected open item (log_contact or manage_disputes).
    void requestWriteOff();

Q_SIGNALS:
    void backRequested();
    // Something was posted or changed: the book-wide lists should read again.
    void bookChanged();

private:
    void buildHeader();
    void buildTabs();
    void readHeader();
    void readAging();
    void readLists();
    void showAllocationsOfSelectedPayment();
    void updateButtons();
    void showError(const QString &message);
    void changed();
    std::optional<Id> selectedId(QTableView *view) const;
    void applySource(AllocationSource source, Id sourceId, MinorUnits available, QDate earliest);

    Session *m_session = nullptr;
    QDate m_today;
    std::optional<Id> m_customerId;
    QString m_customerCode;
    QString m_currency;

    QLabel *m_title = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_oldestDays = nullptr;
    QLabel *m_creditLimit = nullptr;
    QLabel *m_utilization = nullptr;
    QLabel *m_terms = nullptr;
    QLabel *m_collector = nullptr;
    QLabel *m_hold = nullptr;
    QLabel *m_message = nullptr;
    CreditHoldBadge *m_holdBadge = nullptr;
    QPushButton *m_releaseHold = nullptr;
    SearchableTable *m_holdHistory = nullptr;
    AccountPlansWidget *m_plans = nullptr;
    QPushButton *m_requestWriteOff = nullptr;
    QTableView *m_openItemsView = nullptr;
    QWidget *m_agingStrip = nullptr;
    QHBoxLayout *m_agingLayout = nullptr;
    std::vector<QLabel *> m_agingLabels;

    QTabWidget *m_tabs = nullptr;
    InvoiceListModel *m_openItems = nullptr;
    InvoiceListModel *m_invoices = nullptr;
    PaymentListModel *m_payments = nullptr;
    RecordTableModel *m_allocations = nullptr;
    RecordTableModel *m_creditNotes = nullptr;
    RecordTableModel *m_activity = nullptr;
    RecordTableModel *m_contacts = nullptr;
    RecordTableModel *m_notes = nullptr;
    QTableView *m_paymentsView = nullptr;
    QTableView *m_allocationsView = nullptr;
    QTableView *m_creditNotesView = nullptr;
    QTableView *m_notesView = nullptr;
    QTableView *m_contactsView = nullptr;
    QPushButton *m_editContact = nullptr;
    QPushButton *m_deactivateContact = nullptr;
    QPushButton *m_reversePayment = nullptr;
    QPushButton *m_reverseAllocation = nullptr;
    QPushButton *m_applyPayment = nullptr;
    QPushButton *m_applyCreditNote = nullptr;
    QPushButton *m_pinNote = nullptr;
    QLineEdit *m_noteText = nullptr;
    QCheckBox *m_notePinned = nullptr;
};

} // namespace ardesk
