// The maintained account figures per customer (src/storage/customer_figures.h, schema step
// 16): on randomized small books (invoices, some in instalment parts, payments applied at once
// and later by hand, back-dated allocations, credit notes, write-offs, reversals of
// allocations, payments and credit notes, disputes opened and resolved, reassignments), filled
// for some day now and then, the stored rows always equal what the ledger gives (so every
// posting marked what it changed stale), and the figures read through them equal those summed
// from the ledger for every day of the window and every scope; the verifier reports a
// tampered row; an import marks what it touched.

#include "services/book_service.h"
#include "services/auth_service.h"
#include "services/import_service.h"
#include "services/ledger_service.h"
#include "services/service_support.h"
#include "storage/collection_repository.h"
#include "storage/customer_figures.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <random>

#include "support/test_book.h"

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

class SummedFigures final
{
public:
    SummedFigures() { qputenv("ARDESK_STORED_FIGURES", "off"); }
    ~SummedFigures() { qunsetenv("ARDESK_STORED_FIGURES"); }
};

std::string text(const std::vector<AccountFigures> &figures)
{
    std::string out;
    for (const AccountFigures &f : figures)
        out += QStringLiteral("customer %1: open %2 overdue %3 disputed %4 unapplied %5 oldest %6\n")
                       .arg(f.customerId)
                       .arg(f.open)
                       .arg(f.overdue)
                       .arg(f.disputed)
                       .arg(f.unapplied)
                       .arg(f.oldestOverdueDue.toString(Qt::ISODate))
                       .toStdString();
    return out;
}

class CustomerFiguresBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("figures.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_admin = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_admin);
        UserService users(*m_admin);
        for (const char *login : {"c1", "c2"}) {
            const auto id = users.add(QString::fromLatin1(login), QString::fromLatin1(login), Role::Collector);
            ASSERT_TRUE(id) << describe(id.error());
            m_collectors.push_back(*id);
        }
    }

    void customer(const QString &code, std::optional<Id> collector)
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = QStringLiteral("EUR");
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

    qint64 refresh(QDate day)
    {
        const auto done = inTransaction(*m_book, [&]() -> Result<qint64> {
            CollectionRepository repository(*m_book);
            return refreshCustomerFigures(repository, day);
        });
        EXPECT_TRUE(done) << describe(done.error());
        return done.value_or(-1);
    }

    // The stored rows equal the ledger's (the verifier's check), and the figures read through
    // them equal those summed from the ledger on every day of the window, for every scope.
    void expectFiguresKept(QDate from, QDate to)
    {
        const CustomerFiguresCheck check = checkCustomerFigures(*m_book);
        EXPECT_EQ(check.problems, 0) << check.firstProblem.toStdString();
        std::vector<CustomerScope> scopes{CustomerScope::collector(m_collectors[0]),
                                          CustomerScope::collector(m_collectors[1]), CustomerScope::allAssigned(),
                                          CustomerScope::of({m_customerIds[0], m_customerIds[2], m_customerIds[5]})};
        CollectionRepository repository(*m_book);
        for (QDate d = from; d <= to; d = d.addDays(3))
            for (const CustomerScope &scope : scopes) {
                const std::vector<AccountFigures> read = repository.accountFigures(scope, d);
                std::vector<AccountFigures> summed;
                {
                    SummedFigures off;
                    summed = repository.accountFigures(scope, d);
                }
                ASSERT_EQ(text(read), text(summed)) << "as of " << d.toString(Qt::ISODate).toStdString();
            }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<LedgerService> m_ledger;
    std::vector<Id> m_collectors;
    std::vector<Id> m_customerIds;
};

class CustomerFigures : public CustomerFiguresBook, public ::testing::WithParamInterface<unsigned>
{
};

} // namespace

TEST_P(CustomerFigures, randomPostingsKeepTheStoredFiguresEqualToTheLedger)
{
    const unsigned seed = GetParam();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto chance = [&](int percent) { return uniform(1, 100) <= percent; };
    QStringList codes;
    for (int c = 0; c < 6; ++c) {
        codes << QStringLiteral("F%1").arg(c);
        customer(codes.back(), c == 5 ? std::nullopt : std::optional<Id>(m_collectors[static_cast<std::size_t>(c % 2)]));
    }
    const QDate start(2026, 1, 1);
    const QDate end = start.addDays(220); // after every posting's date
    auto someDate = [&] { return start.addDays(uniform(0, 150)); };
    auto someCode = [&] { return codes[uniform(0, static_cast<int>(codes.size()) - 1)]; };
    auto pick = [&](const std::vector<Id> &from) -> std::optional<Id> {
        if (from.empty())
            return std::nullopt;
        return from[static_cast<std::size_t>(uniform(0, static_cast<int>(from.size()) - 1))];
    };
    const Stamp stamp = Stamp::now(std::nullopt);
    int invoices = 0;
    int notes = 0;
    int payments = 0;
    qint64 stored = 0;
    for (int step = 0; step < 240; ++step) {
        const int what = uniform(1, 100);
        if (what <= 28) {
            Invoice i;
            i.number = QStringLiteral("I%1").arg(++invoices);
            i.issueDate = someDate();
            i.dueDate = i.issueDate.addDays(uniform(0, 60));
            i.amount = uniform(100, 100000);
            std::vector<InstalmentPart> parts;
            if (chance(20)) {
                const MinorUnits first = i.amount / 3;
                parts = {{1, i.issueDate.addDays(10), first},
                         {2, i.issueDate.addDays(40), first},
                         {3, i.issueDate.addDays(70), i.amount - 2 * first}};
                i.dueDate = i.issueDate.addDays(70);
            }
            (void)m_ledger->postInvoice(i, someCode(), parts);
        } else if (what <= 50) {
            PaymentInput p;
            p.customerCode = someCode();
            p.receivedDate = someDate();
            p.amount = uniform(1, 120000);
            p.reference = QStringLiteral("R%1").arg(++payments);
            p.method = QStringLiteral("wire");
            p.apply = chance(70) ? PaymentInput::Apply::OldestDueFirst : PaymentInput::Apply::None;
            (void)m_ledger->postPayment(p);
        } else if (what <= 56) {
            CreditNote n;
            n.number = QStringLiteral("CN%1").arg(++notes);
            n.issueDate = someDate();
            n.amount = uniform(1, 30000);
            n.reason = QStringLiteral("price");
            (void)m_ledger->postCreditNote(n, someCode());
        } else if (what <= 66) {
            const bool cash = chance(60);
            const auto source = pick(ids(cash ? QStringLiteral("SELECT payment_id FROM payment_state WHERE unapplied > 0")
                                              : QStringLiteral("SELECT credit_note_id FROM credit_note_state "
                                                               "WHERE unapplied > 0")));
            std::optional<Id> invoice;
            if (source)
                invoice = pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0 AND "
                                                  "customer_id = (SELECT customer_id FROM %1 WHERE %2 = %3)")
                                           .arg(cash ? QStringLiteral("payment_state") : QStringLiteral("credit_note_state"),
                                                cash ? QStringLiteral("payment_id") : QStringLiteral("credit_note_id"))
                                           .arg(*source)));
            if (source && invoice)
                (void)m_ledger->allocate(cash ? AllocationSource::Payment : AllocationSource::CreditNote, *source,
                                         *invoice, uniform(1, 50000), start.addDays(uniform(60, 200)));
        } else if (what <= 73) {
            if (const auto a = pick(ids(QStringLiteral("SELECT id FROM allocations WHERE amount > 0 AND "
                                                       "write_off_id IS NULL AND id NOT IN (SELECT reverses_id FROM "
                                                       "allocations WHERE reverses_id IS NOT NULL)"))))
                (void)m_ledger->reverseAllocation(*a, someDate(), QStringLiteral("mistake"));
        } else if (what <= 77) {
            if (const auto p = pick(ids(QStringLiteral("SELECT id FROM payments"))))
                (void)m_ledger->reversePayment(*p, someDate(), QStringLiteral("bounced"));
        } else if (what <= 79) {
            if (const auto n = pick(ids(QStringLiteral("SELECT id FROM credit_notes"))))
                (void)m_ledger->reverseCreditNote(*n, someDate(), QStringLiteral("issued by mistake"));
        } else if (what <= 84) {
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
        } else if (what <= 92) {
            // A dispute opened (some over the invoice's open amount), or an open one resolved.
            const auto open = pick(ids(QStringLiteral("SELECT id FROM disputes WHERE status = 'open'")));
            (void)inTransaction(*m_book, [&]() -> Result<Id> {
                CollectionRepository repository(*m_book);
                if (open && chance(40)) {
                    const auto d = repository.disputeById(*open);
                    repository.resolveDispute(*open, QStringLiteral("rejected"), d->openedDate.addDays(uniform(0, 60)),
                                              std::nullopt, QString());
                    return *open;
                }
                QSqlQuery all = m_book->exec(QStringLiteral("SELECT invoice_id, customer_id, amount FROM invoice_state"));
                std::vector<std::tuple<Id, Id, MinorUnits>> rows;
                while (all.next())
                    rows.emplace_back(all.value(0).toLongLong(), all.value(1).toLongLong(), all.value(2).toLongLong());
                all.finish();
                if (rows.empty())
                    return 0;
                const auto &[invoice, customerId, amount] =
                        rows[static_cast<std::size_t>(uniform(0, static_cast<int>(rows.size()) - 1))];
                DisputeRecord d;
                d.invoiceId = invoice;
                d.customerId = customerId;
                d.amount = chance(30) ? amount + 5 : uniform(1, static_cast<int>(amount));
                d.reason = QStringLiteral("test");
                d.openedDate = someDate();
                return repository.insertDispute(d, stamp);
            });
        } else if (what <= 95) {
            // A reassignment: nothing stored changes.
            (void)inTransaction(*m_book, [&]() -> Result<Id> {
                CollectionRepository repository(*m_book);
                const Id customerId = m_customerIds[static_cast<std::size_t>(uniform(0, 5))];
                repository.setCollector({customerId}, chance(20) ? std::nullopt
                                                                 : std::optional<Id>(m_collectors[static_cast<std::size_t>(uniform(0, 1))]),
                                        stamp.at);
                return customerId;
            });
        } else {
            // Filled now and then: for a day after every posting, or any day of the window.
            stored += refresh(chance(50) ? end : start.addDays(uniform(0, 220)));
        }
        if (step % 40 == 39) {
            SCOPED_TRACE("after step " + std::to_string(step));
            stored += refresh(end);
            expectFiguresKept(start.addDays(100), start.addDays(240));
            if (HasFailure())
                return;
        }
    }
    EXPECT_GT(stored, 20);
    // The sequence exercised the kinds of rows: instalment invoices, reversals, disputes opened
    // and resolved.
    for (const char *sql : {"SELECT COUNT(*) FROM invoice_installments",
                            "SELECT COUNT(*) FROM allocations WHERE reverses_id IS NOT NULL",
                            "SELECT COUNT(*) FROM payment_state WHERE reversed_date IS NOT NULL",
                            "SELECT COUNT(*) FROM disputes WHERE status = 'resolved'",
                            "SELECT COUNT(*) FROM disputes WHERE status = 'open'"}) {
        EXPECT_GT(count(QString::fromLatin1(sql)), 0) << sql;
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, CustomerFigures, ::testing::Values(1u, 2u, 3u, 4u));

// A row valid for a day serves the days around it, up to the next dated fact of the account.
TEST_F(CustomerFiguresBook, aRowHoldsUntilTheNextDueDate)
{
    customer(QStringLiteral("H1"), m_collectors[0]);
    for (const auto &[number, due] : {std::pair{"H-1", QDate(2026, 2, 10)}, std::pair{"H-2", QDate(2026, 3, 20)}}) {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.issueDate = QDate(2026, 1, 5);
        i.dueDate = due;
        i.amount = 10000;
        ASSERT_TRUE(m_ledger->postInvoice(i, QStringLiteral("H1")));
    }
    EXPECT_EQ(refresh(QDate(2026, 3, 1)), 1);
    const auto rows = CollectionRepository(*m_book).storedCustomerFigures({m_customerIds[0]});
    ASSERT_EQ(rows.size(), 1u);
    const StoredCustomerFigures &row = rows.begin()->second;
    EXPECT_EQ(row.figures.overdue, 10000);
    EXPECT_EQ(row.figures.open, 20000);
    EXPECT_EQ(row.validFrom, QDate(2026, 2, 11).toJulianDay());
    EXPECT_EQ(row.validUntil, QDate(2026, 3, 21).toJulianDay());
    EXPECT_EQ(refresh(QDate(2026, 3, 20)), 0); // still valid
    EXPECT_EQ(refresh(QDate(2026, 3, 21)), 1);
    expectFiguresKept(QDate(2026, 1, 1), QDate(2026, 4, 30));
}

TEST_F(CustomerFiguresBook, anImportMarksTheCustomersItTouched)
{
    customer(QStringLiteral("K0"), m_collectors[0]);
    customer(QStringLiteral("K1"), m_collectors[1]);
    Invoice i;
    i.number = QStringLiteral("K-0");
    i.issueDate = QDate(2026, 1, 5);
    i.dueDate = QDate(2026, 2, 5);
    i.amount = 10000;
    ASSERT_TRUE(m_ledger->postInvoice(i, QStringLiteral("K0")));
    EXPECT_EQ(refresh(QDate(2026, 3, 1)), 2);
    const QByteArray invoices = "number,customer_code,issue_date,due_date,amount,currency\n"
                                "K-1,K1,2026-01-10,2026-02-09,50.00,EUR\n";
    const QByteArray payments = "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
                                "KP-0,K0,2026-02-20,30.00,EUR,wire,K-0\n";
    ImportService import(*m_admin);
    for (const auto &[kind, data] : {std::pair{ImportKind::Invoices, invoices}, std::pair{ImportKind::Payments, payments}}) {
        const auto report = import.importData(kind, QStringLiteral("file.csv"), data, ImportOptions{});
        ASSERT_TRUE(report) << describe(report.error());
        ASSERT_TRUE(report->problems.empty()) << report->problems.front().reason.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customer_figures")), 0);
    EXPECT_EQ(refresh(QDate(2026, 3, 1)), 2);
    expectFiguresKept(QDate(2026, 2, 25), QDate(2026, 3, 10));
}

TEST_F(CustomerFiguresBook, theVerifierFindsATamperedRow)
{
    customer(QStringLiteral("V1"), m_collectors[0]);
    Invoice i;
    i.number = QStringLiteral("V-1");
    i.issueDate = QDate(2026, 1, 1);
    i.dueDate = QDate(2026, 1, 31);
    i.amount = 10000;
    ASSERT_TRUE(m_ledger->postInvoice(i, QStringLiteral("V1")));
    EXPECT_EQ(refresh(QDate(2026, 3, 1)), 1);
    VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
    (void)m_book->exec(QStringLiteral("UPDATE customer_figures SET overdue = overdue - 1"));
    report = LedgerVerifier(*m_book).run();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(report.firstProblem.contains(QStringLiteral("customer_figures"))) << report.firstProblem.toStdString();
    (void)m_book->exec(QStringLiteral("UPDATE customer_figures SET overdue = overdue + 1, valid_until = valid_until + 1"));
    EXPECT_FALSE(LedgerVerifier(*m_book).run().ok);
}
