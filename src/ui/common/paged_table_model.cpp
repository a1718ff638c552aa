#include "paged_table_model.h"

#include <QMetaObject>

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <limits>

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

void PagedTableModel::forgetPages()
{
    clearRows();
    m_pages.clear();
}

void PagedTableModel::reportFailure(const QString &message)
{
    m_readFailed = true;
    logFailure(message);
    Q_EMIT failed(message);
}

void PagedTableModel::reload()
{
    beginResetModel();
    forgetPages();
    m_total = 0;
    m_readFailed = false;
    m_lastRead = PageRead::None;
    m_lastSkipped = 0;
    Status read;
    if (m_session) {
        if (auto count = queryCount(BrowseService(*m_session))) {
            m_total = *count;
            if (m_total > 0)
                read = readPage(0); // the first screen, read with the count
        } else {
            read = std::unexpected(count.error());
        }
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!read)
        reportFailure(read.error().message);
}

void PagedTableModel::refresh()
{
    if (!m_session) {
        reload();
        return;
    }
    auto count = queryCount(BrowseService(*m_session));
    if (!count) {
        reportFailure(count.error().message);
        return;
    }
    m_readFailed = false;
    const qint64 oldTotal = m_total;
    const qint64 newTotal = *count;
    // The count first, at the end of the list (the rows there are read again below anyway).
    if (newTotal < oldTotal) {
        beginRemoveRows({}, static_cast<int>(newTotal), static_cast<int>(oldTotal - 1));
        m_total = newTotal;
        endRemoveRows();
    } else if (newTotal > oldTotal) {
        beginInsertRows({}, static_cast<int>(oldTotal), static_cast<int>(newTotal - 1));
        m_total = newTotal;
        endInsertRows();
    }
    // Then the rows: the pages held are read again and the persistent indexes follow their
    // records (found among the rows read), else stay on their row.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<std::optional<Id>> ids;
    ids.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex &index : from)
        ids.push_back(cachedIdAt(index.row()));
    std::vector<qint64> held;
    for (const auto &[page, info] : m_pages)
        if (page * kPageSize < m_total)
            held.push_back(page);
    forgetPages();
    Status read;
    for (const qint64 page : held)
        if (read)
            read = readPage(page);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QModelIndex &index = from[i];
        qint64 row = index.row();
        if (const std::optional<Id> id = ids[static_cast<std::size_t>(i)]; id && cachedIdAt(row) != id)
            row = cachedRowOf(*id).value_or(row);
        to.append(row < m_total ? createIndex(static_cast<int>(row), index.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (newTotal != oldTotal)
        Q_EMIT totalCountChanged(m_total);
    if (!read)
        reportFailure(read.error().message);
}

qsizetype PagedTableModel::cachedRowCount() const
{
    qsizetype rows = 0;
    for (const auto &[page, info] : m_pages)
        rows += static_cast<qsizetype>(info.ids.size());
    return rows;
}

std::optional<Id> PagedTableModel::cachedIdAt(qint64 row) const
{
    if (row < 0)
        return std::nullopt;
    const auto page = m_pages.find(row / kPageSize);
    if (page == m_pages.end())
        return std::nullopt;
    const auto index = static_cast<std::size_t>(row % kPageSize);
    if (index >= page->second.ids.size())
        return std::nullopt;
    return page->second.ids[index];
}

std::optional<qint64> PagedTableModel::cachedRowOf(Id id) const
{
    for (const auto &[page, info] : m_pages) {
        const auto found = std::find(info.ids.begin(), info.ids.end(), id);
        if (found != info.ids.end())
            return page * kPageSize + (found - info.ids.begin());
    }
    return std::nullopt;
}

bool PagedTableModel::ensureRow(int row) const
{
    if (row < 0 || row >= m_total || !m_session)
        return false;
    const qint64 page = row / kPageSize;
    if (m_pages.contains(page))
        return true;
    if (m_readFailed)
        return false;
    // A view asks for its rows while it paints: the page is read there and then (no signal
    // is needed: the rows are what the view is about to show). A failure is reported once,
    // after the paint.
    auto *self = const_cast<PagedTableModel *>(this);
    if (auto read = self->readPage(page); !read) {
        self->m_readFailed = true;
        QMetaObject::invokeMethod(
                self, [self, message = read.error().message] { self->reportFailure(message); }, Qt::QueuedConnection);
        return false;
    }
    return m_pages.contains(page);
}

// Reads page `page` from the nearest place known: a held page next to it or further off
// (by keyset, skipping the pages between), the list's start, or its end (in the reversed
// order); then drops the pages farthest from it beyond the cache's bound.
Status PagedTableModel::readPage(qint64 page)
{
    const qint64 first = page * kPageSize;
    const qint64 wanted = std::min(kPageSize, m_total - first);
    if (wanted <= 0)
        return {};
    RowWindow window{first, wanted, std::nullopt};
    Reading reading = Reading::Forward;
    PageRead how = PageRead::FromStart;
    qint64 skipped = first;
    auto consider = [&](qint64 skip, std::optional<ListKey> after, Reading direction, PageRead kind) {
        // Ties go to a seek (the first considered of equal skips is the start or end).
        if (skip < skipped || (skip == skipped && after && how != PageRead::AfterNeighbour
                               && how != PageRead::BeforeNeighbour)) {
            skipped = skip;
            window = RowWindow{skip, wanted, std::move(after)};
            reading = direction;
            how = kind;
        }
    };
    consider(m_total - (first + wanted), std::nullopt, Reading::Reversed, PageRead::FromEnd);
    for (const auto &[held, info] : m_pages) {
        if (info.ids.empty())
            continue;
        const qint64 heldFirst = held * kPageSize;
        if (held < page && static_cast<qint64>(info.ids.size()) == kPageSize)
            consider(first - (heldFirst + kPageSize), info.last, Reading::Forward, PageRead::AfterNeighbour);
        else if (held > page)
            consider(heldFirst - (first + wanted), info.first, Reading::Reversed, PageRead::BeforeNeighbour);
    }
    const BrowseService browse(*m_session);
    if (skipped > kPageSize && first > 0) {
        // Far from every place known (a jump): the key of the row before the page, from the
        // sort column's index alone (counted from the nearer end), then the page after it.
        const qint64 fromStart = first - 1;
        const qint64 fromEnd = m_total - first;
        auto key = fromStart <= fromEnd ? queryKeyAt(browse, fromStart, Reading::Forward)
                                        : queryKeyAt(browse, fromEnd, Reading::Reversed);
        if (!key)
            return std::unexpected(key.error());
        if (*key) {
            window = RowWindow{0, wanted, std::move(**key)};
            reading = Reading::Forward;
            how = PageRead::AfterKeyAt;
            skipped = 0;
        }
    }
    auto staged = queryPage(browse, window, reading);
    if (!staged)
        return std::unexpected(staged.error());
    m_lastRead = how;
    m_lastSkipped = skipped;
    const qsizetype count = *staged;
    if (count <= 0) {
        storeStagedPage(page); // an empty page: the book changed since the count
        m_pages[page] = HeldPage{};
        return {};
    }
    HeldPage info{stagedKey(0), stagedKey(count - 1), {}};
    info.ids.reserve(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        info.ids.push_back(stagedKey(i).id);
    storeStagedPage(page);
    m_pages[page] = std::move(info);
    while (m_pages.size() > static_cast<std::size_t>(m_maxCachedPages)) {
        // The farthest from the page just read goes (the first of two as far).
        const auto farthest = std::abs(m_pages.begin()->first - page) >= std::abs(std::prev(m_pages.end())->first - page)
                ? m_pages.begin()
                : std::prev(m_pages.end());
        dropPage(farthest->first);
        m_pages.erase(farthest);
    }
    return {};
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
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
