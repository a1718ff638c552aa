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
    const QByteArray latin = code.toLatin1();
    for (const char *c : zero)
        if (latin == c)
            return 0;
    for (const char *c : three)
        if (latin == c)
            return 3;
    for (const char *c : four)
        if (latin == c)
            return 4;
    return 2;
}

} // namespace ardesk
