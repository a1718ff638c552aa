#pragma once
// Aging as of any date. Totals by due date sum the maintained AR movement aggregate
// (ar_movements.h: a few thousand rows whatever the date); the other shapes sum the
// maintained open amounts plus the allocations dated after the as-of date (so today's
// aging reads only open items and a past one reads only what moved since). Throws
// StorageError.

#include "book.h"

#include "domain/aging.h"
#include "domain/ledger_types.h"

#include <vector>

namespace ardesk {

enum class AgingGrouping { Total, Customer };

struct SnapshotLine; // manager_repository.h

// The aging by customer of several dates at once (the month-end snapshot catch-up), from
// one read of the invoice, payment and credit note state and of the allocations dated after
// the earliest date, instead of one detailed computation (a scan of everything that moved
// since) per date. lines(k) are, for dates()[k], exactly the snapshot lines the detailed
// computation by customer gives: every non-zero bucket, unapplied cash, unapplied credits
// and disputed part per customer and currency, then the same per currency (customer 0).
// Kept compact (one row of sums per customer, currency and date) so that 15 month-ends of a
// million-invoice book stay in tens of megabytes.
class MonthEndAging final {
public:
    const std::vector<QDate> &dates() const { return m_dates; }
    std::vector<SnapshotLine> lines(std::size_t dateIndex) const;

private:
    friend class AgingRepository;
    std::vector<QDate> m_dates; // ascending, distinct
    int m_bucketCount = 0;
    std::vector<QString> m_currencies;
    std::vector<std::pair<Id, int>> m_keys; // (customer, index into m_currencies)
    std::vector<MinorUnits> m_sums;         // [key][date][bucket..., cash, credits, disputed]
};

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

    // dates: any order; the result holds them ascending and without repeats.
    MonthEndAging computeMonthEnds(std::vector<QDate> dates, AgingBasis basis, const AgingBuckets &buckets);

private:
    AgingReport computeFromMovements(QDate asOf, const AgingBuckets &buckets);

    Book &m_book;
};

} // namespace ardesk
