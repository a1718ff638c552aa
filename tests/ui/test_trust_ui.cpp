// The trust layer as a user meets it: signing in to a protected book, the banner on an
// unprotected one, users and the permission matrix in Settings, and the book check.

#include "fixture_book.h"

#include "services/auth_service.h"
#include "services/book_service.h"
#include "ui/auth/sign_in_dialog.h"
#include "ui/main_window.h"
#include "ui/settings/settings_page.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

class TrustUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        m_path = m_folder.filePath(QStringLiteral("trust.ardesk"));
        auto built = testing::buildFixtureBook(m_path);
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
    }
    void protect()
    {
        auto book = BookService::open(m_path);
        ASSERT_TRUE(book.has_value());
        auto admin = AuthService::createFirstAdmin(**book, QStringLiteral("boss"), QStringLiteral("Berit Boss"),
                                                   QStringLiteral("correct horse"));
        ASSERT_TRUE(admin.has_value()) << admin.error().message.toStdString();
    }
    QTemporaryDir m_folder;
    QString m_path;
};

TEST_F(TrustUiTest, unprotectedBookShowsTheBannerAndProtectedOneDoesNot)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openBook(m_path).has_value());
    auto *banner = window.findChild<QFrame *>(QStringLiteral("protectBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    window.closeBook();

    protect();
    window.setSignInHandler([](Book &book, const QString &) -> std::unique_ptr<Session> {
        auto session = AuthService::signIn(book, QStringLiteral("boss"), QStringLiteral("correct horse"));
        return session ? std::move(*session) : nullptr;
    });
    ASSERT_TRUE(window.openBook(m_path).has_value());
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Berit Boss"))) << window.windowTitle().toStdString();
}

TEST_F(TrustUiTest, cancelledSignInLeavesNoBookOpen)
{
    protect();
    MainWindow window;
    window.setSignInHandler([](Book &, const QString &) { return std::unique_ptr<Session>(); });
    const auto opened = window.openBook(m_path);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(window.hasBook());
}

TEST_F(TrustUiTest, signInDialogKeepsTheLoginAndSaysWhyAfterAWrongPassword)
{
    protect();
    auto book = BookService::open(m_path);
    ASSERT_TRUE(book.has_value());
    SignInDialog dialog(**book, QStringLiteral("trust.ardesk"), QString());
    dialog.show();
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("signInLogin"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signInPassword"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    ASSERT_TRUE(login && password && error && button);
    EXPECT_FALSE(button->isEnabled());
    QTest::keyClicks(login, QStringLiteral("boss"));
    QTest::keyClicks(password, QStringLiteral("wrong one"));
    EXPECT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("unknown user or wrong password"));
    EXPECT_EQ(login->text(), QStringLiteral("boss"));
    EXPECT_TRUE(password->text().isEmpty());
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto session = dialog.takeSession();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->actor().login, QStringLiteral("boss"));
}

TEST_F(TrustUiTest, settingsListUsersAndChangeThePermissionMatrix)
{
    protect();
    auto book = BookService::open(m_path);
    ASSERT_TRUE(book.has_value());
    auto session = AuthService::signIn(**book, QStringLiteral("boss"), QStringLiteral("correct horse"));
    ASSERT_TRUE(session.has_value());
    ASSERT_TRUE(UserService(**session).add(QStringLiteral("carl"), QStringLiteral("Carl Clerk"), Role::Clerk));

    SettingsPage page;
    page.setSession(session->get());
    page.show();
    auto *users = page.findChild<QTableView *>(QStringLiteral("userTable"));
    ASSERT_NE(users, nullptr);
    QAbstractItemModelTester userTester(users->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList logins;
    for (int row = 0; row < users->model()->rowCount(); ++row)
        logins << users->model()->index(row, UserTableModel::Login).data().toString();
    EXPECT_TRUE(logins.contains(QStringLiteral("boss")));
    EXPECT_TRUE(logins.contains(QStringLiteral("carl")));

    auto *matrix = page.findChild<QTableView *>(QStringLiteral("permissionMatrix"));
    ASSERT_NE(matrix, nullptr);
    QAbstractItemModelTester matrixTester(matrix->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex clerkPosts = matrix->model()->index(static_cast<int>(Action::PostPayment), static_cast<int>(Role::Clerk));
    EXPECT_EQ(clerkPosts.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(clerkPosts.flags() & Qt::ItemIsUserCheckable);
    const QModelIndex adminCell = matrix->model()->index(static_cast<int>(Action::PostPayment), static_cast<int>(Role::Admin));
    EXPECT_FALSE(adminCell.flags() & Qt::ItemIsUserCheckable);
    ASSERT_TRUE(matrix->model()->setData(clerkPosts, Qt::Unchecked, Qt::CheckStateRole));

    // The change is stored: a clerk signing in now may not post payments.
    ASSERT_TRUE(UserService(**session).setPassword(QStringLiteral("carl"), QStringLiteral("carls secret")));
    auto clerk = AuthService::signIn(**book, QStringLiteral("carl"), QStringLiteral("carls secret"));
    ASSERT_TRUE(clerk.has_value());
    EXPECT_FALSE((*clerk)->can(Action::PostPayment));
    EXPECT_TRUE((*clerk)->can(Action::PostInvoice));
}

TEST_F(TrustUiTest, bookCheckSaysSoundAndThenNamesATamperedRow)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openBook(m_path).has_value());
    window.showPage(MainWindow::Page::Settings);
    SettingsPage *page = window.settingsPage();
    ASSERT_NE(page, nullptr);
    page->runCheckAndWait();
    EXPECT_TRUE(page->checkResultText().contains(QStringLiteral("The book is sound"))) << page->checkResultText().toStdString();
    window.closeBook();

    {
        // Behind ardesk's back: drop the guard and change a posted amount.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER invoices_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE invoices SET amount = amount + 100 WHERE id = 3")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    ASSERT_TRUE(window.openBook(m_path).has_value());
    page->runCheckAndWait();
    EXPECT_TRUE(page->checkResultText().contains(QStringLiteral("fails the check"))) << page->checkResultText().toStdString();
    EXPECT_TRUE(page->checkResultText().contains(QStringLiteral("invoices, row 3"))) << page->checkResultText().toStdString();
}

// The check runs in a worker with a progress dialog; Cancel stops it (the verifier stops
// at the next progress call, tests/storage/test_ledger_verifier.cpp) and says so.
TEST_F(TrustUiTest, bookCheckShowsProgressAndCanBeCancelled)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openBook(m_path).has_value());
    window.showPage(MainWindow::Page::Settings);
    SettingsPage *page = window.settingsPage();
    ASSERT_NE(page, nullptr);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("verifyButton"));
    ASSERT_NE(button, nullptr);
    button->click();
    auto *progress = page->findChild<QProgressDialog *>(QStringLiteral("verifyProgress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_FALSE(button->isEnabled());
    auto *cancel = progress->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    cancel->click(); // what the dialog's Cancel button does (emits canceled())
    EXPECT_TRUE(QTest::qWaitFor([&] { return button->isEnabled(); }, 30000));
    EXPECT_EQ(page->checkResultText(), SettingsPage::tr("The check was cancelled."));
    // A check after a cancelled one runs to its end.
    page->runCheckAndWait();
    EXPECT_TRUE(page->checkResultText().contains(QStringLiteral("The book is sound"))) << page->checkResultText().toStdString();
}

} // namespace
} // namespace ardesk
