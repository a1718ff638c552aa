#include "invoice_list_model.h"

#include "ui/common/display_format.h"

#include <QLocale>

namespace ardesk {

namespace {
bool isRightAligned(int column)
{
    return column == InvoiceListModel::Amount || column == InvoiceListModel::Open
            || column == InvoiceListModel::DaysPastDue;
}
} // namespace

InvoiceListModel::InvoiceListModel(QObject *parent) : PagedTableModel(parent, DueDate, Qt::AscendingOrder) { }

InvoiceListModel::~InvoiceListModel() = default;

void InvoiceListModel::setFilter(const InvoiceListFilter &filter)
{
    m_filter = filter;
    reload();
}

void InvoiceListModel::setSearch(const QString &search)
{
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    reload();
}

void InvoiceListModel::setStatus(InvoiceStatusFilter status)
{
    if (status == m_filter.status)
        return;
    m_filter.status = status;
    reload();
}

void InvoiceListModel::setCustomer(std::optional<Id> customerId)
{
    if (customerId == m_filter.customerId)
        return;
    m_filter.customerId = customerId;
    reload();
}

const InvoiceListRow *InvoiceListModel::rowAt(int row) const
{
    return ensureRow(row) ? m_rows.find(row) : nullptr;
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    const InvoiceListRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = index.column();
    // Days past due mean something only for what is still owed and already late.
    const bool late = row->open > 0 && row->daysPastDue > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return row->number;
        case Customer:
            return row->customerCode;
        case CustomerName:
            return row->customerName;
        case IssueDate:
            return formatDate(row->issueDate);
        case DueDate:
            // An invoice in instalments is due by its oldest open part.
            return row->partCount > 0 ? tr("%1 (part %2 of %3)")
                                                .arg(formatDate(row->dueDate), QLocale().toString(row->partSeq),
                                                     QLocale().toString(row->partCount))
                                      : formatDate(row->dueDate);
        case Amount:
            return formatMoney(row->amount, row->currency);
        case Open:
            return formatMoney(row->open, row->currency);
        case DaysPastDue:
            return late ? QLocale().toString(row->daysPastDue) : QString();
        }
        break;
    case RawValueRole:
        switch (column) {
        case Number:
            return row->number;
        case Customer:
            return row->customerCode;
        case CustomerName:
            return row->customerName;
        case IssueDate:
            return row->issueDate;
        case DueDate:
            return row->dueDate;
        case Amount:
            return QVariant::fromValue<qint64>(row->amount);
        case Open:
            return QVariant::fromValue<qint64>(row->open);
        case DaysPastDue:
            return QVariant::fromValue<qint64>(row->daysPastDue);
        }
        break;
    case RowIdRole:
        return QVariant::fromValue<qint64>(row->id);
    case Qt::TextAlignmentRole:
        if (isRightAligned(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == CustomerName)
            return row->customerName;
        if ((column == DueDate || column == DaysPastDue) && row->partCount > 0)
            return tr("In %n instalment(s): due by part %1, the oldest still open; the invoice's own due date is %2",
                      nullptr, row->partCount)
                    .arg(QLocale().toString(row->partSeq), formatDate(row->invoiceDueDate));
        break;
    default:
        break;
    }
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isRightAligned(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case CustomerName:
        return tr("Name");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Open:
        return tr("Open");
    case DaysPastDue:
        return tr("Days late");
    }
    return {};
}

bool InvoiceListModel::applySort(int column, Qt::SortOrder order)
{
    static constexpr InvoiceSortColumn kSortColumns[ColumnCount] = {
            InvoiceSortColumn::Number,    InvoiceSortColumn::CustomerCode, InvoiceSortColumn::CustomerName,
            InvoiceSortColumn::IssueDate, InvoiceSortColumn::DueDate,      InvoiceSortColumn::Amount,
            InvoiceSortColumn::Open,      InvoiceSortColumn::DaysPastDue,
    };
    m_sort = {kSortColumns[column], direction(order)};
    return true;
}

Result<qint64> InvoiceListModel::queryCount(const BrowseService &browse)
{
    return browse.invoiceCount(m_filter);
}

Result<qsizetype> InvoiceListModel::queryPage(const BrowseService &browse, const RowWindow &window, Reading reading)
{
    const InvoiceListSort sort = readingSort(m_sort, reading);
    auto rows = browse.invoices(m_filter, sort, asOf(), window);
    if (!rows)
        return std::unexpected(rows.error());
    m_rows.stage(std::move(*rows), reading == Reading::Reversed);
    return m_rows.stagedCount();
}

Result<std::optional<ListKey>> InvoiceListModel::queryKeyAt(const BrowseService &browse, qint64 position, Reading reading)
{
    const InvoiceListSort sort = readingSort(m_sort, reading);
    return browse.invoiceKeyAt(m_filter, sort, position);
}

} // namespace ardesk
