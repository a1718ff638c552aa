#include "manager_screenshots.h"

#include "aging_snapshots_view.h"
#include "cash_forecast_view.h"
#include "dashboard_view.h"
#include "manager_desk_page.h"
#include "reports_page.h"
#include "staff_performance_view.h"

#include "ui/main_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QSemaphore>

#include <functional>

namespace ardesk {

namespace {

// Lets the worker's figures arrive (at most two minutes), then layouts and painting settle.
void waitUntil(const std::function<bool()> &ready)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready() && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    timer.restart();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

Status writeDashboardScreenshot(MainWindow &window, const QString &folder, QStringList &written)
{
    ManagerDeskPage *desk = window.managerDesk();
    window.showPage(MainWindow::Page::Dashboard);
    window.statusBar()->clearMessage();
    window.resize(1500, 1450);
    desk->setCurrentWidget(desk->dashboard());
    desk->dashboard()->refresh();
    waitUntil([&] { return !desk->dashboard()->isBusy(); });
    const QString path = QDir(folder).filePath(QStringLiteral("dashboard.png"));
    if (!window.grab().save(path, "PNG"))
        return std::unexpected(Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
    written << path;
    return {};
}

Status writeManagerScreenshots(MainWindow &window, const QString &folder, QStringList &written)
{
    ManagerDeskPage *desk = window.managerDesk();
    const QSize before = window.size();
    auto save = [&](const char *file) -> Status {
        const QString path = QDir(folder).filePath(QString::fromLatin1(file));
        if (!window.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        written << path;
        return {};
    };
    if (auto ok = writeDashboardScreenshot(window, folder, written); !ok)
        return ok;

    window.resize(1640, 860);
    desk->setCurrentWidget(desk->staffPerformance());
    desk->staffPerformance()->refresh();
    waitUntil([&] { return !desk->staffPerformance()->isBusy(); });
    if (auto ok = save("staff-performance.png"); !ok)
        return ok;

    desk->setCurrentWidget(desk->cashForecast());
    desk->cashForecast()->refresh();
    waitUntil([&] { return !desk->cashForecast()->isBusy(); });
    if (auto ok = save("cash-forecast.png"); !ok)
        return ok;

    desk->setCurrentWidget(desk->agingSnapshots());
    desk->agingSnapshots()->refresh();
    waitUntil([&] { return !desk->agingSnapshots()->isBusy(); });
    if (auto ok = save("roll-forward.png"); !ok)
        return ok;

    // The Reports page, the aging summary chosen for the last month-end.
    window.resize(1100, 620);
    window.showPage(MainWindow::Page::Reports);
    window.reportsPage()->selectReport(QStringLiteral("aging-summary"));
    const QDate today = desk->dashboard()->today();
    window.reportsPage()->setAsOf(QDate(today.year(), today.month(), 1).addDays(-1));
    waitUntil([] { return true; });
    if (auto ok = save("reports.png"); !ok)
        return ok;

    // An export running in the background: the worker is held while it reads, so the
    // picture shows the progress bar and Cancel (the window stays live meanwhile).
    {
        ReportsPage *reports = window.reportsPage();
        QTemporaryDir exportFolder;
        QSemaphore reading;
        QSemaphore release;
        reports->setWorkerHookForTests([&](int stage) {
            if (stage == 1) {
                reading.release();
                release.acquire();
            }
        });
        const bool started = reports->startExport(exportFolder.filePath(QStringLiteral("aging-summary.pdf")));
        waitUntil([&] { return !started || reading.available() > 0; });
        auto ok = save("reports-export.png");
        release.release();
        waitUntil([&] { return !reports->isRunning(); });
        reports->setWorkerHookForTests({});
        if (!ok)
            return ok;
    }

    window.showPage(MainWindow::Page::Dashboard);
    desk->setCurrentWidget(desk->dashboard());
    window.resize(before);
    return {};
}

} // namespace ardesk
