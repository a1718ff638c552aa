#pragma once
// A report model (domain/report_model.h) written as CSV, XLSX (libxlsxwriter) or PDF
// (Qt's PDF writer: the written summary first, then the charts, drawn with QPainter, and the
// tables). docs/documents.md "Reports" says what each format holds.

#include "documents/pdf_document.h"
#include "documents/report_pages.h"
#include "domain/report_model.h"

#include <QByteArray>
#include <QPagedPaintDevice>
#include <QString>

#include <functional>

namespace ardesk::documents {

// Progress of a long report render or write: (done, total) in pages for a PDF, in steps
// otherwise; false asks to stop (the writer then leaves no file and returns Cancelled).
using ReportProgress = std::function<bool(qint64 done, qint64 total)>;

enum class ReportFormat { Csv, Xlsx, Pdf };
std::optional<ReportFormat> reportFormatFromKey(QStringView key); // csv, xlsx, pdf

// The main table (the report's first), header row of column keys, locale-free cells, every
// field through csvRecord (formulas neutralised). UTF-8, CRLF line ends.
QByteArray reportCsv(const Report &report);
// A "summary" sheet (title, subtitle, summary paragraphs) and one sheet per table, typed
// cells: money and numbers as numbers with formats, dates as dates.
Status writeReportXlsx(const Report &report, const QString &path);
// The written summary, charts and tables on A4 (landscape when a table is wide), in the
// user's locale.
QByteArray reportPdf(const Report &report);
// The same with progress per page; nullopt when progress asked to stop.
std::optional<QByteArray> reportPdf(const Report &report, const ReportProgress &progress);
// The pages of reportPdf, for the print preview and printing: report_pages.h (reportPages).
// Writes the report in the format to path (atomically: a temporary file renamed). With a
// progress that asks to stop, nothing is left at path (an existing file stays as it was) and
// the error is ErrorCode::Cancelled; progress is asked last just before the file is put in
// place, so once it has said yes for the last time the file is complete.
Status writeReport(const Report &report, ReportFormat format, const QString &path,
                   const ReportProgress &progress = {});

} // namespace ardesk::documents
