#include "interest_rows_model.h"

#include "ui/common/display_format.h"

namespace ardesk {

namespace {
int firstPage(qsizetype total, int pageSize)
{
    return int(std::min<qsizetype>(total, pageSize));
}
} // namespace

// --- the debit notes -------------------------------------------------------------------

InterestLinesModel::InterestLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

InterestLinesModel::~InterestLinesModel() = default;

void InterestLinesModel::setLines(std::vector<InterestPostingLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_shown = firstPage(totalCount(), kPageSize);
    endResetModel();
}

int InterestLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int InterestLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterestLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const InterestPostingLine &line = m_lines[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool interest = line.kind == u"interest";
    switch (index.column()) {
    case Customer:
        return line.customerCode;
    case Invoice:
        return line.invoiceNumber;
    case DebitNote:
        return line.debitNoteNumber;
    case Charge:
        return interest ? tr("Interest on %1").arg(formatMoney(line.base, line.currency))
                        : tr("Recovery compensation");
    case Days:
        return interest ? tr("%1 to %2 (%n day(s))", nullptr, int(line.fromDay.daysTo(line.toDay)) + 1)
                                  .arg(formatDate(line.fromDay), formatDate(line.toDay))
                        : QString();
    case Amount:
        return formatMoney(line.amount, line.currency);
    default:
        return {};
    }
}

QVariant InterestLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Invoice:
        return tr("Invoice");
    case DebitNote:
        return tr("Debit note");
    case Charge:
        return tr("Charge");
    case Days:
        return tr("Days");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

bool InterestLinesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < totalCount();
}

void InterestLinesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<qsizetype>(kPageSize, totalCount() - m_shown));
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

// --- the skips -------------------------------------------------------------------------

InterestSkipsModel::InterestSkipsModel(QObject *parent) : QAbstractTableModel(parent) { }

InterestSkipsModel::~InterestSkipsModel() = default;

QString InterestSkipsModel::reasonLabel(const QString &reason)
{
    if (reason == u"no_rate")
        return tr("No reference rate");
    if (reason == u"compensation_currency")
        return tr("Compensation in another currency");
    if (reason == u"number_taken")
        return tr("Debit note number taken");
    return reason;
}

void InterestSkipsModel::setSkips(std::vector<InterestPostingSkip> skips)
{
    m_skips = std::move(skips);
    m_byReason.clear();
    for (const InterestPostingSkip &skip : m_skips)
        ++m_byReason[skip.reason];
    refilter();
}

void InterestSkipsModel::setFilter(const QString &reason, const QString &text)
{
    m_reason = reason;
    m_text = text.trimmed();
    refilter();
}

void InterestSkipsModel::refilter()
{
    beginResetModel();
    m_matching.clear();
    for (qsizetype i = 0; i < qsizetype(m_skips.size()); ++i) {
        const InterestPostingSkip &skip = m_skips[std::size_t(i)];
        if (!m_reason.isEmpty() && skip.reason != m_reason)
            continue;
        if (!m_text.isEmpty() && !skip.customerCode.contains(m_text, Qt::CaseInsensitive)
            && !skip.invoiceNumber.contains(m_text, Qt::CaseInsensitive)
            && !skip.message.contains(m_text, Qt::CaseInsensitive))
            continue;
        m_matching.push_back(i);
    }
    m_shown = firstPage(matchingCount(), kPageSize);
    endResetModel();
}

int InterestSkipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int InterestSkipsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterestSkipsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const InterestPostingSkip &skip = m_skips[std::size_t(m_matching[std::size_t(index.row())])];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Customer:
        return skip.customerCode;
    case Invoice:
        return skip.invoiceNumber;
    case Reason:
        return reasonLabel(skip.reason);
    case Details:
        return skip.message;
    default:
        return {};
    }
}

QVariant InterestSkipsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Invoice:
        return tr("Invoice");
    case Reason:
        return tr("Reason");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

bool InterestSkipsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < matchingCount();
}

void InterestSkipsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<qsizetype>(kPageSize, matchingCount() - m_shown));
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

} // namespace ardesk
