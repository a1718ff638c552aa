#include "worklist_score.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ardesk {

namespace {

qint64 toHundredths(double points)
{
    if (!std::isfinite(points))
        return 0;
    return static_cast<qint64>(std::llround(points * 100.0)); // half away from zero
}

double majorUnits(MinorUnits minor, int decimals)
{
    return static_cast<double>(minor) / std::pow(10.0, std::clamp(decimals, 0, 6));
}

// factor x log10(1 + amount in major units); 0 for amounts <= 0.
double perDecade(MinorUnits minor, int decimals, double factor)
{
    if (minor <= 0)
        return 0.0;
    return factor * std::log10(1.0 + majorUnits(minor, decimals));
}

double riskPoints(const QString &riskClass, const WorklistWeights &weights)
{
    const QString trimmed = riskClass.trimmed();
    if (trimmed.size() == 1) {
        const char16_t letter = trimmed.at(0).toUpper().unicode();
        if (letter >= u'A' && letter <= u'E')
            return weights.riskClassPoints[static_cast<std::size_t>(letter - u'A')];
    }
    return weights.unratedRiskPoints;
}

} // namespace

QString scorePartKey(ScorePart part)
{
    switch (part) {
    case ScorePart::OverdueAmount:
        return QStringLiteral("overdue_amount");
    case ScorePart::DaysPastDue:
        return QStringLiteral("days_past_due");
    case ScorePart::BrokenPromises:
        return QStringLiteral("broken_promises");
    case ScorePart::PromiseDue:
        return QStringLiteral("promise_due");
    case ScorePart::Risk:
        return QStringLiteral("risk");
    case ScorePart::Balance:
        return QStringLiteral("balance");
    }
    return {};
}

QString scorePartLabel(ScorePart part)
{
    switch (part) {
    case ScorePart::OverdueAmount:
        return QCoreApplication::translate("WorklistScore", "Overdue amount");
    case ScorePart::DaysPastDue:
        return QCoreApplication::translate("WorklistScore", "Days past due");
    case ScorePart::BrokenPromises:
        return QCoreApplication::translate("WorklistScore", "Broken promises");
    case ScorePart::PromiseDue:
        return QCoreApplication::translate("WorklistScore", "Promise due today");
    case ScorePart::Risk:
        return QCoreApplication::translate("WorklistScore", "Risk class");
    case ScorePart::Balance:
        return QCoreApplication::translate("WorklistScore", "Balance");
    }
    return {};
}

qint64 WorklistScore::totalHundredths() const
{
    qint64 total = 0;
    for (const qint64 part : partHundredths)
        total += part;
    return total;
}

WorklistScore scoreAccount(const WorklistAccount &account, const WorklistWeights &weights)
{
    const auto set = [](WorklistScore &score, ScorePart part, double points) {
        score.partHundredths[static_cast<std::size_t>(part)] = toHundredths(points);
    };
    WorklistScore score;
    set(score, ScorePart::OverdueAmount,
        perDecade(account.overdueAmount, account.currencyDecimals, weights.overdueAmountPerDecade));
    const int days = std::clamp(account.oldestDaysPastDue, 0, std::max(weights.daysPastDueCap, 0));
    set(score, ScorePart::DaysPastDue, weights.daysPastDuePerDay * days);
    const int broken = std::clamp(account.brokenPromises, 0, std::max(weights.brokenPromisesCap, 0));
    set(score, ScorePart::BrokenPromises, weights.perBrokenPromise * broken);
    set(score, ScorePart::PromiseDue, account.promiseDueToday ? weights.promiseDueToday : 0.0);
    set(score, ScorePart::Risk, riskPoints(account.riskClass, weights));
    set(score, ScorePart::Balance, perDecade(account.balance, account.currencyDecimals, weights.balancePerDecade));
    return score;
}

QString formatScore(qint64 hundredths)
{
    return formatMinorUnits(hundredths, 2);
}

bool ranksBefore(const RankedAccount &left, const RankedAccount &right)
{
    const qint64 leftTotal = left.score.totalHundredths();
    const qint64 rightTotal = right.score.totalHundredths();
    if (leftTotal != rightTotal)
        return leftTotal > rightTotal;
    return QString::compare(left.customerCode, right.customerCode, Qt::CaseSensitive) < 0;
}

QList<RankedAccount> rankWorklist(std::span<const WorklistAccount> accounts, const WorklistWeights &weights)
{
    QList<RankedAccount> ranked;
    ranked.reserve(static_cast<qsizetype>(accounts.size()));
    for (const WorklistAccount &account : accounts)
        ranked.append({account.customerCode, scoreAccount(account, weights)});
    std::stable_sort(ranked.begin(), ranked.end(), ranksBefore);
    return ranked;
}

} // namespace ardesk
