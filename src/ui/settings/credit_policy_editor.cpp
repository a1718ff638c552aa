#include "credit_policy_editor.h"

#include "services/credit_service.h"
#include "services/strategy_service.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace ardesk {

bool parseSettingsAmount(const QString &text, std::optional<MinorUnits> &out)
{
    QString t = text.trimmed();
    out.reset();
    if (t.isEmpty())
        return true;
    const QLocale locale;
    if (locale.decimalPoint() != QStringLiteral(".")) {
        t.remove(QStringLiteral("."));
        t.replace(locale.decimalPoint(), QStringLiteral("."));
    }
    t.remove(locale.groupSeparator());
    t.remove(u' ');
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    if (locale.decimalPoint() == QStringLiteral("."))
        t.remove(u',');
    const auto money = Money::parse(t, QStringLiteral("EUR"));
    if (!money)
        return false;
    out = money->minor();
    return true;
}

QString formatSettingsAmount(std::optional<MinorUnits> amount)
{
    return amount ? formatMinorUnits(*amount, 2) : QString();
}

namespace {

QSpinBox *spin(QWidget *parent, const char *name, int min, int max)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    return box;
}

QLineEdit *line(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

CreditPolicyEditor::CreditPolicyEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("creditPolicyEditor"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("policyList"));
    m_new = new QPushButton(tr("&New policy"), this);
    m_new->setObjectName(QStringLiteral("newPolicyButton"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Policy templates per risk class or segment. A customer follows the policy "
                                "assigned on its form; its own credit limit overrides the policy's."),
                             left);
    intro->setWordWrap(true);
    leftLayout->addWidget(intro);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new, 0, Qt::AlignLeft);

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);

    auto *who = new QGroupBox(tr("Policy"), form);
    auto *whoForm = new QFormLayout(who);
    m_name = line(who, "policyName");
    m_riskClass = new QComboBox(who);
    m_riskClass->setObjectName(QStringLiteral("policyRiskClass"));
    m_riskClass->addItem(tr("Any"), QString());
    for (const char *c : {"A", "B", "C", "D", "E"})
        m_riskClass->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_segment = line(who, "policySegment");
    m_segment->setPlaceholderText(tr("any segment"));
    whoForm->addRow(tr("&Name:"), m_name);
    whoForm->addRow(tr("&Risk class:"), m_riskClass);
    whoForm->addRow(tr("Se&gment:"), m_segment);

    auto *terms = new QGroupBox(tr("Payment terms"), form);
    auto *termsForm = new QFormLayout(terms);
    m_terms = spin(terms, "policyTerms", 0, 3650);
    m_terms->setSuffix(tr(" days net"));
    m_discountPercent = new QDoubleSpinBox(terms);
    m_discountPercent->setObjectName(QStringLiteral("policyDiscountPercent"));
    m_discountPercent->setRange(0, 100);
    m_discountPercent->setDecimals(2);
    m_discountPercent->setSuffix(QStringLiteral(" %"));
    m_discountDays = spin(terms, "policyDiscountDays", 0, 3650);
    m_discountDays->setSuffix(tr(" days"));
    termsForm->addRow(tr("&Terms:"), m_terms);
    termsForm->addRow(tr("Early-payment &discount:"), m_discountPercent);
    termsForm->addRow(tr("Discount &period:"), m_discountDays);
    m_instalments = line(terms, "policyInstalmentTerms");
    m_instalments->setPlaceholderText(tr("none, or such as 30/60/90"));
    m_instalments->setToolTip(tr("Days after the issue date of each part, separated by /; equal parts, or "
                                 "DAYS:PERCENT for each part. Each part is aged on its own."));
    termsForm->addRow(tr("&Instalments:"), m_instalments);

    auto *holds = new QGroupBox(tr("Credit limit and hold rules"), form);
    auto *holdsForm = new QFormLayout(holds);
    m_creditLimit = line(holds, "policyCreditLimit");
    m_creditLimit->setPlaceholderText(tr("no limit"));
    m_holdOverLimit = new QCheckBox(tr("Hold when the balance is over the credit limit"), holds);
    m_holdOverLimit->setObjectName(QStringLiteral("policyHoldOverLimit"));
    m_holdDaysCheck = new QCheckBox(tr("Hold when the oldest item is more than"), holds);
    m_holdDaysCheck->setObjectName(QStringLiteral("policyHoldDaysCheck"));
    m_holdDays = spin(holds, "policyHoldDays", 0, 3650);
    m_holdDays->setSuffix(tr(" days past due"));
    m_holdOverdueCheck = new QCheckBox(tr("Hold when the overdue amount is above"), holds);
    m_holdOverdueCheck->setObjectName(QStringLiteral("policyHoldOverdueCheck"));
    m_holdOverdue = line(holds, "policyHoldOverdue");
    m_holdPromisesCheck = new QCheckBox(tr("Hold after"), holds);
    m_holdPromisesCheck->setObjectName(QStringLiteral("policyHoldPromisesCheck"));
    m_holdPromises = spin(holds, "policyHoldPromises", 1, 100);
    m_holdPromises->setSuffix(tr(" broken promises"));
    m_holdWindow = spin(holds, "policyHoldWindow", 1, 3650);
    m_holdWindow->setPrefix(tr("within "));
    m_holdWindow->setSuffix(tr(" days"));
    m_holdWindow->setValue(90);
    auto pair = [holds](QWidget *a, QWidget *b, QWidget *c = nullptr) {
        auto *row = new QWidget(holds);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(a);
        layout->addWidget(b);
        if (c)
            layout->addWidget(c);
        layout->addStretch(1);
        return row;
    };
    holdsForm->addRow(tr("Credit &limit:"), m_creditLimit);
    holdsForm->addRow(m_holdOverLimit);
    holdsForm->addRow(pair(m_holdDaysCheck, m_holdDays));
    holdsForm->addRow(pair(m_holdOverdueCheck, m_holdOverdue));
    holdsForm->addRow(pair(m_holdPromisesCheck, m_holdPromises, m_holdWindow));
    connect(m_holdDaysCheck, &QCheckBox::toggled, m_holdDays, &QWidget::setEnabled);
    connect(m_holdOverdueCheck, &QCheckBox::toggled, m_holdOverdue, &QWidget::setEnabled);
    connect(m_holdPromisesCheck, &QCheckBox::toggled, m_holdPromises, &QWidget::setEnabled);
    connect(m_holdPromisesCheck, &QCheckBox::toggled, m_holdWindow, &QWidget::setEnabled);

    auto *review = new QGroupBox(tr("Review and collection"), form);
    auto *reviewForm = new QFormLayout(review);
    m_reviewInterval = spin(review, "policyReviewInterval", 1, 3650);
    m_reviewInterval->setSuffix(tr(" days"));
    m_strategy = new QComboBox(review);
    m_strategy->setObjectName(QStringLiteral("policyStrategy"));
    reviewForm->addRow(tr("Re&view every:"), m_reviewInterval);
    reviewForm->addRow(tr("Collection &strategy:"), m_strategy);

    auto *interest = new QGroupBox(tr("Late-payment interest and fees"), form);
    auto *interestForm = new QFormLayout(interest);
    m_interestRegion = line(interest, "policyInterestRegion");
    m_interestRegion->setPlaceholderText(tr("the customer's country rule"));
    m_interestMargin = new QDoubleSpinBox(interest);
    m_interestMargin->setObjectName(QStringLiteral("policyInterestMargin"));
    m_interestMargin->setRange(-100, 100);
    m_interestMargin->setDecimals(2);
    m_interestMargin->setSuffix(tr(" points"));
    m_compensation = line(interest, "policyCompensation");
    m_compensation->setPlaceholderText(tr("from the country rule"));
    m_reminderCap = line(interest, "policyReminderCap");
    m_reminderCap->setPlaceholderText(tr("from the country rule"));
    m_collectionCap = line(interest, "policyCollectionCap");
    m_collectionCap->setPlaceholderText(tr("from the country rule"));
    m_feeCurrency = line(interest, "policyFeeCurrency");
    m_feeCurrency->setMaxLength(3);
    interestForm->addRow(tr("Reference rate &region:"), m_interestRegion);
    interestForm->addRow(tr("&Margin over the reference rate:"), m_interestMargin);
    interestForm->addRow(tr("Recovery &compensation per invoice:"), m_compensation);
    interestForm->addRow(tr("Reminder fee cap:"), m_reminderCap);
    interestForm->addRow(tr("Collection fee cap:"), m_collectionCap);
    interestForm->addRow(tr("Fee &currency:"), m_feeCurrency);
    m_postInterest = new QCheckBox(tr("Post interest and compensation as debit notes (Clerk > Post interest)"),
                                   interest);
    m_postInterest->setObjectName(QStringLiteral("policyPostInterest"));
    m_postInterest->setToolTip(tr("Off: interest and compensation are only shown on letters and statements."));
    interestForm->addRow(m_postInterest);

    m_message = new QLabel(form);
    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("&Save policy"), form);
    m_save->setObjectName(QStringLiteral("savePolicyButton"));

    auto *columns = new QHBoxLayout;
    auto *col1 = new QVBoxLayout;
    col1->addWidget(who);
    col1->addWidget(terms);
    col1->addWidget(review);
    col1->addStretch(1);
    auto *col2 = new QVBoxLayout;
    col2->addWidget(holds);
    col2->addWidget(interest);
    col2->addStretch(1);
    columns->addLayout(col1, 1);
    columns->addLayout(col2, 1);
    formLayout->addLayout(columns);
    formLayout->addWidget(m_message);
    formLayout->addWidget(m_save, 0, Qt::AlignLeft);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &CreditPolicyEditor::showPolicy);
    connect(m_new, &QPushButton::clicked, this, &CreditPolicyEditor::newPolicy);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    newPolicy();
}

CreditPolicyEditor::~CreditPolicyEditor() = default;

void CreditPolicyEditor::setSession(Session *session)
{
    m_session = session;
    reload();
}

QString CreditPolicyEditor::message() const
{
    return m_message->text();
}

void CreditPolicyEditor::reload()
{
    const Id keep = m_currentId;
    m_policies.clear();
    m_strategy->clear();
    m_strategy->addItem(tr("By segment or risk class (default)"), QVariant());
    if (m_session) {
        if (auto policies = CreditService(*m_session).policies())
            m_policies = std::move(*policies);
        if (auto strategies = StrategyService(*m_session).strategies())
            for (const Strategy &s : *strategies)
                m_strategy->addItem(s.active ? s.name : tr("%1 (inactive)").arg(s.name), QVariant::fromValue<qint64>(s.id));
    }
    const bool editable = m_session && m_session->can(Action::EditCreditPolicy);
    m_new->setEnabled(editable);
    m_save->setEnabled(editable);
    m_list->blockSignals(true);
    m_list->clear();
    int select = -1;
    for (std::size_t i = 0; i < m_policies.size(); ++i) {
        const CreditPolicy &p = m_policies[i];
        QStringList scope;
        if (!p.riskClass.isEmpty())
            scope << tr("class %1").arg(p.riskClass);
        if (!p.segment.isEmpty())
            scope << p.segment;
        m_list->addItem(scope.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, scope.join(QStringLiteral(", "))));
        if (p.id == keep)
            select = static_cast<int>(i);
    }
    m_list->blockSignals(false);
    if (select >= 0) {
        m_list->setCurrentRow(select);
    } else if (!m_policies.empty()) {
        m_list->setCurrentRow(0);
    } else {
        newPolicy();
    }
    if (!editable)
        m_message->setText(m_session ? tr("Only a manager changes credit policies; you can read them here.")
                                     : QString());
}

void CreditPolicyEditor::newPolicy()
{
    m_currentId = 0;
    m_list->blockSignals(true);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_list->blockSignals(false);
    CreditPolicy blank;
    m_name->clear();
    m_riskClass->setCurrentIndex(0);
    m_segment->clear();
    m_terms->setValue(blank.termsDays);
    m_discountPercent->setValue(0);
    m_discountDays->setValue(0);
    m_creditLimit->clear();
    m_holdOverLimit->setChecked(blank.holdOverLimit);
    m_holdDaysCheck->setChecked(false);
    m_holdDays->setValue(60);
    m_holdDays->setEnabled(false);
    m_holdOverdueCheck->setChecked(false);
    m_holdOverdue->clear();
    m_holdOverdue->setEnabled(false);
    m_holdPromisesCheck->setChecked(false);
    m_holdPromises->setValue(2);
    m_holdWindow->setValue(90);
    m_holdPromises->setEnabled(false);
    m_holdWindow->setEnabled(false);
    m_reviewInterval->setValue(blank.reviewIntervalDays);
    m_strategy->setCurrentIndex(0);
    m_interestRegion->clear();
    m_interestMargin->setValue(blank.interestMarginHundredths / 100.0);
    m_compensation->clear();
    m_reminderCap->clear();
    m_collectionCap->clear();
    m_feeCurrency->clear();
    m_postInterest->setChecked(blank.postInterest);
    m_instalments->clear();
    m_message->clear();
    m_name->setFocus();
}

void CreditPolicyEditor::showPolicy(int row)
{
    if (row < 0 || row >= static_cast<int>(m_policies.size()))
        return;
    const CreditPolicy &p = m_policies[static_cast<std::size_t>(row)];
    m_currentId = p.id;
    m_name->setText(p.name);
    m_riskClass->setCurrentIndex(std::max(0, m_riskClass->findData(p.riskClass)));
    m_segment->setText(p.segment);
    m_terms->setValue(p.termsDays);
    m_discountPercent->setValue(p.discountPercentHundredths / 100.0);
    m_discountDays->setValue(p.discountDays);
    m_creditLimit->setText(formatSettingsAmount(p.creditLimit));
    m_holdOverLimit->setChecked(p.holdOverLimit);
    m_holdDaysCheck->setChecked(p.holdDaysPastDue.has_value());
    m_holdDays->setValue(p.holdDaysPastDue.value_or(60));
    m_holdDays->setEnabled(p.holdDaysPastDue.has_value());
    m_holdOverdueCheck->setChecked(p.holdOverdueAmount.has_value());
    m_holdOverdue->setText(formatSettingsAmount(p.holdOverdueAmount));
    m_holdOverdue->setEnabled(p.holdOverdueAmount.has_value());
    m_holdPromisesCheck->setChecked(p.holdBrokenPromises.has_value());
    m_holdPromises->setValue(p.holdBrokenPromises.value_or(2));
    m_holdWindow->setValue(p.holdBrokenWindowDays.value_or(90));
    m_holdPromises->setEnabled(p.holdBrokenPromises.has_value());
    m_holdWindow->setEnabled(p.holdBrokenPromises.has_value());
    m_reviewInterval->setValue(p.reviewIntervalDays);
    m_strategy->setCurrentIndex(
            p.strategyId ? std::max(0, m_strategy->findData(QVariant::fromValue<qint64>(*p.strategyId))) : 0);
    m_interestRegion->setText(p.interestRegion);
    m_interestMargin->setValue(p.interestMarginHundredths / 100.0);
    m_compensation->setText(formatSettingsAmount(p.compensation));
    m_reminderCap->setText(formatSettingsAmount(p.reminderFeeCap));
    m_collectionCap->setText(formatSettingsAmount(p.collectionFeeCap));
    m_feeCurrency->setText(p.feeCurrency);
    m_postInterest->setChecked(p.postInterest);
    m_instalments->setText(p.instalmentTerms);
    if (m_session && m_session->can(Action::EditCreditPolicy))
        m_message->clear();
}

CreditPolicy CreditPolicyEditor::policyFromFields(QString &problem) const
{
    CreditPolicy p;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.riskClass = m_riskClass->currentData().toString();
    p.segment = m_segment->text().trimmed();
    p.termsDays = m_terms->value();
    p.discountPercentHundredths = static_cast<int>(std::lround(m_discountPercent->value() * 100));
    p.discountDays = m_discountDays->value();
    auto amount = [&](QLineEdit *edit, const QString &label, std::optional<MinorUnits> &out) {
        if (!parseSettingsAmount(edit->text(), out) && problem.isEmpty())
            problem = tr("%1: not an amount (digits with at most two decimals)").arg(label);
    };
    amount(m_creditLimit, tr("Credit limit"), p.creditLimit);
    p.holdOverLimit = m_holdOverLimit->isChecked();
    if (m_holdDaysCheck->isChecked())
        p.holdDaysPastDue = m_holdDays->value();
    if (m_holdOverdueCheck->isChecked()) {
        amount(m_holdOverdue, tr("Overdue amount"), p.holdOverdueAmount);
        if (!p.holdOverdueAmount && problem.isEmpty())
            problem = tr("Overdue amount: enter the amount above which the account is held");
    }
    if (m_holdPromisesCheck->isChecked()) {
        p.holdBrokenPromises = m_holdPromises->value();
        p.holdBrokenWindowDays = m_holdWindow->value();
    }
    p.reviewIntervalDays = m_reviewInterval->value();
    if (const QVariant s = m_strategy->currentData(); s.isValid())
        p.strategyId = s.toLongLong();
    p.interestRegion = m_interestRegion->text().trimmed().toUpper();
    p.interestMarginHundredths = static_cast<int>(std::lround(m_interestMargin->value() * 100));
    amount(m_compensation, tr("Recovery compensation"), p.compensation);
    amount(m_reminderCap, tr("Reminder fee cap"), p.reminderFeeCap);
    amount(m_collectionCap, tr("Collection fee cap"), p.collectionFeeCap);
    p.feeCurrency = m_feeCurrency->text().trimmed().toUpper();
    p.postInterest = m_postInterest->isChecked();
    p.instalmentTerms = m_instalments->text().trimmed();
    return p;
}

bool CreditPolicyEditor::save()
{
    if (!m_session)
        return false;
    QString problem;
    const CreditPolicy policy = policyFromFields(problem);
    if (!problem.isEmpty()) {
        m_message->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(problem.toHtmlEscaped()));
        return false;
    }
    const auto saved = CreditService(*m_session).savePolicy(policy);
    if (!saved) {
        m_message->setText(tr("<span style='color:#b00020'>Not saved: %1</span>").arg(saved.error().message.toHtmlEscaped()));
        return false;
    }
    m_currentId = *saved;
    reload();
    m_message->setText(tr("Policy %1 saved.").arg(policy.name.toHtmlEscaped()));
    return true;
}

} // namespace ardesk
