#include "cli.h"

#include "services/ledger_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

namespace {
} // namespace

// ardesk-cli --book BOOK post payment --customer CODE --amount A --currency C --date D
//            [--invoice N [--take-discount] | --auto-apply] [--reference R] [--method M]
//            [--format text|json]
// --take-discount: the early-payment discount of the customer's policy is credited to the
// invoice in the same transaction (docs/credit-policy.md "Taking the discount").
int commandPost(Context &context, Arguments &args)
{
    const QString what = args.positional();
    const QString customer = args.option(QStringLiteral("--customer")).value_or(QString());
    const QString amountText = args.option(QStringLiteral("--amount")).value_or(QString());
    const QString currency = args.option(QStringLiteral("--currency")).value_or(QString());
    const QString dateText = args.option(QStringLiteral("--date")).value_or(QString());
    const std::optional<QString> invoice = args.option(QStringLiteral("--invoice"));
    const bool autoApply = args.flag(QStringLiteral("--auto-apply"));
    const bool takeDiscount = args.flag(QStringLiteral("--take-discount"));
    const QString reference = args.option(QStringLiteral("--reference")).value_or(QString());
    const QString method = args.option(QStringLiteral("--method")).value_or(QStringLiteral("other"));
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    if (what != u"payment")
        return usage(context, QCoreApplication::translate("cli", "post needs what to post: payment"));
    if (customer.isEmpty() || amountText.isEmpty() || currency.isEmpty() || dateText.isEmpty())
        return usage(
                context,
                QCoreApplication::translate("cli", "post payment needs --customer, --amount, --currency and --date"));
    if (takeDiscount && !invoice)
        return usage(context, QCoreApplication::translate("cli", "--take-discount needs --invoice"));
    if (invoice && autoApply)
        return usage(context, QCoreApplication::translate("cli", "give either --invoice or --auto-apply, not both"));
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid() || dateText.size() != 10)
        return usage(context,
                     QCoreApplication::translate("cli", "--date: '%1' is not a date (YYYY-MM-DD)").arg(dateText));
    const auto amount = Money::parse(amountText, currency);
    if (!amount)
        return usage(context, QCoreApplication::translate("cli", "--amount: %1").arg(amount.error().message));
    if (format != u"text" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be text or json"));

    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    PaymentInput input;
    input.customerCode = customer;
    input.receivedDate = date;
    input.amount = amount->minor();
    input.currency = currency;
    input.method = method;
    input.reference = reference;
    if (autoApply) {
        input.apply = PaymentInput::Apply::OldestDueFirst;
    } else if (invoice) {
        input.apply = PaymentInput::Apply::Invoice;
        input.invoiceNumber = *invoice;
        input.takeDiscount = takeDiscount;
    }
    // Concurrent posters on one book can meet a busy or conflicting transaction: retry a few times.
    Result<PostedPayment> posted = std::unexpected(Error::storage(QString()));
    for (int attempt = 0; attempt < 5; ++attempt) {
        posted = LedgerService(*opened->session).postPayment(input);
        if (posted || posted.error().code != ErrorCode::Storage)
            break;
    }
    if (!posted)
        return fail(context, posted.error());
    if (format == u"json") {
        QJsonArray allocations;
        for (const Id id : posted->allocationIds)
            allocations.append(static_cast<qint64>(id));
        QJsonObject json{{QStringLiteral("payment_id"), static_cast<qint64>(posted->paymentId)},
                         {QStringLiteral("allocations"), allocations},
                         {QStringLiteral("applied"), Money(posted->applied, currency).toDecimalString()},
                         {QStringLiteral("unapplied"), Money(posted->unapplied, currency).toDecimalString()}};
        if (takeDiscount) // only then: the output of a plain payment keeps its keys
            json.insert(QStringLiteral("discount"), Money(posted->discounted, currency).toDecimalString());
        context.out << QJsonDocument(json).toJson(QJsonDocument::Compact)
                    << '\n';
    } else {
        context.out << QCoreApplication::translate("cli", "payment %1 posted: %2 applied, %3 unapplied")
                               .arg(posted->paymentId)
                               .arg(Money(posted->applied, currency).toDecimalString(),
                                    Money(posted->unapplied, currency).toDecimalString())
                    << '\n';
        if (posted->discounted > 0)
            context.out << QCoreApplication::translate("cli", "early-payment discount credited: %1")
                                   .arg(Money(posted->discounted, currency).toDecimalString())
                        << '\n';
    }
    return Ok;
}

} // namespace ardesk::cli
