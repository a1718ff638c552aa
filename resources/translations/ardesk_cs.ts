<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AccountService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Customer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. check returned unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available %1 · applying %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New credit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: type an amount greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>View customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take promises to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and resolve disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve write-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release credit holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>no bucket edges given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 20 bucket edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket edges must be positive and increasing (got %1 after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password may have at most 1024 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login &apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this book already has an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator keeps every permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankFile</name>
    <message>
        <source>mapping: not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: %1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns: unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns: %1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns: date and amount are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: needs columns.currency or a fixed &quot;currency&quot; (amounts without currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: date_format: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: decimal: must be &quot;.&quot; or &quot;,&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: thousands: must be empty or one of . , &apos; and space, other than decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such column in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 without currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry reference %1 is used twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without CdtDbtInd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without booking date (BookgDt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without a reference (AcctSvcrRef, NtryRef or EndToEndId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a camt.053 document (root element %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &apos;%1&apos; is not camt.053 (expected urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 without currency (Ccy attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither CRDT nor DBIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early (truncated XML): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no XML document in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statement (Stmt/Id) in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV bank file needs a mapping (--mapping NAME or FILE.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank mapping named &apos;%1&apos; in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier entry of this file already pays these invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused; nothing can be posted from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry %1 in the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not an incoming payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer for entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit is in %1, customer %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1 is more than the credit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is not an invoice of customer %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open on %3; nothing was posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank mapping needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankMatching</name>
    <message>
        <source>the creditor reference %1 has a wrong check digit and was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the credit in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment reference names invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remittance text names invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already paid: nothing is open on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the amount equals the open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; short payment: %1 less than the open %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; overpayment: %1 stays unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the debtor account is the customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference belongs to customer %1, but the debtor account %2 to customer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remittance names invoices of several customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the debtor account %1 is registered to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the debtor account %1 paid this customer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the debtor name &apos;%1&apos; is the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the amount equals the open amount of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the oldest of %1 items of this amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the amount equals the open amounts of %1 together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (another combination fits too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no open item or combination matches the amount: unapplied cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the amount: it equals the open amount of %1 of customer %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book %1 does not exist (create it with init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: folder not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a book URL (postgresql://USER@HOST:PORT/DBNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ardesk (schema %2; this version reads up to %3). Upgrade ardesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ardesk book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2 to %3 but is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL book is backed up with pg_dump (see docs/team-mode.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookService</name>
    <message>
        <source>this book is protected: sign in as a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseService</name>
    <message>
        <source>the row window is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may see only their own queue, not the one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is in the queue of another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item was already recorded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task kind (call, promise_follow_up, dispute_follow_up, review, escalation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin assigns portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give customer codes or a rule (region, language, balance band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a balance band needs its currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance band&apos;s minimum is above its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace days must be between 0 and 365 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>the time of the call is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier call attempt %1 has no valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call-attempt cap needs at least 1 attempt in at least 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the days of silence after a conversation must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cease communication: the customer has asked that all communication stop. Do not call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney representation: the customer is represented by an attorney. Contact the attorney, not the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call: the customer is flagged do-not-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls at work: the customer has refused calls at the place of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact window: the customer&apos;s time zone (%1) is not known, so the local time cannot be checked. Set the customer&apos;s time zone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact window: it is %1 in %2; calls are allowed from %3 to %4 the customer&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer rule: no call for %1 days after a conversation, the conversation day being day 1. Conversation on %2; calls allowed again from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer rule: at most %1 call attempts in %2 consecutive days per debt. %3 attempts from %4 to %5; calls allowed again from %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>unknown customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of the contact is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an outcome (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call to %1 blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call to %1 blocked: %2; only a supervisor can override it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is not a task of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the complaint was received is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complaint channel (letter, email, call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complaint needs a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction is a score from 1 to 5 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complaint cannot be resolved before it was received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: the quoted field that opens on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: a carriage return that is not followed by a line feed outside quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: a quote inside an unquoted field (enclose the whole field in quotes and double the quotes inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by a comma or a line break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the book already has customers; a demo book can only be generated into an empty book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers: must be between 1 and %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositBatchService</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_date: is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch has no checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count: %1 checks keyed, the control count is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: the checks add up to %1, the control total is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed in %2, the batch is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already posted for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>&apos;%1&apos; is not a dispute reason (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the dispute was opened is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute&apos;s due date is before the day it was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disputed amount must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 was issued on %2, after the dispute&apos;s date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disputed amount %1 is more than invoice %2 has open and undisputed (%3 open, %4 already disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the resolution is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1 cannot be resolved before it was opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has nothing open to write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1 belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationService</name>
    <message>
        <source>an escalation needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no active supervisor to escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already escalated to %2 (escalation %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin decides on escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning an escalation needs instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate customer code %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 already exists in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days between 0 and 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from customer %2&apos;s currency %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate payment reference %1 for customer %2 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 of customer %2 is already in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate login %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 already exists in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 is assigned twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the day the promise was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 already exists in the book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>KPI figures: customer %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI figures: an allocation is dated before the issue date of invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI period: invalid as-of date or number of months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>as-of: not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months: must be from 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promises in the book cannot be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Prague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 alpha-2 code such as SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of en, de, fr, sv, cs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of A, B, C, D, E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: customer %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be changed once the customer exists (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be changed (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the customer&apos;s currency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an invoice of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 has been reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1 has been reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-offs are posted through the approval workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency %1 cannot pay an invoice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the money was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before invoice %2 was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 is left to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1 is more than the payment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reversal needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reversing entry cannot itself be reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write-off is reversed through the approval workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation %1 is already reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reversal cannot be dated before what it reverses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 is already reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the payment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: an allocation of payment %1 is reversed after %2; date the payment&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1 is already reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: an allocation of credit note %1 is reversed after %2; date the credit note&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>%1: row %2 follows row %3: a row is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 does not match its hash: it was changed after posting, or a row before it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state for a missing invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1: state amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1: open amount out of range (applied %2 of %3) as of day %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has no state row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1: open amount %2 but the history gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reversal of a missing %1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: applied before it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: applied %3 of %4 as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state for a missing %1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: state says allocated %3, unapplied %4; the history gives %5 and %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: reversal date differs from the reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows for %3 %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book (*.ardesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ardesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>cannot add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative amount &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (use digits and &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostedWriter</name>
    <message>
        <source>%1 is not a posted table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseEvaluation</name>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise %1: the taken or promised date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise %1: promised date %2 is before the day it was taken, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise %1: the promised amount must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise of %1 due %2 was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the promise was taken is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a promise needs at least one amount and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the promised date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: promised date %2 is before the day it was taken, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invoice %2 belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invoice %2 has nothing open on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>no book is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Local owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>%1 failed: %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistScore</name>
    <message>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::AccountView</name>
    <message>
        <source>← Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cre&amp;dit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in&amp;voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse a&amp;llocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;unapplied cash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply credit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1, unapplied cash %2, unapplied credit notes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>net %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON HOLD (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment %1 of %2 received %3? Its applications are undone on the reversal date and it no longer counts from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 back off invoice %2? The money becomes unapplied cash again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::ApplyLinesModel</name>
    <message>
        <source>Apply an amount between 0 and the open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <source>Open items %1, unapplied cash and credits %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DepositBatchDialog</name>
    <message>
        <source>Deposit batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. deposit slip number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control &amp;total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control c&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) keyed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>keyed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced: ready to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Posted batch of %n check(s): %1 applied, %2 unapplied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DepositLinesModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check / reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListPage</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by invoice number, customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging, DSO and the cash forecast arrive here with the manager desk. Until then the Customers, Invoices and Payments pages show the whole book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prioritized work queue (calls, promises to follow up, letters to check) arrives with the collector desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging reports, KPIs and staff performance as PDF, XLSX and CSV arrive with the manager desk. Aging as of any date is available now from ardesk-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book (an .ardesk file) to see its customers, invoices and payments. ardesk-cli creates one with init, or fills one with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no passwords: anyone who can open the file can post and change it. Protect it with an administrator to make everyone sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect this book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is read-only (the file or its folder cannot be written): you can look, but nothing can be posted or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last book, %1, could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ardesk books (*.ardesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — ardesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Open book: %1 (schema %2)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ardesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Accounts receivable on the desktop: customers, invoices, payments, collections.&lt;/p&gt;&lt;p&gt;Book schema version: %2&lt;/p&gt;%3&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentDialog</name>
    <message>
        <source>Post payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number or bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part payment (no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-pay discount taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an item is paid only in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short pa&amp;yment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post this payment (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More is applied than the payment brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays on the account as unapplied cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing posted: choose a customer, type an amount and apply at most that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1 from %2: %3 applied, %4 unapplied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListModel</name>
    <message>
        <source>Reversed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListPage</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by reference, customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With unapplied cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::PermissionMatrixModel</name>
    <message>
        <source>%1 may: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::ProtectBookDialog</name>
    <message>
        <source>Protect this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first administrator. From then on everyone signs in with their own user, and what each role may do follows the permission matrix in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check recomputes the hash chain of every posted table and the ledger rules (open amounts, unapplied cash and credits, as of every date) from the event history. A book that was changed behind ardesk&apos;s back fails it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what each role may do. Administrators keep every permission. Each change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role may do. Only an administrator changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (8 characters or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The book is sound.&lt;/b&gt; Every hash chain and ledger rule checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The book fails the check.&lt;/b&gt; First problem: %1 (%2, row %3). %n problem(s) in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected. Sign in with your ardesk user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ardesk::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>backup needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;ardesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--book FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: give --user LOGIN (password from ARDESK_PASSWORD or a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ardesk-cli --book FILE [--user LOGIN] [--lang xx] COMMAND [OPTIONS]

Commands:
  init [--admin LOGIN [--name NAME]]    create a new, empty book (with --admin: protected;
                                        the password comes from ARDESK_PASSWORD or a prompt)
  info [--format table|json]            counts and schema version
  import customers|invoices|payments|users|portfolios|promises FILE.csv
         [--dry-run] [--auto-apply]     all-or-nothing CSV import
  aging --as-of YYYY-MM-DD [--basis due|invoice] [--buckets 30,60,90]
         [--by total|customer] [--format table|csv|json]
  demo --customers N [--seed S] [--today YYYY-MM-DD]
                                        fill an empty book with a synthetic business
  users list|add LOGIN --name N --role R|deactivate LOGIN|set-password LOGIN
                                        staff users (set-password reads ARDESK_NEW_PASSWORD)
  verify                                check the hash chains and the ledger rules

Exit codes: 0 success, 1 data or runtime error, 2 usage error, 3 not allowed.
Details: docs/cli.md
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--basis must be due or invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--buckets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be total or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging as of %1 (by %2 date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init --admin needs a password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit notes   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocations    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs what to import: customers, invoices, payments, users, portfolios or promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use customers, invoices, payments, users, portfolios or promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 needs a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-apply is for payments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more problems not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows are valid (dry run: nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported %2 %3 in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 allocations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post needs what to post: payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post payment needs --customer, --amount, --currency and --date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --invoice or --auto-apply, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 posted: %2 applied, %3 unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users needs list, add, deactivate or set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users %1 needs a LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add LOGIN needs --name NAME and --role ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new password: set ARDESK_NEW_PASSWORD or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of %1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import bank needs a bank statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be camt053 or csv, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected, nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worklist: give --user LOGIN (whose queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing to do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promises: give an action (evaluate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promises: unknown action &apos;%1&apos; (evaluate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace: &apos;%1&apos; is not a number of days (0-365)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises to pay as of %1 (grace %2 days): %3 kept, %4 partial, %5 broken, %6 pending; %7 follow-up task(s) created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no promises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo book: %1 customers, %2 invoices, %3 payments, %4 promises, %5 users in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be total, collector, segment or risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best DSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad debt %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs as of %1, %2 month(s) from %3 (%4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing in the period)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ardesk: accounts receivable on the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de, fr, sv, cs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write pictures of the main views to FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book to open (*.ardesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[book]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshots needs exactly one book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
