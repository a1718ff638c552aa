#pragma once
// Aging as of any date. Totals by due date sum the maintained AR movement aggregate
// (ar_movements.h: a few thousand rows whatever the date); the other shapes sum the
// maintained open amounts plus the allocations dated after the as-of date (so today's
// aging reads only open items and a past one reads only what moved since). Throws
// StorageError.

#include "book.h"

#include "domain/aging.h"
#include "domain/ledger_types.h"

namespace ardesk {

enum class AgingGrouping { Total, Customer };

class AgingRepository final {
public:
    explicit AgingRepository(Book &book) : m_book(book) {}
    // Totals by due date (the default) sum the AR movement aggregate (ar_movements.h);
    // by customer, for one customer or by invoice date, the detailed computation runs.
    AgingReport compute(QDate asOf, AgingBasis basis, const AgingBuckets &buckets, AgingGrouping grouping,
                        std::optional<Id> customerId = std::nullopt);
    // The detailed computation (open items plus the allocations after the date), always;
    // the tests compare the aggregate with it.
    AgingReport computeDetailed(QDate asOf, AgingBasis basis, const AgingBuckets &buckets, AgingGrouping grouping,
                                std::optional<Id> customerId = std::nullopt);

private:
    AgingReport computeFromMovements(QDate asOf, const AgingBuckets &buckets);

    Book &m_book;
};

} // namespace ardesk
