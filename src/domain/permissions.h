#pragma once
// Staff roles and the permission matrix (actions by role). The defaults follow
// DOMAIN.md's personas; an admin may change the matrix (stored in the book).
// Pure values; nothing throws.

#include <QString>

#include <array>
#include <optional>

namespace ardesk {

enum class Role { Admin, Manager, Supervisor, Collector, Clerk, Auditor };
inline constexpr int kRoleCount = 6;

QString roleKey(Role role); // "admin", "manager", ...
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role); // translated

enum class Action {
    ViewCustomers,
    EditCustomers,
    PostPayment,
    ReversePayment,
    PostInvoice, // invoices and credit notes
    LogContact,
    TakePromise,
    ManageDisputes, // open or resolve
    Escalate,
    ApproveWriteOff, // up to the role's threshold
    EditCreditPolicy,
    ReleaseHold,
    ManageUsers,
    ExportReports,
    ViewAudit,
    ChangeSettings,
    ImportData,
};
inline constexpr int kActionCount = 17;

QString actionKey(Action action); // "post_payment", ...
std::optional<Action> actionFromKey(QStringView key);
QString actionDisplayName(Action action); // translated

class PermissionMatrix final {
public:
    static PermissionMatrix defaults();
    bool allows(Role role, Action action) const;
    void set(Role role, Action action, bool allowed);

private:
    std::array<std::array<bool, kActionCount>, kRoleCount> m_allowed{};
};

} // namespace ardesk
