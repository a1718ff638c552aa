#include "supervisor_widgets.h"

#include "services/escalation_service.h"
#include "services/session.h"
#include "ui/common/when_shown.h"
#include "ui/account/record_table_model.h"
#include "ui/common/display_format.h"
#include "ui/customers/customer_list_model.h"
#include "ui/payments/amount_input.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

namespace {

QTableView *makeGrid(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString escalationStatusText(const QString &status)
{
    if (status == u"open")
        return QCoreApplication::translate("EscalationQueueWidget", "waiting");
    if (status == u"taken")
        return QCoreApplication::translate("EscalationQueueWidget", "taken");
    return status;
}

// The collectors (and supervisors) a customer can go to, "Name (login)" with the login as data.
void fillStaff(QComboBox *box, Session &session, bool collectorsOnly)
{
    box->clear();
    if (auto users = CollectionService(session).deskUsers())
        for (const DeskUser &user : *users)
            if (!collectorsOnly || user.role == Role::Collector)
                box->addItem(QCoreApplication::translate("EscalationQueueWidget", "%1 (%2)")
                                     .arg(user.name.isEmpty() ? user.login : user.name, user.login),
                             user.login);
}

} // namespace

// --- escalations ---------------------------------------------------------------------------

EscalationQueueWidget::EscalationQueueWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("escalationQueue"));
    m_model = new RecordTableModel(
            {tr("Raised"), tr("Customer"), tr("Name"), tr("From"), tr("To"), tr("Status"), tr("Reason")}, this);
    m_table = makeGrid(QStringLiteral("escalationTable"), m_model, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_all = new QCheckBox(tr("&Every supervisor's escalations"), this);
    m_all->setObjectName(QStringLiteral("escalationAllSupervisors"));
    connect(m_all, &QCheckBox::toggled, this, &EscalationQueueWidget::refresh);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("escalationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto button = [this](const char *name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        m_buttons.push_back(b);
        return b;
    };
    QPushButton *open = button("escalationOpen", tr("&Open account"));
    QPushButton *takeButton = button("escalationTake", tr("&Take the account"));
    QPushButton *reassignButton = button("escalationReassign", tr("Re&assign…"));
    QPushButton *returnButton = button("escalationReturn", tr("Return with &instructions…"));
    QPushButton *resolveButton = button("escalationResolve", tr("Re&solve…"));
    takeButton->setToolTip(tr("You work the account yourself: it moves to your portfolio"));
    returnButton->setToolTip(tr("Back to the collector, with what to do next"));

    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0 && std::size_t(row) < m_customerOfRow.size())
            Q_EMIT openAccount(m_customerOfRow[std::size_t(row)]);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && std::size_t(index.row()) < m_customerOfRow.size())
            Q_EMIT openAccount(m_customerOfRow[std::size_t(index.row())]);
    });
    connect(takeButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedEscalation())
            (void)take(*id);
    });
    connect(reassignButton, &QPushButton::clicked, this, [this] {
        const auto id = selectedEscalation();
        if (!id || !m_session)
            return;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Reassign the account"));
        auto *collector = new QComboBox(&dialog);
        collector->setObjectName(QStringLiteral("reassignCollector"));
        fillStaff(collector, *m_session, true);
        auto *instructions = new QLineEdit(&dialog);
        instructions->setObjectName(QStringLiteral("reassignInstructions"));
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("&Collector:"), collector);
        form->addRow(tr("&Instructions:"), instructions);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() == QDialog::Accepted)
            (void)reassign(*id, collector->currentData().toString(), instructions->text());
    });
    connect(returnButton, &QPushButton::clicked, this, [this] {
        const auto id = selectedEscalation();
        if (!id)
            return;
        bool ok = false;
        const QString text =
                QInputDialog::getText(this, tr("Return with instructions"), tr("What should the collector do next?"),
                                      QLineEdit::Normal, {}, &ok);
        if (ok)
            (void)giveBack(*id, text);
    });
    connect(resolveButton, &QPushButton::clicked, this, [this] {
        const auto id = selectedEscalation();
        if (!id)
            return;
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Resolve the escalation"), tr("How was it settled?"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            (void)resolve(*id, text);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EscalationQueueWidget::updateButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_all);
    top->addStretch(1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : m_buttons)
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    updateButtons();
}

EscalationQueueWidget::~EscalationQueueWidget() = default;

void EscalationQueueWidget::setSession(Session *session)
{
    m_session = session;
    // Someone without a supervisor's login of their own (a manager, the local owner) sees
    // every supervisor's escalations.
    const bool ownQueue = session && session->actor().role == Role::Supervisor && !session->actor().login.isEmpty();
    m_all->setChecked(!ownQueue);
    m_all->setEnabled(ownQueue);
    if (!session)
        refresh(); // empties it
    else
        whenShown(this, [this] { refresh(); }); // not before the window's first paint
}

void EscalationQueueWidget::refresh()
{
    m_message->hide();
    m_customerOfRow.clear();
    std::vector<RecordRow> rows;
    if (m_session && isSupervisoryRole(m_session->actor().role) && m_session->can(Action::Escalate)) {
        const QString login = m_all->isChecked() ? QString() : m_session->actor().login;
        const auto queue = EscalationService(*m_session).queue(login);
        if (!queue) {
            m_message->setText(queue.error().message);
            m_message->show();
        } else {
            for (const EscalationRow &e : *queue) {
                const QDateTime at = QDateTime::fromString(e.createdAt, Qt::ISODate);
                rows.push_back({e.id,
                                {{QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), at},
                                 {e.customerCode, {}},
                                 {e.customerName, {}},
                                 {e.fromLogin, {}},
                                 {e.toLogin, {}},
                                 {escalationStatusText(e.status), e.status},
                                 {e.reason, {}}},
                                false,
                                e.status == u"open"});
                m_customerOfRow.push_back(e.customerId);
            }
        }
    }
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

std::optional<Id> EscalationQueueWidget::selectedEscalation() const
{
    const RecordRow *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? std::optional<Id>(row->id) : std::nullopt;
}

void EscalationQueueWidget::updateButtons()
{
    const bool any = m_session && selectedEscalation().has_value();
    for (QPushButton *b : m_buttons)
        b->setEnabled(any);
}

Status EscalationQueueWidget::done(const Result<void> &result)
{
    if (!result) {
        m_message->setText(result.error().message);
        m_message->show();
        return std::unexpected(result.error());
    }
    refresh();
    Q_EMIT changed();
    return {};
}

Status EscalationQueueWidget::take(Id escalationId)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    return done(EscalationService(*m_session).take(escalationId));
}

Status EscalationQueueWidget::reassign(Id escalationId, const QString &collectorLogin, const QString &instructions)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    return done(EscalationService(*m_session).reassign(escalationId, collectorLogin, instructions));
}

Status EscalationQueueWidget::giveBack(Id escalationId, const QString &instructions)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    return done(EscalationService(*m_session).giveBack(escalationId, instructions));
}

Status EscalationQueueWidget::resolve(Id escalationId, const QString &note)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    return done(EscalationService(*m_session).resolve(escalationId, note));
}

// --- portfolios ----------------------------------------------------------------------------

PortfolioWidget::PortfolioWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("portfolioPage"));
    m_model = new CustomerListModel(this);
    m_table = makeGrid(QStringLiteral("portfolioTable"), m_model, this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CustomerListModel::Code, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openAccount(index.data(PagedTableModel::RowIdRole).toLongLong());
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("portfolioSearch"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("portfolioFilter"));
    connect(m_filter, &QComboBox::activated, this, [this] {
        const QVariant id = m_filter->currentData();
        m_model->setCollectorFilter(id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt);
    });
    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("portfolioCount"));
    connect(m_model, &PagedTableModel::totalCountChanged, count,
            [count](qint64 n) { count->setText(tr("%Ln customer(s)", nullptr, int(n))); });

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("portfolioTarget"));
    auto *assignSelected = new QPushButton(tr("Assign &selected"), this);
    assignSelected->setObjectName(QStringLiteral("portfolioAssignSelected"));
    connect(assignSelected, &QPushButton::clicked, this, &PortfolioWidget::assignSelected);

    auto *rule = new QGroupBox(tr("Assign in bulk by rule (every condition given must hold)"), this);
    m_region = new QLineEdit(rule);
    m_region->setObjectName(QStringLiteral("portfolioRegion"));
    m_region->setPlaceholderText(tr("e.g. DE"));
    m_language = new QLineEdit(rule);
    m_language->setObjectName(QStringLiteral("portfolioLanguage"));
    m_language->setPlaceholderText(tr("e.g. de"));
    m_currency = new QLineEdit(rule);
    m_currency->setObjectName(QStringLiteral("portfolioCurrency"));
    m_currency->setPlaceholderText(tr("EUR"));
    m_minimum = new QLineEdit(rule);
    m_minimum->setObjectName(QStringLiteral("portfolioMinimum"));
    m_maximum = new QLineEdit(rule);
    m_maximum->setObjectName(QStringLiteral("portfolioMaximum"));
    for (QLineEdit *edit : {m_region, m_language, m_currency})
        edit->setMaximumWidth(fontMetrics().averageCharWidth() * 10);
    for (QLineEdit *edit : {m_minimum, m_maximum})
        edit->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    auto *assignRule = new QPushButton(tr("Assign &matching"), rule);
    assignRule->setObjectName(QStringLiteral("portfolioAssignRule"));
    connect(assignRule, &QPushButton::clicked, this, &PortfolioWidget::assignByRule);
    auto *ruleLayout = new QHBoxLayout(rule);
    auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, rule);
        label->setBuddy(field);
        ruleLayout->addWidget(label);
        ruleLayout->addWidget(field);
    };
    labelled(tr("Re&gion:"), m_region);
    labelled(tr("&Language:"), m_language);
    labelled(tr("C&urrency:"), m_currency);
    labelled(tr("Balance from:"), m_minimum);
    labelled(tr("to:"), m_maximum);
    ruleLayout->addStretch(1);
    ruleLayout->addWidget(assignRule);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("portfolioMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addWidget(new QLabel(tr("Collector:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(count);
    auto *assignRow = new QHBoxLayout;
    auto *toLabel = new QLabel(tr("Assign &to:"), this);
    toLabel->setBuddy(m_target);
    assignRow->addWidget(toLabel);
    assignRow->addWidget(m_target);
    assignRow->addWidget(assignSelected);
    assignRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(assignRow);
    layout->addWidget(rule);
    layout->addWidget(m_message);
}

PortfolioWidget::~PortfolioWidget()
{
    m_model->setSession(nullptr);
}

void PortfolioWidget::setSession(Session *session)
{
    m_session = session;
    m_filter->clear();
    m_target->clear();
    m_message->clear();
    const bool allowed = session && isSupervisoryRole(session->actor().role) && session->can(Action::EditCustomers);
    m_model->setSession(allowed ? session : nullptr);
    if (!allowed)
        return;
    m_filter->addItem(tr("Everyone"));
    if (auto users = CollectionService(*session).deskUsers())
        for (const DeskUser &user : *users)
            m_filter->addItem(tr("%1 (%2)").arg(user.name.isEmpty() ? user.login : user.name, user.login),
                              QVariant::fromValue<qint64>(user.id));
    fillStaff(m_target, *session, false);
    if (auto users = CollectionService(*session).deskUsers()) // a collector first, not the admin
        for (const DeskUser &user : *users)
            if (user.role == Role::Collector) {
                m_target->setCurrentIndex(std::max(0, m_target->findData(user.login)));
                break;
            }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
}

Result<qint64> PortfolioWidget::assign(const PortfolioAssignment &assignment)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    auto done = CollectionService(*m_session).assignPortfolio(assignment);
    if (!done) {
        m_message->setText(done.error().message);
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        return done;
    }
    m_message->setStyleSheet({});
    m_message->setText(tr("%n customer(s) assigned to %1.", nullptr, int(*done)).arg(assignment.collectorLogin));
    m_model->reload();
    Q_EMIT changed();
    return done;
}

void PortfolioWidget::assignSelected()
{
    PortfolioAssignment assignment;
    assignment.collectorLogin = m_target->currentData().toString();
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const CustomerListRow *row = m_model->rowAt(index.row()))
            assignment.customerCodes << row->code;
    if (assignment.customerCodes.isEmpty()) {
        m_message->setText(tr("Select the customers to assign first."));
        return;
    }
    (void)assign(assignment);
}

void PortfolioWidget::assignByRule()
{
    PortfolioAssignment assignment;
    assignment.collectorLogin = m_target->currentData().toString();
    assignment.region = m_region->text().trimmed();
    assignment.language = m_language->text().trimmed();
    assignment.currency = m_currency->text().trimmed().toUpper();
    for (auto [edit, target] :
         {std::pair{m_minimum, &assignment.minimumBalance}, std::pair{m_maximum, &assignment.maximumBalance}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        const auto amount = parseAmountInput(
                edit->text(), assignment.currency.isEmpty() ? QStringLiteral("EUR") : assignment.currency);
        if (!amount) {
            m_message->setText(tr("“%1” is not an amount.").arg(edit->text()));
            return;
        }
        *target = *amount;
    }
    if (assignment.region.isEmpty() && assignment.language.isEmpty() && assignment.currency.isEmpty()) {
        m_message->setText(tr("Give at least a region, a language or a currency."));
        return;
    }
    const QString question = tr("Assign every customer matching the rule to %1? Their open tasks move along.")
                                     .arg(assignment.collectorLogin);
    if (isVisible()
        && QMessageBox::question(this, tr("Assign by rule"), question, QMessageBox::Yes | QMessageBox::Cancel)
                != QMessageBox::Yes)
        return;
    (void)assign(assignment);
}

} // namespace ardesk
