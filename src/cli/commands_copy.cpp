#include "cli.h"

#include "services/book_service.h"

#include <QCoreApplication>

namespace ardesk::cli {

// ardesk-cli --book SOURCE copy --to TARGET
// Moves a whole book between engines: SOURCE and TARGET are each a file or a
// postgresql://USER@HOST:PORT/DBNAME URL; TARGET must not hold a book yet.
int commandCopy(Context &context, Arguments &args)
{
    const QString target = args.option(QStringLiteral("--to")).value_or(QString());
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (target.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "copy needs --to FILE or --to postgresql://USER@HOST:PORT/DBNAME"));
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    auto copied = BookService::copyTo(*opened->session, target);
    if (!copied)
        return fail(context, copied.error());
    const int rows = int(copied->rows); // a plain count argument, which lupdate reads
    context.err << QCoreApplication::translate("cli", "copied %1 to %2: %n row(s)", nullptr, rows)
                           .arg(context.bookLocation, target)
                << '\n';
    return Ok;
}

} // namespace ardesk::cli
