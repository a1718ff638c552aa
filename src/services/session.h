#pragma once
// The acting user of every service call, and the permission check every service runs
// before doing anything. Errors as Result<T> (services layer style).

#include "domain/error.h"
#include "domain/permissions.h"
#include "storage/book.h"
#include "storage/ledger_repository.h"

#include <optional>

namespace ardesk {

struct Actor final {
    std::optional<Id> userId; // empty: the local owner of an unprotected book
    QString login;
    QString name;
    Role role = Role::Admin;
    QString language;
    // Signed in with a one-time code: may do nothing but set a new password
    // (UserService::setPassword for itself, changeOwnPassword); every other check refuses.
    bool mustChangePassword = false;

    // The implicit actor of a book that has no password-protected admin yet.
    static Actor localOwner();
};

class Session final {
public:
    Session(Book &book, Actor actor, PermissionMatrix matrix)
        : m_book(book), m_actor(std::move(actor)), m_matrix(matrix)
    {
    }

    Book &book() const { return m_book; }
    const Actor &actor() const { return m_actor; }
    const PermissionMatrix &matrix() const { return m_matrix; }
    bool can(Action action) const { return m_matrix.allows(m_actor.role, action); }
    Status require(Action action) const;
    Stamp stamp() const { return Stamp::now(m_actor.userId); }
    // After the one-time code's user has set a new password.
    void passwordChanged() { m_actor.mustChangePassword = false; }

private:
    Book &m_book;
    Actor m_actor;
    PermissionMatrix m_matrix;
};

} // namespace ardesk
