// The ardesk-cli contract of issue 3 and docs/cli.md, end to end through the real
// executable (ARDESK_CLI_PATH) on small CSV files: init, import, aging and info; the exact
// JSON shapes; exit codes 0/1/2 with messages on stderr and nothing on stdout on failure;
// a refused file leaves the book unchanged; configurable buckets and the invoice basis.

#include "services/book_service.h"
#include "services/ledger_service.h"
#include "storage/schema.h"
#include "support/book_checksum.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "support/cli_runner.h"
#include "support/test_book.h"

using namespace ardesk;
using ardesk::testsupport::BookChecksum;
using ardesk::testsupport::bookChecksum;

namespace {

using ardesk::testing::CliRun;

class CliContract : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = ardesk::test::freshBookLocation(m_dir, QStringLiteral("book.ardesk"));
    }

    // Runs ardesk-cli with the arguments; the log file goes to the temporary folder, the
    // locale is fixed so that messages do not depend on the machine.
    CliRun cli(const QStringList &arguments)
    {
        return ardesk::testing::runCli(m_dir.path(), arguments);
    }

    CliRun onBook(QStringList arguments)
    {
        arguments.prepend(m_book);
        arguments.prepend(QStringLiteral("--book"));
        return cli(arguments);
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    void expectOk(const CliRun &run) { EXPECT_EQ(run.exitCode, 0) << run; }

    QJsonObject json(const CliRun &run)
    {
        EXPECT_EQ(run.exitCode, 0) << run;
        EXPECT_TRUE(run.out.endsWith(u'\n')) << run;
        EXPECT_EQ(run.out.count(u'\n'), 1) << "one line of compact JSON expected\n" << run;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << run;
        EXPECT_TRUE(document.isObject()) << run;
        return document.object();
    }

    static QJsonObject parse(const char *text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << " in " << text;
        return document.object();
    }

    static std::string pretty(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
    }

    BookChecksum checksum()
    {
        auto book = BookService::open(m_book, AccessMode::ReadOnly);
        EXPECT_TRUE(book) << book.error().message.toStdString();
        if (!book)
            return {};
        return bookChecksum(**book);
    }

    // A small book: five customers in four currencies, invoices, payments.
    void fill()
    {
        expectOk(onBook({QStringLiteral("init")}));
        const QString customers = write(QStringLiteral("customers.csv"),
                                        "code,name,currency,terms_days,credit_limit,email,timezone,country,language\n"
                                        "C1,\"Alpha, s.r.o.\",EUR,30,5000.00,ar@alpha.example,Europe/Prague,CZ,cs\n"
                                        "C2,Beta GmbH,EUR,30,,,Europe/Berlin,DE,de\n"
                                        "U1,Gamma Inc,USD,30,,,America/New_York,US,en\n"
                                        "J1,Delta KK,JPY,30,,,Asia/Tokyo,JP,en\n"
                                        "K1,Kappa Co,KWD,15,,,Asia/Kuwait,KW,en\n");
        const QString invoices = write(QStringLiteral("invoices.csv"),
                                       "number,customer_code,issue_date,due_date,amount,currency\n"
                                       "I-1,C1,2026-01-01,2026-01-31,1000.00,EUR\n"
                                       "I-2,C1,2026-05-01,2026-05-31,250.50,EUR\n"
                                       "I-3,C2,2026-06-01,2026-07-01,99.99,EUR\n"
                                       "U-1,U1,2026-03-01,2026-03-31,500.00,USD\n"
                                       "J-1,J1,2026-02-01,2026-03-03,120000,JPY\n"
                                       "K-1,K1,2026-06-15,2026-06-30,1.5,KWD\n"
                                       "I-4,C1,2026-07-01,2026-07-31,10.00,EUR\n");
        const QString payments = write(QStringLiteral("payments.csv"),
                                       "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
                                       "P-1,C1,2026-06-10,400.00,EUR,wire,I-1\n"
                                       "P-2,U1,2026-06-20,50.00,USD,wire,\n"
                                       "P-3,J1,2026-06-25,20000,JPY,check,J-1\n"
                                       "P-4,C2,2026-07-05,99.99,EUR,card,I-3\n");
        const CliRun c = onBook({QStringLiteral("import"), QStringLiteral("customers"), customers});
        expectOk(c);
        EXPECT_TRUE(c.out.contains(u"imported 5 customers")) << c;
        const CliRun i = onBook({QStringLiteral("import"), QStringLiteral("invoices"), invoices});
        expectOk(i);
        EXPECT_TRUE(i.out.contains(u"imported 7 invoices")) << i;
        const CliRun p = onBook({QStringLiteral("import"), QStringLiteral("payments"), payments});
        expectOk(p);
        EXPECT_TRUE(p.out.contains(u"imported 4 payments")) << p;
        EXPECT_TRUE(p.out.contains(u"(3 allocations)")) << p;
    }

    QTemporaryDir m_dir;
    QString m_book;
};

} // namespace

TEST_F(CliContract, initImportInfoEndToEnd)
{
    const CliRun init = onBook({QStringLiteral("init")});
    expectOk(init);
    EXPECT_TRUE(init.out.isEmpty()) << init; // messages go to stderr
    EXPECT_TRUE(init.err.contains(u"created")) << init;
    EXPECT_EQ(json(onBook({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")})),
              (QJsonObject{{QStringLiteral("customers"), 0}, {QStringLiteral("invoices"), 0},
                           {QStringLiteral("payments"), 0}, {QStringLiteral("allocations"), 0},
                           {QStringLiteral("credit_notes"), 0}, {QStringLiteral("users"), 0},
                           {QStringLiteral("schema_version"), currentSchemaVersion()}}));

    // init refuses to overwrite.
    const CliRun again = onBook({QStringLiteral("init")});
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.out.isEmpty()) << again;
}

TEST_F(CliContract, infoJsonShape)
{
    fill();
    const QJsonObject info = json(onBook({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")}));
    EXPECT_EQ(info, (QJsonObject{{QStringLiteral("customers"), 5}, {QStringLiteral("invoices"), 7},
                                 {QStringLiteral("payments"), 4}, {QStringLiteral("allocations"), 3},
                                 {QStringLiteral("credit_notes"), 0}, {QStringLiteral("users"), 0},
                                 {QStringLiteral("schema_version"), currentSchemaVersion()}}))
        << pretty(info);
    for (const QString &key : info.keys())
        EXPECT_TRUE(info.value(key).isDouble()) << key.toStdString() << " is not a number";
}

TEST_F(CliContract, agingJsonByTotal)
{
    fill();
    const QJsonObject aging = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-06-30"), QStringLiteral("--format"),
                                           QStringLiteral("json")}));
    // EUR: I-1 600.00 open, 150 days past due; I-2 30 days; I-3 not yet due; I-4 issued later.
    // JPY: J-1 100000 open, 119 days. KWD: K-1 due today. USD: U-1 91 days, P-2 on account.
    // P-4 (5 July) is after the as-of date.
    const QJsonObject expected = parse(R"({"as_of":"2026-06-30","basis":"due","currencies":[
      {"currency":"EUR","buckets":[{"label":"current","amount":"99.99"},{"label":"1-30","amount":"250.50"},
        {"label":"31-60","amount":"0.00"},{"label":"61-90","amount":"0.00"},{"label":"91+","amount":"600.00"}],
       "total":"950.49","unapplied":"0.00"},
      {"currency":"JPY","buckets":[{"label":"current","amount":"0"},{"label":"1-30","amount":"0"},
        {"label":"31-60","amount":"0"},{"label":"61-90","amount":"0"},{"label":"91+","amount":"100000"}],
       "total":"100000","unapplied":"0"},
      {"currency":"KWD","buckets":[{"label":"current","amount":"1.500"},{"label":"1-30","amount":"0.000"},
        {"label":"31-60","amount":"0.000"},{"label":"61-90","amount":"0.000"},{"label":"91+","amount":"0.000"}],
       "total":"1.500","unapplied":"0.000"},
      {"currency":"USD","buckets":[{"label":"current","amount":"0.00"},{"label":"1-30","amount":"0.00"},
        {"label":"31-60","amount":"0.00"},{"label":"61-90","amount":"0.00"},{"label":"91+","amount":"500.00"}],
       "total":"500.00","unapplied":"50.00"}]})");
    EXPECT_EQ(aging, expected) << pretty(aging);
    // Exactly these keys, nothing more (the customers array only with --by customer).
    EXPECT_EQ(aging.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("basis"), QStringLiteral("currencies")}));

    // A day before P-1 was received, I-1 is fully open.
    const QJsonObject before = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                            QStringLiteral("2026-06-09"), QStringLiteral("--format"),
                                            QStringLiteral("json")}));
    const QJsonObject eur = before.value(QStringLiteral("currencies")).toArray().at(0).toObject();
    EXPECT_EQ(eur.value(QStringLiteral("total")).toString(), QStringLiteral("1350.49")) << pretty(before); // I-1 in full, I-2, I-3
}

TEST_F(CliContract, agingJsonByCustomer)
{
    fill();
    const QJsonObject aging = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-06-30"), QStringLiteral("--by"),
                                           QStringLiteral("customer"), QStringLiteral("--format"),
                                           QStringLiteral("json")}));
    const QJsonArray customers = aging.value(QStringLiteral("customers")).toArray();
    ASSERT_EQ(customers.size(), 5) << pretty(aging);
    QStringList codes;
    for (const QJsonValue &value : customers)
        codes << value.toObject().value(QStringLiteral("customer_code")).toString();
    EXPECT_EQ(codes, (QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("J1"),
                                  QStringLiteral("K1"), QStringLiteral("U1")}));
    // docs/cli.md: each entry is customer_code plus the keys of a currency entry, and a
    // currencies array holding that same entry.
    const QJsonObject c1Line = parse(R"({"currency":"EUR","buckets":[{"label":"current","amount":"0.00"},
        {"label":"1-30","amount":"250.50"},{"label":"31-60","amount":"0.00"},{"label":"61-90","amount":"0.00"},
        {"label":"91+","amount":"600.00"}],"total":"850.50","unapplied":"0.00"})");
    QJsonObject c1 = c1Line;
    c1.insert(QStringLiteral("customer_code"), QStringLiteral("C1"));
    c1.insert(QStringLiteral("currencies"), QJsonArray{c1Line});
    EXPECT_EQ(customers.at(0).toObject(), c1) << pretty(customers.at(0).toObject());
    const QJsonObject u1 = customers.at(4).toObject();
    EXPECT_EQ(u1.value(QStringLiteral("total")).toString(), QStringLiteral("500.00"));
    EXPECT_EQ(u1.value(QStringLiteral("unapplied")).toString(), QStringLiteral("50.00"));
    EXPECT_EQ(u1.keys(), (QStringList{QStringLiteral("buckets"), QStringLiteral("currencies"), QStringLiteral("currency"),
                                      QStringLiteral("customer_code"), QStringLiteral("total"),
                                      QStringLiteral("unapplied")}));
    // The currency totals are the same as --by total.
    const QJsonObject total = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-06-30"), QStringLiteral("--format"),
                                           QStringLiteral("json")}));
    EXPECT_EQ(aging.value(QStringLiteral("currencies")), total.value(QStringLiteral("currencies")));
    EXPECT_EQ(aging.value(QStringLiteral("as_of")), total.value(QStringLiteral("as_of")));

    // Customers with nothing open and nothing on account are left out: before any invoice, none.
    const QJsonObject early = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                           QStringLiteral("2025-12-31"), QStringLiteral("--by"),
                                           QStringLiteral("customer"), QStringLiteral("--format"),
                                           QStringLiteral("json")}));
    EXPECT_EQ(early, parse(R"({"as_of":"2025-12-31","basis":"due","currencies":[],"customers":[]})"))
        << pretty(early);
}

TEST_F(CliContract, agingBucketsAndInvoiceBasis)
{
    fill();
    auto eurBuckets = [&](const QJsonObject &aging, const QString &currency) {
        QStringList labels;
        QStringList amounts;
        for (const QJsonValue &line : aging.value(QStringLiteral("currencies")).toArray()) {
            if (line.toObject().value(QStringLiteral("currency")).toString() != currency)
                continue;
            for (const QJsonValue &bucket : line.toObject().value(QStringLiteral("buckets")).toArray()) {
                labels << bucket.toObject().value(QStringLiteral("label")).toString();
                amounts << bucket.toObject().value(QStringLiteral("amount")).toString();
            }
        }
        return std::pair(labels, amounts);
    };
    const QStringList wideLabels{QStringLiteral("current"), QStringLiteral("1-30"),   QStringLiteral("31-60"),
                                 QStringLiteral("61-90"),   QStringLiteral("91-120"), QStringLiteral("121+")};

    const QJsonObject wide = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                                          QStringLiteral("--buckets"), QStringLiteral("30,60,90,120"),
                                          QStringLiteral("--format"), QStringLiteral("json")}));
    EXPECT_EQ(eurBuckets(wide, QStringLiteral("EUR")).first, wideLabels);
    EXPECT_EQ(eurBuckets(wide, QStringLiteral("EUR")).second,
              (QStringList{QStringLiteral("99.99"), QStringLiteral("250.50"), QStringLiteral("0.00"),
                           QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("600.00")}));
    EXPECT_EQ(eurBuckets(wide, QStringLiteral("USD")).second, // 91 days: 91-120
              (QStringList{QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                           QStringLiteral("0.00"), QStringLiteral("500.00"), QStringLiteral("0.00")}));
    EXPECT_EQ(eurBuckets(wide, QStringLiteral("JPY")).second, // 119 days: 91-120
              (QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("100000"), QStringLiteral("0")}));

    // By invoice date: I-1 180 days, I-2 60, I-3 29; U-1 121; J-1 149; K-1 15.
    const QJsonObject byInvoice = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                               QStringLiteral("2026-06-30"), QStringLiteral("--basis"),
                                               QStringLiteral("invoice"), QStringLiteral("--buckets=30,60,90,120"),
                                               QStringLiteral("--format"), QStringLiteral("json")}));
    EXPECT_EQ(byInvoice.value(QStringLiteral("basis")).toString(), QStringLiteral("invoice"));
    EXPECT_EQ(eurBuckets(byInvoice, QStringLiteral("EUR")).second,
              (QStringList{QStringLiteral("0.00"), QStringLiteral("99.99"), QStringLiteral("250.50"),
                           QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("600.00")}));
    EXPECT_EQ(eurBuckets(byInvoice, QStringLiteral("USD")).second,
              (QStringList{QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                           QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("500.00")}));
    EXPECT_EQ(eurBuckets(byInvoice, QStringLiteral("KWD")).second,
              (QStringList{QStringLiteral("0.000"), QStringLiteral("1.500"), QStringLiteral("0.000"),
                           QStringLiteral("0.000"), QStringLiteral("0.000"), QStringLiteral("0.000")}));
}

TEST_F(CliContract, agingCsvHeaderAndRows)
{
    fill();
    const CliRun run = onBook({QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    expectOk(run);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << run;
    EXPECT_EQ(lines[0], QStringLiteral("currency,current,1-30,31-60,61-90,91+,total,disputed,unapplied"));
    EXPECT_EQ(lines[1], QStringLiteral("EUR,99.99,250.50,0.00,0.00,600.00,950.49,0.00,0.00"));
    EXPECT_EQ(lines[4], QStringLiteral("USD,0.00,0.00,0.00,0.00,500.00,500.00,0.00,50.00"));
    const CliRun byCustomer = onBook({QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                                   QStringLiteral("--by"), QStringLiteral("customer"), QStringLiteral("--format"),
                                   QStringLiteral("csv")});
    expectOk(byCustomer);
    const QStringList customerLines = byCustomer.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(customerLines.size(), 2) << byCustomer;
    EXPECT_TRUE(customerLines[0].startsWith(u"customer_code,customer_name,currency,current")) << byCustomer;
    EXPECT_EQ(customerLines[1], QStringLiteral("C1,\"Alpha, s.r.o.\",EUR,0.00,250.50,0.00,0.00,600.00,850.50,0.00,0.00"));
}

TEST_F(CliContract, usageErrorsExitTwo)
{
    fill();
    const QString asOf = QStringLiteral("--as-of");
    const QString day = QStringLiteral("2026-06-30");
    const std::vector<QStringList> cases{
        {QStringLiteral("frobnicate")},
        {QStringLiteral("aging"), asOf, QStringLiteral("2026-13-01")},
        {QStringLiteral("aging"), asOf, QStringLiteral("30.6.2026")},
        {QStringLiteral("aging"), asOf, day, QStringLiteral("--frobnicate")},
        {QStringLiteral("aging"), asOf, day, QStringLiteral("--basis"), QStringLiteral("weekly")},
        {QStringLiteral("aging"), asOf, day, QStringLiteral("--buckets"), QStringLiteral("60,30")},
        {QStringLiteral("aging"), asOf, day, QStringLiteral("--buckets"), QStringLiteral("thirty")},
        {QStringLiteral("aging"), asOf, day, QStringLiteral("--by"), QStringLiteral("region")},
        {QStringLiteral("aging"), asOf, day, QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("aging"), asOf},
        {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("import")},
        {QStringLiteral("import"), QStringLiteral("widgets"), QStringLiteral("file.csv")},
        {QStringLiteral("import"), QStringLiteral("invoices")},
        {QStringLiteral("import"), QStringLiteral("invoices"), QStringLiteral("a.csv"), QStringLiteral("b.csv")},
        {QStringLiteral("import"), QStringLiteral("invoices"), QStringLiteral("a.csv"), QStringLiteral("--auto-apply")},
    };
    const BookChecksum before = checksum();
    for (const QStringList &arguments : cases) {
        const CliRun run = onBook(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString() << "\n" << run;
        EXPECT_TRUE(run.out.isEmpty()) << arguments.join(u' ').toStdString() << "\n" << run;
        EXPECT_FALSE(run.err.isEmpty()) << arguments.join(u' ').toStdString();
    }
    // Without --book, without a command, and --book without its value.
    EXPECT_EQ(cli({QStringLiteral("info")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("--book")}).exitCode, 2);
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("--book"), m_book}).exitCode, 2);
    EXPECT_EQ(checksum(), before);
    // --help is not an error.
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"aging")) << help;
}

TEST_F(CliContract, aBadFileExitsOneNamesFileLineAndFieldAndChangesNothing)
{
    fill();
    const BookChecksum before = checksum();
    const QString info = json(onBook({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")}))
                                 .value(QStringLiteral("invoices"))
                                 .toVariant()
                                 .toString();
    const QString bad = write(QStringLiteral("bad-invoices.csv"),
                              "number,customer_code,issue_date,due_date,amount,currency\n"
                              "N-1,C1,2026-06-01,2026-07-01,10.00,EUR\n"
                              "N-2,C1,2026-06-31,2026-07-01,10.00,EUR\n"
                              "N-3,NOPE,2026-06-01,2026-07-01,10.00,EUR\n"
                              "I-1,C1,2026-06-01,2026-07-01,10.00,EUR\n"
                              "N-5,C1,2026-06-01,2026-07-01,-3,EUR\n"
                              "N-6,U1,2026-06-01,2026-07-01,3.00,EUR\n");
    const CliRun run = onBook({QStringLiteral("import"), QStringLiteral("invoices"), bad});
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_TRUE(run.out.isEmpty()) << run;
    // One line per problem, FILE:LINE: field: reason, in line order; then a summary line.
    const QRegularExpression pattern(QStringLiteral("^%1:(\\d+): ([a-z_]+): (.+)$").arg(QRegularExpression::escape(bad)));
    QList<int> lines;
    QStringList fields;
    for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts)) {
        const auto match = pattern.match(line);
        if (match.hasMatch()) {
            lines << match.captured(1).toInt();
            fields << match.captured(2);
        }
    }
    EXPECT_EQ(lines, (QList<int>{3, 4, 5, 6, 7})) << run;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("issue_date"), QStringLiteral("customer_code"),
                                   QStringLiteral("number"), QStringLiteral("amount"), QStringLiteral("currency")}))
        << run;
    EXPECT_EQ(checksum(), before) << "the book changed";
    EXPECT_EQ(info, QStringLiteral("7"));

    // A missing column names line 1.
    const QString noColumn = write(QStringLiteral("no-column.csv"), "number,customer_code,issue_date,amount,currency\n"
                                                                    "N-1,C1,2026-06-01,10.00,EUR\n");
    const CliRun missing = onBook({QStringLiteral("import"), QStringLiteral("invoices"), noColumn});
    EXPECT_EQ(missing.exitCode, 1) << missing;
    EXPECT_TRUE(missing.out.isEmpty()) << missing;
    EXPECT_TRUE(missing.err.startsWith(noColumn + QStringLiteral(":1: due_date: "))) << missing;

    // More than 50 problems: the first 50 are printed.
    QByteArray many = "number,customer_code,issue_date,due_date,amount,currency\n";
    for (int i = 0; i < 70; ++i)
        many += QStringLiteral("M-%1,C1,2026-06-01,2026-07-01,1.001,EUR\n").arg(i).toUtf8();
    const QString manyFile = write(QStringLiteral("many.csv"), many);
    const CliRun capped = onBook({QStringLiteral("import"), QStringLiteral("invoices"), manyFile});
    EXPECT_EQ(capped.exitCode, 1);
    qsizetype problemLines = 0;
    for (const QString &line : capped.err.split(u'\n', Qt::SkipEmptyParts))
        if (line.startsWith(manyFile + u':') && line.contains(u": amount: "))
            ++problemLines;
    EXPECT_EQ(problemLines, 50) << capped;

    // A file that does not exist, a book that does not exist.
    const CliRun noFile = onBook({QStringLiteral("import"), QStringLiteral("invoices"), m_dir.filePath(QStringLiteral("none.csv"))});
    EXPECT_EQ(noFile.exitCode, 1) << noFile;
    EXPECT_TRUE(noFile.out.isEmpty());
    const CliRun noBook = cli({QStringLiteral("--book"), m_dir.filePath(QStringLiteral("none.ardesk")), QStringLiteral("info")});
    EXPECT_EQ(noBook.exitCode, 1) << noBook;
    EXPECT_TRUE(noBook.out.isEmpty());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("none.ardesk")))) << "info must not create a book";
    EXPECT_EQ(checksum(), before);
}

TEST_F(CliContract, dryRunWritesNothingAndAutoApplyApplies)
{
    fill();
    const BookChecksum before = checksum();
    const QString payments = write(QStringLiteral("more-payments.csv"),
                                   "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
                                   "P-10,C1,2026-06-28,700.00,EUR,wire,\n");
    const CliRun dry = onBook({QStringLiteral("import"), QStringLiteral("payments"), payments, QStringLiteral("--dry-run"),
                            QStringLiteral("--auto-apply")});
    expectOk(dry);
    EXPECT_TRUE(dry.out.contains(u"dry run")) << dry;
    EXPECT_EQ(checksum(), before);

    expectOk(onBook({QStringLiteral("import"), QStringLiteral("payments"), payments, QStringLiteral("--auto-apply")}));
    // Oldest due first: I-1 (600.00 left) then 100.00 of I-2.
    const QJsonObject aging = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-06-30"), QStringLiteral("--format"),
                                           QStringLiteral("json")}));
    const QJsonObject eur = aging.value(QStringLiteral("currencies")).toArray().at(0).toObject();
    EXPECT_EQ(eur.value(QStringLiteral("total")).toString(), QStringLiteral("250.49")) << pretty(aging);
    EXPECT_EQ(eur.value(QStringLiteral("buckets")).toArray().at(1).toObject().value(QStringLiteral("amount")).toString(),
              QStringLiteral("150.50"));
    EXPECT_EQ(eur.value(QStringLiteral("buckets")).toArray().at(4).toObject().value(QStringLiteral("amount")).toString(),
              QStringLiteral("0.00"));
    // The same file again is refused: the reference is already in the book.
    const CliRun twice = onBook({QStringLiteral("import"), QStringLiteral("payments"), payments, QStringLiteral("--auto-apply")});
    EXPECT_EQ(twice.exitCode, 1) << twice;
    EXPECT_TRUE(twice.err.contains(payments + QStringLiteral(":2: reference: "))) << twice;
}

TEST_F(CliContract, unappliedInJsonIsCashPlusCreditNotes)
{
    fill();
    {
        // A credit note posted through the services (the CLI has no import for them yet).
        auto book = BookService::open(m_book);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        CreditNote note;
        note.number = QStringLiteral("CN-1");
        note.issueDate = QDate(2026, 6, 22);
        note.amount = 1250;
        note.reason = QStringLiteral("returned goods");
        const auto posted = LedgerService(**session).postCreditNote(note, QStringLiteral("U1"));
        ASSERT_TRUE(posted) << posted.error().message.toStdString();
    }
    auto usd = [&](const char *asOf) {
        const QJsonObject aging = json(onBook({QStringLiteral("aging"), QStringLiteral("--as-of"),
                                               QString::fromLatin1(asOf), QStringLiteral("--format"),
                                               QStringLiteral("json")}));
        for (const QJsonValue &line : aging.value(QStringLiteral("currencies")).toArray())
            if (line.toObject().value(QStringLiteral("currency")).toString() == u"USD")
                return line.toObject();
        return QJsonObject();
    };
    EXPECT_EQ(usd("2026-06-21").value(QStringLiteral("unapplied")).toString(), QStringLiteral("50.00"));
    EXPECT_EQ(usd("2026-06-22").value(QStringLiteral("unapplied")).toString(), QStringLiteral("62.50"));
    EXPECT_EQ(usd("2026-06-22").value(QStringLiteral("total")).toString(), QStringLiteral("500.00"));
    EXPECT_EQ(usd("2026-06-19").value(QStringLiteral("unapplied")).toString(), QStringLiteral("0.00"));
}
