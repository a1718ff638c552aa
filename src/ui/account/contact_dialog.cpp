#include "contact_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ardesk {

ContactDialog::ContactDialog(const ContactPersonRow &contact, SaveFunction save, QWidget *parent)
    : QDialog(parent),
      m_contact(contact),
      m_save(std::move(save))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id == 0 ? tr("New contact person") : tr("Edit contact person"));
    auto field = [this](const char *name, const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = field("contactName", contact.name, tr("First and last name"));
    m_role = field("contactRole", contact.role, tr("e.g. accounts payable, CFO"));
    m_phone = field("contactPhone", contact.phone, tr("+46 8 123 456 78"));
    m_email = field("contactEmail", contact.email, tr("name@example.com"));
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("contactTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->setEditText(contact.timeZone);
    m_timeZone->lineEdit()->setPlaceholderText(tr("The customer's time zone when empty"));
    m_primary = new QCheckBox(tr("&Primary contact for this customer"), this);
    m_primary->setObjectName(QStringLiteral("contactPrimary"));
    m_primary->setChecked(contact.primary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("contactDialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(QString(), m_primary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveContactButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

ContactDialog::~ContactDialog() = default;

ContactPersonRow ContactDialog::contact() const
{
    ContactPersonRow c = m_contact;
    c.name = m_name->text().trimmed();
    c.role = m_role->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.timeZone = m_timeZone->currentText().trimmed();
    c.primary = m_primary->isChecked();
    return c;
}

void ContactDialog::save()
{
    if (!m_save)
        return;
    if (auto saved = m_save(contact()); !saved) {
        m_message->setText(tr("Not saved: %1").arg(saved.error().message));
        m_message->show();
        return;
    }
    accept();
}

} // namespace ardesk
