// Translations are complete (issue 11): every message of each .ts file has a finished,
// non-empty translation (what lrelease reports as unfinished fails here).
//
// When this fails: translate the entries marked unfinished in resources/translations,
// with the words of docs/glossary.md.

#include "translation_check.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

using testing::incompleteEntries;
using testing::kTranslationLanguages;
using testing::tsFile;

TEST(Translations, everyTsFileIsFinishedAndNotEmpty)
{
    for (const QString &language : kTranslationLanguages) {
        const QStringList problems = incompleteEntries(tsFile(language));
        EXPECT_TRUE(problems.isEmpty()) << problems.size() << " incomplete entries in " << language.toStdString()
                                        << ", e.g.:\n"
                                        << problems.mid(0, 20).join(u'\n').toStdString();
    }
}

// The checker itself: an unfinished, an empty and an empty plural entry are each found.
TEST(Translations, theCheckerFindsUnfinishedAndEmptyEntries)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("probe.ts"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message><source>Customers</source><translation>Kunden</translation></message>
    <message><source>Invoices</source><translation type="unfinished"></translation></message>
    <message><source>Payments</source><translation></translation></message>
    <message numerus="yes"><source>%n customers</source><translation><numerusform>%n Kunde</numerusform><numerusform></numerusform></translation></message>
</context>
</TS>
)");
    file.close();
    const QStringList problems = incompleteEntries(path);
    ASSERT_EQ(problems.size(), 3) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems[0].contains(u"Invoices") && problems[0].contains(u"unfinished"));
    EXPECT_TRUE(problems[1].contains(u"Payments") && problems[1].contains(u"empty"));
    EXPECT_TRUE(problems[2].contains(u"%n customers") && problems[2].contains(u"empty"));
}

// lupdate over every source and form into a scratch .ts file (never the shipped ones); its
// output (warnings) and the file it wrote.
struct LupdateRun
{
    QString output;
    QString ts;
};

const LupdateRun &lupdateRun()
{
    static const LupdateRun run = [] {
        LupdateRun result;
        QTemporaryDir folder;
        if (!folder.isValid())
            return result;
        QStringList sources;
        for (const QString &root : {QStringLiteral("/src"), QStringLiteral("/ui")}) {
            QDirIterator files(QStringLiteral(ARDESK_SOURCE_DIR) + root,
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext())
                sources << files.next();
        }
        QFile list(folder.filePath(QStringLiteral("sources.lst")));
        if (!list.open(QIODevice::WriteOnly))
            return result;
        list.write(sources.join(u'\n').toUtf8());
        list.close();
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ARDESK_LUPDATE_PATH),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QLatin1Char('@') + list.fileName(),
                       QStringLiteral("-ts"), folder.filePath(QStringLiteral("probe_de.ts"))});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            return result;
        result.output = QString::fromUtf8(lupdate.readAll());
        QFile ts(folder.filePath(QStringLiteral("probe_de.ts")));
        if (ts.open(QIODevice::ReadOnly))
            result.ts = QString::fromUtf8(ts.readAll());
        return result;
    }();
    return run;
}

// lupdate gives a tr() call the context of the class it finds the member function in; when
// it cannot see the class (an include it cannot resolve), the context it writes differs
// from the one the program asks for at run time, and the translation is never found.
TEST(Translations, lupdateFindsTheClassOfEveryTrCall)
{
    const LupdateRun &run = lupdateRun();
    ASSERT_FALSE(run.ts.isEmpty()) << run.output.toStdString();
    QStringList unknown;
    for (const QString &line : run.output.split(u'\n'))
        if (line.contains(QStringLiteral("unknown namespace/class")))
            unknown << line;
    EXPECT_TRUE(unknown.isEmpty()) << unknown.join(u'\n').toStdString();
}

QString unescapedLiteral(const QString &pieces)
{
    static const QRegularExpression piece(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QString text;
    for (auto match = piece.globalMatch(pieces); match.hasNext();)
        text += match.next().captured(1);
    text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    text.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return text;
}

QString xmlUnescaped(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Every literal the sources hand to tr() or QCoreApplication::translate() reaches the .ts
// files, and every one with %n as a plural (numerus) entry. lupdate silently skips a call
// whose count argument it cannot parse (a static_cast<int>(...) in translate(), a file-local
// helper that forwards a variable), and such a message then stays English in every language.
TEST(Translations, lupdateExtractsEveryLiteralAndEveryPluralAsNumerus)
{
    const LupdateRun &run = lupdateRun();
    ASSERT_FALSE(run.ts.isEmpty()) << run.output.toStdString();
    QSet<QString> extracted, numerus;
    static const QRegularExpression message(
            QStringLiteral(R"re(<message( numerus="yes")?>\s*<source>(.*?)</source>)re"),
            QRegularExpression::DotMatchesEverythingOption);
    for (auto match = message.globalMatch(run.ts); match.hasNext();) {
        const auto next = match.next();
        const QString source = xmlUnescaped(next.captured(2));
        extracted.insert(source);
        if (!next.captured(1).isEmpty())
            numerus.insert(source);
    }
    ASSERT_GT(extracted.size(), 1000);

    static const QRegularExpression call(
            QStringLiteral(R"re((?:\btr\s*\(|\btranslate\s*\(\s*"[^"]*"\s*,)\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    QStringList missing, notPlural;
    int literals = 0;
    QDirIterator files(QStringLiteral(ARDESK_SOURCE_DIR "/src"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString code = QString::fromUtf8(file.readAll());
        for (auto match = call.globalMatch(code); match.hasNext();) {
            const auto next = match.next();
            const QString literal = unescapedLiteral(next.captured(1));
            if (literal.isEmpty())
                continue;
            ++literals;
            const QString where = QStringLiteral("%1:%2: %3")
                                          .arg(file.fileName().mid(int(qstrlen(ARDESK_SOURCE_DIR)) + 1))
                                          .arg(code.left(next.capturedStart()).count(u'\n') + 1)
                                          .arg(literal);
            if (!extracted.contains(literal))
                missing << where;
            else if ((literal.contains(QStringLiteral("%n")) || literal.contains(QStringLiteral("%Ln")))
                     && !numerus.contains(literal))
                notPlural << where;
        }
    }
    EXPECT_GT(literals, 1000);
    // A file-local helper that forwards its text to translate() hides every literal from lupdate.
    static const QRegularExpression forwardingHelper(
            QStringLiteral(R"re(\bQString\s+(?:tr|translate)\s*\(\s*const\s+char\s*\*\s*\w+\s*\))re"));
    QDirIterator again(QStringLiteral(ARDESK_SOURCE_DIR "/src"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (again.hasNext()) {
        QFile file(again.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        if (QString::fromUtf8(file.readAll()).contains(forwardingHelper))
            missing << file.fileName() + QStringLiteral(": a file-local translate helper");
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " literals lupdate does not extract:\n"
                                   << missing.join(u'\n').toStdString();
    EXPECT_TRUE(notPlural.isEmpty()) << "plurals extracted without numerus forms:\n"
                                     << notPlural.join(u'\n').toStdString();
}

} // namespace
} // namespace ardesk
