#pragma once
// Write-offs and their approval (docs/approvals.md): the Request write-off dialog on an open
// invoice (an amount up to what is open and a reason; log_contact or manage_disputes), and
// the approver's queue (approve_write_off): pending requests oldest first, with whether the
// signed-in role's limit covers each; Approve posts the write-off, Reject sends the account
// back to its collector with the note. The service checks the limits and the four eyes; the
// screen only disables what it would refuse.
//
// Object names: writeOffRequestDialog, writeOffAmount, writeOffReason, writeOffMessage,
// writeOffOk; approvalQueuePage, approvalQueue (+Search), approveButton, rejectButton,
// approvalOpenAccount, approvalMessage, approvalDetail (the selected reason in full; the
// Reason column also wraps, each row as high as its reason); approvalNoteDialog, approvalNote, approvalNoteDate,
// approvalNoteOk.

#include "domain/error.h"
#include "domain/ledger_types.h"
#include "services/approval_service.h"

#include <QDate>
#include <QDialog>
#include <QWidget>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ardesk {

class SearchableTable;
class Session;

class WriteOffRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteOffRequestDialog)

public:
    WriteOffRequestDialog(Session &session, const QString &invoiceNumber, MinorUnits open, const QString &currency,
                          QWidget *parent = nullptr);
    void accept() override; // files the request; stays open with the service's message on a refusal
    std::optional<Id> requestId() const { return m_requestId; }

private:
    void updateOk();

    Session &m_session;
    QString m_invoice;
    QString m_currency;
    MinorUnits m_open = 0;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Id> m_requestId;
};

// A note (required or not) and, for an approval, the posting date.
class ApprovalNoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalNoteDialog)

public:
    ApprovalNoteDialog(const QString &title, const QString &what, bool noteRequired, QDate date, QWidget *parent);
    QString note() const;
    QDate date() const;

private:
    QLineEdit *m_note = nullptr;
    QDateEdit *m_date = nullptr;
};

class ApprovalQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalQueueWidget)

public:
    explicit ApprovalQueueWidget(QWidget *parent = nullptr);

    void setSession(Session *session);
    void setToday(QDate today) { m_today = today; }
    void reload();
    SearchableTable *table() const { return m_table; }
    const std::vector<ApprovalQueueItem> &items() const { return m_items; }

    // The actions behind the buttons (the tests call them too); each reloads on success.
    Status approve(Id requestId, QDate date, const QString &note);
    Status reject(Id requestId, const QString &note);

public Q_SLOTS:
    void approveSelected();
    void rejectSelected();

Q_SIGNALS:
    void openAccount(Id customerId);
    void changed();

private:
    const ApprovalQueueItem *selected() const;
    void updateButtons();
    void showMessage(const QString &text, bool error);

    Session *m_session = nullptr;
    QDate m_today = QDate::currentDate();
    std::vector<ApprovalQueueItem> m_items;
    SearchableTable *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_detail = nullptr; // the selected request's whole reason
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace ardesk
