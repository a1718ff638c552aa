#pragma once
// Runs the real ardesk-cli (ARDESK_CLI_PATH) on a book built with init and the CSV imports.

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include "support/cli_runner.h"

#include <QTemporaryDir>

#include <ostream>

namespace ardesk::testing {


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
        return ardesk::testing::runCli(m_dir.path(), arguments);
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
