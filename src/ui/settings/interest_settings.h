#pragma once
// Settings > Interest and fees: the reference rates by region and date (the half-year rule
// picks the rate in force on 1 January and 1 July, docs/interest.md) and the interest rule of
// each country (region, margins, day count, recovery compensation, reminder and collection
// fee caps). Managers and admins (edit_credit_policy) edit them through InterestService;
// everyone else reads them.
// Object names: referenceRateTable, rateRegion, rateValidFrom, ratePercent, saveRateButton,
// deleteRateButton, interestRuleTable, ruleCountry, ruleRegion, ruleMargin,
// ruleConsumerMargin, ruleDayCount, ruleCompensation, ruleCompensationCurrency,
// ruleReminderCap, ruleCollectionCap, ruleFeeCurrency, saveRuleButton, interestMessage.

#include "storage/policy_repository.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ardesk {

class Session;

class InterestSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestSettings)

public:
    explicit InterestSettings(QWidget *parent = nullptr);
    ~InterestSettings() override;
    void setSession(Session *session);
    void reload();
    bool saveRate();
    bool deleteRate();
    bool saveRule();
    QString message() const;

private:
    void showRate(int row);
    void showRule(int row);
    void say(const QString &text, bool error);

    Session *m_session = nullptr;
    std::vector<ReferenceRate> m_rates;
    std::vector<InterestRule> m_rules;
    QTableWidget *m_rateTable = nullptr;
    QLineEdit *m_rateRegion = nullptr;
    QDateEdit *m_rateFrom = nullptr;
    QDoubleSpinBox *m_ratePercent = nullptr;
    QPushButton *m_saveRate = nullptr;
    QPushButton *m_deleteRate = nullptr;
    QTableWidget *m_ruleTable = nullptr;
    QLineEdit *m_ruleCountry = nullptr;
    QLineEdit *m_ruleRegion = nullptr;
    QDoubleSpinBox *m_ruleMargin = nullptr;
    QDoubleSpinBox *m_ruleConsumerMargin = nullptr;
    QComboBox *m_ruleDayCount = nullptr;
    QLineEdit *m_ruleCompensation = nullptr;
    QLineEdit *m_ruleCompensationCurrency = nullptr;
    QLineEdit *m_ruleReminderCap = nullptr;
    QLineEdit *m_ruleCollectionCap = nullptr;
    QLineEdit *m_ruleFeeCurrency = nullptr;
    QPushButton *m_saveRule = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ardesk
