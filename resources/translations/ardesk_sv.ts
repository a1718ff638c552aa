<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccountService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>kunden %1 finns inte</translation>
    </message>
    <message>
        <source>text: is empty</source>
        <translation>text: är tomt</translation>
    </message>
    <message>
        <source>note %1 does not exist</source>
        <translation>anteckningen %1 finns inte</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: är tomt</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation>email: &apos;%1&apos; är ingen e-postadress</translation>
    </message>
    <message>
        <source>timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation>timezone: &apos;%1&apos; är ingen IANA-tidszon</translation>
    </message>
    <message>
        <source>contact person %1 does not exist or was deactivated</source>
        <translation>kontaktpersonen %1 finns inte eller har inaktiverats</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Customer added</source>
        <translation>Kund tillagd</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Kund ändrad</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Anteckning tillagd</translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation>Anteckning fäst</translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation>Anteckning lossad</translation>
    </message>
    <message>
        <source>Contact person added</source>
        <translation>Kontaktperson tillagd</translation>
    </message>
    <message>
        <source>Invoice posted</source>
        <translation>Faktura bokförd</translation>
    </message>
    <message>
        <source>Credit note posted</source>
        <translation>Kreditfaktura bokförd</translation>
    </message>
    <message>
        <source>Credit note reversed</source>
        <translation>Kreditfaktura återförd</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Inbetalning mottagen</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Inbetalning återförd</translation>
    </message>
    <message>
        <source>Applied to an invoice</source>
        <translation>Avstämd mot en faktura</translation>
    </message>
    <message>
        <source>Application reversed</source>
        <translation>Avstämning återförd</translation>
    </message>
    <message>
        <source>e.g. check returned unpaid</source>
        <translation>t.ex. check returnerad obetald</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Återför</translation>
    </message>
    <message>
        <source>Apply to open items</source>
        <translation>Stäm av mot öppna poster</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Stäm av &amp;äldsta först</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Stäm av</translation>
    </message>
    <message>
        <source>Available %1 · applying %2</source>
        <translation>Tillgängligt %1 · avstäms %2</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>New invoice for %1</source>
        <translation>Ny faktura till %1</translation>
    </message>
    <message>
        <source>New credit note for %1</source>
        <translation>Ny kreditfaktura till %1</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Utfärdad:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Förfallodag:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Be&amp;lopp:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Bokför</translation>
    </message>
    <message>
        <source>amount: type an amount greater than zero</source>
        <translation>belopp: ange ett belopp större än noll</translation>
    </message>
    <message>
        <source>Contact person changed</source>
        <translation>Kontaktperson ändrad</translation>
    </message>
    <message>
        <source>Contact person deactivated</source>
        <translation>Kontaktperson inaktiverad</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Kontakt loggad</translation>
    </message>
    <message>
        <source>Contact logged with a supervisor&apos;s override</source>
        <translation>Kontakt loggad med teamledarens undantag</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Klagomål registrerat</translation>
    </message>
    <message>
        <source>Promise to pay taken</source>
        <translation>Betalningslöfte taget</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Tvist öppnad</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>Tvist löst</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>Eskalerat till teamledaren</translation>
    </message>
    <message>
        <source>Taken over by the supervisor</source>
        <translation>Övertaget av teamledaren</translation>
    </message>
    <message>
        <source>Returned to the collector with instructions</source>
        <translation>Återlämnat till kravhandläggaren med instruktioner</translation>
    </message>
    <message>
        <source>Reassigned to another collector</source>
        <translation>Omfördelat till en annan kravhandläggare</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Eskalering löst</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Uppgift klar</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Uppgift tillagd</translation>
    </message>
    <message>
        <source>Assigned to a collector</source>
        <translation>Tilldelat en kravhandläggare</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brev skickat</translation>
    </message>
    <message>
        <source>Letter sent again</source>
        <translation>Brev skickat igen</translation>
    </message>
    <message>
        <source>Statement sent</source>
        <translation>Kontoutdrag skickat</translation>
    </message>
    <message>
        <source>Statement sent again</source>
        <translation>Kontoutdrag skickat igen</translation>
    </message>
    <message>
        <source>Credit policy assigned</source>
        <translation>Kreditpolicy tilldelad</translation>
    </message>
    <message>
        <source>Put on credit hold</source>
        <translation>Kreditspärr satt</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Kreditspärr hävd</translation>
    </message>
    <message>
        <source>Credit review recorded</source>
        <translation>Kreditprövning registrerad</translation>
    </message>
    <message>
        <source>Payment plan agreed</source>
        <translation>Avbetalningsplan överenskommen</translation>
    </message>
    <message>
        <source>Payment plan defaulted</source>
        <translation>Avbetalningsplan bruten</translation>
    </message>
    <message>
        <source>Payment plan completed</source>
        <translation>Avbetalningsplan slutförd</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Avskrivning begärd</translation>
    </message>
    <message>
        <source>Write-off approved and posted</source>
        <translation>Avskrivning attesterad och bokförd</translation>
    </message>
    <message>
        <source>Write-off request rejected</source>
        <translation>Avskrivningsbegäran avslagen</translation>
    </message>
    <message>
        <source>Payment plan agreement printed</source>
        <translation>Avtal om avbetalningsplan utskrivet</translation>
    </message>
    <message>
        <source>Payment plan agreement printed again</source>
        <translation>Avtal om avbetalningsplan utskrivet igen</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>View customers</source>
        <translation>Visa kunder</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Redigera kunder</translation>
    </message>
    <message>
        <source>Post payments</source>
        <translation>Bokföra inbetalningar</translation>
    </message>
    <message>
        <source>Reverse payments</source>
        <translation>Återföra inbetalningar</translation>
    </message>
    <message>
        <source>Post invoices and credit notes</source>
        <translation>Bokföra fakturor och kreditfakturor</translation>
    </message>
    <message>
        <source>Log contacts</source>
        <translation>Logga kontakter</translation>
    </message>
    <message>
        <source>Take promises to pay</source>
        <translation>Ta emot betalningslöften</translation>
    </message>
    <message>
        <source>Open and resolve disputes</source>
        <translation>Öppna och lösa tvister</translation>
    </message>
    <message>
        <source>Escalate accounts</source>
        <translation>Eskalera konton</translation>
    </message>
    <message>
        <source>Approve write-offs</source>
        <translation>Godkänna avskrivningar</translation>
    </message>
    <message>
        <source>Edit credit policies</source>
        <translation>Redigera kreditpolicyer</translation>
    </message>
    <message>
        <source>Release credit holds</source>
        <translation>Häva kreditspärrar</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Hantera användare</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Exportera rapporter</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Visa granskningsloggen</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Ändra inställningar</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importera data</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>no bucket edges given</source>
        <translation>inga intervallgränser angivna</translation>
    </message>
    <message>
        <source>at most 20 bucket edges</source>
        <translation>högst 20 intervallgränser</translation>
    </message>
    <message>
        <source>bucket edges must be positive and increasing (got %1 after %2)</source>
        <translation>intervallgränserna måste vara positiva och stigande (fick %1 efter %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; är inte ett helt antal dagar</translation>
    </message>
</context>
<context>
    <name>AgingSnapshotService</name>
    <message>
        <source>snapshot: not a valid date</source>
        <translation>ögonblicksbild: inget giltigt datum</translation>
    </message>
    <message>
        <source>snapshot: the book is open read-only</source>
        <translation>ögonblicksbild: boken är öppnad skrivskyddad</translation>
    </message>
    <message>
        <source>no aging snapshot %1</source>
        <translation>ingen ögonblicksbild %1 av åldersanalysen</translation>
    </message>
    <message>
        <source>roll-forward: no such aging snapshot</source>
        <translation>rullning: ingen sådan ögonblicksbild av åldersanalysen</translation>
    </message>
    <message>
        <source>roll-forward: the first snapshot must be the earlier one</source>
        <translation>rullning: den första ögonblicksbilden måste vara den tidigare</translation>
    </message>
    <message>
        <source>roll-forward: the two snapshots have different basis or buckets</source>
        <translation>rullning: de två ögonblicksbilderna har olika grund eller intervall</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>write-off request %1 does not exist</source>
        <translation>avskrivningsbegäran %1 finns inte</translation>
    </message>
    <message>
        <source>reason: a write-off request needs a reason</source>
        <translation>reason: en avskrivningsbegäran behöver en orsak</translation>
    </message>
    <message>
        <source>amount: must be greater than zero</source>
        <translation>amount: måste vara större än noll</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>faktura %1 finns inte</translation>
    </message>
    <message>
        <source>amount: invoice %1 has only %2 open</source>
        <translation>amount: faktura %1 har bara %2 öppet</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date: är inget datum</translation>
    </message>
    <message>
        <source>%1 may not approve their own write-off request</source>
        <translation>%1 får inte attestera sin egen avskrivningsbegäran</translation>
    </message>
    <message>
        <source>%1 (%2) may not approve a write-off of %3 %4: above the role&apos;s approval limit</source>
        <translation>%1 (%2) får inte attestera en avskrivning på %3 %4: över rollens attestgräns</translation>
    </message>
    <message>
        <source>note: a rejection needs a reason for the collector</source>
        <translation>note: ett avslag behöver en motivering till kravhandläggaren</translation>
    </message>
    <message>
        <source>write-off of %1 rejected: %2</source>
        <translation>avskrivning av %1 avslagen: %2</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role</source>
        <translation>role: &apos;%1&apos; är ingen roll</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency: &apos;%1&apos; är ingen ISO 4217-kod</translation>
    </message>
    <message>
        <source>max_amount: must not be negative</source>
        <translation>max_amount: får inte vara negativt</translation>
    </message>
    <message>
        <source>write-off request %1 is already approved</source>
        <translation>avskrivningsbegäran %1 är redan attesterad</translation>
    </message>
    <message>
        <source>write-off request %1 is already rejected</source>
        <translation>avskrivningsbegäran %1 är redan avslagen</translation>
    </message>
    <message>
        <source>write-off request %1 is already decided</source>
        <translation>avskrivningsbegäran %1 är redan avgjord</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>ett lösenord måste ha minst 8 tecken</translation>
    </message>
    <message>
        <source>a password may have at most 1024 characters</source>
        <translation>ett lösenord får ha högst 1024 tecken</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>kryptobiblioteket kunde inte startas</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>inte tillräckligt med minne för att hasha lösenordet</translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation>okänd användare eller fel lösenord</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>användaren %1 är inaktiverad</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>inloggningsnamnet &apos;%1&apos; får bara innehålla bokstäver, siffror och . _ @ -</translation>
    </message>
    <message>
        <source>this book already has an administrator</source>
        <translation>den här boken har redan en administratör</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: är tomt</translation>
    </message>
    <message>
        <source>user %1 already exists</source>
        <translation>användaren %1 finns redan</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>ingen användare %1</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>du kan inte inaktivera dig själv</translation>
    </message>
    <message>
        <source>%1 is the last administrator</source>
        <translation>%1 är den sista administratören</translation>
    </message>
    <message>
        <source>an administrator keeps every permission</source>
        <translation>en administratör behåller alla behörigheter</translation>
    </message>
    <message>
        <source>the local owner of an unprotected book has no password</source>
        <translation>den lokala ägaren av en oskyddad bok har inget lösenord</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>det nuvarande lösenordet är fel</translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts: user %1 may try again in %n second(s)</source>
        <translation>
            <numerusform>för många misslyckade försök: användaren %1 kan försöka igen om %n sekund</numerusform>
            <numerusform>för många misslyckade försök: användaren %1 kan försöka igen om %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>the work stopped on an unexpected error</source>
        <translation>arbetet avbröts av ett oväntat fel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BankFile</name>
    <message>
        <source>mapping: not JSON: %1 at offset %2</source>
        <translation>mapping: inte JSON: %1 vid position %2</translation>
    </message>
    <message>
        <source>mapping: not a JSON object</source>
        <translation>mapping: inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>mapping: unknown key &apos;%1&apos;</source>
        <translation>mapping: okänd nyckel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mapping: %1: must be a string</source>
        <translation>mapping: %1: måste vara en sträng</translation>
    </message>
    <message>
        <source>mapping: columns: must be an object</source>
        <translation>mapping: columns: måste vara ett objekt</translation>
    </message>
    <message>
        <source>mapping: columns: unknown key &apos;%1&apos;</source>
        <translation>mapping: columns: okänd nyckel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mapping: columns: %1: must be a string</source>
        <translation>mapping: columns: %1: måste vara en sträng</translation>
    </message>
    <message>
        <source>mapping: columns: date and amount are required</source>
        <translation>mapping: columns: date och amount krävs</translation>
    </message>
    <message>
        <source>mapping: needs columns.currency or a fixed &quot;currency&quot; (amounts without currency)</source>
        <translation>mapping: kräver columns.currency eller en fast &quot;currency&quot; (belopp utan valuta)</translation>
    </message>
    <message>
        <source>mapping: currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>mapping: currency: &apos;%1&apos; är ingen ISO 4217-kod</translation>
    </message>
    <message>
        <source>mapping: date_format: must not be empty</source>
        <translation>mapping: date_format: får inte vara tomt</translation>
    </message>
    <message>
        <source>mapping: decimal: must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>mapping: decimal: måste vara &quot;.&quot; eller &quot;,&quot;</translation>
    </message>
    <message>
        <source>mapping: thousands: must be empty or one of . , &apos; and space, other than decimal</source>
        <translation>mapping: thousands: måste vara tomt eller något av . , &apos; och mellanslag, skilt från decimal</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>filen är tom (ingen rubrikrad)</translation>
    </message>
    <message>
        <source>no such column in the header</source>
        <translation>kolumnen finns inte i rubrikraden</translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation>kolumnen förekommer mer än en gång</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2</source>
        <translation>&apos;%1&apos; är inte ett datum i formatet %2</translation>
    </message>
    <message>
        <source>amount %1 without currency</source>
        <translation>belopp %1 utan valuta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; är ingen ISO 4217-valutakod</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation>&apos;%1&apos; är inte ett belopp i %2</translation>
    </message>
    <message>
        <source>entry reference %1 is used twice in the file</source>
        <translation>transaktionsreferensen %1 förekommer två gånger i filen</translation>
    </message>
    <message>
        <source>entry without Amt</source>
        <translation>transaktion utan Amt</translation>
    </message>
    <message>
        <source>entry without CdtDbtInd</source>
        <translation>transaktion utan CdtDbtInd</translation>
    </message>
    <message>
        <source>entry without booking date (BookgDt)</source>
        <translation>transaktion utan bokföringsdag (BookgDt)</translation>
    </message>
    <message>
        <source>entry without a reference (AcctSvcrRef, NtryRef or EndToEndId)</source>
        <translation>transaktion utan referens (AcctSvcrRef, NtryRef eller EndToEndId)</translation>
    </message>
    <message>
        <source>not a camt.053 document (root element %1)</source>
        <translation>inte ett camt.053-dokument (rotelement %1)</translation>
    </message>
    <message>
        <source>namespace &apos;%1&apos; is not camt.053 (expected urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .13)</source>
        <translation>namnrymden &apos;%1&apos; är inte camt.053 (förväntat urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 till .13)</translation>
    </message>
    <message>
        <source>amount %1 without currency (Ccy attribute)</source>
        <translation>belopp %1 utan valuta (attributet Ccy)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount in %2</source>
        <translation>&apos;%1&apos; är inte ett positivt belopp i %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither CRDT nor DBIT</source>
        <translation>&apos;%1&apos; är varken CRDT eller DBIT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; är inget datum</translation>
    </message>
    <message>
        <source>the file ends too early (truncated XML): %1</source>
        <translation>filen slutar för tidigt (avkortad XML): %1</translation>
    </message>
    <message>
        <source>no XML document in the file</source>
        <translation>inget XML-dokument i filen</translation>
    </message>
    <message>
        <source>no statement (Stmt/Id) in the file</source>
        <translation>inget kontoutdrag (Stmt/Id) i filen</translation>
    </message>
    <message>
        <source>mapping: delimiter: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;|&quot;</source>
        <translation>mapping: delimiter: måste vara &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; eller &quot;|&quot;</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>a CSV bank file needs a mapping (--mapping NAME or FILE.json)</source>
        <translation>en CSV-bankfil kräver en mappning (--mapping NAME eller FILE.json)</translation>
    </message>
    <message>
        <source>no bank mapping named &apos;%1&apos; in the book</source>
        <translation>ingen bankmappning med namnet &apos;%1&apos; i boken</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>an earlier entry of this file already pays these invoices</source>
        <translation>en tidigare transaktion i filen betalar redan dessa fakturor</translation>
    </message>
    <message>
        <source>%1 was refused; nothing can be posted from it</source>
        <translation>filen %1 avvisades; inget kan bokföras från den</translation>
    </message>
    <message>
        <source>no entry %1 in the review</source>
        <translation>ingen transaktion %1 i granskningen</translation>
    </message>
    <message>
        <source>entry %1 is not an incoming payment</source>
        <translation>transaktion %1 är ingen inbetalning</translation>
    </message>
    <message>
        <source>no customer for entry %1</source>
        <translation>ingen kund för transaktion %1</translation>
    </message>
    <message>
        <source>the credit is in %1, customer %2 in %3</source>
        <translation>insättningen är i %1, kund %2 i %3</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>ett avstämt belopp måste vara större än noll</translation>
    </message>
    <message>
        <source>applied %1 is more than the credit %2</source>
        <translation>avstämt %1 är mer än insättningen %2</translation>
    </message>
    <message>
        <source>invoice %1 is not an invoice of customer %2 in %3</source>
        <translation>faktura %1 är inte en faktura till kund %2 i %3</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open on %3; nothing was posted</source>
        <translation>faktura %1 har bara %2 öppet den %3; inget bokfördes</translation>
    </message>
    <message>
        <source>a bank mapping needs a name</source>
        <translation>en bankmappning måste ha ett namn</translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation>kontot är tomt</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>ingen kund %1</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>unapplied cash</source>
        <translation>oplacerad inbetalning</translation>
    </message>
    <message>
        <source>%1 and %2 unapplied</source>
        <translation>%1 och %2 oplacerat</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 % — %4</source>
        <translation>%1 · %2 · %3 % — %4</translation>
    </message>
</context>
<context>
    <name>BankMatching</name>
    <message>
        <source>the creditor reference %1 has a wrong check digit and was ignored</source>
        <translation>kreditorreferensen %1 har fel kontrollsiffra och ignorerades</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the credit in %3</source>
        <translation>faktura %1 är i %2, insättningen i %3</translation>
    </message>
    <message>
        <source>the payment reference names invoice %1</source>
        <translation>betalningsreferensen anger faktura %1</translation>
    </message>
    <message>
        <source>the remittance text names invoice %1</source>
        <translation>avitexten anger faktura %1</translation>
    </message>
    <message>
        <source>already paid: nothing is open on %1</source>
        <translation>redan betald: inget är öppet på %1</translation>
    </message>
    <message>
        <source>the reference belongs to customer %1, but the debtor account %2 to customer %3</source>
        <translation>referensen tillhör kund %1, men betalarkontot %2 tillhör kund %3</translation>
    </message>
    <message>
        <source>the remittance names invoices of several customers</source>
        <translation>avitexten anger fakturor till flera kunder</translation>
    </message>
    <message>
        <source>the debtor account %1 is registered to the customer</source>
        <translation>betalarkontot %1 är registrerat på kunden</translation>
    </message>
    <message>
        <source>the debtor account %1 paid this customer before</source>
        <translation>betalarkontot %1 har betalat till den här kunden tidigare</translation>
    </message>
    <message>
        <source>the debtor name &apos;%1&apos; is the customer&apos;s name</source>
        <translation>betalarnamnet &apos;%1&apos; är kundens namn</translation>
    </message>
    <message>
        <source>only the amount: it equals the open amount of %1 of customer %2</source>
        <translation>endast beloppet: det är lika med det öppna beloppet på %1 hos kund %2</translation>
    </message>
    <message>
        <source>the amount equals the open amount</source>
        <translation>beloppet är lika med det öppna beloppet</translation>
    </message>
    <message>
        <source>short payment: %1 less than the open %2</source>
        <translation>underbetalning: %1 mindre än det öppna beloppet %2</translation>
    </message>
    <message>
        <source>overpayment: %1 stays unapplied</source>
        <translation>överbetalning: %1 förblir oplacerat</translation>
    </message>
    <message>
        <source>the debtor account is the customer&apos;s</source>
        <translation>betalarkontot tillhör kunden</translation>
    </message>
    <message>
        <source>the amount equals the open amount of %1</source>
        <translation>beloppet är lika med det öppna beloppet för %1</translation>
    </message>
    <message numerus="yes">
        <source>it is the oldest of %n open items of this amount</source>
        <translation>
            <numerusform>den är den äldsta av %n öppen post med detta belopp</numerusform>
            <numerusform>den är den äldsta av %n öppna poster med detta belopp</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount equals the open amounts of %1 together</source>
        <translation>beloppet är lika med de öppna beloppen för %1 tillsammans</translation>
    </message>
    <message>
        <source>another combination fits too</source>
        <translation>en annan kombination passar också</translation>
    </message>
    <message>
        <source>no open item or combination matches the amount: unapplied cash</source>
        <translation>ingen öppen post eller kombination motsvarar beloppet: oplacerad inbetalning</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>Qt SQL-drivrutinen %1 är inte installerad</translation>
    </message>
    <message>
        <source>book %1 does not exist (create it with init)</source>
        <translation>boken %1 finns inte (skapa den med init)</translation>
    </message>
    <message>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation>%1 finns redan; skriver inte över den</translation>
    </message>
    <message>
        <source>cannot create %1: folder not writable</source>
        <translation>kan inte skapa %1: mappen är skrivskyddad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a book URL (postgresql://USER@HOST:PORT/DBNAME)</source>
        <translation>&apos;%1&apos; är ingen bok-URL (postgresql://USER@HOST:PORT/DBNAME)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer ardesk (schema %2; this version reads up to %3). Upgrade ardesk to open it.</source>
        <translation>%1 skrevs av en nyare ardesk (schema %2; den här versionen läser upp till %3). Uppgradera ardesk för att öppna den.</translation>
    </message>
    <message>
        <source>%1 is not an ardesk book</source>
        <translation>%1 är ingen ardesk-bok</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2 to %3 but is read-only</source>
        <translation>%1 behöver uppgraderas från schema %2 till %3 men är skrivskyddad</translation>
    </message>
    <message>
        <source>cannot prepare [%1]: %2</source>
        <translation>kan inte förbereda [%1]: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>nested transaction</source>
        <translation>nästlad transaktion</translation>
    </message>
    <message>
        <source>%1 holds no ardesk book (create it with init)</source>
        <translation>%1 innehåller ingen ardesk-bok (skapa den med init)</translation>
    </message>
    <message>
        <source>%1 already holds a book; refusing to overwrite it</source>
        <translation>%1 innehåller redan en bok; den skrivs inte över</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>kan inte säkerhetskopiera %1 till %2: %3</translation>
    </message>
</context>
<context>
    <name>BookCopy</name>
    <message>
        <source>the books have different schema versions (%1 and %2)</source>
        <translation>böckerna har olika schemaversioner (%1 och %2)</translation>
    </message>
    <message>
        <source>%1 is not empty; copy only into a new book</source>
        <translation>%1 är inte tom; kopiera bara till en ny bok</translation>
    </message>
    <message>
        <source>%1 has a table ardesk does not know: %2</source>
        <translation>%1 har en tabell som ardesk inte känner till: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
</context>
<context>
    <name>BookService</name>
    <message>
        <source>this book is protected: sign in as a user</source>
        <translation>boken är skyddad: logga in som användare</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>per-datumet är ogiltigt</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan inte skapa %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside; is it still open?</source>
        <translation>kan inte flytta undan %1; är filen fortfarande öppen?</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>kan inte kopiera %1 till %2</translation>
    </message>
</context>
<context>
    <name>BookWatcher</name>
    <message>
        <source>cannot listen for changes of %1: %2</source>
        <translation>kan inte bevaka ändringar i %1: %2</translation>
    </message>
</context>
<context>
    <name>BrowseService</name>
    <message>
        <source>the row window is negative</source>
        <translation>radfönstret är negativt</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>per-datumet är ogiltigt</translation>
    </message>
</context>
<context>
    <name>CashForecastService</name>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>löftena kan inte utvärderas: %1</translation>
    </message>
    <message>
        <source>forecast: not a valid date</source>
        <translation>prognos: inget giltigt datum</translation>
    </message>
    <message>
        <source>forecast: from 0 to %1 past weeks</source>
        <translation>prognos: från 0 till %1 tidigare veckor</translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>per-datumet är inget giltigt datum</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>okänd användare %1</translation>
    </message>
    <message>
        <source>%1 may see only their own queue, not the one of %2</source>
        <translation>%1 får bara se sin egen kö, inte kön för %2</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees every queue</source>
        <translation>bara en teamledare, chef eller administratör ser alla köer</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>okänd uppgift %1</translation>
    </message>
    <message>
        <source>task %1 is already %2</source>
        <translation>uppgift %1 har redan status %2</translation>
    </message>
    <message>
        <source>task %1 is in the queue of another user</source>
        <translation>uppgift %1 ligger i en annan användares kö</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>okänt kund-id %1</translation>
    </message>
    <message>
        <source>this item was already recorded (%1)</source>
        <translation>detta har redan registrerats (%1)</translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation>förfallodagen är inget giltigt datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task kind (call, promise_follow_up, dispute_follow_up, review, escalation)</source>
        <translation>&apos;%1&apos; är ingen uppgiftstyp (call, promise_follow_up, dispute_follow_up, review, escalation)</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>okänd kund %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>okänd eller inaktiv användare %1</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin assigns portfolios</source>
        <translation>bara en teamledare, chef eller administratör fördelar kundportföljer</translation>
    </message>
    <message>
        <source>give customer codes or a rule (region, language, balance band)</source>
        <translation>ange kundkoder eller en regel (region, språk, saldointervall)</translation>
    </message>
    <message>
        <source>a balance band needs its currency</source>
        <translation>ett saldointervall kräver en valuta</translation>
    </message>
    <message>
        <source>the balance band&apos;s minimum is above its maximum</source>
        <translation>saldointervallets minimum är större än dess maximum</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>användaren %1 är inaktiverad</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 är %2, inte kravhandläggare</translation>
    </message>
    <message>
        <source>grace days must be between 0 and 365 (got %1)</source>
        <translation>respitdagarna måste vara mellan 0 och 365 (fick %1)</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>kontaktfönstret måste börja innan det slutar</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Call out</source>
        <translation>Utgående samtal</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>Inkommande samtal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation>Kontakt med rätt person</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tredje part</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Röstmeddelande lämnat</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Fel nummer</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Vägrade betala</translation>
    </message>
    <message>
        <source>Dispute raised</source>
        <translation>Tvist uppkom</translation>
    </message>
    <message>
        <source>Promise taken</source>
        <translation>Löfte taget</translation>
    </message>
    <message>
        <source>Payment plan requested</source>
        <translation>Avbetalningsplan begärd</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Prissättning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kvantitet</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Ej mottaget</translation>
    </message>
    <message>
        <source>Duplicate billing</source>
        <translation>Dubbelfakturering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>the time of the call is not valid</source>
        <translation>samtalstiden är ogiltig</translation>
    </message>
    <message>
        <source>earlier call attempt %1 has no valid time</source>
        <translation>tidigare samtalsförsök %1 har ingen giltig tid</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>kontaktfönstret måste börja innan det slutar</translation>
    </message>
    <message>
        <source>the call-attempt cap needs at least 1 attempt in at least 1 day</source>
        <translation>taket för samtalsförsök kräver minst 1 försök på minst 1 dag</translation>
    </message>
    <message>
        <source>the days of silence after a conversation must not be negative</source>
        <translation>antalet tysta dagar efter ett samtal får inte vara negativt</translation>
    </message>
    <message>
        <source>Cease communication: the customer has asked that all communication stop. Do not call.</source>
        <translation>Kontaktstopp: kunden har begärt att all kommunikation upphör. Ring inte.</translation>
    </message>
    <message>
        <source>Attorney representation: the customer is represented by an attorney. Contact the attorney, not the customer.</source>
        <translation>Ombud: kunden företräds av en advokat. Kontakta advokaten, inte kunden.</translation>
    </message>
    <message>
        <source>Do not call: the customer is flagged do-not-call.</source>
        <translation>Ring inte: kunden är markerad med samtalsspärr.</translation>
    </message>
    <message>
        <source>No calls at work: the customer has refused calls at the place of work.</source>
        <translation>Inga samtal till arbetet: kunden har avböjt samtal på arbetsplatsen.</translation>
    </message>
    <message>
        <source>Contact window: the customer&apos;s time zone (%1) is not known, so the local time cannot be checked. Set the customer&apos;s time zone first.</source>
        <translation>Kontaktfönster: kundens tidszon (%1) är okänd, så den lokala tiden kan inte kontrolleras. Ange kundens tidszon först.</translation>
    </message>
    <message>
        <source>Contact window: it is %1 in %2; calls are allowed from %3 to %4 the customer&apos;s local time.</source>
        <translation>Kontaktfönster: klockan är %1 i %2; samtal är tillåtna från %3 till %4 i kundens lokala tid.</translation>
    </message>
    <message>
        <source>Consumer rule: no call for %1 days after a conversation, the conversation day being day 1. Conversation on %2; calls allowed again from %3.</source>
        <translation>Konsumentregel: inga samtal under %1 dagar efter ett genomfört samtal, där samtalsdagen räknas som dag 1. Samtal den %2; samtal tillåtna igen från %3.</translation>
    </message>
    <message>
        <source>Consumer rule: at most %1 call attempts in %2 consecutive days per debt. %3 attempts from %4 to %5; calls allowed again from %6.</source>
        <translation>Konsumentregel: högst %1 samtalsförsök under %2 dagar i följd per skuld. %3 försök från %4 till %5; samtal tillåtna igen från %6.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>unknown customer %1</source>
        <translation>okänd kund %1</translation>
    </message>
    <message>
        <source>the time of the contact is not valid</source>
        <translation>kontakttiden är ogiltig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation>&apos;%1&apos; är ingen kanal (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an outcome (%2)</source>
        <translation>&apos;%1&apos; är inget utfall (%2)</translation>
    </message>
    <message>
        <source>the duration must not be negative</source>
        <translation>varaktigheten får inte vara negativ</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2</source>
        <translation>samtal till %1 spärrat: %2</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2; only a supervisor can override it</source>
        <translation>samtal till %1 spärrat: %2; bara en teamledare kan åsidosätta spärren</translation>
    </message>
    <message>
        <source>task %1 is not a task of %2</source>
        <translation>uppgift %1 är inte en uppgift för %2</translation>
    </message>
    <message>
        <source>the day the complaint was received is not a valid date</source>
        <translation>dagen då klagomålet togs emot är inget giltigt datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complaint channel (letter, email, call)</source>
        <translation>&apos;%1&apos; är ingen kanal för klagomål (letter, email, call)</translation>
    </message>
    <message>
        <source>a complaint needs a category</source>
        <translation>ett klagomål måste ha en kategori</translation>
    </message>
    <message>
        <source>satisfaction is a score from 1 to 5 (got %1)</source>
        <translation>nöjdhet är ett betyg från 1 till 5 (fick %1)</translation>
    </message>
    <message>
        <source>the complaint cannot be resolved before it was received</source>
        <translation>klagomålet kan inte lösas innan det togs emot</translation>
    </message>
</context>
<context>
    <name>CreditHold</name>
    <message>
        <source>over the credit limit (balance %1, limit %2)</source>
        <translation>över kreditgränsen (saldo %1, gräns %2)</translation>
    </message>
    <message numerus="yes">
        <source>oldest item %n day(s) past due</source>
        <translation>
            <numerusform>äldsta posten %n dag efter förfallodag</numerusform>
            <numerusform>äldsta posten %n dagar efter förfallodag</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue amount %1</source>
        <translation>förfallet belopp %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n brutet löfte</numerusform>
            <numerusform>%n brutna löften</numerusform>
        </translation>
    </message>
    <message>
        <source>set by the collection strategy</source>
        <translation>satt av kravstrategin</translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>kunden %1 finns inte</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: är tomt</translation>
    </message>
    <message>
        <source>terms: days and percentages must not be negative</source>
        <translation>terms: dagar och procentsatser får inte vara negativa</translation>
    </message>
    <message>
        <source>discount_days: the discount period cannot be longer than the terms</source>
        <translation>discount_days: kassarabattperioden får inte vara längre än betalningsvillkoret</translation>
    </message>
    <message>
        <source>a policy named %1 already exists</source>
        <translation>det finns redan en kreditpolicy med namnet %1</translation>
    </message>
    <message>
        <source>policy %1 does not exist</source>
        <translation>kreditpolicyn %1 finns inte</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>inget per-datum</translation>
    </message>
    <message>
        <source>reason: releasing a hold needs a reason</source>
        <translation>reason: att häva en spärr kräver en orsak</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date: är inget datum</translation>
    </message>
    <message>
        <source>customer %1 is not on hold</source>
        <translation>kunden %1 är inte spärrad</translation>
    </message>
    <message>
        <source>date: the hold was set on %1</source>
        <translation>date: spärren sattes den %1</translation>
    </message>
    <message>
        <source>new_limit: a raise needs a limit above the current one</source>
        <translation>new_limit: en höjning kräver en gräns över den nuvarande</translation>
    </message>
    <message>
        <source>new_limit: lowering needs a limit below the current one</source>
        <translation>new_limit: en sänkning kräver en gräns under den nuvarande</translation>
    </message>
    <message>
        <source>new_class: &apos;%1&apos; is not a new risk class A to E</source>
        <translation>new_class: &apos;%1&apos; är ingen ny riskklass A till E</translation>
    </message>
    <message>
        <source>temporary_limit: a temporary increase needs a limit above the current one</source>
        <translation>temporary_limit: en tillfällig höjning kräver en gräns över den nuvarande</translation>
    </message>
    <message>
        <source>temporary_until: the expiry must be after the review date</source>
        <translation>temporary_until: slutdatumet måste ligga efter kreditprövningens datum</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>okänd kund %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 100000</source>
        <translation>&apos;%1&apos; är inte ett heltal från 0 till 100000</translation>
    </message>
    <message>
        <source>a row needs a score or a rating</source>
        <translation>en rad måste ha en poäng eller ett betyg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>a second score of %1 by %2 on %3 in this file</source>
        <translation>en andra poäng för %1 från %2 den %3 i filen</translation>
    </message>
    <message>
        <source>credit review: %1 score fell from %2 to %3</source>
        <translation>kreditprövning: poängen från %1 sjönk från %2 till %3</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>faktura %1 finns inte</translation>
    </message>
    <message>
        <source>risk_class: must be empty or one of A to E</source>
        <translation>risk_class: måste vara tom eller en av A till E</translation>
    </message>
    <message>
        <source>terms_days: at most 3650 days</source>
        <translation>terms_days: högst 3650 dagar</translation>
    </message>
    <message>
        <source>discount_days: a discount needs a discount period of at least one day</source>
        <translation>discount_days: en kassarabatt kräver en rabattperiod på minst en dag</translation>
    </message>
    <message>
        <source>credit_limit: must not be negative</source>
        <translation>credit_limit: får inte vara negativ</translation>
    </message>
    <message>
        <source>review_interval_days: between 1 and 3650 days</source>
        <translation>review_interval_days: mellan 1 och 3650 dagar</translation>
    </message>
    <message>
        <source>hold_days_past_due: between 0 and 3650 days</source>
        <translation>hold_days_past_due: mellan 0 och 3650 dagar</translation>
    </message>
    <message>
        <source>hold_overdue_amount: must not be negative</source>
        <translation>hold_overdue_amount: får inte vara negativt</translation>
    </message>
    <message>
        <source>hold_broken_promises: at least 1 promise</source>
        <translation>hold_broken_promises: minst 1 löfte</translation>
    </message>
    <message>
        <source>hold_broken_window_days: between 1 and 3650 days</source>
        <translation>hold_broken_window_days: mellan 1 och 3650 dagar</translation>
    </message>
    <message>
        <source>hold_broken_window_days: set the number of broken promises too</source>
        <translation>hold_broken_window_days: ange även antalet brutna löften</translation>
    </message>
    <message>
        <source>interest_margin: between -100 and 100 points</source>
        <translation>interest_margin: mellan -100 och 100 procentenheter</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees: tak för ersättning och avgifter får inte vara negativa</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed with a compensation or fee cap</source>
        <translation>fee_currency: en valutakod på tre bokstäver krävs när ett tak för ersättning eller avgifter anges</translation>
    </message>
    <message>
        <source>strategy: strategy %1 does not exist</source>
        <translation>strategy: kravstrategin %1 finns inte</translation>
    </message>
    <message>
        <source>instalment_terms: %1</source>
        <translation>instalment_terms: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>field %1: the quoted field that opens on this line is never closed</source>
        <translation>fält %1: det citerade fältet som börjar på den här raden avslutas aldrig</translation>
    </message>
    <message>
        <source>field %1: a carriage return that is not followed by a line feed outside quotes</source>
        <translation>fält %1: en vagnretur som inte följs av en radmatning utanför citattecken</translation>
    </message>
    <message>
        <source>field %1: a quote inside an unquoted field (enclose the whole field in quotes and double the quotes inside it)</source>
        <translation>fält %1: ett citattecken i ett fält utan citattecken (omge hela fältet med citattecken och dubblera citattecknen inuti)</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by a comma or a line break)</source>
        <translation>fält %1: text efter det avslutande citattecknet (ett citerat fält måste följas av ett kommatecken eller en radbrytning)</translation>
    </message>
    <message>
        <source>field %1: the text is not valid UTF-8</source>
        <translation>fält %1: texten är inte giltig UTF-8</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by the separator %2 or a line break)</source>
        <translation>fält %1: text efter det avslutande citattecknet (ett citerat fält måste följas av avgränsaren %2 eller en radbrytning)</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>dashboard: not a valid date</source>
        <translation>översikt: inget giltigt datum</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>löftena kan inte utvärderas: %1</translation>
    </message>
    <message>
        <source>dashboard trend: a valid date and 1 to 60 months</source>
        <translation>översiktens trend: ett giltigt datum och 1 till 60 månader krävs</translation>
    </message>
    <message>
        <source>dashboard collections: a valid date and 1 to 104 weeks</source>
        <translation>översiktens indrivning: ett giltigt datum och 1 till 104 veckor krävs</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>n/a</source>
        <translation>saknas</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the book already has customers; a demo book can only be generated into an empty book</source>
        <translation>boken har redan kunder; en demobok kan bara genereras i en tom bok</translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was written</source>
        <translation>demogenereringen avbröts; inget skrevs</translation>
    </message>
    <message>
        <source>customers: must be between 1 and %1 (got %2)</source>
        <translation>customers: måste vara mellan 1 och %1 (fick %2)</translation>
    </message>
</context>
<context>
    <name>DepositBatchService</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation>rad %1: %2: %3</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency: &apos;%1&apos; är ingen ISO 4217-kod</translation>
    </message>
    <message>
        <source>received_date: is not a date</source>
        <translation>received_date: är inget datum</translation>
    </message>
    <message>
        <source>the batch has no checks</source>
        <translation>bunten innehåller inga checkar</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>måste vara större än noll</translation>
    </message>
    <message>
        <source>count: %1 checks keyed, the control count is %2</source>
        <translation>count: %1 checkar registrerade, kontrollantalet är %2</translation>
    </message>
    <message>
        <source>total: the checks add up to %1, the control total is %2</source>
        <translation>total: checkarna summerar till %1, kontrollsumman är %2</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>ingen kund %1</translation>
    </message>
    <message>
        <source>%1 is billed in %2, the batch is in %3</source>
        <translation>%1 faktureras i %2, bunten är i %3</translation>
    </message>
    <message>
        <source>%1 is already posted for %2</source>
        <translation>referensen %1 är redan bokförd för kund %2</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>ingen faktura %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>faktura %1 tillhör en annan kund</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>&apos;%1&apos; is not a dispute reason (%2)</source>
        <translation>&apos;%1&apos; är ingen tvistorsak (%2)</translation>
    </message>
    <message>
        <source>the day the dispute was opened is not a valid date</source>
        <translation>dagen då tvisten öppnades är inget giltigt datum</translation>
    </message>
    <message>
        <source>the dispute&apos;s due date is before the day it was opened</source>
        <translation>tvistens förfallodag ligger före dagen då den öppnades</translation>
    </message>
    <message>
        <source>the disputed amount must be positive</source>
        <translation>det tvistiga beloppet måste vara positivt</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>okänd faktura %1</translation>
    </message>
    <message>
        <source>invoice %1 was issued on %2, after the dispute&apos;s date %3</source>
        <translation>faktura %1 utfärdades den %2, efter tvistens datum %3</translation>
    </message>
    <message>
        <source>the disputed amount %1 is more than invoice %2 has open and undisputed (%3 open, %4 already disputed)</source>
        <translation>det tvistiga beloppet %1 är mer än faktura %2 har öppet och ostridigt (%3 öppet, %4 redan i tvist)</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>okänd eller inaktiv användare %1</translation>
    </message>
    <message>
        <source>the day of the resolution is not a valid date</source>
        <translation>dagen för lösningen är inget giltigt datum</translation>
    </message>
    <message>
        <source>unknown dispute %1</source>
        <translation>okänd tvist %1</translation>
    </message>
    <message>
        <source>dispute %1 is already %2</source>
        <translation>tvist %1 har redan status %2</translation>
    </message>
    <message>
        <source>dispute %1 cannot be resolved before it was opened (%2)</source>
        <translation>tvist %1 kan inte lösas innan den öppnades (%2)</translation>
    </message>
    <message>
        <source>invoice %1 has nothing open to write off</source>
        <translation>faktura %1 har inget öppet att skriva av</translation>
    </message>
    <message>
        <source>dispute %1 (%2)</source>
        <translation>tvist %1 (%2)</translation>
    </message>
    <message>
        <source>unknown credit note %1</source>
        <translation>okänd kreditfaktura %1</translation>
    </message>
    <message>
        <source>credit note %1 belongs to another customer</source>
        <translation>kreditfaktura %1 tillhör en annan kund</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>okänd kund %1</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>no output folder given</source>
        <translation>ingen utdatamapp angiven</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: kan inte skapa mappen</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: kan inte skriva filen (%2)</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>inget per-datum</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>kunden %1 finns inte</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>inget per-datum</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>brevet %1 finns inte</translation>
    </message>
    <message>
        <source>only a rendered statement can be recorded as sent</source>
        <translation>endast ett framställt kontoutdrag kan registreras som skickat</translation>
    </message>
    <message>
        <source>the letter has no document</source>
        <translation>brevet har inget dokument</translation>
    </message>
    <message>
        <source>unknown letter template &apos;%1&apos; (one of %2)</source>
        <translation>okänd brevmall &apos;%1&apos; (en av %2)</translation>
    </message>
    <message>
        <source>no letter templates in language &apos;%1&apos; (one of %2)</source>
        <translation>inga brevmallar på språket &apos;%1&apos; (ett av %2)</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsService</name>
    <message>
        <source>pay-by days: %1 is not between 0 and %2</source>
        <translation>betalningsfrist i dagar: %1 ligger inte mellan 0 och %2</translation>
    </message>
    <message>
        <source>sender: longer than %1 characters</source>
        <translation>avsändare: längre än %1 tecken</translation>
    </message>
    <message>
        <source>payment instructions: longer than %1 characters</source>
        <translation>betalningsinstruktioner: längre än %1 tecken</translation>
    </message>
    <message>
        <source>payment instructions: no letters in language &apos;%1&apos; (one of %2)</source>
        <translation>betalningsinstruktioner: inga brev på språket &apos;%1&apos; (något av %2)</translation>
    </message>
    <message>
        <source>payment instructions (%1): longer than %2 characters</source>
        <translation>betalningsinstruktioner (%1): längre än %2 tecken</translation>
    </message>
</context>
<context>
    <name>EscalationQueueWidget</name>
    <message>
        <source>waiting</source>
        <translation>väntande</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>övertagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EscalationService</name>
    <message>
        <source>an escalation needs a reason</source>
        <translation>en eskalering måste ha en orsak</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>okänd kund %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>okänd eller inaktiv användare %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a supervisor</source>
        <translation>%1 är %2, inte teamledare</translation>
    </message>
    <message>
        <source>there is no active supervisor to escalate to</source>
        <translation>det finns ingen aktiv teamledare att eskalera till</translation>
    </message>
    <message>
        <source>%1 is already escalated to %2 (escalation %3)</source>
        <translation>kund %1 är redan eskalerad till %2 (eskalering %3)</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin decides on escalations</source>
        <translation>bara en teamledare, chef eller administratör beslutar om eskaleringar</translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation>okänd eskalering %1</translation>
    </message>
    <message>
        <source>escalation %1 is %2</source>
        <translation>eskalering %1 har status %2</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>okänt kund-id %1</translation>
    </message>
    <message>
        <source>returning an escalation needs instructions</source>
        <translation>en eskalering kan bara returneras med instruktioner</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 är %2, inte kravhandläggare</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees the escalation queue</source>
        <translation>endast teamledare, chef eller administratör ser eskaleringskön</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>okänd användare %1</translation>
    </message>
</context>
<context>
    <name>FiguresJob</name>
    <message>
        <source>the figures stopped on an unexpected error</source>
        <translation>beräkningen avbröts av ett oväntat fel</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation>negativt belopp %1</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>måste vara större än noll</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>importen avbröts; inget skrevs</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>filen är tom; en rubrikrad krävs</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>obligatorisk kolumn &apos;%1&apos; saknas</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>kolumnen &apos;%1&apos; förekommer mer än en gång</translation>
    </message>
    <message>
        <source>duplicate customer code %1 in this file</source>
        <translation>kundkoden %1 förekommer flera gånger i filen</translation>
    </message>
    <message>
        <source>customer %1 already exists in the book</source>
        <translation>kunden %1 finns redan i boken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; är ingen ISO 4217-valutakod</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days between 0 and 3650</source>
        <translation>&apos;%1&apos; är inte ett helt antal dagar mellan 0 och 3650</translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in this file</source>
        <translation>fakturanumret %1 förekommer flera gånger i filen</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>okänd kund %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>ligger före fakturadatumet</translation>
    </message>
    <message>
        <source>%1 differs from customer %2&apos;s currency %3</source>
        <translation>%1 skiljer sig från kund %2:s valuta %3</translation>
    </message>
    <message>
        <source>duplicate payment reference %1 for customer %2 in this file</source>
        <translation>betalningsreferensen %1 för kund %2 förekommer flera gånger i filen</translation>
    </message>
    <message>
        <source>payment %1 of customer %2 is already in the book</source>
        <translation>inbetalning %1 från kund %2 finns redan i boken</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>okänd faktura %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>faktura %1 tillhör en annan kund</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>&apos;%1&apos; får bara innehålla bokstäver, siffror och . _ @ -</translation>
    </message>
    <message>
        <source>duplicate login %1 in this file</source>
        <translation>inloggningsnamnet %1 förekommer flera gånger i filen</translation>
    </message>
    <message>
        <source>user %1 already exists in the book</source>
        <translation>användaren %1 finns redan i boken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>&apos;%1&apos; är inte något av admin, manager, supervisor, collector, clerk, auditor</translation>
    </message>
    <message>
        <source>customer %1 is assigned twice in this file</source>
        <translation>kunden %1 tilldelas två gånger i filen</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>okänd användare %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 är %2, inte kravhandläggare</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>användaren %1 är inaktiverad</translation>
    </message>
    <message>
        <source>is before the day the promise was taken</source>
        <translation>ligger före dagen då löftet togs emot</translation>
    </message>
    <message>
        <source>invoice %1 already exists in the book</source>
        <translation>faktura %1 finns redan i boken</translation>
    </message>
    <message>
        <source>only a manager sets credit limits; leave the column empty</source>
        <translation>endast en chef anger kreditgränser; lämna kolumnen tom</translation>
    </message>
</context>
<context>
    <name>InstalmentTerms</name>
    <message>
        <source>part %1: %2</source>
        <translation>del %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give 2 to %2 parts separated by &apos;/&apos;, such as 30/60/90</source>
        <translation>&apos;%1&apos;: ange 2 till %2 delar åtskilda med &apos;/&apos;, till exempel 30/60/90</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DAYS or DAYS:PERCENT</source>
        <translation>&apos;%1&apos; är inte DAYS eller DAYS:PERCENT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days from 0 to 3650</source>
        <translation>&apos;%1&apos; är inte ett antal dagar från 0 till 3650</translation>
    </message>
    <message>
        <source>%1 days does not come after the part before it</source>
        <translation>%1 dagar ligger inte efter den föregående delen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage above 0 with at most 2 decimals</source>
        <translation>&apos;%1&apos; är ingen procentsats över 0 med högst 2 decimaler</translation>
    </message>
    <message>
        <source>give a percentage for every part or for none (equal parts)</source>
        <translation>ange en procentsats för varje del eller för ingen (lika stora delar)</translation>
    </message>
    <message>
        <source>the percentages add up to %1, not 100</source>
        <translation>procentsatserna summerar till %1, inte 100</translation>
    </message>
</context>
<context>
    <name>InterestPostingService</name>
    <message>
        <source>no as-of date</source>
        <translation>inget per-datum</translation>
    </message>
    <message>
        <source>%1: no reference rate of %2 in force for every day from %3; load the rates first</source>
        <translation>%1: det finns ingen referensränta för %2 som gäller för varje dag från och med %3; läs in räntorna först</translation>
    </message>
    <message>
        <source>%1: the number %2 is already taken</source>
        <translation>%1: numret %2 är redan upptaget</translation>
    </message>
    <message>
        <source>%1: the compensation is in %2, the invoice in %3; ardesk does not convert</source>
        <translation>%1: ersättningen är i %2, fakturan i %3; ardesk räknar inte om valutor</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
</context>
<context>
    <name>InterestService</name>
    <message>
        <source>no as-of date</source>
        <translation>inget per-datum</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region code (2 to 16 letters, digits, _ or -)</source>
        <translation>&apos;%1&apos; är ingen regionkod (2 till 16 bokstäver, siffror, _ eller -)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage (such as 3.5, at most 4 decimals)</source>
        <translation>&apos;%1&apos; är ingen procentsats (till exempel 3.5, högst 4 decimaler)</translation>
    </message>
    <message>
        <source>%1 is not between -100 and 100</source>
        <translation>%1 ligger inte mellan -100 och 100</translation>
    </message>
    <message>
        <source>a second rate for %1 from %2 in this file</source>
        <translation>en andra räntesats för %1 från %2 i filen</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>filen innehåller inga räntesatser</translation>
    </message>
    <message>
        <source>region: 2 to 16 capital letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>region: 2 till 16 versaler, siffror, &apos;_&apos; eller &apos;-&apos;</translation>
    </message>
    <message>
        <source>valid_from: not a date</source>
        <translation>valid_from: inget datum</translation>
    </message>
    <message>
        <source>rate_percent: between -100 and 100</source>
        <translation>rate_percent: mellan -100 och 100</translation>
    </message>
    <message>
        <source>there is no rate for %1 from %2</source>
        <translation>det finns ingen räntesats för %1 från %2</translation>
    </message>
    <message>
        <source>country: two capital letters (ISO 3166), or empty for the default</source>
        <translation>country: två versaler (ISO 3166), eller tomt för standardregeln</translation>
    </message>
    <message>
        <source>margin: between -100 and 100 points</source>
        <translation>margin: mellan -100 och 100 procentenheter</translation>
    </message>
    <message>
        <source>day_count: 365 or 360</source>
        <translation>day_count: 365 eller 360</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees: tak för ersättning och avgifter får inte vara negativa</translation>
    </message>
    <message>
        <source>compensation_currency: a three-letter currency code is needed</source>
        <translation>compensation_currency: en valutakod på tre bokstäver krävs</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed</source>
        <translation>fee_currency: en valutakod på tre bokstäver krävs</translation>
    </message>
</context>
<context>
    <name>KpiMovements</name>
    <message>
        <source>allocation %1 reverses allocation %2, which does not exist</source>
        <translation>avstämning %1 återför avstämning %2, som inte finns</translation>
    </message>
    <message>
        <source>posting for customer %1, which does not exist</source>
        <translation>bokföring för kund %1, som inte finns</translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>KPI figures: customer %1 does not exist</source>
        <translation>Nyckeltal: kunden %1 finns inte</translation>
    </message>
    <message>
        <source>KPI period: invalid as-of date or number of months</source>
        <translation>Nyckeltalsperiod: ogiltigt per-datum eller antal månader</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>as-of: not a valid date</source>
        <translation>as-of: inget giltigt datum</translation>
    </message>
    <message>
        <source>months: must be from 1 to %1, not %2</source>
        <translation>months: måste vara från 1 till %1, inte %2</translation>
    </message>
    <message>
        <source>promises in the book cannot be evaluated: %1</source>
        <translation>bokens betalningslöften kan inte utvärderas: %1</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>allocation to invoice %1, which has no state row</source>
        <translation>avstämning mot faktura %1, som saknar tillståndsrad</translation>
    </message>
    <message>
        <source>allocation from payment or credit note %1, which has no state row</source>
        <translation>avstämning från inbetalning eller kreditfaktura %1, som saknar tillståndsrad</translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>är längre än 64 tecken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code such as EUR</source>
        <translation>&apos;%1&apos; är ingen ISO 4217-kod som t.ex. EUR</translation>
    </message>
    <message>
        <source>must be between 0 and 3650 days</source>
        <translation>måste vara mellan 0 och 3650 dagar</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>får inte vara negativt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; är ingen e-postadress</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Prague</source>
        <translation>&apos;%1&apos; är ingen IANA-tidszon som t.ex. Europe/Stockholm</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 alpha-2 code such as SE</source>
        <translation>&apos;%1&apos; är ingen ISO 3166 alfa-2-kod som t.ex. SE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of en, de, fr, sv, cs</source>
        <translation>&apos;%1&apos; är inte något av en, de, fr, sv, cs</translation>
    </message>
    <message>
        <source>must be one of A, B, C, D, E</source>
        <translation>måste vara något av A, B, C, D, E</translation>
    </message>
    <message>
        <source>code: customer %1 already exists</source>
        <translation>code: kunden %1 finns redan</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>kunden %1 finns inte</translation>
    </message>
    <message>
        <source>cannot be changed once the customer exists (it is %1)</source>
        <translation>kan inte ändras när kunden väl finns (värdet är %1)</translation>
    </message>
    <message>
        <source>cannot be changed (it is %1)</source>
        <translation>kan inte ändras (värdet är %1)</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>är inget datum</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>ligger före fakturadatumet</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>måste vara större än noll</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>ingen kund %1</translation>
    </message>
    <message>
        <source>%1 differs from the customer&apos;s currency %2</source>
        <translation>%1 skiljer sig från kundens valuta %2</translation>
    </message>
    <message>
        <source>invoice %1 already exists</source>
        <translation>faktura %1 finns redan</translation>
    </message>
    <message>
        <source>credit note %1 already exists</source>
        <translation>kreditfaktura %1 finns redan</translation>
    </message>
    <message>
        <source>is not an invoice of %1</source>
        <translation>är inte en faktura till %1</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>ett avstämt belopp måste vara större än noll</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>faktura %1 finns inte</translation>
    </message>
    <message>
        <source>payment %1 does not exist</source>
        <translation>inbetalning %1 finns inte</translation>
    </message>
    <message>
        <source>payment %1 has been reversed</source>
        <translation>inbetalning %1 har återförts</translation>
    </message>
    <message>
        <source>credit note %1 does not exist</source>
        <translation>kreditfaktura %1 finns inte</translation>
    </message>
    <message>
        <source>credit note %1 has been reversed</source>
        <translation>kreditfaktura %1 har återförts</translation>
    </message>
    <message>
        <source>write-offs are posted through the approval workflow</source>
        <translation>avskrivningar bokförs via attestflödet</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>faktura %1 tillhör en annan kund</translation>
    </message>
    <message>
        <source>currency %1 cannot pay an invoice in %2</source>
        <translation>en betalning i %1 kan inte betala en faktura i %2</translation>
    </message>
    <message>
        <source>%1 is before the money was received (%2)</source>
        <translation>%1 ligger före dagen då pengarna togs emot (%2)</translation>
    </message>
    <message>
        <source>%1 is before invoice %2 was issued</source>
        <translation>%1 ligger före dagen då faktura %2 utfärdades</translation>
    </message>
    <message>
        <source>only %1 is left to apply</source>
        <translation>bara %1 återstår att stämma av</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open</source>
        <translation>faktura %1 har bara %2 öppet</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>ingen faktura %1</translation>
    </message>
    <message>
        <source>applied %1 is more than the payment %2</source>
        <translation>avstämt %1 är mer än inbetalningen %2</translation>
    </message>
    <message>
        <source>a reversal needs a reason</source>
        <translation>en återföring måste ha en orsak</translation>
    </message>
    <message>
        <source>allocation %1 does not exist</source>
        <translation>avstämning %1 finns inte</translation>
    </message>
    <message>
        <source>a reversing entry cannot itself be reversed</source>
        <translation>en återföringspost kan inte själv återföras</translation>
    </message>
    <message>
        <source>a write-off is reversed through the approval workflow</source>
        <translation>en avskrivning återförs via attestflödet</translation>
    </message>
    <message>
        <source>allocation %1 is already reversed</source>
        <translation>avstämning %1 är redan återförd</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before what it reverses (%1)</source>
        <translation>en återföring kan inte dateras före det den återför (%1)</translation>
    </message>
    <message>
        <source>payment %1 is already reversed</source>
        <translation>inbetalning %1 är redan återförd</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the payment (%1)</source>
        <translation>en återföring kan inte dateras före inbetalningen (%1)</translation>
    </message>
    <message>
        <source>date: an allocation of payment %1 is reversed after %2; date the payment&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date: en avstämning av inbetalning %1 återförs efter %2; datera inbetalningens återföring samma dag som eller efter den senaste återföringen av dess avstämningar</translation>
    </message>
    <message>
        <source>credit note %1 is already reversed</source>
        <translation>kreditfaktura %1 är redan återförd</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the credit note</source>
        <translation>en återföring kan inte dateras före kreditfakturan</translation>
    </message>
    <message>
        <source>date: an allocation of credit note %1 is reversed after %2; date the credit note&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date: en avstämning av kreditfaktura %1 återförs efter %2; datera kreditfakturans återföring samma dag som eller efter den senaste återföringen av dess avstämningar</translation>
    </message>
    <message>
        <source>a write-off must be greater than zero</source>
        <translation>en avskrivning måste vara större än noll</translation>
    </message>
    <message>
        <source>a write-off cannot be dated before the invoice</source>
        <translation>en avskrivning kan inte dateras före fakturan</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open to write off</source>
        <translation>faktura %1 har bara %2 öppet att skriva av</translation>
    </message>
    <message>
        <source>no such invoice or payment</source>
        <translation>ingen sådan faktura eller inbetalning</translation>
    </message>
    <message>
        <source>the payment is not the invoice&apos;s customer&apos;s or not in its currency</source>
        <translation>inbetalningen tillhör inte fakturans kund eller är inte i dess valuta</translation>
    </message>
    <message>
        <source>a recovery cannot be dated before the payment</source>
        <translation>ett återvunnet belopp kan inte dateras före inbetalningen</translation>
    </message>
    <message>
        <source>invoice %1 has nothing written off</source>
        <translation>faktura %1 har inget avskrivet</translation>
    </message>
    <message>
        <source>payment %1 has nothing left to apply</source>
        <translation>inbetalning %1 har inget kvar att stämma av</translation>
    </message>
    <message>
        <source>%1: only a manager sets a customer&apos;s credit limit and risk class (%2)</source>
        <translation>%1: endast en chef anger en kunds kreditgräns och riskklass (%2)</translation>
    </message>
    <message>
        <source>discount: %1 is not an invoice of %2</source>
        <translation>kassarabatt: %1 är inte en faktura för %2</translation>
    </message>
    <message>
        <source>discount: no early-payment discount is offered on %1 for a payment on %2</source>
        <translation>kassarabatt: ingen kassarabatt erbjuds på %1 vid betalning den %2</translation>
    </message>
    <message>
        <source>discount: the discount of %1 on %2 is taken only when the payment settles the rest: apply exactly %3 (open %4 less the discount), not %5</source>
        <translation>kassarabatt: kassarabatten på %1 för %2 utnyttjas bara när inbetalningen reglerar resten: stäm av exakt %3 (öppet %4 minus rabatten), inte %5</translation>
    </message>
    <message>
        <source>between 2 and %1 parts</source>
        <translation>mellan 2 och %1 delar</translation>
    </message>
    <message>
        <source>part %1: numbered %2</source>
        <translation>del %1: numrerad %2</translation>
    </message>
    <message>
        <source>part %1: the due date is not after the part before it or before the issue date</source>
        <translation>del %1: förfallodagen ligger inte efter föregående del eller ligger före fakturadatumet</translation>
    </message>
    <message>
        <source>part %1: the amount must be greater than zero</source>
        <translation>del %1: beloppet måste vara större än noll</translation>
    </message>
    <message>
        <source>the parts add up to %1, not to the invoice&apos;s amount</source>
        <translation>delarna summerar till %1, inte till fakturans belopp</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>%1: row %2 follows row %3: a row is missing</source>
        <translation>%1: rad %2 följer på rad %3: en rad saknas</translation>
    </message>
    <message>
        <source>%1 row %2 does not match its hash: it was changed after posting, or a row before it was</source>
        <translation>%1 rad %2 stämmer inte med sin hash: den har ändrats efter bokföringen, eller så har en rad före den ändrats</translation>
    </message>
    <message>
        <source>state for a missing invoice %1</source>
        <translation>tillstånd för en saknad faktura %1</translation>
    </message>
    <message>
        <source>invoice %1: state amount differs</source>
        <translation>faktura %1: tillståndets belopp avviker</translation>
    </message>
    <message>
        <source>invoice %1: open amount out of range (applied %2 of %3) as of day %4</source>
        <translation>faktura %1: öppet belopp utanför tillåtet intervall (avstämt %2 av %3) per dag %4</translation>
    </message>
    <message>
        <source>invoice %1 has no state row</source>
        <translation>faktura %1 har ingen tillståndsrad</translation>
    </message>
    <message>
        <source>invoice %1: open amount %2 but the history gives %3</source>
        <translation>faktura %1: öppet belopp %2 men historiken ger %3</translation>
    </message>
    <message>
        <source>a reversal of a missing %1 row</source>
        <translation>en återföring av en saknad %1-rad</translation>
    </message>
    <message>
        <source>%1 %2: applied before it was received</source>
        <translation>%1 %2: avstämd innan den togs emot</translation>
    </message>
    <message>
        <source>%1 %2: applied %3 of %4 as of %5</source>
        <translation>%1 %2: avstämt %3 av %4 per %5</translation>
    </message>
    <message>
        <source>state for a missing %1 row %2</source>
        <translation>tillstånd för en saknad %1-rad %2</translation>
    </message>
    <message>
        <source>%1 %2: state says allocated %3, unapplied %4; the history gives %5 and %6</source>
        <translation>%1 %2: tillståndet anger avstämt %3, oplacerat %4; historiken ger %5 och %6</translation>
    </message>
    <message>
        <source>%1 %2: reversal date differs from the reversals</source>
        <translation>%1 %2: återföringsdatumet avviker från återföringarna</translation>
    </message>
    <message>
        <source>%1 has %2 rows for %3 %4 rows</source>
        <translation>%1 har %2 rader för %3 %4-rader</translation>
    </message>
    <message>
        <source>ar_movements %1 (kind/currency/due/day): %2 stored, the ledger gives %3</source>
        <translation>ar_movements %1 (kind/currency/due/day): %2 lagrat, reskontran ger %3</translation>
    </message>
    <message>
        <source>kpi_movements (kind/currency/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_movements (kind/currency/day/until: amount, amount x days, entries): %1 lagrat, reskontran ger %2</translation>
    </message>
    <message numerus="yes">
        <source>promise_outcomes: %n customer(s) differ from the rule; first: %1</source>
        <translation>
            <numerusform>promise_outcomes: %n kund avviker från regeln; första: %1</numerusform>
            <numerusform>promise_outcomes: %n kunder avviker från regeln; första: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer %1 has invoices but no line in kpi_customer_groups</source>
        <translation>kund %1 har fakturor men ingen rad i kpi_customer_groups</translation>
    </message>
    <message>
        <source>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries): %1 lagrat, reskontran ger %2</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) stored, the ledger has %1</source>
        <translation>
            <numerusform>%n löfte lagrat, reskontran har %1</numerusform>
            <numerusform>%n löften lagrade, reskontran har %1</numerusform>
        </translation>
    </message>
    <message>
        <source>valid from day %1 stored, the ledger gives %2</source>
        <translation>giltig från dag %1 lagrat, reskontran ger %2</translation>
    </message>
    <message>
        <source>promise %1: %2 counted, kept on %3 stored; the ledger gives %4, kept on %5</source>
        <translation>löfte %1: %2 räknat, infriat %3 lagrat; reskontran ger %4, infriat %5</translation>
    </message>
    <message>
        <source>customer %1: %2</source>
        <translation>kund %1: %2</translation>
    </message>
    <message>
        <source>%1 stored, the ledger gives %2</source>
        <translation>%1 lagrat, huvudboken ger %2</translation>
    </message>
    <message numerus="yes">
        <source>ledger_spans: %n document(s) differ; first: %1</source>
        <translation>
            <numerusform>ledger_spans: %n dokument skiljer sig; första: %1</numerusform>
            <numerusform>ledger_spans: %n dokument skiljer sig; första: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>open %1, overdue %2, disputed %3, unapplied %4, oldest overdue due %5, valid from day %6 to day %7</source>
        <translation>öppet %1, förfallet %2, tvistigt %3, ej avräknat %4, äldsta förfallna förfallodag %5, giltigt från dag %6 till dag %7</translation>
    </message>
    <message>
        <source>customer %1 as of %2: %3 stored; the ledger gives %4</source>
        <translation>kund %1 per %2: %3 lagrat; huvudboken ger %4</translation>
    </message>
    <message numerus="yes">
        <source>customer_figures: %n customer(s) differ from the ledger; first: %1</source>
        <translation>
            <numerusform>customer_figures: %n kund avviker från huvudboken; första: %1</numerusform>
            <numerusform>customer_figures: %n kunder avviker från huvudboken; första: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer_balances: customer %1 has no row</source>
        <translation>customer_balances: kund %1 saknar rad</translation>
    </message>
    <message>
        <source>customer_balances: customer %1 stores open %2, unapplied %3, balance %4; the state tables give open %5, unapplied %6</source>
        <translation>customer_balances: kund %1 lagrar öppet %2, oplacerat %3, saldo %4; tillståndstabellerna ger öppet %5, oplacerat %6</translation>
    </message>
    <message>
        <source>customer_balances: a row for customer %1, who does not exist</source>
        <translation>customer_balances: en rad för kund %1, som inte finns</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Recent books</source>
        <translation>&amp;Senaste böcker</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>&amp;Öppna bok…</translation>
    </message>
    <message>
        <source>Open a book (*.ardesk)</source>
        <translation>Öppna en bok (*.ardesk)</translation>
    </message>
    <message>
        <source>&amp;Close book</source>
        <translation>S&amp;täng bok</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;About ardesk</source>
        <translation>&amp;Om ardesk</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>kan inte addera %1 till %2</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>beloppet är för stort</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; är ingen ISO 4217-valutakod</translation>
    </message>
    <message>
        <source>negative amount &apos;%1&apos;</source>
        <translation>negativt belopp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty amount</source>
        <translation>tomt belopp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; är inget belopp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (use digits and &apos;.&apos;)</source>
        <translation>&apos;%1&apos; är inget belopp (använd siffror och &apos;.&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals for %3</source>
        <translation>&apos;%1&apos; har fler än %2 decimaler för %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; är för stort</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Autogiro</translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation>Bankfil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>PgCopyBuffer</name>
    <message>
        <source>COPY into %1 failed (%2): %3</source>
        <translation>COPY till %1 misslyckades (%2): %3</translation>
    </message>
</context>
<context>
    <name>PlanAgreement</name>
    <message>
        <source>The agreement could not be written to %1.</source>
        <translation>Avtalet kunde inte skrivas till %1.</translation>
    </message>
</context>
<context>
    <name>PlanAgreementService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>avbetalningsplanen %1 finns inte</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>kunden %1 finns inte</translation>
    </message>
    <message>
        <source>only a rendered agreement of a payment plan can be recorded</source>
        <translation>endast ett framställt avtal om en avbetalningsplan kan registreras</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>avbetalningsplanen %1 finns inte</translation>
    </message>
    <message>
        <source>invoices: choose at least one open item</source>
        <translation>invoices: välj minst en öppen post</translation>
    </message>
    <message>
        <source>instalments: from 1 to 120</source>
        <translation>instalments: från 1 till 120</translation>
    </message>
    <message>
        <source>down_payment and grace days must not be negative</source>
        <translation>down_payment och respitdagar får inte vara negativa</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>kunden %1 finns inte</translation>
    </message>
    <message>
        <source>invoices: %1 is not an invoice of %2</source>
        <translation>invoices: %1 är ingen faktura för %2</translation>
    </message>
    <message>
        <source>invoices: %1 has nothing open</source>
        <translation>invoices: %1 har inget öppet</translation>
    </message>
    <message>
        <source>invoice %1 is already on an active plan</source>
        <translation>faktura %1 ingår redan i en aktiv plan</translation>
    </message>
    <message>
        <source>invoices: a plan is in one currency</source>
        <translation>invoices: en plan har en enda valuta</translation>
    </message>
    <message>
        <source>down_payment: must be less than the plan&apos;s total %1</source>
        <translation>down_payment: måste vara mindre än planens totalbelopp %1</translation>
    </message>
    <message>
        <source>payment plan defaulted: instalment of %1 due %2 unpaid</source>
        <translation>avbetalningsplanen har brutits: delbetalningen på %1 med förfallodag %2 är obetald</translation>
    </message>
    <message>
        <source>first_date: the first instalment must fall after the agreement date</source>
        <translation>first_date: den första delbetalningen måste infalla efter avtalsdatumet</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>filen är tom; en rubrikrad krävs</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>obligatorisk kolumn &apos;%1&apos; saknas</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>kolumnen &apos;%1&apos; förekommer mer än en gång</translation>
    </message>
</context>
<context>
    <name>PostedWriter</name>
    <message>
        <source>%1 is not a posted table</source>
        <translation>%1 är ingen bokförd tabell</translation>
    </message>
</context>
<context>
    <name>PromiseEvaluation</name>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>respitdagarna får inte vara negativa (fick %1)</translation>
    </message>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>per-datumet är inget giltigt datum</translation>
    </message>
    <message>
        <source>promise %1 is listed twice</source>
        <translation>löfte %1 förekommer två gånger</translation>
    </message>
    <message>
        <source>promise %1: the taken or promised date is not a valid date</source>
        <translation>löfte %1: löftesdatum eller utlovat datum är inget giltigt datum</translation>
    </message>
    <message>
        <source>promise %1: promised date %2 is before the day it was taken, %3</source>
        <translation>löfte %1: utlovat datum %2 ligger före dagen då löftet togs emot, %3</translation>
    </message>
    <message>
        <source>promise %1: the promised amount must be positive</source>
        <translation>löfte %1: det utlovade beloppet måste vara positivt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Infriat</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>Delvis infriat</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Brutet</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>per-datumet är inget giltigt datum</translation>
    </message>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>respitdagarna får inte vara negativa (fick %1)</translation>
    </message>
    <message>
        <source>Promise of %1 due %2 was not kept.</source>
        <translation>Betalningslöftet på %1 med förfallodag %2 infriades inte.</translation>
    </message>
    <message>
        <source>the day the promise was taken is not a valid date</source>
        <translation>dagen då löftet togs emot är inget giltigt datum</translation>
    </message>
    <message>
        <source>a promise needs at least one amount and date</source>
        <translation>ett löfte måste ha minst ett belopp och ett datum</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>okänd kund %1</translation>
    </message>
    <message>
        <source>promise %1</source>
        <translation>löfte %1</translation>
    </message>
    <message>
        <source>%1: the amount must be positive</source>
        <translation>%1: beloppet måste vara positivt</translation>
    </message>
    <message>
        <source>%1: the promised date is not a valid date</source>
        <translation>%1: det utlovade datumet är inget giltigt datum</translation>
    </message>
    <message>
        <source>%1: promised date %2 is before the day it was taken, %3</source>
        <translation>%1: utlovat datum %2 ligger före dagen då löftet togs emot, %3</translation>
    </message>
    <message>
        <source>%1: unknown invoice %2</source>
        <translation>%1: okänd faktura %2</translation>
    </message>
    <message>
        <source>%1: invoice %2 belongs to another customer</source>
        <translation>%1: faktura %2 tillhör en annan kund</translation>
    </message>
    <message>
        <source>%1: invoice %2 has nothing open on %3</source>
        <translation>%1: faktura %2 har inget öppet den %3</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 to %2, against %3 to %4</source>
        <translation>%1 till %2, jämfört med %3 till %4</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>inget per-datum</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of %2)</source>
        <translation>okänd rapport &apos;%1&apos; (en av %2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ej förfallet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Tvist</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Oplacerat</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Aging summary</source>
        <translation>Åldersanalys, sammanfattning</translation>
    </message>
    <message>
        <source>As of %1 by due date, against %2</source>
        <translation>Per %1 efter förfallodag, jämfört med %2</translation>
    </message>
    <message>
        <source>Aging by currency</source>
        <translation>Åldersanalys per valuta</translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation>Förändring jämfört med %1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Nothing was open on %1 or on %2.</source>
        <translation>Inget var öppet den %1 eller den %2.</translation>
    </message>
    <message>
        <source>%1 of the receivables are current (not yet due).</source>
        <translation>%1 av kundfordringarna är ej förfallna.</translation>
    </message>
    <message>
        <source>The largest rise was in %1 (%2).</source>
        <translation>Den största ökningen var i %1 (%2).</translation>
    </message>
    <message>
        <source>The largest fall was in %1 (%2).</source>
        <translation>Den största minskningen var i %1 (%2).</translation>
    </message>
    <message>
        <source>%1 of it is disputed.</source>
        <translation>%1 av detta är i tvist.</translation>
    </message>
    <message>
        <source>Unapplied cash and credits of %1 stand beside the buckets.</source>
        <translation>Oplacerade inbetalningar och krediter på %1 redovisas vid sidan av intervallen.</translation>
    </message>
    <message>
        <source>Aging by bucket</source>
        <translation>Åldersanalys per intervall</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Åldersanalys, detaljer</translation>
    </message>
    <message>
        <source>As of %1 by due date, by customer</source>
        <translation>Per %1 efter förfallodag, per kund</translation>
    </message>
    <message>
        <source>Aging by customer</source>
        <translation>Åldersanalys per kund</translation>
    </message>
    <message>
        <source>The largest overdue balances: %1.</source>
        <translation>De största förfallna saldona: %1.</translation>
    </message>
    <message>
        <source>No customer moved into %1 since %2.</source>
        <translation>Ingen kund har flyttats till %1 sedan %2.</translation>
    </message>
    <message>
        <source>Moved into %1 since %2: %3.</source>
        <translation>Flyttade till %1 sedan %2: %3.</translation>
    </message>
    <message>
        <source>the statement needs a customer (--customer CODE)</source>
        <translation>kontoutdraget behöver en kund (--customer CODE)</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>kunden %1 finns inte</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoutdrag</translation>
    </message>
    <message>
        <source>%1 %2, as of %3</source>
        <translation>%1 %2, per %3</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Öppna poster</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Dagar efter förfallodag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Activity from %1 to %2</source>
        <translation>Händelser från %1 till %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Inbetalning</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>%1 is overdue; the oldest open item is %2 days past due.</source>
        <translation>%1 är förfallet; den äldsta öppna posten är %2 dagar efter förfallodag.</translation>
    </message>
    <message>
        <source>%1 is disputed.</source>
        <translation>%1 är i tvist.</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Kravhandläggarnas resultat</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Kravhandläggare</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kravhandläggare</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>Andel RPC</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Löften</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Andel infriade</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Indrivet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Måluppfyllelse</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(ingen kravhandläggare)</translation>
    </message>
    <message>
        <source>Collected against target</source>
        <translation>Indrivet jämfört med mål</translation>
    </message>
    <message>
        <source>Collected in %1: %2 from %3 to %4, against %5 from %6 to %7.</source>
        <translation>Indrivet i %1: %2 från %3 till %4, jämfört med %5 från %6 till %7.</translation>
    </message>
    <message>
        <source>No collector has a target for the period (Settings: collector targets).</source>
        <translation>Ingen kravhandläggare har ett mål för perioden (Inställningar: mål för kravhandläggare).</translation>
    </message>
    <message>
        <source>Nobody reached the target.</source>
        <translation>Ingen nådde målet.</translation>
    </message>
    <message>
        <source>At or above target: %1.</source>
        <translation>På eller över målet: %1.</translation>
    </message>
    <message>
        <source>Nobody is below the target.</source>
        <translation>Ingen ligger under målet.</translation>
    </message>
    <message>
        <source>Below target: %1.</source>
        <translation>Under målet: %1.</translation>
    </message>
    <message>
        <source>No collector activity in the period.</source>
        <translation>Ingen aktivitet hos kravhandläggarna under perioden.</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Betalningslöften</translation>
    </message>
    <message>
        <source>Promises taken</source>
        <translation>Tagna löften</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Utlovat till</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nothing promised</source>
        <translation>inget utlovat</translation>
    </message>
    <message>
        <source>Of these, %1 kept, %2 partially kept, %3 broken and %4 pending (as last evaluated).</source>
        <translation>Av dessa %1 infriade, %2 delvis infriade, %3 brutna och %4 väntande (enligt senaste utvärdering).</translation>
    </message>
    <message>
        <source>Promise kept rate: %1.</source>
        <translation>Andel infriade löften: %1.</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Tvister</translation>
    </message>
    <message>
        <source>Open on %1, against %2</source>
        <translation>Öppna den %1, jämfört med %2</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Öppna tvister</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Ålder (dagar)</translation>
    </message>
    <message>
        <source>Open disputes by reason</source>
        <translation>Öppna tvister per orsak</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Klagomål och nöjdhet</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Mottagna klagomål</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Nöjdhet (1-5)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Average satisfaction rose to %1 (from %2).</source>
        <translation>Genomsnittlig nöjdhet steg till %1 (från %2).</translation>
    </message>
    <message>
        <source>Average satisfaction fell to %1 (from %2).</source>
        <translation>Genomsnittlig nöjdhet sjönk till %1 (från %2).</translation>
    </message>
    <message>
        <source>Average satisfaction: %1 of 5.</source>
        <translation>Genomsnittlig nöjdhet: %1 av 5.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Avskrivningar och återvinningar</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>Avskrivningar</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Återvinningar</translation>
    </message>
    <message>
        <source>Nothing was written off or recovered from %1 to %2 or in the month before.</source>
        <translation>Inget skrevs av eller återvanns från %1 till %2 eller under månaden före.</translation>
    </message>
    <message>
        <source>Written off in %1 from %2 to %3: %4 (%5 in the same days of the month before); recovered: %6.</source>
        <translation>Avskrivet i %1 från %2 till %3: %4 (%5 under samma dagar månaden före); återvunnet: %6.</translation>
    </message>
    <message>
        <source>Receivables in %1 were unchanged at %2 against %3.</source>
        <translation>Kundfordringarna i %1 var oförändrade på %2 jämfört med %3.</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Kundfordringarna i %1 steg från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4.</source>
        <translation>Kundfordringarna i %1 steg från %2 den %3 till %4.</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Kundfordringarna i %1 sjönk från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4.</source>
        <translation>Kundfordringarna i %1 sjönk från %2 den %3 till %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 was unchanged at %2 against %3.</source>
        <translation>Den förfallna delen i %1 var oförändrad på %2 jämfört med %3.</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Den förfallna delen i %1 steg från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4.</source>
        <translation>Den förfallna delen i %1 steg från %2 den %3 till %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Den förfallna delen i %1 sjönk från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4.</source>
        <translation>Den förfallna delen i %1 sjönk från %2 den %3 till %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 was unchanged at %2 against %3.</source>
        <translation>Beloppet i tvist i %1 var oförändrat på %2 jämfört med %3.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Beloppet i tvist i %1 steg från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4.</source>
        <translation>Beloppet i tvist i %1 steg från %2 den %3 till %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Beloppet i tvist i %1 sjönk från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4.</source>
        <translation>Beloppet i tvist i %1 sjönk från %2 den %3 till %4.</translation>
    </message>
    <message>
        <source>The balance of %1 was unchanged at %2 against %3.</source>
        <translation>Saldot för %1 var oförändrat på %2 jämfört med %3.</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Saldot för %1 steg från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4.</source>
        <translation>Saldot för %1 steg från %2 den %3 till %4.</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Saldot för %1 sjönk från %2 den %3 till %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4.</source>
        <translation>Saldot för %1 sjönk från %2 den %3 till %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, as many as on %2.</source>
        <translation>
            <numerusform>%n kund hade öppna poster den %1, lika många som den %2.</numerusform>
            <numerusform>%n kunder hade öppna poster den %1, lika många som den %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>%n kund hade öppna poster den %1, en ökning från %2 den %3.</numerusform>
            <numerusform>%n kunder hade öppna poster den %1, en ökning från %2 den %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>%n kund hade öppna poster den %1, en minskning från %2 den %3.</numerusform>
            <numerusform>%n kunder hade öppna poster den %1, en minskning från %2 den %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is made of open items of %1 less unapplied cash and credits of %2.</source>
        <translation>Det består av öppna poster på %1 minus oplacerade inbetalningar och krediter på %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), as many as in %4.</source>
        <translation>
            <numerusform>%n betalningslöfte registrerades från %1 till %2 (%3), lika många som under %4.</numerusform>
            <numerusform>%n betalningslöften registrerades från %1 till %2 (%3), lika många som under %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), up from %4 in %5.</source>
        <translation>
            <numerusform>%n betalningslöfte registrerades från %1 till %2 (%3), en ökning från %4 under %5.</numerusform>
            <numerusform>%n betalningslöften registrerades från %1 till %2 (%3), en ökning från %4 under %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), down from %4 in %5.</source>
        <translation>
            <numerusform>%n betalningslöfte registrerades från %1 till %2 (%3), en minskning från %4 under %5.</numerusform>
            <numerusform>%n betalningslöften registrerades från %1 till %2 (%3), en minskning från %4 under %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, as many as on %2.</source>
        <translation>
            <numerusform>%n tvist var öppen den %1, lika många som den %2.</numerusform>
            <numerusform>%n tvister var öppna den %1, lika många som den %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>%n tvist var öppen den %1, en ökning från %2 den %3.</numerusform>
            <numerusform>%n tvister var öppna den %1, en ökning från %2 den %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>%n tvist var öppen den %1, en minskning från %2 den %3.</numerusform>
            <numerusform>%n tvister var öppna den %1, en minskning från %2 den %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) resolved from %1 to %2.</source>
        <translation>
            <numerusform>%n tvist löstes från %1 till %2.</numerusform>
            <numerusform>%n tvister löstes från %1 till %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, as many as in %3; %4 of them resolved.</source>
        <translation>
            <numerusform>%n klagomål togs emot från %1 till %2, lika många som under %3; %4 av dem har lösts.</numerusform>
            <numerusform>%n klagomål togs emot från %1 till %2, lika många som under %3; %4 av dem har lösts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, up from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>%n klagomål togs emot från %1 till %2, en ökning från %3 under %4; %5 av dem har lösts.</numerusform>
            <numerusform>%n klagomål togs emot från %1 till %2, en ökning från %3 under %4; %5 av dem har lösts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, down from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>%n klagomål togs emot från %1 till %2, en minskning från %3 under %4; %5 av dem har lösts.</numerusform>
            <numerusform>%n klagomål togs emot från %1 till %2, en minskning från %3 under %4; %5 av dem har lösts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: kan inte skapa arbetsboken</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1: kan inte skriva arbetsboken (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: kan inte skriva filen</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: kan inte skriva filen (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Aging summary</source>
        <translation>Åldersanalys, sammanställning</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Åldersanalys, detaljerad</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoutdrag</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Kravhandläggarnas resultat</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Betalningslöften</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Tvister</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Klagomål och nöjdhet</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Avskrivningar och återvinningar</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>AR manager</source>
        <translation>Reskontrachef</translation>
    </message>
    <message>
        <source>Collections supervisor</source>
        <translation>Teamledare kravhantering</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kravhandläggare</translation>
    </message>
    <message>
        <source>AR clerk</source>
        <translation>Reskontrahandläggare</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Revisor</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>no book is open</source>
        <translation>ingen bok är öppen</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan inte skapa %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan inte skriva %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Local owner</source>
        <translation>Lokal ägare</translation>
    </message>
    <message>
        <source>%1 (%2) may not: %3</source>
        <translation>%1 (%2) får inte: %3</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time code: set a new password first</source>
        <translation>%1 loggade in med en engångskod: välj först ett nytt lösenord</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceService</name>
    <message>
        <source>period: the first day must be a date on or before the last</source>
        <translation>period: den första dagen måste vara ett datum på eller före den sista</translation>
    </message>
    <message>
        <source>period: at most %1 days</source>
        <translation>period: högst %1 dagar</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>löftena kan inte utvärderas: %1</translation>
    </message>
    <message>
        <source>trend: not a valid date</source>
        <translation>trend: inget giltigt datum</translation>
    </message>
    <message>
        <source>trend: from 1 to %1 months</source>
        <translation>trend: från 1 till %1 månader</translation>
    </message>
    <message>
        <source>target period: &quot;%1&quot; is not YYYY-MM or *</source>
        <translation>målperiod: &quot;%1&quot; är inte ÅÅÅÅ-MM eller *</translation>
    </message>
    <message>
        <source>target currency: &quot;%1&quot; is not a currency code</source>
        <translation>målvaluta: &quot;%1&quot; är ingen valutakod</translation>
    </message>
    <message>
        <source>target: must not be negative</source>
        <translation>mål: får inte vara negativt</translation>
    </message>
    <message>
        <source>target: no user &quot;%1&quot;</source>
        <translation>mål: ingen användare &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceView</name>
    <message>
        <source>n/a</source>
        <translation>saknas</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>%1 failed: %2 [%3]</source>
        <translation>%1 misslyckades: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>StrategyService</name>
    <message>
        <source>no as-of date</source>
        <translation>inget per-datum</translation>
    </message>
    <message>
        <source>step %1 (%2, day %3)</source>
        <translation>steg %1 (%2, dag %3)</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: är tomt</translation>
    </message>
    <message>
        <source>name: longer than %1 characters</source>
        <translation>name: längre än %1 tecken</translation>
    </message>
    <message>
        <source>risk class: must be empty or one of A to E</source>
        <translation>riskklass: måste vara tom eller en av A till E</translation>
    </message>
    <message>
        <source>segment: longer than %1 characters</source>
        <translation>segment: längre än %1 tecken</translation>
    </message>
    <message>
        <source>steps: a strategy needs at least one step</source>
        <translation>steps: en strategi behöver minst ett steg</translation>
    </message>
    <message>
        <source>steps: more than %1 steps</source>
        <translation>steps: fler än %1 steg</translation>
    </message>
    <message>
        <source>%1: days must be between %2 (before the due date) and %3</source>
        <translation>%1: dagarna måste vara mellan %2 (före förfallodagen) och %3</translation>
    </message>
    <message>
        <source>%1: comes after a step at %2 days; order the steps by days</source>
        <translation>%1: kommer efter ett steg på %2 dagar; ordna stegen efter antal dagar</translation>
    </message>
    <message>
        <source>%1: the same as step %2</source>
        <translation>%1: samma som steg %2</translation>
    </message>
    <message>
        <source>%1: listed twice</source>
        <translation>%1: angivet två gånger</translation>
    </message>
    <message>
        <source>strategy %1 does not exist</source>
        <translation>kravstrategin %1 finns inte</translation>
    </message>
    <message>
        <source>a strategy named %1 already exists</source>
        <translation>det finns redan en kravstrategi med namnet %1</translation>
    </message>
    <message>
        <source>%1: is not a step of this strategy</source>
        <translation>%1: är inget steg i den här strategin</translation>
    </message>
    <message>
        <source>customers: %1 does not exist</source>
        <translation>customers: %1 finns inte</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Post a payment</source>
        <translation>Bokför en inbetalning</translation>
    </message>
    <message>
        <source>Clerk &gt; Post payments (Ctrl+Shift+P): a customer&apos;s payment, applied to its oldest open invoices.</source>
        <translation>Reskontra &gt; Bokför inbetalningar (Ctrl+Shift+P): en kunds inbetalning, avstämd mot kundens äldsta öppna fakturor.</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Återför en inbetalning</translation>
    </message>
    <message>
        <source>Open the customer&apos;s account, pick the payment you posted and reverse it (a bounced payment).</source>
        <translation>Öppna kundens konto, välj inbetalningen du bokförde och återför den (en returnerad betalning).</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Logga ett samtal</translation>
    </message>
    <message>
        <source>From your work queue or a customer&apos;s account: whom you reached and what they said.</source>
        <translation>Från din arbetskö eller en kunds konto: vem du nådde och vad som sades.</translation>
    </message>
    <message>
        <source>Take a promise to pay</source>
        <translation>Ta emot ett betalningslöfte</translation>
    </message>
    <message>
        <source>After a call: the amount and the date the customer promised.</source>
        <translation>Efter ett samtal: beloppet och datumet som kunden lovade.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 finns redan</translation>
    </message>
    <message>
        <source>Cash application clerk</source>
        <translation>Reskontrahandläggare</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kravhandläggare</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <source>Key a deposit batch</source>
        <translation>Registrera en insättningsbunt</translation>
    </message>
    <message>
        <source>Clerk &gt; Deposit batch (Ctrl+Shift+D): the day&apos;s cheques as one batch that must match the bank deposit.</source>
        <translation>Reskontra &gt; Insättningsbunt (Ctrl+Shift+D): dagens checkar som en bunt som måste stämma med insättningen på banken.</translation>
    </message>
    <message>
        <source>Write a note on an account</source>
        <translation>Skriv en anteckning på ett konto</translation>
    </message>
    <message>
        <source>A customer&apos;s account &gt; Notes: what the next person should know.</source>
        <translation>En kunds konto &gt; Anteckningar: det som nästa person bör veta.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planera en uppföljning</translation>
    </message>
    <message>
        <source>Add a task to call the customer back on a date.</source>
        <translation>Lägg till en uppgift att ringa upp kunden ett visst datum.</translation>
    </message>
    <message>
        <source>Finish a task from your queue</source>
        <translation>Slutför en uppgift i din kö</translation>
    </message>
    <message>
        <source>My work: work a task and mark it done.</source>
        <translation>Mitt arbete: arbeta med en uppgift och markera den som klar.</translation>
    </message>
</context>
<context>
    <name>WorklistScore</name>
    <message>
        <source>Overdue amount</source>
        <translation>Förfallet belopp</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Dagar efter förfallodag</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Brutna löften</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Löfte förfaller i dag</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Riskklass</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>ardesk::AccountPlansWidget</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation>bruten</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutförd</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>delvis betald</translation>
    </message>
    <message>
        <source>due</source>
        <translation>förfaller</translation>
    </message>
    <message>
        <source>late</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Planstatus</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Delbetalning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pay&amp;ment plan…</source>
        <translation>Av&amp;betalningsplan…</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>handpenning</translation>
    </message>
    <message>
        <source>Your role does not agree payment plans</source>
        <translation>Din roll får inte avtala avbetalningsplaner</translation>
    </message>
    <message>
        <source>Print a&amp;greement…</source>
        <translation>Skriv ut &amp;avtal…</translation>
    </message>
    <message>
        <source>The selected plan&apos;s agreement letter, in the customer&apos;s language</source>
        <translation>Avtalsbrevet för den valda planen, på kundens språk</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Skriv ut avtal</translation>
    </message>
</context>
<context>
    <name>ardesk::AccountView</name>
    <message>
        <source>← Customers</source>
        <translation>← Kunder</translation>
    </message>
    <message>
        <source>Post &amp;payment…</source>
        <translation>Bokför &amp;inbetalning…</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Ny &amp;faktura…</translation>
    </message>
    <message>
        <source>New cre&amp;dit note…</source>
        <translation>Ny &amp;kreditfaktura…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Redigera kund…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Oldest days past due</source>
        <translation>Dagar förfallet (äldsta)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utnyttjande</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kravhandläggare</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditspärr</translation>
    </message>
    <message>
        <source>&amp;Open items</source>
        <translation>&amp;Öppna poster</translation>
    </message>
    <message>
        <source>All in&amp;voices</source>
        <translation>A&amp;lla fakturor</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation>Återför in&amp;betalning…</translation>
    </message>
    <message>
        <source>Reverse a&amp;llocation…</source>
        <translation>Återför a&amp;vstämning…</translation>
    </message>
    <message>
        <source>Apply &amp;unapplied cash…</source>
        <translation>Stäm av o&amp;placerad inbetalning…</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Inbetal&amp;ningar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Oplacerat</translation>
    </message>
    <message>
        <source>Apply credit &amp;note…</source>
        <translation>Stäm av kre&amp;ditfaktura…</translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation>Kr&amp;editfakturor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ak&amp;tivitet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>K&amp;ontakter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Skriv en anteckning och tryck på Enter</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fäst</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Fäst / lossa</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Open %1, unapplied cash %2, unapplied credit notes %3</source>
        <translation>Öppet %1, oplacerade inbetalningar %2, oplacerade kreditfakturor %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>none past due</source>
        <translation>inget förfallet</translation>
    </message>
    <message numerus="yes">
        <source>net %n day(s)</source>
        <translation>
            <numerusform>%n dag netto</numerusform>
            <numerusform>%n dagar netto</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>ingen gräns satt</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>ej tilldelad</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>SPÄRRAD</translation>
    </message>
    <message>
        <source>ON HOLD (%1)</source>
        <translation>SPÄRRAD (%1)</translation>
    </message>
    <message>
        <source>no hold</source>
        <translation>ingen spärr</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ej förfallet</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>oplacerat</translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation>återförd %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>avstämd</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>reversing entry</source>
        <translation>återföringspost</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>återförd</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>ingen bok är öppen</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>ingen kund visas</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Återför inbetalning</translation>
    </message>
    <message>
        <source>Reverse payment %1 of %2 received %3? Its applications are undone on the reversal date and it no longer counts from then on.</source>
        <translation>Återföra inbetalning %1 på %2, mottagen %3? Dess avstämningar hävs per återföringsdatumet och den räknas inte längre från och med då.</translation>
    </message>
    <message>
        <source>Reverse allocation</source>
        <translation>Återför avstämning</translation>
    </message>
    <message>
        <source>Take %1 back off invoice %2? The money becomes unapplied cash again.</source>
        <translation>Ta tillbaka %1 från faktura %2? Pengarna blir en oplacerad inbetalning igen.</translation>
    </message>
    <message>
        <source>Someone who left: removed from the list, kept in the history</source>
        <translation>Någon som har slutat: tas bort från listan, finns kvar i historiken</translation>
    </message>
    <message>
        <source>Deactivate contact person</source>
        <translation>Inaktivera kontaktperson</translation>
    </message>
    <message>
        <source>Deactivate %1? They leave this list; the history keeps them.</source>
        <translation>Inaktivera %1? Personen försvinner från listan; historiken behåller den.</translation>
    </message>
    <message>
        <source>Add conta&amp;ct…</source>
        <translation>Lägg till &amp;kontaktperson…</translation>
    </message>
    <message>
        <source>Chan&amp;ge contact…</source>
        <translation>Ä&amp;ndra kontaktperson…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate contact</source>
        <translation>&amp;Inaktivera kontaktperson</translation>
    </message>
    <message>
        <source>Request &amp;write-off…</source>
        <translation>Begär &amp;avskrivning…</translation>
    </message>
    <message>
        <source>A write-off of the selected open item, for an approver to post</source>
        <translation>En avskrivning av den valda öppna posten, som en attestant ska bokföra</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Hä&amp;v spärr…</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>&amp;Öppna brev</translation>
    </message>
    <message>
        <source>The letter could not be written to %1.</source>
        <translation>Brevet kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Spärrad den</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Hävd den</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Hävd av</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>Orsak till hävning</translation>
    </message>
    <message>
        <source>Credit &amp;holds</source>
        <translation>Kredit&amp;spärrar</translation>
    </message>
    <message>
        <source>P&amp;ayment plans</source>
        <translation>&amp;Avbetalningsplaner</translation>
    </message>
    <message>
        <source>on plans</source>
        <translation>i avbetalningsplan</translation>
    </message>
    <message>
        <source>Open amount of the items on an active payment plan (included in the buckets)</source>
        <translation>Öppet belopp för posterna i en aktiv avbetalningsplan (ingår i intervallen)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gällande</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may release a hold</source>
        <translation>Endast en teamledare eller en chef får häva en spärr</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSnapshotsView</name>
    <message>
        <source>Aging roll-forward</source>
        <translation>Åldersanalys, rullning</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Ta ögonblicksbild</translation>
    </message>
    <message>
        <source>Keep the aging of the chosen date as it is now</source>
        <translation>Spara åldersanalysen för det valda datumet som den ser ut nu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ingående</translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation>Nya fakturor</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Indrivet</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterat</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Avskrivet</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Utflyttat</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Inflyttat</translation>
    </message>
    <message>
        <source>Late postings</source>
        <translation>Sena bokföringar</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Läser ögonblicksbilderna…</translation>
    </message>
    <message>
        <source>A roll-forward needs two snapshots. Month-end snapshots are kept automatically; take one of any date with Take snapshot.</source>
        <translation>En rullning behöver två ögonblicksbilder. Ögonblicksbilder vid månadsskifte sparas automatiskt; ta en för valfritt datum med Ta ögonblicksbild.</translation>
    </message>
    <message>
        <source>Computing the roll-forward…</source>
        <translation>Beräknar rullningen…</translation>
    </message>
    <message>
        <source>How the open amounts moved between the buckets from %1 to %2. closing = opening + new - collected - credited - written off - moved out + moved in + late postings.</source>
        <translation>Hur de öppna beloppen har rört sig mellan intervallen från %1 till %2. utgående = ingående + nya - indrivet - krediterat - avskrivet - utflyttat + inflyttat + sena bokföringar.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Opening and closing by bucket (%1)</source>
        <translation>Ingående och utgående per intervall (%1)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ingående %1</translation>
    </message>
    <message>
        <source>New and moved in</source>
        <translation>Nya och inflyttade</translation>
    </message>
    <message>
        <source>Collected, credited, written off, moved out</source>
        <translation>Indrivet, krediterat, avskrivet, utflyttat</translation>
    </message>
    <message>
        <source>Closing %1</source>
        <translation>Utgående %1</translation>
    </message>
    <message>
        <source>Taking the snapshot of %1…</source>
        <translation>Tar ögonblicksbild per %1…</translation>
    </message>
</context>
<context>
    <name>ardesk::ApplyLinesModel</name>
    <message>
        <source>Apply an amount between 0 and the open %1</source>
        <translation>Stäm av ett belopp mellan 0 och det öppna beloppet %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagar försenad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Stäm av</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>I %n delbetalning: förfaller enligt del %1, den äldsta som fortfarande är öppen; fakturans egen förfallodag är %2</numerusform>
            <numerusform>I %n delbetalningar: förfaller enligt del %1, den äldsta som fortfarande är öppen; fakturans egen förfallodag är %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (del %2 av %3)</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalNoteDialog</name>
    <message>
        <source>Why (required; the collector reads it)</source>
        <translation>Varför (obligatoriskt; kravhandläggaren läser det)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Valfri anteckning</translation>
    </message>
    <message>
        <source>Posting &amp;date:</source>
        <translation>Bokförings&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalQueueWidget</name>
    <message>
        <source>Requested</source>
        <translation>Begärd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Within my limit</source>
        <translation>Inom min attestgräns</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Attestera…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Av&amp;slå…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>Öppna &amp;kontot</translation>
    </message>
    <message>
        <source>Your role does not approve write-offs.</source>
        <translation>Din roll attesterar inte avskrivningar.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: a higher role approves</source>
        <translation>nej: en högre roll attesterar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting. You approve up to: %1. Nobody approves their own request.</source>
        <translation>
            <numerusform>%n begäran väntar. Du attesterar upp till: %1. Ingen attesterar sin egen begäran.</numerusform>
            <numerusform>%n begäranden väntar. Du attesterar upp till: %1. Ingen attesterar sin egen begäran.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (no limit for your role)</source>
        <translation>inget (ingen gräns för din roll)</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Ingen attesterar sin egen begäran</translation>
    </message>
    <message>
        <source>Above your role&apos;s limit: a higher role approves it</source>
        <translation>Över din rolls attestgräns: en högre roll attesterar den</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>ingen bok är öppen</translation>
    </message>
    <message>
        <source>Approved: the write-off is posted.</source>
        <translation>Attesterad: avskrivningen är bokförd.</translation>
    </message>
    <message>
        <source>Rejected: the account went back to its collector with your note.</source>
        <translation>Avslagen: kontot har gått tillbaka till sin kravhandläggare med din anteckning.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Attestera</translation>
    </message>
    <message>
        <source>Write off %1 of invoice %2 (%3)? It is posted on the date below and cannot be edited afterwards.</source>
        <translation>Skriva av %1 på faktura %2 (%3)? Avskrivningen bokförs på datumet nedan och kan inte ändras i efterhand.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>Reject the write-off of %1 on invoice %2 (%3)? The account goes back to its collector with your note.</source>
        <translation>Avslå avskrivningen på %1 på faktura %2 (%3)? Kontot går tillbaka till sin kravhandläggare med din anteckning.</translation>
    </message>
</context>
<context>
    <name>ardesk::BankAssignDialog</name>
    <message>
        <source>Assign a bank credit</source>
        <translation>Tilldela en insättning</translation>
    </message>
    <message>
        <source>%1 on %2 from %3: “%4”</source>
        <translation>%1 den %2 från %3: ”%4”</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>en namnlös betalare</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Kundkod eller namn</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Stäm av &amp;äldsta först</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Re&amp;nsa</translation>
    </message>
    <message>
        <source>&amp;Remember the account %1 for this customer</source>
        <translation>Kom i&amp;håg kontot %1 för den här kunden</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tilldela</translation>
    </message>
    <message>
        <source>Open items (what is not applied stays on the account as unapplied cash):</source>
        <translation>Öppna poster (det som inte stäms av blir kvar på kontot som oplacerad inbetalning):</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Ingen enskild kund matchar ”%1”</translation>
    </message>
    <message>
        <source>%1 keeps its account in %2; the credit is in %3</source>
        <translation>%1 har sitt konto i %2; insättningen är i %3</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>tilldelad manuellt</translation>
    </message>
    <message>
        <source>Credit %1 · applied %2 · unapplied %3</source>
        <translation>Insättning %1 · avstämt %2 · oplacerat %3</translation>
    </message>
</context>
<context>
    <name>ardesk::BankImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>Importera kontoutdrag</translation>
    </message>
    <message>
        <source>A camt.053 (.xml) or CSV statement from the bank</source>
        <translation>Ett kontoutdrag från banken i camt.053 (.xml) eller CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>camt.053 (ISO 20022)</source>
        <translation>camt.053 (ISO 20022)</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV med mappning</translation>
    </message>
    <message>
        <source>CSV only: a mapping kept in the book, or a JSON file</source>
        <translation>Endast CSV: en mappning som sparats i boken eller en JSON-fil</translation>
    </message>
    <message>
        <source>Mapping &amp;file…</source>
        <translation>Mappningsf&amp;il…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Granska</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Kontoutdrag:</translation>
    </message>
    <message>
        <source>CSV &amp;mapping:</source>
        <translation>CSV-&amp;mappning:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file and press Review. Nothing is posted until you press Post.</source>
        <translation>Välj bankens kontoutdragsfil och klicka på Granska. Inget bokförs förrän du klickar på Bokför.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Vald transaktion</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>B&amp;ekräfta</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Tilldela…</translation>
    </message>
    <message>
        <source>Post as:</source>
        <translation>Bokför som:</translation>
    </message>
    <message>
        <source>&amp;Post checked entries</source>
        <translation>B&amp;okför markerade</translation>
    </message>
    <message>
        <source>Posts every checked entry in one go: all of them or, on any problem, none</source>
        <translation>Bokför alla markerade transaktioner på en gång: alla eller, vid minsta problem, ingen</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Kontoutdrag</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.053 *.camt *.csv *.txt);;All files (*)</source>
        <translation>Kontoutdrag (*.xml *.053 *.camt *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>CSV mapping</source>
        <translation>CSV-mappning</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mappningar (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file first.</source>
        <translation>Välj bankens kontoutdragsfil först.</translation>
    </message>
    <message>
        <source>Reading and matching %1…</source>
        <translation>Läser och matchar %1…</translation>
    </message>
    <message>
        <source>The review was cancelled: nothing is shown and nothing changed.</source>
        <translation>Granskningen avbröts: inget visas och inget har ändrats.</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation>%1 kan inte granskas: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… och %n problem till.</numerusform>
            <numerusform>… och %n problem till.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is refused: nothing in it can be posted, and nothing changed.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 avvisas: inget i filen kan bokföras, och inget har ändrats.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>Statement &lt;b&gt;%1&lt;/b&gt; (%2): %n transaction(s).</source>
        <translation>
            <numerusform>Kontoutdrag &lt;b&gt;%1&lt;/b&gt; (%2): %n transaktion.</numerusform>
            <numerusform>Kontoutdrag &lt;b&gt;%1&lt;/b&gt; (%2): %n transaktioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>redan bokförd</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>Välj en transaktion för att se den i sin helhet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, entry %3 (line %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; den %2, transaktion %3 (rad %4)</translation>
    </message>
    <message>
        <source>From: %1 %2</source>
        <translation>Betalare: %1 %2</translation>
    </message>
    <message>
        <source>Remittance: %1</source>
        <translation>Avitext: %1</translation>
    </message>
    <message>
        <source>Structured reference: %1</source>
        <translation>Strukturerad referens: %1</translation>
    </message>
    <message>
        <source>Why: %1 (confidence %2 %)</source>
        <translation>Varför: %1 (säkerhet %2 %)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;Warning: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Varning: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Already posted by an earlier import of this statement: it is not posted again.</source>
        <translation>Redan bokförd vid en tidigare import av det här kontoutdraget: den bokförs inte igen.</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <source>Nothing checked to post.</source>
        <translation>Inget markerat att bokföra.</translation>
    </message>
    <message numerus="yes">
        <source>To post: %n payment(s), %1</source>
        <translation>
            <numerusform>Att bokföra: %n inbetalning, %1</numerusform>
            <numerusform>Att bokföra: %n inbetalningar, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is checked to post.</source>
        <translation>Inget är markerat att bokföra.</translation>
    </message>
    <message numerus="yes">
        <source>Posting %n payment(s)…</source>
        <translation>
            <numerusform>Bokför %n inbetalning…</numerusform>
            <numerusform>Bokför %n inbetalningar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted.</source>
        <translation>Bokföringen avbröts: inget bokfördes.</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>Inget bokfördes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n payment(s).</source>
        <translation>
            <numerusform>Bokförde %n inbetalning.</numerusform>
            <numerusform>Bokförde %n inbetalningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This statement was imported before.&lt;/b&gt; Already posted, and not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Det här kontoutdraget har importerats tidigare.&lt;/b&gt; Redan bokförd och inte bokförd igen: %n transaktion.</numerusform>
            <numerusform>&lt;b&gt;Det här kontoutdraget har importerats tidigare.&lt;/b&gt; Redan bokförda och inte bokförda igen: %n transaktioner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already posted before, so not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>Redan bokförd tidigare och därför inte bokförd igen: %n transaktion.</numerusform>
            <numerusform>Redan bokförda tidigare och därför inte bokförda igen: %n transaktioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>An account could not be remembered: %1</source>
        <translation>Ett konto kunde inte sparas för kommande matchning: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::BankReviewModel</name>
    <message numerus="yes">
        <source>Matched: posted as shown (%n)</source>
        <translation>
            <numerusform>Matchad: bokförs som visat (%n)</numerusform>
            <numerusform>Matchade: bokförs som visat (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested: check the box to confirm (%n)</source>
        <translation>
            <numerusform>Föreslagen: kryssa i rutan för att bekräfta (%n)</numerusform>
            <numerusform>Föreslagna: kryssa i rutan för att bekräfta (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched: assign to a customer (%n)</source>
        <translation>
            <numerusform>Ej matchad: tilldela en kund (%n)</numerusform>
            <numerusform>Ej matchade: tilldela en kund (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not to post: already posted, debits, pending (%n)</source>
        <translation>
            <numerusform>Bokförs inte: redan bokförda, uttag, väntande (%n)</numerusform>
            <numerusform>Bokförs inte: redan bokförda, uttag, väntande (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (konto %2)</translation>
    </message>
    <message>
        <source>%1 (reference %2)</source>
        <translation>%1 (referens %2)</translation>
    </message>
    <message>
        <source>%1. Warning: %2</source>
        <translation>%1. Varning: %2</translation>
    </message>
    <message>
        <source>Entry %1, line %2 of the file</source>
        <translation>Transaktion %1, rad %2 i filen</translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>redan bokförd</translation>
    </message>
    <message>
        <source>debit</source>
        <translation>uttag</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>väntande</translation>
    </message>
    <message>
        <source>to assign</source>
        <translation>att tilldela</translation>
    </message>
    <message>
        <source>all unapplied</source>
        <translation>allt oplacerat</translation>
    </message>
    <message>
        <source>%1; %2 unapplied</source>
        <translation>%1; %2 oplacerat</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuellt</translation>
    </message>
    <message>
        <source>assigned by you</source>
        <translation>tilldelad av dig</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bokför</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Avitext</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>ardesk::BookOpenRun</name>
    <message>
        <source>Aging snapshots</source>
        <translation>Ögonblicksbilder av åldersanalysen</translation>
    </message>
    <message>
        <source>Promise evaluation</source>
        <translation>Utvärdering av löften</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Avbetalningsplaner</translation>
    </message>
    <message>
        <source>Credit holds</source>
        <translation>Kreditspärrar</translation>
    </message>
    <message>
        <source>Collection strategy</source>
        <translation>Kravstrategi</translation>
    </message>
    <message numerus="yes">
        <source>%n month-end aging snapshot(s) taken.</source>
        <translation>
            <numerusform>%n ögonblicksbild av åldersanalysen vid månadsskifte har tagits.</numerusform>
            <numerusform>%n ögonblicksbilder av åldersanalysen vid månadsskifte har tagits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Löften per %1: %2 infriade, %3 delvis infriade, %4 brutna, %5 väntande; %n uppföljning skapad.</numerusform>
            <numerusform>Löften per %1: %2 infriade, %3 delvis infriade, %4 brutna, %5 väntande; %n uppföljningar skapade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans: %1 defaulted, %2 completed.</source>
        <translation>Avbetalningsplaner: %1 brutna, %2 slutförda.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s) set.</source>
        <translation>
            <numerusform>%n kreditspärr satt.</numerusform>
            <numerusform>%n kreditspärrar satta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection strategy: %n action(s) created.</source>
        <translation>
            <numerusform>Kravstrategi: %n åtgärd skapad.</numerusform>
            <numerusform>Kravstrategi: %n åtgärder skapade.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 misslyckades: %2</translation>
    </message>
    <message>
        <source>The book&apos;s daily run could not start: %1</source>
        <translation>Bokens dagliga körning kunde inte starta: %1</translation>
    </message>
    <message>
        <source>The book&apos;s daily run was cancelled.</source>
        <translation>Bokens dagliga körning avbröts.</translation>
    </message>
    <message>
        <source>Daily run as of %1: %2 snapshot(s), %3 promise follow-up(s), %4 plan default(s), %5 credit hold(s), %6 strategy action(s).</source>
        <translation>Daglig körning per %1: %2 ögonblicksbild(er), %3 uppföljning(ar) av löften, %4 brutna planer, %5 kreditspärr(ar), %6 strategiåtgärd(er).</translation>
    </message>
    <message>
        <source>%1: done earlier today; nothing has changed since.</source>
        <translation>%1: gjort tidigare i dag; inget har ändrats sedan dess.</translation>
    </message>
</context>
<context>
    <name>ardesk::CashForecastView</name>
    <message>
        <source>Cash forecast</source>
        <translation>Likviditetsprognos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Öppna poster</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Löften</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Avbetalningsplaner</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Actual - forecast</source>
        <translation>Utfall - prognos</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>The book has no open items.</source>
        <translation>Boken har inga öppna poster.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>Prognosen kunde inte beräknas: %1</translation>
    </message>
    <message>
        <source>Expected receipts by week from open items (due date shifted by each customer&apos;s average days late), promises to pay and payment-plan instalments. Not in the weeks: %1 behind expectation (overdue beyond the customer&apos;s usual delay), %2 after the 13th week, %3 disputed.</source>
        <translation>Förväntade inbetalningar per vecka från öppna poster (förfallodagen förskjuten med kundens genomsnittliga antal dagars försening), betalningslöften och delbetalningar i avbetalningsplaner. Inte med i veckorna: %1 efter förväntan (förfallet mer än kundens vanliga försening), %2 efter vecka 13, %3 i tvist.</translation>
    </message>
    <message>
        <source>Cash forecast by week (%1): past weeks forecast against actual</source>
        <translation>Likviditetsprognos per vecka (%1): tidigare veckors prognos jämfört med utfall</translation>
    </message>
    <message>
        <source>%1 to %2 (past)</source>
        <translation>%1 till %2 (passerad)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Redigera kontaktperson</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>e.g. accounts payable, CFO</source>
        <translation>t.ex. leverantörsreskontra, ekonomichef</translation>
    </message>
    <message>
        <source>+46 8 123 456 78</source>
        <translation>+46 8 123 456 78</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone when empty</source>
        <translation>Kundens tidszon om tomt</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this customer</source>
        <translation>&amp;Primär kontakt för denna kund</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszon:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactPanel</name>
    <message>
        <source>Log a contact</source>
        <translation>Logga en kontakt</translation>
    </message>
    <message>
        <source>Press 1-9 or 0 to pick an outcome</source>
        <translation>Tryck 1-9 eller 0 för att välja ett utfall</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Utfall: %1</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Vad som sades</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Följ upp den</translation>
    </message>
    <message>
        <source>Why the call may go ahead anyway</source>
        <translation>Varför samtalet ändå får genomföras</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Logga kontakt</translation>
    </message>
    <message>
        <source>Log the contact and finish the task (Ctrl+Enter)</source>
        <translation>Logga kontakten och avsluta uppgiften (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Logga kontakt</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>&amp;Nådd:</translation>
    </message>
    <message>
        <source>Outcome (keys 1-9, 0):</source>
        <translation>Utfall (tangenterna 1-9, 0):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varaktighet:</translation>
    </message>
    <message>
        <source>O&amp;verride:</source>
        <translation>&amp;Undantag:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Promise to pay…</source>
        <translation>Betalningslöfte…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Tvist…</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Klagomål…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalera…</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Öppna tvister</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Resolve dispute…</source>
        <translation>Lös tvist…</translation>
    </message>
    <message>
        <source>Task: %1, due %2</source>
        <translation>Uppgift: %1, förfaller %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: unknown (no time zone)</source>
        <translation>Kundens lokala tid: okänd (ingen tidszon)</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 %2 (%3)</source>
        <translation>Kundens lokala tid: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>cease communication</source>
        <translation>upphör med kommunikation</translation>
    </message>
    <message>
        <source>represented by an attorney</source>
        <translation>företräds av ombud</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>ring inte</translation>
    </message>
    <message>
        <source>no calls at work</source>
        <translation>inga samtal på arbetet</translation>
    </message>
    <message>
        <source>consumer rules</source>
        <translation>konsumentregler</translation>
    </message>
    <message>
        <source>Call blocked: %1. As a supervisor you may log it with an override reason.</source>
        <translation>Samtal spärrat: %1. Som teamledare kan du logga det med en orsak till undantaget.</translation>
    </message>
    <message>
        <source>Call blocked: %1. Only a supervisor can override.</source>
        <translation>Samtal spärrat: %1. Endast en teamledare kan göra undantag.</translation>
    </message>
    <message>
        <source>A call is allowed now.</source>
        <translation>Ett samtal är tillåtet nu.</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Flaggor: %1</translation>
    </message>
    <message>
        <source>%1
Flags: %2</source>
        <translation>%1
Flaggor: %2</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>ingen kund visas</translation>
    </message>
    <message>
        <source>Pick an outcome first (keys 1-9 and 0).</source>
        <translation>Välj först ett utfall (tangenterna 1-9 och 0).</translation>
    </message>
    <message>
        <source>The call is blocked: give an override reason to log it anyway.</source>
        <translation>Samtalet är spärrat: ange en orsak till undantaget för att ändå logga det.</translation>
    </message>
    <message>
        <source>The call is blocked: %1</source>
        <translation>Samtalet är spärrat: %1</translation>
    </message>
    <message>
        <source>Contact logged with an override (audited).</source>
        <translation>Kontakt loggad med undantag (granskas).</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Kontakt loggad.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) to pay recorded.</source>
        <translation>
            <numerusform>%n betalningslöfte registrerat.</numerusform>
            <numerusform>%n betalningslöften registrerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>ingen bok är öppen</translation>
    </message>
    <message>
        <source>Dispute opened on %1.</source>
        <translation>Tvist öppnad för %1.</translation>
    </message>
    <message>
        <source>Complaint recorded.</source>
        <translation>Klagomål registrerat.</translation>
    </message>
    <message>
        <source>Escalated to the supervisor.</source>
        <translation>Eskalerat till teamledaren.</translation>
    </message>
    <message>
        <source>Promise to pay — %1</source>
        <translation>Betalningslöfte — %1</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Belopp (%1)</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Utlovat till</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Avser</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>kontot</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <source>&amp;Add another date</source>
        <translation>&amp;Lägg till ytterligare ett datum</translation>
    </message>
    <message>
        <source>&amp;Record promise</source>
        <translation>&amp;Registrera löfte</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>”%1” är inget belopp.</translation>
    </message>
    <message>
        <source>Enter at least one amount.</source>
        <translation>Ange minst ett belopp.</translation>
    </message>
    <message>
        <source>Dispute — %1</source>
        <translation>Tvist — %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation>jag</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Faktura:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Belopp (%1):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Tidsgräns:</translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation>Ö&amp;ppna tvist</translation>
    </message>
    <message>
        <source>Select an open dispute first.</source>
        <translation>Välj först en öppen tvist.</translation>
    </message>
    <message>
        <source>Resolve the dispute on %1</source>
        <translation>Lös tvisten om %1</translation>
    </message>
    <message>
        <source>Settled by credit note</source>
        <translation>Reglerad med kreditfaktura</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Avskrivning begärd</translation>
    </message>
    <message>
        <source>Rejected: collectible again</source>
        <translation>Avvisad: kan drivas in igen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>&amp;Credit note:</source>
        <translation>&amp;Kreditfaktura:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lös</translation>
    </message>
    <message>
        <source>Dispute resolved.</source>
        <translation>Tvist löst.</translation>
    </message>
    <message>
        <source>Complaint — %1</source>
        <translation>Klagomål — %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Collector&apos;s conduct</source>
        <translation>Kravhandläggarens uppträdande</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Faktureringsfel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ej tillfrågad</translation>
    </message>
    <message>
        <source>Resolved today</source>
        <translation>Löst i dag</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>&amp;Nöjdhet (1-5):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Vad hände:</translation>
    </message>
    <message>
        <source>&amp;Record complaint</source>
        <translation>&amp;Registrera klagomål</translation>
    </message>
    <message>
        <source>Escalate %1 to the supervisor</source>
        <translation>Eskalera %1 till teamledaren</translation>
    </message>
    <message>
        <source>e.g. asks for a payment plan over 12 months</source>
        <translation>t.ex. begär en avbetalningsplan över 12 månader</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalera</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditHoldBadge</name>
    <message>
        <source>ON CREDIT HOLD since %1: %2</source>
        <translation>SPÄRRAD sedan %1: %2</translation>
    </message>
    <message>
        <source>No new credit (invoices or orders) until a supervisor or manager releases the hold.</source>
        <translation>Ingen ny kredit (fakturor eller order) förrän en teamledare eller chef häver spärren.</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>SPÄRRAD: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditPolicyEditor</name>
    <message>
        <source>&amp;New policy</source>
        <translation>&amp;Ny policy</translation>
    </message>
    <message>
        <source>Policy templates per risk class or segment. A customer follows the policy assigned on its form; its own credit limit overrides the policy&apos;s.</source>
        <translation>Policymallar per riskklass eller segment. En kund följer den kreditpolicy som tilldelats i kundformuläret; kundens egen kreditgräns gäller före policyns.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>alla segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Riskklass:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source> days net</source>
        <translation> dagar netto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Villkor:</translation>
    </message>
    <message>
        <source>Early-payment &amp;discount:</source>
        <translation>&amp;Kassarabatt:</translation>
    </message>
    <message>
        <source>Discount &amp;period:</source>
        <translation>Rabatt&amp;period:</translation>
    </message>
    <message>
        <source>Credit limit and hold rules</source>
        <translation>Kreditgräns och spärregler</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Hold when the balance is over the credit limit</source>
        <translation>Spärra när saldot överstiger kreditgränsen</translation>
    </message>
    <message>
        <source>Hold when the oldest item is more than</source>
        <translation>Spärra när den äldsta posten är mer än</translation>
    </message>
    <message>
        <source> days past due</source>
        <translation> dagar efter förfallodag</translation>
    </message>
    <message>
        <source>Hold when the overdue amount is above</source>
        <translation>Spärra när det förfallna beloppet överstiger</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Spärra efter</translation>
    </message>
    <message>
        <source> broken promises</source>
        <translation> brutna löften</translation>
    </message>
    <message>
        <source>within </source>
        <translation>inom </translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Kredit&amp;gräns:</translation>
    </message>
    <message>
        <source>Review and collection</source>
        <translation>Prövning och kravhantering</translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation>Prövnings&amp;intervall:</translation>
    </message>
    <message>
        <source>Collection &amp;strategy:</source>
        <translation>Krav&amp;strategi:</translation>
    </message>
    <message>
        <source>Late-payment interest and fees</source>
        <translation>Dröjsmålsränta och avgifter</translation>
    </message>
    <message>
        <source>the customer&apos;s country rule</source>
        <translation>kundens landsregel</translation>
    </message>
    <message>
        <source> points</source>
        <translation> procentenheter</translation>
    </message>
    <message>
        <source>from the country rule</source>
        <translation>från landsregeln</translation>
    </message>
    <message>
        <source>Reference rate &amp;region:</source>
        <translation>Referensräntans &amp;region:</translation>
    </message>
    <message>
        <source>&amp;Margin over the reference rate:</source>
        <translation>&amp;Påslag på referensräntan:</translation>
    </message>
    <message>
        <source>Recovery &amp;compensation per invoice:</source>
        <translation>För&amp;seningsersättning per faktura:</translation>
    </message>
    <message>
        <source>Reminder fee cap:</source>
        <translation>Tak för påminnelseavgift:</translation>
    </message>
    <message>
        <source>Collection fee cap:</source>
        <translation>Tak för inkassoavgift:</translation>
    </message>
    <message>
        <source>Fee &amp;currency:</source>
        <translation>&amp;Avgiftsvaluta:</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Spara policy</translation>
    </message>
    <message>
        <source>By segment or risk class (default)</source>
        <translation>Efter segment eller riskklass (standard)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>klass %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only a manager changes credit policies; you can read them here.</source>
        <translation>Endast en chef ändrar kreditpolicyer; du kan läsa dem här.</translation>
    </message>
    <message>
        <source>%1: not an amount (digits with at most two decimals)</source>
        <translation>%1: inget belopp (siffror med högst två decimaler)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Förfallet belopp</translation>
    </message>
    <message>
        <source>Overdue amount: enter the amount above which the account is held</source>
        <translation>Förfallet belopp: ange beloppet över vilket kontot spärras</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Förseningsersättning</translation>
    </message>
    <message>
        <source>Reminder fee cap</source>
        <translation>Tak för påminnelseavgift</translation>
    </message>
    <message>
        <source>Collection fee cap</source>
        <translation>Tak för inkassoavgift</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Inte sparad: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>Policyn %1 har sparats.</translation>
    </message>
    <message>
        <source>Post interest and compensation as debit notes (Clerk &gt; Post interest)</source>
        <translation>Bokför ränta och ersättning som debetnotor (Reskontra &gt; Bokför ränta)</translation>
    </message>
    <message>
        <source>Off: interest and compensation are only shown on letters and statements.</source>
        <translation>Av: ränta och ersättning visas bara i brev och kontoutdrag.</translation>
    </message>
    <message>
        <source>none, or such as 30/60/90</source>
        <translation>ingen, eller t.ex. 30/60/90</translation>
    </message>
    <message>
        <source>Days after the issue date of each part, separated by /; equal parts, or DAYS:PERCENT for each part. Each part is aged on its own.</source>
        <translation>Dagar efter fakturadatumet för varje del, åtskilda med /; lika delar, eller DAGAR:PROCENT för varje del. Varje del åldersfördelas för sig.</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Delbetalningar:</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <source>Edit customer %1</source>
        <translation>Redigera kund %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Betalningsvillkor:</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Kredit&amp;gräns:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Riskklass:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Seg&amp;ment:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; är inget belopp</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Ingen policy</translation>
    </message>
    <message>
        <source>The customer&apos;s own credit limit, when set, overrides the policy&apos;s.</source>
        <translation>Kundens egen kreditgräns gäller, när den är angiven, före policyns.</translation>
    </message>
    <message>
        <source>Only a manager assigns credit policies.</source>
        <translation>Endast en chef tilldelar kreditpolicyer.</translation>
    </message>
    <message>
        <source>Credit &amp;policy:</source>
        <translation>Kredit&amp;policy:</translation>
    </message>
    <message>
        <source>Only a manager sets the credit limit and the risk class.</source>
        <translation>Endast en chef anger kreditgränsen och riskklassen.</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <source>Open items %1, unapplied cash and credits %2</source>
        <translation>Öppna poster %1, oplacerade inbetalningar och krediter %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Oplacerat</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kravhandläggare</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Sök på kod eller namn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln kund</numerusform>
            <numerusform>%Ln kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardTile</name>
    <message>
        <source>Show the list behind %1</source>
        <translation>Visa listan bakom %1</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Amounts of different currencies are never added: one currency at a time</source>
        <translation>Belopp i olika valutor adderas aldrig: en valuta i taget</translation>
    </message>
    <message>
        <source>Aging by collector</source>
        <translation>Åldersanalys per kravhandläggare</translation>
    </message>
    <message>
        <source>Aging by risk class</source>
        <translation>Åldersanalys per riskklass</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kravhandläggare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Äldsta (dagar)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Top overdue accounts</source>
        <translation>Mest förfallna konton</translation>
    </message>
    <message>
        <source>Moved into the last bucket since the last month-end</source>
        <translation>Flyttade till sista intervallet sedan senaste månadsskifte</translation>
    </message>
    <message>
        <source>Total AR</source>
        <translation>Kundfordringar totalt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ej förfallet</translation>
    </message>
    <message>
        <source>DSO (days)</source>
        <translation>DSO (dagar)</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>ADD (days)</source>
        <translation>ADD (dagar)</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Indrivet denna månad</translation>
    </message>
    <message>
        <source>Promises due today</source>
        <translation>Löften som förfaller i dag</translation>
    </message>
    <message>
        <source>Broken this week</source>
        <translation>Brutna denna vecka</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Öppna tvister</translation>
    </message>
    <message>
        <source>Accounts on hold</source>
        <translation>Konton med kreditspärr</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>The book has no invoices yet.</source>
        <translation>Boken har inga fakturor ännu.</translation>
    </message>
    <message>
        <source>As of %1 · tiles in %2 ms, all in %3 ms</source>
        <translation>Per %1 · rutor på %2 ms, allt på %3 ms</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Nyckeltalen kunde inte beräknas: %1</translation>
    </message>
    <message>
        <source>of AR not yet due</source>
        <translation>av kundfordringarna ej förfallet</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) to today</source>
        <translation>
            <numerusform>%n månad till i dag</numerusform>
            <numerusform>%n månader till i dag</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <translation>mål %1 (%2)</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>inget mål angivet</translation>
    </message>
    <message>
        <source>Aging by bucket (%1)</source>
        <translation>Åldersanalys per intervall (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>DSO, ADD and CEI at month-ends (%1)</source>
        <translation>DSO, ADD och CEI vid månadsskiften (%1)</translation>
    </message>
    <message>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation>CEI %</translation>
    </message>
    <message>
        <source>Collected by week against target (%1)</source>
        <translation>Indrivet per vecka jämfört med mål (%1)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Indrivet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Open disputes by reason (%1)</source>
        <translation>Öppna tvister per orsak (%1)</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Tvister</translation>
    </message>
    <message>
        <source>no open disputes</source>
        <translation>inga öppna tvister</translation>
    </message>
    <message>
        <source>Moved into %1 since %2</source>
        <translation>Flyttade till %1 sedan %2</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, risk class %3</source>
        <translation>Öppna poster i %1, %2 dagar efter förfallodag, riskklass %3</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, collector %3</source>
        <translation>Öppna poster i %1, %2 dagar efter förfallodag, kravhandläggare %3</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs of %2: invoices issued %3 to %4</source>
        <translation>Kreditförsäljning i %1 bakom nyckeltalen för %2: fakturor utfärdade %3 till %4</translation>
    </message>
    <message>
        <source>Payments in %1 received %2 to %3, not reversed</source>
        <translation>Inbetalningar i %1 mottagna %2 till %3, ej återförda</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute: %2</source>
        <translation>Fakturor i %1 med en öppen tvist: %2</translation>
    </message>
    <message>
        <source>Open items in %1</source>
        <translation>Öppna poster i %1</translation>
    </message>
    <message>
        <source>Overdue items in %1 (due before %2)</source>
        <translation>Förfallna poster i %1 (förfallodag före %2)</translation>
    </message>
    <message>
        <source>Items in %1 not yet due</source>
        <translation>Poster i %1 som ej har förfallit</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs: invoices issued %2 to %3</source>
        <translation>Kreditförsäljning i %1 bakom nyckeltalen: fakturor utfärdade %2 till %3</translation>
    </message>
    <message>
        <source>Payments in %1 received this month, not reversed</source>
        <translation>Inbetalningar i %1 mottagna denna månad, ej återförda</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise due today</source>
        <translation>Kunder i %1 med ett löfte som förfaller i dag</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise broken this week</source>
        <translation>Kunder i %1 med ett löfte som brutits denna vecka</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute</source>
        <translation>Fakturor i %1 med en öppen tvist</translation>
    </message>
    <message>
        <source>Customers in %1 on credit hold</source>
        <translation>Kunder i %1 med kreditspärr</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, risk class %2</source>
        <translation>Ej förfallna öppna poster i %1, riskklass %2</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, collector %2</source>
        <translation>Ej förfallna öppna poster i %1, kravhandläggare %2</translation>
    </message>
</context>
<context>
    <name>ardesk::DepositBatchDialog</name>
    <message>
        <source>Deposit batch</source>
        <translation>Insättningsbunt</translation>
    </message>
    <message>
        <source>e.g. deposit slip number</source>
        <translation>t.ex. insättningskvittots nummer</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Bunt:</translation>
    </message>
    <message>
        <source>Control &amp;total:</source>
        <translation>Kontroll&amp;summa:</translation>
    </message>
    <message>
        <source>Control c&amp;ount:</source>
        <translation>Kontroll&amp;antal:</translation>
    </message>
    <message>
        <source>&amp;Add check</source>
        <translation>&amp;Lägg till check</translation>
    </message>
    <message>
        <source>&amp;Remove check</source>
        <translation>&amp;Ta bort check</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>B&amp;okför bunt</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) keyed</source>
        <translation>
            <numerusform>%n check registrerad</numerusform>
            <numerusform>%n checkar registrerade</numerusform>
        </translation>
    </message>
    <message>
        <source>keyed %1</source>
        <translation>registrerat %1</translation>
    </message>
    <message>
        <source>an amount cannot be read</source>
        <translation>ett belopp kan inte läsas</translation>
    </message>
    <message>
        <source>Balanced: ready to post.</source>
        <translation>Stämmer: klar att bokföra.</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Inget bokfört: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted batch of %n check(s): %1 applied, %2 unapplied.</source>
        <translation>
            <numerusform>Bunt med %n check bokförd: %1 avstämt, %2 oplacerat.</numerusform>
            <numerusform>Bunt med %n checkar bokförd: %1 avstämt, %2 oplacerat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DepositLinesModel</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Check / reference</source>
        <translation>Check / referens</translation>
    </message>
    <message>
        <source>Invoice (optional)</source>
        <translation>Faktura (valfritt)</translation>
    </message>
</context>
<context>
    <name>ardesk::DocumentSettingsEditor</name>
    <message>
        <source>What every letter, statement of account and payment plan agreement prints besides its template: who sends it and how the customer pays.</source>
        <translation>Det som varje brev, kontoutdrag och avtal om avbetalningsplan skriver ut utöver sin mall: vem som skickar det och hur kunden betalar.</translation>
    </message>
    <message>
        <source>Company name
Street
Postcode and town</source>
        <translation>Företagsnamn
Gatuadress
Postnummer och ort</translation>
    </message>
    <message>
        <source>Every language (default)</source>
        <translation>Alla språk (standard)</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Engelska brev</translation>
    </message>
    <message>
        <source>German letters</source>
        <translation>Tyska brev</translation>
    </message>
    <message>
        <source>French letters</source>
        <translation>Franska brev</translation>
    </message>
    <message>
        <source>Swedish letters</source>
        <translation>Svenska brev</translation>
    </message>
    <message>
        <source>Czech letters</source>
        <translation>Tjeckiska brev</translation>
    </message>
    <message>
        <source> days after the letter&apos;s date</source>
        <translation> dagar efter brevets datum</translation>
    </message>
    <message>
        <source>Dunning letters show late-payment &amp;interest and compensation</source>
        <translation>Inkassokrav visar dröjsmåls&amp;ränta och ersättning</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Spara (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Se&amp;nder (name and address):</source>
        <translation>&amp;Avsändare (namn och adress):</translation>
    </message>
    <message>
        <source>Payment instructions &amp;for:</source>
        <translation>Betalningsinstruktioner &amp;för:</translation>
    </message>
    <message>
        <source>Payment &amp;instructions:</source>
        <translation>Betalnings&amp;instruktioner:</translation>
    </message>
    <message>
        <source>&amp;Pay by:</source>
        <translation>&amp;Betala senast:</translation>
    </message>
    <message>
        <source>Only a manager or an administrator changes these; you can read them here.</source>
        <translation>Bara en chef eller administratör ändrar dessa; här kan du läsa dem.</translation>
    </message>
    <message>
        <source>Bank, IBAN and BIC, and what to quote with the payment</source>
        <translation>Bank, IBAN och BIC samt vad som ska anges vid betalningen</translation>
    </message>
    <message>
        <source>Printed on letters in every language that has no text of its own.</source>
        <translation>Skrivs ut på brev på alla språk som inte har en egen text.</translation>
    </message>
    <message>
        <source>Leave empty to print the default text (shown greyed) on %1.</source>
        <translation>Lämna tomt för att skriva ut standardtexten (visas i grått) på %1.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message>
        <source>Saved. Letters rendered from now on print these.</source>
        <translation>Sparat. Brev som framställs från och med nu skriver ut dessa.</translation>
    </message>
</context>
<context>
    <name>ardesk::EscalationQueueWidget</name>
    <message>
        <source>Raised</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Every supervisor&apos;s escalations</source>
        <translation>&amp;Alla teamledares eskaleringar</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>Ö&amp;ppna kontot</translation>
    </message>
    <message>
        <source>&amp;Take the account</source>
        <translation>&amp;Ta över kontot</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>&amp;Omfördela…</translation>
    </message>
    <message>
        <source>Return with &amp;instructions…</source>
        <translation>Återlämna med &amp;instruktioner…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Lös…</translation>
    </message>
    <message>
        <source>You work the account yourself: it moves to your portfolio</source>
        <translation>Du hanterar kontot själv: det flyttas till din portfölj</translation>
    </message>
    <message>
        <source>Back to the collector, with what to do next</source>
        <translation>Tillbaka till kravhandläggaren, med vad som ska göras härnäst</translation>
    </message>
    <message>
        <source>Reassign the account</source>
        <translation>Omfördela kontot</translation>
    </message>
    <message>
        <source>&amp;Collector:</source>
        <translation>&amp;Kravhandläggare:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instruktioner:</translation>
    </message>
    <message>
        <source>Return with instructions</source>
        <translation>Återlämna med instruktioner</translation>
    </message>
    <message>
        <source>What should the collector do next?</source>
        <translation>Vad ska kravhandläggaren göra härnäst?</translation>
    </message>
    <message>
        <source>Resolve the escalation</source>
        <translation>Lös eskaleringen</translation>
    </message>
    <message>
        <source>How was it settled?</source>
        <translation>Hur löstes den?</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>ingen bok är öppen</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestLinesModel</name>
    <message>
        <source>Interest on %1</source>
        <translation>Ränta på %1</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Förseningsersättning</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 till %2 (%n dag)</numerusform>
            <numerusform>%1 till %2 (%n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>Debetnota</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestPostingDialog</name>
    <message>
        <source>Post interest</source>
        <translation>Bokför ränta</translation>
    </message>
    <message>
        <source>Late-payment interest since the last posting and the recovery compensation (once per invoice) of the customers whose credit policy posts them, as debit notes due at once. Running it again for the same date posts nothing.</source>
        <translation>Dröjsmålsränta sedan den senaste bokföringen och förseningsersättningen (en gång per faktura) för de kunder vars kreditpolicy bokför dem, som debetnotor som förfaller omedelbart. Körs den igen för samma datum bokförs ingenting.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Bokför</translation>
    </message>
    <message>
        <source>Posting debit notes needs the permission to post invoices</source>
        <translation>För att bokföra debetnotor krävs behörigheten att bokföra fakturor</translation>
    </message>
    <message>
        <source>Nothing to post as of %1.</source>
        <translation>Inget att bokföra per %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n debit note(s) to post as of %1.</source>
        <translation>
            <numerusform>%n debetnota att bokföra per %1.</numerusform>
            <numerusform>%n debetnotor att bokföra per %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post %n debit note(s) as of %1? They can be undone only by a credit note.</source>
        <translation>
            <numerusform>Bokföra %n debetnota per %1? Den kan bara hävas med en kreditfaktura.</numerusform>
            <numerusform>Bokföra %n debetnotor per %1? De kan bara hävas med en kreditfaktura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting interest as of %1…</source>
        <translation>Bokför ränta per %1…</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Ingenting bokfört: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n debit note(s) as of %1.</source>
        <translation>
            <numerusform>%n debetnota bokförd per %1.</numerusform>
            <numerusform>%n debetnotor bokförda per %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by customer, invoice or text</source>
        <translation>Filtrera på kund, faktura eller text</translation>
    </message>
    <message>
        <source>Every reason (%1)</source>
        <translation>Alla orsaker (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) cannot be posted (%1); see the tab &quot;Not posted&quot;.</source>
        <translation>
            <numerusform>%n avgift kan inte bokföras (%1); se fliken ”Ej bokförda”.</numerusform>
            <numerusform>%n avgifter kan inte bokföras (%1); se fliken ”Ej bokförda”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debit notes (%1)</source>
        <translation>Debetnotor (%1)</translation>
    </message>
    <message>
        <source>Not posted (%1)</source>
        <translation>Ej bokförda (%1)</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>Read the preview again</source>
        <translation>Läs förhandsgranskningen igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reading what a posting as of %1 would post…</source>
        <translation>Läser vad en bokföring per %1 skulle bokföra…</translation>
    </message>
    <message>
        <source>The preview was cancelled: nothing to post. Press Preview to read it again.</source>
        <translation>Förhandsgranskningen avbröts: inget att bokföra. Tryck på Förhandsgranska för att läsa den igen.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSettings</name>
    <message>
        <source> points</source>
        <translation> procentenheter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference rates</source>
        <translation>Referensräntor</translation>
    </message>
    <message>
        <source>The central bank&apos;s rate by region. The rate in force on 1 January and 1 July applies to the whole half-year; interest = reference rate + margin.</source>
        <translation>Centralbankens ränta per region. Den ränta som gäller den 1 januari och den 1 juli tillämpas för hela halvåret; ränta = referensränta + påslag.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Räntesats</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>Spara &amp;räntesats</translation>
    </message>
    <message>
        <source>&amp;Delete rate</source>
        <translation>&amp;Ta bort räntesats</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>från:</translation>
    </message>
    <message>
        <source>Rules per country</source>
        <translation>Regler per land</translation>
    </message>
    <message>
        <source>A customer&apos;s country picks its rule (the empty country is the default for every other one); a credit policy that names a region overrides it.</source>
        <translation>Kundens land avgör vilken regel som gäller (det tomma landet är standard för alla övriga länder); en kreditpolicy som anger en region gäller före den.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Påslag</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Konsumenter</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Reminder cap</source>
        <translation>Tak påminnelseavgift</translation>
    </message>
    <message>
        <source>Collection cap</source>
        <translation>Tak inkassoavgift</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>actual/365</source>
        <translation>faktisk/365</translation>
    </message>
    <message>
        <source>actual/360</source>
        <translation>faktisk/360</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <source>Save r&amp;ule</source>
        <translation>Spara r&amp;egel</translation>
    </message>
    <message>
        <source>Day count:</source>
        <translation>Dagberäkning:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>consumers:</source>
        <translation>konsumenter:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Påslag:</translation>
    </message>
    <message>
        <source>Compensation per invoice:</source>
        <translation>Förseningsersättning per faktura:</translation>
    </message>
    <message>
        <source>collection:</source>
        <translation>inkasso:</translation>
    </message>
    <message>
        <source>Fee caps, reminder:</source>
        <translation>Avgiftstak, påminnelse:</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standard)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Only a manager changes rates and rules; you can read them here.</source>
        <translation>Endast en chef ändrar räntesatser och regler; du kan läsa dem här.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 added.</source>
        <translation>Räntesats för %1 från %2 tillagd.</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 replaced.</source>
        <translation>Räntesats för %1 från %2 ersatt.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Inte borttagen: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 deleted.</source>
        <translation>Räntesats för %1 från %2 borttagen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (digits with at most two decimals)</source>
        <translation>&apos;%1&apos; är inget belopp (siffror med högst två decimaler)</translation>
    </message>
    <message>
        <source>The default rule is saved.</source>
        <translation>Standardregeln har sparats.</translation>
    </message>
    <message>
        <source>The rule for %1 is saved.</source>
        <translation>Regeln för %1 har sparats.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSkipsModel</name>
    <message>
        <source>No reference rate</source>
        <translation>Ingen referensränta</translation>
    </message>
    <message>
        <source>Compensation in another currency</source>
        <translation>Ersättning i annan valuta</translation>
    </message>
    <message>
        <source>Debit note number taken</source>
        <translation>Debetnotans nummer upptaget</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagar försenad</translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (del %2 av %3)</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>I %n delbetalning: förfaller enligt del %1, den äldsta som fortfarande är öppen; fakturans egen förfallodag är %2</numerusform>
            <numerusform>I %n delbetalningar: förfaller enligt del %1, den äldsta som fortfarande är öppen; fakturans egen förfallodag är %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListPage</name>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Search by invoice number, customer code or name</source>
        <translation>Sök på fakturanummer, kundkod eller namn</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Öppna poster</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alla fakturor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln öppen faktura</numerusform>
            <numerusform>%Ln öppna fakturor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln faktura</numerusform>
            <numerusform>%Ln fakturor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LanguageSettings</name>
    <message>
        <source>The language of menus, screens and messages on this computer. Dates, numbers and amounts are shown the way that language writes them. Letters and statements use each customer&apos;s language.</source>
        <translation>Språket i menyer, skärmbilder och meddelanden på den här datorn. Datum, tal och belopp visas så som det språket skriver dem. Brev och kontoutdrag använder varje kunds språk.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>Saved. ardesk speaks the new language from its next start.</source>
        <translation>Sparat. ardesk talar det nya språket från nästa start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>ardesk::LetterRunDialog</name>
    <message>
        <source>Letters and statements</source>
        <translation>Brev och kontoutdrag</translation>
    </message>
    <message>
        <source>Statements of account (every customer due one)</source>
        <translation>Kontoutdrag (varje kund som ska ha ett)</translation>
    </message>
    <message>
        <source>Dunning letters and reminders due</source>
        <translation>Påminnelser och inkassokrav som står på tur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Per-datum:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>all; or customer numbers, comma-separated</source>
        <translation>alla; eller kundnummer, kommaseparerade</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Kunder:</translation>
    </message>
    <message>
        <source>Save to folder:</source>
        <translation>Spara i mapp:</translation>
    </message>
    <message>
        <source>Every document is saved as a PDF in the folder and recorded on the customer&apos;s account, where it can be opened again. Letters due are created by the collection strategy for the date first. Running again for the same date records nothing twice.</source>
        <translation>Varje dokument sparas som PDF i mappen och registreras på kundens konto, där det kan öppnas igen. Brev som står på tur skapas först av kravstrategin för datumet. En ny körning för samma datum registrerar ingenting två gånger.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>K&amp;ör</translation>
    </message>
    <message>
        <source>Save to folder</source>
        <translation>Spara i mapp</translation>
    </message>
    <message>
        <source>Your role may not send letters or statements.</source>
        <translation>Din roll får inte skicka brev eller kontoutdrag.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Kör…</translation>
    </message>
    <message>
        <source>Writing statements…</source>
        <translation>Skriver kontoutdrag…</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Skriver brev…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Körningen stoppades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n document(s); what was written is recorded. Run again to finish.</source>
        <translation>
            <numerusform>Avbruten efter %n dokument; det som skrevs är registrerat. Kör igen för att slutföra.</numerusform>
            <numerusform>Avbruten efter %n dokument; det som skrevs är registrerat. Kör igen för att slutföra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to the folder.</source>
        <translation>
            <numerusform>%n dokument har skrivits till mappen.</numerusform>
            <numerusform>%n dokument har skrivits till mappen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new on the accounts&apos; timelines.</source>
        <translation>
            <numerusform>%n ny händelse på kontonas tidslinjer.</numerusform>
            <numerusform>%n nya händelser på kontonas tidslinjer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LetterTemplateEditor</name>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Inkassokrav, nivå 1</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Inkassokrav, nivå 2</translation>
    </message>
    <message>
        <source>Dunning letter, level 3</source>
        <translation>Inkassokrav, nivå 3</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoutdrag</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tyska</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Franska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tjeckiska</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Spara mall</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>Start from the &amp;built-in text</source>
        <translation>Utgå från den &amp;inbyggda texten</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Brev:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Sections in [brackets] replace the built-in ones (title, subject, opening, body, closing, label.…); placeholders such as {customer_name}, {overdue}, {pay_by} are filled in. The customer&apos;s language picks the template.</source>
        <translation>Avsnitt inom [hakparenteser] ersätter de inbyggda (title, subject, opening, body, closing, label.…); platshållare som {customer_name}, {overdue}, {pay_by} fylls i. Kundens språk avgör vilken mall som används.</translation>
    </message>
    <message>
        <source>Only a manager changes letter templates; you can read and preview them here.</source>
        <translation>Endast en chef ändrar brevmallar; du kan läsa och förhandsgranska dem här.</translation>
    </message>
    <message>
        <source>Your own template (saved in the book).</source>
        <translation>Din egen mall (sparad i boken).</translation>
    </message>
    <message>
        <source>The built-in template.</source>
        <translation>Den inbyggda mallen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Inte sparad: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Template saved: letters from now on use it.</source>
        <translation>Mallen har sparats: brev använder den från och med nu.</translation>
    </message>
    <message>
        <source>No customer has anything to show on a letter yet.</source>
        <translation>Ingen kund har ännu något att visa i ett brev.</translation>
    </message>
    <message>
        <source>Payment plan agreement</source>
        <translation>Avtal om avbetalningsplan</translation>
    </message>
    <message>
        <source>No payment plan has been agreed yet: the agreement is previewed on a real plan.</source>
        <translation>Ingen avbetalningsplan har överenskommits ännu: avtalet förhandsgranskas på en verklig plan.</translation>
    </message>
</context>
<context>
    <name>ardesk::ListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Listan kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Sök i den här listan</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Mitt arbete</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>Ingen bok är öppen</translation>
    </message>
    <message>
        <source>Open a book (an .ardesk file) to see its customers, invoices and payments. ardesk-cli creates one with init, or fills one with demo data.</source>
        <translation>Öppna en bok (en .ardesk-fil) för att se dess kunder, fakturor och inbetalningar. ardesk-cli skapar en med init eller fyller en med demodata.</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Öppna en bok…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Senaste böcker</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Inbetalningar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>This book has no passwords: anyone who can open the file can post and change it. Protect it with an administrator to make everyone sign in.</source>
        <translation>Boken har inga lösenord: alla som kan öppna filen kan bokföra och ändra i den. Skydda den med en administratör så att alla måste logga in.</translation>
    </message>
    <message>
        <source>&amp;Protect this book…</source>
        <translation>&amp;Skydda boken…</translation>
    </message>
    <message>
        <source>This book is read-only (the file or its folder cannot be written): you can look, but nothing can be posted or changed.</source>
        <translation>Boken är skrivskyddad (filen eller dess mapp kan inte skrivas): du kan titta, men inget kan bokföras eller ändras.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <source>The last book, %1, could not be opened: %2</source>
        <translation>Den senaste boken, %1, kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>Cannot open book</source>
        <translation>Kan inte öppna boken</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 kunde inte öppnas.

%2</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Öppna bok</translation>
    </message>
    <message>
        <source>ardesk books (*.ardesk);;All files (*)</source>
        <translation>ardesk-böcker (*.ardesk);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 — %2 — ardesk</source>
        <translation>%1 — %2 — ardesk</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open book: %1 (schema %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öppen bok: %1 (schema %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>skrivs inte</translation>
    </message>
    <message>
        <source>About ardesk</source>
        <translation>Om ardesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Accounts receivable on the desktop: customers, invoices, payments, collections.&lt;/p&gt;&lt;p&gt;Book schema version: %2&lt;/p&gt;%3&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Kundreskontra på skrivbordet: kunder, fakturor, inbetalningar, kravhantering.&lt;/p&gt;&lt;p&gt;Bokens schemaversion: %2&lt;/p&gt;%3&lt;p&gt;Loggfil: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>&amp;Reskontra</translation>
    </message>
    <message>
        <source>Post &amp;payments…</source>
        <translation>Bokför &amp;inbetalningar…</translation>
    </message>
    <message>
        <source>&amp;Deposit batch…</source>
        <translation>Insättnings&amp;bunt…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kund…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2 yet. ardesk makes one each time the book is closed.</source>
        <translation>Det finns ännu ingen säkerhetskopia av %1 i %2. ardesk gör en varje gång boken stängs.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Säkerhetskopior av %1, nyaste först:</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? Everything posted since that backup will be gone from the book (the current file is kept beside it as a .before-restore copy).</source>
        <translation>Ersätta %1 med säkerhetskopian %2? Allt som har bokförts sedan den säkerhetskopian försvinner ur boken (den nuvarande filen sparas bredvid som en .before-restore-kopia).</translation>
    </message>
    <message>
        <source>The backup on close failed: %1</source>
        <translation>Säkerhetskopieringen vid stängning misslyckades: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Practice (training)…</source>
        <translation>Ö&amp;vning (utbildning)…</translation>
    </message>
    <message>
        <source>Open a throw-away copy of the demo book to learn ardesk without touching real data</source>
        <translation>Öppna en slit-och-släng-kopia av demoboken för att lära dig ardesk utan att röra riktiga data</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Open a practice book? It is a fresh copy of the demo business, marked TRAINING, with a checklist for your first day. The book that is open now is closed first; the practice copy is deleted when you end the practice.</source>
        <translation>Öppna en övningsbok? Den är en ny kopia av demoföretaget, märkt UTBILDNING, med en checklista för din första dag. Boken som är öppen nu stängs först; övningskopian raderas när du avslutar övningen.</translation>
    </message>
    <message>
        <source>The practice book could not be made: %1</source>
        <translation>Övningsboken kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the practice book: %1</source>
        <translation>ingen tillfällig mapp för övningsboken: %1</translation>
    </message>
    <message>
        <source>Practice book open: nothing you do here touches real data.</source>
        <translation>Övningsboken är öppen: inget du gör här rör riktiga data.</translation>
    </message>
    <message>
        <source>Import &amp;bank statement…</source>
        <translation>Importera &amp;kontoutdrag…</translation>
    </message>
    <message>
        <source>C&amp;ollector</source>
        <translation>&amp;Kravhandläggare</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>&amp;Nästa konto</translation>
    </message>
    <message>
        <source>Open the top account of your queue with its task (F8)</source>
        <translation>Öppna det översta kontot i din kö med dess uppgift (F8)</translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation>Min &amp;kö</translation>
    </message>
    <message>
        <source>&amp;Escalation queue</source>
        <translation>&amp;Eskaleringskö</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portföljer</translation>
    </message>
    <message>
        <source>E&amp;valuate promises</source>
        <translation>&amp;Utvärdera löften</translation>
    </message>
    <message>
        <source>The queue is still being read.</source>
        <translation>Kön läses fortfarande in.</translation>
    </message>
    <message>
        <source>Nothing left in the queue for today.</source>
        <translation>Inget kvar i kön för i dag.</translation>
    </message>
    <message>
        <source>Promise evaluation failed: %1</source>
        <translation>Utvärderingen av löften misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Löften per %1: %2 infriade, %3 delvis infriade, %4 brutna, %5 väntande; %n uppföljning skapad.</numerusform>
            <numerusform>Löften per %1: %2 infriade, %3 delvis infriade, %4 brutna, %5 väntande; %n uppföljningar skapade.</numerusform>
        </translation>
    </message>
    <message>
        <source>← My work</source>
        <translation>← Mitt arbete</translation>
    </message>
    <message>
        <source>← Customers</source>
        <translation>← Kunder</translation>
    </message>
    <message>
        <source>&amp;Letters and statements…</source>
        <translation>&amp;Brev och kontoutdrag…</translation>
    </message>
    <message>
        <source>The server refused the password of %1 for the database %2 on %3. Password:</source>
        <translation>Servern avvisade lösenordet för %1 till databasen %2 på %3. Lösenord:</translation>
    </message>
    <message>
        <source>The server wants the password of %1 for the database %2 on %3. Password:</source>
        <translation>Servern kräver lösenordet för %1 till databasen %2 på %3. Lösenord:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databaslösenord</translation>
    </message>
    <message>
        <source>Post &amp;interest…</source>
        <translation>Bokför &amp;ränta…</translation>
    </message>
</context>
<context>
    <name>ardesk::ManagerDeskPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Staff performance</source>
        <translation>Personalens resultat</translation>
    </message>
    <message>
        <source>Cash forecast</source>
        <translation>Likviditetsprognos</translation>
    </message>
    <message>
        <source>Aging roll-forward</source>
        <translation>Åldersanalys, rullning</translation>
    </message>
    <message>
        <source>The dashboard, staff performance, the cash forecast and the aging roll-forward are management reports: your role needs the export reports permission to see them.</source>
        <translation>Översikten, personalens resultat, likviditetsprognosen och rullningen av åldersanalysen är ledningsrapporter: din roll behöver behörigheten att exportera rapporter för att se dem.</translation>
    </message>
</context>
<context>
    <name>ardesk::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Mitt arbete</translation>
    </message>
    <message>
        <source>&amp;Queue of:</source>
        <translation>Kö &amp;för:</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alla uppgifter</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Alla intervall</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Ej förfallet</translation>
    </message>
    <message>
        <source>%1 days past due</source>
        <translation>%1 dagar efter förfallodag</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>Sök kod eller namn</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>&amp;Nästa konto</translation>
    </message>
    <message>
        <source>Open the top account of the queue with its task (F8)</source>
        <translation>Öppna det översta kontot i kön med dess uppgift (F8)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>K&amp;ö</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>&amp;Eskaleringar</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portföljer</translation>
    </message>
    <message>
        <source>Your role has no work queue (it needs the “log contact” permission).</source>
        <translation>Din roll har ingen arbetskö (den behöver behörigheten ”logga kontakt”).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supervisors, managers and admins can look at anyone&apos;s queue</source>
        <translation>Teamledare, chefer och administratörer kan se vems kö som helst</translation>
    </message>
    <message>
        <source>Your own queue</source>
        <translation>Din egen kö</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Kön kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Läser kön…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln post förfaller</numerusform>
            <numerusform>%Ln poster förfaller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 av %Ln post</numerusform>
            <numerusform>%1 av %Ln poster</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Attester</translation>
    </message>
    <message>
        <source>Credit re&amp;views</source>
        <translation>Kreditprö&amp;vningar</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentDialog</name>
    <message>
        <source>Post payments</source>
        <translation>Bokför inbetalningar</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Kundkod eller namn</translation>
    </message>
    <message>
        <source>Check number or bank reference</source>
        <translation>Checknummer eller bankreferens</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Betalsätt:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Be&amp;lopp:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referens:</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Stäm av &amp;äldsta först</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Re&amp;nsa</translation>
    </message>
    <message>
        <source>Part payment (no reason)</source>
        <translation>Delbetalning (ingen orsak)</translation>
    </message>
    <message>
        <source>Early-pay discount taken</source>
        <translation>Kassarabatt utnyttjad</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Tvist</translation>
    </message>
    <message>
        <source>Why an item is paid only in part</source>
        <translation>Varför en post bara betalas delvis</translation>
    </message>
    <message>
        <source>Short pa&amp;yment:</source>
        <translation>&amp;Underbetalning:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Avstämt</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Oplacerat</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>B&amp;okför</translation>
    </message>
    <message>
        <source>Post this payment (Ctrl+Return)</source>
        <translation>Bokför den här inbetalningen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Ingen enskild kund matchar ”%1”</translation>
    </message>
    <message>
        <source>More is applied than the payment brings</source>
        <translation>Mer är avstämt än vad inbetalningen täcker</translation>
    </message>
    <message>
        <source>Stays on the account as unapplied cash</source>
        <translation>Blir kvar på kontot som oplacerad inbetalning</translation>
    </message>
    <message>
        <source>Nothing posted: choose a customer, type an amount and apply at most that much.</source>
        <translation>Inget bokfört: välj en kund, ange ett belopp och stäm av högst så mycket.</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Inte bokförd: %1</translation>
    </message>
    <message>
        <source>Posted %1 from %2: %3 applied, %4 unapplied.</source>
        <translation>Bokförde %1 från %2: %3 avstämt, %4 oplacerat.</translation>
    </message>
    <message>
        <source>Ta&amp;ke discount</source>
        <translation>Ta &amp;kassarabatt</translation>
    </message>
    <message>
        <source>Early-payment discount on offer for a payment on %1: %2</source>
        <translation>Kassarabatt erbjuds vid betalning den %1: %2</translation>
    </message>
    <message>
        <source>Apply each item less its discount; the discount is credited on Post</source>
        <translation>Stäm av varje post minus kassarabatten; rabatten krediteras vid Bokför</translation>
    </message>
    <message>
        <source>Crediting the discount needs the permission to post credit notes</source>
        <translation>För att kreditera kassarabatten krävs behörigheten att bokföra kreditfakturor</translation>
    </message>
    <message>
        <source>Early-payment discount credited: %1.</source>
        <translation>Kassarabatt krediterad: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 until %4)</source>
        <translation>%1: %2 (%3 fram till %4)</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListModel</name>
    <message>
        <source>Reversed %1</source>
        <translation>Återförd %1</translation>
    </message>
    <message>
        <source>Unapplied cash</source>
        <translation>Oplacerad</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Avstämd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Oplacerat</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListPage</name>
    <message>
        <source>Payments</source>
        <translation>Inbetalningar</translation>
    </message>
    <message>
        <source>Search by reference, customer code or name</source>
        <translation>Sök på referens, kundkod eller namn</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Alla inbetalningar</translation>
    </message>
    <message>
        <source>With unapplied cash</source>
        <translation>Med oplacerat belopp</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln inbetalning</numerusform>
            <numerusform>%Ln inbetalningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::PermissionMatrixModel</name>
    <message>
        <source>%1 may: %2</source>
        <translation>%1 får: %2</translation>
    </message>
    <message>
        <source>%1 may not: %2</source>
        <translation>%1 får inte: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>Avbetalningsplan</translation>
    </message>
    <message>
        <source>Payment plan for %1 · %2</source>
        <translation>Avbetalningsplan för %1 · %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagar försenad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Varannan vecka</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Veckovis</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>C&amp;reate plan</source>
        <translation>Skapa &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>Antal &amp;delbetalningar:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frekvens:</translation>
    </message>
    <message>
        <source>F&amp;irst instalment on:</source>
        <translation>F&amp;örsta delbetalning den:</translation>
    </message>
    <message>
        <source>&amp;Down payment (%1, due today):</source>
        <translation>&amp;Handpenning (%1, förfaller i dag):</translation>
    </message>
    <message>
        <source>Plan total:</source>
        <translation>Planens totalbelopp:</translation>
    </message>
    <message>
        <source>Open &amp;items on the plan:</source>
        <translation>Öppna poster &amp;i planen:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Betalningsschema:</translation>
    </message>
    <message>
        <source>Tick at least one open item.</source>
        <translation>Markera minst en öppen post.</translation>
    </message>
    <message>
        <source>The down payment is not an amount.</source>
        <translation>Handpenningen är inget belopp.</translation>
    </message>
    <message>
        <source>The down payment must be less than the plan total.</source>
        <translation>Handpenningen måste vara mindre än planens totalbelopp.</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>handpenning</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>Skriv &amp;ut avtal…</translation>
    </message>
    <message>
        <source>Payment plan #%1 agreed. Print the agreement for the customer to sign.</source>
        <translation>Avbetalningsplan #%1 överenskommen. Skriv ut avtalet för kundens underskrift.</translation>
    </message>
    <message>
        <source>Agreement written to %1 and recorded on the account.</source>
        <translation>Avtalet har skrivits till %1 och registrerats på kontot.</translation>
    </message>
</context>
<context>
    <name>ardesk::PortfolioWidget</name>
    <message>
        <source>Search code or name</source>
        <translation>Sök kod eller namn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln kund</numerusform>
            <numerusform>%Ln kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>Tilldela mar&amp;kerade</translation>
    </message>
    <message>
        <source>Assign in bulk by rule (every condition given must hold)</source>
        <translation>Tilldela i grupp enligt regel (alla angivna villkor måste vara uppfyllda)</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>t.ex. SE</translation>
    </message>
    <message>
        <source>e.g. de</source>
        <translation>t.ex. sv</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>Assign &amp;matching</source>
        <translation>Tilldela &amp;matchande</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Balance from:</source>
        <translation>Saldo från:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>till:</translation>
    </message>
    <message>
        <source>Collector:</source>
        <translation>Kravhandläggare:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Tilldela &amp;till:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>ingen bok är öppen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) assigned to %1.</source>
        <translation>
            <numerusform>%n kund tilldelad %1.</numerusform>
            <numerusform>%n kunder tilldelade %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the customers to assign first.</source>
        <translation>Markera först de kunder som ska tilldelas.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>”%1” är inget belopp.</translation>
    </message>
    <message>
        <source>Give at least a region, a language or a currency.</source>
        <translation>Ange åtminstone en region, ett språk eller en valuta.</translation>
    </message>
    <message>
        <source>Assign every customer matching the rule to %1? Their open tasks move along.</source>
        <translation>Tilldela alla kunder som matchar regeln till %1? Deras öppna uppgifter följer med.</translation>
    </message>
    <message>
        <source>Assign by rule</source>
        <translation>Tilldela enligt regel</translation>
    </message>
</context>
<context>
    <name>ardesk::ProtectBookDialog</name>
    <message>
        <source>Protect this book</source>
        <translation>Skydda boken</translation>
    </message>
    <message>
        <source>Choose the first administrator. From then on everyone signs in with their own user, and what each role may do follows the permission matrix in Settings.</source>
        <translation>Välj den första administratören. Därefter loggar alla in med sin egen användare, och vad varje roll får göra styrs av behörighetsmatrisen i Inställningar.</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Skydda</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>&amp;Lösenord (minst 8 tecken):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Lösenorden skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>ardesk::ReleaseHoldDialog</name>
    <message>
        <source>Release credit hold</source>
        <translation>Häv kreditspärr</translation>
    </message>
    <message>
        <source>Release the credit hold of %1? The hold and this release stay in the account&apos;s hold history.</source>
        <translation>Häva kreditspärren för %1? Spärren och den här hävningen finns kvar i kontots spärrhistorik.</translation>
    </message>
    <message>
        <source>Why the customer may have credit again (required)</source>
        <translation>Varför kunden kan få kredit igen (obligatoriskt)</translation>
    </message>
    <message>
        <source>&amp;Release hold</source>
        <translation>&amp;Häv spärr</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Orsak:</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zooma ut (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zooma in (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Each report opens with a written summary of its figures against the month before, followed by its charts and tables. The print preview shows the pages of the PDF export.</source>
        <translation>Varje rapport inleds med en skriftlig sammanfattning av siffrorna jämfört med föregående månad, följd av diagram och tabeller. Förhandsgranskningen visar sidorna i PDF-exporten.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Per-datum:</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Kundkod</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV, by the file name&apos;s extension</source>
        <translation>PDF, XLSX eller CSV, enligt filnamnets ändelse</translation>
    </message>
    <message>
        <source>Reports need the permission to export reports (managers and supervisors).</source>
        <translation>Rapporter kräver behörigheten att exportera rapporter (chefer och teamledare).</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Rapporten kan inte skapas: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf, .xlsx or .csv</source>
        <translation>%1: namnet måste sluta på .pdf, .xlsx eller .csv</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Rapporten skrevs inte: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Skrevs till %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewDialog</name>
    <message>
        <source>Credit review of %1 · %2</source>
        <translation>Kreditprövning av %1 · %2</translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>ingen gräns angiven</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ej bedömd</translation>
    </message>
    <message>
        <source>%1 (balance %2)</source>
        <translation>%1 (saldo %2)</translation>
    </message>
    <message>
        <source>Credit limit now: %1 · Risk class: %2 · Last review: %3</source>
        <translation>Kreditgräns nu: %1 · Riskklass: %2 · Senaste prövning: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Due now: the agency score dropped (%1).</source>
        <translation>Prövning krävs nu: kreditbetyget har sjunkit (%1).</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Behåll oförändrat</translation>
    </message>
    <message>
        <source>Raise the limit</source>
        <translation>Höj gränsen</translation>
    </message>
    <message>
        <source>Lower the limit</source>
        <translation>Sänk gränsen</translation>
    </message>
    <message>
        <source>Change the risk class</source>
        <translation>Ändra riskklassen</translation>
    </message>
    <message>
        <source>Temporary increase</source>
        <translation>Tillfällig höjning</translation>
    </message>
    <message>
        <source>What the decision rests on (accounts, agency report, payment history)</source>
        <translation>Vad beslutet grundas på (räkenskaper, kreditupplysning, betalningshistorik)</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Registrera prövning</translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Endast en chef registrerar kreditprövningar</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>New &amp;limit (%1):</source>
        <translation>Ny &amp;gräns (%1):</translation>
    </message>
    <message>
        <source>New risk &amp;class:</source>
        <translation>Ny risk&amp;klass:</translation>
    </message>
    <message>
        <source>&amp;Temporary limit (%1):</source>
        <translation>&amp;Tillfällig gräns (%1):</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>Till &amp;och med (inklusive):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>New limit: not an amount</source>
        <translation>Ny gräns: inget belopp</translation>
    </message>
    <message>
        <source>Temporary limit: not an amount</source>
        <translation>Tillfällig gräns: inget belopp</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewQueueWidget</name>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Senaste prövning</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Pröva…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>Öppna &amp;kontot</translation>
    </message>
    <message>
        <source>agency score dropped: %1</source>
        <translation>kreditbetyget har sjunkit: %1</translation>
    </message>
    <message>
        <source>review interval</source>
        <translation>prövningsintervall</translation>
    </message>
    <message>
        <source>first review</source>
        <translation>första prövning</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message numerus="yes">
        <source>%n credit review(s) due on or before %1.</source>
        <translation>
            <numerusform>%n kreditprövning förfaller senast %1.</numerusform>
            <numerusform>%n kreditprövningar förfaller senast %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Endast en chef registrerar kreditprövningar</translation>
    </message>
</context>
<context>
    <name>ardesk::SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ange lö&amp;senord…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>The check recomputes the hash chain of every posted table and the ledger rules (open amounts, unapplied cash and credits, as of every date) from the event history. A book that was changed behind ardesk&apos;s back fails it.</source>
        <translation>Kontrollen räknar om hashkedjan för varje bokförd tabell och reskontrareglerna (öppna belopp, oplacerade inbetalningar och krediter, per varje datum) utifrån händelsehistoriken. En bok som har ändrats bakom ryggen på ardesk underkänns.</translation>
    </message>
    <message>
        <source>&amp;Check the book</source>
        <translation>&amp;Kontrollera boken</translation>
    </message>
    <message>
        <source>Book check</source>
        <translation>Bokkontroll</translation>
    </message>
    <message>
        <source>Tick what each role may do. Administrators keep every permission. Each change is recorded in the audit log.</source>
        <translation>Kryssa i vad varje roll får göra. Administratörer behåller alla behörigheter. Varje ändring registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>What each role may do. Only an administrator changes it.</source>
        <translation>Vad varje roll får göra. Bara en administratör kan ändra det.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Inaktivera användare</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their history stays.</source>
        <translation>Inaktivera %1 (%2)? Användaren kan inte längre logga in; historiken finns kvar.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Ange lösenord</translation>
    </message>
    <message>
        <source>New password for %1 (8 characters or more):</source>
        <translation>Nytt lösenord för %1 (minst 8 tecken):</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>Kontrollen kunde inte starta: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation>Kontrollerar boken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Kontrollen misslyckades: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rader</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book is sound.&lt;/b&gt; Every hash chain and ledger rule checks out.</source>
        <translation>&lt;b&gt;Boken är felfri.&lt;/b&gt; Alla hashkedjor och reskontraregler stämmer.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The book fails the check.&lt;/b&gt; First problem: %1 (%2, row %3). %n problem(s) in all.</source>
        <translation>
            <numerusform>&lt;b&gt;Boken underkänns i kontrollen.&lt;/b&gt; Första problemet: %1 (%2, rad %3). %n problem totalt.</numerusform>
            <numerusform>&lt;b&gt;Boken underkänns i kontrollen.&lt;/b&gt; Första problemet: %1 (%2, rad %3). %n problem totalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>&amp;Byt mitt lösenord…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Byt mitt lösenord</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>Nytt lösenord (minst 8 tecken):</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Upprepa det nya lösenordet:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>De nya lösenorden skiljer sig åt; inget har ändrats.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ditt lösenord är bytt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;One-time code…</source>
        <translation>&amp;Engångskod…</translation>
    </message>
    <message>
        <source>A code the user signs in with once, to choose a password: for imported users and forgotten passwords</source>
        <translation>En kod som användaren loggar in med en gång för att välja ett lösenord: för importerade användare och glömda lösenord</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Engångskod</translation>
    </message>
    <message>
        <source>Issue a one-time code for %1? It is shown once; %1 signs in with it and must choose a new password. An earlier code stops working.</source>
        <translation>Utfärda en engångskod för %1? Den visas bara en gång; %1 loggar in med den och måste välja ett nytt lösenord. En tidigare kod slutar gälla.</translation>
    </message>
    <message>
        <source>One-time code for &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — valid until %3 or until %1 sets a password. Give it to %1 now: it is not shown again.</source>
        <translation>Engångskod för &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — giltig till %3 eller tills %1 väljer ett lösenord. Ge den till %1 nu: den visas inte igen.</translation>
    </message>
    <message>
        <source>Credit policies</source>
        <translation>Kreditpolicyer</translation>
    </message>
    <message>
        <source>Collection strategies</source>
        <translation>Kravstrategier</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>Ränta och avgifter</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Brevmallar</translation>
    </message>
    <message>
        <source>Sender and payment</source>
        <translation>Avsändare och betalning</translation>
    </message>
</context>
<context>
    <name>ardesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Every shortcut of this window. The text fields also take the usual editing keys (cut, copy, paste, undo).</source>
        <translation>Alla kortkommandon i det här fönstret. Textfälten tar också emot de vanliga redigeringstangenterna (klipp ut, kopiera, klistra in, ångra).</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(ingen meny)</translation>
    </message>
</context>
<context>
    <name>ardesk::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Logga in — %1</translation>
    </message>
    <message>
        <source>%1 is protected. Sign in with your ardesk user.</source>
        <translation>%1 är skyddad. Logga in med din ardesk-användare.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Your one-time code is accepted. Choose your own password now (8 characters or more); the code cannot be used again.</source>
        <translation>Din engångskod har godtagits. Välj ditt eget lösenord nu (minst 8 tecken); koden kan inte användas igen.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Välj lösenord och logga in</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De två nya lösenorden skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>ardesk::StaffPerformanceView</name>
    <message>
        <source>Staff performance</source>
        <translation>Personalens resultat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>Ange mål…</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kravhandläggare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>RPC %</source>
        <translation>RPC %</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Löften</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>Infriade %</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Indrivet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Måluppfyllelse %</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Klara uppgifter</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Försenade uppgifter</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskaleringar</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Nyckeltalen kunde inte beräknas: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(ingen kravhandläggare)</translation>
    </message>
    <message>
        <source>Select a collector to see the trend</source>
        <translation>Välj en kravhandläggare för att se trenden</translation>
    </message>
    <message>
        <source>%1: collected by month against target (%2)</source>
        <translation>%1: indrivet per månad jämfört med mål (%2)</translation>
    </message>
    <message>
        <source>Select a collector first.</source>
        <translation>Välj först en kravhandläggare.</translation>
    </message>
    <message>
        <source>Customers without a collector have no target.</source>
        <translation>Kunder utan kravhandläggare har inget mål.</translation>
    </message>
    <message>
        <source>Collection target of %1</source>
        <translation>Indrivningsmål för %1</translation>
    </message>
    <message>
        <source>Every month (standing target)</source>
        <translation>Varje månad (stående mål)</translation>
    </message>
    <message>
        <source>amount in %1; 0 removes the target</source>
        <translation>belopp i %1; 0 tar bort målet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Mål (%1)</translation>
    </message>
    <message>
        <source>Collection target</source>
        <translation>Indrivningsmål</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>”%1” är inget belopp.</translation>
    </message>
</context>
<context>
    <name>ardesk::StrategyEditor</name>
    <message>
        <source>Reminder e-mail</source>
        <translation>Påminnelse via e-post</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Inkassokrav, nivå 1</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Inkassokrav, nivå 2</translation>
    </message>
    <message>
        <source>Dunning letter, level 3 (final demand)</source>
        <translation>Inkassokrav, nivå 3 (sista krav)</translation>
    </message>
    <message>
        <source>Call task</source>
        <translation>Samtalsuppgift</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalering</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditspärr</translation>
    </message>
    <message>
        <source>Agency referral review</source>
        <translation>Prövning av överlämning till inkassobolag</translation>
    </message>
    <message>
        <source>Write-off review</source>
        <translation>Prövning av avskrivning</translation>
    </message>
    <message>
        <source>&amp;New strategy</source>
        <translation>&amp;Ny strategi</translation>
    </message>
    <message>
        <source>A customer follows its policy&apos;s strategy, else the one for its segment, else the one for its risk class, else the default (no segment, no class).</source>
        <translation>En kund följer sin kreditpolicys strategi, annars strategin för sitt segment, annars den för sin riskklass, annars standardstrategin (inget segment, ingen klass).</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>alla segment</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Active (the run follows it)</source>
        <translation>Aktiv (körningen följer den)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Riskklass:</translation>
    </message>
    <message>
        <source>Days from the due date</source>
        <translation>Dagar från förfallodagen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Lägg till steg</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Ta &amp;bort steg</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Negative days come before the due date (a friendly reminder). List the steps in order of days. Changing a step that already ran does not run it again; a step added before steps already taken is not sent backwards.</source>
        <translation>Negativa dagar infaller före förfallodagen (en vänlig påminnelse). Ange stegen i ordning efter antal dagar. Att ändra ett steg som redan har körts kör det inte igen; ett steg som läggs till före steg som redan har tagits skickas inte i efterhand.</translation>
    </message>
    <message>
        <source>&amp;Save strategy</source>
        <translation>&amp;Spara strategi</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>klass %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>through a policy</source>
        <translation>via en kreditpolicy</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Only a manager changes collection strategies; you can read them here.</source>
        <translation>Endast en chef ändrar kravstrategier; du kan läsa dem här.</translation>
    </message>
    <message>
        <source>Days from the due date, step %1</source>
        <translation>Dagar från förfallodagen, steg %1</translation>
    </message>
    <message>
        <source>Action, step %1</source>
        <translation>Åtgärd, steg %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Inte sparad: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Strategy %1 saved.</source>
        <translation>Strategin %1 har sparats.</translation>
    </message>
</context>
<context>
    <name>ardesk::TeamQueuesWidget</name>
    <message>
        <source>Queue of</source>
        <translation>Kö för</translation>
    </message>
    <message>
        <source>Items due</source>
        <translation>Förfallna poster</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Promises
due today</source>
        <translation>Löften som
förfaller i dag</translation>
    </message>
    <message>
        <source>With broken
promises</source>
        <translation>Med brutna
löften</translation>
    </message>
    <message>
        <source>Dispute
items</source>
        <translation>Poster om
tvister</translation>
    </message>
    <message>
        <source>Escalation
items</source>
        <translation>Poster om
eskaleringar</translation>
    </message>
    <message>
        <source>Most days
past due</source>
        <translation>Flest dagar efter
förfallodag</translation>
    </message>
    <message>
        <source>Overdue on these accounts</source>
        <translation>Förfallet på dessa konton</translation>
    </message>
    <message>
        <source>Enter or double-click: open that queue</source>
        <translation>Retur eller dubbelklick: öppna den kön</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read every queue again (F5)</source>
        <translation>Läs alla köer igen (F5)</translation>
    </message>
    <message>
        <source>&amp;Open queue</source>
        <translation>Öppna kö&amp;n</translation>
    </message>
    <message>
        <source>Reading every queue…</source>
        <translation>Läser alla köer…</translation>
    </message>
    <message>
        <source>The queues could not be read: %1</source>
        <translation>Köerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln kö</numerusform>
            <numerusform>%Ln köer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln post förfaller</numerusform>
            <numerusform>%Ln poster förfaller</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingPanel</name>
    <message>
        <source>TRAINING</source>
        <translation>UTBILDNING</translation>
    </message>
    <message>
        <source>This is a practice copy of the demo book: post, reverse, call and promise as you like. Nothing here touches real data, and the copy is deleted when you end the practice.</source>
        <translation>Det här är en övningskopia av demoboken: bokför, återför, ring och ta emot löften som du vill. Inget här rör riktiga data, och kopian raderas när du avslutar övningen.</translation>
    </message>
    <message>
        <source>First day &amp;as:</source>
        <translation>Första dagen &amp;som:</translation>
    </message>
    <message>
        <source>&amp;End practice</source>
        <translation>&amp;Avsluta övningen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All done: a good first day.</source>
        <translation>Allt klart: en bra första dag.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 klara</translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingTitleMarker</name>
    <message>
        <source>TRAINING — </source>
        <translation>UTBILDNING — </translation>
    </message>
</context>
<context>
    <name>ardesk::UserGuideViewer</name>
    <message>
        <source>ardesk user guide</source>
        <translation>Användarhandbok för ardesk</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is the file user-guide.md of ardesk&apos;s documentation (share/doc/ardesk in the installation).</source>
        <translation>Användarhandboken är inte installerad på den här datorn. Den är filen user-guide.md i ardesks dokumentation (share/doc/ardesk i installationen).</translation>
    </message>
</context>
<context>
    <name>ardesk::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Angivet</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>One-time code issued</source>
        <translation>Engångskod utfärdad</translation>
    </message>
    <message>
        <source>Set; one-time code issued</source>
        <translation>Satt; engångskod utfärdad</translation>
    </message>
</context>
<context>
    <name>ardesk::WorklistModel</name>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Uppföljning av löfte</translation>
    </message>
    <message>
        <source>Dispute follow-up</source>
        <translation>Uppföljning av tvist</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalering</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Förfallet %1</translation>
    </message>
    <message numerus="yes">
        <source>Oldest item %n day(s) past due</source>
        <translation>
            <numerusform>Äldsta posten %n dag efter förfallodag</numerusform>
            <numerusform>Äldsta posten %n dagar efter förfallodag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s) in the last 90 days</source>
        <translation>
            <numerusform>%n brutet löfte de senaste 90 dagarna</numerusform>
            <numerusform>%n brutna löften de senaste 90 dagarna</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise falls due today</source>
        <translation>Ett löfte förfaller i dag</translation>
    </message>
    <message>
        <source>No promise due today</source>
        <translation>Inget löfte förfaller i dag</translation>
    </message>
    <message>
        <source>Risk class not rated</source>
        <translation>Riskklass ej bedömd</translation>
    </message>
    <message>
        <source>Risk class %1</source>
        <translation>Riskklass %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Points of the score from this part (hover a cell for the figure)</source>
        <translation>Poäng från denna del (håll muspekaren över en cell för värdet)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Overdue
points</source>
        <translation>Förfallet
poäng</translation>
    </message>
    <message>
        <source>Days late
points</source>
        <translation>Dagar sen
poäng</translation>
    </message>
    <message>
        <source>Broken
promises</source>
        <translation>Brutna
löften</translation>
    </message>
    <message>
        <source>Promise
due today</source>
        <translation>Löfte
förfaller i dag</translation>
    </message>
    <message>
        <source>Risk
points</source>
        <translation>Risk
poäng</translation>
    </message>
    <message>
        <source>Balance
points</source>
        <translation>Saldo
poäng</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>SPÄRRAD: %1</translation>
    </message>
    <message>
        <source>On credit hold since %1</source>
        <translation>Kreditspärr sedan %1</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditspärr</translation>
    </message>
</context>
<context>
    <name>ardesk::WriteOffRequestDialog</name>
    <message>
        <source>Request write-off</source>
        <translation>Begär avskrivning</translation>
    </message>
    <message>
        <source>Invoice %1 has %2 open. The write-off is posted only when an approver whose limit covers the amount approves it.</source>
        <translation>Faktura %1 har %2 öppet. Avskrivningen bokförs först när en attestant vars attestgräns täcker beloppet attesterar den.</translation>
    </message>
    <message>
        <source>e.g. customer insolvent, claim filed with the administrator</source>
        <translation>t.ex. kunden på obestånd, fordran anmäld till konkursförvaltaren</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Begär</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>Be&amp;lopp (%1):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Orsak:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>backup needs --out FILE</source>
        <translation>backup kräver --out FILE</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>säkerhetskopierade %1 till %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 kräver ett värde</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;ardesk-cli --help&apos;.</source>
        <translation>Prova &apos;ardesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--book FILE is required</source>
        <translation>--book FILE krävs</translation>
    </message>
    <message>
        <source>%1 is protected: give --user LOGIN (password from ARDESK_PASSWORD or a prompt)</source>
        <translation>%1 är skyddad: ange --user LOGIN (lösenord från ARDESK_PASSWORD eller en fråga)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>no password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>inget lösenord: sätt ARDESK_PASSWORD eller kör i en terminal</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angivet</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>okänt kommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: &apos;%1&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>--basis must be due or invoice</source>
        <translation>--basis måste vara due eller invoice</translation>
    </message>
    <message>
        <source>--buckets: %1</source>
        <translation>--buckets: %1</translation>
    </message>
    <message>
        <source>--by must be total or customer</source>
        <translation>--by måste vara total eller customer</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format måste vara table, csv eller json</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totalt</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>i tvist</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>oplacerat</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALT</translation>
    </message>
    <message>
        <source>Aging as of %1 (by %2 date)</source>
        <translation>Åldersanalys per %1 (efter %2)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>förfallodatum</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>fakturadatum</translation>
    </message>
    <message>
        <source>(nothing open)</source>
        <translation>(inget öppet)</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Lösenord för administratören %1: </translation>
    </message>
    <message>
        <source>init --admin needs a password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>init --admin kräver ett lösenord: sätt ARDESK_PASSWORD eller kör i en terminal</translation>
    </message>
    <message>
        <source>created %1 (schema %2)</source>
        <translation>skapade %1 (schema %2)</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format måste vara table eller json</translation>
    </message>
    <message>
        <source>book           %1</source>
        <translation>bok            %1</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>schemaversion  %1</translation>
    </message>
    <message>
        <source>customers      %1</source>
        <translation>kunder         %1</translation>
    </message>
    <message>
        <source>invoices       %1</source>
        <translation>fakturor       %1</translation>
    </message>
    <message>
        <source>credit notes   %1</source>
        <translation>kreditfakturor %1</translation>
    </message>
    <message>
        <source>payments       %1</source>
        <translation>inbetalningar  %1</translation>
    </message>
    <message>
        <source>allocations    %1</source>
        <translation>avstämningar   %1</translation>
    </message>
    <message>
        <source>users          %1</source>
        <translation>användare      %1</translation>
    </message>
    <message>
        <source>protected      %1</source>
        <translation>skyddad        %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>import needs what to import: customers, invoices, payments, users, portfolios or promises</source>
        <translation>import kräver vad som ska importeras: customers, invoices, payments, users, portfolios eller promises</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use customers, invoices, payments, users, portfolios or promises</source>
        <translation>kan inte importera &apos;%1&apos;: använd customers, invoices, payments, users, portfolios eller promises</translation>
    </message>
    <message>
        <source>import %1 needs a CSV file</source>
        <translation>import %1 kräver en CSV-fil</translation>
    </message>
    <message>
        <source>--auto-apply is for payments only</source>
        <translation>--auto-apply gäller bara payments</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen finns inte</translation>
    </message>
    <message>
        <source>writing %1%</source>
        <translation>skriver %1%</translation>
    </message>
    <message>
        <source>checking %1%</source>
        <translation>kontrollerar %1%</translation>
    </message>
    <message>
        <source>%1: %2 rows are valid (dry run: nothing was written)</source>
        <translation>%1: %2 rader är giltiga (provkörning: inget skrevs)</translation>
    </message>
    <message>
        <source>%1: imported %2 %3 in %4 s</source>
        <translation>%1: importerade %2 %3 på %4 s</translation>
    </message>
    <message>
        <source> (%1 allocations)</source>
        <translation> (%1 avstämningar)</translation>
    </message>
    <message>
        <source>post needs what to post: payment</source>
        <translation>post kräver vad som ska bokföras: payment</translation>
    </message>
    <message>
        <source>post payment needs --customer, --amount, --currency and --date</source>
        <translation>post payment kräver --customer, --amount, --currency och --date</translation>
    </message>
    <message>
        <source>give either --invoice or --auto-apply, not both</source>
        <translation>ange antingen --invoice eller --auto-apply, inte båda</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &apos;%1&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format måste vara text eller json</translation>
    </message>
    <message>
        <source>payment %1 posted: %2 applied, %3 unapplied</source>
        <translation>inbetalning %1 bokförd: %2 avstämt, %3 oplacerat</translation>
    </message>
    <message>
        <source>users %1 needs a LOGIN</source>
        <translation>users %1 kräver ett LOGIN</translation>
    </message>
    <message>
        <source>users add LOGIN needs --name NAME and --role ROLE</source>
        <translation>users add LOGIN kräver --name NAME och --role ROLE</translation>
    </message>
    <message>
        <source>--role must be one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>--role måste vara något av admin, manager, supervisor, collector, clerk, auditor</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>inget lösenord</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>lösenord angivet</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>användaren %1 har lagts till</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>användaren %1 har inaktiverats</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <source>no new password: set ARDESK_NEW_PASSWORD or run on a terminal</source>
        <translation>inget nytt lösenord: sätt ARDESK_NEW_PASSWORD eller kör i en terminal</translation>
    </message>
    <message>
        <source>password of %1 set</source>
        <translation>lösenordet för %1 har angetts</translation>
    </message>
    <message>
        <source>import bank needs a bank statement file</source>
        <translation>import bank kräver en kontoutdragsfil</translation>
    </message>
    <message>
        <source>--format must be camt053 or csv, not &apos;%1&apos;</source>
        <translation>--format måste vara camt053 eller csv, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: rejected, nothing was imported</source>
        <translation>%1: avvisad, inget importerades</translation>
    </message>
    <message>
        <source>--task must be one of %1</source>
        <translation>--task måste vara något av %1</translation>
    </message>
    <message>
        <source>worklist: give --user LOGIN (whose queue)</source>
        <translation>worklist: ange --user LOGIN (vems kö)</translation>
    </message>
    <message>
        <source>(nothing to do)</source>
        <translation>(inget att göra)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>task</source>
        <translation>uppgift</translation>
    </message>
    <message>
        <source>score</source>
        <translation>poäng</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>förfallet</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>promises: give an action (evaluate)</source>
        <translation>promises: ange en åtgärd (evaluate)</translation>
    </message>
    <message>
        <source>promises: unknown action &apos;%1&apos; (evaluate)</source>
        <translation>promises: okänd åtgärd &apos;%1&apos; (evaluate)</translation>
    </message>
    <message>
        <source>--grace: &apos;%1&apos; is not a number of days (0-365)</source>
        <translation>--grace: &apos;%1&apos; är inte ett antal dagar (0-365)</translation>
    </message>
    <message>
        <source>Promises to pay as of %1 (grace %2 days): %3 kept, %4 partial, %5 broken, %6 pending; %7 follow-up task(s) created</source>
        <translation>Betalningslöften per %1 (respitdagar: %2): %3 infriade, %4 delvis, %5 brutna, %6 väntande; %7 uppföljningsuppgift(er) skapade</translation>
    </message>
    <message>
        <source>(no promises)</source>
        <translation>(inga löften)</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>taget</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>utlovat</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>belopp</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betalt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>kept on</source>
        <translation>infriat den</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to 1000000</source>
        <translation>--customers måste vara ett tal från 1 till 1000000</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed måste vara ett heltal</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--today: &apos;%1&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>generating %1%</source>
        <translation>genererar %1%</translation>
    </message>
    <message>
        <source>demo book: %1 customers, %2 invoices, %3 payments, %4 promises, %5 users in %6 s</source>
        <translation>demobok: %1 kunder, %2 fakturor, %3 inbetalningar, %4 löften, %5 användare på %6 s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>--months: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--months: &apos;%1&apos; är inte ett heltal från 1 till %2</translation>
    </message>
    <message>
        <source>--by must be total, collector, segment or risk</source>
        <translation>--by måste vara total, collector, segment eller risk</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>countback</source>
        <translation>bakåträknad</translation>
    </message>
    <message>
        <source>best DSO</source>
        <translation>bästa DSO</translation>
    </message>
    <message>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation>CEI %</translation>
    </message>
    <message>
        <source>current %</source>
        <translation>ej förfallet %</translation>
    </message>
    <message>
        <source>days to pay</source>
        <translation>dagar till betalning</translation>
    </message>
    <message>
        <source>kept %</source>
        <translation>infriade %</translation>
    </message>
    <message>
        <source>partial %</source>
        <translation>delvis %</translation>
    </message>
    <message>
        <source>bad debt %</source>
        <translation>kundförluster %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>KPIs as of %1, %2 month(s) from %3 (%4 days)</source>
        <translation>Nyckeltal per %1, %2 månad(er) från %3 (%4 dagar)</translation>
    </message>
    <message>
        <source>(nothing in the period)</source>
        <translation>(inget under perioden)</translation>
    </message>
    <message>
        <source>--as-of YYYY-MM-DD is required</source>
        <translation>--as-of ÅÅÅÅ-MM-DD krävs</translation>
    </message>
    <message>
        <source>%1: imported %2 rates (%3 new, %4 replaced)</source>
        <translation>%1: importerade %2 referensräntor (%3 nya, %4 ersatta)</translation>
    </message>
    <message>
        <source>%1: imported %2 agency scores (%3 credit reviews opened)</source>
        <translation>%1: importerade %2 kreditbetyg (%3 kreditprövningar öppnade)</translation>
    </message>
    <message>
        <source>Late-payment interest as of %1</source>
        <translation>Dröjsmålsränta per %1</translation>
    </message>
    <message>
        <source>strategies needs a subcommand: run</source>
        <translation>strategies kräver ett underkommando: run</translation>
    </message>
    <message>
        <source>unknown strategies subcommand &apos;%1&apos;</source>
        <translation>okänt underkommando till strategies &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Strategy run as of %1</source>
        <translation>Strategikörning per %1</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>skapade:</translation>
    </message>
    <message>
        <source>skipped:</source>
        <translation>överhoppade:</translation>
    </message>
    <message>
        <source>copy needs --to FILE or --to postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>copy behöver --to FILE eller --to postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR krävs</translation>
    </message>
    <message>
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>kontoutdrag</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>report: which report? One of %1</source>
        <translation>report: vilken rapport? En av %1</translation>
    </message>
    <message>
        <source>report: unknown report &apos;%1&apos; (one of %2)</source>
        <translation>report: okänd rapport &apos;%1&apos; (en av %2)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf</source>
        <translation>--format måste vara csv, xlsx eller pdf</translation>
    </message>
    <message>
        <source>report statement needs --customer CODE</source>
        <translation>report statement behöver --customer CODE</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1: skriven</translation>
    </message>
    <message>
        <source>users needs list, add, deactivate, set-password or one-time-code</source>
        <translation>users behöver list, add, deactivate, set-password eller one-time-code</translation>
    </message>
    <message>
        <source>one-time code for %1, valid until %2 UTC or until %1 sets a password; it is shown only this once</source>
        <translation>engångskod för %1, giltig till %2 UTC eller tills %1 väljer ett lösenord; den visas bara denna enda gång</translation>
    </message>
    <message numerus="yes">
        <source>Queue of %1 as of %2: %n item(s)</source>
        <translation>
            <numerusform>Kö för %1 per %2: %n post</numerusform>
            <numerusform>Kö för %1 per %2: %n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %1 to %2: %n row(s)</source>
        <translation>
            <numerusform>kopierade %1 till %2: %n rad</numerusform>
            <numerusform>kopierade %1 till %2: %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>credit control: %1 policies, %2 customers given their class&apos;s policy, %3 payment plans, %4 credit holds, %5 reference rates</source>
        <translation>kreditkontroll: %1 kreditpolicyer, %2 kunder tilldelade sin riskklass policy, %3 avbetalningsplaner, %4 kreditspärrar, %5 referensräntor</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown</source>
        <translation>
            <numerusform>%1: ytterligare %n problem visas inte</numerusform>
            <numerusform>%1: ytterligare %n problem visas inte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected, nothing was imported (%n problem(s))</source>
        <translation>
            <numerusform>%1: avvisad, inget importerades (%n problem)</numerusform>
            <numerusform>%1: avvisad, inget importerades (%n problem)</numerusform>
        </translation>
    </message>
    <message>
        <source>customer</source>
        <comment>interest table header</comment>
        <translation>kund</translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>interest table header</comment>
        <translation>faktura</translation>
    </message>
    <message>
        <source>due</source>
        <comment>interest table header</comment>
        <translation>förfaller</translation>
    </message>
    <message>
        <source>open</source>
        <comment>interest table header</comment>
        <translation>öppet</translation>
    </message>
    <message>
        <source>days</source>
        <comment>interest table header</comment>
        <translation>dagar</translation>
    </message>
    <message>
        <source>rate %</source>
        <comment>interest table header</comment>
        <translation>räntesats %</translation>
    </message>
    <message>
        <source>interest</source>
        <comment>interest table header</comment>
        <translation>ränta</translation>
    </message>
    <message>
        <source>compensation</source>
        <comment>interest table header</comment>
        <translation>ersättning</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %1 (%2 row %3); %n problem(s) in all</source>
        <translation>
            <numerusform>MISSLYCKADES: %1 (%2 rad %3); %n problem totalt</numerusform>
            <numerusform>MISSLYCKADES: %1 (%2 rad %3); %n problem totalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interest posted as of %1: %n debit note(s)</source>
        <translation>
            <numerusform>Ränta bokförd per %1: %n debetnota</numerusform>
            <numerusform>Ränta bokförd per %1: %n debetnotor</numerusform>
        </translation>
    </message>
    <message>
        <source>not posted: %1</source>
        <translation>ej bokfört: %1</translation>
    </message>
    <message>
        <source>plan-agreement: --plan ID is required</source>
        <translation>plan-agreement: --plan ID krävs</translation>
    </message>
    <message>
        <source>--plan: &apos;%1&apos; is not a plan number</source>
        <translation>--plan: &apos;%1&apos; är inte ett plannummer</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf krävs</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: kan inte skriva filen (%2)</translation>
    </message>
    <message>
        <source>--take-discount needs --invoice</source>
        <translation>--take-discount kräver --invoice</translation>
    </message>
    <message>
        <source>early-payment discount credited: %1</source>
        <translation>kassarabatt krediterad: %1</translation>
    </message>
    <message>
        <source>policy set-terms needs NAME and TERMS (such as &quot;30/60/90&quot;; &quot;none&quot; removes them)</source>
        <translation>policy set-terms behöver NAMN och VILLKOR (till exempel &quot;30/60/90&quot;; &quot;none&quot; tar bort dem)</translation>
    </message>
    <message>
        <source>policy set-terms: NAME is empty</source>
        <translation>policy set-terms: NAMN är tomt</translation>
    </message>
    <message>
        <source>policy %1: no instalment terms</source>
        <translation>policy %1: inga delbetalningsvillkor</translation>
    </message>
    <message>
        <source>policy %1: instalment terms %2</source>
        <translation>policy %1: delbetalningsvillkor %2</translation>
    </message>
    <message>
        <source>policy needs what to do: set-terms</source>
        <translation>policy behöver vad som ska göras: set-terms</translation>
    </message>
    <message>
        <source>unknown policy command &apos;%1&apos;</source>
        <translation>okänt policy-kommando &apos;%1&apos;</translation>
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
  import bank FILE [--format camt053|csv] [--mapping NAME|FILE.json] [--post]
                                        match a bank statement against the book (docs/formats.md)
  post payment --customer CODE --amount A --currency C --date D [--invoice N [--take-discount] | --auto-apply]
  worklist [--user LOGIN] --as-of YYYY-MM-DD [--format table|json]
  promises evaluate --as-of YYYY-MM-DD [--grace N] [--format table|json]
  kpi --as-of YYYY-MM-DD [--months N] [--by total|collector|segment|risk] [--format table|json]
  import rates|agency-scores FILE.csv   reference rates (region,valid_from,rate_percent) or
                                        agency scores (customer_code,agency,score,rating,date)
  interest --as-of YYYY-MM-DD [--format table|json]
                                        late-payment interest and compensation per overdue invoice
  interest --as-of YYYY-MM-DD --post [--format table|json]
                                        post them as debit notes where the policy says so
  strategies run --as-of YYYY-MM-DD [--format table|json]
                                        create the collection actions due (letters, tasks, holds)
  policy set-terms NAME TERMS           a credit policy&apos;s instalment terms (&quot;30/60/90&quot;;
                                        &quot;none&quot; removes them)
  backup --out FILE2                    a consistent copy of the book
  statements --as-of YYYY-MM-DD --out DIR
                                        one statement of account (PDF) per customer due one
  letters --as-of YYYY-MM-DD --out DIR  render the reminder and dunning letters due (PDF)
  plan-agreement --plan ID --out FILE.pdf
                                        a payment plan&apos;s agreement letter (PDF)
  report NAME --as-of YYYY-MM-DD [--customer CODE] --format csv|xlsx|pdf --out FILE
                                        aging-summary, aging-detail, statement, collector-performance,
                                        promises, disputes, complaints, write-offs
  copy --to FILE|postgresql://USER@HOST:PORT/DB
                                        the whole book into a new one (SQLite or PostgreSQL)
  users list|add LOGIN --name N --role R|deactivate LOGIN|set-password LOGIN|one-time-code LOGIN
                                        staff users (set-password reads ARDESK_NEW_PASSWORD)
  verify                                check the hash chains and the ledger rules

Exit codes: 0 success, 1 data or runtime error, 2 usage error, 3 not allowed.
Details: docs/cli.md
</source>
        <translation>Användning: ardesk-cli --book FILE [--user LOGIN] [--lang xx] COMMAND [OPTIONS]

Kommandon:
  init [--admin LOGIN [--name NAME]]    skapa en ny, tom bok (med --admin: skyddad;
                                        lösenordet kommer från ARDESK_PASSWORD eller en fråga)
  info [--format table|json]            antal och schemaversion
  import customers|invoices|payments|users|portfolios|promises FILE.csv
         [--dry-run] [--auto-apply]     CSV-import, allt eller inget
  aging --as-of ÅÅÅÅ-MM-DD [--basis due|invoice] [--buckets 30,60,90]
         [--by total|customer] [--format table|csv|json]
  demo --customers N [--seed S] [--today ÅÅÅÅ-MM-DD]
                                        fyll en tom bok med ett syntetiskt företag
  import bank FILE [--format camt053|csv] [--mapping NAME|FILE.json] [--post]
                                        stäm av ett kontoutdrag mot boken (docs/formats.md)
  post payment --customer CODE --amount A --currency C --date D [--invoice N [--take-discount] | --auto-apply]
  worklist [--user LOGIN] --as-of ÅÅÅÅ-MM-DD [--format table|json]
  promises evaluate --as-of ÅÅÅÅ-MM-DD [--grace N] [--format table|json]
  kpi --as-of ÅÅÅÅ-MM-DD [--months N] [--by total|collector|segment|risk] [--format table|json]
  import rates|agency-scores FILE.csv   referensräntor (region,valid_from,rate_percent) eller
                                        kreditbetyg (customer_code,agency,score,rating,date)
  interest --as-of ÅÅÅÅ-MM-DD [--format table|json]
                                        dröjsmålsränta och förseningsersättning per förfallen faktura
  interest --as-of ÅÅÅÅ-MM-DD --post [--format table|json]
                                        bokför dem som debetnotor där policyn anger det
  strategies run --as-of ÅÅÅÅ-MM-DD [--format table|json]
                                        skapa de kravåtgärder som står på tur (brev, uppgifter, spärrar)
  policy set-terms NAMN VILLKOR         en kreditpolicys delbetalningsvillkor (&quot;30/60/90&quot;;
                                        &quot;none&quot; tar bort dem)
  backup --out FILE2                    en konsistent kopia av boken
  statements --as-of ÅÅÅÅ-MM-DD --out DIR
                                        ett kontoutdrag (PDF) per kund som ska ha ett
  letters --as-of ÅÅÅÅ-MM-DD --out DIR  framställ de påminnelser och inkassokrav som står på tur (PDF)
  plan-agreement --plan ID --out FILE.pdf
                                        avtalet om en avbetalningsplan (PDF)
  report NAME --as-of ÅÅÅÅ-MM-DD [--customer CODE] --format csv|xlsx|pdf --out FILE
                                        aging-summary, aging-detail, statement, collector-performance,
                                        promises, disputes, complaints, write-offs
  copy --to FILE|postgresql://USER@HOST:PORT/DB
                                        hela boken till en ny (SQLite eller PostgreSQL)
  users list|add LOGIN --name N --role R|deactivate LOGIN|set-password LOGIN|one-time-code LOGIN
                                        personalens användare (set-password läser ARDESK_NEW_PASSWORD)
  verify                                kontrollera hashkedjorna och reskontrareglerna

Slutkoder: 0 lyckat, 1 data- eller körfel, 2 användningsfel, 3 inte tillåtet.
Detaljer: docs/cli.md
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ardesk: accounts receivable on the desktop.</source>
        <translation>ardesk: kundreskontra på skrivbordet.</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de, fr, sv, cs.</source>
        <translation>Användargränssnittets språk, t.ex. de, fr, sv, cs.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Write pictures of the main views to FOLDER.</source>
        <translation>Skriv bilder av huvudvyerna till MAPP.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>The book to open (*.ardesk).</source>
        <translation>Boken som ska öppnas (*.ardesk).</translation>
    </message>
    <message>
        <source>[book]</source>
        <translation>[bok]</translation>
    </message>
    <message>
        <source>--screenshots needs exactly one book</source>
        <translation>--screenshots kräver exakt en bok</translation>
    </message>
    <message>
        <source>give at most one book</source>
        <translation>ange högst en bok</translation>
    </message>
</context>
</TS>
