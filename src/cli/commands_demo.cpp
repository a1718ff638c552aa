#include "cli.h"

#include "services/demo_credit.h"
#include "services/demo_generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ardesk::cli {

// ardesk-cli --book FILE demo --customers N [--seed S] [--today YYYY-MM-DD]
int commandDemo(Context &context, Arguments &args)
{
    const QString customersText = args.option(QStringLiteral("--customers")).value_or(QStringLiteral("2000"));
    const QString seedText = args.option(QStringLiteral("--seed")).value_or(QStringLiteral("1"));
    const QString todayText = args.option(QStringLiteral("--today")).value_or(QString());
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    bool ok = false;
    const int customers = customersText.toInt(&ok);
    if (!ok || customers < 1 || customers > 1000000)
        return usage(context, QCoreApplication::translate("cli", "--customers must be a number from 1 to 1000000"));
    const uint seed = seedText.toUInt(&ok);
    if (!ok)
        return usage(context, QCoreApplication::translate("cli", "--seed must be a whole number"));
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    if (!todayText.isEmpty()) {
        options.today = QDate::fromString(todayText, Qt::ISODate);
        if (!options.today.isValid() || todayText.size() != 10)
            return usage(context,
                         QCoreApplication::translate("cli", "--today: '%1' is not a date (YYYY-MM-DD)").arg(todayText));
    }
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer lastPrint;
    lastPrint.start();
    bool printed = false;
    if (context.errIsTerminal) {
        options.progress = [&](qint64 done, qint64 total) {
            if (lastPrint.elapsed() >= 250 && total > 0) {
                lastPrint.restart();
                context.err << '\r'
                            << QCoreApplication::translate("cli", "generating %1%").arg(done * 100 / total) << "   ";
                context.err.flush();
                printed = true;
            }
            return true;
        };
    }
    auto summary = DemoGenerator(*opened->session).generate(options);
    if (printed)
        context.err << '\r' << QString(24, u' ') << '\r';
    if (!summary)
        return fail(context, summary.error());
    context.out << QCoreApplication::translate("cli",
                                               "demo book: %1 customers, %2 invoices, %3 payments, %4 promises, "
                                               "%5 users in %6 s")
                       .arg(summary->customers)
                       .arg(summary->invoices)
                       .arg(summary->payments)
                       .arg(summary->promises)
                       .arg(summary->users)
                       .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                << '\n';
    // Credit control on top (docs/cli.md "demo"): policies per risk class, plans, holds.
    Session &session = *opened->session;
    if (session.can(Action::EditCreditPolicy) && session.can(Action::TakePromise) && session.can(Action::LogContact)) {
        const auto credit = addDemoCreditControl(session, summary->today);
        if (!credit)
            return fail(context, credit.error());
        context.out << QCoreApplication::translate("cli", "credit control: %1 policies, %2 customers given their "
                                                          "class's policy, %3 payment plans, %4 credit holds, %5 "
                                                          "reference rates")
                               .arg(credit->policies)
                               .arg(credit->customersWithPolicy)
                               .arg(credit->paymentPlans)
                               .arg(credit->holds)
                               .arg(credit->referenceRates)
                    << '\n';
    }
    return Ok;
}

} // namespace ardesk::cli
