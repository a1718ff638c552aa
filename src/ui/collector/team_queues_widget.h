#pragma once
// The supervisor's "Team" tab of My work: every queue of the book side by side, one row per
// queue owner (each collector, and a supervisor who holds accounts), read in one pass
// (CollectionService::allWorklists) off the UI thread, so a supervisor sees where the work
// piles up before picking whose queue to open. Enter or a double-click on a row opens that
// queue on the Queue tab (queueOpened). Sortable by every column; Refresh (F5 while the tab
// has focus) reads again; the tab reads when shown and after a change to the book.
//
// What a row counts (docs/cli-collections.md "The team's queues"): the items due, the
// accounts they are on, the accounts with a promise due today, with broken promises, the
// items about a dispute and about an escalation, the most days past due, and the overdue
// amount of those accounts per currency (each account once, however many items it has).
// Object names: teamQueues, teamQueuesTable, teamQueuesSummary, teamQueuesRefresh,
// teamQueuesOpen.

#include "services/collection_service.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ardesk {

class RecordTableModel;
class Session;

// One queue owner's figures, summed from their worklist (pure: the tests check it).
struct TeamQueueFigures final
{
    QString login;
    int items = 0;
    int accounts = 0;
    int promisesDueToday = 0;     // accounts
    int withBrokenPromises = 0;   // accounts
    int disputeItems = 0;
    int escalationItems = 0;
    int mostDaysPastDue = 0;
    std::vector<std::pair<QString, MinorUnits>> overdue; // per currency, largest first
};
TeamQueueFigures teamQueueFigures(const Worklist &worklist);

class TeamQueuesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamQueuesWidget)

public:
    enum Column {
        Owner,
        Items,
        Accounts,
        PromisesDueToday,
        BrokenPromises,
        Disputes,
        Escalations,
        MostDaysPastDue,
        Overdue,
        ColumnCount
    };

    explicit TeamQueuesWidget(QWidget *parent = nullptr);
    ~TeamQueuesWidget() override;

    // nullptr or a user without the overview: empty. Does not read (reload() does).
    void setSession(Session *session);
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // Reads every queue again in the background.
    void reload();
    bool isLoading() const { return m_loading; }

    QTableView *table() const { return m_table; }
    RecordTableModel *model() const { return m_model; }
    // The login of the queue on the current row (empty: none).
    QString currentLogin() const;

Q_SIGNALS:
    // Open this user's queue (Enter, double-click, "Open queue").
    void queueOpened(const QString &login);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadFinished(quint64 generation, Result<std::vector<Worklist>> result);
    void openCurrent();

    Session *m_session = nullptr;
    std::function<QDate()> m_today;
    bool m_loading = false;
    bool m_stale = true;
    quint64 m_generation = 0;
    std::vector<DeskUser> m_users;

    RecordTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace ardesk
