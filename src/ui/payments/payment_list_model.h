#pragma once
// The payments grid: date, reference, customer, amount, unapplied cash, method and
// status (applied, unapplied cash, reversed), read a page at a time from BrowseService,
// sorted and searched in SQL.

#include "ui/common/paged_table_model.h"

#include <vector>

namespace ardesk {

class PaymentListModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentListModel)

public:
    enum Column { ReceivedDate, Reference, Customer, CustomerName, Amount, Unapplied, Method, Status, ColumnCount };

    explicit PaymentListModel(QObject *parent = nullptr);
    ~PaymentListModel() override;

    // Each reloads when it changes what is shown.
    void setSearch(const QString &search);
    void setStatus(PaymentStatusFilter status);
    void setCustomer(std::optional<Id> customerId);
    const PaymentListFilter &filter() const { return m_filter; }
    // Replaces the whole filter (a drill-down from the dashboard) and reloads.
    void setFilter(const PaymentListFilter &filter);

    // The row (its page read when it is not held); nullptr when out of range.
    const PaymentListRow *rowAt(int row) const;

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

private:
    PaymentListFilter m_filter;
    PaymentListSort m_sort;
    PageStore<PaymentListRow> m_rows;
};

} // namespace ardesk
