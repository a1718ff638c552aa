#include "ledger_types.h"

namespace ardesk {

namespace {
struct MethodKey {
    PaymentMethod method;
    const char16_t *key;
};
constexpr MethodKey kMethodKeys[] = {
    {PaymentMethod::Check, u"check"},     {PaymentMethod::Wire, u"wire"},
    {PaymentMethod::Card, u"card"},       {PaymentMethod::Cash, u"cash"},
    {PaymentMethod::DirectDebit, u"direct_debit"}, {PaymentMethod::BankFile, u"bank"},
    {PaymentMethod::Other, u"other"},
};
} // namespace

QString paymentMethodKey(PaymentMethod method)
{
    for (const auto &entry : kMethodKeys)
        if (entry.method == method)
            return QString::fromUtf16(entry.key);
    return QStringLiteral("other");
}

std::optional<PaymentMethod> paymentMethodFromKey(QStringView key)
{
    const QString lower = key.trimmed().toString().toLower();
    for (const auto &entry : kMethodKeys)
        if (lower == QStringView(entry.key))
            return entry.method;
    // Common spellings found in bank and ERP exports.
    if (lower == u"cheque")
        return PaymentMethod::Check;
    if (lower == u"transfer" || lower == u"bank_transfer" || lower == u"ach" || lower == u"sepa")
        return PaymentMethod::Wire;
    if (lower == u"credit_card" || lower == u"debit_card")
        return PaymentMethod::Card;
    if (lower == u"dd" || lower == u"direct debit")
        return PaymentMethod::DirectDebit;
    return std::nullopt;
}

} // namespace ardesk
