#pragma once
// A strict RFC 4180 CSV reader over a whole file held in memory, and a header helper
// that finds columns by name.
//
// Error style: no exceptions and no logging. The reader reports the first error it
// meets as a value (hasError(), errorLine(), errorReason(), errorMessage()) and stops;
// next() returns false both at the end and on an error, so loop on next() and check
// hasError() afterwards. Importers print "FILE:LINE: reason" from errorLine() and
// errorReason(), or use errorMessage(), which already names the line.
//
// This header deliberately does not use std::expected (error.h): the libFuzzer entry
// point is built with clang 14, whose concepts level hides std::expected in libstdc++ 12.
//
// Format accepted (RFC 4180, strictly):
// - UTF-8; a leading UTF-8 byte order mark is skipped. Invalid UTF-8 is an error.
// - Records end with LF or CRLF; the last record may lack a line break. A carriage
//   return outside quotes that is not followed by LF is an error (old Mac line endings
//   would otherwise glue the whole file into one record).
// - Fields are separated by commas (or by another one-byte ASCII separator given to the
//   constructor, such as ';' for European bank exports or TAB). A field is either unquoted (no quote, CR or LF in
//   it) or wholly enclosed in double quotes, inside which commas, CR, LF and doubled
//   quotes ("") are data. Spaces are data and are never trimmed.
// - A line with zero bytes between line breaks is skipped (it still counts for line
//   numbers). A line holding only "" is a record with one empty field.
// - Line numbers are 1-based physical lines counted by LF: the header is line 1, and a
//   record after a quoted field with two embedded line breaks starts two lines later.
// - How many fields a record has is the caller's business: the reader never compares
//   records with one another or with the header.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace ardesk {

// One record. Unquoted fields and quoted fields without doubled quotes are views into
// the reader's data (zero-copy); only quoted fields with doubled quotes are unescaped
// into a buffer owned by the record. A record shares the data with its reader (Qt's
// implicit sharing), so it stays valid after the reader is gone, and copies are cheap
// to keep. Reuse one record across next() calls so that its buffers are reused too.
class CsvRecord final {
public:
    CsvRecord() = default;

    // 1-based physical line on which the record starts.
    qsizetype line() const { return m_line; }
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }

    // The field's bytes, unescaped, without enclosing quotes. Out of range: an empty view.
    QByteArrayView rawField(qsizetype index) const;
    // The field decoded from UTF-8 (the reader has already checked that it is valid).
    // Out of range: an empty string.
    QString field(qsizetype index) const;

private:
    friend class CsvReader;

    struct Field {
        qsizetype offset = 0; // into m_data, or into m_unescaped when unescaped
        qsizetype size = 0;
        bool unescaped = false;
    };

    QByteArray m_data;
    std::string m_unescaped;
    std::vector<Field> m_fields;
    qsizetype m_line = 0;
};

class CsvReader final {
public:
    // separator: ',' (RFC 4180), or ';', TAB or '|'; never a quote, CR or LF.
    explicit CsvReader(QByteArray data, char separator = ',');

    // Reads the next record into record. Returns false at the end of the data or on an
    // error (then hasError() is true, and every later call returns false too).
    bool next(CsvRecord &record);

    bool hasError() const { return m_errorLine > 0; }
    // 1-based line the error is on (for an unclosed quote: the line where it opens); 0
    // when there is no error.
    qsizetype errorLine() const { return m_errorLine; }
    // What is wrong, naming the field number but not the line, e.g. for
    // "FILE:LINE: reason". Empty when there is no error.
    QString errorReason() const { return m_errorReason; }
    // A complete message that names the line: "line 12: field 3: ...".
    QString errorMessage() const;

    // Progress: bytes consumed so far (including a skipped byte order mark) out of all.
    qsizetype bytesRead() const { return m_position; }
    qsizetype totalBytes() const { return m_data.size(); }

private:
    bool fail(qsizetype line, QString reason);
    bool checkUtf8(const CsvRecord &record, qsizetype recordStart);

    QByteArray m_data;
    char m_separator = ',';
    std::array<bool, 256> m_unquotedStops{};
    qsizetype m_position = 0;
    qsizetype m_line = 1;
    qsizetype m_errorLine = 0;
    QString m_errorReason;
};

// Column lookup by name in a header record: names are compared trimmed and
// case-insensitively. Callers ignore columns they do not know.
class CsvHeader final {
public:
    CsvHeader() = default;
    explicit CsvHeader(const CsvRecord &record);

    qsizetype columnCount() const { return m_names.size(); }
    // The name as written in the file, trimmed.
    QString name(qsizetype index) const { return m_names.value(index); }

    // Index of the first column with this name, if any.
    std::optional<qsizetype> indexOf(QStringView name) const;
    // The required names, as given, that no column has.
    QStringList missing(const QStringList &required) const;
    // Non-empty names (as first written) that head more than one column: a strict importer
    // refuses these, since a lookup would silently pick the first.
    QStringList duplicates() const;

private:
    QStringList m_names;
};

} // namespace ardesk
