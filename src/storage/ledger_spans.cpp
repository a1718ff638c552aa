#include "ledger_spans.h"

#include "statement.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

#include <algorithm>
#include <vector>

namespace ardesk {

namespace {

// The span class of a day count, in portable SQL (no log2 on SQLite).
QString spanClassSql(const QString &days)
{
    QString sql = QStringLiteral("CASE");
    for (int c = 0; c + 1 < kSpanClassCount; ++c)
        sql += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(days).arg(qint64{2} << c).arg(c);
    return sql + QStringLiteral(" ELSE %1 END").arg(kSpanClassCount - 1);
}

// max(day column, start column), portable (SQLite's two-argument max() is not PostgreSQL's).
QString later(const QString &day, const QString &start)
{
    return QStringLiteral("(CASE WHEN %1 > %2 THEN %1 ELSE %2 END)").arg(day, start);
}

const QString kColumns = QStringLiteral(
        "kind, span_class, start_day, doc_id, customer_id, first_day, last_day, due_day, amount");

// The rows the ledger gives, as a SELECT of kColumns (the backfill and the verifier).
QString expectedSelect()
{
    const QString invoiceDay = later(QStringLiteral("a.alloc_date"), QStringLiteral("s.issue_date"));
    const QString invoices =
            QStringLiteral("SELECT 0 AS kind, s.issue_date AS start_day, s.invoice_id AS doc_id, "
                           "s.customer_id AS customer_id, MIN(%1) AS first_day, MAX(%1) AS last_day, "
                           "s.due_date AS due_day, s.amount AS amount FROM allocations a JOIN invoice_state s "
                           "ON s.invoice_id = a.invoice_id GROUP BY s.invoice_id, s.customer_id, s.issue_date, "
                           "s.due_date, s.amount")
                    .arg(invoiceDay);
    auto sources = [](int kind, const QString &table, const QString &idColumn, const QString &startColumn) {
        return QStringLiteral("SELECT %1, s.%4, s.%3, s.customer_id, s.%4, MAX(a.alloc_date), 0, s.amount "
                              "FROM allocations a JOIN %2 s ON s.%3 = a.%3 WHERE a.alloc_date > s.%4 "
                              "GROUP BY s.%3, s.customer_id, s.%4, s.amount")
                .arg(kind)
                .arg(table, idColumn, startColumn);
    };
    return QStringLiteral("SELECT x.kind, %1 AS span_class, x.start_day, x.doc_id, x.customer_id, x.first_day, "
                          "x.last_day, x.due_day, x.amount FROM (%2 UNION ALL %3 UNION ALL %4) x")
            .arg(spanClassSql(QStringLiteral("(x.last_day - x.start_day)")), invoices,
                 sources(1, QStringLiteral("payment_state"), QStringLiteral("payment_id"),
                         QStringLiteral("received_date")),
                 sources(2, QStringLiteral("credit_note_state"), QStringLiteral("credit_note_id"),
                         QStringLiteral("issue_date")));
}

// Adds allocation days [first_in, last_in] (not yet the effective ones) to documents' rows,
// taken from `params`: a FROM item `p` with first_in, last_in and doc_in, and `where` a
// condition on it (true: "1 = 1").
QString upsertSql(int kind, const QString &params, const QString &where)
{
    QString select;
    if (kind == 0) {
        select = QStringLiteral("SELECT s.issue_date AS start_day, s.invoice_id AS doc_id, s.customer_id AS customer_id, "
                                "%1 AS first_day, %2 AS last_day, s.due_date AS due_day, s.amount AS amount "
                                "FROM %3 JOIN invoice_state s ON s.invoice_id = p.doc_in WHERE %4")
                         .arg(later(QStringLiteral("p.first_in"), QStringLiteral("s.issue_date")),
                              later(QStringLiteral("p.last_in"), QStringLiteral("s.issue_date")), params, where);
    } else {
        const bool payment = kind == 1;
        const QString start = payment ? QStringLiteral("received_date") : QStringLiteral("issue_date");
        const QString id = payment ? QStringLiteral("payment_id") : QStringLiteral("credit_note_id");
        const QString table = payment ? QStringLiteral("payment_state") : QStringLiteral("credit_note_state");
        // Only an allocation dated after the start day makes (or moves) the row.
        select = QStringLiteral("SELECT s.%1 AS start_day, s.%2 AS doc_id, s.customer_id AS customer_id, "
                                "s.%1 AS first_day, p.last_in AS last_day, 0 AS due_day, s.amount AS amount "
                                "FROM %3 JOIN %4 s ON s.%2 = p.doc_in WHERE %5 AND p.last_in > s.%1")
                         .arg(start, id, params, table, where);
    }
    const QString newLast = QStringLiteral(
            "(CASE WHEN excluded.last_day > ledger_spans.last_day THEN excluded.last_day ELSE ledger_spans.last_day END)");
    return QStringLiteral("INSERT INTO ledger_spans (%1) SELECT %2, %3, x.start_day, x.doc_id, x.customer_id, "
                          "x.first_day, x.last_day, x.due_day, x.amount FROM (%4) x WHERE x.doc_id IS NOT NULL "
                          "ON CONFLICT (kind, doc_id) DO UPDATE SET "
                          "first_day = CASE WHEN excluded.first_day < ledger_spans.first_day THEN excluded.first_day "
                          "ELSE ledger_spans.first_day END, last_day = %5, span_class = %6")
            .arg(kColumns)
            .arg(kind)
            .arg(spanClassSql(QStringLiteral("(x.last_day - x.start_day)")), select, newLast,
                 spanClassSql(QStringLiteral("(%1 - ledger_spans.start_day)").arg(newLast)));
}

// One document: binds 1 the first day, 2 the last day, 3 the document.
QString upsertOneSql(int kind)
{
    return upsertSql(kind,
                     QStringLiteral("(SELECT CAST(? AS BIGINT) AS first_in, CAST(? AS BIGINT) AS last_in, "
                                    "CAST(? AS BIGINT) AS doc_in) p"),
                     QStringLiteral("1 = 1"));
}

// A bulk import's documents, from the temporary table ledger_span_batch.
QString upsertBatchSql(int kind)
{
    return upsertSql(kind,
                     QStringLiteral("(SELECT kind, first_in, last_in, doc_id AS doc_in FROM ledger_span_batch) p"),
                     QStringLiteral("p.kind = %1").arg(kind));
}

std::map<LedgerSpanKey, LedgerSpanRow> readRows(Book &book, const QString &select)
{
    std::map<LedgerSpanKey, LedgerSpanRow> rows;
    Statement q(book, select);
    while (q.next())
        rows[{static_cast<int>(q.int64(0)), q.int64(3)}] = {static_cast<int>(q.int64(1)), q.int64(2), q.int64(4),
                                                          q.int64(5),                      q.int64(6), q.int64(7),
                                                          q.int64(8)};
    return rows;
}

// "stored, the ledger gives" for one document (the verifier's message).
QString describeDifference(const LedgerSpanKey &key, const std::optional<LedgerSpanRow> &stored,
                           const std::optional<LedgerSpanRow> &expected)
{
    auto describe = [&](const std::optional<LedgerSpanRow> &row) {
        if (!row)
            return QStringLiteral("%1/%2: none").arg(key.first).arg(key.second);
        return QStringLiteral("%1/%2: class %3, %4 to %5")
                .arg(key.first)
                .arg(key.second)
                .arg(std::get<0>(*row))
                .arg(QDate::fromJulianDay(std::get<3>(*row)).toString(Qt::ISODate),
                     QDate::fromJulianDay(std::get<4>(*row)).toString(Qt::ISODate));
    };
    return QCoreApplication::translate("LedgerVerifier", "%1 stored, the ledger gives %2")
            .arg(describe(stored), describe(expected));
}

} // namespace

QStringList ledgerSpansSchema()
{
    return {
            QStringLiteral("CREATE TABLE ledger_spans (kind INTEGER NOT NULL, span_class INTEGER NOT NULL, "
                           "start_day INTEGER NOT NULL, doc_id {BIGINT} NOT NULL, customer_id {BIGINT} NOT NULL, "
                           "first_day INTEGER NOT NULL, last_day INTEGER NOT NULL, due_day INTEGER NOT NULL, "
                           "amount {BIGINT} NOT NULL, PRIMARY KEY (kind, span_class, start_day, doc_id))"
                           "{WITHOUT_ROWID}"),
            QStringLiteral("CREATE UNIQUE INDEX ledger_spans_doc ON ledger_spans (kind, doc_id)"),
            QStringLiteral("INSERT INTO ledger_spans (%1) SELECT %1 FROM (%2) e ORDER BY kind, span_class, start_day, "
                           "doc_id")
                    .arg(kColumns, expectedSelect()),
    };
}

std::map<LedgerSpanKey, LedgerSpanRow> expectedLedgerSpans(Book &book)
{
    return readRows(book, QStringLiteral("SELECT %1 FROM (%2) e").arg(kColumns, expectedSelect()));
}

std::map<LedgerSpanKey, LedgerSpanRow> storedLedgerSpans(Book &book)
{
    return readRows(book, QStringLiteral("SELECT %1 FROM ledger_spans").arg(kColumns));
}

LedgerSpanCheck checkLedgerSpans(Book &book)
{
    LedgerSpanCheck check;
    const QString expected = QStringLiteral("SELECT %1 FROM (%2) e").arg(kColumns, expectedSelect());
    const QString stored = QStringLiteral("SELECT %1 FROM ledger_spans").arg(kColumns);
    const QString differing = QStringLiteral("SELECT kind, doc_id FROM (%1 EXCEPT %2) a UNION "
                                             "SELECT kind, doc_id FROM (%2 EXCEPT %1) b")
                                      .arg(expected, stored);
    {
        Statement q(book, QStringLiteral("SELECT COUNT(*) FROM ledger_spans"));
        if (q.next())
            check.stored = q.int64(0);
    }
    std::optional<LedgerSpanKey> first;
    {
        Statement q(book, QStringLiteral("SELECT kind, doc_id FROM (%1) d ORDER BY kind, doc_id").arg(differing));
        while (q.next()) {
            if (!first)
                first = LedgerSpanKey{static_cast<int>(q.int64(0)), q.int64(1)};
            ++check.differing;
        }
    }
    if (!first)
        return check;
    auto rowOf = [&](const QString &select) -> std::optional<LedgerSpanRow> {
        const auto rows = readRows(book, QStringLiteral("SELECT %1 FROM (%2) r WHERE kind = %3 AND doc_id = %4")
                                                 .arg(kColumns, select)
                                                 .arg(first->first)
                                                 .arg(first->second));
        if (rows.empty())
            return std::nullopt;
        return rows.begin()->second;
    };
    check.first = describeDifference(*first, rowOf(stored), rowOf(expected));
    return check;
}

LedgerSpanComparer::LedgerSpanComparer(Book &book) : m_book(book) {}

LedgerSpanComparer::~LedgerSpanComparer() = default;

void LedgerSpanComparer::beginRange(int kind, qint64 low, qint64 high)
{
    m_kind = kind;
    std::unique_ptr<Statement> &q = m_ranges.at(static_cast<std::size_t>(kind));
    if (!q)
        q = std::make_unique<Statement>(
                m_book, QStringLiteral("SELECT doc_id, span_class, start_day, customer_id, first_day, last_day, "
                                       "due_day, amount FROM ledger_spans WHERE kind = %1 AND doc_id > ? "
                                       "AND doc_id <= ? ORDER BY doc_id")
                                .arg(kind));
    // Read at once (a chunk's rows): the pass runs its own statements meanwhile, and on
    // PostgreSQL a connection has one result in flight.
    q->bind(1, low);
    q->bind(2, high);
    m_rangeRows.clear();
    while (q->next())
        m_rangeRows.emplace_back(q->int64(0), LedgerSpanRow{static_cast<int>(q->int64(1)), q->int64(2), q->int64(3),
                                                            q->int64(4), q->int64(5), q->int64(6), q->int64(7)});
    m_check.stored += static_cast<qint64>(m_rangeRows.size());
    m_rangeAt = 0;
    readStored();
}

bool LedgerSpanComparer::readStored()
{
    m_hasStored = m_rangeAt < m_rangeRows.size();
    if (m_hasStored) {
        m_storedDoc = m_rangeRows[m_rangeAt].first;
        m_stored = m_rangeRows[m_rangeAt].second;
        ++m_rangeAt;
    }
    return m_hasStored;
}

void LedgerSpanComparer::expect(Id docId, qint64 startDay, Id customerId, qint64 firstDay, qint64 lastDay,
                                qint64 dueDay, MinorUnits amount)
{
    const LedgerSpanRow expected{spanClass(lastDay - startDay), startDay, customerId, firstDay, lastDay, dueDay,
                                 amount};
    while (m_hasStored && m_storedDoc < docId) {
        compare(m_storedDoc, m_stored, std::nullopt);
        readStored();
    }
    if (m_hasStored && m_storedDoc == docId) {
        if (m_stored != expected)
            compare(docId, m_stored, expected);
        readStored();
    } else {
        compare(docId, std::nullopt, expected);
    }
}

void LedgerSpanComparer::endRange()
{
    while (m_hasStored) {
        compare(m_storedDoc, m_stored, std::nullopt);
        readStored();
    }
    m_rangeRows.clear();
}

void LedgerSpanComparer::compare(Id docId, const std::optional<LedgerSpanRow> &stored,
                                 const std::optional<LedgerSpanRow> &expected)
{
    ++m_check.differing;
    const LedgerSpanKey key{m_kind, docId};
    if (m_first && *m_first <= key)
        return;
    m_first = key;
    m_firstStored = stored;
    m_firstExpected = expected;
}

LedgerSpanCheck LedgerSpanComparer::finish()
{
    // Rows of another kind are stored only (the index by document gives them in order).
    for (const char *where : {"kind < 0", "kind > 2"}) {
        Statement q(m_book, QStringLiteral("SELECT kind, doc_id, %1 FROM ledger_spans WHERE %2 ORDER BY kind, doc_id")
                                    .arg(kColumns, QLatin1String(where)));
        while (q.next()) {
            ++m_check.stored;
            m_kind = static_cast<int>(q.int64(0));
            compare(q.int64(1), LedgerSpanRow{static_cast<int>(q.int64(3)), q.int64(4), q.int64(6), q.int64(7),
                                              q.int64(8), q.int64(9), q.int64(10)},
                    std::nullopt);
        }
    }
    if (m_first)
        m_check.first = describeDifference(*m_first, m_firstStored, m_firstExpected);
    return m_check;
}

LedgerSpanWriter::LedgerSpanWriter(Book &book) : m_book(book) {}

LedgerSpanWriter::~LedgerSpanWriter() = default;

void LedgerSpanWriter::allocationPosted(const Allocation &allocation, std::optional<qint64> paymentReceivedDay)
{
    const qint64 day = allocation.date.toJulianDay();
    auto add = [&](int kind, Id docId) {
        if (!m_batch) {
            write(kind, docId, day, day);
            return;
        }
        auto [it, inserted] = m_pending.try_emplace({kind, docId}, day, day);
        if (!inserted) {
            it->second.first = std::min(it->second.first, day);
            it->second.second = std::max(it->second.second, day);
        }
    };
    add(0, allocation.invoiceId);
    if (allocation.source == AllocationSource::Payment) {
        // A payment's row spans from its received day to its last allocation after it
        // (upsertSql: p.last_in > s.received_date); one dated on or before that day adds
        // nothing (most of an import's: a payment applied on the day it was received).
        if (!paymentReceivedDay || day > *paymentReceivedDay)
            add(1, allocation.sourceId);
    }
    else if (allocation.source == AllocationSource::CreditNote)
        add(2, allocation.sourceId);
}

void LedgerSpanWriter::beginBatch()
{
    m_batch = true;
}

// The documents of a bulk import go through a temporary table, then one set-based upsert per
// kind (an upsert per document was a quarter of a payments import's instructions).
void LedgerSpanWriter::flush()
{
    m_batch = false;
    if (m_pending.empty())
        return;
    std::vector<std::pair<LedgerSpanKey, std::pair<qint64, qint64>>> pending(m_pending.begin(), m_pending.end());
    m_pending.clear();
    std::sort(pending.begin(), pending.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (pending.size() < 16) {
        for (const auto &[key, days] : pending)
            write(key.first, key.second, days.first, days.second);
        return;
    }
    m_book.exec(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS ledger_span_batch (kind INTEGER NOT NULL, "
                               "doc_id BIGINT NOT NULL, first_in BIGINT NOT NULL, last_in BIGINT NOT NULL)"));
    {
        Statement insert(m_book, QStringLiteral("INSERT INTO ledger_span_batch (kind, doc_id, first_in, last_in) "
                                                "VALUES (?, ?, ?, ?)"));
        for (const auto &[key, days] : pending) {
            insert.bind(1, qint64{key.first});
            insert.bind(2, key.second);
            insert.bind(3, days.first);
            insert.bind(4, days.second);
            insert.exec();
        }
    }
    for (int kind = 0; kind < 3; ++kind) {
        Statement upsert(m_book, upsertBatchSql(kind));
        upsert.exec();
    }
    Statement clear(m_book, QStringLiteral("DELETE FROM ledger_span_batch"));
    clear.exec();
}

void LedgerSpanWriter::write(int kind, Id docId, qint64 firstDay, qint64 lastDay)
{
    std::unique_ptr<Statement> &q = m_upserts[static_cast<std::size_t>(kind)];
    if (!q)
        q = std::make_unique<Statement>(m_book, upsertOneSql(kind));
    q->bind(1, firstDay);
    q->bind(2, lastDay);
    q->bind(3, docId);
    q->exec();
}

} // namespace ardesk
