<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AccountService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>text: is empty</source>
        <translation>text: je prázdné</translation>
    </message>
    <message>
        <source>note %1 does not exist</source>
        <translation>poznámka %1 neexistuje</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: je prázdné</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation>email: &apos;%1&apos; není e-mailová adresa</translation>
    </message>
    <message>
        <source>timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation>timezone: &apos;%1&apos; není časové pásmo IANA</translation>
    </message>
    <message>
        <source>contact person %1 does not exist or was deactivated</source>
        <translation>kontaktní osoba %1 neexistuje nebo byla deaktivována</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Customer added</source>
        <translation>Zákazník přidán</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Zákazník změněn</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Poznámka přidána</translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation>Poznámka připnuta</translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation>Poznámka odepnuta</translation>
    </message>
    <message>
        <source>Contact person added</source>
        <translation>Kontaktní osoba přidána</translation>
    </message>
    <message>
        <source>Invoice posted</source>
        <translation>Faktura zaúčtována</translation>
    </message>
    <message>
        <source>Credit note posted</source>
        <translation>Dobropis zaúčtován</translation>
    </message>
    <message>
        <source>Credit note reversed</source>
        <translation>Dobropis stornován</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Platba přijata</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Platba stornována</translation>
    </message>
    <message>
        <source>Applied to an invoice</source>
        <translation>Spárováno s fakturou</translation>
    </message>
    <message>
        <source>Application reversed</source>
        <translation>Párování stornováno</translation>
    </message>
    <message>
        <source>e.g. check returned unpaid</source>
        <translation>např. šek vrácen neproplacený</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Dů&amp;vod:</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Stornovat</translation>
    </message>
    <message>
        <source>Apply to open items</source>
        <translation>Spárovat s otevřenými položkami</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Spárovat od &amp;nejstarší</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>S&amp;párovat</translation>
    </message>
    <message>
        <source>Available %1 · applying %2</source>
        <translation>K dispozici %1 · páruje se %2</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>New invoice for %1</source>
        <translation>Nová faktura pro %1</translation>
    </message>
    <message>
        <source>New credit note for %1</source>
        <translation>Nový dobropis pro %1</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Čís&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Vystaveno:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>S&amp;platnost:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Částka:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Zaúčtovat</translation>
    </message>
    <message>
        <source>amount: type an amount greater than zero</source>
        <translation>částka: zadejte částku větší než nula</translation>
    </message>
    <message>
        <source>Contact person changed</source>
        <translation>Kontaktní osoba změněna</translation>
    </message>
    <message>
        <source>Contact person deactivated</source>
        <translation>Kontaktní osoba deaktivována</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Kontakt zaznamenán</translation>
    </message>
    <message>
        <source>Contact logged with a supervisor&apos;s override</source>
        <translation>Kontakt zaznamenán s výjimkou schválenou supervizorem</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Stížnost zaznamenána</translation>
    </message>
    <message>
        <source>Promise to pay taken</source>
        <translation>Příslib platby přijat</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Spor otevřen</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>Spor vyřešen</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>Eskalováno supervizorovi</translation>
    </message>
    <message>
        <source>Taken over by the supervisor</source>
        <translation>Převzato supervizorem</translation>
    </message>
    <message>
        <source>Returned to the collector with instructions</source>
        <translation>Vráceno vymáhači s pokyny</translation>
    </message>
    <message>
        <source>Reassigned to another collector</source>
        <translation>Přeřazeno jinému vymáhači</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Eskalace vyřešena</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Úkol splněn</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Úkol přidán</translation>
    </message>
    <message>
        <source>Assigned to a collector</source>
        <translation>Přiřazeno vymáhači</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Dopis odeslán</translation>
    </message>
    <message>
        <source>Letter sent again</source>
        <translation>Dopis odeslán znovu</translation>
    </message>
    <message>
        <source>Statement sent</source>
        <translation>Výpis z účtu odeslán</translation>
    </message>
    <message>
        <source>Statement sent again</source>
        <translation>Výpis z účtu odeslán znovu</translation>
    </message>
    <message>
        <source>Credit policy assigned</source>
        <translation>Přiřazena úvěrová politika</translation>
    </message>
    <message>
        <source>Put on credit hold</source>
        <translation>Nastavena blokace úvěru</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Blokace úvěru uvolněna</translation>
    </message>
    <message>
        <source>Credit review recorded</source>
        <translation>Úvěrová revize zaznamenána</translation>
    </message>
    <message>
        <source>Payment plan agreed</source>
        <translation>Splátkový kalendář sjednán</translation>
    </message>
    <message>
        <source>Payment plan defaulted</source>
        <translation>Splátkový kalendář nedodržen</translation>
    </message>
    <message>
        <source>Payment plan completed</source>
        <translation>Splátkový kalendář splněn</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Vyžádán odpis</translation>
    </message>
    <message>
        <source>Write-off approved and posted</source>
        <translation>Odpis schválen a zaúčtován</translation>
    </message>
    <message>
        <source>Write-off request rejected</source>
        <translation>Žádost o odpis zamítnuta</translation>
    </message>
    <message>
        <source>Payment plan agreement printed</source>
        <translation>Dohoda o splátkovém kalendáři vytištěna</translation>
    </message>
    <message>
        <source>Payment plan agreement printed again</source>
        <translation>Dohoda o splátkovém kalendáři vytištěna znovu</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>View customers</source>
        <translation>Zobrazovat zákazníky</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Upravovat zákazníky</translation>
    </message>
    <message>
        <source>Post payments</source>
        <translation>Účtovat platby</translation>
    </message>
    <message>
        <source>Reverse payments</source>
        <translation>Stornovat platby</translation>
    </message>
    <message>
        <source>Post invoices and credit notes</source>
        <translation>Účtovat faktury a dobropisy</translation>
    </message>
    <message>
        <source>Log contacts</source>
        <translation>Zaznamenávat kontakty</translation>
    </message>
    <message>
        <source>Take promises to pay</source>
        <translation>Přijímat přísliby platby</translation>
    </message>
    <message>
        <source>Open and resolve disputes</source>
        <translation>Otevírat a řešit spory</translation>
    </message>
    <message>
        <source>Escalate accounts</source>
        <translation>Eskalovat účty</translation>
    </message>
    <message>
        <source>Approve write-offs</source>
        <translation>Schvalovat odpisy pohledávek</translation>
    </message>
    <message>
        <source>Edit credit policies</source>
        <translation>Upravovat úvěrové politiky</translation>
    </message>
    <message>
        <source>Release credit holds</source>
        <translation>Uvolňovat blokace úvěru</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Spravovat uživatele</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Exportovat sestavy</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Zobrazovat auditní protokol</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Měnit nastavení</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importovat data</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>no bucket edges given</source>
        <translation>nejsou zadány hranice pásem</translation>
    </message>
    <message>
        <source>at most 20 bucket edges</source>
        <translation>nejvýše 20 hranic pásem</translation>
    </message>
    <message>
        <source>bucket edges must be positive and increasing (got %1 after %2)</source>
        <translation>hranice pásem musí být kladné a rostoucí (%1 následuje po %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; není celý počet dní</translation>
    </message>
</context>
<context>
    <name>AgingSnapshotService</name>
    <message>
        <source>snapshot: not a valid date</source>
        <translation>snímek: neplatné datum</translation>
    </message>
    <message>
        <source>snapshot: the book is open read-only</source>
        <translation>snímek: kniha je otevřena jen pro čtení</translation>
    </message>
    <message>
        <source>no aging snapshot %1</source>
        <translation>snímek věkové struktury %1 neexistuje</translation>
    </message>
    <message>
        <source>roll-forward: no such aging snapshot</source>
        <translation>vývoj: takový snímek věkové struktury neexistuje</translation>
    </message>
    <message>
        <source>roll-forward: the first snapshot must be the earlier one</source>
        <translation>vývoj: první snímek musí být ten dřívější</translation>
    </message>
    <message>
        <source>roll-forward: the two snapshots have different basis or buckets</source>
        <translation>vývoj: oba snímky se liší základem nebo pásmy</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>write-off request %1 does not exist</source>
        <translation>žádost o odpis %1 neexistuje</translation>
    </message>
    <message>
        <source>reason: a write-off request needs a reason</source>
        <translation>reason: žádost o odpis musí mít důvod</translation>
    </message>
    <message>
        <source>amount: must be greater than zero</source>
        <translation>amount: musí být větší než nula</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>faktura %1 neexistuje</translation>
    </message>
    <message>
        <source>amount: invoice %1 has only %2 open</source>
        <translation>amount: faktura %1 má neuhrazeno jen %2</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date: není datum</translation>
    </message>
    <message>
        <source>%1 may not approve their own write-off request</source>
        <translation>%1 nesmí schválit vlastní žádost o odpis</translation>
    </message>
    <message>
        <source>%1 (%2) may not approve a write-off of %3 %4: above the role&apos;s approval limit</source>
        <translation>%1 (%2) nesmí schválit odpis %3 %4: překračuje schvalovací limit role</translation>
    </message>
    <message>
        <source>note: a rejection needs a reason for the collector</source>
        <translation>note: zamítnutí musí mít důvod pro vymáhače</translation>
    </message>
    <message>
        <source>write-off of %1 rejected: %2</source>
        <translation>odpis %1 zamítnut: %2</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role</source>
        <translation>role: &apos;%1&apos; není role</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency: &apos;%1&apos; není kód ISO 4217</translation>
    </message>
    <message>
        <source>max_amount: must not be negative</source>
        <translation>max_amount: nesmí být záporné</translation>
    </message>
    <message>
        <source>write-off request %1 is already approved</source>
        <translation>žádost o odpis %1 je již schválena</translation>
    </message>
    <message>
        <source>write-off request %1 is already rejected</source>
        <translation>žádost o odpis %1 je již zamítnuta</translation>
    </message>
    <message>
        <source>write-off request %1 is already decided</source>
        <translation>o žádosti o odpis %1 je již rozhodnuto</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>heslo musí mít alespoň 8 znaků</translation>
    </message>
    <message>
        <source>a password may have at most 1024 characters</source>
        <translation>heslo smí mít nejvýše 1024 znaků</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>kryptografickou knihovnu nelze spustit</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>nedostatek paměti pro hashování hesla</translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation>neznámý uživatel nebo chybné heslo</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>uživatel %1 je deaktivován</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>přihlašovací jméno &apos;%1&apos; smí obsahovat jen písmena, číslice a . _ @ -</translation>
    </message>
    <message>
        <source>this book already has an administrator</source>
        <translation>tato kniha už má administrátora</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: je prázdné</translation>
    </message>
    <message>
        <source>user %1 already exists</source>
        <translation>uživatel %1 už existuje</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>uživatel %1 neexistuje</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>sami sebe deaktivovat nemůžete</translation>
    </message>
    <message>
        <source>%1 is the last administrator</source>
        <translation>%1 je posledním administrátorem</translation>
    </message>
    <message>
        <source>an administrator keeps every permission</source>
        <translation>administrátor si ponechává všechna oprávnění</translation>
    </message>
    <message>
        <source>the local owner of an unprotected book has no password</source>
        <translation>místní vlastník nechráněné knihy nemá heslo</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>současné heslo je chybné</translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts: user %1 may try again in %n second(s)</source>
        <translation>
            <numerusform>příliš mnoho neúspěšných pokusů: uživatel %1 to může znovu zkusit za %n sekundu</numerusform>
            <numerusform>příliš mnoho neúspěšných pokusů: uživatel %1 to může znovu zkusit za %n sekundy</numerusform>
            <numerusform>příliš mnoho neúspěšných pokusů: uživatel %1 to může znovu zkusit za %n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>the work stopped on an unexpected error</source>
        <translation>zpracování se zastavilo kvůli neočekávané chybě</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>BankFile</name>
    <message>
        <source>mapping: not JSON: %1 at offset %2</source>
        <translation>mapping: není JSON: %1 na pozici %2</translation>
    </message>
    <message>
        <source>mapping: not a JSON object</source>
        <translation>mapping: není objekt JSON</translation>
    </message>
    <message>
        <source>mapping: unknown key &apos;%1&apos;</source>
        <translation>mapping: neznámý klíč &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mapping: %1: must be a string</source>
        <translation>mapping: %1: musí být řetězec</translation>
    </message>
    <message>
        <source>mapping: columns: must be an object</source>
        <translation>mapping: columns: musí být objekt</translation>
    </message>
    <message>
        <source>mapping: columns: unknown key &apos;%1&apos;</source>
        <translation>mapping: columns: neznámý klíč &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mapping: columns: %1: must be a string</source>
        <translation>mapping: columns: %1: musí být řetězec</translation>
    </message>
    <message>
        <source>mapping: columns: date and amount are required</source>
        <translation>mapping: columns: date a amount jsou povinné</translation>
    </message>
    <message>
        <source>mapping: needs columns.currency or a fixed &quot;currency&quot; (amounts without currency)</source>
        <translation>mapping: vyžaduje columns.currency nebo pevnou &quot;currency&quot; (částky bez měny)</translation>
    </message>
    <message>
        <source>mapping: currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>mapping: currency: &apos;%1&apos; není kód ISO 4217</translation>
    </message>
    <message>
        <source>mapping: date_format: must not be empty</source>
        <translation>mapping: date_format: nesmí být prázdné</translation>
    </message>
    <message>
        <source>mapping: decimal: must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>mapping: decimal: musí být &quot;.&quot; nebo &quot;,&quot;</translation>
    </message>
    <message>
        <source>mapping: thousands: must be empty or one of . , &apos; and space, other than decimal</source>
        <translation>mapping: thousands: musí být prázdné nebo jedno z . , &apos; a mezera, jiné než decimal</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>soubor je prázdný (chybí řádek záhlaví)</translation>
    </message>
    <message>
        <source>no such column in the header</source>
        <translation>takový sloupec v záhlaví není</translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation>sloupec se vyskytuje víckrát</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2</source>
        <translation>&apos;%1&apos; není datum ve formátu %2</translation>
    </message>
    <message>
        <source>amount %1 without currency</source>
        <translation>částka %1 bez měny</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; není kód měny ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation>&apos;%1&apos; není částka v %2</translation>
    </message>
    <message>
        <source>entry reference %1 is used twice in the file</source>
        <translation>reference pohybu %1 je v souboru dvakrát</translation>
    </message>
    <message>
        <source>entry without Amt</source>
        <translation>pohyb bez Amt</translation>
    </message>
    <message>
        <source>entry without CdtDbtInd</source>
        <translation>pohyb bez CdtDbtInd</translation>
    </message>
    <message>
        <source>entry without booking date (BookgDt)</source>
        <translation>pohyb bez data zaúčtování (BookgDt)</translation>
    </message>
    <message>
        <source>entry without a reference (AcctSvcrRef, NtryRef or EndToEndId)</source>
        <translation>pohyb bez reference (AcctSvcrRef, NtryRef nebo EndToEndId)</translation>
    </message>
    <message>
        <source>not a camt.053 document (root element %1)</source>
        <translation>není dokument camt.053 (kořenový prvek %1)</translation>
    </message>
    <message>
        <source>namespace &apos;%1&apos; is not camt.053 (expected urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .13)</source>
        <translation>jmenný prostor &apos;%1&apos; není camt.053 (očekáváno urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 až .13)</translation>
    </message>
    <message>
        <source>amount %1 without currency (Ccy attribute)</source>
        <translation>částka %1 bez měny (atribut Ccy)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount in %2</source>
        <translation>&apos;%1&apos; není kladná částka v %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither CRDT nor DBIT</source>
        <translation>&apos;%1&apos; není CRDT ani DBIT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; není datum</translation>
    </message>
    <message>
        <source>the file ends too early (truncated XML): %1</source>
        <translation>soubor končí předčasně (zkrácené XML): %1</translation>
    </message>
    <message>
        <source>no XML document in the file</source>
        <translation>v souboru není dokument XML</translation>
    </message>
    <message>
        <source>no statement (Stmt/Id) in the file</source>
        <translation>v souboru není výpis (Stmt/Id)</translation>
    </message>
    <message>
        <source>mapping: delimiter: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;|&quot;</source>
        <translation>mapping: delimiter: musí být &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; nebo &quot;|&quot;</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nelze přečíst: %2</translation>
    </message>
    <message>
        <source>a CSV bank file needs a mapping (--mapping NAME or FILE.json)</source>
        <translation>bankovní soubor CSV potřebuje mapování (--mapping NAME nebo FILE.json)</translation>
    </message>
    <message>
        <source>no bank mapping named &apos;%1&apos; in the book</source>
        <translation>v knize není bankovní mapování s názvem &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>an earlier entry of this file already pays these invoices</source>
        <translation>tyto faktury už hradí dřívější pohyb v tomto souboru</translation>
    </message>
    <message>
        <source>%1 was refused; nothing can be posted from it</source>
        <translation>soubor %1 byl odmítnut; nelze z něj nic zaúčtovat</translation>
    </message>
    <message>
        <source>no entry %1 in the review</source>
        <translation>pohyb %1 v kontrole není</translation>
    </message>
    <message>
        <source>entry %1 is not an incoming payment</source>
        <translation>pohyb %1 není příchozí platba</translation>
    </message>
    <message>
        <source>no customer for entry %1</source>
        <translation>k pohybu %1 není zákazník</translation>
    </message>
    <message>
        <source>the credit is in %1, customer %2 in %3</source>
        <translation>připsaná částka je v %1, zákazník %2 v %3</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>párovaná částka musí být větší než nula</translation>
    </message>
    <message>
        <source>applied %1 is more than the credit %2</source>
        <translation>spárováno %1 je víc než připsaná částka %2</translation>
    </message>
    <message>
        <source>invoice %1 is not an invoice of customer %2 in %3</source>
        <translation>faktura %1 není fakturou zákazníka %2 v %3</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open on %3; nothing was posted</source>
        <translation>faktura %1 má k %3 neuhrazeno jen %2; nic nebylo zaúčtováno</translation>
    </message>
    <message>
        <source>a bank mapping needs a name</source>
        <translation>bankovní mapování musí mít název</translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation>účet je prázdný</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>unapplied cash</source>
        <translation>nespárovaná platba</translation>
    </message>
    <message>
        <source>%1 and %2 unapplied</source>
        <translation>%1 a nespárováno %2</translation>
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
        <translation>reference věřitele %1 má chybnou kontrolní číslici a byla ignorována</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the credit in %3</source>
        <translation>faktura %1 je v %2, připsaná částka v %3</translation>
    </message>
    <message>
        <source>the payment reference names invoice %1</source>
        <translation>platební reference uvádí fakturu %1</translation>
    </message>
    <message>
        <source>the remittance text names invoice %1</source>
        <translation>zpráva pro příjemce uvádí fakturu %1</translation>
    </message>
    <message>
        <source>already paid: nothing is open on %1</source>
        <translation>už uhrazeno: na %1 není nic neuhrazeno</translation>
    </message>
    <message>
        <source>the reference belongs to customer %1, but the debtor account %2 to customer %3</source>
        <translation>reference patří zákazníkovi %1, ale účet plátce %2 zákazníkovi %3</translation>
    </message>
    <message>
        <source>the remittance names invoices of several customers</source>
        <translation>zpráva pro příjemce uvádí faktury více zákazníků</translation>
    </message>
    <message>
        <source>the debtor account %1 is registered to the customer</source>
        <translation>účet plátce %1 je registrován u zákazníka</translation>
    </message>
    <message>
        <source>the debtor account %1 paid this customer before</source>
        <translation>z účtu plátce %1 už tomuto zákazníkovi přišla platba</translation>
    </message>
    <message>
        <source>the debtor name &apos;%1&apos; is the customer&apos;s name</source>
        <translation>jméno plátce &apos;%1&apos; je jméno zákazníka</translation>
    </message>
    <message>
        <source>only the amount: it equals the open amount of %1 of customer %2</source>
        <translation>jen částka: rovná se neuhrazené částce %1 zákazníka %2</translation>
    </message>
    <message>
        <source>the amount equals the open amount</source>
        <translation>částka se rovná neuhrazené částce</translation>
    </message>
    <message>
        <source>short payment: %1 less than the open %2</source>
        <translation>nedoplatek: o %1 méně než neuhrazených %2</translation>
    </message>
    <message>
        <source>overpayment: %1 stays unapplied</source>
        <translation>přeplatek: %1 zůstává jako nespárovaná platba</translation>
    </message>
    <message>
        <source>the debtor account is the customer&apos;s</source>
        <translation>účet plátce patří zákazníkovi</translation>
    </message>
    <message>
        <source>the amount equals the open amount of %1</source>
        <translation>částka se rovná neuhrazené částce %1</translation>
    </message>
    <message numerus="yes">
        <source>it is the oldest of %n open items of this amount</source>
        <translation>
            <numerusform>jde o nejstarší z %n otevřené položky v této výši</numerusform>
            <numerusform>jde o nejstarší z %n otevřených položek v této výši</numerusform>
            <numerusform>jde o nejstarší z %n otevřených položek v této výši</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount equals the open amounts of %1 together</source>
        <translation>částka se rovná součtu neuhrazených částek %1</translation>
    </message>
    <message>
        <source>another combination fits too</source>
        <translation>vyhovuje i jiná kombinace</translation>
    </message>
    <message>
        <source>no open item or combination matches the amount: unapplied cash</source>
        <translation>částce neodpovídá žádná otevřená položka ani kombinace: nespárovaná platba</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>ovladač Qt SQL %1 není nainstalován</translation>
    </message>
    <message>
        <source>book %1 does not exist (create it with init)</source>
        <translation>kniha %1 neexistuje (vytvořte ji příkazem init)</translation>
    </message>
    <message>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation>%1 už existuje; nepřepíše se</translation>
    </message>
    <message>
        <source>cannot create %1: folder not writable</source>
        <translation>nelze vytvořit %1: do složky nelze zapisovat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a book URL (postgresql://USER@HOST:PORT/DBNAME)</source>
        <translation>&apos;%1&apos; není URL knihy (postgresql://USER@HOST:PORT/DBNAME)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>nelze otevřít %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer ardesk (schema %2; this version reads up to %3). Upgrade ardesk to open it.</source>
        <translation>Knihu %1 zapsala novější verze ardesk (schéma %2; tato verze čte nejvýše %3). Pro otevření aktualizujte ardesk.</translation>
    </message>
    <message>
        <source>%1 is not an ardesk book</source>
        <translation>%1 není kniha ardesk</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2 to %3 but is read-only</source>
        <translation>%1 potřebuje aktualizaci ze schématu %2 na %3, ale je jen pro čtení</translation>
    </message>
    <message>
        <source>cannot prepare [%1]: %2</source>
        <translation>nelze připravit [%1]: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>nested transaction</source>
        <translation>vnořená transakce</translation>
    </message>
    <message>
        <source>%1 holds no ardesk book (create it with init)</source>
        <translation>%1 neobsahuje knihu ardesk (vytvořte ji příkazem init)</translation>
    </message>
    <message>
        <source>%1 already holds a book; refusing to overwrite it</source>
        <translation>%1 již obsahuje knihu; nebude přepsána</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>%1 nelze zálohovat do %2: %3</translation>
    </message>
</context>
<context>
    <name>BookCopy</name>
    <message>
        <source>the books have different schema versions (%1 and %2)</source>
        <translation>knihy mají různé verze schématu (%1 a %2)</translation>
    </message>
    <message>
        <source>%1 is not empty; copy only into a new book</source>
        <translation>%1 není prázdná; kopírujte jen do nové knihy</translation>
    </message>
    <message>
        <source>%1 has a table ardesk does not know: %2</source>
        <translation>%1 obsahuje tabulku, kterou ardesk nezná: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
</context>
<context>
    <name>BookService</name>
    <message>
        <source>this book is protected: sign in as a user</source>
        <translation>tato kniha je chráněná: přihlaste se jako uživatel</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>rozhodné datum není platné</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>nelze vytvořit %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside; is it still open?</source>
        <translation>nelze přesunout %1 stranou; není soubor stále otevřený?</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>nelze zkopírovat %1 do %2</translation>
    </message>
</context>
<context>
    <name>BookWatcher</name>
    <message>
        <source>cannot listen for changes of %1: %2</source>
        <translation>nelze sledovat změny %1: %2</translation>
    </message>
</context>
<context>
    <name>BrowseService</name>
    <message>
        <source>the row window is negative</source>
        <translation>okno řádků je záporné</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>rozhodné datum není platné</translation>
    </message>
</context>
<context>
    <name>CashForecastService</name>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>přísliby platby nelze vyhodnotit: %1</translation>
    </message>
    <message>
        <source>forecast: not a valid date</source>
        <translation>prognóza: neplatné datum</translation>
    </message>
    <message>
        <source>forecast: from 0 to %1 past weeks</source>
        <translation>prognóza: od 0 do %1 uplynulých týdnů</translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>rozhodné datum není platné datum</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>neznámý uživatel %1</translation>
    </message>
    <message>
        <source>%1 may see only their own queue, not the one of %2</source>
        <translation>%1 smí vidět jen vlastní frontu, ne frontu uživatele %2</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees every queue</source>
        <translation>všechny fronty vidí jen supervizor, manažer nebo administrátor</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>neznámý úkol %1</translation>
    </message>
    <message>
        <source>task %1 is already %2</source>
        <translation>úkol %1 už má stav %2</translation>
    </message>
    <message>
        <source>task %1 is in the queue of another user</source>
        <translation>úkol %1 je ve frontě jiného uživatele</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>neznámé ID zákazníka %1</translation>
    </message>
    <message>
        <source>this item was already recorded (%1)</source>
        <translation>toto už bylo zaznamenáno (%1)</translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation>datum splatnosti není platné datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task kind (call, promise_follow_up, dispute_follow_up, review, escalation)</source>
        <translation>&apos;%1&apos; není druh úkolu (call, promise_follow_up, dispute_follow_up, review, escalation)</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>neznámý zákazník %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>neznámý nebo neaktivní uživatel %1</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin assigns portfolios</source>
        <translation>portfolia přiděluje jen supervizor, manažer nebo administrátor</translation>
    </message>
    <message>
        <source>give customer codes or a rule (region, language, balance band)</source>
        <translation>zadejte kódy zákazníků nebo pravidlo (region, jazyk, pásmo salda)</translation>
    </message>
    <message>
        <source>a balance band needs its currency</source>
        <translation>pásmo salda potřebuje svou měnu</translation>
    </message>
    <message>
        <source>the balance band&apos;s minimum is above its maximum</source>
        <translation>minimum pásma salda je vyšší než jeho maximum</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>uživatel %1 je deaktivován</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 má roli %2, není vymáhač</translation>
    </message>
    <message>
        <source>grace days must be between 0 and 365 (got %1)</source>
        <translation>dny tolerance musí být mezi 0 a 365 (zadáno %1)</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>kontaktní okno musí začínat dřív, než končí</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Call out</source>
        <translation>Odchozí hovor</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Dopis</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Návštěva</translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation>Kontakt se správnou osobou</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Třetí osoba</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Bez odezvy</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Zanechán vzkaz</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Chybné číslo</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Odmítl zaplatit</translation>
    </message>
    <message>
        <source>Dispute raised</source>
        <translation>Vznesen spor</translation>
    </message>
    <message>
        <source>Promise taken</source>
        <translation>Příslib přijat</translation>
    </message>
    <message>
        <source>Payment plan requested</source>
        <translation>Požádal o splátkový kalendář</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Stížnost</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalita</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Nedoručeno</translation>
    </message>
    <message>
        <source>Duplicate billing</source>
        <translation>Duplicitní fakturace</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>the time of the call is not valid</source>
        <translation>čas hovoru není platný</translation>
    </message>
    <message>
        <source>earlier call attempt %1 has no valid time</source>
        <translation>dřívější pokus o hovor %1 nemá platný čas</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>kontaktní okno musí začínat dřív, než končí</translation>
    </message>
    <message>
        <source>the call-attempt cap needs at least 1 attempt in at least 1 day</source>
        <translation>limit pokusů o hovor vyžaduje alespoň 1 pokus za alespoň 1 den</translation>
    </message>
    <message>
        <source>the days of silence after a conversation must not be negative</source>
        <translation>počet dní klidu po rozhovoru nesmí být záporný</translation>
    </message>
    <message>
        <source>Cease communication: the customer has asked that all communication stop. Do not call.</source>
        <translation>Zákaz komunikace: zákazník požádal o ukončení veškeré komunikace. Nevolejte.</translation>
    </message>
    <message>
        <source>Attorney representation: the customer is represented by an attorney. Contact the attorney, not the customer.</source>
        <translation>Zastoupení advokátem: zákazníka zastupuje advokát. Kontaktujte advokáta, ne zákazníka.</translation>
    </message>
    <message>
        <source>Do not call: the customer is flagged do-not-call.</source>
        <translation>Nevolat: zákazník má příznak nevolat.</translation>
    </message>
    <message>
        <source>No calls at work: the customer has refused calls at the place of work.</source>
        <translation>Žádné hovory do zaměstnání: zákazník odmítl hovory na pracoviště.</translation>
    </message>
    <message>
        <source>Contact window: the customer&apos;s time zone (%1) is not known, so the local time cannot be checked. Set the customer&apos;s time zone first.</source>
        <translation>Kontaktní okno: časové pásmo zákazníka (%1) není známo, takže místní čas nelze ověřit. Nejprve nastavte časové pásmo zákazníka.</translation>
    </message>
    <message>
        <source>Contact window: it is %1 in %2; calls are allowed from %3 to %4 the customer&apos;s local time.</source>
        <translation>Kontaktní okno: v %2 je %1; volat je dovoleno od %3 do %4 místního času zákazníka.</translation>
    </message>
    <message>
        <source>Consumer rule: no call for %1 days after a conversation, the conversation day being day 1. Conversation on %2; calls allowed again from %3.</source>
        <translation>Spotřebitelské pravidlo: žádný hovor po dobu %1 dní po rozhovoru, přičemž den rozhovoru je den 1. Rozhovor %2; volat lze znovu od %3.</translation>
    </message>
    <message>
        <source>Consumer rule: at most %1 call attempts in %2 consecutive days per debt. %3 attempts from %4 to %5; calls allowed again from %6.</source>
        <translation>Spotřebitelské pravidlo: počet pokusů o hovor nejvýše %1 během %2 po sobě jdoucích dní na jeden dluh. Pokusy od %4 do %5: %3; volat lze znovu od %6.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>unknown customer %1</source>
        <translation>neznámý zákazník %1</translation>
    </message>
    <message>
        <source>the time of the contact is not valid</source>
        <translation>čas kontaktu není platný</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation>&apos;%1&apos; není kanál (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an outcome (%2)</source>
        <translation>&apos;%1&apos; není výsledek (%2)</translation>
    </message>
    <message>
        <source>the duration must not be negative</source>
        <translation>doba trvání nesmí být záporná</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2</source>
        <translation>hovor na %1 blokován: %2</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2; only a supervisor can override it</source>
        <translation>hovor na %1 blokován: %2; přebít to může jen supervizor</translation>
    </message>
    <message>
        <source>task %1 is not a task of %2</source>
        <translation>úkol %1 nepatří uživateli %2</translation>
    </message>
    <message>
        <source>the day the complaint was received is not a valid date</source>
        <translation>den přijetí stížnosti není platné datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complaint channel (letter, email, call)</source>
        <translation>&apos;%1&apos; není kanál stížnosti (letter, email, call)</translation>
    </message>
    <message>
        <source>a complaint needs a category</source>
        <translation>stížnost musí mít kategorii</translation>
    </message>
    <message>
        <source>satisfaction is a score from 1 to 5 (got %1)</source>
        <translation>spokojenost je hodnocení od 1 do 5 (zadáno %1)</translation>
    </message>
    <message>
        <source>the complaint cannot be resolved before it was received</source>
        <translation>stížnost nelze vyřešit dřív, než byla přijata</translation>
    </message>
</context>
<context>
    <name>CreditHold</name>
    <message>
        <source>over the credit limit (balance %1, limit %2)</source>
        <translation>nad úvěrovým limitem (saldo %1, limit %2)</translation>
    </message>
    <message numerus="yes">
        <source>oldest item %n day(s) past due</source>
        <translation>
            <numerusform>nejstarší položka %n den po splatnosti</numerusform>
            <numerusform>nejstarší položka %n dny po splatnosti</numerusform>
            <numerusform>nejstarší položka %n dnů po splatnosti</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue amount %1</source>
        <translation>částka po splatnosti %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n nesplněný příslib</numerusform>
            <numerusform>%n nesplněné přísliby</numerusform>
            <numerusform>%n nesplněných příslibů</numerusform>
        </translation>
    </message>
    <message>
        <source>set by the collection strategy</source>
        <translation>nastaveno strategií vymáhání</translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: je prázdné</translation>
    </message>
    <message>
        <source>terms: days and percentages must not be negative</source>
        <translation>terms: dny a procenta nesmějí být záporné</translation>
    </message>
    <message>
        <source>discount_days: the discount period cannot be longer than the terms</source>
        <translation>discount_days: lhůta pro skonto nesmí být delší než splatnost</translation>
    </message>
    <message>
        <source>a policy named %1 already exists</source>
        <translation>úvěrová politika s názvem %1 už existuje</translation>
    </message>
    <message>
        <source>policy %1 does not exist</source>
        <translation>úvěrová politika %1 neexistuje</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>chybí rozhodné datum</translation>
    </message>
    <message>
        <source>reason: releasing a hold needs a reason</source>
        <translation>reason: uvolnění blokace musí mít důvod</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date: není datum</translation>
    </message>
    <message>
        <source>customer %1 is not on hold</source>
        <translation>zákazník %1 není blokován</translation>
    </message>
    <message>
        <source>date: the hold was set on %1</source>
        <translation>date: blokace byla nastavena %1</translation>
    </message>
    <message>
        <source>new_limit: a raise needs a limit above the current one</source>
        <translation>new_limit: zvýšení vyžaduje limit vyšší než současný</translation>
    </message>
    <message>
        <source>new_limit: lowering needs a limit below the current one</source>
        <translation>new_limit: snížení vyžaduje limit nižší než současný</translation>
    </message>
    <message>
        <source>new_class: &apos;%1&apos; is not a new risk class A to E</source>
        <translation>new_class: &apos;%1&apos; není nová riziková třída A až E</translation>
    </message>
    <message>
        <source>temporary_limit: a temporary increase needs a limit above the current one</source>
        <translation>temporary_limit: dočasné zvýšení vyžaduje limit vyšší než současný</translation>
    </message>
    <message>
        <source>temporary_until: the expiry must be after the review date</source>
        <translation>temporary_until: konec platnosti musí být po datu úvěrové revize</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nelze přečíst: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>neznámý zákazník %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 100000</source>
        <translation>&apos;%1&apos; není celé číslo od 0 do 100000</translation>
    </message>
    <message>
        <source>a row needs a score or a rating</source>
        <translation>řádek musí mít skóre nebo rating</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>a second score of %1 by %2 on %3 in this file</source>
        <translation>druhé skóre zákazníka %1 od %2 ke dni %3 v tomto souboru</translation>
    </message>
    <message>
        <source>credit review: %1 score fell from %2 to %3</source>
        <translation>úvěrová revize: skóre od %1 kleslo z %2 na %3</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>faktura %1 neexistuje</translation>
    </message>
    <message>
        <source>risk_class: must be empty or one of A to E</source>
        <translation>risk_class: musí být prázdné nebo jedno z A až E</translation>
    </message>
    <message>
        <source>terms_days: at most 3650 days</source>
        <translation>terms_days: nejvýše 3650 dní</translation>
    </message>
    <message>
        <source>discount_days: a discount needs a discount period of at least one day</source>
        <translation>discount_days: skonto vyžaduje lhůtu pro skonto alespoň jeden den</translation>
    </message>
    <message>
        <source>credit_limit: must not be negative</source>
        <translation>credit_limit: nesmí být záporné</translation>
    </message>
    <message>
        <source>review_interval_days: between 1 and 3650 days</source>
        <translation>review_interval_days: od 1 do 3650 dní</translation>
    </message>
    <message>
        <source>hold_days_past_due: between 0 and 3650 days</source>
        <translation>hold_days_past_due: od 0 do 3650 dní</translation>
    </message>
    <message>
        <source>hold_overdue_amount: must not be negative</source>
        <translation>hold_overdue_amount: nesmí být záporné</translation>
    </message>
    <message>
        <source>hold_broken_promises: at least 1 promise</source>
        <translation>hold_broken_promises: alespoň 1 příslib</translation>
    </message>
    <message>
        <source>hold_broken_window_days: between 1 and 3650 days</source>
        <translation>hold_broken_window_days: od 1 do 3650 dní</translation>
    </message>
    <message>
        <source>hold_broken_window_days: set the number of broken promises too</source>
        <translation>hold_broken_window_days: nastavte také počet nesplněných příslibů</translation>
    </message>
    <message>
        <source>interest_margin: between -100 and 100 points</source>
        <translation>interest_margin: od -100 do 100 bodů</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees: náhrada nákladů a stropy poplatků nesmějí být záporné</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed with a compensation or fee cap</source>
        <translation>fee_currency: k náhradě nákladů nebo stropu poplatku je třeba třípísmenný kód měny</translation>
    </message>
    <message>
        <source>strategy: strategy %1 does not exist</source>
        <translation>strategy: strategie %1 neexistuje</translation>
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
        <translation>řádek %1: %2</translation>
    </message>
    <message>
        <source>field %1: the quoted field that opens on this line is never closed</source>
        <translation>pole %1: pole v uvozovkách, které začíná na tomto řádku, není nikdy uzavřeno</translation>
    </message>
    <message>
        <source>field %1: a carriage return that is not followed by a line feed outside quotes</source>
        <translation>pole %1: znak CR mimo uvozovky, za kterým nenásleduje LF</translation>
    </message>
    <message>
        <source>field %1: a quote inside an unquoted field (enclose the whole field in quotes and double the quotes inside it)</source>
        <translation>pole %1: uvozovka uvnitř pole bez uvozovek (uzavřete celé pole do uvozovek a uvozovky uvnitř zdvojte)</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by a comma or a line break)</source>
        <translation>pole %1: text za uzavírací uvozovkou (za polem v uvozovkách musí následovat čárka nebo konec řádku)</translation>
    </message>
    <message>
        <source>field %1: the text is not valid UTF-8</source>
        <translation>pole %1: text není platné UTF-8</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by the separator %2 or a line break)</source>
        <translation>pole %1: text za uzavírací uvozovkou (za polem v uvozovkách musí následovat oddělovač %2 nebo konec řádku)</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>dashboard: not a valid date</source>
        <translation>přehled: neplatné datum</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>přísliby platby nelze vyhodnotit: %1</translation>
    </message>
    <message>
        <source>dashboard trend: a valid date and 1 to 60 months</source>
        <translation>trend přehledu: je třeba platné datum a 1 až 60 měsíců</translation>
    </message>
    <message>
        <source>dashboard collections: a valid date and 1 to 104 weeks</source>
        <translation>inkaso v přehledu: je třeba platné datum a 1 až 104 týdnů</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the book already has customers; a demo book can only be generated into an empty book</source>
        <translation>kniha už obsahuje zákazníky; ukázkovou knihu lze vygenerovat jen do prázdné knihy</translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was written</source>
        <translation>generování ukázkových dat zrušeno; nic nebylo zapsáno</translation>
    </message>
    <message>
        <source>customers: must be between 1 and %1 (got %2)</source>
        <translation>customers: musí být od 1 do %1 (zadáno %2)</translation>
    </message>
</context>
<context>
    <name>DepositBatchService</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation>řádek %1: %2: %3</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency: &apos;%1&apos; není kód ISO 4217</translation>
    </message>
    <message>
        <source>received_date: is not a date</source>
        <translation>received_date: není datum</translation>
    </message>
    <message>
        <source>the batch has no checks</source>
        <translation>dávka neobsahuje žádné šeky</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>musí být větší než nula</translation>
    </message>
    <message>
        <source>count: %1 checks keyed, the control count is %2</source>
        <translation>count: zadané šeky: %1, kontrolní počet je %2</translation>
    </message>
    <message>
        <source>total: the checks add up to %1, the control total is %2</source>
        <translation>total: součet šeků je %1, kontrolní součet je %2</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>%1 is billed in %2, the batch is in %3</source>
        <translation>%1 se fakturuje v %2, dávka je v %3</translation>
    </message>
    <message>
        <source>%1 is already posted for %2</source>
        <translation>reference %1 je už u zákazníka %2 zaúčtována</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>faktura %1 neexistuje</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>faktura %1 patří jinému zákazníkovi</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>&apos;%1&apos; is not a dispute reason (%2)</source>
        <translation>&apos;%1&apos; není důvod sporu (%2)</translation>
    </message>
    <message>
        <source>the day the dispute was opened is not a valid date</source>
        <translation>den otevření sporu není platné datum</translation>
    </message>
    <message>
        <source>the dispute&apos;s due date is before the day it was opened</source>
        <translation>termín sporu je dřív než den jeho otevření</translation>
    </message>
    <message>
        <source>the disputed amount must be positive</source>
        <translation>sporná částka musí být kladná</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>neznámá faktura %1</translation>
    </message>
    <message>
        <source>invoice %1 was issued on %2, after the dispute&apos;s date %3</source>
        <translation>faktura %1 byla vystavena %2, po datu sporu %3</translation>
    </message>
    <message>
        <source>the disputed amount %1 is more than invoice %2 has open and undisputed (%3 open, %4 already disputed)</source>
        <translation>sporná částka %1 je vyšší, než kolik má faktura %2 neuhrazeno a nesporné (neuhrazeno %3, už ve sporu %4)</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>neznámý nebo neaktivní uživatel %1</translation>
    </message>
    <message>
        <source>the day of the resolution is not a valid date</source>
        <translation>den vyřešení není platné datum</translation>
    </message>
    <message>
        <source>unknown dispute %1</source>
        <translation>neznámý spor %1</translation>
    </message>
    <message>
        <source>dispute %1 is already %2</source>
        <translation>spor %1 už má stav %2</translation>
    </message>
    <message>
        <source>dispute %1 cannot be resolved before it was opened (%2)</source>
        <translation>spor %1 nelze vyřešit dřív, než byl otevřen (%2)</translation>
    </message>
    <message>
        <source>invoice %1 has nothing open to write off</source>
        <translation>faktura %1 nemá nic neuhrazeného k odepsání</translation>
    </message>
    <message>
        <source>dispute %1 (%2)</source>
        <translation>spor %1 (%2)</translation>
    </message>
    <message>
        <source>unknown credit note %1</source>
        <translation>neznámý dobropis %1</translation>
    </message>
    <message>
        <source>credit note %1 belongs to another customer</source>
        <translation>dobropis %1 patří jinému zákazníkovi</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>neznámý zákazník %1</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>no output folder given</source>
        <translation>není zadána výstupní složka</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: složku nelze vytvořit</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: soubor nelze zapsat (%2)</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>chybí rozhodné datum</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>chybí rozhodné datum</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>dopis %1 neexistuje</translation>
    </message>
    <message>
        <source>only a rendered statement can be recorded as sent</source>
        <translation>jako odeslaný lze zaznamenat jen vygenerovaný výpis z účtu</translation>
    </message>
    <message>
        <source>the letter has no document</source>
        <translation>dopis nemá dokument</translation>
    </message>
    <message>
        <source>unknown letter template &apos;%1&apos; (one of %2)</source>
        <translation>neznámá šablona dopisu &apos;%1&apos; (jedna z %2)</translation>
    </message>
    <message>
        <source>no letter templates in language &apos;%1&apos; (one of %2)</source>
        <translation>žádné šablony dopisů v jazyce &apos;%1&apos; (jeden z %2)</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsService</name>
    <message>
        <source>pay-by days: %1 is not between 0 and %2</source>
        <translation>lhůta splatnosti ve dnech: %1 není mezi 0 a %2</translation>
    </message>
    <message>
        <source>sender: longer than %1 characters</source>
        <translation>odesílatel: delší než %1 znaků</translation>
    </message>
    <message>
        <source>payment instructions: longer than %1 characters</source>
        <translation>platební pokyny: delší než %1 znaků</translation>
    </message>
    <message>
        <source>payment instructions: no letters in language &apos;%1&apos; (one of %2)</source>
        <translation>platební pokyny: žádné dopisy v jazyce &apos;%1&apos; (jeden z %2)</translation>
    </message>
    <message>
        <source>payment instructions (%1): longer than %2 characters</source>
        <translation>platební pokyny (%1): delší než %2 znaků</translation>
    </message>
</context>
<context>
    <name>EscalationQueueWidget</name>
    <message>
        <source>waiting</source>
        <translation>čeká</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>převzato</translation>
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
        <translation>eskalace musí mít důvod</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>neznámý zákazník %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>neznámý nebo neaktivní uživatel %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a supervisor</source>
        <translation>%1 má roli %2, není supervizor</translation>
    </message>
    <message>
        <source>there is no active supervisor to escalate to</source>
        <translation>není žádný aktivní supervizor, na kterého by šlo eskalovat</translation>
    </message>
    <message>
        <source>%1 is already escalated to %2 (escalation %3)</source>
        <translation>zákazník %1 je už eskalován na %2 (eskalace %3)</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin decides on escalations</source>
        <translation>o eskalacích rozhoduje jen supervizor, manažer nebo administrátor</translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation>neznámá eskalace %1</translation>
    </message>
    <message>
        <source>escalation %1 is %2</source>
        <translation>eskalace %1 má stav %2</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>neznámé ID zákazníka %1</translation>
    </message>
    <message>
        <source>returning an escalation needs instructions</source>
        <translation>vrácení eskalace vyžaduje pokyny</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 má roli %2, není vymáhač</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees the escalation queue</source>
        <translation>frontu eskalací vidí jen supervizor, manažer nebo administrátor</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>neznámý uživatel %1</translation>
    </message>
</context>
<context>
    <name>FiguresJob</name>
    <message>
        <source>the figures stopped on an unexpected error</source>
        <translation>výpočet ukazatelů se zastavil kvůli neočekávané chybě</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation>záporná částka %1</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>musí být větší než nula</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nelze přečíst: %2</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>import zrušen; nic nebylo zapsáno</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>soubor je prázdný; řádek záhlaví je povinný</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>chybí povinný sloupec &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>sloupec &apos;%1&apos; se vyskytuje víckrát</translation>
    </message>
    <message>
        <source>duplicate customer code %1 in this file</source>
        <translation>kód zákazníka %1 je v tomto souboru víckrát</translation>
    </message>
    <message>
        <source>customer %1 already exists in the book</source>
        <translation>zákazník %1 už v knize existuje</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; není kód měny ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days between 0 and 3650</source>
        <translation>&apos;%1&apos; není celý počet dní od 0 do 3650</translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in this file</source>
        <translation>číslo faktury %1 je v tomto souboru víckrát</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>neznámý zákazník %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>je před datem vystavení</translation>
    </message>
    <message>
        <source>%1 differs from customer %2&apos;s currency %3</source>
        <translation>%1 se liší od měny %3 zákazníka %2</translation>
    </message>
    <message>
        <source>duplicate payment reference %1 for customer %2 in this file</source>
        <translation>reference platby %1 zákazníka %2 je v tomto souboru víckrát</translation>
    </message>
    <message>
        <source>payment %1 of customer %2 is already in the book</source>
        <translation>platba %1 zákazníka %2 už v knize je</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>neznámá faktura %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>faktura %1 patří jinému zákazníkovi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>&apos;%1&apos; smí obsahovat jen písmena, číslice a . _ @ -</translation>
    </message>
    <message>
        <source>duplicate login %1 in this file</source>
        <translation>přihlašovací jméno %1 je v tomto souboru víckrát</translation>
    </message>
    <message>
        <source>user %1 already exists in the book</source>
        <translation>uživatel %1 už v knize existuje</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>&apos;%1&apos; není žádná z hodnot admin, manager, supervisor, collector, clerk, auditor</translation>
    </message>
    <message>
        <source>customer %1 is assigned twice in this file</source>
        <translation>zákazník %1 je v tomto souboru přidělen dvakrát</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>neznámý uživatel %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 má roli %2, není vymáhač</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>uživatel %1 je deaktivován</translation>
    </message>
    <message>
        <source>is before the day the promise was taken</source>
        <translation>je před dnem přijetí příslibu</translation>
    </message>
    <message>
        <source>invoice %1 already exists in the book</source>
        <translation>faktura %1 už v knize existuje</translation>
    </message>
    <message>
        <source>only a manager sets credit limits; leave the column empty</source>
        <translation>úvěrové limity nastavuje jen manažer; nechte sloupec prázdný</translation>
    </message>
</context>
<context>
    <name>InstalmentTerms</name>
    <message>
        <source>part %1: %2</source>
        <translation>část %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give 2 to %2 parts separated by &apos;/&apos;, such as 30/60/90</source>
        <translation>&apos;%1&apos;: zadejte 2 až %2 částí oddělených &apos;/&apos;, například 30/60/90</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DAYS or DAYS:PERCENT</source>
        <translation>&apos;%1&apos; není DAYS ani DAYS:PERCENT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days from 0 to 3650</source>
        <translation>&apos;%1&apos; není počet dní od 0 do 3650</translation>
    </message>
    <message>
        <source>%1 days does not come after the part before it</source>
        <translation>počet dní %1 není větší než u předchozí části</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage above 0 with at most 2 decimals</source>
        <translation>&apos;%1&apos; není procento větší než 0 s nejvýše 2 desetinnými místy</translation>
    </message>
    <message>
        <source>give a percentage for every part or for none (equal parts)</source>
        <translation>zadejte procento u každé části, nebo u žádné (stejné části)</translation>
    </message>
    <message>
        <source>the percentages add up to %1, not 100</source>
        <translation>procenta dávají dohromady %1, ne 100</translation>
    </message>
</context>
<context>
    <name>InterestPostingService</name>
    <message>
        <source>no as-of date</source>
        <translation>chybí rozhodné datum</translation>
    </message>
    <message>
        <source>%1: no reference rate of %2 in force for every day from %3; load the rates first</source>
        <translation>%1: pro %2 neexistuje referenční sazba platná pro každý den od %3; nejprve načtěte sazby</translation>
    </message>
    <message>
        <source>%1: the number %2 is already taken</source>
        <translation>%1: číslo %2 je již obsazené</translation>
    </message>
    <message>
        <source>%1: the compensation is in %2, the invoice in %3; ardesk does not convert</source>
        <translation>%1: náhrada nákladů je v %2, faktura v %3; ardesk měny nepřepočítává</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
</context>
<context>
    <name>InterestService</name>
    <message>
        <source>no as-of date</source>
        <translation>chybí rozhodné datum</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nelze přečíst: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region code (2 to 16 letters, digits, _ or -)</source>
        <translation>&apos;%1&apos; není kód regionu (2 až 16 písmen, číslic, _ nebo -)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage (such as 3.5, at most 4 decimals)</source>
        <translation>&apos;%1&apos; není procento (například 3.5, nejvýše 4 desetinná místa)</translation>
    </message>
    <message>
        <source>%1 is not between -100 and 100</source>
        <translation>%1 není mezi -100 a 100</translation>
    </message>
    <message>
        <source>a second rate for %1 from %2 in this file</source>
        <translation>druhá sazba pro %1 od %2 v tomto souboru</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>soubor neobsahuje žádné sazby</translation>
    </message>
    <message>
        <source>region: 2 to 16 capital letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>region: 2 až 16 velkých písmen, číslic, &apos;_&apos; nebo &apos;-&apos;</translation>
    </message>
    <message>
        <source>valid_from: not a date</source>
        <translation>valid_from: není datum</translation>
    </message>
    <message>
        <source>rate_percent: between -100 and 100</source>
        <translation>rate_percent: od -100 do 100</translation>
    </message>
    <message>
        <source>there is no rate for %1 from %2</source>
        <translation>pro %1 neexistuje žádná sazba platná od %2</translation>
    </message>
    <message>
        <source>country: two capital letters (ISO 3166), or empty for the default</source>
        <translation>country: dvě velká písmena (ISO 3166), nebo prázdné pro výchozí pravidlo</translation>
    </message>
    <message>
        <source>margin: between -100 and 100 points</source>
        <translation>margin: od -100 do 100 bodů</translation>
    </message>
    <message>
        <source>day_count: 365 or 360</source>
        <translation>day_count: 365 nebo 360</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees: náhrada nákladů a stropy poplatků nesmějí být záporné</translation>
    </message>
    <message>
        <source>compensation_currency: a three-letter currency code is needed</source>
        <translation>compensation_currency: je třeba třípísmenný kód měny</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed</source>
        <translation>fee_currency: je třeba třípísmenný kód měny</translation>
    </message>
</context>
<context>
    <name>KpiMovements</name>
    <message>
        <source>allocation %1 reverses allocation %2, which does not exist</source>
        <translation>párování %1 stornuje párování %2, které neexistuje</translation>
    </message>
    <message>
        <source>posting for customer %1, which does not exist</source>
        <translation>zaúčtování pro zákazníka %1, který neexistuje</translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>KPI figures: customer %1 does not exist</source>
        <translation>Ukazatele KPI: zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>KPI period: invalid as-of date or number of months</source>
        <translation>Období KPI: neplatné rozhodné datum nebo počet měsíců</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>as-of: not a valid date</source>
        <translation>as-of: není platné datum</translation>
    </message>
    <message>
        <source>months: must be from 1 to %1, not %2</source>
        <translation>months: musí být od 1 do %1, ne %2</translation>
    </message>
    <message>
        <source>promises in the book cannot be evaluated: %1</source>
        <translation>přísliby platby v knize nelze vyhodnotit: %1</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>allocation to invoice %1, which has no state row</source>
        <translation>párování k faktuře %1, která nemá řádek stavu</translation>
    </message>
    <message>
        <source>allocation from payment or credit note %1, which has no state row</source>
        <translation>párování z platby nebo dobropisu %1, který nemá řádek stavu</translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>je delší než 64 znaků</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code such as EUR</source>
        <translation>&apos;%1&apos; není kód ISO 4217, například EUR</translation>
    </message>
    <message>
        <source>must be between 0 and 3650 days</source>
        <translation>musí být od 0 do 3650 dní</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>nesmí být záporné</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; není e-mailová adresa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Prague</source>
        <translation>&apos;%1&apos; není časové pásmo IANA, například Europe/Prague</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 alpha-2 code such as SE</source>
        <translation>&apos;%1&apos; není kód ISO 3166 alpha-2, například CZ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of en, de, fr, sv, cs</source>
        <translation>&apos;%1&apos; není žádná z hodnot en, de, fr, sv, cs</translation>
    </message>
    <message>
        <source>must be one of A, B, C, D, E</source>
        <translation>musí být jedno z A, B, C, D, E</translation>
    </message>
    <message>
        <source>code: customer %1 already exists</source>
        <translation>code: zákazník %1 už existuje</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>cannot be changed once the customer exists (it is %1)</source>
        <translation>nelze změnit, jakmile zákazník existuje (hodnota je %1)</translation>
    </message>
    <message>
        <source>cannot be changed (it is %1)</source>
        <translation>nelze změnit (hodnota je %1)</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>není datum</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>je před datem vystavení</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>musí být větší než nula</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>%1 differs from the customer&apos;s currency %2</source>
        <translation>%1 se liší od měny zákazníka %2</translation>
    </message>
    <message>
        <source>invoice %1 already exists</source>
        <translation>faktura %1 už existuje</translation>
    </message>
    <message>
        <source>credit note %1 already exists</source>
        <translation>dobropis %1 už existuje</translation>
    </message>
    <message>
        <source>is not an invoice of %1</source>
        <translation>není faktura zákazníka %1</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>párovaná částka musí být větší než nula</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>faktura %1 neexistuje</translation>
    </message>
    <message>
        <source>payment %1 does not exist</source>
        <translation>platba %1 neexistuje</translation>
    </message>
    <message>
        <source>payment %1 has been reversed</source>
        <translation>platba %1 byla stornována</translation>
    </message>
    <message>
        <source>credit note %1 does not exist</source>
        <translation>dobropis %1 neexistuje</translation>
    </message>
    <message>
        <source>credit note %1 has been reversed</source>
        <translation>dobropis %1 byl stornován</translation>
    </message>
    <message>
        <source>write-offs are posted through the approval workflow</source>
        <translation>odpisy pohledávek se účtují přes schvalovací proces</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>faktura %1 patří jinému zákazníkovi</translation>
    </message>
    <message>
        <source>currency %1 cannot pay an invoice in %2</source>
        <translation>platbou v %1 nelze uhradit fakturu v %2</translation>
    </message>
    <message>
        <source>%1 is before the money was received (%2)</source>
        <translation>%1 je před dnem přijetí peněz (%2)</translation>
    </message>
    <message>
        <source>%1 is before invoice %2 was issued</source>
        <translation>%1 je před vystavením faktury %2</translation>
    </message>
    <message>
        <source>only %1 is left to apply</source>
        <translation>ke spárování zbývá jen %1</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open</source>
        <translation>faktura %1 má neuhrazeno jen %2</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>faktura %1 neexistuje</translation>
    </message>
    <message>
        <source>applied %1 is more than the payment %2</source>
        <translation>spárováno %1 je víc než platba %2</translation>
    </message>
    <message>
        <source>a reversal needs a reason</source>
        <translation>storno musí mít důvod</translation>
    </message>
    <message>
        <source>allocation %1 does not exist</source>
        <translation>párování %1 neexistuje</translation>
    </message>
    <message>
        <source>a reversing entry cannot itself be reversed</source>
        <translation>stornovací zápis nelze sám stornovat</translation>
    </message>
    <message>
        <source>a write-off is reversed through the approval workflow</source>
        <translation>odpis pohledávky se stornuje přes schvalovací proces</translation>
    </message>
    <message>
        <source>allocation %1 is already reversed</source>
        <translation>párování %1 je už stornováno</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before what it reverses (%1)</source>
        <translation>storno nelze datovat před to, co stornuje (%1)</translation>
    </message>
    <message>
        <source>payment %1 is already reversed</source>
        <translation>platba %1 je už stornována</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the payment (%1)</source>
        <translation>storno nelze datovat před platbu (%1)</translation>
    </message>
    <message>
        <source>date: an allocation of payment %1 is reversed after %2; date the payment&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date: párování platby %1 je stornováno po %2; storno platby datujte nejdříve dnem posledního storna jejích párování</translation>
    </message>
    <message>
        <source>credit note %1 is already reversed</source>
        <translation>dobropis %1 je už stornován</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the credit note</source>
        <translation>storno nelze datovat před dobropis</translation>
    </message>
    <message>
        <source>date: an allocation of credit note %1 is reversed after %2; date the credit note&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date: párování dobropisu %1 je stornováno po %2; storno dobropisu datujte nejdříve dnem posledního storna jeho párování</translation>
    </message>
    <message>
        <source>a write-off must be greater than zero</source>
        <translation>odpis musí být větší než nula</translation>
    </message>
    <message>
        <source>a write-off cannot be dated before the invoice</source>
        <translation>odpis nemůže mít datum před datem faktury</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open to write off</source>
        <translation>faktura %1 má k odpisu neuhrazeno jen %2</translation>
    </message>
    <message>
        <source>no such invoice or payment</source>
        <translation>taková faktura ani platba neexistuje</translation>
    </message>
    <message>
        <source>the payment is not the invoice&apos;s customer&apos;s or not in its currency</source>
        <translation>platba nepatří zákazníkovi faktury nebo není v její měně</translation>
    </message>
    <message>
        <source>a recovery cannot be dated before the payment</source>
        <translation>vymožení odepsané částky nemůže mít datum před datem platby</translation>
    </message>
    <message>
        <source>invoice %1 has nothing written off</source>
        <translation>faktura %1 nemá nic odepsáno</translation>
    </message>
    <message>
        <source>payment %1 has nothing left to apply</source>
        <translation>platbě %1 nezbývá nic ke spárování</translation>
    </message>
    <message>
        <source>%1: only a manager sets a customer&apos;s credit limit and risk class (%2)</source>
        <translation>%1: úvěrový limit a rizikovou třídu zákazníka nastavuje jen manažer (%2)</translation>
    </message>
    <message>
        <source>discount: %1 is not an invoice of %2</source>
        <translation>skonto: %1 není faktura zákazníka %2</translation>
    </message>
    <message>
        <source>discount: no early-payment discount is offered on %1 for a payment on %2</source>
        <translation>skonto: k %1 se při platbě dne %2 nenabízí žádné skonto</translation>
    </message>
    <message>
        <source>discount: the discount of %1 on %2 is taken only when the payment settles the rest: apply exactly %3 (open %4 less the discount), not %5</source>
        <translation>skonto: skonto %1 k %2 se uplatní jen tehdy, když platba uhradí zbytek: spárujte přesně %3 (neuhrazeno %4 minus skonto), ne %5</translation>
    </message>
    <message>
        <source>between 2 and %1 parts</source>
        <translation>mezi 2 a %1 částmi</translation>
    </message>
    <message>
        <source>part %1: numbered %2</source>
        <translation>část %1: očíslována %2</translation>
    </message>
    <message>
        <source>part %1: the due date is not after the part before it or before the issue date</source>
        <translation>část %1: datum splatnosti není po předchozí části nebo je před datem vystavení</translation>
    </message>
    <message>
        <source>part %1: the amount must be greater than zero</source>
        <translation>část %1: částka musí být větší než nula</translation>
    </message>
    <message>
        <source>the parts add up to %1, not to the invoice&apos;s amount</source>
        <translation>části dávají dohromady %1, ne částku faktury</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>%1: row %2 follows row %3: a row is missing</source>
        <translation>%1: řádek %2 následuje po řádku %3: chybí řádek</translation>
    </message>
    <message>
        <source>%1 row %2 does not match its hash: it was changed after posting, or a row before it was</source>
        <translation>%1 řádek %2 neodpovídá svému hashi: byl změněn po zaúčtování, nebo byl změněn řádek před ním</translation>
    </message>
    <message>
        <source>state for a missing invoice %1</source>
        <translation>stav pro chybějící fakturu %1</translation>
    </message>
    <message>
        <source>invoice %1: state amount differs</source>
        <translation>faktura %1: částka ve stavu se liší</translation>
    </message>
    <message>
        <source>invoice %1: open amount out of range (applied %2 of %3) as of day %4</source>
        <translation>faktura %1: neuhrazená částka mimo rozsah (spárováno %2 z %3) ke dni %4</translation>
    </message>
    <message>
        <source>invoice %1 has no state row</source>
        <translation>faktura %1 nemá řádek stavu</translation>
    </message>
    <message>
        <source>invoice %1: open amount %2 but the history gives %3</source>
        <translation>faktura %1: neuhrazeno %2, ale historie dává %3</translation>
    </message>
    <message>
        <source>a reversal of a missing %1 row</source>
        <translation>storno chybějícího řádku %1</translation>
    </message>
    <message>
        <source>%1 %2: applied before it was received</source>
        <translation>%1 %2: spárováno před přijetím</translation>
    </message>
    <message>
        <source>%1 %2: applied %3 of %4 as of %5</source>
        <translation>%1 %2: spárováno %3 z %4 k %5</translation>
    </message>
    <message>
        <source>state for a missing %1 row %2</source>
        <translation>stav pro chybějící řádek %1 %2</translation>
    </message>
    <message>
        <source>%1 %2: state says allocated %3, unapplied %4; the history gives %5 and %6</source>
        <translation>%1 %2: stav uvádí spárováno %3, nespárováno %4; historie dává %5 a %6</translation>
    </message>
    <message>
        <source>%1 %2: reversal date differs from the reversals</source>
        <translation>%1 %2: datum storna se liší od storen</translation>
    </message>
    <message>
        <source>%1 has %2 rows for %3 %4 rows</source>
        <translation>%1: počet řádků %2, ale řádků %4 je %3</translation>
    </message>
    <message>
        <source>ar_movements %1 (kind/currency/due/day): %2 stored, the ledger gives %3</source>
        <translation>ar_movements %1 (kind/currency/due/day): uloženo %2, z účetních záznamů vychází %3</translation>
    </message>
    <message>
        <source>kpi_movements (kind/currency/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_movements (kind/currency/day/until: amount, amount x days, entries): uloženo %1, z účetních záznamů vychází %2</translation>
    </message>
    <message numerus="yes">
        <source>promise_outcomes: %n customer(s) differ from the rule; first: %1</source>
        <translation>
            <numerusform>promise_outcomes: %n zákazník se odchyluje od pravidla; první: %1</numerusform>
            <numerusform>promise_outcomes: %n zákazníci se odchylují od pravidla; první: %1</numerusform>
            <numerusform>promise_outcomes: %n zákazníků se odchyluje od pravidla; první: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer %1 has invoices but no line in kpi_customer_groups</source>
        <translation>zákazník %1 má faktury, ale žádný řádek v kpi_customer_groups</translation>
    </message>
    <message>
        <source>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries): uloženo %1, z účetních záznamů vychází %2</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) stored, the ledger has %1</source>
        <translation>
            <numerusform>uložen %n příslib platby, v účetních záznamech je %1</numerusform>
            <numerusform>uloženy %n přísliby platby, v účetních záznamech je %1</numerusform>
            <numerusform>uloženo %n příslibů platby, v účetních záznamech je %1</numerusform>
        </translation>
    </message>
    <message>
        <source>valid from day %1 stored, the ledger gives %2</source>
        <translation>uloženo platné ode dne %1, z účetních záznamů vychází %2</translation>
    </message>
    <message>
        <source>promise %1: %2 counted, kept on %3 stored; the ledger gives %4, kept on %5</source>
        <translation>příslib platby %1: uloženo započteno %2, splněn %3; z účetních záznamů vychází %4, splněn %5</translation>
    </message>
    <message>
        <source>customer %1: %2</source>
        <translation>zákazník %1: %2</translation>
    </message>
    <message>
        <source>%1 stored, the ledger gives %2</source>
        <translation>uloženo %1, kniha dává %2</translation>
    </message>
    <message numerus="yes">
        <source>ledger_spans: %n document(s) differ; first: %1</source>
        <translation>
            <numerusform>ledger_spans: %n doklad se liší; první: %1</numerusform>
            <numerusform>ledger_spans: %n doklady se liší; první: %1</numerusform>
            <numerusform>ledger_spans: %n dokladů se liší; první: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>open %1, overdue %2, disputed %3, unapplied %4, oldest overdue due %5, valid from day %6 to day %7</source>
        <translation>otevřeno %1, po splatnosti %2, sporné %3, nepřiřazeno %4, nejstarší splatnost po splatnosti %5, platné ode dne %6 do dne %7</translation>
    </message>
    <message>
        <source>customer %1 as of %2: %3 stored; the ledger gives %4</source>
        <translation>zákazník %1 k %2: uloženo %3; hlavní kniha dává %4</translation>
    </message>
    <message numerus="yes">
        <source>customer_figures: %n customer(s) differ from the ledger; first: %1</source>
        <translation>
            <numerusform>customer_figures: %n zákazník se liší od hlavní knihy; první: %1</numerusform>
            <numerusform>customer_figures: %n zákazníci se liší od hlavní knihy; první: %1</numerusform>
            <numerusform>customer_figures: %n zákazníků se liší od hlavní knihy; první: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer_balances: customer %1 has no row</source>
        <translation>customer_balances: zákazník %1 nemá řádek</translation>
    </message>
    <message>
        <source>customer_balances: customer %1 stores open %2, unapplied %3, balance %4; the state tables give open %5, unapplied %6</source>
        <translation>customer_balances: zákazník %1 ukládá neuhrazeno %2, nespárováno %3, saldo %4; stavové tabulky dávají neuhrazeno %5, nespárováno %6</translation>
    </message>
    <message>
        <source>customer_balances: a row for customer %1, who does not exist</source>
        <translation>customer_balances: řádek pro zákazníka %1, který neexistuje</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Recent books</source>
        <translation>&amp;Poslední knihy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>&amp;Otevřít knihu…</translation>
    </message>
    <message>
        <source>Open a book (*.ardesk)</source>
        <translation>Otevřít knihu (*.ardesk)</translation>
    </message>
    <message>
        <source>&amp;Close book</source>
        <translation>&amp;Zavřít knihu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>&amp;About ardesk</source>
        <translation>&amp;O aplikaci ardesk</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>nelze sečíst %1 a %2</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>částka je příliš velká</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; není kód měny ISO 4217</translation>
    </message>
    <message>
        <source>negative amount &apos;%1&apos;</source>
        <translation>záporná částka &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty amount</source>
        <translation>prázdná částka</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; není částka</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (use digits and &apos;.&apos;)</source>
        <translation>&apos;%1&apos; není částka (použijte číslice a &apos;.&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals for %3</source>
        <translation>&apos;%1&apos; má pro %3 víc než %2 desetinných míst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; je příliš velké</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Check</source>
        <translation>Šek</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Bankovní převod</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Hotovost</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Inkaso</translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation>Bankovní výpis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
</context>
<context>
    <name>PgCopyBuffer</name>
    <message>
        <source>COPY into %1 failed (%2): %3</source>
        <translation>COPY do %1 selhal (%2): %3</translation>
    </message>
</context>
<context>
    <name>PlanAgreement</name>
    <message>
        <source>The agreement could not be written to %1.</source>
        <translation>Dohodu se nepodařilo zapsat do %1.</translation>
    </message>
</context>
<context>
    <name>PlanAgreementService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>splátkový kalendář %1 neexistuje</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>only a rendered agreement of a payment plan can be recorded</source>
        <translation>zaznamenat lze jen vygenerovanou dohodu o splátkovém kalendáři</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>splátkový kalendář %1 neexistuje</translation>
    </message>
    <message>
        <source>invoices: choose at least one open item</source>
        <translation>invoices: vyberte alespoň jednu otevřenou položku</translation>
    </message>
    <message>
        <source>instalments: from 1 to 120</source>
        <translation>instalments: od 1 do 120</translation>
    </message>
    <message>
        <source>down_payment and grace days must not be negative</source>
        <translation>down_payment a dny tolerance nesmějí být záporné</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>invoices: %1 is not an invoice of %2</source>
        <translation>invoices: %1 není faktura zákazníka %2</translation>
    </message>
    <message>
        <source>invoices: %1 has nothing open</source>
        <translation>invoices: %1 nemá nic neuhrazeno</translation>
    </message>
    <message>
        <source>invoice %1 is already on an active plan</source>
        <translation>faktura %1 je již v aktivním splátkovém kalendáři</translation>
    </message>
    <message>
        <source>invoices: a plan is in one currency</source>
        <translation>invoices: splátkový kalendář je v jedné měně</translation>
    </message>
    <message>
        <source>down_payment: must be less than the plan&apos;s total %1</source>
        <translation>down_payment: musí být menší než celková částka kalendáře %1</translation>
    </message>
    <message>
        <source>payment plan defaulted: instalment of %1 due %2 unpaid</source>
        <translation>splátkový kalendář nedodržen: splátka %1 splatná %2 neuhrazena</translation>
    </message>
    <message>
        <source>first_date: the first instalment must fall after the agreement date</source>
        <translation>first_date: první splátka musí připadnout až po datu dohody</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>soubor je prázdný; řádek záhlaví je povinný</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>chybí povinný sloupec &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>sloupec &apos;%1&apos; se vyskytuje víckrát</translation>
    </message>
</context>
<context>
    <name>PostedWriter</name>
    <message>
        <source>%1 is not a posted table</source>
        <translation>%1 není účtovaná tabulka</translation>
    </message>
</context>
<context>
    <name>PromiseEvaluation</name>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>dny tolerance nesmí být záporné (zadáno %1)</translation>
    </message>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>rozhodné datum není platné datum</translation>
    </message>
    <message>
        <source>promise %1 is listed twice</source>
        <translation>příslib %1 je uveden dvakrát</translation>
    </message>
    <message>
        <source>promise %1: the taken or promised date is not a valid date</source>
        <translation>příslib %1: datum přijetí nebo přislíbené datum není platné datum</translation>
    </message>
    <message>
        <source>promise %1: promised date %2 is before the day it was taken, %3</source>
        <translation>příslib %1: přislíbené datum %2 je před dnem přijetí příslibu, %3</translation>
    </message>
    <message>
        <source>promise %1: the promised amount must be positive</source>
        <translation>příslib %1: přislíbená částka musí být kladná</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Splněný</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>Částečně splněný</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Nesplněný</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>rozhodné datum není platné datum</translation>
    </message>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>dny tolerance nesmí být záporné (zadáno %1)</translation>
    </message>
    <message>
        <source>Promise of %1 due %2 was not kept.</source>
        <translation>Příslib platby %1 se splatností %2 nebyl splněn.</translation>
    </message>
    <message>
        <source>the day the promise was taken is not a valid date</source>
        <translation>den přijetí příslibu není platné datum</translation>
    </message>
    <message>
        <source>a promise needs at least one amount and date</source>
        <translation>příslib musí mít alespoň jednu částku a datum</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>neznámý zákazník %1</translation>
    </message>
    <message>
        <source>promise %1</source>
        <translation>příslib %1</translation>
    </message>
    <message>
        <source>%1: the amount must be positive</source>
        <translation>%1: částka musí být kladná</translation>
    </message>
    <message>
        <source>%1: the promised date is not a valid date</source>
        <translation>%1: přislíbené datum není platné datum</translation>
    </message>
    <message>
        <source>%1: promised date %2 is before the day it was taken, %3</source>
        <translation>%1: přislíbené datum %2 je před dnem přijetí příslibu, %3</translation>
    </message>
    <message>
        <source>%1: unknown invoice %2</source>
        <translation>%1: neznámá faktura %2</translation>
    </message>
    <message>
        <source>%1: invoice %2 belongs to another customer</source>
        <translation>%1: faktura %2 patří jinému zákazníkovi</translation>
    </message>
    <message>
        <source>%1: invoice %2 has nothing open on %3</source>
        <translation>%1: faktura %2 nemá k %3 nic neuhrazeno</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 to %2, against %3 to %4</source>
        <translation>%1 až %2, oproti %3 až %4</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>chybí rozhodné datum</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of %2)</source>
        <translation>neznámá sestava &apos;%1&apos; (jedna z %2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ve splatnosti</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Ve sporu</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nespárováno</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Aging summary</source>
        <translation>Věková struktura pohledávek – souhrn</translation>
    </message>
    <message>
        <source>As of %1 by due date, against %2</source>
        <translation>K %1 podle data splatnosti, oproti %2</translation>
    </message>
    <message>
        <source>Aging by currency</source>
        <translation>Věková struktura pohledávek podle měny</translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation>Změna oproti %1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Pásmo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Změna</translation>
    </message>
    <message>
        <source>Nothing was open on %1 or on %2.</source>
        <translation>K %1 ani k %2 nebylo nic neuhrazeno.</translation>
    </message>
    <message>
        <source>%1 of the receivables are current (not yet due).</source>
        <translation>%1 pohledávek je ve splatnosti.</translation>
    </message>
    <message>
        <source>The largest rise was in %1 (%2).</source>
        <translation>Největší nárůst: %1 (%2).</translation>
    </message>
    <message>
        <source>The largest fall was in %1 (%2).</source>
        <translation>Největší pokles: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 of it is disputed.</source>
        <translation>Z toho je %1 ve sporu.</translation>
    </message>
    <message>
        <source>Unapplied cash and credits of %1 stand beside the buckets.</source>
        <translation>Nespárované platby a dobropisy ve výši %1 jsou uvedeny mimo pásma.</translation>
    </message>
    <message>
        <source>Aging by bucket</source>
        <translation>Věková struktura pohledávek podle pásem</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Věková struktura pohledávek – podrobně</translation>
    </message>
    <message>
        <source>As of %1 by due date, by customer</source>
        <translation>K %1 podle data splatnosti, podle zákazníků</translation>
    </message>
    <message>
        <source>Aging by customer</source>
        <translation>Věková struktura pohledávek podle zákazníků</translation>
    </message>
    <message>
        <source>The largest overdue balances: %1.</source>
        <translation>Největší salda po splatnosti: %1.</translation>
    </message>
    <message>
        <source>No customer moved into %1 since %2.</source>
        <translation>Od %2 se do pásma %1 nepřesunul žádný zákazník.</translation>
    </message>
    <message>
        <source>Moved into %1 since %2: %3.</source>
        <translation>Od %2 přesunuti do pásma %1: %3.</translation>
    </message>
    <message>
        <source>the statement needs a customer (--customer CODE)</source>
        <translation>výpis z účtu vyžaduje zákazníka (--customer CODE)</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>zákazník %1 neexistuje</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Výpis z účtu</translation>
    </message>
    <message>
        <source>%1 %2, as of %3</source>
        <translation>%1 %2, k %3</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Otevřené položky</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Dnů po splatnosti</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neuhrazeno</translation>
    </message>
    <message>
        <source>Activity from %1 to %2</source>
        <translation>Pohyby od %1 do %2</translation>
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
        <translation>Reference</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Dobropis</translation>
    </message>
    <message>
        <source>%1 is overdue; the oldest open item is %2 days past due.</source>
        <translation>%1 je po splatnosti; nejstarší otevřená položka je %2 dnů po splatnosti.</translation>
    </message>
    <message>
        <source>%1 is disputed.</source>
        <translation>%1 je ve sporu.</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Výkonnost vymáhačů</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Vymáhači</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Vymáhač</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>Podíl RPC</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Přísliby</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Podíl splněných</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Vybráno</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Plnění</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(bez vymáhače)</translation>
    </message>
    <message>
        <source>Collected against target</source>
        <translation>Vybráno oproti cíli</translation>
    </message>
    <message>
        <source>Collected in %1: %2 from %3 to %4, against %5 from %6 to %7.</source>
        <translation>Vybráno v %1: %2 od %3 do %4, oproti %5 od %6 do %7.</translation>
    </message>
    <message>
        <source>No collector has a target for the period (Settings: collector targets).</source>
        <translation>Žádný vymáhač nemá na toto období cíl (Nastavení: cíle vymáhačů).</translation>
    </message>
    <message>
        <source>Nobody reached the target.</source>
        <translation>Cíle nedosáhl nikdo.</translation>
    </message>
    <message>
        <source>At or above target: %1.</source>
        <translation>Na cíli nebo nad ním: %1.</translation>
    </message>
    <message>
        <source>Nobody is below the target.</source>
        <translation>Nikdo není pod cílem.</translation>
    </message>
    <message>
        <source>Below target: %1.</source>
        <translation>Pod cílem: %1.</translation>
    </message>
    <message>
        <source>No collector activity in the period.</source>
        <translation>V tomto období žádná činnost vymáhačů.</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Přísliby platby</translation>
    </message>
    <message>
        <source>Promises taken</source>
        <translation>Přijaté přísliby</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Přislíbeno na</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>nothing promised</source>
        <translation>nic nepřislíbeno</translation>
    </message>
    <message>
        <source>Of these, %1 kept, %2 partially kept, %3 broken and %4 pending (as last evaluated).</source>
        <translation>Z toho %1 splněných, %2 částečně splněných, %3 nesplněných a %4 čekajících (podle posledního vyhodnocení).</translation>
    </message>
    <message>
        <source>Promise kept rate: %1.</source>
        <translation>Podíl splněných příslibů: %1.</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <source>Open on %1, against %2</source>
        <translation>Otevřené k %1, oproti %2</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Otevřené spory</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otevřen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpovědná osoba</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Stáří (dny)</translation>
    </message>
    <message>
        <source>Open disputes by reason</source>
        <translation>Otevřené spory podle důvodu</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Stížnosti a spokojenost</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Přijaté stížnosti</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Spokojenost (1–5)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Vyřešeno</translation>
    </message>
    <message>
        <source>Average satisfaction rose to %1 (from %2).</source>
        <translation>Průměrná spokojenost vzrostla na %1 (z %2).</translation>
    </message>
    <message>
        <source>Average satisfaction fell to %1 (from %2).</source>
        <translation>Průměrná spokojenost klesla na %1 (z %2).</translation>
    </message>
    <message>
        <source>Average satisfaction: %1 of 5.</source>
        <translation>Průměrná spokojenost: %1 z 5.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Podle kategorie</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Stížnosti</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Odpisy a vymožené částky</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>Odpisy</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Vymožené částky</translation>
    </message>
    <message>
        <source>Nothing was written off or recovered from %1 to %2 or in the month before.</source>
        <translation>Od %1 do %2 ani v předchozím měsíci nebylo nic odepsáno ani vymoženo.</translation>
    </message>
    <message>
        <source>Written off in %1 from %2 to %3: %4 (%5 in the same days of the month before); recovered: %6.</source>
        <translation>Odepsáno v %1 od %2 do %3: %4 (%5 ve stejných dnech předchozího měsíce); vymoženo: %6.</translation>
    </message>
    <message>
        <source>Receivables in %1 were unchanged at %2 against %3.</source>
        <translation>Pohledávky v %1 zůstaly na %2, beze změny oproti %3.</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Pohledávky v %1 vzrostly z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4.</source>
        <translation>Pohledávky v %1 vzrostly z %2 ke dni %3 na %4.</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Pohledávky v %1 klesly z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4.</source>
        <translation>Pohledávky v %1 klesly z %2 ke dni %3 na %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 was unchanged at %2 against %3.</source>
        <translation>Částka po splatnosti v %1 zůstala na %2, beze změny oproti %3.</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Částka po splatnosti v %1 vzrostla z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4.</source>
        <translation>Částka po splatnosti v %1 vzrostla z %2 ke dni %3 na %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Částka po splatnosti v %1 klesla z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4.</source>
        <translation>Částka po splatnosti v %1 klesla z %2 ke dni %3 na %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 was unchanged at %2 against %3.</source>
        <translation>Sporná částka v %1 zůstala na %2, beze změny oproti %3.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Sporná částka v %1 vzrostla z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4.</source>
        <translation>Sporná částka v %1 vzrostla z %2 ke dni %3 na %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Sporná částka v %1 klesla z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4.</source>
        <translation>Sporná částka v %1 klesla z %2 ke dni %3 na %4.</translation>
    </message>
    <message>
        <source>The balance of %1 was unchanged at %2 against %3.</source>
        <translation>Saldo %1 zůstalo na %2, beze změny oproti %3.</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Saldo %1 vzrostlo z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4.</source>
        <translation>Saldo %1 vzrostlo z %2 ke dni %3 na %4.</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Saldo %1 kleslo z %2 ke dni %3 na %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4.</source>
        <translation>Saldo %1 kleslo z %2 ke dni %3 na %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, as many as on %2.</source>
        <translation>
            <numerusform>K %1 měl otevřené položky %n zákazník, stejně jako k %2.</numerusform>
            <numerusform>K %1 měli otevřené položky %n zákazníci, stejně jako k %2.</numerusform>
            <numerusform>K %1 mělo otevřené položky %n zákazníků, stejně jako k %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>K %1 měl otevřené položky %n zákazník, nárůst z %2 ke dni %3.</numerusform>
            <numerusform>K %1 měli otevřené položky %n zákazníci, nárůst z %2 ke dni %3.</numerusform>
            <numerusform>K %1 mělo otevřené položky %n zákazníků, nárůst z %2 ke dni %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>K %1 měl otevřené položky %n zákazník, pokles z %2 ke dni %3.</numerusform>
            <numerusform>K %1 měli otevřené položky %n zákazníci, pokles z %2 ke dni %3.</numerusform>
            <numerusform>K %1 mělo otevřené položky %n zákazníků, pokles z %2 ke dni %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is made of open items of %1 less unapplied cash and credits of %2.</source>
        <translation>Skládá se z otevřených položek ve výši %1 po odečtení nespárovaných plateb a dobropisů ve výši %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), as many as in %4.</source>
        <translation>
            <numerusform>Od %1 do %2 přijat %n příslib (%3), stejně jako v %4.</numerusform>
            <numerusform>Od %1 do %2 přijaty %n přísliby (%3), stejně jako v %4.</numerusform>
            <numerusform>Od %1 do %2 přijato %n příslibů (%3), stejně jako v %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), up from %4 in %5.</source>
        <translation>
            <numerusform>Od %1 do %2 přijat %n příslib (%3), nárůst z %4 v %5.</numerusform>
            <numerusform>Od %1 do %2 přijaty %n přísliby (%3), nárůst z %4 v %5.</numerusform>
            <numerusform>Od %1 do %2 přijato %n příslibů (%3), nárůst z %4 v %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), down from %4 in %5.</source>
        <translation>
            <numerusform>Od %1 do %2 přijat %n příslib (%3), pokles z %4 v %5.</numerusform>
            <numerusform>Od %1 do %2 přijaty %n přísliby (%3), pokles z %4 v %5.</numerusform>
            <numerusform>Od %1 do %2 přijato %n příslibů (%3), pokles z %4 v %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, as many as on %2.</source>
        <translation>
            <numerusform>K %1 otevřen %n spor, stejně jako k %2.</numerusform>
            <numerusform>K %1 otevřeny %n spory, stejně jako k %2.</numerusform>
            <numerusform>K %1 otevřeno %n sporů, stejně jako k %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>K %1 otevřen %n spor, nárůst z %2 ke dni %3.</numerusform>
            <numerusform>K %1 otevřeny %n spory, nárůst z %2 ke dni %3.</numerusform>
            <numerusform>K %1 otevřeno %n sporů, nárůst z %2 ke dni %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>K %1 otevřen %n spor, pokles z %2 ke dni %3.</numerusform>
            <numerusform>K %1 otevřeny %n spory, pokles z %2 ke dni %3.</numerusform>
            <numerusform>K %1 otevřeno %n sporů, pokles z %2 ke dni %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) resolved from %1 to %2.</source>
        <translation>
            <numerusform>Od %1 do %2 vyřešen %n spor.</numerusform>
            <numerusform>Od %1 do %2 vyřešeny %n spory.</numerusform>
            <numerusform>Od %1 do %2 vyřešeno %n sporů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, as many as in %3; %4 of them resolved.</source>
        <translation>
            <numerusform>Od %1 do %2 přijata %n stížnost, stejně jako v %3; vyřešeno z nich %4.</numerusform>
            <numerusform>Od %1 do %2 přijaty %n stížnosti, stejně jako v %3; vyřešeno z nich %4.</numerusform>
            <numerusform>Od %1 do %2 přijato %n stížností, stejně jako v %3; vyřešeno z nich %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, up from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>Od %1 do %2 přijata %n stížnost, nárůst z %3 v %4; vyřešeno z nich %5.</numerusform>
            <numerusform>Od %1 do %2 přijaty %n stížnosti, nárůst z %3 v %4; vyřešeno z nich %5.</numerusform>
            <numerusform>Od %1 do %2 přijato %n stížností, nárůst z %3 v %4; vyřešeno z nich %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, down from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>Od %1 do %2 přijata %n stížnost, pokles z %3 v %4; vyřešeno z nich %5.</numerusform>
            <numerusform>Od %1 do %2 přijaty %n stížnosti, pokles z %3 v %4; vyřešeno z nich %5.</numerusform>
            <numerusform>Od %1 do %2 přijato %n stížností, pokles z %3 v %4; vyřešeno z nich %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: sešit nelze vytvořit</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1: sešit nelze zapsat (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: soubor nelze zapsat</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: soubor nelze zapsat (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Aging summary</source>
        <translation>Věková struktura pohledávek – souhrn</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Věková struktura pohledávek – podrobně</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Výpis z účtu</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Výkonnost vymáhačů</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Přísliby platby</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Stížnosti a spokojenost</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Odpisy a vymožené částky</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrátor</translation>
    </message>
    <message>
        <source>AR manager</source>
        <translation>Manažer pohledávek</translation>
    </message>
    <message>
        <source>Collections supervisor</source>
        <translation>Supervizor vymáhání</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Vymáhač pohledávek</translation>
    </message>
    <message>
        <source>AR clerk</source>
        <translation>Účetní pohledávek</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>no book is open</source>
        <translation>není otevřena žádná kniha</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>nelze vytvořit %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>nelze zapsat %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Local owner</source>
        <translation>Místní vlastník</translation>
    </message>
    <message>
        <source>%1 (%2) may not: %3</source>
        <translation>%1 (%2) nesmí: %3</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time code: set a new password first</source>
        <translation>%1 se přihlásil(a) jednorázovým kódem: nejprve nastavte nové heslo</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceService</name>
    <message>
        <source>period: the first day must be a date on or before the last</source>
        <translation>období: první den musí být datum shodné s posledním dnem nebo dřívější</translation>
    </message>
    <message>
        <source>period: at most %1 days</source>
        <translation>období: nejvýše %1 dní</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>přísliby platby nelze vyhodnotit: %1</translation>
    </message>
    <message>
        <source>trend: not a valid date</source>
        <translation>trend: neplatné datum</translation>
    </message>
    <message>
        <source>trend: from 1 to %1 months</source>
        <translation>trend: od 1 do %1 měsíců</translation>
    </message>
    <message>
        <source>target period: &quot;%1&quot; is not YYYY-MM or *</source>
        <translation>cílové období: &quot;%1&quot; není RRRR-MM ani *</translation>
    </message>
    <message>
        <source>target currency: &quot;%1&quot; is not a currency code</source>
        <translation>měna cíle: &quot;%1&quot; není kód měny</translation>
    </message>
    <message>
        <source>target: must not be negative</source>
        <translation>cíl: nesmí být záporný</translation>
    </message>
    <message>
        <source>target: no user &quot;%1&quot;</source>
        <translation>cíl: uživatel &quot;%1&quot; neexistuje</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceView</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>%1 failed: %2 [%3]</source>
        <translation>%1 selhalo: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>StrategyService</name>
    <message>
        <source>no as-of date</source>
        <translation>chybí rozhodné datum</translation>
    </message>
    <message>
        <source>step %1 (%2, day %3)</source>
        <translation>krok %1 (%2, den %3)</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name: je prázdné</translation>
    </message>
    <message>
        <source>name: longer than %1 characters</source>
        <translation>name: delší než %1 znaků</translation>
    </message>
    <message>
        <source>risk class: must be empty or one of A to E</source>
        <translation>riziková třída: musí být prázdná nebo jedna z A až E</translation>
    </message>
    <message>
        <source>segment: longer than %1 characters</source>
        <translation>segment: delší než %1 znaků</translation>
    </message>
    <message>
        <source>steps: a strategy needs at least one step</source>
        <translation>steps: strategie musí mít alespoň jeden krok</translation>
    </message>
    <message>
        <source>steps: more than %1 steps</source>
        <translation>steps: více než %1 kroků</translation>
    </message>
    <message>
        <source>%1: days must be between %2 (before the due date) and %3</source>
        <translation>%1: dny musí být v rozmezí od %2 (před datem splatnosti) do %3</translation>
    </message>
    <message>
        <source>%1: comes after a step at %2 days; order the steps by days</source>
        <translation>%1: je uveden po kroku v den %2; seřaďte kroky podle dnů</translation>
    </message>
    <message>
        <source>%1: the same as step %2</source>
        <translation>%1: shodný s krokem %2</translation>
    </message>
    <message>
        <source>%1: listed twice</source>
        <translation>%1: uveden dvakrát</translation>
    </message>
    <message>
        <source>strategy %1 does not exist</source>
        <translation>strategie %1 neexistuje</translation>
    </message>
    <message>
        <source>a strategy named %1 already exists</source>
        <translation>strategie s názvem %1 již existuje</translation>
    </message>
    <message>
        <source>%1: is not a step of this strategy</source>
        <translation>%1: není krokem této strategie</translation>
    </message>
    <message>
        <source>customers: %1 does not exist</source>
        <translation>customers: %1 neexistuje</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Post a payment</source>
        <translation>Zaúčtovat platbu</translation>
    </message>
    <message>
        <source>Clerk &gt; Post payments (Ctrl+Shift+P): a customer&apos;s payment, applied to its oldest open invoices.</source>
        <translation>Pohledávky &gt; Zaúčtovat platby (Ctrl+Shift+P): platba zákazníka spárovaná s jeho nejstaršími neuhrazenými fakturami.</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Stornovat platbu</translation>
    </message>
    <message>
        <source>Open the customer&apos;s account, pick the payment you posted and reverse it (a bounced payment).</source>
        <translation>Otevřete účet zákazníka, vyberte platbu, kterou jste zaúčtovali, a stornujte ji (vrácená platba).</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zaznamenat hovor</translation>
    </message>
    <message>
        <source>From your work queue or a customer&apos;s account: whom you reached and what they said.</source>
        <translation>Z vaší pracovní fronty nebo z účtu zákazníka: koho jste zastihli a co vám řekl.</translation>
    </message>
    <message>
        <source>Take a promise to pay</source>
        <translation>Přijmout příslib platby</translation>
    </message>
    <message>
        <source>After a call: the amount and the date the customer promised.</source>
        <translation>Po hovoru: částka a datum, které zákazník přislíbil.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 už existuje</translation>
    </message>
    <message>
        <source>Cash application clerk</source>
        <translation>Účetní pohledávek</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Vymáhač pohledávek</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Všechny role</translation>
    </message>
    <message>
        <source>Key a deposit batch</source>
        <translation>Zadat vkladovou dávku</translation>
    </message>
    <message>
        <source>Clerk &gt; Deposit batch (Ctrl+Shift+D): the day&apos;s cheques as one batch that must match the bank deposit.</source>
        <translation>Pohledávky &gt; Vkladová dávka (Ctrl+Shift+D): dnešní šeky jako jedna dávka, která musí souhlasit s vkladem v bance.</translation>
    </message>
    <message>
        <source>Write a note on an account</source>
        <translation>Napsat poznámku k účtu</translation>
    </message>
    <message>
        <source>A customer&apos;s account &gt; Notes: what the next person should know.</source>
        <translation>Účet zákazníka &gt; Poznámky: co by měl vědět ten, kdo přijde po vás.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Naplánovat další kontakt</translation>
    </message>
    <message>
        <source>Add a task to call the customer back on a date.</source>
        <translation>Přidejte úkol zavolat zákazníkovi zpět v určitý den.</translation>
    </message>
    <message>
        <source>Finish a task from your queue</source>
        <translation>Dokončit úkol ze své fronty</translation>
    </message>
    <message>
        <source>My work: work a task and mark it done.</source>
        <translation>Moje práce: zpracujte úkol a označte ho jako hotový.</translation>
    </message>
</context>
<context>
    <name>WorklistScore</name>
    <message>
        <source>Overdue amount</source>
        <translation>Částka po splatnosti</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Dnů po splatnosti</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Nesplněné přísliby</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Příslib splatný dnes</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Riziková třída</translation>
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
        <translation>aktivní</translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation>nedodržen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>splněn</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>uhrazeno</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>částečně uhrazeno</translation>
    </message>
    <message>
        <source>due</source>
        <translation>splatné</translation>
    </message>
    <message>
        <source>late</source>
        <translation>po splatnosti</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kalendář</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Sjednáno</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Stav kalendáře</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Splátka</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Pay&amp;ment plan…</source>
        <translation>Splátkový &amp;kalendář…</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>akontace</translation>
    </message>
    <message>
        <source>Your role does not agree payment plans</source>
        <translation>Vaše role nesjednává splátkové kalendáře</translation>
    </message>
    <message>
        <source>Print a&amp;greement…</source>
        <translation>Vytisknout &amp;dohodu…</translation>
    </message>
    <message>
        <source>The selected plan&apos;s agreement letter, in the customer&apos;s language</source>
        <translation>Dopis s dohodou k vybranému kalendáři v jazyce zákazníka</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Vytisknout dohodu</translation>
    </message>
</context>
<context>
    <name>ardesk::AccountView</name>
    <message>
        <source>← Customers</source>
        <translation>← Zákazníci</translation>
    </message>
    <message>
        <source>Post &amp;payment…</source>
        <translation>Zaúčtovat &amp;platbu…</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Nová &amp;faktura…</translation>
    </message>
    <message>
        <source>New cre&amp;dit note…</source>
        <translation>Nový &amp;dobropis…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Upravit zákazníka…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Oldest days past due</source>
        <translation>Dnů po splatnosti (nejstarší)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Platební podmínky</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Úvěrový limit</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Čerpání</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Vymáhač</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blokace úvěru</translation>
    </message>
    <message>
        <source>&amp;Open items</source>
        <translation>&amp;Otevřené položky</translation>
    </message>
    <message>
        <source>All in&amp;voices</source>
        <translation>&amp;Všechny faktury</translation>
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
        <translation>Částka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation>Stornovat p&amp;latbu…</translation>
    </message>
    <message>
        <source>Reverse a&amp;llocation…</source>
        <translation>Stornovat pá&amp;rování…</translation>
    </message>
    <message>
        <source>Apply &amp;unapplied cash…</source>
        <translation>&amp;Spárovat nespárovanou platbu…</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pla&amp;tby</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nespárováno</translation>
    </message>
    <message>
        <source>Apply credit &amp;note…</source>
        <translation>Spárovat do&amp;bropis…</translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation>Dobropis&amp;y</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>&amp;Aktivita</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Časové pásmo</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>&amp;Kontakty</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Napište poznámku a stiskněte Enter</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Připnout</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Přidat poznámku</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Připnout / odepnout</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Poz&amp;námky</translation>
    </message>
    <message>
        <source>Open %1, unapplied cash %2, unapplied credit notes %3</source>
        <translation>Neuhrazeno %1, nespárované platby %2, nespárované dobropisy %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>none past due</source>
        <translation>nic po splatnosti</translation>
    </message>
    <message numerus="yes">
        <source>net %n day(s)</source>
        <translation>
            <numerusform>splatnost %n den</numerusform>
            <numerusform>splatnost %n dny</numerusform>
            <numerusform>splatnost %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>limit nenastaven</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nepřiděleno</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>BLOKOVÁNO</translation>
    </message>
    <message>
        <source>ON HOLD (%1)</source>
        <translation>BLOKOVÁNO (%1)</translation>
    </message>
    <message>
        <source>no hold</source>
        <translation>bez blokace</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ve splatnosti</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dní</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>nespárováno</translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation>stornováno %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otevřeno</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>spárováno</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vlastník</translation>
    </message>
    <message>
        <source>reversing entry</source>
        <translation>stornovací zápis</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>stornováno</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>není otevřena žádná kniha</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>není zobrazen žádný zákazník</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Stornovat platbu</translation>
    </message>
    <message>
        <source>Reverse payment %1 of %2 received %3? Its applications are undone on the reversal date and it no longer counts from then on.</source>
        <translation>Stornovat platbu %1 ve výši %2 přijatou %3? Její párování se ke dni storna zruší a od toho dne se platba už nepočítá.</translation>
    </message>
    <message>
        <source>Reverse allocation</source>
        <translation>Stornovat párování</translation>
    </message>
    <message>
        <source>Take %1 back off invoice %2? The money becomes unapplied cash again.</source>
        <translation>Vzít %1 zpět z faktury %2? Peníze se opět stanou nespárovanou platbou.</translation>
    </message>
    <message>
        <source>Someone who left: removed from the list, kept in the history</source>
        <translation>Někdo, kdo odešel: zmizí ze seznamu, v historii zůstane</translation>
    </message>
    <message>
        <source>Deactivate contact person</source>
        <translation>Deaktivovat kontaktní osobu</translation>
    </message>
    <message>
        <source>Deactivate %1? They leave this list; the history keeps them.</source>
        <translation>Deaktivovat %1? Zmizí z tohoto seznamu; v historii zůstane.</translation>
    </message>
    <message>
        <source>Add conta&amp;ct…</source>
        <translation>Přidat &amp;kontaktní osobu…</translation>
    </message>
    <message>
        <source>Chan&amp;ge contact…</source>
        <translation>Z&amp;měnit kontaktní osobu…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate contact</source>
        <translation>D&amp;eaktivovat kontaktní osobu</translation>
    </message>
    <message>
        <source>Request &amp;write-off…</source>
        <translation>Požádat o &amp;odpis…</translation>
    </message>
    <message>
        <source>A write-off of the selected open item, for an approver to post</source>
        <translation>Odpis vybrané otevřené položky, který zaúčtuje schvalovatel</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>&amp;Uvolnit blokaci…</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>&amp;Otevřít dopis</translation>
    </message>
    <message>
        <source>The letter could not be written to %1.</source>
        <translation>Dopis nelze zapsat do %1.</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Nastaveno</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Důvody</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Uvolněno</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Uvolnil</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>Důvod uvolnění</translation>
    </message>
    <message>
        <source>Credit &amp;holds</source>
        <translation>&amp;Blokace úvěru</translation>
    </message>
    <message>
        <source>P&amp;ayment plans</source>
        <translation>Splátkové &amp;kalendáře</translation>
    </message>
    <message>
        <source>on plans</source>
        <translation>ve splátkách</translation>
    </message>
    <message>
        <source>Open amount of the items on an active payment plan (included in the buckets)</source>
        <translation>Neuhrazená částka položek v aktivním splátkovém kalendáři (zahrnuta v pásmech)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>v platnosti</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may release a hold</source>
        <translation>Blokaci může uvolnit jen supervizor nebo manažer</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSnapshotsView</name>
    <message>
        <source>Aging roll-forward</source>
        <translation>Vývoj věkové struktury</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Pořídit snímek</translation>
    </message>
    <message>
        <source>Keep the aging of the chosen date as it is now</source>
        <translation>Uchovat věkovou strukturu zvoleného data v dnešním stavu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Pásmo</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Počáteční stav</translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation>Nové faktury</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Vybráno</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Dobropisováno</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Odepsáno</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Přesunuto ven</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Přesunuto dovnitř</translation>
    </message>
    <message>
        <source>Late postings</source>
        <translation>Dodatečná zaúčtování</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Konečný stav</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Načítání snímků…</translation>
    </message>
    <message>
        <source>A roll-forward needs two snapshots. Month-end snapshots are kept automatically; take one of any date with Take snapshot.</source>
        <translation>Vývoj vyžaduje dva snímky. Snímky ke konci měsíce se uchovávají automaticky; snímek libovolného data pořídíte tlačítkem Pořídit snímek.</translation>
    </message>
    <message>
        <source>Computing the roll-forward…</source>
        <translation>Výpočet vývoje…</translation>
    </message>
    <message>
        <source>How the open amounts moved between the buckets from %1 to %2. closing = opening + new - collected - credited - written off - moved out + moved in + late postings.</source>
        <translation>Jak se neuhrazené částky přesouvaly mezi pásmy od %1 do %2. konečný stav = počáteční stav + nové - vybráno - dobropisováno - odepsáno - přesunuto ven + přesunuto dovnitř + dodatečná zaúčtování.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Opening and closing by bucket (%1)</source>
        <translation>Počáteční a konečný stav podle pásem (%1)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Počáteční stav %1</translation>
    </message>
    <message>
        <source>New and moved in</source>
        <translation>Nové a přesunuté dovnitř</translation>
    </message>
    <message>
        <source>Collected, credited, written off, moved out</source>
        <translation>Vybráno, dobropisováno, odepsáno, přesunuto ven</translation>
    </message>
    <message>
        <source>Closing %1</source>
        <translation>Konečný stav %1</translation>
    </message>
    <message>
        <source>Taking the snapshot of %1…</source>
        <translation>Pořizování snímku k %1…</translation>
    </message>
</context>
<context>
    <name>ardesk::ApplyLinesModel</name>
    <message>
        <source>Apply an amount between 0 and the open %1</source>
        <translation>Spárujte částku mezi 0 a neuhrazenou částkou %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dnů po splatnosti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neuhrazeno</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Spárovat</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>V %n splátce: splatnost podle části %1, nejstarší dosud otevřené; vlastní datum splatnosti faktury je %2</numerusform>
            <numerusform>Ve %n splátkách: splatnost podle části %1, nejstarší dosud otevřené; vlastní datum splatnosti faktury je %2</numerusform>
            <numerusform>V %n splátkách: splatnost podle části %1, nejstarší dosud otevřené; vlastní datum splatnosti faktury je %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (část %2 z %3)</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalNoteDialog</name>
    <message>
        <source>Why (required; the collector reads it)</source>
        <translation>Proč (povinné; vymáhač si to přečte)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Nepovinná poznámka</translation>
    </message>
    <message>
        <source>Posting &amp;date:</source>
        <translation>Datum zaú&amp;čtování:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalQueueWidget</name>
    <message>
        <source>Requested</source>
        <translation>Vyžádáno</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Žadatel</translation>
    </message>
    <message>
        <source>Within my limit</source>
        <translation>V rámci mého limitu</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Schválit…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Zamítnout…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>Otevřít ú&amp;čet</translation>
    </message>
    <message>
        <source>Your role does not approve write-offs.</source>
        <translation>Vaše role neschvaluje odpisy pohledávek.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vlastník</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no: a higher role approves</source>
        <translation>ne: schvaluje vyšší role</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting. You approve up to: %1. Nobody approves their own request.</source>
        <translation>
            <numerusform>Čeká %n žádost. Schvalujete až do výše: %1. Nikdo neschvaluje vlastní žádost.</numerusform>
            <numerusform>Čekají %n žádosti. Schvalujete až do výše: %1. Nikdo neschvaluje vlastní žádost.</numerusform>
            <numerusform>Čeká %n žádostí. Schvalujete až do výše: %1. Nikdo neschvaluje vlastní žádost.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (no limit for your role)</source>
        <translation>nic (vaše role nemá limit)</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Nikdo neschvaluje vlastní žádost</translation>
    </message>
    <message>
        <source>Above your role&apos;s limit: a higher role approves it</source>
        <translation>Nad limitem vaší role: schvaluje ji vyšší role</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>není otevřena žádná kniha</translation>
    </message>
    <message>
        <source>Approved: the write-off is posted.</source>
        <translation>Schváleno: odpis je zaúčtován.</translation>
    </message>
    <message>
        <source>Rejected: the account went back to its collector with your note.</source>
        <translation>Zamítnuto: účet se vrátil svému vymáhači s vaší poznámkou.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Schválit</translation>
    </message>
    <message>
        <source>Write off %1 of invoice %2 (%3)? It is posted on the date below and cannot be edited afterwards.</source>
        <translation>Odepsat %1 z faktury %2 (%3)? Odpis se zaúčtuje k níže uvedenému datu a poté jej nelze upravit.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zamítnout</translation>
    </message>
    <message>
        <source>Reject the write-off of %1 on invoice %2 (%3)? The account goes back to its collector with your note.</source>
        <translation>Zamítnout odpis %1 z faktury %2 (%3)? Účet se vrátí svému vymáhači s vaší poznámkou.</translation>
    </message>
</context>
<context>
    <name>ardesk::BankAssignDialog</name>
    <message>
        <source>Assign a bank credit</source>
        <translation>Přiřadit připsanou platbu</translation>
    </message>
    <message>
        <source>%1 on %2 from %3: “%4”</source>
        <translation>%1 dne %2 od %3: „%4“</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>nejmenovaného plátce</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Kód nebo název zákazníka</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Spárovat od &amp;nejstarší</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vymazat</translation>
    </message>
    <message>
        <source>&amp;Remember the account %1 for this customer</source>
        <translation>Zapa&amp;matovat si účet %1 pro tohoto zákazníka</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Zákazník:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Přiřadit</translation>
    </message>
    <message>
        <source>Open items (what is not applied stays on the account as unapplied cash):</source>
        <translation>Otevřené položky (co se nespáruje, zůstane na účtu jako nespárovaná platba):</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Žádný jednotlivý zákazník neodpovídá „%1“</translation>
    </message>
    <message>
        <source>%1 keeps its account in %2; the credit is in %3</source>
        <translation>%1 vede svůj účet v %2; připsaná částka je v %3</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>přiřazeno ručně</translation>
    </message>
    <message>
        <source>Credit %1 · applied %2 · unapplied %3</source>
        <translation>Připsáno %1 · spárováno %2 · nespárováno %3</translation>
    </message>
</context>
<context>
    <name>ardesk::BankImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>Importovat bankovní výpis</translation>
    </message>
    <message>
        <source>A camt.053 (.xml) or CSV statement from the bank</source>
        <translation>Výpis z banky ve formátu camt.053 (.xml) nebo CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaticky</translation>
    </message>
    <message>
        <source>camt.053 (ISO 20022)</source>
        <translation>camt.053 (ISO 20022)</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV s mapováním</translation>
    </message>
    <message>
        <source>CSV only: a mapping kept in the book, or a JSON file</source>
        <translation>Jen CSV: mapování uložené v knize nebo soubor JSON</translation>
    </message>
    <message>
        <source>Mapping &amp;file…</source>
        <translation>S&amp;oubor mapování…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Zkontrolovat</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Výpis:</translation>
    </message>
    <message>
        <source>CSV &amp;mapping:</source>
        <translation>&amp;Mapování CSV:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formát:</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file and press Review. Nothing is posted until you press Post.</source>
        <translation>Vyberte soubor s výpisem z banky a klikněte na Zkontrolovat. Nic se nezaúčtuje, dokud nekliknete na Zaúčtovat.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Vybraný pohyb</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Potv&amp;rdit</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>Přiř&amp;adit…</translation>
    </message>
    <message>
        <source>Post as:</source>
        <translation>Zaúčtovat jako:</translation>
    </message>
    <message>
        <source>&amp;Post checked entries</source>
        <translation>Zaúč&amp;tovat označené</translation>
    </message>
    <message>
        <source>Posts every checked entry in one go: all of them or, on any problem, none</source>
        <translation>Zaúčtuje všechny označené pohyby najednou: všechny, nebo při jakémkoli problému žádný</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Bankovní výpis</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.053 *.camt *.csv *.txt);;All files (*)</source>
        <translation>Bankovní výpisy (*.xml *.053 *.camt *.csv *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>CSV mapping</source>
        <translation>Mapování CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mapování (*.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file first.</source>
        <translation>Nejprve vyberte soubor s výpisem z banky.</translation>
    </message>
    <message>
        <source>Reading and matching %1…</source>
        <translation>Načítá se a páruje %1…</translation>
    </message>
    <message>
        <source>The review was cancelled: nothing is shown and nothing changed.</source>
        <translation>Kontrola byla zrušena: nic se nezobrazí a nic se nezměnilo.</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation>%1 nelze zkontrolovat: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… a %n další problém.</numerusform>
            <numerusform>… a %n další problémy.</numerusform>
            <numerusform>… a %n dalších problémů.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is refused: nothing in it can be posted, and nothing changed.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Soubor %1 je odmítnut: nic z něj nelze zaúčtovat a nic se nezměnilo.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>Statement &lt;b&gt;%1&lt;/b&gt; (%2): %n transaction(s).</source>
        <translation>
            <numerusform>Výpis &lt;b&gt;%1&lt;/b&gt; (%2): %n pohyb.</numerusform>
            <numerusform>Výpis &lt;b&gt;%1&lt;/b&gt; (%2): %n pohyby.</numerusform>
            <numerusform>Výpis &lt;b&gt;%1&lt;/b&gt; (%2): %n pohybů.</numerusform>
        </translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>už zaúčtováno</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>Vyberte pohyb, abyste viděli všechny jeho údaje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, entry %3 (line %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dne %2, pohyb %3 (řádek %4)</translation>
    </message>
    <message>
        <source>From: %1 %2</source>
        <translation>Plátce: %1 %2</translation>
    </message>
    <message>
        <source>Remittance: %1</source>
        <translation>Zpráva pro příjemce: %1</translation>
    </message>
    <message>
        <source>Structured reference: %1</source>
        <translation>Strukturovaná reference: %1</translation>
    </message>
    <message>
        <source>Why: %1 (confidence %2 %)</source>
        <translation>Proč: %1 (jistota %2 %)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;Warning: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Upozornění: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Already posted by an earlier import of this statement: it is not posted again.</source>
        <translation>Už zaúčtováno dřívějším importem tohoto výpisu: znovu se neúčtuje.</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>V&amp;ynechat</translation>
    </message>
    <message>
        <source>Nothing checked to post.</source>
        <translation>Nic není označeno k zaúčtování.</translation>
    </message>
    <message numerus="yes">
        <source>To post: %n payment(s), %1</source>
        <translation>
            <numerusform>K zaúčtování: %n platba, %1</numerusform>
            <numerusform>K zaúčtování: %n platby, %1</numerusform>
            <numerusform>K zaúčtování: %n plateb, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is checked to post.</source>
        <translation>K zaúčtování není nic označeno.</translation>
    </message>
    <message numerus="yes">
        <source>Posting %n payment(s)…</source>
        <translation>
            <numerusform>Zaúčtovává se %n platba…</numerusform>
            <numerusform>Zaúčtovávají se %n platby…</numerusform>
            <numerusform>Zaúčtovává se %n plateb…</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted.</source>
        <translation>Účtování bylo zrušeno: nic nebylo zaúčtováno.</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>Nic nebylo zaúčtováno: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n payment(s).</source>
        <translation>
            <numerusform>Zaúčtována %n platba.</numerusform>
            <numerusform>Zaúčtovány %n platby.</numerusform>
            <numerusform>Zaúčtováno %n plateb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This statement was imported before.&lt;/b&gt; Already posted, and not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Tento výpis už byl importován.&lt;/b&gt; Již zaúčtováno, proto znovu nezaúčtováno: %n transakce.</numerusform>
            <numerusform>&lt;b&gt;Tento výpis už byl importován.&lt;/b&gt; Již zaúčtováno, proto znovu nezaúčtováno: %n transakce.</numerusform>
            <numerusform>&lt;b&gt;Tento výpis už byl importován.&lt;/b&gt; Již zaúčtováno, proto znovu nezaúčtováno: %n transakcí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already posted before, so not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>Již dříve zaúčtováno, proto znovu nezaúčtováno: %n transakce.</numerusform>
            <numerusform>Již dříve zaúčtováno, proto znovu nezaúčtováno: %n transakce.</numerusform>
            <numerusform>Již dříve zaúčtováno, proto znovu nezaúčtováno: %n transakcí.</numerusform>
        </translation>
    </message>
    <message>
        <source>An account could not be remembered: %1</source>
        <translation>Účet nebylo možné zapamatovat: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::BankReviewModel</name>
    <message numerus="yes">
        <source>Matched: posted as shown (%n)</source>
        <translation>
            <numerusform>Spárované: zaúčtují se, jak je zobrazeno (%n)</numerusform>
            <numerusform>Spárované: zaúčtují se, jak je zobrazeno (%n)</numerusform>
            <numerusform>Spárované: zaúčtují se, jak je zobrazeno (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested: check the box to confirm (%n)</source>
        <translation>
            <numerusform>Navržené: potvrďte zaškrtnutím (%n)</numerusform>
            <numerusform>Navržené: potvrďte zaškrtnutím (%n)</numerusform>
            <numerusform>Navržené: potvrďte zaškrtnutím (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched: assign to a customer (%n)</source>
        <translation>
            <numerusform>Nespárované: přiřaďte zákazníkovi (%n)</numerusform>
            <numerusform>Nespárované: přiřaďte zákazníkovi (%n)</numerusform>
            <numerusform>Nespárované: přiřaďte zákazníkovi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not to post: already posted, debits, pending (%n)</source>
        <translation>
            <numerusform>Neúčtuje se: už zaúčtované, debetní, čekající (%n)</numerusform>
            <numerusform>Neúčtuje se: už zaúčtované, debetní, čekající (%n)</numerusform>
            <numerusform>Neúčtuje se: už zaúčtované, debetní, čekající (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (účet %2)</translation>
    </message>
    <message>
        <source>%1 (reference %2)</source>
        <translation>%1 (reference %2)</translation>
    </message>
    <message>
        <source>%1. Warning: %2</source>
        <translation>%1. Upozornění: %2</translation>
    </message>
    <message>
        <source>Entry %1, line %2 of the file</source>
        <translation>Pohyb %1, řádek %2 souboru</translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>už zaúčtováno</translation>
    </message>
    <message>
        <source>debit</source>
        <translation>debet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>čekající</translation>
    </message>
    <message>
        <source>to assign</source>
        <translation>k přiřazení</translation>
    </message>
    <message>
        <source>all unapplied</source>
        <translation>vše nespárováno</translation>
    </message>
    <message>
        <source>%1; %2 unapplied</source>
        <translation>%1; nespárováno %2</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ručně</translation>
    </message>
    <message>
        <source>assigned by you</source>
        <translation>přiřazeno vámi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Zaúčtovat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Plátce</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Jistota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
</context>
<context>
    <name>ardesk::BookOpenRun</name>
    <message>
        <source>Aging snapshots</source>
        <translation>Snímky věkové struktury</translation>
    </message>
    <message>
        <source>Promise evaluation</source>
        <translation>Vyhodnocení příslibů</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Splátkové kalendáře</translation>
    </message>
    <message>
        <source>Credit holds</source>
        <translation>Blokace úvěru</translation>
    </message>
    <message>
        <source>Collection strategy</source>
        <translation>Strategie vymáhání</translation>
    </message>
    <message numerus="yes">
        <source>%n month-end aging snapshot(s) taken.</source>
        <translation>
            <numerusform>Pořízen %n snímek věkové struktury ke konci měsíce.</numerusform>
            <numerusform>Pořízeny %n snímky věkové struktury ke konci měsíce.</numerusform>
            <numerusform>Pořízeno %n snímků věkové struktury ke konci měsíce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Přísliby k %1: %2 splněných, %3 částečně splněných, %4 nesplněných, %5 čekajících; vytvořen %n navazující úkol.</numerusform>
            <numerusform>Přísliby k %1: %2 splněných, %3 částečně splněných, %4 nesplněných, %5 čekajících; vytvořeny %n navazující úkoly.</numerusform>
            <numerusform>Přísliby k %1: %2 splněných, %3 částečně splněných, %4 nesplněných, %5 čekajících; vytvořeno %n navazujících úkolů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans: %1 defaulted, %2 completed.</source>
        <translation>Splátkové kalendáře: nedodrženo %1, splněno %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s) set.</source>
        <translation>
            <numerusform>Nastavena %n blokace úvěru.</numerusform>
            <numerusform>Nastaveny %n blokace úvěru.</numerusform>
            <numerusform>Nastaveno %n blokací úvěru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection strategy: %n action(s) created.</source>
        <translation>
            <numerusform>Strategie vymáhání: vytvořena %n akce.</numerusform>
            <numerusform>Strategie vymáhání: vytvořeny %n akce.</numerusform>
            <numerusform>Strategie vymáhání: vytvořeno %n akcí.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 selhalo: %2</translation>
    </message>
    <message>
        <source>The book&apos;s daily run could not start: %1</source>
        <translation>Denní běh knihy nelze spustit: %1</translation>
    </message>
    <message>
        <source>The book&apos;s daily run was cancelled.</source>
        <translation>Denní běh knihy byl zrušen.</translation>
    </message>
    <message>
        <source>Daily run as of %1: %2 snapshot(s), %3 promise follow-up(s), %4 plan default(s), %5 credit hold(s), %6 strategy action(s).</source>
        <translation>Denní běh k %1: snímky %2, navazující úkoly k příslibům %3, nedodržené kalendáře %4, blokace úvěru %5, akce strategie %6.</translation>
    </message>
    <message>
        <source>%1: done earlier today; nothing has changed since.</source>
        <translation>%1: dnes již provedeno; od té doby se nic nezměnilo.</translation>
    </message>
</context>
<context>
    <name>ardesk::CashForecastView</name>
    <message>
        <source>Cash forecast</source>
        <translation>Prognóza inkasa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Týden</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Otevřené položky</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Přísliby</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Splátkové kalendáře</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognóza</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Skutečnost</translation>
    </message>
    <message>
        <source>Actual - forecast</source>
        <translation>Skutečnost - prognóza</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Výpočet…</translation>
    </message>
    <message>
        <source>The book has no open items.</source>
        <translation>Kniha nemá žádné otevřené položky.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>K %1</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>Prognózu nelze vypočítat: %1</translation>
    </message>
    <message>
        <source>Expected receipts by week from open items (due date shifted by each customer&apos;s average days late), promises to pay and payment-plan instalments. Not in the weeks: %1 behind expectation (overdue beyond the customer&apos;s usual delay), %2 after the 13th week, %3 disputed.</source>
        <translation>Očekávané příjmy po týdnech z otevřených položek (datum splatnosti posunuté o průměrné zpoždění daného zákazníka), příslibů platby a splátek splátkových kalendářů. Mimo týdny: %1 za očekáváním (po splatnosti déle, než zákazník obvykle mešká), %2 po 13. týdnu, %3 ve sporu.</translation>
    </message>
    <message>
        <source>Cash forecast by week (%1): past weeks forecast against actual</source>
        <translation>Prognóza inkasa po týdnech (%1): minulé týdny – prognóza oproti skutečnosti</translation>
    </message>
    <message>
        <source>%1 to %2 (past)</source>
        <translation>%1 až %2 (minulý)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 až %2</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Nová kontaktní osoba</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Upravit kontaktní osobu</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Jméno a příjmení</translation>
    </message>
    <message>
        <source>e.g. accounts payable, CFO</source>
        <translation>např. oddělení závazků, finanční ředitel</translation>
    </message>
    <message>
        <source>+46 8 123 456 78</source>
        <translation>+420 123 456 789</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>jmeno@example.com</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone when empty</source>
        <translation>Je-li prázdné, časové pásmo zákazníka</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this customer</source>
        <translation>&amp;Hlavní kontakt tohoto zákazníka</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Časové pásmo:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactPanel</name>
    <message>
        <source>Log a contact</source>
        <translation>Zaznamenat kontakt</translation>
    </message>
    <message>
        <source>Press 1-9 or 0 to pick an outcome</source>
        <translation>Výsledek vyberete klávesou 1–9 nebo 0</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Výsledek: %1</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co bylo řečeno</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Navázat dne</translation>
    </message>
    <message>
        <source>Why the call may go ahead anyway</source>
        <translation>Proč smí hovor přesto proběhnout</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Zaznamenat kontakt</translation>
    </message>
    <message>
        <source>Log the contact and finish the task (Ctrl+Enter)</source>
        <translation>Zaznamenat kontakt a dokončit úkol (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Zaznamenat kontakt</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanál:</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>Za&amp;stižen:</translation>
    </message>
    <message>
        <source>Outcome (keys 1-9, 0):</source>
        <translation>Výsledek (klávesy 1–9, 0):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Poznámky:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Délka:</translation>
    </message>
    <message>
        <source>O&amp;verride:</source>
        <translation>&amp;Výjimka:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Promise to pay…</source>
        <translation>Příslib platby…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Spor…</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Stížnost…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalovat…</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Otevřené spory</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Stáří</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Resolve dispute…</source>
        <translation>Vyřešit spor…</translation>
    </message>
    <message>
        <source>Task: %1, due %2</source>
        <translation>Úkol: %1, termín %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: unknown (no time zone)</source>
        <translation>Místní čas zákazníka: neznámý (bez časového pásma)</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 %2 (%3)</source>
        <translation>Místní čas zákazníka: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>cease communication</source>
        <translation>ukončit komunikaci</translation>
    </message>
    <message>
        <source>represented by an attorney</source>
        <translation>zastoupen advokátem</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>nevolat</translation>
    </message>
    <message>
        <source>no calls at work</source>
        <translation>nevolat do zaměstnání</translation>
    </message>
    <message>
        <source>consumer rules</source>
        <translation>pravidla pro spotřebitele</translation>
    </message>
    <message>
        <source>Call blocked: %1. As a supervisor you may log it with an override reason.</source>
        <translation>Hovor blokován: %1. Jako supervizor jej můžete zaznamenat s odůvodněním výjimky.</translation>
    </message>
    <message>
        <source>Call blocked: %1. Only a supervisor can override.</source>
        <translation>Hovor blokován: %1. Výjimku může udělit jen supervizor.</translation>
    </message>
    <message>
        <source>A call is allowed now.</source>
        <translation>Hovor je nyní povolen.</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Příznaky: %1</translation>
    </message>
    <message>
        <source>%1
Flags: %2</source>
        <translation>%1
Příznaky: %2</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>není zobrazen žádný zákazník</translation>
    </message>
    <message>
        <source>Pick an outcome first (keys 1-9 and 0).</source>
        <translation>Nejprve vyberte výsledek (klávesy 1–9 a 0).</translation>
    </message>
    <message>
        <source>The call is blocked: give an override reason to log it anyway.</source>
        <translation>Hovor je blokován: pro jeho zaznamenání uveďte odůvodnění výjimky.</translation>
    </message>
    <message>
        <source>The call is blocked: %1</source>
        <translation>Hovor je blokován: %1</translation>
    </message>
    <message>
        <source>Contact logged with an override (audited).</source>
        <translation>Kontakt zaznamenán s výjimkou (zapsáno do auditního protokolu).</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Kontakt zaznamenán.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dnů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) to pay recorded.</source>
        <translation>
            <numerusform>Zaznamenán %n příslib platby.</numerusform>
            <numerusform>Zaznamenány %n přísliby platby.</numerusform>
            <numerusform>Zaznamenáno %n příslibů platby.</numerusform>
        </translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>není otevřena žádná kniha</translation>
    </message>
    <message>
        <source>Dispute opened on %1.</source>
        <translation>Spor otevřen u %1.</translation>
    </message>
    <message>
        <source>Complaint recorded.</source>
        <translation>Stížnost zaznamenána.</translation>
    </message>
    <message>
        <source>Escalated to the supervisor.</source>
        <translation>Eskalováno supervizorovi.</translation>
    </message>
    <message>
        <source>Promise to pay — %1</source>
        <translation>Příslib platby — %1</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Částka (%1)</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Přislíbeno na</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Týká se</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>celého účtu</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>faktury %1</translation>
    </message>
    <message>
        <source>&amp;Add another date</source>
        <translation>&amp;Přidat další datum</translation>
    </message>
    <message>
        <source>&amp;Record promise</source>
        <translation>&amp;Zaznamenat příslib</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ není částka.</translation>
    </message>
    <message>
        <source>Enter at least one amount.</source>
        <translation>Zadejte alespoň jednu částku.</translation>
    </message>
    <message>
        <source>Dispute — %1</source>
        <translation>Spor — %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation>já</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Faktura:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>Čá&amp;stka (%1):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Důvod:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Odpovídá:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termín:</translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation>Ot&amp;evřít spor</translation>
    </message>
    <message>
        <source>Select an open dispute first.</source>
        <translation>Nejprve vyberte otevřený spor.</translation>
    </message>
    <message>
        <source>Resolve the dispute on %1</source>
        <translation>Vyřešit spor u %1</translation>
    </message>
    <message>
        <source>Settled by credit note</source>
        <translation>Vyrovnáno dobropisem</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Vyžádán odpis</translation>
    </message>
    <message>
        <source>Rejected: collectible again</source>
        <translation>Zamítnuto: opět vymahatelné</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>volitelné</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Řešení:</translation>
    </message>
    <message>
        <source>&amp;Credit note:</source>
        <translation>&amp;Dobropis:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Vyřešit</translation>
    </message>
    <message>
        <source>Dispute resolved.</source>
        <translation>Spor vyřešen.</translation>
    </message>
    <message>
        <source>Complaint — %1</source>
        <translation>Stížnost — %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Dopis</translation>
    </message>
    <message>
        <source>Collector&apos;s conduct</source>
        <translation>Chování vymáhače</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Chyba ve fakturaci</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nedotázáno</translation>
    </message>
    <message>
        <source>Resolved today</source>
        <translation>Vyřešeno dnes</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanál:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>&amp;Spokojenost (1–5):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Co se stalo:</translation>
    </message>
    <message>
        <source>&amp;Record complaint</source>
        <translation>&amp;Zaznamenat stížnost</translation>
    </message>
    <message>
        <source>Escalate %1 to the supervisor</source>
        <translation>Eskalovat %1 supervizorovi</translation>
    </message>
    <message>
        <source>e.g. asks for a payment plan over 12 months</source>
        <translation>např. žádá o splátkový kalendář na 12 měsíců</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalovat</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditHoldBadge</name>
    <message>
        <source>ON CREDIT HOLD since %1: %2</source>
        <translation>BLOKACE ÚVĚRU od %1: %2</translation>
    </message>
    <message>
        <source>No new credit (invoices or orders) until a supervisor or manager releases the hold.</source>
        <translation>Žádný nový úvěr (faktury ani objednávky), dokud blokaci neuvolní supervizor nebo manažer.</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>BLOKOVÁNO: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditPolicyEditor</name>
    <message>
        <source>&amp;New policy</source>
        <translation>&amp;Nová politika</translation>
    </message>
    <message>
        <source>Policy templates per risk class or segment. A customer follows the policy assigned on its form; its own credit limit overrides the policy&apos;s.</source>
        <translation>Šablony politik podle rizikové třídy nebo segmentu. Zákazník se řídí politikou přiřazenou v jeho formuláři; jeho vlastní úvěrový limit má přednost před limitem politiky.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politika</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Libovolná</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>libovolný segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ná&amp;zev:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Riziková třída:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Platební podmínky</translation>
    </message>
    <message>
        <source> days net</source>
        <translation> dní netto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Platební podmínky:</translation>
    </message>
    <message>
        <source>Early-payment &amp;discount:</source>
        <translation>S&amp;konto:</translation>
    </message>
    <message>
        <source>Discount &amp;period:</source>
        <translation>Lhůta pro skont&amp;o:</translation>
    </message>
    <message>
        <source>Credit limit and hold rules</source>
        <translation>Úvěrový limit a pravidla blokace</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Hold when the balance is over the credit limit</source>
        <translation>Blokovat, když saldo překročí úvěrový limit</translation>
    </message>
    <message>
        <source>Hold when the oldest item is more than</source>
        <translation>Blokovat, když je nejstarší položka více než</translation>
    </message>
    <message>
        <source> days past due</source>
        <translation> dní po splatnosti</translation>
    </message>
    <message>
        <source>Hold when the overdue amount is above</source>
        <translation>Blokovat, když částka po splatnosti přesáhne</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Blokovat po</translation>
    </message>
    <message>
        <source> broken promises</source>
        <translation> nesplněných příslibech</translation>
    </message>
    <message>
        <source>within </source>
        <translation>během </translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Úvěrový &amp;limit:</translation>
    </message>
    <message>
        <source>Review and collection</source>
        <translation>Revize a vymáhání</translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation>Re&amp;vize každých:</translation>
    </message>
    <message>
        <source>Collection &amp;strategy:</source>
        <translation>&amp;Strategie vymáhání:</translation>
    </message>
    <message>
        <source>Late-payment interest and fees</source>
        <translation>Úroky z prodlení a poplatky</translation>
    </message>
    <message>
        <source>the customer&apos;s country rule</source>
        <translation>pravidlo země zákazníka</translation>
    </message>
    <message>
        <source> points</source>
        <translation> bodů</translation>
    </message>
    <message>
        <source>from the country rule</source>
        <translation>podle pravidla země</translation>
    </message>
    <message>
        <source>Reference rate &amp;region:</source>
        <translation>R&amp;egion referenční sazby:</translation>
    </message>
    <message>
        <source>&amp;Margin over the reference rate:</source>
        <translation>&amp;Marže nad referenční sazbou:</translation>
    </message>
    <message>
        <source>Recovery &amp;compensation per invoice:</source>
        <translation>Ná&amp;hrada nákladů vymáhání na fakturu:</translation>
    </message>
    <message>
        <source>Reminder fee cap:</source>
        <translation>Strop upomínacího poplatku:</translation>
    </message>
    <message>
        <source>Collection fee cap:</source>
        <translation>Strop poplatku za vymáhání:</translation>
    </message>
    <message>
        <source>Fee &amp;currency:</source>
        <translation>Měna popla&amp;tků:</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Uložit politiku</translation>
    </message>
    <message>
        <source>By segment or risk class (default)</source>
        <translation>Podle segmentu nebo rizikové třídy (výchozí)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (neaktivní)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>třída %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only a manager changes credit policies; you can read them here.</source>
        <translation>Úvěrové politiky mění jen manažer; zde si je můžete prohlédnout.</translation>
    </message>
    <message>
        <source>%1: not an amount (digits with at most two decimals)</source>
        <translation>%1: není částka (číslice s nejvýše dvěma desetinnými místy)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Úvěrový limit</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Částka po splatnosti</translation>
    </message>
    <message>
        <source>Overdue amount: enter the amount above which the account is held</source>
        <translation>Částka po splatnosti: zadejte částku, nad kterou se účet zablokuje</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Náhrada nákladů vymáhání</translation>
    </message>
    <message>
        <source>Reminder fee cap</source>
        <translation>Strop upomínacího poplatku</translation>
    </message>
    <message>
        <source>Collection fee cap</source>
        <translation>Strop poplatku za vymáhání</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Neuloženo: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>Politika %1 uložena.</translation>
    </message>
    <message>
        <source>Post interest and compensation as debit notes (Clerk &gt; Post interest)</source>
        <translation>Zaúčtovat úroky a náhradu nákladů jako vrubopisy (Pohledávky &gt; Zaúčtovat úroky)</translation>
    </message>
    <message>
        <source>Off: interest and compensation are only shown on letters and statements.</source>
        <translation>Vypnuto: úroky a náhrada nákladů se zobrazují jen v dopisech a výpisech z účtu.</translation>
    </message>
    <message>
        <source>none, or such as 30/60/90</source>
        <translation>žádné, nebo např. 30/60/90</translation>
    </message>
    <message>
        <source>Days after the issue date of each part, separated by /; equal parts, or DAYS:PERCENT for each part. Each part is aged on its own.</source>
        <translation>Dny od data vystavení pro každou část, oddělené /; stejné části, nebo DNY:PROCENTA pro každou část. Každá část se ve věkové struktuře vede samostatně.</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Splátky:</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <source>Edit customer %1</source>
        <translation>Upravit zákazníka %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kód:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Měna:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Platební podmínky:</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Úvěrový &amp;limit:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Časové pá&amp;smo:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Země:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Riziková třída:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; není částka</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Bez politiky</translation>
    </message>
    <message>
        <source>The customer&apos;s own credit limit, when set, overrides the policy&apos;s.</source>
        <translation>Vlastní úvěrový limit zákazníka, je-li nastaven, má přednost před limitem politiky.</translation>
    </message>
    <message>
        <source>Only a manager assigns credit policies.</source>
        <translation>Úvěrové politiky přiřazuje jen manažer.</translation>
    </message>
    <message>
        <source>Credit &amp;policy:</source>
        <translation>Úvěrová &amp;politika:</translation>
    </message>
    <message>
        <source>Only a manager sets the credit limit and the risk class.</source>
        <translation>Úvěrový limit a rizikovou třídu nastavuje jen manažer.</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <source>Open items %1, unapplied cash and credits %2</source>
        <translation>Otevřené položky %1, nespárované platby a dobropisy %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nespárováno</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Úvěrový limit</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Vymáhač</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Hledat podle kódu nebo názvu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln zákazník</numerusform>
            <numerusform>%Ln zákazníci</numerusform>
            <numerusform>%Ln zákazníků</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardTile</name>
    <message>
        <source>Show the list behind %1</source>
        <translation>Zobrazit seznam za hodnotou %1</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Amounts of different currencies are never added: one currency at a time</source>
        <translation>Částky v různých měnách se nikdy nesčítají: vždy jedna měna</translation>
    </message>
    <message>
        <source>Aging by collector</source>
        <translation>Věková struktura podle vymáhače</translation>
    </message>
    <message>
        <source>Aging by risk class</source>
        <translation>Věková struktura podle rizikové třídy</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Vymáhač</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Nejstarší (dny)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Top overdue accounts</source>
        <translation>Účty s nejvyšší částkou po splatnosti</translation>
    </message>
    <message>
        <source>Moved into the last bucket since the last month-end</source>
        <translation>Přesunuto do posledního pásma od konce minulého měsíce</translation>
    </message>
    <message>
        <source>Total AR</source>
        <translation>Pohledávky celkem</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ve splatnosti</translation>
    </message>
    <message>
        <source>DSO (days)</source>
        <translation>DSO (dny)</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>ADD (days)</source>
        <translation>ADD (dny)</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Vybráno tento měsíc</translation>
    </message>
    <message>
        <source>Promises due today</source>
        <translation>Přísliby splatné dnes</translation>
    </message>
    <message>
        <source>Broken this week</source>
        <translation>Nesplněné tento týden</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Otevřené spory</translation>
    </message>
    <message>
        <source>Accounts on hold</source>
        <translation>Účty s blokací úvěru</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Výpočet…</translation>
    </message>
    <message>
        <source>The book has no invoices yet.</source>
        <translation>Kniha zatím nemá žádné faktury.</translation>
    </message>
    <message>
        <source>As of %1 · tiles in %2 ms, all in %3 ms</source>
        <translation>K %1 · dlaždice za %2 ms, vše za %3 ms</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Ukazatele nelze vypočítat: %1</translation>
    </message>
    <message>
        <source>of AR not yet due</source>
        <translation>pohledávek ve splatnosti</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) to today</source>
        <translation>
            <numerusform>%n měsíc do dneška</numerusform>
            <numerusform>%n měsíce do dneška</numerusform>
            <numerusform>%n měsíců do dneška</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <translation>cíl %1 (%2)</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>cíl není nastaven</translation>
    </message>
    <message>
        <source>Aging by bucket (%1)</source>
        <translation>Věková struktura podle pásem (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>DSO, ADD and CEI at month-ends (%1)</source>
        <translation>DSO, ADD a CEI ke koncům měsíců (%1)</translation>
    </message>
    <message>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dny</translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation>CEI %</translation>
    </message>
    <message>
        <source>Collected by week against target (%1)</source>
        <translation>Vybráno po týdnech oproti cíli (%1)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Vybráno</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>Open disputes by reason (%1)</source>
        <translation>Otevřené spory podle důvodu (%1)</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <source>no open disputes</source>
        <translation>žádné otevřené spory</translation>
    </message>
    <message>
        <source>Moved into %1 since %2</source>
        <translation>Přesunuto do pásma %1 od %2</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, risk class %3</source>
        <translation>Otevřené položky v %1, %2 dnů po splatnosti, riziková třída %3</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, collector %3</source>
        <translation>Otevřené položky v %1, %2 dnů po splatnosti, vymáhač %3</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs of %2: invoices issued %3 to %4</source>
        <translation>Prodeje na úvěr v %1 za ukazateli KPI k %2: faktury vystavené %3 až %4</translation>
    </message>
    <message>
        <source>Payments in %1 received %2 to %3, not reversed</source>
        <translation>Platby v %1 přijaté %2 až %3, nestornované</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute: %2</source>
        <translation>Faktury v %1 s otevřeným sporem: %2</translation>
    </message>
    <message>
        <source>Open items in %1</source>
        <translation>Otevřené položky v %1</translation>
    </message>
    <message>
        <source>Overdue items in %1 (due before %2)</source>
        <translation>Položky po splatnosti v %1 (splatné před %2)</translation>
    </message>
    <message>
        <source>Items in %1 not yet due</source>
        <translation>Položky v %1 ve splatnosti</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs: invoices issued %2 to %3</source>
        <translation>Prodeje na úvěr v %1 za ukazateli KPI: faktury vystavené %2 až %3</translation>
    </message>
    <message>
        <source>Payments in %1 received this month, not reversed</source>
        <translation>Platby v %1 přijaté tento měsíc, nestornované</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise due today</source>
        <translation>Zákazníci v %1 s příslibem splatným dnes</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise broken this week</source>
        <translation>Zákazníci v %1 s příslibem nesplněným tento týden</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute</source>
        <translation>Faktury v %1 s otevřeným sporem</translation>
    </message>
    <message>
        <source>Customers in %1 on credit hold</source>
        <translation>Zákazníci v %1 s blokací úvěru</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, risk class %2</source>
        <translation>Otevřené položky v %1 ve splatnosti, riziková třída %2</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, collector %2</source>
        <translation>Otevřené položky v %1 ve splatnosti, vymáhač %2</translation>
    </message>
</context>
<context>
    <name>ardesk::DepositBatchDialog</name>
    <message>
        <source>Deposit batch</source>
        <translation>Vkladová dávka</translation>
    </message>
    <message>
        <source>e.g. deposit slip number</source>
        <translation>např. číslo vkladového lístku</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Měna:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Dávka:</translation>
    </message>
    <message>
        <source>Control &amp;total:</source>
        <translation>Kontrolní &amp;součet:</translation>
    </message>
    <message>
        <source>Control c&amp;ount:</source>
        <translation>Kontrolní &amp;počet:</translation>
    </message>
    <message>
        <source>&amp;Add check</source>
        <translation>Přid&amp;at šek</translation>
    </message>
    <message>
        <source>&amp;Remove check</source>
        <translation>&amp;Odebrat šek</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>&amp;Zaúčtovat dávku</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) keyed</source>
        <translation>
            <numerusform>%n šek zadán</numerusform>
            <numerusform>%n šeky zadány</numerusform>
            <numerusform>%n šeků zadáno</numerusform>
        </translation>
    </message>
    <message>
        <source>keyed %1</source>
        <translation>zadáno %1</translation>
    </message>
    <message>
        <source>an amount cannot be read</source>
        <translation>částku nelze přečíst</translation>
    </message>
    <message>
        <source>Balanced: ready to post.</source>
        <translation>Souhlasí: připraveno k zaúčtování.</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Nic nezaúčtováno: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted batch of %n check(s): %1 applied, %2 unapplied.</source>
        <translation>
            <numerusform>Zaúčtována dávka s %n šekem: spárováno %1, nespárováno %2.</numerusform>
            <numerusform>Zaúčtována dávka s %n šeky: spárováno %1, nespárováno %2.</numerusform>
            <numerusform>Zaúčtována dávka s %n šeky: spárováno %1, nespárováno %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DepositLinesModel</name>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Check / reference</source>
        <translation>Šek / reference</translation>
    </message>
    <message>
        <source>Invoice (optional)</source>
        <translation>Faktura (nepovinné)</translation>
    </message>
</context>
<context>
    <name>ardesk::DocumentSettingsEditor</name>
    <message>
        <source>What every letter, statement of account and payment plan agreement prints besides its template: who sends it and how the customer pays.</source>
        <translation>Co kromě své šablony tiskne každý dopis, výpis z účtu a dohoda o splátkovém kalendáři: kdo je odesílá a jak zákazník platí.</translation>
    </message>
    <message>
        <source>Company name
Street
Postcode and town</source>
        <translation>Název firmy
Ulice
PSČ a obec</translation>
    </message>
    <message>
        <source>Every language (default)</source>
        <translation>Všechny jazyky (výchozí)</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Anglické dopisy</translation>
    </message>
    <message>
        <source>German letters</source>
        <translation>Německé dopisy</translation>
    </message>
    <message>
        <source>French letters</source>
        <translation>Francouzské dopisy</translation>
    </message>
    <message>
        <source>Swedish letters</source>
        <translation>Švédské dopisy</translation>
    </message>
    <message>
        <source>Czech letters</source>
        <translation>České dopisy</translation>
    </message>
    <message>
        <source> days after the letter&apos;s date</source>
        <translation> dní po datu dopisu</translation>
    </message>
    <message>
        <source>Dunning letters show late-payment &amp;interest and compensation</source>
        <translation>Upomínky uvádějí &amp;úrok z prodlení a náhradu nákladů</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Uložit (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Vrátit zpět</translation>
    </message>
    <message>
        <source>Se&amp;nder (name and address):</source>
        <translation>&amp;Odesílatel (jméno a adresa):</translation>
    </message>
    <message>
        <source>Payment instructions &amp;for:</source>
        <translation>Platební pokyny &amp;pro:</translation>
    </message>
    <message>
        <source>Payment &amp;instructions:</source>
        <translation>Platební po&amp;kyny:</translation>
    </message>
    <message>
        <source>&amp;Pay by:</source>
        <translation>Uhradit &amp;do:</translation>
    </message>
    <message>
        <source>Only a manager or an administrator changes these; you can read them here.</source>
        <translation>Tato nastavení mění jen manažer nebo administrátor; zde je můžete číst.</translation>
    </message>
    <message>
        <source>Bank, IBAN and BIC, and what to quote with the payment</source>
        <translation>Banka, IBAN a BIC a co uvést u platby</translation>
    </message>
    <message>
        <source>Printed on letters in every language that has no text of its own.</source>
        <translation>Tiskne se na dopisy ve všech jazycích, které nemají vlastní text.</translation>
    </message>
    <message>
        <source>Leave empty to print the default text (shown greyed) on %1.</source>
        <translation>Ponechte prázdné, chcete-li tisknout výchozí text (zobrazený šedě); platí pro: %1.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Saved. Letters rendered from now on print these.</source>
        <translation>Uloženo. Dopisy vygenerované od této chvíle je budou tisknout.</translation>
    </message>
</context>
<context>
    <name>ardesk::EscalationQueueWidget</name>
    <message>
        <source>Raised</source>
        <translation>Vzneseno</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>&amp;Every supervisor&apos;s escalations</source>
        <translation>Eskalace &amp;všech supervizorů</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Otevřít účet</translation>
    </message>
    <message>
        <source>&amp;Take the account</source>
        <translation>&amp;Převzít účet</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Př&amp;eřadit…</translation>
    </message>
    <message>
        <source>Return with &amp;instructions…</source>
        <translation>Vrátit s poky&amp;ny…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Vy&amp;řešit…</translation>
    </message>
    <message>
        <source>You work the account yourself: it moves to your portfolio</source>
        <translation>Účet zpracujete sami: přesune se do vašeho portfolia</translation>
    </message>
    <message>
        <source>Back to the collector, with what to do next</source>
        <translation>Zpět vymáhači s pokyny, co dělat dál</translation>
    </message>
    <message>
        <source>Reassign the account</source>
        <translation>Přeřadit účet</translation>
    </message>
    <message>
        <source>&amp;Collector:</source>
        <translation>&amp;Vymáhač:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Pokyny:</translation>
    </message>
    <message>
        <source>Return with instructions</source>
        <translation>Vrátit s pokyny</translation>
    </message>
    <message>
        <source>What should the collector do next?</source>
        <translation>Co má vymáhač udělat dál?</translation>
    </message>
    <message>
        <source>Resolve the escalation</source>
        <translation>Vyřešit eskalaci</translation>
    </message>
    <message>
        <source>How was it settled?</source>
        <translation>Jak byla vyřešena?</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>není otevřena žádná kniha</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestLinesModel</name>
    <message>
        <source>Interest on %1</source>
        <translation>Úrok z %1</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Náhrada nákladů vymáhání</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 až %2 (%n den)</numerusform>
            <numerusform>%1 až %2 (%n dny)</numerusform>
            <numerusform>%1 až %2 (%n dní)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>Vrubopis</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Poplatek</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dny</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestPostingDialog</name>
    <message>
        <source>Post interest</source>
        <translation>Zaúčtovat úroky</translation>
    </message>
    <message>
        <source>Late-payment interest since the last posting and the recovery compensation (once per invoice) of the customers whose credit policy posts them, as debit notes due at once. Running it again for the same date posts nothing.</source>
        <translation>Úroky z prodlení od posledního zaúčtování a náhrada nákladů vymáhání (jednou za fakturu) u zákazníků, jejichž úvěrová politika je účtuje, jako vrubopisy splatné ihned. Opakované spuštění ke stejnému datu nic nezaúčtuje.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;K datu:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Zaúčtovat</translation>
    </message>
    <message>
        <source>Posting debit notes needs the permission to post invoices</source>
        <translation>Zaúčtování vrubopisů vyžaduje oprávnění zaúčtovat faktury</translation>
    </message>
    <message>
        <source>Nothing to post as of %1.</source>
        <translation>Ke dni %1 není co zaúčtovat.</translation>
    </message>
    <message numerus="yes">
        <source>%n debit note(s) to post as of %1.</source>
        <translation>
            <numerusform>%n vrubopis k zaúčtování ke dni %1.</numerusform>
            <numerusform>%n vrubopisy k zaúčtování ke dni %1.</numerusform>
            <numerusform>%n vrubopisů k zaúčtování ke dni %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post %n debit note(s) as of %1? They can be undone only by a credit note.</source>
        <translation>
            <numerusform>Zaúčtovat %n vrubopis ke dni %1? Vrátit jej lze jen dobropisem.</numerusform>
            <numerusform>Zaúčtovat %n vrubopisy ke dni %1? Vrátit je lze jen dobropisem.</numerusform>
            <numerusform>Zaúčtovat %n vrubopisů ke dni %1? Vrátit je lze jen dobropisem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting interest as of %1…</source>
        <translation>Zaúčtovávají se úroky ke dni %1…</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Nic nezaúčtováno: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n debit note(s) as of %1.</source>
        <translation>
            <numerusform>Zaúčtován %n vrubopis ke dni %1.</numerusform>
            <numerusform>Zaúčtovány %n vrubopisy ke dni %1.</numerusform>
            <numerusform>Zaúčtováno %n vrubopisů ke dni %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by customer, invoice or text</source>
        <translation>Filtrovat podle zákazníka, faktury nebo textu</translation>
    </message>
    <message>
        <source>Every reason (%1)</source>
        <translation>Všechny důvody (%1)</translation>
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
            <numerusform>%n částku nelze zaúčtovat (%1); viz kartu „Nezaúčtováno“.</numerusform>
            <numerusform>%n částky nelze zaúčtovat (%1); viz kartu „Nezaúčtováno“.</numerusform>
            <numerusform>%n částek nelze zaúčtovat (%1); viz kartu „Nezaúčtováno“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debit notes (%1)</source>
        <translation>Vrubopisy (%1)</translation>
    </message>
    <message>
        <source>Not posted (%1)</source>
        <translation>Nezaúčtováno (%1)</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Náhled</translation>
    </message>
    <message>
        <source>Read the preview again</source>
        <translation>Znovu načíst náhled</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Reading what a posting as of %1 would post…</source>
        <translation>Načítá se, co by zaúčtování k %1 zaúčtovalo…</translation>
    </message>
    <message>
        <source>The preview was cancelled: nothing to post. Press Preview to read it again.</source>
        <translation>Náhled byl zrušen: nic k zaúčtování. Stiskněte Náhled pro opětovné načtení.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSettings</name>
    <message>
        <source> points</source>
        <translation> bodů</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference rates</source>
        <translation>Referenční sazby</translation>
    </message>
    <message>
        <source>The central bank&apos;s rate by region. The rate in force on 1 January and 1 July applies to the whole half-year; interest = reference rate + margin.</source>
        <translation>Sazba centrální banky podle regionu. Sazba platná k 1. lednu a 1. červenci se použije na celé pololetí; úrok = referenční sazba + marže.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Platí od</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sazba</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>Uložit &amp;sazbu</translation>
    </message>
    <message>
        <source>&amp;Delete rate</source>
        <translation>S&amp;mazat sazbu</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>od:</translation>
    </message>
    <message>
        <source>Rules per country</source>
        <translation>Pravidla podle zemí</translation>
    </message>
    <message>
        <source>A customer&apos;s country picks its rule (the empty country is the default for every other one); a credit policy that names a region overrides it.</source>
        <translation>Pravidlo se vybírá podle země zákazníka (prázdná země je výchozí pro všechny ostatní); úvěrová politika, která uvádí region, má před ním přednost.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marže</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Spotřebitelé</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Báze dní</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Náhrada</translation>
    </message>
    <message>
        <source>Reminder cap</source>
        <translation>Strop za upomínku</translation>
    </message>
    <message>
        <source>Collection cap</source>
        <translation>Strop za vymáhání</translation>
    </message>
    <message>
        <source>default</source>
        <translation>výchozí</translation>
    </message>
    <message>
        <source>actual/365</source>
        <translation>actual/365</translation>
    </message>
    <message>
        <source>actual/360</source>
        <translation>actual/360</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>bez stropu</translation>
    </message>
    <message>
        <source>Save r&amp;ule</source>
        <translation>Uložit &amp;pravidlo</translation>
    </message>
    <message>
        <source>Day count:</source>
        <translation>Báze dní:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Země:</translation>
    </message>
    <message>
        <source>consumers:</source>
        <translation>spotřebitelé:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marže:</translation>
    </message>
    <message>
        <source>Compensation per invoice:</source>
        <translation>Náhrada nákladů na fakturu:</translation>
    </message>
    <message>
        <source>collection:</source>
        <translation>vymáhání:</translation>
    </message>
    <message>
        <source>Fee caps, reminder:</source>
        <translation>Stropy poplatků, upomínka:</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(výchozí)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Only a manager changes rates and rules; you can read them here.</source>
        <translation>Sazby a pravidla mění jen manažer; zde si je můžete prohlédnout.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 added.</source>
        <translation>Sazba pro %1 od %2 přidána.</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 replaced.</source>
        <translation>Sazba pro %1 od %2 nahrazena.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nesmazáno: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 deleted.</source>
        <translation>Sazba pro %1 od %2 smazána.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (digits with at most two decimals)</source>
        <translation>&apos;%1&apos; není částka (číslice s nejvýše dvěma desetinnými místy)</translation>
    </message>
    <message>
        <source>The default rule is saved.</source>
        <translation>Výchozí pravidlo je uloženo.</translation>
    </message>
    <message>
        <source>The rule for %1 is saved.</source>
        <translation>Pravidlo pro %1 je uloženo.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSkipsModel</name>
    <message>
        <source>No reference rate</source>
        <translation>Chybí referenční sazba</translation>
    </message>
    <message>
        <source>Compensation in another currency</source>
        <translation>Náhrada v jiné měně</translation>
    </message>
    <message>
        <source>Debit note number taken</source>
        <translation>Číslo vrubopisu je obsazeno</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neuhrazeno</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dnů po splatnosti</translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (část %2 z %3)</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>V %n splátce: splatnost podle části %1, nejstarší dosud otevřené; vlastní datum splatnosti faktury je %2</numerusform>
            <numerusform>Ve %n splátkách: splatnost podle části %1, nejstarší dosud otevřené; vlastní datum splatnosti faktury je %2</numerusform>
            <numerusform>V %n splátkách: splatnost podle části %1, nejstarší dosud otevřené; vlastní datum splatnosti faktury je %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListPage</name>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Search by invoice number, customer code or name</source>
        <translation>Hledat podle čísla faktury, kódu nebo názvu zákazníka</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Otevřené položky</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Všechny faktury</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln otevřená faktura</numerusform>
            <numerusform>%Ln otevřené faktury</numerusform>
            <numerusform>%Ln otevřených faktur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln faktura</numerusform>
            <numerusform>%Ln faktury</numerusform>
            <numerusform>%Ln faktur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LanguageSettings</name>
    <message>
        <source>The language of menus, screens and messages on this computer. Dates, numbers and amounts are shown the way that language writes them. Letters and statements use each customer&apos;s language.</source>
        <translation>Jazyk nabídek, obrazovek a zpráv na tomto počítači. Data, čísla a částky se zobrazují tak, jak je tento jazyk zapisuje. Dopisy a výpisy z účtu používají jazyk každého zákazníka.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Jazyk systému (%1)</translation>
    </message>
    <message>
        <source>Saved. ardesk speaks the new language from its next start.</source>
        <translation>Uloženo. ardesk bude mluvit novým jazykem od příštího spuštění.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
</context>
<context>
    <name>ardesk::LetterRunDialog</name>
    <message>
        <source>Letters and statements</source>
        <translation>Dopisy a výpisy z účtu</translation>
    </message>
    <message>
        <source>Statements of account (every customer due one)</source>
        <translation>Výpisy z účtu (všichni zákazníci, kterým náleží)</translation>
    </message>
    <message>
        <source>Dunning letters and reminders due</source>
        <translation>Upomínky a připomínky k odeslání</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;K datu:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Dokumenty:</translation>
    </message>
    <message>
        <source>all; or customer numbers, comma-separated</source>
        <translation>vše; nebo čísla zákazníků oddělená čárkami</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Zákazníci:</translation>
    </message>
    <message>
        <source>Save to folder:</source>
        <translation>Uložit do složky:</translation>
    </message>
    <message>
        <source>Every document is saved as a PDF in the folder and recorded on the customer&apos;s account, where it can be opened again. Letters due are created by the collection strategy for the date first. Running again for the same date records nothing twice.</source>
        <translation>Každý dokument se uloží jako PDF do složky a zaznamená na účet zákazníka, kde jej lze znovu otevřít. Dopisy k odeslání nejprve pro dané datum vytvoří strategie vymáhání. Opakované spuštění pro stejné datum nic nezaznamená dvakrát.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>Save to folder</source>
        <translation>Uložit do složky</translation>
    </message>
    <message>
        <source>Your role may not send letters or statements.</source>
        <translation>Vaše role nesmí odesílat dopisy ani výpisy z účtu.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Složku %1 nelze vytvořit.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Probíhá…</translation>
    </message>
    <message>
        <source>Writing statements…</source>
        <translation>Vytvářejí se výpisy z účtu…</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Vytvářejí se dopisy…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Běh se zastavil: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n document(s); what was written is recorded. Run again to finish.</source>
        <translation>
            <numerusform>Zrušeno po %n dokumentu; co bylo vytvořeno, je zaznamenáno. Pro dokončení spusťte znovu.</numerusform>
            <numerusform>Zrušeno po %n dokumentech; co bylo vytvořeno, je zaznamenáno. Pro dokončení spusťte znovu.</numerusform>
            <numerusform>Zrušeno po %n dokumentech; co bylo vytvořeno, je zaznamenáno. Pro dokončení spusťte znovu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to the folder.</source>
        <translation>
            <numerusform>%n dokument zapsán do složky.</numerusform>
            <numerusform>%n dokumenty zapsány do složky.</numerusform>
            <numerusform>%n dokumentů zapsáno do složky.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new on the accounts&apos; timelines.</source>
        <translation>
            <numerusform>%n nový záznam v aktivitě účtů.</numerusform>
            <numerusform>%n nové záznamy v aktivitě účtů.</numerusform>
            <numerusform>%n nových záznamů v aktivitě účtů.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LetterTemplateEditor</name>
    <message>
        <source>Reminder</source>
        <translation>Připomínka platby</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Upomínka, 1. stupeň</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Upomínka, 2. stupeň</translation>
    </message>
    <message>
        <source>Dunning letter, level 3</source>
        <translation>Upomínka, 3. stupeň</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Výpis z účtu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angličtina</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Němčina</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francouzština</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Švédština</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čeština</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Uložit šablonu</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Náhled</translation>
    </message>
    <message>
        <source>Start from the &amp;built-in text</source>
        <translation>Začít z &amp;vestavěného textu</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Dopis:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>Sections in [brackets] replace the built-in ones (title, subject, opening, body, closing, label.…); placeholders such as {customer_name}, {overdue}, {pay_by} are filled in. The customer&apos;s language picks the template.</source>
        <translation>Oddíly v [hranatých závorkách] nahrazují vestavěné oddíly (title, subject, opening, body, closing, label.…); zástupné symboly jako {customer_name}, {overdue}, {pay_by} se vyplní. Šablonu vybírá jazyk zákazníka.</translation>
    </message>
    <message>
        <source>Only a manager changes letter templates; you can read and preview them here.</source>
        <translation>Šablony dopisů mění jen manažer; zde si je můžete přečíst a zobrazit jejich náhled.</translation>
    </message>
    <message>
        <source>Your own template (saved in the book).</source>
        <translation>Vaše vlastní šablona (uložená v knize).</translation>
    </message>
    <message>
        <source>The built-in template.</source>
        <translation>Vestavěná šablona.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Neuloženo: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Template saved: letters from now on use it.</source>
        <translation>Šablona uložena: dopisy ji od nynějška používají.</translation>
    </message>
    <message>
        <source>No customer has anything to show on a letter yet.</source>
        <translation>Žádný zákazník zatím nemá nic, co by se v dopise zobrazilo.</translation>
    </message>
    <message>
        <source>Payment plan agreement</source>
        <translation>Dohoda o splátkovém kalendáři</translation>
    </message>
    <message>
        <source>No payment plan has been agreed yet: the agreement is previewed on a real plan.</source>
        <translation>Zatím nebyl sjednán žádný splátkový kalendář: náhled dohody se zobrazí na skutečném kalendáři.</translation>
    </message>
</context>
<context>
    <name>ardesk::ListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Seznam nelze načíst: %1</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Hledat v tomto seznamu</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Zobrazit vše</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Moje práce</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Sestavy</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>Není otevřena žádná kniha</translation>
    </message>
    <message>
        <source>Open a book (an .ardesk file) to see its customers, invoices and payments. ardesk-cli creates one with init, or fills one with demo data.</source>
        <translation>Otevřete knihu (soubor .ardesk), abyste viděli její zákazníky, faktury a platby. ardesk-cli ji vytvoří příkazem init nebo ji naplní ukázkovými daty.</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Otevřít knihu…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Poslední knihy</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Platby</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>This book has no passwords: anyone who can open the file can post and change it. Protect it with an administrator to make everyone sign in.</source>
        <translation>Tato kniha nemá hesla: kdokoli, kdo může soubor otevřít, v něm může účtovat a měnit. Chraňte ji administrátorem, aby se všichni museli přihlašovat.</translation>
    </message>
    <message>
        <source>&amp;Protect this book…</source>
        <translation>&amp;Chránit tuto knihu…</translation>
    </message>
    <message>
        <source>This book is read-only (the file or its folder cannot be written): you can look, but nothing can be posted or changed.</source>
        <translation>Tato kniha je jen pro čtení (do souboru nebo jeho složky nelze zapisovat): můžete prohlížet, ale nic nelze zaúčtovat ani změnit.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Přihlášení bylo zrušeno.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Otevřeno: %1</translation>
    </message>
    <message>
        <source>The last book, %1, could not be opened: %2</source>
        <translation>Poslední knihu %1 nelze otevřít: %2</translation>
    </message>
    <message>
        <source>Cannot open book</source>
        <translation>Knihu nelze otevřít</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 nelze otevřít.

%2</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Otevřít knihu</translation>
    </message>
    <message>
        <source>ardesk books (*.ardesk);;All files (*)</source>
        <translation>Knihy ardesk (*.ardesk);;Všechny soubory (*)</translation>
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
        <translation>&amp;Vymazat seznam</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open book: %1 (schema %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Otevřená kniha: %1 (schéma %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nezapisuje se</translation>
    </message>
    <message>
        <source>About ardesk</source>
        <translation>O aplikaci ardesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Accounts receivable on the desktop: customers, invoices, payments, collections.&lt;/p&gt;&lt;p&gt;Book schema version: %2&lt;/p&gt;%3&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Pohledávky na pracovní ploše: zákazníci, faktury, platby, vymáhání.&lt;/p&gt;&lt;p&gt;Verze schématu knihy: %2&lt;/p&gt;%3&lt;p&gt;Soubor protokolu: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>&amp;Pohledávky</translation>
    </message>
    <message>
        <source>Post &amp;payments…</source>
        <translation>Zaúčtovat &amp;platby…</translation>
    </message>
    <message>
        <source>&amp;Deposit batch…</source>
        <translation>&amp;Vkladová dávka…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nový zákazník…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>O&amp;bnovit ze zálohy…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Obnovit ze zálohy</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2 yet. ardesk makes one each time the book is closed.</source>
        <translation>Záloha souboru %1 ve složce %2 zatím neexistuje. ardesk vytvoří zálohu při každém zavření knihy.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Zálohy souboru %1, od nejnovější:</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? Everything posted since that backup will be gone from the book (the current file is kept beside it as a .before-restore copy).</source>
        <translation>Nahradit %1 zálohou %2? Vše, co bylo zaúčtováno od této zálohy, z knihy zmizí (současný soubor zůstane vedle jako kopie .before-restore).</translation>
    </message>
    <message>
        <source>The backup on close failed: %1</source>
        <translation>Záloha při zavření knihy se nezdařila: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uživatelská příručka</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>&amp;Practice (training)…</source>
        <translation>&amp;Procvičování (školení)…</translation>
    </message>
    <message>
        <source>Open a throw-away copy of the demo book to learn ardesk without touching real data</source>
        <translation>Otevřít jednorázovou kopii ukázkové knihy a naučit se ardesk bez zásahu do skutečných dat</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Procvičování</translation>
    </message>
    <message>
        <source>Open a practice book? It is a fresh copy of the demo business, marked TRAINING, with a checklist for your first day. The book that is open now is closed first; the practice copy is deleted when you end the practice.</source>
        <translation>Otevřít cvičnou knihu? Je to čerstvá kopie ukázkové firmy označená ŠKOLENÍ, s kontrolním seznamem pro váš první den. Kniha, která je teď otevřená, se nejprve zavře; cvičná kopie se smaže, když procvičování ukončíte.</translation>
    </message>
    <message>
        <source>The practice book could not be made: %1</source>
        <translation>Cvičnou knihu nelze vytvořit: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the practice book: %1</source>
        <translation>pro cvičnou knihu není dočasná složka: %1</translation>
    </message>
    <message>
        <source>Practice book open: nothing you do here touches real data.</source>
        <translation>Cvičná kniha je otevřena: nic, co zde uděláte, se nedotkne skutečných dat.</translation>
    </message>
    <message>
        <source>Import &amp;bank statement…</source>
        <translation>Importovat &amp;bankovní výpis…</translation>
    </message>
    <message>
        <source>C&amp;ollector</source>
        <translation>&amp;Vymáhání</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>&amp;Další účet</translation>
    </message>
    <message>
        <source>Open the top account of your queue with its task (F8)</source>
        <translation>Otevřít první účet vaší fronty s jeho úkolem (F8)</translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation>&amp;Moje fronta</translation>
    </message>
    <message>
        <source>&amp;Escalation queue</source>
        <translation>&amp;Fronta eskalací</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portfolia</translation>
    </message>
    <message>
        <source>E&amp;valuate promises</source>
        <translation>&amp;Vyhodnotit přísliby</translation>
    </message>
    <message>
        <source>The queue is still being read.</source>
        <translation>Fronta se ještě načítá.</translation>
    </message>
    <message>
        <source>Nothing left in the queue for today.</source>
        <translation>Ve frontě už pro dnešek nic nezbývá.</translation>
    </message>
    <message>
        <source>Promise evaluation failed: %1</source>
        <translation>Vyhodnocení příslibů selhalo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Přísliby k %1: %2 splněných, %3 částečně splněných, %4 nesplněných, %5 čekajících; vytvořen %n navazující úkol.</numerusform>
            <numerusform>Přísliby k %1: %2 splněných, %3 částečně splněných, %4 nesplněných, %5 čekajících; vytvořeny %n navazující úkoly.</numerusform>
            <numerusform>Přísliby k %1: %2 splněných, %3 částečně splněných, %4 nesplněných, %5 čekajících; vytvořeno %n navazujících úkolů.</numerusform>
        </translation>
    </message>
    <message>
        <source>← My work</source>
        <translation>← Moje práce</translation>
    </message>
    <message>
        <source>← Customers</source>
        <translation>← Zákazníci</translation>
    </message>
    <message>
        <source>&amp;Letters and statements…</source>
        <translation>&amp;Dopisy a výpisy z účtu…</translation>
    </message>
    <message>
        <source>The server refused the password of %1 for the database %2 on %3. Password:</source>
        <translation>Server odmítl heslo uživatele %1 k databázi %2 na %3. Heslo:</translation>
    </message>
    <message>
        <source>The server wants the password of %1 for the database %2 on %3. Password:</source>
        <translation>Server požaduje heslo uživatele %1 k databázi %2 na %3. Heslo:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Heslo k databázi</translation>
    </message>
    <message>
        <source>Post &amp;interest…</source>
        <translation>Zaúčtovat ú&amp;roky…</translation>
    </message>
</context>
<context>
    <name>ardesk::ManagerDeskPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Staff performance</source>
        <translation>Výkonnost pracovníků</translation>
    </message>
    <message>
        <source>Cash forecast</source>
        <translation>Prognóza inkasa</translation>
    </message>
    <message>
        <source>Aging roll-forward</source>
        <translation>Vývoj věkové struktury</translation>
    </message>
    <message>
        <source>The dashboard, staff performance, the cash forecast and the aging roll-forward are management reports: your role needs the export reports permission to see them.</source>
        <translation>Přehled, výkonnost pracovníků, prognóza inkasa a vývoj věkové struktury jsou manažerské sestavy: k jejich zobrazení potřebuje vaše role oprávnění k exportu sestav.</translation>
    </message>
</context>
<context>
    <name>ardesk::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Moje práce</translation>
    </message>
    <message>
        <source>&amp;Queue of:</source>
        <translation>Fronta &amp;uživatele:</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Všechny úkoly</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Všechna pásma</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Ve splatnosti</translation>
    </message>
    <message>
        <source>%1 days past due</source>
        <translation>%1 dnů po splatnosti</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>Hledat kód nebo název</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>&amp;Další účet</translation>
    </message>
    <message>
        <source>Open the top account of the queue with its task (F8)</source>
        <translation>Otevřít první účet fronty s jeho úkolem (F8)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Fronta</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>&amp;Eskalace</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portfolia</translation>
    </message>
    <message>
        <source>Your role has no work queue (it needs the “log contact” permission).</source>
        <translation>Vaše role nemá pracovní frontu (potřebuje oprávnění „zaznamenat kontakt“).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supervisors, managers and admins can look at anyone&apos;s queue</source>
        <translation>Supervizoři, manažeři a administrátoři mohou nahlížet do fronty kohokoli</translation>
    </message>
    <message>
        <source>Your own queue</source>
        <translation>Vaše vlastní fronta</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Frontu nelze načíst: %1</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Načítání fronty…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln splatná položka</numerusform>
            <numerusform>%Ln splatné položky</numerusform>
            <numerusform>%Ln splatných položek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 z %Ln položky</numerusform>
            <numerusform>%1 z %Ln položek</numerusform>
            <numerusform>%1 z %Ln položek</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Schvalování</translation>
    </message>
    <message>
        <source>Credit re&amp;views</source>
        <translation>Úvěrové re&amp;vize</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Tým</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentDialog</name>
    <message>
        <source>Post payments</source>
        <translation>Zaúčtovat platby</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Kód nebo název zákazníka</translation>
    </message>
    <message>
        <source>Check number or bank reference</source>
        <translation>Číslo šeku nebo bankovní reference</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Zákazník:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Způsob &amp;platby:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Částka:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Spárovat od &amp;nejstarší</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vymazat</translation>
    </message>
    <message>
        <source>Part payment (no reason)</source>
        <translation>Částečná úhrada (bez důvodu)</translation>
    </message>
    <message>
        <source>Early-pay discount taken</source>
        <translation>Uplatněno skonto</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Srážka</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Why an item is paid only in part</source>
        <translation>Proč je položka uhrazena jen částečně</translation>
    </message>
    <message>
        <source>Short pa&amp;yment:</source>
        <translation>N&amp;edoplatek:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Spárováno</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nespárováno</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Zaúč&amp;tovat</translation>
    </message>
    <message>
        <source>Post this payment (Ctrl+Return)</source>
        <translation>Zaúčtovat tuto platbu (Ctrl+Return)</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Žádný jednotlivý zákazník neodpovídá „%1“</translation>
    </message>
    <message>
        <source>More is applied than the payment brings</source>
        <translation>Spárováno je víc, než platba přináší</translation>
    </message>
    <message>
        <source>Stays on the account as unapplied cash</source>
        <translation>Zůstane na účtu jako nespárovaná platba</translation>
    </message>
    <message>
        <source>Nothing posted: choose a customer, type an amount and apply at most that much.</source>
        <translation>Nic nezaúčtováno: vyberte zákazníka, zadejte částku a spárujte nejvýše tolik.</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Nezaúčtováno: %1</translation>
    </message>
    <message>
        <source>Posted %1 from %2: %3 applied, %4 unapplied.</source>
        <translation>Zaúčtováno %1 od %2: spárováno %3, nespárováno %4.</translation>
    </message>
    <message>
        <source>Ta&amp;ke discount</source>
        <translation>Uplatnit s&amp;konto</translation>
    </message>
    <message>
        <source>Early-payment discount on offer for a payment on %1: %2</source>
        <translation>Skonto nabízené při platbě dne %1: %2</translation>
    </message>
    <message>
        <source>Apply each item less its discount; the discount is credited on Post</source>
        <translation>Spárovat každou položku sníženou o skonto; skonto se při zaúčtování vystaví jako dobropis</translation>
    </message>
    <message>
        <source>Crediting the discount needs the permission to post credit notes</source>
        <translation>Dobropisování skonta vyžaduje oprávnění zaúčtovat dobropisy</translation>
    </message>
    <message>
        <source>Early-payment discount credited: %1.</source>
        <translation>Skonto dobropisováno: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 until %4)</source>
        <translation>%1: %2 (%3 do %4)</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListModel</name>
    <message>
        <source>Reversed %1</source>
        <translation>Stornováno %1</translation>
    </message>
    <message>
        <source>Unapplied cash</source>
        <translation>Nespárováno</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Spárováno</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nespárováno</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Způsob</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListPage</name>
    <message>
        <source>Payments</source>
        <translation>Platby</translation>
    </message>
    <message>
        <source>Search by reference, customer code or name</source>
        <translation>Hledat podle reference, kódu nebo názvu zákazníka</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Všechny platby</translation>
    </message>
    <message>
        <source>With unapplied cash</source>
        <translation>S nespárovanou částkou</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln platba</numerusform>
            <numerusform>%Ln platby</numerusform>
            <numerusform>%Ln plateb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::PermissionMatrixModel</name>
    <message>
        <source>%1 may: %2</source>
        <translation>%1 smí: %2</translation>
    </message>
    <message>
        <source>%1 may not: %2</source>
        <translation>%1 nesmí: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>Splátkový kalendář</translation>
    </message>
    <message>
        <source>Payment plan for %1 · %2</source>
        <translation>Splátkový kalendář pro %1 · %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dnů po splatnosti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neuhrazeno</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Měsíčně</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Každé dva týdny</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Týdně</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>C&amp;reate plan</source>
        <translation>&amp;Vytvořit kalendář</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Počet splátek:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frekvence:</translation>
    </message>
    <message>
        <source>F&amp;irst instalment on:</source>
        <translation>P&amp;rvní splátka dne:</translation>
    </message>
    <message>
        <source>&amp;Down payment (%1, due today):</source>
        <translation>&amp;Akontace (%1, splatná dnes):</translation>
    </message>
    <message>
        <source>Plan total:</source>
        <translation>Celkem v kalendáři:</translation>
    </message>
    <message>
        <source>Open &amp;items on the plan:</source>
        <translation>Otevřené polo&amp;žky v kalendáři:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Rozpis splátek:</translation>
    </message>
    <message>
        <source>Tick at least one open item.</source>
        <translation>Zaškrtněte alespoň jednu otevřenou položku.</translation>
    </message>
    <message>
        <source>The down payment is not an amount.</source>
        <translation>Akontace není částka.</translation>
    </message>
    <message>
        <source>The down payment must be less than the plan total.</source>
        <translation>Akontace musí být nižší než celková částka kalendáře.</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>akontace</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>&amp;Vytisknout dohodu…</translation>
    </message>
    <message>
        <source>Payment plan #%1 agreed. Print the agreement for the customer to sign.</source>
        <translation>Splátkový kalendář #%1 sjednán. Vytiskněte dohodu, aby ji zákazník podepsal.</translation>
    </message>
    <message>
        <source>Agreement written to %1 and recorded on the account.</source>
        <translation>Dohoda zapsána do %1 a zaznamenána na účtu.</translation>
    </message>
</context>
<context>
    <name>ardesk::PortfolioWidget</name>
    <message>
        <source>Search code or name</source>
        <translation>Hledat kód nebo název</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln zákazník</numerusform>
            <numerusform>%Ln zákazníci</numerusform>
            <numerusform>%Ln zákazníků</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>Přiřadit &amp;vybrané</translation>
    </message>
    <message>
        <source>Assign in bulk by rule (every condition given must hold)</source>
        <translation>Hromadné přiřazení podle pravidla (musí platit každá zadaná podmínka)</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>např. CZ</translation>
    </message>
    <message>
        <source>e.g. de</source>
        <translation>např. cs</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>CZK</translation>
    </message>
    <message>
        <source>Assign &amp;matching</source>
        <translation>Přiřadit &amp;odpovídající</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Měna:</translation>
    </message>
    <message>
        <source>Balance from:</source>
        <translation>Saldo od:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>do:</translation>
    </message>
    <message>
        <source>Collector:</source>
        <translation>Vymáhač:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Přiřadit &amp;komu:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Všichni</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>není otevřena žádná kniha</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) assigned to %1.</source>
        <translation>
            <numerusform>%n zákazník přiřazen uživateli %1.</numerusform>
            <numerusform>%n zákazníci přiřazeni uživateli %1.</numerusform>
            <numerusform>%n zákazníků přiřazeno uživateli %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the customers to assign first.</source>
        <translation>Nejprve vyberte zákazníky k přiřazení.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ není částka.</translation>
    </message>
    <message>
        <source>Give at least a region, a language or a currency.</source>
        <translation>Zadejte alespoň region, jazyk nebo měnu.</translation>
    </message>
    <message>
        <source>Assign every customer matching the rule to %1? Their open tasks move along.</source>
        <translation>Přiřadit každého zákazníka odpovídajícího pravidlu uživateli %1? Jejich otevřené úkoly se přesunou s nimi.</translation>
    </message>
    <message>
        <source>Assign by rule</source>
        <translation>Přiřadit podle pravidla</translation>
    </message>
</context>
<context>
    <name>ardesk::ProtectBookDialog</name>
    <message>
        <source>Protect this book</source>
        <translation>Chránit tuto knihu</translation>
    </message>
    <message>
        <source>Choose the first administrator. From then on everyone signs in with their own user, and what each role may do follows the permission matrix in Settings.</source>
        <translation>Zvolte prvního administrátora. Od té chvíle se každý přihlašuje vlastním uživatelem a co smí která role, určuje matice oprávnění v Nastavení.</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Chránit</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>&amp;Heslo (alespoň 8 znaků):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Heslo zn&amp;ovu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hesla se neshodují.</translation>
    </message>
</context>
<context>
    <name>ardesk::ReleaseHoldDialog</name>
    <message>
        <source>Release credit hold</source>
        <translation>Uvolnit blokaci úvěru</translation>
    </message>
    <message>
        <source>Release the credit hold of %1? The hold and this release stay in the account&apos;s hold history.</source>
        <translation>Uvolnit blokaci úvěru zákazníka %1? Blokace i toto uvolnění zůstanou v historii blokací účtu.</translation>
    </message>
    <message>
        <source>Why the customer may have credit again (required)</source>
        <translation>Proč může zákazník znovu dostat úvěr (povinné)</translation>
    </message>
    <message>
        <source>&amp;Release hold</source>
        <translation>&amp;Uvolnit blokaci</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Dů&amp;vod:</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Oddálit (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Přiblížit (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Sestavy</translation>
    </message>
    <message>
        <source>Each report opens with a written summary of its figures against the month before, followed by its charts and tables. The print preview shows the pages of the PDF export.</source>
        <translation>Každá sestava začíná slovním shrnutím svých čísel ve srovnání s předchozím měsícem, po kterém následují grafy a tabulky. Náhled tisku zobrazuje stránky exportu do PDF.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Sestava:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;K datu:</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Kód zákazníka</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Zákazník:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Náhled tisku…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovat…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV, by the file name&apos;s extension</source>
        <translation>PDF, XLSX nebo CSV podle přípony názvu souboru</translation>
    </message>
    <message>
        <source>Reports need the permission to export reports (managers and supervisors).</source>
        <translation>Sestavy vyžadují oprávnění exportovat sestavy (manažeři a supervizoři).</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Sestavu nelze vytvořit: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Náhled tisku: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportovat sestavu</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Sešit Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf, .xlsx or .csv</source>
        <translation>%1: název musí končit na .pdf, .xlsx nebo .csv</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Sestava nebyla zapsána: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Zapsáno do %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewDialog</name>
    <message>
        <source>Credit review of %1 · %2</source>
        <translation>Úvěrová revize %1 · %2</translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>limit nenastaven</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>neurčena</translation>
    </message>
    <message>
        <source>%1 (balance %2)</source>
        <translation>%1 (saldo %2)</translation>
    </message>
    <message>
        <source>Credit limit now: %1 · Risk class: %2 · Last review: %3</source>
        <translation>Současný úvěrový limit: %1 · Riziková třída: %2 · Poslední revize: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Due now: the agency score dropped (%1).</source>
        <translation>Revize je na řadě nyní: skóre agentury kleslo (%1).</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Ponechat beze změny</translation>
    </message>
    <message>
        <source>Raise the limit</source>
        <translation>Zvýšit limit</translation>
    </message>
    <message>
        <source>Lower the limit</source>
        <translation>Snížit limit</translation>
    </message>
    <message>
        <source>Change the risk class</source>
        <translation>Změnit rizikovou třídu</translation>
    </message>
    <message>
        <source>Temporary increase</source>
        <translation>Dočasné zvýšení</translation>
    </message>
    <message>
        <source>What the decision rests on (accounts, agency report, payment history)</source>
        <translation>Na čem rozhodnutí stojí (účetní závěrky, zpráva agentury, platební historie)</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Zaznamenat revizi</translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Úvěrové revize zaznamenává jen manažer</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Rozhodnutí:</translation>
    </message>
    <message>
        <source>New &amp;limit (%1):</source>
        <translation>Nový &amp;limit (%1):</translation>
    </message>
    <message>
        <source>New risk &amp;class:</source>
        <translation>Nová riziková &amp;třída:</translation>
    </message>
    <message>
        <source>&amp;Temporary limit (%1):</source>
        <translation>Dočasný li&amp;mit (%1):</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Do (včetně):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Poznámky:</translation>
    </message>
    <message>
        <source>New limit: not an amount</source>
        <translation>Nový limit: není částka</translation>
    </message>
    <message>
        <source>Temporary limit: not an amount</source>
        <translation>Dočasný limit: není částka</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewQueueWidget</name>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Poslední revize</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>Provést &amp;revizi…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>Otevřít ú&amp;čet</translation>
    </message>
    <message>
        <source>agency score dropped: %1</source>
        <translation>skóre agentury kleslo: %1</translation>
    </message>
    <message>
        <source>review interval</source>
        <translation>interval revizí</translation>
    </message>
    <message>
        <source>first review</source>
        <translation>první revize</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message numerus="yes">
        <source>%n credit review(s) due on or before %1.</source>
        <translation>
            <numerusform>%n úvěrová revize s termínem do %1 včetně.</numerusform>
            <numerusform>%n úvěrové revize s termínem do %1 včetně.</numerusform>
            <numerusform>%n úvěrových revizí s termínem do %1 včetně.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Úvěrové revize zaznamenává jen manažer</translation>
    </message>
</context>
<context>
    <name>ardesk::SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Přidat uživatele…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivovat</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Nastavit &amp;heslo…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Oprávnění</translation>
    </message>
    <message>
        <source>The check recomputes the hash chain of every posted table and the ledger rules (open amounts, unapplied cash and credits, as of every date) from the event history. A book that was changed behind ardesk&apos;s back fails it.</source>
        <translation>Kontrola z historie událostí znovu spočítá řetězec hashů každé účtované tabulky a účetní pravidla (neuhrazené částky, nespárované platby a dobropisy, ke každému datu). Kniha, která byla změněna mimo ardesk, kontrolou neprojde.</translation>
    </message>
    <message>
        <source>&amp;Check the book</source>
        <translation>&amp;Zkontrolovat knihu</translation>
    </message>
    <message>
        <source>Book check</source>
        <translation>Kontrola knihy</translation>
    </message>
    <message>
        <source>Tick what each role may do. Administrators keep every permission. Each change is recorded in the audit log.</source>
        <translation>Zaškrtněte, co smí která role. Administrátoři si ponechávají všechna oprávnění. Každá změna se zapisuje do auditního protokolu.</translation>
    </message>
    <message>
        <source>What each role may do. Only an administrator changes it.</source>
        <translation>Co smí která role. Měnit to může jen administrátor.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Přidat uživatele</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktivovat uživatele</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their history stays.</source>
        <translation>Deaktivovat %1 (%2)? Uživatel se už nebude moci přihlásit; jeho historie zůstane.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Nastavit heslo</translation>
    </message>
    <message>
        <source>New password for %1 (8 characters or more):</source>
        <translation>Nové heslo pro %1 (alespoň 8 znaků):</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>Kontrolu nelze spustit: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontroluje se…</translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation>Kontroluje se kniha…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kontrola byla zrušena.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Kontrola selhala: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: řádků: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book is sound.&lt;/b&gt; Every hash chain and ledger rule checks out.</source>
        <translation>&lt;b&gt;Kniha je v pořádku.&lt;/b&gt; Všechny řetězce hashů i účetní pravidla souhlasí.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The book fails the check.&lt;/b&gt; First problem: %1 (%2, row %3). %n problem(s) in all.</source>
        <translation>
            <numerusform>&lt;b&gt;Kniha kontrolou neprošla.&lt;/b&gt; První problém: %1 (%2, řádek %3). Celkem %n problém.</numerusform>
            <numerusform>&lt;b&gt;Kniha kontrolou neprošla.&lt;/b&gt; První problém: %1 (%2, řádek %3). Celkem %n problémy.</numerusform>
            <numerusform>&lt;b&gt;Kniha kontrolou neprošla.&lt;/b&gt; První problém: %1 (%2, řádek %3). Celkem %n problémů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>Změnit &amp;své heslo…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Změnit své heslo</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Současné heslo:</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>Nové heslo (alespoň 8 znaků):</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Nové heslo znovu:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>Nová hesla se neshodují; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Vaše heslo bylo změněno.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>&amp;One-time code…</source>
        <translation>&amp;Jednorázový kód…</translation>
    </message>
    <message>
        <source>A code the user signs in with once, to choose a password: for imported users and forgotten passwords</source>
        <translation>Kód, kterým se uživatel jednou přihlásí, aby si zvolil heslo: pro importované uživatele a zapomenutá hesla</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Jednorázový kód</translation>
    </message>
    <message>
        <source>Issue a one-time code for %1? It is shown once; %1 signs in with it and must choose a new password. An earlier code stops working.</source>
        <translation>Vydat jednorázový kód pro %1? Zobrazí se jen jednou; %1 se jím přihlásí a musí si zvolit nové heslo. Dřívější kód přestane platit.</translation>
    </message>
    <message>
        <source>One-time code for &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — valid until %3 or until %1 sets a password. Give it to %1 now: it is not shown again.</source>
        <translation>Jednorázový kód pro &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — platí do %3 nebo dokud si %1 nenastaví heslo. Předejte ho %1 hned: znovu se nezobrazí.</translation>
    </message>
    <message>
        <source>Credit policies</source>
        <translation>Úvěrové politiky</translation>
    </message>
    <message>
        <source>Collection strategies</source>
        <translation>Strategie vymáhání</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>Úroky a poplatky</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Šablony dopisů</translation>
    </message>
    <message>
        <source>Sender and payment</source>
        <translation>Odesílatel a platba</translation>
    </message>
</context>
<context>
    <name>ardesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>Every shortcut of this window. The text fields also take the usual editing keys (cut, copy, paste, undo).</source>
        <translation>Všechny klávesové zkratky tohoto okna. Textová pole navíc přijímají obvyklé editační klávesy (vyjmout, kopírovat, vložit, zpět).</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Zkratka</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Příkaz</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(bez nabídky)</translation>
    </message>
</context>
<context>
    <name>ardesk::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Přihlášení — %1</translation>
    </message>
    <message>
        <source>%1 is protected. Sign in with your ardesk user.</source>
        <translation>%1 je chráněná. Přihlaste se svým uživatelem ardesk.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Přihlásit se</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Uživatel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Your one-time code is accepted. Choose your own password now (8 characters or more); the code cannot be used again.</source>
        <translation>Váš jednorázový kód byl přijat. Nyní si zvolte vlastní heslo (alespoň 8 znaků); kód už nelze znovu použít.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nové heslo:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Zopakovat:</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Nastavit heslo a přihlásit se</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Obě nová hesla se liší.</translation>
    </message>
</context>
<context>
    <name>ardesk::StaffPerformanceView</name>
    <message>
        <source>Staff performance</source>
        <translation>Výkonnost pracovníků</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Týden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>Nastavit cíl…</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Vymáhač</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neuhrazeno</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>RPC %</source>
        <translation>RPC %</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Přísliby</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>Splněno %</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Vybráno</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Plnění %</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Splněné úkoly</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Úkoly po termínu</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalace</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Stížnosti</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Výpočet…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Ukazatele nelze vypočítat: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 až %2</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(bez vymáhače)</translation>
    </message>
    <message>
        <source>Select a collector to see the trend</source>
        <translation>Vývoj zobrazíte výběrem vymáhače</translation>
    </message>
    <message>
        <source>%1: collected by month against target (%2)</source>
        <translation>%1: vybráno po měsících oproti cíli (%2)</translation>
    </message>
    <message>
        <source>Select a collector first.</source>
        <translation>Nejprve vyberte vymáhače.</translation>
    </message>
    <message>
        <source>Customers without a collector have no target.</source>
        <translation>Zákazníci bez vymáhače nemají cíl.</translation>
    </message>
    <message>
        <source>Collection target of %1</source>
        <translation>Cíl vymáhání pro %1</translation>
    </message>
    <message>
        <source>Every month (standing target)</source>
        <translation>Každý měsíc (trvalý cíl)</translation>
    </message>
    <message>
        <source>amount in %1; 0 removes the target</source>
        <translation>částka v %1; 0 cíl odstraní</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Cíl (%1)</translation>
    </message>
    <message>
        <source>Collection target</source>
        <translation>Cíl vymáhání</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ není částka.</translation>
    </message>
</context>
<context>
    <name>ardesk::StrategyEditor</name>
    <message>
        <source>Reminder e-mail</source>
        <translation>Připomínka e-mailem</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Upomínka, 1. stupeň</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Upomínka, 2. stupeň</translation>
    </message>
    <message>
        <source>Dunning letter, level 3 (final demand)</source>
        <translation>Upomínka, 3. stupeň (předžalobní výzva)</translation>
    </message>
    <message>
        <source>Call task</source>
        <translation>Úkol: hovor</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalace</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blokace úvěru</translation>
    </message>
    <message>
        <source>Agency referral review</source>
        <translation>Posouzení předání inkasní agentuře</translation>
    </message>
    <message>
        <source>Write-off review</source>
        <translation>Posouzení odpisu</translation>
    </message>
    <message>
        <source>&amp;New strategy</source>
        <translation>&amp;Nová strategie</translation>
    </message>
    <message>
        <source>A customer follows its policy&apos;s strategy, else the one for its segment, else the one for its risk class, else the default (no segment, no class).</source>
        <translation>Zákazník se řídí strategií své politiky, jinak strategií svého segmentu, jinak strategií své rizikové třídy, jinak výchozí strategií (bez segmentu, bez třídy).</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>libovolný segment</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Libovolná</translation>
    </message>
    <message>
        <source>Active (the run follows it)</source>
        <translation>Aktivní (běh se jí řídí)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ná&amp;zev:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Riziková třída:</translation>
    </message>
    <message>
        <source>Days from the due date</source>
        <translation>Dny od data splatnosti</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Přidat krok</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>&amp;Odebrat krok</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Posunout na&amp;horu</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Posunout &amp;dolů</translation>
    </message>
    <message>
        <source>Negative days come before the due date (a friendly reminder). List the steps in order of days. Changing a step that already ran does not run it again; a step added before steps already taken is not sent backwards.</source>
        <translation>Záporné dny předcházejí datu splatnosti (přátelská připomínka). Kroky uveďte v pořadí podle dnů. Změna kroku, který již proběhl, jej znovu nespustí; krok přidaný před již provedené kroky se zpětně neodešle.</translation>
    </message>
    <message>
        <source>&amp;Save strategy</source>
        <translation>&amp;Uložit strategii</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>třída %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>výchozí</translation>
    </message>
    <message>
        <source>through a policy</source>
        <translation>přes politiku</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (neaktivní)</translation>
    </message>
    <message>
        <source>Only a manager changes collection strategies; you can read them here.</source>
        <translation>Strategie vymáhání mění jen manažer; zde si je můžete prohlédnout.</translation>
    </message>
    <message>
        <source>Days from the due date, step %1</source>
        <translation>Dny od data splatnosti, krok %1</translation>
    </message>
    <message>
        <source>Action, step %1</source>
        <translation>Akce, krok %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Neuloženo: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Strategy %1 saved.</source>
        <translation>Strategie %1 uložena.</translation>
    </message>
</context>
<context>
    <name>ardesk::TeamQueuesWidget</name>
    <message>
        <source>Queue of</source>
        <translation>Fronta uživatele</translation>
    </message>
    <message>
        <source>Items due</source>
        <translation>Splatné položky</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Účty</translation>
    </message>
    <message>
        <source>Promises
due today</source>
        <translation>Přísliby
splatné dnes</translation>
    </message>
    <message>
        <source>With broken
promises</source>
        <translation>S nesplněnými
přísliby</translation>
    </message>
    <message>
        <source>Dispute
items</source>
        <translation>Položky
sporů</translation>
    </message>
    <message>
        <source>Escalation
items</source>
        <translation>Položky
eskalací</translation>
    </message>
    <message>
        <source>Most days
past due</source>
        <translation>Nejvíce dnů
po splatnosti</translation>
    </message>
    <message>
        <source>Overdue on these accounts</source>
        <translation>Po splatnosti na těchto účtech</translation>
    </message>
    <message>
        <source>Enter or double-click: open that queue</source>
        <translation>Enter nebo dvojklik: otevřít tuto frontu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Read every queue again (F5)</source>
        <translation>Znovu načíst všechny fronty (F5)</translation>
    </message>
    <message>
        <source>&amp;Open queue</source>
        <translation>Otevřít f&amp;rontu</translation>
    </message>
    <message>
        <source>Reading every queue…</source>
        <translation>Načítají se všechny fronty…</translation>
    </message>
    <message>
        <source>The queues could not be read: %1</source>
        <translation>Fronty se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln fronta</numerusform>
            <numerusform>%Ln fronty</numerusform>
            <numerusform>%Ln front</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln splatná položka</numerusform>
            <numerusform>%Ln splatné položky</numerusform>
            <numerusform>%Ln splatných položek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingPanel</name>
    <message>
        <source>TRAINING</source>
        <translation>ŠKOLENÍ</translation>
    </message>
    <message>
        <source>This is a practice copy of the demo book: post, reverse, call and promise as you like. Nothing here touches real data, and the copy is deleted when you end the practice.</source>
        <translation>Toto je cvičná kopie ukázkové knihy: účtujte, stornujte, volejte a přijímejte přísliby, jak chcete. Nic zde se nedotkne skutečných dat a kopie se smaže, když procvičování ukončíte.</translation>
    </message>
    <message>
        <source>First day &amp;as:</source>
        <translation>První den &amp;jako:</translation>
    </message>
    <message>
        <source>&amp;End practice</source>
        <translation>&amp;Ukončit procvičování</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All done: a good first day.</source>
        <translation>Vše hotovo: dobrý první den.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Hotovo %1 z %2</translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingTitleMarker</name>
    <message>
        <source>TRAINING — </source>
        <translation>ŠKOLENÍ — </translation>
    </message>
</context>
<context>
    <name>ardesk::UserGuideViewer</name>
    <message>
        <source>ardesk user guide</source>
        <translation>Uživatelská příručka ardesk</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is the file user-guide.md of ardesk&apos;s documentation (share/doc/ardesk in the installation).</source>
        <translation>Uživatelská příručka není na tomto počítači nainstalována. Je to soubor user-guide.md z dokumentace ardesk (share/doc/ardesk v instalaci).</translation>
    </message>
</context>
<context>
    <name>ardesk::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivován</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nenastaveno</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Nastaveno</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>One-time code issued</source>
        <translation>Jednorázový kód vydán</translation>
    </message>
    <message>
        <source>Set; one-time code issued</source>
        <translation>Nastaveno; jednorázový kód vydán</translation>
    </message>
</context>
<context>
    <name>ardesk::WorklistModel</name>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Kontrola příslibu</translation>
    </message>
    <message>
        <source>Dispute follow-up</source>
        <translation>Kontrola sporu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revize</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalace</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Po splatnosti %1</translation>
    </message>
    <message numerus="yes">
        <source>Oldest item %n day(s) past due</source>
        <translation>
            <numerusform>Nejstarší položka %n den po splatnosti</numerusform>
            <numerusform>Nejstarší položka %n dny po splatnosti</numerusform>
            <numerusform>Nejstarší položka %n dnů po splatnosti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s) in the last 90 days</source>
        <translation>
            <numerusform>%n nesplněný příslib za posledních 90 dnů</numerusform>
            <numerusform>%n nesplněné přísliby za posledních 90 dnů</numerusform>
            <numerusform>%n nesplněných příslibů za posledních 90 dnů</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise falls due today</source>
        <translation>Dnes je splatný příslib</translation>
    </message>
    <message>
        <source>No promise due today</source>
        <translation>Dnes není splatný žádný příslib</translation>
    </message>
    <message>
        <source>Risk class not rated</source>
        <translation>Riziková třída neurčena</translation>
    </message>
    <message>
        <source>Risk class %1</source>
        <translation>Riziková třída %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Points of the score from this part (hover a cell for the figure)</source>
        <translation>Body skóre z této části (číslo zobrazíte najetím na buňku)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úkol</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Overdue
points</source>
        <translation>Po splatnosti
(body)</translation>
    </message>
    <message>
        <source>Days late
points</source>
        <translation>Dny prodlení
(body)</translation>
    </message>
    <message>
        <source>Broken
promises</source>
        <translation>Nesplněné
přísliby</translation>
    </message>
    <message>
        <source>Promise
due today</source>
        <translation>Příslib
splatný dnes</translation>
    </message>
    <message>
        <source>Risk
points</source>
        <translation>Riziko
(body)</translation>
    </message>
    <message>
        <source>Balance
points</source>
        <translation>Saldo
(body)</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>BLOKOVÁNO: %1</translation>
    </message>
    <message>
        <source>On credit hold since %1</source>
        <translation>Blokace úvěru od %1</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blokace úvěru</translation>
    </message>
</context>
<context>
    <name>ardesk::WriteOffRequestDialog</name>
    <message>
        <source>Request write-off</source>
        <translation>Požádat o odpis</translation>
    </message>
    <message>
        <source>Invoice %1 has %2 open. The write-off is posted only when an approver whose limit covers the amount approves it.</source>
        <translation>Faktura %1 má neuhrazeno %2. Odpis se zaúčtuje, až jej schválí schvalovatel, jehož limit částku pokrývá.</translation>
    </message>
    <message>
        <source>e.g. customer insolvent, claim filed with the administrator</source>
        <translation>např. zákazník v insolvenci, pohledávka přihlášena u insolvenčního správce</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Požádat</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>Čá&amp;stka (%1):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Dů&amp;vod:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>backup needs --out FILE</source>
        <translation>backup vyžaduje --out FILE</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>%1 zálohováno do %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 vyžaduje hodnotu</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>neočekávaný argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;ardesk-cli --help&apos;.</source>
        <translation>Zkuste &apos;ardesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--book FILE is required</source>
        <translation>--book FILE je povinné</translation>
    </message>
    <message>
        <source>%1 is protected: give --user LOGIN (password from ARDESK_PASSWORD or a prompt)</source>
        <translation>%1 je chráněná: zadejte --user LOGIN (heslo z ARDESK_PASSWORD nebo z dotazu)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Heslo pro %1: </translation>
    </message>
    <message>
        <source>no password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>chybí heslo: nastavte ARDESK_PASSWORD nebo spusťte v terminálu</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nebyl zadán příkaz</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>neznámý příkaz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: &apos;%1&apos; není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>--basis must be due or invoice</source>
        <translation>--basis musí být due nebo invoice</translation>
    </message>
    <message>
        <source>--buckets: %1</source>
        <translation>--buckets: %1</translation>
    </message>
    <message>
        <source>--by must be total or customer</source>
        <translation>--by musí být total nebo customer</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format musí být table, csv nebo json</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>zákazník</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>měna</translation>
    </message>
    <message>
        <source>total</source>
        <translation>celkem</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>ve sporu</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>nespárováno</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>CELKEM</translation>
    </message>
    <message>
        <source>Aging as of %1 (by %2 date)</source>
        <translation>Věková struktura pohledávek k %1 (podle data %2)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>splatnosti</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>vystavení</translation>
    </message>
    <message>
        <source>(nothing open)</source>
        <translation>(nic neuhrazeno)</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Heslo pro administrátora %1: </translation>
    </message>
    <message>
        <source>init --admin needs a password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>init --admin vyžaduje heslo: nastavte ARDESK_PASSWORD nebo spusťte v terminálu</translation>
    </message>
    <message>
        <source>created %1 (schema %2)</source>
        <translation>vytvořeno %1 (schéma %2)</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format musí být table nebo json</translation>
    </message>
    <message>
        <source>book           %1</source>
        <translation>kniha          %1</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>verze schématu %1</translation>
    </message>
    <message>
        <source>customers      %1</source>
        <translation>zákazníci      %1</translation>
    </message>
    <message>
        <source>invoices       %1</source>
        <translation>faktury        %1</translation>
    </message>
    <message>
        <source>credit notes   %1</source>
        <translation>dobropisy      %1</translation>
    </message>
    <message>
        <source>payments       %1</source>
        <translation>platby         %1</translation>
    </message>
    <message>
        <source>allocations    %1</source>
        <translation>párování       %1</translation>
    </message>
    <message>
        <source>users          %1</source>
        <translation>uživatelé      %1</translation>
    </message>
    <message>
        <source>protected      %1</source>
        <translation>chráněná       %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>import needs what to import: customers, invoices, payments, users, portfolios or promises</source>
        <translation>import vyžaduje, co importovat: customers, invoices, payments, users, portfolios nebo promises</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use customers, invoices, payments, users, portfolios or promises</source>
        <translation>&apos;%1&apos; nelze importovat: použijte customers, invoices, payments, users, portfolios nebo promises</translation>
    </message>
    <message>
        <source>import %1 needs a CSV file</source>
        <translation>import %1 vyžaduje soubor CSV</translation>
    </message>
    <message>
        <source>--auto-apply is for payments only</source>
        <translation>--auto-apply je jen pro payments</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: soubor neexistuje</translation>
    </message>
    <message>
        <source>writing %1%</source>
        <translation>zapisuje se %1%</translation>
    </message>
    <message>
        <source>checking %1%</source>
        <translation>kontroluje se %1%</translation>
    </message>
    <message>
        <source>%1: %2 rows are valid (dry run: nothing was written)</source>
        <translation>%1: platných řádků: %2 (zkušební běh: nic nebylo zapsáno)</translation>
    </message>
    <message>
        <source>%1: imported %2 %3 in %4 s</source>
        <translation>%1: importováno %2 %3 za %4 s</translation>
    </message>
    <message>
        <source> (%1 allocations)</source>
        <translation> (párování: %1)</translation>
    </message>
    <message>
        <source>post needs what to post: payment</source>
        <translation>post vyžaduje, co zaúčtovat: payment</translation>
    </message>
    <message>
        <source>post payment needs --customer, --amount, --currency and --date</source>
        <translation>post payment vyžaduje --customer, --amount, --currency a --date</translation>
    </message>
    <message>
        <source>give either --invoice or --auto-apply, not both</source>
        <translation>zadejte buď --invoice, nebo --auto-apply, ne obojí</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &apos;%1&apos; není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format musí být text nebo json</translation>
    </message>
    <message>
        <source>payment %1 posted: %2 applied, %3 unapplied</source>
        <translation>platba %1 zaúčtována: spárováno %2, nespárováno %3</translation>
    </message>
    <message>
        <source>users %1 needs a LOGIN</source>
        <translation>users %1 vyžaduje LOGIN</translation>
    </message>
    <message>
        <source>users add LOGIN needs --name NAME and --role ROLE</source>
        <translation>users add LOGIN vyžaduje --name NAME a --role ROLE</translation>
    </message>
    <message>
        <source>--role must be one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>--role musí být jedno z admin, manager, supervisor, collector, clerk, auditor</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>neaktivní</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>bez hesla</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>heslo nastaveno</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>uživatel %1 přidán</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>uživatel %1 deaktivován</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nové heslo pro %1: </translation>
    </message>
    <message>
        <source>no new password: set ARDESK_NEW_PASSWORD or run on a terminal</source>
        <translation>chybí nové heslo: nastavte ARDESK_NEW_PASSWORD nebo spusťte v terminálu</translation>
    </message>
    <message>
        <source>password of %1 set</source>
        <translation>heslo uživatele %1 nastaveno</translation>
    </message>
    <message>
        <source>import bank needs a bank statement file</source>
        <translation>import bank vyžaduje soubor bankovního výpisu</translation>
    </message>
    <message>
        <source>--format must be camt053 or csv, not &apos;%1&apos;</source>
        <translation>--format musí být camt053 nebo csv, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: rejected, nothing was imported</source>
        <translation>%1: odmítnuto, nic nebylo importováno</translation>
    </message>
    <message>
        <source>--task must be one of %1</source>
        <translation>--task musí být jedno z %1</translation>
    </message>
    <message>
        <source>worklist: give --user LOGIN (whose queue)</source>
        <translation>worklist: zadejte --user LOGIN (čí fronta)</translation>
    </message>
    <message>
        <source>(nothing to do)</source>
        <translation>(nic k práci)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>task</source>
        <translation>úkol</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skóre</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po splatnosti</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dní</translation>
    </message>
    <message>
        <source>promises: give an action (evaluate)</source>
        <translation>promises: zadejte akci (evaluate)</translation>
    </message>
    <message>
        <source>promises: unknown action &apos;%1&apos; (evaluate)</source>
        <translation>promises: neznámá akce &apos;%1&apos; (evaluate)</translation>
    </message>
    <message>
        <source>--grace: &apos;%1&apos; is not a number of days (0-365)</source>
        <translation>--grace: &apos;%1&apos; není počet dní (0-365)</translation>
    </message>
    <message>
        <source>Promises to pay as of %1 (grace %2 days): %3 kept, %4 partial, %5 broken, %6 pending; %7 follow-up task(s) created</source>
        <translation>Přísliby platby k %1 (dny tolerance: %2): splněno %3, částečně %4, nesplněno %5, čeká %6; vytvořeno následných úkolů: %7</translation>
    </message>
    <message>
        <source>(no promises)</source>
        <translation>(žádné přísliby)</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>přijat</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>přislíbeno</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>částka</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>uhrazeno</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stav</translation>
    </message>
    <message>
        <source>kept on</source>
        <translation>splněn dne</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to 1000000</source>
        <translation>--customers musí být číslo od 1 do 1000000</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed musí být celé číslo</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--today: &apos;%1&apos; není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>generating %1%</source>
        <translation>generuje se %1%</translation>
    </message>
    <message>
        <source>demo book: %1 customers, %2 invoices, %3 payments, %4 promises, %5 users in %6 s</source>
        <translation>ukázková kniha: zákazníků %1, faktur %2, plateb %3, příslibů %4, uživatelů %5 za %6 s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>neurčeno</translation>
    </message>
    <message>
        <source>--months: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--months: &apos;%1&apos; není celé číslo od 1 do %2</translation>
    </message>
    <message>
        <source>--by must be total, collector, segment or risk</source>
        <translation>--by musí být total, collector, segment nebo risk</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>countback</source>
        <translation>zpětný výpočet</translation>
    </message>
    <message>
        <source>best DSO</source>
        <translation>nejlepší DSO</translation>
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
        <translation>ve splatnosti %</translation>
    </message>
    <message>
        <source>days to pay</source>
        <translation>dny do úhrady</translation>
    </message>
    <message>
        <source>kept %</source>
        <translation>splněno %</translation>
    </message>
    <message>
        <source>partial %</source>
        <translation>částečně %</translation>
    </message>
    <message>
        <source>bad debt %</source>
        <translation>odpisy %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>KPIs as of %1, %2 month(s) from %3 (%4 days)</source>
        <translation>Ukazatele KPI k %1, měsíců: %2 od %3 (%4 dní)</translation>
    </message>
    <message>
        <source>(nothing in the period)</source>
        <translation>(v období nic)</translation>
    </message>
    <message>
        <source>--as-of YYYY-MM-DD is required</source>
        <translation>--as-of RRRR-MM-DD je povinné</translation>
    </message>
    <message>
        <source>%1: imported %2 rates (%3 new, %4 replaced)</source>
        <translation>%1: importováno referenčních sazeb: %2 (nových %3, nahrazených %4)</translation>
    </message>
    <message>
        <source>%1: imported %2 agency scores (%3 credit reviews opened)</source>
        <translation>%1: importováno skóre agentur: %2 (otevřeno úvěrových revizí: %3)</translation>
    </message>
    <message>
        <source>Late-payment interest as of %1</source>
        <translation>Úroky z prodlení k %1</translation>
    </message>
    <message>
        <source>strategies needs a subcommand: run</source>
        <translation>strategies vyžaduje podpříkaz: run</translation>
    </message>
    <message>
        <source>unknown strategies subcommand &apos;%1&apos;</source>
        <translation>neznámý podpříkaz strategies &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Strategy run as of %1</source>
        <translation>Běh strategií k %1</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>vytvořeno:</translation>
    </message>
    <message>
        <source>skipped:</source>
        <translation>přeskočeno:</translation>
    </message>
    <message>
        <source>copy needs --to FILE or --to postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>copy vyžaduje --to FILE nebo --to postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR je povinné</translation>
    </message>
    <message>
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>výpis z účtu</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>dopis</translation>
    </message>
    <message>
        <source>report: which report? One of %1</source>
        <translation>report: která sestava? Jedna z %1</translation>
    </message>
    <message>
        <source>report: unknown report &apos;%1&apos; (one of %2)</source>
        <translation>report: neznámá sestava &apos;%1&apos; (jedna z %2)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE je povinné</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf</source>
        <translation>--format musí být csv, xlsx nebo pdf</translation>
    </message>
    <message>
        <source>report statement needs --customer CODE</source>
        <translation>report statement vyžaduje --customer CODE</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1: zapsáno</translation>
    </message>
    <message>
        <source>users needs list, add, deactivate, set-password or one-time-code</source>
        <translation>users vyžaduje list, add, deactivate, set-password nebo one-time-code</translation>
    </message>
    <message>
        <source>one-time code for %1, valid until %2 UTC or until %1 sets a password; it is shown only this once</source>
        <translation>jednorázový kód pro %1, platí do %2 UTC nebo dokud si %1 nenastaví heslo; zobrazí se jen tentokrát</translation>
    </message>
    <message numerus="yes">
        <source>Queue of %1 as of %2: %n item(s)</source>
        <translation>
            <numerusform>Fronta uživatele %1 k %2: %n položka</numerusform>
            <numerusform>Fronta uživatele %1 k %2: %n položky</numerusform>
            <numerusform>Fronta uživatele %1 k %2: %n položek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %1 to %2: %n row(s)</source>
        <translation>
            <numerusform>%1 zkopírováno do %2: %n řádek</numerusform>
            <numerusform>%1 zkopírováno do %2: %n řádky</numerusform>
            <numerusform>%1 zkopírováno do %2: %n řádků</numerusform>
        </translation>
    </message>
    <message>
        <source>credit control: %1 policies, %2 customers given their class&apos;s policy, %3 payment plans, %4 credit holds, %5 reference rates</source>
        <translation>úvěrové řízení: politik %1, zákazníků s politikou své třídy %2, splátkových kalendářů %3, blokací úvěru %4, referenčních sazeb %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown</source>
        <translation>
            <numerusform>%1: %n další nezobrazený problém</numerusform>
            <numerusform>%1: %n další nezobrazené problémy</numerusform>
            <numerusform>%1: %n dalších nezobrazených problémů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected, nothing was imported (%n problem(s))</source>
        <translation>
            <numerusform>%1: odmítnuto, nic nebylo importováno (%n problém)</numerusform>
            <numerusform>%1: odmítnuto, nic nebylo importováno (%n problémy)</numerusform>
            <numerusform>%1: odmítnuto, nic nebylo importováno (%n problémů)</numerusform>
        </translation>
    </message>
    <message>
        <source>customer</source>
        <comment>interest table header</comment>
        <translation>zákazník</translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>interest table header</comment>
        <translation>faktura</translation>
    </message>
    <message>
        <source>due</source>
        <comment>interest table header</comment>
        <translation>splatnost</translation>
    </message>
    <message>
        <source>open</source>
        <comment>interest table header</comment>
        <translation>neuhrazeno</translation>
    </message>
    <message>
        <source>days</source>
        <comment>interest table header</comment>
        <translation>dní</translation>
    </message>
    <message>
        <source>rate %</source>
        <comment>interest table header</comment>
        <translation>sazba %</translation>
    </message>
    <message>
        <source>interest</source>
        <comment>interest table header</comment>
        <translation>úrok</translation>
    </message>
    <message>
        <source>compensation</source>
        <comment>interest table header</comment>
        <translation>náhrada</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %1 (%2 row %3); %n problem(s) in all</source>
        <translation>
            <numerusform>SELHALO: %1 (%2, řádek %3); celkem %n problém</numerusform>
            <numerusform>SELHALO: %1 (%2, řádek %3); celkem %n problémy</numerusform>
            <numerusform>SELHALO: %1 (%2, řádek %3); celkem %n problémů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interest posted as of %1: %n debit note(s)</source>
        <translation>
            <numerusform>Úroky zaúčtované k %1: %n vrubopis</numerusform>
            <numerusform>Úroky zaúčtované k %1: %n vrubopisy</numerusform>
            <numerusform>Úroky zaúčtované k %1: %n vrubopisů</numerusform>
        </translation>
    </message>
    <message>
        <source>not posted: %1</source>
        <translation>nezaúčtováno: %1</translation>
    </message>
    <message>
        <source>plan-agreement: --plan ID is required</source>
        <translation>plan-agreement: --plan ID je povinný</translation>
    </message>
    <message>
        <source>--plan: &apos;%1&apos; is not a plan number</source>
        <translation>--plan: &apos;%1&apos; není číslo splátkového kalendáře</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf je povinný</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: soubor nelze zapsat (%2)</translation>
    </message>
    <message>
        <source>--take-discount needs --invoice</source>
        <translation>--take-discount vyžaduje --invoice</translation>
    </message>
    <message>
        <source>early-payment discount credited: %1</source>
        <translation>skonto dobropisováno: %1</translation>
    </message>
    <message>
        <source>policy set-terms needs NAME and TERMS (such as &quot;30/60/90&quot;; &quot;none&quot; removes them)</source>
        <translation>policy set-terms potřebuje NÁZEV a PODMÍNKY (například „30/60/90“; „none“ je odstraní)</translation>
    </message>
    <message>
        <source>policy set-terms: NAME is empty</source>
        <translation>policy set-terms: NÁZEV je prázdný</translation>
    </message>
    <message>
        <source>policy %1: no instalment terms</source>
        <translation>politika %1: bez splátkových podmínek</translation>
    </message>
    <message>
        <source>policy %1: instalment terms %2</source>
        <translation>politika %1: splátkové podmínky %2</translation>
    </message>
    <message>
        <source>policy needs what to do: set-terms</source>
        <translation>policy potřebuje akci: set-terms</translation>
    </message>
    <message>
        <source>unknown policy command &apos;%1&apos;</source>
        <translation>neznámý příkaz policy „%1“</translation>
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
        <translation>Použití: ardesk-cli --book FILE [--user LOGIN] [--lang xx] COMMAND [OPTIONS]

Příkazy:
  init [--admin LOGIN [--name NAME]]    vytvoří novou, prázdnou knihu (s --admin: chráněnou;
                                        heslo se vezme z ARDESK_PASSWORD nebo z dotazu)
  info [--format table|json]            počty a verze schématu
  import customers|invoices|payments|users|portfolios|promises FILE.csv
         [--dry-run] [--auto-apply]     import CSV, všechno nebo nic
  aging --as-of RRRR-MM-DD [--basis due|invoice] [--buckets 30,60,90]
         [--by total|customer] [--format table|csv|json]
  demo --customers N [--seed S] [--today RRRR-MM-DD]
                                        naplní prázdnou knihu syntetickou firmou
  import bank FILE [--format camt053|csv] [--mapping NAME|FILE.json] [--post]
                                        spáruje bankovní výpis s knihou (docs/formats.md)
  post payment --customer CODE --amount A --currency C --date D [--invoice N [--take-discount] | --auto-apply]
  worklist [--user LOGIN] --as-of RRRR-MM-DD [--format table|json]
  promises evaluate --as-of RRRR-MM-DD [--grace N] [--format table|json]
  kpi --as-of RRRR-MM-DD [--months N] [--by total|collector|segment|risk] [--format table|json]
  import rates|agency-scores FILE.csv   referenční sazby (region,valid_from,rate_percent) nebo
                                        skóre agentur (customer_code,agency,score,rating,date)
  interest --as-of RRRR-MM-DD [--format table|json]
                                        úroky z prodlení a náhrada nákladů u každé faktury po splatnosti
  interest --as-of RRRR-MM-DD --post [--format table|json]
                                        zaúčtuje je jako vrubopisy tam, kde to stanoví politika
  strategies run --as-of RRRR-MM-DD [--format table|json]
                                        vytvoří splatné vymáhací kroky (dopisy, úkoly, blokace)
  policy set-terms NÁZEV PODMÍNKY       splátkové podmínky úvěrové politiky („30/60/90“;
                                        „none“ je odstraní)
  backup --out FILE2                    konzistentní kopie knihy
  statements --as-of RRRR-MM-DD --out DIR
                                        jeden výpis z účtu (PDF) pro každého zákazníka, kterému má být zaslán
  letters --as-of RRRR-MM-DD --out DIR  vygeneruje splatné připomínky a upomínky (PDF)
  plan-agreement --plan ID --out FILE.pdf
                                        dohoda o splátkovém kalendáři (PDF)
  report NAME --as-of RRRR-MM-DD [--customer CODE] --format csv|xlsx|pdf --out FILE
                                        aging-summary, aging-detail, statement, collector-performance,
                                        promises, disputes, complaints, write-offs
  copy --to FILE|postgresql://USER@HOST:PORT/DB
                                        celou knihu do nové (SQLite nebo PostgreSQL)
  users list|add LOGIN --name N --role R|deactivate LOGIN|set-password LOGIN|one-time-code LOGIN
                                        uživatelé z řad zaměstnanců (set-password čte ARDESK_NEW_PASSWORD)
  verify                                zkontroluje řetězce hashů a účetní pravidla

Návratové kódy: 0 úspěch, 1 chyba dat nebo běhu, 2 chybné použití, 3 nepovoleno.
Podrobnosti: docs/cli.md
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ardesk: accounts receivable on the desktop.</source>
        <translation>ardesk: pohledávky na pracovní ploše.</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de, fr, sv, cs.</source>
        <translation>Jazyk uživatelského rozhraní, např. de, fr, sv, cs.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kód</translation>
    </message>
    <message>
        <source>Write pictures of the main views to FOLDER.</source>
        <translation>Uloží obrázky hlavních zobrazení do SLOŽKY.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>složka</translation>
    </message>
    <message>
        <source>The book to open (*.ardesk).</source>
        <translation>Kniha, která se má otevřít (*.ardesk).</translation>
    </message>
    <message>
        <source>[book]</source>
        <translation>[kniha]</translation>
    </message>
    <message>
        <source>--screenshots needs exactly one book</source>
        <translation>--screenshots vyžaduje právě jednu knihu</translation>
    </message>
    <message>
        <source>give at most one book</source>
        <translation>zadejte nejvýše jednu knihu</translation>
    </message>
</context>
</TS>
