#include "sqlite_bulk.h"

#include "storage_error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace ardesk {

namespace {
std::atomic<quint64> g_bufferSerial{0};
std::atomic<quint64> g_droppedGeneration{0};

quint64 tableBit(std::size_t index)
{
    return quint64{1} << std::min<std::size_t>(index, 63);
}
} // namespace

std::optional<SqliteInsertTarget> SqliteBulkBuffer::insertTarget(const QString &sql)
{
    static const QRegularExpression insert(
            QStringLiteral(R"(^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(([A-Za-z0-9_,\s]+)\)\s*)"
                           R"(VALUES\s*\(\s*\?(?:\s*,\s*\?)*\s*\)\s*(ON\s+CONFLICT\b.*)?$)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = insert.match(sql);
    if (!match.hasMatch())
        return std::nullopt;
    SqliteInsertTarget target;
    target.table = match.captured(1);
    for (const QString &column : match.captured(2).split(QLatin1Char(',')))
        target.columns << column.trimmed();
    target.onConflict = match.captured(3).trimmed();
    if (sql.count(QLatin1Char('?')) != target.columns.size())
        return std::nullopt;
    return target;
}

SqliteBulkBuffer::SqliteBulkBuffer(sqlite3 *db) : m_db(db), m_serial(++g_bufferSerial) {}

SqliteBulkBuffer::~SqliteBulkBuffer()
{
    for (const auto &table : m_tables)
        if (table->chunk)
            sqlite3_finalize(table->chunk);
}

void SqliteBulkBuffer::append(const SqliteInsertTarget &target, const QString &singleRowSql, const std::vector<Value> &row,
                              const QByteArray &bytes)
{
    Table *table = m_last && m_last->name == target.table ? m_last : nullptr;
    if (!table) {
        for (const auto &candidate : m_tables)
            if (candidate->name == target.table) {
                table = candidate.get();
                break;
            }
    }
    std::size_t index = 0;
    while (index < m_tables.size() && m_tables[index].get() != table)
        ++index;
    if (table && (table->columns != target.columns || table->onConflict != target.onConflict)) {
        // Another statement for the same table: what is pending goes first, in order.
        flush();
        if (table->chunk) {
            sqlite3_finalize(table->chunk);
            table->chunk = nullptr;
        }
        table->columns = target.columns;
        table->onConflict = target.onConflict;
        table->singleRowSql = singleRowSql;
    }
    if (!table) {
        auto added = std::make_unique<Table>();
        added->name = target.table;
        added->nameLower = target.table.toLower();
        added->columns = target.columns;
        added->onConflict = target.onConflict;
        added->singleRowSql = singleRowSql;
        table = added.get();
        m_tables.push_back(std::move(added));
    }
    m_last = table;
    const qint32 base = static_cast<qint32>(table->bytes.size());
    table->bytes.append(bytes);
    for (Value value : row) {
        if (value.type == Value::Text || value.type == Value::Blob)
            value.offset += base;
        table->values.push_back(value);
    }
    m_pendingMask |= tableBit(index);
    ++m_pendingRows;
    m_pendingBytes += bytes.size() + static_cast<qsizetype>(row.size() * sizeof(Value));
    if (m_pendingRows >= kFlushRows || m_pendingBytes >= kFlushBytes)
        flush();
}

bool SqliteBulkBuffer::mustFlushBefore(QStringView sqlLower, quint64 &named, quint64 &known) const
{
    if (m_pendingRows == 0)
        return false;
    if ((m_pendingMask & known) == m_pendingMask)
        return (m_pendingMask & named) != 0;
    bool result = false;
    for (std::size_t i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i]->values.empty())
            continue;
        if (names(sqlLower, m_tables[i]->nameLower)) {
            result = true;
            if (i < 63)
                named |= tableBit(i);
        }
        if (i < 63) // the shared last bit is never cached as known
            known |= tableBit(i);
    }
    return result;
}

bool SqliteBulkBuffer::names(QStringView sqlLower, QStringView name)
{
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    for (qsizetype at = sqlLower.indexOf(name); at >= 0; at = sqlLower.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if ((at == 0 || !isWordChar(sqlLower[at - 1])) && (end >= sqlLower.size() || !isWordChar(sqlLower[end])))
            return true;
    }
    return false;
}

void SqliteBulkBuffer::fail(const Table &table, sqlite3_stmt *statement, bool finalize)
{
    const QString message = QCoreApplication::translate("Statement", "%1 failed: %2 [%3]")
                                    .arg(QLatin1String("step"), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                         table.singleRowSql);
    if (statement) {
        if (finalize)
            sqlite3_finalize(statement);
        else {
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
        }
    }
    discard();
    throw StorageError(message);
}

sqlite3_stmt *SqliteBulkBuffer::prepareRows(const Table &table, int rows)
{
    QString marks = QStringLiteral("(?");
    for (qsizetype i = 1; i < table.columns.size(); ++i)
        marks += QStringLiteral(", ?");
    marks += u')';
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table.name, table.columns.join(u", "));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += marks;
    }
    if (!table.onConflict.isEmpty())
        sql += u' ' + table.onConflict;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                           rows == kRowsPerStatement ? SQLITE_PREPARE_PERSISTENT : 0, &statement, nullptr) != SQLITE_OK)
        fail(table, statement, true);
    return statement;
}

void SqliteBulkBuffer::flushTable(Table &table)
{
    const auto columns = static_cast<std::size_t>(table.columns.size());
    if (columns == 0 || table.values.empty())
        return;
    if (!m_deferred.empty())
        dropDeferred(table.nameLower);
    const std::size_t rows = table.values.size() / columns;
    const char *bytes = table.bytes.constData();
    std::size_t row = 0;
    while (row < rows) {
        const std::size_t left = rows - row;
        const bool full = left >= static_cast<std::size_t>(kRowsPerStatement);
        const int count = full ? kRowsPerStatement : static_cast<int>(left);
        sqlite3_stmt *statement = nullptr;
        if (full) {
            if (!table.chunk)
                table.chunk = prepareRows(table, kRowsPerStatement);
            statement = table.chunk;
        } else {
            statement = prepareRows(table, count);
        }
        const Value *value = table.values.data() + row * columns;
        const int parameters = count * static_cast<int>(columns);
        for (int p = 1; p <= parameters; ++p, ++value) {
            int code = SQLITE_OK;
            switch (value->type) {
            case Value::Null:
                code = sqlite3_bind_null(statement, p);
                break;
            case Value::Integer:
                code = sqlite3_bind_int64(statement, p, value->number);
                break;
            case Value::Text:
                code = sqlite3_bind_text(statement, p, bytes + value->offset, value->size, SQLITE_STATIC);
                break;
            case Value::Blob:
                code = sqlite3_bind_blob(statement, p, bytes + value->offset, value->size, SQLITE_STATIC);
                break;
            }
            if (code != SQLITE_OK)
                fail(table, statement, !full);
        }
        const int code = sqlite3_step(statement);
        if (code != SQLITE_DONE)
            fail(table, statement, !full);
        if (full)
            sqlite3_reset(statement); // every parameter is bound again before the next step
        else
            sqlite3_finalize(statement);
        row += static_cast<std::size_t>(count);
    }
    m_rowsWritten += static_cast<qint64>(rows);
    table.values.clear();
    table.bytes.resize(0);
}

void SqliteBulkBuffer::flush()
{
    if (m_pendingRows == 0)
        return;
    for (const auto &table : m_tables)
        flushTable(*table);
    m_pendingRows = 0;
    m_pendingBytes = 0;
    m_pendingMask = 0;
}

namespace {
// Runs one statement of SQL on db; the message of a failure, or an empty string.
QString run(sqlite3 *db, const QByteArray &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK)
        return {};
    const QString message = QCoreApplication::translate("Statement", "%1 failed: %2 [%3]")
                                    .arg(QLatin1String("step"), QString::fromUtf8(error ? error : sqlite3_errmsg(db)),
                                         QString::fromUtf8(sql));
    sqlite3_free(error);
    return message;
}

QByteArray quoted(const QByteArray &name)
{
    QByteArray result = name;
    result.replace('"', "\"\"");
    return '"' + result + '"';
}
} // namespace

void SqliteBulkBuffer::deferIndexes(const QString &table, qint64 rowsComing)
{
    for (const Deferred &deferred : m_deferred)
        if (deferred.table == table)
            return;
    Deferred deferred;
    deferred.table = table;
    deferred.tableLower = table.toLower();
    deferred.rowsComing = rowsComing;
    m_deferred.push_back(std::move(deferred));
}

void SqliteBulkBuffer::dropDeferred(const QString &tableLower)
{
    Deferred *deferred = nullptr;
    for (Deferred &candidate : m_deferred)
        if (candidate.state == Deferred::Requested && candidate.tableLower == tableLower)
            deferred = &candidate;
    if (!deferred)
        return;
    // DROP INDEX is refused while a statement is half-way through its rows: try again at
    // the table's next write.
    for (sqlite3_stmt *s = sqlite3_next_stmt(m_db, nullptr); s; s = sqlite3_next_stmt(m_db, s))
        if (sqlite3_stmt_busy(s))
            return;
    deferred->state = Deferred::Kept;
    const QByteArray table = deferred->table.toUtf8();
    sqlite3_stmt *q = nullptr;
    qint64 rowsHeld = 0;
    if (sqlite3_prepare_v2(m_db, ("SELECT COALESCE(MAX(rowid), 0) FROM " + quoted(table)).constData(), -1, &q, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(q); // no rowid (WITHOUT ROWID) or no such table: the indexes stay
        return;
    }
    if (sqlite3_step(q) == SQLITE_ROW)
        rowsHeld = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    if (deferred->rowsComing <= rowsHeld)
        return;
    // The secondary indexes in the order they were made; not UNIQUE ones (they refuse a
    // row at its INSERT), not the constraints' own (sql IS NULL).
    q = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
                           "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid",
                           -1, &q, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(q);
        return;
    }
    sqlite3_bind_text(q, 1, table.constData(), static_cast<int>(table.size()), SQLITE_STATIC);
    std::vector<std::pair<QByteArray, QByteArray>> indexes;
    while (sqlite3_step(q) == SQLITE_ROW)
        indexes.emplace_back(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))),
                             QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 1))));
    sqlite3_finalize(q);
    if (indexes.empty())
        return;
    deferred->state = Deferred::Dropped;
    for (const auto &[name, sql] : indexes) {
        const QString failure = run(m_db, "DROP INDEX " + quoted(name));
        if (!failure.isEmpty()) {
            restore(*deferred); // what was dropped comes back; the rest was never dropped
            if (deferred->state != Deferred::Restored)
                throw StorageError(failure);
            deferred->state = Deferred::Kept;
            return;
        }
        deferred->indexes.emplace_back(name, sql);
    }
    m_droppedGeneration = ++g_droppedGeneration;
}

void SqliteBulkBuffer::restore(Deferred &deferred)
{
    if (deferred.state != Deferred::Dropped)
        return;
    for (const auto &index : deferred.indexes) {
        const QString failure = run(m_db, index.second);
        if (!failure.isEmpty()) {
            discard();
            throw StorageError(failure);
        }
    }
    deferred.state = Deferred::Restored;
    bool anyDropped = false;
    for (const Deferred &other : m_deferred)
        anyDropped = anyDropped || other.state == Deferred::Dropped;
    if (!anyDropped)
        m_droppedGeneration = 0;
}

void SqliteBulkBuffer::restoreIndexesNamedIn(QStringView sqlLower)
{
    for (Deferred &deferred : m_deferred)
        if (deferred.state == Deferred::Dropped && names(sqlLower, deferred.tableLower))
            restore(deferred);
}

void SqliteBulkBuffer::restoreIndexes()
{
    for (Deferred &deferred : m_deferred)
        restore(deferred);
}

SqliteBulkBuffer::IndexList SqliteBulkBuffer::dropIndexesMentioning(const QString &table, const QString &column)
{
    IndexList indexes;
    for (sqlite3_stmt *s = sqlite3_next_stmt(m_db, nullptr); s; s = sqlite3_next_stmt(m_db, s))
        if (sqlite3_stmt_busy(s))
            return indexes;
    const QByteArray name = table.toUtf8();
    const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(column)),
                                  QRegularExpression::CaseInsensitiveOption);
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
                           "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid",
                           -1, &q, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(q);
        return indexes;
    }
    sqlite3_bind_text(q, 1, name.constData(), static_cast<int>(name.size()), SQLITE_STATIC);
    while (sqlite3_step(q) == SQLITE_ROW) {
        QByteArray sql(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
        if (QString::fromUtf8(sql).contains(word))
            indexes.emplace_back(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))), std::move(sql));
    }
    sqlite3_finalize(q);
    for (std::size_t i = 0; i < indexes.size(); ++i) {
        const QString failure = run(m_db, "DROP INDEX " + quoted(indexes[i].first));
        if (!failure.isEmpty()) {
            indexes.resize(i);
            makeIndexes(indexes); // what was dropped comes back
            discard();
            throw StorageError(failure);
        }
    }
    return indexes;
}

void SqliteBulkBuffer::makeIndexes(const IndexList &indexes)
{
    for (const auto &index : indexes) {
        const QString failure = run(m_db, index.second);
        if (!failure.isEmpty()) {
            discard();
            throw StorageError(failure);
        }
    }
}

QStringList SqliteBulkBuffer::deferredTables() const
{
    QStringList tables;
    for (const Deferred &deferred : m_deferred)
        if (deferred.state == Deferred::Dropped || deferred.state == Deferred::Restored)
            tables << deferred.table;
    return tables;
}

void SqliteBulkBuffer::discard()
{
    for (const auto &table : m_tables) {
        table->values.clear();
        table->bytes.resize(0);
    }
    m_pendingRows = 0;
    m_pendingBytes = 0;
    m_pendingMask = 0;
}

} // namespace ardesk
