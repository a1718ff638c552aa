// libFuzzer target fuzz_import_rows: the row validation of every CSV import
// (ImportService::importData with dryRun) on arbitrary bytes.
//
// The first byte picks the kind (byte % 6: 0 customers, 1 invoices, 2 payments, 3 users,
// 4 portfolios, 5 promises; the seeds start with the ASCII digit, '0' = 48 = customers);
// the rest is the CSV file. The book is created once per process in a temporary folder,
// with customers in four currencies, invoices, users of several roles (one deactivated),
// so that lookups (unknown customer, currency mismatch, invoice of another customer,
// collector role) are reached.
//
// Checked for every input: no crash, no sanitizer finding, no storage error, nothing
// written (total_changes() of the connection does not move), and a report that keeps its
// promises: at most 50 problems kept, sorted by line, each naming a line >= 1, a field and
// a reason.
//
// Built with -DARDESK_FUZZ=ON (clang 19, ASan + UBSan); run with scripts/fuzz.sh, seeds in
// tests/fuzz/corpus/import_rows. See tests/fuzz/README.md.

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/collection_service.h"
#include "services/import_service.h"
#include "services/ledger_service.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace ardesk;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_import_rows: invariant broken: %s\n", what);
        __builtin_trap();
    }
}

template<typename T>
void must(const Result<T> &result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "fuzz_import_rows: setting up the book: %s: %s\n", what,
                     result.error().message.toLocal8Bit().constData());
        std::abort();
    }
}

struct Fixture
{
    QTemporaryDir folder;
    std::unique_ptr<Book> book;
    std::unique_ptr<Session> session;

    Fixture()
    {
        if (!folder.isValid())
            std::abort();
        auto created = BookService::create(folder.filePath(QStringLiteral("fuzz.ardesk")));
        must(created, "create");
        book = std::move(*created);
        auto owner = BookService::localSession(*book);
        must(owner, "local session");
        session = std::move(*owner);

        LedgerService ledger(*session);
        const struct
        {
            const char *code;
            const char *currency;
        } customers[] = {{"C1", "EUR"}, {"C2", "USD"}, {"J1", "JPY"}, {"K1", "KWD"}};
        for (const auto &c : customers) {
            Customer customer;
            customer.code = QString::fromLatin1(c.code);
            customer.name = QStringLiteral("Customer ") + customer.code;
            customer.currency = QString::fromLatin1(c.currency);
            must(ledger.addCustomer(customer), "customer");
        }
        const struct
        {
            const char *number;
            const char *customer;
            const char *currency;
        } invoices[] = {{"I-1", "C1", "EUR"}, {"I-2", "C2", "USD"}, {"J-1", "J1", "JPY"}};
        for (const auto &i : invoices) {
            Invoice invoice;
            invoice.number = QString::fromLatin1(i.number);
            invoice.issueDate = QDate(2026, 1, 1);
            invoice.dueDate = QDate(2026, 1, 31);
            invoice.amount = 100000;
            invoice.currency = QString::fromLatin1(i.currency);
            must(ledger.postInvoice(invoice, QString::fromLatin1(i.customer)), "invoice");
        }
        PaymentInput payment;
        payment.customerCode = QStringLiteral("C1");
        payment.receivedDate = QDate(2026, 2, 1);
        payment.amount = 500;
        payment.reference = QStringLiteral("P-1");
        payment.method = QStringLiteral("wire");
        must(ledger.postPayment(payment), "payment");

        UserService users(*session);
        must(users.add(QStringLiteral("coll"), QStringLiteral("Collector"), Role::Collector), "user");
        must(users.add(QStringLiteral("sup"), QStringLiteral("Supervisor"), Role::Supervisor), "user");
        must(users.add(QStringLiteral("clerk"), QStringLiteral("Clerk"), Role::Clerk), "user");
        must(users.add(QStringLiteral("gone"), QStringLiteral("Gone"), Role::Collector), "user");
        must(users.deactivate(QStringLiteral("gone")), "deactivate");
    }

    qint64 totalChanges()
    {
        QSqlQuery q = book->exec(QStringLiteral("SELECT total_changes()"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

constexpr ImportKind kKinds[] = {ImportKind::Customers, ImportKind::Invoices,   ImportKind::Payments,
                                 ImportKind::Users,     ImportKind::Portfolios, ImportKind::Promises};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size == 0)
        return 0;
    Fixture &f = fixture();
    const ImportKind kind = kKinds[bytes[0] % 6];
    const QByteArray csv(reinterpret_cast<const char *>(bytes + 1), static_cast<qsizetype>(size - 1));
    ImportOptions options;
    options.dryRun = true;
    options.autoApply = (bytes[0] / 6) % 2 == 1;

    const qint64 changesBefore = f.totalChanges();
    const Result<ImportReport> result =
            ImportService(*f.session).importData(kind, QStringLiteral("fuzz.csv"), csv, options);
    check(result.has_value(), "importData returned an error instead of a report (storage error?)");
    const ImportReport &report = *result;
    check(!report.written, "a dry run wrote");
    check(f.totalChanges() == changesBefore, "a dry run changed the book");
    check(report.kind == kind, "report kind");
    check(static_cast<qsizetype>(report.problems.size()) <= ImportService::kMaxReportedProblems,
          "too many problems kept");
    check(report.problemCount >= static_cast<qsizetype>(report.problems.size()), "problem count below problems kept");
    check(report.rows >= 0, "negative row count");
    qsizetype previousLine = 0;
    for (const ImportProblem &problem : report.problems) {
        check(problem.line >= 1, "problem without a line");
        check(problem.line >= previousLine, "problems not sorted by line");
        check(!problem.field.isEmpty(), "problem without a field");
        check(!problem.reason.isEmpty(), "problem without a reason");
        previousLine = problem.line;
    }
    return 0;
}
