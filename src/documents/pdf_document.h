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

// The same pages laid out once, then painted one at a time when they are needed (the print
// preview shows one page, printing paints them all). Laid out on a PDF writer's device at
// kResolution dots per inch, like renderPdf, so the pages are those of the PDF; paintPage
// paints in those units (scale the painter to the target's resolution). The layout cannot be
// stopped half-way (QTextDocument's). Thread: use and destroy it on the thread that laid it
// out (its lines keep that thread's font engines, which go with the thread); it may paint on
// a QImage or a QPrinter there.
class PagedDocument final
{
public:
    static constexpr int kResolution = 300;
    static std::unique_ptr<PagedDocument> layOut(const QString &html, const PdfOptions &options);
    ~PagedDocument();
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    int pageCount() const;
    QPageLayout pageLayout() const;
    QSizeF pageSize() const; // the whole page in kResolution units
    void paintPage(QPainter &painter, int page) const;

private:
    PagedDocument();
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace ardesk::documents
