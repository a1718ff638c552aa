#pragma once
// The language of the GUI: --lang on the command line wins, then the choice saved in
// Settings > Language (QSettings "ui/language"), then the system locale. English is the
// source language; de, fr, sv and cs have translations (embedded under :/i18n). Dates,
// numbers and money follow the chosen language's locale (QLocale::setDefault).

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace ardesk::language {

struct Language final
{
    QString code;       // "de"
    QString nativeName; // "Deutsch"
};

// English first, then the translations.
QList<Language> available();

// The saved choice; empty means "the system's".
QString saved();
void save(const QString &code);

// The language to use: the command line's, else the saved one, else empty (the system's).
QString chosen(const QString &commandLine);

// The locale of a code; empty: QLocale::system().
QLocale localeFor(const QString &code);

// Sets the default locale and installs English plural forms, Qt's own translation and
// ardesk's for `code` (empty: the system locale's language). Returns the language in use
// ("en" when there is no translation for it).
QString install(QCoreApplication &application, const QString &code);

} // namespace ardesk::language
