#include "cli.h"

#include "services/auth_service.h"
#include "services/book_service.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

namespace {
} // namespace

int commandInit(Context &context, Arguments &args)
{
    const std::optional<QString> admin = args.option(QStringLiteral("--admin"));
    const QString adminName = args.option(QStringLiteral("--name")).value_or(QString());
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (context.bookLocation.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "--book FILE is required"));
    std::optional<QString> password;
    if (admin) {
        password = readPassword(context, "ARDESK_PASSWORD",
                                QCoreApplication::translate("cli", "Password for the administrator %1: ").arg(*admin));
        if (!password)
            return usage(context,
                         QCoreApplication::translate(
                                 "cli", "init --admin needs a password: set ARDESK_PASSWORD or run on a terminal"));
        if (auto strong = AuthService::checkPasswordStrength(*password); !strong)
            return fail(context, strong.error());
    }
    auto book = BookService::create(context.bookLocation);
    if (!book)
        return fail(context, book.error());
    if (admin) {
        auto created = AuthService::createFirstAdmin(**book, *admin, adminName, *password);
        if (!created) {
            const QString location = context.bookLocation;
            book->reset();
            QFile::remove(location); // nothing half-made is left behind
            QFile::remove(location + QStringLiteral("-wal"));
            QFile::remove(location + QStringLiteral("-shm"));
            return fail(context, created.error());
        }
    }
    context.err << QCoreApplication::translate("cli", "created %1 (schema %2)")
                           .arg(context.bookLocation)
                           .arg((*book)->schemaVersion())
                << '\n';
    return Ok;
}

int commandInfo(Context &context, Arguments &args)
{
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (format != u"table" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table or json"));
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    auto info = BookService::info(*opened->session);
    if (!info)
        return fail(context, info.error());
    if (format == u"json") {
        const QJsonObject object{{QStringLiteral("customers"), info->customers},
                                 {QStringLiteral("invoices"), info->invoices},
                                 {QStringLiteral("payments"), info->payments},
                                 {QStringLiteral("allocations"), info->allocations},
                                 {QStringLiteral("credit_notes"), info->creditNotes},
                                 {QStringLiteral("users"), info->users},
                                 {QStringLiteral("schema_version"), info->schemaVersion}};
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    context.out << QCoreApplication::translate("cli", "book           %1").arg(context.bookLocation) << '\n'
                << QCoreApplication::translate("cli", "schema version %1").arg(info->schemaVersion) << '\n'
                << QCoreApplication::translate("cli", "customers      %1").arg(info->customers) << '\n'
                << QCoreApplication::translate("cli", "invoices       %1").arg(info->invoices) << '\n'
                << QCoreApplication::translate("cli", "credit notes   %1").arg(info->creditNotes) << '\n'
                << QCoreApplication::translate("cli", "payments       %1").arg(info->payments) << '\n'
                << QCoreApplication::translate("cli", "allocations    %1").arg(info->allocations) << '\n'
                << QCoreApplication::translate("cli", "users          %1").arg(info->users) << '\n'
                << QCoreApplication::translate("cli", "protected      %1")
                           .arg(info->protectedBook ? QCoreApplication::translate("cli", "yes")
                                                    : QCoreApplication::translate("cli", "no"))
                << '\n';
    return Ok;
}

} // namespace ardesk::cli
