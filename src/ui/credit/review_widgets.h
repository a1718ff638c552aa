#pragma once
// Credit reviews (docs/credit-policy.md#credit-reviews): the reviewer's queue of due reviews
// (from each customer's next review date, which an agency-score drop beyond the threshold
// brings forward: those rows say so) and the decision dialog: keep, raise or lower the
// limit, change the risk class, or a temporary increase with an expiry date. Viewing needs
// view_customers; deciding edit_credit_policy (manager, admin): the dialog's Record button
// is disabled for other roles and the service refuses them all the same.
//
// Object names: reviewQueuePage, reviewQueue (+Search), reviewDecideButton,
// reviewOpenAccount, reviewMessage; reviewDialog, reviewDecision, reviewNewLimit,
// reviewNewClass, reviewTemporaryLimit, reviewTemporaryUntil, reviewNotes, reviewMessage,
// reviewRecord.

#include "domain/error.h"
#include "services/credit_service.h"

#include <QDate>
#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ardesk {

class SearchableTable;

class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    ReviewDialog(Session &session, const ReviewDue &due, QDate today, QWidget *parent = nullptr);
    void accept() override; // records the review; stays open with the service's message on a refusal

private:
    void updateFields();

    Session &m_session;
    ReviewDue m_due;
    QDate m_today;
    QString m_currency;
    QComboBox *m_decision = nullptr;
    QLineEdit *m_newLimit = nullptr;
    QComboBox *m_newClass = nullptr;
    QLineEdit *m_temporaryLimit = nullptr;
    QDateEdit *m_temporaryUntil = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_record = nullptr;
};

class ReviewQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueWidget)

public:
    explicit ReviewQueueWidget(QWidget *parent = nullptr);
    void setSession(Session *session);
    void setToday(QDate today);
    void reload();
    SearchableTable *table() const { return m_table; }
    const std::vector<ReviewDue> &items() const { return m_items; }

public Q_SLOTS:
    void decideSelected();

Q_SIGNALS:
    void openAccount(Id customerId);
    void changed();

private:
    const ReviewDue *selected() const;
    void updateButtons();

    Session *m_session = nullptr;
    QDate m_today = QDate::currentDate();
    std::vector<ReviewDue> m_items;
    SearchableTable *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace ardesk
