#include "cli.h"

#include "services/import_service.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace ardesk::cli {

namespace {
} // namespace

int commandImport(Context &context, Arguments &args)
{
    if (isBankImport(args.remaining()))
        return commandImportBank(context, args); // commands_bank.cpp
    if (isPolicyImport(args.remaining()))
        return commandImportPolicy(context, args); // commands_policy.cpp
    const bool dryRun = args.flag(QStringLiteral("--dry-run"));
    const bool autoApply = args.flag(QStringLiteral("--auto-apply"));
    const QString kindName = args.positional();
    const QString file = args.positional();
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    const auto kind = importKindFromKey(kindName);
    if (!kind)
        return usage(context,
                     kindName.isEmpty()
                             ? QCoreApplication::translate(
                                     "cli",
                                     "import needs what to import: customers, invoices, payments, users, portfolios "
                                     "or promises")
                             : QCoreApplication::translate(
                                       "cli",
                                       "cannot import '%1': use customers, invoices, payments, users, portfolios or "
                                       "promises")
                                       .arg(kindName));
    if (file.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "import %1 needs a CSV file").arg(kindName));
    if (autoApply && *kind != ImportKind::Payments)
        return usage(context, QCoreApplication::translate("cli", "--auto-apply is for payments only"));
    if (!QFileInfo::exists(file)) {
        context.err << "ardesk-cli: " << QCoreApplication::translate("cli", "%1: no such file").arg(file) << '\n';
        return DataError;
    }
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;

    ImportOptions options;
    options.dryRun = dryRun;
    options.autoApply = autoApply;
    QElapsedTimer lastPrint;
    lastPrint.start();
    bool printedProgress = false;
    if (context.errIsTerminal) {
        options.progress = [&](ImportPhase phase, qint64 done, qint64 total) {
            if (lastPrint.elapsed() < 200 || total <= 0)
                return true;
            lastPrint.restart();
            const int percent = static_cast<int>(done * 100 / total);
            context.err << '\r'
                        << (phase == ImportPhase::Writing
                                    ? QCoreApplication::translate("cli", "writing %1%").arg(percent)
                                    : QCoreApplication::translate("cli", "checking %1%").arg(percent))
                        << "   ";
            context.err.flush();
            printedProgress = true;
            return true;
        };
    }
    QElapsedTimer timer;
    timer.start();
    auto report = ImportService(*opened->session).importFile(*kind, file, options);
    if (printedProgress) {
        context.err << '\r' << QString(24, u' ') << '\r';
        context.err.flush();
    }
    if (!report)
        return fail(context, report.error());
    if (!report->problems.empty()) {
        for (const ImportProblem &problem : report->problems)
            context.err << file << ':' << problem.line << ": " << problem.field << ": " << problem.reason << '\n';
        if (const int notShown = int(report->problemCount - qsizetype(report->problems.size())); notShown > 0)
            context.err << QCoreApplication::translate("cli", "%1: %n more problem(s) not shown", nullptr, notShown).arg(file)
                        << '\n';
        const int problemCount = int(report->problemCount); // a plain count argument, which lupdate reads
        context.err << QCoreApplication::translate("cli", "%1: rejected, nothing was imported (%n problem(s))", nullptr,
                                                   problemCount)
                               .arg(file)
                    << '\n';
        context.err.flush();
        return DataError;
    }
    if (dryRun)
        context.out << QCoreApplication::translate("cli", "%1: %2 rows are valid (dry run: nothing was written)")
                               .arg(file)
                               .arg(report->rows)
                    << '\n';
    else
        context.out << QCoreApplication::translate("cli", "%1: imported %2 %3 in %4 s")
                               .arg(file)
                               .arg(report->rows)
                               .arg(kindName)
                               .arg(QString::number(timer.elapsed() / 1000.0, 'f', 2))
                    << (report->allocations > 0
                                ? QCoreApplication::translate("cli", " (%1 allocations)").arg(report->allocations)
                                : QString())
                    << '\n';
    return Ok;
}

} // namespace ardesk::cli
