#pragma once
// Late-payment interest (docs/interest.md): a reference rate per region by half-year plus a
// margin, day count actual/365 by default, from the day after the due date to the as-of
// date, on the open amount as of that date, rounded once per invoice half away from zero.
// Pure functions; rates are data (reference_rates, interest_rules), never constants here.

#include "money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ardesk {

// Rates are kept in millionths of one (ppm): 3.50 % = 35000. Margins in hundredths of a
// percentage point: 8 points = 800 (credit_policies.interest_margin_hundredths).
inline constexpr qint64 kRatePpmPerPercent = 10000;
inline constexpr qint64 kPpmPerMarginHundredth = 100;

struct ReferenceRate final {
    QString region;
    QDate validFrom;
    qint64 ratePpm = 0;
};

// The first day of the half-year that holds `day` (1 January or 1 July).
QDate halfYearStart(QDate day);

// The rate of `region` in force for the half-year that holds `day`: the rate with the latest
// valid_from on or before the half-year's first day. `rates` may hold any regions, any order.
std::optional<qint64> referenceRateFor(const std::vector<ReferenceRate> &rates, const QString &region, QDate day);

struct InterestTerms final {
    QString region;
    qint64 marginHundredths = 800;
    int dayCount = 365; // actual/365; 360 gives actual/360
};

struct LateInterest final {
    int daysLate = 0;
    // Reference rate of the half-year holding the as-of date; empty when some day of the
    // late period has no rate in force (then interest is empty too).
    std::optional<qint64> referenceRatePpm;
    std::optional<MinorUnits> interest;
};

// Interest on `openAmount` (minor units) for the days due+1 .. asOf. Each day uses the
// reference rate of its half-year plus the margin (never below zero); the sum is exact and
// rounded once. asOf <= due: zero days, zero interest.
LateInterest computeLateInterest(MinorUnits openAmount, QDate dueDate, QDate asOf, const InterestTerms &terms,
                                 const std::vector<ReferenceRate> &rates);

// One amount of an invoice late on its own: an instalment part (docs/credit-policy.md
// "Instalment terms") open by `open`, accruing from the day after `from` (its due date, or the
// last day already posted when that is later).
struct LateAmount final {
    MinorUnits open = 0;
    QDate from;
};

// Interest on several amounts of one invoice, each for the days from+1 .. asOf at the rate of
// each day as above, each rounded on its own (half away from zero, as an item of its own),
// then added. An amount with
// from >= asOf adds nothing; nothing late: zero interest (whatever the rates). daysLate: the
// longest of the amounts' periods; referenceRatePpm as above.
LateInterest computeLateInterest(const std::vector<LateAmount> &amounts, QDate asOf, const InterestTerms &terms,
                                 const std::vector<ReferenceRate> &rates);

// "3.5" -> 35000 ppm; at most 4 decimals, optional leading '-'. Empty on bad text.
std::optional<qint64> parseRatePercent(QStringView text);
// 35000 -> 3.5 (for JSON numbers).
double ratePercent(qint64 ratePpm);

} // namespace ardesk
