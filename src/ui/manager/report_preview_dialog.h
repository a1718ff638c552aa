#pragma once
// The print preview of a report (objectName reportPrintPreview, docs/manager-desk.md
// "Reports"): the report's pages, measured beforehand by the Reports page's worker
// (documents/report_pages.h: where each page starts, nothing painted), shown one at a time;
// only the page shown is painted (by that worker), so a report of a thousand pages opens at
// once, holds one page's image, and paging holds the window for one page's painting at most.
// The page is as wide as the view (again when it is resized), zoomed with the − and + buttons
// or Ctrl+- / Ctrl++ (Ctrl+0 fits the width again). Page through with the buttons, the page
// box or the keyboard (Page Up / Page Down, Home, End); Print… paints every page on the
// chosen printer with a progress dialog that can be cancelled between pages (a cancelled
// print to a file leaves no file).

#include <QDialog>
#include <QImage>
#include <QPageLayout>

#include <functional>

class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace ardesk {

class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreviewDialog)

public:
    // The page (0-based) painted at a resolution.
    using PageImage = std::function<QImage(int page, int dotsPerInch)>;
    // Paints every page on the printer; progress(page, pages) before each, false stops.
    using PrintPages = std::function<void(QPrinter &printer, const std::function<bool(int, int)> &progress)>;

    ReportPreviewDialog(int pageCount, QPageLayout layout, PageImage pageImage, PrintPages printPages,
                        const QString &title, QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; } // 0-based
    void showPageAt(int page);
    // How many pages were painted for the screen so far (tests: only the pages looked at).
    int pagesPainted() const { return m_painted; }
    // 1 = the page as wide as the view (Ctrl+0); Ctrl++ and Ctrl+- zoom by 1.25.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    // The page's picture as shown.
    QImage shownImage() const { return m_shown; }
    // Prints every page on the printer (Print… after its printer dialog), asking keepGoing(page,
    // pages) before each; when it says stop, the print is aborted and a PDF file it was
    // writing removed. False when stopped.
    bool printTo(QPrinter &printer, const std::function<bool(int, int)> &keepGoing);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void print();
    int fittedDotsPerInch() const; // the page as wide as the view

    int m_pageCount = 0;
    QPageLayout m_layout;
    PageImage m_pageImage;
    PrintPages m_printPages;
    QScrollArea *m_scroll;
    QLabel *m_image;
    QSpinBox *m_pageBox;
    QLabel *m_ofPages;
    QPushButton *m_previous;
    QPushButton *m_next;
    QImage m_shown;
    int m_page = -1;
    int m_painted = 0;
    int m_fitted = 0; // the dots per inch of the page shown
    double m_zoom = 1.0;
};

} // namespace ardesk
