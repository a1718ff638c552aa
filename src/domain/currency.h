#pragma once

#include <QString>

#include <optional>

namespace ardesk {

// ISO 4217: the number of minor-unit digits of a currency code.
// Returns std::nullopt for a code that is not three upper-case letters.
// Codes not in the table of exceptions have 2 decimals.
std::optional<int> currencyDecimals(const QString &code);

bool isValidCurrencyCode(const QString &code);

} // namespace ardesk
