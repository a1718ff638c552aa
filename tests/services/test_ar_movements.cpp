// The maintained AR movement aggregate (src/storage/ar_movements.h, docs/performance.md
// "Aging"): on randomized small books (invoices, payments applied oldest-first and by hand,
// credit notes, write-offs and recoveries, reversals of allocations, payments and credit
// notes, all with dates out of order), aging totals summed from the aggregate equal the
// detailed computation from the open items and the allocations to the cent, as of dates
// before, between and after the postings; the KPI figures by currency (AR from the
// aggregate) equal those summed over the collectors (AR from the detailed reading); the
// verifier finds the aggregate equal to the ledger; and the migration's backfill rebuilds
// exactly the rows the postings kept.

#include "services/book_service.h"
#include "services/ledger_service.h"
#include "services/service_support.h"
#include "storage/aging_repository.h"
#include "storage/ar_movements.h"
#include "storage/kpi_movements.h"
#include "storage/kpi_repository.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_verifier.h"
#include "storage/manager_repository.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <random>

#include "support/test_book.h"

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

std::string describe(const AgingReport &r)
{
    std::string text;
    for (const AgingLine &l : r.currencies) {
        text += l.currency.toStdString() + ":";
        for (const MinorUnits b : l.buckets) {
            text += ' ';
            text += std::to_string(b);
        }
        text += " disputed " + std::to_string(l.disputed) + " cash " + std::to_string(l.unappliedCash) +
                " credits " + std::to_string(l.unappliedCredits) + "\n";
    }
    return text;
}

bool sameReport(const AgingReport &a, const AgingReport &b)
{
    if (a.currencies.size() != b.currencies.size())
        return false;
    for (std::size_t i = 0; i < a.currencies.size(); ++i) {
        const AgingLine &x = a.currencies[i];
        const AgingLine &y = b.currencies[i];
        if (x.currency != y.currency || x.buckets != y.buckets || x.disputed != y.disputed ||
            x.unappliedCash != y.unappliedCash || x.unappliedCredits != y.unappliedCredits)
            return false;
    }
    return true;
}

class ArMovements : public ::testing::TestWithParam<unsigned> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("movements.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_session);
    }

    // Aggregate == detailed for every date of the window and several bucket edge sets.
    void expectAggregateEqualsDetailed(QDate from, QDate to)
    {
        AgingRepository aging(*m_book);
        const std::vector<std::vector<int>> edgeSets{{30, 60, 90}, {1, 2}, {15, 45, 90, 120}, {7}};
        int n = 0;
        for (QDate d = from; d <= to; d = d.addDays(1), ++n) {
            const auto buckets = AgingBuckets::fromEdges(edgeSets[n % edgeSets.size()]).value();
            const AgingReport fast = aging.compute(d, AgingBasis::DueDate, buckets, AgingGrouping::Total);
            const AgingReport detailed = aging.computeDetailed(d, AgingBasis::DueDate, buckets, AgingGrouping::Total);
            ASSERT_TRUE(sameReport(fast, detailed))
                << "as of " << d.toString(Qt::ISODate).toStdString() << "\naggregate:\n"
                << describe(fast) << "detailed:\n"
                << describe(detailed);
        }
    }

    // The KPI figures by currency (Total: AR from the aggregate) equal the sums of the
    // figures by collector (AR from the open items and the later allocations).
    void expectKpiArEqualsDetailed(QDate from, QDate to)
    {
        KpiRepository kpi(*m_book);
        int n = 0;
        for (QDate d = from; d <= to; d = d.addDays(7), ++n) {
            const int months = 1 + n % 3;
            const KpiRawData total = kpi.read(d, months, KpiGrouping::Total, 3);
            const KpiRawData byCollector = kpi.read(d, months, KpiGrouping::Collector, 3);
            std::map<QString, std::array<MinorUnits, 5>> expected;
            std::map<QString, std::array<MinorUnits, 5>> actual;
            for (const KpiRawFigures &f : byCollector.figures) {
                auto &e = expected[f.key.currency];
                e[0] += f.endingAr;
                e[1] += f.endingCurrentAr;
                e[2] += f.beginningAr;
                e[3] += f.creditSales;
                e[4] += f.appliedInPeriod;
            }
            for (const KpiRawFigures &f : total.figures)
                actual[f.key.currency] = {f.endingAr, f.endingCurrentAr, f.beginningAr, f.creditSales,
                                          f.appliedInPeriod};
            ASSERT_EQ(actual, expected) << "KPI as of " << d.toString(Qt::ISODate).toStdString() << " for "
                                        << months << " month(s)";
            // The rest of the figures by currency come from the KPI movement aggregate
            // (kpi_movements.h); by collector from the same per group (kpi_group_movements).
            // The same lines are listed, with the same written-off and paid sums (to the cent,
            // and amount x days exactly, so the average days to pay agrees to any precision)
            // and the same monthly sales.
            using Rest = std::tuple<MinorUnits, MinorUnits, qint64, std::map<QDate, MinorUnits>>;
            std::map<QString, Rest> expectedRest;
            std::map<QString, Rest> actualRest;
            for (const KpiRawFigures &f : byCollector.figures) {
                auto &[writtenOff, paid, paidDays, monthly] = expectedRest[f.key.currency];
                writtenOff += f.writtenOff;
                paid += f.paidAmount;
                paidDays += f.paidAmountDays;
                for (const MonthlySales &m : f.monthlySales)
                    monthly[m.month] += m.amount;
            }
            for (const KpiRawFigures &f : total.figures) {
                auto &[writtenOff, paid, paidDays, monthly] = actualRest[f.key.currency];
                writtenOff = f.writtenOff;
                paid = f.paidAmount;
                paidDays = f.paidAmountDays;
                for (const MonthlySales &m : f.monthlySales)
                    monthly[m.month] += m.amount;
                EXPECT_TRUE(f.paid.empty());
            }
            for (auto &[currency, rest] : expectedRest)
                std::erase_if(std::get<3>(rest), [](const auto &entry) { return entry.second == 0; });
            ASSERT_EQ(actualRest, expectedRest) << "KPI as of " << d.toString(Qt::ISODate).toStdString() << " for "
                                                << months << " month(s)";
        }
    }

    // The month-end snapshot catch-up's one-pass computation of several dates
    // (AgingRepository::computeMonthEnds) gives, for every date, the snapshot lines the
    // detailed aging by customer gives (what each snapshot was taken from before), for both
    // bases and several bucket edge sets.
    void expectMonthEndsEqualDetailed(const std::vector<QDate> &dates)
    {
        AgingRepository aging(*m_book);
        QHash<QString, Id> idOfCode;
        QSqlQuery c = m_book->exec(QStringLiteral("SELECT id, code FROM customers"));
        while (c.next())
            idOfCode.insert(c.value(1).toString(), c.value(0).toLongLong());
        using Line = std::tuple<Id, QString, int, MinorUnits>;
        auto sorted = [](std::vector<Line> lines) {
            std::sort(lines.begin(), lines.end());
            return lines;
        };
        const std::vector<std::vector<int>> edgeSets{{30, 60, 90}, {1, 2}, {15, 45, 90, 120}};
        int n = 0;
        for (const AgingBasis basis : {AgingBasis::DueDate, AgingBasis::InvoiceDate}) {
            for (const auto &edges : edgeSets) {
                const auto buckets = AgingBuckets::fromEdges(edges).value();
                const MonthEndAging all = aging.computeMonthEnds(dates, basis, buckets);
                ASSERT_EQ(all.dates().size(), dates.size());
                for (std::size_t k = 0; k < dates.size(); ++k, ++n) {
                    const QDate d = all.dates()[k];
                    std::vector<Line> expected;
                    const AgingReport detailed = aging.computeDetailed(d, basis, buckets, AgingGrouping::Customer);
                    auto add = [&](Id customer, const AgingLine &line) {
                        for (int b = 0; b < static_cast<int>(line.buckets.size()); ++b)
                            if (line.buckets[b] != 0)
                                expected.emplace_back(customer, line.currency, b, line.buckets[b]);
                        if (line.unappliedCash != 0)
                            expected.emplace_back(customer, line.currency, kSnapshotUnappliedCash, line.unappliedCash);
                        if (line.unappliedCredits != 0)
                            expected.emplace_back(customer, line.currency, kSnapshotUnappliedCredits,
                                                  line.unappliedCredits);
                        if (line.disputed != 0)
                            expected.emplace_back(customer, line.currency, kSnapshotDisputed, line.disputed);
                    };
                    for (const AgingLine &line : detailed.currencies)
                        add(0, line);
                    for (const CustomerAgingLine &line : detailed.customers)
                        add(idOfCode.value(line.customerCode), line.line);
                    std::vector<Line> actual;
                    for (const SnapshotLine &l : all.lines(k))
                        actual.emplace_back(l.customerId, l.currency, l.bucket, l.amount);
                    ASSERT_EQ(sorted(actual), sorted(expected))
                        << "month-end " << d.toString(Qt::ISODate).toStdString() << " basis "
                        << static_cast<int>(basis) << " edges " << edges.size();
                }
            }
        }
        EXPECT_GT(n, 0);
    }

    void expectVerified()
    {
        const VerifyReport report = LedgerVerifier(*m_book).run();
        EXPECT_TRUE(report.ok) << report.firstProblem.toStdString() << " (" << report.problems << " problem(s))";
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
};

} // namespace

TEST_P(ArMovements, aggregateAgingEqualsTheDetailedComputationOnRandomBooks)
{
    const unsigned seed = GetParam();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto chance = [&](int percent) { return uniform(1, 100) <= percent; };

    const QStringList codes{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("S1")};
    for (const QString &code : codes) {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = code.startsWith(u'E') ? QStringLiteral("EUR") : QStringLiteral("SEK");
        c.termsDays = 30;
        ASSERT_TRUE(m_ledger->addCustomer(c));
    }
    const QDate start(2026, 1, 1);
    auto someDate = [&] { return start.addDays(uniform(0, 150)); };
    auto someCode = [&] { return codes[uniform(0, static_cast<int>(codes.size()) - 1)]; };
    auto ids = [&](const QString &sql) {
        std::vector<Id> result;
        QSqlQuery q = m_book->exec(sql);
        while (q.next())
            result.push_back(q.value(0).toLongLong());
        // By id: without ORDER BY the rows come in whatever order the plan reads them (an
        // index on the filtered column changes it), and the seed's sequence with them.
        std::sort(result.begin(), result.end());
        return result;
    };
    auto openInvoicesOf = [&](const QString &code) {
        return ids(QStringLiteral("SELECT s.invoice_id FROM invoice_state s JOIN customers c ON c.id = s.customer_id "
                                  "WHERE c.code = '%1' AND s.open_amount > 0")
                       .arg(code));
    };
    auto pick = [&](const std::vector<Id> &from) -> std::optional<Id> {
        if (from.empty())
            return std::nullopt;
        return from[uniform(0, static_cast<int>(from.size()) - 1)];
    };

    int invoices = 0;
    int notes = 0;
    int payments = 0;
    for (int step = 0; step < 160; ++step) {
        const int what = uniform(1, 100);
        if (what <= 30) {
            Invoice i;
            i.number = QStringLiteral("I%1").arg(++invoices);
            i.issueDate = someDate();
            i.dueDate = i.issueDate.addDays(uniform(0, 60));
            i.amount = uniform(1, 100000);
            (void)m_ledger->postInvoice(i, someCode());
        } else if (what <= 55) {
            PaymentInput p;
            p.customerCode = someCode();
            p.receivedDate = someDate();
            p.amount = uniform(1, 120000);
            p.reference = QStringLiteral("P%1").arg(++payments);
            p.method = QStringLiteral("wire");
            p.apply = chance(70) ? PaymentInput::Apply::OldestDueFirst : PaymentInput::Apply::None;
            (void)m_ledger->postPayment(p);
        } else if (what <= 63) {
            CreditNote n;
            n.number = QStringLiteral("CN%1").arg(++notes);
            n.issueDate = someDate();
            n.amount = uniform(1, 30000);
            n.reason = QStringLiteral("price");
            const QString code = someCode();
            (void)m_ledger->postCreditNote(n, code, chance(60) ? pick(openInvoicesOf(code)) : std::nullopt);
        } else if (what <= 72) {
            // Unapplied cash or credit applied by hand to an open invoice.
            const bool cash = chance(60);
            const auto source = pick(ids(cash ? QStringLiteral("SELECT payment_id FROM payment_state WHERE unapplied > 0")
                                              : QStringLiteral("SELECT credit_note_id FROM credit_note_state "
                                                               "WHERE unapplied > 0")));
            std::optional<Id> invoice;
            if (source)
                invoice = pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0 AND "
                                                  "customer_id = (SELECT customer_id FROM %1 WHERE %2 = %3)")
                                       .arg(cash ? QStringLiteral("payment_state") : QStringLiteral("credit_note_state"),
                                            cash ? QStringLiteral("payment_id") : QStringLiteral("credit_note_id"))
                                       .arg(*source)));
            if (source && invoice)
                (void)m_ledger->allocate(cash ? AllocationSource::Payment : AllocationSource::CreditNote, *source,
                                         *invoice, uniform(1, 50000), someDate());
        } else if (what <= 80) {
            if (const auto a = pick(ids(QStringLiteral("SELECT id FROM allocations WHERE amount > 0 AND "
                                                       "write_off_id IS NULL"))))
                (void)m_ledger->reverseAllocation(*a, someDate(), QStringLiteral("mistake"));
        } else if (what <= 86) {
            if (const auto p = pick(ids(QStringLiteral("SELECT id FROM payments"))))
                (void)m_ledger->reversePayment(*p, someDate(), QStringLiteral("bounced"));
        } else if (what <= 90) {
            if (const auto n = pick(ids(QStringLiteral("SELECT id FROM credit_notes"))))
                (void)m_ledger->reverseCreditNote(*n, someDate(), QStringLiteral("issued by mistake"));
        } else if (what <= 96) {
            // An approved write-off (the approval workflow's own call) of part of an open invoice.
            if (const auto invoice =
                    pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0")))) {
                const QDate date = someDate();
                (void)inTransaction(*m_book, [&]() -> Result<Id> {
                    LedgerRepository repo(*m_book);
                    const MinorUnits open = repo.invoiceAvailableFrom(*invoice, date);
                    if (open <= 0)
                        return std::unexpected(Error::invalid(QStringLiteral("nothing open")));
                    return m_ledger->postApprovedWriteOff(repo, *invoice, uniform(1, static_cast<int>(open)), date,
                                                          QStringLiteral("bad debt"), std::nullopt, std::nullopt);
                });
            }
        } else {
            // A recovery: a payment on a written-off invoice.
            const auto invoice = pick(ids(QStringLiteral("SELECT DISTINCT invoice_id FROM write_offs")));
            const auto payment = pick(ids(QStringLiteral("SELECT payment_id FROM payment_state WHERE unapplied > 0")));
            if (invoice && payment) {
                const QDate date = someDate();
                (void)inTransaction(*m_book, [&]() -> Result<MinorUnits> {
                    LedgerRepository repo(*m_book);
                    return m_ledger->recoverWriteOff(repo, *invoice, *payment, date);
                });
            }
        }
        if (step % 40 == 39) {
            SCOPED_TRACE("after step " + std::to_string(step));
            expectAggregateEqualsDetailed(start.addDays(-3), start.addDays(230));
            expectKpiArEqualsDetailed(start.addDays(-10), start.addDays(230));
            expectVerified();
            // Month-ends before, between and after the postings (start is 1 January).
            expectMonthEndsEqualDetailed({QDate(2025, 12, 31), QDate(2026, 1, 31), QDate(2026, 2, 28),
                                          QDate(2026, 3, 31), QDate(2026, 4, 30), QDate(2026, 5, 31),
                                          QDate(2026, 6, 30), QDate(2026, 9, 30)});
            if (HasFailure())
                return;
        }
    }
    // Disputes, open and resolved, some over more than an invoice's open amount; then the
    // month-ends again.
    {
        QSqlQuery invoicesQuery = m_book->exec(QStringLiteral("SELECT invoice_id, customer_id, amount FROM invoice_state"));
        std::vector<std::tuple<Id, Id, MinorUnits>> all;
        while (invoicesQuery.next())
            all.emplace_back(invoicesQuery.value(0).toLongLong(), invoicesQuery.value(1).toLongLong(),
                             invoicesQuery.value(2).toLongLong());
        invoicesQuery.finish();
        ASSERT_FALSE(all.empty());
        for (int d = 0; d < 25; ++d) {
            const auto &[invoice, customer, amount] = all[uniform(0, static_cast<int>(all.size()) - 1)];
            const QDate opened = someDate();
            QSqlQuery insert = m_book->prepare(QStringLiteral(
                "INSERT INTO disputes (invoice_id, customer_id, amount, reason, opened_date, status, resolved_date, created_at) "
                "VALUES (?, ?, ?, 'test', ?, ?, ?, '2026-01-01T00:00:00Z')"));
            const bool resolved = chance(40);
            insert.addBindValue(QVariant::fromValue<qint64>(invoice));
            insert.addBindValue(QVariant::fromValue<qint64>(customer));
            insert.addBindValue(QVariant::fromValue<qint64>(chance(30) ? amount + 5 : uniform(1, static_cast<int>(amount))));
            insert.addBindValue(dayValue(opened));
            insert.addBindValue(resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
            insert.addBindValue(resolved ? dayValue(opened.addDays(uniform(0, 60))) : QVariant(QMetaType(QMetaType::LongLong)));
            Book::exec(insert);
        }
        expectMonthEndsEqualDetailed({QDate(2025, 12, 31), QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31),
                                      QDate(2026, 4, 30), QDate(2026, 5, 31), QDate(2026, 6, 30), QDate(2026, 9, 30)});
        ASSERT_FALSE(HasFailure());
        QSqlQuery check = m_book->exec(QStringLiteral("SELECT COUNT(*) FROM disputes"));
        ASSERT_TRUE(check.next());
        EXPECT_GT(check.value(0).toLongLong(), 0);
    }
    // The sequence exercised every kind of movement.
    for (const char *sql : {"SELECT COUNT(*) FROM allocations WHERE reverses_id IS NOT NULL",
                            "SELECT COUNT(*) FROM payment_state WHERE reversed_date IS NOT NULL",
                            "SELECT COUNT(*) FROM credit_note_state WHERE reversed_date IS NOT NULL",
                            "SELECT COUNT(*) FROM write_offs", "SELECT COUNT(*) FROM allocations WHERE credit_note_id "
                                                               "IS NOT NULL"}) {
        QSqlQuery q = m_book->exec(QString::fromLatin1(sql));
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toLongLong(), 0) << sql;
    }

    // The migration's backfill rebuilds exactly what the postings kept.
    const auto days = storedMovements(*m_book, 0);
    const auto blocks = storedMovements(*m_book, 1);
    ASSERT_FALSE(days.empty());
    (void)m_book->exec(QStringLiteral("DELETE FROM ar_movements"));
    for (const QString &statement : arMovementsBackfill())
        (void)m_book->exec(statement);
    EXPECT_EQ(storedMovements(*m_book, 0), days);
    EXPECT_EQ(storedMovements(*m_book, 1), blocks);
    // The same for the KPI movement aggregate (kpi_movements.h); every kind was kept.
    const KpiMovementMap kpiRows = storedKpiMovements(*m_book);
    for (const KpiMovementKind kind : {KpiMovementKind::Sales, KpiMovementKind::Applied, KpiMovementKind::WrittenOff,
                                       KpiMovementKind::Paid, KpiMovementKind::PaidReversed})
        EXPECT_TRUE(std::any_of(kpiRows.begin(), kpiRows.end(),
                                [&](const auto &row) { return std::get<0>(row.first) == static_cast<int>(kind); }))
            << "kind " << static_cast<int>(kind);
    (void)m_book->exec(QStringLiteral("DELETE FROM kpi_movements"));
    (void)m_book->exec(kpiMovementsSchema().at(1));
    EXPECT_EQ(storedKpiMovements(*m_book), kpiRows);
    // And for the same per collector, segment and risk class (kpi_group_movements), every
    // kind and dimension kept.
    const KpiGroupMovementMap groupRows = storedKpiGroupMovements(*m_book);
    for (int kind = 0; kind <= static_cast<int>(KpiMovementKind::AppliedByDue); ++kind)
        for (int dimension = kKpiGroupingCollector; dimension <= kKpiGroupingRiskClass; ++dimension)
            EXPECT_TRUE(std::any_of(groupRows.begin(), groupRows.end(), [&](const auto &row) {
                return std::get<0>(row.first) == dimension && std::get<1>(row.first) == kind;
            })) << "kind " << kind << " dimension " << dimension;
    (void)m_book->exec(QStringLiteral("DELETE FROM kpi_group_movements"));
    (void)m_book->exec(kpiGroupMovementsSchema().at(3));
    EXPECT_EQ(storedKpiGroupMovements(*m_book), groupRows);
    expectVerified();
}

INSTANTIATE_TEST_SUITE_P(Seeds, ArMovements, ::testing::Values(1u, 2u, 3u));

// A changed aggregate row is found by the verifier.
TEST_P(ArMovements, theVerifierFindsAnAggregateThatDiffersFromTheLedger)
{
    Customer c;
    c.code = QStringLiteral("E1");
    c.name = QStringLiteral("Customer E1");
    c.currency = QStringLiteral("EUR");
    c.termsDays = 30;
    ASSERT_TRUE(m_ledger->addCustomer(c));
    Invoice i;
    i.number = QStringLiteral("I1");
    i.issueDate = QDate(2026, 3, 1);
    i.dueDate = QDate(2026, 3, 31);
    i.amount = 10000;
    ASSERT_TRUE(m_ledger->postInvoice(i, c.code));
    expectVerified();
    (void)m_book->exec(QStringLiteral("UPDATE ar_movements SET amount = amount + 1 WHERE grain = 1"));
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("ar_movements"));
}

// A changed KPI movement row (kpi_movements.h) is found by the verifier too.
TEST_P(ArMovements, theVerifierFindsAKpiMovementThatDiffersFromTheLedger)
{
    Customer c;
    c.code = QStringLiteral("E1");
    c.name = QStringLiteral("Customer E1");
    c.currency = QStringLiteral("EUR");
    c.termsDays = 30;
    ASSERT_TRUE(m_ledger->addCustomer(c));
    Invoice i;
    i.number = QStringLiteral("I1");
    i.issueDate = QDate(2026, 3, 1);
    i.dueDate = QDate(2026, 3, 31);
    i.amount = 10000;
    ASSERT_TRUE(m_ledger->postInvoice(i, c.code));
    PaymentInput p;
    p.customerCode = c.code;
    p.receivedDate = QDate(2026, 3, 20);
    p.amount = 4000;
    p.reference = QStringLiteral("P1");
    p.method = QStringLiteral("wire");
    p.apply = PaymentInput::Apply::OldestDueFirst;
    ASSERT_TRUE(m_ledger->postPayment(p));
    expectVerified();
    // Paid: 4,000 on 20 March, 19 days after the invoice.
    QSqlQuery q = m_book->exec(QStringLiteral("SELECT amount, amount_days, entries FROM kpi_movements WHERE kind = 3"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 4000);
    EXPECT_EQ(q.value(1).toLongLong(), 4000 * 19);
    EXPECT_EQ(q.value(2).toLongLong(), 1);
    (void)m_book->exec(QStringLiteral("UPDATE kpi_movements SET amount_days = amount_days + 1 WHERE kind = 3"));
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("kpi_movements"));
}

// The per-group KPI aggregate (kpi_group_movements): what one invoice and one payment before
// its due date file, and a changed row or a missing customer line found by the verifier.
TEST_P(ArMovements, theVerifierFindsAKpiGroupMovementThatDiffersFromTheLedger)
{
    Customer c;
    c.code = QStringLiteral("E1");
    c.name = QStringLiteral("Customer E1");
    c.currency = QStringLiteral("EUR");
    c.termsDays = 30;
    c.segment = QStringLiteral("retail");
    ASSERT_TRUE(m_ledger->addCustomer(c));
    Invoice i;
    i.number = QStringLiteral("I1");
    i.issueDate = QDate(2026, 3, 1);
    i.dueDate = QDate(2026, 3, 31);
    i.amount = 10000;
    ASSERT_TRUE(m_ledger->postInvoice(i, c.code));
    PaymentInput p;
    p.customerCode = c.code;
    p.receivedDate = QDate(2026, 3, 20);
    p.amount = 4000;
    p.reference = QStringLiteral("P1");
    p.method = QStringLiteral("wire");
    p.apply = PaymentInput::Apply::OldestDueFirst;
    ASSERT_TRUE(m_ledger->postPayment(p));
    expectVerified();
    // Segment "retail": the invoice by due and issue day (kind 5), the payment by due and
    // allocation day (kind 6, dated before the due day).
    QSqlQuery q = m_book->exec(QStringLiteral(
            "SELECT kind, day, until_day, amount FROM kpi_group_movements WHERE dimension = 2 AND group_key = 'retail' "
            "AND kind IN (5, 6) ORDER BY kind"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toLongLong(), QDate(2026, 3, 31).toJulianDay());
    EXPECT_EQ(q.value(2).toLongLong(), QDate(2026, 3, 1).toJulianDay());
    EXPECT_EQ(q.value(3).toLongLong(), 10000);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toLongLong(), QDate(2026, 3, 31).toJulianDay());
    EXPECT_EQ(q.value(2).toLongLong(), QDate(2026, 3, 20).toJulianDay());
    EXPECT_EQ(q.value(3).toLongLong(), 4000);
    q.finish();
    (void)m_book->exec(QStringLiteral("UPDATE kpi_group_movements SET amount = amount + 1 WHERE kind = 6 "
                                      "AND dimension = 3"));
    VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("kpi_group_movements"));
    (void)m_book->exec(QStringLiteral("UPDATE kpi_group_movements SET amount = amount - 1 WHERE kind = 6 "
                                      "AND dimension = 3"));
    expectVerified();
    (void)m_book->exec(QStringLiteral("DELETE FROM kpi_customer_groups"));
    report = LedgerVerifier(*m_book).run();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstProblemTable, QStringLiteral("kpi_customer_groups"));
}
