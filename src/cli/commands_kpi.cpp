#include "cli.h"

#include "services/kpi_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ardesk::cli {

// ardesk-cli --book FILE kpi [--as-of YYYY-MM-DD] [--months N] [--by total|collector|segment|risk]
//                            [--format table|json]
// The output is described in docs/kpi.md.

namespace {


// Rounded to hundredths, half away from zero; null where the KPI is undefined.
QJsonValue number(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue(QJsonValue::Null);
    const double rounded = std::round(*value * 100.0) / 100.0;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

QString cell(const std::optional<double> &value)
{
    const QJsonValue rounded = number(value);
    return rounded.isNull() ? QCoreApplication::translate("cli", "n/a") : QString::number(rounded.toDouble(), 'f', 2);
}

QString amount(MinorUnits minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

QString groupJsonKey(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Collector:
        return QStringLiteral("collector");
    case KpiGrouping::Segment:
        return QStringLiteral("segment");
    case KpiGrouping::RiskClass:
        return QStringLiteral("risk_class");
    case KpiGrouping::Total:
        break;
    }
    return {};
}

QJsonObject resultJson(const KpiValues &v, KpiGrouping grouping)
{
    QJsonObject object{
            {QStringLiteral("currency"), v.key.currency},
            {QStringLiteral("dso_standard"), number(v.dsoStandard)},
            {QStringLiteral("dso_countback"), number(v.dsoCountback)},
            {QStringLiteral("best_possible_dso"), number(v.bestPossibleDso)},
            {QStringLiteral("add"), number(v.averageDaysDelinquent)},
            {QStringLiteral("cei"), number(v.collectionEffectivenessIndex)},
            {QStringLiteral("percent_current"), number(v.percentCurrent)},
            {QStringLiteral("average_days_to_pay"), number(v.averageDaysToPay)},
            {QStringLiteral("promise_kept_rate"), number(v.promiseKeptRate)},
            {QStringLiteral("promise_partially_kept_rate"), number(v.promisePartiallyKeptRate)},
            {QStringLiteral("bad_debt_ratio"), number(v.badDebtRatio)},
    };
    if (grouping != KpiGrouping::Total)
        object.insert(groupJsonKey(grouping), v.key.group ? QJsonValue(*v.key.group) : QJsonValue(QJsonValue::Null));
    const QString &currency = v.key.currency;
    object.insert(QStringLiteral("figures"),
                  QJsonObject{
                          {QStringLiteral("beginning_ar"), amount(v.figures.beginningAr, currency)},
                          {QStringLiteral("ending_ar"), amount(v.figures.endingAr, currency)},
                          {QStringLiteral("ending_current_ar"), amount(v.figures.endingCurrentAr, currency)},
                          {QStringLiteral("credit_sales"), amount(v.figures.creditSales, currency)},
                          {QStringLiteral("paid"), amount(v.paidInPeriod, currency)},
                          {QStringLiteral("written_off"), amount(v.figures.writtenOff, currency)},
                          {QStringLiteral("promises_kept"), v.promises.kept},
                          {QStringLiteral("promises_partially_kept"), v.promises.partiallyKept},
                          {QStringLiteral("promises_broken"), v.promises.broken},
                  });
    return object;
}

} // namespace

int commandKpi(Context &context, Arguments &args)
{
    const QString asOfText = args.option(QStringLiteral("--as-of")).value_or(QString());
    const QString monthsText = args.option(QStringLiteral("--months")).value_or(QStringLiteral("3"));
    const QString by = args.option(QStringLiteral("--by")).value_or(QStringLiteral("total"));
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    const QDate asOf = asOfText.isEmpty() ? QDate::currentDate() : QDate::fromString(asOfText, Qt::ISODate);
    if (!asOf.isValid() || (!asOfText.isEmpty() && asOfText.size() != 10))
        return usage(context, QCoreApplication::translate("cli", "--as-of: '%1' is not a date (YYYY-MM-DD)").arg(asOfText));
    bool monthsOk = false;
    const int months = monthsText.toInt(&monthsOk);
    if (!monthsOk || months < 1 || months > KpiService::kMaxMonths)
        return usage(
                context,
                QCoreApplication::translate("cli", "--months: '%1' is not a whole number from 1 to %2").arg(monthsText).arg(KpiService::kMaxMonths));
    const auto grouping = kpiGroupingFromKey(by);
    if (!grouping)
        return usage(context, QCoreApplication::translate("cli", "--by must be total, collector, segment or risk"));
    if (format != u"table" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table or json"));

    int exitCode = Ok;
    // Opened like aging: read-write, so that a failed sign-in counts toward the lockout (a
    // file without write permission is opened read-only anyway). The KPIs only read.
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto report = KpiService(*opened->session).compute(asOf, months, *grouping);
    if (!report)
        return fail(context, report.error());

    if (format == u"json") {
        QJsonArray results;
        for (const KpiValues &v : report->results)
            results.append(resultJson(v, *grouping));
        const QJsonObject root{
                {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                {QStringLiteral("months"), months},
                {QStringLiteral("by"), kpiGroupingKey(*grouping)},
                {QStringLiteral("period_start"), report->periodStart.toString(Qt::ISODate)},
                {QStringLiteral("days_in_period"), report->daysInPeriod},
                {QStringLiteral("promise_grace_days"), report->promiseGraceDays},
                {QStringLiteral("results"), results},
        };
        context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }

    // Human table: one row per currency (and group), two decimals, n/a where undefined.
    const bool grouped = *grouping != KpiGrouping::Total;
    QStringList header;
    header << QCoreApplication::translate("cli", "currency");
    if (grouped)
        header << groupJsonKey(*grouping);
    header << QCoreApplication::translate("cli", "DSO") << QCoreApplication::translate("cli", "countback") << QCoreApplication::translate("cli", "best DSO") << QCoreApplication::translate("cli", "ADD") << QCoreApplication::translate("cli", "CEI %") << QCoreApplication::translate("cli", "current %")
           << QCoreApplication::translate("cli", "days to pay") << QCoreApplication::translate("cli", "kept %") << QCoreApplication::translate("cli", "partial %") << QCoreApplication::translate("cli", "bad debt %");
    std::vector<QStringList> rows;
    for (const KpiValues &v : report->results) {
        QStringList fields;
        fields << v.key.currency;
        if (grouped)
            fields << v.key.group.value_or(QCoreApplication::translate("cli", "(none)"));
        fields << cell(v.dsoStandard) << cell(v.dsoCountback) << cell(v.bestPossibleDso)
               << cell(v.averageDaysDelinquent) << cell(v.collectionEffectivenessIndex) << cell(v.percentCurrent)
               << cell(v.averageDaysToPay) << cell(v.promiseKeptRate) << cell(v.promisePartiallyKeptRate)
               << cell(v.badDebtRatio);
        rows.push_back(fields);
    }
    std::vector<qsizetype> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = header[i].size();
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    context.out << QCoreApplication::translate("cli", "KPIs as of %1, %2 month(s) from %3 (%4 days)")
                           .arg(asOf.toString(Qt::ISODate))
                           .arg(months)
                           .arg(report->periodStart.toString(Qt::ISODate))
                           .arg(report->daysInPeriod)
                << '\n';
    const qsizetype textColumns = grouped ? 2 : 1;
    auto print = [&](const QStringList &r) {
        for (qsizetype i = 0; i < r.size(); ++i)
            context.out << (i >= textColumns ? r[i].rightJustified(widths[i]) : r[i].leftJustified(widths[i]))
                        << (i + 1 < r.size() ? "  " : "");
        context.out << '\n';
    };
    print(header);
    for (const QStringList &r : rows)
        print(r);
    if (rows.empty())
        context.out << QCoreApplication::translate("cli", "(nothing in the period)") << '\n';
    return Ok;
}

} // namespace ardesk::cli
