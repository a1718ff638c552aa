#pragma once
// Sign-in and staff users. Passwords are hashed with Argon2id (libsodium
// crypto_pwhash_str, interactive limits or stronger) and never stored or logged in clear.
// After 5 failed attempts in a row an account waits, with a delay that doubles with each
// further failure (30 s, 60 s, 120 s, ... capped at one hour). Sign-ins and failures are
// in the audit log. Errors as Result<T>.

#include "session.h"

#include "storage/user_repository.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace ardesk {

class AuthService final {
public:
    static constexpr int kFreeAttempts = 5;

    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    static Result<void> checkPasswordStrength(const QString &password);

    // Signs in on a protected book (or, on an unprotected one, acts as the named user
    // without a password). `now` is passed in so lockout is testable.
    static Result<std::unique_ptr<Session>> signIn(Book &book, const QString &login, const QString &password,
                                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The first admin of a new book: makes the book protected.
    static Result<Id> createFirstAdmin(Book &book, const QString &login, const QString &name,
                                       const QString &password);
};

// What an admin hands to a user who has no password (imported users) or forgot it: shown
// once, stored only as an Argon2id hash with its expiry, valid until a password is set or
// kOneTimeCodeDays have passed. Signing in with it gives a session that can only set a new
// password (Actor::mustChangePassword).
struct OneTimeCode final {
    QString code; // "ABCD-EFGH-JKLM": 12 of 32 letters and digits (60 bits), no 0/O or 1/I
    QDateTime expires;
};

class UserService final {
public:
    static constexpr int kOneTimeCodeDays = 7;

    explicit UserService(Session &session) : m_session(session) {}
    Result<std::vector<StaffUser>> list();
    Result<Id> add(const QString &login, const QString &name, Role role, const QString &language = {});
    Result<void> deactivate(const QString &login);
    Result<void> setPassword(const QString &login, const QString &password); // admins, or a user for itself
    Result<void> setPermission(Role role, Action action, bool allowed);
    Result<PermissionMatrix> permissionMatrix(); // defaults with the stored changes
    // The signed-in user's own password; the current one must be given.
    // `current` may be a valid one-time code of the user instead of the password.
    Result<void> changeOwnPassword(const QString &current, const QString &replacement);
    // A new one-time code for a user (manage_users); replaces an earlier one, clears the
    // lockout; audited without the code.
    Result<OneTimeCode> issueOneTimeCode(const QString &login,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Session &m_session;
};

} // namespace ardesk
