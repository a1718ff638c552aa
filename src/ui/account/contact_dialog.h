#pragma once
// Add or edit one contact person of a customer: name, role, phone, e-mail, time zone (an
// IANA name, offered from the system's list), primary. Save hands the contact to a save
// function (the account view calls AccountService); a refusal is shown in the dialog,
// which stays open with what was typed.
// Object names: contactName, contactRole, contactPhone, contactEmail, contactTimeZone,
// contactPrimary, contactDialogMessage, saveContactButton.

#include "domain/error.h"
#include "storage/account_repository.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ardesk {

class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    using SaveFunction = std::function<Status(const ContactPersonRow &)>;

    ContactDialog(const ContactPersonRow &contact, SaveFunction save, QWidget *parent = nullptr);
    ~ContactDialog() override;

    ContactPersonRow contact() const;

public Q_SLOTS:
    void save();

private:
    ContactPersonRow m_contact;
    SaveFunction m_save;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_primary = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ardesk
