#pragma once
// Amounts as a clerk types them: in the user's locale ("1,234.56" in English, "1 234,56"
// in Swedish) or locale-free ("1234.56"), never through a double. Empty text is zero.

#include "domain/money.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace ardesk {

// The minor units of `text` in `currency`; empty when it is not an amount (or negative).
std::optional<MinorUnits> parseAmountInput(const QString &text, const QString &currency,
                                           const QLocale &locale = QLocale());

} // namespace ardesk
