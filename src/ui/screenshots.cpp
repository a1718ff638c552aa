#include "screenshots.h"

#include "ui/account/account_view.h"
#include "ui/customers/customer_list_page.h"
#include "ui/payments/apply_lines_model.h"
#include "ui/payments/deposit_batch_dialog.h"
#include "ui/payments/payment_dialog.h"
#include "ui/main_window.h"
#include "ui/auth/sign_in_dialog.h"
#include "ui/settings/settings_page.h"

#include "services/session.h"
#include "ui/common/display_format.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QPixmap>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include <functional>

namespace ardesk {

namespace {

// Lets layouts, the lists' first reads and painting settle.
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

struct Shot final
{
    MainWindow::Page page;
    const char *file;
    std::function<void(MainWindow &)> prepare;
};

} // namespace

Result<QStringList> writeScreenshots(MainWindow &window, const QString &folder)
{
    if (!window.hasBook())
        return std::unexpected(Error::invalid(QCoreApplication::translate("Screenshots", "no book is open")));
    if (!QDir().mkpath(folder))
        return std::unexpected(
                Error::storage(QCoreApplication::translate("Screenshots", "cannot create %1").arg(folder)));

    const std::vector<Shot> shots{
            {MainWindow::Page::Customers, "main-window.png", {}},
            {MainWindow::Page::Customers, "customers.png",
             [](MainWindow &w) {
                 // Who owes the most: the question a collections desk starts with.
                 w.customerPage()->table()->sortByColumn(CustomerListModel::Balance, Qt::DescendingOrder);
                 w.customerPage()->table()->selectRow(0);
             }},
            {MainWindow::Page::Invoices, "invoices.png", {}},
            {MainWindow::Page::Payments, "payments.png", {}},
            {MainWindow::Page::Settings, "settings-users.png",
             [](MainWindow &w) {
                 w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(0);
             }},
            {MainWindow::Page::Settings, "settings-permissions.png",
             [](MainWindow &w) {
                 w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(1);
             }},
            {MainWindow::Page::Settings, "verify.png",
             [](MainWindow &w) {
                 w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(2);
                 w.settingsPage()->runCheckAndWait();
             }},
    };

    window.resize(1280, 800);
    window.statusBar()->clearMessage(); // not the temporary path of a demo book
    window.show();
    settle();
    QStringList written;
    for (const Shot &shot : shots) {
        window.showPage(shot.page);
        if (shot.prepare)
            shot.prepare(window);
        settle();
        const QString path = QDir(folder).filePath(QString::fromLatin1(shot.file));
        if (!window.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        written << path;
    }
    auto save = [&](QWidget &widget, const char *file) -> Status {
        const QString path = QDir(folder).filePath(QString::fromLatin1(file));
        if (!widget.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        written << path;
        return {};
    };
    // The account of the customer who owes the most (the customers grid sorted by balance).
    {
        window.showPage(MainWindow::Page::Customers);
        CustomerListPage *customers = window.customerPage();
        customers->table()->sortByColumn(CustomerListModel::Balance, Qt::DescendingOrder);
        settle();
        const QVariant id = customers->model()->index(0, 0).data(PagedTableModel::RowIdRole);
        if (id.isValid()) {
            window.openAccount(id.toLongLong());
            settle();
            if (auto ok = save(window, "account.png"); !ok)
                return std::unexpected(ok.error());
        }
        // A split payment in progress for the same customer: part of the oldest two items.
        PaymentDialog dialog(*window.session(), QDate::currentDate(), &window);
        if (id.isValid())
            dialog.setCustomer(id.toLongLong());
        dialog.show();
        settle();
        ApplyLinesModel *items = dialog.itemsModel();
        MinorUnits amount = 0;
        for (int row = 0; row < std::min(2, items->rowCount()); ++row) {
            const MinorUnits open = items->lines()[std::size_t(row)].open;
            const MinorUnits part = row == 0 ? open : open / 2;
            items->setApply(row, part);
            amount += part;
        }
        amount += amount / 10; // a little left over: unapplied cash
        auto *amountField = dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount"));
        amountField->setText(formatAmount(amount, items->currency()));
        dialog.findChild<QLineEdit *>(QStringLiteral("paymentReference"))->setText(QStringLiteral("CHK 104733"));
        settle();
        if (auto ok = save(dialog, "payment-dialog.png"); !ok)
            return std::unexpected(ok.error());
    }
    // A deposit batch that does not balance yet: the last check is still to be keyed.
    {
        DepositBatchDialog dialog(*window.session(), QDate::currentDate(), &window);
        dialog.findChild<QLineEdit *>(QStringLiteral("batchName"))->setText(QStringLiteral("Deposit slip 2231"));
        dialog.findChild<QLineEdit *>(QStringLiteral("batchCurrency"))->setText(QStringLiteral("EUR"));
        dialog.findChild<QLineEdit *>(QStringLiteral("batchControlTotal"))->setText(QStringLiteral("7,450.00"));
        dialog.findChild<QSpinBox *>(QStringLiteral("batchControlCount"))->setValue(4);
        DepositLinesModel *lines = dialog.linesModel();
        const struct { const char *customer, *amount, *reference, *invoice; } keyed[] = {
                {"C1003", "2,400.00", "CHK 5521", ""},
                {"C1006", "1,850.00", "CHK 88310", ""},
                {"C1012", "1,200.00", "CHK 3092", ""},
        };
        for (int row = 0; row < 3; ++row) {
            lines->setData(lines->index(row, DepositLinesModel::Customer), QString::fromLatin1(keyed[row].customer));
            lines->setData(lines->index(row, DepositLinesModel::Amount), QString::fromLatin1(keyed[row].amount));
            lines->setData(lines->index(row, DepositLinesModel::Reference), QString::fromLatin1(keyed[row].reference));
            lines->setData(lines->index(row, DepositLinesModel::Invoice), QString::fromLatin1(keyed[row].invoice));
        }
        dialog.show();
        settle();
        if (auto ok = save(dialog, "deposit-batch.png"); !ok)
            return std::unexpected(ok.error());
    }
    window.showPage(MainWindow::Page::Customers);
    // The sign-in dialog as a protected book shows it (it signs nobody in here).
    {
        SignInDialog dialog(window.session()->book(), QStringLiteral("acme-receivables.ardesk"),
                            QStringLiteral("maria"), &window);
        dialog.show();
        settle();
        const QString path = QDir(folder).filePath(QStringLiteral("sign-in.png"));
        if (!dialog.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        written << path;
    }
    return written;
}

} // namespace ardesk
