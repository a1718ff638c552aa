#pragma once
// A payment plan agreed with a customer (docs/payment-plans.md): the customer's open items
// to put on it (ticked; items already on an active plan are not offered), the number of
// instalments, the frequency, the first instalment's date and a down payment; the schedule
// is shown live as the fields change (the same split and dates the service uses); Create
// stores it through PlanService (take_promise). After saving, the dialog stays open with the
// plan fixed: "Print agreement…" prints its agreement letter (plan_agreement_print.h) and
// Close (or Escape) closes it as accepted.
//
// Object names: planDialog, planItems, planInstalments, planFrequency, planFirstDate,
// planDownPayment, planTotal, planSchedule, planMessage, planCreate, planPrintAgreement,
// planClose.

#include "domain/error.h"
#include "domain/ledger_types.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ardesk {

class Session;

class PlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    PlanDialog(Session &session, Id customerId, QDate today, QWidget *parent = nullptr);

    // Creates the plan and stays open (saved: Print agreement, Close); on a refusal stays open
    // with the service's message. Once saved, accept() and reject() close it as accepted.
    void accept() override;
    void reject() override;
    void printAgreement();
    QString lastAgreementFile() const { return m_lastAgreement; }
    std::optional<Id> planId() const { return m_planId; }
    // The schedule shown: (due date, amount) per line, the down payment first.
    std::vector<std::pair<QDate, MinorUnits>> schedule() const { return m_schedule; }
    MinorUnits total() const { return m_total; }

private:
    void readItems();
    void updateSchedule();
    QStringList chosenInvoices() const;

    Session &m_session;
    QDate m_today;
    Id m_customerId = 0;
    QString m_customerCode;
    QString m_currency;
    QTableWidget *m_items = nullptr;
    QSpinBox *m_instalments = nullptr;
    QComboBox *m_frequency = nullptr;
    QDateEdit *m_firstDate = nullptr;
    QLineEdit *m_downPayment = nullptr;
    QLabel *m_totalLabel = nullptr;
    QTableWidget *m_scheduleView = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_close = nullptr;
    QString m_lastAgreement;
    std::vector<std::pair<QDate, MinorUnits>> m_schedule;
    MinorUnits m_total = 0;
    std::optional<Id> m_planId;
};

} // namespace ardesk
