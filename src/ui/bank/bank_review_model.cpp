#include "bank_review_model.h"

#include "ui/common/display_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

constexpr quintptr kGroupRow = 0;

} // namespace

BankReviewModel::BankReviewModel(QObject *parent) : QAbstractItemModel(parent) { }

BankReviewModel::~BankReviewModel() = default;

QString BankReviewModel::groupTitle(BankGroup group, int count)
{
    switch (group) {
    case BankGroup::Matched:
        return tr("Matched: posted as shown (%n)", nullptr, count);
    case BankGroup::Suggested:
        return tr("Suggested: check the box to confirm (%n)", nullptr, count);
    case BankGroup::Unmatched:
        return tr("Unmatched: assign to a customer (%n)", nullptr, count);
    case BankGroup::NotPosted:
        break;
    }
    return tr("Not to post: already posted, debits, pending (%n)", nullptr, count);
}

void BankReviewModel::setReview(BankReview review)
{
    beginResetModel();
    m_review = std::move(review);
    m_hasReview = true;
    const std::size_t n = m_review.entries.size();
    m_choices.assign(n, {});
    m_groupOf.assign(n, BankGroup::NotPosted);
    m_rowInGroup.assign(n, 0);
    for (auto &group : m_groups)
        group.clear();
    for (std::size_t i = 0; i < n; ++i) {
        const BankReviewEntry &e = m_review.entries[i];
        BankGroup group = BankGroup::NotPosted;
        if (e.state == BankEntryState::Open) {
            group = e.match.matchClass == MatchClass::Matched     ? BankGroup::Matched
                    : e.match.matchClass == MatchClass::Suggested ? BankGroup::Suggested
                                                                  : BankGroup::Unmatched;
            if (!e.match.candidates.empty() && group != BankGroup::Unmatched)
                m_choices[i].candidateIndex = 0;
            m_choices[i].included = group == BankGroup::Matched;
        }
        m_groupOf[i] = group;
        m_rowInGroup[i] = int(m_groups[std::size_t(group)].size());
        m_groups[std::size_t(group)].push_back(qsizetype(i));
    }
    endResetModel();
    Q_EMIT decisionsChanged();
}

void BankReviewModel::clear()
{
    beginResetModel();
    m_review = {};
    m_hasReview = false;
    m_choices.clear();
    m_groupOf.clear();
    m_rowInGroup.clear();
    for (auto &group : m_groups)
        group.clear();
    endResetModel();
    Q_EMIT decisionsChanged();
}

QModelIndex BankReviewModel::groupIndex(BankGroup group) const
{
    return createIndex(int(group), 0, kGroupRow);
}

QModelIndex BankReviewModel::entryIndex(qsizetype entry, int column) const
{
    if (entry < 0 || entry >= qsizetype(m_groupOf.size()))
        return {};
    const BankGroup group = m_groupOf[std::size_t(entry)];
    return createIndex(m_rowInGroup[std::size_t(entry)], column, quintptr(group) + 1);
}

std::optional<qsizetype> BankReviewModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return std::nullopt;
    const auto &group = m_groups[std::size_t(index.internalId() - 1)];
    if (index.row() < 0 || index.row() >= int(group.size()))
        return std::nullopt;
    return group[std::size_t(index.row())];
}

BankGroup BankReviewModel::groupOf(qsizetype entry) const
{
    return m_groupOf.at(std::size_t(entry));
}

const MatchCandidate *BankReviewModel::chosen(qsizetype entry) const
{
    if (entry < 0 || entry >= qsizetype(m_choices.size()))
        return nullptr;
    const Choice &choice = m_choices[std::size_t(entry)];
    if (choice.byHand)
        return &*choice.byHand;
    const auto &candidates = m_review.entries[std::size_t(entry)].match.candidates;
    if (choice.candidateIndex >= 0 && choice.candidateIndex < int(candidates.size()))
        return &candidates[std::size_t(choice.candidateIndex)];
    return nullptr;
}

int BankReviewModel::chosenCandidateIndex(qsizetype entry) const
{
    const Choice &choice = m_choices.at(std::size_t(entry));
    return choice.byHand ? -1 : choice.candidateIndex;
}

bool BankReviewModel::isIncluded(qsizetype entry) const
{
    return entry >= 0 && entry < qsizetype(m_choices.size()) && m_choices[std::size_t(entry)].included;
}

bool BankReviewModel::canInclude(qsizetype entry) const
{
    return entry >= 0 && entry < qsizetype(m_groupOf.size()) && m_groupOf[std::size_t(entry)] != BankGroup::NotPosted
            && chosen(entry) != nullptr;
}

void BankReviewModel::setIncluded(qsizetype entry, bool included)
{
    if (included && !canInclude(entry))
        return;
    if (entry < 0 || entry >= qsizetype(m_choices.size()) || m_choices[std::size_t(entry)].included == included)
        return;
    m_choices[std::size_t(entry)].included = included;
    changed(entry);
}

void BankReviewModel::chooseCandidate(qsizetype entry, int candidateIndex)
{
    if (entry < 0 || entry >= qsizetype(m_choices.size()) || m_groupOf[std::size_t(entry)] == BankGroup::NotPosted)
        return;
    const auto &candidates = m_review.entries[std::size_t(entry)].match.candidates;
    if (candidateIndex < 0 || candidateIndex >= int(candidates.size()))
        return;
    Choice &choice = m_choices[std::size_t(entry)];
    choice.byHand.reset();
    choice.candidateIndex = candidateIndex;
    choice.included = true;
    changed(entry);
}

void BankReviewModel::assign(qsizetype entry, MatchCandidate candidate)
{
    if (entry < 0 || entry >= qsizetype(m_choices.size()) || m_groupOf[std::size_t(entry)] == BankGroup::NotPosted)
        return;
    Choice &choice = m_choices[std::size_t(entry)];
    choice.byHand = std::move(candidate);
    choice.included = true;
    changed(entry);
}

void BankReviewModel::changed(qsizetype entry)
{
    Q_EMIT dataChanged(entryIndex(entry, 0), entryIndex(entry, ColumnCount - 1));
    Q_EMIT decisionsChanged();
}

std::vector<BankPostDecision> BankReviewModel::decisions() const
{
    std::vector<BankPostDecision> result;
    for (qsizetype i = 0; i < qsizetype(m_choices.size()); ++i)
        if (m_choices[std::size_t(i)].included)
            if (const MatchCandidate *candidate = chosen(i))
                result.push_back({i, *candidate});
    return result;
}

qsizetype BankReviewModel::includedCount() const
{
    return qsizetype(decisions().size());
}

std::vector<std::pair<QString, MinorUnits>> BankReviewModel::includedTotals() const
{
    std::map<QString, MinorUnits> totals;
    for (const BankPostDecision &d : decisions()) {
        const Money &amount = m_review.entries[std::size_t(d.entryIndex)].entry.amount;
        totals[amount.currency()] += amount.minor();
    }
    return {totals.begin(), totals.end()};
}

QModelIndex BankReviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < kBankGroupCount ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return {};
    if (row >= int(m_groups[std::size_t(parent.row())].size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BankReviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int BankReviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kBankGroupCount;
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return int(m_groups[std::size_t(parent.row())].size());
}

int BankReviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BankReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow) {
        const auto group = static_cast<BankGroup>(index.row());
        if (index.column() != 0)
            return {};
        if (role == Qt::DisplayRole)
            return groupTitle(group, count(group));
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const auto entryIndex = entryAt(index);
    if (!entryIndex)
        return {};
    const qsizetype e = *entryIndex;
    const BankReviewEntry &reviewed = m_review.entries[std::size_t(e)];
    const BankEntry &entry = reviewed.entry;
    const BankGroup group = m_groupOf[std::size_t(e)];
    const MatchCandidate *candidate = chosen(e);
    const bool byHand = m_choices[std::size_t(e)].byHand.has_value();
    if (role == EntryIndexRole)
        return qlonglong(e);
    if (role == Qt::CheckStateRole && index.column() == Post && canInclude(e))
        return isIncluded(e) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Amount || index.column() == Confidence
                                           ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == Reason && candidate && !candidate->warning.isEmpty() && !byHand)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (group == BankGroup::NotPosted)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Debtor:
            return entry.debtorAccount.isEmpty() ? entry.debtorName
                                                 : tr("%1 (account %2)").arg(entry.debtorName, entry.debtorAccount);
        case Remittance:
            return entry.creditorReference.isEmpty()
                    ? entry.remittance
                    : tr("%1 (reference %2)").arg(entry.remittance, entry.creditorReference);
        case Reason:
            if (candidate && !byHand)
                return candidate->warning.isEmpty() ? candidate->reason
                                                    : tr("%1. Warning: %2").arg(candidate->reason, candidate->warning);
            return {};
        case Post:
            return tr("Entry %1, line %2 of the file").arg(entry.entryRef).arg(entry.line);
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Date:
            return entry.bookingDate;
        case Amount:
            return qlonglong(entry.amount.minor());
        case Confidence:
            return candidate ? candidate->confidence : -1;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Post:
        if (group == BankGroup::NotPosted) {
            if (reviewed.state == BankEntryState::AlreadyPosted)
                return tr("already posted");
            if (entry.direction == CreditDebit::Debit)
                return tr("debit");
            return tr("pending");
        }
        if (group == BankGroup::Unmatched && !candidate)
            return tr("to assign");
        return {};
    case Date:
        return formatDate(entry.bookingDate);
    case Amount:
        return formatMoney(entry.direction == CreditDebit::Debit ? -entry.amount.minor() : entry.amount.minor(),
                           entry.amount.currency());
    case Debtor:
        return entry.debtorName;
    case Remittance:
        return entry.remittance.isEmpty() ? entry.creditorReference : entry.remittance;
    case Customer:
        return candidate ? candidate->customerCode : QString();
    case Invoices:
        if (!candidate)
            return {};
        if (candidate->invoiceNumbers.isEmpty())
            return tr("all unapplied");
        if (candidate->unapplied > 0)
            return tr("%1; %2 unapplied")
                    .arg(candidate->invoiceNumbers.join(QStringLiteral(", ")),
                         formatMoney(candidate->unapplied, entry.amount.currency()));
        return candidate->invoiceNumbers.join(QStringLiteral(", "));
    case Confidence:
        if (!candidate)
            return {};
        if (byHand)
            return tr("by hand");
        return formatPercent(candidate->confidence, 0);
    case Reason:
        if (!candidate || byHand)
            return byHand ? tr("assigned by you") : QString();
        return candidate->warning.isEmpty() ? candidate->reason
                                            : tr("%1 — %2").arg(candidate->reason, candidate->warning);
    default:
        return {};
    }
}

bool BankReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Post)
        return false;
    const auto entry = entryAt(index);
    if (!entry)
        return false;
    const bool included = value.toInt() == Qt::Checked;
    if (included && !canInclude(*entry))
        return false;
    setIncluded(*entry, included);
    return true;
}

Qt::ItemFlags BankReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupRow)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Post) {
        const auto entry = entryAt(index);
        if (entry && canInclude(*entry))
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant BankReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Post:
        return tr("Post");
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Debtor:
        return tr("From");
    case Remittance:
        return tr("Remittance");
    case Customer:
        return tr("Customer");
    case Invoices:
        return tr("Invoices");
    case Confidence:
        return tr("Confidence");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace ardesk
