// Clerk > Post interest… and the customer form's credit fields driven offscreen: the preview
// shows the debit notes a posting would make, the posting makes them once (the preview is
// empty afterwards), a collector cannot post; a clerk sees the credit limit and risk class
// read-only and still saves the rest; the policy editor's "post interest" box is stored.
// With ARDESK_TEST_SCREENSHOTS=DIR the dialog is saved as DIR/interest-posting.png.

#include "fixture_book.h"

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/credit_service.h"
#include "services/interest_service.h"
#include "ui/account/customer_dialog.h"
#include "ui/common/book_job.h"
#include "ui/interest/interest_posting_dialog.h"
#include "ui/settings/credit_policy_editor.h"
#include "ui/settings/settings_page.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

class PolicyPostingsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        const QString path = m_folder.filePath(QStringLiteral("postings.ardesk"));
        testing::FixtureOptions options;
        options.today = m_today;
        auto built = testing::buildFixtureBook(path, options);
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
        auto book = BookService::open(path);
        ASSERT_TRUE(book.has_value()) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto admin = BookService::localSession(*m_book);
        ASSERT_TRUE(admin.has_value());
        m_admin = std::move(*admin);
        UserService users(*m_admin);
        ASSERT_TRUE(users.add(QStringLiteral("mia"), QStringLiteral("Mia Manager"), Role::Manager));
        ASSERT_TRUE(users.add(QStringLiteral("carl"), QStringLiteral("Carl Clerk"), Role::Clerk));
        ASSERT_TRUE(users.add(QStringLiteral("cole"), QStringLiteral("Cole Collector"), Role::Collector));
        InterestService interest(*m_admin);
        for (const char *region : {"EU", "DE"})
            ASSERT_TRUE(interest.saveReferenceRate({QString::fromLatin1(region), QDate(2020, 1, 1), 35000}));
        CreditPolicy posting;
        posting.name = QStringLiteral("Posting B2B");
        posting.postInterest = true;
        ASSERT_TRUE(CreditService(*m_admin).savePolicy(posting));
        for (const char *code : {"C1003", "C1004"})
            ASSERT_TRUE(CreditService(*m_admin).assignPolicy(QString::fromLatin1(code), posting.name));
    }

    Session &as(const char *login)
    {
        auto session = AuthService::signIn(*m_book, QString::fromLatin1(login), QString());
        EXPECT_TRUE(session.has_value());
        m_sessions.push_back(std::move(*session));
        return *m_sessions.back();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0) : QVariant();
    }

    template<typename T>
    T *child(QWidget &parent, const char *name)
    {
        auto *w = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    QDate m_today{2026, 11, 20};
    QTemporaryDir m_folder;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_admin;
    std::vector<std::unique_ptr<Session>> m_sessions;
};

// The preview is read on a thread of its own; this waits (the event loop running) until it
// is shown.
void waitForPreview(InterestPostingDialog &dialog)
{
    for (int i = 0; i < 3000 && dialog.previewing(); ++i)
        QTest::qWait(10);
    ASSERT_FALSE(dialog.previewing());
}

// The preview runs off the UI thread with a progress bar and Cancel; Cancel leaves nothing
// posted and nothing to post (the Post button off), and the preview can be read again.
TEST_F(PolicyPostingsUi, theInterestPreviewRunsOffTheUiThreadAndCancelLeavesNothingPosted)
{
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong();
    InterestPostingDialog dialog(as("carl"), m_today);
    dialog.resize(1000, 520);
    dialog.show();
    EXPECT_TRUE(dialog.previewing()); // the constructor returned before the preview was read
    auto *progress = child<QProgressBar>(dialog, "interestPreviewProgress");
    auto *cancel = child<QPushButton>(dialog, "interestPreviewCancel");
    auto *post = child<QPushButton>(dialog, "postInterestButton");
    EXPECT_TRUE(progress->isVisible());
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_FALSE(post->isEnabled());
    if (const QString dir = qEnvironmentVariable("ARDESK_TEST_SCREENSHOTS"); !dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("interest-previewing.png")), "PNG");
    QTest::mouseClick(cancel, Qt::LeftButton);
    waitForPreview(dialog);
    EXPECT_FALSE(progress->isVisible());
    EXPECT_TRUE(dialog.previewRun().lines.empty());
    EXPECT_EQ(child<QTableView>(dialog, "interestPreviewTable")->model()->rowCount(), 0);
    EXPECT_FALSE(post->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "interestPostingMessage")->text().contains(QStringLiteral("cancelled")));
    dialog.post(InterestPostingDialog::Confirm::AlreadyConfirmed); // nothing to post
    EXPECT_FALSE(dialog.posting());
    BookJob::waitForAll();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong(), before);
    EXPECT_EQ(dialog.postedCount(), 0);
    // Preview again: the lines are there.
    QTest::mouseClick(child<QPushButton>(dialog, "interestPreviewButton"), Qt::LeftButton);
    waitForPreview(dialog);
    EXPECT_FALSE(dialog.previewRun().lines.empty());
    EXPECT_TRUE(post->isEnabled());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong(), before);
}

TEST_F(PolicyPostingsUi, theClerkPreviewsAndPostsInterestOnceAndACollectorCannot)
{
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong();
    InterestPostingDialog dialog(as("carl"), m_today);
    dialog.resize(1000, 520);
    dialog.show();
    waitForPreview(dialog);
    auto *table = child<QTableView>(dialog, "interestPreviewTable");
    auto cell = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
    const int previewed = table->model()->rowCount();
    ASSERT_GT(previewed, 0);
    // Only the two customers whose policy posts interest.
    for (int row = 0; row < previewed; ++row)
        EXPECT_TRUE(cell(row, 0) == u"C1003" || cell(row, 0) == u"C1004");
    EXPECT_TRUE(cell(0, 2).startsWith(QStringLiteral("INT-")));
    auto *post = child<QPushButton>(dialog, "postInterestButton");
    EXPECT_TRUE(post->isEnabled());
    if (const QString dir = qEnvironmentVariable("ARDESK_TEST_SCREENSHOTS"); !dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("interest-posting.png")), "PNG");
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong(), before); // a preview only

    dialog.post(InterestPostingDialog::Confirm::AlreadyConfirmed);
    EXPECT_TRUE(dialog.posting()); // on a thread of its own
    for (int i = 0; i < 3000 && dialog.posting(); ++i)
        QTest::qWait(10);
    ASSERT_FALSE(dialog.posting());
    waitForPreview(dialog);
    EXPECT_EQ(dialog.postedCount(), previewed);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong(), before + previewed);
    EXPECT_EQ(table->model()->rowCount(), 0);
    EXPECT_FALSE(post->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "interestPostingMessage")->text().contains(QString::number(previewed)));

    // The same date again: nothing to post. A collector may look but not post.
    InterestPostingDialog collector(as("cole"), m_today.addDays(10));
    waitForPreview(collector);
    EXPECT_GT(child<QTableView>(collector, "interestPreviewTable")->model()->rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(collector, "postInterestButton")->isEnabled());
}

TEST_F(PolicyPostingsUi, aClerkSeesTheCreditLimitAndRiskClassReadOnlyAndSavesTheRest)
{
    const auto customer = LedgerRepository(*m_book).customerByCode(QStringLiteral("C1005"));
    ASSERT_TRUE(customer);
    const QVariant limitBefore = scalar(QStringLiteral("SELECT credit_limit FROM customers WHERE code = 'C1005'"));
    {
        CustomerDialog dialog(as("carl"), customer);
        EXPECT_TRUE(child<QLineEdit>(dialog, "customerCreditLimit")->isReadOnly());
        EXPECT_TRUE(child<QLineEdit>(dialog, "customerRiskClass")->isReadOnly());
        if (const QString dir = qEnvironmentVariable("ARDESK_TEST_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("customer-clerk.png")), "PNG");
        child<QLineEdit>(dialog, "customerPhone")->setText(QStringLiteral("+420 123 456 789"));
        dialog.save();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT phone FROM customers WHERE code = 'C1005'")).toString(),
              QStringLiteral("+420 123 456 789"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT credit_limit FROM customers WHERE code = 'C1005'")), limitBefore);
    CustomerDialog managed(as("mia"), customer);
    EXPECT_FALSE(child<QLineEdit>(managed, "customerCreditLimit")->isReadOnly());
    EXPECT_FALSE(child<QLineEdit>(managed, "customerRiskClass")->isReadOnly());
}

TEST_F(PolicyPostingsUi, thePolicyEditorStoresWhetherInterestIsPosted)
{
    SettingsPage page;
    page.setSession(&as("mia"));
    page.resize(1200, 760);
    page.show();
    auto *editor = page.findChild<CreditPolicyEditor *>();
    ASSERT_NE(editor, nullptr);
    child<QTabWidget>(page, "settingsTabs")->setCurrentWidget(editor);
    QTest::mouseClick(child<QPushButton>(*editor, "newPolicyButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*editor, "policyName"), QStringLiteral("Charges interest"));
    auto *box = child<QCheckBox>(*editor, "policyPostInterest");
    EXPECT_FALSE(box->isChecked());
    box->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*editor, "savePolicyButton"), Qt::LeftButton);
    EXPECT_EQ(scalar(QStringLiteral("SELECT post_interest FROM credit_policies WHERE name = 'Charges interest'")).toInt(),
              1);
}

} // namespace
} // namespace ardesk
