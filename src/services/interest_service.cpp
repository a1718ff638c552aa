#include "interest_service.h"

#include "policy_support.h"
#include "service_support.h"

#include "storage/posting_repository.h"
#include "storage/user_repository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace ardesk {

std::vector<LateAmount> lateParts(const OpenItemAsOf &item, QDate interestThrough, QDate asOf)
{
    std::vector<LateAmount> late;
    for (const OpenInstalmentPart &part : item.parts) {
        if (part.open == 0 || part.dueDate >= asOf)
            continue;
        const QDate from = interestThrough.isValid() && interestThrough > part.dueDate ? interestThrough : part.dueDate;
        late.push_back({part.open, from});
    }
    return late;
}

Result<std::vector<InterestLine>> InterestService::lateInterest(QDate asOf)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "no as-of date")));
    return reading([&]() -> Result<std::vector<InterestLine>> {
        PolicyRepository repo(m_session.book());
        const std::vector<ReferenceRate> rates = repo.referenceRates();
        const std::vector<InterestRule> rules = repo.interestRules();
        std::map<Id, CreditPolicy> policies;
        for (CreditPolicy &policy : repo.policies())
            policies.emplace(policy.id, std::move(policy));
        // Posted interest and compensation (docs/interest.md "Posting interest"): the debit
        // notes carry no interest themselves, and what was posted is not shown twice.
        PostingRepository postings(m_session.book());
        const QSet<Id> debitNotes = postings.interestDebitNotes();
        const QHash<Id, InterestPosted> posted = postings.interestPosted();
        std::vector<InterestLine> lines;
        bool anyParts = false;
        for (const OpenItemAsOf &item : repo.openItemsAsOf(asOf, asOf.addDays(-1))) {
            if (debitNotes.contains(item.invoiceId))
                continue;
            const CreditPolicy *policy = nullptr;
            if (item.policyId)
                if (const auto it = policies.find(*item.policyId); it != policies.end())
                    policy = &it->second;
            const ResolvedInterestTerms resolved =
                    policy::resolveInterestTerms(item.country, item.consumer, policy, rules);
            const InterestPosted already = posted.value(item.invoiceId);
            LateInterest late;
            if (!item.parts.empty()) {
                // An invoice with instalments: each late part on its own open amount from the
                // day after its own due date (or the last day posted); one line per invoice,
                // late since its oldest open part (docs/credit-policy.md "Instalment terms").
                anyParts = true;
                late = computeLateInterest(lateParts(item, already.interestThrough, asOf), asOf, resolved.terms,
                                           rates);
                late.daysLate = static_cast<int>(item.oldestOpenDue().daysTo(asOf));
            } else {
                const QDate lastCharged =
                        already.interestThrough.isValid() && already.interestThrough > item.dueDate
                        ? already.interestThrough
                        : item.dueDate;
                late = computeLateInterest(item.open, lastCharged, asOf, resolved.terms, rates);
                late.daysLate = static_cast<int>(item.dueDate.daysTo(asOf));
                if (lastCharged >= asOf) // posted up to the as-of date: nothing more is due
                    late.interest = MinorUnits{0};
            }
            InterestLine line;
            line.customerCode = item.customerCode;
            line.invoiceNumber = item.number;
            line.currency = item.currency;
            line.dueDate = item.oldestOpenDue();
            line.open = item.open;
            line.daysLate = late.daysLate;
            line.referenceRatePpm = late.referenceRatePpm;
            line.marginHundredths = resolved.terms.marginHundredths;
            line.interest = late.interest;
            if (!already.compensation) {
                line.compensation = resolved.compensation;
                line.compensationCurrency = resolved.compensationCurrency;
            }
            line.region = resolved.terms.region;
            lines.push_back(std::move(line));
        }
        if (anyParts) {
            // The order is customer code, due date, invoice number: an invoice with parts is
            // placed by its oldest open part's due date. Without parts the rows keep the
            // reading's order as they are.
            std::ranges::stable_sort(lines, [](const InterestLine &a, const InterestLine &b) {
                if (a.customerCode != b.customerCode)
                    return a.customerCode < b.customerCode;
                if (a.dueDate != b.dueDate)
                    return a.dueDate < b.dueDate;
                return a.invoiceNumber < b.invoiceNumber;
            });
        }
        return lines;
    });
}

Result<PolicyImportReport> InterestService::importRates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("InterestService", "%1: cannot read: %2").arg(path, file.errorString())));
    return importRatesData(path, file.readAll());
}

Result<PolicyImportReport> InterestService::importRatesData(const QString &displayName, const QByteArray &data)
{
    if (auto allowed = m_session.require(Action::ImportData); !allowed)
        return std::unexpected(allowed.error());
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    PolicyImportReport report;
    CsvReader reader(data);
    const QStringList required{QStringLiteral("region"), QStringLiteral("valid_from"), QStringLiteral("rate_percent")};
    const auto columns = policy::readHeader(reader, required, report);
    if (!columns)
        return report;
    static const QRegularExpression regionPattern(QStringLiteral("^[A-Z0-9_-]{2,16}$"));
    std::vector<ReferenceRate> rows;
    QSet<QPair<QString, qint64>> seen;
    CsvRecord record;
    while (reader.next(record)) {
        ++report.rows;
        const qsizetype line = record.line();
        const QString region = record.field(columns->value(required[0])).trimmed().toUpper();
        const QString validFrom = record.field(columns->value(required[1])).trimmed();
        const QString rateText = record.field(columns->value(required[2])).trimmed();
        const qsizetype before = report.problemCount;
        if (region.isEmpty())
            policy::addProblem(report, line, required[0], QCoreApplication::translate("InterestService", "is empty"));
        else if (!regionPattern.match(region).hasMatch())
            policy::addProblem(report, line, required[0],
                               QCoreApplication::translate("InterestService",
                                                           "'%1' is not a region code (2 to 16 letters, digits, _ or -)")
                                       .arg(region));
        const auto date = policy::parseIsoDate(validFrom);
        if (!date)
            policy::addProblem(report, line, required[1],
                               QCoreApplication::translate("InterestService", "'%1' is not a date (YYYY-MM-DD)")
                                       .arg(validFrom));
        const auto rate = parseRatePercent(rateText);
        if (rateText.isEmpty())
            policy::addProblem(report, line, required[2], QCoreApplication::translate("InterestService", "is empty"));
        else if (!rate)
            policy::addProblem(report, line, required[2],
                               QCoreApplication::translate("InterestService",
                                                           "'%1' is not a percentage (such as 3.5, at most 4 decimals)")
                                       .arg(rateText));
        else if (*rate < -100 * kRatePpmPerPercent || *rate > 100 * kRatePpmPerPercent)
            policy::addProblem(report, line, required[2],
                               QCoreApplication::translate("InterestService", "%1 is not between -100 and 100")
                                       .arg(rateText));
        if (report.problemCount == before) {
            const QPair<QString, qint64> key{region, date->toJulianDay()};
            if (seen.contains(key))
                policy::addProblem(report, line, required[1],
                                   QCoreApplication::translate("InterestService",
                                                               "a second rate for %1 from %2 in this file")
                                           .arg(region, validFrom));
            seen.insert(key);
        }
        if (report.problemCount == before)
            rows.push_back({region, *date, *rate});
    }
    if (reader.hasError())
        policy::addProblem(report, reader.errorLine(), QStringLiteral("csv"), reader.errorReason());
    if (report.problemCount == 0 && rows.empty())
        policy::addProblem(report, 1, QStringLiteral("rows"),
                           QCoreApplication::translate("InterestService", "the file has no rates"));
    if (report.problemCount > 0)
        return report;
    return inTransaction(m_session.book(), [&]() -> Result<PolicyImportReport> {
        PolicyRepository repo(m_session.book());
        for (const ReferenceRate &rate : rows) {
            if (repo.upsertReferenceRate(rate))
                ++report.added;
            else
                ++report.replaced;
        }
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("import.rates"), QStringLiteral("reference_rates"),
                        std::nullopt,
                        compactJson({{QStringLiteral("file"), QFileInfo(displayName).fileName()},
                                     {QStringLiteral("rows"), static_cast<qint64>(report.rows)},
                                     {QStringLiteral("added"), static_cast<qint64>(report.added)},
                                     {QStringLiteral("replaced"), static_cast<qint64>(report.replaced)},
                                     {QStringLiteral("sha256"),
                                      QString::fromLatin1(
                                              QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())}}));
        return report;
    });
}

// --- Settings > Interest and fees -------------------------------------------------------------------

namespace {

bool validRegion(const QString &region)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9_-]{2,16}$"));
    return pattern.match(region).hasMatch();
}

bool validCurrency(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

Result<std::vector<ReferenceRate>> InterestService::referenceRates()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<ReferenceRate>> { return PolicyRepository(m_session.book()).referenceRates(); });
}

Result<std::vector<InterestRule>> InterestService::interestRules()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<InterestRule>> {
        auto rules = PolicyRepository(m_session.book()).interestRules();
        std::sort(rules.begin(), rules.end(),
                  [](const InterestRule &a, const InterestRule &b) { return a.country < b.country; });
        return rules;
    });
}

Result<bool> InterestService::saveReferenceRate(const ReferenceRate &rate)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    if (!validRegion(rate.region))
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "region: 2 to 16 capital letters, digits, '_' or '-'")));
    if (!rate.validFrom.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "valid_from: not a date")));
    if (rate.ratePpm < -1000000 || rate.ratePpm > 1000000)
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "rate_percent: between -100 and 100")));
    return inTransaction(m_session.book(), [&]() -> Result<bool> {
        const bool added = PolicyRepository(m_session.book()).upsertReferenceRate(rate);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("rate.save"), QStringLiteral("reference_rate"), std::nullopt,
                        compactJson({{QStringLiteral("region"), rate.region},
                                     {QStringLiteral("valid_from"), rate.validFrom.toString(Qt::ISODate)},
                                     {QStringLiteral("rate_millionths"), static_cast<qint64>(rate.ratePpm)},
                                     {QStringLiteral("replaced"), !added}}));
        return added;
    });
}

Result<void> InterestService::deleteReferenceRate(const QString &region, QDate validFrom)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        if (!PolicyRepository(m_session.book()).deleteReferenceRate(region, validFrom))
            return std::unexpected(Error::notFound(QCoreApplication::translate("InterestService",
                                                                               "there is no rate for %1 from %2")
                                                           .arg(region, validFrom.toString(Qt::ISODate))));
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("rate.delete"), QStringLiteral("reference_rate"), std::nullopt,
                        compactJson({{QStringLiteral("region"), region},
                                     {QStringLiteral("valid_from"), validFrom.toString(Qt::ISODate)}}));
        return {};
    });
}

Result<void> InterestService::saveInterestRule(const InterestRule &rule)
{
    if (auto allowed = m_session.require(Action::EditCreditPolicy); !allowed)
        return std::unexpected(allowed.error());
    static const QRegularExpression country(QStringLiteral("^([A-Z]{2})?$"));
    if (!country.match(rule.country).hasMatch())
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "country: two capital letters (ISO 3166), or empty for the default")));
    if (!validRegion(rule.region))
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "region: 2 to 16 capital letters, digits, '_' or '-'")));
    if (rule.marginHundredths < -10000 || rule.marginHundredths > 10000 || rule.consumerMarginHundredths < -10000 ||
        rule.consumerMarginHundredths > 10000)
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "margin: between -100 and 100 points")));
    if (rule.dayCount != 365 && rule.dayCount != 360)
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "day_count: 365 or 360")));
    for (const auto &amount : {rule.compensation, rule.reminderFeeCap, rule.collectionFeeCap})
        if (amount && *amount < 0)
            return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "fees: compensation and fee caps must not be negative")));
    if (rule.compensation && !validCurrency(rule.compensationCurrency))
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "compensation_currency: a three-letter currency code is needed")));
    if ((rule.reminderFeeCap || rule.collectionFeeCap) && !validCurrency(rule.feeCurrency))
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestService", "fee_currency: a three-letter currency code is needed")));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        const Stamp stamp = m_session.stamp();
        InterestRule saved = rule;
        if (!saved.compensation)
            saved.compensationCurrency.clear();
        PolicyRepository(m_session.book()).saveInterestRule(saved, stamp);
        auto amount = [](std::optional<MinorUnits> v) { return v ? QJsonValue(static_cast<qint64>(*v)) : QJsonValue(); };
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("interest_rule.save"), QStringLiteral("interest_rule"), std::nullopt,
                        compactJson({{QStringLiteral("country"), saved.country},
                                     {QStringLiteral("region"), saved.region},
                                     {QStringLiteral("margin_hundredths"), static_cast<qint64>(saved.marginHundredths)},
                                     {QStringLiteral("consumer_margin_hundredths"),
                                      static_cast<qint64>(saved.consumerMarginHundredths)},
                                     {QStringLiteral("day_count"), saved.dayCount},
                                     {QStringLiteral("compensation"), amount(saved.compensation)},
                                     {QStringLiteral("compensation_currency"), saved.compensationCurrency},
                                     {QStringLiteral("reminder_fee_cap"), amount(saved.reminderFeeCap)},
                                     {QStringLiteral("collection_fee_cap"), amount(saved.collectionFeeCap)},
                                     {QStringLiteral("fee_currency"), saved.feeCurrency}}));
        return {};
    });
}

} // namespace ardesk
