#include "customer_figures.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {

constexpr std::size_t kCustomersPerSlice = 2000;

QString describe(const StoredCustomerFigures &row)
{
    const AccountFigures &f = row.figures;
    return QCoreApplication::translate("LedgerVerifier",
                                       "open %1, overdue %2, disputed %3, unapplied %4, oldest overdue due %5, "
                                       "valid from day %6 to day %7")
            .arg(f.open)
            .arg(f.overdue)
            .arg(f.disputed)
            .arg(f.unapplied)
            .arg(f.oldestOverdueDue.isValid() ? f.oldestOverdueDue.toString(Qt::ISODate) : QStringLiteral("-"))
            .arg(row.validFrom)
            .arg(row.validUntil);
}

} // namespace

std::unordered_map<Id, StoredCustomerFigures> computeCustomerFigures(CollectionRepository &repository,
                                                                     const std::vector<Id> &customers, QDate day)
{
    std::unordered_map<Id, StoredCustomerFigures> result;
    if (customers.empty())
        return result;
    result.reserve(customers.size());
    for (const Id id : customers) {
        StoredCustomerFigures &row = result[id];
        row.figures.customerId = id;
        row.figuresDay = day.toJulianDay();
    }
    auto take = [&](const std::vector<AccountFigures> &figures,
                    const std::unordered_map<Id, std::pair<qint64, qint64>> &validity) {
        for (const AccountFigures &f : figures)
            if (const auto it = result.find(f.customerId); it != result.end())
                it->second.figures = f;
        for (const auto &[id, range] : validity)
            if (const auto it = result.find(id); it != result.end()) {
                it->second.validFrom = range.first;
                it->second.validUntil = range.second;
            }
    };
    // Most of the book: one pass over the whole book (as every queue at once reads it).
    if (customers.size() * 2 > static_cast<std::size_t>(repository.customerCount())
        && !repository.hasAllocationsAfter(day)) {
        take(repository.summedAccountFigures(CustomerScope::allAssigned(), day, true),
             repository.figureValidity(CustomerScope::allAssigned(), day, true));
        return result;
    }
    for (std::size_t start = 0; start < customers.size(); start += kCustomersPerSlice) {
        const std::vector<Id> slice(
                customers.begin() + static_cast<std::ptrdiff_t>(start),
                customers.begin() + static_cast<std::ptrdiff_t>(std::min(customers.size(), start + kCustomersPerSlice)));
        const CustomerScope scope = CustomerScope::of(slice);
        take(repository.summedAccountFigures(scope, day), repository.figureValidity(scope, day));
    }
    return result;
}

qint64 refreshCustomerFigures(CollectionRepository &repository, QDate day)
{
    if (!day.isValid() || repository.hasAllocationsAfter(day))
        return 0;
    const std::vector<Id> stale = repository.customersNeedingFigures(day);
    if (stale.empty())
        return 0;
    const std::unordered_map<Id, StoredCustomerFigures> computed = computeCustomerFigures(repository, stale, day);
    std::vector<StoredCustomerFigures> rows;
    rows.reserve(stale.size());
    for (const Id id : stale)
        rows.push_back(computed.at(id));
    repository.storeCustomerFigures(rows);
    return static_cast<qint64>(stale.size());
}

CustomerFiguresCheck checkCustomerFigures(Book &book)
{
    CollectionRepository repository(book);
    CustomerFiguresCheck check;
    std::map<qint64, std::vector<Id>> byDay; // normally one day
    for (const auto &[customerId, day] : repository.storedFigureDays())
        byDay[day].push_back(customerId);
    for (const auto &[day, customers] : byDay) {
        check.customers += static_cast<qint64>(customers.size());
        const std::unordered_map<Id, StoredCustomerFigures> expected =
                computeCustomerFigures(repository, customers, QDate::fromJulianDay(day));
        for (std::size_t start = 0; start < customers.size(); start += kCustomersPerSlice) {
            const std::vector<Id> slice(
                    customers.begin() + static_cast<std::ptrdiff_t>(start),
                    customers.begin()
                            + static_cast<std::ptrdiff_t>(std::min(customers.size(), start + kCustomersPerSlice)));
            const std::unordered_map<Id, StoredCustomerFigures> stored = repository.storedCustomerFigures(slice);
            for (const Id id : slice) {
                const StoredCustomerFigures &want = expected.at(id);
                const auto have = stored.find(id);
                if (have != stored.end() && have->second == want)
                    continue;
                ++check.problems;
                if (!check.firstProblem.isEmpty())
                    continue;
                check.firstProblem =
                        QCoreApplication::translate("LedgerVerifier",
                                                    "customer %1 as of %2: %3 stored; the ledger gives %4")
                                .arg(id)
                                .arg(QDate::fromJulianDay(day).toString(Qt::ISODate),
                                     have == stored.end() ? QStringLiteral("-") : describe(have->second),
                                     describe(want));
            }
        }
    }
    return check;
}

} // namespace ardesk
