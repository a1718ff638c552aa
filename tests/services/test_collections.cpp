// The collector desk through the services, with exact numbers: promise evaluation on a
// hand-built book (DOMAIN.md's example, invoice-specific promises, the grace setting,
// idempotent follow-up tasks), the queue of a small portfolio (contents, implicit items,
// scores and order), the compliance guard (Los Angeles at 07:30 local, flags, the consumer
// caps) with the audited supervisor override, disputes capped at the open amount,
// escalations and portfolios.

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/collection_service.h"
#include "services/contact_service.h"
#include "services/demo_generator.h"
#include "services/dispute_service.h"
#include "services/escalation_service.h"
#include "services/ledger_service.h"
#include "services/promise_service.h"
#include "storage/collection_repository.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"
#include "storage/policy_repository.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <unordered_set>

#include "support/test_book.h"

using namespace ardesk;

namespace {

QDate day(int year, int month, int dayOfMonth)
{
    return {year, month, dayOfMonth};
}

QDateTime utc(int year, int month, int dayOfMonth, int hour, int minute)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(hour, minute), QTimeZone::utc());
}

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

class Collections : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("desk.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_admin = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_admin);
        UserService users(*m_admin);
        for (const auto &[login, role, region] :
             {std::tuple{"c1", Role::Collector, "north"}, std::tuple{"c2", Role::Collector, "south"},
              std::tuple{"sup", Role::Supervisor, "north"}, std::tuple{"sup2", Role::Supervisor, "south"},
              std::tuple{"clerk", Role::Clerk, ""}}) {
            const auto id =
                    users.add(QString::fromLatin1(login), QStringLiteral("User %1").arg(QLatin1String(login)), role);
            ASSERT_TRUE(id) << describe(id.error());
            m_userIds.insert(QString::fromLatin1(login), *id);
        }
        // Regions are not part of UserService::add; set them directly for the escalation routing.
        QSqlQuery q(m_book->database());
        q.prepare(QStringLiteral("UPDATE users SET region = ? WHERE login = ?"));
        for (const auto &[login, region] : {std::pair{"c1", "north"}, std::pair{"c2", "south"},
                                            std::pair{"sup", "north"}, std::pair{"sup2", "south"}}) {
            q.addBindValue(QString::fromLatin1(region));
            q.addBindValue(QString::fromLatin1(login));
            ASSERT_TRUE(q.exec());
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

    void customer(const QString &code, const QString &collector = QStringLiteral("c1"), const QString &risk = {},
                  const QString &timeZone = QStringLiteral("Europe/Berlin"), bool consumer = false,
                  const QString &region = {})
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        c.riskClass = risk;
        c.timeZone = timeZone;
        c.consumer = consumer;
        c.region = region;
        if (!collector.isEmpty())
            c.collectorId = m_userIds.value(collector);
        const auto id = m_ledger->addCustomer(c);
        ASSERT_TRUE(id) << describe(id.error());
    }

    Id invoice(const QString &number, const QString &customerCode, QDate issue, QDate due, MinorUnits amount)
    {
        Invoice i;
        i.number = number;
        i.issueDate = issue;
        i.dueDate = due;
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customerCode);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    // A payment, applied to `invoiceNumber` when given, else left unapplied.
    Id pay(const QString &customerCode, QDate received, MinorUnits amount, const QString &invoiceNumber = {})
    {
        PaymentInput input;
        input.customerCode = customerCode;
        input.receivedDate = received;
        input.amount = amount;
        input.method = QStringLiteral("wire");
        input.reference = QStringLiteral("R%1").arg(++m_payments);
        if (!invoiceNumber.isEmpty()) {
            input.apply = PaymentInput::Apply::Invoice;
            input.invoiceNumber = invoiceNumber;
        }
        const auto posted = m_ledger->postPayment(input);
        EXPECT_TRUE(posted) << describe(posted.error());
        return posted ? posted->paymentId : 0;
    }

    std::vector<Id> promise(const QString &customerCode, QDate taken, QDate promised, MinorUnits amount,
                            const QString &invoiceNumber = {}, const QString &collector = QStringLiteral("c1"))
    {
        PromiseService service(as(collector));
        PromiseInput input;
        input.customerCode = customerCode;
        input.takenOn = taken;
        input.instalments.push_back({amount, promised, invoiceNumber});
        const auto ids = service.take(input);
        EXPECT_TRUE(ids) << describe(ids.error());
        return ids.value_or(std::vector<Id>{});
    }

    Worklist queue(const QString &login, QDate asOf, const QString &actor = {})
    {
        CollectionService service(as(actor.isEmpty() ? login : actor));
        const auto worklist = service.worklist(login, asOf);
        EXPECT_TRUE(worklist) << describe(worklist.error());
        return worklist.value_or(Worklist{});
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_book->database());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<LedgerService> m_ledger;
    QHash<QString, Id> m_userIds;
    std::map<QString, std::unique_ptr<Session>> m_sessions;
    int m_payments = 0;
};

struct Expected
{
    const char *code;
    QDate promised;
    MinorUnits amount;
    MinorUnits paid;
    PromiseStatus status;
    QDate keptOn;
};

// --- promises ---------------------------------------------------------------------------------

TEST_F(Collections, promiseEvaluationFollowsTheDomainExampleAndInvoicePromises)
{
    const QDate issue = day(2025, 5, 1);
    const QDate due = day(2025, 5, 31);
    for (const char *code : {"P1", "P2", "P3", "P4", "P5"})
        customer(QString::fromLatin1(code));
    invoice(QStringLiteral("I-P1"), QStringLiteral("P1"), issue, due, 100000);
    invoice(QStringLiteral("I-P2"), QStringLiteral("P2"), issue, due, 100000);
    invoice(QStringLiteral("I-P3"), QStringLiteral("P3"), issue, due, 100000);
    invoice(QStringLiteral("I-P4"), QStringLiteral("P4"), issue, due, 100000);
    invoice(QStringLiteral("I-P5A"), QStringLiteral("P5"), issue, due, 50000);
    invoice(QStringLiteral("I-P5B"), QStringLiteral("P5"), issue, due, 50000);

    // DOMAIN.md: 500 taken 1 June for 10 June, grace 3. 200 on 5 June and 300 on 13 June: kept on 13 June.
    promise(QStringLiteral("P1"), day(2025, 6, 1), day(2025, 6, 10), 50000);
    pay(QStringLiteral("P1"), day(2025, 6, 5), 20000, QStringLiteral("I-P1"));
    pay(QStringLiteral("P1"), day(2025, 6, 13), 30000, QStringLiteral("I-P1"));
    // 200 on 5 June and 300 on 14 June: partially kept (200); the 300 goes to the next open promise.
    promise(QStringLiteral("P2"), day(2025, 6, 1), day(2025, 6, 10), 50000);
    promise(QStringLiteral("P2"), day(2025, 6, 12), day(2025, 6, 20), 30000);
    pay(QStringLiteral("P2"), day(2025, 6, 5), 20000);
    pay(QStringLiteral("P2"), day(2025, 6, 14), 30000);
    // A payment on 31 May does not count.
    const Id broken = promise(QStringLiteral("P3"), day(2025, 6, 1), day(2025, 6, 10), 50000).at(0);
    pay(QStringLiteral("P3"), day(2025, 5, 31), 50000, QStringLiteral("I-P3"));
    // Promised 18 June: pending on 20 June (deadline 21 June).
    promise(QStringLiteral("P4"), day(2025, 6, 15), day(2025, 6, 18), 40000);
    // A general promise comes first and takes 200 of the 300 applied to B; the promise on
    // invoice A counts only what was applied to A (150).
    promise(QStringLiteral("P5"), day(2025, 6, 1), day(2025, 6, 8), 20000);
    promise(QStringLiteral("P5"), day(2025, 6, 1), day(2025, 6, 10), 40000, QStringLiteral("I-P5A"));
    pay(QStringLiteral("P5"), day(2025, 6, 5), 30000, QStringLiteral("I-P5B"));
    pay(QStringLiteral("P5"), day(2025, 6, 6), 15000, QStringLiteral("I-P5A"));

    PromiseService service(as(QStringLiteral("c1")));
    const auto run = service.evaluate(day(2025, 6, 20));
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_EQ(run->graceDays, 3);
    const std::vector<Expected> expected{
            {"P1", day(2025, 6, 10), 50000, 50000, PromiseStatus::Kept, day(2025, 6, 13)},
            {"P2", day(2025, 6, 10), 50000, 20000, PromiseStatus::PartiallyKept, {}},
            {"P2", day(2025, 6, 20), 30000, 30000, PromiseStatus::Kept, day(2025, 6, 14)},
            {"P3", day(2025, 6, 10), 50000, 0, PromiseStatus::Broken, {}},
            {"P4", day(2025, 6, 18), 40000, 0, PromiseStatus::Pending, {}},
            {"P5", day(2025, 6, 8), 20000, 20000, PromiseStatus::Kept, day(2025, 6, 5)},
            {"P5", day(2025, 6, 10), 40000, 15000, PromiseStatus::PartiallyKept, {}},
    };
    ASSERT_EQ(run->promises.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        const EvaluatedPromise &p = run->promises[i];
        EXPECT_EQ(p.customerCode, QString::fromLatin1(expected[i].code));
        EXPECT_EQ(p.promisedDate, expected[i].promised);
        EXPECT_EQ(p.amount, expected[i].amount);
        EXPECT_EQ(p.paid, expected[i].paid);
        EXPECT_EQ(p.status, expected[i].status);
        EXPECT_EQ(p.keptOn, expected[i].keptOn);
        EXPECT_EQ(p.currency, QStringLiteral("EUR"));
    }
    EXPECT_EQ(run->kept, 3);
    EXPECT_EQ(run->partial, 2);
    EXPECT_EQ(run->broken, 1);
    EXPECT_EQ(run->pending, 1);
    EXPECT_EQ(run->followUpsCreated, 1);

    // Stored on the promises.
    CollectionRepository repository(*m_book);
    int checked = 0;
    for (const StoredPromise &stored : repository.promises(nullptr)) {
        EXPECT_EQ(stored.evaluatedAsOf, day(2025, 6, 20));
        if (stored.id == broken) {
            EXPECT_EQ(stored.status, QStringLiteral("broken"));
            EXPECT_EQ(stored.paid, 0);
            ++checked;
        }
        if (stored.invoiceId) {
            EXPECT_EQ(stored.status, QStringLiteral("partially_kept"));
            EXPECT_EQ(stored.paid, 15000);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 2);

    // The broken promise's follow-up: for the account's collector, due the day after 10 June + 3.
    const auto task = repository.taskByDedupeKey(QStringLiteral("promise_follow_up:%1").arg(broken));
    ASSERT_TRUE(task);
    EXPECT_EQ(task->kind, QStringLiteral("promise_follow_up"));
    EXPECT_EQ(task->dueDate, day(2025, 6, 14));
    EXPECT_EQ(task->assigneeId, m_userIds.value(QStringLiteral("c1")));
    EXPECT_EQ(task->status, QStringLiteral("open"));
    EXPECT_EQ(run->promises[3].followUpTaskId, task->id);

    // Idempotent: a second run (and a later one) creates no second task.
    const auto again = service.evaluate(day(2025, 6, 20));
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->followUpsCreated, 0);
    EXPECT_EQ(again->promises[3].followUpTaskId, task->id);
    const auto later = service.evaluate(day(2025, 6, 30));
    ASSERT_TRUE(later) << describe(later.error());
    EXPECT_EQ(later->followUpsCreated, 1); // P4 broke on 22 June
    EXPECT_EQ(later->broken, 2);
    EXPECT_EQ(later->pending, 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE kind = 'promise_follow_up'")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'promise.evaluate'")), 3);
}

TEST_F(Collections, graceDaysDefaultToTheBookSetting)
{
    customer(QStringLiteral("G1"));
    invoice(QStringLiteral("I-G1"), QStringLiteral("G1"), day(2025, 5, 1), day(2025, 5, 31), 100000);
    promise(QStringLiteral("G1"), day(2025, 6, 1), day(2025, 6, 10), 50000);
    pay(QStringLiteral("G1"), day(2025, 6, 15), 50000, QStringLiteral("I-G1")); // 5 days after the date

    CollectionService desk(*m_admin);
    CollectionSettings settings;
    settings.graceDays = 5;
    ASSERT_TRUE(desk.setSettings(settings));
    PromiseService service(*m_admin);
    const auto withSetting = service.evaluate(day(2025, 6, 30));
    ASSERT_TRUE(withSetting) << describe(withSetting.error());
    EXPECT_EQ(withSetting->graceDays, 5);
    EXPECT_EQ(withSetting->promises.at(0).status, PromiseStatus::Kept);

    const auto explicitGrace = service.evaluate(day(2025, 6, 30), 3);
    ASSERT_TRUE(explicitGrace) << describe(explicitGrace.error());
    EXPECT_EQ(explicitGrace->graceDays, 3);
    EXPECT_EQ(explicitGrace->promises.at(0).status, PromiseStatus::Broken);
    EXPECT_EQ(explicitGrace->promises.at(0).paid, 0);

    EXPECT_FALSE(service.evaluate(day(2025, 6, 30), -1));
    EXPECT_EQ(PromiseService(as(QStringLiteral("clerk"))).evaluate(day(2025, 6, 30)).error().code,
              ErrorCode::PermissionDenied);
}

TEST_F(Collections, takingPromisesChecksAmountsDatesAndInvoices)
{
    customer(QStringLiteral("T1"));
    customer(QStringLiteral("T2"));
    invoice(QStringLiteral("I-T1"), QStringLiteral("T1"), day(2025, 5, 1), day(2025, 5, 31), 100000);
    invoice(QStringLiteral("I-T2"), QStringLiteral("T2"), day(2025, 5, 1), day(2025, 5, 31), 100000);
    PromiseService service(as(QStringLiteral("c1")));
    PromiseInput input;
    input.customerCode = QStringLiteral("T1");
    input.takenOn = day(2025, 6, 1);
    input.instalments = {{30000, day(2025, 6, 10), {}}, {30000, day(2025, 6, 20), QStringLiteral("I-T1")}};
    const auto ids = service.take(input);
    ASSERT_TRUE(ids) << describe(ids.error());
    EXPECT_EQ(ids->size(), 2u);

    input.instalments = {{30000, day(2025, 5, 30), {}}};
    EXPECT_EQ(service.take(input).error().code, ErrorCode::InvalidArgument);
    input.instalments = {{0, day(2025, 6, 10), {}}};
    EXPECT_EQ(service.take(input).error().code, ErrorCode::InvalidArgument);
    input.instalments = {{100, day(2025, 6, 10), QStringLiteral("I-T2")}};
    EXPECT_EQ(service.take(input).error().code, ErrorCode::InvalidArgument);
    input.instalments = {{100, day(2025, 6, 10), QStringLiteral("NOPE")}};
    EXPECT_EQ(service.take(input).error().code, ErrorCode::NotFound);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promises")), 2);
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM audit_log WHERE action = 'promise.take' AND entity = 'customer'")),
              1);
}

// --- the queue --------------------------------------------------------------------------------

struct ExpectedItem
{
    const char *code;
    const char *task;
    QDate due;
    qint64 score;
    std::array<qint64, 6> parts; // overdue, days, broken, promise due, risk, balance (hundredths)
};

TEST_F(Collections, worklistOfASmallPortfolio)
{
    const QDate asOf = day(2025, 7, 1);
    customer(QStringLiteral("A001"), QStringLiteral("c1"), QStringLiteral("B"));
    invoice(QStringLiteral("I-A001"), QStringLiteral("A001"), day(2025, 5, 2), day(2025, 6, 1), 100000);
    promise(QStringLiteral("A001"), day(2025, 6, 25), asOf, 30000); // falls due today

    customer(QStringLiteral("A002"), QStringLiteral("c1"), QStringLiteral("E"));
    invoice(QStringLiteral("I-A002"), QStringLiteral("A002"), day(2025, 5, 22), day(2025, 6, 21), 10000);
    ASSERT_TRUE(CollectionService(as(QStringLiteral("c1")))
                        .addTask(QStringLiteral("A002"), QStringLiteral("review"), day(2025, 6, 28),
                                 QStringLiteral("limit")));

    customer(QStringLiteral("A003"));
    invoice(QStringLiteral("I-A003"), QStringLiteral("A003"), day(2025, 5, 15), day(2025, 6, 25), 500000);
    pay(QStringLiteral("A003"), day(2025, 5, 20), 100000, QStringLiteral("I-A003"));
    promise(QStringLiteral("A003"), day(2025, 6, 1), day(2025, 6, 10), 50000); // broken, not evaluated yet

    customer(QStringLiteral("A005"));
    invoice(QStringLiteral("I-A005"), QStringLiteral("A005"), day(2025, 5, 2), day(2025, 6, 1), 80000);
    DisputeInput dispute;
    dispute.invoiceNumber = QStringLiteral("I-A005");
    dispute.amount = 80000;
    dispute.reason = QStringLiteral("quality");
    dispute.openedOn = day(2025, 6, 5);
    dispute.dueDate = day(2025, 6, 20);
    ASSERT_TRUE(DisputeService(as(QStringLiteral("c1"))).open(dispute));

    for (const char *code : {"A008", "A007"}) { // same figures as A002: ties go by code
        customer(QString::fromLatin1(code), QStringLiteral("c1"), QStringLiteral("E"));
        invoice(QStringLiteral("I-%1").arg(QLatin1String(code)), QString::fromLatin1(code), day(2025, 5, 22),
                day(2025, 6, 21), 10000);
    }
    // An open task due later keeps the account out of today's queue (no implicit call).
    customer(QStringLiteral("A009"));
    invoice(QStringLiteral("I-A009"), QStringLiteral("A009"), day(2025, 5, 2), day(2025, 6, 1), 200000);
    ASSERT_TRUE(CollectionService(as(QStringLiteral("c1")))
                        .addTask(QStringLiteral("A009"), QStringLiteral("call"), day(2025, 7, 5), QString()));
    // Not overdue yet.
    customer(QStringLiteral("A010"));
    invoice(QStringLiteral("I-A010"), QStringLiteral("A010"), day(2025, 6, 15), day(2025, 7, 15), 100000);
    // Another collector's account.
    customer(QStringLiteral("B001"), QStringLiteral("c2"));
    invoice(QStringLiteral("I-B001"), QStringLiteral("B001"), day(2025, 5, 2), day(2025, 6, 1), 100000);

    const Worklist worklist = queue(QStringLiteral("c1"), asOf);
    EXPECT_EQ(worklist.login, QStringLiteral("c1"));
    EXPECT_EQ(worklist.asOf, asOf);
    const std::vector<ExpectedItem> expected{
            // 4,000 overdue (36.02), 6 days (1.50), one broken promise (15), unrated (10), balance 4,000 (7.20)
            {"A003", "promise_follow_up", day(2025, 6, 14), 6972, {3602, 150, 1500, 0, 1000, 720}},
            {"A003", "call", day(2025, 6, 26), 6972, {3602, 150, 1500, 0, 1000, 720}},
            // 1,000 overdue 30 days, a promise due today, risk B
            {"A001", "call", day(2025, 6, 2), 6850, {3000, 750, 0, 2000, 500, 600}},
            // 100 overdue 10 days, risk E; A002 has its review task, A007 and A008 implicit calls
            {"A002", "review", day(2025, 6, 28), 4655, {2004, 250, 0, 0, 2000, 401}},
            {"A007", "call", day(2025, 6, 22), 4655, {2004, 250, 0, 0, 2000, 401}},
            {"A008", "call", day(2025, 6, 22), 4655, {2004, 250, 0, 0, 2000, 401}},
            // fully disputed: nothing overdue to chase, the dispute is past its due date
            {"A005", "dispute_follow_up", day(2025, 6, 21), 1581, {0, 0, 0, 0, 1000, 581}},
    };
    ASSERT_EQ(worklist.items.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        const WorklistItem &item = worklist.items[i];
        EXPECT_EQ(item.customerCode, QString::fromLatin1(expected[i].code));
        EXPECT_EQ(item.task, QString::fromLatin1(expected[i].task));
        EXPECT_EQ(item.due, expected[i].due);
        EXPECT_EQ(item.score.totalHundredths(), expected[i].score);
        qint64 sum = 0;
        for (std::size_t p = 0; p < 6; ++p) {
            EXPECT_EQ(item.score.partHundredths[p], expected[i].parts[p]) << "part " << p;
            sum += item.score.partHundredths[p];
        }
        EXPECT_EQ(sum, item.score.totalHundredths());
    }
    EXPECT_TRUE(worklist.items[3].taskId.has_value());
    EXPECT_FALSE(worklist.items[4].taskId.has_value());
    EXPECT_EQ(worklist.items[0].sourceKind, QStringLiteral("promise"));
    EXPECT_EQ(worklist.items[2].overdueAmount, 100000);
    EXPECT_EQ(worklist.items[2].daysPastDue, 30);
    EXPECT_TRUE(worklist.items[2].promiseDueToday);

    // The other collector sees only B001; c1 may not look at c2's queue, a supervisor may.
    const Worklist other = queue(QStringLiteral("c2"), asOf, QStringLiteral("sup"));
    ASSERT_EQ(other.items.size(), 1u);
    EXPECT_EQ(other.items[0].customerCode, QStringLiteral("B001"));
    EXPECT_EQ(CollectionService(as(QStringLiteral("c1"))).worklist(QStringLiteral("c2"), asOf).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(CollectionService(as(QStringLiteral("clerk"))).worklist(QStringLiteral("clerk"), asOf).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(CollectionService(*m_admin).worklist(QStringLiteral("nobody"), asOf).error().code, ErrorCode::NotFound);

    // Finishing the implicit promise follow-up records it: it does not come back. Evaluating
    // the promises afterwards creates no second follow-up for it.
    CollectionService desk(as(QStringLiteral("c1")));
    const auto done = desk.completeItem(worklist.items[0], QStringLiteral("called, no answer"));
    ASSERT_TRUE(done) << describe(done.error());
    const Worklist after = queue(QStringLiteral("c1"), asOf);
    ASSERT_EQ(after.items.size(), expected.size() - 1);
    EXPECT_EQ(after.items[0].task, QStringLiteral("call"));
    EXPECT_EQ(after.items[0].customerCode, QStringLiteral("A003"));
    const auto run = PromiseService(as(QStringLiteral("c1"))).evaluate(asOf);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->followUpsCreated, 0);

    // A contact with a follow-up date puts an open task on the account: no implicit call today.
    ContactInput contact;
    contact.customerCode = QStringLiteral("A007");
    contact.at = utc(2025, 7, 1, 9, 0);
    contact.channel = QStringLiteral("call_out");
    contact.outcome = QStringLiteral("voicemail_left");
    contact.followUp = day(2025, 7, 3);
    const auto logged = ContactService(as(QStringLiteral("c1"))).logContact(contact);
    ASSERT_TRUE(logged) << describe(logged.error());
    ASSERT_TRUE(logged->followUpTaskId);
    for (const WorklistItem &item : queue(QStringLiteral("c1"), asOf).items)
        EXPECT_NE(item.customerCode, QStringLiteral("A007"));
    bool found = false;
    for (const WorklistItem &item : queue(QStringLiteral("c1"), day(2025, 7, 3)).items)
        if (item.customerCode == u"A007") {
            EXPECT_EQ(item.task, QStringLiteral("call"));
            EXPECT_EQ(item.due, day(2025, 7, 3));
            EXPECT_EQ(item.taskId, logged->followUpTaskId);
            found = true;
        }
    EXPECT_TRUE(found);
}

TEST_F(Collections, worklistAsOfAPastDateUsesThePaymentsOfThatDate)
{
    customer(QStringLiteral("H1"), QStringLiteral("c1"), QStringLiteral("A"));
    invoice(QStringLiteral("I-H1"), QStringLiteral("H1"), day(2025, 4, 1), day(2025, 5, 1), 100000);
    pay(QStringLiteral("H1"), day(2025, 6, 15), 100000, QStringLiteral("I-H1"));
    // On 1 June the invoice was 31 days late; by 1 July it is paid.
    const Worklist before = queue(QStringLiteral("c1"), day(2025, 6, 1));
    ASSERT_EQ(before.items.size(), 1u);
    EXPECT_EQ(before.items[0].task, QStringLiteral("call"));
    EXPECT_EQ(before.items[0].due, day(2025, 5, 2));
    EXPECT_EQ(before.items[0].daysPastDue, 31);
    EXPECT_EQ(before.items[0].score.totalHundredths(), 3000 + 775 + 0 + 0 + 0 + 600);
    EXPECT_TRUE(queue(QStringLiteral("c1"), day(2025, 7, 1)).items.empty());
}

TEST_F(Collections, accountFiguresAgreeWithTheAgingReportOnEveryDate)
{
    // A small book with payments applied at once and later, unapplied cash, a reversed
    // payment, a credit note and disputes (on items overdue on every date checked); the
    // queue's figures must equal the aging report's, customer by customer and date by date.
    std::mt19937 random(20250601);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    QStringList codes;
    std::vector<std::pair<QString, QString>> invoices; // number, customer
    for (int c = 0; c < 6; ++c) {
        const QString code = QStringLiteral("F%1").arg(c);
        codes << code;
        customer(code);
        for (int i = 0; i < 8; ++i) {
            const QDate issue = day(2025, 1, 1).addDays(uniform(0, 150));
            const QString number = QStringLiteral("%1-%2").arg(code).arg(i);
            invoice(number, code, issue, issue.addDays(30), uniform(1, 500) * 1000);
            invoices.emplace_back(number, code);
        }
    }
    LedgerService &ledger = *m_ledger;
    std::vector<Id> paymentIds;
    for (int p = 0; p < 30; ++p) {
        const auto &[number, code] =
                invoices[static_cast<std::size_t>(uniform(0, static_cast<int>(invoices.size()) - 1))];
        const QDate received = day(2025, 3, 1).addDays(uniform(0, 150));
        // Applied to the invoice when it was issued by then, else left unapplied.
        const bool issued = LedgerRepository(*m_book).invoiceByNumber(number)->issueDate <= received;
        paymentIds.push_back(pay(code, received, uniform(1, 300) * 1000, issued ? number : QString()));
    }
    // Apply some unapplied cash later, reverse a payment, issue a credit note.
    for (std::size_t p = 0; p < paymentIds.size(); p += 3) {
        LedgerRepository repository(*m_book);
        const auto payment = repository.paymentById(paymentIds[p]);
        const MinorUnits left = repository.paymentUnappliedNow(paymentIds[p]);
        if (!payment || left <= 0)
            continue;
        for (const OpenItem &item : repository.openItems(payment->customerId)) {
            const QDate date = std::max(payment->receivedDate, item.issueDate).addDays(20);
            const MinorUnits amount = std::min(left, item.open);
            if (amount > 0 && ledger.allocate(AllocationSource::Payment, paymentIds[p], item.invoiceId, amount, date))
                break;
        }
    }
    ASSERT_TRUE(ledger.reversePayment(paymentIds[1], day(2025, 7, 20), QStringLiteral("bounced")));
    CreditNote note;
    note.number = QStringLiteral("CN-1");
    note.issueDate = day(2025, 4, 10);
    note.amount = 25000;
    note.reason = QStringLiteral("price");
    ASSERT_TRUE(ledger.postCreditNote(note, QStringLiteral("F2")));
    // Disputes on items due before the first date checked.
    int disputes = 0;
    for (const auto &[number, code] : invoices) {
        const auto inv = LedgerRepository(*m_book).invoiceByNumber(number);
        if (inv->dueDate >= day(2025, 3, 15) || disputes >= 4)
            continue;
        const MinorUnits open = std::min(CollectionRepository(*m_book).invoiceOpenOn(inv->id, day(2025, 3, 1)),
                                         LedgerRepository(*m_book).invoiceOpenNow(inv->id));
        if (open < 2000)
            continue;
        DisputeInput input;
        input.invoiceNumber = number;
        input.amount = open / 2;
        input.reason = QStringLiteral("quantity");
        input.openedOn = day(2025, 3, 1);
        input.dueDate = day(2025, 3, 30);
        const auto id = DisputeService(as(QStringLiteral("c1"))).open(input);
        ASSERT_TRUE(id) << describe(id.error());
        if (++disputes == 2) {
            ASSERT_TRUE(DisputeService(as(QStringLiteral("c1")))
                                .resolve(*id, DisputeResolution::Rejected, day(2025, 5, 5)));
        }
    }
    ASSERT_GE(disputes, 2);

    for (const QDate asOf : {day(2025, 3, 15), day(2025, 5, 1), day(2025, 6, 20), day(2025, 8, 1), day(2025, 12, 31)}) {
        SCOPED_TRACE(asOf.toString(Qt::ISODate).toStdString());
        const auto aging =
                BookService::aging(*m_admin, asOf, AgingBasis::DueDate, AgingBuckets(), AgingGrouping::Customer);
        ASSERT_TRUE(aging);
        std::map<QString, AccountFigures> expected;
        for (const CustomerAgingLine &line : aging->customers) {
            AccountFigures f;
            f.open = line.line.total();
            f.unapplied = line.line.unappliedCash + line.line.unappliedCredits;
            f.disputed = line.line.disputed;
            for (std::size_t b = 1; b < line.line.buckets.size(); ++b)
                f.overdue += line.line.buckets[b];
            f.overdue -= line.line.disputed;
            expected[line.customerCode] = f;
        }
        CollectionRepository repository(*m_book);
        for (const CustomerScope &scope :
             {CustomerScope::collector(m_userIds.value(QStringLiteral("c1"))), CustomerScope::allAssigned()}) {
            std::map<QString, AccountFigures> actual;
            for (const AccountFigures &f : repository.accountFigures(scope, asOf))
                actual[repository.customerById(f.customerId)->code] = f;
            ASSERT_EQ(actual.size(), expected.size());
            for (const auto &[code, e] : expected) {
                SCOPED_TRACE(code.toStdString());
                ASSERT_TRUE(actual.contains(code));
                const AccountFigures &a = actual.at(code);
                EXPECT_EQ(a.open, e.open);
                EXPECT_EQ(a.unapplied, e.unapplied);
                EXPECT_EQ(a.disputed, e.disputed);
                EXPECT_EQ(a.overdue, e.overdue);
                EXPECT_EQ(a.oldestOverdueDue.isValid(), a.overdue > 0);
            }
        }
    }
}

TEST_F(Collections, escalationsGoToTheSupervisorAndComeBack)
{
    customer(QStringLiteral("E1"));
    invoice(QStringLiteral("I-E1"), QStringLiteral("E1"), day(2025, 5, 2), day(2025, 6, 1), 300000);
    const QDate today = QDateTime::currentDateTimeUtc().date();

    EscalationService collector(as(QStringLiteral("c1")));
    const auto id = collector.escalate(QStringLiteral("E1"), QStringLiteral("refuses to pay; needs a decision"));
    ASSERT_TRUE(id) << describe(id.error());
    EXPECT_EQ(collector.escalate(QStringLiteral("E1"), QStringLiteral("again")).error().code, ErrorCode::Conflict);
    // Routed to the supervisor of the collector's region.
    const Worklist supervisorQueue = queue(QStringLiteral("sup"), today);
    ASSERT_EQ(supervisorQueue.items.size(), 1u);
    EXPECT_EQ(supervisorQueue.items[0].customerCode, QStringLiteral("E1"));
    EXPECT_EQ(supervisorQueue.items[0].task, QStringLiteral("escalation"));
    EXPECT_EQ(supervisorQueue.items[0].due, today);
    EXPECT_GT(supervisorQueue.items[0].score.totalHundredths(), 0);
    EXPECT_TRUE(queue(QStringLiteral("sup2"), today).items.empty());

    // Only a supervisor decides.
    EXPECT_EQ(collector.giveBack(*id, QStringLiteral("x")).error().code, ErrorCode::PermissionDenied);
    EscalationService supervisor(as(QStringLiteral("sup")));
    EXPECT_EQ(supervisor.giveBack(*id, QString()).error().code, ErrorCode::InvalidArgument);
    ASSERT_TRUE(supervisor.giveBack(*id, QStringLiteral("offer a three-month plan")));
    EXPECT_TRUE(queue(QStringLiteral("sup"), today).items.empty());

    WorklistItem returned;
    for (const WorklistItem &item : queue(QStringLiteral("c1"), today).items)
        if (item.task == u"escalation")
            returned = item;
    ASSERT_TRUE(returned.taskId);
    EXPECT_EQ(returned.notes, QStringLiteral("offer a three-month plan"));
    ASSERT_TRUE(
            CollectionService(as(QStringLiteral("c1"))).completeTask(*returned.taskId, QStringLiteral("plan offered")));
    CollectionRepository repository(*m_book);
    EXPECT_EQ(repository.escalationById(*id)->status, QStringLiteral("resolved"));
    for (const WorklistItem &item : queue(QStringLiteral("c1"), today).items)
        EXPECT_NE(item.task, QStringLiteral("escalation"));

    // Take: the account moves to the supervisor; reassign: to another collector.
    const auto second =
            collector.escalate(QStringLiteral("E1"), QStringLiteral("broken promises"), QStringLiteral("sup2"));
    ASSERT_TRUE(second) << describe(second.error());
    ASSERT_TRUE(EscalationService(as(QStringLiteral("sup2"))).take(*second));
    EXPECT_EQ(repository.customerByCode(QStringLiteral("E1"))->collectorId, m_userIds.value(QStringLiteral("sup2")));
    ASSERT_TRUE(EscalationService(as(QStringLiteral("sup2")))
                        .reassign(*second, QStringLiteral("c2"), QStringLiteral("try again")));
    EXPECT_EQ(repository.customerByCode(QStringLiteral("E1"))->collectorId, m_userIds.value(QStringLiteral("c2")));
    EXPECT_EQ(repository.escalationById(*second)->status, QStringLiteral("reassigned"));
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM audit_log WHERE entity = 'customer' AND action LIKE 'escalation.%'")),
              5);
}

// --- compliance guard -------------------------------------------------------------------------

TEST_F(Collections, callToLosAngelesAtHalfPastSevenIsBlockedAndASupervisorMayOverride)
{
    customer(QStringLiteral("LA1"), QStringLiteral("c1"), {}, QStringLiteral("America/Los_Angeles"));
    // 14:30 UTC = 07:30 in Los Angeles (PDT) = 10:30 in New York.
    ContactInput call;
    call.customerCode = QStringLiteral("LA1");
    call.at = utc(2025, 7, 1, 14, 30);
    call.channel = QStringLiteral("call_out");
    call.outcome = QStringLiteral("no_answer");

    const auto blocked = ContactService(as(QStringLiteral("c1"))).logContact(call);
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("Contact window"))) << describe(blocked.error());
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("07:30"))) << describe(blocked.error());
    const auto decision = ContactService(as(QStringLiteral("c1"))).checkCall(QStringLiteral("LA1"), call.at);
    ASSERT_TRUE(decision);
    EXPECT_EQ(decision->reason, ContactBlockReason::OutsideContactWindow);
    EXPECT_EQ(decision->localTime.time(), QTime(7, 30));

    // A collector cannot override, even with a reason.
    call.overrideReason = QStringLiteral("customer asked to be called before work");
    const auto collectorOverride = ContactService(as(QStringLiteral("c1"))).logContact(call);
    ASSERT_FALSE(collectorOverride);
    EXPECT_TRUE(collectorOverride.error().message.contains(QStringLiteral("supervisor")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contact_log")), 0);

    // A supervisor can; the override is stored and audited.
    const auto overridden = ContactService(as(QStringLiteral("sup"))).logContact(call);
    ASSERT_TRUE(overridden) << describe(overridden.error());
    EXPECT_TRUE(overridden->overridden);
    EXPECT_EQ(overridden->overriddenRule, ContactBlockReason::OutsideContactWindow);
    CollectionRepository repository(*m_book);
    const auto contacts = repository.contactsSince(repository.customerByCode(QStringLiteral("LA1"))->id, QString());
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(contacts[0].overrideReason, QStringLiteral("customer asked to be called before work"));
    EXPECT_EQ(contacts[0].overrideBy, m_userIds.value(QStringLiteral("sup")));
    EXPECT_EQ(contacts[0].at, QStringLiteral("2025-07-01T14:30:00Z"));
    QSqlQuery audit(m_book->database());
    ASSERT_TRUE(audit.exec(QStringLiteral("SELECT user_id, details FROM audit_log WHERE action = 'contact.override'")));
    ASSERT_TRUE(audit.next());
    EXPECT_EQ(audit.value(0).toLongLong(), m_userIds.value(QStringLiteral("sup")));
    const QJsonObject details = QJsonDocument::fromJson(audit.value(1).toString().toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("override_rule")).toString(), QStringLiteral("outside_contact_window"));
    EXPECT_EQ(details.value(QStringLiteral("customer_code")).toString(), QStringLiteral("LA1"));

    // At 08:30 local the collector may call.
    call.overrideReason.clear();
    call.at = utc(2025, 7, 1, 15, 30);
    const auto allowed = ContactService(as(QStringLiteral("c1"))).logContact(call);
    ASSERT_TRUE(allowed) << describe(allowed.error());
    EXPECT_FALSE(allowed->overridden);

    // E-mails are not calls: the window does not apply.
    ContactInput email = call;
    email.channel = QStringLiteral("email");
    email.at = utc(2025, 7, 1, 12, 0);
    EXPECT_TRUE(ContactService(as(QStringLiteral("c1"))).logContact(email));

    // Flags block whatever the time, with the rule named.
    ASSERT_TRUE(CollectionService(*m_admin).setContactRestrictions(QStringLiteral("LA1"), true, false, false, false));
    const auto doNotCall = ContactService(as(QStringLiteral("c1"))).logContact(call);
    ASSERT_FALSE(doNotCall);
    EXPECT_TRUE(doNotCall.error().message.contains(QStringLiteral("Do not call"))) << describe(doNotCall.error());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contact_log")), 3);
}

TEST_F(Collections, consumerCallCapsCountTheStoredAttempts)
{
    customer(QStringLiteral("CON1"), QStringLiteral("c1"), {}, QStringLiteral("America/New_York"), true);
    ContactService service(as(QStringLiteral("c1")));
    ContactInput call;
    call.customerCode = QStringLiteral("CON1");
    call.channel = QStringLiteral("call_out");
    call.outcome = QStringLiteral("no_answer");
    for (int d = 1; d <= 7; ++d) {
        call.at = utc(2025, 6, d, 15, 0); // 11:00 in New York
        ASSERT_TRUE(service.logContact(call)) << d;
    }
    call.at = utc(2025, 6, 7, 16, 0);
    const auto eighth = service.logContact(call);
    ASSERT_FALSE(eighth);
    EXPECT_TRUE(eighth.error().message.contains(QStringLiteral("at most 7 call attempts"))) << describe(eighth.error());
    // The next day the attempt of 1 June has left the 7-day period.
    call.at = utc(2025, 6, 8, 15, 0);
    call.outcome = QStringLiteral("right_party_contact");
    ASSERT_TRUE(service.logContact(call));
    // A conversation on 8 June silences calls through 14 June.
    call.at = utc(2025, 6, 14, 15, 0);
    call.outcome = QStringLiteral("no_answer");
    const auto silenced = service.logContact(call);
    ASSERT_FALSE(silenced);
    EXPECT_TRUE(silenced.error().message.contains(QStringLiteral("after a conversation")))
            << describe(silenced.error());
    call.at = utc(2025, 6, 15, 15, 0);
    EXPECT_TRUE(service.logContact(call));
    // Bad input changes nothing.
    call.outcome = QStringLiteral("shouted");
    EXPECT_EQ(service.logContact(call).error().code, ErrorCode::InvalidArgument);
}

// --- disputes, complaints, portfolios -----------------------------------------------------------

// Issue 6: the queue reads an invoice's instalment parts (docs/credit-policy.md "Instalment
// terms"): each part is due on its own date and what was applied fills the earliest part
// first, so a 10/60/90 invoice whose own due date is later than its first part is overdue
// from the first part's due date, and after a payment from the next part's.
TEST_F(Collections, theQueueReadsAnInvoicesInstalmentParts)
{
    customer(QStringLiteral("P1"));
    Invoice i;
    i.number = QStringLiteral("I-P1");
    i.issueDate = day(2025, 5, 1);
    i.dueDate = day(2025, 7, 1); // after the first part's due date (11 May)
    i.amount = 90000;
    const auto posted = m_ledger->postInvoice(i, QStringLiteral("P1"),
                                              {{1, day(2025, 5, 11), 30000},
                                               {2, day(2025, 6, 30), 30000},
                                               {3, day(2025, 7, 30), 30000}});
    ASSERT_TRUE(posted) << describe(posted.error());
    pay(QStringLiteral("P1"), day(2025, 6, 5), 40000, QStringLiteral("I-P1")); // part 1 paid, 100.00 of part 2

    // As of 1 June (before the payment): the first part, 300.00, is 21 days overdue.
    const Worklist june = queue(QStringLiteral("c1"), day(2025, 6, 1));
    ASSERT_EQ(june.items.size(), 1u);
    EXPECT_EQ(june.items[0].task, QStringLiteral("call"));
    EXPECT_EQ(june.items[0].due, day(2025, 5, 12));
    EXPECT_EQ(june.items[0].overdueAmount, 30000);
    EXPECT_EQ(june.items[0].daysPastDue, 21);
    EXPECT_EQ(june.items[0].balance, 90000);
    // As of 20 June the first part is paid and the second not due yet: nothing to chase.
    EXPECT_TRUE(queue(QStringLiteral("c1"), day(2025, 6, 20)).items.empty());
    // As of 5 July: the rest of the second part (due 30 June) only, not the third.
    const Worklist july = queue(QStringLiteral("c1"), day(2025, 7, 5));
    ASSERT_EQ(july.items.size(), 1u);
    EXPECT_EQ(july.items[0].due, day(2025, 7, 1));
    EXPECT_EQ(july.items[0].overdueAmount, 20000);
    EXPECT_EQ(july.items[0].daysPastDue, 5);
    EXPECT_EQ(july.items[0].balance, 50000);

    // A dispute is held back from the earliest open part first.
    DisputeInput dispute;
    dispute.invoiceNumber = QStringLiteral("I-P1");
    dispute.amount = 5000;
    dispute.reason = QStringLiteral("quality");
    dispute.openedOn = day(2025, 7, 2);
    dispute.dueDate = day(2025, 7, 20);
    ASSERT_TRUE(DisputeService(as(QStringLiteral("c1"))).open(dispute));
    const Worklist disputed = queue(QStringLiteral("c1"), day(2025, 7, 5));
    ASSERT_EQ(disputed.items.size(), 1u);
    EXPECT_EQ(disputed.items[0].overdueAmount, 15000);
    EXPECT_EQ(disputed.items[0].daysPastDue, 5);
}

// Issue 8: the maintained promise outcomes (src/storage/promise_outcomes.h). A book with
// promises kept, partly kept, broken and pending, some naming an invoice, payments applied
// later, a payment reversed after it had kept a promise: the queue as of every day of the
// period is the same with the stored outcomes (after the evaluation run) as with the rule
// over the payments (the stored outcomes deleted), and the verifier finds them right.
TEST_F(Collections, maintainedPromiseOutcomesGiveTheSameQueueOnEveryDay)
{
    customer(QStringLiteral("M1"));
    invoice(QStringLiteral("I-M1"), QStringLiteral("M1"), day(2025, 3, 1), day(2025, 3, 31), 300000);
    invoice(QStringLiteral("I-M1B"), QStringLiteral("M1"), day(2025, 3, 5), day(2025, 4, 4), 50000);
    promise(QStringLiteral("M1"), day(2025, 4, 10), day(2025, 4, 20), 40000);                          // kept 18 Apr
    promise(QStringLiteral("M1"), day(2025, 4, 10), day(2025, 5, 5), 60000);                           // partly
    promise(QStringLiteral("M1"), day(2025, 4, 12), day(2025, 4, 20), 20000, QStringLiteral("I-M1B")); // named
    pay(QStringLiteral("M1"), day(2025, 4, 18), 50000);
    const Id unapplied = pay(QStringLiteral("M1"), day(2025, 4, 19), 30000);
    // Applied to the named invoice only on 2 May: as of 1 May it did not count for that promise.
    ASSERT_TRUE(m_ledger->allocate(AllocationSource::Payment, unapplied,
                                   LedgerRepository(*m_book).invoiceByNumber(QStringLiteral("I-M1B"))->id, 30000,
                                   day(2025, 5, 2)));

    customer(QStringLiteral("M2"));
    invoice(QStringLiteral("I-M2"), QStringLiteral("M2"), day(2025, 3, 1), day(2025, 3, 31), 100000);
    promise(QStringLiteral("M2"), day(2025, 4, 1), day(2025, 4, 15), 25000); // broken
    promise(QStringLiteral("M2"), day(2025, 4, 1), day(2025, 4, 15), 25000); // broken on the same day
    promise(QStringLiteral("M2"), day(2025, 4, 20), day(2025, 5, 10), 10000);
    const Id reversed = pay(QStringLiteral("M2"), day(2025, 5, 8), 10000, QStringLiteral("I-M2")); // kept it...
    ASSERT_TRUE(m_ledger->reversePayment(reversed, day(2025, 5, 20), QStringLiteral("bounced"))); // ...until 20 May

    customer(QStringLiteral("M3"));
    invoice(QStringLiteral("I-M3"), QStringLiteral("M3"), day(2025, 4, 1), day(2025, 4, 30), 80000);
    promise(QStringLiteral("M3"), day(2025, 5, 2), day(2025, 6, 1), 80000); // pending for long

    const QDate first = day(2025, 4, 1);
    const QDate last = day(2025, 6, 15);
    const auto snapshot = [&]() {
        QStringList lines;
        for (QDate d = first; d <= last; d = d.addDays(1))
            for (const WorklistItem &item : queue(QStringLiteral("c1"), d).items)
                lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                                 .arg(d.toString(Qt::ISODate), item.customerCode, item.task,
                                      item.due.toString(Qt::ISODate))
                                 .arg(item.sourceId.value_or(0))
                                 .arg(item.brokenPromises)
                                 .arg(item.promiseDueToday)
                                 .arg(item.score.totalHundredths());
        return lines;
    };
    // The evaluation run as of the first day (no promise is broken yet, so it creates no
    // follow-up task) fills the outcomes of every customer with promises.
    ASSERT_TRUE(PromiseService(as(QStringLiteral("c1"))).evaluate(first));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promise_outcome_customers")), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promise_outcomes")), 7);
    // Valid from the last reversal of a payment or allocation to a named invoice on: M2 (its
    // payment reversed on 20 May), M1 (applied to the named invoice on 2 May).
    const auto changeDay = [&](const char *code) {
        return count(QStringLiteral("SELECT change_day FROM promise_outcome_customers o JOIN customers c ON "
                                    "c.id = o.customer_id WHERE c.code = '%1'")
                             .arg(QLatin1String(code)));
    };
    EXPECT_EQ(changeDay("M1"), day(2025, 5, 2).toJulianDay());
    EXPECT_EQ(changeDay("M2"), day(2025, 5, 20).toJulianDay());
    EXPECT_EQ(changeDay("M3"), 0);
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
    const QStringList stored = snapshot();

    // A stored outcome that differs from the rule: the verifier names it.
    QSqlQuery q(m_book->database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE promise_outcomes SET paid = paid + 1 WHERE paid > 0")));
    const VerifyReport tampered = LedgerVerifier(*m_book).run();
    EXPECT_FALSE(tampered.ok);
    EXPECT_TRUE(tampered.firstProblem.contains(QStringLiteral("promise_outcomes")))
            << tampered.firstProblem.toStdString();

    // Without stored outcomes the queue evaluates the rule over the payments: the same.
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM promise_outcomes")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM promise_outcome_customers")));
    const QStringList byRule = snapshot();
    EXPECT_EQ(stored, byRule);
    EXPECT_GT(byRule.size(), 100);
    EXPECT_FALSE(byRule.filter(QStringLiteral(" promise_follow_up ")).isEmpty());
    EXPECT_FALSE(byRule.filter(QStringLiteral(" 1 0 ")).isEmpty()) << "a broken promise counted in the score";
}

// Every posting that can change a customer's promise evaluation marks the customer's stored
// outcomes stale in the same transaction; the evaluation run fills them again.
TEST_F(Collections, postingsMarkTheCustomersPromiseOutcomesStale)
{
    customer(QStringLiteral("S1"));
    customer(QStringLiteral("S2"));
    invoice(QStringLiteral("I-S1"), QStringLiteral("S1"), day(2025, 3, 1), day(2025, 3, 31), 100000);
    invoice(QStringLiteral("I-S2"), QStringLiteral("S2"), day(2025, 3, 1), day(2025, 3, 31), 100000);
    promise(QStringLiteral("S1"), day(2025, 4, 1), day(2025, 4, 10), 10000);
    promise(QStringLiteral("S2"), day(2025, 4, 1), day(2025, 4, 10), 10000);
    const auto fresh = [&](const char *code) {
        return count(QStringLiteral("SELECT COUNT(*) FROM promise_outcome_customers o JOIN customers c ON "
                                    "c.id = o.customer_id WHERE c.code = '%1'")
                             .arg(QLatin1String(code)));
    };
    const auto refresh = [&] {
        ASSERT_TRUE(PromiseService(as(QStringLiteral("c1"))).evaluate(day(2025, 4, 30)));
        EXPECT_EQ(fresh("S1"), 1);
        EXPECT_EQ(fresh("S2"), 1);
    };
    refresh();
    const Id payment = pay(QStringLiteral("S1"), day(2025, 4, 5), 10000);
    EXPECT_EQ(fresh("S1"), 0);
    EXPECT_EQ(fresh("S2"), 1); // only the customer's own
    refresh();
    ASSERT_TRUE(m_ledger->allocate(AllocationSource::Payment, payment,
                                   LedgerRepository(*m_book).invoiceByNumber(QStringLiteral("I-S1"))->id, 5000,
                                   day(2025, 4, 6)));
    EXPECT_EQ(fresh("S1"), 0);
    refresh();
    ASSERT_TRUE(m_ledger->reversePayment(payment, day(2025, 4, 20), QStringLiteral("bounced")));
    EXPECT_EQ(fresh("S1"), 0);
    refresh();
    promise(QStringLiteral("S2"), day(2025, 4, 21), day(2025, 4, 25), 5000);
    EXPECT_EQ(fresh("S2"), 0);
    EXPECT_EQ(fresh("S1"), 1);
    refresh();
    // Another grace days setting: every customer is evaluated again by the next run.
    CollectionSettings settings = CollectionService(*m_admin).settings().value();
    settings.graceDays += 2;
    ASSERT_TRUE(CollectionService(*m_admin).setSettings(settings));
    ASSERT_TRUE(PromiseService(as(QStringLiteral("c1"))).evaluate(day(2025, 4, 30)));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promise_outcome_customers WHERE grace_days = %1")
                            .arg(settings.graceDays)),
              2);
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
}

TEST_F(Collections, disputedAmountIsCappedAtTheOpenAmount)
{
    customer(QStringLiteral("D1"));
    invoice(QStringLiteral("I-D1"), QStringLiteral("D1"), day(2025, 5, 1), day(2025, 5, 31), 100000);
    pay(QStringLiteral("D1"), day(2025, 6, 1), 40000, QStringLiteral("I-D1")); // 600.00 open
    DisputeService service(as(QStringLiteral("c1")));
    DisputeInput input;
    input.invoiceNumber = QStringLiteral("I-D1");
    input.reason = QStringLiteral("pricing");
    input.openedOn = day(2025, 6, 5);
    input.amount = 60001;
    const auto tooMuch = service.open(input);
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("600.00 open"))) << describe(tooMuch.error());
    input.amount = 60000;
    const auto id = service.open(input);
    ASSERT_TRUE(id) << describe(id.error());
    CollectionRepository repository(*m_book);
    EXPECT_EQ(repository.disputeById(*id)->dueDate, day(2025, 6, 19)); // default: 14 days
    input.amount = 1;
    EXPECT_EQ(service.open(input).error().code, ErrorCode::InvalidArgument); // all of it is disputed already
    input.reason = QStringLiteral("mood");
    EXPECT_EQ(service.open(input).error().code, ErrorCode::InvalidArgument);

    ASSERT_TRUE(
            service.resolve(*id, DisputeResolution::Rejected, day(2025, 6, 10), QStringLiteral("price was agreed")));
    EXPECT_EQ(service.resolve(*id, DisputeResolution::Rejected, day(2025, 6, 10)).error().code, ErrorCode::Conflict);
    input.reason = QStringLiteral("quantity");
    input.amount = 10000;
    input.openedOn = day(2025, 6, 12);
    const auto second = service.open(input);
    ASSERT_TRUE(second) << describe(second.error());
    ASSERT_TRUE(service.resolve(*second, DisputeResolution::WriteOffRequest, day(2025, 6, 20)));
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT amount FROM adjustment_requests WHERE kind = 'write_off' AND status = 'pending'")),
              10000);
    EXPECT_EQ(repository.disputeById(*second)->resolution, QStringLiteral("write_off_request"));
    EXPECT_EQ(DisputeService(as(QStringLiteral("clerk"))).open(input).error().code, ErrorCode::PermissionDenied);
}

TEST_F(Collections, complaintsAndPortfolios)
{
    customer(QStringLiteral("K1"), {}, {}, QStringLiteral("Europe/Berlin"), false, QStringLiteral("north"));
    customer(QStringLiteral("K2"), {}, {}, QStringLiteral("Europe/Berlin"), false, QStringLiteral("north"));
    customer(QStringLiteral("K3"), {}, {}, QStringLiteral("Europe/Berlin"), false, QStringLiteral("south"));
    invoice(QStringLiteral("I-K2"), QStringLiteral("K2"), day(2025, 5, 1), day(2025, 5, 31), 500000);

    ComplaintInput complaint;
    complaint.customerCode = QStringLiteral("K1");
    complaint.receivedOn = day(2025, 6, 1);
    complaint.channel = QStringLiteral("letter");
    complaint.category = QStringLiteral("collector_conduct");
    complaint.satisfaction = 2;
    EXPECT_TRUE(ContactService(as(QStringLiteral("c1"))).logComplaint(complaint));
    complaint.satisfaction = 6;
    EXPECT_EQ(ContactService(as(QStringLiteral("c1"))).logComplaint(complaint).error().code,
              ErrorCode::InvalidArgument);

    PortfolioAssignment byRule;
    byRule.region = QStringLiteral("north");
    byRule.collectorLogin = QStringLiteral("c1");
    EXPECT_EQ(CollectionService(as(QStringLiteral("c1"))).assignPortfolio(byRule).error().code,
              ErrorCode::PermissionDenied);
    const auto assigned = CollectionService(as(QStringLiteral("sup"))).assignPortfolio(byRule);
    ASSERT_TRUE(assigned) << describe(assigned.error());
    EXPECT_EQ(*assigned, 2);
    // Balance band: only K2 (5,000.00) is between 1,000 and 10,000 EUR.
    PortfolioAssignment band;
    band.currency = QStringLiteral("EUR");
    band.minimumBalance = 100000;
    band.maximumBalance = 1000000;
    band.collectorLogin = QStringLiteral("c2");
    ASSERT_EQ(CollectionService(as(QStringLiteral("sup"))).assignPortfolio(band).value_or(-1), 1);
    PortfolioAssignment byHand;
    byHand.customerCodes = {QStringLiteral("K3")};
    byHand.collectorLogin = QStringLiteral("clerk");
    EXPECT_EQ(CollectionService(as(QStringLiteral("sup"))).assignPortfolio(byHand).error().code,
              ErrorCode::InvalidArgument);
    byHand.collectorLogin = QStringLiteral("c2");
    ASSERT_EQ(CollectionService(as(QStringLiteral("sup"))).assignPortfolio(byHand).value_or(-1), 1);
    CollectionRepository repository(*m_book);
    EXPECT_EQ(repository.customerByCode(QStringLiteral("K1"))->collectorId, m_userIds.value(QStringLiteral("c1")));
    EXPECT_EQ(repository.customerByCode(QStringLiteral("K2"))->collectorId, m_userIds.value(QStringLiteral("c2")));
    EXPECT_EQ(repository.customerByCode(QStringLiteral("K3"))->collectorId, m_userIds.value(QStringLiteral("c2")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'portfolio.assign'")), 4);
}

} // namespace

namespace {

// Issue 5's compliance UI: an account under cease communication or represented by an
// attorney never gets an implicit call; a task someone created still shows.
TEST_F(Collections, ceaseCommunicationAndAttorneyAccountsGetNoImplicitCall)
{
    const QDate asOf = day(2025, 7, 1);
    for (const char *code : {"N001", "N002", "N003"}) {
        customer(QString::fromLatin1(code));
        invoice(QStringLiteral("I-%1").arg(QLatin1String(code)), QString::fromLatin1(code), day(2025, 5, 2),
                day(2025, 6, 1), 100000);
    }
    CollectionService admin(*m_admin);
    ASSERT_TRUE(admin.setContactRestrictions(QStringLiteral("N001"), false, true, false, false));
    ASSERT_TRUE(admin.setContactRestrictions(QStringLiteral("N002"), false, false, true, false));
    auto codes = [&] {
        QStringList result;
        for (const WorklistItem &item : queue(QStringLiteral("c1"), asOf).items)
            result << item.customerCode + QLatin1Char(':') + item.task;
        return result;
    };
    EXPECT_EQ(codes(), QStringList{QStringLiteral("N003:call")});
    ASSERT_TRUE(CollectionService(as(QStringLiteral("c1")))
                        .addTask(QStringLiteral("N002"), QStringLiteral("review"), asOf, QStringLiteral("attorney letter")));
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("N002:review"), QStringLiteral("N003:call")}));
}

// The one conversion from stored promises and payments to the promise rule's inputs
// (promiseRuleInputs, storage/collection_repository.h), which the collector desk's
// evaluation (evaluateStoredPromises) and the maintained outcomes (computePromiseOutcomes)
// share: every field carried over, in the given order, and the applications of each payment
// kept so that a promise naming an invoice counts only what was applied to it.
TEST(PromiseRuleInputs, carryEveryFieldTheRuleReads)
{
    StoredPromise named;
    named.id = 41;
    named.customerId = 7;
    named.collectorId = 3;
    named.takenDate = QDate(2026, 3, 2);
    named.promisedDate = QDate(2026, 3, 10);
    named.amount = 30000;
    named.currency = QStringLiteral("EUR");
    named.invoiceId = 900;
    named.status = QStringLiteral("broken"); // the stored evaluation is not an input
    named.paid = 123;
    StoredPromise open = named;
    open.id = 42;
    open.customerId = 8;
    open.takenDate = QDate(2026, 3, 5);
    open.promisedDate = QDate(2026, 3, 6);
    open.amount = 5000;
    open.invoiceId.reset();
    PromisePayment first{501, 7, QDate(2026, 3, 4), 50000, {{900, 20000}, {901, 30000}}};
    PromisePayment second{502, 8, QDate(2026, 3, 6), 5000, {}};

    const PromiseRuleInputs inputs = promiseRuleInputs({named, open}, {first, second});
    ASSERT_EQ(inputs.promises.size(), 2u);
    const PromiseToPay &p = inputs.promises[0];
    EXPECT_EQ(p.id, 41);
    EXPECT_EQ(p.customerId, 7);
    EXPECT_EQ(p.takenOn, QDate(2026, 3, 2));
    EXPECT_EQ(p.promisedFor, QDate(2026, 3, 10));
    EXPECT_EQ(p.amount, 30000);
    EXPECT_EQ(p.invoiceId, std::optional<qint64>(900));
    EXPECT_EQ(inputs.promises[1].id, 42);
    EXPECT_FALSE(inputs.promises[1].invoiceId.has_value());
    ASSERT_EQ(inputs.payments.size(), 2u);
    const ReceivedPayment &r = inputs.payments[0];
    EXPECT_EQ(r.customerId, 7);
    EXPECT_EQ(r.receivedOn, QDate(2026, 3, 4));
    EXPECT_EQ(r.amount, 50000);
    ASSERT_EQ(r.applications.size(), 2);
    EXPECT_EQ(r.applications[0].invoiceId, 900);
    EXPECT_EQ(r.applications[0].amount, 20000);
    EXPECT_EQ(r.applications[1].invoiceId, 901);
    EXPECT_EQ(r.applications[1].amount, 30000);
    EXPECT_EQ(inputs.payments[1].customerId, 8);
    EXPECT_TRUE(inputs.payments[1].applications.isEmpty());

    // Through the rule: 200.00 of the 500.00 payment counts toward the promise naming
    // invoice 900 (partially kept); the other customer's promise is kept on 6 March.
    const auto evaluated = evaluatePromises(inputs.promises, inputs.payments, 0, QDate(2026, 3, 31));
    ASSERT_TRUE(evaluated);
    EXPECT_EQ((*evaluated)[0].status, PromiseStatus::PartiallyKept);
    EXPECT_EQ((*evaluated)[0].counted, 20000);
    EXPECT_EQ((*evaluated)[1].status, PromiseStatus::Kept);
    EXPECT_EQ((*evaluated)[1].keptOn, QDate(2026, 3, 6));
}

} // namespace

namespace {

// Issue 8: the queues of every user read in one pass (CollectionService::allWorklists, the
// supervisor's overview) take other paths than one user's queue (the follow-up look-ups by
// the index alone, the stale promise outcomes from the customers with promises): on every day
// of a hand-built book, and again after a payment, a reversal and a reassignment, each
// queue of the pass equals that user's own queue item for item.
TEST_F(Collections, everyQueueInOnePassEqualsEachUsersQueueOnEveryDay)
{
    for (const char *code : {"Q1", "Q2", "Q3"})
        customer(QString::fromLatin1(code), QStringLiteral("c1"), QStringLiteral("B"));
    for (const char *code : {"R1", "R2"})
        customer(QString::fromLatin1(code), QStringLiteral("c2"), QStringLiteral("D"));
    customer(QStringLiteral("U1"), QString()); // nobody's account
    int n = 0;
    for (const char *code : {"Q1", "Q2", "Q3", "R1", "R2", "U1"}) {
        const QString c = QString::fromLatin1(code);
        invoice(QStringLiteral("I-%1-A").arg(c), c, day(2025, 3, 1), day(2025, 3, 31), 100000 + 1000 * ++n);
        invoice(QStringLiteral("I-%1-B").arg(c), c, day(2025, 4, 10), day(2025, 5, 10), 50000 + 700 * n);
    }
    promise(QStringLiteral("Q1"), day(2025, 4, 1), day(2025, 4, 15), 40000);                   // broken
    promise(QStringLiteral("Q2"), day(2025, 4, 1), day(2025, 4, 20), 20000);                   // kept
    promise(QStringLiteral("R1"), day(2025, 4, 2), day(2025, 4, 16), 30000, {}, QStringLiteral("c2")); // broken
    promise(QStringLiteral("R2"), day(2025, 5, 1), day(2025, 5, 12), 30000, {}, QStringLiteral("c2")); // broken later
    // Promised for a day the comparisons below look at (every fourth day from 1 April): the stored
    // outcomes promised for the date are read by the day (promise_outcomes_day, step 19).
    promise(QStringLiteral("Q2"), day(2025, 4, 25), day(2025, 5, 15), 15000);
    pay(QStringLiteral("Q2"), day(2025, 4, 18), 20000, QStringLiteral("I-Q2-A"));
    {
        DisputeInput input;
        input.invoiceNumber = QStringLiteral("I-Q3-A");
        input.reason = QStringLiteral("pricing");
        input.openedOn = day(2025, 4, 5);
        input.amount = 30000;
        ASSERT_TRUE(DisputeService(as(QStringLiteral("c1"))).open(input));
    }
    // The evaluation run on 1 May: the follow-up tasks of the promises broken by then (Q1, R1)
    // and the stored outcomes; R2's promise breaks later and has no task.
    ASSERT_TRUE(PromiseService(as(QStringLiteral("sup"))).evaluate(day(2025, 5, 1)));
    ASSERT_GE(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE source_kind = 'promise'")), 2);

    const QStringList logins{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("sup"), QStringLiteral("sup2")};
    const auto line = [](const WorklistItem &item) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                .arg(item.customerCode, item.task, item.due.toString(Qt::ISODate))
                .arg(item.taskId.value_or(0))
                .arg(item.sourceId.value_or(0))
                .arg(item.brokenPromises)
                .arg(item.score.totalHundredths())
                .arg(item.overdueAmount)
                .arg(item.balance)
                .arg(QStringList{item.customerName, item.currency, item.riskClass}.join(u'/'));
    };
    // The texts of a queue's accounts are read only for the accounts shown: each item carries
    // its customer's own code, name, currency and risk class (the portfolio's and the others').
    const auto textsOfTheCustomer = [&](const WorklistItem &item, const char *when) {
        const auto stored = CollectionRepository(*m_book).customerById(item.customerId);
        ASSERT_TRUE(stored) << when;
        EXPECT_EQ(item.customerCode, stored->code) << when;
        EXPECT_EQ(item.customerName, stored->name) << when;
        EXPECT_EQ(item.currency, stored->currency) << when;
        EXPECT_EQ(item.riskClass, stored->riskClass) << when;
        EXPECT_FALSE(item.customerName.isEmpty()) << when;
    };
    int compared = 0;
    // (Through September: past the score's 90-day lookback of the promises broken in April, so
    // the old broken promises with a follow-up task are left out of the stored outcomes read.)
    const auto compareOnEveryDay = [&](const char *when) -> QStringList {
        CollectionRepository repository(*m_book);
        QStringList lines;
        for (QDate d = day(2025, 4, 1); d <= day(2025, 9, 30); d = d.addDays(4)) {
            const auto all = CollectionService(as(QStringLiteral("sup"))).allWorklists(d);
            EXPECT_TRUE(all) << describe(all.error());
            if (!all)
                continue;
            for (const QString &login : logins) {
                QStringList fromPass;
                for (const Worklist &w : *all)
                    if (w.login == login)
                        for (const WorklistItem &item : w.items) {
                            fromPass << line(item);
                            textsOfTheCustomer(item, when);
                        }
                QStringList own;
                for (const WorklistItem &item : queue(login, d, QStringLiteral("sup")).items)
                    own << line(item);
                EXPECT_EQ(fromPass, own) << when << " " << login.toStdString() << " "
                                         << d.toString(Qt::ISODate).toStdString();
                compared += static_cast<int>(own.size());
                for (const QString &item : own)
                    lines << d.toString(Qt::ISODate) + QLatin1Char(' ') + login + QLatin1Char(' ') + item;
            }
            // The customers whose stored outcomes do not serve the date: every assigned account
            // at once = the union of the collectors' portfolios.
            std::vector<Id> united;
            for (const QString &login : {QStringLiteral("c1"), QStringLiteral("c2")})
                for (const Id id : repository.customersWithoutValidOutcomes(
                             CustomerScope::collector(m_userIds.value(login)), d, 3))
                    united.push_back(id);
            std::sort(united.begin(), united.end());
            EXPECT_EQ(repository.customersWithoutValidOutcomes(CustomerScope::allAssigned(), d, 3), united)
                    << when << " " << d.toString(Qt::ISODate).toStdString();
            // The one pass reads the stored outcomes of the whole book at once: for the assigned
            // accounts the same rows as the scoped read, with and without the old followed-up
            // promises left out, and the promises with a follow-up task as sourcesWithTasks finds them.
            std::unordered_set<Id> assigned;
            for (const DeskCustomer &c : repository.customers(CustomerScope::allAssigned()))
                assigned.insert(c.id);
            // The one pass finds them as the assigned accounts without valid stored outcomes (as
            // queueOutcomesOfBook reads them) that have promises.
            {
                std::vector<Id> valid{-1};
                repository.queueOutcomesOfBook(d, 3, {}, nullptr, &valid);
                EXPECT_TRUE(std::is_sorted(valid.begin(), valid.end()));
                std::vector<Id> others;
                for (const Id id : assigned)
                    if (!std::binary_search(valid.begin(), valid.end(), id))
                        others.push_back(id);
                std::sort(others.begin(), others.end());
                EXPECT_EQ(repository.customersWithPromisesAmong(others), united)
                        << when << " " << d.toString(Qt::ISODate).toStdString();
            }
            for (const QDate relevantFrom : {QDate(), d.addDays(-90), d.addDays(-20)}) {
                std::vector<Id> followedUpIds{-1};
                std::vector<PromiseOutcome> whole = repository.queueOutcomesOfBook(d, 3, relevantFrom, &followedUpIds);
                EXPECT_TRUE(std::is_sorted(followedUpIds.begin(), followedUpIds.end()));
                EXPECT_EQ(std::adjacent_find(followedUpIds.begin(), followedUpIds.end()), followedUpIds.end());
                const std::unordered_set<Id> followedUp(followedUpIds.begin(), followedUpIds.end());
                std::erase_if(whole, [&](const PromiseOutcome &o) { return !assigned.contains(o.customerId); });
                EXPECT_EQ(whole, repository.queueOutcomes(CustomerScope::allAssigned(), d, 3, relevantFrom))
                        << when << " " << d.toString(Qt::ISODate).toStdString();
                std::vector<Id> promiseIds;
                for (const StoredPromise &p : repository.promises(nullptr))
                    promiseIds.push_back(p.id);
                EXPECT_EQ(followedUp, relevantFrom.isValid()
                                              ? repository.sourcesWithTasks(QStringLiteral("promise"), promiseIds)
                                              : std::unordered_set<Id>{})
                        << when;
            }
        }
        return lines;
    };
    // Without stored outcomes every queue evaluates the promise rule over the ledger's payments:
    // the same queues on every day.
    const auto byTheRule = [&](const char *when) {
        QSqlQuery q(m_book->database());
        EXPECT_TRUE(q.exec(QStringLiteral("DELETE FROM promise_outcomes")));
        EXPECT_TRUE(q.exec(QStringLiteral("DELETE FROM promise_outcome_customers")));
        // and sums every account's figures from the ledger (customer_figures.h).
        EXPECT_TRUE(q.exec(QStringLiteral("DELETE FROM customer_figures")));
        return compareOnEveryDay(when);
    };
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customer_figures")), 6); // every account, for 1 May
    const QStringList stored = compareOnEveryDay("evaluated");
    EXPECT_GT(compared, 50);
    EXPECT_FALSE(stored.filter(QStringLiteral(" promise_follow_up ")).isEmpty());
    EXPECT_EQ(stored, byTheRule("by the rule"));
    ASSERT_TRUE(PromiseService(as(QStringLiteral("sup"))).evaluate(day(2025, 5, 1))); // fills them again

    // A payment (Q1's outcomes stale), a reversal (R1's) and a reassignment (Q3 to c2).
    pay(QStringLiteral("Q1"), day(2025, 5, 20), 15000, QStringLiteral("I-Q1-A"));
    const Id bounced = pay(QStringLiteral("R1"), day(2025, 5, 21), 10000, QStringLiteral("I-R1-A"));
    ASSERT_TRUE(m_ledger->reversePayment(bounced, day(2025, 6, 2), QStringLiteral("bounced")));
    PortfolioAssignment byHand;
    byHand.customerCodes = {QStringLiteral("Q3")};
    byHand.collectorLogin = QStringLiteral("c2");
    ASSERT_EQ(CollectionService(as(QStringLiteral("sup"))).assignPortfolio(byHand).value_or(-1), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promise_outcome_customers")), 2); // Q1, R1 stale
    // A new promise (R2's outcomes stale too) and a dispute past its due date.
    promise(QStringLiteral("R2"), day(2025, 5, 25), day(2025, 6, 10), 12000, {}, QStringLiteral("c2"));
    {
        DisputeInput input;
        input.invoiceNumber = QStringLiteral("I-R2-B");
        input.reason = QStringLiteral("pricing");
        input.openedOn = day(2025, 5, 26);
        input.dueDate = day(2025, 6, 9);
        input.amount = 5000;
        ASSERT_TRUE(DisputeService(as(QStringLiteral("c2"))).open(input));
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promise_outcome_customers")), 1); // Q2 only
    // The figures of Q1 (a payment), R1 (a payment and its reversal) and R2 (a dispute) are
    // stale; the reassignment of Q3 leaves its row.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customer_figures")), 3);
    const QStringList afterPostings = compareOnEveryDay("after postings");
    EXPECT_FALSE(afterPostings.filter(QStringLiteral(" dispute_follow_up ")).isEmpty());
    EXPECT_NE(afterPostings, stored);
    ASSERT_TRUE(PromiseService(as(QStringLiteral("sup"))).evaluate(day(2025, 6, 5))); // fills them again
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promise_outcome_customers")), 4);
    const QStringList refilled = compareOnEveryDay("evaluated again");
    EXPECT_EQ(refilled, byTheRule("by the rule after postings"));
}

// One collector's queue reads its portfolio once (CollectionRepository::queueChoices: the
// customers, which have an open task, which have valid stored promise outcomes and which have
// promises without them) and the stored outcomes of the valid ones only
// (queueOutcomesOfPortfolio): on every day, for both grace settings and every lookback, the same
// as the separate queries they replace. The old broken promises' follow-up tasks are put on the
// promise's own account, on another account of the same portfolio (counts) and on an account of
// the other portfolio (does not count for this collector). The queue items carry their account's
// credit hold (the first in force), read for the queue's accounts only.
TEST_F(Collections, aPortfoliosChoicesAndOutcomesInOneReadEqualTheQueriesTheyReplace)
{
    for (const char *code : {"P1", "P2", "P3", "P4"})
        customer(QString::fromLatin1(code), QStringLiteral("c1"));
    for (const char *code : {"S1", "S2"})
        customer(QString::fromLatin1(code), QStringLiteral("c2"));
    customer(QStringLiteral("N1"), QString()); // nobody's account
    int n = 0;
    for (const char *code : {"P1", "P2", "P3", "P4", "S1", "S2", "N1"}) {
        const QString c = QString::fromLatin1(code);
        invoice(QStringLiteral("I-%1-A").arg(c), c, day(2025, 3, 1), day(2025, 3, 31), 100000 + 1000 * ++n);
    }
    const Id p1Broken = promise(QStringLiteral("P1"), day(2025, 4, 1), day(2025, 4, 15), 40000).at(0);
    const Id p1Later = promise(QStringLiteral("P1"), day(2025, 4, 2), day(2025, 4, 20), 10000).at(0);
    const Id p2Broken = promise(QStringLiteral("P2"), day(2025, 4, 3), day(2025, 4, 16), 20000).at(0);
    promise(QStringLiteral("P3"), day(2025, 4, 3), day(2025, 4, 18), 20000);                    // kept
    promise(QStringLiteral("P4"), day(2025, 4, 3), day(2025, 4, 19), 20000);                    // broken
    promise(QStringLiteral("S1"), day(2025, 4, 4), day(2025, 4, 17), 30000, {}, QStringLiteral("c2")); // broken
    pay(QStringLiteral("P3"), day(2025, 4, 17), 20000, QStringLiteral("I-P3-A"));
    ASSERT_TRUE(PromiseService(as(QStringLiteral("sup"))).evaluate(day(2025, 5, 1)));
    // The follow-up tasks of P2's and P1's later promise moved: to P1 (the same portfolio) and to
    // S1 (c2's), and all of them done; an open task on P4 with no source.
    const Id p1Id = CollectionRepository(*m_book).customerByCode(QStringLiteral("P1"))->id;
    const Id s1Id = CollectionRepository(*m_book).customerByCode(QStringLiteral("S1"))->id;
    {
        QSqlQuery q(m_book->database());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tasks SET customer_id = %1 WHERE source_kind = 'promise' AND "
                                          "source_id = %2")
                                   .arg(p1Id)
                                   .arg(p2Broken)));
        ASSERT_EQ(q.numRowsAffected(), 1);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tasks SET customer_id = %1 WHERE source_kind = 'promise' AND "
                                          "source_id = %2")
                                   .arg(s1Id)
                                   .arg(p1Later)));
        ASSERT_EQ(q.numRowsAffected(), 1);
        ASSERT_GE(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE source_kind = 'promise' AND source_id = %1")
                                .arg(p1Broken)),
                  1);
        // (done: an open one would be the account's follow-up item itself)
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tasks SET status = 'done' WHERE source_kind = 'promise'")));
    }
    ASSERT_TRUE(CollectionService(as(QStringLiteral("c1")))
                        .addTask(QStringLiteral("P4"), TaskKind::call, day(2025, 6, 1), QStringLiteral("call back")));
    // A payment after the run: P4's stored outcomes are stale.
    pay(QStringLiteral("P4"), day(2025, 5, 20), 5000, QStringLiteral("I-P4-A"));

    CollectionRepository repository(*m_book);
    const std::vector<std::pair<const char *, CustomerScope>> scopes{
            {"c1", CustomerScope::collector(m_userIds.value(QStringLiteral("c1")))},
            {"c2", CustomerScope::collector(m_userIds.value(QStringLiteral("c2")))},
            {"all", CustomerScope::allAssigned()}};
    const auto sorted = [](std::vector<Id> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    int trimmedSomething = 0;
    int followUpsSeen = 0;
    int withoutValid = 0;
    int valid = 0;
    for (QDate d = day(2025, 4, 1); d <= day(2025, 9, 30); d = d.addDays(3))
        for (const int grace : {3, 5})
            for (const auto &[name, scope] : scopes) {
                const std::string when = std::string(name) + " " + d.toString(Qt::ISODate).toStdString() + " grace "
                        + std::to_string(grace);
                const CollectionRepository::QueueChoices choices = repository.queueChoices(scope, d, grace);
                std::vector<Id> chosen;
                for (const DeskCustomer &c : choices.customers)
                    chosen.push_back(c.id);
                std::vector<Id> expectedIds;
                for (const DeskCustomer &c : repository.queueCustomerChoices(scope)) {
                    expectedIds.push_back(c.id);
                    const auto it = std::find_if(choices.customers.begin(), choices.customers.end(),
                                                 [&](const DeskCustomer &o) { return o.id == c.id; });
                    ASSERT_NE(it, choices.customers.end()) << when;
                    EXPECT_EQ(it->collectorId, c.collectorId) << when;
                    EXPECT_EQ(it->ceaseCommunication, c.ceaseCommunication) << when;
                    EXPECT_EQ(it->attorney, c.attorney) << when;
                }
                EXPECT_EQ(sorted(chosen), sorted(expectedIds)) << when;
                EXPECT_EQ(choices.withOpenTasks, sorted(repository.customersWithOpenTasks(scope))) << when;
                EXPECT_EQ(choices.withoutValidOutcomes, repository.customersWithoutValidOutcomes(scope, d, grace))
                        << when;
                withoutValid += static_cast<int>(choices.withoutValidOutcomes.size());
                valid += static_cast<int>(choices.validOutcomes.size());
                for (const Id id : choices.validOutcomes)
                    EXPECT_FALSE(std::binary_search(choices.withoutValidOutcomes.begin(),
                                                    choices.withoutValidOutcomes.end(), id))
                            << when;
                if (scope.kind != CustomerScope::Kind::Collector)
                    continue;
                for (const QDate relevantFrom : {QDate(), d.addDays(-90), d.addDays(-20)}) {
                    const std::vector<PromiseOutcome> read = repository.queueOutcomesOfPortfolio(
                            scope.collectorId, choices.validOutcomes, d, grace, relevantFrom);
                    EXPECT_EQ(read, repository.queueOutcomes(scope, d, grace, relevantFrom)) << when;
                    // With the follow-up tasks of the broken ones: as tasksOfSources finds them on
                    // the portfolio's accounts.
                    std::unordered_map<Id, bool> followedUp;
                    EXPECT_EQ(repository.queueOutcomesOfPortfolio(scope.collectorId, choices.validOutcomes, d, grace,
                                                                  relevantFrom, &followedUp),
                              read)
                            << when;
                    std::unordered_map<Id, bool> expectedFollowUps;
                    for (const PromiseOutcome &o : read) {
                        if (o.paid != 0 || o.promisedDate.addDays(grace) >= d)
                            continue;
                        bool has = false;
                        for (const auto &task : repository.tasksOfSources(QStringLiteral("promise"), {o.promiseId}))
                            has = has || std::find(expectedIds.begin(), expectedIds.end(), task.customerId)
                                            != expectedIds.end();
                        expectedFollowUps[o.promiseId] = has;
                        followUpsSeen += has ? 1 : 0;
                    }
                    EXPECT_EQ(followedUp, expectedFollowUps) << when;
                    if (relevantFrom.isValid()
                        && read.size() < repository.queueOutcomes(scope, d, grace, QDate()).size())
                        ++trimmedSomething;
                }
            }
    EXPECT_GT(trimmedSomething, 10); // the old followed-up promises were left out
    EXPECT_GT(followUpsSeen, 10);
    EXPECT_GT(withoutValid, 10);
    EXPECT_GT(valid, 10);
    // c1's queue late in the year: P1's first promise (its task on P1), P2's (its task on P1,
    // the same portfolio) and P4's (by the rule) need no follow-up; P1's later one (its task on
    // S1, c2's) does.
    {
        const Worklist late = queue(QStringLiteral("c1"), day(2025, 9, 1));
        QList<Id> offered;
        for (const WorklistItem &item : late.items)
            if (item.sourceKind == u"promise" && !item.taskId) // offered, not a task already there
                offered << item.sourceId.value_or(0);
        EXPECT_EQ(offered, QList<Id>{p1Later});
    }

    // Credit holds: P1 has two in force (the first shows), S1 one; every item of their accounts
    // carries it, in one user's queue and in the one pass.
    Id p1Hold = 0;
    Id s1Hold = 0;
    {
        Transaction transaction(*m_book);
        PolicyRepository policies(*m_book);
        p1Hold = policies.insertHold(p1Id, QStringLiteral("manual"), QStringLiteral("first"), day(2025, 4, 1));
        policies.insertHold(p1Id, QStringLiteral("manual"), QStringLiteral("second"), day(2025, 4, 2));
        s1Hold = policies.insertHold(s1Id, QStringLiteral("manual"), QStringLiteral("other"), day(2025, 4, 3));
        transaction.commit();
    }
    const auto holdsOf = [&](const std::vector<WorklistItem> &items) {
        std::map<QString, Id> result;
        for (const WorklistItem &item : items) {
            const Id hold = item.hold ? item.hold->id : 0;
            const auto [it, inserted] = result.emplace(item.customerCode, hold);
            EXPECT_EQ(it->second, hold) << item.customerCode.toStdString();
        }
        return result;
    };
    const std::map<QString, Id> own = holdsOf(queue(QStringLiteral("c1"), day(2025, 9, 1)).items);
    EXPECT_EQ(own.at(QStringLiteral("P1")), p1Hold);
    EXPECT_EQ(own.at(QStringLiteral("P2")), 0);
    const auto all = CollectionService(as(QStringLiteral("sup"))).allWorklists(day(2025, 9, 1));
    ASSERT_TRUE(all) << describe(all.error());
    std::map<QString, Id> everyQueue;
    for (const Worklist &w : *all)
        everyQueue.merge(holdsOf(w.items));
    EXPECT_EQ(everyQueue.at(QStringLiteral("P1")), p1Hold);
    EXPECT_EQ(everyQueue.at(QStringLiteral("S1")), s1Hold);
    EXPECT_EQ(everyQueue.at(QStringLiteral("P2")), 0);
}

// CollectionRepository::sourcesWithTasks answers what tasksOfSources does (which sources
// have a task, open or done, on any account) for a few sources (id lists) and for many (one
// pass over the index), sources without a task and tasks of other kinds left out.
TEST_F(Collections, sourcesWithTasksForFewAndManySources)
{
    customer(QStringLiteral("S1"));
    CollectionRepository repository(*m_book);
    const Id customerId = repository.customerByCode(QStringLiteral("S1"))->id;
    const std::size_t many = CollectionRepository::kManySources + 200;
    {
        Transaction transaction(*m_book);
        for (std::size_t i = 1; i <= many; ++i) {
            TaskRecord task;
            task.customerId = customerId;
            task.kind = TaskKind::promiseFollowUp;
            task.dueDate = day(2025, 5, 1);
            task.status = i % 3 == 0 ? QStringLiteral("done") : QStringLiteral("open");
            task.sourceKind = i % 7 == 0 ? QStringLiteral("dispute") : QStringLiteral("promise");
            task.sourceId = static_cast<Id>(2 * i); // even ids have a task
            task.createdAt = QStringLiteral("2025-05-01T08:00:00Z");
            ASSERT_TRUE(repository.insertTask(task));
        }
        transaction.commit();
    }
    const auto expected = [&](const std::vector<Id> &ids) {
        std::unordered_set<Id> result;
        for (const auto &task : repository.tasksOfSources(QStringLiteral("promise"), ids))
            result.insert(task.sourceId);
        return result;
    };
    const std::vector<Id> few{1, 2, 4, 7, 14, 28, 30, 99999};
    std::vector<Id> all; // the many
    for (Id id = 1; id <= static_cast<Id>(2 * many + 10); ++id)
        if (id % 10 != 0) // sources with a task that were not asked about stay out
            all.push_back(id);
    ASSERT_GE(all.size(), CollectionRepository::kManySources);
    for (const std::vector<Id> &ids : {few, all}) {
        const std::unordered_set<Id> found = repository.sourcesWithTasks(QStringLiteral("promise"), ids);
        EXPECT_EQ(found, expected(ids));
        for (const Id id : ids) {
            const bool hasTask = id % 2 == 0 && id / 2 <= static_cast<Id>(many) && (id / 2) % 7 != 0;
            EXPECT_EQ(found.contains(id), hasTask) << id;
        }
    }
    EXPECT_EQ(repository.sourcesWithTasks(QStringLiteral("promise"), few).size(), 3u); // 2, 4, 30
}

} // namespace

namespace {

// Issue 8, session 11: the one pass over every queue (CollectionService::allWorklists) reads every
// assigned customer in one scan with its texts kept as UTF-8, every open task of the book in one
// read (the owner picked in memory: the assignee, else the account's collector) and looks the
// customers up in a table of positions. On a generated book, with tasks added that only those
// paths tell apart (an unassigned task, a task of an unassigned account for a collector, a task on
// another collector's account, an overdue account whose only open task is due later, an account
// that asked for no contact), every queue of the pass equals that user's own queue, every field of
// every item, on several days, by the promise rule and with the stored outcomes.
TEST(OnePassQueues, equalEachUsersOwnQueueOnAGeneratedBook)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto book = BookService::create(test::freshBookLocation(dir, QStringLiteral("demo.ardesk")));
    ASSERT_TRUE(book) << describe(book.error());
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session) << describe(session.error());
    const QDate today(2026, 6, 30);
    DemoOptions options;
    options.customers = 80;
    options.seed = 11;
    options.today = today;
    ASSERT_TRUE(DemoGenerator(**session).generate(options));
    Book &b = **book;
    auto scalar = [&](const QString &sql) {
        QSqlQuery q(b.database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    auto exec = [&](const QString &sql) {
        QSqlQuery q(b.database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    };
    // Two collectors, their lowest customer ids, an overdue account of the first without open tasks.
    const qint64 first = scalar(QStringLiteral("SELECT MIN(collector_id) FROM customers"));
    const qint64 second = scalar(QStringLiteral("SELECT MIN(collector_id) FROM customers WHERE collector_id > %1").arg(first));
    ASSERT_GT(first, 0);
    ASSERT_GT(second, 0);
    const qint64 ofFirst = scalar(QStringLiteral("SELECT MIN(id) FROM customers WHERE collector_id = %1").arg(first));
    const qint64 ofSecond = scalar(QStringLiteral("SELECT MIN(id) FROM customers WHERE collector_id = %1").arg(second));
    const qint64 overdue = scalar(QStringLiteral(
            "SELECT MIN(s.customer_id) FROM invoice_state s JOIN customers c ON c.id = s.customer_id "
            "WHERE c.collector_id = %1 AND s.open_amount > 0 AND s.due_date < %2 "
            "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.customer_id = c.id AND t.status = 'open')")
                                          .arg(first)
                                          .arg(today.addDays(-10).toJulianDay()));
    ASSERT_GT(overdue, 0);
    // An account of nobody's, with something open.
    const qint64 unassigned = scalar(QStringLiteral("SELECT MAX(s.customer_id) FROM invoice_state s "
                                                    "JOIN customers c ON c.id = s.customer_id "
                                                    "WHERE s.open_amount > 0 AND c.id NOT IN (%1, %2, %3)")
                                             .arg(ofFirst)
                                             .arg(ofSecond)
                                             .arg(overdue));
    ASSERT_GT(unassigned, 0);
    exec(QStringLiteral("UPDATE customers SET collector_id = NULL WHERE id = %1").arg(unassigned));
    // An account that asked for no contact (no implicit call), one represented by an attorney.
    exec(QStringLiteral("UPDATE customers SET cease_communication = 1 WHERE id IN (SELECT MAX(id) FROM customers "
                        "WHERE collector_id = %1)")
                 .arg(second));
    exec(QStringLiteral("UPDATE customers SET attorney = 1 WHERE id IN (SELECT MAX(id) FROM customers "
                        "WHERE collector_id = %1)")
                 .arg(first));
    const qint64 nextTask = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM tasks"));
    const auto task = [&](qint64 id, qint64 customerId, const QString &assignee, QDate due, const char *kind,
                          const char *notes) {
        exec(QStringLiteral("INSERT INTO tasks (id, customer_id, assignee_id, kind, due_date, status, notes, "
                            "created_at) VALUES (%1, %2, %3, '%4', %5, 'open', '%6', '2026-06-01T08:00:00Z')")
                     .arg(id)
                     .arg(customerId)
                     .arg(assignee)
                     .arg(QLatin1String(kind))
                     .arg(due.toJulianDay())
                     .arg(QString::fromUtf8(notes)));
    };
    task(nextTask, ofFirst, QStringLiteral("NULL"), today.addDays(-3), "review", "unassigned: the collector is the owner");
    task(nextTask + 1, unassigned, QString::number(second), today.addDays(-2), "call", "account of nobody");
    task(nextTask + 2, ofFirst, QString::number(second), today.addDays(-1), "call", "on the account of another");
    task(nextTask + 3, overdue, QString::number(first), today.addDays(20), "call", "later: no implicit call");
    task(nextTask + 4, unassigned, QStringLiteral("NULL"), today.addDays(-4), "call", "of nobody without assignee: in no queue");
    ASSERT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE collector_id IS NOT NULL")), 50);

    std::vector<QString> logins;
    {
        QSqlQuery q(b.database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT login FROM users WHERE role IN ('collector', 'supervisor') "
                                          "ORDER BY login")));
        while (q.next())
            logins.push_back(q.value(0).toString());
    }
    ASSERT_GE(logins.size(), 3u);
    const auto line = [](const WorklistItem &item) {
        QStringList parts{QString::number(item.customerId), item.customerCode, item.customerName, item.currency,
                          item.riskClass, item.task, item.due.toString(Qt::ISODate),
                          QString::number(item.taskId.value_or(0)), item.sourceKind,
                          QString::number(item.sourceId.value_or(0)), item.notes,
                          QString::number(item.overdueAmount), QString::number(item.daysPastDue),
                          QString::number(item.brokenPromises), QString::number(item.promiseDueToday),
                          QString::number(item.balance), QString::number(item.hold ? item.hold->id : 0)};
        for (const qint64 part : item.score.partHundredths)
            parts << QString::number(part);
        return parts.join(u'|');
    };
    int items = 0;
    QStringList seen;
    const auto compare = [&](const char *when) {
        for (const QDate d : {today, today.addDays(1), today.addDays(7), today.addDays(-40)}) {
            const auto all = CollectionService(**session).allWorklists(d);
            ASSERT_TRUE(all) << describe(all.error());
            for (const QString &login : logins) {
                QStringList fromPass;
                for (const Worklist &w : *all)
                    if (w.login == login)
                        for (const WorklistItem &item : w.items)
                            fromPass << line(item);
                const auto own = CollectionService(**session).worklist(login, d);
                ASSERT_TRUE(own) << describe(own.error());
                QStringList ownLines;
                for (const WorklistItem &item : own->items)
                    ownLines << line(item);
                EXPECT_EQ(fromPass, ownLines) << when << " " << login.toStdString() << " "
                                              << d.toString(Qt::ISODate).toStdString();
                items += static_cast<int>(ownLines.size());
                if (d == today)
                    seen << ownLines;
            }
        }
    };
    compare("by the rule");
    // Asked about many customers (the one pass: every assigned account without valid outcomes),
    // customersWithPromisesAmong reads the distinct customers of promises_customer once: the same
    // answer as its look-ups in lists of 500 over slices of fewer.
    {
        CollectionRepository repository(b);
        for (const Id step : {Id(1), Id(3)}) {
            std::vector<Id> many;
            for (Id id = 1; many.size() < CollectionRepository::kManySources + 100; id += step)
                many.push_back(id);
            std::vector<Id> bySlices;
            for (std::size_t at = 0; at < many.size(); at += 2000) {
                const std::vector<Id> slice(many.begin() + static_cast<std::ptrdiff_t>(at),
                                            many.begin() + static_cast<std::ptrdiff_t>(std::min(many.size(), at + 2000)));
                for (const Id id : repository.customersWithPromisesAmong(slice))
                    bySlices.push_back(id);
            }
            EXPECT_FALSE(bySlices.empty());
            EXPECT_EQ(repository.customersWithPromisesAmong(many), bySlices) << step;
        }
    }
    ASSERT_TRUE(PromiseService(**session).evaluate(today));
    compare("evaluated");
    EXPECT_GT(items, 100);
    // The added tasks are where they belong: the unassigned one in the collector's queue, the one
    // of nobody's account and the one on the account of another in the second collector's; the task of
    // nobody's account without an assignee in no queue; the overdue account with a later task has
    // no implicit call (the queues compared above tell).
    const QString joined = seen.join(u'\n');
    EXPECT_TRUE(joined.contains(QStringLiteral("unassigned: the collector is the owner")));
    EXPECT_TRUE(joined.contains(QStringLiteral("account of nobody")));
    EXPECT_TRUE(joined.contains(QStringLiteral("on the account of another")));
    EXPECT_FALSE(joined.contains(QStringLiteral("of nobody without assignee: in no queue")));
}

} // namespace
