#pragma once
// A report's pages (the PDF export, the print preview and printing), laid out by ardesk
// itself from the report's rows instead of by QTextDocument: the written summary, the charts,
// then each table with its header row at the top of every page it is on, its columns fitted
// to the rows of that page. Laying out measures the rows (font metrics, nothing painted) and
// keeps only where each page starts (a table and a row); a page is painted from its first
// row on demand. So a report of any length holds its rows (the Report) plus a few bytes a page,
// and showing page N costs one page's painting (docs/performance.md "Print preview").
//
// Units: kResolution dots per inch, the origin at the top left of the printable area (inside
// the margins of pageLayout()), as on a PDF writer at that resolution; scale the painter for
// another device. Fonts are sized in those pixels, so the same page comes out on a PDF
// writer, a printer or a screen image. Any thread; one thread at a time.

#include "domain/report_model.h"

#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QSizeF>

#include <functional>
#include <memory>
#include <vector>

namespace ardesk::documents {

class ReportPages final
{
public:
    static constexpr int kResolution = 300;

    // Lays the report out (measures it); keepGoing is asked every few thousand rows, and
    // false stops (cancelled() then says so, and the pages are not to be used).
    explicit ReportPages(std::shared_ptr<const Report> report, const std::function<bool()> &keepGoing = {});
    ~ReportPages();
    ReportPages(const ReportPages &) = delete;
    ReportPages &operator=(const ReportPages &) = delete;

    bool cancelled() const { return m_cancelled; }
    int pageCount() const { return static_cast<int>(m_pageStarts.size()); }
    QPageLayout pageLayout() const;
    QSizeF pageSize() const; // the printable area in kResolution units
    // Paints the page (0-based) with its footer; the painter's origin at the printable
    // area's top left, its units kResolution dots per inch.
    void paintPage(QPainter &painter, int page) const;
    // The page's text, cell by cell in reading order, one line per paragraph or table row
    // (tests and tools; the footer last).
    QStringList pageText(int page) const;
    // What the layout holds besides the report itself, in bytes (the pages' starts, the
    // column widths, the charts' images): bounded by the pages, not the rows.
    qsizetype heldBytes() const;

    // The PDF title, footer and page label of the report's pages (PdfOptions' fields).
    QString title() const;
    QString footer() const;

private:
    struct Cursor
    {
        int block = 0;
        int row = 0; // a table's next data row (rows.size(): the totals row); a paragraph's next line
    };
    struct Block;
    struct Fonts;
    struct Columns
    {
        std::vector<double> widths;
        std::vector<QStringList> header; // the header's titles as lines
        double headerHeight = 0;
    };
    // A table's columns on a page that begins at firstRow (from the rows that can be on it).
    Columns columnsFrom(const Block &block, int firstRow) const;
    // Lays out (painter null) or paints one page from start; returns where the next begins.
    Cursor page(Cursor start, QPainter *painter, QStringList *text) const;
    void addBlocks();

    std::shared_ptr<const Report> m_report;
    std::unique_ptr<Fonts> m_fonts;
    std::vector<Block> m_blocks;
    std::vector<Cursor> m_pageStarts;
    bool m_landscape = false;
    bool m_cancelled = false;
    double m_width = 0;
    double m_height = 0;      // the printable area
    double m_bodyHeight = 0;  // less the footer
    double m_footerHeight = 0;
    int m_rowsPerPage = 0; // the most rows a page can hold (one line each)
    QString m_pageLabel;
};

// The report's pages for a report the caller keeps alive (no copy) or owns.
std::unique_ptr<ReportPages> reportPages(const Report &report, const std::function<bool()> &keepGoing = {});
std::unique_ptr<ReportPages> reportPages(Report &&report, const std::function<bool()> &keepGoing = {});

} // namespace ardesk::documents
