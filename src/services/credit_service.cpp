#include "credit_service.h"
#include "domain/instalment_terms.h"

#include "collection_service.h"
#include "policy_support.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

constexpr const char16_t *kDecisionKeys[] = {u"keep", u"raise", u"lower", u"change_class", u"temporary_increase"};

Error notFoundCustomer(const QString &code)
{
    return Error::notFound(QCoreApplication::translate("CreditService", "customer %1 does not exist").arg(code));
}

int reviewInterval(const std::map<Id, CreditPolicy> &policies, std::optional<Id> policyId)
{
    if (policyId)
        if (const auto it = policies.find(*policyId); it != policies.end() && it->second.reviewIntervalDays > 0)
            return it->second.reviewIntervalDays;
    return 365;
}

std::map<Id, CreditPolicy> policiesById(PolicyRepository &repo)
{
    std::map<Id, CreditPolicy> result;
    for (CreditPolicy &policy : repo.policies())
        result.emplace(policy.id, std::move(policy));
    return result;
}

} // namespace

QString reviewDecisionKey(ReviewDecision decision)
{
    return QString::fromUtf16(kDecisionKeys[static_cast<int>(decision)]);
}

std::optional<ReviewDecision> reviewDecisionFromKey(QStringView key)
{
    for (int i = 0; i < 5; ++i)
        if (key == QStringView(kDecisionKeys[i]))
            return static_cast<ReviewDecision>(i);
    return std::nullopt;
}

// --- policies ----------------------------------------------------------------------------------------

Result<Id> CreditService::savePolicy(const CreditPolicy &policy)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    if (policy.name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("CreditService", "name: is empty")));
    if (policy.termsDays < 0 || policy.discountDays < 0 || policy.discountPercentHundredths < 0 ||
        policy.discountPercentHundredths > 10000 || policy.reviewIntervalDays <= 0)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("CreditService", "terms: days and percentages must not be negative")));
    if (policy.discountDays > policy.termsDays)
        return std::unexpected(Error::invalid(QCoreApplication::translate(
                "CreditService", "discount_days: the discount period cannot be longer than the terms")));
    auto invalid = [](const QString &text) { return std::unexpected(Error::invalid(text)); };
    if (const QString risk = policy.riskClass.trimmed();
        !risk.isEmpty() && !(risk.size() == 1 && risk.at(0) >= u'A' && risk.at(0) <= u'E'))
        return invalid(QCoreApplication::translate("CreditService", "risk_class: must be empty or one of A to E"));
    if (policy.termsDays > 3650)
        return invalid(QCoreApplication::translate("CreditService", "terms_days: at most 3650 days"));
    if (policy.discountPercentHundredths > 0 && policy.discountDays == 0)
        return invalid(QCoreApplication::translate("CreditService", "discount_days: a discount needs a discount period of at least one day"));
    if (policy.creditLimit && *policy.creditLimit < 0)
        return invalid(QCoreApplication::translate("CreditService", "credit_limit: must not be negative"));
    if (policy.reviewIntervalDays > 3650)
        return invalid(QCoreApplication::translate("CreditService", "review_interval_days: between 1 and 3650 days"));
    if (policy.holdDaysPastDue && (*policy.holdDaysPastDue < 0 || *policy.holdDaysPastDue > 3650))
        return invalid(QCoreApplication::translate("CreditService", "hold_days_past_due: between 0 and 3650 days"));
    if (policy.holdOverdueAmount && *policy.holdOverdueAmount < 0)
        return invalid(QCoreApplication::translate("CreditService", "hold_overdue_amount: must not be negative"));
    if (policy.holdBrokenPromises && *policy.holdBrokenPromises < 1)
        return invalid(QCoreApplication::translate("CreditService", "hold_broken_promises: at least 1 promise"));
    if (policy.holdBrokenWindowDays && (*policy.holdBrokenWindowDays < 1 || *policy.holdBrokenWindowDays > 3650))
        return invalid(QCoreApplication::translate("CreditService", "hold_broken_window_days: between 1 and 3650 days"));
    if (policy.holdBrokenWindowDays && !policy.holdBrokenPromises)
        return invalid(QCoreApplication::translate("CreditService", "hold_broken_window_days: set the number of broken promises too"));
    if (policy.interestMarginHundredths < -10000 || policy.interestMarginHundredths > 10000)
        return invalid(QCoreApplication::translate("CreditService", "interest_margin: between -100 and 100 points"));
    for (const auto &amount : {policy.compensation, policy.reminderFeeCap, policy.collectionFeeCap})
        if (amount && *amount < 0)
            return invalid(QCoreApplication::translate("CreditService", "fees: compensation and fee caps must not be negative"));
    if ((policy.compensation || policy.reminderFeeCap || policy.collectionFeeCap) && policy.feeCurrency.size() != 3)
        return invalid(QCoreApplication::translate("CreditService", "fee_currency: a three-letter currency code is needed with a compensation or fee cap"));
    const auto instalments = parseInstalmentTerms(policy.instalmentTerms.trimmed());
    if (!instalments)
        return invalid(QCoreApplication::translate("CreditService", "instalment_terms: %1").arg(instalments.error().message));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        PolicyRepository repo(m_session.book());
        const auto existing = repo.policyIdByName(policy.name.trimmed());
        if (existing && *existing != policy.id)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("CreditService", "a policy named %1 already exists").arg(policy.name)));
        if (policy.id != 0 && !repo.policyById(policy.id))
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("CreditService", "policy %1 does not exist").arg(policy.id)));
        if (policy.strategyId) {
            bool found = false;
            for (const Strategy &s : repo.strategies())
                found = found || s.id == *policy.strategyId;
            if (!found)
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("CreditService", "strategy: strategy %1 does not exist")
                                .arg(*policy.strategyId)));
        }
        CreditPolicy saved = policy;
        saved.name = policy.name.trimmed();
        saved.instalmentTerms = instalmentTermsText(*instalments);
        const Id id = repo.savePolicy(saved);
        QJsonObject details{{QStringLiteral("name"), saved.name},
                                     {QStringLiteral("risk_class"), saved.riskClass},
                                     {QStringLiteral("segment"), saved.segment},
                                     {QStringLiteral("terms_days"), saved.termsDays},
                                     {QStringLiteral("credit_limit"),
                                      saved.creditLimit ? QJsonValue(static_cast<qint64>(*saved.creditLimit)) : QJsonValue()},
                                     {QStringLiteral("strategy_id"),
                                      saved.strategyId ? QJsonValue(static_cast<qint64>(*saved.strategyId)) : QJsonValue()},
                                     {QStringLiteral("post_interest"), saved.postInterest}};
        if (!saved.instalmentTerms.isEmpty())
            details.insert(QStringLiteral("instalment_terms"), saved.instalmentTerms);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), policy.id == 0 ? QStringLiteral("policy.add") : QStringLiteral("policy.edit"),
                        QStringLiteral("credit_policy"), id, compactJson(details));
        return id;
    });
}

Result<QString> CreditService::setInstalmentTerms(const QString &policyName, const QString &terms)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    const auto parsed = parseInstalmentTerms(terms.trimmed());
    if (!parsed)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("CreditService", "instalment_terms: %1").arg(parsed.error().message)));
    const QString canonical = instalmentTermsText(*parsed);
    return inTransaction(m_session.book(), [&]() -> Result<QString> {
        PolicyRepository repo(m_session.book());
        const auto id = repo.policyIdByName(policyName.trimmed());
        std::optional<CreditPolicy> policy = id ? repo.policyById(*id) : std::nullopt;
        if (!policy)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("CreditService", "policy %1 does not exist").arg(policyName)));
        if (policy->instalmentTerms == canonical)
            return canonical;
        const QString previous = policy->instalmentTerms;
        policy->instalmentTerms = canonical;
        repo.savePolicy(*policy);
        const QJsonObject details{{QStringLiteral("name"), policy->name},
                                  {QStringLiteral("instalment_terms"), canonical},
                                  {QStringLiteral("previous_instalment_terms"), previous}};
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("policy.edit"), QStringLiteral("credit_policy"), policy->id,
                        compactJson(details));
        return canonical;
    });
}

Result<void> CreditService::assignPolicy(const QString &customerCode, const QString &policyName)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        const auto customer = LedgerRepository(m_session.book()).customerByCode(customerCode);
        if (!customer)
            return std::unexpected(notFoundCustomer(customerCode));
        PolicyRepository repo(m_session.book());
        std::optional<Id> policyId;
        if (!policyName.isEmpty()) {
            policyId = repo.policyIdByName(policyName);
            if (!policyId)
                return std::unexpected(Error::notFound(
                        QCoreApplication::translate("CreditService", "policy %1 does not exist").arg(policyName)));
        }
        repo.setCustomerPolicy(customer->id, policyId, m_session.stamp().at);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("policy.assign"), QStringLiteral("customer"), customer->id,
                        compactJson({{QStringLiteral("policy"), policyName}}));
        return {};
    });
}

Result<std::vector<CreditPolicy>> CreditService::policies()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<CreditPolicy>> { return PolicyRepository(m_session.book()).policies(); });
}

Result<int> CreditService::assignPoliciesByRiskClass()
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<int> {
        const Stamp stamp = m_session.stamp();
        const int count = PolicyRepository(m_session.book()).assignPoliciesByRiskClass(stamp.at);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("policy.assign_by_class"), QStringLiteral("customer"), std::nullopt,
                        compactJson({{QStringLiteral("customers"), count}}));
        return count;
    });
}

Result<QString> CreditService::policyOf(const QString &customerCode)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<QString> {
        const auto customer = LedgerRepository(m_session.book()).customerByCode(customerCode);
        if (!customer)
            return std::unexpected(notFoundCustomer(customerCode));
        PolicyRepository repo(m_session.book());
        const auto id = repo.customerPolicyId(customer->id);
        if (!id)
            return QString();
        const auto policy = repo.policyById(*id);
        return policy ? policy->name : QString();
    });
}

// --- holds -----------------------------------------------------------------------------------------

Result<std::vector<HoldSet>> CreditService::evaluateHolds(QDate asOf)
{
    if (!m_session.can(Action::LogContact))
        if (auto allowed = m_session.require(Action::EditCustomers); !allowed)
            return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("CreditService", "no as-of date")));
    return inTransaction(m_session.book(), [&]() -> Result<std::vector<HoldSet>> {
        PolicyRepository repo(m_session.book());
        const std::map<Id, CreditPolicy> policies = policiesById(repo);
        const Stamp stamp = m_session.stamp();
        std::vector<HoldSet> result;
        for (const CreditExposure &e : repo.exposures(asOf)) {
            const CreditPolicy *policy = nullptr;
            if (e.policyId)
                if (const auto it = policies.find(*e.policyId); it != policies.end())
                    policy = &it->second;
            QStringList fired;
            QJsonObject details;
            std::optional<MinorUnits> limit = e.creditLimit ? e.creditLimit : policy ? policy->creditLimit : std::nullopt;
            if (limit)
                if (const auto temporary = repo.temporaryLimit(e.customerId, asOf); temporary && *temporary > *limit)
                    limit = temporary;
            const MinorUnits balance = e.open - e.unapplied;
            if ((!policy || policy->holdOverLimit) && limit && balance > *limit) {
                fired << HoldTrigger::overLimit;
                details.insert(QStringLiteral("balance"), Money(balance, e.currency).toDecimalString());
                details.insert(QStringLiteral("limit"), Money(*limit, e.currency).toDecimalString());
            }
            if (policy && policy->holdDaysPastDue && e.oldestOverdueDue.isValid() &&
                e.oldestOverdueDue.daysTo(asOf) > *policy->holdDaysPastDue) {
                fired << HoldTrigger::daysPastDue;
                details.insert(QStringLiteral("days_past_due"), e.oldestOverdueDue.daysTo(asOf));
            }
            if (policy && policy->holdOverdueAmount && e.overdue > *policy->holdOverdueAmount) {
                fired << HoldTrigger::overdueAmount;
                details.insert(QStringLiteral("overdue"), Money(e.overdue, e.currency).toDecimalString());
            }
            if (policy && policy->holdBrokenPromises && *policy->holdBrokenPromises > 0) {
                const int window = policy->holdBrokenWindowDays.value_or(90);
                const int broken = repo.brokenPromises(e.customerId, asOf.addDays(-window), asOf);
                if (broken >= *policy->holdBrokenPromises) {
                    fired << HoldTrigger::brokenPromises;
                    details.insert(QStringLiteral("broken_promises"), broken);
                }
            }
            if (fired.isEmpty() || repo.activeHold(e.customerId) || repo.holdReleasedOnOrAfter(e.customerId, asOf))
                continue;
            details.insert(QStringLiteral("triggers"), QJsonArray::fromStringList(fired));
            details.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
            const Id holdId = repo.insertHold(e.customerId, fired.first(), compactJson(details), asOf);
            repo.setCustomerOnHold(e.customerId, true, stamp.at);
            AuditRepository(m_session.book())
                    .append(stamp, QStringLiteral("hold.set"), QStringLiteral("customer"), e.customerId,
                            compactJson(details));
            result.push_back({e.code, holdId, fired});
        }
        return result;
    });
}

Result<void> CreditService::releaseHold(const QString &customerCode, QDate date, const QString &reason)
{
    if (auto allowed = m_session.require(Action::ReleaseHold); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("CreditService", "reason: releasing a hold needs a reason")));
    if (!date.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("CreditService", "date: is not a date")));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        const auto customer = LedgerRepository(m_session.book()).customerByCode(customerCode);
        if (!customer)
            return std::unexpected(notFoundCustomer(customerCode));
        PolicyRepository repo(m_session.book());
        const auto hold = repo.activeHold(customer->id);
        if (!hold)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("CreditService", "customer %1 is not on hold").arg(customerCode)));
        if (date < hold->setDate)
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("CreditService", "date: the hold was set on %1")
                            .arg(hold->setDate.toString(Qt::ISODate))));
        const Stamp stamp = m_session.stamp();
        repo.releaseHold(hold->id, date, stamp.userId, reason.trimmed());
        repo.setCustomerOnHold(customer->id, false, stamp.at);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("hold.release"), QStringLiteral("customer"), customer->id,
                        compactJson({{QStringLiteral("hold_id"), static_cast<qint64>(hold->id)},
                                     {QStringLiteral("trigger"), hold->triggerKind},
                                     {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), reason.trimmed()}}));
        return {};
    });
}

Result<std::vector<CreditHoldRecord>> CreditService::holdHistory(const QString &customerCode)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<CreditHoldRecord>> {
        const auto customer = LedgerRepository(m_session.book()).customerByCode(customerCode);
        if (!customer)
            return std::unexpected(notFoundCustomer(customerCode));
        return PolicyRepository(m_session.book()).holds(customer->id);
    });
}

// --- reviews ------------------------------------------------------------------------------------------

Result<std::vector<ReviewDue>> CreditService::dueReviews(QDate asOf)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<ReviewDue>> {
        PolicyRepository repo(m_session.book());
        const std::map<Id, CreditPolicy> policies = policiesById(repo);
        std::vector<ReviewDue> due;
        for (const ReviewCandidate &c : repo.reviewCandidates()) {
            QDate next = c.nextReviewDate;
            if (!next.isValid()) {
                const QDate from = c.lastReviewDate.isValid() ? c.lastReviewDate : c.createdDate;
                if (!from.isValid())
                    continue;
                next = from.addDays(reviewInterval(policies, c.policyId));
            }
            if (next <= asOf)
                due.push_back({c.customerId, c.code, c.name, next, c.lastReviewDate, c.collectorId,
                               c.nextReviewDate.isValid() ? repo.agencyScoreOn(c.customerId, c.nextReviewDate)
                                                          : QString()});
        }
        std::sort(due.begin(), due.end(), [](const ReviewDue &a, const ReviewDue &b) {
            return a.nextReview != b.nextReview ? a.nextReview < b.nextReview : a.customerCode < b.customerCode;
        });
        return due;
    });
}

Result<Id> CreditService::recordReview(const ReviewInput &input)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    if (!input.date.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("CreditService", "date: is not a date")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository ledger(m_session.book());
        const auto customer = ledger.customerByCode(input.customerCode);
        if (!customer)
            return std::unexpected(notFoundCustomer(input.customerCode));
        PolicyRepository repo(m_session.book());
        const std::optional<Id> policyId = repo.customerPolicyId(customer->id);
        CreditReviewRecord review;
        review.customerId = customer->id;
        review.reviewDate = input.date;
        review.decision = reviewDecisionKey(input.decision);
        review.oldLimit = customer->creditLimit;
        review.newLimit = customer->creditLimit;
        review.oldClass = customer->riskClass;
        review.newClass = customer->riskClass;
        review.reviewerId = m_session.actor().userId;
        review.notes = input.notes;
        review.createdAt = m_session.stamp().at;
        auto invalid = [](const QString &message) -> Result<Id> { return std::unexpected(Error::invalid(message)); };
        switch (input.decision) {
        case ReviewDecision::Keep:
            break;
        case ReviewDecision::Raise:
            if (!input.newLimit || *input.newLimit <= customer->creditLimit.value_or(0))
                return invalid(QCoreApplication::translate("CreditService",
                                                           "new_limit: a raise needs a limit above the current one"));
            review.newLimit = input.newLimit;
            break;
        case ReviewDecision::Lower:
            if (!input.newLimit || *input.newLimit < 0 || !customer->creditLimit ||
                *input.newLimit >= *customer->creditLimit)
                return invalid(QCoreApplication::translate("CreditService",
                                                           "new_limit: lowering needs a limit below the current one"));
            review.newLimit = input.newLimit;
            break;
        case ReviewDecision::ChangeClass: {
            static const QStringList classes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                             QStringLiteral("D"), QStringLiteral("E")};
            if (!classes.contains(input.newClass) || input.newClass == customer->riskClass)
                return invalid(QCoreApplication::translate("CreditService",
                                                           "new_class: '%1' is not a new risk class A to E")
                                       .arg(input.newClass));
            review.newClass = input.newClass;
            break;
        }
        case ReviewDecision::TemporaryIncrease:
            if (!input.temporaryLimit || *input.temporaryLimit <= customer->creditLimit.value_or(0))
                return invalid(QCoreApplication::translate(
                        "CreditService", "temporary_limit: a temporary increase needs a limit above the current one"));
            if (!input.temporaryUntil.isValid() || input.temporaryUntil <= input.date)
                return invalid(QCoreApplication::translate("CreditService",
                                                           "temporary_until: the expiry must be after the review date"));
            review.temporaryLimit = input.temporaryLimit;
            review.temporaryUntil = input.temporaryUntil;
            break;
        }
        const Id id = repo.insertReview(review);
        const std::map<Id, CreditPolicy> policies = policiesById(repo);
        const QDate next = input.date.addDays(reviewInterval(policies, policyId));
        repo.setCustomerCredit(customer->id, review.newLimit, review.newClass, next, review.createdAt);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("credit_review.record"), QStringLiteral("customer"),
                        customer->id,
                        compactJson({{QStringLiteral("review_id"), static_cast<qint64>(id)},
                                     {QStringLiteral("decision"), review.decision},
                                     {QStringLiteral("next_review"), next.toString(Qt::ISODate)}}));
        return id;
    });
}

Result<std::vector<CreditReviewRecord>> CreditService::reviews(const QString &customerCode)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<CreditReviewRecord>> {
        const auto customer = LedgerRepository(m_session.book()).customerByCode(customerCode);
        if (!customer)
            return std::unexpected(notFoundCustomer(customerCode));
        return PolicyRepository(m_session.book()).reviews(customer->id);
    });
}

// --- agency scores --------------------------------------------------------------------------------------

Result<PolicyImportReport> CreditService::importAgencyScores(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("CreditService", "%1: cannot read: %2").arg(path, file.errorString())));
    return importAgencyScoresData(path, file.readAll());
}

Result<PolicyImportReport> CreditService::importAgencyScoresData(const QString &displayName, const QByteArray &data)
{
    if (auto allowed = m_session.require(Action::ImportData); !allowed)
        return std::unexpected(allowed.error());
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    PolicyImportReport report;
    CsvReader reader(data);
    const QStringList required{QStringLiteral("customer_code"), QStringLiteral("agency"), QStringLiteral("score"),
                               QStringLiteral("rating"), QStringLiteral("date")};
    const auto columns = policy::readHeader(reader, required, report);
    if (!columns)
        return report;
    struct Row {
        Id customerId;
        QString code;
        QString agency;
        std::optional<qint64> score;
        QString rating;
        QDate date;
    };
    return inTransaction(m_session.book(), [&]() -> Result<PolicyImportReport> {
        const QHash<QString, CustomerKey> customers = LedgerRepository(m_session.book()).customerIndex();
        std::vector<Row> rows;
        QSet<QString> seen;
        CsvRecord record;
        while (reader.next(record)) {
            ++report.rows;
            const qsizetype line = record.line();
            const qsizetype before = report.problemCount;
            auto field = [&](int i) { return record.field(columns->value(required[i])).trimmed(); };
            Row row;
            row.code = field(0);
            row.agency = field(1);
            const QString scoreText = field(2);
            row.rating = field(3);
            const QString dateText = field(4);
            if (row.code.isEmpty())
                policy::addProblem(report, line, required[0], QCoreApplication::translate("CreditService", "is empty"));
            else if (!customers.contains(row.code))
                policy::addProblem(report, line, required[0],
                                   QCoreApplication::translate("CreditService", "unknown customer %1").arg(row.code));
            else
                row.customerId = customers.value(row.code).id;
            if (row.agency.isEmpty())
                policy::addProblem(report, line, required[1], QCoreApplication::translate("CreditService", "is empty"));
            if (!scoreText.isEmpty()) {
                bool ok = false;
                const qint64 score = scoreText.toLongLong(&ok);
                if (!ok || score < 0 || score > 100000)
                    policy::addProblem(report, line, required[2],
                                       QCoreApplication::translate("CreditService",
                                                                   "'%1' is not a whole number from 0 to 100000")
                                               .arg(scoreText));
                else
                    row.score = score;
            } else if (row.rating.isEmpty()) {
                policy::addProblem(report, line, required[2],
                                   QCoreApplication::translate("CreditService", "a row needs a score or a rating"));
            }
            const auto date = policy::parseIsoDate(dateText);
            if (!date)
                policy::addProblem(report, line, required[4],
                                   QCoreApplication::translate("CreditService", "'%1' is not a date (YYYY-MM-DD)")
                                           .arg(dateText));
            else
                row.date = *date;
            if (report.problemCount == before) {
                const QString key = row.code + u'\x1f' + row.agency + u'\x1f' + dateText;
                if (seen.contains(key))
                    policy::addProblem(report, line, required[4],
                                       QCoreApplication::translate("CreditService",
                                                                   "a second score of %1 by %2 on %3 in this file")
                                               .arg(row.code, row.agency, dateText));
                seen.insert(key);
            }
            if (report.problemCount == before)
                rows.push_back(std::move(row));
        }
        if (reader.hasError())
            policy::addProblem(report, reader.errorLine(), QStringLiteral("csv"), reader.errorReason());
        if (report.problemCount > 0)
            return report; // the transaction is committed with nothing written
        PolicyRepository repo(m_session.book());
        CollectionRepository collection(m_session.book());
        bool thresholdOk = false;
        const qint64 threshold =
                repo.setting(QStringLiteral("credit.agency_score_drop"), QStringLiteral("50")).toLongLong(&thresholdOk);
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.date < b.date; });
        const Stamp stamp = m_session.stamp();
        for (const Row &row : rows) {
            const auto previous = repo.previousScore(row.customerId, row.agency, row.date);
            repo.insertAgencyScore(row.customerId, row.agency, row.score, row.rating, row.date);
            ++report.added;
            if (!thresholdOk || !previous || !row.score || *previous - *row.score <= threshold)
                continue;
            // A drop beyond the threshold: the review is due now, and the reviewer gets a task.
            repo.setNextReview(row.customerId, row.date, stamp.at);
            TaskRecord task;
            task.customerId = row.customerId;
            task.kind = TaskKind::review;
            task.dueDate = row.date;
            task.sourceKind = QStringLiteral("agency_score");
            task.dedupeKey = QStringLiteral("agency_drop:%1:%2:%3")
                                     .arg(row.customerId)
                                     .arg(row.agency, row.date.toString(Qt::ISODate));
            task.notes = QCoreApplication::translate("CreditService", "credit review: %1 score fell from %2 to %3")
                                 .arg(row.agency)
                                 .arg(*previous)
                                 .arg(*row.score);
            task.createdAt = stamp.at;
            task.createdBy = stamp.userId;
            collection.insertTask(task);
            ++report.reviewsOpened;
        }
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("import.agency_scores"), QStringLiteral("agency_scores"), std::nullopt,
                        compactJson({{QStringLiteral("file"), QFileInfo(displayName).fileName()},
                                     {QStringLiteral("rows"), static_cast<qint64>(report.rows)},
                                     {QStringLiteral("reviews_opened"), static_cast<qint64>(report.reviewsOpened)},
                                     {QStringLiteral("sha256"),
                                      QString::fromLatin1(
                                              QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())}}));
        return report;
    });
}

// --- terms -------------------------------------------------------------------------------------------------

Result<DiscountOffer> CreditService::discountFor(const QString &invoiceNumber, QDate paymentDate)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<DiscountOffer> {
        LedgerRepository ledger(m_session.book());
        const auto invoice = ledger.invoiceByNumber(invoiceNumber);
        if (!invoice)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("CreditService", "invoice %1 does not exist").arg(invoiceNumber)));
        DiscountOffer offer;
        offer.currency = invoice->currency;
        offer.open = ledger.invoiceOpenNow(invoice->id);
        PolicyRepository repo(m_session.book());
        const auto policyId = repo.customerPolicyId(invoice->customerId);
        if (!policyId)
            return offer;
        const auto policy = repo.policyById(*policyId);
        if (!policy)
            return offer;
        offer.percentHundredths = policy->discountPercentHundredths;
        offer.until = discountUntil(invoice->issueDate, policy->discountPercentHundredths, policy->discountDays);
        offer.discount = discountOffered(offer.open, invoice->issueDate, paymentDate, policy->discountPercentHundredths,
                                         policy->discountDays);
        return offer;
    });
}

} // namespace ardesk
