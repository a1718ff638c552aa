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
    : QDialog(parent), m_book(book)
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (attempt())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
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
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!login().isEmpty() && !m_password->text().isEmpty());
}

bool SignInDialog::attempt()
{
    auto session = AuthService::signIn(m_book, login(), m_password->text());
    if (!session) {
        m_error->setText(session.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_session = std::move(*session);
    return true;
}

} // namespace ardesk
