#pragma once
// The monthly runs of statements and letters, for the CLI and the GUI: render each
// document, write it to a folder and record it as sent, one customer at a time, with
// progress and cancel. Each document is recorded in its own transaction, so a cancelled or
// failed run keeps what it finished and a rerun completes it (nothing is recorded twice).
// Errors as Result<T>.

#include "services/document_service.h"

#include <QDate>
#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace ardesk::documents {

struct BatchProgress final
{
    int done = 0;         // documents finished so far
    int total = 0;        // documents in the run
    QString customerCode; // the one being rendered
};
// Called before each document and once at the end; return false to cancel the run.
using BatchProgressCallback = std::function<bool(const BatchProgress &)>;

struct BatchDocument final
{
    QString customerCode;
    QString kind;
    int level = 0;
    QString file; // absolute path
    Id letterId = 0;
    bool newRecord = false;
    MinorUnits balance = 0;
    QString currency;
};

struct BatchResult final
{
    QDate asOf;
    QString folder;
    std::vector<BatchDocument> documents;
    bool cancelled = false;
    // Letters: whether the collection strategy ran first (it needs log_contact) and the
    // objects it created by action key (StrategyRunResult::created).
    bool strategyRan = false;
    std::map<QString, int> strategyCreated;
};

// One statement of account per customer due one (DocumentService::statementCustomers),
// written as FOLDER/<code>-statement-<as_of>.pdf and recorded on the account.
// `customers` (codes, case as stored) limits either run to those accounts; empty: all.
Result<BatchResult> runStatements(Session &session, QDate asOf, const QString &folder,
                                  const BatchProgressCallback &progress = {}, const QStringList &customers = {});
// First the collection strategy run for asOf (idempotent: it creates each letter once; run
// only when the user may, i.e. holds log_contact; with `customers`, only for those
// accounts: StrategyService::runFor), then every letter dated on or before
// asOf without a document: rendered, stored in its row and written as
// FOLDER/<code>-<kind>-<level>-<as_of>.pdf.
Result<BatchResult> runLetters(Session &session, QDate asOf, const QString &folder,
                               const BatchProgressCallback &progress = {}, const QStringList &customers = {});

} // namespace ardesk::documents
