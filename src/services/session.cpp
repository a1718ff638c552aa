#include "session.h"

#include <QCoreApplication>

namespace ardesk {

Actor Actor::localOwner()
{
    Actor actor;
    actor.login = QStringLiteral("local");
    actor.name = QCoreApplication::translate("Session", "Local owner");
    actor.role = Role::Admin;
    return actor;
}

Status Session::require(Action action) const
{
    if (m_actor.mustChangePassword)
        return std::unexpected(Error::denied(
                QCoreApplication::translate("Session", "%1 signed in with a one-time code: set a new password first")
                        .arg(m_actor.login)));
    if (can(action))
        return {};
    return std::unexpected(Error::denied(QCoreApplication::translate("Session", "%1 (%2) may not: %3")
                                             .arg(m_actor.login, roleDisplayName(m_actor.role),
                                                  actionDisplayName(action))));
}

} // namespace ardesk
