<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>text: is empty</source>
        <translation>text&#xa0;: est vide</translation>
    </message>
    <message>
        <source>note %1 does not exist</source>
        <translation>la note %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name&#xa0;: est vide</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation>email&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation>timezone&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA</translation>
    </message>
    <message>
        <source>contact person %1 does not exist or was deactivated</source>
        <translation>l&apos;interlocuteur %1 n&apos;existe pas ou a été désactivé</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Customer added</source>
        <translation>Client ajouté</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Client modifié</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation>Note épinglée</translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation>Note désépinglée</translation>
    </message>
    <message>
        <source>Contact person added</source>
        <translation>Contact ajouté</translation>
    </message>
    <message>
        <source>Invoice posted</source>
        <translation>Facture comptabilisée</translation>
    </message>
    <message>
        <source>Credit note posted</source>
        <translation>Avoir comptabilisé</translation>
    </message>
    <message>
        <source>Credit note reversed</source>
        <translation>Avoir extourné</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Règlement reçu</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Règlement extourné</translation>
    </message>
    <message>
        <source>Applied to an invoice</source>
        <translation>Affecté à une facture</translation>
    </message>
    <message>
        <source>Application reversed</source>
        <translation>Affectation extournée</translation>
    </message>
    <message>
        <source>e.g. check returned unpaid</source>
        <translation>p. ex. chèque revenu impayé</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Extourner</translation>
    </message>
    <message>
        <source>Apply to open items</source>
        <translation>Affecter aux postes ouverts</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Affecter aux plus anciens d&apos;a&amp;bord</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Affecter</translation>
    </message>
    <message>
        <source>Available %1 · applying %2</source>
        <translation>Disponible %1 · affecté %2</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>New invoice for %1</source>
        <translation>Nouvelle facture pour %1</translation>
    </message>
    <message>
        <source>New credit note for %1</source>
        <translation>Nouvel avoir pour %1</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Date d&apos;émission&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Com&amp;ptabiliser</translation>
    </message>
    <message>
        <source>amount: type an amount greater than zero</source>
        <translation>amount&#xa0;: saisissez un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>Contact person changed</source>
        <translation>Interlocuteur modifié</translation>
    </message>
    <message>
        <source>Contact person deactivated</source>
        <translation>Interlocuteur désactivé</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <source>Contact logged with a supervisor&apos;s override</source>
        <translation>Contact enregistré avec une dérogation du superviseur</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Réclamation enregistrée</translation>
    </message>
    <message>
        <source>Promise to pay taken</source>
        <translation>Promesse de paiement prise</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Litige ouvert</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>Litige résolu</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>Escaladé au superviseur</translation>
    </message>
    <message>
        <source>Taken over by the supervisor</source>
        <translation>Repris par le superviseur</translation>
    </message>
    <message>
        <source>Returned to the collector with instructions</source>
        <translation>Renvoyé au chargé de recouvrement avec des instructions</translation>
    </message>
    <message>
        <source>Reassigned to another collector</source>
        <translation>Réattribué à un autre chargé de recouvrement</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Escalade résolue</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Tâche ajoutée</translation>
    </message>
    <message>
        <source>Assigned to a collector</source>
        <translation>Attribué à un chargé de recouvrement</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <source>Letter sent again</source>
        <translation>Lettre envoyée à nouveau</translation>
    </message>
    <message>
        <source>Statement sent</source>
        <translation>Relevé de compte envoyé</translation>
    </message>
    <message>
        <source>Statement sent again</source>
        <translation>Relevé de compte envoyé à nouveau</translation>
    </message>
    <message>
        <source>Credit policy assigned</source>
        <translation>Politique de crédit attribuée</translation>
    </message>
    <message>
        <source>Put on credit hold</source>
        <translation>Blocage crédit posé</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Blocage crédit levé</translation>
    </message>
    <message>
        <source>Credit review recorded</source>
        <translation>Revue de crédit enregistrée</translation>
    </message>
    <message>
        <source>Payment plan agreed</source>
        <translation>Échéancier convenu</translation>
    </message>
    <message>
        <source>Payment plan defaulted</source>
        <translation>Échéancier défaillant</translation>
    </message>
    <message>
        <source>Payment plan completed</source>
        <translation>Échéancier soldé</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Passage en perte demandé</translation>
    </message>
    <message>
        <source>Write-off approved and posted</source>
        <translation>Passage en perte approuvé et comptabilisé</translation>
    </message>
    <message>
        <source>Write-off request rejected</source>
        <translation>Demande de passage en perte refusée</translation>
    </message>
    <message>
        <source>Payment plan agreement printed</source>
        <translation>Accord d&apos;échéancier imprimé</translation>
    </message>
    <message>
        <source>Payment plan agreement printed again</source>
        <translation>Accord d&apos;échéancier réimprimé</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>View customers</source>
        <translation>Consulter les clients</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Modifier les clients</translation>
    </message>
    <message>
        <source>Post payments</source>
        <translation>Comptabiliser des règlements</translation>
    </message>
    <message>
        <source>Reverse payments</source>
        <translation>Extourner des règlements</translation>
    </message>
    <message>
        <source>Post invoices and credit notes</source>
        <translation>Comptabiliser des factures et des avoirs</translation>
    </message>
    <message>
        <source>Log contacts</source>
        <translation>Enregistrer des contacts</translation>
    </message>
    <message>
        <source>Take promises to pay</source>
        <translation>Prendre des promesses de paiement</translation>
    </message>
    <message>
        <source>Open and resolve disputes</source>
        <translation>Ouvrir et résoudre des litiges</translation>
    </message>
    <message>
        <source>Escalate accounts</source>
        <translation>Escalader des comptes</translation>
    </message>
    <message>
        <source>Approve write-offs</source>
        <translation>Approuver des passages en perte</translation>
    </message>
    <message>
        <source>Edit credit policies</source>
        <translation>Modifier les politiques de crédit</translation>
    </message>
    <message>
        <source>Release credit holds</source>
        <translation>Lever des blocages crédit</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Exporter des rapports</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>no bucket edges given</source>
        <translation>aucune borne de tranche indiquée</translation>
    </message>
    <message>
        <source>at most 20 bucket edges</source>
        <translation>20 bornes de tranche au maximum</translation>
    </message>
    <message>
        <source>bucket edges must be positive and increasing (got %1 after %2)</source>
        <translation>les bornes de tranche doivent être positives et croissantes (%1 après %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de jours</translation>
    </message>
</context>
<context>
    <name>AgingSnapshotService</name>
    <message>
        <source>snapshot: not a valid date</source>
        <translation>instantané&#xa0;: date non valide</translation>
    </message>
    <message>
        <source>snapshot: the book is open read-only</source>
        <translation>instantané&#xa0;: le dossier est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>no aging snapshot %1</source>
        <translation>aucun instantané de balance âgée %1</translation>
    </message>
    <message>
        <source>roll-forward: no such aging snapshot</source>
        <translation>évolution&#xa0;: instantané de balance âgée introuvable</translation>
    </message>
    <message>
        <source>roll-forward: the first snapshot must be the earlier one</source>
        <translation>évolution&#xa0;: le premier instantané doit être le plus ancien des deux</translation>
    </message>
    <message>
        <source>roll-forward: the two snapshots have different basis or buckets</source>
        <translation>évolution&#xa0;: les deux instantanés n&apos;ont pas la même base ou les mêmes tranches</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>write-off request %1 does not exist</source>
        <translation>la demande de passage en perte %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>reason: a write-off request needs a reason</source>
        <translation>reason&#xa0;: une demande de passage en perte doit être motivée</translation>
    </message>
    <message>
        <source>amount: must be greater than zero</source>
        <translation>amount&#xa0;: doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>amount: invoice %1 has only %2 open</source>
        <translation>amount&#xa0;: la facture %1 n&apos;a que %2 de reste dû</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date&#xa0;: n&apos;est pas une date</translation>
    </message>
    <message>
        <source>%1 may not approve their own write-off request</source>
        <translation>%1 ne peut pas approuver sa propre demande de passage en perte</translation>
    </message>
    <message>
        <source>%1 (%2) may not approve a write-off of %3 %4: above the role&apos;s approval limit</source>
        <translation>%1 (%2) ne peut pas approuver un passage en perte de %3 %4&#xa0;: au-delà de la limite d&apos;approbation du rôle</translation>
    </message>
    <message>
        <source>note: a rejection needs a reason for the collector</source>
        <translation>note&#xa0;: un refus doit être motivé pour le chargé de recouvrement</translation>
    </message>
    <message>
        <source>write-off of %1 rejected: %2</source>
        <translation>passage en perte de %1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role</source>
        <translation>role&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un rôle</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code ISO 4217</translation>
    </message>
    <message>
        <source>max_amount: must not be negative</source>
        <translation>max_amount&#xa0;: ne doit pas être négatif</translation>
    </message>
    <message>
        <source>write-off request %1 is already approved</source>
        <translation>la demande de passage en perte %1 est déjà approuvée</translation>
    </message>
    <message>
        <source>write-off request %1 is already rejected</source>
        <translation>la demande de passage en perte %1 est déjà refusée</translation>
    </message>
    <message>
        <source>write-off request %1 is already decided</source>
        <translation>la demande de passage en perte %1 a déjà fait l&apos;objet d&apos;une décision</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>un mot de passe doit comporter au moins 8 caractères</translation>
    </message>
    <message>
        <source>a password may have at most 1024 characters</source>
        <translation>un mot de passe peut comporter au plus 1024 caractères</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>la bibliothèque de cryptographie n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>mémoire insuffisante pour hacher le mot de passe</translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation>utilisateur inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>l&apos;utilisateur %1 est désactivé</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et . _ @ -</translation>
    </message>
    <message>
        <source>this book already has an administrator</source>
        <translation>ce dossier a déjà un administrateur</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name&#xa0;: est vide</translation>
    </message>
    <message>
        <source>user %1 already exists</source>
        <translation>l&apos;utilisateur %1 existe déjà</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>pas d&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>vous ne pouvez pas vous désactiver vous-même</translation>
    </message>
    <message>
        <source>%1 is the last administrator</source>
        <translation>%1 est le dernier administrateur</translation>
    </message>
    <message>
        <source>an administrator keeps every permission</source>
        <translation>un administrateur conserve toutes les autorisations</translation>
    </message>
    <message>
        <source>the local owner of an unprotected book has no password</source>
        <translation>le propriétaire local d&apos;un dossier non protégé n&apos;a pas de mot de passe</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>le mot de passe actuel est erroné</translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts: user %1 may try again in %n second(s)</source>
        <translation>
            <numerusform>trop de tentatives échouées&#xa0;: l&apos;utilisateur %1 pourra réessayer dans %n seconde</numerusform>
            <numerusform>trop de tentatives échouées&#xa0;: l&apos;utilisateur %1 pourra réessayer dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>the work stopped on an unexpected error</source>
        <translation>le traitement s&apos;est arrêté sur une erreur inattendue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BankFile</name>
    <message>
        <source>mapping: not JSON: %1 at offset %2</source>
        <translation>correspondance&#xa0;: JSON invalide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>mapping: not a JSON object</source>
        <translation>correspondance&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>mapping: unknown key &apos;%1&apos;</source>
        <translation>correspondance&#xa0;: clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>mapping: %1: must be a string</source>
        <translation>correspondance&#xa0;: %1&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>mapping: columns: must be an object</source>
        <translation>correspondance&#xa0;: columns&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>mapping: columns: unknown key &apos;%1&apos;</source>
        <translation>correspondance&#xa0;: columns&#xa0;: clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>mapping: columns: %1: must be a string</source>
        <translation>correspondance&#xa0;: columns&#xa0;: %1&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>mapping: columns: date and amount are required</source>
        <translation>correspondance&#xa0;: columns&#xa0;: date et amount sont obligatoires</translation>
    </message>
    <message>
        <source>mapping: needs columns.currency or a fixed &quot;currency&quot; (amounts without currency)</source>
        <translation>correspondance&#xa0;: il faut columns.currency ou une «&#xa0;currency&#xa0;» fixe (montants sans devise)</translation>
    </message>
    <message>
        <source>mapping: currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>correspondance&#xa0;: currency&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code ISO 4217</translation>
    </message>
    <message>
        <source>mapping: date_format: must not be empty</source>
        <translation>correspondance&#xa0;: date_format&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>mapping: decimal: must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>correspondance&#xa0;: decimal&#xa0;: doit être «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;»</translation>
    </message>
    <message>
        <source>mapping: thousands: must be empty or one of . , &apos; and space, other than decimal</source>
        <translation>correspondance&#xa0;: thousands&#xa0;: doit être vide ou l&apos;un de . , &apos; et espace, différent de decimal</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>le fichier est vide (pas de ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>no such column in the header</source>
        <translation>cette colonne n&apos;existe pas dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation>la colonne apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format %2</translation>
    </message>
    <message>
        <source>amount %1 without currency</source>
        <translation>montant %1 sans devise</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en %2</translation>
    </message>
    <message>
        <source>entry reference %1 is used twice in the file</source>
        <translation>la référence d&apos;écriture %1 figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>entry without Amt</source>
        <translation>écriture sans Amt</translation>
    </message>
    <message>
        <source>entry without CdtDbtInd</source>
        <translation>écriture sans CdtDbtInd</translation>
    </message>
    <message>
        <source>entry without booking date (BookgDt)</source>
        <translation>écriture sans date de comptabilisation (BookgDt)</translation>
    </message>
    <message>
        <source>entry without a reference (AcctSvcrRef, NtryRef or EndToEndId)</source>
        <translation>écriture sans référence (AcctSvcrRef, NtryRef ou EndToEndId)</translation>
    </message>
    <message>
        <source>not a camt.053 document (root element %1)</source>
        <translation>pas un document camt.053 (élément racine %1)</translation>
    </message>
    <message>
        <source>namespace &apos;%1&apos; is not camt.053 (expected urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .13)</source>
        <translation>l&apos;espace de noms «&#xa0;%1&#xa0;» n&apos;est pas camt.053 (attendu&#xa0;: urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 à .13)</translation>
    </message>
    <message>
        <source>amount %1 without currency (Ccy attribute)</source>
        <translation>montant %1 sans devise (attribut Ccy)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive amount in %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant positif en %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither CRDT nor DBIT</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni CRDT ni DBIT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the file ends too early (truncated XML): %1</source>
        <translation>le fichier se termine trop tôt (XML tronqué)&#xa0;: %1</translation>
    </message>
    <message>
        <source>no XML document in the file</source>
        <translation>aucun document XML dans le fichier</translation>
    </message>
    <message>
        <source>no statement (Stmt/Id) in the file</source>
        <translation>aucun relevé (Stmt/Id) dans le fichier</translation>
    </message>
    <message>
        <source>mapping: delimiter: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;|&quot;</source>
        <translation>correspondance&#xa0;: delimiter&#xa0;: doit être «&#xa0;,&#xa0;», «&#xa0;;&#xa0;», «&#xa0;tab&#xa0;» ou «&#xa0;|&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>a CSV bank file needs a mapping (--mapping NAME or FILE.json)</source>
        <translation>un fichier bancaire CSV a besoin d&apos;une correspondance (--mapping NOM ou FICHIER.json)</translation>
    </message>
    <message>
        <source>no bank mapping named &apos;%1&apos; in the book</source>
        <translation>aucune correspondance bancaire nommée «&#xa0;%1&#xa0;» dans le dossier</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>an earlier entry of this file already pays these invoices</source>
        <translation>une écriture précédente de ce fichier règle déjà ces factures</translation>
    </message>
    <message>
        <source>%1 was refused; nothing can be posted from it</source>
        <translation>%1 a été refusé&#xa0;; rien ne peut en être comptabilisé</translation>
    </message>
    <message>
        <source>no entry %1 in the review</source>
        <translation>aucune écriture %1 dans la revue</translation>
    </message>
    <message>
        <source>entry %1 is not an incoming payment</source>
        <translation>l&apos;écriture %1 n&apos;est pas un règlement entrant</translation>
    </message>
    <message>
        <source>no customer for entry %1</source>
        <translation>aucun client pour l&apos;écriture %1</translation>
    </message>
    <message>
        <source>the credit is in %1, customer %2 in %3</source>
        <translation>l&apos;encaissement est en %1, le client %2 en %3</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>une affectation doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>applied %1 is more than the credit %2</source>
        <translation>le montant affecté %1 dépasse l&apos;encaissement %2</translation>
    </message>
    <message>
        <source>invoice %1 is not an invoice of customer %2 in %3</source>
        <translation>la facture %1 n&apos;est pas une facture du client %2 en %3</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open on %3; nothing was posted</source>
        <translation>la facture %1 n&apos;a que %2 de reste dû au %3&#xa0;; rien n&apos;a été comptabilisé</translation>
    </message>
    <message>
        <source>a bank mapping needs a name</source>
        <translation>une correspondance bancaire a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation>le compte est vide</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>pas de client %1</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>unapplied cash</source>
        <translation>encaissement non affecté</translation>
    </message>
    <message>
        <source>%1 and %2 unapplied</source>
        <translation>%1 et %2 non affecté</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 % — %4</source>
        <translation>%1 · %2 · %3&#xa0;% — %4</translation>
    </message>
</context>
<context>
    <name>BankMatching</name>
    <message>
        <source>the creditor reference %1 has a wrong check digit and was ignored</source>
        <translation>la référence créancier %1 a une clé de contrôle erronée et a été ignorée</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the credit in %3</source>
        <translation>la facture %1 est en %2, l&apos;encaissement en %3</translation>
    </message>
    <message>
        <source>the payment reference names invoice %1</source>
        <translation>la référence de paiement cite la facture %1</translation>
    </message>
    <message>
        <source>the remittance text names invoice %1</source>
        <translation>le libellé du virement cite la facture %1</translation>
    </message>
    <message>
        <source>already paid: nothing is open on %1</source>
        <translation>déjà réglée&#xa0;: rien n&apos;est dû sur %1</translation>
    </message>
    <message>
        <source>the reference belongs to customer %1, but the debtor account %2 to customer %3</source>
        <translation>la référence appartient au client %1, mais le compte du donneur d&apos;ordre %2 au client %3</translation>
    </message>
    <message>
        <source>the remittance names invoices of several customers</source>
        <translation>le libellé cite des factures de plusieurs clients</translation>
    </message>
    <message>
        <source>the debtor account %1 is registered to the customer</source>
        <translation>le compte du donneur d&apos;ordre %1 est enregistré pour le client</translation>
    </message>
    <message>
        <source>the debtor account %1 paid this customer before</source>
        <translation>le compte du donneur d&apos;ordre %1 a déjà réglé ce client</translation>
    </message>
    <message>
        <source>the debtor name &apos;%1&apos; is the customer&apos;s name</source>
        <translation>le nom du donneur d&apos;ordre «&#xa0;%1&#xa0;» est celui du client</translation>
    </message>
    <message>
        <source>only the amount: it equals the open amount of %1 of customer %2</source>
        <translation>montant seul&#xa0;: il est égal au reste dû de %1 du client %2</translation>
    </message>
    <message>
        <source>the amount equals the open amount</source>
        <translation>le montant est égal au reste dû</translation>
    </message>
    <message>
        <source>short payment: %1 less than the open %2</source>
        <translation>moins-perçu&#xa0;: %1 de moins que le reste dû de %2</translation>
    </message>
    <message>
        <source>overpayment: %1 stays unapplied</source>
        <translation>trop-perçu&#xa0;: %1 reste non affecté</translation>
    </message>
    <message>
        <source>the debtor account is the customer&apos;s</source>
        <translation>le compte du donneur d&apos;ordre est celui du client</translation>
    </message>
    <message>
        <source>the amount equals the open amount of %1</source>
        <translation>le montant est égal au reste dû de %1</translation>
    </message>
    <message numerus="yes">
        <source>it is the oldest of %n open items of this amount</source>
        <translation>
            <numerusform>c&apos;est le plus ancien (%n poste ouvert de ce montant)</numerusform>
            <numerusform>c&apos;est le plus ancien des %n postes ouverts de ce montant</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount equals the open amounts of %1 together</source>
        <translation>le montant est égal à la somme des restes dus de %1</translation>
    </message>
    <message>
        <source>another combination fits too</source>
        <translation>une autre combinaison convient aussi</translation>
    </message>
    <message>
        <source>no open item or combination matches the amount: unapplied cash</source>
        <translation>aucun poste ouvert ni aucune combinaison ne correspond au montant&#xa0;: encaissement non affecté</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>le pilote Qt SQL %1 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>book %1 does not exist (create it with init)</source>
        <translation>le dossier %1 n&apos;existe pas (créez-le avec init)</translation>
    </message>
    <message>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation>%1 existe déjà&#xa0;; refus de l&apos;écraser</translation>
    </message>
    <message>
        <source>cannot create %1: folder not writable</source>
        <translation>impossible de créer %1&#xa0;: répertoire non accessible en écriture</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a book URL (postgresql://USER@HOST:PORT/DBNAME)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de dossier (postgresql://USER@HOST:PORT/DBNAME)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer ardesk (schema %2; this version reads up to %3). Upgrade ardesk to open it.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;ardesk (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez ardesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not an ardesk book</source>
        <translation>%1 n&apos;est pas un dossier ardesk</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2 to %3 but is read-only</source>
        <translation>%1 doit être mis à niveau du schéma %2 au %3, mais il est en lecture seule</translation>
    </message>
    <message>
        <source>cannot prepare [%1]: %2</source>
        <translation>impossible de préparer [%1]&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>nested transaction</source>
        <translation>transaction imbriquée</translation>
    </message>
    <message>
        <source>%1 holds no ardesk book (create it with init)</source>
        <translation>%1 ne contient aucun dossier ardesk (créez-le avec init)</translation>
    </message>
    <message>
        <source>%1 already holds a book; refusing to overwrite it</source>
        <translation>%1 contient déjà un dossier&#xa0;; écrasement refusé</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>impossible de sauvegarder %1 vers %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BookCopy</name>
    <message>
        <source>the books have different schema versions (%1 and %2)</source>
        <translation>les dossiers ont des versions de schéma différentes (%1 et %2)</translation>
    </message>
    <message>
        <source>%1 is not empty; copy only into a new book</source>
        <translation>%1 n&apos;est pas vide&#xa0;; copiez uniquement vers un nouveau dossier</translation>
    </message>
    <message>
        <source>%1 has a table ardesk does not know: %2</source>
        <translation>%1 contient une table inconnue d&apos;ardesk&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>BookService</name>
    <message>
        <source>this book is protected: sign in as a user</source>
        <translation>ce dossier est protégé&#xa0;: connectez-vous avec un utilisateur</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>la date d&apos;arrêté n&apos;est pas valide</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside; is it still open?</source>
        <translation>impossible de renommer %1&#xa0;; le fichier est-il encore ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
</context>
<context>
    <name>BookWatcher</name>
    <message>
        <source>cannot listen for changes of %1: %2</source>
        <translation>impossible de surveiller les modifications de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BrowseService</name>
    <message>
        <source>the row window is negative</source>
        <translation>la fenêtre de lignes est négative</translation>
    </message>
    <message>
        <source>the as-of date is not valid</source>
        <translation>la date d&apos;arrêté n&apos;est pas valide</translation>
    </message>
</context>
<context>
    <name>CashForecastService</name>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>les promesses ne peuvent pas être évaluées&#xa0;: %1</translation>
    </message>
    <message>
        <source>forecast: not a valid date</source>
        <translation>prévision&#xa0;: date non valide</translation>
    </message>
    <message>
        <source>forecast: from 0 to %1 past weeks</source>
        <translation>prévision&#xa0;: de 0 à %1 semaines passées</translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>la date d&apos;arrêté n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>utilisateur inconnu %1</translation>
    </message>
    <message>
        <source>%1 may see only their own queue, not the one of %2</source>
        <translation>%1 ne peut voir que sa propre liste de travail, pas celle de %2</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees every queue</source>
        <translation>seul un superviseur, un responsable ou un administrateur voit toutes les listes de travail</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>tâche inconnue %1</translation>
    </message>
    <message>
        <source>task %1 is already %2</source>
        <translation>la tâche %1 est déjà à l&apos;état %2</translation>
    </message>
    <message>
        <source>task %1 is in the queue of another user</source>
        <translation>la tâche %1 est dans la liste de travail d&apos;un autre utilisateur</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>identifiant client inconnu %1</translation>
    </message>
    <message>
        <source>this item was already recorded (%1)</source>
        <translation>cet élément a déjà été enregistré (%1)</translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation>la date d&apos;échéance n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task kind (call, promise_follow_up, dispute_follow_up, review, escalation)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de tâche (call, promise_follow_up, dispute_follow_up, review, escalation)</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>utilisateur inconnu ou inactif %1</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin assigns portfolios</source>
        <translation>seul un superviseur, un responsable ou un administrateur attribue les portefeuilles</translation>
    </message>
    <message>
        <source>give customer codes or a rule (region, language, balance band)</source>
        <translation>indiquez des codes client ou une règle (région, langue, tranche de solde)</translation>
    </message>
    <message>
        <source>a balance band needs its currency</source>
        <translation>une tranche de solde a besoin de sa devise</translation>
    </message>
    <message>
        <source>the balance band&apos;s minimum is above its maximum</source>
        <translation>le minimum de la tranche de solde dépasse son maximum</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>l&apos;utilisateur %1 est désactivé</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 a le rôle %2, pas chargé de recouvrement</translation>
    </message>
    <message>
        <source>grace days must be between 0 and 365 (got %1)</source>
        <translation>les jours de tolérance doivent être compris entre 0 et 365 (reçu %1)</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>la plage de contact doit commencer avant de finir</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Call out</source>
        <translation>Appel sortant</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation>Contact avec la bonne personne</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Message vocal laissé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Refus de payer</translation>
    </message>
    <message>
        <source>Dispute raised</source>
        <translation>Litige soulevé</translation>
    </message>
    <message>
        <source>Promise taken</source>
        <translation>Promesse prise</translation>
    </message>
    <message>
        <source>Payment plan requested</source>
        <translation>Échéancier demandé</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <source>Duplicate billing</source>
        <translation>Double facturation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>the time of the call is not valid</source>
        <translation>l&apos;heure de l&apos;appel n&apos;est pas valide</translation>
    </message>
    <message>
        <source>earlier call attempt %1 has no valid time</source>
        <translation>la tentative d&apos;appel précédente %1 n&apos;a pas d&apos;heure valide</translation>
    </message>
    <message>
        <source>the contact window must start before it ends</source>
        <translation>la plage de contact doit commencer avant de finir</translation>
    </message>
    <message>
        <source>the call-attempt cap needs at least 1 attempt in at least 1 day</source>
        <translation>le plafond de tentatives d&apos;appel exige au moins 1 tentative sur au moins 1 jour</translation>
    </message>
    <message>
        <source>the days of silence after a conversation must not be negative</source>
        <translation>les jours sans appel après une conversation ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>Cease communication: the customer has asked that all communication stop. Do not call.</source>
        <translation>Arrêt des communications&#xa0;: le client a demandé l&apos;arrêt de toute communication. Ne pas appeler.</translation>
    </message>
    <message>
        <source>Attorney representation: the customer is represented by an attorney. Contact the attorney, not the customer.</source>
        <translation>Représentation par un avocat&#xa0;: le client est représenté par un avocat. Contactez l&apos;avocat, pas le client.</translation>
    </message>
    <message>
        <source>Do not call: the customer is flagged do-not-call.</source>
        <translation>Ne pas appeler&#xa0;: le client est marqué «&#xa0;ne pas appeler&#xa0;».</translation>
    </message>
    <message>
        <source>No calls at work: the customer has refused calls at the place of work.</source>
        <translation>Pas d&apos;appel au travail&#xa0;: le client a refusé les appels sur son lieu de travail.</translation>
    </message>
    <message>
        <source>Contact window: the customer&apos;s time zone (%1) is not known, so the local time cannot be checked. Set the customer&apos;s time zone first.</source>
        <translation>Plage de contact&#xa0;: le fuseau horaire du client (%1) est inconnu, l&apos;heure locale ne peut donc pas être vérifiée. Renseignez d&apos;abord le fuseau horaire du client.</translation>
    </message>
    <message>
        <source>Contact window: it is %1 in %2; calls are allowed from %3 to %4 the customer&apos;s local time.</source>
        <translation>Plage de contact&#xa0;: il est %1 à %2&#xa0;; les appels sont autorisés de %3 à %4, heure locale du client.</translation>
    </message>
    <message>
        <source>Consumer rule: no call for %1 days after a conversation, the conversation day being day 1. Conversation on %2; calls allowed again from %3.</source>
        <translation>Règle consommateur&#xa0;: pas d&apos;appel pendant %1 jours après une conversation, le jour de la conversation étant le jour 1. Conversation le %2&#xa0;; appels de nouveau autorisés à partir du %3.</translation>
    </message>
    <message>
        <source>Consumer rule: at most %1 call attempts in %2 consecutive days per debt. %3 attempts from %4 to %5; calls allowed again from %6.</source>
        <translation>Règle consommateur&#xa0;: au plus %1 tentatives d&apos;appel sur %2 jours consécutifs par créance. %3 tentatives du %4 au %5&#xa0;; appels de nouveau autorisés à partir du %6.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
    <message>
        <source>the time of the contact is not valid</source>
        <translation>l&apos;heure du contact n&apos;est pas valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un canal (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an outcome (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un résultat (%2)</translation>
    </message>
    <message>
        <source>the duration must not be negative</source>
        <translation>la durée ne doit pas être négative</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2</source>
        <translation>appel à %1 bloqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>call to %1 blocked: %2; only a supervisor can override it</source>
        <translation>appel à %1 bloqué&#xa0;: %2&#xa0;; seul un superviseur peut passer outre</translation>
    </message>
    <message>
        <source>task %1 is not a task of %2</source>
        <translation>la tâche %1 n&apos;est pas une tâche de %2</translation>
    </message>
    <message>
        <source>the day the complaint was received is not a valid date</source>
        <translation>le jour de réception de la réclamation n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complaint channel (letter, email, call)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un canal de réclamation (letter, email, call)</translation>
    </message>
    <message>
        <source>a complaint needs a category</source>
        <translation>une réclamation a besoin d&apos;une catégorie</translation>
    </message>
    <message>
        <source>satisfaction is a score from 1 to 5 (got %1)</source>
        <translation>la satisfaction est une note de 1 à 5 (reçu %1)</translation>
    </message>
    <message>
        <source>the complaint cannot be resolved before it was received</source>
        <translation>la réclamation ne peut pas être résolue avant sa réception</translation>
    </message>
</context>
<context>
    <name>CreditHold</name>
    <message>
        <source>over the credit limit (balance %1, limit %2)</source>
        <translation>limite de crédit dépassée (solde %1, limite %2)</translation>
    </message>
    <message numerus="yes">
        <source>oldest item %n day(s) past due</source>
        <translation>
            <numerusform>plus ancien poste en retard de %n jour</numerusform>
            <numerusform>plus ancien poste en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue amount %1</source>
        <translation>montant échu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n promesse rompue</numerusform>
            <numerusform>%n promesses rompues</numerusform>
        </translation>
    </message>
    <message>
        <source>set by the collection strategy</source>
        <translation>posé par la stratégie de recouvrement</translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name&#xa0;: est vide</translation>
    </message>
    <message>
        <source>terms: days and percentages must not be negative</source>
        <translation>terms&#xa0;: les jours et les pourcentages ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>discount_days: the discount period cannot be longer than the terms</source>
        <translation>discount_days&#xa0;: le délai d&apos;escompte ne peut pas dépasser le délai de paiement</translation>
    </message>
    <message>
        <source>a policy named %1 already exists</source>
        <translation>une politique de crédit nommée %1 existe déjà</translation>
    </message>
    <message>
        <source>policy %1 does not exist</source>
        <translation>la politique de crédit %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>aucune date d&apos;arrêté</translation>
    </message>
    <message>
        <source>reason: releasing a hold needs a reason</source>
        <translation>reason&#xa0;: la levée d&apos;un blocage a besoin d&apos;un motif</translation>
    </message>
    <message>
        <source>date: is not a date</source>
        <translation>date&#xa0;: n&apos;est pas une date</translation>
    </message>
    <message>
        <source>customer %1 is not on hold</source>
        <translation>le client %1 n&apos;est pas bloqué</translation>
    </message>
    <message>
        <source>date: the hold was set on %1</source>
        <translation>date&#xa0;: le blocage a été posé le %1</translation>
    </message>
    <message>
        <source>new_limit: a raise needs a limit above the current one</source>
        <translation>new_limit&#xa0;: une hausse exige une limite supérieure à la limite actuelle</translation>
    </message>
    <message>
        <source>new_limit: lowering needs a limit below the current one</source>
        <translation>new_limit&#xa0;: une baisse exige une limite inférieure à la limite actuelle</translation>
    </message>
    <message>
        <source>new_class: &apos;%1&apos; is not a new risk class A to E</source>
        <translation>new_class&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une nouvelle classe de risque de A à E</translation>
    </message>
    <message>
        <source>temporary_limit: a temporary increase needs a limit above the current one</source>
        <translation>temporary_limit&#xa0;: une hausse temporaire exige une limite supérieure à la limite actuelle</translation>
    </message>
    <message>
        <source>temporary_until: the expiry must be after the review date</source>
        <translation>temporary_until&#xa0;: la date d&apos;expiration doit être postérieure à la date de la revue de crédit</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 100000</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 à 100000</translation>
    </message>
    <message>
        <source>a row needs a score or a rating</source>
        <translation>une ligne doit contenir un score ou une note</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a second score of %1 by %2 on %3 in this file</source>
        <translation>un deuxième score pour %1 par %2 le %3 dans ce fichier</translation>
    </message>
    <message>
        <source>credit review: %1 score fell from %2 to %3</source>
        <translation>revue de crédit&#xa0;: le score %1 est passé de %2 à %3</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>risk_class: must be empty or one of A to E</source>
        <translation>risk_class&#xa0;: doit être vide ou l&apos;une des classes A à E</translation>
    </message>
    <message>
        <source>terms_days: at most 3650 days</source>
        <translation>terms_days&#xa0;: 3650 jours au plus</translation>
    </message>
    <message>
        <source>discount_days: a discount needs a discount period of at least one day</source>
        <translation>discount_days&#xa0;: un escompte exige un délai d&apos;escompte d&apos;au moins un jour</translation>
    </message>
    <message>
        <source>credit_limit: must not be negative</source>
        <translation>credit_limit&#xa0;: ne doit pas être négatif</translation>
    </message>
    <message>
        <source>review_interval_days: between 1 and 3650 days</source>
        <translation>review_interval_days&#xa0;: entre 1 et 3650 jours</translation>
    </message>
    <message>
        <source>hold_days_past_due: between 0 and 3650 days</source>
        <translation>hold_days_past_due&#xa0;: entre 0 et 3650 jours</translation>
    </message>
    <message>
        <source>hold_overdue_amount: must not be negative</source>
        <translation>hold_overdue_amount&#xa0;: ne doit pas être négatif</translation>
    </message>
    <message>
        <source>hold_broken_promises: at least 1 promise</source>
        <translation>hold_broken_promises&#xa0;: au moins 1 promesse</translation>
    </message>
    <message>
        <source>hold_broken_window_days: between 1 and 3650 days</source>
        <translation>hold_broken_window_days&#xa0;: entre 1 et 3650 jours</translation>
    </message>
    <message>
        <source>hold_broken_window_days: set the number of broken promises too</source>
        <translation>hold_broken_window_days&#xa0;: indiquez aussi le nombre de promesses rompues</translation>
    </message>
    <message>
        <source>interest_margin: between -100 and 100 points</source>
        <translation>interest_margin&#xa0;: entre -100 et 100 points</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees&#xa0;: l&apos;indemnité et les plafonds de frais ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed with a compensation or fee cap</source>
        <translation>fee_currency&#xa0;: un code devise à trois lettres est requis avec une indemnité ou un plafond de frais</translation>
    </message>
    <message>
        <source>strategy: strategy %1 does not exist</source>
        <translation>strategy&#xa0;: la stratégie %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>instalment_terms: %1</source>
        <translation>instalment_terms&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>field %1: the quoted field that opens on this line is never closed</source>
        <translation>champ %1&#xa0;: le guillemet qui ouvre un champ sur cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>field %1: a carriage return that is not followed by a line feed outside quotes</source>
        <translation>champ %1&#xa0;: un retour chariot non suivi d&apos;un saut de ligne hors guillemets</translation>
    </message>
    <message>
        <source>field %1: a quote inside an unquoted field (enclose the whole field in quotes and double the quotes inside it)</source>
        <translation>champ %1&#xa0;: un guillemet dans un champ non entre guillemets (mettez tout le champ entre guillemets et doublez les guillemets qu&apos;il contient)</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by a comma or a line break)</source>
        <translation>champ %1&#xa0;: du texte après le guillemet fermant (un champ entre guillemets doit être suivi d&apos;une virgule ou d&apos;un saut de ligne)</translation>
    </message>
    <message>
        <source>field %1: the text is not valid UTF-8</source>
        <translation>champ %1&#xa0;: le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote (a quoted field must be followed by the separator %2 or a line break)</source>
        <translation>champ %1&#xa0;: texte après le guillemet fermant (un champ entre guillemets doit être suivi du séparateur %2 ou d&apos;un saut de ligne)</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>dashboard: not a valid date</source>
        <translation>tableau de bord&#xa0;: date non valide</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>les promesses ne peuvent pas être évaluées&#xa0;: %1</translation>
    </message>
    <message>
        <source>dashboard trend: a valid date and 1 to 60 months</source>
        <translation>évolution du tableau de bord&#xa0;: il faut une date valide et de 1 à 60 mois</translation>
    </message>
    <message>
        <source>dashboard collections: a valid date and 1 to 104 weeks</source>
        <translation>recouvrements du tableau de bord&#xa0;: il faut une date valide et de 1 à 104 semaines</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the book already has customers; a demo book can only be generated into an empty book</source>
        <translation>le dossier contient déjà des clients&#xa0;; un dossier de démonstration ne peut être généré que dans un dossier vide</translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was written</source>
        <translation>génération de la démonstration annulée&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>customers: must be between 1 and %1 (got %2)</source>
        <translation>customers&#xa0;: doit être compris entre 1 et %1 (reçu %2)</translation>
    </message>
</context>
<context>
    <name>DepositBatchService</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code ISO 4217</translation>
    </message>
    <message>
        <source>received_date: is not a date</source>
        <translation>received_date&#xa0;: n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the batch has no checks</source>
        <translation>la remise ne contient aucun chèque</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>count: %1 checks keyed, the control count is %2</source>
        <translation>count&#xa0;: %1 chèques saisis, le nombre de contrôle est %2</translation>
    </message>
    <message>
        <source>total: the checks add up to %1, the control total is %2</source>
        <translation>total&#xa0;: les chèques totalisent %1, le total de contrôle est %2</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>pas de client %1</translation>
    </message>
    <message>
        <source>%1 is billed in %2, the batch is in %3</source>
        <translation>%1 est facturé en %2, la remise est en %3</translation>
    </message>
    <message>
        <source>%1 is already posted for %2</source>
        <translation>%1 est déjà comptabilisé pour %2</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>pas de facture %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>la facture %1 appartient à un autre client</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>&apos;%1&apos; is not a dispute reason (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un motif de litige (%2)</translation>
    </message>
    <message>
        <source>the day the dispute was opened is not a valid date</source>
        <translation>le jour d&apos;ouverture du litige n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>the dispute&apos;s due date is before the day it was opened</source>
        <translation>l&apos;échéance du litige est antérieure à son jour d&apos;ouverture</translation>
    </message>
    <message>
        <source>the disputed amount must be positive</source>
        <translation>le montant en litige doit être positif</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>facture inconnue %1</translation>
    </message>
    <message>
        <source>invoice %1 was issued on %2, after the dispute&apos;s date %3</source>
        <translation>la facture %1 a été émise le %2, après la date du litige %3</translation>
    </message>
    <message>
        <source>the disputed amount %1 is more than invoice %2 has open and undisputed (%3 open, %4 already disputed)</source>
        <translation>le montant en litige %1 dépasse ce que la facture %2 a de dû et non contesté (%3 dû, %4 déjà en litige)</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>utilisateur inconnu ou inactif %1</translation>
    </message>
    <message>
        <source>the day of the resolution is not a valid date</source>
        <translation>le jour de la résolution n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>unknown dispute %1</source>
        <translation>litige inconnu %1</translation>
    </message>
    <message>
        <source>dispute %1 is already %2</source>
        <translation>le litige %1 est déjà à l&apos;état %2</translation>
    </message>
    <message>
        <source>dispute %1 cannot be resolved before it was opened (%2)</source>
        <translation>le litige %1 ne peut pas être résolu avant son ouverture (%2)</translation>
    </message>
    <message>
        <source>invoice %1 has nothing open to write off</source>
        <translation>la facture %1 n&apos;a rien de dû à passer en perte</translation>
    </message>
    <message>
        <source>dispute %1 (%2)</source>
        <translation>litige %1 (%2)</translation>
    </message>
    <message>
        <source>unknown credit note %1</source>
        <translation>avoir inconnu %1</translation>
    </message>
    <message>
        <source>credit note %1 belongs to another customer</source>
        <translation>l&apos;avoir %1 appartient à un autre client</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>no output folder given</source>
        <translation>aucun répertoire de sortie indiqué</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le répertoire</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2)</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>aucune date d&apos;arrêté</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>aucune date d&apos;arrêté</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>la lettre %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>only a rendered statement can be recorded as sent</source>
        <translation>seul un relevé de compte généré peut être enregistré comme envoyé</translation>
    </message>
    <message>
        <source>the letter has no document</source>
        <translation>la lettre n&apos;a pas de document</translation>
    </message>
    <message>
        <source>unknown letter template &apos;%1&apos; (one of %2)</source>
        <translation>modèle de lettre inconnu «&#xa0;%1&#xa0;» (parmi %2)</translation>
    </message>
    <message>
        <source>no letter templates in language &apos;%1&apos; (one of %2)</source>
        <translation>aucun modèle de lettre en langue «&#xa0;%1&#xa0;» (parmi %2)</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsService</name>
    <message>
        <source>pay-by days: %1 is not between 0 and %2</source>
        <translation>délai de paiement en jours&#xa0;: %1 n&apos;est pas entre 0 et %2</translation>
    </message>
    <message>
        <source>sender: longer than %1 characters</source>
        <translation>expéditeur&#xa0;: plus de %1 caractères</translation>
    </message>
    <message>
        <source>payment instructions: longer than %1 characters</source>
        <translation>instructions de paiement&#xa0;: plus de %1 caractères</translation>
    </message>
    <message>
        <source>payment instructions: no letters in language &apos;%1&apos; (one of %2)</source>
        <translation>instructions de paiement&#xa0;: aucune lettre en langue «&#xa0;%1&#xa0;» (parmi %2)</translation>
    </message>
    <message>
        <source>payment instructions (%1): longer than %2 characters</source>
        <translation>instructions de paiement (%1)&#xa0;: plus de %2 caractères</translation>
    </message>
</context>
<context>
    <name>EscalationQueueWidget</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>prise en charge</translation>
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
        <translation>une escalade a besoin d&apos;un motif</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
    <message>
        <source>unknown or inactive user %1</source>
        <translation>utilisateur inconnu ou inactif %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a supervisor</source>
        <translation>%1 a le rôle %2, pas superviseur</translation>
    </message>
    <message>
        <source>there is no active supervisor to escalate to</source>
        <translation>aucun superviseur actif vers qui escalader</translation>
    </message>
    <message>
        <source>%1 is already escalated to %2 (escalation %3)</source>
        <translation>%1 est déjà escaladé vers %2 (escalade %3)</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin decides on escalations</source>
        <translation>seul un superviseur, un responsable ou un administrateur décide des escalades</translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation>escalade inconnue %1</translation>
    </message>
    <message>
        <source>escalation %1 is %2</source>
        <translation>l&apos;escalade %1 est à l&apos;état %2</translation>
    </message>
    <message>
        <source>unknown customer id %1</source>
        <translation>identifiant client inconnu %1</translation>
    </message>
    <message>
        <source>returning an escalation needs instructions</source>
        <translation>renvoyer une escalade exige des instructions</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 a le rôle %2, pas chargé de recouvrement</translation>
    </message>
    <message>
        <source>only a supervisor, manager or admin sees the escalation queue</source>
        <translation>seul un superviseur, un responsable ou un administrateur voit la file des escalades</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>utilisateur inconnu %1</translation>
    </message>
</context>
<context>
    <name>FiguresJob</name>
    <message>
        <source>the figures stopped on an unexpected error</source>
        <translation>le calcul des chiffres s&apos;est arrêté sur une erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation>montant négatif %1</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>import annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête est requise</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>colonne obligatoire «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>duplicate customer code %1 in this file</source>
        <translation>code client %1 en double dans ce fichier</translation>
    </message>
    <message>
        <source>customer %1 already exists in the book</source>
        <translation>le client %1 existe déjà dans le dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days between 0 and 3650</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de jours entre 0 et 3650</translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in this file</source>
        <translation>numéro de facture %1 en double dans ce fichier</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>est antérieure à la date d&apos;émission</translation>
    </message>
    <message>
        <source>%1 differs from customer %2&apos;s currency %3</source>
        <translation>%1 diffère de la devise %3 du client %2</translation>
    </message>
    <message>
        <source>duplicate payment reference %1 for customer %2 in this file</source>
        <translation>référence de règlement %1 en double pour le client %2 dans ce fichier</translation>
    </message>
    <message>
        <source>payment %1 of customer %2 is already in the book</source>
        <translation>le règlement %1 du client %2 est déjà dans le dossier</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>facture inconnue %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>la facture %1 appartient à un autre client</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may hold only letters, digits and . _ @ -</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et . _ @ -</translation>
    </message>
    <message>
        <source>duplicate login %1 in this file</source>
        <translation>identifiant %1 en double dans ce fichier</translation>
    </message>
    <message>
        <source>user %1 already exists in the book</source>
        <translation>l&apos;utilisateur %1 existe déjà dans le dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;un de admin, manager, supervisor, collector, clerk, auditor</translation>
    </message>
    <message>
        <source>customer %1 is assigned twice in this file</source>
        <translation>le client %1 est attribué deux fois dans ce fichier</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>utilisateur inconnu %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a collector</source>
        <translation>%1 a le rôle %2, pas chargé de recouvrement</translation>
    </message>
    <message>
        <source>user %1 is deactivated</source>
        <translation>l&apos;utilisateur %1 est désactivé</translation>
    </message>
    <message>
        <source>is before the day the promise was taken</source>
        <translation>est antérieure au jour où la promesse a été prise</translation>
    </message>
    <message>
        <source>invoice %1 already exists in the book</source>
        <translation>la facture %1 existe déjà dans le dossier</translation>
    </message>
    <message>
        <source>only a manager sets credit limits; leave the column empty</source>
        <translation>seul le responsable fixe les limites de crédit&#xa0;; laissez la colonne vide</translation>
    </message>
</context>
<context>
    <name>InstalmentTerms</name>
    <message>
        <source>part %1: %2</source>
        <translation>partie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give 2 to %2 parts separated by &apos;/&apos;, such as 30/60/90</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez de 2 à %2 parties séparées par «&#xa0;/&#xa0;», par exemple 30/60/90</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DAYS or DAYS:PERCENT</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni JOURS ni JOURS:POURCENTAGE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days from 0 to 3650</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours de 0 à 3650</translation>
    </message>
    <message>
        <source>%1 days does not come after the part before it</source>
        <translation>%1 jours ne vient pas après la partie précédente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage above 0 with at most 2 decimals</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage supérieur à 0 avec au plus 2 décimales</translation>
    </message>
    <message>
        <source>give a percentage for every part or for none (equal parts)</source>
        <translation>indiquez un pourcentage pour chaque partie ou pour aucune (parties égales)</translation>
    </message>
    <message>
        <source>the percentages add up to %1, not 100</source>
        <translation>la somme des pourcentages est %1, et non 100</translation>
    </message>
</context>
<context>
    <name>InterestPostingService</name>
    <message>
        <source>no as-of date</source>
        <translation>aucune date d&apos;arrêté</translation>
    </message>
    <message>
        <source>%1: no reference rate of %2 in force for every day from %3; load the rates first</source>
        <translation>%1&#xa0;: aucun taux de référence %2 n&apos;est en vigueur pour chaque jour depuis le %3&#xa0;; chargez d&apos;abord les taux</translation>
    </message>
    <message>
        <source>%1: the number %2 is already taken</source>
        <translation>%1&#xa0;: le numéro %2 est déjà utilisé</translation>
    </message>
    <message>
        <source>%1: the compensation is in %2, the invoice in %3; ardesk does not convert</source>
        <translation>%1&#xa0;: l&apos;indemnité est en %2, la facture en %3&#xa0;; ardesk ne convertit pas les devises</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>InterestService</name>
    <message>
        <source>no as-of date</source>
        <translation>aucune date d&apos;arrêté</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region code (2 to 16 letters, digits, _ or -)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de région (2 à 16 lettres, chiffres, _ ou -)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage (such as 3.5, at most 4 decimals)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage (par exemple 3.5, 4 décimales au plus)</translation>
    </message>
    <message>
        <source>%1 is not between -100 and 100</source>
        <translation>%1 n&apos;est pas compris entre -100 et 100</translation>
    </message>
    <message>
        <source>a second rate for %1 from %2 in this file</source>
        <translation>un deuxième taux pour %1 à partir du %2 dans ce fichier</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>le fichier ne contient aucun taux</translation>
    </message>
    <message>
        <source>region: 2 to 16 capital letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>region&#xa0;: 2 à 16 lettres majuscules, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>valid_from: not a date</source>
        <translation>valid_from&#xa0;: n&apos;est pas une date</translation>
    </message>
    <message>
        <source>rate_percent: between -100 and 100</source>
        <translation>rate_percent&#xa0;: entre -100 et 100</translation>
    </message>
    <message>
        <source>there is no rate for %1 from %2</source>
        <translation>aucun taux pour %1 à partir du %2</translation>
    </message>
    <message>
        <source>country: two capital letters (ISO 3166), or empty for the default</source>
        <translation>country&#xa0;: deux lettres majuscules (ISO 3166), ou vide pour la règle par défaut</translation>
    </message>
    <message>
        <source>margin: between -100 and 100 points</source>
        <translation>margin&#xa0;: entre -100 et 100 points</translation>
    </message>
    <message>
        <source>day_count: 365 or 360</source>
        <translation>day_count&#xa0;: 365 ou 360</translation>
    </message>
    <message>
        <source>fees: compensation and fee caps must not be negative</source>
        <translation>fees&#xa0;: l&apos;indemnité et les plafonds de frais ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>compensation_currency: a three-letter currency code is needed</source>
        <translation>compensation_currency&#xa0;: un code devise à trois lettres est requis</translation>
    </message>
    <message>
        <source>fee_currency: a three-letter currency code is needed</source>
        <translation>fee_currency&#xa0;: un code devise à trois lettres est requis</translation>
    </message>
</context>
<context>
    <name>KpiMovements</name>
    <message>
        <source>allocation %1 reverses allocation %2, which does not exist</source>
        <translation>l&apos;affectation %1 extourne l&apos;affectation %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>posting for customer %1, which does not exist</source>
        <translation>écriture pour le client %1, qui n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>KPI figures: customer %1 does not exist</source>
        <translation>Indicateurs&#xa0;: le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>KPI period: invalid as-of date or number of months</source>
        <translation>Période des indicateurs&#xa0;: date d&apos;arrêté ou nombre de mois invalide</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>as-of: not a valid date</source>
        <translation>as-of&#xa0;: date non valide</translation>
    </message>
    <message>
        <source>months: must be from 1 to %1, not %2</source>
        <translation>months&#xa0;: doit être compris entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>promises in the book cannot be evaluated: %1</source>
        <translation>les promesses du dossier ne peuvent pas être évaluées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>allocation to invoice %1, which has no state row</source>
        <translation>affectation à la facture %1, qui n&apos;a pas de ligne d&apos;état</translation>
    </message>
    <message>
        <source>allocation from payment or credit note %1, which has no state row</source>
        <translation>affectation depuis le règlement ou l&apos;avoir %1, qui n&apos;a pas de ligne d&apos;état</translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>dépasse 64 caractères</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code such as EUR</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code ISO 4217 comme EUR</translation>
    </message>
    <message>
        <source>must be between 0 and 3650 days</source>
        <translation>doit être compris entre 0 et 3650 jours</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Prague</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA comme Europe/Paris</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 alpha-2 code such as SE</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code ISO 3166 alpha-2 comme FR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of en, de, fr, sv, cs</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;un de en, de, fr, sv, cs</translation>
    </message>
    <message>
        <source>must be one of A, B, C, D, E</source>
        <translation>doit être l&apos;un de A, B, C, D, E</translation>
    </message>
    <message>
        <source>code: customer %1 already exists</source>
        <translation>code&#xa0;: le client %1 existe déjà</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot be changed once the customer exists (it is %1)</source>
        <translation>ne peut plus être modifié une fois le client créé (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <source>cannot be changed (it is %1)</source>
        <translation>ne peut pas être modifié (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>n&apos;est pas une date</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>est antérieure à la date d&apos;émission</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>no customer %1</source>
        <translation>pas de client %1</translation>
    </message>
    <message>
        <source>%1 differs from the customer&apos;s currency %2</source>
        <translation>%1 diffère de la devise du client %2</translation>
    </message>
    <message>
        <source>invoice %1 already exists</source>
        <translation>la facture %1 existe déjà</translation>
    </message>
    <message>
        <source>credit note %1 already exists</source>
        <translation>l&apos;avoir %1 existe déjà</translation>
    </message>
    <message>
        <source>is not an invoice of %1</source>
        <translation>n&apos;est pas une facture de %1</translation>
    </message>
    <message>
        <source>an allocation must be greater than zero</source>
        <translation>une affectation doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>payment %1 does not exist</source>
        <translation>le règlement %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>payment %1 has been reversed</source>
        <translation>le règlement %1 a été extourné</translation>
    </message>
    <message>
        <source>credit note %1 does not exist</source>
        <translation>l&apos;avoir %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>credit note %1 has been reversed</source>
        <translation>l&apos;avoir %1 a été extourné</translation>
    </message>
    <message>
        <source>write-offs are posted through the approval workflow</source>
        <translation>les passages en perte sont comptabilisés via le circuit d&apos;approbation</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>la facture %1 appartient à un autre client</translation>
    </message>
    <message>
        <source>currency %1 cannot pay an invoice in %2</source>
        <translation>la devise %1 ne peut pas régler une facture en %2</translation>
    </message>
    <message>
        <source>%1 is before the money was received (%2)</source>
        <translation>%1 est antérieur à la réception des fonds (%2)</translation>
    </message>
    <message>
        <source>%1 is before invoice %2 was issued</source>
        <translation>%1 est antérieur à l&apos;émission de la facture %2</translation>
    </message>
    <message>
        <source>only %1 is left to apply</source>
        <translation>il ne reste que %1 à affecter</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open</source>
        <translation>la facture %1 n&apos;a que %2 de reste dû</translation>
    </message>
    <message>
        <source>no invoice %1</source>
        <translation>pas de facture %1</translation>
    </message>
    <message>
        <source>applied %1 is more than the payment %2</source>
        <translation>le montant affecté %1 dépasse le règlement %2</translation>
    </message>
    <message>
        <source>a reversal needs a reason</source>
        <translation>une extourne a besoin d&apos;un motif</translation>
    </message>
    <message>
        <source>allocation %1 does not exist</source>
        <translation>l&apos;affectation %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>a reversing entry cannot itself be reversed</source>
        <translation>une écriture d&apos;extourne ne peut pas elle-même être extournée</translation>
    </message>
    <message>
        <source>a write-off is reversed through the approval workflow</source>
        <translation>un passage en perte s&apos;extourne via le circuit d&apos;approbation</translation>
    </message>
    <message>
        <source>allocation %1 is already reversed</source>
        <translation>l&apos;affectation %1 est déjà extournée</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before what it reverses (%1)</source>
        <translation>une extourne ne peut pas être datée avant ce qu&apos;elle extourne (%1)</translation>
    </message>
    <message>
        <source>payment %1 is already reversed</source>
        <translation>le règlement %1 est déjà extourné</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the payment (%1)</source>
        <translation>une extourne ne peut pas être datée avant le règlement (%1)</translation>
    </message>
    <message>
        <source>date: an allocation of payment %1 is reversed after %2; date the payment&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date&#xa0;: une affectation du règlement %1 est extournée après le %2&#xa0;; datez l&apos;extourne du règlement au plus tôt de la dernière extourne de ses affectations</translation>
    </message>
    <message>
        <source>credit note %1 is already reversed</source>
        <translation>l&apos;avoir %1 est déjà extourné</translation>
    </message>
    <message>
        <source>a reversal cannot be dated before the credit note</source>
        <translation>une extourne ne peut pas être datée avant l&apos;avoir</translation>
    </message>
    <message>
        <source>date: an allocation of credit note %1 is reversed after %2; date the credit note&apos;s reversal on or after the latest reversal of its allocations</source>
        <translation>date&#xa0;: une affectation de l&apos;avoir %1 est extournée après le %2&#xa0;; datez l&apos;extourne de l&apos;avoir au plus tôt de la dernière extourne de ses affectations</translation>
    </message>
    <message>
        <source>a write-off must be greater than zero</source>
        <translation>un passage en perte doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>a write-off cannot be dated before the invoice</source>
        <translation>un passage en perte ne peut pas être daté avant la facture</translation>
    </message>
    <message>
        <source>invoice %1 has only %2 open to write off</source>
        <translation>la facture %1 n&apos;a que %2 de reste dû à passer en perte</translation>
    </message>
    <message>
        <source>no such invoice or payment</source>
        <translation>facture ou règlement introuvable</translation>
    </message>
    <message>
        <source>the payment is not the invoice&apos;s customer&apos;s or not in its currency</source>
        <translation>le règlement n&apos;est pas celui du client de la facture ou n&apos;est pas dans sa devise</translation>
    </message>
    <message>
        <source>a recovery cannot be dated before the payment</source>
        <translation>une récupération ne peut pas être datée avant le règlement</translation>
    </message>
    <message>
        <source>invoice %1 has nothing written off</source>
        <translation>la facture %1 n&apos;a rien de passé en perte</translation>
    </message>
    <message>
        <source>payment %1 has nothing left to apply</source>
        <translation>le règlement %1 n&apos;a plus rien à affecter</translation>
    </message>
    <message>
        <source>%1: only a manager sets a customer&apos;s credit limit and risk class (%2)</source>
        <translation>%1&#xa0;: seul le responsable fixe la limite de crédit et la classe de risque d&apos;un client (%2)</translation>
    </message>
    <message>
        <source>discount: %1 is not an invoice of %2</source>
        <translation>escompte&#xa0;: %1 n&apos;est pas une facture de %2</translation>
    </message>
    <message>
        <source>discount: no early-payment discount is offered on %1 for a payment on %2</source>
        <translation>escompte&#xa0;: aucun escompte pour paiement anticipé n&apos;est proposé sur %1 pour un règlement le %2</translation>
    </message>
    <message>
        <source>discount: the discount of %1 on %2 is taken only when the payment settles the rest: apply exactly %3 (open %4 less the discount), not %5</source>
        <translation>escompte&#xa0;: l&apos;escompte de %1 sur %2 n&apos;est accordé que si le règlement solde le reste&#xa0;: affectez exactement %3 (reste dû %4 moins l&apos;escompte), et non %5</translation>
    </message>
    <message>
        <source>between 2 and %1 parts</source>
        <translation>entre 2 et %1 parties</translation>
    </message>
    <message>
        <source>part %1: numbered %2</source>
        <translation>partie %1&#xa0;: numérotée %2</translation>
    </message>
    <message>
        <source>part %1: the due date is not after the part before it or before the issue date</source>
        <translation>partie %1&#xa0;: la date d&apos;échéance ne suit pas celle de la partie précédente ou précède la date d&apos;émission</translation>
    </message>
    <message>
        <source>part %1: the amount must be greater than zero</source>
        <translation>partie %1&#xa0;: le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the parts add up to %1, not to the invoice&apos;s amount</source>
        <translation>les parties totalisent %1, et non le montant de la facture</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>%1: row %2 follows row %3: a row is missing</source>
        <translation>%1&#xa0;: la ligne %2 suit la ligne %3&#xa0;: il manque une ligne</translation>
    </message>
    <message>
        <source>%1 row %2 does not match its hash: it was changed after posting, or a row before it was</source>
        <translation>%1 ligne %2 ne correspond pas à son hachage&#xa0;: elle a été modifiée après comptabilisation, ou une ligne antérieure l&apos;a été</translation>
    </message>
    <message>
        <source>state for a missing invoice %1</source>
        <translation>état pour une facture %1 manquante</translation>
    </message>
    <message>
        <source>invoice %1: state amount differs</source>
        <translation>facture %1&#xa0;: le montant d&apos;état diffère</translation>
    </message>
    <message>
        <source>invoice %1: open amount out of range (applied %2 of %3) as of day %4</source>
        <translation>facture %1&#xa0;: reste dû hors limites (affecté %2 sur %3) au jour %4</translation>
    </message>
    <message>
        <source>invoice %1 has no state row</source>
        <translation>la facture %1 n&apos;a pas de ligne d&apos;état</translation>
    </message>
    <message>
        <source>invoice %1: open amount %2 but the history gives %3</source>
        <translation>facture %1&#xa0;: reste dû %2 mais l&apos;historique donne %3</translation>
    </message>
    <message>
        <source>a reversal of a missing %1 row</source>
        <translation>une extourne d&apos;une ligne %1 manquante</translation>
    </message>
    <message>
        <source>%1 %2: applied before it was received</source>
        <translation>%1&#xa0;%2&#xa0;: affecté avant d&apos;avoir été reçu</translation>
    </message>
    <message>
        <source>%1 %2: applied %3 of %4 as of %5</source>
        <translation>%1&#xa0;%2&#xa0;: affecté %3 sur %4 au %5</translation>
    </message>
    <message>
        <source>state for a missing %1 row %2</source>
        <translation>état pour une ligne %1 manquante %2</translation>
    </message>
    <message>
        <source>%1 %2: state says allocated %3, unapplied %4; the history gives %5 and %6</source>
        <translation>%1&#xa0;%2&#xa0;: l&apos;état indique affecté %3, non affecté %4&#xa0;; l&apos;historique donne %5 et %6</translation>
    </message>
    <message>
        <source>%1 %2: reversal date differs from the reversals</source>
        <translation>%1&#xa0;%2&#xa0;: la date d&apos;extourne diffère des extournes</translation>
    </message>
    <message>
        <source>%1 has %2 rows for %3 %4 rows</source>
        <translation>%1 a %2 lignes pour %3 lignes %4</translation>
    </message>
    <message>
        <source>ar_movements %1 (kind/currency/due/day): %2 stored, the ledger gives %3</source>
        <translation>ar_movements %1 (kind/currency/due/day)&#xa0;: %2 enregistré, le grand livre donne %3</translation>
    </message>
    <message>
        <source>kpi_movements (kind/currency/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_movements (kind/currency/day/until: amount, amount x days, entries)&#xa0;: %1 enregistré, le grand livre donne %2</translation>
    </message>
    <message numerus="yes">
        <source>promise_outcomes: %n customer(s) differ from the rule; first: %1</source>
        <translation>
            <numerusform>promise_outcomes&#xa0;: %n client diffère de la règle&#xa0;; premier&#xa0;: %1</numerusform>
            <numerusform>promise_outcomes&#xa0;: %n clients diffèrent de la règle&#xa0;; premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer %1 has invoices but no line in kpi_customer_groups</source>
        <translation>le client %1 a des factures mais aucune ligne dans kpi_customer_groups</translation>
    </message>
    <message>
        <source>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries): %1 stored, the ledger gives %2</source>
        <translation>kpi_group_movements (grouping/kind/currency/group/day/until: amount, amount x days, entries)&#xa0;: %1 enregistré, le grand livre donne %2</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) stored, the ledger has %1</source>
        <translation>
            <numerusform>%n promesse enregistrée, le grand livre en a %1</numerusform>
            <numerusform>%n promesses enregistrées, le grand livre en a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>valid from day %1 stored, the ledger gives %2</source>
        <translation>valable à partir du jour %1 enregistré, le grand livre donne %2</translation>
    </message>
    <message>
        <source>promise %1: %2 counted, kept on %3 stored; the ledger gives %4, kept on %5</source>
        <translation>promesse %1&#xa0;: %2 comptée(s), tenue le %3 enregistré&#xa0;; le grand livre donne %4, tenue le %5</translation>
    </message>
    <message>
        <source>customer %1: %2</source>
        <translation>client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 stored, the ledger gives %2</source>
        <translation>%1 enregistré, le grand livre donne %2</translation>
    </message>
    <message numerus="yes">
        <source>ledger_spans: %n document(s) differ; first: %1</source>
        <translation>
            <numerusform>ledger_spans : %n document diffère ; premier : %1</numerusform>
            <numerusform>ledger_spans : %n documents diffèrent ; premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>open %1, overdue %2, disputed %3, unapplied %4, oldest overdue due %5, valid from day %6 to day %7</source>
        <translation>ouvert %1, échu %2, en litige %3, non affecté %4, plus ancienne échéance échue %5, valable du jour %6 au jour %7</translation>
    </message>
    <message>
        <source>customer %1 as of %2: %3 stored; the ledger gives %4</source>
        <translation>client %1 au %2 : %3 enregistré ; le grand livre donne %4</translation>
    </message>
    <message numerus="yes">
        <source>customer_figures: %n customer(s) differ from the ledger; first: %1</source>
        <translation>
            <numerusform>customer_figures : %n client diffère du grand livre ; premier : %1</numerusform>
            <numerusform>customer_figures : %n clients diffèrent du grand livre ; premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customer_balances: customer %1 has no row</source>
        <translation>customer_balances : le client %1 n’a pas de ligne</translation>
    </message>
    <message>
        <source>customer_balances: customer %1 stores open %2, unapplied %3, balance %4; the state tables give open %5, unapplied %6</source>
        <translation>customer_balances : le client %1 enregistre reste dû %2, non affecté %3, solde %4 ; les tables d’état donnent reste dû %5, non affecté %6</translation>
    </message>
    <message>
        <source>customer_balances: a row for customer %1, who does not exist</source>
        <translation>customer_balances : une ligne pour le client %1, qui n’existe pas</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent books</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a book (*.ardesk)</source>
        <translation>Ouvrir un dossier (*.ardesk)</translation>
    </message>
    <message>
        <source>&amp;Close book</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;About ardesk</source>
        <translation>À &amp;propos d&apos;ardesk</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>impossible d&apos;ajouter %1 à %2</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>montant trop élevé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>negative amount &apos;%1&apos;</source>
        <translation>montant négatif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>empty amount</source>
        <translation>montant vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (use digits and &apos;.&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant (utilisez des chiffres et «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals for %3</source>
        <translation>«&#xa0;%1&#xa0;» a plus de %2 décimales pour %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation>Fichier bancaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PgCopyBuffer</name>
    <message>
        <source>COPY into %1 failed (%2): %3</source>
        <translation>échec de COPY vers %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PlanAgreement</name>
    <message>
        <source>The agreement could not be written to %1.</source>
        <translation>L&apos;accord n&apos;a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>PlanAgreementService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>l&apos;échéancier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>only a rendered agreement of a payment plan can be recorded</source>
        <translation>seul un accord d&apos;échéancier généré peut être enregistré</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>l&apos;échéancier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>invoices: choose at least one open item</source>
        <translation>invoices&#xa0;: choisissez au moins un poste ouvert</translation>
    </message>
    <message>
        <source>instalments: from 1 to 120</source>
        <translation>instalments&#xa0;: de 1 à 120</translation>
    </message>
    <message>
        <source>down_payment and grace days must not be negative</source>
        <translation>down_payment et les jours de tolérance ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>invoices: %1 is not an invoice of %2</source>
        <translation>invoices&#xa0;: %1 n&apos;est pas une facture de %2</translation>
    </message>
    <message>
        <source>invoices: %1 has nothing open</source>
        <translation>invoices&#xa0;: %1 n&apos;a aucun reste dû</translation>
    </message>
    <message>
        <source>invoice %1 is already on an active plan</source>
        <translation>la facture %1 est déjà dans un échéancier actif</translation>
    </message>
    <message>
        <source>invoices: a plan is in one currency</source>
        <translation>invoices&#xa0;: un échéancier est dans une seule devise</translation>
    </message>
    <message>
        <source>down_payment: must be less than the plan&apos;s total %1</source>
        <translation>down_payment&#xa0;: doit être inférieur au total de l&apos;échéancier %1</translation>
    </message>
    <message>
        <source>payment plan defaulted: instalment of %1 due %2 unpaid</source>
        <translation>échéancier défaillant&#xa0;: échéance de %1 au %2 impayée</translation>
    </message>
    <message>
        <source>first_date: the first instalment must fall after the agreement date</source>
        <translation>first_date&#xa0;: la première échéance doit tomber après la date de l&apos;accord</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête est requise</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>colonne obligatoire «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît plusieurs fois</translation>
    </message>
</context>
<context>
    <name>PostedWriter</name>
    <message>
        <source>%1 is not a posted table</source>
        <translation>%1 n&apos;est pas une table comptabilisée</translation>
    </message>
</context>
<context>
    <name>PromiseEvaluation</name>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>les jours de tolérance ne doivent pas être négatifs (reçu %1)</translation>
    </message>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>la date d&apos;arrêté n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>promise %1 is listed twice</source>
        <translation>la promesse %1 figure deux fois</translation>
    </message>
    <message>
        <source>promise %1: the taken or promised date is not a valid date</source>
        <translation>promesse %1&#xa0;: la date de prise ou la date promise n&apos;est pas valide</translation>
    </message>
    <message>
        <source>promise %1: promised date %2 is before the day it was taken, %3</source>
        <translation>promesse %1&#xa0;: la date promise %2 est antérieure au jour de la prise, %3</translation>
    </message>
    <message>
        <source>promise %1: the promised amount must be positive</source>
        <translation>promesse %1&#xa0;: le montant promis doit être positif</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>Partiellement tenue</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rompue</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>the as-of date is not a valid date</source>
        <translation>la date d&apos;arrêté n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>grace days must not be negative (got %1)</source>
        <translation>les jours de tolérance ne doivent pas être négatifs (reçu %1)</translation>
    </message>
    <message>
        <source>Promise of %1 due %2 was not kept.</source>
        <translation>La promesse de paiement de %1 pour le %2 n&apos;a pas été tenue.</translation>
    </message>
    <message>
        <source>the day the promise was taken is not a valid date</source>
        <translation>le jour de prise de la promesse n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>a promise needs at least one amount and date</source>
        <translation>une promesse a besoin d&apos;au moins un montant et une date</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
    <message>
        <source>promise %1</source>
        <translation>promesse %1</translation>
    </message>
    <message>
        <source>%1: the amount must be positive</source>
        <translation>%1&#xa0;: le montant doit être positif</translation>
    </message>
    <message>
        <source>%1: the promised date is not a valid date</source>
        <translation>%1&#xa0;: la date promise n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>%1: promised date %2 is before the day it was taken, %3</source>
        <translation>%1&#xa0;: la date promise %2 est antérieure au jour de la prise, %3</translation>
    </message>
    <message>
        <source>%1: unknown invoice %2</source>
        <translation>%1&#xa0;: facture inconnue %2</translation>
    </message>
    <message>
        <source>%1: invoice %2 belongs to another customer</source>
        <translation>%1&#xa0;: la facture %2 appartient à un autre client</translation>
    </message>
    <message>
        <source>%1: invoice %2 has nothing open on %3</source>
        <translation>%1&#xa0;: la facture %2 n&apos;a rien de dû au %3</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 to %2, against %3 to %4</source>
        <translation>du %1 au %2, par rapport au %3 au %4</translation>
    </message>
    <message>
        <source>no as-of date</source>
        <translation>aucune date d&apos;arrêté</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of %2)</source>
        <translation>rapport inconnu «&#xa0;%1&#xa0;» (parmi %2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Aging summary</source>
        <translation>Balance âgée synthétique</translation>
    </message>
    <message>
        <source>As of %1 by due date, against %2</source>
        <translation>Au %1 par échéance, par rapport au %2</translation>
    </message>
    <message>
        <source>Aging by currency</source>
        <translation>Balance âgée par devise</translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation>Variation par rapport au %1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Nothing was open on %1 or on %2.</source>
        <translation>Rien n&apos;était ouvert au %1 ni au %2.</translation>
    </message>
    <message>
        <source>%1 of the receivables are current (not yet due).</source>
        <translation>%1 des créances sont non échues.</translation>
    </message>
    <message>
        <source>The largest rise was in %1 (%2).</source>
        <translation>La plus forte hausse concerne la tranche %1 (%2).</translation>
    </message>
    <message>
        <source>The largest fall was in %1 (%2).</source>
        <translation>La plus forte baisse concerne la tranche %1 (%2).</translation>
    </message>
    <message>
        <source>%1 of it is disputed.</source>
        <translation>Dont %1 en litige.</translation>
    </message>
    <message>
        <source>Unapplied cash and credits of %1 stand beside the buckets.</source>
        <translation>Les encaissements non affectés et avoirs de %1 s&apos;ajoutent aux tranches.</translation>
    </message>
    <message>
        <source>Aging by bucket</source>
        <translation>Balance âgée par tranche</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Balance âgée détaillée</translation>
    </message>
    <message>
        <source>As of %1 by due date, by customer</source>
        <translation>Au %1 par échéance, par client</translation>
    </message>
    <message>
        <source>Aging by customer</source>
        <translation>Balance âgée par client</translation>
    </message>
    <message>
        <source>The largest overdue balances: %1.</source>
        <translation>Les soldes échus les plus importants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No customer moved into %1 since %2.</source>
        <translation>Aucun client n&apos;est passé dans la tranche %1 depuis le %2.</translation>
    </message>
    <message>
        <source>Moved into %1 since %2: %3.</source>
        <translation>Passés dans la tranche %1 depuis le %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>the statement needs a customer (--customer CODE)</source>
        <translation>le relevé de compte exige un client (--customer CODE)</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>le client %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>%1 %2, as of %3</source>
        <translation>%1 %2, au %3</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Postes ouverts</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Activity from %1 to %2</source>
        <translation>Mouvements du %1 au %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>%1 is overdue; the oldest open item is %2 days past due.</source>
        <translation>%1 est échu&#xa0;; le plus ancien poste ouvert a %2 jours de retard.</translation>
    </message>
    <message>
        <source>%1 is disputed.</source>
        <translation>%1 est en litige.</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Performance des chargés de recouvrement</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Chargés de recouvrement</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Chargé de recouvrement</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>Taux de contact utile</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Taux de promesses tenues</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(aucun chargé de recouvrement)</translation>
    </message>
    <message>
        <source>Collected against target</source>
        <translation>Encaissé par rapport à l&apos;objectif</translation>
    </message>
    <message>
        <source>Collected in %1: %2 from %3 to %4, against %5 from %6 to %7.</source>
        <translation>Encaissé en %1&#xa0;: %2 du %3 au %4, contre %5 du %6 au %7.</translation>
    </message>
    <message>
        <source>No collector has a target for the period (Settings: collector targets).</source>
        <translation>Aucun chargé de recouvrement n&apos;a d&apos;objectif pour la période (Paramètres&#xa0;: objectifs des chargés de recouvrement).</translation>
    </message>
    <message>
        <source>Nobody reached the target.</source>
        <translation>Personne n&apos;a atteint l&apos;objectif.</translation>
    </message>
    <message>
        <source>At or above target: %1.</source>
        <translation>Objectif atteint ou dépassé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nobody is below the target.</source>
        <translation>Personne n&apos;est en dessous de l&apos;objectif.</translation>
    </message>
    <message>
        <source>Below target: %1.</source>
        <translation>En dessous de l&apos;objectif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No collector activity in the period.</source>
        <translation>Aucune activité de recouvrement sur la période.</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesses de paiement</translation>
    </message>
    <message>
        <source>Promises taken</source>
        <translation>Promesses prises</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Promise pour le</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>nothing promised</source>
        <translation>rien de promis</translation>
    </message>
    <message>
        <source>Of these, %1 kept, %2 partially kept, %3 broken and %4 pending (as last evaluated).</source>
        <translation>Parmi elles, %1 tenues, %2 partiellement tenues, %3 rompues et %4 en attente (selon la dernière évaluation).</translation>
    </message>
    <message>
        <source>Promise kept rate: %1.</source>
        <translation>Taux de promesses tenues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Open on %1, against %2</source>
        <translation>Ouverts au %1, par rapport au %2</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Litiges ouverts</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <source>Open disputes by reason</source>
        <translation>Litiges ouverts par motif</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Réclamations et satisfaction</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Réclamations reçues</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Average satisfaction rose to %1 (from %2).</source>
        <translation>La satisfaction moyenne a progressé à %1 (contre %2).</translation>
    </message>
    <message>
        <source>Average satisfaction fell to %1 (from %2).</source>
        <translation>La satisfaction moyenne a reculé à %1 (contre %2).</translation>
    </message>
    <message>
        <source>Average satisfaction: %1 of 5.</source>
        <translation>Satisfaction moyenne&#xa0;: %1 sur 5.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Passages en perte et récupérations</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>Passages en perte</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Récupérations</translation>
    </message>
    <message>
        <source>Nothing was written off or recovered from %1 to %2 or in the month before.</source>
        <translation>Rien n&apos;a été passé en perte ni récupéré du %1 au %2 ni le mois précédent.</translation>
    </message>
    <message>
        <source>Written off in %1 from %2 to %3: %4 (%5 in the same days of the month before); recovered: %6.</source>
        <translation>Passé en perte en %1 du %2 au %3&#xa0;: %4 (%5 sur les mêmes jours du mois précédent)&#xa0;; récupéré&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Receivables in %1 were unchanged at %2 against %3.</source>
        <translation>L&apos;encours clients en %1 est resté stable à %2 par rapport au %3.</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>L&apos;encours clients en %1 a augmenté, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 rose from %2 on %3 to %4.</source>
        <translation>L&apos;encours clients en %1 a augmenté, de %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>L&apos;encours clients en %1 a diminué, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>Receivables in %1 fell from %2 on %3 to %4.</source>
        <translation>L&apos;encours clients en %1 a diminué, de %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 was unchanged at %2 against %3.</source>
        <translation>La part échue en %1 est restée stable à %2 par rapport au %3.</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>La part échue en %1 a augmenté, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 rose from %2 on %3 to %4.</source>
        <translation>La part échue en %1 a augmenté, de %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>La part échue en %1 a diminué, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>The overdue part in %1 fell from %2 on %3 to %4.</source>
        <translation>La part échue en %1 a diminué, de %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 was unchanged at %2 against %3.</source>
        <translation>Le montant en litige en %1 est resté stable à %2 par rapport au %3.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Le montant en litige en %1 a augmenté, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 rose from %2 on %3 to %4.</source>
        <translation>Le montant en litige en %1 a augmenté, de %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Le montant en litige en %1 a diminué, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>The disputed amount in %1 fell from %2 on %3 to %4.</source>
        <translation>Le montant en litige en %1 a diminué, de %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>The balance of %1 was unchanged at %2 against %3.</source>
        <translation>Le solde de %1 est resté stable à %2 par rapport au %3.</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4 (%5).</source>
        <translation>Le solde de %1 a augmenté, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 rose from %2 on %3 to %4.</source>
        <translation>Le solde de %1 a augmenté, de %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4 (%5).</source>
        <translation>Le solde de %1 a diminué, de %2 au %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>The balance of %1 fell from %2 on %3 to %4.</source>
        <translation>Le solde de %1 a diminué, de %2 au %3 à %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, as many as on %2.</source>
        <translation>
            <numerusform>%n client avait des postes ouverts au %1, autant qu&apos;au %2.</numerusform>
            <numerusform>%n clients avaient des postes ouverts au %1, autant qu&apos;au %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>%n client avait des postes ouverts au %1, en hausse par rapport au %3 (%2).</numerusform>
            <numerusform>%n clients avaient des postes ouverts au %1, en hausse par rapport au %3 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had open items on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>%n client avait des postes ouverts au %1, en baisse par rapport au %3 (%2).</numerusform>
            <numerusform>%n clients avaient des postes ouverts au %1, en baisse par rapport au %3 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It is made of open items of %1 less unapplied cash and credits of %2.</source>
        <translation>Il se compose des postes ouverts de %1, moins les encaissements non affectés et avoirs de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), as many as in %4.</source>
        <translation>
            <numerusform>%n promesse prise du %1 au %2 (%3), autant qu&apos;en %4.</numerusform>
            <numerusform>%n promesses prises du %1 au %2 (%3), autant qu&apos;en %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), up from %4 in %5.</source>
        <translation>
            <numerusform>%n promesse prise du %1 au %2 (%3), en hausse par rapport à %5 (%4).</numerusform>
            <numerusform>%n promesses prises du %1 au %2 (%3), en hausse par rapport à %5 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) taken from %1 to %2 (%3), down from %4 in %5.</source>
        <translation>
            <numerusform>%n promesse prise du %1 au %2 (%3), en baisse par rapport à %5 (%4).</numerusform>
            <numerusform>%n promesses prises du %1 au %2 (%3), en baisse par rapport à %5 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, as many as on %2.</source>
        <translation>
            <numerusform>%n litige ouvert au %1, autant qu&apos;au %2.</numerusform>
            <numerusform>%n litiges ouverts au %1, autant qu&apos;au %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, up from %2 on %3.</source>
        <translation>
            <numerusform>%n litige ouvert au %1, en hausse par rapport au %3 (%2).</numerusform>
            <numerusform>%n litiges ouverts au %1, en hausse par rapport au %3 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open on %1, down from %2 on %3.</source>
        <translation>
            <numerusform>%n litige ouvert au %1, en baisse par rapport au %3 (%2).</numerusform>
            <numerusform>%n litiges ouverts au %1, en baisse par rapport au %3 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) resolved from %1 to %2.</source>
        <translation>
            <numerusform>%n litige résolu du %1 au %2.</numerusform>
            <numerusform>%n litiges résolus du %1 au %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, as many as in %3; %4 of them resolved.</source>
        <translation>
            <numerusform>%n réclamation reçue du %1 au %2, autant qu&apos;en %3&#xa0;; %4 résolue.</numerusform>
            <numerusform>%n réclamations reçues du %1 au %2, autant qu&apos;en %3&#xa0;; %4 résolues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, up from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>%n réclamation reçue du %1 au %2, en hausse par rapport à %4 (%3)&#xa0;; %5 résolue.</numerusform>
            <numerusform>%n réclamations reçues du %1 au %2, en hausse par rapport à %4 (%3)&#xa0;; %5 résolues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) received from %1 to %2, down from %3 in %4; %5 of them resolved.</source>
        <translation>
            <numerusform>%n réclamation reçue du %1 au %2, en baisse par rapport à %4 (%3)&#xa0;; %5 résolue.</numerusform>
            <numerusform>%n réclamations reçues du %1 au %2, en baisse par rapport à %4 (%3)&#xa0;; %5 résolues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1&#xa0;: impossible de créer le classeur</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le classeur (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Aging summary</source>
        <translation>Balance âgée synthétique</translation>
    </message>
    <message>
        <source>Aging detail</source>
        <translation>Balance âgée détaillée</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Collector performance</source>
        <translation>Performance des chargés de recouvrement</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesses de paiement</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Réclamations et satisfaction</translation>
    </message>
    <message>
        <source>Write-offs and recoveries</source>
        <translation>Passages en perte et récupérations</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>AR manager</source>
        <translation>Responsable comptes clients</translation>
    </message>
    <message>
        <source>Collections supervisor</source>
        <translation>Superviseur recouvrement</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Chargé de recouvrement</translation>
    </message>
    <message>
        <source>AR clerk</source>
        <translation>Comptable clients</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>no book is open</source>
        <translation>aucun dossier n&apos;est ouvert</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Local owner</source>
        <translation>Propriétaire local</translation>
    </message>
    <message>
        <source>%1 (%2) may not: %3</source>
        <translation>%1 (%2) n&apos;a pas le droit de&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time code: set a new password first</source>
        <translation>%1 s’est connecté avec un code à usage unique&#xa0;: définissez d’abord un nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceService</name>
    <message>
        <source>period: the first day must be a date on or before the last</source>
        <translation>période&#xa0;: le premier jour doit être une date antérieure ou égale au dernier</translation>
    </message>
    <message>
        <source>period: at most %1 days</source>
        <translation>période&#xa0;: %1 jours au plus</translation>
    </message>
    <message>
        <source>promises cannot be evaluated: %1</source>
        <translation>les promesses ne peuvent pas être évaluées&#xa0;: %1</translation>
    </message>
    <message>
        <source>trend: not a valid date</source>
        <translation>tendance&#xa0;: date non valide</translation>
    </message>
    <message>
        <source>trend: from 1 to %1 months</source>
        <translation>tendance&#xa0;: de 1 à %1 mois</translation>
    </message>
    <message>
        <source>target period: &quot;%1&quot; is not YYYY-MM or *</source>
        <translation>période d&apos;objectif&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas au format AAAA-MM ni *</translation>
    </message>
    <message>
        <source>target currency: &quot;%1&quot; is not a currency code</source>
        <translation>devise d&apos;objectif&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code devise</translation>
    </message>
    <message>
        <source>target: must not be negative</source>
        <translation>objectif&#xa0;: ne doit pas être négatif</translation>
    </message>
    <message>
        <source>target: no user &quot;%1&quot;</source>
        <translation>objectif&#xa0;: aucun utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StaffPerformanceView</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>%1 failed: %2 [%3]</source>
        <translation>échec de %1&#xa0;: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>StrategyService</name>
    <message>
        <source>no as-of date</source>
        <translation>aucune date d&apos;arrêté</translation>
    </message>
    <message>
        <source>step %1 (%2, day %3)</source>
        <translation>étape %1 (%2, jour %3)</translation>
    </message>
    <message>
        <source>name: is empty</source>
        <translation>name&#xa0;: est vide</translation>
    </message>
    <message>
        <source>name: longer than %1 characters</source>
        <translation>name&#xa0;: plus de %1 caractères</translation>
    </message>
    <message>
        <source>risk class: must be empty or one of A to E</source>
        <translation>classe de risque&#xa0;: doit être vide ou l&apos;une des classes A à E</translation>
    </message>
    <message>
        <source>segment: longer than %1 characters</source>
        <translation>segment&#xa0;: plus de %1 caractères</translation>
    </message>
    <message>
        <source>steps: a strategy needs at least one step</source>
        <translation>steps&#xa0;: une stratégie doit comporter au moins une étape</translation>
    </message>
    <message>
        <source>steps: more than %1 steps</source>
        <translation>steps&#xa0;: plus de %1 étapes</translation>
    </message>
    <message>
        <source>%1: days must be between %2 (before the due date) and %3</source>
        <translation>%1&#xa0;: le nombre de jours doit être compris entre %2 (avant l&apos;échéance) et %3</translation>
    </message>
    <message>
        <source>%1: comes after a step at %2 days; order the steps by days</source>
        <translation>%1&#xa0;: vient après une étape à %2 jours&#xa0;; classez les étapes par nombre de jours</translation>
    </message>
    <message>
        <source>%1: the same as step %2</source>
        <translation>%1&#xa0;: identique à l&apos;étape %2</translation>
    </message>
    <message>
        <source>%1: listed twice</source>
        <translation>%1&#xa0;: figure deux fois</translation>
    </message>
    <message>
        <source>strategy %1 does not exist</source>
        <translation>la stratégie %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>a strategy named %1 already exists</source>
        <translation>une stratégie nommée %1 existe déjà</translation>
    </message>
    <message>
        <source>%1: is not a step of this strategy</source>
        <translation>%1&#xa0;: n&apos;est pas une étape de cette stratégie</translation>
    </message>
    <message>
        <source>customers: %1 does not exist</source>
        <translation>customers&#xa0;: %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Post a payment</source>
        <translation>Comptabiliser un règlement</translation>
    </message>
    <message>
        <source>Clerk &gt; Post payments (Ctrl+Shift+P): a customer&apos;s payment, applied to its oldest open invoices.</source>
        <translation>Comptabilité &gt; Saisir des règlements (Ctrl+Maj+P)&#xa0;: le règlement d&apos;un client, affecté à ses factures non réglées les plus anciennes.</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Extourner un règlement</translation>
    </message>
    <message>
        <source>Open the customer&apos;s account, pick the payment you posted and reverse it (a bounced payment).</source>
        <translation>Ouvrez le compte du client, choisissez le règlement que vous avez comptabilisé et extournez-le (un règlement rejeté).</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Enregistrer un appel</translation>
    </message>
    <message>
        <source>From your work queue or a customer&apos;s account: whom you reached and what they said.</source>
        <translation>Depuis votre liste de travail ou le compte d&apos;un client&#xa0;: qui vous avez joint et ce qu&apos;on vous a dit.</translation>
    </message>
    <message>
        <source>Take a promise to pay</source>
        <translation>Prendre une promesse de paiement</translation>
    </message>
    <message>
        <source>After a call: the amount and the date the customer promised.</source>
        <translation>Après un appel&#xa0;: le montant et la date promis par le client.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>Cash application clerk</source>
        <translation>Comptable clients</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Chargé de recouvrement</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Key a deposit batch</source>
        <translation>Saisir une remise de chèques</translation>
    </message>
    <message>
        <source>Clerk &gt; Deposit batch (Ctrl+Shift+D): the day&apos;s cheques as one batch that must match the bank deposit.</source>
        <translation>Comptabilité &gt; Remise de chèques (Ctrl+Maj+D)&#xa0;: les chèques du jour en une seule remise, qui doit correspondre au dépôt en banque.</translation>
    </message>
    <message>
        <source>Write a note on an account</source>
        <translation>Rédiger une note sur un compte</translation>
    </message>
    <message>
        <source>A customer&apos;s account &gt; Notes: what the next person should know.</source>
        <translation>Compte d&apos;un client &gt; Notes&#xa0;: ce que la personne suivante doit savoir.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <source>Add a task to call the customer back on a date.</source>
        <translation>Ajoutez une tâche pour rappeler le client à une date donnée.</translation>
    </message>
    <message>
        <source>Finish a task from your queue</source>
        <translation>Terminer une tâche de votre liste de travail</translation>
    </message>
    <message>
        <source>My work: work a task and mark it done.</source>
        <translation>Mon travail&#xa0;: traitez une tâche et marquez-la comme terminée.</translation>
    </message>
</context>
<context>
    <name>WorklistScore</name>
    <message>
        <source>Overdue amount</source>
        <translation>Montant échu</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Promesses rompues</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Promesse due aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Classe de risque</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
</context>
<context>
    <name>ardesk::AccountPlansWidget</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>soldé</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>partiellement payée</translation>
    </message>
    <message>
        <source>due</source>
        <translation>exigible</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Statut de l&apos;échéancier</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pay&amp;ment plan…</source>
        <translation>É&amp;chéancier…</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>n°&#xa0;%1 (%2)</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>acompte</translation>
    </message>
    <message>
        <source>Your role does not agree payment plans</source>
        <translation>Votre rôle ne permet pas de convenir d&apos;échéanciers</translation>
    </message>
    <message>
        <source>Print a&amp;greement…</source>
        <translation>Imprimer l&apos;a&amp;ccord…</translation>
    </message>
    <message>
        <source>The selected plan&apos;s agreement letter, in the customer&apos;s language</source>
        <translation>La lettre d&apos;accord de l&apos;échéancier sélectionné, dans la langue du client</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Imprimer l&apos;accord</translation>
    </message>
</context>
<context>
    <name>ardesk::AccountView</name>
    <message>
        <source>← Customers</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>Post &amp;payment…</source>
        <translation>&amp;Saisir un règlement…</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <source>New cre&amp;dit note…</source>
        <translation>Nouvel &amp;avoir…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <source>Oldest days past due</source>
        <translation>Retard le plus ancien</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Chargé de recouvrement</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blocage crédit</translation>
    </message>
    <message>
        <source>&amp;Open items</source>
        <translation>Postes &amp;ouverts</translation>
    </message>
    <message>
        <source>All in&amp;voices</source>
        <translation>&amp;Toutes les factures</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation>E&amp;xtourner le règlement…</translation>
    </message>
    <message>
        <source>Reverse a&amp;llocation…</source>
        <translation>Extourner l&apos;affectat&amp;ion…</translation>
    </message>
    <message>
        <source>Apply &amp;unapplied cash…</source>
        <translation>Affecte&amp;r l&apos;encaissement non affecté…</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Ré&amp;glements</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Apply credit &amp;note…</source>
        <translation>Aff&amp;ecter l&apos;avoir…</translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation>A&amp;voirs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Saisissez une note et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Épingler / désépingler</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Open %1, unapplied cash %2, unapplied credit notes %3</source>
        <translation>Reste dû %1, encaissements non affectés %2, avoirs non affectés %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>none past due</source>
        <translation>aucun retard</translation>
    </message>
    <message numerus="yes">
        <source>net %n day(s)</source>
        <translation>
            <numerusform>%n jour net</numerusform>
            <numerusform>%n jours net</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>aucune limite définie</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>BLOQUÉ</translation>
    </message>
    <message>
        <source>ON HOLD (%1)</source>
        <translation>BLOQUÉ (%1)</translation>
    </message>
    <message>
        <source>no hold</source>
        <translation>pas de blocage</translation>
    </message>
    <message>
        <source>current</source>
        <translation>non échu</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>non affecté</translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation>extourné le %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>affecté</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>reversing entry</source>
        <translation>écriture d&apos;extourne</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>extourné</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>aucun dossier n&apos;est ouvert</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>aucun client n&apos;est affiché</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Extourner le règlement</translation>
    </message>
    <message>
        <source>Reverse payment %1 of %2 received %3? Its applications are undone on the reversal date and it no longer counts from then on.</source>
        <translation>Extourner le règlement %1 de %2 reçu le %3&#xa0;? Ses affectations sont annulées à la date d&apos;extourne et il ne compte plus à partir de cette date.</translation>
    </message>
    <message>
        <source>Reverse allocation</source>
        <translation>Extourner l&apos;affectation</translation>
    </message>
    <message>
        <source>Take %1 back off invoice %2? The money becomes unapplied cash again.</source>
        <translation>Retirer %1 de la facture %2&#xa0;? Le montant redevient un encaissement non affecté.</translation>
    </message>
    <message>
        <source>Someone who left: removed from the list, kept in the history</source>
        <translation>Personne partie&#xa0;: retirée de la liste, conservée dans l&apos;historique</translation>
    </message>
    <message>
        <source>Deactivate contact person</source>
        <translation>Désactiver l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Deactivate %1? They leave this list; the history keeps them.</source>
        <translation>Désactiver %1&#xa0;? Il quitte cette liste&#xa0;; l&apos;historique le conserve.</translation>
    </message>
    <message>
        <source>Add conta&amp;ct…</source>
        <translation>Ajouter un &amp;interlocuteur…</translation>
    </message>
    <message>
        <source>Chan&amp;ge contact…</source>
        <translation>&amp;Modifier l’interlocuteur…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate contact</source>
        <translation>Dés&amp;activer l’interlocuteur</translation>
    </message>
    <message>
        <source>Request &amp;write-off…</source>
        <translation>Demander un &amp;passage en perte…</translation>
    </message>
    <message>
        <source>A write-off of the selected open item, for an approver to post</source>
        <translation>Un passage en perte du poste ouvert sélectionné, à comptabiliser par un approbateur</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>&amp;Lever le blocage…</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>&amp;Ouvrir la lettre</translation>
    </message>
    <message>
        <source>The letter could not be written to %1.</source>
        <translation>La lettre n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Posé le</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Levé le</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Levé par</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>Motif de la levée</translation>
    </message>
    <message>
        <source>Credit &amp;holds</source>
        <translation>&amp;Blocages crédit</translation>
    </message>
    <message>
        <source>P&amp;ayment plans</source>
        <translation>Éc&amp;héanciers</translation>
    </message>
    <message>
        <source>on plans</source>
        <translation>en échéancier</translation>
    </message>
    <message>
        <source>Open amount of the items on an active payment plan (included in the buckets)</source>
        <translation>Reste dû des postes inclus dans un échéancier actif (compris dans les tranches)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may release a hold</source>
        <translation>Seul un superviseur ou un responsable peut lever un blocage</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSnapshotsView</name>
    <message>
        <source>Aging roll-forward</source>
        <translation>Évolution de la balance âgée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Keep the aging of the chosen date as it is now</source>
        <translation>Conserver la balance âgée de la date choisie telle qu&apos;elle est maintenant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation>Nouvelles factures</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Passé en perte</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Late postings</source>
        <translation>Écritures tardives</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Lecture des instantanés…</translation>
    </message>
    <message>
        <source>A roll-forward needs two snapshots. Month-end snapshots are kept automatically; take one of any date with Take snapshot.</source>
        <translation>Une évolution nécessite deux instantanés. Les instantanés de fin de mois sont conservés automatiquement&#xa0;; prenez-en un à n&apos;importe quelle date avec Prendre un instantané.</translation>
    </message>
    <message>
        <source>Computing the roll-forward…</source>
        <translation>Calcul de l&apos;évolution…</translation>
    </message>
    <message>
        <source>How the open amounts moved between the buckets from %1 to %2. closing = opening + new - collected - credited - written off - moved out + moved in + late postings.</source>
        <translation>Comment les montants ouverts ont circulé entre les tranches du %1 au %2. clôture = ouverture + nouvelles - encaissé - avoirs - passé en perte - sorties + entrées + écritures tardives.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Opening and closing by bucket (%1)</source>
        <translation>Ouverture et clôture par tranche (%1)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture %1</translation>
    </message>
    <message>
        <source>New and moved in</source>
        <translation>Nouvelles et entrées</translation>
    </message>
    <message>
        <source>Collected, credited, written off, moved out</source>
        <translation>Encaissé, avoirs, passé en perte, sorties</translation>
    </message>
    <message>
        <source>Closing %1</source>
        <translation>Clôture %1</translation>
    </message>
    <message>
        <source>Taking the snapshot of %1…</source>
        <translation>Instantané du %1 en cours…</translation>
    </message>
</context>
<context>
    <name>ardesk::ApplyLinesModel</name>
    <message>
        <source>Apply an amount between 0 and the open %1</source>
        <translation>Affecter un montant entre 0 et le reste dû de %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Affecter</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>En %n échéance&#xa0;: exigible selon la partie %1, la plus ancienne encore ouverte&#xa0;; l&apos;échéance propre de la facture est le %2</numerusform>
            <numerusform>En %n échéances&#xa0;: exigible selon la partie %1, la plus ancienne encore ouverte&#xa0;; l&apos;échéance propre de la facture est le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (partie %2 sur %3)</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalNoteDialog</name>
    <message>
        <source>Why (required; the collector reads it)</source>
        <translation>Motif (obligatoire&#xa0;; le chargé de recouvrement le lira)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <source>Posting &amp;date:</source>
        <translation>&amp;Date de comptabilisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ardesk::ApprovalQueueWidget</name>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Within my limit</source>
        <translation>Dans ma limite</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>Ouvrir le &amp;compte</translation>
    </message>
    <message>
        <source>Your role does not approve write-offs.</source>
        <translation>Votre rôle ne permet pas d&apos;approuver les passages en perte.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: a higher role approves</source>
        <translation>non&#xa0;: un rôle supérieur approuve</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting. You approve up to: %1. Nobody approves their own request.</source>
        <translation>
            <numerusform>%n demande en attente. Vous approuvez jusqu&apos;à&#xa0;: %1. Personne n&apos;approuve sa propre demande.</numerusform>
            <numerusform>%n demandes en attente. Vous approuvez jusqu&apos;à&#xa0;: %1. Personne n&apos;approuve sa propre demande.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (no limit for your role)</source>
        <translation>rien (aucune limite pour votre rôle)</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Personne n&apos;approuve sa propre demande</translation>
    </message>
    <message>
        <source>Above your role&apos;s limit: a higher role approves it</source>
        <translation>Au-delà de la limite de votre rôle&#xa0;: un rôle supérieur l&apos;approuve</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>aucun dossier n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Approved: the write-off is posted.</source>
        <translation>Approuvé&#xa0;: le passage en perte est comptabilisé.</translation>
    </message>
    <message>
        <source>Rejected: the account went back to its collector with your note.</source>
        <translation>Refusé&#xa0;: le compte est retourné à son chargé de recouvrement avec votre note.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Write off %1 of invoice %2 (%3)? It is posted on the date below and cannot be edited afterwards.</source>
        <translation>Passer en perte %1 sur la facture %2 (%3)&#xa0;? Le passage en perte est comptabilisé à la date ci-dessous et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Reject the write-off of %1 on invoice %2 (%3)? The account goes back to its collector with your note.</source>
        <translation>Refuser le passage en perte de %1 sur la facture %2 (%3)&#xa0;? Le compte retourne à son chargé de recouvrement avec votre note.</translation>
    </message>
</context>
<context>
    <name>ardesk::BankAssignDialog</name>
    <message>
        <source>Assign a bank credit</source>
        <translation>Attribuer un encaissement</translation>
    </message>
    <message>
        <source>%1 on %2 from %3: “%4”</source>
        <translation>%1 le %2, émis par %3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>un donneur d&apos;ordre sans nom</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Code client ou nom</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Affecter aux plus anciens d&apos;a&amp;bord</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Remember the account %1 for this customer</source>
        <translation>Mé&amp;moriser le compte %1 pour ce client</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>Open items (what is not applied stays on the account as unapplied cash):</source>
        <translation>Postes ouverts (ce qui n&apos;est pas affecté reste sur le compte comme encaissement non affecté)&#xa0;:</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Aucun client unique ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 keeps its account in %2; the credit is in %3</source>
        <translation>%1 tient son compte en %2&#xa0;; l&apos;encaissement est en %3</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>attribué manuellement</translation>
    </message>
    <message>
        <source>Credit %1 · applied %2 · unapplied %3</source>
        <translation>Encaissement %1 · affecté %2 · non affecté %3</translation>
    </message>
</context>
<context>
    <name>ardesk::BankImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <source>A camt.053 (.xml) or CSV statement from the bank</source>
        <translation>Un relevé de la banque au format camt.053 (.xml) ou CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>camt.053 (ISO 20022)</source>
        <translation>camt.053 (ISO 20022)</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV avec correspondance</translation>
    </message>
    <message>
        <source>CSV only: a mapping kept in the book, or a JSON file</source>
        <translation>CSV uniquement&#xa0;: une correspondance enregistrée dans le dossier, ou un fichier JSON</translation>
    </message>
    <message>
        <source>Mapping &amp;file…</source>
        <translation>Fich&amp;ier de correspondance…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Examiner</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Relevé&#xa0;:</translation>
    </message>
    <message>
        <source>CSV &amp;mapping:</source>
        <translation>&amp;Correspondance CSV&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file and press Review. Nothing is posted until you press Post.</source>
        <translation>Choisissez le fichier de relevé de la banque et cliquez sur Examiner. Rien n&apos;est comptabilisé avant que vous cliquiez sur Comptabiliser.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Écriture sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>Post as:</source>
        <translation>Comptabiliser comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Post checked entries</source>
        <translation>Co&amp;mptabiliser les écritures cochées</translation>
    </message>
    <message>
        <source>Posts every checked entry in one go: all of them or, on any problem, none</source>
        <translation>Comptabilise toutes les écritures cochées en une seule fois&#xa0;: toutes ou, au moindre problème, aucune</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Relevé bancaire</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.053 *.camt *.csv *.txt);;All files (*)</source>
        <translation>Relevés bancaires (*.xml *.053 *.camt *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV mapping</source>
        <translation>Correspondance CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the bank&apos;s statement file first.</source>
        <translation>Choisissez d&apos;abord le fichier de relevé de la banque.</translation>
    </message>
    <message>
        <source>Reading and matching %1…</source>
        <translation>Lecture et rapprochement de %1…</translation>
    </message>
    <message>
        <source>The review was cancelled: nothing is shown and nothing changed.</source>
        <translation>La revue a été annulée&#xa0;: rien n&apos;est affiché et rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation>%1 ne peut pas être examiné&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is refused: nothing in it can be posted, and nothing changed.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 est refusé&#xa0;: rien ne peut en être comptabilisé, et rien n&apos;a changé.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>Statement &lt;b&gt;%1&lt;/b&gt; (%2): %n transaction(s).</source>
        <translation>
            <numerusform>Relevé &lt;b&gt;%1&lt;/b&gt; (%2)&#xa0;: %n opération.</numerusform>
            <numerusform>Relevé &lt;b&gt;%1&lt;/b&gt; (%2)&#xa0;: %n opérations.</numerusform>
        </translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>déjà comptabilisée</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>Sélectionnez une écriture pour la voir en entier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, entry %3 (line %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; le %2, écriture %3 (ligne %4)</translation>
    </message>
    <message>
        <source>From: %1 %2</source>
        <translation>Donneur d&apos;ordre&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Remittance: %1</source>
        <translation>Libellé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Structured reference: %1</source>
        <translation>Référence structurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why: %1 (confidence %2 %)</source>
        <translation>Pourquoi&#xa0;: %1 (confiance %2&#xa0;%)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;Warning: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Avertissement&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Already posted by an earlier import of this statement: it is not posted again.</source>
        <translation>Déjà comptabilisée par un import précédent de ce relevé&#xa0;: elle n&apos;est pas comptabilisée à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Laisser de côté</translation>
    </message>
    <message>
        <source>Nothing checked to post.</source>
        <translation>Rien de coché à comptabiliser.</translation>
    </message>
    <message numerus="yes">
        <source>To post: %n payment(s), %1</source>
        <translation>
            <numerusform>À comptabiliser&#xa0;: %n règlement, %1</numerusform>
            <numerusform>À comptabiliser&#xa0;: %n règlements, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is checked to post.</source>
        <translation>Aucune écriture n&apos;est cochée pour être comptabilisée.</translation>
    </message>
    <message numerus="yes">
        <source>Posting %n payment(s)…</source>
        <translation>
            <numerusform>Comptabilisation de %n règlement…</numerusform>
            <numerusform>Comptabilisation de %n règlements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting was cancelled: nothing was posted.</source>
        <translation>La comptabilisation a été annulée&#xa0;: rien n&apos;a été comptabilisé.</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>Rien n&apos;a été comptabilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n payment(s).</source>
        <translation>
            <numerusform>%n règlement comptabilisé.</numerusform>
            <numerusform>%n règlements comptabilisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This statement was imported before.&lt;/b&gt; Already posted, and not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Ce relevé a déjà été importé.&lt;/b&gt; Déjà comptabilisée, et non comptabilisée à nouveau&#xa0;: %n opération.</numerusform>
            <numerusform>&lt;b&gt;Ce relevé a déjà été importé.&lt;/b&gt; Déjà comptabilisées, et non comptabilisées à nouveau&#xa0;: %n opérations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already posted before, so not posted again: %n transaction(s).</source>
        <translation>
            <numerusform>Déjà comptabilisée auparavant, donc non comptabilisée à nouveau&#xa0;: %n opération.</numerusform>
            <numerusform>Déjà comptabilisées auparavant, donc non comptabilisées à nouveau&#xa0;: %n opérations.</numerusform>
        </translation>
    </message>
    <message>
        <source>An account could not be remembered: %1</source>
        <translation>Un compte n&apos;a pas pu être mémorisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::BankReviewModel</name>
    <message numerus="yes">
        <source>Matched: posted as shown (%n)</source>
        <translation>
            <numerusform>Rapprochée&#xa0;: comptabilisée comme affiché (%n)</numerusform>
            <numerusform>Rapprochées&#xa0;: comptabilisées comme affiché (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested: check the box to confirm (%n)</source>
        <translation>
            <numerusform>Suggérée&#xa0;: cochez la case pour confirmer (%n)</numerusform>
            <numerusform>Suggérées&#xa0;: cochez la case pour confirmer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched: assign to a customer (%n)</source>
        <translation>
            <numerusform>Non rapprochée&#xa0;: attribuez-la à un client (%n)</numerusform>
            <numerusform>Non rapprochées&#xa0;: attribuez-les à un client (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not to post: already posted, debits, pending (%n)</source>
        <translation>
            <numerusform>À ne pas comptabiliser&#xa0;: déjà comptabilisées, débits, en attente (%n)</numerusform>
            <numerusform>À ne pas comptabiliser&#xa0;: déjà comptabilisées, débits, en attente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <source>%1 (reference %2)</source>
        <translation>%1 (référence %2)</translation>
    </message>
    <message>
        <source>%1. Warning: %2</source>
        <translation>%1. Avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entry %1, line %2 of the file</source>
        <translation>Écriture %1, ligne %2 du fichier</translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>déjà comptabilisée</translation>
    </message>
    <message>
        <source>debit</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>to assign</source>
        <translation>à attribuer</translation>
    </message>
    <message>
        <source>all unapplied</source>
        <translation>tout non affecté</translation>
    </message>
    <message>
        <source>%1; %2 unapplied</source>
        <translation>%1&#xa0;; %2 non affecté</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>assigned by you</source>
        <translation>attribué par vous</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Comptabiliser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Donneur d&apos;ordre</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ardesk::BookOpenRun</name>
    <message>
        <source>Aging snapshots</source>
        <translation>Instantanés de balance âgée</translation>
    </message>
    <message>
        <source>Promise evaluation</source>
        <translation>Évaluation des promesses</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <source>Credit holds</source>
        <translation>Blocages crédit</translation>
    </message>
    <message>
        <source>Collection strategy</source>
        <translation>Stratégie de recouvrement</translation>
    </message>
    <message numerus="yes">
        <source>%n month-end aging snapshot(s) taken.</source>
        <translation>
            <numerusform>%n instantané de balance âgée de fin de mois pris.</numerusform>
            <numerusform>%n instantanés de balance âgée de fin de mois pris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Promesses au %1&#xa0;: %2 tenues, %3 partiellement tenues, %4 rompues, %5 en attente&#xa0;; %n tâche de suivi créée.</numerusform>
            <numerusform>Promesses au %1&#xa0;: %2 tenues, %3 partiellement tenues, %4 rompues, %5 en attente&#xa0;; %n tâches de suivi créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans: %1 defaulted, %2 completed.</source>
        <translation>Échéanciers&#xa0;: %1 défaillants, %2 soldés.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s) set.</source>
        <translation>
            <numerusform>%n blocage crédit posé.</numerusform>
            <numerusform>%n blocages crédit posés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection strategy: %n action(s) created.</source>
        <translation>
            <numerusform>Stratégie de recouvrement&#xa0;: %n action créée.</numerusform>
            <numerusform>Stratégie de recouvrement&#xa0;: %n actions créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>The book&apos;s daily run could not start: %1</source>
        <translation>Le traitement quotidien du dossier n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The book&apos;s daily run was cancelled.</source>
        <translation>Le traitement quotidien du dossier a été annulé.</translation>
    </message>
    <message>
        <source>Daily run as of %1: %2 snapshot(s), %3 promise follow-up(s), %4 plan default(s), %5 credit hold(s), %6 strategy action(s).</source>
        <translation>Traitement quotidien au %1&#xa0;: %2 instantané(s), %3 suivi(s) de promesse, %4 défaillance(s) d&apos;échéancier, %5 blocage(s) crédit, %6 action(s) de stratégie.</translation>
    </message>
    <message>
        <source>%1: done earlier today; nothing has changed since.</source>
        <translation>%1 : déjà fait aujourd&apos;hui ; rien n&apos;a changé depuis.</translation>
    </message>
</context>
<context>
    <name>ardesk::CashForecastView</name>
    <message>
        <source>Cash forecast</source>
        <translation>Prévision de trésorerie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Postes ouverts</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Actual - forecast</source>
        <translation>Réel - prévision</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>The book has no open items.</source>
        <translation>Le dossier n&apos;a aucun poste ouvert.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>La prévision n&apos;a pas pu être calculée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected receipts by week from open items (due date shifted by each customer&apos;s average days late), promises to pay and payment-plan instalments. Not in the weeks: %1 behind expectation (overdue beyond the customer&apos;s usual delay), %2 after the 13th week, %3 disputed.</source>
        <translation>Encaissements attendus par semaine à partir des postes ouverts (échéance décalée du retard moyen de chaque client), des promesses de paiement et des échéances des échéanciers. Hors semaines&#xa0;: %1 en retard sur l&apos;attendu (échu au-delà du retard habituel du client), %2 après la 13e semaine, %3 en litige.</translation>
    </message>
    <message>
        <source>Cash forecast by week (%1): past weeks forecast against actual</source>
        <translation>Prévision de trésorerie par semaine (%1)&#xa0;: semaines passées, prévision contre réel</translation>
    </message>
    <message>
        <source>%1 to %2 (past)</source>
        <translation>%1 au %2 (passée)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Nouvel interlocuteur</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Modifier l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>e.g. accounts payable, CFO</source>
        <translation>p. ex. comptabilité fournisseurs, DAF</translation>
    </message>
    <message>
        <source>+46 8 123 456 78</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone when empty</source>
        <translation>Fuseau horaire du client si vide</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this customer</source>
        <translation>Interlocuteur &amp;principal pour ce client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactPanel</name>
    <message>
        <source>Log a contact</source>
        <translation>Enregistrer un contact</translation>
    </message>
    <message>
        <source>Press 1-9 or 0 to pick an outcome</source>
        <translation>Appuyez sur 1-9 ou 0 pour choisir un résultat</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Suivi le</translation>
    </message>
    <message>
        <source>Why the call may go ahead anyway</source>
        <translation>Pourquoi l&apos;appel peut quand même avoir lieu</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Enregistrer le contact</translation>
    </message>
    <message>
        <source>Log the contact and finish the task (Ctrl+Enter)</source>
        <translation>Enregistrer le contact et terminer la tâche (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>&amp;Joint&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome (keys 1-9, 0):</source>
        <translation>Résultat (touches 1-9, 0)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;verride:</source>
        <translation>Déro&amp;gation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Promise to pay…</source>
        <translation>Promesse de paiement…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Litige…</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Réclamation…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalader…</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Litiges ouverts</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Resolve dispute…</source>
        <translation>Résoudre le litige…</translation>
    </message>
    <message>
        <source>Task: %1, due %2</source>
        <translation>Tâche&#xa0;: %1, échéance %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: unknown (no time zone)</source>
        <translation>Heure locale du client&#xa0;: inconnue (pas de fuseau horaire)</translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 %2 (%3)</source>
        <translation>Heure locale du client&#xa0;: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>cease communication</source>
        <translation>cessation des communications</translation>
    </message>
    <message>
        <source>represented by an attorney</source>
        <translation>représenté par un avocat</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>ne pas appeler</translation>
    </message>
    <message>
        <source>no calls at work</source>
        <translation>pas d&apos;appel au travail</translation>
    </message>
    <message>
        <source>consumer rules</source>
        <translation>règles de protection des consommateurs</translation>
    </message>
    <message>
        <source>Call blocked: %1. As a supervisor you may log it with an override reason.</source>
        <translation>Appel bloqué&#xa0;: %1. En tant que superviseur, vous pouvez l&apos;enregistrer avec un motif de dérogation.</translation>
    </message>
    <message>
        <source>Call blocked: %1. Only a supervisor can override.</source>
        <translation>Appel bloqué&#xa0;: %1. Seul un superviseur peut passer outre.</translation>
    </message>
    <message>
        <source>A call is allowed now.</source>
        <translation>Un appel est autorisé maintenant.</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Indicateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Flags: %2</source>
        <translation>%1
Indicateurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>no customer is shown</source>
        <translation>aucun client n&apos;est affiché</translation>
    </message>
    <message>
        <source>Pick an outcome first (keys 1-9 and 0).</source>
        <translation>Choisissez d&apos;abord un résultat (touches 1-9 et 0).</translation>
    </message>
    <message>
        <source>The call is blocked: give an override reason to log it anyway.</source>
        <translation>L&apos;appel est bloqué&#xa0;: indiquez un motif de dérogation pour l&apos;enregistrer quand même.</translation>
    </message>
    <message>
        <source>The call is blocked: %1</source>
        <translation>L&apos;appel est bloqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact logged with an override (audited).</source>
        <translation>Contact enregistré avec une dérogation (tracée dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) to pay recorded.</source>
        <translation>
            <numerusform>%n promesse de paiement enregistrée.</numerusform>
            <numerusform>%n promesses de paiement enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>aucun dossier n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Dispute opened on %1.</source>
        <translation>Litige ouvert sur %1.</translation>
    </message>
    <message>
        <source>Complaint recorded.</source>
        <translation>Réclamation enregistrée.</translation>
    </message>
    <message>
        <source>Escalated to the supervisor.</source>
        <translation>Escaladé au superviseur.</translation>
    </message>
    <message>
        <source>Promise to pay — %1</source>
        <translation>Promesse de paiement — %1</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Promise pour le</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>le compte</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>la facture %1</translation>
    </message>
    <message>
        <source>&amp;Add another date</source>
        <translation>&amp;Ajouter une autre date</translation>
    </message>
    <message>
        <source>&amp;Record promise</source>
        <translation>&amp;Enregistrer la promesse</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>Enter at least one amount.</source>
        <translation>Saisissez au moins un montant.</translation>
    </message>
    <message>
        <source>Dispute — %1</source>
        <translation>Litige — %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Facture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation>&amp;Ouvrir le litige</translation>
    </message>
    <message>
        <source>Select an open dispute first.</source>
        <translation>Sélectionnez d&apos;abord un litige ouvert.</translation>
    </message>
    <message>
        <source>Resolve the dispute on %1</source>
        <translation>Résoudre le litige sur %1</translation>
    </message>
    <message>
        <source>Settled by credit note</source>
        <translation>Réglé par avoir</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Passage en perte demandé</translation>
    </message>
    <message>
        <source>Rejected: collectible again</source>
        <translation>Rejeté&#xa0;: de nouveau recouvrable</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Credit note:</source>
        <translation>&amp;Avoir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>Dispute resolved.</source>
        <translation>Litige résolu.</translation>
    </message>
    <message>
        <source>Complaint — %1</source>
        <translation>Réclamation — %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Collector&apos;s conduct</source>
        <translation>Comportement du chargé de recouvrement</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Erreur de facturation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>Resolved today</source>
        <translation>Résolue aujourd&apos;hui</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>&amp;Satisfaction (1-5)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record complaint</source>
        <translation>&amp;Enregistrer la réclamation</translation>
    </message>
    <message>
        <source>Escalate %1 to the supervisor</source>
        <translation>Escalader %1 au superviseur</translation>
    </message>
    <message>
        <source>e.g. asks for a payment plan over 12 months</source>
        <translation>p. ex. demande un échéancier sur 12 mois</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalader</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditHoldBadge</name>
    <message>
        <source>ON CREDIT HOLD since %1: %2</source>
        <translation>BLOCAGE CRÉDIT depuis le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No new credit (invoices or orders) until a supervisor or manager releases the hold.</source>
        <translation>Aucun nouveau crédit (factures ou commandes) tant qu&apos;un superviseur ou un responsable n&apos;a pas levé le blocage.</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>BLOQUÉ&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditPolicyEditor</name>
    <message>
        <source>&amp;New policy</source>
        <translation>Nou&amp;velle politique</translation>
    </message>
    <message>
        <source>Policy templates per risk class or segment. A customer follows the policy assigned on its form; its own credit limit overrides the policy&apos;s.</source>
        <translation>Modèles de politique par classe de risque ou par segment. Un client suit la politique attribuée sur sa fiche&#xa0;; sa propre limite de crédit prime sur celle de la politique.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>tout segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>Classe de &amp;risque&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment&#xa0;:</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source> days net</source>
        <translation> jours net</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Délai de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Early-payment &amp;discount:</source>
        <translation>Escompte pour paiement &amp;anticipé&#xa0;:</translation>
    </message>
    <message>
        <source>Discount &amp;period:</source>
        <translation>Délai d&apos;escom&amp;pte&#xa0;:</translation>
    </message>
    <message>
        <source>Credit limit and hold rules</source>
        <translation>Limite de crédit et règles de blocage</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Hold when the balance is over the credit limit</source>
        <translation>Bloquer si le solde dépasse la limite de crédit</translation>
    </message>
    <message>
        <source>Hold when the oldest item is more than</source>
        <translation>Bloquer si le plus ancien poste a plus de</translation>
    </message>
    <message>
        <source> days past due</source>
        <translation> jours de retard</translation>
    </message>
    <message>
        <source>Hold when the overdue amount is above</source>
        <translation>Bloquer si le montant échu dépasse</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Bloquer après</translation>
    </message>
    <message>
        <source> broken promises</source>
        <translation> promesses rompues</translation>
    </message>
    <message>
        <source>within </source>
        <translation>sur </translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>&amp;Limite de crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Review and collection</source>
        <translation>Revue et recouvrement</translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation>Rev&amp;ue tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Collection &amp;strategy:</source>
        <translation>&amp;Stratégie de recouvrement&#xa0;:</translation>
    </message>
    <message>
        <source>Late-payment interest and fees</source>
        <translation>Intérêts de retard et frais</translation>
    </message>
    <message>
        <source>the customer&apos;s country rule</source>
        <translation>la règle du pays du client</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>from the country rule</source>
        <translation>selon la règle du pays</translation>
    </message>
    <message>
        <source>Reference rate &amp;region:</source>
        <translation>Région du &amp;taux de référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Margin over the reference rate:</source>
        <translation>&amp;Marge sur le taux de référence&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery &amp;compensation per invoice:</source>
        <translation>&amp;Indemnité de recouvrement par facture&#xa0;:</translation>
    </message>
    <message>
        <source>Reminder fee cap:</source>
        <translation>Plafond des frais de rappel&#xa0;:</translation>
    </message>
    <message>
        <source>Collection fee cap:</source>
        <translation>Plafond des frais de recouvrement&#xa0;:</translation>
    </message>
    <message>
        <source>Fee &amp;currency:</source>
        <translation>Devise des &amp;frais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Enregistrer la politique</translation>
    </message>
    <message>
        <source>By segment or risk class (default)</source>
        <translation>Par segment ou classe de risque (par défaut)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only a manager changes credit policies; you can read them here.</source>
        <translation>Seul un responsable modifie les politiques de crédit&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <source>%1: not an amount (digits with at most two decimals)</source>
        <translation>%1&#xa0;: n&apos;est pas un montant (chiffres avec au plus deux décimales)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Montant échu</translation>
    </message>
    <message>
        <source>Overdue amount: enter the amount above which the account is held</source>
        <translation>Montant échu&#xa0;: saisissez le montant au-delà duquel le compte est bloqué</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Indemnité de recouvrement</translation>
    </message>
    <message>
        <source>Reminder fee cap</source>
        <translation>Plafond des frais de rappel</translation>
    </message>
    <message>
        <source>Collection fee cap</source>
        <translation>Plafond des frais de recouvrement</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Non enregistré&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>Politique %1 enregistrée.</translation>
    </message>
    <message>
        <source>Post interest and compensation as debit notes (Clerk &gt; Post interest)</source>
        <translation>Comptabiliser les intérêts et l&apos;indemnité en notes de débit (Comptabilité &gt; Comptabiliser les intérêts)</translation>
    </message>
    <message>
        <source>Off: interest and compensation are only shown on letters and statements.</source>
        <translation>Désactivé&#xa0;: les intérêts et l&apos;indemnité figurent seulement sur les lettres et les relevés.</translation>
    </message>
    <message>
        <source>none, or such as 30/60/90</source>
        <translation>aucune, ou par exemple 30/60/90</translation>
    </message>
    <message>
        <source>Days after the issue date of each part, separated by /; equal parts, or DAYS:PERCENT for each part. Each part is aged on its own.</source>
        <translation>Jours après la date d&apos;émission pour chaque partie, séparés par /&#xa0;; parts égales, ou JOURS:POURCENTAGE pour chaque partie. Chaque partie est classée séparément dans la balance âgée.</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>É&amp;chéancement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <source>Edit customer %1</source>
        <translation>Modifier le client %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>Délai de &amp;paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>&amp;Limite de crédit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>Classe de &amp;risque&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Aucune politique</translation>
    </message>
    <message>
        <source>The customer&apos;s own credit limit, when set, overrides the policy&apos;s.</source>
        <translation>La limite de crédit propre au client, si elle est définie, prime sur celle de la politique.</translation>
    </message>
    <message>
        <source>Only a manager assigns credit policies.</source>
        <translation>Seul un responsable attribue les politiques de crédit.</translation>
    </message>
    <message>
        <source>Credit &amp;policy:</source>
        <translation>&amp;Politique de crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Only a manager sets the credit limit and the risk class.</source>
        <translation>Seul le responsable fixe la limite de crédit et la classe de risque.</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <source>Open items %1, unapplied cash and credits %2</source>
        <translation>Postes ouverts %1, encaissements et avoirs non affectés %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Chargé de recouvrement</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Rechercher par code ou nom</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardTile</name>
    <message>
        <source>Show the list behind %1</source>
        <translation>Afficher la liste derrière %1</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Amounts of different currencies are never added: one currency at a time</source>
        <translation>Les montants de devises différentes ne sont jamais additionnés&#xa0;: une devise à la fois</translation>
    </message>
    <message>
        <source>Aging by collector</source>
        <translation>Balance âgée par chargé de recouvrement</translation>
    </message>
    <message>
        <source>Aging by risk class</source>
        <translation>Balance âgée par classe de risque</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Chargé de recouvrement</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Plus ancien (jours)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Top overdue accounts</source>
        <translation>Comptes les plus échus</translation>
    </message>
    <message>
        <source>Moved into the last bucket since the last month-end</source>
        <translation>Passés dans la dernière tranche depuis la dernière fin de mois</translation>
    </message>
    <message>
        <source>Total AR</source>
        <translation>Total créances</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>DSO (days)</source>
        <translation>DSO (jours)</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>ADD (days)</source>
        <translation>ADD (jours)</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Encaissé ce mois-ci</translation>
    </message>
    <message>
        <source>Promises due today</source>
        <translation>Promesses dues aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Broken this week</source>
        <translation>Rompues cette semaine</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Litiges ouverts</translation>
    </message>
    <message>
        <source>Accounts on hold</source>
        <translation>Comptes bloqués</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>The book has no invoices yet.</source>
        <translation>Le dossier n&apos;a encore aucune facture.</translation>
    </message>
    <message>
        <source>As of %1 · tiles in %2 ms, all in %3 ms</source>
        <translation>Au %1 · tuiles en %2 ms, total en %3 ms</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>of AR not yet due</source>
        <translation>des créances non échues</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) to today</source>
        <translation>
            <numerusform>%n mois jusqu&apos;à aujourd&apos;hui</numerusform>
            <numerusform>%n mois jusqu&apos;à aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <translation>objectif %1 (%2)</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>aucun objectif défini</translation>
    </message>
    <message>
        <source>Aging by bucket (%1)</source>
        <translation>Balance âgée par tranche (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>DSO, ADD and CEI at month-ends (%1)</source>
        <translation>DSO, ADD et CEI aux fins de mois (%1)</translation>
    </message>
    <message>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation>CEI&#xa0;%</translation>
    </message>
    <message>
        <source>Collected by week against target (%1)</source>
        <translation>Encaissé par semaine par rapport à l&apos;objectif (%1)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Open disputes by reason (%1)</source>
        <translation>Litiges ouverts par motif (%1)</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>no open disputes</source>
        <translation>aucun litige ouvert</translation>
    </message>
    <message>
        <source>Moved into %1 since %2</source>
        <translation>Passés dans la tranche %1 depuis le %2</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, risk class %3</source>
        <translation>Postes ouverts en %1, %2 jours de retard, classe de risque %3</translation>
    </message>
    <message>
        <source>Open items in %1, %2 days past due, collector %3</source>
        <translation>Postes ouverts en %1, %2 jours de retard, chargé de recouvrement %3</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs of %2: invoices issued %3 to %4</source>
        <translation>Ventes à crédit en %1 sous-jacentes aux indicateurs du %2&#xa0;: factures émises du %3 au %4</translation>
    </message>
    <message>
        <source>Payments in %1 received %2 to %3, not reversed</source>
        <translation>Règlements en %1 reçus du %2 au %3, non extournés</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute: %2</source>
        <translation>Factures en %1 avec un litige ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open items in %1</source>
        <translation>Postes ouverts en %1</translation>
    </message>
    <message>
        <source>Overdue items in %1 (due before %2)</source>
        <translation>Postes échus en %1 (échéance avant le %2)</translation>
    </message>
    <message>
        <source>Items in %1 not yet due</source>
        <translation>Postes en %1 non échus</translation>
    </message>
    <message>
        <source>Credit sales in %1 behind the KPIs: invoices issued %2 to %3</source>
        <translation>Ventes à crédit en %1 sous-jacentes aux indicateurs&#xa0;: factures émises du %2 au %3</translation>
    </message>
    <message>
        <source>Payments in %1 received this month, not reversed</source>
        <translation>Règlements en %1 reçus ce mois-ci, non extournés</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise due today</source>
        <translation>Clients en %1 avec une promesse due aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Customers in %1 with a promise broken this week</source>
        <translation>Clients en %1 avec une promesse rompue cette semaine</translation>
    </message>
    <message>
        <source>Invoices in %1 with an open dispute</source>
        <translation>Factures en %1 avec un litige ouvert</translation>
    </message>
    <message>
        <source>Customers in %1 on credit hold</source>
        <translation>Clients en %1 en blocage crédit</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, risk class %2</source>
        <translation>Postes ouverts en %1 non échus, classe de risque %2</translation>
    </message>
    <message>
        <source>Open items in %1 not yet due, collector %2</source>
        <translation>Postes ouverts en %1 non échus, chargé de recouvrement %2</translation>
    </message>
</context>
<context>
    <name>ardesk::DepositBatchDialog</name>
    <message>
        <source>Deposit batch</source>
        <translation>Remise de chèques</translation>
    </message>
    <message>
        <source>e.g. deposit slip number</source>
        <translation>p. ex. numéro du bordereau de remise</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Remise&#xa0;:</translation>
    </message>
    <message>
        <source>Control &amp;total:</source>
        <translation>&amp;Total de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Control c&amp;ount:</source>
        <translation>&amp;Nombre de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add check</source>
        <translation>&amp;Ajouter un chèque</translation>
    </message>
    <message>
        <source>&amp;Remove check</source>
        <translation>&amp;Supprimer le chèque</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>&amp;Comptabiliser la remise</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) keyed</source>
        <translation>
            <numerusform>%n chèque saisi</numerusform>
            <numerusform>%n chèques saisis</numerusform>
        </translation>
    </message>
    <message>
        <source>keyed %1</source>
        <translation>saisi %1</translation>
    </message>
    <message>
        <source>an amount cannot be read</source>
        <translation>un montant est illisible</translation>
    </message>
    <message>
        <source>Balanced: ready to post.</source>
        <translation>Équilibrée&#xa0;: prête à être comptabilisée.</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Rien n&apos;a été comptabilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted batch of %n check(s): %1 applied, %2 unapplied.</source>
        <translation>
            <numerusform>Remise de %n chèque comptabilisée&#xa0;: %1 affecté, %2 non affecté.</numerusform>
            <numerusform>Remise de %n chèques comptabilisée&#xa0;: %1 affecté, %2 non affecté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DepositLinesModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Check / reference</source>
        <translation>Chèque / référence</translation>
    </message>
    <message>
        <source>Invoice (optional)</source>
        <translation>Facture (facultatif)</translation>
    </message>
</context>
<context>
    <name>ardesk::DocumentSettingsEditor</name>
    <message>
        <source>What every letter, statement of account and payment plan agreement prints besides its template: who sends it and how the customer pays.</source>
        <translation>Ce que chaque lettre, relevé de compte et accord d&apos;échéancier imprime en plus de son modèle&#xa0;: qui l&apos;envoie et comment le client paie.</translation>
    </message>
    <message>
        <source>Company name
Street
Postcode and town</source>
        <translation>Raison sociale
Rue
Code postal et ville</translation>
    </message>
    <message>
        <source>Every language (default)</source>
        <translation>Toutes les langues (par défaut)</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Lettres en anglais</translation>
    </message>
    <message>
        <source>German letters</source>
        <translation>Lettres en allemand</translation>
    </message>
    <message>
        <source>French letters</source>
        <translation>Lettres en français</translation>
    </message>
    <message>
        <source>Swedish letters</source>
        <translation>Lettres en suédois</translation>
    </message>
    <message>
        <source>Czech letters</source>
        <translation>Lettres en tchèque</translation>
    </message>
    <message>
        <source> days after the letter&apos;s date</source>
        <translation> jours après la date de la lettre</translation>
    </message>
    <message>
        <source>Dunning letters show late-payment &amp;interest and compensation</source>
        <translation>Les lettres de relance indiquent les &amp;intérêts de retard et l&apos;indemnité</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Se&amp;nder (name and address):</source>
        <translation>Exp&amp;éditeur (nom et adresse)&#xa0;:</translation>
    </message>
    <message>
        <source>Payment instructions &amp;for:</source>
        <translation>Instructions de paiement &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>Payment &amp;instructions:</source>
        <translation>&amp;Instructions de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pay by:</source>
        <translation>&amp;Payer au plus tard&#xa0;:</translation>
    </message>
    <message>
        <source>Only a manager or an administrator changes these; you can read them here.</source>
        <translation>Seul un responsable ou un administrateur peut les modifier&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <source>Bank, IBAN and BIC, and what to quote with the payment</source>
        <translation>Banque, IBAN et BIC, et la référence à indiquer avec le paiement</translation>
    </message>
    <message>
        <source>Printed on letters in every language that has no text of its own.</source>
        <translation>Imprimé sur les lettres dans toute langue qui n&apos;a pas de texte propre.</translation>
    </message>
    <message>
        <source>Leave empty to print the default text (shown greyed) on %1.</source>
        <translation>Laisser vide pour imprimer le texte par défaut (affiché en grisé) sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Saved. Letters rendered from now on print these.</source>
        <translation>Enregistré. Les lettres générées désormais les imprimeront.</translation>
    </message>
</context>
<context>
    <name>ardesk::EscalationQueueWidget</name>
    <message>
        <source>Raised</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Every supervisor&apos;s escalations</source>
        <translation>&amp;Escalades de tous les superviseurs</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Ouvrir le compte</translation>
    </message>
    <message>
        <source>&amp;Take the account</source>
        <translation>&amp;Prendre le compte</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Ré&amp;attribuer…</translation>
    </message>
    <message>
        <source>Return with &amp;instructions…</source>
        <translation>Renvoyer avec des &amp;instructions…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Ré&amp;soudre…</translation>
    </message>
    <message>
        <source>You work the account yourself: it moves to your portfolio</source>
        <translation>Vous traitez le compte vous-même&#xa0;: il passe dans votre portefeuille</translation>
    </message>
    <message>
        <source>Back to the collector, with what to do next</source>
        <translation>Retour au chargé de recouvrement, avec la suite à donner</translation>
    </message>
    <message>
        <source>Reassign the account</source>
        <translation>Réattribuer le compte</translation>
    </message>
    <message>
        <source>&amp;Collector:</source>
        <translation>&amp;Chargé de recouvrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions&#xa0;:</translation>
    </message>
    <message>
        <source>Return with instructions</source>
        <translation>Renvoyer avec des instructions</translation>
    </message>
    <message>
        <source>What should the collector do next?</source>
        <translation>Que doit faire ensuite le chargé de recouvrement&#xa0;?</translation>
    </message>
    <message>
        <source>Resolve the escalation</source>
        <translation>Résoudre l&apos;escalade</translation>
    </message>
    <message>
        <source>How was it settled?</source>
        <translation>Comment a-t-elle été réglée&#xa0;?</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>aucun dossier n&apos;est ouvert</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestLinesModel</name>
    <message>
        <source>Interest on %1</source>
        <translation>Intérêts sur %1</translation>
    </message>
    <message>
        <source>Recovery compensation</source>
        <translation>Indemnité de recouvrement</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 au %2 (%n jour)</numerusform>
            <numerusform>%1 au %2 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>Note de débit</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestPostingDialog</name>
    <message>
        <source>Post interest</source>
        <translation>Comptabiliser les intérêts</translation>
    </message>
    <message>
        <source>Late-payment interest since the last posting and the recovery compensation (once per invoice) of the customers whose credit policy posts them, as debit notes due at once. Running it again for the same date posts nothing.</source>
        <translation>Les intérêts de retard depuis la dernière comptabilisation et l&apos;indemnité de recouvrement (une fois par facture) des clients dont la politique de crédit prévoit leur comptabilisation, en notes de débit payables immédiatement. Une nouvelle exécution à la même date ne comptabilise rien.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Date d&apos;&amp;arrêté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Com&amp;ptabiliser</translation>
    </message>
    <message>
        <source>Posting debit notes needs the permission to post invoices</source>
        <translation>Comptabiliser des notes de débit exige l&apos;autorisation de comptabiliser des factures</translation>
    </message>
    <message>
        <source>Nothing to post as of %1.</source>
        <translation>Rien à comptabiliser au %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n debit note(s) to post as of %1.</source>
        <translation>
            <numerusform>%n note de débit à comptabiliser au %1.</numerusform>
            <numerusform>%n notes de débit à comptabiliser au %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post %n debit note(s) as of %1? They can be undone only by a credit note.</source>
        <translation>
            <numerusform>Comptabiliser %n note de débit au %1&#xa0;? Elle ne pourra être annulée que par un avoir.</numerusform>
            <numerusform>Comptabiliser %n notes de débit au %1&#xa0;? Elles ne pourront être annulées que par un avoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting interest as of %1…</source>
        <translation>Comptabilisation des intérêts au %1…</translation>
    </message>
    <message>
        <source>Nothing posted: %1</source>
        <translation>Rien n&apos;a été comptabilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n debit note(s) as of %1.</source>
        <translation>
            <numerusform>%n note de débit comptabilisée au %1.</numerusform>
            <numerusform>%n notes de débit comptabilisées au %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by customer, invoice or text</source>
        <translation>Filtrer par client, facture ou texte</translation>
    </message>
    <message>
        <source>Every reason (%1)</source>
        <translation>Tous les motifs (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) cannot be posted (%1); see the tab &quot;Not posted&quot;.</source>
        <translation>
            <numerusform>%n montant ne peut pas être comptabilisé (%1) ; voir l’onglet « Non comptabilisés ».</numerusform>
            <numerusform>%n montants ne peuvent pas être comptabilisés (%1) ; voir l’onglet « Non comptabilisés ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Debit notes (%1)</source>
        <translation>Notes de débit (%1)</translation>
    </message>
    <message>
        <source>Not posted (%1)</source>
        <translation>Non comptabilisés (%1)</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>Read the preview again</source>
        <translation>Relire l&apos;aperçu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading what a posting as of %1 would post…</source>
        <translation>Lecture de ce qu&apos;une comptabilisation au %1 comptabiliserait…</translation>
    </message>
    <message>
        <source>The preview was cancelled: nothing to post. Press Preview to read it again.</source>
        <translation>L&apos;aperçu a été annulé : rien à comptabiliser. Appuyez sur Aperçu pour le relire.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSettings</name>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference rates</source>
        <translation>Taux de référence</translation>
    </message>
    <message>
        <source>The central bank&apos;s rate by region. The rate in force on 1 January and 1 July applies to the whole half-year; interest = reference rate + margin.</source>
        <translation>Le taux de la banque centrale par région. Le taux en vigueur au 1er janvier et au 1er juillet s&apos;applique à tout le semestre&#xa0;; intérêts = taux de référence + marge.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>Enregistrer le &amp;taux</translation>
    </message>
    <message>
        <source>&amp;Delete rate</source>
        <translation>&amp;Supprimer le taux</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Rules per country</source>
        <translation>Règles par pays</translation>
    </message>
    <message>
        <source>A customer&apos;s country picks its rule (the empty country is the default for every other one); a credit policy that names a region overrides it.</source>
        <translation>Le pays du client détermine sa règle (le pays vide est la règle par défaut pour tous les autres)&#xa0;; une politique de crédit qui désigne une région prime sur elle.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Indemnité</translation>
    </message>
    <message>
        <source>Reminder cap</source>
        <translation>Plafond rappel</translation>
    </message>
    <message>
        <source>Collection cap</source>
        <translation>Plafond recouvrement</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>actual/365</source>
        <translation>exact/365</translation>
    </message>
    <message>
        <source>actual/360</source>
        <translation>exact/360</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>Save r&amp;ule</source>
        <translation>Enregistrer la &amp;règle</translation>
    </message>
    <message>
        <source>Day count:</source>
        <translation>Décompte des jours&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>consumers:</source>
        <translation>consommateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marge&#xa0;:</translation>
    </message>
    <message>
        <source>Compensation per invoice:</source>
        <translation>Indemnité par facture&#xa0;:</translation>
    </message>
    <message>
        <source>collection:</source>
        <translation>recouvrement&#xa0;:</translation>
    </message>
    <message>
        <source>Fee caps, reminder:</source>
        <translation>Plafonds de frais, rappel&#xa0;:</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Only a manager changes rates and rules; you can read them here.</source>
        <translation>Seul un responsable modifie les taux et les règles&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 added.</source>
        <translation>Taux pour %1 à partir du %2 ajouté.</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 replaced.</source>
        <translation>Taux pour %1 à partir du %2 remplacé.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate for %1 from %2 deleted.</source>
        <translation>Taux pour %1 à partir du %2 supprimé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (digits with at most two decimals)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant (chiffres avec au plus deux décimales)</translation>
    </message>
    <message>
        <source>The default rule is saved.</source>
        <translation>La règle par défaut est enregistrée.</translation>
    </message>
    <message>
        <source>The rule for %1 is saved.</source>
        <translation>La règle pour %1 est enregistrée.</translation>
    </message>
</context>
<context>
    <name>ardesk::InterestSkipsModel</name>
    <message>
        <source>No reference rate</source>
        <translation>Pas de taux de référence</translation>
    </message>
    <message>
        <source>Compensation in another currency</source>
        <translation>Indemnité dans une autre devise</translation>
    </message>
    <message>
        <source>Debit note number taken</source>
        <translation>Numéro de note de débit déjà pris</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (partie %2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>In %n instalment(s): due by part %1, the oldest still open; the invoice&apos;s own due date is %2</source>
        <translation>
            <numerusform>En %n échéance&#xa0;: exigible selon la partie %1, la plus ancienne encore ouverte&#xa0;; l&apos;échéance propre de la facture est le %2</numerusform>
            <numerusform>En %n échéances&#xa0;: exigible selon la partie %1, la plus ancienne encore ouverte&#xa0;; l&apos;échéance propre de la facture est le %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListPage</name>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Search by invoice number, customer code or name</source>
        <translation>Rechercher par numéro de facture, code client ou nom</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Postes ouverts</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Toutes les factures</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln facture ouverte</numerusform>
            <numerusform>%Ln factures ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LanguageSettings</name>
    <message>
        <source>The language of menus, screens and messages on this computer. Dates, numbers and amounts are shown the way that language writes them. Letters and statements use each customer&apos;s language.</source>
        <translation>La langue des menus, des écrans et des messages sur cet ordinateur. Les dates, les nombres et les montants s&apos;affichent comme cette langue les écrit. Les lettres et les relevés de compte utilisent la langue de chaque client.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
    <message>
        <source>Saved. ardesk speaks the new language from its next start.</source>
        <translation>Enregistré. ardesk parlera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ardesk::LetterRunDialog</name>
    <message>
        <source>Letters and statements</source>
        <translation>Lettres et relevés de compte</translation>
    </message>
    <message>
        <source>Statements of account (every customer due one)</source>
        <translation>Relevés de compte (chaque client concerné)</translation>
    </message>
    <message>
        <source>Dunning letters and reminders due</source>
        <translation>Lettres de relance et rappels dus</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Date d&apos;&amp;arrêté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents&#xa0;:</translation>
    </message>
    <message>
        <source>all; or customer numbers, comma-separated</source>
        <translation>tous&#xa0;; ou des numéros de client, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Clients&#xa0;:</translation>
    </message>
    <message>
        <source>Save to folder:</source>
        <translation>Enregistrer dans le répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>Every document is saved as a PDF in the folder and recorded on the customer&apos;s account, where it can be opened again. Letters due are created by the collection strategy for the date first. Running again for the same date records nothing twice.</source>
        <translation>Chaque document est enregistré en PDF dans le répertoire et consigné sur le compte du client, où il peut être rouvert. Les lettres dues sont d&apos;abord créées pour la date par la stratégie de recouvrement. Une nouvelle exécution pour la même date n&apos;enregistre rien en double.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Save to folder</source>
        <translation>Enregistrer dans le répertoire</translation>
    </message>
    <message>
        <source>Your role may not send letters or statements.</source>
        <translation>Votre rôle ne permet pas d&apos;envoyer des lettres ni des relevés de compte.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le répertoire %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Writing statements…</source>
        <translation>Génération des relevés de compte…</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Génération des lettres…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;exécution s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n document(s); what was written is recorded. Run again to finish.</source>
        <translation>
            <numerusform>Annulé après %n document&#xa0;; ce qui a été écrit est enregistré. Lancez à nouveau pour terminer.</numerusform>
            <numerusform>Annulé après %n documents&#xa0;; ce qui a été écrit est enregistré. Lancez à nouveau pour terminer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to the folder.</source>
        <translation>
            <numerusform>%n document écrit dans le répertoire.</numerusform>
            <numerusform>%n documents écrits dans le répertoire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new on the accounts&apos; timelines.</source>
        <translation>
            <numerusform>%n nouvel élément dans l&apos;historique des comptes.</numerusform>
            <numerusform>%n nouveaux éléments dans l&apos;historique des comptes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::LetterTemplateEditor</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Lettre de relance, niveau 1</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Lettre de relance, niveau 2</translation>
    </message>
    <message>
        <source>Dunning letter, level 3</source>
        <translation>Lettre de relance, niveau 3</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Start from the &amp;built-in text</source>
        <translation>Partir du texte &amp;intégré</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Sections in [brackets] replace the built-in ones (title, subject, opening, body, closing, label.…); placeholders such as {customer_name}, {overdue}, {pay_by} are filled in. The customer&apos;s language picks the template.</source>
        <translation>Les sections entre [crochets] remplacent les sections intégrées (title, subject, opening, body, closing, label.…)&#xa0;; les champs tels que {customer_name}, {overdue}, {pay_by} sont complétés automatiquement. La langue du client détermine le modèle.</translation>
    </message>
    <message>
        <source>Only a manager changes letter templates; you can read and preview them here.</source>
        <translation>Seul un responsable modifie les modèles de lettre&#xa0;; vous pouvez les consulter et les prévisualiser ici.</translation>
    </message>
    <message>
        <source>Your own template (saved in the book).</source>
        <translation>Votre propre modèle (enregistré dans le dossier).</translation>
    </message>
    <message>
        <source>The built-in template.</source>
        <translation>Le modèle intégré.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Non enregistré&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Template saved: letters from now on use it.</source>
        <translation>Modèle enregistré&#xa0;: les lettres l&apos;utilisent désormais.</translation>
    </message>
    <message>
        <source>No customer has anything to show on a letter yet.</source>
        <translation>Aucun client n&apos;a encore d&apos;élément à faire figurer sur une lettre.</translation>
    </message>
    <message>
        <source>Payment plan agreement</source>
        <translation>Accord d&apos;échéancier</translation>
    </message>
    <message>
        <source>No payment plan has been agreed yet: the agreement is previewed on a real plan.</source>
        <translation>Aucun échéancier n&apos;a encore été convenu&#xa0;: l&apos;aperçu de l&apos;accord se fait sur un échéancier réel.</translation>
    </message>
</context>
<context>
    <name>ardesk::ListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Rechercher dans cette liste</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Open a book (an .ardesk file) to see its customers, invoices and payments. ardesk-cli creates one with init, or fills one with demo data.</source>
        <translation>Ouvrez un dossier (un fichier .ardesk) pour voir ses clients, factures et règlements. ardesk-cli en crée un avec init, ou en remplit un avec des données de démonstration.</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This book has no passwords: anyone who can open the file can post and change it. Protect it with an administrator to make everyone sign in.</source>
        <translation>Ce dossier n&apos;a pas de mots de passe&#xa0;: quiconque peut ouvrir le fichier peut comptabiliser et modifier. Protégez-le avec un administrateur pour que chacun doive se connecter.</translation>
    </message>
    <message>
        <source>&amp;Protect this book…</source>
        <translation>&amp;Protéger ce dossier…</translation>
    </message>
    <message>
        <source>This book is read-only (the file or its folder cannot be written): you can look, but nothing can be posted or changed.</source>
        <translation>Ce dossier est en lecture seule (le fichier ou son répertoire n&apos;est pas accessible en écriture)&#xa0;: vous pouvez consulter, mais rien ne peut être comptabilisé ni modifié.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>The last book, %1, could not be opened: %2</source>
        <translation>Le dernier dossier, %1, n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open book</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 n&apos;a pas pu être ouvert.

%2</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>ardesk books (*.ardesk);;All files (*)</source>
        <translation>Dossiers ardesk (*.ardesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — %2 — ardesk</source>
        <translation>%1 — %2 — ardesk</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open book: %1 (schema %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dossier ouvert&#xa0;: %1 (schéma %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>About ardesk</source>
        <translation>À propos d&apos;ardesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;Accounts receivable on the desktop: customers, invoices, payments, collections.&lt;/p&gt;&lt;p&gt;Book schema version: %2&lt;/p&gt;%3&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ardesk %1&lt;/h3&gt;&lt;p&gt;La comptabilité clients sur le poste de travail&#xa0;: clients, factures, règlements, recouvrement.&lt;/p&gt;&lt;p&gt;Version du schéma du dossier&#xa0;: %2&lt;/p&gt;%3&lt;p&gt;Fichier journal&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>&amp;Comptabilité</translation>
    </message>
    <message>
        <source>Post &amp;payments…</source>
        <translation>Saisir des &amp;règlements…</translation>
    </message>
    <message>
        <source>&amp;Deposit batch…</source>
        <translation>Remise de &amp;chèques…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2 yet. ardesk makes one each time the book is closed.</source>
        <translation>Il n&apos;existe pas encore de sauvegarde de %1 dans %2. ardesk en crée une à chaque fermeture du dossier.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Sauvegardes de %1, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? Everything posted since that backup will be gone from the book (the current file is kept beside it as a .before-restore copy).</source>
        <translation>Remplacer %1 par la sauvegarde %2&#xa0;? Tout ce qui a été comptabilisé depuis cette sauvegarde disparaîtra du dossier (le fichier actuel est conservé à côté sous forme de copie .before-restore).</translation>
    </message>
    <message>
        <source>The backup on close failed: %1</source>
        <translation>La sauvegarde à la fermeture a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Guide de l&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Practice (training)…</source>
        <translation>&amp;Entraînement (formation)…</translation>
    </message>
    <message>
        <source>Open a throw-away copy of the demo book to learn ardesk without touching real data</source>
        <translation>Ouvrir une copie jetable du dossier de démonstration pour découvrir ardesk sans toucher aux données réelles</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Open a practice book? It is a fresh copy of the demo business, marked TRAINING, with a checklist for your first day. The book that is open now is closed first; the practice copy is deleted when you end the practice.</source>
        <translation>Ouvrir un dossier d&apos;entraînement&#xa0;? C&apos;est une copie neuve de l&apos;entreprise de démonstration, marquée FORMATION, avec une liste de contrôle pour votre premier jour. Le dossier ouvert actuellement est d&apos;abord fermé&#xa0;; la copie d&apos;entraînement est supprimée lorsque vous terminez l&apos;entraînement.</translation>
    </message>
    <message>
        <source>The practice book could not be made: %1</source>
        <translation>Le dossier d&apos;entraînement n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the practice book: %1</source>
        <translation>pas de répertoire temporaire pour le dossier d&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Practice book open: nothing you do here touches real data.</source>
        <translation>Dossier d&apos;entraînement ouvert&#xa0;: rien de ce que vous faites ici ne touche aux données réelles.</translation>
    </message>
    <message>
        <source>Import &amp;bank statement…</source>
        <translation>Importer un relevé &amp;bancaire…</translation>
    </message>
    <message>
        <source>C&amp;ollector</source>
        <translation>Rec&amp;ouvrement</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>Compte &amp;suivant</translation>
    </message>
    <message>
        <source>Open the top account of your queue with its task (F8)</source>
        <translation>Ouvrir le premier compte de votre liste de travail avec sa tâche (F8)</translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation>Ma &amp;liste de travail</translation>
    </message>
    <message>
        <source>&amp;Escalation queue</source>
        <translation>File des &amp;escalades</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portefeuilles</translation>
    </message>
    <message>
        <source>E&amp;valuate promises</source>
        <translation>É&amp;valuer les promesses</translation>
    </message>
    <message>
        <source>The queue is still being read.</source>
        <translation>La liste de travail est encore en cours de lecture.</translation>
    </message>
    <message>
        <source>Nothing left in the queue for today.</source>
        <translation>Plus rien dans la liste de travail pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Promise evaluation failed: %1</source>
        <translation>Échec de l&apos;évaluation des promesses&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) created.</source>
        <translation>
            <numerusform>Promesses au %1&#xa0;: %2 tenues, %3 partiellement tenues, %4 rompues, %5 en attente&#xa0;; %n tâche de suivi créée.</numerusform>
            <numerusform>Promesses au %1&#xa0;: %2 tenues, %3 partiellement tenues, %4 rompues, %5 en attente&#xa0;; %n tâches de suivi créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>← My work</source>
        <translation>← Mon travail</translation>
    </message>
    <message>
        <source>← Customers</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>&amp;Letters and statements…</source>
        <translation>&amp;Lettres et relevés de compte…</translation>
    </message>
    <message>
        <source>The server refused the password of %1 for the database %2 on %3. Password:</source>
        <translation>Le serveur a refusé le mot de passe de %1 pour la base de données %2 sur %3. Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The server wants the password of %1 for the database %2 on %3. Password:</source>
        <translation>Le serveur demande le mot de passe de %1 pour la base de données %2 sur %3. Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Post &amp;interest…</source>
        <translation>Comptabiliser les &amp;intérêts…</translation>
    </message>
</context>
<context>
    <name>ardesk::ManagerDeskPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Staff performance</source>
        <translation>Performance des équipes</translation>
    </message>
    <message>
        <source>Cash forecast</source>
        <translation>Prévision de trésorerie</translation>
    </message>
    <message>
        <source>Aging roll-forward</source>
        <translation>Évolution de la balance âgée</translation>
    </message>
    <message>
        <source>The dashboard, staff performance, the cash forecast and the aging roll-forward are management reports: your role needs the export reports permission to see them.</source>
        <translation>Le tableau de bord, la performance des équipes, la prévision de trésorerie et l&apos;évolution de la balance âgée sont des rapports de direction&#xa0;: votre rôle doit avoir l&apos;autorisation d&apos;exporter les rapports pour les voir.</translation>
    </message>
</context>
<context>
    <name>ardesk::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <source>&amp;Queue of:</source>
        <translation>&amp;Liste de&#xa0;:</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Toutes les tranches</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>%1 days past due</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>Rechercher un code ou un nom</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>Compte &amp;suivant</translation>
    </message>
    <message>
        <source>Open the top account of the queue with its task (F8)</source>
        <translation>Ouvrir le premier compte de la liste de travail avec sa tâche (F8)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Liste de &amp;travail</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>&amp;Escalades</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portefeuilles</translation>
    </message>
    <message>
        <source>Your role has no work queue (it needs the “log contact” permission).</source>
        <translation>Votre rôle n&apos;a pas de liste de travail (il faut l&apos;autorisation «&#xa0;enregistrer un contact&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supervisors, managers and admins can look at anyone&apos;s queue</source>
        <translation>Les superviseurs, responsables et administrateurs peuvent consulter la liste de travail de chacun</translation>
    </message>
    <message>
        <source>Your own queue</source>
        <translation>Votre propre liste de travail</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>La liste de travail n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Lecture de la liste de travail…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln élément à traiter</numerusform>
            <numerusform>%Ln éléments à traiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 sur %Ln élément</numerusform>
            <numerusform>%1 sur %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Approbations</translation>
    </message>
    <message>
        <source>Credit re&amp;views</source>
        <translation>Re&amp;vues de crédit</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentDialog</name>
    <message>
        <source>Post payments</source>
        <translation>Saisir des règlements</translation>
    </message>
    <message>
        <source>Customer code or name</source>
        <translation>Code client ou nom</translation>
    </message>
    <message>
        <source>Check number or bank reference</source>
        <translation>Numéro de chèque ou référence bancaire</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>M&amp;ode de règlement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Mon&amp;tant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>Affecter aux plus anciens d&apos;a&amp;bord</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Part payment (no reason)</source>
        <translation>Règlement partiel (sans motif)</translation>
    </message>
    <message>
        <source>Early-pay discount taken</source>
        <translation>Escompte pour paiement anticipé</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Déduction</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>Why an item is paid only in part</source>
        <translation>Pourquoi un poste n&apos;est réglé qu&apos;en partie</translation>
    </message>
    <message>
        <source>Short pa&amp;yment:</source>
        <translation>&amp;Moins-perçu&#xa0;:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Com&amp;ptabiliser</translation>
    </message>
    <message>
        <source>Post this payment (Ctrl+Return)</source>
        <translation>Comptabiliser ce règlement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>No single customer matches “%1”</source>
        <translation>Aucun client unique ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>More is applied than the payment brings</source>
        <translation>Le montant affecté dépasse le règlement</translation>
    </message>
    <message>
        <source>Stays on the account as unapplied cash</source>
        <translation>Reste sur le compte comme encaissement non affecté</translation>
    </message>
    <message>
        <source>Nothing posted: choose a customer, type an amount and apply at most that much.</source>
        <translation>Rien n&apos;a été comptabilisé&#xa0;: choisissez un client, saisissez un montant et affectez-en au plus autant.</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Non comptabilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Posted %1 from %2: %3 applied, %4 unapplied.</source>
        <translation>%1 de %2 comptabilisé&#xa0;: %3 affecté, %4 non affecté.</translation>
    </message>
    <message>
        <source>Ta&amp;ke discount</source>
        <translation>Prendre l&apos;&amp;escompte</translation>
    </message>
    <message>
        <source>Early-payment discount on offer for a payment on %1: %2</source>
        <translation>Escompte pour paiement anticipé proposé pour un règlement le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Apply each item less its discount; the discount is credited on Post</source>
        <translation>Affecter chaque poste net de son escompte&#xa0;; l&apos;escompte est passé en avoir lors de la comptabilisation</translation>
    </message>
    <message>
        <source>Crediting the discount needs the permission to post credit notes</source>
        <translation>Passer l&apos;escompte en avoir exige l&apos;autorisation de comptabiliser des avoirs</translation>
    </message>
    <message>
        <source>Early-payment discount credited: %1.</source>
        <translation>Escompte pour paiement anticipé passé en avoir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 until %4)</source>
        <translation>%1&#xa0;: %2 (%3 jusqu&apos;au %4)</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListModel</name>
    <message>
        <source>Reversed %1</source>
        <translation>Extourné le %1</translation>
    </message>
    <message>
        <source>Unapplied cash</source>
        <translation>Encaissement non affecté</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentListPage</name>
    <message>
        <source>Payments</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Search by reference, customer code or name</source>
        <translation>Rechercher par référence, code client ou nom</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Tous les règlements</translation>
    </message>
    <message>
        <source>With unapplied cash</source>
        <translation>Avec encaissement non affecté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln règlement</numerusform>
            <numerusform>%Ln règlements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::PermissionMatrixModel</name>
    <message>
        <source>%1 may: %2</source>
        <translation>%1 a le droit de&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 may not: %2</source>
        <translation>%1 n&apos;a pas le droit de&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Payment plan for %1 · %2</source>
        <translation>Échéancier pour %1 · %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>C&amp;reate plan</source>
        <translation>C&amp;réer l&apos;échéancier</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>Nombre d&apos;é&amp;chéances&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;irst instalment on:</source>
        <translation>&amp;Première échéance le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Down payment (%1, due today):</source>
        <translation>&amp;Acompte (%1, dû aujourd&apos;hui)&#xa0;:</translation>
    </message>
    <message>
        <source>Plan total:</source>
        <translation>Total de l&apos;échéancier&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;items on the plan:</source>
        <translation>Postes &amp;ouverts inclus dans l&apos;échéancier&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Calendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Tick at least one open item.</source>
        <translation>Cochez au moins un poste ouvert.</translation>
    </message>
    <message>
        <source>The down payment is not an amount.</source>
        <translation>L&apos;acompte n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>The down payment must be less than the plan total.</source>
        <translation>L&apos;acompte doit être inférieur au total de l&apos;échéancier.</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>acompte</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>&amp;Imprimer l&apos;accord…</translation>
    </message>
    <message>
        <source>Payment plan #%1 agreed. Print the agreement for the customer to sign.</source>
        <translation>Échéancier n° %1 convenu. Imprimez l&apos;accord pour signature par le client.</translation>
    </message>
    <message>
        <source>Agreement written to %1 and recorded on the account.</source>
        <translation>Accord écrit dans %1 et enregistré sur le compte.</translation>
    </message>
</context>
<context>
    <name>ardesk::PortfolioWidget</name>
    <message>
        <source>Search code or name</source>
        <translation>Rechercher un code ou un nom</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>Attribuer la &amp;sélection</translation>
    </message>
    <message>
        <source>Assign in bulk by rule (every condition given must hold)</source>
        <translation>Attribuer en masse par règle (toutes les conditions indiquées doivent être remplies)</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ex. FR</translation>
    </message>
    <message>
        <source>e.g. de</source>
        <translation>p. ex. fr</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Assign &amp;matching</source>
        <translation>Attribuer les clients &amp;correspondants</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Balance from:</source>
        <translation>Solde de&#xa0;:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>à&#xa0;:</translation>
    </message>
    <message>
        <source>Collector:</source>
        <translation>Chargé de recouvrement&#xa0;:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>A&amp;ttribuer à&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>aucun dossier n&apos;est ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) assigned to %1.</source>
        <translation>
            <numerusform>%n client attribué à %1.</numerusform>
            <numerusform>%n clients attribués à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the customers to assign first.</source>
        <translation>Sélectionnez d&apos;abord les clients à attribuer.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>Give at least a region, a language or a currency.</source>
        <translation>Indiquez au moins une région, une langue ou une devise.</translation>
    </message>
    <message>
        <source>Assign every customer matching the rule to %1? Their open tasks move along.</source>
        <translation>Attribuer à %1 tous les clients correspondant à la règle&#xa0;? Leurs tâches ouvertes suivent.</translation>
    </message>
    <message>
        <source>Assign by rule</source>
        <translation>Attribuer par règle</translation>
    </message>
</context>
<context>
    <name>ardesk::ProtectBookDialog</name>
    <message>
        <source>Protect this book</source>
        <translation>Protéger ce dossier</translation>
    </message>
    <message>
        <source>Choose the first administrator. From then on everyone signs in with their own user, and what each role may do follows the permission matrix in Settings.</source>
        <translation>Choisissez le premier administrateur. Ensuite, chacun se connecte avec son propre utilisateur, et ce que chaque rôle peut faire suit la matrice des autorisations dans Paramètres.</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>Mot de &amp;passe (8 caractères ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>ardesk::ReleaseHoldDialog</name>
    <message>
        <source>Release credit hold</source>
        <translation>Lever le blocage crédit</translation>
    </message>
    <message>
        <source>Release the credit hold of %1? The hold and this release stay in the account&apos;s hold history.</source>
        <translation>Lever le blocage crédit de %1&#xa0;? Le blocage et cette levée restent dans l&apos;historique des blocages du compte.</translation>
    </message>
    <message>
        <source>Why the customer may have credit again (required)</source>
        <translation>Pourquoi le client peut de nouveau bénéficier d&apos;un crédit (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Release hold</source>
        <translation>&amp;Lever le blocage</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Each report opens with a written summary of its figures against the month before, followed by its charts and tables. The print preview shows the pages of the PDF export.</source>
        <translation>Chaque rapport commence par une synthèse rédigée de ses chiffres par rapport au mois précédent, suivie de ses graphiques et tableaux. L&apos;aperçu avant impression montre les pages de l&apos;export PDF.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Date d&apos;&amp;arrêté&#xa0;:</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV, by the file name&apos;s extension</source>
        <translation>PDF, XLSX ou CSV, selon l&apos;extension du nom de fichier</translation>
    </message>
    <message>
        <source>Reports need the permission to export reports (managers and supervisors).</source>
        <translation>Les rapports exigent l&apos;autorisation d&apos;exporter des rapports (responsables et superviseurs).</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Le rapport ne peut pas être établi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf, .xlsx or .csv</source>
        <translation>%1&#xa0;: le nom doit se terminer par .pdf, .xlsx ou .csv</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewDialog</name>
    <message>
        <source>Credit review of %1 · %2</source>
        <translation>Revue de crédit de %1 · %2</translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>aucune limite définie</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>%1 (balance %2)</source>
        <translation>%1 (solde %2)</translation>
    </message>
    <message>
        <source>Credit limit now: %1 · Risk class: %2 · Last review: %3</source>
        <translation>Limite de crédit actuelle&#xa0;: %1 · Classe de risque&#xa0;: %2 · Dernière revue&#xa0;: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Due now: the agency score dropped (%1).</source>
        <translation>À faire maintenant&#xa0;: le score d&apos;agence a baissé (%1).</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Maintenir en l&apos;état</translation>
    </message>
    <message>
        <source>Raise the limit</source>
        <translation>Relever la limite</translation>
    </message>
    <message>
        <source>Lower the limit</source>
        <translation>Abaisser la limite</translation>
    </message>
    <message>
        <source>Change the risk class</source>
        <translation>Changer la classe de risque</translation>
    </message>
    <message>
        <source>Temporary increase</source>
        <translation>Hausse temporaire</translation>
    </message>
    <message>
        <source>What the decision rests on (accounts, agency report, payment history)</source>
        <translation>Fondements de la décision (comptes annuels, rapport d&apos;agence, historique de paiement)</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Enregistrer la revue</translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Seul un responsable enregistre les revues de crédit</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;limit (%1):</source>
        <translation>Nouvelle &amp;limite (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>New risk &amp;class:</source>
        <translation>Nouvelle &amp;classe de risque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Temporary limit (%1):</source>
        <translation>Limite &amp;temporaire (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Jusqu&apos;au (inclus)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>New limit: not an amount</source>
        <translation>Nouvelle limite&#xa0;: n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>Temporary limit: not an amount</source>
        <translation>Limite temporaire&#xa0;: n&apos;est pas un montant</translation>
    </message>
</context>
<context>
    <name>ardesk::ReviewQueueWidget</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <source>Open a&amp;ccount</source>
        <translation>Ouvrir le &amp;compte</translation>
    </message>
    <message>
        <source>agency score dropped: %1</source>
        <translation>score d&apos;agence en baisse&#xa0;: %1</translation>
    </message>
    <message>
        <source>review interval</source>
        <translation>périodicité de revue</translation>
    </message>
    <message>
        <source>first review</source>
        <translation>première revue</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n credit review(s) due on or before %1.</source>
        <translation>
            <numerusform>%n revue de crédit à faire au plus tard le %1.</numerusform>
            <numerusform>%n revues de crédit à faire au plus tard le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager records credit reviews</source>
        <translation>Seul un responsable enregistre les revues de crédit</translation>
    </message>
</context>
<context>
    <name>ardesk::SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>The check recomputes the hash chain of every posted table and the ledger rules (open amounts, unapplied cash and credits, as of every date) from the event history. A book that was changed behind ardesk&apos;s back fails it.</source>
        <translation>La vérification recalcule, à partir de l&apos;historique des événements, la chaîne de hachage de chaque table comptabilisée et les règles comptables (restes dus, encaissements et avoirs non affectés, à chaque date). Un dossier modifié en dehors d&apos;ardesk échoue.</translation>
    </message>
    <message>
        <source>&amp;Check the book</source>
        <translation>&amp;Vérifier le dossier</translation>
    </message>
    <message>
        <source>Book check</source>
        <translation>Vérification du dossier</translation>
    </message>
    <message>
        <source>Tick what each role may do. Administrators keep every permission. Each change is recorded in the audit log.</source>
        <translation>Cochez ce que chaque rôle peut faire. Les administrateurs conservent toutes les autorisations. Chaque modification est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>What each role may do. Only an administrator changes it.</source>
        <translation>Ce que chaque rôle peut faire. Seul un administrateur peut le modifier.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their history stays.</source>
        <translation>Désactiver %1 (%2)&#xa0;? Cette personne ne pourra plus se connecter&#xa0;; son historique est conservé.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>New password for %1 (8 characters or more):</source>
        <translation>Nouveau mot de passe pour %1 (8 caractères ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>La vérification n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation>Vérification du dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book is sound.&lt;/b&gt; Every hash chain and ledger rule checks out.</source>
        <translation>&lt;b&gt;Le dossier est sain.&lt;/b&gt; Toutes les chaînes de hachage et règles comptables sont vérifiées.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The book fails the check.&lt;/b&gt; First problem: %1 (%2, row %3). %n problem(s) in all.</source>
        <translation>
            <numerusform>&lt;b&gt;Le dossier échoue à la vérification.&lt;/b&gt; Premier problème&#xa0;: %1 (%2, ligne %3). %n problème au total.</numerusform>
            <numerusform>&lt;b&gt;Le dossier échoue à la vérification.&lt;/b&gt; Premier problème&#xa0;: %1 (%2, ligne %3). %n problèmes au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>&amp;Modifier mon mot de passe…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Modifier mon mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>Nouveau mot de passe (8 caractères ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Confirmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>Les deux nouveaux mots de passe sont différents&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;One-time code…</source>
        <translation>Code à usage &amp;unique…</translation>
    </message>
    <message>
        <source>A code the user signs in with once, to choose a password: for imported users and forgotten passwords</source>
        <translation>Un code avec lequel l’utilisateur se connecte une seule fois pour choisir un mot de passe&#xa0;: pour les utilisateurs importés et les mots de passe oubliés</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Issue a one-time code for %1? It is shown once; %1 signs in with it and must choose a new password. An earlier code stops working.</source>
        <translation>Émettre un code à usage unique pour %1&#xa0;? Il n’est affiché qu’une fois&#xa0;; %1 se connecte avec et doit choisir un nouveau mot de passe. Un code antérieur cesse de fonctionner.</translation>
    </message>
    <message>
        <source>One-time code for &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — valid until %3 or until %1 sets a password. Give it to %1 now: it is not shown again.</source>
        <translation>Code à usage unique pour &lt;b&gt;%1&lt;/b&gt;&#xa0;: &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — valable jusqu’au %3 ou jusqu’à ce que %1 définisse un mot de passe. Transmettez-le à %1 maintenant&#xa0;: il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Credit policies</source>
        <translation>Politiques de crédit</translation>
    </message>
    <message>
        <source>Collection strategies</source>
        <translation>Stratégies de recouvrement</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>Intérêts et frais</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de lettre</translation>
    </message>
    <message>
        <source>Sender and payment</source>
        <translation>Expéditeur et paiement</translation>
    </message>
</context>
<context>
    <name>ardesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of this window. The text fields also take the usual editing keys (cut, copy, paste, undo).</source>
        <translation>Tous les raccourcis de cette fenêtre. Les champs de texte acceptent aussi les touches d&apos;édition habituelles (couper, copier, coller, annuler).</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(aucun menu)</translation>
    </message>
</context>
<context>
    <name>ardesk::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>%1 is protected. Sign in with your ardesk user.</source>
        <translation>%1 est protégé. Connectez-vous avec votre utilisateur ardesk.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Your one-time code is accepted. Choose your own password now (8 characters or more); the code cannot be used again.</source>
        <translation>Votre code à usage unique est accepté. Choisissez maintenant votre propre mot de passe (8&#xa0;caractères ou plus)&#xa0;; le code ne peut plus être utilisé.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Définir le mot de passe et se connecter</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>ardesk::StaffPerformanceView</name>
    <message>
        <source>Staff performance</source>
        <translation>Performance des équipes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>Définir l&apos;objectif…</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Chargé de recouvrement</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>RPC %</source>
        <translation>Contact utile&#xa0;%</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>Tenues&#xa0;%</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Atteinte&#xa0;%</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>(no collector)</source>
        <translation>(aucun chargé de recouvrement)</translation>
    </message>
    <message>
        <source>Select a collector to see the trend</source>
        <translation>Sélectionnez un chargé de recouvrement pour voir la tendance</translation>
    </message>
    <message>
        <source>%1: collected by month against target (%2)</source>
        <translation>%1&#xa0;: encaissé par mois par rapport à l&apos;objectif (%2)</translation>
    </message>
    <message>
        <source>Select a collector first.</source>
        <translation>Sélectionnez d&apos;abord un chargé de recouvrement.</translation>
    </message>
    <message>
        <source>Customers without a collector have no target.</source>
        <translation>Les clients sans chargé de recouvrement n&apos;ont pas d&apos;objectif.</translation>
    </message>
    <message>
        <source>Collection target of %1</source>
        <translation>Objectif d&apos;encaissement de %1</translation>
    </message>
    <message>
        <source>Every month (standing target)</source>
        <translation>Chaque mois (objectif permanent)</translation>
    </message>
    <message>
        <source>amount in %1; 0 removes the target</source>
        <translation>montant en %1&#xa0;; 0 supprime l&apos;objectif</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Objectif (%1)</translation>
    </message>
    <message>
        <source>Collection target</source>
        <translation>Objectif d&apos;encaissement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
</context>
<context>
    <name>ardesk::StrategyEditor</name>
    <message>
        <source>Reminder e-mail</source>
        <translation>E-mail de rappel</translation>
    </message>
    <message>
        <source>Dunning letter, level 1</source>
        <translation>Lettre de relance, niveau 1</translation>
    </message>
    <message>
        <source>Dunning letter, level 2</source>
        <translation>Lettre de relance, niveau 2</translation>
    </message>
    <message>
        <source>Dunning letter, level 3 (final demand)</source>
        <translation>Lettre de relance, niveau 3 (mise en demeure)</translation>
    </message>
    <message>
        <source>Call task</source>
        <translation>Tâche d&apos;appel</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blocage crédit</translation>
    </message>
    <message>
        <source>Agency referral review</source>
        <translation>Revue de transfert au recouvrement externe</translation>
    </message>
    <message>
        <source>Write-off review</source>
        <translation>Revue de passage en perte</translation>
    </message>
    <message>
        <source>&amp;New strategy</source>
        <translation>Nou&amp;velle stratégie</translation>
    </message>
    <message>
        <source>A customer follows its policy&apos;s strategy, else the one for its segment, else the one for its risk class, else the default (no segment, no class).</source>
        <translation>Un client suit la stratégie de sa politique, sinon celle de son segment, sinon celle de sa classe de risque, sinon la stratégie par défaut (sans segment ni classe).</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>tout segment</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Active (the run follows it)</source>
        <translation>Active (l&apos;exécution la suit)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>Classe de &amp;risque&#xa0;:</translation>
    </message>
    <message>
        <source>Days from the due date</source>
        <translation>Jours depuis l&apos;échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Supprimer l&apos;é&amp;tape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Negative days come before the due date (a friendly reminder). List the steps in order of days. Changing a step that already ran does not run it again; a step added before steps already taken is not sent backwards.</source>
        <translation>Un nombre de jours négatif place l&apos;étape avant l&apos;échéance (rappel amiable). Classez les étapes par nombre de jours. Modifier une étape déjà exécutée ne la réexécute pas&#xa0;; une étape ajoutée avant des étapes déjà effectuées n&apos;est pas envoyée rétroactivement.</translation>
    </message>
    <message>
        <source>&amp;Save strategy</source>
        <translation>&amp;Enregistrer la stratégie</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>through a policy</source>
        <translation>via une politique</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Only a manager changes collection strategies; you can read them here.</source>
        <translation>Seul un responsable modifie les stratégies de recouvrement&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <source>Days from the due date, step %1</source>
        <translation>Jours depuis l&apos;échéance, étape %1</translation>
    </message>
    <message>
        <source>Action, step %1</source>
        <translation>Action, étape %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Non enregistré&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Strategy %1 saved.</source>
        <translation>Stratégie %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>ardesk::TeamQueuesWidget</name>
    <message>
        <source>Queue of</source>
        <translation>Liste de travail de</translation>
    </message>
    <message>
        <source>Items due</source>
        <translation>Éléments à traiter</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Promises
due today</source>
        <translation>Promesses
dues aujourd&apos;hui</translation>
    </message>
    <message>
        <source>With broken
promises</source>
        <translation>Avec promesses
rompues</translation>
    </message>
    <message>
        <source>Dispute
items</source>
        <translation>Éléments
litiges</translation>
    </message>
    <message>
        <source>Escalation
items</source>
        <translation>Éléments
escalades</translation>
    </message>
    <message>
        <source>Most days
past due</source>
        <translation>Retard max.
(jours)</translation>
    </message>
    <message>
        <source>Overdue on these accounts</source>
        <translation>Échu sur ces comptes</translation>
    </message>
    <message>
        <source>Enter or double-click: open that queue</source>
        <translation>Entrée ou double-clic : ouvrir cette liste de travail</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read every queue again (F5)</source>
        <translation>Relire toutes les listes de travail (F5)</translation>
    </message>
    <message>
        <source>&amp;Open queue</source>
        <translation>&amp;Ouvrir la liste</translation>
    </message>
    <message>
        <source>Reading every queue…</source>
        <translation>Lecture de toutes les listes de travail…</translation>
    </message>
    <message>
        <source>The queues could not be read: %1</source>
        <translation>Les listes de travail n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln liste de travail</numerusform>
            <numerusform>%Ln listes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due</source>
        <translation>
            <numerusform>%Ln élément à traiter</numerusform>
            <numerusform>%Ln éléments à traiter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingPanel</name>
    <message>
        <source>TRAINING</source>
        <translation>FORMATION</translation>
    </message>
    <message>
        <source>This is a practice copy of the demo book: post, reverse, call and promise as you like. Nothing here touches real data, and the copy is deleted when you end the practice.</source>
        <translation>Ceci est une copie d&apos;entraînement du dossier de démonstration&#xa0;: comptabilisez, extournez, appelez et prenez des promesses à volonté. Rien ici ne touche aux données réelles, et la copie est supprimée lorsque vous terminez l&apos;entraînement.</translation>
    </message>
    <message>
        <source>First day &amp;as:</source>
        <translation>Premier jour &amp;comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End practice</source>
        <translation>&amp;Terminer l&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All done: a good first day.</source>
        <translation>Tout est fait&#xa0;: une bonne première journée.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
</context>
<context>
    <name>ardesk::TrainingTitleMarker</name>
    <message>
        <source>TRAINING — </source>
        <translation>FORMATION — </translation>
    </message>
</context>
<context>
    <name>ardesk::UserGuideViewer</name>
    <message>
        <source>ardesk user guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;ardesk</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is the file user-guide.md of ardesk&apos;s documentation (share/doc/ardesk in the installation).</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé sur cet ordinateur. C&apos;est le fichier user-guide.md de la documentation d&apos;ardesk (share/doc/ardesk dans l&apos;installation).</translation>
    </message>
</context>
<context>
    <name>ardesk::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time code issued</source>
        <translation>Code à usage unique émis</translation>
    </message>
    <message>
        <source>Set; one-time code issued</source>
        <translation>Défini&#xa0;; code à usage unique émis</translation>
    </message>
</context>
<context>
    <name>ardesk::WorklistModel</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Suivi de promesse</translation>
    </message>
    <message>
        <source>Dispute follow-up</source>
        <translation>Suivi de litige</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Échu %1</translation>
    </message>
    <message numerus="yes">
        <source>Oldest item %n day(s) past due</source>
        <translation>
            <numerusform>Poste le plus ancien&#xa0;: %n jour de retard</numerusform>
            <numerusform>Poste le plus ancien&#xa0;: %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken promise(s) in the last 90 days</source>
        <translation>
            <numerusform>%n promesse rompue sur les 90 derniers jours</numerusform>
            <numerusform>%n promesses rompues sur les 90 derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise falls due today</source>
        <translation>Une promesse arrive à échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No promise due today</source>
        <translation>Aucune promesse due aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Risk class not rated</source>
        <translation>Classe de risque non évaluée</translation>
    </message>
    <message>
        <source>Risk class %1</source>
        <translation>Classe de risque %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source>Points of the score from this part (hover a cell for the figure)</source>
        <translation>Points du score issus de cette composante (survolez une cellule pour voir le chiffre)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Overdue
points</source>
        <translation>Points
échu</translation>
    </message>
    <message>
        <source>Days late
points</source>
        <translation>Points
retard</translation>
    </message>
    <message>
        <source>Broken
promises</source>
        <translation>Promesses
rompues</translation>
    </message>
    <message>
        <source>Promise
due today</source>
        <translation>Promesse
due ce jour</translation>
    </message>
    <message>
        <source>Risk
points</source>
        <translation>Points
risque</translation>
    </message>
    <message>
        <source>Balance
points</source>
        <translation>Points
solde</translation>
    </message>
    <message>
        <source>ON HOLD: %1</source>
        <translation>BLOQUÉ&#xa0;: %1</translation>
    </message>
    <message>
        <source>On credit hold since %1</source>
        <translation>Bloqué depuis le %1</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blocage crédit</translation>
    </message>
</context>
<context>
    <name>ardesk::WriteOffRequestDialog</name>
    <message>
        <source>Request write-off</source>
        <translation>Demander un passage en perte</translation>
    </message>
    <message>
        <source>Invoice %1 has %2 open. The write-off is posted only when an approver whose limit covers the amount approves it.</source>
        <translation>La facture %1 a un reste dû de %2. Le passage en perte n&apos;est comptabilisé qu&apos;après approbation par un approbateur dont la limite couvre le montant.</translation>
    </message>
    <message>
        <source>e.g. customer insolvent, claim filed with the administrator</source>
        <translation>p. ex. client en liquidation, créance déclarée auprès du mandataire judiciaire</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>backup needs --out FILE</source>
        <translation>backup exige --out FICHIER</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>%1 sauvegardé dans %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 exige une valeur</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Try &apos;ardesk-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;ardesk-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>--book FILE is required</source>
        <translation>--book FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>%1 is protected: give --user LOGIN (password from ARDESK_PASSWORD or a prompt)</source>
        <translation>%1 est protégé&#xa0;: indiquez --user LOGIN (mot de passe depuis ARDESK_PASSWORD ou saisi à l&apos;invite)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>no password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>pas de mot de passe&#xa0;: définissez ARDESK_PASSWORD ou lancez depuis un terminal</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--basis must be due or invoice</source>
        <translation>--basis doit être due ou invoice</translation>
    </message>
    <message>
        <source>--buckets: %1</source>
        <translation>--buckets&#xa0;: %1</translation>
    </message>
    <message>
        <source>--by must be total or customer</source>
        <translation>--by doit être total ou customer</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format doit être table, csv ou json</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>en litige</translation>
    </message>
    <message>
        <source>unapplied</source>
        <translation>non affecté</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Aging as of %1 (by %2 date)</source>
        <translation>Balance âgée au %1 (par %2)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>date de facture</translation>
    </message>
    <message>
        <source>(nothing open)</source>
        <translation>(rien d&apos;ouvert)</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Mot de passe pour l&apos;administrateur %1&#xa0;: </translation>
    </message>
    <message>
        <source>init --admin needs a password: set ARDESK_PASSWORD or run on a terminal</source>
        <translation>init --admin exige un mot de passe&#xa0;: définissez ARDESK_PASSWORD ou lancez depuis un terminal</translation>
    </message>
    <message>
        <source>created %1 (schema %2)</source>
        <translation>%1 créé (schéma %2)</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format doit être table ou json</translation>
    </message>
    <message>
        <source>book           %1</source>
        <translation>dossier             %1</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>version du schéma   %1</translation>
    </message>
    <message>
        <source>customers      %1</source>
        <translation>clients             %1</translation>
    </message>
    <message>
        <source>invoices       %1</source>
        <translation>factures            %1</translation>
    </message>
    <message>
        <source>credit notes   %1</source>
        <translation>avoirs              %1</translation>
    </message>
    <message>
        <source>payments       %1</source>
        <translation>règlements          %1</translation>
    </message>
    <message>
        <source>allocations    %1</source>
        <translation>affectations        %1</translation>
    </message>
    <message>
        <source>users          %1</source>
        <translation>utilisateurs        %1</translation>
    </message>
    <message>
        <source>protected      %1</source>
        <translation>protégé             %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>import needs what to import: customers, invoices, payments, users, portfolios or promises</source>
        <translation>import exige ce qu&apos;il faut importer&#xa0;: customers, invoices, payments, users, portfolios ou promises</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use customers, invoices, payments, users, portfolios or promises</source>
        <translation>impossible d&apos;importer «&#xa0;%1&#xa0;»&#xa0;: utilisez customers, invoices, payments, users, portfolios ou promises</translation>
    </message>
    <message>
        <source>import %1 needs a CSV file</source>
        <translation>import %1 exige un fichier CSV</translation>
    </message>
    <message>
        <source>--auto-apply is for payments only</source>
        <translation>--auto-apply ne vaut que pour payments</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>writing %1%</source>
        <translation>écriture %1&#xa0;%</translation>
    </message>
    <message>
        <source>checking %1%</source>
        <translation>vérification %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2 rows are valid (dry run: nothing was written)</source>
        <translation>%1&#xa0;: %2 lignes sont valides (essai à blanc&#xa0;: rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>%1: imported %2 %3 in %4 s</source>
        <translation>%1&#xa0;: %2&#xa0;%3 importés en %4 s</translation>
    </message>
    <message>
        <source> (%1 allocations)</source>
        <translation> (%1 affectations)</translation>
    </message>
    <message>
        <source>post needs what to post: payment</source>
        <translation>post exige ce qu&apos;il faut comptabiliser&#xa0;: payment</translation>
    </message>
    <message>
        <source>post payment needs --customer, --amount, --currency and --date</source>
        <translation>post payment exige --customer, --amount, --currency et --date</translation>
    </message>
    <message>
        <source>give either --invoice or --auto-apply, not both</source>
        <translation>indiquez soit --invoice soit --auto-apply, pas les deux</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--date&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount&#xa0;: %1</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format doit être text ou json</translation>
    </message>
    <message>
        <source>payment %1 posted: %2 applied, %3 unapplied</source>
        <translation>règlement %1 comptabilisé&#xa0;: %2 affecté, %3 non affecté</translation>
    </message>
    <message>
        <source>users %1 needs a LOGIN</source>
        <translation>users %1 exige un LOGIN</translation>
    </message>
    <message>
        <source>users add LOGIN needs --name NAME and --role ROLE</source>
        <translation>users add LOGIN exige --name NAME et --role ROLE</translation>
    </message>
    <message>
        <source>--role must be one of admin, manager, supervisor, collector, clerk, auditor</source>
        <translation>--role doit être l&apos;un de admin, manager, supervisor, collector, clerk, auditor</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>pas de mot de passe</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>no new password: set ARDESK_NEW_PASSWORD or run on a terminal</source>
        <translation>pas de nouveau mot de passe&#xa0;: définissez ARDESK_NEW_PASSWORD ou lancez depuis un terminal</translation>
    </message>
    <message>
        <source>password of %1 set</source>
        <translation>mot de passe de %1 défini</translation>
    </message>
    <message>
        <source>import bank needs a bank statement file</source>
        <translation>import bank exige un fichier de relevé bancaire</translation>
    </message>
    <message>
        <source>--format must be camt053 or csv, not &apos;%1&apos;</source>
        <translation>--format doit être camt053 ou csv, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: rejected, nothing was imported</source>
        <translation>%1&#xa0;: refusé, rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>--task must be one of %1</source>
        <translation>--task doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>worklist: give --user LOGIN (whose queue)</source>
        <translation>worklist&#xa0;: indiquez --user LOGIN (la liste de travail de qui)</translation>
    </message>
    <message>
        <source>(nothing to do)</source>
        <translation>(rien à faire)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>échu</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>promises: give an action (evaluate)</source>
        <translation>promises&#xa0;: indiquez une action (evaluate)</translation>
    </message>
    <message>
        <source>promises: unknown action &apos;%1&apos; (evaluate)</source>
        <translation>promises&#xa0;: action inconnue «&#xa0;%1&#xa0;» (evaluate)</translation>
    </message>
    <message>
        <source>--grace: &apos;%1&apos; is not a number of days (0-365)</source>
        <translation>--grace&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours (0-365)</translation>
    </message>
    <message>
        <source>Promises to pay as of %1 (grace %2 days): %3 kept, %4 partial, %5 broken, %6 pending; %7 follow-up task(s) created</source>
        <translation>Promesses de paiement au %1 (tolérance %2 jours)&#xa0;: %3 tenues, %4 partielles, %5 rompues, %6 en attente&#xa0;; %7 tâche(s) de suivi créée(s)</translation>
    </message>
    <message>
        <source>(no promises)</source>
        <translation>(aucune promesse)</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>prise le</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>promise le</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>kept on</source>
        <translation>tenue le</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to 1000000</source>
        <translation>--customers doit être un nombre de 1 à 1000000</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed doit être un nombre entier</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--today&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>generating %1%</source>
        <translation>génération %1&#xa0;%</translation>
    </message>
    <message>
        <source>demo book: %1 customers, %2 invoices, %3 payments, %4 promises, %5 users in %6 s</source>
        <translation>dossier de démonstration&#xa0;: %1 clients, %2 factures, %3 règlements, %4 promesses, %5 utilisateurs en %6 s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>--months: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--months&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>--by must be total, collector, segment or risk</source>
        <translation>--by doit être total, collector, segment ou risk</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>countback</source>
        <translation>countback</translation>
    </message>
    <message>
        <source>best DSO</source>
        <translation>meilleur DSO</translation>
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
        <translation>non échu %</translation>
    </message>
    <message>
        <source>days to pay</source>
        <translation>jours de paiement</translation>
    </message>
    <message>
        <source>kept %</source>
        <translation>tenues %</translation>
    </message>
    <message>
        <source>partial %</source>
        <translation>partielles %</translation>
    </message>
    <message>
        <source>bad debt %</source>
        <translation>pertes %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>KPIs as of %1, %2 month(s) from %3 (%4 days)</source>
        <translation>Indicateurs au %1, %2 mois à partir du %3 (%4 jours)</translation>
    </message>
    <message>
        <source>(nothing in the period)</source>
        <translation>(rien sur la période)</translation>
    </message>
    <message>
        <source>--as-of YYYY-MM-DD is required</source>
        <translation>--as-of AAAA-MM-JJ est obligatoire</translation>
    </message>
    <message>
        <source>%1: imported %2 rates (%3 new, %4 replaced)</source>
        <translation>%1&#xa0;: %2 taux de référence importés (%3 nouveaux, %4 remplacés)</translation>
    </message>
    <message>
        <source>%1: imported %2 agency scores (%3 credit reviews opened)</source>
        <translation>%1&#xa0;: %2 scores d&apos;agence importés (%3 revues de crédit ouvertes)</translation>
    </message>
    <message>
        <source>Late-payment interest as of %1</source>
        <translation>Intérêts de retard au %1</translation>
    </message>
    <message>
        <source>strategies needs a subcommand: run</source>
        <translation>strategies exige une sous-commande&#xa0;: run</translation>
    </message>
    <message>
        <source>unknown strategies subcommand &apos;%1&apos;</source>
        <translation>sous-commande de strategies inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Strategy run as of %1</source>
        <translation>Exécution des stratégies au %1</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>actions créées&#xa0;:</translation>
    </message>
    <message>
        <source>skipped:</source>
        <translation>actions ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>copy needs --to FILE or --to postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>copy exige --to FICHIER ou --to postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR est obligatoire</translation>
    </message>
    <message>
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>relevé de compte</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>report: which report? One of %1</source>
        <translation>report&#xa0;: quel rapport&#xa0;? Parmi %1</translation>
    </message>
    <message>
        <source>report: unknown report &apos;%1&apos; (one of %2)</source>
        <translation>report&#xa0;: rapport inconnu «&#xa0;%1&#xa0;» (parmi %2)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf</source>
        <translation>--format doit être csv, xlsx ou pdf</translation>
    </message>
    <message>
        <source>report statement needs --customer CODE</source>
        <translation>report statement exige --customer CODE</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1&#xa0;: écrit</translation>
    </message>
    <message>
        <source>users needs list, add, deactivate, set-password or one-time-code</source>
        <translation>users attend list, add, deactivate, set-password ou one-time-code</translation>
    </message>
    <message>
        <source>one-time code for %1, valid until %2 UTC or until %1 sets a password; it is shown only this once</source>
        <translation>code à usage unique pour %1, valable jusqu’au %2 UTC ou jusqu’à ce que %1 définisse un mot de passe&#xa0;; il n’est affiché que cette fois</translation>
    </message>
    <message numerus="yes">
        <source>Queue of %1 as of %2: %n item(s)</source>
        <translation>
            <numerusform>Liste de travail de %1 au %2&#xa0;: %n élément</numerusform>
            <numerusform>Liste de travail de %1 au %2&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %1 to %2: %n row(s)</source>
        <translation>
            <numerusform>copie de %1 vers %2&#xa0;: %n ligne</numerusform>
            <numerusform>copie de %1 vers %2&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>credit control: %1 policies, %2 customers given their class&apos;s policy, %3 payment plans, %4 credit holds, %5 reference rates</source>
        <translation>contrôle du crédit&#xa0;: %1 politiques, %2 clients dotés de la politique de leur classe, %3 échéanciers, %4 blocages crédit, %5 taux de référence</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown</source>
        <translation>
            <numerusform>%1&#xa0;: %n autre problème non affiché</numerusform>
            <numerusform>%1&#xa0;: %n autres problèmes non affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected, nothing was imported (%n problem(s))</source>
        <translation>
            <numerusform>%1&#xa0;: refusé, rien n&apos;a été importé (%n problème)</numerusform>
            <numerusform>%1&#xa0;: refusé, rien n&apos;a été importé (%n problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>customer</source>
        <comment>interest table header</comment>
        <translation>client</translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>interest table header</comment>
        <translation>facture</translation>
    </message>
    <message>
        <source>due</source>
        <comment>interest table header</comment>
        <translation>échéance</translation>
    </message>
    <message>
        <source>open</source>
        <comment>interest table header</comment>
        <translation>reste dû</translation>
    </message>
    <message>
        <source>days</source>
        <comment>interest table header</comment>
        <translation>jours</translation>
    </message>
    <message>
        <source>rate %</source>
        <comment>interest table header</comment>
        <translation>taux %</translation>
    </message>
    <message>
        <source>interest</source>
        <comment>interest table header</comment>
        <translation>intérêts</translation>
    </message>
    <message>
        <source>compensation</source>
        <comment>interest table header</comment>
        <translation>indemnité</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %1 (%2 row %3); %n problem(s) in all</source>
        <translation>
            <numerusform>ÉCHEC&#xa0;: %1 (%2 ligne %3)&#xa0;; %n problème au total</numerusform>
            <numerusform>ÉCHEC&#xa0;: %1 (%2 ligne %3)&#xa0;; %n problèmes au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interest posted as of %1: %n debit note(s)</source>
        <translation>
            <numerusform>Intérêts comptabilisés au %1&#xa0;: %n note de débit</numerusform>
            <numerusform>Intérêts comptabilisés au %1&#xa0;: %n notes de débit</numerusform>
        </translation>
    </message>
    <message>
        <source>not posted: %1</source>
        <translation>non comptabilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>plan-agreement: --plan ID is required</source>
        <translation>plan-agreement&#xa0;: --plan ID est obligatoire</translation>
    </message>
    <message>
        <source>--plan: &apos;%1&apos; is not a plan number</source>
        <translation>--plan&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;échéancier</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FICHIER.pdf est obligatoire</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2)</translation>
    </message>
    <message>
        <source>--take-discount needs --invoice</source>
        <translation>--take-discount exige --invoice</translation>
    </message>
    <message>
        <source>early-payment discount credited: %1</source>
        <translation>escompte pour paiement anticipé passé en avoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>policy set-terms needs NAME and TERMS (such as &quot;30/60/90&quot;; &quot;none&quot; removes them)</source>
        <translation>policy set-terms attend NOM et CONDITIONS (par exemple &quot;30/60/90&quot; ; &quot;none&quot; les supprime)</translation>
    </message>
    <message>
        <source>policy set-terms: NAME is empty</source>
        <translation>policy set-terms : NOM est vide</translation>
    </message>
    <message>
        <source>policy %1: no instalment terms</source>
        <translation>politique %1 : pas d&apos;échéancier</translation>
    </message>
    <message>
        <source>policy %1: instalment terms %2</source>
        <translation>politique %1 : échéancier %2</translation>
    </message>
    <message>
        <source>policy needs what to do: set-terms</source>
        <translation>policy attend une action : set-terms</translation>
    </message>
    <message>
        <source>unknown policy command &apos;%1&apos;</source>
        <translation>commande policy inconnue « %1 »</translation>
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
        <translation>Usage&#xa0;: ardesk-cli --book FICHIER [--user LOGIN] [--lang xx] COMMANDE [OPTIONS]

Commandes&#xa0;:
  init [--admin LOGIN [--name NAME]]    crée un dossier neuf et vide (avec --admin&#xa0;: protégé&#xa0;;
                                        mot de passe depuis ARDESK_PASSWORD ou saisi à l&apos;invite)
  info [--format table|json]            effectifs et version du schéma
  import customers|invoices|payments|users|portfolios|promises FICHIER.csv
         [--dry-run] [--auto-apply]     import CSV en tout ou rien
  aging --as-of AAAA-MM-JJ [--basis due|invoice] [--buckets 30,60,90]
         [--by total|customer] [--format table|csv|json]
  demo --customers N [--seed S] [--today AAAA-MM-JJ]
                                        remplit un dossier vide avec une entreprise fictive
  import bank FICHIER [--format camt053|csv] [--mapping NAME|FICHIER.json] [--post]
                                        rapproche un relevé bancaire du dossier (docs/formats.md)
  post payment --customer CODE --amount A --currency C --date D [--invoice N [--take-discount] | --auto-apply]
  worklist [--user LOGIN] --as-of AAAA-MM-JJ [--format table|json]
  promises evaluate --as-of AAAA-MM-JJ [--grace N] [--format table|json]
  kpi --as-of AAAA-MM-JJ [--months N] [--by total|collector|segment|risk] [--format table|json]
  import rates|agency-scores FICHIER.csv
                                        taux de référence (region,valid_from,rate_percent) ou
                                        scores d&apos;agence (customer_code,agency,score,rating,date)
  interest --as-of AAAA-MM-JJ [--format table|json]
                                        intérêts de retard et indemnité forfaitaire par facture échue
  interest --as-of AAAA-MM-JJ --post [--format table|json]
                                        les comptabilise en notes de débit si la politique le prévoit
  strategies run --as-of AAAA-MM-JJ [--format table|json]
                                        crée les actions de recouvrement dues (lettres, tâches, blocages)
  policy set-terms NOM CONDITIONS       échéancier d&apos;une politique de crédit (&quot;30/60/90&quot; ;
                                        &quot;none&quot; le supprime)
  backup --out FICHIER2                 copie cohérente du dossier
  statements --as-of AAAA-MM-JJ --out DIR
                                        un relevé de compte (PDF) par client concerné
  letters --as-of AAAA-MM-JJ --out DIR  génère les lettres de rappel et de relance dues (PDF)
  plan-agreement --plan ID --out FILE.pdf
                                        l&apos;accord d&apos;échéancier d&apos;un plan de paiement (PDF)
  report NAME --as-of AAAA-MM-JJ [--customer CODE] --format csv|xlsx|pdf --out FICHIER
                                        aging-summary, aging-detail, statement, collector-performance,
                                        promises, disputes, complaints, write-offs
  copy --to FICHIER|postgresql://USER@HOST:PORT/DB
                                        tout le dossier vers un nouveau (SQLite ou PostgreSQL)
  users list|add LOGIN --name N --role R|deactivate LOGIN|set-password LOGIN|one-time-code LOGIN
                                        utilisateurs (set-password lit ARDESK_NEW_PASSWORD)
  verify                                vérifie les chaînes de hachage et les règles comptables

Codes de sortie&#xa0;: 0 succès, 1 erreur de données ou d&apos;exécution, 2 erreur d&apos;usage, 3 non autorisé.
Détails&#xa0;: docs/cli.md
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ardesk: accounts receivable on the desktop.</source>
        <translation>ardesk&#xa0;: la comptabilité clients sur le poste de travail.</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de, fr, sv, cs.</source>
        <translation>Langue de l&apos;interface utilisateur, p. ex. de, fr, sv, cs.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Write pictures of the main views to FOLDER.</source>
        <translation>Écrire des images des vues principales dans RÉPERTOIRE.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>The book to open (*.ardesk).</source>
        <translation>Le dossier à ouvrir (*.ardesk).</translation>
    </message>
    <message>
        <source>[book]</source>
        <translation>[dossier]</translation>
    </message>
    <message>
        <source>--screenshots needs exactly one book</source>
        <translation>--screenshots exige exactement un dossier</translation>
    </message>
    <message>
        <source>give at most one book</source>
        <translation>indiquez au plus un dossier</translation>
    </message>
</context>
</TS>
