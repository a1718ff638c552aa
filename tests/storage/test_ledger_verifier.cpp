// The verifier (storage/ledger_verifier.h) streams the book in chunks of ids. Each kind of
// problem it reports is found with its exact message, the first problem is the first in
// the documented order (by id, not by chance), the report does not depend on the chunk
// size (chunks of 1, 2 and 3 rows cross every border), and the progress callback moves
// forwards and stops the check when it says so. On both engines.

#include "storage/book.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "support/test_book.h"

namespace ardesk {
namespace {

class LedgerVerifierTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Book::open(test::freshBookLocation(m_dir, QStringLiteral("verify.ardesk")), OpenMode::CreateNew);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_book = std::move(*opened);
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        const Stamp stamp{std::nullopt, QStringLiteral("2026-01-02T03:04:05Z")};
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Customer 1");
        c.currency = QStringLiteral("EUR");
        const Id customer = repo.insertCustomer(c, stamp);
        // Invoices 1-6 of 1,000-6,000; payments 1-3 of 1,500 each, paying invoices 1-3 in
        // part (500 + 100 n) on two days each.
        for (int n = 1; n <= 6; ++n) {
            Invoice i;
            i.number = QStringLiteral("I-%1").arg(n);
            i.customerId = customer;
            i.issueDate = QDate(2026, 1, n);
            i.dueDate = i.issueDate.addDays(30);
            i.amount = 1000 * n;
            i.currency = QStringLiteral("EUR");
            repo.postInvoice(i, stamp);
        }
        for (int n = 1; n <= 3; ++n) {
            Payment p;
            p.reference = QStringLiteral("P-%1").arg(n);
            p.customerId = customer;
            p.receivedDate = QDate(2026, 2, n);
            p.amount = 1500;
            p.currency = QStringLiteral("EUR");
            p.method = QStringLiteral("wire");
            const Id payment = repo.postPayment(p, stamp);
            for (int part = 0; part < 2; ++part) {
                Allocation a;
                a.invoiceId = n;
                a.source = AllocationSource::Payment;
                a.sourceId = payment;
                a.date = p.receivedDate.addDays(part);
                a.amount = part == 0 ? 500 : 100 * n;
                repo.postAllocation(a, stamp);
            }
        }
        transaction.commit();
    }

    VerifyReport verify(int chunkRows = 32768)
    {
        LedgerVerifier verifier(*m_book);
        verifier.setChunkRows(chunkRows);
        return verifier.run();
    }

    // The report is the same whatever the chunk size.
    VerifyReport verifyInChunks()
    {
        const VerifyReport whole = verify();
        for (const int rows : {1, 2, 3}) {
            const VerifyReport chunked = verify(rows);
            EXPECT_EQ(chunked.ok, whole.ok) << rows;
            EXPECT_EQ(chunked.problems, whole.problems) << rows;
            EXPECT_EQ(chunked.firstProblem, whole.firstProblem) << rows;
            EXPECT_EQ(chunked.firstProblemTable, whole.firstProblemTable) << rows;
            EXPECT_EQ(chunked.firstProblemId, whole.firstProblemId) << rows;
            EXPECT_EQ(chunked.counts.size(), whole.counts.size()) << rows;
            for (std::size_t i = 0; i < std::min(chunked.counts.size(), whole.counts.size()); ++i) {
                EXPECT_EQ(chunked.counts[i].table, whole.counts[i].table);
                EXPECT_EQ(chunked.counts[i].rows, whole.counts[i].rows);
            }
        }
        return whole;
    }

    void sql(const QString &statement) { (void)m_book->exec(statement); }
    void unlock(const QString &table)
    {
        for (const QString &drop : m_book->dialect().dropImmutableTriggers(table))
            sql(drop);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
};

TEST_F(LedgerVerifierTest, aSoundBookIsOkAndCountsEveryTable)
{
    const VerifyReport report = verifyInChunks();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
    EXPECT_EQ(report.problems, 0);
    std::map<QString, qint64> counts;
    for (const VerifyCount &count : report.counts)
        counts[count.table] = count.rows;
    EXPECT_EQ(counts[QStringLiteral("invoices")], 6);
    EXPECT_EQ(counts[QStringLiteral("payments")], 3);
    EXPECT_EQ(counts[QStringLiteral("allocations")], 6);
    EXPECT_EQ(report.counts.size(), 14u); // the posted tables, the aggregates, promise outcomes, ledger spans, account figures, balances
}

TEST_F(LedgerVerifierTest, aRowChangedAfterPostingFailsItsHash)
{
    unlock(QStringLiteral("payments"));
    sql(QStringLiteral("UPDATE payments SET reference = 'Zahlung für Ü' WHERE id = 2"));
    const VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("payments"));
    EXPECT_EQ(report.firstProblemId, 2);
    EXPECT_EQ(report.firstProblem, QStringLiteral("payments row 2 does not match its hash: it was changed after "
                                                  "posting, or a row before it was"));
    EXPECT_EQ(report.problems, 1);
}

TEST_F(LedgerVerifierTest, aMissingRowBreaksTheChain)
{
    unlock(QStringLiteral("invoices"));
    sql(QStringLiteral("DELETE FROM invoice_state WHERE invoice_id = 5"));
    sql(QStringLiteral("DELETE FROM invoices WHERE id = 5"));
    const VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("invoices"));
    EXPECT_EQ(report.firstProblemId, 6);
    EXPECT_EQ(report.firstProblem, QStringLiteral("invoices: row 6 follows row 4: a row is missing"));
    // The gap, invoice 6's hash (its predecessor is gone), and the aggregates that counted 5.
    EXPECT_GT(report.problems, 2);
}

TEST_F(LedgerVerifierTest, invoiceStateRowsThatDisagreeWithTheHistoryAreFoundByIdInOrder)
{
    // Invoice 2: 2,000 less 500 and 200 paid = 1,300 open; invoice 5 has nothing applied.
    sql(QStringLiteral("UPDATE invoice_state SET open_amount = open_amount - 1 WHERE invoice_id IN (5, 2)"));
    const VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("invoice_state"));
    EXPECT_EQ(report.firstProblemId, 2);
    EXPECT_EQ(report.firstProblem, QStringLiteral("invoice 2: open amount 1299 but the history gives 1300"));
    EXPECT_EQ(report.problems, 3); // and the customer's balance no longer equals its state rows' sum
}

TEST_F(LedgerVerifierTest, aStateRowWithAnotherAmountOrNoStateRowAtAll)
{
    sql(QStringLiteral("UPDATE invoice_state SET amount = amount + 1 WHERE invoice_id = 4"));
    VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblem, QStringLiteral("invoice 4: state amount differs"));
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("invoice_state"));
    EXPECT_EQ(report.firstProblemId, 4);
    sql(QStringLiteral("UPDATE invoice_state SET amount = amount - 1 WHERE invoice_id = 4"));
    EXPECT_TRUE(verify().ok);

    sql(QStringLiteral("DELETE FROM invoice_state WHERE invoice_id = 6"));
    report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblem, QStringLiteral("invoice 6 has no state row"));
    EXPECT_EQ(report.firstProblemId, 6);
    // ... and the aggregates no longer match the ledger without it.
    EXPECT_GT(report.problems, 1);
}

TEST_F(LedgerVerifierTest, paymentStateThatDisagreesWithTheHistory)
{
    // Payment 2: 1,500 less 500 and 200 applied.
    sql(QStringLiteral("UPDATE payment_state SET allocated = allocated + 1, unapplied = unapplied - 1 "
                       "WHERE payment_id = 2"));
    const VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("payment_state"));
    EXPECT_EQ(report.firstProblemId, 2);
    EXPECT_EQ(report.firstProblem, QStringLiteral("payments 2: state says allocated 701, unapplied 799; the history "
                                                  "gives 700 and 800"));
    EXPECT_EQ(report.problems, 2); // and the customer's balance no longer equals its state rows' sum
}

TEST_F(LedgerVerifierTest, aReversalDateTheReversalsDoNotHave)
{
    sql(QStringLiteral("UPDATE payment_state SET reversed_date = received_date + 3 WHERE payment_id = 3"));
    const VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("payment_state"));
    EXPECT_EQ(report.firstProblemId, 3);
    EXPECT_EQ(report.firstProblem, QStringLiteral("payments 3: reversal date differs from the reversals"));
    // ... and the unapplied cash the state's date takes off (700 on 6 February) is not in ar_movements.
    EXPECT_EQ(report.problems, 2);
}

TEST_F(LedgerVerifierTest, aMissingPaymentStateRowIsCountedAndItsCashIsMissedByTheAggregate)
{
    sql(QStringLiteral("DELETE FROM payment_state WHERE payment_id = 1"));
    const VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("payment_state"));
    EXPECT_EQ(report.firstProblemId, 0);
    EXPECT_EQ(report.firstProblem, QStringLiteral("payment_state has 2 rows for 3 payments rows"));
    EXPECT_GT(report.problems, 1); // ar_movements (unapplied cash) and the paid KPI rows
}

TEST_F(LedgerVerifierTest, anAggregateRowOnlyTheStoreHasIsReportedWithTheLedgersZero)
{
    sql(QStringLiteral("INSERT INTO kpi_movements (kind, currency, day, until_day, amount, amount_days, entries) "
                       "VALUES (1, 'ZZZ', 2461000, 0, 5, 0, 1)"));
    const VerifyReport report = verifyInChunks();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("kpi_movements"));
    const QString day = QDate::fromJulianDay(2461000).toString(Qt::ISODate);
    EXPECT_EQ(report.firstProblem,
              QStringLiteral("kpi_movements (kind/currency/day/until: amount, amount x days, entries): 1/ZZZ/%1/0: "
                             "5, 0, 1 stored, the ledger gives 1/ZZZ/%1/0: 0, 0, 0")
                  .arg(day));
    EXPECT_EQ(report.problems, 1);
}

TEST_F(LedgerVerifierTest, progressMovesForwardsToTheEndAndFalseStopsTheCheck)
{
    int calls = 0;
    int last = -1;
    int steps = 0;
    bool forwards = true;
    LedgerVerifier verifier(*m_book);
    verifier.setChunkRows(2);
    const VerifyReport report = verifier.run([&](int step, int total) {
        ++calls;
        forwards = forwards && step >= last && step <= total;
        last = step;
        steps = total;
        return true;
    });
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(forwards);
    EXPECT_GT(calls, 10);
    EXPECT_EQ(last, steps);

    calls = 0;
    const VerifyReport stopped = LedgerVerifier(*m_book).run([&](int, int) {
        ++calls;
        return false;
    });
    EXPECT_EQ(calls, 1);
    EXPECT_LT(stopped.counts.size(), 2u);
}

} // namespace
} // namespace ardesk
