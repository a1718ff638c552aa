// CSV export: RFC 4180 quoting and spreadsheet formulas neutralised (issue 9, "hostile
// input"): a cell that starts with = + - @ (or a tab or carriage return) is written with
// a leading apostrophe, except the plain numbers ardesk writes itself.

#include "domain/csv_reader.h"
#include "domain/csv_writer.h"

#include <gtest/gtest.h>

#include <QString>
#include <QStringList>

using ardesk::csvField;
using ardesk::csvLooksLikeFormula;
using ardesk::csvRecord;

TEST(CsvWriter, neutralisesEveryFormulaPrefix)
{
    EXPECT_EQ(csvField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(csvField(QStringLiteral("+1+1")), QStringLiteral("'+1+1"));
    EXPECT_EQ(csvField(QStringLiteral("@SUM(A1:A2)")), QStringLiteral("'@SUM(A1:A2)"));
    EXPECT_EQ(csvField(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
    EXPECT_EQ(csvField(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    EXPECT_EQ(csvField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
    // The classic DDE payload, with a comma so that it is quoted as well.
    EXPECT_EQ(csvField(QStringLiteral("=cmd|' /C calc'!A0,x")), QStringLiteral("\"'=cmd|' /C calc'!A0,x\""));
}

TEST(CsvWriter, aMinusFollowedByADigitIsNotEnoughToBeANumber)
{
    // The aging export before issue 9 let "-2+3" through because it starts with "-2".
    EXPECT_EQ(csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(csvField(QStringLiteral("-1.5.5")), QStringLiteral("'-1.5.5"));
    EXPECT_EQ(csvField(QStringLiteral("-12.")), QStringLiteral("'-12."));
    EXPECT_EQ(csvField(QStringLiteral("-")), QStringLiteral("'-"));
}

TEST(CsvWriter, keepsPlainNumbersAndOrdinaryText)
{
    EXPECT_EQ(csvField(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    EXPECT_EQ(csvField(QStringLiteral("-3")), QStringLiteral("-3"));
    EXPECT_EQ(csvField(QStringLiteral("0.000")), QStringLiteral("0.000"));
    EXPECT_EQ(csvField(QStringLiteral("91+")), QStringLiteral("91+"));
    EXPECT_EQ(csvField(QStringLiteral("1-30")), QStringLiteral("1-30"));
    EXPECT_EQ(csvField(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(csvField(QString()), QString());
    EXPECT_FALSE(csvLooksLikeFormula(u"Alpha"));
    EXPECT_TRUE(csvLooksLikeFormula(u"=A1"));
}

TEST(CsvWriter, quotesWhatRfc4180Needs)
{
    EXPECT_EQ(csvField(QStringLiteral("Alpha, s.r.o.")), QStringLiteral("\"Alpha, s.r.o.\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral(" padded ")), QStringLiteral("\" padded \""));
    EXPECT_EQ(csvRecord({QStringLiteral("C1"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-1.00")}),
              QStringLiteral("C1,\"'=HYPERLINK(\"\"x\"\")\",-1.00\r\n"));
}

TEST(CsvWriter, whatIsWrittenReadsBackAsTheValueOrTheValueWithAnApostrophe)
{
    const QStringList values{QStringLiteral("plain"),
                             QStringLiteral("=1+2"),
                             QStringLiteral("a,b"),
                             QStringLiteral("\"quoted\""),
                             QStringLiteral("-5.25"),
                             QStringLiteral("@x"),
                             QStringLiteral("line\r\nbreak"),
                             QStringLiteral(" lead"),
                             QString(),
                             QStringLiteral("Příliš žluťoučký kůň")};
    QString text;
    for (const QString &value : values)
        text += csvRecord({value, QStringLiteral("end")});
    ardesk::CsvReader reader(text.toUtf8());
    ardesk::CsvRecord record;
    for (const QString &value : values) {
        ASSERT_TRUE(reader.next(record)) << value.toStdString();
        ASSERT_EQ(record.fieldCount(), 2);
        const QString expected = csvLooksLikeFormula(value) ? u'\'' + value : value;
        EXPECT_EQ(record.field(0), expected);
        EXPECT_EQ(record.field(1), QStringLiteral("end"));
    }
    EXPECT_FALSE(reader.next(record));
    EXPECT_FALSE(reader.hasError());
}
