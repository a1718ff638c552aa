// Issue 6, letters and statements of an invoice with instalment terms (docs/credit-policy.md
// "Instalment terms", docs/documents.md): each open part is a line of its own ("INV-800
// (1/3)") with its own due date, days overdue, amount and open amount; the aging summary and
// the overdue total read each part on its own; a paid part is left out; the disputed amount
// goes to the earliest open parts first; a dunning letter's interest is the invoice's per
// part (docs/interest.md). IN/800: 1,000.00 issued 2026-01-01 in parts 333.33 due 31 Jan,
// 333.33 due 2 Mar, 333.34 due 1 Apr; as of 15 March: 43, 13 and no days overdue.

#include "document_fixture.h"

#include "documents/letter_renderer.h"
#include "documents/report_writers.h"
#include "services/interest_service.h"
#include "services/report_service.h"

using namespace ardesk;
using namespace ardesk::testing;

namespace {

class InstalmentLetters : public DocumentBook
{
protected:
    void SetUp() override
    {
        DocumentBook::SetUp();
        m_in = addCustomer(QStringLiteral("IN/800"), QStringLiteral("Instalment Buyer Ltd"), QStringLiteral("EUR"),
                           QStringLiteral("en"));
        Invoice i;
        i.number = QStringLiteral("INV-800");
        i.issueDate = day(2026, 1, 1);
        i.dueDate = day(2026, 4, 1);
        i.amount = 100000;
        const auto id = m_ledger->postInvoice(
                i, QStringLiteral("IN/800"),
                {{1, day(2026, 1, 31), 33333}, {2, day(2026, 3, 2), 33333}, {3, day(2026, 4, 1), 33334}});
        ASSERT_TRUE(id) << describe(id.error());
    }

    Id m_in = 0;
};

TEST_F(InstalmentLetters, aStatementListsEachOpenPartWithItsOwnDueDate)
{
    const auto content = DocumentService(*m_session).statement(m_in, day(2026, 3, 15));
    ASSERT_TRUE(content) << describe(content.error());
    ASSERT_EQ(content->items.size(), 3u);
    const QDate dues[] = {day(2026, 1, 31), day(2026, 3, 2), day(2026, 4, 1)};
    const MinorUnits amounts[] = {33333, 33333, 33334};
    for (int k = 0; k < 3; ++k) {
        EXPECT_EQ(content->items[k].number, QStringLiteral("INV-800"));
        EXPECT_EQ(content->items[k].part, k + 1);
        EXPECT_EQ(content->items[k].parts, 3);
        EXPECT_EQ(content->items[k].dueDate, dues[k]);
        EXPECT_EQ(content->items[k].amount, amounts[k]);
        EXPECT_EQ(content->items[k].open, amounts[k]);
    }
    EXPECT_EQ(content->openTotal, 100000);
    EXPECT_EQ(content->overdueTotal, 66666);
    // Buckets current, 1-30, 31-60, 61-90, 91+: part 3 current, part 2 13 days, part 1 43 days.
    EXPECT_EQ(content->aging, (std::vector<MinorUnits>{33334, 33333, 33333, 0, 0}));

    const QString text = pdfText(documents::renderLetter(*content), TextMode::Layout);
    for (const char *expected : {"INV-800 (1/3)", "INV-800 (2/3)", "INV-800 (3/3)", "31/01/2026", "02/03/2026",
                                 "01/04/2026", "333.34", "1,000.00 EUR", "Overdue"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    // Each part's line has its own days overdue.
    QString first;
    QString second;
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(QStringLiteral("INV-800 (1/3)")))
            first = line.simplified();
        if (line.contains(QStringLiteral("INV-800 (2/3)")))
            second = line.simplified();
    }
    EXPECT_EQ(first, QStringLiteral("INV-800 (1/3) 01/01/2026 31/01/2026 43 333.33 333.33")) << text.toStdString();
    EXPECT_EQ(second, QStringLiteral("INV-800 (2/3) 01/01/2026 02/03/2026 13 333.33 333.33")) << text.toStdString();

    // The statement report (Reports page, `report statement`) has the same lines.
    const auto report = ReportService(*m_session).build({QStringLiteral("statement"), day(2026, 3, 15),
                                                         QStringLiteral("IN/800")});
    ASSERT_TRUE(report) << describe(report.error());
    const QString csv = QString::fromUtf8(documents::reportCsv(*report));
    EXPECT_TRUE(csv.contains(QStringLiteral("INV-800 (1/3),2026-01-01,2026-01-31,43,333.33,333.33")))
            << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("INV-800 (3/3),2026-01-01,2026-04-01,0,333.34,333.34")))
            << csv.toStdString();
}

TEST_F(InstalmentLetters, aPaidPartIsLeftOutAndTheDisputeGoesToTheEarliestOpenPart)
{
    // 400.00 on 20 February fills part 1 and 66.67 of part 2.
    pay(QStringLiteral("IN/800"), day(2026, 2, 20), 40000, QStringLiteral("INV-800"));
    DisputeInput dispute;
    dispute.invoiceNumber = QStringLiteral("INV-800");
    dispute.amount = 30000;
    dispute.reason = QStringLiteral("pricing");
    dispute.openedOn = day(2026, 3, 1);
    ASSERT_TRUE(DisputeService(*m_session).open(dispute));
    const auto content = DocumentService(*m_session).statement(m_in, day(2026, 3, 15));
    ASSERT_TRUE(content) << describe(content.error());
    ASSERT_EQ(content->items.size(), 2u);
    EXPECT_EQ(content->items[0].part, 2);
    EXPECT_EQ(content->items[0].open, 26666);
    EXPECT_EQ(content->items[0].disputed, 26666);
    EXPECT_EQ(content->items[1].part, 3);
    EXPECT_EQ(content->items[1].open, 33334);
    EXPECT_EQ(content->items[1].disputed, 3334);
    EXPECT_EQ(content->disputedTotal, 30000);
    EXPECT_EQ(content->overdueTotal, 26666);
    EXPECT_EQ(content->aging, (std::vector<MinorUnits>{33334, 26666, 0, 0, 0}));
    const QString text = pdfText(documents::renderLetter(*content));
    EXPECT_FALSE(text.contains(QStringLiteral("INV-800 (1/3)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("INV-800 (2/3)"))) << text.toStdString();
}

TEST_F(InstalmentLetters, aDunningLetterCarriesTheInterestOfEachLatePart)
{
    ASSERT_TRUE(InterestService(*m_session)
                        .importRatesData(QStringLiteral("rates.csv"),
                                         "region,valid_from,rate_percent\nEU,2026-01-01,3.5\n"));
    const Id letterId = addLetter(QStringLiteral("IN/800"), QStringLiteral("dunning"), 2, day(2026, 3, 15),
                                  QStringLiteral("en"));
    const auto content = DocumentService(*m_session).letter(letterId);
    ASSERT_TRUE(content) << describe(content.error());
    ASSERT_EQ(content->items.size(), 3u);
    // Part 1, 43 days: 333.33 x 11.5 % x 43 / 365 -> 4.52; part 2, 13 days -> 1.37; one line
    // for the invoice, late since part 1, with the 40.00 compensation once.
    ASSERT_EQ(content->interest.size(), 1u);
    EXPECT_EQ(content->interest.front().invoiceNumber, QStringLiteral("INV-800"));
    EXPECT_EQ(content->interest.front().daysLate, 43);
    EXPECT_EQ(content->interest.front().interest, 452 + 137);
    EXPECT_EQ(content->interest.front().compensation, 4000);
    // To pay: 1,000.00 + 5.89 + 40.00.
    const QString text = pdfText(documents::renderLetter(*content));
    for (const char *expected : {"5.89", "40.00", "1,045.89 EUR", "INV-800 (1/3)"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
}

} // namespace
