// The aging detail of a generated book, against an independent build of the same report: each
// customer's aging read alone (AgingRepository with that customer's id), the rows sorted by
// customer and currency, the summary's counts and "moved into 91+" worked out here from the
// two dates' lines. The report's rows (stored compactly, ReportRows), its pages (ReportPages,
// page by page) and its PDF's page count must equal the independent build's, at several dates
// (docs/performance.md, issue 8 session 10: the aging detail builds and holds less).

#include "document_fixture.h"

#include "documents/report_pages.h"
#include "documents/report_writers.h"
#include "services/demo_generator.h"
#include "services/report_service.h"
#include "storage/aging_repository.h"

#include "support/test_book.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <map>

using namespace ardesk;
using namespace ardesk::testing;

namespace {

struct Line
{
    QString code;
    QString name;
    AgingLine line;
};

class AgingDetailReport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto book = BookService::create(test::freshBookLocation(*s_dir, QStringLiteral("demo.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        s_book = book->release();
        auto session = BookService::localSession(*s_book);
        ASSERT_TRUE(session) << describe(session.error());
        s_session = session->release();
        DemoOptions options;
        options.customers = 120;
        options.seed = 11;
        options.today = QDate(2026, 6, 30);
        const auto summary = DemoGenerator(*s_session).generate(options);
        ASSERT_TRUE(summary) << describe(summary.error());
    }
    static void TearDownTestSuite()
    {
        delete s_session;
        delete s_book;
        delete s_dir;
        s_session = nullptr;
        s_book = nullptr;
        s_dir = nullptr;
    }
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    // Every customer's lines, each customer read alone, sorted as the report sorts them.
    static std::vector<Line> linesOneByOne(QDate asOf)
    {
        std::vector<Line> lines;
        AgingRepository aging(*s_book);
        struct Customer
        {
            Id id;
            QString code;
            QString name;
        };
        std::vector<Customer> customers;
        {
            QSqlQuery q = s_book->exec(QStringLiteral("SELECT id, code, name FROM customers"));
            while (q.next())
                customers.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        }
        for (const Customer &customer : customers) {
            const AgingReport one = aging.computeDetailed(asOf, AgingBasis::DueDate, AgingBuckets(),
                                                          AgingGrouping::Customer, customer.id);
            for (const CustomerAgingLine &line : one.customers) {
                EXPECT_EQ(line.customerCode, customer.code);
                lines.push_back({customer.code, customer.name, line.line});
            }
        }
        std::ranges::sort(lines, [](const Line &a, const Line &b) {
            return a.code != b.code ? a.code < b.code : a.line.currency < b.line.currency;
        });
        return lines;
    }

    static QTemporaryDir *s_dir;
    static Book *s_book;
    static Session *s_session;
};

QTemporaryDir *AgingDetailReport::s_dir = nullptr;
Book *AgingDetailReport::s_book = nullptr;
Session *AgingDetailReport::s_session = nullptr;

} // namespace

TEST_F(AgingDetailReport, rowsPagesAndSummaryEqualAnIndependentBuild)
{
    for (const QDate asOf : {QDate(2026, 6, 30), QDate(2026, 4, 15), QDate(2025, 12, 31)}) {
        SCOPED_TRACE(asOf.toString(Qt::ISODate).toStdString());
        const auto built = ReportService(*s_session).build({QStringLiteral("aging-detail"), asOf, {}});
        ASSERT_TRUE(built) << describe(built.error());
        const Report &report = *built;
        ASSERT_EQ(report.tables.size(), 1u);
        const ReportTable &table = report.tables.front();

        // The rows.
        const std::vector<Line> now = linesOneByOne(asOf);
        ASSERT_GT(now.size(), 20u);
        ASSERT_EQ(table.rows.size(), now.size());
        ReportTable expected{table.key, table.title, table.columns, {}, {}};
        for (const Line &line : now) {
            const QString &currency = line.line.currency;
            std::vector<ReportValue> row{line.code, line.name, currency};
            for (const MinorUnits amount : line.line.buckets)
                row.emplace_back(Money(amount, currency));
            row.emplace_back(Money(line.line.total(), currency));
            row.emplace_back(Money(line.line.disputed, currency));
            row.emplace_back(Money(line.line.unappliedCash + line.line.unappliedCredits, currency));
            row.emplace_back(Money(line.line.balance(), currency));
            expected.rows.push_back(row);
        }
        for (std::size_t r = 0; r < now.size(); ++r)
            ASSERT_TRUE(table.rows[r] == expected.rows[r]) << r << " " << now[r].code.toStdString();

        // The summary: customers with open items on both dates, who moved into 91+.
        const QDate before = asOf.day() == asOf.daysInMonth()
                ? QDate(asOf.addMonths(-1).year(), asOf.addMonths(-1).month(), asOf.addMonths(-1).daysInMonth())
                : asOf.addMonths(-1);
        std::map<std::pair<QString, QString>, MinorUnits> oldestThen;
        int withOpenThen = 0;
        for (const Line &line : linesOneByOne(before)) {
            oldestThen[{line.code, line.line.currency}] = line.line.buckets.back();
            withOpenThen += line.line.total() != 0 ? 1 : 0;
        }
        int withOpen = 0;
        QStringList moved;
        for (const Line &line : now) {
            withOpen += line.line.total() != 0 ? 1 : 0;
            if (line.line.buckets.back() > 0 && oldestThen[{line.code, line.line.currency}] == 0)
                moved << line.code;
        }
        const QLocale locale;
        const QString summary = report.summary.join(u'\n');
        EXPECT_TRUE(summary.startsWith(QStringLiteral("%1 customer(s) had open items on %2")
                                               .arg(withOpen)
                                               .arg(locale.toString(asOf, QLocale::ShortFormat))))
                << summary.toStdString();
        if (withOpen != withOpenThen) {
            EXPECT_TRUE(summary.contains(QStringLiteral("from %1 on %2")
                                                 .arg(withOpenThen)
                                                 .arg(locale.toString(before, QLocale::ShortFormat))))
                    << summary.toStdString();
        }
        EXPECT_TRUE(summary.contains(moved.isEmpty() ? QStringLiteral("No customer moved into 91+ since %1.")
                                                               .arg(locale.toString(before, QLocale::ShortFormat))
                                                     : QStringLiteral("Moved into 91+ since %1: %2.")
                                                               .arg(locale.toString(before, QLocale::ShortFormat),
                                                                    moved.join(QStringLiteral(", ")))))
                << summary.toStdString();

        // The pages: the same report with the independently built rows lays out the same
        // pages, page by page; and the PDF has as many.
        Report independent;
        independent.name = report.name;
        independent.title = report.title;
        independent.subtitle = report.subtitle;
        independent.asOf = report.asOf;
        independent.summary = report.summary;
        independent.tables.push_back(expected);
        const auto pages = documents::reportPages(report);
        const auto expectedPages = documents::reportPages(independent);
        ASSERT_GE(pages->pageCount(), 2);
        ASSERT_EQ(pages->pageCount(), expectedPages->pageCount());
        for (int page = 0; page < pages->pageCount(); ++page)
            EXPECT_EQ(pages->pageText(page), expectedPages->pageText(page)) << page;
        EXPECT_EQ(pdfText(documents::reportPdf(report)).count(u'\f'), pages->pageCount());
    }
}
