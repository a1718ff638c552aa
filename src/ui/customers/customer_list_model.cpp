#include "customer_list_model.h"

#include "ui/common/display_format.h"

namespace ardesk {

namespace {
bool isAmount(int column)
{
    return column == CustomerListModel::Balance || column == CustomerListModel::Overdue
            || column == CustomerListModel::Unapplied || column == CustomerListModel::CreditLimit;
}
} // namespace

CustomerListModel::CustomerListModel(QObject *parent) : PagedTableModel(parent, Code, Qt::AscendingOrder) { }

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::setFilter(const CustomerListFilter &filter)
{
    m_filter = filter;
    reload();
}

void CustomerListModel::setSearch(const QString &search)
{
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    reload();
}

void CustomerListModel::setCollectorFilter(std::optional<Id> collectorId)
{
    if (collectorId == m_filter.collectorId)
        return;
    m_filter.collectorId = collectorId;
    reload();
}

const CustomerListRow *CustomerListModel::rowAt(int row) const
{
    return ensureRow(row) ? m_rows.find(row) : nullptr;
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    const CustomerListRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return row->code;
        case Name:
            return row->name;
        case Balance:
            return formatMoney(row->balance(), row->currency);
        case Overdue:
            return row->overdue != 0 ? formatMoney(row->overdue, row->currency) : QString();
        case Unapplied:
            return row->unapplied != 0 ? formatMoney(row->unapplied, row->currency) : QString();
        case CreditLimit:
            return row->creditLimit ? formatMoney(*row->creditLimit, row->currency) : QString();
        case Collector:
            return row->collectorLogin;
        }
        break;
    case RawValueRole:
        switch (column) {
        case Code:
            return row->code;
        case Name:
            return row->name;
        case Balance:
            return QVariant::fromValue<qint64>(row->balance());
        case Overdue:
            return QVariant::fromValue<qint64>(row->overdue);
        case Unapplied:
            return QVariant::fromValue<qint64>(row->unapplied);
        case CreditLimit:
            return row->creditLimit ? QVariant::fromValue<qint64>(*row->creditLimit) : QVariant();
        case Collector:
            return row->collectorLogin;
        }
        break;
    case RowIdRole:
        return QVariant::fromValue<qint64>(row->id);
    case Qt::TextAlignmentRole:
        if (isAmount(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == Balance)
            return tr("Open items %1, unapplied cash and credits %2")
                    .arg(formatMoney(row->open, row->currency), formatMoney(row->unapplied, row->currency));
        if (column == Name)
            return row->name;
        break;
    default:
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isAmount(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Balance:
        return tr("Balance");
    case Overdue:
        return tr("Overdue");
    case Unapplied:
        return tr("Unapplied");
    case CreditLimit:
        return tr("Credit limit");
    case Collector:
        return tr("Collector");
    }
    return {};
}

bool CustomerListModel::applySort(int column, Qt::SortOrder order)
{
    static constexpr CustomerSortColumn kSortColumns[ColumnCount] = {
            CustomerSortColumn::Code,      CustomerSortColumn::Name,      CustomerSortColumn::Balance,
            CustomerSortColumn::Overdue,   CustomerSortColumn::Unapplied, CustomerSortColumn::CreditLimit,
            CustomerSortColumn::Collector,
    };
    m_sort = {kSortColumns[column], direction(order)};
    return true;
}

Result<qint64> CustomerListModel::queryCount(const BrowseService &browse)
{
    return browse.customerCount(m_filter);
}

Result<qsizetype> CustomerListModel::queryPage(const BrowseService &browse, const RowWindow &window, Reading reading)
{
    const CustomerListSort sort = readingSort(m_sort, reading);
    auto rows = browse.customers(m_filter, sort, asOf(), window, &m_overdueOrder);
    if (!rows)
        return std::unexpected(rows.error());
    m_rows.stage(std::move(*rows), reading == Reading::Reversed);
    return m_rows.stagedCount();
}

Result<std::optional<ListKey>> CustomerListModel::queryKeyAt(const BrowseService &browse, qint64 position, Reading reading)
{
    const CustomerListSort sort = readingSort(m_sort, reading);
    return browse.customerKeyAt(m_filter, sort, position, asOf(), &m_overdueOrder);
}

} // namespace ardesk
