#include "language_settings.h"

#include "language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ardesk {

LanguageSettings::LanguageSettings(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("languageSettings"));
    auto *intro = new QLabel(tr("The language of menus, screens and messages on this computer. Dates, numbers and "
                                "amounts are shown the way that language writes them. Letters and statements use "
                                "each customer's language."),
                             this);
    intro->setWordWrap(true);
    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("languageBox"));
    const QLocale system = QLocale::system();
    const QString systemName = system.nativeLanguageName();
    m_languages->addItem(systemName.isEmpty() ? tr("The system's language")
                                              : tr("The system's language (%1)").arg(systemName),
                         QString());
    for (const language::Language &each : language::available())
        m_languages->addItem(each.nativeName, each.code);
    const int current = m_languages->findData(language::saved());
    m_languages->setCurrentIndex(current < 0 ? 0 : current);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this](int index) {
        language::save(m_languages->itemData(index).toString());
        m_note->setText(tr("Saved. ardesk speaks the new language from its next start."));
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), m_languages);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

LanguageSettings::~LanguageSettings() = default;

} // namespace ardesk
