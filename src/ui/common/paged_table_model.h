#pragma once
// The base of the big grids (customers, invoices, payments): rows are read from the
// browse service a page at a time (Qt's "fetch more" pattern), sorting and filtering
// happen in SQL, and a change of either reloads from the first page. Subclasses say
// what a page is and how a row looks; this class does the bookkeeping.
//
// Errors: a failed read leaves the model empty or as it was and emits failed(); no
// exception leaves a model (services return Result).

#include "services/browse_service.h"

#include <QAbstractTableModel>
#include <QDate>

namespace ardesk {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    static constexpr qint64 kPageSize = 200;

    enum DataRole {
        RawValueRole = Qt::UserRole, // the value behind the text: minor units, QDate, days, ...
        RowIdRole,                   // the record's id (customer, invoice, payment)
    };

    ~PagedTableModel() override;

    // The session to read with; nullptr empties the model. Reloads.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // The date that decides overdue amounts and days past due (default: today).
    void setAsOf(QDate asOf);
    QDate asOf() const { return m_asOf; }

    // Rows matching the filter in the book (not just those loaded).
    qint64 totalCount() const { return m_total; }
    // Reads the first page again (after a filter change, or to refresh).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    bool canFetchMore(const QModelIndex &parent) const final;
    void fetchMore(const QModelIndex &parent) final;
    void sort(int column, Qt::SortOrder order) final;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void failed(const QString &message);

protected:
    explicit PagedTableModel(QObject *parent, int sortColumn, Qt::SortOrder sortOrder);

    static SortDirection direction(Qt::SortOrder order)
    {
        return order == Qt::AscendingOrder ? SortDirection::Ascending : SortDirection::Descending;
    }

    // --- what a subclass provides -------------------------------------------------------
    // Takes the sort for the next reads; false when the column cannot be sorted.
    virtual bool applySort(int column, Qt::SortOrder order) = 0;
    virtual Result<qint64> queryCount(const BrowseService &browse) = 0;
    // Reads a window into a staging area; returns how many rows it staged.
    virtual Result<qsizetype> queryPage(const BrowseService &browse, RowWindow window) = 0;
    // Moves the staged rows to the end of the loaded rows.
    virtual void appendStagedRows() = 0;
    virtual void clearRows() = 0;

private:
    enum class Announce { No, Yes };
    Status readNextPage(Announce announce);

    Session *m_session = nullptr;
    QDate m_asOf;
    qint64 m_total = 0;
    qsizetype m_loaded = 0;
    bool m_complete = true;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ardesk
