#include "user_repository.h"

#include "storage_error.h"

namespace ardesk {

namespace {
const char *kUserColumns =
        "id, login, name, role, active, language, password_hash, failed_attempts, locked_until, region, "
        "one_time_code_hash";

StaffUser userFromQuery(const QSqlQuery &q)
{
    StaffUser u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Auditor);
    u.active = q.value(4).toInt() != 0;
    u.language = q.value(5).toString();
    u.passwordHash = q.value(6).toString();
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntil = q.value(8).toString();
    u.region = q.value(9).toString();
    u.oneTimeCode = q.value(10).toString();
    return u;
}
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QString::fromLatin1("") : value);
}
} // namespace

std::vector<StaffUser> UserRepository::all()
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(QLatin1String(kUserColumns)));
    std::vector<StaffUser> users;
    while (q.next())
        users.push_back(userFromQuery(q));
    return users;
}

std::optional<StaffUser> UserRepository::byLogin(const QString &login)
{
    QSqlQuery q =
            m_book.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(QLatin1String(kUserColumns)));
    q.addBindValue(login);
    Book::exec(q);
    if (q.next())
        return userFromQuery(q);
    return std::nullopt;
}

std::optional<StaffUser> UserRepository::byId(Id id)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(kUserColumns)));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    if (q.next())
        return userFromQuery(q);
    return std::nullopt;
}

Id UserRepository::insert(const StaffUser &u, const Stamp &stamp)
{
    QSqlQuery next = m_book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM users"));
    const Id id = next.next() ? next.value(0).toLongLong() : 1;
    QSqlQuery q = m_book.prepare(QStringLiteral("INSERT INTO users (id, login, name, role, active, language, "
                                                "password_hash, region, created_at, created_by) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(text(u.login));
    q.addBindValue(text(u.name));
    q.addBindValue(roleKey(u.role));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(text(u.language));
    q.addBindValue(u.passwordHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(u.passwordHash));
    q.addBindValue(text(u.region));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
    return id;
}

void UserRepository::update(const StaffUser &u)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("UPDATE users SET name = ?, role = ?, active = ?, language = ?, region = ? WHERE id = ?"));
    q.addBindValue(text(u.name));
    q.addBindValue(roleKey(u.role));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(text(u.language));
    q.addBindValue(text(u.region));
    q.addBindValue(QVariant::fromValue<qint64>(u.id));
    Book::exec(q);
}

void UserRepository::setPasswordHash(Id userId, const QString &hash)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "UPDATE users SET password_hash = ?, one_time_code_hash = NULL, failed_attempts = 0, locked_until = NULL "
            "WHERE id = ?"));
    q.addBindValue(hash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(hash));
    q.addBindValue(QVariant::fromValue<qint64>(userId));
    Book::exec(q);
}

void UserRepository::recordSignInAttempt(Id userId, int failedAttempts, const QString &lockedUntil)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedAttempts);
    q.addBindValue(lockedUntil.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(lockedUntil));
    q.addBindValue(QVariant::fromValue<qint64>(userId));
    Book::exec(q);
}

bool UserRepository::anyPasswordSet()
{
    QSqlQuery q = m_book.exec(QStringLiteral(
            "SELECT 1 FROM users WHERE password_hash IS NOT NULL AND role = 'admin' AND active = 1 LIMIT 1"));
    return q.next();
}

qint64 UserRepository::count()
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

PermissionMatrix UserRepository::permissionMatrix()
{
    PermissionMatrix matrix = PermissionMatrix::defaults();
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT role, action, allowed FROM role_permissions"));
    while (q.next()) {
        const auto role = roleFromKey(q.value(0).toString());
        const auto action = actionFromKey(q.value(1).toString());
        if (role && action && *role != Role::Admin) // an admin can never lock itself out
            matrix.set(*role, *action, q.value(2).toInt() != 0);
    }
    return matrix;
}

void UserRepository::setPermission(Role role, Action action, bool allowed)
{
    QSqlQuery del = m_book.prepare(QStringLiteral("DELETE FROM role_permissions WHERE role = ? AND action = ?"));
    del.addBindValue(roleKey(role));
    del.addBindValue(actionKey(action));
    Book::exec(del);
    QSqlQuery q =
            m_book.prepare(QStringLiteral("INSERT INTO role_permissions (role, action, allowed) VALUES (?, ?, ?)"));
    q.addBindValue(roleKey(role));
    q.addBindValue(actionKey(action));
    q.addBindValue(allowed ? 1 : 0);
    Book::exec(q);
}

AuditRepository::AuditRepository(Book &book) : m_book(book), m_writer(book, QStringLiteral("audit_log")) { }

Id AuditRepository::append(const Stamp &stamp, const QString &action, const QString &entity, std::optional<Id> entityId,
                           const QString &details)
{
    return m_writer.insert({stamp.at, stamp.userId, action, entity, entityId, details});
}

void UserRepository::setOneTimeCode(Id userId, const QString &stored)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "UPDATE users SET one_time_code_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(stored.isEmpty() ? QVariant() : QVariant(stored));
    q.addBindValue(QVariant::fromValue<qint64>(userId));
    Book::exec(q);
}

} // namespace ardesk
