#include "customer_list_page.h"

#include <QLineEdit>

namespace ardesk {

CustomerListPage::CustomerListPage(QWidget *parent)
    : ListPage(new CustomerListModel, QStringLiteral("customer"), parent),
      m_model(static_cast<CustomerListModel *>(model()))
{
    setObjectName(QStringLiteral("customersPage"));
    setTitle(tr("Customers"));
    setSearchPlaceholder(tr("Search by code or name"));
    setStretchColumn(CustomerListModel::Name);
}

CustomerListPage::~CustomerListPage() = default;

void CustomerListPage::drillDown(const CustomerListFilter &filter, const QString &description)
{
    searchField()->blockSignals(true);
    searchField()->setText(filter.search);
    searchField()->blockSignals(false);
    m_model->setFilter(filter);
    showDrillDown(description);
}

void CustomerListPage::clearDrillDown()
{
    CustomerListFilter filter;
    filter.search = searchField()->text();
    m_model->setFilter(filter);
}

void CustomerListPage::applySearch(const QString &text)
{
    m_model->setSearch(text);
}

QString CustomerListPage::countText(qint64 count) const
{
    return tr("%Ln customer(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX)));
}

} // namespace ardesk
