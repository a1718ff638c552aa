// The credit-control pictures of the documentation (src/ui/credit/credit_screenshots.h) made
// offscreen from a real main window on a fixture book with a hold, a plan, a waiting
// write-off request, a due review and a discount on offer: every picture is written (in the
// running language), and making them writes nothing to the book (no plan, release, review,
// approval or agreement).

#include "fixture_book.h"

#include "services/approval_service.h"
#include "services/browse_service.h"
#include "services/credit_service.h"
#include "services/ledger_service.h"
#include "services/plan_service.h"
#include "ui/common/book_job.h"
#include "ui/credit/credit_screenshots.h"
#include "ui/main_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

TEST(CreditScreenshots, everyCreditScreenIsPicturedAndNothingIsWrittenToTheBook)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QDate today = QDate::currentDate();
    const QString path = folder.filePath(QStringLiteral("shots.ardesk"));
    auto built = testing::buildFixtureBook(path, {today, 4});
    ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
    {
        auto book = BookService::open(path);
        ASSERT_TRUE(book.has_value());
        auto owner = BookService::localSession(**book);
        ASSERT_TRUE(owner.has_value());
        CreditService credit(**owner);
        CreditPolicy policy;
        policy.name = QStringLiteral("Strict");
        policy.holdDaysPastDue = 30;
        policy.discountPercentHundredths = 200;
        policy.discountDays = 10;
        ASSERT_TRUE(credit.savePolicy(policy));
        ASSERT_TRUE(credit.assignPolicy(QStringLiteral("C1001"), QStringLiteral("Strict")));
        ASSERT_TRUE(credit.assignPolicy(QStringLiteral("C1002"), QStringLiteral("Strict")));
        ASSERT_TRUE(credit.evaluateHolds(today).has_value());
        Invoice invoice;
        invoice.number = QStringLiteral("INV-DISC");
        invoice.issueDate = today.addDays(-2);
        invoice.dueDate = today.addDays(28);
        invoice.amount = 1'000'00;
        ASSERT_TRUE(LedgerService(**owner).postInvoice(invoice, QStringLiteral("C1002")));
        InvoiceListFilter filter;
        filter.status = InvoiceStatusFilter::Open;
        filter.search = QStringLiteral("C1003");
        const auto open = BrowseService(**owner).invoices(filter, {}, today, {0, 5});
        ASSERT_TRUE(open.has_value() && open->size() >= 2);
        PlanInput plan;
        plan.customerCode = QStringLiteral("C1003");
        plan.invoiceNumbers = {open->front().number};
        plan.createdOn = today;
        plan.firstDate = today.addMonths(1);
        ASSERT_TRUE(PlanService(**owner).create(plan));
        ASSERT_TRUE(ApprovalService(**owner).requestWriteOff(open->back().number, 10'00,
                                                             QStringLiteral("Rounding difference on the last payment")));
    }

    QSettings().clear();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openBook(path).has_value());
    QElapsedTimer wait;
    wait.start();
    while ((BookJob::running() > 0 || window.isRunningOpenRun()) && wait.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    auto count = [&](const QString &sql) {
        QSqlQuery q = window.session()->book().exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    const QString changes = QStringLiteral(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('plan.create', 'hold.release', 'credit_review.record', "
            "'write_off.approve', 'write_off.reject', 'plan_agreement.print', 'payment.post', 'credit_note.post')");
    const qint64 before = count(changes);

    const QString out = folder.filePath(QStringLiteral("pictures"));
    QDir().mkpath(out);
    QStringList written;
    const auto made = writeCreditScreenshots(window, out, written);
    ASSERT_TRUE(made.has_value()) << made.error().message.toStdString();
    QStringList expected{QStringLiteral("settings-credit-policies.png"), QStringLiteral("settings-strategies.png"),
                         QStringLiteral("settings-interest.png"),        QStringLiteral("settings-letter-templates.png"),
                         QStringLiteral("letter-run.png"),               QStringLiteral("account-hold.png"),
                         QStringLiteral("release-hold.png"),             QStringLiteral("approval-queue.png"),
                         QStringLiteral("payment-plan.png"),             QStringLiteral("account-plans.png"),
                         QStringLiteral("payment-discount.png"),         QStringLiteral("credit-reviews.png"),
                         QStringLiteral("credit-review-dialog.png")};
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        expected << QStringLiteral("plan-agreement.png");
    for (const QString &file : expected) {
        const QImage image(QDir(out).filePath(file));
        EXPECT_FALSE(image.isNull()) << file.toStdString();
        EXPECT_GT(image.width(), 200) << file.toStdString();
        EXPECT_TRUE(written.contains(QDir(out).filePath(file))) << file.toStdString();
    }
    EXPECT_EQ(count(changes), before) << "pictures are taken, nothing is posted or recorded";
}

} // namespace
} // namespace ardesk
