#include "plan_service.h"

#include "collection_service.h"
#include "service_support.h"

#include "storage/collection_repository.h"
#include "storage/user_repository.h"

#include <QSet>

namespace ardesk {

namespace {
constexpr const char16_t *kFrequencyKeys[] = {u"weekly", u"biweekly", u"monthly"};

Error notFoundPlan(Id id)
{
    return Error::notFound(QCoreApplication::translate("PlanService", "payment plan %1 does not exist").arg(id));
}
} // namespace

QString planFrequencyKey(PlanFrequency frequency)
{
    return QString::fromUtf16(kFrequencyKeys[static_cast<int>(frequency)]);
}

std::optional<PlanFrequency> planFrequencyFromKey(QStringView key)
{
    for (int i = 0; i < 3; ++i)
        if (key == QStringView(kFrequencyKeys[i]))
            return static_cast<PlanFrequency>(i);
    return std::nullopt;
}

std::vector<MinorUnits> splitEvenly(MinorUnits amount, int count)
{
    std::vector<MinorUnits> parts;
    if (count <= 0)
        return parts;
    const MinorUnits base = amount / count;
    parts.assign(count, base);
    parts.back() += amount - base * count;
    return parts;
}

std::vector<QDate> instalmentDates(QDate first, int count, PlanFrequency frequency)
{
    std::vector<QDate> dates;
    for (int i = 0; i < count; ++i) {
        switch (frequency) {
        case PlanFrequency::Weekly: dates.push_back(first.addDays(7 * i)); break;
        case PlanFrequency::Biweekly: dates.push_back(first.addDays(14 * i)); break;
        case PlanFrequency::Monthly: dates.push_back(first.addMonths(i)); break;
        }
    }
    return dates;
}

Result<Id> PlanService::create(const PlanInput &input)
{
    if (auto allowed = m_session.require(Action::TakePromise); !allowed)
        return std::unexpected(allowed.error());
    auto invalid = [](const QString &message) -> Result<Id> { return std::unexpected(Error::invalid(message)); };
    if (input.invoiceNumbers.isEmpty())
        return invalid(QCoreApplication::translate("PlanService", "invoices: choose at least one open item"));
    if (input.instalments < 1 || input.instalments > 120)
        return invalid(QCoreApplication::translate("PlanService", "instalments: from 1 to 120"));
    if (!input.createdOn.isValid() || !input.firstDate.isValid() || input.firstDate <= input.createdOn)
        return invalid(QCoreApplication::translate("PlanService",
                                                   "first_date: the first instalment must fall after the agreement date"));
    if (input.downPayment < 0 || (input.graceDays && (*input.graceDays < 0 || *input.graceDays > 60)))
        return invalid(QCoreApplication::translate("PlanService", "down_payment and grace days must not be negative"));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        LedgerRepository ledger(m_session.book());
        PolicyRepository repo(m_session.book());
        const auto customer = ledger.customerByCode(input.customerCode);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("PlanService", "customer %1 does not exist").arg(input.customerCode)));
        QSet<Id> onActivePlans;
        for (const PlanRecord &plan : repo.plans(QStringLiteral("active")))
            for (const Id invoiceId : repo.planInvoices(plan.id))
                onActivePlans.insert(invoiceId);
        std::vector<Id> invoiceIds;
        MinorUnits total = 0;
        QString currency;
        for (const QString &number : input.invoiceNumbers) {
            const auto invoice = ledger.invoiceByNumber(number);
            if (!invoice || invoice->customerId != customer->id)
                return invalid(QCoreApplication::translate("PlanService", "invoices: %1 is not an invoice of %2")
                                       .arg(number, input.customerCode));
            const MinorUnits open = ledger.invoiceOpenNow(invoice->id);
            if (open <= 0)
                return invalid(QCoreApplication::translate("PlanService", "invoices: %1 has nothing open").arg(number));
            if (onActivePlans.contains(invoice->id))
                return std::unexpected(Error::conflict(
                        QCoreApplication::translate("PlanService", "invoice %1 is already on an active plan").arg(number)));
            if (!currency.isEmpty() && invoice->currency != currency)
                return invalid(QCoreApplication::translate("PlanService", "invoices: a plan is in one currency"));
            if (std::find(invoiceIds.begin(), invoiceIds.end(), invoice->id) != invoiceIds.end())
                continue;
            currency = invoice->currency;
            invoiceIds.push_back(invoice->id);
            total += open;
        }
        if (input.downPayment >= total)
            return invalid(QCoreApplication::translate("PlanService",
                                                       "down_payment: must be less than the plan's total %1")
                                   .arg(Money(total, currency).toDecimalString()));
        PlanRecord plan;
        plan.customerId = customer->id;
        plan.createdDate = input.createdOn;
        plan.currency = currency;
        plan.total = total;
        plan.downPayment = input.downPayment;
        plan.frequency = planFrequencyKey(input.frequency);
        plan.graceDays = input.graceDays.value_or(
                repo.setting(QStringLiteral("credit.default_grace_days"), QStringLiteral("3")).toInt());
        if (m_session.can(Action::ApproveWriteOff))
            plan.approvedBy = m_session.actor().userId; // a supervisor's plan is approved as made
        std::vector<PlanInstalment> instalments;
        if (input.downPayment > 0)
            instalments.push_back({0, input.createdOn, input.downPayment});
        const std::vector<MinorUnits> parts = splitEvenly(total - input.downPayment, input.instalments);
        const std::vector<QDate> dates = instalmentDates(input.firstDate, input.instalments, input.frequency);
        for (int i = 0; i < input.instalments; ++i)
            instalments.push_back({i + 1, dates[i], parts[i]});
        const Stamp stamp = m_session.stamp();
        const Id id = repo.insertPlan(plan, invoiceIds, instalments, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("plan.create"), QStringLiteral("payment_plan"), id,
                        compactJson({{QStringLiteral("customer"), input.customerCode},
                                     {QStringLiteral("invoices"), input.invoiceNumbers.join(u',')},
                                     {QStringLiteral("total"), Money(total, currency).toDecimalString()},
                                     {QStringLiteral("instalments"), input.instalments},
                                     {QStringLiteral("frequency"), plan.frequency}}));
        return id;
    });
}

namespace {
PlanSchedule buildSchedule(PolicyRepository &repo, LedgerRepository &ledger, const PlanRecord &plan, QDate asOf)
{
    PlanSchedule schedule;
    schedule.plan = plan;
    for (const Id invoiceId : repo.planInvoices(plan.id))
        if (const auto invoice = ledger.invoiceById(invoiceId))
            schedule.invoiceNumbers << invoice->number;
    schedule.paid = repo.paidToPlan(plan.id, plan.createdDate, asOf);
    MinorUnits left = schedule.paid;
    for (const PlanInstalment &instalment : repo.planInstalments(plan.id)) {
        ScheduleLine line;
        line.instalment = instalment;
        line.paid = std::clamp<MinorUnits>(left, 0, instalment.amount);
        left -= line.paid;
        if (line.paid == instalment.amount)
            line.state = ScheduleLine::State::Paid;
        else if (asOf > instalment.dueDate.addDays(plan.graceDays))
            line.state = ScheduleLine::State::Late;
        else if (line.paid > 0)
            line.state = ScheduleLine::State::PartlyPaid;
        else
            line.state = ScheduleLine::State::Due;
        schedule.lines.push_back(line);
    }
    return schedule;
}
} // namespace

Result<PlanSchedule> PlanService::schedule(Id planId, QDate asOf)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<PlanSchedule> {
        PolicyRepository repo(m_session.book());
        LedgerRepository ledger(m_session.book());
        const auto plan = repo.plan(planId);
        if (!plan)
            return std::unexpected(notFoundPlan(planId));
        return buildSchedule(repo, ledger, *plan, asOf);
    });
}

Result<std::vector<PlanRecord>> PlanService::plans(const QString &status)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<PlanRecord>> { return PolicyRepository(m_session.book()).plans(status); });
}

Result<PlanEvaluation> PlanService::evaluate(QDate asOf)
{
    if (!m_session.can(Action::TakePromise))
        if (auto allowed = m_session.require(Action::LogContact); !allowed)
            return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<PlanEvaluation> {
        PolicyRepository repo(m_session.book());
        LedgerRepository ledger(m_session.book());
        PlanEvaluation result;
        const Stamp stamp = m_session.stamp();
        for (const PlanRecord &plan : repo.plans(QStringLiteral("active"))) {
            if (plan.createdDate > asOf)
                continue;
            const PlanSchedule schedule = buildSchedule(repo, ledger, plan, asOf);
            const auto late = std::find_if(schedule.lines.begin(), schedule.lines.end(), [](const ScheduleLine &line) {
                return line.state == ScheduleLine::State::Late;
            });
            if (late != schedule.lines.end()) {
                repo.setPlanStatus(plan.id, QStringLiteral("defaulted"));
                TaskRecord task;
                task.customerId = plan.customerId;
                task.kind = TaskKind::call;
                task.dueDate = asOf;
                task.sourceKind = QStringLiteral("payment_plan");
                task.sourceId = plan.id;
                task.dedupeKey = QStringLiteral("plan_default:%1").arg(plan.id);
                task.notes = QCoreApplication::translate("PlanService", "payment plan defaulted: instalment of %1 due %2 "
                                                                        "unpaid")
                                     .arg(Money(late->instalment.amount, plan.currency).toDecimalString(),
                                          late->instalment.dueDate.toString(Qt::ISODate));
                task.createdAt = stamp.at;
                task.createdBy = stamp.userId;
                CollectionRepository(m_session.book()).insertTask(task);
                AuditRepository(m_session.book())
                        .append(stamp, QStringLiteral("plan.default"), QStringLiteral("payment_plan"), plan.id,
                                compactJson({{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                             {QStringLiteral("instalment"), late->instalment.seq}}));
                result.defaulted << plan.customerCode;
                continue;
            }
            const bool allPaid = std::all_of(schedule.lines.begin(), schedule.lines.end(), [](const ScheduleLine &line) {
                return line.state == ScheduleLine::State::Paid;
            });
            if (allPaid) {
                repo.setPlanStatus(plan.id, QStringLiteral("completed"));
                AuditRepository(m_session.book())
                        .append(stamp, QStringLiteral("plan.complete"), QStringLiteral("payment_plan"), plan.id,
                                compactJson({{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}}));
                result.completed << plan.customerCode;
            }
        }
        return result;
    });
}

Result<std::map<QString, MinorUnits>> PlanService::openOnPlans(QDate asOf)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::map<QString, MinorUnits>> {
        std::map<QString, MinorUnits> result;
        for (const OpenItemAsOf &item : PolicyRepository(m_session.book()).openItemsAsOf(asOf, QDate(9999, 12, 31)))
            if (item.onActivePlan)
                result[item.currency] += item.open;
        return result;
    });
}

} // namespace ardesk
