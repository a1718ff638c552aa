// The management reports (issue 7): ReportService's figures and written summary on the
// hand-built book of document_fixture.h, each written as CSV (checked cell by cell), XLSX
// (unzipped and read back: typed cells, shared strings) and PDF (pdftotext); the CLI's
// report command and its usage errors.

#include "cli_run.h"
#include "document_fixture.h"

#include "documents/report_writers.h"
#include "services/import_service.h"
#include "services/report_service.h"
#include "services/staff_performance_service.h"
#include "storage/ledger_repository.h"

#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ardesk;
using namespace ardesk::testing;

namespace {

// The cells of one worksheet of an XLSX file: "B2" -> text (shared strings resolved).
std::map<QString, QString> xlsxSheet(const QString &path, int sheet)
{
    auto unzip = [&](const QString &member) {
        QProcess process;
        process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
        process.waitForFinished(30000);
        return process.readAllStandardOutput();
    };
    QStringList shared;
    QXmlStreamReader strings(unzip(QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd())
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == u"t")
            shared << strings.readElementText();
    std::map<QString, QString> cells;
    QXmlStreamReader xml(unzip(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    QString reference, type;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"c") {
            reference = xml.attributes().value(QStringLiteral("r")).toString();
            type = xml.attributes().value(QStringLiteral("t")).toString();
        } else if (xml.name() == u"v") {
            const QString value = xml.readElementText();
            cells[reference] = type == u"s" ? shared.value(value.toInt()) : value;
        }
    }
    return cells;
}

QStringList csvLines(const QByteArray &csv)
{
    return QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

class Reports : public DocumentBook
{
protected:
    void SetUp() override
    {
        DocumentBook::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    Report build(const QString &name, const QString &customer = {})
    {
        auto report = ReportService(*m_session).build({name, day(2026, 5, 31), customer});
        EXPECT_TRUE(report) << (report ? std::string() : describe(report.error()));
        return report.value_or(Report{});
    }
};

// EUR as of 31 May: INV-3 1,000.00 current; INV-2 300.00 1-30; FR's 1,234,567.89 31-60 (46
// days); INV-1 1,234.56 61-90: 1,237,102.45, disputed 100.00, unapplied 200.00.
// As of 30 April: INV-2 500.00 current; INV-1 and FR's in 1-30: 1,236,302.45.
TEST_F(Reports, agingSummaryComparesTheAsOfDateWithAMonthEarlierInEveryFormat)
{
    const Report report = build(QStringLiteral("aging-summary"));
    ASSERT_EQ(report.tables.size(), 2u);
    const QString summary = report.summary.join(u'\n');
    EXPECT_TRUE(summary.contains(QStringLiteral("Receivables in EUR rose from 1,236,302.45\u00a0EUR on 30/04/2026 to "
                                                "1,237,102.45\u00a0EUR (+0.1\u00a0%).")))
            << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("The largest rise was in 31-60 (1,234,567.89\u00a0EUR).")))
            << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("100.00\u00a0EUR of it is disputed."))) << summary.toStdString();

    // CSV, cell by cell: the main table, one row per currency.
    const QStringList lines = csvLines(documents::reportCsv(report));
    ASSERT_EQ(lines.size(), 5); // header, CZK, EUR, GBP, SEK
    EXPECT_EQ(lines[0], QStringLiteral("currency,current,1-30,31-60,61-90,91+,total,disputed,unapplied,balance"));
    EXPECT_EQ(lines[2],
              QStringLiteral("EUR,1000.00,300.00,1234567.89,1234.56,0.00,1237102.45,100.00,200.00,1236902.45"));
    EXPECT_EQ(lines[1], QStringLiteral("CZK,0.00,0.00,1234567.89,0.00,0.00,1234567.89,0.00,0.00,1234567.89"));

    // XLSX read back: sheet1 the summary, sheet2 the aging table with numbers.
    const QString xlsx = m_dir.filePath(QStringLiteral("aging.xlsx"));
    ASSERT_TRUE(documents::writeReportXlsx(report, xlsx));
    const auto summarySheet = xlsxSheet(xlsx, 1);
    EXPECT_EQ(summarySheet.at(QStringLiteral("A1")), QStringLiteral("Aging summary"));
    EXPECT_TRUE(summarySheet.at(QStringLiteral("A4")).startsWith(QStringLiteral("Receivables in CZK")));
    const auto aging = xlsxSheet(xlsx, 2);
    EXPECT_EQ(aging.at(QStringLiteral("A1")), QStringLiteral("Currency"));
    EXPECT_EQ(aging.at(QStringLiteral("B1")), QStringLiteral("Current"));
    EXPECT_EQ(aging.at(QStringLiteral("A3")), QStringLiteral("EUR"));
    EXPECT_DOUBLE_EQ(aging.at(QStringLiteral("D3")).toDouble(), 1234567.89);
    EXPECT_DOUBLE_EQ(aging.at(QStringLiteral("G3")).toDouble(), 1237102.45);
    EXPECT_DOUBLE_EQ(aging.at(QStringLiteral("I3")).toDouble(), 200.0);
    const auto change = xlsxSheet(xlsx, 3);
    EXPECT_EQ(change.at(QStringLiteral("C1")), QStringLiteral("30/04/2026"));

    // PDF: the summary first, then the tables.
    const QString text = pdfText(documents::reportPdf(report));
    const qsizetype summaryAt = text.indexOf(QStringLiteral("Receivables in EUR rose"));
    const qsizetype tableAt = text.indexOf(QStringLiteral("Aging by currency"));
    EXPECT_GE(summaryAt, 0) << text.toStdString();
    EXPECT_GT(tableAt, summaryAt);
    EXPECT_TRUE(text.contains(QStringLiteral("1,237,102.45")));
    EXPECT_TRUE(text.contains(QStringLiteral("Change against 30/04/2026")));
}

TEST_F(Reports, agingDetailNamesTheLargestOverdueBalancesAndWhoMovedIntoTheOldestBucket)
{
    const Report report = build(QStringLiteral("aging-detail"));
    const QString summary = report.summary.join(u'\n');
    EXPECT_TRUE(
            summary.contains(QStringLiteral("5 customer(s) had open items on 31/05/2026, as many as on 30/04/2026.")))
            << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("The largest overdue balances: CZ/500 (1,234,567.89\u00a0CZK)")));
    EXPECT_TRUE(summary.contains(QStringLiteral("No customer moved into 91+ since 30/04/2026.")));
    const QStringList lines = csvLines(documents::reportCsv(report));
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("customer_code,customer_name,currency,current")));
    EXPECT_EQ(lines[2],
              QStringLiteral("DE/100,Müller Maschinenbau GmbH,EUR,1000.00,300.00,0.00,1234.56,0.00,2534.56,100.00,"
                             "200.00,2334.56"));
}

TEST_F(Reports, statementReportHoldsTheCustomersItemsAndBalanceMovement)
{
    const Report report = build(QStringLiteral("statement"), QStringLiteral("DE/100"));
    ASSERT_EQ(report.tables.size(), 2u);
    EXPECT_EQ(report.tables[0].rows.size(), 3u);
    // As of 30 April DE/100 owed INV-1 1,234.56 + INV-2 500.00 = 1,734.56.
    EXPECT_TRUE(report.summary.first().contains(
            QStringLiteral("rose from 1,734.56\u00a0EUR on 30/04/2026 to 2,334.56\u00a0EUR")))
            << report.summary.first().toStdString();
    const QStringList lines = csvLines(documents::reportCsv(report));
    EXPECT_EQ(lines[1], QStringLiteral("INV-1,2026-03-01,2026-03-31,61,1234.56,1234.56,100.00"));
    EXPECT_EQ(lines.last(), QStringLiteral("Total,,,,,2534.56,100.00"));
    EXPECT_FALSE(ReportService(*m_session).build({QStringLiteral("statement"), day(2026, 5, 31), QString()}));
    EXPECT_FALSE(
            ReportService(*m_session).build({QStringLiteral("statement"), day(2026, 5, 31), QStringLiteral("NOPE")}));
}

TEST_F(Reports, disputesWriteOffsAndRecoveriesAreCountedInTheirPeriods)
{
    // 1,000.00 of GB/200's invoice written off on 10 May; 50.00 paid on it on 20 May.
    {
        LedgerRepository repo(*m_book);
        Transaction transaction(*m_book);
        const Id invoice = repo.invoiceByNumber(QStringLiteral("INV-200")).value().id;
        const Id writeOff = repo.postWriteOff(invoice, day(2026, 5, 10), 100000, QStringLiteral("insolvency"),
                                              std::nullopt, std::nullopt, m_session->stamp());
        Allocation allocation;
        allocation.invoiceId = invoice;
        allocation.source = AllocationSource::WriteOff;
        allocation.sourceId = writeOff;
        allocation.date = day(2026, 5, 10);
        allocation.amount = 100000;
        repo.postAllocation(allocation, m_session->stamp(), QStringLiteral("write_off"));
        transaction.commit();
    }
    pay(QStringLiteral("GB/200"), day(2026, 5, 20), 5000, QStringLiteral("INV-200"));

    const Report writeOffs = build(QStringLiteral("write-offs"));
    ASSERT_EQ(writeOffs.tables.size(), 2u);
    ASSERT_EQ(writeOffs.tables[0].rows.size(), 1u);
    ASSERT_EQ(writeOffs.tables[1].rows.size(), 1u);
    EXPECT_TRUE(writeOffs.summary.join(u' ').contains(
            QStringLiteral("Written off in GBP from 01/05/2026 to 31/05/2026: 1,000.00\u00a0GBP (0.00\u00a0GBP in the "
                           "same days of the "
                           "month before); recovered: 50.00\u00a0GBP.")))
            << writeOffs.summary.join(u'\n').toStdString();
    EXPECT_EQ(csvLines(documents::reportCsv(writeOffs))[1],
              QStringLiteral("2026-05-10,INV-200,GB/200,Albion Tools Ltd,1000.00,insolvency"));

    const Report disputes = build(QStringLiteral("disputes"));
    EXPECT_TRUE(disputes.summary.first().startsWith(
            QStringLiteral("1 dispute(s) open on 31/05/2026, up from 0 on 30/04/2026.")))
            << disputes.summary.first().toStdString();
    EXPECT_EQ(csvLines(documents::reportCsv(disputes))[1],
              QStringLiteral("2026-05-05,INV-1,DE/100,Müller Maschinenbau GmbH,pricing,,26,100.00"));

    for (const QString &name :
         {QStringLiteral("promises"), QStringLiteral("complaints"), QStringLiteral("collector-performance")}) {
        const Report report = build(name);
        EXPECT_FALSE(report.summary.isEmpty()) << name.toStdString();
        EXPECT_FALSE(report.tables.empty()) << name.toStdString();
        EXPECT_TRUE(pdfText(documents::reportPdf(report)).contains(report.title)) << name.toStdString();
    }
}

// Two collectors with May targets: anna holds DE/100 (paid 200.00 on 10 May and 150.00 on 25
// May: 350.00, target 300.00 -> 116.67 %), ben holds FR/300 (nothing paid, target 1,000.00 ->
// 0 %).
TEST_F(Reports, collectorPerformanceSaysWhoIsAboveAndWhoBelowTarget)
{
    ImportService imports(*m_session);
    ImportOptions options;
    ASSERT_TRUE(imports.importData(ImportKind::Users, QStringLiteral("users.csv"),
                                   "login,name,role\nanna,Anna Berg,collector\nben,Ben Olsen,collector\n", options));
    ASSERT_TRUE(imports.importData(ImportKind::Portfolios, QStringLiteral("portfolios.csv"),
                                   "customer_code,collector\nDE/100,anna\nFR/300,ben\n", options));
    StaffPerformanceService staff(*m_session);
    ASSERT_TRUE(staff.setTarget(QStringLiteral("anna"), QStringLiteral("2026-05"), QStringLiteral("EUR"), 30000));
    ASSERT_TRUE(staff.setTarget(QStringLiteral("ben"), QStringLiteral("2026-05"), QStringLiteral("EUR"), 100000));
    const Report report = build(QStringLiteral("collector-performance"));
    const QString summary = report.summary.join(u'\n');
    EXPECT_TRUE(summary.contains(QStringLiteral("At or above target: anna EUR (116.7\u00a0%)."))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Below target: ben EUR (0.0\u00a0%)."))) << summary.toStdString();
    // All EUR lines: anna's 350.00 and the 80.00 PAID/600 (no collector) paid on 20 May.
    EXPECT_TRUE(summary.contains(QStringLiteral("Collected in EUR: 430.00\u00a0EUR from 01/05/2026 to 31/05/2026")))
            << summary.toStdString();
    const QStringList lines = csvLines(documents::reportCsv(report));
    EXPECT_EQ(lines[0],
              QStringLiteral("collector,name,currency,customers,open,contacts,rpc_rate,promises,kept_rate,"
                             "collected,target,attainment"));
    bool anna = false;
    for (const QString &line : lines)
        if (line.startsWith(QStringLiteral("anna,"))) {
            anna = true;
            EXPECT_TRUE(line.endsWith(QStringLiteral(",350.00,300.00,116.67"))) << line.toStdString();
        }
    EXPECT_TRUE(anna);
    ASSERT_FALSE(report.charts.empty());
    EXPECT_TRUE(report.charts.front().categories.contains(QStringLiteral("anna")));
}

TEST_F(Reports, exportingNeedsExportReports)
{
    for (const Role role : {Role::Collector, Role::Clerk}) {
        Actor actor = m_session->actor();
        actor.role = role;
        Session session(*m_book, actor, PermissionMatrix::defaults());
        const auto report = ReportService(session).build({QStringLiteral("aging-summary"), day(2026, 5, 31), {}});
        ASSERT_FALSE(report);
        EXPECT_EQ(report.error().code, ErrorCode::PermissionDenied);
    }
    Actor auditor = m_session->actor();
    auditor.role = Role::Auditor;
    Session session(*m_book, auditor, PermissionMatrix::defaults());
    EXPECT_TRUE(ReportService(session).build({QStringLiteral("aging-summary"), day(2026, 5, 31), {}}));
    EXPECT_FALSE(ReportService(*m_session).build({QStringLiteral("nope"), day(2026, 5, 31), {}}));
}

class ReportCli : public CliBook
{
};

TEST_F(ReportCli, writesEachFormatAndRefusesUnknownNamesWithTheList)
{
    import(QStringLiteral("customers"), "code,name,currency,terms_days,credit_limit\nA,Alpha,EUR,30,\n");
    import(QStringLiteral("invoices"),
           "number,customer_code,issue_date,due_date,amount,currency\n"
           "I1,A,2026-04-01,2026-05-01,120.00,EUR\n");
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
        const QString out = m_dir.filePath(QStringLiteral("aging.") + format);
        const CliRun run = onBook({QStringLiteral("report"), QStringLiteral("aging-detail"), QStringLiteral("--as-of"),
                                   QStringLiteral("2026-05-31"), QStringLiteral("--format"), format,
                                   QStringLiteral("--out"), out});
        ASSERT_EQ(run.exitCode, 0) << run;
        EXPECT_TRUE(QFile::exists(out)) << run;
    }
    QFile csv(m_dir.filePath(QStringLiteral("aging.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csvLines(csv.readAll()).value(1),
              QStringLiteral("A,Alpha,EUR,0.00,120.00,0.00,0.00,0.00,120.00,0.00,0.00,120.00"));
    EXPECT_EQ(xlsxSheet(m_dir.filePath(QStringLiteral("aging.xlsx")), 2).at(QStringLiteral("A2")), QStringLiteral("A"));

    const CliRun unknown =
            onBook({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-05-31"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(
            QStringLiteral("aging-summary, aging-detail, statement, collector-performance, promises, "
                           "disputes, complaints, write-offs")))
            << unknown;
    const CliRun noCustomer =
            onBook({QStringLiteral("report"), QStringLiteral("statement"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-05-31"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("s.pdf"))});
    EXPECT_EQ(noCustomer.exitCode, 2) << noCustomer;
    const CliRun badFormat =
            onBook({QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-05-31"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("d.doc"))});
    EXPECT_EQ(badFormat.exitCode, 2) << badFormat;
}

} // namespace

namespace {

// Marks every text ReportService translates: «source». A sentence or a label that does not
// go through translate() shows up unmarked.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ReportService") != 0)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// Issue 7 / docs/documents.md: the summaries name aging buckets by their translated labels
// (as the tables' columns do), never by the aging's lower-case key "current".
TEST_F(Reports, summariesNameBucketsByTheirTranslatedLabels)
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    std::map<QString, Report> reports;
    for (const QDate asOf : {day(2026, 3, 31), day(2026, 4, 30), day(2026, 5, 31)})
        for (const QString &name : ReportService::reportNames()) {
            auto report = ReportService(*m_session).build({name, asOf, QStringLiteral("DE/100")});
            ASSERT_TRUE(report) << name.toStdString() << ": " << describe(report.error());
            reports[name + u' ' + asOf.toString(Qt::ISODate)] = *report;
        }
    QCoreApplication::removeTranslator(&marking);
    bool sawCurrentInASentence = false;
    for (const auto &[which, report] : reports) {
        ASSERT_FALSE(report.summary.isEmpty()) << which.toStdString();
        for (const QString &paragraph : report.summary) {
            // Every sentence of every report's summary went through translate() ...
            EXPECT_TRUE(paragraph.startsWith(u'«') && paragraph.endsWith(u'»'))
                    << which.toStdString() << ": " << paragraph.toStdString();
            // ... and a bucket is named by its translated label.
            EXPECT_FALSE(paragraph.contains(QStringLiteral("in current")))
                    << which.toStdString() << ": " << paragraph.toStdString();
            EXPECT_FALSE(paragraph.contains(QStringLiteral("into current")));
            if (paragraph.contains(QStringLiteral("in «Current»")))
                sawCurrentInASentence = true;
        }
        for (const ReportChart &chart : report.charts)
            for (const QString &category : chart.categories)
                EXPECT_NE(category, QStringLiteral("current")) << which.toStdString();
    }
    // 30 April against 31 March: the current bucket had the largest change of some currency.
    EXPECT_TRUE(sawCurrentInASentence) << reports[QStringLiteral("aging-summary 2026-04-30")].summary.join(u'\n').toStdString();
    // A month-end is compared with the month-end before (30 April with 31 March, not 30 March).
    const QString april = reports[QStringLiteral("aging-summary 2026-04-30")].summary.join(u'\n');
    EXPECT_TRUE(april.contains(QStringLiteral("31/03/2026"))) << april.toStdString();
    EXPECT_FALSE(april.contains(QStringLiteral("30/03/2026"))) << april.toStdString();
}

// A long table: its header row at the top of every page it is on, every row once, in order.
TEST_F(Reports, aLongTableHasItsHeaderRowOnEveryPage)
{
    Report report;
    report.title = QStringLiteral("Long");
    ReportTable table{QStringLiteral("long"),
                      QStringLiteral("Long table"),
                      {ReportColumn{QStringLiteral("code"), QStringLiteral("Zcode"), ReportColumnType::Text, 0, {}}},
                      {},
                      {}};
    for (int i = 0; i < 600; ++i)
        table.rows.push_back({QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'))});
    report.tables.push_back(table);
    const QString text = pdfText(documents::reportPdf(report));
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 5);
    for (const QString &page : pages)
        EXPECT_EQ(page.count(QStringLiteral("Zcode")), 1) << page.left(200).toStdString();
    qsizetype at = 0;
    for (int i = 0; i < 600; ++i) {
        const qsizetype next = text.indexOf(QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0')), at);
        ASSERT_GE(next, at) << i;
        at = next;
    }
}

namespace {

// A report like the aging detail: wrapping names, codes, money, dates, numbers, a totals row,
// a chart and a second short table.
Report longMixedReport(int rows)
{
    Report report;
    report.title = QStringLiteral("Aging detail");
    report.subtitle = QStringLiteral("As of 25/11/2026");
    report.asOf = QDate(2026, 11, 25);
    report.summary << QStringLiteral("Every customer with open items, the largest first; the paragraph is long enough "
                                     "to wrap on the page at least once, so that wrapped paragraphs are measured too.");
    // A paragraph longer than a page (the aging detail's "moved into 91+" of a big book).
    QStringList codes;
    for (int i = 0; i < 3000; ++i)
        codes << QStringLiteral("K%1,").arg(i, 5, 10, QLatin1Char('0'));
    report.summary << QStringLiteral("Moved into 91+: ") + codes.join(u' ');
    ReportChart chart;
    chart.title = QStringLiteral("Open by bucket");
    chart.categories = {QStringLiteral("Current"), QStringLiteral("1-30")};
    chart.series.push_back({QStringLiteral("EUR"), {100, 50}});
    report.charts.push_back(chart);
    ReportTable table{QStringLiteral("detail"),
                      QStringLiteral("Customers"),
                      {ReportColumn{QStringLiteral("code"), QStringLiteral("Customer"), ReportColumnType::Text, 0, {}},
                       ReportColumn{QStringLiteral("name"), QStringLiteral("Name"), ReportColumnType::Text, 0, {}},
                       ReportColumn{QStringLiteral("due"), QStringLiteral("Oldest due date"), ReportColumnType::Date, 0, {}},
                       ReportColumn{QStringLiteral("items"), QStringLiteral("Items"), ReportColumnType::Number, 0, {}},
                       ReportColumn{QStringLiteral("open"), QStringLiteral("Open amount"), ReportColumnType::Money, 0, {}},
                       ReportColumn{QStringLiteral("share"), QStringLiteral("Share"), ReportColumnType::Percent, 1, {}}},
                      {},
                      {}};
    qint64 total = 0;
    for (int i = 0; i < rows; ++i) {
        const QString name = i % 7 == 0 ? QStringLiteral("Maschinenbau und Anlagentechnik Gesellschaft mit beschränkter "
                                                         "Haftung Nummer %1 aus einer sehr langen Stadt")
                                                  .arg(i)
                                        : QStringLiteral("Customer %1 Ltd.").arg(i);
        const qint64 amount = 1000 + qint64(i) * 7919 % 100000;
        total += amount;
        table.rows.push_back({QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')), name,
                              QDate(2026, 1, 1).addDays(i % 300), qint64(i % 13), Money(amount, QStringLiteral("EUR")),
                              double(i % 100) / 3.0});
    }
    table.totals = {QStringLiteral("Total"), QString(), ReportValue(), qint64(rows), Money(total, QStringLiteral("EUR")),
                    ReportValue()};
    report.tables.push_back(table);
    ReportTable small{QStringLiteral("small"),
                      QStringLiteral("By currency"),
                      {ReportColumn{QStringLiteral("currency"), QStringLiteral("Currency"), ReportColumnType::Text, 0, {}}},
                      {},
                      {}};
    small.rows.push_back({ReportValue(QStringLiteral("EUR"))});
    report.tables.push_back(small);
    return report;
}

QStringList pdfPages(const QByteArray &pdf)
{
    QStringList pages = pdfText(pdf).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

// The pages the print preview paints (ReportPages, one at a time, from where each page
// starts) are the PDF export's: painted on a PDF writer one page per call and in any order,
// each page holds the text the layout says it holds, the rows continue from page to page
// without a gap or a repeat, and the totals are on the last page.
TEST_F(Reports, theReportsPagesArePaintedOneAtATimeAsThePdfHasThem)
{
    const Report report = longMixedReport(400);
    const auto pages = documents::reportPages(report);
    ASSERT_FALSE(pages->cancelled());
    const QStringList exported = pdfPages(documents::reportPdf(report));
    ASSERT_GE(pages->pageCount(), 8);
    ASSERT_EQ(exported.size(), pages->pageCount());
    // Painted page by page, backwards (as a reader jumping about the preview would).
    std::vector<QByteArray> single;
    for (int page = pages->pageCount() - 1; page >= 0; --page) {
        documents::PdfOptions options;
        const auto pdf = documents::renderPdfPages(options, pages->pageLayout(), 1, documents::ReportPages::kResolution,
                                                   [&](QPainter &painter, int) { pages->paintPage(painter, page); });
        ASSERT_TRUE(pdf.has_value());
        const QStringList one = pdfPages(*pdf);
        ASSERT_EQ(one.size(), 1);
        EXPECT_EQ(one.first().simplified(), exported[page].simplified()) << page;
    }
    int expectedRow = 0;
    int rowsBefore = 0; // on the pages before this one
    for (int page = 0; page < pages->pageCount(); ++page) {
        const QString shown = exported[page].simplified();
        const QStringList lines = pages->pageText(page);
        for (const QString &line : lines)
            for (const QString &cell : line.split(u'\t', Qt::SkipEmptyParts))
                for (const QString &word : cell.simplified().split(u' ', Qt::SkipEmptyParts))
                    EXPECT_TRUE(shown.contains(word)) << page << " " << word.toStdString();
        for (const QString &line : lines) {
            static const QRegularExpression rowCode(QStringLiteral("^C[0-9]{6}\t"));
            if (!rowCode.match(line).hasMatch())
                continue;
            EXPECT_TRUE(line.startsWith(QStringLiteral("C%1\t").arg(expectedRow, 6, 10, QLatin1Char('0'))))
                    << page << " " << line.toStdString();
            ++expectedRow;
        }
        // A page that goes on with the table starts with its header row again.
        if (rowsBefore > 0 && expectedRow > rowsBefore && rowsBefore < 400) {
            EXPECT_TRUE(lines.first().startsWith(QStringLiteral("Customer\tName"))) << page;
        }
        rowsBefore = expectedRow;
    }
    EXPECT_EQ(expectedRow, 400);
    // The long paragraph goes on from page to page: every code once, in order.
    const QString all = exported.join(u' ');
    qsizetype at = 0;
    for (int i = 0; i < 3000; ++i) {
        const QString code = QStringLiteral("K%1,").arg(i, 5, 10, QLatin1Char('0'));
        const qsizetype next = all.indexOf(code, at);
        ASSERT_GE(next, at) << i;
        EXPECT_EQ(all.count(code), 1) << i;
        at = next;
    }
    EXPECT_GT(exported[0].count(QStringLiteral("K0")), 10) << "the paragraph starts on the first page";
    EXPECT_TRUE(exported.last().contains(QStringLiteral("Total")));
    EXPECT_TRUE(exported.last().contains(QStringLiteral("By currency")));
}

// What the layout holds besides the report's rows grows with its pages, not its rows: where
// each page starts, the column widths, the chart (the print preview of a million-invoice book
// held 1.5 GB of laid-out text before).
TEST_F(Reports, theReportsPagesHoldWhereEachPageStartsNotItsRows)
{
    const Report small = longMixedReport(200);
    const Report large = longMixedReport(20000);
    const auto few = documents::reportPages(small);
    const auto many = documents::reportPages(large);
    ASSERT_GT(many->pageCount(), few->pageCount() * 50);
    const qsizetype growth = many->heldBytes() - few->heldBytes();
    EXPECT_LE(growth, qsizetype(many->pageCount() - few->pageCount()) * 16 + 1024)
            << few->heldBytes() << " " << many->heldBytes();
    EXPECT_LT(many->heldBytes(), 4 * 1024 * 1024);
    // Measuring can be stopped: a keepGoing that says no leaves the pages unusable.
    int asked = 0;
    const auto stopped = documents::reportPages(large, [&] { return ++asked < 2; });
    EXPECT_TRUE(stopped->cancelled());
    EXPECT_EQ(asked, 2);
}

// The writer's progress contract (the Reports screen's Cancel): the PDF asks once per page
// with (page, pages); a "stop" at any page, or at the last check before the file is put in
// place, leaves no file (nor a temporary one) and says Cancelled; without a stop the file is
// the same as without progress.
TEST_F(Reports, aReportWriteStoppedByItsProgressLeavesNoFile)
{
    Report report;
    report.title = QStringLiteral("Long");
    ReportTable table{QStringLiteral("long"),
                      QStringLiteral("Long table"),
                      {ReportColumn{QStringLiteral("code"), QStringLiteral("Zcode"), ReportColumnType::Text, 0, {}}},
                      {},
                      {}};
    for (int i = 0; i < 300; ++i)
        table.rows.push_back({QStringLiteral("R%1").arg(i)});
    report.tables.push_back(table);
    QTemporaryDir folder;
    std::vector<std::pair<qint64, qint64>> calls;
    const QString whole = folder.filePath(QStringLiteral("whole.pdf"));
    ASSERT_TRUE(documents::writeReport(report, documents::ReportFormat::Pdf, whole, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return true;
    }));
    ASSERT_GE(calls.size(), 4u); // the first check, two or more pages, the last check
    const qint64 pages = calls[1].second;
    EXPECT_GE(pages, 2);
    for (qint64 page = 0; page < pages; ++page)
        EXPECT_EQ(calls[static_cast<std::size_t>(page + 1)], std::make_pair(page, pages));
    QFile file(whole);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), documents::reportPdf(report));

    for (const auto format : {documents::ReportFormat::Pdf, documents::ReportFormat::Xlsx, documents::ReportFormat::Csv}) {
        for (std::size_t stopAt = 0; stopAt < 4; ++stopAt) {
            const QString path = folder.filePath(QStringLiteral("stopped.out"));
            std::size_t call = 0;
            const auto written =
                    documents::writeReport(report, format, path, [&](qint64, qint64) { return call++ < stopAt; });
            if (format != documents::ReportFormat::Pdf && stopAt >= 2) {
                EXPECT_TRUE(written.has_value()); // two checks only: the last one said yes
                QFile::remove(path);
                continue;
            }
            ASSERT_FALSE(written.has_value()) << stopAt;
            EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
            EXPECT_FALSE(QFile::exists(path));
            EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
        }
    }
}

// The promises report names a promise's status by the translated label of the promise
// evaluation (the collector's screens' "Partially kept"), never by its stored key
// (partially_kept).
TEST_F(Reports, promiseStatusesAreShownByTheirTranslatedLabels)
{
    ImportService imports(*m_session);
    ImportOptions options;
    ASSERT_TRUE(imports.importData(ImportKind::Users, QStringLiteral("users.csv"),
                                   "login,name,role\nanna,Anna Berg,collector\n", options));
    const auto imported = imports.importData(ImportKind::Promises, QStringLiteral("promises.csv"),
                                             "customer_code,collector,taken_date,promised_date,amount,currency\n"
                                             "DE/100,anna,2026-05-02,2026-05-04,100.00,EUR\n"
                                             "DE/100,anna,2026-05-20,2026-06-30,50.00,EUR\n",
                                             options);
    ASSERT_TRUE(imported) << describe(imported.error());
    ASSERT_TRUE(imported->written) << (imported->problems.empty() ? std::string()
                                                                   : imported->problems.front().reason.toStdString());
    class Marking final : public QTranslator
    {
    public:
        QString translate(const char *context, const char *sourceText, const char *, int) const override
        {
            if (qstrcmp(context, "PromiseEvaluation") != 0)
                return {};
            return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
        }
        bool isEmpty() const override { return false; }
    } marking;
    QCoreApplication::installTranslator(&marking);
    const Report report = build(QStringLiteral("promises"));
    QCoreApplication::removeTranslator(&marking);
    ASSERT_FALSE(report.tables.empty());
    const ReportTable &table = report.tables.front();
    ASSERT_EQ(table.rows.size(), 2u);
    std::size_t status = 0;
    while (status < table.columns.size() && table.columns[status].key != u"status")
        ++status;
    ASSERT_LT(status, table.columns.size());
    QStringList shown;
    for (const auto &row : table.rows)
        shown << std::get<QString>(row.at(status));
    for (const QString &label : shown) {
        EXPECT_TRUE(label.startsWith(u'«') && label.endsWith(u'»')) << label.toStdString();
        EXPECT_FALSE(label.contains(u'_')) << label.toStdString();
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("«Pending»"))) << shown.join(u',').toStdString();
}

namespace {

// Marks the dispute reasons' labels (context ContactPanel, domain/dispute_reasons.h): «Pricing».
class MarkingReasonTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ContactPanel") != 0)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// docs/documents.md "Reports": the disputes report's reason is the stored key in the CSV
// (locale-free, like its header: `pricing`), and its translated label wherever people read it:
// the XLSX sheets, the PDF (and so the print preview, which paints the same document) and the
// chart of disputes by reason.
TEST_F(Reports, theDisputesReasonIsTheKeyInTheCsvAndTheTranslatedLabelForPeople)
{
    MarkingReasonTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const Report disputes = build(QStringLiteral("disputes"));
    QCoreApplication::removeTranslator(&marking);

    const QStringList csv = csvLines(documents::reportCsv(disputes));
    EXPECT_EQ(csv[0], QStringLiteral("opened,invoice,customer_code,customer_name,reason,owner,age_days,amount"));
    EXPECT_EQ(csv[1], QStringLiteral("2026-05-05,INV-1,DE/100,Müller Maschinenbau GmbH,pricing,,26,100.00"));

    const QString xlsx = m_dir.filePath(QStringLiteral("disputes.xlsx"));
    ASSERT_TRUE(documents::writeReportXlsx(disputes, xlsx));
    EXPECT_EQ(xlsxSheet(xlsx, 2).at(QStringLiteral("E2")), QStringLiteral("«Pricing»")); // open disputes
    EXPECT_EQ(xlsxSheet(xlsx, 3).at(QStringLiteral("A2")), QStringLiteral("«Pricing»")); // by reason

    const QString text = pdfText(documents::reportPdf(disputes));
    EXPECT_TRUE(text.contains(QStringLiteral("«Pricing»"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("pricing"))) << text.toStdString();
    ASSERT_FALSE(disputes.charts.empty());
    EXPECT_EQ(disputes.charts[0].categories, QStringList{QStringLiteral("«Pricing»")});
}
