// The account figures of the collector's queue as of a past date through the maintained ledger
// spans (src/storage/ledger_spans.h, CollectionRepository::accountFiguresAcross; docs/
// performance.md "Issue 8, session 7: a queue as of a past date"): on randomized small books
// (invoices, some in instalment parts, payments applied at once, oldest-first and later by
// hand, back-dated allocations, credit notes, write-offs, reversals of allocations, payments
// and credit notes, disputes open and resolved, accounts of two collectors and none), the
// figures equal those read from every later allocation (ARDESK_PAST_FIGURES=allocations)
// field by field, for every other day of the window and every scope, and so do the queues; the
// spans kept by the postings, by a CSV import and after a reassignment equal what the ledger
// gives; the migration's backfill rebuilds them exactly; the verifier finds a changed row.

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/collection_service.h"
#include "services/collection_support.h"
#include "services/import_service.h"
#include "services/ledger_service.h"
#include "services/promise_service.h"
#include "services/service_support.h"
#include "storage/collection_repository.h"
#include "storage/connection_tuning.h"
#include "storage/ledger_repository.h"
#include "storage/ledger_spans.h"
#include "storage/ledger_verifier.h"

#include <gtest/gtest.h>

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <random>

#include "support/test_book.h"

using namespace ardesk;

namespace {

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

// The read of every later allocation (the figures before the spans) while in scope.
class EveryLaterAllocation final
{
public:
    EveryLaterAllocation() { qputenv("ARDESK_PAST_FIGURES", "allocations"); }
    ~EveryLaterAllocation() { qunsetenv("ARDESK_PAST_FIGURES"); }
};

std::string text(const AccountFigures &f)
{
    return QStringLiteral("customer %1: open %2 overdue %3 disputed %4 unapplied %5 oldest %6")
            .arg(f.customerId)
            .arg(f.open)
            .arg(f.overdue)
            .arg(f.disputed)
            .arg(f.unapplied)
            .arg(f.oldestOverdueDue.toString(Qt::ISODate))
            .toStdString();
}

std::string text(const std::vector<AccountFigures> &figures)
{
    std::string out;
    for (const AccountFigures &f : figures)
        out += text(f) + "\n";
    return out;
}

std::string text(const Worklist &queue)
{
    std::string out;
    for (const WorklistItem &i : queue.items)
        out += QStringLiteral("%1 %2 %3 %4 overdue %5 balance %6 days %7 score %8 broken %9\n")
                       .arg(i.customerCode, i.task, i.due.toString(Qt::ISODate))
                       .arg(i.sourceId.value_or(0))
                       .arg(i.overdueAmount)
                       .arg(i.balance)
                       .arg(i.daysPastDue)
                       .arg(i.score.totalHundredths())
                       .arg(i.brokenPromises)
                       .toStdString();
    return out;
}

class PastFiguresBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(test::freshBookLocation(m_dir, QStringLiteral("past.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_admin = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_admin);
        UserService users(*m_admin);
        for (const char *login : {"c1", "c2"}) {
            const auto id = users.add(QString::fromLatin1(login), QString::fromLatin1(login), Role::Collector);
            ASSERT_TRUE(id) << describe(id.error());
            m_collectors.push_back(*id);
        }
    }

    void customer(const QString &code, std::optional<Id> collector)
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.currency = QStringLiteral("EUR");
        c.termsDays = 30;
        c.collectorId = collector;
        const auto id = m_ledger->addCustomer(c);
        ASSERT_TRUE(id) << describe(id.error());
        m_customerIds.push_back(*id);
    }

    std::vector<Id> ids(const QString &sql)
    {
        std::vector<Id> result;
        QSqlQuery q = m_book->exec(sql);
        while (q.next())
            result.push_back(q.value(0).toLongLong());
        return result;
    }

    // The spans kept equal what the ledger gives, and the verifier agrees.
    void expectSpansKept()
    {
        const auto stored = storedLedgerSpans(*m_book);
        EXPECT_EQ(stored, expectedLedgerSpans(*m_book));
        EXPECT_FALSE(stored.empty());
        const VerifyReport report = LedgerVerifier(*m_book).run();
        EXPECT_TRUE(report.ok) << report.firstProblem.toStdString();
    }

    // Each kind of tampered span row (missing, extra, changed in any column, of every kind,
    // at chunk borders or not) is found by the verifier's streamed check with the message and
    // count of the set-based check (checkLedgerSpans); the rows are restored after each.
    void expectTamperingFound()
    {
        const auto kept = storedLedgerSpans(*m_book);
        ASSERT_FALSE(kept.empty());
        std::map<int, std::vector<Id>> docs; // kind -> documents with a row, by id
        for (const auto &[key, row] : kept)
            docs[key.first].push_back(key.second);
        QStringList tamperings;
        for (const auto &[kind, ids] : docs) {
            const QString where = QStringLiteral(" WHERE kind = %1 AND doc_id = %2").arg(kind);
            for (const Id doc : {ids.front(), ids[ids.size() / 2], ids.back()}) {
                tamperings << QStringLiteral("DELETE FROM ledger_spans") + where.arg(doc);
                for (const char *change : {"span_class = span_class + 1", "start_day = start_day - 1",
                                           "customer_id = customer_id + 1", "first_day = first_day + 1",
                                           "last_day = last_day + 1", "due_day = due_day + 1", "amount = amount + 1"})
                    tamperings << QStringLiteral("UPDATE ledger_spans SET %1").arg(QLatin1String(change)) +
                                          where.arg(doc);
            }
            // Extra rows: a document without allocations after its start, one above every id.
            for (const Id doc : {Id{0}, ids.back() + 1000})
                tamperings << QStringLiteral("INSERT INTO ledger_spans (kind, span_class, start_day, doc_id, "
                                             "customer_id, first_day, last_day, due_day, amount) "
                                             "VALUES (%1, 0, 2461000, %2, 1, 2461000, 2461001, 0, 5)")
                                      .arg(kind)
                                      .arg(doc);
        }
        for (const int kind : {-1, 3})
            tamperings << QStringLiteral("INSERT INTO ledger_spans (kind, span_class, start_day, doc_id, customer_id, "
                                         "first_day, last_day, due_day, amount) "
                                         "VALUES (%1, 0, 2461000, 1, 1, 2461000, 2461001, 0, 5)")
                                  .arg(kind);
        tamperings << QStringLiteral("UPDATE ledger_spans SET last_day = last_day + 1 WHERE kind = 1")
                   << QStringLiteral("DELETE FROM ledger_spans WHERE kind = 2")
                   << QStringLiteral("DELETE FROM ledger_spans");
        for (const QString &sql : tamperings) {
            SCOPED_TRACE(sql.toStdString());
            (void)m_book->exec(sql);
            const LedgerSpanCheck reference = checkLedgerSpans(*m_book);
            ASSERT_GT(reference.differing, 0);
            const QString message = QStringLiteral("ledger_spans: %1 document(s) differ; first: %2")
                                            .arg(reference.differing)
                                            .arg(reference.first);
            for (const int chunk : {2, 32768}) {
                LedgerVerifier verifier(*m_book);
                verifier.setChunkRows(chunk);
                const VerifyReport report = verifier.run();
                EXPECT_FALSE(report.ok);
                EXPECT_EQ(report.problems, 1);
                EXPECT_EQ(report.firstProblem.toStdString(), message.toStdString()) << "chunk " << chunk;
                for (const VerifyCount &count : report.counts)
                    if (count.table == QStringLiteral("ledger_spans")) {
                        EXPECT_EQ(count.rows, reference.stored);
                    }
            }
            (void)m_book->exec(QStringLiteral("DELETE FROM ledger_spans"));
            (void)m_book->exec(ledgerSpansSchema().back());
            if (HasFailure())
                return;
        }
        EXPECT_EQ(storedLedgerSpans(*m_book), kept);
    }

    // For every other day of the window (and every scope), the figures through the spans equal
    // those read from every later allocation; on some days the queues too.
    void expectSameFigures(QDate from, QDate to)
    {
        std::vector<CustomerScope> scopes{CustomerScope::collector(m_collectors[0]),
                                          CustomerScope::collector(m_collectors[1]), CustomerScope::allAssigned(),
                                          CustomerScope::of({m_customerIds[0], m_customerIds[2], m_customerIds[5]})};
        int compared = 0;
        for (QDate d = from; d <= to; d = d.addDays(2)) {
            CollectionRepository repository(*m_book);
            for (const CustomerScope &scope : scopes) {
                const std::vector<AccountFigures> spans = repository.accountFiguresAcross(scope, d);
                std::vector<AccountFigures> every;
                {
                    EveryLaterAllocation old;
                    every = repository.accountFigures(scope, d);
                }
                ASSERT_EQ(text(spans), text(every)) << "as of " << d.toString(Qt::ISODate).toStdString();
                ++compared;
            }
            if (d.day() % 10 == 0) {
                for (const QString &login : {QStringLiteral("c1"), QStringLiteral("c2")}) {
                    const auto now = CollectionService(*m_admin).worklist(login, d);
                    ASSERT_TRUE(now) << describe(now.error());
                    EveryLaterAllocation old;
                    const auto before = CollectionService(*m_admin).worklist(login, d);
                    ASSERT_TRUE(before) << describe(before.error());
                    ASSERT_EQ(text(*now), text(*before)) << login.toStdString() << " as of "
                                                         << d.toString(Qt::ISODate).toStdString();
                }
            }
        }
        EXPECT_GT(compared, 0);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<LedgerService> m_ledger;
    std::vector<Id> m_collectors;
    std::vector<Id> m_customerIds;
};

class PastFigures : public PastFiguresBook, public ::testing::WithParamInterface<unsigned>
{
};

} // namespace

TEST_P(PastFigures, theSpansGiveTheFiguresOfEveryLaterAllocation)
{
    const unsigned seed = GetParam();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto chance = [&](int percent) { return uniform(1, 100) <= percent; };
    QStringList codes;
    for (int c = 0; c < 6; ++c) {
        codes << QStringLiteral("P%1").arg(c);
        customer(codes.back(), c == 5 ? std::nullopt : std::optional<Id>(m_collectors[static_cast<std::size_t>(c % 2)]));
    }
    const QDate start(2026, 1, 1);
    auto someDate = [&] { return start.addDays(uniform(0, 150)); };
    auto someCode = [&] { return codes[uniform(0, static_cast<int>(codes.size()) - 1)]; };
    auto pick = [&](const std::vector<Id> &from) -> std::optional<Id> {
        if (from.empty())
            return std::nullopt;
        return from[static_cast<std::size_t>(uniform(0, static_cast<int>(from.size()) - 1))];
    };
    int invoices = 0;
    int notes = 0;
    int payments = 0;
    for (int step = 0; step < 200; ++step) {
        const int what = uniform(1, 100);
        if (what <= 30) {
            Invoice i;
            i.number = QStringLiteral("I%1").arg(++invoices);
            i.issueDate = someDate();
            i.dueDate = i.issueDate.addDays(uniform(0, 60));
            i.amount = uniform(100, 100000);
            std::vector<InstalmentPart> parts;
            if (chance(20)) { // in three parts
                const MinorUnits first = i.amount / 3;
                parts = {{1, i.issueDate.addDays(10), first},
                         {2, i.issueDate.addDays(40), first},
                         {3, i.issueDate.addDays(70), i.amount - 2 * first}};
                i.dueDate = i.issueDate.addDays(70);
            }
            (void)m_ledger->postInvoice(i, someCode(), parts);
        } else if (what <= 55) {
            PaymentInput p;
            p.customerCode = someCode();
            p.receivedDate = someDate();
            p.amount = uniform(1, 120000);
            p.reference = QStringLiteral("R%1").arg(++payments);
            p.method = QStringLiteral("wire");
            p.apply = chance(70) ? PaymentInput::Apply::OldestDueFirst : PaymentInput::Apply::None;
            (void)m_ledger->postPayment(p);
        } else if (what <= 62) {
            CreditNote n;
            n.number = QStringLiteral("CN%1").arg(++notes);
            n.issueDate = someDate();
            n.amount = uniform(1, 30000);
            n.reason = QStringLiteral("price");
            (void)m_ledger->postCreditNote(n, someCode());
        } else if (what <= 74) {
            // Unapplied cash or credit applied by hand later (or back-dated) to an open invoice.
            const bool cash = chance(60);
            const auto source = pick(ids(cash ? QStringLiteral("SELECT payment_id FROM payment_state WHERE unapplied > 0")
                                              : QStringLiteral("SELECT credit_note_id FROM credit_note_state "
                                                               "WHERE unapplied > 0")));
            std::optional<Id> invoice;
            if (source)
                invoice = pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0 AND "
                                                  "customer_id = (SELECT customer_id FROM %1 WHERE %2 = %3)")
                                           .arg(cash ? QStringLiteral("payment_state") : QStringLiteral("credit_note_state"),
                                                cash ? QStringLiteral("payment_id") : QStringLiteral("credit_note_id"))
                                           .arg(*source)));
            if (source && invoice) {
                // Mostly after both were there (so after the source's start day), else any day.
                QSqlQuery q = m_book->exec(
                        QStringLiteral("SELECT MAX(d) FROM (SELECT %1 AS d FROM %2 WHERE %3 = %4 UNION ALL "
                                       "SELECT issue_date FROM invoice_state WHERE invoice_id = %5) x")
                                .arg(cash ? QStringLiteral("received_date") : QStringLiteral("issue_date"),
                                     cash ? QStringLiteral("payment_state") : QStringLiteral("credit_note_state"),
                                     cash ? QStringLiteral("payment_id") : QStringLiteral("credit_note_id"))
                                .arg(*source)
                                .arg(*invoice));
                const QDate later = q.next() ? QDate::fromJulianDay(q.value(0).toLongLong()) : someDate();
                q.finish();
                (void)m_ledger->allocate(cash ? AllocationSource::Payment : AllocationSource::CreditNote, *source,
                                         *invoice, uniform(1, 50000), chance(70) ? later.addDays(uniform(1, 60)) : someDate());
            }
        } else if (what <= 82) {
            if (const auto a = pick(ids(QStringLiteral("SELECT id FROM allocations WHERE amount > 0 AND "
                                                       "write_off_id IS NULL AND id NOT IN (SELECT reverses_id FROM "
                                                       "allocations WHERE reverses_id IS NOT NULL)"))))
                (void)m_ledger->reverseAllocation(*a, someDate(), QStringLiteral("mistake"));
        } else if (what <= 87) {
            if (const auto p = pick(ids(QStringLiteral("SELECT id FROM payments"))))
                (void)m_ledger->reversePayment(*p, someDate(), QStringLiteral("bounced"));
        } else if (what <= 90) {
            if (const auto n = pick(ids(QStringLiteral("SELECT id FROM credit_notes"))))
                (void)m_ledger->reverseCreditNote(*n, someDate(), QStringLiteral("issued by mistake"));
        } else if (what <= 95) {
            if (const auto invoice =
                        pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0")))) {
                const QDate date = someDate();
                (void)inTransaction(*m_book, [&]() -> Result<Id> {
                    LedgerRepository repo(*m_book);
                    const MinorUnits open = repo.invoiceAvailableFrom(*invoice, date);
                    if (open <= 0)
                        return std::unexpected(Error::invalid(QStringLiteral("nothing open")));
                    return m_ledger->postApprovedWriteOff(repo, *invoice, uniform(1, static_cast<int>(open)), date,
                                                          QStringLiteral("bad debt"), std::nullopt, std::nullopt);
                });
            }
        } else {
            // A dispute, open or resolved (some over the invoice's open amount).
            QSqlQuery all = m_book->exec(QStringLiteral("SELECT invoice_id, customer_id, amount FROM invoice_state"));
            std::vector<std::tuple<Id, Id, MinorUnits>> rows;
            while (all.next())
                rows.emplace_back(all.value(0).toLongLong(), all.value(1).toLongLong(), all.value(2).toLongLong());
            all.finish();
            if (rows.empty())
                continue;
            const auto &[invoice, customerId, amount] = rows[static_cast<std::size_t>(uniform(0, static_cast<int>(rows.size()) - 1))];
            const QDate opened = someDate();
            const bool resolved = chance(40);
            QSqlQuery insert = m_book->prepare(QStringLiteral(
                    "INSERT INTO disputes (invoice_id, customer_id, amount, reason, opened_date, status, resolved_date, "
                    "created_at) VALUES (?, ?, ?, 'test', ?, ?, ?, '2026-01-01T00:00:00Z')"));
            insert.addBindValue(QVariant::fromValue<qint64>(invoice));
            insert.addBindValue(QVariant::fromValue<qint64>(customerId));
            insert.addBindValue(QVariant::fromValue<qint64>(chance(30) ? amount + 5 : uniform(1, static_cast<int>(amount))));
            insert.addBindValue(dayValue(opened));
            insert.addBindValue(resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
            insert.addBindValue(resolved ? dayValue(opened.addDays(uniform(0, 60)))
                                         : QVariant(QMetaType(QMetaType::LongLong)));
            Book::exec(insert);
        }
        if (step % 100 == 99) {
            SCOPED_TRACE("after step " + std::to_string(step));
            expectSpansKept();
            expectSameFigures(start.addDays(-2), start.addDays(200));
            if (HasFailure())
                return;
        }
    }
    // A credit note applied three weeks after its issue day to a new invoice of its customer.
    {
        Invoice i;
        i.number = QStringLiteral("I-LATE");
        i.issueDate = start.addDays(90);
        i.dueDate = start.addDays(120);
        i.amount = 5000;
        const auto invoice = m_ledger->postInvoice(i, codes[0]);
        ASSERT_TRUE(invoice) << describe(invoice.error());
        CreditNote n;
        n.number = QStringLiteral("CN-LATE");
        n.issueDate = start.addDays(100);
        n.amount = 100;
        n.reason = QStringLiteral("price");
        const auto note = m_ledger->postCreditNote(n, codes[0]);
        ASSERT_TRUE(note) << describe(note.error());
        const auto applied = m_ledger->allocate(AllocationSource::CreditNote, *note, *invoice, 100, start.addDays(121));
        ASSERT_TRUE(applied) << describe(applied.error());
    }
    // A payment partly applied, then reversed long after (unapplied cash as of the dates between:
    // read from its state row, the reversal being after them), and one left unapplied.
    {
        PaymentInput p;
        p.customerCode = codes[0];
        p.receivedDate = start.addDays(30);
        p.amount = 70000;
        p.reference = QStringLiteral("R-LATE");
        p.method = QStringLiteral("wire");
        p.apply = PaymentInput::Apply::OldestDueFirst;
        const auto payment = m_ledger->postPayment(p);
        ASSERT_TRUE(payment) << describe(payment.error());
        ASSERT_TRUE(m_ledger->reversePayment(payment->paymentId, start.addDays(150), QStringLiteral("bounced")));
        p.reference = QStringLiteral("R-KEPT");
        p.amount = 3000;
        p.apply = PaymentInput::Apply::None;
        ASSERT_TRUE(m_ledger->postPayment(p));
    }
    // A reassignment (P0 to the second collector, P5 from none to the first): the spans do not
    // move, the figures follow the new portfolios.
    {
        QSqlQuery q = m_book->prepare(QStringLiteral("UPDATE customers SET collector_id = ? WHERE id = ?"));
        for (const auto &[collector, customerId] :
             {std::pair{m_collectors[1], m_customerIds[0]}, std::pair{m_collectors[0], m_customerIds[5]}}) {
            q.addBindValue(QVariant::fromValue<qint64>(collector));
            q.addBindValue(QVariant::fromValue<qint64>(customerId));
            Book::exec(q);
        }
        expectSpansKept();
        expectSameFigures(start.addDays(20), start.addDays(160));
    }
    // The sequence exercised the kinds of rows: invoices spanning many days, payments and credit
    // notes applied after their start, instalment invoices, reversals, disputes.
    for (const char *sql : {"SELECT COUNT(*) FROM ledger_spans WHERE kind = 0 AND span_class >= 5",
                            "SELECT COUNT(*) FROM ledger_spans WHERE kind = 1",
                            "SELECT COUNT(*) FROM ledger_spans WHERE kind = 2",
                            "SELECT COUNT(*) FROM ledger_spans WHERE kind = 0 AND first_day < last_day",
                            "SELECT COUNT(*) FROM invoice_installments",
                            "SELECT COUNT(*) FROM allocations WHERE reverses_id IS NOT NULL",
                            "SELECT COUNT(*) FROM payment_state WHERE reversed_date IS NOT NULL",
                            "SELECT COUNT(*) FROM disputes"}) {
        QSqlQuery q = m_book->exec(QString::fromLatin1(sql));
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toLongLong(), 0) << sql;
    }
    // The migration's backfill rebuilds exactly what the postings kept.
    const auto kept = storedLedgerSpans(*m_book);
    (void)m_book->exec(QStringLiteral("DELETE FROM ledger_spans"));
    (void)m_book->exec(ledgerSpansSchema().back());
    EXPECT_EQ(storedLedgerSpans(*m_book), kept);

    expectTamperingFound();
}

INSTANTIATE_TEST_SUITE_P(Seeds, PastFigures, ::testing::Values(1u, 2u, 3u));

// Issue 8, session 11 (docs/performance.md "a queue as of a past date (h/pastq)"): the queue
// evaluates the promises of the customers whose stored outcomes do not serve the date from
// CollectionRepository::promiseRuleInputsOn (their promises taken by the date, read once per
// customer, the payments and applications per customer and named invoice). On randomized
// books (promises of every customer, some naming an invoice, taken before and after payments
// applied oldest-first, by hand later and back-dated, partly reversed, and payments reversed),
// for every third day of the window the outcome of every promise taken by then equals the
// evaluation from every promise of the book (evaluateStoredPromises), and those taken later are
// pending there; on some days the queues of both collectors equal the queues read with the
// stored outcomes all stale (every customer through promiseRuleInputsOn).
class PastFiguresPromises : public PastFiguresBook, public ::testing::WithParamInterface<unsigned>
{
};

TEST_P(PastFiguresPromises, theRuleInputsAsOfADateGiveTheOutcomesOfEveryPromise)
{
    const unsigned seed = GetParam();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto chance = [&](int percent) { return uniform(1, 100) <= percent; };
    QStringList codes;
    for (int c = 0; c < 5; ++c) {
        codes << QStringLiteral("Q%1").arg(c);
        customer(codes.back(), c == 4 ? std::nullopt : std::optional<Id>(m_collectors[static_cast<std::size_t>(c % 2)]));
    }
    const QDate start(2026, 1, 1);
    auto someDate = [&] { return start.addDays(uniform(0, 150)); };
    auto someCode = [&] { return codes[uniform(0, static_cast<int>(codes.size()) - 1)]; };
    auto pick = [&](const std::vector<Id> &from) -> std::optional<Id> {
        if (from.empty())
            return std::nullopt;
        return from[static_cast<std::size_t>(uniform(0, static_cast<int>(from.size()) - 1))];
    };
    int invoices = 0;
    int payments = 0;
    PromiseService promises(*m_admin);
    for (int step = 0; step < 220; ++step) {
        const int what = uniform(1, 100);
        if (what <= 25) {
            Invoice i;
            i.number = QStringLiteral("I%1").arg(++invoices);
            i.issueDate = someDate();
            i.dueDate = i.issueDate.addDays(uniform(0, 40));
            i.amount = uniform(1000, 100000);
            (void)m_ledger->postInvoice(i, someCode());
        } else if (what <= 55) {
            PaymentInput p;
            p.customerCode = someCode();
            p.receivedDate = someDate();
            p.amount = uniform(100, 80000);
            p.reference = QStringLiteral("R%1").arg(++payments);
            p.method = QStringLiteral("wire");
            p.apply = chance(60) ? PaymentInput::Apply::OldestDueFirst : PaymentInput::Apply::None;
            (void)m_ledger->postPayment(p);
        } else if (what <= 80) {
            // A promise, naming an invoice of the customer half of the time.
            PromiseInput input;
            input.customerCode = someCode();
            input.takenOn = someDate();
            QString invoiceNumber;
            if (chance(50)) {
                QSqlQuery q = m_book->exec(QStringLiteral("SELECT i.number FROM invoices i JOIN customers c ON "
                                                          "c.id = i.customer_id WHERE c.code = '%1' ORDER BY i.id")
                                                   .arg(input.customerCode));
                QStringList numbers;
                while (q.next())
                    numbers << q.value(0).toString();
                q.finish();
                if (!numbers.isEmpty())
                    invoiceNumber = numbers[uniform(0, static_cast<int>(numbers.size()) - 1)];
            }
            input.instalments.push_back({uniform(500, 40000), input.takenOn.addDays(uniform(0, 30)), invoiceNumber});
            if (chance(30))
                input.instalments.push_back({uniform(500, 20000), input.takenOn.addDays(uniform(5, 45)), QString()});
            (void)promises.take(input);
        } else if (what <= 90) {
            // Unapplied cash applied by hand later (or back-dated) to an open invoice of its customer.
            const auto source = pick(ids(QStringLiteral("SELECT payment_id FROM payment_state WHERE unapplied > 0")));
            std::optional<Id> invoice;
            if (source)
                invoice = pick(ids(QStringLiteral("SELECT invoice_id FROM invoice_state WHERE open_amount > 0 AND "
                                                  "customer_id = (SELECT customer_id FROM payment_state WHERE "
                                                  "payment_id = %1)")
                                           .arg(*source)));
            if (source && invoice)
                (void)m_ledger->allocate(AllocationSource::Payment, *source, *invoice, uniform(1, 50000), someDate());
        } else if (what <= 95) {
            if (const auto a = pick(ids(QStringLiteral("SELECT id FROM allocations WHERE amount > 0 AND "
                                                       "payment_id IS NOT NULL AND id NOT IN (SELECT reverses_id FROM "
                                                       "allocations WHERE reverses_id IS NOT NULL)"))))
                (void)m_ledger->reverseAllocation(*a, someDate(), QStringLiteral("mistake"));
        } else {
            if (const auto p = pick(ids(QStringLiteral("SELECT id FROM payments"))))
                (void)m_ledger->reversePayment(*p, someDate(), QStringLiteral("bounced"));
        }
    }
    // The history has what the comparison needs: promises naming an invoice that got
    // applications, promises taken after others were due, reversed payments.
    for (const char *sql : {"SELECT COUNT(*) FROM promises WHERE invoice_id IS NOT NULL",
                            "SELECT COUNT(*) FROM promises p WHERE EXISTS (SELECT 1 FROM allocations a WHERE "
                            "a.invoice_id = p.invoice_id AND a.payment_id IS NOT NULL)",
                            "SELECT COUNT(*) FROM payment_state WHERE reversed_date IS NOT NULL",
                            "SELECT COUNT(*) FROM allocations WHERE reverses_id IS NOT NULL"}) {
        QSqlQuery q = m_book->exec(QString::fromLatin1(sql));
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toLongLong(), 0) << sql;
    }

    const int grace = 3;
    const std::vector<Id> everyone = m_customerIds;
    const CustomerScope all = CustomerScope::of(everyone);
    int compared = 0;
    int broken = 0;
    int kept = 0;
    for (QDate d = start.addDays(-1); d <= start.addDays(200); d = d.addDays(3)) {
        CollectionRepository repository(*m_book);
        const auto before = collections::evaluateStoredPromises(repository, &all, d, grace);
        ASSERT_TRUE(before) << describe(before.error());
        std::map<Id, std::pair<PromiseEvaluation, QDate>> expected; // by promise: the outcome, the day taken
        for (qsizetype i = 0; i < before->results.size(); ++i)
            expected.emplace(before->results[i].promiseId,
                             std::pair{before->results[i], before->promises[static_cast<std::size_t>(i)].takenDate});
        const PromiseRuleInputs inputs = repository.promiseRuleInputsOn(everyone, d, grace);
        const auto now = evaluatePromises(inputs.promises, inputs.payments, grace, d);
        ASSERT_TRUE(now) << describe(now.error());
        std::map<Id, PromiseEvaluation> got;
        for (const PromiseEvaluation &e : *now)
            got.emplace(e.promiseId, e);
        for (const auto &[id, outcome] : expected) {
            const auto &[evaluation, taken] = outcome;
            const std::string where = "promise " + std::to_string(id) + " as of " + d.toString(Qt::ISODate).toStdString();
            if (taken > d) {
                EXPECT_FALSE(got.contains(id)) << where;
                EXPECT_EQ(evaluation.status, PromiseStatus::Pending) << where;
                EXPECT_EQ(evaluation.counted, 0) << where;
                continue;
            }
            ASSERT_TRUE(got.contains(id)) << where;
            EXPECT_EQ(got.at(id), evaluation) << where;
            broken += evaluation.status == PromiseStatus::Broken ? 1 : 0;
            kept += evaluation.status == PromiseStatus::Kept ? 1 : 0;
            ++compared;
        }
        EXPECT_EQ(got.size() + std::count_if(expected.begin(), expected.end(),
                                             [&](const auto &e) { return e.second.second > d; }),
                  expected.size());
    }
    EXPECT_GT(compared, 100);
    EXPECT_GT(broken, 0);
    EXPECT_GT(kept, 0);

    // The queues with the stored outcomes (valid for the later days) equal those with every
    // customer evaluated through promiseRuleInputsOn.
    ASSERT_TRUE(promises.evaluate(start.addDays(200)));
    std::vector<std::string> withOutcomes;
    const std::vector<QDate> days{start.addDays(20), start.addDays(75), start.addDays(140), start.addDays(190)};
    for (const QDate d : days)
        for (const QString &login : {QStringLiteral("c1"), QStringLiteral("c2")}) {
            const auto queue = CollectionService(*m_admin).worklist(login, d);
            ASSERT_TRUE(queue) << describe(queue.error());
            withOutcomes.push_back(text(*queue));
        }
    (void)m_book->exec(QStringLiteral("DELETE FROM promise_outcome_customers"));
    std::size_t at = 0;
    for (const QDate d : days)
        for (const QString &login : {QStringLiteral("c1"), QStringLiteral("c2")}) {
            const auto queue = CollectionService(*m_admin).worklist(login, d);
            ASSERT_TRUE(queue) << describe(queue.error());
            EXPECT_EQ(text(*queue), withOutcomes[at++]) << login.toStdString() << " as of "
                                                         << d.toString(Qt::ISODate).toStdString();
        }
}

INSTANTIATE_TEST_SUITE_P(Seeds, PastFiguresPromises, ::testing::Values(1u, 2u, 3u, 4u));

// The CLI's work queue opens its book with kScatteredReadTuning (src/cli/
// commands_collections.cpp): no map of the book, whose touched pages counted as the
// process's memory (330 MB at 1m as of a past date), and a 16 MiB page cache.
TEST(PastQueueTuning, aBookOpenedForAQueueHasNoMapAndASmallCache)
{
    if (test::onPostgres())
        GTEST_SKIP() << "SQLite's page cache and map";
    EXPECT_EQ(kScatteredReadTuning.mmapBytes, 0);
    EXPECT_LE(kScatteredReadTuning.cacheKiB, 16384);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = test::freshBookLocation(dir, QStringLiteral("tuned.ardesk"));
    {
        auto created = BookService::create(location);
        ASSERT_TRUE(created) << describe(created.error());
    }
    const ConnectionTuning previous = connectionTuning();
    const auto restore = qScopeGuard([&] { setConnectionTuning(previous); });
    auto pragmas = [&](ConnectionTuning tuning) {
        setConnectionTuning(tuning);
        auto book = BookService::open(location, AccessMode::ReadOnly);
        EXPECT_TRUE(book) << describe(book.error());
        if (!book)
            return std::pair<qint64, qint64>{-1, -1};
        QSqlQuery map = (*book)->exec(QStringLiteral("PRAGMA mmap_size"));
        QSqlQuery cache = (*book)->exec(QStringLiteral("PRAGMA cache_size"));
        return std::pair<qint64, qint64>{map.next() ? map.value(0).toLongLong() : -1,
                                         cache.next() ? cache.value(0).toLongLong() : 0};
    };
    EXPECT_EQ(pragmas(kScatteredReadTuning), (std::pair<qint64, qint64>{0, -kScatteredReadTuning.cacheKiB}));
    // (the default, for comparison: a map)
    EXPECT_GT(pragmas(ConnectionTuning{}).first, 0);
}

TEST_F(PastFiguresBook, anImportKeepsTheSpansAndTheFigures)
{
    auto csv = [](const QStringList &lines) { return (lines.join(u'\n') + u'\n').toUtf8(); };
    ImportService import(*m_admin);
    QStringList customers{QStringLiteral("code,name,currency,terms_days,credit_limit")};
    QStringList invoicesCsv{QStringLiteral("number,customer_code,issue_date,due_date,amount,currency")};
    QStringList paymentsCsv{QStringLiteral("reference,customer_code,received_date,amount,currency,method,invoice_number")};
    std::mt19937 random(7);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    for (int c = 0; c < 4; ++c)
        customers << QStringLiteral("K%1,Imported %1,EUR,30,").arg(c);
    for (int i = 0; i < 60; ++i) {
        const QDate issue = QDate(2026, 1, 1).addDays(uniform(0, 120));
        invoicesCsv << QStringLiteral("K-%1,K%2,%3,%4,%5.00,EUR")
                               .arg(i)
                               .arg(i % 4)
                               .arg(issue.toString(Qt::ISODate), issue.addDays(30).toString(Qt::ISODate))
                               .arg(uniform(10, 900));
        if (i % 3 != 2) // paid later, some before the invoice was issued (applied on its issue day)
            paymentsCsv << QStringLiteral("KP-%1,K%2,%3,%4.00,EUR,wire,K-%1")
                                   .arg(i)
                                   .arg(i % 4)
                                   .arg(issue.addDays(uniform(-5, 90)).toString(Qt::ISODate))
                                   .arg(uniform(5, 600));
    }
    for (int p = 0; p < 12; ++p) // unapplied cash, applied oldest due first
        paymentsCsv << QStringLiteral("KU-%1,K%2,%3,%4.00,EUR,wire,")
                               .arg(p)
                               .arg(p % 4)
                               .arg(QDate(2026, 2, 1).addDays(uniform(0, 120)).toString(Qt::ISODate))
                               .arg(uniform(5, 400));
    for (const auto &[kind, lines, autoApply] :
         {std::tuple{ImportKind::Customers, customers, false}, std::tuple{ImportKind::Invoices, invoicesCsv, false},
          std::tuple{ImportKind::Payments, paymentsCsv, true}}) {
        ImportOptions options;
        options.autoApply = autoApply;
        const auto report = import.importData(kind, QStringLiteral("file.csv"), csv(lines), options);
        ASSERT_TRUE(report) << describe(report.error());
        ASSERT_TRUE(report->problems.empty()) << report->problems.front().reason.toStdString();
    }
    // The imported customers to the first collector, one to none.
    (void)m_book->exec(QStringLiteral("UPDATE customers SET collector_id = %1 WHERE code <> 'K3'").arg(m_collectors[0]));
    for (const Id id : ids(QStringLiteral("SELECT id FROM customers ORDER BY id")))
        m_customerIds.push_back(id);
    expectSpansKept();
    EXPECT_GT(storedLedgerSpans(*m_book).size(), 30u);
    expectSameFigures(QDate(2025, 12, 30), QDate(2026, 8, 1));
}

TEST_F(PastFiguresBook, theVerifierFindsASpanThatDiffersFromTheLedger)
{
    customer(QStringLiteral("V1"), m_collectors[0]);
    Invoice i;
    i.number = QStringLiteral("V-1");
    i.issueDate = QDate(2026, 1, 1);
    i.dueDate = QDate(2026, 1, 31);
    i.amount = 10000;
    ASSERT_TRUE(m_ledger->postInvoice(i, QStringLiteral("V1")));
    PaymentInput p;
    p.customerCode = QStringLiteral("V1");
    p.receivedDate = QDate(2026, 3, 1);
    p.amount = 10000;
    p.reference = QStringLiteral("V-P");
    p.method = QStringLiteral("wire");
    p.apply = PaymentInput::Apply::OldestDueFirst;
    ASSERT_TRUE(m_ledger->postPayment(p));
    // 1 January to 1 March: 59 days, class 5.
    const auto kept = storedLedgerSpans(*m_book);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(std::get<0>(kept.begin()->second), 5);
    EXPECT_EQ(std::get<4>(kept.begin()->second), QDate(2026, 3, 1).toJulianDay());
    EXPECT_TRUE(LedgerVerifier(*m_book).run().ok);
    (void)m_book->exec(QStringLiteral("UPDATE ledger_spans SET last_day = last_day - 1"));
    const VerifyReport report = LedgerVerifier(*m_book).run();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(report.firstProblem.contains(QStringLiteral("ledger_spans"))) << report.firstProblem.toStdString();
}

TEST(LedgerSpanClass, aSpanOfSDaysHasTheClassOfItsPowerOfTwo)
{
    EXPECT_EQ(spanClass(0), 0);
    EXPECT_EQ(spanClass(1), 0);
    EXPECT_EQ(spanClass(2), 1);
    EXPECT_EQ(spanClass(3), 1);
    EXPECT_EQ(spanClass(4), 2);
    EXPECT_EQ(spanClass(63), 5);
    EXPECT_EQ(spanClass(64), 6);
    EXPECT_EQ(spanClass(qint64{1} << 40), kSpanClassCount - 1);
}
