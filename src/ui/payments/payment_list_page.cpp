#include "payment_list_page.h"

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

void PaymentListPage::applySearch(const QString &text)
{
    m_model->setSearch(text);
}

QString PaymentListPage::countText(qint64 count) const
{
    return tr("%Ln payment(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX)));
}

} // namespace ardesk
