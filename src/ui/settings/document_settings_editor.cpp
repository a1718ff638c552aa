#include "document_settings_editor.h"

#include "services/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ardesk {

DocumentSettingsEditor::DocumentSettingsEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("documentSettingsEditor"));
    auto *intro = new QLabel(tr("What every letter, statement of account and payment plan agreement prints besides "
                                "its template: who sends it and how the customer pays."),
                             this);
    intro->setWordWrap(true);

    m_sender = new QPlainTextEdit(this);
    m_sender->setObjectName(QStringLiteral("documentSender"));
    m_sender->setPlaceholderText(tr("Company name\nStreet\nPostcode and town"));
    m_sender->setTabChangesFocus(true);
    m_sender->setFixedHeight(m_sender->fontMetrics().lineSpacing() * 5 + 12);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("instructionsLanguage"));
    m_language->addItem(tr("Every language (default)"), QString());
    m_language->addItem(tr("English letters"), QStringLiteral("en"));
    m_language->addItem(tr("German letters"), QStringLiteral("de"));
    m_language->addItem(tr("French letters"), QStringLiteral("fr"));
    m_language->addItem(tr("Swedish letters"), QStringLiteral("sv"));
    m_language->addItem(tr("Czech letters"), QStringLiteral("cs"));
    m_instructions = new QPlainTextEdit(this);
    m_instructions->setObjectName(QStringLiteral("paymentInstructions"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->setFixedHeight(m_instructions->fontMetrics().lineSpacing() * 5 + 12);
    m_fallbackHint = new QLabel(this);
    m_fallbackHint->setWordWrap(true);

    m_payByDays = new QSpinBox(this);
    m_payByDays->setObjectName(QStringLiteral("payByDays"));
    m_payByDays->setRange(0, kMaxPayByDays);
    m_payByDays->setSuffix(tr(" days after the letter's date"));
    m_showInterest = new QCheckBox(tr("Dunning letters show late-payment &interest and compensation"), this);
    m_showInterest->setObjectName(QStringLiteral("showInterest"));

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveDocumentSettings"));
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertDocumentSettings"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("documentSettingsMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Se&nder (name and address):"), m_sender);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    auto *languageLabel = new QLabel(tr("Payment instructions &for:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    form->addRow(tr("Payment &instructions:"), m_instructions);
    form->addRow(QString(), m_fallbackHint);
    auto *payByRow = new QHBoxLayout;
    payByRow->addWidget(m_payByDays);
    payByRow->addStretch(1);
    auto *payByLabel = new QLabel(tr("&Pay by:"), this);
    payByLabel->setBuddy(m_payByDays);
    form->addRow(payByLabel, payByRow);
    form->addRow(QString(), m_showInterest);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        keepShownInstructions();
        showInstructions();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { reload(); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
}

DocumentSettingsEditor::~DocumentSettingsEditor() = default;

void DocumentSettingsEditor::setSession(Session *session)
{
    m_session = session;
    reload();
}

void DocumentSettingsEditor::reload()
{
    const bool editable = m_session && m_session->can(Action::ChangeSettings);
    for (QPlainTextEdit *text : {m_sender, m_instructions})
        text->setReadOnly(!editable);
    m_payByDays->setEnabled(editable);
    m_showInterest->setEnabled(editable);
    m_save->setEnabled(editable);
    m_revert->setEnabled(editable);
    m_saved = {};
    if (m_session) {
        auto loaded = DocumentSettingsService(*m_session).settings();
        if (!loaded) {
            say(loaded.error().message, true);
            return;
        }
        m_saved = *loaded;
    }
    m_edit = m_saved;
    m_loading = true;
    m_sender->setPlainText(m_saved.sender);
    m_payByDays->setValue(m_saved.payByDays);
    m_showInterest->setChecked(m_saved.showInterest);
    m_shownLanguage = m_language->currentData().toString();
    showInstructions();
    m_loading = false;
    if (m_session && !editable)
        say(tr("Only a manager or an administrator changes these; you can read them here."), false);
    else
        say(QString(), false);
}

void DocumentSettingsEditor::keepShownInstructions()
{
    if (m_loading)
        return;
    const QString text = m_instructions->toPlainText();
    if (m_shownLanguage.isEmpty())
        m_edit.paymentInstructions = text;
    else if (text.trimmed().isEmpty())
        m_edit.paymentInstructionsByLanguage.erase(m_shownLanguage);
    else
        m_edit.paymentInstructionsByLanguage[m_shownLanguage] = text;
}

void DocumentSettingsEditor::showInstructions()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_shownLanguage = m_language->currentData().toString();
    if (m_shownLanguage.isEmpty()) {
        m_instructions->setPlainText(m_edit.paymentInstructions);
        m_instructions->setPlaceholderText(tr("Bank, IBAN and BIC, and what to quote with the payment"));
        m_fallbackHint->setText(tr("Printed on letters in every language that has no text of its own."));
    } else {
        const auto own = m_edit.paymentInstructionsByLanguage.find(m_shownLanguage);
        m_instructions->setPlainText(own == m_edit.paymentInstructionsByLanguage.end() ? QString() : own->second);
        m_instructions->setPlaceholderText(m_edit.paymentInstructions);
        m_fallbackHint->setText(tr("Leave empty to print the default text (shown greyed) on %1.")
                                        .arg(m_language->currentText()));
    }
    m_loading = wasLoading;
}

DocumentSettings DocumentSettingsEditor::edited()
{
    keepShownInstructions();
    DocumentSettings s = m_edit;
    s.sender = m_sender->toPlainText();
    s.payByDays = m_payByDays->value();
    s.showInterest = m_showInterest->isChecked();
    return s;
}

bool DocumentSettingsEditor::hasUnsavedChanges() const
{
    auto *self = const_cast<DocumentSettingsEditor *>(this);
    return self->edited() != m_saved;
}

bool DocumentSettingsEditor::save()
{
    if (!m_session)
        return false;
    const DocumentSettings wanted = edited();
    if (wanted == m_saved) {
        say(tr("Nothing changed."), false);
        return true;
    }
    if (auto saved = DocumentSettingsService(*m_session).save(wanted); !saved) {
        say(saved.error().message, true);
        return false;
    }
    reload();
    say(tr("Saved. Letters rendered from now on print these."), false);
    return true;
}

QString DocumentSettingsEditor::message() const
{
    return m_message->text();
}

void DocumentSettingsEditor::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ardesk
