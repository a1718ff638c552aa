// Team mode end to end through the real ardesk-cli, on the engine of tests/support/test_book.h
// (SQLite by default, PostgreSQL with ARDESK_TEST_PG_URL):
//  - `copy --to` moves a whole book from a SQLite file to the fresh book and back; verify,
//    aging, kpi and promises evaluate give identical output on both;
//  - 8 processes post payments with --auto-apply against the same 50 invoices at once: no
//    invoice over-applied, allocations + unapplied = payments to the cent, verify ok, no
//    posting lost. ARDESK_CONCURRENCY_PAYMENTS sets the payments per process (default 12;
//    the full size is 200: scripts/test.sh --full-concurrency).

#include <gtest/gtest.h>

#include "services/book_service.h"
#include "support/test_book.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace {

using namespace ardesk;

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &stream, const CliRun &run)
{
    return stream << "exit " << run.exitCode << "\n--- stdout\n"
                  << run.out.toStdString() << "--- stderr\n"
                  << run.err.toStdString();
}

class TeamMode : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return environment;
    }

    CliRun cli(const QString &book, QStringList arguments)
    {
        arguments.prepend(book);
        arguments.prepend(QStringLiteral("--book"));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(ARDESK_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(180000));
        CliRun run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    void importCsv(const QString &book, const QString &kind, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".csv"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        file.close();
        const CliRun run = cli(book, {QStringLiteral("import"), kind, path});
        ASSERT_EQ(run.exitCode, 0) << run;
    }

    // What must be identical on two copies of one book.
    QStringList outputs(const QString &book)
    {
        QStringList result;
        const QList<QStringList> commands{
            {QStringLiteral("verify")},
            {QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--by"),
             QStringLiteral("customer"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--by"),
             QStringLiteral("collector"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")},
        };
        for (const QStringList &command : commands) {
            const CliRun run = cli(book, command);
            EXPECT_EQ(run.exitCode, 0) << run;
            result << run.out;
        }
        return result;
    }

    QTemporaryDir m_dir;
};

TEST_F(TeamMode, copyMovesAWholeBookToTheOtherEngineAndBackAndEverythingAgrees)
{
    const QString source = m_dir.filePath(QStringLiteral("source.ardesk"));
    ASSERT_EQ(cli(source, {QStringLiteral("init")}).exitCode, 0);
    const CliRun demo = cli(source, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("25"),
                                     QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--today"),
                                     QStringLiteral("2026-11-01")});
    ASSERT_EQ(demo.exitCode, 0) << demo;

    const QString target = test::freshBookLocation(m_dir, QStringLiteral("target.ardesk"));
    const CliRun copied = cli(source, {QStringLiteral("copy"), QStringLiteral("--to"), target});
    ASSERT_EQ(copied.exitCode, 0) << copied;
    // promises evaluate writes (statuses): run it on both, then everything else must agree.
    for (const QString &book : {source, target}) {
        const CliRun evaluated = cli(book, {QStringLiteral("promises"), QStringLiteral("evaluate"),
                                            QStringLiteral("--as-of"), QStringLiteral("2026-11-01"),
                                            QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(evaluated.exitCode, 0) << evaluated;
        EXPECT_FALSE(evaluated.out.isEmpty());
    }
    const QStringList fromSource = outputs(source);
    EXPECT_TRUE(fromSource.first().startsWith(QStringLiteral("ok"))) << fromSource.first().toStdString();
    EXPECT_EQ(fromSource, outputs(target)) << test::engineName();

    // ... and back into a new file.
    const QString back = m_dir.filePath(QStringLiteral("back.ardesk"));
    ASSERT_EQ(cli(target, {QStringLiteral("copy"), QStringLiteral("--to"), back}).exitCode, 0);
    EXPECT_EQ(outputs(target), outputs(back));

    // A book is only ever copied into a new one: the target is left as it was.
    const QStringList before = outputs(back);
    const CliRun again = cli(source, {QStringLiteral("copy"), QStringLiteral("--to"), back});
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_EQ(before, outputs(back));
}

qint64 scalar(Book &book, const QString &sql)
{
    QSqlQuery query = book.exec(sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

TEST_F(TeamMode, eightProcessesPostingAtOnceNeverOverApplyNorLoseAPosting)
{
    const int processes = 8;
    const int perProcess = qEnvironmentVariableIsSet("ARDESK_CONCURRENCY_PAYMENTS")
                                   ? qEnvironmentVariableIntValue("ARDESK_CONCURRENCY_PAYMENTS")
                                   : 12;
    const QString book = test::freshBookLocation(m_dir, QStringLiteral("busy.ardesk"));
    ASSERT_EQ(cli(book, {QStringLiteral("init")}).exitCode, 0);
    importCsv(book, QStringLiteral("customers"), "code,name,currency,terms_days,credit_limit\nA,Alpha,EUR,30,\n");
    QByteArray invoices = "number,customer_code,issue_date,due_date,amount,currency\n";
    for (int i = 1; i <= 50; ++i)
        invoices += QStringLiteral("I-%1,A,2026-01-%2,2026-02-%2,%3.%4,EUR\n")
                            .arg(i, 3, 10, QLatin1Char('0'))
                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                            .arg(40 + (i * 37) % 90)
                            .arg((i * 13) % 100, 2, 10, QLatin1Char('0'))
                            .toUtf8();
    importCsv(book, QStringLiteral("invoices"), invoices);

    // Each process posts its payments one after the other, all processes at once. The
    // amounts (fixed seed) add up to more than the invoices, so that the last payments
    // meet fully paid invoices and stay (partly) unapplied.
    QRandomGenerator random(20261125);
    std::vector<QStringList> scripts(processes);
    qint64 expectedTotal = 0;
    for (int p = 0; p < processes; ++p)
        for (int n = 0; n < perProcess; ++n) {
            const qint64 cents = 1000 + random.bounded(9000) + (perProcess < 50 ? 3000 : 0);
            expectedTotal += cents;
            scripts[p] << QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
        }
    QString runner = m_dir.filePath(QStringLiteral("post.sh"));
    {
        QFile file(runner);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n# post.sh BOOK PROCESS AMOUNT...\nbook=\"$1\"; p=\"$2\"; shift 2; n=0\n"
                   "for amount in \"$@\"; do n=$((n+1))\n"
                   "  \"$ARDESK_CLI\" --book \"$book\" post payment --customer A --amount \"$amount\" --currency EUR "
                   "--date 2026-03-01 --auto-apply --reference \"P$p-$n\" >/dev/null || exit 1\n"
                   "done\n");
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    std::vector<std::unique_ptr<QProcess>> running;
    for (int p = 0; p < processes; ++p) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("ARDESK_CLI"), QStringLiteral(ARDESK_CLI_PATH));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral("/bin/sh"), QStringList{runner, book, QString::number(p)} + scripts[p]);
        running.push_back(std::move(process));
    }
    for (int p = 0; p < processes; ++p) {
        ASSERT_TRUE(running[p]->waitForFinished(600000));
        EXPECT_EQ(running[p]->exitCode(), 0) << "process " << p << ": "
                                             << running[p]->readAllStandardError().toStdString();
    }

    auto opened = BookService::open(book, AccessMode::ReadOnly);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    Book &b = **opened;
    // No posting lost: every payment is there, once.
    EXPECT_EQ(scalar(b, QStringLiteral("SELECT COUNT(*) FROM payments")), processes * perProcess);
    EXPECT_EQ(scalar(b, QStringLiteral("SELECT COUNT(DISTINCT reference) FROM payments")), processes * perProcess);
    EXPECT_EQ(scalar(b, QStringLiteral("SELECT SUM(amount) FROM payments")), expectedTotal);
    // No invoice over-applied, and the maintained open amounts agree with the allocations.
    EXPECT_EQ(scalar(b, QStringLiteral("SELECT COUNT(*) FROM invoices i WHERE i.amount < "
                                       "(SELECT COALESCE(SUM(a.amount), 0) FROM allocations a WHERE a.invoice_id = i.id)")),
              0);
    EXPECT_EQ(scalar(b, QStringLiteral("SELECT COUNT(*) FROM invoice_state s JOIN invoices i ON i.id = s.invoice_id "
                                       "WHERE s.open_amount <> i.amount - (SELECT COALESCE(SUM(a.amount), 0) "
                                       "FROM allocations a WHERE a.invoice_id = i.id)")),
              0);
    // Allocations + unapplied = payments, to the cent.
    EXPECT_EQ(scalar(b, QStringLiteral("SELECT (SELECT COALESCE(SUM(amount), 0) FROM allocations WHERE payment_id IS "
                                       "NOT NULL) + (SELECT SUM(unapplied) FROM payment_state)")),
              expectedTotal);
    // The invoices are fully paid (the payments exceed them), and some cash is unapplied.
    EXPECT_EQ(scalar(b, QStringLiteral("SELECT SUM(open_amount) FROM invoice_state")), 0);
    EXPECT_GT(scalar(b, QStringLiteral("SELECT SUM(unapplied) FROM payment_state")), 0);
    opened->reset();
    const CliRun verify = cli(book, {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify;
    EXPECT_TRUE(verify.out.startsWith(QStringLiteral("ok"))) << verify;
}

} // namespace
