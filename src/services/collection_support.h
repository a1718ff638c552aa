#pragma once
// Shared plumbing of the collector desk services (internal to src/services): settings,
// the audit record on the customer, and promise evaluation over stored promises.
// Functions here may throw StorageError; callers run them inside inTransaction/reading.

#include "collection_service.h"

#include "domain/promise_evaluation.h"
#include "storage/collection_repository.h"

#include <QJsonObject>

#include <unordered_map>

namespace ardesk::collections {

namespace SettingKey {
inline const QString graceDays = QStringLiteral("collections.grace_days");
inline const QString windowStart = QStringLiteral("collections.contact_window_start");
inline const QString windowEnd = QStringLiteral("collections.contact_window_end");
inline const QString windowAppliesToBusiness = QStringLiteral("collections.window_applies_to_business");
} // namespace SettingKey

CollectionSettings loadSettings(CollectionRepository &repository);

// One audit record on the customer: entity "customer", the customer's id, action such as
// "promise.take"; details carry the customer code and the record ids.
void auditOnCustomer(Book &book, const Stamp &stamp, const QString &action, Id customerId, QJsonObject details);

// The stored promises of the scope (nullptr: all) evaluated as of `asOf` with the domain
// rule. Results in the order of `promises`.
struct ScopeEvaluation final
{
    std::vector<StoredPromise> promises;
    QList<PromiseEvaluation> results;
};
Result<ScopeEvaluation> evaluateStoredPromises(CollectionRepository &repository, const CustomerScope *scope, QDate asOf,
                                               int graceDays);

QString isoDate(QDate date);
inline QJsonValue jsonId(Id id)
{
    return QJsonValue(static_cast<qint64>(id));
}
Id userIdOrZero(const Session &session);

} // namespace ardesk::collections
