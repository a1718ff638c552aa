// camt.053 (001.02 and 001.08) and mapped-CSV bank files read from raw bytes: the samples
// in tests/data/bank, ISO 11649 RF check digits, and every bad-file case of issue 4
// (truncated XML, wrong namespace, amount without currency, duplicate entry references)
// with its line and element.

#include "domain/bank_csv_mapping.h"
#include "domain/camt053_reader.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace ardesk;

namespace {

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/bank/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

std::string problems(const BankFileRead &read)
{
    std::string text;
    for (const BankFileProblem &p : read.problems)
        text += formatBankFileProblem(QStringLiteral("f.xml"), p).toStdString() + "\n";
    return text;
}

QByteArray camt(const QByteArray &entries, const char *version = "02")
{
    return QByteArray("<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.") +
           version + "\">\n<BkToCstmrStmt><Stmt><Id>S1</Id>\n" + entries + "</Stmt></BkToCstmrStmt>\n</Document>\n";
}

const QByteArray kEntry = "<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-02</Dt>"
                          "</BookgDt><AcctSvcrRef>R1</AcctSvcrRef></Ntry>\n";

} // namespace

TEST(CreditorReference, checksDigitsMod97)
{
    EXPECT_TRUE(isValidCreditorReference(u"RF18539007547034"));   // ISO 11649 example
    EXPECT_TRUE(isValidCreditorReference(u"RF18 5390 0754 7034"));
    EXPECT_TRUE(isValidCreditorReference(u"rf69inv2001"));
    EXPECT_FALSE(isValidCreditorReference(u"RF19539007547034"));
    EXPECT_FALSE(isValidCreditorReference(u"RF18539007547035"));
    EXPECT_FALSE(isValidCreditorReference(u"RF1"));
    EXPECT_FALSE(isValidCreditorReference(u"XX18539007547034"));
    EXPECT_EQ(makeCreditorReference(u"539007547034"), QStringLiteral("RF18539007547034"));
    EXPECT_EQ(makeCreditorReference(u"INV2001"), QStringLiteral("RF69INV2001"));
    EXPECT_EQ(creditorReferenceBody(u"RF69 INV2001"), QStringLiteral("INV2001"));
    EXPECT_TRUE(makeCreditorReference(u"TOO-LONG").isEmpty());
}

TEST(Camt053Reader, readsVersion02Sample)
{
    const BankFileRead read = readCamt053(sample("camt053_v02.xml"));
    ASSERT_TRUE(read.ok()) << problems(read);
    EXPECT_EQ(read.statement.statementRef, QStringLiteral("STMT-2026-03-31-01"));
    EXPECT_EQ(read.statement.account, QStringLiteral("DE02120300000000202051"));
    ASSERT_EQ(read.statement.entries.size(), 5u);
    const BankEntry &first = read.statement.entries[0];
    EXPECT_EQ(first.entryRef, QStringLiteral("BANKREF-0001")); // AcctSvcrRef wins over NtryRef
    EXPECT_EQ(first.amount, Money(35000, QStringLiteral("EUR")));
    EXPECT_EQ(first.bookingDate, QDate(2026, 3, 30));
    EXPECT_EQ(first.debtorName, QStringLiteral("Müller Maschinenbau GmbH"));
    EXPECT_EQ(first.debtorAccount, QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(first.remittance, QStringLiteral("Rechnung INV 1001 und 0001002"));
    EXPECT_TRUE(first.isIncomingPayment());
    EXPECT_EQ(read.statement.entries[1].creditorReference, QStringLiteral("RF69INV2001"));
    EXPECT_EQ(read.statement.entries[2].direction, CreditDebit::Debit);
    EXPECT_FALSE(read.statement.entries[2].isIncomingPayment());
    EXPECT_GT(first.line, 1);
}

TEST(Camt053Reader, readsVersion08Sample)
{
    const BankFileRead read = readCamt053(sample("camt053_v08.xml"));
    ASSERT_TRUE(read.ok()) << problems(read);
    ASSERT_EQ(read.statement.entries.size(), 2u);
    const BankEntry &first = read.statement.entries[0];
    EXPECT_EQ(first.entryRef, QStringLiteral("SEB-0001"));
    EXPECT_EQ(first.debtorName, QStringLiteral("Svensson AB")); // Dbtr/Pty/Nm
    EXPECT_EQ(first.bookingDate, QDate(2026, 4, 29));          // BookgDt/DtTm
    EXPECT_TRUE(first.booked);                                  // Sts/Cd
    EXPECT_FALSE(read.statement.entries[1].booked);             // PDNG
    EXPECT_FALSE(read.statement.entries[1].isIncomingPayment());
}

TEST(Camt053Reader, entryReferenceFallsBackToNtryRefThenEndToEndId)
{
    const BankFileRead read = readCamt053(camt(
            "<Ntry><NtryRef>N9</NtryRef><Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-02</Dt>"
            "</BookgDt></Ntry>\n"
            "<Ntry><Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-02</Dt></BookgDt>"
            "<NtryDtls><TxDtls><Refs><EndToEndId>E2E-5</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>\n"));
    ASSERT_TRUE(read.ok()) << problems(read);
    EXPECT_EQ(read.statement.entries[0].entryRef, QStringLiteral("N9"));
    EXPECT_EQ(read.statement.entries[1].entryRef, QStringLiteral("E2E-5"));
}

TEST(Camt053Reader, refusesTruncatedXmlWithLine)
{
    QByteArray data = sample("camt053_v02.xml");
    data.truncate(data.indexOf("BANKREF-0002"));
    const BankFileRead read = readCamt053(data);
    ASSERT_EQ(read.problems.size(), 1u) << problems(read);
    EXPECT_GT(read.problems[0].line, 20);
    EXPECT_TRUE(read.problems[0].reason.contains(QStringLiteral("truncated"))) << problems(read);
}

TEST(Camt053Reader, refusesWrongNamespace)
{
    QByteArray data = camt(kEntry);
    data.replace("camt.053.001.02", "camt.052.001.02");
    const BankFileRead read = readCamt053(data);
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems[0].line, 2);
    EXPECT_EQ(read.problems[0].element, QStringLiteral("Document"));
    EXPECT_TRUE(read.problems[0].reason.contains(QStringLiteral("camt.052"))) << problems(read);
    EXPECT_FALSE(readCamt053(QByteArray(camt(kEntry)).replace(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"", "")).ok());
    EXPECT_FALSE(readCamt053(camt(kEntry, "99")).ok());
    EXPECT_TRUE(readCamt053(camt(kEntry, "08")).ok());
}

TEST(Camt053Reader, refusesAmountWithoutCurrency)
{
    QByteArray entry = kEntry;
    entry.replace(" Ccy=\"EUR\"", "");
    const BankFileRead read = readCamt053(camt(entry));
    ASSERT_EQ(read.problems.size(), 1u) << problems(read);
    EXPECT_EQ(read.problems[0].line, 4);
    EXPECT_EQ(read.problems[0].element, QStringLiteral("Amt"));
    EXPECT_TRUE(read.problems[0].reason.contains(QStringLiteral("without currency"))) << problems(read);
}

TEST(Camt053Reader, refusesDuplicateEntryReference)
{
    const BankFileRead read = readCamt053(camt(kEntry + kEntry));
    ASSERT_EQ(read.problems.size(), 1u) << problems(read);
    EXPECT_EQ(read.problems[0].line, 5);
    EXPECT_EQ(read.problems[0].element, QStringLiteral("Ntry"));
    EXPECT_TRUE(read.problems[0].reason.contains(QStringLiteral("R1")));
}

TEST(Camt053Reader, refusesMissingPartsAndGarbage)
{
    EXPECT_FALSE(readCamt053(camt("<Ntry><Amt Ccy=\"EUR\">1</Amt><AcctSvcrRef>X</AcctSvcrRef></Ntry>")).ok());
    EXPECT_FALSE(readCamt053(camt(QByteArray(kEntry).replace("10.00", "ten"))).ok());
    EXPECT_FALSE(readCamt053(camt(QByteArray(kEntry).replace("CRDT", "XXXX"))).ok());
    EXPECT_FALSE(readCamt053(camt(QByteArray(kEntry).replace("2026-01-02", "2026-13-02"))).ok());
    EXPECT_FALSE(readCamt053(QByteArray()).ok());
    EXPECT_FALSE(readCamt053(QByteArray("\x00\xff<<", 4)).ok());
    EXPECT_FALSE(readCamt053(QByteArray("<a/>")).ok());
}

TEST(BankCsv, readsGermanStyleMapping)
{
    const BankCsvMappingParse parsed = parseBankCsvMapping(sample("sparkasse_mapping.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error.toStdString();
    EXPECT_EQ(parsed.mapping.name, QStringLiteral("Sparkasse"));
    const BankFileRead read = readBankCsv(sample("sparkasse.csv"), parsed.mapping, QStringLiteral("sparkasse.csv"));
    ASSERT_TRUE(read.ok()) << problems(read);
    ASSERT_EQ(read.statement.entries.size(), 3u);
    EXPECT_EQ(read.statement.entries[0].amount, Money(35000, QStringLiteral("EUR")));
    EXPECT_EQ(read.statement.entries[0].bookingDate, QDate(2026, 3, 30));
    EXPECT_EQ(read.statement.entries[0].line, 2);
    EXPECT_EQ(read.statement.entries[1].amount, Money(123456, QStringLiteral("EUR")));
    EXPECT_EQ(read.statement.entries[2].direction, CreditDebit::Debit);
    EXPECT_TRUE(read.statement.entries[0].entryRef.startsWith(u"csv:"));
    // The synthetic references are stable: the same file gives the same ones.
    const BankFileRead again = readBankCsv(sample("sparkasse.csv"), parsed.mapping, QStringLiteral("x"));
    EXPECT_EQ(again.statement.entries[1].entryRef, read.statement.entries[1].entryRef);
    // And round-trip through JSON.
    const BankCsvMappingParse back = parseBankCsvMapping(parsed.mapping.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.mapping.toJson(), parsed.mapping.toJson());
}

TEST(BankCsv, amountsWithSeparators)
{
    BankCsvMapping m;
    m.decimal = u',';
    m.thousands = QStringLiteral(".");
    MinorUnits out = 0;
    const QString eur = QStringLiteral("EUR");
    EXPECT_TRUE(parseBankAmount(u"1.234.567,89", m, eur, out));
    EXPECT_EQ(out, 123456789);
    EXPECT_TRUE(parseBankAmount(u"-20,5", m, eur, out));
    EXPECT_EQ(out, -2050);
    EXPECT_TRUE(parseBankAmount(u"20,00-", m, eur, out));
    EXPECT_EQ(out, -2000);
    EXPECT_FALSE(parseBankAmount(u"1.23,00", m, eur, out));
    EXPECT_FALSE(parseBankAmount(u"1,234", m, eur, out)); // three decimals for EUR
    EXPECT_FALSE(parseBankAmount(u"12a", m, eur, out));
    EXPECT_FALSE(parseBankAmount(u"", m, eur, out));
}

TEST(BankCsv, refusesBadRowsWithLineAndColumn)
{
    const BankCsvMappingParse parsed = parseBankCsvMapping(sample("sparkasse_mapping.json"));
    ASSERT_TRUE(parsed.ok());
    const QByteArray data = "Buchungstag,Betrag,Währung,Name,IBAN,Verwendungszweck\n"
                            "30.03.2026,\"1,00\",EUR,A,,x\n"
                            "2026-03-30,\"1,00\",EUR,A,,x\n"
                            "30.03.2026,\"1,00\",,A,,x\n"
                            "30.03.2026,abc,EUR,A,,x\n";
    const BankFileRead read = readBankCsv(data, parsed.mapping, QStringLiteral("s"));
    ASSERT_EQ(read.problems.size(), 3u) << problems(read);
    EXPECT_EQ(read.problems[0].line, 3);
    EXPECT_EQ(read.problems[0].element, QStringLiteral("Buchungstag"));
    EXPECT_EQ(read.problems[1].line, 4);
    EXPECT_TRUE(read.problems[1].reason.contains(QStringLiteral("without currency")));
    EXPECT_EQ(read.problems[2].element, QStringLiteral("Betrag"));
    const BankFileRead noColumn = readBankCsv("Datum,Betrag\n", parsed.mapping, QStringLiteral("s"));
    ASSERT_FALSE(noColumn.ok());
    EXPECT_EQ(noColumn.problems[0].line, 1);
}

TEST(BankCsv, refusesBadMappings)
{
    EXPECT_FALSE(parseBankCsvMapping("{").ok());
    EXPECT_FALSE(parseBankCsvMapping("{\"columns\":{\"date\":\"D\"}}").ok());
    EXPECT_FALSE(parseBankCsvMapping("{\"columns\":{\"date\":\"D\",\"amount\":\"A\"}}").ok()); // no currency
    EXPECT_TRUE(parseBankCsvMapping("{\"columns\":{\"date\":\"D\",\"amount\":\"A\"},\"currency\":\"SEK\"}").ok());
    EXPECT_FALSE(parseBankCsvMapping("{\"columns\":{\"date\":\"D\",\"amount\":\"A\",\"colour\":\"x\"},\"currency\":\"SEK\"}").ok());
    EXPECT_FALSE(parseBankCsvMapping(
                         "{\"columns\":{\"date\":\"D\",\"amount\":\"A\"},\"currency\":\"SEK\",\"decimal\":\",\",\"thousands\":\",\"}")
                         .ok());
}

TEST(BankCsv, readsSemicolonSeparatedExportWithDecimalComma)
{
    const BankCsvMappingParse parsed = parseBankCsvMapping(sample("volksbank_mapping.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error.toStdString();
    EXPECT_EQ(parsed.mapping.delimiter, ';');
    const BankFileRead read = readBankCsv(sample("volksbank_semicolon.csv"), parsed.mapping, QStringLiteral("vb.csv"));
    ASSERT_TRUE(read.ok()) << problems(read);
    ASSERT_EQ(read.statement.entries.size(), 3u);
    const BankEntry &first = read.statement.entries[0];
    EXPECT_EQ(first.amount, Money(350'00, QStringLiteral("EUR")));
    EXPECT_EQ(first.remittance, QStringLiteral("Rechnung INV 1001; INV 1002")) << "a quoted ; is text";
    EXPECT_EQ(first.entryRef, QStringLiteral("VB-0001"));
    EXPECT_EQ(read.statement.entries[1].amount, Money(1'234'56, QStringLiteral("EUR")));
    EXPECT_EQ(read.statement.entries[1].debtorName, QStringLiteral("Svensson; Söner AB"));
    EXPECT_EQ(read.statement.entries[1].remittance, QStringLiteral("Zahlung \"INV-2001\""));
    EXPECT_EQ(read.statement.entries[2].direction, CreditDebit::Debit);
    EXPECT_EQ(read.statement.entries[2].amount, Money(20'00, QStringLiteral("EUR")));
    // Round trip keeps the delimiter; "tab" is a word for TAB; others are refused.
    const BankCsvMappingParse back = parseBankCsvMapping(parsed.mapping.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.mapping.delimiter, ';');
    const QByteArray base = "{\"columns\":{\"date\":\"D\",\"amount\":\"A\"},\"currency\":\"EUR\",\"delimiter\":";
    EXPECT_EQ(parseBankCsvMapping(base + "\"tab\"}").mapping.delimiter, '\t');
    EXPECT_EQ(parseBankCsvMapping(base + "\"|\"}").mapping.delimiter, '|');
    EXPECT_FALSE(parseBankCsvMapping(base + "\":\"}").ok());
    EXPECT_FALSE(parseBankCsvMapping(base + "\";;\"}").ok());
    // Read with the default comma, the same file is one column: refused, naming the columns.
    BankCsvMapping comma = parsed.mapping;
    comma.delimiter = ',';
    const BankFileRead wrong = readBankCsv(sample("volksbank_semicolon.csv"), comma, QStringLiteral("vb.csv"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.problems[0].line, 1);
}

TEST(BankCsv, refusesTruncatedFilesAndDuplicateReferences)
{
    const BankCsvMappingParse parsed = parseBankCsvMapping(sample("volksbank_mapping.json"));
    ASSERT_TRUE(parsed.ok());
    const QByteArray whole = sample("volksbank_semicolon.csv");
    // Cut inside a quoted field: the quote that never closes is named with its line.
    const BankFileRead truncated =
            readBankCsv(whole.left(whole.indexOf("Söner")), parsed.mapping, QStringLiteral("vb.csv"));
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.problems.back().line, 3) << problems(truncated);
    EXPECT_TRUE(truncated.problems.back().reason.contains(QStringLiteral("never closed"))) << problems(truncated);
    // The same bank reference twice.
    QByteArray twice = whole;
    twice.replace("VB-0002", "VB-0001");
    const BankFileRead duplicate = readBankCsv(twice, parsed.mapping, QStringLiteral("vb.csv"));
    ASSERT_EQ(duplicate.problems.size(), 1u) << problems(duplicate);
    EXPECT_EQ(duplicate.problems[0].line, 3);
    EXPECT_EQ(duplicate.problems[0].element, QStringLiteral("Referenz"));
    EXPECT_TRUE(duplicate.problems[0].reason.contains(QStringLiteral("VB-0001")));
    // An amount whose currency cell is empty.
    QByteArray noCurrency = whole;
    noCurrency.replace("350,00;EUR", "350,00;");
    const BankFileRead missing = readBankCsv(noCurrency, parsed.mapping, QStringLiteral("vb.csv"));
    ASSERT_EQ(missing.problems.size(), 1u) << problems(missing);
    EXPECT_EQ(missing.problems[0].line, 2);
    EXPECT_TRUE(missing.problems[0].reason.contains(QStringLiteral("without currency")));
}
