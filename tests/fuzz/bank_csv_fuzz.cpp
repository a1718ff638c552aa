// libFuzzer target fuzz_bank_csv: a bank's CSV export read through a column mapping
// (parseBankCsvMapping, readBankCsv, parseBankAmount; issue 4) on arbitrary bytes.
//
// Input: when the first byte is '{', the mapping JSON runs up to the first NUL byte and
// the CSV follows it (so the mapping parser is fuzzed too); otherwise the first byte picks
// one of three built-in mappings (byte % 3: ISO dates with a currency column; German
// dates, decimal comma and thousands dots with a fixed EUR; Swiss apostrophes with two
// remittance columns and a reference column) and the rest is the CSV.
//
// Checked: no crash, no sanitizer finding; every problem names a reason; an accepted file
// has entries with a valid date, a positive amount in an ISO 4217 currency, a line >= 1 and
// a non-empty reference that is unique in the file; a mapping that parses writes JSON that
// parses back to the same mapping.
//
// Built with -DARDESK_FUZZ=ON (clang 19, ASan + UBSan); run with scripts/fuzz.sh, seeds in
// tests/fuzz/corpus/bank_csv. See tests/fuzz/README.md.

#include "domain/bank_csv_mapping.h"
#include "domain/currency.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace ardesk;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_bank_csv: invariant broken: %s\n", what);
        __builtin_trap();
    }
}

BankCsvMapping builtIn(int which)
{
    BankCsvMapping mapping;
    mapping.dateColumn = QStringLiteral("date");
    mapping.amountColumn = QStringLiteral("amount");
    mapping.debtorNameColumn = QStringLiteral("name");
    mapping.debtorAccountColumn = QStringLiteral("iban");
    mapping.remittanceColumn = QStringLiteral("text");
    switch (which) {
    case 0:
        mapping.name = QStringLiteral("iso");
        mapping.currencyColumn = QStringLiteral("currency");
        break;
    case 1:
        mapping.name = QStringLiteral("sparkasse");
        mapping.currency = QStringLiteral("EUR");
        mapping.dateFormat = QStringLiteral("dd.MM.yyyy");
        mapping.decimal = u',';
        mapping.thousands = QStringLiteral(".");
        break;
    default:
        mapping.name = QStringLiteral("swiss");
        mapping.currencyColumn = QStringLiteral("currency");
        mapping.remittanceColumn = QStringLiteral("text1+text2");
        mapping.referenceColumn = QStringLiteral("ref");
        mapping.dateFormat = QStringLiteral("dd.MM.yy");
        mapping.thousands = QStringLiteral("'");
        break;
    }
    return mapping;
}

bool sameMapping(const BankCsvMapping &a, const BankCsvMapping &b)
{
    return a.name == b.name && a.dateColumn == b.dateColumn && a.amountColumn == b.amountColumn
            && a.currencyColumn == b.currencyColumn && a.currency == b.currency
            && a.debtorNameColumn == b.debtorNameColumn && a.debtorAccountColumn == b.debtorAccountColumn
            && a.remittanceColumn == b.remittanceColumn && a.referenceColumn == b.referenceColumn
            && a.dateFormat == b.dateFormat && a.decimal == b.decimal && a.thousands == b.thousands;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    BankCsvMapping mapping;
    QByteArray csv;
    if (input.front() == '{') {
        const qsizetype end = input.indexOf('\0');
        const QByteArray json = end < 0 ? input : input.left(end);
        const BankCsvMappingParse parsed = parseBankCsvMapping(json);
        if (!parsed.ok())
            return 0;
        const BankCsvMappingParse again = parseBankCsvMapping(parsed.mapping.toJson());
        check(again.ok(), "a parsed mapping's JSON does not parse");
        check(sameMapping(again.mapping, parsed.mapping), "a parsed mapping's JSON reads back different");
        mapping = parsed.mapping;
        csv = end < 0 ? QByteArray() : input.mid(end + 1);
    } else {
        mapping = builtIn(static_cast<unsigned char>(input.front()) % 3);
        csv = input.mid(1);
    }

    const BankFileRead read = readBankCsv(csv, mapping, QStringLiteral("fuzz.csv"));
    for (const BankFileProblem &problem : read.problems)
        check(!problem.reason.isEmpty(), "problem without a reason");
    if (!read.ok())
        return 0;
    QSet<QString> references;
    for (const BankEntry &entry : read.statement.entries) {
        check(entry.line >= 1, "entry without a line");
        check(entry.bookingDate.isValid(), "entry without a booking date");
        check(entry.amount.minor() > 0, "entry amount not positive");
        check(isValidCurrencyCode(entry.amount.currency()), "entry currency not ISO 4217");
        check(!entry.entryRef.isEmpty(), "entry without a reference");
        check(!references.contains(entry.entryRef), "entry reference used twice");
        references.insert(entry.entryRef);
        MinorUnits minor = 0;
        (void)parseBankAmount(entry.amount.toDecimalString(), BankCsvMapping{}, entry.amount.currency(), minor);
    }
    return 0;
}
