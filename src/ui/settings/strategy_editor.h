#pragma once
// Settings > Collection strategies: create and rename strategies, choose the segment or risk
// class they serve, add, remove and reorder their steps (days relative to the due date,
// negative before it, and the action), through StrategyService::saveStrategy (manager and
// admin: edit_credit_policy); everyone else reads them. docs/strategies.md says what an edit
// does to past runs (nothing is sent twice or backwards).
// Object names: strategyList, newStrategyButton, saveStrategyButton, strategyName,
// strategySegment, strategyRiskClass, strategyActive, strategySteps (a table: a spin box of
// days and an action combo box per row), addStepButton, removeStepButton, stepUpButton,
// stepDownButton, strategyMessage.

#include "domain/credit_policy.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ardesk {

class Session;

QString strategyActionDisplayName(StrategyAction action);

class StrategyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyEditor)

public:
    explicit StrategyEditor(QWidget *parent = nullptr);
    ~StrategyEditor() override;
    void setSession(Session *session);
    void reload();
    void newStrategy();
    bool save();
    // Editing the steps (the buttons; also used by tests).
    void addStep(int offsetDays, StrategyAction action);
    void removeStep(int row);
    void moveStep(int row, int delta);
    QString message() const;

private:
    void showStrategy(int row);
    void readTable();
    void fillTable(int selectRow);
    void setEditable(bool editable);

    Session *m_session = nullptr;
    std::vector<Strategy> m_strategies;
    Id m_currentId = 0;
    std::vector<StrategyStep> m_steps;
    bool m_editable = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_segment = nullptr;
    QComboBox *m_riskClass = nullptr;
    QCheckBox *m_active = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addStep = nullptr;
    QPushButton *m_removeStep = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ardesk
