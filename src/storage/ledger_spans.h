#pragma once
// The maintained ledger spans (schema step 13, docs/performance.md "Issue 8, session 7: a
// queue as of a past date"): for each invoice, payment and credit note, the days its
// allocations span, so that the figures of an account as of a past date D read only the
// documents that were touched across D instead of every allocation dated after D.
//
// One row per document (kind, doc_id); the allocation day that counts is the effective day
// max(allocation day, start day) (as in ar_movements.h):
// - kind 0, an invoice with at least one allocation row (payments, credit notes,
//   write-offs, reversing rows): start_day = its issue day, first_day / last_day = the
//   first / last effective day of its allocation rows, due_day and amount = the invoice's;
// - kind 1 (payment) / kind 2 (credit note), only once it has an allocation row dated after
//   its start day (received day / issue day): start_day = first_day = that start day,
//   last_day = the last allocation day, due_day = 0, amount = the document's amount.
// span_class = spanClass(last_day - start_day): a span of s days has class c with
// 2^c <= s < 2^(c+1) (class 0 for s < 2). The documents issued on or before D with an
// allocation after D are those with start_day <= D < last_day; per class c that means
// start_day in (D - 2^(c+1), D], one range of the primary key (kind, span_class,
// start_day, doc_id) per class, so the read is about the size of what it finds whatever D.
// For an invoice found so, its open amount as of D is its amount when first_day > D (no
// allocation up to D), else amount - the allocations dated up to D.
// LedgerRepository keeps the rows in the same transaction as every allocation (summed in
// memory during a bulk import, written by flushMovements); the migration fills them for an
// existing book; LedgerVerifier checks them against the ledger. Throws StorageError.

#include "book.h"

#include "domain/ledger_types.h"

#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ardesk {

class Statement;

// The span classes: 0 .. kSpanClassCount - 1 (the last one has no upper bound).
inline constexpr int kSpanClassCount = 25;

inline int spanClass(qint64 days)
{
    int c = 0;
    while (c + 1 < kSpanClassCount && days >= (qint64{2} << c))
        ++c;
    return c;
}

// The statements of the schema step: the table, its index by document and the backfill.
QStringList ledgerSpansSchema();

// (kind, doc_id) -> (span_class, start_day, customer_id, first_day, last_day, due_day, amount)
using LedgerSpanKey = std::pair<int, Id>;
using LedgerSpanRow = std::tuple<int, qint64, Id, qint64, qint64, qint64, MinorUnits>;
// What the ledger gives (the backfill's SELECT) and what is stored.
std::map<LedgerSpanKey, LedgerSpanRow> expectedLedgerSpans(Book &book);
std::map<LedgerSpanKey, LedgerSpanRow> storedLedgerSpans(Book &book);

// The check in SQL (both directions of EXCEPT, so the expected rows are grouped twice): the
// documents whose stored row differs from what the ledger gives (or exists on one side only),
// the first of them by (kind, doc_id) described as "stored, the ledger gives", and the rows
// stored. The verifier uses LedgerSpanComparer below (the same result from its one streamed
// pass); this set-based form is the reference the tests compare it with.
struct LedgerSpanCheck final
{
    qint64 differing = 0;
    QString first;
    qint64 stored = 0;
};
LedgerSpanCheck checkLedgerSpans(Book &book);

// The verifier's check done during its streamed passes (ledger_verifier.cpp), so the
// allocations are read once for every check and nothing is grouped in SQL: for each kind,
// the pass goes over id ranges (low, high] that together cover every id; for each range it
// calls beginRange, then expect() for each document with an expected row in ascending
// doc_id order, then endRange; the stored rows of the range are read beside them through
// the index by document and compared. finish() adds the stored rows of any other kind. The
// result (count, first problem by (kind, doc_id), its message) is checkLedgerSpans'.
class LedgerSpanComparer final
{
public:
    explicit LedgerSpanComparer(Book &book);
    ~LedgerSpanComparer();
    LedgerSpanComparer(const LedgerSpanComparer &) = delete;
    LedgerSpanComparer &operator=(const LedgerSpanComparer &) = delete;

    void beginRange(int kind, qint64 low, qint64 high);
    // The expected row of a document (row: as LedgerSpanRow, span_class computed here).
    void expect(Id docId, qint64 startDay, Id customerId, qint64 firstDay, qint64 lastDay, qint64 dueDay,
                MinorUnits amount);
    void endRange();
    LedgerSpanCheck finish();

private:
    bool readStored();
    void compare(Id docId, const std::optional<LedgerSpanRow> &stored, const std::optional<LedgerSpanRow> &expected);

    Book &m_book;
    std::array<std::unique_ptr<Statement>, 3> m_ranges;
    std::vector<std::pair<Id, LedgerSpanRow>> m_rangeRows; // the open range's stored rows
    std::size_t m_rangeAt = 0;
    int m_kind = 0;
    bool m_hasStored = false; // m_stored holds the range's next stored row
    Id m_storedDoc = 0;
    LedgerSpanRow m_stored{};
    LedgerSpanCheck m_check;
    std::optional<LedgerSpanKey> m_first;
    std::optional<LedgerSpanRow> m_firstStored, m_firstExpected;
};

// Keeps ledger_spans for LedgerRepository: one call per allocation row posted (after its
// row and the state rows of its invoice and source exist).
class LedgerSpanWriter final
{
public:
    explicit LedgerSpanWriter(Book &book);
    ~LedgerSpanWriter();
    LedgerSpanWriter(const LedgerSpanWriter &) = delete;
    LedgerSpanWriter &operator=(const LedgerSpanWriter &) = delete;

    // paymentReceivedDay: the payment's received day when the caller knows it (a payment
    // allocation dated on or before it does not make or move the payment's row: only days
    // after the start count, so it is not even kept for the batch).
    void allocationPosted(const Allocation &allocation, std::optional<qint64> paymentReceivedDay = std::nullopt);
    // Bulk imports: the days are summed per document in memory until flush().
    void beginBatch();
    void flush();

private:
    void write(int kind, Id docId, qint64 firstDay, qint64 lastDay);

    Book &m_book;
    std::array<std::unique_ptr<Statement>, 3> m_upserts;
    bool m_batch = false;
    struct PairHash final
    {
        std::size_t operator()(const LedgerSpanKey &key) const noexcept
        {
            return std::hash<qint64>()(key.second * 4 + key.first);
        }
    };
    std::unordered_map<LedgerSpanKey, std::pair<qint64, qint64>, PairHash> m_pending; // -> (min, max) day
};

} // namespace ardesk
