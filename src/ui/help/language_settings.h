#pragma once
// Settings > Language: the language of the user interface on this computer (the system's
// by default). Saved at once; it applies from the next start of ardesk.

#include <QWidget>

class QComboBox;
class QLabel;

namespace ardesk {

class LanguageSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSettings)

public:
    explicit LanguageSettings(QWidget *parent = nullptr);
    ~LanguageSettings() override;

    QComboBox *languageBox() const { return m_languages; }

private:
    QComboBox *m_languages = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace ardesk
