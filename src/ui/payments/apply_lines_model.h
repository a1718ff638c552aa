#pragma once
// The payment dialog's open items, oldest due first, with an editable "Apply" column:
// what the payment pays of each item. An apply cell holds what the clerk typed; it is
// valid when it is an amount between zero and the item's open amount.

#include "domain/ledger_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace ardesk {

struct ApplyLine final {
    Id invoiceId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    qint64 daysPastDue = 0;
    MinorUnits open = 0;
    MinorUnits apply = 0;
    QString typed;     // as typed; empty: shown from `apply`
    bool valid = true; // typed text is an amount within 0..open
    // An invoice in instalments: dueDate and daysPastDue are its oldest open part's
    // (InvoiceListRow, docs/credit-policy.md "Instalment terms"); 0: no parts.
    int partSeq = 0;
    int partCount = 0;
    QDate invoiceDueDate;
};

struct InvoiceListRow;
// The apply line of an open item of the list, nothing applied yet (an invoice in instalments
// with its oldest open part's due date and days past due).
ApplyLine applyLineOf(const InvoiceListRow &row);

class ApplyLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyLinesModel)

public:
    enum Column { Number, IssueDate, DueDate, DaysPastDue, Open, Apply, ColumnCount };
    enum DataRole { RawValueRole = Qt::UserRole, RowIdRole };

    explicit ApplyLinesModel(QObject *parent = nullptr);
    ~ApplyLinesModel() override;

    void setLines(const QString &currency, std::vector<ApplyLine> lines);
    const std::vector<ApplyLine> &lines() const { return m_lines; }
    QString currency() const { return m_currency; }

    MinorUnits applied() const; // sum of the valid apply amounts
    bool allValid() const;
    bool anyPartial() const; // an item paid in part
    // Applies `amount` to the items in order, each up to its open amount.
    void applyOldestFirst(MinorUnits amount);
    void clearApplied();
    void setApply(int row, MinorUnits amount);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void appliedChanged();

private:
    QString m_currency;
    std::vector<ApplyLine> m_lines;
};

} // namespace ardesk
