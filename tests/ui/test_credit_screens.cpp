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
#include "services/account_service.h"
#include "services/ledger_service.h"
#include "ui/credit/account_plans.h"
#include "ui/credit/approval_widgets.h"
#include "ui/credit/credit_hold.h"
#include "ui/credit/plan_dialog.h"
#include "ui/credit/review_widgets.h"
#include "ui/invoices/invoice_list_model.h"
#include "ui/credit/searchable_table.h"
#include "ui/payments/apply_lines_model.h"
#include "ui/payments/payment_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
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
                if (dialog->isVisible()) { // the step did not close it: fail, do not hang
                    ADD_FAILURE() << "the dialog stayed open";
                    dialog->reject();
                }
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
    QApplication::processEvents(); // pending layouts first
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

    // Open amount now of an invoice, as the book has it.
    MinorUnits openOf(const QString &number)
    {
        InvoiceListFilter filter;
        filter.search = number;
        filter.status = InvoiceStatusFilter::All;
        // The rows in a variable of their own: a range-for over value() of the temporary result
        // would read them after the result is gone.
        const std::vector<InvoiceListRow> rows = BrowseService(*m_owner).invoices(filter, {}, kToday, {0, 5}).value();
        for (const InvoiceListRow &row : rows)
            if (row.number == number)
                return row.open;
        return -1;
    }
    QString firstOpenInvoice(const QString &code)
    {
        InvoiceListFilter filter;
        filter.customerId = customerId(code);
        const auto rows = BrowseService(*m_owner).invoices(filter, {}, kToday, {0, 1}).value();
        return rows.empty() ? QString() : rows.front().number;
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

// --- write-offs and approvals ---------------------------------------------------------------------

// C1003 is an EUR customer: the seeded limits (supervisor 5,000.00 EUR, manager none) apply.
TEST_F(CreditScreensTest, aWriteOffRequestedOnTheAccountIsApprovedFromTheQueueAndPosted)
{
    Session &anna = as(QStringLiteral("anna"));
    auto account = accountOf(anna, QStringLiteral("C1003"));
    auto *openItems = account->findChild<QTableView *>(QStringLiteral("accountOpenItems"));
    ASSERT_GT(openItems->model()->rowCount(), 0);
    openItems->selectRow(0);
    const QString invoice = openItems->model()->index(0, InvoiceListModel::Number).data().toString();
    const MinorUnits openBefore = openOf(invoice);
    ASSERT_GT(openBefore, 100'00);
    auto *request = account->findChild<QPushButton *>(QStringLiteral("accountRequestWriteOff"));
    ASSERT_NE(request, nullptr);
    ASSERT_TRUE(request->isEnabled());
    whenDialogOpens<WriteOffRequestDialog>([&](WriteOffRequestDialog &dialog) {
        auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("writeOffAmount"));
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("100.00"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("writeOffReason")),
                         QStringLiteral("Price difference the customer will never pay"));
        shot(dialog, "write-off-request.png");
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("writeOffOk")), Qt::LeftButton);
    });
    QTest::mouseClick(request, Qt::LeftButton);
    EXPECT_EQ(openOf(invoice), openBefore) << "a request posts nothing";

    // Sofia (supervisor) approves it from her queue.
    Session &sofia = as(QStringLiteral("sofia"));
    ApprovalQueueWidget queue;
    queue.setToday(kToday);
    queue.setSession(&sofia);
    queue.resize(1100, 500);
    queue.show();
    ASSERT_EQ(queue.table()->proxy()->rowCount(), 1);
    EXPECT_EQ(queue.items()[0].request.invoiceNumber, invoice);
    EXPECT_EQ(queue.items()[0].request.amount, 100'00);
    EXPECT_TRUE(queue.items()[0].withinMyLimit);
    queue.table()->view()->selectRow(0);
    auto *approve = queue.findChild<QPushButton *>(QStringLiteral("approveButton"));
    ASSERT_TRUE(approve->isEnabled());
    shot(queue, "approval-queue.png");
    whenDialogOpens<ApprovalNoteDialog>([&](ApprovalNoteDialog &dialog) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("approvalNote")), QStringLiteral("ok"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("approvalNoteOk")), Qt::LeftButton);
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    EXPECT_EQ(openOf(invoice), openBefore - 100'00) << "the approval posts the write-off";
    EXPECT_EQ(queue.table()->proxy()->rowCount(), 0);
}

TEST_F(CreditScreensTest, aRejectionNeedsANoteAndNobodyApprovesTheirOwnRequest)
{
    Session &sofia = as(QStringLiteral("sofia"));
    const QString invoice = firstOpenInvoice(QStringLiteral("C1003"));
    ASSERT_TRUE(ApprovalService(sofia).requestWriteOff(invoice, 50'00, QStringLiteral("rounding")));
    ApprovalQueueWidget queue;
    queue.setToday(kToday);
    queue.setSession(&sofia);
    queue.table()->view()->selectRow(0);
    EXPECT_FALSE(queue.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled()) << "own request";
    auto *reject = queue.findChild<QPushButton *>(QStringLiteral("rejectButton"));
    ASSERT_TRUE(reject->isEnabled());
    bool okDisabledWithoutNote = false;
    whenDialogOpens<ApprovalNoteDialog>([&](ApprovalNoteDialog &dialog) {
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("approvalNoteOk"));
        okDisabledWithoutNote = !ok->isEnabled();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("approvalNote")),
                         QStringLiteral("Call them first: they promised to pay"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(reject, Qt::LeftButton);
    EXPECT_TRUE(okDisabledWithoutNote);
    const auto queueAfter = ApprovalService(*m_owner).queue().value();
    EXPECT_TRUE(queueAfter.empty());
}

// A long reason is shown whole: the Reason column takes the free width and wraps with the
// row as high as the text, and the selected request's reason is in full below the list.
TEST_F(CreditScreensTest, theApprovalQueueShowsALongReasonWhole)
{
    const QString reason = QStringLiteral(
            "The customer went into insolvency proceedings on 12 June; the administrator confirmed in writing that "
            "unsecured creditors will receive nothing, and our claim of this invoice was filed but rejected as "
            "late, so nothing of it will ever be paid.");
    Session &anna = as(QStringLiteral("anna"));
    ASSERT_TRUE(ApprovalService(anna).requestWriteOff(firstOpenInvoice(QStringLiteral("C1003")), 50'00, reason));
    Session &sofia = as(QStringLiteral("sofia"));
    ApprovalQueueWidget queue;
    queue.setToday(kToday);
    queue.setSession(&sofia);
    queue.resize(1100, 500);
    queue.show();
    QApplication::processEvents();
    QTableView *view = queue.table()->view();
    ASSERT_EQ(queue.table()->proxy()->rowCount(), 1);
    EXPECT_EQ(view->horizontalHeader()->sectionResizeMode(4), QHeaderView::Stretch);
    EXPECT_TRUE(view->wordWrap());
    const int lineHeight = view->fontMetrics().height();
    const int textWidth = view->fontMetrics().horizontalAdvance(reason);
    const int columnWidth = view->columnWidth(4);
    ASSERT_GT(textWidth, columnWidth) << "the reason is longer than its column: it must wrap";
    EXPECT_GE(view->rowHeight(0), lineHeight * (textWidth / columnWidth + 1))
            << "row " << view->rowHeight(0) << " px, column " << columnWidth << " px, text " << textWidth << " px";
    view->selectRow(0);
    auto *detail = queue.findChild<QLabel *>(QStringLiteral("approvalDetail"));
    ASSERT_NE(detail, nullptr);
    EXPECT_TRUE(detail->isVisible());
    EXPECT_TRUE(detail->text().contains(reason.toHtmlEscaped())) << detail->text().toStdString();
    shot(queue, "approval-queue-long-reason.png");
}

TEST_F(CreditScreensTest, aClerkCannotRequestOrApproveWriteOffs)
{
    Session &carl = as(QStringLiteral("carl"));
    auto account = accountOf(carl, QStringLiteral("C1003"));
    account->findChild<QTableView *>(QStringLiteral("accountOpenItems"))->selectRow(0);
    EXPECT_FALSE(account->findChild<QPushButton *>(QStringLiteral("accountRequestWriteOff"))->isEnabled());
    ApprovalQueueWidget queue;
    queue.setSession(&carl);
    EXPECT_FALSE(queue.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    const auto refused = ApprovalService(carl).requestWriteOff(firstOpenInvoice(QStringLiteral("C1003")), 10'00,
                                                               QStringLiteral("x"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

// --- payment plans --------------------------------------------------------------------------------

// C1001's overdue items: 250.00 + 3,400.50 + 4,400.50 = 8,051.00 SEK; 51.00 down and three
// monthly instalments of 2,666.66, 2,666.66 and 2,666.68 from 31 July.
TEST_F(CreditScreensTest, aPlanIsMadeFromTheOverdueItemsWithTheScheduleShownLiveAndListedOnTheAccount)
{
    Session &sofia = as(QStringLiteral("sofia"));
    auto account = accountOf(sofia, QStringLiteral("C1001"));
    auto *newPlan = account->findChild<QPushButton *>(QStringLiteral("accountNewPlan"));
    ASSERT_NE(newPlan, nullptr);
    ASSERT_TRUE(newPlan->isEnabled());
    std::vector<std::pair<QDate, MinorUnits>> shown;
    QString agreement;
    whenDialogOpens<PlanDialog>([&](PlanDialog &dialog) {
        EXPECT_EQ(dialog.total(), 8'051'00);
        auto *instalments = dialog.findChild<QSpinBox *>(QStringLiteral("planInstalments"));
        instalments->selectAll();
        QTest::keyClicks(instalments, QStringLiteral("3"));
        dialog.findChild<QDateEdit *>(QStringLiteral("planFirstDate"))->setDate(QDate(2026, 7, 31));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("planDownPayment")), QStringLiteral("51.00"));
        shown = dialog.schedule();
        EXPECT_EQ(dialog.findChild<QTableWidget *>(QStringLiteral("planSchedule"))->rowCount(), 4);
        shot(dialog, "payment-plan.png");
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("planCreate")), Qt::LeftButton);
        // Saved: the dialog stays open with the plan fixed and offers its agreement.
        ASSERT_TRUE(dialog.isVisible());
        ASSERT_TRUE(dialog.planId().has_value());
        EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("planCreate"))->isVisible());
        EXPECT_FALSE(dialog.findChild<QSpinBox *>(QStringLiteral("planInstalments"))->isEnabled());
        auto *print = dialog.findChild<QPushButton *>(QStringLiteral("planPrintAgreement"));
        ASSERT_TRUE(print->isVisible());
        ASSERT_TRUE(print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        agreement = dialog.lastAgreementFile();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("planClose")), Qt::LeftButton);
    });
    QTest::mouseClick(newPlan, Qt::LeftButton);
    const std::vector<std::pair<QDate, MinorUnits>> expected{{kToday, 51'00},
                                                             {QDate(2026, 7, 31), 2'666'66},
                                                             {QDate(2026, 8, 31), 2'666'66},
                                                             {QDate(2026, 9, 30), 2'666'68}};
    EXPECT_EQ(shown, expected);
    const auto plans = PlanService(*m_owner).plans(QStringLiteral("active")).value();
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].customerCode, QStringLiteral("C1001"));
    EXPECT_EQ(plans[0].total, 8'051'00);
    EXPECT_EQ(plans[0].downPayment, 51'00);
    const auto schedule = PlanService(*m_owner).schedule(plans[0].id, kToday).value();
    ASSERT_EQ(schedule.lines.size(), 4u);
    EXPECT_EQ(schedule.lines[3].instalment.amount, 2'666'68);
    // The account lists the instalments and shows the items on the plan apart in its aging.
    auto *rows = account->findChild<SearchableTable *>(QStringLiteral("accountPlansTable"));
    ASSERT_NE(rows, nullptr);
    EXPECT_EQ(rows->model()->rowCount(), 4);
    auto *onPlans = account->findChild<QLabel *>(QStringLiteral("agingOnPlans"));
    ASSERT_NE(onPlans, nullptr);
    EXPECT_EQ(onPlans->property("amount").toLongLong(), 8'051'00);
    account->findChild<QTabWidget *>(QStringLiteral("accountTabs"))
            ->setCurrentWidget(account->findChild<QWidget *>(QStringLiteral("accountPlansTable"))->parentWidget());
    shot(*account, "account-plans.png");

    // The agreement printed from the dialog: a PDF, recorded on the account's timeline.
    QFile pdf(agreement);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly)) << agreement.toStdString();
    EXPECT_EQ(pdf.read(5), QByteArray("%PDF-"));
    pdf.close();
    QFile::remove(agreement);
    auto timelineRows = [&](const QString &action) {
        int n = 0;
        for (int r = 0; r < account->activityModel()->rowCount(); ++r)
            if (account->activityModel()->rowAt(r)->cells[2].raw.toString() == action)
                ++n;
        return n;
    };
    account->showCustomer(customerId(QStringLiteral("C1001")));
    EXPECT_EQ(timelineRows(QStringLiteral("plan_agreement.print")), 1);
    // Printed again from the Payment plans tab: the selected plan's agreement, recorded again.
    auto *print = account->findChild<QPushButton *>(QStringLiteral("accountPrintAgreement"));
    ASSERT_NE(print, nullptr);
    EXPECT_FALSE(print->isEnabled()) << "no plan selected";
    rows->view()->selectRow(0);
    ASSERT_TRUE(print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);
    auto *plansTab = account->findChild<AccountPlansWidget *>();
    ASSERT_NE(plansTab, nullptr);
    EXPECT_TRUE(QFile::exists(plansTab->lastAgreementFile()));
    QFile::remove(plansTab->lastAgreementFile());
    account->showCustomer(customerId(QStringLiteral("C1001")));
    EXPECT_EQ(timelineRows(QStringLiteral("plan_agreement.reprint")), 1);
    // The timeline row opens the stored agreement ("Open letter").
    auto *activity = account->findChild<QTableView *>(QStringLiteral("accountActivity"));
    auto *open = account->findChild<QPushButton *>(QStringLiteral("openLetterButton"));
    for (int r = 0; r < account->activityModel()->rowCount(); ++r)
        if (account->activityModel()->rowAt(r)->cells[2].raw.toString() == u"plan_agreement.print")
            activity->setCurrentIndex(account->activityModel()->index(r, 0));
    ASSERT_TRUE(open->isEnabled());
    EXPECT_EQ(account->activityModel()->rowAt(activity->currentIndex().row())->cells[2].text,
              QStringLiteral("Payment plan agreement printed"));
    open->click();
    QFile reopened(open->property("lastFile").toString());
    ASSERT_TRUE(reopened.open(QIODevice::ReadOnly));
    EXPECT_EQ(reopened.read(5), QByteArray("%PDF-"));
    reopened.close();
    QFile::remove(reopened.fileName());
}

TEST_F(CreditScreensTest, aClerkCannotMakeAPlan)
{
    Session &carl = as(QStringLiteral("carl"));
    auto account = accountOf(carl, QStringLiteral("C1001"));
    EXPECT_FALSE(account->findChild<QPushButton *>(QStringLiteral("accountNewPlan"))->isEnabled());
    PlanDialog dialog(carl, customerId(QStringLiteral("C1001")), kToday);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("planCreate"))->isEnabled());
    // Nor print a plan's agreement: the button stays disabled on a selected plan.
    PlanInput made;
    made.customerCode = QStringLiteral("C1001");
    made.invoiceNumbers = {firstOpenInvoice(QStringLiteral("C1001"))};
    made.createdOn = kToday;
    made.firstDate = kToday.addMonths(1);
    ASSERT_TRUE(PlanService(*m_owner).create(made));
    account->showCustomer(customerId(QStringLiteral("C1001")));
    account->findChild<SearchableTable *>(QStringLiteral("accountPlansTable"))->view()->selectRow(0);
    EXPECT_FALSE(account->findChild<QPushButton *>(QStringLiteral("accountPrintAgreement"))->isEnabled());
    PlanInput input;
    input.customerCode = QStringLiteral("C1001");
    input.invoiceNumbers = {QStringLiteral("INV-00001")};
    input.createdOn = kToday;
    input.firstDate = kToday.addMonths(1);
    const auto refused = PlanService(carl).create(input);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

// --- credit reviews -------------------------------------------------------------------------------

// An agency score of C1003 (no limit yet) falls from 700 to 600 (threshold 50): its review
// is due now; the manager sets a limit of 10,000.00.
TEST_F(CreditScreensTest, theManagerRaisesTheLimitFromTheReviewQueueAndTheSupervisorCannot)
{
    const QByteArray scores = "customer_code,agency,score,rating,date\n"
                              "C1003,Creditreform,700,B,2026-05-01\n"
                              "C1003,Creditreform,600,C,2026-06-20\n";
    const auto imported = CreditService(*m_owner).importAgencyScoresData(QStringLiteral("scores.csv"), scores);
    ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();

    Session &sofia = as(QStringLiteral("sofia"));
    ReviewQueueWidget supervisorView;
    supervisorView.setToday(kToday);
    supervisorView.setSession(&sofia);
    ASSERT_GE(supervisorView.table()->proxy()->rowCount(), 1);
    EXPECT_FALSE(supervisorView.findChild<QPushButton *>(QStringLiteral("reviewDecideButton"))->isEnabled());

    Session &maja = as(QStringLiteral("maja"));
    ReviewQueueWidget queue;
    queue.setToday(kToday);
    queue.setSession(&maja);
    queue.resize(1000, 420);
    queue.show();
    queue.table()->search()->setText(QStringLiteral("C1003"));
    ASSERT_EQ(queue.table()->proxy()->rowCount(), 1);
    EXPECT_TRUE(queue.table()->proxy()->index(0, 4).data().toString().contains(u"agency score"));
    queue.table()->view()->selectRow(0);
    shot(queue, "credit-reviews.png");
    auto *decide = queue.findChild<QPushButton *>(QStringLiteral("reviewDecideButton"));
    ASSERT_TRUE(decide->isEnabled());
    whenDialogOpens<ReviewDialog>([&](ReviewDialog &dialog) {
        auto *decision = dialog.findChild<QComboBox *>(QStringLiteral("reviewDecision"));
        decision->setCurrentIndex(decision->findData(QStringLiteral("raise")));
        auto *limit = dialog.findChild<QLineEdit *>(QStringLiteral("reviewNewLimit"));
        EXPECT_TRUE(limit->isVisible());
        QTest::keyClicks(limit, QStringLiteral("10,000.00"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("reviewNotes")),
                         QStringLiteral("Score down a class"));
        shot(dialog, "credit-review-dialog.png");
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reviewRecord")), Qt::LeftButton);
        if (dialog.isVisible())
            ADD_FAILURE() << dialog.findChild<QLabel *>(QStringLiteral("reviewMessage"))->text().toStdString();
    });
    QTest::mouseClick(decide, Qt::LeftButton);
    const auto header = AccountService(*m_owner).header(customerId(QStringLiteral("C1003")), kToday).value();
    ASSERT_TRUE(header.customer.creditLimit.has_value());
    EXPECT_EQ(*header.customer.creditLimit, 10'000'00);
    const auto reviews = CreditService(*m_owner).reviews(QStringLiteral("C1003")).value();
    ASSERT_EQ(reviews.size(), 1u);
    EXPECT_EQ(reviews[0].decision, QStringLiteral("raise"));
    EXPECT_EQ(reviews[0].reviewerId, maja.actor().userId);
    EXPECT_EQ(queue.table()->proxy()->rowCount(), 0) << "no longer due";

    ReviewInput input;
    input.customerCode = QStringLiteral("C1003");
    input.date = kToday;
    const auto refused = CreditService(sofia).recordReview(input);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

// --- the early-payment discount -------------------------------------------------------------------

// C1001's policy offers 2/10 net 30. A new invoice of 1,000.00 SEK issued 25 June: a payment
// on 30 June (within the 10 days, up to 5 July) gets 20.00 off; on 6 July nothing.
class DiscountTest : public CreditScreensTest
{
protected:
    void SetUp() override
    {
        CreditScreensTest::SetUp();
        Invoice invoice;
        invoice.number = QStringLiteral("INV-D1");
        invoice.issueDate = QDate(2026, 6, 25);
        invoice.dueDate = QDate(2026, 7, 25);
        invoice.amount = 1'000'00;
        invoice.currency = QStringLiteral("SEK");
        ASSERT_TRUE(LedgerService(*m_owner).postInvoice(invoice, QStringLiteral("C1001")));
    }
    static int rowOf(PaymentDialog &dialog, const QString &number)
    {
        for (std::size_t row = 0; row < dialog.itemsModel()->lines().size(); ++row)
            if (dialog.itemsModel()->lines()[row].number == number)
                return int(row);
        return -1;
    }
};

TEST_F(DiscountTest, withinThePeriodTheClerkTakesTheDiscountAndTheItemCloses)
{
    Session &carl = as(QStringLiteral("carl"));
    PaymentDialog dialog(carl, kToday);
    dialog.setCustomer(customerId(QStringLiteral("C1001")));
    dialog.resize(1000, 640);
    dialog.show();
    auto *info = dialog.findChild<QLabel *>(QStringLiteral("paymentDiscountInfo"));
    auto *take = dialog.findChild<QPushButton *>(QStringLiteral("takeDiscountButton"));
    ASSERT_TRUE(info->isVisible());
    EXPECT_TRUE(info->text().contains(u"INV-D1: 20.00 SEK")) << info->text().toStdString();
    ASSERT_EQ(dialog.discountsOffered().size(), 1u);
    EXPECT_EQ(dialog.discountsOffered()[0].second, 20'00);
    ASSERT_TRUE(take->isEnabled());
    QTest::mouseClick(take, Qt::LeftButton);
    const int row = rowOf(dialog, QStringLiteral("INV-D1"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(dialog.itemsModel()->lines()[std::size_t(row)].apply, 980'00);
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount"))->text(), QStringLiteral("980.00"));
    shot(dialog, "payment-discount.png");
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("postPaymentButton")), Qt::LeftButton);
    EXPECT_EQ(openOf(QStringLiteral("INV-D1")), 0) << "980.00 paid and 20.00 credited";
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("paymentMessage"))->text().contains(u"20.00 SEK"));
}

TEST_F(DiscountTest, afterThePeriodNothingIsOffered)
{
    Session &carl = as(QStringLiteral("carl"));
    PaymentDialog dialog(carl, QDate(2026, 7, 6));
    dialog.setCustomer(customerId(QStringLiteral("C1001")));
    dialog.show();
    EXPECT_TRUE(dialog.discountsOffered().empty());
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("paymentDiscountInfo"))->isVisible());
    // The last day of the period still offers it: moving the payment date back shows it.
    dialog.findChild<QDateEdit *>(QStringLiteral("paymentDate"))->setDate(QDate(2026, 7, 5));
    ASSERT_EQ(dialog.discountsOffered().size(), 1u);
    EXPECT_EQ(dialog.discountsOffered()[0].second, 20'00);
}

TEST_F(DiscountTest, aRoleThatMayNotPostCreditNotesSeesTheOfferButCannotTakeIt)
{
    Session &sofia = as(QStringLiteral("sofia"));
    PaymentDialog dialog(sofia, kToday);
    dialog.setCustomer(customerId(QStringLiteral("C1001")));
    dialog.show();
    ASSERT_EQ(dialog.discountsOffered().size(), 1u);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("takeDiscountButton"))->isEnabled());
}

} // namespace
} // namespace ardesk
