#include "demo_writer.h"

#include "statement.h"
#include "storage_error.h"

#include <QSqlQuery>

namespace ardesk {

namespace {

// Binds the values of one row in order, mapping empty optionals (and empty optional
// texts, invalid dates) to NULL.
class Row final
{
public:
    explicit Row(Statement &statement) : m_statement(statement) { }
    Row &integer(qint64 value)
    {
        m_statement.bind(++m_index, value);
        return *this;
    }
    Row &flag(bool value) { return integer(value ? 1 : 0); }
    Row &text(const QString &value)
    {
        m_statement.bind(++m_index, value.isNull() ? QString::fromLatin1("") : value);
        return *this;
    }
    Row &optionalText(const QString &value)
    {
        if (value.isEmpty())
            m_statement.bindNull(++m_index);
        else
            m_statement.bind(++m_index, value);
        return *this;
    }
    Row &id(std::optional<Id> value)
    {
        if (value)
            m_statement.bind(++m_index, static_cast<qint64>(*value));
        else
            m_statement.bindNull(++m_index);
        return *this;
    }
    Row &day(QDate date)
    {
        if (date.isValid())
            m_statement.bind(++m_index, static_cast<qint64>(date.toJulianDay()));
        else
            m_statement.bindNull(++m_index);
        return *this;
    }
    void exec() { m_statement.exec(); }

private:
    Statement &m_statement;
    int m_index = 0;
};

} // namespace

// One prepared statement and the next free id of its table.
struct DemoWriter::Statements final
{
    struct Insert
    {
        std::unique_ptr<Statement> statement;
        Id nextId = 1;
        Id take() { return nextId++; }
    };
    std::unique_ptr<Statement> controls;
    Insert person;
    Insert note;
    Insert contact;
    Insert promise;
    Insert dispute;
    Insert complaint;
    Insert task;
    Insert escalation;
    Insert adjustment;
};

DemoWriter::DemoWriter(Book &book) : m_book(book), m_statements(std::make_unique<Statements>())
{
    auto prepare = [&](Statements::Insert &insert, const char *table, const char *columns, int count) {
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        insert.statement = std::make_unique<Statement>(
                m_book,
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(QLatin1String(table), QLatin1String(columns), marks.join(u", ")));
        QSqlQuery last =
                m_book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(QLatin1String(table)));
        insert.nextId = last.next() ? last.value(0).toLongLong() : 1;
    };
    Statements &s = *m_statements;
    s.controls = std::make_unique<Statement>(
            m_book,
            QStringLiteral("UPDATE customers SET do_not_call = ?, cease_communication = ?, attorney = ?, "
                           "no_work_calls = ?, next_review_date = ? WHERE id = ?"));
    prepare(s.person, "customer_contacts", "id, customer_id, name, role, phone, email, timezone, is_primary, active",
            9);
    prepare(s.note, "customer_notes", "id, customer_id, at, user_id, text, pinned", 6);
    prepare(s.contact, "contact_log",
            "id, customer_id, user_id, at, channel, person, outcome, notes, duration_seconds, follow_up_date", 10);
    prepare(s.promise, "promises",
            "id, customer_id, collector_id, contact_id, taken_date, promised_date, amount, currency, invoice_id, "
            "status, paid, evaluated_as_of, created_at, created_by",
            14);
    prepare(s.dispute, "disputes",
            "id, invoice_id, customer_id, amount, reason, owner_id, due_date, opened_date, status, resolution, "
            "resolved_date, resolution_ref, notes, created_at, created_by",
            15);
    prepare(s.complaint, "complaints",
            "id, customer_id, received_date, channel, category, satisfaction, description, resolution, "
            "resolved_date, user_id, created_at",
            11);
    prepare(s.task, "tasks",
            "id, customer_id, assignee_id, kind, due_date, status, source_kind, source_id, dedupe_key, notes, "
            "created_at, created_by, done_at, done_by, result",
            15);
    prepare(s.escalation, "escalations",
            "id, customer_id, from_user, to_user, reason, status, instructions, created_at, resolved_at, resolved_by",
            10);
    prepare(s.adjustment, "adjustment_requests",
            "id, kind, invoice_id, amount, currency, reason, requested_by, requested_at, status, decided_by, "
            "decided_at, decision_note, write_off_id",
            13);
}

DemoWriter::~DemoWriter() = default;

bool DemoWriter::hasCustomers()
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT 1 FROM customers LIMIT 1"));
    return q.next();
}

Id DemoWriter::nextCustomerId()
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM customers"));
    return q.next() ? q.value(0).toLongLong() : 1;
}

void DemoWriter::setCustomerControls(Id customerId, const DemoCustomerControls &c)
{
    Row(*m_statements->controls)
            .flag(c.doNotCall)
            .flag(c.ceaseCommunication)
            .flag(c.attorney)
            .flag(c.noWorkCalls)
            .day(c.nextReviewDate)
            .integer(customerId)
            .exec();
}

Id DemoWriter::insertContactPerson(const DemoContactPerson &p)
{
    const Id id = m_statements->person.take();
    Row(*m_statements->person.statement)
            .integer(id)
            .integer(p.customerId)
            .text(p.name)
            .text(p.role)
            .text(p.phone)
            .text(p.email)
            .text(p.timeZone)
            .flag(p.primary)
            .flag(true)
            .exec();
    return id;
}

Id DemoWriter::insertCustomerNote(const DemoCustomerNote &n)
{
    const Id id = m_statements->note.take();
    Row(*m_statements->note.statement)
            .integer(id)
            .integer(n.customerId)
            .text(n.at)
            .id(n.userId)
            .text(n.text)
            .flag(n.pinned)
            .exec();
    return id;
}

Id DemoWriter::insertContact(const DemoContact &c)
{
    const Id id = m_statements->contact.take();
    Row(*m_statements->contact.statement)
            .integer(id)
            .integer(c.customerId)
            .id(c.userId)
            .text(c.at)
            .text(c.channel)
            .text(c.person)
            .text(c.outcome)
            .text(c.notes)
            .integer(c.durationSeconds)
            .day(c.followUpDate)
            .exec();
    return id;
}

Id DemoWriter::insertPromise(const DemoPromise &p)
{
    const Id id = m_statements->promise.take();
    Row(*m_statements->promise.statement)
            .integer(id)
            .integer(p.customerId)
            .id(p.collectorId)
            .id(p.contactId)
            .day(p.takenDate)
            .day(p.promisedDate)
            .integer(p.amount)
            .text(p.currency)
            .id(p.invoiceId)
            .text(p.status)
            .integer(p.paid)
            .day(p.evaluatedAsOf)
            .text(p.createdAt)
            .id(p.createdBy)
            .exec();
    return id;
}

Id DemoWriter::insertDispute(const DemoDispute &d)
{
    const Id id = m_statements->dispute.take();
    Row(*m_statements->dispute.statement)
            .integer(id)
            .integer(d.invoiceId)
            .integer(d.customerId)
            .integer(d.amount)
            .text(d.reason)
            .id(d.ownerId)
            .day(d.dueDate)
            .day(d.openedDate)
            .text(d.status)
            .text(d.resolution)
            .day(d.resolvedDate)
            .id(d.resolutionRef)
            .text(d.notes)
            .text(d.createdAt)
            .id(d.createdBy)
            .exec();
    return id;
}

Id DemoWriter::insertComplaint(const DemoComplaint &c)
{
    const Id id = m_statements->complaint.take();
    Row row(*m_statements->complaint.statement);
    row.integer(id).integer(c.customerId).day(c.receivedDate).text(c.channel).text(c.category);
    if (c.satisfaction)
        row.integer(*c.satisfaction);
    else
        row.id(std::nullopt);
    row.text(c.description).text(c.resolution).day(c.resolvedDate).id(c.userId).text(c.createdAt).exec();
    return id;
}

Id DemoWriter::insertTask(const DemoTask &t)
{
    const Id id = m_statements->task.take();
    Row(*m_statements->task.statement)
            .integer(id)
            .integer(t.customerId)
            .id(t.assigneeId)
            .text(t.kind)
            .day(t.dueDate)
            .text(t.status)
            .text(t.sourceKind)
            .id(t.sourceId)
            .optionalText(t.dedupeKey)
            .text(t.notes)
            .text(t.createdAt)
            .id(t.createdBy)
            .optionalText(t.doneAt)
            .id(t.doneBy)
            .text(t.result)
            .exec();
    return id;
}

Id DemoWriter::insertEscalation(const DemoEscalation &e)
{
    const Id id = m_statements->escalation.take();
    Row(*m_statements->escalation.statement)
            .integer(id)
            .integer(e.customerId)
            .id(e.fromUser)
            .id(e.toUser)
            .text(e.reason)
            .text(e.status)
            .text(e.instructions)
            .text(e.createdAt)
            .optionalText(e.resolvedAt)
            .id(e.resolvedBy)
            .exec();
    return id;
}

Id DemoWriter::insertAdjustmentRequest(const DemoAdjustmentRequest &r)
{
    const Id id = m_statements->adjustment.take();
    Row(*m_statements->adjustment.statement)
            .integer(id)
            .text(QStringLiteral("write_off"))
            .integer(r.invoiceId)
            .integer(r.amount)
            .text(r.currency)
            .text(r.reason)
            .id(r.requestedBy)
            .text(r.requestedAt)
            .text(r.status)
            .id(r.decidedBy)
            .optionalText(r.decidedAt)
            .text(r.decisionNote)
            .id(r.writeOffId)
            .exec();
    return id;
}

} // namespace ardesk
