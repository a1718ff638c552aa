#include "policy_repository.h"
#include "statement.h"
#include "domain/instalment_terms.h"

#include <QSqlQuery>

#include <tuple>

namespace ardesk {

namespace {

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant optionalValue(std::optional<qint64> value)
{
    return value ? QVariant::fromValue<qint64>(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Id PolicyRepository::nextId(const QString &table)
{
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : 1;
}

// --- rates and rules ---------------------------------------------------------------------------

std::vector<ReferenceRate> PolicyRepository::referenceRates()
{
    std::vector<ReferenceRate> rates;
    QSqlQuery q = m_book.exec(
            QStringLiteral("SELECT region, valid_from, rate_millionths FROM reference_rates ORDER BY region, valid_from"));
    while (q.next())
        rates.push_back({q.value(0).toString(), dayFromValue(q.value(1)), q.value(2).toLongLong()});
    return rates;
}

bool PolicyRepository::upsertReferenceRate(const ReferenceRate &rate)
{
    QSqlQuery find = m_book.prepare(QStringLiteral("SELECT id FROM reference_rates WHERE region = ? AND valid_from = ?"));
    find.addBindValue(rate.region);
    find.addBindValue(dayValue(rate.validFrom));
    Book::exec(find);
    if (find.next()) {
        const Id id = find.value(0).toLongLong();
        find.finish();
        QSqlQuery update = m_book.prepare(QStringLiteral("UPDATE reference_rates SET rate_millionths = ? WHERE id = ?"));
        update.addBindValue(QVariant::fromValue<qint64>(rate.ratePpm));
        update.addBindValue(QVariant::fromValue<qint64>(id));
        Book::exec(update);
        return false;
    }
    find.finish();
    QSqlQuery insert = m_book.prepare(
            QStringLiteral("INSERT INTO reference_rates (id, region, valid_from, rate_millionths) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(QVariant::fromValue<qint64>(nextId(QStringLiteral("reference_rates"))));
    insert.addBindValue(rate.region);
    insert.addBindValue(dayValue(rate.validFrom));
    insert.addBindValue(QVariant::fromValue<qint64>(rate.ratePpm));
    Book::exec(insert);
    return true;
}

std::vector<InterestRule> PolicyRepository::interestRules()
{
    std::vector<InterestRule> rules;
    QSqlQuery q = m_book.exec(QStringLiteral(
            "SELECT country, region, margin_hundredths, consumer_margin_hundredths, day_count, compensation, "
            "compensation_currency, reminder_fee_cap, collection_fee_cap, fee_currency FROM interest_rules"));
    while (q.next()) {
        InterestRule r;
        r.country = q.value(0).toString();
        r.region = q.value(1).toString();
        r.marginHundredths = q.value(2).toLongLong();
        r.consumerMarginHundredths = q.value(3).toLongLong();
        r.dayCount = q.value(4).toInt();
        r.compensation = optionalInt(q.value(5));
        r.compensationCurrency = q.value(6).toString();
        r.reminderFeeCap = optionalInt(q.value(7));
        r.collectionFeeCap = optionalInt(q.value(8));
        r.feeCurrency = q.value(9).toString();
        rules.push_back(std::move(r));
    }
    return rules;
}

bool PolicyRepository::deleteReferenceRate(const QString &region, QDate validFrom)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("DELETE FROM reference_rates WHERE region = ? AND valid_from = ?"));
    q.addBindValue(region);
    q.addBindValue(dayValue(validFrom));
    Book::exec(q);
    return q.numRowsAffected() > 0;
}

void PolicyRepository::saveInterestRule(const InterestRule &rule, const Stamp &stamp)
{
    QSqlQuery del = m_book.prepare(QStringLiteral("DELETE FROM interest_rules WHERE country = ?"));
    del.addBindValue(rule.country.isNull() ? QString::fromLatin1("") : rule.country);
    Book::exec(del);
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO interest_rules (country, region, margin_hundredths, consumer_margin_hundredths, day_count, "
            "compensation, compensation_currency, reminder_fee_cap, collection_fee_cap, fee_currency, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto text = [](const QString &value) { return value.isNull() ? QString::fromLatin1("") : value; };
    q.addBindValue(text(rule.country));
    q.addBindValue(rule.region);
    q.addBindValue(QVariant::fromValue<qint64>(rule.marginHundredths));
    q.addBindValue(QVariant::fromValue<qint64>(rule.consumerMarginHundredths));
    q.addBindValue(rule.dayCount);
    q.addBindValue(optionalValue(rule.compensation));
    q.addBindValue(text(rule.compensationCurrency));
    q.addBindValue(optionalValue(rule.reminderFeeCap));
    q.addBindValue(optionalValue(rule.collectionFeeCap));
    q.addBindValue(text(rule.feeCurrency));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
}

// --- policies and strategies ----------------------------------------------------------------------

namespace {
const QLatin1String kPolicyColumns(
        "id, name, risk_class, segment, terms_days, discount_percent_hundredths, discount_days, credit_limit, "
        "review_interval_days, strategy_id, hold_over_limit, hold_days_past_due, hold_overdue_amount, "
        "hold_broken_promises, hold_broken_window_days, interest_region, interest_margin_hundredths, compensation, "
        "reminder_fee_cap, collection_fee_cap, fee_currency, post_interest, instalment_terms");

CreditPolicy policyFrom(const QSqlQuery &q)
{
    CreditPolicy p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.riskClass = q.value(2).toString();
    p.segment = q.value(3).toString();
    p.termsDays = q.value(4).toInt();
    p.discountPercentHundredths = q.value(5).toInt();
    p.discountDays = q.value(6).toInt();
    p.creditLimit = optionalInt(q.value(7));
    p.reviewIntervalDays = q.value(8).toInt();
    p.strategyId = optionalInt(q.value(9));
    p.holdOverLimit = q.value(10).toInt() != 0;
    if (auto v = optionalInt(q.value(11)))
        p.holdDaysPastDue = static_cast<int>(*v);
    p.holdOverdueAmount = optionalInt(q.value(12));
    if (auto v = optionalInt(q.value(13)))
        p.holdBrokenPromises = static_cast<int>(*v);
    if (auto v = optionalInt(q.value(14)))
        p.holdBrokenWindowDays = static_cast<int>(*v);
    p.interestRegion = q.value(15).toString();
    p.interestMarginHundredths = q.value(16).toInt();
    p.compensation = optionalInt(q.value(17));
    p.reminderFeeCap = optionalInt(q.value(18));
    p.collectionFeeCap = optionalInt(q.value(19));
    p.feeCurrency = q.value(20).toString();
    p.postInterest = q.value(21).toInt() != 0;
    p.instalmentTerms = q.value(22).toString();
    return p;
}
} // namespace

std::vector<CreditPolicy> PolicyRepository::policies()
{
    std::vector<CreditPolicy> result;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT %1 FROM credit_policies ORDER BY id").arg(kPolicyColumns));
    while (q.next())
        result.push_back(policyFrom(q));
    return result;
}

std::optional<CreditPolicy> PolicyRepository::policyById(Id id)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT %1 FROM credit_policies WHERE id = ?").arg(kPolicyColumns));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return policyFrom(q);
}

std::vector<Strategy> PolicyRepository::strategies()
{
    std::vector<Strategy> result;
    QHash<Id, std::size_t> index;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT id, name, segment, risk_class, active FROM strategies ORDER BY id"));
    while (q.next()) {
        Strategy s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.segment = q.value(2).toString();
        s.riskClass = q.value(3).toString();
        s.active = q.value(4).toInt() != 0;
        index.insert(s.id, result.size());
        result.push_back(std::move(s));
    }
    q.finish();
    QSqlQuery steps = m_book.exec(
            QStringLiteral("SELECT id, strategy_id, seq, offset_days, action FROM strategy_steps WHERE seq > 0 "
                           "ORDER BY strategy_id, seq"));
    while (steps.next()) {
        const auto action = strategyActionFromKey(steps.value(4).toString());
        const auto it = index.constFind(steps.value(1).toLongLong());
        if (!action || it == index.constEnd())
            continue; // an unknown action is not run (Settings refuses to write one)
        result[*it].steps.push_back(
                {steps.value(0).toLongLong(), steps.value(2).toInt(), steps.value(3).toInt(), *action});
    }
    return result;
}

std::optional<Id> PolicyRepository::strategyIdByName(const QString &name)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT id FROM strategies WHERE name = ?"));
    q.addBindValue(name);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Id PolicyRepository::saveStrategyHeader(const Strategy &strategy)
{
    const bool insert = strategy.id == 0;
    const Id id = insert ? nextId(QStringLiteral("strategies")) : strategy.id;
    QSqlQuery q = m_book.prepare(insert ? QStringLiteral("INSERT INTO strategies (name, segment, risk_class, active, id) "
                                                         "VALUES (?, ?, ?, ?, ?)")
                                        : QStringLiteral("UPDATE strategies SET name = ?, segment = ?, risk_class = ?, "
                                                         "active = ? WHERE id = ?"));
    auto text = [](const QString &value) { return value.isNull() ? QString::fromLatin1("") : value; };
    q.addBindValue(strategy.name);
    q.addBindValue(text(strategy.segment));
    q.addBindValue(text(strategy.riskClass));
    q.addBindValue(strategy.active ? 1 : 0);
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    return id;
}

QSet<Id> PolicyRepository::executedStepIds(Id strategyId)
{
    QSet<Id> result;
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT DISTINCT e.step_id FROM strategy_executions e JOIN "
                                                "strategy_steps t ON t.id = e.step_id WHERE t.strategy_id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(strategyId));
    Book::exec(q);
    while (q.next())
        result.insert(q.value(0).toLongLong());
    return result;
}

void PolicyRepository::parkStepSeqs(Id strategyId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("UPDATE strategy_steps SET seq = seq + 1000000 WHERE strategy_id = ? AND seq > 0"));
    q.addBindValue(QVariant::fromValue<qint64>(strategyId));
    Book::exec(q);
}

Id PolicyRepository::insertStep(Id strategyId, int seq, int offsetDays, const QString &action)
{
    const Id id = nextId(QStringLiteral("strategy_steps"));
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO strategy_steps (id, strategy_id, seq, offset_days, action) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(strategyId));
    q.addBindValue(seq);
    q.addBindValue(offsetDays);
    q.addBindValue(action);
    Book::exec(q);
    return id;
}

void PolicyRepository::updateStep(Id stepId, int seq, int offsetDays, const QString &action)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("UPDATE strategy_steps SET seq = ?, offset_days = ?, action = ? WHERE id = ?"));
    q.addBindValue(seq);
    q.addBindValue(offsetDays);
    q.addBindValue(action);
    q.addBindValue(QVariant::fromValue<qint64>(stepId));
    Book::exec(q);
}

void PolicyRepository::deleteStep(Id stepId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("DELETE FROM strategy_steps WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(stepId));
    Book::exec(q);
}

void PolicyRepository::retireStep(Id stepId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE strategy_steps SET seq = -id WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(stepId));
    Book::exec(q);
}

int PolicyRepository::supersedeNewStep(Id strategyId, Id stepId, int offsetDays, int seq, QDate asOf, const Stamp &stamp)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO strategy_executions (invoice_id, step_id, as_of, outcome, object_kind, object_id, created_at, "
            "created_by) SELECT DISTINCT e.invoice_id, ?, ?, 'superseded', '', NULL, ?, ? FROM strategy_executions e "
            "JOIN strategy_steps t ON t.id = e.step_id WHERE t.strategy_id = ? AND t.seq > 0 AND t.id <> ? "
            "AND (t.offset_days > ? OR (t.offset_days = ? AND t.seq > ?))"));
    q.addBindValue(QVariant::fromValue<qint64>(stepId));
    q.addBindValue(dayValue(asOf));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    q.addBindValue(QVariant::fromValue<qint64>(strategyId));
    q.addBindValue(QVariant::fromValue<qint64>(stepId));
    q.addBindValue(offsetDays);
    q.addBindValue(offsetDays);
    q.addBindValue(seq);
    Book::exec(q);
    return q.numRowsAffected();
}

std::vector<OpenItemAsOf> PolicyRepository::openItemsAsOf(QDate asOf, QDate dueBy)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "WITH later AS (SELECT invoice_id, SUM(amount) AS amt FROM allocations WHERE alloc_date > ? "
            "  GROUP BY invoice_id), "
            "disputed AS (SELECT invoice_id, SUM(amount) AS amt FROM disputes WHERE opened_date <= ? "
            "  AND (resolved_date IS NULL OR resolved_date > ?) GROUP BY invoice_id), "
            "items AS (SELECT s.invoice_id, s.customer_id, s.currency, s.issue_date, s.due_date, "
            "  s.open_amount + COALESCE(l.amt, 0) AS open_amount FROM invoice_state s "
            "  LEFT JOIN later l ON l.invoice_id = s.invoice_id "
            "  WHERE (s.open_amount <> 0 OR l.amt IS NOT NULL) AND s.issue_date <= ? AND (s.due_date <= ? "
            "    OR EXISTS (SELECT 1 FROM invoice_installments p WHERE p.invoice_id = s.invoice_id AND p.due_date <= ?))) "
            "SELECT i.invoice_id, inv.number, i.customer_id, c.code, i.currency, i.issue_date, i.due_date, "
            "  i.open_amount, COALESCE(d.amt, 0), "
            "  CASE WHEN EXISTS (SELECT 1 FROM payment_plan_items pi JOIN payment_plans p ON p.id = pi.plan_id "
            "    WHERE pi.invoice_id = i.invoice_id AND p.status = 'active') THEN 1 ELSE 0 END, "
            "  c.country, c.consumer, c.policy_id, c.segment, c.risk_class, c.language, c.collector_id, "
            "  c.do_not_call, c.cease_communication, c.attorney "
            "FROM items i JOIN invoices inv ON inv.id = i.invoice_id JOIN customers c ON c.id = i.customer_id "
            "LEFT JOIN disputed d ON d.invoice_id = i.invoice_id "
            "WHERE i.open_amount > 0 ORDER BY c.code, i.due_date, inv.number"));
    const QVariant day = dayValue(asOf);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(dayValue(dueBy));
    q.addBindValue(dayValue(dueBy));
    // Invoices with instalments: each part due on its own date; the item is due by `dueBy`
    // when its oldest open part is (docs/credit-policy.md "Instalment terms"). Read before the
    // items' query runs: PostgreSQL's driver drops a pending result when another query runs.
    const std::unordered_map<Id, std::vector<InstalmentPart>> instalments = LedgerRepository(m_book).allInstalments();
    Book::exec(q);
    std::vector<OpenItemAsOf> items;
    while (q.next()) {
        OpenItemAsOf item;
        item.invoiceId = q.value(0).toLongLong();
        item.number = q.value(1).toString();
        item.customerId = q.value(2).toLongLong();
        item.customerCode = q.value(3).toString();
        item.currency = q.value(4).toString();
        item.issueDate = dayFromValue(q.value(5));
        item.dueDate = dayFromValue(q.value(6));
        item.open = q.value(7).toLongLong();
        item.disputed = std::min<MinorUnits>(item.open, q.value(8).toLongLong());
        item.onActivePlan = q.value(9).toInt() != 0;
        item.country = q.value(10).toString();
        item.consumer = q.value(11).toInt() != 0;
        item.policyId = optionalInt(q.value(12));
        item.segment = q.value(13).toString();
        item.riskClass = q.value(14).toString();
        item.language = q.value(15).toString();
        item.collectorId = optionalInt(q.value(16));
        item.doNotCall = q.value(17).toInt() != 0;
        item.ceaseCommunication = q.value(18).toInt() != 0;
        item.attorney = q.value(19).toInt() != 0;
        if (const auto parts = instalments.find(item.invoiceId); parts != instalments.end()) {
            item.parts = openInstalmentParts(parts->second, item.open);
            if (item.oldestOpenDue() > dueBy)
                continue;
        }
        items.push_back(std::move(item));
    }
    return items;
}

// --- strategy executions ---------------------------------------------------------------------------

QHash<Id, QSet<Id>> PolicyRepository::executedSteps()
{
    QHash<Id, QSet<Id>> result;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT invoice_id, step_id FROM strategy_executions"));
    while (q.next())
        result[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
    return result;
}

QHash<Id, QHash<Id, QDate>> PolicyRepository::executedStepDaysOfInstalmentInvoices()
{
    QHash<Id, QHash<Id, QDate>> result;
    QSqlQuery q =
            m_book.exec(QStringLiteral("SELECT e.invoice_id, e.step_id, e.as_of FROM strategy_executions e "
                                       "WHERE e.invoice_id IN (SELECT p.invoice_id FROM invoice_installments p)"));
    while (q.next())
        result[q.value(0).toLongLong()].insert(q.value(1).toLongLong(), dayFromValue(q.value(2)));
    return result;
}

void PolicyRepository::recordPartExecution(Id invoiceId, Id stepId, QDate asOf, const QString &outcome,
                                           const QString &objectKind, std::optional<Id> objectId, const Stamp &stamp)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "UPDATE strategy_executions SET as_of = ?, outcome = ?, object_kind = ?, object_id = ?, created_at = ?, "
            "created_by = ? WHERE invoice_id = ? AND step_id = ?"));
    q.addBindValue(dayValue(asOf));
    q.addBindValue(outcome);
    q.addBindValue(objectKind.isNull() ? QString::fromLatin1("") : objectKind);
    q.addBindValue(optionalValue(objectId));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    q.addBindValue(QVariant::fromValue<qint64>(stepId));
    Book::exec(q);
    if (q.numRowsAffected() == 0)
        insertExecution(invoiceId, stepId, asOf, outcome, objectKind, objectId, stamp);
}

void PolicyRepository::insertExecution(Id invoiceId, Id stepId, QDate asOf, const QString &outcome,
                                       const QString &objectKind, std::optional<Id> objectId, const Stamp &stamp)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO strategy_executions (invoice_id, step_id, as_of, outcome, object_kind, object_id, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    q.addBindValue(QVariant::fromValue<qint64>(stepId));
    q.addBindValue(dayValue(asOf));
    q.addBindValue(outcome);
    q.addBindValue(objectKind.isNull() ? QString::fromLatin1("") : objectKind);
    q.addBindValue(optionalValue(objectId));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
}

// --- letters ------------------------------------------------------------------------------------------

std::optional<Id> PolicyRepository::letterByDedupeKey(const QString &key)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT id FROM letters WHERE dedupe_key = ?"));
    q.addBindValue(key);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Id PolicyRepository::insertLetter(Id customerId, const QString &kind, int level, QDate asOf, const QString &language,
                                  const QString &dedupeKey, const Stamp &stamp)
{
    const Id id = nextId(QStringLiteral("letters"));
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO letters (id, customer_id, kind, level, as_of, language, dedupe_key, document, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(kind);
    q.addBindValue(level);
    q.addBindValue(dayValue(asOf));
    q.addBindValue(language);
    q.addBindValue(dedupeKey);
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
    return id;
}

void PolicyRepository::addLetterItem(Id letterId, Id invoiceId, MinorUnits open, const QString &currency)
{
    QSqlQuery find = m_book.prepare(QStringLiteral("SELECT 1 FROM letter_items WHERE letter_id = ? AND invoice_id = ?"));
    find.addBindValue(QVariant::fromValue<qint64>(letterId));
    find.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    Book::exec(find);
    if (find.next())
        return;
    find.finish();
    QSqlQuery q = m_book.prepare(
            QStringLiteral("INSERT INTO letter_items (letter_id, invoice_id, open_amount, currency) VALUES (?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(letterId));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    q.addBindValue(QVariant::fromValue<qint64>(open));
    q.addBindValue(currency);
    Book::exec(q);
}

// --- holds ------------------------------------------------------------------------------------------------

namespace {
const QLatin1String kHoldColumns(
        "id, customer_id, trigger_kind, details, set_date, released_date, released_by, release_reason");
CreditHoldRecord holdFrom(const QSqlQuery &q)
{
    CreditHoldRecord h;
    h.id = q.value(0).toLongLong();
    h.customerId = q.value(1).toLongLong();
    h.triggerKind = q.value(2).toString();
    h.details = q.value(3).toString();
    h.setDate = dayFromValue(q.value(4));
    h.releasedDate = dayFromValue(q.value(5));
    h.releasedBy = optionalInt(q.value(6));
    h.releaseReason = q.value(7).toString();
    return h;
}
} // namespace

std::optional<CreditHoldRecord> PolicyRepository::activeHold(Id customerId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT %1 FROM credit_holds WHERE customer_id = ? AND released_date IS "
                                                "NULL ORDER BY id LIMIT 1")
                                         .arg(kHoldColumns));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return holdFrom(q);
}

std::unordered_map<Id, CreditHoldRecord> PolicyRepository::activeHolds(const std::unordered_set<Id> *only)
{
    // Through Statement (the sqlite3 C API on SQLite): every queue reads the book's active holds
    // (13,000 on the 1m demo book), and QSqlQuery's per-value QVariants were most of the cost.
    Statement q(m_book,
                QStringLiteral("SELECT %1 FROM credit_holds WHERE released_date IS NULL ORDER BY id").arg(kHoldColumns));
    std::unordered_map<Id, CreditHoldRecord> result;
    while (q.next()) {
        const Id customerId = q.int64(1);
        if ((only && !only->contains(customerId)) || result.contains(customerId))
            continue; // the first, as activeHold()
        CreditHoldRecord h;
        h.id = q.int64(0);
        h.customerId = customerId;
        h.triggerKind = q.text(2);
        h.details = q.text(3);
        h.setDate = q.isNull(4) ? QDate() : QDate::fromJulianDay(q.int64(4));
        h.releasedDate = q.isNull(5) ? QDate() : QDate::fromJulianDay(q.int64(5));
        if (!q.isNull(6))
            h.releasedBy = q.int64(6);
        h.releaseReason = q.text(7);
        result.emplace(customerId, std::move(h));
    }
    return result;
}

std::vector<CreditHoldRecord> PolicyRepository::holds(Id customerId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT %1 FROM credit_holds WHERE customer_id = ? ORDER BY id").arg(kHoldColumns));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
    std::vector<CreditHoldRecord> result;
    while (q.next())
        result.push_back(holdFrom(q));
    return result;
}

Id PolicyRepository::insertHold(Id customerId, const QString &triggerKind, const QString &details, QDate setDate)
{
    const Id id = nextId(QStringLiteral("credit_holds"));
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO credit_holds (id, customer_id, trigger_kind, details, set_date) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(triggerKind);
    q.addBindValue(details);
    q.addBindValue(dayValue(setDate));
    Book::exec(q);
    return id;
}

void PolicyRepository::releaseHold(Id holdId, QDate date, std::optional<Id> by, const QString &reason)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "UPDATE credit_holds SET released_date = ?, released_by = ?, release_reason = ? WHERE id = ?"));
    q.addBindValue(dayValue(date));
    q.addBindValue(optionalId(by));
    q.addBindValue(reason);
    q.addBindValue(QVariant::fromValue<qint64>(holdId));
    Book::exec(q);
}

void PolicyRepository::setCustomerOnHold(Id customerId, bool onHold, const QString &at)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE customers SET on_hold = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(onHold ? 1 : 0);
    q.addBindValue(at);
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
}

// --- credit control -------------------------------------------------------------------------------------

std::vector<CreditExposure> PolicyRepository::exposures(QDate asOf)
{
    std::vector<CreditExposure> result;
    QHash<Id, std::size_t> index;
    QSqlQuery c = m_book.exec(
            QStringLiteral("SELECT id, code, currency, credit_limit, policy_id, on_hold FROM customers ORDER BY code"));
    while (c.next()) {
        CreditExposure e;
        e.customerId = c.value(0).toLongLong();
        e.code = c.value(1).toString();
        e.currency = c.value(2).toString();
        e.creditLimit = optionalInt(c.value(3));
        e.policyId = optionalInt(c.value(4));
        e.onHold = c.value(5).toInt() != 0;
        index.insert(e.customerId, result.size());
        result.push_back(std::move(e));
    }
    c.finish();
    const auto overdueItem = [&](CreditExposure &e, QDate due, MinorUnits open) {
        if (due < asOf && open != 0) {
            e.overdue += open;
            if (!e.oldestOverdueDue.isValid() || due < e.oldestOverdueDue)
                e.oldestOverdueDue = due;
        }
    };
    for (const OpenItemAsOf &item : openItemsAsOf(asOf, QDate(9999, 12, 31))) {
        CreditExposure &e = result[index.value(item.customerId)];
        if (item.currency != e.currency)
            continue;
        e.open += item.open;
        if (!item.parts.empty()) {
            // Each part overdue on its own due date (docs/credit-policy.md "Instalment terms").
            for (const OpenInstalmentPart &part : item.parts)
                overdueItem(e, part.dueDate, part.open);
        } else if (item.dueDate < asOf) {
            e.overdue += item.open;
            if (!e.oldestOverdueDue.isValid() || item.dueDate < e.oldestOverdueDue)
                e.oldestOverdueDue = item.dueDate;
        }
    }
    // Unapplied cash and credit notes AS OF the date (the aging's rule): received by the date,
    // not reversed by it, minus what was allocated by it (allocations dated later, and their
    // reversals, are added back). A past date therefore does not see today's unapplied cash.
    const QVariant day = dayValue(asOf);
    for (const auto &[table, idColumn, dateColumn] :
         {std::tuple{"payment_state", "payment_id", "received_date"},
          std::tuple{"credit_note_state", "credit_note_id", "issue_date"}}) {
        QSqlQuery u = m_book.prepare(
                QStringLiteral("WITH laterp_rows AS MATERIALIZED (SELECT %2 AS sid, amount FROM allocations "
                               "  WHERE alloc_date > ? AND %2 IS NOT NULL), "
                               "laterp AS (SELECT sid, SUM(amount) AS amt FROM laterp_rows GROUP BY sid), "
                               "cand AS (SELECT %2 AS sid FROM %1 WHERE unapplied <> 0 UNION SELECT sid FROM laterp "
                               "  UNION SELECT %2 AS sid FROM %1 WHERE reversed_date IS NOT NULL AND reversed_date > ?) "
                               "SELECT st.customer_id, st.currency, SUM(st.amount - (st.allocated - COALESCE(l.amt, 0))) "
                               "FROM cand c JOIN %1 st ON st.%2 = c.sid LEFT JOIN laterp l ON l.sid = c.sid "
                               "WHERE st.%3 <= ? AND (st.reversed_date IS NULL OR st.reversed_date > ?) "
                               "GROUP BY st.customer_id, st.currency")
                        .arg(QLatin1String(table), QLatin1String(idColumn), QLatin1String(dateColumn)));
        for (int i = 0; i < 4; ++i)
            u.addBindValue(day);
        Book::exec(u);
        while (u.next()) {
            const auto it = index.constFind(u.value(0).toLongLong());
            if (it == index.constEnd() || result[*it].currency != u.value(1).toString())
                continue;
            result[*it].unapplied += u.value(2).toLongLong();
        }
    }
    return result;
}

int PolicyRepository::brokenPromises(Id customerId, QDate from, QDate to)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT COUNT(*) FROM promises WHERE customer_id = ? AND status = "
                                                "'broken' AND promised_date >= ? AND promised_date <= ?"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(dayValue(from));
    q.addBindValue(dayValue(to));
    Book::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

bool PolicyRepository::holdReleasedOnOrAfter(Id customerId, QDate date)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT 1 FROM credit_holds WHERE customer_id = ? AND released_date >= ? LIMIT 1"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(dayValue(date));
    Book::exec(q);
    return q.next();
}

std::vector<ReviewCandidate> PolicyRepository::reviewCandidates()
{
    std::vector<ReviewCandidate> result;
    QSqlQuery q = m_book.exec(QStringLiteral(
            "SELECT c.id, c.code, c.name, c.policy_id, c.collector_id, c.next_review_date, "
            "(SELECT MAX(r.review_date) FROM credit_reviews r WHERE r.customer_id = c.id), c.created_at "
            "FROM customers c ORDER BY c.code"));
    while (q.next()) {
        ReviewCandidate r;
        r.customerId = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.policyId = optionalInt(q.value(3));
        r.collectorId = optionalInt(q.value(4));
        r.nextReviewDate = dayFromValue(q.value(5));
        r.lastReviewDate = dayFromValue(q.value(6));
        r.createdDate = QDate::fromString(q.value(7).toString().left(10), Qt::ISODate);
        result.push_back(std::move(r));
    }
    return result;
}

Id PolicyRepository::insertReview(const CreditReviewRecord &r)
{
    const Id id = nextId(QStringLiteral("credit_reviews"));
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO credit_reviews (id, customer_id, review_date, decision, old_limit, new_limit, old_class, "
            "new_class, temporary_limit, temporary_until, reviewer_id, notes, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(r.customerId));
    q.addBindValue(dayValue(r.reviewDate));
    q.addBindValue(r.decision);
    q.addBindValue(optionalValue(r.oldLimit));
    q.addBindValue(optionalValue(r.newLimit));
    q.addBindValue(r.oldClass.isNull() ? QString::fromLatin1("") : r.oldClass);
    q.addBindValue(r.newClass.isNull() ? QString::fromLatin1("") : r.newClass);
    q.addBindValue(optionalValue(r.temporaryLimit));
    q.addBindValue(r.temporaryUntil.isValid() ? dayValue(r.temporaryUntil) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(optionalId(r.reviewerId));
    q.addBindValue(r.notes.isNull() ? QString::fromLatin1("") : r.notes);
    q.addBindValue(r.createdAt);
    Book::exec(q);
    return id;
}

std::vector<CreditReviewRecord> PolicyRepository::reviews(Id customerId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT id, customer_id, review_date, decision, old_limit, new_limit, old_class, new_class, temporary_limit, "
            "temporary_until, reviewer_id, notes, created_at FROM credit_reviews WHERE customer_id = ? ORDER BY id"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
    std::vector<CreditReviewRecord> result;
    while (q.next()) {
        CreditReviewRecord r;
        r.id = q.value(0).toLongLong();
        r.customerId = q.value(1).toLongLong();
        r.reviewDate = dayFromValue(q.value(2));
        r.decision = q.value(3).toString();
        r.oldLimit = optionalInt(q.value(4));
        r.newLimit = optionalInt(q.value(5));
        r.oldClass = q.value(6).toString();
        r.newClass = q.value(7).toString();
        r.temporaryLimit = optionalInt(q.value(8));
        r.temporaryUntil = dayFromValue(q.value(9));
        r.reviewerId = optionalInt(q.value(10));
        r.notes = q.value(11).toString();
        r.createdAt = q.value(12).toString();
        result.push_back(std::move(r));
    }
    return result;
}

std::optional<MinorUnits> PolicyRepository::temporaryLimit(Id customerId, QDate day)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT temporary_limit FROM credit_reviews WHERE customer_id = ? AND temporary_limit IS NOT NULL "
            "AND review_date <= ? AND temporary_until >= ? ORDER BY review_date DESC, id DESC LIMIT 1"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(dayValue(day));
    q.addBindValue(dayValue(day));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void PolicyRepository::setCustomerCredit(Id customerId, std::optional<MinorUnits> limit, const QString &riskClass,
                                         QDate nextReview, const QString &at)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "UPDATE customers SET credit_limit = ?, risk_class = ?, next_review_date = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(optionalValue(limit));
    q.addBindValue(riskClass.isNull() ? QString::fromLatin1("") : riskClass);
    q.addBindValue(dayValue(nextReview));
    q.addBindValue(at);
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
}

void PolicyRepository::setNextReview(Id customerId, QDate nextReview, const QString &at)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("UPDATE customers SET next_review_date = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(dayValue(nextReview));
    q.addBindValue(at);
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
}

std::optional<qint64> PolicyRepository::previousScore(Id customerId, const QString &agency, QDate date)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT score FROM agency_scores WHERE customer_id = ? AND agency = ? AND score_date < ? "
            "AND score IS NOT NULL ORDER BY score_date DESC, id DESC LIMIT 1"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(agency);
    q.addBindValue(dayValue(date));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QString PolicyRepository::agencyScoreOn(Id customerId, QDate date)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT agency, score, rating FROM agency_scores WHERE customer_id = ? AND score_date = ? ORDER BY id"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(dayValue(date));
    Book::exec(q);
    QStringList parts;
    while (q.next()) {
        QString part = q.value(0).toString();
        if (!q.value(1).isNull())
            part += QLatin1Char(' ') + q.value(1).toString();
        if (!q.value(2).toString().isEmpty())
            part += QStringLiteral(" (%1)").arg(q.value(2).toString());
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

void PolicyRepository::insertAgencyScore(Id customerId, const QString &agency, std::optional<qint64> score,
                                         const QString &rating, QDate date)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO agency_scores (id, customer_id, agency, score, rating, score_date) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(nextId(QStringLiteral("agency_scores"))));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(agency);
    q.addBindValue(optionalValue(score));
    q.addBindValue(rating.isNull() ? QString::fromLatin1("") : rating);
    q.addBindValue(dayValue(date));
    Book::exec(q);
}

QString PolicyRepository::setting(const QString &key, const QString &fallback)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    Book::exec(q);
    return q.next() ? q.value(0).toString() : fallback;
}

std::optional<Id> PolicyRepository::customerPolicyId(Id customerId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT policy_id FROM customers WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return optionalInt(q.value(0));
}

QHash<Id, Id> PolicyRepository::customerPolicyIds()
{
    QHash<Id, Id> result;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT id, policy_id FROM customers WHERE policy_id IS NOT NULL"));
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return result;
}

Id PolicyRepository::savePolicy(const CreditPolicy &p)
{
    const bool insert = p.id == 0;
    const Id id = insert ? nextId(QStringLiteral("credit_policies")) : p.id;
    QSqlQuery q = m_book.prepare(
            insert ? QStringLiteral(
                             "INSERT INTO credit_policies (name, risk_class, segment, terms_days, "
                             "discount_percent_hundredths, discount_days, credit_limit, review_interval_days, strategy_id, "
                             "hold_over_limit, hold_days_past_due, hold_overdue_amount, hold_broken_promises, "
                             "hold_broken_window_days, interest_region, interest_margin_hundredths, compensation, "
                             "reminder_fee_cap, collection_fee_cap, fee_currency, post_interest, instalment_terms, id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   : QStringLiteral(
                             "UPDATE credit_policies SET name = ?, risk_class = ?, segment = ?, terms_days = ?, "
                             "discount_percent_hundredths = ?, discount_days = ?, credit_limit = ?, "
                             "review_interval_days = ?, strategy_id = ?, hold_over_limit = ?, hold_days_past_due = ?, "
                             "hold_overdue_amount = ?, hold_broken_promises = ?, hold_broken_window_days = ?, "
                             "interest_region = ?, interest_margin_hundredths = ?, compensation = ?, "
                             "reminder_fee_cap = ?, collection_fee_cap = ?, fee_currency = ?, post_interest = ?, "
                             "instalment_terms = ? WHERE id = ?"));
    auto text = [](const QString &value) { return value.isNull() ? QString::fromLatin1("") : value; };
    auto optionalSmall = [](std::optional<int> value) {
        return value ? QVariant::fromValue<qint64>(*value) : QVariant(QMetaType(QMetaType::LongLong));
    };
    q.addBindValue(p.name);
    q.addBindValue(text(p.riskClass));
    q.addBindValue(text(p.segment));
    q.addBindValue(p.termsDays);
    q.addBindValue(p.discountPercentHundredths);
    q.addBindValue(p.discountDays);
    q.addBindValue(optionalValue(p.creditLimit));
    q.addBindValue(p.reviewIntervalDays);
    q.addBindValue(optionalId(p.strategyId));
    q.addBindValue(p.holdOverLimit ? 1 : 0);
    q.addBindValue(optionalSmall(p.holdDaysPastDue));
    q.addBindValue(optionalValue(p.holdOverdueAmount));
    q.addBindValue(optionalSmall(p.holdBrokenPromises));
    q.addBindValue(optionalSmall(p.holdBrokenWindowDays));
    q.addBindValue(text(p.interestRegion));
    q.addBindValue(p.interestMarginHundredths);
    q.addBindValue(optionalValue(p.compensation));
    q.addBindValue(optionalValue(p.reminderFeeCap));
    q.addBindValue(optionalValue(p.collectionFeeCap));
    q.addBindValue(text(p.feeCurrency));
    q.addBindValue(p.postInterest ? 1 : 0);
    q.addBindValue(text(p.instalmentTerms));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    return id;
}

std::optional<Id> PolicyRepository::policyIdByName(const QString &name)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("SELECT id FROM credit_policies WHERE name = ?"));
    q.addBindValue(name);
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void PolicyRepository::setCustomerPolicy(Id customerId, std::optional<Id> policyId, const QString &at)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE customers SET policy_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(optionalId(policyId));
    q.addBindValue(at);
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    Book::exec(q);
}

std::vector<WriteOffRecord> PolicyRepository::writeOffsOf(Id invoiceId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT id, amount, requested_by, approved_by FROM write_offs WHERE invoice_id = ? ORDER BY id"));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    Book::exec(q);
    std::vector<WriteOffRecord> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), optionalInt(q.value(2)),
                          optionalInt(q.value(3))});
    return result;
}

// --- approvals -----------------------------------------------------------------------------------------------

std::vector<ApprovalLimit> PolicyRepository::approvalLimits()
{
    std::vector<ApprovalLimit> result;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT role, currency, max_amount FROM approval_limits ORDER BY role"));
    while (q.next())
        result.push_back({q.value(0).toString(), q.value(1).toString(), optionalInt(q.value(2))});
    return result;
}

namespace {
const QLatin1String kRequestSelect(
        "SELECT r.id, r.kind, r.invoice_id, i.number, i.customer_id, c.code, r.amount, r.currency, r.reason, "
        "r.requested_by, r.requested_at, r.status, r.decided_by, r.decided_at, r.decision_note, r.write_off_id "
        "FROM adjustment_requests r JOIN invoices i ON i.id = r.invoice_id JOIN customers c ON c.id = i.customer_id ");
AdjustmentRequest requestFrom(const QSqlQuery &q)
{
    AdjustmentRequest r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.invoiceId = q.value(2).toLongLong();
    r.invoiceNumber = q.value(3).toString();
    r.customerId = q.value(4).toLongLong();
    r.customerCode = q.value(5).toString();
    r.amount = q.value(6).toLongLong();
    r.currency = q.value(7).toString();
    r.reason = q.value(8).toString();
    r.requestedBy = optionalInt(q.value(9));
    r.requestedAt = q.value(10).toString();
    r.status = q.value(11).toString();
    r.decidedBy = optionalInt(q.value(12));
    r.decidedAt = q.value(13).toString();
    r.decisionNote = q.value(14).toString();
    r.writeOffId = optionalInt(q.value(15));
    return r;
}
} // namespace

std::optional<AdjustmentRequest> PolicyRepository::adjustmentRequest(Id id)
{
    QSqlQuery q = m_book.prepare(kRequestSelect + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return requestFrom(q);
}

std::vector<AdjustmentRequest> PolicyRepository::adjustmentRequests(const QString &status)
{
    QSqlQuery q = m_book.prepare(kRequestSelect + QStringLiteral("WHERE r.status = ? ORDER BY r.id"));
    q.addBindValue(status);
    Book::exec(q);
    std::vector<AdjustmentRequest> result;
    while (q.next())
        result.push_back(requestFrom(q));
    return result;
}

void PolicyRepository::decideAdjustmentRequest(Id id, const QString &status, std::optional<Id> by, const QString &at,
                                               const QString &note, std::optional<Id> writeOffId)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE adjustment_requests SET status = ?, decided_by = ?, "
                                                "decided_at = ?, decision_note = ?, write_off_id = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(optionalId(by));
    q.addBindValue(at);
    q.addBindValue(note.isNull() ? QString::fromLatin1("") : note);
    q.addBindValue(optionalId(writeOffId));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
}

void PolicyRepository::saveApprovalLimit(const ApprovalLimit &limit)
{
    QSqlQuery del = m_book.prepare(QStringLiteral("DELETE FROM approval_limits WHERE role = ?"));
    del.addBindValue(limit.role);
    Book::exec(del);
    QSqlQuery q = m_book.prepare(
            QStringLiteral("INSERT INTO approval_limits (role, currency, max_amount) VALUES (?, ?, ?)"));
    q.addBindValue(limit.role);
    q.addBindValue(limit.currency);
    q.addBindValue(optionalValue(limit.maxAmount));
    Book::exec(q);
}

// --- payment plans -----------------------------------------------------------------------------------------------

Id PolicyRepository::insertPlan(const PlanRecord &plan, const std::vector<Id> &invoiceIds,
                                const std::vector<PlanInstalment> &instalments, const Stamp &stamp)
{
    const Id id = nextId(QStringLiteral("payment_plans"));
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO payment_plans (id, customer_id, created_date, currency, total, down_payment, frequency, "
            "grace_days, status, approved_by, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    q.addBindValue(QVariant::fromValue<qint64>(plan.customerId));
    q.addBindValue(dayValue(plan.createdDate));
    q.addBindValue(plan.currency);
    q.addBindValue(QVariant::fromValue<qint64>(plan.total));
    q.addBindValue(QVariant::fromValue<qint64>(plan.downPayment));
    q.addBindValue(plan.frequency);
    q.addBindValue(plan.graceDays);
    q.addBindValue(optionalId(plan.approvedBy));
    q.addBindValue(optionalId(stamp.userId));
    q.addBindValue(stamp.at);
    Book::exec(q);
    QSqlQuery item = m_book.prepare(QStringLiteral("INSERT INTO payment_plan_items (plan_id, invoice_id) VALUES (?, ?)"));
    for (const Id invoiceId : invoiceIds) {
        item.addBindValue(QVariant::fromValue<qint64>(id));
        item.addBindValue(QVariant::fromValue<qint64>(invoiceId));
        Book::exec(item);
    }
    Id instalmentId = nextId(QStringLiteral("payment_plan_instalments"));
    QSqlQuery instalment = m_book.prepare(QStringLiteral(
            "INSERT INTO payment_plan_instalments (id, plan_id, seq, due_date, amount) VALUES (?, ?, ?, ?, ?)"));
    for (const PlanInstalment &i : instalments) {
        instalment.addBindValue(QVariant::fromValue<qint64>(instalmentId++));
        instalment.addBindValue(QVariant::fromValue<qint64>(id));
        instalment.addBindValue(i.seq);
        instalment.addBindValue(dayValue(i.dueDate));
        instalment.addBindValue(QVariant::fromValue<qint64>(i.amount));
        Book::exec(instalment);
    }
    return id;
}

namespace {
const QLatin1String kPlanSelect(
        "SELECT p.id, p.customer_id, c.code, p.created_date, p.currency, p.total, p.down_payment, p.frequency, "
        "p.grace_days, p.status, p.approved_by FROM payment_plans p JOIN customers c ON c.id = p.customer_id ");
PlanRecord planFrom(const QSqlQuery &q)
{
    PlanRecord p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.customerCode = q.value(2).toString();
    p.createdDate = dayFromValue(q.value(3));
    p.currency = q.value(4).toString();
    p.total = q.value(5).toLongLong();
    p.downPayment = q.value(6).toLongLong();
    p.frequency = q.value(7).toString();
    p.graceDays = q.value(8).toInt();
    p.status = q.value(9).toString();
    p.approvedBy = optionalInt(q.value(10));
    return p;
}
} // namespace

std::vector<PlanRecord> PolicyRepository::plans(const QString &status)
{
    QSqlQuery q = m_book.prepare(kPlanSelect + (status.isEmpty() ? QStringLiteral("WHERE ? = '' ORDER BY p.id")
                                                                 : QStringLiteral("WHERE p.status = ? ORDER BY p.id")));
    q.addBindValue(status.isNull() ? QString::fromLatin1("") : status);
    Book::exec(q);
    std::vector<PlanRecord> result;
    while (q.next())
        result.push_back(planFrom(q));
    return result;
}

std::optional<PlanRecord> PolicyRepository::plan(Id id)
{
    QSqlQuery q = m_book.prepare(kPlanSelect + QStringLiteral("WHERE p.id = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(id));
    Book::exec(q);
    if (!q.next())
        return std::nullopt;
    return planFrom(q);
}

std::vector<Id> PolicyRepository::planInvoices(Id planId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT invoice_id FROM payment_plan_items WHERE plan_id = ? ORDER BY invoice_id"));
    q.addBindValue(QVariant::fromValue<qint64>(planId));
    Book::exec(q);
    std::vector<Id> result;
    while (q.next())
        result.push_back(q.value(0).toLongLong());
    return result;
}

std::vector<PlanInstalment> PolicyRepository::planInstalments(Id planId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT seq, due_date, amount FROM payment_plan_instalments WHERE plan_id = ? ORDER BY seq"));
    q.addBindValue(QVariant::fromValue<qint64>(planId));
    Book::exec(q);
    std::vector<PlanInstalment> result;
    while (q.next())
        result.push_back({q.value(0).toInt(), dayFromValue(q.value(1)), q.value(2).toLongLong()});
    return result;
}

MinorUnits PolicyRepository::paidToPlan(Id planId, QDate from, QDate asOf)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "SELECT COALESCE(SUM(a.amount), 0) FROM allocations a JOIN payment_plan_items it ON it.invoice_id = "
            "a.invoice_id WHERE it.plan_id = ? AND a.payment_id IS NOT NULL AND a.alloc_date >= ? AND a.alloc_date <= ?"));
    q.addBindValue(QVariant::fromValue<qint64>(planId));
    q.addBindValue(dayValue(from));
    q.addBindValue(dayValue(asOf));
    Book::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void PolicyRepository::setPlanStatus(Id planId, const QString &status)
{
    QSqlQuery q = m_book.prepare(QStringLiteral("UPDATE payment_plans SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(QVariant::fromValue<qint64>(planId));
    Book::exec(q);
}

int PolicyRepository::assignPoliciesByRiskClass(const QString &at)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "UPDATE customers SET policy_id = (SELECT MIN(p.id) FROM credit_policies p WHERE p.risk_class = "
            "customers.risk_class AND p.segment = ''), updated_at = ? WHERE policy_id IS NULL AND risk_class <> '' "
            "AND EXISTS (SELECT 1 FROM credit_policies p WHERE p.risk_class = customers.risk_class AND p.segment = '')"));
    q.addBindValue(at);
    Book::exec(q);
    return q.numRowsAffected();
}

} // namespace ardesk
