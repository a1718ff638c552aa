#pragma once
// The demo book: a realistic synthetic accounts-receivable business, for the first run
// (scripts/run.sh), screenshots and benchmarks (`ardesk-cli demo`).
//
// What it writes, all dated on or before `today`, into a book without customers:
// - staff: 1 admin, 1 manager, 2 supervisors, 6 collectors (one per collection region),
//   3 clerks, 1 auditor, none with a password;
// - customers in DE, FR, SE, CZ, GB and the US (two time zones) with names, contacts,
//   phone numbers and mailboxes in each country's flavour (mailboxes under the reserved
//   .example domain), currency fixed per customer (mostly EUR; SEK, CZK, USD, GBP),
//   terms 14/30/45/60, credit limits, risk classes A-E, segments, a few consumers, and
//   a collector by region;
// - about 20 invoices per customer over the two years before `today`; payments on time,
//   late, partial and missing according to a payment profile per customer (prompt,
//   slow, erratic, delinquent), paid one by one or in payment runs, by wire, direct debit,
//   cheque or card; overpayments and duplicate payments leaving unapplied cash (some
//   applied later by a clerk); credit notes (price corrections, returns, rebates,
//   settled disputes), bad-debt and small-balance write-offs (each with its approved
//   write-off request; a few requests still wait for approval), and reversed payments
//   (returned direct debits, bounced cheques, chargebacks) with their negative
//   allocations and usually a replacement payment;
// - the collector desk over the last twelve months: calls and e-mails with outcomes,
//   promises to pay evaluated as of `today` with the promise rule of DOMAIN.md (grace
//   3 days: kept, partially kept, broken, pending), disputes on overdue invoices (open and
//   resolved by credit note, write-off request or rejection), complaints with satisfaction
//   scores, escalations to the supervisors, and tasks as the desk keeps them (a call for
//   each contact's follow-up date, a follow-up for each broken promise and each dispute
//   past its due date, escalations; done by the next contact, or open and due today or
//   earlier).
//
// The ledger rules of DOMAIN.md hold on every date: allocations are dated on or after
// both the payment (credit note) and the invoice, no invoice or payment is ever
// over-applied, every amount is positive.
//
// Amounts are drawn as reals and rounded once to integer minor units; every sum after
// that is integer. Rows carry created_at/created_by of their business day and of the
// staff member who would have made them (a clerk by currency, the collector of the
// region, the supervisor or manager who approved).
//
// Deterministic: the same seed and `today` give the same book (std::mt19937, no clock;
// the one audit record "demo.generate" carries the real time of the generation).
// All-or-nothing: one transaction; a cancel from the progress callback (or any failure)
// leaves the book exactly as it was. Errors as Result<T>; nothing throws.

#include "session.h"

#include <QDate>

#include <functional>

namespace ardesk {

struct DemoOptions final
{
    int customers = 2000;
    quint32 seed = 1;
    QDate today; // the book's "today"; invalid = QDate::currentDate()
    // Called with the customers done: at the start, after every 2 % of them (at most every
    // 1,000) and at the end; return false to cancel (ErrorCode::Cancelled, nothing written).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct DemoSummary final
{
    QDate today;
    QDate firstDay; // the first day of the history
    qint64 users = 0;
    qint64 customers = 0;
    qint64 consumerCustomers = 0;
    qint64 contactPersons = 0;
    qint64 customerNotes = 0;
    qint64 invoices = 0;
    qint64 creditNotes = 0;
    qint64 payments = 0;
    qint64 allocations = 0; // every allocation row, the negative ones of reversals included
    qint64 paymentReversals = 0;
    qint64 writeOffs = 0; // each with its approved write-off request
    qint64 pendingWriteOffRequests = 0;
    qint64 paymentsWithUnappliedCash = 0;
    qint64 contacts = 0;
    qint64 promises = 0;
    qint64 promisesKept = 0;
    qint64 promisesPartiallyKept = 0;
    qint64 promisesBroken = 0;
    qint64 promisesPending = 0;
    qint64 disputes = 0;
    qint64 openDisputes = 0;
    qint64 complaints = 0;
    qint64 escalations = 0;
    qint64 openEscalations = 0;
    qint64 tasks = 0;
    qint64 openTasks = 0;
};

class DemoGenerator final
{
public:
    static constexpr int kMaximumCustomers = 1'000'000;
    static constexpr int kHistoryDays = 730; // two years before today
    static constexpr int kPromiseGraceDays = 3;

    explicit DemoGenerator(Session &session) : m_session(session) { }

    // Needs Action::ImportData; refuses a book that already has customers
    // (ErrorCode::Conflict) and a customer count outside 1..kMaximumCustomers.
    Result<DemoSummary> generate(const DemoOptions &options);

private:
    Session &m_session;
};

} // namespace ardesk
