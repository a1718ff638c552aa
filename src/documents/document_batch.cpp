#include "document_batch.h"

#include "letter_renderer.h"

#include "services/strategy_service.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ardesk::documents {

namespace {

Status prepareFolder(const QString &folder)
{
    if (folder.isEmpty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("DocumentBatch", "no output folder given")));
    if (!QDir().mkpath(folder))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DocumentBatch", "%1: cannot create the folder").arg(folder)));
    return {};
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("DocumentBatch", "%1: cannot write the file (%2)")
                                       .arg(path, file.errorString())));
    return {};
}

bool report(const BatchProgressCallback &progress, int done, int total, const QString &code)
{
    return !progress || progress(BatchProgress{done, total, code});
}

} // namespace

Result<BatchResult> runStatements(Session &session, QDate asOf, const QString &folder,
                                  const BatchProgressCallback &progress, const QStringList &only)
{
    DocumentService service(session);
    auto customers = service.statementCustomers(asOf);
    if (!customers)
        return std::unexpected(customers.error());
    if (!only.isEmpty())
        std::erase_if(*customers, [&](const Customer &c) { return !only.contains(c.code); });
    if (auto ready = prepareFolder(folder); !ready)
        return std::unexpected(ready.error());
    BatchResult result;
    result.asOf = asOf;
    result.folder = QDir(folder).absolutePath();
    const int total = static_cast<int>(customers->size());
    for (int i = 0; i < total; ++i) {
        const Customer &customer = (*customers)[i];
        if (!report(progress, i, total, customer.code)) {
            result.cancelled = true;
            return result;
        }
        const auto content = service.statement(customer.id, asOf);
        if (!content)
            return std::unexpected(content.error());
        const QByteArray pdf = renderLetter(*content);
        const QString path = QDir(result.folder).filePath(letterFileName(*content));
        if (auto written = writeFile(path, pdf); !written)
            return std::unexpected(written.error());
        const auto sent = service.recordStatement(*content, pdf);
        if (!sent)
            return std::unexpected(sent.error());
        result.documents.push_back({customer.code, content->kind, 0, path, sent->letterId, sent->newRecord,
                                    content->balance(), customer.currency});
    }
    report(progress, total, total, QString());
    return result;
}

Result<BatchResult> runLetters(Session &session, QDate asOf, const QString &folder,
                               const BatchProgressCallback &progress, const QStringList &only)
{
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("DocumentBatch", "no as-of date")));
    BatchResult result;
    if (session.can(Action::LogContact)) {
        // Only the chosen accounts get new actions when the run is limited to some customers.
        const auto run = only.isEmpty() ? StrategyService(session).run(asOf) : StrategyService(session).runFor(asOf, only);
        if (!run)
            return std::unexpected(run.error());
        result.strategyRan = true;
        result.strategyCreated = run->created;
    }
    DocumentService service(session);
    const auto letters = service.lettersToRender(asOf);
    if (!letters)
        return std::unexpected(letters.error());
    if (auto ready = prepareFolder(folder); !ready)
        return std::unexpected(ready.error());
    result.asOf = asOf;
    result.folder = QDir(folder).absolutePath();
    const int total = static_cast<int>(letters->size());
    for (int i = 0; i < total; ++i) {
        const LetterRecord &letter = (*letters)[i];
        const auto content = service.letter(letter.id);
        if (!content)
            return std::unexpected(content.error());
        if (!only.isEmpty() && !only.contains(content->customer.code))
            continue; // not one of the chosen accounts: left for a later run
        if (!report(progress, i, total, content->customer.code)) {
            result.cancelled = true;
            return result;
        }
        const QByteArray pdf = renderLetter(*content);
        const QString path = QDir(result.folder).filePath(letterFileName(*content));
        if (auto written = writeFile(path, pdf); !written)
            return std::unexpected(written.error());
        const auto sent = service.recordLetter(letter.id, pdf);
        if (!sent)
            return std::unexpected(sent.error());
        result.documents.push_back({content->customer.code, content->kind, content->level, path, letter.id,
                                    sent->newRecord, content->balance(), content->customer.currency});
    }
    report(progress, total, total, QString());
    return result;
}

} // namespace ardesk::documents
