#include "bank_import_service.h"

#include "service_support.h"

#include "domain/bank_csv_mapping.h"
#include "domain/camt053_reader.h"
#include "storage/bank_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace ardesk {

std::optional<BankFileFormat> bankFileFormatFromKey(QStringView key)
{
    if (key.compare(u"camt053", Qt::CaseInsensitive) == 0 || key.compare(u"camt.053", Qt::CaseInsensitive) == 0)
        return BankFileFormat::Camt053;
    if (key.compare(u"csv", Qt::CaseInsensitive) == 0)
        return BankFileFormat::Csv;
    return std::nullopt;
}

QString bankFileFormatKey(BankFileFormat format)
{
    return format == BankFileFormat::Camt053 ? QStringLiteral("camt053") : QStringLiteral("csv");
}

QString bankEntryStateKey(BankEntryState state)
{
    switch (state) {
    case BankEntryState::Open:
        return QStringLiteral("open");
    case BankEntryState::AlreadyPosted:
        return QStringLiteral("already_posted");
    case BankEntryState::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

qsizetype BankReview::count(MatchClass matchClass) const
{
    return std::count_if(entries.begin(), entries.end(), [&](const BankReviewEntry &e) {
        return e.state == BankEntryState::Open && e.match.matchClass == matchClass;
    });
}

qsizetype BankReview::count(BankEntryState state) const
{
    return std::count_if(entries.begin(), entries.end(), [&](const BankReviewEntry &e) { return e.state == state; });
}

Result<BankReview> BankImportService::reviewFile(const QString &path, const BankImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("BankImport", "%1: cannot read: %2").arg(path, file.errorString())));
    const QByteArray data = file.readAll();
    BankImportOptions withFormat = options;
    if (!withFormat.format) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"xml" || suffix == u"053" || suffix == u"camt")
            withFormat.format = BankFileFormat::Camt053;
        else if (suffix == u"csv")
            withFormat.format = BankFileFormat::Csv;
    }
    return reviewData(path, data, withFormat);
}

Result<BankReview> BankImportService::reviewData(const QString &displayName, const QByteArray &data,
                                                 const BankImportOptions &options)
{
    if (auto allowed = m_session.require(Action::ImportData); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<BankReview> {
        Book &book = m_session.book();
        BankRepository bank(book);
        BankReview review;
        review.file = displayName;
        review.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        review.format = options.format.value_or(looksLikeCamt053(data) ? BankFileFormat::Camt053 : BankFileFormat::Csv);

        BankFileRead read;
        if (review.format == BankFileFormat::Camt053) {
            read = readCamt053(data);
        } else {
            if (options.mapping.isEmpty())
                return std::unexpected(Error::invalid(QCoreApplication::translate(
                        "BankImport", "a CSV bank file needs a mapping (--mapping NAME or FILE.json)")));
            QByteArray json;
            const bool isFile = options.mapping.endsWith(u".json", Qt::CaseInsensitive) ||
                                QFileInfo(options.mapping).isFile();
            if (isFile) {
                QFile mappingFile(options.mapping);
                if (!mappingFile.open(QIODevice::ReadOnly))
                    return std::unexpected(Error::invalid(QCoreApplication::translate("BankImport", "%1: cannot read: %2")
                                                                  .arg(options.mapping, mappingFile.errorString())));
                json = mappingFile.readAll();
            } else {
                const auto stored = bank.mapping(options.mapping);
                if (!stored)
                    return std::unexpected(Error::notFound(
                            QCoreApplication::translate("BankImport", "no bank mapping named '%1' in the book")
                                    .arg(options.mapping)));
                json = *stored;
            }
            const BankCsvMappingParse parsed = parseBankCsvMapping(json);
            if (!parsed.ok())
                return std::unexpected(Error::invalid(
                        options.mapping + QStringLiteral(": ") + parsed.error));
            if (isFile && !parsed.mapping.name.isEmpty()) {
                review.mappingName = parsed.mapping.name;
                review.mappingDefinition = parsed.mapping.toJson();
            }
            read = readBankCsv(data, parsed.mapping, QFileInfo(displayName).fileName());
        }
        review.problems = std::move(read.problems);
        if (!review.problems.empty())
            return review;
        review.statementRef = read.statement.statementRef;
        review.account = read.statement.account;

        // What matching reads, loaded once.
        QHash<QString, std::vector<MatchInvoice>> byKey;
        QHash<Id, MinorUnits> openById;
        for (MatchInvoice &invoice : bank.allInvoices()) {
            openById.insert(invoice.invoiceId, invoice.open);
            byKey[invoiceNumberKey(invoice.number)].push_back(std::move(invoice));
        }
        QHash<Id, MatchCustomer> customers;
        QHash<QString, std::vector<MatchCustomer>> byName;
        for (const MatchCustomer &customer : bank.customers()) {
            customers.insert(customer.id, customer);
            byName[nameKey(customer.name)].push_back(customer);
        }
        BankMatchBook matchBook;
        matchBook.invoicesByKey = [&](const QString &key) { return byKey.value(key); };
        matchBook.customerByAccount = [&](const QString &account) -> std::optional<AccountOwner> {
            if (auto id = bank.customerByAccount(account))
                return AccountOwner{*id, AccountSource::Registered};
            if (auto id = bank.customerByPreviousPayment(account))
                return AccountOwner{*id, AccountSource::PreviousPayment};
            return std::nullopt;
        };
        matchBook.customersByNameKey = [&](const QString &key) { return byName.value(key); };
        matchBook.customer = [&](Id id) -> std::optional<MatchCustomer> {
            auto it = customers.constFind(id);
            if (it == customers.constEnd())
                return std::nullopt;
            return *it;
        };
        matchBook.openItems = [&](Id id, const QString &currency) { return bank.openItems(id, currency); };
        matchBook.openItemsOfAmount = [&](MinorUnits amount, const QString &currency, int limit) {
            return bank.openItemsOfAmount(amount, currency, limit);
        };

        QStringList refs;
        for (const BankEntry &entry : read.statement.entries)
            refs << entry.entryRef;
        const QSet<QString> recorded = bank.recordedEntryRefs(refs);
        const qint64 total = qint64(read.statement.entries.size());
        QHash<Id, MinorUnits> claimed; // invoice -> applied by earlier matched entries of this file
        for (qint64 i = 0; i < total; ++i) {
            if (options.progress && !options.progress(i, total))
                return std::unexpected(
                        Error{ErrorCode::Cancelled, QCoreApplication::translate("BankImport", "cancelled")});
            BankReviewEntry reviewed;
            reviewed.entry = std::move(read.statement.entries[size_t(i)]);
            if (recorded.contains(reviewed.entry.entryRef)) {
                reviewed.state = BankEntryState::AlreadyPosted;
            } else if (!reviewed.entry.isIncomingPayment()) {
                reviewed.state = BankEntryState::Skipped;
            } else {
                reviewed.match = matchEntry(reviewed.entry, matchBook);
                // Two entries of one file must not both take the same open amount.
                if (reviewed.match.matchClass == MatchClass::Matched) {
                    MatchCandidate &best = reviewed.match.candidates.front();
                    bool fits = true;
                    for (const AllocationLine &line : best.lines) {
                        const MinorUnits open = openById.value(line.invoiceId);
                        if (claimed.value(line.invoiceId) + line.amount > open)
                            fits = false;
                    }
                    if (fits) {
                        for (const AllocationLine &line : best.lines)
                            claimed[line.invoiceId] += line.amount;
                    } else {
                        best.warning = QCoreApplication::translate(
                                "BankImport", "an earlier entry of this file already pays these invoices");
                        reviewed.match.matchClass = MatchClass::Suggested;
                    }
                }
            }
            review.entries.push_back(std::move(reviewed));
        }
        if (options.progress && !options.progress(total, total))
            return std::unexpected(Error{ErrorCode::Cancelled, QCoreApplication::translate("BankImport", "cancelled")});
        return review;
    });
}

Result<BankPostReport> BankImportService::postMatched(const BankReview &review, const BankProgress &progress)
{
    std::vector<BankPostDecision> decisions;
    for (qsizetype i = 0; i < qsizetype(review.entries.size()); ++i) {
        const BankReviewEntry &e = review.entries[size_t(i)];
        if (e.state == BankEntryState::Open && e.match.matchClass == MatchClass::Matched)
            decisions.push_back({i, e.match.candidates.front()});
    }
    return post(review, decisions, progress);
}

Result<BankPostReport> BankImportService::post(const BankReview &review, const std::vector<BankPostDecision> &decisions,
                                               const BankProgress &progress)
{
    if (auto allowed = m_session.require(Action::PostPayment); !allowed)
        return std::unexpected(allowed.error());
    if (!review.problems.empty())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("BankImport", "%1 was refused; nothing can be posted from it").arg(review.file)));
    return inTransaction(m_session.book(), [&]() -> Result<BankPostReport> {
        Book &book = m_session.book();
        BankRepository bank(book);
        LedgerRepository ledger(book);
        AuditRepository audit(book);
        const Stamp stamp = m_session.stamp();
        BankPostReport report;
        if (auto existing = bank.statementBySha256(review.sha256))
            report.statementId = *existing;
        else
            report.statementId =
                    bank.insertStatement(review.statementRef, review.account, review.sha256, stamp.at, stamp.userId);
        if (!review.mappingName.isEmpty())
            bank.saveMapping(review.mappingName, review.mappingDefinition, stamp.at);
        QStringList refs;
        for (const BankPostDecision &d : decisions) {
            if (d.entryIndex < 0 || d.entryIndex >= qsizetype(review.entries.size()))
                return std::unexpected(Error::invalid(
                        QCoreApplication::translate("BankImport", "no entry %1 in the review").arg(d.entryIndex)));
            refs << review.entries[size_t(d.entryIndex)].entry.entryRef;
        }
        const QSet<QString> recorded = bank.recordedEntryRefs(refs);
        QSet<QString> postedNow;
        QJsonArray posted;
        const qint64 total = qint64(decisions.size());
        for (qint64 n = 0; n < total; ++n) {
            if (progress && !progress(n, total))
                return std::unexpected(Error{ErrorCode::Cancelled, QCoreApplication::translate("BankImport", "cancelled")});
            const BankPostDecision &d = decisions[size_t(n)];
            const BankReviewEntry &reviewed = review.entries[size_t(d.entryIndex)];
            const BankEntry &entry = reviewed.entry;
            const QString where = review.file + u':' + QString::number(entry.line) + QStringLiteral(": ");
            if (reviewed.state == BankEntryState::Skipped || !entry.isIncomingPayment())
                return std::unexpected(Error::invalid(
                        where + QCoreApplication::translate("BankImport", "entry %1 is not an incoming payment")
                                        .arg(entry.entryRef)));
            if (reviewed.state == BankEntryState::AlreadyPosted || recorded.contains(entry.entryRef) ||
                postedNow.contains(entry.entryRef)) {
                ++report.alreadyPosted;
                continue;
            }
            const auto customer = ledger.customerById(d.candidate.customerId);
            if (!customer)
                return std::unexpected(Error::notFound(
                        where + QCoreApplication::translate("BankImport", "no customer for entry %1").arg(entry.entryRef)));
            const QString currency = entry.amount.currency();
            if (customer->currency != currency)
                return std::unexpected(Error::conflict(
                        where + QCoreApplication::translate("BankImport", "the credit is in %1, customer %2 in %3")
                                        .arg(currency, customer->code, customer->currency)));
            MinorUnits applied = 0;
            for (const AllocationLine &line : d.candidate.lines) {
                if (line.amount <= 0)
                    return std::unexpected(Error::invalid(
                            where + QCoreApplication::translate("BankImport", "an allocation must be greater than zero")));
                applied += line.amount;
            }
            if (applied > entry.amount.minor())
                return std::unexpected(Error::invalid(
                        where + QCoreApplication::translate("BankImport", "applied %1 is more than the credit %2")
                                        .arg(Money(applied, currency).toDecimalString(),
                                             entry.amount.toDecimalString())));
            Payment payment;
            payment.reference = entry.entryRef;
            payment.customerId = customer->id;
            payment.receivedDate = entry.bookingDate;
            payment.amount = entry.amount.minor();
            payment.currency = currency;
            payment.method = paymentMethodKey(PaymentMethod::BankFile);
            const Id paymentId = ledger.postPayment(payment, stamp);
            QJsonArray lines;
            for (const AllocationLine &line : d.candidate.lines) {
                const auto invoice = ledger.invoiceById(line.invoiceId);
                if (!invoice || invoice->customerId != customer->id || invoice->currency != currency)
                    return std::unexpected(Error::conflict(
                            where + QCoreApplication::translate("BankImport",
                                                                "invoice %1 is not an invoice of customer %2 in %3")
                                            .arg(invoice ? invoice->number : QString::number(line.invoiceId),
                                                 customer->code, currency)));
                const QDate date = std::max(entry.bookingDate, invoice->issueDate);
                const MinorUnits available = ledger.invoiceAvailableFrom(invoice->id, date);
                if (line.amount > available)
                    return std::unexpected(Error::conflict(
                            where + QCoreApplication::translate("BankImport",
                                                                "invoice %1 has only %2 open on %3; nothing was posted")
                                            .arg(invoice->number, Money(available, currency).toDecimalString(),
                                                 date.toString(Qt::ISODate))));
                Allocation allocation;
                allocation.invoiceId = invoice->id;
                allocation.source = AllocationSource::Payment;
                allocation.sourceId = paymentId;
                allocation.date = date;
                allocation.amount = line.amount;
                ledger.postAllocation(allocation, stamp);
                lines.append(QJsonObject{{QStringLiteral("invoice"), invoice->number},
                                         {QStringLiteral("amount"), Money(line.amount, currency).toDecimalString()}});
            }
            bank.insertEntry(report.statementId, entry, paymentId);
            audit.append(stamp, QStringLiteral("payment.post"), QStringLiteral("payment"), paymentId,
                         compactJson({{QStringLiteral("reference"), payment.reference},
                                      {QStringLiteral("customer"), customer->code},
                                      {QStringLiteral("amount"), entry.amount.toDecimalString()},
                                      {QStringLiteral("currency"), currency},
                                      {QStringLiteral("method"), payment.method},
                                      {QStringLiteral("received_date"), entry.bookingDate.toString(Qt::ISODate)},
                                      {QStringLiteral("bank_entry"), entry.entryRef},
                                      {QStringLiteral("allocations"), lines}}));
            postedNow.insert(entry.entryRef);
            report.paymentIds.push_back(paymentId);
            ++report.posted;
            posted.append(entry.entryRef);
        }
        if (progress && !progress(total, total))
            return std::unexpected(Error{ErrorCode::Cancelled, QCoreApplication::translate("BankImport", "cancelled")});
        audit.append(stamp, QStringLiteral("bank.import"), QStringLiteral("bank_statement"), report.statementId,
                     compactJson({{QStringLiteral("file"), QFileInfo(review.file).fileName()},
                                  {QStringLiteral("sha256"), review.sha256},
                                  {QStringLiteral("statement"), review.statementRef},
                                  {QStringLiteral("posted"), posted},
                                  {QStringLiteral("already_posted"), qint64(report.alreadyPosted)}}));
        return report;
    });
}

Result<void> BankImportService::saveMapping(const QString &name, const QByteArray &json)
{
    if (auto allowed = m_session.require(Action::ImportData); !allowed)
        return std::unexpected(allowed.error());
    const BankCsvMappingParse parsed = parseBankCsvMapping(json);
    if (!parsed.ok())
        return std::unexpected(Error::invalid(parsed.error));
    if (name.trimmed().isEmpty())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("BankImport", "a bank mapping needs a name")));
    BankCsvMapping mapping = parsed.mapping;
    mapping.name = name.trimmed();
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        const Stamp stamp = m_session.stamp();
        BankRepository(m_session.book()).saveMapping(mapping.name, mapping.toJson(), stamp.at);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("bank.mapping.save"), QStringLiteral("bank_mapping"), std::nullopt,
                        compactJson({{QStringLiteral("name"), mapping.name}}));
        return {};
    });
}

Result<QStringList> BankImportService::mappingNames()
{
    if (auto allowed = m_session.require(Action::ImportData); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<QStringList> { return BankRepository(m_session.book()).mappingNames(); });
}

Result<void> BankImportService::assignAccount(const QString &account, const QString &customerCode)
{
    if (auto allowed = m_session.require(Action::PostPayment); !allowed)
        return std::unexpected(allowed.error());
    const QString normalized = normalizeAccount(account);
    if (normalized.isEmpty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("BankImport", "the account is empty")));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        LedgerRepository ledger(m_session.book());
        const auto customer = ledger.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(
                    Error::notFound(QCoreApplication::translate("BankImport", "no customer %1").arg(customerCode)));
        const Stamp stamp = m_session.stamp();
        BankRepository(m_session.book()).setCustomerAccount(normalized, customer->id);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("bank.account.assign"), QStringLiteral("customer"), customer->id,
                        compactJson({{QStringLiteral("account"), normalized}}));
        return {};
    });
}

} // namespace ardesk
