// `ardesk-cli statements` and `ardesk-cli letters` through the real executable: the JSON
// summary of docs/cli.md, file names with the customer code made safe, progress on stderr,
// a rerun that records nothing twice, and the usage errors.

#include "cli_run.h"
#include "document_fixture.h"

#include <QDir>
#include <QJsonArray>

using namespace ardesk::testing;

namespace {

class DocumentsCli : public CliBook
{
protected:
    void SetUp() override
    {
        CliBook::SetUp();
        import(QStringLiteral("customers"),
               "code,name,currency,terms_days,credit_limit,language\n"
               "A/1,Alpha GmbH,EUR,30,,de\n"
               "B,Beta Ltd,EUR,30,,en\n"
               "C,Gamma AB,SEK,30,,sv\n");
        import(QStringLiteral("invoices"),
               "number,customer_code,issue_date,due_date,amount,currency\n"
               "I1,A/1,2026-04-01,2026-05-01,1200.00,EUR\n"
               "I2,A/1,2026-05-10,2026-06-09,300.00,EUR\n"
               "I3,B,2026-01-10,2026-02-09,90.00,EUR\n");
        import(QStringLiteral("payments"),
               "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
               "R1,A/1,2026-05-20,200.00,EUR,wire,I1\n"
               "R2,B,2026-02-01,90.00,EUR,wire,I3\n");
    }
};

TEST_F(DocumentsCli, statementsWritesOnePdfPerCustomerDueOneAndARerunRecordsNothingNew)
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const CliRun run = onBook({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-05-31"),
                               QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject summary = json(run);
    EXPECT_EQ(summary.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-05-31"));
    EXPECT_EQ(summary.value(QStringLiteral("out")).toString(), QDir(out).absolutePath());
    EXPECT_EQ(summary.value(QStringLiteral("documents")).toInt(), 1) << run; // B is settled and quiet, C has nothing
    EXPECT_EQ(summary.value(QStringLiteral("new_records")).toInt(), 1);
    const QJsonObject first = summary.value(QStringLiteral("customers")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("customer_code")).toString(), QStringLiteral("A/1"));
    EXPECT_EQ(first.value(QStringLiteral("balance")).toString(), QStringLiteral("1300.00"));
    const QString file = QDir(out).filePath(QStringLiteral("A-1-statement-2026-05-31.pdf"));
    EXPECT_EQ(first.value(QStringLiteral("file")).toString(),
              QDir(out).absoluteFilePath(QStringLiteral("A-1-statement-2026-05-31.pdf")));
    ASSERT_TRUE(QFile::exists(file));
    EXPECT_TRUE(run.err.contains(QStringLiteral("1/1: A/1"))) << run;
    QFile pdf(file);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QString text = pdfText(pdf.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Kontoauszug"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1.300,00 EUR"))) << text.toStdString();

    const CliRun again = onBook({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-05-31"),
                                 QStringLiteral("--out"), out});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_EQ(json(again).value(QStringLiteral("documents")).toInt(), 1);
    EXPECT_EQ(json(again).value(QStringLiteral("new_records")).toInt(), 0);
}

TEST_F(DocumentsCli, lettersRunsTheStrategyRendersItsLettersOnceAndBadArgumentsAreUsageErrors)
{
    const QString out = m_dir.filePath(QStringLiteral("letters"));
    const CliRun run = onBook({QStringLiteral("letters"), QStringLiteral("--as-of"), QStringLiteral("2026-05-31"),
                               QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run;
    // I1 is 30 days overdue on 31 May: the Standard strategy's letter_2 (30 days).
    const QJsonObject summary = json(run);
    EXPECT_EQ(summary.value(QStringLiteral("documents")).toInt(), 1) << run;
    EXPECT_EQ(summary.value(QStringLiteral("strategy_created")).toObject().value(QStringLiteral("letter_2")).toInt(), 1)
            << run;
    const QJsonObject letter = summary.value(QStringLiteral("customers")).toArray().at(0).toObject();
    EXPECT_EQ(letter.value(QStringLiteral("kind")).toString(), QStringLiteral("dunning"));
    EXPECT_EQ(letter.value(QStringLiteral("level")).toInt(), 2);
    const QString file = QDir(out).filePath(QStringLiteral("A-1-dunning-2-2026-05-31.pdf"));
    ASSERT_TRUE(QFile::exists(file)) << run;
    QFile pdf(file);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QString text = pdfText(pdf.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("2. Mahnung"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("I1")));
    EXPECT_FALSE(text.contains(QStringLiteral("I2"))) << "not yet due: not dunned";

    const CliRun again = onBook({QStringLiteral("letters"), QStringLiteral("--as-of"), QStringLiteral("2026-05-31"),
                                 QStringLiteral("--out"), out});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_EQ(json(again).value(QStringLiteral("documents")).toInt(), 0) << again;

    EXPECT_EQ(onBook({QStringLiteral("letters"), QStringLiteral("--out"), out}).exitCode, 2);
    EXPECT_EQ(onBook({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30"),
                      QStringLiteral("--out"), out})
                      .exitCode,
              2);
    EXPECT_EQ(onBook({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-05-31")}).exitCode,
              2);
    EXPECT_EQ(onBook({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-05-31"),
                      QStringLiteral("--out"), out, QStringLiteral("--extra")})
                      .exitCode,
              2);
}

} // namespace
