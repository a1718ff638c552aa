// The maintained customer balances (customer_balances, schema step 18) and the Customers list
// that reads them: on randomized small books (invoices, some in instalment parts, payments
// applied at once and later by hand, back-dated allocations, credit notes, write-offs,
// reversals of allocations, payments and credit notes, CSV imports of customers, invoices and
// payments with and without auto-apply), every stored row always equals the sums of the state
// tables (the verifier's check), and the Customers list read page by page through the new path
// (by keyset, by offset, the key at a position) equals a reference summed here from the state
// tables, for every amount sort both ways, with and without the search, collector, currency and
// on-hold filters, as of several days. The verifier reports a tampered, missing or orphan row.
// Both engines (ARDESK_TEST_PG_URL).

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/browse_service.h"
#include "services/import_service.h"
#include "services/ledger_service.h"
#include "services/service_support.h"
#include "storage/collection_repository.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"
#include "storage/list_queries.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <tuple>

#include "support/test_book.h"

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

// One row of the reference: the customer's figures summed from the state tables.
struct Summed final
{
    Id id = 0;
    MinorUnits open = 0;
    MinorUnits overdue = 0;
    MinorUnits unapplied = 0;
    QString code;
    MinorUnits balance() const { return open - unapplied; }
};

std::string text(const std::vector<Summed> &rows)
{
    std::string out;
    for (const Summed &r : rows)
        out += QStringLiteral("%1 %2: open %3 overdue %4 unapplied %5\n")
                       .arg(r.id)
                       .arg(r.code)
                       .arg(r.open)
                       .arg(r.overdue)
                       .arg(r.unapplied)
                       .toStdString();
    return out;
}

std::vector<Summed> asSummed(const std::vector<CustomerListRow> &rows)
{
    std::vector<Summed> out;
    for (const CustomerListRow &r : rows)
        out.push_back({r.id, r.open, r.overdue, r.unapplied, r.code});
    return out;
}

class CustomerBalancesBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("balances.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_admin = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_admin);
        UserService users(*m_admin);
        for (const char *login : {"b1", "b2"}) {
            const auto id = users.add(QString::fromLatin1(login), QString::fromLatin1(login), Role::Collector);
            ASSERT_TRUE(id) << describe(id.error());
            m_collectors.push_back(*id);
        }
    }

    void customer(const QString &code, const QString &currency, std::optional<Id> collector)
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = currency;
        c.termsDays = 30;
        c.collectorId = collector;
        const auto id = m_ledger->addCustomer(c);
        ASSERT_TRUE(id) << describe(id.error());
        m_customerIds.push_back(*id);
    }

    std::vector<Id> ids(const QString &sql)
    {
        std::vector<Id> result;
        QSqlQuery q = m_book->exec(sql);
        while (q.next())
            result.push_back(q.value(0).toLongLong());
        return result;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // Every customer's open, overdue (as of asOf) and unapplied amounts summed here from the
    // state tables and the instalment parts (the list's definition: every open item; an item
    // with parts overdue by its parts due before the date, the open amount filling the latest
    // parts), by id.
    std::map<Id, Summed> summed(QDate asOf)
    {
        std::map<Id, Summed> result;
        QSqlQuery customers = m_book->exec(QStringLiteral("SELECT id, code FROM customers"));
        while (customers.next())
            result[customers.value(0).toLongLong()] = {customers.value(0).toLongLong(), 0, 0, 0,
                                                       customers.value(1).toString()};
        customers.finish();
        LedgerRepository repo(*m_book);
        const auto parts = repo.allInstalments();
        QSqlQuery open = m_book->exec(
                QStringLiteral("SELECT invoice_id, customer_id, due_date, open_amount FROM invoice_state "
                               "WHERE open_amount <> 0"));
        while (open.next()) {
            AccountFigures f;
            const auto p = parts.find(open.value(0).toLongLong());
            f.addOpenInvoice(asOf.toJulianDay(), open.value(2).toLongLong(), open.value(3).toLongLong(), 0,
                             p == parts.end() ? nullptr : &p->second);
            Summed &row = result[open.value(1).toLongLong()];
            row.open += f.open;
            row.overdue += f.overdue;
        }
        open.finish();
        for (const char *table : {"payment_state", "credit_note_state"}) {
            QSqlQuery cash = m_book->exec(
                    QStringLiteral("SELECT customer_id, unapplied FROM %1 WHERE unapplied <> 0").arg(QLatin1String(table)));
            while (cash.next())
                result[cash.value(0).toLongLong()].unapplied += cash.value(1).toLongLong();
        }
        return result;
    }

    // The list through the new path, read whole in pages of `page` rows by keyset (each page
    // after the last row's key), must equal the reference: the customers the filter keeps (as
    // the code-sorted list gives them) with the summed figures, sorted by the column (ties by
    // id, in the sort's direction); and so must one read of everything, a read with any
    // offset, with an offset after a key, and the key at a position where the list has one.
    // Each read twice: summed per read, and with the order by Overdue held between reads
    // (m_held, kept across calls: the postings and the other date in between must make it
    // sum again).
    void expectListsEqualTheSums(QDate asOf)
    {
        const std::map<Id, Summed> sums = summed(asOf);
        // The collector's login and the credit limit of every customer, for the reference orders.
        std::map<Id, std::pair<std::optional<QString>, std::optional<qint64>>> columns;
        {
            QSqlQuery q = m_book->exec(QStringLiteral(
                    "SELECT c.id, u.login, c.credit_limit FROM customers c LEFT JOIN users u ON u.id = c.collector_id"));
            while (q.next())
                columns[q.value(0).toLongLong()] = {
                        q.value(1).isNull() ? std::nullopt : std::optional<QString>(q.value(1).toString()),
                        q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong())};
        }
        BrowseService browse(*m_admin);
        std::vector<CustomerListFilter> filters(6);
        filters[1].search = QStringLiteral("B1");
        filters[2].search = QStringLiteral("customer b");
        filters[3].collectorId = m_collectors[0];
        filters[4].currency = QStringLiteral("USD");
        filters[5].onHoldOnly = true;
        for (CustomerOverdueOrder *held : {static_cast<CustomerOverdueOrder *>(nullptr), &m_held}) {
        for (std::size_t f = 0; f < filters.size(); ++f) {
            const CustomerListFilter &filter = filters[f];
            const auto members = browse.customers(filter, {CustomerSortColumn::Code, SortDirection::Ascending}, asOf,
                                                  {0, 100000});
            ASSERT_TRUE(members) << describe(members.error());
            std::vector<Summed> kept;
            for (const CustomerListRow &row : *members)
                kept.push_back(sums.at(row.id));
            // Every column shows the summed figures (whatever the sort).
            ASSERT_EQ(text(asSummed(*members)), text(kept)) << "filter " << f;
            const int buildsBefore = m_held.builds;
            for (const CustomerSortColumn column :
                 {CustomerSortColumn::Balance, CustomerSortColumn::Overdue, CustomerSortColumn::Unapplied,
                  CustomerSortColumn::Name, CustomerSortColumn::Collector, CustomerSortColumn::Code,
                  CustomerSortColumn::CreditLimit}) {
                for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                    SCOPED_TRACE("filter " + std::to_string(f) + " column " + std::to_string(int(column))
                                 + (direction == SortDirection::Ascending ? " asc" : " desc")
                                 + (held ? " held" : " summed"));
                    const CustomerListSort sort{column, direction};
                    const auto whole = browse.customers(filter, sort, asOf, {0, 100000}, held);
                    ASSERT_TRUE(whole) << describe(whole.error());
                    std::vector<CustomerListRow> paged;
                    std::optional<ListKey> after;
                    for (int guard = 0; guard < 1000; ++guard) {
                        const auto page = browse.customers(filter, sort, asOf, {0, 4, after}, held);
                        ASSERT_TRUE(page) << describe(page.error());
                        paged.insert(paged.end(), page->begin(), page->end());
                        if (page->size() < 4)
                            break;
                        after = ListKey{page->back().sortKey, page->back().id};
                    }
                    ASSERT_EQ(text(asSummed(paged)), text(asSummed(*whole)));
                    // Backwards from the end: the reversed order read by keyset, turned round.
                    const CustomerListSort back{column, direction == SortDirection::Ascending ? SortDirection::Descending
                                                                                              : SortDirection::Ascending};
                    std::vector<CustomerListRow> backwards;
                    after.reset();
                    for (int guard = 0; guard < 1000; ++guard) {
                        const auto page = browse.customers(filter, back, asOf, {0, 3, after}, held);
                        ASSERT_TRUE(page) << describe(page.error());
                        backwards.insert(backwards.begin(), page->rbegin(), page->rend());
                        if (page->size() < 3)
                            break;
                        after = ListKey{page->back().sortKey, page->back().id};
                    }
                    ASSERT_EQ(text(asSummed(backwards)), text(asSummed(*whole)));
                    const auto n = static_cast<qint64>(whole->size());
                    // Offsets at the ends and the middle (a segment skipped whole, by collector),
                    // plain and after a key.
                    for (const qint64 skip : std::set<qint64>{0, 1, 2, n / 2, std::max<qint64>(n - 2, 0), n}) {
                        if (skip > n)
                            continue; // a list of fewer than three rows
                        SCOPED_TRACE("offset " + std::to_string(skip));
                        const auto offset = browse.customers(filter, sort, asOf, {skip, 3}, held);
                        ASSERT_TRUE(offset) << describe(offset.error());
                        std::vector<CustomerListRow> expectedOffset(whole->begin() + std::min(skip, n),
                                                                    whole->begin() + std::min(skip + 3, n));
                        ASSERT_EQ(text(asSummed(*offset)), text(asSummed(expectedOffset)));
                        if (skip == n)
                            continue;
                        // An offset after the key of the row at `skip` (a seek that skips rows).
                        const CustomerListRow &at = (*whole)[std::size_t(skip)];
                        const auto afterKey =
                                browse.customers(filter, sort, asOf, {1, 3, ListKey{at.sortKey, at.id}}, held);
                        ASSERT_TRUE(afterKey) << describe(afterKey.error());
                        std::vector<CustomerListRow> expectedAfter(whole->begin() + std::min(skip + 2, n),
                                                                   whole->begin() + std::min(skip + 5, n));
                        ASSERT_EQ(text(asSummed(*afterKey)), text(asSummed(expectedAfter)));
                    }
                    for (qint64 position = 0; position < n; ++position) {
                        const auto key = browse.customerKeyAt(filter, sort, position, asOf, held);
                        ASSERT_TRUE(key) << describe(key.error());
                        if (!*key)
                            continue;
                        EXPECT_EQ((**key).id, (*whole)[std::size_t(position)].id) << position;
                        EXPECT_EQ((**key).value, (*whole)[std::size_t(position)].sortKey) << position;
                    }
                    if (held && column == CustomerSortColumn::Overdue && filter == CustomerListFilter{}) {
                        // Every customer's key by Overdue comes from the held order.
                        const auto key = browse.customerKeyAt(filter, sort, 0, asOf, held);
                        ASSERT_TRUE(key && *key);
                    }
                    if (column == CustomerSortColumn::Name) {
                        // The order is the collation's; the figures are compared per customer.
                        std::vector<Summed> expected;
                        for (const CustomerListRow &row : *whole)
                            expected.push_back(sums.at(row.id));
                        ASSERT_EQ(text(asSummed(*whole)), text(expected));
                        continue;
                    }
                    std::vector<Summed> expected = kept;
                    if (column == CustomerSortColumn::Collector || column == CustomerSortColumn::Code
                        || column == CustomerSortColumn::CreditLimit) {
                        // NULLs first going up, last going down (binary order of the logins and codes).
                        auto before = [&](const Summed &a, const Summed &b) {
                            const auto &ca = columns.at(a.id);
                            const auto &cb = columns.at(b.id);
                            if (column == CustomerSortColumn::Code)
                                return std::pair(a.code, a.id) < std::pair(b.code, b.id);
                            if (column == CustomerSortColumn::Collector)
                                return std::tuple(ca.first.has_value(), ca.first.value_or(QString()), a.id)
                                        < std::tuple(cb.first.has_value(), cb.first.value_or(QString()), b.id);
                            return std::tuple(ca.second.has_value(), ca.second.value_or(0), a.id)
                                    < std::tuple(cb.second.has_value(), cb.second.value_or(0), b.id);
                        };
                        std::sort(expected.begin(), expected.end(), [&](const Summed &a, const Summed &b) {
                            return direction == SortDirection::Ascending ? before(a, b) : before(b, a);
                        });
                        ASSERT_EQ(text(asSummed(*whole)), text(expected));
                        continue;
                    }
                    auto value = [&](const Summed &s) {
                        return column == CustomerSortColumn::Balance   ? s.balance()
                               : column == CustomerSortColumn::Overdue ? s.overdue
                                                                       : s.unapplied;
                    };
                    std::sort(expected.begin(), expected.end(), [&](const Summed &a, const Summed &b) {
                        const auto ka = std::pair(value(a), a.id);
                        const auto kb = std::pair(value(b), b.id);
                        return direction == SortDirection::Ascending ? ka < kb : kb < ka;
                    });
                    ASSERT_EQ(text(asSummed(*whole)), text(expected));
                    for (const CustomerListRow &row : *whole)
                        ASSERT_EQ(row.sortKey.toLongLong(), value(sums.at(row.id))) << row.id;
                }
            }
            // Held: summed once for the filter (both directions, every page, key and offset), or
            // not at all when it was already current.
            if (held) {
                EXPECT_LE(m_held.builds - buildsBefore, 1) << "filter " << f;
            }
        }
        }
    }

    void expectVerified()
    {
        const VerifyReport report = LedgerVerifier(*m_book).run();
        EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<LedgerService> m_ledger;
    std::vector<Id> m_collectors;
    std::vector<Id> m_customerIds;
    CustomerOverdueOrder m_held; // the order by Overdue held across reads (and checks)
};

class CustomerBalances : public CustomerBalancesBook, public ::testing::WithParamInterface<unsigned>
{
};

} // namespace

TEST_P(CustomerBalances, randomPostingsKeepTheStoredBalancesAndTheListEqualToTheSums)
{
    const unsigned seed = GetParam();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto chance = [&](int percent) { return uniform(1, 100) <= percent; };
    QStringList codes;
    for (int c = 0; c < 7; ++c) {
        codes << QStringLiteral("B%1").arg(c);
        customer(codes.back(), c == 6 ? QStringLiteral("USD") : QStringLiteral("EUR"),
                 c == 5 ? std::nullopt : std::optional<Id>(m_collectors[static_cast<std::size_t>(c % 2)]));
    }
    const QDate start(2026, 1, 1);
    auto someDate = [&] { return start.addDays(uniform(0, 150)); };
    auto someCode = [&] { return codes[uniform(0, static_cast<int>(codes.size()) - 1)]; };
    auto pick = [&](const std::vector<Id> &from) -> std::optional<Id> {
        if (from.empty())
            return std::nullopt;
        return from[static_cast<std::size_t>(uniform(0, static_cast<int>(from.size()) - 1))];
    };
    auto money = [](int minor) { return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0')); };
    int invoices = 0;
    int notes = 0;
    int payments = 0;
    int imported = 0;
    for (int step = 0; step < 200; ++step) {
        const int what = uniform(1, 100);
        if (what <= 25) {
            Invoice i;
            i.number = QStringLiteral("I%1").arg(++invoices);
            i.issueDate = someDate();
            i.dueDate = i.issueDate.addDays(uniform(0, 60));
            i.amount = uniform(100, 100000);
            std::vector<InstalmentPart> parts;
            if (chance(25)) {
                const MinorUnits first = i.amount / 3;
                parts = {{1, i.issueDate.addDays(10), first},
                         {2, i.issueDate.addDays(40), first},
                         {3, i.issueDate.addDays(70), i.amount - 2 * first}};
                i.dueDate = i.issueDate.addDays(70);
            }
            (void)m_ledger->postInvoice(i, someCode(), parts);
        } else if (what <= 45) {
            PaymentInput p;
            p.customerCode = someCode();
            p.receivedDate = someDate();
            p.amount = uniform(1, 120000);
            p.reference = QStringLiteral("R%1").arg(++payments);
            p.method = QStringLiteral("wire");
            p.apply = chance(70) ? PaymentInput::Apply::OldestDueFirst : PaymentInput::Apply::None;
            (void)m_ledger->postPayment(p);
        } else if (what <= 51) {
            CreditNote n;
            n.number = QStringLiteral("CN%1").arg(++notes);
            n.issueDate = someDate();
            n.amount = uniform(1, 30000);
            n.reason = QStringLiteral("price");
            (void)m_ledger->postCreditNote(n, someCode());
        } else if (what <= 62) {
            // By hand, to any open invoice (another customer's too, where the service allows it).
            const bool cash = chance(60);
            const auto source = pick(ids(cash ? QStringLiteral("SELECT payment_id FROM payment_state WHERE unapplied > 0")
                                              : QStringLiteral("SELECT credit_note_id FROM credit_note_state "
                                                               "WHERE unapplied > 0")));
            const auto invoice = pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0")));
            if (source && invoice)
                (void)m_ledger->allocate(cash ? AllocationSource::Payment : AllocationSource::CreditNote, *source,
                                         *invoice, uniform(1, 50000), start.addDays(uniform(60, 200)));
        } else if (what <= 70) {
            if (const auto a = pick(ids(QStringLiteral("SELECT id FROM allocations WHERE amount > 0 AND "
                                                       "write_off_id IS NULL AND id NOT IN (SELECT reverses_id FROM "
                                                       "allocations WHERE reverses_id IS NOT NULL)"))))
                (void)m_ledger->reverseAllocation(*a, someDate(), QStringLiteral("mistake"));
        } else if (what <= 74) {
            if (const auto p = pick(ids(QStringLiteral("SELECT id FROM payments"))))
                (void)m_ledger->reversePayment(*p, someDate(), QStringLiteral("bounced"));
        } else if (what <= 76) {
            if (const auto n = pick(ids(QStringLiteral("SELECT id FROM credit_notes"))))
                (void)m_ledger->reverseCreditNote(*n, someDate(), QStringLiteral("issued by mistake"));
        } else if (what <= 81) {
            if (const auto invoice =
                        pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0")))) {
                const QDate date = someDate();
                (void)inTransaction(*m_book, [&]() -> Result<Id> {
                    LedgerRepository repo(*m_book);
                    const MinorUnits open = repo.invoiceAvailableFrom(*invoice, date);
                    if (open <= 0)
                        return std::unexpected(Error::invalid(QStringLiteral("nothing open")));
                    return m_ledger->postApprovedWriteOff(repo, *invoice, uniform(1, static_cast<int>(open)), date,
                                                          QStringLiteral("bad debt"), std::nullopt, std::nullopt);
                });
            }
        } else if (what <= 86) {
            // A credit hold set or lifted (the on-hold filter).
            const Id customerId = m_customerIds[static_cast<std::size_t>(uniform(0, 6))];
            (void)m_book->exec(QStringLiteral("UPDATE customers SET on_hold = %1 WHERE id = %2")
                                       .arg(chance(50) ? 1 : 0)
                                       .arg(customerId));
        } else {
            // A CSV import: a new customer, invoices, payments (auto-applied or to a number).
            ImportService import(*m_admin);
            const QString code = QStringLiteral("BI%1").arg(++imported);
            const QByteArray customersCsv =
                    QStringLiteral("code,name,currency,terms_days,credit_limit\n%1,Customer %1,EUR,30,\n").arg(code).toUtf8();
            const auto added = import.importData(ImportKind::Customers, QStringLiteral("c.csv"), customersCsv, {});
            ASSERT_TRUE(added) << describe(added.error());
            ASSERT_TRUE(added->problems.empty()) << added->problems.front().reason.toStdString();
            codes << code;
            QString invoicesCsv = QStringLiteral("number,customer_code,issue_date,due_date,amount,currency\n");
            for (int n = 0; n < 3; ++n) {
                const QDate issued = someDate();
                invoicesCsv += QStringLiteral("%1,%2,%3,%4,%5,EUR\n")
                                       .arg(QStringLiteral("I%1").arg(++invoices), n == 0 ? code : someCode(),
                                            issued.toString(Qt::ISODate),
                                            issued.addDays(uniform(0, 40)).toString(Qt::ISODate), money(uniform(100, 90000)));
            }
            QString paymentsCsv = QStringLiteral("reference,customer_code,received_date,amount,currency,method,invoice_number\n");
            for (int n = 0; n < 3; ++n)
                paymentsCsv += QStringLiteral("%1,%2,%3,%4,EUR,wire,\n")
                                       .arg(QStringLiteral("R%1").arg(++payments), n == 0 ? code : someCode(),
                                            someDate().toString(Qt::ISODate), money(uniform(100, 60000)));
            ImportOptions apply;
            apply.autoApply = chance(70);
            for (const auto &[kind, data, options] :
                 {std::tuple{ImportKind::Invoices, invoicesCsv.toUtf8(), ImportOptions{}},
                  std::tuple{ImportKind::Payments, paymentsCsv.toUtf8(), apply}}) {
                // A currency mismatch (the USD customer) is a problem the import reports; nothing is written then.
                const auto report = import.importData(kind, QStringLiteral("file.csv"), data, options);
                ASSERT_TRUE(report) << describe(report.error());
            }
        }
        if (step % 50 == 49) {
            SCOPED_TRACE("after step " + std::to_string(step));
            expectVerified();
            for (const QDate asOf : {start.addDays(step < 150 ? 40 : 120), start.addDays(200)})
                expectListsEqualTheSums(asOf);
            if (HasFailure())
                return;
        }
    }
    // The sequence exercised the kinds of rows: instalment invoices, reversals of every kind,
    // write-offs, imports.
    for (const char *sql : {"SELECT COUNT(*) FROM invoice_installments",
                            "SELECT COUNT(*) FROM allocations WHERE reverses_id IS NOT NULL",
                            "SELECT COUNT(*) FROM payment_state WHERE reversed_date IS NOT NULL",
                            "SELECT COUNT(*) FROM allocations WHERE write_off_id IS NOT NULL",
                            "SELECT COUNT(*) FROM customers WHERE code LIKE 'BI%'"}) {
        EXPECT_GT(count(QString::fromLatin1(sql)), 0) << sql;
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, CustomerBalances, ::testing::Values(1u, 2u, 3u));

// The order by Overdue held between reads (CustomerOverdueOrder) is summed once for many
// reads, and again after a posting (the book's change serial), for another date or another
// filter: each read equals the one summed for itself.
TEST_F(CustomerBalancesBook, theHeldOrderByOverdueFollowsPostingsDatesAndFilters)
{
    customer(QStringLiteral("H1"), QStringLiteral("EUR"), m_collectors[0]);
    customer(QStringLiteral("H2"), QStringLiteral("EUR"), m_collectors[1]);
    customer(QStringLiteral("H3"), QStringLiteral("EUR"), std::nullopt);
    auto post = [&](const char *number, const char *code, QDate due, MinorUnits amount) {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.issueDate = due.addDays(-30);
        i.dueDate = due;
        i.amount = amount;
        ASSERT_TRUE(m_ledger->postInvoice(i, QString::fromLatin1(code)));
    };
    post("H-1", "H1", QDate(2026, 2, 1), 5000);
    post("H-2", "H2", QDate(2026, 3, 1), 3000);
    BrowseService browse(*m_admin);
    CustomerOverdueOrder held;
    auto codes = [&](QDate asOf, SortDirection direction, const CustomerListFilter &filter, CustomerOverdueOrder *with) {
        QStringList out;
        const auto rows = browse.customers(filter, {CustomerSortColumn::Overdue, direction}, asOf, {0, 100}, with);
        EXPECT_TRUE(rows);
        for (const CustomerListRow &row : *rows)
            out << QStringLiteral("%1:%2").arg(row.code).arg(row.overdue);
        return out.join(u' ').toStdString();
    };
    auto expectSame = [&](QDate asOf, const CustomerListFilter &filter = {}) {
        for (const SortDirection direction : {SortDirection::Descending, SortDirection::Ascending})
            EXPECT_EQ(codes(asOf, direction, filter, &held), codes(asOf, direction, filter, nullptr));
    };
    const QDate march(2026, 3, 15);
    expectSame(march);
    EXPECT_EQ(codes(march, SortDirection::Descending, {}, &held), "H1:5000 H2:3000 H3:0");
    EXPECT_EQ(held.builds, 1); // both directions, one sum
    const auto key = browse.customerKeyAt({}, {CustomerSortColumn::Overdue, SortDirection::Descending}, 1, march, &held);
    ASSERT_TRUE(key && *key);
    EXPECT_EQ((**key).value.toLongLong(), 3000);
    EXPECT_EQ(held.builds, 1);
    // A posting changes the order: summed again.
    post("H-3", "H3", QDate(2026, 1, 10), 9000);
    expectSame(march);
    EXPECT_EQ(codes(march, SortDirection::Descending, {}, &held), "H3:9000 H1:5000 H2:3000");
    EXPECT_EQ(held.builds, 2);
    // Another date (H-2 not yet due): summed again.
    expectSame(QDate(2026, 2, 15));
    EXPECT_EQ(codes(QDate(2026, 2, 15), SortDirection::Descending, {}, &held), "H3:9000 H1:5000 H2:0");
    EXPECT_EQ(held.builds, 3);
    // Another filter: summed for it.
    CustomerListFilter one;
    one.collectorId = m_collectors[1];
    expectSame(march, one);
    EXPECT_EQ(codes(march, SortDirection::Descending, one, &held), "H2:3000");
    EXPECT_EQ(held.builds, 4);
}

// A row changed behind the ledger's back, a customer without a row, and a row without a
// customer are each reported by the verifier.
TEST_F(CustomerBalancesBook, theVerifierFindsATamperedMissingOrOrphanRow)
{
    customer(QStringLiteral("V1"), QStringLiteral("EUR"), m_collectors[0]);
    customer(QStringLiteral("V2"), QStringLiteral("EUR"), m_collectors[1]);
    Invoice i;
    i.number = QStringLiteral("V-1");
    i.issueDate = QDate(2026, 1, 1);
    i.dueDate = QDate(2026, 1, 31);
    i.amount = 10000;
    ASSERT_TRUE(m_ledger->postInvoice(i, QStringLiteral("V1")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customer_balances")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT balance FROM customer_balances WHERE customer_id = %1").arg(m_customerIds[0])),
              10000);
    expectVerified();
    auto expectReported = [&](const char *tamper, const char *undo) {
        SCOPED_TRACE(tamper);
        ASSERT_TRUE(m_book->exec(QString::fromLatin1(tamper)).isActive());
        const VerifyReport report = LedgerVerifier(*m_book).run();
        EXPECT_FALSE(report.ok);
        EXPECT_EQ(report.firstProblemTable, QStringLiteral("customer_balances")) << report.firstProblem.toStdString();
        ASSERT_TRUE(m_book->exec(QString::fromLatin1(undo)).isActive());
        expectVerified();
    };
    expectReported("UPDATE customer_balances SET open_amount = open_amount + 1, balance = balance + 1",
                   "UPDATE customer_balances SET open_amount = open_amount - 1, balance = balance - 1");
    expectReported("UPDATE customer_balances SET balance = balance - 7", "UPDATE customer_balances SET balance = balance + 7");
    expectReported("UPDATE customer_balances SET unapplied = unapplied + 3, balance = balance - 3",
                   "UPDATE customer_balances SET unapplied = unapplied - 3, balance = balance + 3");
    expectReported("DELETE FROM customer_balances WHERE open_amount = 0",
                   "INSERT INTO customer_balances (customer_id, open_amount, unapplied, balance) "
                   "SELECT id, 0, 0, 0 FROM customers WHERE code = 'V2'");
    expectReported("INSERT INTO customer_balances (customer_id, open_amount, unapplied, balance) VALUES (999, 0, 0, 0)",
                   "DELETE FROM customer_balances WHERE customer_id = 999");
}
