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

} // namespace ardesk
