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

void paintDocument(QPagedPaintDevice &device, const QString &html, const PdfOptions &options)
{
    ensureGuiApplication();
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    QTextDocument document;
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

    const double width = device.width();
    QFont footerFont(documentFontFamily());
    footerFont.setPointSizeF(7.5);
    const double footerHeight = QFontMetricsF(footerFont, &device).height() * 2.0;
    const double pageHeight = device.height() - footerHeight;
    document.setPageSize(QSizeF(width, pageHeight));
    const int pages = document.pageCount();

    QPainter painter(&device);
    for (int page = 0; page < pages; ++page) {
        if (options.progress && !options.progress(page, pages))
            break;
        if (page > 0)
            device.newPage();
        if (!options.watermark.isEmpty()) {
            painter.save();
            QFont mark(documentFontFamily());
            mark.setPointSizeF(80);
            mark.setBold(true);
            painter.setFont(mark);
            painter.setPen(QColor(200, 40, 40, 55));
            painter.translate(width / 2.0, device.height() / 2.0);
            painter.rotate(-35);
            const QRectF box(-width, -device.height() / 4.0, 2 * width, device.height() / 2.0);
            painter.drawText(box, Qt::AlignCenter, options.watermark);
            painter.restore();
        }
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, width, pageHeight);
        painter.setClipRect(context.clip); // what belongs to the next page stays off this one
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(90, 90, 90));
        const QRectF footer(0, device.height() - footerHeight * 0.75, width, footerHeight * 0.75);
        painter.drawLine(QPointF(0, footer.top()), QPointF(width, footer.top()));
        const QString pageText = QString(options.pageLabel)
                                         .replace(QStringLiteral("{page}"), QString::number(page + 1))
                                         .replace(QStringLiteral("{pages}"), QString::number(pages));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, options.footer);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
        painter.restore();
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

QByteArray renderPdf(const QString &html, const PdfOptions &options)
{
    ensureGuiApplication();
    // The PDF engine keeps its fonts in a QHash and writes them in its order: a fixed seed
    // while it exists gives the same order, so the same bytes, on every run.
    struct DeterministicHashes
    {
        DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
        ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    } deterministic;
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
