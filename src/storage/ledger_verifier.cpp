#include "ledger_verifier.h"

#include "promise_outcomes.h"
#include "customer_figures.h"

#include "ar_movements.h"
#include "ledger_spans.h"
#include "hash_chain.h"
#include "kpi_movements.h"
#include "posted_writer.h"
#include "schema.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace ardesk {

namespace {

constexpr qint64 kBelowAll = std::numeric_limits<qint64>::min();
constexpr qint64 kAboveAll = std::numeric_limits<qint64>::max();
constexpr int kTickRows = 4096;

// Sums wrap instead of overflowing (no undefined behaviour on a tampered book; a sound
// book's sums are far from the limits).
inline qint64 plus(qint64 a, qint64 b)
{
    return static_cast<qint64>(static_cast<quint64>(a) + static_cast<quint64>(b));
}
inline qint64 times(qint64 a, qint64 b)
{
    return static_cast<qint64>(static_cast<quint64>(a) * static_cast<quint64>(b));
}

QString isoDay(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

// The problems one check finds: how many, and the first in that check's order (the
// smallest key; among equal keys the one met first).
template <typename Key>
struct Problems final {
    qint64 count = 0;
    bool any = false;
    Key key{};
    QString table;
    qint64 id = 0;
    QString what;

    template <typename Less, typename Describe>
    void add(const Key &k, Less less, const QString &where, qint64 rowId, Describe describe)
    {
        ++count;
        if (any && !less(k, key))
            return;
        any = true;
        key = k;
        table = where;
        id = rowId;
        what = describe();
    }
    // Checks that meet their problems in their own order.
    template <typename Describe>
    void add(const QString &where, qint64 rowId, Describe describe)
    {
        ++count;
        if (any)
            return;
        any = true;
        table = where;
        id = rowId;
        what = describe();
    }
    void into(VerifyReport &report) const
    {
        if (count == 0)
            return;
        report.problems += count;
        if (report.ok) {
            report.ok = false;
            report.firstProblemTable = table;
            report.firstProblemId = id;
            report.firstProblem = what;
        }
    }
};
using Ordered = Problems<int>; // problems met in the check's own order

// Currencies and group keys as small numbers; compared as the QStrings they are.
class Names final {
public:
    int id(QByteArrayView utf8)
    {
        const QByteArray probe = QByteArray::fromRawData(utf8.data(), utf8.size());
        if (const auto found = m_ids.constFind(probe); found != m_ids.constEnd())
            return *found;
        const int id = static_cast<int>(m_names.size());
        m_ids.insert(QByteArray(utf8.data(), utf8.size()), id);
        m_names.push_back(QString::fromUtf8(utf8));
        return id;
    }
    const QString &name(int id) const { return m_names[static_cast<std::size_t>(id)]; }
    // -1, 0, 1 as QString's operator< orders the two names.
    int compare(int a, int b) const
    {
        if (a == b)
            return 0;
        return name(a) < name(b) ? -1 : (name(b) < name(a) ? 1 : 0);
    }

private:
    QHash<QByteArray, int> m_ids;
    std::vector<QString> m_names;
};

inline std::size_t mix(std::size_t h, quint64 part)
{
    return (h ^ static_cast<std::size_t>(part)) * 0x9E3779B97F4A7C15ull + (h >> 29);
}

// (kind, currency, due_day, move_day) of ar_movements.
struct ArKey final {
    int kind = 0;
    int currency = 0;
    qint64 due = 0;
    qint64 day = 0;
    friend bool operator==(const ArKey &, const ArKey &) = default;
};
struct ArKeyHash final {
    std::size_t operator()(const ArKey &k) const noexcept
    {
        return mix(mix(mix(k.kind * 65536u + k.currency, quint64(k.due)), quint64(k.day)), 1);
    }
};
// (kind, currency, day, until_day) of kpi_movements.
struct KpiKey final {
    int kind = 0;
    int currency = 0;
    qint64 day = 0;
    qint64 until = 0;
    friend bool operator==(const KpiKey &, const KpiKey &) = default;
};
struct KpiKeyHash final {
    std::size_t operator()(const KpiKey &k) const noexcept
    {
        return mix(mix(mix(k.kind * 65536u + k.currency, quint64(k.day)), quint64(k.until)), 2);
    }
};
// (dimension, kind, currency, group_key, day, until_day) of kpi_group_movements.
struct GroupKey final {
    int dimension = 0;
    int kind = 0;
    int currency = 0;
    int group = 0;
    qint64 day = 0;
    qint64 until = 0;
    friend bool operator==(const GroupKey &, const GroupKey &) = default;
};
struct GroupKeyHash final {
    std::size_t operator()(const GroupKey &k) const noexcept
    {
        return mix(mix(mix(mix(quint64(k.dimension) * 16 + quint64(k.kind), quint64(k.currency) << 32 | quint64(k.group)),
                           quint64(k.day)),
                       quint64(k.until)),
                   3);
    }
};

template <typename Sum>
struct Entry final {
    Sum sum{};
    bool seen = false; // a stored row had this key
};

class Progress final {
public:
    Progress(const std::function<bool(int, int)> &callback, int phases) : m_callback(callback), m_phases(phases) {}
    // Within the current phase, `done` of `total`; false: stop.
    bool at(qint64 done, qint64 total)
    {
        if (m_stopped)
            return false;
        if (!m_callback)
            return true;
        const double part = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
        if (!m_callback(m_phase * 1000 + static_cast<int>(part * 999), m_phases * 1000))
            m_stopped = true;
        return !m_stopped;
    }
    bool phaseDone()
    {
        ++m_phase;
        if (m_stopped)
            return false;
        if (m_callback && !m_callback(m_phase * 1000, m_phases * 1000))
            m_stopped = true;
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    const std::function<bool(int, int)> &m_callback;
    int m_phases = 1;
    int m_phase = 0;
    bool m_stopped = false;
};

// Everything one run keeps: the aggregates the ledger gives, summed while the ledger is read.
struct Run final {
    explicit Run(Book &b, int chunkRows, const std::function<bool(int, int)> &callback, int phases)
        : book(b), chunk(chunkRows), progress(callback, phases), spans(b)
    {
    }
    Book &book;
    int chunk;
    Progress progress;
    LedgerSpanComparer spans; // ledger_spans against the documents' allocations, read in the passes
    Names names; // currencies and group keys
    QHash<qint64, std::array<int, 3>> filed; // kpi_customer_groups: customer -> collector, segment, risk class
    std::set<qint64> unfiled;                // customers with invoice state but no line there
    std::unordered_map<ArKey, Entry<qint64>, ArKeyHash> ar;
    std::unordered_map<KpiKey, Entry<KpiMovementSums>, KpiKeyHash> kpi;
    std::unordered_map<GroupKey, Entry<KpiMovementSums>, GroupKeyHash> groups;

    qint64 maxId(const QString &table, const QString &column = QStringLiteral("id"))
    {
        QSqlQuery q = book.exec(QStringLiteral("SELECT MAX(%1) FROM %2").arg(column, table));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    void addAr(int kind, int currency, qint64 due, qint64 day, qint64 amount)
    {
        qint64 &sum = ar[{kind, currency, due, day}].sum;
        sum = plus(sum, amount);
    }
    // One ledger row's KPI contribution, to kpi_movements (kinds 0-4) and per group.
    void addKpi(const std::array<int, 3> *filedGroups, KpiMovementKind kind, int currency, qint64 day, qint64 until,
                qint64 amount, qint64 amountDays)
    {
        const int k = static_cast<int>(kind);
        auto add = [&](KpiMovementSums &sums) {
            sums.amount = plus(sums.amount, amount);
            sums.amountDays = plus(sums.amountDays, amountDays);
            ++sums.entries;
        };
        if (kind != KpiMovementKind::InvoiceByDue && kind != KpiMovementKind::AppliedByDue)
            add(kpi[{k, currency, day, until}].sum);
        if (filedGroups)
            for (int dimension = kKpiGroupingCollector; dimension <= kKpiGroupingRiskClass; ++dimension)
                add(groups[{dimension, k, currency, (*filedGroups)[dimension - 1], day, until}].sum);
    }
};

} // namespace

namespace {

// ---- hash chains --------------------------------------------------------------------

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, end - digits);
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// The value as Qt's SQLite driver gives it (QSQLiteResult): for the encodings that go
// through QVariant (hash_chain.cpp), exactly as before.
QVariant qtValue(const Statement &q, int column)
{
    switch (q.nativeType(column)) {
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_INTEGER:
        return QVariant::fromValue<qint64>(q.int64(column));
    case SQLITE_FLOAT:
        return QVariant(q.real(column));
    case SQLITE_BLOB:
        return QVariant(q.blob(column));
    default:
        return QVariant(q.textAsQt(column));
    }
}

void verifyChain(Run &run, Ordered &problems, const QString &table, qint64 &rowCount)
{
    const QStringList &columns = PostedWriter::postedColumns(table);
    const int hashColumn = static_cast<int>(columns.size());
    const QString sql = QStringLiteral("SELECT %1, hash FROM %2 ORDER BY id").arg(columns.join(u", "), table);
    const qint64 lastId = run.maxId(table);
    QByteArray previous;
    qint64 expectedId = 0;
    auto check = [&](qint64 id, const QByteArray &encoding, const QByteArray &stored) {
        if (expectedId != 0 && id != expectedId)
            problems.add(table, id, [&] {
                return QCoreApplication::translate("LedgerVerifier", "%1: row %2 follows row %3: a row is missing")
                    .arg(table)
                    .arg(id)
                    .arg(expectedId - 1);
            });
        expectedId = id + 1;
        if (chainHash(previous, encoding) != stored)
            problems.add(table, id, [&] {
                return QCoreApplication::translate(
                           "LedgerVerifier",
                           "%1 row %2 does not match its hash: it was changed after posting, or a row before it was")
                    .arg(table)
                    .arg(id);
            });
        previous = stored;
        ++rowCount;
        return rowCount % kTickRows != 0 || run.progress.at(id, lastId);
    };
    Statement q(run.book, sql);
    if (!q.native()) {
        QSqlQuery rows = run.book.exec(sql);
        while (rows.next()) {
            QVariantList values;
            values.reserve(hashColumn);
            for (int i = 0; i < hashColumn; ++i)
                values << rows.value(i);
            if (!check(values.first().toLongLong(), canonicalEncoding(table, values),
                       rows.value(hashColumn).toByteArray()))
                return;
        }
        return;
    }
    // The sqlite3 C API: the same bytes as canonicalEncoding() of the values Qt's driver
    // would give (integers, ASCII text and blobs directly; anything else through QVariant).
    const QByteArray tableName = table.toUtf8();
    QByteArray encoding;
    QByteArray stored;
    while (q.next()) {
        encoding.resize(0);
        encoding.append(tableName);
        for (int i = 0; i < hashColumn; ++i) {
            encoding.append('\x1f');
            switch (q.nativeType(i)) {
            case SQLITE_NULL:
                encoding.append("\\N");
                break;
            case SQLITE_INTEGER:
                appendNumber(encoding, q.int64(i));
                break;
            case SQLITE_BLOB:
                encoding.append(q.blob(i).toHex());
                break;
            case SQLITE_TEXT:
                if (const QByteArrayView text = q.utf8(i); isAscii(text)) {
                    encoding.append(text);
                    break;
                }
                [[fallthrough]];
            default:
                encoding.append(qtValue(q, i).toString().toUtf8());
            }
        }
        if (q.nativeType(hashColumn) == SQLITE_BLOB)
            stored = q.blob(hashColumn);
        else
            stored = qtValue(q, hashColumn).toByteArray();
        const qint64 id = q.nativeType(0) == SQLITE_INTEGER ? q.int64(0) : qtValue(q, 0).toLongLong();
        if (!check(id, encoding, stored)) {
            q.reset();
            return;
        }
    }
}

// ---- invoices: state, dated history, open amounts; their aggregate rows -----------------

struct InvoiceProblems final {
    Ordered state;   // state rows (by invoice id)
    Ordered history; // open amount out of range on a day (by invoice, day)
    Ordered open;    // open amount against the history (by invoice id)
};

struct StateRow final {
    qint64 id = 0;
    qint64 amount = 0;
    qint64 open = 0;
    qint64 customer = 0;
    int currency = 0;
    qint64 issue = 0;
    qint64 due = 0;
    const std::array<int, 3> *filed = nullptr;
};

void verifyInvoices(Run &run, InvoiceProblems &problems)
{
    const QString invoiceState = QStringLiteral("invoice_state");
    const QString invoicesTable = QStringLiteral("invoices");
    Statement invoices(run.book, QStringLiteral("SELECT id, amount FROM invoices WHERE id > ? ORDER BY id LIMIT ?"));
    Statement states(run.book,
                     QStringLiteral("SELECT invoice_id, amount, open_amount, customer_id, currency, issue_date, due_date "
                                    "FROM invoice_state WHERE invoice_id > ? AND invoice_id <= ? ORDER BY invoice_id"));
    Statement parts(run.book, QStringLiteral("SELECT invoice_id, due_date, amount FROM invoice_installments "
                                             "WHERE invoice_id > ? AND invoice_id <= ? ORDER BY invoice_id, seq"));
    // Each allocation with what its KPI rows need: the day of the allocation it reverses
    // and the received day of its payment (the aggregates' SQL joins the same rows).
    Statement allocations(
        run.book, QStringLiteral("SELECT a.invoice_id, a.alloc_date, a.amount, a.write_off_id, a.reverses_id, "
                                 "o.alloc_date, p.payment_id, p.received_date FROM allocations a "
                                 "LEFT JOIN allocations o ON o.id = a.reverses_id "
                                 "LEFT JOIN payment_state p ON p.payment_id = a.payment_id "
                                 "WHERE a.invoice_id > ? AND a.invoice_id <= ? "
                                 "ORDER BY a.invoice_id, a.alloc_date, a.id"));
    const qint64 lastId = run.maxId(invoicesTable);
    std::vector<std::pair<qint64, qint64>> chunk; // invoice id, amount
    std::vector<qint64> applied;                  // per invoice of the chunk: the history's total
    std::vector<StateRow> stateRows;
    struct Parts {
        std::vector<std::pair<qint64, qint64>> parts; // due day, amount
        std::map<qint64, qint64> applied;             // per effective day
    };
    std::unordered_map<qint64, Parts> withParts;
    qint64 low = kBelowAll;
    for (;;) {
        chunk.clear();
        invoices.bind(1, low);
        invoices.bind(2, run.chunk);
        while (invoices.next())
            chunk.emplace_back(invoices.int64(0), invoices.int64(1));
        // The last chunk takes every row above the last invoice too.
        const qint64 high = static_cast<int>(chunk.size()) < run.chunk ? kAboveAll : chunk.back().first;
        applied.assign(chunk.size(), 0);

        // Parts (joined with the state rows below, as the aggregate's SQL does).
        withParts.clear();
        parts.bind(1, low);
        parts.bind(2, high);
        while (parts.next())
            withParts[parts.int64(0)].parts.emplace_back(parts.int64(1), parts.int64(2));

        // State rows: each names an invoice with the same amount.
        stateRows.clear();
        states.bind(1, low);
        states.bind(2, high);
        std::size_t at = 0;
        while (states.next()) {
            StateRow s{states.int64(0), states.int64(1), states.int64(2), states.int64(3), run.names.id(states.utf8(4)),
                       states.int64(5), states.int64(6), nullptr};
            if (const auto found = run.filed.constFind(s.customer); found != run.filed.constEnd())
                s.filed = &*found;
            else
                run.unfiled.insert(s.customer);
            while (at < chunk.size() && chunk[at].first < s.id)
                ++at;
            if (at == chunk.size() || chunk[at].first != s.id)
                problems.state.add(invoiceState, s.id, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "state for a missing invoice %1").arg(s.id);
                });
            else if (chunk[at].second != s.amount)
                problems.state.add(invoiceState, s.id, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "invoice %1: state amount differs").arg(s.id);
                });
            stateRows.push_back(s);
        }

        // The dated history, invoice by invoice: 0 <= applied <= amount at the end of every day.
        allocations.bind(1, low);
        allocations.bind(2, high);
        qint64 current = 0;
        bool any = false;
        qint64 amount = 0;      // of the current invoice (0: no such invoice)
        std::size_t index = 0;  // the current invoice's place in the chunk, or chunk.size()
        const StateRow *state = nullptr;
        Parts *split = nullptr;
        qint64 total = 0;
        qint64 day = 0;
        bool dayOpen = false;
        std::size_t invoiceAt = 0;
        std::size_t stateAt = 0;
        qint64 firstDate = 0; // the current invoice's first allocation day (the rows are by day)
        run.spans.beginRange(0, low, high);
        auto checkDay = [&] {
            if (total < 0 || total > amount)
                problems.history.add(invoicesTable, current, [&] {
                    return QCoreApplication::translate(
                               "LedgerVerifier", "invoice %1: open amount out of range (applied %2 of %3) as of day %4")
                        .arg(current)
                        .arg(total)
                        .arg(amount)
                        .arg(isoDay(day));
                });
        };
        auto endInvoice = [&] {
            if (!any)
                return;
            if (dayOpen)
                checkDay();
            if (index < chunk.size())
                applied[index] = total;
            // ledger_spans (kind 0): an invoice with state and allocation rows, on its
            // effective days max(allocation day, issue day).
            if (state)
                run.spans.expect(current, state->issue, state->customer, std::max(firstDate, state->issue),
                                 std::max(day, state->issue), state->due, state->amount);
        };
        while (allocations.next()) {
            const qint64 invoiceId = allocations.int64(0);
            const qint64 date = allocations.int64(1);
            const qint64 allocated = allocations.int64(2);
            if (!any || invoiceId != current) {
                endInvoice();
                any = true;
                current = invoiceId;
                firstDate = date;
                total = 0;
                dayOpen = false;
                while (invoiceAt < chunk.size() && chunk[invoiceAt].first < invoiceId)
                    ++invoiceAt;
                index = invoiceAt < chunk.size() && chunk[invoiceAt].first == invoiceId ? invoiceAt : chunk.size();
                amount = index < chunk.size() ? chunk[index].second : 0;
                while (stateAt < stateRows.size() && stateRows[stateAt].id < invoiceId)
                    ++stateAt;
                state = stateAt < stateRows.size() && stateRows[stateAt].id == invoiceId ? &stateRows[stateAt] : nullptr;
                const auto found = withParts.find(invoiceId);
                split = found != withParts.end() ? &found->second : nullptr;
            } else if (dayOpen && date != day) {
                checkDay();
            }
            day = date;
            dayOpen = true;
            total = plus(total, allocated);
            if (!state)
                continue; // the aggregates join the invoice's state row
            // ar_movements: off the open invoices on max(allocation day, issue day); an
            // invoice with parts is spread over them below.
            const qint64 effective = std::max(date, state->issue);
            if (split)
                split->applied[effective] = plus(split->applied[effective], allocated);
            else
                run.addAr(0, state->currency, state->due, effective, -allocated);
            // kpi_movements and kpi_group_movements (kpi_movements.h, kinds 1-4 and 6).
            run.addKpi(state->filed, KpiMovementKind::Applied, state->currency, date, 0, allocated, 0);
            if (!allocations.isNull(3))
                run.addKpi(state->filed, KpiMovementKind::WrittenOff, state->currency, date, 0, allocated, 0);
            if (!allocations.isNull(6)) {
                const qint64 amountDays = times(allocated, allocations.int64(7) - state->issue);
                if (allocations.isNull(4))
                    run.addKpi(state->filed, KpiMovementKind::Paid, state->currency, date, 0, allocated, amountDays);
                else if (!allocations.isNull(5))
                    run.addKpi(state->filed, KpiMovementKind::PaidReversed, state->currency, allocations.int64(5), date,
                               allocated, amountDays);
            }
            if (date <= state->due)
                run.addKpi(state->filed, KpiMovementKind::AppliedByDue, state->currency, state->due, date, allocated, 0);
        }
        endInvoice();
        run.spans.endRange();

        // Each invoice's open amount against its history; the state rows' aggregate rows.
        stateAt = 0;
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            const auto [id, invoiceAmount] = chunk[i];
            while (stateAt < stateRows.size() && stateRows[stateAt].id < id)
                ++stateAt;
            const qint64 expected = invoiceAmount - applied[i];
            if (stateAt == stateRows.size() || stateRows[stateAt].id != id)
                problems.open.add(invoiceState, id, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "invoice %1 has no state row").arg(id);
                });
            else if (stateRows[stateAt].open != expected)
                problems.open.add(invoiceState, id, [&] {
                    return QCoreApplication::translate("LedgerVerifier",
                                                       "invoice %1: open amount %2 but the history gives %3")
                        .arg(id)
                        .arg(stateRows[stateAt].open)
                        .arg(expected);
                });
        }
        for (const StateRow &s : stateRows) {
            if (const auto found = withParts.find(s.id); found != withParts.end()) {
                for (const auto &[key, moved] : instalmentMovements(s.issue, found->second.parts, found->second.applied))
                    run.addAr(0, s.currency, key.first, key.second, moved);
            } else {
                run.addAr(0, s.currency, s.due, s.issue, s.amount);
            }
            run.addKpi(s.filed, KpiMovementKind::Sales, s.currency, s.issue, 0, s.amount, 0);
            run.addKpi(s.filed, KpiMovementKind::InvoiceByDue, s.currency, s.due, s.issue, s.amount, 0);
        }
        if (high == kAboveAll || !run.progress.at(high, lastId))
            return;
        low = high;
    }
}

// ---- payments and credit notes: reversals, dated history, state; their movements ------

struct SourceProblems final {
    Ordered reversals;
    Ordered history;
    Ordered state;
    Ordered count;
};

struct SourceSpec final {
    QString table;      // payments, credit_notes
    QString stateTable; // payment_state, credit_note_state
    QString idColumn;   // of the state table and of allocations
    QString dateColumn; // of the source and of its state row
    int reversalKind = 0;
    int movementKind = 0; // ar_movements kind
    int spanKind = 0;     // ledger_spans kind
};

void verifySources(Run &run, const SourceSpec &spec, SourceProblems &problems)
{
    Statement sourceRows(run.book, QStringLiteral("SELECT id, amount, %1 FROM %2 WHERE id > ? ORDER BY id LIMIT ?")
                                       .arg(spec.dateColumn, spec.table));
    Statement reversals(run.book, QStringLiteral("SELECT target_id, reversal_date FROM reversals WHERE kind = ? "
                                                 "AND target_id > ? AND target_id <= ? ORDER BY target_id"));
    Statement allocations(run.book, QStringLiteral("SELECT %1, alloc_date, amount FROM allocations WHERE %1 > ? "
                                                   "AND %1 <= ? ORDER BY %1, alloc_date, id")
                                        .arg(spec.idColumn));
    Statement states(run.book, QStringLiteral("SELECT %1, amount, allocated, unapplied, reversed_date, currency, %2, "
                                              "customer_id FROM %3 WHERE %1 > ? AND %1 <= ? ORDER BY %1")
                                   .arg(spec.idColumn, spec.dateColumn, spec.stateTable));
    const QString reversalsTable = QStringLiteral("reversals");
    const qint64 lastId = run.maxId(spec.table);
    struct Source {
        qint64 id = 0;
        qint64 amount = 0;
        qint64 day = 0;
        qint64 reversedDay = 0; // 0: not reversed
        qint64 allocated = 0;
    };
    std::vector<Source> chunk;
    struct Allocation {
        qint64 source = 0;
        qint64 day = 0;
        qint64 amount = 0;
    };
    std::vector<Allocation> chunkAllocations;
    qint64 sources = 0;
    qint64 stateCount = 0;
    qint64 low = kBelowAll;
    auto find = [&](qint64 id) -> Source * {
        const auto it = std::lower_bound(chunk.begin(), chunk.end(), id,
                                         [](const Source &s, qint64 key) { return s.id < key; });
        return it != chunk.end() && it->id == id ? &*it : nullptr;
    };
    for (;;) {
        chunk.clear();
        sourceRows.bind(1, low);
        sourceRows.bind(2, run.chunk);
        while (sourceRows.next())
            chunk.push_back({sourceRows.int64(0), sourceRows.int64(1), sourceRows.int64(2), 0, 0});
        sources += static_cast<qint64>(chunk.size());
        const qint64 high = static_cast<int>(chunk.size()) < run.chunk ? kAboveAll : chunk.back().id;

        reversals.bind(1, spec.reversalKind);
        reversals.bind(2, low);
        reversals.bind(3, high);
        while (reversals.next()) {
            const qint64 target = reversals.int64(0);
            if (Source *source = find(target))
                source->reversedDay = reversals.int64(1);
            else
                problems.reversals.add(reversalsTable, target, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "a reversal of a missing %1 row").arg(spec.table);
                });
        }

        // Unapplied >= 0 (unless reversed) and nothing applied before it was received, every day.
        chunkAllocations.clear();
        allocations.bind(1, low);
        allocations.bind(2, high);
        qint64 current = 0;
        bool any = false;
        Source missing;
        Source *source = nullptr;
        qint64 allocated = 0;
        qint64 day = 0;
        bool dayOpen = false;
        auto checkDay = [&] {
            const bool reversed = source->reversedDay != 0 && day >= source->reversedDay;
            if (day < source->day)
                problems.history.add(spec.table, current, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "%1 %2: applied before it was received")
                        .arg(spec.table)
                        .arg(current);
                });
            if (!reversed && (allocated < 0 || allocated > source->amount))
                problems.history.add(spec.table, current, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "%1 %2: applied %3 of %4 as of %5")
                        .arg(spec.table)
                        .arg(current)
                        .arg(allocated)
                        .arg(source->amount)
                        .arg(isoDay(day));
                });
        };
        auto endSource = [&] {
            if (!any)
                return;
            if (dayOpen)
                checkDay();
            source->allocated = allocated;
        };
        while (allocations.next()) {
            const qint64 id = allocations.int64(0);
            const qint64 date = allocations.int64(1);
            const qint64 amount = allocations.int64(2);
            chunkAllocations.push_back({id, date, amount});
            if (!any || id != current) {
                endSource();
                any = true;
                current = id;
                allocated = 0;
                dayOpen = false;
                source = find(id);
                if (!source) {
                    missing = Source{};
                    source = &missing;
                }
            } else if (dayOpen && date != day) {
                checkDay();
            }
            day = date;
            dayOpen = true;
            allocated = plus(allocated, amount);
        }
        endSource();

        // The state rows against the history; the movements of unapplied cash or credits
        // (ar_movements.h, kinds 1 and 2) from the state rows and their allocations.
        states.bind(1, low);
        states.bind(2, high);
        std::size_t allocationAt = 0;
        run.spans.beginRange(spec.spanKind, low, high);
        while (states.next()) {
            ++stateCount;
            const qint64 id = states.int64(0);
            const qint64 stateAmount = states.int64(1);
            const bool stateReversed = !states.isNull(4);
            const qint64 reversedState = stateReversed ? states.int64(4) : 0;
            const int currency = run.names.id(states.utf8(5));
            const qint64 start = states.int64(6);
            while (allocationAt < chunkAllocations.size() && chunkAllocations[allocationAt].source < id)
                ++allocationAt;
            run.addAr(spec.movementKind, currency, 0, start, stateAmount);
            const qint64 reversalDay = std::max(reversedState, start);
            qint64 beforeReversal = 0;
            for (std::size_t k = allocationAt; k < chunkAllocations.size() && chunkAllocations[k].source == id; ++k) {
                const qint64 effective = std::max(chunkAllocations[k].day, start);
                if (!stateReversed || effective <= reversalDay) {
                    run.addAr(spec.movementKind, currency, 0, effective, -chunkAllocations[k].amount);
                    beforeReversal = plus(beforeReversal, chunkAllocations[k].amount);
                }
            }
            if (stateReversed)
                run.addAr(spec.movementKind, currency, 0, reversalDay, -(stateAmount - beforeReversal));
            // ledger_spans (kinds 1 and 2): from the start day to the last allocation after it.
            {
                bool after = false;
                qint64 lastAfter = 0;
                for (std::size_t k = allocationAt; k < chunkAllocations.size() && chunkAllocations[k].source == id;
                     ++k)
                    if (chunkAllocations[k].day > start) {
                        lastAfter = after ? std::max(lastAfter, chunkAllocations[k].day) : chunkAllocations[k].day;
                        after = true;
                    }
                if (after)
                    run.spans.expect(id, start, states.int64(7), start, lastAfter, 0, stateAmount);
            }

            const Source *known = find(id);
            if (!known) {
                problems.state.add(spec.stateTable, id, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "state for a missing %1 row %2")
                        .arg(spec.table)
                        .arg(id);
                });
                continue;
            }
            const qint64 allocatedNow = known->allocated;
            const qint64 expectedUnapplied = known->reversedDay != 0 ? 0 : known->amount - allocatedNow;
            const qint64 allocatedState = states.int64(2);
            const qint64 unappliedState = states.int64(3);
            if (allocatedState != allocatedNow || unappliedState != expectedUnapplied || stateAmount != known->amount)
                problems.state.add(spec.stateTable, id, [&] {
                    return QCoreApplication::translate(
                               "LedgerVerifier", "%1 %2: state says allocated %3, unapplied %4; the history gives %5 and %6")
                        .arg(spec.table)
                        .arg(id)
                        .arg(allocatedState)
                        .arg(unappliedState)
                        .arg(allocatedNow)
                        .arg(expectedUnapplied);
                });
            if (reversedState != known->reversedDay)
                problems.state.add(spec.stateTable, id, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "%1 %2: reversal date differs from the reversals")
                        .arg(spec.table)
                        .arg(id);
                });
        }
        run.spans.endRange();
        if (high == kAboveAll || !run.progress.at(high, lastId))
            break;
        low = high;
    }
    if (run.progress.stopped())
        return;
    if (stateCount != sources)
        problems.count.add(spec.stateTable, 0, [&] {
            return QCoreApplication::translate("LedgerVerifier", "%1 has %2 rows for %3 %4 rows")
                .arg(spec.stateTable)
                .arg(stateCount)
                .arg(sources)
                .arg(spec.table);
        });
}

// ---- the stored aggregates against the sums -------------------------------------------

// Reads the stored rows once, each against the sum of its key; then the sums no stored row
// had. A difference is a problem; `less` orders the keys as the check reports them.
template <typename Key, typename Sum, typename Hash, typename Read, typename Less, typename Report>
qint64 compareStored(Run &run, std::unordered_map<Key, Entry<Sum>, Hash> &expected, Statement &stored, Read read,
                     Less less, Problems<Key> &problems, Report report)
{
    qint64 rows = 0;
    while (stored.next()) {
        const auto [key, have] = read(stored);
        ++rows;
        Sum want{};
        if (const auto found = expected.find(key); found != expected.end()) {
            want = found->second.sum;
            found->second.seen = true;
        }
        if (!(want == have))
            problems.add(key, less, QString(), 0, [&] { return report(key, have, want); });
        if (rows % kTickRows == 0 && !run.progress.at(0, 1)) {
            stored.reset();
            return rows;
        }
    }
    for (const auto &[key, entry] : expected)
        if (!entry.seen && !(entry.sum == Sum{}))
            problems.add(key, less, QString(), 0, [&] { return report(key, Sum{}, entry.sum); });
    return rows;
}

} // namespace

VerifyReport LedgerVerifier::run(const std::function<bool(int, int)> &progress)
{
    VerifyReport report;
    const QStringList &tables = postedTables();
    // Phases: each chain, invoices, payments, credit notes, the aggregates, promise outcomes.
    Run run(m_book, std::max(1, m_chunkRows), progress, static_cast<int>(tables.size()) + 5);

    for (const QString &table : tables) {
        Ordered problems;
        qint64 rows = 0;
        verifyChain(run, problems, table, rows);
        problems.into(report);
        report.counts.push_back({table, rows});
        if (!run.progress.phaseDone())
            return report;
    }

    {
        QSqlQuery q = m_book.exec(
            QStringLiteral("SELECT customer_id, collector_key, segment_key, risk_key FROM kpi_customer_groups"));
        while (q.next())
            run.filed.insert(q.value(0).toLongLong(),
                             {run.names.id(q.value(1).toString().toUtf8()), run.names.id(q.value(2).toString().toUtf8()),
                              run.names.id(q.value(3).toString().toUtf8())});
    }
    {
        InvoiceProblems problems;
        verifyInvoices(run, problems);
        problems.state.into(report);
        problems.history.into(report);
        problems.open.into(report);
        if (!run.progress.phaseDone())
            return report;
    }
    const SourceSpec specs[] = {
        {QStringLiteral("payments"), QStringLiteral("payment_state"), QStringLiteral("payment_id"),
         QStringLiteral("received_date"), 1, static_cast<int>(MovementKind::UnappliedCash), 1},
        {QStringLiteral("credit_notes"), QStringLiteral("credit_note_state"), QStringLiteral("credit_note_id"),
         QStringLiteral("issue_date"), 3, static_cast<int>(MovementKind::UnappliedCredits), 2},
    };
    for (const SourceSpec &spec : specs) {
        SourceProblems problems;
        verifySources(run, spec, problems);
        problems.reversals.into(report);
        problems.history.into(report);
        problems.state.into(report);
        problems.count.into(report);
        if (!run.progress.phaseDone())
            return report;
    }

    const Names &names = run.names;
    // ar_movements: the day rows against the ledger, then the block rows against the day rows.
    {
        const QString arTable = QStringLiteral("ar_movements");
        auto less = [&](const ArKey &a, const ArKey &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (const int c = names.compare(a.currency, b.currency); c != 0)
                return c < 0;
            return std::pair(a.due, a.day) < std::pair(b.due, b.day);
        };
        auto describe = [&](const ArKey &key, qint64 stored, qint64 wanted) {
            return QCoreApplication::translate("LedgerVerifier",
                                               "ar_movements %1 (kind/currency/due/day): %2 stored, the ledger "
                                               "gives %3")
                .arg(QStringLiteral("%1/%2/%3/%4")
                         .arg(key.kind)
                         .arg(names.name(key.currency))
                         .arg(isoDay(key.due), isoDay(key.day)))
                .arg(stored)
                .arg(wanted);
        };
        std::unordered_map<ArKey, Entry<qint64>, ArKeyHash> blocks;
        auto readDay = [&](Statement &q) {
            const ArKey key{static_cast<int>(q.int64(0)), run.names.id(q.utf8(1)), q.int64(2), q.int64(3)};
            const qint64 amount = q.int64(4);
            qint64 &block = blocks[{key.kind, key.currency, key.due, movementBlockStart(key.day)}].sum;
            block = plus(block, amount);
            return std::pair(key, amount);
        };
        auto readBlock = [&](Statement &q) {
            return std::pair(ArKey{static_cast<int>(q.int64(0)), run.names.id(q.utf8(1)), q.int64(2), q.int64(3)},
                             q.int64(4));
        };
        const QString sql = QStringLiteral(
            "SELECT kind, currency, due_day, move_day, amount FROM ar_movements WHERE grain = ? AND amount <> 0");
        Problems<ArKey> dayProblems;
        Problems<ArKey> blockProblems;
        Statement days(m_book, sql);
        days.bind(1, 0);
        const qint64 dayRows = compareStored(run, run.ar, days, readDay, less, dayProblems, describe);
        if (run.progress.stopped())
            return report;
        Statement blockRows(m_book, sql);
        blockRows.bind(1, 1);
        compareStored(run, blocks, blockRows, readBlock, less, blockProblems, describe);
        if (run.progress.stopped())
            return report;
        for (auto *problems : {&dayProblems, &blockProblems}) {
            problems->table = arTable;
            problems->into(report);
        }
        report.counts.push_back({arTable, dayRows});
    }
    // kpi_movements.
    {
        auto less = [&](const KpiKey &a, const KpiKey &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (const int c = names.compare(a.currency, b.currency); c != 0)
                return c < 0;
            return std::pair(a.day, a.until) < std::pair(b.day, b.until);
        };
        auto describe = [&](const KpiKey &key, const KpiMovementSums &sums) {
            return QStringLiteral("%1/%2/%3/%4: %5, %6, %7")
                .arg(key.kind)
                .arg(names.name(key.currency))
                .arg(isoDay(key.day))
                .arg(key.until)
                .arg(sums.amount)
                .arg(sums.amountDays)
                .arg(sums.entries);
        };
        auto message = [&](const KpiKey &key, const KpiMovementSums &have, const KpiMovementSums &wanted) {
            return QCoreApplication::translate("LedgerVerifier",
                                               "kpi_movements (kind/currency/day/until: amount, amount x days, "
                                               "entries): %1 stored, the ledger gives %2")
                .arg(describe(key, have), describe(key, wanted));
        };
        auto read = [&](Statement &q) {
            return std::pair(KpiKey{static_cast<int>(q.int64(0)), run.names.id(q.utf8(1)), q.int64(2), q.int64(3)},
                             KpiMovementSums{q.int64(4), q.int64(5), q.int64(6)});
        };
        Problems<KpiKey> problems;
        Statement stored(m_book, QStringLiteral("SELECT kind, currency, day, until_day, amount, amount_days, entries "
                                                "FROM kpi_movements WHERE entries <> 0"));
        const qint64 rows = compareStored(run, run.kpi, stored, read, less, problems, message);
        if (run.progress.stopped())
            return report;
        problems.table = QStringLiteral("kpi_movements");
        problems.into(report);
        report.counts.push_back({QStringLiteral("kpi_movements"), rows});
    }
    if (!run.progress.phaseDone())
        return report;

    // The maintained promise outcomes (promise_outcomes.h) against the rule over the ledger,
    // customer by customer (those with stored outcomes; a stale customer has none).
    {
        const PromiseOutcomeCheck check = checkPromiseOutcomes(m_book);
        const int differing = static_cast<int>(check.problems);
        Ordered problems;
        if (differing > 0)
            problems.add(QStringLiteral("promise_outcomes"), 0, [&] {
                return QCoreApplication::translate("LedgerVerifier",
                                                   "promise_outcomes: %n customer(s) differ from the rule; first: %1",
                                                   nullptr, differing)
                    .arg(check.firstProblem);
            });
        problems.into(report);
        report.counts.push_back({QStringLiteral("promise_outcomes"), check.customers});
    }

    // The maintained account figures (customer_figures.h): every stored row against the
    // figures summed from the ledger as of its day, and the days it holds for.
    {
        const CustomerFiguresCheck check = checkCustomerFigures(m_book);
        const int differing = static_cast<int>(check.problems);
        Ordered problems;
        if (differing > 0)
            problems.add(QStringLiteral("customer_figures"), 0, [&] {
                return QCoreApplication::translate("LedgerVerifier",
                                                   "customer_figures: %n customer(s) differ from the ledger; first: %1",
                                                   nullptr, differing)
                    .arg(check.firstProblem);
            });
        problems.into(report);
        report.counts.push_back({QStringLiteral("customer_figures"), check.customers});
    }

    // kpi_group_movements: every customer with an invoice has its line in
    // kpi_customer_groups; the rows against the ledger and those lines.
    {
        Ordered unfiled;
        for (const qint64 customer : run.unfiled)
            unfiled.add(QStringLiteral("kpi_customer_groups"), customer, [&] {
                return QCoreApplication::translate("LedgerVerifier",
                                                   "customer %1 has invoices but no line in kpi_customer_groups")
                    .arg(customer);
            });
        unfiled.into(report);
        auto less = [&](const GroupKey &a, const GroupKey &b) {
            if (a.dimension != b.dimension)
                return a.dimension < b.dimension;
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (const int c = names.compare(a.currency, b.currency); c != 0)
                return c < 0;
            if (const int c = names.compare(a.group, b.group); c != 0)
                return c < 0;
            return std::pair(a.day, a.until) < std::pair(b.day, b.until);
        };
        auto describe = [&](const GroupKey &key, const KpiMovementSums &sums) {
            return QStringLiteral("%1/%2/%3/%4/%5/%6: %7, %8, %9")
                .arg(key.dimension)
                .arg(key.kind)
                .arg(names.name(key.currency), names.name(key.group))
                .arg(isoDay(key.day))
                .arg(key.until)
                .arg(sums.amount)
                .arg(sums.amountDays)
                .arg(sums.entries);
        };
        auto message = [&](const GroupKey &key, const KpiMovementSums &have, const KpiMovementSums &wanted) {
            return QCoreApplication::translate("LedgerVerifier",
                                               "kpi_group_movements (grouping/kind/currency/group/day/until: "
                                               "amount, amount x days, entries): %1 stored, the ledger gives %2")
                .arg(describe(key, have), describe(key, wanted));
        };
        auto read = [&](Statement &q) {
            return std::pair(GroupKey{static_cast<int>(q.int64(0)), static_cast<int>(q.int64(1)),
                                      run.names.id(q.utf8(2)), run.names.id(q.utf8(3)), q.int64(4), q.int64(5)},
                             KpiMovementSums{q.int64(6), q.int64(7), q.int64(8)});
        };
        Problems<GroupKey> problems;
        Statement stored(m_book, QStringLiteral("SELECT dimension, kind, currency, group_key, day, until_day, amount, "
                                                "amount_days, entries FROM kpi_group_movements WHERE entries <> 0"));
        const qint64 rows = compareStored(run, run.groups, stored, read, less, problems, message);
        if (run.progress.stopped())
            return report;
        problems.table = QStringLiteral("kpi_group_movements");
        problems.into(report);
        report.counts.push_back({QStringLiteral("kpi_group_movements"), rows});
    }

    // The maintained customer balances (customer_balances, schema step 18): every customer's
    // row against the sums of the state tables (which are checked against the ledger above),
    // a customer without a row, and a row without a customer.
    {
        Ordered problems;
        Statement rows(m_book,
                       QStringLiteral(
                               "SELECT c.id, b.customer_id, b.open_amount, b.unapplied, b.balance, COALESCE(o.amount, 0), "
                               "COALESCE(p.amount, 0) + COALESCE(n.amount, 0) FROM customers c "
                               "LEFT JOIN customer_balances b ON b.customer_id = c.id "
                               "LEFT JOIN (SELECT customer_id, SUM(open_amount) AS amount FROM invoice_state "
                               "WHERE open_amount <> 0 GROUP BY customer_id) o ON o.customer_id = c.id "
                               "LEFT JOIN (SELECT customer_id, SUM(unapplied) AS amount FROM payment_state "
                               "WHERE unapplied <> 0 GROUP BY customer_id) p ON p.customer_id = c.id "
                               "LEFT JOIN (SELECT customer_id, SUM(unapplied) AS amount FROM credit_note_state "
                               "WHERE unapplied <> 0 GROUP BY customer_id) n ON n.customer_id = c.id "
                               "ORDER BY c.id"));
        qint64 customers = 0;
        while (rows.next()) {
            ++customers;
            const qint64 customer = rows.int64(0);
            const qint64 open = rows.int64(5);
            const qint64 unapplied = rows.int64(6);
            if (rows.isNull(1)) {
                problems.add(QStringLiteral("customer_balances"), customer, [&] {
                    return QCoreApplication::translate("LedgerVerifier", "customer_balances: customer %1 has no row")
                            .arg(customer);
                });
                continue;
            }
            if (rows.int64(2) == open && rows.int64(3) == unapplied && rows.int64(4) == open - unapplied)
                continue;
            problems.add(QStringLiteral("customer_balances"), customer, [&] {
                return QCoreApplication::translate("LedgerVerifier",
                                                   "customer_balances: customer %1 stores open %2, unapplied %3, "
                                                   "balance %4; the state tables give open %5, unapplied %6")
                        .arg(customer)
                        .arg(rows.int64(2))
                        .arg(rows.int64(3))
                        .arg(rows.int64(4))
                        .arg(open)
                        .arg(unapplied);
            });
        }
        Statement orphans(m_book, QStringLiteral("SELECT b.customer_id FROM customer_balances b WHERE NOT EXISTS "
                                                 "(SELECT 1 FROM customers c WHERE c.id = b.customer_id) "
                                                 "ORDER BY b.customer_id"));
        while (orphans.next()) {
            const qint64 customer = orphans.int64(0);
            problems.add(QStringLiteral("customer_balances"), customer, [&] {
                return QCoreApplication::translate("LedgerVerifier",
                                                   "customer_balances: a row for customer %1, who does not exist")
                        .arg(customer);
            });
        }
        problems.into(report);
        report.counts.push_back({QStringLiteral("customer_balances"), customers});
    }

    // The ledger spans (ledger_spans.h) against what the allocations give, document by
    // document (compared during the invoice and source passes above).
    {
        const LedgerSpanCheck check = run.spans.finish();
        const int documents = static_cast<int>(check.differing);
        Ordered problems;
        if (documents > 0)
            problems.add(QStringLiteral("ledger_spans"), 0, [&] {
                return QCoreApplication::translate("LedgerVerifier", "ledger_spans: %n document(s) differ; first: %1",
                                                   nullptr, documents)
                    .arg(check.first);
            });
        problems.into(report);
        report.counts.push_back({QStringLiteral("ledger_spans"), check.stored});
    }
    run.progress.phaseDone();
    return report;
}

} // namespace ardesk
