#pragma once
// Settings: users (add, deactivate, set a password), the permission matrix (roles by
// actions; admins edit it, everyone else reads it) and the book check (hash chains and
// ledger rules, run off the UI thread with progress and cancel).

#include "domain/permissions.h"
#include "storage/user_repository.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace ardesk {

class CreditPolicyEditor;
class DocumentSettingsEditor;
class InterestSettings;
class LetterTemplateEditor;
class Session;
class StrategyEditor;

class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column { Login, Name, Role, Active, Password, ColumnCount };
    explicit UserTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    ~UserTableModel() override;
    void setUsers(std::vector<StaffUser> users);
    const StaffUser *userAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<StaffUser> m_users;
};

// Rows: actions; columns: roles; checkable cells. Editing calls the service; a refused
// change is reported through the error signal and the cell keeps its value.
class PermissionMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixModel)

public:
    explicit PermissionMatrixModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    ~PermissionMatrixModel() override;
    void setSession(Session *session);
    void reload();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    Session *m_session = nullptr;
    PermissionMatrix m_matrix = PermissionMatrix::defaults();
    bool m_editable = false;
};

class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;
    void setSession(Session *session);
    void reload();
    // Runs the book check and waits for it (tests and the screenshot run); the button runs
    // it in the background with a progress dialog.
    void runCheckAndWait();
    QString checkResultText() const;

private:
    void addUser();
    void deactivateUser();
    void setPassword();
    void changeOwnPassword();
    void runCheck(bool wait);

public:
    // Issues a one-time code for a user after the admin confirmed it (the button), shows it
    // once in the users tab (oneTimeCodeText) and returns it; empty on refusal.
    QString issueOneTimeCode(const QString &login);

private:
    void showError(const QString &message);

    Session *m_session = nullptr;
    QTabWidget *m_tabs = nullptr;
    UserTableModel *m_users = nullptr;
    QTableView *m_userView = nullptr;
    PermissionMatrixModel *m_matrix = nullptr;
    QLabel *m_matrixNote = nullptr;
    QLabel *m_checkResult = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_addUser = nullptr;
    QPushButton *m_deactivate = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_ownPassword = nullptr;
    QPushButton *m_oneTimeCode = nullptr;
    QLabel *m_oneTimeCodeText = nullptr;
    CreditPolicyEditor *m_policies = nullptr;
    StrategyEditor *m_strategies = nullptr;
    InterestSettings *m_interest = nullptr;
    LetterTemplateEditor *m_templates = nullptr;
    DocumentSettingsEditor *m_documentSettings = nullptr;
};

} // namespace ardesk
