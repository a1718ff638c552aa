#include "manager_desk_page.h"

#include "aging_snapshots_view.h"
#include "cash_forecast_view.h"
#include "dashboard_view.h"
#include "staff_performance_view.h"

#include "services/session.h"

#include <QLabel>

namespace ardesk {

ManagerDeskPage::ManagerDeskPage(QWidget *parent)
    : QTabWidget(parent),
      m_dashboard(new DashboardView),
      m_staff(new StaffPerformanceView),
      m_forecast(new CashForecastView),
      m_snapshots(new AgingSnapshotsView),
      m_denied(new QLabel)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setDocumentMode(true);
    addTab(m_dashboard, tr("Dashboard"));
    addTab(m_staff, tr("Staff performance"));
    addTab(m_forecast, tr("Cash forecast"));
    addTab(m_snapshots, tr("Aging roll-forward"));
    m_denied->setObjectName(QStringLiteral("managerDeskDenied"));
    m_denied->setWordWrap(true);
    m_denied->setAlignment(Qt::AlignCenter);
    m_denied->setText(tr("The dashboard, staff performance, the cash forecast and the aging roll-forward are "
                         "management reports: your role needs the export reports permission to see them."));
    addTab(m_denied, tr("Dashboard"));
    setTabVisible(indexOf(m_denied), false);
}

ManagerDeskPage::~ManagerDeskPage() = default;

void ManagerDeskPage::setSession(Session *session)
{
    const bool allowed = session && session->can(Action::ExportReports);
    for (QWidget *view : {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_staff),
                          static_cast<QWidget *>(m_forecast), static_cast<QWidget *>(m_snapshots)})
        setTabVisible(indexOf(view), allowed || !session);
    setTabVisible(indexOf(m_denied), session && !allowed);
    if (session && !allowed)
        setCurrentWidget(m_denied);
    Session *shown = allowed ? session : nullptr;
    m_dashboard->setSession(shown);
    m_staff->setSession(shown);
    m_forecast->setSession(shown);
    m_snapshots->setSession(shown);
}

void ManagerDeskPage::setToday(QDate today)
{
    m_dashboard->setToday(today);
    m_staff->setToday(today);
    m_forecast->setToday(today);
    m_snapshots->setToday(today);
}

void ManagerDeskPage::refreshForChanges()
{
    if (currentWidget() == m_dashboard)
        m_dashboard->refreshForChanges();
    else
        refresh();
}

void ManagerDeskPage::refresh()
{
    if (QWidget *current = currentWidget(); current == m_dashboard)
        m_dashboard->refresh();
    else if (current == m_staff)
        m_staff->refresh();
    else if (current == m_forecast)
        m_forecast->refresh();
    else if (current == m_snapshots)
        m_snapshots->refresh();
}

} // namespace ardesk
