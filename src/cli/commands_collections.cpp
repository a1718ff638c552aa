// ardesk-cli worklist and promises: the collector desk from the command line
// (docs/cli-collections.md).

#include "cli.h"

#include "services/collection_service.h"
#include "services/promise_service.h"
#include "storage/connection_tuning.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace ardesk::cli {

namespace {

// --as-of: a strict YYYY-MM-DD date, today when not given.
std::optional<QDate> parseAsOf(Context &context, const std::optional<QString> &text, int &exitCode)
{
    if (!text)
        return QDate::currentDate();
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10) {
        exitCode = usage(context,
                         QCoreApplication::translate("cli", "--as-of: '%1' is not a date (YYYY-MM-DD)").arg(*text));
        return std::nullopt;
    }
    return date;
}

double points(qint64 hundredths)
{
    return static_cast<double>(hundredths) / 100.0;
}

void printTable(Context &context, const QStringList &header, const std::vector<QStringList> &rows,
                const std::vector<bool> &numeric)
{
    std::vector<qsizetype> widths(static_cast<std::size_t>(header.size()), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[static_cast<std::size_t>(i)] = header[i].size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], row[i].size());
    // Each line built in one buffer and written once (a queue at 1m has 5,000 rows of 13 cells).
    QString line;
    auto print = [&](const QStringList &row) {
        line.clear();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const qsizetype width = widths[static_cast<std::size_t>(i)];
            const qsizetype pad = std::max<qsizetype>(0, width - row[i].size());
            if (numeric[static_cast<std::size_t>(i)]) { // right-justified
                line.resize(line.size() + pad, u' ');
                line.append(row[i]);
            } else {
                line.append(row[i]);
                line.resize(line.size() + pad, u' ');
            }
            if (i + 1 < row.size())
                line.append(u"  ");
        }
        line.append(u'\n');
        context.out << line;
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
}

constexpr ScorePart kParts[] = {ScorePart::OverdueAmount, ScorePart::DaysPastDue, ScorePart::BrokenPromises,
                                ScorePart::PromiseDue,    ScorePart::Risk,        ScorePart::Balance};

} // namespace

// ardesk-cli --book FILE [--user ACTING] worklist [--user LOGIN] [--as-of YYYY-MM-DD]
//            [--task KIND] [--format table|json]
// The global parser takes the first --user (the acting user, who signs in); a second
// --user after the command names whose queue it is. Without it, the queue is the acting
// user's own.
int commandWorklist(Context &context, Arguments &args)
{
    const std::optional<QString> owner = args.option(QStringLiteral("--user"));
    const std::optional<QString> asOfText = args.option(QStringLiteral("--as-of"));
    const std::optional<QString> task = args.option(QStringLiteral("--task"));
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    int exitCode = Ok;
    const auto asOf = parseAsOf(context, asOfText, exitCode);
    if (!asOf)
        return exitCode;
    if (format != u"table" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table or json"));
    static const QStringList kinds{TaskKind::call, TaskKind::promiseFollowUp, TaskKind::disputeFollowUp,
                                   TaskKind::review, TaskKind::escalation};
    if (task && !kinds.contains(*task))
        return usage(
                context,
                QCoreApplication::translate("cli", "--task must be one of %1").arg(kinds.join(QStringLiteral(", "))));
    const QString login = owner.value_or(context.user);
    if (login.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "worklist: give --user LOGIN (whose queue)"));

    // A queue reads scattered pages once: no map of the book (one command per process).
    setConnectionTuning(kScatteredReadTuning);
    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    CollectionService service(*opened->session);
    auto worklist = service.worklist(login, *asOf);
    if (!worklist)
        return fail(context, worklist.error());
    std::vector<WorklistItem> items;
    for (WorklistItem &item : worklist->items)
        if (!task || item.task == *task)
            items.push_back(std::move(item));

    if (format == u"json") {
        QJsonArray array;
        for (const WorklistItem &item : items) {
            QJsonObject parts;
            for (const ScorePart part : kParts)
                parts.insert(scorePartKey(part), points(item.score.part(part)));
            array.append(QJsonObject{{QStringLiteral("customer_code"), item.customerCode},
                                     {QStringLiteral("task"), item.task},
                                     {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                                     {QStringLiteral("score"), points(item.score.totalHundredths())},
                                     {QStringLiteral("parts"), parts}});
        }
        const QJsonObject root{{QStringLiteral("user"), worklist->login},
                               {QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                               {QStringLiteral("items"), array}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }

    const int itemCount = int(items.size()); // a plain count argument, which lupdate reads
    context.out << QCoreApplication::translate("cli", "Queue of %1 as of %2: %n item(s)", nullptr, itemCount)
                           .arg(worklist->login, asOf->toString(Qt::ISODate))
                << '\n';
    if (items.empty()) {
        context.out << QCoreApplication::translate("cli", "(nothing to do)") << '\n';
        return Ok;
    }
    QStringList header{QCoreApplication::translate("cli", "#"), QCoreApplication::translate("cli", "customer"),
                       QCoreApplication::translate("cli", "task"), QCoreApplication::translate("cli", "due"),
                       QCoreApplication::translate("cli", "score")};
    std::vector<bool> numeric{true, false, false, false, true};
    for (const ScorePart part : kParts) {
        header << scorePartKey(part);
        numeric.push_back(true);
    }
    header << QCoreApplication::translate("cli", "overdue") << QCoreApplication::translate("cli", "days");
    numeric.push_back(true);
    numeric.push_back(true);
    std::vector<QStringList> rows;
    int position = 0;
    for (const WorklistItem &item : items) {
        QStringList row{QString::number(++position), item.customerCode, item.task, item.due.toString(Qt::ISODate),
                        formatScore(item.score.totalHundredths())};
        for (const ScorePart part : kParts)
            row << formatScore(item.score.part(part));
        row << QStringLiteral("%1 %2").arg(Money(item.overdueAmount, item.currency).toDecimalString(), item.currency)
            << QString::number(item.daysPastDue);
        rows.push_back(row);
    }
    printTable(context, header, rows, numeric);
    return Ok;
}

// ardesk-cli --book FILE promises evaluate [--as-of YYYY-MM-DD] [--grace N] [--format table|json]
int commandPromises(Context &context, Arguments &args)
{
    const QString action = args.positional();
    if (action.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "promises: give an action (evaluate)"));
    if (action != u"evaluate")
        return usage(context,
                     QCoreApplication::translate("cli", "promises: unknown action '%1' (evaluate)").arg(action));
    const std::optional<QString> asOfText = args.option(QStringLiteral("--as-of"));
    const std::optional<QString> graceText = args.option(QStringLiteral("--grace"));
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    QString error;
    if (!args.checkNothingLeft(error))
        return usage(context, error);
    int exitCode = Ok;
    const auto asOf = parseAsOf(context, asOfText, exitCode);
    if (!asOf)
        return exitCode;
    std::optional<int> grace;
    if (graceText) {
        bool ok = false;
        const int value = graceText->toInt(&ok);
        if (!ok || value < 0 || value > 365 || graceText->startsWith(u'+'))
            return usage(context,
                         QCoreApplication::translate("cli", "--grace: '%1' is not a number of days (0-365)")
                                 .arg(*graceText));
        grace = value;
    }
    if (format != u"table" && format != u"json")
        return usage(context, QCoreApplication::translate("cli", "--format must be table or json"));

    auto opened = openSession(context, exitCode);
    if (!opened)
        return exitCode;
    PromiseService service(*opened->session);
    auto run = service.evaluate(*asOf, grace);
    if (!run)
        return fail(context, run.error());

    if (format == u"json") {
        QJsonArray promises;
        for (const EvaluatedPromise &p : run->promises)
            promises.append(QJsonObject{{QStringLiteral("customer_code"), p.customerCode},
                                        {QStringLiteral("taken_date"), p.takenDate.toString(Qt::ISODate)},
                                        {QStringLiteral("promised_date"), p.promisedDate.toString(Qt::ISODate)},
                                        {QStringLiteral("amount"), Money(p.amount, p.currency).toDecimalString()},
                                        {QStringLiteral("paid"), Money(p.paid, p.currency).toDecimalString()},
                                        {QStringLiteral("status"), promiseReportKey(p.status)}});
        const QJsonObject summary{{QStringLiteral("kept"), run->kept},
                                  {QStringLiteral("partial"), run->partial},
                                  {QStringLiteral("broken"), run->broken},
                                  {QStringLiteral("pending"), run->pending}};
        const QJsonObject root{{QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                               {QStringLiteral("grace_days"), run->graceDays},
                               {QStringLiteral("promises"), promises},
                               {QStringLiteral("summary"), summary}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }

    context.out << QCoreApplication::translate(
                           "cli",
                           "Promises to pay as of %1 (grace %2 days): %3 kept, %4 partial, %5 broken, %6 pending; "
                           "%7 follow-up task(s) created")
                           .arg(asOf->toString(Qt::ISODate))
                           .arg(run->graceDays)
                           .arg(run->kept)
                           .arg(run->partial)
                           .arg(run->broken)
                           .arg(run->pending)
                           .arg(run->followUpsCreated)
                << '\n';
    if (run->promises.empty()) {
        context.out << QCoreApplication::translate("cli", "(no promises)") << '\n';
        return Ok;
    }
    const QStringList header{
            QCoreApplication::translate("cli", "customer"), QCoreApplication::translate("cli", "taken"),
            QCoreApplication::translate("cli", "promised"), QCoreApplication::translate("cli", "amount"),
            QCoreApplication::translate("cli", "paid"),     QCoreApplication::translate("cli", "status"),
            QCoreApplication::translate("cli", "kept on")};
    const std::vector<bool> numeric{false, false, false, true, true, false, false};
    std::vector<QStringList> rows;
    for (const EvaluatedPromise &p : run->promises)
        rows.push_back({p.customerCode, p.takenDate.toString(Qt::ISODate), p.promisedDate.toString(Qt::ISODate),
                        QStringLiteral("%1 %2").arg(Money(p.amount, p.currency).toDecimalString(), p.currency),
                        Money(p.paid, p.currency).toDecimalString(), promiseReportKey(p.status),
                        p.keptOn.isValid() ? p.keptOn.toString(Qt::ISODate) : QString()});
    printTable(context, header, rows, numeric);
    return Ok;
}

} // namespace ardesk::cli
