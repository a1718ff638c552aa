#include "report_preview_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QStyle>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ardesk {

namespace {

constexpr int kScreenDotsPerInch = 96;

} // namespace

ReportPreviewDialog::ReportPreviewDialog(int pageCount, QPageLayout layout, PageImage pageImage,
                                         PrintPages printPages, const QString &title, QWidget *parent)
    : QDialog(parent),
      m_pageCount(pageCount),
      m_layout(std::move(layout)),
      m_pageImage(std::move(pageImage)),
      m_printPages(std::move(printPages))
{
    setObjectName(QStringLiteral("reportPrintPreview"));
    setWindowTitle(title);
    auto *layoutBox = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    // Page buttons with the style's arrows (no new words to translate); the page box and
    // "Page N of M" (the PDF footer's words) say where the reader is.
    auto arrow = [this](QStyle::StandardPixmap icon, const char *name) {
        auto *button = new QPushButton(this);
        button->setIcon(style()->standardIcon(icon));
        button->setObjectName(QString::fromLatin1(name));
        return button;
    };
    auto *first = arrow(QStyle::SP_MediaSkipBackward, "previewFirstPage");
    m_previous = arrow(QStyle::SP_ArrowLeft, "previewPreviousPage");
    auto *pageLabel = new QLabel(this);
    m_pageBox = new QSpinBox(this);
    m_pageBox->setObjectName(QStringLiteral("previewPage"));
    m_pageBox->setRange(1, std::max(1, m_pageCount));
    m_ofPages = new QLabel(this);
    m_ofPages->setObjectName(QStringLiteral("previewPageCount"));
    // Room for the longest "Page N of M" from the start: the bar does not move while paging.
    m_ofPages->setMinimumWidth(m_ofPages->fontMetrics().horizontalAdvance(
            QCoreApplication::translate("ReportWriters", "Page %1 of %2")
                    .arg(QLocale().toString(std::max(1, m_pageCount)), QLocale().toString(std::max(1, m_pageCount))))
                               + 4);
    auto *ofPages = m_ofPages;
    m_next = arrow(QStyle::SP_ArrowRight, "previewNextPage");
    auto *last = arrow(QStyle::SP_MediaSkipForward, "previewLastPage");
    // Zoom: the page as wide as the view (Ctrl+0), larger (Ctrl++) or smaller (Ctrl+-).
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("\u2212"));
    zoomOut->setObjectName(QStringLiteral("previewZoomOut"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setObjectName(QStringLiteral("previewZoomIn"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("previewPrint"));
    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *close = closeBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("previewClose"));
    for (QWidget *w : {static_cast<QWidget *>(first), static_cast<QWidget *>(m_previous),
                       static_cast<QWidget *>(pageLabel), static_cast<QWidget *>(m_pageBox),
                       static_cast<QWidget *>(ofPages), static_cast<QWidget *>(m_next), static_cast<QWidget *>(last)})
        bar->addWidget(w);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addStretch();
    bar->addWidget(printButton);
    bar->addWidget(closeBox);
    layoutBox->addLayout(bar);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("previewScroll"));
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_image = new QLabel;
    m_image->setObjectName(QStringLiteral("previewPageImage"));
    m_scroll->setWidget(m_image);
    layoutBox->addWidget(m_scroll, 1);

    connect(first, &QPushButton::clicked, this, [this] { showPageAt(0); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showPageAt(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPageAt(m_page + 1); });
    connect(last, &QPushButton::clicked, this, [this] { showPageAt(m_pageCount - 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) { showPageAt(value - 1); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(printButton, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pageLabel->hide();
}

void ReportPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_page < 0)
        showPageAt(0); // the first page, once the view has its width
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

void ReportPreviewDialog::showPageAt(int page)
{
    if (m_pageCount == 0)
        return;
    page = std::clamp(page, 0, m_pageCount - 1);
    if (page != m_page || m_fitted != fittedDotsPerInch()) {
        m_page = page;
        m_fitted = fittedDotsPerInch();
        const qreal ratio = devicePixelRatioF();
        m_shown = m_pageImage(page, qRound(m_fitted * ratio));
        m_shown.setDevicePixelRatio(ratio);
        m_image->setPixmap(QPixmap::fromImage(m_shown));
        m_image->resize(m_image->sizeHint());
        ++m_painted;
    }
    m_pageBox->blockSignals(true);
    m_pageBox->setValue(page + 1);
    m_pageBox->blockSignals(false);
    m_ofPages->setText(QCoreApplication::translate("ReportWriters", "Page %1 of %2")
                               .arg(QLocale().toString(page + 1), QLocale().toString(m_pageCount)));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < m_pageCount);
}

int ReportPreviewDialog::fittedDotsPerInch() const
{
    // The page as wide as the view (less room for a scroll bar) times the zoom, between 20
    // and 200 dpi (a page image at 200 dpi is about 16 MB).
    const double inches = m_layout.fullRect(QPageLayout::Inch).width();
    const int room = m_scroll->viewport()->width() - 24;
    if (inches <= 0 || room <= 0)
        return kScreenDotsPerInch;
    return std::clamp(static_cast<int>(room / inches * m_zoom), 20, 200);
}

void ReportPreviewDialog::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 4.0);
    if (m_page >= 0)
        showPageAt(m_page);
}

void ReportPreviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_page >= 0 && isVisible() && m_fitted != fittedDotsPerInch())
        showPageAt(m_page); // the page again at the new width
}

void ReportPreviewDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            setZoom(m_zoom * 1.25);
            return;
        case Qt::Key_Minus:
            setZoom(m_zoom / 1.25);
            return;
        case Qt::Key_0:
            setZoom(1.0);
            return;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_PageDown:
        showPageAt(m_page + 1);
        return;
    case Qt::Key_PageUp:
        showPageAt(m_page - 1);
        return;
    case Qt::Key_Home:
        showPageAt(0);
        return;
    case Qt::Key_End:
        showPageAt(m_pageCount - 1);
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void ReportPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    printer.setPageLayout(m_layout);
    QPrintDialog chooser(&printer, this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(this); // Qt's own Cancel button
    progress.setRange(0, m_pageCount);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    printTo(printer, [&](int page, int pages) {
        progress.setLabelText(QCoreApplication::translate("ReportWriters", "Page %1 of %2")
                                      .arg(QLocale().toString(page + 1), QLocale().toString(pages)));
        progress.setValue(page); // runs the event loop: the window stays live, Cancel is seen
        return !progress.wasCanceled();
    });
    progress.setValue(m_pageCount);
}

bool ReportPreviewDialog::printTo(QPrinter &printer, const std::function<bool(int, int)> &keepGoing)
{
    // The pages are laid out for their A4 sheet and orientation: printed on it.
    printer.setPageLayout(m_layout);
    bool stopped = false;
    m_printPages(printer, [&](int page, int pages) {
        stopped = stopped || !keepGoing(page, pages);
        return !stopped;
    });
    if (stopped) {
        // Nothing of a cancelled print is left: a printer's job is aborted, a file removed.
        printer.abort();
        if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
            QFile::remove(printer.outputFileName());
    }
    return !stopped;
}

} // namespace ardesk
