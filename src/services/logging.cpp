#include "logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace ardesk {

namespace {
QString g_logFile;
}

QString logFilePath()
{
    return g_logFile;
}

QString setupLogging(const QString &application)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    spdlog::sink_ptr sink;
    if (!folder.isEmpty() && QDir().mkpath(folder)) {
        g_logFile = QDir(folder).filePath(application + QStringLiteral(".log"));
        try {
            sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(), 5 * 1024 * 1024, 3);
        } catch (const spdlog::spdlog_ex &) {
            g_logFile.clear();
        }
    }
    if (!sink)
        sink = std::make_shared<spdlog::sinks::null_sink_mt>();
    const QByteArray levelName = qgetenv("ARDESK_LOG");
    const auto level = levelName.isEmpty() ? spdlog::level::info : spdlog::level::from_str(levelName.toStdString());
    for (const char *name : {"ardesk.storage", "ardesk.services", "ardesk.ui", "ardesk.cli"}) {
        if (spdlog::get(name))
            continue;
        auto logger = std::make_shared<spdlog::logger>(name, sink);
        logger->set_level(level);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    return g_logFile;
}

} // namespace ardesk
