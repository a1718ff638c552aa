#pragma once
// The password of a PostgreSQL book's database role, as typed into the GUI's password
// prompt: kept in this process's memory only (never written: not in the recent books, the
// settings, the logs or the location). Book::open (and openAnother for the worker
// threads) uses it before ARDESK_PASSWORD and libpq's own sources (~/.pgpass, PGPASSWORD).

#include "domain/error.h"

#include <QString>

namespace ardesk {

// Keyed by the location without any password (USER@HOST:PORT/DBNAME).
void rememberDatabasePassword(const QString &location, const QString &password);
void forgetDatabasePassword(const QString &location);
QString rememberedDatabasePassword(const QString &location);

// A location as it may be shown and stored: a postgresql:// URL without the password
// someone may have written into it; a file path unchanged.
QString locationWithoutPassword(const QString &location);

// Whether opening `location` failed because the server wants a password it did not get
// (none known) or refused the one given. libpq's and the server's messages.
bool isDatabasePasswordError(const QString &location, const Error &error);

} // namespace ardesk
