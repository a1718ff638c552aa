// libFuzzer target fuzz_camt053: the camt.053 reader (readCamt053, issue 4) on arbitrary
// bytes, plus the format sniffing and the creditor-reference helpers on what it read.
//
// Checked for every input: no crash, no sanitizer finding, and a result that keeps the
// reader's promises: a refused file names a reason for every problem; an accepted one has
// entries with a valid booking date, a positive amount in an ISO 4217 currency, a line
// >= 1 and a reference that is non-empty and unique in the file.
//
// Built with -DARDESK_FUZZ=ON (clang 19, ASan + UBSan); run with scripts/fuzz.sh, seeds in
// tests/fuzz/corpus/camt053 (the sample statements of tests/data/bank plus small
// variants). See tests/fuzz/README.md.

#include "domain/camt053_reader.h"
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
        std::fprintf(stderr, "fuzz_camt053: invariant broken: %s\n", what);
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    (void)looksLikeCamt053(data);
    const BankFileRead read = readCamt053(data);
    for (const BankFileProblem &problem : read.problems) {
        check(problem.line >= 0, "problem with a negative line");
        check(!problem.reason.isEmpty(), "problem without a reason");
    }
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
        // What matching does with the entry's texts.
        const QString normalized = normalizeCreditorReference(entry.creditorReference);
        if (isValidCreditorReference(normalized))
            check(looksLikeCreditorReference(normalized), "a valid RF reference does not look like one");
        (void)creditorReferenceBody(normalized);
        (void)normalizeAccount(entry.debtorAccount);
    }
    return 0;
}
