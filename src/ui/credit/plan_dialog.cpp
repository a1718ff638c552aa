#include "plan_dialog.h"

#include "plan_agreement_print.h"

#include "services/account_service.h"
#include "services/browse_service.h"
#include "services/plan_service.h"
#include "ui/common/display_format.h"
#include "ui/payments/amount_input.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidget *grid(const char *name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

PlanDialog::PlanDialog(Session &session, Id customerId, QDate today, QWidget *parent)
    : QDialog(parent), m_session(session), m_today(today), m_customerId(customerId)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Payment plan"));

    if (const auto header = AccountService(session).header(customerId, today)) {
        m_customerCode = header->customer.code;
        m_currency = header->customer.currency;
        setWindowTitle(tr("Payment plan for %1 · %2").arg(header->customer.code, header->customer.name));
    }

    m_items = grid("planItems", {tr("Invoice"), tr("Due"), tr("Days late"), tr("Open")}, this);
    m_items->setSortingEnabled(false);
    m_instalments = new QSpinBox(this);
    m_instalments->setObjectName(QStringLiteral("planInstalments"));
    m_instalments->setRange(1, 120);
    m_instalments->setValue(3);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("planFrequency"));
    m_frequency->addItem(tr("Monthly"), planFrequencyKey(PlanFrequency::Monthly));
    m_frequency->addItem(tr("Every two weeks"), planFrequencyKey(PlanFrequency::Biweekly));
    m_frequency->addItem(tr("Weekly"), planFrequencyKey(PlanFrequency::Weekly));
    m_firstDate = new QDateEdit(today.addMonths(1), this);
    m_firstDate->setObjectName(QStringLiteral("planFirstDate"));
    m_firstDate->setCalendarPopup(true);
    m_firstDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_firstDate->setMinimumDate(today.addDays(1));
    m_downPayment = new QLineEdit(this);
    m_downPayment->setObjectName(QStringLiteral("planDownPayment"));
    m_downPayment->setAlignment(Qt::AlignRight);
    m_downPayment->setPlaceholderText(formatAmount(0, m_currency));
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("planTotal"));
    QFont bold = m_totalLabel->font();
    bold.setBold(true);
    m_totalLabel->setFont(bold);
    m_scheduleView = grid("planSchedule", {tr("#"), tr("Due"), tr("Amount")}, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("C&reate plan"));
    m_create->setObjectName(QStringLiteral("planCreate"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_print = buttons->addButton(tr("&Print agreement…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("planPrintAgreement"));
    m_print->hide();
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("planClose"));
    m_close->hide();
    connect(m_create, &QPushButton::clicked, this, &PlanDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &PlanDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PlanDialog::printAgreement);
    connect(m_close, &QPushButton::clicked, this, &PlanDialog::accept);

    auto *form = new QFormLayout;
    form->addRow(tr("&Instalments:"), m_instalments);
    form->addRow(tr("&Frequency:"), m_frequency);
    form->addRow(tr("F&irst instalment on:"), m_firstDate);
    form->addRow(tr("&Down payment (%1, due today):").arg(m_currency), m_downPayment);
    form->addRow(tr("Plan total:"), m_totalLabel);

    auto *itemsLabel = new QLabel(tr("Open &items on the plan:"), this);
    itemsLabel->setBuddy(m_items);
    auto *scheduleLabel = new QLabel(tr("Schedule:"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(itemsLabel);
    left->addWidget(m_items, 1);
    left->addLayout(form);
    auto *right = new QVBoxLayout;
    right->addWidget(scheduleLabel);
    right->addWidget(m_scheduleView, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_items, &QTableWidget::itemChanged, this, &PlanDialog::updateSchedule);
    connect(m_instalments, &QSpinBox::valueChanged, this, &PlanDialog::updateSchedule);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &PlanDialog::updateSchedule);
    connect(m_firstDate, &QDateEdit::dateChanged, this, &PlanDialog::updateSchedule);
    connect(m_downPayment, &QLineEdit::textChanged, this, &PlanDialog::updateSchedule);

    readItems();
    resize(860, 520);
    updateSchedule();
    m_instalments->setFocus();
    m_instalments->selectAll();
}

void PlanDialog::readItems()
{
    // Items already on an active plan are not offered again.
    QSet<QString> onPlans;
    PlanService plans(m_session);
    if (const auto active = plans.plans(QStringLiteral("active")))
        for (const PlanRecord &p : *active)
            if (p.customerCode == m_customerCode)
                if (const auto s = plans.schedule(p.id, m_today))
                    for (const QString &number : s->invoiceNumbers)
                        onPlans.insert(number);
    InvoiceListFilter filter;
    filter.status = InvoiceStatusFilter::Open;
    filter.customerId = m_customerId;
    const auto rows = BrowseService(m_session).invoices(filter, {}, m_today, {0, 1000});
    if (!rows)
        return;
    const QSignalBlocker blocker(m_items);
    for (const InvoiceListRow &r : *rows) {
        if (r.open <= 0 || onPlans.contains(r.number))
            continue;
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        auto *number = cell(r.number);
        number->setFlags(number->flags() | Qt::ItemIsUserCheckable);
        number->setCheckState(r.daysPastDue > 0 ? Qt::Checked : Qt::Unchecked); // the overdue items by default
        number->setData(Qt::UserRole, QVariant::fromValue<qint64>(r.open));
        m_items->setItem(row, 0, number);
        m_items->setItem(row, 1, cell(formatDate(r.dueDate)));
        m_items->setItem(row, 2,
                         cell(r.daysPastDue > 0 ? QLocale().toString(r.daysPastDue) : QString(),
                              Qt::AlignRight | Qt::AlignVCenter));
        m_items->setItem(row, 3, cell(formatMoney(r.open, r.currency), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_items->resizeColumnsToContents();
}

QStringList PlanDialog::chosenInvoices() const
{
    QStringList numbers;
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (m_items->item(row, 0)->checkState() == Qt::Checked)
            numbers << m_items->item(row, 0)->text();
    return numbers;
}

void PlanDialog::updateSchedule()
{
    m_total = 0;
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (m_items->item(row, 0)->checkState() == Qt::Checked)
            m_total += m_items->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto down = m_downPayment->text().trimmed().isEmpty() ? std::optional<MinorUnits>(0)
                                                                : parseAmountInput(m_downPayment->text(), m_currency);
    m_totalLabel->setText(formatMoney(m_total, m_currency));
    m_schedule.clear();
    m_scheduleView->setRowCount(0);
    QString problem;
    if (m_total <= 0)
        problem = tr("Tick at least one open item.");
    else if (!down)
        problem = tr("The down payment is not an amount.");
    else if (*down >= m_total)
        problem = tr("The down payment must be less than the plan total.");
    if (problem.isEmpty()) {
        const auto frequency = planFrequencyFromKey(m_frequency->currentData().toString()).value_or(PlanFrequency::Monthly);
        if (*down > 0)
            m_schedule.emplace_back(m_today, *down);
        const auto parts = splitEvenly(m_total - *down, m_instalments->value());
        const auto dates = instalmentDates(m_firstDate->date(), m_instalments->value(), frequency);
        for (std::size_t i = 0; i < parts.size() && i < dates.size(); ++i)
            m_schedule.emplace_back(dates[i], parts[i]);
        for (std::size_t i = 0; i < m_schedule.size(); ++i) {
            const int row = int(i);
            m_scheduleView->insertRow(row);
            const bool isDown = *down > 0 && i == 0;
            const int number = int(i) + (*down > 0 ? 0 : 1);
            m_scheduleView->setItem(row, 0,
                                    cell(isDown ? tr("down payment") : QLocale().toString(number),
                                         Qt::AlignRight | Qt::AlignVCenter));
            m_scheduleView->setItem(row, 1, cell(formatDate(m_schedule[i].first)));
            m_scheduleView->setItem(row, 2,
                                    cell(formatMoney(m_schedule[i].second, m_currency), Qt::AlignRight | Qt::AlignVCenter));
        }
        m_scheduleView->resizeColumnsToContents();
    }
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_create->setEnabled(problem.isEmpty() && m_session.can(Action::TakePromise) && !m_session.book().isReadOnly());
}

void PlanDialog::accept()
{
    if (m_planId) {
        QDialog::accept();
        return;
    }
    PlanInput input;
    input.customerCode = m_customerCode;
    input.invoiceNumbers = chosenInvoices();
    input.instalments = m_instalments->value();
    input.frequency = planFrequencyFromKey(m_frequency->currentData().toString()).value_or(PlanFrequency::Monthly);
    input.createdOn = m_today;
    input.firstDate = m_firstDate->date();
    input.downPayment = parseAmountInput(m_downPayment->text(), m_currency).value_or(0);
    const auto created = PlanService(m_session).create(input);
    if (!created) {
        m_message->setText(created.error().message);
        m_message->show();
        return;
    }
    m_planId = *created;
    // Saved: the plan is fixed; its agreement can be printed now.
    for (QWidget *field : std::initializer_list<QWidget *>{m_items, m_instalments, m_frequency, m_firstDate, m_downPayment})
        field->setEnabled(false);
    m_create->hide();
    m_cancel->hide();
    m_print->show();
    m_print->setEnabled(m_session.can(Action::TakePromise));
    m_close->show();
    m_close->setDefault(true);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Payment plan #%1 agreed. Print the agreement for the customer to sign.").arg(*m_planId));
    m_message->show();
    m_print->setFocus();
}

void PlanDialog::reject()
{
    if (m_planId)
        QDialog::accept(); // the plan is saved: closing is never a cancel
    else
        QDialog::reject();
}

void PlanDialog::printAgreement()
{
    if (!m_planId)
        return;
    const auto file = printPlanAgreementFile(m_session, *m_planId);
    if (!file) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(file.error().message);
        return;
    }
    m_lastAgreement = *file;
    m_message->setText(tr("Agreement written to %1 and recorded on the account.").arg(QDir::toNativeSeparators(*file)));
}

} // namespace ardesk
