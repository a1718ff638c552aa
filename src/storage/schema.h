#pragma once
// The book's schema as an ordered list of migration steps. Step N brings a book from
// version N-1 to N; each step runs in one transaction that also records the version.

#include "dialect.h"

#include <QtGlobal>

#include <QStringList>

#include <vector>

namespace ardesk {

class Book;

struct MigrationStep final {
    int version = 0;
    QString description;
    QStringList statements; // portable DDL with {ID}/{BIGINT}/{BLOB} placeholders
    QStringList immutableTables; // tables that get the no-update/no-delete triggers
    // What the step fills from the book's rows that SQL alone cannot (nullptr: nothing); runs
    // after the statements, in the step's transaction.
    void (*fill)(Book &) = nullptr;
};

const std::vector<MigrationStep> &migrationSteps();
int currentSchemaVersion();

// Tables whose rows are posted ledger entries, chained by hash, never changed.
const QStringList &postedTables();

} // namespace ardesk
