#pragma once
// Matching of incoming bank credits against the book: for each credit, candidates with a
// confidence (0-100) and a human reason, and a class (matched / suggested / unmatched).
// Pure rules: the book is reached through BankMatchBook's callbacks, so tests give an
// in-memory book and the service gives the repository. No exceptions, no logging.
//
// The rules (docs/formats.md, "Matching", says the same for users):
// - Invoice numbers in the remittance text are compared by key (invoiceNumberKey): upper
//   case, letters and digits only, a leading prefix word such as INV, Invoice, Rechnung,
//   RE, Faktura, Facture, Nr, No dropped, and leading zeros of the number dropped. So
//   "INV-0042", "inv 42", "Rechnung Nr. 42" all find invoice INV-42. Up to three adjacent
//   words are joined ("2024 0042"), the longest hit wins. Keys shorter than 3 characters
//   are ignored (they are days, months and amounts more often than invoice numbers).
// - A structured creditor reference (or an RF reference in the text) with a valid ISO 11649
//   check finds the invoice whose key equals the key of the reference's body.
// - The customer by the debtor's account (customer_bank_accounts), by the account of an
//   earlier posted bank payment, or by name (nameKey: lower case, punctuation and company
//   suffixes such as GmbH, AG, AB, s.r.o., SARL, Ltd, Inc dropped).
// - Amounts: equal to the open amount of the found invoices, to one open item of the
//   customer, or to the sum of up to 6 of the customer's open items (bounded search over
//   the 24 oldest by due date).
// - Matched (posted by --post) needs confidence >= 90 and no warning: a reference (RF or
//   invoice number) whose open amount equals the credit, or the registered account of a
//   customer plus an exact amount match. A reference that belongs to another customer
//   than the account's is a suggestion with a warning, never matched.

#include "allocation.h"
#include "bank_statement.h"
#include "ledger_types.h"

#include <functional>
#include <optional>
#include <vector>

namespace ardesk {

struct MatchInvoice final {
    Id invoiceId = 0;
    QString number;
    Id customerId = 0;
    QString currency;
    QDate issueDate;
    QDate dueDate;
    MinorUnits open = 0; // now
};

struct MatchCustomer final {
    Id id = 0;
    QString code;
    QString name;
    QString currency;
};

enum class AccountSource { Registered, PreviousPayment };

struct AccountOwner final {
    Id customerId = 0;
    AccountSource source = AccountSource::Registered;
};

// The book as matching sees it.
struct BankMatchBook final {
    // Invoices (open or not) whose invoiceNumberKey equals key.
    std::function<std::vector<MatchInvoice>(const QString &key)> invoicesByKey;
    std::function<std::optional<AccountOwner>(const QString &account)> customerByAccount;
    // Customers whose nameKey equals key.
    std::function<std::vector<MatchCustomer>(const QString &key)> customersByNameKey;
    std::function<std::optional<MatchCustomer>(Id customerId)> customer;
    // Open items (open > 0) of a customer in a currency.
    std::function<std::vector<MatchInvoice>(Id customerId, const QString &currency)> openItems;
    // Open items of any customer whose open amount equals amount (at most limit of them).
    std::function<std::vector<MatchInvoice>(MinorUnits amount, const QString &currency, int limit)> openItemsOfAmount;
};

enum class MatchClass { Matched, Suggested, Unmatched };
QString matchClassKey(MatchClass matchClass); // "matched", "suggested", "unmatched"

struct MatchCandidate final {
    Id customerId = 0;
    QString customerCode;
    std::vector<AllocationLine> lines; // empty: all as unapplied cash for the customer
    QStringList invoiceNumbers;        // of lines, same order
    MinorUnits unapplied = 0;          // what stays on account
    int confidence = 0;                // 0-100
    QString reason;                    // human, translated
    QString warning;                   // non-empty: never posted without review
};

struct EntryMatch final {
    MatchClass matchClass = MatchClass::Unmatched;
    std::vector<MatchCandidate> candidates; // best first
};

inline constexpr int kMatchedConfidence = 90;
inline constexpr int kMaxSubsetItems = 6;
inline constexpr int kMaxSubsetPool = 24;

QString invoiceNumberKey(QStringView number);
QString nameKey(QStringView name);

// The invoice keys found in a remittance text, in text order, without repeats (longest
// join of up to three words that exists in the book; see the header comment).
QStringList invoiceKeysInText(QStringView text, const std::function<bool(const QString &key)> &exists);
// RF references in free text (groups of four may be split by spaces), normalized.
QStringList creditorReferencesInText(QStringView text);

// Subsets (up to maxItems) of items whose open amounts sum to amount: the first found in
// order of the items (callers sort oldest due first), at most maxResults of them.
std::vector<std::vector<qsizetype>> findSubsetsWithSum(const std::vector<MinorUnits> &amounts, MinorUnits amount,
                                                       int maxItems, int maxResults);

EntryMatch matchEntry(const BankEntry &entry, const BankMatchBook &book);

} // namespace ardesk
