#include "import_service.h"

#include "ledger_service.h"
#include "service_support.h"

#include "domain/allocation.h"
#include "domain/csv_reader.h"
#include "domain/currency.h"
#include "storage/hash_chain.h"
#include "storage/ledger_repository.h"
#include "storage/policy_repository.h"
#include "storage/sqlite_bulk.h"
#include "storage/user_repository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <unordered_map>

namespace ardesk {

namespace {

struct KindInfo
{
    ImportKind kind;
    const char16_t *key;
};
constexpr KindInfo kKinds[] = {
        {ImportKind::Customers, u"customers"},   {ImportKind::Invoices, u"invoices"},
        {ImportKind::Payments, u"payments"},     {ImportKind::Users, u"users"},
        {ImportKind::Portfolios, u"portfolios"}, {ImportKind::Promises, u"promises"},
};

QStringList requiredColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("currency"),
                QStringLiteral("terms_days"), QStringLiteral("credit_limit")};
    case ImportKind::Invoices:
        return {QStringLiteral("number"),   QStringLiteral("customer_code"), QStringLiteral("issue_date"),
                QStringLiteral("due_date"), QStringLiteral("amount"),        QStringLiteral("currency")};
    case ImportKind::Payments:
        return {QStringLiteral("reference"), QStringLiteral("customer_code"), QStringLiteral("received_date"),
                QStringLiteral("amount"),    QStringLiteral("currency"),      QStringLiteral("method")};
    case ImportKind::Users:
        return {QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role")};
    case ImportKind::Portfolios:
        return {QStringLiteral("customer_code"), QStringLiteral("collector")};
    case ImportKind::Promises:
        return {QStringLiteral("customer_code"), QStringLiteral("collector"), QStringLiteral("taken_date"),
                QStringLiteral("promised_date"), QStringLiteral("amount"),    QStringLiteral("currency")};
    }
    return {};
}

QStringList optionalColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("timezone"), QStringLiteral("country"),
                QStringLiteral("language")};
    case ImportKind::Payments:
    case ImportKind::Promises:
        return {QStringLiteral("invoice_number")};
    default:
        return {};
    }
}

template <typename T, typename Slow>
std::optional<T> orElse(std::optional<T> fast, Slow slow)
{
    return fast ? fast : slow();
}

// Strict YYYY-MM-DD.
std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!text[i].isDigit() || text[i].unicode() > 127)
            return std::nullopt;
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// The fast paths of the two hottest fields (issue 8 step 5): a date or an amount read
// straight from the field's bytes when they are exactly in the plain form, without a
// QString, trimming or a UTF-8 decoder. Anything else (spaces, Unicode spaces, other forms,
// bad values) returns nullopt and goes the way it always went, through the trimmed text,
// which also gives the messages: the fast path only ever accepts what that way accepts,
// with the same value.
std::optional<QDate> plainDate(QByteArrayView raw)
{
    if (raw.size() != 10 || raw[4] != '-' || raw[7] != '-')
        return std::nullopt;
    int digits[10] = {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (raw[i] < '0' || raw[i] > '9')
            return std::nullopt;
        digits[i] = raw[i] - '0';
    }
    const QDate date(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[5] * 10 + digits[6],
                     digits[8] * 10 + digits[9]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// digits[.digits], at most 15 whole digits and the currency's decimals, greater than zero.
std::optional<MinorUnits> plainAmount(QByteArrayView raw, const QString &currency)
{
    if (raw.isEmpty() || raw.size() > 24 || !isValidCurrencyCode(currency))
        return std::nullopt;
    const std::optional<int> decimals = currencyDecimals(currency);
    if (!decimals)
        return std::nullopt;
    MinorUnits whole = 0;
    MinorUnits fraction = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    qsizetype i = 0;
    for (; i < raw.size() && raw[i] >= '0' && raw[i] <= '9'; ++i, ++wholeDigits) {
        if (wholeDigits == 15) // a 16th digit: the text path says what is wrong (and nothing overflows here)
            return std::nullopt;
        whole = whole * 10 + (raw[i] - '0');
    }
    if (wholeDigits == 0)
        return std::nullopt;
    if (i < raw.size()) {
        if (raw[i] != '.')
            return std::nullopt;
        for (++i; i < raw.size() && raw[i] >= '0' && raw[i] <= '9'; ++i, ++fractionDigits)
            fraction = fraction * 10 + (raw[i] - '0');
        if (i < raw.size() || fractionDigits == 0 || fractionDigits > *decimals)
            return std::nullopt;
    }
    for (int d = fractionDigits; d < *decimals; ++d)
        fraction *= 10;
    MinorUnits scale = 1;
    for (int d = 0; d < *decimals; ++d)
        scale *= 10;
    const MinorUnits minor = whole * scale + fraction; // 15 digits and 3 decimals fit in 64 bits
    if (minor <= 0)
        return std::nullopt;
    return minor;
}

// Whether the field's bytes are its trimmed text exactly (so they can be looked up as they
// are): not empty, and the first and last byte are printable ASCII (neither an ASCII space nor
// the start or end of a multi-byte character, so neither a Unicode space nor a byte order
// mark). The reader has checked that the bytes are valid UTF-8.
bool plainText(QByteArrayView raw)
{
    auto printable = [](char c) { return c > ' ' && c < '\x7f'; };
    return !raw.isEmpty() && printable(raw.front()) && printable(raw.back());
}

// Access to one record's columns by name, with problem collection.
class RowReader final
{
public:
    RowReader(const CsvHeader &header, const QStringList &columns)
    {
        for (const QString &column : columns)
            m_index.insert(column, header.indexOf(column).value_or(-1));
    }
    void setRecord(const CsvRecord *record) { m_record = record; }
    bool has(const QString &column) const { return m_index.value(column, -1) >= 0; }
    // The column's position in the record (-1: not in the file), for the hot loops: found
    // once instead of a hash look-up of the name per field and row.
    qsizetype column(const QString &name) const { return m_index.value(name, -1); }
    QString valueAt(qsizetype index) const
    {
        if (index < 0 || !m_record)
            return {};
        return m_record->field(index).trimmed();
    }
    QByteArrayView rawAt(qsizetype index) const
    {
        if (index < 0 || !m_record)
            return {};
        return m_record->rawField(index);
    }
    QString value(const QString &column) const
    {
        const qsizetype index = m_index.value(column, -1);
        if (index < 0 || !m_record)
            return {};
        return m_record->field(index).trimmed();
    }
    // The field's bytes as in the file (not trimmed, not decoded).
    QByteArrayView raw(const QString &column) const
    {
        const qsizetype index = m_index.value(column, -1);
        if (index < 0 || !m_record)
            return {};
        return m_record->rawField(index);
    }

private:
    QHash<QString, qsizetype> m_index;
    const CsvRecord *m_record = nullptr;
};

struct Problems
{
    std::vector<ImportProblem> list;
    qsizetype count = 0;
    void add(qsizetype line, const QString &field, const QString &reason)
    {
        ++count;
        if (static_cast<qsizetype>(list.size()) < ImportService::kMaxReportedProblems)
            list.push_back({line, field, reason});
    }
};

struct CustomerRow
{
    qsizetype line;
    Customer customer;
};
struct InvoiceRow
{
    qsizetype line;
    Invoice invoice;
};
struct PaymentRow
{
    qsizetype line;
    Payment payment;
    std::optional<Id> invoiceId;
    QDate invoiceIssue;
    qint64 invoiceDueDay = 0;
    QString invoiceCurrency;
    MinorUnits invoiceOpen = 0; // the invoice's open amount when the file was checked
};
struct UserRow
{
    qsizetype line;
    StaffUser user;
};
struct PortfolioRow
{
    qsizetype line;
    Id customerId;
    Id collectorId;
};
struct PromiseRow
{
    qsizetype line;
    Id customerId;
    Id collectorId;
    QDate taken;
    QDate promised;
    MinorUnits amount;
    QString currency;
    std::optional<Id> invoiceId;
};

// Parses an amount for a currency; adds a problem and returns nullopt when bad.
std::optional<MinorUnits> parseAmount(Problems &problems, qsizetype line, const QString &text, const QString &currency,
                                      bool allowZero = false)
{
    if (text.isEmpty()) {
        problems.add(line, QStringLiteral("amount"), QCoreApplication::translate("ImportService", "is empty"));
        return std::nullopt;
    }
    if (!isValidCurrencyCode(currency))
        return std::nullopt; // the currency problem is reported on its own
    auto money = Money::parse(text, currency, Money::SignPolicy::AllowNegative);
    if (!money) {
        problems.add(line, QStringLiteral("amount"), money.error().message);
        return std::nullopt;
    }
    if (money->minor() < 0) {
        problems.add(line, QStringLiteral("amount"),
                     QCoreApplication::translate("ImportService", "negative amount %1").arg(text));
        return std::nullopt;
    }
    if (money->minor() == 0 && !allowZero) {
        problems.add(line, QStringLiteral("amount"),
                     QCoreApplication::translate("ImportService", "must be greater than zero"));
        return std::nullopt;
    }
    return money->minor();
}

} // namespace

std::optional<ImportKind> importKindFromKey(QStringView key)
{
    for (const auto &kind : kKinds)
        if (key == QStringView(kind.key))
            return kind.kind;
    return std::nullopt;
}

QString importKindKey(ImportKind kind)
{
    for (const auto &entry : kKinds)
        if (entry.kind == kind)
            return QString::fromUtf16(entry.key);
    return {};
}

Result<ImportReport> ImportService::importFile(ImportKind kind, const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("ImportService", "%1: cannot read: %2").arg(path, file.errorString())));
    const QByteArray data = file.readAll();
    return importData(kind, path, data, options);
}

Result<ImportReport> ImportService::importData(ImportKind kind, const QString &displayName, const QByteArray &data,
                                               const ImportOptions &options)
{
    const Action action = kind == ImportKind::Users ? Action::ManageUsers
            : kind == ImportKind::Portfolios        ? Action::EditCustomers
            : kind == ImportKind::Promises          ? Action::TakePromise
                                                    : Action::ImportData;
    if (auto allowed = m_session.require(action); !allowed)
        return std::unexpected(allowed.error());
    if (kind != ImportKind::Users && kind != ImportKind::Portfolios && kind != ImportKind::Promises) {
        if (auto allowed = m_session.require(kind == ImportKind::Customers          ? Action::EditCustomers
                                                     : kind == ImportKind::Invoices ? Action::PostInvoice
                                                                                    : Action::PostPayment);
            !allowed)
            return std::unexpected(allowed.error());
    }

    ImportReport report;
    report.kind = kind;
    report.file = displayName;
    Problems problems;
    auto progress = [&](ImportPhase phase, qint64 done, qint64 total) {
        return !options.progress || options.progress(phase, done, total);
    };
    auto cancelled = [] {
        return std::unexpected(
                Error{ErrorCode::Cancelled,
                      QCoreApplication::translate("ImportService", "import cancelled; nothing was written")});
    };

    CsvReader reader(data);
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.hasError())
            problems.add(reader.errorLine(), QStringLiteral("csv"), reader.errorReason());
        else
            problems.add(1, QStringLiteral("header"),
                         QCoreApplication::translate("ImportService", "the file is empty; a header row is required"));
        report.problems = std::move(problems.list);
        report.problemCount = problems.count;
        return report;
    }
    const CsvHeader header(record);
    const QStringList missing = header.missing(requiredColumns(kind));
    for (const QString &column : missing)
        problems.add(1, column,
                     QCoreApplication::translate("ImportService", "missing required column '%1'").arg(column));
    for (const QString &column : header.duplicates())
        problems.add(1, column,
                     QCoreApplication::translate("ImportService", "column '%1' appears more than once").arg(column));
    if (problems.count > 0) {
        report.problems = std::move(problems.list);
        report.problemCount = problems.count;
        return report;
    }
    RowReader row(header, requiredColumns(kind) + optionalColumns(kind));

    return reading([&]() -> Result<ImportReport> {
        QElapsedTimer phaseTimer;
        phaseTimer.start();
        auto logPhase = [&](const char *what) {
            if (auto logger = spdlog::get("ardesk.services"))
                logger->debug("import {}: {} after {} ms", importKindKey(kind).toStdString(), what,
                              phaseTimer.elapsed());
        };
        Book &book = m_session.book();
        LedgerRepository repo(book);
        std::vector<CustomerRow> customers;
        std::vector<InvoiceRow> invoices;
        std::vector<PaymentRow> payments;
        std::vector<UserRow> users;
        std::vector<PortfolioRow> portfolios;
        std::vector<PromiseRow> promises;

        QHash<QString, CustomerKey> customerIndex;
        if (kind != ImportKind::Users)
            customerIndex = repo.customerIndex();
        QHash<QString, StaffUser> userIndex;
        if (kind == ImportKind::Users || kind == ImportKind::Portfolios || kind == ImportKind::Promises)
            for (StaffUser &user : UserRepository(book).all())
                userIndex.insert(user.login, user);

        QSet<QString> seen; // codes / numbers / logins in this file
        QSet<QString> methods; // payment methods of the file, each kept once
        QSet<QString> existingNumbers;
        bool loadedExisting = false;
        qint64 bookInvoiceCount = 0;
        if (kind == ImportKind::Invoices) {
            QSqlQuery count = book.exec(QStringLiteral("SELECT COUNT(*) FROM invoices"));
            bookInvoiceCount = count.next() ? count.value(0).toLongLong() : 0;
        }
        QSet<QPair<Id, QString>> existingReferences;
        bool loadedReferences = false;
        int lookUpReferences = -1; // payments: 1 = look each reference up, 0 = read them all
        // The invoices the payments name, by the number's bytes: every invoice of the book
        // when the file is large against it (one scan beats a look-up per number), else each
        // number looked up once as it comes (found or not).
        InvoiceKeyIndex invoiceKeys;
        bool allInvoiceKeysLoaded = false;
        if (kind == ImportKind::Payments && header.indexOf(u"invoice_number")) {
            const qint64 bookInvoices = repo.invoiceCount();
            const qint64 approxRows = data.size() / 48;
            if (bookInvoices > 0 && approxRows * 4 >= bookInvoices) {
                invoiceKeys = repo.allInvoiceKeys(bookInvoices);
                allInvoiceKeysLoaded = true;
            }
        }
        const qsizetype invoiceNumberColumn = row.column(QStringLiteral("invoice_number"));

        qint64 rowsSeen = 0;
        while (reader.next(record)) {
            ++rowsSeen;
            if ((rowsSeen & 0x3fff) == 0 && !progress(ImportPhase::Validating, reader.bytesRead(), reader.totalBytes()))
                return cancelled();
            row.setRecord(&record);
            const qsizetype line = record.line();
            const qsizetype problemsBefore = problems.count;
            switch (kind) {
            case ImportKind::Customers: {
                Customer c;
                c.code = row.value(QStringLiteral("code"));
                c.name = row.value(QStringLiteral("name"));
                c.currency = row.value(QStringLiteral("currency"));
                c.email = row.value(QStringLiteral("email"));
                c.phone = row.value(QStringLiteral("phone"));
                c.timeZone = row.value(QStringLiteral("timezone"));
                c.country = row.value(QStringLiteral("country"));
                c.language = row.value(QStringLiteral("language"));
                if (c.code.isEmpty())
                    problems.add(line, QStringLiteral("code"),
                                 QCoreApplication::translate("ImportService", "is empty"));
                else if (seen.contains(c.code))
                    problems.add(line, QStringLiteral("code"),
                                 QCoreApplication::translate("ImportService", "duplicate customer code %1 in this file")
                                         .arg(c.code));
                else if (customerIndex.contains(c.code))
                    problems.add(line, QStringLiteral("code"),
                                 QCoreApplication::translate("ImportService", "customer %1 already exists in the book")
                                         .arg(c.code));
                seen.insert(c.code);
                if (!isValidCurrencyCode(c.currency))
                    problems.add(line, QStringLiteral("currency"),
                                 QCoreApplication::translate("ImportService", "'%1' is not an ISO 4217 currency code")
                                         .arg(c.currency));
                bool ok = false;
                const QString terms = row.value(QStringLiteral("terms_days"));
                c.termsDays = terms.toInt(&ok);
                if (!ok || c.termsDays < 0 || c.termsDays > 3650)
                    problems.add(line, QStringLiteral("terms_days"),
                                 QCoreApplication::translate("ImportService",
                                                             "'%1' is not a whole number of days between 0 and 3650")
                                         .arg(terms));
                const QString limit = row.value(QStringLiteral("credit_limit"));
                if (!limit.isEmpty() && isValidCurrencyCode(c.currency)) {
                    auto parsed = Money::parse(limit, c.currency, Money::SignPolicy::AllowNegative);
                    if (!parsed)
                        problems.add(line, QStringLiteral("credit_limit"), parsed.error().message);
                    else if (parsed->minor() < 0)
                        problems.add(line, QStringLiteral("credit_limit"),
                                     QCoreApplication::translate("ImportService", "negative amount %1").arg(limit));
                    else if (!m_session.can(Action::EditCreditPolicy))
                        // Granting credit is a manager's decision (docs/credit-policy.md).
                        problems.add(line, QStringLiteral("credit_limit"),
                                     QCoreApplication::translate("ImportService",
                                                                 "only a manager sets credit limits; leave the "
                                                                 "column empty"));
                    else
                        c.creditLimit = parsed->minor();
                }
                if (problems.count == problemsBefore) {
                    if (auto valid = LedgerService::validateCustomer(c); !valid) {
                        const QString message = valid.error().message;
                        const qsizetype colon = message.indexOf(u':');
                        problems.add(line, message.left(colon), message.mid(colon + 2));
                    }
                }
                if (problems.count == problemsBefore)
                    customers.push_back({line, std::move(c)});
                break;
            }
            case ImportKind::Invoices: {
                Invoice inv;
                inv.number = row.value(QStringLiteral("number"));
                const QString code = row.value(QStringLiteral("customer_code"));
                inv.currency = row.value(QStringLiteral("currency"));
                if (inv.number.isEmpty())
                    problems.add(line, QStringLiteral("number"),
                                 QCoreApplication::translate("ImportService", "is empty"));
                else if (seen.contains(inv.number))
                    problems.add(
                            line, QStringLiteral("number"),
                            QCoreApplication::translate("ImportService", "duplicate invoice number %1 in this file")
                                    .arg(inv.number));
                seen.insert(inv.number);
                const auto customer = customerIndex.constFind(code);
                if (code.isEmpty())
                    problems.add(line, QStringLiteral("customer_code"),
                                 QCoreApplication::translate("ImportService", "is empty"));
                else if (customer == customerIndex.constEnd())
                    problems.add(line, QStringLiteral("customer_code"),
                                 QCoreApplication::translate("ImportService", "unknown customer %1").arg(code));
                const auto issue = orElse(plainDate(row.raw(QStringLiteral("issue_date"))), [&] { return parseDate(row.value(QStringLiteral("issue_date"))); });
                const auto due = orElse(plainDate(row.raw(QStringLiteral("due_date"))), [&] { return parseDate(row.value(QStringLiteral("due_date"))); });
                if (!issue)
                    problems.add(line, QStringLiteral("issue_date"),
                                 QCoreApplication::translate("ImportService", "'%1' is not a date (YYYY-MM-DD)")
                                         .arg(row.value(QStringLiteral("issue_date"))));
                if (!due)
                    problems.add(line, QStringLiteral("due_date"),
                                 QCoreApplication::translate("ImportService", "'%1' is not a date (YYYY-MM-DD)")
                                         .arg(row.value(QStringLiteral("due_date"))));
                if (issue && due && *due < *issue)
                    problems.add(line, QStringLiteral("due_date"),
                                 QCoreApplication::translate("ImportService", "is before the issue date"));
                if (!isValidCurrencyCode(inv.currency))
                    problems.add(line, QStringLiteral("currency"),
                                 QCoreApplication::translate("ImportService", "'%1' is not an ISO 4217 currency code")
                                         .arg(inv.currency));
                else if (customer != customerIndex.constEnd() && customer->currency != inv.currency)
                    problems.add(
                            line, QStringLiteral("currency"),
                            QCoreApplication::translate("ImportService", "%1 differs from customer %2's currency %3")
                                    .arg(inv.currency, code, customer->currency));
                const auto amount = orElse(plainAmount(row.raw(QStringLiteral("amount")), inv.currency),
                                            [&] { return parseAmount(problems, line, row.value(QStringLiteral("amount")), inv.currency); });
                if (problems.count == problemsBefore) {
                    inv.currency = customer->currency; // the same text, shared: one copy per customer
                    inv.customerId = customer->id;
                    inv.issueDate = *issue;
                    inv.dueDate = *due;
                    inv.amount = *amount;
                    invoices.push_back({line, std::move(inv)});
                }
                break;
            }
            case ImportKind::Payments: {
                Payment p;
                p.reference = row.value(QStringLiteral("reference"));
                const QString code = row.value(QStringLiteral("customer_code"));
                p.currency = row.value(QStringLiteral("currency"));
                p.method = row.value(QStringLiteral("method")).toLower();
                const auto customer = customerIndex.constFind(code);
                if (code.isEmpty())
                    problems.add(line, QStringLiteral("customer_code"),
                                 QCoreApplication::translate("ImportService", "is empty"));
                else if (customer == customerIndex.constEnd())
                    problems.add(line, QStringLiteral("customer_code"),
                                 QCoreApplication::translate("ImportService", "unknown customer %1").arg(code));
                const auto received = orElse(plainDate(row.raw(QStringLiteral("received_date"))), [&] { return parseDate(row.value(QStringLiteral("received_date"))); });
                if (!received)
                    problems.add(line, QStringLiteral("received_date"),
                                 QCoreApplication::translate("ImportService", "'%1' is not a date (YYYY-MM-DD)")
                                         .arg(row.value(QStringLiteral("received_date"))));
                if (!isValidCurrencyCode(p.currency))
                    problems.add(line, QStringLiteral("currency"),
                                 QCoreApplication::translate("ImportService", "'%1' is not an ISO 4217 currency code")
                                         .arg(p.currency));
                else if (customer != customerIndex.constEnd() && customer->currency != p.currency)
                    problems.add(
                            line, QStringLiteral("currency"),
                            QCoreApplication::translate("ImportService", "%1 differs from customer %2's currency %3")
                                    .arg(p.currency, code, customer->currency));
                const auto amount = orElse(plainAmount(row.raw(QStringLiteral("amount")), p.currency),
                                            [&] { return parseAmount(problems, line, row.value(QStringLiteral("amount")), p.currency); });
                if (customer != customerIndex.constEnd() && !p.reference.isEmpty()) {
                    const QString key = QString::number(customer->id) + u'\x1f' + p.reference;
                    if (seen.contains(key))
                        problems.add(
                                line, QStringLiteral("reference"),
                                QCoreApplication::translate(
                                        "ImportService", "duplicate payment reference %1 for customer %2 in this file")
                                        .arg(p.reference, code));
                    seen.insert(key);
                    if (!loadedReferences && lookUpReferences < 0) {
                        // A small file against a big book: one indexed look-up per row beats
                        // reading every reference of the book.
                        QSqlQuery last = book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM payments"));
                        const qint64 bookPayments = last.next() ? last.value(0).toLongLong() : 0;
                        lookUpReferences = (data.size() / 48) * 20 < bookPayments ? 1 : 0;
                    }
                    if (!loadedReferences && lookUpReferences == 0) {
                        QSqlQuery q = book.exec(
                                QStringLiteral("SELECT customer_id, reference FROM payments WHERE reference <> ''"));
                        while (q.next())
                            existingReferences.insert({q.value(0).toLongLong(), q.value(1).toString()});
                        loadedReferences = true;
                    }
                    if (lookUpReferences == 1 ? repo.paymentReferenceExists(customer->id, p.reference)
                                              : existingReferences.contains({customer->id, p.reference}))
                        problems.add(line, QStringLiteral("reference"),
                                     QCoreApplication::translate("ImportService",
                                                                 "payment %1 of customer %2 is already in the book")
                                             .arg(p.reference, code));
                }
                std::optional<Id> invoiceId;
                const InvoiceKeyIndex::Key *invoiceKey = nullptr;
                {
                    // The number's bytes as they are when they are its trimmed text (nearly
                    // always); else the trimmed text's.
                    const QByteArrayView raw = row.rawAt(invoiceNumberColumn);
                    const bool plain = plainText(raw);
                    QString trimmedText; // the number as text when its bytes are not plain
                    QByteArray trimmed;
                    if (!plain) {
                        trimmedText = row.valueAt(invoiceNumberColumn);
                        trimmed = trimmedText.toUtf8();
                    }
                    const QByteArrayView number = plain ? raw : QByteArrayView(trimmed);
                    // (Plain bytes start with ASCII, so no byte order mark is lost decoding them.)
                    auto numberText = [&] { return plain ? QString::fromUtf8(raw) : trimmedText; };
                    if (!number.isEmpty()) {
                        invoiceKey = invoiceKeys.find(number);
                        if (!invoiceKey && !allInvoiceKeysLoaded) {
                            const QString text = numberText();
                            invoiceKeys.add(number, repo.invoiceKeys({text}).value(text));
                            invoiceKey = invoiceKeys.find(number);
                        }
                        if (!invoiceKey || invoiceKey->id == 0)
                            problems.add(line, QStringLiteral("invoice_number"),
                                         QCoreApplication::translate("ImportService", "unknown invoice %1")
                                                 .arg(numberText()));
                        else if (customer != customerIndex.constEnd() && invoiceKey->customerId != customer->id)
                            problems.add(line, QStringLiteral("invoice_number"),
                                         QCoreApplication::translate("ImportService",
                                                                     "invoice %1 belongs to another customer")
                                                 .arg(numberText()));
                        else
                            invoiceId = invoiceKey->id;
                    }
                }
                if (problems.count == problemsBefore) {
                    p.currency = customer->currency; // shared, as for invoices
                    p.method = *methods.insert(p.method);
                    p.customerId = customer->id;
                    p.receivedDate = *received;
                    p.amount = *amount;
                    if (invoiceId)
                        payments.push_back({line, std::move(p), invoiceId, QDate::fromJulianDay(invoiceKey->issueDay),
                                            invoiceKey->dueDay, *invoiceKey->currency, invoiceKey->open});
                    else
                        payments.push_back({line, std::move(p), invoiceId, QDate(), 0, QString(), 0});
                }
                break;
            }
            case ImportKind::Users: {
                StaffUser u;
                u.login = row.value(QStringLiteral("login"));
                u.name = row.value(QStringLiteral("name"));
                const QString role = row.value(QStringLiteral("role"));
                static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
                if (u.login.isEmpty())
                    problems.add(line, QStringLiteral("login"),
                                 QCoreApplication::translate("ImportService", "is empty"));
                else if (!loginPattern.match(u.login).hasMatch())
                    problems.add(line, QStringLiteral("login"),
                                 QCoreApplication::translate("ImportService",
                                                             "'%1' may hold only letters, digits and . _ @ -")
                                         .arg(u.login));
                else if (seen.contains(u.login))
                    problems.add(line, QStringLiteral("login"),
                                 QCoreApplication::translate("ImportService", "duplicate login %1 in this file")
                                         .arg(u.login));
                else if (userIndex.contains(u.login))
                    problems.add(line, QStringLiteral("login"),
                                 QCoreApplication::translate("ImportService", "user %1 already exists in the book")
                                         .arg(u.login));
                seen.insert(u.login);
                if (u.name.isEmpty())
                    problems.add(line, QStringLiteral("name"),
                                 QCoreApplication::translate("ImportService", "is empty"));
                const auto parsedRole = roleFromKey(role);
                if (!parsedRole)
                    problems.add(line, QStringLiteral("role"),
                                 QCoreApplication::translate(
                                         "ImportService",
                                         "'%1' is not one of admin, manager, supervisor, collector, clerk, auditor")
                                         .arg(role));
                if (problems.count == problemsBefore) {
                    u.role = *parsedRole;
                    users.push_back({line, std::move(u)});
                }
                break;
            }
            case ImportKind::Portfolios: {
                const QString code = row.value(QStringLiteral("customer_code"));
                const QString login = row.value(QStringLiteral("collector"));
                const auto customer = customerIndex.constFind(code);
                if (customer == customerIndex.constEnd())
                    problems.add(line, QStringLiteral("customer_code"),
                                 QCoreApplication::translate("ImportService", "unknown customer %1").arg(code));
                else if (seen.contains(code))
                    problems.add(
                            line, QStringLiteral("customer_code"),
                            QCoreApplication::translate("ImportService", "customer %1 is assigned twice in this file")
                                    .arg(code));
                seen.insert(code);
                const auto user = userIndex.constFind(login);
                if (user == userIndex.constEnd())
                    problems.add(line, QStringLiteral("collector"),
                                 QCoreApplication::translate("ImportService", "unknown user %1").arg(login));
                else if (user->role != Role::Collector && user->role != Role::Supervisor && user->role != Role::Manager)
                    problems.add(line, QStringLiteral("collector"),
                                 QCoreApplication::translate("ImportService", "%1 is a %2, not a collector")
                                         .arg(login, roleDisplayName(user->role)));
                else if (!user->active)
                    problems.add(line, QStringLiteral("collector"),
                                 QCoreApplication::translate("ImportService", "user %1 is deactivated").arg(login));
                if (problems.count == problemsBefore)
                    portfolios.push_back({line, customer->id, user->id});
                break;
            }
            case ImportKind::Promises: {
                const QString code = row.value(QStringLiteral("customer_code"));
                const QString login = row.value(QStringLiteral("collector"));
                const QString currency = row.value(QStringLiteral("currency"));
                const auto customer = customerIndex.constFind(code);
                if (customer == customerIndex.constEnd())
                    problems.add(line, QStringLiteral("customer_code"),
                                 QCoreApplication::translate("ImportService", "unknown customer %1").arg(code));
                const auto user = userIndex.constFind(login);
                if (user == userIndex.constEnd())
                    problems.add(line, QStringLiteral("collector"),
                                 QCoreApplication::translate("ImportService", "unknown user %1").arg(login));
                const auto taken = parseDate(row.value(QStringLiteral("taken_date")));
                const auto promised = parseDate(row.value(QStringLiteral("promised_date")));
                if (!taken)
                    problems.add(line, QStringLiteral("taken_date"),
                                 QCoreApplication::translate("ImportService", "'%1' is not a date (YYYY-MM-DD)")
                                         .arg(row.value(QStringLiteral("taken_date"))));
                if (!promised)
                    problems.add(line, QStringLiteral("promised_date"),
                                 QCoreApplication::translate("ImportService", "'%1' is not a date (YYYY-MM-DD)")
                                         .arg(row.value(QStringLiteral("promised_date"))));
                if (taken && promised && *promised < *taken)
                    problems.add(
                            line, QStringLiteral("promised_date"),
                            QCoreApplication::translate("ImportService", "is before the day the promise was taken"));
                if (!isValidCurrencyCode(currency))
                    problems.add(line, QStringLiteral("currency"),
                                 QCoreApplication::translate("ImportService", "'%1' is not an ISO 4217 currency code")
                                         .arg(currency));
                else if (customer != customerIndex.constEnd() && customer->currency != currency)
                    problems.add(
                            line, QStringLiteral("currency"),
                            QCoreApplication::translate("ImportService", "%1 differs from customer %2's currency %3")
                                    .arg(currency, code, customer->currency));
                const auto amount = parseAmount(problems, line, row.value(QStringLiteral("amount")), currency);
                std::optional<Id> invoiceId;
                const QString invoiceNumber = row.value(QStringLiteral("invoice_number"));
                if (!invoiceNumber.isEmpty()) {
                    const auto keys = repo.invoiceKeys({invoiceNumber});
                    const InvoiceKey key = keys.value(invoiceNumber);
                    if (key.id == 0)
                        problems.add(
                                line, QStringLiteral("invoice_number"),
                                QCoreApplication::translate("ImportService", "unknown invoice %1").arg(invoiceNumber));
                    else if (customer != customerIndex.constEnd() && key.customerId != customer->id)
                        problems.add(
                                line, QStringLiteral("invoice_number"),
                                QCoreApplication::translate("ImportService", "invoice %1 belongs to another customer")
                                        .arg(invoiceNumber));
                    else
                        invoiceId = key.id;
                }
                if (problems.count == problemsBefore)
                    promises.push_back({line, customer->id, user->id, *taken, *promised, *amount, currency, invoiceId});
                break;
            }
            }
        }
        if (reader.hasError())
            problems.add(reader.errorLine(), QStringLiteral("csv"), reader.errorReason());

        // Invoice numbers already in the book.
        if (kind == ImportKind::Invoices && bookInvoiceCount > 0 && !invoices.empty()) {
            QStringList numbers;
            numbers.reserve(static_cast<qsizetype>(invoices.size()));
            for (const InvoiceRow &r : invoices)
                numbers << r.invoice.number;
            if (static_cast<qint64>(invoices.size()) * 20 >= bookInvoiceCount) {
                QSqlQuery q = book.exec(QStringLiteral("SELECT number FROM invoices"));
                while (q.next())
                    existingNumbers.insert(q.value(0).toString());
                loadedExisting = true;
            } else {
                existingNumbers = repo.existingInvoiceNumbers(numbers);
            }
            for (const InvoiceRow &r : invoices)
                if (existingNumbers.contains(r.invoice.number))
                    problems.add(r.line, QStringLiteral("number"),
                                 QCoreApplication::translate("ImportService", "invoice %1 already exists in the book")
                                         .arg(r.invoice.number));
        }
        Q_UNUSED(loadedExisting);

        report.rows = rowsSeen;
        logPhase("validated");
        std::sort(problems.list.begin(), problems.list.end(),
                  [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        report.problems = std::move(problems.list);
        report.problemCount = problems.count;
        if (problems.count > 0 || options.dryRun)
            return report;
        if (!progress(ImportPhase::Writing, 0, rowsSeen))
            return cancelled();

        // --- write, all in one transaction ------------------------------------------------
        // What only validation needed goes before the writing starts (lower peak memory).
        seen = QSet<QString>();
        existingNumbers = QSet<QString>();
        existingReferences = QSet<QPair<Id, QString>>();
        book.prepareBulkWrite();
        Transaction transaction(book);
        repo.beginMovementBatch(); // flushed before the commit below
        // A file with more rows than the tables it fills hold: their secondary indexes are
        // made once after the rows instead of kept up row by row (SqliteBulkBuffer::deferIndexes).
        {
            QStringList filled;
            switch (kind) {
            case ImportKind::Customers:
                filled = {QStringLiteral("customers")};
                break;
            case ImportKind::Invoices:
                filled = {QStringLiteral("invoices"), QStringLiteral("invoice_state")};
                break;
            case ImportKind::Payments:
                filled = {QStringLiteral("payments"), QStringLiteral("payment_state"), QStringLiteral("allocations")};
                break;
            default:
                break;
            }
            if (SqliteBulkBuffer *bulk = book.sqliteBulk()) // SQLite only; PostgreSQL's COPY keeps them
                for (const QString &table : std::as_const(filled))
                    bulk->deferIndexes(table, rowsSeen);
        }
        const Stamp stamp = m_session.stamp();
        qint64 written = 0;
        qint64 invoicesInParts = 0; // invoices written with instalment parts
        auto tick = [&]() {
            ++written;
            return (written & 0x3fff) != 0 || progress(ImportPhase::Writing, written, rowsSeen);
        };
        switch (kind) {
        case ImportKind::Customers: {
            Id nextId = repo.nextCustomerId();
            for (CustomerRow &r : customers) {
                r.customer.id = nextId++;
                repo.insertCustomer(r.customer, stamp);
                if (!tick())
                    return cancelled();
            }
            break;
        }
        case ImportKind::Invoices: {
            // An invoice of a customer whose policy has instalment terms gets its parts, split
            // as LedgerService::postInvoice splits them, in this same transaction
            // (docs/credit-policy.md "Instalment terms"). Only read when some policy has terms.
            PolicyRepository policies(book);
            QHash<Id, QString> termsOfPolicy;
            for (const CreditPolicy &policy : policies.policies())
                if (!policy.instalmentTerms.isEmpty())
                    termsOfPolicy.insert(policy.id, policy.instalmentTerms);
            const QHash<Id, Id> policyOfCustomer =
                    termsOfPolicy.isEmpty() ? QHash<Id, Id>{} : policies.customerPolicyIds();
            for (const InvoiceRow &r : invoices) {
                std::vector<InstalmentPart> parts;
                if (const auto policy = policyOfCustomer.constFind(r.invoice.customerId);
                    policy != policyOfCustomer.constEnd())
                    parts = partsByPolicyTerms(r.invoice.amount, r.invoice.issueDate, termsOfPolicy.value(*policy));
                if (!parts.empty())
                    ++invoicesInParts;
                repo.postInvoice(r.invoice, stamp, parts);
                if (!tick())
                    return cancelled();
            }
            break;
        }
        case ImportKind::Payments: {
            // Payments are applied in the order received (then file order), so that an
            // earlier payment takes the oldest items first.
            std::stable_sort(payments.begin(), payments.end(), [](const PaymentRow &a, const PaymentRow &b) {
                return a.payment.receivedDate < b.payment.receivedDate;
            });
            const std::optional<QDate> lastReversal = repo.latestReversalAllocationDate();
            // The open amount now of every invoice this import touches, kept in memory:
            // read once (from the keys read during validation when there are any), lowered
            // by each allocation, and written to invoice_state once per invoice, in id
            // order, at the end (one random B-tree update per allocation was the import's
            // largest cost at a million rows).
            struct OpenNow
            {
                MinorUnits open = 0;
                bool changed = false;
            };
            std::unordered_map<Id, OpenNow> openCache;
            openCache.reserve(std::min<std::size_t>(payments.size() * 2, 4'000'000));
            invoiceKeys.clear(); // each payment row carries what it needs of its invoice
            QHash<Id, std::vector<OpenItem>> customerItems;
            // openAtStart: the invoice's open amount before this import, as the caller read
            // it (the invoice keys of the validation, or the customer's open items read in
            // this transaction); used when the invoice is touched first.
            auto entryFor = [&](Id invoiceId, MinorUnits openAtStart) -> OpenNow & {
                return openCache.try_emplace(invoiceId, OpenNow{openAtStart, false}).first->second;
            };
            auto availableOn = [&](Id invoiceId, QDate date, MinorUnits openAtStart) -> MinorUnits {
                const MinorUnits open = entryFor(invoiceId, openAtStart).open;
                if (lastReversal && date < *lastReversal)
                    return std::min(open, repo.invoiceAvailableFrom(invoiceId, date, open));
                return open;
            };
            // The invoice, the allocation date, and what the movement aggregate needs of the
            // invoice (known here: no look-up per allocation).
            struct Target
            {
                Id invoiceId;
                QDate date;
                qint64 dueDay;
                qint64 issueDay;
                const QString *currency;
                MinorUnits openAtStart;
            };
            std::vector<Target> targets;
            std::vector<Allocation> planned;
            std::vector<AllocationKeys> plannedKeys;
            for (const PaymentRow &r : payments) {
                // Plan the allocations first so the payment's state row is written once.
                MinorUnits left = r.payment.amount;
                targets.clear();
                planned.clear();
                plannedKeys.clear();
                if (r.invoiceId) {
                    targets.push_back({*r.invoiceId, std::max(r.invoiceIssue, r.payment.receivedDate), r.invoiceDueDay,
                                       r.invoiceIssue.toJulianDay(), &r.invoiceCurrency, r.invoiceOpen});
                } else if (options.autoApply) {
                    auto items = customerItems.find(r.payment.customerId);
                    if (items == customerItems.end()) {
                        std::vector<OpenItem> list = repo.openItems(r.payment.customerId);
                        sortOldestDueFirst(list);
                        items = customerItems.insert(r.payment.customerId, std::move(list));
                    }
                    for (const OpenItem &item : *items)
                        if (item.issueDate <= r.payment.receivedDate)
                            // The customer's open items are in the customer's currency, which
                            // the validation found equal to the payment's.
                            targets.push_back({item.invoiceId, r.payment.receivedDate, item.dueDate.toJulianDay(),
                                               item.issueDate.toJulianDay(), &r.payment.currency, item.open});
                }
                for (const Target &target : targets) {
                    const Id invoiceId = target.invoiceId;
                    const QDate date = target.date;
                    if (left == 0)
                        break;
                    const MinorUnits take = std::min(left, availableOn(invoiceId, date, target.openAtStart));
                    if (take <= 0)
                        continue;
                    Allocation allocation;
                    allocation.invoiceId = invoiceId;
                    allocation.source = AllocationSource::Payment;
                    allocation.date = date;
                    allocation.amount = take;
                    planned.push_back(allocation);
                    // The invoice is the payment's customer's (checked by the validation).
                    plannedKeys.push_back({*target.currency, target.dueDay, target.issueDay, r.payment.currency,
                                           r.payment.receivedDate.toJulianDay(), r.payment.customerId});
                    OpenNow &entry = entryFor(invoiceId, target.openAtStart);
                    entry.open -= take;
                    entry.changed = true;
                    left -= take;
                }
                const Id paymentId = repo.postPayment(r.payment, stamp, std::nullopt, r.payment.amount - left);
                for (std::size_t i = 0; i < planned.size(); ++i) {
                    Allocation &allocation = planned[i];
                    allocation.sourceId = paymentId;
                    repo.postAllocation(allocation, stamp, {}, LedgerRepository::SourceState::AlreadyCounted,
                                        LedgerRepository::InvoiceState::Deferred, &plannedKeys[i]);
                    ++report.allocations;
                    report.appliedMinor += allocation.amount;
                }
                if (!tick())
                    return cancelled();
            }
            std::vector<std::pair<Id, MinorUnits>> changedOpen;
            for (const auto &[invoiceId, entry] : openCache)
                if (entry.changed)
                    changedOpen.emplace_back(invoiceId, entry.open);
            std::sort(changedOpen.begin(), changedOpen.end());
            repo.setInvoiceOpenAmounts(changedOpen);
            break;
        }
        case ImportKind::Users: {
            UserRepository userRepo(book);
            for (const UserRow &r : users) {
                userRepo.insert(r.user, stamp);
                if (!tick())
                    return cancelled();
            }
            break;
        }
        case ImportKind::Portfolios: {
            QSqlQuery q =
                    book.prepare(QStringLiteral("UPDATE customers SET collector_id = ?, updated_at = ? WHERE id = ?"));
            for (const PortfolioRow &r : portfolios) {
                q.addBindValue(QVariant::fromValue<qint64>(r.collectorId));
                q.addBindValue(stamp.at);
                q.addBindValue(QVariant::fromValue<qint64>(r.customerId));
                Book::exec(q);
                if (!tick())
                    return cancelled();
            }
            break;
        }
        case ImportKind::Promises: {
            QSqlQuery next = book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM promises"));
            Id id = next.next() ? next.value(0).toLongLong() : 0;
            next.finish();
            QSqlQuery q = book.prepare(QStringLiteral(
                    "INSERT INTO promises (id, customer_id, collector_id, taken_date, promised_date, amount, currency, "
                    "invoice_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const PromiseRow &r : promises) {
                q.addBindValue(QVariant::fromValue<qint64>(++id));
                q.addBindValue(QVariant::fromValue<qint64>(r.customerId));
                q.addBindValue(QVariant::fromValue<qint64>(r.collectorId));
                q.addBindValue(dayValue(r.taken));
                q.addBindValue(dayValue(r.promised));
                q.addBindValue(QVariant::fromValue<qint64>(r.amount));
                q.addBindValue(r.currency);
                q.addBindValue(optionalId(r.invoiceId));
                q.addBindValue(stamp.at);
                q.addBindValue(optionalId(stamp.userId));
                Book::exec(q);
                if (!tick())
                    return cancelled();
            }
            break;
        }
        }
        QJsonObject auditDetails{
                {QStringLiteral("file"), QFileInfo(displayName).fileName()},
                {QStringLiteral("rows"), static_cast<qint64>(rowsSeen)},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(sha256(data).toHex())},
                {QStringLiteral("auto_apply"), options.autoApply}};
        if (invoicesInParts > 0)
            auditDetails.insert(QStringLiteral("invoices_in_instalments"), invoicesInParts);
        AuditRepository(book).append(stamp, QStringLiteral("import.%1").arg(importKindKey(kind)), importKindKey(kind),
                                     std::nullopt, compactJson(auditDetails));
        repo.flushMovements();
        logPhase("written");
        transaction.commit();
        logPhase("committed");
        report.written = true;
        return report;
    });
}

} // namespace ardesk
