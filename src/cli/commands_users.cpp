#include "cli.h"

#include "services/auth_service.h"
#include "services/book_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

namespace {
} // namespace

int commandUsers(Context &context, Arguments &args)
{
    const QString action = args.positional();
    const std::optional<QString> name = args.option(QStringLiteral("--name"));
    const std::optional<QString> role = args.option(QStringLiteral("--role"));
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    const QString login = args.positional();
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (action != u"list" && action != u"add" && action != u"deactivate" && action != u"set-password"
        && action != u"one-time-code")
        return usage(
                context,
                QCoreApplication::translate("cli", "users needs list, add, deactivate, set-password or one-time-code"));
    if (action != u"list" && login.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "users %1 needs a LOGIN").arg(action));
    if (action == u"add" && (!name || !role))
        return usage(context, QCoreApplication::translate("cli", "users add LOGIN needs --name NAME and --role ROLE"));
    std::optional<Role> parsedRole;
    if (role) {
        parsedRole = roleFromKey(*role);
        if (!parsedRole)
            return usage(context,
                         QCoreApplication::translate(
                                 "cli", "--role must be one of admin, manager, supervisor, collector, clerk, auditor"));
    }
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    UserService users(*opened->session);
    if (action == u"list") {
        auto list = users.list();
        if (!list)
            return fail(context, list.error());
        if (format == u"json") {
            QJsonArray array;
            for (const StaffUser &user : *list)
                array.append(QJsonObject{{QStringLiteral("login"), user.login},
                                         {QStringLiteral("name"), user.name},
                                         {QStringLiteral("role"), roleKey(user.role)},
                                         {QStringLiteral("active"), user.active},
                                         {QStringLiteral("password_set"), !user.passwordHash.isEmpty()},
                                         {QStringLiteral("one_time_code"), !user.oneTimeCode.isEmpty()}});
            context.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return Ok;
        }
        for (const StaffUser &user : *list)
            context.out << user.login.leftJustified(16) << ' ' << roleKey(user.role).leftJustified(10) << ' '
                        << (user.active ? QCoreApplication::translate("cli", "active")
                                        : QCoreApplication::translate("cli", "inactive"))
                                   .leftJustified(9)
                        << ' '
                        << (user.passwordHash.isEmpty() ? QCoreApplication::translate("cli", "no password")
                                                        : QCoreApplication::translate("cli", "password set"))
                                   .leftJustified(13)
                        << ' ' << user.name << '\n';
        return Ok;
    }
    if (action == u"add") {
        auto added = users.add(login, *name, *parsedRole);
        if (!added)
            return fail(context, added.error());
        context.err << QCoreApplication::translate("cli", "added %1").arg(login) << '\n';
        return Ok;
    }
    if (action == u"deactivate") {
        auto done = users.deactivate(login);
        if (!done)
            return fail(context, done.error());
        context.err << QCoreApplication::translate("cli", "deactivated %1").arg(login) << '\n';
        return Ok;
    }
    if (action == u"one-time-code") {
        auto issued = users.issueOneTimeCode(login);
        if (!issued)
            return fail(context, issued.error());
        const QString expires = issued->expires.toString(Qt::ISODate);
        if (format == u"json") {
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                                     {QStringLiteral("code"), issued->code},
                                                     {QStringLiteral("expires"), expires}})
                                   .toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            context.out << issued->code << '\n';
        }
        context.err << QCoreApplication::translate("cli",
                                                   "one-time code for %1, valid until %2 UTC or until %1 sets a "
                                                   "password; it is shown only this once")
                               .arg(login, expires)
                    << '\n';
        return Ok;
    }
    // Refuse before asking for a password the user may not set (the service checks again).
    const Actor &actor = opened->session->actor();
    if (login != actor.login || !actor.userId) {
        if (auto allowed = opened->session->require(Action::ManageUsers); !allowed)
            return fail(context, allowed.error());
    }
    const auto password = readPassword(context, "ARDESK_NEW_PASSWORD",
                                       QCoreApplication::translate("cli", "New password for %1: ").arg(login));
    if (!password)
        return usage(
                context,
                QCoreApplication::translate("cli", "no new password: set ARDESK_NEW_PASSWORD or run on a terminal"));
    auto done = users.setPassword(login, *password);
    if (!done)
        return fail(context, done.error());
    context.err << QCoreApplication::translate("cli", "password of %1 set").arg(login) << '\n';
    return Ok;
}

int commandVerify(Context &context, Arguments &args)
{
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    int exitCode = Ok;
    auto opened = openSession(context, exitCode, AccessMode::ReadOnly);
    if (!opened)
        return exitCode;
    auto report = BookService::verify(*opened->session);
    if (!report)
        return fail(context, report.error());
    if (format == u"json") {
        QJsonObject counts;
        for (const VerifyCount &count : report->counts)
            counts.insert(count.table, count.rows);
        QJsonObject root{{QStringLiteral("ok"), report->ok},
                         {QStringLiteral("counts"), counts},
                         {QStringLiteral("problems"), report->problems}};
        if (!report->ok)
            root.insert(QStringLiteral("first_problem"),
                        QJsonObject{{QStringLiteral("table"), report->firstProblemTable},
                                    {QStringLiteral("id"), report->firstProblemId},
                                    {QStringLiteral("message"), report->firstProblem}});
        context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
    } else if (report->ok) {
        QStringList parts;
        for (const VerifyCount &count : report->counts)
            parts << QStringLiteral("%1 %2").arg(count.table).arg(count.rows);
        context.out << "ok (" << parts.join(QStringLiteral(", ")) << ")\n";
    } else {
        const int problemCount = int(report->problems); // a plain count argument, which lupdate reads
        context.out << QCoreApplication::translate("cli", "FAILED: %1 (%2 row %3); %n problem(s) in all", nullptr,
                                                   problemCount)
                               .arg(report->firstProblem, report->firstProblemTable)
                               .arg(report->firstProblemId)
                    << '\n';
    }
    return report->ok ? Ok : DataError;
}

} // namespace ardesk::cli
