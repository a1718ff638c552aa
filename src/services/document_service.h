#pragma once
// Letters and statements (issue 6, "Letters and statements"): what goes on them, read from
// the book as of a date, and the record of each one sent (a letters row holding the PDF, and
// an audit record on the customer so it shows on the account's timeline). The PDF itself is
// drawn by src/documents (this layer has no Qt GUI); src/documents/document_batch.h runs the
// monthly batches with progress and cancel.
//
// Permissions: reading what goes on a document needs view_customers; recording a document
// as sent needs log_contact or edit_customers (the collector's letters, the clerk's
// statements; docs/security.md). Errors as Result<T> (services layer style).

#include "interest_service.h"
#include "session.h"

#include "domain/aging.h"
#include "domain/instalment_terms.h"
#include "storage/account_repository.h"
#include "storage/document_repository.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ardesk {

// The languages that have letter templates; anything else falls back to English.
QStringList documentLanguages();
QString documentLanguage(const QString &requested); // "de-AT" -> "de", "pl" -> "en"

// The template a letter uses: reminder, dunning1..dunning3, statement.
QString letterTemplateKind(const QString &kind, int level);

// Book settings of documents (table settings).
namespace DocumentSetting {
inline const QString paymentInstructions = QStringLiteral("documents.payment_instructions");
inline const QString sender = QStringLiteral("documents.sender"); // company name and address, lines
inline const QString payByDays = QStringLiteral("documents.pay_by_days");
inline const QString training = QStringLiteral("documents.training");          // "1": a training book
inline const QString showInterest = QStringLiteral("documents.show_interest"); // "0": no interest on dunning letters
} // namespace DocumentSetting

// One line of late-payment interest and recovery compensation on a dunning letter, from
// InterestService::lateInterest (docs/interest.md) as of the letter's date.
struct LetterInterest final
{
    QString invoiceNumber;
    int daysLate = 0;
    std::optional<qint64> ratePpm;          // reference + margin in millionths; empty: no rate in force
    std::optional<MinorUnits> interest;     // empty: no rate in force
    std::optional<MinorUnits> compensation; // in the customer's currency; empty: none
    MinorUnits total() const { return interest.value_or(0) + compensation.value_or(0); }
};

// An invoice with instalments on a letter or statement (docs/credit-policy.md "Instalment
// terms"): one line per open part ("INV-1 (1/3)"), with the part's due date, amount and open
// amount as of the date (`parts` from openInstalmentParts); the invoice's disputed amount
// goes to its earliest open parts first, each at most its open amount. Paid parts are left out.
std::vector<DocumentOpenItem> openPartLines(const DocumentOpenItem &invoice, const std::vector<OpenInstalmentPart> &parts);

// Everything a letter or statement shows, in the customer's currency.
struct LetterContent final
{
    QString kind; // reminder, dunning, statement
    int level = 0;
    QString templateKind; // reminder, dunning1..3, statement
    QDate asOf;
    QString language; // en, de, fr, sv, cs
    Customer customer;
    std::optional<ContactPersonRow> contact;
    QString sender;
    QString paymentInstructions;
    bool training = false;
    std::optional<QString> templateOverride; // letter_templates.body, when the user stored one

    std::vector<DocumentOpenItem> items;    // open as of asOf, oldest due first; parts by openPartLines
    QDate periodStart;                      // statements: the first day of the as-of month
    std::vector<DocumentActivity> activity; // statements: the period's events

    AgingBuckets buckets;
    std::vector<MinorUnits> aging; // per bucket, open amounts
    MinorUnits openTotal = 0;
    MinorUnits overdueTotal = 0;
    MinorUnits disputedTotal = 0;
    MinorUnits unapplied = 0; // unapplied cash and credit notes
    MinorUnits balance() const { return openTotal - unapplied; }
    // Dunning letters only (reminders and statements carry none): the late-payment interest
    // and compensation of the listed items, added to the amount to pay.
    std::vector<LetterInterest> interest;
    MinorUnits interestTotal() const;
    QDate payBy;
};

// What a batch produced for one customer.
struct SentDocument final
{
    Id letterId = 0;
    bool newRecord = false; // false: the record existed and its document was replaced
};

class DocumentService final
{
public:
    explicit DocumentService(Session &session) : m_session(session) { }

    // The statement of account of a customer as of a date.
    Result<LetterContent> statement(Id customerId, QDate asOf) const;
    // The content of a letters row (a reminder or a dunning letter), as of its own date.
    Result<LetterContent> letter(Id letterId) const;

    // Customers due a statement for the month ending at asOf: a non-zero balance as of
    // asOf, or an invoice, payment or credit note dated in that month. By customer code.
    Result<std::vector<Customer>> statementCustomers(QDate asOf) const;
    // The first of those (statementCustomers(asOf).front()), found without reading them all:
    // customers in code order, each asked for activity in the month and its balance; none
    // when no customer is due a statement. For a sample letter (the template preview).
    Result<std::optional<Customer>> firstStatementCustomer(QDate asOf) const;
    // Letters dated on or before asOf that have no document yet.
    Result<std::vector<LetterRecord>> lettersToRender(QDate asOf) const;

    // Records the statement as sent (letters row kind "statement", dedupe key
    // statement:CODE:YYYY-MM-DD): a rerun replaces the document, never adds a row.
    Result<SentDocument> recordStatement(const LetterContent &content, const QByteArray &pdf);
    // Stores the rendered document in the letter's row.
    Result<SentDocument> recordLetter(Id letterId, const QByteArray &pdf);
    // The stored PDF of a letter (to open it again).
    Result<QByteArray> document(Id letterId) const;

    // A user's template text for (kind, language); empty: the built-in one applies.
    Result<void> setTemplate(const QString &kind, const QString &language, const QString &body); // change_settings
    // The user's stored template text for (kind, language); empty optional: the built-in one
    // applies (view_customers).
    Result<std::optional<QString>> userTemplate(const QString &kind, const QString &language) const;

private:
    Result<LetterContent> content(Id customerId, QDate asOf, const QString &kind, int level, const QString &language,
                                  std::optional<Id> letterId) const;
    Result<std::vector<LetterInterest>> interestFor(const Customer &customer, QDate asOf,
                                                    const std::vector<DocumentOpenItem> &items) const;
    Status requireSend() const;

    Session &m_session;
    // InterestService::lateInterest of the whole book, once per as-of date of a run.
    mutable std::map<QDate, std::vector<InterestLine>> m_interest;
};

} // namespace ardesk
