#include "aging.h"

#include <QCoreApplication>

#include <numeric>

namespace ardesk {

QString agingBasisKey(AgingBasis basis)
{
    return basis == AgingBasis::DueDate ? QStringLiteral("due") : QStringLiteral("invoice");
}

std::optional<AgingBasis> agingBasisFromKey(QStringView key)
{
    if (key == u"due")
        return AgingBasis::DueDate;
    if (key == u"invoice")
        return AgingBasis::InvoiceDate;
    return std::nullopt;
}

AgingBuckets::AgingBuckets() : m_edges{30, 60, 90} {}

Result<AgingBuckets> AgingBuckets::fromEdges(std::vector<int> edges)
{
    if (edges.empty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("Aging", "no bucket edges given")));
    if (edges.size() > 20)
        return std::unexpected(Error::invalid(QCoreApplication::translate("Aging", "at most 20 bucket edges")));
    int previous = 0;
    for (const int edge : edges) {
        if (edge <= previous)
            return std::unexpected(Error::invalid(
                QCoreApplication::translate("Aging", "bucket edges must be positive and increasing (got %1 after %2)")
                    .arg(edge)
                    .arg(previous)));
        previous = edge;
    }
    AgingBuckets buckets;
    buckets.m_edges = std::move(edges);
    return buckets;
}

Result<AgingBuckets> AgingBuckets::parse(QStringView commaSeparated)
{
    std::vector<int> edges;
    for (const QStringView part : commaSeparated.split(u',')) {
        bool ok = false;
        const int edge = part.trimmed().toInt(&ok);
        if (!ok)
            return std::unexpected(Error::invalid(
                QCoreApplication::translate("Aging", "'%1' is not a whole number of days").arg(part.toString())));
        edges.push_back(edge);
    }
    return fromEdges(std::move(edges));
}

int AgingBuckets::bucketFor(int days) const
{
    if (days <= 0)
        return 0;
    for (std::size_t i = 0; i < m_edges.size(); ++i)
        if (days <= m_edges[i])
            return static_cast<int>(i) + 1;
    return static_cast<int>(m_edges.size()) + 1;
}

QString AgingBuckets::label(int bucket) const
{
    if (bucket <= 0)
        return QStringLiteral("current");
    if (bucket > static_cast<int>(m_edges.size()))
        return QStringLiteral("%1+").arg(m_edges.back() + 1);
    const int low = bucket == 1 ? 1 : m_edges[bucket - 2] + 1;
    return QStringLiteral("%1-%2").arg(low).arg(m_edges[bucket - 1]);
}

QStringList AgingBuckets::labels() const
{
    QStringList result;
    for (int i = 0; i < bucketCount(); ++i)
        result << label(i);
    return result;
}

int daysPastDue(QDate asOf, QDate dueDate, QDate issueDate, AgingBasis basis)
{
    return static_cast<int>((basis == AgingBasis::DueDate ? dueDate : issueDate).daysTo(asOf));
}

MinorUnits AgingLine::total() const
{
    return std::accumulate(buckets.begin(), buckets.end(), MinorUnits{0});
}

} // namespace ardesk
