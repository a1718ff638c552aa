#pragma once
// The collector's panel beside the account: the customer's local time, the queue task in
// context, the compliance state, and the contact form: channel, person reached (from the
// customer's contact people, or typed), outcome (keys 1-9 and 0), notes, duration and the
// next follow-up date. Below it the collector's other actions on the account: promise to
// pay (one or more amounts and dates, on the account or on chosen invoices), dispute on an
// invoice and its resolution, complaint, escalation to the supervisor.
//
// The guard: before an outbound call is logged the panel asks ContactService::checkCall
// with the panel's clock; a blocked call shows the rule's message, and only a supervisor
// (supervisor, manager, admin) gets the override field: the contact is then logged with
// the reason and audited as contact.override. Customers under cease communication or
// represented by an attorney start on the letter channel and are never called by default.
//
// Logging a contact that belongs to the task in context finishes the task (the task, or
// the implicit queue item recorded as done) and emits itemFinished(), so the window can
// move on to the next account.
//
// Object names: contactPanel, contactLocalTime, contactTask, contactCompliance,
// contactChannel, contactPerson, contactOutcome, contactNotes, contactDuration,
// contactFollowUpOn, contactFollowUp, contactOverrideReason, contactLog, contactMessage,
// contactPromise, contactDispute, contactResolveDispute, contactComplaint, contactEscalate,
// contactDisputes.

#include "services/collection_service.h"
#include "services/contact_service.h"
#include "services/promise_service.h"
#include "ui/common/clock.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ardesk {

class CreditHoldBadge;

class RecordTableModel;
class Session;
struct DisputeInput;
struct ComplaintInput;

class ContactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPanel)

public:
    explicit ContactPanel(QWidget *parent = nullptr);
    ~ContactPanel() override;

    void setSession(Session *session);
    void setClock(Clock clock);
    void showCustomer(Id customerId);
    // The queue item being worked on this account (empty: none).
    void setItem(std::optional<WorklistItem> item);
    const std::optional<WorklistItem> &item() const { return m_item; }
    QString customerCode() const { return m_customer.code; }

    // What the form and the buttons do (the tests drive these and the keys).
    void selectOutcome(const QString &key);
    QString selectedOutcome() const;
    void setChannel(const QString &key);
    // Checks the guard for a call now; shows the result. Empty: not a call, or no customer.
    std::optional<ContactDecision> checkCallNow();
    Status logContact();
    Result<std::vector<Id>> takePromise(const std::vector<PromiseInstalment> &instalments);
    Result<Id> openDispute(const DisputeInput &input);
    Result<Id> logComplaint(const ComplaintInput &input);
    Result<Id> escalate(const QString &reason);

public Q_SLOTS:
    void promiseDialog();
    void disputeDialog();
    void resolveDisputeDialog();
    void complaintDialog();
    void escalateDialog();

Q_SIGNALS:
    // Something was written on the account: it should read again.
    void changed();
    // The task in context was finished by the logged contact.
    void itemFinished(const WorklistItem &item);

private:
    void buildForm();
    void readCustomer();
    void readDisputes();
    void updateLocalTime();
    void updateCompliance(const std::optional<ContactDecision> &decision);
    void showMessage(const QString &text, bool error);
    void resetForm();
    QStringList openInvoiceNumbers();

    Session *m_session = nullptr;
    Clock m_clock = systemClock();
    std::optional<Id> m_customerId;
    DeskProfile m_customer;
    std::optional<WorklistItem> m_item;
    QTimer m_tick;

    QLabel *m_localTime = nullptr;
    QLabel *m_task = nullptr;
    CreditHoldBadge *m_holdBadge = nullptr;
    QLabel *m_compliance = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_person = nullptr;
    QListWidget *m_outcome = nullptr;
    QLineEdit *m_notes = nullptr;
    QSpinBox *m_duration = nullptr;
    QCheckBox *m_followUpOn = nullptr;
    QDateEdit *m_followUp = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QPushButton *m_log = nullptr;
    QLabel *m_message = nullptr;
    RecordTableModel *m_disputes = nullptr;
    QTableView *m_disputesView = nullptr;
    std::vector<QPushButton *> m_actions;
};

// Display names of the desk's keys (channels, outcomes, dispute reasons), translated.
QString contactChannelDisplayName(const QString &key);
QString contactOutcomeDisplayName(const QString &key);
QString disputeReasonDisplayName(const QString &key);

} // namespace ardesk
