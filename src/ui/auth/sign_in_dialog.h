#pragma once
// Sign-in to a protected book: login and password. A failed attempt shows why and keeps
// the dialog open with the login kept; the service counts failures and locks out.
// A one-time code typed as the password (an admin issued it) is accepted once: the dialog
// then asks for a new password twice, sets it (UserService::changeOwnPassword with the
// code) and only then signs in. Object names: signInLogin, signInPassword,
// signInNewPassword, signInRepeatPassword, signInError, signInButton.

#include "services/session.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ardesk {

class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Book &book, const QString &bookName, const QString &lastLogin, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The signed-in session once the dialog was accepted.
    std::unique_ptr<Session> takeSession() { return std::move(m_session); }
    QString login() const;

    // Tries to sign in with what is typed (the OK button does this).
    bool attempt();

private:
    void updateButtons();

    bool setNewPassword();

    Book &m_book;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeatPassword = nullptr;
    QLabel *m_newPasswordNote = nullptr;
    QLabel *m_newPasswordLabel = nullptr;
    QLabel *m_repeatPasswordLabel = nullptr;
    QString m_code; // the accepted one-time code, while the new password is chosen
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<Session> m_session;
};

} // namespace ardesk
