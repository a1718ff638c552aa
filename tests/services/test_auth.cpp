// Sign-in: Argon2id hashes, lockout with growing delays, audit of sign-ins, own password.

#include "services/auth_service.h"
#include "services/book_service.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include "support/test_book.h"

namespace ardesk {
namespace {

class AuthTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        auto book = BookService::create(test::freshBookLocation(m_folder, QStringLiteral("auth.ardesk")));
        ASSERT_TRUE(book.has_value());
        m_book = std::move(*book);
        ASSERT_TRUE(AuthService::createFirstAdmin(*m_book, QStringLiteral("boss"), QStringLiteral("Boss"),
                                                  QStringLiteral("first secret"))
                        .has_value());
    }
    qint64 auditCount(const QString &action)
    {
        QSqlQuery q = m_book->prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        Book::exec(q);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QTemporaryDir m_folder;
    std::unique_ptr<Book> m_book;
};

TEST_F(AuthTest, hashesAreArgon2idAndNeverTheClearPassword)
{
    auto hash = AuthService::hashPassword(QStringLiteral("first secret"));
    ASSERT_TRUE(hash.has_value());
    EXPECT_TRUE(hash->startsWith(QStringLiteral("$argon2id$"))) << hash->toStdString();
    EXPECT_FALSE(hash->contains(QStringLiteral("first secret")));
    EXPECT_TRUE(AuthService::verifyPassword(*hash, QStringLiteral("first secret")));
    EXPECT_FALSE(AuthService::verifyPassword(*hash, QStringLiteral("first secreT")));
    EXPECT_FALSE(AuthService::checkPasswordStrength(QStringLiteral("short")).has_value());
    EXPECT_FALSE(BookService::localSession(*m_book).has_value()); // protected: no local owner
}

TEST_F(AuthTest, fiveFailuresLockTheAccountWithDelaysThatGrow)
{
    const QDateTime t0(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("wrong"), t0).has_value());
    // Locked now, even with the right password ...
    auto locked = AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("first secret"), t0.addSecs(10));
    ASSERT_FALSE(locked.has_value());
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("try again"))) << locked.error().message.toStdString();
    // ... and a further failure after 30 s doubles the wait.
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("wrong"), t0.addSecs(31)));
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("first secret"), t0.addSecs(80)));
    auto ok = AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("first secret"), t0.addSecs(95));
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    EXPECT_EQ((*ok)->actor().role, Role::Admin);
    // 6 wrong passwords, plus the 2 attempts refused by the lock (audited with reason "locked").
    EXPECT_EQ(auditCount(QStringLiteral("sign_in.failed")), 8);
    EXPECT_EQ(auditCount(QStringLiteral("sign_in")), 1);
    // A success resets the count: one more failure does not lock.
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("wrong"), t0.addSecs(100)));
    EXPECT_TRUE(AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("first secret"), t0.addSecs(101)));
}

TEST_F(AuthTest, unknownAndDeactivatedUsersAreRefused)
{
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("nobody"), QStringLiteral("x")).has_value());
    auto admin = AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("first secret"));
    ASSERT_TRUE(admin.has_value());
    UserService users(**admin);
    ASSERT_TRUE(users.add(QStringLiteral("cleo"), QStringLiteral("Cleo Clerk"), Role::Clerk));
    ASSERT_TRUE(users.setPassword(QStringLiteral("cleo"), QStringLiteral("cleo's secret")));
    EXPECT_TRUE(AuthService::signIn(*m_book, QStringLiteral("cleo"), QStringLiteral("cleo's secret")).has_value());
    ASSERT_TRUE(users.deactivate(QStringLiteral("cleo")));
    auto refused = AuthService::signIn(*m_book, QStringLiteral("cleo"), QStringLiteral("cleo's secret"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_FALSE(users.deactivate(QStringLiteral("boss")).has_value()); // not yourself, not the last admin
}

TEST_F(AuthTest, ownPasswordChangeNeedsTheCurrentOne)
{
    auto admin = AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("first secret"));
    ASSERT_TRUE(admin.has_value());
    UserService users(**admin);
    auto wrong = users.changeOwnPassword(QStringLiteral("not it"), QStringLiteral("second secret"));
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    ASSERT_TRUE(users.changeOwnPassword(QStringLiteral("first secret"), QStringLiteral("second secret")));
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("first secret")).has_value());
    EXPECT_TRUE(AuthService::signIn(*m_book, QStringLiteral("boss"), QStringLiteral("second secret")).has_value());
}

} // namespace
} // namespace ardesk
