#pragma once
// The payment plans of one account (docs/payment-plans.md), a tab of the account view: each
// plan's instalments with what was paid toward them and their state (paid, partly paid,
// due, late), the plan's status (active, defaulted, completed); "Payment plan…" agrees a
// new one (PlanDialog; take_promise).
//
// Object names: accountPlans (+Search), accountNewPlan.

#include "domain/ledger_types.h"

#include <QDate>
#include <QWidget>

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

public Q_SLOTS:
    void newPlan();

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
};

} // namespace ardesk
