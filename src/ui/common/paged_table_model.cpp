#include "paged_table_model.h"

#include <spdlog/spdlog.h>

namespace ardesk {

namespace {
void logFailure(const QString &message)
{
    if (const auto logger = spdlog::get("ardesk.ui"))
        logger->warn("list read failed: {}", message.toStdString());
}
} // namespace

PagedTableModel::PagedTableModel(QObject *parent, int sortColumn, Qt::SortOrder sortOrder)
    : QAbstractTableModel(parent),
      m_asOf(QDate::currentDate()),
      m_sortColumn(sortColumn),
      m_sortOrder(sortOrder)
{
}

PagedTableModel::~PagedTableModel() = default;

void PagedTableModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void PagedTableModel::setAsOf(QDate asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    reload();
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_loaded = 0;
    m_total = 0;
    m_complete = true;
    Status read;
    if (m_session) {
        if (auto count = queryCount(BrowseService(*m_session))) {
            m_total = *count;
            m_complete = false;
            read = readNextPage(Announce::No);
        } else {
            read = std::unexpected(count.error());
        }
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!read) {
        logFailure(read.error().message);
        Q_EMIT failed(read.error().message);
    }
}

// Reads the next page into the staging area and appends it; inside a reset the rows are
// not announced one by one.
Status PagedTableModel::readNextPage(Announce announce)
{
    auto staged = queryPage(BrowseService(*m_session), {m_loaded, kPageSize});
    if (!staged) {
        m_complete = true;
        return std::unexpected(staged.error());
    }
    const qsizetype count = *staged;
    const bool insert = announce == Announce::Yes && count > 0;
    if (insert)
        beginInsertRows({}, static_cast<int>(m_loaded), static_cast<int>(m_loaded + count - 1));
    appendStagedRows();
    m_loaded += count;
    if (insert)
        endInsertRows();
    if (count < kPageSize)
        m_complete = true;
    return {};
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_loaded);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && !m_complete;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (auto read = readNextPage(Announce::Yes); !read) {
        logFailure(read.error().message);
        Q_EMIT failed(read.error().message);
    }
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return; // e.g. a view turning sorting on: nothing to read again
    if (!applySort(column, order))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace ardesk
