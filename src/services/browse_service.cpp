#include "browse_service.h"

#include "service_support.h"

namespace ardesk {

namespace {

// Runs a read after the permission check; StorageError becomes an Error.
template<typename F>
auto permittedRead(const Session &session, F &&work) -> decltype(work())
{
    if (auto allowed = session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading(std::forward<F>(work));
}

Status validWindow(RowWindow window)
{
    if (window.offset < 0 || window.limit < 0)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("BrowseService", "the row window is negative")));
    return {};
}

Status validWindow(QDate asOf, RowWindow window)
{
    if (!asOf.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("BrowseService", "the as-of date is not valid")));
    return validWindow(window);
}

} // namespace

Result<std::vector<CustomerListRow>> BrowseService::customers(const CustomerListFilter &filter,
                                                              const CustomerListSort &sort, QDate asOf,
                                                              RowWindow window, CustomerOverdueOrder *held) const
{
    if (auto valid = validWindow(asOf, window); !valid)
        return std::unexpected(valid.error());
    return permittedRead(m_session, [&]() -> Result<std::vector<CustomerListRow>> {
        return CustomerListQuery(m_session.book(), held).rows(filter, sort, asOf, window);
    });
}

Result<qint64> BrowseService::customerCount(const CustomerListFilter &filter) const
{
    return permittedRead(m_session,
                         [&]() -> Result<qint64> { return CustomerListQuery(m_session.book()).count(filter); });
}

Result<std::vector<InvoiceListRow>> BrowseService::invoices(const InvoiceListFilter &filter,
                                                            const InvoiceListSort &sort, QDate asOf,
                                                            RowWindow window) const
{
    if (auto valid = validWindow(asOf, window); !valid)
        return std::unexpected(valid.error());
    return permittedRead(m_session, [&]() -> Result<std::vector<InvoiceListRow>> {
        return InvoiceListQuery(m_session.book()).rows(filter, sort, asOf, window);
    });
}

Result<qint64> BrowseService::invoiceCount(const InvoiceListFilter &filter) const
{
    return permittedRead(m_session,
                         [&]() -> Result<qint64> { return InvoiceListQuery(m_session.book()).count(filter); });
}

Result<std::vector<PaymentListRow>> BrowseService::payments(const PaymentListFilter &filter,
                                                            const PaymentListSort &sort, RowWindow window) const
{
    if (auto valid = validWindow(window); !valid)
        return std::unexpected(valid.error());
    return permittedRead(m_session, [&]() -> Result<std::vector<PaymentListRow>> {
        return PaymentListQuery(m_session.book()).rows(filter, sort, window);
    });
}

Result<qint64> BrowseService::paymentCount(const PaymentListFilter &filter) const
{
    return permittedRead(m_session,
                         [&]() -> Result<qint64> { return PaymentListQuery(m_session.book()).count(filter); });
}

Result<std::optional<ListKey>> BrowseService::customerKeyAt(const CustomerListFilter &filter,
                                                            const CustomerListSort &sort, qint64 position,
                                                            QDate asOf, CustomerOverdueOrder *held) const
{
    return permittedRead(m_session, [&]() -> Result<std::optional<ListKey>> {
        return CustomerListQuery(m_session.book(), held).keyAt(filter, sort, position, asOf);
    });
}

Result<std::optional<ListKey>> BrowseService::invoiceKeyAt(const InvoiceListFilter &filter,
                                                           const InvoiceListSort &sort, qint64 position) const
{
    return permittedRead(m_session, [&]() -> Result<std::optional<ListKey>> {
        return InvoiceListQuery(m_session.book()).keyAt(filter, sort, position);
    });
}

Result<std::optional<ListKey>> BrowseService::paymentKeyAt(const PaymentListFilter &filter,
                                                           const PaymentListSort &sort, qint64 position) const
{
    return permittedRead(m_session, [&]() -> Result<std::optional<ListKey>> {
        return PaymentListQuery(m_session.book()).keyAt(filter, sort, position);
    });
}

} // namespace ardesk
