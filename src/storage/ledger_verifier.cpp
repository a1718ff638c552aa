#include "ledger_verifier.h"

#include "promise_outcomes.h"

#include "ar_movements.h"
#include "ledger_spans.h"
#include "kpi_movements.h"
#include "hash_chain.h"
#include "posted_writer.h"
#include "schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <map>

namespace ardesk {

namespace {
} // namespace

void LedgerVerifier::problem(VerifyReport &report, const QString &table, qint64 id, const QString &what)
{
    ++report.problems;
    if (report.ok) {
        report.ok = false;
        report.firstProblemTable = table;
        report.firstProblemId = id;
        report.firstProblem = what;
    }
}

void LedgerVerifier::verifyChain(VerifyReport &report, const QString &table)
{
    const QStringList &columns = PostedWriter::postedColumns(table);
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT %1, hash FROM %2 ORDER BY id").arg(columns.join(u", "), table));
    QByteArray previous;
    qint64 rows = 0;
    qint64 expectedId = 0;
    const int hashColumn = static_cast<int>(columns.size());
    while (q.next()) {
        ++rows;
        QVariantList values;
        values.reserve(hashColumn);
        for (int i = 0; i < hashColumn; ++i)
            values << q.value(i);
        const qint64 id = values.first().toLongLong();
        if (expectedId != 0 && id != expectedId)
            problem(report, table, id,
                    QCoreApplication::translate("LedgerVerifier", "%1: row %2 follows row %3: a row is missing")
                            .arg(table)
                            .arg(id)
                            .arg(expectedId - 1));
        expectedId = id + 1;
        const QByteArray computed = chainHash(previous, canonicalEncoding(table, values));
        const QByteArray stored = q.value(hashColumn).toByteArray();
        if (computed != stored)
            problem(report, table, id,
                    QCoreApplication::translate(
                            "LedgerVerifier",
                            "%1 row %2 does not match its hash: it was changed after posting, or a row before it was")
                            .arg(table)
                            .arg(id));
        previous = stored;
    }
    report.counts.push_back({table, rows});
}

void LedgerVerifier::verifyInvoices(VerifyReport &report)
{
    // Per invoice: amount, state, and the dated allocation history.
    QHash<qint64, std::pair<qint64, qint64>> invoices; // id -> amount, issue day
    {
        QSqlQuery q = m_book.exec(QStringLiteral("SELECT id, amount, issue_date FROM invoices"));
        while (q.next())
            invoices.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    QHash<qint64, qint64> state;
    {
        QSqlQuery q = m_book.exec(QStringLiteral("SELECT invoice_id, amount, open_amount FROM invoice_state"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            state.insert(id, q.value(2).toLongLong());
            const auto invoice = invoices.constFind(id);
            if (invoice == invoices.constEnd())
                problem(report, QStringLiteral("invoice_state"), id,
                        QCoreApplication::translate("LedgerVerifier", "state for a missing invoice %1").arg(id));
            else if (invoice->first != q.value(1).toLongLong())
                problem(report, QStringLiteral("invoice_state"), id,
                        QCoreApplication::translate("LedgerVerifier", "invoice %1: state amount differs").arg(id));
        }
    }
    QSqlQuery q = m_book.exec(QStringLiteral(
            "SELECT invoice_id, alloc_date, amount FROM allocations ORDER BY invoice_id, alloc_date, id"));
    qint64 current = -1;
    qint64 applied = 0;
    bool dayOpen = false;
    qint64 day = 0;
    auto checkDay = [&](qint64 invoiceId) {
        const auto invoice = invoices.value(invoiceId);
        if (applied < 0 || applied > invoice.first)
            problem(report, QStringLiteral("invoices"), invoiceId,
                    QCoreApplication::translate("LedgerVerifier",
                                                "invoice %1: open amount out of range (applied %2 of %3) as of day %4")
                            .arg(invoiceId)
                            .arg(applied)
                            .arg(invoice.first)
                            .arg(QDate::fromJulianDay(day).toString(Qt::ISODate)));
    };
    QHash<qint64, qint64> totals;
    while (q.next()) {
        const qint64 invoiceId = q.value(0).toLongLong();
        const qint64 date = q.value(1).toLongLong();
        if (invoiceId != current) {
            if (current >= 0 && dayOpen)
                checkDay(current);
            if (current >= 0)
                totals.insert(current, applied);
            current = invoiceId;
            applied = 0;
            dayOpen = false;
        } else if (dayOpen && date != day) {
            checkDay(current);
        }
        day = date;
        dayOpen = true;
        applied += q.value(2).toLongLong();
    }
    if (current >= 0) {
        if (dayOpen)
            checkDay(current);
        totals.insert(current, applied);
    }
    for (auto it = invoices.constBegin(); it != invoices.constEnd(); ++it) {
        const qint64 expected = it->first - totals.value(it.key(), 0);
        const auto stored = state.constFind(it.key());
        if (stored == state.constEnd())
            problem(report, QStringLiteral("invoice_state"), it.key(),
                    QCoreApplication::translate("LedgerVerifier", "invoice %1 has no state row").arg(it.key()));
        else if (*stored != expected)
            problem(report, QStringLiteral("invoice_state"), it.key(),
                    QCoreApplication::translate("LedgerVerifier", "invoice %1: open amount %2 but the history gives %3")
                            .arg(it.key())
                            .arg(*stored)
                            .arg(expected));
    }
}

void LedgerVerifier::verifySources(VerifyReport &report, const QString &sourceTable, const QString &stateTable,
                                   const QString &idColumn, const QString &dateColumn, const QString &allocColumn,
                                   int reversalKind)
{
    struct Source
    {
        qint64 amount = 0;
        qint64 day = 0;
        qint64 reversedDay = 0; // 0: not reversed
    };
    QHash<qint64, Source> sources;
    {
        QSqlQuery q = m_book.exec(QStringLiteral("SELECT id, amount, %1 FROM %2").arg(dateColumn, sourceTable));
        while (q.next())
            sources.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong(), 0});
    }
    {
        QSqlQuery q = m_book.prepare(QStringLiteral("SELECT target_id, reversal_date FROM reversals WHERE kind = ?"));
        q.addBindValue(reversalKind);
        Book::exec(q);
        while (q.next()) {
            auto it = sources.find(q.value(0).toLongLong());
            if (it == sources.end())
                problem(report, QStringLiteral("reversals"), q.value(0).toLongLong(),
                        QCoreApplication::translate("LedgerVerifier", "a reversal of a missing %1 row")
                                .arg(sourceTable));
            else
                it->reversedDay = q.value(1).toLongLong();
        }
    }
    // Allocation history per source, in date order: unapplied >= 0 on every date.
    QHash<qint64, qint64> allocatedTotal;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT %1, alloc_date, amount FROM allocations WHERE %1 IS NOT NULL "
                                             "ORDER BY %1, alloc_date, id")
                                      .arg(allocColumn));
    qint64 current = -1;
    qint64 allocated = 0;
    qint64 day = 0;
    bool dayOpen = false;
    auto checkDay = [&](qint64 id) {
        const Source source = sources.value(id);
        const bool reversed = source.reversedDay != 0 && day >= source.reversedDay;
        if (day < source.day)
            problem(report, sourceTable, id,
                    QCoreApplication::translate("LedgerVerifier", "%1 %2: applied before it was received")
                            .arg(sourceTable)
                            .arg(id));
        if (!reversed && (allocated < 0 || allocated > source.amount))
            problem(report, sourceTable, id,
                    QCoreApplication::translate("LedgerVerifier", "%1 %2: applied %3 of %4 as of %5")
                            .arg(sourceTable)
                            .arg(id)
                            .arg(allocated)
                            .arg(source.amount)
                            .arg(QDate::fromJulianDay(day).toString(Qt::ISODate)));
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 date = q.value(1).toLongLong();
        if (id != current) {
            if (current >= 0 && dayOpen)
                checkDay(current);
            if (current >= 0)
                allocatedTotal.insert(current, allocated);
            current = id;
            allocated = 0;
            dayOpen = false;
        } else if (dayOpen && date != day) {
            checkDay(current);
        }
        day = date;
        dayOpen = true;
        allocated += q.value(2).toLongLong();
    }
    if (current >= 0) {
        if (dayOpen)
            checkDay(current);
        allocatedTotal.insert(current, allocated);
    }
    QSqlQuery s = m_book.exec(
            QStringLiteral("SELECT %1, amount, allocated, unapplied, reversed_date FROM %2").arg(idColumn, stateTable));
    qint64 stateRows = 0;
    while (s.next()) {
        ++stateRows;
        const qint64 id = s.value(0).toLongLong();
        const auto source = sources.constFind(id);
        if (source == sources.constEnd()) {
            problem(report, stateTable, id,
                    QCoreApplication::translate("LedgerVerifier", "state for a missing %1 row %2")
                            .arg(sourceTable)
                            .arg(id));
            continue;
        }
        const qint64 allocatedNow = allocatedTotal.value(id, 0);
        const qint64 expectedUnapplied = source->reversedDay != 0 ? 0 : source->amount - allocatedNow;
        if (s.value(2).toLongLong() != allocatedNow || s.value(3).toLongLong() != expectedUnapplied
            || s.value(1).toLongLong() != source->amount)
            problem(report, stateTable, id,
                    QCoreApplication::translate(
                            "LedgerVerifier",
                            "%1 %2: state says allocated %3, unapplied %4; the history gives %5 and %6")
                            .arg(sourceTable)
                            .arg(id)
                            .arg(s.value(2).toLongLong())
                            .arg(s.value(3).toLongLong())
                            .arg(allocatedNow)
                            .arg(expectedUnapplied));
        const qint64 reversedState = s.value(4).isNull() ? 0 : s.value(4).toLongLong();
        if (reversedState != source->reversedDay)
            problem(report, stateTable, id,
                    QCoreApplication::translate("LedgerVerifier", "%1 %2: reversal date differs from the reversals")
                            .arg(sourceTable)
                            .arg(id));
    }
    if (stateRows != sources.size())
        problem(report, stateTable, 0,
                QCoreApplication::translate("LedgerVerifier", "%1 has %2 rows for %3 %4 rows")
                        .arg(stateTable)
                        .arg(stateRows)
                        .arg(sources.size())
                        .arg(sourceTable));
}

VerifyReport LedgerVerifier::run(const std::function<bool(int, int)> &progress)
{
    VerifyReport report;
    const QStringList &tables = postedTables();
    const int steps = static_cast<int>(tables.size()) + 4;
    int step = 0;
    auto tick = [&] { return !progress || progress(++step, steps); };
    for (const QString &table : tables) {
        verifyChain(report, table);
        if (!tick())
            return report;
    }
    verifyInvoices(report);
    if (!tick())
        return report;
    verifySources(report, QStringLiteral("payments"), QStringLiteral("payment_state"), QStringLiteral("payment_id"),
                  QStringLiteral("received_date"), QStringLiteral("payment_id"), 1);
    if (!tick())
        return report;
    verifySources(report, QStringLiteral("credit_notes"), QStringLiteral("credit_note_state"),
                  QStringLiteral("credit_note_id"), QStringLiteral("issue_date"), QStringLiteral("credit_note_id"), 3);
    if (!tick())
        return report;
    verifyMovements(report);
    verifyKpiMovements(report);
    verifyPromiseOutcomes(report);
    verifyKpiGroupMovements(report);
    verifyLedgerSpans(report);
    tick();
    return report;
}

// The maintained promise outcomes (promise_outcomes.h) against the rule over the ledger,
// customer by customer (those with stored outcomes; a stale customer has none).
void LedgerVerifier::verifyPromiseOutcomes(VerifyReport &report)
{
    const PromiseOutcomeCheck check = checkPromiseOutcomes(m_book);
    const int differing = static_cast<int>(check.problems);
    if (differing > 0)
        problem(report, QStringLiteral("promise_outcomes"), 0,
                QCoreApplication::translate("LedgerVerifier",
                                            "promise_outcomes: %n customer(s) differ from the rule; first: %1",
                                            nullptr, differing)
                        .arg(check.firstProblem));
    report.counts.push_back({QStringLiteral("promise_outcomes"), check.customers});
}

// The KPI movement aggregate (kpi_movements.h) against what the ledger gives, row by row.
void LedgerVerifier::verifyKpiMovements(VerifyReport &report)
{
    const KpiMovementMap expected = expectedKpiMovements(m_book);
    const KpiMovementMap stored = storedKpiMovements(m_book);
    auto describe = [](const KpiMovementKey &key, const KpiMovementSums &sums) {
        return QStringLiteral("%1/%2/%3/%4: %5, %6, %7")
            .arg(std::get<0>(key))
            .arg(std::get<1>(key))
            .arg(QDate::fromJulianDay(std::get<2>(key)).toString(Qt::ISODate))
            .arg(std::get<3>(key))
            .arg(sums.amount)
            .arg(sums.amountDays)
            .arg(sums.entries);
    };
    auto w = expected.begin();
    auto h = stored.begin();
    while (w != expected.end() || h != stored.end()) {
        const bool takeWant = h == stored.end() || (w != expected.end() && w->first < h->first);
        const bool takeHave = w == expected.end() || (h != stored.end() && h->first < w->first);
        const KpiMovementKey key = takeWant ? w->first : h->first;
        const KpiMovementSums wanted = takeHave ? KpiMovementSums{} : w->second;
        const KpiMovementSums have = takeWant ? KpiMovementSums{} : h->second;
        if (!(wanted == have))
            problem(report, QStringLiteral("kpi_movements"), 0,
                    QCoreApplication::translate("LedgerVerifier",
                                                "kpi_movements (kind/currency/day/until: amount, amount x days, "
                                                "entries): %1 stored, the ledger gives %2")
                        .arg(describe(key, have), describe(key, wanted)));
        if (!takeHave)
            ++w;
        if (!takeWant)
            ++h;
    }
    report.counts.push_back({QStringLiteral("kpi_movements"), static_cast<qint64>(stored.size())});
}

// The KPI movement aggregate per collector, segment and risk class (kpi_movements.h) against
// what the ledger and kpi_customer_groups give, row by row; and every customer with an invoice
// has its line in kpi_customer_groups.
void LedgerVerifier::verifyKpiGroupMovements(VerifyReport &report)
{
    QSqlQuery unfiled = m_book.exec(QStringLiteral(
        "SELECT DISTINCT s.customer_id FROM invoice_state s WHERE NOT EXISTS (SELECT 1 FROM kpi_customer_groups f "
        "WHERE f.customer_id = s.customer_id) ORDER BY s.customer_id"));
    while (unfiled.next())
        problem(report, QStringLiteral("kpi_customer_groups"), unfiled.value(0).toLongLong(),
                QCoreApplication::translate("LedgerVerifier",
                                            "customer %1 has invoices but no line in kpi_customer_groups")
                    .arg(unfiled.value(0).toLongLong()));
    const KpiGroupMovementMap expected = expectedKpiGroupMovements(m_book);
    const KpiGroupMovementMap stored = storedKpiGroupMovements(m_book);
    auto describe = [](const KpiGroupMovementKey &key, const KpiMovementSums &sums) {
        return QStringLiteral("%1/%2/%3/%4/%5/%6: %7, %8, %9")
            .arg(std::get<0>(key))
            .arg(std::get<1>(key))
            .arg(std::get<2>(key), std::get<3>(key))
            .arg(QDate::fromJulianDay(std::get<4>(key)).toString(Qt::ISODate))
            .arg(std::get<5>(key))
            .arg(sums.amount)
            .arg(sums.amountDays)
            .arg(sums.entries);
    };
    auto w = expected.begin();
    auto h = stored.begin();
    while (w != expected.end() || h != stored.end()) {
        const bool takeWant = h == stored.end() || (w != expected.end() && w->first < h->first);
        const bool takeHave = w == expected.end() || (h != stored.end() && h->first < w->first);
        const KpiGroupMovementKey key = takeWant ? w->first : h->first;
        const KpiMovementSums wanted = takeHave ? KpiMovementSums{} : w->second;
        const KpiMovementSums have = takeWant ? KpiMovementSums{} : h->second;
        if (!(wanted == have))
            problem(report, QStringLiteral("kpi_group_movements"), 0,
                    QCoreApplication::translate("LedgerVerifier",
                                                "kpi_group_movements (grouping/kind/currency/group/day/until: "
                                                "amount, amount x days, entries): %1 stored, the ledger gives %2")
                        .arg(describe(key, have), describe(key, wanted)));
        if (!takeHave)
            ++w;
        if (!takeWant)
            ++h;
    }
    report.counts.push_back({QStringLiteral("kpi_group_movements"), static_cast<qint64>(stored.size())});
}

// The AR movement aggregate (ar_movements.h) against what the ledger gives: every day row,
// and every block row against the day rows of its block.
void LedgerVerifier::verifyMovements(VerifyReport &report)
{
    const auto expected = expectedMovements(m_book);
    const auto days = storedMovements(m_book, 0);
    auto describeKey = [](const MovementKey &key) {
        return QStringLiteral("%1/%2/%3/%4")
            .arg(std::get<0>(key))
            .arg(std::get<1>(key))
            .arg(QDate::fromJulianDay(std::get<2>(key)).toString(Qt::ISODate),
                 QDate::fromJulianDay(std::get<3>(key)).toString(Qt::ISODate));
    };
    auto compare = [&](const std::map<MovementKey, qint64> &want, const std::map<MovementKey, qint64> &have) {
        auto w = want.begin();
        auto h = have.begin();
        while (w != want.end() || h != have.end()) {
            const bool takeWant = h == have.end() || (w != want.end() && w->first < h->first);
            const bool takeHave = w == want.end() || (h != have.end() && h->first < w->first);
            const MovementKey key = takeWant ? w->first : h->first;
            const qint64 wanted = takeHave ? 0 : w->second;
            const qint64 stored = takeWant ? 0 : h->second;
            if (wanted != stored)
                problem(report, QStringLiteral("ar_movements"), 0,
                        QCoreApplication::translate("LedgerVerifier",
                                                    "ar_movements %1 (kind/currency/due/day): %2 stored, the ledger "
                                                    "gives %3")
                            .arg(describeKey(key))
                            .arg(stored)
                            .arg(wanted));
            if (!takeHave)
                ++w;
            if (!takeWant)
                ++h;
        }
    };
    compare(expected, days);
    std::map<MovementKey, qint64> blocks;
    for (const auto &[key, amount] : days) {
        auto &sum = blocks[{std::get<0>(key), std::get<1>(key), std::get<2>(key), movementBlockStart(std::get<3>(key))}];
        sum += amount;
    }
    std::erase_if(blocks, [](const auto &entry) { return entry.second == 0; });
    compare(blocks, storedMovements(m_book, 1));
    report.counts.push_back({QStringLiteral("ar_movements"), static_cast<qint64>(days.size())});
}

// The ledger spans (ledger_spans.h) against what the allocations give, document by document.
void LedgerVerifier::verifyLedgerSpans(VerifyReport &report)
{
    const auto expected = expectedLedgerSpans(m_book);
    const auto stored = storedLedgerSpans(m_book);
    qint64 differing = 0;
    QString first;
    auto describe = [](const LedgerSpanKey &key, const std::optional<LedgerSpanRow> &row) {
        if (!row)
            return QStringLiteral("%1/%2: none").arg(key.first).arg(key.second);
        return QStringLiteral("%1/%2: class %3, %4 to %5")
                .arg(key.first)
                .arg(key.second)
                .arg(std::get<0>(*row))
                .arg(QDate::fromJulianDay(std::get<3>(*row)).toString(Qt::ISODate),
                     QDate::fromJulianDay(std::get<4>(*row)).toString(Qt::ISODate));
    };
    auto check = [&](const LedgerSpanKey &key) {
        const auto want = expected.find(key);
        const auto have = stored.find(key);
        const std::optional<LedgerSpanRow> w = want == expected.end() ? std::nullopt : std::optional(want->second);
        const std::optional<LedgerSpanRow> h = have == stored.end() ? std::nullopt : std::optional(have->second);
        if (w == h)
            return;
        if (differing++ == 0)
            first = QCoreApplication::translate("LedgerVerifier", "%1 stored, the ledger gives %2")
                            .arg(describe(key, h), describe(key, w));
    };
    for (const auto &[key, row] : expected)
        check(key);
    for (const auto &[key, row] : stored)
        if (!expected.contains(key))
            check(key);
    const int documents = static_cast<int>(differing);
    if (documents > 0)
        problem(report, QStringLiteral("ledger_spans"), 0,
                QCoreApplication::translate("LedgerVerifier", "ledger_spans: %n document(s) differ; first: %1",
                                            nullptr, documents)
                        .arg(first));
    report.counts.push_back({QStringLiteral("ledger_spans"), static_cast<qint64>(stored.size())});
}

} // namespace ardesk
