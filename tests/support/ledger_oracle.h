#pragma once
// A test oracle for the ledger rules (DOMAIN.md "Ledger rules", "Aging"): it reads the raw
// event tables of a book (customers, invoices, payments, credit_notes, allocations,
// reversals) with plain SQL and recomputes, in C++ and independently of the storage
// layer's SQL, what must hold as of any date:
//   - open(invoice, d) = amount - the allocations to it dated on or before d;
//   - unapplied(payment or credit note, d) = amount - its allocations dated on or before d,
//     or nothing when it was received after d or reversed on or before d;
//   - aging as of d: open items of invoices issued on or before d, bucketed by days past
//     the due date (or the invoice date), grouped by currency (and by customer);
//   - the derived state tables (invoice_state, payment_state, credit_note_state) equal
//     what the event history gives.
// Checks return human-readable problems (empty = all good) so that a test can print
// them all at once. Header-only: every test folder is one executable.

#include "domain/aging.h"
#include "domain/ledger_types.h"
#include "storage/book.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace ardesk::oracle {

struct RawCustomer {
    Id id = 0;
    QString code;
    QString currency;
};

struct RawInvoice {
    Id id = 0;
    QString number;
    Id customerId = 0;
    QDate issue;
    QDate due;
    MinorUnits amount = 0;
    QString currency;
};

// A payment or a credit note: money of the customer that is applied to invoices.
struct RawSource {
    AllocationSource kind = AllocationSource::Payment;
    Id id = 0;
    Id customerId = 0;
    QDate date; // received (payment) or issue date (credit note)
    MinorUnits amount = 0;
    QString currency;
    std::optional<QDate> reversed; // date of the reversal of the whole payment / credit note
};

struct RawAllocation {
    Id id = 0;
    Id invoiceId = 0;
    AllocationSource source = AllocationSource::Payment;
    Id sourceId = 0;
    QDate date;
    MinorUnits amount = 0;
    std::optional<Id> reverses;
};

struct RawReversal {
    Id id = 0;
    ReversalKind kind = ReversalKind::Payment;
    Id target = 0;
    QDate date;
};

inline QDate dayOf(const QVariant &value)
{
    return QDate::fromJulianDay(value.toLongLong());
}

inline QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Bucket index for days past due, written here again on purpose (not AgingBuckets::bucketFor).
inline int bucketOf(int days, const std::vector<int> &edges)
{
    if (days <= 0)
        return 0;
    int bucket = 1;
    for (const int edge : edges) {
        if (days <= edge)
            return bucket;
        ++bucket;
    }
    return bucket;
}

struct ExpectedLine {
    std::vector<MinorUnits> buckets;
    MinorUnits unappliedCash = 0;
    MinorUnits unappliedCredits = 0;
    bool isEmpty() const
    {
        return unappliedCash == 0 && unappliedCredits == 0 &&
               std::all_of(buckets.begin(), buckets.end(), [](MinorUnits m) { return m == 0; });
    }
    MinorUnits total() const
    {
        MinorUnits sum = 0;
        for (const MinorUnits m : buckets)
            sum += m;
        return sum;
    }
};

struct ExpectedAging {
    std::map<QString, ExpectedLine> currencies;                    // non-empty lines only
    std::map<std::pair<QString, QString>, ExpectedLine> customers; // (code, currency), non-empty only
};

class LedgerOracle final {
public:
    // The indexes point into the vectors: moving keeps them valid, copying would not.
    LedgerOracle() = default;
    LedgerOracle(const LedgerOracle &) = delete;
    LedgerOracle &operator=(const LedgerOracle &) = delete;
    LedgerOracle(LedgerOracle &&) = default;
    LedgerOracle &operator=(LedgerOracle &&) = default;

    static LedgerOracle load(Book &book)
    {
        LedgerOracle o;
        {
            QSqlQuery q = book.exec(QStringLiteral("SELECT id, code, currency FROM customers ORDER BY id"));
            while (q.next())
                o.m_customers.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        }
        {
            QSqlQuery q = book.exec(QStringLiteral(
                "SELECT id, number, customer_id, issue_date, due_date, amount, currency FROM invoices ORDER BY id"));
            while (q.next())
                o.m_invoices.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                        dayOf(q.value(3)), dayOf(q.value(4)), q.value(5).toLongLong(),
                                        q.value(6).toString()});
        }
        {
            QSqlQuery q = book.exec(QStringLiteral(
                "SELECT id, target_id, kind, reversal_date FROM reversals ORDER BY id"));
            while (q.next())
                o.m_reversals.push_back({q.value(0).toLongLong(), static_cast<ReversalKind>(q.value(2).toInt()),
                                         q.value(1).toLongLong(), dayOf(q.value(3))});
        }
        auto reversalOf = [&](ReversalKind kind, Id target) -> std::optional<QDate> {
            for (const RawReversal &r : o.m_reversals)
                if (r.kind == kind && r.target == target)
                    return r.date;
            return std::nullopt;
        };
        {
            QSqlQuery q = book.exec(QStringLiteral(
                "SELECT id, customer_id, received_date, amount, currency FROM payments ORDER BY id"));
            while (q.next()) {
                const Id id = q.value(0).toLongLong();
                o.m_sources.push_back({AllocationSource::Payment, id, q.value(1).toLongLong(), dayOf(q.value(2)),
                                       q.value(3).toLongLong(), q.value(4).toString(),
                                       reversalOf(ReversalKind::Payment, id)});
            }
        }
        {
            QSqlQuery q = book.exec(QStringLiteral(
                "SELECT id, customer_id, issue_date, amount, currency FROM credit_notes ORDER BY id"));
            while (q.next()) {
                const Id id = q.value(0).toLongLong();
                o.m_sources.push_back({AllocationSource::CreditNote, id, q.value(1).toLongLong(), dayOf(q.value(2)),
                                       q.value(3).toLongLong(), q.value(4).toString(),
                                       reversalOf(ReversalKind::CreditNote, id)});
            }
        }
        {
            QSqlQuery q = book.exec(QStringLiteral(
                "SELECT id, invoice_id, payment_id, credit_note_id, write_off_id, alloc_date, amount, reverses_id "
                "FROM allocations ORDER BY id"));
            while (q.next()) {
                RawAllocation a;
                a.id = q.value(0).toLongLong();
                a.invoiceId = q.value(1).toLongLong();
                if (!q.value(2).isNull()) {
                    a.source = AllocationSource::Payment;
                    a.sourceId = q.value(2).toLongLong();
                } else if (!q.value(3).isNull()) {
                    a.source = AllocationSource::CreditNote;
                    a.sourceId = q.value(3).toLongLong();
                } else {
                    a.source = AllocationSource::WriteOff;
                    a.sourceId = q.value(4).toLongLong();
                }
                a.date = dayOf(q.value(5));
                a.amount = q.value(6).toLongLong();
                if (!q.value(7).isNull())
                    a.reverses = q.value(7).toLongLong();
                o.m_allocations.push_back(a);
            }
        }
        o.index();
        return o;
    }

    const std::vector<RawCustomer> &customers() const { return m_customers; }
    const std::vector<RawInvoice> &invoices() const { return m_invoices; }
    const std::vector<RawSource> &sources() const { return m_sources; }
    const std::vector<RawAllocation> &allocations() const { return m_allocations; }
    const std::vector<RawReversal> &reversals() const { return m_reversals; }

    const RawCustomer *customer(Id id) const
    {
        for (const RawCustomer &c : m_customers)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    const RawInvoice *invoice(Id id) const
    {
        const auto it = m_invoiceIndex.constFind(id);
        return it == m_invoiceIndex.constEnd() ? nullptr : &m_invoices[*it];
    }
    const RawSource *source(AllocationSource kind, Id id) const
    {
        for (const RawSource &s : m_sources)
            if (s.kind == kind && s.id == id)
                return &s;
        return nullptr;
    }
    const RawAllocation *allocation(Id id) const { return m_allocationIndex.value(id); }
    bool allocationIsReversed(Id id) const { return m_reversing.contains(id); }
    Id maxAllocationId() const { return m_allocations.empty() ? 0 : m_allocations.back().id; }

    // --- as of a date ------------------------------------------------------------------------------

    MinorUnits appliedToInvoice(Id invoiceId, QDate asOf) const
    {
        MinorUnits sum = 0;
        for (const RawAllocation *a : m_byInvoice.value(invoiceId))
            if (a->date <= asOf)
                sum += a->amount;
        return sum;
    }
    MinorUnits invoiceOpen(const RawInvoice &invoice, QDate asOf) const
    {
        return invoice.amount - appliedToInvoice(invoice.id, asOf);
    }
    MinorUnits invoiceOpenNow(const RawInvoice &invoice) const
    {
        return invoiceOpen(invoice, QDate(9999, 12, 31));
    }
    MinorUnits appliedFromSource(const RawSource &s, QDate asOf) const
    {
        MinorUnits sum = 0;
        for (const RawAllocation *a : m_bySource.value(sourceKey(s.kind, s.id)))
            if (a->date <= asOf)
                sum += a->amount;
        return sum;
    }
    // What the customer still has of this payment / credit note as of the date.
    MinorUnits unapplied(const RawSource &s, QDate asOf) const
    {
        if (s.date > asOf || (s.reversed && *s.reversed <= asOf))
            return 0;
        return s.amount - appliedFromSource(s, asOf);
    }
    // The least open amount of the invoice on any day from `date` on (what an allocation
    // dated `date` may take without driving a later day below zero).
    MinorUnits invoiceAvailableFrom(const RawInvoice &invoice, QDate date) const
    {
        MinorUnits least = invoiceOpen(invoice, date);
        for (const RawAllocation *a : m_byInvoice.value(invoice.id))
            if (a->date > date)
                least = std::min(least, invoiceOpen(invoice, a->date));
        return least;
    }
    // The same for what is left of a (not reversed) payment or credit note.
    MinorUnits sourceAvailableFrom(const RawSource &s, QDate date) const
    {
        MinorUnits least = s.amount - appliedFromSource(s, date);
        for (const RawAllocation *a : m_bySource.value(sourceKey(s.kind, s.id)))
            if (a->date > date)
                least = std::min(least, s.amount - appliedFromSource(s, a->date));
        return least;
    }

    // Every date on which something happens, plus the day before each, sorted.
    std::vector<QDate> checkDates() const
    {
        std::set<qint64> days;
        auto add = [&](QDate d) {
            days.insert(d.toJulianDay());
            days.insert(d.toJulianDay() - 1);
        };
        for (const RawInvoice &i : m_invoices) {
            add(i.issue);
            add(i.due);
        }
        for (const RawSource &s : m_sources) {
            add(s.date);
            if (s.reversed)
                add(*s.reversed);
        }
        for (const RawAllocation &a : m_allocations)
            add(a.date);
        for (const RawReversal &r : m_reversals)
            add(r.date);
        std::vector<QDate> result;
        for (const qint64 day : days)
            result.push_back(QDate::fromJulianDay(day));
        return result;
    }

    // --- the ledger rules as of every given date -----------------------------------------------------

    QStringList checkInvariants(const std::vector<QDate> &dates) const
    {
        QStringList problems;
        for (const RawInvoice &invoice : m_invoices) {
            // Sweep the sorted dates over the invoice's allocations sorted by date.
            std::vector<const RawAllocation *> rows = m_byInvoice.value(invoice.id);
            std::sort(rows.begin(), rows.end(),
                      [](const RawAllocation *a, const RawAllocation *b) { return a->date < b->date; });
            std::size_t next = 0;
            MinorUnits applied = 0;
            for (const QDate d : dates) {
                while (next < rows.size() && rows[next]->date <= d)
                    applied += rows[next++]->amount;
                const MinorUnits open = invoice.amount - applied;
                if (open < 0 || open > invoice.amount)
                    problems << QStringLiteral("invoice %1: open %2 of %3 as of %4")
                                    .arg(invoice.number)
                                    .arg(open)
                                    .arg(invoice.amount)
                                    .arg(dateText(d));
            }
        }
        for (const RawSource &s : m_sources) {
            const QString name = s.kind == AllocationSource::Payment ? QStringLiteral("payment %1").arg(s.id)
                                                                     : QStringLiteral("credit note %1").arg(s.id);
            std::vector<const RawAllocation *> rows = m_bySource.value(sourceKey(s.kind, s.id));
            std::sort(rows.begin(), rows.end(),
                      [](const RawAllocation *a, const RawAllocation *b) { return a->date < b->date; });
            std::size_t next = 0;
            MinorUnits applied = 0;
            for (const QDate d : dates) {
                while (next < rows.size() && rows[next]->date <= d)
                    applied += rows[next++]->amount;
                if (d < s.date && applied != 0)
                    problems << QStringLiteral("%1: %2 applied on %3, before it exists (%4)")
                                    .arg(name)
                                    .arg(applied)
                                    .arg(dateText(d), dateText(s.date));
                const bool reversedBy = s.reversed && *s.reversed <= d;
                if (reversedBy) {
                    // A reversed payment contributes nothing from its reversal date on.
                    if (applied != 0)
                        problems << QStringLiteral("%1: reversed on %2 but %3 still applied as of %4")
                                        .arg(name, dateText(*s.reversed))
                                        .arg(applied)
                                        .arg(dateText(d));
                    continue;
                }
                const MinorUnits left = s.amount - applied; // allocated + unapplied == amount by construction
                if (left < 0 || applied < 0)
                    problems << QStringLiteral("%1: allocated %2 + unapplied %3 of %4 as of %5")
                                    .arg(name)
                                    .arg(applied)
                                    .arg(left)
                                    .arg(s.amount)
                                    .arg(dateText(d));
            }
        }
        // Allocations: dated on or after both ends, same customer and currency, reversals well formed.
        for (const RawAllocation &a : m_allocations) {
            const RawInvoice *invoice = this->invoice(a.invoiceId);
            const RawSource *s = source(a.source, a.sourceId);
            if (!invoice || !s) {
                problems << QStringLiteral("allocation %1: dangling invoice or source").arg(a.id);
                continue;
            }
            if (invoice->customerId != s->customerId || invoice->currency != s->currency)
                problems << QStringLiteral("allocation %1: source and invoice of different customers/currencies").arg(a.id);
            if (a.amount > 0) {
                if (a.reverses)
                    problems << QStringLiteral("allocation %1: positive with reverses_id").arg(a.id);
                if (a.date < invoice->issue || a.date < s->date)
                    problems << QStringLiteral("allocation %1 dated %2: before the invoice (%3) or the money (%4)")
                                    .arg(a.id)
                                    .arg(dateText(a.date), dateText(invoice->issue), dateText(s->date));
            } else {
                const RawAllocation *original = a.reverses ? allocation(*a.reverses) : nullptr;
                if (!original || original->amount != -a.amount || original->invoiceId != a.invoiceId ||
                    original->source != a.source || original->sourceId != a.sourceId || a.date < original->date)
                    problems << QStringLiteral("allocation %1: negative row that does not mirror what it reverses")
                                    .arg(a.id);
            }
        }
        for (const RawReversal &r : m_reversals) {
            if (r.kind != ReversalKind::Allocation)
                continue;
            const RawAllocation *reversing = m_reversing.value(r.target);
            if (!reversing || reversing->date != r.date)
                problems << QStringLiteral("reversal %1 of allocation %2 has no reversing row dated %3")
                                .arg(r.id)
                                .arg(r.target)
                                .arg(dateText(r.date));
        }
        // A reversed payment / credit note has all its allocations reversed; those reversed with
        // it are dated on the reversal date or on the allocation's own date when that is later.
        for (const RawSource &s : m_sources) {
            if (!s.reversed)
                continue;
            for (const RawAllocation *a : m_bySource.value(sourceKey(s.kind, s.id))) {
                if (a->amount <= 0)
                    continue;
                const RawAllocation *reversing = m_reversing.value(a->id);
                if (!reversing) {
                    problems << QStringLiteral("allocation %1 of reversed source %2 is still live").arg(a->id).arg(s.id);
                    continue;
                }
                const bool byItself = std::any_of(m_reversals.begin(), m_reversals.end(), [&](const RawReversal &r) {
                    return r.kind == ReversalKind::Allocation && r.target == a->id;
                });
                if (!byItself && reversing->date != std::max(*s.reversed, a->date))
                    problems << QStringLiteral("allocation %1 reversed with its source on %2, expected %3")
                                    .arg(a->id)
                                    .arg(dateText(reversing->date), dateText(std::max(*s.reversed, a->date)));
            }
        }
        return problems;
    }

    // The derived state tables must equal what the events give.
    QStringList checkDerivedState(Book &book) const
    {
        QStringList problems;
        {
            QSqlQuery q = book.exec(QStringLiteral(
                "SELECT invoice_id, customer_id, currency, issue_date, due_date, amount, open_amount FROM invoice_state"));
            qsizetype rows = 0;
            while (q.next()) {
                ++rows;
                const RawInvoice *i = invoice(q.value(0).toLongLong());
                if (!i) {
                    problems << QStringLiteral("invoice_state row %1 without an invoice").arg(q.value(0).toLongLong());
                    continue;
                }
                if (q.value(1).toLongLong() != i->customerId || q.value(2).toString() != i->currency ||
                    dayOf(q.value(3)) != i->issue || dayOf(q.value(4)) != i->due || q.value(5).toLongLong() != i->amount)
                    problems << QStringLiteral("invoice_state of %1 does not copy the invoice").arg(i->number);
                if (q.value(6).toLongLong() != invoiceOpenNow(*i))
                    problems << QStringLiteral("invoice_state of %1: open %2, events give %3")
                                    .arg(i->number)
                                    .arg(q.value(6).toLongLong())
                                    .arg(invoiceOpenNow(*i));
            }
            if (rows != static_cast<qsizetype>(m_invoices.size()))
                problems << QStringLiteral("invoice_state has %1 rows for %2 invoices").arg(rows).arg(m_invoices.size());
        }
        auto checkSources = [&](AllocationSource kind, const QString &sql, const QString &table) {
            QSqlQuery q = book.exec(sql);
            qsizetype rows = 0;
            while (q.next()) {
                ++rows;
                const RawSource *s = source(kind, q.value(0).toLongLong());
                if (!s) {
                    problems << QStringLiteral("%1 row %2 without its event").arg(table).arg(q.value(0).toLongLong());
                    continue;
                }
                const MinorUnits allocated = appliedFromSource(*s, QDate(9999, 12, 31));
                const MinorUnits unapplied = s->reversed ? 0 : s->amount - allocated;
                std::optional<QDate> reversed;
                if (!q.value(7).isNull())
                    reversed = dayOf(q.value(7));
                if (q.value(1).toLongLong() != s->customerId || q.value(2).toString() != s->currency ||
                    dayOf(q.value(3)) != s->date || q.value(4).toLongLong() != s->amount)
                    problems << QStringLiteral("%1 of %2 does not copy the event").arg(table).arg(s->id);
                if (q.value(5).toLongLong() != allocated || q.value(6).toLongLong() != unapplied || reversed != s->reversed)
                    problems << QStringLiteral("%1 of %2: allocated %3 unapplied %4 reversed %5; events give %6, %7, %8")
                                    .arg(table)
                                    .arg(s->id)
                                    .arg(q.value(5).toLongLong())
                                    .arg(q.value(6).toLongLong())
                                    .arg(reversed ? dateText(*reversed) : QStringLiteral("-"))
                                    .arg(allocated)
                                    .arg(unapplied)
                                    .arg(s->reversed ? dateText(*s->reversed) : QStringLiteral("-"));
            }
            const auto expected = std::count_if(m_sources.begin(), m_sources.end(),
                                                [&](const RawSource &s) { return s.kind == kind; });
            if (rows != expected)
                problems << QStringLiteral("%1 has %2 rows for %3 events").arg(table).arg(rows).arg(expected);
        };
        checkSources(AllocationSource::Payment,
                     QStringLiteral("SELECT payment_id, customer_id, currency, received_date, amount, allocated, "
                                    "unapplied, reversed_date FROM payment_state"),
                     QStringLiteral("payment_state"));
        checkSources(AllocationSource::CreditNote,
                     QStringLiteral("SELECT credit_note_id, customer_id, currency, issue_date, amount, allocated, "
                                    "unapplied, reversed_date FROM credit_note_state"),
                     QStringLiteral("credit_note_state"));
        return problems;
    }

    // --- aging, recomputed ------------------------------------------------------------------------

    ExpectedAging aging(QDate asOf, AgingBasis basis, const std::vector<int> &edges) const
    {
        ExpectedAging result;
        const std::size_t bucketCount = edges.size() + 2;
        std::map<QString, ExpectedLine> currencies;
        std::map<std::pair<QString, QString>, ExpectedLine> customers;
        auto lineIn = [&](auto &map, const auto &key) -> ExpectedLine & {
            ExpectedLine &line = map[key];
            if (line.buckets.empty())
                line.buckets.assign(bucketCount, 0);
            return line;
        };
        for (const RawInvoice &i : m_invoices) {
            if (i.issue > asOf)
                continue;
            const MinorUnits open = invoiceOpen(i, asOf);
            if (open == 0)
                continue;
            const QDate from = basis == AgingBasis::DueDate ? i.due : i.issue;
            const int bucket = bucketOf(static_cast<int>(from.daysTo(asOf)), edges);
            lineIn(currencies, i.currency).buckets[bucket] += open;
            lineIn(customers, std::pair(customer(i.customerId)->code, i.currency)).buckets[bucket] += open;
        }
        for (const RawSource &s : m_sources) {
            const MinorUnits left = unapplied(s, asOf);
            if (left == 0)
                continue;
            const auto key = std::pair(customer(s.customerId)->code, s.currency);
            if (s.kind == AllocationSource::Payment) {
                lineIn(currencies, s.currency).unappliedCash += left;
                lineIn(customers, key).unappliedCash += left;
            } else {
                lineIn(currencies, s.currency).unappliedCredits += left;
                lineIn(customers, key).unappliedCredits += left;
            }
        }
        for (auto &[key, line] : currencies)
            if (!line.isEmpty())
                result.currencies.emplace(key, line);
        for (auto &[key, line] : customers)
            if (!line.isEmpty())
                result.customers.emplace(key, line);
        return result;
    }

    // A customer's balance as of a date in closed form: what was invoiced up to the date less
    // the payments and credit notes that exist and are not reversed on that date.
    MinorUnits balance(const QString &customerCode, QDate asOf) const
    {
        MinorUnits sum = 0;
        for (const RawInvoice &i : m_invoices)
            if (i.issue <= asOf && customer(i.customerId)->code == customerCode)
                sum += i.amount;
        for (const RawSource &s : m_sources)
            if (s.date <= asOf && !(s.reversed && *s.reversed <= asOf) && customer(s.customerId)->code == customerCode)
                sum -= s.amount;
        return sum;
    }

private:
    void index()
    {
        for (qsizetype i = 0; i < static_cast<qsizetype>(m_invoices.size()); ++i)
            m_invoiceIndex.insert(m_invoices[i].id, i);
        for (const RawAllocation &a : m_allocations) {
            m_byInvoice[a.invoiceId].push_back(&a);
            m_bySource[sourceKey(a.source, a.sourceId)].push_back(&a);
            m_allocationIndex.insert(a.id, &a);
            if (a.reverses)
                m_reversing.insert(*a.reverses, &a);
        }
    }
    static qint64 sourceKey(AllocationSource kind, Id id) { return id * 4 + static_cast<int>(kind); }

    std::vector<RawCustomer> m_customers;
    std::vector<RawInvoice> m_invoices;
    std::vector<RawSource> m_sources;
    std::vector<RawAllocation> m_allocations;
    std::vector<RawReversal> m_reversals;
    QHash<Id, qsizetype> m_invoiceIndex;
    QHash<Id, std::vector<const RawAllocation *>> m_byInvoice;
    QHash<qint64, std::vector<const RawAllocation *>> m_bySource; // sourceKey()
    QHash<Id, const RawAllocation *> m_allocationIndex;
    QHash<Id, const RawAllocation *> m_reversing; // reversed allocation id -> its reversing row
};

// Compares a report line with the expected one; empty = equal.
inline QStringList compareLine(const QString &what, const AgingLine &actual, const ExpectedLine &expected)
{
    QStringList problems;
    if (actual.buckets.size() != expected.buckets.size()) {
        problems << QStringLiteral("%1: %2 buckets, expected %3").arg(what).arg(actual.buckets.size()).arg(expected.buckets.size());
        return problems;
    }
    for (std::size_t b = 0; b < expected.buckets.size(); ++b)
        if (actual.buckets[b] != expected.buckets[b])
            problems << QStringLiteral("%1 bucket %2: %3, expected %4")
                            .arg(what)
                            .arg(b)
                            .arg(actual.buckets[b])
                            .arg(expected.buckets[b]);
    if (actual.unappliedCash != expected.unappliedCash)
        problems << QStringLiteral("%1 unapplied cash: %2, expected %3").arg(what).arg(actual.unappliedCash).arg(expected.unappliedCash);
    if (actual.unappliedCredits != expected.unappliedCredits)
        problems << QStringLiteral("%1 unapplied credits: %2, expected %3")
                        .arg(what)
                        .arg(actual.unappliedCredits)
                        .arg(expected.unappliedCredits);
    if (actual.total() != expected.total())
        problems << QStringLiteral("%1 total: %2, expected %3").arg(what).arg(actual.total()).arg(expected.total());
    return problems;
}

inline QStringList compareAging(const AgingReport &report, const ExpectedAging &expected, bool byCustomer)
{
    QStringList problems;
    const QString asOf = dateText(report.asOf);
    std::map<QString, const AgingLine *> actual;
    QString previous;
    for (const AgingLine &line : report.currencies) {
        if (!previous.isEmpty() && !(previous < line.currency))
            problems << QStringLiteral("as of %1: currencies not sorted (%2 after %3)").arg(asOf, line.currency, previous);
        previous = line.currency;
        actual[line.currency] = &line;
    }
    for (const auto &[currency, line] : expected.currencies) {
        const auto it = actual.find(currency);
        if (it == actual.end())
            problems << QStringLiteral("as of %1: no line for %2").arg(asOf, currency);
        else
            problems << compareLine(QStringLiteral("as of %1 %2").arg(asOf, currency), *it->second, line);
    }
    for (const auto &[currency, line] : actual)
        if (!expected.currencies.contains(currency)) {
            ExpectedLine zero;
            zero.buckets.assign(line->buckets.size(), 0);
            problems << compareLine(QStringLiteral("as of %1 %2 (unexpected line)").arg(asOf, currency), *line, zero);
        }
    if (byCustomer) {
        std::map<std::pair<QString, QString>, const AgingLine *> customers;
        for (const CustomerAgingLine &c : report.customers)
            customers[{c.customerCode, c.line.currency}] = &c.line;
        if (customers.size() != report.customers.size())
            problems << QStringLiteral("as of %1: a customer appears twice").arg(asOf);
        for (const auto &[key, line] : expected.customers) {
            const auto it = customers.find(key);
            if (it == customers.end())
                problems << QStringLiteral("as of %1: no line for customer %2 %3").arg(asOf, key.first, key.second);
            else
                problems << compareLine(QStringLiteral("as of %1 customer %2").arg(asOf, key.first), *it->second, line);
        }
        for (const auto &[key, line] : customers)
            if (!expected.customers.contains(key)) {
                ExpectedLine zero;
                zero.buckets.assign(line->buckets.size(), 0);
                problems << compareLine(QStringLiteral("as of %1 customer %2 (unexpected line)").arg(asOf, key.first),
                                        *line, zero);
            }
    }
    return problems;
}

} // namespace ardesk::oracle
