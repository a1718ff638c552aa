#include "collection_support.h"

#include "service_support.h"

#include "storage/user_repository.h"

namespace ardesk {

bool isSupervisoryRole(Role role)
{
    return role == Role::Supervisor || role == Role::Manager || role == Role::Admin;
}

namespace collections {

CollectionSettings loadSettings(CollectionRepository &repository)
{
    CollectionSettings settings;
    if (const auto grace = repository.setting(SettingKey::graceDays)) {
        bool ok = false;
        const int value = grace->toInt(&ok);
        if (ok && value >= 0)
            settings.graceDays = value;
    }
    if (const auto start = repository.setting(SettingKey::windowStart)) {
        const QTime time = QTime::fromString(*start, QStringLiteral("HH:mm"));
        if (time.isValid())
            settings.windowStart = time;
    }
    if (const auto end = repository.setting(SettingKey::windowEnd)) {
        const QTime time = QTime::fromString(*end, QStringLiteral("HH:mm"));
        if (time.isValid())
            settings.windowEnd = time;
    }
    if (const auto business = repository.setting(SettingKey::windowAppliesToBusiness))
        settings.windowAppliesToBusiness = *business != u"0" && *business != u"false";
    return settings;
}

void auditOnCustomer(Book &book, const Stamp &stamp, const QString &action, Id customerId, QJsonObject details)
{
    AuditRepository(book).append(stamp, action, QStringLiteral("customer"), customerId, compactJson(details));
}

Result<ScopeEvaluation> evaluateStoredPromises(CollectionRepository &repository, const CustomerScope *scope, QDate asOf,
                                               int graceDays)
{
    ScopeEvaluation evaluation;
    evaluation.promises = repository.promises(scope);
    if (evaluation.promises.empty())
        return evaluation;
    const std::vector<PromisePayment> stored = repository.promisePayments(scope, asOf, graceDays);

    const PromiseRuleInputs inputs = promiseRuleInputs(evaluation.promises, stored);
    auto results = evaluatePromises(inputs.promises, inputs.payments, graceDays, asOf);
    if (!results)
        return std::unexpected(results.error());
    evaluation.results = std::move(*results);
    return evaluation;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

Id userIdOrZero(const Session &session)
{
    return session.actor().userId.value_or(0);
}

} // namespace collections
} // namespace ardesk
