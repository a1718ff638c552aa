#include "display_format.h"

#include "domain/currency.h"
#include "domain/ledger_types.h"

#include <QCoreApplication>

namespace ardesk {

QString formatAmount(MinorUnits minor, const QString &currency, const QLocale &locale)
{
    const int decimals = currencyDecimals(currency).value_or(2);
    // Unsigned magnitude: also right for the most negative int64.
    const quint64 magnitude = minor < 0 ? quint64(0) - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = locale.toString(static_cast<qulonglong>(magnitude / scale));
    if (decimals > 0) {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        QString fraction = plain.toString(static_cast<qulonglong>(magnitude % scale));
        while (fraction.size() < decimals)
            fraction.prepend(locale.zeroDigit());
        text += locale.decimalPoint() + fraction;
    }
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatMoney(MinorUnits minor, const QString &currency, const QLocale &locale)
{
    return formatAmount(minor, currency, locale) + QChar(u' ') + currency;
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
