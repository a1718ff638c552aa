#pragma once
// The base of the big grids (customers, invoices, payments). The model reports every row
// the filter matches (the scrollbar stands for the whole list: Ctrl+End, a drag of the thumb
// or Page Down land on the real rows there), and reads from the browse service only the
// pages the view shows, wherever they are, into a bounded cache:
// - a page next to one already read is read by keyset (after the neighbour's last row's sort
//   value and id, or before its first row's, in the reversed order), a seek in the sort
//   column's index, so a page costs the same however deep it is;
// - a page with no neighbour near (a jump: Ctrl+End, a drag of the thumb) is read from the
//   nearest known place: the start, the end (in the reversed order) or a page held, skipping
//   the rows between; far from all of them, after the key of the row before it, which the
//   sort column's index alone gives (keyAt: no joins, about 10 ms for half a million rows)
//   where the filter allows, else by offset;
// - at most kMaxCachedPages pages are held; reading one more drops the farthest.
// Sorting and filtering happen in SQL; a change of either starts again (a model reset).
// refresh() (after a change elsewhere) reads the count and the held pages again without a
// reset: the view stays where it is and the selection stays on its records.
// Subclasses say what a page is and how a row looks (PageStore holds their rows); this class
// does the bookkeeping. docs/performance.md "Scrolling the lists".
//
// Errors: a failed read leaves the rows it would have filled empty and emits failed()
// (once, until the next reload or refresh); no exception leaves a model (services return
// Result).

#include "services/browse_service.h"

#include <QAbstractTableModel>
#include <QDate>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ardesk {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    static constexpr qint64 kPageSize = 200;
    // The cache's bound: 12 pages of 200 rows (a few screens either way of two places).
    static constexpr int kMaxCachedPages = 12;

    enum DataRole {
        RawValueRole = Qt::UserRole, // the value behind the text: minor units, QDate, days, ...
        RowIdRole,                   // the record's id (customer, invoice, payment)
    };

    // How a page was found (the last read, for tests and measurements).
    enum class PageRead {
        None,
        FromStart,      // offset from the list's first row
        FromEnd,        // offset from the last row, in the reversed order
        AfterKeyAt,     // keyset after the key of the row before it, read from the sort's index (a jump)
        AfterNeighbour, // keyset: after the last row of a page held
        BeforeNeighbour // keyset: before the first row of a page held, in the reversed order
    };

    ~PagedTableModel() override;

    // The session to read with; nullptr empties the model. Reloads.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // The date that decides overdue amounts and days past due (default: today).
    void setAsOf(QDate asOf);
    QDate asOf() const { return m_asOf; }

    // Rows matching the filter in the book (the model's row count).
    qint64 totalCount() const { return m_total; }
    // Starts again from the first page (after a filter change): a model reset.
    void reload();
    // Reads the count and the pages held again (after a change elsewhere), without a reset:
    // rows added or removed at the end, the persistent indexes (selection, current row) kept
    // on their records where those are among the rows read, else on their row.
    void refresh();

    // The cache's bound in pages (kMaxCachedPages unless set; at least 2). Takes effect at the
    // next read.
    void setMaxCachedPages(int pages) { m_maxCachedPages = std::max(2, pages); }
    int maxCachedPages() const { return m_maxCachedPages; }
    // What the cache holds (rows and pages) and how the last page was read.
    qsizetype cachedRowCount() const;
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    PageRead lastPageRead() const { return m_lastRead; }
    // Rows skipped by offset (not sought by key) in the last read: 0 for a keyset read.
    qint64 lastPageSkipped() const { return m_lastSkipped; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
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

    // Reads the page holding `row` when it is not held (a subclass's rowAt() calls it); false
    // when the row is out of range or cannot be read.
    bool ensureRow(int row) const;

    enum class Reading { Forward, Reversed };
    // A sort as a read goes: a reversed read walks the sort the other way round.
    template<typename Sort>
    static Sort readingSort(Sort sort, Reading reading)
    {
        if (reading == Reading::Reversed)
            sort.direction = sort.direction == SortDirection::Ascending ? SortDirection::Descending
                                                                          : SortDirection::Ascending;
        return sort;
    }

    // --- what a subclass provides -------------------------------------------------------
    // Takes the sort for the next reads; false when the column cannot be sorted.
    virtual bool applySort(int column, Qt::SortOrder order) = 0;
    virtual Result<qint64> queryCount(const BrowseService &browse) = 0;
    // Reads a window into a staging area, Reversed: in the reversed sort order (and then
    // turns the staged rows round, so they are in the list's order); returns how many.
    virtual Result<qsizetype> queryPage(const BrowseService &browse, const RowWindow &window, Reading reading) = 0;
    // The key of the row at `position` when the sort's index alone can tell (a jump), else
    // nullopt (the page is then read by offset).
    // Reversed: the position in the reversed order.
    virtual Result<std::optional<ListKey>> queryKeyAt(const BrowseService &browse, qint64 position, Reading reading) = 0;
    // The key of a staged row (its sortKey and id).
    virtual ListKey stagedKey(qsizetype index) const = 0;
    // Keeps the staged rows as page `page`; forgets a page; forgets every row.
    virtual void storeStagedPage(qint64 page) = 0;
    virtual void dropPage(qint64 page) = 0;
    virtual void clearRows() = 0;

private:
    struct HeldPage
    {
        ListKey first;
        ListKey last;
        std::vector<Id> ids;
    };

    Status readPage(qint64 page);
    void forgetPages();
    std::optional<qint64> cachedRowOf(Id id) const;
    std::optional<Id> cachedIdAt(qint64 row) const;
    void reportFailure(const QString &message);

    Session *m_session = nullptr;
    QDate m_asOf;
    qint64 m_total = 0;
    std::map<qint64, HeldPage> m_pages;
    int m_maxCachedPages = kMaxCachedPages;
    bool m_readFailed = false;
    PageRead m_lastRead = PageRead::None;
    qint64 m_lastSkipped = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// The rows of the pages a PagedTableModel holds, for its subclasses.
template<typename Row>
class PageStore final
{
public:
    void stage(std::vector<Row> rows, bool turnRound)
    {
        m_staged = std::move(rows);
        if (turnRound)
            std::reverse(m_staged.begin(), m_staged.end());
    }
    qsizetype stagedCount() const { return static_cast<qsizetype>(m_staged.size()); }
    ListKey stagedKey(qsizetype index) const
    {
        const Row &row = m_staged[static_cast<std::size_t>(index)];
        return {row.sortKey, row.id};
    }
    void store(qint64 page)
    {
        m_pages[page] = std::move(m_staged);
        m_staged.clear();
    }
    void drop(qint64 page) { m_pages.erase(page); }
    void clear()
    {
        m_pages.clear();
        m_staged.clear();
    }
    // The row if its page is held.
    const Row *find(qint64 row) const
    {
        if (row < 0)
            return nullptr;
        const auto page = m_pages.find(row / PagedTableModel::kPageSize);
        if (page == m_pages.end())
            return nullptr;
        const auto index = static_cast<std::size_t>(row % PagedTableModel::kPageSize);
        return index < page->second.size() ? &page->second[index] : nullptr;
    }

private:
    std::unordered_map<qint64, std::vector<Row>> m_pages;
    std::vector<Row> m_staged;
};

} // namespace ardesk
