#include "cli.h"

#include "documents/document_format.h"

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace ardesk::cli {

Context::Context() : out(stdout), err(stderr)
{
    errIsTerminal = isatty(fileno(stderr)) != 0;
}

std::optional<QString> Arguments::option(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args[i];
        if (arg == name) {
            if (i + 1 >= m_args.size()) {
                usageError = QCoreApplication::translate("cli", "%1 needs a value").arg(name);
                m_args.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_args[i + 1];
            m_args.remove(i, 2);
            return value;
        }
        if (arg.startsWith(name + u'=')) {
            const QString value = arg.mid(name.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool Arguments::flag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

QString Arguments::positional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (!m_args[i].startsWith(QStringLiteral("--")) || m_args[i] == u"-") {
            const QString value = m_args[i];
            m_args.removeAt(i);
            return value;
        }
    }
    return {};
}

bool Arguments::checkNothingLeft(QString &error) const
{
    if (!usageError.isEmpty()) {
        error = usageError;
        return false;
    }
    if (m_args.isEmpty())
        return true;
    error = QCoreApplication::translate("cli", "unexpected argument '%1'").arg(m_args.first());
    return false;
}

int usage(Context &context, const QString &message)
{
    context.err << "ardesk-cli: " << message << '\n'
                << QCoreApplication::translate("cli", "Try 'ardesk-cli --help'.") << '\n';
    context.err.flush();
    return UsageError;
}

int fail(Context &context, const Error &error)
{
    context.err << "ardesk-cli: " << error.message << '\n';
    context.err.flush();
    if (error.code == ErrorCode::PermissionDenied || error.code == ErrorCode::AuthenticationFailed)
        return NotAllowed;
    return DataError;
}

std::optional<QString> readPassword(Context &context, const char *environment, const QString &prompt)
{
    const QByteArray fromEnvironment = qgetenv(environment);
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    if (!isatty(fileno(stdin)))
        return std::nullopt;
    context.err << prompt;
    context.err.flush();
    termios old {};
    const bool haveTerminal = tcgetattr(fileno(stdin), &old) == 0;
    if (haveTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (haveTerminal)
        tcsetattr(fileno(stdin), TCSANOW, &old);
    context.err << '\n';
    context.err.flush();
    return QString::fromStdString(line);
}

std::optional<OpenSession> openSession(Context &context, int &exitCode, AccessMode access)
{
    if (context.bookLocation.isEmpty()) {
        exitCode = usage(context, QCoreApplication::translate("cli", "--book FILE is required"));
        return std::nullopt;
    }
    auto book = BookService::open(context.bookLocation, access);
    if (!book) {
        exitCode = fail(context, book.error());
        return std::nullopt;
    }
    const bool protectedBook = BookService::isProtected(**book);
    if (!protectedBook && context.user.isEmpty()) {
        auto session = BookService::localSession(**book);
        if (!session) {
            exitCode = fail(context, session.error());
            return std::nullopt;
        }
        return OpenSession{std::move(*book), std::move(*session)};
    }
    if (context.user.isEmpty()) {
        context.err << "ardesk-cli: "
                    << QCoreApplication::translate("cli", "%1 is protected: give --user LOGIN (password from "
                                                          "ARDESK_PASSWORD or a prompt)")
                           .arg(context.bookLocation)
                    << '\n';
        exitCode = NotAllowed;
        return std::nullopt;
    }
    QString password;
    if (protectedBook) {
        const auto typed = readPassword(context, "ARDESK_PASSWORD",
                                        QCoreApplication::translate("cli", "Password for %1: ").arg(context.user));
        if (!typed) {
            context.err << "ardesk-cli: "
                        << QCoreApplication::translate("cli", "no password: set ARDESK_PASSWORD or run on a terminal")
                        << '\n';
            exitCode = NotAllowed;
            return std::nullopt;
        }
        password = *typed;
    }
    auto session = AuthService::signIn(**book, context.user, password);
    if (!session) {
        exitCode = fail(context, session.error());
        return std::nullopt;
    }
    return OpenSession{std::move(*book), std::move(*session)};
}

QString helpText()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: ardesk-cli --book FILE [--user LOGIN] [--lang xx] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init [--admin LOGIN [--name NAME]]    create a new, empty book (with --admin: protected;\n"
        "                                        the password comes from ARDESK_PASSWORD or a prompt)\n"
        "  info [--format table|json]            counts and schema version\n"
        "  import customers|invoices|payments|users|portfolios|promises FILE.csv\n"
        "         [--dry-run] [--auto-apply]     all-or-nothing CSV import\n"
        "  aging --as-of YYYY-MM-DD [--basis due|invoice] [--buckets 30,60,90]\n"
        "         [--by total|customer] [--format table|csv|json]\n"
        "  demo --customers N [--seed S] [--today YYYY-MM-DD]\n"
        "                                        fill an empty book with a synthetic business\n"
        "  import bank FILE [--format camt053|csv] [--mapping NAME|FILE.json] [--post]\n"
        "                                        match a bank statement against the book (docs/formats.md)\n"
        "  post payment --customer CODE --amount A --currency C --date D [--invoice N [--take-discount] | --auto-apply]\n"
        "  worklist [--user LOGIN] --as-of YYYY-MM-DD [--format table|json]\n"
        "  promises evaluate --as-of YYYY-MM-DD [--grace N] [--format table|json]\n"
        "  kpi --as-of YYYY-MM-DD [--months N] [--by total|collector|segment|risk] [--format table|json]\n"
        "  import rates|agency-scores FILE.csv   reference rates (region,valid_from,rate_percent) or\n"
        "                                        agency scores (customer_code,agency,score,rating,date)\n"
        "  interest --as-of YYYY-MM-DD [--format table|json]\n"
        "                                        late-payment interest and compensation per overdue invoice\n"
        "  interest --as-of YYYY-MM-DD --post [--format table|json]\n"
        "                                        post them as debit notes where the policy says so\n"
        "  strategies run --as-of YYYY-MM-DD [--format table|json]\n"
        "                                        create the collection actions due (letters, tasks, holds)\n"
        "  policy set-terms NAME TERMS           a credit policy's instalment terms (\"30/60/90\";\n"
        "                                        \"none\" removes them)\n"
        "  backup --out FILE2                    a consistent copy of the book\n"
        "  statements --as-of YYYY-MM-DD --out DIR\n"
        "                                        one statement of account (PDF) per customer due one\n"
        "  letters --as-of YYYY-MM-DD --out DIR  render the reminder and dunning letters due (PDF)\n"
        "  plan-agreement --plan ID --out FILE.pdf\n"
        "                                        a payment plan's agreement letter (PDF)\n"
        "  report NAME --as-of YYYY-MM-DD [--customer CODE] --format csv|xlsx|pdf --out FILE\n"
        "                                        aging-summary, aging-detail, statement, collector-performance,\n"
        "                                        promises, disputes, complaints, write-offs\n"
        "  copy --to FILE|postgresql://USER@HOST:PORT/DB\n"
        "                                        the whole book into a new one (SQLite or PostgreSQL)\n"
        "  users list|add LOGIN --name N --role R|deactivate LOGIN|set-password LOGIN|one-time-code LOGIN\n"
        "                                        staff users (set-password reads ARDESK_NEW_PASSWORD)\n"
        "  verify                                check the hash chains and the ledger rules\n"
        "\n"
        "Exit codes: 0 success, 1 data or runtime error, 2 usage error, 3 not allowed.\n"
        "Details: docs/cli.md\n");
}

} // namespace ardesk::cli

int main(int argc, char *argv[])
{
    using namespace ardesk::cli;
    const auto application = ardesk::documents::createApplication(argc, argv, needsDocuments(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("ardesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ardesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
    ardesk::setupLogging(QStringLiteral("ardesk-cli"));

    Context context;
    QStringList args = app.arguments().mid(1);
    Arguments global(args);
    // The language first, so that even --help speaks it.
    context.language = global.option(QStringLiteral("--lang")).value_or(QString());
    QTranslator translator;
    const QLocale locale = context.language.isEmpty() ? QLocale::system() : QLocale(context.language);
    if (translator.load(locale, QStringLiteral("ardesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    if (global.flag(QStringLiteral("--help")) || global.flag(QStringLiteral("-h")) || args.isEmpty()) {
        context.out << helpText();
        return args.isEmpty() ? UsageError : Ok;
    }
    if (global.flag(QStringLiteral("--version"))) {
        context.out << "ardesk-cli " << ARDESK_VERSION << '\n';
        return Ok;
    }
    context.bookLocation = global.option(QStringLiteral("--book")).value_or(QString());
    context.user = global.option(QStringLiteral("--user")).value_or(QString());
    if (!global.usageError.isEmpty())
        return usage(context, global.usageError);

    Arguments command(global.remaining());
    const QString name = command.positional();
    if (name == u"init")
        return commandInit(context, command);
    if (name == u"info")
        return commandInfo(context, command);
    if (name == u"import")
        return commandImport(context, command);
    if (name == u"aging")
        return commandAging(context, command);
    if (name == u"demo")
        return commandDemo(context, command);
    if (name == u"users")
        return commandUsers(context, command);
    if (name == u"verify")
        return commandVerify(context, command);
    if (name == u"worklist")
        return commandWorklist(context, command);
    if (name == u"promises")
        return commandPromises(context, command);
    if (name == u"kpi")
        return commandKpi(context, command);
    if (name == u"post")
        return commandPost(context, command);
    if (name == u"backup")
        return commandBackup(context, command);
    if (name == u"interest")
        return commandInterest(context, command);
    if (name == u"strategies")
        return commandStrategies(context, command);
    if (name == u"statements")
        return commandStatements(context, command);
    if (name == u"letters")
        return commandLetters(context, command);
    if (name == u"report")
        return commandReport(context, command);
    if (name == u"plan-agreement")
        return commandPlanAgreement(context, command);
    if (name == u"copy")
        return commandCopy(context, command);
    if (name == u"policy")
        return commandPolicy(context, command);
    if (name.isEmpty())
        return usage(context, QCoreApplication::translate("cli", "no command given"));
    return usage(context, QCoreApplication::translate("cli", "unknown command '%1'").arg(name));
}
