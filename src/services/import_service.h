#pragma once
// CSV imports: customers, invoices, payments, users, portfolios, promises.
// All-or-nothing: every row is validated first; any problem rejects the whole file and
// the book is left exactly as it was. Columns are found by name; extra columns are
// ignored. Errors: Result<T> for failures of the file or the book; row problems are
// reported in ImportReport::problems (then nothing was written).

#include "session.h"

#include <QString>

#include <functional>
#include <vector>

namespace ardesk {

enum class ImportKind { Customers, Invoices, Payments, Users, Portfolios, Promises };
std::optional<ImportKind> importKindFromKey(QStringView key);
QString importKindKey(ImportKind kind);

struct ImportProblem final {
    qsizetype line = 0;
    QString field;
    QString reason;
};

enum class ImportPhase { Reading, Validating, Writing };

struct ImportOptions final {
    bool dryRun = false;
    bool autoApply = false; // payments without invoice_number: oldest due first
    // Called now and then; return false to cancel (nothing is written then).
    std::function<bool(ImportPhase phase, qint64 done, qint64 total)> progress;
};

struct ImportReport final {
    ImportKind kind = ImportKind::Customers;
    QString file;
    qsizetype rows = 0;
    std::vector<ImportProblem> problems; // non-empty: nothing was written
    qsizetype problemCount = 0;          // all problems found (problems keeps the first 50)
    bool written = false;
    qint64 allocations = 0;
    qint64 appliedMinor = 0; // summed over currencies, for the summary line only
};

class ImportService final {
public:
    static constexpr qsizetype kMaxReportedProblems = 50;

    explicit ImportService(Session &session) : m_session(session) {}
    Result<ImportReport> importFile(ImportKind kind, const QString &path, const ImportOptions &options);
    Result<ImportReport> importData(ImportKind kind, const QString &displayName, const QByteArray &data,
                                    const ImportOptions &options);

private:
    Session &m_session;
};

} // namespace ardesk
