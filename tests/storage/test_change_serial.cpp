// The book's change serial (Book::changeSerial, schema step 17) and the daily run's stamps
// (storage/daily_runs.h): a transaction that wrote adds one as it commits, one that only read
// or rolled back adds nothing, another connection's write is seen, and a connection counts
// its own. On both engines.

#include "storage/book.h"
#include "storage/daily_runs.h"
#include "storage/ledger_repository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "support/test_book.h"

namespace ardesk {
namespace {

class ChangeSerialTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Book::open(test::freshBookLocation(m_dir, QStringLiteral("serial.ardesk")), OpenMode::CreateNew);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_book = std::move(*opened);
    }

    void addCustomer(Book &book, const QString &code)
    {
        Transaction transaction(book);
        Customer c;
        c.code = code;
        c.name = code;
        c.currency = QStringLiteral("EUR");
        LedgerRepository(book).insertCustomer(c, Stamp{std::nullopt, QStringLiteral("2026-01-02T03:04:05Z")});
        transaction.commit();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
};

TEST_F(ChangeSerialTest, aWritingTransactionAddsOneAReadingOneNothing)
{
    const qint64 start = m_book->changeSerial();
    const qint64 own = m_book->ownSerialCommits();
    addCustomer(*m_book, QStringLiteral("C1"));
    EXPECT_EQ(m_book->changeSerial(), start + 1);
    EXPECT_EQ(m_book->ownSerialCommits(), own + 1);
    {
        Transaction reading(*m_book);
        (void)m_book->exec(QStringLiteral("SELECT COUNT(*) FROM customers"));
        reading.commit();
    }
    EXPECT_EQ(m_book->changeSerial(), start + 1);
    {
        Transaction undone(*m_book);
        (void)m_book->exec(QStringLiteral("UPDATE customers SET name = 'x'"));
        // rolled back at the end of the scope
    }
    EXPECT_EQ(m_book->changeSerial(), start + 1);
    EXPECT_EQ(m_book->ownSerialCommits(), own + 1);
    {
        Transaction updating(*m_book);
        (void)m_book->exec(QStringLiteral("UPDATE customers SET name = 'y'"));
        updating.commit();
    }
    EXPECT_EQ(m_book->changeSerial(), start + 2);
}

TEST_F(ChangeSerialTest, anotherConnectionsWriteIsSeenAndNotCountedAsOwn)
{
    auto other = m_book->openAnother();
    ASSERT_TRUE(other) << other.error().message.toStdString();
    const qint64 start = m_book->changeSerial();
    const qint64 own = m_book->ownSerialCommits();
    addCustomer(**other, QStringLiteral("C2"));
    EXPECT_EQ(m_book->changeSerial(), start + 1);
    EXPECT_EQ(m_book->ownSerialCommits(), own);
    EXPECT_EQ((*other)->ownSerialCommits(), 1);
}

TEST_F(ChangeSerialTest, aDailyRunStampIsKeptPerStep)
{
    EXPECT_FALSE(dailyRunStamp(*m_book, QStringLiteral("promises")));
    {
        Transaction transaction(*m_book);
        setDailyRunStamp(*m_book, QStringLiteral("promises"), {QDate(2026, 11, 25), 7});
        setDailyRunStamp(*m_book, QStringLiteral("promises"), {QDate(2026, 11, 26), 9});
        setDailyRunStamp(*m_book, QStringLiteral("credit holds"), {QDate(2026, 11, 26), 3});
        transaction.commit();
    }
    const auto promises = dailyRunStamp(*m_book, QStringLiteral("promises"));
    ASSERT_TRUE(promises);
    EXPECT_EQ(promises->asOf, QDate(2026, 11, 26));
    EXPECT_EQ(promises->serial, 9);
    ASSERT_TRUE(dailyRunStamp(*m_book, QStringLiteral("credit holds")));
    EXPECT_EQ(dailyRunStamp(*m_book, QStringLiteral("credit holds"))->serial, 3);
}

} // namespace
} // namespace ardesk
