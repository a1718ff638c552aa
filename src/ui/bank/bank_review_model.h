#pragma once
// The bank-statement review as a two-level tree: four group rows (matched, suggested,
// unmatched, not to post) and under each the statement's entries of that group. The
// first column of an entry is its "Post" check box:
// - matched entries start checked with their best candidate;
// - suggested entries start unchecked: checking one confirms its chosen candidate (the
//   best one unless the clerk picked another);
// - unmatched entries can be checked only once assigned by hand (a customer, and
//   invoices or none: unapplied cash);
// - entries already posted by an earlier import, debits and pending entries are listed
//   under "not to post" and cannot be checked.
// decisions() is what BankImportService::post() takes. Group membership never changes
// after setReview(); choices do (decisionsChanged()).

#include "services/bank_import_service.h"

#include <QAbstractItemModel>

#include <array>
#include <optional>
#include <vector>

namespace ardesk {

enum class BankGroup { Matched, Suggested, Unmatched, NotPosted };
inline constexpr int kBankGroupCount = 4;

class BankReviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankReviewModel)

public:
    enum Column { Post, Date, Amount, Debtor, Remittance, Customer, Invoices, Confidence, Reason, ColumnCount };
    enum DataRole { EntryIndexRole = Qt::UserRole, RawValueRole };

    explicit BankReviewModel(QObject *parent = nullptr);
    ~BankReviewModel() override;

    void setReview(BankReview review);
    void clear();
    const BankReview &review() const { return m_review; }
    bool hasReview() const { return m_hasReview; }

    int count(BankGroup group) const { return int(m_groups[std::size_t(group)].size()); }
    QModelIndex groupIndex(BankGroup group) const;
    QModelIndex entryIndex(qsizetype entry, int column = Post) const;
    std::optional<qsizetype> entryAt(const QModelIndex &index) const;
    BankGroup groupOf(qsizetype entry) const;

    // The candidate an entry would be posted with (chosen, best, or assigned by hand).
    const MatchCandidate *chosen(qsizetype entry) const;
    int chosenCandidateIndex(qsizetype entry) const; // -1: assigned by hand or none
    bool isIncluded(qsizetype entry) const;
    bool canInclude(qsizetype entry) const;
    void setIncluded(qsizetype entry, bool included);
    // Picks another of the matcher's candidates (and includes the entry: a click confirms).
    void chooseCandidate(qsizetype entry, int candidateIndex);
    // A hand-made assignment (customer, lines or none); includes the entry.
    void assign(qsizetype entry, MatchCandidate candidate);

    std::vector<BankPostDecision> decisions() const;
    qsizetype includedCount() const;
    // What the checked entries bring in, per currency (sorted by currency).
    std::vector<std::pair<QString, MinorUnits>> includedTotals() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString groupTitle(BankGroup group, int count);

Q_SIGNALS:
    void decisionsChanged();

private:
    struct Choice
    {
        bool included = false;
        int candidateIndex = -1;              // into match.candidates; -1: none or by hand
        std::optional<MatchCandidate> byHand; // an assignment made by the clerk
    };
    void changed(qsizetype entry);

    BankReview m_review;
    bool m_hasReview = false;
    std::vector<Choice> m_choices;                                // per entry
    std::vector<BankGroup> m_groupOf;                             // per entry
    std::vector<int> m_rowInGroup;                                // per entry
    std::array<std::vector<qsizetype>, kBankGroupCount> m_groups; // entry indexes
};

} // namespace ardesk
