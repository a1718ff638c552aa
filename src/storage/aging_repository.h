#pragma once
// Aging as of any date, summed in SQL over the maintained open amounts plus the
// allocations dated after the as-of date (so today's aging reads only open items and
// a past one reads only what moved since). Throws StorageError.

#include "book.h"

#include "domain/aging.h"
#include "domain/ledger_types.h"

namespace ardesk {

enum class AgingGrouping { Total, Customer };

class AgingRepository final {
public:
    explicit AgingRepository(Book &book) : m_book(book) {}
    AgingReport compute(QDate asOf, AgingBasis basis, const AgingBuckets &buckets, AgingGrouping grouping,
                        std::optional<Id> customerId = std::nullopt);

private:
    Book &m_book;
};

} // namespace ardesk
