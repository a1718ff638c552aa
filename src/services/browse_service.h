#pragma once
// Reading the book's lists a page at a time for the grids: customers, invoices and
// payments, filtered and sorted in SQL (see storage/list_queries.h for the meaning of
// the filters). Every call checks that the acting user may view customers.
// Errors as Result<T> (services layer style); no exception leaves this layer.

#include "session.h"

#include "storage/list_queries.h"

#include <vector>

namespace ardesk {

class BrowseService final
{
public:
    explicit BrowseService(Session &session) : m_session(session) { }

    // asOf: the date that decides overdue amounts and days past due (the caller's today).
    // held: the order by Overdue the caller keeps between reads (CustomerOverdueOrder), or nullptr.
    Result<std::vector<CustomerListRow>> customers(const CustomerListFilter &filter, const CustomerListSort &sort,
                                                   QDate asOf, RowWindow window,
                                                   CustomerOverdueOrder *held = nullptr) const;
    Result<qint64> customerCount(const CustomerListFilter &filter) const;

    Result<std::vector<InvoiceListRow>> invoices(const InvoiceListFilter &filter, const InvoiceListSort &sort,
                                                 QDate asOf, RowWindow window) const;
    Result<qint64> invoiceCount(const InvoiceListFilter &filter) const;

    Result<std::vector<PaymentListRow>> payments(const PaymentListFilter &filter, const PaymentListSort &sort,
                                                 RowWindow window) const;
    Result<qint64> paymentCount(const PaymentListFilter &filter) const;

    // The key of the row at `position` of the list when its sort index alone can tell
    // (storage/list_queries.h keyAt), else nullopt: the grids' jump into a big list.
    // By Overdue only with a held order (and the list's asOf).
    Result<std::optional<ListKey>> customerKeyAt(const CustomerListFilter &filter, const CustomerListSort &sort,
                                                 qint64 position, QDate asOf = {},
                                                 CustomerOverdueOrder *held = nullptr) const;
    Result<std::optional<ListKey>> invoiceKeyAt(const InvoiceListFilter &filter, const InvoiceListSort &sort,
                                                qint64 position) const;
    Result<std::optional<ListKey>> paymentKeyAt(const PaymentListFilter &filter, const PaymentListSort &sort,
                                                qint64 position) const;

private:
    Session &m_session;
};

} // namespace ardesk
