// plan-agreement: the agreement letter of a payment plan as PDF (docs/cli.md#plan-agreement,
// docs/payment-plans.md). Rendered in the customer's language, written to --out and
// recorded on the account like the GUI's Print agreement (take_promise).
#include "cli.h"

#include "documents/plan_agreement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ardesk::cli {

int commandPlanAgreement(Context &context, Arguments &args)
{
    const QString planText = args.option(QStringLiteral("--plan")).value_or(QString());
    const QString out = args.option(QStringLiteral("--out")).value_or(QString());
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    bool isNumber = false;
    const Id planId = planText.toLongLong(&isNumber);
    if (planText.isEmpty() || !isNumber || planId <= 0)
        return usage(context,
                     planText.isEmpty()
                             ? QCoreApplication::translate("cli", "plan-agreement: --plan ID is required")
                             : QCoreApplication::translate("cli", "--plan: '%1' is not a plan number").arg(planText));
    if (out.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "--out FILE.pdf is required"));

    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto printed = documents::printPlanAgreement(*opened->session, planId);
    if (!printed)
        return fail(context, printed.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(printed->pdf) != printed->pdf.size() || !file.commit())
        return fail(context, Error::invalid(QCoreApplication::translate("cli", "%1: cannot write the file (%2)")
                                                    .arg(out, file.errorString())));
    const QJsonObject summary{{QStringLiteral("plan_id"), static_cast<qint64>(planId)},
                              {QStringLiteral("customer_code"), printed->customerCode},
                              {QStringLiteral("language"), printed->language},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("letter_id"), static_cast<qint64>(printed->letterId)},
                              {QStringLiteral("first_print"), printed->firstPrint}};
    context.out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    return Ok;
}

} // namespace ardesk::cli
