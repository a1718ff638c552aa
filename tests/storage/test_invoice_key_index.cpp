// InvoiceKeyIndex (storage/invoice_key_index.h): the payments import's invoice keys by the
// number's bytes. Every key added is found by its bytes and only by them (through the growth
// of the table, with numbers that differ in one byte, a prefix, or only in case), the first
// key of a number stays, currencies are kept once, and allInvoiceKeys reads the book's keys
// (both engines).

#include "storage/invoice_key_index.h"
#include "storage/ledger_repository.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "support/test_book.h"

using namespace ardesk;

TEST(InvoiceKeyIndex, findsEveryKeyByItsBytesThroughGrowth)
{
    InvoiceKeyIndex index;
    EXPECT_EQ(index.find("INV-1"), nullptr);
    const int count = 20000; // the table grows from 32 slots many times
    for (int i = 0; i < count; ++i) {
        const QByteArray number = QByteArray("INV-") + QByteArray::number(i);
        index.add(number, i + 1, 1000 + i % 7, i % 3 == 0 ? "EUR" : (i % 3 == 1 ? "SEK" : "CZK"), 10 * i, 10 * i + 30,
                  i * 100);
    }
    ASSERT_EQ(index.size(), count);
    const QString *eur = nullptr;
    for (int i = 0; i < count; ++i) {
        const QByteArray number = QByteArray("INV-") + QByteArray::number(i);
        const InvoiceKeyIndex::Key *key = index.find(number);
        ASSERT_NE(key, nullptr) << number.constData();
        EXPECT_EQ(key->id, i + 1);
        EXPECT_EQ(key->customerId, 1000 + i % 7);
        EXPECT_EQ(key->issueDay, 10 * i);
        EXPECT_EQ(key->dueDay, 10 * i + 30);
        EXPECT_EQ(key->open, i * 100);
        ASSERT_NE(key->currency, nullptr);
        EXPECT_EQ(*key->currency, i % 3 == 0 ? QStringLiteral("EUR") : (i % 3 == 1 ? QStringLiteral("SEK")
                                                                                   : QStringLiteral("CZK")));
        if (i % 3 == 0) {
            if (!eur)
                eur = key->currency;
            EXPECT_EQ(key->currency, eur) << "each currency is kept once";
        }
    }
    // Numbers that are not there: a prefix, one more byte, another case, one byte changed.
    for (const char *absent : {"INV-", "INV-200000", "inv-1", "INV-1 ", " INV-1", "INV_1", "", "INV-19999x"})
        EXPECT_EQ(index.find(absent), nullptr) << absent;
}

TEST(InvoiceKeyIndex, theFirstKeyOfANumberStaysAndUnknownNumbersCanBeRecorded)
{
    InvoiceKeyIndex index;
    index.add("A-1", 7, 1, "EUR", 1, 2, 300);
    index.add("A-1", 8, 2, "SEK", 3, 4, 500);
    index.add("NOT-THERE", 0, 0, "", 0, 0, 0); // a number looked up and not found
    ASSERT_EQ(index.size(), 2);
    ASSERT_NE(index.find("A-1"), nullptr);
    EXPECT_EQ(index.find("A-1")->id, 7);
    EXPECT_EQ(*index.find("A-1")->currency, QStringLiteral("EUR"));
    ASSERT_NE(index.find("NOT-THERE"), nullptr);
    EXPECT_EQ(index.find("NOT-THERE")->id, 0);
    // UTF-8 bytes: the same text is the same bytes, another normalisation is not.
    index.add("F\xC3\xA4-1", 9, 1, "EUR", 0, 0, 1);
    ASSERT_NE(index.find(QString::fromUtf8("Fä-1").toUtf8()), nullptr);
    EXPECT_EQ(index.find("Fa\xCC\x88-1"), nullptr);
    index.clear();
    EXPECT_TRUE(index.isEmpty());
    EXPECT_EQ(index.find("A-1"), nullptr);
    index.add("A-1", 11, 1, "EUR", 1, 2, 3);
    ASSERT_NE(index.find("A-1"), nullptr);
    EXPECT_EQ(index.find("A-1")->id, 11);
}

TEST(InvoiceKeyIndex, allInvoiceKeysReadsEveryInvoiceOfTheBook)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto book = Book::open(test::freshBookLocation(dir, QStringLiteral("keys.ardesk")), OpenMode::CreateNew);
    ASSERT_TRUE(book.has_value()) << book.error().message.toStdString();
    LedgerRepository repo(**book);
    {
        Transaction transaction(**book);
        Customer customer;
        customer.code = QStringLiteral("C1");
        customer.name = QStringLiteral("Alpha");
        customer.currency = QStringLiteral("SEK");
        customer.id = repo.insertCustomer(customer, Stamp{std::nullopt, QStringLiteral("2026-01-01T00:00:00Z")});
        for (int i = 1; i <= 300; ++i) {
            Invoice invoice;
            invoice.number = i == 1 ? QString::fromUtf8("Fäktura-1") : QStringLiteral("I-%1").arg(i);
            invoice.customerId = customer.id;
            invoice.currency = QStringLiteral("SEK");
            invoice.issueDate = QDate(2026, 1, 1).addDays(i % 40);
            invoice.dueDate = invoice.issueDate.addDays(30);
            invoice.amount = 1000 + i;
            repo.postInvoice(invoice, Stamp{std::nullopt, QStringLiteral("2026-01-01T00:00:00Z")});
        }
        transaction.commit();
    }
    const InvoiceKeyIndex keys = repo.allInvoiceKeys(repo.invoiceCount());
    EXPECT_EQ(keys.size(), 300);
    for (int i = 1; i <= 300; ++i) {
        const QString number = i == 1 ? QString::fromUtf8("Fäktura-1") : QStringLiteral("I-%1").arg(i);
        const InvoiceKeyIndex::Key *key = keys.find(number.toUtf8());
        ASSERT_NE(key, nullptr) << number.toStdString();
        const auto invoice = repo.invoiceByNumber(number);
        ASSERT_TRUE(invoice);
        EXPECT_EQ(key->id, invoice->id);
        EXPECT_EQ(key->customerId, invoice->customerId);
        EXPECT_EQ(key->issueDay, invoice->issueDate.toJulianDay());
        EXPECT_EQ(key->dueDay, invoice->dueDate.toJulianDay());
        EXPECT_EQ(key->open, invoice->amount);
        EXPECT_EQ(*key->currency, QStringLiteral("SEK"));
    }
}
