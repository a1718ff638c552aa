#pragma once
// The payment plans of one account (docs/payment-plans.md), a tab of the account view: each
// plan's instalments with what was paid toward them and their state (paid, partly paid,
// due, late), the plan's status (active, defaulted, completed); "Payment plan…" agrees a
// new one (PlanDialog; take_promise).
//
// "Print agreement…" renders the selected plan's agreement letter, records it on the
// account's timeline and opens it (plan_agreement_print.h; take_promise).
//
// Object names: accountPlans (+Search), accountNewPlan, accountPrintAgreement.

#include "domain/ledger_types.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QPushButton;

namespace ardesk {

class SearchableTable;
class Session;

class AccountPlansWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPlansWidget)

public:
    explicit AccountPlansWidget(QWidget *parent = nullptr);
    void show(Session *session, Id customerId, const QString &customerCode, QDate today);
    SearchableTable *table() const { return m_table; }
    // Open amount of invoices on this account's active plans (the aging strip shows it apart).
    MinorUnits openOnActivePlans() const { return m_openOnPlans; }

    // The plan of the current row, if any.
    std::optional<Id> currentPlanId() const;
    // The last agreement printed (the PDF written), for tests and the status line.
    QString lastAgreementFile() const { return m_lastAgreement; }

public Q_SLOTS:
    void newPlan();
    void printAgreement();

Q_SIGNALS:
    void changed();

private:
    Session *m_session = nullptr;
    Id m_customerId = 0;
    QString m_customerCode;
    QDate m_today;
    MinorUnits m_openOnPlans = 0;
    SearchableTable *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_print = nullptr;
    QString m_lastAgreement;
};

} // namespace ardesk
