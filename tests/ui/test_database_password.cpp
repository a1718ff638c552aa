// The GUI asks for the database password of a postgresql:// book whose server wants one
// (no ARDESK_PASSWORD, no ~/.pgpass), asks again after a refused one, and never stores it:
// not in the recent books, not anywhere in the settings, not in the book's location.
// Needs a server that wants a password: scripts/test.sh starts one (team-server.sh with
// ARDESK_PASSWORD) and runs this with ARDESK_TEST_PG_PASSWORD_URL and
// ARDESK_TEST_PG_PASSWORD; skipped without them. The Qt environment is the one
// test_main_window.cpp installs.

#include "storage/database_password.h"
#include "ui/common/book_job.h"
#include "ui/main_window.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

TEST(DatabasePassword, theGuiAsksForThePasswordAgainAfterARefusalAndNeverStoresIt)
{
    const QString url = qEnvironmentVariable("ARDESK_TEST_PG_PASSWORD_URL");
    const QString secret = qEnvironmentVariable("ARDESK_TEST_PG_PASSWORD");
    if (url.isEmpty() || secret.isEmpty())
        GTEST_SKIP() << "needs a server that wants a password (scripts/test.sh starts one)";
    ASSERT_TRUE(qEnvironmentVariable("ARDESK_PASSWORD").isEmpty()) << "the test must not have the password";
    QSettings().clear();
    QSettings().setValue(QStringLiteral("backups/keep"), 0);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        // The book, created by the CLI with the password from its environment.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARDESK_PASSWORD"), secret);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ARDESK_CLI_PATH), {QStringLiteral("--book"), url, QStringLiteral("init")});
        ASSERT_TRUE(cli.waitForFinished(120'000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    }

    QStringList asked;
    QStringList answers{QStringLiteral("not the password"), secret};
    {
        MainWindow window;
        window.setDatabasePasswordHandler([&](const QString &location, bool refused) {
            asked << QStringLiteral("%1 %2").arg(location).arg(refused ? QStringLiteral("refused") : QStringLiteral("first"));
            return answers.isEmpty() ? QString() : answers.takeFirst();
        });
        auto opened = window.openBook(url);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        EXPECT_EQ(asked, (QStringList{url + QStringLiteral(" first"), url + QStringLiteral(" refused")}));
        EXPECT_EQ(window.bookLocation(), url);
        EXPECT_EQ(window.recentBooks().value(0), url);
        BookJob::waitForAll();
        window.closeBook();
    }
    forgetDatabasePassword(url);

    // Cancelling the prompt cancels the opening.
    {
        MainWindow window;
        window.setDatabasePasswordHandler([](const QString &, bool) { return QString(); });
        auto opened = window.openBook(url);
        ASSERT_FALSE(opened.has_value());
        EXPECT_EQ(opened.error().code, ErrorCode::Cancelled);
    }

    // A password someone wrote into the URL is used, but the recent books get the URL
    // without it.
    {
        QUrl withPassword(url);
        withPassword.setPassword(secret);
        MainWindow window;
        window.setDatabasePasswordHandler([&](const QString &, bool) {
            ADD_FAILURE() << "asked although the URL had the password";
            return QString();
        });
        auto opened = window.openBook(withPassword.toString());
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        EXPECT_EQ(window.bookLocation(), url);
        for (const QString &entry : window.recentBooks())
            EXPECT_FALSE(entry.contains(secret)) << entry.toStdString();
        BookJob::waitForAll();
        window.closeBook();
    }
    forgetDatabasePassword(url);

    // Nowhere in the settings.
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(secret) || settings.value(key).toStringList().join(u' ').contains(secret))
                << key.toStdString();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(file.readAll().contains(secret.toUtf8()));
    }
}

} // namespace
} // namespace ardesk
