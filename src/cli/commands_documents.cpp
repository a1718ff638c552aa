// statements and letters: the monthly runs of documents (docs/cli.md, docs/documents.md).
#include "cli.h"

#include "documents/document_batch.h"
#include "documents/report_writers.h"
#include "services/report_service.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

namespace {

struct BatchArguments
{
    QDate asOf;
    QString folder;
};

std::optional<BatchArguments> batchArguments(Context &context, Arguments &args, int &exitCode)
{
    const QString asOfText = args.option(QStringLiteral("--as-of")).value_or(QString());
    const QString folder = args.option(QStringLiteral("--out")).value_or(QString());
    QString error;
    if (!args.checkNothingLeft(error)) {
        exitCode = usage(context, error);
        return std::nullopt;
    }
    const QDate asOf = QDate::fromString(asOfText, Qt::ISODate);
    if (asOfText.size() != 10 || !asOf.isValid()) {
        exitCode = usage(
                context,
                asOfText.isEmpty()
                        ? QCoreApplication::translate("cli", "--as-of YYYY-MM-DD is required")
                        : QCoreApplication::translate("cli", "--as-of: '%1' is not a date (YYYY-MM-DD)").arg(asOfText));
        return std::nullopt;
    }
    if (folder.isEmpty()) {
        exitCode = usage(context, QCoreApplication::translate("cli", "--out DIR is required"));
        return std::nullopt;
    }
    return BatchArguments{asOf, folder};
}

documents::BatchProgressCallback progressOnStderr(Context &context, const QString &what)
{
    return [&context, what](const documents::BatchProgress &progress) {
        if (progress.done < progress.total)
            context.err << QCoreApplication::translate("cli", "%1 %2/%3: %4")
                                   .arg(what)
                                   .arg(progress.done + 1)
                                   .arg(progress.total)
                                   .arg(progress.customerCode)
                        << '\n';
        context.err.flush();
        return true;
    };
}

int printSummary(Context &context, const documents::BatchResult &result)
{
    QJsonArray customers;
    QJsonArray files;
    int created = 0;
    for (const documents::BatchDocument &document : result.documents) {
        QJsonObject entry{{QStringLiteral("customer_code"), document.customerCode},
                          {QStringLiteral("kind"), document.kind},
                          {QStringLiteral("file"), document.file},
                          {QStringLiteral("letter_id"), static_cast<qint64>(document.letterId)},
                          {QStringLiteral("new_record"), document.newRecord},
                          {QStringLiteral("balance"), Money(document.balance, document.currency).toDecimalString()},
                          {QStringLiteral("currency"), document.currency}};
        if (document.kind != u"statement")
            entry.insert(QStringLiteral("level"), document.level);
        customers.append(entry);
        created += document.newRecord ? 1 : 0;
    }
    QJsonObject root{{QStringLiteral("as_of"), result.asOf.toString(Qt::ISODate)},
                     {QStringLiteral("out"), result.folder},
                     {QStringLiteral("documents"), static_cast<int>(result.documents.size())},
                     {QStringLiteral("new_records"), created},
                     {QStringLiteral("customers"), customers}};
    if (result.strategyRan) {
        QJsonObject strategy;
        for (const auto &[action, count] : result.strategyCreated)
            if (count != 0)
                strategy.insert(action, count);
        root.insert(QStringLiteral("strategy_created"), strategy);
    }
    context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
    return Ok;
}

} // namespace

int commandStatements(Context &context, Arguments &args)
{
    int exitCode = Ok;
    const auto arguments = batchArguments(context, args, exitCode);
    if (!arguments)
        return exitCode;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto result =
            documents::runStatements(*opened->session, arguments->asOf, arguments->folder,
                                     progressOnStderr(context, QCoreApplication::translate("cli", "statement")));
    if (!result)
        return fail(context, result.error());
    return printSummary(context, *result);
}

int commandLetters(Context &context, Arguments &args)
{
    int exitCode = Ok;
    const auto arguments = batchArguments(context, args, exitCode);
    if (!arguments)
        return exitCode;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto result = documents::runLetters(*opened->session, arguments->asOf, arguments->folder,
                                              progressOnStderr(context, QCoreApplication::translate("cli", "letter")));
    if (!result)
        return fail(context, result.error());
    return printSummary(context, *result);
}

} // namespace ardesk::cli

namespace ardesk::cli {

int commandReport(Context &context, Arguments &args)
{
    const QString name = args.positional();
    const QString asOfText = args.option(QStringLiteral("--as-of")).value_or(QString());
    const QString out = args.option(QStringLiteral("--out")).value_or(QString());
    QString formatText = args.option(QStringLiteral("--format")).value_or(QString());
    const QString customer = args.option(QStringLiteral("--customer")).value_or(QString());
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    const QStringList names = ReportService::reportNames();
    if (!names.contains(name))
        return usage(context,
                     name.isEmpty() ? QCoreApplication::translate("cli", "report: which report? One of %1")
                                              .arg(names.join(QStringLiteral(", ")))
                                    : QCoreApplication::translate("cli", "report: unknown report '%1' (one of %2)")
                                              .arg(name, names.join(QStringLiteral(", "))));
    const QDate asOf = QDate::fromString(asOfText, Qt::ISODate);
    if (asOfText.size() != 10 || !asOf.isValid())
        return usage(
                context,
                asOfText.isEmpty()
                        ? QCoreApplication::translate("cli", "--as-of YYYY-MM-DD is required")
                        : QCoreApplication::translate("cli", "--as-of: '%1' is not a date (YYYY-MM-DD)").arg(asOfText));
    if (out.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "--out FILE is required"));
    if (formatText.isEmpty())
        formatText = QFileInfo(out).suffix().toLower();
    const auto format = documents::reportFormatFromKey(formatText);
    if (!format)
        return usage(context, QCoreApplication::translate("cli", "--format must be csv, xlsx or pdf"));
    if (name == u"statement" && customer.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "report statement needs --customer CODE"));

    int exitCode = Ok;
    auto opened = openSession(context, exitCode, AccessMode::ReadOnly);
    if (!opened)
        return exitCode;
    const auto report = ReportService(*opened->session).build({name, asOf, customer});
    if (!report)
        return fail(context, report.error());
    if (auto written = documents::writeReport(*report, *format, out); !written)
        return fail(context, written.error());
    context.err << QCoreApplication::translate("cli", "%1: written").arg(out) << '\n';
    return Ok;
}

bool needsDocuments(int argc, char **argv)
{
    // The first word that is neither an option nor the value of a global option.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--book" || arg == "--user" || arg == "--lang") {
            ++i;
            continue;
        }
        if (arg.startsWith("--"))
            continue;
        return arg == "statements" || arg == "letters" || arg == "report" || arg == "plan-agreement";
    }
    return false;
}

} // namespace ardesk::cli
