#include "account_plans.h"

#include "plan_agreement_print.h"
#include "plan_dialog.h"
#include "searchable_table.h"

#include "services/browse_service.h"
#include "services/plan_service.h"
#include "ui/account/record_table_model.h"
#include "ui/common/display_format.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

namespace {

QString planStatusText(const QString &status)
{
    if (status == u"active")
        return AccountPlansWidget::tr("active");
    if (status == u"defaulted")
        return AccountPlansWidget::tr("defaulted");
    if (status == u"completed")
        return AccountPlansWidget::tr("completed");
    return status;
}

QString stateText(ScheduleLine::State state)
{
    switch (state) {
    case ScheduleLine::State::Paid:
        return AccountPlansWidget::tr("paid");
    case ScheduleLine::State::PartlyPaid:
        return AccountPlansWidget::tr("partly paid");
    case ScheduleLine::State::Due:
        return AccountPlansWidget::tr("due");
    case ScheduleLine::State::Late:
        return AccountPlansWidget::tr("late");
    }
    return {};
}

} // namespace

AccountPlansWidget::AccountPlansWidget(QWidget *parent) : QWidget(parent)
{
    m_table = new SearchableTable(QStringLiteral("accountPlans"),
                                  {tr("Plan"), tr("Agreed"), tr("Plan status"), tr("Instalment"), tr("Due"),
                                   tr("Amount"), tr("Paid"), tr("State")},
                                  this);
    m_new = new QPushButton(tr("Pay&ment plan…"), this);
    m_new->setObjectName(QStringLiteral("accountNewPlan"));
    connect(m_new, &QPushButton::clicked, this, &AccountPlansWidget::newPlan);
    m_print = new QPushButton(tr("Print a&greement…"), this);
    m_print->setObjectName(QStringLiteral("accountPrintAgreement"));
    m_print->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, &AccountPlansWidget::printAgreement);
    auto updatePrint = [this] {
        const bool allowed = m_session && m_session->can(Action::TakePromise) && !m_session->book().isReadOnly();
        m_print->setEnabled(allowed && currentPlanId().has_value());
        m_print->setToolTip(allowed ? tr("The selected plan's agreement letter, in the customer's language")
                                    : tr("Your role does not agree payment plans"));
    };
    connect(m_table, &SearchableTable::currentChanged, this, updatePrint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void AccountPlansWidget::show(Session *session, Id customerId, const QString &customerCode, QDate today)
{
    m_session = session;
    m_customerId = customerId;
    m_customerCode = customerCode;
    m_today = today;
    m_openOnPlans = 0;
    std::vector<RecordRow> rows;
    if (session) {
        PlanService plans(*session);
        if (const auto all = plans.plans({})) {
            for (const PlanRecord &p : *all) {
                if (p.customerCode != customerCode)
                    continue;
                const auto schedule = plans.schedule(p.id, today);
                if (!schedule)
                    continue;
                if (p.status == u"active") {
                    InvoiceListFilter filter;
                    filter.status = InvoiceStatusFilter::Open;
                    filter.customerId = customerId;
                    if (const auto open = BrowseService(*session).invoices(filter, {}, today, {0, 1000}))
                        for (const InvoiceListRow &r : *open)
                            if (schedule->invoiceNumbers.contains(r.number))
                                m_openOnPlans += r.open;
                }
                Id rowId = p.id * 1000;
                for (const ScheduleLine &line : schedule->lines) {
                    const PlanInstalment &i = line.instalment;
                    rows.push_back({rowId++,
                                    {{tr("#%1 (%2)").arg(p.id).arg(schedule->invoiceNumbers.join(QStringLiteral(", "))),
                                      QVariant::fromValue<qint64>(p.id)},
                                     {formatDate(p.createdDate), p.createdDate},
                                     {planStatusText(p.status), p.status},
                                     RecordCell::number(i.seq == 0 ? tr("down payment") : QLocale().toString(i.seq),
                                                        i.seq),
                                     {formatDate(i.dueDate), i.dueDate},
                                     RecordCell::number(formatMoney(i.amount, p.currency),
                                                        QVariant::fromValue<qint64>(i.amount)),
                                     RecordCell::number(formatMoney(line.paid, p.currency),
                                                        QVariant::fromValue<qint64>(line.paid)),
                                     {stateText(line.state), int(line.state)}},
                                    p.status != u"active",
                                    line.state == ScheduleLine::State::Late});
                }
            }
        }
    }
    m_table->model()->setRows(std::move(rows));
    m_table->view()->sortByColumn(4, Qt::AscendingOrder);
    m_new->setEnabled(session && session->can(Action::TakePromise) && !session->book().isReadOnly());
    m_new->setToolTip(m_new->isEnabled() ? QString() : tr("Your role does not agree payment plans"));
    m_print->setEnabled(false);
}

std::optional<Id> AccountPlansWidget::currentPlanId() const
{
    const auto row = m_table->currentId();
    if (!row)
        return std::nullopt;
    return *row / 1000; // rows are numbered plan id x 1000 + instalment line
}

void AccountPlansWidget::printAgreement()
{
    const auto planId = currentPlanId();
    if (!m_session || !planId)
        return;
    const auto file = printPlanAgreementFile(*m_session, *planId);
    if (!file) {
        QMessageBox::warning(this, tr("Print agreement"), file.error().message);
        return;
    }
    m_lastAgreement = *file;
    Q_EMIT changed(); // the timeline has the new record
}

void AccountPlansWidget::newPlan()
{
    if (!m_session || !m_customerId)
        return;
    PlanDialog dialog(*m_session, m_customerId, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

} // namespace ardesk
