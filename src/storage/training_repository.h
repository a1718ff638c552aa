#pragma once
// What Help > Practice reads and writes in a practice book: the mark that makes a book a
// practice book (settings key "training.book"), and the audit records made since a point,
// from which the guided first day ticks itself off. Throws StorageError.

#include "book.h"
#include "ledger_repository.h"

#include <optional>
#include <vector>

namespace ardesk {

struct AuditEvent final
{
    Id id = 0;
    QString action; // "payment.post", "promise.take", ...
};

class TrainingRepository final
{
public:
    static inline const QString kMarkKey = QStringLiteral("training.book");

    explicit TrainingRepository(Book &book) : m_book(book) { }

    bool isPracticeBook();
    void markAsPracticeBook(const Stamp &stamp);
    // The newest audit record's id (0: none).
    Id lastAuditId();
    // The audit records after `afterId` made by `userId` (null: the local owner), oldest first.
    std::vector<AuditEvent> auditAfter(Id afterId, std::optional<Id> userId);

private:
    Book &m_book;
};

} // namespace ardesk
