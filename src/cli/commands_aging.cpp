#include "cli.h"

#include "domain/csv_writer.h"
#include "services/book_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {

namespace {

QString amount(MinorUnits minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

QJsonObject lineJson(const AgingLine &line, const AgingBuckets &buckets)
{
    QJsonArray bucketArray;
    for (int b = 0; b < buckets.bucketCount(); ++b)
        bucketArray.append(QJsonObject{{QStringLiteral("label"), buckets.label(b)},
                                       {QStringLiteral("amount"), amount(line.buckets[b], line.currency)}});
    return {{QStringLiteral("currency"), line.currency},
            {QStringLiteral("buckets"), bucketArray},
            {QStringLiteral("total"), amount(line.total(), line.currency)},
            {QStringLiteral("unapplied"), amount(line.unappliedCash + line.unappliedCredits, line.currency)}};
}

} // namespace

int commandAging(Context &context, Arguments &args)
{
    const QString asOfText = args.option(QStringLiteral("--as-of")).value_or(QString());
    const QString basisText = args.option(QStringLiteral("--basis")).value_or(QStringLiteral("due"));
    const QString bucketText = args.option(QStringLiteral("--buckets")).value_or(QStringLiteral("30,60,90"));
    const QString by = args.option(QStringLiteral("--by")).value_or(QStringLiteral("total"));
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    const QDate asOf = asOfText.isEmpty() ? QDate::currentDate() : QDate::fromString(asOfText, Qt::ISODate);
    if (!asOf.isValid() || (!asOfText.isEmpty() && asOfText.size() != 10))
        return usage(context,
                     QCoreApplication::translate("cli", "--as-of: '%1' is not a date (YYYY-MM-DD)").arg(asOfText));
    const auto basis = agingBasisFromKey(basisText);
    if (!basis)
        return usage(context, QCoreApplication::translate("cli", "--basis must be due or invoice"));
    const auto buckets = AgingBuckets::parse(bucketText);
    if (!buckets)
        return usage(context, QCoreApplication::translate("cli", "--buckets: %1").arg(buckets.error().message));
    if (by != u"total" && by != u"customer")
        return usage(context, QCoreApplication::translate("cli", "--by must be total or customer"));
    if (format != u"table" && format != u"csv" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table, csv or json"));

    int exitCode = Ok;
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    const bool byCustomer = by == u"customer";
    auto report = BookService::aging(*opened->session, asOf, *basis, *buckets,
                                     byCustomer ? AgingGrouping::Customer : AgingGrouping::Total);
    if (!report)
        return fail(context, report.error());

    if (format == u"json") {
        QJsonObject root{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                         {QStringLiteral("basis"), agingBasisKey(*basis)}};
        QJsonArray currencies;
        for (const AgingLine &line : report->currencies)
            currencies.append(lineJson(line, *buckets));
        root.insert(QStringLiteral("currencies"), currencies);
        if (byCustomer) {
            QJsonArray customers;
            for (const CustomerAgingLine &customer : report->customers) {
                QJsonObject entry = lineJson(customer.line, *buckets);
                entry.insert(QStringLiteral("customer_code"), customer.customerCode);
                entry.insert(QStringLiteral("currencies"), QJsonArray{lineJson(customer.line, *buckets)});
                customers.append(entry);
            }
            root.insert(QStringLiteral("customers"), customers);
        }
        context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }

    const QStringList labels = buckets->labels();
    if (format == u"csv") {
        QStringList header;
        if (byCustomer)
            header << QStringLiteral("customer_code") << QStringLiteral("customer_name");
        header << QStringLiteral("currency") << labels << QStringLiteral("total") << QStringLiteral("disputed")
               << QStringLiteral("unapplied");
        // Every CSV export goes through csvRecord (domain/csv_writer.h): formulas neutralised.
        context.out << csvRecord(header);
        auto row = [&](const QStringList &prefix, const AgingLine &line) {
            QStringList fields = prefix;
            fields << line.currency;
            for (int b = 0; b < buckets->bucketCount(); ++b)
                fields << amount(line.buckets[b], line.currency);
            fields << amount(line.total(), line.currency) << amount(line.disputed, line.currency)
                   << amount(line.unappliedCash + line.unappliedCredits, line.currency);
            context.out << csvRecord(fields);
        };
        if (byCustomer)
            for (const CustomerAgingLine &customer : report->customers)
                row({customer.customerCode, customer.customerName}, customer.line);
        else
            for (const AgingLine &line : report->currencies)
                row({}, line);
        return Ok;
    }

    // Human table.
    QStringList header;
    if (byCustomer)
        header << QCoreApplication::translate("cli", "customer");
    header << QCoreApplication::translate("cli", "currency") << labels << QCoreApplication::translate("cli", "total")
           << QCoreApplication::translate("cli", "disputed") << QCoreApplication::translate("cli", "unapplied");
    std::vector<QStringList> rows;
    auto addRow = [&](const QString &customer, const AgingLine &line) {
        QStringList fields;
        if (byCustomer)
            fields << customer;
        fields << line.currency;
        for (int b = 0; b < buckets->bucketCount(); ++b)
            fields << amount(line.buckets[b], line.currency);
        fields << amount(line.total(), line.currency) << amount(line.disputed, line.currency)
               << amount(line.unappliedCash + line.unappliedCredits, line.currency);
        rows.push_back(fields);
    };
    if (byCustomer)
        for (const CustomerAgingLine &customer : report->customers)
            addRow(customer.customerCode, customer.line);
    for (const AgingLine &line : report->currencies)
        addRow(byCustomer ? QCoreApplication::translate("cli", "TOTAL") : QString(), line);
    std::vector<qsizetype> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = header[i].size();
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    context.out << QCoreApplication::translate("cli", "Aging as of %1 (by %2 date)")
                           .arg(asOf.toString(Qt::ISODate),
                                *basis == AgingBasis::DueDate ? QCoreApplication::translate("cli", "due")
                                                              : QCoreApplication::translate("cli", "invoice"))
                << '\n';
    auto print = [&](const QStringList &r) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            const bool numeric = i >= (byCustomer ? 2 : 1);
            context.out << (numeric ? r[i].rightJustified(widths[i]) : r[i].leftJustified(widths[i]))
                        << (i + 1 < r.size() ? "  " : "");
        }
        context.out << '\n';
    };
    print(header);
    for (const QStringList &r : rows)
        print(r);
    if (rows.empty())
        context.out << QCoreApplication::translate("cli", "(nothing open)") << '\n';
    return Ok;
}

} // namespace ardesk::cli
