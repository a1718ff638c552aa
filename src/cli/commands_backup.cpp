#include "cli.h"

#include <QCoreApplication>

namespace ardesk::cli {

int commandBackup(Context &context, Arguments &)
{
    return usage(context, QCoreApplication::translate("cli", "this command is not available in this build yet"));
}

} // namespace ardesk::cli
