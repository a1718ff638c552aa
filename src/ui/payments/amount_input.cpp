#include "amount_input.h"

namespace ardesk {

std::optional<MinorUnits> parseAmountInput(const QString &text, const QString &currency, const QLocale &locale)
{
    QString plain = text.trimmed();
    if (plain.isEmpty())
        return MinorUnits(0);
    // Group separators out (the locale's, and the spaces some locales use), then the
    // locale's decimal point to '.'.
    plain.remove(locale.groupSeparator());
    plain.remove(QChar(u' '));
    plain.remove(QChar(0x00A0));
    plain.remove(QChar(0x202F));
    if (locale.decimalPoint() != QStringLiteral("."))
        plain.replace(locale.decimalPoint(), QStringLiteral("."));
    const auto money = Money::parse(plain, currency);
    if (!money)
        return std::nullopt;
    return money->minor();
}

} // namespace ardesk
