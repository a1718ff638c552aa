// `interest --as-of D --post` and `post payment --invoice N --take-discount` through the real
// ardesk-cli (docs/cli.md, docs/interest.md "Posting interest", docs/credit-policy.md
// "Taking the discount"). The policies are set through the services (there is no CLI for them).

#include "services/book_service.h"
#include "services/credit_service.h"

#include "support/cli_runner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using ardesk::testing::CliRun;

class PostingsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = m_dir.filePath(QStringLiteral("book.ardesk"));
        ASSERT_EQ(onBook({QStringLiteral("init")}).exitCode, 0);
        mustImport(QStringLiteral("customers"), "code,name,currency,terms_days,credit_limit,country\n"
                                                "A,Alpha,EUR,30,,FR\nB,Beta,EUR,30,,FR\n");
        mustImport(QStringLiteral("invoices"), "number,customer_code,issue_date,due_date,amount,currency\n"
                                               "A-1,A,2026-01-01,2026-01-31,1000.00,EUR\n"
                                               "B-1,B,2026-03-01,2026-03-31,1000.00,EUR\n");
        mustImport(QStringLiteral("rates"), "region,valid_from,rate_percent\nEU,2026-01-01,3.5\n");
        auto book = ardesk::BookService::open(m_book);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = ardesk::BookService::localSession(**book);
        ASSERT_TRUE(session);
        ardesk::CreditService credit(**session);
        ardesk::CreditPolicy posting;
        posting.name = QStringLiteral("2/10 net 30, posts interest");
        posting.discountPercentHundredths = 200;
        posting.discountDays = 10;
        posting.postInterest = true;
        ASSERT_TRUE(credit.savePolicy(posting));
        ASSERT_TRUE(credit.assignPolicy(QStringLiteral("A"), posting.name));
        ASSERT_TRUE(credit.assignPolicy(QStringLiteral("B"), posting.name));
    }

    CliRun onBook(QStringList arguments)
    {
        arguments.prepend(m_book);
        arguments.prepend(QStringLiteral("--book"));
        return ardesk::testing::runCli(m_dir.path(), arguments);
    }

    void mustImport(const QString &kind, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".csv"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        file.close();
        const CliRun run = onBook({QStringLiteral("import"), kind, path});
        ASSERT_EQ(run.exitCode, 0) << run;
    }

    QJsonObject json(const CliRun &run)
    {
        EXPECT_EQ(run.exitCode, 0) << run;
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QTemporaryDir m_dir;
    QString m_book;
};

TEST_F(PostingsCli, interestPostPrintsWhatWasPostedOnceAndTheListingKeepsItsShape)
{
    const QStringList post{QStringLiteral("interest"), QStringLiteral("--as-of"), QStringLiteral("2026-03-02"),
                           QStringLiteral("--post"), QStringLiteral("--format"), QStringLiteral("json")};
    const QJsonObject first = json(onBook(post));
    EXPECT_EQ(first.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("posted"), QStringLiteral("skipped")}));
    const QJsonArray posted = first.value(u"posted").toArray();
    ASSERT_EQ(posted.size(), 2);
    EXPECT_EQ(posted[0].toObject().value(u"debit_note").toString(), QStringLiteral("INT-A-1-20260302"));
    EXPECT_EQ(posted[0].toObject().value(u"amount").toString(), QStringLiteral("9.45"));
    EXPECT_EQ(posted[0].toObject().value(u"from").toString(), QStringLiteral("2026-02-01"));
    EXPECT_EQ(posted[1].toObject().value(u"debit_note").toString(), QStringLiteral("COMP-A-1"));
    EXPECT_EQ(posted[1].toObject().value(u"amount").toString(), QStringLiteral("40.00"));
    // Twice for the same date: nothing new.
    EXPECT_TRUE(json(onBook(post)).value(u"posted").toArray().isEmpty());
    // The listing keeps its keys; A-1 shows nothing not yet posted, the debit notes are not listed.
    const QJsonObject listing = json(onBook({QStringLiteral("interest"), QStringLiteral("--as-of"),
                                             QStringLiteral("2026-03-02"), QStringLiteral("--format"),
                                             QStringLiteral("json")}));
    const QJsonArray invoices = listing.value(u"invoices").toArray();
    ASSERT_EQ(invoices.size(), 1);
    EXPECT_EQ(invoices[0].toObject().value(u"invoice_number").toString(), QStringLiteral("A-1"));
    EXPECT_EQ(invoices[0].toObject().value(u"interest").toString(), QStringLiteral("0.00"));
    EXPECT_EQ(invoices[0].toObject().value(u"days_late").toInt(), 30);
    EXPECT_TRUE(invoices[0].toObject().value(u"compensation").isNull());
    // verify stays green; the table output names the debit notes.
    EXPECT_EQ(onBook({QStringLiteral("verify")}).exitCode, 0);
    const CliRun table = onBook({QStringLiteral("interest"), QStringLiteral("--as-of"), QStringLiteral("2026-03-12"),
                                 QStringLiteral("--post")});
    EXPECT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("INT-A-1-20260312"))) << table;
}

TEST_F(PostingsCli, postPaymentTakesTheDiscountInOneCallOrPostsNothing)
{
    const QStringList payment{QStringLiteral("post"),        QStringLiteral("payment"),    QStringLiteral("--customer"),
                              QStringLiteral("B"),           QStringLiteral("--amount"),   QStringLiteral("980.00"),
                              QStringLiteral("--currency"),  QStringLiteral("EUR"),        QStringLiteral("--invoice"),
                              QStringLiteral("B-1"),         QStringLiteral("--take-discount"),
                              QStringLiteral("--format"),    QStringLiteral("json"),       QStringLiteral("--date")};
    // 12 March: the day after 2/10 of an invoice of 1 March. Refused, nothing posted.
    const CliRun late = onBook(QStringList(payment) << QStringLiteral("2026-03-12"));
    EXPECT_EQ(late.exitCode, 1) << late;
    EXPECT_TRUE(late.err.contains(QStringLiteral("no early-payment discount"))) << late;
    const QJsonObject paid = json(onBook(QStringList(payment) << QStringLiteral("2026-03-11")));
    EXPECT_EQ(paid.value(u"applied").toString(), QStringLiteral("980.00"));
    EXPECT_EQ(paid.value(u"unapplied").toString(), QStringLiteral("0.00"));
    EXPECT_EQ(paid.value(u"discount").toString(), QStringLiteral("20.00"));
    EXPECT_EQ(onBook({QStringLiteral("verify")}).exitCode, 0);
}

} // namespace
