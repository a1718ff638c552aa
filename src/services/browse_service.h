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
    Result<std::vector<CustomerListRow>> customers(const CustomerListFilter &filter, const CustomerListSort &sort,
                                                   QDate asOf, RowWindow window) const;
    Result<qint64> customerCount(const CustomerListFilter &filter) const;

    Result<std::vector<InvoiceListRow>> invoices(const InvoiceListFilter &filter, const InvoiceListSort &sort,
                                                 QDate asOf, RowWindow window) const;
    Result<qint64> invoiceCount(const InvoiceListFilter &filter) const;

    Result<std::vector<PaymentListRow>> payments(const PaymentListFilter &filter, const PaymentListSort &sort,
                                                 RowWindow window) const;
    Result<qint64> paymentCount(const PaymentListFilter &filter) const;

private:
    Session &m_session;
};

} // namespace ardesk
