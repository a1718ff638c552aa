#include "worklist_model.h"

#include "ui/common/display_format.h"
#include "ui/credit/credit_hold.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace ardesk {

namespace {

constexpr ScorePart kPartOfColumn[] = {ScorePart::OverdueAmount, ScorePart::DaysPastDue, ScorePart::BrokenPromises,
                                       ScorePart::PromiseDue,    ScorePart::Risk,        ScorePart::Balance};

bool isPart(int column)
{
    return column >= WorklistModel::OverduePoints && column <= WorklistModel::BalancePoints;
}

ScorePart partOf(int column)
{
    return kPartOfColumn[column - WorklistModel::OverduePoints];
}

bool isNumber(int column)
{
    return column == WorklistModel::Rank || column == WorklistModel::Overdue || column == WorklistModel::Score
            || isPart(column);
}

// Points as the user's locale writes them, two decimals ("42.50"); 0 as a dash.
QString points(qint64 hundredths)
{
    if (hundredths == 0)
        return QStringLiteral("·");
    return QLocale().toString(static_cast<double>(hundredths) / 100.0, 'f', 2);
}

} // namespace

WorklistModel::WorklistModel(QObject *parent) : QAbstractTableModel(parent) { }

WorklistModel::~WorklistModel() = default;

QString WorklistModel::taskDisplayName(const QString &task)
{
    if (task == TaskKind::call)
        return tr("Call");
    if (task == TaskKind::promiseFollowUp)
        return tr("Promise follow-up");
    if (task == TaskKind::disputeFollowUp)
        return tr("Dispute follow-up");
    if (task == TaskKind::review)
        return tr("Review");
    if (task == TaskKind::escalation)
        return tr("Escalation");
    return task;
}

void WorklistModel::setWorklist(Worklist worklist)
{
    m_worklist = std::move(worklist);
    rebuild();
}

void WorklistModel::removeItem(Id customerId, const QString &task)
{
    auto &items = m_worklist.items;
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&](const WorklistItem &i) { return i.customerId == customerId && i.task == task; }),
                items.end());
    rebuild();
}

void WorklistModel::setTaskFilter(const QString &task)
{
    if (task == m_task)
        return;
    m_task = task;
    rebuild();
}

void WorklistModel::setBucketFilter(int bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    rebuild();
}

void WorklistModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    rebuild();
}

bool WorklistModel::passes(const WorklistItem &item) const
{
    if (!m_task.isEmpty() && item.task != m_task)
        return false;
    if (m_bucket >= 0 && m_buckets.bucketFor(item.daysPastDue) != m_bucket)
        return false;
    if (!m_search.isEmpty() && !item.customerCode.startsWith(m_search, Qt::CaseInsensitive)
        && !item.customerName.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

QVariant WorklistModel::sortKey(const WorklistItem &item, std::size_t rank, int column) const
{
    switch (column) {
    case Customer:
        return item.customerCode;
    case Name:
        return item.customerName;
    case Task:
        return taskDisplayName(item.task);
    case Due:
        return item.due;
    case Overdue:
        return QVariant::fromValue<qint64>(item.overdueAmount);
    case Score:
        return QVariant::fromValue<qint64>(item.score.totalHundredths());
    case Hold:
        return item.hold ? item.hold->setDate : QDate();
    default:
        if (isPart(column))
            return QVariant::fromValue<qint64>(item.score.part(partOf(column)));
        return QVariant::fromValue<qulonglong>(rank);
    }
}

void WorklistModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    const auto &items = m_worklist.items;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (passes(items[i]))
            m_visible.push_back(i);
    if (m_sortColumn != Rank) {
        // Stable: equal keys keep the queue's order (score, then code).
        std::stable_sort(m_visible.begin(), m_visible.end(), [&](std::size_t a, std::size_t b) {
            const QVariant left = sortKey(items[a], a, m_sortColumn);
            const QVariant right = sortKey(items[b], b, m_sortColumn);
            const auto order = QVariant::compare(left, right);
            if (order == QPartialOrdering::Equivalent)
                return false;
            return m_sortOrder == Qt::AscendingOrder ? order == QPartialOrdering::Less
                                                     : order == QPartialOrdering::Greater;
        });
    } else if (m_sortOrder == Qt::DescendingOrder) {
        std::reverse(m_visible.begin(), m_visible.end());
    }
    m_loaded = std::min<int>(kPageSize, static_cast<int>(m_visible.size()));
    endResetModel();
    Q_EMIT matchingCountChanged(matchingCount());
}

const WorklistItem *WorklistModel::itemAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_visible.size())
        return nullptr;
    return &m_worklist.items[m_visible[static_cast<std::size_t>(row)]];
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorklistModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && static_cast<std::size_t>(m_loaded) < m_visible.size();
}

void WorklistModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min<int>(kPageSize, static_cast<int>(m_visible.size()) - m_loaded);
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

void WorklistModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

Qt::ItemFlags WorklistModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loaded)
        return {};
    const std::size_t source = m_visible[static_cast<std::size_t>(index.row())];
    const WorklistItem &item = m_worklist.items[source];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return QLocale().toString(static_cast<qulonglong>(source + 1));
        case Customer:
            return item.customerCode;
        case Name:
            return item.customerName;
        case Task:
            return taskDisplayName(item.task);
        case Due:
            return formatDate(item.due);
        case Overdue:
            return item.overdueAmount != 0 ? formatMoney(item.overdueAmount, item.currency) : QString();
        case Score:
            return QLocale().toString(item.score.total(), 'f', 2);
        case Hold:
            return item.hold ? tr("ON HOLD: %1").arg(holdReasons(*item.hold, item.currency).join(QStringLiteral("; ")))
                             : QString();
        default:
            if (isPart(column))
                return points(item.score.part(partOf(column)));
        }
        break;
    case RawValueRole:
        return sortKey(item, source, column);
    case RowIdRole:
        return QVariant::fromValue<qint64>(item.customerId);
    case TaskKindRole:
        return item.task;
    case Qt::TextAlignmentRole:
        if (isNumber(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (isPart(column))
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Hold && item.hold)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::FontRole:
        if (column == Score || (column == Hold && item.hold)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        // The figure behind each part.
        switch (column) {
        case Name:
            return item.notes.isEmpty() ? item.customerName : tr("%1\n%2").arg(item.customerName, item.notes);
        case Task:
            return item.notes.isEmpty() ? QVariant() : QVariant(item.notes);
        case OverduePoints:
            return tr("Overdue %1").arg(formatMoney(item.overdueAmount, item.currency));
        case DaysPastDuePoints:
            return tr("Oldest item %n day(s) past due", nullptr, item.daysPastDue);
        case BrokenPromisesPoints:
            return tr("%n broken promise(s) in the last 90 days", nullptr, item.brokenPromises);
        case PromiseDuePoints:
            return item.promiseDueToday ? tr("A promise falls due today") : tr("No promise due today");
        case RiskPoints:
            return item.riskClass.isEmpty() ? tr("Risk class not rated") : tr("Risk class %1").arg(item.riskClass);
        case BalancePoints:
            return tr("Balance %1").arg(formatMoney(item.balance, item.currency));
        case Hold:
            return item.hold ? tr("On credit hold since %1").arg(formatDate(item.hold->setDate)) : QVariant();
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumber(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && isPart(section))
        return tr("Points of the score from this part (hover a cell for the figure)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Customer:
        return tr("Customer");
    case Name:
        return tr("Name");
    case Task:
        return tr("Task");
    case Due:
        return tr("Due");
    case Overdue:
        return tr("Overdue");
    case Score:
        return tr("Score");
    case OverduePoints:
        return tr("Overdue\npoints");
    case DaysPastDuePoints:
        return tr("Days late\npoints");
    case BrokenPromisesPoints:
        return tr("Broken\npromises");
    case PromiseDuePoints:
        return tr("Promise\ndue today");
    case RiskPoints:
        return tr("Risk\npoints");
    case BalancePoints:
        return tr("Balance\npoints");
    case Hold:
        return tr("Credit hold");
    default:
        break;
    }
    return {};
}

} // namespace ardesk
