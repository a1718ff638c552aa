#include "deposit_batch_service.h"

#include "service_support.h"
#include "storage/account_repository.h"
#include "storage/user_repository.h"

#include "domain/currency.h"

#include <QSet>

#include <algorithm>

namespace ardesk {

namespace {

Error lineError(int line, const char *field, const QString &reason)
{
    return Error::invalid(QCoreApplication::translate("DepositBatchService", "line %1: %2: %3")
                                  .arg(line)
                                  .arg(QLatin1String(field), reason));
}
} // namespace

Status DepositBatchService::checkBalanced(const DepositBatchInput &input)
{
    if (!isValidCurrencyCode(input.currency))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DepositBatchService", "currency: '%1' is not an ISO 4217 code")
                        .arg(input.currency)));
    if (!input.receivedDate.isValid())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("DepositBatchService", "received_date: is not a date")));
    if (input.lines.empty())
        return std::unexpected(
                Error::invalid(QCoreApplication::translate("DepositBatchService", "the batch has no checks")));
    MinorUnits total = 0;
    for (std::size_t i = 0; i < input.lines.size(); ++i) {
        const DepositLine &line = input.lines[i];
        if (line.customerCode.trimmed().isEmpty())
            return std::unexpected(lineError(int(i) + 1, "customer_code",
                                             QCoreApplication::translate("DepositBatchService", "is empty")));
        if (line.amount <= 0)
            return std::unexpected(lineError(
                    int(i) + 1, "amount",
                    QCoreApplication::translate("DepositBatchService", "must be greater than zero")));
        total += line.amount;
    }
    const int decimals = Money(0, input.currency).decimals();
    if (int(input.lines.size()) != input.controlCount)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DepositBatchService", "count: %1 checks keyed, the control count is %2")
                        .arg(input.lines.size())
                        .arg(input.controlCount)));
    if (total != input.controlTotal)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("DepositBatchService", "total: the checks add up to %1, the control total is %2")
                        .arg(formatMinorUnits(total, decimals), formatMinorUnits(input.controlTotal, decimals))));
    return {};
}

Result<PostedBatch> DepositBatchService::post(const DepositBatchInput &input)
{
    if (auto allowed = m_session.require(Action::PostPayment); !allowed)
        return std::unexpected(allowed.error());
    if (auto balanced = checkBalanced(input); !balanced)
        return std::unexpected(balanced.error());
    return inTransaction(m_session.book(), [&]() -> Result<PostedBatch> {
        LedgerRepository repo(m_session.book());
        const Stamp stamp = m_session.stamp();
        PostedBatch posted;
        const QString name = input.name.trimmed().isEmpty()
                ? QStringLiteral("batch %1").arg(input.receivedDate.toString(Qt::ISODate))
                : input.name.trimmed();
        posted.batchId = DepositBatchRepository(m_session.book())
                                 .insertBatch(name, input.currency, input.controlTotal, input.controlCount, stamp);
        AuditRepository audit(m_session.book());
        QSet<QString> referencesInBatch; // customer code + reference
        for (std::size_t i = 0; i < input.lines.size(); ++i) {
            const int lineNumber = int(i) + 1;
            const DepositLine &line = input.lines[i];
            const auto customer = repo.customerByCode(line.customerCode.trimmed());
            if (!customer)
                return std::unexpected(lineError(
                        lineNumber, "customer_code",
                        QCoreApplication::translate("DepositBatchService", "no customer %1").arg(line.customerCode)));
            if (customer->currency != input.currency)
                return std::unexpected(lineError(
                        lineNumber, "customer_code",
                        QCoreApplication::translate("DepositBatchService", "%1 is billed in %2, the batch is in %3")
                                .arg(customer->code, customer->currency, input.currency)));
            const QString reference = line.reference.trimmed();
            if (!reference.isEmpty()) {
                const QString key = customer->code + QChar(0x1F) + reference;
                if (referencesInBatch.contains(key) || repo.paymentReferenceExists(customer->id, reference))
                    return std::unexpected(lineError(
                            lineNumber, "reference",
                            QCoreApplication::translate("DepositBatchService", "%1 is already posted for %2")
                                    .arg(reference, customer->code)));
                referencesInBatch.insert(key);
            }
            Payment payment;
            payment.reference = reference;
            payment.customerId = customer->id;
            payment.receivedDate = input.receivedDate;
            payment.amount = line.amount;
            payment.currency = input.currency;
            payment.method = input.method.trimmed().toLower();
            const Id paymentId = repo.postPayment(payment, stamp, posted.batchId);
            posted.paymentIds.push_back(paymentId);
            audit.append(stamp, QStringLiteral("payment.post"), QStringLiteral("payment"), paymentId,
                         compactJson({{QStringLiteral("reference"), reference},
                                      {QStringLiteral("customer"), customer->code},
                                      {QStringLiteral("amount"), Money(line.amount, input.currency).toDecimalString()},
                                      {QStringLiteral("currency"), input.currency},
                                      {QStringLiteral("method"), payment.method},
                                      {QStringLiteral("received_date"), input.receivedDate.toString(Qt::ISODate)},
                                      {QStringLiteral("batch_id"), QJsonValue(static_cast<qint64>(posted.batchId))}}));
            MinorUnits applied = 0;
            const QString invoiceNumber = line.invoiceNumber.trimmed();
            if (!invoiceNumber.isEmpty()) {
                const auto invoice = repo.invoiceByNumber(invoiceNumber);
                if (!invoice)
                    return std::unexpected(lineError(
                            lineNumber, "invoice_number",
                            QCoreApplication::translate("DepositBatchService", "no invoice %1").arg(invoiceNumber)));
                if (invoice->customerId != customer->id)
                    return std::unexpected(lineError(
                            lineNumber, "invoice_number",
                            QCoreApplication::translate("DepositBatchService", "invoice %1 belongs to another customer")
                                    .arg(invoiceNumber)));
                // As the payment imports: dated on the received date, or on the issue date
                // when the money came first; up to what is open from that date on.
                const QDate date = std::max(input.receivedDate, invoice->issueDate);
                applied = std::min(line.amount, repo.invoiceAvailableFrom(invoice->id, date));
                if (applied > 0) {
                    Allocation allocation;
                    allocation.invoiceId = invoice->id;
                    allocation.source = AllocationSource::Payment;
                    allocation.sourceId = paymentId;
                    allocation.date = date;
                    allocation.amount = applied;
                    const Id allocationId = repo.postAllocation(allocation, stamp);
                    audit.append(stamp, QStringLiteral("allocation.post"), QStringLiteral("allocation"), allocationId,
                                 compactJson({{QStringLiteral("invoice"), invoice->number},
                                              {QStringLiteral("source"), QStringLiteral("payment")},
                                              {QStringLiteral("source_id"), QJsonValue(static_cast<qint64>(paymentId))},
                                              {QStringLiteral("amount"),
                                               Money(applied, input.currency).toDecimalString()},
                                              {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                              {QStringLiteral("reason_code"), QString()}}));
                }
            }
            posted.applied += applied;
            posted.unapplied += line.amount - applied;
        }
        audit.append(stamp, QStringLiteral("deposit_batch.post"), QStringLiteral("deposit_batch"), posted.batchId,
                     compactJson({{QStringLiteral("name"), name},
                                  {QStringLiteral("currency"), input.currency},
                                  {QStringLiteral("control_total"),
                                   Money(input.controlTotal, input.currency).toDecimalString()},
                                  {QStringLiteral("control_count"), input.controlCount}}));
        return posted;
    });
}

} // namespace ardesk
