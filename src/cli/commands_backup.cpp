#include "cli.h"

#include "services/book_service.h"

#include <QCoreApplication>

namespace ardesk::cli {

// ardesk-cli --book FILE backup --out FILE2
int commandBackup(Context &context, Arguments &args)
{
    const QString out = args.option(QStringLiteral("--out")).value_or(QString());
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (out.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "backup needs --out FILE"));
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    auto done = BookService::backup(*opened->session, out);
    if (!done)
        return fail(context, done.error());
    context.err << QCoreApplication::translate("cli", "backed up %1 to %2").arg(context.bookLocation, out) << '\n';
    return Ok;
}

} // namespace ardesk::cli
