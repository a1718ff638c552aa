#include "money_format.h"

#include "currency.h"

namespace ardesk {

QString localeAmount(MinorUnits minor, const QString &currency, const QLocale &locale)
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

} // namespace ardesk
