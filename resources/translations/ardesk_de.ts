<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>text: is empty</source>
        <translation>text: ist leer</translation>
    </message>
    <message>
        <source>note %1 does not exist</source>
        <translation>Notiz %1 existiert nicht</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: ist leer</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation>email: „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation>timezone: „%1“ ist keine IANA-Zeitzone</translation>
    </message>
    <message>
        <source>contact person %1 does not exist or was deactivated</source>
        <translation>Ansprechpartner %1 existiert nicht oder wurde deaktiviert</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Customer added</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Kunde geändert</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation>Notiz angeheftet</translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation>Notiz gelöst</translation>
    </message>
    <message>
        <source>Contact person added</source>
        <translation>Ansprechpartner hinzugefügt</translation>
    </message>
    <message>
        <source>Invoice posted</source>
        <translation>Rechnung gebucht</translation>
    </message>
    <message>
        <source>Credit note posted</source>
        <translation>Gutschrift gebucht</translation>
    </message>
    <message>
        <source>Credit note reversed</source>
        <translation>Gutschrift storniert</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Zahlung eingegangen</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <source>Applied to an invoice</source>
        <translation>Einer Rechnung zugeordnet</translation>
    </message>
    <message>
        <source>Application reversed</source>
        <translation>Zuordnung storniert</translation>
    </message>
    <message>
        <source>e.g. check returned unpaid</source>
        <translation>z. B. Scheck nicht eingelöst</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <source>Apply to open items</source>
        <translation>Offenen Posten zuordnen</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Ä&amp;lteste zuerst zuordnen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Available %1 · applying %2</source>
        <translation>Verfügbar %1 · zugeordnet %2</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>New invoice for %1</source>
        <translation>Neue Rechnung für %1</translation>
    </message>
    <message>
        <source>New credit note for %1</source>
        <translation>Neue Gutschrift für %1</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>B&amp;uchen</translation>
    </message>
    <message>
        <source>amount: type an amount greater than zero</source>
        <translation>amount: geben Sie einen Betrag größer als null ein</translation>
    </message>
    <message>
        <source>Contact person changed</source>
        <translation>Ansprechpartner geändert</translation>
    </message>
    <message>
        <source>Contact person deactivated</source>
        <translation>Ansprechpartner deaktiviert</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Kontakt erfasst</translation>
    </message>
    <message>
        <source>Contact logged with a supervisor&apos;s override</source>
        <translation>Kontakt mit Freigabe der Teamleitung erfasst</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Beschwerde erfasst</translation>
    </message>
    <message>
        <source>Promise to pay taken</source>
        <translation>Zahlungszusage aufgenommen</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Reklamation eröffnet</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>Reklamation erledigt</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>An die Teamleitung eskaliert</translation>
    </message>
    <message>
        <source>Taken over by the supervisor</source>
        <translation>Von der Teamleitung übernommen</translation>
    </message>
    <message>
        <source>Returned to the collector with instructions</source>
        <translation>Mit Anweisungen an den Forderungsmanager zurückgegeben</translation>
    </message>
    <message>
        <source>Reassigned to another collector</source>
        <translation>Einem anderen Forderungsmanager zugewiesen</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Eskalation erledigt</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Aufgabe hinzugefügt</translation>
    </message>
    <message>
        <source>Assigned to a collector</source>
        <translation>Einem Forderungsmanager zugewiesen</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brief versendet</translation>
    </message>
    <message>
        <source>Letter sent again</source>
        <translation>Brief erneut versendet</translation>
    </message>
    <message>
        <source>Statement sent</source>
        <translation>Kontoübersicht versendet</translation>
    </message>
    <message>
        <source>Statement sent again</source>
        <translation>Kontoübersicht erneut versendet</translation>
    </message>
    <message>
        <source>Credit policy assigned</source>
        <translation>Kreditrichtlinie zugewiesen</translation>
    </message>
    <message>
        <source>Put on credit hold</source>
        <translation>Kreditsperre gesetzt</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Kreditsperre aufgehoben</translation>
    </message>
    <message>
        <source>Credit review recorded</source>
        <translation>Kreditprüfung erfasst</translation>
    </message>
    <message>
        <source>Payment plan agreed</source>
        <translation>Ratenplan vereinbart</translation>
    </message>
    <message>
        <source>Payment plan defaulted</source>
        <translation>Ratenplan notleidend</translation>
    </message>
    <message>
        <source>Payment plan completed</source>
        <translation>Ratenplan abgeschlossen</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Ausbuchung beantragt</translation>
    </message>
    <message>
        <source>Write-off approved and posted</source>
        <translation>Ausbuchung genehmigt und gebucht</translation>
    </message>
    <message>
        <source>Write-off request rejected</source>
        <translation>Ausbuchungsantrag abgelehnt</translation>
    </message>
    <message>
        <source>Payment plan agreement printed</source>
        <translation>Ratenplanvereinbarung gedruckt</translation>
    </message>
    <message>
        <source>Payment plan agreement printed again</source>
        <translation>Ratenplanvereinbarung erneut gedruckt</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>View customers</source>
        <translation>Kunden ansehen</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>Post payments</source>
        <translation>Zahlungen buchen</translation>
    </message>
    <message>
        <source>Reverse payments</source>
        <translation>Zahlungen stornieren</translation>
    </message>
    <message>
        <source>Post invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften buchen</translation>
    </message>
    <message>
        <source>Log contacts</source>
        <translation>Kontakte erfassen</translation>
    </message>
    <message>
        <source>Take promises to pay</source>
        <translation>Zahlungszusagen aufnehmen</translation>
    </message>
    <message>
        <source>Open and resolve disputes</source>
        <translation>Reklamationen eröffnen und abschließen</translation>
    </message>
    <message>
        <source>Escalate accounts</source>
        <translation>Konten eskalieren</translation>
    </message>
    <message>
        <source>Approve write-offs</source>
        <translation>Ausbuchungen genehmigen</translation>
    </message>
    <message>
        <source>Edit credit policies</source>
        <translation>Kreditrichtlinien bearbeiten</translation>
    </message>
    <message>
        <source>Release credit holds</source>
        <translation>Kreditsperren aufheben</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Änderungsprotokoll ansehen</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>no bucket edges given</source>
        <translation>keine Laufzeitbandgrenzen angegeben</translation>
    </message>
    <message>
        <source>at most 20 bucket edges</source>
        <translation>höchstens 20 Laufzeitbandgrenzen</translation>
    </message>
    <message>
        <source>bucket edges must be positive and increasing (got %1 after %2)</source>
        <translation>Laufzeitbandgrenzen müssen positiv und aufsteigend sein (%1 nach %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen</translation>
    </message>
</context>
<context>
    <name>AgingSnapshotService</name>
    <message>
        <source>snapshot: not a valid date</source>
        <translation>Momentaufnahme: kein gültiges Datum</translation>
    </message>
    <message>
        <source>snapshot: the book is open read-only</source>
        <translation>Momentaufnahme: der Mandant ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>no aging snapshot %1</source>
        <translation>keine Momentaufnahme der Altersstruktur %1</translation>
    </message>
    <message>
        <source>roll-forward: no such aging snapshot</source>
        <translation>Entwicklung: keine solche Momentaufnahme der Altersstruktur</translation>
    </message>
    <message>
        <source>roll-forward: the first snapshot must be the earlier one</source>
        <translation>Entwicklung: die erste Momentaufnahme muss die frühere sein</translation>
    </message>
    <message>
        <source>roll-forward: the two snapshots have different basis or buckets</source>
        <translation>Entwicklung: die beiden Momentaufnahmen haben unterschiedliche Basis oder Laufzeitbänder</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>write-off request %1 does not exist</source>
        <translation>Ausbuchungsantrag %1 existiert nicht</translation>
    </message>
    <message>
        <source>reason: a write-off request needs a reason</source>
        <translation>reason: ein Ausbuchungsantrag braucht einen Grund</translation>
    </message>
    <message>
        <source>amount: must be greater than zero</source>
        <translation>amount: muss größer als null sein</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>Rechnung %1 existiert nicht</translation>
    </message>
    <message>
        <source>amount: invoice %1 has only %2 open</source>
        <translation>amount: Rechnung %1 hat nur %2 offen</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date: ist kein Datum</translation>
    </message>
    <message>
        <source>%1 may not approve their own write-off request</source>
        <translation>%1 darf den eigenen Ausbuchungsantrag nicht genehmigen</translation>
    </message>
    <message>
        <source>%1 (%2) may not approve a write-off of %3 %4: above the role&apos;s approval limit</source>
        <translation>%1 (%2) darf keine Ausbuchung von %3 %4 genehmigen: über dem Genehmigungslimit der Rolle</translation>
    </message>
    <message>
        <source>note: a rejection needs a reason for the collector</source>
        <translation>note: eine Ablehnung braucht eine Begründung für den Forderungsmanager</translation>
    </message>
    <message>
        <source>write-off of %1 rejected: %2</source>
        <translation>Ausbuchung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role</source>
        <translation>role: „%1“ ist keine Rolle</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>max_amount: must not be negative</source>
        <translation>max_amount: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>write-off request %1 is already approved</source>
        <translation>Ausbuchungsantrag %1 ist bereits genehmigt</translation>
    </message>
    <message>
        <source>write-off request %1 is already rejected</source>
        <translation>Ausbuchungsantrag %1 ist bereits abgelehnt</translation>
    </message>
    <message>
        <source>write-off request %1 is already decided</source>
        <translation>Ausbuchungsantrag %1 ist bereits entschieden</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>ein Passwort braucht mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>a password may have at most 1024 characters</source>
        <translation>ein Passwort darf höchstens 1024 Zeichen haben</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht starten</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>nicht genug Speicher, um das Passwort zu hashen</translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation>unbekannter Benutzer oder falsches Passwort</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>Benutzer %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>der Anmeldename „%1“ darf nur Buchstaben, Ziffern und . _ @ - enthalten</translation>
    </message>
    <message>
        <source>this book already has an administrator</source>
        <translation>dieser Mandant hat bereits einen Administrator</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: ist leer</translation>
    </message>
    <message>
        <source>user %1 already exists</source>
        <translation>Benutzer %1 existiert bereits</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>kein Benutzer %1</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>Sie können sich nicht selbst deaktivieren</translation>
    </message>
    <message>
        <source>%1 is the last administrator</source>
        <translation>%1 ist der letzte Administrator</translation>
    </message>
    <message>
        <source>an administrator keeps every permission</source>
        <translation>ein Administrator behält alle Berechtigungen</translation>
    </message>
    <message>
        <source>the local owner of an unprotected book has no password</source>
        <translation>der lokale Eigentümer eines ungeschützten Mandanten hat kein Passwort</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>das aktuelle Passwort ist falsch</translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts: user %1 may try again in %n second(s)</source>
        <translation>
            <numerusform>zu viele Fehlversuche: Benutzer %1 kann es in %n Sekunde erneut versuchen</numerusform>
            <numerusform>zu viele Fehlversuche: Benutzer %1 kann es in %n Sekunden erneut versuchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>the work stopped on an unexpected error</source>
        <translation>die Verarbeitung wurde durch einen unerwarteten Fehler abgebrochen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BankFile</name>
    <message>
        <source>mapping: not JSON: %1 at offset %2</source>
        <translation>Mapping: kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>mapping: not a JSON object</source>
        <translation>Mapping: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>mapping: unknown key &apos;%1&apos;</source>
        <translation>Mapping: unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>mapping: %1: must be a string</source>
        <translation>Mapping: %1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>mapping: columns: must be an object</source>
        <translation>Mapping: columns: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>mapping: columns: unknown key &apos;%1&apos;</source>
        <translation>Mapping: columns: unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>mapping: columns: %1: must be a string</source>
        <translation>Mapping: columns: %1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>mapping: columns: date and amount are required</source>
        <translation>Mapping: columns: date und amount sind Pflicht</translation>
    </message>
    <message>
        <source>mapping: needs columns.currency or a fixed &quot;currency&quot; (amounts without currency)</source>
        <translation>Mapping: braucht columns.currency oder eine feste &quot;currency&quot; (Beträge ohne Währung)</translation>
    </message>
    <message>
        <source>mapping: currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>Mapping: currency: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>mapping: date_format: must not be empty</source>
        <translation>Mapping: date_format: darf nicht leer sein</translation>
    </message>
    <message>
        <source>mapping: decimal: must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>Mapping: decimal: muss &quot;.&quot; oder &quot;,&quot; sein</translation>
    </message>
    <message>
        <source>mapping: thousands: must be empty or one of . , &apos; and space, other than decimal</source>
        <translation>Mapping: thousands: muss leer oder eines von . , &apos; und Leerzeichen sein, aber nicht gleich decimal</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>no such column in the header</source>
        <translation>keine solche Spalte in der Kopfzeile</translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation>Spalte kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2</source>
        <translation>„%1“ ist kein Datum im Format %2</translation>
    </message>
    <message>
        <source>amount %1 without currency</source>
        <translation>Betrag %1 ohne Währung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation>„%1“ ist kein Betrag in %2</translation>
    </message>
    <message>
        <source>entry reference %1 is used twice in the file</source>
        <translation>die Buchungsreferenz %1 kommt in der Datei zweimal vor</translation>
    </message>
    <message>
        <source>entry without Amt</source>
        <translation>Buchung ohne Amt</translation>
    </message>
    <message>
        <source>entry without CdtDbtInd</source>
        <translation>Buchung ohne CdtDbtInd</translation>
    </message>
    <message>
        <source>entry without booking date (BookgDt)</source>
        <translation>Buchung ohne Buchungsdatum (BookgDt)</translation>
    </message>
    <message>
        <source>entry without a reference (AcctSvcrRef, NtryRef or EndToEndId)</source>
        <translation>Buchung ohne Referenz (AcctSvcrRef, NtryRef oder EndToEndId)</translation>
    </message>
    <message>
        <source>not a camt.053 document (root element %1)</source>
        <translation>kein camt.053-Dokument (Wurzelelement %1)</translation>
    </message>
    <message>
        <source>namespace &apos;%1&apos; is not camt.053 (expected urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .13)</source>
        <translation>der Namespace „%1“ ist nicht camt.053 (erwartet urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 bis .13)</translation>
    </message>
    <message>
        <source>amount %1 without currency (Ccy attribute)</source>
        <translation>Betrag %1 ohne Währung (Attribut Ccy)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount in %2</source>
        <translation>„%1“ ist kein positiver Betrag in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither CRDT nor DBIT</source>
        <translation>„%1“ ist weder CRDT noch DBIT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the file ends too early (truncated XML): %1</source>
        <translation>die Datei endet zu früh (abgeschnittenes XML): %1</translation>
    </message>
    <message>
        <source>no XML document in the file</source>
        <translation>kein XML-Dokument in der Datei</translation>
    </message>
    <message>
        <source>no statement (Stmt/Id) in the file</source>
        <translation>kein Kontoauszug (Stmt/Id) in der Datei</translation>
    </message>
    <message>
        <source>mapping: delimiter: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;|&quot;</source>
        <translation>mapping: delimiter: muss &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; oder &quot;|&quot; sein</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a CSV bank file needs a mapping (--mapping NAME or FILE.json)</source>
        <translation>eine CSV-Bankdatei braucht ein Mapping (--mapping NAME oder DATEI.json)</translation>
    </message>
    <message>
        <source>no bank mapping named &apos;%1&apos; in the book</source>
        <translation>kein Bank-Mapping namens „%1“ im Mandanten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>an earlier entry of this file already pays these invoices</source>
        <translation>eine frühere Buchung dieser Datei bezahlt diese Rechnungen bereits</translation>
    </message>
    <message>
        <source>%1 was refused; nothing can be posted from it</source>
        <translation>%1 wurde abgelehnt; daraus kann nichts gebucht werden</translation>
    </message>
    <message>
        <source>no entry %1 in the review</source>
        <translation>keine Buchung %1 in der Prüfung</translation>
    </message>
    <message>
        <source>entry %1 is not an incoming payment</source>
        <translation>Buchung %1 ist kein Zahlungseingang</translation>
    </message>
    <message>
        <source>no customer for entry %1</source>
        <translation>kein Kunde für Buchung %1</translation>
    </message>
    <message>
        <source>the credit is in %1, customer %2 in %3</source>
        <translation>der Zahlungseingang ist in %1, Kunde %2 in %3</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>eine Zuordnung muss größer als null sein</translation>
    </message>
    <message>
        <source>applied %1 is more than the credit %2</source>
        <translation>zugeordnet %1 ist mehr als der Eingang %2</translation>
    </message>
    <message>
        <source>invoice %1 is not an invoice of customer %2 in %3</source>
        <translation>Rechnung %1 ist keine Rechnung von Kunde %2 in %3</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open on %3; nothing was posted</source>
        <translation>Rechnung %1 hat am %3 nur %2 offen; es wurde nichts gebucht</translation>
    </message>
    <message>
        <source>a bank mapping needs a name</source>
        <translation>ein Bank-Mapping braucht einen Namen</translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation>das Konto ist leer</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>kein Kunde %1</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>unapplied cash</source>
        <translation>nicht zugeordnete Zahlung</translation>
    </message>
    <message>
        <source>%1 and %2 unapplied</source>
        <translation>%1 und %2 nicht zugeordnet</translation>
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
        <translation>die Gläubigerreferenz %1 hat eine falsche Prüfziffer und wurde ignoriert</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the credit in %3</source>
        <translation>Rechnung %1 ist in %2, der Eingang in %3</translation>
    </message>
    <message>
        <source>the payment reference names invoice %1</source>
        <translation>die Zahlungsreferenz nennt Rechnung %1</translation>
    </message>
    <message>
        <source>the remittance text names invoice %1</source>
        <translation>der Verwendungszweck nennt Rechnung %1</translation>
    </message>
    <message>
        <source>already paid: nothing is open on %1</source>
        <translation>bereits bezahlt: auf %1 ist nichts offen</translation>
    </message>
    <message>
        <source>the reference belongs to customer %1, but the debtor account %2 to customer %3</source>
        <translation>die Referenz gehört zu Kunde %1, das Zahlerkonto %2 aber zu Kunde %3</translation>
    </message>
    <message>
        <source>the remittance names invoices of several customers</source>
        <translation>der Verwendungszweck nennt Rechnungen mehrerer Kunden</translation>
    </message>
    <message>
        <source>the debtor account %1 is registered to the customer</source>
        <translation>das Zahlerkonto %1 ist für den Kunden hinterlegt</translation>
    </message>
    <message>
        <source>the debtor account %1 paid this customer before</source>
        <translation>das Zahlerkonto %1 hat für diesen Kunden schon früher gezahlt</translation>
    </message>
    <message>
        <source>the debtor name &apos;%1&apos; is the customer&apos;s name</source>
        <translation>der Zahlername „%1“ ist der Name des Kunden</translation>
    </message>
    <message>
        <source>only the amount: it equals the open amount of %1 of customer %2</source>
        <translation>nur der Betrag: er entspricht dem offenen Betrag von %1 des Kunden %2</translation>
    </message>
    <message>
        <source>the amount equals the open amount</source>
        <translation>der Betrag entspricht dem offenen Betrag</translation>
    </message>
    <message>
        <source>short payment: %1 less than the open %2</source>
        <translation>Minderzahlung: %1 weniger als die offenen %2</translation>
    </message>
    <message>
        <source>overpayment: %1 stays unapplied</source>
        <translation>Überzahlung: %1 bleibt nicht zugeordnet</translation>
    </message>
    <message>
        <source>the debtor account is the customer&apos;s</source>
        <translation>das Konto des Zahlers gehört dem Kunden</translation>
    </message>
    <message>
        <source>the amount equals the open amount of %1</source>
        <translation>der Betrag entspricht dem offenen Betrag von %1</translation>
    </message>
    <message numerus="yes">
        <source>it is the oldest of %n open items of this amount</source>
        <translation>
            <numerusform>es ist der älteste von %n offenen Posten mit diesem Betrag</numerusform>
            <numerusform>es ist der älteste von %n offenen Posten mit diesem Betrag</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount equals the open amounts of %1 together</source>
        <translation>der Betrag entspricht den offenen Beträgen von %1 zusammen</translation>
    </message>
    <message>
        <source>another combination fits too</source>
        <translation>eine andere Kombination passt ebenfalls</translation>
    </message>
    <message>
        <source>no open item or combination matches the amount: unapplied cash</source>
        <translation>kein offener Posten und keine Kombination passt zum Betrag: nicht zugeordnete Zahlung</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>book %1 does not exist (create it with init)</source>
        <translation>Mandant %1 existiert nicht (legen Sie ihn mit init an)</translation>
    </message>
    <message>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation>%1 existiert bereits; es wird nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot create %1: folder not writable</source>
        <translation>%1 kann nicht angelegt werden: Ordner nicht beschreibbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a book URL (postgresql://USER@HOST:PORT/DBNAME)</source>
        <translation>„%1“ ist keine Mandanten-URL (postgresql://USER@HOST:PORT/DBNAME)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer ardesk (schema %2; this version reads up to %3). Upgrade ardesk to open it.</source>
        <translation>%1 wurde von einer neueren ardesk-Version geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie ardesk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is not an ardesk book</source>
        <translation>%1 ist kein ardesk-Mandant</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2 to %3 but is read-only</source>
        <translation>%1 braucht ein Upgrade von Schema %2 auf %3, ist aber schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot prepare [%1]: %2</source>
        <translation>[%1] kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>nested transaction</source>
        <translation>verschachtelte Transaktion</translation>
    </message>
    <message>
        <source>%1 holds no ardesk book (create it with init)</source>
        <translation>%1 enthält keinen ardesk-Mandanten (mit init anlegen)</translation>
    </message>
    <message>
        <source>%1 already holds a book; refusing to overwrite it</source>
        <translation>%1 enthält bereits einen Mandanten; er wird nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 gesichert werden: %3</translation>
    </message>
</context>
<context>
    <name>BookCopy</name>
    <message>
        <source>the books have different schema versions (%1 and %2)</source>
        <translation>die Mandanten haben unterschiedliche Schemaversionen (%1 und %2)</translation>
    </message>
    <message>
        <source>%1 is not empty; copy only into a new book</source>
        <translation>%1 ist nicht leer; kopieren Sie nur in einen neuen Mandanten</translation>
    </message>
    <message>
        <source>%1 has a table ardesk does not know: %2</source>
        <translation>%1 enthält eine Tabelle, die ardesk nicht kennt: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>BookService</name>
    <message>
        <source>this book is protected: sign in as a user</source>
        <translation>dieser Mandant ist geschützt: melden Sie sich als Benutzer an</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>das Stichtagsdatum ist ungültig</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move %1 aside; is it still open?</source>
        <translation>%1 kann nicht umbenannt werden; ist die Datei noch geöffnet?</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
</context>
<context>
    <name>BookWatcher</name>
    <message>
        <source>cannot listen for changes of %1: %2</source>
        <translation>Änderungen an %1 können nicht überwacht werden: %2</translation>
    </message>
</context>
<context>
    <name>BrowseService</name>
    <message>
        <source>the row window is negative</source>
        <translation>das Zeilenfenster ist negativ</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>das Stichtagsdatum ist ungültig</translation>
    </message>
</context>
<context>
    <name>CashForecastService</name>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>Zahlungszusagen können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>forecast: not a valid date</source>
        <translation>Prognose: kein gültiges Datum</translation>
    </message>
    <message>
        <source>forecast: from 0 to %1 past weeks</source>
        <translation>Prognose: 0 bis %1 vergangene Wochen</translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>das Stichtagsdatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>unbekannter Benutzer %1</translation>
    </message>
    <message>
        <source>%1 may see only their own queue, not the one of %2</source>
        <translation>%1 darf nur den eigenen Arbeitsvorrat sehen, nicht den von %2</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees every queue</source>
        <translation>nur Teamleitung, Leitung oder Administration sieht jeden Arbeitsvorrat</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>unbekannte Aufgabe %1</translation>
    </message>
    <message>
        <source>task %1 is already %2</source>
        <translation>Aufgabe %1 hat bereits den Status %2</translation>
    </message>
    <message>
        <source>task %1 is in the queue of another user</source>
        <translation>Aufgabe %1 liegt im Arbeitsvorrat eines anderen Benutzers</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>unbekannte Kunden-ID %1</translation>
    </message>
    <message>
        <source>this item was already recorded (%1)</source>
        <translation>dieser Vorgang wurde bereits erfasst (%1)</translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation>das Fälligkeitsdatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task kind (call, promise_follow_up, dispute_follow_up, review, escalation)</source>
        <translation>„%1“ ist keine Aufgabenart (call, promise_follow_up, dispute_follow_up, review, escalation)</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>unbekannter oder inaktiver Benutzer %1</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin assigns portfolios</source>
        <translation>nur Teamleitung, Leitung oder Administration weist Portfolios zu</translation>
    </message>
    <message>
        <source>give customer codes or a rule (region, language, balance band)</source>
        <translation>geben Sie Kundennummern oder eine Regel an (Region, Sprache, Saldoband)</translation>
    </message>
    <message>
        <source>a balance band needs its currency</source>
        <translation>ein Saldoband braucht seine Währung</translation>
    </message>
    <message>
        <source>the balance band&apos;s minimum is above its maximum</source>
        <translation>das Minimum des Saldobands liegt über seinem Maximum</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>Benutzer %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 hat die Rolle %2, nicht Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>grace days must be between 0 and 365 (got %1)</source>
        <translation>Karenztage müssen zwischen 0 und 365 liegen (%1 angegeben)</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>das Kontaktfenster muss beginnen, bevor es endet</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Call out</source>
        <translation>Anruf (ausgehend)</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>Anruf (eingehend)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation>Richtige Person erreicht</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritte Person</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Nachricht auf Mailbox</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Zahlung verweigert</translation>
    </message>
    <message>
        <source>Dispute raised</source>
        <translation>Reklamation erhoben</translation>
    </message>
    <message>
        <source>Promise taken</source>
        <translation>Zusage erhalten</translation>
    </message>
    <message>
        <source>Payment plan requested</source>
        <translation>Ratenplan gewünscht</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
    <message>
        <source>Duplicate billing</source>
        <translation>Doppelt berechnet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>the time of the call is not valid</source>
        <translation>die Uhrzeit des Anrufs ist ungültig</translation>
    </message>
    <message>
        <source>earlier call attempt %1 has no valid time</source>
        <translation>früherer Anrufversuch %1 hat keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>das Kontaktfenster muss beginnen, bevor es endet</translation>
    </message>
    <message>
        <source>the call-attempt cap needs at least 1 attempt in at least 1 day</source>
        <translation>die Obergrenze für Anrufversuche braucht mindestens 1 Versuch in mindestens 1 Tag</translation>
    </message>
    <message>
        <source>the days of silence after a conversation must not be negative</source>
        <translation>die Tage Funkstille nach einem Gespräch dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>Cease communication: the customer has asked that all communication stop. Do not call.</source>
        <translation>Kommunikationsstopp: Der Kunde hat verlangt, jede Kommunikation einzustellen. Nicht anrufen.</translation>
    </message>
    <message>
        <source>Attorney representation: the customer is represented by an attorney. Contact the attorney, not the customer.</source>
        <translation>Anwaltliche Vertretung: Der Kunde wird von einem Anwalt vertreten. Wenden Sie sich an den Anwalt, nicht an den Kunden.</translation>
    </message>
    <message>
        <source>Do not call: the customer is flagged do-not-call.</source>
        <translation>Nicht anrufen: Der Kunde ist mit Anrufsperre gekennzeichnet.</translation>
    </message>
    <message>
        <source>No calls at work: the customer has refused calls at the place of work.</source>
        <translation>Keine Anrufe am Arbeitsplatz: Der Kunde hat Anrufe am Arbeitsplatz abgelehnt.</translation>
    </message>
    <message>
        <source>Contact window: the customer&apos;s time zone (%1) is not known, so the local time cannot be checked. Set the customer&apos;s time zone first.</source>
        <translation>Kontaktfenster: Die Zeitzone des Kunden (%1) ist unbekannt, daher kann die Ortszeit nicht geprüft werden. Hinterlegen Sie zuerst die Zeitzone des Kunden.</translation>
    </message>
    <message>
        <source>Contact window: it is %1 in %2; calls are allowed from %3 to %4 the customer&apos;s local time.</source>
        <translation>Kontaktfenster: In %2 ist es %1; Anrufe sind von %3 bis %4 Ortszeit des Kunden erlaubt.</translation>
    </message>
    <message>
        <source>Consumer rule: no call for %1 days after a conversation, the conversation day being day 1. Conversation on %2; calls allowed again from %3.</source>
        <translation>Verbraucherregel: kein Anruf für %1 Tage nach einem Gespräch, wobei der Gesprächstag Tag 1 ist. Gespräch am %2; Anrufe wieder erlaubt ab %3.</translation>
    </message>
    <message>
        <source>Consumer rule: at most %1 call attempts in %2 consecutive days per debt. %3 attempts from %4 to %5; calls allowed again from %6.</source>
        <translation>Verbraucherregel: höchstens %1 Anrufversuche in %2 aufeinanderfolgenden Tagen je Forderung. %3 Versuche vom %4 bis %5; Anrufe wieder erlaubt ab %6.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>the time of the contact is not valid</source>
        <translation>die Uhrzeit des Kontakts ist ungültig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation>„%1“ ist kein Kanal (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an outcome (%2)</source>
        <translation>„%1“ ist kein Ergebnis (%2)</translation>
    </message>
    <message>
        <source>the duration must not be negative</source>
        <translation>die Dauer darf nicht negativ sein</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2</source>
        <translation>Anruf bei %1 gesperrt: %2</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2; only a supervisor can override it</source>
        <translation>Anruf bei %1 gesperrt: %2; nur die Teamleitung kann das übergehen</translation>
    </message>
    <message>
        <source>task %1 is not a task of %2</source>
        <translation>Aufgabe %1 ist keine Aufgabe von %2</translation>
    </message>
    <message>
        <source>the day the complaint was received is not a valid date</source>
        <translation>der Eingangstag der Beschwerde ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complaint channel (letter, email, call)</source>
        <translation>„%1“ ist kein Beschwerdekanal (letter, email, call)</translation>
    </message>
    <message>
        <source>a complaint needs a category</source>
        <translation>eine Beschwerde braucht eine Kategorie</translation>
    </message>
    <message>
        <source>satisfaction is a score from 1 to 5 (got %1)</source>
        <translation>Zufriedenheit ist eine Note von 1 bis 5 (%1 angegeben)</translation>
    </message>
    <message>
        <source>the complaint cannot be resolved before it was received</source>
        <translation>die Beschwerde kann nicht vor ihrem Eingang erledigt werden</translation>
    </message>
</context>
<context>
    <name>CreditHold</name>
    <message>
        <source>over the credit limit (balance %1, limit %2)</source>
        <translation>über dem Kreditlimit (Saldo %1, Limit %2)</translation>
    </message>
    <message numerus="yes">
        <source>oldest item %n day(s) past due</source>
        <translation>
            <numerusform>ältester Posten %n Tag überfällig</numerusform>
            <numerusform>ältester Posten %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue amount %1</source>
        <translation>überfälliger Betrag %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n gebrochene Zahlungszusage</numerusform>
            <numerusform>%n gebrochene Zahlungszusagen</numerusform>
        </translation>
    </message>
    <message>
        <source>set by the collection strategy</source>
        <translation>durch die Mahnstrategie gesetzt</translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: ist leer</translation>
    </message>
    <message>
        <source>terms: days and percentages must not be negative</source>
        <translation>terms: Tage und Prozentsätze dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>discount_days: the discount period cannot be longer than the terms</source>
        <translation>discount_days: die Skontofrist darf nicht länger als das Zahlungsziel sein</translation>
    </message>
    <message>
        <source>a policy named %1 already exists</source>
        <translation>eine Kreditrichtlinie namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>policy %1 does not exist</source>
        <translation>Kreditrichtlinie %1 existiert nicht</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>kein Stichtag angegeben</translation>
    </message>
    <message>
        <source>reason: releasing a hold needs a reason</source>
        <translation>reason: die Aufhebung einer Sperre braucht einen Grund</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date: ist kein Datum</translation>
    </message>
    <message>
        <source>customer %1 is not on hold</source>
        <translation>Kunde %1 ist nicht gesperrt</translation>
    </message>
    <message>
        <source>date: the hold was set on %1</source>
        <translation>date: die Sperre wurde am %1 gesetzt</translation>
    </message>
    <message>
        <source>new_limit: a raise needs a limit above the current one</source>
        <translation>new_limit: eine Erhöhung braucht ein Limit über dem aktuellen</translation>
    </message>
    <message>
        <source>new_limit: lowering needs a limit below the current one</source>
        <translation>new_limit: eine Senkung braucht ein Limit unter dem aktuellen</translation>
    </message>
    <message>
        <source>new_class: &apos;%1&apos; is not a new risk class A to E</source>
        <translation>new_class: „%1“ ist keine neue Risikoklasse von A bis E</translation>
    </message>
    <message>
        <source>temporary_limit: a temporary increase needs a limit above the current one</source>
        <translation>temporary_limit: eine befristete Erhöhung braucht ein Limit über dem aktuellen</translation>
    </message>
    <message>
        <source>temporary_until: the expiry must be after the review date</source>
        <translation>temporary_until: das Ablaufdatum muss nach dem Datum der Kreditprüfung liegen</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 100000</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 100000</translation>
    </message>
    <message>
        <source>a row needs a score or a rating</source>
        <translation>eine Zeile braucht einen Score oder ein Rating</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a second score of %1 by %2 on %3 in this file</source>
        <translation>ein zweiter Score für %1 von %2 am %3 in dieser Datei</translation>
    </message>
    <message>
        <source>credit review: %1 score fell from %2 to %3</source>
        <translation>Kreditprüfung: %1-Score von %2 auf %3 gefallen</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>Rechnung %1 existiert nicht</translation>
    </message>
    <message>
        <source>risk_class: must be empty or one of A to E</source>
        <translation>risk_class: muss leer oder eine von A bis E sein</translation>
    </message>
    <message>
        <source>terms_days: at most 3650 days</source>
        <translation>terms_days: höchstens 3650 Tage</translation>
    </message>
    <message>
        <source>discount_days: a discount needs a discount period of at least one day</source>
        <translation>discount_days: Skonto braucht eine Skontofrist von mindestens einem Tag</translation>
    </message>
    <message>
        <source>credit_limit: must not be negative</source>
        <translation>credit_limit: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>review_interval_days: between 1 and 3650 days</source>
        <translation>review_interval_days: zwischen 1 und 3650 Tagen</translation>
    </message>
    <message>
        <source>hold_days_past_due: between 0 and 3650 days</source>
        <translation>hold_days_past_due: zwischen 0 und 3650 Tagen</translation>
    </message>
    <message>
        <source>hold_overdue_amount: must not be negative</source>
        <translation>hold_overdue_amount: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>hold_broken_promises: at least 1 promise</source>
        <translation>hold_broken_promises: mindestens 1 Zahlungszusage</translation>
    </message>
    <message>
        <source>hold_broken_window_days: between 1 and 3650 days</source>
        <translation>hold_broken_window_days: zwischen 1 und 3650 Tagen</translation>
    </message>
    <message>
        <source>hold_broken_window_days: set the number of broken promises too</source>
        <translation>hold_broken_window_days: legen Sie auch die Anzahl gebrochener Zahlungszusagen fest</translation>
    </message>
    <message>
        <source>interest_margin: between -100 and 100 points</source>
        <translation>interest_margin: zwischen -100 und 100 Prozentpunkten</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees: Pauschale und Gebührenobergrenzen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed with a compensation or fee cap</source>
        <translation>fee_currency: bei einer Pauschale oder Gebührenobergrenze ist ein dreistelliger Währungscode nötig</translation>
    </message>
    <message>
        <source>strategy: strategy %1 does not exist</source>
        <translation>strategy: Mahnstrategie %1 existiert nicht</translation>
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
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>field %1: the quoted field that opens on this line is never closed</source>
        <translation>Feld %1: das Anführungszeichen, das in dieser Zeile ein Feld öffnet, wird nie geschlossen</translation>
    </message>
    <message>
        <source>field %1: a carriage return that is not followed by a line feed outside quotes</source>
        <translation>Feld %1: ein Wagenrücklauf ohne folgenden Zeilenvorschub außerhalb von Anführungszeichen</translation>
    </message>
    <message>
        <source>field %1: a quote inside an unquoted field (enclose the whole field in quotes and double the quotes inside it)</source>
        <translation>Feld %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin)</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by a comma or a line break)</source>
        <translation>Feld %1: Text nach dem schließenden Anführungszeichen (auf ein Feld in Anführungszeichen muss ein Komma oder ein Zeilenumbruch folgen)</translation>
    </message>
    <message>
        <source>field %1: the text is not valid UTF-8</source>
        <translation>Feld %1: der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by the separator %2 or a line break)</source>
        <translation>Feld %1: Text nach dem schließenden Anführungszeichen (auf ein Feld in Anführungszeichen muss das Trennzeichen %2 oder ein Zeilenumbruch folgen)</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>dashboard: not a valid date</source>
        <translation>Übersicht: kein gültiges Datum</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>Zahlungszusagen können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>dashboard trend: a valid date and 1 to 60 months</source>
        <translation>Übersicht, Verlauf: ein gültiges Datum und 1 bis 60 Monate</translation>
    </message>
    <message>
        <source>dashboard collections: a valid date and 1 to 104 weeks</source>
        <translation>Übersicht, Zahlungseingänge: ein gültiges Datum und 1 bis 104 Wochen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the book already has customers; a demo book can only be generated into an empty book</source>
        <translation>der Mandant hat bereits Kunden; ein Demo-Mandant kann nur in einem leeren Mandanten erzeugt werden</translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was written</source>
        <translation>Demo-Erzeugung abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>customers: must be between 1 and %1 (got %2)</source>
        <translation>customers: muss zwischen 1 und %1 liegen (%2 angegeben)</translation>
    </message>
</context>
<context>
    <name>DepositBatchService</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>received_date: is not a date</source>
        <translation>received_date: ist kein Datum</translation>
    </message>
    <message>
        <source>the batch has no checks</source>
        <translation>die Einreichung enthält keine Schecks</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>count: %1 checks keyed, the control count is %2</source>
        <translation>count: %1 Schecks erfasst, die Kontrollanzahl ist %2</translation>
    </message>
    <message>
        <source>total: the checks add up to %1, the control total is %2</source>
        <translation>total: die Schecks ergeben %1, die Kontrollsumme ist %2</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>kein Kunde %1</translation>
    </message>
    <message>
        <source>%1 is billed in %2, the batch is in %3</source>
        <translation>%1 wird in %2 fakturiert, die Einreichung ist in %3</translation>
    </message>
    <message>
        <source>%1 is already posted for %2</source>
        <translation>%1 ist für %2 bereits gebucht</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>keine Rechnung %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>Rechnung %1 gehört zu einem anderen Kunden</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>&apos;%1&apos; is not a dispute reason (%2)</source>
        <translation>„%1“ ist kein Reklamationsgrund (%2)</translation>
    </message>
    <message>
        <source>the day the dispute was opened is not a valid date</source>
        <translation>der Eröffnungstag der Reklamation ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>the dispute&apos;s due date is before the day it was opened</source>
        <translation>das Fälligkeitsdatum der Reklamation liegt vor ihrem Eröffnungstag</translation>
    </message>
    <message>
        <source>the disputed amount must be positive</source>
        <translation>der reklamierte Betrag muss positiv sein</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>unbekannte Rechnung %1</translation>
    </message>
    <message>
        <source>invoice %1 was issued on %2, after the dispute&apos;s date %3</source>
        <translation>Rechnung %1 wurde am %2 ausgestellt, nach dem Datum der Reklamation %3</translation>
    </message>
    <message>
        <source>the disputed amount %1 is more than invoice %2 has open and undisputed (%3 open, %4 already disputed)</source>
        <translation>der reklamierte Betrag %1 ist höher als der offene, nicht reklamierte Betrag von Rechnung %2 (%3 offen, %4 bereits reklamiert)</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>unbekannter oder inaktiver Benutzer %1</translation>
    </message>
    <message>
        <source>the day of the resolution is not a valid date</source>
        <translation>der Tag der Erledigung ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>unknown dispute %1</source>
        <translation>unbekannte Reklamation %1</translation>
    </message>
    <message>
        <source>dispute %1 is already %2</source>
        <translation>Reklamation %1 hat bereits den Status %2</translation>
    </message>
    <message>
        <source>dispute %1 cannot be resolved before it was opened (%2)</source>
        <translation>Reklamation %1 kann nicht vor ihrer Eröffnung erledigt werden (%2)</translation>
    </message>
    <message>
        <source>invoice %1 has nothing open to write off</source>
        <translation>Rechnung %1 hat nichts Offenes zum Ausbuchen</translation>
    </message>
    <message>
        <source>dispute %1 (%2)</source>
        <translation>Reklamation %1 (%2)</translation>
    </message>
    <message>
        <source>unknown credit note %1</source>
        <translation>unbekannte Gutschrift %1</translation>
    </message>
    <message>
        <source>credit note %1 belongs to another customer</source>
        <translation>Gutschrift %1 gehört zu einem anderen Kunden</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: Datei kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>kein Stichtag angegeben</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>kein Stichtag angegeben</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>Brief %1 existiert nicht</translation>
    </message>
    <message>
        <source>only a rendered statement can be recorded as sent</source>
        <translation>nur eine erstellte Kontoübersicht kann als versendet erfasst werden</translation>
    </message>
    <message>
        <source>the letter has no document</source>
        <translation>der Brief hat kein Dokument</translation>
    </message>
    <message>
        <source>unknown letter template &apos;%1&apos; (one of %2)</source>
        <translation>unbekannte Briefvorlage „%1“ (eine von %2)</translation>
    </message>
    <message>
        <source>no letter templates in language &apos;%1&apos; (one of %2)</source>
        <translation>keine Briefvorlagen in der Sprache „%1“ (eine von %2)</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsService</name>
    <message>
        <source>pay-by days: %1 is not between 0 and %2</source>
        <translation>Zahlungsfrist in Tagen: %1 liegt nicht zwischen 0 und %2</translation>
    </message>
    <message>
        <source>sender: longer than %1 characters</source>
        <translation>Absender: länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>payment instructions: longer than %1 characters</source>
        <translation>Zahlungshinweise: länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>payment instructions: no letters in language &apos;%1&apos; (one of %2)</source>
        <translation>Zahlungshinweise: keine Briefe in der Sprache „%1“ (eine von %2)</translation>
    </message>
    <message>
        <source>payment instructions (%1): longer than %2 characters</source>
        <translation>Zahlungshinweise (%1): länger als %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>EscalationQueueWidget</name>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>übernommen</translation>
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
        <translation>eine Eskalation braucht einen Grund</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>unbekannter oder inaktiver Benutzer %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a supervisor</source>
        <translation>%1 hat die Rolle %2, nicht Teamleiter(in)</translation>
    </message>
    <message>
        <source>there is no active supervisor to escalate to</source>
        <translation>es gibt keine aktive Teamleitung, an die eskaliert werden kann</translation>
    </message>
    <message>
        <source>%1 is already escalated to %2 (escalation %3)</source>
        <translation>%1 ist bereits an %2 eskaliert (Eskalation %3)</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin decides on escalations</source>
        <translation>nur Teamleitung, Leitung oder Administration entscheidet über Eskalationen</translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation>unbekannte Eskalation %1</translation>
    </message>
    <message>
        <source>escalation %1 is %2</source>
        <translation>Eskalation %1 hat den Status %2</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>unbekannte Kunden-ID %1</translation>
    </message>
    <message>
        <source>returning an escalation needs instructions</source>
        <translation>eine zurückgegebene Eskalation braucht Anweisungen</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 hat die Rolle %2, nicht Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees the escalation queue</source>
        <translation>nur Teamleitung, Leitung oder Administration sieht die Eskalationsliste</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>unbekannter Benutzer %1</translation>
    </message>
</context>
<context>
    <name>FiguresJob</name>
    <message>
        <source>the figures stopped on an unexpected error</source>
        <translation>die Kennzahlenberechnung wurde durch einen unerwarteten Fehler abgebrochen</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation>negativer Betrag %1</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>die Datei ist leer; eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>Pflichtspalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>Spalte „%1“ kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>duplicate customer code %1 in this file</source>
        <translation>doppelte Kundennummer %1 in dieser Datei</translation>
    </message>
    <message>
        <source>customer %1 already exists in the book</source>
        <translation>Kunde %1 existiert bereits im Mandanten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days between 0 and 3650</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen zwischen 0 und 3650</translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in this file</source>
        <translation>doppelte Rechnungsnummer %1 in dieser Datei</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>liegt vor dem Rechnungsdatum</translation>
    </message>
    <message>
        <source>%1 differs from customer %2&apos;s currency %3</source>
        <translation>%1 weicht von der Währung %3 des Kunden %2 ab</translation>
    </message>
    <message>
        <source>duplicate payment reference %1 for customer %2 in this file</source>
        <translation>doppelte Zahlungsreferenz %1 für Kunde %2 in dieser Datei</translation>
    </message>
    <message>
        <source>payment %1 of customer %2 is already in the book</source>
        <translation>Zahlung %1 von Kunde %2 ist bereits im Mandanten</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>unbekannte Rechnung %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>Rechnung %1 gehört zu einem anderen Kunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>„%1“ darf nur Buchstaben, Ziffern und . _ @ - enthalten</translation>
    </message>
    <message>
        <source>duplicate login %1 in this file</source>
        <translation>doppelter Anmeldename %1 in dieser Datei</translation>
    </message>
    <message>
        <source>user %1 already exists in the book</source>
        <translation>Benutzer %1 existiert bereits im Mandanten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>„%1“ ist keiner von admin, manager, supervisor, collector, clerk, auditor</translation>
    </message>
    <message>
        <source>customer %1 is assigned twice in this file</source>
        <translation>Kunde %1 ist in dieser Datei zweimal zugewiesen</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>unbekannter Benutzer %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 hat die Rolle %2, nicht Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>Benutzer %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>is before the day the promise was taken</source>
        <translation>liegt vor dem Tag, an dem die Zusage aufgenommen wurde</translation>
    </message>
    <message>
        <source>invoice %1 already exists in the book</source>
        <translation>Rechnung %1 existiert bereits im Mandanten</translation>
    </message>
    <message>
        <source>only a manager sets credit limits; leave the column empty</source>
        <translation>nur die Leitung legt Kreditlimits fest; lassen Sie die Spalte leer</translation>
    </message>
</context>
<context>
    <name>InstalmentTerms</name>
    <message>
        <source>part %1: %2</source>
        <translation>Teil %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give 2 to %2 parts separated by &apos;/&apos;, such as 30/60/90</source>
        <translation>„%1“: geben Sie 2 bis %2 durch „/“ getrennte Teile an, etwa 30/60/90</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DAYS or DAYS:PERCENT</source>
        <translation>„%1“ ist weder TAGE noch TAGE:PROZENT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days from 0 to 3650</source>
        <translation>„%1“ ist keine Anzahl Tage von 0 bis 3650</translation>
    </message>
    <message>
        <source>%1 days does not come after the part before it</source>
        <translation>%1 Tage liegen nicht nach dem vorherigen Teil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage above 0 with at most 2 decimals</source>
        <translation>„%1“ ist kein Prozentsatz über 0 mit höchstens 2 Dezimalstellen</translation>
    </message>
    <message>
        <source>give a percentage for every part or for none (equal parts)</source>
        <translation>geben Sie für jeden Teil einen Prozentsatz an oder für keinen (gleiche Teile)</translation>
    </message>
    <message>
        <source>the percentages add up to %1, not 100</source>
        <translation>die Prozentsätze ergeben zusammen %1, nicht 100</translation>
    </message>
</context>
<context>
    <name>InterestPostingService</name>
    <message>
        <source>no as-of date</source>
        <translation>kein Stichtag angegeben</translation>
    </message>
    <message>
        <source>%1: no reference rate of %2 in force for every day from %3; load the rates first</source>
        <translation>%1: für %2 gilt nicht an jedem Tag ab %3 ein Referenzzinssatz; laden Sie zuerst die Zinssätze</translation>
    </message>
    <message>
        <source>%1: the number %2 is already taken</source>
        <translation>%1: die Nummer %2 ist bereits vergeben</translation>
    </message>
    <message>
        <source>%1: the compensation is in %2, the invoice in %3; ardesk does not convert</source>
        <translation>%1: die Pauschale lautet auf %2, die Rechnung auf %3; ardesk rechnet keine Währungen um</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>InterestService</name>
    <message>
        <source>no as-of date</source>
        <translation>kein Stichtag angegeben</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region code (2 to 16 letters, digits, _ or -)</source>
        <translation>„%1“ ist kein Regionscode (2 bis 16 Buchstaben, Ziffern, _ oder -)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage (such as 3.5, at most 4 decimals)</source>
        <translation>„%1“ ist kein Prozentsatz (etwa 3.5, höchstens 4 Nachkommastellen)</translation>
    </message>
    <message>
        <source>%1 is not between -100 and 100</source>
        <translation>%1 liegt nicht zwischen -100 und 100</translation>
    </message>
    <message>
        <source>a second rate for %1 from %2 in this file</source>
        <translation>ein zweiter Zinssatz für %1 ab %2 in dieser Datei</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>die Datei enthält keine Zinssätze</translation>
    </message>
    <message>
        <source>region: 2 to 16 capital letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>region: 2 bis 16 Großbuchstaben, Ziffern, „_“ oder „-“</translation>
    </message>
    <message>
        <source>valid_from: not a date</source>
        <translation>valid_from: kein Datum</translation>
    </message>
    <message>
        <source>rate_percent: between -100 and 100</source>
        <translation>rate_percent: zwischen -100 und 100</translation>
    </message>
    <message>
        <source>there is no rate for %1 from %2</source>
        <translation>es gibt keinen Zinssatz für %1 ab %2</translation>
    </message>
    <message>
        <source>country: two capital letters (ISO 3166), or empty for the default</source>
        <translation>country: zwei Großbuchstaben (ISO 3166) oder leer für die Standardregel</translation>
    </message>
    <message>
        <source>margin: between -100 and 100 points</source>
        <translation>margin: zwischen -100 und 100 Prozentpunkten</translation>
    </message>
    <message>
        <source>day_count: 365 or 360</source>
        <translation>day_count: 365 oder 360</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees: Pauschale und Gebührenobergrenzen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>compensation_currency: a three-letter currency code is needed</source>
        <translation>compensation_currency: ein dreistelliger Währungscode ist nötig</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed</source>
        <translation>fee_currency: ein dreistelliger Währungscode ist nötig</translation>
    </message>
</context>
<context>
    <name>KpiMovements</name>
    <message>
        <source>allocation %1 reverses allocation %2, which does not exist</source>
        <translation>Zuordnung %1 storniert Zuordnung %2, die nicht existiert</translation>
    </message>
    <message>
        <source>posting for customer %1, which does not exist</source>
        <translation>Buchung für Kunde %1, der nicht existiert</translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>KPI figures: customer %1 does not exist</source>
        <translation>Kennzahlen: Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>KPI period: invalid as-of date or number of months</source>
        <translation>Kennzahlen-Zeitraum: ungültiges Stichtagsdatum oder ungültige Anzahl Monate</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>as-of: not a valid date</source>
        <translation>as-of: kein gültiges Datum</translation>
    </message>
    <message>
        <source>months: must be from 1 to %1, not %2</source>
        <translation>months: muss von 1 bis %1 reichen, nicht %2</translation>
    </message>
    <message>
        <source>promises in the book cannot be evaluated: %1</source>
        <translation>die Zahlungszusagen im Mandanten können nicht ausgewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>allocation to invoice %1, which has no state row</source>
        <translation>Zuordnung zu Rechnung %1, die keine Statuszeile hat</translation>
    </message>
    <message>
        <source>allocation from payment or credit note %1, which has no state row</source>
        <translation>Zuordnung aus Zahlung oder Gutschrift %1, die keine Statuszeile hat</translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code such as EUR</source>
        <translation>„%1“ ist kein ISO-4217-Code wie EUR</translation>
    </message>
    <message>
        <source>must be between 0 and 3650 days</source>
        <translation>muss zwischen 0 und 3650 Tagen liegen</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Prague</source>
        <translation>„%1“ ist keine IANA-Zeitzone wie Europe/Berlin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 alpha-2 code such as SE</source>
        <translation>„%1“ ist kein ISO-3166-Alpha-2-Code wie DE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of en, de, fr, sv, cs</source>
        <translation>„%1“ ist keiner von en, de, fr, sv, cs</translation>
    </message>
    <message>
        <source>must be one of A, B, C, D, E</source>
        <translation>muss einer von A, B, C, D, E sein</translation>
    </message>
    <message>
        <source>code: customer %1 already exists</source>
        <translation>code: Kunde %1 existiert bereits</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot be changed once the customer exists (it is %1)</source>
        <translation>kann nicht mehr geändert werden, sobald der Kunde existiert (er ist %1)</translation>
    </message>
    <message>
        <source>cannot be changed (it is %1)</source>
        <translation>kann nicht geändert werden (er ist %1)</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>ist kein Datum</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>liegt vor dem Rechnungsdatum</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>kein Kunde %1</translation>
    </message>
    <message>
        <source>%1 differs from the customer&apos;s currency %2</source>
        <translation>%1 weicht von der Währung %2 des Kunden ab</translation>
    </message>
    <message>
        <source>invoice %1 already exists</source>
        <translation>Rechnung %1 existiert bereits</translation>
    </message>
    <message>
        <source>credit note %1 already exists</source>
        <translation>Gutschrift %1 existiert bereits</translation>
    </message>
    <message>
        <source>is not an invoice of %1</source>
        <translation>ist keine Rechnung von %1</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>eine Zuordnung muss größer als null sein</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>Rechnung %1 existiert nicht</translation>
    </message>
    <message>
        <source>payment %1 does not exist</source>
        <translation>Zahlung %1 existiert nicht</translation>
    </message>
    <message>
        <source>payment %1 has been reversed</source>
        <translation>Zahlung %1 wurde storniert</translation>
    </message>
    <message>
        <source>credit note %1 does not exist</source>
        <translation>Gutschrift %1 existiert nicht</translation>
    </message>
    <message>
        <source>credit note %1 has been reversed</source>
        <translation>Gutschrift %1 wurde storniert</translation>
    </message>
    <message>
        <source>write-offs are posted through the approval workflow</source>
        <translation>Ausbuchungen werden über den Genehmigungsablauf gebucht</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>Rechnung %1 gehört zu einem anderen Kunden</translation>
    </message>
    <message>
        <source>currency %1 cannot pay an invoice in %2</source>
        <translation>mit der Währung %1 kann keine Rechnung in %2 bezahlt werden</translation>
    </message>
    <message>
        <source>%1 is before the money was received (%2)</source>
        <translation>%1 liegt vor dem Geldeingang (%2)</translation>
    </message>
    <message>
        <source>%1 is before invoice %2 was issued</source>
        <translation>%1 liegt vor dem Rechnungsdatum von Rechnung %2</translation>
    </message>
    <message>
        <source>only %1 is left to apply</source>
        <translation>nur noch %1 ist zuzuordnen</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open</source>
        <translation>Rechnung %1 hat nur %2 offen</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>keine Rechnung %1</translation>
    </message>
    <message>
        <source>applied %1 is more than the payment %2</source>
        <translation>zugeordnet %1 ist mehr als die Zahlung %2</translation>
    </message>
    <message>
        <source>a reversal needs a reason</source>
        <translation>ein Storno braucht einen Grund</translation>
    </message>
    <message>
        <source>allocation %1 does not exist</source>
        <translation>Zuordnung %1 existiert nicht</translation>
    </message>
    <message>
        <source>a reversing entry cannot itself be reversed</source>
        <translation>eine Stornobuchung kann nicht selbst storniert werden</translation>
    </message>
    <message>
        <source>a write-off is reversed through the approval workflow</source>
        <translation>eine Ausbuchung wird über den Genehmigungsablauf storniert</translation>
    </message>
    <message>
        <source>allocation %1 is already reversed</source>
        <translation>Zuordnung %1 ist bereits storniert</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before what it reverses (%1)</source>
        <translation>ein Storno kann nicht vor dem Stornierten datiert werden (%1)</translation>
    </message>
    <message>
        <source>payment %1 is already reversed</source>
        <translation>Zahlung %1 ist bereits storniert</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the payment (%1)</source>
        <translation>ein Storno kann nicht vor der Zahlung datiert werden (%1)</translation>
    </message>
    <message>
        <source>date: an allocation of payment %1 is reversed after %2; date the payment&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date: eine Zuordnung von Zahlung %1 wird nach dem %2 storniert; datieren Sie das Storno der Zahlung auf oder nach das letzte Storno ihrer Zuordnungen</translation>
    </message>
    <message>
        <source>credit note %1 is already reversed</source>
        <translation>Gutschrift %1 ist bereits storniert</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the credit note</source>
        <translation>ein Storno kann nicht vor der Gutschrift datiert werden</translation>
    </message>
    <message>
        <source>date: an allocation of credit note %1 is reversed after %2; date the credit note&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date: eine Zuordnung von Gutschrift %1 wird nach dem %2 storniert; datieren Sie das Storno der Gutschrift auf oder nach das letzte Storno ihrer Zuordnungen</translation>
    </message>
    <message>
        <source>a write-off must be greater than zero</source>
        <translation>eine Ausbuchung muss größer als null sein</translation>
    </message>
    <message>
        <source>a write-off cannot be dated before the invoice</source>
        <translation>eine Ausbuchung darf nicht vor dem Rechnungsdatum liegen</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open to write off</source>
        <translation>Rechnung %1 hat nur %2 offen zum Ausbuchen</translation>
    </message>
    <message>
        <source>no such invoice or payment</source>
        <translation>keine solche Rechnung oder Zahlung</translation>
    </message>
    <message>
        <source>the payment is not the invoice&apos;s customer&apos;s or not in its currency</source>
        <translation>die Zahlung gehört nicht zum Kunden der Rechnung oder nicht zu ihrer Währung</translation>
    </message>
    <message>
        <source>a recovery cannot be dated before the payment</source>
        <translation>ein Wiedereingang auf eine ausgebuchte Forderung darf nicht vor dem Zahlungsdatum liegen</translation>
    </message>
    <message>
        <source>invoice %1 has nothing written off</source>
        <translation>Rechnung %1 hat nichts ausgebucht</translation>
    </message>
    <message>
        <source>payment %1 has nothing left to apply</source>
        <translation>Zahlung %1 hat keinen Restbetrag mehr zum Zuordnen</translation>
    </message>
    <message>
        <source>%1: only a manager sets a customer&apos;s credit limit and risk class (%2)</source>
        <translation>%1: nur die Leitung legt Kreditlimit und Risikoklasse eines Kunden fest (%2)</translation>
    </message>
    <message>
        <source>discount: %1 is not an invoice of %2</source>
        <translation>Skonto: %1 ist keine Rechnung von %2</translation>
    </message>
    <message>
        <source>discount: no early-payment discount is offered on %1 for a payment on %2</source>
        <translation>Skonto: auf %1 wird für eine Zahlung am %2 kein Skonto gewährt</translation>
    </message>
    <message>
        <source>discount: the discount of %1 on %2 is taken only when the payment settles the rest: apply exactly %3 (open %4 less the discount), not %5</source>
        <translation>Skonto: das Skonto von %1 auf %2 wird nur gezogen, wenn die Zahlung den Rest begleicht: ordnen Sie genau %3 zu (offen %4 abzüglich Skonto), nicht %5</translation>
    </message>
    <message>
        <source>between 2 and %1 parts</source>
        <translation>zwischen 2 und %1 Teilen</translation>
    </message>
    <message>
        <source>part %1: numbered %2</source>
        <translation>Teil %1: nummeriert als %2</translation>
    </message>
    <message>
        <source>part %1: the due date is not after the part before it or before the issue date</source>
        <translation>Teil %1: das Fälligkeitsdatum liegt nicht nach dem vorherigen Teil oder vor dem Rechnungsdatum</translation>
    </message>
    <message>
        <source>part %1: the amount must be greater than zero</source>
        <translation>Teil %1: der Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>the parts add up to %1, not to the invoice&apos;s amount</source>
        <translation>die Teile ergeben zusammen %1, nicht den Rechnungsbetrag</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>%1: row %2 follows row %3: a row is missing</source>
        <translation>%1: Zeile %2 folgt auf Zeile %3: eine Zeile fehlt</translation>
    </message>
    <message>
        <source>%1 row %2 does not match its hash: it was changed after posting, or a row before it was</source>
        <translation>%1 Zeile %2 passt nicht zu ihrem Hash: sie wurde nach dem Buchen geändert, oder eine Zeile davor</translation>
    </message>
    <message>
        <source>state for a missing invoice %1</source>
        <translation>Status für eine fehlende Rechnung %1</translation>
    </message>
    <message>
        <source>invoice %1: state amount differs</source>
        <translation>Rechnung %1: Statusbetrag weicht ab</translation>
    </message>
    <message>
        <source>invoice %1: open amount out of range (applied %2 of %3) as of day %4</source>
        <translation>Rechnung %1: offener Betrag außerhalb des Bereichs (zugeordnet %2 von %3) am Tag %4</translation>
    </message>
    <message>
        <source>invoice %1 has no state row</source>
        <translation>Rechnung %1 hat keine Statuszeile</translation>
    </message>
    <message>
        <source>invoice %1: open amount %2 but the history gives %3</source>
        <translation>Rechnung %1: offener Betrag %2, aber die Historie ergibt %3</translation>
    </message>
    <message>
        <source>a reversal of a missing %1 row</source>
        <translation>ein Storno einer fehlenden %1-Zeile</translation>
    </message>
    <message>
        <source>%1 %2: applied before it was received</source>
        <translation>%1 %2: zugeordnet, bevor es eingegangen ist</translation>
    </message>
    <message>
        <source>%1 %2: applied %3 of %4 as of %5</source>
        <translation>%1 %2: %3 von %4 zugeordnet am %5</translation>
    </message>
    <message>
        <source>state for a missing %1 row %2</source>
        <translation>Status für eine fehlende %1-Zeile %2</translation>
    </message>
    <message>
        <source>%1 %2: state says allocated %3, unapplied %4; the history gives %5 and %6</source>
        <translation>%1 %2: laut Status zugeordnet %3, nicht zugeordnet %4; die Historie ergibt %5 und %6</translation>
    </message>
    <message>
        <source>%1 %2: reversal date differs from the reversals</source>
        <translation>%1 %2: Stornodatum weicht von den Stornos ab</translation>
    </message>
    <message>
        <source>%1 has %2 rows for %3 %4 rows</source>
        <translation>%1 hat %2 Zeilen für %3 %4-Zeilen</translation>
    </message>
    <message>
        <source>ar_movements %1 (kind/currency/due/day): %2 stored, the ledger gives %3</source>
        <translation>ar_movements %1 (kind/currency/due/day): %2 gespeichert, das Hauptbuch ergibt %3</translation>
    </message>
    <message>
        <source>kpi_movements (kind/currency/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_movements (kind/currency/day/until: amount, amount x days, entries): %1 gespeichert, das Hauptbuch ergibt %2</translation>
    </message>
    <message numerus="yes">
        <source>promise_outcomes: %n customer(s) differ from the rule; first: %1</source>
        <translation>
            <numerusform>promise_outcomes: %n Kunde weicht von der Regel ab; erster: %1</numerusform>
            <numerusform>promise_outcomes: %n Kunden weichen von der Regel ab; erster: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer %1 has invoices but no line in kpi_customer_groups</source>
        <translation>Kunde %1 hat Rechnungen, aber keine Zeile in kpi_customer_groups</translation>
    </message>
    <message>
        <source>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries): %1 gespeichert, das Hauptbuch ergibt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) stored, the ledger has %1</source>
        <translation>
            <numerusform>%n Zahlungszusage gespeichert, das Hauptbuch hat %1</numerusform>
            <numerusform>%n Zahlungszusagen gespeichert, das Hauptbuch hat %1</numerusform>
        </translation>
    </message>
    <message>
        <source>valid from day %1 stored, the ledger gives %2</source>
        <translation>gültig ab Tag %1 gespeichert, das Hauptbuch ergibt %2</translation>
    </message>
    <message>
        <source>promise %1: %2 counted, kept on %3 stored; the ledger gives %4, kept on %5</source>
        <translation>Zahlungszusage %1: %2 gezählt, eingehalten am %3 gespeichert; das Hauptbuch ergibt %4, eingehalten am %5</translation>
    </message>
    <message>
        <source>customer %1: %2</source>
        <translation>Kunde %1: %2</translation>
    </message>
    <message>
        <source>%1 stored, the ledger gives %2</source>
        <translation>%1 gespeichert, das Hauptbuch ergibt %2</translation>
    </message>
    <message numerus="yes">
        <source>ledger_spans: %n document(s) differ; first: %1</source>
        <translation>
            <numerusform>ledger_spans: %n Beleg weicht ab; erster: %1</numerusform>
            <numerusform>ledger_spans: %n Belege weichen ab; erster: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>open %1, overdue %2, disputed %3, unapplied %4, oldest overdue due %5, valid from day %6 to day %7</source>
        <translation>offen %1, überfällig %2, strittig %3, nicht zugeordnet %4, älteste überfällige Fälligkeit %5, gültig von Tag %6 bis Tag %7</translation>
    </message>
    <message>
        <source>customer %1 as of %2: %3 stored; the ledger gives %4</source>
        <translation>Kunde %1 zum %2: gespeichert %3; das Hauptbuch ergibt %4</translation>
    </message>
    <message numerus="yes">
        <source>customer_figures: %n customer(s) differ from the ledger; first: %1</source>
        <translation>
            <numerusform>customer_figures: %n Kunde weicht vom Hauptbuch ab; erster: %1</numerusform>
            <numerusform>customer_figures: %n Kunden weichen vom Hauptbuch ab; erster: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer_balances: customer %1 has no row</source>
        <translation>customer_balances: Kunde %1 hat keine Zeile</translation>
    </message>
    <message>
        <source>customer_balances: customer %1 stores open %2, unapplied %3, balance %4; the state tables give open %5, unapplied %6</source>
        <translation>customer_balances: Kunde %1 speichert offen %2, nicht zugeordnet %3, Saldo %4; die Zustandstabellen ergeben offen %5, nicht zugeordnet %6</translation>
    </message>
    <message>
        <source>customer_balances: a row for customer %1, who does not exist</source>
        <translation>customer_balances: eine Zeile für Kunde %1, den es nicht gibt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent books</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>&amp;Mandant öffnen…</translation>
    </message>
    <message>
        <source>Open a book (*.ardesk)</source>
        <translation>Mandanten öffnen (*.ardesk)</translation>
    </message>
    <message>
        <source>&amp;Close book</source>
        <translation>Mandant &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;About ardesk</source>
        <translation>Über &amp;ardesk</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>%1 kann nicht zu %2 addiert werden</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>Betrag zu groß</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>negative amount &apos;%1&apos;</source>
        <translation>negativer Betrag „%1“</translation>
    </message>
    <message>
        <source>empty amount</source>
        <translation>leerer Betrag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (use digits and &apos;.&apos;)</source>
        <translation>„%1“ ist kein Betrag (verwenden Sie Ziffern und „.“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals for %3</source>
        <translation>„%1“ hat mehr als %2 Nachkommastellen für %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Check</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation>Bankdatei</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PgCopyBuffer</name>
    <message>
        <source>COPY into %1 failed (%2): %3</source>
        <translation>COPY in %1 fehlgeschlagen (%2): %3</translation>
    </message>
</context>
<context>
    <name>PlanAgreement</name>
    <message>
        <source>The agreement could not be written to %1.</source>
        <translation>Die Vereinbarung konnte nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PlanAgreementService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>Ratenplan %1 existiert nicht</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>only a rendered agreement of a payment plan can be recorded</source>
        <translation>nur eine erstellte Vereinbarung zu einem Ratenplan kann vermerkt werden</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>Ratenplan %1 existiert nicht</translation>
    </message>
    <message>
        <source>invoices: choose at least one open item</source>
        <translation>invoices: wählen Sie mindestens einen offenen Posten</translation>
    </message>
    <message>
        <source>instalments: from 1 to 120</source>
        <translation>instalments: von 1 bis 120</translation>
    </message>
    <message>
        <source>down_payment and grace days must not be negative</source>
        <translation>down_payment und Karenztage dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>invoices: %1 is not an invoice of %2</source>
        <translation>invoices: %1 ist keine Rechnung von %2</translation>
    </message>
    <message>
        <source>invoices: %1 has nothing open</source>
        <translation>invoices: %1 hat keinen offenen Betrag</translation>
    </message>
    <message>
        <source>invoice %1 is already on an active plan</source>
        <translation>Rechnung %1 ist bereits in einem aktiven Ratenplan</translation>
    </message>
    <message>
        <source>invoices: a plan is in one currency</source>
        <translation>invoices: ein Ratenplan hat nur eine Währung</translation>
    </message>
    <message>
        <source>down_payment: must be less than the plan&apos;s total %1</source>
        <translation>down_payment: muss kleiner als die Gesamtsumme des Ratenplans %1 sein</translation>
    </message>
    <message>
        <source>payment plan defaulted: instalment of %1 due %2 unpaid</source>
        <translation>Ratenplan notleidend: Rate von %1, fällig am %2, unbezahlt</translation>
    </message>
    <message>
        <source>first_date: the first instalment must fall after the agreement date</source>
        <translation>first_date: die erste Rate muss nach dem Vereinbarungsdatum liegen</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>die Datei ist leer; eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>Pflichtspalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>Spalte „%1“ kommt mehr als einmal vor</translation>
    </message>
</context>
<context>
    <name>PostedWriter</name>
    <message>
        <source>%1 is not a posted table</source>
        <translation>%1 ist keine Buchungstabelle</translation>
    </message>
</context>
<context>
    <name>PromiseEvaluation</name>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>Karenztage dürfen nicht negativ sein (%1 angegeben)</translation>
    </message>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>das Stichtagsdatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>promise %1 is listed twice</source>
        <translation>Zahlungszusage %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>promise %1: the taken or promised date is not a valid date</source>
        <translation>Zahlungszusage %1: das Aufnahme- oder Zusagedatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>promise %1: promised date %2 is before the day it was taken, %3</source>
        <translation>Zahlungszusage %1: das Zusagedatum %2 liegt vor dem Aufnahmetag %3</translation>
    </message>
    <message>
        <source>promise %1: the promised amount must be positive</source>
        <translation>Zahlungszusage %1: der zugesagte Betrag muss positiv sein</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>Teilweise eingehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>das Stichtagsdatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>Karenztage dürfen nicht negativ sein (%1 angegeben)</translation>
    </message>
    <message>
        <source>Promise of %1 due %2 was not kept.</source>
        <translation>Die Zahlungszusage über %1, fällig am %2, wurde nicht eingehalten.</translation>
    </message>
    <message>
        <source>the day the promise was taken is not a valid date</source>
        <translation>der Aufnahmetag der Zahlungszusage ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>a promise needs at least one amount and date</source>
        <translation>eine Zahlungszusage braucht mindestens einen Betrag und ein Datum</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>promise %1</source>
        <translation>Zahlungszusage %1</translation>
    </message>
    <message>
        <source>%1: the amount must be positive</source>
        <translation>%1: der Betrag muss positiv sein</translation>
    </message>
    <message>
        <source>%1: the promised date is not a valid date</source>
        <translation>%1: das Zusagedatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>%1: promised date %2 is before the day it was taken, %3</source>
        <translation>%1: das Zusagedatum %2 liegt vor dem Aufnahmetag %3</translation>
    </message>
    <message>
        <source>%1: unknown invoice %2</source>
        <translation>%1: unbekannte Rechnung %2</translation>
    </message>
    <message>
        <source>%1: invoice %2 belongs to another customer</source>
        <translation>%1: Rechnung %2 gehört zu einem anderen Kunden</translation>
    </message>
    <message>
        <source>%1: invoice %2 has nothing open on %3</source>
        <translation>%1: Rechnung %2 hat am %3 nichts offen</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 to %2, against %3 to %4</source>
        <translation>%1 bis %2, gegenüber %3 bis %4</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>kein Stichtag angegeben</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of %2)</source>
        <translation>unbekannter Bericht „%1“ (einer von %2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamiert</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Aging summary</source>
        <translation>Altersstruktur – Übersicht</translation>
    </message>
    <message>
        <source>As of %1 by due date, against %2</source>
        <translation>Stichtag %1 nach Fälligkeit, gegenüber %2</translation>
    </message>
    <message>
        <source>Aging by currency</source>
        <translation>Altersstruktur nach Währung</translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation>Veränderung gegenüber %1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Laufzeitband</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Nothing was open on %1 or on %2.</source>
        <translation>Weder am %1 noch am %2 war etwas offen.</translation>
    </message>
    <message>
        <source>%1 of the receivables are current (not yet due).</source>
        <translation>%1 der Forderungen sind nicht fällig.</translation>
    </message>
    <message>
        <source>The largest rise was in %1 (%2).</source>
        <translation>Den stärksten Anstieg gab es bei %1 (%2).</translation>
    </message>
    <message>
        <source>The largest fall was in %1 (%2).</source>
        <translation>Den stärksten Rückgang gab es bei %1 (%2).</translation>
    </message>
    <message>
        <source>%1 of it is disputed.</source>
        <translation>Davon sind %1 reklamiert.</translation>
    </message>
    <message>
        <source>Unapplied cash and credits of %1 stand beside the buckets.</source>
        <translation>Nicht zugeordnete Zahlungen und Gutschriften von %1 stehen außerhalb der Laufzeitbänder.</translation>
    </message>
    <message>
        <source>Aging by bucket</source>
        <translation>Altersstruktur nach Laufzeitband</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Altersstruktur – Einzelposten</translation>
    </message>
    <message>
        <source>As of %1 by due date, by customer</source>
        <translation>Stichtag %1 nach Fälligkeit, nach Kunde</translation>
    </message>
    <message>
        <source>Aging by customer</source>
        <translation>Altersstruktur nach Kunde</translation>
    </message>
    <message>
        <source>The largest overdue balances: %1.</source>
        <translation>Die höchsten überfälligen Salden: %1.</translation>
    </message>
    <message>
        <source>No customer moved into %1 since %2.</source>
        <translation>Seit %2 ist kein Kunde nach %1 gewechselt.</translation>
    </message>
    <message>
        <source>Moved into %1 since %2: %3.</source>
        <translation>Seit %2 nach %1 gewechselt: %3.</translation>
    </message>
    <message>
        <source>the statement needs a customer (--customer CODE)</source>
        <translation>die Kontoübersicht braucht einen Kunden (--customer CODE)</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoübersicht</translation>
    </message>
    <message>
        <source>%1 %2, as of %3</source>
        <translation>%1 %2, Stand %3</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Activity from %1 to %2</source>
        <translation>Bewegungen vom %1 bis %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>%1 is overdue; the oldest open item is %2 days past due.</source>
        <translation>%1 ist überfällig; der älteste offene Posten ist %2 Tage überfällig.</translation>
    </message>
    <message>
        <source>%1 is disputed.</source>
        <translation>%1 ist reklamiert.</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Leistung der Forderungsmanager</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Forderungsmanager</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>RPC-Quote</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Einhaltungsquote</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingezogen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(kein Forderungsmanager)</translation>
    </message>
    <message>
        <source>Collected against target</source>
        <translation>Eingezogen im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>Collected in %1: %2 from %3 to %4, against %5 from %6 to %7.</source>
        <translation>Eingezogen in %1: %2 vom %3 bis %4, gegenüber %5 vom %6 bis %7.</translation>
    </message>
    <message>
        <source>No collector has a target for the period (Settings: collector targets).</source>
        <translation>Kein Forderungsmanager hat ein Ziel für den Zeitraum (Einstellungen: Ziele der Forderungsmanager).</translation>
    </message>
    <message>
        <source>Nobody reached the target.</source>
        <translation>Niemand hat das Ziel erreicht.</translation>
    </message>
    <message>
        <source>At or above target: %1.</source>
        <translation>Ziel erreicht oder übertroffen: %1.</translation>
    </message>
    <message>
        <source>Nobody is below the target.</source>
        <translation>Niemand liegt unter dem Ziel.</translation>
    </message>
    <message>
        <source>Below target: %1.</source>
        <translation>Unter dem Ziel: %1.</translation>
    </message>
    <message>
        <source>No collector activity in the period.</source>
        <translation>Keine Aktivität der Forderungsmanager im Zeitraum.</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Zahlungszusagen</translation>
    </message>
    <message>
        <source>Promises taken</source>
        <translation>Erhaltene Zahlungszusagen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Zugesagt für</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nothing promised</source>
        <translation>nichts zugesagt</translation>
    </message>
    <message>
        <source>Of these, %1 kept, %2 partially kept, %3 broken and %4 pending (as last evaluated).</source>
        <translation>Davon %1 eingehalten, %2 teilweise eingehalten, %3 gebrochen und %4 ausstehend (Stand der letzten Auswertung).</translation>
    </message>
    <message>
        <source>Promise kept rate: %1.</source>
        <translation>Einhaltungsquote der Zusagen: %1.</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>Open on %1, against %2</source>
        <translation>Offen am %1, gegenüber %2</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Open disputes by reason</source>
        <translation>Offene Reklamationen nach Grund</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Beschwerden und Zufriedenheit</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Eingegangene Beschwerden</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Zufriedenheit (1-5)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Average satisfaction rose to %1 (from %2).</source>
        <translation>Die durchschnittliche Zufriedenheit stieg auf %1 (von %2).</translation>
    </message>
    <message>
        <source>Average satisfaction fell to %1 (from %2).</source>
        <translation>Die durchschnittliche Zufriedenheit sank auf %1 (von %2).</translation>
    </message>
    <message>
        <source>Average satisfaction: %1 of 5.</source>
        <translation>Durchschnittliche Zufriedenheit: %1 von 5.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Ausbuchungen und Wiedereingänge</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>Ausbuchungen</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Wiedereingänge</translation>
    </message>
    <message>
        <source>Nothing was written off or recovered from %1 to %2 or in the month before.</source>
        <translation>Vom %1 bis %2 und im Monat davor wurde nichts ausgebucht und nichts wiedereingenommen.</translation>
    </message>
    <message>
        <source>Written off in %1 from %2 to %3: %4 (%5 in the same days of the month before); recovered: %6.</source>
        <translation>Ausgebucht in %1 vom %2 bis %3: %4 (%5 an denselben Tagen des Vormonats); wiedereingenommen: %6.</translation>
    </message>
    <message>
        <source>Receivables in %1 were unchanged at %2 against %3.</source>
        <translation>Die Forderungen in %1 blieben mit %2 gegenüber dem %3 unverändert.</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Die Forderungen in %1 stiegen von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4.</source>
        <translation>Die Forderungen in %1 stiegen von %2 am %3 auf %4.</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Die Forderungen in %1 sanken von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4.</source>
        <translation>Die Forderungen in %1 sanken von %2 am %3 auf %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 was unchanged at %2 against %3.</source>
        <translation>Der überfällige Anteil in %1 blieb mit %2 gegenüber dem %3 unverändert.</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Der überfällige Anteil in %1 stieg von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4.</source>
        <translation>Der überfällige Anteil in %1 stieg von %2 am %3 auf %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Der überfällige Anteil in %1 sank von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4.</source>
        <translation>Der überfällige Anteil in %1 sank von %2 am %3 auf %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 was unchanged at %2 against %3.</source>
        <translation>Der reklamierte Betrag in %1 blieb mit %2 gegenüber dem %3 unverändert.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Der reklamierte Betrag in %1 stieg von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4.</source>
        <translation>Der reklamierte Betrag in %1 stieg von %2 am %3 auf %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Der reklamierte Betrag in %1 sank von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4.</source>
        <translation>Der reklamierte Betrag in %1 sank von %2 am %3 auf %4.</translation>
    </message>
    <message>
        <source>The balance of %1 was unchanged at %2 against %3.</source>
        <translation>Der Saldo von %1 blieb mit %2 gegenüber dem %3 unverändert.</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Der Saldo von %1 stieg von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4.</source>
        <translation>Der Saldo von %1 stieg von %2 am %3 auf %4.</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Der Saldo von %1 sank von %2 am %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4.</source>
        <translation>Der Saldo von %1 sank von %2 am %3 auf %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, as many as on %2.</source>
        <translation>
            <numerusform>%n Kunde hatte am %1 offene Posten, ebenso viele wie am %2.</numerusform>
            <numerusform>%n Kunden hatten am %1 offene Posten, ebenso viele wie am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>%n Kunde hatte am %1 offene Posten, mehr als am %3 (%2).</numerusform>
            <numerusform>%n Kunden hatten am %1 offene Posten, mehr als am %3 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>%n Kunde hatte am %1 offene Posten, weniger als am %3 (%2).</numerusform>
            <numerusform>%n Kunden hatten am %1 offene Posten, weniger als am %3 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It is made of open items of %1 less unapplied cash and credits of %2.</source>
        <translation>Er setzt sich aus offenen Posten von %1 abzüglich nicht zugeordneter Zahlungen und Gutschriften von %2 zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), as many as in %4.</source>
        <translation>
            <numerusform>%n Zahlungszusage vom %1 bis %2 aufgenommen (%3), ebenso viele wie im %4.</numerusform>
            <numerusform>%n Zahlungszusagen vom %1 bis %2 aufgenommen (%3), ebenso viele wie im %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), up from %4 in %5.</source>
        <translation>
            <numerusform>%n Zahlungszusage vom %1 bis %2 aufgenommen (%3), mehr als im %5 (%4).</numerusform>
            <numerusform>%n Zahlungszusagen vom %1 bis %2 aufgenommen (%3), mehr als im %5 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), down from %4 in %5.</source>
        <translation>
            <numerusform>%n Zahlungszusage vom %1 bis %2 aufgenommen (%3), weniger als im %5 (%4).</numerusform>
            <numerusform>%n Zahlungszusagen vom %1 bis %2 aufgenommen (%3), weniger als im %5 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, as many as on %2.</source>
        <translation>
            <numerusform>%n Reklamation am %1 offen, ebenso viele wie am %2.</numerusform>
            <numerusform>%n Reklamationen am %1 offen, ebenso viele wie am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>%n Reklamation am %1 offen, mehr als am %3 (%2).</numerusform>
            <numerusform>%n Reklamationen am %1 offen, mehr als am %3 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>%n Reklamation am %1 offen, weniger als am %3 (%2).</numerusform>
            <numerusform>%n Reklamationen am %1 offen, weniger als am %3 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) resolved from %1 to %2.</source>
        <translation>
            <numerusform>%n Reklamation vom %1 bis %2 erledigt.</numerusform>
            <numerusform>%n Reklamationen vom %1 bis %2 erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, as many as in %3; %4 of them resolved.</source>
        <translation>
            <numerusform>%n Beschwerde vom %1 bis %2 eingegangen, ebenso viele wie im %3; davon %4 erledigt.</numerusform>
            <numerusform>%n Beschwerden vom %1 bis %2 eingegangen, ebenso viele wie im %3; davon %4 erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, up from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>%n Beschwerde vom %1 bis %2 eingegangen, mehr als im %4 (%3); davon %5 erledigt.</numerusform>
            <numerusform>%n Beschwerden vom %1 bis %2 eingegangen, mehr als im %4 (%3); davon %5 erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, down from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>%n Beschwerde vom %1 bis %2 eingegangen, weniger als im %4 (%3); davon %5 erledigt.</numerusform>
            <numerusform>%n Beschwerden vom %1 bis %2 eingegangen, weniger als im %4 (%3); davon %5 erledigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: Arbeitsmappe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1: Arbeitsmappe kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: Datei kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Aging summary</source>
        <translation>Altersstruktur – Übersicht</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Altersstruktur – Einzelposten</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoübersicht</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Leistung der Forderungsmanager</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Zahlungszusagen</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Beschwerden und Zufriedenheit</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Ausbuchungen und Wiedereingänge</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator(in)</translation>
    </message>
    <message>
        <source>AR manager</source>
        <translation>Leiter(in) Debitoren</translation>
    </message>
    <message>
        <source>Collections supervisor</source>
        <translation>Teamleiter(in) Forderungsmanagement</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>AR clerk</source>
        <translation>Debitorenbuchhalter(in)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer(in)</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>no book is open</source>
        <translation>kein Mandant ist geöffnet</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Local owner</source>
        <translation>Lokaler Eigentümer</translation>
    </message>
    <message>
        <source>%1 (%2) may not: %3</source>
        <translation>%1 (%2) darf nicht: %3</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time code: set a new password first</source>
        <translation>%1 hat sich mit einem Einmalcode angemeldet: zuerst ein neues Passwort festlegen</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceService</name>
    <message>
        <source>period: the first day must be a date on or before the last</source>
        <translation>Zeitraum: der erste Tag muss ein Datum am oder vor dem letzten sein</translation>
    </message>
    <message>
        <source>period: at most %1 days</source>
        <translation>Zeitraum: höchstens %1 Tage</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>Zahlungszusagen können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>trend: not a valid date</source>
        <translation>Verlauf: kein gültiges Datum</translation>
    </message>
    <message>
        <source>trend: from 1 to %1 months</source>
        <translation>Verlauf: 1 bis %1 Monate</translation>
    </message>
    <message>
        <source>target period: &quot;%1&quot; is not YYYY-MM or *</source>
        <translation>Zielzeitraum: „%1“ ist nicht JJJJ-MM oder *</translation>
    </message>
    <message>
        <source>target currency: &quot;%1&quot; is not a currency code</source>
        <translation>Zielwährung: „%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>target: must not be negative</source>
        <translation>Ziel: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>target: no user &quot;%1&quot;</source>
        <translation>Ziel: kein Benutzer „%1“</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceView</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>%1 failed: %2 [%3]</source>
        <translation>%1 fehlgeschlagen: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>StrategyService</name>
    <message>
        <source>no as-of date</source>
        <translation>kein Stichtag angegeben</translation>
    </message>
    <message>
        <source>step %1 (%2, day %3)</source>
        <translation>Schritt %1 (%2, Tag %3)</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: ist leer</translation>
    </message>
    <message>
        <source>name: longer than %1 characters</source>
        <translation>name: länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>risk class: must be empty or one of A to E</source>
        <translation>Risikoklasse: muss leer oder eine von A bis E sein</translation>
    </message>
    <message>
        <source>segment: longer than %1 characters</source>
        <translation>segment: länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>steps: a strategy needs at least one step</source>
        <translation>steps: eine Mahnstrategie braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>steps: more than %1 steps</source>
        <translation>steps: mehr als %1 Schritte</translation>
    </message>
    <message>
        <source>%1: days must be between %2 (before the due date) and %3</source>
        <translation>%1: die Tage müssen zwischen %2 (vor der Fälligkeit) und %3 liegen</translation>
    </message>
    <message>
        <source>%1: comes after a step at %2 days; order the steps by days</source>
        <translation>%1: folgt auf einen Schritt bei %2 Tagen; ordnen Sie die Schritte nach Tagen</translation>
    </message>
    <message>
        <source>%1: the same as step %2</source>
        <translation>%1: identisch mit Schritt %2</translation>
    </message>
    <message>
        <source>%1: listed twice</source>
        <translation>%1: doppelt aufgeführt</translation>
    </message>
    <message>
        <source>strategy %1 does not exist</source>
        <translation>Mahnstrategie %1 existiert nicht</translation>
    </message>
    <message>
        <source>a strategy named %1 already exists</source>
        <translation>eine Mahnstrategie namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>%1: is not a step of this strategy</source>
        <translation>%1: ist kein Schritt dieser Mahnstrategie</translation>
    </message>
    <message>
        <source>customers: %1 does not exist</source>
        <translation>customers: %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Post a payment</source>
        <translation>Eine Zahlung buchen</translation>
    </message>
    <message>
        <source>Clerk &gt; Post payments (Ctrl+Shift+P): a customer&apos;s payment, applied to its oldest open invoices.</source>
        <translation>Buchhaltung &gt; Zahlungen buchen (Strg+Umschalt+P): die Zahlung eines Kunden, zugeordnet zu seinen ältesten offenen Rechnungen.</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Eine Zahlung stornieren</translation>
    </message>
    <message>
        <source>Open the customer&apos;s account, pick the payment you posted and reverse it (a bounced payment).</source>
        <translation>Öffnen Sie das Kundenkonto, wählen Sie die gebuchte Zahlung und stornieren Sie sie (eine zurückgegebene Zahlung).</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Einen Anruf erfassen</translation>
    </message>
    <message>
        <source>From your work queue or a customer&apos;s account: whom you reached and what they said.</source>
        <translation>Aus Ihrem Arbeitsvorrat oder einem Kundenkonto: wen Sie erreicht haben und was gesagt wurde.</translation>
    </message>
    <message>
        <source>Take a promise to pay</source>
        <translation>Eine Zahlungszusage aufnehmen</translation>
    </message>
    <message>
        <source>After a call: the amount and the date the customer promised.</source>
        <translation>Nach einem Anruf: der Betrag und das Datum, die der Kunde zugesagt hat.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>Cash application clerk</source>
        <translation>Debitorenbuchhalter(in)</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Key a deposit batch</source>
        <translation>Eine Scheckeinreichung erfassen</translation>
    </message>
    <message>
        <source>Clerk &gt; Deposit batch (Ctrl+Shift+D): the day&apos;s cheques as one batch that must match the bank deposit.</source>
        <translation>Buchhaltung &gt; Scheckeinreichung (Strg+Umschalt+D): die Schecks des Tages als eine Einreichung, die zur Einzahlung bei der Bank passen muss.</translation>
    </message>
    <message>
        <source>Write a note on an account</source>
        <translation>Eine Notiz zu einem Konto schreiben</translation>
    </message>
    <message>
        <source>A customer&apos;s account &gt; Notes: what the next person should know.</source>
        <translation>Kundenkonto &gt; Notizen: was die nächste Person wissen sollte.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Eine Wiedervorlage planen</translation>
    </message>
    <message>
        <source>Add a task to call the customer back on a date.</source>
        <translation>Legen Sie eine Aufgabe an, den Kunden an einem bestimmten Tag zurückzurufen.</translation>
    </message>
    <message>
        <source>Finish a task from your queue</source>
        <translation>Eine Aufgabe aus Ihrem Arbeitsvorrat erledigen</translation>
    </message>
    <message>
        <source>My work: work a task and mark it done.</source>
        <translation>Meine Arbeit: eine Aufgabe bearbeiten und als erledigt markieren.</translation>
    </message>
</context>
<context>
    <name>WorklistScore</name>
    <message>
        <source>Overdue amount</source>
        <translation>Überfälliger Betrag</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Gebrochene Zusagen</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Zusage heute fällig</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risikoklasse</translation>
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
        <translation>notleidend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>teilweise bezahlt</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>late</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Ratenplan</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Planstatus</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pay&amp;ment plan…</source>
        <translation>&amp;Ratenplan…</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Your role does not agree payment plans</source>
        <translation>Ihre Rolle darf keine Ratenpläne vereinbaren</translation>
    </message>
    <message>
        <source>Print a&amp;greement…</source>
        <translation>&amp;Vereinbarung drucken…</translation>
    </message>
    <message>
        <source>The selected plan&apos;s agreement letter, in the customer&apos;s language</source>
        <translation>Die Vereinbarung des ausgewählten Ratenplans als Brief, in der Sprache des Kunden</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Vereinbarung drucken</translation>
    </message>
</context>
<context>
    <name>ardesk::AccountView</name>
    <message>
        <source>← Customers</source>
        <translation>← Kunden</translation>
    </message>
    <message>
        <source>Post &amp;payment…</source>
        <translation>&amp;Zahlung buchen…</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Neue &amp;Rechnung…</translation>
    </message>
    <message>
        <source>New cre&amp;dit note…</source>
        <translation>Neue &amp;Gutschrift…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Oldest days past due</source>
        <translation>Älteste Überfälligkeit (Tage)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>&amp;Open items</source>
        <translation>&amp;Offene Posten</translation>
    </message>
    <message>
        <source>All in&amp;voices</source>
        <translation>&amp;Alle Rechnungen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation>Zahlung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Reverse a&amp;llocation…</source>
        <translation>Zuordnung storn&amp;ieren…</translation>
    </message>
    <message>
        <source>Apply &amp;unapplied cash…</source>
        <translation>Nicht zugeordnete Zahlung zuor&amp;dnen…</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Za&amp;hlungen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Apply credit &amp;note…</source>
        <translation>Gutschrift zuordn&amp;en…</translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation>G&amp;utschriften</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Notiz schreiben und Enter drücken</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Anheften / lösen</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Open %1, unapplied cash %2, unapplied credit notes %3</source>
        <translation>Offen %1, nicht zugeordnete Zahlungen %2, nicht zugeordnete Gutschriften %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>none past due</source>
        <translation>nichts überfällig</translation>
    </message>
    <message numerus="yes">
        <source>net %n day(s)</source>
        <translation>
            <numerusform>%n Tag netto</numerusform>
            <numerusform>%n Tage netto</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>kein Limit festgelegt</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <source>ON HOLD (%1)</source>
        <translation>GESPERRT (%1)</translation>
    </message>
    <message>
        <source>no hold</source>
        <translation>keine Sperre</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nicht fällig</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation>storniert %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>reversing entry</source>
        <translation>Stornobuchung</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>kein Mandant ist geöffnet</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>kein Kunde wird angezeigt</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <source>Reverse payment %1 of %2 received %3? Its applications are undone on the reversal date and it no longer counts from then on.</source>
        <translation>Zahlung %1 über %2, eingegangen am %3, stornieren? Ihre Zuordnungen werden zum Stornodatum aufgehoben; ab dann zählt sie nicht mehr.</translation>
    </message>
    <message>
        <source>Reverse allocation</source>
        <translation>Zuordnung stornieren</translation>
    </message>
    <message>
        <source>Take %1 back off invoice %2? The money becomes unapplied cash again.</source>
        <translation>%1 von Rechnung %2 zurücknehmen? Das Geld wird wieder zur nicht zugeordneten Zahlung.</translation>
    </message>
    <message>
        <source>Someone who left: removed from the list, kept in the history</source>
        <translation>Für ausgeschiedene Personen: aus der Liste entfernt, im Verlauf erhalten</translation>
    </message>
    <message>
        <source>Deactivate contact person</source>
        <translation>Ansprechpartner deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1? They leave this list; the history keeps them.</source>
        <translation>%1 deaktivieren? Die Person verschwindet aus dieser Liste, bleibt aber im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Add conta&amp;ct…</source>
        <translation>Ansprechpartner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Chan&amp;ge contact…</source>
        <translation>Ansprechpartner &amp;ändern…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate contact</source>
        <translation>Ansprechpartner de&amp;aktivieren</translation>
    </message>
    <message>
        <source>Request &amp;write-off…</source>
        <translation>Ausbu&amp;chung beantragen…</translation>
    </message>
    <message>
        <source>A write-off of the selected open item, for an approver to post</source>
        <translation>Ausbuchung des markierten offenen Postens; gebucht wird sie erst nach Genehmigung</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Sperre au&amp;fheben…</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>Brief &amp;öffnen</translation>
    </message>
    <message>
        <source>The letter could not be written to %1.</source>
        <translation>Der Brief konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Gesetzt am</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Aufgehoben am</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Aufgehoben von</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>Grund der Aufhebung</translation>
    </message>
    <message>
        <source>Credit &amp;holds</source>
        <translation>Kredi&amp;tsperren</translation>
    </message>
    <message>
        <source>P&amp;ayment plans</source>
        <translation>Raten&amp;pläne</translation>
    </message>
    <message>
        <source>on plans</source>
        <translation>in Ratenplänen</translation>
    </message>
    <message>
        <source>Open amount of the items on an active payment plan (included in the buckets)</source>
        <translation>Offener Betrag der Posten in einem aktiven Ratenplan (in den Laufzeitbändern enthalten)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may release a hold</source>
        <translation>Nur die Teamleitung oder die Leitung darf eine Sperre aufheben</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSnapshotsView</name>
    <message>
        <source>Aging roll-forward</source>
        <translation>Entwicklung der Altersstruktur</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Keep the aging of the chosen date as it is now</source>
        <translation>Die Altersstruktur zum gewählten Datum im jetzigen Stand festhalten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Laufzeitband</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation>Neue Rechnungen</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingezogen</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Umgliederung ab</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Umgliederung zu</translation>
    </message>
    <message>
        <source>Late postings</source>
        <translation>Nachbuchungen</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Momentaufnahmen werden gelesen…</translation>
    </message>
    <message>
        <source>A roll-forward needs two snapshots. Month-end snapshots are kept automatically; take one of any date with Take snapshot.</source>
        <translation>Für die Entwicklung sind zwei Momentaufnahmen nötig. Zum Monatsende werden sie automatisch erstellt; für jedes andere Datum mit „Momentaufnahme erstellen“.</translation>
    </message>
    <message>
        <source>Computing the roll-forward…</source>
        <translation>Entwicklung wird berechnet…</translation>
    </message>
    <message>
        <source>How the open amounts moved between the buckets from %1 to %2. closing = opening + new - collected - credited - written off - moved out + moved in + late postings.</source>
        <translation>Wie sich die offenen Beträge vom %1 bis %2 zwischen den Laufzeitbändern bewegt haben. Endbestand = Anfangsbestand + neu - eingezogen - gutgeschrieben - ausgebucht - Umgliederung ab + Umgliederung zu + Nachbuchungen.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Opening and closing by bucket (%1)</source>
        <translation>Anfangs- und Endbestand nach Laufzeitband (%1)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Anfangsbestand %1</translation>
    </message>
    <message>
        <source>New and moved in</source>
        <translation>Neu und Umgliederung zu</translation>
    </message>
    <message>
        <source>Collected, credited, written off, moved out</source>
        <translation>Eingezogen, gutgeschrieben, ausgebucht, Umgliederung ab</translation>
    </message>
    <message>
        <source>Closing %1</source>
        <translation>Endbestand %1</translation>
    </message>
    <message>
        <source>Taking the snapshot of %1…</source>
        <translation>Momentaufnahme zum %1 wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ardesk::ApplyLinesModel</name>
    <message>
        <source>Apply an amount between 0 and the open %1</source>
        <translation>Einen Betrag zwischen 0 und den offenen %1 zuordnen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>In %n Rate: fällig nach Teil %1, dem ältesten noch offenen; das eigene Fälligkeitsdatum der Rechnung ist %2</numerusform>
            <numerusform>In %n Raten: fällig nach Teil %1, dem ältesten noch offenen; das eigene Fälligkeitsdatum der Rechnung ist %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (Teil %2 von %3)</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalNoteDialog</name>
    <message>
        <source>Why (required; the collector reads it)</source>
        <translation>Begründung (Pflichtfeld; der Forderungsmanager liest sie)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optionale Notiz</translation>
    </message>
    <message>
        <source>Posting &amp;date:</source>
        <translation>&amp;Buchungsdatum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalQueueWidget</name>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Within my limit</source>
        <translation>In meinem Limit</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>K&amp;onto öffnen</translation>
    </message>
    <message>
        <source>Your role does not approve write-offs.</source>
        <translation>Ihre Rolle genehmigt keine Ausbuchungen.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: a higher role approves</source>
        <translation>nein: eine höhere Rolle genehmigt</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting. You approve up to: %1. Nobody approves their own request.</source>
        <translation>
            <numerusform>%n Antrag wartet. Sie genehmigen bis: %1. Niemand genehmigt den eigenen Antrag.</numerusform>
            <numerusform>%n Anträge warten. Sie genehmigen bis: %1. Niemand genehmigt den eigenen Antrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (no limit for your role)</source>
        <translation>nichts (kein Limit für Ihre Rolle)</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Niemand genehmigt den eigenen Antrag</translation>
    </message>
    <message>
        <source>Above your role&apos;s limit: a higher role approves it</source>
        <translation>Über dem Limit Ihrer Rolle: eine höhere Rolle genehmigt ihn</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>kein Mandant geöffnet</translation>
    </message>
    <message>
        <source>Approved: the write-off is posted.</source>
        <translation>Genehmigt: Die Ausbuchung ist gebucht.</translation>
    </message>
    <message>
        <source>Rejected: the account went back to its collector with your note.</source>
        <translation>Abgelehnt: Das Konto ist mit Ihrer Notiz an seinen Forderungsmanager zurückgegangen.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Write off %1 of invoice %2 (%3)? It is posted on the date below and cannot be edited afterwards.</source>
        <translation>%1 von Rechnung %2 (%3) ausbuchen? Gebucht wird zum unten angegebenen Datum; danach kann die Buchung nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reject the write-off of %1 on invoice %2 (%3)? The account goes back to its collector with your note.</source>
        <translation>Ausbuchung von %1 auf Rechnung %2 (%3) ablehnen? Das Konto geht mit Ihrer Notiz an seinen Forderungsmanager zurück.</translation>
    </message>
</context>
<context>
    <name>ardesk::BankAssignDialog</name>
    <message>
        <source>Assign a bank credit</source>
        <translation>Zahlungseingang zuweisen</translation>
    </message>
    <message>
        <source>%1 on %2 from %3: “%4”</source>
        <translation>%1 am %2 von %3: „%4“</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>einem Zahler ohne Namen</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Kundennummer oder Name</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Ä&amp;lteste zuerst zuordnen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Remember the account %1 for this customer</source>
        <translation>Konto %1 für diesen Kunden &amp;hinterlegen</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Zu&amp;weisen</translation>
    </message>
    <message>
        <source>Open items (what is not applied stays on the account as unapplied cash):</source>
        <translation>Offene Posten (was nicht zugeordnet wird, bleibt als nicht zugeordnete Zahlung auf dem Konto):</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Kein einzelner Kunde passt zu „%1“</translation>
    </message>
    <message>
        <source>%1 keeps its account in %2; the credit is in %3</source>
        <translation>%1 führt sein Konto in %2; der Zahlungseingang ist in %3</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>von Hand zugewiesen</translation>
    </message>
    <message>
        <source>Credit %1 · applied %2 · unapplied %3</source>
        <translation>Eingang %1 · zugeordnet %2 · nicht zugeordnet %3</translation>
    </message>
</context>
<context>
    <name>ardesk::BankImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>A camt.053 (.xml) or CSV statement from the bank</source>
        <translation>Ein Kontoauszug der Bank als camt.053 (.xml) oder CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>camt.053 (ISO 20022)</source>
        <translation>camt.053 (ISO 20022)</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV mit Mapping</translation>
    </message>
    <message>
        <source>CSV only: a mapping kept in the book, or a JSON file</source>
        <translation>Nur CSV: ein im Mandanten gespeichertes Mapping oder eine JSON-Datei</translation>
    </message>
    <message>
        <source>Mapping &amp;file…</source>
        <translation>Mapping-Dat&amp;ei…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Kontoauszug:</translation>
    </message>
    <message>
        <source>CSV &amp;mapping:</source>
        <translation>CSV-&amp;Mapping:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file and press Review. Nothing is posted until you press Post.</source>
        <translation>Wählen Sie die Kontoauszugsdatei der Bank und klicken Sie auf Prüfen. Gebucht wird erst, wenn Sie auf Buchen klicken.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Ausgewählte Buchung</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>Zu&amp;weisen…</translation>
    </message>
    <message>
        <source>Post as:</source>
        <translation>Buchen als:</translation>
    </message>
    <message>
        <source>&amp;Post checked entries</source>
        <translation>Markierte Buchungen b&amp;uchen</translation>
    </message>
    <message>
        <source>Posts every checked entry in one go: all of them or, on any problem, none</source>
        <translation>Bucht alle markierten Buchungen in einem Schritt: alle oder, bei einem Problem, keine</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.053 *.camt *.csv *.txt);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.053 *.camt *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV mapping</source>
        <translation>CSV-Mapping</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mappings (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file first.</source>
        <translation>Wählen Sie zuerst die Kontoauszugsdatei der Bank.</translation>
    </message>
    <message>
        <source>Reading and matching %1…</source>
        <translation>%1 wird gelesen und abgeglichen…</translation>
    </message>
    <message>
        <source>The review was cancelled: nothing is shown and nothing changed.</source>
        <translation>Die Prüfung wurde abgebrochen: Es wird nichts angezeigt, und nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is refused: nothing in it can be posted, and nothing changed.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 wird abgelehnt: Nichts daraus kann gebucht werden, und nichts wurde geändert.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>Statement &lt;b&gt;%1&lt;/b&gt; (%2): %n transaction(s).</source>
        <translation>
            <numerusform>Kontoauszug &lt;b&gt;%1&lt;/b&gt; (%2): %n Umsatz.</numerusform>
            <numerusform>Kontoauszug &lt;b&gt;%1&lt;/b&gt; (%2): %n Umsätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>bereits gebucht</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>Wählen Sie eine Buchung aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, entry %3 (line %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; am %2, Buchung %3 (Zeile %4)</translation>
    </message>
    <message>
        <source>From: %1 %2</source>
        <translation>Zahler: %1 %2</translation>
    </message>
    <message>
        <source>Remittance: %1</source>
        <translation>Verwendungszweck: %1</translation>
    </message>
    <message>
        <source>Structured reference: %1</source>
        <translation>Strukturierte Referenz: %1</translation>
    </message>
    <message>
        <source>Why: %1 (confidence %2 %)</source>
        <translation>Grund: %1 (Konfidenz %2 %)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;Warning: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Warnung: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Already posted by an earlier import of this statement: it is not posted again.</source>
        <translation>Bereits durch einen früheren Import dieses Kontoauszugs gebucht: wird nicht erneut gebucht.</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Auslassen</translation>
    </message>
    <message>
        <source>Nothing checked to post.</source>
        <translation>Nichts zum Buchen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>To post: %n payment(s), %1</source>
        <translation>
            <numerusform>Zu buchen: %n Zahlung, %1</numerusform>
            <numerusform>Zu buchen: %n Zahlungen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is checked to post.</source>
        <translation>Es ist nichts zum Buchen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Posting %n payment(s)…</source>
        <translation>
            <numerusform>%n Zahlung wird gebucht…</numerusform>
            <numerusform>%n Zahlungen werden gebucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted.</source>
        <translation>Das Buchen wurde abgebrochen: Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>Es wurde nichts gebucht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n payment(s).</source>
        <translation>
            <numerusform>%n Zahlung gebucht.</numerusform>
            <numerusform>%n Zahlungen gebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This statement was imported before.&lt;/b&gt; Already posted, and not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Dieser Kontoauszug wurde schon einmal importiert.&lt;/b&gt; Bereits gebucht und nicht erneut gebucht: %n Umsatz.</numerusform>
            <numerusform>&lt;b&gt;Dieser Kontoauszug wurde schon einmal importiert.&lt;/b&gt; Bereits gebucht und nicht erneut gebucht: %n Umsätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already posted before, so not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>Bereits früher gebucht und daher nicht erneut gebucht: %n Umsatz.</numerusform>
            <numerusform>Bereits früher gebucht und daher nicht erneut gebucht: %n Umsätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>An account could not be remembered: %1</source>
        <translation>Ein Zahlerkonto konnte nicht hinterlegt werden: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::BankReviewModel</name>
    <message numerus="yes">
        <source>Matched: posted as shown (%n)</source>
        <translation>
            <numerusform>Abgeglichen: wird wie angezeigt gebucht (%n)</numerusform>
            <numerusform>Abgeglichen: werden wie angezeigt gebucht (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested: check the box to confirm (%n)</source>
        <translation>
            <numerusform>Vorgeschlagen: zum Bestätigen anhaken (%n)</numerusform>
            <numerusform>Vorgeschlagen: zum Bestätigen anhaken (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched: assign to a customer (%n)</source>
        <translation>
            <numerusform>Nicht abgeglichen: einem Kunden zuweisen (%n)</numerusform>
            <numerusform>Nicht abgeglichen: einem Kunden zuweisen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not to post: already posted, debits, pending (%n)</source>
        <translation>
            <numerusform>Nicht zu buchen: bereits gebucht, Belastungen, vorgemerkt (%n)</numerusform>
            <numerusform>Nicht zu buchen: bereits gebucht, Belastungen, vorgemerkt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <source>%1 (reference %2)</source>
        <translation>%1 (Referenz %2)</translation>
    </message>
    <message>
        <source>%1. Warning: %2</source>
        <translation>%1. Warnung: %2</translation>
    </message>
    <message>
        <source>Entry %1, line %2 of the file</source>
        <translation>Buchung %1, Zeile %2 der Datei</translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>bereits gebucht</translation>
    </message>
    <message>
        <source>debit</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>to assign</source>
        <translation>zuzuweisen</translation>
    </message>
    <message>
        <source>all unapplied</source>
        <translation>alles nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1; %2 unapplied</source>
        <translation>%1; %2 nicht zugeordnet</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>assigned by you</source>
        <translation>von Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ardesk::BookOpenRun</name>
    <message>
        <source>Aging snapshots</source>
        <translation>Momentaufnahmen der Altersstruktur</translation>
    </message>
    <message>
        <source>Promise evaluation</source>
        <translation>Auswertung der Zahlungszusagen</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Ratenpläne</translation>
    </message>
    <message>
        <source>Credit holds</source>
        <translation>Kreditsperren</translation>
    </message>
    <message>
        <source>Collection strategy</source>
        <translation>Mahnstrategie</translation>
    </message>
    <message numerus="yes">
        <source>%n month-end aging snapshot(s) taken.</source>
        <translation>
            <numerusform>%n Momentaufnahme der Altersstruktur zum Monatsende erstellt.</numerusform>
            <numerusform>%n Momentaufnahmen der Altersstruktur zum Monatsende erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Zusagen zum %1: %2 eingehalten, %3 teilweise eingehalten, %4 gebrochen, %5 ausstehend; %n Wiedervorlage angelegt.</numerusform>
            <numerusform>Zusagen zum %1: %2 eingehalten, %3 teilweise eingehalten, %4 gebrochen, %5 ausstehend; %n Wiedervorlagen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans: %1 defaulted, %2 completed.</source>
        <translation>Ratenpläne: %1 notleidend, %2 abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s) set.</source>
        <translation>
            <numerusform>%n Kreditsperre gesetzt.</numerusform>
            <numerusform>%n Kreditsperren gesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection strategy: %n action(s) created.</source>
        <translation>
            <numerusform>Mahnstrategie: %n Maßnahme angelegt.</numerusform>
            <numerusform>Mahnstrategie: %n Maßnahmen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The book&apos;s daily run could not start: %1</source>
        <translation>Der Tageslauf des Mandanten konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The book&apos;s daily run was cancelled.</source>
        <translation>Der Tageslauf des Mandanten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Daily run as of %1: %2 snapshot(s), %3 promise follow-up(s), %4 plan default(s), %5 credit hold(s), %6 strategy action(s).</source>
        <translation>Tageslauf zum %1: %2 Momentaufnahme(n), %3 Wiedervorlage(n) zu Zusagen, %4 notleidende Ratenpläne, %5 Kreditsperre(n), %6 Mahnmaßnahme(n).</translation>
    </message>
    <message>
        <source>%1: done earlier today; nothing has changed since.</source>
        <translation>%1: heute bereits erledigt; seitdem hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ardesk::CashForecastView</name>
    <message>
        <source>Cash forecast</source>
        <translation>Zahlungseingangsprognose</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Ratenpläne</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Actual - forecast</source>
        <translation>Ist - Prognose</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The book has no open items.</source>
        <translation>Der Mandant hat keine offenen Posten.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>Die Prognose konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Expected receipts by week from open items (due date shifted by each customer&apos;s average days late), promises to pay and payment-plan instalments. Not in the weeks: %1 behind expectation (overdue beyond the customer&apos;s usual delay), %2 after the 13th week, %3 disputed.</source>
        <translation>Erwartete Zahlungseingänge je Woche aus offenen Posten (Fälligkeit um den durchschnittlichen Zahlungsverzug des jeweiligen Kunden verschoben), Zahlungszusagen und Raten aus Ratenplänen. Nicht in den Wochen enthalten: %1 hinter der Erwartung (überfällig über den üblichen Verzug des Kunden hinaus), %2 nach der 13. Woche, %3 reklamiert.</translation>
    </message>
    <message>
        <source>Cash forecast by week (%1): past weeks forecast against actual</source>
        <translation>Zahlungseingangsprognose je Woche (%1): vergangene Wochen Prognose gegenüber Ist</translation>
    </message>
    <message>
        <source>%1 to %2 (past)</source>
        <translation>%1 bis %2 (vergangen)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>e.g. accounts payable, CFO</source>
        <translation>z. B. Kreditorenbuchhaltung, Finanzleitung</translation>
    </message>
    <message>
        <source>+46 8 123 456 78</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone when empty</source>
        <translation>Wenn leer: Zeitzone des Kunden</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this customer</source>
        <translation>&amp;Hauptansprechpartner für diesen Kunden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactPanel</name>
    <message>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Press 1-9 or 0 to pick an outcome</source>
        <translation>Drücken Sie 1-9 oder 0, um ein Ergebnis zu wählen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Wiedervorlage am</translation>
    </message>
    <message>
        <source>Why the call may go ahead anyway</source>
        <translation>Warum der Anruf trotzdem stattfinden darf</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>Kontakt er&amp;fassen</translation>
    </message>
    <message>
        <source>Log the contact and finish the task (Ctrl+Enter)</source>
        <translation>Kontakt erfassen und Aufgabe abschließen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>&amp;Erreicht:</translation>
    </message>
    <message>
        <source>Outcome (keys 1-9, 0):</source>
        <translation>Ergebnis (Tasten 1-9, 0):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>O&amp;verride:</source>
        <translation>Frei&amp;gabe:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Promise to pay…</source>
        <translation>Zahlungszusage…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Reklamation…</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Beschwerde…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Resolve dispute…</source>
        <translation>Reklamation erledigen…</translation>
    </message>
    <message>
        <source>Task: %1, due %2</source>
        <translation>Aufgabe: %1, fällig %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: unknown (no time zone)</source>
        <translation>Ortszeit des Kunden: unbekannt (keine Zeitzone)</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 %2 (%3)</source>
        <translation>Ortszeit des Kunden: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>cease communication</source>
        <translation>Kontaktverbot</translation>
    </message>
    <message>
        <source>represented by an attorney</source>
        <translation>anwaltlich vertreten</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>keine Anrufe</translation>
    </message>
    <message>
        <source>no calls at work</source>
        <translation>keine Anrufe am Arbeitsplatz</translation>
    </message>
    <message>
        <source>consumer rules</source>
        <translation>Verbraucherregeln</translation>
    </message>
    <message>
        <source>Call blocked: %1. As a supervisor you may log it with an override reason.</source>
        <translation>Anruf gesperrt: %1. Als Teamleitung können Sie ihn mit einem Freigabegrund erfassen.</translation>
    </message>
    <message>
        <source>Call blocked: %1. Only a supervisor can override.</source>
        <translation>Anruf gesperrt: %1. Nur die Teamleitung kann das übergehen.</translation>
    </message>
    <message>
        <source>A call is allowed now.</source>
        <translation>Ein Anruf ist jetzt erlaubt.</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>%1
Flags: %2</source>
        <translation>%1
Hinweise: %2</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>kein Kunde angezeigt</translation>
    </message>
    <message>
        <source>Pick an outcome first (keys 1-9 and 0).</source>
        <translation>Wählen Sie zuerst ein Ergebnis (Tasten 1-9 und 0).</translation>
    </message>
    <message>
        <source>The call is blocked: give an override reason to log it anyway.</source>
        <translation>Der Anruf ist gesperrt: Geben Sie einen Freigabegrund an, um ihn trotzdem zu erfassen.</translation>
    </message>
    <message>
        <source>The call is blocked: %1</source>
        <translation>Der Anruf ist gesperrt: %1</translation>
    </message>
    <message>
        <source>Contact logged with an override (audited).</source>
        <translation>Kontakt mit Freigabe erfasst (protokolliert).</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Kontakt erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) to pay recorded.</source>
        <translation>
            <numerusform>%n Zahlungszusage erfasst.</numerusform>
            <numerusform>%n Zahlungszusagen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>kein Mandant geöffnet</translation>
    </message>
    <message>
        <source>Dispute opened on %1.</source>
        <translation>Reklamation zu %1 eröffnet.</translation>
    </message>
    <message>
        <source>Complaint recorded.</source>
        <translation>Beschwerde erfasst.</translation>
    </message>
    <message>
        <source>Escalated to the supervisor.</source>
        <translation>An die Teamleitung eskaliert.</translation>
    </message>
    <message>
        <source>Promise to pay — %1</source>
        <translation>Zahlungszusage — %1</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Zugesagt für</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>das Konto</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>&amp;Add another date</source>
        <translation>Weiteres &amp;Datum hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Record promise</source>
        <translation>Zusage &amp;erfassen</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Enter at least one amount.</source>
        <translation>Geben Sie mindestens einen Betrag ein.</translation>
    </message>
    <message>
        <source>Dispute — %1</source>
        <translation>Reklamation — %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Rechnung:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation>Reklamation &amp;eröffnen</translation>
    </message>
    <message>
        <source>Select an open dispute first.</source>
        <translation>Wählen Sie zuerst eine offene Reklamation.</translation>
    </message>
    <message>
        <source>Resolve the dispute on %1</source>
        <translation>Reklamation zu %1 erledigen</translation>
    </message>
    <message>
        <source>Settled by credit note</source>
        <translation>Durch Gutschrift erledigt</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Ausbuchung beantragt</translation>
    </message>
    <message>
        <source>Rejected: collectible again</source>
        <translation>Abgelehnt: wieder einziehbar</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Erledigung:</translation>
    </message>
    <message>
        <source>&amp;Credit note:</source>
        <translation>&amp;Gutschrift:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Erle&amp;digen</translation>
    </message>
    <message>
        <source>Dispute resolved.</source>
        <translation>Reklamation erledigt.</translation>
    </message>
    <message>
        <source>Complaint — %1</source>
        <translation>Beschwerde — %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Collector&apos;s conduct</source>
        <translation>Verhalten des Forderungsmanagers</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Rechnungsfehler</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>Resolved today</source>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>&amp;Zufriedenheit (1-5):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was ist passiert:</translation>
    </message>
    <message>
        <source>&amp;Record complaint</source>
        <translation>Beschwerde &amp;erfassen</translation>
    </message>
    <message>
        <source>Escalate %1 to the supervisor</source>
        <translation>%1 an die Teamleitung eskalieren</translation>
    </message>
    <message>
        <source>e.g. asks for a payment plan over 12 months</source>
        <translation>z. B. wünscht einen Ratenplan über 12 Monate</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditHoldBadge</name>
    <message>
        <source>ON CREDIT HOLD since %1: %2</source>
        <translation>GESPERRT seit %1: %2</translation>
    </message>
    <message>
        <source>No new credit (invoices or orders) until a supervisor or manager releases the hold.</source>
        <translation>Kein neuer Kredit (Rechnungen oder Aufträge), bis die Teamleitung oder die Leitung die Sperre aufhebt.</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>GESPERRT: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditPolicyEditor</name>
    <message>
        <source>&amp;New policy</source>
        <translation>Ne&amp;ue Richtlinie</translation>
    </message>
    <message>
        <source>Policy templates per risk class or segment. A customer follows the policy assigned on its form; its own credit limit overrides the policy&apos;s.</source>
        <translation>Vorlagen für Kreditrichtlinien je Risikoklasse oder Segment. Ein Kunde folgt der Kreditrichtlinie, die ihm in seinen Stammdaten zugewiesen ist; sein eigenes Kreditlimit hat Vorrang vor dem der Richtlinie.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>jedes Segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Risikoklasse:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source> days net</source>
        <translation> Tage netto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <source>Early-payment &amp;discount:</source>
        <translation>S&amp;konto:</translation>
    </message>
    <message>
        <source>Discount &amp;period:</source>
        <translation>Skonto&amp;frist:</translation>
    </message>
    <message>
        <source>Credit limit and hold rules</source>
        <translation>Kreditlimit und Sperrregeln</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Hold when the balance is over the credit limit</source>
        <translation>Sperren, wenn der Saldo über dem Kreditlimit liegt</translation>
    </message>
    <message>
        <source>Hold when the oldest item is more than</source>
        <translation>Sperren, wenn der älteste Posten mehr als</translation>
    </message>
    <message>
        <source> days past due</source>
        <translation> Tage überfällig ist</translation>
    </message>
    <message>
        <source>Hold when the overdue amount is above</source>
        <translation>Sperren, wenn der überfällige Betrag höher ist als</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <source> broken promises</source>
        <translation> gebrochenen Zusagen</translation>
    </message>
    <message>
        <source>within </source>
        <translation>innerhalb von </translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Kredit&amp;limit:</translation>
    </message>
    <message>
        <source>Review and collection</source>
        <translation>Prüfung und Mahnwesen</translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation>Prüfung all&amp;e:</translation>
    </message>
    <message>
        <source>Collection &amp;strategy:</source>
        <translation>&amp;Mahnstrategie:</translation>
    </message>
    <message>
        <source>Late-payment interest and fees</source>
        <translation>Verzugszinsen und Gebühren</translation>
    </message>
    <message>
        <source>the customer&apos;s country rule</source>
        <translation>Länderregel des Kunden</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Prozentpunkte</translation>
    </message>
    <message>
        <source>from the country rule</source>
        <translation>aus der Länderregel</translation>
    </message>
    <message>
        <source>Reference rate &amp;region:</source>
        <translation>Regi&amp;on des Referenzzinssatzes:</translation>
    </message>
    <message>
        <source>&amp;Margin over the reference rate:</source>
        <translation>&amp;Aufschlag auf den Referenzzinssatz:</translation>
    </message>
    <message>
        <source>Recovery &amp;compensation per invoice:</source>
        <translation>Verzugs&amp;pauschale je Rechnung:</translation>
    </message>
    <message>
        <source>Reminder fee cap:</source>
        <translation>Obergrenze Mahngebühren:</translation>
    </message>
    <message>
        <source>Collection fee cap:</source>
        <translation>Obergrenze Inkassokosten:</translation>
    </message>
    <message>
        <source>Fee &amp;currency:</source>
        <translation>Gebühren&amp;währung:</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <source>By segment or risk class (default)</source>
        <translation>Nach Segment oder Risikoklasse (Standard)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only a manager changes credit policies; you can read them here.</source>
        <translation>Nur die Leitung ändert Kreditrichtlinien; hier können Sie sie einsehen.</translation>
    </message>
    <message>
        <source>%1: not an amount (digits with at most two decimals)</source>
        <translation>%1: kein Betrag (Ziffern mit höchstens zwei Nachkommastellen)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Überfälliger Betrag</translation>
    </message>
    <message>
        <source>Overdue amount: enter the amount above which the account is held</source>
        <translation>Überfälliger Betrag: Geben Sie den Betrag ein, ab dem das Konto gesperrt wird</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Verzugspauschale</translation>
    </message>
    <message>
        <source>Reminder fee cap</source>
        <translation>Obergrenze Mahngebühren</translation>
    </message>
    <message>
        <source>Collection fee cap</source>
        <translation>Obergrenze Inkassokosten</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Nicht gespeichert: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>Kreditrichtlinie %1 gespeichert.</translation>
    </message>
    <message>
        <source>Post interest and compensation as debit notes (Clerk &gt; Post interest)</source>
        <translation>Zinsen und Pauschale als Belastungsanzeigen buchen (Buchhaltung &gt; Zinsen buchen)</translation>
    </message>
    <message>
        <source>Off: interest and compensation are only shown on letters and statements.</source>
        <translation>Aus: Zinsen und Pauschale erscheinen nur in Briefen und Kontoübersichten.</translation>
    </message>
    <message>
        <source>none, or such as 30/60/90</source>
        <translation>keine, oder z. B. 30/60/90</translation>
    </message>
    <message>
        <source>Days after the issue date of each part, separated by /; equal parts, or DAYS:PERCENT for each part. Each part is aged on its own.</source>
        <translation>Tage nach dem Rechnungsdatum für jeden Teil, getrennt durch /; gleiche Teile, oder TAGE:PROZENT für jeden Teil. Jeder Teil wird in der Altersgliederung für sich geführt.</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Teilzahlungen:</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <source>Edit customer %1</source>
        <translation>Kunde %1 bearbeiten</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Kredit&amp;limit:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Risikoklasse:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Keine Kreditrichtlinie</translation>
    </message>
    <message>
        <source>The customer&apos;s own credit limit, when set, overrides the policy&apos;s.</source>
        <translation>Das eigene Kreditlimit des Kunden hat, sofern festgelegt, Vorrang vor dem der Kreditrichtlinie.</translation>
    </message>
    <message>
        <source>Only a manager assigns credit policies.</source>
        <translation>Nur die Leitung weist Kreditrichtlinien zu.</translation>
    </message>
    <message>
        <source>Credit &amp;policy:</source>
        <translation>Kre&amp;ditrichtlinie:</translation>
    </message>
    <message>
        <source>Only a manager sets the credit limit and the risk class.</source>
        <translation>Nur die Leitung legt Kreditlimit und Risikoklasse fest.</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <source>Open items %1, unapplied cash and credits %2</source>
        <translation>Offene Posten %1, nicht zugeordnete Zahlungen und Gutschriften %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Forderungsmanager(in)</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Nach Kundennummer oder Name suchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardTile</name>
    <message>
        <source>Show the list behind %1</source>
        <translation>Liste hinter %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Amounts of different currencies are never added: one currency at a time</source>
        <translation>Beträge verschiedener Währungen werden nie addiert: immer nur eine Währung</translation>
    </message>
    <message>
        <source>Aging by collector</source>
        <translation>Altersstruktur nach Forderungsmanager</translation>
    </message>
    <message>
        <source>Aging by risk class</source>
        <translation>Altersstruktur nach Risikoklasse</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Ältester (Tage)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Top overdue accounts</source>
        <translation>Konten mit den höchsten Überfälligkeiten</translation>
    </message>
    <message>
        <source>Moved into the last bucket since the last month-end</source>
        <translation>Seit dem letzten Monatsende ins letzte Laufzeitband gewechselt</translation>
    </message>
    <message>
        <source>Total AR</source>
        <translation>Forderungen gesamt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>DSO (days)</source>
        <translation>DSO (Tage)</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>ADD (days)</source>
        <translation>ADD (Tage)</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>In diesem Monat eingezogen</translation>
    </message>
    <message>
        <source>Promises due today</source>
        <translation>Heute fällige Zusagen</translation>
    </message>
    <message>
        <source>Broken this week</source>
        <translation>Diese Woche gebrochen</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <source>Accounts on hold</source>
        <translation>Gesperrte Konten</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The book has no invoices yet.</source>
        <translation>Der Mandant hat noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>As of %1 · tiles in %2 ms, all in %3 ms</source>
        <translation>Stand %1 · Kacheln in %2 ms, alles in %3 ms</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>of AR not yet due</source>
        <translation>der Forderungen nicht fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) to today</source>
        <translation>
            <numerusform>%n Monat bis heute</numerusform>
            <numerusform>%n Monate bis heute</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <translation>Ziel %1 (%2)</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>kein Ziel festgelegt</translation>
    </message>
    <message>
        <source>Aging by bucket (%1)</source>
        <translation>Altersstruktur nach Laufzeitband (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>DSO, ADD and CEI at month-ends (%1)</source>
        <translation>DSO, ADD und CEI zu den Monatsenden (%1)</translation>
    </message>
    <message>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation>CEI %</translation>
    </message>
    <message>
        <source>Collected by week against target (%1)</source>
        <translation>Eingezogen je Woche im Vergleich zum Ziel (%1)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingezogen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Open disputes by reason (%1)</source>
        <translation>Offene Reklamationen nach Grund (%1)</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>no open disputes</source>
        <translation>keine offenen Reklamationen</translation>
    </message>
    <message>
        <source>Moved into %1 since %2</source>
        <translation>Seit %2 nach %1 gewechselt</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, risk class %3</source>
        <translation>Offene Posten in %1, %2 Tage überfällig, Risikoklasse %3</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, collector %3</source>
        <translation>Offene Posten in %1, %2 Tage überfällig, Forderungsmanager(in) %3</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs of %2: invoices issued %3 to %4</source>
        <translation>Umsätze auf Ziel in %1 hinter den Kennzahlen von %2: Rechnungen vom %3 bis %4</translation>
    </message>
    <message>
        <source>Payments in %1 received %2 to %3, not reversed</source>
        <translation>Zahlungen in %1, eingegangen vom %2 bis %3, nicht storniert</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute: %2</source>
        <translation>Rechnungen in %1 mit offener Reklamation: %2</translation>
    </message>
    <message>
        <source>Open items in %1</source>
        <translation>Offene Posten in %1</translation>
    </message>
    <message>
        <source>Overdue items in %1 (due before %2)</source>
        <translation>Überfällige Posten in %1 (fällig vor %2)</translation>
    </message>
    <message>
        <source>Items in %1 not yet due</source>
        <translation>Nicht fällige Posten in %1</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs: invoices issued %2 to %3</source>
        <translation>Umsätze auf Ziel in %1 hinter den Kennzahlen: Rechnungen vom %2 bis %3</translation>
    </message>
    <message>
        <source>Payments in %1 received this month, not reversed</source>
        <translation>Zahlungen in %1, in diesem Monat eingegangen, nicht storniert</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise due today</source>
        <translation>Kunden in %1 mit heute fälliger Zusage</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise broken this week</source>
        <translation>Kunden in %1 mit in dieser Woche gebrochener Zusage</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute</source>
        <translation>Rechnungen in %1 mit offener Reklamation</translation>
    </message>
    <message>
        <source>Customers in %1 on credit hold</source>
        <translation>Kunden in %1 mit Kreditsperre</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, risk class %2</source>
        <translation>Offene Posten in %1, nicht fällig, Risikoklasse %2</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, collector %2</source>
        <translation>Offene Posten in %1, nicht fällig, Forderungsmanager %2</translation>
    </message>
</context>
<context>
    <name>ardesk::DepositBatchDialog</name>
    <message>
        <source>Deposit batch</source>
        <translation>Scheckeinreichung</translation>
    </message>
    <message>
        <source>e.g. deposit slip number</source>
        <translation>z. B. Nummer des Einreichungsbelegs</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Einreichung:</translation>
    </message>
    <message>
        <source>Control &amp;total:</source>
        <translation>Kontroll&amp;summe:</translation>
    </message>
    <message>
        <source>Control c&amp;ount:</source>
        <translation>Kontroll&amp;anzahl:</translation>
    </message>
    <message>
        <source>&amp;Add check</source>
        <translation>Scheck &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove check</source>
        <translation>Scheck ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>Einreichung &amp;buchen</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) keyed</source>
        <translation>
            <numerusform>%n Scheck erfasst</numerusform>
            <numerusform>%n Schecks erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>keyed %1</source>
        <translation>erfasst %1</translation>
    </message>
    <message>
        <source>an amount cannot be read</source>
        <translation>ein Betrag ist nicht lesbar</translation>
    </message>
    <message>
        <source>Balanced: ready to post.</source>
        <translation>Abgestimmt: bereit zum Buchen.</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Nichts gebucht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted batch of %n check(s): %1 applied, %2 unapplied.</source>
        <translation>
            <numerusform>Einreichung mit %n Scheck gebucht: %1 zugeordnet, %2 nicht zugeordnet.</numerusform>
            <numerusform>Einreichung mit %n Schecks gebucht: %1 zugeordnet, %2 nicht zugeordnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DepositLinesModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Check / reference</source>
        <translation>Scheck / Referenz</translation>
    </message>
    <message>
        <source>Invoice (optional)</source>
        <translation>Rechnung (optional)</translation>
    </message>
</context>
<context>
    <name>ardesk::DocumentSettingsEditor</name>
    <message>
        <source>What every letter, statement of account and payment plan agreement prints besides its template: who sends it and how the customer pays.</source>
        <translation>Was jeder Brief, jede Kontoübersicht und jede Ratenplanvereinbarung neben ihrer Vorlage druckt: wer sie versendet und wie der Kunde zahlt.</translation>
    </message>
    <message>
        <source>Company name
Street
Postcode and town</source>
        <translation>Firmenname
Straße
PLZ und Ort</translation>
    </message>
    <message>
        <source>Every language (default)</source>
        <translation>Alle Sprachen (Standard)</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Englische Briefe</translation>
    </message>
    <message>
        <source>German letters</source>
        <translation>Deutsche Briefe</translation>
    </message>
    <message>
        <source>French letters</source>
        <translation>Französische Briefe</translation>
    </message>
    <message>
        <source>Swedish letters</source>
        <translation>Schwedische Briefe</translation>
    </message>
    <message>
        <source>Czech letters</source>
        <translation>Tschechische Briefe</translation>
    </message>
    <message>
        <source> days after the letter&apos;s date</source>
        <translation> Tage nach dem Briefdatum</translation>
    </message>
    <message>
        <source>Dunning letters show late-payment &amp;interest and compensation</source>
        <translation>Mahnschreiben zeigen &amp;Verzugszinsen und Pauschale</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Se&amp;nder (name and address):</source>
        <translation>Abse&amp;nder (Name und Anschrift):</translation>
    </message>
    <message>
        <source>Payment instructions &amp;for:</source>
        <translation>Zahlungshinweise &amp;für:</translation>
    </message>
    <message>
        <source>Payment &amp;instructions:</source>
        <translation>Zahlungs&amp;hinweise:</translation>
    </message>
    <message>
        <source>&amp;Pay by:</source>
        <translation>Zahlbar &amp;bis:</translation>
    </message>
    <message>
        <source>Only a manager or an administrator changes these; you can read them here.</source>
        <translation>Nur ein Manager oder ein Administrator ändert diese Angaben; Sie können sie hier lesen.</translation>
    </message>
    <message>
        <source>Bank, IBAN and BIC, and what to quote with the payment</source>
        <translation>Bank, IBAN und BIC sowie die bei der Zahlung anzugebende Referenz</translation>
    </message>
    <message>
        <source>Printed on letters in every language that has no text of its own.</source>
        <translation>Wird auf Briefe in jeder Sprache gedruckt, die keinen eigenen Text hat.</translation>
    </message>
    <message>
        <source>Leave empty to print the default text (shown greyed) on %1.</source>
        <translation>Leer lassen, um auf „%1“ den Standardtext (grau angezeigt) zu drucken.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Saved. Letters rendered from now on print these.</source>
        <translation>Gespeichert. Ab jetzt erstellte Briefe drucken diese Angaben.</translation>
    </message>
</context>
<context>
    <name>ardesk::EscalationQueueWidget</name>
    <message>
        <source>Raised</source>
        <translation>Eskaliert am</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Every supervisor&apos;s escalations</source>
        <translation>Eskalationen &amp;aller Teamleitungen</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>Konto &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Take the account</source>
        <translation>&amp;Konto übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Return with &amp;instructions…</source>
        <translation>Mit Anwei&amp;sungen zurückgeben…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>You work the account yourself: it moves to your portfolio</source>
        <translation>Sie bearbeiten das Konto selbst: Es wechselt in Ihr Portfolio</translation>
    </message>
    <message>
        <source>Back to the collector, with what to do next</source>
        <translation>Zurück an den Forderungsmanager, mit den nächsten Schritten</translation>
    </message>
    <message>
        <source>Reassign the account</source>
        <translation>Konto neu zuweisen</translation>
    </message>
    <message>
        <source>&amp;Collector:</source>
        <translation>&amp;Forderungsmanager(in):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <source>Return with instructions</source>
        <translation>Mit Anweisungen zurückgeben</translation>
    </message>
    <message>
        <source>What should the collector do next?</source>
        <translation>Was soll der Forderungsmanager als Nächstes tun?</translation>
    </message>
    <message>
        <source>Resolve the escalation</source>
        <translation>Eskalation erledigen</translation>
    </message>
    <message>
        <source>How was it settled?</source>
        <translation>Wie wurde sie erledigt?</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>kein Mandant geöffnet</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestLinesModel</name>
    <message>
        <source>Interest on %1</source>
        <translation>Zinsen auf %1</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Verzugspauschale</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>Belastungsanzeige</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestPostingDialog</name>
    <message>
        <source>Post interest</source>
        <translation>Zinsen buchen</translation>
    </message>
    <message>
        <source>Late-payment interest since the last posting and the recovery compensation (once per invoice) of the customers whose credit policy posts them, as debit notes due at once. Running it again for the same date posts nothing.</source>
        <translation>Verzugszinsen seit der letzten Buchung und die Verzugspauschale (einmal je Rechnung) der Kunden, deren Kreditrichtlinie sie bucht, als sofort fällige Belastungsanzeigen. Ein erneuter Lauf zum selben Datum bucht nichts.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>B&amp;uchen</translation>
    </message>
    <message>
        <source>Posting debit notes needs the permission to post invoices</source>
        <translation>Zum Buchen von Belastungsanzeigen ist die Berechtigung zum Buchen von Rechnungen nötig</translation>
    </message>
    <message>
        <source>Nothing to post as of %1.</source>
        <translation>Zum %1 ist nichts zu buchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n debit note(s) to post as of %1.</source>
        <translation>
            <numerusform>%n Belastungsanzeige zum %1 zu buchen.</numerusform>
            <numerusform>%n Belastungsanzeigen zum %1 zu buchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post %n debit note(s) as of %1? They can be undone only by a credit note.</source>
        <translation>
            <numerusform>%n Belastungsanzeige zum %1 buchen? Sie kann nur durch eine Gutschrift rückgängig gemacht werden.</numerusform>
            <numerusform>%n Belastungsanzeigen zum %1 buchen? Sie können nur durch eine Gutschrift rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting interest as of %1…</source>
        <translation>Zinsen zum %1 werden gebucht…</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Nichts gebucht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n debit note(s) as of %1.</source>
        <translation>
            <numerusform>%n Belastungsanzeige zum %1 gebucht.</numerusform>
            <numerusform>%n Belastungsanzeigen zum %1 gebucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by customer, invoice or text</source>
        <translation>Nach Kunde, Rechnung oder Text filtern</translation>
    </message>
    <message>
        <source>Every reason (%1)</source>
        <translation>Alle Gründe (%1)</translation>
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
            <numerusform>%n Betrag kann nicht gebucht werden (%1); siehe Reiter „Nicht gebucht“.</numerusform>
            <numerusform>%n Beträge können nicht gebucht werden (%1); siehe Reiter „Nicht gebucht“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debit notes (%1)</source>
        <translation>Belastungsanzeigen (%1)</translation>
    </message>
    <message>
        <source>Not posted (%1)</source>
        <translation>Nicht gebucht (%1)</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Read the preview again</source>
        <translation>Vorschau neu lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading what a posting as of %1 would post…</source>
        <translation>Es wird gelesen, was eine Buchung zum %1 buchen würde…</translation>
    </message>
    <message>
        <source>The preview was cancelled: nothing to post. Press Preview to read it again.</source>
        <translation>Die Vorschau wurde abgebrochen: nichts zu buchen. Drücken Sie „Vorschau“, um sie neu zu lesen.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSettings</name>
    <message>
        <source> points</source>
        <translation> Prozentpunkte</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference rates</source>
        <translation>Referenzzinssätze</translation>
    </message>
    <message>
        <source>The central bank&apos;s rate by region. The rate in force on 1 January and 1 July applies to the whole half-year; interest = reference rate + margin.</source>
        <translation>Der Zinssatz der Zentralbank je Region. Der am 1. Januar und 1. Juli geltende Zinssatz gilt für das ganze Halbjahr; Zinsen = Referenzzinssatz + Aufschlag.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>Zinssatz &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete rate</source>
        <translation>Zinssatz &amp;löschen</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>ab:</translation>
    </message>
    <message>
        <source>Rules per country</source>
        <translation>Regeln je Land</translation>
    </message>
    <message>
        <source>A customer&apos;s country picks its rule (the empty country is the default for every other one); a credit policy that names a region overrides it.</source>
        <translation>Das Land eines Kunden bestimmt seine Regel (das leere Land ist der Standard für alle übrigen); eine Kreditrichtlinie, die eine Region nennt, hat Vorrang.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>Reminder cap</source>
        <translation>Obergrenze Mahnung</translation>
    </message>
    <message>
        <source>Collection cap</source>
        <translation>Obergrenze Inkasso</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>actual/365</source>
        <translation>act/365</translation>
    </message>
    <message>
        <source>actual/360</source>
        <translation>act/360</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>Save r&amp;ule</source>
        <translation>Regel s&amp;peichern</translation>
    </message>
    <message>
        <source>Day count:</source>
        <translation>Zinsmethode:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>consumers:</source>
        <translation>Verbraucher:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Aufschlag:</translation>
    </message>
    <message>
        <source>Compensation per invoice:</source>
        <translation>Pauschale je Rechnung:</translation>
    </message>
    <message>
        <source>collection:</source>
        <translation>Inkasso:</translation>
    </message>
    <message>
        <source>Fee caps, reminder:</source>
        <translation>Gebührenobergrenzen, Mahnung:</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Only a manager changes rates and rules; you can read them here.</source>
        <translation>Nur die Leitung ändert Zinssätze und Regeln; hier können Sie sie einsehen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 added.</source>
        <translation>Zinssatz für %1 ab %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 replaced.</source>
        <translation>Zinssatz für %1 ab %2 ersetzt.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 deleted.</source>
        <translation>Zinssatz für %1 ab %2 gelöscht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (digits with at most two decimals)</source>
        <translation>„%1“ ist kein Betrag (Ziffern mit höchstens zwei Nachkommastellen)</translation>
    </message>
    <message>
        <source>The default rule is saved.</source>
        <translation>Die Standardregel ist gespeichert.</translation>
    </message>
    <message>
        <source>The rule for %1 is saved.</source>
        <translation>Die Regel für %1 ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSkipsModel</name>
    <message>
        <source>No reference rate</source>
        <translation>Kein Basiszinssatz</translation>
    </message>
    <message>
        <source>Compensation in another currency</source>
        <translation>Pauschale in anderer Währung</translation>
    </message>
    <message>
        <source>Debit note number taken</source>
        <translation>Nummer der Belastungsanzeige vergeben</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (Teil %2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>In %n Rate: fällig nach Teil %1, dem ältesten noch offenen; das eigene Fälligkeitsdatum der Rechnung ist %2</numerusform>
            <numerusform>In %n Raten: fällig nach Teil %1, dem ältesten noch offenen; das eigene Fälligkeitsdatum der Rechnung ist %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListPage</name>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Search by invoice number, customer code or name</source>
        <translation>Nach Rechnungsnummer, Kundennummer oder Name suchen</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln offene Rechnung</numerusform>
            <numerusform>%Ln offene Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung</numerusform>
            <numerusform>%Ln Rechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LanguageSettings</name>
    <message>
        <source>The language of menus, screens and messages on this computer. Dates, numbers and amounts are shown the way that language writes them. Letters and statements use each customer&apos;s language.</source>
        <translation>Die Sprache von Menüs, Bildschirmen und Meldungen auf diesem Computer. Datumsangaben, Zahlen und Beträge erscheinen so, wie diese Sprache sie schreibt. Briefe und Kontoübersichten verwenden die Sprache des jeweiligen Kunden.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>Saved. ardesk speaks the new language from its next start.</source>
        <translation>Gespeichert. ardesk verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ardesk::LetterRunDialog</name>
    <message>
        <source>Letters and statements</source>
        <translation>Briefe und Kontoübersichten</translation>
    </message>
    <message>
        <source>Statements of account (every customer due one)</source>
        <translation>Kontoübersichten (alle Kunden, bei denen eine fällig ist)</translation>
    </message>
    <message>
        <source>Dunning letters and reminders due</source>
        <translation>Fällige Zahlungserinnerungen und Mahnungen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>D&amp;okumente:</translation>
    </message>
    <message>
        <source>all; or customer numbers, comma-separated</source>
        <translation>alle; oder Kundennummern, durch Komma getrennt</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Kunden:</translation>
    </message>
    <message>
        <source>Save to folder:</source>
        <translation>In Ordner speichern:</translation>
    </message>
    <message>
        <source>Every document is saved as a PDF in the folder and recorded on the customer&apos;s account, where it can be opened again. Letters due are created by the collection strategy for the date first. Running again for the same date records nothing twice.</source>
        <translation>Jedes Dokument wird als PDF im Ordner gespeichert und im Konto des Kunden erfasst, wo es erneut geöffnet werden kann. Fällige Briefe legt zuvor die Mahnstrategie für das Datum an. Ein erneuter Lauf für dasselbe Datum erfasst nichts doppelt.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Save to folder</source>
        <translation>In Ordner speichern</translation>
    </message>
    <message>
        <source>Your role may not send letters or statements.</source>
        <translation>Ihre Rolle darf keine Briefe oder Kontoübersichten versenden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Writing statements…</source>
        <translation>Kontoübersichten werden erstellt…</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Briefe werden erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n document(s); what was written is recorded. Run again to finish.</source>
        <translation>
            <numerusform>Abgebrochen nach %n Dokument; was geschrieben wurde, ist erfasst. Starten Sie den Lauf erneut, um ihn abzuschließen.</numerusform>
            <numerusform>Abgebrochen nach %n Dokumenten; was geschrieben wurde, ist erfasst. Starten Sie den Lauf erneut, um ihn abzuschließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to the folder.</source>
        <translation>
            <numerusform>%n Dokument in den Ordner geschrieben.</numerusform>
            <numerusform>%n Dokumente in den Ordner geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new on the accounts&apos; timelines.</source>
        <translation>
            <numerusform>%n neuer Eintrag im Verlauf der Konten.</numerusform>
            <numerusform>%n neue Einträge im Verlauf der Konten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LetterTemplateEditor</name>
    <message>
        <source>Reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Mahnung, Stufe 1</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Mahnung, Stufe 2</translation>
    </message>
    <message>
        <source>Dunning letter, level 3</source>
        <translation>Mahnung, Stufe 3</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoübersicht</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Start from the &amp;built-in text</source>
        <translation>Mit dem Standardtext &amp;beginnen</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Sections in [brackets] replace the built-in ones (title, subject, opening, body, closing, label.…); placeholders such as {customer_name}, {overdue}, {pay_by} are filled in. The customer&apos;s language picks the template.</source>
        <translation>Abschnitte in [eckigen Klammern] ersetzen die Standardabschnitte (title, subject, opening, body, closing, label.…); Platzhalter wie {customer_name}, {overdue}, {pay_by} werden ausgefüllt. Die Sprache des Kunden bestimmt die Vorlage.</translation>
    </message>
    <message>
        <source>Only a manager changes letter templates; you can read and preview them here.</source>
        <translation>Nur die Leitung ändert Briefvorlagen; hier können Sie sie einsehen und in der Vorschau ansehen.</translation>
    </message>
    <message>
        <source>Your own template (saved in the book).</source>
        <translation>Ihre eigene Vorlage (im Mandanten gespeichert).</translation>
    </message>
    <message>
        <source>The built-in template.</source>
        <translation>Die Standardvorlage.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Nicht gespeichert: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Template saved: letters from now on use it.</source>
        <translation>Vorlage gespeichert: Briefe verwenden sie ab jetzt.</translation>
    </message>
    <message>
        <source>No customer has anything to show on a letter yet.</source>
        <translation>Noch hat kein Kunde etwas, das auf einem Brief erscheinen würde.</translation>
    </message>
    <message>
        <source>Payment plan agreement</source>
        <translation>Ratenplanvereinbarung</translation>
    </message>
    <message>
        <source>No payment plan has been agreed yet: the agreement is previewed on a real plan.</source>
        <translation>Es wurde noch kein Ratenplan vereinbart: Die Vorschau der Vereinbarung braucht einen echten Plan.</translation>
    </message>
</context>
<context>
    <name>ardesk::ListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Diese Liste durchsuchen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>Kein Mandant geöffnet</translation>
    </message>
    <message>
        <source>Open a book (an .ardesk file) to see its customers, invoices and payments. ardesk-cli creates one with init, or fills one with demo data.</source>
        <translation>Öffnen Sie einen Mandanten (eine .ardesk-Datei), um seine Kunden, Rechnungen und Zahlungen zu sehen. ardesk-cli legt einen mit init an oder füllt einen mit Demodaten.</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Mandant öffnen…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This book has no passwords: anyone who can open the file can post and change it. Protect it with an administrator to make everyone sign in.</source>
        <translation>Dieser Mandant hat keine Passwörter: Wer die Datei öffnen kann, kann buchen und ändern. Schützen Sie ihn mit einem Administrator, damit sich alle anmelden müssen.</translation>
    </message>
    <message>
        <source>&amp;Protect this book…</source>
        <translation>Mandant &amp;schützen…</translation>
    </message>
    <message>
        <source>This book is read-only (the file or its folder cannot be written): you can look, but nothing can be posted or changed.</source>
        <translation>Dieser Mandant ist schreibgeschützt (die Datei oder ihr Ordner ist nicht beschreibbar): Sie können ansehen, aber nichts buchen oder ändern.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The last book, %1, could not be opened: %2</source>
        <translation>Der zuletzt verwendete Mandant %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open book</source>
        <translation>Mandant kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Mandant öffnen</translation>
    </message>
    <message>
        <source>ardesk books (*.ardesk);;All files (*)</source>
        <translation>ardesk-Mandanten (*.ardesk);;Alle Dateien (*)</translation>
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
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open book: %1 (schema %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geöffneter Mandant: %1 (Schema %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>About ardesk</source>
        <translation>Über ardesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Accounts receivable on the desktop: customers, invoices, payments, collections.&lt;/p&gt;&lt;p&gt;Book schema version: %2&lt;/p&gt;%3&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Debitorenbuchhaltung am Desktop: Kunden, Rechnungen, Zahlungen, Forderungsmanagement.&lt;/p&gt;&lt;p&gt;Version des Mandantenschemas: %2&lt;/p&gt;%3&lt;p&gt;Protokolldatei: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>&amp;Buchhaltung</translation>
    </message>
    <message>
        <source>Post &amp;payments…</source>
        <translation>&amp;Zahlungen buchen…</translation>
    </message>
    <message>
        <source>&amp;Deposit batch…</source>
        <translation>&amp;Scheckeinreichung…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2 yet. ardesk makes one each time the book is closed.</source>
        <translation>Es gibt noch keine Sicherung von %1 in %2. ardesk legt bei jedem Schließen des Mandanten eine an.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Sicherungen von %1, neueste zuerst:</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? Everything posted since that backup will be gone from the book (the current file is kept beside it as a .before-restore copy).</source>
        <translation>%1 durch die Sicherung %2 ersetzen? Alles, was seit dieser Sicherung gebucht wurde, fehlt danach im Mandanten (die aktuelle Datei bleibt als .before-restore-Kopie daneben erhalten).</translation>
    </message>
    <message>
        <source>The backup on close failed: %1</source>
        <translation>Die Sicherung beim Schließen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;Practice (training)…</source>
        <translation>Übungs&amp;modus (Schulung)…</translation>
    </message>
    <message>
        <source>Open a throw-away copy of the demo book to learn ardesk without touching real data</source>
        <translation>Eine Wegwerfkopie des Demo-Mandanten öffnen, um ardesk kennenzulernen, ohne echte Daten anzutasten</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Open a practice book? It is a fresh copy of the demo business, marked TRAINING, with a checklist for your first day. The book that is open now is closed first; the practice copy is deleted when you end the practice.</source>
        <translation>Übungsmandanten öffnen? Er ist eine frische Kopie des Demo-Unternehmens, als SCHULUNG gekennzeichnet, mit einer Checkliste für Ihren ersten Tag. Der jetzt geöffnete Mandant wird zuerst geschlossen; die Übungskopie wird gelöscht, wenn Sie die Übung beenden.</translation>
    </message>
    <message>
        <source>The practice book could not be made: %1</source>
        <translation>Der Übungsmandant konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the practice book: %1</source>
        <translation>kein temporärer Ordner für den Übungsmandanten: %1</translation>
    </message>
    <message>
        <source>Practice book open: nothing you do here touches real data.</source>
        <translation>Übungsmandant geöffnet: Nichts, was Sie hier tun, berührt echte Daten.</translation>
    </message>
    <message>
        <source>Import &amp;bank statement…</source>
        <translation>&amp;Kontoauszug importieren…</translation>
    </message>
    <message>
        <source>C&amp;ollector</source>
        <translation>Forderungs&amp;management</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>&amp;Nächstes Konto</translation>
    </message>
    <message>
        <source>Open the top account of your queue with its task (F8)</source>
        <translation>Oberstes Konto Ihres Arbeitsvorrats mit seiner Aufgabe öffnen (F8)</translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation>Mein &amp;Arbeitsvorrat</translation>
    </message>
    <message>
        <source>&amp;Escalation queue</source>
        <translation>&amp;Eskalationen</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portfolios</translation>
    </message>
    <message>
        <source>E&amp;valuate promises</source>
        <translation>Zusagen a&amp;uswerten</translation>
    </message>
    <message>
        <source>The queue is still being read.</source>
        <translation>Der Arbeitsvorrat wird noch gelesen.</translation>
    </message>
    <message>
        <source>Nothing left in the queue for today.</source>
        <translation>Für heute ist nichts mehr im Arbeitsvorrat.</translation>
    </message>
    <message>
        <source>Promise evaluation failed: %1</source>
        <translation>Auswertung der Zusagen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Zusagen zum %1: %2 eingehalten, %3 teilweise eingehalten, %4 gebrochen, %5 ausstehend; %n Wiedervorlage angelegt.</numerusform>
            <numerusform>Zusagen zum %1: %2 eingehalten, %3 teilweise eingehalten, %4 gebrochen, %5 ausstehend; %n Wiedervorlagen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>← My work</source>
        <translation>← Meine Arbeit</translation>
    </message>
    <message>
        <source>← Customers</source>
        <translation>← Kunden</translation>
    </message>
    <message>
        <source>&amp;Letters and statements…</source>
        <translation>B&amp;riefe und Kontoübersichten…</translation>
    </message>
    <message>
        <source>The server refused the password of %1 for the database %2 on %3. Password:</source>
        <translation>Der Server hat das Passwort von %1 für die Datenbank %2 auf %3 abgelehnt. Passwort:</translation>
    </message>
    <message>
        <source>The server wants the password of %1 for the database %2 on %3. Password:</source>
        <translation>Der Server verlangt das Passwort von %1 für die Datenbank %2 auf %3. Passwort:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Post &amp;interest…</source>
        <translation>&amp;Zinsen buchen…</translation>
    </message>
</context>
<context>
    <name>ardesk::ManagerDeskPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Staff performance</source>
        <translation>Mitarbeiterleistung</translation>
    </message>
    <message>
        <source>Cash forecast</source>
        <translation>Zahlungseingangsprognose</translation>
    </message>
    <message>
        <source>Aging roll-forward</source>
        <translation>Entwicklung der Altersstruktur</translation>
    </message>
    <message>
        <source>The dashboard, staff performance, the cash forecast and the aging roll-forward are management reports: your role needs the export reports permission to see them.</source>
        <translation>Übersicht, Mitarbeiterleistung, Zahlungseingangsprognose und Entwicklung der Altersstruktur sind Managementberichte: Ihre Rolle braucht die Berechtigung „Berichte exportieren“, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>ardesk::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>&amp;Queue of:</source>
        <translation>Arbeitsvorrat &amp;von:</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Alle Laufzeitbänder</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>%1 days past due</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>Kundennr. oder Name suchen</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>&amp;Nächstes Konto</translation>
    </message>
    <message>
        <source>Open the top account of the queue with its task (F8)</source>
        <translation>Oberstes Konto des Arbeitsvorrats mit seiner Aufgabe öffnen (F8)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Arbeitsvorrat</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>&amp;Eskalationen</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portfolios</translation>
    </message>
    <message>
        <source>Your role has no work queue (it needs the “log contact” permission).</source>
        <translation>Ihre Rolle hat keinen Arbeitsvorrat (dafür ist die Berechtigung „Kontakte erfassen“ nötig).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supervisors, managers and admins can look at anyone&apos;s queue</source>
        <translation>Teamleitung, Leitung und Administration können jeden Arbeitsvorrat einsehen</translation>
    </message>
    <message>
        <source>Your own queue</source>
        <translation>Ihr eigener Arbeitsvorrat</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Der Arbeitsvorrat konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Arbeitsvorrat wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln Eintrag fällig</numerusform>
            <numerusform>%Ln Einträge fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Genehmigungen</translation>
    </message>
    <message>
        <source>Credit re&amp;views</source>
        <translation>K&amp;reditprüfungen</translation>
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
        <translation>Zahlungen buchen</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Kundennummer oder Name</translation>
    </message>
    <message>
        <source>Check number or bank reference</source>
        <translation>Schecknummer oder Bankreferenz</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Ä&amp;lteste zuerst zuordnen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Part payment (no reason)</source>
        <translation>Teilzahlung (ohne Grund)</translation>
    </message>
    <message>
        <source>Early-pay discount taken</source>
        <translation>Skonto gezogen</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Abzug</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamiert</translation>
    </message>
    <message>
        <source>Why an item is paid only in part</source>
        <translation>Warum ein Posten nur teilweise bezahlt ist</translation>
    </message>
    <message>
        <source>Short pa&amp;yment:</source>
        <translation>&amp;Minderzahlung:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>B&amp;uchen</translation>
    </message>
    <message>
        <source>Post this payment (Ctrl+Return)</source>
        <translation>Diese Zahlung buchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Kein einzelner Kunde passt zu „%1“</translation>
    </message>
    <message>
        <source>More is applied than the payment brings</source>
        <translation>Es ist mehr zugeordnet, als die Zahlung bringt</translation>
    </message>
    <message>
        <source>Stays on the account as unapplied cash</source>
        <translation>Bleibt als nicht zugeordnete Zahlung auf dem Konto</translation>
    </message>
    <message>
        <source>Nothing posted: choose a customer, type an amount and apply at most that much.</source>
        <translation>Nichts gebucht: Wählen Sie einen Kunden, geben Sie einen Betrag ein und ordnen Sie höchstens so viel zu.</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Nicht gebucht: %1</translation>
    </message>
    <message>
        <source>Posted %1 from %2: %3 applied, %4 unapplied.</source>
        <translation>%1 von %2 gebucht: %3 zugeordnet, %4 nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Ta&amp;ke discount</source>
        <translation>Sk&amp;onto ziehen</translation>
    </message>
    <message>
        <source>Early-payment discount on offer for a payment on %1: %2</source>
        <translation>Skonto bei Zahlung am %1 möglich: %2</translation>
    </message>
    <message>
        <source>Apply each item less its discount; the discount is credited on Post</source>
        <translation>Jeden Posten abzüglich Skonto zuordnen; das Skonto wird beim Buchen gutgeschrieben</translation>
    </message>
    <message>
        <source>Crediting the discount needs the permission to post credit notes</source>
        <translation>Für die Gutschrift des Skontos ist die Berechtigung zum Buchen von Gutschriften nötig</translation>
    </message>
    <message>
        <source>Early-payment discount credited: %1.</source>
        <translation>Skonto gutgeschrieben: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 until %4)</source>
        <translation>%1: %2 (%3 bis %4)</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListModel</name>
    <message>
        <source>Reversed %1</source>
        <translation>Storniert %1</translation>
    </message>
    <message>
        <source>Unapplied cash</source>
        <translation>Nicht zugeordnete Zahlung</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
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
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Search by reference, customer code or name</source>
        <translation>Nach Referenz, Kundennummer oder Name suchen</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Alle Zahlungen</translation>
    </message>
    <message>
        <source>With unapplied cash</source>
        <translation>Mit nicht zugeordnetem Betrag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln Zahlung</numerusform>
            <numerusform>%Ln Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::PermissionMatrixModel</name>
    <message>
        <source>%1 may: %2</source>
        <translation>%1 darf: %2</translation>
    </message>
    <message>
        <source>%1 may not: %2</source>
        <translation>%1 darf nicht: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>Ratenplan</translation>
    </message>
    <message>
        <source>Payment plan for %1 · %2</source>
        <translation>Ratenplan für %1 · %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>C&amp;reate plan</source>
        <translation>Ratenplan &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>Anzahl &amp;Raten:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>F&amp;irst instalment on:</source>
        <translation>&amp;Erste Rate am:</translation>
    </message>
    <message>
        <source>&amp;Down payment (%1, due today):</source>
        <translation>An&amp;zahlung (%1, heute fällig):</translation>
    </message>
    <message>
        <source>Plan total:</source>
        <translation>Gesamtbetrag des Ratenplans:</translation>
    </message>
    <message>
        <source>Open &amp;items on the plan:</source>
        <translation>Offene &amp;Posten im Ratenplan:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Ratenübersicht:</translation>
    </message>
    <message>
        <source>Tick at least one open item.</source>
        <translation>Markieren Sie mindestens einen offenen Posten.</translation>
    </message>
    <message>
        <source>The down payment is not an amount.</source>
        <translation>Die Anzahlung ist kein Betrag.</translation>
    </message>
    <message>
        <source>The down payment must be less than the plan total.</source>
        <translation>Die Anzahlung muss kleiner als der Gesamtbetrag des Ratenplans sein.</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>Vereinbarung &amp;drucken…</translation>
    </message>
    <message>
        <source>Payment plan #%1 agreed. Print the agreement for the customer to sign.</source>
        <translation>Ratenplan Nr. %1 vereinbart. Drucken Sie die Vereinbarung zur Unterschrift durch den Kunden.</translation>
    </message>
    <message>
        <source>Agreement written to %1 and recorded on the account.</source>
        <translation>Vereinbarung in %1 geschrieben und auf dem Konto vermerkt.</translation>
    </message>
</context>
<context>
    <name>ardesk::PortfolioWidget</name>
    <message>
        <source>Search code or name</source>
        <translation>Kundennr. oder Name suchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>&amp;Ausgewählte zuweisen</translation>
    </message>
    <message>
        <source>Assign in bulk by rule (every condition given must hold)</source>
        <translation>Massenzuweisung nach Regel (jede angegebene Bedingung muss erfüllt sein)</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>e.g. de</source>
        <translation>z. B. de</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Assign &amp;matching</source>
        <translation>&amp;Passende zuweisen</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Balance from:</source>
        <translation>Saldo von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>Collector:</source>
        <translation>Forderungsmanager(in):</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Zuweisen a&amp;n:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>kein Mandant geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) assigned to %1.</source>
        <translation>
            <numerusform>%n Kunde %1 zugewiesen.</numerusform>
            <numerusform>%n Kunden %1 zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the customers to assign first.</source>
        <translation>Wählen Sie zuerst die zuzuweisenden Kunden.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Give at least a region, a language or a currency.</source>
        <translation>Geben Sie mindestens eine Region, eine Sprache oder eine Währung an.</translation>
    </message>
    <message>
        <source>Assign every customer matching the rule to %1? Their open tasks move along.</source>
        <translation>Alle Kunden, die der Regel entsprechen, %1 zuweisen? Ihre offenen Aufgaben wechseln mit.</translation>
    </message>
    <message>
        <source>Assign by rule</source>
        <translation>Nach Regel zuweisen</translation>
    </message>
</context>
<context>
    <name>ardesk::ProtectBookDialog</name>
    <message>
        <source>Protect this book</source>
        <translation>Diesen Mandanten schützen</translation>
    </message>
    <message>
        <source>Choose the first administrator. From then on everyone signs in with their own user, and what each role may do follows the permission matrix in Settings.</source>
        <translation>Wählen Sie den ersten Administrator. Ab dann meldet sich jeder mit seinem eigenen Benutzer an, und was jede Rolle darf, folgt der Berechtigungsmatrix in den Einstellungen.</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>&amp;Passwort (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>ardesk::ReleaseHoldDialog</name>
    <message>
        <source>Release credit hold</source>
        <translation>Kreditsperre aufheben</translation>
    </message>
    <message>
        <source>Release the credit hold of %1? The hold and this release stay in the account&apos;s hold history.</source>
        <translation>Kreditsperre von %1 aufheben? Die Sperre und diese Aufhebung bleiben im Sperrverlauf des Kontos erhalten.</translation>
    </message>
    <message>
        <source>Why the customer may have credit again (required)</source>
        <translation>Warum der Kunde wieder Kredit erhalten darf (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Release hold</source>
        <translation>Sperre &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Each report opens with a written summary of its figures against the month before, followed by its charts and tables. The print preview shows the pages of the PDF export.</source>
        <translation>Jeder Bericht beginnt mit einer schriftlichen Zusammenfassung seiner Zahlen im Vergleich zum Vormonat, gefolgt von Diagrammen und Tabellen. Die Druckvorschau zeigt die Seiten des PDF-Exports.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Druckvorschau…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV, by the file name&apos;s extension</source>
        <translation>PDF, XLSX oder CSV, je nach Dateiendung</translation>
    </message>
    <message>
        <source>Reports need the permission to export reports (managers and supervisors).</source>
        <translation>Berichte erfordern die Berechtigung „Berichte exportieren“ (Leitung und Teamleitung).</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Der Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf, .xlsx or .csv</source>
        <translation>%1: der Name muss auf .pdf, .xlsx oder .csv enden</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewDialog</name>
    <message>
        <source>Credit review of %1 · %2</source>
        <translation>Kreditprüfung von %1 · %2</translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>kein Limit festgelegt</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (balance %2)</source>
        <translation>%1 (Saldo %2)</translation>
    </message>
    <message>
        <source>Credit limit now: %1 · Risk class: %2 · Last review: %3</source>
        <translation>Aktuelles Kreditlimit: %1 · Risikoklasse: %2 · Letzte Prüfung: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Due now: the agency score dropped (%1).</source>
        <translation>Jetzt fällig: Der Auskunftei-Score ist gesunken (%1).</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Raise the limit</source>
        <translation>Limit erhöhen</translation>
    </message>
    <message>
        <source>Lower the limit</source>
        <translation>Limit senken</translation>
    </message>
    <message>
        <source>Change the risk class</source>
        <translation>Risikoklasse ändern</translation>
    </message>
    <message>
        <source>Temporary increase</source>
        <translation>Befristete Erhöhung</translation>
    </message>
    <message>
        <source>What the decision rests on (accounts, agency report, payment history)</source>
        <translation>Worauf die Entscheidung beruht (Jahresabschluss, Auskunftei-Bericht, Zahlungsverhalten)</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>Prüfung er&amp;fassen</translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Nur die Leitung erfasst Kreditprüfungen</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>New &amp;limit (%1):</source>
        <translation>Neues &amp;Limit (%1):</translation>
    </message>
    <message>
        <source>New risk &amp;class:</source>
        <translation>Neue &amp;Risikoklasse:</translation>
    </message>
    <message>
        <source>&amp;Temporary limit (%1):</source>
        <translation>&amp;Befristetes Limit (%1):</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>B&amp;is (einschließlich):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>New limit: not an amount</source>
        <translation>Neues Limit: kein Betrag</translation>
    </message>
    <message>
        <source>Temporary limit: not an amount</source>
        <translation>Befristetes Limit: kein Betrag</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewQueueWidget</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>K&amp;onto öffnen</translation>
    </message>
    <message>
        <source>agency score dropped: %1</source>
        <translation>Auskunftei-Score gesunken: %1</translation>
    </message>
    <message>
        <source>review interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>first review</source>
        <translation>erste Prüfung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n credit review(s) due on or before %1.</source>
        <translation>
            <numerusform>%n Kreditprüfung bis zum %1 fällig.</numerusform>
            <numerusform>%n Kreditprüfungen bis zum %1 fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Nur die Leitung erfasst Kreditprüfungen</translation>
    </message>
</context>
<context>
    <name>ardesk::SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>The check recomputes the hash chain of every posted table and the ledger rules (open amounts, unapplied cash and credits, as of every date) from the event history. A book that was changed behind ardesk&apos;s back fails it.</source>
        <translation>Die Prüfung berechnet die Hash-Kette jeder Buchungstabelle und die Buchhaltungsregeln (offene Beträge, nicht zugeordnete Zahlungen und Gutschriften, zu jedem Datum) aus der Ereignishistorie neu. Ein Mandant, der an ardesk vorbei geändert wurde, besteht sie nicht.</translation>
    </message>
    <message>
        <source>&amp;Check the book</source>
        <translation>&amp;Mandant prüfen</translation>
    </message>
    <message>
        <source>Book check</source>
        <translation>Mandantenprüfung</translation>
    </message>
    <message>
        <source>Tick what each role may do. Administrators keep every permission. Each change is recorded in the audit log.</source>
        <translation>Haken Sie an, was jede Rolle darf. Administratoren behalten alle Berechtigungen. Jede Änderung wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>What each role may do. Only an administrator changes it.</source>
        <translation>Was jede Rolle darf. Nur ein Administrator kann das ändern.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their history stays.</source>
        <translation>%1 (%2) deaktivieren? Die Person kann sich dann nicht mehr anmelden; ihre Historie bleibt erhalten.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>New password for %1 (8 characters or more):</source>
        <translation>Neues Passwort für %1 (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>Die Prüfung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation>Mandant wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book is sound.&lt;/b&gt; Every hash chain and ledger rule checks out.</source>
        <translation>&lt;b&gt;Der Mandant ist in Ordnung.&lt;/b&gt; Jede Hash-Kette und jede Buchhaltungsregel stimmt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The book fails the check.&lt;/b&gt; First problem: %1 (%2, row %3). %n problem(s) in all.</source>
        <translation>
            <numerusform>&lt;b&gt;Der Mandant besteht die Prüfung nicht.&lt;/b&gt; Erstes Problem: %1 (%2, Zeile %3). Insgesamt %n Problem.</numerusform>
            <numerusform>&lt;b&gt;Der Mandant besteht die Prüfung nicht.&lt;/b&gt; Erstes Problem: %1 (%2, Zeile %3). Insgesamt %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>&amp;Eigenes Passwort ändern…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Eigenes Passwort ändern</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>Neues Passwort (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Neues Passwort wiederholen:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;One-time code…</source>
        <translation>&amp;Einmalcode…</translation>
    </message>
    <message>
        <source>A code the user signs in with once, to choose a password: for imported users and forgotten passwords</source>
        <translation>Ein Code, mit dem sich der Benutzer einmal anmeldet, um ein Passwort zu wählen: für importierte Benutzer und vergessene Passwörter</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Issue a one-time code for %1? It is shown once; %1 signs in with it and must choose a new password. An earlier code stops working.</source>
        <translation>Einen Einmalcode für %1 ausstellen? Er wird nur einmal angezeigt; %1 meldet sich damit an und muss ein neues Passwort wählen. Ein früherer Code wird ungültig.</translation>
    </message>
    <message>
        <source>One-time code for &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — valid until %3 or until %1 sets a password. Give it to %1 now: it is not shown again.</source>
        <translation>Einmalcode für &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — gültig bis %3 oder bis %1 ein Passwort festlegt. Geben Sie ihn %1 jetzt: Er wird nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>Credit policies</source>
        <translation>Kreditrichtlinien</translation>
    </message>
    <message>
        <source>Collection strategies</source>
        <translation>Mahnstrategien</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>Zinsen und Gebühren</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <source>Sender and payment</source>
        <translation>Absender und Zahlung</translation>
    </message>
</context>
<context>
    <name>ardesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Every shortcut of this window. The text fields also take the usual editing keys (cut, copy, paste, undo).</source>
        <translation>Alle Tastenkombinationen dieses Fensters. Die Textfelder verstehen außerdem die üblichen Bearbeitungstasten (Ausschneiden, Kopieren, Einfügen, Rückgängig).</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(kein Menü)</translation>
    </message>
</context>
<context>
    <name>ardesk::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Anmelden — %1</translation>
    </message>
    <message>
        <source>%1 is protected. Sign in with your ardesk user.</source>
        <translation>%1 ist geschützt. Melden Sie sich mit Ihrem ardesk-Benutzer an.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Your one-time code is accepted. Choose your own password now (8 characters or more); the code cannot be used again.</source>
        <translation>Ihr Einmalcode wurde akzeptiert. Wählen Sie jetzt Ihr eigenes Passwort (mindestens 8 Zeichen); der Code kann nicht erneut verwendet werden.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Passwort festlegen und anmelden</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ardesk::StaffPerformanceView</name>
    <message>
        <source>Staff performance</source>
        <translation>Mitarbeiterleistung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>Ziel festlegen…</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Forderungsmanager(in)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>RPC %</source>
        <translation>RPC %</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>Eingehalten %</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingezogen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Zielerreichung %</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(kein Forderungsmanager)</translation>
    </message>
    <message>
        <source>Select a collector to see the trend</source>
        <translation>Wählen Sie einen Forderungsmanager, um den Verlauf zu sehen</translation>
    </message>
    <message>
        <source>%1: collected by month against target (%2)</source>
        <translation>%1: eingezogen je Monat im Vergleich zum Ziel (%2)</translation>
    </message>
    <message>
        <source>Select a collector first.</source>
        <translation>Wählen Sie zuerst einen Forderungsmanager.</translation>
    </message>
    <message>
        <source>Customers without a collector have no target.</source>
        <translation>Kunden ohne Forderungsmanager haben kein Ziel.</translation>
    </message>
    <message>
        <source>Collection target of %1</source>
        <translation>Einzugsziel von %1</translation>
    </message>
    <message>
        <source>Every month (standing target)</source>
        <translation>Jeden Monat (Dauerziel)</translation>
    </message>
    <message>
        <source>amount in %1; 0 removes the target</source>
        <translation>Betrag in %1; 0 entfernt das Ziel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Ziel (%1)</translation>
    </message>
    <message>
        <source>Collection target</source>
        <translation>Einzugsziel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
</context>
<context>
    <name>ardesk::StrategyEditor</name>
    <message>
        <source>Reminder e-mail</source>
        <translation>Zahlungserinnerung per E-Mail</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Mahnung, Stufe 1</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Mahnung, Stufe 2</translation>
    </message>
    <message>
        <source>Dunning letter, level 3 (final demand)</source>
        <translation>Mahnung, Stufe 3 (letzte Mahnung)</translation>
    </message>
    <message>
        <source>Call task</source>
        <translation>Anrufaufgabe</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>Agency referral review</source>
        <translation>Prüfung: Abgabe an Inkassobüro</translation>
    </message>
    <message>
        <source>Write-off review</source>
        <translation>Prüfung: Ausbuchung</translation>
    </message>
    <message>
        <source>&amp;New strategy</source>
        <translation>Neue S&amp;trategie</translation>
    </message>
    <message>
        <source>A customer follows its policy&apos;s strategy, else the one for its segment, else the one for its risk class, else the default (no segment, no class).</source>
        <translation>Ein Kunde folgt der Mahnstrategie seiner Kreditrichtlinie, sonst der für sein Segment, sonst der für seine Risikoklasse, sonst der Standardstrategie (kein Segment, keine Klasse).</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>jedes Segment</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active (the run follows it)</source>
        <translation>Aktiv (der Lauf folgt ihr)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Risikoklasse:</translation>
    </message>
    <message>
        <source>Days from the due date</source>
        <translation>Tage ab Fälligkeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Negative days come before the due date (a friendly reminder). List the steps in order of days. Changing a step that already ran does not run it again; a step added before steps already taken is not sent backwards.</source>
        <translation>Negative Tage liegen vor der Fälligkeit (eine freundliche Erinnerung). Führen Sie die Schritte in der Reihenfolge der Tage auf. Ein bereits ausgeführter Schritt wird nach einer Änderung nicht erneut ausgeführt; ein Schritt, der vor bereits ausgeführten Schritten eingefügt wird, wird nicht nachträglich versandt.</translation>
    </message>
    <message>
        <source>&amp;Save strategy</source>
        <translation>Strategie &amp;speichern</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>through a policy</source>
        <translation>über eine Kreditrichtlinie</translation>
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
        <translation>Nur die Leitung ändert Mahnstrategien; hier können Sie sie einsehen.</translation>
    </message>
    <message>
        <source>Days from the due date, step %1</source>
        <translation>Tage ab Fälligkeit, Schritt %1</translation>
    </message>
    <message>
        <source>Action, step %1</source>
        <translation>Maßnahme, Schritt %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Nicht gespeichert: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Strategy %1 saved.</source>
        <translation>Mahnstrategie %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ardesk::TeamQueuesWidget</name>
    <message>
        <source>Queue of</source>
        <translation>Arbeitsvorrat von</translation>
    </message>
    <message>
        <source>Items due</source>
        <translation>Fällige Einträge</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Promises
due today</source>
        <translation>Zusagen
heute fällig</translation>
    </message>
    <message>
        <source>With broken
promises</source>
        <translation>Mit gebrochenen
Zusagen</translation>
    </message>
    <message>
        <source>Dispute
items</source>
        <translation>Einträge zu
Reklamationen</translation>
    </message>
    <message>
        <source>Escalation
items</source>
        <translation>Einträge zu
Eskalationen</translation>
    </message>
    <message>
        <source>Most days
past due</source>
        <translation>Max. Tage
überfällig</translation>
    </message>
    <message>
        <source>Overdue on these accounts</source>
        <translation>Überfällig auf diesen Konten</translation>
    </message>
    <message>
        <source>Enter or double-click: open that queue</source>
        <translation>Eingabetaste oder Doppelklick: diesen Arbeitsvorrat öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read every queue again (F5)</source>
        <translation>Alle Arbeitsvorräte neu lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Open queue</source>
        <translation>Arbeitsvorrat ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Reading every queue…</source>
        <translation>Alle Arbeitsvorräte werden gelesen…</translation>
    </message>
    <message>
        <source>The queues could not be read: %1</source>
        <translation>Die Arbeitsvorräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln Arbeitsvorrat</numerusform>
            <numerusform>%Ln Arbeitsvorräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln Eintrag fällig</numerusform>
            <numerusform>%Ln Einträge fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingPanel</name>
    <message>
        <source>TRAINING</source>
        <translation>SCHULUNG</translation>
    </message>
    <message>
        <source>This is a practice copy of the demo book: post, reverse, call and promise as you like. Nothing here touches real data, and the copy is deleted when you end the practice.</source>
        <translation>Dies ist eine Übungskopie des Demo-Mandanten: Buchen, stornieren, anrufen und Zahlungszusagen aufnehmen, wie Sie möchten. Nichts hier berührt echte Daten, und die Kopie wird gelöscht, wenn Sie die Übung beenden.</translation>
    </message>
    <message>
        <source>First day &amp;as:</source>
        <translation>Erster Tag &amp;als:</translation>
    </message>
    <message>
        <source>&amp;End practice</source>
        <translation>Übung &amp;beenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All done: a good first day.</source>
        <translation>Alles erledigt: ein guter erster Tag.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingTitleMarker</name>
    <message>
        <source>TRAINING — </source>
        <translation>SCHULUNG — </translation>
    </message>
</context>
<context>
    <name>ardesk::UserGuideViewer</name>
    <message>
        <source>ardesk user guide</source>
        <translation>ardesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is the file user-guide.md of ardesk&apos;s documentation (share/doc/ardesk in the installation).</source>
        <translation>Das Benutzerhandbuch ist auf diesem Computer nicht installiert. Es ist die Datei user-guide.md der ardesk-Dokumentation (share/doc/ardesk in der Installation).</translation>
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
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time code issued</source>
        <translation>Einmalcode ausgestellt</translation>
    </message>
    <message>
        <source>Set; one-time code issued</source>
        <translation>Gesetzt; Einmalcode ausgestellt</translation>
    </message>
</context>
<context>
    <name>ardesk::WorklistModel</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Wiedervorlage Zusage</translation>
    </message>
    <message>
        <source>Dispute follow-up</source>
        <translation>Wiedervorlage Reklamation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Überfällig %1</translation>
    </message>
    <message numerus="yes">
        <source>Oldest item %n day(s) past due</source>
        <translation>
            <numerusform>Ältester Posten %n Tag überfällig</numerusform>
            <numerusform>Ältester Posten %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s) in the last 90 days</source>
        <translation>
            <numerusform>%n gebrochene Zusage in den letzten 90 Tagen</numerusform>
            <numerusform>%n gebrochene Zusagen in den letzten 90 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise falls due today</source>
        <translation>Heute ist eine Zusage fällig</translation>
    </message>
    <message>
        <source>No promise due today</source>
        <translation>Heute keine Zusage fällig</translation>
    </message>
    <message>
        <source>Risk class not rated</source>
        <translation>Risikoklasse nicht bewertet</translation>
    </message>
    <message>
        <source>Risk class %1</source>
        <translation>Risikoklasse %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Points of the score from this part (hover a cell for the figure)</source>
        <translation>Punkte dieses Teils am Score (für den Wert mit der Maus auf eine Zelle zeigen)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Overdue
points</source>
        <translation>Überfällig
Punkte</translation>
    </message>
    <message>
        <source>Days late
points</source>
        <translation>Tage überfällig
Punkte</translation>
    </message>
    <message>
        <source>Broken
promises</source>
        <translation>Gebrochene
Zusagen</translation>
    </message>
    <message>
        <source>Promise
due today</source>
        <translation>Zusage
heute fällig</translation>
    </message>
    <message>
        <source>Risk
points</source>
        <translation>Risiko
Punkte</translation>
    </message>
    <message>
        <source>Balance
points</source>
        <translation>Saldo
Punkte</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>GESPERRT: %1</translation>
    </message>
    <message>
        <source>On credit hold since %1</source>
        <translation>Kreditsperre seit %1</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
</context>
<context>
    <name>ardesk::WriteOffRequestDialog</name>
    <message>
        <source>Request write-off</source>
        <translation>Ausbuchung beantragen</translation>
    </message>
    <message>
        <source>Invoice %1 has %2 open. The write-off is posted only when an approver whose limit covers the amount approves it.</source>
        <translation>Rechnung %1 hat %2 offen. Die Ausbuchung wird erst gebucht, wenn eine genehmigende Person, deren Limit den Betrag abdeckt, sie genehmigt.</translation>
    </message>
    <message>
        <source>e.g. customer insolvent, claim filed with the administrator</source>
        <translation>z. B. Kunde insolvent, Forderung beim Insolvenzverwalter angemeldet</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Beantragen</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>Be&amp;trag (%1):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>backup needs --out FILE</source>
        <translation>backup braucht --out DATEI</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Try &apos;ardesk-cli --help&apos;.</source>
        <translation>Siehe „ardesk-cli --help“.</translation>
    </message>
    <message>
        <source>--book FILE is required</source>
        <translation>--book DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is protected: give --user LOGIN (password from ARDESK_PASSWORD or a prompt)</source>
        <translation>%1 ist geschützt: geben Sie --user LOGIN an (Passwort aus ARDESK_PASSWORD oder per Abfrage)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>kein Passwort: setzen Sie ARDESK_PASSWORD oder starten Sie in einem Terminal</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--basis must be due or invoice</source>
        <translation>--basis muss due oder invoice sein</translation>
    </message>
    <message>
        <source>--buckets: %1</source>
        <translation>--buckets: %1</translation>
    </message>
    <message>
        <source>--by must be total or customer</source>
        <translation>--by muss total oder customer sein</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>reklamiert</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>Aging as of %1 (by %2 date)</source>
        <translation>Altersstruktur zum %1 (nach %2)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>(nothing open)</source>
        <translation>(nichts offen)</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Passwort für den Administrator %1: </translation>
    </message>
    <message>
        <source>init --admin needs a password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>init --admin braucht ein Passwort: setzen Sie ARDESK_PASSWORD oder starten Sie in einem Terminal</translation>
    </message>
    <message>
        <source>created %1 (schema %2)</source>
        <translation>%1 angelegt (Schema %2)</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
    <message>
        <source>book           %1</source>
        <translation>Mandant            %1</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>Schemaversion      %1</translation>
    </message>
    <message>
        <source>customers      %1</source>
        <translation>Kunden             %1</translation>
    </message>
    <message>
        <source>invoices       %1</source>
        <translation>Rechnungen         %1</translation>
    </message>
    <message>
        <source>credit notes   %1</source>
        <translation>Gutschriften       %1</translation>
    </message>
    <message>
        <source>payments       %1</source>
        <translation>Zahlungen          %1</translation>
    </message>
    <message>
        <source>allocations    %1</source>
        <translation>Zuordnungen        %1</translation>
    </message>
    <message>
        <source>users          %1</source>
        <translation>Benutzer           %1</translation>
    </message>
    <message>
        <source>protected      %1</source>
        <translation>geschützt          %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>import needs what to import: customers, invoices, payments, users, portfolios or promises</source>
        <translation>import braucht, was importiert werden soll: customers, invoices, payments, users, portfolios oder promises</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use customers, invoices, payments, users, portfolios or promises</source>
        <translation>„%1“ kann nicht importiert werden: verwenden Sie customers, invoices, payments, users, portfolios oder promises</translation>
    </message>
    <message>
        <source>import %1 needs a CSV file</source>
        <translation>import %1 braucht eine CSV-Datei</translation>
    </message>
    <message>
        <source>--auto-apply is for payments only</source>
        <translation>--auto-apply gilt nur für payments</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>writing %1%</source>
        <translation>schreibe %1 %</translation>
    </message>
    <message>
        <source>checking %1%</source>
        <translation>prüfe %1 %</translation>
    </message>
    <message>
        <source>%1: %2 rows are valid (dry run: nothing was written)</source>
        <translation>%1: %2 Zeilen sind gültig (Probelauf: es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1: imported %2 %3 in %4 s</source>
        <translation>%1: %2 %3 in %4 s importiert</translation>
    </message>
    <message>
        <source> (%1 allocations)</source>
        <translation> (%1 Zuordnungen)</translation>
    </message>
    <message>
        <source>post needs what to post: payment</source>
        <translation>post braucht, was gebucht werden soll: payment</translation>
    </message>
    <message>
        <source>post payment needs --customer, --amount, --currency and --date</source>
        <translation>post payment braucht --customer, --amount, --currency und --date</translation>
    </message>
    <message>
        <source>give either --invoice or --auto-apply, not both</source>
        <translation>geben Sie entweder --invoice oder --auto-apply an, nicht beides</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--date: „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>payment %1 posted: %2 applied, %3 unapplied</source>
        <translation>Zahlung %1 gebucht: %2 zugeordnet, %3 nicht zugeordnet</translation>
    </message>
    <message>
        <source>users %1 needs a LOGIN</source>
        <translation>users %1 braucht einen LOGIN</translation>
    </message>
    <message>
        <source>users add LOGIN needs --name NAME and --role ROLE</source>
        <translation>users add LOGIN braucht --name NAME und --role ROLE</translation>
    </message>
    <message>
        <source>--role must be one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>--role muss einer von admin, manager, supervisor, collector, clerk, auditor sein</translation>
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
        <translation>kein Passwort</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>no new password: set ARDESK_NEW_PASSWORD or run on a terminal</source>
        <translation>kein neues Passwort: setzen Sie ARDESK_NEW_PASSWORD oder starten Sie in einem Terminal</translation>
    </message>
    <message>
        <source>password of %1 set</source>
        <translation>Passwort von %1 gesetzt</translation>
    </message>
    <message>
        <source>import bank needs a bank statement file</source>
        <translation>import bank braucht eine Kontoauszugsdatei</translation>
    </message>
    <message>
        <source>--format must be camt053 or csv, not &apos;%1&apos;</source>
        <translation>--format muss camt053 oder csv sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: rejected, nothing was imported</source>
        <translation>%1: abgelehnt, es wurde nichts importiert</translation>
    </message>
    <message>
        <source>--task must be one of %1</source>
        <translation>--task muss einer von %1 sein</translation>
    </message>
    <message>
        <source>worklist: give --user LOGIN (whose queue)</source>
        <translation>worklist: geben Sie --user LOGIN an (wessen Arbeitsvorrat)</translation>
    </message>
    <message>
        <source>(nothing to do)</source>
        <translation>(nichts zu tun)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>promises: give an action (evaluate)</source>
        <translation>promises: geben Sie eine Aktion an (evaluate)</translation>
    </message>
    <message>
        <source>promises: unknown action &apos;%1&apos; (evaluate)</source>
        <translation>promises: unbekannte Aktion „%1“ (evaluate)</translation>
    </message>
    <message>
        <source>--grace: &apos;%1&apos; is not a number of days (0-365)</source>
        <translation>--grace: „%1“ ist keine Anzahl Tage (0-365)</translation>
    </message>
    <message>
        <source>Promises to pay as of %1 (grace %2 days): %3 kept, %4 partial, %5 broken, %6 pending; %7 follow-up task(s) created</source>
        <translation>Zahlungszusagen zum %1 (Karenz %2 Tage): %3 eingehalten, %4 teilweise, %5 gebrochen, %6 ausstehend; %7 Folgeaufgabe(n) angelegt</translation>
    </message>
    <message>
        <source>(no promises)</source>
        <translation>(keine Zahlungszusagen)</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>kept on</source>
        <translation>eingehalten am</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to 1000000</source>
        <translation>--customers muss eine Zahl von 1 bis 1000000 sein</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--today: „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>generating %1%</source>
        <translation>erzeuge %1 %</translation>
    </message>
    <message>
        <source>demo book: %1 customers, %2 invoices, %3 payments, %4 promises, %5 users in %6 s</source>
        <translation>Demo-Mandant: %1 Kunden, %2 Rechnungen, %3 Zahlungen, %4 Zahlungszusagen, %5 Benutzer in %6 s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>--months: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--months: „%1“ ist keine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>--by must be total, collector, segment or risk</source>
        <translation>--by muss total, collector, segment oder risk sein</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>countback</source>
        <translation>Countback</translation>
    </message>
    <message>
        <source>best DSO</source>
        <translation>bester DSO</translation>
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
        <translation>nicht fällig %</translation>
    </message>
    <message>
        <source>days to pay</source>
        <translation>Tage bis Zahlung</translation>
    </message>
    <message>
        <source>kept %</source>
        <translation>eingehalten %</translation>
    </message>
    <message>
        <source>partial %</source>
        <translation>teilweise %</translation>
    </message>
    <message>
        <source>bad debt %</source>
        <translation>Forderungsausfall %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>KPIs as of %1, %2 month(s) from %3 (%4 days)</source>
        <translation>Kennzahlen zum %1, %2 Monat(e) ab %3 (%4 Tage)</translation>
    </message>
    <message>
        <source>(nothing in the period)</source>
        <translation>(nichts im Zeitraum)</translation>
    </message>
    <message>
        <source>--as-of YYYY-MM-DD is required</source>
        <translation>--as-of JJJJ-MM-TT ist erforderlich</translation>
    </message>
    <message>
        <source>%1: imported %2 rates (%3 new, %4 replaced)</source>
        <translation>%1: %2 Referenzzinssätze importiert (%3 neu, %4 ersetzt)</translation>
    </message>
    <message>
        <source>%1: imported %2 agency scores (%3 credit reviews opened)</source>
        <translation>%1: %2 Auskunftei-Scores importiert (%3 Kreditprüfungen eröffnet)</translation>
    </message>
    <message>
        <source>Late-payment interest as of %1</source>
        <translation>Verzugszinsen zum %1</translation>
    </message>
    <message>
        <source>strategies needs a subcommand: run</source>
        <translation>strategies braucht einen Unterbefehl: run</translation>
    </message>
    <message>
        <source>unknown strategies subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl von strategies „%1“</translation>
    </message>
    <message>
        <source>Strategy run as of %1</source>
        <translation>Strategielauf zum %1</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>angelegt:</translation>
    </message>
    <message>
        <source>skipped:</source>
        <translation>übersprungen:</translation>
    </message>
    <message>
        <source>copy needs --to FILE or --to postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>copy braucht --to DATEI oder --to postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR ist erforderlich</translation>
    </message>
    <message>
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Kontoübersicht</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>report: which report? One of %1</source>
        <translation>report: welcher Bericht? Einer von %1</translation>
    </message>
    <message>
        <source>report: unknown report &apos;%1&apos; (one of %2)</source>
        <translation>report: unbekannter Bericht „%1“ (einer von %2)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf</source>
        <translation>--format muss csv, xlsx oder pdf sein</translation>
    </message>
    <message>
        <source>report statement needs --customer CODE</source>
        <translation>report statement braucht --customer CODE</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1: geschrieben</translation>
    </message>
    <message>
        <source>users needs list, add, deactivate, set-password or one-time-code</source>
        <translation>users braucht list, add, deactivate, set-password oder one-time-code</translation>
    </message>
    <message>
        <source>one-time code for %1, valid until %2 UTC or until %1 sets a password; it is shown only this once</source>
        <translation>Einmalcode für %1, gültig bis %2 UTC oder bis %1 ein Passwort festlegt; er wird nur dieses eine Mal angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Queue of %1 as of %2: %n item(s)</source>
        <translation>
            <numerusform>Arbeitsvorrat von %1 zum %2: %n Eintrag</numerusform>
            <numerusform>Arbeitsvorrat von %1 zum %2: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %1 to %2: %n row(s)</source>
        <translation>
            <numerusform>%1 nach %2 kopiert: %n Zeile</numerusform>
            <numerusform>%1 nach %2 kopiert: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>credit control: %1 policies, %2 customers given their class&apos;s policy, %3 payment plans, %4 credit holds, %5 reference rates</source>
        <translation>Kreditmanagement: %1 Kreditrichtlinien, %2 Kunden mit der Richtlinie ihrer Klasse, %3 Ratenpläne, %4 Kreditsperren, %5 Referenzzinssätze</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown</source>
        <translation>
            <numerusform>%1: %n weiteres Problem nicht angezeigt</numerusform>
            <numerusform>%1: %n weitere Probleme nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected, nothing was imported (%n problem(s))</source>
        <translation>
            <numerusform>%1: abgelehnt, nichts wurde importiert (%n Problem)</numerusform>
            <numerusform>%1: abgelehnt, nichts wurde importiert (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>customer</source>
        <comment>interest table header</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>interest table header</comment>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>due</source>
        <comment>interest table header</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>open</source>
        <comment>interest table header</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>days</source>
        <comment>interest table header</comment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>rate %</source>
        <comment>interest table header</comment>
        <translation>Zinssatz %</translation>
    </message>
    <message>
        <source>interest</source>
        <comment>interest table header</comment>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>compensation</source>
        <comment>interest table header</comment>
        <translation>Pauschale</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %1 (%2 row %3); %n problem(s) in all</source>
        <translation>
            <numerusform>FEHLGESCHLAGEN: %1 (%2 Zeile %3); insgesamt %n Problem</numerusform>
            <numerusform>FEHLGESCHLAGEN: %1 (%2 Zeile %3); insgesamt %n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interest posted as of %1: %n debit note(s)</source>
        <translation>
            <numerusform>Zinsen zum %1 gebucht: %n Belastungsanzeige</numerusform>
            <numerusform>Zinsen zum %1 gebucht: %n Belastungsanzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>not posted: %1</source>
        <translation>nicht gebucht: %1</translation>
    </message>
    <message>
        <source>plan-agreement: --plan ID is required</source>
        <translation>plan-agreement: --plan ID ist erforderlich</translation>
    </message>
    <message>
        <source>--plan: &apos;%1&apos; is not a plan number</source>
        <translation>--plan: „%1“ ist keine Plannummer</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out DATEI.pdf ist erforderlich</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: die Datei kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>--take-discount needs --invoice</source>
        <translation>--take-discount braucht --invoice</translation>
    </message>
    <message>
        <source>early-payment discount credited: %1</source>
        <translation>Skonto gutgeschrieben: %1</translation>
    </message>
    <message>
        <source>policy set-terms needs NAME and TERMS (such as &quot;30/60/90&quot;; &quot;none&quot; removes them)</source>
        <translation>policy set-terms braucht NAME und BEDINGUNGEN (etwa &quot;30/60/90&quot;; &quot;none&quot; entfernt sie)</translation>
    </message>
    <message>
        <source>policy set-terms: NAME is empty</source>
        <translation>policy set-terms: NAME ist leer</translation>
    </message>
    <message>
        <source>policy %1: no instalment terms</source>
        <translation>Kreditrichtlinie %1: keine Ratenbedingungen</translation>
    </message>
    <message>
        <source>policy %1: instalment terms %2</source>
        <translation>Kreditrichtlinie %1: Ratenbedingungen %2</translation>
    </message>
    <message>
        <source>policy needs what to do: set-terms</source>
        <translation>policy braucht eine Aktion: set-terms</translation>
    </message>
    <message>
        <source>unknown policy command &apos;%1&apos;</source>
        <translation>unbekannter policy-Befehl &apos;%1&apos;</translation>
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
        <translation>Aufruf: ardesk-cli --book DATEI [--user LOGIN] [--lang xx] BEFEHL [OPTIONEN]

Befehle:
  init [--admin LOGIN [--name NAME]]    neuen, leeren Mandanten anlegen (mit --admin: geschützt;
                                        das Passwort kommt aus ARDESK_PASSWORD oder per Abfrage)
  info [--format table|json]            Anzahlen und Schemaversion
  import customers|invoices|payments|users|portfolios|promises DATEI.csv
         [--dry-run] [--auto-apply]     CSV-Import nach dem Alles-oder-nichts-Prinzip
  aging --as-of JJJJ-MM-TT [--basis due|invoice] [--buckets 30,60,90]
         [--by total|customer] [--format table|csv|json]
  demo --customers N [--seed S] [--today JJJJ-MM-TT]
                                        leeren Mandanten mit einem fiktiven Unternehmen füllen
  import bank DATEI [--format camt053|csv] [--mapping NAME|DATEI.json] [--post]
                                        Kontoauszug mit dem Mandanten abgleichen (docs/formats.md)
  post payment --customer CODE --amount A --currency C --date D [--invoice N [--take-discount] | --auto-apply]
  worklist [--user LOGIN] --as-of JJJJ-MM-TT [--format table|json]
  promises evaluate --as-of JJJJ-MM-TT [--grace N] [--format table|json]
  kpi --as-of JJJJ-MM-TT [--months N] [--by total|collector|segment|risk] [--format table|json]
  import rates|agency-scores DATEI.csv  Referenzzinssätze (region,valid_from,rate_percent) oder
                                        Auskunftei-Scores (customer_code,agency,score,rating,date)
  interest --as-of JJJJ-MM-TT [--format table|json]
                                        Verzugszinsen und Pauschale je überfälliger Rechnung
  interest --as-of JJJJ-MM-TT --post [--format table|json]
                                        als Belastungsanzeigen buchen, wo die Kreditrichtlinie es vorsieht
  strategies run --as-of JJJJ-MM-TT [--format table|json]
                                        fällige Mahnmaßnahmen anlegen (Briefe, Aufgaben, Sperren)
  policy set-terms NAME BEDINGUNGEN     Ratenbedingungen einer Kreditrichtlinie (&quot;30/60/90&quot;;
                                        &quot;none&quot; entfernt sie)
  backup --out DATEI2                   konsistente Kopie des Mandanten
  statements --as-of JJJJ-MM-TT --out DIR
                                        eine Kontoübersicht (PDF) je Kunde, bei dem eine fällig ist
  letters --as-of JJJJ-MM-TT --out DIR  fällige Zahlungserinnerungen und Mahnungen erstellen (PDF)
  plan-agreement --plan ID --out FILE.pdf
                                        die Vereinbarung eines Ratenplans (PDF)
  report NAME --as-of JJJJ-MM-TT [--customer CODE] --format csv|xlsx|pdf --out DATEI
                                        aging-summary, aging-detail, statement, collector-performance,
                                        promises, disputes, complaints, write-offs
  copy --to DATEI|postgresql://USER@HOST:PORT/DB
                                        den ganzen Mandanten in einen neuen (SQLite oder PostgreSQL)
  users list|add LOGIN --name N --role R|deactivate LOGIN|set-password LOGIN|one-time-code LOGIN
                                        Benutzer (set-password liest ARDESK_NEW_PASSWORD)
  verify                                Hash-Ketten und Buchhaltungsregeln prüfen

Exit-Codes: 0 Erfolg, 1 Daten- oder Laufzeitfehler, 2 Aufruffehler, 3 nicht erlaubt.
Details: docs/cli.md
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ardesk: accounts receivable on the desktop.</source>
        <translation>ardesk: Debitorenbuchhaltung am Desktop.</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de, fr, sv, cs.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de, fr, sv, cs.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Write pictures of the main views to FOLDER.</source>
        <translation>Bilder der Hauptansichten in ORDNER schreiben.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The book to open (*.ardesk).</source>
        <translation>Der zu öffnende Mandant (*.ardesk).</translation>
    </message>
    <message>
        <source>[book]</source>
        <translation>[Mandant]</translation>
    </message>
    <message>
        <source>--screenshots needs exactly one book</source>
        <translation>--screenshots braucht genau einen Mandanten</translation>
    </message>
    <message>
        <source>give at most one book</source>
        <translation>höchstens einen Mandanten angeben</translation>
    </message>
</context>
</TS>
