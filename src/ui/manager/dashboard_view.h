#pragma once
// The dashboard of managers and supervisors (docs/manager-desk.md "Dashboard"): tiles,
// aging by bucket stacked by collector or risk class, DSO / CEI / ADD over 12 month-ends,
// collections against target by week, open disputes by reason, the top overdue accounts and
// the accounts that moved into the last bucket. Every figure comes from DashboardService,
// computed off the UI thread by one worker (figures_worker.h: a thread and a connection of
// its own, opened on the first refresh and kept while the session lasts; closing the book or
// the view stops it) and shown as soon as it is ready; the window never waits. Refreshes
// asked while one runs coalesce into one more run; figures of a run for another question
// (currency, stacking, day) are dropped. A tile, a bar or a point asks for the list behind it (the signals below;
// the main window shows the filtered Customers, Invoices or Payments page).
//
// Refreshes on the Refresh button, when the currency or the stacking changes, and by
// itself when the book changed (polled every few seconds while the view is shown).
// Missing month-end aging snapshots are taken before the trend (AgingSnapshotService::catchUp).
//
// Stable object names: dashboardCurrency, dashboardStackBy, dashboardRefresh,
// dashboardStatus, tile<Name> (tileTotalAr, tileOverdue, tilePercentCurrent, tileDso,
// tileCei, tileAdd, tileCollected, tilePromisesToday, tileBrokenPromises, tileDisputes,
// tileOnHold), agingChart, kpiTrendChart, collectionsChart, disputesChart,
// dashboardTopOverdue, dashboardMovedAccounts.

#include "services/dashboard_service.h"
#include "storage/list_queries.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>
#include <QWidget>

#include <map>
#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ardesk {

class DashboardTile;
class FiguresWorker;

class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setSession(Session *session);
    // The dashboard's "today" (default: the current date); tests and screenshots pin it.
    void setToday(QDate today);
    QDate today() const;
    // Asked for (the Refresh button, the currency or stacking chosen, the page shown): a run
    // still computing stops at its next step and the new one starts, so the tiles come
    // without waiting for the rest of the old run.
    void refresh();
    // The book changed (another program, the daily run): a run still computing finishes
    // first, then one more run follows (figures_worker.h).
    void refreshForChanges();
    // The worker thread and its connection (null before the first refresh and after the
    // session went); tests look at it.
    const FiguresWorker *worker() const { return m_worker.get(); }
    // True while figures are being computed.
    bool isBusy() const { return m_pending; }
    // Milliseconds from the last refresh to its tiles, and to its last figure.
    qint64 tilesMilliseconds() const { return m_tilesMs; }
    qint64 allMilliseconds() const { return m_allMs; }
    QString currency() const;

    // What a click on a bar of the aging chart, the collections chart, the disputes chart or
    // a point of the KPI chart does (also called by the charts' signals; tests use them).
    void openAgingBar(int groupIndex, int bucket);
    void openKpiPoint(int monthIndex);
    void openCollectionsWeek(int weekIndex);
    void openDisputeReason(int reasonIndex);

Q_SIGNALS:
    void invoicesRequested(const ardesk::InvoiceListFilter &filter, const QString &description);
    void customersRequested(const ardesk::CustomerListFilter &filter, const QString &description);
    void paymentsRequested(const ardesk::PaymentListFilter &filter, const QString &description);
    void accountRequested(ardesk::Id customerId);
    // Each refresh ends with this (figures or a failure shown).
    void refreshed();
    // The tiles of a refresh are on screen (the first figures a user reads; the main window
    // starts the book's background work after them, docs/performance.md).
    void tilesShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Figures
    {
        std::vector<QString> currencies;
        std::optional<DashboardTiles> tiles;
        std::optional<AgingStack> aging;
        std::vector<KpiTrendPoint> trend;
        std::vector<WeekCollections> weeks;
        std::vector<DisputeReason> disputes;
        std::vector<CustomerAmount> topOverdue;
        std::vector<MovedAccount> moved;
    };

    void buildTiles(QWidget *parent);
    void showTiles();
    void showChartsLoading();
    void showAging();
    void showTrend();
    void showCollections();
    void showDisputes();
    void showTopOverdue();
    void showMoved();
    void showFailure(const QString &message);
    void pollBook();
    void requestFigures(bool asked);
    void tileClicked(const QString &name);
    QString bucketText(int bucket) const;
    AgingBuckets buckets() const;

    Session *m_session = nullptr;
    QDate m_today;
    QComboBox *m_currency = nullptr;
    QComboBox *m_stackBy = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    std::map<QString, DashboardTile *> m_tiles;
    QChartView *m_agingView = nullptr;
    QChartView *m_trendView = nullptr;
    QChartView *m_collectionsView = nullptr;
    QChartView *m_disputesView = nullptr;
    QTableWidget *m_topOverdue = nullptr;
    QTableWidget *m_moved = nullptr;
    QLabel *m_movedTitle = nullptr;
    Figures m_figures;
    AgingBuckets m_buckets;
    std::unique_ptr<FiguresWorker> m_worker; // one thread and connection while the session lasts
    int m_generation = 0;      // of the session: results of an older one are dropped
    QString m_requestKey;      // the question the last refresh asked
    quint64 m_lastSequence = 0; // the worker's number of the last refresh
    bool m_pending = false;
    QElapsedTimer m_clock;
    qint64 m_tilesMs = -1;
    qint64 m_allMs = -1;
    qint64 m_dataVersion = -1;
    QTimer m_poll;
};

// A clickable figure: a title, a big value and a line of detail.
class DashboardTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTile)

public:
    DashboardTile(const QString &objectName, const QString &title, QWidget *parent);
    void setValue(const QString &value, const QString &detail = {});
    QString value() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace ardesk
