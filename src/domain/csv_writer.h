#pragma once
// Writing CSV for exports: RFC 4180 quoting, and spreadsheet formulas neutralised so that
// a report opened in a spreadsheet runs nothing (OWASP "CSV injection").
//
// EVERY CSV that ardesk writes for people to open (CLI --format csv, report exports,
// statements) goes through csvField / csvRecord: do not join fields by hand.
// Pure functions; nothing throws.

#include <QString>
#include <QStringList>

namespace ardesk {

// One field, ready to be joined with commas:
// - a cell a spreadsheet would evaluate (first character = + - @, tab or carriage return)
//   gets a leading apostrophe, so it is shown as text; a plain number written by ardesk
//   itself ("-12.50", "-3") is left as it is, so amounts stay numbers;
// - a field holding a comma, a double quote, a line break or a leading or trailing
//   space is quoted, with quotes doubled.
QString csvField(const QString &value);

// The fields, each through csvField, joined by commas and ended by CRLF.
QString csvRecord(const QStringList &fields);

// True when a spreadsheet would treat the text as a formula (what csvField neutralises).
bool csvLooksLikeFormula(QStringView value);

} // namespace ardesk
