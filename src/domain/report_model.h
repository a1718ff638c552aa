#pragma once
// A report as data (issue 7, "Reports and export"): a title, the paragraphs of its written
// summary, tables with typed columns (text, date, money, number, percent) and optional bar
// chart data. Built by ReportService (src/services), written as CSV, XLSX and PDF by
// src/documents/report_writers.h. Pure values; nothing throws.

#include "money.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <iterator>
#include <optional>
#include <variant>
#include <vector>

namespace ardesk {

enum class ReportColumnType { Text, Date, Money, Number, Percent };

struct ReportColumn final
{
    QString key;   // locale-free name: the CSV header ("open_amount")
    QString title; // translated heading (XLSX, PDF)
    ReportColumnType type = ReportColumnType::Text;
    int decimals = 0; // Number and Percent; Money uses its currency's decimals
    // Text: what people read for a stored key (a dispute's reason "pricing" as "Pricing", in
    // the user's language) in the XLSX, the PDF and its print preview; the CSV keeps the key
    // (locale-free, like its header). A value without a label is shown as it is.
    QHash<QString, QString> valueLabels;

    QString shownText(const QString &value) const { return valueLabels.value(value, value); }
};

// One cell. Money carries its currency; Number is qint64 or double; Percent is a double
// (50.0 = 50 %); monostate is an empty cell (undefined, such as a rate without data).
using ReportValue = std::variant<std::monostate, QString, QDate, Money, qint64, double>;

// A table's rows, stored compactly: a cell is 16 bytes (an amount's minor units, a date's day
// number, a number, or where its text is in one shared buffer, and its kind), a text is its
// UTF-16 in that buffer, an amount's currency one of the few currencies of the table. The
// aging detail of a million-invoice book (35,000 rows of 12 cells) takes about 9 MB this way
// instead of about 25 MB as vectors of ReportValue (docs/performance.md, issue 8 session 10).
// Reads like a vector of rows: rows[i] and iteration give a row's values by value
// (std::vector<ReportValue>), value(row, column) one cell; a value read back is equal to the
// one stored (a null text stays null).
class ReportRows final
{
public:
    using Row = std::vector<ReportValue>;
    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Row;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = Row;
        const_iterator() = default;
        const_iterator(const ReportRows *rows, std::size_t at) : m_rows(rows), m_at(at) { }
        Row operator*() const { return (*m_rows)[m_at]; }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator was = *this;
            ++m_at;
            return was;
        }
        difference_type operator-(const const_iterator &other) const
        {
            return static_cast<difference_type>(m_at) - static_cast<difference_type>(other.m_at);
        }
        bool operator==(const const_iterator &other) const { return m_at == other.m_at; }

    private:
        const ReportRows *m_rows = nullptr;
        std::size_t m_at = 0;
    };

    void push_back(const Row &row);
    // Room for `rows` rows of `cells` cells each (no reallocation while they are added).
    void reserve(std::size_t rows, std::size_t cells);
    // Gives back the room reserved and not used.
    void shrink_to_fit();

    std::size_t size() const { return m_rowStarts.size(); }
    bool empty() const { return m_rowStarts.empty(); }
    Row operator[](std::size_t row) const;
    Row at(std::size_t row) const;
    Row front() const { return (*this)[0]; }
    Row back() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    std::size_t cellCount(std::size_t row) const; // the row's number of values
    // One cell (monostate past the row's end).
    ReportValue value(std::size_t row, std::size_t column) const;
    // The bytes held (cells, texts, row starts), for tests and measures.
    qsizetype heldBytes() const;

private:
    enum class Kind : quint8 { Empty, Text, NullText, Date, Amount, Integer, Real };
    struct Cell
    {
        qint64 number = 0; // minor units, day number, integer, a double's bits, or a text's start
        quint32 extra = 0; // a text's length; an amount's currency (index into m_currencies)
        Kind kind = Kind::Empty;
    };
    Cell cellOf(const ReportValue &value);
    ReportValue valueOf(const Cell &cell) const;

    std::vector<Cell> m_cells;
    std::vector<std::size_t> m_rowStarts; // a row's first cell; it ends where the next begins
    QString m_text;                       // every text cell's characters, one after the other
    std::vector<QString> m_currencies;
};

struct ReportTable final
{
    QString key;   // locale-free name: the XLSX sheet's and the CSV's
    QString title; // translated
    std::vector<ReportColumn> columns;
    ReportRows rows;
    std::vector<ReportValue> totals; // empty: no totals row
};

// A bar chart: categories along the axis, one bar per series in each.
struct ReportChart final
{
    QString title;
    QStringList categories;
    struct Series
    {
        QString name;
        std::vector<double> values; // one per category, in the unit
    };
    std::vector<Series> series;
    QString unit; // e.g. "EUR"
};

struct Report final
{
    QString name;  // aging-summary, aging-detail, statement, ...
    QString title; // translated
    QDate asOf;
    QString subtitle;                // the period or basis, translated
    QStringList summary;             // the written summary, one paragraph each
    std::vector<ReportTable> tables; // the first is the main table (the CSV's)
    std::vector<ReportChart> charts;
};

// The locale-free text of a cell for CSV: ISO dates, decimal strings with '.', percents and
// numbers with their decimals; empty for monostate.
QString reportCellText(const ReportValue &value, const ReportColumn &column);

} // namespace ardesk
