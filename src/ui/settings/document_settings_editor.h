#pragma once
// Settings > Sender and payment: what letters, statements and payment-plan agreements print
// besides their template (DocumentSettingsService, docs/documents.md "Sender and payment
// instructions"): the sender's name and address, the payment instructions for every
// language and, optionally, one per letter language, the pay-by days and whether dunning
// letters show late-payment interest. Managers and admins (change_settings) edit; everyone
// else reads.
// Object names: documentSender, instructionsLanguage, paymentInstructions, payByDays,
// showInterest, saveDocumentSettings, revertDocumentSettings, documentSettingsMessage.

#include "services/document_settings_service.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ardesk {

class Session;

class DocumentSettingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSettingsEditor)

public:
    explicit DocumentSettingsEditor(QWidget *parent = nullptr);
    ~DocumentSettingsEditor() override;
    void setSession(Session *session);
    void reload();
    bool save();
    QString message() const;
    bool hasUnsavedChanges() const;

private:
    void keepShownInstructions();
    void showInstructions();
    DocumentSettings edited();
    void say(const QString &text, bool error);

    Session *m_session = nullptr;
    DocumentSettings m_saved;
    DocumentSettings m_edit;
    QString m_shownLanguage; // empty: the text for every language
    bool m_loading = false;
    QPlainTextEdit *m_sender = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QLabel *m_fallbackHint = nullptr;
    QSpinBox *m_payByDays = nullptr;
    QCheckBox *m_showInterest = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ardesk
