#include "team_queues_widget.h"

#include "services/session.h"
#include "ui/account/record_table_model.h"
#include "ui/common/book_job.h"
#include "ui/common/display_format.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <unordered_set>

namespace ardesk {

TeamQueueFigures teamQueueFigures(const Worklist &worklist)
{
    TeamQueueFigures f;
    f.login = worklist.login;
    f.items = static_cast<int>(worklist.items.size());
    std::unordered_set<Id> accounts;
    std::unordered_set<Id> promiseToday;
    std::unordered_set<Id> broken;
    std::map<QString, MinorUnits> overdue;
    for (const WorklistItem &item : worklist.items) {
        if (item.sourceKind == u"dispute")
            ++f.disputeItems;
        else if (item.sourceKind == u"escalation")
            ++f.escalationItems;
        f.mostDaysPastDue = std::max(f.mostDaysPastDue, item.daysPastDue);
        if (item.promiseDueToday)
            promiseToday.insert(item.customerId);
        if (item.brokenPromises > 0)
            broken.insert(item.customerId);
        // An account's figures are the same on each of its items: count them once.
        if (accounts.insert(item.customerId).second && item.overdueAmount != 0)
            overdue[item.currency] += item.overdueAmount;
    }
    f.accounts = static_cast<int>(accounts.size());
    f.promisesDueToday = static_cast<int>(promiseToday.size());
    f.withBrokenPromises = static_cast<int>(broken.size());
    f.overdue.assign(overdue.begin(), overdue.end());
    std::stable_sort(f.overdue.begin(), f.overdue.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return f;
}

namespace {

// Sorts by the raw value behind a cell (counts, minor units), the text where there is none.
class RawSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(RecordTableModel::RawValueRole);
        const QVariant b = right.data(RecordTableModel::RawValueRole);
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
        return a.toLongLong() < b.toLongLong();
    }
};

} // namespace

TeamQueuesWidget::TeamQueuesWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("teamQueues"));
    QStringList headers(ColumnCount);
    headers[Owner] = tr("Queue of");
    headers[Items] = tr("Items due");
    headers[Accounts] = tr("Accounts");
    headers[PromisesDueToday] = tr("Promises\ndue today");
    headers[BrokenPromises] = tr("With broken\npromises");
    headers[Disputes] = tr("Dispute\nitems");
    headers[Escalations] = tr("Escalation\nitems");
    headers[MostDaysPastDue] = tr("Most days\npast due");
    headers[Overdue] = tr("Overdue on these accounts");
    m_model = new RecordTableModel(headers, this);
    m_sorted = new RawSortProxy(this);
    m_sorted->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("teamQueuesTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Items, Qt::DescendingOrder);
    m_table->setToolTip(tr("Enter or double-click: open that queue"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("teamQueuesSummary"));
    m_summary->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("teamQueuesRefresh"));
    m_refresh->setToolTip(tr("Read every queue again (F5)"));
    m_open = new QPushButton(tr("&Open queue"), this);
    m_open->setObjectName(QStringLiteral("teamQueuesOpen"));
    m_open->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TeamQueuesWidget::reload);
    connect(m_open, &QPushButton::clicked, this, &TeamQueuesWidget::openCurrent);
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_open->setEnabled(!currentLogin().isEmpty()); });
}

TeamQueuesWidget::~TeamQueuesWidget() = default;

void TeamQueuesWidget::setSession(Session *session)
{
    m_session = session;
    ++m_generation; // a read still running belongs to the old book
    m_loading = false;
    m_stale = true;
    m_users.clear();
    m_model->setRows({});
    m_summary->clear();
    m_open->setEnabled(false);
    if (session && isSupervisoryRole(session->actor().role) && session->can(Action::LogContact))
        if (auto users = CollectionService(*session).deskUsers())
            m_users = std::move(*users);
}

void TeamQueuesWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_loading)
        reload();
}

void TeamQueuesWidget::reload()
{
    if (!m_session || !isSupervisoryRole(m_session->actor().role) || !m_session->can(Action::LogContact))
        return;
    if (!isVisible()) {
        m_stale = true; // read when shown
        return;
    }
    m_stale = false;
    m_loading = true;
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Reading every queue…"));
    m_refresh->setEnabled(false);
    const quint64 generation = ++m_generation;
    const QDate asOf = m_today ? m_today() : QDate::currentDate();
    BookJob::start<std::vector<Worklist>>(
            *m_session, AccessMode::ReadOnly, this,
            [asOf](Session &worker) -> Result<std::vector<Worklist>> {
                QElapsedTimer timer;
                timer.start();
                auto result = CollectionService(worker).allWorklists(asOf);
                if (const auto logger = spdlog::get("ardesk.ui"))
                    logger->info("every queue as of {}: {} queue(s) in {} ms",
                                 asOf.toString(Qt::ISODate).toStdString(), result ? result->size() : 0,
                                 timer.elapsed());
                return result;
            },
            [this, generation](Result<std::vector<Worklist>> result) {
                loadFinished(generation, std::move(result));
            });
}

void TeamQueuesWidget::loadFinished(quint64 generation, Result<std::vector<Worklist>> result)
{
    if (generation != m_generation)
        return; // a newer read (or another book) took over
    m_loading = false;
    m_refresh->setEnabled(true);
    if (!result) {
        m_summary->setText(tr("The queues could not be read: %1").arg(result.error().message));
        Q_EMIT loaded();
        return;
    }
    const QString keep = currentLogin();
    const QLocale locale;
    std::vector<RecordRow> rows;
    int items = 0;
    Id rowId = 0;
    for (const Worklist &worklist : *result) {
        const TeamQueueFigures f = teamQueueFigures(worklist);
        items += f.items;
        QString name = f.login;
        for (const DeskUser &user : m_users)
            if (user.login == f.login && !user.name.isEmpty())
                name = tr("%1 (%2)").arg(user.name, f.login);
        QStringList amounts;
        for (const auto &[currency, amount] : f.overdue)
            amounts << formatMoney(amount, currency, locale);
        auto count = [&](int n) { return RecordCell::number(locale.toString(n), QVariant::fromValue<qint64>(n)); };
        RecordRow row;
        row.id = ++rowId;
        row.cells = {{name, f.login},
                     count(f.items),
                     count(f.accounts),
                     count(f.promisesDueToday),
                     count(f.withBrokenPromises),
                     count(f.disputeItems),
                     count(f.escalationItems),
                     count(f.mostDaysPastDue),
                     // sorted by the largest amount of one currency
                     {amounts.join(QStringLiteral(" · ")),
                      QVariant::fromValue<qint64>(f.overdue.empty() ? 0 : f.overdue.front().second)}};
        row.dimmed = f.items == 0;
        rows.push_back(std::move(row));
    }
    const int queues = static_cast<int>(rows.size());
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%Ln queue(s)", nullptr, queues) + QStringLiteral(" · ")
                       + tr("%Ln item(s) due", nullptr, items));
    // Back on the row that was current, else the first.
    int current = 0;
    for (int r = 0; r < m_sorted->rowCount(); ++r)
        if (m_sorted->index(r, Owner).data(RecordTableModel::RawValueRole).toString() == keep)
            current = r;
    if (m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(current, Owner));
    m_open->setEnabled(!currentLogin().isEmpty());
    Q_EMIT loaded();
}

QString TeamQueuesWidget::currentLogin() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return m_sorted->index(current.row(), Owner).data(RecordTableModel::RawValueRole).toString();
}

void TeamQueuesWidget::openCurrent()
{
    const QString login = currentLogin();
    if (!login.isEmpty())
        Q_EMIT queueOpened(login);
}

} // namespace ardesk
