#pragma once
// Where SQL differs between the engines, the difference lives here and only here.

#include <QString>

namespace ardesk {

enum class Engine { SQLite, PostgreSQL };

class Dialect final {
public:
    explicit Dialect(Engine engine) : m_engine(engine) {}
    Engine engine() const { return m_engine; }

    // Expands the placeholders of portable DDL: {ID} (auto primary key), {BIGINT},
    // {BLOB}, {TEXT}.
    QString expandDdl(QString ddl) const;

    // Statements that make a table's rows impossible to UPDATE or DELETE.
    QStringList immutableTriggers(const QString &table) const;

    // The statements that remove those triggers again (for tests and for an administrator
    // who must repair a book by hand; verify then finds what was changed).
    QStringList dropImmutableTriggers(const QString &table) const;

    // After rows were inserted with explicit ids into a table whose {ID} the engine could
    // also number: keeps the engine's own numbering past them (a PostgreSQL identity).
    QStringList afterExplicitIds(const QString &table) const;

    QString qtDriverName() const;

private:
    Engine m_engine;
};

} // namespace ardesk
