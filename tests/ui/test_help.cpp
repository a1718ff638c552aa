// The Help menu and the language choice (issue 11): the keyboard-shortcut sheet is read
// from the window's registered actions, F1 opens the user guide at the current screen's
// chapter, the language follows --lang, then Settings, then the system, and Practice
// opens a throw-away demo book marked TRAINING whose first-day checklist ticks itself off
// from what the newcomer does.

#include "fixture_book.h"

#include "services/browse_service.h"
#include "services/contact_service.h"
#include "services/ledger_service.h"
#include "services/promise_service.h"
#include "services/training_service.h"
#include "ui/help/language.h"
#include "ui/help/language_settings.h"
#include "ui/help/shortcut_sheet.h"
#include "ui/help/training_panel.h"
#include "ui/help/user_guide_viewer.h"
#include "ui/main_window.h"
#include "ui/settings/settings_page.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QScrollBar>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace ardesk {
namespace {

class HelpTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        ASSERT_TRUE(s_folder->isValid());
        auto book = testing::buildFixtureBook(bookPath());
        ASSERT_TRUE(book.has_value()) << book.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    static QString bookPath() { return s_folder->filePath(QStringLiteral("help.ardesk")); }

    void SetUp() override
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }
    void openFixture()
    {
        auto opened = m_window->openBook(bookPath());
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    }

    static inline QTemporaryDir *s_folder = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

// --- keyboard shortcuts ----------------------------------------------------------------

TEST_F(HelpTest, theShortcutSheetListsEveryRegisteredShortcutOnce)
{
    openFixture();
    // Every action of the window that has a shortcut, found independently of the sheet.
    std::map<QString, QString> expected; // keys -> command
    for (const QAction *action : m_window->findChildren<QAction *>())
        for (const QKeySequence &keys : action->shortcuts())
            if (!keys.isEmpty())
                expected[keys.toString(QKeySequence::NativeText)] = action->text();
    ASSERT_GE(expected.size(), 12u); // open, close, quit, refresh, 7 pages, clerk, help...

    ShortcutSheet *sheet = m_window->showKeyboardShortcuts();
    ASSERT_NE(sheet, nullptr);
    QTableWidget *table = sheet->table();
    std::map<QString, int> listed;
    QString userGuideKeys;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (const QString &keys : table->item(row, 0)->text().split(QStringLiteral(", ")))
            ++listed[keys];
        if (table->item(row, 1)->text() == MainWindow::tr("User guide"))
            userGuideKeys = table->item(row, 0)->text();
        EXPECT_FALSE(table->item(row, 1)->text().contains(u'&')) << "mnemonics are not shown";
    }
    for (const auto &[keys, command] : expected)
        EXPECT_EQ(listed[keys], 1) << keys.toStdString() << " (" << command.toStdString() << ")";
    // No two actions share a shortcut.
    for (const auto &[keys, count] : listed)
        EXPECT_EQ(count, 1) << keys.toStdString() << " is the shortcut of " << count << " actions";
    EXPECT_EQ(userGuideKeys, QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
    EXPECT_TRUE(listed.contains(QKeySequence(Qt::CTRL | Qt::Key_F1).toString(QKeySequence::NativeText)));

    // A shortcut added later is on the sheet the next time it opens.
    auto *extra = new QAction(QStringLiteral("&Late arrival…"), m_window.get());
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_window->addAction(extra);
    bool found = false;
    for (const ShortcutEntry &entry : shortcutsOf(*m_window))
        found = found || (entry.command == u"Late arrival" && entry.menu.isEmpty());
    EXPECT_TRUE(found);
}

// --- the user guide --------------------------------------------------------------------

TEST_F(HelpTest, f1OpensTheUserGuideAtTheChapterOfTheCurrentScreen)
{
    QTemporaryDir folder;
    const QString guide = folder.filePath(QStringLiteral("user-guide.md"));
    QFile file(guide);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray text = "# The ardesk user guide\n\nIntroduction.\n\n";
    for (const char *chapter : {"The collector's day", "The clerk's day", "The manager's day", "The admin's tasks"}) {
        text += QByteArray("## ") + chapter + "\n\n";
        for (int i = 0; i < 60; ++i)
            text += "A line of the chapter to make the guide longer than its window.\n\n";
    }
    file.write(text);
    file.close();
    qputenv("ARDESK_USER_GUIDE", guide.toUtf8());
    EXPECT_EQ(userGuidePath(), QFileInfo(guide).absoluteFilePath());
    openFixture();

    m_window->showPage(MainWindow::Page::Payments);
    // F1 is the user guide's shortcut.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
    action->trigger();
    auto *viewer = m_window->findChild<UserGuideViewer *>();
    ASSERT_NE(viewer, nullptr);
    ASSERT_TRUE(viewer->hasGuide());
    EXPECT_TRUE(viewer->isVisible());
    EXPECT_EQ(viewer->browser()->textCursor().block().text(), QStringLiteral("The clerk's day"));
    EXPECT_GT(viewer->browser()->verticalScrollBar()->value(), 0);

    m_window->showPage(MainWindow::Page::MyWork);
    EXPECT_EQ(m_window->showUserGuide()->browser()->textCursor().block().text(), QStringLiteral("The collector's day"));
    m_window->showPage(MainWindow::Page::Settings);
    EXPECT_EQ(m_window->showUserGuide()->browser()->textCursor().block().text(), QStringLiteral("The admin's tasks"));
    qunsetenv("ARDESK_USER_GUIDE");
}

// --- language --------------------------------------------------------------------------

TEST_F(HelpTest, theLanguageIsTheCommandLinesThenTheSettingsThenTheSystems)
{
    EXPECT_EQ(language::chosen(QString()), QString()); // nothing chosen: the system's
    EXPECT_EQ(language::localeFor(QString()), QLocale::system());
    language::save(QStringLiteral("fr"));
    EXPECT_EQ(language::chosen(QString()), QStringLiteral("fr"));
    EXPECT_EQ(language::chosen(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(language::localeFor(QStringLiteral("cs")).language(), QLocale::Czech);
    language::save(QString());
    EXPECT_EQ(language::chosen(QString()), QString());

    const QStringList codes{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("sv"),
                            QStringLiteral("cs")};
    QStringList offered;
    for (const language::Language &each : language::available())
        offered << each.code;
    EXPECT_EQ(offered, codes);
}

TEST_F(HelpTest, settingsHasALanguageTabThatSavesTheChoice)
{
    openFixture();
    auto *tab = m_window->settingsPage()->findChild<LanguageSettings *>();
    ASSERT_NE(tab, nullptr);
    QComboBox *box = tab->languageBox();
    EXPECT_EQ(box->currentIndex(), 0); // the system's
    EXPECT_EQ(box->count(), 6);
    box->setCurrentIndex(box->findData(QStringLiteral("sv")));
    EXPECT_EQ(language::saved(), QStringLiteral("sv"));
    box->setCurrentIndex(0);
    EXPECT_EQ(language::saved(), QString());
}

// --- practice --------------------------------------------------------------------------

TEST_F(HelpTest, practiceOpensAMarkedThrowAwayDemoBookAndTicksOffTheFirstDay)
{
    openFixture();
    const QStringList recent = m_window->recentBooks();
    auto *practice = m_window->findChild<QAction *>(QStringLiteral("actionPractice"));
    ASSERT_NE(practice, nullptr);
    ASSERT_TRUE(m_window->startPractice(TrainingRole::WholeDesk).has_value());
    ASSERT_TRUE(m_window->isPractising());
    const QString practiceBook = m_window->bookLocation();
    EXPECT_NE(practiceBook, QFileInfo(bookPath()).absoluteFilePath());
    EXPECT_TRUE(TrainingService::isPracticeBook(*m_window->session()));
    EXPECT_FALSE(m_window->recentBooks().contains(practiceBook));
    EXPECT_EQ(m_window->recentBooks(), recent);

    // TRAINING on the main window's title, on any dialog's, and in the banner.
    EXPECT_TRUE(m_window->windowTitle().startsWith(TrainingTitleMarker::prefix()))
            << m_window->windowTitle().toStdString();
    {
        QMessageBox box(QMessageBox::Information, QStringLiteral("Post payments"), QStringLiteral("text"),
                        QMessageBox::Ok, m_window.get());
        box.show();
        EXPECT_EQ(box.windowTitle(), TrainingTitleMarker::prefix() + QStringLiteral("Post payments"));
    }
    TrainingPanel *panel = m_window->trainingPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isVisible());
    ASSERT_EQ(panel->tasks().size(), 4u);
    EXPECT_EQ(panel->doneCount(), 0); // the demo's own history does not count

    Session &session = *m_window->session();
    // A customer of the demo business with an open invoice.
    InvoiceListFilter open;
    auto invoices = BrowseService(session).invoices(open, {}, QDate::currentDate(), RowWindow{0, 1});
    ASSERT_TRUE(invoices && !invoices->empty());
    const QString customer = invoices->front().customerCode;
    const QDate today = QDate::currentDate();

    // Post a payment, then reverse it.
    PaymentInput payment;
    payment.customerCode = customer;
    payment.receivedDate = today;
    payment.amount = 1000;
    payment.method = QStringLiteral("wire");
    payment.apply = PaymentInput::Apply::OldestDueFirst;
    auto posted = LedgerService(session).postPayment(payment);
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    panel->refresh();
    EXPECT_EQ(panel->doneCount(), 1);
    EXPECT_TRUE(panel->findChild<QCheckBox *>(QStringLiteral("trainingTask_post_payment"))->isChecked());
    EXPECT_FALSE(panel->findChild<QCheckBox *>(QStringLiteral("trainingTask_reverse_payment"))->isChecked());
    auto reversed = LedgerService(session).reversePayment(posted->paymentId, today, QStringLiteral("practice"));
    ASSERT_TRUE(reversed) << reversed.error().message.toStdString();
    panel->refresh();
    EXPECT_EQ(panel->doneCount(), 2);

    // Log a call, then take a promise.
    ContactInput call;
    call.customerCode = customer;
    call.at = QDateTime::currentDateTime();
    call.channel = QStringLiteral("call_in");
    call.outcome = QStringLiteral("promise_taken");
    auto logged = ContactService(session).logContact(call);
    ASSERT_TRUE(logged) << logged.error().message.toStdString();
    PromiseInput promise;
    promise.customerCode = customer;
    promise.takenOn = today;
    promise.instalments.push_back({5000, today.addDays(7), QString()});
    auto taken = PromiseService(session).take(promise);
    ASSERT_TRUE(taken) << taken.error().message.toStdString();
    panel->refresh();
    EXPECT_EQ(panel->doneCount(), 4);
    for (const TrainingTask &task : panel->tasks())
        EXPECT_TRUE(task.done) << task.key.toStdString();

    // Another role's day starts from the same book: the clerk's has post and reverse done.
    panel->setRole(TrainingRole::Clerk);
    EXPECT_EQ(panel->doneCount(), 2);

    // Ending the practice closes and deletes the copy and takes the mark off.
    m_window->endPractice();
    EXPECT_FALSE(m_window->isPractising());
    EXPECT_FALSE(m_window->hasBook());
    EXPECT_FALSE(QFileInfo::exists(practiceBook));
    EXPECT_FALSE(m_window->windowTitle().contains(TrainingTitleMarker::prefix()));
    QMessageBox after(QMessageBox::Information, QStringLiteral("Post payments"), QStringLiteral("text"),
                      QMessageBox::Ok, m_window.get());
    after.show();
    EXPECT_EQ(after.windowTitle(), QStringLiteral("Post payments"));
}

TEST_F(HelpTest, openingAnotherBookEndsThePractice)
{
    ASSERT_TRUE(m_window->startPractice(TrainingRole::Collector).has_value());
    const QString practiceBook = m_window->bookLocation();
    EXPECT_EQ(m_window->trainingPanel()->role(), TrainingRole::Collector);
    openFixture();
    EXPECT_FALSE(m_window->isPractising());
    EXPECT_FALSE(QFileInfo::exists(practiceBook));
    EXPECT_FALSE(m_window->windowTitle().contains(TrainingTitleMarker::prefix()));
    EXPECT_FALSE(TrainingService::isPracticeBook(*m_window->session()));
}

} // namespace
} // namespace ardesk
