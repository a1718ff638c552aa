#include "report_writers.h"

#include "document_format.h"
#include "pdf_document.h"
#include "report_pages.h"

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

std::optional<QByteArray> reportPdf(const Report &report, const ReportProgress &progress)
{
    // The pages of the print preview (report_pages.h): laid out from the rows, painted one by one.
    const auto pages = reportPages(report);
    PdfOptions options;
    options.title = report.title;
    options.date = report.asOf;
    if (progress)
        options.progress = [&](int page, int count) { return progress(page, count); };
    return renderPdfPages(options, pages->pageLayout(), pages->pageCount(), ReportPages::kResolution,
                          [&](QPainter &painter, int page) { pages->paintPage(painter, page); });
}

QByteArray reportPdf(const Report &report)
{
    return reportPdf(report, {}).value_or(QByteArray());
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
