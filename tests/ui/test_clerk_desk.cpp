// The clerk desk on a fixture book, driven as a clerk would: a split payment posted by
// keyboard through the payment dialog, checked on the account (header, invoices, aging),
// reversed and checked again; a deposit batch that does not balance refused by the
// dialog and by the service; a new customer with a bad e-mail kept open with the message
// next to the field. Every model is checked by QAbstractItemModelTester. The Qt
// environment (QApplication, English US formats) is the one test_main_window.cpp installs.

#include "fixture_book.h"

#include "services/browse_service.h"
#include "services/deposit_batch_service.h"
#include "ui/account/account_view.h"
#include "ui/account/contact_dialog.h"
#include "ui/account/customer_dialog.h"
#include "ui/account/record_table_model.h"
#include "ui/invoices/invoice_list_model.h"
#include "ui/main_window.h"
#include "ui/payments/apply_lines_model.h"
#include "ui/payments/deposit_batch_dialog.h"
#include "ui/payments/payment_dialog.h"
#include "ui/payments/payment_list_model.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace ardesk {
namespace {

void watch(QAbstractItemModel *model)
{
    auto *tester = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    tester->setUseFetchMore(false); // paging is driven by the views (see test_main_window.cpp)
}

class ClerkDeskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        const QString path = m_folder.filePath(QStringLiteral("clerk.ardesk"));
        auto built = testing::buildFixtureBook(path, {m_today, 4});
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
        auto book = BookService::open(path);
        ASSERT_TRUE(book.has_value());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session.has_value());
        m_session = std::move(*session);
    }
    void TearDown() override
    {
        m_session.reset();
        m_book.reset();
    }

    Id customerId(const QString &code) const
    {
        CustomerListFilter filter;
        filter.search = code;
        const auto rows = BrowseService(*m_session).customers(filter, {}, m_today, {0, 5});
        for (const CustomerListRow &row : rows.value())
            if (row.code == code)
                return row.id;
        return 0;
    }
    qint64 paymentCount() const { return BrowseService(*m_session).paymentCount({}).value(); }

    std::unique_ptr<AccountView> accountOf(const QString &code)
    {
        auto view = std::make_unique<AccountView>();
        view->setSession(m_session.get());
        view->setToday(m_today);
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(view->openItemsModel()),
              static_cast<QAbstractItemModel *>(view->invoicesModel()),
              static_cast<QAbstractItemModel *>(view->paymentsModel()),
              static_cast<QAbstractItemModel *>(view->allocationsModel()),
              static_cast<QAbstractItemModel *>(view->creditNotesModel()),
              static_cast<QAbstractItemModel *>(view->activityModel()),
              static_cast<QAbstractItemModel *>(view->contactsModel()),
              static_cast<QAbstractItemModel *>(view->notesModel())})
            watch(model);
        view->showCustomer(customerId(code));
        view->resize(1100, 700);
        view->show();
        return view;
    }

    static QString text(QWidget &parent, const char *name)
    {
        auto *label = parent.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    static qint64 amount(QWidget &parent, const char *name)
    {
        auto *label = parent.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->property("amount").toLongLong() : -1;
    }
    // Sum of the aging strip's buckets.
    static qint64 agingTotal(QWidget &view)
    {
        qint64 total = 0;
        for (int i = 0; i < 5; ++i)
            total += amount(view, QStringLiteral("agingBucket%1").arg(i).toLatin1().constData());
        return total;
    }
    // Open amount of an invoice as the model shows it; empty when not listed.
    static std::string openOf(const InvoiceListModel &model, const QString &number)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, InvoiceListModel::Number).data().toString() == number)
                return model.index(row, InvoiceListModel::Open).data().toString().toStdString();
        return {};
    }

    QDate m_today = QDate(2026, 6, 30);
    QTemporaryDir m_folder;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
};

// C1001 (SEK): INV-00001 1,250.00 of which 1,000.00 paid, INV-00002 3,400.50,
// INV-00003 4,400.50, INV-00004 5,400.50: open 13,451.50, nothing unapplied.
TEST_F(ClerkDeskTest, splitPaymentByKeyboardShowsOnTheAccountAndReversesBack)
{
    auto account = accountOf(QStringLiteral("C1001"));
    EXPECT_EQ(text(*account, "accountCode"), QStringLiteral("C1001"));
    EXPECT_EQ(text(*account, "accountBalance"), QStringLiteral("13,451.50 SEK"));
    EXPECT_EQ(openOf(*account->openItemsModel(), QStringLiteral("INV-00001")), std::string("250.00 SEK"));
    EXPECT_EQ(agingTotal(*account), 13'451'50);
    EXPECT_EQ(amount(*account, "agingUnapplied"), 0);

    PaymentDialog dialog(*m_session, m_today);
    watch(dialog.itemsModel());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *customer = dialog.findChild<QLineEdit *>(QStringLiteral("paymentCustomer"));
    auto *amountField = dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount"));
    auto *post = dialog.findChild<QPushButton *>(QStringLiteral("postPaymentButton"));
    customer->setFocus();
    QTest::keyClicks(customer, QStringLiteral("c1001"));
    QTest::keyClick(customer, Qt::Key_Tab);
    ASSERT_TRUE(dialog.customerId().has_value()) << text(dialog, "paymentCustomerName").toStdString();
    EXPECT_EQ(customer->text(), QStringLiteral("C1001"));
    ASSERT_EQ(dialog.itemsModel()->rowCount(), 4);
    EXPECT_EQ(dialog.itemsModel()->index(0, ApplyLinesModel::Number).data().toString(), QStringLiteral("INV-00001"));
    EXPECT_TRUE(amountField->hasFocus());
    QTest::keyClicks(amountField, QStringLiteral("3,000"));
    QTest::keyClick(amountField, Qt::Key_Tab);
    EXPECT_TRUE(post->isEnabled()) << "nothing applied yet: all of it would stay unapplied cash";
    EXPECT_EQ(text(dialog, "paymentTotalUnapplied"), QStringLiteral("3,000.00 SEK"));

    // Apply 250.00 to the oldest and 2,000 to the next, typed into the Apply column.
    QTableView *items = dialog.itemsView();
    auto typeApply = [&](int row, const QString &typed, bool commitWithReturn) {
        const QModelIndex index = dialog.itemsModel()->index(row, ApplyLinesModel::Apply);
        items->setFocus();
        items->setCurrentIndex(index);
        items->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        if (commitWithReturn) {
            QTest::keyClick(editor, Qt::Key_Return);
            QCoreApplication::processEvents();
        }
    };
    typeApply(0, QStringLiteral("250"), true);
    EXPECT_EQ(text(dialog, "paymentTotalApplied"), QStringLiteral("250.00 SEK"));
    typeApply(1, QStringLiteral("2000"), false);
    // Ctrl+Return posts, committing the cell still being edited.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(paymentCount(), 24 - 3 + 1 + 1) << text(dialog, "paymentMessage").toStdString();
    EXPECT_TRUE(text(dialog, "paymentMessage").contains(QStringLiteral("2,250.00 SEK applied, 750.00 SEK unapplied")))
            << text(dialog, "paymentMessage").toStdString();
    // Cleared for the next payment.
    EXPECT_TRUE(customer->text().isEmpty());
    EXPECT_TRUE(amountField->text().isEmpty());
    EXPECT_EQ(dialog.itemsModel()->rowCount(), 0);
    EXPECT_TRUE(customer->hasFocus());

    account->refresh();
    EXPECT_EQ(text(*account, "accountBalance"), QStringLiteral("10,451.50 SEK"));
    EXPECT_EQ(openOf(*account->openItemsModel(), QStringLiteral("INV-00001")), std::string()) << "paid in full";
    EXPECT_EQ(openOf(*account->invoicesModel(), QStringLiteral("INV-00001")), std::string("0.00 SEK"));
    EXPECT_EQ(openOf(*account->openItemsModel(), QStringLiteral("INV-00002")), std::string("1,400.50 SEK"));
    EXPECT_EQ(agingTotal(*account), 11'201'50);
    EXPECT_EQ(amount(*account, "agingUnapplied"), 750'00);

    // The payment and its two allocations on the payments tab; reverse the payment.
    PaymentListModel *payments = account->paymentsModel();
    ASSERT_GE(payments->rowCount(), 2);
    const PaymentListRow *newest = payments->rowAt(0);
    ASSERT_NE(newest, nullptr);
    EXPECT_EQ(newest->amount, 3'000'00);
    auto *paymentsView = account->findChild<QTableView *>(QStringLiteral("accountPayments"));
    paymentsView->setCurrentIndex(payments->index(0, 0));
    EXPECT_EQ(account->allocationsModel()->rowCount(), 2);
    EXPECT_TRUE(account->findChild<QPushButton *>(QStringLiteral("reversePaymentButton"))->isEnabled());
    ASSERT_TRUE(account->reversePayment(newest->id, m_today, QStringLiteral("check returned unpaid")).has_value());

    EXPECT_EQ(text(*account, "accountBalance"), QStringLiteral("13,451.50 SEK"));
    EXPECT_EQ(openOf(*account->openItemsModel(), QStringLiteral("INV-00001")), std::string("250.00 SEK"));
    EXPECT_EQ(openOf(*account->openItemsModel(), QStringLiteral("INV-00002")), std::string("3,400.50 SEK"));
    EXPECT_EQ(agingTotal(*account), 13'451'50);
    EXPECT_EQ(amount(*account, "agingUnapplied"), 0);
    // The activity shows the reversal first.
    ASSERT_GT(account->activityModel()->rowCount(), 0);
    EXPECT_EQ(account->activityModel()->index(0, 2).data(RecordTableModel::RawValueRole).toString(),
              QStringLiteral("payment.reverse"));
}

TEST_F(ClerkDeskTest, reverseOneAllocationLeavesTheCashUnapplied)
{
    auto account = accountOf(QStringLiteral("C1001"));
    auto *paymentsView = account->findChild<QTableView *>(QStringLiteral("accountPayments"));
    ASSERT_EQ(account->paymentsModel()->rowCount(), 1);
    paymentsView->setCurrentIndex(account->paymentsModel()->index(0, 0));
    ASSERT_EQ(account->allocationsModel()->rowCount(), 1);
    const Id allocation = account->allocationsModel()->rowAt(0)->id;
    ASSERT_TRUE(account->reverseAllocation(allocation, m_today, QStringLiteral("wrong invoice")).has_value());
    EXPECT_EQ(openOf(*account->openItemsModel(), QStringLiteral("INV-00001")), std::string("1,250.00 SEK"));
    EXPECT_EQ(amount(*account, "agingUnapplied"), 1'000'00);
    EXPECT_EQ(text(*account, "accountBalance"), QStringLiteral("13,451.50 SEK"));
}

TEST_F(ClerkDeskTest, unbalancedDepositBatchIsRefusedByDialogAndService)
{
    const qint64 before = paymentCount();
    DepositBatchDialog dialog(*m_session, m_today);
    watch(dialog.linesModel());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("batchCurrency"))->setText(QStringLiteral("SEK"));
    auto *total = dialog.findChild<QLineEdit *>(QStringLiteral("batchControlTotal"));
    QTest::keyClicks(total, QStringLiteral("1000"));
    dialog.findChild<QSpinBox *>(QStringLiteral("batchControlCount"))->setValue(2);
    DepositLinesModel *lines = dialog.linesModel();
    lines->setData(lines->index(0, DepositLinesModel::Customer), QStringLiteral("C1001"));
    lines->setData(lines->index(0, DepositLinesModel::Amount), QStringLiteral("600"));
    lines->setData(lines->index(0, DepositLinesModel::Reference), QStringLiteral("CHK-1"));
    lines->setData(lines->index(0, DepositLinesModel::Invoice), QStringLiteral("INV-00002"));
    lines->setData(lines->index(1, DepositLinesModel::Customer), QStringLiteral("c1002"));
    lines->setData(lines->index(1, DepositLinesModel::Amount), QStringLiteral("300"));
    lines->setData(lines->index(1, DepositLinesModel::Reference), QStringLiteral("CHK-2"));

    auto *post = dialog.findChild<QPushButton *>(QStringLiteral("postBatchButton"));
    EXPECT_FALSE(post->isEnabled());
    EXPECT_TRUE(text(dialog, "batchMessage").contains(QStringLiteral("control total")))
            << text(dialog, "batchMessage").toStdString();
    // The service refuses the same batch, and posts nothing.
    const auto input = dialog.input();
    ASSERT_TRUE(input.has_value());
    const auto refused = DepositBatchService(*m_session).post(*input);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(paymentCount(), before);
    // A wrong count is refused too.
    DepositBatchInput miscounted = *input;
    miscounted.controlTotal = 900'00;
    miscounted.controlCount = 3;
    EXPECT_FALSE(DepositBatchService(*m_session).post(miscounted).has_value());

    // One refused line (an unknown customer) rolls the whole batch back.
    DepositBatchInput unknown = *input;
    unknown.controlTotal = 900'00;
    unknown.lines[1].customerCode = QStringLiteral("C9999");
    const auto rolledBack = DepositBatchService(*m_session).post(unknown);
    ASSERT_FALSE(rolledBack.has_value());
    EXPECT_TRUE(rolledBack.error().message.contains(QStringLiteral("line 2"))) << rolledBack.error().message.toStdString();
    EXPECT_EQ(paymentCount(), before);

    // Balanced: Post is enabled and both checks post at once.
    total->clear();
    QTest::keyClicks(total, QStringLiteral("900.00"));
    EXPECT_TRUE(post->isEnabled()) << text(dialog, "batchMessage").toStdString();
    QTest::mouseClick(post, Qt::LeftButton);
    EXPECT_EQ(paymentCount(), before + 2) << text(dialog, "batchMessage").toStdString();
    EXPECT_TRUE(text(dialog, "batchMessage").contains(QStringLiteral("600.00 SEK applied, 300.00 SEK unapplied")))
            << text(dialog, "batchMessage").toStdString();
    auto account = accountOf(QStringLiteral("C1001"));
    EXPECT_EQ(openOf(*account->openItemsModel(), QStringLiteral("INV-00002")), std::string("2,800.50 SEK"));
}

TEST_F(ClerkDeskTest, newCustomerWithBadEmailKeepsTheDialogOpenWithTheMessage)
{
    CustomerDialog dialog(*m_session, std::nullopt);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("customerCode")), QStringLiteral("C2001"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("customerName")), QStringLiteral("Fjord Fisk AS"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("customerCurrency")), QStringLiteral("NOK"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("customerEmail"));
    QTest::keyClicks(email, QStringLiteral("ap at fjord.example"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveCustomerButton")), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), int(QDialog::Rejected));
    QLabel *error = dialog.errorLabel(QStringLiteral("email"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("is not an e-mail address"))) << error->text().toStdString();
    EXPECT_EQ(email->text(), QStringLiteral("ap at fjord.example"));
    EXPECT_EQ(customerId(QStringLiteral("C2001")), 0);

    // Corrected, it saves.
    email->clear();
    QTest::keyClicks(email, QStringLiteral("ap@fjord.example"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveCustomerButton")), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_NE(customerId(QStringLiteral("C2001")), 0);
    EXPECT_TRUE(error->isHidden());
}

TEST_F(ClerkDeskTest, notesAreAddedAndPinnedOnTheAccount)
{
    auto account = accountOf(QStringLiteral("C1002"));
    ASSERT_TRUE(account->addNote(QStringLiteral("Calls only before noon"), false).has_value());
    ASSERT_TRUE(account->addNote(QStringLiteral("Sends remittances by fax"), true).has_value());
    ASSERT_EQ(account->notesModel()->rowCount(), 2);
    EXPECT_EQ(account->notesModel()->index(0, 2).data(RecordTableModel::RawValueRole).toString(),
              QStringLiteral("Sends remittances by fax")) << "pinned first";
    EXPECT_FALSE(account->addNote(QStringLiteral("   "), false).has_value());
}

TEST_F(ClerkDeskTest, contactsAreAddedEditedAndDeactivatedOnTheAccount)
{
    auto account = accountOf(QStringLiteral("C1003"));
    const int before = account->contactsModel()->rowCount();
    // The dialog as the Add contact button opens it: a bad e-mail keeps it open.
    ContactDialog dialog({}, [&](const ContactPersonRow &c) { return account->addContact(c); });
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("contactName")), QStringLiteral("Jana Richter"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("contactRole")), QStringLiteral("accounts payable"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("contactEmail"));
    QTest::keyClicks(email, QStringLiteral("jana at acme"));
    dialog.findChild<QComboBox *>(QStringLiteral("contactTimeZone"))->setEditText(QStringLiteral("Europe/Berlin"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveContactButton")), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(text(dialog, "contactDialogMessage").contains(QStringLiteral("not an e-mail address")))
            << text(dialog, "contactDialogMessage").toStdString();
    EXPECT_EQ(account->contactsModel()->rowCount(), before);
    email->clear();
    QTest::keyClicks(email, QStringLiteral("jana@acme.example"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveContactButton")), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    ASSERT_EQ(account->contactsModel()->rowCount(), before + 1);
    const int row = account->contactsModel()->rowCount() - 1;
    EXPECT_EQ(account->contactsModel()->index(row, 0).data().toString(), QStringLiteral("Jana Richter"));
    EXPECT_EQ(account->contactsModel()->index(row, 4).data().toString(), QStringLiteral("Europe/Berlin"));
    const Id id = account->contactsModel()->rowAt(row)->id;

    ContactPersonRow edited{id, QStringLiteral("Jana Richter"), QStringLiteral("CFO"), QStringLiteral("+49 30 1234"),
                            QStringLiteral("jana@acme.example"), QStringLiteral("Europe/Berlin"), false};
    ASSERT_TRUE(account->updateContact(edited).has_value());
    EXPECT_EQ(account->contactsModel()->index(account->contactsModel()->rowOf(id), 1).data().toString(),
              QStringLiteral("CFO"));
    ASSERT_TRUE(account->deactivateContact(id).has_value());
    EXPECT_EQ(account->contactsModel()->rowOf(id), -1);
    EXPECT_EQ(account->contactsModel()->rowCount(), before);
    // The activity tab tells the story.
    QStringList activity;
    for (int r = 0; r < account->activityModel()->rowCount(); ++r)
        activity << account->activityModel()->index(r, 2).data().toString();
    EXPECT_TRUE(activity.contains(QStringLiteral("Contact person added")));
    EXPECT_TRUE(activity.contains(QStringLiteral("Contact person changed")));
    EXPECT_TRUE(activity.contains(QStringLiteral("Contact person deactivated")));
}

} // namespace
} // namespace ardesk
