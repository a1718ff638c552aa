#include "plan_agreement_texts.h"

namespace ardesk::documents {

namespace {

// Letter texts are data per language, not user-interface strings (the customer's language
// picks them, not the user's): they do not go through tr(). The vocabulary follows
// docs/glossary.md.

const char16_t *const kEnglish = uR"([plan_agreement.title]
Payment plan agreement
[plan_agreement.subject]
Payment plan agreement no. {plan_id} – customer no. {customer_code}
[plan_agreement.opening]
Dear {contact},
[plan_agreement.opening_no_contact]
Dear Sir or Madam,
[plan_agreement.body]
Further to our recent conversation, we confirm the payment plan agreed with you on {agreement_date} for the open items listed below, totalling {plan_total}.

We agree to accept payment of this amount in instalments according to the schedule below, the first instalment falling due on {first_due} and the last on {last_due}. Every payment you make on these items counts towards the instalments in the order in which they fall due.
[plan_agreement.terms]
As long as the instalments are paid on time, we will not send you reminders for the items on this plan or take any other collection action regarding them. You may pay any instalment early or settle the remaining balance in full at any time.
[plan_agreement.default]
If an instalment has not been received in full within {grace_days} days of its due date, this agreement ends without further notice: the whole amount then still outstanding becomes due immediately, and we will resume our normal collection procedure, including late-payment interest and recovery costs as provided by law and our terms of payment.
[plan_agreement.sign_request]
Please sign this agreement and return a signed copy to us before the first instalment falls due.
[plan_agreement.closing]
Yours sincerely,
[plan_agreement.label.plan_items]
Items on the plan
[plan_agreement.label.open_on]
Open on {date}
[plan_agreement.label.schedule]
Payment schedule
[plan_agreement.label.instalment]
Instalment
[plan_agreement.label.down_payment]
Down payment
[plan_agreement.label.plan_total]
Plan total
[plan_agreement.label.agreement_date]
Agreement date
[plan_agreement.label.instalments]
Number of instalments
[plan_agreement.label.frequency]
Frequency
[plan_agreement.label.frequency_monthly]
Monthly
[plan_agreement.label.frequency_biweekly]
Every two weeks
[plan_agreement.label.frequency_weekly]
Weekly
[plan_agreement.label.grace_days]
Grace period (days)
[plan_agreement.label.plan_no]
Plan no.
[plan_agreement.label.summary]
The plan at a glance
[plan_agreement.label.if_default]
If an instalment is missed
[plan_agreement.label.creditor]
the creditor
[plan_agreement.label.for_creditor]
For {sender}
[plan_agreement.label.for_customer]
For {customer_name}
[plan_agreement.label.place_date]
Place and date
[plan_agreement.label.signature]
Name and signature
)";

const char16_t *const kGerman = uR"([plan_agreement.title]
Ratenzahlungsvereinbarung
[plan_agreement.subject]
Ratenzahlungsvereinbarung Nr. {plan_id} – Kundennr. {customer_code}
[plan_agreement.opening]
Guten Tag {contact},
[plan_agreement.opening_no_contact]
Sehr geehrte Damen und Herren,
[plan_agreement.body]
wie am {agreement_date} mit Ihnen besprochen, bestätigen wir Ihnen die Ratenzahlung für die unten aufgeführten offenen Posten über insgesamt {plan_total}.

Wir sind damit einverstanden, dass Sie diesen Betrag in Raten nach dem folgenden Zahlungsplan begleichen; die erste Rate ist am {first_due}, die letzte am {last_due} fällig. Jede Zahlung auf diese Posten wird auf die Raten in der Reihenfolge ihrer Fälligkeit angerechnet.
[plan_agreement.terms]
Solange Sie die Raten pünktlich zahlen, werden wir Sie wegen der Posten dieser Vereinbarung weder mahnen noch andere Inkassomaßnahmen ergreifen. Sie können jede Rate vorzeitig zahlen oder den Restbetrag jederzeit vollständig begleichen.
[plan_agreement.default]
Geht eine Rate nicht innerhalb von {grace_days} Tagen nach ihrer Fälligkeit vollständig bei uns ein, endet diese Vereinbarung ohne weitere Ankündigung: Der gesamte dann noch offene Betrag wird sofort fällig, und wir nehmen unser übliches Mahnverfahren wieder auf, einschließlich Verzugszinsen und Beitreibungskosten nach den gesetzlichen Bestimmungen und unseren Zahlungsbedingungen.
[plan_agreement.sign_request]
Bitte unterschreiben Sie diese Vereinbarung und senden Sie uns ein unterschriebenes Exemplar vor Fälligkeit der ersten Rate zurück.
[plan_agreement.closing]
Mit freundlichen Grüßen
[plan_agreement.label.plan_items]
Posten der Vereinbarung
[plan_agreement.label.open_on]
Offen am {date}
[plan_agreement.label.schedule]
Zahlungsplan
[plan_agreement.label.instalment]
Rate
[plan_agreement.label.down_payment]
Anzahlung
[plan_agreement.label.plan_total]
Gesamtbetrag
[plan_agreement.label.agreement_date]
Datum der Vereinbarung
[plan_agreement.label.instalments]
Anzahl der Raten
[plan_agreement.label.frequency]
Zahlungsrhythmus
[plan_agreement.label.frequency_monthly]
Monatlich
[plan_agreement.label.frequency_biweekly]
Alle zwei Wochen
[plan_agreement.label.frequency_weekly]
Wöchentlich
[plan_agreement.label.grace_days]
Nachfrist (Tage)
[plan_agreement.label.plan_no]
Vereinbarung Nr.
[plan_agreement.label.summary]
Die Vereinbarung im Überblick
[plan_agreement.label.if_default]
Bei Zahlungsverzug
[plan_agreement.label.creditor]
den Gläubiger
[plan_agreement.label.for_creditor]
Für {sender}
[plan_agreement.label.for_customer]
Für {customer_name}
[plan_agreement.label.place_date]
Ort, Datum
[plan_agreement.label.signature]
Name und Unterschrift
)";

const char16_t *const kFrench = uR"([plan_agreement.title]
Accord de paiement échelonné
[plan_agreement.subject]
Accord de paiement échelonné n° {plan_id} – code client {customer_code}
[plan_agreement.opening]
Bonjour {contact},
[plan_agreement.opening_no_contact]
Madame, Monsieur,
[plan_agreement.body]
Suite à notre entretien, nous vous confirmons l'échéancier convenu avec vous le {agreement_date} pour le règlement des postes ouverts ci-dessous, d'un montant total de {plan_total}.

Nous acceptons que cette somme soit réglée en plusieurs échéances selon le calendrier ci-dessous ; la première échéance est fixée au {first_due} et la dernière au {last_due}. Chaque règlement effectué sur ces postes est imputé sur les échéances dans l'ordre de leur exigibilité.
[plan_agreement.terms]
Tant que les échéances sont réglées à bonne date, nous ne vous adresserons aucune relance pour les postes de cet échéancier et n'engagerons aucune autre action de recouvrement à leur sujet. Vous pouvez à tout moment régler une échéance par anticipation ou solder la totalité du montant restant dû.
[plan_agreement.default]
Si une échéance n'est pas intégralement réglée dans les {grace_days} jours suivant sa date d'exigibilité, le présent accord prendra fin de plein droit, sans autre avis : la totalité du montant restant dû deviendra immédiatement exigible et nous reprendrons notre procédure de recouvrement habituelle, y compris les intérêts de retard et l'indemnité forfaitaire pour frais de recouvrement prévus par la loi et nos conditions de paiement.
[plan_agreement.sign_request]
Nous vous remercions de bien vouloir signer le présent accord et de nous en retourner un exemplaire signé avant la date de la première échéance.
[plan_agreement.closing]
Veuillez agréer nos salutations distinguées.
[plan_agreement.label.plan_items]
Postes inclus dans l'échéancier
[plan_agreement.label.open_on]
Restant dû au {date}
[plan_agreement.label.schedule]
Calendrier des paiements
[plan_agreement.label.instalment]
Versement
[plan_agreement.label.down_payment]
Acompte
[plan_agreement.label.plan_total]
Montant total
[plan_agreement.label.agreement_date]
Date de l'accord
[plan_agreement.label.instalments]
Nombre d'échéances
[plan_agreement.label.frequency]
Périodicité
[plan_agreement.label.frequency_monthly]
Mensuelle
[plan_agreement.label.frequency_biweekly]
Toutes les deux semaines
[plan_agreement.label.frequency_weekly]
Hebdomadaire
[plan_agreement.label.grace_days]
Délai de grâce (jours)
[plan_agreement.label.plan_no]
Accord n°
[plan_agreement.label.summary]
L'accord en bref
[plan_agreement.label.if_default]
En cas d'impayé
[plan_agreement.label.creditor]
le créancier
[plan_agreement.label.for_creditor]
Pour {sender}
[plan_agreement.label.for_customer]
Pour {customer_name}
[plan_agreement.label.place_date]
Fait à, le
[plan_agreement.label.signature]
Nom, signature et mention « Bon pour accord »
)";

const char16_t *const kSwedish = uR"([plan_agreement.title]
Avbetalningsplan
[plan_agreement.subject]
Överenskommelse om avbetalningsplan nr {plan_id} – kundnr {customer_code}
[plan_agreement.opening]
Hej {contact},
[plan_agreement.opening_no_contact]
Hej,
[plan_agreement.body]
Som vi kom överens om den {agreement_date} bekräftar vi härmed avbetalningsplanen för de öppna posterna nedan, totalt {plan_total}.

Vi godtar att beloppet betalas i delbetalningar enligt betalningsplanen nedan. Den första delbetalningen förfaller den {first_due} och den sista den {last_due}. Varje inbetalning på dessa poster räknas av mot delbetalningarna i den ordning de förfaller.
[plan_agreement.terms]
Så länge delbetalningarna betalas i tid skickar vi inga påminnelser för posterna i avbetalningsplanen och vidtar inga andra indrivningsåtgärder för dem. Ni kan när som helst betala en delbetalning i förtid eller betala hela det återstående beloppet.
[plan_agreement.default]
Om en delbetalning inte har kommit oss tillhanda i sin helhet inom {grace_days} dagar efter förfallodagen upphör avbetalningsplanen utan ytterligare meddelande: hela det belopp som då återstår förfaller omedelbart till betalning, och vi återupptar vår ordinarie kravhantering, inklusive dröjsmålsränta och ersättning för inkassokostnader enligt lag och våra betalningsvillkor.
[plan_agreement.sign_request]
Vänligen underteckna överenskommelsen och returnera ett undertecknat exemplar till oss innan den första delbetalningen förfaller.
[plan_agreement.closing]
Med vänliga hälsningar
[plan_agreement.label.plan_items]
Poster i avbetalningsplanen
[plan_agreement.label.open_on]
Öppet per {date}
[plan_agreement.label.schedule]
Betalningsplan
[plan_agreement.label.instalment]
Delbetalning
[plan_agreement.label.down_payment]
Handpenning
[plan_agreement.label.plan_total]
Totalt belopp
[plan_agreement.label.agreement_date]
Avtalsdatum
[plan_agreement.label.instalments]
Antal delbetalningar
[plan_agreement.label.frequency]
Betalningsintervall
[plan_agreement.label.frequency_monthly]
Varje månad
[plan_agreement.label.frequency_biweekly]
Varannan vecka
[plan_agreement.label.frequency_weekly]
Varje vecka
[plan_agreement.label.grace_days]
Respittid (dagar)
[plan_agreement.label.plan_no]
Avbetalningsplan nr
[plan_agreement.label.summary]
Överenskommelsen i korthet
[plan_agreement.label.if_default]
Om en delbetalning uteblir
[plan_agreement.label.creditor]
borgenären
[plan_agreement.label.for_creditor]
För {sender}
[plan_agreement.label.for_customer]
För {customer_name}
[plan_agreement.label.place_date]
Ort och datum
[plan_agreement.label.signature]
Underskrift och namnförtydligande
)";

const char16_t *const kCzech = uR"([plan_agreement.title]
Dohoda o splátkovém kalendáři
[plan_agreement.subject]
Dohoda o splátkovém kalendáři č. {plan_id} – zákazník {customer_code}
[plan_agreement.opening]
Dobrý den,
[plan_agreement.opening_no_contact]
Dobrý den,
[plan_agreement.body]
na základě našeho jednání vám potvrzujeme splátkový kalendář, na kterém jsme se s vámi dohodli dne {agreement_date}, k úhradě níže uvedených otevřených položek v celkové výši {plan_total}.

Souhlasíme s tím, že tuto částku uhradíte ve splátkách podle níže uvedeného splátkového kalendáře; první splátka je splatná {first_due}, poslední {last_due}. Každá platba na tyto položky se započítává na splátky v pořadí jejich splatnosti.
[plan_agreement.terms]
Pokud budete splátky hradit včas, nebudeme vám k položkám zahrnutým do splátkového kalendáře zasílat upomínky ani činit jiné kroky k vymáhání. Kteroukoli splátku můžete uhradit předčasně nebo kdykoli doplatit celou zbývající částku.
[plan_agreement.default]
Nebude-li kterákoli splátka uhrazena v plné výši do {grace_days} dnů po její splatnosti, dohoda bez dalšího upozornění zaniká a nastává ztráta výhody splátek: celá v té době dosud neuhrazená částka se stává okamžitě splatnou a obnovíme běžný postup vymáhání pohledávek, včetně úroků z prodlení a náhrady nákladů spojených s uplatněním pohledávky podle zákona a našich platebních podmínek.
[plan_agreement.sign_request]
Prosíme, dohodu podepište a jedno podepsané vyhotovení nám vraťte před splatností první splátky.
[plan_agreement.closing]
S pozdravem
[plan_agreement.label.plan_items]
Položky zahrnuté do splátkového kalendáře
[plan_agreement.label.open_on]
Zbývá uhradit k {date}
[plan_agreement.label.schedule]
Splátkový kalendář
[plan_agreement.label.instalment]
Splátka
[plan_agreement.label.down_payment]
Úvodní splátka
[plan_agreement.label.plan_total]
Celková částka
[plan_agreement.label.agreement_date]
Datum dohody
[plan_agreement.label.instalments]
Počet splátek
[plan_agreement.label.frequency]
Četnost splátek
[plan_agreement.label.frequency_monthly]
Měsíčně
[plan_agreement.label.frequency_biweekly]
Každé dva týdny
[plan_agreement.label.frequency_weekly]
Týdně
[plan_agreement.label.grace_days]
Ochranná lhůta (dny)
[plan_agreement.label.plan_no]
Dohoda č.
[plan_agreement.label.summary]
Přehled dohody
[plan_agreement.label.if_default]
Při nedodržení splátek
[plan_agreement.label.creditor]
věřitele
[plan_agreement.label.for_creditor]
Za {sender}
[plan_agreement.label.for_customer]
Za {customer_name}
[plan_agreement.label.place_date]
Místo a datum
[plan_agreement.label.signature]
Jméno a podpis
)";

} // namespace

QString planAgreementTemplateText(const QString &language)
{
    if (language == u"de")
        return QString::fromUtf16(kGerman);
    if (language == u"fr")
        return QString::fromUtf16(kFrench);
    if (language == u"sv")
        return QString::fromUtf16(kSwedish);
    if (language == u"cs")
        return QString::fromUtf16(kCzech);
    return QString::fromUtf16(kEnglish);
}

} // namespace ardesk::documents
