// Translations are complete (issue 11): every message of each .ts file has a finished,
// non-empty translation (what lrelease reports as unfinished fails here).
//
// When this fails: translate the entries marked unfinished in resources/translations,
// with the words of docs/glossary.md.

#include "translation_check.h"

#include <QDirIterator>
#include <QProcess>
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

// lupdate gives a tr() call the context of the class it finds the member function in; when
// it cannot see the class (an include it cannot resolve), the context it writes differs
// from the one the program asks for at run time, and the translation is never found.
TEST(Translations, lupdateFindsTheClassOfEveryTrCall)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QStringList sources;
    for (const QString &root : {QStringLiteral("/src"), QStringLiteral("/ui")}) {
        QDirIterator files(QStringLiteral(ARDESK_SOURCE_DIR) + root,
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            sources << files.next();
    }
    QFile list(folder.filePath(QStringLiteral("sources.lst")));
    ASSERT_TRUE(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8());
    list.close();
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ARDESK_LUPDATE_PATH),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QLatin1Char('@') + list.fileName(),
                   QStringLiteral("-ts"), folder.filePath(QStringLiteral("probe_de.ts"))});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0);
    QStringList unknown;
    for (const QString &line : QString::fromUtf8(lupdate.readAll()).split(u'\n'))
        if (line.contains(QStringLiteral("unknown namespace/class")))
            unknown << line;
    EXPECT_TRUE(unknown.isEmpty()) << unknown.join(u'\n').toStdString();
}

} // namespace
} // namespace ardesk
