#pragma once
// The manager desk in the main window's Dashboard page (objectName dashboardPage): tabs for
// the dashboard, staff performance, the cash forecast and the aging roll-forward
// (docs/manager-desk.md). A role without the export-reports permission sees why instead.

#include <QDate>
#include <QTabWidget>

class QLabel;

namespace ardesk {

class AgingSnapshotsView;
class CashForecastView;
class DashboardView;
class Session;
class StaffPerformanceView;

class ManagerDeskPage final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerDeskPage)

public:
    explicit ManagerDeskPage(QWidget *parent = nullptr);
    ~ManagerDeskPage() override;

    void setSession(Session *session);
    // The desk's "today" (default: the current date); tests and screenshots pin it.
    void setToday(QDate today);
    void refresh();
    // The book changed elsewhere: as refresh(), but a dashboard run in progress finishes
    // first (DashboardView::refreshForChanges), so a stream of changes never starves it.
    void refreshForChanges();

    DashboardView *dashboard() const { return m_dashboard; }
    StaffPerformanceView *staffPerformance() const { return m_staff; }
    CashForecastView *cashForecast() const { return m_forecast; }
    AgingSnapshotsView *agingSnapshots() const { return m_snapshots; }

private:
    DashboardView *m_dashboard;
    StaffPerformanceView *m_staff;
    CashForecastView *m_forecast;
    AgingSnapshotsView *m_snapshots;
    QLabel *m_denied;
};

} // namespace ardesk
