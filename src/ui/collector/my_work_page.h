#pragma once
// "My work": the signed-in collector's queue (tasks due today or earlier on their
// portfolio, ranked by score with the score's parts as columns), with filters by task
// kind and bucket, a search box and sortable columns; "Next account" opens the top item.
// Supervisors, managers and admins pick whose queue they look at, and get more tabs: the
// escalation queue, the portfolios, the write-off approvals (approve_write_off), the
// credit reviews due (src/ui/credit) and every queue side by side (Team, team_queues_widget.h).
//
// The queue is computed off the UI thread (BookJob) and handed to WorklistModel; while it
// is read the page says so. Object names: myWorkPage, myWorkTabs, queueOwner, queueTask,
// queueBucket, queueSearch, queueCount, queueTable, queueMessage, nextAccountButton,
// escalationQueue, portfolioPage.

#include "services/collection_service.h"
#include "ui/common/clock.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ardesk {

class ApprovalQueueWidget;
class EscalationQueueWidget;
class ReviewQueueWidget;
class TeamQueuesWidget;
class PortfolioWidget;
class Session;
class WorklistModel;

class MyWorkPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyWorkPage)

public:
    explicit MyWorkPage(QWidget *parent = nullptr);
    ~MyWorkPage() override;

    // nullptr: no book. Picks the queue of the signed-in user (a supervisory user without a
    // login of their own, like the local owner, gets the first collector's) and reads it.
    void setSession(Session *session);
    void setClock(Clock clock);
    QDate today() const;

    // Reads the queue again in the background.
    void reload();
    bool isLoading() const { return m_loading; }
    // Held reads (docs/performance.md "The dashboard's first tiles come first"): while held
    // and the page is not on screen, reload() only remembers that the queue is to be read
    // (isLoading() is true meanwhile); releasing the hold, or showing the page, reads it.
    void setReadsHeld(bool held);
    bool readsHeld() const { return m_readsHeld; }
    // True while a read waits for the hold to end.
    bool isReadWaiting() const { return m_readWaiting; }

    QString queueOwner() const { return m_owner; }
    void setQueueOwner(const QString &login);

    WorklistModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EscalationQueueWidget *escalations() const { return m_escalations; }
    PortfolioWidget *portfolios() const { return m_portfolios; }
    ApprovalQueueWidget *approvals() const { return m_approvals; }
    ReviewQueueWidget *reviews() const { return m_reviews; }
    TeamQueuesWidget *team() const { return m_team; }
    void showTab(int index);

    // The item "Next account" works now: the top of the queue as filtered and sorted.
    std::optional<WorklistItem> nextItem() const;
    // The item was finished on the account: out of the queue at once, then read again.
    void itemFinished(const WorklistItem &item);

Q_SIGNALS:
    // Enter or double-click on a row, or "Next account": work this item on its account.
    void workItem(const WorklistItem &item);
    void openAccount(Id customerId);
    void loaded();
    // Something changed the book (escalation decisions, portfolio moves).
    void bookChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillOwners();
    void showCount();
    void loadFinished(quint64 generation, Result<Worklist> result);

    Session *m_session = nullptr;
    Clock m_clock = systemClock();
    QString m_owner;
    bool m_loading = false;
    bool m_readsHeld = false;
    bool m_readWaiting = false;
    quint64 m_generation = 0;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_ownerBox = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_taskBox = nullptr;
    QComboBox *m_bucketBox = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_next = nullptr;
    WorklistModel *m_model = nullptr;
    EscalationQueueWidget *m_escalations = nullptr;
    PortfolioWidget *m_portfolios = nullptr;
    ApprovalQueueWidget *m_approvals = nullptr;
    ReviewQueueWidget *m_reviews = nullptr;
    TeamQueuesWidget *m_team = nullptr;
    QTimer m_searchDelay;
};

} // namespace ardesk
