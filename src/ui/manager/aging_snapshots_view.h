#pragma once
// Month-end aging snapshots and the roll-forward between two of them (docs/manager-desk.md
// "Aging snapshots", "Roll-forward"): choose a first and a last snapshot, see per currency
// how each bucket went from opening to closing (new invoices, collected, credited, written
// off, moved out and in, late postings), as a table and a chart; take a snapshot of any
// date on request. Computed off the UI thread by AgingSnapshotService.
//
// Object names: snapshotFrom, snapshotTo, snapshotCurrency, snapshotRefresh, snapshotTake,
// snapshotDate, snapshotStatus, rollForwardTable, rollForwardChart.

#include "services/aging_snapshot_service.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ardesk {

class AgingSnapshotsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgingSnapshotsView)

public:
    explicit AgingSnapshotsView(QWidget *parent = nullptr);
    ~AgingSnapshotsView() override;

    void setSession(Session *session);
    void setToday(QDate today);
    void refresh();
    bool isBusy() const { return m_pending; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadSnapshots(bool takeMissing);
    void computeRollForward();
    void showRollForward();
    void takeSnapshot();

    Session *m_session = nullptr;
    QDate m_today;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_currency = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_take = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    std::vector<AgingSnapshotInfo> m_snapshots;
    std::optional<RollForward> m_roll;
    int m_generation = 0;
    bool m_pending = false;
    bool m_loaded = false;
};

} // namespace ardesk
