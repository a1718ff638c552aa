#include "customer_dialog.h"

#include "services/credit_service.h"

#include "services/ledger_service.h"
#include "ui/common/display_format.h"
#include "ui/payments/amount_input.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ardesk {

CustomerDialog::CustomerDialog(Session &session, std::optional<Customer> customer, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(std::move(customer))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(m_original ? tr("Edit customer %1").arg(m_original->code) : tr("New customer"));
    auto *form = new QFormLayout;
    auto field = [&](const char *name, const QString &key, const QString &label, QWidget *widget) {
        widget->setObjectName(QString::fromLatin1(name));
        auto *error = new QLabel(this);
        error->setObjectName(key + QStringLiteral("Error"));
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
        m_errors.insert(key, error);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(widget);
        box->addWidget(error);
        form->addRow(label, box);
        static_cast<QLabel *>(form->labelForField(box))->setBuddy(widget);
    };
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_currency = new QLineEdit(this);
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(QStringLiteral("EUR"));
    m_terms = new QSpinBox(this);
    m_terms->setRange(0, 3650);
    m_terms->setValue(30);
    m_terms->setSuffix(tr(" days"));
    m_creditLimit = new QLineEdit(this);
    m_creditLimit->setPlaceholderText(tr("no limit"));
    m_email = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_timeZone = new QLineEdit(this);
    m_timeZone->setPlaceholderText(QStringLiteral("Europe/Prague"));
    m_country = new QLineEdit(this);
    m_country->setMaxLength(2);
    m_language = new QLineEdit(this);
    m_language->setPlaceholderText(QStringLiteral("en, de, fr, sv, cs"));
    m_riskClass = new QLineEdit(this);
    m_riskClass->setPlaceholderText(QStringLiteral("A–E"));
    m_segment = new QLineEdit(this);
    field("customerCode", QStringLiteral("code"), tr("&Code:"), m_code);
    field("customerName", QStringLiteral("name"), tr("&Name:"), m_name);
    field("customerCurrency", QStringLiteral("currency"), tr("C&urrency:"), m_currency);
    field("customerTerms", QStringLiteral("terms_days"), tr("&Terms:"), m_terms);
    field("customerCreditLimit", QStringLiteral("credit_limit"), tr("Credit &limit:"), m_creditLimit);
    field("customerEmail", QStringLiteral("email"), tr("&E-mail:"), m_email);
    field("customerPhone", QStringLiteral("phone"), tr("&Phone:"), m_phone);
    field("customerTimeZone", QStringLiteral("timezone"), tr("Time &zone:"), m_timeZone);
    field("customerCountry", QStringLiteral("country"), tr("C&ountry:"), m_country);
    field("customerLanguage", QStringLiteral("language"), tr("Lan&guage:"), m_language);
    field("customerRiskClass", QStringLiteral("risk_class"), tr("&Risk class:"), m_riskClass);
    field("customerSegment", QStringLiteral("segment"), tr("Se&gment:"), m_segment);
    // The credit policy (Settings > Credit policies): a manager's choice; the fields above
    // (limit, risk class, segment) override or select within it.
    m_policy = new QComboBox(this);
    m_policy->addItem(tr("No policy"), QString());
    if (auto policies = CreditService(m_session).policies())
        for (const CreditPolicy &p : *policies)
            m_policy->addItem(p.name, p.name);
    if (m_original)
        if (auto current = CreditService(m_session).policyOf(m_original->code))
            m_originalPolicy = *current;
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(m_originalPolicy)));
    const bool mayAssign = m_session.can(Action::EditCreditPolicy);
    m_policy->setEnabled(mayAssign);
    m_policy->setToolTip(mayAssign ? tr("The customer's own credit limit, when set, overrides the policy's.")
                                   : tr("Only a manager assigns credit policies."));
    field("customerPolicy", QStringLiteral("policy"), tr("Credit &policy:"), m_policy);
    // The customer's own credit limit and risk class are a manager's decision too: the
    // service refuses a change by anyone else, so the fields are read-only for them.
    m_creditLimit->setReadOnly(!mayAssign);
    m_riskClass->setReadOnly(!mayAssign);
    if (!mayAssign) {
        const QString onlyManager = tr("Only a manager sets the credit limit and the risk class.");
        m_creditLimit->setToolTip(onlyManager);
        m_riskClass->setToolTip(onlyManager);
        m_creditLimit->setPlaceholderText(QString());
        m_riskClass->setPlaceholderText(QString());
        // Greyed like the policy above, so that nobody types into a field that will not change.
        m_creditLimit->setEnabled(false);
        m_riskClass->setEnabled(false);
    }

    if (m_original) {
        const Customer &c = *m_original;
        m_code->setText(c.code);
        m_code->setReadOnly(true);
        m_name->setText(c.name);
        m_currency->setText(c.currency);
        m_currency->setReadOnly(true);
        m_terms->setValue(c.termsDays);
        if (c.creditLimit)
            m_creditLimit->setText(formatAmount(*c.creditLimit, c.currency));
        m_email->setText(c.email);
        m_phone->setText(c.phone);
        m_timeZone->setText(c.timeZone);
        m_country->setText(c.country);
        m_language->setText(c.language);
        m_riskClass->setText(c.riskClass);
        m_segment->setText(c.segment);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("customerDialogMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveCustomerButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

CustomerDialog::~CustomerDialog() = default;

Customer CustomerDialog::customerFromFields() const
{
    Customer c = m_original.value_or(Customer{});
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.currency = m_currency->text().trimmed().toUpper();
    c.termsDays = m_terms->value();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.timeZone = m_timeZone->text().trimmed();
    c.country = m_country->text().trimmed();
    c.language = m_language->text().trimmed();
    c.riskClass = m_riskClass->isReadOnly() ? m_original.value_or(Customer{}).riskClass : m_riskClass->text().trimmed();
    c.segment = m_segment->text().trimmed();
    return c;
}

void CustomerDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_message->clear();
    m_message->hide();
}

void CustomerDialog::showError(const QString &message)
{
    // Service messages read "field: reason" (see LedgerService::validateCustomer).
    const QString field = message.section(QStringLiteral(": "), 0, 0);
    if (QLabel *label = m_errors.value(field)) {
        label->setText(message.section(QStringLiteral(": "), 1));
        label->show();
        return;
    }
    m_message->setText(message);
    m_message->show();
}

void CustomerDialog::save()
{
    clearErrors();
    Customer customer = customerFromFields();
    const QString limitText = m_creditLimit->text().trimmed();
    if (m_creditLimit->isReadOnly()) {
        // Unchanged, to the minor unit (the field shows it rounded to the locale's format).
        customer.creditLimit = m_original ? m_original->creditLimit : std::nullopt;
    } else if (limitText.isEmpty()) {
        customer.creditLimit.reset();
    } else {
        const auto limit = parseAmountInput(limitText, customer.currency.isEmpty() ? QStringLiteral("EUR")
                                                                                   : customer.currency);
        if (!limit) {
            showError(QStringLiteral("credit_limit: ") + tr("'%1' is not an amount").arg(limitText));
            return;
        }
        customer.creditLimit = *limit;
    }
    LedgerService ledger(m_session);
    if (m_original) {
        if (auto updated = ledger.updateCustomer(customer); !updated) {
            showError(updated.error().message);
            return;
        }
        m_savedId = customer.id;
    } else {
        const auto added = ledger.addCustomer(customer);
        if (!added) {
            showError(added.error().message);
            return;
        }
        m_savedId = *added;
    }
    if (const QString policy = m_policy->currentData().toString();
        m_policy->isEnabled() && policy != m_originalPolicy) {
        if (auto assigned = CreditService(m_session).assignPolicy(customer.code, policy); !assigned) {
            showError(QStringLiteral("policy: ") + assigned.error().message);
            return;
        }
        m_originalPolicy = policy;
    }
    accept();
}

} // namespace ardesk
