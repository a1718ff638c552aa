#include "display_format.h"

#include "domain/currency.h"
#include "domain/money_format.h"
#include "domain/ledger_types.h"

#include <QCoreApplication>

namespace ardesk {

QString formatAmount(MinorUnits minor, const QString &currency, const QLocale &locale)
{
    return localeAmount(minor, currency, locale);
}

QString formatMoney(MinorUnits minor, const QString &currency, const QLocale &locale)
{
    return formatAmount(minor, currency, locale) + QChar(u' ') + currency;
}

QString formatPercent(double percent, int decimals, const QLocale &locale)
{
    return withPercentSign(locale.toString(percent, 'f', decimals), locale);
}

QString formatDate(QDate date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString paymentMethodDisplayName(const QString &key)
{
    const auto method = paymentMethodFromKey(key);
    if (!method)
        return key;
    switch (*method) {
    case PaymentMethod::Check:
        return QCoreApplication::translate("PaymentMethod", "Check");
    case PaymentMethod::Wire:
        return QCoreApplication::translate("PaymentMethod", "Wire");
    case PaymentMethod::Card:
        return QCoreApplication::translate("PaymentMethod", "Card");
    case PaymentMethod::Cash:
        return QCoreApplication::translate("PaymentMethod", "Cash");
    case PaymentMethod::DirectDebit:
        return QCoreApplication::translate("PaymentMethod", "Direct debit");
    case PaymentMethod::BankFile:
        return QCoreApplication::translate("PaymentMethod", "Bank file");
    case PaymentMethod::Other:
        return QCoreApplication::translate("PaymentMethod", "Other");
    }
    return key;
}

} // namespace ardesk
