#include "protect_book_dialog.h"

#include "services/auth_service.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

ProtectBookDialog::ProtectBookDialog(Book &book, QWidget *parent) : QDialog(parent), m_book(book)
{
    setObjectName(QStringLiteral("protectBookDialog"));
    setWindowTitle(tr("Protect this book"));
    auto *intro = new QLabel(tr("Choose the first administrator. From then on everyone signs in with their own user, "
                                "and what each role may do follows the permission matrix in Settings."),
                             this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("protectLogin"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("protectName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("protectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("protectRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("protectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Protect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("protectButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password (8 characters or more):"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
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
    for (QLineEdit *edit : {m_login, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &ProtectBookDialog::updateButtons);
    updateButtons();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

ProtectBookDialog::~ProtectBookDialog() = default;

QString ProtectBookDialog::login() const
{
    return m_login->text().trimmed();
}

void ProtectBookDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!login().isEmpty() && !m_password->text().isEmpty());
}

bool ProtectBookDialog::attempt()
{
    auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    if (m_password->text() != m_repeat->text())
        return fail(tr("The two passwords differ."));
    auto created = AuthService::createFirstAdmin(m_book, login(), m_name->text().trimmed(), m_password->text());
    if (!created)
        return fail(created.error().message);
    return true;
}

} // namespace ardesk
