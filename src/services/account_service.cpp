#include "account_service.h"

#include "service_support.h"
#include "storage/user_repository.h"

#include <QTimeZone>

namespace ardesk {

namespace {
Status requireAny(const Session &session, Action first, Action second)
{
    if (session.can(first))
        return {};
    return session.require(second);
}
} // namespace

Result<AccountHeader> AccountService::header(Id customerId, QDate asOf) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<AccountHeader> {
        LedgerRepository ledger(m_session.book());
        const auto customer = ledger.customerById(customerId);
        if (!customer)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("AccountService", "customer %1 does not exist").arg(customerId)));
        AccountHeader header;
        header.customer = *customer;
        header.figures = AccountRepository(m_session.book()).figures(customerId, asOf);
        if (header.figures.oldestOpenDue.isValid())
            header.oldestDaysPastDue = std::max<qint64>(0, header.figures.oldestOpenDue.daysTo(asOf));
        if (customer->creditLimit && *customer->creditLimit > 0)
            header.utilizationBasisPoints = header.figures.open * 10000 / *customer->creditLimit;
        return header;
    });
}

Result<std::vector<AllocationRow>> AccountService::allocations(AllocationSource source, Id sourceId) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<AllocationRow>> {
        return AccountRepository(m_session.book()).allocations(source, sourceId);
    });
}

Result<std::vector<CreditNoteRow>> AccountService::creditNotes(Id customerId) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<CreditNoteRow>> {
        return AccountRepository(m_session.book()).creditNotes(customerId);
    });
}

Result<std::vector<ActivityRow>> AccountService::activity(Id customerId, int limit) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<ActivityRow>> {
        return AccountRepository(m_session.book()).activity(customerId, std::max(1, limit));
    });
}

Result<std::vector<ContactPersonRow>> AccountService::contacts(Id customerId) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<ContactPersonRow>> {
        return AccountRepository(m_session.book()).contacts(customerId);
    });
}

Result<std::vector<NoteRow>> AccountService::notes(Id customerId) const
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    return reading([&]() -> Result<std::vector<NoteRow>> { return AccountRepository(m_session.book()).notes(customerId); });
}

Result<Id> AccountService::addNote(Id customerId, const QString &text, bool pinned)
{
    if (auto allowed = requireAny(m_session, Action::EditCustomers, Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("AccountService", "text: is empty")));
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        if (!LedgerRepository(m_session.book()).customerById(customerId))
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("AccountService", "customer %1 does not exist").arg(customerId)));
        const Stamp stamp = m_session.stamp();
        const Id id = AccountRepository(m_session.book()).addNote(customerId, trimmed, pinned, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("customer.note"), QStringLiteral("customer"), customerId,
                        compactJson({{QStringLiteral("note_id"), QJsonValue(static_cast<qint64>(id))},
                                     {QStringLiteral("text"), trimmed},
                                     {QStringLiteral("pinned"), pinned}}));
        return id;
    });
}

Result<void> AccountService::setNotePinned(Id noteId, bool pinned)
{
    if (auto allowed = requireAny(m_session, Action::EditCustomers, Action::LogContact); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        AccountRepository repo(m_session.book());
        const auto customerId = repo.noteCustomer(noteId);
        if (!customerId)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("AccountService", "note %1 does not exist").arg(noteId)));
        repo.setNotePinned(noteId, pinned);
        const Stamp stamp = m_session.stamp();
        AuditRepository(m_session.book())
                .append(stamp, pinned ? QStringLiteral("customer.note_pin") : QStringLiteral("customer.note_unpin"),
                        QStringLiteral("customer"), *customerId,
                        compactJson({{QStringLiteral("note_id"), QJsonValue(static_cast<qint64>(noteId))}}));
        return {};
    });
}

namespace {

Status checkContact(const ContactPersonRow &contact)
{
    if (contact.name.trimmed().isEmpty())
        return std::unexpected(Error::invalid(QCoreApplication::translate("AccountService", "name: is empty")));
    if (!contact.email.isEmpty() && (!contact.email.contains(u'@') || contact.email.contains(u' ')))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("AccountService", "email: '%1' is not an e-mail address").arg(contact.email)));
    if (!contact.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(contact.timeZone.toUtf8()))
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("AccountService", "timezone: '%1' is not an IANA time zone")
                        .arg(contact.timeZone)));
    return {};
}

ContactPersonRow trimmedContact(const ContactPersonRow &contact)
{
    ContactPersonRow c = contact;
    c.name = c.name.trimmed();
    c.role = c.role.trimmed();
    c.phone = c.phone.trimmed();
    c.email = c.email.trimmed();
    c.timeZone = c.timeZone.trimmed();
    return c;
}

QJsonObject contactJson(const ContactPersonRow &c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},         {QStringLiteral("role"), c.role},
                       {QStringLiteral("phone"), c.phone},       {QStringLiteral("email"), c.email},
                       {QStringLiteral("timezone"), c.timeZone}, {QStringLiteral("primary"), c.primary}};
}

} // namespace

Result<Id> AccountService::addContact(Id customerId, const ContactPersonRow &given)
{
    if (auto allowed = m_session.require(Action::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    const ContactPersonRow contact = trimmedContact(given);
    if (auto valid = checkContact(contact); !valid)
        return std::unexpected(valid.error());
    return inTransaction(m_session.book(), [&]() -> Result<Id> {
        if (!LedgerRepository(m_session.book()).customerById(customerId))
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("AccountService", "customer %1 does not exist").arg(customerId)));
        const Stamp stamp = m_session.stamp();
        const Id id = AccountRepository(m_session.book()).addContact(customerId, contact);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("customer.contact_add"), QStringLiteral("customer"), customerId,
                        compactJson({{QStringLiteral("contact_id"), QJsonValue(static_cast<qint64>(id))},
                                     {QStringLiteral("name"), contact.name},
                                     {QStringLiteral("role"), contact.role}}));
        return id;
    });
}

Result<void> AccountService::updateContact(Id contactId, const ContactPersonRow &given)
{
    if (auto allowed = m_session.require(Action::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    const ContactPersonRow contact = trimmedContact(given);
    if (auto valid = checkContact(contact); !valid)
        return std::unexpected(valid.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        AccountRepository repo(m_session.book());
        const auto stored = repo.contact(contactId);
        if (!stored || !stored->active)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("AccountService", "contact person %1 does not exist or was deactivated")
                            .arg(contactId)));
        repo.updateContact(contactId, contact);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("customer.contact_edit"), QStringLiteral("customer"),
                        stored->customerId,
                        compactJson({{QStringLiteral("contact_id"), QJsonValue(static_cast<qint64>(contactId))},
                                     {QStringLiteral("before"), contactJson(stored->contact)},
                                     {QStringLiteral("after"), contactJson(contact)}}));
        return {};
    });
}

Result<void> AccountService::deactivateContact(Id contactId)
{
    if (auto allowed = m_session.require(Action::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction(m_session.book(), [&]() -> Result<void> {
        AccountRepository repo(m_session.book());
        const auto stored = repo.contact(contactId);
        if (!stored || !stored->active)
            return std::unexpected(Error::notFound(
                    QCoreApplication::translate("AccountService", "contact person %1 does not exist or was deactivated")
                            .arg(contactId)));
        repo.setContactActive(contactId, false);
        AuditRepository(m_session.book())
                .append(m_session.stamp(), QStringLiteral("customer.contact_deactivate"), QStringLiteral("customer"),
                        stored->customerId,
                        compactJson({{QStringLiteral("contact_id"), QJsonValue(static_cast<qint64>(contactId))},
                                     {QStringLiteral("name"), stored->contact.name}}));
        return {};
    });
}

} // namespace ardesk
