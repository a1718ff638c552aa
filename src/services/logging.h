#pragma once
// spdlog set-up: one named logger per layer (ardesk.storage, ardesk.services, ardesk.ui,
// ardesk.cli) writing to a rotating file in the user's data folder; the level comes from
// ARDESK_LOG (trace, debug, info, warn, error, off) or defaults to info.

#include <QString>

namespace ardesk {

// Returns the log file's path (empty when the folder could not be created: logging then
// goes nowhere, never to the terminal of a CLI user).
QString setupLogging(const QString &application);
QString logFilePath();

} // namespace ardesk
