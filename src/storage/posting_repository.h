#pragma once
// Storage of what the credit-policy postings need beside the posted ledger (schema step 6):
// which interest and compensation debit notes were posted for which invoice up to which day
// (docs/interest.md "Posting interest"), and which early-payment discount credit note
// belongs to which payment (docs/credit-policy.md "Taking the discount"). The caller (a
// service) holds the transaction. Throws StorageError.

#include "book.h"
#include "ledger_repository.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <vector>

namespace ardesk {

namespace InterestPostingKind {
inline const QString interest = QStringLiteral("interest");
inline const QString compensation = QStringLiteral("compensation");
} // namespace InterestPostingKind

struct InterestPostingRecord final {
    Id debitNoteId = 0;
    Id invoiceId = 0;
    QString kind; // interest, compensation
    QDate fromDay;
    QDate toDay;
};

// What was posted for one invoice, as the next posting and the computed interest see it.
struct InterestPosted final {
    QDate interestThrough; // last day interest was posted for; invalid: none yet
    bool compensation = false;
};

class PostingRepository final {
public:
    explicit PostingRepository(Book &book) : m_book(book) {}

    // Per invoice id, every posting (reversed ones too: a waived charge is not posted again).
    QHash<Id, InterestPosted> interestPosted();
    void insertInterestPosting(const InterestPostingRecord &record, const Stamp &stamp);
    // The debit notes (invoice ids) posted as interest or compensation.
    QSet<Id> interestDebitNotes();

    void insertPaymentDiscount(Id creditNoteId, Id paymentId, Id invoiceId);
    std::vector<Id> discountCreditNotes(Id paymentId);

private:
    Book &m_book;
};

} // namespace ardesk
