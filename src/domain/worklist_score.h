#pragma once
// Collector worklist score (DOMAIN.md "Working the queue", docs/domain-rules.md):
// ranks accounts the way a collection leader would, from parts that are shown to the
// collector and add up exactly to the score.
//
// Error style: nothing here fails or throws. Out-of-range inputs are clamped and score
// nothing: negative amounts, days or counts count as 0, an unknown risk class counts as
// unrated, currency decimals are clamped to 0..6.
//
// Exactness: every part is rounded to hundredths of a point (half away from zero) and
// held as an integer number of hundredths; the score is the sum of those integers, so
// the parts shown always add up to the score shown.

#include "money.h"

#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <span>

namespace ardesk {

enum class ScorePart {
    OverdueAmount,
    DaysPastDue,
    BrokenPromises,
    PromiseDue,
    Risk,
    Balance,
};
inline constexpr std::size_t scorePartCount = 6;

// Stable untranslated key ("overdue_amount", "days_past_due", "broken_promises",
// "promise_due", "risk", "balance") for exports, and the translated column label.
QString scorePartKey(ScorePart part);
QString scorePartLabel(ScorePart part);

// Weights with the defaults a collection leader would start from. Points per part:
//   overdue amount   overdueAmountPerDecade x log10(1 + overdue in major units)
//                    (10 per factor of ten: 100 -> 20.04, 10,000 -> 40.00, 1,000,000 -> 60.00)
//   days past due    daysPastDuePerDay x min(oldest days past due, daysPastDueCap)
//                    (0.25 a day up to 180 days: 90 days -> 22.50, at most 45.00)
//   broken promises  perBrokenPromise x min(broken promises, brokenPromisesCap)
//                    (15 each, at most 3 counted: at most 45.00)
//   promise due      promiseDueToday when a promise falls due today (20.00): call to confirm
//   risk             riskClassPoints[A..E] (0, 5, 10, 15, 20), unratedRiskPoints (10: an
//                    unknown risk is treated as average, class C)
//   balance          balancePerDecade x log10(1 + balance in major units) (customer size,
//                    2 per factor of ten: 100,000 -> 10.00)
// So an account 90 days late with 1,000 overdue (30.00 + 22.50) ranks with one 10 days
// late with 100,000 overdue (50.00 + 2.50); one broken promise weighs as much as 60 days.
struct WorklistWeights final
{
    double overdueAmountPerDecade = 10.0;
    double daysPastDuePerDay = 0.25;
    int daysPastDueCap = 180;
    double perBrokenPromise = 15.0;
    int brokenPromisesCap = 3;
    // Not used by the score: the window callers use to count WorklistAccount::brokenPromises.
    int brokenPromiseLookbackDays = 90;
    double promiseDueToday = 20.0;
    std::array<double, 5> riskClassPoints{0.0, 5.0, 10.0, 15.0, 20.0}; // A (best) .. E (worst)
    double unratedRiskPoints = 10.0;
    double balancePerDecade = 2.0;
};

// One account as the worklist sees it. Amounts are minor units of the account's currency
// (a customer with several currencies is scored in one reporting currency of the
// caller's choice: the score compares major units across accounts).
struct WorklistAccount final
{
    QString customerCode;
    MinorUnits overdueAmount = 0;
    int currencyDecimals = 2;
    int oldestDaysPastDue = 0;
    int brokenPromises = 0; // broken in the last brokenPromiseLookbackDays days
    bool promiseDueToday = false;
    QString riskClass; // "A" (best) .. "E" (worst); empty or anything else = unrated
    MinorUnits balance = 0;
};

struct WorklistScore final
{
    std::array<qint64, scorePartCount> partHundredths{};

    qint64 part(ScorePart which) const { return partHundredths[static_cast<std::size_t>(which)]; }
    // The sum of the parts, in hundredths of a point.
    qint64 totalHundredths() const;
    double total() const { return static_cast<double>(totalHundredths()) / 100.0; }

    friend bool operator==(const WorklistScore &, const WorklistScore &) = default;
};

WorklistScore scoreAccount(const WorklistAccount &account, const WorklistWeights &weights = {});

// Hundredths of a point as text, locale-free: 4250 -> "42.50".
QString formatScore(qint64 hundredths);

struct RankedAccount final
{
    QString customerCode;
    WorklistScore score;
};

// Worklist order: higher score first; equal scores by customer code ascending
// (ordinal, case-sensitive), so the order is the same on every machine.
bool ranksBefore(const RankedAccount &left, const RankedAccount &right);

// Scores every account and returns them in worklist order.
QList<RankedAccount> rankWorklist(std::span<const WorklistAccount> accounts, const WorklistWeights &weights = {});

} // namespace ardesk
