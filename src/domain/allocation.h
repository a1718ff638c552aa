#pragma once
// Allocation rules: how a payment or credit note is spread over open items.
// Pure functions; errors as Result<T>.

#include "ledger_types.h"

#include <span>
#include <vector>

namespace ardesk {

struct AllocationLine final {
    Id invoiceId = 0;
    MinorUnits amount = 0;
};

struct AllocationPlan final {
    std::vector<AllocationLine> lines;
    MinorUnits applied = 0;
    MinorUnits unapplied = 0; // what stays on account
};

// The order in which automatic allocation takes open items: oldest due date first,
// then oldest issue date, then invoice number, then id (so the order is total).
void sortOldestDueFirst(std::vector<OpenItem> &items);

// Applies `amount` to the items in the order given, each up to its open amount.
AllocationPlan allocateInOrder(MinorUnits amount, std::span<const OpenItem> items);

// sortOldestDueFirst + allocateInOrder.
AllocationPlan allocateOldestDueFirst(MinorUnits amount, std::vector<OpenItem> items);

} // namespace ardesk
