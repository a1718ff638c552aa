#include "report_pages.h"

#include "document_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace ardesk::documents {

namespace {

constexpr double kDotsPerPoint = ReportPages::kResolution / 72.0;
constexpr double kDotsPerCssPixel = ReportPages::kResolution / 96.0;
const double kCellPadding = std::round(3 * kDotsPerCssPixel); // the old tables' cellpadding="3"
constexpr double kGridWidth = 2;

const QColor kSeriesColors[] = {QColor(0x9a, 0xb0, 0xc8), QColor(0x1f, 0x3a, 0x5a), QColor(0xd0, 0x7a, 0x2a),
                                QColor(0x4a, 0x8a, 0x4a)};

bool rightAligned(ReportColumnType type)
{
    return type == ReportColumnType::Money || type == ReportColumnType::Number || type == ReportColumnType::Percent;
}

QString cellText(const ReportValue &value, const ReportColumn &column, const QLocale &locale)
{
    return std::visit(
            [&](const auto &v) -> QString {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    return {};
                else if constexpr (std::is_same_v<T, QString>)
                    return column.shownText(v);
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

QFont documentFont(double points, bool bold)
{
    QFont font(documentFontFamily());
    // Sized in the layout's pixels, so that the text has the same size on every device the
    // page is painted on (the painter is scaled from kResolution to the device).
    font.setPixelSize(qRound(points * kDotsPerPoint));
    font.setBold(bold);
    // Letter spacing switches off ligatures: "ff" stays two letters for search, copy and
    // pdftotext.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

// The text broken into lines no wider than width (at word boundaries, anywhere in a word
// longer than the line), measured with the font's own metrics.
QStringList wrapped(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, width));
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

} // namespace

struct ReportPages::Fonts
{
    QLocale locale;
    QFont base = documentFont(8.5, false);
    QFont bold = documentFont(8.5, true);
    QFont title = documentFont(16, true);
    QFont footer = documentFont(7.5, false);
    QFontMetricsF baseMetrics{base};
    QFontMetricsF boldMetrics{bold};
    double lineHeight = std::max(baseMetrics.lineSpacing(), boldMetrics.lineSpacing());
};

struct ReportPages::Block
{
    enum class Kind { Paragraph, Image, Table };
    Kind kind = Kind::Paragraph;
    double spaceBefore = 0; // not at the top of a page
    // A paragraph: its lines, font and colour; kept on the page of the table after it.
    QStringList lines;
    QFont font;
    QColor color = Qt::black;
    double lineHeight = 0;
    bool keepWithNext = false;
    // An image (a chart) the width of the page.
    QImage image;
    // A table (its columns are fitted page by page: columnsFrom).
    const ReportTable *table = nullptr;

    double height(double pageWidth) const
    {
        if (kind == Kind::Image)
            return pageWidth / 4.0;
        return lines.size() * lineHeight;
    }
};

namespace {

// The cells of a row broken into lines for their columns, and the row's height.
struct RowCells
{
    std::vector<QStringList> cells;
    double height = 0;
};

} // namespace

ReportPages::ReportPages(std::shared_ptr<const Report> report, const std::function<bool()> &keepGoing)
    : m_report(std::move(report))
{
    ensureGuiApplication();
    m_fonts = std::make_unique<Fonts>();
    for (const ReportTable &table : m_report->tables)
        m_landscape = m_landscape || table.columns.size() > 8;
    const QRect printable = pageLayout().paintRectPixels(kResolution);
    m_width = printable.width();
    m_height = printable.height();
    m_footerHeight = QFontMetricsF(m_fonts->footer).height() * 2.0;
    m_bodyHeight = m_height - m_footerHeight;
    // The translator sees the usual %1 and %2; the pages fill in the numbers.
    m_pageLabel = QCoreApplication::translate("ReportWriters", "Page %1 of %2");
    m_rowsPerPage = static_cast<int>(m_bodyHeight / (m_fonts->lineHeight + 2 * kCellPadding)) + 1;
    addBlocks();
    Cursor at;
    std::size_t pages = 0;
    while (at.block < static_cast<int>(m_blocks.size())) {
        if (keepGoing && (++pages % 16) == 0 && !keepGoing()) {
            m_cancelled = true;
            return;
        }
        m_pageStarts.push_back(at);
        at = page(at, nullptr, nullptr);
    }
    if (m_pageStarts.empty())
        m_pageStarts.push_back(Cursor{});
}

ReportPages::~ReportPages() = default;

void ReportPages::addBlocks()
{
    const Report &report = *m_report;
    const Fonts &fonts = *m_fonts;
    const double gap = fonts.lineHeight * 0.8; // between paragraphs
    auto paragraph = [&](const QString &text, const QFont &font, QColor color, double spaceBefore) {
        Block block;
        block.kind = Block::Kind::Paragraph;
        block.font = font;
        block.color = color;
        block.lineHeight = QFontMetricsF(font).lineSpacing();
        block.lines = wrapped(text, font, m_width);
        block.spaceBefore = spaceBefore;
        m_blocks.push_back(std::move(block));
        return m_blocks.size() - 1;
    };
    paragraph(report.title, fonts.title, QColor(0x1f, 0x3a, 0x5a), 0);
    paragraph(report.subtitle, fonts.base, Qt::black, 0);
    paragraph(QCoreApplication::translate("ReportWriters", "Summary"), fonts.bold, Qt::black,
              gap + 8 * kDotsPerCssPixel);
    for (const QString &text : report.summary)
        paragraph(text, fonts.base, Qt::black, gap);
    // Charts: at most three (the model puts the most telling first), drawn at 150 dpi and
    // shown the width of the page.
    const double widthInches = m_width / kResolution;
    const QSize chartSize(static_cast<int>(widthInches * 150), static_cast<int>(widthInches * 150 / 4));
    for (std::size_t i = 0; i < std::min<std::size_t>(3, report.charts.size()); ++i) {
        Block block;
        block.kind = Block::Kind::Image;
        block.image = chartImage(report.charts[i], fonts.locale, chartSize);
        block.spaceBefore = gap;
        m_blocks.push_back(std::move(block));
    }
    for (const ReportTable &table : report.tables) {
        const std::size_t titleAt = paragraph(table.title, fonts.bold, Qt::black, gap + 10 * kDotsPerCssPixel);
        if (table.rows.empty()) {
            paragraph(QCoreApplication::translate("ReportWriters", "(none)"), fonts.base, Qt::black, gap);
            continue;
        }
        m_blocks[titleAt].keepWithNext = true;
        Block block;
        block.kind = Block::Kind::Table;
        block.table = &table;
        m_blocks.push_back(std::move(block));
    }
}

ReportPages::Columns ReportPages::columnsFrom(const Block &block, int firstRow) const
{
    // Each column as wide as its widest text among the rows that can be on this page (the
    // header's on one line), stretched to the page's width; when they do not fit, numbers,
    // amounts and dates keep their width (they stay on one line) and text columns share the
    // rest (they wrap). Fitted page by page, as a reader's eye takes a page: one long name
    // or one huge amount elsewhere in the report does not narrow every page's columns.
    const Fonts &fonts = *m_fonts;
    const ReportTable &table = *block.table;
    const std::size_t columns = table.columns.size();
    std::vector<double> natural(columns, 0);
    std::vector<double> minimum(columns, 0);
    for (std::size_t c = 0; c < columns; ++c) {
        const QString &title = table.columns[c].title;
        natural[c] = fonts.boldMetrics.horizontalAdvance(title);
        for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
            minimum[c] = std::max(minimum[c], fonts.boldMetrics.horizontalAdvance(word));
    }
    auto measure = [&](const std::vector<ReportValue> &values, const QFontMetricsF &metrics) {
        for (std::size_t c = 0; c < columns && c < values.size(); ++c) {
            if (std::holds_alternative<std::monostate>(values[c]))
                continue;
            const double advance = metrics.horizontalAdvance(cellText(values[c], table.columns[c], fonts.locale));
            natural[c] = std::max(natural[c], advance);
            if (table.columns[c].type != ReportColumnType::Text)
                minimum[c] = std::max(minimum[c], advance);
        }
    };
    const int rows = static_cast<int>(table.rows.size());
    const int last = std::min(rows, firstRow + m_rowsPerPage);
    for (int row = firstRow; row < last; ++row)
        measure(table.rows[std::size_t(row)], fonts.baseMetrics);
    if (!table.totals.empty() && firstRow + m_rowsPerPage > rows)
        measure(table.totals, fonts.boldMetrics);
    // Room for the padding, and a little for a device whose glyphs come out wider.
    const double extra = 2 * kCellPadding + kGridWidth + 4;
    double naturalSum = 0;
    double minimumSum = 0;
    for (std::size_t c = 0; c < columns; ++c) {
        natural[c] += extra;
        if (table.columns[c].type == ReportColumnType::Text)
            minimum[c] = std::max(minimum[c], std::min(natural[c] - extra, m_width * 0.06));
        minimum[c] = std::min(minimum[c] + extra, natural[c]);
        naturalSum += natural[c];
        minimumSum += minimum[c];
    }
    Columns out;
    out.widths.resize(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        if (naturalSum <= m_width)
            out.widths[c] = natural[c] * m_width / naturalSum;
        else if (minimumSum >= m_width)
            out.widths[c] = minimum[c] * m_width / minimumSum;
        else
            out.widths[c] =
                    minimum[c] + (natural[c] - minimum[c]) * (m_width - minimumSum) / (naturalSum - minimumSum);
    }
    std::size_t headerLines = 1;
    for (std::size_t c = 0; c < columns; ++c) {
        out.header.push_back(wrapped(table.columns[c].title, fonts.bold, out.widths[c] - 2 * kCellPadding - 4));
        headerLines = std::max<std::size_t>(headerLines, out.header.back().size());
    }
    out.headerHeight = headerLines * fonts.lineHeight + 2 * kCellPadding;
    return out;
}

QPageLayout ReportPages::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
}

QSizeF ReportPages::pageSize() const
{
    return QSizeF(m_width, m_height);
}

QString ReportPages::title() const
{
    return m_report->title;
}

QString ReportPages::footer() const
{
    return QStringLiteral("%1 · %2").arg(m_report->title, m_report->subtitle);
}

qsizetype ReportPages::heldBytes() const
{
    qsizetype bytes = sizeof(*this) + sizeof(Fonts) + qsizetype(m_pageStarts.capacity() * sizeof(Cursor));
    for (const Block &block : m_blocks) {
        bytes += sizeof(Block) + block.image.sizeInBytes();
        for (const QString &line : block.lines)
            bytes += line.size() * 2;
    }
    return bytes;
}

ReportPages::Cursor ReportPages::page(Cursor at, QPainter *painter, QStringList *text) const
{
    const Fonts &fonts = *m_fonts;
    const QPen grid(QColor(0x9a, 0xa5, 0xb1), kGridWidth);
    // The cells of a row as lines, and its height: text columns wrap, the rest stay on one line.
    auto rowCells = [&](const Block &block, const Columns &columns, int row, bool withText) {
        const ReportTable &table = *block.table;
        const bool totals = row >= static_cast<int>(table.rows.size());
        const ReportRows::Row values = totals ? table.totals : table.rows[std::size_t(row)];
        const QFont &font = totals ? fonts.bold : fonts.base;
        const QFontMetricsF &metrics = totals ? fonts.boldMetrics : fonts.baseMetrics;
        RowCells out;
        std::size_t lines = 1;
        if (withText)
            out.cells.resize(table.columns.size());
        for (std::size_t c = 0; c < table.columns.size() && c < values.size(); ++c) {
            const ReportColumn &column = table.columns[c];
            const bool wraps = column.type == ReportColumnType::Text;
            if (!wraps && !withText)
                continue; // one line: no need to format it for its height
            const QString cell = cellText(values[c], column, fonts.locale);
            const double room = columns.widths[c] - 2 * kCellPadding - kGridWidth - 4;
            QStringList cellLines;
            if (wraps && metrics.horizontalAdvance(cell) > room)
                cellLines = wrapped(cell, font, room);
            else
                cellLines << cell;
            lines = std::max<std::size_t>(lines, cellLines.size());
            if (withText)
                out.cells[c] = std::move(cellLines);
        }
        out.height = lines * fonts.lineHeight + 2 * kCellPadding;
        return out;
    };
    auto paintRow = [&](const Block &block, const Columns &columns, const std::vector<QStringList> &cells, double y,
                        double height, bool header, bool bold) {
        const ReportTable &table = *block.table;
        if (text) {
            QStringList row;
            for (const QStringList &cell : cells)
                row << cell.join(u' ');
            *text << row.join(u'\t');
        }
        if (!painter)
            return;
        painter->setFont(bold || header ? fonts.bold : fonts.base);
        double x = 0;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const double width = columns.widths[c];
            const QRectF cell(x, y, width, height);
            if (header)
                painter->fillRect(cell, QColor(0xdd, 0xe3, 0xea));
            const Qt::Alignment align =
                    (rightAligned(table.columns[c].type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
            painter->setPen(Qt::black);
            if (c < cells.size()) {
                double lineY = y + kCellPadding;
                for (const QString &line : cells[c]) {
                    painter->drawText(QRectF(x + kCellPadding + kGridWidth / 2, lineY,
                                             width - 2 * kCellPadding - kGridWidth, fonts.lineHeight),
                                      align | Qt::TextDontClip, line);
                    lineY += fonts.lineHeight;
                }
            }
            painter->setPen(grid);
            painter->drawRect(cell);
            x += width;
        }
    };

    double y = 0;
    bool empty = true; // nothing on the page yet
    while (at.block < static_cast<int>(m_blocks.size())) {
        const Block &block = m_blocks[std::size_t(at.block)];
        if (block.kind == Block::Kind::Image) {
            const double before = empty ? 0 : block.spaceBefore;
            if (!empty && y + before + block.height(m_width) > m_bodyHeight)
                return at;
            y += before;
            if (painter) {
                painter->save();
                painter->setRenderHint(QPainter::SmoothPixmapTransform);
                painter->drawImage(QRectF(0, y, m_width, block.height(m_width)), block.image);
                painter->restore();
            }
            y += block.height(m_width);
            empty = false;
            ++at.block;
            at.row = 0;
            continue;
        }
        if (block.kind == Block::Kind::Paragraph) {
            // A paragraph goes on to the next page line by line (at.row: its next line); a
            // table's title stays with the table's header and first row.
            const int lines = static_cast<int>(block.lines.size());
            const double before = empty || at.row > 0 ? 0 : block.spaceBefore;
            double needed = before + (lines - at.row) * block.lineHeight;
            if (block.keepWithNext && at.block + 1 < static_cast<int>(m_blocks.size())) {
                const Block &next = m_blocks[std::size_t(at.block + 1)];
                if (next.kind == Block::Kind::Table) {
                    const Columns columns = columnsFrom(next, 0);
                    needed += columns.headerHeight + rowCells(next, columns, 0, false).height;
                }
            }
            int last = lines; // the lines that go on this page end before `last`
            if (y + needed > m_bodyHeight) {
                const int fit = static_cast<int>((m_bodyHeight - y - before) / block.lineHeight);
                if (block.keepWithNext || fit < 1) {
                    if (!empty)
                        return at;
                    last = std::min(lines, at.row + std::max(1, fit));
                } else {
                    last = std::min(lines, at.row + fit);
                }
            }
            y += before;
            if (text)
                *text << block.lines.mid(at.row, last - at.row).join(u' ');
            if (painter) {
                painter->setFont(block.font);
                painter->setPen(block.color);
            }
            for (int line = at.row; line < last; ++line) {
                if (painter)
                    painter->drawText(QRectF(0, y, m_width, block.lineHeight),
                                      Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, block.lines[line]);
                y += block.lineHeight;
            }
            empty = false;
            if (last < lines) {
                at.row = last;
                return at;
            }
            ++at.block;
            at.row = 0;
            continue;
        }
        const ReportTable &table = *block.table;
        const int rows = static_cast<int>(table.rows.size()) + (table.totals.empty() ? 0 : 1);
        // The header row on every page the table is on, and at least one row under it.
        const Columns columns = columnsFrom(block, at.row);
        if (!empty && y + columns.headerHeight + rowCells(block, columns, at.row, false).height > m_bodyHeight)
            return at;
        paintRow(block, columns, columns.header, y, columns.headerHeight, true, true);
        y += columns.headerHeight;
        bool first = true;
        while (at.row < rows) {
            RowCells row = rowCells(block, columns, at.row, text || painter);
            if (!first && y + row.height > m_bodyHeight)
                return at;
            paintRow(block, columns, row.cells, y, row.height, false, at.row >= static_cast<int>(table.rows.size()));
            y += row.height;
            first = false;
            ++at.row;
        }
        empty = false;
        ++at.block;
        at.row = 0;
    }
    return at;
}

void ReportPages::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    this->page(m_pageStarts[std::size_t(page)], &painter, nullptr);
    painter.restore();

    painter.save();
    painter.setFont(m_fonts->footer);
    painter.setPen(QColor(90, 90, 90));
    const QRectF footerBox(0, m_height - m_footerHeight * 0.75, m_width, m_footerHeight * 0.75);
    painter.drawLine(QPointF(0, footerBox.top()), QPointF(m_width, footerBox.top()));
    painter.drawText(footerBox, Qt::AlignLeft | Qt::AlignBottom, footer());
    painter.drawText(footerBox, Qt::AlignRight | Qt::AlignBottom,
                     m_pageLabel.arg(QString::number(page + 1), QString::number(pageCount())));
    painter.restore();
}

QStringList ReportPages::pageText(int page) const
{
    QStringList text;
    if (page < 0 || page >= pageCount())
        return text;
    this->page(m_pageStarts[std::size_t(page)], nullptr, &text);
    text << footer() + u'\t' + m_pageLabel.arg(QString::number(page + 1), QString::number(pageCount()));
    return text;
}

std::unique_ptr<ReportPages> reportPages(const Report &report, const std::function<bool()> &keepGoing)
{
    // Not owned: the caller keeps the report alive as long as the pages.
    return std::make_unique<ReportPages>(std::shared_ptr<const Report>(std::shared_ptr<const Report>(), &report),
                                         keepGoing);
}

std::unique_ptr<ReportPages> reportPages(Report &&report, const std::function<bool()> &keepGoing)
{
    return std::make_unique<ReportPages>(std::make_shared<const Report>(std::move(report)), keepGoing);
}

} // namespace ardesk::documents
