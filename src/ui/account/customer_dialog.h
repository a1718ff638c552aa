#pragma once
// New and edit customer. The fields are checked by the service (LedgerService::
// validateCustomer and the add/update rules); a refusal is shown next to the field it
// names and the dialog stays open with what was typed.
// Object names: customerCode, customerName, customerCurrency, customerTerms,
// customerCreditLimit, customerEmail, customerPhone, customerTimeZone, customerCountry,
// customerLanguage, customerRiskClass, customerSegment, customerPolicy (the credit policy;
// only who may edit_credit_policy changes it, as the limit and risk class, which are
// read-only for everyone else), customerDialogMessage,
// <field>Error labels (e.g. emailError), saveCustomerButton.

#include "domain/ledger_types.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ardesk {

class Session;

class CustomerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDialog)

public:
    // No customer: a new one; otherwise edit it (code and currency fixed).
    CustomerDialog(Session &session, std::optional<Customer> customer, QWidget *parent = nullptr);
    ~CustomerDialog() override;

    Id savedCustomerId() const { return m_savedId; }
    // The error label of a field key as the service names it ("email", "code", ...).
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }

public Q_SLOTS:
    void save();

private:
    Customer customerFromFields() const;
    void clearErrors();
    void showError(const QString &message);

    Session &m_session;
    std::optional<Customer> m_original;
    Id m_savedId = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_currency = nullptr;
    QSpinBox *m_terms = nullptr;
    QLineEdit *m_creditLimit = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_riskClass = nullptr;
    QLineEdit *m_segment = nullptr;
    QComboBox *m_policy = nullptr;
    QString m_originalPolicy;
    QLabel *m_message = nullptr;
    QHash<QString, QLabel *> m_errors;
};

} // namespace ardesk
