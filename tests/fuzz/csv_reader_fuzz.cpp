// libFuzzer target fuzz_csv_reader: ardesk::CsvReader on arbitrary bytes. Checks the
// reader's invariants, then writes every record back as CSV (all fields quoted) and checks
// that reading that gives the same fields.
//
// Built with -DARDESK_FUZZ=ON (clang 19, ASan + UBSan); run with scripts/fuzz.sh, seeds in
// tests/fuzz/corpus/csv_reader. See tests/fuzz/README.md.

#include "domain/csv_reader.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QByteArray quoted(QByteArrayView field)
{
    QByteArray result("\"");
    for (char c : field) {
        result += c;
        if (c == '"')
            result += '"';
    }
    result += '"';
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    ardesk::CsvReader reader(data);
    ardesk::CsvRecord record;
    QList<QList<QByteArray>> records;
    QByteArray rewritten;
    qsizetype previousLine = 0;
    qsizetype previousBytes = reader.bytesRead();
    check(reader.totalBytes() == data.size());

    while (reader.next(record)) {
        check(record.line() > previousLine);
        check(record.fieldCount() >= 1);
        check(reader.bytesRead() > previousBytes && reader.bytesRead() <= reader.totalBytes());
        previousLine = record.line();
        previousBytes = reader.bytesRead();

        QList<QByteArray> fields;
        for (qsizetype i = 0; i < record.fieldCount(); ++i) {
            const QByteArrayView raw = record.rawField(i);
            check(raw.isValidUtf8());
            check(record.field(i).toUtf8() == raw);
            fields.append(raw.toByteArray());
            rewritten += (i == 0 ? "" : ",") + quoted(raw);
        }
        rewritten += '\n';
        records.append(fields);
        if (records.size() == 1) {
            const ardesk::CsvHeader header(record);
            for (qsizetype i = 0; i < header.columnCount(); ++i) {
                const std::optional<qsizetype> found = header.indexOf(header.name(i));
                check(found && *found <= i);
            }
            check(header.missing(QStringList{header.name(0)}).isEmpty());
            (void)header.duplicates();
        }
    }
    check(!reader.next(record));
    check(record.fieldCount() == 0);
    if (reader.hasError()) {
        check(reader.errorLine() >= 1 && !reader.errorReason().isEmpty());
        check(reader.errorLine() > previousLine);
    } else {
        check(reader.errorLine() == 0 && reader.bytesRead() == reader.totalBytes());
    }

    // What was read, written back with every field quoted, reads back the same.
    ardesk::CsvReader again(rewritten);
    qsizetype index = 0;
    while (again.next(record)) {
        check(index < records.size());
        check(record.line() > index);
        check(record.fieldCount() == records.at(index).size());
        for (qsizetype i = 0; i < record.fieldCount(); ++i)
            check(record.rawField(i) == records.at(index).at(i));
        ++index;
    }
    check(!again.hasError() && index == records.size());
    return 0;
}
