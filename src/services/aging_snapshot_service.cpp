#include "aging_snapshot_service.h"

#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

QString edgesText(const AgingBuckets &buckets)
{
    QStringList parts;
    for (const int edge : buckets.edges())
        parts << QString::number(edge);
    return parts.join(u',');
}

std::optional<AgingSnapshotInfo> infoOf(const AgingSnapshotRow &row)
{
    const auto basis = agingBasisFromKey(row.basis);
    auto buckets = AgingBuckets::parse(row.edges);
    if (!basis || !buckets)
        return std::nullopt;
    return AgingSnapshotInfo{row.id, row.asOf, *basis, *buckets, row.createdAt};
}

QDate lastDayOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

} // namespace

std::vector<QDate> monthEndsToTake(std::optional<QDate> after, QDate firstDay, QDate today, int limit)
{
    std::vector<QDate> result;
    if (!firstDay.isValid() || !today.isValid() || limit <= 0)
        return result;
    for (QDate end = lastDayOfMonth(today.addMonths(-1)); end >= lastDayOfMonth(firstDay) && end < today;
         end = lastDayOfMonth(end.addMonths(-1))) {
        if (after && end <= *after)
            break;
        result.push_back(end);
        if (static_cast<int>(result.size()) == limit)
            break;
    }
    std::reverse(result.begin(), result.end());
    return result;
}

std::vector<RollForwardCurrency> rollForwardFromMovements(const std::vector<InvoiceMovement> &movements, QDate from,
                                                          QDate to, AgingBasis basis, const AgingBuckets &buckets)
{
    const int count = buckets.bucketCount();
    std::map<QString, RollForwardCurrency> byCurrency;
    for (const InvoiceMovement &m : movements) {
        auto [it, inserted] = byCurrency.try_emplace(m.currency);
        RollForwardCurrency &c = it->second;
        if (inserted) {
            c.currency = m.currency;
            for (int b = 0; b < count; ++b) {
                RollForwardLine line;
                line.bucket = b;
                line.label = buckets.label(b);
                c.buckets.push_back(line);
            }
        }
        const bool isNew = m.issueDate > from;
        // The bucket the invoice comes from: where it stood at the start, or for a new
        // invoice where it stood on its issue date.
        const int fromBucket =
                buckets.bucketFor(daysPastDue(isNew ? m.issueDate : from, m.dueDate, m.issueDate, basis));
        const int toBucket = buckets.bucketFor(daysPastDue(to, m.dueDate, m.issueDate, basis));
        RollForwardLine &source = c.buckets[static_cast<std::size_t>(fromBucket)];
        if (isNew)
            source.newInvoices += m.amount;
        else
            source.opening += m.openAtEnd + m.paid + m.credited + m.writtenOff;
        source.collected += m.paid;
        source.credited += m.credited;
        source.writtenOff += m.writtenOff;
        if (m.openAtEnd != 0 && toBucket != fromBucket) {
            source.movedOut += m.openAtEnd;
            c.buckets[static_cast<std::size_t>(toBucket)].movedIn += m.openAtEnd;
        }
        c.buckets[static_cast<std::size_t>(toBucket)].closing += m.openAtEnd;
    }
    std::vector<RollForwardCurrency> result;
    for (auto &[currency, c] : byCurrency) {
        c.total.bucket = -1;
        for (const RollForwardLine &l : c.buckets) {
            c.total.opening += l.opening;
            c.total.newInvoices += l.newInvoices;
            c.total.collected += l.collected;
            c.total.credited += l.credited;
            c.total.writtenOff += l.writtenOff;
            c.total.movedOut += l.movedOut;
            c.total.movedIn += l.movedIn;
            c.total.latePostings += l.latePostings;
            c.total.closing += l.closing;
        }
        result.push_back(std::move(c));
    }
    return result;
}

Result<std::pair<AgingBasis, AgingBuckets>> AgingSnapshotService::bookAgingSettings()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::pair<AgingBasis, AgingBuckets>> {
        AgingBasis basis = AgingBasis::DueDate;
        AgingBuckets buckets;
        ManagerRepository repository(m_session.book());
        if (const auto value = repository.setting(QStringLiteral("aging.basis")))
            if (const auto b = agingBasisFromKey(value->trimmed()))
                basis = *b;
        if (const auto value = repository.setting(QStringLiteral("aging.edges")))
            if (auto parsed = AgingBuckets::parse(value->trimmed()))
                buckets = *parsed;
        return std::pair{basis, buckets};
    });
}

Result<std::vector<AgingSnapshotInfo>> AgingSnapshotService::list()
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<AgingSnapshotInfo>> {
        std::vector<AgingSnapshotInfo> result;
        for (const AgingSnapshotRow &row : ManagerRepository(m_session.book()).snapshots())
            if (auto info = infoOf(row))
                result.push_back(*info);
        return result;
    });
}

Result<AgingSnapshotInfo> AgingSnapshotService::takeLocked(QDate asOf, AgingBasis basis, const AgingBuckets &buckets)
{
    Book &book = m_session.book();
    const QString basisKey = agingBasisKey(basis);
    const QString edges = edgesText(buckets);
    auto existing = reading([&]() -> Result<std::optional<AgingSnapshotRow>> {
        return ManagerRepository(book).snapshotAt(asOf, basisKey, edges);
    });
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return *infoOf(**existing);
    // Computed from one read snapshot of the book, written in one short transaction.
    auto lines = reading([&]() -> Result<std::vector<SnapshotLine>> {
        ReadSnapshot snapshot(book);
        const AgingReport report = AgingRepository(book).compute(asOf, basis, buckets, AgingGrouping::Customer);
        const QHash<QString, Id> idOfCode = ManagerRepository(book).customerIdsByCode();
        std::vector<SnapshotLine> result;
        auto add = [&](Id customer, const AgingLine &line) {
            for (int b = 0; b < static_cast<int>(line.buckets.size()); ++b)
                if (line.buckets[b] != 0)
                    result.push_back({customer, line.currency, b, line.buckets[b]});
            if (line.unappliedCash != 0)
                result.push_back({customer, line.currency, kSnapshotUnappliedCash, line.unappliedCash});
            if (line.unappliedCredits != 0)
                result.push_back({customer, line.currency, kSnapshotUnappliedCredits, line.unappliedCredits});
            if (line.disputed != 0)
                result.push_back({customer, line.currency, kSnapshotDisputed, line.disputed});
        };
        for (const AgingLine &line : report.currencies)
            add(0, line);
        for (const CustomerAgingLine &line : report.customers)
            add(idOfCode.value(line.customerCode), line.line);
        return result;
    });
    if (!lines)
        return std::unexpected(lines.error());
    return writeSnapshot(asOf, basis, buckets, *lines);
}

Result<AgingSnapshotInfo> AgingSnapshotService::writeSnapshot(QDate asOf, AgingBasis basis, const AgingBuckets &buckets,
                                                              const std::vector<SnapshotLine> &lines)
{
    Book &book = m_session.book();
    const QString basisKey = agingBasisKey(basis);
    const QString edges = edgesText(buckets);
    return inTransaction(book, [&]() -> Result<AgingSnapshotInfo> {
        ManagerRepository repository(book);
        if (const auto raced = repository.snapshotAt(asOf, basisKey, edges))
            return *infoOf(*raced);
        const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const Id id = repository.insertSnapshot(asOf, basisKey, edges, createdAt, lines);
        AuditRepository(book).append(m_session.stamp(), QStringLiteral("aging_snapshot.take"),
                                     QStringLiteral("aging_snapshot"), id,
                                     compactJson({{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                                  {QStringLiteral("basis"), basisKey},
                                                  {QStringLiteral("edges"), edges}}));
        return AgingSnapshotInfo{id, asOf, basis, buckets, createdAt};
    });
}

Result<AgingSnapshotInfo> AgingSnapshotService::take(QDate asOf)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("AgingSnapshotService", "snapshot: not a valid date")));
    if (m_session.book().isReadOnly())
        return std::unexpected(Error::conflict(QCoreApplication::translate("AgingSnapshotService", "snapshot: the book is open read-only")));
    auto settings = bookAgingSettings();
    if (!settings)
        return std::unexpected(settings.error());
    return takeLocked(asOf, settings->first, settings->second);
}

Result<std::vector<AgingSnapshotInfo>> AgingSnapshotService::catchUp(QDate today)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (!today.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("AgingSnapshotService", "snapshot: not a valid date")));
    std::vector<AgingSnapshotInfo> taken;
    if (m_session.book().isReadOnly())
        return taken;
    auto settings = bookAgingSettings();
    if (!settings)
        return std::unexpected(settings.error());
    const QString basisKey = agingBasisKey(settings->first);
    const QString edges = edgesText(settings->second);
    auto plan = reading([&]() -> Result<std::vector<QDate>> {
        ManagerRepository repository(m_session.book());
        const auto first = repository.firstInvoiceDate();
        if (!first)
            return std::vector<QDate>{};
        std::optional<QDate> last;
        for (const AgingSnapshotRow &row : repository.snapshots())
            if (row.basis == basisKey && row.edges == edges && row.asOf < today && (!last || row.asOf > *last)
                && row.asOf == lastDayOfMonth(row.asOf))
                last = row.asOf;
        return monthEndsToTake(last, *first, today, kCatchUpMonths);
    });
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->empty())
        return taken;
    // All the month-ends from one read of the book (AgingRepository::computeMonthEnds; one
    // detailed aging per month-end took 146 s for 15 of them on a million invoices), each
    // written in its own short transaction, oldest first.
    auto computed = reading([&]() -> Result<MonthEndAging> {
        ReadSnapshot snapshot(m_session.book());
        return AgingRepository(m_session.book()).computeMonthEnds(*plan, settings->first, settings->second);
    });
    if (!computed)
        return std::unexpected(computed.error());
    for (std::size_t k = 0; k < computed->dates().size(); ++k) {
        auto info = writeSnapshot(computed->dates()[k], settings->first, settings->second, computed->lines(k));
        if (!info)
            return std::unexpected(info.error());
        taken.push_back(*info);
    }
    return taken;
}

Result<AgingReport> AgingSnapshotService::report(Id snapshotId, AgingGrouping grouping)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<AgingReport> {
        Book &book = m_session.book();
        ManagerRepository repository(book);
        const auto row = repository.snapshot(snapshotId);
        const auto info = row ? infoOf(*row) : std::nullopt;
        if (!info)
            return std::unexpected(Error::notFound(QCoreApplication::translate("AgingSnapshotService", "no aging snapshot %1").arg(snapshotId)));
        AgingReport report;
        report.asOf = info->asOf;
        report.basis = info->basis;
        report.buckets = info->buckets;
        const int count = info->buckets.bucketCount();
        std::map<std::pair<Id, QString>, AgingLine> lines;
        for (const SnapshotLine &l : repository.snapshotLines(snapshotId, grouping == AgingGrouping::Total)) {
            auto [it, inserted] = lines.try_emplace({l.customerId, l.currency});
            AgingLine &line = it->second;
            if (inserted) {
                line.currency = l.currency;
                line.buckets.assign(count, 0);
            }
            if (l.bucket >= 0 && l.bucket < count)
                line.buckets[static_cast<std::size_t>(l.bucket)] += l.amount;
            else if (l.bucket == kSnapshotUnappliedCash)
                line.unappliedCash += l.amount;
            else if (l.bucket == kSnapshotUnappliedCredits)
                line.unappliedCredits += l.amount;
            else if (l.bucket == kSnapshotDisputed)
                line.disputed += l.amount;
        }
        QList<Id> ids;
        for (const auto &[key, line] : lines)
            if (key.first != 0)
                ids << key.first;
        const QHash<Id, CustomerAmount> customers = repository.customers(ids);
        for (auto &[key, line] : lines) {
            if (key.first == 0) {
                report.currencies.push_back(std::move(line));
            } else {
                const CustomerAmount customer = customers.value(key.first);
                report.customers.push_back({customer.code, customer.name, std::move(line)});
            }
        }
        std::sort(report.customers.begin(), report.customers.end(),
                  [](const CustomerAgingLine &a, const CustomerAgingLine &b) {
                      return a.customerCode != b.customerCode ? a.customerCode < b.customerCode
                                                              : a.line.currency < b.line.currency;
                  });
        return report;
    });
}

Result<std::optional<AgingSnapshotInfo>> AgingSnapshotService::snapshotAt(QDate asOf)
{
    auto settings = bookAgingSettings();
    if (!settings)
        return std::unexpected(settings.error());
    return reading([&]() -> Result<std::optional<AgingSnapshotInfo>> {
        const auto row = ManagerRepository(m_session.book())
                                 .snapshotAt(asOf, agingBasisKey(settings->first), edgesText(settings->second));
        return row ? infoOf(*row) : std::nullopt;
    });
}

Result<RollForward> AgingSnapshotService::rollForward(Id fromSnapshot, Id toSnapshot)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<RollForward> {
        Book &book = m_session.book();
        ReadSnapshot snapshot(book);
        ManagerRepository repository(book);
        const auto fromRow = repository.snapshot(fromSnapshot);
        const auto toRow = repository.snapshot(toSnapshot);
        const auto from = fromRow ? infoOf(*fromRow) : std::nullopt;
        const auto to = toRow ? infoOf(*toRow) : std::nullopt;
        if (!from || !to)
            return std::unexpected(Error::notFound(QCoreApplication::translate("AgingSnapshotService", "roll-forward: no such aging snapshot")));
        if (from->asOf >= to->asOf)
            return std::unexpected(Error::invalid(QCoreApplication::translate("AgingSnapshotService", "roll-forward: the first snapshot must be the earlier one")));
        if (from->basis != to->basis || from->buckets.edges() != to->buckets.edges())
            return std::unexpected(
                    Error::invalid(QCoreApplication::translate("AgingSnapshotService", "roll-forward: the two snapshots have different basis or buckets")));
        RollForward result;
        result.from = *from;
        result.to = *to;
        result.currencies = rollForwardFromMovements(repository.movements(from->asOf, to->asOf), from->asOf,
                                                     to->asOf, from->basis, from->buckets);
        // Opening and closing are the snapshots as taken; what the ledger's movements do not
        // explain was posted back-dated after a snapshot: late postings.
        const int count = from->buckets.bucketCount();
        std::map<QString, std::pair<std::vector<MinorUnits>, std::vector<MinorUnits>>> kept;
        auto keep = [&](Id id, bool opening) {
            for (const SnapshotLine &l : repository.snapshotLines(id, true)) {
                if (l.bucket < 0 || l.bucket >= count)
                    continue;
                auto &pair = kept[l.currency];
                if (pair.first.empty()) {
                    pair.first.assign(count, 0);
                    pair.second.assign(count, 0);
                }
                (opening ? pair.first : pair.second)[static_cast<std::size_t>(l.bucket)] += l.amount;
            }
        };
        keep(from->id, true);
        keep(to->id, false);
        for (const auto &[currency, pair] : kept) {
            const bool present = std::any_of(result.currencies.begin(), result.currencies.end(),
                                             [&](const RollForwardCurrency &c) { return c.currency == currency; });
            if (!present) {
                RollForwardCurrency c;
                c.currency = currency;
                for (int b = 0; b < count; ++b)
                    c.buckets.push_back({b, from->buckets.label(b)});
                c.total.bucket = -1;
                result.currencies.push_back(c);
            }
        }
        std::sort(result.currencies.begin(), result.currencies.end(),
                  [](const RollForwardCurrency &a, const RollForwardCurrency &b) { return a.currency < b.currency; });
        for (RollForwardCurrency &c : result.currencies) {
            const auto found = kept.find(c.currency);
            c.total = RollForwardLine{};
            c.total.bucket = -1;
            for (int b = 0; b < count; ++b) {
                RollForwardLine &l = c.buckets[static_cast<std::size_t>(b)];
                const MinorUnits opening = found != kept.end() ? found->second.first[b] : 0;
                const MinorUnits closing = found != kept.end() ? found->second.second[b] : 0;
                const MinorUnits explained = opening + l.newInvoices - l.collected - l.credited - l.writtenOff
                                             - l.movedOut + l.movedIn;
                l.opening = opening;
                l.closing = closing;
                l.latePostings = closing - explained;
                c.total.opening += l.opening;
                c.total.newInvoices += l.newInvoices;
                c.total.collected += l.collected;
                c.total.credited += l.credited;
                c.total.writtenOff += l.writtenOff;
                c.total.movedOut += l.movedOut;
                c.total.movedIn += l.movedIn;
                c.total.latePostings += l.latePostings;
                c.total.closing += l.closing;
            }
        }
        return result;
    });
}

} // namespace ardesk
