#include "policy_support.h"

#include <QCoreApplication>

namespace ardesk::policy {

std::optional<QDate> parseIsoDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < u'0' || text[i] > u'9')
            return std::nullopt;
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

void addProblem(PolicyImportReport &report, qsizetype line, const QString &field, const QString &reason)
{
    ++report.problemCount;
    if (static_cast<qsizetype>(report.problems.size()) < InterestService::kMaxReportedProblems)
        report.problems.push_back({line, field, reason});
}

std::optional<QHash<QString, qsizetype>> readHeader(CsvReader &reader, const QStringList &required,
                                                    PolicyImportReport &report)
{
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.hasError())
            addProblem(report, reader.errorLine(), QStringLiteral("csv"), reader.errorReason());
        else
            addProblem(report, 1, QStringLiteral("header"),
                       QCoreApplication::translate("PolicyImport", "the file is empty; a header row is required"));
        return std::nullopt;
    }
    const CsvHeader header(record);
    for (const QString &column : header.missing(required))
        addProblem(report, 1, column,
                   QCoreApplication::translate("PolicyImport", "missing required column '%1'").arg(column));
    for (const QString &column : header.duplicates())
        addProblem(report, 1, column,
                   QCoreApplication::translate("PolicyImport", "column '%1' appears more than once").arg(column));
    if (report.problemCount > 0)
        return std::nullopt;
    QHash<QString, qsizetype> index;
    for (const QString &column : required)
        index.insert(column, *header.indexOf(column));
    return index;
}

ResolvedInterestTerms resolveInterestTerms(const QString &country, bool consumer, const CreditPolicy *policy,
                                           const std::vector<InterestRule> &rules)
{
    const InterestRule *rule = nullptr;
    const InterestRule *fallback = nullptr;
    for (const InterestRule &r : rules) {
        if (r.country.isEmpty())
            fallback = &r;
        else if (!country.isEmpty() && r.country.compare(country, Qt::CaseInsensitive) == 0)
            rule = &r;
    }
    if (!rule)
        rule = fallback;
    ResolvedInterestTerms resolved;
    if (rule) {
        resolved.terms.region = rule->region;
        resolved.terms.marginHundredths = consumer ? rule->consumerMarginHundredths : rule->marginHundredths;
        resolved.terms.dayCount = rule->dayCount;
        resolved.compensation = rule->compensation;
        resolved.compensationCurrency = rule->compensationCurrency;
        resolved.reminderFeeCap = rule->reminderFeeCap;
        resolved.collectionFeeCap = rule->collectionFeeCap;
        resolved.feeCurrency = rule->feeCurrency;
    }
    if (policy && !policy->interestRegion.isEmpty()) {
        resolved.terms.region = policy->interestRegion;
        resolved.terms.marginHundredths = policy->interestMarginHundredths;
        const QString currency = policy->feeCurrency;
        if (policy->compensation) {
            resolved.compensation = policy->compensation;
            if (!currency.isEmpty())
                resolved.compensationCurrency = currency;
        }
        if (policy->reminderFeeCap || policy->collectionFeeCap) {
            resolved.reminderFeeCap = policy->reminderFeeCap;
            resolved.collectionFeeCap = policy->collectionFeeCap;
            if (!currency.isEmpty())
                resolved.feeCurrency = currency;
        }
    }
    return resolved;
}

} // namespace ardesk::policy
