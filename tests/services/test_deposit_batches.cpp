// DepositBatchService on a file book: a balanced batch posts every check in one
// transaction, each payment carrying the batch; a check that names an invoice pays it up
// to its open amount and the rest stays unapplied cash; a batch that does not balance (count
// or total), or that has one bad line anywhere (unknown customer, other currency, a check
// number already posted, an invoice of another customer), posts nothing at all.

#include "services/book_service.h"
#include "services/deposit_batch_service.h"
#include "services/ledger_service.h"
#include "support/book_checksum.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ardesk;
using ardesk::testsupport::bookChecksum;

namespace {

class DepositBatches : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(m_dir.filePath(QStringLiteral("batches.ardesk")));
        ASSERT_TRUE(book) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session);
        m_session = std::move(*session);
        LedgerService ledger(*m_session);
        for (auto [code, currency] : {std::pair{"C1", "EUR"}, std::pair{"C2", "EUR"}, std::pair{"C3", "USD"}}) {
            Customer c;
            c.code = QString::fromLatin1(code);
            c.name = QStringLiteral("Customer ") + c.code;
            c.currency = QString::fromLatin1(currency);
            ASSERT_TRUE(ledger.addCustomer(c));
        }
        for (auto [number, code] : {std::pair{"INV-1", "C1"}, std::pair{"INV-2", "C2"}}) {
            Invoice i;
            i.number = QString::fromLatin1(number);
            i.issueDate = QDate(2026, 3, 1);
            i.dueDate = QDate(2026, 3, 31);
            i.amount = 500'00;
            i.currency = QStringLiteral("EUR");
            ASSERT_TRUE(ledger.postInvoice(i, QString::fromLatin1(code)));
        }
    }
    DepositBatchInput batch() const
    {
        DepositBatchInput input;
        input.name = QStringLiteral("Slip 2231");
        input.currency = QStringLiteral("EUR");
        input.receivedDate = QDate(2026, 4, 2);
        input.lines = {DepositLine{QStringLiteral("C1"), 600'00, QStringLiteral("CHK 1"), QStringLiteral("INV-1")},
                       DepositLine{QStringLiteral("C2"), 200'00, QStringLiteral("CHK 2"), QStringLiteral("INV-2")},
                       DepositLine{QStringLiteral("C2"), 50'00, QStringLiteral("CHK 3"), {}}};
        input.controlCount = 3;
        input.controlTotal = 850'00;
        return input;
    }
    qint64 scalar(const char *sql)
    {
        QSqlQuery q = m_book->exec(QString::fromLatin1(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(DepositBatches, balancedBatchPostsEveryCheckWithItsBatch)
{
    auto posted = DepositBatchService(*m_session).post(batch());
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    EXPECT_EQ(posted->paymentIds.size(), 3u);
    EXPECT_EQ(posted->applied, 500'00 + 200'00);  // INV-1 only up to its open 500.00
    EXPECT_EQ(posted->unapplied, 100'00 + 50'00); // the rest stays on account
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM payments WHERE batch_id IS NOT NULL"), 3);
    EXPECT_EQ(scalar("SELECT COUNT(DISTINCT batch_id) FROM payments"), 1);
    EXPECT_EQ(scalar("SELECT SUM(unapplied) FROM payment_state"), 150'00);
    EXPECT_EQ(scalar("SELECT SUM(open_amount) FROM invoice_state"), 300'00); // INV-2: 500 - 200
    auto verified = BookService::verify(*m_session);
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok);
}

TEST_F(DepositBatches, unbalancedBatchIsRefusedBeforeAnythingIsWritten)
{
    const auto before = bookChecksum(*m_book);
    DepositBatchInput wrongCount = batch();
    wrongCount.controlCount = 4;
    auto refused = DepositBatchService(*m_session).post(wrongCount);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.startsWith(u"count:")) << refused.error().message.toStdString();
    DepositBatchInput wrongTotal = batch();
    wrongTotal.controlTotal = 849'99;
    refused = DepositBatchService(*m_session).post(wrongTotal);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.startsWith(u"total:")) << refused.error().message.toStdString();
    DepositBatchInput empty = batch();
    empty.lines.clear();
    empty.controlCount = 0;
    empty.controlTotal = 0;
    EXPECT_FALSE(DepositBatchService(*m_session).post(empty));
    EXPECT_FALSE(DepositBatchService::checkBalanced(wrongTotal));
    EXPECT_TRUE(DepositBatchService::checkBalanced(batch()));
    EXPECT_EQ(bookChecksum(*m_book), before);
}

TEST_F(DepositBatches, oneBadLineAnywherePostsNothing)
{
    const auto before = bookChecksum(*m_book);
    auto expectRefused = [&](DepositBatchInput input, const char *line, const char *why) {
        auto refused = DepositBatchService(*m_session).post(input);
        ASSERT_FALSE(refused) << why;
        EXPECT_TRUE(refused.error().message.startsWith(QString::fromLatin1(line)))
                << why << ": " << refused.error().message.toStdString();
        EXPECT_EQ(bookChecksum(*m_book), before) << why;
    };
    DepositBatchInput unknown = batch();
    unknown.lines[2].customerCode = QStringLiteral("C9");
    expectRefused(unknown, "line 3", "unknown customer in the last line");
    DepositBatchInput currency = batch();
    currency.lines[1].customerCode = QStringLiteral("C3");
    currency.lines[1].invoiceNumber.clear();
    expectRefused(currency, "line 2", "a USD customer in a EUR batch");
    DepositBatchInput twice = batch();
    twice.lines[2].customerCode = QStringLiteral("C2");
    twice.lines[2].reference = QStringLiteral("CHK 2");
    expectRefused(twice, "line 3", "the same check twice in one batch");
    DepositBatchInput otherInvoice = batch();
    otherInvoice.lines[2].invoiceNumber = QStringLiteral("INV-1");
    expectRefused(otherInvoice, "line 3", "an invoice of another customer");

    // A check already posted in an earlier batch is refused too.
    ASSERT_TRUE(DepositBatchService(*m_session).post(batch()));
    const auto afterFirst = bookChecksum(*m_book);
    auto again = DepositBatchService(*m_session).post(batch());
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already posted")));
    EXPECT_EQ(bookChecksum(*m_book), afterFirst);
}
