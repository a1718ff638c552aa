#include "letter_template_editor.h"

#include "documents/letter_renderer.h"
#include "documents/letter_templates.h"
#include "documents/plan_agreement.h"
#include "services/document_service.h"
#include "services/plan_agreement_service.h"
#include "services/plan_service.h"
#include "ui/common/when_shown.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ardesk {

LetterTemplateEditor::LetterTemplateEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("letterTemplateEditor"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_kind->addItem(tr("Reminder"), QStringLiteral("reminder"));
    m_kind->addItem(tr("Dunning letter, level 1"), QStringLiteral("dunning1"));
    m_kind->addItem(tr("Dunning letter, level 2"), QStringLiteral("dunning2"));
    m_kind->addItem(tr("Dunning letter, level 3"), QStringLiteral("dunning3"));
    m_kind->addItem(tr("Statement of account"), QStringLiteral("statement"));
    m_kind->addItem(tr("Payment plan agreement"), QStringLiteral("plan_agreement"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("Swedish"), QStringLiteral("sv"));
    m_language->addItem(tr("Czech"), QStringLiteral("cs"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_save = new QPushButton(tr("&Save template"), this);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewTemplateButton"));
    m_builtIn = new QPushButton(tr("Start from the &built-in text"), this);
    m_builtIn->setObjectName(QStringLiteral("builtInTemplateButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Letter:"), this));
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addStretch(1);
    auto *hint = new QLabel(tr("Sections in [brackets] replace the built-in ones (title, subject, opening, body, "
                               "closing, label.…); placeholders such as {customer_name}, {overdue}, {pay_by} are "
                               "filled in. The customer's language picks the template."),
                            this);
    hint->setWordWrap(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_builtIn);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_previewButton, &QPushButton::clicked, this, &LetterTemplateEditor::preview);
    connect(m_builtIn, &QPushButton::clicked, this, [this] {
        m_text->setPlainText(
                documents::builtInTemplate(m_kind->currentData().toString(), m_language->currentData().toString()));
        preview();
    });
}

LetterTemplateEditor::~LetterTemplateEditor() = default;

void LetterTemplateEditor::setSession(Session *session)
{
    m_session = session;
    const bool editable = m_session && m_session->can(Action::ChangeSettings);
    m_save->setEnabled(editable);
    m_text->setReadOnly(!editable);
    loadText();
    // The preview reads a real customer's account (on a big book, seconds): only once the
    // tab is on screen, not while the book opens.
    if (!m_session)
        preview();
    else
        whenShown(this, [this] { preview(); });
    if (m_session && !editable)
        m_message->setText(tr("Only a manager changes letter templates; you can read and preview them here."));
}

QString LetterTemplateEditor::message() const
{
    return m_message->text();
}

QString LetterTemplateEditor::previewText() const
{
    return m_preview->toPlainText();
}

void LetterTemplateEditor::load()
{
    loadText();
    preview();
}

void LetterTemplateEditor::loadText()
{
    const QString kind = m_kind->currentData().toString();
    const QString language = m_language->currentData().toString();
    std::optional<QString> stored;
    if (m_session)
        if (auto found = DocumentService(*m_session).userTemplate(kind, language))
            stored = *found;
    m_text->setPlainText(stored ? *stored : documents::builtInTemplate(kind, language));
    if (m_session && m_session->can(Action::ChangeSettings))
        m_message->setText(stored ? tr("Your own template (saved in the book).") : tr("The built-in template."));
}

bool LetterTemplateEditor::save()
{
    if (!m_session)
        return false;
    const auto saved = DocumentService(*m_session)
                               .setTemplate(m_kind->currentData().toString(), m_language->currentData().toString(),
                                            m_text->toPlainText());
    if (!saved) {
        m_message->setText(
                tr("<span style='color:#b00020'>Not saved: %1</span>").arg(saved.error().message.toHtmlEscaped()));
        return false;
    }
    m_message->setText(tr("Template saved: letters from now on use it."));
    preview();
    return true;
}

void LetterTemplateEditor::preview()
{
    if (!m_session) {
        m_preview->clear();
        return;
    }
    const QString kind = m_kind->currentData().toString();
    if (kind == u"plan_agreement") {
        previewAgreement();
        return;
    }
    // A real account: the first customer due a statement today (by code).
    DocumentService documents(*m_session);
    const QDate today = QDate::currentDate();
    // Only the first one is read (DocumentService::firstStatementCustomer), not all of them:
    // on a book of 50,000 customers that was seconds on the UI thread.
    const auto first = documents.firstStatementCustomer(today);
    if (!first || !*first) {
        m_preview->setPlainText(tr("No customer has anything to show on a letter yet."));
        return;
    }
    auto content = documents.statement((*first)->id, today);
    if (!content) {
        m_preview->setPlainText(content.error().message);
        return;
    }
    content->templateKind = kind;
    content->kind = kind == u"statement" ? QStringLiteral("statement")
                   : kind == u"reminder" ? QStringLiteral("reminder")
                                         : QStringLiteral("dunning");
    content->level = kind.startsWith(u"dunning") ? kind.right(1).toInt() : 0;
    content->language = m_language->currentData().toString();
    content->templateOverride = m_text->toPlainText();
    if (kind != u"statement")
        content->activity.clear();
    m_preview->setHtml(documents::letterHtml(*content));
}

void LetterTemplateEditor::previewAgreement()
{
    // A real plan: the most recent one of the book.
    const auto plans = PlanService(*m_session).plans({});
    if (!plans || plans->empty()) {
        m_preview->setPlainText(tr("No payment plan has been agreed yet: the agreement is previewed on a real plan."));
        return;
    }
    const auto latest = std::ranges::max_element(*plans, {}, &PlanRecord::id);
    auto content = PlanAgreementService(*m_session).agreement(latest->id);
    if (!content) {
        m_preview->setPlainText(content.error().message);
        return;
    }
    content->language = m_language->currentData().toString();
    content->templateOverride = m_text->toPlainText();
    m_preview->setHtml(documents::planAgreementHtml(*content));
}

} // namespace ardesk
