// Settings > Sender and payment driven offscreen: a manager types the sender and the default
// payment instructions, switches to Czech letters and types their own text, switches back and
// forth without losing either, saves with Ctrl+S and the book has both; Revert drops unsaved
// typing; a bad value is not possible through the spin box, and a collector sees it all
// read-only.

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/document_settings_service.h"
#include "ui/settings/document_settings_editor.h"
#include "ui/settings/settings_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

class DocumentSettingsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        auto book = BookService::create(m_folder.filePath(QStringLiteral("letters.ardesk")));
        ASSERT_TRUE(book.has_value()) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto admin = BookService::localSession(*m_book);
        ASSERT_TRUE(admin.has_value());
        UserService users(**admin);
        ASSERT_TRUE(users.add(QStringLiteral("mia"), QStringLiteral("Mia Manager"), Role::Manager));
        ASSERT_TRUE(users.add(QStringLiteral("cole"), QStringLiteral("Cole Collector"), Role::Collector));
        auto manager = AuthService::signIn(*m_book, QStringLiteral("mia"), QString());
        ASSERT_TRUE(manager.has_value()) << manager.error().message.toStdString();
        m_manager = std::move(*manager);
        auto collector = AuthService::signIn(*m_book, QStringLiteral("cole"), QString());
        ASSERT_TRUE(collector.has_value());
        m_collector = std::move(*collector);
    }

    template<typename T>
    T *child(QWidget &parent, const char *name)
    {
        auto *w = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    void language(QWidget &editor, const char *code)
    {
        auto *combo = child<QComboBox>(editor, "instructionsLanguage");
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(code)));
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_manager;
    std::unique_ptr<Session> m_collector;
};

TEST_F(DocumentSettingsUi, aManagerTypesTheDefaultAndTheCzechInstructionsAndSavesBoth)
{
    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(1100, 700);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page)); // shortcuts go to the active window
    auto *editor = page.findChild<DocumentSettingsEditor *>();
    ASSERT_NE(editor, nullptr);
    child<QTabWidget>(page, "settingsTabs")->setCurrentWidget(editor);

    auto *sender = child<QPlainTextEdit>(*editor, "documentSender");
    auto *instructions = child<QPlainTextEdit>(*editor, "paymentInstructions");
    sender->setFocus();
    QTest::keyClicks(sender, QStringLiteral("Ardesk Demo s.r.o."));
    QTest::keyClicks(instructions, QStringLiteral("IBAN CZ65 0800 0000 1920 0014 5399"));
    language(*editor, "cs");
    EXPECT_TRUE(instructions->toPlainText().isEmpty()) << "no Czech text yet";
    EXPECT_EQ(instructions->placeholderText(), QStringLiteral("IBAN CZ65 0800 0000 1920 0014 5399"));
    instructions->insertPlainText(QStringLiteral("Uveďte prosím číslo zákazníka")); // keyClicks types ASCII only
    language(*editor, "");
    EXPECT_EQ(instructions->toPlainText(), QStringLiteral("IBAN CZ65 0800 0000 1920 0014 5399"));
    language(*editor, "cs");
    EXPECT_EQ(instructions->toPlainText(), QStringLiteral("Uveďte prosím číslo zákazníka"));
    child<QSpinBox>(*editor, "payByDays")->setValue(21);
    child<QCheckBox>(*editor, "showInterest")->setChecked(false);
    EXPECT_TRUE(editor->hasUnsavedChanges());

    if (const QString shots = qEnvironmentVariable("ARDESK_TEST_SHOTS"); !shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/document-settings.png"));
    QTest::keySequence(instructions, QKeySequence::Save);
    EXPECT_FALSE(editor->hasUnsavedChanges()) << editor->message().toStdString();
    const auto stored = DocumentSettingsService(*m_manager).settings();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->sender, QStringLiteral("Ardesk Demo s.r.o."));
    EXPECT_EQ(stored->paymentInstructions, QStringLiteral("IBAN CZ65 0800 0000 1920 0014 5399"));
    ASSERT_EQ(stored->paymentInstructionsByLanguage.count(QStringLiteral("cs")), 1u);
    EXPECT_EQ(stored->paymentInstructionsByLanguage.at(QStringLiteral("cs")),
              QStringLiteral("Uveďte prosím číslo zákazníka"));
    EXPECT_EQ(stored->payByDays, 21);
    EXPECT_FALSE(stored->showInterest);

    // Unsaved typing is dropped by Revert.
    QTest::keyClicks(sender, QStringLiteral(" (draft)"));
    EXPECT_TRUE(editor->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>(*editor, "revertDocumentSettings"), Qt::LeftButton);
    EXPECT_EQ(sender->toPlainText(), QStringLiteral("Ardesk Demo s.r.o."));
    EXPECT_FALSE(editor->hasUnsavedChanges());
    EXPECT_EQ(child<QSpinBox>(*editor, "payByDays")->maximum(), kMaxPayByDays);
}

TEST_F(DocumentSettingsUi, aCollectorReadsThemButCannotChangeThem)
{
    DocumentSettings s;
    s.sender = QStringLiteral("Ardesk Demo AB");
    s.paymentInstructions = QStringLiteral("Bankgiro 123-4567");
    ASSERT_TRUE(DocumentSettingsService(*m_manager).save(s));
    DocumentSettingsEditor editor;
    editor.setSession(m_collector.get());
    editor.show();
    EXPECT_EQ(child<QPlainTextEdit>(editor, "documentSender")->toPlainText(), QStringLiteral("Ardesk Demo AB"));
    EXPECT_TRUE(child<QPlainTextEdit>(editor, "documentSender")->isReadOnly());
    EXPECT_TRUE(child<QPlainTextEdit>(editor, "paymentInstructions")->isReadOnly());
    EXPECT_FALSE(child<QPushButton>(editor, "saveDocumentSettings")->isEnabled());
    EXPECT_FALSE(child<QSpinBox>(editor, "payByDays")->isEnabled());
    EXPECT_FALSE(editor.message().isEmpty());
}

} // namespace
} // namespace ardesk
