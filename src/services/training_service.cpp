#include "training_service.h"

#include "book_service.h"
#include "demo_generator.h"
#include "service_support.h"

#include "storage/training_repository.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <set>

namespace ardesk {

namespace {

TrainingTask postPayment()
{
    return {QStringLiteral("post_payment"), QCoreApplication::translate("TrainingService", "Post a payment"),
            QCoreApplication::translate("TrainingService", "Clerk > Post payments (Ctrl+Shift+P): a customer's payment, "
                                                           "applied to its oldest open invoices."),
            {QStringLiteral("payment.post")}};
}

TrainingTask reversePayment()
{
    return {QStringLiteral("reverse_payment"), QCoreApplication::translate("TrainingService", "Reverse a payment"),
            QCoreApplication::translate("TrainingService", "Open the customer's account, pick the payment you posted "
                                                           "and reverse it (a bounced payment)."),
            {QStringLiteral("payment.reverse")}};
}

TrainingTask logCall()
{
    return {QStringLiteral("log_call"), QCoreApplication::translate("TrainingService", "Log a call"),
            QCoreApplication::translate("TrainingService", "From your work queue or a customer's account: whom you "
                                                           "reached and what they said."),
            {QStringLiteral("contact.log"), QStringLiteral("contact.override")}};
}

TrainingTask takePromise()
{
    return {QStringLiteral("take_promise"), QCoreApplication::translate("TrainingService", "Take a promise to pay"),
            QCoreApplication::translate("TrainingService", "After a call: the amount and the date the customer "
                                                           "promised."),
            {QStringLiteral("promise.take")}};
}

} // namespace

Result<void> TrainingService::createPracticeBook(const QString &path, QDate today)
{
    if (QFileInfo::exists(path))
        return std::unexpected(Error::conflict(QCoreApplication::translate("TrainingService", "%1 already exists").arg(path)));
    auto book = BookService::create(path);
    if (!book)
        return std::unexpected(book.error());
    auto session = BookService::localSession(**book);
    if (!session)
        return std::unexpected(session.error());
    DemoOptions options;
    options.customers = kPracticeCustomers;
    options.seed = 7;
    options.today = today;
    if (auto demo = DemoGenerator(**session).generate(options); !demo)
        return std::unexpected(demo.error());
    return inTransaction(**book, [&]() -> Result<void> {
        TrainingRepository(**book).markAsPracticeBook((*session)->stamp());
        return {};
    });
}

bool TrainingService::isPracticeBook(Session &session)
{
    auto marked = reading([&]() -> Result<bool> { return TrainingRepository(session.book()).isPracticeBook(); });
    return marked && *marked;
}

std::vector<TrainingRole> TrainingService::roles()
{
    return {TrainingRole::WholeDesk, TrainingRole::Clerk, TrainingRole::Collector};
}

QString TrainingService::roleName(TrainingRole role)
{
    switch (role) {
    case TrainingRole::Clerk:
        return QCoreApplication::translate("TrainingService", "Cash application clerk");
    case TrainingRole::Collector:
        return QCoreApplication::translate("TrainingService", "Collector");
    case TrainingRole::WholeDesk:
        break;
    }
    return QCoreApplication::translate("TrainingService", "The whole desk");
}

std::vector<TrainingTask> TrainingService::firstDay(TrainingRole role)
{
    switch (role) {
    case TrainingRole::Clerk: {
        TrainingTask batch{QStringLiteral("deposit_batch"), QCoreApplication::translate("TrainingService", "Key a deposit batch"),
                           QCoreApplication::translate("TrainingService", "Clerk > Deposit batch (Ctrl+Shift+D): the day's cheques as one batch that must "
                              "match the bank deposit."),
                           {QStringLiteral("deposit_batch.post")}};
        TrainingTask note{QStringLiteral("customer_note"), QCoreApplication::translate("TrainingService", "Write a note on an account"),
                          QCoreApplication::translate("TrainingService", "A customer's account > Notes: what the next person should know."),
                          {QStringLiteral("customer.note")}};
        return {postPayment(), reversePayment(), batch, note};
    }
    case TrainingRole::Collector: {
        TrainingTask task{QStringLiteral("add_task"), QCoreApplication::translate("TrainingService", "Plan a follow-up"),
                          QCoreApplication::translate("TrainingService", "Add a task to call the customer back on a date."),
                          {QStringLiteral("task.add")}};
        TrainingTask complete{QStringLiteral("complete_task"), QCoreApplication::translate("TrainingService", "Finish a task from your queue"),
                              QCoreApplication::translate("TrainingService", "My work: work a task and mark it done."), {QStringLiteral("task.complete")}};
        return {logCall(), takePromise(), task, complete};
    }
    case TrainingRole::WholeDesk:
        break;
    }
    return {postPayment(), reversePayment(), logCall(), takePromise()};
}

Result<Id> TrainingService::startMark(Session &session)
{
    return reading([&]() -> Result<Id> { return TrainingRepository(session.book()).lastAuditId(); });
}

Result<std::vector<TrainingTask>> TrainingService::progress(Session &session, TrainingRole role, Id since)
{
    return reading([&]() -> Result<std::vector<TrainingTask>> {
        std::set<QString> done;
        for (const AuditEvent &event : TrainingRepository(session.book()).auditAfter(since, session.actor().userId))
            done.insert(event.action);
        std::vector<TrainingTask> tasks = firstDay(role);
        for (TrainingTask &task : tasks)
            for (const QString &action : task.actions)
                task.done = task.done || done.contains(action);
        return tasks;
    });
}

} // namespace ardesk
