// `ardesk-cli policy set-terms NAME TERMS` (docs/cli.md#policy-set-terms): the real CLI sets a
// policy's instalment terms in their canonical text, audited with the old and new terms; an
// invoice imported afterwards for a customer of the policy is split by them; "none" removes
// them; bad terms are refused with the part named and change nothing (exit 1), as is an
// unknown policy; missing or extra arguments are usage errors (exit 2); a collector may not
// (exit 3). Books from tests/support/test_book.h, so this runs on PostgreSQL too.

#include "services/book_service.h"
#include "services/credit_service.h"
#include "storage/policy_repository.h"
#include "support/cli_runner.h"
#include "support/test_book.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

using ardesk::testing::CliRun;

class PolicyTermsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = ardesk::test::freshBookLocation(m_dir, QStringLiteral("terms.ardesk"));
        const CliRun init = onBook({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init;
        // A policy (as Settings saves it) and a customer on it.
        auto book = ardesk::BookService::open(m_book);
        ASSERT_TRUE(book);
        auto session = ardesk::BookService::localSession(**book);
        ASSERT_TRUE(session);
        ardesk::CreditPolicy policy;
        policy.name = QStringLiteral("Spread");
        policy.termsDays = 30;
        ASSERT_TRUE(ardesk::CreditService(**session).savePolicy(policy));
        mustImport(QStringLiteral("customers"), "code,name,currency,terms_days,credit_limit\nC1,One,EUR,30,\n");
        ASSERT_TRUE(ardesk::CreditService(**session).assignPolicy(QStringLiteral("C1"), QStringLiteral("Spread")));
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

    CliRun setTerms(const QStringList &rest)
    {
        return onBook(QStringList{QStringLiteral("policy"), QStringLiteral("set-terms")} + rest);
    }

    // Reads the book afresh (the CLI wrote it in another process).
    qint64 scalar(const QString &sql)
    {
        auto book = ardesk::BookService::open(m_book);
        EXPECT_TRUE(book);
        if (!book)
            return -1;
        QSqlQuery q = (*book)->exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QString savedTerms()
    {
        auto book = ardesk::BookService::open(m_book);
        EXPECT_TRUE(book);
        if (!book)
            return {};
        QSqlQuery q = (*book)->exec(QStringLiteral("SELECT instalment_terms FROM credit_policies WHERE name = 'Spread'"));
        return q.next() ? q.value(0).toString() : QStringLiteral("<no policy>");
    }

    qint64 policyEdits()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.edit'"));
    }

    QTemporaryDir m_dir;
    QString m_book;
};

} // namespace

TEST_F(PolicyTermsCli, setsTheTermsCanonicallyAuditedAndLaterInvoicesAreSplit)
{
    const CliRun set = setTerms({QStringLiteral("Spread"), QStringLiteral(" 30 / 60 / 90 ")});
    ASSERT_EQ(set.exitCode, 0) << set;
    EXPECT_TRUE(set.out.isEmpty()) << set;
    EXPECT_EQ(set.err.trimmed(), QStringLiteral("policy Spread: instalment terms 30/60/90")) << set;
    EXPECT_EQ(savedTerms(), QStringLiteral("30/60/90"));
    EXPECT_EQ(policyEdits(), 1);
    {
        auto book = ardesk::BookService::open(m_book);
        ASSERT_TRUE(book);
        QSqlQuery q = (*book)->exec(QStringLiteral(
                "SELECT details FROM audit_log WHERE action = 'policy.edit' ORDER BY id DESC"));
        ASSERT_TRUE(q.next());
        const QJsonObject details = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        EXPECT_EQ(details.value(u"name").toString(), QStringLiteral("Spread"));
        EXPECT_EQ(details.value(u"instalment_terms").toString(), QStringLiteral("30/60/90"));
        EXPECT_EQ(details.value(u"previous_instalment_terms").toString(), QString());
    }

    // The same terms again: nothing written. JSON on request.
    const CliRun again = setTerms({QStringLiteral("Spread"), QStringLiteral("30/60/90"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_EQ(again.out.trimmed(), QStringLiteral(R"({"instalment_terms":"30/60/90","policy":"Spread"})")) << again;
    EXPECT_EQ(policyEdits(), 1);

    // An invoice imported now is split by the terms (900.00: three parts of 300.00).
    mustImport(QStringLiteral("invoices"), "number,customer_code,issue_date,due_date,amount,currency\n"
                                           "INV-1,C1,2026-01-01,2026-01-31,900.00,EUR\n");
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_installments")), 3);

    // "none" removes them.
    const CliRun none = setTerms({QStringLiteral("Spread"), QStringLiteral("none")});
    ASSERT_EQ(none.exitCode, 0) << none;
    EXPECT_EQ(none.err.trimmed(), QStringLiteral("policy Spread: no instalment terms")) << none;
    EXPECT_EQ(savedTerms(), QString());
    EXPECT_EQ(policyEdits(), 2);
}

TEST_F(PolicyTermsCli, badTermsAndUnknownPoliciesChangeNothingAndExitOne)
{
    ASSERT_EQ(setTerms({QStringLiteral("Spread"), QStringLiteral("30/60")}).exitCode, 0);
    const CliRun bad = setTerms({QStringLiteral("Spread"), QStringLiteral("30/20")});
    EXPECT_EQ(bad.exitCode, 1) << bad;
    EXPECT_TRUE(bad.err.contains(QStringLiteral("instalment_terms: part 2:"))) << bad;
    const CliRun text = setTerms({QStringLiteral("Spread"), QStringLiteral("thirty")});
    EXPECT_EQ(text.exitCode, 1) << text;
    EXPECT_TRUE(text.err.contains(QStringLiteral("instalment_terms:"))) << text;
    const CliRun unknown = setTerms({QStringLiteral("Nobody"), QStringLiteral("30/60/90")});
    EXPECT_EQ(unknown.exitCode, 1) << unknown;
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("policy Nobody does not exist"))) << unknown;
    EXPECT_EQ(savedTerms(), QStringLiteral("30/60"));
    EXPECT_EQ(policyEdits(), 1);
}

TEST_F(PolicyTermsCli, usageErrorsExitTwoAndACollectorIsRefused)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("policy")}, QStringList{QStringLiteral("policy"), QStringLiteral("rename")},
          QStringList{QStringLiteral("policy"), QStringLiteral("set-terms")},
          QStringList{QStringLiteral("policy"), QStringLiteral("set-terms"), QStringLiteral("Spread")},
          QStringList{QStringLiteral("policy"), QStringLiteral("set-terms"), QStringLiteral("Spread"),
                      QStringLiteral("30/60"), QStringLiteral("extra")},
          QStringList{QStringLiteral("policy"), QStringLiteral("set-terms"), QStringLiteral("Spread"),
                      QStringLiteral("30/60"), QStringLiteral("--format"), QStringLiteral("xml")}}) {
        const CliRun run = onBook(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString() << '\n' << run;
    }
    const CliRun added = onBook({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ivan"),
                                 QStringLiteral("--name"), QStringLiteral("Ivan"), QStringLiteral("--role"),
                                 QStringLiteral("collector")});
    ASSERT_EQ(added.exitCode, 0) << added;
    const CliRun refused = onBook({QStringLiteral("--user"), QStringLiteral("ivan"), QStringLiteral("policy"),
                                   QStringLiteral("set-terms"), QStringLiteral("Spread"), QStringLiteral("30/60")});
    EXPECT_EQ(refused.exitCode, 3) << refused;
    EXPECT_EQ(savedTerms(), QString());
    EXPECT_EQ(policyEdits(), 0);
}
