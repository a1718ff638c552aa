#include "payment_list_page.h"

#include <QLineEdit>
#include <QComboBox>

namespace ardesk {

PaymentListPage::PaymentListPage(QWidget *parent)
    : ListPage(new PaymentListModel, QStringLiteral("payment"), parent),
      m_model(static_cast<PaymentListModel *>(model())),
      m_status(new QComboBox)
{
    setObjectName(QStringLiteral("paymentsPage"));
    setTitle(tr("Payments"));
    setSearchPlaceholder(tr("Search by reference, customer code or name"));
    setStretchColumn(PaymentListModel::CustomerName);

    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->addItem(tr("All payments"), QVariant::fromValue(static_cast<int>(PaymentStatusFilter::All)));
    m_status->addItem(tr("With unapplied cash"),
                      QVariant::fromValue(static_cast<int>(PaymentStatusFilter::WithUnapplied)));
    addFilterWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatus(static_cast<PaymentStatusFilter>(m_status->currentData().toInt())); });
}

PaymentListPage::~PaymentListPage() = default;

void PaymentListPage::drillDown(const PaymentListFilter &filter, const QString &description)
{
    searchField()->blockSignals(true);
    searchField()->setText(filter.search);
    searchField()->blockSignals(false);
    m_status->blockSignals(true);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(filter.status)));
    m_status->blockSignals(false);
    m_model->setFilter(filter);
    showDrillDown(description);
}

void PaymentListPage::clearDrillDown()
{
    PaymentListFilter filter;
    filter.search = searchField()->text();
    filter.status = static_cast<PaymentStatusFilter>(m_status->currentData().toInt());
    m_model->setFilter(filter);
}

void PaymentListPage::applySearch(const QString &text)
{
    m_model->setSearch(text);
}

QString PaymentListPage::countText(qint64 count) const
{
    return tr("%Ln payment(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX)));
}

} // namespace ardesk
