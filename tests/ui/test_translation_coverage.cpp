// Translations cover the sources (issue 11): lupdate finds no tr() string that the .ts
// files lack, and with each .qm loaded the main window's actions, menus and the column
// headers of every list differ from the English source and are not empty.
//
// When this fails after new tr() strings: run the translator pass (build the target
// ardesk_lupdate, then translate the entries marked unfinished in resources/translations,
// with the words of docs/glossary.md).

#include "fixture_book.h"
#include "translation_check.h"

#include "ui/main_window.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

namespace ardesk {
namespace {

using testing::incompleteEntries;
using testing::tsFile;
const QStringList &kLanguages = testing::kTranslationLanguages;

QString sourceDir()
{
    return QStringLiteral(ARDESK_SOURCE_DIR);
}

// lupdate over the sources, into copies of the .ts files: a tr() string that the files do
// not have yet comes in as unfinished, and fails here.
TEST(Translations, noSourceStringIsMissingFromTheTsFiles)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QStringList sources;
    for (const QString &root : {QStringLiteral("/src"), QStringLiteral("/ui")}) {
        QDirIterator files(sourceDir() + root, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            sources << files.next();
    }
    sources.sort();
    ASSERT_FALSE(sources.isEmpty());
    QFile list(folder.filePath(QStringLiteral("sources.lst")));
    ASSERT_TRUE(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8());
    list.close();
    QStringList copies;
    for (const QString &language : kLanguages) {
        const QString copy = folder.filePath(QFileInfo(tsFile(language)).fileName());
        ASSERT_TRUE(QFile::copy(tsFile(language), copy));
        copies << copy;
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(ARDESK_LUPDATE_PATH), QStringList{QStringLiteral("-no-obsolete"),
                                                                   QStringLiteral("-locations"), QStringLiteral("none"),
                                                                   QLatin1Char('@') + list.fileName(), QStringLiteral("-ts")}
                                                                   + copies);
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    for (const QString &copy : copies) {
        const QStringList problems = incompleteEntries(copy);
        EXPECT_TRUE(problems.isEmpty()) << problems.size() << " strings of the sources are not translated in "
                                        << QFileInfo(copy).fileName().toStdString() << ", e.g.:\n"
                                        << problems.mid(0, 20).join(u'\n').toStdString();
    }
}

// --- the .qm files in the running window -----------------------------------------------

// What a user reads in the main window, keyed so the same item can be found in another
// language: menu titles and actions (by menu path and position, or object name), and the
// column headers of every list.
std::map<QString, QString> visibleTexts(const MainWindow &window)
{
    std::map<QString, QString> texts;
    std::set<const QAction *> seen;
    std::function<void(const QString &, const QList<QAction *> &)> walk = [&](const QString &path,
                                                                          const QList<QAction *> &actions) {
        for (int i = 0; i < actions.size(); ++i) {
            const QAction *action = actions[i];
            seen.insert(action);
            if (action->isSeparator())
                continue;
            const QString key = path + u'/'
                    + (action->objectName().isEmpty() ? QString::number(i) : action->objectName());
            if (QMenu *menu = action->menu()) {
                texts[key] = menu->title();
                // Recent books are file names, not words.
                if (menu->objectName() != u"menuRecentBooks")
                    walk(key, menu->actions());
                continue;
            }
            texts[key] = action->text();
        }
    };
    walk(QStringLiteral("menubar"), window.menuBar()->actions());
    for (const QAction *action : window.findChildren<QAction *>())
        if (!seen.contains(action) && !action->objectName().isEmpty() && !action->text().isEmpty()
            && !action->objectName().startsWith(u"_q_") && !action->objectName().startsWith(u"qt_"))
            texts[QStringLiteral("action/") + action->objectName()] = action->text();
    int unnamed = 0;
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        const auto *table = qobject_cast<const QTableView *>(view);
        if (!model || !table || table->horizontalHeader()->isHidden())
            continue;
        const QString name = view->objectName().isEmpty() ? QStringLiteral("view%1").arg(unnamed++) : view->objectName();
        for (int column = 0; column < model->columnCount(); ++column)
            texts[QStringLiteral("header/%1/%2").arg(name).arg(column)] =
                    model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    return texts;
}

// Texts that are the same word in a language by design (names, codes, loanwords the
// glossary keeps), per language; anything else equal to the English is untranslated.
bool sameByDesign(const QString &language, const QString &text)
{
    static const std::set<QString> everywhere{QStringLiteral("ardesk"), QStringLiteral("ardesk-cli"),
                                              QStringLiteral("ID"), QStringLiteral("DSO"), QStringLiteral("KPI"),
                                              QStringLiteral("E-mail"), QStringLiteral("Email"),
                                              // a column of row numbers; right-party-contact rate's abbreviation
                                              QStringLiteral("#"), QStringLiteral("RPC %")};
    static const std::map<QString, std::set<QString>> perLanguage{
            {QStringLiteral("de"), {QStringLiteral("Status"), QStringLiteral("Name"), QStringLiteral("Login"),
                                    QStringLiteral("Details"), QStringLiteral("Region"), QStringLiteral("Portfolios")}},
            {QStringLiteral("fr"), {QStringLiteral("Client"), QStringLiteral("Code"), QStringLiteral("Date"),
                                    QStringLiteral("Total"), QStringLiteral("Note"), QStringLiteral("Solde"),
                                    QStringLiteral("Score"), QStringLiteral("Contacts"), QStringLiteral("Action")}},
            {QStringLiteral("sv"), {QStringLiteral("Status"), QStringLiteral("Region"), QStringLiteral("Plan")}},
            // Czech: role, reference (of a payment) and auditor are Czech words too.
            {QStringLiteral("cs"), {QStringLiteral("Role"), QStringLiteral("Reference"), QStringLiteral("Auditor"),
                                    QStringLiteral("Region")}},
    };
    QString plain = text;
    plain.remove(u'&');
    if (everywhere.contains(plain))
        return true;
    const auto found = perLanguage.find(language);
    return found != perLanguage.end() && found->second.contains(plain);
}

class TranslatedWindow : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        ASSERT_TRUE(s_folder->isValid());
        auto book = testing::buildFixtureBook(s_folder->filePath(QStringLiteral("translations.ardesk")));
        ASSERT_TRUE(book.has_value()) << book.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }

    static std::map<QString, QString> textsOfAWindow()
    {
        QSettings().clear();
        MainWindow window;
        window.resize(1280, 800);
        auto opened = window.openBook(s_folder->filePath(QStringLiteral("translations.ardesk")));
        EXPECT_TRUE(opened.has_value());
        auto texts = visibleTexts(window);
        window.closeBook(MainWindow::BackupOnClose::No);
        return texts;
    }

    static inline QTemporaryDir *s_folder = nullptr;
};

TEST_F(TranslatedWindow, actionsMenusAndColumnHeadersAreTranslatedInEveryLanguage)
{
    const auto english = textsOfAWindow();
    // The window has its menus, the pages' actions and the three lists' columns.
    ASSERT_GT(english.size(), 30u);
    int headers = 0;
    for (const auto &[key, text] : english)
        headers += key.startsWith(u"header/") ? 1 : 0;
    ASSERT_GE(headers, 15);

    for (const QString &language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral("ardesk_%1.qm").arg(language), QStringLiteral(ARDESK_QM_DIR)))
                << "no ardesk_" << language.toStdString() << ".qm in " << ARDESK_QM_DIR;
        QCoreApplication::installTranslator(&translator);
        const auto translated = textsOfAWindow();
        QCoreApplication::removeTranslator(&translator);

        QStringList untranslated;
        for (const auto &[key, source] : english) {
            if (source.trimmed().isEmpty())
                continue;
            const auto found = translated.find(key);
            if (found == translated.end()) {
                untranslated << QStringLiteral("%1 \"%2\": not in the %3 window").arg(key, source, language);
                continue;
            }
            if (found->second.trimmed().isEmpty())
                untranslated << QStringLiteral("%1 \"%2\": empty").arg(key, source);
            else if (found->second == source && !sameByDesign(language, source))
                untranslated << QStringLiteral("%1 \"%2\": still English").arg(key, source);
        }
        EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(u'\n').toStdString();
    }
}

} // namespace
} // namespace ardesk
