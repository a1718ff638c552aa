#pragma once
// Settings > Letter templates: the text of each letter kind (reminder, dunning 1-3,
// statement, payment plan agreement) per language, in the section format of docs/documents.md ("Templates are
// data"). It starts from the stored template or the built-in one; Save stores it
// (DocumentService::setTemplate: change_settings, audited); Preview lays out a letter for the
// first customer with open items (the agreement: for the book's latest payment plan) with
// the text being edited, as the PDF will show it.
// Object names: templateKind, templateLanguage, templateText, templatePreview,
// saveTemplateButton, previewTemplateButton, builtInTemplateButton, templateMessage.

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ardesk {

class Session;

class LetterTemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterTemplateEditor)

public:
    explicit LetterTemplateEditor(QWidget *parent = nullptr);
    ~LetterTemplateEditor() override;
    void setSession(Session *session);
    void load();         // the stored or built-in text of the chosen kind and language
    bool save();
    void preview();
    QString message() const;
    QString previewText() const;

private:
    void previewAgreement(); // the payment-plan agreement, laid out for the book's latest plan
    void loadText();         // load() without the preview

    Session *m_session = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_builtIn = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ardesk
