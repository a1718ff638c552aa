#include "domain/csv_reader.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

using ardesk::CsvHeader;
using ardesk::CsvReader;
using ardesk::CsvRecord;

namespace {

struct Row {
    qsizetype line = 0;
    QStringList fields;

    bool operator==(const Row &) const = default;
};

void PrintTo(const Row &row, std::ostream *out)
{
    *out << "line " << row.line << ": [" << row.fields.join(QStringLiteral("|")).toStdString() << "]";
}

struct ReadResult {
    std::vector<Row> rows;
    bool hasError = false;
    qsizetype errorLine = 0;
    QString errorMessage;
};

ReadResult readAll(const QByteArray &data)
{
    ReadResult result;
    CsvReader reader(data);
    CsvRecord record;
    while (reader.next(record)) {
        Row row{record.line(), {}};
        for (qsizetype i = 0; i < record.fieldCount(); ++i)
            row.fields.append(record.field(i));
        result.rows.push_back(row);
    }
    result.hasError = reader.hasError();
    result.errorLine = reader.errorLine();
    result.errorMessage = reader.errorMessage();
    EXPECT_FALSE(reader.next(record)) << "next() must keep returning false";
    return result;
}

Row row(qsizetype line, std::initializer_list<const char *> fields)
{
    Row result{line, {}};
    for (const char *field : fields)
        result.fields.append(QString::fromUtf8(field));
    return result;
}

} // namespace

TEST(CsvReader, readsPlainRecordsWithLineNumbers)
{
    const ReadResult result = readAll("number,customer,amount\nINV-1,Acme,12.50\nINV-2,Globex,7\n");
    ASSERT_FALSE(result.hasError) << result.errorMessage.toStdString();
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {"number", "customer", "amount"}),
                                             row(2, {"INV-1", "Acme", "12.50"}),
                                             row(3, {"INV-2", "Globex", "7"})}));
}

TEST(CsvReader, quotedFieldMayHoldCommas)
{
    const ReadResult result = readAll("a,\"Acme, Inc.\",c\n");
    ASSERT_FALSE(result.hasError);
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {"a", "Acme, Inc.", "c"})}));
}

TEST(CsvReader, doubledQuotesAreUnescaped)
{
    const ReadResult result = readAll("\"say \"\"hi\"\"\",\"\"\"\",\"\",\"x\"\"\"\n");
    ASSERT_FALSE(result.hasError);
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {"say \"hi\"", "\"", "", "x\""})}));
}

TEST(CsvReader, onlyEscapedFieldsAreCopied)
{
    const QByteArray data("plain,\"quoted\",\"with \"\"escape\"\"\"\n");
    CsvReader reader(data);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_EQ(record.fieldCount(), 3);
    const char *begin = data.constData();
    const char *end = begin + data.size();
    EXPECT_EQ(record.rawField(0).data(), begin);
    EXPECT_EQ(record.rawField(1).data(), begin + 7);
    EXPECT_FALSE(record.rawField(2).data() >= begin && record.rawField(2).data() < end);
    EXPECT_EQ(record.rawField(2), QByteArrayView("with \"escape\""));
}

TEST(CsvReader, recordOutlivesReaderAndCopies)
{
    CsvRecord kept;
    {
        CsvReader reader(QByteArray("\"a\"\"b\",c\n"));
        CsvRecord record;
        ASSERT_TRUE(reader.next(record));
        kept = record;
    }
    ASSERT_EQ(kept.fieldCount(), 2);
    EXPECT_EQ(kept.field(0), QStringLiteral("a\"b"));
    EXPECT_EQ(kept.field(1), QStringLiteral("c"));
    EXPECT_EQ(kept.field(2), QString());
    EXPECT_TRUE(kept.rawField(-1).isEmpty());
}

TEST(CsvReader, embeddedNewlinesKeepLineNumbersRight)
{
    const ReadResult result = readAll("id,note\n"
                                      "1,\"first\nsecond\nthird\"\n"
                                      "2,\"crlf\r\ninside\"\r\n"
                                      "3,\"lone\rcr\"\n"
                                      "4,after\n");
    ASSERT_FALSE(result.hasError) << result.errorMessage.toStdString();
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {"id", "note"}),
                                             row(2, {"1", "first\nsecond\nthird"}),
                                             row(5, {"2", "crlf\r\ninside"}),
                                             row(7, {"3", "lone\rcr"}),
                                             row(8, {"4", "after"})}));
}

TEST(CsvReader, crlfLineBreaks)
{
    const ReadResult result = readAll("a,b\r\n1,2\r\n\r\n3,\"4\"\r\n");
    ASSERT_FALSE(result.hasError);
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {"a", "b"}), row(2, {"1", "2"}), row(4, {"3", "4"})}));
}

TEST(CsvReader, byteOrderMarkIsSkipped)
{
    const QByteArray data("\xEF\xBB\xBFname,amount\nAcme,1\n");
    const ReadResult result = readAll(data);
    ASSERT_FALSE(result.hasError);
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {"name", "amount"}), row(2, {"Acme", "1"})}));

    CsvReader reader(data);
    EXPECT_EQ(reader.bytesRead(), 3);
    EXPECT_EQ(reader.totalBytes(), data.size());
}

TEST(CsvReader, onlyTheFilesByteOrderMarkIsDropped)
{
    // A second mark, or one at the start of a later field, is data (U+FEFF), and
    // field() agrees with rawField() (QString::fromUtf8 alone would drop it).
    const ReadResult result = readAll("\xEF\xBB\xBF\xEF\xBB\xBF" "a,\"\xEF\xBB\xBF" "b\"\n\xEF\xBB\xBF\n");
    ASSERT_FALSE(result.hasError);
    const QString mark(QChar(0xFEFF));
    ASSERT_EQ(result.rows.size(), 2u);
    EXPECT_EQ(result.rows[0].fields, (QStringList{mark + QStringLiteral("a"), mark + QStringLiteral("b")}));
    EXPECT_EQ(result.rows[1].fields, QStringList{mark});
}

TEST(CsvReader, lastRecordWithoutLineBreakIsRead)
{
    EXPECT_EQ(readAll("a,b\n1,2").rows, (std::vector<Row>{row(1, {"a", "b"}), row(2, {"1", "2"})}));
    EXPECT_EQ(readAll("a,b\n1,\"2\"").rows, (std::vector<Row>{row(1, {"a", "b"}), row(2, {"1", "2"})}));
    EXPECT_EQ(readAll("a,").rows, (std::vector<Row>{row(1, {"a", ""})}));
}

TEST(CsvReader, emptyLinesAreSkippedButCounted)
{
    const ReadResult result = readAll("\n\na,b\n\n\r\n1,2\n\n");
    ASSERT_FALSE(result.hasError);
    EXPECT_EQ(result.rows, (std::vector<Row>{row(3, {"a", "b"}), row(6, {"1", "2"})}));
}

TEST(CsvReader, whitespaceAndEmptyQuotesAreRecords)
{
    const ReadResult result = readAll(" \n\"\"\n,\n");
    ASSERT_FALSE(result.hasError);
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {" "}), row(2, {""}), row(3, {"", ""})}));
}

TEST(CsvReader, emptyInputHasNoRecords)
{
    EXPECT_TRUE(readAll("").rows.empty());
    EXPECT_TRUE(readAll("\xEF\xBB\xBF").rows.empty());
    EXPECT_TRUE(readAll("\n\r\n").rows.empty());
    EXPECT_FALSE(readAll("\n\r\n").hasError);
}

TEST(CsvReader, utf8TextIsDecoded)
{
    const ReadResult result = readAll("Müller GmbH,\"Łódź, \"\"Zoë\"\"\",€\n");
    ASSERT_FALSE(result.hasError);
    EXPECT_EQ(result.rows, (std::vector<Row>{row(1, {"Müller GmbH", "Łódź, \"Zoë\"", "€"})}));
}

TEST(CsvReader, fieldCountMismatchIsNotAnError)
{
    const ReadResult result = readAll("a,b,c\n1,2\n1,2,3,4\n");
    ASSERT_FALSE(result.hasError);
    ASSERT_EQ(result.rows.size(), 3u);
    EXPECT_EQ(result.rows[1].fields.size(), 2);
    EXPECT_EQ(result.rows[2].fields.size(), 4);
}

TEST(CsvReader, unterminatedQuoteReportsTheLineWhereItOpens)
{
    const ReadResult result = readAll("a,b\n1,2\n3,\"never\nclosed\n\n");
    ASSERT_EQ(result.rows.size(), 2u);
    EXPECT_TRUE(result.hasError);
    EXPECT_EQ(result.errorLine, 3);
    EXPECT_TRUE(result.errorMessage.startsWith(QStringLiteral("line 3: field 2: "))) << result.errorMessage.toStdString();
    EXPECT_TRUE(result.errorMessage.contains(QStringLiteral("never closed")));
}

TEST(CsvReader, quoteInsideUnquotedFieldIsAnError)
{
    const ReadResult result = readAll("a,b\n\"x\ny\",ok\n5 \"inch\",2\n");
    ASSERT_EQ(result.rows.size(), 2u);
    EXPECT_TRUE(result.hasError);
    EXPECT_EQ(result.errorLine, 4);
    EXPECT_TRUE(result.errorMessage.startsWith(QStringLiteral("line 4: field 1: "))) << result.errorMessage.toStdString();
    EXPECT_TRUE(result.errorMessage.contains(QStringLiteral("quote inside an unquoted field")));

    // A leading space makes the field unquoted: strict, no trimming.
    EXPECT_EQ(readAll("a, \"b\"\n").errorLine, 1);
}

TEST(CsvReader, textAfterClosingQuoteIsAnError)
{
    const ReadResult result = readAll("a,b\n1,\"multi\nline\"x,3\n");
    ASSERT_EQ(result.rows.size(), 1u);
    EXPECT_TRUE(result.hasError);
    EXPECT_EQ(result.errorLine, 3);
    EXPECT_TRUE(result.errorMessage.startsWith(QStringLiteral("line 3: field 2: "))) << result.errorMessage.toStdString();
    EXPECT_TRUE(result.errorMessage.contains(QStringLiteral("after the closing quote")));

    EXPECT_EQ(readAll("\"a\" ,b\n").errorLine, 1);
}

TEST(CsvReader, loneCarriageReturnOutsideQuotesIsAnError)
{
    const ReadResult result = readAll("a,b\r1,2\r");
    EXPECT_TRUE(result.rows.empty());
    EXPECT_TRUE(result.hasError);
    EXPECT_EQ(result.errorLine, 1);
    EXPECT_TRUE(result.errorMessage.contains(QStringLiteral("carriage return")));

    EXPECT_EQ(readAll("a\n\"b\"\rc\n").errorLine, 2);
}

TEST(CsvReader, invalidUtf8ReportsLineAndField)
{
    const ReadResult result = readAll("a,b\n1,2\n3,\"ok\nbad \xC3\x28\"\n5,6\n");
    ASSERT_EQ(result.rows.size(), 2u);
    EXPECT_TRUE(result.hasError);
    EXPECT_EQ(result.errorLine, 4);
    EXPECT_TRUE(result.errorMessage.startsWith(QStringLiteral("line 4: field 2: "))) << result.errorMessage.toStdString();
    EXPECT_TRUE(result.errorMessage.contains(QStringLiteral("UTF-8")));

    // Latin-1 text, a truncated sequence at the very end, and an encoded surrogate.
    EXPECT_EQ(readAll("x\nM\xFCller\n").errorLine, 2);
    EXPECT_EQ(readAll("x,\xE2\x82").errorLine, 1);
    EXPECT_EQ(readAll("\xED\xA0\x80\n").errorLine, 1);
}

TEST(CsvReader, errorReasonLeavesTheLineToTheCaller)
{
    CsvReader reader(QByteArray("a\n\"b"));
    CsvRecord record;
    EXPECT_FALSE(reader.hasError());
    EXPECT_TRUE(reader.errorMessage().isEmpty());
    ASSERT_TRUE(reader.next(record));
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.errorLine(), 2);
    EXPECT_TRUE(reader.errorReason().startsWith(QStringLiteral("field 1: ")));
    EXPECT_EQ(reader.errorMessage(), QStringLiteral("line 2: ") + reader.errorReason());
}

TEST(CsvReader, progressReachesTheTotal)
{
    const QByteArray data("a,b\n1,2\n3,4");
    CsvReader reader(data);
    CsvRecord record;
    EXPECT_EQ(reader.bytesRead(), 0);
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(reader.bytesRead(), 4);
    while (reader.next(record)) {
    }
    EXPECT_EQ(reader.bytesRead(), reader.totalBytes());
}

TEST(CsvReader, readsAHundredThousandLines)
{
    QByteArray data("number,customer,issued,due,amount,currency\n");
    constexpr int lineCount = 100'000;
    data.reserve(lineCount * 48);
    for (int i = 1; i < lineCount; ++i) {
        data += "INV-" + QByteArray::number(i) + ",C" + QByteArray::number(i % 977)
                + ",2024-01-15,2024-02-14," + QByteArray::number(i % 10'000) + ".25,EUR\n";
    }
    CsvReader reader(data);
    CsvRecord record;
    qsizetype records = 0;
    qsizetype lastLine = 0;
    bool allSix = true;
    while (reader.next(record)) {
        ++records;
        lastLine = record.line();
        allSix = allSix && record.fieldCount() == 6;
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorMessage().toStdString();
    EXPECT_EQ(records, lineCount);
    EXPECT_EQ(lastLine, lineCount);
    EXPECT_TRUE(allSix);
    EXPECT_EQ(record.fieldCount(), 0);
}

TEST(CsvReader, headerLookupIsTrimmedAndCaseInsensitive)
{
    CsvReader reader(QByteArray("Invoice Number, CUSTOMER ,amount,Extra\n"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    const CsvHeader header(record);
    EXPECT_EQ(header.columnCount(), 4);
    EXPECT_EQ(header.name(1), QStringLiteral("CUSTOMER"));
    EXPECT_EQ(header.indexOf(u"invoice number"), 0);
    EXPECT_EQ(header.indexOf(u"Customer"), 1);
    EXPECT_EQ(header.indexOf(u"  AMOUNT "), 2);
    EXPECT_EQ(header.indexOf(u"currency"), std::nullopt);
    EXPECT_EQ(header.missing({QStringLiteral("customer"), QStringLiteral("Currency"), QStringLiteral("due")}),
              (QStringList{QStringLiteral("Currency"), QStringLiteral("due")}));
    EXPECT_TRUE(header.missing({QStringLiteral("Amount")}).isEmpty());
    EXPECT_TRUE(header.duplicates().isEmpty());
}

TEST(CsvHeader, reportsDuplicateNames)
{
    CsvReader reader(QByteArray("amount,Customer,AMOUNT,,customer ,,amount\n"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    const CsvHeader header(record);
    EXPECT_EQ(header.indexOf(u"Amount"), 0);
    EXPECT_EQ(header.duplicates(), (QStringList{QStringLiteral("amount"), QStringLiteral("Customer")}));
}

TEST(CsvReader, otherSeparatorsSplitOnlyOnThemselves)
{
    CsvReader reader(QByteArray("a;\"b;c\";1,50\n\"x\"\"y\";;\n"), ';');
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_EQ(record.fieldCount(), 3);
    EXPECT_EQ(record.field(1), QStringLiteral("b;c"));
    EXPECT_EQ(record.field(2), QStringLiteral("1,50")) << "a comma is data in a semicolon file";
    ASSERT_TRUE(reader.next(record));
    ASSERT_EQ(record.fieldCount(), 3);
    EXPECT_EQ(record.field(0), QStringLiteral("x\"y"));
    EXPECT_FALSE(reader.next(record));
    EXPECT_FALSE(reader.hasError());

    CsvReader tabs(QByteArray("a\tb c\t\"d\te\"\n"), '\t');
    ASSERT_TRUE(tabs.next(record));
    ASSERT_EQ(record.fieldCount(), 3);
    EXPECT_EQ(record.field(2), QStringLiteral("d\te"));

    CsvReader bad(QByteArray("\"a\"x;b\n"), ';');
    EXPECT_FALSE(bad.next(record));
    EXPECT_TRUE(bad.errorReason().contains(QStringLiteral("separator ;"))) << bad.errorReason().toStdString();
}
