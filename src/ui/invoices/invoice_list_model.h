#pragma once
// The invoices grid: number, customer, dates, amount, open amount and days past due,
// read a page at a time from BrowseService; open items only or all, sorted and
// searched in SQL.

#include "ui/common/paged_table_model.h"

#include <vector>

namespace ardesk {

class InvoiceListModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceListModel)

public:
    enum Column { Number, Customer, CustomerName, IssueDate, DueDate, Amount, Open, DaysPastDue, ColumnCount };

    explicit InvoiceListModel(QObject *parent = nullptr);
    ~InvoiceListModel() override;

    // Each reloads when it changes what is shown.
    void setSearch(const QString &search);
    void setStatus(InvoiceStatusFilter status);
    void setCustomer(std::optional<Id> customerId);
    const InvoiceListFilter &filter() const { return m_filter; }
    // Replaces the whole filter (a drill-down from the dashboard) and reloads.
    void setFilter(const InvoiceListFilter &filter);

    // The row (its page read when it is not held); nullptr when out of range.
    const InvoiceListRow *rowAt(int row) const;

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
    InvoiceListFilter m_filter;
    InvoiceListSort m_sort;
    PageStore<InvoiceListRow> m_rows;
};

} // namespace ardesk
