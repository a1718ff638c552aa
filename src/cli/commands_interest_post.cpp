// ardesk-cli --book FILE interest --as-of YYYY-MM-DD --post [--format table|json]
// Posts the late-payment interest and recovery compensation of the customers whose credit
// policy says so, as debit notes (docs/interest.md "Posting interest"), and prints what was
// posted and what was skipped. Running it again for the same date posts nothing new.

#include "cli.h"

#include "services/interest_posting_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

int commandInterestPost(Context &context, Arguments &args, QDate asOf)
{
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (format != u"table" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table or json"));
    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto run = InterestPostingService(*opened->session).post(asOf);
    if (!run)
        return fail(context, run.error());
    if (format == u"json") {
        QJsonArray posted;
        for (const InterestPostingLine &line : run->lines)
            posted.append(QJsonObject{{QStringLiteral("customer_code"), line.customerCode},
                                      {QStringLiteral("invoice_number"), line.invoiceNumber},
                                      {QStringLiteral("kind"), line.kind},
                                      {QStringLiteral("debit_note"), line.debitNoteNumber},
                                      {QStringLiteral("from"), line.fromDay.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), line.toDay.toString(Qt::ISODate)},
                                      {QStringLiteral("amount"), Money(line.amount, line.currency).toDecimalString()},
                                      {QStringLiteral("currency"), line.currency}});
        QJsonArray skipped;
        for (const InterestPostingSkip &skip : run->skipped)
            skipped.append(QJsonObject{{QStringLiteral("customer_code"), skip.customerCode},
                                       {QStringLiteral("invoice_number"), skip.invoiceNumber},
                                       {QStringLiteral("reason"), skip.reason},
                                       {QStringLiteral("message"), skip.message}});
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                                 {QStringLiteral("posted"), posted},
                                                 {QStringLiteral("skipped"), skipped}})
                               .toJson(QJsonDocument::Compact)
                    << '\n';
        return Ok;
    }
    context.out << QCoreApplication::translate("cli", "Interest posted as of %1: %n debit note(s)", nullptr,
                                               int(run->lines.size()))
                           .arg(asOf.toString(Qt::ISODate))
                << '\n';
    for (const InterestPostingLine &line : run->lines)
        context.out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                               .arg(line.customerCode, -10)
                               .arg(line.invoiceNumber, -14)
                               .arg(line.debitNoteNumber, -26)
                               .arg(line.fromDay.toString(Qt::ISODate), -10)
                               .arg(line.toDay.toString(Qt::ISODate), -10)
                               .arg(Money(line.amount, line.currency).toDecimalString() + u' ' + line.currency, 14)
                    << '\n';
    for (const InterestPostingSkip &skip : run->skipped)
        context.err << QCoreApplication::translate("cli", "not posted: %1").arg(skip.message) << '\n';
    return Ok;
}

} // namespace ardesk::cli
