#pragma once
// Copies a whole book, row for row, into another one of the same schema version: SQLite to
// PostgreSQL, back, or to the same engine. Every table goes over as stored, so the hash
// chains, the audit log and the maintained state arrive unchanged and `verify` gives the
// same result on the target. The source is read in one snapshot; the target is written
// in one transaction (all or nothing). Throws StorageError.

#include "book.h"

#include <functional>

namespace ardesk {

struct BookCopyCounts {
    qint64 tables = 0;
    qint64 rows = 0;
};

// `target` must be a freshly created book (OpenMode::CreateNew) with no customers and no
// postings; the rows its creation seeded (book_meta, settings, ...) are replaced by the
// source's. progress(rowsDone) may return false to cancel (nothing is written then).
BookCopyCounts copyBook(Book &source, Book &target, const std::function<bool(qint64)> &progress = {});

// The book's tables in an order that satisfies their foreign keys (the order the
// migrations create them in).
QStringList tablesInDependencyOrder();

} // namespace ardesk
