#include "apply_lines_model.h"

#include "amount_input.h"
#include "storage/list_queries.h"
#include "ui/common/display_format.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace ardesk {

ApplyLine applyLineOf(const InvoiceListRow &row)
{
    ApplyLine line;
    line.invoiceId = row.id;
    line.number = row.number;
    line.issueDate = row.issueDate;
    line.dueDate = row.dueDate;
    line.daysPastDue = row.daysPastDue;
    line.open = row.open;
    line.partSeq = row.partSeq;
    line.partCount = row.partCount;
    line.invoiceDueDate = row.invoiceDueDate;
    return line;
}

ApplyLinesModel::ApplyLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

ApplyLinesModel::~ApplyLinesModel() = default;

void ApplyLinesModel::setLines(const QString &currency, std::vector<ApplyLine> lines)
{
    beginResetModel();
    m_currency = currency;
    m_lines = std::move(lines);
    endResetModel();
    Q_EMIT appliedChanged();
}

MinorUnits ApplyLinesModel::applied() const
{
    MinorUnits total = 0;
    for (const ApplyLine &line : m_lines)
        if (line.valid)
            total += line.apply;
    return total;
}

bool ApplyLinesModel::allValid() const
{
    return std::all_of(m_lines.begin(), m_lines.end(), [](const ApplyLine &line) { return line.valid; });
}

bool ApplyLinesModel::anyPartial() const
{
    return std::any_of(m_lines.begin(), m_lines.end(),
                       [](const ApplyLine &line) { return line.valid && line.apply > 0 && line.apply < line.open; });
}

void ApplyLinesModel::applyOldestFirst(MinorUnits amount)
{
    MinorUnits left = std::max<MinorUnits>(0, amount);
    for (ApplyLine &line : m_lines) {
        line.apply = std::min(left, line.open);
        line.typed.clear();
        line.valid = true;
        left -= line.apply;
    }
    if (!m_lines.empty())
        Q_EMIT dataChanged(index(0, Apply), index(int(m_lines.size()) - 1, Apply));
    Q_EMIT appliedChanged();
}

void ApplyLinesModel::clearApplied()
{
    applyOldestFirst(0);
}

void ApplyLinesModel::setApply(int row, MinorUnits amount)
{
    setData(index(row, Apply), formatAmount(amount, m_currency));
}

int ApplyLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ApplyLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplyLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplyLine &line = m_lines[std::size_t(index.row())];
    const int column = index.column();
    if (role == RowIdRole)
        return QVariant::fromValue<qint64>(line.invoiceId);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column >= DaysPastDue ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && column == Apply) {
        if (!line.valid)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        return QBrush(QColor(0xfd, 0xfa, 0xe8)); // the editable column stands out
    }
    if (role == Qt::ToolTipRole && column == Apply && !line.valid)
        return tr("Apply an amount between 0 and the open %1").arg(formatMoney(line.open, m_currency));
    if (role == Qt::ToolTipRole && (column == DueDate || column == DaysPastDue) && line.partCount > 0)
        return tr("In %n instalment(s): due by part %1, the oldest still open; the invoice's own due date is %2",
                  nullptr, line.partCount)
                .arg(QLocale().toString(line.partSeq), formatDate(line.invoiceDueDate));
    if (role == RawValueRole) {
        switch (column) {
        case Number:
            return line.number;
        case IssueDate:
            return line.issueDate;
        case DueDate:
            return line.dueDate;
        case DaysPastDue:
            return line.daysPastDue;
        case Open:
            return QVariant::fromValue<qint64>(line.open);
        case Apply:
            return QVariant::fromValue<qint64>(line.apply);
        }
        return {};
    }
    if (role == Qt::EditRole && column == Apply)
        return line.typed.isEmpty() ? (line.apply == 0 ? QString() : formatAmount(line.apply, m_currency)) : line.typed;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Number:
        return line.number;
    case IssueDate:
        return formatDate(line.issueDate);
    case DueDate:
        // An invoice in instalments is due by its oldest open part.
        return line.partCount > 0 ? tr("%1 (part %2 of %3)")
                                            .arg(formatDate(line.dueDate), QLocale().toString(line.partSeq),
                                                 QLocale().toString(line.partCount))
                                  : formatDate(line.dueDate);
    case DaysPastDue:
        return line.daysPastDue > 0 ? QLocale().toString(line.daysPastDue) : QString();
    case Open:
        return formatAmount(line.open, m_currency);
    case Apply:
        if (!line.valid)
            return line.typed;
        return line.apply == 0 ? QString() : formatAmount(line.apply, m_currency);
    }
    return {};
}

bool ApplyLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Apply
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ApplyLine &line = m_lines[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    const auto amount = parseAmountInput(text, m_currency);
    line.valid = amount && *amount <= line.open;
    line.apply = amount.value_or(0);
    line.typed = line.valid ? QString() : text;
    Q_EMIT dataChanged(index, index);
    Q_EMIT appliedChanged();
    return true;
}

Qt::ItemFlags ApplyLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Apply)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ApplyLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Invoice");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case DaysPastDue:
        return tr("Days late");
    case Open:
        return tr("Open");
    case Apply:
        return tr("Apply");
    }
    return {};
}

} // namespace ardesk
