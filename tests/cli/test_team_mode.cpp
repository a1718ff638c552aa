// Team mode end to end through the real ardesk-cli, on the engine of tests/support/test_book.h
// (SQLite by default, PostgreSQL with ARDESK_TEST_PG_URL):
//  - `copy --to` moves a whole book from a SQLite file to the fresh book and back; verify,
//    aging, kpi and promises evaluate give identical output on both;
//  - 8 processes post payments with --auto-apply against the same 50 invoices at once: no
//    invoice over-applied, allocations + unapplied = payments to the cent, verify ok, no
//    posting lost. ARDESK_CONCURRENCY_PAYMENTS sets the payments per process (default 12;
//    the full size is 200: the step after the suite in scripts/test.sh);
//  - a payment posted by another process reaches an open BookWatcher within 5 s (the test
//    waits for the signal, with a 5 s limit);
//  - two processes creating the same book at once: one runs the migrations, the other
//    waits for it and then sees a book there (refused cleanly, nothing run twice);
//  - PostgreSQL only: the posting role of docs/team-mode.md posts, but UPDATE and DELETE
//    of posted tables are refused to it by the server's privileges.

#include <gtest/gtest.h>

#include "services/book_service.h"
#include "storage/book_watcher.h"
#include "storage/schema.h"
#include "support/test_book.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

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


// An event loop for the watcher (the test binary has no QCoreApplication of its own).
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ardesk_cli_tests";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the process
}

TEST_F(TeamMode, aPaymentPostedByAnotherProcessReachesAnOpenWatcherWithinFiveSeconds)
{
    ensureApplication();
    const QString book = test::freshBookLocation(m_dir, QStringLiteral("watched.ardesk"));
    ASSERT_EQ(cli(book, {QStringLiteral("init")}).exitCode, 0);
    importCsv(book, QStringLiteral("customers"), "code,name,currency,terms_days,credit_limit\nA,Alpha,EUR,30,\n");
    importCsv(book, QStringLiteral("invoices"),
              "number,customer_code,issue_date,due_date,amount,currency\nI-1,A,2026-01-02,2026-02-01,100.00,EUR\n");

    auto opened = BookService::open(book, AccessMode::ReadOnly);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    auto watcher = BookWatcher::watch(**opened, 250);
    ASSERT_TRUE(watcher) << watcher.error().message.toStdString();
    QStringList kinds;
    QEventLoop loop;
    QObject::connect(watcher->get(), &BookWatcher::changed, &loop, [&](const QString &kind) {
        kinds << kind;
        loop.quit();
    });
    QProcess poster;
    poster.setProcessEnvironment(environment());
    poster.start(QStringLiteral(ARDESK_CLI_PATH),
                 {QStringLiteral("--book"), book, QStringLiteral("post"), QStringLiteral("payment"),
                  QStringLiteral("--customer"), QStringLiteral("A"), QStringLiteral("--amount"), QStringLiteral("40.00"),
                  QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--date"),
                  QStringLiteral("2026-03-01"), QStringLiteral("--auto-apply")});
    ASSERT_TRUE(poster.waitForFinished(180000));
    ASSERT_EQ(poster.exitCode(), 0) << poster.readAllStandardError().toStdString();
    // From the moment the posting committed (the process ended): at most 5 s.
    QElapsedTimer waited;
    waited.start();
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (kinds.isEmpty())
        loop.exec();
    ASSERT_FALSE(kinds.isEmpty()) << "no change seen within 5 s on " << test::engineName();
    EXPECT_LT(waited.elapsed(), 5000);
    EXPECT_EQ(kinds.first(), QStringLiteral("book"));
    // ... and what the window reads again shows the payment.
    EXPECT_EQ(scalar(**opened, QStringLiteral("SELECT SUM(open_amount) FROM invoice_state")), 6000);
}

TEST_F(TeamMode, twoProcessesCreatingTheSameBookAtOnceRunTheMigrationsOnce)
{
    const QString book = test::freshBookLocation(m_dir, QStringLiteral("raced.ardesk"));
    // On PostgreSQL the test holds the migration lock itself until both processes wait for
    // it, so they really start the migration at the same moment (no timing involved).
    QSqlDatabase holder;
    const QString holderName = QStringLiteral("migration-lock-holder");
    if (test::onPostgres()) {
        holder = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), holderName);
        const QUrl url(book);
        holder.setHostName(url.host());
        holder.setPort(url.port(5432));
        holder.setUserName(url.userName());
        holder.setDatabaseName(url.path().mid(1));
        holder.setPassword(qEnvironmentVariable("ARDESK_PASSWORD"));
        ASSERT_TRUE(holder.open()) << holder.lastError().text().toStdString();
        ASSERT_TRUE(QSqlQuery(holder).exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(0x6172646b)));
    }
    std::vector<std::unique_ptr<QProcess>> running;
    for (int p = 0; p < 2; ++p) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(ARDESK_CLI_PATH), {QStringLiteral("--book"), book, QStringLiteral("init")});
        ASSERT_TRUE(process->waitForStarted());
        running.push_back(std::move(process));
    }
    if (test::onPostgres()) {
        // Wait (up to 60 s) until both wait on the lock, then let them go.
        int waiting = 0;
        for (int i = 0; i < 600 && waiting < 2; ++i) {
            QSqlQuery query(holder);
            query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                                      "AND objid = %1").arg(0x6172646b));
            waiting = query.next() ? query.value(0).toInt() : 0;
            if (waiting < 2)
                running.front()->waitForFinished(100); // both are blocked: this only paces the loop
        }
        EXPECT_EQ(waiting, 2);
        QSqlQuery(holder).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(0x6172646b));
        holder.close();
    }
    int succeeded = 0;
    for (auto &process : running) {
        ASSERT_TRUE(process->waitForFinished(180000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0)
            ++succeeded;
        else // the other one: a clear refusal, not a failed CREATE TABLE
            EXPECT_TRUE(err.contains(QStringLiteral("already"))) << err.toStdString();
    }
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(holderName);
    EXPECT_EQ(succeeded, 1);
    const CliRun verify = cli(book, {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify;
    auto opened = BookService::open(book, AccessMode::ReadOnly);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), currentSchemaVersion());
    EXPECT_EQ(scalar(**opened, QStringLiteral("SELECT COUNT(*) FROM book_meta WHERE key = 'book_id'")), 1);
}

TEST_F(TeamMode, thePostingRoleMayPostButNeverUpdateNorDeletePostedRows)
{
    if (!test::onPostgres())
        GTEST_SKIP() << "database roles exist on PostgreSQL only";
    const QString book = test::freshBookLocation(m_dir, QStringLiteral("roles.ardesk"));
    ASSERT_EQ(cli(book, {QStringLiteral("init")}).exitCode, 0);
    importCsv(book, QStringLiteral("customers"), "code,name,currency,terms_days,credit_limit\nA,Alpha,EUR,30,\n");
    importCsv(book, QStringLiteral("invoices"),
              "number,customer_code,issue_date,due_date,amount,currency\nI-1,A,2026-01-02,2026-02-01,100.00,EUR\n");

    // The grants of docs/team-mode.md, run as the owner (the test cluster's superuser).
    const QUrl ownerUrl(book);
    const QString role = QStringLiteral("ardesk_app_t%1").arg(QCoreApplication::applicationPid());
    auto connect = [&](const QString &name, const QString &user) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(ownerUrl.host());
        db.setPort(ownerUrl.port(5432));
        db.setUserName(user);
        db.setDatabaseName(ownerUrl.path().mid(1));
        db.setPassword(qEnvironmentVariable("ARDESK_PASSWORD"));
        return db;
    };
    {
        QSqlDatabase owner = connect(QStringLiteral("roles-owner"), ownerUrl.userName());
        ASSERT_TRUE(owner.open()) << owner.lastError().text().toStdString();
        QSqlQuery q(owner);
        q.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        const QStringList grants{
            QStringLiteral("CREATE ROLE %1 LOGIN").arg(role),
            QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(role),
            QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role),
            QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON invoices, credit_notes, payments, write_offs, "
                           "allocations, reversals, audit_log FROM %1").arg(role),
            QStringLiteral("REVOKE UPDATE, DELETE ON ardesk_schema_version FROM %1").arg(role),
        };
        for (const QString &grant : grants)
            ASSERT_TRUE(q.exec(grant)) << grant.toStdString() << ": " << q.lastError().text().toStdString();
        owner.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-owner"));

    QUrl appUrl(book);
    appUrl.setUserName(role);
    const QString appBook = appUrl.toString();
    // Posting works for the role: a payment, applied, audited, and the book verifies.
    const CliRun posted = cli(appBook, {QStringLiteral("post"), QStringLiteral("payment"), QStringLiteral("--customer"),
                                        QStringLiteral("A"), QStringLiteral("--amount"), QStringLiteral("30.00"),
                                        QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--date"),
                                        QStringLiteral("2026-03-01"), QStringLiteral("--invoice"), QStringLiteral("I-1")});
    EXPECT_EQ(posted.exitCode, 0) << posted;
    const CliRun verify = cli(appBook, {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify;
    EXPECT_TRUE(verify.out.startsWith(QStringLiteral("ok"))) << verify;

    // UPDATE and DELETE of posted rows: refused by the privileges (before any trigger).
    {
        QSqlDatabase app = connect(QStringLiteral("roles-app"), role);
        ASSERT_TRUE(app.open()) << app.lastError().text().toStdString();
        for (const QString &statement :
             {QStringLiteral("UPDATE payments SET amount = 1"), QStringLiteral("DELETE FROM allocations"),
              QStringLiteral("UPDATE invoices SET amount = amount + 1"), QStringLiteral("DELETE FROM audit_log"),
              QStringLiteral("TRUNCATE payments CASCADE")}) {
            QSqlQuery q(app);
            EXPECT_FALSE(q.exec(statement)) << statement.toStdString();
            EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("permission denied"))) << q.lastError().text().toStdString();
        }
        QSqlQuery counted(app);
        ASSERT_TRUE(counted.exec(QStringLiteral("SELECT COUNT(*), SUM(amount) FROM payments")));
        ASSERT_TRUE(counted.next());
        EXPECT_EQ(counted.value(0).toLongLong(), 1);
        EXPECT_EQ(counted.value(1).toLongLong(), 3000);
        app.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-app"));
    {
        QSqlDatabase owner = connect(QStringLiteral("roles-owner"), ownerUrl.userName());
        ASSERT_TRUE(owner.open());
        QSqlQuery(owner).exec(QStringLiteral("DROP OWNED BY %1").arg(role));
        QSqlQuery(owner).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        owner.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-owner"));
}

} // namespace
