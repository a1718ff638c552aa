#pragma once
// A small read-only grid for the account's short lists (allocations of a payment,
// credit notes, activity, contacts, notes): the view fills it with rows of cells, each
// with its text and the raw value behind it (minor units, dates) for sorting. The lists
// are short (one customer's), so they are read whole, unlike the paged book-wide grids.

#include "domain/ledger_types.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace ardesk {

struct RecordCell final {
    QString text;
    QVariant raw; // empty: the text
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool dimmed = false; // reversed or inactive
    static RecordCell number(QString text, QVariant raw)
    {
        return {std::move(text), std::move(raw), Qt::AlignRight | Qt::AlignVCenter, false};
    }
};

struct RecordRow final {
    Id id = 0;
    std::vector<RecordCell> cells;
    bool dimmed = false;
    bool bold = false;
};

class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum DataRole { RawValueRole = Qt::UserRole, RowIdRole };

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);
    ~RecordTableModel() override;

    void setRows(std::vector<RecordRow> rows);
    const RecordRow *rowAt(int row) const;
    int rowOf(Id id) const; // -1: not there

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<RecordRow> m_rows;
};

} // namespace ardesk
