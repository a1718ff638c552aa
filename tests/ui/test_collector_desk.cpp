// The collector desk on a fixture book, worked as a collector and a supervisor would:
// three accounts from the queue by keyboard (F8, an outcome key, Ctrl+Enter), a promise
// taken through its dialog, the queue and the account updating; a call to Los Angeles at
// 07:30 local time blocked for a collector; a supervisor's override, audited; the
// escalation queue; menu entries by role. The clock is fixed (never the real time): the
// book's "today" is Monday 15 June 2026. The Qt environment (QApplication, English US
// formats) is the one test_main_window.cpp installs.

#include "fixture_book.h"

#include "services/account_service.h"
#include "services/browse_service.h"
#include "services/collection_service.h"
#include "services/dispute_service.h"
#include "services/escalation_service.h"
#include "ui/account/account_view.h"
#include "ui/account/record_table_model.h"
#include "ui/collector/contact_panel.h"
#include "ui/collector/my_work_page.h"
#include "ui/collector/team_queues_widget.h"
#include "ui/collector/supervisor_widgets.h"
#include "ui/collector/worklist_model.h"
#include "ui/common/book_job.h"
#include "ui/main_window.h"
#include "ui/payments/payment_list_model.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <set>

namespace ardesk {
namespace {

const QDate kToday(2026, 6, 15);
const QString kPassword = QStringLiteral("correct horse battery");

// 17:30 UTC: 10:30 in Los Angeles, 19:30 in Stockholm: every customer may be called.
QDateTime afternoon()
{
    return QDateTime(kToday, QTime(17, 30), Qt::UTC);
}
// 14:30 UTC: 07:30 in Los Angeles while it is 10:30 in New York.
QDateTime morningInLosAngeles()
{
    return QDateTime(kToday, QTime(14, 30), Qt::UTC);
}

class CollectorDeskTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        ASSERT_TRUE(s_folder->isValid());
        auto built = testing::buildFixtureBook(templatePath(), {kToday, 4});
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
        // Staff: a supervisor and a clerk; the book protected so each signs in as themself.
        auto book = BookService::open(templatePath());
        ASSERT_TRUE(book.has_value());
        {
            auto owner = BookService::localSession(**book);
            ASSERT_TRUE(owner.has_value());
            UserService users(**owner);
            ASSERT_TRUE(users.add(QStringLiteral("sofia"), QStringLiteral("Sofia Lind"), Role::Supervisor));
            ASSERT_TRUE(users.add(QStringLiteral("carl"), QStringLiteral("Carl Clerk"), Role::Clerk));
        }
        ASSERT_TRUE(
                AuthService::createFirstAdmin(**book, QStringLiteral("boss"), QStringLiteral("Berit Boss"), kPassword));
        auto admin = AuthService::signIn(**book, QStringLiteral("boss"), kPassword);
        ASSERT_TRUE(admin.has_value());
        for (const char *login : {"anna", "jonas", "sofia", "carl"})
            ASSERT_TRUE(UserService(**admin).setPassword(QString::fromLatin1(login), kPassword));
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    static QString templatePath() { return s_folder->filePath(QStringLiteral("template.ardesk")); }

    void SetUp() override
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("backups/keep"), 0);
        ASSERT_TRUE(m_folder.isValid());
        m_path = m_folder.filePath(QStringLiteral("desk.ardesk"));
        ASSERT_TRUE(QFile::copy(templatePath(), m_path));
    }
    void TearDown() override
    {
        m_window.reset();
        BookJob::waitForAll();
    }

    // Opens the book signed in as `login` at the given instant, and waits for the promise
    // evaluation and the first queue read.
    void openAs(const QString &login, const QDateTime &now)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->setClock([now] { return now; });
        m_window->setSignInHandler([login](Book &book, const QString &) -> std::unique_ptr<Session> {
            auto session = AuthService::signIn(book, login, kPassword);
            return session ? std::move(*session) : nullptr;
        });
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        auto opened = m_window->openBook(m_path);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        waitForDesk();
        auto *tester = new QAbstractItemModelTester(m_window->myWorkPage()->model(),
                                                    QAbstractItemModelTester::FailureReportingMode::Fatal,
                                                    m_window->myWorkPage()->model());
        tester->setUseFetchMore(false);
    }
    void waitForDesk()
    {
        ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    return BookJob::running() == 0 && !m_window->myWorkPage()->isLoading()
                            && !m_window->isEvaluatingPromises();
                },
                60'000));
        QCoreApplication::processEvents();
    }
    template<typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    QWidget *currentPage() const { return find<QStackedWidget>("pages")->currentWidget(); }
    Id shownCustomer() const { return m_window->accountView()->customerId().value_or(0); }
    // What the account's timeline says happened (audit actions), newest first.
    QStringList actionsOn(Id customerId) const
    {
        QStringList actions;
        if (auto rows = AccountService(*m_window->session()).activity(customerId))
            for (const ActivityRow &row : *rows)
                actions << row.action;
        return actions;
    }
    std::set<std::pair<Id, QString>> queueKeys() const
    {
        std::set<std::pair<Id, QString>> keys;
        for (const WorklistItem &item : m_window->myWorkPage()->model()->worklist().items)
            keys.insert({item.customerId, item.task});
        return keys;
    }
    Id customerIdOf(const QString &code) const
    {
        CustomerListFilter filter;
        filter.search = code;
        const auto rows = BrowseService(*m_window->session()).customers(filter, {}, kToday, {0, 5});
        for (const CustomerListRow &row : rows.value())
            if (row.code == code)
                return row.id;
        return 0;
    }

    static QTemporaryDir *s_folder;
    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTemporaryDir *CollectorDeskTest::s_folder = nullptr;

TEST_F(CollectorDeskTest, threeAccountsFromTheQueueByKeyboardThenAPromise)
{
    openAs(QStringLiteral("anna"), afternoon());
    MyWorkPage *work = m_window->myWorkPage();
    EXPECT_EQ(work->queueOwner(), QStringLiteral("anna"));
    EXPECT_FALSE(find<QWidget>("queueOwner")->isEnabled()); // a collector sees only her own queue
    const std::vector<WorklistItem> initial = work->model()->worklist().items;
    ASSERT_GE(initial.size(), 4u);
    // Ranked by score, the parts adding up, shown as columns.
    for (std::size_t i = 1; i < initial.size(); ++i)
        EXPECT_GE(initial[i - 1].score.totalHundredths(), initial[i].score.totalHundredths());
    m_window->showPage(MainWindow::Page::MyWork);
    QTableView *table = find<QTableView>("queueTable");
    EXPECT_EQ(table->model()->index(0, WorklistModel::Customer).data().toString(), initial[0].customerCode);
    EXPECT_EQ(find<QLabel>("queueCount")->text(), QStringLiteral("%1 items due").arg(initial.size()));
    EXPECT_TRUE(find<QAction>("actionNextAccount")->shortcut() == QKeySequence(Qt::Key_F8));

    // F8 opens the top account with its task; key 3 = no answer; Ctrl+Enter logs it and
    // moves on to the next account. Three times.
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    for (int worked = 0; worked < 3; ++worked) {
        const WorklistItem expected = work->model()->topItem() ? *work->model()->topItem() : WorklistItem{};
        ASSERT_EQ(currentPage(), m_window->accountView()) << worked;
        ASSERT_EQ(shownCustomer(), expected.customerId) << worked;
        ContactPanel *panel = m_window->contactPanel();
        ASSERT_TRUE(panel->item().has_value());
        EXPECT_EQ(panel->item()->customerId, expected.customerId);
        EXPECT_TRUE(find<QLabel>("contactTask")->isVisible());
        EXPECT_TRUE(find<QLabel>("contactLocalTime")->text().startsWith(QStringLiteral("Customer's local time: ")));
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClick(focus, Qt::Key_3);
        EXPECT_EQ(panel->selectedOutcome(), QStringLiteral("no_answer")) << worked;
        QTest::keyClicks(find<QLineEdit>("contactNotes"), QStringLiteral("rang twice"));
        QTest::keyClick(find<QLineEdit>("contactNotes"), Qt::Key_Return, Qt::ControlModifier);
        // The contact is on the account's timeline; the item left the queue at once.
        EXPECT_TRUE(actionsOn(expected.customerId).contains(QStringLiteral("contact.log"))) << worked;
        EXPECT_FALSE(queueKeys().contains({expected.customerId, expected.task})) << worked;
        waitForDesk();
    }
    // Read again from the book: the three worked accounts wait for their follow-up in a week.
    waitForDesk();
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(queueKeys().contains({initial[std::size_t(i)].customerId, initial[std::size_t(i)].task})) << i;
    EXPECT_EQ(work->model()->worklist().items.size(), initial.size() - 3);

    // The fourth account: a promise to pay through its dialog (Ctrl+Alt+P), then outcome 8.
    ASSERT_EQ(currentPage(), m_window->accountView());
    const Id fourth = shownCustomer();
    ASSERT_EQ(fourth, initial[3].customerId);
    bool dialogSeen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), QStringLiteral("promiseDialog"));
        dialogSeen = true;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("promiseAmount1")), QStringLiteral("150.00"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_TRUE(dialogSeen);
    EXPECT_TRUE(actionsOn(fourth).contains(QStringLiteral("promise.take")));
    EXPECT_EQ(m_window->contactPanel()->selectedOutcome(), QStringLiteral("promise_taken"));
    RecordTableModel *activity = m_window->accountView()->activityModel();
    EXPECT_EQ(activity->index(0, 2).data().toString(), QStringLiteral("Promise to pay taken"));
    QApplication::setActiveWindow(m_window.get()); // the dialog has closed
    find<QLineEdit>("contactNotes")->setFocus();
    QTest::keyClick(find<QLineEdit>("contactNotes"), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(find<QLabel>("contactMessage")->text().toStdString(), "Contact logged.");
    EXPECT_TRUE(actionsOn(fourth).contains(QStringLiteral("contact.log")));
    EXPECT_NE(shownCustomer(), fourth); // moved on
    waitForDesk();
    EXPECT_FALSE(queueKeys().contains({initial[3].customerId, initial[3].task}));
    EXPECT_EQ(work->model()->worklist().items.size(), initial.size() - 4);
}

// Another desk posts (a second process: ardesk-cli post payment, as the clerk): the open
// account view shows the payment and a paid account leaves the queue, each within 5 s,
// without any action here (BookWatcher; the test waits for the change, up to 5 s).
TEST_F(CollectorDeskTest, paymentsPostedByAnotherProcessShowInTheOpenAccountAndEmptyTheQueue)
{
    openAs(QStringLiteral("anna"), afternoon());
    const auto postElsewhere = [&](const WorklistItem &item, MinorUnits amount) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARDESK_PASSWORD"), kPassword);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_folder.filePath(QStringLiteral("data")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ARDESK_CLI_PATH),
                  {QStringLiteral("--book"), m_path, QStringLiteral("--user"), QStringLiteral("carl"),
                   QStringLiteral("post"), QStringLiteral("payment"), QStringLiteral("--customer"), item.customerCode,
                   QStringLiteral("--amount"), QStringLiteral("%1.%2").arg(amount / 100).arg(amount % 100, 2, 10, QLatin1Char('0')),
                   QStringLiteral("--currency"), item.currency, QStringLiteral("--date"), kToday.toString(Qt::ISODate),
                   QStringLiteral("--auto-apply"), QStringLiteral("--reference"), QStringLiteral("ELSEWHERE-%1").arg(item.customerId)});
        EXPECT_TRUE(cli.waitForFinished(120'000));
        EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    };
    find<QAction>("actionMyQueue")->trigger();
    ASSERT_EQ(currentPage(), m_window->myWorkPage());
    const std::vector<WorklistItem> items = m_window->myWorkPage()->model()->worklist().items;
    ASSERT_GE(items.size(), 2u);

    // The queue shown: an account without a task of its own, paid in full elsewhere.
    const auto paid = std::find_if(items.begin(), items.end(), [](const WorklistItem &item) {
        return !item.taskId && item.sourceKind.isEmpty() && item.balance > 0;
    });
    ASSERT_NE(paid, items.end());
    const WorklistItem gone = *paid;
    postElsewhere(gone, gone.balance);
    EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return !m_window->myWorkPage()->isLoading()
                        && !queueKeys().contains({gone.customerId, gone.task});
            },
            5'000))
            << gone.customerCode.toStdString() << " still in the queue";

    // An open account view: a payment posted elsewhere appears in it.
    const WorklistItem &shown = gone.customerId == items[0].customerId ? items[1] : items[0];
    m_window->openAccount(shown.customerId);
    waitForDesk();
    ASSERT_EQ(currentPage(), m_window->accountView());
    const int before = m_window->accountView()->paymentsModel()->rowCount();
    postElsewhere(shown, 100);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->accountView()->paymentsModel()->rowCount() == before + 1; },
                                5'000));
}

TEST_F(CollectorDeskTest, queueFiltersBySearchTaskAndBucket)
{
    openAs(QStringLiteral("anna"), afternoon());
    MyWorkPage *work = m_window->myWorkPage();
    WorklistModel *model = work->model();
    const int all = model->matchingCount();
    ASSERT_GT(all, 0);
    const QString code = model->topItem()->customerCode;
    QTest::keyClicks(find<QLineEdit>("queueSearch"), code);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->matchingCount() < all; }, 5000));
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->itemAt(row)->customerCode, code);
    find<QLineEdit>("queueSearch")->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->matchingCount() == all; }, 5000));
    model->setTaskFilter(TaskKind::review);
    EXPECT_EQ(model->matchingCount(), 0); // the fixture has calls only
    model->setTaskFilter({});
    model->setBucketFilter(0); // not yet due: nothing overdue is a call
    EXPECT_EQ(model->matchingCount(), 0);
    model->setBucketFilter(-1);
    // Sorting by a part keeps equal keys in queue order.
    model->sort(WorklistModel::DaysPastDuePoints, Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_GE(model->itemAt(row - 1)->score.part(ScorePart::DaysPastDue),
                  model->itemAt(row)->score.part(ScorePart::DaysPastDue));
}

TEST_F(CollectorDeskTest, callToLosAngelesAtHalfPastSevenIsBlockedForACollector)
{
    openAs(QStringLiteral("anna"), morningInLosAngeles());
    const Id pacific = customerIdOf(QStringLiteral("C1009")); // America/Los_Angeles, anna's
    ASSERT_NE(pacific, 0);
    m_window->openAccount(pacific);
    ContactPanel *panel = m_window->contactPanel();
    EXPECT_EQ(find<QLabel>("contactLocalTime")->text(),
              QStringLiteral("Customer's local time: Mon 7:30 AM (America/Los_Angeles)"));
    auto *compliance = find<QLabel>("contactCompliance");
    EXPECT_TRUE(compliance->isVisible());
    EXPECT_TRUE(compliance->property("blocked").toBool());
    EXPECT_TRUE(compliance->text().contains(QStringLiteral("07:30"))) << compliance->text().toStdString();
    EXPECT_TRUE(compliance->text().contains(QStringLiteral("Only a supervisor can override")));
    const qsizetype before = actionsOn(pacific).size();
    panel->selectOutcome(QStringLiteral("right_party_contact"));
    QTest::mouseClick(find<QPushButton>("contactLog"), Qt::LeftButton);
    EXPECT_TRUE(find<QLabel>("contactMessage")->text().startsWith(QStringLiteral("The call is blocked")));
    EXPECT_FALSE(find<QLineEdit>("contactOverrideReason")->isVisible()); // not for a collector
    EXPECT_EQ(actionsOn(pacific).size(), before);                        // nothing written
    // A letter is not a call: it goes through.
    panel->setChannel(QStringLiteral("letter"));
    panel->selectOutcome(QStringLiteral("no_answer"));
    ASSERT_TRUE(panel->logContact().has_value());
    EXPECT_TRUE(actionsOn(pacific).contains(QStringLiteral("contact.log")));
    // New York at 10:30 may be called.
    m_window->openAccount(customerIdOf(QStringLiteral("C1007")));
    EXPECT_FALSE(find<QLabel>("contactCompliance")->property("blocked").toBool());
}

TEST_F(CollectorDeskTest, supervisorOverridesTheBlockWithAReasonAndItIsAudited)
{
    openAs(QStringLiteral("sofia"), morningInLosAngeles());
    const Id pacific = customerIdOf(QStringLiteral("C1009"));
    m_window->openAccount(pacific);
    ContactPanel *panel = m_window->contactPanel();
    EXPECT_TRUE(find<QLabel>("contactCompliance")->text().contains(QStringLiteral("override reason")));
    panel->selectOutcome(QStringLiteral("right_party_contact"));
    EXPECT_FALSE(panel->logContact().has_value()); // no reason yet: the field appears
    auto *reason = find<QLineEdit>("contactOverrideReason");
    ASSERT_TRUE(reason->isVisible());
    QTest::keyClicks(reason, QStringLiteral("customer asked to be called before work"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    const QStringList actions = actionsOn(pacific);
    EXPECT_TRUE(actions.contains(QStringLiteral("contact.override"))) << actions.join(u' ').toStdString();
    EXPECT_EQ(find<QLabel>("contactMessage")->text(), QStringLiteral("Contact logged with an override (audited)."));
    EXPECT_EQ(m_window->accountView()->activityModel()->index(0, 2).data().toString(),
              QStringLiteral("Contact logged with a supervisor's override"));
}

TEST_F(CollectorDeskTest, escalationGoesToTheSupervisorsQueueAndComesBack)
{
    openAs(QStringLiteral("anna"), afternoon());
    const Id customer = customerIdOf(QStringLiteral("C1003"));
    m_window->openAccount(customer);
    ASSERT_TRUE(m_window->contactPanel()->escalate(QStringLiteral("wants 12 instalments")).has_value());
    EXPECT_FALSE(find<QAction>("actionEscalationQueue")->isVisible()); // not for a collector
    m_window->closeBook();

    openAs(QStringLiteral("sofia"), afternoon());
    EXPECT_TRUE(find<QAction>("actionEscalationQueue")->isVisible());
    EXPECT_TRUE(find<QAction>("actionPortfolios")->isVisible());
    find<QAction>("actionEscalationQueue")->trigger();
    EscalationQueueWidget *queue = m_window->myWorkPage()->escalations();
    EXPECT_TRUE(queue->isVisible());
    ASSERT_EQ(queue->model()->rowCount(), 1);
    EXPECT_EQ(queue->model()->index(0, 1).data().toString(), QStringLiteral("C1003"));
    EXPECT_EQ(queue->model()->index(0, 6).data().toString(), QStringLiteral("wants 12 instalments"));
    const Id escalation = queue->model()->rowAt(0)->id;
    ASSERT_TRUE(queue->take(escalation).has_value());
    EXPECT_EQ(queue->model()->index(0, 5).data().toString(), QStringLiteral("taken"));
    EXPECT_TRUE(actionsOn(customer).contains(QStringLiteral("escalation.take")));
    ASSERT_TRUE(queue->giveBack(escalation, QStringLiteral("offer 6 instalments")).has_value());
    EXPECT_EQ(queue->model()->rowCount(), 0);
    EXPECT_TRUE(actionsOn(customer).contains(QStringLiteral("escalation.return")));
}

TEST_F(CollectorDeskTest, menusFollowThePermissionMatrix)
{
    openAs(QStringLiteral("carl"), afternoon()); // a clerk: no queue, no collector menu
    EXPECT_FALSE(find<QMenu>("menuCollector")->menuAction()->isVisible());
    EXPECT_FALSE(find<QAction>("actionNextAccount")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("nextAccountButton")->isEnabled());
    m_window->closeBook();
    openAs(QStringLiteral("jonas"), afternoon());
    EXPECT_TRUE(find<QMenu>("menuCollector")->menuAction()->isVisible());
    EXPECT_TRUE(find<QAction>("actionNextAccount")->isEnabled());
    EXPECT_FALSE(find<QAction>("actionPortfolios")->isVisible());
    EXPECT_FALSE(find<QTabWidget>("myWorkTabs")->isTabVisible(2));
}

TEST_F(CollectorDeskTest, supervisorPicksWhoseQueueAndAssignsAPortfolio)
{
    openAs(QStringLiteral("sofia"), afternoon());
    MyWorkPage *work = m_window->myWorkPage();
    EXPECT_TRUE(find<QWidget>("queueOwner")->isEnabled());
    work->setQueueOwner(QStringLiteral("jonas"));
    waitForDesk();
    const auto jonas = work->model()->worklist();
    EXPECT_EQ(jonas.login, QStringLiteral("jonas"));
    ASSERT_FALSE(jonas.items.empty());
    // Move jonas's top account to anna by hand: it leaves his queue.
    PortfolioAssignment assignment;
    assignment.customerCodes << jonas.items.front().customerCode;
    assignment.collectorLogin = QStringLiteral("anna");
    ASSERT_EQ(work->portfolios()->assign(assignment).value_or(0), 1);
    waitForDesk();
    for (const WorklistItem &item : work->model()->worklist().items)
        EXPECT_NE(item.customerCode, assignment.customerCodes.front());
    // In bulk by rule: every Czech-speaking customer billed in CZK goes to jonas.
    PortfolioAssignment rule;
    rule.language = QStringLiteral("cs");
    rule.currency = QStringLiteral("CZK");
    rule.collectorLogin = QStringLiteral("jonas");
    EXPECT_EQ(work->portfolios()->assign(rule).value_or(0), 4); // C1005, C1011, C1019, C1024
    EXPECT_EQ(find<QLabel>("portfolioMessage")->text(), QStringLiteral("4 customers assigned to jonas."));
}

TEST_F(CollectorDeskTest, disputeOpenedAndResolvedFromTheAccount)
{
    openAs(QStringLiteral("anna"), afternoon());
    const Id customer = customerIdOf(QStringLiteral("C1001"));
    m_window->openAccount(customer);
    ContactPanel *panel = m_window->contactPanel();
    InvoiceListFilter filter;
    filter.customerId = customer;
    const auto open = BrowseService(*m_window->session()).invoices(filter, {}, kToday, {0, 10});
    ASSERT_TRUE(open.has_value());
    ASSERT_FALSE(open->empty());
    DisputeInput dispute;
    dispute.invoiceNumber = open->back().number;
    dispute.amount = 100'00;
    dispute.reason = QStringLiteral("quality");
    dispute.openedOn = kToday;
    const auto opened = panel->openDispute(dispute);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    auto *disputes = find<QTableView>("contactDisputes");
    ASSERT_EQ(disputes->model()->rowCount(), 1);
    EXPECT_EQ(disputes->model()->index(0, 0).data().toString(), dispute.invoiceNumber);
    EXPECT_EQ(disputes->model()->index(0, 1).data().toString(), QStringLiteral("100.00"));
    EXPECT_EQ(disputes->model()->index(0, 2).data().toString(), QStringLiteral("Quality"));
    EXPECT_EQ(disputes->model()->index(0, 3).data().toString(), QStringLiteral("0 days"));
    EXPECT_TRUE(actionsOn(customer).contains(QStringLiteral("dispute.open")));
    // Resolved (rejected: collectible again) through its dialog.
    disputes->setCurrentIndex(disputes->model()->index(0, 0));
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *resolution = dialog->findChildren<QComboBox *>().value(0);
        ASSERT_NE(resolution, nullptr);
        resolution->setCurrentIndex(2);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(find<QPushButton>("contactResolveDispute"), Qt::LeftButton);
    EXPECT_EQ(disputes->model()->rowCount(), 0);
    EXPECT_TRUE(actionsOn(customer).contains(QStringLiteral("dispute.resolve")));
}

TEST(TeamQueueFigures, countsEachAccountOnceAndSumsOverduePerCurrency)
{
    Worklist worklist;
    worklist.login = QStringLiteral("jonas");
    auto item = [](Id customer, const char *currency, MinorUnits overdue, int days, const char *source, int broken,
                   bool promiseToday) {
        WorklistItem i;
        i.customerId = customer;
        i.currency = QString::fromLatin1(currency);
        i.overdueAmount = overdue;
        i.daysPastDue = days;
        i.sourceKind = QString::fromLatin1(source);
        i.brokenPromises = broken;
        i.promiseDueToday = promiseToday;
        return i;
    };
    // Account 1 has two items (its figures are the same on both): counted once.
    worklist.items = {item(1, "EUR", 500'00, 40, "", 1, false), item(1, "EUR", 500'00, 40, "dispute", 1, false),
                      item(2, "SEK", 9'000'00, 95, "escalation", 0, true), item(3, "EUR", 700'00, 12, "", 0, true),
                      item(4, "EUR", 0, 0, "promise", 0, false)};
    const TeamQueueFigures f = teamQueueFigures(worklist);
    EXPECT_EQ(f.login, QStringLiteral("jonas"));
    EXPECT_EQ(f.items, 5);
    EXPECT_EQ(f.accounts, 4);
    EXPECT_EQ(f.promisesDueToday, 2);
    EXPECT_EQ(f.withBrokenPromises, 1);
    EXPECT_EQ(f.disputeItems, 1);
    EXPECT_EQ(f.escalationItems, 1);
    EXPECT_EQ(f.mostDaysPastDue, 95);
    const std::vector<std::pair<QString, MinorUnits>> overdue{{QStringLiteral("SEK"), 9'000'00},
                                                              {QStringLiteral("EUR"), 1'200'00}};
    EXPECT_EQ(f.overdue, overdue);
    EXPECT_EQ(teamQueueFigures(Worklist{}).items, 0);
}

TEST_F(CollectorDeskTest, supervisorSeesEveryQueueSideBySideAndOpensOne)
{
    openAs(QStringLiteral("jonas"), afternoon()); // a collector: no Team tab
    auto *tabs = find<QTabWidget>("myWorkTabs");
    EXPECT_FALSE(tabs->isTabVisible(5));
    m_window->closeBook();

    openAs(QStringLiteral("sofia"), afternoon());
    MyWorkPage *work = m_window->myWorkPage();
    tabs = find<QTabWidget>("myWorkTabs");
    ASSERT_TRUE(tabs->isTabVisible(5));
    m_window->showPage(MainWindow::Page::MyWork);
    work->showTab(5);
    TeamQueuesWidget *team = work->team();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !team->isLoading() && team->model()->rowCount() > 0; }, 60'000));
    waitForDesk();

    // One row per queue, with the figures of that user's own queue.
    const auto all = CollectionService(*m_window->session()).allWorklists(kToday);
    ASSERT_TRUE(all.has_value());
    ASSERT_EQ(team->model()->rowCount(), static_cast<int>(all->size()));
    QAbstractItemModel *shown = team->table()->model();
    auto rowOf = [&](const QString &login) {
        for (int r = 0; r < shown->rowCount(); ++r)
            if (shown->index(r, TeamQueuesWidget::Owner).data(RecordTableModel::RawValueRole).toString() == login)
                return r;
        return -1;
    };
    const auto jonasQueue = CollectionService(*m_window->session()).worklist(QStringLiteral("jonas"), kToday);
    ASSERT_TRUE(jonasQueue.has_value());
    ASSERT_FALSE(jonasQueue->items.empty());
    const int jonas = rowOf(QStringLiteral("jonas"));
    ASSERT_GE(jonas, 0);
    EXPECT_EQ(shown->index(jonas, TeamQueuesWidget::Items).data(RecordTableModel::RawValueRole).toLongLong(),
              static_cast<qint64>(jonasQueue->items.size()));
    EXPECT_EQ(shown->index(jonas, TeamQueuesWidget::Accounts).data(RecordTableModel::RawValueRole).toLongLong(),
              teamQueueFigures(*jonasQueue).accounts);
    EXPECT_TRUE(shown->index(jonas, TeamQueuesWidget::Owner).data().toString().contains(QStringLiteral("jonas")));

    // Sorted by the items due, most first.
    for (int r = 1; r < shown->rowCount(); ++r)
        EXPECT_GE(shown->index(r - 1, TeamQueuesWidget::Items).data(RecordTableModel::RawValueRole).toLongLong(),
                  shown->index(r, TeamQueuesWidget::Items).data(RecordTableModel::RawValueRole).toLongLong());

    // F5 (View > Refresh) reads every queue again: a new reassignment shows.
    ASSERT_TRUE(team->model()->rowCount() > 0);
    PortfolioAssignment assignment;
    assignment.customerCodes << jonasQueue->items.front().customerCode;
    assignment.collectorLogin = QStringLiteral("anna");
    ASSERT_TRUE(CollectionService(*m_window->session()).assignPortfolio(assignment).has_value());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(team->isLoading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !team->isLoading(); }, 60'000));
    waitForDesk();
    const auto jonasAfter = CollectionService(*m_window->session()).worklist(QStringLiteral("jonas"), kToday);
    ASSERT_TRUE(jonasAfter.has_value());
    EXPECT_LT(jonasAfter->items.size(), jonasQueue->items.size());
    EXPECT_EQ(shown->index(rowOf(QStringLiteral("jonas")), TeamQueuesWidget::Items)
                      .data(RecordTableModel::RawValueRole)
                      .toLongLong(),
              static_cast<qint64>(jonasAfter->items.size()));

    // Enter on jonas's row opens his queue on the Queue tab.
    team->table()->setFocus();
    team->table()->setCurrentIndex(shown->index(rowOf(QStringLiteral("jonas")), 0));
    QTest::keyClick(team->table(), Qt::Key_Return);
    EXPECT_EQ(tabs->currentIndex(), 0);
    EXPECT_EQ(work->queueOwner(), QStringLiteral("jonas"));
    waitForDesk();
    EXPECT_EQ(work->model()->worklist().items.size(), jonasAfter->items.size());
}

} // namespace
} // namespace ardesk
