// The dashboard's one read of the open invoices (DashboardService::openItemFigures, issue 8,
// docs/performance.md "Manager desk"): the aging stack, the top overdue accounts and the
// accounts moved into the last bucket computed in C++ from one pass must equal what the
// SQL of each figure gives (ManagerRepository::agingByGroup, topOverdue and openBefore, the
// reference kept for this test), and the moved accounts read from the snapshot's last-bucket
// lines must equal those found through the whole snapshot report. On a random book of
// customers with and without collectors and risk classes, two currencies, invoices with and
// without instalment parts, payments, equal amounts (ties in the top overdue), both stack
// groupings, both aging bases, several dates, without and with the month-end snapshot.
// Books come from tests/support/test_book.h, so this runs on PostgreSQL too.

#include "services/aging_snapshot_service.h"
#include "services/book_service.h"
#include "services/dashboard_service.h"
#include "services/import_service.h"
#include "services/ledger_service.h"
#include "storage/aging_repository.h"
#include "storage/collection_repository.h"
#include "storage/manager_repository.h"
#include "support/test_book.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QTemporaryDir>

#include <map>
#include <random>

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

QDate lastDayOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

class DashboardOpenItems : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("open-items.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_session);
    }

    void import(ImportKind kind, const QByteArray &csv)
    {
        const auto report = ImportService(*m_session).importData(kind, QStringLiteral("test.csv"), csv, {});
        ASSERT_TRUE(report) << describe(report.error());
        ASSERT_TRUE(report->problems.empty()) << report->problems.front().reason.toStdString();
    }

    // A random book as of 2026-03-31 (see the file's comment).
    void buildBook()
    {
        std::mt19937 random(20261126);
        auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
        import(ImportKind::Users, "login,name,role\nann,Ann,collector\nbob,Bob,collector\ncy,Cy,collector\n");
        const QStringList risks{QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        const QStringList collectors{QString(), QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cy")};
        QByteArray portfolios = "customer_code,collector\n";
        for (int c = 0; c < 24; ++c) {
            Customer customer;
            customer.code = QStringLiteral("C%1").arg(c, 2, 10, QLatin1Char('0'));
            customer.name = QStringLiteral("Customer %1").arg(c);
            customer.currency = c % 6 == 5 ? QStringLiteral("USD") : QStringLiteral("EUR");
            customer.termsDays = 30;
            customer.riskClass = risks[pick(risks.size())];
            ASSERT_TRUE(m_ledger->addCustomer(customer));
            m_codes << customer.code;
            const QString collector = collectors[pick(collectors.size())];
            if (!collector.isEmpty())
                portfolios += (customer.code + u',' + collector + u'\n').toUtf8();
        }
        import(ImportKind::Portfolios, portfolios);
        int number = 0;
        for (int n = 0; n < 160; ++n) {
            const QString code = m_codes[pick(m_codes.size())];
            Invoice invoice;
            invoice.number = QStringLiteral("I%1").arg(++number);
            invoice.issueDate = QDate(2025, 6, 1).addDays(pick(300));
            invoice.dueDate = invoice.issueDate.addDays(pick(4) * 15);
            invoice.amount = 1000 * (1 + pick(40));
            std::vector<InstalmentPart> parts;
            if (pick(6) == 0) {
                // Three parts a month apart, the invoice's due date the first.
                const MinorUnits third = invoice.amount / 3;
                parts = {{1, invoice.dueDate, third},
                         {2, invoice.dueDate.addMonths(1), third},
                         {3, invoice.dueDate.addMonths(2), invoice.amount - 2 * third}};
            }
            const auto id = m_ledger->postInvoice(invoice, code, std::move(parts));
            ASSERT_TRUE(id) << describe(id.error());
        }
        // The largest overdue amount, equal for four customers made in the reverse order of
        // their codes: ties at the end of a short top list, decided by the code.
        for (int c = 3; c >= 0; --c) {
            Customer customer;
            customer.code = QStringLiteral("T%1").arg(c);
            customer.name = QStringLiteral("Tied %1").arg(c);
            customer.currency = QStringLiteral("EUR");
            customer.termsDays = 30;
            ASSERT_TRUE(m_ledger->addCustomer(customer));
            Invoice invoice;
            invoice.number = QStringLiteral("T%1").arg(c);
            invoice.issueDate = QDate(2025, 5, 1);
            invoice.dueDate = QDate(2025, 5, 31);
            invoice.amount = 977000;
            ASSERT_TRUE(m_ledger->postInvoice(invoice, customer.code));
        }
        // On the edges: due on a date compared (overdue from the next day on), issued on the
        // invoice-date cutoff and due on the due-date cutoff of 2026-03-31 (not in the last
        // bucket yet by either basis).
        {
            Customer customer;
            customer.code = QStringLiteral("E0");
            customer.name = QStringLiteral("Edges");
            customer.currency = QStringLiteral("EUR");
            customer.termsDays = 30;
            ASSERT_TRUE(m_ledger->addCustomer(customer));
            Invoice dueToday;
            dueToday.number = QStringLiteral("E1");
            dueToday.issueDate = QDate(2026, 3, 1);
            dueToday.dueDate = QDate(2026, 3, 31);
            dueToday.amount = 900000;
            ASSERT_TRUE(m_ledger->postInvoice(dueToday, customer.code));
            Invoice onCutoff;
            onCutoff.number = QStringLiteral("E2");
            onCutoff.issueDate = QDate(2025, 12, 1);  // 2026-03-31 less 120 days
            onCutoff.dueDate = QDate(2025, 12, 31);   // 2026-03-31 less 90 days
            onCutoff.amount = 1000;
            ASSERT_TRUE(m_ledger->postInvoice(onCutoff, customer.code));
        }
        for (int n = 0; n < 120; ++n) {
            PaymentInput input;
            input.customerCode = m_codes[pick(m_codes.size())];
            input.receivedDate = QDate(2025, 7, 1).addDays(pick(270));
            input.amount = 500 * (1 + pick(60));
            input.method = QStringLiteral("wire");
            input.reference = QStringLiteral("P%1").arg(n);
            input.apply = PaymentInput::Apply::OldestDueFirst;
            const auto posted = m_ledger->postPayment(input);
            ASSERT_TRUE(posted) << describe(posted.error());
        }
    }

    // The aging stack as the SQL of agingByGroup gives it (the service's code before the one read).
    AgingStack referenceStack(const QString &currency, QDate today, bool byRiskClass, const AgingBuckets &buckets)
    {
        AgingStack stack;
        stack.bucketLabels = buckets.labels();
        std::map<QString, std::vector<MinorUnits>> groups;
        for (const auto &row : ManagerRepository(*m_book).agingByGroup(currency, today, buckets, byRiskClass)) {
            auto &amounts = groups[row.group];
            if (amounts.empty())
                amounts.assign(static_cast<std::size_t>(buckets.bucketCount()), 0);
            amounts[static_cast<std::size_t>(row.bucket)] += row.amount;
        }
        for (auto &[group, amounts] : groups) {
            if (group.isEmpty())
                continue;
            stack.groups << group;
            stack.amounts.push_back(amounts);
        }
        if (const auto none = groups.find(QString()); none != groups.end()) {
            stack.groups << QString();
            stack.amounts.push_back(none->second);
        }
        return stack;
    }

    // The moved accounts as before the one read: the whole snapshot report by customer (or
    // the live aging of the month-end), compared by code with openBefore's rows.
    std::vector<MovedAccount> referenceMoved(const QString &currency, QDate today, AgingBasis basis,
                                             const AgingBuckets &buckets)
    {
        AgingSnapshotService snapshots(*m_session);
        const int last = buckets.bucketCount() - 1;
        const QDate monthEnd = lastDayOfMonth(today.addMonths(-1));
        const auto before = snapshots.snapshotAt(monthEnd);
        EXPECT_TRUE(before);
        AgingReport report;
        if (before && *before) {
            auto read = snapshots.report((*before)->id, AgingGrouping::Customer);
            EXPECT_TRUE(read);
            if (read)
                report = *read;
        } else {
            report = AgingRepository(*m_book).compute(monthEnd, basis, buckets, AgingGrouping::Customer);
        }
        QSet<QString> had;
        for (const CustomerAgingLine &line : report.customers)
            if (line.line.currency == currency && line.line.buckets[static_cast<std::size_t>(last)] != 0)
                had.insert(line.customerCode);
        std::vector<MovedAccount> moved;
        const QDate cutoff = today.addDays(-buckets.edges().back());
        for (const CustomerAmount &c :
             ManagerRepository(*m_book).openBefore(currency, cutoff, basis == AgingBasis::InvoiceDate))
            if (!had.contains(c.code))
                moved.push_back({c.customerId, c.code, c.name, c.collectorLogin, c.amount});
        return moved;
    }

    void expectSameFigures(const QString &context)
    {
        SCOPED_TRACE(context.toStdString());
        DashboardService dashboard(*m_session);
        const auto settings = AgingSnapshotService(*m_session).bookAgingSettings();
        ASSERT_TRUE(settings);
        const auto [basis, buckets] = *settings;
        for (const QDate today : {QDate(2026, 3, 31), QDate(2026, 3, 1), QDate(2026, 1, 15), QDate(2025, 11, 30)})
            for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("USD")})
                for (const bool byRisk : {false, true}) {
                    SCOPED_TRACE(today.toString(Qt::ISODate).toStdString() + " " + currency.toStdString()
                                 + (byRisk ? " by risk class" : " by collector"));
                    const AgingStackBy by = byRisk ? AgingStackBy::RiskClass : AgingStackBy::Collector;
                    for (const int limit : {3, 10}) {
                        const auto figures = dashboard.openItemFigures(currency, today, by, limit);
                        ASSERT_TRUE(figures) << describe(figures.error());
                        const AgingStack stack = referenceStack(currency, today, byRisk, buckets);
                        EXPECT_EQ(figures->aging.bucketLabels, stack.bucketLabels);
                        EXPECT_EQ(figures->aging.groups, stack.groups);
                        EXPECT_EQ(figures->aging.amounts, stack.amounts);
                        const auto top = ManagerRepository(*m_book).topOverdue(currency, today, limit);
                        ASSERT_EQ(figures->topOverdue.size(), top.size());
                        for (std::size_t k = 0; k < top.size(); ++k) {
                            const CustomerAmount &a = figures->topOverdue[k];
                            const CustomerAmount &b = top[k];
                            EXPECT_EQ(std::tie(a.customerId, a.code, a.name, a.collectorLogin, a.amount, a.overdue,
                                               a.oldestDaysPastDue),
                                      std::tie(b.customerId, b.code, b.name, b.collectorLogin, b.amount, b.overdue,
                                               b.oldestDaysPastDue))
                                    << "row " << k;
                        }
                        const auto moved = dashboard.movedIntoLastBucket(*figures);
                        ASSERT_TRUE(moved) << describe(moved.error());
                        const auto expected = referenceMoved(currency, today, basis, buckets);
                        ASSERT_EQ(moved->size(), expected.size());
                        for (std::size_t k = 0; k < expected.size(); ++k) {
                            const MovedAccount &a = (*moved)[k];
                            const MovedAccount &b = expected[k];
                            EXPECT_EQ(std::tie(a.customerId, a.code, a.name, a.collectorLogin, a.lastBucketNow),
                                      std::tie(b.customerId, b.code, b.name, b.collectorLogin, b.lastBucketNow))
                                    << "row " << k;
                        }
                        // The calls of one figure each give the same.
                        const auto alone = dashboard.agingStack(currency, today, by);
                        ASSERT_TRUE(alone);
                        EXPECT_EQ(alone->amounts, stack.amounts);
                        const auto topAlone = dashboard.topOverdue(currency, today, limit);
                        ASSERT_TRUE(topAlone);
                        EXPECT_EQ(topAlone->size(), top.size());
                        const auto movedAlone = dashboard.movedIntoLastBucket(currency, today);
                        ASSERT_TRUE(movedAlone);
                        EXPECT_EQ(movedAlone->size(), expected.size());
                        m_compared += stack.groups.size() + top.size() + expected.size();
                        m_moved += expected.size();
                        m_ties += limit == 3 && top.size() == 3 && top[1].overdue == top[2].overdue ? 1 : 0;
                    }
                }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
    QStringList m_codes;
    std::size_t m_compared = 0;
    std::size_t m_moved = 0;
    std::size_t m_ties = 0;
};

TEST_F(DashboardOpenItems, oneReadOfTheOpenInvoicesEqualsTheSqlOfEachFigure)
{
    buildBook();
    if (HasFatalFailure())
        return;
    // Without month-end snapshots (the live aging of the month-end), then with them.
    expectSameFigures(QStringLiteral("due date, no snapshot"));
    for (const QDate monthEnd : {QDate(2026, 2, 28), QDate(2026, 1, 31), QDate(2025, 12, 31), QDate(2025, 10, 31)})
        ASSERT_TRUE(AgingSnapshotService(*m_session).take(monthEnd));
    expectSameFigures(QStringLiteral("due date, snapshots"));
    // By invoice date with other edges: no snapshot of those settings, then taken.
    CollectionRepository(*m_book).setSetting(QStringLiteral("aging.basis"), QStringLiteral("invoice"), m_session->stamp());
    CollectionRepository(*m_book).setSetting(QStringLiteral("aging.edges"), QStringLiteral("45,120"), m_session->stamp());
    expectSameFigures(QStringLiteral("invoice date, no snapshot"));
    for (const QDate monthEnd : {QDate(2026, 2, 28), QDate(2026, 1, 31), QDate(2025, 12, 31), QDate(2025, 10, 31)})
        ASSERT_TRUE(AgingSnapshotService(*m_session).take(monthEnd));
    expectSameFigures(QStringLiteral("invoice date, snapshots"));
    // Not vacuous: groups, top rows and moved accounts were compared, with ties in the top.
    EXPECT_GT(m_compared, 500u);
    EXPECT_GT(m_moved, 20u);
    EXPECT_GT(m_ties, 0u);
}

} // namespace
