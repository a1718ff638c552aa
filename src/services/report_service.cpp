#include "report_service.h"

#include "document_service.h"
#include "service_support.h"
#include "staff_performance_service.h"

#include "domain/currency.h"
#include "domain/dispute_reasons.h"
#include "domain/money_format.h"
#include "domain/promise_evaluation.h"
#include "storage/aging_repository.h"
#include "storage/ledger_repository.h"
#include "storage/report_repository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace ardesk {

namespace {

// Money in the user's locale ("1,234.56 EUR"), from the integer minor units.
QString money(MinorUnits minor, const QString &currency)
{
    return localeAmount(minor, currency, QLocale()) + QChar(0x00A0) + currency;
}

QString date(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral("\u00a0%");
}

// The whole sentences that compare an amount with its value on an earlier day ("Receivables in
// EUR rose from A on D to B (+x %)."): one sentence per subject and direction, so that every
// language can order its words freely (no sentence is glued together from fragments).
enum class AmountSubject { Receivables, Overdue, Disputed, Balance };

struct AmountSentences
{
    const char *unchanged; // %1 name, %2 amount, %3 earlier day
    const char *rose;      // %1 name, %2 earlier amount, %3 earlier day, %4 amount, %5 signed change in per cent
    const char *roseFromZero; // %1 name, %2 earlier amount, %3 earlier day, %4 amount
    const char *fell;
    const char *fellFromZero;
};

const AmountSentences &amountSentences(AmountSubject subject)
{
    static const AmountSentences receivables{
            QT_TRANSLATE_NOOP("ReportService", "Receivables in %1 were unchanged at %2 against %3."),
            QT_TRANSLATE_NOOP("ReportService", "Receivables in %1 rose from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "Receivables in %1 rose from %2 on %3 to %4."),
            QT_TRANSLATE_NOOP("ReportService", "Receivables in %1 fell from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "Receivables in %1 fell from %2 on %3 to %4.")};
    static const AmountSentences overdue{
            QT_TRANSLATE_NOOP("ReportService", "The overdue part in %1 was unchanged at %2 against %3."),
            QT_TRANSLATE_NOOP("ReportService", "The overdue part in %1 rose from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "The overdue part in %1 rose from %2 on %3 to %4."),
            QT_TRANSLATE_NOOP("ReportService", "The overdue part in %1 fell from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "The overdue part in %1 fell from %2 on %3 to %4.")};
    static const AmountSentences disputed{
            QT_TRANSLATE_NOOP("ReportService", "The disputed amount in %1 was unchanged at %2 against %3."),
            QT_TRANSLATE_NOOP("ReportService", "The disputed amount in %1 rose from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "The disputed amount in %1 rose from %2 on %3 to %4."),
            QT_TRANSLATE_NOOP("ReportService", "The disputed amount in %1 fell from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "The disputed amount in %1 fell from %2 on %3 to %4.")};
    static const AmountSentences balance{
            QT_TRANSLATE_NOOP("ReportService", "The balance of %1 was unchanged at %2 against %3."),
            QT_TRANSLATE_NOOP("ReportService", "The balance of %1 rose from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "The balance of %1 rose from %2 on %3 to %4."),
            QT_TRANSLATE_NOOP("ReportService", "The balance of %1 fell from %2 on %3 to %4 (%5)."),
            QT_TRANSLATE_NOOP("ReportService", "The balance of %1 fell from %2 on %3 to %4.")};
    switch (subject) {
    case AmountSubject::Receivables:
        return receivables;
    case AmountSubject::Overdue:
        return overdue;
    case AmountSubject::Disputed:
        return disputed;
    case AmountSubject::Balance:
        break;
    }
    return balance;
}

QString amountSentence(AmountSubject subject, const QString &name, MinorUnits now, MinorUnits before,
                       const QString &currency, QDate beforeDate)
{
    const AmountSentences &sentences = amountSentences(subject);
    if (now == before)
        return QCoreApplication::translate("ReportService", sentences.unchanged)
                .arg(name, money(now, currency), date(beforeDate));
    const bool rose = now > before;
    if (before == 0)
        return QCoreApplication::translate("ReportService", rose ? sentences.roseFromZero : sentences.fellFromZero)
                .arg(name, money(before, currency), date(beforeDate), money(now, currency));
    const double change = 100.0 * static_cast<double>(now - before) / static_cast<double>(before);
    return QCoreApplication::translate("ReportService", rose ? sentences.rose : sentences.fell)
            .arg(name, money(before, currency), date(beforeDate), money(now, currency),
                 (change > 0 ? QLocale().positiveSign() : QString()) + percent(change));
}

enum class Trend { Same, Up, Down };

Trend trendOf(qint64 now, qint64 before)
{
    return now == before ? Trend::Same : now > before ? Trend::Up : Trend::Down;
}

QString monthName(QDate day)
{
    return QLocale().toString(day, QStringLiteral("MMMM yyyy"));
}

ReportColumn column(const QString &key, const QString &title, ReportColumnType type, int decimals = 0)
{
    return {key, title, type, decimals, {}};
}

ReportValue optionalPercent(std::optional<double> value)
{
    return value ? ReportValue(*value) : ReportValue();
}

ReportChart::Series series(const QString &name, std::vector<double> values)
{
    return {name, std::move(values)};
}

double units(MinorUnits minor, const QString &currency)
{
    double scale = 1;
    for (int i = 0; i < currencyDecimals(currency).value_or(2); ++i)
        scale *= 10;
    return static_cast<double>(minor) / scale; // chart heights only, never money arithmetic
}

struct Periods
{
    QDate from, to, previousFrom, previousTo;
};

// The date a month before `asOf` that a report compares with: the same day of the month
// before, or its last day when `asOf` is the last day of its month (31 March against
// 28 February, 30 April against 31 March, not 30 March).
QDate monthEarlier(QDate asOf)
{
    const QDate before = asOf.addMonths(-1);
    if (asOf.day() == asOf.daysInMonth())
        return QDate(before.year(), before.month(), before.daysInMonth());
    return before;
}

// The month ending at the as-of date (from the 1st) and the same span one month earlier.
Periods periodsOf(QDate asOf)
{
    const QDate previousTo = monthEarlier(asOf);
    return {QDate(asOf.year(), asOf.month(), 1), asOf, QDate(previousTo.year(), previousTo.month(), 1), previousTo};
}

QString periodText(const Periods &p)
{
    return QCoreApplication::translate("ReportService", "%1 to %2, against %3 to %4")
            .arg(date(p.from), date(p.to), date(p.previousFrom), date(p.previousTo));
}

// A bucket as readers see it, in tables, charts and summary sentences alike: "Current"
// (translated) for the first, "1-30", ..., "91+" for the others (never the aging's
// lower-case key "current").
QString bucketName(const AgingBuckets &buckets, int bucket)
{
    return bucket == 0 ? QCoreApplication::translate("ReportService", "Current") : buckets.label(bucket);
}

} // namespace

QStringList ReportService::reportNames()
{
    return {QStringLiteral("aging-summary"), QStringLiteral("aging-detail"),
            QStringLiteral("statement"),     QStringLiteral("collector-performance"),
            QStringLiteral("promises"),      QStringLiteral("disputes"),
            QStringLiteral("complaints"),    QStringLiteral("write-offs")};
}

Result<Report> ReportService::build(const ReportRequest &request)
{
    if (auto allowed = m_session.require(Action::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (!request.asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("ReportService", "no as-of date")));
    Result<Report> report = std::unexpected(
            Error::invalid(QCoreApplication::translate("ReportService", "unknown report '%1' (one of %2)")
                                   .arg(request.name, reportNames().join(QStringLiteral(", ")))));
    if (request.name == u"aging-summary")
        report = agingSummary(request.asOf);
    else if (request.name == u"aging-detail")
        report = agingDetail(request.asOf);
    else if (request.name == u"statement")
        report = statement(request.asOf, request.customerCode);
    else if (request.name == u"collector-performance")
        report = collectorPerformance(request.asOf);
    else if (request.name == u"promises")
        report = promises(request.asOf);
    else if (request.name == u"disputes")
        report = disputes(request.asOf);
    else if (request.name == u"complaints")
        report = complaints(request.asOf);
    else if (request.name == u"write-offs")
        report = writeOffs(request.asOf);
    if (report) {
        report->name = request.name;
        report->asOf = request.asOf;
    }
    return report;
}

// --- aging -------------------------------------------------------------------------------------

namespace {

std::vector<ReportColumn> agingColumns(const AgingBuckets &buckets, bool byCustomer)
{
    std::vector<ReportColumn> columns;
    if (byCustomer) {
        columns.push_back(column(QStringLiteral("customer_code"),
                                 QCoreApplication::translate("ReportService", "Customer"), ReportColumnType::Text));
        columns.push_back(column(QStringLiteral("customer_name"), QCoreApplication::translate("ReportService", "Name"),
                                 ReportColumnType::Text));
    }
    columns.push_back(column(QStringLiteral("currency"), QCoreApplication::translate("ReportService", "Currency"),
                             ReportColumnType::Text));
    for (int b = 0; b < buckets.bucketCount(); ++b)
        columns.push_back(column(buckets.label(b),
                                 bucketName(buckets, b),
                                 ReportColumnType::Money));
    columns.push_back(column(QStringLiteral("total"), QCoreApplication::translate("ReportService", "Total"),
                             ReportColumnType::Money));
    columns.push_back(column(QStringLiteral("disputed"), QCoreApplication::translate("ReportService", "Disputed"),
                             ReportColumnType::Money));
    columns.push_back(column(QStringLiteral("unapplied"), QCoreApplication::translate("ReportService", "Unapplied"),
                             ReportColumnType::Money));
    columns.push_back(column(QStringLiteral("balance"), QCoreApplication::translate("ReportService", "Balance"),
                             ReportColumnType::Money));
    return columns;
}

std::vector<ReportValue> agingRow(const AgingLine &line)
{
    std::vector<ReportValue> row{line.currency};
    for (const MinorUnits amount : line.buckets)
        row.emplace_back(Money(amount, line.currency));
    row.emplace_back(Money(line.total(), line.currency));
    row.emplace_back(Money(line.disputed, line.currency));
    row.emplace_back(Money(line.unappliedCash + line.unappliedCredits, line.currency));
    row.emplace_back(Money(line.balance(), line.currency));
    return row;
}

const AgingLine *lineOf(const std::vector<AgingLine> &lines, const QString &currency)
{
    const auto it = std::ranges::find(lines, currency, &AgingLine::currency);
    return it == lines.end() ? nullptr : &*it;
}

} // namespace

Result<Report> ReportService::agingSummary(QDate asOf)
{
    return reading([&]() -> Result<Report> {
        const AgingBuckets buckets;
        const QDate before = monthEarlier(asOf);
        AgingRepository aging(m_session.book());
        const AgingReport now = aging.compute(asOf, AgingBasis::DueDate, buckets, AgingGrouping::Total);
        const AgingReport then = aging.compute(before, AgingBasis::DueDate, buckets, AgingGrouping::Total);
        Report report;
        report.title = QCoreApplication::translate("ReportService", "Aging summary");
        report.subtitle = QCoreApplication::translate("ReportService", "As of %1 by due date, against %2")
                                  .arg(date(asOf), date(before));

        ReportTable table{QStringLiteral("aging"),
                          QCoreApplication::translate("ReportService", "Aging by currency"),
                          agingColumns(buckets, false),
                          {},
                          {}};
        ReportTable change{QStringLiteral("change"),
                           QCoreApplication::translate("ReportService", "Change against %1").arg(date(before)),
                           {column(QStringLiteral("currency"), QCoreApplication::translate("ReportService", "Currency"),
                                   ReportColumnType::Text),
                            column(QStringLiteral("bucket"), QCoreApplication::translate("ReportService", "Bucket"),
                                   ReportColumnType::Text),
                            column(QStringLiteral("before"), date(before), ReportColumnType::Money),
                            column(QStringLiteral("now"), date(asOf), ReportColumnType::Money),
                            column(QStringLiteral("change"), QCoreApplication::translate("ReportService", "Change"),
                                   ReportColumnType::Money)},
                           {},
                           {}};
        std::set<QString> currencies;
        for (const AgingLine &line : now.currencies)
            currencies.insert(line.currency);
        for (const AgingLine &line : then.currencies)
            currencies.insert(line.currency);
        if (currencies.empty())
            report.summary << QCoreApplication::translate("ReportService", "Nothing was open on %1 or on %2.")
                                      .arg(date(asOf), date(before));
        for (const QString &currency : currencies) {
            AgingLine empty;
            empty.currency = currency;
            empty.buckets.assign(buckets.bucketCount(), 0);
            const AgingLine *n = lineOf(now.currencies, currency);
            const AgingLine *t = lineOf(then.currencies, currency);
            const AgingLine &current = n ? *n : empty;
            const AgingLine &previous = t ? *t : empty;
            table.rows.push_back(agingRow(current));
            MinorUnits biggestRise = 0, biggestFall = 0;
            int riseBucket = -1, fallBucket = -1;
            for (int b = 0; b < buckets.bucketCount(); ++b) {
                const QString label = bucketName(buckets, b);
                const MinorUnits delta = current.buckets[b] - previous.buckets[b];
                change.rows.push_back({currency, label, Money(previous.buckets[b], currency),
                                       Money(current.buckets[b], currency), Money(delta, currency)});
                if (delta > biggestRise)
                    biggestRise = delta, riseBucket = b;
                if (delta < biggestFall)
                    biggestFall = delta, fallBucket = b;
            }
            const MinorUnits overdueNow = current.total() - current.buckets[0];
            const MinorUnits overdueThen = previous.total() - previous.buckets[0];
            QString paragraph = amountSentence(AmountSubject::Receivables, currency, current.total(),
                                               previous.total(), currency, before);
            paragraph += u' ' + amountSentence(AmountSubject::Overdue, currency, overdueNow, overdueThen, currency, before);
            if (current.total() != 0)
                paragraph += u' '
                        + QCoreApplication::translate("ReportService",
                                                      "%1 of the receivables are current (not yet due).")
                                  .arg(percent(100.0 * static_cast<double>(current.buckets[0])
                                               / static_cast<double>(current.total())));
            if (riseBucket >= 0)
                paragraph += u' '
                        + QCoreApplication::translate("ReportService", "The largest rise was in %1 (%2).")
                                  .arg(bucketName(buckets, riseBucket), money(biggestRise, currency));
            if (fallBucket >= 0)
                paragraph += u' '
                        + QCoreApplication::translate("ReportService", "The largest fall was in %1 (%2).")
                                  .arg(bucketName(buckets, fallBucket), money(-biggestFall, currency));
            if (current.disputed != 0)
                paragraph += u' '
                        + QCoreApplication::translate("ReportService", "%1 of it is disputed.")
                                  .arg(money(current.disputed, currency));
            if (current.unappliedCash + current.unappliedCredits != 0)
                paragraph += u' '
                        + QCoreApplication::translate("ReportService",
                                                      "Unapplied cash and credits of %1 stand beside the buckets.")
                                  .arg(money(current.unappliedCash + current.unappliedCredits, currency));
            report.summary << paragraph;

            ReportChart chart;
            chart.title = QCoreApplication::translate("ReportService", "Aging by bucket");
            chart.unit = currency;
            std::vector<double> valuesThen, valuesNow;
            for (int b = 0; b < buckets.bucketCount(); ++b) {
                chart.categories << bucketName(buckets, b);
                valuesThen.push_back(units(previous.buckets[b], currency));
                valuesNow.push_back(units(current.buckets[b], currency));
            }
            chart.series = {series(date(before), valuesThen), series(date(asOf), valuesNow)};
            report.charts.push_back(chart);
        }
        report.tables.push_back(std::move(table));
        report.tables.push_back(std::move(change));
        return report;
    });
}

Result<Report> ReportService::agingDetail(QDate asOf)
{
    return reading([&]() -> Result<Report> {
        const AgingBuckets buckets;
        const QDate before = monthEarlier(asOf);
        AgingRepository aging(m_session.book());
        const int last = buckets.bucketCount() - 1;
        // A month earlier, only what the summary compares with: how many customers had open
        // items, and who had something in the oldest bucket. The month-earlier aging is let go
        // before today's is read (on a big book each holds tens of megabytes).
        std::set<std::pair<QString, QString>> oldestThen; // (customer, currency) with the oldest bucket non-zero
        int withOpenThen = 0;
        {
            const AgingReport then = aging.compute(before, AgingBasis::DueDate, buckets, AgingGrouping::Customer);
            for (const CustomerAgingLine &line : then.customers) {
                if (line.line.buckets[last] != 0)
                    oldestThen.insert({line.customerCode, line.line.currency});
                withOpenThen += line.line.total() != 0 ? 1 : 0;
            }
        }
        const AgingReport now = aging.compute(asOf, AgingBasis::DueDate, buckets, AgingGrouping::Customer);
        Report report;
        report.title = QCoreApplication::translate("ReportService", "Aging detail");
        report.subtitle =
                QCoreApplication::translate("ReportService", "As of %1 by due date, by customer").arg(date(asOf));
        ReportTable table{QStringLiteral("aging_detail"),
                          QCoreApplication::translate("ReportService", "Aging by customer"),
                          agingColumns(buckets, true),
                          {},
                          {}};
        table.rows.reserve(now.customers.size(), table.columns.size());
        int withOpen = 0;
        QStringList movedIntoOldest;
        std::vector<const CustomerAgingLine *> byOverdue;
        for (const CustomerAgingLine &line : now.customers) {
            std::vector<ReportValue> row{line.customerCode, line.customerName};
            const auto rest = agingRow(line.line);
            row.insert(row.end(), rest.begin(), rest.end());
            table.rows.push_back(row);
            withOpen += line.line.total() != 0 ? 1 : 0;
            if (line.line.buckets[last] > 0 && !oldestThen.contains({line.customerCode, line.line.currency}))
                movedIntoOldest << line.customerCode;
            if (line.line.total() - line.line.buckets[0] > 0)
                byOverdue.push_back(&line);
        }
        table.rows.shrink_to_fit();
        oldestThen.clear();
        std::ranges::sort(byOverdue, [](const CustomerAgingLine *a, const CustomerAgingLine *b) {
            const MinorUnits oa = a->line.total() - a->line.buckets[0], ob = b->line.total() - b->line.buckets[0];
            return oa != ob ? oa > ob : a->customerCode < b->customerCode;
        });
        switch (trendOf(withOpen, withOpenThen)) {
        case Trend::Same:
            report.summary << QCoreApplication::translate(
                                      "ReportService", "%n customer(s) had open items on %1, as many as on %2.",
                                      nullptr, withOpen)
                                      .arg(date(asOf), date(before));
            break;
        case Trend::Up:
            report.summary << QCoreApplication::translate(
                                      "ReportService", "%n customer(s) had open items on %1, up from %2 on %3.",
                                      nullptr, withOpen)
                                      .arg(date(asOf), QLocale().toString(withOpenThen), date(before));
            break;
        case Trend::Down:
            report.summary << QCoreApplication::translate(
                                      "ReportService", "%n customer(s) had open items on %1, down from %2 on %3.",
                                      nullptr, withOpen)
                                      .arg(date(asOf), QLocale().toString(withOpenThen), date(before));
            break;
        }
        if (!byOverdue.empty()) {
            QStringList top;
            for (std::size_t i = 0; i < std::min<std::size_t>(3, byOverdue.size()); ++i)
                top << QStringLiteral("%1 (%2)").arg(
                        byOverdue[i]->customerCode,
                        money(byOverdue[i]->line.total() - byOverdue[i]->line.buckets[0], byOverdue[i]->line.currency));
            report.summary << QCoreApplication::translate("ReportService", "The largest overdue balances: %1.")
                                      .arg(top.join(QStringLiteral(", ")));
        }
        report.summary << (movedIntoOldest.isEmpty()
                                   ? QCoreApplication::translate("ReportService", "No customer moved into %1 since %2.")
                                             .arg(bucketName(buckets, last), date(before))
                                   : QCoreApplication::translate("ReportService", "Moved into %1 since %2: %3.")
                                             .arg(bucketName(buckets, last), date(before),
                                                  movedIntoOldest.join(QStringLiteral(", "))));
        report.tables.push_back(std::move(table));
        return report;
    });
}

// --- statement ---------------------------------------------------------------------------------

Result<Report> ReportService::statement(QDate asOf, const QString &customerCode)
{
    if (customerCode.isEmpty())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ReportService", "the statement needs a customer (--customer CODE)")));
    const auto customer = reading([&]() -> Result<std::optional<Customer>> {
        return LedgerRepository(m_session.book()).customerByCode(customerCode);
    });
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return std::unexpected(Error::notFound(
                QCoreApplication::translate("ReportService", "customer %1 does not exist").arg(customerCode)));
    DocumentService documents(m_session);
    const auto content = documents.statement((*customer)->id, asOf);
    if (!content)
        return std::unexpected(content.error());
    const auto earlier = documents.statement((*customer)->id, monthEarlier(asOf));
    if (!earlier)
        return std::unexpected(earlier.error());
    const QString currency = (*customer)->currency;
    Report report;
    report.title = QCoreApplication::translate("ReportService", "Statement of account");
    report.subtitle = QCoreApplication::translate("ReportService", "%1 %2, as of %3")
                              .arg(customerCode, (*customer)->name, date(asOf));
    ReportTable items{QStringLiteral("open_items"),
                      QCoreApplication::translate("ReportService", "Open items"),
                      {column(QStringLiteral("invoice"), QCoreApplication::translate("ReportService", "Invoice"),
                              ReportColumnType::Text),
                       column(QStringLiteral("issue_date"), QCoreApplication::translate("ReportService", "Issued"),
                              ReportColumnType::Date),
                       column(QStringLiteral("due_date"), QCoreApplication::translate("ReportService", "Due"),
                              ReportColumnType::Date),
                       column(QStringLiteral("days_past_due"),
                              QCoreApplication::translate("ReportService", "Days past due"), ReportColumnType::Number),
                       column(QStringLiteral("amount"), QCoreApplication::translate("ReportService", "Amount"),
                              ReportColumnType::Money),
                       column(QStringLiteral("open"), QCoreApplication::translate("ReportService", "Open"),
                              ReportColumnType::Money),
                       column(QStringLiteral("disputed"), QCoreApplication::translate("ReportService", "Disputed"),
                              ReportColumnType::Money)},
                      {},
                      {}};
    qint64 oldest = 0;
    for (const DocumentOpenItem &item : content->items) {
        const qint64 days = std::max<qint64>(0, item.dueDate.daysTo(asOf));
        oldest = std::max(oldest, days);
        // A part of an invoice with instalments is a line of its own (docs/credit-policy.md),
        // "INV-800 (1/3)": no words, the same in every language (as the letters'
        // label.invoice_part), so nothing to translate.
        const QString number = item.parts == 0
                ? item.number
                : QStringLiteral("%1 (%2/%3)").arg(item.number).arg(item.part).arg(item.parts);
        items.rows.push_back({number, item.issueDate, item.dueDate, days, Money(item.amount, currency),
                              Money(item.open, currency), Money(item.disputed, currency)});
    }
    items.totals = {QCoreApplication::translate("ReportService", "Total"),
                    ReportValue(),
                    ReportValue(),
                    ReportValue(),
                    ReportValue(),
                    Money(content->openTotal, currency),
                    Money(content->disputedTotal, currency)};
    ReportTable activity{QStringLiteral("activity"),
                         QCoreApplication::translate("ReportService", "Activity from %1 to %2")
                                 .arg(date(content->periodStart), date(asOf)),
                         {column(QStringLiteral("date"), QCoreApplication::translate("ReportService", "Date"),
                                 ReportColumnType::Date),
                          column(QStringLiteral("type"), QCoreApplication::translate("ReportService", "Type"),
                                 ReportColumnType::Text),
                          column(QStringLiteral("reference"), QCoreApplication::translate("ReportService", "Reference"),
                                 ReportColumnType::Text),
                          column(QStringLiteral("amount"), QCoreApplication::translate("ReportService", "Amount"),
                                 ReportColumnType::Money)},
                         {},
                         {}};
    for (const DocumentActivity &event : content->activity) {
        const QString type = event.kind == ActivityKind::Invoice
                ? QCoreApplication::translate("ReportService", "Invoice")
                : event.kind == ActivityKind::Payment ? QCoreApplication::translate("ReportService", "Payment")
                                                      : QCoreApplication::translate("ReportService", "Credit note");
        activity.rows.push_back({event.date, type, event.reference,
                                 Money(event.kind == ActivityKind::Invoice ? event.amount : -event.amount, currency)});
    }
    report.summary << amountSentence(AmountSubject::Balance, customerCode, content->balance(), earlier->balance(),
                                     currency, monthEarlier(asOf))
                    + u' '
                    + QCoreApplication::translate("ReportService",
                                                  "It is made of open items of %1 less unapplied cash and credits of %2.")
                              .arg(money(content->openTotal, currency), money(content->unapplied, currency));
    report.summary << QCoreApplication::translate("ReportService",
                                                  "%1 is overdue; the oldest open item is %2 days past due.")
                              .arg(money(content->overdueTotal, currency))
                              .arg(oldest);
    if (content->disputedTotal != 0)
        report.summary << QCoreApplication::translate("ReportService", "%1 is disputed.")
                                  .arg(money(content->disputedTotal, currency));
    report.tables.push_back(std::move(items));
    report.tables.push_back(std::move(activity));
    return report;
}

// --- collector performance ---------------------------------------------------------------------

Result<Report> ReportService::collectorPerformance(QDate asOf)
{
    const Periods p = periodsOf(asOf);
    StaffPerformanceService staff(m_session);
    const auto now = staff.report(PerformancePeriod::range(p.from, p.to));
    if (!now)
        return std::unexpected(now.error());
    const auto then = staff.report(PerformancePeriod::range(p.previousFrom, p.previousTo));
    if (!then)
        return std::unexpected(then.error());
    Report report;
    report.title = QCoreApplication::translate("ReportService", "Collector performance");
    report.subtitle = periodText(p);
    ReportTable table{QStringLiteral("collectors"),
                      QCoreApplication::translate("ReportService", "Collectors"),
                      {column(QStringLiteral("collector"), QCoreApplication::translate("ReportService", "Collector"),
                              ReportColumnType::Text),
                       column(QStringLiteral("name"), QCoreApplication::translate("ReportService", "Name"),
                              ReportColumnType::Text),
                       column(QStringLiteral("currency"), QCoreApplication::translate("ReportService", "Currency"),
                              ReportColumnType::Text),
                       column(QStringLiteral("customers"), QCoreApplication::translate("ReportService", "Customers"),
                              ReportColumnType::Number),
                       column(QStringLiteral("open"), QCoreApplication::translate("ReportService", "Open"),
                              ReportColumnType::Money),
                       column(QStringLiteral("contacts"), QCoreApplication::translate("ReportService", "Contacts"),
                              ReportColumnType::Number),
                       column(QStringLiteral("rpc_rate"), QCoreApplication::translate("ReportService", "RPC rate"),
                              ReportColumnType::Percent, 2),
                       column(QStringLiteral("promises"), QCoreApplication::translate("ReportService", "Promises"),
                              ReportColumnType::Number),
                       column(QStringLiteral("kept_rate"), QCoreApplication::translate("ReportService", "Kept rate"),
                              ReportColumnType::Percent, 2),
                       column(QStringLiteral("collected"), QCoreApplication::translate("ReportService", "Collected"),
                              ReportColumnType::Money),
                       column(QStringLiteral("target"), QCoreApplication::translate("ReportService", "Target"),
                              ReportColumnType::Money),
                       column(QStringLiteral("attainment"), QCoreApplication::translate("ReportService", "Attainment"),
                              ReportColumnType::Percent, 2)},
                      {},
                      {}};
    std::map<QString, std::pair<MinorUnits, MinorUnits>> collected; // currency -> now, then
    QStringList above, below;
    std::map<QString, ReportChart> charts;
    for (const CollectorPerformance &line : now->lines) {
        const QString currency = line.key.currency;
        const QString who =
                line.login.isEmpty() ? QCoreApplication::translate("ReportService", "(no collector)") : line.login;
        table.rows.push_back({who, line.name, currency, line.portfolioCustomers, Money(line.portfolioOpen, currency),
                              line.contacts, optionalPercent(line.rightPartyContactRate), line.promisesTaken,
                              optionalPercent(line.promiseKeptRate), Money(line.collected, currency),
                              line.target ? ReportValue(Money(*line.target, currency)) : ReportValue(),
                              optionalPercent(line.attainment)});
        collected[currency].first += line.collected;
        if (line.attainment) {
            // A collector has a line per currency: the currency says which one is meant.
            const QString entry = QStringLiteral("%1 %2 (%3)").arg(who, currency, percent(*line.attainment));
            (*line.attainment >= 100.0 ? above : below) << entry;
        }
        ReportChart &chart = charts[currency];
        chart.title = QCoreApplication::translate("ReportService", "Collected against target");
        chart.unit = currency;
        if (chart.series.empty())
            chart.series = {series(QCoreApplication::translate("ReportService", "Collected"), {}),
                            series(QCoreApplication::translate("ReportService", "Target"), {})};
        chart.categories << who;
        chart.series[0].values.push_back(units(line.collected, currency));
        chart.series[1].values.push_back(units(line.target.value_or(0), currency));
    }
    for (const CollectorPerformance &line : then->lines)
        collected[line.key.currency].second += line.collected;
    for (const auto &[currency, amounts] : collected)
        report.summary << QCoreApplication::translate("ReportService",
                                                      "Collected in %1: %2 from %3 to %4, against %5 from %6 to %7.")
                                  .arg(currency, money(amounts.first, currency), date(p.from), date(p.to),
                                       money(amounts.second, currency), date(p.previousFrom), date(p.previousTo));
    if (above.isEmpty() && below.isEmpty())
        report.summary << QCoreApplication::translate(
                "ReportService", "No collector has a target for the period (Settings: collector targets).");
    else {
        report.summary << (above.isEmpty() ? QCoreApplication::translate("ReportService", "Nobody reached the target.")
                                           : QCoreApplication::translate("ReportService", "At or above target: %1.")
                                                     .arg(above.join(QStringLiteral(", "))));
        report.summary << (below.isEmpty() ? QCoreApplication::translate("ReportService", "Nobody is below the target.")
                                           : QCoreApplication::translate("ReportService", "Below target: %1.")
                                                     .arg(below.join(QStringLiteral(", "))));
    }
    if (now->lines.empty())
        report.summary << QCoreApplication::translate("ReportService", "No collector activity in the period.");
    report.tables.push_back(std::move(table));
    for (auto &[currency, chart] : charts)
        report.charts.push_back(std::move(chart));
    return report;
}

// --- promises, disputes, complaints, write-offs ------------------------------------------------------

Result<Report> ReportService::promises(QDate asOf)
{
    const Periods p = periodsOf(asOf);
    return reading([&]() -> Result<Report> {
        ReportRepository repo(m_session.book());
        const auto now = repo.promisesTaken(p.from, p.to);
        const auto then = repo.promisesTaken(p.previousFrom, p.previousTo);
        Report report;
        report.title = QCoreApplication::translate("ReportService", "Promises to pay");
        report.subtitle = periodText(p);
        ReportTable table{QStringLiteral("promises"),
                          QCoreApplication::translate("ReportService", "Promises taken"),
                          {column(QStringLiteral("taken"), QCoreApplication::translate("ReportService", "Taken"),
                                  ReportColumnType::Date),
                           column(QStringLiteral("customer_code"),
                                  QCoreApplication::translate("ReportService", "Customer"), ReportColumnType::Text),
                           column(QStringLiteral("customer_name"), QCoreApplication::translate("ReportService", "Name"),
                                  ReportColumnType::Text),
                           column(QStringLiteral("collector"),
                                  QCoreApplication::translate("ReportService", "Collector"), ReportColumnType::Text),
                           column(QStringLiteral("promised"),
                                  QCoreApplication::translate("ReportService", "Promised for"), ReportColumnType::Date),
                           column(QStringLiteral("amount"), QCoreApplication::translate("ReportService", "Amount"),
                                  ReportColumnType::Money),
                           column(QStringLiteral("paid"), QCoreApplication::translate("ReportService", "Paid"),
                                  ReportColumnType::Money),
                           column(QStringLiteral("status"), QCoreApplication::translate("ReportService", "Status"),
                                  ReportColumnType::Text)},
                          {},
                          {}};
        std::map<QString, int> statuses;
        std::map<QString, MinorUnits> amounts;
        // The status as its translated label (the promise evaluation's, as on the collector's
        // screens); a key it does not know is shown as stored.
        const auto statusLabel = [](const QString &key) {
            for (const PromiseStatus status :
                 {PromiseStatus::Pending, PromiseStatus::Kept, PromiseStatus::PartiallyKept, PromiseStatus::Broken})
                if (promiseStatusKey(status) == key)
                    return promiseStatusLabel(status);
            return key;
        };
        for (const PromiseReportRow &row : now) {
            table.rows.push_back({row.taken, row.customerCode, row.customerName, row.collectorLogin, row.promised,
                                  Money(row.amount, row.currency), Money(row.paid, row.currency),
                                  statusLabel(row.status)});
            ++statuses[row.status];
            amounts[row.currency] += row.amount;
        }
        QStringList perCurrency;
        for (const auto &[currency, amount] : amounts)
            perCurrency << money(amount, currency);
        // lupdate reads the count argument only when it is a plain expression (no casts).
        const int taken = int(now.size());
        const int takenBefore = int(then.size());
        const QString promised = perCurrency.isEmpty()
                ? QCoreApplication::translate("ReportService", "nothing promised")
                : perCurrency.join(QStringLiteral(", "));
        switch (trendOf(taken, takenBefore)) {
        case Trend::Same:
            report.summary << QCoreApplication::translate(
                                      "ReportService", "%n promise(s) taken from %1 to %2 (%3), as many as in %4.",
                                      nullptr, taken)
                                      .arg(date(p.from), date(p.to), promised, monthName(p.previousTo));
            break;
        case Trend::Up:
            report.summary << QCoreApplication::translate(
                                      "ReportService", "%n promise(s) taken from %1 to %2 (%3), up from %4 in %5.",
                                      nullptr, taken)
                                      .arg(date(p.from), date(p.to), promised, QLocale().toString(takenBefore),
                                           monthName(p.previousTo));
            break;
        case Trend::Down:
            report.summary << QCoreApplication::translate(
                                      "ReportService", "%n promise(s) taken from %1 to %2 (%3), down from %4 in %5.",
                                      nullptr, taken)
                                      .arg(date(p.from), date(p.to), promised, QLocale().toString(takenBefore),
                                           monthName(p.previousTo));
            break;
        }
        const int evaluated = statuses[QStringLiteral("kept")] + statuses[QStringLiteral("partially_kept")]
                + statuses[QStringLiteral("broken")];
        report.summary << QCoreApplication::translate(
                                  "ReportService",
                                  "Of these, %1 kept, %2 partially kept, %3 broken and %4 pending (as last evaluated).")
                                  .arg(statuses[QStringLiteral("kept")])
                                  .arg(statuses[QStringLiteral("partially_kept")])
                                  .arg(statuses[QStringLiteral("broken")])
                                  .arg(statuses[QStringLiteral("pending")]);
        if (evaluated > 0)
            report.summary << QCoreApplication::translate("ReportService", "Promise kept rate: %1.")
                                      .arg(percent(100.0 * statuses[QStringLiteral("kept")] / evaluated));
        report.tables.push_back(std::move(table));
        return report;
    });
}

Result<Report> ReportService::disputes(QDate asOf)
{
    const Periods p = periodsOf(asOf);
    return reading([&]() -> Result<Report> {
        ReportRepository repo(m_session.book());
        const auto open = repo.disputesOpen(asOf);
        const auto openBefore = repo.disputesOpen(p.previousTo);
        const auto resolved = repo.disputesResolved(p.from, p.to);
        Report report;
        report.title = QCoreApplication::translate("ReportService", "Disputes");
        report.subtitle = QCoreApplication::translate("ReportService", "Open on %1, against %2")
                                  .arg(date(asOf), date(p.previousTo));
        ReportTable table{QStringLiteral("disputes"),
                          QCoreApplication::translate("ReportService", "Open disputes"),
                          {column(QStringLiteral("opened"), QCoreApplication::translate("ReportService", "Opened"),
                                  ReportColumnType::Date),
                           column(QStringLiteral("invoice"), QCoreApplication::translate("ReportService", "Invoice"),
                                  ReportColumnType::Text),
                           column(QStringLiteral("customer_code"),
                                  QCoreApplication::translate("ReportService", "Customer"), ReportColumnType::Text),
                           column(QStringLiteral("customer_name"), QCoreApplication::translate("ReportService", "Name"),
                                  ReportColumnType::Text),
                           column(QStringLiteral("reason"), QCoreApplication::translate("ReportService", "Reason"),
                                  ReportColumnType::Text),
                           column(QStringLiteral("owner"), QCoreApplication::translate("ReportService", "Owner"),
                                  ReportColumnType::Text),
                           column(QStringLiteral("age_days"),
                                  QCoreApplication::translate("ReportService", "Age (days)"), ReportColumnType::Number),
                           column(QStringLiteral("amount"), QCoreApplication::translate("ReportService", "Amount"),
                                  ReportColumnType::Money)},
                          {},
                          {}};
        // The reason: the key in the CSV, its translated label for people (docs/documents.md).
        const QHash<QString, QString> reasonLabels = disputeReasonLabels();
        table.columns[4].valueLabels = reasonLabels;
        std::map<QString, std::pair<int, std::map<QString, MinorUnits>>> byReason;
        std::map<QString, MinorUnits> amountNow, amountBefore;
        for (const DisputeReportRow &row : open) {
            table.rows.push_back({row.opened, row.invoiceNumber, row.customerCode, row.customerName, row.reason,
                                  row.ownerLogin, static_cast<qint64>(row.opened.daysTo(asOf)),
                                  Money(row.amount, row.currency)});
            ++byReason[row.reason].first;
            byReason[row.reason].second[row.currency] += row.amount;
            amountNow[row.currency] += row.amount;
        }
        for (const DisputeReportRow &row : openBefore)
            amountBefore[row.currency] += row.amount;
        ReportTable reasons{QStringLiteral("reasons"),
                            QCoreApplication::translate("ReportService", "Open disputes by reason"),
                            {column(QStringLiteral("reason"), QCoreApplication::translate("ReportService", "Reason"),
                                    ReportColumnType::Text),
                             column(QStringLiteral("count"), QCoreApplication::translate("ReportService", "Disputes"),
                                    ReportColumnType::Number),
                             column(QStringLiteral("amount"), QCoreApplication::translate("ReportService", "Amount"),
                                    ReportColumnType::Money)},
                            {},
                            {}};
        reasons.columns[0].valueLabels = reasonLabels;
        ReportChart chart;
        chart.title = QCoreApplication::translate("ReportService", "Open disputes by reason");
        chart.series = {series(QCoreApplication::translate("ReportService", "Disputes"), {})};
        for (const auto &[reason, entry] : byReason) {
            for (const auto &[currency, amount] : entry.second)
                reasons.rows.push_back({reason, static_cast<qint64>(entry.first), Money(amount, currency)});
            chart.categories << disputeReasonLabel(reason);
            chart.series[0].values.push_back(entry.first);
        }
        const int openCount = int(open.size());
        const int openBeforeCount = int(openBefore.size());
        switch (trendOf(openCount, openBeforeCount)) {
        case Trend::Same:
            report.summary << QCoreApplication::translate("ReportService", "%n dispute(s) open on %1, as many as on %2.",
                                                          nullptr, openCount)
                                      .arg(date(asOf), date(p.previousTo));
            break;
        case Trend::Up:
            report.summary << QCoreApplication::translate("ReportService",
                                                          "%n dispute(s) open on %1, up from %2 on %3.", nullptr,
                                                          openCount)
                                      .arg(date(asOf), QLocale().toString(openBeforeCount), date(p.previousTo));
            break;
        case Trend::Down:
            report.summary << QCoreApplication::translate("ReportService",
                                                          "%n dispute(s) open on %1, down from %2 on %3.", nullptr,
                                                          openCount)
                                      .arg(date(asOf), QLocale().toString(openBeforeCount), date(p.previousTo));
            break;
        }
        std::set<QString> currencies;
        for (const auto &[currency, amount] : amountNow)
            currencies.insert(currency);
        for (const auto &[currency, amount] : amountBefore)
            currencies.insert(currency);
        for (const QString &currency : currencies)
            report.summary << amountSentence(AmountSubject::Disputed, currency, amountNow[currency],
                                             amountBefore[currency], currency, p.previousTo);
        const int resolvedCount = int(resolved.size());
        report.summary << QCoreApplication::translate("ReportService", "%n dispute(s) resolved from %1 to %2.", nullptr,
                                                      resolvedCount)
                                  .arg(date(p.from), date(p.to));
        report.tables.push_back(std::move(table));
        report.tables.push_back(std::move(reasons));
        if (!chart.categories.isEmpty())
            report.charts.push_back(chart);
        return report;
    });
}

Result<Report> ReportService::complaints(QDate asOf)
{
    const Periods p = periodsOf(asOf);
    return reading([&]() -> Result<Report> {
        ReportRepository repo(m_session.book());
        const auto now = repo.complaintsReceived(p.from, p.to);
        const auto then = repo.complaintsReceived(p.previousFrom, p.previousTo);
        Report report;
        report.title = QCoreApplication::translate("ReportService", "Complaints and satisfaction");
        report.subtitle = periodText(p);
        ReportTable table{
                QStringLiteral("complaints"),
                QCoreApplication::translate("ReportService", "Complaints received"),
                {column(QStringLiteral("received"), QCoreApplication::translate("ReportService", "Received"),
                        ReportColumnType::Date),
                 column(QStringLiteral("customer_code"), QCoreApplication::translate("ReportService", "Customer"),
                        ReportColumnType::Text),
                 column(QStringLiteral("customer_name"), QCoreApplication::translate("ReportService", "Name"),
                        ReportColumnType::Text),
                 column(QStringLiteral("channel"), QCoreApplication::translate("ReportService", "Channel"),
                        ReportColumnType::Text),
                 column(QStringLiteral("category"), QCoreApplication::translate("ReportService", "Category"),
                        ReportColumnType::Text),
                 column(QStringLiteral("satisfaction"),
                        QCoreApplication::translate("ReportService", "Satisfaction (1-5)"), ReportColumnType::Number),
                 column(QStringLiteral("resolved"), QCoreApplication::translate("ReportService", "Resolved"),
                        ReportColumnType::Date)},
                {},
                {}};
        auto averageSatisfaction = [](const std::vector<ComplaintReportRow> &rows) -> std::optional<double> {
            int count = 0, sum = 0;
            for (const auto &row : rows)
                if (row.satisfaction)
                    ++count, sum += *row.satisfaction;
            return count ? std::optional<double>(static_cast<double>(sum) / count) : std::nullopt;
        };
        int resolvedCount = 0;
        std::map<QString, qint64> categories;
        for (const ComplaintReportRow &row : now) {
            table.rows.push_back(
                    {row.received, row.customerCode, row.customerName, row.channel, row.category,
                     row.satisfaction ? ReportValue(static_cast<qint64>(*row.satisfaction)) : ReportValue(),
                     row.resolved.isValid() && row.resolved <= asOf ? ReportValue(row.resolved) : ReportValue()});
            resolvedCount += row.resolved.isValid() && row.resolved <= asOf ? 1 : 0;
            ++categories[row.category];
        }
        const int received = int(now.size());
        const int receivedBefore = int(then.size());
        const QString resolvedText = QLocale().toString(resolvedCount);
        switch (trendOf(received, receivedBefore)) {
        case Trend::Same:
            report.summary << QCoreApplication::translate(
                                      "ReportService",
                                      "%n complaint(s) received from %1 to %2, as many as in %3; %4 of them resolved.",
                                      nullptr, received)
                                      .arg(date(p.from), date(p.to), monthName(p.previousTo), resolvedText);
            break;
        case Trend::Up:
            report.summary << QCoreApplication::translate(
                                      "ReportService",
                                      "%n complaint(s) received from %1 to %2, up from %3 in %4; %5 of them resolved.",
                                      nullptr, received)
                                      .arg(date(p.from), date(p.to), QLocale().toString(receivedBefore),
                                           monthName(p.previousTo), resolvedText);
            break;
        case Trend::Down:
            report.summary << QCoreApplication::translate(
                                      "ReportService",
                                      "%n complaint(s) received from %1 to %2, down from %3 in %4; %5 of them resolved.",
                                      nullptr, received)
                                      .arg(date(p.from), date(p.to), QLocale().toString(receivedBefore),
                                           monthName(p.previousTo), resolvedText);
            break;
        }
        const auto satisfactionNow = averageSatisfaction(now);
        const auto satisfactionThen = averageSatisfaction(then);
        if (satisfactionNow) {
            const QString value = QLocale().toString(*satisfactionNow, 'f', 2);
            if (satisfactionThen)
                report.summary << (*satisfactionNow >= *satisfactionThen
                                           ? QCoreApplication::translate("ReportService",
                                                                         "Average satisfaction rose to %1 (from %2).")
                                           : QCoreApplication::translate("ReportService",
                                                                         "Average satisfaction fell to %1 (from %2)."))
                                          .arg(value, QLocale().toString(*satisfactionThen, 'f', 2));
            else
                report.summary
                        << QCoreApplication::translate("ReportService", "Average satisfaction: %1 of 5.").arg(value);
        }
        ReportTable byCategory{
                QStringLiteral("categories"),
                QCoreApplication::translate("ReportService", "By category"),
                {column(QStringLiteral("category"), QCoreApplication::translate("ReportService", "Category"),
                        ReportColumnType::Text),
                 column(QStringLiteral("count"), QCoreApplication::translate("ReportService", "Complaints"),
                        ReportColumnType::Number)},
                {},
                {}};
        for (const auto &[category, count] : categories)
            byCategory.rows.push_back({category, count});
        report.tables.push_back(std::move(table));
        report.tables.push_back(std::move(byCategory));
        return report;
    });
}

Result<Report> ReportService::writeOffs(QDate asOf)
{
    const Periods p = periodsOf(asOf);
    return reading([&]() -> Result<Report> {
        ReportRepository repo(m_session.book());
        const auto written = repo.writeOffs(p.from, p.to);
        const auto writtenBefore = repo.writeOffs(p.previousFrom, p.previousTo);
        const auto recovered = repo.recoveries(p.from, p.to);
        Report report;
        report.title = QCoreApplication::translate("ReportService", "Write-offs and recoveries");
        report.subtitle = periodText(p);
        auto listing = [&](const QString &key, const QString &title, bool withReason) {
            ReportTable table{key,
                              title,
                              {column(QStringLiteral("date"), QCoreApplication::translate("ReportService", "Date"),
                                      ReportColumnType::Date),
                               column(QStringLiteral("invoice"),
                                      QCoreApplication::translate("ReportService", "Invoice"), ReportColumnType::Text),
                               column(QStringLiteral("customer_code"),
                                      QCoreApplication::translate("ReportService", "Customer"), ReportColumnType::Text),
                               column(QStringLiteral("customer_name"),
                                      QCoreApplication::translate("ReportService", "Name"), ReportColumnType::Text),
                               column(QStringLiteral("amount"), QCoreApplication::translate("ReportService", "Amount"),
                                      ReportColumnType::Money)},
                              {},
                              {}};
            if (withReason)
                table.columns.push_back(column(QStringLiteral("reason"),
                                               QCoreApplication::translate("ReportService", "Reason"),
                                               ReportColumnType::Text));
            return table;
        };
        ReportTable writeOffTable =
                listing(QStringLiteral("write_offs"), QCoreApplication::translate("ReportService", "Write-offs"), true);
        ReportTable recoveryTable = listing(QStringLiteral("recoveries"),
                                            QCoreApplication::translate("ReportService", "Recoveries"), false);
        std::map<QString, MinorUnits> now, before, back;
        for (const WriteOffReportRow &row : written) {
            writeOffTable.rows.push_back({row.date, row.invoiceNumber, row.customerCode, row.customerName,
                                          Money(row.amount, row.currency), row.reason});
            now[row.currency] += row.amount;
        }
        for (const WriteOffReportRow &row : writtenBefore)
            before[row.currency] += row.amount;
        for (const WriteOffReportRow &row : recovered) {
            recoveryTable.rows.push_back(
                    {row.date, row.invoiceNumber, row.customerCode, row.customerName, Money(row.amount, row.currency)});
            back[row.currency] += row.amount;
        }
        std::set<QString> currencies;
        for (const auto *amounts : {&now, &before, &back})
            for (const auto &[currency, amount] : *amounts)
                currencies.insert(currency);
        if (currencies.empty())
            report.summary << QCoreApplication::translate(
                                      "ReportService",
                                      "Nothing was written off or recovered from %1 to %2 or in the month before.")
                                      .arg(date(p.previousFrom), date(p.to));
        for (const QString &currency : currencies)
            report.summary << QCoreApplication::translate(
                                      "ReportService",
                                      "Written off in %1 from %2 to %3: %4 (%5 in the same days of the month before); "
                                      "recovered: %6.")
                                      .arg(currency, date(p.from), date(p.to), money(now[currency], currency),
                                           money(before[currency], currency), money(back[currency], currency));
        report.tables.push_back(std::move(writeOffTable));
        report.tables.push_back(std::move(recoveryTable));
        return report;
    });
}

} // namespace ardesk
