#include "currency.h"

namespace ardesk {

bool isValidCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

std::optional<int> currencyDecimals(const QString &code)
{
    if (!isValidCurrencyCode(code))
        return std::nullopt;
    // ISO 4217 currencies whose minor unit is not 2 digits.
    static const char *const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                       "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    static const char *const four[] = {"CLF", "UYW"};
    // A valid code is three ASCII capitals: compare them in place (no conversion per call;
    // the imports ask once per amount).
    const char letters[3] = {static_cast<char>(code[0].unicode()), static_cast<char>(code[1].unicode()),
                             static_cast<char>(code[2].unicode())};
    auto is = [&letters](const char *c) { return letters[0] == c[0] && letters[1] == c[1] && letters[2] == c[2]; };
    for (const char *c : zero)
        if (is(c))
            return 0;
    for (const char *c : three)
        if (is(c))
            return 3;
    for (const char *c : four)
        if (is(c))
            return 4;
    return 2;
}

} // namespace ardesk
