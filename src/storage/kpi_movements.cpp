#include "kpi_movements.h"

#include "statement.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace ardesk {

namespace {

// Every ledger row's contribution (kind, currency, day, until_day, amount, amount_days), in
// portable SQL: the backfill and the verifier use the same text.
QString contributions()
{
    return QStringLiteral(
        "SELECT 0 AS kind, s.currency AS currency, s.issue_date AS day, 0 AS until_day, s.amount AS amount, "
        "0 AS amount_days FROM invoice_state s "
        "UNION ALL SELECT 1, s.currency, a.alloc_date, 0, a.amount, 0 FROM allocations a "
        "JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "UNION ALL SELECT 2, s.currency, a.alloc_date, 0, a.amount, 0 FROM allocations a "
        "JOIN invoice_state s ON s.invoice_id = a.invoice_id WHERE a.write_off_id IS NOT NULL "
        "UNION ALL SELECT 3, s.currency, a.alloc_date, 0, a.amount, a.amount * (p.received_date - s.issue_date) "
        "FROM allocations a JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "JOIN payment_state p ON p.payment_id = a.payment_id WHERE a.reverses_id IS NULL "
        "UNION ALL SELECT 4, s.currency, o.alloc_date, a.alloc_date, a.amount, "
        "a.amount * (p.received_date - s.issue_date) FROM allocations a "
        "JOIN allocations o ON o.id = a.reverses_id JOIN invoice_state s ON s.invoice_id = a.invoice_id "
        "JOIN payment_state p ON p.payment_id = a.payment_id");
}

QString expectedSelect()
{
    return QStringLiteral("SELECT kind, currency, day, until_day, SUM(amount), SUM(amount_days), COUNT(*) FROM (%1) m "
                          "GROUP BY kind, currency, day, until_day")
        .arg(contributions());
}

KpiMovementMap readRows(QSqlQuery &q)
{
    KpiMovementMap rows;
    while (q.next()) {
        KpiMovementSums sums{q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};
        if (sums.entries != 0)
            rows[{q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()}] =
                sums;
    }
    return rows;
}

} // namespace

QStringList kpiMovementsSchema()
{
    return {
        QStringLiteral("CREATE TABLE kpi_movements (kind INTEGER NOT NULL, currency TEXT NOT NULL, "
                       "day INTEGER NOT NULL, until_day INTEGER NOT NULL, amount {BIGINT} NOT NULL, "
                       "amount_days {BIGINT} NOT NULL, entries {BIGINT} NOT NULL, "
                       "PRIMARY KEY (kind, currency, day, until_day)){WITHOUT_ROWID}"),
        QStringLiteral("INSERT INTO kpi_movements (kind, currency, day, until_day, amount, amount_days, entries) %1")
            .arg(expectedSelect()),
    };
}

KpiMovementMap expectedKpiMovements(Book &book)
{
    QSqlQuery q = book.exec(expectedSelect());
    return readRows(q);
}

KpiMovementMap storedKpiMovements(Book &book)
{
    QSqlQuery q = book.exec(QStringLiteral(
        "SELECT kind, currency, day, until_day, amount, amount_days, entries FROM kpi_movements WHERE entries <> 0"));
    return readRows(q);
}

KpiMovementWriter::KpiMovementWriter(Book &book) : m_book(book) {}
KpiMovementWriter::~KpiMovementWriter() = default;

void KpiMovementWriter::invoicePosted(const QString &currency, qint64 issueDay, MinorUnits amount)
{
    add(KpiMovementKind::Sales, currency, issueDay, 0, amount, 0);
}

void KpiMovementWriter::allocationPosted(const Allocation &a, const QString &currency, qint64 invoiceIssueDay,
                                         std::optional<qint64> paymentReceivedDay)
{
    const qint64 day = a.date.toJulianDay();
    add(KpiMovementKind::Applied, currency, day, 0, a.amount, 0);
    if (a.source == AllocationSource::WriteOff)
        add(KpiMovementKind::WrittenOff, currency, day, 0, a.amount, 0);
    if (a.source != AllocationSource::Payment || !paymentReceivedDay)
        return;
    const qint64 amountDays = a.amount * (*paymentReceivedDay - invoiceIssueDay);
    if (!a.reversesId) {
        add(KpiMovementKind::Paid, currency, day, 0, a.amount, amountDays);
        return;
    }
    if (!m_originalDay)
        m_originalDay = std::make_unique<Statement>(m_book, QStringLiteral("SELECT alloc_date FROM allocations "
                                                                           "WHERE id = ?"));
    m_originalDay->bind(1, *a.reversesId);
    if (!m_originalDay->next())
        throw StorageError(QCoreApplication::translate("KpiMovements", "allocation %1 reverses allocation %2, which "
                                                                       "does not exist")
                               .arg(a.id)
                               .arg(*a.reversesId));
    const qint64 originalDay = m_originalDay->int64(0);
    m_originalDay->reset();
    add(KpiMovementKind::PaidReversed, currency, originalDay, day, a.amount, amountDays);
}

void KpiMovementWriter::add(KpiMovementKind kind, const QString &currency, qint64 day, qint64 untilDay, qint64 amount,
                            qint64 amountDays)
{
    const KpiMovementKey key{static_cast<int>(kind), currency, day, untilDay};
    if (m_batch) {
        KpiMovementSums &sums = m_pending[key];
        sums.amount += amount;
        sums.amountDays += amountDays;
        ++sums.entries;
        return;
    }
    write(key, {amount, amountDays, 1});
}

void KpiMovementWriter::write(const KpiMovementKey &key, const KpiMovementSums &sums)
{
    if (!m_upsert)
        m_upsert = std::make_unique<Statement>(
            m_book, QStringLiteral("INSERT INTO kpi_movements (kind, currency, day, until_day, amount, amount_days, "
                                   "entries) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, currency, day, until_day) "
                                   "DO UPDATE SET amount = kpi_movements.amount + excluded.amount, amount_days = "
                                   "kpi_movements.amount_days + excluded.amount_days, entries = "
                                   "kpi_movements.entries + excluded.entries"));
    const auto &[kind, currency, day, untilDay] = key;
    m_upsert->bind(1, qint64{kind});
    m_upsert->bind(2, currency);
    m_upsert->bind(3, day);
    m_upsert->bind(4, untilDay);
    m_upsert->bind(5, sums.amount);
    m_upsert->bind(6, sums.amountDays);
    m_upsert->bind(7, sums.entries);
    m_upsert->exec();
}

std::size_t KpiMovementWriter::KeyHash::operator()(const KpiMovementKey &key) const noexcept
{
    const auto &[kind, currency, day, untilDay] = key;
    std::size_t h = qHash(currency);
    for (const qint64 part : {qint64{kind}, day, untilDay})
        h = (h ^ static_cast<std::size_t>(part)) * 0x9E3779B97F4A7C15ull + (h >> 29);
    return h;
}

void KpiMovementWriter::beginBatch()
{
    m_batch = true;
}

void KpiMovementWriter::flush()
{
    m_batch = false;
    std::unordered_map<KpiMovementKey, KpiMovementSums, KeyHash> rows;
    rows.swap(m_pending);
    std::vector<std::pair<const KpiMovementKey *, const KpiMovementSums *>> pending;
    pending.reserve(rows.size());
    for (const auto &[key, sums] : rows)
        pending.emplace_back(&key, &sums);
    // In the table's key order (kind, currency, day, until_day), as the std::map gave them.
    std::sort(pending.begin(), pending.end(), [](const auto &a, const auto &b) { return *a.first < *b.first; });
    for (const auto &[key, sums] : pending)
        write(*key, *sums);
}

} // namespace ardesk
