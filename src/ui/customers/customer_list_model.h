#pragma once
// The customers grid: code, name, balance, overdue, unapplied cash, credit limit and
// collector, read a page at a time from BrowseService, sorted and searched in SQL.

#include "ui/common/paged_table_model.h"

#include <vector>

namespace ardesk {

class CustomerListModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column { Code, Name, Balance, Overdue, Unapplied, CreditLimit, Collector, ColumnCount };

    explicit CustomerListModel(QObject *parent = nullptr);
    ~CustomerListModel() override;

    // Code prefix or part of the name; reloads when it changes.
    void setSearch(const QString &search);
    QString search() const { return m_filter.search; }
    // Only the accounts of one collector (the portfolio screen); empty: everyone's.
    void setCollectorFilter(std::optional<Id> collectorId);
    // Replaces the whole filter (a drill-down from the dashboard) and reloads.
    void setFilter(const CustomerListFilter &filter);
    const CustomerListFilter &filter() const { return m_filter; }

    // The row (its page read when it is not held); nullptr when out of range.
    const CustomerListRow *rowAt(int row) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool applySort(int column, Qt::SortOrder order) override;
    Result<qint64> queryCount(const BrowseService &browse) override;
    Result<qsizetype> queryPage(const BrowseService &browse, const RowWindow &window, Reading reading) override;
    Result<std::optional<ListKey>> queryKeyAt(const BrowseService &browse, qint64 position, Reading reading) override;
    ListKey stagedKey(qsizetype index) const override { return m_rows.stagedKey(index); }
    void storeStagedPage(qint64 page) override { m_rows.store(page); }
    void dropPage(qint64 page) override { m_rows.drop(page); }
    void clearRows() override { m_rows.clear(); }

public:
    // How many times the order by Overdue was summed (tests).
    int overdueOrderBuilds() const { return m_overdueOrder.builds; }

private:
    CustomerListFilter m_filter;
    CustomerListSort m_sort;
    PageStore<CustomerListRow> m_rows;
    // Sorted by Overdue: the order summed once and held until the book, date or filter change.
    CustomerOverdueOrder m_overdueOrder;
};

} // namespace ardesk
