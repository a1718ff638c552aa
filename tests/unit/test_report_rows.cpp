// A report table's compact rows (domain/report_model.h, ReportRows): every value reads back
// equal to the value stored, whatever its kind, in rows of any length, by index, by cell and
// by iteration; and an aging-detail-like table takes a fraction of what vectors of values took.

#include "domain/report_model.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QString>

#include <cstring>
#include <limits>
#include <random>
#include <vector>

using namespace ardesk;

namespace {

using Row = std::vector<ReportValue>;

bool sameValue(const ReportValue &a, const ReportValue &b)
{
    if (a.index() != b.index())
        return false;
    if (const auto *text = std::get_if<QString>(&a)) // null and empty kept apart
        return *text == std::get<QString>(b) && text->isNull() == std::get<QString>(b).isNull();
    if (const auto *real = std::get_if<double>(&a)) // bit for bit (-0.0, NaN)
        return std::memcmp(real, &std::get<double>(b), sizeof(double)) == 0;
    return a == b;
}

void expectSameRows(const ReportRows &rows, const std::vector<Row> &expected)
{
    ASSERT_EQ(rows.size(), expected.size());
    EXPECT_EQ(rows.empty(), expected.empty());
    for (std::size_t r = 0; r < expected.size(); ++r) {
        const Row row = rows[r];
        ASSERT_EQ(row.size(), expected[r].size()) << r;
        ASSERT_EQ(rows.cellCount(r), expected[r].size()) << r;
        for (std::size_t c = 0; c < row.size(); ++c) {
            EXPECT_TRUE(sameValue(row[c], expected[r][c])) << r << " " << c;
            EXPECT_TRUE(sameValue(rows.value(r, c), expected[r][c])) << r << " " << c;
        }
        EXPECT_TRUE(std::holds_alternative<std::monostate>(rows.value(r, row.size())));
    }
    std::size_t r = 0;
    for (const Row &row : rows) {
        ASSERT_LT(r, expected.size());
        EXPECT_EQ(row.size(), expected[r].size());
        ++r;
    }
    EXPECT_EQ(r, expected.size());
}

} // namespace

TEST(ReportRows, everyKindOfValueReadsBackEqual)
{
    const std::vector<Row> expected{
            {QStringLiteral("DE/100"), QStringLiteral("Müller Maschinenbau GmbH"), QStringLiteral("EUR"),
             Money(123456, QStringLiteral("EUR")), Money(-5, QStringLiteral("EUR")), Money(0, QStringLiteral("JPY"))},
            {},
            {ReportValue(), QString(), QStringLiteral(""), QStringLiteral("😀 ä\u00a0b"), QDate(2026, 11, 25), QDate()},
            {qint64(0), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 0.0, -0.0, 12.5,
             std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()},
            {Money(std::numeric_limits<qint64>::max(), QStringLiteral("GBP")), Money(1, QStringLiteral("EUR")),
             Money(2, QStringLiteral("GBP")), Money(3, QString()), QDate(1, 1, 1), QDate(9999, 12, 31)},
            {QString(QChar(u'x')).repeated(70000)},
    };
    ReportRows rows;
    EXPECT_TRUE(rows.empty());
    for (const Row &row : expected)
        rows.push_back(row);
    expectSameRows(rows, expected);
    EXPECT_EQ(std::get<Money>(rows.at(4)[2]).currency(), QStringLiteral("GBP"));
    EXPECT_THROW(rows.at(expected.size()), std::out_of_range);
    // A copy is the same, and stays so while the original grows.
    const ReportRows copy = rows;
    rows.push_back({QStringLiteral("more")});
    expectSameRows(copy, expected);
}

// Random rows as the reports make them (text, dates, amounts in a few currencies, numbers,
// percents, empty cells), with reserve and shrink_to_fit in between.
TEST(ReportRows, randomRowsReadBackEqual)
{
    std::mt19937 random(17);
    const QString currencies[] = {QStringLiteral("EUR"), QStringLiteral("SEK"), QStringLiteral("CZK"),
                                  QStringLiteral("GBP")};
    std::vector<Row> expected;
    ReportRows rows;
    rows.reserve(100, 12);
    for (int r = 0; r < 3000; ++r) {
        Row row;
        const int cells = int(random() % 14);
        for (int c = 0; c < cells; ++c) {
            switch (random() % 6) {
            case 0:
                row.emplace_back(
                        QStringLiteral("C%1 %2").arg(random() % 100000).arg(QString(u'é').repeated(int(random() % 5))));
                break;
            case 1:
                row.emplace_back(QDate(2020, 1, 1).addDays(random() % 3000));
                break;
            case 2:
                row.emplace_back(Money(qint64(random()) - qint64(random()), currencies[random() % 4]));
                break;
            case 3:
                row.emplace_back(qint64(random()));
                break;
            case 4:
                row.emplace_back(double(random() % 10000) / 7.0);
                break;
            default:
                row.emplace_back();
            }
        }
        rows.push_back(row);
        expected.push_back(std::move(row));
        if (r == 1500)
            rows.shrink_to_fit();
    }
    expectSameRows(rows, expected);
}

// The aging detail's shape (code, name, currency, nine amounts) takes well under half of what
// it took as vectors of ReportValue (a 40-byte value per cell, a vector per row, a text's own
// allocation): the print preview of a million-invoice book holds these rows.
TEST(ReportRows, anAgingDetailRowTakesLessThanHalfItsVectorOfValues)
{
    ReportRows rows;
    const int count = 10000;
    for (int r = 0; r < count; ++r) {
        Row row{QStringLiteral("C%1").arg(r, 6, 10, QLatin1Char('0')), QStringLiteral("Customer %1 Ltd.").arg(r),
                QStringLiteral("EUR")};
        for (int b = 0; b < 9; ++b)
            row.emplace_back(Money(r * 100 + b, QStringLiteral("EUR")));
        rows.push_back(row);
    }
    rows.shrink_to_fit();
    const qsizetype asVectors = qsizetype(count) * qsizetype(12 * sizeof(ReportValue) + sizeof(Row) + 3 * 48);
    EXPECT_LT(rows.heldBytes(), asVectors / 2) << rows.heldBytes() << " " << asVectors;
    EXPECT_LT(rows.heldBytes(), qsizetype(count) * 256);
}
