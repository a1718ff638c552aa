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

class UserService final {
public:
    explicit UserService(Session &session) : m_session(session) {}
    Result<std::vector<StaffUser>> list();
    Result<Id> add(const QString &login, const QString &name, Role role, const QString &language = {});
    Result<void> deactivate(const QString &login);
    Result<void> setPassword(const QString &login, const QString &password); // admins, or a user for itself
    Result<void> setPermission(Role role, Action action, bool allowed);
    Result<PermissionMatrix> permissionMatrix(); // defaults with the stored changes
    // The signed-in user's own password; the current one must be given.
    Result<void> changeOwnPassword(const QString &current, const QString &replacement);

private:
    Session &m_session;
};

} // namespace ardesk
