#pragma once
// Instalment terms of a credit policy (issue 6, docs/credit-policy.md "Instalment terms"):
// an invoice split into dated parts, each aged on its own. Written as day offsets from the
// issue date separated by '/', as an AR department says them: "30/60/90" is three equal
// parts due 30, 60 and 90 days after the issue date; "0:40/30:30/60:30" gives each part its
// percentage (all parts or none; they add up to 100). Pure rules, Qt Core only.

#include "error.h"
#include "money.h"

#include <QDate>
#include <QString>

#include <vector>

namespace ardesk {

struct InstalmentTermPart final {
    int offsetDays = 0;
    int percentHundredths = 0; // 0: an equal part
};

struct InstalmentTerms final {
    std::vector<InstalmentTermPart> parts; // empty: no instalment terms
    bool empty() const { return parts.empty(); }
};

struct InstalmentPart final {
    int seq = 0; // 1-based
    QDate dueDate;
    MinorUnits amount = 0;
};

inline constexpr int kMaxInstalmentParts = 24;

// Empty text: no terms. Otherwise 2 to 24 parts, offsets 0 to 3650 days strictly
// increasing, percentages > 0 with at most 2 decimals adding up to exactly 100. The error
// message names what is wrong ("part 2: ...").
Result<InstalmentTerms> parseInstalmentTerms(const QString &text);
// The canonical text of terms ("30/60/90", "0:40/30:30/60:30").
QString instalmentTermsText(const InstalmentTerms &terms);

// Splits `amount` issued on `issueDate`: equal parts are amount / n rounded down to the minor
// unit, percentage parts amount x percent rounded half away from zero; the remainder goes to
// the last part, so the parts add up to the amount exactly (901.00 in three: 300.33, 300.33,
// 300.34). A part of zero (an amount smaller than the number of parts) is left out.
std::vector<InstalmentPart> splitByInstalmentTerms(MinorUnits amount, QDate issueDate, const InstalmentTerms &terms);

// An invoice's open amount spread over its parts (docs/credit-policy.md "Instalment terms"):
// what was applied (amount - open) fills the earliest part first, so part k is open by
// open - (the parts after k), between 0 and its amount; the last part is the last paid.
// `partAmounts` in part order; the result has one entry per part and adds up to `open`
// when 0 <= open <= their sum.
std::vector<MinorUnits> spreadOverInstalments(const std::vector<MinorUnits> &partAmounts, MinorUnits open);

// A part of an invoice with what is open of it (the invoice's open amount spread by
// spreadOverInstalments): the one reading every due-date rule uses for an invoice with parts.
struct OpenInstalmentPart final {
    int seq = 0;
    QDate dueDate;
    MinorUnits amount = 0;
    MinorUnits open = 0;
};

// `parts` in their order and the invoice's open amount: one entry per part, opens adding up
// to `open` when 0 <= open <= the parts' sum.
std::vector<OpenInstalmentPart> openInstalmentParts(const std::vector<InstalmentPart> &parts, MinorUnits open);
// The due date of the earliest part with something open; invalid when none is open.
QDate oldestOpenPartDue(const std::vector<OpenInstalmentPart> &parts);

} // namespace ardesk
