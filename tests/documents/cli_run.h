#pragma once
// Runs the real ardesk-cli (ARDESK_CLI_PATH) on a book built with init and the CSV imports.

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <ostream>

namespace ardesk::testing {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline std::ostream &operator<<(std::ostream &stream, const CliRun &run)
{
    return stream << "exit " << run.exitCode << "\n--- stdout\n"
                  << run.out.toStdString() << "--- stderr\n"
                  << run.err.toStdString();
}

class CliBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = m_dir.filePath(QStringLiteral("book.ardesk"));
        const CliRun init = onBook({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init;
    }

    CliRun cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.remove(QStringLiteral("ARDESK_PASSWORD"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI picks offscreen itself
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(ARDESK_CLI_PATH));
        process.setArguments(arguments);
        process.start();
        EXPECT_TRUE(process.waitForStarted(30000)) << ARDESK_CLI_PATH;
        EXPECT_TRUE(process.waitForFinished(120000));
        CliRun run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    CliRun onBook(QStringList arguments)
    {
        arguments.prepend(m_book);
        arguments.prepend(QStringLiteral("--book"));
        return cli(arguments);
    }

    void import(const QString &kind, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".csv"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        file.close();
        const CliRun run = onBook({QStringLiteral("import"), kind, path});
        ASSERT_EQ(run.exitCode, 0) << run;
    }

    static QJsonObject json(const CliRun &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << run;
        return document.object();
    }

    QTemporaryDir m_dir;
    QString m_book;
};

} // namespace ardesk::testing
