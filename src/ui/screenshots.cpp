#include "screenshots.h"

#include "ui/customers/customer_list_page.h"
#include "ui/main_window.h"
#include "ui/auth/sign_in_dialog.h"
#include "ui/settings/settings_page.h"

#include "services/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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
