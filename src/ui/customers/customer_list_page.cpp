#include "customer_list_page.h"

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

void CustomerListPage::applySearch(const QString &text)
{
    m_model->setSearch(text);
}

QString CustomerListPage::countText(qint64 count) const
{
    return tr("%Ln customer(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX)));
}

} // namespace ardesk
