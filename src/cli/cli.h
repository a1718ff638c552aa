#pragma once
// ardesk-cli: the same services as the GUI, from the command line, for batch jobs.
// Exit codes: 0 success, 1 data or runtime error, 2 usage error, 3 not allowed
// (authentication or permission). Data goes to stdout, messages to stderr.

#include "services/session.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace ardesk::cli {

enum ExitCode { Ok = 0, DataError = 1, UsageError = 2, NotAllowed = 3 };

// The arguments of one command after the global options, with helpers that record
// usage errors instead of throwing.
class Arguments final {
public:
    explicit Arguments(QStringList args) : m_args(std::move(args)) {}
    // Removes "--name VALUE" (or --name=VALUE) and returns VALUE.
    std::optional<QString> option(const QString &name);
    bool flag(const QString &name); // removes "--name"
    QString positional();           // next positional argument or empty
    QStringList remaining() const { return m_args; }
    // Anything left over that the command did not consume.
    bool checkNothingLeft(QString &error) const;
    QString usageError;

private:
    QStringList m_args;
};

struct Context final {
    QString bookLocation;
    QString user;
    QString language;
    QTextStream out;
    QTextStream err;
    bool errIsTerminal = false;
    Context();
};

int usage(Context &context, const QString &message);
int fail(Context &context, const Error &error);

// Opens the book and signs in (or takes the local owner of an unprotected book).
struct OpenSession {
    std::unique_ptr<Book> book;
    std::unique_ptr<Session> session;
};
std::optional<OpenSession> openSession(Context &context, int &exitCode, AccessMode access = AccessMode::ReadWrite);

// Commands.
int commandInit(Context &context, Arguments &args);
int commandInfo(Context &context, Arguments &args);
int commandImport(Context &context, Arguments &args);
int commandAging(Context &context, Arguments &args);
int commandDemo(Context &context, Arguments &args);
int commandUsers(Context &context, Arguments &args);
int commandVerify(Context &context, Arguments &args);
int commandWorklist(Context &context, Arguments &args);   // commands_collections.cpp
int commandPromises(Context &context, Arguments &args);   // commands_collections.cpp
int commandKpi(Context &context, Arguments &args);        // commands_kpi.cpp
int commandPost(Context &context, Arguments &args);       // commands_post.cpp
int commandBackup(Context &context, Arguments &args);     // commands_backup.cpp
int commandStatements(Context &context, Arguments &args); // commands_documents.cpp
int commandLetters(Context &context, Arguments &args);    // commands_documents.cpp
int commandReport(Context &context, Arguments &args);     // commands_documents.cpp
int commandPlanAgreement(Context &context, Arguments &args); // commands_plan_agreement.cpp
// Commands that render documents need a QGuiApplication (offscreen): main() asks first.
bool needsDocuments(int argc, char **argv);               // commands_documents.cpp
int commandCopy(Context &context, Arguments &args);       // commands_copy.cpp
// import bank FILE [--format camt053|csv] [--mapping NAME|FILE.json] [--post]
int commandImportBank(Context &context, Arguments &args); // commands_bank.cpp
bool isBankImport(const QStringList &importArguments);   // commands_bank.cpp
// interest --as-of D --post [--format table|json]
int commandInterestPost(Context &context, Arguments &args, QDate asOf); // commands_interest_post.cpp

// Issue 6 (commands_policy.cpp): import rates|agency-scores FILE.csv, interest, strategies run.
int commandImportPolicy(Context &context, Arguments &args);
bool isPolicyImport(const QStringList &importArguments);
int commandInterest(Context &context, Arguments &args);
int commandStrategies(Context &context, Arguments &args);

// policy set-terms NAME TERMS [--format text|json] (commands_policy_terms.cpp).
int commandPolicy(Context &context, Arguments &args);

std::optional<QString> readPassword(Context &context, const char *environment, const QString &prompt);

QString helpText();

} // namespace ardesk::cli
