// The KPIs of DOMAIN.md through KpiService on small hand-built books: every figure is
// worked out by hand in the comments and asserted to the exact ratio (and to the hundredth
// that reports show). Invoices, payments and reversals go through LedgerService; write-offs
// (no service yet) through LedgerRepository::postWriteOff plus a write-off allocation in one
// transaction; users, portfolios and promises through the CSV imports.
//
// Dates: 2026 is not a leap year; as of 31 March 2026 a 3-month period is 1 January to
// 31 March = 90 days (docs/domain-rules.md "Period").

#include "domain/instalment_terms.h"
#include "services/book_service.h"
#include "services/cash_forecast_service.h"
#include "services/dashboard_service.h"
#include "services/dispute_service.h"
#include "services/import_service.h"
#include "services/kpi_service.h"
#include "services/ledger_service.h"
#include "services/staff_performance_service.h"
#include "storage/collection_repository.h"
#include "storage/kpi_repository.h"
#include "storage/ledger_repository.h"
#include "storage/promise_outcomes.h"
#include "storage/ledger_verifier.h"
#include "storage/manager_repository.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <map>
#include <memory>
#include <random>
#include <set>

#include "support/test_book.h"

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

// Exact value (to floating-point noise) and the hundredth a report shows.
void expectValue(const std::optional<double> &actual, double exact, double shown, const char *what)
{
    ASSERT_TRUE(actual.has_value()) << what << " is undefined";
    EXPECT_NEAR(*actual, exact, 1e-9) << what;
    EXPECT_DOUBLE_EQ(std::round(*actual * 100.0) / 100.0, shown) << what;
}

class KpiServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("kpi.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_session);
    }

    void addCustomer(const QString &code, const QString &currency = QStringLiteral("EUR"), const QString &segment = {},
                     const QString &riskClass = {})
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = currency;
        c.termsDays = 30;
        c.segment = segment;
        c.riskClass = riskClass;
        const auto id = m_ledger->addCustomer(c);
        ASSERT_TRUE(id) << describe(id.error());
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

    // A payment applied to one invoice (or left unapplied with an empty number).
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

    // A write-off of part of an invoice, as the approval workflow will post it.
    Id writeOff(Id invoiceId, QDate date, MinorUnits amount)
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
        const Id allocationId = repo.postAllocation(allocation, stamp, QStringLiteral("write_off"));
        transaction.commit();
        return allocationId;
    }

    // Undoes a write-off allocation with a reversing row, as the approval workflow will.
    void reverseWriteOff(Id allocationId, Id invoiceId, Id writeOffId, QDate date, MinorUnits amount)
    {
        LedgerRepository repo(*m_book);
        Transaction transaction(*m_book);
        const Stamp stamp = m_session->stamp();
        Allocation reversing;
        reversing.invoiceId = invoiceId;
        reversing.source = AllocationSource::WriteOff;
        reversing.sourceId = writeOffId;
        reversing.date = date;
        reversing.amount = -amount;
        reversing.reversesId = allocationId;
        repo.postAllocation(reversing, stamp, QStringLiteral("reversal"));
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

    KpiReport compute(QDate asOf, int months = 3, KpiGrouping grouping = KpiGrouping::Total)
    {
        const auto report = KpiService(*m_session).compute(asOf, months, grouping);
        EXPECT_TRUE(report) << describe(report.error());
        return report.value_or(KpiReport{});
    }

    // The one line of a currency (and group) in the report.
    static KpiValues lineOf(const KpiReport &report, const QString &currency,
                            std::optional<QString> group = std::nullopt)
    {
        for (const KpiValues &v : report.results)
            if (v.key.currency == currency && v.key.group == group)
                return v;
        ADD_FAILURE() << "no line for " << currency.toStdString() << " / "
                      << group.value_or(QStringLiteral("(none)")).toStdString();
        return {};
    }

    // The DSO book of DOMAIN.md's countback example in hundreds: as of 31 March 2026,
    // sales January 700.00, February 800.00, March 900.00; 300.00 of January's invoice paid
    // on 20 February, so AR is 2,100.00.
    void buildDsoBook()
    {
        addCustomer(QStringLiteral("A"));
        invoice(QStringLiteral("J"), QStringLiteral("A"), day(2026, 1, 15), day(2026, 2, 14), 70000);
        invoice(QStringLiteral("F"), QStringLiteral("A"), day(2026, 2, 15), day(2026, 3, 17), 80000);
        invoice(QStringLiteral("M"), QStringLiteral("A"), day(2026, 3, 15), day(2026, 4, 14), 90000);
        pay(QStringLiteral("A"), day(2026, 2, 20), 30000, QStringLiteral("J"));
    }

    // A random promise history for the customers `codes` (user "ann" must exist) from
    // `first` to `last`: invoices, payments applied to one invoice or left unapplied (some
    // applied by hand later), reversed payments, promises with overlapping windows, some
    // naming an invoice.
    void buildPromiseHistory(std::mt19937 &random, const QStringList &codes, QDate first, QDate last)
    {
        auto between = [&](qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(random); };
        auto chance = [&](int percent) { return between(1, 100) <= percent; };
        QByteArray promiseCsv = "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n";
        std::vector<std::pair<Id, QDate>> payments;
        std::vector<std::pair<QString, QString>> invoicesOf; // (customer, number)
        int invoiceCount = 0;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            for (const QString &code : codes) {
                if (chance(8)) {
                    const QString number = QStringLiteral("Q%1").arg(++invoiceCount);
                    invoice(number, code, d, d.addDays(30), between(50, 900) * 100);
                    invoicesOf.emplace_back(code, number);
                }
                if (chance(12)) {
                    // Applied to one of the customer's invoices, or left unapplied (some of it
                    // is applied by hand later).
                    QString number;
                    if (chance(60))
                        for (const auto &[customer, n] : invoicesOf)
                            if (customer == code && chance(30))
                                number = n;
                    auto ledger = LedgerRepository(*m_book);
                    std::optional<Invoice> target = number.isEmpty() ? std::nullopt : ledger.invoiceByNumber(number);
                    if (target && ledger.invoiceOpenNow(target->id) <= 0)
                        number.clear();
                    const PostedPayment posted = pay(code, d, between(10, 400) * 100, number);
                    payments.emplace_back(posted.paymentId, d);
                }
                if (chance(9)) {
                    const QDate promised = d.addDays(between(0, 35));
                    QString number;
                    if (chance(30))
                        for (const auto &[customer, n] : invoicesOf)
                            if (customer == code && chance(40))
                                number = n;
                    promiseCsv += QStringLiteral("%1,ann,%2,%3,%4.00,EUR,%5\n")
                                          .arg(code, d.toString(Qt::ISODate), promised.toString(Qt::ISODate))
                                          .arg(between(20, 500))
                                          .arg(number)
                                          .toUtf8();
                }
            }
            if (!payments.empty() && chance(6)) {
                const auto &[payment, received] =
                        payments[static_cast<std::size_t>(between(0, static_cast<qint64>(payments.size()) - 1))];
                LedgerRepository repo(*m_book);
                if (!repo.isReversed(ReversalKind::Payment, payment))
                    (void)m_ledger->reversePayment(payment, d, QStringLiteral("bounced")); // may be refused
            }
            if (!payments.empty() && chance(10)) {
                // Unapplied cash applied by hand to an open invoice of the same customer.
                const Id payment =
                        payments[static_cast<std::size_t>(between(0, static_cast<qint64>(payments.size()) - 1))].first;
                QSqlQuery q = m_book->exec(QStringLiteral("SELECT s.invoice_id, s.open_amount, p.unapplied FROM payment_state p "
                                                          "JOIN invoice_state s ON s.customer_id = p.customer_id "
                                                          "WHERE p.payment_id = %1 AND p.unapplied > 0 AND s.open_amount > 0 "
                                                          "ORDER BY s.invoice_id LIMIT 1")
                                                   .arg(payment));
                if (q.next())
                    (void)m_ledger->allocate(AllocationSource::Payment, payment, q.value(0).toLongLong(),
                                             std::min(q.value(1).toLongLong(), q.value(2).toLongLong()), d);
            }
        }
        import(ImportKind::Promises, promiseCsv);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
    int m_payments = 0;
};

TEST_F(KpiServiceTest, dsoStandardAndCountbackOnAThreeMonthBook)
{
    buildDsoBook();
    const KpiReport report = compute(day(2026, 3, 31));
    EXPECT_EQ(report.periodStart, day(2026, 1, 1));
    EXPECT_EQ(report.daysInPeriod, 90);
    ASSERT_EQ(report.results.size(), 1u);
    const KpiValues v = lineOf(report, QStringLiteral("EUR"));

    // Figures: ending AR = 400 (J) + 800 (F) + 900 (M) = 2,100.00; current (due on or after
    // 31 March) = M's 900.00; sales = 2,400.00; nothing was open on 31 December.
    EXPECT_EQ(v.figures.endingAr, 210000);
    EXPECT_EQ(v.figures.endingCurrentAr, 90000);
    EXPECT_EQ(v.figures.creditSales, 240000);
    EXPECT_EQ(v.figures.beginningAr, 0);
    EXPECT_EQ(v.figures.writtenOff, 0);

    // Standard: 2,100 / 2,400 x 90 = 78.75 days.
    expectValue(v.dsoStandard, 78.75, 78.75, "dso_standard");
    // Countback: March 900 <= 2,100 -> 31 days, 1,200 left; February 800 <= 1,200 -> 28
    // days, 400 left; January 700 > 400 -> 400 / 700 x 31 = 17.714...; 76.714... days.
    expectValue(v.dsoCountback, 31.0 + 28.0 + 400.0 / 700.0 * 31.0, 76.71, "dso_countback");
    // Best possible: 900 / 2,400 x 90 = 33.75; ADD: 1,200 / 2,400 x 90 = 45.
    expectValue(v.bestPossibleDso, 33.75, 33.75, "best_possible_dso");
    expectValue(v.averageDaysDelinquent, 45.0, 45.0, "add");
    // Percent current: 900 / 2,100 x 100 = 42.857...
    expectValue(v.percentCurrent, 900.0 / 2100.0 * 100.0, 42.86, "percent_current");
    // CEI: beginning 0 + sales / 3 (800) - ending current 900 = -100 <= 0: nothing was
    // collectible, undefined.
    EXPECT_FALSE(v.collectionEffectivenessIndex.has_value());
    // Average days to pay: 300.00 paid 20 February on an invoice of 15 January = 36 days.
    expectValue(v.averageDaysToPay, 36.0, 36.0, "average_days_to_pay");
    EXPECT_EQ(v.paidInPeriod, 30000);
    // Bad debt: nothing written off of 2,400 of sales = 0 %; no promises: undefined.
    expectValue(v.badDebtRatio, 0.0, 0.0, "bad_debt_ratio");
    EXPECT_FALSE(v.promiseKeptRate.has_value());
    EXPECT_FALSE(v.promisePartiallyKeptRate.has_value());
}

TEST_F(KpiServiceTest, countbackWalksBackBeyondAOneMonthPeriod)
{
    buildDsoBook();
    const KpiReport report = compute(day(2026, 3, 31), 1);
    EXPECT_EQ(report.periodStart, day(2026, 3, 1));
    EXPECT_EQ(report.daysInPeriod, 31);
    const KpiValues v = lineOf(report, QStringLiteral("EUR"));
    // Sales in March only: 900; standard DSO 2,100 / 900 x 31 = 72.333...
    EXPECT_EQ(v.figures.creditSales, 90000);
    expectValue(v.dsoStandard, 2100.0 / 900.0 * 31.0, 72.33, "dso_standard");
    // The countback needs February and January, before the period: still 76.714...
    expectValue(v.dsoCountback, 31.0 + 28.0 + 400.0 / 700.0 * 31.0, 76.71, "dso_countback");
    // Beginning AR as of 28 February: J 400 + F 800 = 1,200.00. CEI: (1,200 + 900 - 2,100) /
    // (1,200 + 900 - 900) = 0 / 1,200 = 0 %.
    EXPECT_EQ(v.figures.beginningAr, 120000);
    expectValue(v.collectionEffectivenessIndex, 0.0, 0.0, "cei");
    // Nothing paid in March: average days to pay undefined.
    EXPECT_FALSE(v.averageDaysToPay.has_value());
}

TEST_F(KpiServiceTest, ceiAndTheOtherKpisOnTheWorkedQuarter)
{
    // DOMAIN.md's CEI example as a book: beginning AR 6,200; quarter's sales 10,890
    // (3 x 3,630); ending AR 6,340 of which 3,590 current.
    addCustomer(QStringLiteral("Q"));
    invoice(QStringLiteral("D"), QStringLiteral("Q"), day(2025, 12, 1), day(2025, 12, 31), 620000);
    invoice(QStringLiteral("J"), QStringLiteral("Q"), day(2026, 1, 10), day(2026, 2, 9), 363000);
    invoice(QStringLiteral("F"), QStringLiteral("Q"), day(2026, 2, 10), day(2026, 3, 12), 363000);
    invoice(QStringLiteral("M"), QStringLiteral("Q"), day(2026, 3, 10), day(2026, 4, 30), 363000);
    pay(QStringLiteral("Q"), day(2026, 1, 15), 620000, QStringLiteral("D")); // 45 days after 1 Dec
    pay(QStringLiteral("Q"), day(2026, 2, 20), 363000, QStringLiteral("J")); // 41 days after 10 Jan
    pay(QStringLiteral("Q"), day(2026, 3, 20), 88000, QStringLiteral("F"));  // 38 days after 10 Feb
    pay(QStringLiteral("Q"), day(2026, 3, 25), 4000, QStringLiteral("M"));   // 15 days after 10 Mar

    const KpiValues v = lineOf(compute(day(2026, 3, 31)), QStringLiteral("EUR"));
    // Ending AR: F 3,630 - 880 = 2,750 (overdue since 12 March) + M 3,630 - 40 = 3,590
    // (due 30 April: current) = 6,340.
    EXPECT_EQ(v.figures.beginningAr, 620000);
    EXPECT_EQ(v.figures.creditSales, 1089000);
    EXPECT_EQ(v.figures.endingAr, 634000);
    EXPECT_EQ(v.figures.endingCurrentAr, 359000);
    // The beginning AR is the aging total as of 31 December.
    const auto aging = BookService::aging(*m_session, day(2025, 12, 31), AgingBasis::DueDate, AgingBuckets{},
                                          AgingGrouping::Total);
    ASSERT_TRUE(aging);
    ASSERT_EQ(aging->currencies.size(), 1u);
    EXPECT_EQ(aging->currencies.front().total(), v.figures.beginningAr);

    // CEI: (6,200 + 3,630 - 6,340) / (6,200 + 3,630 - 3,590) = 3,490 / 6,240 = 55.929...
    expectValue(v.collectionEffectivenessIndex, 3490.0 / 6240.0 * 100.0, 55.93, "cei");
    // DSO: 6,340 / 10,890 x 90 = 52.396...; best possible: 3,590 / 10,890 x 90 = 29.669...;
    // ADD: 2,750 / 10,890 x 90 = 22.727...
    expectValue(v.dsoStandard, 6340.0 / 10890.0 * 90.0, 52.40, "dso_standard");
    expectValue(v.bestPossibleDso, 3590.0 / 10890.0 * 90.0, 29.67, "best_possible_dso");
    expectValue(v.averageDaysDelinquent, 2750.0 / 10890.0 * 90.0, 22.73, "add");
    // Countback: March 3,630 <= 6,340 -> 31 days, 2,710 left; February 3,630 > 2,710 ->
    // 2,710 / 3,630 x 28 = 20.903...; 51.903...
    expectValue(v.dsoCountback, 31.0 + 2710.0 / 3630.0 * 28.0, 51.90, "dso_countback");
    // Percent current: 3,590 / 6,340 = 56.624...
    expectValue(v.percentCurrent, 3590.0 / 6340.0 * 100.0, 56.62, "percent_current");
    // Average days to pay: (6,200 x 45 + 3,630 x 41 + 880 x 38 + 40 x 15) / 10,750
    // = (279,000 + 148,830 + 33,440 + 600) / 10,750 = 461,870 / 10,750 = 42.964...
    EXPECT_EQ(v.paidInPeriod, 1075000);
    expectValue(v.averageDaysToPay, 461870.0 / 10750.0, 42.96, "average_days_to_pay");
}

TEST_F(KpiServiceTest, averageDaysToPayIsWeightedByAmount)
{
    // 100 paid after 10 days and 1,000 after 20 days: (100 x 10 + 1,000 x 20) / 1,100
    // = 21,000 / 1,100 = 19.0909... days (not 15).
    addCustomer(QStringLiteral("W"));
    invoice(QStringLiteral("S"), QStringLiteral("W"), day(2026, 3, 1), day(2026, 3, 31), 10000);
    invoice(QStringLiteral("L"), QStringLiteral("W"), day(2026, 3, 1), day(2026, 3, 31), 100000);
    pay(QStringLiteral("W"), day(2026, 3, 11), 10000, QStringLiteral("S"));
    pay(QStringLiteral("W"), day(2026, 3, 21), 100000, QStringLiteral("L"));
    const KpiValues v = lineOf(compute(day(2026, 3, 31), 1), QStringLiteral("EUR"));
    expectValue(v.averageDaysToPay, 21000.0 / 1100.0, 19.09, "average_days_to_pay");
    // Everything paid: AR 0, so percent current is undefined and DSO is 0 days.
    EXPECT_FALSE(v.percentCurrent.has_value());
    expectValue(v.dsoStandard, 0.0, 0.0, "dso_standard");
}

TEST_F(KpiServiceTest, averageDaysToPayLeavesOutReversedPayments)
{
    // As of 31 March, one month (1 to 31 March). Invoices of 1 February (1,000 each).
    addCustomer(QStringLiteral("R"));
    invoice(QStringLiteral("A1"), QStringLiteral("R"), day(2026, 2, 1), day(2026, 3, 3), 100000);
    invoice(QStringLiteral("A2"), QStringLiteral("R"), day(2026, 2, 1), day(2026, 3, 3), 100000);
    invoice(QStringLiteral("A3"), QStringLiteral("R"), day(2026, 2, 1), day(2026, 3, 3), 100000);
    invoice(QStringLiteral("A4"), QStringLiteral("R"), day(2026, 2, 1), day(2026, 3, 3), 100000);
    // Paid and reversed inside the period: neither side counts.
    const PostedPayment bounced = pay(QStringLiteral("R"), day(2026, 3, 5), 100000, QStringLiteral("A1"));
    ASSERT_TRUE(m_ledger->reversePayment(bounced.paymentId, day(2026, 3, 9), QStringLiteral("bounced")));
    // Paid before the period (20 February), reversed in it (10 March): the original was not
    // applied in the period, so its reversal is left out too (AR still rises by it).
    const PostedPayment early = pay(QStringLiteral("R"), day(2026, 2, 20), 100000, QStringLiteral("A2"));
    ASSERT_TRUE(m_ledger->reversePayment(early.paymentId, day(2026, 3, 10), QStringLiteral("bounced")));
    // Paid in the period, reversed after the as-of date: it counts as of 31 March.
    const PostedPayment later = pay(QStringLiteral("R"), day(2026, 3, 21), 100000, QStringLiteral("A3"));
    ASSERT_TRUE(m_ledger->reversePayment(later.paymentId, day(2026, 4, 5), QStringLiteral("bounced")));
    // A plain payment: 500 on 11 March, 38 days after 1 February.
    pay(QStringLiteral("R"), day(2026, 3, 11), 50000, QStringLiteral("A4"));

    const KpiValues v = lineOf(compute(day(2026, 3, 31), 1), QStringLiteral("EUR"));
    // Counted: 1,000 x 48 days (21 March) + 500 x 38 days = 48,000 + 19,000 = 67,000 over
    // 1,500 = 44.666... days.
    EXPECT_EQ(v.paidInPeriod, 150000);
    expectValue(v.averageDaysToPay, 67000.0 / 1500.0, 44.67, "average_days_to_pay");
    // AR as of 31 March: A1 1,000 + A2 1,000 + A3 0 + A4 500 = 2,500; as of 28 February:
    // 4,000 - A2's 1,000 = 3,000. Nothing sold in March.
    EXPECT_EQ(v.figures.endingAr, 250000);
    EXPECT_EQ(v.figures.beginningAr, 300000);
    EXPECT_EQ(v.figures.creditSales, 0);
    EXPECT_FALSE(v.dsoStandard.has_value());
    EXPECT_FALSE(v.dsoCountback.has_value());
    EXPECT_FALSE(v.badDebtRatio.has_value());
    // CEI (N = 1): (3,000 + 0 - 2,500) / (3,000 + 0 - 0) = 16.666... %
    expectValue(v.collectionEffectivenessIndex, 500.0 / 3000.0 * 100.0, 16.67, "cei");
}

TEST_F(KpiServiceTest, badDebtRatioCountsWriteOffsOfThePeriodNetOfReversals)
{
    // Sales in the quarter 2,000.00 (two invoices); a write-off of 150.00 on 15 March,
    // one of 100.00 on 20 February reversed on 10 March (net 0), and one of 50.00 in
    // December (before the period, not counted).
    addCustomer(QStringLiteral("B"));
    const Id old = invoice(QStringLiteral("B0"), QStringLiteral("B"), day(2025, 11, 1), day(2025, 12, 1), 40000);
    const Id first = invoice(QStringLiteral("B1"), QStringLiteral("B"), day(2026, 1, 10), day(2026, 2, 9), 100000);
    const Id second = invoice(QStringLiteral("B2"), QStringLiteral("B"), day(2026, 2, 10), day(2026, 3, 12), 100000);
    writeOff(old, day(2025, 12, 20), 5000);
    writeOff(first, day(2026, 3, 15), 15000);
    const Id reversed = writeOff(second, day(2026, 2, 20), 10000);
    const auto reversedRow = LedgerRepository(*m_book).allocationById(reversed);
    ASSERT_TRUE(reversedRow);
    reverseWriteOff(reversed, second, reversedRow->sourceId, day(2026, 3, 10), 10000);

    const KpiValues v = lineOf(compute(day(2026, 3, 31)), QStringLiteral("EUR"));
    EXPECT_EQ(v.figures.writtenOff, 15000);
    // 150 / 2,000 x 100 = 7.5 %
    expectValue(v.badDebtRatio, 7.5, 7.5, "bad_debt_ratio");
    // AR: B0 400 - 50 = 350, B1 1,000 - 150 = 850, B2 1,000 = 2,200 as of 31 March;
    // as of 31 December only B0's 350.
    EXPECT_EQ(v.figures.endingAr, 220000);
    EXPECT_EQ(v.figures.beginningAr, 35000);
    // Write-offs are not payments: nothing for average days to pay.
    EXPECT_FALSE(v.averageDaysToPay.has_value());
}

TEST_F(KpiServiceTest, promiseKeptRateCountsOutcomesOfThePeriod)
{
    // Grace 3 days (the default). As of 31 March, 3 months (1 January to 31 March).
    addCustomer(QStringLiteral("P"));
    import(ImportKind::Users, "login,name,role\nalice,Alice,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nP,alice\n");
    import(ImportKind::Promises,
           "customer_code,collector,taken_date,promised_date,amount,currency\n"
           "P,alice,2025-12-01,2025-12-10,100.00,EUR\n"  // broken on 14 December: before the period
           "P,alice,2026-01-05,2026-01-20,500.00,EUR\n"  // 500 on 18 January: kept
           "P,alice,2026-02-01,2026-02-10,300.00,EUR\n"  // 100 on 12 February: partially kept (14 February)
           "P,alice,2026-03-01,2026-03-10,200.00,EUR\n"  // nothing: broken on 14 March
           "P,alice,2026-03-20,2026-03-30,100.00,EUR\n"  // due 30 March + 3: still pending
           "P,alice,2026-03-25,2026-03-28,50.00,EUR\n"); // 50 on 26 March fills it first: kept
    pay(QStringLiteral("P"), day(2026, 1, 18), 50000);
    pay(QStringLiteral("P"), day(2026, 2, 12), 10000);
    pay(QStringLiteral("P"), day(2026, 3, 26), 5000);

    const KpiReport report = compute(day(2026, 3, 31));
    EXPECT_EQ(report.promiseGraceDays, 3);
    const KpiValues v = lineOf(report, QStringLiteral("EUR"));
    EXPECT_EQ(v.promises.kept, 2);
    EXPECT_EQ(v.promises.partiallyKept, 1);
    EXPECT_EQ(v.promises.broken, 1);
    // kept 2 of 4 evaluated = 50 %; partially kept 1 of 4 = 25 %.
    expectValue(v.promiseKeptRate, 50.0, 50.0, "promise_kept_rate");
    expectValue(v.promisePartiallyKeptRate, 25.0, 25.0, "promise_partially_kept_rate");
    // No invoices: no AR, no sales; the unapplied payments pay no invoice.
    EXPECT_FALSE(v.dsoStandard.has_value());
    EXPECT_FALSE(v.percentCurrent.has_value());
    EXPECT_FALSE(v.averageDaysToPay.has_value());

    // By collector the same promises are alice's.
    const KpiValues byAlice = lineOf(compute(day(2026, 3, 31), 3, KpiGrouping::Collector), QStringLiteral("EUR"),
                                     QStringLiteral("alice"));
    expectValue(byAlice.promiseKeptRate, 50.0, 50.0, "alice promise_kept_rate");

    // As of 15 February (period 16 November to 15 February): the December promise broken
    // on 14 December, January's kept, February's partially kept on 14 February: 1 of 3.
    const KpiValues earlier = lineOf(compute(day(2026, 2, 15)), QStringLiteral("EUR"));
    EXPECT_EQ(earlier.promises.kept, 1);
    EXPECT_EQ(earlier.promises.partiallyKept, 1);
    EXPECT_EQ(earlier.promises.broken, 1);
    expectValue(earlier.promiseKeptRate, 100.0 / 3.0, 33.33, "promise_kept_rate as of 15 February");

    // The collector desk's grace setting applies here too. With 0 days: February's promise
    // (window 1 to 10 February) misses the payment of 12 February: broken; the one due 30
    // March is past due on 31 March and the 50 of 26 March went to the earlier-due promise
    // of 28 March: broken. Kept 2 (January, 28 March) of 5 = 40 %.
    QSqlQuery setting = m_book->prepare(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('collections.grace_days', '0', '')"));
    Book::exec(setting);
    const KpiReport noGrace = compute(day(2026, 3, 31));
    EXPECT_EQ(noGrace.promiseGraceDays, 0);
    const KpiValues strict = lineOf(noGrace, QStringLiteral("EUR"));
    EXPECT_EQ(strict.promises.kept, 2);
    EXPECT_EQ(strict.promises.partiallyKept, 0);
    EXPECT_EQ(strict.promises.broken, 3);
    expectValue(strict.promiseKeptRate, 40.0, 40.0, "promise_kept_rate without grace");
}

TEST_F(KpiServiceTest, promiseNamingAnInvoiceCountsOnlyPaymentsAppliedToIt)
{
    addCustomer(QStringLiteral("N"));
    import(ImportKind::Users, "login,name,role\nbob,Bob,collector\n");
    invoice(QStringLiteral("N1"), QStringLiteral("N"), day(2026, 1, 2), day(2026, 2, 1), 30000);
    invoice(QStringLiteral("N2"), QStringLiteral("N"), day(2026, 1, 2), day(2026, 2, 1), 30000);
    import(ImportKind::Promises,
           "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n"
           "N,bob,2026-02-02,2026-02-10,300.00,EUR,N1\n"   // paid to N2 only: broken
           "N,bob,2026-02-02,2026-02-12,300.00,EUR,N2\n"); // kept on 5 February
    pay(QStringLiteral("N"), day(2026, 2, 5), 30000, QStringLiteral("N2"));
    const KpiValues v = lineOf(compute(day(2026, 3, 31)), QStringLiteral("EUR"));
    EXPECT_EQ(v.promises.kept, 1);
    EXPECT_EQ(v.promises.broken, 1);
    EXPECT_EQ(v.promises.partiallyKept, 0);
    expectValue(v.promiseKeptRate, 50.0, 50.0, "promise_kept_rate");
}

TEST_F(KpiServiceTest, splitsByCollectorSegmentAndRiskClass)
{
    // As of 31 March, 3 months. alice: C1 (sales 1,000 on 1 March, due 31 March: current,
    // unpaid) and C2 (sales 500 on 1 February, due 3 March, 200 paid 13 February: 12 days);
    // bob: C3 (sales 2,000 on 15 January, due 14 February, unpaid); nobody: C4 (sales
    // 400 on 10 March due 9 April, unpaid).
    addCustomer(QStringLiteral("C1"), QStringLiteral("EUR"), QStringLiteral("retail"), QStringLiteral("A"));
    addCustomer(QStringLiteral("C2"), QStringLiteral("EUR"), QStringLiteral("retail"), QStringLiteral("C"));
    addCustomer(QStringLiteral("C3"), QStringLiteral("EUR"), QStringLiteral("wholesale"), QStringLiteral("C"));
    addCustomer(QStringLiteral("C4"), QStringLiteral("EUR"));
    import(ImportKind::Users, "login,name,role\nalice,Alice,collector\nbob,Bob,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nC1,alice\nC2,alice\nC3,bob\n");
    invoice(QStringLiteral("I1"), QStringLiteral("C1"), day(2026, 3, 1), day(2026, 3, 31), 100000);
    invoice(QStringLiteral("I2"), QStringLiteral("C2"), day(2026, 2, 1), day(2026, 3, 3), 50000);
    invoice(QStringLiteral("I3"), QStringLiteral("C3"), day(2026, 1, 15), day(2026, 2, 14), 200000);
    invoice(QStringLiteral("I4"), QStringLiteral("C4"), day(2026, 3, 10), day(2026, 4, 9), 40000);
    pay(QStringLiteral("C2"), day(2026, 2, 13), 20000, QStringLiteral("I2"));

    const KpiReport byCollector = compute(day(2026, 3, 31), 3, KpiGrouping::Collector);
    ASSERT_EQ(byCollector.results.size(), 3u);
    // Ordered by login; customers without a collector last.
    EXPECT_EQ(byCollector.results[0].key.group, QStringLiteral("alice"));
    EXPECT_EQ(byCollector.results[1].key.group, QStringLiteral("bob"));
    EXPECT_FALSE(byCollector.results[2].key.group.has_value());

    // alice: AR 1,000 + 300 = 1,300, current 1,000 (due 31 March); sales 1,500.
    // DSO 1,300 / 1,500 x 90 = 78; best 1,000 / 1,500 x 90 = 60; ADD 18; current 76.923 %;
    // days to pay 12; countback: March 1,000 <= 1,300 -> 31, 300 left; February 500 > 300
    // -> 300 / 500 x 28 = 16.8: 47.8 days.
    const KpiValues alice = byCollector.results[0];
    EXPECT_EQ(alice.figures.endingAr, 130000);
    EXPECT_EQ(alice.figures.endingCurrentAr, 100000);
    EXPECT_EQ(alice.figures.creditSales, 150000);
    expectValue(alice.dsoStandard, 78.0, 78.0, "alice dso_standard");
    expectValue(alice.bestPossibleDso, 60.0, 60.0, "alice best_possible_dso");
    expectValue(alice.averageDaysDelinquent, 18.0, 18.0, "alice add");
    expectValue(alice.percentCurrent, 1000.0 / 1300.0 * 100.0, 76.92, "alice percent_current");
    expectValue(alice.averageDaysToPay, 12.0, 12.0, "alice average_days_to_pay");
    expectValue(alice.dsoCountback, 31.0 + 300.0 / 500.0 * 28.0, 47.8, "alice dso_countback");
    // CEI: (0 + 1,500 / 3 - 1,300) / (0 + 500 - 1,000) -> denominator < 0: undefined.
    EXPECT_FALSE(alice.collectionEffectivenessIndex.has_value());

    // bob: AR 2,000, nothing current, sales 2,000 in January: DSO 90, best 0, ADD 90,
    // 0 % current; countback: March has no sales -> undefined.
    const KpiValues bob = byCollector.results[1];
    expectValue(bob.dsoStandard, 90.0, 90.0, "bob dso_standard");
    expectValue(bob.bestPossibleDso, 0.0, 0.0, "bob best_possible_dso");
    expectValue(bob.averageDaysDelinquent, 90.0, 90.0, "bob add");
    expectValue(bob.percentCurrent, 0.0, 0.0, "bob percent_current");
    EXPECT_FALSE(bob.dsoCountback.has_value());
    EXPECT_FALSE(bob.averageDaysToPay.has_value());

    // nobody: AR 400, all current, sales 400: DSO 90, best 90, ADD 0, 100 % current;
    // countback 400 / 400 in March -> 31 days, then February has no sales: 31.
    const KpiValues nobody = byCollector.results[2];
    expectValue(nobody.dsoStandard, 90.0, 90.0, "nobody dso_standard");
    expectValue(nobody.averageDaysDelinquent, 0.0, 0.0, "nobody add");
    expectValue(nobody.percentCurrent, 100.0, 100.0, "nobody percent_current");
    expectValue(nobody.dsoCountback, 31.0, 31.0, "nobody dso_countback");

    // The total is the sum of the parts: AR 3,700, current 1,400, sales 3,900.
    const KpiValues total = lineOf(compute(day(2026, 3, 31)), QStringLiteral("EUR"));
    EXPECT_EQ(total.figures.endingAr, alice.figures.endingAr + bob.figures.endingAr + nobody.figures.endingAr);
    EXPECT_EQ(total.figures.endingCurrentAr, 140000);
    EXPECT_EQ(total.figures.creditSales, 390000);
    expectValue(total.dsoStandard, 3700.0 / 3900.0 * 90.0, 85.38, "total dso_standard");

    // By segment: retail = C1 + C2 (alice's figures), wholesale = C3, none = C4.
    const KpiReport bySegment = compute(day(2026, 3, 31), 3, KpiGrouping::Segment);
    ASSERT_EQ(bySegment.results.size(), 3u);
    EXPECT_EQ(lineOf(bySegment, QStringLiteral("EUR"), QStringLiteral("retail")).figures.endingAr, 130000);
    EXPECT_EQ(lineOf(bySegment, QStringLiteral("EUR"), QStringLiteral("wholesale")).figures.endingAr, 200000);
    EXPECT_EQ(lineOf(bySegment, QStringLiteral("EUR")).figures.endingAr, 40000);

    // By risk class: A = C1 (1,000), C = C2 + C3 (300 + 2,000), none = C4.
    const KpiReport byRisk = compute(day(2026, 3, 31), 3, KpiGrouping::RiskClass);
    EXPECT_EQ(lineOf(byRisk, QStringLiteral("EUR"), QStringLiteral("A")).figures.endingAr, 100000);
    EXPECT_EQ(lineOf(byRisk, QStringLiteral("EUR"), QStringLiteral("C")).figures.endingAr, 230000);
    expectValue(lineOf(byRisk, QStringLiteral("EUR"), QStringLiteral("C")).averageDaysToPay, 12.0, 12.0,
                "risk C average_days_to_pay");
}

TEST_F(KpiServiceTest, currenciesAreReportedApart)
{
    // EUR: AR 1,000 of sales 1,000 in March; USD: 2,000 sold in February, 500 paid in
    // March 10 days after its issue... as of 31 March, 3 months.
    addCustomer(QStringLiteral("E"), QStringLiteral("EUR"));
    addCustomer(QStringLiteral("U"), QStringLiteral("USD"));
    invoice(QStringLiteral("E1"), QStringLiteral("E"), day(2026, 3, 1), day(2026, 3, 31), 100000);
    invoice(QStringLiteral("U1"), QStringLiteral("U"), day(2026, 2, 20), day(2026, 3, 22), 200000);
    pay(QStringLiteral("U"), day(2026, 3, 2), 50000, QStringLiteral("U1"));

    const KpiReport report = compute(day(2026, 3, 31));
    ASSERT_EQ(report.results.size(), 2u);
    EXPECT_EQ(report.results[0].key.currency, QStringLiteral("EUR"));
    EXPECT_EQ(report.results[1].key.currency, QStringLiteral("USD"));
    const KpiValues eur = report.results[0];
    const KpiValues usd = report.results[1];
    // EUR: DSO 1,000 / 1,000 x 90 = 90, all current, nothing paid.
    expectValue(eur.dsoStandard, 90.0, 90.0, "EUR dso_standard");
    expectValue(eur.percentCurrent, 100.0, 100.0, "EUR percent_current");
    EXPECT_FALSE(eur.averageDaysToPay.has_value());
    // USD: AR 1,500 overdue (due 22 March) of sales 2,000: DSO 67.5, ADD 67.5, 0 % current;
    // 500 paid 2 March on an invoice of 20 February: 10 days.
    EXPECT_EQ(usd.figures.endingAr, 150000);
    expectValue(usd.dsoStandard, 67.5, 67.5, "USD dso_standard");
    expectValue(usd.averageDaysDelinquent, 67.5, 67.5, "USD add");
    expectValue(usd.percentCurrent, 0.0, 0.0, "USD percent_current");
    expectValue(usd.averageDaysToPay, 10.0, 10.0, "USD average_days_to_pay");
    // USD countback: March has no sales -> undefined.
    EXPECT_FALSE(usd.dsoCountback.has_value());
}

TEST_F(KpiServiceTest, pastAsOfDatesIgnoreLaterPostings)
{
    buildDsoBook();
    // Posted after 31 March: an April invoice and a payment on F in April.
    invoice(QStringLiteral("A1"), QStringLiteral("A"), day(2026, 4, 2), day(2026, 5, 2), 50000);
    pay(QStringLiteral("A"), day(2026, 4, 10), 80000, QStringLiteral("F"));
    const KpiValues v = lineOf(compute(day(2026, 3, 31)), QStringLiteral("EUR"));
    EXPECT_EQ(v.figures.endingAr, 210000);
    EXPECT_EQ(v.figures.endingCurrentAr, 90000);
    EXPECT_EQ(v.figures.creditSales, 240000);
    expectValue(v.dsoCountback, 31.0 + 28.0 + 400.0 / 700.0 * 31.0, 76.71, "dso_countback");
}

TEST_F(KpiServiceTest, midMonthPeriodAndEmptyBook)
{
    // 15 May, one month: 16 April to 15 May = 30 days.
    const KpiReport empty = compute(day(2026, 5, 15), 1);
    EXPECT_EQ(empty.periodStart, day(2026, 4, 16));
    EXPECT_EQ(empty.daysInPeriod, 30);
    EXPECT_TRUE(empty.results.empty());

    // An invoice of 10 April (before the period, in the as-of month's previous calendar
    // month) and one of 1 May: sales in the period 300; the countback uses calendar months:
    // May 300 <= AR 500 -> 31 days, 200 left; April 200 <= 200 -> 30 more, 0 left: 61.
    addCustomer(QStringLiteral("M"));
    invoice(QStringLiteral("M1"), QStringLiteral("M"), day(2026, 4, 10), day(2026, 5, 10), 20000);
    invoice(QStringLiteral("M2"), QStringLiteral("M"), day(2026, 5, 1), day(2026, 5, 31), 30000);
    const KpiValues v = lineOf(compute(day(2026, 5, 15), 1), QStringLiteral("EUR"));
    EXPECT_EQ(v.figures.creditSales, 30000);
    EXPECT_EQ(v.figures.beginningAr, 20000);
    expectValue(v.dsoStandard, 500.0 / 300.0 * 30.0, 50.0, "dso_standard");
    expectValue(v.dsoCountback, 61.0, 61.0, "dso_countback");
}

TEST_F(KpiServiceTest, refusesBadInputAndRolesWithoutReports)
{
    KpiService service(*m_session);
    EXPECT_EQ(service.compute(QDate(), 3, KpiGrouping::Total).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(service.compute(day(2026, 3, 31), 0, KpiGrouping::Total).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(service.compute(day(2026, 3, 31), KpiService::kMaxMonths + 1, KpiGrouping::Total).error().code,
              ErrorCode::InvalidArgument);

    Actor collector;
    collector.login = QStringLiteral("carl");
    collector.role = Role::Collector;
    Session collectorSession(*m_book, collector, PermissionMatrix::defaults());
    const auto refused = KpiService(collectorSession).compute(day(2026, 3, 31), 3, KpiGrouping::Total);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);

    Actor auditor;
    auditor.login = QStringLiteral("ada");
    auditor.role = Role::Auditor;
    Session auditorSession(*m_book, auditor, PermissionMatrix::defaults());
    EXPECT_TRUE(KpiService(auditorSession).compute(day(2026, 3, 31), 3, KpiGrouping::Total));
}

// --- randomized book against an independent recomputation ---------------------------------

// The KPI figures recomputed in C++ from the raw event tables (invoices, payments,
// allocations, promises), without invoice_state, payment_state or any of the repository's
// SQL: AR from invoice amounts minus allocation rows, the period's payments by the
// "not reversed by the as-of date" form of the rule, promises evaluated over every promise
// and every payment of the book.
class RawOracle final
{
public:
    explicit RawOracle(Book &book)
    {
        QSqlQuery c = book.exec(QStringLiteral("SELECT id, currency, collector_id FROM customers"));
        while (c.next())
            customers[c.value(0).toLongLong()] = {c.value(1).toString(),
                                                  c.value(2).isNull() ? -1 : c.value(2).toLongLong()};
        QSqlQuery i = book.exec(QStringLiteral("SELECT id, customer_id, issue_date, due_date, amount FROM invoices"));
        while (i.next())
            invoices[i.value(0).toLongLong()] = {i.value(1).toLongLong(), QDate::fromJulianDay(i.value(2).toLongLong()),
                                                 QDate::fromJulianDay(i.value(3).toLongLong()),
                                                 i.value(4).toLongLong()};
        QSqlQuery p =
                book.exec(QStringLiteral("SELECT id, customer_id, received_date, amount FROM payments ORDER BY id"));
        while (p.next())
            payments[p.value(0).toLongLong()] = {p.value(1).toLongLong(),
                                                 QDate::fromJulianDay(p.value(2).toLongLong()),
                                                 p.value(3).toLongLong(),
                                                 {}};
        QSqlQuery r = book.exec(QStringLiteral("SELECT target_id, reversal_date FROM reversals WHERE kind = 1"));
        while (r.next())
            payments[r.value(0).toLongLong()].reversed = QDate::fromJulianDay(r.value(1).toLongLong());
        QSqlQuery a = book.exec(QStringLiteral(
                "SELECT id, invoice_id, payment_id, write_off_id, alloc_date, amount, reverses_id FROM allocations"));
        while (a.next())
            allocations.push_back({a.value(0).toLongLong(), a.value(1).toLongLong(),
                                   a.value(2).isNull() ? 0 : a.value(2).toLongLong(), !a.value(3).isNull(),
                                   QDate::fromJulianDay(a.value(4).toLongLong()), a.value(5).toLongLong(),
                                   a.value(6).isNull() ? 0 : a.value(6).toLongLong()});
        QSqlQuery q = book.exec(QStringLiteral(
                "SELECT id, customer_id, taken_date, promised_date, amount, invoice_id FROM promises ORDER BY id"));
        while (q.next()) {
            PromiseToPay promise;
            promise.id = q.value(0).toLongLong();
            promise.customerId = q.value(1).toLongLong();
            promise.takenOn = QDate::fromJulianDay(q.value(2).toLongLong());
            promise.promisedFor = QDate::fromJulianDay(q.value(3).toLongLong());
            promise.amount = q.value(4).toLongLong();
            if (!q.value(5).isNull())
                promise.invoiceId = q.value(5).toLongLong();
            promises.push_back(promise);
        }
    }

    struct Figures
    {
        PeriodFigures period;
        std::vector<MonthlySales> monthly;
        std::vector<AppliedAmount> paid;
        PromiseCounts promises;
    };

    // Per (currency, collector id or -1); collector -2 means "all".
    Figures figures(QDate asOf, int months, const QString &currency, Id collector) const
    {
        Figures f;
        const QDate start = periodStart(asOf, months);
        f.period.months = months;
        f.period.daysInPeriod = daysInPeriod(asOf, months);
        auto inGroup = [&](Id customerId) {
            const auto &customer = customers.at(customerId);
            return customer.currency == currency && (collector == -2 || customer.collector == collector);
        };
        auto openOn = [&](Id invoiceId, QDate day) {
            MinorUnits open = invoices.at(invoiceId).amount;
            for (const RawAllocation &a : allocations)
                if (a.invoiceId == invoiceId && a.date <= day)
                    open -= a.amount;
            return open;
        };
        std::map<QDate, MinorUnits> monthly;
        for (const auto &[id, invoice] : invoices) {
            if (!inGroup(invoice.customerId))
                continue;
            if (invoice.issue <= asOf) {
                const MinorUnits open = openOn(id, asOf);
                f.period.endingAr += open;
                if (invoice.due >= asOf)
                    f.period.endingCurrentAr += open;
                monthly[QDate(invoice.issue.year(), invoice.issue.month(), 1)] += invoice.amount;
            }
            if (invoice.issue < start)
                f.period.beginningAr += openOn(id, start.addDays(-1));
            if (invoice.issue >= start && invoice.issue <= asOf)
                f.period.creditSales += invoice.amount;
        }
        for (const auto &[month, amount] : monthly)
            f.monthly.push_back({month, amount});
        for (const RawAllocation &a : allocations) {
            if (a.date < start || a.date > asOf || !inGroup(invoices.at(a.invoiceId).customerId))
                continue;
            if (a.writeOff)
                f.period.writtenOff += a.amount;
            if (a.paymentId == 0 || a.reversesId != 0)
                continue;
            const bool reversedByThen =
                    std::any_of(allocations.begin(), allocations.end(),
                                [&](const RawAllocation &r) { return r.reversesId == a.id && r.date <= asOf; });
            if (!reversedByThen)
                f.paid.push_back(AppliedAmount::fromDates(a.amount, invoices.at(a.invoiceId).issue,
                                                          payments.at(a.paymentId).received));
        }
        // Promises: all of them, with every payment not reversed by then.
        std::vector<ReceivedPayment> received;
        for (const auto &[id, payment] : payments) {
            if (payment.received > asOf || (payment.reversed && *payment.reversed <= asOf))
                continue;
            ReceivedPayment r{payment.customerId, payment.received, payment.amount, {}};
            std::map<Id, MinorUnits> applied;
            for (const RawAllocation &a : allocations)
                if (a.paymentId == id && a.date <= asOf)
                    applied[a.invoiceId] += a.amount;
            for (const auto &[invoiceId, amount] : applied)
                if (amount != 0)
                    r.applications.append({invoiceId, amount});
            received.push_back(r);
        }
        std::vector<PromiseToPay> taken;
        for (const PromiseToPay &promise : promises)
            if (promise.takenOn <= asOf)
                taken.push_back(promise);
        const auto evaluated = evaluatePromises(taken, received, 3, asOf);
        EXPECT_TRUE(evaluated);
        for (qsizetype i = 0; evaluated && i < evaluated->size(); ++i) {
            const PromiseEvaluation &e = (*evaluated)[i];
            const PromiseToPay &promise = taken[static_cast<std::size_t>(i)];
            if (!inGroup(promise.customerId) || e.status == PromiseStatus::Pending)
                continue;
            const QDate outcome = e.status == PromiseStatus::Kept ? e.keptOn : promiseDeadline(promise, 3).addDays(1);
            if (outcome < start || outcome > asOf)
                continue;
            if (e.status == PromiseStatus::Kept)
                ++f.promises.kept;
            else if (e.status == PromiseStatus::PartiallyKept)
                ++f.promises.partiallyKept;
            else
                ++f.promises.broken;
        }
        return f;
    }

    struct RawCustomer
    {
        QString currency;
        Id collector = -1;
    };
    struct RawInvoice
    {
        Id customerId = 0;
        QDate issue;
        QDate due;
        MinorUnits amount = 0;
    };
    struct RawPayment
    {
        Id customerId = 0;
        QDate received;
        MinorUnits amount = 0;
        std::optional<QDate> reversed;
    };
    struct RawAllocation
    {
        Id id = 0;
        Id invoiceId = 0;
        Id paymentId = 0;
        bool writeOff = false;
        QDate date;
        MinorUnits amount = 0;
        Id reversesId = 0;
    };
    std::map<Id, RawCustomer> customers;
    std::map<Id, RawInvoice> invoices;
    std::map<Id, RawPayment> payments;
    std::vector<RawAllocation> allocations;
    std::vector<PromiseToPay> promises;
};

void expectSame(const std::optional<double> &actual, const std::optional<double> &expected, const std::string &what)
{
    ASSERT_EQ(actual.has_value(), expected.has_value()) << what;
    if (expected) {
        EXPECT_NEAR(*actual, *expected, 1e-9) << what;
    }
}

TEST_F(KpiServiceTest, randomizedBookMatchesARecomputationFromTheEventTables)
{
    std::mt19937 random(20260331);
    auto chance = [&](int percent) { return std::uniform_int_distribution<int>(1, 100)(random) <= percent; };
    auto between = [&](qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(random); };

    const QStringList codes{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3"),
                            QStringLiteral("E4"), QStringLiteral("U1"), QStringLiteral("U2")};
    for (const QString &code : codes)
        addCustomer(code, code.startsWith(u'E') ? QStringLiteral("EUR") : QStringLiteral("USD"));
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\nben,Ben,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nE1,ann\nE2,ann\nE3,ben\nU1,ben\n");

    LedgerRepository repo(*m_book);
    QByteArray promiseCsv = "customer_code,collector,taken_date,promised_date,amount,currency,invoice_number\n";
    std::vector<Id> paymentIds;
    int invoiceCount = 0;
    for (QDate d = day(2025, 9, 1); d <= day(2026, 5, 31); d = d.addDays(1)) {
        for (const QString &code : codes) {
            const Customer customer = *repo.customerByCode(code);
            if (chance(10)) {
                const QString number = QStringLiteral("N%1").arg(++invoiceCount);
                invoice(number, code, d, d.addDays(between(0, 45)), between(1, 500) * 100 + between(0, 99));
                if (chance(20))
                    promiseCsv +=
                            QStringLiteral("%1,ann,%2,%3,%4.00,%5,%6\n")
                                    .arg(code, d.toString(Qt::ISODate), d.addDays(between(0, 40)).toString(Qt::ISODate))
                                    .arg(between(1, 300))
                                    .arg(customer.currency, chance(50) ? number : QString())
                                    .toUtf8();
            }
            std::vector<OpenItem> open = repo.openItems(customer.id);
            std::erase_if(open, [&](const OpenItem &item) { return item.issueDate > d; });
            if (!open.empty() && chance(5)) {
                const OpenItem &item = open[static_cast<std::size_t>(between(0, static_cast<qint64>(open.size()) - 1))];
                const MinorUnits amount = chance(60) ? item.open : between(1, item.open + 5000);
                paymentIds.push_back(pay(code, d, amount, chance(85) ? item.number : QString()).paymentId);
            }
            if (!open.empty() && chance(1)) {
                const OpenItem &item = open.front();
                const MinorUnits amount = std::min(item.open, repo.invoiceAvailableFrom(item.invoiceId, d));
                if (amount > 0)
                    writeOff(item.invoiceId, d, between(1, amount));
            }
            if (chance(1) && chance(20)) // 0.2 %
                promiseCsv += QStringLiteral("%1,ben,%2,%3,50.00,%4,\n")
                                      .arg(code, d.toString(Qt::ISODate), d.addDays(5).toString(Qt::ISODate),
                                           customer.currency)
                                      .toUtf8();
        }
        if (!paymentIds.empty() && chance(4)) {
            const Id payment =
                    paymentIds[static_cast<std::size_t>(between(0, static_cast<qint64>(paymentIds.size()) - 1))];
            if (!repo.isReversed(ReversalKind::Payment, payment) && repo.paymentById(payment)->receivedDate <= d)
                (void)m_ledger->reversePayment(payment, d, QStringLiteral("bounced")); // may be refused; fine
        }
    }
    import(ImportKind::Promises, promiseCsv);

    const RawOracle oracle(*m_book);
    ASSERT_GT(oracle.invoices.size(), 100u);
    ASSERT_GT(oracle.promises.size(), 10u);
    // The book has what the rules are about: reversed payments, write-offs, promises naming
    // an invoice.
    const auto countOf = [&](auto predicate) {
        return std::count_if(oracle.allocations.begin(), oracle.allocations.end(), predicate);
    };
    EXPECT_GT(countOf([](const RawOracle::RawAllocation &a) { return a.reversesId != 0; }), 5);
    EXPECT_GT(countOf([](const RawOracle::RawAllocation &a) { return a.writeOff; }), 3);
    EXPECT_GT(std::count_if(oracle.promises.begin(), oracle.promises.end(),
                            [](const PromiseToPay &p) { return p.invoiceId.has_value(); }),
              3);
    Id ann = 0;
    Id ben = 0;
    {
        QSqlQuery u = m_book->exec(QStringLiteral("SELECT id, login FROM users"));
        while (u.next())
            (u.value(1).toString() == u"ann" ? ann : ben) = u.value(0).toLongLong();
    }

    int promisesSeen = 0;
    for (const QDate asOf : {day(2025, 12, 31), day(2026, 2, 14), day(2026, 3, 31), day(2026, 5, 20)}) {
        for (const int months : {1, 3, 6}) {
            for (const KpiGrouping grouping : {KpiGrouping::Total, KpiGrouping::Collector}) {
                const KpiReport report = compute(asOf, months, grouping);
                for (const KpiValues &v : report.results) {
                    const Id collector = grouping == KpiGrouping::Total ? -2
                            : !v.key.group                              ? -1
                            : *v.key.group == u"ann"                    ? ann
                                                                        : ben;
                    const std::string what = (asOf.toString(Qt::ISODate) + QStringLiteral(" %1 months ").arg(months)
                                              + v.key.currency + u' ' + v.key.group.value_or(QStringLiteral("-")))
                                                     .toStdString();
                    const RawOracle::Figures f = oracle.figures(asOf, months, v.key.currency, collector);
                    EXPECT_EQ(v.figures.beginningAr, f.period.beginningAr) << what;
                    EXPECT_EQ(v.figures.endingAr, f.period.endingAr) << what;
                    EXPECT_EQ(v.figures.endingCurrentAr, f.period.endingCurrentAr) << what;
                    EXPECT_EQ(v.figures.creditSales, f.period.creditSales) << what;
                    EXPECT_EQ(v.figures.writtenOff, f.period.writtenOff) << what;
                    EXPECT_EQ(v.promises.kept, f.promises.kept) << what;
                    EXPECT_EQ(v.promises.partiallyKept, f.promises.partiallyKept) << what;
                    EXPECT_EQ(v.promises.broken, f.promises.broken) << what;
                    promisesSeen += f.promises.evaluated();
                    expectSame(v.dsoStandard, dsoStandard(f.period), what + " dso_standard");
                    expectSame(v.dsoCountback, dsoCountback(f.period.endingAr, f.monthly, asOf), what + " countback");
                    expectSame(v.bestPossibleDso, bestPossibleDso(f.period), what + " best");
                    expectSame(v.averageDaysDelinquent, averageDaysDelinquent(f.period), what + " add");
                    expectSame(v.collectionEffectivenessIndex, collectionEffectivenessIndex(f.period), what + " cei");
                    expectSame(v.percentCurrent, percentCurrent(f.period.endingCurrentAr, f.period.endingAr),
                               what + " percent_current");
                    expectSame(v.averageDaysToPay, averageDaysToPay(f.paid), what + " average_days_to_pay");
                    expectSame(v.badDebtRatio, badDebtRatio(f.period), what + " bad_debt_ratio");
                    expectSame(v.promiseKeptRate, promiseKeptRate(f.promises), what + " promise_kept_rate");
                }
                // Every currency (and collector) with something to show is listed.
                for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("USD")}) {
                    const bool listed = std::any_of(report.results.begin(), report.results.end(),
                                                    [&](const KpiValues &v) { return v.key.currency == currency; });
                    const RawOracle::Figures f = oracle.figures(asOf, months, currency, -2);
                    if (f.period.endingAr != 0 || f.period.creditSales != 0) {
                        EXPECT_TRUE(listed) << currency.toStdString();
                    }
                }
            }
        }
    }
    EXPECT_GT(promisesSeen, 10);

    // Customers reassigned after their rows were filed (kpi_customer_groups, docs/kpi.md
    // "How it stays fast"): the lines still group by the current collector, a moved
    // customer's whole history goes with it, also what is posted after the move (filed
    // under the group the customer was filed under). E1 ann -> ben, E3 ben -> ann, E4 none ->
    // ann, U2 none -> ben; U1 stays with ben, E2 with ann.
    import(ImportKind::Portfolios, "customer_code,collector\nE1,ben\nE3,ann\nE4,ann\nU2,ben\n");
    const Id later = invoice(QStringLiteral("R1"), QStringLiteral("E1"), day(2026, 6, 2), day(2026, 6, 20), 12345);
    invoice(QStringLiteral("R2"), QStringLiteral("E4"), day(2026, 6, 3), day(2026, 7, 3), 54321);
    pay(QStringLiteral("E1"), day(2026, 6, 10), 2345, QStringLiteral("R1"));
    writeOff(later, day(2026, 6, 12), 1000);
    {
        QSqlQuery filed = m_book->exec(QStringLiteral(
                "SELECT COUNT(*) FROM kpi_customer_groups f JOIN customers c ON c.id = f.customer_id "
                "WHERE f.collector_key <> COALESCE(CAST(c.collector_id AS TEXT), '')"));
        ASSERT_TRUE(filed.next());
        EXPECT_EQ(filed.value(0).toLongLong(), 4); // the reader has to move these four
    }
    const RawOracle afterMoves(*m_book);
    for (const QDate asOf : {day(2026, 3, 31), day(2026, 6, 30)}) {
        for (const int months : {1, 3, 12}) {
            const KpiReport report = compute(asOf, months, KpiGrouping::Collector);
            int lines = 0;
            for (const KpiValues &v : report.results) {
                const Id collector = !v.key.group ? -1 : *v.key.group == u"ann" ? ann : ben;
                const std::string what = (QStringLiteral("after the moves ") + asOf.toString(Qt::ISODate)
                                          + QStringLiteral(" %1 months ").arg(months) + v.key.currency + u' '
                                          + v.key.group.value_or(QStringLiteral("-")))
                                                 .toStdString();
                const RawOracle::Figures f = afterMoves.figures(asOf, months, v.key.currency, collector);
                EXPECT_EQ(v.figures.beginningAr, f.period.beginningAr) << what;
                EXPECT_EQ(v.figures.endingAr, f.period.endingAr) << what;
                EXPECT_EQ(v.figures.endingCurrentAr, f.period.endingCurrentAr) << what;
                EXPECT_EQ(v.figures.creditSales, f.period.creditSales) << what;
                EXPECT_EQ(v.figures.writtenOff, f.period.writtenOff) << what;
                expectSame(v.dsoCountback, dsoCountback(f.period.endingAr, f.monthly, asOf), what + " countback");
                expectSame(v.averageDaysToPay, averageDaysToPay(f.paid), what + " average_days_to_pay");
                expectSame(v.collectionEffectivenessIndex, collectionEffectivenessIndex(f.period), what + " cei");
                ++lines;
            }
            // No line is left for a group whose customers all moved away (USD has none now).
            EXPECT_FALSE(std::any_of(report.results.begin(), report.results.end(), [](const KpiValues &v) {
                return v.key.currency == u"USD" && !v.key.group;
            }));
            EXPECT_GE(lines, 3);
        }
    }
    const VerifyReport verified = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(verified.ok) << verified.firstProblem.toStdString();
}

// The promise inputs of a period (KpiRepository::readPromiseInputs) leave out the groups of
// promises whose windows share no payment with a promise that can have its outcome in the
// period. On a random book with long chains of overlapping windows, payments applied to
// invoices later than received, reversed payments and promises naming an invoice, every
// promise they keep is evaluated exactly as an evaluation of every promise and payment of
// the book gives it, and every promise with its outcome in the period or still pending is
// kept; for periods from one day to a year, with grace 0 and 3 days.
TEST_F(KpiServiceTest, promiseInputsOfAPeriodEvaluateAsTheWholeBookDoes)
{
    std::mt19937 random(20261126);
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (const QString &code : codes)
        addCustomer(code);
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\n");
    const QDate first = day(2025, 7, 1);
    const QDate last = day(2026, 6, 30);
    buildPromiseHistory(random, codes, first, last);
    if (HasFatalFailure())
        return;

    // The whole book, as the rule reads it as of a date.
    struct RawPayment
    {
        Id id = 0;
        Id customerId = 0;
        QDate received;
        MinorUnits amount = 0;
        std::optional<QDate> reversed;
    };
    std::vector<RawPayment> raw;
    {
        QSqlQuery q = m_book->exec(QStringLiteral("SELECT y.id, y.customer_id, y.received_date, y.amount, "
                                                  "s.reversed_date FROM payments y JOIN payment_state s "
                                                  "ON s.payment_id = y.id ORDER BY y.received_date, y.id"));
        while (q.next())
            raw.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(),
                           QDate::fromJulianDay(q.value(2).toLongLong()), q.value(3).toLongLong(),
                           q.value(4).isNull() ? std::nullopt
                                               : std::optional<QDate>(QDate::fromJulianDay(q.value(4).toLongLong()))});
    }
    struct RawApplication
    {
        Id paymentId = 0;
        Id invoiceId = 0;
        QDate date;
        MinorUnits amount = 0;
    };
    std::vector<RawApplication> applications;
    {
        QSqlQuery q = m_book->exec(QStringLiteral(
                "SELECT payment_id, invoice_id, alloc_date, amount FROM allocations WHERE payment_id IS NOT NULL"));
        while (q.next())
            applications.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                    QDate::fromJulianDay(q.value(2).toLongLong()), q.value(3).toLongLong()});
    }
    std::vector<PromiseToPay> promises;
    {
        QSqlQuery q = m_book->exec(QStringLiteral(
                "SELECT id, customer_id, taken_date, promised_date, amount, invoice_id FROM promises ORDER BY id"));
        while (q.next()) {
            PromiseToPay promise;
            promise.id = q.value(0).toLongLong();
            promise.customerId = q.value(1).toLongLong();
            promise.takenOn = QDate::fromJulianDay(q.value(2).toLongLong());
            promise.promisedFor = QDate::fromJulianDay(q.value(3).toLongLong());
            promise.amount = q.value(4).toLongLong();
            if (!q.value(5).isNull())
                promise.invoiceId = q.value(5).toLongLong();
            promises.push_back(promise);
        }
    }
    ASSERT_GT(promises.size(), 60u);
    ASSERT_GT(std::count_if(raw.begin(), raw.end(), [](const RawPayment &p) { return p.reversed.has_value(); }), 3);

    KpiRepository repository(*m_book);
    int compared = 0;
    int leftOut = 0;
    for (const int grace : {0, 3}) {
        for (QDate asOf = first.addDays(20); asOf <= last.addDays(40); asOf = asOf.addDays(11)) {
            // The whole book as of the date.
            std::vector<PromiseToPay> taken;
            for (const PromiseToPay &promise : promises)
                if (promise.takenOn <= asOf)
                    taken.push_back(promise);
            std::vector<ReceivedPayment> received;
            for (const RawPayment &p : raw) {
                if (p.received > asOf || (p.reversed && *p.reversed <= asOf))
                    continue;
                ReceivedPayment r{p.customerId, p.received, p.amount, {}};
                std::map<Id, MinorUnits> applied;
                for (const RawApplication &a : applications)
                    if (a.paymentId == p.id && a.date <= asOf)
                        applied[a.invoiceId] += a.amount;
                for (const auto &[invoiceId, amount] : applied)
                    if (amount != 0)
                        r.applications.append({invoiceId, amount});
                received.push_back(r);
            }
            const auto whole = evaluatePromises(taken, received, grace, asOf);
            ASSERT_TRUE(whole);
            std::map<Id, std::pair<PromiseToPay, PromiseEvaluation>> expected;
            for (qsizetype i = 0; i < whole->size(); ++i)
                expected[taken[static_cast<std::size_t>(i)].id] = {taken[static_cast<std::size_t>(i)], (*whole)[i]};

            for (const int days : {0, 6, 30, 90, 364}) {
                const QDate start = asOf.addDays(-days);
                const std::string what = "as of " + asOf.toString(Qt::ISODate).toStdString() + " from " +
                                         start.toString(Qt::ISODate).toStdString() + " grace " +
                                         std::to_string(grace);
                const KpiPromiseInputs inputs = repository.readPromiseInputs(start, asOf, grace);
                const auto evaluated = evaluatePromises(inputs.promises, inputs.payments, grace, asOf);
                ASSERT_TRUE(evaluated) << what;
                std::set<Id> kept;
                for (qsizetype i = 0; i < evaluated->size(); ++i) {
                    const Id id = inputs.promises[static_cast<std::size_t>(i)].id;
                    kept.insert(id);
                    ASSERT_TRUE(expected.contains(id)) << what;
                    EXPECT_EQ((*evaluated)[i], expected[id].second) << what << " promise " << id;
                    ++compared;
                }
                for (const auto &[id, entry] : expected) {
                    const auto &[promise, evaluation] = entry;
                    const auto outcome = promiseOutcomeDay(promise, evaluation, grace);
                    const bool matters = !outcome || (*outcome >= start && *outcome <= asOf);
                    if (matters)
                        EXPECT_TRUE(kept.contains(id)) << what << " promise " << id << " left out";
                    else if (!kept.contains(id))
                        ++leftOut;
                }
                if (HasFailure())
                    return;
            }
        }
    }
    EXPECT_GT(compared, 1000);
    EXPECT_GT(leftOut, 1000); // the inputs do leave promises out
}

// The promise kept rate from the maintained promise outcomes (schema step 10,
// promise_outcomes.h): for the customers whose stored outcomes are valid for the as-of date
// KpiRepository::read takes the stored outcomes instead of evaluating the rule, for the
// others it evaluates as before. On a random promise history with four customers in three
// collectors, segments and risk classes, the KPI report (every line, every grouping, periods
// of 1, 3 and 12 months, as-of dates every 17 days, grace 0 and 3) is the same with the
// outcomes empty, filled, filled and then made stale or invalid for some dates by later
// postings (a backdated payment, a payment reversed later), and filled with other grace days.
TEST_F(KpiServiceTest, promiseKeptRateFromTheMaintainedOutcomesEqualsTheRule)
{
    std::mt19937 random(20261127);
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    addCustomer(codes[0], QStringLiteral("EUR"), QStringLiteral("retail"), QStringLiteral("A"));
    addCustomer(codes[1], QStringLiteral("EUR"), QStringLiteral("retail"), QStringLiteral("C"));
    addCustomer(codes[2], QStringLiteral("EUR"), QStringLiteral("wholesale"), QStringLiteral("C"));
    addCustomer(codes[3], QStringLiteral("EUR"));
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\nbob,Bob,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nA,ann\nB,ann\nC,bob\n");
    const QDate first = day(2025, 7, 1);
    const QDate last = day(2026, 3, 31);
    buildPromiseHistory(random, codes, first, last);
    if (HasFatalFailure())
        return;

    auto setGrace = [&](int grace) {
        CollectionRepository(*m_book).setSetting(QStringLiteral("collections.grace_days"), QString::number(grace),
                                                 m_session->stamp());
    };
    auto refresh = [&](int grace) {
        Transaction transaction(*m_book);
        CollectionRepository repository(*m_book);
        EXPECT_GT(refreshPromiseOutcomes(repository, grace), 0);
        transaction.commit();
    };
    auto clearOutcomes = [&]() {
        (void)m_book->exec(QStringLiteral("DELETE FROM promise_outcomes"));
        (void)m_book->exec(QStringLiteral("DELETE FROM promise_outcome_customers"));
    };
    using Counts = std::map<std::tuple<int, int, std::optional<QString>>, std::tuple<int, int, int>>;
    // The promise counts of every line, as of every date (and the other figures' lines).
    auto reports = [&]() {
        Counts counts;
        for (QDate asOf = first.addDays(10); asOf <= last.addDays(60); asOf = asOf.addDays(17))
            for (const int months : {1, 3, 12})
                for (const KpiGrouping grouping :
                     {KpiGrouping::Total, KpiGrouping::Collector, KpiGrouping::Segment, KpiGrouping::RiskClass})
                    for (const KpiValues &v : compute(asOf, months, grouping).results)
                        counts[{static_cast<int>(asOf.toJulianDay() * 100 + months), static_cast<int>(grouping),
                                v.key.group}] = {v.promises.kept, v.promises.partiallyKept, v.promises.broken};
        return counts;
    };
    // How many promises came from the stored outcomes, over the same dates.
    auto decided = [&](int grace) {
        std::size_t count = 0;
        KpiRepository repository(*m_book);
        for (QDate asOf = first.addDays(10); asOf <= last.addDays(60); asOf = asOf.addDays(17))
            count += repository.read(asOf, 3, KpiGrouping::Collector, grace).promises.decided.size();
        return count;
    };

    for (const int grace : {0, 3}) {
        SCOPED_TRACE(grace);
        setGrace(grace);
        clearOutcomes();
        const Counts byRule = reports();
        int outcomes = 0;
        for (const auto &[key, value] : byRule)
            outcomes += std::get<0>(value) + std::get<1>(value) + std::get<2>(value);
        ASSERT_GT(outcomes, 500);
        EXPECT_EQ(decided(grace), 0u);

        refresh(grace);
        EXPECT_GT(decided(grace), 100u);
        EXPECT_EQ(reports(), byRule);

        // Outcomes stored with other grace days are not used.
        clearOutcomes();
        refresh(grace + 2);
        EXPECT_EQ(decided(grace), 0u);
        EXPECT_EQ(reports(), byRule);
        clearOutcomes();
        refresh(grace);
        if (HasFailure())
            return;
    }

    // Later postings: a payment backdated into the history (its customer stale), and a payment
    // reversed on a later day (valid only from that day on); the rest stays valid.
    const PostedPayment backdated = pay(QStringLiteral("B"), day(2025, 11, 20), 12300);
    ASSERT_NE(backdated.paymentId, 0);
    Id reversed = 0;
    {
        QSqlQuery q = m_book->exec(QStringLiteral(
                "SELECT s.payment_id FROM payment_state s JOIN customers c ON c.id = s.customer_id "
                "WHERE c.code = 'A' AND s.reversed_date IS NULL AND s.received_date BETWEEN %1 AND %2 "
                "ORDER BY s.payment_id LIMIT 1")
                                           .arg(day(2025, 12, 1).toJulianDay())
                                           .arg(day(2026, 1, 31).toJulianDay()));
        ASSERT_TRUE(q.next());
        reversed = q.value(0).toLongLong();
    }
    ASSERT_TRUE(m_ledger->reversePayment(reversed, day(2026, 3, 20), QStringLiteral("bounced")));
    const Counts afterPostings = reports(); // grace 3, with A and B not valid before a refresh
    clearOutcomes();
    EXPECT_EQ(reports(), afterPostings);
    refresh(3);
    EXPECT_EQ(reports(), afterPostings);
    EXPECT_GT(decided(3), 100u);
    const VerifyReport verified = LedgerVerifier(*m_book).run();
    EXPECT_TRUE(verified.ok) << verified.firstProblem.toStdString();
}

// The dashboard's promise tiles (promises due today and still pending, broken this week, with
// the customers behind them, docs/manager-desk.md) take the maintained promise outcomes of
// the customers whose outcomes are valid for the day and evaluate the rule for the others
// (KpiRepository::readPromisesOfPeriod). On a random promise history of four customers, two
// of them in another currency, every day of the history and after it: the same tiles with
// the outcomes empty, filled, filled with other grace days (not used), and after postings
// that leave them stale for some days (a payment backdated into the history; a payment
// reversed later, which makes the stored outcomes of its customer invalid before that day).
TEST_F(KpiServiceTest, dashboardPromiseTilesFromTheMaintainedOutcomesEqualTheRule)
{
    std::mt19937 random(20261126);
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    addCustomer(codes[0], QStringLiteral("EUR"));
    addCustomer(codes[1], QStringLiteral("EUR"));
    addCustomer(codes[2], QStringLiteral("EUR"));
    addCustomer(codes[3], QStringLiteral("EUR"));
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nA,ann\nB,ann\nC,ann\n");
    const QDate first = day(2025, 9, 1);
    const QDate last = day(2026, 2, 28);
    buildPromiseHistory(random, codes, first, last);
    if (HasFatalFailure())
        return;
    // C and D in USD (after the history: the currency is only the tiles' filter here).
    (void)m_book->exec(QStringLiteral("UPDATE customers SET currency = 'USD' WHERE code IN ('C', 'D')"));

    auto setGrace = [&](int grace) {
        CollectionRepository(*m_book).setSetting(QStringLiteral("collections.grace_days"), QString::number(grace),
                                                 m_session->stamp());
    };
    auto refresh = [&](int grace) {
        Transaction transaction(*m_book);
        CollectionRepository repository(*m_book);
        EXPECT_GT(refreshPromiseOutcomes(repository, grace), 0);
        transaction.commit();
    };
    auto clearOutcomes = [&]() {
        (void)m_book->exec(QStringLiteral("DELETE FROM promise_outcomes"));
        (void)m_book->exec(QStringLiteral("DELETE FROM promise_outcome_customers"));
    };
    using Tiles = std::map<std::pair<qint64, QString>, std::pair<std::vector<Id>, std::vector<Id>>>;
    auto tiles = [&]() {
        Tiles result;
        DashboardService dashboard(*m_session);
        for (QDate today = first; today <= last.addDays(45); today = today.addDays(1))
            for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("USD")}) {
                const auto t = dashboard.tiles(currency, today);
                EXPECT_TRUE(t) << describe(t.error());
                if (!t)
                    return result;
                EXPECT_EQ(t->promisesDueToday, static_cast<qint64>(t->promisesDueTodayCustomers.size()));
                EXPECT_EQ(t->promisesBrokenThisWeek, static_cast<qint64>(t->promisesBrokenCustomers.size()));
                result[{today.toJulianDay(), currency}] = {t->promisesDueTodayCustomers, t->promisesBrokenCustomers};
            }
        return result;
    };
    auto counted = [](const Tiles &t) {
        std::pair<std::size_t, std::size_t> sizes{0, 0};
        for (const auto &[key, value] : t) {
            sizes.first += value.first.size();
            sizes.second += value.second.size();
        }
        return sizes;
    };
    auto decided = [&](int grace) {
        std::size_t count = 0;
        KpiRepository repository(*m_book);
        for (QDate today = first; today <= last.addDays(45); today = today.addDays(1)) {
            const KpiPromiseInputs inputs = repository.readPromisesOfPeriod(today.addDays(1 - today.dayOfWeek()), today, grace);
            count += inputs.decided.size() + inputs.pendingDueOnAsOf.size();
        }
        return count;
    };

    for (const int grace : {0, 3}) {
        SCOPED_TRACE(grace);
        setGrace(grace);
        clearOutcomes();
        const Tiles byRule = tiles();
        const auto sizes = counted(byRule);
        ASSERT_GT(sizes.first, 20u);  // promises due on the day, pending then
        ASSERT_GT(sizes.second, 50u); // broken in the week
        EXPECT_EQ(decided(grace), 0u);

        refresh(grace);
        EXPECT_GT(decided(grace), 20u);
        EXPECT_EQ(tiles(), byRule);

        clearOutcomes();
        refresh(grace + 2); // other grace days: not used
        EXPECT_EQ(decided(grace), 0u);
        EXPECT_EQ(tiles(), byRule);
        clearOutcomes();
        refresh(grace);
        if (HasFailure())
            return;
    }

    const PostedPayment backdated = pay(QStringLiteral("B"), day(2025, 11, 20), 12300);
    ASSERT_NE(backdated.paymentId, 0);
    Id reversed = 0;
    {
        QSqlQuery q = m_book->exec(QStringLiteral(
                "SELECT s.payment_id FROM payment_state s JOIN customers c ON c.id = s.customer_id "
                "WHERE c.code = 'A' AND s.reversed_date IS NULL AND s.received_date BETWEEN %1 AND %2 "
                "ORDER BY s.payment_id LIMIT 1")
                                           .arg(day(2025, 11, 1).toJulianDay())
                                           .arg(day(2025, 12, 15).toJulianDay()));
        ASSERT_TRUE(q.next());
        reversed = q.value(0).toLongLong();
    }
    ASSERT_TRUE(m_ledger->reversePayment(reversed, day(2026, 2, 10), QStringLiteral("bounced")));
    clearOutcomes();
    const Tiles afterPostings = tiles(); // grace 3, by the rule alone
    refresh(3);
    // A's outcomes are valid from the reversal's day (or a later one) only: before it, its
    // promises go to the rule.
    {
        QSqlQuery q = m_book->exec(QStringLiteral("SELECT v.change_day FROM promise_outcome_customers v "
                                                  "JOIN customers c ON c.id = v.customer_id WHERE c.code = 'A'"));
        ASSERT_TRUE(q.next());
        EXPECT_GE(q.value(0).toLongLong(), day(2026, 2, 10).toJulianDay());
    }
    EXPECT_EQ(tiles(), afterPostings);
    // B made stale by one more backdated payment (its row of the outcomes deleted).
    ASSERT_NE(pay(QStringLiteral("B"), day(2025, 12, 3), 4500).paymentId, 0);
    const Tiles withStale = tiles();
    clearOutcomes();
    EXPECT_EQ(withStale, tiles());
}

// Staff performance (promise outcomes per collector: the day, the week, the month and the
// 12-month trend) and the cash forecast (promises pending on a date, with what is left to pay
// on each; past weeks as of their Mondays) take the maintained promise outcomes of the
// customers whose outcomes are valid for the date and evaluate the rule for the others
// (KpiRepository::readPromisesOfPeriod, readPendingPromises). A pending promise that already
// got something goes to the rule, since what counted by the date is not stored. On a random
// promise history of four customers (two in USD), on many days during and after it: the same
// figures with the outcomes empty (the rule alone: the reference), filled, filled with other
// grace days (not used), and after postings that leave some customers' outcomes invalid
// before a later day (a reversal) or stale (a backdated payment).
TEST_F(KpiServiceTest, staffPerformanceAndCashForecastFromTheMaintainedOutcomesEqualTheRule)
{
    std::mt19937 random(20261127);
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    for (const QString &code : codes)
        addCustomer(code, QStringLiteral("EUR"));
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\nbob,Bob,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nA,ann\nB,ann\nC,bob\n");
    const QDate first = day(2025, 9, 1);
    const QDate last = day(2026, 2, 28);
    buildPromiseHistory(random, codes, first, last);
    if (HasFatalFailure())
        return;
    // The promises of C and D taken by nobody in particular: their owner is the customer's
    // collector (bob for C, none for D).
    (void)m_book->exec(QStringLiteral("UPDATE promises SET collector_id = NULL WHERE customer_id IN "
                                      "(SELECT id FROM customers WHERE code IN ('C', 'D'))"));
    (void)m_book->exec(QStringLiteral("UPDATE customers SET currency = 'USD' WHERE code IN ('C', 'D')"));
    (void)m_book->exec(QStringLiteral("UPDATE promises SET currency = 'USD' WHERE customer_id IN "
                                      "(SELECT id FROM customers WHERE code IN ('C', 'D'))"));

    auto setGrace = [&](int grace) {
        CollectionRepository(*m_book).setSetting(QStringLiteral("collections.grace_days"), QString::number(grace),
                                                 m_session->stamp());
    };
    auto refresh = [&](int grace) {
        Transaction transaction(*m_book);
        CollectionRepository repository(*m_book);
        EXPECT_GT(refreshPromiseOutcomes(repository, grace), 0);
        transaction.commit();
    };
    auto clearOutcomes = [&]() {
        (void)m_book->exec(QStringLiteral("DELETE FROM promise_outcomes"));
        (void)m_book->exec(QStringLiteral("DELETE FROM promise_outcome_customers"));
    };
    auto counts = [](const PromiseCounts &c) {
        return QStringLiteral(" %1/%2/%3").arg(c.kept).arg(c.partiallyKept).arg(c.broken);
    };
    // Every promise figure of the two screens, as text, by date.
    using Figures = std::map<qint64, QString>;
    auto figures = [&]() {
        Figures result;
        StaffPerformanceService staff(*m_session);
        CashForecastService cash(*m_session);
        int n = 0;
        for (QDate today = first.addDays(20); today <= last.addDays(45); today = today.addDays(3), ++n) {
            QString text;
            std::vector<PerformancePeriod> periods{PerformancePeriod::day(today), PerformancePeriod::week(today)};
            if (n % 3 == 0)
                periods.push_back(PerformancePeriod::month(today));
            for (const PerformancePeriod &period : periods) {
                const auto report = staff.report(period);
                EXPECT_TRUE(report) << describe(report.error());
                if (!report)
                    return result;
                for (const CollectorPerformance &p : report->lines)
                    text += QStringLiteral("|%1 %2").arg(p.login, p.key.currency) + counts(p.promiseOutcomes);
                text += u'\n';
            }
            if (n % 5 == 0) {
                const auto trend = staff.trend(today, 12);
                EXPECT_TRUE(trend) << describe(trend.error());
                if (!trend)
                    return result;
                for (const CollectorTrend &t : *trend)
                    for (const CollectorTrendPoint &p : t.months)
                        text += QStringLiteral("|%1 %2 %3").arg(t.login, t.key.currency, p.month.toString(Qt::ISODate))
                                + counts(p.promiseOutcomes);
                text += u'\n';
            }
            if (n % 2 == 0)
                for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("USD")}) {
                    const auto forecast = cash.forecast(currency, today, 2);
                    EXPECT_TRUE(forecast) << describe(forecast.error());
                    if (!forecast)
                        return result;
                    for (const auto *weeks : {&forecast->past, &forecast->weeks})
                        for (const ForecastWeek &w : *weeks)
                            text += QStringLiteral("|%1 %2 %3 %4").arg(w.start.toString(Qt::ISODate)).arg(w.openItems)
                                            .arg(w.promises).arg(w.plans);
                    text += QStringLiteral("|rest %1 %2\n").arg(forecast->behindExpectation).arg(forecast->afterHorizon);
                }
            result[today.toJulianDay()] = text;
        }
        return result;
    };
    // How much the outcomes decide: promise outcomes of the week, and pending promises left
    // to nobody but the outcomes (nothing counted toward them yet).
    auto decided = [&](int grace) {
        std::pair<std::size_t, std::size_t> sizes{0, 0};
        KpiRepository repository(*m_book);
        for (QDate today = first.addDays(20); today <= last.addDays(45); today = today.addDays(3)) {
            sizes.first += repository.readPromisesOfPeriod(today.addDays(1 - today.dayOfWeek()), today, grace).decided.size();
            sizes.second += repository.readPendingPromises(today, grace).pending.size();
        }
        return sizes;
    };
    // Pending promises that got part of their amount by some date: the forecast's promise
    // part then depends on what counted by that date.
    auto partlyPaidPending = [&](int grace) {
        std::size_t count = 0;
        KpiRepository repository(*m_book);
        for (QDate today = first.addDays(20); today <= last.addDays(45); today = today.addDays(3)) {
            const KpiPromiseInputs inputs = repository.readPromiseInputs(today, today, grace);
            const auto evaluated = evaluatePromises(inputs.promises, inputs.payments, grace, today);
            EXPECT_TRUE(evaluated);
            if (evaluated)
                for (const PromiseEvaluation &e : *evaluated)
                    count += e.status == PromiseStatus::Pending && e.counted > 0 ? 1 : 0;
        }
        return count;
    };

    for (const int grace : {0, 3}) {
        SCOPED_TRACE(grace);
        setGrace(grace);
        clearOutcomes();
        const Figures byRule = figures();
        EXPECT_EQ(decided(grace), (std::pair<std::size_t, std::size_t>{0, 0}));
        EXPECT_GT(partlyPaidPending(grace), 4u);

        refresh(grace);
        const auto sizes = decided(grace);
        EXPECT_GT(sizes.first, 10u);
        EXPECT_GT(sizes.second, 4u);
        const Figures fromOutcomes = figures();
        ASSERT_EQ(fromOutcomes.size(), byRule.size());
        for (const auto &[julian, text] : byRule)
            ASSERT_EQ(fromOutcomes.at(julian).toStdString(), text.toStdString()) << QDate::fromJulianDay(julian).toString(Qt::ISODate).toStdString();

        clearOutcomes();
        refresh(grace + 2); // other grace days: not used
        EXPECT_EQ(decided(grace), (std::pair<std::size_t, std::size_t>{0, 0}));
        EXPECT_EQ(figures(), byRule);
        clearOutcomes();
        refresh(grace);
        if (HasFailure())
            return;
    }

    // A payment of A reversed late in the history: A's outcomes are valid only from then on.
    Id reversed = 0;
    {
        QSqlQuery q = m_book->exec(QStringLiteral(
                "SELECT s.payment_id FROM payment_state s JOIN customers c ON c.id = s.customer_id "
                "WHERE c.code = 'A' AND s.reversed_date IS NULL AND s.received_date BETWEEN %1 AND %2 "
                "ORDER BY s.payment_id LIMIT 1")
                                           .arg(day(2025, 11, 1).toJulianDay())
                                           .arg(day(2025, 12, 15).toJulianDay()));
        ASSERT_TRUE(q.next());
        reversed = q.value(0).toLongLong();
    }
    ASSERT_TRUE(m_ledger->reversePayment(reversed, day(2026, 2, 10), QStringLiteral("bounced")));
    ASSERT_NE(pay(QStringLiteral("C"), day(2025, 11, 20), 12300).paymentId, 0);
    clearOutcomes();
    const Figures afterPostings = figures(); // grace 3, by the rule alone
    refresh(3);
    EXPECT_EQ(figures(), afterPostings);
    // B made stale by a backdated payment (its row of the outcomes deleted): the rule for B.
    ASSERT_NE(pay(QStringLiteral("B"), day(2025, 12, 3), 4500).paymentId, 0);
    {
        QSqlQuery q = m_book->exec(QStringLiteral("SELECT COUNT(*) FROM promise_outcome_customers v "
                                                  "JOIN customers c ON c.id = v.customer_id WHERE c.code = 'B'"));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toLongLong(), 0);
    }
    const Figures withStale = figures();
    clearOutcomes();
    EXPECT_EQ(withStale, figures());
}

// The cash forecast reads the inputs of its date and of its past weeks' Mondays at once
// (ManagerRepository::forecastInputsOn: one read of the due dates, the payments and the
// allocations) instead of one join of every allocation per date (forecastInputs, kept as the
// reference). On a random history (payments applied and left unapplied, applied by hand
// later, reversed; invoices of two currencies; disputes opened, some resolved), for many sets
// of dates: the same open items (with what is open and disputed on the date, in the same
// order), days late per customer, plan instalments and plan invoices as the reference.
TEST_F(KpiServiceTest, forecastInputsOfSeveralDatesAtOnceEqualThoseOfEachDate)
{
    std::mt19937 random(20261128);
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (const QString &code : codes)
        addCustomer(code, QStringLiteral("EUR"));
    addCustomer(QStringLiteral("D"), QStringLiteral("USD"));
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\n");
    const QDate first = day(2025, 9, 1);
    const QDate last = day(2026, 2, 28);
    buildPromiseHistory(random, codes, first, last);
    if (HasFatalFailure())
        return;
    // D in USD: an invoice every fortnight, paid late, some payments reversed.
    for (int n = 0; n < 12; ++n) {
        const QDate issued = first.addDays(14 * n);
        const QString number = QStringLiteral("U%1").arg(n);
        invoice(number, QStringLiteral("D"), issued, issued.addDays(20), 30000 + 1000 * n);
        const PostedPayment paid = pay(QStringLiteral("D"), issued.addDays(25 + n), 20000, number);
        ASSERT_NE(paid.paymentId, 0);
        if (n % 4 == 1) {
            ASSERT_TRUE(m_ledger->reversePayment(paid.paymentId, issued.addDays(60), QStringLiteral("bounced")));
        }
    }
    // Disputes on some open invoices, opened on days of the history; half of them resolved
    // (rejected) a few weeks later.
    {
        std::vector<std::pair<QString, MinorUnits>> open;
        QSqlQuery q = m_book->exec(QStringLiteral("SELECT i.number, s.open_amount FROM invoice_state s "
                                                  "JOIN invoices i ON i.id = s.invoice_id WHERE s.open_amount > 0 "
                                                  "ORDER BY s.invoice_id"));
        while (q.next())
            open.emplace_back(q.value(0).toString(), q.value(1).toLongLong());
        ASSERT_GT(open.size(), 10u);
        DisputeService disputes(*m_session);
        int n = 0;
        for (std::size_t i = 0; i < open.size(); i += 3, ++n) {
            DisputeInput input;
            input.invoiceNumber = open[i].first;
            input.amount = std::max<MinorUnits>(1, open[i].second / 2);
            input.reason = QStringLiteral("pricing");
            input.openedOn = last.addDays(-10 * (n % 12));
            const auto id = disputes.open(input);
            if (!id)
                continue; // not open on that day
            if (n % 2 == 0) {
                ASSERT_TRUE(disputes.resolve(*id, DisputeResolution::Rejected, input.openedOn.addDays(20)));
            }
        }
    }
    using Row = std::tuple<Id, Id, QString, QDate, MinorUnits, MinorUnits>;
    auto rowsOf = [](const ForecastInputs &inputs) {
        std::vector<Row> rows;
        for (const ForecastOpenItem &i : inputs.openItems)
            rows.emplace_back(i.invoiceId, i.customerId, i.currency, i.dueDate, i.open, i.disputed);
        return rows;
    };
    auto instalmentsOf = [](const ForecastInputs &inputs) {
        std::vector<std::tuple<Id, Id, QString, QDate, MinorUnits>> rows;
        for (const ForecastPlanInstalment &i : inputs.instalments)
            rows.emplace_back(i.planId, i.customerId, i.currency, i.dueDate, i.amount);
        return rows;
    };
    ManagerRepository repository(*m_book);
    std::size_t items = 0;
    std::size_t late = 0;
    std::size_t disputed = 0;
    for (QDate asOf = first.addDays(3); asOf <= last.addDays(40); asOf = asOf.addDays(5)) {
        // As the forecast asks: the date, then the Mondays of 0-9 weeks before it.
        std::vector<QDate> days{asOf};
        const QDate monday = asOf.addDays(1 - asOf.dayOfWeek());
        const int weeks = static_cast<int>(asOf.toJulianDay() % 10);
        for (int k = weeks; k >= 1; --k)
            days.push_back(monday.addDays(-7 * k));
        for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("USD")}) {
            const std::vector<ForecastInputs> together = repository.forecastInputsOn(days, currency);
            ASSERT_EQ(together.size(), days.size());
            for (std::size_t d = 0; d < days.size(); ++d) {
                SCOPED_TRACE(days[d].toString(Qt::ISODate).toStdString() + " " + currency.toStdString());
                const ForecastInputs alone = repository.forecastInputs(days[d], currency);
                EXPECT_EQ(rowsOf(together[d]), rowsOf(alone));
                EXPECT_EQ(together[d].lateness, alone.lateness);
                EXPECT_EQ(instalmentsOf(together[d]), instalmentsOf(alone));
                EXPECT_EQ(together[d].planOfInvoice, alone.planOfInvoice);
                items += alone.openItems.size();
                late += static_cast<std::size_t>(alone.lateness.size());
                for (const ForecastOpenItem &i : alone.openItems)
                    disputed += i.disputed > 0 ? 1 : 0;
            }
            if (HasFailure())
                return;
        }
    }
    EXPECT_GT(items, 500u);
    EXPECT_GT(late, 100u);
    EXPECT_GT(disputed, 20u);
}

// Current AR of an invoice with instalment parts (docs/credit-policy.md "Instalment terms")
// is counted part by part in every grouping: each part by its own due date with what is open
// of it (what is applied fills the earliest part first), as the AR by currency and the aging
// count it; the invoice's own due date does not matter. ann: C1, 1,000.00 issued 1 January
// due 31 January, parts 30/60/90 (333.33 due 31 Jan, 333.33 due 2 Mar, 333.34 due 1 Apr),
// 400.00 paid on 20 February; bob: C2, 500.00 issued 10 February due 12 March, no parts;
// nobody: C3, 600.00 issued 1 February due 1 May (its own terms) in two parts 0:50/30:50
// (300.00 due 1 Feb, 300.00 due 3 Mar).
TEST_F(KpiServiceTest, currentArOfInstalmentInvoicesAgreesByGroupAndByTotal)
{
    addCustomer(QStringLiteral("C1"), QStringLiteral("EUR"), QStringLiteral("retail"), QStringLiteral("A"));
    addCustomer(QStringLiteral("C2"), QStringLiteral("EUR"), QStringLiteral("wholesale"), QStringLiteral("C"));
    addCustomer(QStringLiteral("C3"), QStringLiteral("EUR"), QStringLiteral("retail"), QStringLiteral("C"));
    import(ImportKind::Users, "login,name,role\nann,Ann,collector\nbob,Bob,collector\n");
    import(ImportKind::Portfolios, "customer_code,collector\nC1,ann\nC2,bob\n");
    auto postWithParts = [&](const QString &number, const QString &customer, QDate issue, QDate due,
                             MinorUnits amount, const QString &terms) {
        Invoice i;
        i.number = number;
        i.issueDate = issue;
        i.dueDate = due;
        i.amount = amount;
        const auto parsed = parseInstalmentTerms(terms);
        ASSERT_TRUE(parsed);
        const auto id = m_ledger->postInvoice(i, customer, splitByInstalmentTerms(amount, issue, *parsed));
        ASSERT_TRUE(id) << describe(id.error());
    };
    postWithParts(QStringLiteral("INV-1"), QStringLiteral("C1"), day(2026, 1, 1), day(2026, 1, 31), 100000,
                  QStringLiteral("30/60/90"));
    invoice(QStringLiteral("INV-2"), QStringLiteral("C2"), day(2026, 2, 10), day(2026, 3, 12), 50000);
    postWithParts(QStringLiteral("INV-3"), QStringLiteral("C3"), day(2026, 2, 1), day(2026, 5, 1), 60000,
                  QStringLiteral("0:50/30:50"));
    pay(QStringLiteral("C1"), day(2026, 2, 20), 40000, QStringLiteral("INV-1"));
    if (HasFatalFailure())
        return;

    auto current = [&](QDate asOf, KpiGrouping grouping, std::optional<QString> group) {
        for (const KpiValues &v : compute(asOf, 3, grouping).results)
            if (v.key.group == group)
                return v.figures.endingCurrentAr;
        return MinorUnits{-1};
    };
    // 15 February: C1's parts due 2 Mar and 1 Apr (666.67); C2 (500.00); C3's part due 3 Mar.
    EXPECT_EQ(current(day(2026, 2, 15), KpiGrouping::Collector, QStringLiteral("ann")), 66667);
    EXPECT_EQ(current(day(2026, 2, 15), KpiGrouping::Collector, QStringLiteral("bob")), 50000);
    EXPECT_EQ(current(day(2026, 2, 15), KpiGrouping::Collector, std::nullopt), 30000);
    EXPECT_EQ(current(day(2026, 2, 15), KpiGrouping::Total, std::nullopt), 146667);
    // 20 February, after the payment: C1 open 600.00 = 0 + 266.66 + 333.34, all due later.
    EXPECT_EQ(current(day(2026, 2, 20), KpiGrouping::Collector, QStringLiteral("ann")), 60000);
    // 15 March: only C1's last part (333.34); C2 due 12 March; C3's parts both due (its own
    // due date, 1 May, would have called all of it current).
    EXPECT_EQ(current(day(2026, 3, 15), KpiGrouping::Collector, QStringLiteral("ann")), 33334);
    EXPECT_EQ(current(day(2026, 3, 15), KpiGrouping::Collector, QStringLiteral("bob")), 0);
    EXPECT_EQ(current(day(2026, 3, 15), KpiGrouping::Collector, std::nullopt), 0);
    EXPECT_EQ(current(day(2026, 3, 15), KpiGrouping::Segment, QStringLiteral("retail")), 33334);
    EXPECT_EQ(current(day(2026, 3, 15), KpiGrouping::Total, std::nullopt), 33334);

    // Every day from before the first invoice to after the last part, in every grouping (and
    // with C3 moved to ann after its rows were filed): the lines add up to the total, and a
    // grouping with a single line has the total's percent current.
    auto expectAgreement = [&]() {
        for (QDate asOf = day(2025, 12, 28); asOf <= day(2026, 5, 10); asOf = asOf.addDays(1)) {
            const KpiReport total = compute(asOf, 3, KpiGrouping::Total);
            MinorUnits totalCurrent = 0, totalAr = 0;
            for (const KpiValues &v : total.results) {
                totalCurrent += v.figures.endingCurrentAr;
                totalAr += v.figures.endingAr;
            }
            for (const KpiGrouping grouping : {KpiGrouping::Collector, KpiGrouping::Segment, KpiGrouping::RiskClass}) {
                const KpiReport report = compute(asOf, 3, grouping);
                MinorUnits current = 0, ar = 0;
                for (const KpiValues &v : report.results) {
                    current += v.figures.endingCurrentAr;
                    ar += v.figures.endingAr;
                    EXPECT_GE(v.figures.endingCurrentAr, 0) << asOf.toString(Qt::ISODate).toStdString();
                    EXPECT_LE(v.figures.endingCurrentAr, v.figures.endingAr) << asOf.toString(Qt::ISODate).toStdString();
                }
                EXPECT_EQ(current, totalCurrent) << asOf.toString(Qt::ISODate).toStdString() << " grouping "
                                                 << static_cast<int>(grouping);
                EXPECT_EQ(ar, totalAr) << asOf.toString(Qt::ISODate).toStdString();
            }
            if (HasFailure())
                return;
        }
    };
    expectAgreement();
    (void)m_book->exec(QStringLiteral("UPDATE customers SET collector_id = (SELECT id FROM users WHERE login = 'ann'), "
                                      "segment = 'wholesale' WHERE code = 'C3'"));
    EXPECT_EQ(current(day(2026, 2, 15), KpiGrouping::Collector, QStringLiteral("ann")), 96667);
    EXPECT_EQ(current(day(2026, 2, 15), KpiGrouping::Segment, QStringLiteral("wholesale")), 80000);
    expectAgreement();
}

} // namespace
