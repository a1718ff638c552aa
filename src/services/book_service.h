#pragma once
// Opening and creating books, finding the acting user, and the book-wide reads
// (counts, aging). Errors as Result<T>; no exception leaves this layer.

#include "session.h"

#include "domain/aging.h"
#include "storage/aging_repository.h"
#include "storage/book_copy.h"
#include "storage/ledger_verifier.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace ardesk {

struct BookInfo final {
    qint64 customers = 0;
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 allocations = 0;
    qint64 creditNotes = 0;
    qint64 users = 0;
    int schemaVersion = 0;
    bool protectedBook = false; // has an active admin with a password
    bool readOnly = false;
};

class BookService final {
public:
    static Result<std::unique_ptr<Book>> create(const QString &location);
    static Result<std::unique_ptr<Book>> open(const QString &location, AccessMode access = AccessMode::ReadWrite);

    // The session of an unprotected book: the local owner, with the stored matrix.
    // A protected book refuses this (sign in through AuthService).
    static Result<std::unique_ptr<Session>> localSession(Book &book);
    static bool isProtected(Book &book);

    static Result<BookInfo> info(Session &session);
    // Recomputes the hash chains and the ledger rules (Action::ViewAudit).
    static Result<VerifyReport> verify(Session &session, const std::function<bool(int, int)> &progress = {});
    // A consistent copy of the book (Action::ChangeSettings); the copy opens as a normal book.
    static Result<void> backup(Session &session, const QString &path);
    // Copies the whole book into a NEW book at `target` (a file or a PostgreSQL URL whose
    // database holds no book yet), for moving a book between engines (Action::ChangeSettings).
    // The copy is audited in the source first, so both books verify alike. All or nothing:
    // a failed copy leaves no file behind (and a PostgreSQL target with an empty schema).
    static Result<BookCopyCounts> copyTo(Session &session, const QString &target);
    // The rotating backup taken when the GUI closes a book: a copy named
    // BOOKNAME-YYYYMMDD-HHMMSS.ardesk in `folder`, keeping the newest `keep` copies of this
    // book there. Returns the new copy's path. Needs no permission beyond having the book
    // open (it is the user's own safety net), and is skipped for read-only books. Audited
    // in the book as book.backup_on_close (file, folder, keep, the old copies removed).
    static Result<QString> rotatingBackup(Session &session, const QString &folder, int keep, const QDateTime &now);
    // The backups of a book in `folder`, newest first.
    static QStringList backupsOf(const QString &bookLocation, const QString &folder);
    // Replaces the (closed) book file at `bookLocation` by the backup; the replaced file is
    // kept beside it as BOOK.before-restore-YYYYMMDD-HHMMSS. The backup must open and pass
    // as an ardesk book first; nothing changes otherwise.
    static Result<void> restore(const QString &backupPath, const QString &bookLocation, const QDateTime &now);
    // Before a restore in the GUI: the acting user must hold change_settings, and the
    // decision is written to the audit log of the book being replaced (kept aside).
    static Result<void> approveRestore(Session &session, const QString &backupPath);
    static Result<AgingReport> aging(Session &session, QDate asOf, AgingBasis basis, const AgingBuckets &buckets,
                                     AgingGrouping grouping, std::optional<Id> customerId = std::nullopt);
};

} // namespace ardesk
