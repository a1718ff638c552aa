// BankImportService on a file book: review of the camt.053 sample, posting the confident
// matches in one transaction, a statement imported twice posts nothing twice, a refused
// decision and a cancel leave the book exactly as it was (by checksum), CSV with a mapping
// from a file (kept in the book under its name) and by name.

#include "services/bank_import_service.h"
#include "services/book_service.h"
#include "services/ledger_service.h"
#include "support/book_checksum.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "support/test_book.h"

using namespace ardesk;
using ardesk::testsupport::bookChecksum;

namespace {

const QString kData = QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/bank/");

class BankImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("bank.ardesk")));
        ASSERT_TRUE(book) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session);
        m_session = std::move(*session);
        LedgerService ledger(*m_session);
        for (auto [code, name] : {std::pair{"C1", "Müller Maschinenbau GmbH"}, std::pair{"C2", "Svensson AB"}}) {
            Customer c;
            c.code = QString::fromLatin1(code);
            c.name = QString::fromUtf8(name);
            c.currency = QStringLiteral("EUR");
            ASSERT_TRUE(ledger.addCustomer(c));
        }
        invoice("INV-1001", "C1", 10000);
        invoice("INV-1002", "C1", 25000);
        invoice("INV-1003", "C1", 5000);
        invoice("INV-2001", "C2", 30000);
        ASSERT_TRUE(BankImportService(*m_session).assignAccount(QStringLiteral("DE89 3704 0044 0532 0130 00"),
                                                                QStringLiteral("C1")));
    }
    void invoice(const char *number, const char *customer, MinorUnits amount)
    {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.issueDate = QDate(2026, 3, 1);
        i.dueDate = QDate(2026, 3, 31);
        i.amount = amount;
        i.currency = QStringLiteral("EUR");
        auto posted = LedgerService(*m_session).postInvoice(i, QString::fromLatin1(customer));
        ASSERT_TRUE(posted) << posted.error().message.toStdString();
    }
    qint64 count(const char *sql)
    {
        QSqlQuery q = m_book->exec(QString::fromLatin1(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    BankReview review(const char *file, BankImportOptions options = {})
    {
        auto r = BankImportService(*m_session).reviewFile(kData + QString::fromLatin1(file), options);
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? *r : BankReview{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(BankImport, reviewsTheCamtSample)
{
    const BankReview r = review("camt053_v02.xml");
    ASSERT_TRUE(r.problems.empty());
    EXPECT_EQ(r.format, BankFileFormat::Camt053);
    ASSERT_EQ(r.entries.size(), 5u);
    EXPECT_EQ(r.count(MatchClass::Matched), 3);
    EXPECT_EQ(r.count(MatchClass::Unmatched), 1);
    EXPECT_EQ(r.count(BankEntryState::Skipped), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments"), 0); // reviewing writes nothing
}

TEST_F(BankImport, postsConfidentMatchesOnceEvenWhenImportedTwice)
{
    BankImportService service(*m_session);
    const BankReview first = review("camt053_v02.xml");
    auto posted = service.postMatched(first);
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    EXPECT_EQ(posted->posted, 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM bank_entries WHERE payment_id IS NOT NULL"), 3);
    EXPECT_EQ(count("SELECT SUM(open_amount) FROM invoice_state"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM allocations"), 4); // 1001, 1002 (split), 2001, 1003
    EXPECT_GE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'bank.import'"), 1);

    const BankReview second = review("camt053_v02.xml");
    EXPECT_EQ(second.count(BankEntryState::AlreadyPosted), 3);
    auto again = service.postMatched(second);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->posted, 0);
    // Even the first review, posted again, posts nothing twice.
    auto stale = service.postMatched(first);
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->posted, 0);
    EXPECT_EQ(stale->alreadyPosted, 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM bank_statements"), 1);
}

TEST_F(BankImport, aRefusedDecisionPostsNothing)
{
    BankImportService service(*m_session);
    const BankReview r = review("camt053_v02.xml");
    std::vector<BankPostDecision> decisions;
    decisions.push_back({0, r.entries[0].match.candidates.front()});
    MatchCandidate tooMuch = r.entries[1].match.candidates.front();
    tooMuch.lines.front().amount += 1; // more than the credit and the invoice
    decisions.push_back({1, tooMuch});
    const auto before = bookChecksum(*m_book);
    auto posted = service.post(r, decisions);
    ASSERT_FALSE(posted);
    EXPECT_TRUE(posted.error().message.contains(QStringLiteral("camt053_v02.xml:"))) << posted.error().message.toStdString();
    EXPECT_EQ(bookChecksum(*m_book), before);
}

TEST_F(BankImport, cancelPostsNothing)
{
    BankImportService service(*m_session);
    const BankReview r = review("camt053_v02.xml");
    const auto before = bookChecksum(*m_book);
    auto posted = service.postMatched(r, [](qint64 done, qint64) { return done < 2; });
    ASSERT_FALSE(posted);
    EXPECT_EQ(posted.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(bookChecksum(*m_book), before);
    BankImportOptions options;
    options.progress = [](qint64, qint64) { return false; };
    auto cancelledReview = service.reviewFile(kData + QStringLiteral("camt053_v02.xml"), options);
    ASSERT_FALSE(cancelledReview);
    EXPECT_EQ(cancelledReview.error().code, ErrorCode::Cancelled);
}

TEST_F(BankImport, unmatchedCreditAssignedToACustomerBecomesUnappliedCash)
{
    BankImportService service(*m_session);
    const BankReview r = review("camt053_v02.xml");
    MatchCandidate assign;
    assign.customerId = 2; // C2
    auto posted = service.post(r, {{4, assign}});
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    EXPECT_EQ(count("SELECT unapplied FROM payment_state"), 1234);
}

TEST_F(BankImport, badFileChangesNothing)
{
    QByteArray data = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                      "<BkToCstmrStmt><Stmt><Id>S</Id><Ntry><Amt>5.00</Amt>";
    const auto before = bookChecksum(*m_book);
    auto r = BankImportService(*m_session).reviewData(QStringLiteral("bad.xml"), data, {});
    ASSERT_TRUE(r);
    ASSERT_FALSE(r->problems.empty());
    EXPECT_FALSE(BankImportService(*m_session).postMatched(*r));
    EXPECT_EQ(bookChecksum(*m_book), before);
}

TEST_F(BankImport, csvWithMappingFileIsKeptByName)
{
    BankImportOptions options;
    options.mapping = kData + QStringLiteral("sparkasse_mapping.json");
    const BankReview r = review("sparkasse.csv", options);
    ASSERT_TRUE(r.problems.empty());
    EXPECT_EQ(r.format, BankFileFormat::Csv);
    EXPECT_EQ(r.count(MatchClass::Matched), 1);
    auto posted = BankImportService(*m_session).postMatched(r);
    ASSERT_TRUE(posted);
    EXPECT_EQ(posted->posted, 1);
    BankImportOptions byName;
    byName.mapping = QStringLiteral("Sparkasse");
    const BankReview again = review("sparkasse.csv", byName);
    EXPECT_EQ(again.count(BankEntryState::AlreadyPosted), 1);
}

TEST_F(BankImport, semicolonCsvPostsAndBadCsvFilesChangeNothing)
{
    BankImportOptions options;
    options.mapping = kData + QStringLiteral("volksbank_mapping.json");
    const BankReview r = review("volksbank_semicolon.csv", options);
    ASSERT_TRUE(r.problems.empty());
    EXPECT_EQ(r.count(MatchClass::Matched), 1); // INV 1001 + 1002 from the registered account
    EXPECT_EQ(r.count(BankEntryState::Skipped), 1);

    QFile sample(kData + QStringLiteral("volksbank_semicolon.csv"));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const QByteArray whole = sample.readAll();
    QByteArray duplicate = whole;
    duplicate.replace("VB-0002", "VB-0001");
    QByteArray noCurrency = whole;
    noCurrency.replace("350,00;EUR", "350,00;");
    const auto before = bookChecksum(*m_book);
    for (const QByteArray &bad : {whole.left(whole.indexOf("Söner")), duplicate, noCurrency}) {
        auto refused = BankImportService(*m_session).reviewData(QStringLiteral("vb.csv"), bad, options);
        ASSERT_TRUE(refused);
        ASSERT_FALSE(refused->problems.empty());
        EXPECT_TRUE(formatBankFileProblem(refused->file, refused->problems.front()).startsWith(u"vb.csv:"));
        EXPECT_FALSE(BankImportService(*m_session).postMatched(*refused));
    }
    EXPECT_EQ(bookChecksum(*m_book), before);
    auto posted = BankImportService(*m_session).postMatched(r);
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    EXPECT_EQ(posted->posted, 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM bank_mappings WHERE name = 'Volksbank'"), 1);
}
