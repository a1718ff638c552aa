// The demo book generator (services/demo_generator.h): what the book contains, that the
// ledger rules of DOMAIN.md hold on it as of every date (checked with plain SQL, the
// independent oracle of tests/support and the book's own verifier), that the stored
// promise statuses are what the promise rule gives, determinism, and the refusals:
// permission, a book with customers, a cancel that leaves nothing behind.

#include "services/book_service.h"
#include "services/demo_generator.h"
#include "support/book_checksum.h"
#include "support/ledger_oracle.h"

#include "domain/promise_evaluation.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <map>
#include <memory>

#include "support/test_book.h"
#include "services/demo_credit.h"

using namespace ardesk;

namespace {

const QDate kToday(2026, 6, 30);
constexpr int kCustomers = 200;
constexpr quint32 kSeed = 7;

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

struct DemoBook
{
    QTemporaryDir dir;
    std::unique_ptr<Book> book;
    std::unique_ptr<Session> session;
    DemoSummary summary;
};

// A fresh book in a temporary folder; generates into it unless `generate` is false.
std::unique_ptr<DemoBook> makeBook(quint32 seed, int customers = kCustomers, bool generate = true)
{
    auto demo = std::make_unique<DemoBook>();
    EXPECT_TRUE(demo->dir.isValid());
    auto book = BookService::create(test::freshBookLocation(demo->dir, QStringLiteral("demo.ardesk")));
    EXPECT_TRUE(book) << describe(book.error());
    demo->book = std::move(*book);
    auto session = BookService::localSession(*demo->book);
    EXPECT_TRUE(session) << describe(session.error());
    demo->session = std::move(*session);
    if (generate) {
        DemoOptions options;
        options.customers = customers;
        options.seed = seed;
        options.today = kToday;
        auto summary = DemoGenerator(*demo->session).generate(options);
        EXPECT_TRUE(summary) << describe(summary.error());
        if (summary)
            demo->summary = *summary;
    }
    return demo;
}

qint64 scalar(Book &book, const QString &sql)
{
    QSqlQuery q = book.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QStringList column(Book &book, const QString &sql)
{
    QStringList values;
    QSqlQuery q = book.exec(sql);
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// The generated book is shared by the read-only checks.
class DemoGeneratorBook : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_demo = makeBook(kSeed).release(); }
    static void TearDownTestSuite()
    {
        delete s_demo;
        s_demo = nullptr;
    }
    Book &book() { return *s_demo->book; }
    const DemoSummary &summary() { return s_demo->summary; }
    qint64 count(const QString &sql) { return scalar(book(), sql); }

    static DemoBook *s_demo;
};
DemoBook *DemoGeneratorBook::s_demo = nullptr;

} // namespace

TEST_F(DemoGeneratorBook, summaryMatchesTheBook)
{
    const DemoSummary &s = summary();
    EXPECT_EQ(s.today, kToday);
    EXPECT_EQ(s.customers, kCustomers);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers")), s.customers);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users")), s.users);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM invoices")), s.invoices);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM payments")), s.payments);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM allocations")), s.allocations);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")), s.creditNotes);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM write_offs")), s.writeOffs);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM adjustment_requests WHERE status = 'approved'")), s.writeOffs);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM adjustment_requests WHERE status = 'pending'")),
              s.pendingWriteOffRequests);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM reversals WHERE kind = 1")), s.paymentReversals);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM payment_state WHERE unapplied > 0")),
              s.paymentsWithUnappliedCash);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customer_contacts")), s.contactPersons);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customer_notes")), s.customerNotes);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contact_log")), s.contacts);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promises")), s.promises);
    EXPECT_EQ(s.promises, s.promisesKept + s.promisesPartiallyKept + s.promisesBroken + s.promisesPending);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM disputes")), s.disputes);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE status = 'open'")), s.openDisputes);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints")), s.complaints);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM escalations")), s.escalations);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM escalations WHERE status = 'open'")), s.openEscalations);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), s.tasks);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'open'")), s.openTasks);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

TEST_F(DemoGeneratorBook, countsAreInRealisticRanges)
{
    const DemoSummary &s = summary();
    // about 20 invoices per customer over two years; most are paid
    EXPECT_GE(s.invoices, 14 * kCustomers);
    EXPECT_LE(s.invoices, 28 * kCustomers);
    EXPECT_GE(s.payments, s.invoices / 2);
    EXPECT_LE(s.payments, s.invoices * 11 / 10);
    EXPECT_GE(s.allocations, s.payments);
    EXPECT_GT(s.creditNotes, 0);
    EXPECT_LT(s.creditNotes, s.invoices / 10);
    EXPECT_GT(s.paymentReversals, 0);
    EXPECT_LT(s.paymentReversals, s.payments / 50);
    EXPECT_GT(s.writeOffs, 0);
    EXPECT_GT(s.paymentsWithUnappliedCash, 0);
    EXPECT_GT(s.consumerCustomers, 0);
    EXPECT_LT(s.consumerCustomers, kCustomers / 10);
    // the collector desk looks lived-in
    EXPECT_GT(s.contacts, kCustomers);
    EXPECT_GT(s.promisesKept, 0);
    EXPECT_GT(s.promisesPartiallyKept, 0);
    EXPECT_GT(s.promisesBroken, 0);
    EXPECT_GT(s.promisesPending, 0);
    EXPECT_GT(s.openDisputes, 0);
    EXPECT_GT(s.disputes, s.openDisputes);
    EXPECT_GT(s.complaints, 0);
    EXPECT_GT(s.escalations, 0);
    EXPECT_GT(s.openTasks, 0);
    // staff: 1 admin, 1 manager, 2 supervisors, 6 collectors, 3 clerks, 1 auditor, no passwords
    EXPECT_EQ(s.users, 14);
    const std::map<QString, qint64> roles{{QStringLiteral("admin"), 1},      {QStringLiteral("manager"), 1},
                                          {QStringLiteral("supervisor"), 2}, {QStringLiteral("collector"), 6},
                                          {QStringLiteral("clerk"), 3},      {QStringLiteral("auditor"), 1}};
    for (const auto &[role, expected] : roles)
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = '%1'").arg(role)), expected)
                << role.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL")), 0);
    EXPECT_FALSE(BookService::isProtected(book()));
}

TEST_F(DemoGeneratorBook, customersLookLikeABusinessInSeveralCountries)
{
    const QStringList currencies = column(book(), QStringLiteral("SELECT DISTINCT currency FROM customers ORDER BY 1"));
    EXPECT_EQ(currencies,
              (QStringList{QStringLiteral("CZK"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("SEK"),
                           QStringLiteral("USD")}));
    // mostly EUR
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE currency = 'EUR'")), kCustomers * 2 / 5);
    const QStringList zones = column(book(), QStringLiteral("SELECT DISTINCT timezone FROM customers ORDER BY 1"));
    EXPECT_EQ(zones,
              (QStringList{QStringLiteral("America/Los_Angeles"), QStringLiteral("America/New_York"),
                           QStringLiteral("Europe/Berlin"), QStringLiteral("Europe/London"),
                           QStringLiteral("Europe/Paris"), QStringLiteral("Europe/Prague"),
                           QStringLiteral("Europe/Stockholm")}));
    // the time zone matches the country, the language the country
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE NOT ("
                                   "(country = 'DE' AND timezone = 'Europe/Berlin' AND language = 'de') OR "
                                   "(country = 'FR' AND timezone = 'Europe/Paris' AND language = 'fr') OR "
                                   "(country = 'SE' AND timezone = 'Europe/Stockholm' AND language = 'sv') OR "
                                   "(country = 'CZ' AND timezone = 'Europe/Prague' AND language = 'cs') OR "
                                   "(country = 'GB' AND timezone = 'Europe/London' AND language = 'en') OR "
                                   "(country = 'US' AND timezone IN ('America/New_York', 'America/Los_Angeles') AND "
                                   "language = 'en'))")),
              0);
    // a currency fits its country: USD only in the US, SEK only in Sweden, ...
    EXPECT_EQ(
            count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE "
                                 "(currency = 'USD') <> (country = 'US') OR (currency = 'SEK' AND country <> 'SE') OR "
                                 "(currency = 'CZK' AND country <> 'CZ') OR (currency = 'GBP' AND country <> 'GB')")),
            0);
    EXPECT_EQ(column(book(), QStringLiteral("SELECT DISTINCT terms_days FROM customers ORDER BY 1")),
              (QStringList{QStringLiteral("14"), QStringLiteral("30"), QStringLiteral("45"), QStringLiteral("60")}));
    EXPECT_EQ(column(book(), QStringLiteral("SELECT DISTINCT risk_class FROM customers ORDER BY 1")),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                           QStringLiteral("E")}));
    EXPECT_GE(column(book(), QStringLiteral("SELECT DISTINCT segment FROM customers")).size(), 4);
    EXPECT_EQ(column(book(), QStringLiteral("SELECT DISTINCT region FROM customers")).size(), 6);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE credit_limit > 0")), kCustomers * 9 / 10);

    // codes C000001.., names unique and in the flavour of the country, mailboxes under .example
    const QRegularExpression code(QStringLiteral("^C\\d{6}$"));
    const QStringList codes = column(book(), QStringLiteral("SELECT code FROM customers ORDER BY id"));
    ASSERT_EQ(codes.size(), kCustomers);
    EXPECT_EQ(codes.first(), QStringLiteral("C000001"));
    for (const QString &c : codes)
        EXPECT_TRUE(code.match(c).hasMatch()) << c.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(DISTINCT name) FROM customers")), kCustomers);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE country = 'DE' AND (name LIKE '%GmbH%' OR "
                                   "name LIKE '%AG' OR name LIKE '%KG' OR name LIKE '%e.K.' OR name LIKE '%OHG')")),
              0);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE country = 'CZ' AND name LIKE '%s.r.o.%'")), 0);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE country = 'SE' AND name LIKE '% AB%'")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email NOT LIKE '%@%.example'")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE phone NOT LIKE '+%'")), 0);

    // every customer has the collector of its region
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM customers c LEFT JOIN users u ON u.id = c.collector_id "
                                   "WHERE u.role IS DISTINCT FROM 'collector' OR u.region <> c.region")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(DISTINCT collector_id) FROM customers")), 6);
}

TEST_F(DemoGeneratorBook, ledgerRulesHoldOnEveryDate)
{
    Book &b = book();
    const qint64 today = kToday.toJulianDay();
    // open amount = amount - allocations, and 0 <= open <= amount
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM invoices i JOIN invoice_state s ON s.invoice_id = i.id "
                                   "WHERE s.open_amount <> i.amount - COALESCE((SELECT SUM(amount) FROM allocations a "
                                   "WHERE a.invoice_id = i.id), 0) OR s.open_amount < 0 OR s.open_amount > i.amount")),
              0);
    // ... as of every date: the running sum of allocations per invoice stays within [0, amount]
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM (SELECT i.amount AS amount, SUM(a.amount) OVER (PARTITION BY a.invoice_id "
                      "ORDER BY a.alloc_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS applied "
                      "FROM allocations a JOIN invoices i ON i.id = a.invoice_id) AS running WHERE applied < 0 OR applied > "
                      "amount")),
              0);
    // payments: unapplied = amount - allocated >= 0 (not reversed); per date never over-applied
    EXPECT_EQ(
            count(QStringLiteral(
                    "SELECT COUNT(*) FROM payments p JOIN payment_state s ON s.payment_id = p.id "
                    "WHERE s.reversed_date IS NULL AND (s.allocated <> COALESCE((SELECT SUM(amount) FROM allocations a "
                    "WHERE a.payment_id = p.id), 0) OR s.unapplied <> p.amount - s.allocated OR s.unapplied < 0)")),
            0);
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM (SELECT p.amount AS amount, SUM(a.amount) OVER (PARTITION BY a.payment_id "
                      "ORDER BY a.alloc_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS applied "
                      "FROM allocations a JOIN payments p ON p.id = a.payment_id) AS running WHERE applied < 0 OR applied > "
                      "amount")),
              0);
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM credit_notes n JOIN credit_note_state s ON s.credit_note_id = n.id "
                      "WHERE s.unapplied <> n.amount - COALESCE((SELECT SUM(amount) FROM allocations a "
                      "WHERE a.credit_note_id = n.id), 0) OR s.unapplied < 0")),
              0);
    // a reversed payment: every allocation has its negative twin, nothing left applied or unapplied
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM payment_state WHERE reversed_date IS NOT NULL")), 0);
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM payment_state s WHERE s.reversed_date IS NOT NULL AND (s.unapplied <> 0 OR "
                      "COALESCE((SELECT SUM(amount) FROM allocations a WHERE a.payment_id = s.payment_id), 0) <> 0 OR "
                      "NOT EXISTS (SELECT 1 FROM reversals r WHERE r.kind = 1 AND r.target_id = s.payment_id AND "
                      "r.reversal_date = s.reversed_date))")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM allocations r JOIN allocations o ON o.id = r.reverses_id "
                                   "WHERE r.amount <> -o.amount "
                                   "OR r.invoice_id <> o.invoice_id OR r.payment_id IS DISTINCT FROM o.payment_id OR "
                                   "r.alloc_date < o.alloc_date")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM allocations WHERE amount < 0 AND reverses_id IS NULL")), 0);
    // allocation dates: on or after the invoice and the money
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM allocations a JOIN invoices i ON i.id = a.invoice_id "
                      "LEFT JOIN payments p ON p.id = a.payment_id LEFT JOIN credit_notes n ON n.id = a.credit_note_id "
                      "LEFT JOIN write_offs w ON w.id = a.write_off_id WHERE a.alloc_date < i.issue_date OR "
                      "a.alloc_date < COALESCE(p.received_date, n.issue_date, w.write_off_date)")),
              0);
    // the money and the invoice belong to the same customer, in its currency
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM allocations a JOIN invoices i ON i.id = a.invoice_id "
                      "LEFT JOIN payments p ON p.id = a.payment_id LEFT JOIN credit_notes n ON n.id = a.credit_note_id "
                      "WHERE COALESCE(p.customer_id, n.customer_id, i.customer_id) <> i.customer_id OR "
                      "COALESCE(p.currency, n.currency, i.currency) <> i.currency")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM invoices i JOIN customers c ON c.id = i.customer_id "
                                   "WHERE i.currency <> c.currency")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM payments p JOIN customers c ON c.id = p.customer_id "
                                   "WHERE p.currency <> c.currency")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM write_offs w JOIN allocations a ON a.write_off_id = w.id "
                                   "WHERE a.amount <> w.amount OR a.alloc_date <> w.write_off_date")),
              0);
    // everything on or before today, and the history two years long
    for (const char *sql : {"SELECT MAX(issue_date) FROM invoices", "SELECT MAX(received_date) FROM payments",
                            "SELECT MAX(alloc_date) FROM allocations", "SELECT MAX(issue_date) FROM credit_notes",
                            "SELECT MAX(write_off_date) FROM write_offs", "SELECT MAX(reversal_date) FROM reversals",
                            "SELECT MAX(taken_date) FROM promises", "SELECT MAX(opened_date) FROM disputes",
                            "SELECT MAX(received_date) FROM complaints", "SELECT MAX(resolved_date) FROM disputes"})
        EXPECT_LE(count(QString::fromLatin1(sql)), today) << sql;
    EXPECT_GE(count(QStringLiteral("SELECT MIN(issue_date) FROM invoices")), today - DemoGenerator::kHistoryDays);
    EXPECT_LE(count(QStringLiteral("SELECT MIN(issue_date) FROM invoices")), today - DemoGenerator::kHistoryDays + 10);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE due_date < issue_date")), 0);
    const QString tomorrow = kToday.addDays(1).toString(Qt::ISODate);
    for (const char *table : {"invoices", "payments", "allocations", "credit_notes", "reversals", "write_offs"})
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE created_at >= '%2'")
                                .arg(QLatin1String(table), tomorrow)),
                  0)
                << table;
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contact_log WHERE at >= '%1'").arg(tomorrow)), 0);

    // the independent oracle, as of every date on which something happens
    const auto oracle = oracle::LedgerOracle::load(b);
    QSet<Id> writeOffAllocations;
    {
        QSqlQuery q = b.exec(QStringLiteral("SELECT id FROM allocations WHERE write_off_id IS NOT NULL"));
        while (q.next())
            writeOffAllocations.insert(q.value(0).toLongLong());
    }
    QStringList problems;
    // every event date is covered by the SQL above; the oracle takes every fifth (and the last)
    std::vector<QDate> dates;
    const std::vector<QDate> all = oracle.checkDates();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (i % 5 == 0 || i + 1 == all.size())
            dates.push_back(all[i]);
    for (const QString &problem : oracle.checkInvariants(dates)) {
        // the oracle does not model write-offs as a source of allocations
        static const QRegularExpression dangling(QStringLiteral("^allocation (\\d+): dangling"));
        const auto match = dangling.match(problem);
        if (match.hasMatch() && writeOffAllocations.contains(match.captured(1).toLongLong()))
            continue;
        problems << problem;
    }
    problems << oracle.checkDerivedState(b);
    EXPECT_TRUE(problems.isEmpty()) << problems.mid(0, 20).join(u'\n').toStdString();

    // and the book's own verifier: hash chains and ledger rules
    auto report = BookService::verify(*s_demo->session);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_TRUE(report->ok) << report->firstProblemTable.toStdString() << " " << report->firstProblemId << ": "
                            << report->firstProblem.toStdString();
}

TEST_F(DemoGeneratorBook, promiseStatusesFollowThePromiseRule)
{
    Book &b = book();
    // payments net of reversals, with their applications, as the rule wants them
    std::vector<ReceivedPayment> payments;
    {
        std::map<Id, std::size_t> index;
        QSqlQuery q = b.exec(QStringLiteral(
                "SELECT p.id, p.customer_id, p.received_date, p.amount FROM payments p JOIN payment_state s "
                "ON s.payment_id = p.id WHERE s.reversed_date IS NULL ORDER BY p.received_date, p.id"));
        while (q.next()) {
            index[q.value(0).toLongLong()] = payments.size();
            payments.push_back({q.value(1).toLongLong(),
                                QDate::fromJulianDay(q.value(2).toLongLong()),
                                q.value(3).toLongLong(),
                                {}});
        }
        QSqlQuery a = b.exec(QStringLiteral(
                "SELECT payment_id, invoice_id, SUM(amount) FROM allocations WHERE payment_id IS NOT NULL "
                "GROUP BY payment_id, invoice_id"));
        while (a.next()) {
            const auto it = index.find(a.value(0).toLongLong());
            if (it != index.end() && a.value(2).toLongLong() != 0)
                payments[it->second].applications.append({a.value(1).toLongLong(), a.value(2).toLongLong()});
        }
    }
    std::vector<PromiseToPay> promises;
    std::vector<std::pair<QString, MinorUnits>> stored;
    QSqlQuery q = b.exec(QStringLiteral(
            "SELECT id, customer_id, taken_date, promised_date, amount, invoice_id, status, paid, evaluated_as_of, "
            "contact_id FROM promises ORDER BY id"));
    while (q.next()) {
        PromiseToPay p;
        p.id = q.value(0).toLongLong();
        p.customerId = q.value(1).toLongLong();
        p.takenOn = QDate::fromJulianDay(q.value(2).toLongLong());
        p.promisedFor = QDate::fromJulianDay(q.value(3).toLongLong());
        p.amount = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            p.invoiceId = q.value(5).toLongLong();
        EXPECT_GE(p.promisedFor, p.takenOn);
        EXPECT_GT(p.amount, 0);
        EXPECT_EQ(QDate::fromJulianDay(q.value(8).toLongLong()), kToday);
        EXPECT_FALSE(q.value(9).isNull());
        promises.push_back(p);
        stored.emplace_back(q.value(6).toString(), q.value(7).toLongLong());
    }
    ASSERT_FALSE(promises.empty());
    const auto evaluated = evaluatePromises(promises, payments, DemoGenerator::kPromiseGraceDays, kToday);
    ASSERT_TRUE(evaluated) << describe(evaluated.error());
    for (std::size_t i = 0; i < promises.size(); ++i) {
        EXPECT_EQ(stored[i].first, promiseStatusKey((*evaluated)[static_cast<qsizetype>(i)].status)) << promises[i].id;
        EXPECT_EQ(stored[i].second, (*evaluated)[static_cast<qsizetype>(i)].counted) << promises[i].id;
    }
    // each promise was taken on a contact with that outcome, by the customer's collector
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promises p JOIN contact_log c ON c.id = p.contact_id "
                                   "JOIN customers k ON k.id = p.customer_id WHERE c.outcome <> 'promise_taken' "
                                   "OR c.customer_id <> p.customer_id OR p.collector_id <> k.collector_id "
                                   "OR p.currency <> k.currency")),
              0);
}

TEST_F(DemoGeneratorBook, collectorDeskRowsAreConsistent)
{
    const qint64 today = kToday.toJulianDay();
    // outcomes and channels from the agreed keys
    const QSet<QString> outcomes{QStringLiteral("right_party_contact"),
                                 QStringLiteral("third_party"),
                                 QStringLiteral("no_answer"),
                                 QStringLiteral("voicemail_left"),
                                 QStringLiteral("wrong_number"),
                                 QStringLiteral("refused_to_pay"),
                                 QStringLiteral("dispute_raised"),
                                 QStringLiteral("promise_taken"),
                                 QStringLiteral("payment_plan_requested"),
                                 QStringLiteral("complaint")};
    const QStringList used = column(book(), QStringLiteral("SELECT DISTINCT outcome FROM contact_log"));
    for (const QString &outcome : used)
        EXPECT_TRUE(outcomes.contains(outcome)) << outcome.toStdString();
    EXPECT_GE(used.size(), 8);
    for (const QString &channel : column(book(), QStringLiteral("SELECT DISTINCT channel FROM contact_log")))
        EXPECT_TRUE((QSet<QString>{QStringLiteral("call_out"), QStringLiteral("call_in"), QStringLiteral("email"),
                                   QStringLiteral("letter"), QStringLiteral("visit")})
                            .contains(channel))
                << channel.toStdString();
    // calls in the customer's business hours: local time between 08:00 and 21:00 (checked for Europe/Berlin,
    // UTC+1/+2, and America/Los_Angeles, UTC-8/-7, on the hour of the stored UTC time)
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM contact_log l JOIN customers c ON c.id = l.customer_id WHERE c.timezone = "
                      "'Europe/Berlin' AND (CAST(substr(l.at, 12, 2) AS INTEGER) < 6 OR CAST(substr(l.at, 12, 2) AS "
                      "INTEGER) > 19)")),
              0);
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM contact_log l JOIN customers c ON c.id = l.customer_id WHERE c.timezone = "
                      "'America/Los_Angeles' AND CAST(substr(l.at, 12, 2) AS INTEGER) BETWEEN 5 AND 14")),
              0);
    // contacts by the customer's collector, none on customers who asked for no contact
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contact_log l JOIN customers c ON c.id = l.customer_id "
                                   "WHERE l.user_id <> c.collector_id")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contact_log l JOIN customers c ON c.id = l.customer_id "
                                   "WHERE c.do_not_call = 1 AND l.channel = 'call_out'")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contact_log l JOIN customers c ON c.id = l.customer_id "
                                   "WHERE (c.cease_communication = 1 OR c.attorney = 1) AND l.channel <> 'letter'")),
              0);
    // consumers: no call within 7 days after a telephone conversation (its local date is day 1), at most 7
    // call attempts in 7 local days
    {
        struct Call
        {
            QDate local;
            bool attempt = false;
            bool conversation = false;
        };
        std::map<qint64, std::vector<Call>> calls;
        QSqlQuery q = book().exec(QStringLiteral(
                "SELECT l.customer_id, l.at, l.channel, l.outcome, c.timezone FROM contact_log l JOIN customers c "
                "ON c.id = l.customer_id WHERE c.consumer = 1 AND l.channel IN ('call_out', 'call_in') ORDER BY l.at"));
        const QStringList conversations{QStringLiteral("right_party_contact"),    QStringLiteral("refused_to_pay"),
                                        QStringLiteral("dispute_raised"),         QStringLiteral("promise_taken"),
                                        QStringLiteral("payment_plan_requested"), QStringLiteral("complaint")};
        while (q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
            ASSERT_TRUE(at.isValid());
            const QTime local = at.toTimeZone(QTimeZone(q.value(4).toString().toUtf8())).time();
            EXPECT_GE(local, QTime(8, 0)) << q.value(1).toString().toStdString();
            EXPECT_LT(local, QTime(21, 0)) << q.value(1).toString().toStdString();
            calls[q.value(0).toLongLong()].push_back({at.toTimeZone(QTimeZone(q.value(4).toString().toUtf8())).date(),
                                                      q.value(2).toString() == u"call_out",
                                                      conversations.contains(q.value(3).toString())});
        }
        EXPECT_FALSE(calls.empty());
        for (const auto &[customer, list] : calls)
            for (std::size_t i = 0; i < list.size(); ++i) {
                int attempts = 0;
                for (std::size_t j = 0; j < list.size(); ++j) {
                    const qint64 days = list[j].local.toJulianDay() - list[i].local.toJulianDay();
                    if (j > i && list[i].conversation && list[j].attempt) {
                        EXPECT_GE(days, 7) << "customer " << customer;
                    }
                    if (list[j].attempt && days >= 0 && days < 7)
                        ++attempts;
                }
                EXPECT_LE(attempts, 7) << "customer " << customer;
            }
    }
    // disputes: on invoices overdue when opened, for the invoice's customer, at most its amount
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM disputes d JOIN invoices i ON i.id = d.invoice_id WHERE "
                      "d.opened_date <= i.due_date OR d.customer_id <> i.customer_id OR d.amount > i.amount")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE (status = 'open' AND (resolved_date IS NOT "
                                   "NULL OR resolution <> '')) OR "
                                   "(status = 'resolved' AND (resolved_date IS NULL OR resolution NOT IN "
                                   "('credit_note', 'write_off_request', "
                                   "'rejected')))")),
              0);
    EXPECT_EQ(
            count(QStringLiteral(
                    "SELECT COUNT(*) FROM disputes d WHERE (d.resolution = 'credit_note' AND NOT EXISTS (SELECT 1 FROM "
                    "credit_notes n WHERE n.id = d.resolution_ref AND n.customer_id = d.customer_id AND n.amount = "
                    "d.amount "
                    "AND n.issue_date = d.resolved_date)) OR (d.resolution = 'write_off_request' AND NOT EXISTS "
                    "(SELECT 1 "
                    "FROM adjustment_requests r JOIN write_offs w ON w.id = r.write_off_id WHERE r.id = "
                    "d.resolution_ref "
                    "AND r.status = 'approved' AND r.invoice_id = d.invoice_id AND w.invoice_id = d.invoice_id AND "
                    "w.write_off_date = d.resolved_date))")),
            0);
    // complaints: scores 1..5 once resolved
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE satisfaction < 1 OR satisfaction > 5 OR "
                                   "(satisfaction IS NOT NULL AND resolved_date IS NULL)")),
              0);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE satisfaction IS NOT NULL")), 0);
    // escalations go to a supervisor
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM escalations e JOIN users u ON u.id = e.to_user "
                                   "WHERE u.role <> 'supervisor'")),
              0);
    // tasks: known kinds; open ones due today or earlier in every collector's queue
    for (const QString &kind : column(book(), QStringLiteral("SELECT DISTINCT kind FROM tasks")))
        EXPECT_TRUE((QSet<QString>{QStringLiteral("call"), QStringLiteral("promise_follow_up"),
                                   QStringLiteral("dispute_follow_up"), QStringLiteral("review"),
                                   QStringLiteral("escalation")})
                            .contains(kind))
                << kind.toStdString();
    EXPECT_EQ(
            count(QStringLiteral("SELECT COUNT(DISTINCT assignee_id) FROM tasks t JOIN users u ON u.id = t.assignee_id "
                                 "WHERE t.status = 'open' AND t.due_date <= %1 AND u.role = 'collector'")
                          .arg(today)),
            6);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'open' AND kind = 'promise_follow_up' "
                                   "AND due_date <= %1")
                            .arg(today)),
              0);
    EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM tasks WHERE status = 'done' AND (done_at IS NULL OR done_by IS NULL)")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks t JOIN promises p ON p.id = t.source_id WHERE "
                                   "t.source_kind = 'promise' AND p.status <> 'broken'")),
              0);
    // every broken promise has its follow-up; every contact with a follow-up date its call
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM promises p WHERE p.status = 'broken' AND NOT EXISTS (SELECT 1 "
                                   "FROM tasks t WHERE t.dedupe_key = 'promise_follow_up:' || p.id AND t.due_date = "
                                   "p.promised_date + %1 + 1)")
                            .arg(DemoGenerator::kPromiseGraceDays)),
              0);
    EXPECT_EQ(
            count(QStringLiteral("SELECT COUNT(*) FROM contact_log c WHERE c.follow_up_date IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM tasks t WHERE t.kind = 'call' AND t.source_kind = 'contact' AND "
                                 "t.source_id = c.id AND t.due_date = c.follow_up_date)")),
            0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'done' AND done_at > '%1'")
                            .arg(kToday.addDays(1).toString(Qt::ISODate))),
              0);
    // an account has at most one open call
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id FROM tasks WHERE kind = 'call' AND "
                                   "status = 'open' GROUP BY customer_id HAVING COUNT(*) > 1) AS calls")),
              0);
}

TEST(DemoGenerator, isDeterministicForASeedAndADate)
{
    auto first = makeBook(kSeed, 60);
    auto second = makeBook(kSeed, 60);
    auto other = makeBook(kSeed + 1, 60);
    auto fingerprint = [](Book &book) {
        QStringList parts;
        for (const char *sql :
             {"SELECT COUNT(*), SUM(amount), SUM(issue_date), SUM(due_date) FROM invoices",
              "SELECT COUNT(*), SUM(amount), SUM(received_date) FROM payments",
              "SELECT COUNT(*), SUM(amount), SUM(alloc_date) FROM allocations",
              "SELECT COUNT(*), SUM(amount) FROM credit_notes", "SELECT COUNT(*), SUM(open_amount) FROM invoice_state",
              "SELECT COUNT(*), SUM(unapplied) FROM payment_state",
              "SELECT outcome FROM contact_log ORDER BY id", "SELECT COUNT(*), SUM(amount) FROM promises",
              "SELECT status FROM promises ORDER BY id",
              "SELECT code || name || currency || terms_days || credit_limit || email FROM customers ORDER BY id",
              "SELECT number FROM invoices ORDER BY id", "SELECT at FROM contact_log ORDER BY id",
              "SELECT created_at FROM payments ORDER BY id", "SELECT hash FROM invoices ORDER BY id DESC LIMIT 1"}) {
            // Every row and column (SUM over no rows is NULL on both engines).
            QSqlQuery q = book.exec(QString::fromLatin1(sql));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    parts << q.value(i).toString();
        }
        return QCryptographicHash::hash(parts.join(u'|').toUtf8(), QCryptographicHash::Sha256).toHex();
    };
    EXPECT_EQ(fingerprint(*first->book), fingerprint(*second->book));
    EXPECT_NE(fingerprint(*first->book), fingerprint(*other->book));
    EXPECT_EQ(first->summary.invoices, second->summary.invoices);
    EXPECT_EQ(first->summary.promises, second->summary.promises);
}

TEST(DemoGenerator, refusesABookThatHasCustomers)
{
    auto demo = makeBook(kSeed, 20);
    const auto before = testsupport::bookChecksum(*demo->book);
    DemoOptions options;
    options.customers = 20;
    options.today = kToday;
    auto again = DemoGenerator(*demo->session).generate(options);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already has customers"))) << describe(again.error());
    EXPECT_EQ(testsupport::bookChecksum(*demo->book), before);
}

TEST(DemoGenerator, cancelLeavesTheBookEmpty)
{
    auto demo = makeBook(kSeed, 0, false);
    const auto before = testsupport::bookChecksum(*demo->book);
    qint64 calls = 0;
    qint64 lastDone = -1;
    DemoOptions options;
    options.customers = 100;
    options.today = kToday;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        EXPECT_EQ(total, 100);
        EXPECT_GT(done, lastDone);
        lastDone = done;
        return done < 40;
    };
    auto result = DemoGenerator(*demo->session).generate(options);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_GT(calls, 2);
    EXPECT_EQ(testsupport::bookChecksum(*demo->book), before);
    EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM users")), 0);

    // and the book takes a demo afterwards; progress ends with done == total
    options.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        return done <= total;
    };
    auto generated = DemoGenerator(*demo->session).generate(options);
    ASSERT_TRUE(generated) << describe(generated.error());
    EXPECT_EQ(lastDone, 100);
    EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM customers")), 100);
}

TEST(DemoGenerator, needsThePermissionToImportAndASensibleSize)
{
    auto demo = makeBook(kSeed, 0, false);
    Actor collector;
    collector.login = QStringLiteral("kvogel");
    collector.role = Role::Collector;
    Session session(*demo->book, collector, PermissionMatrix::defaults());
    DemoOptions options;
    options.customers = 10;
    options.today = kToday;
    auto denied = DemoGenerator(session).generate(options);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);

    options.customers = 0;
    auto invalid = DemoGenerator(*demo->session).generate(options);
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

TEST(DemoGenerator, keepsTheUsersABookAlreadyHas)
{
    auto demo = makeBook(kSeed, 0, false);
    demo->book->exec(QStringLiteral("INSERT INTO users (id, login, name, role, created_at) VALUES "
                                    "(1, 'admin', 'Existing Admin', 'admin', '2026-01-01T00:00:00Z')"));
    DemoOptions options;
    options.customers = 10;
    options.today = kToday;
    auto generated = DemoGenerator(*demo->session).generate(options);
    ASSERT_TRUE(generated) << describe(generated.error());
    EXPECT_EQ(generated->users, 13);
    EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM users")), 14);
    EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM users WHERE name = 'Existing Admin'")), 1);
}

// The credit-control part of `ardesk-cli demo`: a policy per risk class given to every
// customer with a class, a few plans and holds, and the same again for the same seed and day
// (tests/cli compares nothing of it; docs/cli.md "demo").
TEST(DemoGenerator, creditControlGivesEveryClassAPolicyAndIsTheSameForTheSameSeed)
{
    std::vector<DemoCreditSummary> runs;
    std::vector<QString> holds;
    for (int i = 0; i < 2; ++i) {
        auto demo = makeBook(kSeed, 60);
        const auto credit = addDemoCreditControl(*demo->session, kToday);
        ASSERT_TRUE(credit) << describe(credit.error());
        runs.push_back(*credit);
        EXPECT_EQ(credit->policies, 5);
        EXPECT_EQ(credit->strategies, 1);
        EXPECT_EQ(credit->referenceRates, 15);
        EXPECT_EQ(credit->customersWithPolicy,
                  scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM customers WHERE risk_class <> ''")));
        EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM customers c JOIN credit_policies p ON "
                                                     "p.id = c.policy_id WHERE p.risk_class <> c.risk_class")),
                  0);
        EXPECT_GT(credit->paymentPlans, 0);
        EXPECT_GT(credit->holds, 0);
        EXPECT_EQ(scalar(*demo->book, QStringLiteral("SELECT COUNT(*) FROM payment_plans")), credit->paymentPlans);
        // Portable SQL (the suite also runs on PostgreSQL): rows in order, joined here.
        QSqlQuery q = demo->book->exec(QStringLiteral(
                "SELECT c.code, h.trigger_kind FROM credit_holds h JOIN customers c ON c.id = h.customer_id "
                "ORDER BY c.code, h.trigger_kind"));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + u':' + q.value(1).toString();
        holds.push_back(rows.join(u','));
    }
    EXPECT_EQ(runs[0].holds, runs[1].holds);
    EXPECT_EQ(runs[0].paymentPlans, runs[1].paymentPlans);
    EXPECT_EQ(holds[0], holds[1]);
}

