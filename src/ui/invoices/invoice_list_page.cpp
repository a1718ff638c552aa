#include "invoice_list_page.h"

#include <QLineEdit>
#include <QComboBox>

namespace ardesk {

InvoiceListPage::InvoiceListPage(QWidget *parent)
    : ListPage(new InvoiceListModel, QStringLiteral("invoice"), parent),
      m_model(static_cast<InvoiceListModel *>(model())),
      m_status(new QComboBox)
{
    setObjectName(QStringLiteral("invoicesPage"));
    setTitle(tr("Invoices"));
    setSearchPlaceholder(tr("Search by invoice number, customer code or name"));
    setStretchColumn(InvoiceListModel::CustomerName);

    m_status->setObjectName(QStringLiteral("invoiceStatus"));
    m_status->addItem(tr("Open items"), QVariant::fromValue(static_cast<int>(InvoiceStatusFilter::Open)));
    m_status->addItem(tr("All invoices"), QVariant::fromValue(static_cast<int>(InvoiceStatusFilter::All)));
    addFilterWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatus(static_cast<InvoiceStatusFilter>(m_status->currentData().toInt())); });
}

InvoiceListPage::~InvoiceListPage() = default;

void InvoiceListPage::drillDown(const InvoiceListFilter &filter, const QString &description)
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

void InvoiceListPage::clearDrillDown()
{
    InvoiceListFilter filter;
    filter.search = searchField()->text();
    filter.status = static_cast<InvoiceStatusFilter>(m_status->currentData().toInt());
    m_model->setFilter(filter);
}

void InvoiceListPage::applySearch(const QString &text)
{
    m_model->setSearch(text);
}

QString InvoiceListPage::countText(qint64 count) const
{
    const int n = static_cast<int>(std::min<qint64>(count, INT_MAX));
    return m_model->filter().status == InvoiceStatusFilter::Open ? tr("%Ln open invoice(s)", nullptr, n)
                                                                 : tr("%Ln invoice(s)", nullptr, n);
}

} // namespace ardesk
