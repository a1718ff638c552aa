#include "language.h"

#include "ui/common/english_plurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace ardesk::language {

namespace {

const QString kKey = QStringLiteral("ui/language");

} // namespace

QList<Language> available()
{
    // Each language in its own name, as a language menu shows them.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("sv"), QStringLiteral("Svenska")},
            {QStringLiteral("cs"), QStringLiteral("Čeština")}};
}

QString saved()
{
    return QSettings().value(kKey).toString();
}

void save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QString chosen(const QString &commandLine)
{
    return commandLine.isEmpty() ? saved() : commandLine;
}

QLocale localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString install(QCoreApplication &application, const QString &code)
{
    application.installTranslator(new EnglishPlurals(&application));
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application.installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&application);
    const QStringList folders{QStringLiteral(":/i18n"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/../share/ardesk/translations")};
    for (const QString &folder : folders) {
        if (own->load(locale, QStringLiteral("ardesk"), QStringLiteral("_"), folder)) {
            application.installTranslator(own);
            return own->language().section(u'_', 0, 0);
        }
    }
    delete own;
    return QStringLiteral("en");
}

} // namespace ardesk::language
