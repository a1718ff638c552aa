#pragma once
// The Customers page: every account with its balance, searchable by code or name.

#include "customer_list_model.h"

#include "ui/common/list_page.h"

namespace ardesk {

class CustomerListPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListPage)

public:
    explicit CustomerListPage(QWidget *parent = nullptr);
    ~CustomerListPage() override;

    CustomerListModel *customerModel() const { return m_model; }

    // Shows the rows of a drill-down (from the dashboard) with its description above the
    // grid until "Show all"; the search box clears.
    void drillDown(const CustomerListFilter &filter, const QString &description);

protected:
    void applySearch(const QString &text) override;
    QString countText(qint64 count) const override;
    void clearDrillDown() override;

private:
    CustomerListModel *m_model;
};

} // namespace ardesk
