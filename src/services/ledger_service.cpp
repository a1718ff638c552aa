#include "ledger_service.h"

#include "service_support.h"
#include "storage/policy_repository.h"
#include "storage/user_repository.h"

#include "domain/currency.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace ardesk {

namespace {

Error fieldError(const char *field, const QString &reason)
{
    return Error::invalid(QStringLiteral("%1: %2").arg(QLatin1String(field), reason));
}

// A customer's own credit limit and risk class: only who may edit_credit_policy sets or
// changes them (manager, admin); the refusal names the field.
Status requireCreditFields(const Session &session, const char *field)
{
    auto allowed = session.require(Action::EditCreditPolicy);
    if (allowed)
        return {};
    Error refused = allowed.error();
    refused.message = QCoreApplication::translate("LedgerService",
                                                  "%1: only a manager sets a customer's credit limit and risk class "
                                                  "(%2)")
                              .arg(QLatin1String(field), refused.message);
    return std::unexpected(refused);
}

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("sv"),
                             QStringLiteral("cs")};

QJsonObject customerJson(const Customer &c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("currency"), c.currency},
            {QStringLiteral("terms_days"), c.termsDays},
            {QStringLiteral("credit_limit"),
             c.creditLimit ? QJsonValue(Money(*c.creditLimit, c.currency).toDecimalString()) : QJsonValue()},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("timezone"), c.timeZone},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("language"), c.language},
            {QStringLiteral("segment"), c.segment},
            {QStringLiteral("risk_class"), c.riskClass},
            {QStringLiteral("region"), c.region},
            {QStringLiteral("consumer"), c.consumer}};
}
} // namespace

Result<void> LedgerService::validateCustomer(const Customer &c)
{
    if (c.code.trimmed().isEmpty())
        return std::unexpected(fieldError("code", QCoreApplication::translate("LedgerService", "is empty")));
    if (c.code.size() > 64)
        return std::unexpected(
                fieldError("code", QCoreApplication::translate("LedgerService", "is longer than 64 characters")));
    if (c.name.trimmed().isEmpty())
        return std::unexpected(fieldError("name", QCoreApplication::translate("LedgerService", "is empty")));
    if (!isValidCurrencyCode(c.currency))
        return std::unexpected(
                fieldError("currency",
                           QCoreApplication::translate("LedgerService", "'%1' is not an ISO 4217 code such as EUR")
                                   .arg(c.currency)));
    if (c.termsDays < 0 || c.termsDays > 3650)
        return std::unexpected(fieldError(
                "terms_days", QCoreApplication::translate("LedgerService", "must be between 0 and 3650 days")));
    if (c.creditLimit && *c.creditLimit < 0)
        return std::unexpected(
                fieldError("credit_limit", QCoreApplication::translate("LedgerService", "must not be negative")));
    if (!c.email.isEmpty() && (!c.email.contains(u'@') || c.email.contains(u' ')))
        return std::unexpected(fieldError(
                "email", QCoreApplication::translate("LedgerService", "'%1' is not an e-mail address").arg(c.email)));
    if (!c.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
        return std::unexpected(fieldError(
                "timezone",
                QCoreApplication::translate("LedgerService", "'%1' is not an IANA time zone such as Europe/Prague")
                        .arg(c.timeZone)));
    if (!c.country.isEmpty()) {
        const bool ok = c.country.size() == 2 && c.country[0].isUpper() && c.country[1].isUpper()
                && c.country[0].unicode() < 128 && c.country[1].unicode() < 128;
        if (!ok)
            return std::unexpected(fieldError(
                    "country",
                    QCoreApplication::translate("LedgerService", "'%1' is not an ISO 3166 alpha-2 code such as SE")
                            .arg(c.country)));
    }
    if (!c.language.isEmpty() && !kLanguages.contains(c.language))
        return std::unexpected(fieldError(
                "language",
                QCoreApplication::translate("LedgerService", "'%1' is not one of en, de, fr, sv, cs").arg(c.language)));
    if (!c.riskClass.isEmpty() && (c.riskClass.size() != 1 || c.riskClass[0] < u'A' || c.riskClass[0] > u'E'))
        return std::unexpected(
                fieldError("risk_class", QCoreApplication::translate("LedgerService", "must be one of A, B, C, D, E")));
    return {};
}

Result<Id> LedgerService::addCustomer(Customer customer)
{
    if (auto allowed = m_session.require(Action::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    customer.code = customer.code.trimmed();
    customer.name = customer.name.trimmed();
    if (auto valid = validateCustomer(customer); !valid)
        return std::unexpected(valid.error());
    // Granting credit is a manager's decision (docs/credit-policy.md "Who sets the limit").
    if (customer.creditLimit || !customer.riskClass.isEmpty())
        if (auto allowed = requireCreditFields(m_session, customer.creditLimit ? "credit_limit" : "risk_class");
            !allowed)
            return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository repo(m_session.book());
        if (repo.customerCodeExists(customer.code))
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("LedgerService", "code: customer %1 already exists")
                                            .arg(customer.code)));
        const Stamp stamp = m_session.stamp();
        customer.id = 0;
        const Id id = repo.insertCustomer(customer, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("customer.add"), QStringLiteral("customer"), id,
                        compactJson({{QStringLiteral("after"), customerJson(customer)}}));
        return id;
    });
}

Result<void> LedgerService::updateCustomer(const Customer &customer)
{
    if (auto allowed = m_session.require(Action::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = validateCustomer(customer); !valid)
        return std::unexpected(valid.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        LedgerRepository repo(m_session.book());
        const auto before = repo.customerById(customer.id);
        if (!before)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("LedgerService", "customer %1 does not exist").arg(customer.id)));
        if (before->currency != customer.currency)
            return std::unexpected(
                    fieldError("currency",
                               QCoreApplication::translate("LedgerService",
                                                           "cannot be changed once the customer exists (it is %1)")
                                       .arg(before->currency)));
        if (before->code != customer.code)
            return std::unexpected(fieldError(
                    "code",
                    QCoreApplication::translate("LedgerService", "cannot be changed (it is %1)").arg(before->code)));
        if (before->creditLimit != customer.creditLimit || before->riskClass != customer.riskClass)
            if (auto allowed = requireCreditFields(
                        m_session, before->creditLimit != customer.creditLimit ? "credit_limit" : "risk_class");
                !allowed)
                return std::unexpected(allowed.error());
        const Stamp stamp = m_session.stamp();
        repo.updateCustomer(customer, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("customer.edit"), QStringLiteral("customer"), customer.id,
                        compactJson({{QStringLiteral("before"), customerJson(*before)},
                                     {QStringLiteral("after"), customerJson(customer)}}));
        return {};
    });
}

std::vector<InstalmentPart> partsByPolicyTerms(MinorUnits amount, QDate issueDate, const QString &instalmentTerms)
{
    if (instalmentTerms.isEmpty())
        return {};
    const auto terms = parseInstalmentTerms(instalmentTerms);
    if (!terms || terms->empty())
        return {};
    std::vector<InstalmentPart> parts = splitByInstalmentTerms(amount, issueDate, *terms);
    if (parts.size() < 2)
        parts.clear(); // an amount too small to split is one item
    return parts;
}

Result<Id> LedgerService::postInvoice(Invoice invoice, const QString &customerCode, std::vector<InstalmentPart> parts)
{
    if (auto allowed = m_session.require(Action::PostInvoice); !allowed)
        return std::unexpected(allowed.error());
    invoice.number = invoice.number.trimmed();
    if (invoice.number.isEmpty())
        return std::unexpected(fieldError("number", QCoreApplication::translate("LedgerService", "is empty")));
    if (!invoice.issueDate.isValid())
        return std::unexpected(fieldError("issue_date", QCoreApplication::translate("LedgerService", "is not a date")));
    if (!invoice.dueDate.isValid())
        return std::unexpected(fieldError("due_date", QCoreApplication::translate("LedgerService", "is not a date")));
    if (invoice.dueDate < invoice.issueDate)
        return std::unexpected(
                fieldError("due_date", QCoreApplication::translate("LedgerService", "is before the issue date")));
    if (invoice.amount <= 0)
        return std::unexpected(
                fieldError("amount", QCoreApplication::translate("LedgerService", "must be greater than zero")));
    if (!parts.empty()) {
        if (parts.size() < 2 || parts.size() > static_cast<std::size_t>(kMaxInstalmentParts))
            return std::unexpected(fieldError(
                    "instalments", QCoreApplication::translate("LedgerService", "between 2 and %1 parts").arg(kMaxInstalmentParts)));
        MinorUnits sum = 0;
        for (std::size_t k = 0; k < parts.size(); ++k) {
            const InstalmentPart &part = parts[k];
            const int seq = static_cast<int>(k) + 1;
            if (part.seq != seq)
                return std::unexpected(fieldError(
                        "instalments", QCoreApplication::translate("LedgerService", "part %1: numbered %2").arg(seq).arg(part.seq)));
            if (!part.dueDate.isValid() || part.dueDate < invoice.issueDate ||
                (k > 0 && part.dueDate <= parts[k - 1].dueDate))
                return std::unexpected(fieldError(
                        "instalments", QCoreApplication::translate("LedgerService",
                                                                   "part %1: the due date is not after the part before it "
                                                                   "or before the issue date")
                                               .arg(seq)));
            if (part.amount <= 0)
                return std::unexpected(fieldError(
                        "instalments",
                        QCoreApplication::translate("LedgerService", "part %1: the amount must be greater than zero").arg(seq)));
            sum += part.amount;
        }
        if (sum != invoice.amount)
            return std::unexpected(fieldError(
                    "instalments",
                    QCoreApplication::translate("LedgerService", "the parts add up to %1, not to the invoice's amount")
                            .arg(Money(sum, invoice.currency.isEmpty() ? QStringLiteral("EUR") : invoice.currency)
                                         .toDecimalString())));
    }
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository repo(m_session.book());
        const auto customer = repo.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(fieldError(
                    "customer_code", QCoreApplication::translate("LedgerService", "no customer %1").arg(customerCode)));
        if (invoice.currency.isEmpty())
            invoice.currency = customer->currency;
        if (invoice.currency != customer->currency)
            return std::unexpected(fieldError(
                    "currency",
                    QCoreApplication::translate("LedgerService", "%1 differs from the customer's currency %2")
                            .arg(invoice.currency, customer->currency)));
        if (repo.invoiceNumberExists(invoice.number))
            return std::unexpected(fieldError(
                    "number",
                    QCoreApplication::translate("LedgerService", "invoice %1 already exists").arg(invoice.number)));
        invoice.customerId = customer->id;
        if (parts.empty()) {
            PolicyRepository policies(m_session.book());
            if (const auto policyId = policies.customerPolicyId(customer->id))
                if (const auto policy = policies.policyById(*policyId))
                    parts = partsByPolicyTerms(invoice.amount, invoice.issueDate, policy->instalmentTerms);
        }
        const Stamp stamp = m_session.stamp();
        const Id id = repo.postInvoice(invoice, stamp, parts);
        QJsonObject details{{QStringLiteral("number"), invoice.number},
                            {QStringLiteral("customer"), customerCode},
                            {QStringLiteral("amount"), Money(invoice.amount, invoice.currency).toDecimalString()},
                            {QStringLiteral("currency"), invoice.currency}};
        if (!parts.empty())
            details.insert(QStringLiteral("instalments"), static_cast<qint64>(parts.size()));
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("invoice.post"), QStringLiteral("invoice"), id, compactJson(details));
        return id;
    });
}

Result<Id> LedgerService::postCreditNote(CreditNote note, const QString &customerCode, std::optional<Id> applyToInvoice)
{
    if (auto allowed = m_session.require(Action::PostInvoice); !allowed)
        return std::unexpected(allowed.error());
    note.number = note.number.trimmed();
    if (note.number.isEmpty())
        return std::unexpected(fieldError("number", QCoreApplication::translate("LedgerService", "is empty")));
    if (!note.issueDate.isValid())
        return std::unexpected(fieldError("issue_date", QCoreApplication::translate("LedgerService", "is not a date")));
    if (note.amount <= 0)
        return std::unexpected(
                fieldError("amount", QCoreApplication::translate("LedgerService", "must be greater than zero")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository repo(m_session.book());
        const auto customer = repo.customerByCode(customerCode);
        if (!customer)
            return std::unexpected(fieldError(
                    "customer_code", QCoreApplication::translate("LedgerService", "no customer %1").arg(customerCode)));
        if (note.currency.isEmpty())
            note.currency = customer->currency;
        if (note.currency != customer->currency)
            return std::unexpected(fieldError(
                    "currency",
                    QCoreApplication::translate("LedgerService", "%1 differs from the customer's currency %2")
                            .arg(note.currency, customer->currency)));
        if (repo.creditNoteNumberExists(note.number))
            return std::unexpected(fieldError(
                    "number",
                    QCoreApplication::translate("LedgerService", "credit note %1 already exists").arg(note.number)));
        note.customerId = customer->id;
        const Stamp stamp = m_session.stamp();
        const Id id = repo.postCreditNote(note, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("credit_note.post"), QStringLiteral("credit_note"), id,
                        compactJson({{QStringLiteral("number"), note.number},
                                     {QStringLiteral("customer"), customerCode},
                                     {QStringLiteral("amount"), Money(note.amount, note.currency).toDecimalString()},
                                     {QStringLiteral("reason"), note.reason}}));
        if (applyToInvoice) {
            const auto invoice = repo.invoiceById(*applyToInvoice);
            if (!invoice || invoice->customerId != customer->id)
                return std::unexpected(fieldError(
                        "invoice",
                        QCoreApplication::translate("LedgerService", "is not an invoice of %1").arg(customerCode)));
            const QDate date = std::max(note.issueDate, invoice->issueDate);
            const MinorUnits take = std::min(note.amount, repo.invoiceAvailableFrom(invoice->id, date));
            if (take > 0) {
                auto allocated = allocateInside(repo, AllocationSource::CreditNote, id, invoice->id, take, date, {});
                if (!allocated)
                    return std::unexpected(allocated.error());
            }
        }
        return id;
    });
}

Result<Id> LedgerService::allocateInside(LedgerRepository &repo, AllocationSource source, Id sourceId, Id invoiceId,
                                         MinorUnits amount, QDate date, const QString &reasonCode)
{
    if (amount <= 0)
        return std::unexpected(fieldError(
                "amount", QCoreApplication::translate("LedgerService", "an allocation must be greater than zero")));
    if (!date.isValid())
        return std::unexpected(fieldError("date", QCoreApplication::translate("LedgerService", "is not a date")));
    const auto invoice = repo.invoiceById(invoiceId);
    if (!invoice)
        return std::unexpected(Error::notFound(
                QCoreApplication::translate("LedgerService", "invoice %1 does not exist").arg(invoiceId)));
    Id customerId = 0;
    QString currency;
    QDate sourceDate;
    MinorUnits available = 0;
    if (source == AllocationSource::Payment) {
        const auto payment = repo.paymentById(sourceId);
        if (!payment)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("LedgerService", "payment %1 does not exist").arg(sourceId)));
        if (repo.isReversed(ReversalKind::Payment, sourceId))
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("LedgerService", "payment %1 has been reversed")
                                            .arg(payment->reference)));
        customerId = payment->customerId;
        currency = payment->currency;
        sourceDate = payment->receivedDate;
        available = repo.paymentAvailableFrom(sourceId, date);
    } else if (source == AllocationSource::CreditNote) {
        const auto note = repo.creditNoteById(sourceId);
        if (!note)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("LedgerService", "credit note %1 does not exist").arg(sourceId)));
        if (repo.isReversed(ReversalKind::CreditNote, sourceId))
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("LedgerService", "credit note %1 has been reversed")
                                            .arg(note->number)));
        customerId = note->customerId;
        currency = note->currency;
        sourceDate = note->issueDate;
        available = repo.creditNoteAvailableFrom(sourceId, date);
    } else {
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("LedgerService", "write-offs are posted through the approval workflow")));
    }
    if (customerId != invoice->customerId)
        return std::unexpected(
                Error::conflict(QCoreApplication::translate("LedgerService", "invoice %1 belongs to another customer")
                                        .arg(invoice->number)));
    if (currency != invoice->currency)
        return std::unexpected(
                Error::conflict(QCoreApplication::translate("LedgerService", "currency %1 cannot pay an invoice in %2")
                                        .arg(currency, invoice->currency)));
    if (date < sourceDate)
        return std::unexpected(
                fieldError("date",
                           QCoreApplication::translate("LedgerService", "%1 is before the money was received (%2)")
                                   .arg(date.toString(Qt::ISODate), sourceDate.toString(Qt::ISODate))));
    if (date < invoice->issueDate)
        return std::unexpected(
                fieldError("date",
                           QCoreApplication::translate("LedgerService", "%1 is before invoice %2 was issued")
                                   .arg(date.toString(Qt::ISODate), invoice->number)));
    if (amount > available)
        return std::unexpected(
                Error::conflict(QCoreApplication::translate("LedgerService", "only %1 is left to apply")
                                        .arg(formatMinorUnits(available, Money(0, currency).decimals()))));
    const MinorUnits open = repo.invoiceAvailableFrom(invoiceId, date);
    if (amount > open)
        return std::unexpected(
                Error::conflict(QCoreApplication::translate("LedgerService", "invoice %1 has only %2 open")
                                        .arg(invoice->number, formatMinorUnits(open, Money(0, currency).decimals()))));
    Allocation allocation;
    allocation.invoiceId = invoiceId;
    allocation.source = source;
    allocation.sourceId = sourceId;
    allocation.date = date;
    allocation.amount = amount;
    const Stamp stamp = m_session.stamp();
    const Id id = repo.postAllocation(allocation, stamp, reasonCode);
    AuditRepository(m_session.book())
            .append(stamp, QStringLiteral("allocation.post"), QStringLiteral("allocation"), id,
                    compactJson({{QStringLiteral("invoice"), invoice->number},
                                 {QStringLiteral("source"),
                                  source == AllocationSource::Payment ? QStringLiteral("payment")
                                                                      : QStringLiteral("credit_note")},
                                 {QStringLiteral("source_id"), QJsonValue(static_cast<qint64>(sourceId))},
                                 {QStringLiteral("amount"), Money(amount, currency).toDecimalString()},
                                 {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                 {QStringLiteral("reason_code"), reasonCode}}));
    return id;
}

Result<PostedPayment> LedgerService::postPayment(const PaymentInput &input)
{
    if (auto allowed = m_session.require(Action::PostPayment); !allowed)
        return std::unexpected(allowed.error());
    if (!input.takeDiscountOn.empty() || input.takeDiscount)
        if (auto allowed = m_session.require(Action::PostInvoice); !allowed)
            return std::unexpected(allowed.error());
    if (!input.receivedDate.isValid())
        return std::unexpected(
                fieldError("received_date", QCoreApplication::translate("LedgerService", "is not a date")));
    if (input.amount <= 0)
        return std::unexpected(
                fieldError("amount", QCoreApplication::translate("LedgerService", "must be greater than zero")));
    return inTransaction(m_session.book(), [&]() -> Result<PostedPayment> {
        LedgerRepository repo(m_session.book());
        const auto customer = repo.customerByCode(input.customerCode);
        if (!customer)
            return std::unexpected(
                    fieldError("customer_code",
                               QCoreApplication::translate("LedgerService", "no customer %1").arg(input.customerCode)));
        const QString currency = input.currency.isEmpty() ? customer->currency : input.currency;
        if (currency != customer->currency)
            return std::unexpected(fieldError(
                    "currency",
                    QCoreApplication::translate("LedgerService", "%1 differs from the customer's currency %2")
                            .arg(currency, customer->currency)));
        Payment payment;
        payment.reference = input.reference.trimmed();
        payment.customerId = customer->id;
        payment.receivedDate = input.receivedDate;
        payment.amount = input.amount;
        payment.currency = currency;
        payment.method = input.method.trimmed().toLower();
        const Stamp stamp = m_session.stamp();
        PostedPayment posted;
        posted.paymentId = repo.postPayment(payment, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("payment.post"), QStringLiteral("payment"), posted.paymentId,
                        compactJson({{QStringLiteral("reference"), payment.reference},
                                     {QStringLiteral("customer"), customer->code},
                                     {QStringLiteral("amount"), Money(payment.amount, currency).toDecimalString()},
                                     {QStringLiteral("currency"), currency},
                                     {QStringLiteral("method"), payment.method},
                                     {QStringLiteral("received_date"), payment.receivedDate.toString(Qt::ISODate)}}));

        std::vector<AllocationLine> lines = input.lines;
        std::vector<Id> discountIds = input.takeDiscountOn;
        if (input.apply == PaymentInput::Apply::OldestDueFirst) {
            std::vector<OpenItem> items = repo.openItems(customer->id);
            std::erase_if(items, [&](const OpenItem &item) { return item.issueDate > input.receivedDate; });
            for (OpenItem &item : items)
                item.open = std::min(item.open, repo.invoiceAvailableFrom(item.invoiceId, input.receivedDate));
            lines = allocateOldestDueFirst(input.amount, std::move(items)).lines;
        } else if (input.apply == PaymentInput::Apply::Invoice) {
            const auto invoice = repo.invoiceByNumber(input.invoiceNumber);
            if (!invoice)
                return std::unexpected(fieldError(
                        "invoice_number",
                        QCoreApplication::translate("LedgerService", "no invoice %1").arg(input.invoiceNumber)));
            if (invoice->customerId != customer->id)
                return std::unexpected(fieldError(
                        "invoice_number",
                        QCoreApplication::translate("LedgerService", "invoice %1 belongs to another customer")
                                .arg(input.invoiceNumber)));
            MinorUnits open = repo.invoiceAvailableFrom(invoice->id, std::max(input.receivedDate, invoice->issueDate));
            if (input.takeDiscount)
                discountIds.push_back(invoice->id);
            if (std::find(discountIds.begin(), discountIds.end(), invoice->id) != discountIds.end())
                open -= discountOn(repo, *invoice, input.receivedDate);
            lines = {{invoice->id, std::min(open, input.amount)}};
        } else if (input.apply == PaymentInput::Apply::None) {
            lines.clear();
        }
        const auto discounts = planDiscounts(repo, *customer, input, discountIds, lines);
        if (!discounts)
            return std::unexpected(discounts.error());
        MinorUnits total = 0;
        for (const AllocationLine &line : lines)
            total += line.amount;
        if (total > input.amount)
            return std::unexpected(Error::invalid(
                    QCoreApplication::translate("LedgerService", "applied %1 is more than the payment %2")
                            .arg(formatMinorUnits(total, Money(0, currency).decimals()),
                                 formatMinorUnits(input.amount, Money(0, currency).decimals()))));
        for (const AllocationLine &line : lines) {
            if (line.amount == 0)
                continue;
            const auto invoice = repo.invoiceById(line.invoiceId);
            const QDate date = invoice ? std::max(input.receivedDate, invoice->issueDate) : input.receivedDate;
            QString reason;
            if (invoice && line.amount < repo.invoiceAvailableFrom(line.invoiceId, date))
                reason = std::find(discountIds.begin(), discountIds.end(), line.invoiceId) != discountIds.end()
                        ? QStringLiteral("early_pay_discount")
                        : input.shortPaymentReason;
            auto id = allocateInside(repo, AllocationSource::Payment, posted.paymentId, line.invoiceId, line.amount,
                                     date, reason);
            if (!id)
                return std::unexpected(id.error());
            posted.allocationIds.push_back(*id);
            posted.applied += line.amount;
        }
        posted.unapplied = input.amount - posted.applied;
        if (auto credited = postDiscounts(repo, *customer, input, *discounts, posted); !credited)
            return std::unexpected(credited.error());
        return posted;
    });
}

Result<Id> LedgerService::allocate(AllocationSource source, Id sourceId, Id invoiceId, MinorUnits amount, QDate date,
                                   const QString &reasonCode)
{
    if (auto allowed = m_session.require(Action::PostPayment); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository repo(m_session.book());
        return allocateInside(repo, source, sourceId, invoiceId, amount, date, reasonCode);
    });
}

Result<Id> LedgerService::reverseAllocation(Id allocationId, QDate date, const QString &reason)
{
    if (auto allowed = m_session.require(Action::ReversePayment); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(
                fieldError("reason", QCoreApplication::translate("LedgerService", "a reversal needs a reason")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository repo(m_session.book());
        const auto original = repo.allocationById(allocationId);
        if (!original)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("LedgerService", "allocation %1 does not exist").arg(allocationId)));
        if (original->amount < 0 || original->reversesId)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate("LedgerService", "a reversing entry cannot itself be reversed")));
        if (original->source == AllocationSource::WriteOff)
            return std::unexpected(Error::conflict(QCoreApplication::translate(
                    "LedgerService", "a write-off is reversed through the approval workflow")));
        // Reversed on its own (a reversals row) or together with its payment / credit note
        // (a reversing row without one): either way it is no longer live.
        const auto live = repo.liveAllocations(original->source, original->sourceId);
        const bool isLive = std::any_of(live.begin(), live.end(),
                                        [&](const Allocation &allocation) { return allocation.id == allocationId; });
        if (repo.isReversed(ReversalKind::Allocation, allocationId) || !isLive)
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("LedgerService", "allocation %1 is already reversed")
                                            .arg(allocationId)));
        if (date < original->date)
            return std::unexpected(
                    fieldError("date",
                               QCoreApplication::translate("LedgerService",
                                                           "a reversal cannot be dated before what it reverses (%1)")
                                       .arg(original->date.toString(Qt::ISODate))));
        const Stamp stamp = m_session.stamp();
        Allocation reversing = *original;
        reversing.id = 0;
        reversing.amount = -original->amount;
        reversing.date = date;
        reversing.reversesId = original->id;
        repo.postAllocation(reversing, stamp, QStringLiteral("reversal"));
        const Id reversalId = repo.postReversal({0, ReversalKind::Allocation, allocationId, date, reason}, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("allocation.reverse"), QStringLiteral("allocation"), allocationId,
                        compactJson({{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), reason},
                                     {QStringLiteral("amount"), QString::number(original->amount)}}));
        return reversalId;
    });
}

namespace {
// Posts a reversing row for each live allocation of a payment or credit note, dated on the
// reversal date (or on the allocation's own date when that is later).
void reverseLiveAllocations(LedgerRepository &repo, AllocationSource source, Id sourceId, QDate date, const Stamp &stamp)
{
    for (const Allocation &allocation : repo.liveAllocations(source, sourceId)) {
        Allocation reversing = allocation;
        reversing.id = 0;
        reversing.amount = -allocation.amount;
        reversing.date = std::max(date, allocation.date);
        reversing.reversesId = allocation.id;
        repo.postAllocation(reversing, stamp, QStringLiteral("reversal"));
    }
}
} // namespace

Result<Id> LedgerService::reversePayment(Id paymentId, QDate date, const QString &reason)
{
    if (auto allowed = m_session.require(Action::ReversePayment); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(
                fieldError("reason", QCoreApplication::translate("LedgerService", "a reversal needs a reason")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository repo(m_session.book());
        const auto payment = repo.paymentById(paymentId);
        if (!payment)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("LedgerService", "payment %1 does not exist").arg(paymentId)));
        if (repo.isReversed(ReversalKind::Payment, paymentId))
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("LedgerService", "payment %1 is already reversed")
                                            .arg(payment->reference)));
        if (date < payment->receivedDate)
            return std::unexpected(fieldError(
                    "date",
                    QCoreApplication::translate("LedgerService", "a reversal cannot be dated before the payment (%1)")
                            .arg(payment->receivedDate.toString(Qt::ISODate))));
        const Stamp stamp = m_session.stamp();
        reverseLiveAllocations(repo, AllocationSource::Payment, paymentId, date, stamp);
        reverseDiscountsOf(repo, paymentId, date, stamp); // the discount was not earned either
        // From the reversal date on nothing of the payment may stay applied. An allocation that was
        // reversed on its own after that date would keep paying its invoice until then.
        if (repo.paymentAvailableFrom(paymentId, date) != payment->amount)
            return std::unexpected(Error::conflict(
                    QCoreApplication::translate(
                            "LedgerService",
                            "date: an allocation of payment %1 is reversed after %2; date the payment's reversal on or "
                            "after the latest reversal of its allocations")
                            .arg(payment->reference, date.toString(Qt::ISODate))));
        const Id reversalId = repo.postReversal({0, ReversalKind::Payment, paymentId, date, reason}, stamp);
        repo.markSourceReversed(ReversalKind::Payment, paymentId, date);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("payment.reverse"), QStringLiteral("payment"), paymentId,
                        compactJson({{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), reason},
                                     {QStringLiteral("reference"), payment->reference}}));
        return reversalId;
    });
}

Result<Id> LedgerService::reverseCreditNote(Id creditNoteId, QDate date, const QString &reason)
{
    if (auto allowed = m_session.require(Action::PostInvoice); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return std::unexpected(
                fieldError("reason", QCoreApplication::translate("LedgerService", "a reversal needs a reason")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository repo(m_session.book());
        const auto note = repo.creditNoteById(creditNoteId);
        if (!note)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("LedgerService", "credit note %1 does not exist").arg(creditNoteId)));
        if (repo.isReversed(ReversalKind::CreditNote, creditNoteId))
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("LedgerService", "credit note %1 is already reversed")
                                            .arg(note->number)));
        if (date < note->issueDate)
            return std::unexpected(fieldError(
                    "date",
                    QCoreApplication::translate("LedgerService", "a reversal cannot be dated before the credit note")));
        const Stamp stamp = m_session.stamp();
        reverseLiveAllocations(repo, AllocationSource::CreditNote, creditNoteId, date, stamp);
        // As for payments: nothing of the credit note may stay applied from its reversal date on.
        if (repo.creditNoteAvailableFrom(creditNoteId, date) != note->amount)
            return std::unexpected(
                    Error::conflict(QCoreApplication::translate("LedgerService",
                                                                "date: an allocation of credit note %1 is reversed "
                                                                "after %2; date the credit note's reversal "
                                                                "on or after the latest reversal of its allocations")
                                            .arg(note->number, date.toString(Qt::ISODate))));
        const Id reversalId = repo.postReversal({0, ReversalKind::CreditNote, creditNoteId, date, reason}, stamp);
        repo.markSourceReversed(ReversalKind::CreditNote, creditNoteId, date);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("credit_note.reverse"), QStringLiteral("credit_note"), creditNoteId,
                        compactJson({{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), reason}}));
        return reversalId;
    });
}

// --- write-offs (through the approval workflow) ----------------------------------------------------------

Result<Id> LedgerService::postApprovedWriteOff(LedgerRepository &repo, Id invoiceId, MinorUnits amount, QDate date,
                                               const QString &reason, std::optional<Id> requestedBy,
                                               std::optional<Id> approvedBy)
{
    if (amount <= 0)
        return std::unexpected(fieldError(
                "amount", QCoreApplication::translate("LedgerService", "a write-off must be greater than zero")));
    if (!date.isValid())
        return std::unexpected(fieldError("date", QCoreApplication::translate("LedgerService", "is not a date")));
    const auto invoice = repo.invoiceById(invoiceId);
    if (!invoice)
        return std::unexpected(Error::notFound(
                QCoreApplication::translate("LedgerService", "invoice %1 does not exist").arg(invoiceId)));
    if (date < invoice->issueDate)
        return std::unexpected(fieldError(
                "date", QCoreApplication::translate("LedgerService", "a write-off cannot be dated before the invoice")));
    const MinorUnits available = repo.invoiceAvailableFrom(invoiceId, date);
    if (amount > available)
        return std::unexpected(Error::conflict(
                QCoreApplication::translate("LedgerService", "invoice %1 has only %2 open to write off")
                        .arg(invoice->number, Money(available, invoice->currency).toDecimalString())));
    const Stamp stamp = m_session.stamp();
    const Id writeOffId = repo.postWriteOff(invoiceId, date, amount, reason, requestedBy, approvedBy, stamp);
    Allocation allocation;
    allocation.invoiceId = invoiceId;
    allocation.source = AllocationSource::WriteOff;
    allocation.sourceId = writeOffId;
    allocation.date = date;
    allocation.amount = amount;
    repo.postAllocation(allocation, stamp, QStringLiteral("write_off"));
    AuditRepository(m_session.book())
            .append(stamp, QStringLiteral("write_off.post"), QStringLiteral("invoice"), invoiceId,
                    compactJson({{QStringLiteral("write_off_id"), static_cast<qint64>(writeOffId)},
                                 {QStringLiteral("amount"), Money(amount, invoice->currency).toDecimalString()},
                                 {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), reason}}));
    return writeOffId;
}

Result<MinorUnits> LedgerService::recoverWriteOff(LedgerRepository &repo, Id invoiceId, Id paymentId, QDate date)
{
    const auto invoice = repo.invoiceById(invoiceId);
    const auto payment = repo.paymentById(paymentId);
    if (!invoice || !payment)
        return std::unexpected(
                Error::notFound(QCoreApplication::translate("LedgerService", "no such invoice or payment")));
    if (payment->customerId != invoice->customerId || payment->currency != invoice->currency)
        return std::unexpected(Error::conflict(QCoreApplication::translate(
                "LedgerService", "the payment is not the invoice's customer's or not in its currency")));
    if (date < payment->receivedDate)
        return std::unexpected(fieldError(
                "date", QCoreApplication::translate("LedgerService", "a recovery cannot be dated before the payment")));
    // The invoice's write-offs and their live allocations.
    const std::vector<WriteOffRecord> writeOffs = PolicyRepository(repo.book()).writeOffsOf(invoiceId);
    const Stamp stamp = m_session.stamp();
    MinorUnits writtenOff = 0;
    std::optional<WriteOffRecord> last;
    for (const WriteOffRecord &w : writeOffs) {
        for (const Allocation &allocation : repo.liveAllocations(AllocationSource::WriteOff, w.id)) {
            if (allocation.date > date)
                continue;
            Allocation reversing = allocation;
            reversing.id = 0;
            reversing.amount = -allocation.amount;
            reversing.date = date;
            reversing.reversesId = allocation.id;
            repo.postAllocation(reversing, stamp, QStringLiteral("recovery"));
            repo.postReversal({0, ReversalKind::Allocation, allocation.id, date, QStringLiteral("recovery")}, stamp);
            writtenOff += allocation.amount;
            last = w;
        }
    }
    if (writtenOff == 0)
        return std::unexpected(Error::conflict(
                QCoreApplication::translate("LedgerService", "invoice %1 has nothing written off").arg(invoice->number)));
    const MinorUnits recovered = std::min(writtenOff, repo.paymentAvailableFrom(paymentId, date));
    if (recovered <= 0)
        return std::unexpected(Error::conflict(
                QCoreApplication::translate("LedgerService", "payment %1 has nothing left to apply").arg(payment->reference)));
    Allocation applied;
    applied.invoiceId = invoiceId;
    applied.source = AllocationSource::Payment;
    applied.sourceId = paymentId;
    applied.date = date;
    applied.amount = recovered;
    repo.postAllocation(applied, stamp, QStringLiteral("recovery"));
    if (writtenOff > recovered) {
        auto rest = postApprovedWriteOff(repo, invoiceId, writtenOff - recovered, date,
                                         QStringLiteral("remainder after recovery"), last->requestedBy, last->approvedBy);
        if (!rest)
            return std::unexpected(rest.error());
    }
    AuditRepository(m_session.book())
            .append(stamp, QStringLiteral("write_off.recovery"), QStringLiteral("invoice"), invoiceId,
                    compactJson({{QStringLiteral("payment_id"), static_cast<qint64>(paymentId)},
                                 {QStringLiteral("recovered"), Money(recovered, invoice->currency).toDecimalString()},
                                 {QStringLiteral("date"), date.toString(Qt::ISODate)}}));
    return recovered;
}

} // namespace ardesk
