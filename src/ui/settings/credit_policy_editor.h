#pragma once
// Settings > Credit policies: the policy templates (per risk class or segment) with their
// terms, credit limit, hold rules, review interval, strategy and interest terms, edited
// through CreditService::savePolicy (manager and admin: edit_credit_policy). Everyone else
// reads them. A refused save names the field and keeps what was typed.
// Object names: policyList, newPolicyButton, savePolicyButton, policyName, policyRiskClass,
// policySegment, policyTerms, policyDiscountPercent, policyDiscountDays,
// policyCreditLimit, policyHoldOverLimit, policyHoldDaysCheck, policyHoldDays,
// policyHoldOverdueCheck, policyHoldOverdue, policyHoldPromisesCheck, policyHoldPromises,
// policyHoldWindow, policyReviewInterval, policyStrategy, policyInterestRegion,
// policyInterestMargin, policyCompensation, policyReminderCap, policyCollectionCap,
// policyFeeCurrency, policyPostInterest, policyMessage.

#include "domain/credit_policy.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ardesk {

class Session;

class CreditPolicyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditPolicyEditor)

public:
    explicit CreditPolicyEditor(QWidget *parent = nullptr);
    ~CreditPolicyEditor() override;
    void setSession(Session *session);
    void reload();
    // Saves the form (the button); true when saved. The message label says what happened.
    bool save();
    void newPolicy();
    QString message() const;

private:
    void showPolicy(int row);
    CreditPolicy policyFromFields(QString &problem) const;

    Session *m_session = nullptr;
    std::vector<CreditPolicy> m_policies;
    Id m_currentId = 0;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_riskClass = nullptr;
    QLineEdit *m_segment = nullptr;
    QSpinBox *m_terms = nullptr;
    QDoubleSpinBox *m_discountPercent = nullptr;
    QSpinBox *m_discountDays = nullptr;
    QLineEdit *m_instalments = nullptr;
    QLineEdit *m_creditLimit = nullptr;
    QCheckBox *m_holdOverLimit = nullptr;
    QCheckBox *m_holdDaysCheck = nullptr;
    QSpinBox *m_holdDays = nullptr;
    QCheckBox *m_holdOverdueCheck = nullptr;
    QLineEdit *m_holdOverdue = nullptr;
    QCheckBox *m_holdPromisesCheck = nullptr;
    QSpinBox *m_holdPromises = nullptr;
    QSpinBox *m_holdWindow = nullptr;
    QSpinBox *m_reviewInterval = nullptr;
    QComboBox *m_strategy = nullptr;
    QLineEdit *m_interestRegion = nullptr;
    QDoubleSpinBox *m_interestMargin = nullptr;
    QLineEdit *m_compensation = nullptr;
    QLineEdit *m_reminderCap = nullptr;
    QLineEdit *m_collectionCap = nullptr;
    QLineEdit *m_feeCurrency = nullptr;
    QCheckBox *m_postInterest = nullptr;
    QLabel *m_message = nullptr;
};

// Amount fields of the settings screens: empty = none; digits with an optional decimal
// point (the user's or '.') and at most two decimals; group separators ignored. Returns false
// on bad input.
bool parseSettingsAmount(const QString &text, std::optional<MinorUnits> &out);
QString formatSettingsAmount(std::optional<MinorUnits> amount);

} // namespace ardesk
