#include "book_service.h"

#include "service_support.h"

#include "storage/user_repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ardesk {

Result<std::unique_ptr<Book>> BookService::create(const QString &location)
{
    return Book::open(location, OpenMode::CreateNew);
}

Result<std::unique_ptr<Book>> BookService::open(const QString &location, AccessMode access)
{
    return Book::open(location, OpenMode::OpenExisting, access);
}

bool BookService::isProtected(Book &book)
{
    auto result = reading([&]() -> Result<bool> { return UserRepository(book).anyPasswordSet(); });
    return result.value_or(false);
}

Result<std::unique_ptr<Session>> BookService::localSession(Book &book)
{
    return reading([&]() -> Result<std::unique_ptr<Session>> {
        UserRepository users(book);
        if (users.anyPasswordSet())
            return std::unexpected(
                    Error{ErrorCode::AuthenticationFailed,
                          QCoreApplication::translate("BookService", "this book is protected: sign in as a user")});
        return std::make_unique<Session>(book, Actor::localOwner(), users.permissionMatrix());
    });
}

Result<BookInfo> BookService::info(Session &session)
{
    if (auto allowed = session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<BookInfo> {
        Book &book = session.book();
        BookInfo info;
        auto count = [&](const char *table) {
            QSqlQuery q = book.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            return q.next() ? q.value(0).toLongLong() : 0;
        };
        info.customers = count("customers");
        info.invoices = count("invoices");
        info.payments = count("payments");
        info.allocations = count("allocations");
        info.creditNotes = count("credit_notes");
        info.users = count("users");
        info.schemaVersion = book.schemaVersion();
        info.protectedBook = UserRepository(book).anyPasswordSet();
        info.readOnly = book.isReadOnly();
        return info;
    });
}

Result<VerifyReport> BookService::verify(Session &session, const std::function<bool(int, int)> &progress)
{
    if (auto allowed = session.require(Action::ViewAudit); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<VerifyReport> { return LedgerVerifier(session.book()).run(progress); });
}

Result<void> BookService::backup(Session &session, const QString &path)
{
    if (auto allowed = session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<void> {
        Book &book = session.book();
        book.backupTo(path);
        if (!book.isReadOnly()) {
            // A copy of the whole book is worth a line in the audit log (of the book, not of
            // the copy, which is taken before).
            Transaction transaction(book);
            AuditRepository(book).append(session.stamp(), QStringLiteral("book.backup"), QStringLiteral("book"),
                                         std::nullopt,
                                         compactJson({{QStringLiteral("file"), QFileInfo(path).fileName()}}));
            transaction.commit();
        }
        return {};
    });
}

Result<BookCopyCounts> BookService::copyTo(Session &session, const QString &target)
{
    if (auto allowed = session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    auto created = Book::open(target, OpenMode::CreateNew);
    if (!created)
        return std::unexpected(created.error());
    std::unique_ptr<Book> copy = std::move(*created);
    auto copied = reading([&]() -> Result<BookCopyCounts> {
        Book &book = session.book();
        if (!book.isReadOnly()) {
            Transaction transaction(book);
            AuditRepository(book).append(session.stamp(), QStringLiteral("book.copy"), QStringLiteral("book"),
                                         std::nullopt, compactJson({{QStringLiteral("engine"),
                                                                     copy->dialect().engine() == Engine::SQLite
                                                                             ? QStringLiteral("sqlite")
                                                                             : QStringLiteral("postgresql")}}));
            transaction.commit();
        }
        return copyBook(book, *copy);
    });
    if (!copied && copy->dialect().engine() == Engine::SQLite) {
        copy.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
    }
    return copied;
}

Result<QString> BookService::rotatingBackup(Session &session, const QString &folder, int keep, const QDateTime &now)
{
    Book &book = session.book();
    if (book.isReadOnly() || book.dialect().engine() != Engine::SQLite)
        return QString();
    if (!QDir().mkpath(folder))
        return std::unexpected(
                Error::storage(QCoreApplication::translate("BookService", "cannot create %1").arg(folder)));
    const QString base = QFileInfo(book.location()).completeBaseName();
    const QString path = QDir(folder).filePath(
            QStringLiteral("%1-%2.ardesk").arg(base, now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    auto done = reading([&]() -> Result<void> {
        book.backupTo(path);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    const QStringList all = backupsOf(book.location(), folder);
    QJsonArray removed;
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        if (QFile::remove(all[i]))
            removed.append(QFileInfo(all[i]).fileName());
    // Audited in the book (the copy was taken before, so it does not hold this line), like
    // `backup`: which copy was made, where, and which old copies the rotation removed.
    auto audited = inTransaction(book, [&]() -> Result<void> {
        AuditRepository(book).append(session.stamp(), QStringLiteral("book.backup_on_close"), QStringLiteral("book"),
                                     std::nullopt,
                                     compactJson({{QStringLiteral("file"), QFileInfo(path).fileName()},
                                                  {QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
                                                  {QStringLiteral("keep"), keep},
                                                  {QStringLiteral("removed"), removed}}));
        return {};
    });
    if (!audited)
        return std::unexpected(audited.error());
    return path;
}

QStringList BookService::backupsOf(const QString &bookLocation, const QString &folder)
{
    const QString base = QFileInfo(bookLocation).completeBaseName();
    QStringList result;
    const QFileInfoList files =
            QDir(folder).entryInfoList({base + QStringLiteral("-???????\?-??????.ardesk")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        result.prepend(file.absoluteFilePath()); // names sort by time: newest first
    return result;
}

Result<void> BookService::approveRestore(Session &session, const QString &backupPath)
{
    if (auto allowed = session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(session.book(), [&]() -> Result<void> {
        AuditRepository(session.book())
                .append(session.stamp(), QStringLiteral("book.restore"), QStringLiteral("book"), std::nullopt,
                        compactJson({{QStringLiteral("backup"), QFileInfo(backupPath).fileName()}}));
        return {};
    });
}

Result<void> BookService::restore(const QString &backupPath, const QString &bookLocation, const QDateTime &now)
{
    {
        auto check = Book::open(backupPath, OpenMode::OpenExisting, AccessMode::ReadOnly);
        if (!check)
            return std::unexpected(check.error());
    }
    const QString aside =
            bookLocation + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(bookLocation) && !QFile::rename(bookLocation, aside))
        return std::unexpected(
                Error::storage(QCoreApplication::translate("BookService", "cannot move %1 aside; is it still open?")
                                       .arg(bookLocation)));
    QFile::remove(bookLocation + QStringLiteral("-wal"));
    QFile::remove(bookLocation + QStringLiteral("-shm"));
    if (!QFile::copy(backupPath, bookLocation)) {
        QFile::rename(aside, bookLocation);
        return std::unexpected(Error::storage(
                QCoreApplication::translate("BookService", "cannot copy %1 to %2").arg(backupPath, bookLocation)));
    }
    return {};
}

Result<AgingReport> BookService::aging(Session &session, QDate asOf, AgingBasis basis, const AgingBuckets &buckets,
                                       AgingGrouping grouping, std::optional<Id> customerId)
{
    if (auto allowed = session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("BookService", "the as-of date is not valid")));
    return reading([&]() -> Result<AgingReport> {
        return AgingRepository(session.book()).compute(asOf, basis, buckets, grouping, customerId);
    });
}

} // namespace ardesk
