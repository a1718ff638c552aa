#pragma once
// Protecting an unprotected book: the first administrator with a password. From then
// on everyone signs in.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ardesk {

class Book;

class ProtectBookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtectBookDialog)

public:
    explicit ProtectBookDialog(Book &book, QWidget *parent = nullptr);
    ~ProtectBookDialog() override;
    QString login() const;
    bool attempt(); // creates the administrator; false (with the reason shown) when refused

private:
    void updateButtons();
    Book &m_book;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ardesk
