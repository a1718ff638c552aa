#include "pdf_document.h"

#include "document_format.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QHashSeed>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace ardesk::documents {

namespace {

// Qt writes the clock's time as /CreationDate; put the document's date there instead,
// with exactly as many bytes, so that the cross-reference offsets stay right.
void fixCreationDate(QByteArray &pdf, QDate date)
{
    static const QRegularExpression creation(QStringLiteral("/CreationDate \\(D:([0-9]{14})([^)]*)\\)"));
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch match = creation.match(text);
    if (!match.hasMatch())
        return;
    const QByteArray stamp = (date.isValid() ? date : QDate(2000, 1, 1)).toString(QStringLiteral("yyyyMMdd")).toLatin1()
            + QByteArrayLiteral("000000");
    QByteArray zone = match.captured(2).toLatin1();
    const QByteArray fixedZone = QByteArray(zone.size(), ' ');
    QByteArray replacement = QByteArrayLiteral("/CreationDate (D:") + stamp;
    // "Z" or "+00'00'" style suffixes become spaces of the same length: a date without a
    // zone is valid in PDF.
    replacement += fixedZone + ')';
    pdf.replace(match.capturedStart(), match.capturedLength(), replacement);
}

} // namespace

namespace {

// A document laid out on A4 pages of a device (the page layout set on it first).
struct LaidOut
{
    std::unique_ptr<QTextDocument> document;
    QFont footerFont;
    double width = 0;
    double height = 0;
    double footerHeight = 0;
    double pageHeight = 0;
    int pages = 0;
};

QPageLayout pageLayoutOf(const PdfOptions &options)
{
    return QPageLayout(QPageSize(QPageSize::A4), options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
}

LaidOut layOut(QPagedPaintDevice &device, const QString &html, const PdfOptions &options)
{
    ensureGuiApplication();
    device.setPageLayout(pageLayoutOf(options));
    LaidOut laid;
    laid.document = std::make_unique<QTextDocument>();
    QTextDocument &document = *laid.document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(documentFontFamily());
    font.setPointSizeF(options.baseFontPoints);
    // Letter spacing switches off ligatures: "ff" stays two letters for search,
    // copy and pdftotext.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    for (auto it = options.images.constBegin(); it != options.images.constEnd(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html);

    laid.width = device.width();
    laid.height = device.height();
    laid.footerFont = QFont(documentFontFamily());
    laid.footerFont.setPointSizeF(7.5);
    laid.footerHeight = QFontMetricsF(laid.footerFont, &device).height() * 2.0;
    laid.pageHeight = laid.height - laid.footerHeight;
    document.setPageSize(QSizeF(laid.width, laid.pageHeight));
    laid.pages = document.pageCount();
    return laid;
}

void paintPage(QPainter &painter, const LaidOut &laid, int page, const PdfOptions &options)
{
    const double width = laid.width;
    if (!options.watermark.isEmpty()) {
        painter.save();
        QFont mark(documentFontFamily());
        mark.setPointSizeF(80);
        mark.setBold(true);
        painter.setFont(mark);
        painter.setPen(QColor(200, 40, 40, 55));
        painter.translate(width / 2.0, laid.height / 2.0);
        painter.rotate(-35);
        const QRectF box(-width, -laid.height / 4.0, 2 * width, laid.height / 2.0);
        painter.drawText(box, Qt::AlignCenter, options.watermark);
        painter.restore();
    }
    painter.save();
    painter.translate(0, -page * laid.pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * laid.pageHeight, width, laid.pageHeight);
    painter.setClipRect(context.clip); // what belongs to the next page stays off this one
    laid.document->documentLayout()->draw(&painter, context);
    painter.restore();

    painter.save();
    painter.setFont(laid.footerFont);
    painter.setPen(QColor(90, 90, 90));
    const QRectF footer(0, laid.height - laid.footerHeight * 0.75, width, laid.footerHeight * 0.75);
    painter.drawLine(QPointF(0, footer.top()), QPointF(width, footer.top()));
    const QString pageText = QString(options.pageLabel)
                                     .replace(QStringLiteral("{page}"), QString::number(page + 1))
                                     .replace(QStringLiteral("{pages}"), QString::number(laid.pages));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, options.footer);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
    painter.restore();
}

} // namespace

void paintDocument(QPagedPaintDevice &device, const QString &html, const PdfOptions &options)
{
    const LaidOut laid = layOut(device, html, options);
    QPainter painter(&device);
    for (int page = 0; page < laid.pages; ++page) {
        if (options.progress && !options.progress(page, laid.pages))
            break;
        if (page > 0)
            device.newPage();
        paintPage(painter, laid, page, options);
    }
    painter.end();
}

PdfOptions letterPdfOptions(const QString &subject, const QString &title, QDate date, const QString &sender,
                            const QString &pageLabel, const QString &watermark)
{
    PdfOptions options;
    options.title = subject;
    options.date = date;
    const QString firstLine = sender.section(u'\n', 0, 0).trimmed();
    options.footer = firstLine.isEmpty() ? title : QStringLiteral("%1 · %2").arg(firstLine, title);
    options.pageLabel = pageLabel;
    options.watermark = watermark;
    return options;
}

namespace {

// The PDF engine keeps its fonts in a QHash and writes them in its order: a fixed seed while
// it exists gives the same order, so the same bytes, on every run.
struct DeterministicHashes
{
    DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
};

} // namespace

std::optional<QByteArray> renderPdfPages(const PdfOptions &options, const QPageLayout &layout, int pages,
                                         int dotsPerInch, const std::function<void(QPainter &, int)> &paint)
{
    ensureGuiApplication();
    DeterministicHashes deterministic;
    QByteArray bytes;
    bool stopped = false;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(dotsPerInch);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("ardesk"));
        writer.setPageLayout(layout);
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (options.progress && !options.progress(page, pages)) {
                stopped = true;
                break;
            }
            if (page > 0)
                writer.newPage();
            painter.save();
            paint(painter, page);
            painter.restore();
        }
        painter.end();
    }
    if (stopped)
        return std::nullopt;
    fixCreationDate(bytes, options.date);
    return bytes;
}

QByteArray renderPdf(const QString &html, const PdfOptions &options)
{
    ensureGuiApplication();
    DeterministicHashes deterministic;
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("ardesk"));
        paintDocument(writer, html, options);
    }
    fixCreationDate(bytes, options.date);
    return bytes;
}

} // namespace ardesk::documents
