#pragma once
// Staff performance (docs/manager-desk.md "Staff performance"): the league table of
// collectors for a day, a week, a month or a range (sortable by any column), the selected
// collector's 12-month trend (collected against target), and their targets (editable with
// the change-settings permission). Figures come from StaffPerformanceService, computed off
// the UI thread.
//
// Object names: staffPeriodKind, staffDate, staffTo, staffRefresh, staffStatus,
// staffLeague (the table), staffTrendChart, staffSetTarget.

#include "services/staff_performance_service.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace ardesk {

class StaffPerformanceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffPerformanceView)

public:
    enum Column {
        Collector, Currency, Customers, Open, Contacts, RpcRate, PromisesTaken, KeptRate, Collected, Target,
        Attainment, TasksDone, TasksOverdue, Escalations, Complaints, ColumnCount
    };

    explicit StaffPerformanceView(QWidget *parent = nullptr);
    ~StaffPerformanceView() override;

    void setSession(Session *session);
    void setToday(QDate today);
    void refresh();
    bool isBusy() const { return m_pending; }
    QTableView *league() const { return m_table; }
    // Asks for a target of the selected line (a dialog); tests call setTargetOfSelected.
    void editTarget();
    Status setTargetOfSelected(const QString &period, MinorUnits target);

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    PerformancePeriod period() const;
    void showReport();
    void showTrend();

    Session *m_session = nullptr;
    QDate m_today;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_setTarget = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_trendView = nullptr;
    StaffPerformanceReport m_report;
    std::vector<CollectorTrend> m_trends;
    int m_generation = 0;
    bool m_pending = false;
    bool m_loaded = false;
};

} // namespace ardesk
