#pragma once
// The translation checks of tests/ui: what is incomplete in a Qt Linguist .ts file.

#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ardesk::testing {

inline const QStringList kTranslationLanguages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("sv"),
                                               QStringLiteral("cs")};

inline QString tsFile(const QString &language)
{
    return QStringLiteral(ARDESK_SOURCE_DIR "/resources/translations/ardesk_%1.ts").arg(language);
}

// Every message of a .ts file that is not a finished, non-empty translation, as
// "file:line: context: source (why)".
inline QStringList incompleteEntries(const QString &path)
{
    QStringList problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {path + QStringLiteral(": cannot be read")};
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto where = [&](const QString &why) {
            return QStringLiteral("%1:%2: %3: \"%4\" (%5)")
                    .arg(QFileInfo(path).fileName())
                    .arg(xml.lineNumber())
                    .arg(context, source, why);
        };
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"unfinished")
                problems << where(QStringLiteral("unfinished"));
            else if (type == u"vanished" || type == u"obsolete")
                problems << where(QStringLiteral("no longer in the sources"));
            // Plural messages have one <numerusform> per form; others the text itself.
            QString text;
            bool numerus = false;
            bool emptyForm = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"translation")
                    break;
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    numerus = true;
                    if (xml.readElementText().trimmed().isEmpty())
                        emptyForm = true;
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (type != u"unfinished" && ((numerus && emptyForm) || (!numerus && text.trimmed().isEmpty())))
                problems << where(QStringLiteral("empty translation"));
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return problems;
}

} // namespace ardesk::testing
