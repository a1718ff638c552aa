#include "plan_agreement_service.h"
#include "document_settings_service.h"

#include "service_support.h"

#include "storage/account_repository.h"
#include "storage/document_repository.h"
#include "storage/policy_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <map>
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

} // namespace

MinorUnits PlanAgreementContent::itemsTotal() const
{
    MinorUnits total = 0;
    for (const AgreementItem &item : items)
        total += item.open;
    return total;
}

int PlanAgreementContent::instalmentCount() const
{
    return static_cast<int>(
            std::ranges::count_if(instalments, [](const PlanInstalment &instalment) { return instalment.seq > 0; }));
}

Result<PlanAgreementContent> PlanAgreementService::agreement(Id planId) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<PlanAgreementContent> {
        Book &book = m_session.book();
        PolicyRepository plans(book);
        const auto plan = plans.plan(planId);
        if (!plan)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("PlanAgreementService", "payment plan %1 does not exist").arg(planId)));
        LedgerRepository ledger(book);
        const auto customer = ledger.customerById(plan->customerId);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("PlanAgreementService", "customer %1 does not exist")
                            .arg(plan->customerId)));
        DocumentRepository documents(book);
        PlanAgreementContent c;
        c.plan = *plan;
        c.customer = *customer;
        c.language = documentLanguage(customer->language);
        const auto contacts = AccountRepository(book).contacts(customer->id);
        if (!contacts.empty())
            c.contact = contacts.front(); // primary first
        c.sender = documents.setting(DocumentSetting::sender).value_or(QString());
        c.paymentInstructions = documentPaymentInstructions(documents, c.language);
        c.training = truthy(documents.setting(DocumentSetting::training))
                || truthy(documents.setting(QStringLiteral("training.book")))
                || truthy(documents.bookMeta(QStringLiteral("training")));
        c.templateOverride = documents.letterTemplate(QStringLiteral("plan_agreement"), c.language);
        // The items as they stood on the agreement date (payments to the plan come later).
        std::map<Id, MinorUnits> openThen;
        for (const DocumentOpenItem &item : documents.openItems(customer->id, plan->createdDate))
            openThen[item.invoiceId] = item.open;
        for (const Id invoiceId : plans.planInvoices(plan->id)) {
            const auto invoice = ledger.invoiceById(invoiceId);
            if (!invoice)
                continue;
            const auto open = openThen.find(invoiceId);
            c.items.push_back({invoice->number, invoice->issueDate, invoice->dueDate, invoice->amount,
                               open == openThen.end() ? 0 : open->second});
        }
        std::ranges::sort(c.items, [](const AgreementItem &a, const AgreementItem &b) {
            return std::tie(a.dueDate, a.number) < std::tie(b.dueDate, b.number);
        });
        c.instalments = plans.planInstalments(plan->id);
        std::ranges::sort(c.instalments, {}, &PlanInstalment::seq);
        return c;
    });
}

Result<SentDocument> PlanAgreementService::recordAgreement(const PlanAgreementContent &content, const QByteArray &pdf)
{
    if (auto allowed = m_session.require(Action::TakePromise); !allowed)
        return std::unexpected(allowed.error());
    if (pdf.isEmpty() || content.plan.id == 0)
        return std::unexpected(Error::invalid(QCoreApplication::translate(
                "PlanAgreementService", "only a rendered agreement of a payment plan can be recorded")));
    return inTransaction(m_session.book(), [&]() -> Result<SentDocument> {
        LetterRecord record;
        record.customerId = content.customer.id;
        record.kind = QStringLiteral("plan_agreement");
        record.level = 0;
        record.asOf = content.plan.createdDate;
        record.language = content.language;
        record.dedupeKey = QStringLiteral("plan_agreement:%1").arg(content.plan.id);
        const auto [id, inserted] = DocumentRepository(m_session.book()).upsertLetter(record, pdf, m_session.stamp());
        const QJsonObject details{{QStringLiteral("customer_code"), content.customer.code},
                                  {QStringLiteral("letter_id"), static_cast<qint64>(id)},
                                  {QStringLiteral("plan_id"), static_cast<qint64>(content.plan.id)},
                                  {QStringLiteral("kind"), record.kind},
                                  {QStringLiteral("as_of"), record.asOf.toString(Qt::ISODate)},
                                  {QStringLiteral("language"), content.language}};
        AuditRepository(m_session.book())
                .append(m_session.stamp(),
                        inserted ? QStringLiteral("plan_agreement.print") : QStringLiteral("plan_agreement.reprint"),
                        QStringLiteral("customer"), content.customer.id, compactJson(details));
        return SentDocument{id, inserted};
    });
}

} // namespace ardesk
