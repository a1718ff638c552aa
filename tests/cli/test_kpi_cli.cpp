// `ardesk-cli kpi` end to end through the real executable (ARDESK_CLI_PATH) on books built
// with init and the CSV imports: the JSON shape of docs/kpi.md, the nine KPI keys, numbers
// rounded to hundredths, null where a KPI is undefined, --by collector with customers
// without a collector under null, the table format and the usage errors.

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "support/cli_runner.h"
#include "support/test_book.h"

namespace {

using ardesk::testing::CliRun;

const QStringList kKpiKeys{
        QStringLiteral("dso_standard"),
        QStringLiteral("dso_countback"),
        QStringLiteral("best_possible_dso"),
        QStringLiteral("add"),
        QStringLiteral("cei"),
        QStringLiteral("percent_current"),
        QStringLiteral("average_days_to_pay"),
        QStringLiteral("promise_kept_rate"),
        QStringLiteral("bad_debt_ratio"),
};

class KpiCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = ardesk::test::freshBookLocation(m_dir, QStringLiteral("book.ardesk"));
        const CliRun init = onBook({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init;
    }

    CliRun cli(const QStringList &arguments, const QList<std::pair<QString, QString>> &variables = {})
    {
        return ardesk::testing::runCli(m_dir.path(), arguments, variables);
    }

    CliRun onBook(QStringList arguments)
    {
        arguments.prepend(m_book);
        arguments.prepend(QStringLiteral("--book"));
        return cli(arguments);
    }

    void import(const QString &kind, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".csv"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        file.close();
        const CliRun run = onBook({QStringLiteral("import"), kind, path});
        ASSERT_EQ(run.exitCode, 0) << run;
    }

    // DOMAIN.md's countback example in hundreds: as of 31 March 2026, sales January 700,
    // February 800, March 900; 300 of January's invoice paid on 20 February (36 days).
    void buildDsoBook()
    {
        import(QStringLiteral("customers"),
               "code,name,currency,terms_days,credit_limit\n"
               "A,Alpha,EUR,30,\n"
               "B,Beta,EUR,30,\n");
        import(QStringLiteral("invoices"),
               "number,customer_code,issue_date,due_date,amount,currency\n"
               "J,A,2026-01-15,2026-02-14,700.00,EUR\n"
               "F,A,2026-02-15,2026-03-17,800.00,EUR\n"
               "M,A,2026-03-15,2026-04-14,900.00,EUR\n");
        import(QStringLiteral("payments"),
               "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
               "R1,A,2026-02-20,300.00,EUR,wire,J\n");
    }

    QJsonObject kpiJson(QStringList extra)
    {
        extra.prepend(QStringLiteral("kpi"));
        extra << QStringLiteral("--format") << QStringLiteral("json");
        const CliRun run = onBook(extra);
        m_lastRun = run;
        EXPECT_EQ(run.exitCode, 0) << run;
        EXPECT_TRUE(run.err.isEmpty()) << run;
        EXPECT_EQ(run.out.count(u'\n'), 1) << "one line of compact JSON expected\n" << run;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << run;
        return document.object();
    }

    static void expectKeys(const QJsonObject &result)
    {
        for (const QString &key : kKpiKeys) {
            ASSERT_TRUE(result.contains(key)) << key.toStdString();
            EXPECT_TRUE(result.value(key).isDouble() || result.value(key).isNull()) << key.toStdString();
        }
        EXPECT_TRUE(result.value(QStringLiteral("currency")).isString());
    }

    QTemporaryDir m_dir;
    QString m_book;
    CliRun m_lastRun;
};

TEST_F(KpiCli, jsonHasTheNineKeysRoundedToHundredthsAndNullsWhereUndefined)
{
    buildDsoBook();
    const QJsonObject root = kpiJson({QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    EXPECT_EQ(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-31"));
    EXPECT_EQ(root.value(QStringLiteral("months")).toInt(), 3); // the default
    EXPECT_EQ(root.value(QStringLiteral("by")).toString(), QStringLiteral("total"));
    EXPECT_EQ(root.value(QStringLiteral("period_start")).toString(), QStringLiteral("2026-01-01"));
    EXPECT_EQ(root.value(QStringLiteral("days_in_period")).toInt(), 90);
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 1);
    const QJsonObject eur = results.at(0).toObject();
    expectKeys(eur);
    EXPECT_FALSE(eur.contains(QStringLiteral("collector")));
    EXPECT_EQ(eur.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    // 2,100 / 2,400 x 90 = 78.75; countback 31 + 28 + 400 / 700 x 31 = 76.714... -> 76.71;
    // best 900 / 2,400 x 90 = 33.75; ADD 45; current 900 / 2,100 = 42.857... -> 42.86;
    // 300 paid after 36 days; nothing written off of 2,400 sold: 0.
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("dso_standard")).toDouble(), 78.75);
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("dso_countback")).toDouble(), 76.71);
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("best_possible_dso")).toDouble(), 33.75);
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("add")).toDouble(), 45.0);
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("percent_current")).toDouble(), 42.86);
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("average_days_to_pay")).toDouble(), 36.0);
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("bad_debt_ratio")).toDouble(), 0.0);
    // CEI: 0 + 2,400 / 3 - 900 < 0: nothing collectible, undefined. No promises: undefined.
    EXPECT_TRUE(eur.value(QStringLiteral("cei")).isNull());
    EXPECT_TRUE(eur.value(QStringLiteral("promise_kept_rate")).isNull());
    // The text itself carries at most two decimals.
    EXPECT_TRUE(m_lastRun.out.contains(QStringLiteral("\"dso_countback\":76.71,"))) << m_lastRun;
    EXPECT_TRUE(m_lastRun.out.contains(QStringLiteral("\"percent_current\":42.86,"))) << m_lastRun;
    EXPECT_TRUE(m_lastRun.out.contains(QStringLiteral("\"cei\":null"))) << m_lastRun;
    // The figures behind them, as decimal strings like the aging output.
    const QJsonObject figures = eur.value(QStringLiteral("figures")).toObject();
    EXPECT_EQ(figures.value(QStringLiteral("ending_ar")).toString(), QStringLiteral("2100.00"));
    EXPECT_EQ(figures.value(QStringLiteral("credit_sales")).toString(), QStringLiteral("2400.00"));
    EXPECT_EQ(figures.value(QStringLiteral("beginning_ar")).toString(), QStringLiteral("0.00"));
}

TEST_F(KpiCli, monthsChangeThePeriodAndNoSalesGivesNull)
{
    buildDsoBook();
    // One month (March, 31 days): 2,100 / 900 x 31 = 72.333... -> 72.33; countback still
    // reaches back to January: 76.71.
    QJsonObject eur = kpiJson({QStringLiteral("--as-of"), QStringLiteral("2026-03-31"), QStringLiteral("--months"),
                               QStringLiteral("1")})
                              .value(QStringLiteral("results"))
                              .toArray()
                              .at(0)
                              .toObject();
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("dso_standard")).toDouble(), 72.33);
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("dso_countback")).toDouble(), 76.71);
    // As of 30 April, one month: no sales in April, so every sales-based KPI is null; AR
    // 2,100 of which none current: percent current 0.
    eur = kpiJson({QStringLiteral("--as-of"), QStringLiteral("2026-04-30"), QStringLiteral("--months"),
                   QStringLiteral("1")})
                  .value(QStringLiteral("results"))
                  .toArray()
                  .at(0)
                  .toObject();
    expectKeys(eur);
    for (const char *key : {"dso_standard", "dso_countback", "best_possible_dso", "add", "bad_debt_ratio",
                            "average_days_to_pay", "promise_kept_rate"})
        EXPECT_TRUE(eur.value(QLatin1String(key)).isNull()) << key;
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("percent_current")).toDouble(), 0.0);
    // CEI (N = 1): (2,100 + 0 - 2,100) / (2,100 + 0 - 0) = 0.
    EXPECT_DOUBLE_EQ(eur.value(QStringLiteral("cei")).toDouble(), 0.0);
}

TEST_F(KpiCli, byCollectorListsEachCollectorAndNullForCustomersWithout)
{
    buildDsoBook();
    import(QStringLiteral("users"), "login,name,role\nalice,Alice,collector\n");
    import(QStringLiteral("portfolios"), "customer_code,collector\nA,alice\n");
    // B has no collector: 500 sold on 1 March, due 31 March (current), unpaid.
    import(QStringLiteral("invoices"),
           "number,customer_code,issue_date,due_date,amount,currency\n"
           "B1,B,2026-03-01,2026-03-31,500.00,EUR\n");
    // alice promised 300 for 10 March and paid nothing: broken on 14 March (grace 3).
    import(QStringLiteral("promises"),
           "customer_code,collector,taken_date,promised_date,amount,currency\n"
           "A,alice,2026-03-01,2026-03-10,300.00,EUR\n");
    const QJsonObject root = kpiJson({QStringLiteral("--as-of"), QStringLiteral("2026-03-31"), QStringLiteral("--by"),
                                      QStringLiteral("collector")});
    EXPECT_EQ(root.value(QStringLiteral("by")).toString(), QStringLiteral("collector"));
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 2);
    const QJsonObject alice = results.at(0).toObject();
    const QJsonObject nobody = results.at(1).toObject();
    expectKeys(alice);
    expectKeys(nobody);
    EXPECT_EQ(alice.value(QStringLiteral("collector")).toString(), QStringLiteral("alice"));
    ASSERT_TRUE(nobody.contains(QStringLiteral("collector")));
    EXPECT_TRUE(nobody.value(QStringLiteral("collector")).isNull());
    // alice has the DSO book: 78.75; her one promise was broken: 0 % kept.
    EXPECT_DOUBLE_EQ(alice.value(QStringLiteral("dso_standard")).toDouble(), 78.75);
    EXPECT_DOUBLE_EQ(alice.value(QStringLiteral("promise_kept_rate")).toDouble(), 0.0);
    // B: 500 / 500 x 90 = 90 days, all current, no promise.
    EXPECT_DOUBLE_EQ(nobody.value(QStringLiteral("dso_standard")).toDouble(), 90.0);
    EXPECT_DOUBLE_EQ(nobody.value(QStringLiteral("percent_current")).toDouble(), 100.0);
    EXPECT_TRUE(nobody.value(QStringLiteral("promise_kept_rate")).isNull());
}

TEST_F(KpiCli, oneObjectPerCurrency)
{
    import(QStringLiteral("customers"),
           "code,name,currency,terms_days,credit_limit\n"
           "U,Uniform,USD,30,\n"
           "E,Echo,EUR,30,\n"
           "Y,Yankee,JPY,30,\n");
    import(QStringLiteral("invoices"),
           "number,customer_code,issue_date,due_date,amount,currency\n"
           "U1,U,2026-03-01,2026-03-31,300.00,USD\n"
           "E1,E,2026-01-31,2026-03-02,100.00,EUR\n"
           "Y1,Y,2026-03-10,2026-04-09,7000,JPY\n");
    const QJsonArray results = kpiJson({QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
                                       .value(QStringLiteral("results"))
                                       .toArray();
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results.at(0).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(results.at(1).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("JPY"));
    EXPECT_EQ(results.at(2).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    // EUR: 100 overdue of 100 sold: 90 days, ADD 90, 0 % current; USD: all current, ADD 0.
    EXPECT_DOUBLE_EQ(results.at(0).toObject().value(QStringLiteral("add")).toDouble(), 90.0);
    EXPECT_DOUBLE_EQ(results.at(2).toObject().value(QStringLiteral("add")).toDouble(), 0.0);
    EXPECT_EQ(results.at(1).toObject().value(QStringLiteral("figures")).toObject().value(QStringLiteral("ending_ar")),
              QStringLiteral("7000"));
}

TEST_F(KpiCli, emptyBookGivesNoResults)
{
    const QJsonObject root = kpiJson({QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    EXPECT_TRUE(root.value(QStringLiteral("results")).isArray());
    EXPECT_TRUE(root.value(QStringLiteral("results")).toArray().isEmpty());
}

TEST_F(KpiCli, tableShowsTwoDecimalsAndNa)
{
    buildDsoBook();
    const CliRun run = onBook({QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("78.75"))) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("76.71"))) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("45.00"))) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("n/a"))) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("EUR"))) << run;
}

TEST_F(KpiCli, needsTheExportReportsPermission)
{
    // A protected book: the admin may, a collector may not (exit 3, nothing on stdout).
    const QString book = m_dir.filePath(QStringLiteral("protected.ardesk"));
    const auto as = [](const char *password) {
        return QList<std::pair<QString, QString>>{
                {QStringLiteral("ARDESK_PASSWORD"), QLatin1String(password)},
                {QStringLiteral("ARDESK_NEW_PASSWORD"), QStringLiteral("carl-pass-1")}};
    };
    CliRun run = cli(
            {QStringLiteral("--book"), book, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")},
            as("boss-pass-1"));
    ASSERT_EQ(run.exitCode, 0) << run;
    run = cli({QStringLiteral("--book"), book, QStringLiteral("--user"), QStringLiteral("boss"),
               QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("carl"), QStringLiteral("--name"),
               QStringLiteral("Carl"), QStringLiteral("--role"), QStringLiteral("collector")},
              as("boss-pass-1"));
    ASSERT_EQ(run.exitCode, 0) << run;
    run = cli({QStringLiteral("--book"), book, QStringLiteral("--user"), QStringLiteral("boss"),
               QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("carl")},
              as("boss-pass-1"));
    ASSERT_EQ(run.exitCode, 0) << run;

    const QStringList kpi{QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31"),
                          QStringLiteral("--format"), QStringLiteral("json")};
    run = cli(QStringList{QStringLiteral("--book"), book, QStringLiteral("--user"), QStringLiteral("carl")} + kpi,
              as("carl-pass-1"));
    EXPECT_EQ(run.exitCode, 3) << run;
    EXPECT_TRUE(run.out.isEmpty()) << run;
    run = cli(QStringList{QStringLiteral("--book"), book, QStringLiteral("--user"), QStringLiteral("boss")} + kpi,
              as("boss-pass-1"));
    EXPECT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("{\"as_of\":\"2026-03-31\""))) << run;
}

TEST_F(KpiCli, usageErrorsExitTwoWithNothingOnStdout)
{
    const QList<QStringList> bad{
            {QStringLiteral("--as-of"), QStringLiteral("2026-02-30")},
            {QStringLiteral("--as-of"), QStringLiteral("31.03.2026")},
            {QStringLiteral("--months"), QStringLiteral("0")},
            {QStringLiteral("--months"), QStringLiteral("three")},
            {QStringLiteral("--months"), QStringLiteral("121")},
            {QStringLiteral("--by"), QStringLiteral("customer")},
            {QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("--months")},
            {QStringLiteral("--frobnicate")},
    };
    for (QStringList arguments : bad) {
        arguments.prepend(QStringLiteral("kpi"));
        const CliRun run = onBook(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString() << "\n" << run;
        EXPECT_TRUE(run.out.isEmpty()) << run;
        EXPECT_FALSE(run.err.isEmpty()) << run;
    }
}

} // namespace
