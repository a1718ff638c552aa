// Bulk writes (Book::prepareBulkWrite, src/storage/pg_copy.h): on PostgreSQL the plain
// INSERTs of an import's transaction go through COPY; on SQLite as multi-row INSERTs
// (src/storage/sqlite_bulk.h). On both: the rows, their hash chains and the maintained state are the same,
// a read in the middle of the transaction sees the rows written before it, and a failing
// write leaves nothing behind (all or nothing).

#include "storage/ar_movements.h"
#include "storage/book.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"
#include "storage/sqlite_bulk.h"
#include "storage/storage_error.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "support/test_book.h"

namespace ardesk {
namespace {

qint64 scalar(Book &book, const QString &sql)
{
    QSqlQuery query = book.exec(sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

class BulkCopy : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Book::open(test::freshBookLocation(m_dir, QStringLiteral("bulk.ardesk")), OpenMode::CreateNew);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_book = std::move(*opened);
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Tab\tand \\ back\nslash GmbH"); // COPY's escapes
        c.currency = QStringLiteral("EUR");
        m_customer = repo.insertCustomer(c, Stamp::now(std::nullopt));
        transaction.commit();
    }

    Invoice invoice(int n) const
    {
        Invoice i;
        i.number = QStringLiteral("INV-%1").arg(n, 6, 10, QLatin1Char('0'));
        i.customerId = m_customer;
        i.issueDate = QDate(2026, 1, 1).addDays(n % 300);
        i.dueDate = i.issueDate.addDays(30);
        i.amount = 1000 + n;
        i.currency = QStringLiteral("EUR");
        return i;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    Id m_customer = 0;
};

TEST_F(BulkCopy, anImportTransactionWritesEveryRowWithItsChainAndStateAndCopiesOnPostgres)
{
    const int rows = 5000;
    m_book->prepareBulkWrite();
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        const Stamp stamp = Stamp::now(std::nullopt);
        for (int n = 1; n <= rows / 2; ++n)
            repo.postInvoice(invoice(n), stamp);
        // A read in the middle sees what was written before it (the buffers go first), both
        // through Qt's queries and through Statement (which flushes when it names a table
        // with rows pending).
        EXPECT_EQ(repo.invoiceOpenNow(rows / 2), invoice(rows / 2).amount);
        EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state")), rows / 2);
        for (int n = rows / 2 + 1; n <= rows; ++n)
            repo.postInvoice(invoice(n), stamp);
        transaction.commit();
    }
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices")), rows);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT SUM(open_amount) FROM invoice_state")),
              qint64(rows) * 1000 + qint64(rows) * (rows + 1) / 2);
    if (test::onPostgres()) {
        EXPECT_EQ(m_book->rowsCopied(), 2 * rows); // invoices and invoice_state
    } else {
        EXPECT_EQ(m_book->rowsCopied(), 0);
        // invoices and invoice_state in multi-row INSERTs, and the aggregates' upserts
        EXPECT_GE(m_book->rowsBatched(), 2 * rows);
    }
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();

    // Bulk mode ends with the transaction: the next one posts row by row.
    const qint64 copied = m_book->rowsCopied();
    {
        Transaction transaction(*m_book);
        LedgerRepository(*m_book).postInvoice(invoice(rows + 1), Stamp::now(std::nullopt));
        transaction.commit();
    }
    EXPECT_EQ(m_book->rowsCopied(), copied);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices")), rows + 1);
    EXPECT_TRUE(LedgerVerifier(*m_book).run().ok);
}

TEST_F(BulkCopy, paymentsWithAllocationsUpdateTheOpenAmountsOfInvoicesAlreadyInTheBook)
{
    const int invoices = 300;
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        for (int n = 1; n <= invoices; ++n)
            repo.postInvoice(invoice(n), Stamp::now(std::nullopt));
        transaction.commit();
    }
    // An import of payments: each payment and its allocations buffered, the open amount
    // of the (already posted) invoice updated at once.
    m_book->prepareBulkWrite();
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        const Stamp stamp = Stamp::now(std::nullopt);
        for (int n = 1; n <= invoices; ++n) {
            Payment p;
            p.reference = QStringLiteral("P-%1").arg(n);
            p.customerId = m_customer;
            p.receivedDate = QDate(2026, 12, 1);
            p.amount = 1000 + n + 7; // 7 more than the invoice: unapplied
            p.currency = QStringLiteral("EUR");
            p.method = QStringLiteral("wire");
            const Id paymentId = repo.postPayment(p, stamp, std::nullopt, 1000 + n);
            Allocation a;
            a.invoiceId = n + 0; // invoice ids follow the numbers from 1
            a.source = AllocationSource::Payment;
            a.sourceId = paymentId;
            a.date = p.receivedDate;
            a.amount = 1000 + n;
            repo.postAllocation(a, stamp, {}, LedgerRepository::SourceState::AlreadyCounted);
        }
        transaction.commit();
    }
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM allocations")), invoices);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT SUM(open_amount) FROM invoice_state")), 0);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT SUM(unapplied) FROM payment_state")), 7 * invoices);
    if (test::onPostgres()) {
        EXPECT_EQ(m_book->rowsCopied(), 3 * invoices); // payments, payment_state, allocations
    }
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
}

// A movement batch (bulk imports) looks an invoice's instalment parts up only for invoices
// that have parts: the set is read once, at the first allocation, and an invoice posted with
// parts later in the same batch joins it, so an allocation to it still moves its parts' due
// days (docs/performance.md, issue 8 step 4). The verifier recomputes the aggregate.
// On PostgreSQL the batch goes through COPY: allocations were used before invoices, so the
// buffers are sent parents first by the foreign keys (pg_copy.h); the result is the same.
TEST_F(BulkCopy, aMovementBatchMovesThePartsOfAnInvoicePostedWithPartsInTheSameBatch)
{
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        repo.postInvoice(invoice(1), Stamp::now(std::nullopt)); // id 1, no parts
        Invoice split = invoice(2);
        split.amount = 900;
        repo.postInvoice(split, Stamp::now(std::nullopt),
                         {{1, split.issueDate.addDays(30), 300}, {2, split.issueDate.addDays(60), 600}}); // id 2
        transaction.commit();
    }
    m_book->prepareBulkWrite();
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        repo.beginMovementBatch();
        const Stamp stamp = Stamp::now(std::nullopt);
        Payment p;
        p.reference = QStringLiteral("P-1");
        p.customerId = m_customer;
        p.receivedDate = QDate(2026, 12, 1);
        p.amount = 3000;
        p.currency = QStringLiteral("EUR");
        p.method = QStringLiteral("wire");
        const Id paymentId = repo.postPayment(p, stamp);
        auto allocate = [&](Id invoiceId, MinorUnits amount) {
            Allocation a;
            a.invoiceId = invoiceId;
            a.source = AllocationSource::Payment;
            a.sourceId = paymentId;
            a.date = p.receivedDate;
            a.amount = amount;
            repo.postAllocation(a, stamp);
        };
        allocate(1, 100); // reads the set of invoices with parts: {2}
        allocate(2, 400); // the first part and 100 of the second
        Invoice late = invoice(3);
        late.amount = 1000;
        const Id lateId = repo.postInvoice(late, stamp,
                                           {{1, late.issueDate.addDays(10), 500}, {2, late.issueDate.addDays(40), 500}});
        allocate(lateId, 700); // the first part and 200 of the second
        repo.flushMovements();
        transaction.commit();
    }
    if (test::onPostgres()) {
        EXPECT_GT(m_book->rowsCopied(), 0); // the COPY path, not row by row
    }
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM allocations")), 3);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT open_amount FROM invoice_state WHERE invoice_id = 1")), 1001 - 100);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT open_amount FROM invoice_state WHERE invoice_id = 2")), 900 - 400);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT open_amount FROM invoice_state WHERE invoice_id = 3")), 1000 - 700);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT unapplied FROM payment_state")), 3000 - 1200);
    EXPECT_EQ(expectedMovements(*m_book), storedMovements(*m_book, 0));
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
}

TEST_F(BulkCopy, aRowTheDatabaseRefusesLeavesNothingOfTheImport)
{
    m_book->prepareBulkWrite();
    bool threw = false;
    try {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        const Stamp stamp = Stamp::now(std::nullopt);
        for (int n = 1; n <= 3000; ++n)
            repo.postInvoice(invoice(n), stamp);
        repo.postInvoice(invoice(17), stamp); // the same number twice: UNIQUE refuses it
        transaction.commit();
    } catch (const StorageError &error) {
        threw = true;
        EXPECT_FALSE(error.message().isEmpty());
        if (!test::onPostgres()) { // the message names the one-row statement, as row by row
            EXPECT_TRUE(error.message().contains(QStringLiteral("UNIQUE"))) << error.message().toStdString();
        }
    }
    EXPECT_TRUE(threw);
    EXPECT_FALSE(m_book->inTransaction());
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices")), 0);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state")), 0);
    // The connection is usable afterwards.
    {
        Transaction transaction(*m_book);
        LedgerRepository(*m_book).postInvoice(invoice(1), Stamp::now(std::nullopt));
        transaction.commit();
    }
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices")), 1);
    EXPECT_TRUE(LedgerVerifier(*m_book).run().ok);
}

// The secondary indexes of a table (name and SQL, by name), read without naming the table
// in the SQL text (a statement that names a table with deferred indexes brings them back).
QStringList indexesOf(Book &book, const QString &table)
{
    QSqlQuery query = book.prepare(test::onPostgres()
                                           ? QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes "
                                                            "WHERE tablename = ? ORDER BY indexname")
                                           : QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master "
                                                            "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                                                            "ORDER BY name"));
    query.addBindValue(table);
    Book::exec(query);
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

// SqliteBulkBuffer::deferIndexes on SQLite; on PostgreSQL (COPY) nothing is deferred.
void defer(Book &book, const QString &table, qint64 rowsComing)
{
    if (SqliteBulkBuffer *bulk = book.sqliteBulk())
        bulk->deferIndexes(table, rowsComing);
}

QString integrity(Book &book)
{
    if (test::onPostgres())
        return QStringLiteral("ok");
    QSqlQuery query = book.exec(QStringLiteral("PRAGMA integrity_check"));
    return query.next() ? query.value(0).toString() : QString();
}

// Deferred indexes (sqlite_bulk.h, SqliteBulkBuffer::deferIndexes): dropped at the table's first
// multi-row write when more rows come than it holds, made again before a read of the table
// and before COMMIT: the same indexes (names and SQL), the same rows, an intact file.
TEST_F(BulkCopy, deferredIndexesComeBackTheSameBeforeAReadAndAtCommit)
{
    const QStringList invoicesBefore = indexesOf(*m_book, QStringLiteral("invoices"));
    const QStringList stateBefore = indexesOf(*m_book, QStringLiteral("invoice_state"));
    ASSERT_GE(invoicesBefore.size(), 2);
    ASSERT_GE(stateBefore.size(), 2);
    const int rows = 20000; // more than one multi-row flush (SqliteBulkBuffer::kFlushRows)
    m_book->prepareBulkWrite();
    {
        Transaction transaction(*m_book);
        defer(*m_book, QStringLiteral("invoices"), rows);
        defer(*m_book, QStringLiteral("invoice_state"), rows);
        LedgerRepository repo(*m_book);
        const Stamp stamp = Stamp::now(std::nullopt);
        for (int n = 1; n <= rows / 2; ++n)
            repo.postInvoice(invoice(n), stamp);
        if (!test::onPostgres()) {
            ASSERT_NE(m_book->sqliteBulk(), nullptr);
            EXPECT_EQ(m_book->sqliteBulk()->deferredTables(),
                      QStringList({QStringLiteral("invoices"), QStringLiteral("invoice_state")}));
            // Dropped while the rows are written (the UNIQUE index of the numbers stays)...
            EXPECT_TRUE(indexesOf(*m_book, QStringLiteral("invoices")).isEmpty());
            EXPECT_TRUE(indexesOf(*m_book, QStringLiteral("invoice_state")).isEmpty());
        }
        // ... and back before a statement that reads the table runs.
        EXPECT_EQ(repo.invoiceOpenNow(rows / 4), invoice(rows / 4).amount);
        EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoice_state")), stateBefore);
        if (!test::onPostgres()) {
            EXPECT_TRUE(indexesOf(*m_book, QStringLiteral("invoices")).isEmpty());
        }
        for (int n = rows / 2 + 1; n <= rows; ++n)
            repo.postInvoice(invoice(n), stamp);
        transaction.commit();
    }
    EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoices")), invoicesBefore);
    EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoice_state")), stateBefore);
    EXPECT_EQ(integrity(*m_book), QStringLiteral("ok"));
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices")), rows);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state WHERE open_amount > 0")), rows);
    if (!test::onPostgres()) { // the made indexes hold every row: a look-up through each agrees
        EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices INDEXED BY invoices_issue "
                                                 "WHERE issue_date > 0")),
                  rows);
        EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices INDEXED BY invoices_customer "
                                                 "WHERE customer_id = %1")
                                          .arg(m_customer)),
                  rows);
    }
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
}

TEST_F(BulkCopy, aRowRefusedAfterTheIndexesWereDroppedLeavesTheBookAndItsIndexesAsTheyWere)
{
    const QStringList invoicesBefore = indexesOf(*m_book, QStringLiteral("invoices"));
    const QStringList stateBefore = indexesOf(*m_book, QStringLiteral("invoice_state"));
    m_book->prepareBulkWrite();
    bool threw = false;
    try {
        Transaction transaction(*m_book);
        defer(*m_book, QStringLiteral("invoices"), 20000);
        defer(*m_book, QStringLiteral("invoice_state"), 20000);
        LedgerRepository repo(*m_book);
        const Stamp stamp = Stamp::now(std::nullopt);
        for (int n = 1; n <= 10000; ++n)
            repo.postInvoice(invoice(n), stamp);
        if (!test::onPostgres()) {
            EXPECT_EQ(m_book->sqliteBulk()->deferredTables().size(), 2);
        }
        repo.postInvoice(invoice(17), stamp); // the same number twice: the kept UNIQUE index refuses it
        for (int n = 10001; n <= 12000; ++n)
            repo.postInvoice(invoice(n), stamp);
        transaction.commit();
    } catch (const StorageError &error) {
        threw = true;
        if (!test::onPostgres()) { // the message names the one-row statement, as without deferral
            EXPECT_TRUE(error.message().contains(QStringLiteral("UNIQUE"))) << error.message().toStdString();
            EXPECT_TRUE(error.message().contains(QStringLiteral("INSERT INTO invoices"))) << error.message().toStdString();
        }
    }
    EXPECT_TRUE(threw);
    EXPECT_FALSE(m_book->inTransaction());
    EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoices")), invoicesBefore);
    EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoice_state")), stateBefore);
    EXPECT_EQ(integrity(*m_book), QStringLiteral("ok"));
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoices")), 0);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state")), 0);
    // The next import on the same connection defers and restores again.
    m_book->prepareBulkWrite();
    {
        Transaction transaction(*m_book);
        defer(*m_book, QStringLiteral("invoices"), 10000);
        LedgerRepository repo(*m_book);
        for (int n = 1; n <= 10000; ++n)
            repo.postInvoice(invoice(n), Stamp::now(std::nullopt));
        transaction.commit();
    }
    EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoices")), invoicesBefore);
    EXPECT_EQ(integrity(*m_book), QStringLiteral("ok"));
    EXPECT_TRUE(LedgerVerifier(*m_book).run().ok);
}

TEST_F(BulkCopy, aTableHoldingAsManyRowsAsComeKeepsItsIndexes)
{
    const QStringList invoicesBefore = indexesOf(*m_book, QStringLiteral("invoices"));
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        for (int n = 1; n <= 9000; ++n)
            repo.postInvoice(invoice(n), Stamp::now(std::nullopt));
        transaction.commit();
    }
    m_book->prepareBulkWrite();
    {
        Transaction transaction(*m_book);
        defer(*m_book, QStringLiteral("invoices"), 9000); // not more than it holds
        LedgerRepository repo(*m_book);
        for (int n = 9001; n <= 18000; ++n)
            repo.postInvoice(invoice(n), Stamp::now(std::nullopt));
        if (!test::onPostgres()) {
            EXPECT_TRUE(m_book->sqliteBulk()->deferredTables().isEmpty());
        }
        EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoices")), invoicesBefore);
        transaction.commit();
    }
    EXPECT_EQ(integrity(*m_book), QStringLiteral("ok"));
}

// The open amounts a payments import writes back (LedgerRepository::setInvoiceOpenAmounts):
// in bulk mode on SQLite, when they change a quarter of the invoices or more, the indexes of
// invoice_state on open_amount are made again after the UPDATEs instead of kept up row by
// row: afterwards the same indexes (names and SQL), holding every row (a look-up through
// each agrees with the table), an intact file; a refused UPDATE leaves the book, its
// indexes included, as it was. On PostgreSQL the UPDATEs run as they are.
TEST_F(BulkCopy, openAmountsSetInBulkRemakeTheirIndexesAndARefusedOneLeavesThemAsTheyWere)
{
    const int invoices = 400;
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        for (int n = 1; n <= invoices; ++n)
            repo.postInvoice(invoice(n), Stamp::now(std::nullopt));
        transaction.commit();
    }
    const QStringList before = indexesOf(*m_book, QStringLiteral("invoice_state"));
    ASSERT_GE(before.filter(QStringLiteral("open_amount")).size(), 3);
    auto rootPage = [&](const QString &index) {
        return scalar(*m_book, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(index));
    };
    const qint64 rootBefore = test::onPostgres() ? 0 : rootPage(QStringLiteral("invoice_state_open_amount"));
    // Ids 1..invoices: every second invoice paid in full, every third one in part.
    std::vector<std::pair<Id, MinorUnits>> open;
    for (int n = 1; n <= invoices; ++n)
        if (n % 2 == 0 || n % 3 == 0)
            open.emplace_back(n, n % 2 == 0 ? 0 : invoice(n).amount - 100);
    ASSERT_GE(static_cast<int>(open.size()) * 4, invoices);
    m_book->prepareBulkWrite();
    {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        repo.setInvoiceOpenAmounts(open);
        if (!test::onPostgres()) { // made again (new pages) inside the transaction
            EXPECT_NE(rootPage(QStringLiteral("invoice_state_open_amount")), rootBefore);
        }
        EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoice_state")), before);
        transaction.commit();
    }
    EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoice_state")), before);
    EXPECT_EQ(integrity(*m_book), QStringLiteral("ok"));
    const qint64 paid = scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state WHERE +open_amount = 0"));
    EXPECT_EQ(paid, invoices / 2);
    const qint64 openRows = invoices - paid;
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT SUM(open_amount) FROM invoice_state")),
              scalar(*m_book, QStringLiteral("SELECT SUM(amount) FROM invoice_state WHERE +open_amount <> 0"))
                      - 100 * static_cast<qint64>(invoices / 6 + (invoices % 6 >= 3 ? 1 : 0)));
    if (!test::onPostgres()) { // every row in each made index
        EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state INDEXED BY "
                                                 "invoice_state_open_amount WHERE open_amount = 0")),
                  paid);
        EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state INDEXED BY invoice_state_open "
                                                 "WHERE customer_id = %1 AND open_amount <> 0")
                                          .arg(m_customer)),
                  openRows);
        EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state INDEXED BY "
                                                 "invoice_state_open_due WHERE due_date > 0 AND open_amount <> 0")),
                  openRows);
    }
    // An open amount above the invoice's amount breaks the CHECK at its UPDATE, after others
    // were written: nothing of it stays, the indexes are those of before.
    const qint64 sumBefore = scalar(*m_book, QStringLiteral("SELECT SUM(open_amount) FROM invoice_state"));
    std::vector<std::pair<Id, MinorUnits>> refused;
    for (int n = 1; n <= invoices; ++n)
        refused.emplace_back(n, n == invoices - 10 ? invoice(n).amount + 1 : 0);
    bool threw = false;
    m_book->prepareBulkWrite();
    try {
        Transaction transaction(*m_book);
        LedgerRepository repo(*m_book);
        repo.setInvoiceOpenAmounts(refused);
        transaction.commit();
    } catch (const StorageError &) {
        threw = true;
    }
    EXPECT_TRUE(threw);
    EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT SUM(open_amount) FROM invoice_state")), sumBefore);
    EXPECT_EQ(indexesOf(*m_book, QStringLiteral("invoice_state")), before);
    EXPECT_EQ(integrity(*m_book), QStringLiteral("ok"));
    if (!test::onPostgres()) {
        EXPECT_EQ(scalar(*m_book, QStringLiteral("SELECT COUNT(*) FROM invoice_state INDEXED BY "
                                                 "invoice_state_open_amount WHERE open_amount = 0")),
                  paid);
    }
}

} // namespace
} // namespace ardesk
