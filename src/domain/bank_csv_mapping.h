#pragma once
// A bank's CSV export read through a column mapping that the user sets once per bank and
// keeps in the book under a name (or in a JSON file). Callable on raw bytes (fuzz-ready):
// no file access, no exceptions, no std::expected (see bank_statement.h).
//
// The mapping, as JSON (docs/formats.md has the details):
//   {"name":"Sparkasse","columns":{"date":"Buchungstag","amount":"Betrag","currency":"Währung",
//    "debtor_name":"Name","debtor_account":"IBAN","remittance":"Verwendungszweck",
//    "reference":"Referenz"},"date_format":"dd.MM.yyyy","decimal":",","thousands":"."}
// European exports are often separated by semicolons and write a decimal comma:
//   "delimiter":";","decimal":",","thousands":"." (delimiter: "," default, ";", "\t" or
//   "tab", "|"; with "," an amount written with a decimal comma must be quoted).
// Required: columns.date and columns.amount, and either columns.currency or "currency"
// (one currency for the whole file). Amounts are signed: positive is money in (a credit),
// negative money out (a debit, reported and skipped).

#include "bank_statement.h"

#include <QByteArray>
#include <QString>

namespace ardesk {

struct BankCsvMapping final {
    QString name;
    QString dateColumn;
    QString amountColumn;
    QString currencyColumn;
    QString currency; // fixed currency when there is no currency column
    QString debtorNameColumn;
    QString debtorAccountColumn;
    QString remittanceColumn; // may name several columns separated by '+' ("Zweck1+Zweck2")
    QString referenceColumn;
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // QDate::fromString format
    QChar decimal = u'.';
    char delimiter = ','; // field separator: ',' ';' '\t' '|'
    QString thousands; // "" or one of . , ' and space

    QByteArray toJson() const;
};

struct BankCsvMappingParse final {
    BankCsvMapping mapping;
    QString error; // non-empty: the JSON is refused (names the key)
    bool ok() const { return error.isEmpty(); }
};

BankCsvMappingParse parseBankCsvMapping(const QByteArray &json);

// Parses a bank amount with the mapping's decimal and thousands separators; a leading
// '-' (or a trailing one) makes it negative, '+' is allowed. Returns false on bad text.
bool parseBankAmount(QStringView text, const BankCsvMapping &mapping, const QString &currency, MinorUnits &out);

// Reads the CSV (RFC 4180 with the mapping's delimiter, header row) into a statement named
// statementRef. Entries without a reference column value get a stable synthetic
// reference (docs/formats.md).
BankFileRead readBankCsv(const QByteArray &data, const BankCsvMapping &mapping, const QString &statementRef);

} // namespace ardesk
