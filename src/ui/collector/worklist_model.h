#pragma once
// The collector's queue as a grid: one row per queue item (account and task), with the
// score and its six parts as columns so the collector sees why an account is on top.
//
// The queue is computed whole by CollectionService (it must rank every account of the
// portfolio: a few thousand items on a 50,000-customer book, computed off the UI thread by
// MyWorkPage); this model filters and sorts that computed list in memory and hands rows
// to the view a page at a time (canFetchMore/fetchMore), so the view never lays out
// thousands of rows at once. Filters: task kind, aging bucket of the account's oldest
// overdue item, and a search on code or name.

#include "services/collection_service.h"

#include "domain/aging.h"

#include <QAbstractTableModel>

#include <vector>

namespace ardesk {

class WorklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorklistModel)

public:
    static constexpr int kPageSize = 200;

    enum Column {
        Rank,
        Customer,
        Name,
        Task,
        Due,
        Overdue,
        Score,
        OverduePoints,
        DaysPastDuePoints,
        BrokenPromisesPoints,
        PromiseDuePoints,
        RiskPoints,
        BalancePoints,
        Hold, // the credit hold in force, with its reasons
        ColumnCount
    };
    enum DataRole { RawValueRole = Qt::UserRole, RowIdRole, TaskKindRole };

    explicit WorklistModel(QObject *parent = nullptr);
    ~WorklistModel() override;

    // A new queue (rank = position in the service's order).
    void setWorklist(Worklist worklist);
    const Worklist &worklist() const { return m_worklist; }
    // Takes one item out at once (finished on the account), before the queue is read again.
    void removeItem(Id customerId, const QString &task);

    // Empty: every kind (TaskKind keys).
    void setTaskFilter(const QString &task);
    // -1: every bucket; else an AgingBuckets bucket of the account's days past due.
    void setBucketFilter(int bucket);
    void setSearch(const QString &text);

    // Items that pass the filters (not just those handed to the view yet).
    int matchingCount() const { return static_cast<int>(m_visible.size()); }
    // The item shown at `row` (of the filtered, sorted list); nullptr outside.
    const WorklistItem *itemAt(int row) const;
    // The first item in the current order: what "Next account" opens.
    const WorklistItem *topItem() const { return itemAt(0); }

    static QString taskDisplayName(const QString &task);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void matchingCountChanged(int count);

private:
    void rebuild();
    bool passes(const WorklistItem &item) const;
    QVariant sortKey(const WorklistItem &item, std::size_t rank, int column) const;

    Worklist m_worklist;
    std::vector<std::size_t> m_visible; // indexes into m_worklist.items, in display order
    int m_loaded = 0;
    QString m_task;
    int m_bucket = -1;
    QString m_search;
    AgingBuckets m_buckets;
    int m_sortColumn = Rank;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ardesk
