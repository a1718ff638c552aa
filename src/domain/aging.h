#pragma once
// Aging rules (DOMAIN.md "Aging"): days past due, configurable bucket edges, labels,
// and the report structure. Pure values; the storage layer does the summing in SQL
// and fills AgingReport. Errors are returned as Result<T>, nothing throws.

#include "error.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <map>
#include <vector>

namespace ardesk {

enum class AgingBasis { DueDate, InvoiceDate };

QString agingBasisKey(AgingBasis basis); // "due" | "invoice"
std::optional<AgingBasis> agingBasisFromKey(QStringView key);

// Bucket edges in days past due, strictly increasing and positive, e.g. {30, 60, 90}:
// buckets current (days <= 0), 1-30, 31-60, 61-90, 91+.
class AgingBuckets final {
public:
    AgingBuckets(); // 30, 60, 90
    static Result<AgingBuckets> fromEdges(std::vector<int> edges);
    static Result<AgingBuckets> parse(QStringView commaSeparated); // "30,60,90"

    const std::vector<int> &edges() const { return m_edges; }
    int bucketCount() const { return static_cast<int>(m_edges.size()) + 2; }
    // 0 = current; 1..edges = the ranges; last = over the last edge.
    int bucketFor(int daysPastDue) const;
    QString label(int bucket) const; // "current", "1-30", ..., "91+"
    QStringList labels() const;

private:
    std::vector<int> m_edges;
};

int daysPastDue(QDate asOf, QDate dueDate, QDate issueDate, AgingBasis basis);

// One row of totals: amounts per bucket, the disputed part, unapplied cash and credits.
struct AgingLine final {
    QString currency;
    std::vector<MinorUnits> buckets; // bucketCount() entries
    MinorUnits disputed = 0;         // the contested part of the buckets, shown apart
    MinorUnits unappliedCash = 0;    // payments not yet applied, beside the buckets
    MinorUnits unappliedCredits = 0; // credit notes not yet applied
    MinorUnits total() const;        // sum of the buckets
    MinorUnits balance() const { return total() - unappliedCash - unappliedCredits; }
};

struct CustomerAgingLine final {
    QString customerCode;
    QString customerName;
    AgingLine line;
};

struct AgingReport final {
    QDate asOf;
    AgingBasis basis = AgingBasis::DueDate;
    AgingBuckets buckets;
    std::vector<AgingLine> currencies;         // sorted by currency code
    std::vector<CustomerAgingLine> customers;  // filled when asked for, sorted by code
};

} // namespace ardesk
