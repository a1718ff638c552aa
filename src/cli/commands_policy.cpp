// Issue 6 on the command line: import rates, import agency-scores, interest, strategies run.
// Contracts in docs/cli.md, docs/interest.md and docs/strategies.md.

#include "cli.h"

#include "services/credit_service.h"
#include "services/interest_service.h"
#include "services/strategy_service.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

namespace {

std::optional<QDate> asOfOption(Context &context, Arguments &args, int &exitCode)
{
    const auto text = args.option(QStringLiteral("--as-of"));
    if (!text) {
        exitCode = usage(context, QCoreApplication::translate("cli", "--as-of YYYY-MM-DD is required"));
        return std::nullopt;
    }
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10) {
        exitCode = usage(context, QCoreApplication::translate("cli", "--as-of: '%1' is not a date (YYYY-MM-DD)").arg(*text));
        return std::nullopt;
    }
    return date;
}

int reportProblems(Context &context, const QString &file, const PolicyImportReport &report)
{
    for (const PolicyImportProblem &problem : report.problems)
        context.err << file << ':' << problem.line << ": " << problem.field << ": " << problem.reason << '\n';
    if (const int notShown = int(report.problemCount - qsizetype(report.problems.size())); notShown > 0)
        context.err << QCoreApplication::translate("cli", "%1: %n more problem(s) not shown", nullptr, notShown).arg(file)
                    << '\n';
    const int problemCount = int(report.problemCount); // a plain count argument, which lupdate reads
    context.err << QCoreApplication::translate("cli", "%1: rejected, nothing was imported (%n problem(s))", nullptr,
                                               problemCount)
                           .arg(file)
                << '\n';
    context.err.flush();
    return DataError;
}

QJsonValue amountJson(std::optional<MinorUnits> minor, const QString &currency)
{
    if (!minor)
        return QJsonValue::Null;
    return Money(*minor, currency).toDecimalString();
}

} // namespace

bool isPolicyImport(const QStringList &importArguments)
{
    for (const QString &argument : importArguments) {
        if (argument.startsWith(u"--"))
            continue;
        return argument == u"rates" || argument == u"agency-scores";
    }
    return false;
}

int commandImportPolicy(Context &context, Arguments &args)
{
    const QString kind = args.positional();
    const QString file = args.positional();
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (file.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "import %1 needs a CSV file").arg(kind));
    if (!QFileInfo::exists(file)) {
        context.err << "ardesk-cli: " << QCoreApplication::translate("cli", "%1: no such file").arg(file) << '\n';
        return DataError;
    }
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    if (kind == u"rates") {
        const auto report = InterestService(*opened->session).importRates(file);
        if (!report)
            return fail(context, report.error());
        if (report->problemCount > 0)
            return reportProblems(context, file, *report);
        context.out << QCoreApplication::translate("cli", "%1: imported %2 rates (%3 new, %4 replaced)")
                               .arg(file)
                               .arg(report->rows)
                               .arg(report->added)
                               .arg(report->replaced)
                    << '\n';
        return Ok;
    }
    const auto report = CreditService(*opened->session).importAgencyScores(file);
    if (!report)
        return fail(context, report.error());
    if (report->problemCount > 0)
        return reportProblems(context, file, *report);
    context.out << QCoreApplication::translate("cli", "%1: imported %2 agency scores (%3 credit reviews opened)")
                           .arg(file)
                           .arg(report->rows)
                           .arg(report->reviewsOpened)
                << '\n';
    return Ok;
}

// ardesk-cli --book FILE interest --as-of YYYY-MM-DD [--format json|table] [--post]
int commandInterest(Context &context, Arguments &args)
{
    int exitCode = Ok;
    const auto asOf = asOfOption(context, args, exitCode);
    if (!asOf)
        return exitCode;
    if (args.flag(QStringLiteral("--post")))
        return commandInterestPost(context, args, *asOf);
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (format != u"table" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table or json"));
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto lines = InterestService(*opened->session).lateInterest(*asOf);
    if (!lines)
        return fail(context, lines.error());
    if (format == u"json") {
        QJsonArray invoices;
        for (const InterestLine &line : *lines) {
            const qint64 marginPpm = line.marginHundredths * kPpmPerMarginHundredth;
            invoices.append(QJsonObject{
                    {QStringLiteral("customer_code"), line.customerCode},
                    {QStringLiteral("invoice_number"), line.invoiceNumber},
                    {QStringLiteral("currency"), line.currency},
                    {QStringLiteral("due_date"), line.dueDate.toString(Qt::ISODate)},
                    {QStringLiteral("open_amount"), Money(line.open, line.currency).toDecimalString()},
                    {QStringLiteral("days_late"), line.daysLate},
                    {QStringLiteral("reference_rate"),
                     line.referenceRatePpm ? QJsonValue(ratePercent(*line.referenceRatePpm)) : QJsonValue::Null},
                    {QStringLiteral("margin"), ratePercent(marginPpm)},
                    {QStringLiteral("rate_percent"),
                     line.referenceRatePpm ? QJsonValue(ratePercent(*line.referenceRatePpm + marginPpm))
                                           : QJsonValue::Null},
                    {QStringLiteral("interest"), amountJson(line.interest, line.currency)},
                    {QStringLiteral("compensation"), amountJson(line.compensation, line.compensationCurrency)},
                    {QStringLiteral("compensation_currency"),
                     line.compensation ? QJsonValue(line.compensationCurrency) : QJsonValue::Null},
            });
        }
        const QJsonObject root{{QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                               {QStringLiteral("invoices"), invoices}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    context.out << QCoreApplication::translate("cli", "Late-payment interest as of %1").arg(asOf->toString(Qt::ISODate))
                << '\n';
    // Column headers of their own (disambiguated), not the words of other commands' tables.
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                                   .arg(QCoreApplication::translate("cli", "customer", "interest table header"), -10)
                                   .arg(QCoreApplication::translate("cli", "invoice", "interest table header"), -14)
                                   .arg(QCoreApplication::translate("cli", "due", "interest table header"), -10)
                                   .arg(QCoreApplication::translate("cli", "open", "interest table header"), 14)
                                   .arg(QCoreApplication::translate("cli", "days", "interest table header"), 5)
                                   .arg(QCoreApplication::translate("cli", "rate %", "interest table header"), 8)
                                   .arg(QCoreApplication::translate("cli", "interest", "interest table header"), 12)
                                   .arg(QCoreApplication::translate("cli", "compensation", "interest table header"), 14)
                                   .arg(QString());
    context.out << header.trimmed() << '\n';
    for (const InterestLine &line : *lines) {
        const qint64 marginPpm = line.marginHundredths * kPpmPerMarginHundredth;
        context.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                               .arg(line.customerCode, -10)
                               .arg(line.invoiceNumber, -14)
                               .arg(line.dueDate.toString(Qt::ISODate), -10)
                               .arg(Money(line.open, line.currency).toDecimalString() + u' ' + line.currency, 14)
                               .arg(line.daysLate, 5)
                               .arg(line.referenceRatePpm
                                            ? QString::number(ratePercent(*line.referenceRatePpm + marginPpm))
                                            : QStringLiteral("-"),
                                    8)
                               .arg(line.interest ? Money(*line.interest, line.currency).toDecimalString()
                                                  : QStringLiteral("-"),
                                    12)
                               .arg(line.compensation ? Money(*line.compensation, line.compensationCurrency)
                                                                        .toDecimalString() +
                                                                u' ' + line.compensationCurrency
                                                      : QStringLiteral("-"),
                                    14)
                    << '\n';
    }
    return Ok;
}

} // namespace ardesk::cli

namespace ardesk::cli {

// ardesk-cli --book FILE strategies run --as-of YYYY-MM-DD [--format json|table]
int commandStrategies(Context &context, Arguments &args)
{
    const QString sub = args.positional();
    if (sub != u"run")
        return usage(context, sub.isEmpty() ? QCoreApplication::translate("cli", "strategies needs a subcommand: run")
                                            : QCoreApplication::translate("cli", "unknown strategies subcommand '%1'")
                                                      .arg(sub));
    int exitCode = Ok;
    const auto asOf = asOfOption(context, args, exitCode);
    if (!asOf)
        return exitCode;
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (format != u"table" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table or json"));
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto result = StrategyService(*opened->session).run(*asOf);
    if (!result)
        return fail(context, result.error());
    if (format == u"json") {
        QJsonObject created;
        for (const auto &[key, count] : result->created)
            created.insert(key, count);
        QJsonObject skipped;
        for (const auto &[key, count] : result->skipped)
            skipped.insert(key, count);
        const QJsonObject root{{QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                               {QStringLiteral("created"), created},
                               {QStringLiteral("skipped"), skipped}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    context.out << QCoreApplication::translate("cli", "Strategy run as of %1").arg(asOf->toString(Qt::ISODate)) << '\n';
    context.out << QCoreApplication::translate("cli", "created:") << '\n';
    for (const auto &[key, count] : result->created)
        context.out << "  " << key << ": " << count << '\n';
    context.out << QCoreApplication::translate("cli", "skipped:") << '\n';
    for (const auto &[key, count] : result->skipped)
        context.out << "  " << key << ": " << count << '\n';
    return Ok;
}

} // namespace ardesk::cli
