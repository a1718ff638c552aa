// Issue 6 through the real ardesk-cli on books built with init and the CSV imports:
// `import rates` (all-or-nothing, file:line: field: reason, a second file replaces a rate),
// `interest --as-of --format json` (DOMAIN.md's 9.45 EUR + 40.00, half-year crossing,
// partial payment, as-of on the due date, no rate in force, the German and Swedish rules,
// the order) and `strategies run` (the JSON shape, idempotency, supersession).

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "support/cli_runner.h"

namespace {

using ardesk::testing::CliRun;

class PolicyCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = m_dir.filePath(QStringLiteral("book.ardesk"));
        const CliRun init = onBook({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init;
    }

    CliRun onBook(QStringList arguments)
    {
        arguments.prepend(m_book);
        arguments.prepend(QStringLiteral("--book"));
        return ardesk::testing::runCli(m_dir.path(), arguments);
    }

    QString write(const QString &name, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        return path;
    }

    CliRun import(const QString &kind, const QByteArray &csv)
    {
        return onBook({QStringLiteral("import"), kind, write(kind + QStringLiteral(".csv"), csv)});
    }

    void mustImport(const QString &kind, const QByteArray &csv)
    {
        const CliRun run = import(kind, csv);
        ASSERT_EQ(run.exitCode, 0) << run;
    }

    QJsonObject json(QStringList arguments)
    {
        arguments << QStringLiteral("--format") << QStringLiteral("json");
        const CliRun run = onBook(arguments);
        EXPECT_EQ(run.exitCode, 0) << run;
        EXPECT_TRUE(run.err.isEmpty()) << run;
        EXPECT_EQ(run.out.count(u'\n'), 1) << "one line of compact JSON expected\n" << run;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run;
        return document.object();
    }

    QJsonArray interest(const QString &asOf)
    {
        const QJsonObject root = json({QStringLiteral("interest"), QStringLiteral("--as-of"), asOf});
        EXPECT_EQ(root.value(u"as_of").toString(), asOf);
        EXPECT_EQ(root.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("invoices")}));
        return root.value(u"invoices").toArray();
    }

    void buildBook()
    {
        mustImport(QStringLiteral("customers"),
                   "code,name,currency,terms_days,credit_limit,country\n"
                   "A,Alpha,EUR,30,,FR\n"
                   "B,Beta,EUR,30,,DE\n"
                   "S,Sigma,SEK,30,,SE\n"
                   "U,Union,EUR,30,,US\n");
        mustImport(QStringLiteral("invoices"),
                   "number,customer_code,issue_date,due_date,amount,currency\n"
                   "A-2,A,2026-01-01,2026-01-31,500.00,EUR\n"
                   "A-1,A,2026-01-01,2026-01-31,1000.00,EUR\n"
                   "A-3,A,2026-02-01,2026-03-02,700.00,EUR\n"
                   "A-4,A,2026-03-01,2026-03-31,300.00,EUR\n"
                   "B-1,B,2026-01-01,2026-01-31,1000.00,EUR\n"
                   "S-1,S,2026-01-01,2026-01-31,10000.00,SEK\n"
                   "U-1,U,2026-01-01,2026-01-31,1000.00,EUR\n");
        // 200.00 paid before the as-of date, 100.00 after it.
        mustImport(QStringLiteral("payments"),
                   "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
                   "P1,A,2026-02-15,200.00,EUR,wire,A-2\n"
                   "P2,A,2026-03-10,100.00,EUR,wire,A-2\n");
        mustImport(QStringLiteral("rates"),
                   "region,valid_from,rate_percent\n"
                   "EU,2026-01-01,3.5\n"
                   "EU,2026-07-01,2.15\n"
                   "DE,2026-01-01,1.27\n");
    }

    QTemporaryDir m_dir;
    QString m_book;
};

QJsonObject find(const QJsonArray &invoices, const QString &number)
{
    for (const QJsonValue &value : invoices)
        if (value.toObject().value(u"invoice_number").toString() == number)
            return value.toObject();
    return {};
}

} // namespace

TEST_F(PolicyCli, interestOfDomainExampleAndItsShape)
{
    buildBook();
    const QJsonArray invoices = interest(QStringLiteral("2026-03-02"));
    // Due before 2 March and open: A-1, A-2 (A then by due date then number), B-1, S-1, U-1.
    // A-3 is due on the as-of date: not listed. A-4 is not yet due.
    QStringList numbers;
    for (const QJsonValue &value : invoices)
        numbers << value.toObject().value(u"invoice_number").toString();
    EXPECT_EQ(numbers, (QStringList{QStringLiteral("A-1"), QStringLiteral("A-2"), QStringLiteral("B-1"),
                                    QStringLiteral("S-1"), QStringLiteral("U-1")}));

    const QJsonObject a1 = find(invoices, QStringLiteral("A-1"));
    const QJsonObject expected{
            {QStringLiteral("customer_code"), QStringLiteral("A")},
            {QStringLiteral("invoice_number"), QStringLiteral("A-1")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("due_date"), QStringLiteral("2026-01-31")},
            {QStringLiteral("open_amount"), QStringLiteral("1000.00")},
            {QStringLiteral("days_late"), 30},
            {QStringLiteral("reference_rate"), 3.5},
            {QStringLiteral("margin"), 8.0},
            {QStringLiteral("rate_percent"), 11.5},
            {QStringLiteral("interest"), QStringLiteral("9.45")},
            {QStringLiteral("compensation"), QStringLiteral("40.00")},
            {QStringLiteral("compensation_currency"), QStringLiteral("EUR")},
    };
    EXPECT_EQ(a1, expected) << QJsonDocument(a1).toJson().toStdString();

    // Partial payment: 300.00 open on 2 March (the 100.00 of 10 March is later).
    const QJsonObject a2 = find(invoices, QStringLiteral("A-2"));
    EXPECT_EQ(a2.value(u"open_amount").toString(), QStringLiteral("300.00"));
    EXPECT_EQ(a2.value(u"interest").toString(), QStringLiteral("2.84")); // 300 x 11.5 % x 30 / 365 = 2.8356
    EXPECT_EQ(a2.value(u"compensation").toString(), QStringLiteral("40.00"));

    // Germany, business debtor: + 9 points on the German rate; 1000 x 10.27 % x 30 / 365 = 8.441.
    const QJsonObject b1 = find(invoices, QStringLiteral("B-1"));
    EXPECT_EQ(b1.value(u"reference_rate").toDouble(), 1.27);
    EXPECT_EQ(b1.value(u"margin").toDouble(), 9.0);
    EXPECT_EQ(b1.value(u"rate_percent").toDouble(), 10.27);
    EXPECT_EQ(b1.value(u"interest").toString(), QStringLiteral("8.44"));

    // Sweden: no SE rate loaded -> reference, rate and interest null; 450 SEK compensation.
    const QJsonObject s1 = find(invoices, QStringLiteral("S-1"));
    EXPECT_TRUE(s1.value(u"reference_rate").isNull());
    EXPECT_TRUE(s1.value(u"rate_percent").isNull());
    EXPECT_TRUE(s1.value(u"interest").isNull());
    EXPECT_EQ(s1.value(u"margin").toDouble(), 8.0);
    EXPECT_EQ(s1.value(u"open_amount").toString(), QStringLiteral("10000.00"));
    EXPECT_EQ(s1.value(u"compensation").toString(), QStringLiteral("450.00"));
    EXPECT_EQ(s1.value(u"compensation_currency").toString(), QStringLiteral("SEK"));

    // Any other country: the EU default.
    const QJsonObject u1 = find(invoices, QStringLiteral("U-1"));
    EXPECT_EQ(u1.value(u"interest").toString(), QStringLiteral("9.45"));
    EXPECT_EQ(u1.value(u"compensation").toString(), QStringLiteral("40.00"));
}

TEST_F(PolicyCli, interestAcrossAHalfYearAndAfterPayments)
{
    buildBook();
    const QJsonArray invoices = interest(QStringLiteral("2026-07-10"));
    // 150 days at 11.5 % and 10 days at 10.15 %: 50.04; the rate shown is July's.
    const QJsonObject a1 = find(invoices, QStringLiteral("A-1"));
    EXPECT_EQ(a1.value(u"days_late").toInt(), 160);
    EXPECT_EQ(a1.value(u"interest").toString(), QStringLiteral("50.04"));
    EXPECT_EQ(a1.value(u"reference_rate").toDouble(), 2.15);
    EXPECT_EQ(a1.value(u"rate_percent").toDouble(), 10.15);
    // A-2 now has 200.00 open (both payments before the date): 200 x (150 x .115 + 10 x .1015) / 365.
    const QJsonObject a2 = find(invoices, QStringLiteral("A-2"));
    EXPECT_EQ(a2.value(u"open_amount").toString(), QStringLiteral("200.00"));
    EXPECT_EQ(a2.value(u"interest").toString(), QStringLiteral("10.01"));
    // are late now as well.
    EXPECT_FALSE(find(invoices, QStringLiteral("A-3")).isEmpty());
    EXPECT_EQ(find(invoices, QStringLiteral("A-4")).value(u"days_late").toInt(), 101);
    // Before any invoice is due: an empty list.
    EXPECT_TRUE(interest(QStringLiteral("2026-01-31")).isEmpty());
}

TEST_F(PolicyCli, ratesImportIsAllOrNothingAndReplacesARate)
{
    buildBook();
    const CliRun bad = import(QStringLiteral("rates"),
                              "region,valid_from,rate_percent\n"
                              "EU,2026-07-01,9.99\n"
                              "EU,2026-02-30,3\n"
                              ",2027-01-01,abc\n"
                              "DE,2027-01-01,1\n"
                              "DE,2027-01-01,2\n");
    EXPECT_EQ(bad.exitCode, 1) << bad;
    EXPECT_TRUE(bad.err.contains(u"rates.csv:3: valid_from: '2026-02-30' is not a date (YYYY-MM-DD)")) << bad;
    EXPECT_TRUE(bad.err.contains(u"rates.csv:4: region: is empty")) << bad;
    EXPECT_TRUE(bad.err.contains(u"rates.csv:4: rate_percent: 'abc' is not a percentage")) << bad;
    EXPECT_TRUE(bad.err.contains(u"rates.csv:6: valid_from: a second rate for DE from 2027-01-01")) << bad;
    EXPECT_TRUE(bad.err.contains(u"rejected, nothing was imported")) << bad;
    // Nothing changed: July's EU rate is still 2.15.
    EXPECT_EQ(find(interest(QStringLiteral("2026-07-10")), QStringLiteral("A-1")).value(u"reference_rate").toDouble(),
              2.15);

    const CliRun missing = import(QStringLiteral("rates"), "region,valid_from\nEU,2026-01-01\n");
    EXPECT_EQ(missing.exitCode, 1) << missing;
    EXPECT_TRUE(missing.err.contains(u"rates.csv:1: rate_percent: missing required column 'rate_percent'")) << missing;

    const CliRun replace = import(QStringLiteral("rates"), "region,valid_from,rate_percent\nEU,2026-07-01,4\n");
    ASSERT_EQ(replace.exitCode, 0) << replace;
    EXPECT_TRUE(replace.out.contains(u"0 new, 1 replaced")) << replace;
    EXPECT_EQ(find(interest(QStringLiteral("2026-07-10")), QStringLiteral("A-1")).value(u"reference_rate").toDouble(),
              4.0);
}

TEST_F(PolicyCli, strategiesRunCreatesOnceAndSupersedesLowerSteps)
{
    buildBook();
    // The seeded Standard strategy: -3 reminder, 7 letter 1, 14 call, 30 letter 2, 45 letter 3,
    // 60 escalation, 75 credit hold, 90 agency review, 180 write-off review.
    const QJsonObject first = json({QStringLiteral("strategies"), QStringLiteral("run"), QStringLiteral("--as-of"),
                                    QStringLiteral("2026-03-02")});
    EXPECT_EQ(first.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("created"), QStringLiteral("skipped")}));
    EXPECT_EQ(first.value(u"as_of").toString(), QStringLiteral("2026-03-02"));
    // 30 days late: letter 2 for A (A-1 and A-2 on one letter), B, S and U; A-3 (due today,
    // 0 days late): the reminder; A-4 (due 31 March, reminder from 28 March): nothing yet.
    const QJsonObject created = first.value(u"created").toObject();
    EXPECT_EQ(created.value(u"letter_2").toInt(), 4);
    EXPECT_EQ(created.value(u"reminder_email").toInt(), 1);
    EXPECT_EQ(created.size(), 2) << QJsonDocument(created).toJson().toStdString();
    // Five invoices 30 days late each supersede reminder, letter 1 and the call: 15.
    EXPECT_EQ(first.value(u"skipped").toObject(), (QJsonObject{{QStringLiteral("superseded"), 15}}));

    const QJsonObject again = json({QStringLiteral("strategies"), QStringLiteral("run"), QStringLiteral("--as-of"),
                                    QStringLiteral("2026-03-02")});
    EXPECT_TRUE(again.value(u"created").toObject().isEmpty());
    EXPECT_TRUE(again.value(u"skipped").toObject().isEmpty());

    const CliRun usage = onBook({QStringLiteral("strategies"), QStringLiteral("run")});
    EXPECT_EQ(usage.exitCode, 2) << usage;
}
