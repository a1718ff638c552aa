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

struct ReportTable final
{
    QString key;   // locale-free name: the XLSX sheet's and the CSV's
    QString title; // translated
    std::vector<ReportColumn> columns;
    std::vector<std::vector<ReportValue>> rows;
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
