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

protected:
    void applySearch(const QString &text) override;
    QString countText(qint64 count) const override;

private:
    InvoiceListModel *m_model;
    QComboBox *m_status;
};

} // namespace ardesk
