#include "schema.h"

#include "ar_movements.h"
#include "customer_figures.h"
#include "ledger_spans.h"
#include "kpi_movements.h"

namespace ardesk {

namespace {

// Dates are stored as INTEGER Julian day numbers (QDate::toJulianDay): compact, engine
// neutral and fast to compare. Money is {BIGINT} minor units beside a currency code.
// Time stamps are TEXT in UTC ISO 8601 ("2026-11-25T13:40:07Z").
QStringList schemaVersion1()
{
    return {
        // --- book and settings ---------------------------------------------------------
        QStringLiteral("CREATE TABLE book_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, updated_by {BIGINT})"),
        // --- staff and permissions -----------------------------------------------------
        QStringLiteral("CREATE TABLE users (id {ID}, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "role TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, language TEXT NOT NULL DEFAULT '', "
                       "password_hash TEXT, one_time_code_hash TEXT, failed_attempts INTEGER NOT NULL DEFAULT 0, "
                       "locked_until TEXT, region TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                       "created_by {BIGINT})"),
        QStringLiteral("CREATE TABLE role_permissions (role TEXT NOT NULL, action TEXT NOT NULL, "
                       "allowed INTEGER NOT NULL, PRIMARY KEY (role, action))"),
        QStringLiteral("CREATE TABLE approval_limits (role TEXT PRIMARY KEY, currency TEXT NOT NULL, "
                       "max_amount {BIGINT})"),
        // --- policies and strategies ----------------------------------------------------
        QStringLiteral("CREATE TABLE strategies (id {ID}, name TEXT NOT NULL UNIQUE, segment TEXT NOT NULL DEFAULT '', "
                       "risk_class TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE strategy_steps (id {ID}, strategy_id {BIGINT} NOT NULL REFERENCES strategies(id), "
                       "seq INTEGER NOT NULL, offset_days INTEGER NOT NULL, action TEXT NOT NULL, "
                       "UNIQUE (strategy_id, seq))"),
        QStringLiteral("CREATE TABLE credit_policies (id {ID}, name TEXT NOT NULL UNIQUE, risk_class TEXT NOT NULL DEFAULT '', "
                       "segment TEXT NOT NULL DEFAULT '', terms_days INTEGER NOT NULL DEFAULT 30, "
                       "discount_percent_hundredths INTEGER NOT NULL DEFAULT 0, discount_days INTEGER NOT NULL DEFAULT 0, "
                       "credit_limit {BIGINT}, review_interval_days INTEGER NOT NULL DEFAULT 365, "
                       "strategy_id {BIGINT} REFERENCES strategies(id), hold_over_limit INTEGER NOT NULL DEFAULT 1, "
                       "hold_days_past_due INTEGER, hold_overdue_amount {BIGINT}, hold_broken_promises INTEGER, "
                       "hold_broken_window_days INTEGER, interest_region TEXT NOT NULL DEFAULT '', "
                       "interest_margin_hundredths INTEGER NOT NULL DEFAULT 800, compensation {BIGINT}, "
                       "reminder_fee_cap {BIGINT}, collection_fee_cap {BIGINT}, fee_currency TEXT NOT NULL DEFAULT '')"),
        // --- customers -----------------------------------------------------------------
        QStringLiteral("CREATE TABLE customers (id {ID}, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "currency TEXT NOT NULL, terms_days INTEGER NOT NULL, credit_limit {BIGINT}, "
                       "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', timezone TEXT NOT NULL DEFAULT '', "
                       "country TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
                       "segment TEXT NOT NULL DEFAULT '', risk_class TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', "
                       "consumer INTEGER NOT NULL DEFAULT 0, collector_id {BIGINT} REFERENCES users(id), "
                       "policy_id {BIGINT} REFERENCES credit_policies(id), do_not_call INTEGER NOT NULL DEFAULT 0, "
                       "cease_communication INTEGER NOT NULL DEFAULT 0, attorney INTEGER NOT NULL DEFAULT 0, "
                       "no_work_calls INTEGER NOT NULL DEFAULT 0, on_hold INTEGER NOT NULL DEFAULT 0, "
                       "next_review_date INTEGER, created_at TEXT NOT NULL, created_by {BIGINT}, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX customers_name ON customers (name)"),
        QStringLiteral("CREATE INDEX customers_collector ON customers (collector_id)"),
        QStringLiteral("CREATE TABLE customer_contacts (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                       "email TEXT NOT NULL DEFAULT '', timezone TEXT NOT NULL DEFAULT '', "
                       "is_primary INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id)"),
        QStringLiteral("CREATE TABLE customer_notes (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "at TEXT NOT NULL, user_id {BIGINT} REFERENCES users(id), text TEXT NOT NULL, "
                       "pinned INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX customer_notes_customer ON customer_notes (customer_id)"),
        // --- the posted ledger (immutable, hash-chained) --------------------------------
        QStringLiteral("CREATE TABLE invoices (id {ID}, number TEXT NOT NULL UNIQUE, "
                       "customer_id {BIGINT} NOT NULL REFERENCES customers(id), issue_date INTEGER NOT NULL, "
                       "due_date INTEGER NOT NULL, amount {BIGINT} NOT NULL CHECK (amount > 0), currency TEXT NOT NULL, "
                       "kind TEXT NOT NULL DEFAULT 'invoice', created_at TEXT NOT NULL, created_by {BIGINT}, "
                       "hash {BLOB} NOT NULL)"),
        QStringLiteral("CREATE INDEX invoices_customer ON invoices (customer_id, due_date)"),
        QStringLiteral("CREATE INDEX invoices_issue ON invoices (issue_date)"),
        QStringLiteral("CREATE TABLE invoice_installments (id {ID}, invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), "
                       "seq INTEGER NOT NULL, due_date INTEGER NOT NULL, amount {BIGINT} NOT NULL, UNIQUE (invoice_id, seq))"),
        QStringLiteral("CREATE TABLE credit_notes (id {ID}, number TEXT NOT NULL UNIQUE, "
                       "customer_id {BIGINT} NOT NULL REFERENCES customers(id), issue_date INTEGER NOT NULL, "
                       "amount {BIGINT} NOT NULL CHECK (amount > 0), currency TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                       "created_at TEXT NOT NULL, created_by {BIGINT}, hash {BLOB} NOT NULL)"),
        QStringLiteral("CREATE INDEX credit_notes_customer ON credit_notes (customer_id)"),
        QStringLiteral("CREATE TABLE deposit_batches (id {ID}, name TEXT NOT NULL, currency TEXT NOT NULL, "
                       "control_total {BIGINT} NOT NULL, control_count INTEGER NOT NULL, posted_at TEXT NOT NULL, "
                       "posted_by {BIGINT})"),
        QStringLiteral("CREATE TABLE payments (id {ID}, reference TEXT NOT NULL DEFAULT '', "
                       "customer_id {BIGINT} NOT NULL REFERENCES customers(id), received_date INTEGER NOT NULL, "
                       "amount {BIGINT} NOT NULL CHECK (amount > 0), currency TEXT NOT NULL, method TEXT NOT NULL DEFAULT '', "
                       "batch_id {BIGINT} REFERENCES deposit_batches(id), bank_entry_id {BIGINT}, "
                       "created_at TEXT NOT NULL, created_by {BIGINT}, hash {BLOB} NOT NULL)"),
        QStringLiteral("CREATE INDEX payments_customer ON payments (customer_id, received_date)"),
        QStringLiteral("CREATE INDEX payments_reference ON payments (reference)"),
        QStringLiteral("CREATE INDEX payments_received ON payments (received_date)"),
        QStringLiteral("CREATE TABLE write_offs (id {ID}, invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), "
                       "write_off_date INTEGER NOT NULL, amount {BIGINT} NOT NULL CHECK (amount > 0), "
                       "reason TEXT NOT NULL, requested_by {BIGINT}, approved_by {BIGINT}, "
                       "created_at TEXT NOT NULL, created_by {BIGINT}, hash {BLOB} NOT NULL)"),
        QStringLiteral("CREATE TABLE allocations (id {ID}, invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), "
                       "payment_id {BIGINT} REFERENCES payments(id), credit_note_id {BIGINT} REFERENCES credit_notes(id), "
                       "write_off_id {BIGINT} REFERENCES write_offs(id), alloc_date INTEGER NOT NULL, "
                       "amount {BIGINT} NOT NULL CHECK (amount <> 0), reverses_id {BIGINT} REFERENCES allocations(id), "
                       "reason_code TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, created_by {BIGINT}, "
                       "hash {BLOB} NOT NULL, "
                       "CHECK ((CASE WHEN payment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN credit_note_id IS NULL THEN 0 ELSE 1 END) "
                       "+ (CASE WHEN write_off_id IS NULL THEN 0 ELSE 1 END) = 1))"),
        QStringLiteral("CREATE INDEX allocations_invoice ON allocations (invoice_id, alloc_date)"),
        QStringLiteral("CREATE INDEX allocations_payment ON allocations (payment_id) WHERE payment_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX allocations_credit_note ON allocations (credit_note_id) WHERE credit_note_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX allocations_date ON allocations (alloc_date, invoice_id, amount)"),
        QStringLiteral("CREATE UNIQUE INDEX allocations_reverses ON allocations (reverses_id) WHERE reverses_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE reversals (id {ID}, kind INTEGER NOT NULL, target_id {BIGINT} NOT NULL, "
                       "reversal_date INTEGER NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "created_by {BIGINT}, hash {BLOB} NOT NULL, UNIQUE (kind, target_id))"),
        QStringLiteral("CREATE INDEX reversals_date ON reversals (reversal_date)"),
        // --- derived state, kept in the same transaction as the postings ----------------
        QStringLiteral("CREATE TABLE invoice_state (invoice_id {BIGINT} PRIMARY KEY REFERENCES invoices(id), "
                       "customer_id {BIGINT} NOT NULL, currency TEXT NOT NULL, issue_date INTEGER NOT NULL, "
                       "due_date INTEGER NOT NULL, amount {BIGINT} NOT NULL, open_amount {BIGINT} NOT NULL, "
                       "CHECK (open_amount >= 0 AND open_amount <= amount))"),
        QStringLiteral("CREATE INDEX invoice_state_open ON invoice_state (customer_id, due_date, currency, issue_date, "
                       "open_amount) WHERE open_amount <> 0"),
        QStringLiteral("CREATE TABLE payment_state (payment_id {BIGINT} PRIMARY KEY REFERENCES payments(id), "
                       "customer_id {BIGINT} NOT NULL, currency TEXT NOT NULL, received_date INTEGER NOT NULL, "
                       "amount {BIGINT} NOT NULL, allocated {BIGINT} NOT NULL, unapplied {BIGINT} NOT NULL, "
                       "reversed_date INTEGER, CHECK (unapplied >= 0))"),
        QStringLiteral("CREATE INDEX payment_state_unapplied ON payment_state (customer_id, currency, received_date, "
                       "unapplied) WHERE unapplied <> 0"),
        QStringLiteral("CREATE TABLE credit_note_state (credit_note_id {BIGINT} PRIMARY KEY REFERENCES credit_notes(id), "
                       "customer_id {BIGINT} NOT NULL, currency TEXT NOT NULL, issue_date INTEGER NOT NULL, "
                       "amount {BIGINT} NOT NULL, allocated {BIGINT} NOT NULL, unapplied {BIGINT} NOT NULL, "
                       "reversed_date INTEGER, CHECK (unapplied >= 0))"),
        QStringLiteral("CREATE INDEX credit_note_state_unapplied ON credit_note_state (customer_id, unapplied) "
                       "WHERE unapplied <> 0"),
        // --- audit -----------------------------------------------------------------------
        QStringLiteral("CREATE TABLE audit_log (id {ID}, at TEXT NOT NULL, user_id {BIGINT}, action TEXT NOT NULL, "
                       "entity TEXT NOT NULL, entity_id {BIGINT}, details TEXT NOT NULL DEFAULT '', hash {BLOB} NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
    };
}

// Version 2: the collections desk, credit control, reporting and bank files.
QStringList schemaVersion2()
{
    return {
        // --- collections desk --------------------------------------------------------------
        QStringLiteral("CREATE TABLE contact_log (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "user_id {BIGINT} REFERENCES users(id), at TEXT NOT NULL, channel TEXT NOT NULL, "
                       "person TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', "
                       "duration_seconds INTEGER NOT NULL DEFAULT 0, follow_up_date INTEGER, "
                       "override_reason TEXT NOT NULL DEFAULT '', override_by {BIGINT})"),
        QStringLiteral("CREATE INDEX contact_log_customer ON contact_log (customer_id, at)"),
        QStringLiteral("CREATE INDEX contact_log_user ON contact_log (user_id, at)"),
        QStringLiteral("CREATE TABLE promises (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "collector_id {BIGINT} REFERENCES users(id), contact_id {BIGINT} REFERENCES contact_log(id), "
                       "taken_date INTEGER NOT NULL, promised_date INTEGER NOT NULL, amount {BIGINT} NOT NULL CHECK (amount > 0), "
                       "currency TEXT NOT NULL, invoice_id {BIGINT} REFERENCES invoices(id), "
                       "status TEXT NOT NULL DEFAULT 'pending', paid {BIGINT} NOT NULL DEFAULT 0, evaluated_as_of INTEGER, "
                       "created_at TEXT NOT NULL, created_by {BIGINT})"),
        QStringLiteral("CREATE INDEX promises_customer ON promises (customer_id, promised_date)"),
        QStringLiteral("CREATE TABLE disputes (id {ID}, invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), "
                       "customer_id {BIGINT} NOT NULL REFERENCES customers(id), amount {BIGINT} NOT NULL CHECK (amount > 0), "
                       "reason TEXT NOT NULL, owner_id {BIGINT} REFERENCES users(id), due_date INTEGER, "
                       "opened_date INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open', resolution TEXT NOT NULL DEFAULT '', "
                       "resolved_date INTEGER, resolution_ref {BIGINT}, notes TEXT NOT NULL DEFAULT '', "
                       "created_at TEXT NOT NULL, created_by {BIGINT})"),
        QStringLiteral("CREATE INDEX disputes_invoice ON disputes (invoice_id)"),
        QStringLiteral("CREATE INDEX disputes_customer ON disputes (customer_id, status)"),
        QStringLiteral("CREATE TABLE complaints (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "received_date INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL, "
                       "satisfaction INTEGER, description TEXT NOT NULL DEFAULT '', resolution TEXT NOT NULL DEFAULT '', "
                       "resolved_date INTEGER, user_id {BIGINT} REFERENCES users(id), created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE tasks (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "assignee_id {BIGINT} REFERENCES users(id), kind TEXT NOT NULL, due_date INTEGER NOT NULL, "
                       "status TEXT NOT NULL DEFAULT 'open', source_kind TEXT NOT NULL DEFAULT '', source_id {BIGINT}, "
                       "dedupe_key TEXT UNIQUE, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                       "created_by {BIGINT}, taken_by {BIGINT}, done_at TEXT, done_by {BIGINT}, result TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX tasks_queue ON tasks (assignee_id, status, due_date)"),
        QStringLiteral("CREATE INDEX tasks_customer ON tasks (customer_id, status)"),
        QStringLiteral("CREATE TABLE escalations (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "from_user {BIGINT} REFERENCES users(id), to_user {BIGINT} REFERENCES users(id), reason TEXT NOT NULL, "
                       "status TEXT NOT NULL DEFAULT 'open', instructions TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                       "resolved_at TEXT, resolved_by {BIGINT})"),
        // --- credit control ------------------------------------------------------------------
        QStringLiteral("CREATE TABLE credit_holds (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "trigger_kind TEXT NOT NULL, details TEXT NOT NULL DEFAULT '', set_date INTEGER NOT NULL, "
                       "released_date INTEGER, released_by {BIGINT}, release_reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX credit_holds_customer ON credit_holds (customer_id)"),
        QStringLiteral("CREATE TABLE credit_reviews (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "review_date INTEGER NOT NULL, decision TEXT NOT NULL, old_limit {BIGINT}, new_limit {BIGINT}, "
                       "old_class TEXT NOT NULL DEFAULT '', new_class TEXT NOT NULL DEFAULT '', temporary_limit {BIGINT}, "
                       "temporary_until INTEGER, reviewer_id {BIGINT}, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE agency_scores (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "agency TEXT NOT NULL, score INTEGER, rating TEXT NOT NULL DEFAULT '', score_date INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE reference_rates (id {ID}, region TEXT NOT NULL, valid_from INTEGER NOT NULL, "
                       "rate_millionths {BIGINT} NOT NULL, UNIQUE (region, valid_from))"),
        QStringLiteral("CREATE TABLE payment_plans (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "created_date INTEGER NOT NULL, currency TEXT NOT NULL, total {BIGINT} NOT NULL, "
                       "down_payment {BIGINT} NOT NULL DEFAULT 0, frequency TEXT NOT NULL, grace_days INTEGER NOT NULL DEFAULT 3, "
                       "status TEXT NOT NULL DEFAULT 'active', approved_by {BIGINT}, created_by {BIGINT}, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE payment_plan_items (plan_id {BIGINT} NOT NULL REFERENCES payment_plans(id), "
                       "invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), PRIMARY KEY (plan_id, invoice_id))"),
        QStringLiteral("CREATE TABLE payment_plan_instalments (id {ID}, plan_id {BIGINT} NOT NULL REFERENCES payment_plans(id), "
                       "seq INTEGER NOT NULL, due_date INTEGER NOT NULL, amount {BIGINT} NOT NULL, UNIQUE (plan_id, seq))"),
        QStringLiteral("CREATE TABLE adjustment_requests (id {ID}, kind TEXT NOT NULL, invoice_id {BIGINT} NOT NULL "
                       "REFERENCES invoices(id), amount {BIGINT} NOT NULL CHECK (amount > 0), currency TEXT NOT NULL, "
                       "reason TEXT NOT NULL, requested_by {BIGINT}, requested_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', "
                       "decided_by {BIGINT}, decided_at TEXT, decision_note TEXT NOT NULL DEFAULT '', write_off_id {BIGINT})"),
        QStringLiteral("CREATE TABLE letters (id {ID}, customer_id {BIGINT} NOT NULL REFERENCES customers(id), "
                       "kind TEXT NOT NULL, level INTEGER NOT NULL DEFAULT 0, as_of INTEGER NOT NULL, language TEXT NOT NULL, "
                       "dedupe_key TEXT UNIQUE, document {BLOB}, created_at TEXT NOT NULL, created_by {BIGINT})"),
        QStringLiteral("CREATE TABLE letter_templates (kind TEXT NOT NULL, language TEXT NOT NULL, body TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, PRIMARY KEY (kind, language))"),
        // --- reporting -------------------------------------------------------------------------
        QStringLiteral("CREATE TABLE aging_snapshots (id {ID}, as_of INTEGER NOT NULL, basis TEXT NOT NULL, "
                       "edges TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (as_of, basis, edges))"),
        QStringLiteral("CREATE TABLE aging_snapshot_lines (snapshot_id {BIGINT} NOT NULL REFERENCES aging_snapshots(id), "
                       "customer_id {BIGINT} NOT NULL, currency TEXT NOT NULL, bucket INTEGER NOT NULL, amount {BIGINT} NOT NULL, "
                       "PRIMARY KEY (snapshot_id, customer_id, currency, bucket))"),
        QStringLiteral("CREATE TABLE collector_targets (user_id {BIGINT} NOT NULL REFERENCES users(id), "
                       "period TEXT NOT NULL, currency TEXT NOT NULL, target {BIGINT} NOT NULL, PRIMARY KEY (user_id, period, currency))"),
        // --- bank files ------------------------------------------------------------------------
        QStringLiteral("CREATE TABLE bank_mappings (name TEXT PRIMARY KEY, definition TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE bank_statements (id {ID}, statement_ref TEXT NOT NULL, account TEXT NOT NULL DEFAULT '', "
                       "file_sha256 TEXT NOT NULL, imported_at TEXT NOT NULL, imported_by {BIGINT}, UNIQUE (file_sha256))"),
        QStringLiteral("CREATE TABLE bank_entries (id {ID}, statement_id {BIGINT} NOT NULL REFERENCES bank_statements(id), "
                       "entry_ref TEXT NOT NULL UNIQUE, booking_date INTEGER NOT NULL, amount {BIGINT} NOT NULL, "
                       "currency TEXT NOT NULL, debtor_name TEXT NOT NULL DEFAULT '', debtor_account TEXT NOT NULL DEFAULT '', "
                       "remittance TEXT NOT NULL DEFAULT '', payment_id {BIGINT} REFERENCES payments(id))"),
        QStringLiteral("CREATE TABLE customer_bank_accounts (account TEXT PRIMARY KEY, customer_id {BIGINT} NOT NULL "
                       "REFERENCES customers(id))"),
    };
}

// Version 3: indexes for as-of reports over reversed payments and credit notes.
QStringList schemaVersion3()
{
    return {
        QStringLiteral("CREATE INDEX payment_state_reversed ON payment_state (reversed_date) "
                       "WHERE reversed_date IS NOT NULL"),
        QStringLiteral("CREATE INDEX credit_note_state_reversed ON credit_note_state (reversed_date) "
                       "WHERE reversed_date IS NOT NULL"),
        // The Invoices page's default view: open items by due date.
        QStringLiteral("CREATE INDEX invoice_state_open_due ON invoice_state (due_date) WHERE open_amount <> 0"),
    };
}


// Version 4: credit policies and collection strategies (issue 6): interest and fee rules per
// country (data the manager edits, seeded with the EU, German and Swedish defaults of
// docs/interest.md), the record of which strategy step ran for which invoice (idempotency,
// docs/strategies.md), the invoices a letter lists, a default strategy, approval limits per
// role and the credit-control settings. Seeds never overwrite what a book already has.
QStringList schemaVersion4()
{
    return {
        QStringLiteral("CREATE TABLE interest_rules (country TEXT PRIMARY KEY, region TEXT NOT NULL, "
                       "margin_hundredths INTEGER NOT NULL, consumer_margin_hundredths INTEGER NOT NULL, "
                       "day_count INTEGER NOT NULL DEFAULT 365, compensation {BIGINT}, "
                       "compensation_currency TEXT NOT NULL DEFAULT '', reminder_fee_cap {BIGINT}, "
                       "collection_fee_cap {BIGINT}, fee_currency TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, "
                       "updated_by {BIGINT})"),
        // '' is the default row: every country without a row of its own.
        QStringLiteral("INSERT INTO interest_rules (country, region, margin_hundredths, consumer_margin_hundredths, "
                       "day_count, compensation, compensation_currency, reminder_fee_cap, collection_fee_cap, "
                       "fee_currency, updated_at) VALUES ('', 'EU', 800, 800, 365, 4000, 'EUR', NULL, NULL, '', "
                       "'2026-11-25T00:00:00Z')"),
        QStringLiteral("INSERT INTO interest_rules (country, region, margin_hundredths, consumer_margin_hundredths, "
                       "day_count, compensation, compensation_currency, reminder_fee_cap, collection_fee_cap, "
                       "fee_currency, updated_at) VALUES ('DE', 'DE', 900, 500, 365, 4000, 'EUR', NULL, NULL, '', "
                       "'2026-11-25T00:00:00Z')"),
        QStringLiteral("INSERT INTO interest_rules (country, region, margin_hundredths, consumer_margin_hundredths, "
                       "day_count, compensation, compensation_currency, reminder_fee_cap, collection_fee_cap, "
                       "fee_currency, updated_at) VALUES ('SE', 'SE', 800, 800, 365, 45000, 'SEK', 6000, 18000, 'SEK', "
                       "'2026-11-25T00:00:00Z')"),
        QStringLiteral("CREATE TABLE strategy_executions (invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), "
                       "step_id {BIGINT} NOT NULL REFERENCES strategy_steps(id), as_of INTEGER NOT NULL, "
                       "outcome TEXT NOT NULL, object_kind TEXT NOT NULL DEFAULT '', object_id {BIGINT}, "
                       "created_at TEXT NOT NULL, created_by {BIGINT}, PRIMARY KEY (invoice_id, step_id))"),
        QStringLiteral("CREATE TABLE letter_items (letter_id {BIGINT} NOT NULL REFERENCES letters(id), "
                       "invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), open_amount {BIGINT} NOT NULL, "
                       "currency TEXT NOT NULL, PRIMARY KEY (letter_id, invoice_id))"),
        QStringLiteral("CREATE INDEX letters_customer ON letters (customer_id, as_of)"),
        QStringLiteral("CREATE INDEX credit_reviews_customer ON credit_reviews (customer_id, review_date)"),
        QStringLiteral("CREATE INDEX agency_scores_customer ON agency_scores (customer_id, agency, score_date)"),
        QStringLiteral("CREATE INDEX payment_plan_items_invoice ON payment_plan_items (invoice_id)"),
        QStringLiteral("CREATE INDEX adjustment_requests_status ON adjustment_requests (status, invoice_id)"),
        // The default strategy (segment and risk class empty), as data: Settings edits it.
        QStringLiteral("INSERT INTO strategies (name, segment, risk_class, active) SELECT 'Standard', '', '', 1 "
                       "WHERE NOT EXISTS (SELECT 1 FROM strategies WHERE name = 'Standard')"),
        QStringLiteral("INSERT INTO strategy_steps (strategy_id, seq, offset_days, action) "
                       "SELECT s.id, v.seq, v.offset_days, v.action FROM strategies s, (SELECT 1 AS seq, -3 AS offset_days, "
                       "'reminder_email' AS action UNION ALL SELECT 2, 7, 'letter_1' UNION ALL SELECT 3, 14, 'call_task' "
                       "UNION ALL SELECT 4, 30, 'letter_2' UNION ALL SELECT 5, 45, 'letter_3' "
                       "UNION ALL SELECT 6, 60, 'escalation' UNION ALL SELECT 7, 75, 'credit_hold' "
                       "UNION ALL SELECT 8, 90, 'agency_referral_review' UNION ALL SELECT 9, 180, 'write_off_review') v "
                       "WHERE s.name = 'Standard' AND NOT EXISTS (SELECT 1 FROM strategy_steps t WHERE t.strategy_id = s.id)"),
        // Write-off approval limits per role (NULL: no upper limit), in minor units of the currency.
        QStringLiteral("INSERT INTO approval_limits (role, currency, max_amount) SELECT v.role, v.currency, v.max_amount "
                       "FROM (SELECT 'collector' AS role, 'EUR' AS currency, 50000 AS max_amount "
                       "UNION ALL SELECT 'supervisor', 'EUR', 500000 UNION ALL SELECT 'manager', 'EUR', NULL "
                       "UNION ALL SELECT 'admin', 'EUR', NULL) v "
                       "WHERE NOT EXISTS (SELECT 1 FROM approval_limits a WHERE a.role = v.role)"),
        QStringLiteral("INSERT INTO settings (key, value, updated_at) SELECT v.key, v.value, '2026-11-25T00:00:00Z' "
                       "FROM (SELECT 'credit.agency_score_drop' AS key, '50' AS value "
                       "UNION ALL SELECT 'credit.default_grace_days', '3') v "
                       "WHERE NOT EXISTS (SELECT 1 FROM settings s WHERE s.key = v.key)"),
    };
}

// Version 5: the maintained AR movement aggregate (src/storage/ar_movements.h,
// docs/performance.md "Aging"), filled from the ledger of an existing book. Past-date aging
// and the KPIs' AR at a date sum it instead of reading every later allocation.
QStringList schemaVersion5()
{
    QStringList statements{
        QStringLiteral("CREATE TABLE ar_movements (grain INTEGER NOT NULL, kind INTEGER NOT NULL, "
                       "currency TEXT NOT NULL, due_day INTEGER NOT NULL, move_day INTEGER NOT NULL, "
                       "amount {BIGINT} NOT NULL, PRIMARY KEY (grain, move_day, kind, currency, due_day))"
                       "{WITHOUT_ROWID}"),
    };
    statements << arMovementsBackfill();
    return statements;
}

// Version 6: credit policy postings (issue 6, docs/interest.md "Posting interest",
// docs/credit-policy.md): whether a policy posts its late-payment interest and compensation
// as debit notes, the record of what interest was posted for which
// invoice up to which day, and the link of an early-payment discount to its payment.
QStringList schemaVersion6()
{
    return {
        QStringLiteral("ALTER TABLE credit_policies ADD COLUMN post_interest INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE interest_postings (debit_note_id {BIGINT} PRIMARY KEY REFERENCES invoices(id), "
                       "invoice_id {BIGINT} NOT NULL REFERENCES invoices(id), kind TEXT NOT NULL, "
                       "from_day INTEGER NOT NULL, to_day INTEGER NOT NULL, created_at TEXT NOT NULL, "
                       "created_by {BIGINT})"),
        QStringLiteral("CREATE INDEX interest_postings_invoice ON interest_postings (invoice_id, kind, to_day)"),
        QStringLiteral("CREATE TABLE payment_discounts (credit_note_id {BIGINT} PRIMARY KEY REFERENCES credit_notes(id), "
                       "payment_id {BIGINT} NOT NULL REFERENCES payments(id), "
                       "invoice_id {BIGINT} NOT NULL REFERENCES invoices(id))"),
        QStringLiteral("CREATE INDEX payment_discounts_payment ON payment_discounts (payment_id)"),
    };
}

// Version 7: the maintained KPI movement aggregate (src/storage/kpi_movements.h, docs/kpi.md
// "How it stays fast"), filled from the ledger of an existing book: credit sales, applied,
// written-off and paid amounts (with the days-to-pay sums) per currency and day, so the KPI
// set by currency no longer reads every invoice and every allocation of the period.
QStringList schemaVersion7()
{
    return kpiMovementsSchema();
}

// Version 8: two indexes (docs/performance.md "The collector's queue", "Type-ahead"). The
// queue finds whether a promise, dispute or escalation already has its task by the task's
// source instead of reading every task of the portfolio; the customer search scans the
// narrow (code, name) pairs in code order instead of the customers' whole rows.
QStringList schemaVersion8()
{
    return {
        QStringLiteral("CREATE INDEX tasks_source ON tasks (source_kind, source_id)"),
        QStringLiteral("CREATE INDEX customers_code_name ON customers (code, name)"),
    };
}

// Version 9: instalment terms of a credit policy (issue 6, docs/credit-policy.md
// "Instalment terms"); the parts of an invoice go to invoice_installments (step 1).
QStringList schemaVersion9()
{
    return {
        QStringLiteral("ALTER TABLE credit_policies ADD COLUMN instalment_terms TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 10: the maintained promise outcomes (src/storage/promise_outcomes.h,
// docs/performance.md "The collector's queue"): what counted toward each promise and the day
// it was kept, with every payment posted so far, per customer marked stale by the postings
// that can change it. Created empty: a customer without a row in promise_outcome_customers
// is stale, and the promise evaluation run (the rule is C++, not SQL) fills them.
QStringList schemaVersion10()
{
    return {
        QStringLiteral("CREATE TABLE promise_outcome_customers (customer_id {BIGINT} PRIMARY KEY, "
                       "grace_days INTEGER NOT NULL, change_day INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE promise_outcomes (promise_id {BIGINT} PRIMARY KEY, customer_id {BIGINT} NOT NULL, "
                       "promised_date INTEGER NOT NULL, paid {BIGINT} NOT NULL, kept_day INTEGER)"),
        QStringLiteral("CREATE INDEX promise_outcomes_customer ON promise_outcomes (customer_id, promised_date)"),
    };
}

// Version 11: the KPI movement aggregate per collector, segment and risk class
// (kpi_group_movements, with kpi_customer_groups: the group each customer's rows are filed
// under; src/storage/kpi_movements.h, docs/kpi.md "How it stays fast"), filled from the
// customers and the ledger, so the KPI lines by group no longer read every invoice and every
// allocation of the period.
QStringList schemaVersion11()
{
    return kpiGroupMovementsSchema();
}

// Version 12: indexes for the collector's queues (issue 8, docs/performance.md "The collector's
// queue"). tasks_open: every queue reads the open tasks due by its date and the customers with
// an open task; among the book's tasks (571,000 on the 1m demo book) only the open ones (18,000)
// matter, so a partial index serves both instead of a scan of the whole table.
// allocations_date_source: a queue (and the account figures) as of a past date takes back what
// each payment and credit note got after the date; the allocations after the date are found by
// allocations_date, but their payment and credit note were read from the table row by row
// (785,000 rows for a date five months back); this index answers from its own entries.
// Portable: the same text on SQLite and PostgreSQL.
QStringList schemaVersion12()
{
    return {
        QStringLiteral("CREATE INDEX tasks_open ON tasks (customer_id, due_date) WHERE status = 'open'"),
        QStringLiteral("CREATE INDEX allocations_date_source ON allocations (alloc_date, payment_id, credit_note_id, "
                       "amount)"),
    };
}

// Version 13: the maintained ledger spans (src/storage/ledger_spans.h, docs/performance.md
// "Issue 8, session 7: a queue as of a past date"): per invoice, payment and credit note the
// first and last day of its allocations, filed by the length of the span, so the account
// figures as of a past date read the documents touched across that date instead of every
// allocation dated after it. Filled from the allocations of an existing book; portable.
QStringList schemaVersion13()
{
    return ledgerSpansSchema();
}

// Version 14: the payments received by currency and day with their amounts and reversal
// days (docs/performance.md "Manager desk"): the dashboard's collections this month and
// by week and the cash forecast's actual weeks read a range of it from the index alone.
QStringList schemaVersion14()
{
    return {
        QStringLiteral("CREATE INDEX payment_state_received ON payment_state (currency, received_date, amount, "
                       "reversed_date)"),
    };
}

// The big lists sorted by a column (docs/performance.md "Scrolling the lists"): an index on
// each column the invoice and payment lists sort by that had none, so a page is read in
// index order instead of sorting the whole table (about 1 s of CPU a page at a million
// invoices). Ties are broken by the row's id, which every index ends with.
QStringList schemaVersion15()
{
    return {
        QStringLiteral("CREATE INDEX invoice_state_due ON invoice_state (due_date)"),
        QStringLiteral("CREATE INDEX invoice_state_amount ON invoice_state (amount)"),
        QStringLiteral("CREATE INDEX invoice_state_open_amount ON invoice_state (open_amount)"),
        QStringLiteral("CREATE INDEX payment_state_amount ON payment_state (amount)"),
        QStringLiteral("CREATE INDEX payment_state_unapplied_amount ON payment_state (unapplied)"),
        QStringLiteral("CREATE INDEX payments_method ON payments (method)"),
    };
}

// Version 16: the maintained account figures per customer (src/storage/customer_figures.h,
// docs/performance.md "Issue 8, session 8: maintained account figures"): what a collector's queue
// needs of each account as of a day, with the days it holds for, marked stale by every posting
// that changes it. Filled at the upgrade for the day of the upgrade (the summing rule is C++:
// AccountFigures::addOpenInvoice); the promise evaluation run fills it for its date. With it, an
// index that covers the queue's read of the stored promise outcomes.
QStringList schemaVersion16()
{
    return {
        QStringLiteral("CREATE TABLE customer_figures (customer_id {BIGINT} PRIMARY KEY, figures_day INTEGER NOT NULL, "
                       "valid_from INTEGER NOT NULL, valid_until INTEGER NOT NULL, open_amount {BIGINT} NOT NULL, "
                       "overdue {BIGINT} NOT NULL, disputed {BIGINT} NOT NULL, unapplied {BIGINT} NOT NULL, "
                       "oldest_overdue_due INTEGER)"),
        // The queue's read of the stored promise outcomes (CollectionRepository::queueOutcomes)
        // from the index alone: the paid amount and kept day were a table look-up for each of
        // a portfolio's promises (30,000 for a collector on the 1m demo book).
        QStringLiteral("CREATE INDEX promise_outcomes_queue ON promise_outcomes (customer_id, promised_date, paid, "
                       "kept_day)"),
    };
}

void fillCustomerFigures(Book &book)
{
    CollectionRepository repository(book);
    refreshCustomerFigures(repository, QDate::currentDate());
}

// The book's change serial and the daily run's stamps (docs/performance.md "Issue 8,
// session 8: the daily run at book open"): book_changes holds one row whose serial every
// transaction that wrote adds one to as it commits (Book::commit); daily_runs keeps, per step
// of the run at book open, the day it last ran and the serial the book had just after, so a
// second open the same day with the serial unchanged need not do it again (daily_runs.h).
QStringList schemaVersion17()
{
    return {
        QStringLiteral("CREATE TABLE book_changes (id INTEGER PRIMARY KEY CHECK (id = 1), serial {BIGINT} NOT NULL)"),
        QStringLiteral("INSERT INTO book_changes (id, serial) VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE daily_runs (step TEXT PRIMARY KEY, as_of INTEGER NOT NULL, "
                       "serial {BIGINT} NOT NULL)"),
    };
}

// Version 18: the maintained balance of every customer (docs/performance.md "Issue 8, session 9:
// the Customers list sorted by an amount"): per customer the open amount now (the sum of
// invoice_state.open_amount), the unapplied cash and credit now (payment_state.unapplied plus
// credit_note_state.unapplied) and their difference, kept exact by LedgerRepository in the same
// transaction as every posting that changes them (customer_balances.h), with an index on the
// balance and one on the unapplied amount (each ending with the customer's id, the lists'
// tie-break): the Customers list sorted by either reads its page from the index instead of
// summing every customer's totals. One row per customer, filled from the state tables here.
QStringList schemaVersion18()
{
    return {
        QStringLiteral("CREATE TABLE customer_balances (customer_id {BIGINT} PRIMARY KEY, open_amount {BIGINT} NOT NULL, "
                       "unapplied {BIGINT} NOT NULL, balance {BIGINT} NOT NULL)"),
        QStringLiteral("INSERT INTO customer_balances (customer_id, open_amount, unapplied, balance) "
                       "SELECT c.id, COALESCE(o.amount, 0), COALESCE(p.amount, 0) + COALESCE(n.amount, 0), "
                       "COALESCE(o.amount, 0) - COALESCE(p.amount, 0) - COALESCE(n.amount, 0) FROM customers c "
                       "LEFT JOIN (SELECT customer_id, SUM(open_amount) AS amount FROM invoice_state "
                       "WHERE open_amount <> 0 GROUP BY customer_id) o ON o.customer_id = c.id "
                       "LEFT JOIN (SELECT customer_id, SUM(unapplied) AS amount FROM payment_state "
                       "WHERE unapplied <> 0 GROUP BY customer_id) p ON p.customer_id = c.id "
                       "LEFT JOIN (SELECT customer_id, SUM(unapplied) AS amount FROM credit_note_state "
                       "WHERE unapplied <> 0 GROUP BY customer_id) n ON n.customer_id = c.id"),
        QStringLiteral("CREATE INDEX customer_balances_balance ON customer_balances (balance, customer_id)"),
        QStringLiteral("CREATE INDEX customer_balances_unapplied ON customer_balances (unapplied, customer_id)"),
    };
}

// Version 19: indexes for the collector's queues (docs/performance.md "Issue 8, session 10").
// promise_outcomes_unpaid: the stored outcomes a queue offers or counts as broken are those with
// nothing paid (a third of the rows on the 1m demo book); a partial index of them by customer
// and promised date lets a portfolio (or the whole book) read those alone, from the index. (Its
// first column, always 0, is what makes SQLite's planner, which has no statistics, take it over
// step 16's promise_outcomes_queue: `paid = 0` then constrains one more of its columns.)
// promise_outcomes_day: the outcomes promised for one day (the promises falling due on the
// queue's date), found by the day instead of through every customer.
// tasks_source_customer replaces step 8's tasks_source (source_kind, source_id): with the task's
// customer and assignee in the index, whether a promise, dispute or escalation has a task on an
// account of a portfolio is answered from the index alone, not from the task's row.
// No rows to fill: an upgrade builds the indexes from the rows. Portable: the same text on
// SQLite and PostgreSQL (partial indexes on both).
QStringList schemaVersion19()
{
    return {
        QStringLiteral("CREATE INDEX promise_outcomes_unpaid ON promise_outcomes (paid, customer_id, promised_date, "
                       "kept_day) WHERE paid = 0"),
        QStringLiteral("CREATE INDEX promise_outcomes_day ON promise_outcomes (promised_date)"),
        QStringLiteral("DROP INDEX tasks_source"),
        QStringLiteral("CREATE INDEX tasks_source_customer ON tasks (source_kind, source_id, customer_id, assignee_id)"),
    };
}

// Version 20 (docs/performance.md "Issue 8, session 10: the Customers list's other sorts"): an
// index on the customers' credit limit ending with the id, the list's tie-break, so the Customers
// list sorted by credit limit reads a page in the index's order (and a jump's key from the index
// alone) instead of sorting every customer for each page. Built from the table by the upgrade.
QStringList schemaVersion20()
{
    return {
        QStringLiteral("CREATE INDEX customers_credit_limit ON customers (credit_limit, id)"),
    };
}

// Version 21 (docs/performance.md "Issue 8, session 11: the open invoices
// and unapplied payments lists"): the open invoices by issue date and by amount, each ending with
// the id (the list's tie-break), partial like invoice_state_open_due. The open-items list sorted
// by either column reads a page in the index's order (and a jump's key from the index alone):
// the full indexes of step 15 hold every invoice, of which about one in ten is open (one in
// sixty among the old ones), so a page walked thousands of closed invoices. Built from the
// table by the upgrade.
// invoice_state_open_issue carries the state's other columns after its two keys: every read of
// "the open invoices issued by a date" (aging, KPI, dashboard, queue figures) now searches it by
// the date instead of scanning step 1's covering invoice_state_open, and without the columns it
// would look each row up in the table in issue-date order (the sqlite3 floor's aging query went
// from 0.03 to 0.21 s on the 1m book; docs/performance.md "Session 11").
QStringList schemaVersion21()
{
    return {
        QStringLiteral("CREATE INDEX invoice_state_open_issue ON invoice_state (issue_date, invoice_id, customer_id, "
                       "currency, due_date, amount, open_amount) WHERE open_amount <> 0"),
        QStringLiteral("CREATE INDEX invoice_state_open_total ON invoice_state (amount, invoice_id) "
                       "WHERE open_amount <> 0"),
    };
}

} // namespace

const QStringList &postedTables()
{
    static const QStringList tables{QStringLiteral("invoices"), QStringLiteral("credit_notes"),
                                    QStringLiteral("payments"),  QStringLiteral("write_offs"),
                                    QStringLiteral("allocations"), QStringLiteral("reversals"),
                                    QStringLiteral("audit_log")};
    return tables;
}

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps{
        {1, QStringLiteral("receivables ledger: customers, invoices, payments, allocations, audit"), schemaVersion1(),
         postedTables()},
        {2, QStringLiteral("collections desk, credit control, reporting, bank files"), schemaVersion2(), {}},
        {3, QStringLiteral("indexes for as-of reports over reversals and the open-items list"), schemaVersion3(), {}},
        {4, QStringLiteral("credit policies and strategies: interest rules, strategy executions, letter items"),
         schemaVersion4(), {}},
        {5, QStringLiteral("AR movement aggregate for aging and KPIs as of any date"), schemaVersion5(), {}},
        {6, QStringLiteral("credit policy postings: interest debit notes, early-payment discounts"),
         schemaVersion6(), {}},
        {7, QStringLiteral("KPI movement aggregate: sales, applied, written-off and paid amounts per day"),
         schemaVersion7(), {}},
        {8, QStringLiteral("indexes for the collector's queue (tasks by source) and the customer search"),
         schemaVersion8(), {}},
        {9, QStringLiteral("instalment terms of credit policies"), schemaVersion9(), {}},
        {10, QStringLiteral("maintained promise outcomes for the collector's queue"), schemaVersion10(), {}},
        {11, QStringLiteral("KPI movement aggregate per collector, segment and risk class"), schemaVersion11(), {}},
        {12, QStringLiteral("indexes for the collector's queues: open tasks, allocations by date and source"), schemaVersion12(), {}},
        {13, QStringLiteral("ledger spans: the days each document's allocations span, for figures as of a past date"),
         schemaVersion13(), {}},
        {14, QStringLiteral("index of the payments received by currency and day for the dashboard"), schemaVersion14(), {}},
        {15, QStringLiteral("indexes for the sorted invoice and payment lists"), schemaVersion15(), {}},
        {16, QStringLiteral("maintained account figures per customer for the collector's queues"), schemaVersion16(), {},
         &fillCustomerFigures},
        {17, QStringLiteral("the book's change serial and the daily run's stamps"), schemaVersion17(), {}},
        {18, QStringLiteral("maintained balance per customer for the customer list's amount sorts"), schemaVersion18(),
         {}},
        {19, QStringLiteral("indexes for the collector's queues: unpaid promise outcomes, outcomes by day, tasks by "
                            "source with their customer"),
         schemaVersion19(), {}},
        {20, QStringLiteral("index of the customers' credit limit for the customer list's sort"), schemaVersion20(), {}},
        {21, QStringLiteral("indexes of the open invoices by issue date and amount for the open-items list's sorts"),
         schemaVersion21(), {}},
    };
    return steps;
}

int currentSchemaVersion()
{
    return migrationSteps().back().version;
}

} // namespace ardesk
