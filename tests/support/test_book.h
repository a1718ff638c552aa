#pragma once
// Where a test makes its fresh, empty book: the one place that chooses the engine.
//
// Without ARDESK_TEST_PG_URL: a file NAME in the test's temporary folder (SQLite).
// With ARDESK_TEST_PG_URL=postgresql://USER@HOST:PORT/DB (a server the caller started,
// e.g. scripts/test.sh with scripts/team-server.sh): a new, empty database on that server
// for every call, named ardesk_t_<pid>_<n>, dropped when the test process exits.
// The location goes wherever a book location goes (Book::open, BookService, --book), so
// a test written against freshBookLocation() runs on both engines unchanged.

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdlib>
#include <mutex>
#include <stdexcept>

namespace ardesk::test {

inline QString postgresServerUrl()
{
    return qEnvironmentVariable("ARDESK_TEST_PG_URL");
}

inline bool onPostgres()
{
    return !postgresServerUrl().isEmpty();
}

namespace detail {

struct PgDatabases {
    std::mutex mutex;
    QStringList created;
    int counter = 0;
    bool registered = false;
};

inline PgDatabases &pgDatabases()
{
    static PgDatabases *databases = new PgDatabases; // never destroyed: used from atexit
    return *databases;
}

inline QSqlDatabase adminConnection()
{
    const QString name = QStringLiteral("ardesk-test-admin");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    const QUrl url(postgresServerUrl());
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    const QString password = qEnvironmentVariable("ARDESK_PASSWORD");
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open())
        throw std::runtime_error("cannot connect to ARDESK_TEST_PG_URL: " + db.lastError().text().toStdString());
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING"));
    return db;
}

inline void dropCreatedDatabases()
{
    PgDatabases &databases = pgDatabases();
    const std::lock_guard lock(databases.mutex);
    if (databases.created.isEmpty())
        return;
    try {
        QSqlDatabase db = adminConnection();
        for (const QString &name : std::as_const(databases.created))
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        databases.created.clear();
        db.close();
    } catch (...) {
        // The server may be gone already; scripts/test.sh throws the whole cluster away.
    }
}

} // namespace detail

// A fresh, empty book location (see the top of this file). `dir` must outlive the book.
inline QString freshBookLocation(const QString &folder, const QString &fileName = QStringLiteral("book.ardesk"))
{
    if (!onPostgres())
        return QDir(folder).filePath(fileName);
    detail::PgDatabases &databases = detail::pgDatabases();
    const std::lock_guard lock(databases.mutex);
    QSqlDatabase db = detail::adminConnection(); // first: Qt's registry outlives our atexit
    if (!databases.registered) {
        databases.registered = true;
        std::atexit(detail::dropCreatedDatabases);
    }
    const QString name = QStringLiteral("ardesk_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++databases.counter);
    QSqlQuery query(db);
    query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        throw std::runtime_error("CREATE DATABASE failed: " + query.lastError().text().toStdString());
    databases.created << name;
    QUrl url(postgresServerUrl());
    url.setPath(QLatin1Char('/') + name);
    url.setQuery(QString());
    return url.toString();
}

inline QString freshBookLocation(const QTemporaryDir &dir, const QString &fileName = QStringLiteral("book.ardesk"))
{
    return freshBookLocation(dir.path(), fileName);
}

// The engine-specific bits a few tests need to say (e.g. in a skip message).
inline const char *engineName()
{
    return onPostgres() ? "PostgreSQL" : "SQLite";
}

} // namespace ardesk::test
