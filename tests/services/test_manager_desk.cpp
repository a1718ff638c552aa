// The manager desk's services on small hand-built books (docs/manager-desk.md): staff
// performance, collector targets, the cash forecast, month-end aging snapshots with their
// roll-forward, and the dashboard figures. Every expected figure is worked out by hand in
// the comments. Ledger postings go through LedgerService (write-offs through
// LedgerRepository as the KPI tests do); collector-desk rows without a service of their
// own in these tests (contacts, tasks, escalations, complaints, disputes, payment plans)
// are inserted with SQL.
//
// 2026 is not a leap year.

#include "services/aging_snapshot_service.h"
#include "services/book_service.h"
#include "services/cash_forecast_service.h"
#include "services/dashboard_service.h"
#include "services/import_service.h"
#include "services/kpi_service.h"
#include "services/ledger_service.h"
#include "services/staff_performance_service.h"
#include "storage/ledger_repository.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

using namespace ardesk;

namespace {

QDate day(int year, int month, int dayOfMonth)
{
    return {year, month, dayOfMonth};
}

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

double shown(const std::optional<double> &value)
{
    return value ? std::round(*value * 100.0) / 100.0 : -1.0;
}

class ManagerDeskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(m_dir.filePath(QStringLiteral("manager.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_session);
    }

    Id addCustomer(const QString &code, const QString &currency = QStringLiteral("EUR"), const QString &risk = {})
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = currency;
        c.termsDays = 30;
        c.riskClass = risk;
        const auto id = m_ledger->addCustomer(c);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    Id invoice(const QString &number, const QString &customer, QDate issue, QDate due, MinorUnits amount)
    {
        Invoice i;
        i.number = number;
        i.issueDate = issue;
        i.dueDate = due;
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customer);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    PostedPayment pay(const QString &customer, QDate received, MinorUnits amount, const QString &invoiceNumber = {})
    {
        PaymentInput input;
        input.customerCode = customer;
        input.receivedDate = received;
        input.amount = amount;
        input.method = QStringLiteral("wire");
        input.reference = QStringLiteral("P%1").arg(++m_payments);
        input.apply = invoiceNumber.isEmpty() ? PaymentInput::Apply::None : PaymentInput::Apply::Invoice;
        input.invoiceNumber = invoiceNumber;
        const auto posted = m_ledger->postPayment(input);
        EXPECT_TRUE(posted) << describe(posted.error());
        return posted.value_or(PostedPayment{});
    }

    void credit(const QString &number, const QString &customer, QDate date, MinorUnits amount,
                std::optional<Id> invoiceId)
    {
        CreditNote note;
        note.number = number;
        note.issueDate = date;
        note.amount = amount;
        note.reason = QStringLiteral("price");
        ASSERT_TRUE(m_ledger->postCreditNote(note, customer, invoiceId));
    }

    void writeOff(Id invoiceId, QDate date, MinorUnits amount)
    {
        LedgerRepository repo(*m_book);
        Transaction transaction(*m_book);
        const Stamp stamp = m_session->stamp();
        const Id writeOffId = repo.postWriteOff(invoiceId, date, amount, QStringLiteral("bad debt"), std::nullopt,
                                                std::nullopt, stamp);
        Allocation allocation;
        allocation.invoiceId = invoiceId;
        allocation.source = AllocationSource::WriteOff;
        allocation.sourceId = writeOffId;
        allocation.date = date;
        allocation.amount = amount;
        repo.postAllocation(allocation, stamp, QStringLiteral("write_off"));
        transaction.commit();
    }

    void import(ImportKind kind, const QByteArray &csv)
    {
        ImportService service(*m_session);
        const auto report = service.importData(kind, QStringLiteral("test.csv"), csv, {});
        ASSERT_TRUE(report) << describe(report.error());
        ASSERT_TRUE(report->problems.empty()) << report->problems.front().field.toStdString() << ": "
                                              << report->problems.front().reason.toStdString();
        ASSERT_TRUE(report->written);
    }

    void sql(const QString &statement, const QVariantList &values = {})
    {
        QSqlQuery q(m_book->database());
        ASSERT_TRUE(q.prepare(statement)) << statement.toStdString();
        for (const QVariant &v : values)
            q.addBindValue(v);
        ASSERT_TRUE(q.exec()) << statement.toStdString();
    }

    qint64 scalar(const QString &statement, const QVariantList &values = {})
    {
        QSqlQuery q(m_book->database());
        EXPECT_TRUE(q.prepare(statement));
        for (const QVariant &v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec());
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    qlonglong userId(const QString &login)
    {
        return scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    }
    qlonglong customerId(const QString &code)
    {
        return scalar(QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code});
    }

    void contact(const QString &customer, const QString &user, const QString &at, const QString &channel,
                 const QString &outcome)
    {
        sql(QStringLiteral("INSERT INTO contact_log (customer_id, user_id, at, channel, outcome) VALUES (?, ?, ?, ?, ?)"),
            {customerId(customer), userId(user), at, channel, outcome});
    }

    void task(const QString &customer, const QString &assignee, QDate due, const QString &status,
              const QString &createdAt, const QString &doneAt = {}, const QString &doneBy = {})
    {
        sql(QStringLiteral("INSERT INTO tasks (customer_id, assignee_id, kind, due_date, status, created_at, done_at, "
                           "done_by) VALUES (?, ?, 'call', ?, ?, ?, ?, ?)"),
            {customerId(customer), userId(assignee), due.toJulianDay(), status, createdAt,
             doneAt.isEmpty() ? QVariant() : QVariant(doneAt),
             doneBy.isEmpty() ? QVariant() : QVariant(userId(doneBy))});
    }

    void dispute(Id invoiceId, const QString &customer, MinorUnits amount, const QString &reason, QDate opened,
                 const QString &status = QStringLiteral("open"), QDate resolved = {})
    {
        sql(QStringLiteral("INSERT INTO disputes (invoice_id, customer_id, amount, reason, opened_date, status, "
                           "resolved_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')"),
            {qlonglong(invoiceId), customerId(customer), qlonglong(amount), reason, opened.toJulianDay(), status,
             resolved.isValid() ? QVariant(resolved.toJulianDay()) : QVariant()});
    }

    // A session of another role on the same book (permission checks).
    std::unique_ptr<Session> sessionAs(Role role)
    {
        Actor actor;
        actor.login = QStringLiteral("someone");
        actor.role = role;
        return std::make_unique<Session>(*m_book, actor, PermissionMatrix::defaults());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
    int m_payments = 0;
};

// --- collector targets ---------------------------------------------------------------------

TEST(CollectorTargets, proratedByDaysPerMonthWithStandingFallback)
{
    const std::vector<CollectorTargetRow> targets{{7, QStringLiteral("*"), QStringLiteral("EUR"), 100000},
                                                  {7, QStringLiteral("2026-03"), QStringLiteral("EUR"), 50000},
                                                  {8, QStringLiteral("*"), QStringLiteral("EUR"), 99999}};
    // March has its own target: the whole month is 500.00.
    EXPECT_EQ(targetForPeriod(targets, 7, QStringLiteral("EUR"), day(2026, 3, 1), day(2026, 3, 31)), 50000);
    // April falls back to the standing 1,000.00; a week 6-12 April: 1,000.00 x 7 / 30 = 233.33.
    EXPECT_EQ(targetForPeriod(targets, 7, QStringLiteral("EUR"), day(2026, 4, 6), day(2026, 4, 12)), 23333);
    // 30 March - 5 April: 500.00 x 2 / 31 = 32.26 plus 1,000.00 x 5 / 30 = 166.67 -> 198.93.
    EXPECT_EQ(targetForPeriod(targets, 7, QStringLiteral("EUR"), day(2026, 3, 30), day(2026, 4, 5)), 3226 + 16667);
    EXPECT_FALSE(targetForPeriod(targets, 7, QStringLiteral("SEK"), day(2026, 3, 1), day(2026, 3, 31)));
    EXPECT_FALSE(targetForPeriod(targets, 9, QStringLiteral("EUR"), day(2026, 3, 1), day(2026, 3, 31)));
}

TEST(PerformancePeriods, dayWeekMonthAndRange)
{
    const auto week = PerformancePeriod::week(day(2026, 4, 8)); // a Wednesday
    EXPECT_EQ(week.from, day(2026, 4, 6));
    EXPECT_EQ(week.to, day(2026, 4, 12));
    const auto month = PerformancePeriod::month(day(2026, 2, 14));
    EXPECT_EQ(month.from, day(2026, 2, 1));
    EXPECT_EQ(month.to, day(2026, 2, 28));
    EXPECT_EQ(PerformancePeriod::day(day(2026, 2, 14)).days(), 1);
    EXPECT_EQ(PerformancePeriod::range(day(2026, 1, 1), day(2026, 3, 31)).days(), 90);
}

// --- staff performance -----------------------------------------------------------------------

TEST_F(ManagerDeskTest, staffPerformanceOfAMonthByHand)
{
    addCustomer(QStringLiteral("C1"));
    addCustomer(QStringLiteral("C2"));
    addCustomer(QStringLiteral("C3"));
    addCustomer(QStringLiteral("S1"), QStringLiteral("SEK"));
    import(ImportKind::Users, "login,name,role\nalice,Alice,collector\nbob,Bob,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nC1,alice\nC2,alice\nC3,bob\nS1,alice\n");

    invoice(QStringLiteral("I1"), QStringLiteral("C1"), day(2026, 1, 10), day(2026, 2, 9), 100000);
    invoice(QStringLiteral("I2"), QStringLiteral("C2"), day(2026, 3, 1), day(2026, 3, 31), 40000);
    invoice(QStringLiteral("I3"), QStringLiteral("C3"), day(2026, 2, 1), day(2026, 3, 3), 50000);
    invoice(QStringLiteral("S1-1"), QStringLiteral("S1"), day(2026, 3, 1), day(2026, 3, 31), 900000);
    pay(QStringLiteral("C1"), day(2026, 2, 20), 10000, QStringLiteral("I1")); // February: not counted
    pay(QStringLiteral("C1"), day(2026, 3, 5), 20000, QStringLiteral("I1"));  // counted, keeps the promise
    pay(QStringLiteral("C1"), day(2026, 4, 2), 5000, QStringLiteral("I1"));   // April: not counted
    const PostedPayment bounced = pay(QStringLiteral("C3"), day(2026, 3, 10), 30000, QStringLiteral("I3"));
    ASSERT_TRUE(m_ledger->reversePayment(bounced.paymentId, day(2026, 3, 12), QStringLiteral("bounced")));
    pay(QStringLiteral("S1"), day(2026, 3, 20), 100000, QStringLiteral("S1-1"));

    // alice: promise on C1 for 200.00 on 10 March (kept on 5 March); bob: 100.00 on 15 March
    // on C3, nothing paid: broken on 19 March (grace 3).
    import(ImportKind::Promises, "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n"
                                 "C1,alice,2026-03-01,2026-03-10,200.00,EUR,\n"
                                 "C3,bob,2026-03-02,2026-03-15,100.00,EUR,\n");

    // alice's contacts in March: 3 calls (2 conversations) and an e-mail; one on 1 April.
    contact(QStringLiteral("C1"), QStringLiteral("alice"), QStringLiteral("2026-03-01T09:00:00Z"),
            QStringLiteral("call_out"), QStringLiteral("promise_taken"));
    contact(QStringLiteral("C2"), QStringLiteral("alice"), QStringLiteral("2026-03-02T09:00:00Z"),
            QStringLiteral("call_out"), QStringLiteral("no_answer"));
    contact(QStringLiteral("C2"), QStringLiteral("alice"), QStringLiteral("2026-03-03T09:00:00Z"),
            QStringLiteral("call_out"), QStringLiteral("right_party_contact"));
    contact(QStringLiteral("C2"), QStringLiteral("alice"), QStringLiteral("2026-03-31T23:59:00Z"),
            QStringLiteral("email"), QStringLiteral("no_answer"));
    contact(QStringLiteral("C2"), QStringLiteral("alice"), QStringLiteral("2026-04-01T00:00:00Z"),
            QStringLiteral("call_out"), QStringLiteral("right_party_contact"));

    // Tasks: alice did two in March; one open due 20 March and one due 10 March done on
    // 2 April are overdue at the end of March; one due 5 April is not.
    task(QStringLiteral("C1"), QStringLiteral("alice"), day(2026, 3, 4), QStringLiteral("done"),
         QStringLiteral("2026-03-01T08:00:00Z"), QStringLiteral("2026-03-04T10:00:00Z"), QStringLiteral("alice"));
    task(QStringLiteral("C2"), QStringLiteral("alice"), day(2026, 3, 6), QStringLiteral("done"),
         QStringLiteral("2026-03-01T08:00:00Z"), QStringLiteral("2026-03-07T10:00:00Z"), QStringLiteral("alice"));
    task(QStringLiteral("C2"), QStringLiteral("alice"), day(2026, 3, 20), QStringLiteral("open"),
         QStringLiteral("2026-03-15T08:00:00Z"));
    task(QStringLiteral("C1"), QStringLiteral("alice"), day(2026, 3, 10), QStringLiteral("done"),
         QStringLiteral("2026-03-01T08:00:00Z"), QStringLiteral("2026-04-02T10:00:00Z"), QStringLiteral("alice"));
    task(QStringLiteral("C1"), QStringLiteral("alice"), day(2026, 4, 5), QStringLiteral("open"),
         QStringLiteral("2026-03-20T08:00:00Z"));
    // One escalation by alice, one complaint from bob's customer.
    sql(QStringLiteral("INSERT INTO escalations (customer_id, from_user, to_user, reason, created_at) "
                       "VALUES (?, ?, NULL, 'big', '2026-03-11T10:00:00Z')"),
        {customerId(QStringLiteral("C2")), userId(QStringLiteral("alice"))});
    sql(QStringLiteral("INSERT INTO complaints (customer_id, received_date, channel, category, created_at) "
                       "VALUES (?, ?, 'phone', 'rude', '2026-03-12T10:00:00Z')"),
        {customerId(QStringLiteral("C3")), day(2026, 3, 12).toJulianDay()});

    StaffPerformanceService service(*m_session);
    ASSERT_TRUE(service.setTarget(QStringLiteral("alice"), QStringLiteral("*"), QStringLiteral("EUR"), 100000));
    ASSERT_TRUE(service.setTarget(QStringLiteral("alice"), QStringLiteral("2026-03"), QStringLiteral("EUR"), 50000));

    const auto report = service.report(PerformancePeriod::month(day(2026, 3, 15)));
    ASSERT_TRUE(report) << describe(report.error());
    // Lines: alice EUR, alice SEK, bob EUR.
    ASSERT_EQ(report->lines.size(), 3u);
    const CollectorPerformance &alice = report->lines[0];
    EXPECT_EQ(alice.login, QStringLiteral("alice"));
    EXPECT_EQ(alice.key.currency, QStringLiteral("EUR"));
    EXPECT_EQ(alice.portfolioCustomers, 2);
    // Open at 31 March: I1 1,000 - 100 - 200 = 700 (the April 50 comes after) + I2 400 = 1,100.
    EXPECT_EQ(alice.portfolioOpen, 110000);
    EXPECT_EQ(alice.contacts, 4);
    EXPECT_EQ(alice.callAttempts, 3);
    EXPECT_EQ(alice.rightPartyContacts, 2);
    EXPECT_DOUBLE_EQ(shown(alice.rightPartyContactRate), 66.67);
    EXPECT_EQ(alice.promisesTaken, 1);
    EXPECT_EQ(alice.promisedAmount, 20000);
    EXPECT_EQ(alice.promiseOutcomes.kept, 1);
    EXPECT_DOUBLE_EQ(shown(alice.promiseKeptRate), 100.0);
    EXPECT_EQ(alice.collected, 20000);
    EXPECT_EQ(alice.tasksDone, 2);
    EXPECT_EQ(alice.tasksOverdue, 2);
    EXPECT_EQ(alice.escalations, 1);
    EXPECT_EQ(alice.complaints, 0);
    EXPECT_EQ(alice.target, 50000);
    EXPECT_DOUBLE_EQ(shown(alice.attainment), 40.0); // 200 / 500

    const CollectorPerformance &aliceSek = report->lines[1];
    EXPECT_EQ(aliceSek.key.currency, QStringLiteral("SEK"));
    EXPECT_EQ(aliceSek.collected, 100000);
    EXPECT_EQ(aliceSek.portfolioOpen, 800000);
    EXPECT_FALSE(aliceSek.target);

    const CollectorPerformance &bob = report->lines[2];
    EXPECT_EQ(bob.login, QStringLiteral("bob"));
    EXPECT_EQ(bob.portfolioCustomers, 1);
    EXPECT_EQ(bob.portfolioOpen, 50000); // the bounced payment does not count
    EXPECT_EQ(bob.collected, 0);
    EXPECT_EQ(bob.promiseOutcomes.broken, 1);
    EXPECT_DOUBLE_EQ(shown(bob.promiseKeptRate), 0.0);
    EXPECT_EQ(bob.complaints, 1);
    EXPECT_FALSE(bob.rightPartyContactRate); // no calls: undefined, not 0

    // A day: 5 March holds alice's 200.00 and a prorated target of 500.00 / 31 = 16.13.
    const auto oneDay = service.report(PerformancePeriod::day(day(2026, 3, 5)));
    ASSERT_TRUE(oneDay);
    EXPECT_EQ(oneDay->lines[0].collected, 20000);
    EXPECT_EQ(oneDay->lines[0].target, 1613);

    // The trend: February and March for alice EUR.
    const auto trend = service.trend(day(2026, 3, 31), 2);
    ASSERT_TRUE(trend) << describe(trend.error());
    ASSERT_FALSE(trend->empty());
    const CollectorTrend &aliceTrend = trend->front();
    EXPECT_EQ(aliceTrend.login, QStringLiteral("alice"));
    ASSERT_EQ(aliceTrend.months.size(), 2u);
    EXPECT_EQ(aliceTrend.months[0].month, day(2026, 2, 1));
    EXPECT_EQ(aliceTrend.months[0].collected, 10000);
    EXPECT_EQ(aliceTrend.months[0].target, 100000); // the standing target
    EXPECT_EQ(aliceTrend.months[1].collected, 20000);
    EXPECT_EQ(aliceTrend.months[1].contacts, 4);
    // March's calls: 3 attempts, 2 reached a conversation (as the month's report above).
    EXPECT_DOUBLE_EQ(shown(aliceTrend.months[1].rightPartyContactRate), 66.67);
    EXPECT_EQ(aliceTrend.months[1].promisesTaken, 1);
    EXPECT_EQ(aliceTrend.months[1].promiseOutcomes.kept, 1);
    EXPECT_EQ(aliceTrend.months[1].target, 50000);
}

TEST_F(ManagerDeskTest, staffPerformanceNeedsReportsAndTargetsNeedSettings)
{
    import(ImportKind::Users, "login,name,role\nalice,Alice,collector\n");
    auto collector = sessionAs(Role::Collector);
    const auto denied = StaffPerformanceService(*collector).report(PerformancePeriod::day(day(2026, 3, 5)));
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);

    auto supervisor = sessionAs(Role::Supervisor);
    EXPECT_TRUE(StaffPerformanceService(*supervisor).report(PerformancePeriod::day(day(2026, 3, 5))));
    const auto notAllowed = StaffPerformanceService(*supervisor)
                                    .setTarget(QStringLiteral("alice"), QStringLiteral("*"), QStringLiteral("EUR"), 1);
    ASSERT_FALSE(notAllowed);
    EXPECT_EQ(notAllowed.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM collector_targets")), 0);

    StaffPerformanceService owner(*m_session);
    EXPECT_FALSE(owner.setTarget(QStringLiteral("alice"), QStringLiteral("2026-13"), QStringLiteral("EUR"), 1));
    EXPECT_FALSE(owner.setTarget(QStringLiteral("alice"), QStringLiteral("*"), QStringLiteral("EURO"), 1));
    EXPECT_FALSE(owner.setTarget(QStringLiteral("nobody"), QStringLiteral("*"), QStringLiteral("EUR"), 1));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM collector_targets")), 0);
    ASSERT_TRUE(owner.setTarget(QStringLiteral("alice"), QStringLiteral("*"), QStringLiteral("EUR"), 123));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collector_target.set'")), 1);
    ASSERT_TRUE(owner.setTarget(QStringLiteral("alice"), QStringLiteral("*"), QStringLiteral("EUR"), 0));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM collector_targets")), 0);
}

// --- cash forecast ---------------------------------------------------------------------------

TEST(CashForecastRules, averageDaysLateRoundsHalfAwayFromZero)
{
    EXPECT_EQ(averageDaysLate(1000 * 10 + 3000 * 20, 4000), 18); // 17.5
    EXPECT_EQ(averageDaysLate(-1000 * 3 - 1000 * 4, 2000), -4);   // -3.5
    EXPECT_EQ(averageDaysLate(0, 0), 0);
}

TEST_F(ManagerDeskTest, cashForecastByHand)
{
    // As of Wednesday 8 April 2026: week 0 is 6-12 April, week 1 13-19, week 2 20-26, ...
    addCustomer(QStringLiteral("A"));
    addCustomer(QStringLiteral("B"));
    addCustomer(QStringLiteral("C"));
    // A's history: 10.00 paid 10 days late and 30.00 paid 20 days late -> 17.5 -> 18 days.
    invoice(QStringLiteral("A1"), QStringLiteral("A"), day(2025, 12, 1), day(2026, 1, 1), 1000);
    invoice(QStringLiteral("A2"), QStringLiteral("A"), day(2026, 1, 1), day(2026, 2, 1), 3000);
    pay(QStringLiteral("A"), day(2026, 1, 11), 1000, QStringLiteral("A1"));
    pay(QStringLiteral("A"), day(2026, 2, 21), 3000, QStringLiteral("A2"));
    // A3 due 10 April -> expected 28 April: week 3 (27 April - 3 May).
    invoice(QStringLiteral("A3"), QStringLiteral("A"), day(2026, 3, 11), day(2026, 4, 10), 50000);
    // A4 due 1 March -> expected 19 March, before the as-of date: behind expectation.
    invoice(QStringLiteral("A4"), QStringLiteral("A"), day(2026, 2, 1), day(2026, 3, 1), 40000);
    // B has no history: due dates as they are. B1 800.00 due 15 April, 100.00 disputed.
    const Id b1 = invoice(QStringLiteral("B1"), QStringLiteral("B"), day(2026, 3, 16), day(2026, 4, 15), 80000);
    dispute(b1, QStringLiteral("B"), 10000, QStringLiteral("price"), day(2026, 4, 1));
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\n");
    // B promised 300.00 for 20 April (no invoice named): week 2, taken from B1's 700.00.
    import(ImportKind::Promises, "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n"
                                 "B,ann,2026-04-07,2026-04-20,300.00,EUR,\n");
    // C: 900.00 in a payment plan of 4 x 300.00 (15 April, 15 May, 15 June, 15 July).
    const Id c1 = invoice(QStringLiteral("C1"), QStringLiteral("C"), day(2026, 1, 30), day(2026, 3, 1), 90000);
    sql(QStringLiteral("INSERT INTO payment_plans (id, customer_id, created_date, currency, total, frequency, status, "
                       "created_at) VALUES (1, ?, ?, 'EUR', 90000, 'monthly', 'active', '2026-04-01T00:00:00Z')"),
        {customerId(QStringLiteral("C")), day(2026, 4, 1).toJulianDay()});
    sql(QStringLiteral("INSERT INTO payment_plan_items (plan_id, invoice_id) VALUES (1, ?)"), {qlonglong(c1)});
    int seq = 0;
    for (const QDate due : {day(2026, 4, 15), day(2026, 5, 15), day(2026, 6, 15), day(2026, 7, 15)})
        sql(QStringLiteral("INSERT INTO payment_plan_instalments (plan_id, seq, due_date, amount) VALUES (1, ?, ?, 30000)"),
            {++seq, due.toJulianDay()});
    // Receipts: 60.00 on 2 April (last week), 50.00 on 7 April (this week), both unapplied.
    pay(QStringLiteral("A"), day(2026, 4, 2), 6000);
    pay(QStringLiteral("A"), day(2026, 4, 7), 5000);

    CashForecastService service(*m_session);
    const auto forecast = service.forecast(QStringLiteral("EUR"), day(2026, 4, 8), 1);
    ASSERT_TRUE(forecast) << describe(forecast.error());
    ASSERT_EQ(forecast->weeks.size(), 13u);
    EXPECT_EQ(forecast->weeks[0].start, day(2026, 4, 6));
    EXPECT_EQ(forecast->weeks[0].forecast(), 0);
    EXPECT_EQ(forecast->weeks[0].actual, 5000);
    // Week 1 (13-19 April): B1's 700.00 less the promised 300.00, and C's first instalment.
    EXPECT_EQ(forecast->weeks[1].openItems, 40000);
    EXPECT_EQ(forecast->weeks[1].plans, 30000);
    EXPECT_EQ(forecast->weeks[2].promises, 30000);
    EXPECT_EQ(forecast->weeks[3].openItems, 50000);
    // 15 May is 39 days after 6 April: week 5; 15 June (70 days): week 10; the fourth
    // instalment finds nothing left of the 900.00.
    EXPECT_EQ(forecast->weeks[5].plans, 30000);
    EXPECT_EQ(forecast->weeks[10].plans, 30000);
    EXPECT_EQ(forecast->afterHorizon, 0);
    EXPECT_EQ(forecast->behindExpectation, 40000);
    EXPECT_EQ(forecast->disputed, 10000);
    MinorUnits total = 0;
    for (const ForecastWeek &w : forecast->weeks)
        total += w.forecast();
    EXPECT_EQ(total, 40000 + 30000 + 30000 + 50000 + 30000 + 30000);

    // Last week (30 March - 5 April) recomputed as of 30 March: A3 and B1 fall later, A4 and
    // C1 (no plan yet, no history) are behind their expected dates, no promise yet: 0,
    // against 60.00 received.
    ASSERT_EQ(forecast->past.size(), 1u);
    EXPECT_EQ(forecast->past[0].start, day(2026, 3, 30));
    EXPECT_EQ(forecast->past[0].forecast(), 0);
    EXPECT_EQ(forecast->past[0].actual, 6000);

    auto clerk = sessionAs(Role::Clerk);
    EXPECT_EQ(CashForecastService(*clerk).forecast(QStringLiteral("EUR"), day(2026, 4, 8)).error().code,
              ErrorCode::PermissionDenied);
}

TEST_F(ManagerDeskTest, cashForecastPromiseOnAnInvoiceIsNotCountedTwice)
{
    addCustomer(QStringLiteral("A"));
    invoice(QStringLiteral("A1"), QStringLiteral("A"), day(2026, 3, 1), day(2026, 4, 20), 50000);
    invoice(QStringLiteral("A2"), QStringLiteral("A"), day(2026, 3, 1), day(2026, 4, 14), 10000);
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\n");
    // 800.00 promised on A1 (open 500.00) for 15 April: only 500.00 can come from A1.
    import(ImportKind::Promises, "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n"
                                 "A,ann,2026-04-01,2026-04-15,800.00,EUR,A1\n");
    const auto forecast = CashForecastService(*m_session).forecast(QStringLiteral("EUR"), day(2026, 4, 8), 0);
    ASSERT_TRUE(forecast) << describe(forecast.error());
    EXPECT_EQ(forecast->weeks[1].promises, 50000);
    EXPECT_EQ(forecast->weeks[1].openItems, 10000); // A2 due 14 April
    EXPECT_EQ(forecast->weeks[2].openItems, 0);     // nothing left of A1
}

// --- aging snapshots ---------------------------------------------------------------------------

TEST(AgingSnapshotRules, monthEndsToTake)
{
    // First invoice in November 2025, today 10 March 2026, no snapshot yet.
    const auto all = monthEndsToTake(std::nullopt, day(2025, 11, 20), day(2026, 3, 10), 15);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all.front(), day(2025, 11, 30));
    EXPECT_EQ(all.back(), day(2026, 2, 28));
    // After the snapshot of 31 December: January and February.
    const auto some = monthEndsToTake(day(2025, 12, 31), day(2025, 11, 20), day(2026, 3, 10), 15);
    ASSERT_EQ(some.size(), 2u);
    EXPECT_EQ(some.front(), day(2026, 1, 31));
    // On the last day of a month that month is not over yet.
    EXPECT_EQ(monthEndsToTake(std::nullopt, day(2026, 1, 5), day(2026, 1, 31), 15).size(), 0u);
    EXPECT_EQ(monthEndsToTake(std::nullopt, day(2026, 1, 5), day(2026, 2, 1), 15).size(), 1u);
    // The newest `limit` only.
    const auto limited = monthEndsToTake(std::nullopt, day(2020, 1, 1), day(2026, 3, 10), 3);
    ASSERT_EQ(limited.size(), 3u);
    EXPECT_EQ(limited.front(), day(2025, 12, 31));
}

void expectSameAging(const AgingReport &a, const AgingReport &b)
{
    ASSERT_EQ(a.currencies.size(), b.currencies.size());
    for (std::size_t i = 0; i < a.currencies.size(); ++i) {
        EXPECT_EQ(a.currencies[i].currency, b.currencies[i].currency);
        EXPECT_EQ(a.currencies[i].buckets, b.currencies[i].buckets);
        EXPECT_EQ(a.currencies[i].disputed, b.currencies[i].disputed);
        EXPECT_EQ(a.currencies[i].unappliedCash, b.currencies[i].unappliedCash);
        EXPECT_EQ(a.currencies[i].unappliedCredits, b.currencies[i].unappliedCredits);
    }
    ASSERT_EQ(a.customers.size(), b.customers.size());
    for (std::size_t i = 0; i < a.customers.size(); ++i) {
        EXPECT_EQ(a.customers[i].customerCode, b.customers[i].customerCode);
        EXPECT_EQ(a.customers[i].customerName, b.customers[i].customerName);
        EXPECT_EQ(a.customers[i].line.currency, b.customers[i].line.currency);
        EXPECT_EQ(a.customers[i].line.buckets, b.customers[i].line.buckets);
        EXPECT_EQ(a.customers[i].line.disputed, b.customers[i].line.disputed);
        EXPECT_EQ(a.customers[i].line.unappliedCash, b.customers[i].line.unappliedCash);
        EXPECT_EQ(a.customers[i].line.unappliedCredits, b.customers[i].line.unappliedCredits);
    }
}

TEST_F(ManagerDeskTest, snapshotEqualsTheLiveAsOfAgingAndCatchUpTakesMissingMonthEnds)
{
    addCustomer(QStringLiteral("X"));
    addCustomer(QStringLiteral("Y"));
    addCustomer(QStringLiteral("Z"), QStringLiteral("SEK"));
    const Id x1 = invoice(QStringLiteral("X1"), QStringLiteral("X"), day(2025, 11, 5), day(2025, 12, 5), 70000);
    invoice(QStringLiteral("X2"), QStringLiteral("X"), day(2026, 1, 5), day(2026, 2, 4), 30000);
    invoice(QStringLiteral("Y1"), QStringLiteral("Y"), day(2025, 12, 1), day(2025, 12, 15), 12000);
    invoice(QStringLiteral("Z1"), QStringLiteral("Z"), day(2025, 9, 1), day(2025, 10, 1), 500000);
    pay(QStringLiteral("X"), day(2026, 1, 10), 20000, QStringLiteral("X1"));
    pay(QStringLiteral("Y"), day(2026, 1, 12), 5000); // unapplied cash
    credit(QStringLiteral("CN1"), QStringLiteral("Z"), day(2026, 1, 20), 100000, std::nullopt);
    dispute(x1, QStringLiteral("X"), 15000, QStringLiteral("quality"), day(2026, 1, 3));
    // After 31 January: a payment and the dispute resolved; the snapshot must not move.
    pay(QStringLiteral("X"), day(2026, 2, 10), 30000, QStringLiteral("X1"));
    sql(QStringLiteral("UPDATE disputes SET status = 'resolved', resolved_date = ?"), {day(2026, 2, 11).toJulianDay()});

    AgingSnapshotService snapshots(*m_session);
    const auto taken = snapshots.catchUp(day(2026, 2, 20));
    ASSERT_TRUE(taken) << describe(taken.error());
    // September 2025 (first invoice) to January 2026.
    ASSERT_EQ(taken->size(), 5u);
    EXPECT_EQ(taken->front().asOf, day(2025, 9, 30));
    EXPECT_EQ(taken->back().asOf, day(2026, 1, 31));
    const auto again = snapshots.catchUp(day(2026, 2, 27));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->empty());

    for (const AgingSnapshotInfo &info : *taken) {
        for (const AgingGrouping grouping : {AgingGrouping::Total, AgingGrouping::Customer}) {
            const auto kept = snapshots.report(info.id, grouping);
            ASSERT_TRUE(kept) << describe(kept.error());
            const auto live = BookService::aging(*m_session, info.asOf, AgingBasis::DueDate, AgingBuckets(), grouping);
            ASSERT_TRUE(live);
            expectSameAging(*kept, *live);
        }
    }
    // 31 January by hand: X1 700 - 200 = 500 (57 days: 31-60, 150 disputed), X2 300 (not
    // due: current), Y1 120 (47 days: 31-60) beside 50 unapplied cash, Z1 SEK 5,000
    // (122 days: 91+) beside 1,000 unapplied credit.
    const auto january = snapshots.report(taken->back().id, AgingGrouping::Total);
    ASSERT_TRUE(january);
    ASSERT_EQ(january->currencies.size(), 2u);
    EXPECT_EQ(january->currencies[0].buckets, (std::vector<MinorUnits>{30000, 0, 62000, 0, 0}));
    EXPECT_EQ(january->currencies[0].disputed, 15000);
    EXPECT_EQ(january->currencies[0].unappliedCash, 5000);
    EXPECT_EQ(january->currencies[1].buckets, (std::vector<MinorUnits>{0, 0, 0, 0, 500000}));
    EXPECT_EQ(january->currencies[1].unappliedCredits, 100000);

    // A collector may look but not take one on request.
    auto collector = sessionAs(Role::Collector);
    EXPECT_TRUE(AgingSnapshotService(*collector).list());
    EXPECT_EQ(AgingSnapshotService(*collector).take(day(2026, 2, 15)).error().code, ErrorCode::PermissionDenied);
    const auto explicitTake = snapshots.take(day(2026, 2, 15));
    ASSERT_TRUE(explicitTake);
    EXPECT_EQ(snapshots.take(day(2026, 2, 15))->id, explicitTake->id); // taken once
}

TEST_F(ManagerDeskTest, rollForwardBetweenTwoSnapshotsByHand)
{
    addCustomer(QStringLiteral("X"));
    // Buckets: current, 1-30, 31-60, 61-90, 91+. From 31 January to 28 February 2026.
    // I1 1,000 due 31 Jan: current at the start; 400 paid 10 Feb; 600 at 28 days: 1-30.
    invoice(QStringLiteral("I1"), QStringLiteral("X"), day(2026, 1, 1), day(2026, 1, 31), 100000);
    // I2 500 due 15 Dec: 47 days (31-60) at the start, 75 (61-90) at the end; 200 written off
    // and 100 credited in February.
    const Id i2 = invoice(QStringLiteral("I2"), QStringLiteral("X"), day(2025, 12, 1), day(2025, 12, 15), 50000);
    // I5 800 due 31 Oct: 91+ all along.
    invoice(QStringLiteral("I5"), QStringLiteral("X"), day(2025, 10, 1), day(2025, 10, 31), 80000);
    // I6 paid in full in January: not in the roll-forward.
    invoice(QStringLiteral("I6"), QStringLiteral("X"), day(2026, 1, 1), day(2026, 1, 10), 25000);
    pay(QStringLiteral("X"), day(2026, 1, 20), 25000, QStringLiteral("I6"));
    // I7 150 due 20 Jan, paid 25 Jan (0 open in 1-30 at the start), the payment bounces on
    // 5 Feb: 150 open again, at 39 days: 31-60.
    invoice(QStringLiteral("I7"), QStringLiteral("X"), day(2026, 1, 1), day(2026, 1, 20), 15000);
    const PostedPayment bounced = pay(QStringLiteral("X"), day(2026, 1, 25), 15000, QStringLiteral("I7"));

    AgingSnapshotService snapshots(*m_session);
    const auto january = snapshots.take(day(2026, 1, 31));
    ASSERT_TRUE(january) << describe(january.error());

    pay(QStringLiteral("X"), day(2026, 2, 10), 40000, QStringLiteral("I1"));
    writeOff(i2, day(2026, 2, 20), 20000);
    credit(QStringLiteral("CN1"), QStringLiteral("X"), day(2026, 2, 25), 10000, i2);
    ASSERT_TRUE(m_ledger->reversePayment(bounced.paymentId, day(2026, 2, 5), QStringLiteral("bounced")));
    // New: I3 300 issued 10 Feb due 20 Feb (current on its issue date), paid 27 Feb;
    // I4 700 issued 15 Feb due 17 Mar, current at the end.
    invoice(QStringLiteral("I3"), QStringLiteral("X"), day(2026, 2, 10), day(2026, 2, 20), 30000);
    pay(QStringLiteral("X"), day(2026, 2, 27), 30000, QStringLiteral("I3"));
    invoice(QStringLiteral("I4"), QStringLiteral("X"), day(2026, 2, 15), day(2026, 3, 17), 70000);
    // Activity after the end changes nothing.
    pay(QStringLiteral("X"), day(2026, 3, 3), 10000, QStringLiteral("I1"));

    const auto february = snapshots.take(day(2026, 2, 28));
    ASSERT_TRUE(february);
    const auto roll = snapshots.rollForward(january->id, february->id);
    ASSERT_TRUE(roll) << describe(roll.error());
    ASSERT_EQ(roll->currencies.size(), 1u);
    const auto &b = roll->currencies[0].buckets;
    ASSERT_EQ(b.size(), 5u);
    auto expectLine = [](const RollForwardLine &l, std::array<MinorUnits, 9> v, const char *what) {
        EXPECT_EQ(l.opening, v[0]) << what;
        EXPECT_EQ(l.newInvoices, v[1]) << what;
        EXPECT_EQ(l.collected, v[2]) << what;
        EXPECT_EQ(l.credited, v[3]) << what;
        EXPECT_EQ(l.writtenOff, v[4]) << what;
        EXPECT_EQ(l.movedOut, v[5]) << what;
        EXPECT_EQ(l.movedIn, v[6]) << what;
        EXPECT_EQ(l.latePostings, v[7]) << what;
        EXPECT_EQ(l.closing, v[8]) << what;
    };
    // current: 1,000 + 1,000 new - 700 collected - 600 moved out = 700.
    expectLine(b[0], {100000, 100000, 70000, 0, 0, 60000, 0, 0, 70000}, "current");
    // 1-30: 0 + 150 (the bounce: collected -150) - 150 moved out + 600 moved in = 600.
    expectLine(b[1], {0, 0, -15000, 0, 0, 15000, 60000, 0, 60000}, "1-30");
    // 31-60: 500 - 100 credited - 200 written off - 200 moved out + 150 moved in = 150.
    expectLine(b[2], {50000, 0, 0, 10000, 20000, 20000, 15000, 0, 15000}, "31-60");
    expectLine(b[3], {0, 0, 0, 0, 0, 0, 20000, 0, 20000}, "61-90");
    expectLine(b[4], {80000, 0, 0, 0, 0, 0, 0, 0, 80000}, "91+");
    expectLine(roll->currencies[0].total, {230000, 100000, 55000, 10000, 20000, 95000, 95000, 0, 245000}, "total");

    // A back-dated invoice posted after both snapshots (issued 15 January, due 14 February,
    // 90): the ledger moves it from current to 1-30, the snapshots never held it: late
    // postings +90 in current and -90 in 1-30 keep opening and closing as reported.
    invoice(QStringLiteral("I8"), QStringLiteral("X"), day(2026, 1, 15), day(2026, 2, 14), 9000);
    const auto late = snapshots.rollForward(january->id, february->id);
    ASSERT_TRUE(late);
    EXPECT_EQ(late->currencies[0].buckets[0].opening, 100000);
    EXPECT_EQ(late->currencies[0].buckets[0].movedOut, 69000);
    EXPECT_EQ(late->currencies[0].buckets[0].latePostings, 9000);
    EXPECT_EQ(late->currencies[0].buckets[1].latePostings, -9000);
    EXPECT_EQ(late->currencies[0].buckets[1].closing, 60000);

    EXPECT_FALSE(snapshots.rollForward(february->id, january->id));
}

// --- dashboard -------------------------------------------------------------------------------

TEST_F(ManagerDeskTest, dashboardTilesAndListsByHand)
{
    // Today: Tuesday 31 March 2026; the week began on Monday 30 March.
    const QDate today = day(2026, 3, 31);
    addCustomer(QStringLiteral("A"), QStringLiteral("EUR"), QStringLiteral("A"));
    addCustomer(QStringLiteral("B"), QStringLiteral("EUR"), QStringLiteral("C"));
    addCustomer(QStringLiteral("S"), QStringLiteral("SEK"));
    import(ImportKind::Users, "login,name,role\nalice,Alice,collector\nbob,Bob,collector\ncarol,Carol,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nA,alice\nB,bob\nS,carol\n");
    // A: 1,000 due 15 March (overdue, 16 days) and 500 due 10 April (current).
    const Id a1 = invoice(QStringLiteral("A1"), QStringLiteral("A"), day(2026, 2, 13), day(2026, 3, 15), 100000);
    invoice(QStringLiteral("A2"), QStringLiteral("A"), day(2026, 3, 11), day(2026, 4, 10), 50000);
    // B: 300 due 1 December (120 days: 91+ now, 89 days: 61-90 at 28 February).
    const Id b1 = invoice(QStringLiteral("B1"), QStringLiteral("B"), day(2025, 11, 1), day(2025, 12, 1), 30000);
    // B: 200 due 1 November: already 91+ at 28 February (119 days).
    invoice(QStringLiteral("B2"), QStringLiteral("B"), day(2025, 10, 1), day(2025, 11, 1), 20000);
    invoice(QStringLiteral("S1"), QStringLiteral("S"), day(2026, 3, 1), day(2026, 3, 10), 700000);
    // Collected in March: 200 (A) + 100 (B, bounced: out) + 50 on 30 March (A).
    pay(QStringLiteral("A"), day(2026, 3, 2), 20000);
    const PostedPayment bounced = pay(QStringLiteral("B"), day(2026, 3, 20), 10000);
    ASSERT_TRUE(m_ledger->reversePayment(bounced.paymentId, day(2026, 3, 25), QStringLiteral("bounced")));
    pay(QStringLiteral("A"), day(2026, 3, 30), 5000);
    pay(QStringLiteral("S"), day(2026, 3, 30), 99900);
    // Targets: alice 1,000 standing, bob 500 for March, carol (SEK) apart.
    StaffPerformanceService staff(*m_session);
    ASSERT_TRUE(staff.setTarget(QStringLiteral("alice"), QStringLiteral("*"), QStringLiteral("EUR"), 100000));
    ASSERT_TRUE(staff.setTarget(QStringLiteral("bob"), QStringLiteral("2026-03"), QStringLiteral("EUR"), 50000));
    ASSERT_TRUE(staff.setTarget(QStringLiteral("carol"), QStringLiteral("*"), QStringLiteral("SEK"), 30000));
    // Promises: one due today (pending), one for 26 March broken on 30 March (grace 3: this
    // week), one for 20 March broken on 24 March (last week).
    import(ImportKind::Promises, "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n"
                                 "A,alice,2026-03-25,2026-03-31,100.00,EUR,\n"
                                 "B,bob,2026-03-21,2026-03-26,100.00,EUR,\n"
                                 "B,bob,2026-03-01,2026-03-20,100.00,EUR,\n");
    // Disputes: two open on A1 and B1, one resolved.
    dispute(a1, QStringLiteral("A"), 10000, QStringLiteral("price"), day(2026, 3, 20));
    dispute(b1, QStringLiteral("B"), 5000, QStringLiteral("quality"), day(2026, 3, 1));
    dispute(b1, QStringLiteral("B"), 7000, QStringLiteral("price"), day(2026, 2, 1), QStringLiteral("resolved"),
            day(2026, 2, 20));
    sql(QStringLiteral("UPDATE customers SET on_hold = 1 WHERE code = 'B'"));

    DashboardService dashboard(*m_session);
    const auto currencies = dashboard.currencies();
    ASSERT_TRUE(currencies);
    // Amounts of two currencies do not compare: the most open invoices (EUR: 4, SEK: 1) first.
    EXPECT_EQ(currencies->front(), QStringLiteral("EUR"));

    const auto tiles = dashboard.tiles(QStringLiteral("EUR"), today);
    ASSERT_TRUE(tiles) << describe(tiles.error());
    EXPECT_EQ(tiles->totalAr, 200000);
    EXPECT_EQ(tiles->overdue, 150000);
    EXPECT_DOUBLE_EQ(shown(tiles->percentCurrent), 25.0);
    // Sales in the 3 months (1 January - 31 March): 1,000 + 500 = 1,500; 90 days.
    // DSO = 2,000 / 1,500 x 90 = 120; best possible 500 / 1,500 x 90 = 30; ADD 90.
    EXPECT_DOUBLE_EQ(shown(tiles->dso), 120.0);
    EXPECT_DOUBLE_EQ(shown(tiles->add), 90.0);
    EXPECT_EQ(tiles->collectedThisMonth, 25000);
    EXPECT_EQ(tiles->monthTarget, 150000);
    EXPECT_DOUBLE_EQ(shown(tiles->collectedAttainment), 16.67);
    EXPECT_EQ(tiles->promisesDueToday, 1);
    EXPECT_EQ(tiles->promisesBrokenThisWeek, 1);
    EXPECT_EQ(tiles->openDisputes, 2);
    EXPECT_EQ(tiles->openDisputedAmount, 15000);
    EXPECT_EQ(tiles->accountsOnHold, 1);

    const auto reasons = dashboard.disputesByReason(QStringLiteral("EUR"));
    ASSERT_TRUE(reasons);
    ASSERT_EQ(reasons->size(), 2u);
    EXPECT_EQ((*reasons)[0].reason, QStringLiteral("price"));
    EXPECT_EQ((*reasons)[0].amount, 10000);

    const auto top = dashboard.topOverdue(QStringLiteral("EUR"), today);
    ASSERT_TRUE(top);
    ASSERT_EQ(top->size(), 2u);
    EXPECT_EQ((*top)[0].code, QStringLiteral("A"));
    EXPECT_EQ((*top)[0].overdue, 100000);
    EXPECT_EQ((*top)[1].overdue, 50000);
    EXPECT_EQ((*top)[1].oldestDaysPastDue, 150);

    const auto stack = dashboard.agingStack(QStringLiteral("EUR"), today, AgingStackBy::Collector);
    ASSERT_TRUE(stack);
    EXPECT_EQ(stack->groups, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    EXPECT_EQ(stack->amounts[0], (std::vector<MinorUnits>{50000, 100000, 0, 0, 0}));
    EXPECT_EQ(stack->amounts[1], (std::vector<MinorUnits>{0, 0, 0, 0, 50000}));
    const auto byRisk = dashboard.agingStack(QStringLiteral("EUR"), today, AgingStackBy::RiskClass);
    ASSERT_TRUE(byRisk);
    EXPECT_EQ(byRisk->groups, (QStringList{QStringLiteral("A"), QStringLiteral("C")}));

    // Weeks 23-29 March and 30 March - 5 April (today last): targets prorated per day.
    const auto weeks = dashboard.collectionsByWeek(QStringLiteral("EUR"), today, 2);
    ASSERT_TRUE(weeks);
    ASSERT_EQ(weeks->size(), 2u);
    EXPECT_EQ((*weeks)[0].collected, 0); // the bounced 100 does not count
    // alice 1,000 x 7/31 = 225.81, bob 500 x 7/31 = 112.90.
    EXPECT_EQ((*weeks)[0].target, 22581 + 11290);
    EXPECT_EQ((*weeks)[1].collected, 5000);
    EXPECT_EQ((*weeks)[1].end, today);
    // alice 1,000 x 2/31 = 64.52 + 1,000 x 5/30 = 166.67; bob 500 x 2/31 = 32.26.
    EXPECT_EQ((*weeks)[1].target, 6452 + 16667 + 3226);

    // Moved into 91+ since 28 February: B (B1), not B2's share that was there already...
    // per customer: B had 200 in 91+ then, so B is not new there; nobody moved.
    const auto moved = dashboard.movedIntoLastBucket(QStringLiteral("EUR"), today);
    ASSERT_TRUE(moved) << describe(moved.error());
    EXPECT_TRUE(moved->empty());

    EXPECT_EQ(DashboardService(*sessionAs(Role::Collector)).tiles(QStringLiteral("EUR"), today).error().code,
              ErrorCode::PermissionDenied);
}

TEST_F(ManagerDeskTest, accountsMovedIntoTheLastBucketComparedWithTheMonthEndSnapshot)
{
    const QDate today = day(2026, 3, 31);
    addCustomer(QStringLiteral("M"));
    addCustomer(QStringLiteral("O"));
    // M: due 1 December: 89 days (61-90) at 28 February, 120 days now: moved.
    invoice(QStringLiteral("M1"), QStringLiteral("M"), day(2025, 11, 1), day(2025, 12, 1), 30000);
    // O: due 1 November: already 91+ at 28 February.
    invoice(QStringLiteral("O1"), QStringLiteral("O"), day(2025, 10, 1), day(2025, 11, 1), 20000);
    DashboardService dashboard(*m_session);
    // Without a snapshot the live aging of 28 February decides; with one, the snapshot.
    for (int pass = 0; pass < 2; ++pass) {
        const auto moved = dashboard.movedIntoLastBucket(QStringLiteral("EUR"), today);
        ASSERT_TRUE(moved) << describe(moved.error());
        ASSERT_EQ(moved->size(), 1u);
        EXPECT_EQ((*moved)[0].code, QStringLiteral("M"));
        EXPECT_EQ((*moved)[0].lastBucketNow, 30000);
        ASSERT_TRUE(AgingSnapshotService(*m_session).take(day(2026, 2, 28)));
    }
}

TEST_F(ManagerDeskTest, kpiTrendFromSnapshotsEqualsTheKpisOfEachMonthEnd)
{
    addCustomer(QStringLiteral("K"));
    addCustomer(QStringLiteral("L"));
    // Six months of sales and payments.
    int n = 0;
    for (int m = 0; m < 8; ++m) {
        const QDate issue = day(2025, 8, 10).addMonths(m);
        const QString number = QStringLiteral("K%1").arg(++n);
        invoice(number, QStringLiteral("K"), issue, issue.addDays(30), 100000 + 1000 * m);
        invoice(QStringLiteral("L%1").arg(n), QStringLiteral("L"), issue, issue.addDays(45), 50000);
        pay(QStringLiteral("K"), issue.addDays(40), 60000 + 500 * m, number);
        if (m % 2 == 0)
            pay(QStringLiteral("L"), issue.addDays(20), 50000, QStringLiteral("L%1").arg(n));
    }
    const QDate today = day(2026, 4, 15);
    ASSERT_TRUE(AgingSnapshotService(*m_session).catchUp(today));
    const auto trend = DashboardService(*m_session).kpiTrend(QStringLiteral("EUR"), today, 6);
    ASSERT_TRUE(trend) << describe(trend.error());
    ASSERT_EQ(trend->size(), 6u);
    EXPECT_EQ(trend->back().monthEnd, day(2026, 3, 31));
    for (const KpiTrendPoint &point : *trend) {
        const auto kpi = KpiService(*m_session).compute(point.monthEnd, 3, KpiGrouping::Total);
        ASSERT_TRUE(kpi);
        ASSERT_EQ(kpi->results.size(), 1u);
        const KpiValues &v = kpi->results[0];
        ASSERT_TRUE(point.hasSnapshot);
        EXPECT_EQ(point.dso.has_value(), v.dsoStandard.has_value());
        if (point.dso) {
            EXPECT_NEAR(*point.dso, *v.dsoStandard, 1e-9) << point.monthEnd.toString().toStdString();
        }
        if (point.add) {
            EXPECT_NEAR(*point.add, *v.averageDaysDelinquent, 1e-9);
        }
        ASSERT_EQ(point.cei.has_value(), v.collectionEffectivenessIndex.has_value())
                << point.monthEnd.toString().toStdString();
        if (point.cei) {
            EXPECT_NEAR(*point.cei, *v.collectionEffectivenessIndex, 1e-9);
        }
    }
}

} // namespace
