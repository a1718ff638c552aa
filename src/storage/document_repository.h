#pragma once
// The reads and writes behind letters and statements: a customer's open items as of any
// date, the account's activity in a period, the customers due a statement, the letters
// waiting for their document, letter templates, and the settings documents use.
// Amounts are minor units; dates QDate (Julian days in the book). The caller (a service)
// holds the transaction. Errors: throws StorageError (storage layer style).

#include "book.h"
#include "ledger_repository.h"

#include "domain/ledger_types.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <map>
#include <vector>

namespace ardesk {

// One open item as of a date.
struct DocumentOpenItem final
{
    Id invoiceId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    MinorUnits amount = 0;
    MinorUnits open = 0;     // as of the date
    MinorUnits disputed = 0; // the contested part of `open` (never more than it)
    QString currency;
    // A part of an invoice with instalments (docs/credit-policy.md "Instalment terms"): its
    // number 1.. of `parts`; dueDate, amount, open and disputed are the part's. 0: the whole
    // invoice (openItems reads whole invoices; DocumentService splits them).
    int part = 0;
    int parts = 0;
};

enum class ActivityKind { Invoice, Payment, CreditNote };

// One event of an account in a period (what a statement lists under "activity").
struct DocumentActivity final
{
    QDate date;
    ActivityKind kind = ActivityKind::Invoice;
    QString reference;
    MinorUnits amount = 0; // positive; the kind says which way it moves the balance
    QString currency;
};

// A row of the letters table.
struct LetterRecord final
{
    Id id = 0;
    Id customerId = 0;
    QString kind; // reminder, dunning, statement
    int level = 0;
    QDate asOf;
    QString language;
    QString dedupeKey;
    bool hasDocument = false;
};

class DocumentRepository final
{
public:
    explicit DocumentRepository(Book &book) : m_book(book) { }

    // Invoices issued on or before asOf with an open amount then, oldest due first.
    std::vector<DocumentOpenItem> openItems(Id customerId, QDate asOf);
    // Invoices issued, payments received and credit notes issued in [from, to], by date.
    std::vector<DocumentActivity> activity(Id customerId, QDate from, QDate to);
    // Customers with an invoice, payment or credit note dated in [from, to].
    std::vector<Id> customersWithActivity(QDate from, QDate to);
    // The same for one customer: does it have any (an indexed look-up per kind).
    bool hasActivity(Id customerId, QDate from, QDate to);
    // Every customer's id and code (for a walk in code order).
    std::vector<std::pair<Id, QString>> customerCodes();

    // Letters dated on or before asOf that have no document yet, by customer and id.
    std::vector<LetterRecord> lettersWithoutDocument(QDate asOf);
    std::optional<LetterRecord> letter(Id letterId);
    std::optional<LetterRecord> letterByDedupeKey(const QString &dedupeKey);
    QByteArray letterDocument(Id letterId);
    // The invoices a letter lists (letter_items, written by the strategy run); empty: none.
    std::vector<Id> letterInvoices(Id letterId);
    void storeLetterDocument(Id letterId, const QByteArray &document);
    // Inserts the letter (document included) or, when its dedupe key exists, replaces the
    // stored document; returns the row id and whether it was new.
    std::pair<Id, bool> upsertLetter(const LetterRecord &letter, const QByteArray &document, const Stamp &stamp);

    // letter_templates.body for (kind, language), when the user stored one.
    std::optional<QString> letterTemplate(const QString &kind, const QString &language);
    void setLetterTemplate(const QString &kind, const QString &language, const QString &body, const Stamp &stamp);

    std::optional<QString> setting(const QString &key);
    // Every setting whose key starts with `prefix`, by key.
    std::map<QString, QString> settingsWithPrefix(const QString &prefix);
    void setSetting(const QString &key, const QString &value, const Stamp &stamp);
    std::optional<QString> bookMeta(const QString &key);

private:
    Book &m_book;
};

} // namespace ardesk
