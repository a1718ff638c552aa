// The collector desk's commands of issue 5 end to end through the real executable
// (ARDESK_CLI_PATH): imports of users, portfolios and promises, then `promises evaluate`
// and `worklist` with their exact JSON shapes, the two meanings of --user, the table
// format and the exit codes.

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cmath>

#include "support/cli_runner.h"
#include "support/test_book.h"

namespace {

using DeskRun = ardesk::testing::CliRun;

class CollectionsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = ardesk::test::freshBookLocation(m_dir, QStringLiteral("desk.ardesk"));
    }

    DeskRun cli(const QStringList &arguments)
    {
        return ardesk::testing::runCli(m_dir.path(), arguments);
    }

    DeskRun onBook(QStringList arguments)
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
        const DeskRun run = onBook({QStringLiteral("import"), kind, path});
        ASSERT_EQ(run.exitCode, 0) << run;
    }

    // The small book of the examples: DOMAIN.md's promise cases on C1-C3, a promise still
    // pending on C4, everything in c1's portfolio.
    void buildBook()
    {
        const DeskRun init = onBook({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init;
        import(QStringLiteral("users"),
               "login,name,role\n"
               "c1,Carla One,collector\n"
               "c2,Chris Two,collector\n"
               "sup,Sam Super,supervisor\n"
               "clerk1,Clara Clerk,clerk\n");
        import(QStringLiteral("customers"),
               "code,name,currency,terms_days,credit_limit,timezone\n"
               "C1,One GmbH,EUR,30,,Europe/Berlin\n"
               "C2,Two AB,EUR,30,,Europe/Stockholm\n"
               "C3,Three s.r.o.,EUR,30,,Europe/Prague\n"
               "C4,Four SA,EUR,30,,Europe/Paris\n");
        import(QStringLiteral("invoices"),
               "number,customer_code,issue_date,due_date,amount,currency\n"
               "I1,C1,2025-05-01,2025-05-31,1000.00,EUR\n"
               "I2,C2,2025-05-01,2025-05-31,1000.00,EUR\n"
               "I3,C3,2025-05-01,2025-05-31,1000.00,EUR\n"
               "I4,C4,2025-06-01,2025-07-31,500.00,EUR\n");
        import(QStringLiteral("payments"),
               "reference,customer_code,received_date,amount,currency,method,invoice_number\n"
               "R1,C1,2025-06-05,200.00,EUR,wire,I1\n"
               "R2,C1,2025-06-13,300.00,EUR,wire,I1\n"
               "R3,C2,2025-06-05,200.00,EUR,wire,I2\n"
               "R4,C2,2025-06-14,300.00,EUR,wire,I2\n"
               "R5,C3,2025-05-31,500.00,EUR,wire,I3\n");
        import(QStringLiteral("portfolios"),
               "customer_code,collector\n"
               "C1,c1\nC2,c1\nC3,c1\nC4,c1\n");
        import(QStringLiteral("promises"),
               "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n"
               "C1,c1,2025-06-01,2025-06-10,500.00,EUR,\n"
               "C2,c1,2025-06-01,2025-06-10,500.00,EUR,I2\n"
               "C3,c1,2025-06-01,2025-06-10,500.00,EUR,\n"
               "C4,c1,2025-06-15,2025-06-19,100.00,EUR,\n");
    }

    static QJsonObject json(const DeskRun &run)
    {
        EXPECT_EQ(run.exitCode, 0) << run;
        EXPECT_EQ(run.out.count(u'\n'), 1) << "one line of compact JSON expected\n" << run;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run;
        return document.object();
    }

    static QJsonObject parse(const char *text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
        return document.object();
    }

    static std::string pretty(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
    }

    QTemporaryDir m_dir;
    QString m_book;
};

TEST_F(CollectionsCli, promisesEvaluateThenWorklist)
{
    buildBook();

    const DeskRun evaluate = onBook({QStringLiteral("promises"), QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                                     QStringLiteral("2025-06-20"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject promises = json(evaluate);
    const QJsonObject expectedPromises = parse(
            R"({"as_of":"2025-06-20","grace_days":3,"promises":[)"
            R"({"customer_code":"C1","taken_date":"2025-06-01","promised_date":"2025-06-10","amount":"500.00","paid":"500.00","status":"kept"},)"
            R"({"customer_code":"C2","taken_date":"2025-06-01","promised_date":"2025-06-10","amount":"500.00","paid":"200.00","status":"partial"},)"
            R"({"customer_code":"C3","taken_date":"2025-06-01","promised_date":"2025-06-10","amount":"500.00","paid":"0.00","status":"broken"},)"
            R"({"customer_code":"C4","taken_date":"2025-06-15","promised_date":"2025-06-19","amount":"100.00","paid":"0.00","status":"pending"}],)"
            R"("summary":{"kept":1,"partial":1,"broken":1,"pending":1}})");
    EXPECT_EQ(promises, expectedPromises) << pretty(promises);

    // --grace overrides the setting: with 4 days C2's 300 on 14 June counts.
    const QJsonObject withGrace =
            json(onBook({QStringLiteral("promises"), QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                         QStringLiteral("2025-06-20"), QStringLiteral("--grace"), QStringLiteral("4"),
                         QStringLiteral("--format"), QStringLiteral("json")}));
    EXPECT_EQ(withGrace.value(QStringLiteral("grace_days")).toInt(), 4);
    EXPECT_EQ(withGrace.value(QStringLiteral("promises"))
                      .toArray()
                      .at(1)
                      .toObject()
                      .value(QStringLiteral("status"))
                      .toString(),
              QStringLiteral("kept"));
    // Back to the book's setting (3): the stored status follows the last run.
    json(onBook({QStringLiteral("promises"), QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                 QStringLiteral("2025-06-20"), QStringLiteral("--format"), QStringLiteral("json")}));

    // c1's queue on 1 July. The global --user (first one) is the acting user; without a
    // second one the queue is the acting user's own.
    const DeskRun worklist = onBook({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("c1"),
                                     QStringLiteral("--as-of"), QStringLiteral("2025-07-01"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject queue = json(worklist);
    // C3: the broken promise's follow-up task (created by the evaluation, due 14 June) keeps the
    // implicit call away; 500 overdue 31 days: 27.00 + 7.75 + 15 + 0 + 10 (unrated) + 5.40.
    // C1, C2: implicit calls due the day after 31 May, 50.15, ties by code.
    // C4: not overdue, its promise broke on 22 June: an implicit follow-up due 23 June.
    const QJsonObject expectedQueue = parse(
            R"({"user":"c1","as_of":"2025-07-01","items":[)"
            R"({"customer_code":"C3","task":"promise_follow_up","due":"2025-06-14","score":65.15,)"
            R"("parts":{"overdue_amount":27,"days_past_due":7.75,"broken_promises":15,"promise_due":0,"risk":10,"balance":5.4}},)"
            R"({"customer_code":"C1","task":"call","due":"2025-06-01","score":50.15,)"
            R"("parts":{"overdue_amount":27,"days_past_due":7.75,"broken_promises":0,"promise_due":0,"risk":10,"balance":5.4}},)"
            R"({"customer_code":"C2","task":"call","due":"2025-06-01","score":50.15,)"
            R"("parts":{"overdue_amount":27,"days_past_due":7.75,"broken_promises":0,"promise_due":0,"risk":10,"balance":5.4}},)"
            R"({"customer_code":"C4","task":"promise_follow_up","due":"2025-06-23","score":30.4,)"
            R"("parts":{"overdue_amount":0,"days_past_due":0,"broken_promises":15,"promise_due":0,"risk":10,"balance":5.4}}]})");
    EXPECT_EQ(queue, expectedQueue) << pretty(queue);
    // The parts add up to the score at two decimals.
    for (const QJsonValue &value : queue.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        qint64 sum = 0;
        for (const QJsonValue &part : item.value(QStringLiteral("parts")).toObject())
            sum += std::llround(part.toDouble() * 100.0);
        EXPECT_EQ(sum, std::llround(item.value(QStringLiteral("score")).toDouble() * 100.0));
    }

    // A supervisor looks at c1's queue: the acting user first, the queue's owner after the command.
    const QJsonObject viewed =
            json(onBook({QStringLiteral("--user"), QStringLiteral("sup"), QStringLiteral("worklist"),
                         QStringLiteral("--user"), QStringLiteral("c1"), QStringLiteral("--as-of"),
                         QStringLiteral("2025-07-01"), QStringLiteral("--format"), QStringLiteral("json")}));
    EXPECT_EQ(viewed, expectedQueue);
    // The supervisor's own queue is empty.
    EXPECT_EQ(json(onBook({QStringLiteral("--user"), QStringLiteral("sup"), QStringLiteral("worklist"),
                           QStringLiteral("--as-of"), QStringLiteral("2025-07-01"), QStringLiteral("--format"),
                           QStringLiteral("json")})),
              parse(R"({"user":"sup","as_of":"2025-07-01","items":[]})"));

    // --task filters; the table is for people.
    const QJsonObject calls =
            json(onBook({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("c1"),
                         QStringLiteral("--as-of"), QStringLiteral("2025-07-01"), QStringLiteral("--task"),
                         QStringLiteral("call"), QStringLiteral("--format"), QStringLiteral("json")}));
    EXPECT_EQ(calls.value(QStringLiteral("items")).toArray().size(), 2);
    const DeskRun table = onBook({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("c1"),
                                  QStringLiteral("--as-of"), QStringLiteral("2025-07-01")});
    ASSERT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("Queue of c1 as of 2025-07-01: 4 item(s)"))) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("promise_follow_up"))) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("65.15"))) << table;
    const DeskRun promisesTable = onBook({QStringLiteral("promises"), QStringLiteral("evaluate"),
                                          QStringLiteral("--as-of"), QStringLiteral("2025-06-20")});
    ASSERT_EQ(promisesTable.exitCode, 0) << promisesTable;
    EXPECT_TRUE(promisesTable.out.contains(QStringLiteral("1 kept, 1 partial, 1 broken, 1 pending"))) << promisesTable;
}

TEST_F(CollectionsCli, exitCodes)
{
    buildBook();
    auto expectExit = [&](const QStringList &arguments, int code) {
        const DeskRun run = onBook(arguments);
        EXPECT_EQ(run.exitCode, code) << run;
        if (code != 0) {
            EXPECT_TRUE(run.out.isEmpty()) << run;
            EXPECT_FALSE(run.err.isEmpty()) << run;
        }
    };
    // Usage errors: 2.
    expectExit({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("c1"), QStringLiteral("--as-of"),
                QStringLiteral("2025-13-01")},
               2);
    expectExit({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("c1"), QStringLiteral("--format"),
                QStringLiteral("xml")},
               2);
    expectExit({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("c1"), QStringLiteral("--task"),
                QStringLiteral("nap")},
               2);
    expectExit({QStringLiteral("worklist"), QStringLiteral("--as-of"), QStringLiteral("2025-07-01")},
               2); // whose queue?
    expectExit({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("c1"), QStringLiteral("extra")},
               2);
    expectExit({QStringLiteral("promises")}, 2);
    expectExit({QStringLiteral("promises"), QStringLiteral("forget")}, 2);
    expectExit(
            {QStringLiteral("promises"), QStringLiteral("evaluate"), QStringLiteral("--grace"), QStringLiteral("-1")},
            2);
    expectExit({QStringLiteral("promises"), QStringLiteral("evaluate"), QStringLiteral("--grace"), QStringLiteral("x")},
               2);
    // Not allowed: 3 (a clerk has no queue; a collector may not see another's; unknown user).
    expectExit({QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("worklist"),
                QStringLiteral("--as-of"), QStringLiteral("2025-07-01")},
               3);
    expectExit({QStringLiteral("--user"), QStringLiteral("c2"), QStringLiteral("worklist"), QStringLiteral("--user"),
                QStringLiteral("c1"), QStringLiteral("--as-of"), QStringLiteral("2025-07-01")},
               3);
    expectExit({QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("promises"),
                QStringLiteral("evaluate"), QStringLiteral("--as-of"), QStringLiteral("2025-07-01")},
               3);
    expectExit({QStringLiteral("worklist"), QStringLiteral("--user"), QStringLiteral("nobody"),
                QStringLiteral("--as-of"), QStringLiteral("2025-07-01")},
               3);
    // Data errors: 1 (a supervisor asks for the queue of someone who does not exist; a missing book).
    expectExit({QStringLiteral("--user"), QStringLiteral("sup"), QStringLiteral("worklist"), QStringLiteral("--user"),
                QStringLiteral("nobody"), QStringLiteral("--as-of"), QStringLiteral("2025-07-01")},
               1);
    const DeskRun missing = cli({QStringLiteral("--book"), m_dir.filePath(QStringLiteral("missing.ardesk")),
                                 QStringLiteral("promises"), QStringLiteral("evaluate")});
    EXPECT_EQ(missing.exitCode, 1) << missing;
    // Success: 0.
    expectExit({QStringLiteral("promises"), QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                QStringLiteral("2025-07-01"), QStringLiteral("--format"), QStringLiteral("json")},
               0);
}

} // namespace
