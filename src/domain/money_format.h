#pragma once
// Money shown to people: the integer minor units split into major and minor digits and
// written with a QLocale's group separator, decimal point, zero digit and minus sign, with
// the currency's decimals ("1,234.56" / "1.234,56" / "1 234,56"). Never through a double.
// The one formatter behind the GUI's grids (ui/common/display_format.h) and the documents
// (documents/document_format.h); both layers may use the domain.

#include "money.h"

#include <QLocale>
#include <QString>

namespace ardesk {

QString localeAmount(MinorUnits minor, const QString &currency, const QLocale &locale);

// Percentages shown to people: the number and the locale's percent sign, joined the way the
// locale writes them: "12.50%" in English, "12,50 %" in German, French, Swedish, Czech and
// the other languages that put a space before the sign. That space is a no-break space
// (U+00A0), so that a line never breaks between the number and the sign.
bool spaceBeforePercentSign(const QLocale &locale);
QString withPercentSign(const QString &number, const QLocale &locale);
// Hundredths of a percent (1250 = 12.50 %) with two decimals, never through a double.
QString localePercent(qint64 hundredths, const QLocale &locale);

} // namespace ardesk
