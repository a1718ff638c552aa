#include "record_table_model.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace ardesk {

RecordTableModel::RecordTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

RecordTableModel::~RecordTableModel() = default;

void RecordTableModel::setRows(std::vector<RecordRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (RecordRow &row : m_rows)
        row.cells.resize(m_headers.size());
    endResetModel();
}

const RecordRow *RecordTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int RecordTableModel::rowOf(Id id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow &row = m_rows[std::size_t(index.row())];
    const RecordCell &cell = row.cells[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.text;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.alignment);
    case RawValueRole:
        return cell.raw.isValid() ? cell.raw : QVariant(cell.text);
    case RowIdRole:
        return QVariant::fromValue<qint64>(row.id);
    case Qt::ForegroundRole:
        if (row.dimmed || cell.dimmed)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (row.bold) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ardesk
