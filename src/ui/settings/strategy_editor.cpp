#include "strategy_editor.h"

#include "services/strategy_service.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

QString strategyActionDisplayName(StrategyAction action)
{
    switch (action) {
    case StrategyAction::ReminderEmail: return StrategyEditor::tr("Reminder e-mail");
    case StrategyAction::Letter1: return StrategyEditor::tr("Dunning letter, level 1");
    case StrategyAction::Letter2: return StrategyEditor::tr("Dunning letter, level 2");
    case StrategyAction::Letter3: return StrategyEditor::tr("Dunning letter, level 3 (final demand)");
    case StrategyAction::CallTask: return StrategyEditor::tr("Call task");
    case StrategyAction::Escalation: return StrategyEditor::tr("Escalation");
    case StrategyAction::CreditHold: return StrategyEditor::tr("Credit hold");
    case StrategyAction::AgencyReferralReview: return StrategyEditor::tr("Agency referral review");
    case StrategyAction::WriteOffReview: return StrategyEditor::tr("Write-off review");
    }
    return {};
}

StrategyEditor::StrategyEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("strategyEditor"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("strategyList"));
    m_new = new QPushButton(tr("&New strategy"), this);
    m_new->setObjectName(QStringLiteral("newStrategyButton"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("A customer follows its policy's strategy, else the one for its segment, else the "
                                "one for its risk class, else the default (no segment, no class)."),
                             left);
    intro->setWordWrap(true);
    leftLayout->addWidget(intro);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new, 0, Qt::AlignLeft);

    auto *right = new QWidget(this);
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("strategyName"));
    m_segment = new QLineEdit(right);
    m_segment->setObjectName(QStringLiteral("strategySegment"));
    m_segment->setPlaceholderText(tr("any segment"));
    m_riskClass = new QComboBox(right);
    m_riskClass->setObjectName(QStringLiteral("strategyRiskClass"));
    m_riskClass->addItem(tr("Any"), QString());
    for (const char *c : {"A", "B", "C", "D", "E"})
        m_riskClass->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_active = new QCheckBox(tr("Active (the run follows it)"), right);
    m_active->setObjectName(QStringLiteral("strategyActive"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("&Risk class:"), m_riskClass);
    form->addRow(QString(), m_active);

    m_table = new QTableWidget(0, 2, right);
    m_table->setObjectName(QStringLiteral("strategySteps"));
    m_table->setHorizontalHeaderLabels({tr("Days from the due date"), tr("Action")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addStep = new QPushButton(tr("&Add step"), right);
    m_addStep->setObjectName(QStringLiteral("addStepButton"));
    m_removeStep = new QPushButton(tr("Re&move step"), right);
    m_removeStep->setObjectName(QStringLiteral("removeStepButton"));
    m_up = new QPushButton(tr("Move &up"), right);
    m_up->setObjectName(QStringLiteral("stepUpButton"));
    m_down = new QPushButton(tr("Move do&wn"), right);
    m_down->setObjectName(QStringLiteral("stepDownButton"));
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addStep, m_removeStep, m_up, m_down})
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);
    auto *hint = new QLabel(tr("Negative days come before the due date (a friendly reminder). List the steps in "
                               "order of days. Changing a step that already ran does not run it again; a step added "
                               "before steps already taken is not sent backwards."),
                            right);
    hint->setWordWrap(true);
    m_message = new QLabel(right);
    m_message->setObjectName(QStringLiteral("strategyMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("&Save strategy"), right);
    m_save->setObjectName(QStringLiteral("saveStrategyButton"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(stepButtons);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_save, 0, Qt::AlignLeft);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &StrategyEditor::showStrategy);
    connect(m_new, &QPushButton::clicked, this, &StrategyEditor::newStrategy);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        readTable();
        const int days = m_steps.empty() ? 0 : m_steps.back().offsetDays + 7;
        addStep(days, StrategyAction::CallTask);
    });
    connect(m_removeStep, &QPushButton::clicked, this, [this] { removeStep(m_table->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(m_table->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(m_table->currentRow(), 1); });
    setEditable(false);
}

StrategyEditor::~StrategyEditor() = default;

void StrategyEditor::setSession(Session *session)
{
    m_session = session;
    reload();
}

QString StrategyEditor::message() const
{
    return m_message->text();
}

void StrategyEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_save, m_addStep, m_removeStep, m_up, m_down, m_name,
                                                       m_segment, m_riskClass, m_active})
        w->setEnabled(editable);
}

void StrategyEditor::reload()
{
    const Id keep = m_currentId;
    m_strategies.clear();
    if (m_session)
        if (auto all = StrategyService(*m_session).strategies())
            m_strategies = std::move(*all);
    setEditable(m_session && m_session->can(Action::EditCreditPolicy));
    m_list->blockSignals(true);
    m_list->clear();
    int select = -1;
    // The default: the first active strategy without segment and class (docs/strategies.md);
    // other such strategies are followed only where a policy names them.
    Id defaultId = 0;
    for (const Strategy &s : m_strategies)
        if (!defaultId && s.active && s.segment.isEmpty() && s.riskClass.isEmpty())
            defaultId = s.id;
    for (std::size_t i = 0; i < m_strategies.size(); ++i) {
        const Strategy &s = m_strategies[i];
        QStringList scope;
        if (!s.segment.isEmpty())
            scope << s.segment;
        if (!s.riskClass.isEmpty())
            scope << tr("class %1").arg(s.riskClass);
        if (scope.isEmpty())
            scope << (s.id == defaultId ? tr("default") : tr("through a policy"));
        QString text = tr("%1 — %2").arg(s.name, scope.join(QStringLiteral(", ")));
        if (!s.active)
            text = tr("%1 (inactive)").arg(text);
        m_list->addItem(text);
        if (s.id == keep)
            select = static_cast<int>(i);
    }
    m_list->blockSignals(false);
    if (select < 0 && !m_strategies.empty())
        select = 0;
    if (select >= 0) {
        m_list->setCurrentRow(select);
        showStrategy(select);
    } else {
        newStrategy();
    }
    if (!m_editable)
        m_message->setText(m_session ? tr("Only a manager changes collection strategies; you can read them here.")
                                     : QString());
}

void StrategyEditor::newStrategy()
{
    m_currentId = 0;
    m_list->blockSignals(true);
    m_list->setCurrentRow(-1);
    m_list->blockSignals(false);
    m_name->clear();
    m_segment->clear();
    m_riskClass->setCurrentIndex(0);
    m_active->setChecked(true);
    m_steps.clear();
    StrategyStep first;
    first.offsetDays = 7;
    first.action = StrategyAction::Letter1;
    m_steps.push_back(first);
    fillTable(0);
    m_message->clear();
}

void StrategyEditor::showStrategy(int row)
{
    if (row < 0 || row >= static_cast<int>(m_strategies.size()))
        return;
    const Strategy &s = m_strategies[static_cast<std::size_t>(row)];
    m_currentId = s.id;
    m_name->setText(s.name);
    m_segment->setText(s.segment);
    m_riskClass->setCurrentIndex(std::max(0, m_riskClass->findData(s.riskClass)));
    m_active->setChecked(s.active);
    m_steps = s.steps;
    fillTable(-1);
    if (m_editable)
        m_message->clear();
}

void StrategyEditor::readTable()
{
    for (int row = 0; row < m_table->rowCount() && row < static_cast<int>(m_steps.size()); ++row) {
        if (auto *days = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 0)))
            m_steps[static_cast<std::size_t>(row)].offsetDays = days->value();
        if (auto *action = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1)))
            m_steps[static_cast<std::size_t>(row)].action = static_cast<StrategyAction>(action->currentData().toInt());
    }
}

void StrategyEditor::fillTable(int selectRow)
{
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_steps.size()));
    for (int row = 0; row < static_cast<int>(m_steps.size()); ++row) {
        const StrategyStep &step = m_steps[static_cast<std::size_t>(row)];
        auto *days = new QSpinBox(m_table);
        days->setRange(-365, 3650);
        days->setValue(step.offsetDays);
        days->setEnabled(m_editable);
        days->setAccessibleName(tr("Days from the due date, step %1").arg(row + 1));
        auto *action = new QComboBox(m_table);
        for (int a = 0; a < kStrategyActionCount; ++a)
            action->addItem(strategyActionDisplayName(static_cast<StrategyAction>(a)), a);
        action->setCurrentIndex(static_cast<int>(step.action));
        action->setEnabled(m_editable);
        action->setAccessibleName(tr("Action, step %1").arg(row + 1));
        m_table->setCellWidget(row, 0, days);
        m_table->setCellWidget(row, 1, action);
    }
    m_table->resizeRowsToContents();
    if (selectRow >= 0 && selectRow < m_table->rowCount())
        m_table->selectRow(selectRow);
}

void StrategyEditor::addStep(int offsetDays, StrategyAction action)
{
    readTable();
    StrategyStep step;
    step.offsetDays = offsetDays;
    step.action = action;
    m_steps.push_back(step);
    fillTable(static_cast<int>(m_steps.size()) - 1);
}

void StrategyEditor::removeStep(int row)
{
    readTable();
    if (row < 0 || row >= static_cast<int>(m_steps.size()))
        return;
    m_steps.erase(m_steps.begin() + row);
    fillTable(std::min(row, static_cast<int>(m_steps.size()) - 1));
}

void StrategyEditor::moveStep(int row, int delta)
{
    readTable();
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= static_cast<int>(m_steps.size()) || to >= static_cast<int>(m_steps.size()))
        return;
    std::swap(m_steps[static_cast<std::size_t>(row)], m_steps[static_cast<std::size_t>(to)]);
    fillTable(to);
}

bool StrategyEditor::save()
{
    if (!m_session)
        return false;
    readTable();
    Strategy s;
    s.id = m_currentId;
    s.name = m_name->text();
    s.segment = m_segment->text();
    s.riskClass = m_riskClass->currentData().toString();
    s.active = m_active->isChecked();
    s.steps = m_steps;
    const auto saved = StrategyService(*m_session).saveStrategy(s);
    if (!saved) {
        m_message->setText(
                tr("<span style='color:#b00020'>Not saved: %1</span>").arg(saved.error().message.toHtmlEscaped()));
        return false;
    }
    m_currentId = *saved;
    reload();
    m_message->setText(tr("Strategy %1 saved.").arg(s.name.trimmed().toHtmlEscaped()));
    return true;
}

} // namespace ardesk
