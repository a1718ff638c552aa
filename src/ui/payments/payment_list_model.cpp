#include "payment_list_model.h"

#include "ui/common/display_format.h"

#include <QGuiApplication>
#include <QPalette>

namespace ardesk {

namespace {
bool isAmount(int column)
{
    return column == PaymentListModel::Amount || column == PaymentListModel::Unapplied;
}
} // namespace

PaymentListModel::PaymentListModel(QObject *parent) : PagedTableModel(parent, ReceivedDate, Qt::DescendingOrder) { }

PaymentListModel::~PaymentListModel() = default;

void PaymentListModel::setFilter(const PaymentListFilter &filter)
{
    m_filter = filter;
    reload();
}

void PaymentListModel::setSearch(const QString &search)
{
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    reload();
}

void PaymentListModel::setStatus(PaymentStatusFilter status)
{
    if (status == m_filter.status)
        return;
    m_filter.status = status;
    reload();
}

void PaymentListModel::setCustomer(std::optional<Id> customerId)
{
    if (customerId == m_filter.customerId)
        return;
    m_filter.customerId = customerId;
    reload();
}

const PaymentListRow *PaymentListModel::rowAt(int row) const
{
    return ensureRow(row) ? m_rows.find(row) : nullptr;
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    const PaymentListRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ReceivedDate:
            return formatDate(row->receivedDate);
        case Reference:
            return row->reference;
        case Customer:
            return row->customerCode;
        case CustomerName:
            return row->customerName;
        case Amount:
            return formatMoney(row->amount, row->currency);
        case Unapplied:
            return row->unapplied != 0 ? formatMoney(row->unapplied, row->currency) : QString();
        case Method:
            return paymentMethodDisplayName(row->method);
        case Status:
            if (row->reversed)
                return tr("Reversed %1").arg(formatDate(row->reversedDate));
            return row->unapplied != 0 ? tr("Unapplied cash") : tr("Applied");
        }
        break;
    case RawValueRole:
        switch (column) {
        case ReceivedDate:
            return row->receivedDate;
        case Reference:
            return row->reference;
        case Customer:
            return row->customerCode;
        case CustomerName:
            return row->customerName;
        case Amount:
            return QVariant::fromValue<qint64>(row->amount);
        case Unapplied:
            return QVariant::fromValue<qint64>(row->unapplied);
        case Method:
            return row->method;
        case Status:
            return row->reversed ? 2 : row->unapplied != 0 ? 1 : 0;
        }
        break;
    case RowIdRole:
        return QVariant::fromValue<qint64>(row->id);
    case Qt::TextAlignmentRole:
        if (isAmount(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (row->reversed) // still listed (nothing posted disappears), but visibly void
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (column == CustomerName)
            return row->customerName;
        break;
    default:
        break;
    }
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isAmount(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedDate:
        return tr("Received");
    case Reference:
        return tr("Reference");
    case Customer:
        return tr("Customer");
    case CustomerName:
        return tr("Name");
    case Amount:
        return tr("Amount");
    case Unapplied:
        return tr("Unapplied");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    }
    return {};
}

bool PaymentListModel::applySort(int column, Qt::SortOrder order)
{
    static constexpr PaymentSortColumn kSortColumns[ColumnCount] = {
            PaymentSortColumn::ReceivedDate, PaymentSortColumn::Reference, PaymentSortColumn::CustomerCode,
            PaymentSortColumn::CustomerName, PaymentSortColumn::Amount,    PaymentSortColumn::Unapplied,
            PaymentSortColumn::Method,       PaymentSortColumn::Status,
    };
    m_sort = {kSortColumns[column], direction(order)};
    return true;
}

Result<qint64> PaymentListModel::queryCount(const BrowseService &browse)
{
    return browse.paymentCount(m_filter);
}

Result<qsizetype> PaymentListModel::queryPage(const BrowseService &browse, const RowWindow &window, Reading reading)
{
    const PaymentListSort sort = readingSort(m_sort, reading);
    auto rows = browse.payments(m_filter, sort, window);
    if (!rows)
        return std::unexpected(rows.error());
    m_rows.stage(std::move(*rows), reading == Reading::Reversed);
    return m_rows.stagedCount();
}

Result<std::optional<ListKey>> PaymentListModel::queryKeyAt(const BrowseService &browse, qint64 position, Reading reading)
{
    const PaymentListSort sort = readingSort(m_sort, reading);
    return browse.paymentKeyAt(m_filter, sort, position);
}

} // namespace ardesk
