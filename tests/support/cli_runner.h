#pragma once
// Runs the real ardesk-cli (ARDESK_CLI_PATH, defined for every test folder) the way the CLI
// tests need it: the log and settings in a private folder (XDG_DATA_HOME and XDG_CONFIG_HOME
// under `home`), the C.UTF-8 locale and English messages so that nothing depends on the
// machine, no ARDESK_PASSWORD or ARDESK_NEW_PASSWORD from the caller's environment, no
// QT_QPA_PLATFORM (the CLI chooses offscreen itself), and standard input that is not a
// terminal (a password prompt fails at once instead of waiting). The one copy of this runner for every test folder.

#include <gtest/gtest.h>

#include <QDir>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <ostream>
#include <utility>

namespace ardesk::testing {

struct CliRun
{
    int exitCode = -1; // -1 when the process crashed or did not finish
    QString out;
    QString err;
};

inline std::ostream &operator<<(std::ostream &stream, const CliRun &run)
{
    return stream << "exit " << run.exitCode << "\n--- stdout\n"
                  << run.out.toStdString() << "--- stderr\n"
                  << run.err.toStdString();
}

// `variables` are added to the environment last (ARDESK_PASSWORD for a signed-in run, ...).
inline CliRun runCli(const QString &home, const QStringList &arguments,
                     const QList<std::pair<QString, QString>> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("ARDESK_PASSWORD"));
    environment.remove(QStringLiteral("ARDESK_NEW_PASSWORD"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(ARDESK_CLI_PATH));
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice()); // never a terminal: no prompt waits
    process.start();
    EXPECT_TRUE(process.waitForStarted(30000)) << ARDESK_CLI_PATH;
    EXPECT_TRUE(process.waitForFinished(120000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace ardesk::testing
