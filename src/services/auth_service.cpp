#include "auth_service.h"

#include "service_support.h"

#include <QRegularExpression>

#include <sodium.h>

namespace ardesk {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString lockedUntilText(int failures, const QDateTime &now)
{
    if (failures < AuthService::kFreeAttempts)
        return {};
    const int extra = std::min(failures - AuthService::kFreeAttempts, 7);
    const qint64 seconds = std::min<qint64>(30LL << extra, 3600);
    return now.addSecs(seconds).toString(Qt::ISODate);
}

Actor actorOf(const StaffUser &user)
{
    Actor actor;
    actor.userId = user.id;
    actor.login = user.login;
    actor.name = user.name;
    actor.role = user.role;
    actor.language = user.language;
    return actor;
}

const QRegularExpression &loginPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern;
}

// A hash to check passwords of unknown logins against (computed once per process).
const QString &unknownUserHash()
{
    static const QString hash =
            AuthService::hashPassword(QStringLiteral("no such user, no such password")).value_or(QString());
    return hash;
}

// Writes what a sign-in attempt leaves behind (failure counter, lock, audit record) in its
// own transaction. A book opened read-only (verify, a viewer) writes it through a short
// read-write connection of its own, so that guessing passwords through read-only commands
// is counted, locked out and audited like any other attempt; only a book on a read-only
// medium cannot record it (the lock already stored is enforced all the same).
template<typename F>
void recordAttempt(Book &book, F &&write)
{
    if (!book.isReadOnly()) {
        Transaction transaction(book);
        write(book);
        transaction.commit();
        return;
    }
    auto writable = Book::open(book.location(), OpenMode::OpenExisting, AccessMode::ReadWrite);
    if (!writable)
        return;
    Transaction transaction(**writable);
    write(**writable);
    transaction.commit();
}
// The code as typed, compared without case, dashes or spaces.
QString normalizedCode(const QString &typed)
{
    QString code = typed.toUpper();
    code.remove(u'-');
    code.remove(u' ');
    return code;
}

// Whether `typed` is the user's one-time code and it has not expired at `now`.
// The stored form is "EXPIRES HASH" (see StaffUser::oneTimeCode). An invalid `now` skips
// the expiry: a session that signed in with the code while it was valid may use it to set
// its password.
bool oneTimeCodeMatches(const QString &stored, const QString &typed, const QDateTime &now)
{
    const qsizetype space = stored.indexOf(u' ');
    if (space <= 0 || typed.trimmed().isEmpty())
        return false;
    const QDateTime expires = QDateTime::fromString(stored.left(space), Qt::ISODate);
    if (!expires.isValid() || (now.isValid() && now >= expires))
        return false;
    return AuthService::verifyPassword(stored.mid(space + 1), normalizedCode(typed));
}

} // namespace

Result<void> AuthService::checkPasswordStrength(const QString &password)
{
    if (password.size() < 8)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("AuthService", "a password needs at least 8 characters")));
    if (password.size() > 1024)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("AuthService", "a password may have at most 1024 characters")));
    return {};
}

Result<QString> AuthService::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return std::unexpected(
                Error::storage(QCoreApplication::translate("AuthService", "the cryptography library could not start")));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return std::unexpected(
                Error::storage(QCoreApplication::translate("AuthService", "not enough memory to hash the password")));
    return QString::fromLatin1(out);
}

bool AuthService::verifyPassword(const QString &hash, const QString &password)
{
    if (hash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
            == 0;
}

Result<std::unique_ptr<Session>> AuthService::signIn(Book &book, const QString &login, const QString &password,
                                                     const QDateTime &now)
{
    auto failed = [] {
        return std::unexpected(Error{ErrorCode::AuthenticationFailed,
                                     QCoreApplication::translate("AuthService", "unknown user or wrong password")});
    };
    const Stamp attemptStamp{std::nullopt, now.toString(Qt::ISODate)};
    return reading([&]() -> Result<std::unique_ptr<Session>> {
        UserRepository users(book);
        const bool protectedBook = users.anyPasswordSet();
        const auto user = users.byLogin(login);
        if (!user) {
            if (protectedBook) {
                // As slow as a wrong password, so that the time taken does not tell which logins exist.
                (void)verifyPassword(unknownUserHash(), password);
                recordAttempt(book, [&](Book &target) {
                    AuditRepository(target).append(attemptStamp, QStringLiteral("sign_in.failed"),
                                                   QStringLiteral("user"), std::nullopt,
                                                   compactJson({{QStringLiteral("login"), login}}));
                });
            }
            return failed();
        }
        auto auditRefusal = [&](const QString &reason) {
            if (protectedBook)
                recordAttempt(book, [&](Book &target) {
                    AuditRepository(target).append(
                            Stamp{user->id, attemptStamp.at}, QStringLiteral("sign_in.failed"), QStringLiteral("user"),
                            user->id,
                            compactJson({{QStringLiteral("login"), login}, {QStringLiteral("reason"), reason}}));
                });
        };
        if (!user->active) {
            auditRefusal(QStringLiteral("inactive"));
            return std::unexpected(
                    Error{ErrorCode::AuthenticationFailed,
                          QCoreApplication::translate("AuthService", "user %1 is deactivated").arg(login)});
        }
        if (!protectedBook) // a scratch or demo book: no passwords yet
            return std::make_unique<Session>(book, actorOf(*user), users.permissionMatrix());
        if (!user->lockedUntil.isEmpty()) {
            const QDateTime until = QDateTime::fromString(user->lockedUntil, Qt::ISODate);
            if (until.isValid() && now < until) {
                // Not checked, not counted (the lock does not grow while it runs), but audited.
                auditRefusal(QStringLiteral("locked"));
                const int seconds = int(now.secsTo(until)); // a plain count argument, which lupdate reads
                return std::unexpected(Error{
                        ErrorCode::AuthenticationFailed,
                        QCoreApplication::translate("AuthService",
                                                    "too many failed attempts: user %1 may try again in %n second(s)",
                                                    nullptr, seconds)
                                .arg(login)});
            }
        }
        const bool byPassword = verifyPassword(user->passwordHash, password);
        const bool byCode = !byPassword && oneTimeCodeMatches(user->oneTimeCode, password, now);
        const bool ok = byPassword || byCode;
        const int failures = ok ? 0 : user->failedAttempts + 1;
        recordAttempt(book, [&](Book &target) {
            UserRepository(target).recordSignInAttempt(user->id, failures,
                                                       ok ? QString() : lockedUntilText(failures, now));
            AuditRepository(target).append(
                    Stamp{user->id, attemptStamp.at},
                    byPassword       ? QStringLiteral("sign_in")
                            : byCode ? QStringLiteral("sign_in.one_time_code")
                                     : QStringLiteral("sign_in.failed"),
                    QStringLiteral("user"), user->id,
                    compactJson({{QStringLiteral("login"), login}, {QStringLiteral("failures"), failures}}));
        });
        if (!ok)
            return failed();
        Actor actor = actorOf(*user);
        actor.mustChangePassword = byCode;
        return std::make_unique<Session>(book, actor, users.permissionMatrix());
    });
}

Result<Id> AuthService::createFirstAdmin(Book &book, const QString &login, const QString &name, const QString &password)
{
    if (!loginPattern().match(login).hasMatch())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("AuthService", "login '%1' may hold only letters, digits and . _ @ -")
                        .arg(login)));
    if (auto strong = checkPasswordStrength(password); !strong)
        return std::unexpected(strong.error());
    auto hash = hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    return inTransaction(book, [&]() -> Result<Id> {
        UserRepository users(book);
        if (users.anyPasswordSet())
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("AuthService", "this book already has an administrator")));
        const Stamp stamp = Stamp::now(std::nullopt);
        Id id = 0;
        if (auto existing = users.byLogin(login)) {
            existing->role = Role::Admin;
            existing->active = true;
            users.update(*existing);
            id = existing->id;
        } else {
            StaffUser user;
            user.login = login;
            user.name = name.isEmpty() ? login : name;
            user.role = Role::Admin;
            id = users.insert(user, stamp);
        }
        users.setPasswordHash(id, *hash);
        AuditRepository(book).append(stamp, QStringLiteral("book.protect"), QStringLiteral("user"), id,
                                     compactJson({{QStringLiteral("admin"), login}}));
        return id;
    });
}

Result<std::vector<StaffUser>> UserService::list()
{
    if (auto allowed = m_session.require(Action::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<StaffUser>> {
        auto users = UserRepository(m_session.book()).all();
        for (StaffUser &user : users)
            user.passwordHash = user.passwordHash.isEmpty() ? QString() : QStringLiteral("set");
        return users;
    });
}

Result<Id> UserService::add(const QString &login, const QString &name, Role role, const QString &language)
{
    if (auto allowed = m_session.require(Action::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    if (!loginPattern().match(login).hasMatch())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("AuthService", "login '%1' may hold only letters, digits and . _ @ -")
                        .arg(login)));
    if (name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("AuthService", "name: is empty")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        UserRepository users(m_session.book());
        if (users.byLogin(login))
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("AuthService", "user %1 already exists").arg(login)));
        StaffUser user;
        user.login = login;
        user.name = name.trimmed();
        user.role = role;
        user.language = language;
        const Stamp stamp = m_session.stamp();
        const Id id = users.insert(user, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("user.add"), QStringLiteral("user"), id,
                        compactJson({{QStringLiteral("login"), login}, {QStringLiteral("role"), roleKey(role)}}));
        return id;
    });
}

Result<void> UserService::deactivate(const QString &login)
{
    if (auto allowed = m_session.require(Action::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        UserRepository users(m_session.book());
        auto user = users.byLogin(login);
        if (!user)
            return std::unexpected(
                    Error::notFound(QCoreApplication::translate("AuthService", "no user %1").arg(login)));
        if (user->id == m_session.actor().userId)
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("AuthService", "you cannot deactivate yourself")));
        if (user->role == Role::Admin && user->active) {
            int activeAdmins = 0;
            for (const StaffUser &other : users.all())
                if (other.role == Role::Admin && other.active && !other.passwordHash.isEmpty())
                    ++activeAdmins;
            if (activeAdmins <= 1 && !user->passwordHash.isEmpty())
                return std::unexpected(Error::conflict(
                        QCoreApplication::translate("AuthService", "%1 is the last administrator").arg(login)));
        }
        user->active = false;
        users.update(*user);
        const Stamp stamp = m_session.stamp();
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("user.deactivate"), QStringLiteral("user"), user->id,
                        compactJson({{QStringLiteral("login"), login}}));
        return {};
    });
}

Result<void> UserService::setPassword(const QString &login, const QString &password)
{
    const bool self = login == m_session.actor().login && m_session.actor().userId.has_value();
    if (!self) {
        if (auto allowed = m_session.require(Action::ManageUsers); !allowed)
            return std::unexpected(allowed.error());
    }
    if (auto strong = AuthService::checkPasswordStrength(password); !strong)
        return std::unexpected(strong.error());
    auto hash = AuthService::hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        UserRepository users(m_session.book());
        auto user = users.byLogin(login);
        if (!user)
            return std::unexpected(
                    Error::notFound(QCoreApplication::translate("AuthService", "no user %1").arg(login)));
        users.setPasswordHash(user->id, *hash);
        const Stamp stamp = m_session.stamp();
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("user.set_password"), QStringLiteral("user"), user->id,
                        compactJson({{QStringLiteral("login"), login}}));
        if (self)
            m_session.passwordChanged();
        return {};
    });
}

Result<OneTimeCode> UserService::issueOneTimeCode(const QString &login, const QDateTime &now)
{
    if (auto allowed = m_session.require(Action::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    if (!sodiumReady())
        return std::unexpected(
                Error::storage(QCoreApplication::translate("AuthService", "the cryptography library could not start")));
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32: no 0/O, 1/I
    QString plain;
    for (int i = 0; i < 12; ++i)
        plain += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    auto hash = AuthService::hashPassword(plain);
    if (!hash)
        return std::unexpected(hash.error());
    OneTimeCode issued;
    issued.code = plain.left(4) + u'-' + plain.mid(4, 4) + u'-' + plain.mid(8);
    issued.expires = now.toUTC().addDays(kOneTimeCodeDays);
    return inTransaction(m_session.book(), [&]() -> Result<OneTimeCode> {
        UserRepository users(m_session.book());
        const auto user = users.byLogin(login);
        if (!user)
            return std::unexpected(
                    Error::notFound(QCoreApplication::translate("AuthService", "no user %1").arg(login)));
        if (!user->active)
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("AuthService", "user %1 is deactivated").arg(login)));
        users.setOneTimeCode(user->id, issued.expires.toString(Qt::ISODate) + u' ' + *hash);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("user.one_time_code"), QStringLiteral("user"), user->id,
                        compactJson({{QStringLiteral("login"), login},
                                     {QStringLiteral("expires"), issued.expires.toString(Qt::ISODate)}}));
        return issued;
    });
}

Result<void> UserService::changeOwnPassword(const QString &current, const QString &replacement)
{
    if (!m_session.actor().userId)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("AuthService", "the local owner of an unprotected book has no password")));
    auto user = reading([&]() -> Result<std::optional<StaffUser>> {
        return UserRepository(m_session.book()).byLogin(m_session.actor().login);
    });
    if (!user)
        return std::unexpected(user.error());
    const bool currentOk = (*user)
            && (AuthService::verifyPassword((*user)->passwordHash, current)
                || oneTimeCodeMatches((*user)->oneTimeCode, current,
                                      m_session.actor().mustChangePassword ? QDateTime()
                                                                           : QDateTime::currentDateTimeUtc())
                || ((*user)->passwordHash.isEmpty() && !m_session.actor().mustChangePassword));
    if (!currentOk)
        return std::unexpected(Error{ErrorCode::AuthenticationFailed,
                                     QCoreApplication::translate("AuthService", "the current password is wrong")});
    return setPassword(m_session.actor().login, replacement);
}

Result<PermissionMatrix> UserService::permissionMatrix()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<PermissionMatrix> { return UserRepository(m_session.book()).permissionMatrix(); });
}

Result<void> UserService::setPermission(Role role, Action action, bool allowed)
{
    if (auto permitted = m_session.require(Action::ManageUsers); !permitted)
        return std::unexpected(permitted.error());
    if (role == Role::Admin)
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("AuthService", "an administrator keeps every permission")));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        UserRepository(m_session.book()).setPermission(role, action, allowed);
        const Stamp stamp = m_session.stamp();
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("permission.set"), QStringLiteral("permission"), std::nullopt,
                        compactJson({{QStringLiteral("role"), roleKey(role)},
                                     {QStringLiteral("action"), actionKey(action)},
                                     {QStringLiteral("allowed"), allowed}}));
        return {};
    });
}

} // namespace ardesk
