// Issue 6, an invoice in instalments on the screens that list open items (docs/credit-policy.md
// "Instalment terms", "The open-items list"): the account's open items and the payment
// dialog's lines show the oldest open part's due date ("... (part 1 of 3)") and its days past
// due, with the invoice's own due date in the tooltip; the account's header counts the oldest
// item by part. With ARDESK_TEST_SHOTS=DIR the screens are saved as PNGs there.

#include "services/book_service.h"
#include "services/credit_service.h"
#include "services/ledger_service.h"
#include "ui/account/account_view.h"
#include "ui/common/display_format.h"
#include "ui/payments/payment_dialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

const QDate kToday(2026, 1, 21);

void shot(QWidget &widget, const char *file)
{
    const QString folder = qEnvironmentVariable("ARDESK_TEST_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QApplication::processEvents();
    widget.grab().save(QDir(folder).filePath(QString::fromLatin1(file)), "PNG");
}

// The row of `model` whose first column is `number`, or -1.
int rowOf(const QAbstractItemModel &model, const QString &number)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString() == number)
            return r;
    return -1;
}

class InstalmentLinesUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(m_dir.filePath(QStringLiteral("lines.ardesk")));
        ASSERT_TRUE(book) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session);
        m_session = std::move(*session);
        CreditPolicy policy;
        policy.name = QStringLiteral("Later");
        policy.instalmentTerms = QStringLiteral("10/60/90");
        ASSERT_TRUE(CreditService(*m_session).savePolicy(policy));
        LedgerService ledger(*m_session);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Instalment Customer");
        c.currency = QStringLiteral("EUR");
        c.termsDays = 60;
        const auto added = ledger.addCustomer(c);
        ASSERT_TRUE(added);
        m_customerId = *added;
        ASSERT_TRUE(CreditService(*m_session).assignPolicy(c.code, policy.name));
        Invoice i;
        i.number = QStringLiteral("INV-1");
        i.issueDate = QDate(2026, 1, 1);
        i.dueDate = QDate(2026, 3, 2); // its own due date; the first part is due 11 Jan
        i.amount = 90000;
        ASSERT_TRUE(ledger.postInvoice(i, c.code));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    Id m_customerId = 0;
};

TEST_F(InstalmentLinesUi, theAccountAndThePaymentDialogShowTheOldestOpenPart)
{
    AccountView account;
    account.setSession(m_session.get());
    account.setToday(kToday);
    account.showCustomer(m_customerId);
    account.resize(1200, 600);
    account.show();
    auto *items = account.findChild<QTableView *>(QStringLiteral("accountOpenItems"));
    ASSERT_NE(items, nullptr);
    const QAbstractItemModel &model = *items->model();
    const int row = rowOf(model, QStringLiteral("INV-1"));
    ASSERT_GE(row, 0);
    int due = -1; // the due date column: it names the part
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.index(row, c).data().toString().contains(QStringLiteral("(part 1 of 3)")))
            due = c;
    ASSERT_GE(due, 0);
    EXPECT_TRUE(model.index(row, due).data().toString().startsWith(formatDate(QDate(2026, 1, 11))))
            << model.index(row, due).data().toString().toStdString();
    const QString tip = model.index(row, due).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(formatDate(QDate(2026, 3, 2)))) << tip.toStdString(); // the invoice's own
    // Ten days past the first part, though the invoice's own due date is in March.
    bool tenDays = false;
    for (int c = 0; c < model.columnCount(); ++c)
        tenDays = tenDays || model.index(row, c).data().toString() == QLocale().toString(10);
    EXPECT_TRUE(tenDays);
    auto *oldest = account.findChild<QLabel *>(QStringLiteral("accountOldestDays"));
    ASSERT_NE(oldest, nullptr);
    EXPECT_TRUE(oldest->text().contains(QStringLiteral("10"))) << oldest->text().toStdString();
    shot(account, "instalment-account.png");

    PaymentDialog dialog(*m_session, kToday);
    dialog.setCustomer(m_customerId);
    dialog.resize(900, 500);
    dialog.show();
    auto *lines = dialog.findChild<QTableView *>(QStringLiteral("paymentItems"));
    ASSERT_NE(lines, nullptr);
    const QAbstractItemModel &apply = *lines->model();
    const int line = rowOf(apply, QStringLiteral("INV-1"));
    ASSERT_GE(line, 0);
    bool partShown = false;
    for (int c = 0; c < apply.columnCount(); ++c)
        partShown = partShown || apply.index(line, c).data().toString().contains(QStringLiteral("(part 1 of 3)"));
    EXPECT_TRUE(partShown);
    shot(dialog, "instalment-payment.png");
}

} // namespace
} // namespace ardesk
