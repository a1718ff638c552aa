#pragma once
// Late-payment interest and recovery compensation posted as debit notes (docs/interest.md
// "Posting interest"). For every overdue invoice of a customer whose credit policy says
// `post_interest`, a run as of a date posts the interest accrued since the last posting
// (never the same day twice) and the compensation once per invoice, as invoices of kind
// `interest` (INT-<invoice>-<yyyymmdd>) and `compensation` (COMP-<invoice>) in the immutable
// ledger. Running it twice for the same date posts nothing new.
// Services style: Session::require first, Result<T>, one transaction, audited.

#include "session.h"

#include <QDate>

#include <functional>
#include <vector>

namespace ardesk {

struct InterestPostingLine final {
    QString customerCode;
    QString invoiceNumber;   // the overdue invoice
    QString kind;            // interest, compensation
    QString debitNoteNumber; // INT-<invoice>-<yyyymmdd>, COMP-<invoice>
    QDate fromDay;           // interest: first day charged; compensation: the as-of date
    QDate toDay;             // the as-of date
    MinorUnits base = 0;     // interest: the open amount it runs on (with instalments: of the late parts)
    MinorUnits amount = 0;
    QString currency;
    Id debitNoteId = 0;      // 0 in a preview
};

// An overdue invoice of a posting customer for which something could not be posted.
struct InterestPostingSkip final {
    QString customerCode;
    QString invoiceNumber;
    QString reason;  // no_rate, compensation_currency, number_taken
    QString message; // for people
};

struct InterestPostingRun final {
    QDate asOf;
    std::vector<InterestPostingLine> lines;
    std::vector<InterestPostingSkip> skipped;
    bool posted = false;
};

class InterestPostingService final {
public:
    explicit InterestPostingService(Session &session) : m_session(session) {}

    // (done, total) over the overdue invoices looked at; false cancels (ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // What post(asOf) would post now (view_customers). Reads only: a cancelled preview
    // changes nothing.
    Result<InterestPostingRun> preview(QDate asOf, const Progress &progress = {});
    // Posts it, all in one transaction (post_invoice); audited interest.post per debit note
    // and interest.run once.
    Result<InterestPostingRun> post(QDate asOf);

private:
    Result<InterestPostingRun> run(QDate asOf, bool write, const Progress &progress);
    Session &m_session;
};

} // namespace ardesk
