#pragma once
// The interest dialog's two grids (docs/interest.md "Posting interest"): the debit notes a
// posting would post, and the charges it cannot post ("skips"). A first run on a book of a
// million invoices has tens of thousands of each (16,804 skips on the 1m demo book), so the
// rows stay in the run's vectors and the view is handed them a page at a time (Qt's
// "fetch more": kPageSize rows, more as the view scrolls to the end); nothing is formatted
// before it is shown. The skips can be narrowed by reason and by text, and counted by
// reason for the dialog's summary.

#include "services/interest_posting_service.h"

#include <QAbstractTableModel>

#include <map>

namespace ardesk {

class InterestLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestLinesModel)

public:
    static constexpr int kPageSize = 200;
    enum Column { Customer, Invoice, DebitNote, Charge, Days, Amount, ColumnCount };

    explicit InterestLinesModel(QObject *parent = nullptr);
    ~InterestLinesModel() override;

    void setLines(std::vector<InterestPostingLine> lines);
    qsizetype totalCount() const { return qsizetype(m_lines.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::vector<InterestPostingLine> m_lines;
    int m_shown = 0;
};

class InterestSkipsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestSkipsModel)

public:
    static constexpr int kPageSize = 200;
    enum Column { Customer, Invoice, Reason, Details, ColumnCount };

    explicit InterestSkipsModel(QObject *parent = nullptr);
    ~InterestSkipsModel() override;

    void setSkips(std::vector<InterestPostingSkip> skips);
    // Only this reason (empty: every reason) and rows whose customer, invoice or message
    // contain the text (case-insensitive; empty: all). Back to the first page.
    void setFilter(const QString &reason, const QString &text);
    qsizetype totalCount() const { return qsizetype(m_skips.size()); }
    // Rows that pass the filter (not just those handed to the view).
    qsizetype matchingCount() const { return qsizetype(m_matching.size()); }
    // Every skip counted by its reason key (no_rate, compensation_currency, number_taken, ...).
    const std::map<QString, qsizetype> &countByReason() const { return m_byReason; }
    // "Without a reference rate", ... for a reason key (the key itself when unknown).
    static QString reasonLabel(const QString &reason);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void refilter();

    std::vector<InterestPostingSkip> m_skips;
    std::vector<qsizetype> m_matching; // indexes into m_skips, in the run's order
    std::map<QString, qsizetype> m_byReason;
    QString m_reason;
    QString m_text;
    int m_shown = 0;
};

} // namespace ardesk
