// Issue 6 through the services on hand-built books: the strategy run's skips (disputed,
// partly disputed, payment plan, compliance flags), its account-level letters, tasks in the
// collector's queue and holds, and its idempotency; then credit holds, reviews, terms,
// payment plans and write-off approvals (docs/strategies.md, docs/credit-policy.md).

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/collection_service.h"
#include "services/dispute_service.h"
#include "services/ledger_service.h"
#include "services/strategy_service.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <memory>

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

class PolicyBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(m_dir.filePath(QStringLiteral("policy.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_admin = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_admin);
        UserService users(*m_admin);
        for (const auto &[login, role] : {std::pair{"c1", Role::Collector}, std::pair{"sup", Role::Supervisor},
                                          std::pair{"mgr", Role::Manager}, std::pair{"clerk", Role::Clerk}}) {
            const auto id = users.add(QString::fromLatin1(login), QString::fromLatin1(login), role);
            ASSERT_TRUE(id) << describe(id.error());
            m_userIds.insert({QString::fromLatin1(login), *id});
        }
    }

    Session &as(const QString &login)
    {
        auto it = m_sessions.find(login);
        if (it == m_sessions.end()) {
            auto session = AuthService::signIn(*m_book, login, QString());
            EXPECT_TRUE(session) << describe(session.error());
            it = m_sessions.emplace(login, std::move(*session)).first;
        }
        return *it->second;
    }

    Id customer(const QString &code, const QString &country = QStringLiteral("FR"))
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        c.country = country;
        c.timeZone = QStringLiteral("Europe/Paris");
        c.collectorId = m_userIds.at(QStringLiteral("c1"));
        const auto id = m_ledger->addCustomer(c);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    Id invoice(const QString &number, const QString &customerCode, QDate due, MinorUnits amount = 100000)
    {
        Invoice i;
        i.number = number;
        i.issueDate = due.addDays(-30);
        i.dueDate = due;
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customerCode);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    void dispute(const QString &number, MinorUnits amount, QDate opened)
    {
        DisputeInput input;
        input.invoiceNumber = number;
        input.amount = amount;
        input.reason = QStringLiteral("pricing");
        input.openedOn = opened;
        const auto id = DisputeService(*m_admin).open(input);
        ASSERT_TRUE(id) << describe(id.error());
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0) : QVariant();
    }

    // A plan row written directly (the plan service has its own tests).
    void planFor(Id customerId, Id invoiceId, const QString &status)
    {
        const qint64 id = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM payment_plans")).toLongLong();
        m_book->exec(QStringLiteral("INSERT INTO payment_plans (id, customer_id, created_date, currency, total, "
                                    "frequency, status, created_at) VALUES (%1, %2, %3, 'EUR', 100000, 'monthly', "
                                    "'%4', '2026-01-01T00:00:00Z')")
                             .arg(id)
                             .arg(customerId)
                             .arg(QDate(2026, 2, 1).toJulianDay())
                             .arg(status));
        m_book->exec(QStringLiteral("INSERT INTO payment_plan_items (plan_id, invoice_id) VALUES (%1, %2)")
                             .arg(id)
                             .arg(invoiceId));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<LedgerService> m_ledger;
    std::map<QString, Id> m_userIds;
    std::map<QString, std::unique_ptr<Session>> m_sessions;
};

using Counts = std::map<QString, int>;

} // namespace

// --- strategies -------------------------------------------------------------------------------------

TEST_F(PolicyBook, strategyRunSkipsDisputedPlannedAndBlockedAccountsAndRunsOnce)
{
    const QDate asOf(2026, 3, 2);
    const QDate thirtyLate(2026, 1, 31);
    customer(QStringLiteral("OK"));
    invoice(QStringLiteral("OK-1"), QStringLiteral("OK"), thirtyLate);
    invoice(QStringLiteral("OK-2"), QStringLiteral("OK"), thirtyLate.addDays(-1)); // same letter
    customer(QStringLiteral("DISP"));
    invoice(QStringLiteral("DISP-1"), QStringLiteral("DISP"), thirtyLate);
    invoice(QStringLiteral("DISP-2"), QStringLiteral("DISP"), thirtyLate);
    dispute(QStringLiteral("DISP-1"), 100000, QDate(2026, 2, 10)); // all of it
    dispute(QStringLiteral("DISP-2"), 40000, QDate(2026, 2, 10));  // part: dunned for 600.00
    const Id plan = customer(QStringLiteral("PLAN"));
    planFor(plan, invoice(QStringLiteral("PLAN-1"), QStringLiteral("PLAN"), thirtyLate), QStringLiteral("active"));
    const Id broken = customer(QStringLiteral("BROKE"));
    planFor(broken, invoice(QStringLiteral("BROKE-1"), QStringLiteral("BROKE"), thirtyLate),
            QStringLiteral("defaulted"));
    customer(QStringLiteral("CEASE"));
    invoice(QStringLiteral("CEASE-1"), QStringLiteral("CEASE"), thirtyLate);
    ASSERT_TRUE(CollectionService(*m_admin).setContactRestrictions(QStringLiteral("CEASE"), false, true, false, false));
    // 14 days late: the call step.
    customer(QStringLiteral("DNC"));
    invoice(QStringLiteral("DNC-1"), QStringLiteral("DNC"), asOf.addDays(-14));
    ASSERT_TRUE(CollectionService(*m_admin).setContactRestrictions(QStringLiteral("DNC"), true, false, false, false));
    customer(QStringLiteral("CALL"));
    invoice(QStringLiteral("CALL-1"), QStringLiteral("CALL"), asOf.addDays(-14));
    // 75 days late: the credit hold step (not a contact: the attorney flag does not block it).
    const Id held = customer(QStringLiteral("HOLD"));
    invoice(QStringLiteral("HOLD-1"), QStringLiteral("HOLD"), asOf.addDays(-75));
    ASSERT_TRUE(CollectionService(*m_admin).setContactRestrictions(QStringLiteral("HOLD"), false, false, true, false));

    const auto run = StrategyService(*m_admin).run(asOf);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run->created, (Counts{{QStringLiteral("letter_2"), 3},
                                    {QStringLiteral("call_task"), 1},
                                    {QStringLiteral("credit_hold"), 1}}));
    // Superseded: OK-1, OK-2, DISP-2, BROKE-1 three each; CALL-1 two; HOLD-1 six.
    EXPECT_EQ(run->skipped, (Counts{{QStringLiteral("disputed"), 1},
                                    {QStringLiteral("payment_plan"), 1},
                                    {QStringLiteral("compliance"), 2},
                                    {QStringLiteral("superseded"), 20}}));

    // One level-2 letter per account, listing its invoices; the partly disputed one for the rest.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'dunning' AND level = 2")).toInt(), 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letter_items li JOIN letters l ON l.id = li.letter_id "
                                    "JOIN customers c ON c.id = l.customer_id WHERE c.code = 'OK'"))
                      .toInt(),
              2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT li.open_amount FROM letter_items li JOIN invoices i ON i.id = "
                                    "li.invoice_id WHERE i.number = 'DISP-2'"))
                      .toLongLong(),
              60000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letter_items li JOIN invoices i ON i.id = li.invoice_id "
                                    "WHERE i.number IN ('DISP-1', 'PLAN-1', 'CEASE-1')"))
                      .toInt(),
              0);
    // The hold: history row and the account flag.
    EXPECT_EQ(scalar(QStringLiteral("SELECT on_hold FROM customers WHERE id = %1").arg(held)).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT trigger_kind FROM credit_holds WHERE customer_id = %1").arg(held)).toString(),
              QStringLiteral("strategy"));
    // The call task is in the collector's queue.
    const auto queue = CollectionService(*m_admin).worklist(QStringLiteral("c1"), asOf);
    ASSERT_TRUE(queue) << describe(queue.error());
    bool found = false;
    for (const WorklistItem &item : queue->items)
        if (item.customerCode == u"CALL" && item.task == TaskKind::call && item.sourceKind == u"strategy")
            found = true;
    EXPECT_TRUE(found) << "the strategy's call task is not in c1's queue";

    // Idempotent: the same date again creates nothing; the skips are counted again (their
    // causes still hold), nothing is superseded twice.
    const auto again = StrategyService(*m_admin).run(asOf);
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_TRUE(again->created.empty());
    EXPECT_EQ(again->skipped, (Counts{{QStringLiteral("disputed"), 1},
                                      {QStringLiteral("payment_plan"), 1},
                                      {QStringLiteral("compliance"), 2}}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letters")).toInt(), 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_holds")).toInt(), 1);
    // A later day: nothing new is due for the 30-day invoices until letter 3 (45 days).
    const auto nextDay = StrategyService(*m_admin).run(asOf.addDays(1));
    ASSERT_TRUE(nextDay) << describe(nextDay.error());
    EXPECT_TRUE(nextDay->created.empty());
    const auto letter3 = StrategyService(*m_admin).run(thirtyLate.addDays(45));
    ASSERT_TRUE(letter3) << describe(letter3.error());
    EXPECT_EQ(letter3->created.at(QStringLiteral("letter_3")), 3);
}

TEST_F(PolicyBook, strategyRunNeedsLogContactAndAStrategyChosenByPolicySegmentRiskOrDefault)
{
    customer(QStringLiteral("A"));
    invoice(QStringLiteral("A-1"), QStringLiteral("A"), QDate(2026, 1, 31));
    EXPECT_EQ(StrategyService(as(QStringLiteral("clerk"))).run(QDate(2026, 3, 2)).error().code,
              ErrorCode::PermissionDenied);
    // A segment strategy with one step (a write-off review at 10 days) wins over the default.
    m_book->exec(QStringLiteral("INSERT INTO strategies (id, name, segment) VALUES (50, 'Retail', 'retail')"));
    m_book->exec(QStringLiteral("INSERT INTO strategy_steps (strategy_id, seq, offset_days, action) "
                                "VALUES (50, 1, 10, 'write_off_review')"));
    m_book->exec(QStringLiteral("UPDATE customers SET segment = 'retail' WHERE code = 'A'"));
    const auto run = StrategyService(as(QStringLiteral("c1"))).run(QDate(2026, 3, 2));
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run->created, (Counts{{QStringLiteral("write_off_review"), 1}}));
    EXPECT_TRUE(run->skipped.empty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT kind || ':' || notes FROM tasks")).toString(),
              QStringLiteral("review:write_off_review: A-1"));
}
