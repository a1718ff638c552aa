#include "document_service.h"
#include "document_settings_service.h"

#include "service_support.h"
#include "storage/aging_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <set>
#include <tuple>

namespace ardesk {

namespace {


bool truthy(const std::optional<QString> &value)
{
    if (!value)
        return false;
    const QString v = value->trimmed().toLower();
    return v == u"1" || v == u"true" || v == u"yes";
}

void audit(Session &session, const QString &action, const LetterContent &content, Id letterId)
{
    QJsonObject details{{QStringLiteral("customer_code"), content.customer.code},
                        {QStringLiteral("letter_id"), static_cast<qint64>(letterId)},
                        {QStringLiteral("kind"), content.kind},
                        {QStringLiteral("level"), content.level},
                        {QStringLiteral("as_of"), content.asOf.toString(Qt::ISODate)},
                        {QStringLiteral("language"), content.language}};
    AuditRepository(session.book())
            .append(session.stamp(), action, QStringLiteral("customer"), content.customer.id, compactJson(details));
}

} // namespace

std::vector<DocumentOpenItem> openPartLines(const DocumentOpenItem &invoice, const std::vector<OpenInstalmentPart> &parts)
{
    std::vector<DocumentOpenItem> lines;
    MinorUnits disputed = invoice.disputed;
    for (const OpenInstalmentPart &part : parts) {
        if (part.open == 0)
            continue; // paid: not an open item
        DocumentOpenItem line = invoice;
        line.part = part.seq;
        line.parts = static_cast<int>(parts.size());
        line.dueDate = part.dueDate;
        line.amount = part.amount;
        line.open = part.open;
        line.disputed = std::clamp<MinorUnits>(disputed, 0, part.open);
        disputed -= line.disputed;
        lines.push_back(std::move(line));
    }
    return lines;
}

QStringList documentLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("sv"),
            QStringLiteral("cs")};
}

QString documentLanguage(const QString &requested)
{
    const QString code = requested.trimmed().left(2).toLower();
    return documentLanguages().contains(code) ? code : QStringLiteral("en");
}

QString letterTemplateKind(const QString &kind, int level)
{
    if (kind == u"statement")
        return QStringLiteral("statement");
    if (kind == u"reminder" || level <= 0)
        return QStringLiteral("reminder");
    return QStringLiteral("dunning%1").arg(std::clamp(level, 1, 3));
}

Status DocumentService::requireSend() const
{
    if (m_session.can(Action::LogContact))
        return {};
    return m_session.require(Action::EditCustomers);
}

MinorUnits LetterContent::interestTotal() const
{
    MinorUnits total = 0;
    for (const LetterInterest &line : interest)
        total += line.total();
    return total;
}

Result<std::vector<LetterInterest>> DocumentService::interestFor(const Customer &customer, QDate asOf,
                                                                 const std::vector<DocumentOpenItem> &items) const
{
    auto cached = m_interest.find(asOf);
    if (cached == m_interest.end()) {
        auto lines = InterestService(m_session).lateInterest(asOf);
        if (!lines)
            return std::unexpected(lines.error());
        cached = m_interest.emplace(asOf, std::move(*lines)).first;
    }
    std::vector<LetterInterest> result;
    for (const InterestLine &line : cached->second) {
        if (line.customerCode != customer.code || line.currency != customer.currency)
            continue;
        if (std::ranges::none_of(items,
                                 [&](const DocumentOpenItem &item) { return item.number == line.invoiceNumber; }))
            continue;
        LetterInterest entry;
        entry.invoiceNumber = line.invoiceNumber;
        entry.daysLate = line.daysLate;
        if (line.referenceRatePpm)
            entry.ratePpm = *line.referenceRatePpm + line.marginHundredths * 100;
        entry.interest = line.interest;
        // A compensation in another currency (40 EUR on a GBP invoice) is not added to a
        // letter in the customer's currency.
        if (line.compensation && line.compensationCurrency == customer.currency)
            entry.compensation = line.compensation;
        result.push_back(entry);
    }
    return result;
}

Result<LetterContent> DocumentService::content(Id customerId, QDate asOf, const QString &kind, int level,
                                               const QString &language, std::optional<Id> letterId) const
{
    Book &book = m_session.book();
    const auto customer = LedgerRepository(book).customerById(customerId);
    if (!customer)
        return std::unexpected(Error::notFound(
                QCoreApplication::translate("DocumentService", "customer %1 does not exist").arg(customerId)));
    DocumentRepository documents(book);
    LetterContent c;
    c.kind = kind;
    c.level = level;
    c.templateKind = letterTemplateKind(kind, level);
    c.asOf = asOf;
    c.customer = *customer;
    c.language = documentLanguage(language.isEmpty() ? customer->language : language);
    const auto contacts = AccountRepository(book).contacts(customerId);
    if (!contacts.empty())
        c.contact = contacts.front(); // primary first
    c.sender = documents.setting(DocumentSetting::sender).value_or(QString());
    c.paymentInstructions = documentPaymentInstructions(documents, c.language);
    c.training = truthy(documents.setting(DocumentSetting::training))
            || truthy(documents.setting(QStringLiteral("training.book"))) // Help > Practice books
            || truthy(documents.bookMeta(QStringLiteral("training")));
    c.templateOverride = documents.letterTemplate(c.templateKind, c.language);

    const QString currency = customer->currency;
    // A letter of the strategy run lists the invoices it duns (letter_items); every other
    // document lists all open items.
    const std::vector<Id> listed = letterId ? documents.letterInvoices(*letterId) : std::vector<Id>{};
    LedgerRepository ledger(book);
    bool anyParts = false;
    for (const DocumentOpenItem &item : documents.openItems(customerId, asOf)) {
        if (item.currency != currency)
            continue; // a customer's documents are in the customer's currency
        if (!listed.empty() && std::ranges::find(listed, item.invoiceId) == listed.end())
            continue;
        const std::vector<InstalmentPart> parts = ledger.instalments(item.invoiceId);
        if (parts.empty()) {
            c.items.push_back(item);
            continue;
        }
        anyParts = true;
        for (const DocumentOpenItem &part : openPartLines(item, openInstalmentParts(parts, item.open)))
            c.items.push_back(part);
    }
    if (anyParts) // oldest due first, each part by its own due date
        std::ranges::stable_sort(c.items, [](const DocumentOpenItem &a, const DocumentOpenItem &b) {
            return std::tie(a.dueDate, a.issueDate, a.number, a.part) < std::tie(b.dueDate, b.issueDate, b.number, b.part);
        });
    c.aging.assign(c.buckets.bucketCount(), 0);
    for (const DocumentOpenItem &item : c.items) {
        c.openTotal += item.open;
        c.disputedTotal += item.disputed;
        const int days = daysPastDue(asOf, item.dueDate, item.issueDate, AgingBasis::DueDate);
        if (days > 0)
            c.overdueTotal += item.open;
        c.aging[c.buckets.bucketFor(days)] += item.open;
    }
    const AgingReport aging =
            AgingRepository(book).compute(asOf, AgingBasis::DueDate, c.buckets, AgingGrouping::Customer, customerId);
    for (const AgingLine &line : aging.currencies)
        if (line.currency == currency)
            c.unapplied = line.unappliedCash + line.unappliedCredits;
    if (kind == u"statement") {
        c.periodStart = QDate(asOf.year(), asOf.month(), 1);
        for (const DocumentActivity &event : documents.activity(customerId, c.periodStart, asOf))
            if (event.currency == currency)
                c.activity.push_back(event);
    }
    if (c.templateKind.startsWith(QStringLiteral("dunning"))
        && documents.setting(DocumentSetting::showInterest).value_or(QStringLiteral("1")).trimmed() != u"0") {
        auto interest = interestFor(*customer, asOf, c.items);
        if (!interest)
            return std::unexpected(interest.error());
        c.interest = std::move(*interest);
    }
    bool daysOk = false;
    const int payByDays = documents.setting(DocumentSetting::payByDays).value_or(QString()).toInt(&daysOk);
    c.payBy = asOf.addDays(daysOk && payByDays >= 0 ? payByDays : kDefaultPayByDays);
    return c;
}

Result<LetterContent> DocumentService::statement(Id customerId, QDate asOf) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("DocumentService", "no as-of date")));
    return reading([&] { return content(customerId, asOf, QStringLiteral("statement"), 0, QString(), std::nullopt); });
}

Result<LetterContent> DocumentService::letter(Id letterId) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<LetterContent> {
        const auto row = DocumentRepository(m_session.book()).letter(letterId);
        if (!row)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("DocumentService", "letter %1 does not exist").arg(letterId)));
        return content(row->customerId, row->asOf, row->kind, row->level, row->language, row->id);
    });
}

Result<std::vector<Customer>> DocumentService::statementCustomers(QDate asOf) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<Customer>> {
        Book &book = m_session.book();
        std::set<Id> ids;
        for (const Id id : DocumentRepository(book).customersWithActivity(QDate(asOf.year(), asOf.month(), 1), asOf))
            ids.insert(id);
        LedgerRepository ledger(book);
        const AgingReport aging =
                AgingRepository(book).compute(asOf, AgingBasis::DueDate, AgingBuckets(), AgingGrouping::Customer);
        for (const CustomerAgingLine &line : aging.customers)
            if (line.line.balance() != 0)
                if (const auto customer = ledger.customerByCode(line.customerCode))
                    ids.insert(customer->id);
        std::vector<Customer> customers;
        for (const Id id : ids)
            if (auto customer = ledger.customerById(id))
                customers.push_back(std::move(*customer));
        std::ranges::sort(customers, {}, &Customer::code);
        return customers;
    });
}

Result<std::optional<Customer>> DocumentService::firstStatementCustomer(QDate asOf) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::optional<Customer>> {
        Book &book = m_session.book();
        DocumentRepository documents(book);
        AgingRepository aging(book);
        auto customers = documents.customerCodes();
        // The order of statementCustomers: by code as QString compares them.
        std::ranges::sort(customers, [](const auto &a, const auto &b) { return a.second < b.second; });
        const QDate monthStart(asOf.year(), asOf.month(), 1);
        for (const auto &[id, code] : customers) {
            bool due = documents.hasActivity(id, monthStart, asOf);
            if (!due) {
                const AgingReport report =
                        aging.compute(asOf, AgingBasis::DueDate, AgingBuckets(), AgingGrouping::Customer, id);
                due = std::ranges::any_of(report.customers,
                                          [](const CustomerAgingLine &line) { return line.line.balance() != 0; });
            }
            if (due)
                return LedgerRepository(book).customerById(id);
        }
        return std::optional<Customer>();
    });
}

Result<std::vector<LetterRecord>> DocumentService::lettersToRender(QDate asOf) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<LetterRecord>> {
        return DocumentRepository(m_session.book()).lettersWithoutDocument(asOf);
    });
}

Result<SentDocument> DocumentService::recordStatement(const LetterContent &content, const QByteArray &pdf)
{
    if (auto allowed = requireSend(); !allowed)
        return std::unexpected(allowed.error());
    if (content.kind != u"statement" || pdf.isEmpty())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DocumentService", "only a rendered statement can be recorded as sent")));
    return inTransaction(m_session.book(), [&]() -> Result<SentDocument> {
        LetterRecord record;
        record.customerId = content.customer.id;
        record.kind = content.kind;
        record.level = 0;
        record.asOf = content.asOf;
        record.language = content.language;
        record.dedupeKey =
                QStringLiteral("statement:%1:%2").arg(content.customer.code, content.asOf.toString(Qt::ISODate));
        const auto [id, inserted] = DocumentRepository(m_session.book()).upsertLetter(record, pdf, m_session.stamp());
        audit(m_session, inserted ? QStringLiteral("statement.send") : QStringLiteral("statement.resend"), content, id);
        return SentDocument{id, inserted};
    });
}

Result<SentDocument> DocumentService::recordLetter(Id letterId, const QByteArray &pdf)
{
    if (auto allowed = requireSend(); !allowed)
        return std::unexpected(allowed.error());
    if (pdf.isEmpty())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("DocumentService", "the letter has no document")));
    return inTransaction(m_session.book(), [&]() -> Result<SentDocument> {
        DocumentRepository documents(m_session.book());
        const auto row = documents.letter(letterId);
        if (!row)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("DocumentService", "letter %1 does not exist").arg(letterId)));
        const bool first = !row->hasDocument;
        documents.storeLetterDocument(letterId, pdf);
        LetterContent summary;
        summary.kind = row->kind;
        summary.level = row->level;
        summary.asOf = row->asOf;
        summary.language = documentLanguage(row->language);
        if (const auto customer = LedgerRepository(m_session.book()).customerById(row->customerId))
            summary.customer = *customer;
        audit(m_session, first ? QStringLiteral("letter.send") : QStringLiteral("letter.resend"), summary, letterId);
        return SentDocument{letterId, first};
    });
}

Result<QByteArray> DocumentService::document(Id letterId) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading(
            [&]() -> Result<QByteArray> { return DocumentRepository(m_session.book()).letterDocument(letterId); });
}

Result<void> DocumentService::setTemplate(const QString &kind, const QString &language, const QString &body)
{
    if (auto allowed = m_session.require(Action::ChangeSettings); !allowed)
        return std::unexpected(allowed.error());
    static const QStringList kinds{QStringLiteral("reminder"), QStringLiteral("dunning1"), QStringLiteral("dunning2"),
                                   QStringLiteral("dunning3"), QStringLiteral("statement"),
                                   QStringLiteral("plan_agreement")}; // docs/payment-plans.md
    if (!kinds.contains(kind))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DocumentService", "unknown letter template '%1' (one of %2)")
                        .arg(kind, kinds.join(QStringLiteral(", ")))));
    if (!documentLanguages().contains(language))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DocumentService", "no letter templates in language '%1' (one of %2)")
                        .arg(language, documentLanguages().join(QStringLiteral(", ")))));
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        DocumentRepository(m_session.book()).setLetterTemplate(kind, language, body, m_session.stamp());
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("letter_template.set"), QStringLiteral("letter_template"),
                        std::nullopt,
                        compactJson(
                                QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("language"), language}}));
        return {};
    });
}

Result<std::optional<QString>> DocumentService::userTemplate(const QString &kind, const QString &language) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::optional<QString>> {
        return DocumentRepository(m_session.book()).letterTemplate(kind, language);
    });
}

} // namespace ardesk
