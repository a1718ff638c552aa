// ardesk-cli import bank FILE [--format camt053|csv] [--mapping NAME|FILE.json] [--post]
// Prints the JSON summary documented in docs/formats.md ("CLI"); with --post, posts the
// confident matches in one transaction. Bad files: FILE:LINE: element: reason, exit 1.

#include "cli.h"

#include "services/bank_import_service.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace ardesk::cli {

bool isBankImport(const QStringList &importArguments)
{
    for (qsizetype i = 0; i < importArguments.size(); ++i) {
        const QString &argument = importArguments[i];
        if (argument == u"--format" || argument == u"--mapping") {
            ++i; // its value
            continue;
        }
        if (argument.startsWith(u"--"))
            continue;
        return argument == u"bank";
    }
    return false;
}

int commandImportBank(Context &context, Arguments &args)
{
    const bool postMatches = args.flag(QStringLiteral("--post"));
    const std::optional<QString> formatName = args.option(QStringLiteral("--format"));
    const std::optional<QString> mapping = args.option(QStringLiteral("--mapping"));
    if (!args.usageError.isEmpty())
        return usage(context, args.usageError);
    args.positional(); // "bank"
    const QString file = args.positional();
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (file.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "import bank needs a bank statement file"));
    BankImportOptions options;
    if (formatName) {
        options.format = bankFileFormatFromKey(*formatName);
        if (!options.format)
            return usage(context,
                         QCoreApplication::translate("cli", "--format must be camt053 or csv, not '%1'").arg(*formatName));
    }
    if (mapping)
        options.mapping = *mapping;
    if (!QFileInfo::exists(file)) {
        context.err << "ardesk-cli: " << QCoreApplication::translate("cli", "%1: no such file").arg(file) << '\n';
        return DataError;
    }
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    BankImportService service(*opened->session);
    auto review = service.reviewFile(file, options);
    if (!review)
        return fail(context, review.error());
    if (!review->problems.empty()) {
        for (const BankFileProblem &problem : review->problems)
            context.err << formatBankFileProblem(file, problem) << '\n';
        context.err << QCoreApplication::translate("cli", "%1: rejected, nothing was imported").arg(file) << '\n';
        context.err.flush();
        return DataError;
    }
    qsizetype posted = 0;
    if (postMatches) {
        auto report = service.postMatched(*review);
        if (!report)
            return fail(context, report.error());
        posted = report->posted;
    }
    struct Sums {
        MinorUnits matched = 0, suggested = 0, unmatched = 0;
    };
    QMap<QString, Sums> sums;
    for (const BankReviewEntry &e : review->entries) {
        if (e.state != BankEntryState::Open)
            continue;
        Sums &s = sums[e.entry.amount.currency()];
        const MinorUnits amount = e.entry.amount.minor();
        switch (e.match.matchClass) {
        case MatchClass::Matched: s.matched += amount; break;
        case MatchClass::Suggested: s.suggested += amount; break;
        case MatchClass::Unmatched: s.unmatched += amount; break;
        }
    }
    QJsonObject amounts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        amounts.insert(it.key(), QJsonObject{{QStringLiteral("matched"), Money(it->matched, it.key()).toDecimalString()},
                                             {QStringLiteral("suggested"), Money(it->suggested, it.key()).toDecimalString()},
                                             {QStringLiteral("unmatched"), Money(it->unmatched, it.key()).toDecimalString()}});
    const QJsonObject summary{
            {QStringLiteral("entries"), qint64(review->entries.size())},
            {QStringLiteral("matched"), qint64(review->count(MatchClass::Matched))},
            {QStringLiteral("suggested"), qint64(review->count(MatchClass::Suggested))},
            {QStringLiteral("unmatched"), qint64(review->count(MatchClass::Unmatched))},
            {QStringLiteral("already_posted"), qint64(review->count(BankEntryState::AlreadyPosted))},
            {QStringLiteral("skipped"), qint64(review->count(BankEntryState::Skipped))},
            {QStringLiteral("amounts"), amounts},
            {QStringLiteral("posted"), qint64(posted)},
    };
    context.out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << '\n';
    return Ok;
}

} // namespace ardesk::cli
