#pragma once
// Shared helpers of the issue-6 services (credit policy, strategies, interest, plans,
// approvals): strict dates, CSV header checks, interest terms resolution.

#include "interest_service.h"

#include "domain/csv_reader.h"
#include "storage/policy_repository.h"

#include <QHash>

namespace ardesk::policy {

std::optional<QDate> parseIsoDate(QStringView text);

// Reads the header of a CSV import: required columns present, no duplicates. Returns the
// column index by name (lower-case); problems go to `report`.
std::optional<QHash<QString, qsizetype>> readHeader(CsvReader &reader, const QStringList &required,
                                                    PolicyImportReport &report);
void addProblem(PolicyImportReport &report, qsizetype line, const QString &field, const QString &reason);

ResolvedInterestTerms resolveInterestTerms(const QString &country, bool consumer, const CreditPolicy *policy,
                                           const std::vector<InterestRule> &rules);

} // namespace ardesk::policy
