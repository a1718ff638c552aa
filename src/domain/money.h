#pragma once
// Money: an exact integer number of minor units plus an ISO 4217 currency.
// Never a double. Arithmetic between two currencies is refused (returns an Error).
// Rounding rule for every derived amount (interest, discounts, splits): half away
// from zero on the minor unit (see roundedDivide), documented in docs/ledger.md.

#include "error.h"

#include <QString>

#include <cstdint>

namespace ardesk {

using MinorUnits = std::int64_t;
__extension__ using WideInt = __int128; // for exact intermediate products

// Divides exactly and rounds half away from zero. denominator must not be 0.
MinorUnits roundedDivide(WideInt numerator, WideInt denominator);

class Money final {
public:
    Money() = default;
    Money(MinorUnits minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    MinorUnits minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int decimals() const;

    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> add(const Money &other) const;
    Result<Money> subtract(const Money &other) const;
    Money negated() const { return {-m_minor, m_currency}; }
    // this x numerator / denominator, rounded half away from zero.
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;

    // "1234.56" ("1234" for a currency without decimals, "-5.00" when negative):
    // the locale-free form used in CSV and JSON.
    QString toDecimalString() const;

    // Parses a locale-free amount: digits, optionally '.' and at most the currency's
    // decimals ("12", "12.5", "12.50"). A leading '-' is accepted only with
    // SignPolicy::AllowNegative.
    enum class SignPolicy { NonNegativeOnly, AllowNegative };
    static Result<Money> parse(QStringView text, const QString &currency,
                               SignPolicy sign = SignPolicy::NonNegativeOnly);

    friend bool operator==(const Money &, const Money &) = default;

private:
    MinorUnits m_minor = 0;
    QString m_currency;
};

// Formats minor units with the given number of decimals, locale-free ("-12.05").
QString formatMinorUnits(MinorUnits minor, int decimals);

} // namespace ardesk
