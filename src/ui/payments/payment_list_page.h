#pragma once
// The Payments page: payments received, newest first, searchable by reference or
// customer; optionally only those with unapplied cash.

#include "payment_list_model.h"

#include "ui/common/list_page.h"

class QComboBox;

namespace ardesk {

class PaymentListPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentListPage)

public:
    explicit PaymentListPage(QWidget *parent = nullptr);
    ~PaymentListPage() override;

    PaymentListModel *paymentModel() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }

    // Shows the rows of a drill-down (from the dashboard) with its description above the
    // grid until "Show all"; the search box clears.
    void drillDown(const PaymentListFilter &filter, const QString &description);

protected:
    void applySearch(const QString &text) override;
    QString countText(qint64 count) const override;
    void clearDrillDown() override;

private:
    PaymentListModel *m_model;
    QComboBox *m_status;
};

} // namespace ardesk
