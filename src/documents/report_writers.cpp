#include "report_writers.h"

#include "document_format.h"
#include "pdf_document.h"

#include "domain/csv_writer.h"
#include "domain/currency.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace ardesk::documents {

std::optional<ReportFormat> reportFormatFromKey(QStringView key)
{
    if (key == u"csv")
        return ReportFormat::Csv;
    if (key == u"xlsx")
        return ReportFormat::Xlsx;
    if (key == u"pdf")
        return ReportFormat::Pdf;
    return std::nullopt;
}

// --- CSV ---------------------------------------------------------------------------------------

QByteArray reportCsv(const Report &report)
{
    QString out;
    if (report.tables.empty())
        return {};
    const ReportTable &table = report.tables.front();
    QStringList header;
    for (const ReportColumn &column : table.columns)
        header << column.key;
    out += csvRecord(header);
    auto record = [&](const std::vector<ReportValue> &row) {
        QStringList fields;
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            fields << (i < row.size() ? reportCellText(row[i], table.columns[i]) : QString());
        out += csvRecord(fields);
    };
    for (const auto &row : table.rows)
        record(row);
    if (!table.totals.empty())
        record(table.totals);
    return out.toUtf8();
}

// --- XLSX --------------------------------------------------------------------------------------

namespace {

QString sheetName(const QString &key)
{
    QString name = key;
    for (QChar &c : name)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = u'_';
    return name.left(31);
}

class Workbook final
{
public:
    explicit Workbook(const QString &path) : m_book(workbook_new(QFile::encodeName(path).constData())) { }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;
    lxw_workbook *get() const { return m_book; }
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        return error;
    }

private:
    lxw_workbook *m_book;
};

} // namespace

Status writeReportXlsx(const Report &report, const QString &path)
{
    Workbook workbook(path);
    if (!workbook.get())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ReportWriters", "%1: cannot create the workbook").arg(path)));
    lxw_workbook *book = workbook.get();
    lxw_doc_properties properties{};
    const QByteArray title = report.title.toUtf8();
    properties.title = const_cast<char *>(title.constData());
    QByteArray creator("ardesk");
    properties.author = creator.data();
    properties.created =
            QDateTime(report.asOf.isValid() ? report.asOf : QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    workbook_set_properties(book, &properties);

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_font_size(heading, 14);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE3EA);
    format_set_text_wrap(header);
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *moneyFormats[5];
    lxw_format *moneyTotals[5];
    for (int d = 0; d < 5; ++d) {
        const QByteArray pattern = d == 0 ? QByteArray("#,##0") : QByteArray("#,##0.") + QByteArray(d, '0');
        moneyFormats[d] = workbook_add_format(book);
        format_set_num_format(moneyFormats[d], pattern.constData());
        moneyTotals[d] = workbook_add_format(book);
        format_set_num_format(moneyTotals[d], pattern.constData());
        format_set_bold(moneyTotals[d]);
    }

    // The summary sheet.
    lxw_worksheet *summary = workbook_add_worksheet(book, "summary");
    worksheet_set_column(summary, 0, 0, 110, wrap);
    worksheet_write_string(summary, 0, 0, title.constData(), heading);
    worksheet_write_string(summary, 1, 0, report.subtitle.toUtf8().constData(), nullptr);
    lxw_row_t row = 3;
    for (const QString &paragraph : report.summary)
        worksheet_write_string(summary, row++, 0, paragraph.toUtf8().constData(), wrap);

    for (const ReportTable &table : report.tables) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(table.key).toUtf8().constData());
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const ReportColumn &column = table.columns[c];
            const double width = column.type == ReportColumnType::Text ? 22
                    : column.type == ReportColumnType::Date            ? 12
                                                                       : 15;
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), column.title.toUtf8().constData(), header);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        auto write = [&](lxw_row_t r, const std::vector<ReportValue> &values, bool totals) {
            for (std::size_t c = 0; c < table.columns.size() && c < values.size(); ++c) {
                const auto col = static_cast<lxw_col_t>(c);
                const ReportValue &value = values[c];
                if (const auto *text = std::get_if<QString>(&value)) {
                    worksheet_write_string(sheet, r, col, table.columns[c].shownText(*text).toUtf8().constData(),
                                           totals ? bold : nullptr);
                } else if (const auto *day = std::get_if<QDate>(&value)) {
                    if (day->isValid()) {
                        lxw_datetime when{day->year(),
                                          static_cast<uint8_t>(day->month()),
                                          static_cast<uint8_t>(day->day()),
                                          0,
                                          0,
                                          0};
                        worksheet_write_datetime(sheet, r, col, &when, dateFormat);
                    }
                } else if (const auto *amount = std::get_if<Money>(&value)) {
                    const int decimals = std::clamp(amount->decimals(), 0, 4);
                    // A spreadsheet cell is a double: exact for amounts below 2^53 minor units.
                    const double number = static_cast<double>(amount->minor()) / std::pow(10.0, decimals);
                    worksheet_write_number(sheet, r, col, number,
                                           totals ? moneyTotals[decimals] : moneyFormats[decimals]);
                } else if (const auto *count = std::get_if<qint64>(&value)) {
                    worksheet_write_number(sheet, r, col, static_cast<double>(*count), totals ? bold : nullptr);
                } else if (const auto *real = std::get_if<double>(&value)) {
                    worksheet_write_number(sheet, r, col, *real,
                                           moneyFormats[std::clamp(table.columns[c].decimals, 0, 4)]);
                }
            }
        };
        lxw_row_t r = 1;
        for (const auto &values : table.rows)
            write(r++, values, false);
        if (!table.totals.empty())
            write(r, table.totals, true);
    }
    if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ReportWriters", "%1: cannot write the workbook (%2)")
                                       .arg(path, QString::fromUtf8(lxw_strerror(error)))));
    return {};
}

// --- PDF ---------------------------------------------------------------------------------------

namespace {

// Rows of one table in the PDF before the table is continued as another (see reportDocument).
constexpr std::size_t kRowsPerTable = 250;

QString cellHtml(const ReportValue &value, const ReportColumn &column, const QLocale &locale)
{
    return std::visit(
            [&](const auto &v) -> QString {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    return {};
                else if constexpr (std::is_same_v<T, QString>)
                    return column.shownText(v).toHtmlEscaped();
                else if constexpr (std::is_same_v<T, QDate>)
                    return formatDate(v, locale);
                else if constexpr (std::is_same_v<T, Money>)
                    return formatAmount(v.minor(), v.currency(), locale);
                else if constexpr (std::is_same_v<T, qint64>)
                    return locale.toString(v);
                else
                    return locale.toString(v, 'f', column.decimals)
                            + (column.type == ReportColumnType::Percent ? QStringLiteral("\u00a0%") : QString());
            },
            value);
}

const QColor kSeriesColors[] = {QColor(0x9a, 0xb0, 0xc8), QColor(0x1f, 0x3a, 0x5a), QColor(0xd0, 0x7a, 0x2a),
                                QColor(0x4a, 0x8a, 0x4a)};

// A grouped bar chart with a value axis and a legend.
QImage chartImage(const ReportChart &chart, const QLocale &locale, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(documentFontFamily());
    font.setPixelSize(size.height() / 22);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    double maximum = 0;
    for (const auto &s : chart.series)
        for (const double v : s.values)
            maximum = std::max(maximum, v);
    // A round top for the axis: 1, 2 or 5 times a power of ten.
    double step = 1;
    if (maximum > 0) {
        const double raw = maximum / 4.0;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        step = raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
    }
    const double top = std::max(step * 4, step * std::ceil(maximum / step));
    const int titleHeight = metrics.height() * 2;
    const int legendHeight = metrics.height() * 2;
    const QRect plot(metrics.horizontalAdvance(locale.toString(top, 'f', 0)) + 30, titleHeight, 0,
                     size.height() - titleHeight - legendHeight - metrics.height() * 2);
    QRect area = plot;
    area.setRight(size.width() - 20);
    QFont titleFont = font;
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, size.width(), titleHeight), Qt::AlignCenter,
                     chart.unit.isEmpty() ? chart.title : QStringLiteral("%1 (%2)").arg(chart.title, chart.unit));
    painter.setFont(font);
    for (int i = 0; i <= std::lround(top / step); ++i) {
        const double value = i * step;
        const int y = area.bottom() - static_cast<int>(value / top * area.height());
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        painter.drawLine(area.left(), y, area.right(), y);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRect(0, y - metrics.height() / 2, area.left() - 10, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(value, 'f', 0));
    }
    const int groups = std::max<int>(1, static_cast<int>(chart.categories.size()));
    const int seriesCount = std::max<int>(1, static_cast<int>(chart.series.size()));
    const double groupWidth = static_cast<double>(area.width()) / groups;
    const double barWidth = groupWidth * 0.7 / seriesCount;
    for (int g = 0; g < groups; ++g) {
        for (int s = 0; s < static_cast<int>(chart.series.size()); ++s) {
            const auto &values = chart.series[s].values;
            const double v = g < static_cast<int>(values.size()) ? values[g] : 0;
            const double height = top > 0 ? v / top * area.height() : 0;
            const QRectF bar(area.left() + g * groupWidth + groupWidth * 0.15 + s * barWidth, area.bottom() - height,
                             barWidth * 0.92, height);
            painter.fillRect(bar, kSeriesColors[s % 4]);
        }
        painter.setPen(Qt::black);
        const QString label =
                metrics.elidedText(chart.categories.value(g), Qt::ElideRight, static_cast<int>(groupWidth) - 4);
        painter.drawText(QRectF(area.left() + g * groupWidth, area.bottom() + 6, groupWidth, metrics.height() * 1.5),
                         Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter.setPen(Qt::black);
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    int x = area.left();
    const int legendY = size.height() - legendHeight + metrics.height() / 4;
    for (int s = 0; s < static_cast<int>(chart.series.size()); ++s) {
        painter.fillRect(QRect(x, legendY + metrics.height() / 4, metrics.height() / 2 * 2, metrics.height() / 2),
                         kSeriesColors[s % 4]);
        x += metrics.height() * 2;
        painter.drawText(QPoint(x, legendY + metrics.ascent()), chart.series[s].name);
        x += metrics.horizontalAdvance(chart.series[s].name) + metrics.height() * 2;
    }
    painter.end();
    return image;
}

bool rightAligned(ReportColumnType type)
{
    return type == ReportColumnType::Money || type == ReportColumnType::Number || type == ReportColumnType::Percent;
}

} // namespace

namespace {

struct ReportDocument
{
    QString html;
    PdfOptions options;
};

// The report as rich text and page options: the same for the PDF file and the printer.
ReportDocument reportDocument(const Report &report)
{
    ensureGuiApplication();
    const QLocale locale;
    bool wide = false;
    for (const ReportTable &table : report.tables)
        wide = wide || table.columns.size() > 8;
    PdfOptions options;
    options.title = report.title;
    options.date = report.asOf;
    options.footer = QStringLiteral("%1 · %2").arg(report.title, report.subtitle);
    // The translator sees the usual %1 and %2; the PDF writer fills in the page numbers.
    options.pageLabel = QCoreApplication::translate("ReportWriters", "Page %1 of %2")
                                .arg(QStringLiteral("{page}"), QStringLiteral("{pages}"));
    options.landscape = wide;
    options.baseFontPoints = 8.5;

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p><span style=\"font-size:16pt; font-weight:bold; color:#1f3a5a;\">%1</span><br/>%2</p>")
                    .arg(report.title.toHtmlEscaped(), report.subtitle.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top:8px;\"><b>%1</b></p>")
                    .arg(QCoreApplication::translate("ReportWriters", "Summary").toHtmlEscaped());
    for (const QString &paragraph : report.summary)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    // Page width in the PDF writer's units (300 dpi): A4 less the margins.
    // Charts: at most three (the model puts the most telling first), drawn at 150 dpi and
    // shown the width of the page (image sizes in rich text count in 96 dpi pixels).
    const double pageWidthInches = (wide ? 297 - 36 : 210 - 36) / 25.4;
    const QSize chartSize(static_cast<int>(pageWidthInches * 150), static_cast<int>(pageWidthInches * 150 / 4));
    for (std::size_t i = 0; i < std::min<std::size_t>(3, report.charts.size()); ++i) {
        const QString name = QStringLiteral("chart%1").arg(i);
        options.images.insert(name, chartImage(report.charts[i], locale, chartSize));
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                        .arg(name)
                        .arg(static_cast<int>(pageWidthInches * 96))
                        .arg(static_cast<int>(pageWidthInches * 96 / 4));
    }
    for (const ReportTable &table : report.tables) {
        html += QStringLiteral("<p style=\"margin-top:10px;\"><b>%1</b></p>").arg(table.title.toHtmlEscaped());
        if (table.rows.empty()) {
            html += QStringLiteral("<p>%1</p>")
                            .arg(QCoreApplication::translate("ReportWriters", "(none)").toHtmlEscaped());
            continue;
        }
        // Long tables are written as consecutive tables of kRowsPerTable rows, each with the
        // header row again: QTextDocument lays a table out in time that grows much faster than
        // its rows (an aging detail of 35,000 customers took 260 s of CPU as one table), and a
        // header on every page or two is what a reader of a long printout wants anyway.
        auto openTable = [&] {
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                   "style=\"border-color:#9aa5b1; border-style:solid; border-collapse:collapse;\"><tr>");
            for (const ReportColumn &column : table.columns)
                html += QStringLiteral("<th align=\"%1\" style=\"background-color:#dde3ea;\">%2</th>")
                                .arg(rightAligned(column.type) ? QStringLiteral("right") : QStringLiteral("left"),
                                     column.title.toHtmlEscaped());
            html += QStringLiteral("</tr>");
        };
        openTable();
        auto row = [&](const std::vector<ReportValue> &values, bool bold) {
            html += QStringLiteral("<tr>");
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const QString text = c < values.size() ? cellHtml(values[c], table.columns[c], locale) : QString();
                // Numbers, amounts and dates stay on one line; text wraps.
                const ReportColumnType type = table.columns[c].type;
                html += QStringLiteral("<td%1>%2%3%4</td>")
                                .arg(type == ReportColumnType::Text ? QString()
                                             : rightAligned(type)
                                             ? QStringLiteral(" align=\"right\" style=\"white-space:nowrap;\"")
                                             : QStringLiteral(" style=\"white-space:nowrap;\""),
                                     bold ? QStringLiteral("<b>") : QString(), text,
                                     bold ? QStringLiteral("</b>") : QString());
            }
            html += QStringLiteral("</tr>");
        };
        std::size_t inTable = 0;
        for (const auto &values : table.rows) {
            if (inTable == kRowsPerTable) {
                html += QStringLiteral("</table>");
                openTable();
                inTable = 0;
            }
            row(values, false);
            ++inTable;
        }
        if (!table.totals.empty())
            row(table.totals, true);
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return {html, options};
}

} // namespace

QByteArray reportPdf(const Report &report)
{
    const ReportDocument document = reportDocument(report);
    return renderPdf(document.html, document.options);
}

std::optional<QByteArray> reportPdf(const Report &report, const ReportProgress &progress)
{
    ReportDocument document = reportDocument(report);
    bool stopped = false;
    if (progress)
        document.options.progress = [&](int page, int pages) {
            stopped = stopped || !progress(page, pages);
            return !stopped;
        };
    QByteArray bytes = renderPdf(document.html, document.options);
    if (stopped)
        return std::nullopt;
    return bytes;
}

std::unique_ptr<PagedDocument> reportPages(const Report &report)
{
    const ReportDocument document = reportDocument(report);
    return PagedDocument::layOut(document.html, document.options);
}

void paintReport(QPagedPaintDevice &device, const Report &report)
{
    const ReportDocument document = reportDocument(report);
    paintDocument(device, document.html, document.options);
}

Status writeReport(const Report &report, ReportFormat format, const QString &path, const ReportProgress &progress)
{
    const auto cancelled = [] { return std::unexpected(Error{ErrorCode::Cancelled, QString()}); };
    const auto keepGoing = [&](qint64 done, qint64 total) { return !progress || progress(done, total); };
    if (!keepGoing(0, 1))
        return cancelled();
    if (format == ReportFormat::Xlsx) {
        const QString temporary = path + QStringLiteral(".part");
        if (auto written = writeReportXlsx(report, temporary); !written) {
            QFile::remove(temporary);
            return written;
        }
        if (!keepGoing(1, 1)) {
            QFile::remove(temporary);
            return cancelled();
        }
        QFile::remove(path);
        if (!QFile::rename(temporary, path))
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("ReportWriters", "%1: cannot write the file").arg(path)));
        return {};
    }
    QByteArray bytes;
    if (format == ReportFormat::Csv) {
        bytes = reportCsv(report);
    } else {
        auto pdf = reportPdf(report, progress);
        if (!pdf)
            return cancelled();
        bytes = std::move(*pdf);
    }
    if (!keepGoing(1, 1))
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("ReportWriters", "%1: cannot write the file (%2)")
                                       .arg(path, file.errorString())));
    return {};
}

} // namespace ardesk::documents
