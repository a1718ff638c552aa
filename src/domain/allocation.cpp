#include "allocation.h"

#include <algorithm>

namespace ardesk {

void sortOldestDueFirst(std::vector<OpenItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const OpenItem &a, const OpenItem &b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.issueDate != b.issueDate)
            return a.issueDate < b.issueDate;
        if (a.number != b.number)
            return a.number < b.number;
        return a.invoiceId < b.invoiceId;
    });
}

AllocationPlan allocateInOrder(MinorUnits amount, std::span<const OpenItem> items)
{
    AllocationPlan plan;
    MinorUnits remaining = std::max<MinorUnits>(amount, 0);
    for (const OpenItem &item : items) {
        if (remaining == 0)
            break;
        if (item.open <= 0)
            continue;
        const MinorUnits take = std::min(remaining, item.open);
        plan.lines.push_back({item.invoiceId, take});
        plan.applied += take;
        remaining -= take;
    }
    plan.unapplied = std::max<MinorUnits>(amount, 0) - plan.applied;
    return plan;
}

AllocationPlan allocateOldestDueFirst(MinorUnits amount, std::vector<OpenItem> items)
{
    sortOldestDueFirst(items);
    return allocateInOrder(amount, items);
}

} // namespace ardesk
