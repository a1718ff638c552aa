#include "cli.h"

#include <QCoreApplication>

namespace ardesk::cli {

int commandDemo(Context &context, Arguments &)
{
    return usage(context, QCoreApplication::translate("cli", "demo is not available in this build yet"));
}

} // namespace ardesk::cli
