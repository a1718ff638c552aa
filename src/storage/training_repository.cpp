#include "training_repository.h"

#include <QSqlQuery>
#include <QVariant>

namespace ardesk {

bool TrainingRepository::isPracticeBook()
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kMarkKey);
    Book::exec(q);
    return q.next() && q.value(0).toString() == u"1";
}

void TrainingRepository::markAsPracticeBook(const Stamp &stamp)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, '1', ?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"));
    q.addBindValue(kMarkKey);
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
}

Id TrainingRepository::lastAuditId()
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    Book::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<AuditEvent> TrainingRepository::auditAfter(Id afterId, std::optional<Id> userId)
{
    QSqlQuery q = m_book.prepare(
            userId ? QStringLiteral("SELECT id, action FROM audit_log WHERE id > ? AND user_id = ? ORDER BY id")
                   : QStringLiteral("SELECT id, action FROM audit_log WHERE id > ? AND user_id IS NULL ORDER BY id"));
    q.addBindValue(static_cast<qlonglong>(afterId));
    if (userId)
        q.addBindValue(static_cast<qlonglong>(*userId));
    Book::exec(q);
    std::vector<AuditEvent> events;
    while (q.next())
        events.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    return events;
}

} // namespace ardesk
