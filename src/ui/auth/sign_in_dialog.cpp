#include "sign_in_dialog.h"

#include "services/auth_service.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

SignInDialog::SignInDialog(Book &book, const QString &bookName, const QString &lastLogin, QWidget *parent)
    : QDialog(parent),
      m_book(book)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — %1").arg(bookName));
    auto *intro = new QLabel(tr("%1 is protected. Sign in with your ardesk user.").arg(bookName), this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(lastLogin, this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_newPasswordNote = new QLabel(
            tr("Your one-time code is accepted. Choose your own password now (8 characters or more); the code "
               "cannot be used again."),
            this);
    m_newPasswordNote->setWordWrap(true);
    m_newPasswordNote->hide();
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("signInNewPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_repeatPassword = new QLineEdit(this);
    m_repeatPassword->setObjectName(QStringLiteral("signInRepeatPassword"));
    m_repeatPassword->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *newForm = new QFormLayout;
    m_newPasswordLabel = new QLabel(tr("&New password:"), this);
    m_newPasswordLabel->setBuddy(m_newPassword);
    m_repeatPasswordLabel = new QLabel(tr("&Repeat it:"), this);
    m_repeatPasswordLabel->setBuddy(m_repeatPassword);
    newForm->addRow(m_newPasswordLabel, m_newPassword);
    newForm->addRow(m_repeatPasswordLabel, m_repeatPassword);
    for (QWidget *hidden : {static_cast<QWidget *>(m_newPassword), static_cast<QWidget *>(m_repeatPassword),
                            static_cast<QWidget *>(m_newPasswordLabel), static_cast<QWidget *>(m_repeatPasswordLabel)})
        hidden->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_newPasswordNote);
    layout->addLayout(newForm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (attempt())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_newPassword, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_repeatPassword, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    updateButtons();
    (lastLogin.isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::login() const
{
    return m_login->text().trimmed();
}

void SignInDialog::updateButtons()
{
    if (!m_code.isEmpty()) {
        m_buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(!m_newPassword->text().isEmpty() && !m_repeatPassword->text().isEmpty());
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!login().isEmpty() && !m_password->text().isEmpty());
}

bool SignInDialog::attempt()
{
    if (!m_code.isEmpty())
        return setNewPassword();
    auto session = AuthService::signIn(m_book, login(), m_password->text());
    if (!session) {
        m_error->setText(session.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_session = std::move(*session);
    if (m_session->actor().mustChangePassword) {
        // Signed in with a one-time code: nothing but a new password until one is set.
        m_code = m_password->text();
        m_password->clear();
        m_login->setEnabled(false);
        m_password->setEnabled(false);
        m_error->hide();
        m_newPasswordNote->show();
        for (QWidget *shown :
             {static_cast<QWidget *>(m_newPassword), static_cast<QWidget *>(m_repeatPassword),
              static_cast<QWidget *>(m_newPasswordLabel), static_cast<QWidget *>(m_repeatPasswordLabel)})
            shown->show();
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password and sign in"));
        m_newPassword->setFocus();
        updateButtons();
        return false;
    }
    return true;
}

bool SignInDialog::setNewPassword()
{
    auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_newPassword->clear();
        m_repeatPassword->clear();
        m_newPassword->setFocus();
        return false;
    };
    if (m_newPassword->text() != m_repeatPassword->text())
        return fail(tr("The two new passwords differ."));
    if (auto done = UserService(*m_session).changeOwnPassword(m_code, m_newPassword->text()); !done)
        return fail(done.error().message);
    m_code.clear();
    return true;
}

} // namespace ardesk
