#include "interest.h"

#include <algorithm>

namespace ardesk {

QDate halfYearStart(QDate day)
{
    return QDate(day.year(), day.month() <= 6 ? 1 : 7, 1);
}

std::optional<qint64> referenceRateFor(const std::vector<ReferenceRate> &rates, const QString &region, QDate day)
{
    const QDate start = halfYearStart(day);
    const ReferenceRate *best = nullptr;
    for (const ReferenceRate &rate : rates) {
        if (rate.region != region || rate.validFrom > start)
            continue;
        if (!best || rate.validFrom > best->validFrom)
            best = &rate;
    }
    if (!best)
        return std::nullopt;
    return best->ratePpm;
}

namespace {

// Sum over the days from+1 .. asOf of (the day's reference rate + margin, never below 0) in
// ppm; empty when a day has no rate in force. from >= asOf: 0.
std::optional<WideInt> ratePpmDaysAfter(QDate from, QDate asOf, const InterestTerms &terms,
                                        const std::vector<ReferenceRate> &rates)
{
    const qint64 marginPpm = terms.marginHundredths * kPpmPerMarginHundredth;
    // Walk the late period half-year by half-year: sum of (rate in ppm) over the days.
    WideInt ratePpmDays = 0;
    QDate day = from.addDays(1);
    while (day <= asOf) {
        const QDate start = halfYearStart(day);
        const QDate nextStart = start.month() == 1 ? QDate(start.year(), 7, 1) : QDate(start.year() + 1, 1, 1);
        const QDate to = std::min(asOf, nextStart.addDays(-1));
        const auto reference = referenceRateFor(rates, terms.region, day);
        if (!reference)
            return std::nullopt;
        const qint64 dailyPpm = std::max<qint64>(0, *reference + marginPpm);
        ratePpmDays += static_cast<WideInt>(dailyPpm) * (day.daysTo(to) + 1);
        day = nextStart;
    }
    return ratePpmDays;
}

WideInt dayCountPpm(const InterestTerms &terms)
{
    const int dayCount = terms.dayCount > 0 ? terms.dayCount : 365;
    return static_cast<WideInt>(1000000) * dayCount;
}

} // namespace

LateInterest computeLateInterest(MinorUnits openAmount, QDate dueDate, QDate asOf, const InterestTerms &terms,
                                 const std::vector<ReferenceRate> &rates)
{
    LateInterest result;
    const qint64 days = dueDate.daysTo(asOf);
    result.daysLate = static_cast<int>(std::max<qint64>(0, days));
    result.referenceRatePpm = referenceRateFor(rates, terms.region, asOf);
    if (days <= 0) {
        result.interest = result.referenceRatePpm ? std::optional<MinorUnits>(0) : std::nullopt;
        return result;
    }
    const auto ratePpmDays = ratePpmDaysAfter(dueDate, asOf, terms, rates);
    if (!ratePpmDays) {
        result.referenceRatePpm.reset();
        result.interest.reset();
        return result;
    }
    result.interest = roundedDivide(static_cast<WideInt>(openAmount) * *ratePpmDays, dayCountPpm(terms));
    return result;
}

LateInterest computeLateInterest(const std::vector<LateAmount> &amounts, QDate asOf, const InterestTerms &terms,
                                 const std::vector<ReferenceRate> &rates)
{
    LateInterest result;
    result.referenceRatePpm = referenceRateFor(rates, terms.region, asOf);
    MinorUnits sum = 0;
    for (const LateAmount &amount : amounts) {
        if (amount.from >= asOf || amount.open == 0)
            continue;
        result.daysLate = std::max(result.daysLate, static_cast<int>(amount.from.daysTo(asOf)));
        const auto ratePpmDays = ratePpmDaysAfter(amount.from, asOf, terms, rates);
        if (!ratePpmDays) {
            result.referenceRatePpm.reset();
            result.interest.reset();
            return result;
        }
        // Each amount is an item of its own: rounded on its own, then added.
        sum += roundedDivide(static_cast<WideInt>(amount.open) * *ratePpmDays, dayCountPpm(terms));
    }
    result.interest = sum;
    return result;
}

std::optional<qint64> parseRatePercent(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 4 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    qint64 decimals = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        decimals *= 10;
        if (i < fraction.size()) {
            const QChar c = fraction[i];
            if (c < u'0' || c > u'9')
                return std::nullopt;
            decimals += c.unicode() - u'0';
        }
    }
    const qint64 ppm = value * kRatePpmPerPercent + decimals;
    return negative ? -ppm : ppm;
}

double ratePercent(qint64 ratePpm)
{
    return static_cast<double>(ratePpm) / static_cast<double>(kRatePpmPerPercent);
}

} // namespace ardesk
