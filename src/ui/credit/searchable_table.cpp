#include "searchable_table.h"

#include "ui/account/record_table_model.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

SearchableTable::SearchableTable(const QString &name, QStringList headers, QWidget *parent) : QWidget(parent)
{
    setObjectName(name + QStringLiteral("Table"));
    m_model = new RecordTableModel(std::move(headers), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordTableModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView(this);
    m_view->setObjectName(name);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SearchableTable::currentChanged);
    connect(m_view, &QTableView::activated, this, &SearchableTable::activated);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SearchableTable::currentChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
}

std::optional<Id> SearchableTable::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_proxy->data(index, RecordTableModel::RowIdRole).toLongLong();
}

bool SearchableTable::selectId(Id id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_proxy->data(index, RecordTableModel::RowIdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace ardesk
