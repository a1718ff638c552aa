#include "settings_page.h"

#include "ui/help/language_settings.h"
#include "ui/settings/credit_policy_editor.h"
#include "ui/settings/document_settings_editor.h"
#include "ui/settings/interest_settings.h"
#include "ui/settings/letter_template_editor.h"
#include "ui/settings/strategy_editor.h"

#include "services/auth_service.h"
#include "services/book_service.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace ardesk {

// --- users -------------------------------------------------------------------------------------

UserTableModel::~UserTableModel() = default;

void UserTableModel::setUsers(std::vector<StaffUser> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const StaffUser *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_users.size()) ? &m_users[row] : nullptr;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const StaffUser *user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    switch (index.column()) {
    case Login:
        return user->login;
    case Name:
        return user->name;
    case Role:
        return role == Qt::UserRole ? QVariant(roleKey(user->role)) : QVariant(roleDisplayName(user->role));
    case Active:
        return user->active ? tr("Active") : tr("Deactivated");
    case Password:
        if (!user->oneTimeCode.isEmpty())
            return user->passwordHash.isEmpty() ? tr("One-time code issued") : tr("Set; one-time code issued");
        return user->passwordHash.isEmpty() ? tr("Not set") : tr("Set");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Active:
        return tr("Status");
    case Password:
        return tr("Password");
    default:
        return {};
    }
}

// --- permission matrix ---------------------------------------------------------------------

PermissionMatrixModel::~PermissionMatrixModel() = default;

void PermissionMatrixModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void PermissionMatrixModel::reload()
{
    beginResetModel();
    m_matrix = PermissionMatrix::defaults();
    m_editable = false;
    if (m_session) {
        if (auto matrix = UserService(*m_session).permissionMatrix())
            m_matrix = *matrix;
        m_editable = m_session->can(Action::ManageUsers);
    }
    endResetModel();
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kActionCount;
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRoleCount;
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool allowed = m_matrix.allows(static_cast<Role>(index.column()), static_cast<Action>(index.row()));
    if (role == Qt::CheckStateRole)
        return allowed ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole)
        return allowed;
    if (role == Qt::ToolTipRole)
        return allowed ? tr("%1 may: %2")
                                 .arg(roleDisplayName(static_cast<Role>(index.column())),
                                      actionDisplayName(static_cast<Action>(index.row())))
                       : tr("%1 may not: %2")
                                 .arg(roleDisplayName(static_cast<Role>(index.column())),
                                      actionDisplayName(static_cast<Action>(index.row())));
    return {};
}

bool PermissionMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !m_session)
        return false;
    const auto roleValue = static_cast<Role>(index.column());
    const auto action = static_cast<Action>(index.row());
    const bool allowed = value.toInt() == Qt::Checked;
    auto changed = UserService(*m_session).setPermission(roleValue, action, allowed);
    if (!changed) {
        Q_EMIT failed(changed.error().message);
        return false;
    }
    m_matrix.set(roleValue, action, allowed);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::UserRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && static_cast<Role>(index.column()) != Role::Admin)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < kRoleCount ? roleDisplayName(static_cast<Role>(section)) : QVariant();
    return section < kActionCount ? actionDisplayName(static_cast<Action>(section)) : QVariant();
}

// --- the page ----------------------------------------------------------------------------------------

SettingsPage::SettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    // Users.
    auto *usersTab = new QWidget;
    m_users = new UserTableModel(this);
    m_userView = new QTableView(usersTab);
    m_userView->setObjectName(QStringLiteral("userTable"));
    m_userView->setModel(m_users);
    m_userView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userView->verticalHeader()->hide();
    m_userView->horizontalHeader()->setStretchLastSection(true);
    m_userView->setAlternatingRowColors(true);
    m_addUser = new QPushButton(tr("&Add user…"), usersTab);
    m_addUser->setObjectName(QStringLiteral("addUserButton"));
    m_deactivate = new QPushButton(tr("&Deactivate"), usersTab);
    m_deactivate->setObjectName(QStringLiteral("deactivateUserButton"));
    m_password = new QPushButton(tr("Set &password…"), usersTab);
    m_password->setObjectName(QStringLiteral("setPasswordButton"));
    m_oneTimeCode = new QPushButton(tr("&One-time code…"), usersTab);
    m_oneTimeCode->setObjectName(QStringLiteral("oneTimeCodeButton"));
    m_oneTimeCode->setToolTip(tr("A code the user signs in with once, to choose a password: for imported users "
                                 "and forgotten passwords"));
    connect(m_oneTimeCode, &QPushButton::clicked, this, [this] {
        const StaffUser *user = m_users->userAt(m_userView->currentIndex().row());
        if (!m_session || !user)
            return;
        if (QMessageBox::question(this, tr("One-time code"),
                                  tr("Issue a one-time code for %1? It is shown once; %1 signs in with it and must "
                                     "choose a new password. An earlier code stops working.")
                                          .arg(user->login))
            == QMessageBox::Yes)
            issueOneTimeCode(user->login);
    });
    m_oneTimeCodeText = new QLabel(usersTab);
    m_oneTimeCodeText->setObjectName(QStringLiteral("oneTimeCodeText"));
    m_oneTimeCodeText->setWordWrap(true);
    m_oneTimeCodeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_oneTimeCodeText->hide();
    m_ownPassword = new QPushButton(tr("Change &my password…"), usersTab);
    m_ownPassword->setObjectName(QStringLiteral("changeOwnPasswordButton"));
    connect(m_ownPassword, &QPushButton::clicked, this, &SettingsPage::changeOwnPassword);
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(m_addUser);
    userButtons->addWidget(m_deactivate);
    userButtons->addWidget(m_password);
    userButtons->addWidget(m_oneTimeCode);
    userButtons->addStretch(1);
    userButtons->addWidget(m_ownPassword);
    auto *usersLayout = new QVBoxLayout(usersTab);
    usersLayout->addWidget(m_userView);
    usersLayout->addLayout(userButtons);
    usersLayout->addWidget(m_oneTimeCodeText);
    m_tabs->addTab(usersTab, tr("Users"));
    connect(m_addUser, &QPushButton::clicked, this, &SettingsPage::addUser);
    connect(m_deactivate, &QPushButton::clicked, this, &SettingsPage::deactivateUser);
    connect(m_password, &QPushButton::clicked, this, &SettingsPage::setPassword);

    // Permissions.
    auto *permissionsTab = new QWidget;
    m_matrix = new PermissionMatrixModel(this);
    auto *matrixView = new QTableView(permissionsTab);
    matrixView->setObjectName(QStringLiteral("permissionMatrix"));
    matrixView->setModel(m_matrix);
    matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixNote = new QLabel(permissionsTab);
    m_matrixNote->setObjectName(QStringLiteral("permissionNote"));
    m_matrixNote->setWordWrap(true);
    auto *permissionsLayout = new QVBoxLayout(permissionsTab);
    permissionsLayout->addWidget(m_matrixNote);
    permissionsLayout->addWidget(matrixView);
    m_tabs->addTab(permissionsTab, tr("Permissions"));
    connect(m_matrix, &PermissionMatrixModel::failed, this, &SettingsPage::showError);

    // Book check.
    auto *checkTab = new QWidget;
    auto *checkIntro = new QLabel(tr("The check recomputes the hash chain of every posted table and the ledger rules "
                                     "(open amounts, unapplied cash and credits, as of every date) from the event "
                                     "history. A book that was changed behind ardesk's back fails it."),
                                  checkTab);
    checkIntro->setWordWrap(true);
    m_checkButton = new QPushButton(tr("&Check the book"), checkTab);
    m_checkButton->setObjectName(QStringLiteral("verifyButton"));
    m_checkResult = new QLabel(checkTab);
    m_checkResult->setObjectName(QStringLiteral("verifyResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkLayout = new QVBoxLayout(checkTab);
    checkLayout->addWidget(checkIntro);
    checkLayout->addWidget(m_checkButton, 0, Qt::AlignLeft);
    checkLayout->addWidget(m_checkResult);
    checkLayout->addStretch(1);
    m_tabs->addTab(checkTab, tr("Book check"));
    // This computer's language (src/ui/help/language_settings.h).
    m_tabs->addTab(new LanguageSettings(m_tabs), tr("Language"));
    // Credit control (manager: edit_credit_policy; everyone else reads).
    m_policies = new CreditPolicyEditor(m_tabs);
    m_tabs->addTab(m_policies, tr("Credit policies"));
    m_strategies = new StrategyEditor(m_tabs);
    m_tabs->addTab(m_strategies, tr("Collection strategies"));
    m_interest = new InterestSettings(m_tabs);
    m_tabs->addTab(m_interest, tr("Interest and fees"));
    m_templates = new LetterTemplateEditor(m_tabs);
    m_tabs->addTab(m_templates, tr("Letter templates"));
    m_documentSettings = new DocumentSettingsEditor(m_tabs);
    m_tabs->addTab(m_documentSettings, tr("Sender and payment"));
    connect(m_checkButton, &QPushButton::clicked, this, [this] { runCheck(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setSession(Session *session)
{
    m_session = session;
    m_checkResult->clear();
    reload();
}

void SettingsPage::reload()
{
    const bool manage = m_session && m_session->can(Action::ManageUsers);
    if (manage) {
        auto users = UserService(*m_session).list();
        m_users->setUsers(users ? std::move(*users) : std::vector<StaffUser>{});
    } else {
        m_users->setUsers({});
    }
    m_userView->setEnabled(manage);
    m_ownPassword->setEnabled(m_session && m_session->actor().userId.has_value());
    for (QPushButton *button : {m_addUser, m_deactivate, m_password, m_oneTimeCode})
        button->setEnabled(manage);
    m_matrix->setSession(m_session);
    m_matrixNote->setText(manage ? tr("Tick what each role may do. Administrators keep every permission. Each change "
                                      "is recorded in the audit log.")
                                 : tr("What each role may do. Only an administrator changes it."));
    m_checkButton->setEnabled(m_session && m_session->can(Action::ViewAudit));
    m_policies->setSession(m_session);
    m_strategies->setSession(m_session);
    m_interest->setSession(m_session);
    m_templates->setSession(m_session);
    m_documentSettings->setSession(m_session);
}

void SettingsPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Settings"), message);
}

void SettingsPage::addUser()
{
    if (!m_session)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addUserDialog"));
    dialog.setWindowTitle(tr("Add user"));
    auto *login = new QLineEdit(&dialog);
    login->setObjectName(QStringLiteral("newUserLogin"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("newUserName"));
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("newUserRole"));
    for (int r = 0; r < kRoleCount; ++r)
        role->addItem(roleDisplayName(static_cast<Role>(r)), r);
    role->setCurrentIndex(static_cast<int>(Role::Collector));
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Login:"), login);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto added = UserService(*m_session)
                             .add(login->text().trimmed(), name->text().trimmed(),
                                  static_cast<Role>(role->currentData().toInt()));
        if (!added) {
            error->setText(added.error().message); // the dialog stays open with what was typed
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SettingsPage::deactivateUser()
{
    const StaffUser *user = m_users->userAt(m_userView->currentIndex().row());
    if (!m_session || !user)
        return;
    if (QMessageBox::question(
                this, tr("Deactivate user"),
                tr("Deactivate %1 (%2)? They can no longer sign in; their history stays.").arg(user->login, user->name))
        != QMessageBox::Yes)
        return;
    if (auto done = UserService(*m_session).deactivate(user->login); !done)
        showError(done.error().message);
    reload();
}

void SettingsPage::setPassword()
{
    const StaffUser *user = m_users->userAt(m_userView->currentIndex().row());
    if (!m_session || !user)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Set password"),
                                                   tr("New password for %1 (8 characters or more):").arg(user->login),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (auto done = UserService(*m_session).setPassword(user->login, password); !done)
        showError(done.error().message);
    reload();
}

QString SettingsPage::issueOneTimeCode(const QString &login)
{
    if (!m_session)
        return {};
    const auto issued = UserService(*m_session).issueOneTimeCode(login);
    if (!issued) {
        showError(issued.error().message);
        return {};
    }
    m_oneTimeCodeText->setText(tr("One-time code for <b>%1</b>: <b><tt>%2</tt></b> — valid until %3 or until %1 "
                                  "sets a password. Give it to %1 now: it is not shown again.")
                                       .arg(login.toHtmlEscaped(), issued->code,
                                            QLocale().toString(issued->expires.toLocalTime(), QLocale::ShortFormat)));
    m_oneTimeCodeText->show();
    reload();
    return issued->code;
}

void SettingsPage::changeOwnPassword()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString current = QInputDialog::getText(this, tr("Change my password"), tr("Current password:"),
                                                  QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString replacement =
            QInputDialog::getText(this, tr("Change my password"), tr("New password (8 characters or more):"),
                                  QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString repeat = QInputDialog::getText(this, tr("Change my password"), tr("Repeat the new password:"),
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (repeat != replacement) {
        showError(tr("The two new passwords differ; nothing was changed."));
        return;
    }
    if (auto done = UserService(*m_session).changeOwnPassword(current, replacement); !done)
        showError(done.error().message);
    else
        QMessageBox::information(this, tr("Change my password"), tr("Your password is changed."));
}

QString SettingsPage::checkResultText() const
{
    return m_checkResult->text();
}

void SettingsPage::runCheckAndWait()
{
    runCheck(true);
}

void SettingsPage::runCheck(bool wait)
{
    if (!m_session)
        return;
    // The check reads the whole book: it runs on its own connection in a worker thread.
    auto other = m_session->book().openAnother();
    if (!other) {
        m_checkResult->setText(tr("The check could not start: %1").arg(other.error().message));
        return;
    }
    struct Job
    {
        std::unique_ptr<Book> book;
        std::unique_ptr<Session> session;
        std::atomic<bool> cancel{false};
        std::atomic<int> step{0};
        std::atomic<int> steps{1};
        Result<VerifyReport> result = std::unexpected(Error{ErrorCode::Cancelled, QString()});
    };
    auto job = std::make_shared<Job>();
    job->book = std::move(*other);
    job->session = std::make_unique<Session>(*job->book, m_session->actor(), m_session->matrix());
    m_checkButton->setEnabled(false);
    m_checkResult->setText(tr("Checking…"));

    QThread *thread = QThread::create([job] {
        job->result = BookService::verify(*job->session, [job](int step, int steps) {
            job->step = step;
            job->steps = steps;
            return !job->cancel.load();
        });
        job->session.reset();
        job->book.reset(); // the connection is closed on the thread that used it
    });
    auto *progress = new QProgressDialog(tr("Checking the book…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("verifyProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
    auto *timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress,
            [progress, job] { progress->setValue(job->step * 100 / std::max(1, job->steps.load())); });
    timer->start(100);
    QPointer<SettingsPage> self(this);
    QEventLoop loop;
    connect(thread, &QThread::finished, this, [self, job, thread, progress, wait, &loop] {
        progress->deleteLater();
        thread->deleteLater();
        if (wait)
            loop.quit();
        if (!self)
            return;
        self->m_checkButton->setEnabled(self->m_session && self->m_session->can(Action::ViewAudit));
        if (job->cancel) {
            self->m_checkResult->setText(tr("The check was cancelled."));
            return;
        }
        if (!job->result) {
            self->m_checkResult->setText(tr("The check failed: %1").arg(job->result.error().message));
            return;
        }
        const VerifyReport &report = *job->result;
        QStringList counts;
        const QLocale locale;
        for (const VerifyCount &count : report.counts)
            counts << tr("%1: %2 rows").arg(count.table, locale.toString(count.rows));
        if (report.ok)
            self->m_checkResult->setText(tr("<b>The book is sound.</b> Every hash chain and ledger rule checks out.")
                                         + QStringLiteral("<br>") + counts.join(QStringLiteral(", ")));
        else
            self->m_checkResult->setText(tr("<b>The book fails the check.</b> First problem: %1 (%2, row %3). "
                                            "%n problem(s) in all.",
                                            nullptr, static_cast<int>(report.problems))
                                                 .arg(report.firstProblem.toHtmlEscaped(), report.firstProblemTable)
                                                 .arg(report.firstProblemId));
    });
    thread->start();
    if (wait)
        loop.exec();
}

} // namespace ardesk
