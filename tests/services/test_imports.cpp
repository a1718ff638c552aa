// CSV imports through ImportService::importData on in-memory files: the happy paths of
// customers, invoices and payments (named invoice, auto-apply), every refusal of issue 3
// with its line and field, all-or-nothing (the book's rows are unchanged, by checksum),
// the 50-problem cap, dry runs, cancelling, and the CSV details (quotes, extra columns,
// column order, BOM, CRLF).

#include "services/book_service.h"
#include "services/import_service.h"
#include "services/ledger_service.h"
#include "storage/ledger_spans.h"
#include "storage/ledger_verifier.h"
#include "support/book_checksum.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

#include "support/test_book.h"

using namespace ardesk;
using ardesk::testsupport::bookChecksum;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

std::string describe(const ImportReport &report)
{
    std::string text;
    for (const ImportProblem &p : report.problems)
        text += std::to_string(p.line) + ": " + p.field.toStdString() + ": " + p.reason.toStdString() + "\n";
    return text;
}

QByteArray csv(std::initializer_list<const char *> lines)
{
    QByteArray data;
    for (const char *line : lines) {
        data += line;
        data += '\n';
    }
    return data;
}

// An allocation as (invoice number, payment reference, date, amount).
struct Row {
    QString invoice;
    QString reference;
    QDate date;
    MinorUnits amount = 0;
    friend bool operator==(const Row &, const Row &) = default;
};

std::ostream &operator<<(std::ostream &out, const Row &r)
{
    return out << "{" << r.invoice.toStdString() << " " << r.reference.toStdString() << " "
               << r.date.toString(Qt::ISODate).toStdString() << " " << r.amount << "}";
}

const char *const kInvoiceHeader = "number,customer_code,issue_date,due_date,amount,currency";
const char *const kPaymentHeader = "reference,customer_code,received_date,amount,currency,method,invoice_number";

class Imports : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("imports.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
    }

    Result<ImportReport> run(ImportKind kind, const QByteArray &data, const ImportOptions &options = {})
    {
        return ImportService(*m_session).importData(kind, QStringLiteral("file.csv"), data, options);
    }

    // Imports that must succeed.
    ImportReport imported(ImportKind kind, const QByteArray &data, const ImportOptions &options = {})
    {
        const auto report = run(kind, data, options);
        EXPECT_TRUE(report) << describe(report.error());
        if (!report)
            return {};
        EXPECT_TRUE(report->problems.empty()) << describe(*report);
        EXPECT_EQ(report->written, !options.dryRun);
        return *report;
    }

    // An import that must be refused with exactly one problem on the line and field given,
    // leaving every row of the book as it was.
    void expectRefused(ImportKind kind, const QByteArray &data, qsizetype line, const QString &field,
                       const QString &reasonPart = {})
    {
        const auto before = bookChecksum(*m_book);
        const auto report = run(kind, data);
        ASSERT_TRUE(report) << describe(report.error());
        EXPECT_FALSE(report->written);
        ASSERT_EQ(report->problems.size(), 1u) << describe(*report);
        EXPECT_EQ(report->problemCount, 1);
        EXPECT_EQ(report->problems[0].line, line) << describe(*report);
        EXPECT_EQ(report->problems[0].field, field) << describe(*report);
        EXPECT_FALSE(report->problems[0].reason.isEmpty());
        if (!reasonPart.isEmpty()) {
            EXPECT_TRUE(report->problems[0].reason.contains(reasonPart)) << describe(*report);
        }
        EXPECT_EQ(bookChecksum(*m_book), before) << "a refused import changed the book";
    }

    void seedCustomers()
    {
        imported(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit",
                                             "C1,Alpha,EUR,30,", "C2,Beta,EUR,14,1000", "U1,Gamma,USD,30,",
                                             "J1,Delta,JPY,60,"}));
    }

    qint64 count(const QString &table)
    {
        QSqlQuery q = m_book->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // Allocations of payments, in id order.
    std::vector<Row> allocations()
    {
        QSqlQuery q = m_book->exec(QStringLiteral(
            "SELECT i.number, p.reference, a.alloc_date, a.amount FROM allocations a JOIN invoices i ON i.id = "
            "a.invoice_id JOIN payments p ON p.id = a.payment_id ORDER BY a.id"));
        std::vector<Row> rows;
        while (q.next())
            rows.push_back({q.value(0).toString(), q.value(1).toString(), QDate::fromJulianDay(q.value(2).toLongLong()),
                            q.value(3).toLongLong()});
        return rows;
    }

    MinorUnits unapplied(const QString &reference)
    {
        QSqlQuery q = m_book->prepare(QStringLiteral(
            "SELECT s.unapplied FROM payment_state s JOIN payments p ON p.id = s.payment_id WHERE p.reference = ?"));
        q.addBindValue(reference);
        Book::exec(q);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    MinorUnits openOf(const QString &number)
    {
        QSqlQuery q = m_book->prepare(QStringLiteral(
            "SELECT s.open_amount FROM invoice_state s JOIN invoices i ON i.id = s.invoice_id WHERE i.number = ?"));
        q.addBindValue(number);
        Book::exec(q);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
};

} // namespace

// --- happy paths ----------------------------------------------------------------------------------

TEST_F(Imports, customersWithTheOptionalColumns)
{
    const ImportReport report = imported(
        ImportKind::Customers,
        csv({"code,name,currency,terms_days,credit_limit,email,phone,timezone,country,language",
             "C1,Alpha s.r.o.,CZK,30,250000.50,ar@alpha.cz,+420 123 456 789,Europe/Prague,CZ,cs",
             "J1,Delta KK,JPY,60,1000000,,,,,", "K1,Kappa,KWD,0,12.345,,,Asia/Kuwait,KW,en"}));
    EXPECT_EQ(report.rows, 3);
    LedgerRepository repo(*m_book);
    const auto alpha = repo.customerByCode(QStringLiteral("C1"));
    ASSERT_TRUE(alpha);
    EXPECT_EQ(alpha->name, QStringLiteral("Alpha s.r.o."));
    EXPECT_EQ(alpha->currency, QStringLiteral("CZK"));
    EXPECT_EQ(alpha->termsDays, 30);
    EXPECT_EQ(alpha->creditLimit, 25000050);
    EXPECT_EQ(alpha->email, QStringLiteral("ar@alpha.cz"));
    EXPECT_EQ(alpha->phone, QStringLiteral("+420 123 456 789"));
    EXPECT_EQ(alpha->timeZone, QStringLiteral("Europe/Prague"));
    EXPECT_EQ(alpha->country, QStringLiteral("CZ"));
    EXPECT_EQ(alpha->language, QStringLiteral("cs"));
    EXPECT_EQ(repo.customerByCode(QStringLiteral("J1"))->creditLimit, 1000000);
    EXPECT_EQ(repo.customerByCode(QStringLiteral("J1"))->timeZone, QString());
    EXPECT_EQ(repo.customerByCode(QStringLiteral("K1"))->creditLimit, 12345);
    EXPECT_EQ(count(QStringLiteral("customers")), 3);
    // The import itself is audited.
    QSqlQuery q = m_book->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.customers'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1);
}

TEST_F(Imports, customersWithoutTheOptionalColumnsAndAnEmptyCreditLimit)
{
    imported(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit", "C1,Alpha,EUR,30,"}));
    const auto alpha = LedgerRepository(*m_book).customerByCode(QStringLiteral("C1"));
    ASSERT_TRUE(alpha);
    EXPECT_EQ(alpha->creditLimit, std::nullopt);
}

TEST_F(Imports, invoices)
{
    seedCustomers();
    const ImportReport report = imported(
        ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,100.00,EUR",
                                   "I-2,C1,2026-02-01,2026-03-03,0.5,EUR", "J-1,J1,2026-01-10,2026-03-11,12345,JPY"}));
    EXPECT_EQ(report.rows, 3);
    EXPECT_EQ(count(QStringLiteral("invoices")), 3);
    EXPECT_EQ(openOf(QStringLiteral("I-1")), 10000);
    EXPECT_EQ(openOf(QStringLiteral("I-2")), 50);
    EXPECT_EQ(openOf(QStringLiteral("J-1")), 12345);
    const auto aging = BookService::aging(*m_session, QDate(2026, 3, 3), AgingBasis::DueDate, {}, AgingGrouping::Total);
    ASSERT_TRUE(aging);
    ASSERT_EQ(aging->currencies.size(), 2u);
    EXPECT_EQ(aging->currencies[0].currency, QStringLiteral("EUR"));
    EXPECT_EQ(aging->currencies[0].buckets, (std::vector<MinorUnits>{50, 0, 10000, 0, 0}));
    EXPECT_EQ(aging->currencies[1].buckets, (std::vector<MinorUnits>{12345, 0, 0, 0, 0}));
}

TEST_F(Imports, paymentsWithAnInvoiceNumberAreAppliedOnTheLaterOfReceiptAndIssue)
{
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-03-01,2026-03-31,100.00,EUR",
                                        "I-2,C1,2026-01-01,2026-01-31,80.00,EUR", "I-3,C1,2026-01-01,2026-01-31,10,EUR"}));
    const ImportReport report = imported(
        ImportKind::Payments,
        csv({kPaymentHeader, "P-1,C1,2026-02-20,150.00,EUR,wire,I-1", // before I-1 was issued; 50.00 too much
             "P-2,C1,2026-03-10,30.00,EUR,check,I-2", "P-3,C1,2026-03-11,5.00,EUR,card,"}));
    EXPECT_EQ(report.rows, 3);
    EXPECT_EQ(report.allocations, 2);
    EXPECT_EQ(allocations(), (std::vector<Row>{{QStringLiteral("I-1"), QStringLiteral("P-1"), QDate(2026, 3, 1), 10000},
                                               {QStringLiteral("I-2"), QStringLiteral("P-2"), QDate(2026, 3, 10), 3000}}));
    EXPECT_EQ(unapplied(QStringLiteral("P-1")), 5000);
    EXPECT_EQ(unapplied(QStringLiteral("P-2")), 0);
    EXPECT_EQ(unapplied(QStringLiteral("P-3")), 500); // no invoice and no --auto-apply: on account
    EXPECT_EQ(openOf(QStringLiteral("I-1")), 0);
    EXPECT_EQ(openOf(QStringLiteral("I-2")), 5000);
    EXPECT_EQ(openOf(QStringLiteral("I-3")), 1000);
    // As of the day before I-1 was issued, P-1 is all unapplied.
    const auto aging = BookService::aging(*m_session, QDate(2026, 2, 28), AgingBasis::DueDate, {}, AgingGrouping::Total);
    ASSERT_TRUE(aging);
    ASSERT_EQ(aging->currencies.size(), 1u);
    EXPECT_EQ(aging->currencies[0].unappliedCash, 15000);
    EXPECT_EQ(aging->currencies[0].buckets, (std::vector<MinorUnits>{0, 9000, 0, 0, 0}));
}

TEST_F(Imports, aPaymentGetsALedgerSpanOnlyWhenAnAllocationIsDatedAfterItsReceipt)
{
    // ledger_spans (schema step 13): a payment's row spans from its received day to its last
    // allocation after it. The import keeps no entry for a payment allocated on its received
    // day (most of them); one named to an invoice issued later is allocated on the issue day
    // and gets its row. The rows equal what the ledger gives (checkLedgerSpans, verify).
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-03-01,2026-03-31,100.00,EUR",
                                        "I-2,C1,2026-01-01,2026-01-31,80.00,EUR",
                                        "I-3,C2,2026-01-05,2026-02-04,60.00,EUR"}));
    imported(ImportKind::Payments,
             csv({kPaymentHeader, "P-1,C1,2026-02-20,40.00,EUR,wire,I-1", // issued after receipt: on 2026-03-01
                  "P-2,C1,2026-02-21,30.00,EUR,wire,I-2", "P-3,C2,2026-02-22,10.00,EUR,wire,"}),
             ImportOptions{false, true, {}});
    QSqlQuery q = m_book->exec(QStringLiteral(
            "SELECT p.reference, s.first_day, s.last_day FROM ledger_spans s JOIN payments p ON p.id = s.doc_id "
            "WHERE s.kind = 1 ORDER BY p.reference"));
    std::vector<std::tuple<QString, QDate, QDate>> spans;
    while (q.next())
        spans.emplace_back(q.value(0).toString(), QDate::fromJulianDay(q.value(1).toLongLong()),
                           QDate::fromJulianDay(q.value(2).toLongLong()));
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(std::get<0>(spans[0]), QStringLiteral("P-1"));
    EXPECT_EQ(std::get<1>(spans[0]), QDate(2026, 2, 20));
    EXPECT_EQ(std::get<2>(spans[0]), QDate(2026, 3, 1));
    EXPECT_EQ(count(QStringLiteral("ledger_spans WHERE kind = 0")), 3); // every invoice allocated to
    const LedgerSpanCheck check = checkLedgerSpans(*m_book);
    EXPECT_EQ(check.differing, 0) << check.first.toStdString();
    const VerifyReport verified = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(verified.ok) << verified.firstProblem.toStdString();
}

TEST_F(Imports, aPaymentsImportMarksThePromiseOutcomesOfItsCustomersStaleOnce)
{
    // The customers a payments import pays for lose their stored promise outcomes (made
    // again when next read); the others keep theirs. Many payments of the same customers:
    // each customer is marked once, whatever the order of the file.
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,100.00,EUR",
                                        "I-2,C2,2026-01-01,2026-01-31,100.00,EUR"}));
    for (const char *customer : {"1", "2", "3"})
        (void)m_book->exec(QStringLiteral("INSERT INTO promise_outcome_customers (customer_id, grace_days, change_day) "
                                          "SELECT id, 3, 0 FROM customers WHERE code = 'C%1'")
                                   .arg(QLatin1String(customer)));
    ASSERT_EQ(count(QStringLiteral("promise_outcome_customers")), 2); // C1 and C2 (no C3)
    (void)m_book->exec(QStringLiteral("INSERT INTO promise_outcome_customers (customer_id, grace_days, change_day) "
                                      "SELECT id, 3, 0 FROM customers WHERE code = 'U1'"));
    QByteArray payments = QByteArray(kPaymentHeader) + '\n';
    for (int i = 1; i <= 30; ++i)
        payments += QStringLiteral("P-%1,%2,2026-02-%3,1.00,EUR,wire,\n")
                            .arg(i)
                            .arg(i % 3 == 0 ? QStringLiteral("C2") : QStringLiteral("C1"))
                            .arg(1 + i % 27, 2, 10, QLatin1Char('0'))
                            .toUtf8();
    imported(ImportKind::Payments, payments, ImportOptions{false, true, {}});
    QSqlQuery q = m_book->exec(QStringLiteral(
            "SELECT c.code FROM promise_outcome_customers o JOIN customers c ON c.id = o.customer_id ORDER BY c.code"));
    QStringList left;
    while (q.next())
        left << q.value(0).toString();
    EXPECT_EQ(left, QStringList{QStringLiteral("U1")});
    // A second import in the same process (a new batch) marks again.
    (void)m_book->exec(QStringLiteral("INSERT INTO promise_outcome_customers (customer_id, grace_days, change_day) "
                                      "SELECT id, 3, 0 FROM customers WHERE code = 'C1'"));
    imported(ImportKind::Payments, csv({kPaymentHeader, "Q-1,C1,2026-03-01,1.00,EUR,wire,"}));
    EXPECT_EQ(count(QStringLiteral("promise_outcome_customers")), 1);
}

TEST_F(Imports, paymentsAutoAppliedOldestDueFirstInReceivedOrder)
{
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "B,C1,2026-02-01,2026-02-28,70.00,EUR",
                                        "A,C1,2026-01-01,2026-01-31,80.00,EUR", "C,C1,2026-03-15,2026-04-14,50.00,EUR",
                                        "D,C1,2026-04-01,2026-04-01,10.00,EUR"}));
    // The later payment comes first in the file; the earlier one must still take the oldest item.
    // Same received date: file order (P-3 before P-4).
    const ImportReport report =
        imported(ImportKind::Payments,
                 csv({kPaymentHeader, "P-LATE,C1,2026-03-20,100.00,EUR,wire,", "P-EARLY,C1,2026-02-10,100.00,EUR,wire,",
                      "P-3,C1,2026-04-05,6.00,EUR,wire,", "P-4,C1,2026-04-05,6.00,EUR,wire,"}),
                 ImportOptions{false, true, {}});
    EXPECT_EQ(allocations(), (std::vector<Row>{
                                 {QStringLiteral("A"), QStringLiteral("P-EARLY"), QDate(2026, 2, 10), 8000},
                                 {QStringLiteral("B"), QStringLiteral("P-EARLY"), QDate(2026, 2, 10), 2000},
                                 {QStringLiteral("B"), QStringLiteral("P-LATE"), QDate(2026, 3, 20), 5000},
                                 {QStringLiteral("C"), QStringLiteral("P-LATE"), QDate(2026, 3, 20), 5000},
                                 {QStringLiteral("D"), QStringLiteral("P-3"), QDate(2026, 4, 5), 600},
                                 {QStringLiteral("D"), QStringLiteral("P-4"), QDate(2026, 4, 5), 400},
                             }));
    EXPECT_EQ(report.allocations, 6);
    EXPECT_EQ(unapplied(QStringLiteral("P-4")), 200);
    EXPECT_EQ(unapplied(QStringLiteral("P-LATE")), 0);
}

TEST_F(Imports, paymentsAutoApplyTakesOnlyInvoicesIssuedByTheReceivedDate)
{
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "LATER,C1,2026-03-15,2026-03-15,50.00,EUR",
                                        "EARLY,C1,2026-01-01,2026-05-01,50.00,EUR"}));
    imported(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-02-10,80.00,EUR,wire,"}),
             ImportOptions{false, true, {}});
    EXPECT_EQ(allocations(),
              (std::vector<Row>{{QStringLiteral("EARLY"), QStringLiteral("P-1"), QDate(2026, 2, 10), 5000}}));
    EXPECT_EQ(unapplied(QStringLiteral("P-1")), 3000);
}

TEST_F(Imports, paymentsWithoutAutoApplyStayUnapplied)
{
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "A,C1,2026-01-01,2026-01-31,80.00,EUR"}));
    imported(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-02-10,100.00,EUR,wire,"}));
    EXPECT_TRUE(allocations().empty());
    EXPECT_EQ(unapplied(QStringLiteral("P-1")), 10000);
    EXPECT_EQ(openOf(QStringLiteral("A")), 8000);
}

TEST_F(Imports, paymentsAppliedByTheServicesBeforeAreRespected)
{
    // Auto-apply after a reversal in the book: an allocation dated before a reversing row
    // must not make any later day negative.
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "A,C1,2026-01-01,2026-01-31,80.00,EUR"}));
    LedgerService ledger(*m_session);
    PaymentInput input;
    input.customerCode = QStringLiteral("C1");
    input.receivedDate = QDate(2026, 3, 1);
    input.amount = 8000;
    input.reference = QStringLiteral("S-1");
    input.apply = PaymentInput::Apply::OldestDueFirst;
    const auto posted = ledger.postPayment(input);
    ASSERT_TRUE(posted) << describe(posted.error());
    ASSERT_EQ(posted->allocationIds.size(), 1u);
    ASSERT_TRUE(ledger.reverseAllocation(posted->allocationIds[0], QDate(2026, 3, 20), QStringLiteral("wrong")));
    // A is open 80.00 from 20 March, 0 between 1 and 20 March: a payment of 10 February may take nothing
    // on 10 February (it would make 1-19 March negative); one of 25 March may take it all.
    imported(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-02-10,30.00,EUR,wire,",
                                        "P-2,C1,2026-03-25,100.00,EUR,wire,"}),
             ImportOptions{false, true, {}});
    const auto rows = allocations();
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[2], (Row{QStringLiteral("A"), QStringLiteral("P-2"), QDate(2026, 3, 25), 8000}));
    EXPECT_EQ(unapplied(QStringLiteral("P-1")), 3000);
    EXPECT_EQ(unapplied(QStringLiteral("P-2")), 2000);
}

// --- refusals: line, field, nothing written --------------------------------------------------------

TEST_F(Imports, refusesAMissingColumn)
{
    seedCustomers();
    expectRefused(ImportKind::Invoices,
                  csv({"number,customer_code,issue_date,amount,currency", "I-1,C1,2026-01-01,100.00,EUR"}), 1,
                  QStringLiteral("due_date"));
    expectRefused(ImportKind::Payments,
                  csv({"reference,customer_code,received_date,currency,method", "P,C1,2026-01-01,EUR,wire"}), 1,
                  QStringLiteral("amount"));
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days", "X1,X,EUR,30"}), 1,
                  QStringLiteral("credit_limit"));
}

TEST_F(Imports, refusesABadDate)
{
    seedCustomers();
    expectRefused(ImportKind::Invoices,
                  csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,100.00,EUR",
                       "I-2,C1,2026-02-30,2026-03-31,100.00,EUR"}),
                  3, QStringLiteral("issue_date"), QStringLiteral("2026-02-30"));
    for (const char *bad : {"01/02/2026", "2026-1-5", "2026-01-05T00:00", "", "20260105"}) {
        SCOPED_TRACE(bad);
        const QByteArray line = QByteArray("I-1,C1,2026-01-01,") + bad + ",100.00,EUR";
        expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, line.constData()}), 2, QStringLiteral("due_date"));
    }
    expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-02-01,2026-01-31,100.00,EUR"}), 2,
                  QStringLiteral("due_date"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-13-01,1.00,EUR,wire,"}), 2,
                  QStringLiteral("received_date"));
}

TEST_F(Imports, refusesABadAmount)
{
    seedCustomers();
    for (const char *bad : {"12.345", "abc", "1,00", "", "1e5", "0", "0.00"}) {
        SCOPED_TRACE(bad);
        const QByteArray line = QByteArray("I-1,C1,2026-01-01,2026-01-31,\"") + bad + "\",EUR";
        expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, line.constData()}), 2, QStringLiteral("amount"));
    }
    expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, "J-1,J1,2026-01-01,2026-01-31,100.5,JPY"}), 2,
                  QStringLiteral("amount"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-01-01,1.001,EUR,wire,"}), 2,
                  QStringLiteral("amount"));
    expectRefused(ImportKind::Customers,
                  csv({"code,name,currency,terms_days,credit_limit", "X1,X,EUR,30,1.234"}), 2,
                  QStringLiteral("credit_limit"));
}

TEST_F(Imports, refusesANegativeAmount)
{
    seedCustomers();
    expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,-5.00,EUR"}), 2,
                  QStringLiteral("amount"), QStringLiteral("negative"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-01-01,-5.00,EUR,wire,"}), 2,
                  QStringLiteral("amount"), QStringLiteral("negative"));
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit", "X1,X,EUR,30,-1"}), 2,
                  QStringLiteral("credit_limit"));
}

TEST_F(Imports, refusesAnUnknownCustomer)
{
    seedCustomers();
    expectRefused(ImportKind::Invoices,
                  csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,EUR", "I-2,NOPE,2026-01-01,2026-01-31,1.00,EUR"}),
                  3, QStringLiteral("customer_code"), QStringLiteral("NOPE"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,NOPE,2026-01-01,1.00,EUR,wire,"}), 2,
                  QStringLiteral("customer_code"));
    expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,,2026-01-01,2026-01-31,1.00,EUR"}), 2,
                  QStringLiteral("customer_code"));
}

TEST_F(Imports, refusesADuplicateNumberInTheFile)
{
    seedCustomers();
    expectRefused(ImportKind::Invoices,
                  csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,EUR", "I-2,C1,2026-01-01,2026-01-31,1.00,EUR",
                       "I-1,C2,2026-01-02,2026-02-01,2.00,EUR"}),
                  4, QStringLiteral("number"), QStringLiteral("I-1"));
    expectRefused(ImportKind::Customers,
                  csv({"code,name,currency,terms_days,credit_limit", "X1,X,EUR,30,", "X1,Y,EUR,30,"}), 3,
                  QStringLiteral("code"));
    expectRefused(ImportKind::Payments,
                  csv({kPaymentHeader, "P-1,C1,2026-01-01,1.00,EUR,wire,", "P-1,C1,2026-01-02,2.00,EUR,wire,"}), 3,
                  QStringLiteral("reference"));
}

TEST_F(Imports, refusesANumberAlreadyInTheBook)
{
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,EUR"}));
    expectRefused(ImportKind::Invoices,
                  csv({kInvoiceHeader, "I-2,C1,2026-01-01,2026-01-31,1.00,EUR", "I-1,C1,2026-01-01,2026-01-31,1.00,EUR"}),
                  3, QStringLiteral("number"), QStringLiteral("I-1"));
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit", "C1,Again,EUR,30,"}), 2,
                  QStringLiteral("code"));
    imported(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-01-01,1.00,EUR,wire,"}));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-01-05,1.00,EUR,wire,"}), 2,
                  QStringLiteral("reference"));
    // The same reference for another customer is another payment.
    imported(ImportKind::Payments, csv({kPaymentHeader, "P-1,C2,2026-01-05,1.00,EUR,wire,"}));
}

TEST_F(Imports, numbersAreCheckedAgainstALargeBookToo)
{
    // With many invoices in the book and a small file, the importer looks numbers up one by one
    // instead of loading them all: both ways must find duplicates and unknown numbers.
    seedCustomers();
    QByteArray book = QByteArray(kInvoiceHeader) + '\n';
    for (int i = 1; i <= 60; ++i)
        book += QStringLiteral("I-%1,C1,2026-01-01,2026-01-31,10.00,EUR\n").arg(i).toUtf8();
    imported(ImportKind::Invoices, book);
    expectRefused(ImportKind::Invoices,
                  csv({kInvoiceHeader, "N-1,C1,2026-01-01,2026-01-31,1.00,EUR", "I-42,C1,2026-01-01,2026-01-31,1.00,EUR"}),
                  3, QStringLiteral("number"), QStringLiteral("I-42"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-02-01,1.00,EUR,wire,NOPE"}), 2,
                  QStringLiteral("invoice_number"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C2,2026-02-01,1.00,EUR,wire,I-7"}), 2,
                  QStringLiteral("invoice_number"));
    imported(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-02-01,4.00,EUR,wire,I-7"}));
    EXPECT_EQ(openOf(QStringLiteral("I-7")), 600);
}

TEST_F(Imports, refusesACurrencyMismatch)
{
    seedCustomers();
    expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,USD"}), 2,
                  QStringLiteral("currency"), QStringLiteral("EUR"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,U1,2026-01-01,1.00,EUR,wire,"}), 2,
                  QStringLiteral("currency"));
    expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,eur"}), 2,
                  QStringLiteral("currency"));
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit", "X1,X,EURO,30,"}), 2,
                  QStringLiteral("currency"));
}

TEST_F(Imports, refusesPaymentsForAnUnknownInvoiceOrAnotherCustomersInvoice)
{
    seedCustomers();
    imported(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,EUR"}));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-01-01,1.00,EUR,wire,NOPE"}), 2,
                  QStringLiteral("invoice_number"));
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "P-1,C2,2026-01-01,1.00,EUR,wire,I-1"}), 2,
                  QStringLiteral("invoice_number"));
}

TEST_F(Imports, refusesCustomerFieldsTheServicesRefuse)
{
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit", "X1,X,EUR,thirty,"}), 2,
                  QStringLiteral("terms_days"));
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit", "X1,X,EUR,3651,"}), 2,
                  QStringLiteral("terms_days"));
    expectRefused(ImportKind::Customers,
                  csv({"code,name,currency,terms_days,credit_limit,timezone", "X1,X,EUR,30,,Mars/Olympus"}), 2,
                  QStringLiteral("timezone"));
    expectRefused(ImportKind::Customers,
                  csv({"code,name,currency,terms_days,credit_limit,language", "X1,X,EUR,30,,xx"}), 2,
                  QStringLiteral("language"));
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit,country", "X1,X,EUR,30,,cz"}),
                  2, QStringLiteral("country"));
    expectRefused(ImportKind::Customers, csv({"code,name,currency,terms_days,credit_limit", "X1,,EUR,30,"}), 2,
                  QStringLiteral("name"));
}

TEST_F(Imports, oneBadRowAmongManyGoodOnesRejectsTheWholeFile)
{
    seedCustomers();
    QByteArray data = QByteArray(kInvoiceHeader) + '\n';
    for (int i = 1; i <= 200; ++i)
        data += QStringLiteral("I-%1,C1,2026-01-01,2026-01-31,%2.00,EUR\n").arg(i).arg(i).toUtf8();
    data += "I-BAD,C1,2026-01-01,2026-01-31,1.00,USD\n";
    for (int i = 201; i <= 300; ++i)
        data += QStringLiteral("I-%1,C2,2026-01-01,2026-01-31,%2.00,EUR\n").arg(i).arg(i).toUtf8();
    expectRefused(ImportKind::Invoices, data, 202, QStringLiteral("currency"));
    EXPECT_EQ(count(QStringLiteral("invoices")), 0);
}

TEST_F(Imports, reportsAllProblemsOfARowAndCapsTheListAtFifty)
{
    seedCustomers();
    const auto before = bookChecksum(*m_book);
    // One row with three problems.
    const auto several = run(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,NOPE,2026-02-30,2026-01-31,-1,EUR"}));
    ASSERT_TRUE(several);
    EXPECT_EQ(several->problemCount, 3) << describe(*several);

    QByteArray data = QByteArray(kInvoiceHeader) + '\n';
    for (int i = 1; i <= 60; ++i)
        data += QStringLiteral("I-%1,C1,2026-01-01,2026-01-31,x%2,EUR\n").arg(i).arg(i).toUtf8();
    const auto report = run(ImportKind::Invoices, data);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_FALSE(report->written);
    EXPECT_EQ(report->problemCount, 60);
    ASSERT_EQ(static_cast<qsizetype>(report->problems.size()), ImportService::kMaxReportedProblems);
    for (std::size_t i = 0; i < report->problems.size(); ++i) {
        EXPECT_EQ(report->problems[i].line, static_cast<qsizetype>(i) + 2);
        EXPECT_EQ(report->problems[i].field, QStringLiteral("amount"));
    }
    EXPECT_EQ(bookChecksum(*m_book), before);
}

// --- dry run and cancel ---------------------------------------------------------------------------

TEST_F(Imports, dryRunChecksEverythingAndWritesNothing)
{
    seedCustomers();
    const auto before = bookChecksum(*m_book);
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report =
        imported(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,EUR",
                                            "I-2,C1,2026-01-01,2026-01-31,2.00,EUR"}),
                 options);
    EXPECT_EQ(report.rows, 2);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(bookChecksum(*m_book), before);
    // A dry run reports the problems a real run would.
    const auto bad = run(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,USD"}), options);
    ASSERT_TRUE(bad);
    ASSERT_EQ(bad->problems.size(), 1u);
    EXPECT_EQ(bad->problems[0].field, QStringLiteral("currency"));
    options.autoApply = true;
    imported(ImportKind::Payments, csv({kPaymentHeader, "P-1,C1,2026-01-01,1.00,EUR,wire,"}), options);
    EXPECT_EQ(bookChecksum(*m_book), before);
}

TEST_F(Imports, cancelWhenWritingStartsWritesNothing)
{
    seedCustomers();
    const auto before = bookChecksum(*m_book);
    ImportOptions options;
    options.progress = [](ImportPhase phase, qint64, qint64) { return phase != ImportPhase::Writing; };
    const auto report = run(ImportKind::Invoices, csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,EUR"}), options);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(bookChecksum(*m_book), before);
}

TEST_F(Imports, cancelWhileValidatingOrHalfWayThroughWritingWritesNothing)
{
    seedCustomers();
    // Enough rows for the importer to ask the progress callback in the middle of each phase.
    QByteArray data = QByteArray(kInvoiceHeader) + '\n';
    const int rows = 20000;
    for (int i = 1; i <= rows; ++i)
        data += QStringLiteral("I-%1,C%2,2026-01-01,2026-01-31,%3.00,EUR\n").arg(i).arg(i % 2 + 1).arg(i % 500 + 1).toUtf8();
    const auto before = bookChecksum(*m_book);

    qint64 validatingCalls = 0;
    ImportOptions whileValidating;
    whileValidating.progress = [&](ImportPhase phase, qint64 done, qint64 total) {
        if (phase == ImportPhase::Validating && done > 0 && done < total) {
            ++validatingCalls;
            return false;
        }
        return true;
    };
    const auto first = run(ImportKind::Invoices, data, whileValidating);
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(validatingCalls, 1);
    EXPECT_EQ(bookChecksum(*m_book), before);

    qint64 writtenWhenCancelled = 0;
    ImportOptions halfWay;
    halfWay.progress = [&](ImportPhase phase, qint64 done, qint64) {
        if (phase == ImportPhase::Writing && done > 0) {
            writtenWhenCancelled = done;
            return false;
        }
        return true;
    };
    const auto second = run(ImportKind::Invoices, data, halfWay);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Cancelled);
    EXPECT_GT(writtenWhenCancelled, 0);
    EXPECT_LT(writtenWhenCancelled, rows);
    EXPECT_EQ(bookChecksum(*m_book), before) << "rows written before the cancel must be rolled back";

    // The book is still usable: the same file imports in full afterwards.
    const ImportReport report = imported(ImportKind::Invoices, data);
    EXPECT_EQ(report.rows, rows);
    EXPECT_EQ(count(QStringLiteral("invoices")), rows);
}

// --- CSV details -------------------------------------------------------------------------------------

TEST_F(Imports, quotedFieldsExtraColumnsAndFreeColumnOrder)
{
    imported(ImportKind::Customers,
             csv({"notes,credit_limit,terms_days,currency,name,code,segment",
                  "\"anything, even \"\"quotes\"\"\",\"1000.00\",30,EUR,\"Alpha, Inc.\",C1,retail"}));
    const auto alpha = LedgerRepository(*m_book).customerByCode(QStringLiteral("C1"));
    ASSERT_TRUE(alpha);
    EXPECT_EQ(alpha->name, QStringLiteral("Alpha, Inc."));
    EXPECT_EQ(alpha->creditLimit, 100000);
    EXPECT_EQ(alpha->notes, QString()); // not an import column: ignored
    EXPECT_EQ(alpha->segment, QString());

    imported(ImportKind::Invoices, csv({"currency,amount,due_date,comment,issue_date,customer_code,number",
                                        "EUR,\"12.50\",2026-01-31,\"multi\nline, comment\",2026-01-01,C1,\"INV \"\"7\"\"\"",
                                        "EUR,1,2026-01-31,,2026-01-01,C1,INV-8"}));
    EXPECT_EQ(openOf(QStringLiteral("INV \"7\"")), 1250);
    EXPECT_EQ(openOf(QStringLiteral("INV-8")), 100);
}

TEST_F(Imports, columnNamesAreFoundWhateverTheirCase)
{
    // docs/cli.md: columns are found by name, case-insensitively.
    imported(ImportKind::Customers, csv({"Code,NAME,Currency,Terms_Days,Credit_Limit", "C1,Alpha,EUR,30,"}));
    imported(ImportKind::Invoices,
             csv({"NUMBER,Customer_Code,Issue_Date,Due_Date,Amount,CURRENCY", "I-1,C1,2026-01-01,2026-01-31,1.00,EUR"}));
    EXPECT_EQ(openOf(QStringLiteral("I-1")), 100);
}

TEST_F(Imports, lineNumbersArePhysicalLines)
{
    seedCustomers();
    // The quoted comment of line 2 spans three physical lines; the bad row starts on line 5.
    expectRefused(ImportKind::Invoices,
                  csv({"number,customer_code,issue_date,due_date,amount,currency,comment",
                       "I-1,C1,2026-01-01,2026-01-31,1.00,EUR,\"one", "two", "three\"",
                       "I-2,C1,2026-01-01,2026-01-31,1.00,XXX,"}),
                  5, QStringLiteral("currency"));
}

TEST_F(Imports, byteOrderMarkAndCrLf)
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "code,name,currency,terms_days,credit_limit\r\n"
                            "C1,Alpha,EUR,30,10.00\r\n"
                            "C2,Beta,EUR,30,\r\n";
    const ImportReport report = imported(ImportKind::Customers, data);
    EXPECT_EQ(report.rows, 2);
    LedgerRepository repo(*m_book);
    ASSERT_TRUE(repo.customerByCode(QStringLiteral("C1")));
    EXPECT_EQ(repo.customerByCode(QStringLiteral("C1"))->creditLimit, 1000);
    EXPECT_EQ(repo.customerByCode(QStringLiteral("C2"))->name, QStringLiteral("Beta")); // no stray CR
    // And a refusal in such a file names the right line.
    expectRefused(ImportKind::Invoices,
                  "\xEF\xBB\xBFnumber,customer_code,issue_date,due_date,amount,currency\r\n"
                  "I-1,C1,2026-01-01,2026-01-31,1.00,EUR\r\n"
                  "I-2,C1,2026-01-01,2026-01-31,1.00,USD\r\n",
                  3, QStringLiteral("currency"));
}

TEST_F(Imports, emptyFilesAndBadCsvAreRefused)
{
    seedCustomers();
    expectRefused(ImportKind::Invoices, QByteArray(), 1, QStringLiteral("header"));
    expectRefused(ImportKind::Invoices,
                  csv({kInvoiceHeader, "I-1,C1,2026-01-01,2026-01-31,1.00,EUR", "I-2,C1,\"2026-01-01,2026-01-31,1.00,EUR"}),
                  3, QStringLiteral("csv"));
    expectRefused(ImportKind::Invoices,
                  csv({"number,number,customer_code,issue_date,due_date,amount,currency",
                       "I-1,I-1,C1,2026-01-01,2026-01-31,1.00,EUR"}),
                  1, QStringLiteral("number"));
    // A header alone is a valid, empty import.
    const ImportReport empty = imported(ImportKind::Invoices, csv({kInvoiceHeader}));
    EXPECT_EQ(empty.rows, 0);
}

// Dates and amounts are read straight from the field's bytes when they are in the plain
// form (issue 8 step 5, import_service.cpp plainDate/plainAmount); everything else takes the
// text path as before. These pin that both paths accept and refuse the same fields, with the
// same values and messages, whatever the CSV around them: quotes, a byte order mark, CRLF,
// embedded line breaks, Unicode spaces (which trimming removes), bad UTF-8.
TEST_F(Imports, datesAndAmountsReadFromTheirBytesAcceptAndRefuseAsTheirText)
{
    seedCustomers();
    const QByteArray nbsp = "\xC2\xA0";         // U+00A0 NO-BREAK SPACE
    const QByteArray emSpace = "\xE2\x80\x83";  // U+2003 EM SPACE
    const QByteArray ideographic = "\xE3\x80\x80"; // U+3000 IDEOGRAPHIC SPACE
    const QByteArray data = "\xEF\xBB\xBF"
                            "number,customer_code,issue_date,due_date,amount,currency,comment\r\n"
                            "Q-1,C1,\"2026-01-01\",\"2026-01-31\",\"12.50\",EUR,\r\n"
                            "Q-2,C1,2026-01-02,2026-02-01,7,EUR,\"two\r\nlines\"\r\n"
                            "Q-3,C1," + nbsp + "2026-01-03" + nbsp + "," + emSpace + "2026-02-02,"
                            + ideographic + "3.5" + ideographic + ",EUR,\r\n"
                            "Q-4,C1, 2026-01-04 ,\t2026-02-03\t,\" 0.01 \",EUR,\r\n"
                            "Q-5,C1,2026-01-05,2026-02-04,12.,EUR,\r\n"
                            "Q-6,C1,2026-01-06,2026-02-05,.5,EUR,\r\n"
                            "Q-7,C1,2026-01-07,2026-02-06,000000000000001.00,EUR,\r\n"
                            "Q-8,J1,2026-01-08,2026-02-07,12345,JPY,\r\n";
    const ImportReport report = imported(ImportKind::Invoices, data);
    EXPECT_EQ(report.rows, 8);
    EXPECT_EQ(openOf(QStringLiteral("Q-1")), 1250);
    EXPECT_EQ(openOf(QStringLiteral("Q-2")), 700);
    EXPECT_EQ(openOf(QStringLiteral("Q-3")), 350);
    EXPECT_EQ(openOf(QStringLiteral("Q-4")), 1);
    EXPECT_EQ(openOf(QStringLiteral("Q-5")), 1200);
    EXPECT_EQ(openOf(QStringLiteral("Q-6")), 50);
    EXPECT_EQ(openOf(QStringLiteral("Q-7")), 100);
    EXPECT_EQ(openOf(QStringLiteral("Q-8")), 12345);
    QSqlQuery q = m_book->exec(QStringLiteral(
        "SELECT issue_date, due_date FROM invoices WHERE number IN ('Q-3', 'Q-4') ORDER BY number"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), QDate(2026, 1, 3).toJulianDay());
    EXPECT_EQ(q.value(1).toLongLong(), QDate(2026, 2, 2).toJulianDay());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), QDate(2026, 1, 4).toJulianDay());
    EXPECT_EQ(q.value(1).toLongLong(), QDate(2026, 2, 3).toJulianDay());

    // Refusals keep their messages, quoted or not, with spaces or not.
    const QString header = QString::fromLatin1(kInvoiceHeader);
    auto invoiceLine = [&](const QByteArray &issue, const QByteArray &amount, const char *currency = "EUR") {
        return header.toUtf8() + "\r\nR-1,C1," + issue + ",2026-03-31," + amount + "," + currency + "\r\n";
    };
    expectRefused(ImportKind::Invoices, invoiceLine("\"2026-02-30\"", "1.00"), 2, QStringLiteral("issue_date"),
                  QStringLiteral("'2026-02-30' is not a date (YYYY-MM-DD)"));
    expectRefused(ImportKind::Invoices, invoiceLine(nbsp + "2026-13-01", "1.00"), 2, QStringLiteral("issue_date"),
                  QStringLiteral("'2026-13-01' is not a date"));
    expectRefused(ImportKind::Invoices, invoiceLine("0000-01-01", "1.00"), 2, QStringLiteral("issue_date"));
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "\"1.001\""), 2, QStringLiteral("amount"),
                  QStringLiteral("more than 2 decimals"));
    expectRefused(ImportKind::Invoices, csv({kInvoiceHeader, "R-1,J1,2026-01-01,2026-03-31,1.5,JPY"}), 2,
                  QStringLiteral("amount"), QStringLiteral("more than 0 decimals"));
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "0.00"), 2, QStringLiteral("amount"),
                  QStringLiteral("must be greater than zero"));
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "-3"), 2, QStringLiteral("amount"),
                  QStringLiteral("negative amount -3"));
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "1234567890123456"), 2, QStringLiteral("amount"),
                  QStringLiteral("too large"));
    // Far more whole digits than 64 bits hold: refused by the text path, nothing overflows on
    // the way (the fuzz replay's sanitizers found the byte path multiplying them all first).
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "9999999999999999999999.99"), 2,
                  QStringLiteral("amount"), QStringLiteral("too large"));
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "1.0.0"), 2, QStringLiteral("amount"));
    // An invalid currency: the currency's problem only, not the amount's (as before).
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "1.00", "XXX"), 2, QStringLiteral("currency"));
    // Bad UTF-8 in a date or an amount is the CSV reader's refusal, before any parsing.
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-0\xFF", "1.00"), 2, QStringLiteral("csv"),
                  QStringLiteral("not valid UTF-8"));
    expectRefused(ImportKind::Invoices, invoiceLine("2026-01-01", "1.\xC3"), 2, QStringLiteral("csv"));
    // Payments take the same paths.
    expectRefused(ImportKind::Payments,
                  csv({kPaymentHeader, "P-1,C1,\"2026-02-29\",1.00,EUR,wire,"}), 2, QStringLiteral("received_date"),
                  QStringLiteral("'2026-02-29' is not a date"));
    const ImportReport paid = imported(
        ImportKind::Payments, QByteArray(kPaymentHeader) + "\nP-1,C1," + emSpace + "2026-03-01,\"2.50\",EUR,wire,Q-1\n");
    EXPECT_EQ(paid.allocations, 1);
    EXPECT_EQ(openOf(QStringLiteral("Q-1")), 1000);
}

// --- the bulk write path (issue 8): open amounts kept in memory, written once per invoice ----------

TEST_F(Imports, manyPaymentsOnTheSameInvoicesLeaveTheStateTheEventsGive)
{
    // Payments named to an invoice and auto-applied ones, several per invoice, in a file
    // large enough against the book that the importer reads every invoice key at once; the
    // open amounts it keeps in memory and writes at the end must equal amount minus the
    // allocations, and the ledger (hash chains, derived state) must verify.
    seedCustomers();
    QByteArray invoices = QByteArray(kInvoiceHeader) + '\n';
    for (int i = 1; i <= 40; ++i)
        invoices += QStringLiteral("I-%1,%2,2026-01-%3,2026-02-%3,%4.00,EUR\n")
                            .arg(i)
                            .arg(i % 2 ? QStringLiteral("C1") : QStringLiteral("C2"))
                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                            .arg(10 + i)
                            .toUtf8();
    imported(ImportKind::Invoices, invoices);
    QByteArray payments = QByteArray(kPaymentHeader) + '\n';
    for (int i = 1; i <= 120; ++i) {
        const int invoice = 1 + (i * 7) % 40;
        const QString code = invoice % 2 ? QStringLiteral("C1") : QStringLiteral("C2");
        const QString target = i % 3 == 0 ? QString() : QStringLiteral("I-%1").arg(invoice);
        payments += QStringLiteral("P-%1,%2,2026-03-%3,%4.50,EUR,wire,%5\n")
                            .arg(i)
                            .arg(code)
                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                            .arg(3 + i % 9)
                            .arg(target)
                            .toUtf8();
    }
    const ImportReport report = imported(ImportKind::Payments, payments, ImportOptions{false, true, {}});
    EXPECT_GT(report.allocations, 100);
    // Every invoice's open amount is its amount less its allocations, never below zero.
    QSqlQuery q = m_book->exec(QStringLiteral(
            "SELECT s.invoice_id, s.open_amount, i.amount - COALESCE((SELECT SUM(a.amount) FROM allocations a "
            "WHERE a.invoice_id = i.id), 0) FROM invoice_state s JOIN invoices i ON i.id = s.invoice_id"));
    int checked = 0;
    while (q.next()) {
        EXPECT_EQ(q.value(1).toLongLong(), q.value(2).toLongLong()) << "invoice " << q.value(0).toLongLong();
        EXPECT_GE(q.value(1).toLongLong(), 0);
        ++checked;
    }
    EXPECT_EQ(checked, 40);
    EXPECT_EQ(openOf(QStringLiteral("I-1")) >= 0, true);
    // Some invoices were paid in full by several payments (the in-memory amount went to zero).
    QSqlQuery paid = m_book->exec(QStringLiteral("SELECT COUNT(*) FROM invoice_state WHERE open_amount = 0"));
    ASSERT_TRUE(paid.next());
    EXPECT_GT(paid.value(0).toLongLong(), 0);
    const VerifyReport verified = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(verified.ok) << verified.firstProblem.toStdString();
}

TEST_F(Imports, aSmallPaymentsFileLooksReferencesUpOneByOneInABigBook)
{
    // With many payments in the book and a small file, references are looked up row by row
    // instead of reading them all: a reference already in the book is refused for the same
    // customer and accepted for another.
    seedCustomers();
    QByteArray book = QByteArray(kPaymentHeader) + '\n';
    for (int i = 1; i <= 60; ++i)
        book += QStringLiteral("R-%1,C1,2026-01-01,1.00,EUR,wire,\n").arg(i).toUtf8();
    imported(ImportKind::Payments, book);
    expectRefused(ImportKind::Payments, csv({kPaymentHeader, "R-42,C1,2026-02-01,1.00,EUR,wire,"}), 2,
                  QStringLiteral("reference"), QStringLiteral("R-42"));
    imported(ImportKind::Payments, csv({kPaymentHeader, "R-42,C2,2026-02-01,1.00,EUR,wire,"}));
    EXPECT_EQ(count(QStringLiteral("payments")), 61);
}

namespace {

// The payments import looks invoice numbers up by their UTF-8 bytes (issue 8, session 9): as
// the field holds them when they are the trimmed text already, else by the trimmed text's
// bytes (spaces, a Unicode space, a byte order mark or a non-ASCII first or last character).
// Both ways of reading the keys (every invoice of the book for a file that is large against
// it; one look-up per number for a small one) find the same invoices, and a number not in the
// book is refused with its text.
class InvoiceNumberImports : public Imports, public ::testing::WithParamInterface<bool> {};

} // namespace

TEST_P(InvoiceNumberImports, paymentsFindTheirInvoiceByTheNumbersBytesOrItsTrimmedText)
{
    const QByteArray nbsp = "\xC2\xA0";       // U+00A0
    const QByteArray bom = "\xEF\xBB\xBF";    // U+FEFF inside a field is data, not trimmed
    const bool bigBook = GetParam(); // true: one look-up per number; false: every key read at once
    {
        seedCustomers();
        QByteArray invoices = QByteArray(kInvoiceHeader) + '\n';
        invoices += "I-1,C1,2026-01-01,2026-01-31,10.00,EUR\n";
        invoices += "Fäktura-2,C1,2026-01-01,2026-01-31,10.00,EUR\n";
        invoices += "Ärende-3,C1,2026-01-01,2026-01-31,10.00,EUR\n";
        invoices += "I-4ö,C1,2026-01-01,2026-01-31,10.00,EUR\n";
        invoices += "I-5,C1,2026-01-01,2026-01-31,10.00,EUR\n";
        invoices += "\"" + bom + "I-6\",C1,2026-01-01,2026-01-31,10.00,EUR\n";
        // Enough invoices that a payments file of a few rows is "small" against the book.
        const int others = bigBook ? 400 : 0;
        for (int i = 0; i < others; ++i)
            invoices += QStringLiteral("X-%1,C2,2026-01-01,2026-01-31,1.00,EUR\n").arg(i).toUtf8();
        imported(ImportKind::Invoices, invoices);
        QByteArray payments = QByteArray(kPaymentHeader) + '\n';
        payments += "P-1,C1,2026-02-01,1.00,EUR,wire,I-1\n";                  // the bytes as they are
        payments += "P-2,C1,2026-02-01,2.00,EUR,wire,Fäktura-2\n";            // non-ASCII inside
        payments += "P-3,C1,2026-02-01,3.00,EUR,wire,Ärende-3\n";             // non-ASCII first
        payments += "P-4,C1,2026-02-01,4.00,EUR,wire,I-4ö\n";                 // non-ASCII last
        payments += "P-5,C1,2026-02-01,5.00,EUR,wire,\"  I-5 \"\n";           // spaces around
        payments += "P-6,C1,2026-02-01,6.00,EUR,wire," + nbsp + "I-1" + nbsp + "\n"; // Unicode spaces
        // A byte order mark is data. (Not in the one-by-one reading: its look-up goes through
        // Qt's SQLite driver, which binds UTF-16, and SQLite drops a leading U+FEFF there: a
        // limit of that reading before this change too.)
        const bool bomCase = !bigBook && !test::onPostgres(); // (PostgreSQL: not checked, see the report)
        if (bomCase)
            payments += "P-7,C1,2026-02-01,7.00,EUR,wire," + bom + "I-6\n";
        imported(ImportKind::Payments, payments);
        std::vector<Row> expected{
                                         {QStringLiteral("I-1"), QStringLiteral("P-1"), QDate(2026, 2, 1), 100},
                                         {QString::fromUtf8("Fäktura-2"), QStringLiteral("P-2"), QDate(2026, 2, 1), 200},
                                         {QString::fromUtf8("Ärende-3"), QStringLiteral("P-3"), QDate(2026, 2, 1), 300},
                                         {QString::fromUtf8("I-4ö"), QStringLiteral("P-4"), QDate(2026, 2, 1), 400},
                                         {QStringLiteral("I-5"), QStringLiteral("P-5"), QDate(2026, 2, 1), 500},
                                         {QStringLiteral("I-1"), QStringLiteral("P-6"), QDate(2026, 2, 1), 600},
                                 };
        if (bomCase)
            expected.push_back({QChar(0xFEFF) + QStringLiteral("I-6"), QStringLiteral("P-7"), QDate(2026, 2, 1), 700});
        EXPECT_EQ(allocations(), expected);
        EXPECT_EQ(openOf(QStringLiteral("I-1")), 300);
        // Not in the book: the number as the trimmed text; the byte order mark kept.
        expectRefused(ImportKind::Payments, csv({kPaymentHeader, "Q-1,C1,2026-02-01,1.00,EUR,wire,\" I-1x \""}), 2,
                      QStringLiteral("invoice_number"), QStringLiteral("unknown invoice I-1x"));
        if (bomCase) // (the one-by-one reading would find I-1: see above)
            expectRefused(ImportKind::Payments,
                      QByteArray(kPaymentHeader) + "\nQ-2,C1,2026-02-01,1.00,EUR,wire," + bom + "I-1\n", 2,
                      QStringLiteral("invoice_number"), QStringLiteral("unknown invoice ") + QChar(0xFEFF) + QStringLiteral("I-1"));
        expectRefused(ImportKind::Payments, csv({kPaymentHeader, "Q-3,C2,2026-02-01,1.00,EUR,wire,Fäktura-2"}), 2,
                      QStringLiteral("invoice_number"), QString::fromUtf8("invoice Fäktura-2 belongs to another"));
    }
}

INSTANTIATE_TEST_SUITE_P(Imports, InvoiceNumberImports, ::testing::Bool());
