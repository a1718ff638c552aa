// Sign-in of issue 9: Argon2id password hashes (never the password in clear, in the book
// or in the audit log), the lockout after 5 failures in a row with doubling delays (the
// clock is passed in), and the audit of sign-ins and failures, including attempts made
// through a book opened read-only; the own password change, and one-time codes (issued by
// an admin, shown once, stored hashed with an expiry of 7 days, good for setting a new
// password and nothing else). (tests/services/test_auth.cpp, which repeated the hashing,
// lockout and deactivation tests, is merged in here.)

#include "services/auth_service.h"
#include "services/book_service.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "support/test_book.h"

using namespace ardesk;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

std::string text(const QString &value)
{
    return value.toStdString();
}

class AuthServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location = test::freshBookLocation(m_dir, QStringLiteral("auth.ardesk"));
        auto book = BookService::create(m_location);
        ASSERT_TRUE(book) << text(book.error().message);
        m_book = std::move(*book);
        auto admin = AuthService::createFirstAdmin(*m_book, QStringLiteral("ada"), QStringLiteral("Ada"), kPassword);
        ASSERT_TRUE(admin) << text(admin.error().message);
        m_now = QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC);
    }

    Result<std::unique_ptr<Session>> signIn(const QString &password, qint64 secondsLater = 0)
    {
        m_now = m_now.addSecs(secondsLater);
        return AuthService::signIn(*m_book, QStringLiteral("ada"), password, m_now);
    }

    QStringList auditActions()
    {
        QStringList actions;
        QSqlQuery q = m_book->exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
        while (q.next())
            actions << q.value(0).toString();
        return actions;
    }

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Book> m_book;
    QDateTime m_now;
};

} // namespace

TEST(PasswordHash, isArgon2idAndNeverThePassword)
{
    auto hash = AuthService::hashPassword(kPassword);
    ASSERT_TRUE(hash);
    EXPECT_TRUE(hash->startsWith(QStringLiteral("$argon2id$"))) << text(*hash);
    EXPECT_FALSE(hash->contains(kPassword));
    EXPECT_TRUE(AuthService::verifyPassword(*hash, kPassword));
    EXPECT_FALSE(AuthService::verifyPassword(*hash, kPassword + u'!'));
    EXPECT_FALSE(AuthService::verifyPassword(QString(), QString()));
    EXPECT_FALSE(AuthService::verifyPassword(QStringLiteral("not a hash"), kPassword));
    // Salted: the same password hashes differently each time.
    auto again = AuthService::hashPassword(kPassword);
    ASSERT_TRUE(again);
    EXPECT_NE(*again, *hash);
    EXPECT_TRUE(AuthService::verifyPassword(*again, kPassword));
}

TEST(PasswordHash, strengthNeedsEightCharactersAndAtMost1024)
{
    EXPECT_FALSE(AuthService::checkPasswordStrength(QStringLiteral("1234567")));
    EXPECT_TRUE(AuthService::checkPasswordStrength(QStringLiteral("12345678")));
    EXPECT_TRUE(AuthService::checkPasswordStrength(QString(1024, u'x')));
    EXPECT_FALSE(AuthService::checkPasswordStrength(QString(1025, u'x')));
}

TEST_F(AuthServiceTest, thePasswordIsStoredOnlyAsAHashAndNeverAudited)
{
    ASSERT_TRUE(signIn(kPassword));
    ASSERT_FALSE(signIn(QStringLiteral("a wrong guess")));
    QSqlQuery users = m_book->exec(QStringLiteral("SELECT password_hash FROM users"));
    ASSERT_TRUE(users.next());
    EXPECT_TRUE(users.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    QSqlQuery audit = m_book->exec(QStringLiteral("SELECT details FROM audit_log"));
    while (audit.next()) {
        EXPECT_FALSE(audit.value(0).toString().contains(kPassword)) << text(audit.value(0).toString());
        EXPECT_FALSE(audit.value(0).toString().contains(QStringLiteral("a wrong guess")));
    }
}

TEST_F(AuthServiceTest, fiveFailuresLockWithDelaysThatDouble)
{
    for (int attempt = 1; attempt <= 4; ++attempt) {
        auto refused = signIn(QStringLiteral("guess"), 1);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::AuthenticationFailed);
        EXPECT_FALSE(refused.error().message.contains(QStringLiteral("too many")));
    }
    ASSERT_FALSE(signIn(QStringLiteral("guess"), 1)); // the fifth: locked for 30 s from now
    auto locked = signIn(kPassword, 29);
    ASSERT_FALSE(locked) << "the right password does not get through a lock";
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("too many failed attempts")));
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("1 second"))) << text(locked.error().message);

    // After the 30 s a wrong password locks for 60 s, then 120 s.
    ASSERT_FALSE(signIn(QStringLiteral("guess"), 1));
    EXPECT_FALSE(signIn(kPassword, 59));
    ASSERT_FALSE(signIn(QStringLiteral("guess"), 1));
    EXPECT_FALSE(signIn(kPassword, 119));

    // The right password after the lock: signed in, and the count starts again.
    auto session = signIn(kPassword, 1);
    ASSERT_TRUE(session) << text(session.error().message);
    EXPECT_EQ((*session)->actor().login, QStringLiteral("ada"));
    for (int attempt = 1; attempt <= 4; ++attempt)
        ASSERT_FALSE(signIn(QStringLiteral("guess")));
    EXPECT_TRUE(signIn(kPassword)) << "four failures do not lock";
}

TEST_F(AuthServiceTest, theDelayIsCappedAtOneHour)
{
    for (int attempt = 1; attempt <= 20; ++attempt)
        ASSERT_FALSE(signIn(QStringLiteral("guess"), 3600));
    EXPECT_FALSE(signIn(kPassword, 3599));
    EXPECT_TRUE(signIn(kPassword, 1));
}

TEST_F(AuthServiceTest, signInsAndEveryKindOfFailureAreAudited)
{
    const qsizetype before = auditActions().size();
    ASSERT_TRUE(signIn(kPassword));
    ASSERT_FALSE(signIn(QStringLiteral("guess")));
    ASSERT_FALSE(AuthService::signIn(*m_book, QStringLiteral("nobody"), kPassword, m_now));
    for (int attempt = 2; attempt <= 5; ++attempt)
        ASSERT_FALSE(signIn(QStringLiteral("guess")));
    ASSERT_FALSE(signIn(kPassword)); // locked
    const QStringList added = auditActions().mid(before);
    EXPECT_EQ(added,
              (QStringList{QStringLiteral("sign_in"), QStringLiteral("sign_in.failed"),
                           QStringLiteral("sign_in.failed"), QStringLiteral("sign_in.failed"),
                           QStringLiteral("sign_in.failed"), QStringLiteral("sign_in.failed"),
                           QStringLiteral("sign_in.failed"), QStringLiteral("sign_in.failed")}));
    QSqlQuery last = m_book->exec(QStringLiteral("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1"));
    ASSERT_TRUE(last.next());
    EXPECT_TRUE(last.value(0).toString().contains(QStringLiteral("\"reason\":\"locked\"")))
            << text(last.value(0).toString());
}

TEST_F(AuthServiceTest, failuresThroughABookOpenedReadOnlyAreCountedToo)
{
    auto readOnly = BookService::open(m_location, AccessMode::ReadOnly);
    ASSERT_TRUE(readOnly) << text(readOnly.error().message);
    ASSERT_TRUE((*readOnly)->isReadOnly());
    for (int attempt = 1; attempt <= 5; ++attempt)
        ASSERT_FALSE(AuthService::signIn(**readOnly, QStringLiteral("ada"), QStringLiteral("guess"), m_now));
    auto locked = AuthService::signIn(**readOnly, QStringLiteral("ada"), kPassword, m_now);
    ASSERT_FALSE(locked);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("too many failed attempts")));
    // ... and the read-write connection sees the same lock.
    EXPECT_FALSE(signIn(kPassword));
    EXPECT_EQ(auditActions().count(QStringLiteral("sign_in.failed")), 7);
}

TEST_F(AuthServiceTest, aDeactivatedUserCannotSignIn)
{
    auto admin = signIn(kPassword);
    ASSERT_TRUE(admin);
    UserService users(**admin);
    ASSERT_TRUE(users.add(QStringLiteral("bob"), QStringLiteral("Bob"), Role::Clerk));
    ASSERT_TRUE(users.setPassword(QStringLiteral("bob"), kPassword));
    ASSERT_TRUE(AuthService::signIn(*m_book, QStringLiteral("bob"), kPassword, m_now));
    ASSERT_TRUE(users.deactivate(QStringLiteral("bob")));
    auto refused = AuthService::signIn(*m_book, QStringLiteral("bob"), kPassword, m_now);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::AuthenticationFailed);
    // The last administrator cannot be deactivated, and no one deactivates themselves.
    EXPECT_FALSE(users.deactivate(QStringLiteral("ada")));
}

TEST_F(AuthServiceTest, aProtectedBookRefusesTheLocalOwner)
{
    auto local = BookService::localSession(*m_book);
    ASSERT_FALSE(local);
    EXPECT_EQ(local.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(BookService::isProtected(*m_book));
    // And a second first admin is refused.
    EXPECT_FALSE(AuthService::createFirstAdmin(*m_book, QStringLiteral("eve"), QStringLiteral("Eve"), kPassword));
}

TEST_F(AuthServiceTest, ownPasswordChangeNeedsTheCurrentOne)
{
    auto admin = signIn(kPassword);
    ASSERT_TRUE(admin);
    UserService users(**admin);
    auto wrong = users.changeOwnPassword(QStringLiteral("not it"), QStringLiteral("second secret"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    ASSERT_TRUE(users.changeOwnPassword(kPassword, QStringLiteral("second secret")));
    EXPECT_FALSE(signIn(kPassword));
    EXPECT_TRUE(signIn(QStringLiteral("second secret")));
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("nobody"), kPassword, m_now)) << "unknown user";
}

// Issue 9: users imported without a password get a one-time code from an admin.
TEST_F(AuthServiceTest, aOneTimeCodeSignsInOnceToSetAPasswordAndNothingElse)
{
    auto admin = signIn(kPassword);
    ASSERT_TRUE(admin);
    UserService users(**admin);
    ASSERT_TRUE(users.add(QStringLiteral("ivan"), QStringLiteral("Ivan Imported"), Role::Clerk));
    ASSERT_TRUE(users.add(QStringLiteral("cleo"), QStringLiteral("Cleo Clerk"), Role::Clerk));
    ASSERT_TRUE(users.setPassword(QStringLiteral("cleo"), QStringLiteral("cleo's secret")));
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("ivan"), QString(), m_now)) << "no password: no way in";

    // Only who manages users issues codes.
    auto clerk = AuthService::signIn(*m_book, QStringLiteral("cleo"), QStringLiteral("cleo's secret"), m_now);
    ASSERT_TRUE(clerk);
    auto denied = UserService(**clerk).issueOneTimeCode(QStringLiteral("ivan"), m_now);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(users.issueOneTimeCode(QStringLiteral("nobody"), m_now));

    auto issued = users.issueOneTimeCode(QStringLiteral("ivan"), m_now);
    ASSERT_TRUE(issued) << text(issued.error().message);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$"))
                        .match(issued->code)
                        .hasMatch())
            << text(issued->code);
    EXPECT_EQ(issued->expires, m_now.addDays(UserService::kOneTimeCodeDays));
    // Stored hashed with its expiry, never in clear, not even in the audit log.
    QSqlQuery stored = m_book->exec(QStringLiteral("SELECT one_time_code_hash FROM users WHERE login = 'ivan'"));
    ASSERT_TRUE(stored.next());
    EXPECT_TRUE(stored.value(0).toString().startsWith(issued->expires.toString(Qt::ISODate) + QStringLiteral(" $argon2id$")));
    QString plain = issued->code;
    plain.remove(u'-');
    QSqlQuery audit = m_book->exec(QStringLiteral("SELECT details FROM audit_log"));
    while (audit.next()) {
        EXPECT_FALSE(audit.value(0).toString().contains(issued->code));
        EXPECT_FALSE(audit.value(0).toString().contains(plain));
    }
    EXPECT_TRUE(auditActions().contains(QStringLiteral("user.one_time_code")));

    // Typed in lower case without dashes, it signs in: to set a password, nothing else.
    auto withCode = AuthService::signIn(*m_book, QStringLiteral("ivan"), plain.toLower(), m_now.addDays(6));
    ASSERT_TRUE(withCode) << text(withCode.error().message);
    EXPECT_TRUE((*withCode)->actor().mustChangePassword);
    auto refused = (*withCode)->require(Action::ViewCustomers);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("one-time code"))) << text(refused.error().message);
    EXPECT_FALSE(UserService(**withCode).list());
    EXPECT_FALSE(UserService(**withCode).setPassword(QStringLiteral("cleo"), QStringLiteral("taken over")));
    EXPECT_FALSE(UserService(**withCode).changeOwnPassword(QStringLiteral("a guess"), QStringLiteral("ivan's own")));
    ASSERT_TRUE(UserService(**withCode).changeOwnPassword(issued->code, QStringLiteral("ivan's own")));
    EXPECT_FALSE((*withCode)->actor().mustChangePassword);
    EXPECT_TRUE((*withCode)->require(Action::ViewCustomers));

    // Used up: the code no longer signs in; the password does.
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("ivan"), issued->code, m_now.addDays(6)));
    auto own = AuthService::signIn(*m_book, QStringLiteral("ivan"), QStringLiteral("ivan's own"), m_now.addDays(6));
    ASSERT_TRUE(own);
    EXPECT_FALSE((*own)->actor().mustChangePassword);
    EXPECT_TRUE(auditActions().contains(QStringLiteral("sign_in.one_time_code")));
}

TEST_F(AuthServiceTest, aOneTimeCodeExpiresAfterSevenDaysAndANewOneReplacesIt)
{
    auto admin = signIn(kPassword);
    ASSERT_TRUE(admin);
    UserService users(**admin);
    ASSERT_TRUE(users.add(QStringLiteral("ivan"), QStringLiteral("Ivan Imported"), Role::Clerk));
    auto first = users.issueOneTimeCode(QStringLiteral("ivan"), m_now);
    ASSERT_TRUE(first);
    const QDateTime expires = m_now.addDays(7);
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("ivan"), first->code, expires)) << "expired";
    auto second = users.issueOneTimeCode(QStringLiteral("ivan"), m_now);
    ASSERT_TRUE(second);
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("ivan"), first->code, m_now.addSecs(60)))
            << "the first code stopped working";
    EXPECT_TRUE(AuthService::signIn(*m_book, QStringLiteral("ivan"), second->code, m_now.addSecs(60)));
    // An admin setting the password uses the code up too.
    ASSERT_TRUE(users.setPassword(QStringLiteral("ivan"), QStringLiteral("set by admin")));
    EXPECT_FALSE(AuthService::signIn(*m_book, QStringLiteral("ivan"), second->code, m_now.addSecs(120)));
    ASSERT_TRUE(users.deactivate(QStringLiteral("ivan")));
    EXPECT_FALSE(users.issueOneTimeCode(QStringLiteral("ivan"), m_now)) << "not for a deactivated user";
}
