#include "money.h"

#include <iterator>

#include "currency.h"

#include <QCoreApplication>

#include <limits>

namespace ardesk {

MinorUnits roundedDivide(WideInt numerator, WideInt denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const WideInt magnitude = negative ? -numerator : numerator;
    WideInt quotient = magnitude / denominator;
    const WideInt remainder = magnitude % denominator;
    if (remainder * 2 >= denominator)
        ++quotient;
    return static_cast<MinorUnits>(negative ? -quotient : quotient);
}

int Money::decimals() const
{
    return currencyDecimals(m_currency).value_or(2);
}

Result<Money> Money::add(const Money &other) const
{
    if (other.m_currency != m_currency)
        return std::unexpected(Error::invalid(
            QCoreApplication::translate("Money", "cannot add %1 to %2").arg(other.m_currency, m_currency)));
    MinorUnits sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return std::unexpected(Error::invalid(QCoreApplication::translate("Money", "amount too large")));
    return Money(sum, m_currency);
}

Result<Money> Money::subtract(const Money &other) const
{
    return add(other.negated());
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    return {roundedDivide(static_cast<WideInt>(m_minor) * numerator, denominator), m_currency};
}

QString formatMinorUnits(MinorUnits minor, int decimals)
{
    const bool negative = minor < 0;
    // Work in unsigned to survive INT64_MIN.
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(minor)
                                            : static_cast<unsigned long long>(minor);
    if (decimals < 0 || decimals > 18) { // never for a currency; the general way
        unsigned long long scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        QString text = QString::number(magnitude / scale);
        if (decimals > 0)
            text += u'.' + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QChar(u'0'));
        if (negative)
            text.prepend(u'-');
        return text;
    }
    // Written backwards into one buffer, one allocation (the CLI's queue tables format tens of
    // thousands of amounts and scores; QString::arg was most of their cost).
    char16_t buffer[48];
    char16_t *end = buffer + std::size(buffer);
    char16_t *p = end;
    for (int i = 0; i < decimals; ++i) {
        *--p = static_cast<char16_t>(u'0' + magnitude % 10);
        magnitude /= 10;
    }
    if (decimals > 0)
        *--p = u'.';
    do {
        *--p = static_cast<char16_t>(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--p = u'-';
    return QString(reinterpret_cast<const QChar *>(p), static_cast<qsizetype>(end - p));
}

QString Money::toDecimalString() const
{
    return formatMinorUnits(m_minor, decimals());
}

Result<Money> Money::parse(QStringView text, const QString &currency, SignPolicy sign)
{
    const auto decimals = currencyDecimals(currency);
    if (!decimals)
        return std::unexpected(Error::invalid(
            QCoreApplication::translate("Money", "'%1' is not an ISO 4217 currency code").arg(currency)));
    QStringView body = text.trimmed();
    bool negative = false;
    if (body.startsWith(u'-')) {
        if (sign != SignPolicy::AllowNegative)
            return std::unexpected(Error::invalid(
                QCoreApplication::translate("Money", "negative amount '%1'").arg(text.toString())));
        negative = true;
        body = body.mid(1);
    }
    if (body.isEmpty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("Money", "empty amount")));
    unsigned long long whole = 0;
    unsigned long long fraction = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    int wholeDigits = 0;
    for (const QChar c : body) {
        if (c == u'.') {
            if (seenPoint)
                return std::unexpected(Error::invalid(
                    QCoreApplication::translate("Money", "'%1' is not an amount").arg(text.toString())));
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::unexpected(Error::invalid(
                QCoreApplication::translate("Money", "'%1' is not an amount (use digits and '.')").arg(text.toString())));
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++fractionDigits > *decimals)
                return std::unexpected(Error::invalid(
                    QCoreApplication::translate("Money", "'%1' has more than %2 decimals for %3")
                        .arg(text.toString())
                        .arg(*decimals)
                        .arg(currency)));
            fraction = fraction * 10 + digit;
        } else {
            if (++wholeDigits > 15)
                return std::unexpected(Error::invalid(
                    QCoreApplication::translate("Money", "'%1' is too large").arg(text.toString())));
            whole = whole * 10 + digit;
        }
    }
    if (wholeDigits == 0 && fractionDigits == 0)
        return std::unexpected(Error::invalid(
            QCoreApplication::translate("Money", "'%1' is not an amount").arg(text.toString())));
    for (int i = fractionDigits; i < *decimals; ++i)
        fraction *= 10;
    unsigned long long scale = 1;
    for (int i = 0; i < *decimals; ++i)
        scale *= 10;
    MinorUnits minor = 0;
    if (__builtin_mul_overflow(static_cast<MinorUnits>(whole), static_cast<MinorUnits>(scale), &minor) ||
        __builtin_add_overflow(minor, static_cast<MinorUnits>(fraction), &minor))
        return std::unexpected(Error::invalid(
            QCoreApplication::translate("Money", "'%1' is too large").arg(text.toString())));
    return Money(negative ? -minor : minor, currency);
}

} // namespace ardesk
