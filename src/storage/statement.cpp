#include "statement.h"

#include "pg_copy.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace ardesk {

Statement::Statement(Book &book, const QString &sql) : m_sql(sql), m_book(&book)
{
    if (book.dialect().engine() == Engine::SQLite) {
        const QVariant handle = book.database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
    }
    if (m_db) {
        const QByteArray utf8 = sql.toUtf8();
        check(sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                 &m_stmt, nullptr),
              "prepare");
        m_sqlLower = sql.toLower();
        if (auto target = SqliteBulkBuffer::insertTarget(sql)) {
            m_plainInsert = std::make_unique<SqliteInsertTarget>(std::move(*target));
            m_row.resize(static_cast<std::size_t>(m_plainInsert->columns.size()));
        }
    } else {
        m_query = std::make_unique<QSqlQuery>(book.prepare(sql));
        if (book.dialect().engine() == Engine::PostgreSQL)
            if (auto target = PgCopyBuffer::copyTarget(sql))
                m_copyTarget = std::make_unique<PgCopyTarget>(std::move(*target));
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::check(int code, const char *what)
{
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return;
    const QString message = QCoreApplication::translate("Statement", "%1 failed: %2 [%3]")
                                .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql);
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_started = false;
    }
    throw StorageError(message);
}

namespace {
void setValue(QVariantList &values, int index, QVariant value)
{
    while (values.size() < index)
        values.append(QVariant());
    values[index - 1] = std::move(value);
}
} // namespace

void Statement::setBulkValue(int index, SqliteBulkBuffer::Value value)
{
    if (index < 1 || index > static_cast<int>(m_row.size()))
        throw StorageError(QCoreApplication::translate("Statement", "%1 failed: %2 [%3]")
                                   .arg(QLatin1String("bind"), QString::fromUtf8(sqlite3_errstr(SQLITE_RANGE)), m_sql));
    m_row[static_cast<std::size_t>(index - 1)] = value;
}

void Statement::flushPendingFor()
{
    SqliteBulkBuffer *bulk = m_book->sqliteBulk();
    if (!bulk)
        return;
    if (const quint64 dropped = bulk->droppedGeneration(); dropped != 0 && dropped != m_droppedChecked) {
        // A table this statement names gets its deferred indexes back before it runs.
        bulk->restoreIndexesNamedIn(m_sqlLower);
        m_droppedChecked = bulk->droppedGeneration() != 0 ? bulk->droppedGeneration() : dropped;
    }
    if (bulk->isEmpty())
        return;
    if (bulk->serial() != m_bulkSerial) {
        m_bulkSerial = bulk->serial();
        m_namesTables = 0;
        m_namesKnown = 0;
    }
    if (bulk->mustFlushBefore(m_sqlLower, m_namesTables, m_namesKnown))
        bulk->flush();
}

void Statement::bind(int index, qint64 value)
{
    if (bulkTarget())
        setBulkValue(index, {value, 0, 0, SqliteBulkBuffer::Value::Integer});
    else if (m_stmt)
        check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    else
        setValue(m_values, index, QVariant::fromValue<qint64>(value));
}

void Statement::bind(int index, const QString &text)
{
    if (bulkTarget()) {
        const qsizetype at = m_rowBytes.size();
        m_rowBytes.append(text.toUtf8());
        setBulkValue(index, {0, static_cast<qint32>(at), static_cast<qint32>(m_rowBytes.size() - at),
                             SqliteBulkBuffer::Value::Text});
    } else if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
              "bind");
    } else {
        setValue(m_values, index, QVariant(text.isNull() ? QString::fromLatin1("") : text));
    }
}

void Statement::bindText(int index, QByteArrayView utf8)
{
    if (bulkTarget()) {
        const qsizetype at = m_rowBytes.size();
        m_rowBytes.append(utf8);
        setBulkValue(index, {0, static_cast<qint32>(at), static_cast<qint32>(utf8.size()), SqliteBulkBuffer::Value::Text});
    } else if (m_stmt)
        check(sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT), "bind");
    else
        setValue(m_values, index, QVariant(utf8.isEmpty() ? QString::fromLatin1("") : QString::fromUtf8(utf8)));
}

void Statement::bindBlob(int index, const QByteArray &blob)
{
    if (bulkTarget()) {
        const qsizetype at = m_rowBytes.size();
        m_rowBytes.append(blob);
        setBulkValue(index, {0, static_cast<qint32>(at), static_cast<qint32>(blob.size()), SqliteBulkBuffer::Value::Blob});
    } else if (m_stmt)
        check(sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT),
              "bind");
    else
        setValue(m_values, index, QVariant(blob));
}

void Statement::bindNull(int index)
{
    if (bulkTarget())
        setBulkValue(index, {});
    else if (m_stmt)
        check(sqlite3_bind_null(m_stmt, index), "bind");
    else
        setValue(m_values, index, QVariant(QMetaType(QMetaType::LongLong)));
}

void Statement::exec()
{
    if (SqliteBulkBuffer *bulk = bulkTarget()) {
        bulk->append(*m_plainInsert, m_sql, m_row, m_rowBytes);
        std::fill(m_row.begin(), m_row.end(), SqliteBulkBuffer::Value{}); // unbound: NULL, as sqlite3_clear_bindings
        m_rowBytes.resize(0);
        return;
    }
    if (m_stmt) {
        flushPendingFor();
        const int code = sqlite3_step(m_stmt);
        if (code != SQLITE_DONE && code != SQLITE_ROW)
            check(code, "step");
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return;
    }
    if (m_copyTarget && m_book->bufferInsert(*m_copyTarget, m_values)) {
        m_values.clear();
        return;
    }
    for (const QVariant &value : std::as_const(m_values))
        m_query->addBindValue(value);
    m_values.clear();
    Book::exec(*m_query);
    m_query->finish();
}

bool Statement::next()
{
    if (m_stmt) {
        if (!m_started)
            flushPendingFor();
        const int code = sqlite3_step(m_stmt);
        if (code == SQLITE_ROW) {
            m_started = true;
            return true;
        }
        if (code != SQLITE_DONE)
            check(code, "step");
        reset();
        return false;
    }
    if (!m_started) {
        for (const QVariant &value : std::as_const(m_values))
            m_query->addBindValue(value);
        m_values.clear();
        Book::exec(*m_query);
        m_started = true;
    }
    if (m_query->next())
        return true;
    reset();
    return false;
}

void Statement::reset()
{
    m_started = false;
    if (!m_row.empty()) {
        std::fill(m_row.begin(), m_row.end(), SqliteBulkBuffer::Value{});
        m_rowBytes.resize(0);
    }
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        m_query->finish();
        m_values.clear();
    }
}

bool Statement::isNull(int column) const
{
    if (m_stmt)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return m_query->value(column).isNull();
}

qint64 Statement::int64(int column) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, column);
    return m_query->value(column).toLongLong();
}

QString Statement::text(int column) const
{
    if (m_stmt) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
    }
    return m_query->value(column).toString();
}

QByteArrayView Statement::utf8(int column) const
{
    if (m_stmt) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
    }
    if (static_cast<std::size_t>(column) >= m_utf8.size())
        m_utf8.resize(static_cast<std::size_t>(column) + 1);
    m_utf8[static_cast<std::size_t>(column)] = m_query->value(column).toString().toUtf8();
    return m_utf8[static_cast<std::size_t>(column)];
}

QByteArray Statement::blob(int column) const
{
    if (m_stmt) {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    return m_query->value(column).toByteArray();
}

int Statement::nativeType(int column) const
{
    return m_stmt ? sqlite3_column_type(m_stmt, column) : 0;
}

double Statement::real(int column) const
{
    if (m_stmt)
        return sqlite3_column_double(m_stmt, column);
    return m_query->value(column).toDouble();
}

QString Statement::textAsQt(int column) const
{
    if (m_stmt)
        return QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(m_stmt, column)),
                       sqlite3_column_bytes16(m_stmt, column) / static_cast<int>(sizeof(QChar)));
    return m_query->value(column).toString();
}

} // namespace ardesk
