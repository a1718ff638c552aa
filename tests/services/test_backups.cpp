// Backups: the consistent copy, the rotating backup taken on close, and restoring one.

#include "services/book_service.h"
#include "services/ledger_service.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

qint64 invoiceCount(const QString &path)
{
    auto book = BookService::open(path);
    if (!book)
        return -1;
    auto session = BookService::localSession(**book);
    auto info = BookService::info(**session);
    return info ? info->invoices : -1;
}

TEST(Backups, rotateKeepingTheNewestAndRestoreOneThatPassesVerify)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("shop.ardesk"));
    const QString backups = folder.filePath(QStringLiteral("backups"));
    {
        auto book = BookService::create(path);
        ASSERT_TRUE(book.has_value());
    }
    auto book = BookService::open(path);
    ASSERT_TRUE(book.has_value());
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session.has_value());
    LedgerService ledger(**session);
    Customer customer;
    customer.code = QStringLiteral("C1");
    customer.name = QStringLiteral("Shop AB");
    customer.currency = QStringLiteral("SEK");
    ASSERT_TRUE(ledger.addCustomer(customer).has_value());

    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0));
    for (int i = 0; i < 4; ++i) {
        Invoice invoice;
        invoice.number = QStringLiteral("I%1").arg(i + 1);
        invoice.issueDate = QDate(2026, 10, 1);
        invoice.dueDate = QDate(2026, 10, 31);
        invoice.amount = 10000;
        ASSERT_TRUE(ledger.postInvoice(invoice, QStringLiteral("C1")).has_value());
        auto copy = BookService::rotatingBackup(**session, backups, 3, start.addSecs(60 * i));
        ASSERT_TRUE(copy.has_value()) << copy.error().message.toStdString();
        EXPECT_TRUE(QFileInfo::exists(*copy));
    }
    const QStringList kept = BookService::backupsOf(path, backups);
    ASSERT_EQ(kept.size(), 3);
    // Every backup on close is in the book's audit log, the last one naming what it removed.
    {
        QSqlQuery audited = (*book)->exec(QStringLiteral(
                "SELECT COUNT(*), MAX(details) FROM audit_log WHERE action = 'book.backup_on_close'"));
        ASSERT_TRUE(audited.next());
        EXPECT_EQ(audited.value(0).toInt(), 4);
        QSqlQuery last = (*book)->exec(QStringLiteral(
                "SELECT details FROM audit_log WHERE action = 'book.backup_on_close' ORDER BY id DESC LIMIT 1"));
        ASSERT_TRUE(last.next());
        const QString details = last.value(0).toString();
        EXPECT_TRUE(details.contains(QStringLiteral("\"file\":\"shop-20261101-090300.ardesk\""))) << details.toStdString();
        EXPECT_TRUE(details.contains(QStringLiteral("\"removed\":[\"shop-20261101-090000.ardesk\"]")))
                << details.toStdString();
    }
    EXPECT_TRUE(kept[0].endsWith(QStringLiteral("shop-20261101-090300.ardesk"))) << kept[0].toStdString();
    EXPECT_TRUE(kept[2].endsWith(QStringLiteral("shop-20261101-090100.ardesk"))) << kept[2].toStdString();

    // Each backup opens as a normal book and passes verify.
    for (const QString &backup : kept) {
        auto copyBook = BookService::open(backup);
        ASSERT_TRUE(copyBook.has_value());
        auto copySession = BookService::localSession(**copyBook);
        auto verified = BookService::verify(**copySession);
        ASSERT_TRUE(verified.has_value());
        EXPECT_TRUE(verified->ok) << verified->firstProblem.toStdString();
    }
    session->reset();
    book->reset();

    // Restore the oldest kept one (2 invoices); the replaced file stays beside it.
    ASSERT_TRUE(BookService::restore(kept[2], path, start.addSecs(3600)).has_value());
    EXPECT_EQ(invoiceCount(path), 2);
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".before-restore-20261101-100000")));
    EXPECT_EQ(invoiceCount(path + QStringLiteral(".before-restore-20261101-100000")), 4);
}

TEST(Backups, restoreRefusesAFileThatIsNotABookAndChangesNothing)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shop.ardesk"));
    ASSERT_TRUE(BookService::create(path).has_value());
    const QString junk = folder.filePath(QStringLiteral("junk.ardesk"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a book");
    file.close();
    EXPECT_FALSE(BookService::restore(junk, path, QDateTime::currentDateTime()).has_value());
    EXPECT_EQ(invoiceCount(path), 0);
}

} // namespace
} // namespace ardesk

namespace ardesk {
namespace {

TEST(Backups, onlyChangeSettingsMayRestoreAndTheDecisionIsAudited)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shop.ardesk"));
    auto book = BookService::create(path);
    ASSERT_TRUE(book.has_value());
    auto owner = BookService::localSession(**book);
    ASSERT_TRUE(owner.has_value());
    ASSERT_TRUE(BookService::approveRestore(**owner, QStringLiteral("/x/shop-20261101-090000.ardesk")).has_value());
    QSqlQuery q = (*book)->prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'book.restore'"));
    Book::exec(q);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1);
    q.finish();

    Actor auditor;
    auditor.login = QStringLiteral("audrey");
    auditor.role = Role::Auditor;
    Session auditing(**book, auditor, PermissionMatrix::defaults());
    auto refused = BookService::approveRestore(auditing, QStringLiteral("/x/shop-20261101-090000.ardesk"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

} // namespace
} // namespace ardesk
