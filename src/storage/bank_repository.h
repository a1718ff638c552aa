#pragma once
// Bank files in the book: CSV mappings by name, imported statements and their entries
// (for duplicate detection by file SHA-256 and entry reference), the customer of a bank
// account, and what matching needs to read (customers, invoices by number key, open
// items). Throws StorageError (storage layer style); the caller holds the transaction.

#include "book.h"

#include "domain/bank_matching.h"
#include "domain/bank_statement.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace ardesk {

class BankRepository final {
public:
    explicit BankRepository(Book &book) : m_book(book) {}

    // --- CSV mappings ------------------------------------------------------------------
    std::optional<QByteArray> mapping(const QString &name);
    void saveMapping(const QString &name, const QByteArray &definition, const QString &at);
    QStringList mappingNames();

    // --- statements and entries --------------------------------------------------------
    std::optional<Id> statementBySha256(const QString &sha256);
    Id insertStatement(const QString &statementRef, const QString &account, const QString &sha256,
                       const QString &at, std::optional<Id> userId);
    // Entry references already recorded (posted) in the book, among refs.
    QSet<QString> recordedEntryRefs(const QStringList &refs);
    Id insertEntry(Id statementId, const BankEntry &entry, std::optional<Id> paymentId);

    // --- customers and accounts --------------------------------------------------------
    std::optional<Id> customerByAccount(const QString &account); // customer_bank_accounts
    // The customer of the latest posted bank entry from this debtor account.
    std::optional<Id> customerByPreviousPayment(const QString &account);
    void setCustomerAccount(const QString &account, Id customerId);
    std::vector<MatchCustomer> customers();

    // --- matching reads ----------------------------------------------------------------
    // Every invoice with its open amount now (for the number-key index).
    std::vector<MatchInvoice> allInvoices();
    std::vector<MatchInvoice> openItems(Id customerId, const QString &currency);
    std::vector<MatchInvoice> openItemsOfAmount(MinorUnits amount, const QString &currency, int limit);

private:
    Book &m_book;
};

} // namespace ardesk
