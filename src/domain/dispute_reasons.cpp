#include "dispute_reasons.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ardesk {

namespace {

// The texts keep the translation context they were first written in (the contact panel's
// reason list), so every language already has them.
constexpr std::array<std::pair<const char *, const char *>, 6> kReasons{{
        {"pricing", QT_TRANSLATE_NOOP("ContactPanel", "Pricing")},
        {"quantity", QT_TRANSLATE_NOOP("ContactPanel", "Quantity")},
        {"quality", QT_TRANSLATE_NOOP("ContactPanel", "Quality")},
        {"not_received", QT_TRANSLATE_NOOP("ContactPanel", "Not received")},
        {"duplicate_billing", QT_TRANSLATE_NOOP("ContactPanel", "Duplicate billing")},
        {"other", QT_TRANSLATE_NOOP("ContactPanel", "Other")},
}};

} // namespace

QString disputeReasonLabel(const QString &key)
{
    for (const auto &[reason, label] : kReasons)
        if (key == QLatin1String(reason))
            return QCoreApplication::translate("ContactPanel", label);
    return key;
}

QHash<QString, QString> disputeReasonLabels()
{
    QHash<QString, QString> labels;
    for (const auto &[reason, label] : kReasons)
        labels.insert(QString::fromLatin1(reason), QCoreApplication::translate("ContactPanel", label));
    return labels;
}

} // namespace ardesk
