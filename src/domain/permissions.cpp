#include "permissions.h"

#include <QCoreApplication>

namespace ardesk {

namespace {
constexpr const char16_t *kRoleKeys[kRoleCount] = {u"admin", u"manager", u"supervisor",
                                                    u"collector", u"clerk", u"auditor"};
constexpr const char16_t *kActionKeys[kActionCount] = {
    u"view_customers", u"edit_customers", u"post_payment",   u"reverse_payment", u"post_invoice",
    u"log_contact",    u"take_promise",   u"manage_disputes", u"escalate",       u"approve_write_off",
    u"edit_credit_policy", u"release_hold", u"manage_users", u"export_reports",  u"view_audit",
    u"change_settings", u"import_data",
};
} // namespace

QString roleKey(Role role)
{
    return QString::fromUtf16(kRoleKeys[static_cast<int>(role)]);
}

std::optional<Role> roleFromKey(QStringView key)
{
    const QString lower = key.trimmed().toString().toLower();
    for (int i = 0; i < kRoleCount; ++i)
        if (lower == QStringView(kRoleKeys[i]))
            return static_cast<Role>(i);
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("Role", "Administrator");
    case Role::Manager: return QCoreApplication::translate("Role", "AR manager");
    case Role::Supervisor: return QCoreApplication::translate("Role", "Collections supervisor");
    case Role::Collector: return QCoreApplication::translate("Role", "Collector");
    case Role::Clerk: return QCoreApplication::translate("Role", "AR clerk");
    case Role::Auditor: return QCoreApplication::translate("Role", "Auditor");
    }
    return {};
}

QString actionKey(Action action)
{
    return QString::fromUtf16(kActionKeys[static_cast<int>(action)]);
}

std::optional<Action> actionFromKey(QStringView key)
{
    for (int i = 0; i < kActionCount; ++i)
        if (key == QStringView(kActionKeys[i]))
            return static_cast<Action>(i);
    return std::nullopt;
}

QString actionDisplayName(Action action)
{
    switch (action) {
    case Action::ViewCustomers: return QCoreApplication::translate("Action", "View customers");
    case Action::EditCustomers: return QCoreApplication::translate("Action", "Edit customers");
    case Action::PostPayment: return QCoreApplication::translate("Action", "Post payments");
    case Action::ReversePayment: return QCoreApplication::translate("Action", "Reverse payments");
    case Action::PostInvoice: return QCoreApplication::translate("Action", "Post invoices and credit notes");
    case Action::LogContact: return QCoreApplication::translate("Action", "Log contacts");
    case Action::TakePromise: return QCoreApplication::translate("Action", "Take promises to pay");
    case Action::ManageDisputes: return QCoreApplication::translate("Action", "Open and resolve disputes");
    case Action::Escalate: return QCoreApplication::translate("Action", "Escalate accounts");
    case Action::ApproveWriteOff: return QCoreApplication::translate("Action", "Approve write-offs");
    case Action::EditCreditPolicy: return QCoreApplication::translate("Action", "Edit credit policies");
    case Action::ReleaseHold: return QCoreApplication::translate("Action", "Release credit holds");
    case Action::ManageUsers: return QCoreApplication::translate("Action", "Manage users");
    case Action::ExportReports: return QCoreApplication::translate("Action", "Export reports");
    case Action::ViewAudit: return QCoreApplication::translate("Action", "View the audit log");
    case Action::ChangeSettings: return QCoreApplication::translate("Action", "Change settings");
    case Action::ImportData: return QCoreApplication::translate("Action", "Import data");
    }
    return {};
}

PermissionMatrix PermissionMatrix::defaults()
{
    PermissionMatrix m;
    using enum Action;
    for (int a = 0; a < kActionCount; ++a)
        m.set(Role::Admin, static_cast<Action>(a), true);
    for (const Action a : {ViewCustomers, EditCustomers, PostPayment, ReversePayment, PostInvoice, LogContact,
                           TakePromise, ManageDisputes, Escalate, ApproveWriteOff, EditCreditPolicy, ReleaseHold,
                           ExportReports, ViewAudit, ChangeSettings, ImportData})
        m.set(Role::Manager, a, true);
    for (const Action a : {ViewCustomers, EditCustomers, LogContact, TakePromise, ManageDisputes, Escalate,
                           ApproveWriteOff, ReleaseHold, ExportReports, ViewAudit})
        m.set(Role::Supervisor, a, true);
    for (const Action a : {ViewCustomers, LogContact, TakePromise, ManageDisputes, Escalate})
        m.set(Role::Collector, a, true);
    for (const Action a : {ViewCustomers, EditCustomers, PostPayment, ReversePayment, PostInvoice, ImportData})
        m.set(Role::Clerk, a, true);
    for (const Action a : {ViewCustomers, ExportReports, ViewAudit})
        m.set(Role::Auditor, a, true);
    return m;
}

bool PermissionMatrix::allows(Role role, Action action) const
{
    return m_allowed[static_cast<int>(role)][static_cast<int>(action)];
}

void PermissionMatrix::set(Role role, Action action, bool allowed)
{
    m_allowed[static_cast<int>(role)][static_cast<int>(action)] = allowed;
}

} // namespace ardesk
