#include "pg_copy.h"

#include "storage_error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>

#ifdef ARDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace ardesk {

std::optional<PgCopyBuffer> PgCopyBuffer::forConnection(QSqlDatabase &db)
{
#ifdef ARDESK_HAVE_LIBPQ
    if (!db.isOpen() || db.driverName() != QLatin1String("QPSQL"))
        return std::nullopt;
    const QVariant handle = db.driver()->handle();
    // Qt names the type after libpq's struct: "pg_conn*" (PGconn is its typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return std::nullopt;
    void *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        return std::nullopt;
    return PgCopyBuffer(connection);
#else
    Q_UNUSED(db);
    return std::nullopt;
#endif
}

std::optional<PgCopyTarget> PgCopyBuffer::copyTarget(const QString &insertSql)
{
    static const QRegularExpression plainInsert(
            QStringLiteral(R"(^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(([A-Za-z0-9_,\s]+)\)\s*)"
                           R"(VALUES\s*\(\s*\?(\s*,\s*\?)*\s*\)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = plainInsert.match(insertSql);
    if (!match.hasMatch())
        return std::nullopt;
    PgCopyTarget target;
    target.table = match.captured(1);
    for (const QString &column : match.captured(2).split(QLatin1Char(',')))
        target.columns << column.trimmed();
    if (insertSql.count(QLatin1Char('?')) != target.columns.size())
        return std::nullopt;
    return target;
}

namespace {

void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

void PgCopyBuffer::append(const PgCopyTarget &target, const QVariantList &values)
{
    Table *table = nullptr;
    for (Table &candidate : m_tables)
        if (candidate.name == target.table && candidate.columns == target.columns) {
            table = &candidate;
            break;
        }
    if (!table) {
        m_tables.append(Table{target.table, target.columns, {}});
        table = &m_tables.last();
    }
    QByteArray &out = table->data;
    const qsizetype before = out.size();
    for (qsizetype i = 0; i < target.columns.size(); ++i) {
        if (i > 0)
            out += '\t';
        const QVariant value = i < values.size() ? values.at(i) : QVariant();
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            out += "\\N";
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            out += QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Bool:
            out += value.toBool() ? "t" : "f";
            break;
        case QMetaType::QByteArray:
            out += "\\\\x"; // bytea's hex input, its backslash escaped for COPY
            out += value.toByteArray().toHex();
            break;
        default:
            appendText(out, value.toString());
        }
    }
    out += '\n';
    ++m_pendingRows;
    m_pendingBytes += out.size() - before;
}

bool PgCopyBuffer::mustFlushBefore(const QString &sql) const
{
    if (m_pendingRows == 0)
        return false;
    static const QRegularExpression update(QStringLiteral(R"(^\s*UPDATE\s)"), QRegularExpression::CaseInsensitiveOption);
    if (!update.match(sql).hasMatch())
        return true;
    for (const Table &table : m_tables) {
        if (table.data.isEmpty())
            continue;
        const QRegularExpression named(QStringLiteral("\\b%1\\b").arg(table.name), QRegularExpression::CaseInsensitiveOption);
        if (named.match(sql).hasMatch())
            return true;
    }
    return false;
}

void PgCopyBuffer::flush()
{
    if (m_pendingRows == 0)
        return;
#ifdef ARDESK_HAVE_LIBPQ
    auto *connection = static_cast<PGconn *>(m_connection);
    auto fail = [&](const QString &table, const char *what) {
        const QString message = QCoreApplication::translate("PgCopyBuffer", "COPY into %1 failed (%2): %3")
                                        .arg(table, QLatin1String(what),
                                             QString::fromUtf8(PQerrorMessage(connection)).trimmed());
        discard();
        throw StorageError(message);
    };
    for (Table &table : sendingOrder()) {
        if (table.data.isEmpty())
            continue;
        const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table.name, table.columns.join(u", ")).toUtf8();
        PGresult *started = PQexec(connection, sql.constData());
        const bool copyIn = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copyIn)
            fail(table.name, "start");
        constexpr qsizetype chunk = 1024 * 1024;
        for (qsizetype offset = 0; offset < table.data.size(); offset += chunk) {
            const int length = static_cast<int>(std::min(chunk, table.data.size() - offset));
            if (PQputCopyData(connection, table.data.constData() + offset, length) != 1) {
                PQputCopyEnd(connection, "ardesk: send failed");
                while (PGresult *rest = PQgetResult(connection))
                    PQclear(rest);
                fail(table.name, "send");
            }
        }
        if (PQputCopyEnd(connection, nullptr) != 1)
            fail(table.name, "end");
        bool ok = true;
        while (PGresult *result = PQgetResult(connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK)
                ok = false;
            PQclear(result);
        }
        if (!ok)
            fail(table.name, "rows");
        table.data.clear();
    }
    m_rowsCopied += m_pendingRows;
    m_pendingRows = 0;
    m_pendingBytes = 0;
#endif
}

QList<std::reference_wrapper<PgCopyBuffer::Table>> PgCopyBuffer::sendingOrder()
{
    QList<std::reference_wrapper<Table>> pending;
    for (Table &table : m_tables)
        if (!table.data.isEmpty())
            pending.append(table);
    if (pending.size() < 2)
        return pending;
#ifdef ARDESK_HAVE_LIBPQ
    if (!m_parentsRead) {
        // The book's foreign keys, child table -> parent table (each table named once per key).
        auto *connection = static_cast<PGconn *>(m_connection);
        PGresult *result = PQexec(connection,
                                  "SELECT lower(ch.relname), lower(pa.relname) FROM pg_constraint c "
                                  "JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid "
                                  "WHERE c.contype = 'f' AND pg_table_is_visible(c.conrelid)");
        const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
        if (ok)
            for (int row = 0; row < PQntuples(result); ++row)
                m_parents[QString::fromUtf8(PQgetvalue(result, row, 0))].append(
                    QString::fromUtf8(PQgetvalue(result, row, 1)));
        PQclear(result);
        if (!ok) {
            const QString message = QCoreApplication::translate("PgCopyBuffer", "COPY into %1 failed (%2): %3")
                                        .arg(pending.first().get().name, QLatin1String("keys"),
                                             QString::fromUtf8(PQerrorMessage(connection)).trimmed());
            discard();
            throw StorageError(message);
        }
        m_parentsRead = true;
    }
#endif
    // Parents before children: each round takes the first pending table (in order of first
    // use) none of whose parents is still waiting. A table may refer to itself (a reversing
    // allocation to the allocation it reverses): the rows of one COPY are checked at its end.
    QList<std::reference_wrapper<Table>> ordered;
    while (!pending.isEmpty()) {
        qsizetype pick = 0; // a cycle (none in the schema): the first, as before
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const QStringList parents = m_parents.value(pending.at(i).get().name.toLower());
            bool waits = false;
            for (qsizetype j = 0; j < pending.size() && !waits; ++j)
                waits = j != i && parents.contains(pending.at(j).get().name.toLower());
            if (!waits) {
                pick = i;
                break;
            }
        }
        ordered.append(pending.takeAt(pick));
    }
    return ordered;
}

void PgCopyBuffer::discard()
{
    for (Table &table : m_tables)
        table.data.clear();
    m_pendingRows = 0;
    m_pendingBytes = 0;
}

} // namespace ardesk
