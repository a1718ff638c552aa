#pragma once
// How the grids show values: money in the user's locale with the currency's decimals
// and its code ("1,234.56 EUR"), dates in the locale's short format. Money never passes
// through a double: the integer minor units are split into major and minor digits.

#include "domain/money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace ardesk {

// "1,234.56" (no currency code), with the currency's decimals.
QString formatAmount(MinorUnits minor, const QString &currency, const QLocale &locale = QLocale());
// "1,234.56 EUR".
QString formatMoney(MinorUnits minor, const QString &currency, const QLocale &locale = QLocale());
QString formatDate(QDate date, const QLocale &locale = QLocale());
// A percentage with `decimals` decimals as the locale writes it: "12.50%" in English,
// "12,50 %" in German, French, Swedish or Czech with a no-break space before the sign, so
// that "1,00 %" never wraps (domain/money_format.h).
QString formatPercent(double percent, int decimals, const QLocale &locale = QLocale());
// The translated name of a payment method key (check, wire, ...); unknown keys as stored.
QString paymentMethodDisplayName(const QString &key);

} // namespace ardesk
