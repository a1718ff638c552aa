#pragma once
// Paged, filtered and sorted lists for the grids: customers, invoices, payments.
//
// Filtering and sorting happen in SQL: user text is only ever bound as a parameter and
// the sort column comes from an enum mapped to fixed column text, so a million invoices
// never load at once. A window is `offset, limit` rows, optionally after a row's key (a
// keyset seek: the page after, or before, one already read costs the same however deep it
// is); every order ends with the row id so pages never overlap or skip. Amounts are read from the maintained derived state
// (invoice_state, payment_state, credit_note_state), i.e. they are "now" values.
//
// Search text: a prefix of a code / number / reference (as typed, or upper-cased, so
// "inv-1" finds "INV-1042") or a part of a customer's name (case-insensitive for ASCII).
//
// Errors: storage style, these classes throw StorageError.

#include "book.h"

#include "domain/ledger_types.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>
#include <vector>

namespace ardesk {

// A row's place in a sorted list: the value it is sorted by (a row's `sortKey`, as the
// read returned it) and its id, the tie-break.
struct ListKey final
{
    QVariant value;
    Id id = 0;
};

// Which rows of a list to read: with `after`, the rows that come after that row in the
// list's order (a seek in the sort column's index), `offset` of them skipped; without it,
// from the list's first row.
struct RowWindow final
{
    RowWindow() = default;
    RowWindow(qint64 offset, qint64 limit, std::optional<ListKey> after = std::nullopt)
        : offset(offset), limit(limit), after(std::move(after))
    {
    }

    qint64 offset = 0;
    qint64 limit = 200;
    std::optional<ListKey> after;
};

enum class SortDirection { Ascending, Descending };

// --- customers -------------------------------------------------------------------------

enum class CustomerSortColumn { Code, Name, Currency, Balance, Overdue, Unapplied, CreditLimit, Collector };

struct CustomerListFilter final
{
    QString search;                // code prefix or part of the name; empty: everyone
    std::optional<Id> collectorId; // only the accounts of this collector
    // Drill-downs (the manager desk's dashboard); empty or false: no restriction.
    QString currency;
    bool onHoldOnly = false;
    std::vector<Id> ids; // only these customers (at most kMaxCustomerIdsInFilter)

    bool operator==(const CustomerListFilter &) const = default;
};
inline constexpr std::size_t kMaxCustomerIdsInFilter = 500;

struct CustomerListSort final
{
    CustomerSortColumn column = CustomerSortColumn::Code;
    SortDirection direction = SortDirection::Ascending;
};

struct CustomerListRow final
{
    Id id = 0;
    QString code;
    QString name;
    QString currency;
    MinorUnits open = 0;      // sum of the open amounts of the customer's invoices
    MinorUnits overdue = 0;   // the part of `open` due before the as-of date
    MinorUnits unapplied = 0; // unapplied cash plus unapplied credit notes
    std::optional<MinorUnits> creditLimit;
    QString collectorLogin; // empty: no collector assigned
    QVariant sortKey;       // the value the read sorted by (ListKey::value)

    // DOMAIN.md: balance = open amounts - unapplied cash - unapplied credit notes.
    MinorUnits balance() const { return open - unapplied; }
};

// The Customers list sorted by Overdue, held (docs/performance.md "Issue 8, session 10"): the
// overdue amount depends on the as-of date, so no index can order it; summing every customer's
// overdue amount for each page read cost 45-75 ms of CPU. A caller that reads many pages (the
// list's model) keeps one of these and passes it to CustomerListQuery: the first read by Overdue
// sums the overdue amounts of the filter's customers once (about 15 ms at 50,000 customers) and
// holds their ids in the list's order (16 bytes a customer); later reads take their page's ids
// from it and read those rows alone, until the book's change serial (Book::changeSerial: any
// posting by anybody), the date or the filter differ. Both directions use the one order.
struct CustomerOverdueOrder final
{
    const Book *book = nullptr;
    qint64 serial = -1;
    QDate asOf;
    CustomerListFilter filter;
    std::vector<std::pair<MinorUnits, Id>> rows; // (overdue, id), ascending
    int builds = 0;                              // how many times it was summed (tests)
};

class CustomerListQuery final
{
public:
    // `held`: an order by Overdue kept between reads (above); nullptr: summed for each read.
    explicit CustomerListQuery(Book &book, CustomerOverdueOrder *held = nullptr) : m_book(book), m_held(held) { }

    // asOf decides what is overdue (due date before it).
    std::vector<CustomerListRow> rows(const CustomerListFilter &filter, const CustomerListSort &sort, QDate asOf,
                                      RowWindow window);
    qint64 count(const CustomerListFilter &filter);
    // The key of the row at `position` (0-based) of the list, read from the sort column's
    // index alone (no joins: half a million rows skipped in about 10 ms where the whole
    // query takes a second); a jump into the middle of a big list then reads its page by key.
    // nullopt when the filter or the sort needs the whole query, or past the end.
    // With a held order, also the key by Overdue (from the held order, any filter).
    std::optional<ListKey> keyAt(const CustomerListFilter &filter, const CustomerListSort &sort, qint64 position,
                                 QDate asOf = {});

private:
    // The held order made current for the filter and date (summed again when stale).
    const std::vector<std::pair<MinorUnits, Id>> &heldOverdueOrder(const CustomerListFilter &filter, QDate asOf);

    Book &m_book;
    CustomerOverdueOrder *m_held = nullptr;
};

// --- invoices --------------------------------------------------------------------------

enum class InvoiceStatusFilter { Open, All };

enum class InvoiceSortColumn { Number, CustomerCode, CustomerName, IssueDate, DueDate, Amount, Open, DaysPastDue };

struct InvoiceListFilter final
{
    QString search; // invoice number prefix, customer code prefix or part of the customer's name
    InvoiceStatusFilter status = InvoiceStatusFilter::Open;
    std::optional<Id> customerId;
    // Drill-downs (the manager desk's dashboard); empty, invalid or false: no restriction.
    QString currency;
    QDate dueFrom; // due date on or after
    QDate dueTo;   // due date on or before
    // With dueFrom / dueTo: an invoice with instalment parts is in the range when one of its
    // open parts is due in it (each part aged on its own, as the aging and the dashboard's
    // aging bars count it), and its row shows those parts only: their open amount added up
    // and the oldest one's due date (the dashboard's aging drill-down: the list adds up to
    // the bar). False: the invoice's own due date, and its whole open amount.
    bool duePartsInRange = false;
    QDate issuedFrom;
    QDate issuedTo;
    std::optional<QString> collectorLogin; // the customer's collector; "" = customers without one
    std::optional<QString> riskClass;      // the customer's risk class; "" = none
    bool withOpenDispute = false;
    QString disputeReason; // with withOpenDispute: an open dispute with this reason
};

struct InvoiceListSort final
{
    InvoiceSortColumn column = InvoiceSortColumn::DueDate;
    SortDirection direction = SortDirection::Ascending;
};

struct InvoiceListRow final
{
    Id id = 0;
    QString number;
    Id customerId = 0;
    QString customerCode;
    QString customerName;
    QDate issueDate;
    // The due date the item is due by: for an invoice with instalment parts, the oldest part
    // still open (its open amount now filling the earliest part first; docs/credit-policy.md
    // "Instalment terms"), else the invoice's own (then equal to invoiceDueDate).
    QDate dueDate;
    QDate invoiceDueDate; // the invoice's own due date
    MinorUnits amount = 0;
    MinorUnits open = 0;
    QString currency;
    qint64 daysPastDue = 0; // as-of date - dueDate (negative: not yet due)
    int partSeq = 0;        // with parts: the part dueDate is of (1-based); 0: no parts
    int partCount = 0;      // with parts: how many parts the invoice has; 0: no parts
    QVariant sortKey;       // the value the read sorted by (ListKey::value)
};

// The rows show, for an invoice with parts, its oldest open part's due date (the last part's
// when paid), and sorting by due date or days past due orders by that same date: the invoices
// without parts in the state's index order, merged with those with parts (only they are sorted
// by the computed date). The due-date filters (dueFrom, dueTo) read the invoice's own due date.
class InvoiceListQuery final
{
public:
    explicit InvoiceListQuery(Book &book) : m_book(book) { }

    std::vector<InvoiceListRow> rows(const InvoiceListFilter &filter, const InvoiceListSort &sort, QDate asOf,
                                     RowWindow window);
    qint64 count(const InvoiceListFilter &filter);
    // The key of the row at `position` (0-based) of the list, read from the sort column's
    // index alone (no joins: half a million rows skipped in about 10 ms where the whole
    // query takes a second); a jump into the middle of a big list then reads its page by key.
    // nullopt when the filter or the sort needs the whole query, or past the end.
    std::optional<ListKey> keyAt(const InvoiceListFilter &filter, const InvoiceListSort &sort, qint64 position);

private:
    Book &m_book;
};

// --- payments --------------------------------------------------------------------------

enum class PaymentStatusFilter { All, WithUnapplied };

// Status orders applied, then with unapplied cash, then reversed.
enum class PaymentSortColumn { ReceivedDate, Reference, CustomerCode, CustomerName, Amount, Unapplied, Method, Status };

struct PaymentListFilter final
{
    QString search; // reference prefix, customer code prefix or part of the customer's name
    PaymentStatusFilter status = PaymentStatusFilter::All;
    std::optional<Id> customerId;
    // Drill-downs (the manager desk's dashboard); empty, invalid or false: no restriction.
    QString currency;
    QDate receivedFrom;
    QDate receivedTo;
    QDate notReversedBy; // leave out payments reversed on or before this day
};

struct PaymentListSort final
{
    PaymentSortColumn column = PaymentSortColumn::ReceivedDate;
    SortDirection direction = SortDirection::Descending;
};

struct PaymentListRow final
{
    Id id = 0;
    QString reference;
    Id customerId = 0;
    QString customerCode;
    QString customerName;
    QDate receivedDate;
    MinorUnits amount = 0;
    MinorUnits unapplied = 0;
    QString currency;
    QString method;
    bool reversed = false;
    QDate reversedDate; // valid when reversed
    QVariant sortKey;   // the value the read sorted by (ListKey::value)
};

class PaymentListQuery final
{
public:
    explicit PaymentListQuery(Book &book) : m_book(book) { }

    std::vector<PaymentListRow> rows(const PaymentListFilter &filter, const PaymentListSort &sort, RowWindow window);
    qint64 count(const PaymentListFilter &filter);
    // The key of the row at `position` (0-based) of the list, read from the sort column's
    // index alone (no joins: half a million rows skipped in about 10 ms where the whole
    // query takes a second); a jump into the middle of a big list then reads its page by key.
    // nullopt when the filter or the sort needs the whole query, or past the end.
    std::optional<ListKey> keyAt(const PaymentListFilter &filter, const PaymentListSort &sort, qint64 position);

private:
    Book &m_book;
};

} // namespace ardesk
