#pragma once
// HTML (Qt rich text) laid out on A4 pages and written with Qt's own PDF writer: DejaVu
// Sans, a footer with page numbers, an optional diagonal watermark (TRAINING), and the
// same bytes for the same input (the creation date in the PDF's metadata is the
// document's own date, not the clock). Needs a QGuiApplication.

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ardesk::documents {

struct PdfOptions final
{
    QString title;     // PDF metadata
    QDate date;        // the metadata's creation date (the document's as-of date)
    QString footer;    // left of the footer, e.g. "ACME Ltd. - Statement of account"
    QString pageLabel; // "Page {page} of {pages}", right of the footer
    QString watermark; // drawn across each page when not empty
    double baseFontPoints = 9.0;
    bool landscape = false;
    QHash<QString, QImage> images; // resources referred to as <img src="NAME">
    // Called before each page is painted with (page, pages); false stops the painting there
    // (the caller then throws the unfinished document away). Empty: every page is painted.
    std::function<bool(int page, int pages)> progress;
};

// The page options of a letter to a customer (reminders, dunning letters, statements, payment
// plan agreements): `subject` as the PDF title, `date` as its date, the first line of `sender`
// and the document's `title` in the footer ("ACME Ltd. · Reminder"; the title alone without a
// sender), `pageLabel` ("Page {page} of {pages}") and, when not empty, the training watermark.
PdfOptions letterPdfOptions(const QString &subject, const QString &title, QDate date, const QString &sender,
                            const QString &pageLabel, const QString &watermark);

QByteArray renderPdf(const QString &html, const PdfOptions &options);
// The same pages painted on any paged device (the PDF writer above, or a QPrinter behind a
// print preview): sets the device's page layout (A4, the options' orientation and margins).
void paintDocument(QPagedPaintDevice &device, const QString &html, const PdfOptions &options);

// Pages the caller paints (a report's, report_pages.h) written as a PDF the way renderPdf
// writes one: A4 in `layout`, the options' title and date, the same bytes for the same input.
// paint(painter, page) paints a page in units of `dotsPerInch`, the origin at the printable
// area's top left. options.progress is asked before each page; nullopt when it said stop.
std::optional<QByteArray> renderPdfPages(const PdfOptions &options, const QPageLayout &layout, int pages,
                                         int dotsPerInch, const std::function<void(QPainter &, int)> &paint);

} // namespace ardesk::documents
