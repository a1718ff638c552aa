#pragma once
// Reads and writes of customers and the posted ledger, with the derived state
// (invoice_state, payment_state, credit_note_state) kept in step in the same
// transaction. The caller (a service) holds the transaction and checks the rules;
// this class throws StorageError on any database failure.

#include "book.h"
#include "invoice_key_index.h"
#include "posted_writer.h"
#include "statement.h"

#include "domain/instalment_terms.h"
#include "domain/ledger_types.h"

#include <QHash>

#include <map>
#include <memory>
#include <tuple>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ardesk {

class KpiMovementWriter;
class LedgerSpanWriter;

// Who made a change and when (UTC ISO 8601).
struct Stamp final {
    std::optional<Id> userId;
    QString at;
    static Stamp now(std::optional<Id> userId);
};

struct CustomerKey final {
    Id id = 0;
    QString currency;
};

struct InvoiceKey final {
    Id id = 0;
    Id customerId = 0;
    QString currency;
    qint64 issueDay = 0;
    MinorUnits open = 0;
    qint64 dueDay = 0;
};

// What a bulk import already knows when it posts an allocation: the invoice's currency, due
// and issue day and the source's currency and start day (postAllocation would read them
// from the state rows, two look-ups per allocation).
struct AllocationKeys final {
    QString invoiceCurrency;
    qint64 invoiceDueDay = 0;
    qint64 invoiceIssueDay = 0;
    QString sourceCurrency;
    qint64 sourceStartDay = 0;
    Id invoiceCustomerId = 0; // 0: not known, looked up
};

class LedgerRepository final {
public:
    explicit LedgerRepository(Book &book);
    ~LedgerRepository();

    Book &book() { return m_book; }

    // --- customers ---------------------------------------------------------------------
    std::optional<Customer> customerByCode(const QString &code);
    std::optional<Customer> customerById(Id id);
    Id insertCustomer(const Customer &customer, const Stamp &stamp);
    void updateCustomer(const Customer &customer, const Stamp &stamp);
    QHash<QString, CustomerKey> customerIndex(); // code -> id, currency
    bool customerCodeExists(const QString &code);
    Id nextCustomerId();

    // --- lookups -----------------------------------------------------------------------
    std::optional<Invoice> invoiceByNumber(const QString &number);
    std::optional<Invoice> invoiceById(Id id);
    std::optional<Payment> paymentById(Id id);
    std::optional<CreditNote> creditNoteById(Id id);
    std::optional<Allocation> allocationById(Id id);
    bool invoiceNumberExists(const QString &number);
    bool creditNoteNumberExists(const QString &number);
    bool paymentReferenceExists(Id customerId, const QString &reference);
    bool isReversed(ReversalKind kind, Id targetId);
    // Invoices whose number is in `numbers` (for imports): number -> key.
    QHash<QString, InvoiceKey> invoiceKeys(const QStringList &numbers);
    QSet<QString> existingInvoiceNumbers(const QStringList &numbers);
    // Every invoice's key in one scan (for imports that reference a large share of the book),
    // by the number's bytes; expected: about how many there are (0: not known).
    InvoiceKeyIndex allInvoiceKeys(qint64 expected = 0);
    qint64 invoiceCount();

    // Open items of a customer now (open amount > 0), any order.
    std::vector<OpenItem> openItems(Id customerId);
    MinorUnits invoiceOpenNow(Id invoiceId);
    MinorUnits paymentUnappliedNow(Id paymentId);
    MinorUnits creditNoteUnappliedNow(Id creditNoteId);
    // The most that can be applied to the invoice by an allocation dated `date`
    // without its open amount going below zero on any later date.
    MinorUnits invoiceAvailableFrom(Id invoiceId, QDate date);
    // The same with the invoice's open amount now given by the caller (a bulk import that
    // keeps the open amounts in memory and writes invoice_state at the end).
    MinorUnits invoiceAvailableFrom(Id invoiceId, QDate date, MinorUnits openNow);
    // The same for what is left of a payment / credit note.
    MinorUnits paymentAvailableFrom(Id paymentId, QDate date);
    MinorUnits creditNoteAvailableFrom(Id creditNoteId, QDate date);
    // Latest date of any negative (reversing) allocation row: imports dated on or after
    // it can use the open amounts of now.
    std::optional<QDate> latestReversalAllocationDate();
    // Live (not reversed) allocations of a payment or credit note.
    std::vector<Allocation> liveAllocations(AllocationSource source, Id sourceId);

    // --- posting (state kept in step) -----------------------------------------------------
    // parts: the invoice's instalments (invoice_installments, docs/credit-policy.md
    // "Instalment terms"), written with it; empty: one item due on the invoice's due date.
    Id postInvoice(const Invoice &invoice, const Stamp &stamp, const std::vector<InstalmentPart> &parts = {});
    // The instalments of an invoice in their order; empty when it has none.
    std::vector<InstalmentPart> instalments(Id invoiceId);
    // The instalments of every invoice that has them, by invoice, each in its order (the one
    // reading of the parts for the readers of open items as of a date; docs/credit-policy.md).
    std::unordered_map<Id, std::vector<InstalmentPart>> allInstalments();
    Id postCreditNote(const CreditNote &note, const Stamp &stamp);
    // allocatedAlready: what the caller will apply right away with postAllocation(...,
    // SourceState::AlreadyCounted), so the state row is written once (bulk imports).
    Id postPayment(const Payment &payment, const Stamp &stamp, std::optional<Id> batchId = {},
                   MinorUnits allocatedAlready = 0);
    enum class SourceState { Update, AlreadyCounted };
    // InvoiceState::Deferred: the caller keeps the invoice's open amount itself and writes
    // it with setInvoiceOpenAmounts before the transaction commits (bulk imports: one
    // update per invoice, in key order, instead of one per allocation in date order).
    enum class InvoiceState { Update, Deferred };
    Id postAllocation(const Allocation &allocation, const Stamp &stamp, const QString &reasonCode = {},
                      SourceState sourceState = SourceState::Update,
                      InvoiceState invoiceState = InvoiceState::Update, const AllocationKeys *known = nullptr);
    // Sets invoice_state.open_amount for each (invoice id, open amount now); sorted by id.
    void setInvoiceOpenAmounts(const std::vector<std::pair<Id, MinorUnits>> &openByInvoice);
    Id postReversal(const Reversal &reversal, const Stamp &stamp);
    Id postWriteOff(Id invoiceId, QDate date, MinorUnits amount, const QString &reason,
                    std::optional<Id> requestedBy, std::optional<Id> approvedBy, const Stamp &stamp);
    // Marks a payment or credit note reversed in its state row (after its allocations
    // have been reversed by the caller).
    void markSourceReversed(ReversalKind kind, Id targetId, QDate date);
    // Bulk imports: from here on the AR movement aggregate's changes are summed in memory
    // and written by flushMovements(), which the caller must call before its transaction
    // commits (one upsert per distinct row instead of two per posting; on PostgreSQL the
    // upsert, which COPY cannot carry, no longer flushes the COPY buffers on every row).
    // Nothing may read ar_movements in between.
    void beginMovementBatch();
    void flushMovements();

private:
    // Adds to the AR movement aggregate (ar_movements.h), both grains.
    void addMovement(int kind, const QString &currency, qint64 dueDay, qint64 moveDay, MinorUnits amount);
    void addSourceReversalMovements(ReversalKind kind, Id targetId, QDate date);
    // The KPI movement aggregate (kpi_movements.h).
    KpiMovementWriter &kpiMovements();
    // The ledger spans (ledger_spans.h).
    LedgerSpanWriter &ledgerSpans();
    PostedWriter &writer(const QString &table);
    QSqlQuery &cached(const QString &sql);
    Statement &statement(const QString &sql);

    Book &m_book;
    // Writes the kind-0 AR movements of an allocation to an invoice with instalments
    // (ar_movements.h); false when the invoice has none.
    bool addInstalmentAllocationMovements(Id invoiceId, Id allocationId, const QString &currency, qint64 issueDay);
    bool m_batchMovements = false;
    // The maintained promise outcomes (promise_outcomes.h): a posting that can change a
    // customer's promise evaluation marks the customer stale, at once or (while batching) at
    // the flush.
    void promiseOutcomesChanged(Id customerId);
    // Marks the customer's maintained figures (customer_figures.h) stale: at once, or in a
    // batch at its flush (all of them when a batch touched many customers).
    void accountFiguresChanged(Id customerId);
    std::unordered_set<Id> m_staleFigureCustomers;
    // The maintained customer balances (customer_balances, schema step 18): adds to the
    // customer's open amount and unapplied amount (and so to its balance) at once with one
    // upsert, or while batching in memory, written by flushBalances() at the batch's flush
    // (one upsert per customer touched). Every customer has a row from its insertion on.
    void balanceChanged(Id customerId, MinorUnits openDelta, MinorUnits unappliedDelta);
    void writeBalance(Id customerId, MinorUnits openDelta, MinorUnits unappliedDelta);
    void flushBalances();
    struct BalanceDelta final {
        MinorUnits open = 0;
        MinorUnits unapplied = 0;
        bool touched = false;
    };
    std::vector<BalanceDelta> m_pendingBalances;                 // while batching, by customer id below kStaleBits
    std::unordered_map<Id, BalanceDelta> m_pendingFarBalances; // and the others
    std::vector<bool> m_staleFigureSeen; // while batching, a bit per id below kStaleBits
    void promiseOutcomesChangedByPayment(Id paymentId);
    std::unordered_set<Id> m_staleOutcomeCustomers;
    // While batching, the customers already marked, by id (a bit per id below kStaleBits; a
    // set look-up per payment and allocation was 2 % of a payments import at 1m).
    static constexpr Id kStaleBits = Id{1} << 22;
    std::vector<bool> m_staleOutcomeSeen;
    Id m_lastPaymentId = 0;
    Id m_lastPaymentCustomer = 0;
    // One row of the AR movement aggregate while batching: (grain, kind, due day, movement
    // day, currency) -> amount, in a hash table (a std::map keyed by the tuple was 10 % of an
    // import's CPU); flushMovements() writes the rows in the table's key order.
    struct PendingMovementKey final {
        qint64 dueDay = 0;
        qint64 moveDay = 0;
        int grain = 0;
        int kind = 0;
        QString currency;
        friend bool operator==(const PendingMovementKey &, const PendingMovementKey &) = default;
    };
    struct PendingMovementHash final {
        std::size_t operator()(const PendingMovementKey &key) const noexcept;
    };
    std::unordered_map<PendingMovementKey, MinorUnits, PendingMovementHash> m_pendingMovements;
    // While batching: the invoices that have instalment parts (read once, then kept up to
    // date by postInvoice), so that an allocation to an invoice without parts does not look
    // its parts up (addInstalmentAllocationMovements).
    std::optional<std::unordered_set<Id>> m_instalmentInvoices;
    QHash<QString, std::shared_ptr<PostedWriter>> m_writers;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    std::unique_ptr<KpiMovementWriter> m_kpiMovements;
    std::unique_ptr<LedgerSpanWriter> m_ledgerSpans;
};

QVariant dayValue(QDate date);
QDate dayFromValue(const QVariant &value);
QVariant optionalId(std::optional<Id> id);

} // namespace ardesk
