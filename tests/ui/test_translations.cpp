// Translations are complete (issue 11): every message of each .ts file has a finished,
// non-empty translation (what lrelease reports as unfinished fails here).
//
// When this fails: translate the entries marked unfinished in resources/translations,
// with the words of docs/glossary.md.

#include "translation_check.h"

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

} // namespace
} // namespace ardesk
