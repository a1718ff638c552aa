#include "report_model.h"

#include <bit>
#include <stdexcept>

namespace ardesk {

QString reportCellText(const ReportValue &value, const ReportColumn &column)
{
    return std::visit(
            [&](const auto &v) -> QString {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    return {};
                else if constexpr (std::is_same_v<T, QString>)
                    return v;
                else if constexpr (std::is_same_v<T, QDate>)
                    return v.toString(Qt::ISODate);
                else if constexpr (std::is_same_v<T, Money>)
                    return v.toDecimalString();
                else if constexpr (std::is_same_v<T, qint64>)
                    return QString::number(v);
                else
                    return QString::number(v, 'f', column.decimals);
            },
            value);
}

} // namespace ardesk

namespace ardesk {

void ReportRows::push_back(const Row &row)
{
    m_rowStarts.push_back(m_cells.size());
    for (const ReportValue &value : row)
        m_cells.push_back(cellOf(value));
}

void ReportRows::reserve(std::size_t rows, std::size_t cells)
{
    m_rowStarts.reserve(rows);
    m_cells.reserve(rows * cells);
}

void ReportRows::shrink_to_fit()
{
    m_rowStarts.shrink_to_fit();
    m_cells.shrink_to_fit();
    m_text.squeeze();
}

std::size_t ReportRows::cellCount(std::size_t row) const
{
    if (row >= m_rowStarts.size())
        return 0;
    const std::size_t end = row + 1 < m_rowStarts.size() ? m_rowStarts[row + 1] : m_cells.size();
    return end - m_rowStarts[row];
}

ReportRows::Row ReportRows::operator[](std::size_t row) const
{
    Row values;
    const std::size_t cells = cellCount(row);
    values.reserve(cells);
    for (std::size_t c = 0; c < cells; ++c)
        values.push_back(valueOf(m_cells[m_rowStarts[row] + c]));
    return values;
}

ReportRows::Row ReportRows::at(std::size_t row) const
{
    if (row >= size())
        throw std::out_of_range("ReportRows::at");
    return (*this)[row];
}

ReportValue ReportRows::value(std::size_t row, std::size_t column) const
{
    if (column >= cellCount(row))
        return {};
    return valueOf(m_cells[m_rowStarts[row] + column]);
}

qsizetype ReportRows::heldBytes() const
{
    return qsizetype(m_cells.capacity() * sizeof(Cell) + m_rowStarts.capacity() * sizeof(std::size_t))
            + m_text.capacity() * qsizetype(sizeof(QChar)) + qsizetype(m_currencies.size() * sizeof(QString));
}

ReportRows::Cell ReportRows::cellOf(const ReportValue &value)
{
    return std::visit(
            [&](const auto &v) -> Cell {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>) {
                    return {0, 0, Kind::Empty};
                } else if constexpr (std::is_same_v<T, QString>) {
                    if (v.isNull())
                        return {0, 0, Kind::NullText};
                    const qint64 start = m_text.size();
                    m_text.append(v);
                    return {start, static_cast<quint32>(v.size()), Kind::Text};
                } else if constexpr (std::is_same_v<T, QDate>) {
                    return {v.toJulianDay(), 0, Kind::Date};
                } else if constexpr (std::is_same_v<T, Money>) {
                    // A table has a few currencies: the last one first, as rows repeat it.
                    std::size_t index = m_currencies.size();
                    for (std::size_t i = m_currencies.size(); i-- > 0;) {
                        if (m_currencies[i] == v.currency()) {
                            index = i;
                            break;
                        }
                    }
                    if (index == m_currencies.size())
                        m_currencies.push_back(v.currency());
                    return {v.minor(), static_cast<quint32>(index), Kind::Amount};
                } else if constexpr (std::is_same_v<T, qint64>) {
                    return {v, 0, Kind::Integer};
                } else {
                    return {std::bit_cast<qint64>(v), 0, Kind::Real};
                }
            },
            value);
}

ReportValue ReportRows::valueOf(const Cell &cell) const
{
    switch (cell.kind) {
    case Kind::Empty:
        break;
    case Kind::Text:
        if (cell.extra == 0)
            return QStringLiteral(""); // empty, not null
        return QString(m_text.constData() + cell.number, static_cast<qsizetype>(cell.extra));
    case Kind::NullText:
        return QString();
    case Kind::Date:
        return QDate::fromJulianDay(cell.number);
    case Kind::Amount:
        return Money(cell.number, m_currencies[cell.extra]);
    case Kind::Integer:
        return cell.number;
    case Kind::Real:
        return std::bit_cast<double>(cell.number);
    }
    return {};
}

} // namespace ardesk
