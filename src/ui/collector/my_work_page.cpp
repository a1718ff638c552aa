#include "my_work_page.h"

#include "supervisor_widgets.h"
#include "team_queues_widget.h"
#include "worklist_model.h"

#include "ui/credit/approval_widgets.h"
#include "ui/credit/review_widgets.h"

#include "services/session.h"
#include "ui/common/book_job.h"
#include "ui/common/display_format.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace ardesk {

MyWorkPage::MyWorkPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("myWorkPage"));
    m_model = new WorklistModel(this);

    auto *title = new QLabel(tr("My work"), this);
    title->setObjectName(QStringLiteral("myWorkTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("myWorkTabs"));

    // --- the queue ----------------------------------------------------------------------
    auto *queue = new QWidget(m_tabs);
    m_ownerLabel = new QLabel(tr("&Queue of:"), queue);
    m_ownerBox = new QComboBox(queue);
    m_ownerBox->setObjectName(QStringLiteral("queueOwner"));
    m_ownerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerLabel->setBuddy(m_ownerBox);
    m_taskBox = new QComboBox(queue);
    m_taskBox->setObjectName(QStringLiteral("queueTask"));
    m_taskBox->addItem(tr("All tasks"), QString());
    for (const QString &kind :
         {TaskKind::call, TaskKind::promiseFollowUp, TaskKind::disputeFollowUp, TaskKind::review, TaskKind::escalation})
        m_taskBox->addItem(WorklistModel::taskDisplayName(kind), kind);
    m_bucketBox = new QComboBox(queue);
    m_bucketBox->setObjectName(QStringLiteral("queueBucket"));
    m_bucketBox->addItem(tr("All buckets"), -1);
    const AgingBuckets buckets;
    for (int i = 0; i < buckets.bucketCount(); ++i)
        m_bucketBox->addItem(i == 0 ? tr("Not yet due") : tr("%1 days past due").arg(buckets.label(i)), i);
    m_search = new QLineEdit(queue);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_search->installEventFilter(this);
    m_count = new QLabel(queue);
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_next = new QPushButton(tr("&Next account"), queue);
    m_next->setObjectName(QStringLiteral("nextAccountButton"));
    m_next->setToolTip(tr("Open the top account of the queue with its task (F8)"));
    m_next->setDefault(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_ownerLabel);
    filters->addWidget(m_ownerBox);
    filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    filters->addWidget(m_taskBox);
    filters->addWidget(m_bucketBox);
    filters->addWidget(m_search);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_next);

    m_table = new QTableView(queue);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(WorklistModel::Rank, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Widths from what the columns hold; the name takes the rest.
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    const int pad = fontMetrics().averageCharWidth() * 2;
    auto headerWidth = [&](int column) {
        int widest = 0;
        for (const QString &line : m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            widest = std::max(widest, fontMetrics().horizontalAdvance(line));
        return widest + pad + fontMetrics().averageCharWidth() * 2; // room for the sort arrow
    };
    auto width = [&](int column, int pixels) {
        m_table->setColumnWidth(column, std::max(pixels, headerWidth(column)));
    };
    width(WorklistModel::Rank, 4 * digit + pad);
    width(WorklistModel::Customer, fontMetrics().horizontalAdvance(QStringLiteral("C000000")) + pad);
    width(WorklistModel::Name, 20 * fontMetrics().averageCharWidth());
    width(WorklistModel::Task,
          fontMetrics().horizontalAdvance(WorklistModel::taskDisplayName(TaskKind::promiseFollowUp)) + pad);
    width(WorklistModel::Due, fontMetrics().horizontalAdvance(formatDate(QDate(2026, 12, 28))) + pad);
    width(WorklistModel::Overdue, fontMetrics().horizontalAdvance(QStringLiteral("999,999.00 EUR")) + pad);
    width(WorklistModel::Score, 6 * digit + pad);
    for (int column = WorklistModel::OverduePoints; column <= WorklistModel::BalancePoints; ++column)
        width(column, 5 * digit + pad);
    m_table->horizontalHeader()->setSectionResizeMode(WorklistModel::Name, QHeaderView::Stretch);

    m_message = new QLabel(queue);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(m_table, 1);
    queueLayout->addWidget(m_message);
    m_tabs->addTab(queue, tr("&Queue"));

    m_escalations = new EscalationQueueWidget(m_tabs);
    m_portfolios = new PortfolioWidget(m_tabs);
    m_tabs->addTab(m_escalations, tr("&Escalations"));
    m_tabs->addTab(m_portfolios, tr("&Portfolios"));
    m_approvals = new ApprovalQueueWidget(m_tabs);
    m_reviews = new ReviewQueueWidget(m_tabs);
    m_tabs->addTab(m_approvals, tr("&Approvals"));
    m_tabs->addTab(m_reviews, tr("Credit re&views"));
    m_team = new TeamQueuesWidget(m_tabs);
    m_team->setToday([this] { return today(); });
    m_tabs->addTab(m_team, tr("&Team"));
    connect(m_team, &TeamQueuesWidget::queueOpened, this, [this](const QString &login) {
        setQueueOwner(login);
        showTab(0);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 3)
            m_approvals->reload();
        else if (index == 4)
            m_reviews->reload();
    });
    connect(m_approvals, &ApprovalQueueWidget::openAccount, this, &MyWorkPage::openAccount);
    connect(m_approvals, &ApprovalQueueWidget::changed, this, [this] {
        reload();
        Q_EMIT bookChanged();
    });
    connect(m_reviews, &ReviewQueueWidget::openAccount, this, &MyWorkPage::openAccount);
    connect(m_reviews, &ReviewQueueWidget::changed, this, &MyWorkPage::bookChanged);
    connect(m_escalations, &EscalationQueueWidget::openAccount, this, &MyWorkPage::openAccount);
    connect(m_escalations, &EscalationQueueWidget::changed, this, [this] {
        reload();
        Q_EMIT bookChanged();
    });
    connect(m_portfolios, &PortfolioWidget::openAccount, this, &MyWorkPage::openAccount);
    connect(m_portfolios, &PortfolioWidget::changed, this, [this] {
        reload();
        Q_EMIT bookChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_ownerBox, &QComboBox::activated, this, [this] { setQueueOwner(m_ownerBox->currentData().toString()); });
    connect(m_taskBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTaskFilter(m_taskBox->currentData().toString()); });
    connect(m_bucketBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setBucketFilter(m_bucketBox->currentData().toInt()); });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        m_model->setSearch(m_search->text());
    });
    connect(m_model, &WorklistModel::matchingCountChanged, this, &MyWorkPage::showCount);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (const auto item = nextItem())
            Q_EMIT workItem(*item);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const WorklistItem *item = m_model->itemAt(index.row()))
            Q_EMIT workItem(*item);
    });
    showCount();
}

MyWorkPage::~MyWorkPage() = default;

void MyWorkPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_escalations->setClock(m_clock);
}

QDate MyWorkPage::today() const
{
    return todayOf(m_clock);
}

void MyWorkPage::setSession(Session *session)
{
    m_session = session;
    ++m_generation; // a read still running belongs to the old book
    m_loading = false;
    m_readWaiting = false;
    m_owner.clear();
    m_model->setWorklist({});
    m_escalations->setSession(session);
    m_portfolios->setSession(session);
    const bool supervisory = session && isSupervisoryRole(session->actor().role);
    m_tabs->setTabVisible(1, supervisory && session->can(Action::Escalate));
    m_tabs->setTabVisible(2, supervisory && session->can(Action::EditCustomers));
    m_tabs->setTabVisible(3, session && session->can(Action::ApproveWriteOff));
    m_tabs->setTabVisible(4, session && (supervisory || session->can(Action::EditCreditPolicy)));
    m_tabs->setTabVisible(5, supervisory && session->can(Action::LogContact));
    m_team->setSession(supervisory && session->can(Action::LogContact) ? session : nullptr);
    m_approvals->setToday(today());
    m_reviews->setToday(today());
    m_approvals->setSession(session && session->can(Action::ApproveWriteOff) ? session : nullptr);
    m_reviews->setSession(session && (supervisory || session->can(Action::EditCreditPolicy)) ? session : nullptr);
    if (!session)
        return;
    fillOwners();
    if (!session->can(Action::LogContact)) {
        m_message->setText(tr("Your role has no work queue (it needs the “log contact” permission)."));
        m_message->show();
        m_next->setEnabled(false);
        return;
    }
    reload();
}

void MyWorkPage::fillOwners()
{
    m_ownerBox->clear();
    const bool supervisory = isSupervisoryRole(m_session->actor().role);
    std::vector<DeskUser> users;
    if (m_session->can(Action::LogContact))
        if (auto read = CollectionService(*m_session).deskUsers())
            users = std::move(*read);
    QString own = m_session->actor().login;
    if (own.isEmpty() || !std::any_of(users.begin(), users.end(), [&](const DeskUser &u) { return u.login == own; })) {
        own.clear();
        for (const DeskUser &user : users)
            if (user.role == Role::Collector) {
                own = user.login;
                break;
            }
    }
    for (const DeskUser &user : users) {
        if (!supervisory && user.login != own)
            continue;
        m_ownerBox->addItem(tr("%1 (%2)").arg(user.name.isEmpty() ? user.login : user.name, roleDisplayName(user.role)),
                            user.login);
    }
    m_ownerBox->setEnabled(supervisory);
    m_ownerBox->setToolTip(supervisory ? tr("Supervisors, managers and admins can look at anyone's queue")
                                       : tr("Your own queue"));
    m_owner = own;
    m_ownerBox->setCurrentIndex(std::max(0, m_ownerBox->findData(own)));
}

void MyWorkPage::setQueueOwner(const QString &login)
{
    if (login == m_owner)
        return;
    m_owner = login;
    m_ownerBox->setCurrentIndex(std::max(0, m_ownerBox->findData(login)));
    m_model->setWorklist({});
    reload();
}

void MyWorkPage::reload()
{
    m_team->reload(); // read again if on screen, else when next shown
    if (!m_session || !m_session->can(Action::LogContact) || m_owner.isEmpty()) {
        showCount();
        return;
    }
    m_message->hide();
    m_loading = true;
    if (m_readsHeld && !isVisible()) {
        m_readWaiting = true; // read once the hold ends or the page is shown
        ++m_generation;       // a read still running is of no use any more
        showCount();
        return;
    }
    m_readWaiting = false;
    showCount();
    const quint64 generation = ++m_generation;
    const QString owner = m_owner;
    const QDate asOf = today();
    BookJob::start<Worklist>(
            *m_session, AccessMode::ReadOnly, this,
            [owner, asOf](Session &worker) -> Result<Worklist> {
                QElapsedTimer timer;
                timer.start();
                auto result = CollectionService(worker).worklist(owner, asOf);
                if (const auto logger = spdlog::get("ardesk.ui"))
                    logger->info("queue of {} as of {}: {} item(s) in {} ms", owner.toStdString(),
                                 asOf.toString(Qt::ISODate).toStdString(), result ? result->items.size() : 0,
                                 timer.elapsed());
                return result;
            },
            [this, generation](Result<Worklist> result) { loadFinished(generation, std::move(result)); });
}

void MyWorkPage::setReadsHeld(bool held)
{
    m_readsHeld = held;
    if (!held && m_readWaiting)
        reload();
}

void MyWorkPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_readWaiting)
        setReadsHeld(false); // the user is looking at the queue: read it now
}

void MyWorkPage::loadFinished(quint64 generation, Result<Worklist> result)
{
    if (generation != m_generation)
        return; // a newer read (or another book) took over
    m_loading = false;
    if (!result) {
        m_message->setText(tr("The queue could not be read: %1").arg(result.error().message));
        m_message->show();
        showCount();
    } else {
        const QModelIndex current = m_table->currentIndex();
        QElapsedTimer timer;
        timer.start();
        m_model->setWorklist(std::move(*result));
        if (const auto logger = spdlog::get("ardesk.ui"))
            logger->info("queue shown: {} item(s) in {} ms on the UI thread", m_model->worklist().items.size(),
                         timer.elapsed());
        if (current.isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(std::min(current.row(), m_model->rowCount() - 1), 0));
    }
    Q_EMIT loaded();
}

void MyWorkPage::showCount()
{
    if (m_loading && m_model->worklist().items.empty()) {
        m_count->setText(tr("Reading the queue…"));
    } else {
        const int shown = m_model->matchingCount();
        const int all = static_cast<int>(m_model->worklist().items.size());
        m_count->setText(shown == all ? tr("%Ln item(s) due", nullptr, all)
                                      : tr("%1 of %Ln item(s)", nullptr, all).arg(QLocale().toString(shown)));
    }
    m_next->setEnabled(m_model->matchingCount() > 0);
}

void MyWorkPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

std::optional<WorklistItem> MyWorkPage::nextItem() const
{
    if (const WorklistItem *item = m_model->topItem())
        return *item;
    return std::nullopt;
}

void MyWorkPage::itemFinished(const WorklistItem &item)
{
    m_model->removeItem(item.customerId, item.task);
    reload();
}

} // namespace ardesk

namespace ardesk {

bool MyWorkPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes to the grid: type, then walk the results.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ardesk
