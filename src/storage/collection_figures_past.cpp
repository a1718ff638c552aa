// The account figures of the collector's queue as of a date with movements after it
// (CollectionRepository::accountFiguresAcross): the documents touched across the date are
// found through the maintained ledger spans (ledger_spans.h) instead of every allocation
// dated after it. The figures are the same as accountFigures' row by row (docs/
// performance.md "Issue 8, session 7: a queue as of a past date").

#include "collection_repository.h"

#include "ledger_repository.h"
#include "ledger_spans.h"
#include "statement.h"

#include "domain/instalment_terms.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ardesk {

namespace {

// (The same chunks of a scope as collection_repository.cpp's.)
constexpr std::size_t kPastChunk = 500;

struct PastScopeChunk final
{
    QString filter; // SQL condition on c
    std::vector<qint64> values;
};

std::vector<PastScopeChunk> pastScopeChunks(const CustomerScope &scope)
{
    switch (scope.kind) {
    case CustomerScope::Kind::Collector:
        return {{QStringLiteral("c.collector_id = ?"), {scope.collectorId}}};
    case CustomerScope::Kind::AllAssigned:
        return {{QStringLiteral("c.collector_id IS NOT NULL"), {}}};
    case CustomerScope::Kind::Customers:
        break;
    }
    std::vector<PastScopeChunk> chunks;
    for (std::size_t start = 0; start < scope.customers.size(); start += kPastChunk) {
        const std::size_t end = std::min(scope.customers.size(), start + kPastChunk);
        PastScopeChunk chunk;
        QStringList marks;
        for (std::size_t i = start; i < end; ++i) {
            marks << QStringLiteral("?");
            chunk.values.push_back(scope.customers[i]);
        }
        chunk.filter = QStringLiteral("c.id IN (%1)").arg(marks.join(u','));
        chunks.push_back(std::move(chunk));
    }
    return chunks;
}

} // namespace

bool CollectionRepository::hasAllocationsAfter(QDate date)
{
    Statement &s = statement(QStringLiteral("SELECT 1 FROM allocations WHERE alloc_date > ? LIMIT 1"));
    s.bind(1, date.toJulianDay());
    const bool found = s.next();
    s.reset();
    return found;
}

std::vector<AccountFigures> CollectionRepository::accountFiguresAcross(const CustomerScope &scope, QDate asOf)
{
    const qint64 day = asOf.toJulianDay();
    std::unordered_map<Id, AccountFigures> figures;
    auto entry = [&](Id customerId) -> AccountFigures & {
        auto [it, inserted] = figures.try_emplace(customerId);
        if (inserted)
            it->second.customerId = customerId;
        return it->second;
    };

    const bool everything = scope.kind == CustomerScope::Kind::AllAssigned;
    const std::vector<PastScopeChunk> chunks = pastScopeChunks(scope);
    // The scope's customers (for one collector or a list: the spans and disputes are read for
    // the whole book and kept for these).
    std::unordered_set<Id> inScope;
    if (!everything)
        for (const PastScopeChunk &chunk : chunks) {
            Statement &ids = statement(QStringLiteral("SELECT c.id FROM customers c WHERE %1").arg(chunk.filter));
            int index = 1;
            for (const qint64 value : chunk.values)
                ids.bind(index++, value);
            while (ids.next())
                inScope.insert(ids.int64(0));
        }
    auto wanted = [&](Id customerId) { return everything || inScope.contains(customerId); };

    // Invoices with instalment parts (docs/credit-policy.md "Instalment terms"): each part is
    // due on its own date, so they are summed item by item (step 3) from their parts.
    const std::unordered_map<Id, std::vector<InstalmentPart>> instalments = LedgerRepository(m_book).allInstalments();

    // 1. Every account summed straight from the items open now (as accountFigures), item by
    // item; the items are kept for step 3.
    struct OpenItemNow
    {
        Id invoiceId;
        Id customerId;
        qint64 dueDay;
        MinorUnits open;
    };
    std::vector<OpenItemNow> openNow;
    for (const PastScopeChunk &chunk : chunks) {
        Statement &base = statement(
                QStringLiteral("SELECT s.invoice_id, s.customer_id, s.due_date, s.open_amount %1 s.issue_date <= ?")
                        .arg(everything
                                     ? QStringLiteral("FROM invoice_state s WHERE s.open_amount <> 0 AND")
                                     : QStringLiteral("FROM customers c JOIN invoice_state s ON s.customer_id = c.id "
                                                      "AND s.open_amount <> 0 WHERE %1 AND")
                                               .arg(chunk.filter)));
        int index = 1;
        for (const qint64 value : chunk.values)
            base.bind(index++, value);
        base.bind(index++, day);
        while (base.next()) {
            const OpenItemNow item{base.int64(0), base.int64(1), base.int64(2), base.int64(3)};
            openNow.push_back(item);
            AccountFigures &f = entry(item.customerId);
            f.open += item.open;
            if (item.dueDay < day) {
                f.overdue += item.open;
                const QDate due = QDate::fromJulianDay(item.dueDay);
                if (!f.oldestOverdueDue.isValid() || due < f.oldestOverdueDue)
                    f.oldestOverdueDue = due;
            }
        }
    }

    // 2. The items that moved after the date (issued on or before it, with an allocation
    // after it: start_day <= D < last_day in ledger_spans, one key range per span class) with
    // their open amount on the date, and the items with a dispute open on the date.
    struct Touched
    {
        Id customerId;
        qint64 dueDay;
        MinorUnits openOnDate;
        MinorUnits disputed;
    };
    std::unordered_map<Id, Touched> touched; // by invoice
    {
        std::vector<Id> partlyApplied; // allocations on or before the date too: summed below
        Statement &spans = statement(QStringLiteral(
                "SELECT doc_id, customer_id, first_day, due_day, amount FROM ledger_spans WHERE kind = 0 "
                "AND span_class = ? AND start_day > ? AND start_day <= ? AND last_day > ?"));
        for (int c = 0; c < kSpanClassCount; ++c) {
            spans.bind(1, qint64{c});
            // (the last class has no upper bound: any span up to 2^30 days, within PostgreSQL's
            // INTEGER like the day columns)
            spans.bind(2, day - (c + 1 < kSpanClassCount ? qint64{2} << c : qint64{1} << 30));
            spans.bind(3, day);
            spans.bind(4, day);
            while (spans.next()) {
                const Id customerId = spans.int64(1);
                if (!wanted(customerId))
                    continue;
                const Id invoiceId = spans.int64(0);
                const bool appliedBefore = spans.int64(2) <= day;
                touched.emplace(invoiceId, Touched{customerId, spans.int64(3), spans.int64(4), 0});
                if (appliedBefore)
                    partlyApplied.push_back(invoiceId);
            }
        }
        Statement &applied = statement(QStringLiteral(
                "SELECT COALESCE(SUM(amount), 0) FROM allocations WHERE invoice_id = ? AND alloc_date <= ?"));
        for (const Id invoiceId : partlyApplied) {
            applied.bind(1, invoiceId);
            applied.bind(2, day);
            if (applied.next())
                touched.at(invoiceId).openOnDate -= applied.int64(0);
            applied.reset();
        }
    }
    {
        // Disputes open on the date: an item not moved after the date is open then as now.
        Statement &disputes = statement(QStringLiteral(
                "SELECT d.invoice_id, s.customer_id, s.due_date, s.open_amount, d.amount FROM disputes d "
                "JOIN invoice_state s ON s.invoice_id = d.invoice_id WHERE d.opened_date <= ? "
                "AND (d.resolved_date IS NULL OR d.resolved_date > ?) AND s.issue_date <= ?"));
        disputes.bind(1, day);
        disputes.bind(2, day);
        disputes.bind(3, day);
        while (disputes.next()) {
            const Id customerId = disputes.int64(1);
            if (!wanted(customerId))
                continue;
            auto [it, inserted] = touched.try_emplace(
                    disputes.int64(0), Touched{customerId, disputes.int64(2), disputes.int64(3), 0});
            it->second.disputed += disputes.int64(4);
        }
    }
    // An invoice with parts open now counts as touched: its overdue amount and oldest
    // overdue due date come from its parts.
    if (!instalments.empty())
        for (const PastScopeChunk &chunk : chunks) {
            Statement &parted = statement(
                    QStringLiteral("SELECT s.invoice_id, s.customer_id, s.due_date, s.open_amount "
                                   "FROM invoice_installments p JOIN invoice_state s ON s.invoice_id = p.invoice_id "
                                   "%1 p.seq = 1 AND s.open_amount <> 0 AND s.issue_date <= ?")
                            .arg(everything ? QStringLiteral("WHERE")
                                            : QStringLiteral("JOIN customers c ON c.id = s.customer_id WHERE %1 AND")
                                                      .arg(chunk.filter)));
            int m = 1;
            for (const qint64 value : chunk.values)
                parted.bind(m++, value);
            parted.bind(m++, day);
            while (parted.next())
                touched.try_emplace(parted.int64(0), Touched{parted.int64(1), parted.int64(2), parted.int64(3), 0});
        }

    // 3. Their accounts are summed again item by item: the untouched items open now as they
    // are, the touched ones as of the date.
    if (!touched.empty()) {
        std::vector<Id> affected;
        for (const auto &[invoiceId, t] : touched)
            affected.push_back(t.customerId);
        std::sort(affected.begin(), affected.end());
        affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
        for (const Id id : affected) {
            AccountFigures &f = entry(id);
            f.open = f.overdue = f.disputed = 0;
            f.oldestOverdueDue = QDate();
        }
        auto add = [&](Id invoiceId, Id customerId, qint64 dueDay, MinorUnits open, MinorUnits disputed) {
            if (open == 0)
                return; // no entry for an account without open items
            const auto parts = instalments.find(invoiceId);
            entry(customerId).addOpenInvoice(day, dueDay, open, disputed,
                                             parts == instalments.end() ? nullptr : &parts->second);
        };
        const std::unordered_set<Id> affectedSet(affected.begin(), affected.end());
        for (const OpenItemNow &item : openNow) {
            if (!affectedSet.contains(item.customerId) || touched.contains(item.invoiceId))
                continue; // not summed again, or added below as of the date
            add(item.invoiceId, item.customerId, item.dueDay, item.open, 0);
        }
        for (const auto &[invoiceId, t] : touched)
            add(invoiceId, t.customerId, t.dueDay, t.openOnDate, t.disputed);
    }

    // 4. Unapplied cash and credit notes as of the date (as in the aging report): for each payment
    // or credit note received or issued by the date and not reversed by then, its amount less
    // what was allocated by the date, i.e. what is allocated now less what it got after the date.
    // Read for the whole book (a few thousand rows) and kept for the scope, in three short reads
    // instead of one statement joining their union to the state rows:
    // - what each got after the date: only those with an allocation after their start day can
    //   have (their rows in ledger_spans), with their customer and start day from the span row;
    // - those with something unapplied now (never reversed: a reversal sets it to 0), whose
    //   amount less allocated is that unapplied amount (the partial index of the unapplied ones);
    // - those reversed after the date (amount and allocated from their state rows);
    // and for a document that got something after the date and is in neither, unapplied now is
    // 0: it counts what it got after the date when it was never reversed.
    for (const bool credits : {false, true}) {
        const QString stateTable = credits ? QStringLiteral("credit_note_state") : QStringLiteral("payment_state");
        const QString idColumn = credits ? QStringLiteral("credit_note_id") : QStringLiteral("payment_id");
        const QString dateColumn = credits ? QStringLiteral("issue_date") : QStringLiteral("received_date");
        struct Later
        {
            Id customerId;
            qint64 startDay;
            MinorUnits amount;
        };
        std::unordered_map<Id, Later> later; // by document
        {
            // Only the documents received or issued by the date count below (start_day <= D <
            // last_day): one key range of the primary key per span class, as for the invoices
            // above, instead of every span of the kind through ledger_spans_doc with a look-up
            // of its row each (docs/performance.md "Issue 8, session 11").
            Statement &s = statement(
                    QStringLiteral("SELECT sp.doc_id, sp.customer_id, sp.start_day, SUM(a.amount) FROM ledger_spans sp "
                                   "JOIN allocations a ON a.%1 = sp.doc_id WHERE sp.kind = %2 AND sp.span_class = ? "
                                   "AND sp.start_day > ? AND sp.start_day <= ? AND sp.last_day > ? "
                                   "AND a.alloc_date > ? GROUP BY sp.doc_id, sp.customer_id, sp.start_day")
                            .arg(idColumn)
                            .arg(credits ? 2 : 1));
            for (int c = 0; c < kSpanClassCount; ++c) {
                s.bind(1, qint64{c});
                s.bind(2, day - (c + 1 < kSpanClassCount ? qint64{2} << c : qint64{1} << 30));
                s.bind(3, day);
                s.bind(4, day);
                s.bind(5, day);
                while (s.next())
                    later.emplace(s.int64(0), Later{s.int64(1), s.int64(2), s.int64(3)});
            }
        }
        std::unordered_set<Id> counted;
        auto add = [&](Id documentId, Id customerId, MinorUnits amount) {
            counted.insert(documentId);
            if (const auto l = later.find(documentId); l != later.end())
                amount += l->second.amount;
            if (amount != 0 && wanted(customerId))
                entry(customerId).unapplied += amount;
        };
        {
            Statement &s = statement(QStringLiteral("SELECT %2, customer_id, unapplied FROM %1 WHERE unapplied <> 0 "
                                                    "AND %3 <= ?")
                                             .arg(stateTable, idColumn, dateColumn));
            s.bind(1, day);
            while (s.next())
                add(s.int64(0), s.int64(1), s.int64(2));
        }
        {
            Statement &s = statement(QStringLiteral("SELECT %2, customer_id, amount - allocated FROM %1 "
                                                    "WHERE reversed_date IS NOT NULL AND reversed_date > ? AND %3 <= ?")
                                             .arg(stateTable, idColumn, dateColumn));
            s.bind(1, day);
            s.bind(2, day);
            while (s.next())
                add(s.int64(0), s.int64(1), s.int64(2));
        }
        std::vector<Id> rest; // got something after the date, nothing unapplied now, not reversed after it
        for (const auto &[documentId, l] : later)
            if (!counted.contains(documentId) && l.startDay <= day && l.amount != 0 && wanted(l.customerId))
                rest.push_back(documentId);
        if (!rest.empty()) {
            std::sort(rest.begin(), rest.end());
            Statement &s = statement(QStringLiteral("SELECT reversed_date FROM %1 WHERE %2 = ?").arg(stateTable, idColumn));
            for (const Id documentId : rest) {
                s.bind(1, documentId);
                if (s.next() && s.isNull(0)) {
                    const Later &l = later.at(documentId);
                    entry(l.customerId).unapplied += l.amount;
                }
                s.reset();
            }
        }
    }

    std::unordered_set<Id> assigned;
    if (everything) {
        Statement &ids = statement(QStringLiteral("SELECT id FROM customers WHERE collector_id IS NOT NULL"));
        while (ids.next())
            assigned.insert(ids.int64(0));
    }
    std::vector<AccountFigures> result;
    result.reserve(figures.size());
    for (auto &[id, f] : figures)
        if ((f.open != 0 || f.unapplied != 0) && (!everything || assigned.contains(id)))
            result.push_back(f);
    std::sort(result.begin(), result.end(),
              [](const AccountFigures &a, const AccountFigures &b) { return a.customerId < b.customerId; });
    return result;
}

} // namespace ardesk
