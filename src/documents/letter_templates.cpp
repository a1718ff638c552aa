#include "letter_templates.h"

#include "plan_agreement_texts.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace ardesk::documents {

namespace {

// Letter texts are data per language, not user-interface strings: they are chosen by the
// customer's language, not the user's, so they do not go through tr().

const char16_t *const kEnglish = uR"([label.customer_code]
Customer no.
[label.date]
Date
[label.open_items]
Open items
[label.invoice]
Invoice
[label.invoice_part]
{invoice} ({part}/{parts})
[label.issued]
Invoice date
[label.due]
Due date
[label.days]
Days overdue
[label.amount]
Amount
[label.open]
Open
[label.disputed]
Disputed
[label.total_open]
Total open items
[label.overdue_total]
Overdue
[label.unapplied]
Unapplied payments and credits
[label.balance]
Balance due
[label.aging]
Aging summary
[label.current]
Not yet due
[label.days_range]
{from}–{to} days
[label.days_over]
over {from} days
[label.activity]
Account activity from {from} to {to}
[label.type]
Type
[label.reference]
Reference
[label.type_invoice]
Invoice
[label.type_payment]
Payment
[label.type_credit]
Credit note
[label.interest]
Late-payment interest and fees
[label.interest_rate]
Rate
[label.interest_amount]
Interest
[label.compensation]
Compensation
[label.pay_by]
Pay by
[label.payment_instructions]
Payment instructions
[label.page]
Page {page} of {pages}
[label.attention]
Attn.
[label.no_items]
There are no open items on your account.
[label.no_activity]
No activity in this period.
[label.training]
TRAINING
[label.total]
Total
[reminder.title]
Payment reminder
[reminder.subject]
Payment reminder for customer no. {customer_code}
[reminder.opening]
Dear {contact},
[reminder.opening_no_contact]
Dear Sir or Madam,
[reminder.body]
This is a friendly reminder that the invoices listed below are due or will soon fall due. According to our records, the amount overdue as of {as_of} is {overdue}, and the balance of your account is {balance}.

Please arrange payment by {pay_by}. If you have already paid, please disregard this reminder.
[reminder.closing]
Kind regards,
[dunning1.title]
First reminder
[dunning1.subject]
Overdue invoices – customer no. {customer_code}
[dunning1.opening]
Dear {contact},
[dunning1.opening_no_contact]
Dear Sir or Madam,
[dunning1.body]
Despite our payment reminder, the invoices listed below remain unpaid. The amount overdue as of {as_of} is {overdue}.

Please pay this amount by {pay_by} at the latest. If there is a reason why these invoices have not been paid, please contact us immediately.
[dunning1.closing]
Yours sincerely,
[dunning2.title]
Second reminder
[dunning2.subject]
Second reminder – customer no. {customer_code}
[dunning2.opening]
Dear {contact},
[dunning2.opening_no_contact]
Dear Sir or Madam,
[dunning2.body]
We have not yet received payment of the overdue invoices listed below, despite our earlier reminder. The amount overdue as of {as_of} is {overdue}.

We ask you to pay this amount without further delay and no later than {pay_by}. Late-payment interest and recovery costs may be charged in accordance with our terms of payment.
[dunning2.closing]
Yours sincerely,
[dunning3.title]
Final demand
[dunning3.subject]
Final demand before collection – customer no. {customer_code}
[dunning3.opening]
Dear {contact},
[dunning3.opening_no_contact]
Dear Sir or Madam,
[dunning3.body]
Despite our repeated reminders, the invoices listed below remain unpaid. The amount overdue as of {as_of} is {overdue}.

This is our final demand: unless we receive payment in full by {pay_by}, we will pass the claim to a collection agency or take legal action without further notice, and the additional costs will be charged to you.
[dunning3.closing]
Yours sincerely,
[statement.title]
Statement of account
[statement.subject]
Statement of account for customer no. {customer_code} as of {as_of}
[statement.opening]
Dear {contact},
[statement.opening_no_contact]
Dear Sir or Madam,
[statement.body]
Please find below the statement of your account as of {as_of}: the activity since {period_start} and the items open on that date. The balance of your account is {balance}.

Please check the statement and let us know of any difference within 14 days. Please pay the items due by {pay_by}.
[statement.closing]
Kind regards,
)";

const char16_t *const kGerman = uR"([label.customer_code]
Kundennr.
[label.date]
Datum
[label.open_items]
Offene Posten
[label.invoice]
Rechnung
[label.invoice_part]
{invoice} ({part}/{parts})
[label.issued]
Rechnungsdatum
[label.due]
Fällig
[label.days]
Tage überfällig
[label.amount]
Betrag
[label.open]
Offen
[label.disputed]
Reklamiert
[label.total_open]
Offene Posten gesamt
[label.overdue_total]
Überfällig
[label.unapplied]
Nicht zugeordnete Zahlungen und Gutschriften
[label.balance]
Zu zahlender Saldo
[label.aging]
Altersstruktur
[label.current]
Nicht fällig
[label.days_range]
{from}–{to} Tage
[label.days_over]
über {from} Tage
[label.activity]
Kontobewegungen vom {from} bis {to}
[label.type]
Art
[label.reference]
Referenz
[label.type_invoice]
Rechnung
[label.type_payment]
Zahlung
[label.type_credit]
Gutschrift
[label.interest]
Verzugszinsen und Gebühren
[label.interest_rate]
Zinssatz
[label.interest_amount]
Zinsen
[label.compensation]
Pauschale
[label.pay_by]
Zahlbar bis
[label.payment_instructions]
Zahlungshinweise
[label.page]
Seite {page} von {pages}
[label.attention]
z. Hd.
[label.no_items]
Auf Ihrem Konto sind keine Posten offen.
[label.no_activity]
Keine Bewegungen in diesem Zeitraum.
[label.training]
SCHULUNG
[label.total]
Summe
[reminder.title]
Zahlungserinnerung
[reminder.subject]
Zahlungserinnerung zu Kundennr. {customer_code}
[reminder.opening]
Guten Tag {contact},
[reminder.opening_no_contact]
Sehr geehrte Damen und Herren,
[reminder.body]
sicher ist es Ihrer Aufmerksamkeit entgangen: Die unten aufgeführten Rechnungen sind fällig oder werden in Kürze fällig. Nach unseren Unterlagen sind zum {as_of} {overdue} überfällig; der Saldo Ihres Kontos beträgt {balance}.

Bitte überweisen Sie den Betrag bis zum {pay_by}. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.
[reminder.closing]
Mit freundlichen Grüßen
[dunning1.title]
1. Mahnung
[dunning1.subject]
1. Mahnung – Kundennr. {customer_code}
[dunning1.opening]
Guten Tag {contact},
[dunning1.opening_no_contact]
Sehr geehrte Damen und Herren,
[dunning1.body]
trotz unserer Zahlungserinnerung sind die unten aufgeführten Rechnungen noch nicht bezahlt. Der überfällige Betrag beläuft sich zum {as_of} auf {overdue}.

Bitte zahlen Sie diesen Betrag spätestens bis zum {pay_by}. Falls es einen Grund gibt, warum die Rechnungen nicht bezahlt wurden, setzen Sie sich bitte umgehend mit uns in Verbindung.
[dunning1.closing]
Mit freundlichen Grüßen
[dunning2.title]
2. Mahnung
[dunning2.subject]
2. Mahnung – Kundennr. {customer_code}
[dunning2.opening]
Guten Tag {contact},
[dunning2.opening_no_contact]
Sehr geehrte Damen und Herren,
[dunning2.body]
leider konnten wir trotz unserer Mahnung noch keinen Zahlungseingang für die unten aufgeführten Rechnungen feststellen. Der überfällige Betrag beläuft sich zum {as_of} auf {overdue}.

Wir fordern Sie auf, diesen Betrag unverzüglich, spätestens bis zum {pay_by}, zu begleichen. Gemäß unseren Zahlungsbedingungen können Verzugszinsen und Mahnkosten berechnet werden.
[dunning2.closing]
Mit freundlichen Grüßen
[dunning3.title]
Letzte Mahnung
[dunning3.subject]
Letzte Mahnung vor Inkasso – Kundennr. {customer_code}
[dunning3.opening]
Guten Tag {contact},
[dunning3.opening_no_contact]
Sehr geehrte Damen und Herren,
[dunning3.body]
trotz mehrfacher Mahnung sind die unten aufgeführten Rechnungen weiterhin unbezahlt. Der überfällige Betrag beläuft sich zum {as_of} auf {overdue}.

Dies ist unsere letzte Mahnung: Geht der vollständige Betrag nicht bis zum {pay_by} bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassounternehmen oder leiten gerichtliche Schritte ein; die weiteren Kosten gehen zu Ihren Lasten.
[dunning3.closing]
Mit freundlichen Grüßen
[statement.title]
Kontoauszug
[statement.subject]
Kontoauszug zu Kundennr. {customer_code} zum {as_of}
[statement.opening]
Guten Tag {contact},
[statement.opening_no_contact]
Sehr geehrte Damen und Herren,
[statement.body]
anbei erhalten Sie den Auszug Ihres Kundenkontos zum {as_of}: die Bewegungen seit dem {period_start} und die an diesem Tag offenen Posten. Der Saldo Ihres Kontos beträgt {balance}.

Bitte prüfen Sie den Auszug und teilen Sie uns Abweichungen innerhalb von 14 Tagen mit. Bitte begleichen Sie die fälligen Posten bis zum {pay_by}.
[statement.closing]
Mit freundlichen Grüßen
)";

const char16_t *const kFrench = uR"([label.customer_code]
Code client
[label.date]
Date
[label.open_items]
Postes ouverts
[label.invoice]
Facture
[label.invoice_part]
{invoice} ({part}/{parts})
[label.issued]
Date de facture
[label.due]
Échéance
[label.days]
Jours de retard
[label.amount]
Montant
[label.open]
Restant dû
[label.disputed]
En litige
[label.total_open]
Total des postes ouverts
[label.overdue_total]
Échu
[label.unapplied]
Règlements et avoirs non affectés
[label.balance]
Solde à régler
[label.aging]
Balance âgée
[label.current]
Non échu
[label.days_range]
{from} à {to} jours
[label.days_over]
plus de {from} jours
[label.activity]
Mouvements du compte du {from} au {to}
[label.type]
Type
[label.reference]
Référence
[label.type_invoice]
Facture
[label.type_payment]
Règlement
[label.type_credit]
Avoir
[label.interest]
Intérêts de retard et frais
[label.interest_rate]
Taux
[label.interest_amount]
Intérêts
[label.compensation]
Indemnité forfaitaire
[label.pay_by]
Date limite de règlement
[label.payment_instructions]
Modalités de règlement
[label.page]
Page {page} sur {pages}
[label.attention]
À l'attention de
[label.no_items]
Aucun poste n'est ouvert sur votre compte.
[label.no_activity]
Aucun mouvement sur la période.
[label.training]
FORMATION
[label.total]
Total
[reminder.title]
Rappel de paiement
[reminder.subject]
Rappel de paiement – code client {customer_code}
[reminder.opening]
Bonjour {contact},
[reminder.opening_no_contact]
Madame, Monsieur,
[reminder.body]
Sauf erreur de notre part, les factures ci-dessous sont échues ou arrivent prochainement à échéance. Au {as_of}, le montant échu s'élève à {overdue} et le solde de votre compte à {balance}.

Nous vous remercions de bien vouloir procéder au règlement avant le {pay_by}. Si votre règlement a déjà été effectué, merci de ne pas tenir compte de ce rappel.
[reminder.closing]
Veuillez agréer nos salutations distinguées.
[dunning1.title]
Première relance
[dunning1.subject]
Première relance – code client {customer_code}
[dunning1.opening]
Bonjour {contact},
[dunning1.opening_no_contact]
Madame, Monsieur,
[dunning1.body]
Malgré notre rappel, les factures ci-dessous restent impayées. Au {as_of}, le montant échu s'élève à {overdue}.

Nous vous prions de régler cette somme au plus tard le {pay_by}. Si ces factures font l'objet d'une contestation, merci de nous contacter sans délai.
[dunning1.closing]
Veuillez agréer nos salutations distinguées.
[dunning2.title]
Deuxième relance
[dunning2.subject]
Deuxième relance – code client {customer_code}
[dunning2.opening]
Bonjour {contact},
[dunning2.opening_no_contact]
Madame, Monsieur,
[dunning2.body]
Malgré notre précédente relance, nous n'avons toujours pas reçu le règlement des factures ci-dessous. Au {as_of}, le montant échu s'élève à {overdue}.

Nous vous demandons de régler cette somme sans délai et au plus tard le {pay_by}. Conformément à nos conditions de paiement, des intérêts de retard et l'indemnité forfaitaire pour frais de recouvrement peuvent être appliqués.
[dunning2.closing]
Veuillez agréer nos salutations distinguées.
[dunning3.title]
Mise en demeure
[dunning3.subject]
Mise en demeure de payer – code client {customer_code}
[dunning3.opening]
Bonjour {contact},
[dunning3.opening_no_contact]
Madame, Monsieur,
[dunning3.body]
Malgré nos relances successives, les factures ci-dessous restent impayées. Au {as_of}, le montant échu s'élève à {overdue}.

Par la présente, nous vous mettons en demeure de régler l'intégralité de cette somme au plus tard le {pay_by}. À défaut, nous confierons le recouvrement de cette créance à une société spécialisée ou engagerons une procédure judiciaire sans autre avis ; les frais correspondants seront à votre charge.
[dunning3.closing]
Veuillez agréer nos salutations distinguées.
[statement.title]
Relevé de compte
[statement.subject]
Relevé de compte client {customer_code} au {as_of}
[statement.opening]
Bonjour {contact},
[statement.opening_no_contact]
Madame, Monsieur,
[statement.body]
Veuillez trouver ci-dessous le relevé de votre compte au {as_of} : les mouvements depuis le {period_start} et les postes ouverts à cette date. Le solde de votre compte s'élève à {balance}.

Merci de vérifier ce relevé et de nous signaler toute différence sous 14 jours. Merci de régler les postes échus avant le {pay_by}.
[statement.closing]
Veuillez agréer nos salutations distinguées.
)";

const char16_t *const kSwedish = uR"([label.customer_code]
Kundnr
[label.date]
Datum
[label.open_items]
Öppna poster
[label.invoice]
Faktura
[label.invoice_part]
{invoice} ({part}/{parts})
[label.issued]
Fakturadatum
[label.due]
Förfallodag
[label.days]
Dagar försenad
[label.amount]
Belopp
[label.open]
Öppet
[label.disputed]
I tvist
[label.total_open]
Summa öppna poster
[label.overdue_total]
Förfallet
[label.unapplied]
Oplacerade inbetalningar och krediter
[label.balance]
Att betala
[label.aging]
Åldersanalys
[label.current]
Ej förfallet
[label.days_range]
{from}–{to} dagar
[label.days_over]
över {from} dagar
[label.activity]
Kontohändelser {from}–{to}
[label.type]
Typ
[label.reference]
Referens
[label.type_invoice]
Faktura
[label.type_payment]
Inbetalning
[label.type_credit]
Kreditfaktura
[label.interest]
Dröjsmålsränta och avgifter
[label.interest_rate]
Räntesats
[label.interest_amount]
Ränta
[label.compensation]
Förseningsersättning
[label.pay_by]
Betala senast
[label.payment_instructions]
Betalningsinformation
[label.page]
Sida {page} av {pages}
[label.attention]
Att:
[label.no_items]
Det finns inga öppna poster på ert konto.
[label.no_activity]
Inga händelser under perioden.
[label.training]
UTBILDNING
[label.total]
Summa
[reminder.title]
Betalningspåminnelse
[reminder.subject]
Betalningspåminnelse för kundnr {customer_code}
[reminder.opening]
Hej {contact},
[reminder.opening_no_contact]
Hej,
[reminder.body]
Vi vill vänligen påminna om att fakturorna nedan har förfallit eller snart förfaller till betalning. Enligt våra noteringar är {overdue} förfallet per {as_of}, och saldot på ert konto är {balance}.

Vänligen betala senast {pay_by}. Om ni redan har betalat kan ni bortse från denna påminnelse.
[reminder.closing]
Med vänliga hälsningar
[dunning1.title]
Påminnelse
[dunning1.subject]
Påminnelse om förfallna fakturor – kundnr {customer_code}
[dunning1.opening]
Hej {contact},
[dunning1.opening_no_contact]
Hej,
[dunning1.body]
Trots vår betalningspåminnelse har fakturorna nedan ännu inte betalats. Det förfallna beloppet per {as_of} är {overdue}.

Vänligen betala beloppet senast {pay_by}. Om det finns ett skäl till att fakturorna inte har betalats ber vi er kontakta oss omgående.
[dunning1.closing]
Med vänliga hälsningar
[dunning2.title]
Andra påminnelse
[dunning2.subject]
Andra påminnelse – kundnr {customer_code}
[dunning2.opening]
Hej {contact},
[dunning2.opening_no_contact]
Hej,
[dunning2.body]
Vi har ännu inte mottagit betalning för de förfallna fakturorna nedan, trots vår tidigare påminnelse. Det förfallna beloppet per {as_of} är {overdue}.

Vi ber er betala beloppet utan dröjsmål, senast {pay_by}. Enligt våra betalningsvillkor kan dröjsmålsränta och påminnelseavgift tillkomma.
[dunning2.closing]
Med vänliga hälsningar
[dunning3.title]
Sista påminnelse före inkasso
[dunning3.subject]
Sista påminnelse före inkasso – kundnr {customer_code}
[dunning3.opening]
Hej {contact},
[dunning3.opening_no_contact]
Hej,
[dunning3.body]
Trots upprepade påminnelser är fakturorna nedan fortfarande obetalda. Det förfallna beloppet per {as_of} är {overdue}.

Detta är vår sista påminnelse: om vi inte har mottagit hela beloppet senast {pay_by} överlämnar vi fordran till inkasso eller vidtar rättsliga åtgärder utan ytterligare meddelande, och tillkommande kostnader debiteras er.
[dunning3.closing]
Med vänliga hälsningar
[statement.title]
Kontoutdrag
[statement.subject]
Kontoutdrag för kundnr {customer_code} per {as_of}
[statement.opening]
Hej {contact},
[statement.opening_no_contact]
Hej,
[statement.body]
Här är utdraget för ert kundkonto per {as_of}: händelserna sedan {period_start} och de poster som var öppna den dagen. Saldot på ert konto är {balance}.

Vänligen kontrollera utdraget och meddela oss eventuella avvikelser inom 14 dagar. Betala förfallna poster senast {pay_by}.
[statement.closing]
Med vänliga hälsningar
)";

const char16_t *const kCzech = uR"([label.customer_code]
Číslo zákazníka
[label.date]
Datum
[label.open_items]
Otevřené položky
[label.invoice]
Faktura
[label.invoice_part]
{invoice} ({part}/{parts})
[label.issued]
Datum vystavení
[label.due]
Splatnost
[label.days]
Dnů po splatnosti
[label.amount]
Částka
[label.open]
Zbývá uhradit
[label.disputed]
Sporné
[label.total_open]
Otevřené položky celkem
[label.overdue_total]
Po splatnosti
[label.unapplied]
Nepřiřazené platby a dobropisy
[label.balance]
Saldo k úhradě
[label.aging]
Věková struktura pohledávek
[label.current]
Ve splatnosti
[label.days_range]
{from}–{to} dnů
[label.days_over]
více než {from} dnů
[label.activity]
Pohyby na účtu od {from} do {to}
[label.type]
Druh
[label.reference]
Reference
[label.type_invoice]
Faktura
[label.type_payment]
Platba
[label.type_credit]
Dobropis
[label.interest]
Úroky z prodlení a poplatky
[label.interest_rate]
Sazba
[label.interest_amount]
Úrok
[label.compensation]
Náhrada nákladů
[label.pay_by]
Uhradit do
[label.payment_instructions]
Platební údaje
[label.page]
Strana {page} z {pages}
[label.attention]
K rukám:
[label.no_items]
Na vašem účtu nejsou žádné otevřené položky.
[label.no_activity]
V tomto období nebyly žádné pohyby.
[label.training]
ŠKOLENÍ
[label.total]
Celkem
[reminder.title]
Připomenutí platby
[reminder.subject]
Připomenutí platby – zákazník {customer_code}
[reminder.opening]
Dobrý den,
[reminder.opening_no_contact]
Dobrý den,
[reminder.body]
dovolujeme si vás upozornit, že níže uvedené faktury jsou splatné nebo se blíží jejich splatnost. Podle našich záznamů činí k {as_of} částka po splatnosti {overdue} a saldo vašeho účtu {balance}.

Prosíme o úhradu do {pay_by}. Pokud jste již zaplatili, považujte prosím toto připomenutí za bezpředmětné.
[reminder.closing]
S pozdravem
[dunning1.title]
1. upomínka
[dunning1.subject]
1. upomínka – zákazník {customer_code}
[dunning1.opening]
Dobrý den,
[dunning1.opening_no_contact]
Dobrý den,
[dunning1.body]
přes naše připomenutí zůstávají níže uvedené faktury neuhrazeny. Částka po splatnosti činí k {as_of} {overdue}.

Prosíme o její úhradu nejpozději do {pay_by}. Pokud existuje důvod, proč faktury nebyly uhrazeny, neprodleně nás kontaktujte.
[dunning1.closing]
S pozdravem
[dunning2.title]
2. upomínka
[dunning2.subject]
2. upomínka – zákazník {customer_code}
[dunning2.opening]
Dobrý den,
[dunning2.opening_no_contact]
Dobrý den,
[dunning2.body]
přes naši předchozí upomínku jsme dosud neobdrželi úhradu níže uvedených faktur po splatnosti. Částka po splatnosti činí k {as_of} {overdue}.

Žádáme vás o její úhradu bez dalšího odkladu, nejpozději do {pay_by}. V souladu s našimi platebními podmínkami mohou být účtovány úroky z prodlení a náklady spojené s vymáháním.
[dunning2.closing]
S pozdravem
[dunning3.title]
Poslední upomínka před vymáháním
[dunning3.subject]
Poslední upomínka před vymáháním – zákazník {customer_code}
[dunning3.opening]
Dobrý den,
[dunning3.opening_no_contact]
Dobrý den,
[dunning3.body]
přes opakované upomínky zůstávají níže uvedené faktury neuhrazeny. Částka po splatnosti činí k {as_of} {overdue}.

Toto je naše poslední upomínka: pokud celou částku neobdržíme nejpozději do {pay_by}, předáme pohledávku k vymáhání inkasní agentuře nebo podáme žalobu bez dalšího upozornění a související náklady vám budou vyúčtovány.
[dunning3.closing]
S pozdravem
[statement.title]
Výpis z účtu zákazníka
[statement.subject]
Výpis z účtu zákazníka {customer_code} k {as_of}
[statement.opening]
Dobrý den,
[statement.opening_no_contact]
Dobrý den,
[statement.body]
zasíláme vám výpis z vašeho účtu k {as_of}: pohyby od {period_start} a položky otevřené k tomuto dni. Saldo vašeho účtu činí {balance}.

Prosíme o kontrolu výpisu a sdělení případných rozdílů do 14 dnů. Položky po splatnosti prosíme uhraďte do {pay_by}.
[statement.closing]
S pozdravem
)";

const TemplateTexts &builtIn(const QString &language)
{
    static const QHash<QString, TemplateTexts> all{
            // Each language's letters, then its payment-plan agreement (plan_agreement_texts.h).
            {QStringLiteral("en"), parseTemplateSections(QString::fromUtf16(kEnglish) + planAgreementTemplateText(QStringLiteral("en")))},
            {QStringLiteral("de"), parseTemplateSections(QString::fromUtf16(kGerman) + planAgreementTemplateText(QStringLiteral("de")))},
            {QStringLiteral("fr"), parseTemplateSections(QString::fromUtf16(kFrench) + planAgreementTemplateText(QStringLiteral("fr")))},
            {QStringLiteral("sv"), parseTemplateSections(QString::fromUtf16(kSwedish) + planAgreementTemplateText(QStringLiteral("sv")))},
            {QStringLiteral("cs"), parseTemplateSections(QString::fromUtf16(kCzech) + planAgreementTemplateText(QStringLiteral("cs")))},
    };
    const auto found = all.constFind(language);
    if (found != all.constEnd())
        return *found;
    return *all.constFind(QStringLiteral("en"));
}

} // namespace

TemplateTexts parseTemplateSections(const QString &text)
{
    TemplateTexts sections;
    QString key;
    QStringList lines;
    auto flush = [&] {
        if (!key.isEmpty())
            sections.insert(key, lines.join(u'\n').trimmed());
        lines.clear();
    };
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.size() > 2 && trimmed.startsWith(u'[') && trimmed.endsWith(u']') && !trimmed.contains(u' ')) {
            flush();
            key = trimmed.mid(1, trimmed.size() - 2);
            continue;
        }
        lines << QString(line).remove(u'\r');
    }
    flush();
    return sections;
}

TemplateTexts letterTexts(const QString &templateKind, const QString &language, const QString &userTemplate)
{
    const TemplateTexts &english = builtIn(QStringLiteral("en"));
    const TemplateTexts &texts = builtIn(language);
    TemplateTexts result;
    const QString prefix = templateKind + u'.';
    // English first, so that a key missing in a language still has a text.
    for (const TemplateTexts *source : {&english, &texts}) {
        for (auto it = source->constBegin(); it != source->constEnd(); ++it) {
            if (it.key().startsWith(QStringLiteral("label.")))
                result.insert(it.key(), it.value());
            else if (it.key().startsWith(prefix))
                result.insert(it.key().mid(prefix.size()), it.value());
        }
    }
    const TemplateTexts user = parseTemplateSections(userTemplate);
    for (auto it = user.constBegin(); it != user.constEnd(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QString builtInTemplate(const QString &templateKind, const QString &language)
{
    const TemplateTexts texts = letterTexts(templateKind, language);
    QStringList keys = texts.keys();
    // The letter's own sections first, in reading order, then the labels.
    const QStringList order{QStringLiteral("title"),   QStringLiteral("subject"),
                            QStringLiteral("opening"), QStringLiteral("opening_no_contact"),
                            QStringLiteral("body"),    QStringLiteral("terms"),
                            QStringLiteral("default"), QStringLiteral("sign_request"),
                            QStringLiteral("closing")};
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        if (ia != ib)
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        return a < b;
    });
    QString out;
    for (const QString &key : keys)
        out += u'[' + key + QStringLiteral("]\n") + texts.value(key) + u'\n';
    return out;
}

QString fillPlaceholders(QString text, const QHash<QString, QString> &values)
{
    // One pass, so that a value holding braces (a customer's name) is never read again.
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += *value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace ardesk::documents
