#pragma once
// The raw figures behind the receivables KPIs (DOMAIN.md "KPIs", docs/kpi.md): per currency
// and, when grouped, per collector, segment or risk class, as of a date and for the period of
// N calendar months ending on it (periodStart in domain/kpi.h). Summed in SQL over the
// maintained open amounts, the period's invoices and the period's allocations, all read in
// one snapshot. The KPI formulas and the promise rule are applied by the caller
// (services/kpi_service.h) with the pure functions of the domain.
//
// Error style (storage layer): throws StorageError.

#include "book.h"

#include "domain/kpi.h"
#include "domain/ledger_types.h"
#include "domain/promise_evaluation.h"

#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

namespace ardesk {

enum class KpiGrouping { Total, Collector, Segment, RiskClass };

// One line of a KPI report: a currency and, when grouped, the collector's login, the
// customer segment or the risk class. `group` is empty for the Total grouping and for
// customers without a collector (segment, risk class).
struct KpiGroupKey final
{
    QString currency;
    std::optional<QString> group;

    friend bool operator==(const KpiGroupKey &, const KpiGroupKey &) = default;
    // By currency, then by group; customers without a group come last.
    friend bool operator<(const KpiGroupKey &a, const KpiGroupKey &b)
    {
        if (a.currency != b.currency)
            return a.currency < b.currency;
        if (a.group.has_value() != b.group.has_value())
            return a.group.has_value();
        return a.group.has_value() && *a.group < *b.group;
    }
};

// The figures of one group (amounts in minor units of the group's currency).
struct KpiRawFigures final
{
    KpiGroupKey key;
    MinorUnits beginningAr = 0;     // open at the end of the day before the period starts
    MinorUnits endingAr = 0;        // open on the as-of date (invoices issued on or before it)
    MinorUnits endingCurrentAr = 0; // of which not yet due (due date >= as-of date)
    MinorUnits creditSales = 0;     // invoices issued in the period
    MinorUnits writtenOff = 0;      // write-off allocations dated in the period, net of reversals
    // Every allocation row dated in the period (payments, credit notes, write-offs and the
    // reversing rows): AR at the start = AR at the end - sales + this.
    MinorUnits appliedInPeriod = 0;
    // Credit sales per calendar month (first day of the month), oldest first: every month
    // with sales from the book's first invoice to the as-of month (up to the as-of date),
    // so the countback walk can go back as far as it needs.
    std::vector<MonthlySales> monthlySales;
    // Amounts applied by payments in the period, by days from the invoice's issue date to
    // the payment's received date (allocations reversed on or before the as-of date by a
    // reversal dated in the period are left out; see docs/kpi.md).
    std::vector<AppliedAmount> paid;
    // The same as sums (what averageDaysToPay needs): the amounts, and amount x days to pay.
    // Set on every path; `paid` is left empty when the figures come from the KPI movement
    // aggregate (kpi_movements.h), which keeps only the sums.
    MinorUnits paidAmount = 0;
    qint64 paidAmountDays = 0;
};

// What the promise rule needs (domain/promise_evaluation.h) for the promises whose outcome
// may fall in the period, with every other promise of the same customers (they take
// payments first when due earlier) and those customers' payments.
// A promise whose outcome fell in the period, read from the maintained promise outcomes
// (promise_outcomes.h) of a customer whose outcomes are valid for the as-of date: kept,
// partially kept or broken (never pending).
struct KpiPromiseOutcome final
{
    Id customerId = 0;
    PromiseStatus status = PromiseStatus::Kept;
    Id promiseId = 0;
    QDate outcomeDay; // the day it was kept, or the day after promised date + grace
};

struct KpiPromiseInputs final
{
    std::vector<PromiseToPay> promises;
    std::vector<ReceivedPayment> payments; // by received date, then as entered; not reversed as of the date
    QHash<Id, KpiGroupKey> groupOfCustomer;
    // KpiRepository::read only: the promises of the customers whose maintained outcomes are
    // valid for the as-of date with the grace days used (docs/kpi.md "How it stays fast"),
    // already decided; `promises` and `payments` then hold the other customers' only.
    std::vector<KpiPromiseOutcome> decided;
    // readPromisesOfPeriod only: of those same customers, one entry per promise due on the
    // as-of date and still pending then (not kept by that day), by customer.
    std::vector<Id> pendingDueOnAsOf;
};

struct KpiRawData final
{
    QDate asOf;
    QDate periodStart;
    int months = 0;
    std::vector<KpiRawFigures> figures; // sorted by key; groups with nothing to report are left out
    KpiPromiseInputs promises;
};

class KpiRepository final
{
public:
    explicit KpiRepository(Book &book) : m_book(book) { }

    // Everything for the period of `months` months ending on asOf, in one read snapshot.
    // Promise inputs cover the promises whose outcome may fall in the period given the
    // grace days (kept on a day in the period, or past promised date + grace in it).
    KpiRawData read(QDate asOf, int months, KpiGrouping grouping, int promiseGraceDays);

    // The promise inputs alone (groupOfCustomer left empty) for the promises whose outcome
    // may fall from `start` to asOf (both included): kept on a day in it, or past promised
    // date + grace in it, with every earlier promise of the same customers whose window
    // overlaps theirs (directly or through other promises: those take payments first when
    // due earlier) and the payments received inside those windows. Promises whose outcome
    // fell before `start` and that share no payment with those may be left out (they are
    // not pending as of asOf either). The staff performance, dashboard and cash forecast
    // figures use it for any range.
    KpiPromiseInputs readPromiseInputs(QDate start, QDate asOf, int promiseGraceDays);

    // The same promises, with the customers whose maintained promise outcomes are valid for
    // asOf with the grace days (promise_outcomes.h) read already decided: `decided` holds
    // their promises whose outcome fell from `start` to asOf, `pendingDueOnAsOf` their
    // promises due on asOf and pending then; `promises` and `payments` hold the other
    // customers' (readPromiseInputs' rows of those customers; every customer when no
    // outcomes are valid), for the rule. groupOfCustomer is left empty. The KPI, and the
    // dashboard's promise tiles, read it.
    KpiPromiseInputs readPromisesOfPeriod(QDate start, QDate asOf, int promiseGraceDays);

    // The promises pending as of asOf (taken by then, not kept by then, asOf <= promised
    // date + grace) for the cash forecast. Those of customers whose maintained outcomes are
    // valid for asOf and whose stored counted amount is 0 come decided in `pending` (nothing
    // counted toward them by asOf either); every other customer with a promise that can be
    // pending then (outcomes stale, missing or with other grace days, or a pending promise
    // that got something: what counted by asOf is not stored) is left to the rule in
    // `rule` (readPromiseInputs(asOf, asOf, ...)'s rows of those customers).
    struct PendingPromises
    {
        std::vector<PromiseToPay> pending; // by customer, then id; nothing counted toward them by asOf
        KpiPromiseInputs rule;
    };
    PendingPromises readPendingPromises(QDate asOf, int promiseGraceDays);

    // Grace days of the promise rule: the book setting "collections.grace_days" (the one the
    // collector desk uses) when it holds a whole number >= 0, else `fallback`.
    int promiseGraceDays(int fallback);

private:
    // The customers whose maintained promise outcomes are valid for asOf with the grace days
    // (indexed by id), and how many.
    std::pair<std::vector<bool>, qint64> validOutcomeCustomers(QDate asOf, int promiseGraceDays);
    // readPromiseInputs for the customers `candidates` allows (nullptr: every customer).
    KpiPromiseInputs readPromiseInputsOf(QDate start, QDate asOf, int promiseGraceDays,
                                         const std::vector<bool> *candidates);
    Book &m_book;
};

} // namespace ardesk
