#pragma once
// A short list with a search box above it and sortable columns (by the raw value behind
// each cell): the credit screens' lists (hold history, payment plans, approval and review
// queues). The rows come from a RecordTableModel the owner fills.

#include "domain/ledger_types.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ardesk {

class RecordTableModel;

class SearchableTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchableTable)

public:
    // `name` names the table view; the search box is `name` + "Search".
    SearchableTable(const QString &name, QStringList headers, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The row id of the current row, if any.
    std::optional<Id> currentId() const;
    // Makes the row with this id current; false when it is not listed (or filtered out).
    bool selectId(Id id);

Q_SIGNALS:
    void currentChanged();
    void activated();

private:
    RecordTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace ardesk
