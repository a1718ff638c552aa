#pragma once
// The Invoices page: open items (or all invoices), searchable by number or customer.

#include "invoice_list_model.h"

#include "ui/common/list_page.h"

class QComboBox;

namespace ardesk {

class InvoiceListPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceListPage)

public:
    explicit InvoiceListPage(QWidget *parent = nullptr);
    ~InvoiceListPage() override;

    InvoiceListModel *invoiceModel() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }

    // Shows the rows of a drill-down (from the dashboard) with its description above the
    // grid until "Show all"; the search box clears.
    void drillDown(const InvoiceListFilter &filter, const QString &description);

protected:
    void applySearch(const QString &text) override;
    QString countText(qint64 count) const override;
    void clearDrillDown() override;

private:
    InvoiceListModel *m_model;
    QComboBox *m_status;
};

} // namespace ardesk
