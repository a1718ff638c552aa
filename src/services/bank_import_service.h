#pragma once
// Bank-statement import: read a camt.053 or mapped CSV file, match every incoming credit
// against the book (domain/bank_matching.h) and return a review model; then post the
// confident matches, or a reviewed selection, all-or-nothing in one transaction.
//
// - review*() only reads the book. A bad file gives BankReview::problems (FILE:LINE:
//   element: reason) and nothing else.
// - post*() records the statement (by file SHA-256) and every posted entry (by entry
//   reference) in the same transaction as the payments and allocations, so a statement
//   imported twice posts nothing twice: entries already recorded are skipped.
// - progress(done, total) returning false cancels: nothing is posted (the transaction
//   is rolled back) and the result is an Error with ErrorCode::Cancelled.
// Errors: Result<T> (services layer style); permission Action::PostPayment for posting,
// Action::ImportData for reviewing, listing and saving mappings.
//
// The GUI's review screen uses reviewFile() (off the UI thread, on its own connection),
// shows BankReview::entries with their candidates, lets the user pick a candidate or
// build one by hand (customer + lines, or none for unapplied cash) and calls post() with
// the selection; assignAccount() remembers a debtor account for next time.

#include "session.h"

#include "domain/bank_matching.h"
#include "domain/bank_statement.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ardesk {

enum class BankFileFormat { Camt053, Csv };
std::optional<BankFileFormat> bankFileFormatFromKey(QStringView key); // "camt053", "csv"
QString bankFileFormatKey(BankFileFormat format);

using BankProgress = std::function<bool(qint64 done, qint64 total)>;

struct BankImportOptions final {
    std::optional<BankFileFormat> format; // empty: from the extension, else the content
    QString mapping;                      // CSV: a mapping name in the book, or a JSON file
    BankProgress progress;
};

enum class BankEntryState {
    Open,          // an incoming credit not yet posted: see match
    AlreadyPosted, // its entry reference is recorded in the book
    Skipped,       // a debit or a pending (not booked) entry: reported, never posted
};
QString bankEntryStateKey(BankEntryState state);

struct BankReviewEntry final {
    BankEntry entry;
    BankEntryState state = BankEntryState::Open;
    EntryMatch match; // for Open entries
};

struct BankReview final {
    QString file;   // display name
    QString sha256; // of the file's bytes
    BankFileFormat format = BankFileFormat::Camt053;
    QString statementRef;
    QString account;
    std::vector<BankReviewEntry> entries;
    std::vector<BankFileProblem> problems; // non-empty: the file is refused
    // A mapping read from a JSON file with a name: kept in the book when posting.
    QString mappingName;
    QByteArray mappingDefinition;

    qsizetype count(MatchClass matchClass) const;
    qsizetype count(BankEntryState state) const;
};

struct BankPostDecision final {
    qsizetype entryIndex = 0;  // into BankReview::entries
    MatchCandidate candidate;  // customerId and lines are used; empty lines: unapplied cash
};

struct BankPostReport final {
    Id statementId = 0;
    qsizetype posted = 0;
    qsizetype alreadyPosted = 0;
    std::vector<Id> paymentIds;
};

class BankImportService final {
public:
    explicit BankImportService(Session &session) : m_session(session) {}

    Result<BankReview> reviewFile(const QString &path, const BankImportOptions &options);
    Result<BankReview> reviewData(const QString &displayName, const QByteArray &data,
                                  const BankImportOptions &options);

    // Posts every Matched entry with its best candidate.
    Result<BankPostReport> postMatched(const BankReview &review, const BankProgress &progress = {});
    Result<BankPostReport> post(const BankReview &review, const std::vector<BankPostDecision> &decisions,
                                const BankProgress &progress = {});

    Result<void> saveMapping(const QString &name, const QByteArray &json);
    Result<QStringList> mappingNames();
    // Remembers that a debtor account belongs to a customer (customer_bank_accounts).
    Result<void> assignAccount(const QString &account, const QString &customerCode);

private:
    Session &m_session;
};

} // namespace ardesk
