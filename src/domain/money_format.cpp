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

bool spaceBeforePercentSign(const QLocale &locale)
{
    // CLDR's percent patterns ("#,##0 %"): these languages put a space before the sign;
    // English, Italian, Dutch, Portuguese, Japanese, Chinese, ... do not.
    switch (locale.language()) {
    case QLocale::German:
    case QLocale::French:
    case QLocale::Swedish:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Finnish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
    case QLocale::Danish:
    case QLocale::Spanish:
    case QLocale::Polish:
    case QLocale::Russian:
    case QLocale::Ukrainian:
    case QLocale::Bulgarian:
    case QLocale::Estonian:
    case QLocale::Lithuanian:
    case QLocale::Latvian:
    case QLocale::Hungarian:
    case QLocale::Croatian:
    case QLocale::Slovenian:
    case QLocale::Romanian:
        return true;
    default:
        return false;
    }
}

QString withPercentSign(const QString &number, const QLocale &locale)
{
    const QString sign = locale.percent().isEmpty() ? QStringLiteral("%") : locale.percent();
    return spaceBeforePercentSign(locale) ? number + QChar(0x00A0) + sign : number + sign;
}

QString localePercent(qint64 hundredths, const QLocale &locale)
{
    // Two decimals, like an amount of a two-decimal currency ("XXX": no currency).
    return withPercentSign(localeAmount(hundredths, QStringLiteral("XXX"), locale), locale);
}

} // namespace ardesk
