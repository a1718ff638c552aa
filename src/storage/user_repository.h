#pragma once
// Staff users, the stored permission matrix and the audit log. Throws StorageError.

#include "book.h"
#include "ledger_repository.h"

#include "domain/permissions.h"

#include <optional>
#include <vector>

namespace ardesk {

struct StaffUser final {
    Id id = 0;
    QString login;
    QString name;
    Role role = Role::Clerk;
    bool active = true;
    QString language;
    QString passwordHash; // empty: no password set
    int failedAttempts = 0;
    QString lockedUntil; // UTC ISO or empty
    QString region;
    // A one-time code an admin issued: "EXPIRES HASH" (UTC ISO date-time, a space, the
    // Argon2id hash of the code); empty: none. Used up when a password is set.
    QString oneTimeCode;
};

class UserRepository final {
public:
    explicit UserRepository(Book &book) : m_book(book) {}

    std::vector<StaffUser> all();
    std::optional<StaffUser> byLogin(const QString &login);
    std::optional<StaffUser> byId(Id id);
    Id insert(const StaffUser &user, const Stamp &stamp);
    void update(const StaffUser &user); // name, role, active, language, region
    void setPasswordHash(Id userId, const QString &hash); // also uses up a one-time code
    void setOneTimeCode(Id userId, const QString &stored);  // and clears the lock
    void recordSignInAttempt(Id userId, int failedAttempts, const QString &lockedUntil);
    bool anyPasswordSet();
    qint64 count();

    PermissionMatrix permissionMatrix(); // defaults with the stored overrides applied
    void setPermission(Role role, Action action, bool allowed);

private:
    Book &m_book;
};

class AuditRepository final {
public:
    explicit AuditRepository(Book &book);
    // details: a JSON object text with before/after or a summary.
    Id append(const Stamp &stamp, const QString &action, const QString &entity, std::optional<Id> entityId,
              const QString &details);

private:
    Book &m_book;
    PostedWriter m_writer;
};

} // namespace ardesk
