// ardesk-cli on a protected book (issue 9): every command acts as a signed-in user; a
// wrong password, an unknown or inactive user, or a command the user's role may not do
// exits with code 3, prints nothing on stdout, and changes nothing in the book (the only
// trace is the sign-in in the audit log). And CSV exports neutralise spreadsheet formulas.

#include "services/book_service.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "support/cli_runner.h"
#include "support/test_book.h"

using namespace ardesk;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kStaffPassword = QStringLiteral("staff-secret-1");

using ardesk::testing::CliRun;

// What a refused command must not change: every table but the audit log (which gains the
// sign-in record) and the users' failed-attempt counters, hashed row by row.
struct BookState
{
    QString digest;
    QStringList auditActions; // in id order
};

class CliSecurity : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = ardesk::test::freshBookLocation(m_dir, QStringLiteral("book.ardesk"));
    }

    CliRun cli(const QStringList &arguments, const QString &password = {}, const QString &newPassword = {})
    {
        QList<std::pair<QString, QString>> variables;
        if (!password.isEmpty())
            variables.emplace_back(QStringLiteral("ARDESK_PASSWORD"), password);
        if (!newPassword.isEmpty())
            variables.emplace_back(QStringLiteral("ARDESK_NEW_PASSWORD"), newPassword);
        return ardesk::testing::runCli(m_dir.path(), arguments, variables);
    }

    // ardesk-cli --book BOOK --user LOGIN ARGS... with LOGIN's password.
    CliRun as(const QString &login, QStringList arguments, const QString &password = {})
    {
        arguments.prepend(login);
        arguments.prepend(QStringLiteral("--user"));
        arguments.prepend(m_book);
        arguments.prepend(QStringLiteral("--book"));
        const QString typed = !password.isEmpty()  ? password
                : login == QStringLiteral("admin") ? kAdminPassword
                                                   : kStaffPassword;
        return cli(arguments, typed);
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    BookState state()
    {
        BookState result;
        auto book = BookService::open(m_book, AccessMode::ReadOnly);
        EXPECT_TRUE(book) << book.error().message.toStdString();
        if (!book)
            return result;
        QStringList tables = (*book)->tableNames();
        tables.removeAll(QStringLiteral("audit_log"));
        tables.removeAll(QStringLiteral("book_changes")); // its serial counts the audit's writes too
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &table : tables) {
            hash.addData(table.toUtf8());
            // Ordered by every column: PostgreSQL has no rowid.
            QSqlQuery q = (*book)->exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
            while (q.next()) {
                hash.addData(QByteArrayView("\x1e"));
                for (int i = 0; i < q.record().count(); ++i) {
                    // A sign-in keeps its failure count on the user: bookkeeping, not data.
                    const QString column = q.record().fieldName(i);
                    if (table == u"users" && (column == u"failed_attempts" || column == u"locked_until"))
                        continue;
                    hash.addData(QByteArrayView("\x1f"));
                    hash.addData(q.value(i).isNull() ? QByteArray("\\N") : q.value(i).toString().toUtf8());
                }
            }
        }
        result.digest = QString::fromLatin1(hash.result().toHex());
        QSqlQuery audit = (*book)->exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
        while (audit.next())
            result.auditActions << audit.value(0).toString();
        return result;
    }

    // A protected book: admin plus one user of every other role, each with a password; two
    // customers, an invoice and a payment.
    void protectedBook()
    {
        const CliRun init = cli({QStringLiteral("--book"), m_book, QStringLiteral("init"), QStringLiteral("--admin"),
                                 QStringLiteral("admin")},
                                kAdminPassword);
        ASSERT_EQ(init.exitCode, 0) << init;
        for (const char *role : {"manager", "supervisor", "collector", "clerk", "auditor"}) {
            const QString login = QString::fromLatin1(role);
            const CliRun add = as(QStringLiteral("admin"),
                                  {QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--name"),
                                   login.toUpper(), QStringLiteral("--role"), login});
            ASSERT_EQ(add.exitCode, 0) << add;
            QStringList arguments{QStringLiteral("--book"),
                                  m_book,
                                  QStringLiteral("--user"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("users"),
                                  QStringLiteral("set-password"),
                                  login};
            const CliRun set = cli(arguments, kAdminPassword, kStaffPassword);
            ASSERT_EQ(set.exitCode, 0) << set;
        }
        m_customers = write(QStringLiteral("customers.csv"),
                            "code,name,currency,terms_days,credit_limit\n"
                            "C1,Alpha,EUR,30,\n"
                            "C2,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",EUR,30,\n");
        const CliRun customers =
                as(QStringLiteral("admin"), {QStringLiteral("import"), QStringLiteral("customers"), m_customers});
        ASSERT_EQ(customers.exitCode, 0) << customers;
        m_invoices = write(QStringLiteral("invoices.csv"),
                           "number,customer_code,issue_date,due_date,amount,currency\n"
                           "I-1,C1,2026-01-01,2026-01-31,1000.00,EUR\n"
                           "I-2,C2,2026-02-01,2026-03-03,20.00,EUR\n");
        const CliRun invoices =
                as(QStringLiteral("clerk"), {QStringLiteral("import"), QStringLiteral("invoices"), m_invoices});
        ASSERT_EQ(invoices.exitCode, 0) << invoices;
        m_moreInvoices = write(QStringLiteral("more.csv"),
                               "number,customer_code,issue_date,due_date,amount,currency\n"
                               "I-3,C1,2026-04-01,2026-05-01,5.00,EUR\n");
    }

    QStringList postPayment() const
    {
        return {QStringLiteral("post"),       QStringLiteral("payment"),     QStringLiteral("--customer"),
                QStringLiteral("C1"),         QStringLiteral("--amount"),    QStringLiteral("10.00"),
                QStringLiteral("--currency"), QStringLiteral("EUR"),         QStringLiteral("--date"),
                QStringLiteral("2026-02-01"), QStringLiteral("--auto-apply")};
    }

    // Runs the command as `login` and expects exit 3, a message, no output and no change
    // except audit records named in `allowedAudit`.
    void expectRefused(const QString &login, const QStringList &arguments, const QString &password = {},
                       const QStringList &allowedAudit = {QStringLiteral("sign_in")})
    {
        SCOPED_TRACE((login + u' ' + arguments.join(u' ')).toStdString());
        const BookState before = state();
        const CliRun run = as(login, arguments, password);
        EXPECT_EQ(run.exitCode, 3) << run;
        EXPECT_TRUE(run.out.isEmpty()) << run;
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("ardesk-cli: "))) << run;
        const BookState after = state();
        EXPECT_EQ(after.digest, before.digest) << "the book changed\n" << run;
        ASSERT_GE(after.auditActions.size(), before.auditActions.size());
        EXPECT_EQ(after.auditActions.mid(0, before.auditActions.size()), before.auditActions);
        for (const QString &action : after.auditActions.mid(before.auditActions.size()))
            EXPECT_TRUE(allowedAudit.contains(action)) << "unexpected audit record " << action.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_book;
    QString m_customers;
    QString m_invoices;
    QString m_moreInvoices;
};

} // namespace

TEST_F(CliSecurity, aRoleThatMayNotDoACommandExitsThreeAndChangesNothing)
{
    protectedBook();
    const QString backup = m_dir.filePath(QStringLiteral("copy.ardesk"));
    // One command per refused permission that ardesk-cli reaches today.
    expectRefused(QStringLiteral("collector"), {QStringLiteral("import"), QStringLiteral("invoices"), m_moreInvoices});
    expectRefused(QStringLiteral("auditor"), {QStringLiteral("import"), QStringLiteral("invoices"), m_moreInvoices});
    expectRefused(QStringLiteral("supervisor"), {QStringLiteral("import"), QStringLiteral("customers"), m_customers});
    expectRefused(QStringLiteral("collector"), postPayment());
    expectRefused(QStringLiteral("auditor"), postPayment());
    expectRefused(QStringLiteral("supervisor"), postPayment());
    expectRefused(QStringLiteral("clerk"),
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("mallory"), QStringLiteral("--name"),
                   QStringLiteral("M"), QStringLiteral("--role"), QStringLiteral("admin")});
    expectRefused(QStringLiteral("manager"),
                  {QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("clerk")});
    expectRefused(QStringLiteral("auditor"), {QStringLiteral("users"), QStringLiteral("list")});
    // Refused before the new password is even asked for, and with one given.
    expectRefused(QStringLiteral("collector"),
                  {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("admin")});
    {
        const BookState before = state();
        const CliRun run = cli({QStringLiteral("--book"), m_book, QStringLiteral("--user"), QStringLiteral("collector"),
                                QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("admin")},
                               kStaffPassword, QStringLiteral("taken-over-1"));
        EXPECT_EQ(run.exitCode, 3) << run;
        EXPECT_EQ(state().digest, before.digest) << run;
    }
    expectRefused(QStringLiteral("clerk"), {QStringLiteral("verify")});
    expectRefused(QStringLiteral("clerk"),
                  {QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    expectRefused(QStringLiteral("clerk"),
                  {QStringLiteral("promises"), QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-06-30")});
    expectRefused(QStringLiteral("collector"), {QStringLiteral("import"), QStringLiteral("bank"),
                                                QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/bank/camt053_v02.xml"),
                                                QStringLiteral("--post")});
    expectRefused(QStringLiteral("auditor"), {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("1")});
    expectRefused(QStringLiteral("auditor"), {QStringLiteral("backup"), QStringLiteral("--out"), backup});
    EXPECT_FALSE(QFile::exists(backup));

    // The same commands pass for a role that may do them (the refusals are not an accident).
    const CliRun clerkImport =
            as(QStringLiteral("clerk"), {QStringLiteral("import"), QStringLiteral("invoices"), m_moreInvoices});
    EXPECT_EQ(clerkImport.exitCode, 0) << clerkImport;
    const CliRun clerkPosts = as(QStringLiteral("clerk"), postPayment());
    EXPECT_EQ(clerkPosts.exitCode, 0) << clerkPosts;
    const CliRun auditorVerifies = as(QStringLiteral("auditor"), {QStringLiteral("verify")});
    EXPECT_EQ(auditorVerifies.exitCode, 0) << auditorVerifies;
    EXPECT_TRUE(auditorVerifies.out.startsWith(QStringLiteral("ok"))) << auditorVerifies;
    const CliRun managerKpi = as(QStringLiteral("manager"),
                                 {QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(managerKpi.exitCode, 0) << managerKpi;
}

TEST_F(CliSecurity, signInFailuresExitThreeAndChangeNothingButTheAudit)
{
    protectedBook();
    // Wrong password: refused, the failure counted and audited, nothing else changed.
    expectRefused(QStringLiteral("clerk"), postPayment(), QStringLiteral("not-the-password"),
                  {QStringLiteral("sign_in.failed")});
    // Unknown user.
    expectRefused(QStringLiteral("nobody"), postPayment(), kStaffPassword, {QStringLiteral("sign_in.failed")});
    // No --user on a protected book; no password at all (no ARDESK_PASSWORD, no terminal).
    const CliRun anonymous = cli({QStringLiteral("--book"), m_book, QStringLiteral("info")});
    EXPECT_EQ(anonymous.exitCode, 3) << anonymous;
    EXPECT_TRUE(anonymous.out.isEmpty()) << anonymous;
    const CliRun noPassword = cli({QStringLiteral("--book"), m_book, QStringLiteral("--user"), QStringLiteral("clerk"),
                                   QStringLiteral("info")});
    EXPECT_EQ(noPassword.exitCode, 3) << noPassword;
    // A deactivated user.
    const CliRun deactivate = as(QStringLiteral("admin"),
                                 {QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("collector")});
    ASSERT_EQ(deactivate.exitCode, 0) << deactivate;
    expectRefused(QStringLiteral("collector"), {QStringLiteral("info")}, {}, {QStringLiteral("sign_in.failed")});
}

TEST_F(CliSecurity, agingCsvNeutralisesFormulasInCustomerNames)
{
    protectedBook();
    const CliRun run =
            as(QStringLiteral("auditor"),
               {QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                QStringLiteral("--by"), QStringLiteral("customer"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << run;
    EXPECT_EQ(lines[1], QStringLiteral("C1,Alpha,EUR,0.00,0.00,0.00,0.00,1000.00,1000.00,0.00,0.00"));
    EXPECT_EQ(lines[2],
              QStringLiteral("C2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",EUR,0.00,0.00,0.00,"
                             "0.00,20.00,20.00,0.00,0.00"));
}

TEST_F(CliSecurity, guessingThroughAReadOnlyCommandIsCountedLockedOutAndAudited)
{
    protectedBook();
    // verify and kpi open the book read-only; before issue 9's hardening their failed
    // sign-ins were neither counted nor audited, so a password could be guessed through
    // them without ever meeting the lockout.
    for (int attempt = 1; attempt <= 5; ++attempt) {
        SCOPED_TRACE(attempt);
        expectRefused(QStringLiteral("auditor"), {QStringLiteral("verify")}, QStringLiteral("guess-%1").arg(attempt),
                      {QStringLiteral("sign_in.failed")});
    }
    // Locked now (30 s after the fifth failure): even the right password is refused.
    const CliRun locked = as(QStringLiteral("auditor"), {QStringLiteral("verify")});
    EXPECT_EQ(locked.exitCode, 3) << locked;
    EXPECT_TRUE(locked.err.contains(QStringLiteral("too many failed attempts"))) << locked;
    const BookState after = state();
    EXPECT_EQ(after.auditActions.count(QStringLiteral("sign_in.failed")), 6);
}

TEST_F(CliSecurity, aStrayUpdateIsRefusedAndARowChangedBehindArdesksBackIsFoundByVerify)
{
    protectedBook();
    const CliRun clean = as(QStringLiteral("auditor"), {QStringLiteral("verify")});
    ASSERT_EQ(clean.exitCode, 0) << clean;
    {
        auto book = BookService::open(m_book, AccessMode::ReadWrite);
        ASSERT_TRUE(book) << book.error().message.toStdString();
        // A stray statement against a posted row fails on the trigger.
        QSqlQuery stray((*book)->database());
        EXPECT_FALSE(stray.exec(QStringLiteral("UPDATE invoices SET amount = 1 WHERE number = 'I-1'")));
        EXPECT_FALSE(stray.exec(QStringLiteral("DELETE FROM invoices WHERE number = 'I-1'")));
        // Someone who drops the trigger first can change the row ...
        for (const QString &drop : (*book)->dialect().dropImmutableTriggers(QStringLiteral("invoices")))
            (*book)->exec(drop);
        (*book)->exec(QStringLiteral("UPDATE invoices SET amount = 1 WHERE number = 'I-2'"));
    }
    // ... but verify finds it, names the record and exits 1.
    const CliRun tampered = as(QStringLiteral("auditor"),
                               {QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(tampered.exitCode, 1) << tampered;
    EXPECT_TRUE(tampered.out.contains(QStringLiteral("\"ok\":false"))) << tampered;
    EXPECT_TRUE(tampered.out.contains(QStringLiteral("\"table\":\"invoices\""))) << tampered;
    EXPECT_TRUE(tampered.out.contains(QStringLiteral("\"id\":2"))) << tampered;
}

TEST_F(CliSecurity, anImportedUserSignsInOnceWithAOneTimeCodeToSetAPassword)
{
    protectedBook();
    const QString usersFile = write(QStringLiteral("users.csv"), "login,name,role\nivan,Ivan Imported,clerk\n");
    const CliRun imported = as(QStringLiteral("admin"), {QStringLiteral("import"), QStringLiteral("users"), usersFile});
    ASSERT_EQ(imported.exitCode, 0) << imported;
    const QStringList info{QStringLiteral("info")};
    EXPECT_EQ(as(QStringLiteral("ivan"), info, QStringLiteral("anything at all")).exitCode, 3);
    expectRefused(QStringLiteral("clerk"), {QStringLiteral("users"), QStringLiteral("one-time-code"), QStringLiteral("ivan")});

    const CliRun issued =
            as(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("one-time-code"), QStringLiteral("ivan")});
    ASSERT_EQ(issued.exitCode, 0) << issued;
    const QString code = issued.out.trimmed();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")).match(code).hasMatch())
            << issued;
    EXPECT_TRUE(issued.err.contains(QStringLiteral("shown only this once"))) << issued;

    // The code signs in, but only to set a password: anything else exits 3 and changes nothing.
    expectRefused(QStringLiteral("ivan"), info, code, {QStringLiteral("sign_in.one_time_code")});
    const CliRun set = cli({QStringLiteral("--book"), m_book, QStringLiteral("--user"), QStringLiteral("ivan"),
                            QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("ivan")},
                           code, QStringLiteral("ivan-secret-1"));
    ASSERT_EQ(set.exitCode, 0) << set;
    EXPECT_EQ(as(QStringLiteral("ivan"), info, QStringLiteral("ivan-secret-1")).exitCode, 0);
    EXPECT_EQ(as(QStringLiteral("ivan"), info, code).exitCode, 3) << "used up";
}
