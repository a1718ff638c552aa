#include "kpi_repository.h"

#include "ar_movements.h"
#include "kpi_movements.h"

#include "ledger_repository.h"
#include "statement.h"
#include "storage_error.h"

#include "domain/instalment_terms.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace ardesk {

namespace {

// Up to this many customers' promises are read through the customer index, more in one pass.
constexpr std::size_t kFewPromiseCustomers = 2000;

// The grouping column of the customers table (a fixed expression per grouping, never
// user text). Total groups by the currency alone.
QString groupColumn(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Total:
        return QStringLiteral("NULL");
    case KpiGrouping::Collector:
        return QStringLiteral("collector_id");
    case KpiGrouping::Segment:
        return QStringLiteral("segment");
    case KpiGrouping::RiskClass:
        return QStringLiteral("risk_class");
    }
    return QStringLiteral("NULL");
}

// The column of kpi_customer_groups that files a customer's rows for a grouping.
QString filedColumn(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Collector:
        return QStringLiteral("collector_key");
    case KpiGrouping::Segment:
        return QStringLiteral("segment_key");
    case KpiGrouping::RiskClass:
        return QStringLiteral("risk_key");
    case KpiGrouping::Total:
        break;
    }
    return QStringLiteral("collector_key");
}

// Reads every query of one report from the same state of the book: a deferred read
// transaction on SQLite (WAL: a snapshot from the first read), a read-only repeatable-read
// transaction on PostgreSQL. Nothing is written, so the end is a plain COMMIT.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Book &book) : m_book(book)
    {
        if (m_book.inTransaction())
            return; // the caller's transaction already is one
        m_book.exec(m_book.dialect().engine() == Engine::SQLite
                            ? QStringLiteral("BEGIN")
                            : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_open = true;
    }
    ~ReadSnapshot()
    {
        if (!m_open)
            return;
        try {
            m_book.exec(QStringLiteral("COMMIT"));
        } catch (...) {
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Book &m_book;
    bool m_open = false;
};

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// CPU milliseconds per step of a report, logged at trace level (ARDESK_LOG=trace).
class StepTimer final
{
public:
    void step(const char *name)
    {
        const std::clock_t now = std::clock();
        if (const auto logger = spdlog::get("ardesk.storage"); logger && logger->should_log(spdlog::level::trace))
            logger->trace("kpi {}: {} ms of CPU", name, (now - m_last) * 1000 / CLOCKS_PER_SEC);
        m_last = now;
    }

private:
    std::clock_t m_last = std::clock();
};

// Amounts by days to pay: a flat array for the usual range, a map for the rest.
class AmountsByDays final
{
public:
    void add(qint64 days, MinorUnits amount)
    {
        const qint64 index = days + kOffset;
        if (index >= 0 && index < kFlatSize) {
            if (m_flat.empty())
                m_flat.assign(kFlatSize, 0);
            m_flat[static_cast<std::size_t>(index)] += amount;
        } else {
            m_other[days] += amount;
        }
    }
    // (days, amount) in ascending days, zero sums left out.
    std::vector<AppliedAmount> amounts() const
    {
        std::map<qint64, MinorUnits> all = m_other;
        for (std::size_t i = 0; i < m_flat.size(); ++i)
            if (m_flat[i] != 0)
                all[static_cast<qint64>(i) - kOffset] += m_flat[i];
        std::vector<AppliedAmount> result;
        for (const auto &[days, amount] : all)
            if (amount != 0)
                result.push_back({amount, days});
        return result;
    }

private:
    static constexpr qint64 kOffset = 400;    // prepayments: up to 400 days before the invoice
    static constexpr qint64 kFlatSize = 2400; // ... to 2,000 days after
    std::vector<MinorUnits> m_flat;
    std::map<qint64, MinorUnits> m_other;
};

struct Accumulated
{
    KpiRawFigures figures;
    std::vector<MinorUnits> salesByMonth; // by month from the book's first month
    AmountsByDays paid;
    bool hasActivity = false;
    qint64 activityEntries = 0; // allocation rows dated in the period (grouped aggregate)
};

// The report's groups and which group each customer belongs to: the customer's currency
// (the ledger rule keeps its invoices, payments and promises in it) and, when grouped, the
// collector's login (the id when the user is gone), segment or risk class; NULL or empty
// text is "none".
class Groups final
{
public:
    Groups(Book &book, KpiGrouping grouping)
    {
        if (grouping == KpiGrouping::Collector) {
            QSqlQuery users = book.exec(QStringLiteral("SELECT id, login FROM users"));
            while (users.next())
                m_logins.insert(users.value(0).toLongLong(), users.value(1).toString());
        }
        m_grouping = grouping;
        auto groupOf = [this](const QString &currency, const QString &raw) { return indexOfRaw(currency, raw); };
        // Customer ids are the table's row ids, dense in practice: a flat index by id (a hash
        // when they are too sparse for that).
        QSqlQuery range = book.exec(QStringLiteral("SELECT COUNT(*), MAX(id) FROM customers"));
        const qint64 count = range.next() ? range.value(0).toLongLong() : 0;
        const qint64 maxId = count > 0 ? range.value(1).toLongLong() : 0;
        const bool flat = maxId >= 0 && maxId <= 4 * count + 1024;
        if (flat)
            m_flatIndex.assign(static_cast<std::size_t>(maxId) + 1, -1);
        else
            m_indexOfCustomer.reserve(count);
        Statement customers(book, QStringLiteral("SELECT id, currency, %1 FROM customers").arg(groupColumn(grouping)));
        // (currency, raw group) as UTF-8 -> group index: a few dozen keys, looked up without
        // making strings for every customer.
        std::unordered_map<std::string, int> indexOfBytes;
        std::string bytes;
        while (customers.next()) {
            const QByteArrayView currency = customers.utf8(1);
            bytes.assign(currency.data(), static_cast<std::size_t>(currency.size()));
            const bool none = grouping == KpiGrouping::Total || customers.isNull(2);
            bytes.push_back(none ? '\1' : '\0');
            if (!none) {
                const QByteArrayView raw = customers.utf8(2);
                bytes.append(raw.data(), static_cast<std::size_t>(raw.size()));
            }
            int index;
            if (const auto found = indexOfBytes.find(bytes); found != indexOfBytes.end()) {
                index = found->second;
            } else {
                index = groupOf(customers.text(1), none ? m_none : customers.text(2));
                indexOfBytes.emplace(bytes, index);
            }
            const Id id = customers.int64(0);
            if (flat && id >= 0 && id <= maxId)
                m_flatIndex[static_cast<std::size_t>(id)] = index;
            else
                m_indexOfCustomer.insert(id, index);
        }
        // Grouped: the group each customer's rows of kpi_group_movements are filed under
        // (kpi_movements.h); a customer filed elsewhere than in its current group has moved.
        if (grouping != KpiGrouping::Total) {
            Statement filed(book, QStringLiteral("SELECT customer_id, %1 FROM kpi_customer_groups")
                                          .arg(filedColumn(grouping)));
            // (current group's currency, filed key) as UTF-8 -> the filed group's index.
            std::vector<std::string> currencyOfGroup;
            std::unordered_map<std::string, int> filedOfBytes;
            while (filed.next()) {
                const Id id = filed.int64(0);
                const int current = indexOfCustomer(id);
                while (currencyOfGroup.size() < m_groups.size())
                    currencyOfGroup.push_back(m_groups[currencyOfGroup.size()].figures.key.currency.toStdString());
                const QByteArrayView key = filed.utf8(1);
                bytes = currencyOfGroup[static_cast<std::size_t>(current)];
                bytes.push_back('\0');
                bytes.append(key.data(), static_cast<std::size_t>(key.size()));
                int filedIndex;
                if (const auto found = filedOfBytes.find(bytes); found != filedOfBytes.end()) {
                    filedIndex = found->second;
                } else {
                    filedIndex = indexOfFiled(m_groups[static_cast<std::size_t>(current)].figures.key.currency,
                                              filed.text(1));
                    filedOfBytes.emplace(bytes, filedIndex);
                }
                if (filedIndex != current)
                    m_moved.push_back({id, filedIndex, current});
            }
        }
    }

    int indexOfCustomer(Id customerId) const
    {
        int index = -1;
        if (customerId >= 0 && static_cast<std::size_t>(customerId) < m_flatIndex.size())
            index = m_flatIndex[static_cast<std::size_t>(customerId)];
        if (index < 0)
            index = m_indexOfCustomer.value(customerId, -1);
        if (index < 0)
            throw StorageError(QCoreApplication::translate("KpiRepository", "KPI figures: customer %1 does not exist").arg(customerId));
        return index;
    }
    // The Total grouping's line of a currency (made when no customer has that currency).
    Accumulated &totalOfCurrency(const QString &currency)
    {
        for (Accumulated &g : m_groups)
            if (g.figures.key.currency == currency && !g.figures.key.group)
                return g;
        m_groups.emplace_back();
        m_groups.back().figures.key = KpiGroupKey{currency, std::nullopt};
        return m_groups.back();
    }
    Accumulated &at(int index) { return m_groups[static_cast<std::size_t>(index)]; }
    Accumulated &ofCustomer(Id customerId) { return at(indexOfCustomer(customerId)); }
    const KpiGroupKey &keyOfCustomer(Id customerId) { return ofCustomer(customerId).figures.key; }
    std::vector<Accumulated> &all() { return m_groups; }

    // The group of a raw group value of the customers table ("\\0" for NULL).
    int indexOfRaw(const QString &currency, const QString &raw)
    {
        QHash<QString, int> &ofCurrency = m_indexOf[currency];
        if (const auto found = ofCurrency.constFind(raw); found != ofCurrency.constEnd())
            return *found;
        KpiGroupKey key{currency, std::nullopt};
        if (raw != m_none && m_grouping == KpiGrouping::Collector)
            key.group = m_logins.value(raw.toLongLong(), raw);
        else if (raw != m_none && !raw.isEmpty())
            key.group = raw;
        auto [it, inserted] = m_indexOfKey.try_emplace(key, static_cast<int>(m_groups.size()));
        if (inserted) {
            m_groups.emplace_back();
            m_groups.back().figures.key = key;
        }
        ofCurrency.insert(raw, it->second);
        return it->second;
    }
    // The group of a group_key of kpi_customer_groups / kpi_group_movements ('' for none).
    int indexOfFiled(const QString &currency, const QString &groupKey)
    {
        return indexOfRaw(currency, groupKey.isEmpty() ? m_none : groupKey);
    }

    // A customer whose rows are filed under another group than its current one.
    struct Moved
    {
        Id customerId;
        int filedGroup;
        int currentGroup;
    };
    const std::vector<Moved> &moved() const { return m_moved; }

private:
    KpiGrouping m_grouping = KpiGrouping::Total;
    const QString m_none{QChar(0)};
    QHash<Id, QString> m_logins;
    // currency -> raw group value (m_none for NULL) -> group index; several raw values may
    // share a key (no segment as NULL or as empty text).
    QHash<QString, QHash<QString, int>> m_indexOf;
    std::map<KpiGroupKey, int> m_indexOfKey;
    std::vector<Moved> m_moved;
    std::vector<Accumulated> m_groups;
    std::vector<int> m_flatIndex; // customer id -> group index, -1 for none
    QHash<Id, int> m_indexOfCustomer;
};

} // namespace

int KpiRepository::promiseGraceDays(int fallback)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QStringLiteral("collections.grace_days"));
    Book::exec(q);
    if (!q.next())
        return fallback;
    bool ok = false;
    const int value = q.value(0).toString().trimmed().toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

KpiPromiseInputs KpiRepository::readPromiseInputs(QDate start, QDate asOf, int promiseGraceDays)
{
    return readPromiseInputsOf(start, asOf, promiseGraceDays, nullptr);
}

std::pair<std::vector<bool>, qint64> KpiRepository::validOutcomeCustomers(QDate asOf, int promiseGraceDays)
{
    std::vector<bool> valid;
    qint64 validCount = 0;
    Statement q(m_book, QStringLiteral("SELECT customer_id FROM promise_outcome_customers "
                                       "WHERE grace_days = ? AND change_day <= ?"));
    q.bind(1, promiseGraceDays);
    q.bind(2, asOf.toJulianDay());
    while (q.next()) {
        const Id id = q.int64(0);
        if (id < 0)
            continue;
        if (static_cast<std::size_t>(id) >= valid.size())
            valid.resize(static_cast<std::size_t>(id) + 1024, false);
        valid[static_cast<std::size_t>(id)] = true;
        ++validCount;
    }
    return {std::move(valid), validCount};
}

KpiPromiseInputs KpiRepository::readPromisesOfPeriod(QDate start, QDate asOf, int promiseGraceDays)
{
    StepTimer timer;
    const qint64 asOfDay = asOf.toJulianDay();
    const qint64 startDay = start.toJulianDay();
    // Customers whose maintained outcomes are valid for the date (promise_outcomes.h): stored
    // with these grace days, nothing changing them dated after the date.
    const auto validOutcomes = validOutcomeCustomers(asOf, promiseGraceDays);
    const std::vector<bool> &valid = validOutcomes.first;
    const qint64 validCount = validOutcomes.second;
    auto isValid = [&valid](Id id) { return id >= 0 && static_cast<std::size_t>(id) < valid.size() && valid[static_cast<std::size_t>(id)]; };
    timer.step("promise outcomes valid");
    if (validCount == 0)
        return readPromiseInputsOf(start, asOf, promiseGraceDays, nullptr);

    // The customers left to the rule: a promise that can matter for the period (promised
    // date >= start - 1 - grace: readPromiseInputs' test, here over every promise, so a
    // superset) and no valid outcomes. The promises' customer index alone is read.
    const qint64 relevantFrom = start.addDays(-1 - promiseGraceDays).toJulianDay();
    std::vector<bool> candidates;
    qint64 candidateCount = 0;
    {
        Statement q(m_book, QStringLiteral("SELECT customer_id, MAX(promised_date) FROM promises GROUP BY customer_id"));
        while (q.next()) {
            const Id id = q.int64(0);
            if (q.int64(1) < relevantFrom || isValid(id) || id < 0)
                continue;
            if (static_cast<std::size_t>(id) >= candidates.size())
                candidates.resize(static_cast<std::size_t>(id) + 1024, false);
            candidates[static_cast<std::size_t>(id)] = true;
            ++candidateCount;
        }
    }
    timer.step("promise customers");
    KpiPromiseInputs data;
    if (candidateCount > 0)
        data = readPromiseInputsOf(start, asOf, promiseGraceDays, &candidates);

    // The valid customers' promises decided in the period: kept on a day in it, or partially
    // kept or broken from the day after promised date + grace in it (PromiseOutcome::statusOn
    // and promiseOutcomeDay in kpi_service.h give the same). A promise taken after the date
    // was neither kept nor past its deadline by then, so it is never counted.
    // With them, in the same pass, the promises due on the date (a promise is never taken
    // after the day it is due): pending then unless kept by that day.
    Statement q(m_book, QStringLiteral("SELECT customer_id, promised_date, paid, kept_day, promise_id FROM promise_outcomes "
                                       "WHERE (kept_day >= ? AND kept_day <= ?) OR (promised_date >= ? AND "
                                       "promised_date <= ?) OR promised_date = ?"));
    q.bind(1, startDay);
    q.bind(2, asOfDay);
    q.bind(3, startDay - 1 - promiseGraceDays);
    q.bind(4, asOfDay - 1 - promiseGraceDays);
    q.bind(5, asOfDay);
    while (q.next()) {
        const Id customerId = q.int64(0);
        if (!isValid(customerId))
            continue;
        PromiseStatus status;
        qint64 outcomeDay;
        if (!q.isNull(3) && q.int64(3) <= asOfDay) {
            status = PromiseStatus::Kept;
            outcomeDay = q.int64(3);
        } else {
            const qint64 deadline = q.int64(1) + promiseGraceDays;
            if (asOfDay <= deadline) { // pending
                if (q.int64(1) == asOfDay)
                    data.pendingDueOnAsOf.push_back(customerId);
                continue;
            }
            status = q.int64(2) > 0 ? PromiseStatus::PartiallyKept : PromiseStatus::Broken;
            outcomeDay = deadline + 1;
        }
        if (outcomeDay < startDay || outcomeDay > asOfDay)
            continue;
        data.decided.push_back({customerId, status, q.int64(4), QDate::fromJulianDay(outcomeDay)});
    }
    std::sort(data.pendingDueOnAsOf.begin(), data.pendingDueOnAsOf.end());
    timer.step("promise outcomes");
    return data;
}

KpiRepository::PendingPromises KpiRepository::readPendingPromises(QDate asOf, int promiseGraceDays)
{
    StepTimer timer;
    PendingPromises result;
    const qint64 asOfDay = asOf.toJulianDay();
    const auto validOutcomes = validOutcomeCustomers(asOf, promiseGraceDays);
    const std::vector<bool> &valid = validOutcomes.first;
    auto isValid = [&valid](Id id) {
        return id >= 0 && static_cast<std::size_t>(id) < valid.size() && valid[static_cast<std::size_t>(id)];
    };
    timer.step("promise outcomes valid");
    if (validOutcomes.second == 0) {
        result.rule = readPromiseInputsOf(asOf, asOf, promiseGraceDays, nullptr);
        return result;
    }

    // The valid customers' promises that can be pending on the date (promised date + grace
    // on or after it), with what the rule needs of them. Pending when taken by the date and
    // not kept by it (PromiseOutcome::statusOn). What counted toward such a promise by the
    // date is not stored (`paid` counts every payment posted so far): when the stored amount
    // is 0 nothing counted by the date either; otherwise the customer goes to the rule.
    std::vector<bool> candidates;
    auto mark = [&candidates](Id id) {
        if (id < 0)
            return;
        if (static_cast<std::size_t>(id) >= candidates.size())
            candidates.resize(static_cast<std::size_t>(id) + 1024, false);
        candidates[static_cast<std::size_t>(id)] = true;
    };
    auto isCandidate = [&candidates](Id id) {
        return id >= 0 && static_cast<std::size_t>(id) < candidates.size() && candidates[static_cast<std::size_t>(id)];
    };
    {
        Statement q(m_book, QStringLiteral("SELECT o.promise_id, o.customer_id, o.promised_date, o.paid, o.kept_day, "
                                           "p.taken_date, p.amount, p.invoice_id FROM promise_outcomes o "
                                           "JOIN promises p ON p.id = o.promise_id WHERE o.promised_date >= ?"));
        q.bind(1, asOfDay - promiseGraceDays);
        while (q.next()) {
            const Id customerId = q.int64(1);
            if (!isValid(customerId) || q.int64(5) > asOfDay)
                continue;
            if (!q.isNull(4) && q.int64(4) <= asOfDay)
                continue; // kept by the date
            if (q.int64(3) != 0) {
                mark(customerId);
                continue;
            }
            PromiseToPay promise;
            promise.id = q.int64(0);
            promise.customerId = customerId;
            promise.takenOn = QDate::fromJulianDay(q.int64(5));
            promise.promisedFor = QDate::fromJulianDay(q.int64(2));
            promise.amount = q.int64(6);
            if (!q.isNull(7))
                promise.invoiceId = q.int64(7);
            result.pending.push_back(promise);
        }
    }
    timer.step("pending promise outcomes");

    // The customers left to the rule: those above, and every customer without valid outcomes
    // and with a promise that can matter (readPromiseInputs' test, over every promise).
    const qint64 relevantFrom = asOfDay - 1 - promiseGraceDays;
    bool any = false;
    {
        Statement q(m_book, QStringLiteral("SELECT customer_id, MAX(promised_date) FROM promises GROUP BY customer_id"));
        while (q.next()) {
            const Id id = q.int64(0);
            if (q.int64(1) < relevantFrom || id < 0)
                continue;
            if (isCandidate(id)) {
                any = true;
                continue;
            }
            if (isValid(id))
                continue;
            mark(id);
            any = true;
        }
    }
    std::erase_if(result.pending, [&](const PromiseToPay &promise) { return isCandidate(promise.customerId); });
    std::sort(result.pending.begin(), result.pending.end(), [](const PromiseToPay &a, const PromiseToPay &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.id < b.id;
    });
    timer.step("promise customers");
    if (any)
        result.rule = readPromiseInputsOf(asOf, asOf, promiseGraceDays, &candidates);
    return result;
}

KpiPromiseInputs KpiRepository::readPromiseInputsOf(QDate start, QDate asOf, int promiseGraceDays,
                                                    const std::vector<bool> *candidates)
{
    KpiPromiseInputs data;
    StepTimer timer;
    const qint64 asOfDay = asOf.toJulianDay();
    // 1. The promises of the customers with a promise whose outcome may fall in the period
    //    (kept on a day in it, or past promised date + grace in it, so promised date >=
    //    start - 1 - grace), taken on or before the as-of date: every promise of those
    //    customers taken by then.
    const qint64 relevantFrom = start.addDays(-1 - promiseGraceDays).toJulianDay();
    std::vector<PromiseToPay> all;
    {
        // One pass over the promises in storage order (most of them are needed when the
        // book has a promise history, and a pass costs less than an index lookup per row),
        // then those of the customers involved, by customer and id.
        // With few candidate customers, theirs alone through the customer index.
        auto isCandidate = [candidates](Id id) {
            return id >= 0 && static_cast<std::size_t>(id) < candidates->size() &&
                   (*candidates)[static_cast<std::size_t>(id)];
        };
        std::vector<Id> few;
        if (candidates) {
            for (std::size_t id = 0; id < candidates->size() && few.size() <= kFewPromiseCustomers; ++id)
                if ((*candidates)[id])
                    few.push_back(static_cast<Id>(id));
            if (few.size() > kFewPromiseCustomers)
                few.clear();
        }
        Statement p(m_book, few.empty() ? QStringLiteral("SELECT id, customer_id, taken_date, promised_date, amount, "
                                                         "invoice_id FROM promises WHERE taken_date <= ?")
                                        : QStringLiteral("SELECT id, customer_id, taken_date, promised_date, amount, "
                                                         "invoice_id FROM promises WHERE taken_date <= ? "
                                                         "AND customer_id = ?"));
        QSet<Id> involved;
        std::size_t nextFew = 0;
        bool started = false;
        auto nextRow = [&]() {
            if (few.empty()) {
                if (!started)
                    p.bind(1, asOfDay);
                started = true;
                return p.next();
            }
            while (true) {
                if (started && p.next())
                    return true;
                if (nextFew >= few.size())
                    return false;
                p.bind(1, asOfDay);
                p.bind(2, few[nextFew++]);
                started = true;
            }
        };
        while (nextRow()) {
            if (candidates && few.empty() && !isCandidate(p.int64(1)))
                continue;
            PromiseToPay promise;
            promise.id = p.int64(0);
            promise.customerId = p.int64(1);
            const qint64 promised = p.int64(3);
            promise.takenOn = QDate::fromJulianDay(p.int64(2));
            promise.promisedFor = QDate::fromJulianDay(promised);
            promise.amount = p.int64(4);
            if (!p.isNull(5))
                promise.invoiceId = p.int64(5);
            if (promised >= relevantFrom)
                involved.insert(promise.customerId);
            all.push_back(promise);
        }
        std::erase_if(all, [&](const PromiseToPay &promise) { return !involved.contains(promise.customerId); });
        std::sort(all.begin(), all.end(), [](const PromiseToPay &a, const PromiseToPay &b) {
            return a.customerId != b.customerId ? a.customerId < b.customerId : a.id < b.id;
        });
    }
    timer.step("promises read");
    if (all.empty())
        return data;

    // 2. Only the promises that can matter. A payment counts toward a promise only inside
    //    the promise's window (taken date to promised date + grace), so the promises of a
    //    customer fall into groups of overlapping windows (the windows merged into spans of
    //    days) that share no payment with each other: each group is evaluated as if it
    //    were alone (domain/promise_evaluation.h). A group whose promises all ended before
    //    the period (deadline < start - 1) has no outcome in it and nothing pending by
    //    then, so it is left out with its payments; the groups kept need only the payments
    //    received inside their span. On a book with a long promise history this reads a
    //    small part of what "every promise and payment of the customer" would.
    struct Span
    {
        Id customerId = 0;
        qint64 from = 0;
        qint64 to = 0;
        bool namesInvoice = false;
    };
    std::vector<Span> spans;
    std::vector<std::size_t> order;
    for (std::size_t first = 0; first < all.size();) {
        std::size_t last = first;
        while (last < all.size() && all[last].customerId == all[first].customerId)
            ++last;
        order.clear();
        for (std::size_t i = first; i < last; ++i)
            order.push_back(i);
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return all[x].takenOn != all[y].takenOn ? all[x].takenOn < all[y].takenOn : x < y;
        });
        std::vector<bool> keep(last - first, false);
        for (std::size_t k = 0; k < order.size();) {
            const qint64 from = all[order[k]].takenOn.toJulianDay();
            qint64 to = all[order[k]].promisedFor.toJulianDay() + promiseGraceDays;
            std::size_t end = k + 1;
            while (end < order.size() && all[order[end]].takenOn.toJulianDay() <= to) {
                to = std::max<qint64>(to, all[order[end]].promisedFor.toJulianDay() + promiseGraceDays);
                ++end;
            }
            bool needed = false;
            bool namesInvoice = false;
            for (std::size_t m = k; m < end; ++m) {
                const PromiseToPay &promise = all[order[m]];
                needed = needed || promise.promisedFor.toJulianDay() >= relevantFrom;
                namesInvoice = namesInvoice || promise.invoiceId.has_value();
            }
            if (needed) {
                for (std::size_t m = k; m < end; ++m)
                    keep[order[m] - first] = true;
                spans.push_back({all[first].customerId, from, std::min(to, asOfDay), namesInvoice});
            }
            k = end;
        }
        for (std::size_t i = first; i < last; ++i)
            if (keep[i - first])
                data.promises.push_back(all[i]);
        first = last;
    }

    timer.step("promise windows");

    // 3. Payments not reversed on or before the as-of date, received inside a kept span,
    //    in the order received; for spans with a promise that names an invoice, their
    //    applications to invoices as of the date.
    Statement pay(m_book, QStringLiteral("SELECT st.payment_id, st.received_date, st.amount FROM payments y "
                                         "JOIN payment_state st ON st.payment_id = y.id "
                                         "WHERE y.customer_id = ? AND y.received_date >= ? AND y.received_date <= ? "
                                         "AND (st.reversed_date IS NULL OR st.reversed_date > ?) "
                                         "ORDER BY y.received_date, y.id"));
    std::unique_ptr<Statement> applied;
    QHash<Id, std::size_t> indexOfPayment;
    // One range per customer (its spans are in order and do not overlap), rows outside its
    // spans skipped: fewer statements than one per span.
    for (std::size_t first = 0; first < spans.size();) {
        std::size_t last = first;
        bool namesInvoice = false;
        while (last < spans.size() && spans[last].customerId == spans[first].customerId) {
            namesInvoice = namesInvoice || spans[last].namesInvoice;
            ++last;
        }
        const Id customerId = spans[first].customerId;
        const qint64 from = spans[first].from;
        const qint64 to = spans[last - 1].to;
        auto inSpan = [&spans, begin = first, end = last](qint64 day) {
            for (std::size_t i = begin; i < end; ++i)
                if (day >= spans[i].from && day <= spans[i].to)
                    return true;
            return false;
        };
        first = last;
        if (from > to)
            continue;
        pay.bind(1, customerId);
        pay.bind(2, from);
        pay.bind(3, to);
        pay.bind(4, asOfDay);
        indexOfPayment.clear();
        while (pay.next()) {
            const qint64 received = pay.int64(1);
            if (!inSpan(received))
                continue;
            ReceivedPayment payment;
            payment.customerId = customerId;
            payment.receivedOn = QDate::fromJulianDay(received);
            payment.amount = pay.int64(2);
            if (namesInvoice)
                indexOfPayment.insert(pay.int64(0), data.payments.size());
            data.payments.push_back(std::move(payment));
        }
        if (!namesInvoice || indexOfPayment.isEmpty())
            continue;
        if (!applied)
            applied = std::make_unique<Statement>(
                    m_book, QStringLiteral("SELECT a.payment_id, a.invoice_id, SUM(a.amount) FROM payments y "
                                           "JOIN allocations a ON a.payment_id = y.id AND a.alloc_date <= ? "
                                           "WHERE y.customer_id = ? AND y.received_date >= ? AND y.received_date <= ? "
                                           "GROUP BY a.payment_id, a.invoice_id HAVING SUM(a.amount) <> 0 "
                                           "ORDER BY a.payment_id, a.invoice_id"));
        applied->bind(1, asOfDay);
        applied->bind(2, customerId);
        applied->bind(3, from);
        applied->bind(4, to);
        while (applied->next()) {
            const auto found = indexOfPayment.constFind(applied->int64(0));
            if (found == indexOfPayment.constEnd())
                continue; // reversed on or before the date, or outside the spans
            data.payments[*found].applications.append({applied->int64(1), applied->int64(2)});
        }
    }
    timer.step("promise payments");
    return data;
}

KpiRawData KpiRepository::read(QDate asOf, int months, KpiGrouping grouping, int promiseGraceDays)
{
    KpiRawData data;
    data.asOf = asOf;
    data.months = months;
    data.periodStart = periodStart(asOf, months);
    if (!data.periodStart.isValid())
        throw StorageError(QCoreApplication::translate("KpiRepository", "KPI period: invalid as-of date or number of months"));
    const QDate start = data.periodStart;
    const qint64 asOfDay = asOf.toJulianDay();
    const qint64 startDay = start.toJulianDay();

    StepTimer timer;
    ReadSnapshot snapshot(m_book);
    Groups groups(m_book, grouping);
    timer.step("customers");

    // 1. AR as of the date. By currency alone (the Total grouping; an invoice's currency is
    //    its customer's): the sums of the AR movement aggregate up to the date
    //    (ar_movements.h), per due day for the current part. Otherwise: what is open now
    //    (read with the invoices in step 2) plus what was applied after the date: those
    //    allocation rows, read first through the date index, summed per customer.
    const bool arFromMovements = grouping == KpiGrouping::Total;
    if (arFromMovements) {
        Statement q(m_book,
                    QStringLiteral("SELECT currency, due_day, SUM(amount) FROM ("
                                   "SELECT currency, due_day, amount FROM ar_movements WHERE grain = 1 AND kind = 0 "
                                   "AND move_day < ? UNION ALL SELECT currency, due_day, amount FROM ar_movements "
                                   "WHERE grain = 0 AND kind = 0 AND move_day >= ? AND move_day <= ?) m "
                                   "GROUP BY currency, due_day"));
        const qint64 blockStart = movementBlockStart(asOfDay);
        q.bind(1, blockStart);
        q.bind(2, blockStart);
        q.bind(3, asOfDay);
        while (q.next()) {
            const MinorUnits amount = q.int64(2);
            if (amount == 0)
                continue;
            Accumulated &g = groups.totalOfCurrency(q.text(0));
            g.figures.endingAr += amount;
            if (q.int64(1) >= asOfDay)
                g.figures.endingCurrentAr += amount;
        }
    }

    timer.step("AR by currency");

    // 2. Every invoice issued on or before the as-of date, in one scan of invoice_state:
    //    what is open now (current: due on or after the as-of date), the period's credit
    //    sales, the sales of every calendar month for the countback (so its walk can go back
    //    as far as it needs) and, for step 3, each invoice's group and issue date. Summed
    //    while the rows stream: SQLite's GROUP BY would sort every row first, which costs
    //    more than the scan itself.
    QSqlQuery first = m_book.exec(QStringLiteral("SELECT MIN(issue_date) FROM invoices"));
    const qint64 firstDay = first.next() && !first.value(0).isNull() ? first.value(0).toLongLong() : asOfDay;
    first.finish();
    const QDate firstMonth = firstOfMonth(QDate::fromJulianDay(std::min(firstDay, asOfDay)));
    const qint64 firstMonthDay = firstMonth.toJulianDay();
    std::vector<int> monthOfDay; // day - first month's first day -> month number from the first month
    int monthCount = 0;
    for (QDate d = firstMonth; d <= asOf; d = d.addDays(1)) {
        if (d.day() == 1)
            ++monthCount;
        monthOfDay.push_back(monthCount - 1);
    }
    // 1-3 by collector, segment or risk class: the same aggregate per group
    //    (kpi_group_movements, kpi_movements.h), where each customer's rows are filed under
    //    the group of kpi_customer_groups: ending AR = sales - applied up to the date, current
    //    AR from the rows by due day, the period's figures as by currency. A customer
    //    reassigned since its rows were filed (a different group now) has its own ledger
    //    rows moved from the filed group to the current one here.
    if (!arFromMovements) {
        auto apply = [&](Accumulated &g, KpiMovementKind kind, qint64 day, qint64 untilDay, qint64 amount,
                         qint64 amountDays, qint64 entries) {
            switch (kind) {
            case KpiMovementKind::Sales:
                if (day > asOfDay)
                    return;
                g.figures.endingAr += amount;
                if (g.salesByMonth.empty())
                    g.salesByMonth.assign(static_cast<std::size_t>(monthCount), 0);
                if (day >= firstMonthDay)
                    g.salesByMonth[static_cast<std::size_t>(monthOfDay[static_cast<std::size_t>(day - firstMonthDay)])] +=
                            amount;
                if (day >= startDay)
                    g.figures.creditSales += amount;
                return;
            case KpiMovementKind::Applied:
                if (day > asOfDay)
                    return;
                g.figures.endingAr -= amount;
                if (day >= startDay) {
                    g.figures.appliedInPeriod += amount;
                    g.activityEntries += entries;
                }
                return;
            case KpiMovementKind::WrittenOff:
                if (day >= startDay && day <= asOfDay)
                    g.figures.writtenOff += amount;
                return;
            case KpiMovementKind::Paid:
                if (day >= startDay && day <= asOfDay) {
                    g.figures.paidAmount += amount;
                    g.figures.paidAmountDays += amountDays;
                }
                return;
            case KpiMovementKind::PaidReversed:
                if (day >= startDay && untilDay <= asOfDay) {
                    g.figures.paidAmount += amount;
                    g.figures.paidAmountDays += amountDays;
                }
                return;
            case KpiMovementKind::InvoiceByDue:
                if (day >= asOfDay && untilDay <= asOfDay)
                    g.figures.endingCurrentAr += amount;
                return;
            case KpiMovementKind::AppliedByDue:
                if (day >= asOfDay && untilDay <= asOfDay)
                    g.figures.endingCurrentAr -= amount;
                return;
            }
        };
        // Open ends as Julian days inside the 32-bit INTEGER of the column (PostgreSQL
        // refuses a 64-bit bound there).
        constexpr qint64 kNoLimit = std::numeric_limits<qint32>::max();
        constexpr qint64 kNoStart = 0;
        struct Range
        {
            KpiMovementKind kind;
            qint64 from;
            qint64 to;
        };
        const Range ranges[] = {
                {KpiMovementKind::Sales, kNoStart, asOfDay},
                {KpiMovementKind::Applied, kNoStart, asOfDay},
                {KpiMovementKind::WrittenOff, startDay, asOfDay},
                {KpiMovementKind::Paid, startDay, asOfDay},
                {KpiMovementKind::PaidReversed, startDay, asOfDay},
                {KpiMovementKind::InvoiceByDue, asOfDay, kNoLimit},
                {KpiMovementKind::AppliedByDue, asOfDay, kNoLimit},
        };
        Statement q(m_book, QStringLiteral("SELECT currency, group_key, day, until_day, amount, amount_days, entries "
                                           "FROM kpi_group_movements WHERE dimension = ? AND kind = ? AND day >= ? "
                                           "AND day <= ?"));
        for (const Range &range : ranges) {
            q.bind(1, static_cast<qint64>(grouping));
            q.bind(2, static_cast<qint64>(range.kind));
            q.bind(3, range.from);
            q.bind(4, range.to);
            QString lastCurrency, lastKey;
            int index = -1;
            while (q.next()) {
                const QString currency = q.text(0);
                const QString key = q.text(1);
                if (index < 0 || currency != lastCurrency || key != lastKey) {
                    index = groups.indexOfFiled(currency, key);
                    lastCurrency = currency;
                    lastKey = key;
                }
                apply(groups.at(index), range.kind, q.int64(2), q.int64(3), q.int64(4), q.int64(5), q.int64(6));
            }
            q.reset();
        }
        timer.step("KPI group movements");
        for (const Groups::Moved &moved : groups.moved()) {
            for (const KpiContribution &row : customerKpiContributions(m_book, moved.customerId)) {
                apply(groups.at(moved.filedGroup), row.kind, row.day, row.untilDay, -row.amount, -row.amountDays, -1);
                apply(groups.at(moved.currentGroup), row.kind, row.day, row.untilDay, row.amount, row.amountDays, 1);
            }
        }
        timer.step("reassigned customers");

        // Invoices with instalment parts (docs/credit-policy.md "Instalment terms"): the
        // group rows file their current AR by the invoice's own due date (kinds 5 and 6),
        // while the AR by currency and the aging count each part by its own due date with
        // what is open of it (openInstalmentParts). So for each such invoice issued by the
        // date that is current as of the date either way, its filed current amount (all of
        // what was open on the date when the invoice's due date is on or after it, else
        // nothing) is replaced by its parts' (docs/kpi.md "How it stays fast"). The parts are
        // read first, then what was applied after the date (PostgreSQL's driver drops a
        // pending result when another query runs).
        {
            struct PartInvoice
            {
                Id invoiceId = 0;
                Id customerId = 0;
                qint64 dueDay = 0;
                MinorUnits openNow = 0;
                std::vector<InstalmentPart> parts;
            };
            std::vector<PartInvoice> invoices;
            Statement parts(m_book, QStringLiteral("SELECT p.invoice_id, p.seq, p.due_date, p.amount, s.customer_id, "
                                                   "s.due_date, s.open_amount FROM invoice_installments p "
                                                   "JOIN invoice_state s ON s.invoice_id = p.invoice_id "
                                                   "WHERE s.issue_date <= ? ORDER BY p.invoice_id, p.seq"));
            auto currentEitherWay = [asOfDay](const PartInvoice &invoice) {
                return invoice.dueDay >= asOfDay ||
                       std::any_of(invoice.parts.begin(), invoice.parts.end(), [asOfDay](const InstalmentPart &part) {
                           return part.dueDate.toJulianDay() >= asOfDay;
                       });
            };
            parts.bind(1, asOfDay);
            while (parts.next()) {
                const Id id = parts.int64(0);
                if (invoices.empty() || invoices.back().invoiceId != id) {
                    if (!invoices.empty() && !currentEitherWay(invoices.back()))
                        invoices.pop_back();
                    invoices.push_back({id, parts.int64(4), parts.int64(5), parts.int64(6), {}});
                }
                invoices.back().parts.push_back({static_cast<int>(parts.int64(1)),
                                                 QDate::fromJulianDay(parts.int64(2)), parts.int64(3)});
            }
            if (!invoices.empty() && !currentEitherWay(invoices.back()))
                invoices.pop_back();
            if (!invoices.empty()) {
                Statement later(m_book, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM allocations "
                                                       "WHERE invoice_id = ? AND alloc_date > ?"));
                for (const PartInvoice &invoice : invoices) {
                    later.bind(1, invoice.invoiceId);
                    later.bind(2, asOfDay);
                    const MinorUnits openOnDate = invoice.openNow + (later.next() ? later.int64(0) : 0);
                    later.reset();
                    MinorUnits byParts = 0;
                    for (const OpenInstalmentPart &part : openInstalmentParts(invoice.parts, openOnDate))
                        if (part.dueDate.toJulianDay() >= asOfDay)
                            byParts += part.open;
                    const MinorUnits filed = invoice.dueDay >= asOfDay ? openOnDate : 0;
                    groups.ofCustomer(invoice.customerId).figures.endingCurrentAr += byParts - filed;
                }
            }
        }
        timer.step("instalment invoices");
    }

    // 2-3 by currency alone: the KPI movement aggregate (kpi_movements.h) holds the sales,
    //    the applied, written-off and paid amounts per currency and day: a few thousand rows
    //    instead of every invoice and every allocation row of the period.
    if (arFromMovements) {
        Statement q(m_book, QStringLiteral("SELECT kind, currency, day, until_day, amount, amount_days, entries "
                                           "FROM kpi_movements WHERE (kind = 0 AND day <= ?) OR "
                                           "(kind > 0 AND day >= ? AND day <= ?)"));
        q.bind(1, asOfDay);
        q.bind(2, startDay);
        q.bind(3, asOfDay);
        while (q.next()) {
            const auto kind = static_cast<KpiMovementKind>(q.int64(0));
            const qint64 day = q.int64(2);
            const MinorUnits amount = q.int64(4);
            Accumulated &g = groups.totalOfCurrency(q.text(1));
            switch (kind) {
            case KpiMovementKind::Sales:
                if (g.salesByMonth.empty())
                    g.salesByMonth.assign(static_cast<std::size_t>(monthCount), 0);
                if (day >= firstMonthDay)
                    g.salesByMonth[static_cast<std::size_t>(monthOfDay[static_cast<std::size_t>(day - firstMonthDay)])] +=
                            amount;
                if (day >= startDay)
                    g.figures.creditSales += amount;
                break;
            case KpiMovementKind::Applied:
                g.figures.appliedInPeriod += amount;
                if (q.int64(6) != 0)
                    g.hasActivity = true;
                break;
            case KpiMovementKind::WrittenOff:
                g.figures.writtenOff += amount;
                break;
            case KpiMovementKind::Paid:
                g.figures.paidAmount += amount;
                g.figures.paidAmountDays += q.int64(5);
                break;
            case KpiMovementKind::PaidReversed:
                if (q.int64(3) <= asOfDay) {
                    g.figures.paidAmount += amount;
                    g.figures.paidAmountDays += q.int64(5);
                }
                break;
            case KpiMovementKind::InvoiceByDue:
            case KpiMovementKind::AppliedByDue:
                break; // kpi_group_movements only: never in kpi_movements
            }
        }
        timer.step("KPI movements");
    }



    // Countback months, oldest first.
    for (Accumulated &g : groups.all()) {
        for (std::size_t m = 0; m < g.salesByMonth.size(); ++m)
            if (g.salesByMonth[m] != 0)
                g.figures.monthlySales.push_back({firstMonth.addMonths(static_cast<int>(m)), g.salesByMonth[m]});
        g.salesByMonth = {};
    }

    // 4. Promises whose outcome may fall in the period.
    data.promises = readPromisesOfPeriod(start, asOf, promiseGraceDays);
    for (const PromiseToPay &promise : data.promises.promises)
        if (!data.promises.groupOfCustomer.contains(promise.customerId))
            data.promises.groupOfCustomer.insert(promise.customerId, groups.keyOfCustomer(promise.customerId));
    for (const KpiPromiseOutcome &decided : data.promises.decided)
        if (!data.promises.groupOfCustomer.contains(decided.customerId))
            data.promises.groupOfCustomer.insert(decided.customerId, groups.keyOfCustomer(decided.customerId));

    timer.step("promises");

    // AR at the start of the period rolls back from the end: an allocation is never dated
    // before its invoice's issue date (docs/ledger.md), so everything that changed AR in
    // the period is a sale or an allocation row dated in it.
    std::vector<Accumulated> &all = groups.all();
    std::sort(all.begin(), all.end(),
              [](const Accumulated &a, const Accumulated &b) { return a.figures.key < b.figures.key; });
    for (Accumulated &g : all) {
        KpiRawFigures &f = g.figures;
        f.beginningAr = f.endingAr - f.creditSales + f.appliedInPeriod;
        f.paid = g.paid.amounts();
        for (const AppliedAmount &applied : f.paid) {
            f.paidAmount += applied.amount;
            f.paidAmountDays += applied.amount * applied.daysToPay;
        }
        const bool hasFigures = f.beginningAr != 0 || f.endingAr != 0 || f.creditSales != 0 || g.hasActivity ||
                                g.activityEntries != 0;
        if (hasFigures)
            data.figures.push_back(std::move(f));
    }
    return data;
}

} // namespace ardesk
