// policy set-terms NAME TERMS: the instalment terms of a credit policy from the command line
// (docs/cli.md#policy-set-terms, docs/credit-policy.md "Instalment terms"). The checks, the
// canonical text and the audit entry are CreditService::setInstalmentTerms's, as in Settings.
#include "cli.h"

#include "services/credit_service.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

namespace {

int commandPolicySetTerms(Context &context, Arguments &args)
{
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    // NAME and TERMS are both required; TERMS may be "" (or "none") to remove the terms.
    const qsizetype given = std::count_if(args.remaining().cbegin(), args.remaining().cend(),
                                          [](const QString &a) { return !a.startsWith(QStringLiteral("--")); });
    if (given < 2)
        return usage(context, QCoreApplication::translate("cli", "policy set-terms needs NAME and TERMS "
                                                                 "(such as \"30/60/90\"; \"none\" removes them)"));
    const QString name = args.positional();
    QString terms = args.positional();
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (name.trimmed().isEmpty())
        return usage(context, QCoreApplication::translate("cli", "policy set-terms: NAME is empty"));
    if (format != u"text" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be text or json"));
    if (terms.trimmed().compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
        terms.clear();

    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const auto saved = CreditService(*opened->session).setInstalmentTerms(name, terms);
    if (!saved)
        return fail(context, saved.error());
    if (format == u"json") {
        const QJsonObject summary{{QStringLiteral("policy"), name.trimmed()},
                                  {QStringLiteral("instalment_terms"), *saved}};
        context.out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    } else {
        context.err << (saved->isEmpty()
                                ? QCoreApplication::translate("cli", "policy %1: no instalment terms").arg(name.trimmed())
                                : QCoreApplication::translate("cli", "policy %1: instalment terms %2")
                                          .arg(name.trimmed(), *saved))
                    << '\n';
    }
    return Ok;
}

} // namespace

int commandPolicy(Context &context, Arguments &args)
{
    const QString action = args.positional();
    if (action == u"set-terms")
        return commandPolicySetTerms(context, args);
    if (action.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "policy needs what to do: set-terms"));
    return usage(context, QCoreApplication::translate("cli", "unknown policy command '%1'").arg(action));
}

} // namespace ardesk::cli
