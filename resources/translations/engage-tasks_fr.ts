<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source> Gong said: “%1”.</source>
        <translation> Réponse de Gong&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <source>Gong refused the request as malformed (HTTP %1).</source>
        <translation>Gong a rejeté la requête comme mal formée (HTTP %1).</translation>
    </message>
    <message>
        <source>Gong did not accept your credentials. Check the access key and secret, or the token, in Settings.</source>
        <translation>Gong n&apos;a pas accepté vos identifiants. Vérifiez la clé d&apos;accès et le secret, ou le jeton, dans les paramètres.</translation>
    </message>
    <message>
        <source>Gong denied access: your key or account may lack the Engage tasks permission.</source>
        <translation>Gong a refusé l&apos;accès&#xa0;: votre clé ou votre compte n&apos;a peut-être pas l&apos;autorisation sur les tâches Engage.</translation>
    </message>
    <message>
        <source>Gong no longer has this item; it may have been deleted or closed elsewhere.</source>
        <translation>Cet élément n&apos;existe plus dans Gong&#xa0;; il a peut-être été supprimé ou fermé ailleurs.</translation>
    </message>
    <message>
        <source>Gong&apos;s rate limit was reached; trying again in %1.</source>
        <translation>Limite de requêtes Gong atteinte&#xa0;; nouvel essai dans %1.</translation>
    </message>
    <message>
        <source>Gong&apos;s rate limit was reached; trying again shortly.</source>
        <translation>Limite de requêtes Gong atteinte&#xa0;; nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3) instead of Gong&apos;s JSON: Gong, or a proxy on the way, has a problem. Your changes are kept and will be sent again.</source>
        <translation>%1 a répondu HTTP %2 (%3) au lieu du JSON de Gong&#xa0;: Gong, ou un proxy sur le trajet, rencontre un problème. Vos modifications sont conservées et seront renvoyées.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>Gong had a problem on its side (HTTP %1). Your changes are kept and will be sent again.</source>
        <translation>Gong a rencontré un problème de son côté (HTTP %1). Vos modifications sont conservées et seront renvoyées.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Your changes are kept and will be sent again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vos modifications sont conservées et seront renvoyées.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check your network; your changes are kept.</source>
        <translation>Impossible de joindre %1 (%2). Vérifiez votre réseau&#xa0;; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Nothing was sent.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like Gong&apos;s API: it answered HTTP %2 with %3 instead of Gong&apos;s JSON. Check the API address in Settings (a wrong address, a Wi-Fi login page or a proxy can cause this). Your changes are kept and will be sent once Gong answers.</source>
        <translation>Le serveur %1 ne ressemble pas à l&apos;API de Gong&#xa0;: il a répondu HTTP %2 avec %3 au lieu du JSON de Gong. Vérifiez l&apos;adresse de l&apos;API dans les paramètres (une adresse erronée, une page de connexion Wi-Fi ou un proxy peuvent en être la cause). Vos modifications sont conservées et seront envoyées dès que Gong répondra.</translation>
    </message>
    <message>
        <source>Gong&apos;s answer could not be read: %1</source>
        <translation>Impossible de lire la réponse de Gong&#xa0;: %1</translation>
    </message>
    <message>
        <source> (Gong request ID: %1)</source>
        <translation> (ID de requête Gong&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB and was refused.</source>
        <translation>la réponse dépasse %1 Mo et a été refusée.</translation>
    </message>
    <message>
        <source>the answer (HTTP %1, %2) is not a JSON object.</source>
        <translation>la réponse (HTTP %1, %2) n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1.</source>
        <translation>statut HTTP %1 inattendu.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>server name not found</source>
        <translation>nom de serveur introuvable</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppMain</name>
    <message>
        <source>Engage Tasks</source>
        <translation>Engage Tasks</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>CallCardData</name>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>This task is not part of a flow, so there is no call script.</source>
        <translation>Cette tâche ne fait partie d&apos;aucun flow&#xa0;: pas de script d&apos;appel.</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>last step</source>
        <translation>dernière étape</translation>
    </message>
    <message>
        <source>The call script is on its way from Gong.</source>
        <translation>Le script d&apos;appel arrive de Gong.</translation>
    </message>
    <message>
        <source>This step has no call script.</source>
        <translation>Cette étape n&apos;a pas de script d&apos;appel.</translation>
    </message>
    <message>
        <source>No opportunity · account %1</source>
        <translation>Aucune opportunité · compte %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>clôture&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be dialled</source>
        <translation>%1 — impossible à composer</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>no country code: dialled as written</source>
        <translation>pas d&apos;indicatif pays&#xa0;: composé tel quel</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>No number that can be dialled</source>
        <translation>Aucun numéro composable</translation>
    </message>
    <message>
        <source>%1 opted out of calls. Dialling asks first.</source>
        <translation>%1 est désinscrit des appels (opt-out). Une confirmation vous sera demandée avant de composer.</translation>
    </message>
    <message>
        <source>%1 asked not to be called (logged here; Gong&apos;s API cannot set it, so mark it on the contact in your CRM). Dialling asks first.</source>
        <translation>%1 a demandé à ne pas être appelé (noté ici&#xa0;; l&apos;API de Gong ne permet pas de l&apos;indiquer, signalez-le donc sur le contact dans votre CRM). Une confirmation vous sera demandée avant de composer.</translation>
    </message>
    <message>
        <source>Also for %1: %2</source>
        <translation>Aussi pour %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Gong&apos;s list of call outcomes could not be read (not a JSON object).</source>
        <translation>La liste des résultats d&apos;appel de Gong est illisible (pas un objet JSON).</translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no list of call outcomes.</source>
        <translation>La réponse de Gong ne contient aucune liste de résultats d&apos;appel.</translation>
    </message>
    <message>
        <source>No voicemail</source>
        <translation>Pas de message vocal</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Message vocal laissé</translation>
    </message>
    <message>
        <source>Not in service</source>
        <translation>Numéro hors service</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Mauvais moment</translation>
    </message>
    <message>
        <source>Has a solution</source>
        <translation>A déjà une solution</translation>
    </message>
    <message>
        <source>Bad persona</source>
        <translation>Mauvais interlocuteur</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Gave referral</source>
        <translation>Recommandation obtenue</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Désinscription (opt-out)</translation>
    </message>
</context>
<context>
    <name>CallingHours</name>
    <message>
        <source>%1 there</source>
        <translation>%1 sur place</translation>
    </message>
    <message>
        <source>no time zone for this contact</source>
        <translation>aucun fuseau horaire pour ce contact</translation>
    </message>
    <message>
        <source>%1 your time (no time zone for this contact)</source>
        <translation>%1 votre heure (aucun fuseau horaire pour ce contact)</translation>
    </message>
    <message>
        <source>time zone not recognised</source>
        <translation>fuseau horaire non reconnu</translation>
    </message>
    <message>
        <source>%1 your time (time zone not recognised)</source>
        <translation>%1 votre heure (fuseau horaire non reconnu)</translation>
    </message>
    <message>
        <source>always callable</source>
        <translation>toujours joignable</translation>
    </message>
    <message>
        <source>good time</source>
        <translation>bon moment</translation>
    </message>
    <message>
        <source>outside calling hours</source>
        <translation>hors heures d&apos;appel</translation>
    </message>
    <message>
        <source>outside calling hours (opens %1)</source>
        <translation>hors heures d&apos;appel (ouverture %1)</translation>
    </message>
    <message>
        <source>opens %1 your time</source>
        <translation>ouverture %1 votre heure</translation>
    </message>
</context>
<context>
    <name>ConflictRule</name>
    <message>
        <source>it was closed in Gong</source>
        <translation>elle a été clôturée dans Gong</translation>
    </message>
    <message>
        <source>Gong now says %1</source>
        <translation>Gong indique désormais %1</translation>
    </message>
    <message>
        <source>it was rescheduled in Gong to %1</source>
        <translation>elle a été reprogrammée dans Gong&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Keychain error %1</source>
        <translation>Erreur du trousseau %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau système n&apos;a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <source>No system keychain answered.</source>
        <translation>Aucun trousseau système n&apos;a répondu.</translation>
    </message>
    <message>
        <source>No system keychain answered: %1</source>
        <translation>Aucun trousseau système n&apos;a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The credentials saved in the system keychain could not be read; enter them again.</source>
        <translation>Les identifiants enregistrés dans le trousseau système sont illisibles&#xa0;; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>DatePhrase</name>
    <message>
        <source>Can&apos;t read “%1” as a date</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» comme une date</translation>
    </message>
    <message>
        <source>Type a day, a time or both</source>
        <translation>Saisissez un jour, une heure ou les deux</translation>
    </message>
    <message>
        <source>That time is skipped by a daylight-saving change</source>
        <translation>Cette heure n&apos;existe pas à cause du changement d&apos;heure</translation>
    </message>
</context>
<context>
    <name>DayLog</name>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogrammée</translation>
    </message>
    <message>
        <source>Removed from flow</source>
        <translation>Retrait du flow</translation>
    </message>
    <message>
        <source>confirmed by Gong</source>
        <translation>confirmé par Gong</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>held: changed in Gong</source>
        <translation>en suspens&#xa0;: modifié dans Gong</translation>
    </message>
    <message>
        <source>gone from Gong</source>
        <translation>disparu de Gong</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, au nom de %2</translation>
    </message>
</context>
<context>
    <name>DialNumber</name>
    <message>
        <source>ext. %1</source>
        <translation>poste %1</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Overdue %1m</source>
        <translation>En retard de %1 min</translation>
    </message>
    <message>
        <source>Overdue %1h</source>
        <translation>En retard de %1 h</translation>
    </message>
    <message>
        <source>Overdue %1d</source>
        <translation>En retard de %1 j</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Demain %1</translation>
    </message>
</context>
<context>
    <name>FlowExpiry</name>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n d</source>
        <translation>
            <numerusform>expire dans %n j</numerusform>
            <numerusform>expire dans %n j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowStep</name>
    <message>
        <source>Gong&apos;s flow steps could not be read (not a JSON object).</source>
        <translation>Les étapes de flow de Gong sont illisibles (pas un objet JSON).</translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no list of flows.</source>
        <translation>La réponse de Gong ne contient aucune liste de flows.</translation>
    </message>
</context>
<context>
    <name>GongClient</name>
    <message>
        <source>This contact has no CRM id, so they cannot be taken out of the flow; nothing was sent to Gong.</source>
        <translation>Ce contact n&apos;a pas d&apos;ID CRM&#xa0;: impossible de le retirer du flow&#xa0;; rien n&apos;a été envoyé à Gong.</translation>
    </message>
    <message>
        <source>Gong&apos;s answer does not say which flows the contact left.</source>
        <translation>La réponse de Gong n&apos;indique pas de quels flows le contact est sorti.</translation>
    </message>
</context>
<context>
    <name>GongConfig</name>
    <message>
        <source>The Gong API address is not a valid URL.</source>
        <translation>L&apos;adresse de l&apos;API Gong n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The Gong API address must start with https:// (plain http is allowed only on this computer).</source>
        <translation>L&apos;adresse de l&apos;API Gong doit commencer par https:// (le http simple n&apos;est autorisé que sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Gong credentials are missing: an access key and secret, or a bearer token.</source>
        <translation>Identifiants Gong manquants&#xa0;: une clé d&apos;accès et son secret, ou un jeton Bearer.</translation>
    </message>
</context>
<context>
    <name>OutcomePlan</name>
    <message>
        <source>Call logged</source>
        <translation>Appel enregistré</translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Rien envoyé</translation>
    </message>
    <message>
        <source>%1 · logged</source>
        <translation>%1 · enregistré</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Échéance %1 (%2)</translation>
    </message>
    <message>
        <source>contact&apos;s time</source>
        <translation>heure du contact</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>votre heure</translation>
    </message>
    <message>
        <source>%1 · due again %2 %3</source>
        <translation>%1 · à rappeler %2 (%3)</translation>
    </message>
    <message>
        <source>their time</source>
        <translation>heure du contact</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marquée comme terminée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>flow %1</translation>
    </message>
    <message>
        <source>not in a flow, so no flow to leave</source>
        <translation>hors flow, donc aucun flow à quitter</translation>
    </message>
    <message>
        <source>not removed from %1: the contact has no CRM id</source>
        <translation>non retiré de %1&#xa0;: le contact n&apos;a pas d&apos;ID CRM</translation>
    </message>
    <message>
        <source>removed from flow %1</source>
        <translation>retiré du flow %1</translation>
    </message>
    <message>
        <source>not marked opted out: the contact has no CRM id</source>
        <translation>non marqué comme désinscrit&#xa0;: le contact n&apos;a pas d&apos;ID CRM</translation>
    </message>
    <message>
        <source>opted out on this computer (mark it in Gong too)</source>
        <translation>désinscrit sur cet ordinateur (indiquez-le aussi dans Gong)</translation>
    </message>
</context>
<context>
    <name>ReschedulePresets</name>
    <message>
        <source>In 3 hours</source>
        <translation>Dans 3 heures</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Demain 09:00</translation>
    </message>
    <message>
        <source>Next business day 09:00</source>
        <translation>Prochain jour ouvré 09:00</translation>
    </message>
    <message>
        <source>Next Monday 09:00</source>
        <translation>Lundi prochain 09:00</translation>
    </message>
</context>
<context>
    <name>SameContact</name>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n)</source>
        <translation>
            <numerusform>%1 (+%n)</numerusform>
            <numerusform>%1 (+%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more for this contact</source>
        <translation>
            <numerusform>+%n autre pour ce contact</numerusform>
            <numerusform>+%n autres pour ce contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionQueue</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>reste environ %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>There is no space left on the disk that holds %1. Free some space there, then try again.</source>
        <translation>Il n&apos;y a plus d&apos;espace libre sur le disque qui contient %1. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Check that the disk is not read-only and that the folder and its files belong to you, then try again.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1. Vérifiez que le disque n&apos;est pas en lecture seule et que le dossier et ses fichiers vous appartiennent, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk that holds %1 reported an error (%2). Check the disk, then try again.</source>
        <translation>Le disque qui contient %1 a signalé une erreur (%2). Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Another program is using the task store in %1. Close it, then try again.</source>
        <translation>Un autre programme utilise la base de tâches dans %1. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The task store in %1 could not be written (%2).</source>
        <translation>Impossible d&apos;écrire la base de tâches dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The task store of an earlier version (%1) belongs to Gong user %2; it is kept for when that account is opened.</source>
        <translation>La base de tâches d&apos;une version précédente (%1) appartient à l&apos;utilisateur Gong %2&#xa0;; elle est conservée pour le jour où ce compte sera ouvert.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2; both are left as they are.</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;; les deux sont laissés tels quels.</translation>
    </message>
</context>
<context>
    <name>TaskAccessibleText</name>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>en retard de %n minute</numerusform>
            <numerusform>en retard de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>en retard de %n heure</numerusform>
            <numerusform>en retard de %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today at %1</source>
        <translation>échéance aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>due tomorrow at %1</source>
        <translation>échéance demain à %1</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s), on %1 at %2</source>
        <translation>
            <numerusform>échéance dans %n jour, le %1 à %2</numerusform>
            <numerusform>échéance dans %n jours, le %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <source>%1 step %2</source>
        <translation>%1, étape %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>change waiting to reach Gong</source>
        <translation>modification en attente d&apos;envoi à Gong</translation>
    </message>
    <message>
        <source>Gong refused the change</source>
        <translation>Gong a refusé la modification</translation>
    </message>
    <message>
        <source>changed in Gong meanwhile, held for you to decide</source>
        <translation>modifiée dans Gong entre-temps, en suspens jusqu&apos;à votre décision</translation>
    </message>
    <message>
        <source>Call, no contact</source>
        <translation>Appel, sans contact</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>outside calling hours, %1</source>
        <translation>hors heures d&apos;appel, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>TaskCodec</name>
    <message>
        <source>Gong&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse de Gong n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>Gong&apos;s answer is not a JSON object.</source>
        <translation>La réponse de Gong n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no task list.</source>
        <translation>La réponse de Gong ne contient aucune liste de tâches.</translation>
    </message>
</context>
<context>
    <name>TaskFilter</name>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task store %1 cannot be opened now: %2</source>
        <translation>La base de tâches %1 ne peut pas être ouverte pour le moment&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Engage Tasks (schema %1).</source>
        <translation>La base de données locale a été écrite par une version plus récente d&apos;Engage Tasks (schéma %1).</translation>
    </message>
    <message>
        <source>The local database %1 cannot be used (%2) nor moved aside.</source>
        <translation>La base de données locale %1 est inutilisable (%2) et n&apos;a pas pu être mise de côté.</translation>
    </message>
    <message>
        <source>The local database could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation>La base de données locale était illisible (%1)&#xa0;; elle a été déplacée vers %2 et une nouvelle a été créée.</translation>
    </message>
</context>
<context>
    <name>UnassignRule</name>
    <message>
        <source>this key may not change flows (it needs api:flows:write)</source>
        <translation>cette clé n&apos;a pas le droit de modifier les flows (il lui faut api:flows:write)</translation>
    </message>
    <message>
        <source>%1 (Gong request ID: %2)</source>
        <translation>%1 (ID de requête Gong&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Gong did not let this key change flows (it needs api:flows:write), so %1 stays in %2. The task is done; remove them from the flow in Gong.</source>
        <translation>Gong n&apos;a pas autorisé cette clé à modifier les flows (il lui faut api:flows:write)&#xa0;: %1 reste donc dans %2. La tâche est terminée&#xa0;; retirez le contact du flow dans Gong.</translation>
    </message>
    <message>
        <source>Gong did not take %1 out of %2, so they stay in it. The task is done. %3</source>
        <translation>Gong n&apos;a pas retiré %1 de %2&#xa0;: le contact y reste. La tâche est terminée. %3</translation>
    </message>
</context>
<context>
    <name>engage::ActionRegistry</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Mark the selected tasks done</source>
        <translation>Marquer les tâches sélectionnées comme terminées</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the selected tasks</source>
        <translation>Ignorer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Reopen the selected tasks</source>
        <translation>Rouvrir les tâches sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogrammer…</translation>
    </message>
    <message>
        <source>Pick a new due date</source>
        <translation>Choisir une nouvelle échéance</translation>
    </message>
    <message>
        <source>Reschedule to Next Business &amp;Morning</source>
        <translation>Reprogrammer au &amp;matin du prochain jour ouvré</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Send My Change Again (&amp;Keep Mine)</source>
        <translation>Renvoyer ma modification (&amp;garder la mienne)</translation>
    </message>
    <message>
        <source>Send the held change to Gong again</source>
        <translation>Renvoyer à Gong la modification en suspens</translation>
    </message>
    <message>
        <source>Discard My Change (&amp;Take Gong&apos;s)</source>
        <translation>Abandonner ma modification (&amp;prendre celle de Gong)</translation>
    </message>
    <message>
        <source>Drop the held change and show Gong&apos;s version</source>
        <translation>Abandonner la modification en suspens et afficher la version de Gong</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch the task list from Gong</source>
        <translation>Récupérer la liste des tâches depuis Gong</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>&amp;Next Task</source>
        <translation>Tâche &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Task</source>
        <translation>Tâche &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Gong connection and credentials</source>
        <translation>Connexion et identifiants Gong</translation>
    </message>
    <message>
        <source>&amp;About Engage Tasks</source>
        <translation>À &amp;propos d&apos;Engage Tasks</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Start Calling</source>
        <translation>&amp;Démarrer les appels</translation>
    </message>
    <message>
        <source>Call the tasks of this view one by one</source>
        <translation>Appeler une à une les tâches de cette vue</translation>
    </message>
    <message>
        <source>Start a &amp;New Session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>Start over from the top of this view</source>
        <translation>Reprendre depuis le haut de cette vue</translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation>&amp;Composer</translation>
    </message>
    <message>
        <source>Dial the contact&apos;s number</source>
        <translation>Composer le numéro du contact</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation>Résultat %1</translation>
    </message>
    <message>
        <source>Add a &amp;Note</source>
        <translation>&amp;Ajouter une note</translation>
    </message>
    <message>
        <source>Write a note to go with the outcome</source>
        <translation>Rédiger une note qui accompagne le résultat</translation>
    </message>
    <message>
        <source>S&amp;kip to the Next Call</source>
        <translation>Pa&amp;sser à l&apos;appel suivant</translation>
    </message>
    <message>
        <source>Next task, with no change</source>
        <translation>Tâche suivante, sans modification</translation>
    </message>
    <message>
        <source>&amp;Back to the Previous Call</source>
        <translation>&amp;Revenir à l&apos;appel précédent</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop the session&apos;s clock</source>
        <translation>Arrêter le chronomètre de la session</translation>
    </message>
    <message>
        <source>&amp;End the Session</source>
        <translation>&amp;Mettre fin à la session</translation>
    </message>
    <message>
        <source>End the session and see its summary</source>
        <translation>Mettre fin à la session et voir son résumé</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Calls…</source>
        <translation>Appels du &amp;jour…</translation>
    </message>
    <message>
        <source>Every outcome and change of today</source>
        <translation>Tous les résultats et modifications du jour</translation>
    </message>
    <message>
        <source>&amp;Export Day Log…</source>
        <translation>&amp;Exporter le journal du jour…</translation>
    </message>
    <message>
        <source>Save today&apos;s calls and changes as a CSV file</source>
        <translation>Enregistrer les appels et modifications du jour dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Calling Settings…</source>
        <translation>Paramètres d&apos;&amp;appel…</translation>
    </message>
    <message>
        <source>Calling hours, retries and how to dial</source>
        <translation>Heures d&apos;appel, nouvelles tentatives et mode de composition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <source>Language, appearance, the tray and start at login</source>
        <translation>Langue, apparence, zone de notification et lancement à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Log “%1” and go to the next call (%2)</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;» et passer à l&apos;appel suivant (%2)</translation>
    </message>
    <message>
        <source>About Engage Tasks</source>
        <translation>À propos d&apos;Engage Tasks</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Engage Tasks %1&lt;/h3&gt;&lt;p&gt;Work your Gong Engage call tasks from the keyboard: mark done, dismiss, reschedule — and never lose a click.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Engage Tasks %1&lt;/h3&gt;&lt;p&gt;Traitez vos tâches d&apos;appel Gong Engage au clavier&#xa0;: terminer, ignorer, reprogrammer — sans jamais perdre un clic.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Spread Over Days…</source>
        <translation>Répartir sur plusieurs &amp;jours…</translation>
    </message>
    <message>
        <source>Spread the selected tasks over the next business days</source>
        <translation>Répartir les tâches sélectionnées sur les prochains jours ouvrés</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Palette de &amp;commandes…</translation>
    </message>
    <message>
        <source>Find an action, a view or a task by typing</source>
        <translation>Trouver une action, une vue ou une tâche en tapant son nom</translation>
    </message>
    <message>
        <source>Co&amp;ver a Teammate…</source>
        <translation>Remplacer un &amp;collègue…</translation>
    </message>
    <message>
        <source>Work another user&apos;s tasks, in a window of their own, on their behalf</source>
        <translation>Traiter les tâches d&apos;un autre utilisateur, dans une fenêtre à part, en son nom</translation>
    </message>
    <message>
        <source>Log “%1” and go to the next call</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;» et passer à l&apos;appel suivant</translation>
    </message>
</context>
<context>
    <name>engage::AppearancePage</name>
    <message>
        <source>Ada Lovelace · Analytical Engines Ltd</source>
        <translation>Ada Lovelace · Analytical Engines Ltd</translation>
    </message>
    <message>
        <source>Due yesterday, 16:00 (overdue)</source>
        <translation>Échéance hier, 16:00 (en retard)</translation>
    </message>
    <message>
        <source>Done: follow-up email sent</source>
        <translation>Terminée&#xa0;: e-mail de relance envoyé</translation>
    </message>
    <message>
        <source>Gong refused the change</source>
        <translation>Gong a refusé la modification</translation>
    </message>
    <message>
        <source>10:15 there, a good time to call</source>
        <translation>10:15 sur place, un bon moment pour appeler</translation>
    </message>
    <message>
        <source>Gong could not be reached.</source>
        <translation>Impossible de joindre Gong.</translation>
    </message>
    <message>
        <source>Offline: 2 changes are waiting to be sent.</source>
        <translation>Hors ligne&#xa0;: 2 modifications en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Colours of the window and its lists:</source>
        <translation>Couleurs de la fenêtre et de ses listes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>Suivre le &amp;bureau</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>Suivre le réglage clair ou sombre du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Toujours clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Toujours sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>High contrast, for the strongest difference between text and background</source>
        <translation>Contraste élevé, pour la plus forte différence entre le texte et le fond</translation>
    </message>
    <message>
        <source>Preview of the chosen colours</source>
        <translation>Aperçu des couleurs choisies</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>engage::Application</name>
    <message>
        <source>Work your Gong Engage call tasks: mark done, dismiss, reschedule.

Credentials come from the keychain (set them in the app) or from the environment: GONG_ACCESS_KEY with GONG_ACCESS_KEY_SECRET, or GONG_BEARER_TOKEN; also GONG_BASE_URL and GONG_USER_ID.</source>
        <translation>Traitez vos tâches d&apos;appel Gong Engage&#xa0;: terminer, ignorer, reprogrammer.

Les identifiants viennent du trousseau (à saisir dans l&apos;application) ou de l&apos;environnement&#xa0;: GONG_ACCESS_KEY avec GONG_ACCESS_KEY_SECRET, ou GONG_BEARER_TOKEN&#xa0;; ainsi que GONG_BASE_URL et GONG_USER_ID.</translation>
    </message>
    <message>
        <source>Run against the built-in demo server; no Gong account needed.</source>
        <translation>Utiliser le serveur de démo intégré&#xa0;; aucun compte Gong nécessaire.</translation>
    </message>
    <message>
        <source>Gong API address (default https://api.gong.io).</source>
        <translation>Adresse de l&apos;API Gong (par défaut https://api.gong.io).</translation>
    </message>
    <message>
        <source>Your Gong user id.</source>
        <translation>Votre ID utilisateur Gong.</translation>
    </message>
    <message>
        <source>Only tasks in this Gong workspace.</source>
        <translation>Uniquement les tâches de cet espace de travail Gong.</translation>
    </message>
    <message>
        <source>Keep settings, cache and journal in this folder.</source>
        <translation>Conserver paramètres, cache et journal dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Engage Tasks is already running for %1, but it does not answer. Close it (or end it in your system monitor), then start it again.</source>
        <translation>Engage Tasks est déjà lancé pour %1, mais ne répond pas. Fermez-le (ou arrêtez-le dans votre moniteur système), puis relancez-le.</translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>Le serveur de démo n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The other account&apos;s task store could not be opened: %1</source>
        <translation>La base de tâches de l&apos;autre compte n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to Gong yet: enter your API address, credentials and user id (File → Settings, Ctrl+,), or start with --demo to try the app.</source>
        <translation>Pas encore connecté à Gong&#xa0;: saisissez l&apos;adresse de l&apos;API, vos identifiants et votre ID utilisateur (Fichier → Paramètres, Ctrl+,), ou lancez l&apos;application avec --demo pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>This is the built-in demo. To connect to your Gong account, start Engage Tasks without --demo.</source>
        <translation>Ceci est la démo intégrée. Pour vous connecter à votre compte Gong, lancez Engage Tasks sans --demo.</translation>
    </message>
    <message>
        <source>Start in the tray (minimized where the desktop has no tray).</source>
        <translation>Démarrer dans la zone de notification (fenêtre réduite si le bureau n&apos;en a pas).</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connect to Gong first (File → Settings): a teammate&apos;s queue is opened with your connection.</source>
        <translation>Connectez-vous d&apos;abord à Gong (Fichier → Paramètres)&#xa0;: la file de tâches d&apos;un collègue s&apos;ouvre avec votre connexion.</translation>
    </message>
    <message>
        <source>%1&apos;s task store could not be opened: %2</source>
        <translation>La base de tâches de %1 n&apos;a pas pu être ouverte&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>engage::BacklogActions</name>
    <message>
        <source>Rescheduled · sending %1 of %2</source>
        <translation>Reprogrammé · envoi %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Rescheduled · %n task(s) in Gong</source>
        <translation>
            <numerusform>Reprogrammé · %n tâche dans Gong</numerusform>
            <numerusform>Reprogrammé · %n tâches dans Gong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::BacklogDialog</name>
    <message>
        <source>Spread Over Days</source>
        <translation>Répartir sur plusieurs jours</translation>
    </message>
    <message>
        <source>Spread over the next business &amp;days:</source>
        <translation>Répartir sur les prochains &amp;jours ouvrés&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;most a day:</source>
        <translation>Au &amp;maximum par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the new due dates</source>
        <translation>Aperçu des nouvelles échéances</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), the oldest first, over the next %1; at most %2 on one day, each inside the contact&apos;s calling hours.</source>
        <translation>
            <numerusform>%n tâche, répartie sur %1&#xa0;; au maximum %2 par jour, dans les heures d&apos;appel du contact.</numerusform>
            <numerusform>%n tâches, les plus anciennes d&apos;abord, réparties sur %1&#xa0;; au maximum %2 par jour, chacune dans les heures d&apos;appel de son contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at %1 a day are too few, so the plan takes %2.</source>
        <translation>
            <numerusform>%n jour à %1 par jour ne suffit pas&#xa0;: le plan s&apos;étend sur %2.</numerusform>
            <numerusform>%n jours à %1 par jour ne suffisent pas&#xa0;: le plan s&apos;étend sur %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The calling hours hold fewer a day, so the plan takes %1.</source>
        <translation>Les heures d&apos;appel en contiennent moins par jour&#xa0;: le plan s&apos;étend sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reschedule %n task(s)</source>
        <translation>
            <numerusform>&amp;Reprogrammer %n tâche</numerusform>
            <numerusform>&amp;Reprogrammer %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::BacklogPreviewModel</name>
    <message>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>no time zone: your hours</source>
        <translation>aucun fuseau horaire&#xa0;: vos heures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Échéance actuelle</translation>
    </message>
    <message>
        <source>New due (your time)</source>
        <translation>Nouvelle échéance (votre heure)</translation>
    </message>
    <message>
        <source>New due (their time)</source>
        <translation>Nouvelle échéance (heure du contact)</translation>
    </message>
</context>
<context>
    <name>engage::CallCard</name>
    <message>
        <source>Open the contact in your CRM</source>
        <translation>Ouvrir le contact dans votre CRM</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Numéro à composer</translation>
    </message>
    <message>
        <source>Contact&apos;s local time</source>
        <translation>Heure locale du contact</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Script d&apos;appel</translation>
    </message>
    <message>
        <source>Number to dial (C)</source>
        <translation>Numéro à composer (C)</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Last outcomes with this contact</source>
        <translation>Derniers résultats avec ce contact</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Autres numéros&#xa0;: %1</translation>
    </message>
    <message>
        <source>No flow</source>
        <translation>Aucun flow</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>None logged here yet</source>
        <translation>Aucun enregistré ici pour l&apos;instant</translation>
    </message>
    <message>
        <source>Call card</source>
        <translation>Fiche d&apos;appel</translation>
    </message>
</context>
<context>
    <name>engage::CallCatalog</name>
    <message>
        <source>Showing Gong&apos;s default call outcomes: your API key may not read the company&apos;s (api:call-outcomes:read).</source>
        <translation>Résultats d&apos;appel par défaut de Gong affichés&#xa0;: votre clé API ne peut peut-être pas lire ceux de l&apos;entreprise (api:call-outcomes:read).</translation>
    </message>
    <message>
        <source>Showing Gong&apos;s default call outcomes until Gong can be reached.</source>
        <translation>Résultats d&apos;appel par défaut de Gong affichés tant que Gong est injoignable.</translation>
    </message>
</context>
<context>
    <name>engage::CallSession</name>
    <message>
        <source>Call anyway?</source>
        <translation>Appeler quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Gong&apos;s default outcomes (no connection to Gong)</source>
        <translation>Résultats par défaut de Gong (pas de connexion à Gong)</translation>
    </message>
    <message>
        <source>No call script: %1</source>
        <translation>Pas de script d&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 opted out of calls. Call them anyway?</source>
        <translation>%1 est désinscrit des appels (opt-out). Appeler quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Not dialled: %1 opted out of calls.</source>
        <translation>Appel non composé&#xa0;: %1 est désinscrit des appels (opt-out).</translation>
    </message>
    <message>
        <source>Apply to every task?</source>
        <translation>Appliquer à toutes les tâches&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Remember my choice</source>
        <translation>&amp;Mémoriser mon choix</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>le contact</translation>
    </message>
    <message numerus="yes">
        <source>Apply “%1” to %2&apos;s %n other task(s) too?</source>
        <translation>
            <numerusform>Appliquer aussi «&#xa0;%1&#xa0;» à %n autre tâche pour %2&#xa0;?</numerusform>
            <numerusform>Appliquer aussi «&#xa0;%1&#xa0;» aux %n autres tâches pour %2&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::CallingSettingsDialog</name>
    <message>
        <source>Calling Settings</source>
        <translation>Paramètres d&apos;appel</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Heures d&apos;appel</translation>
    </message>
    <message>
        <source>Read on each contact&apos;s own clock, in their time zone.</source>
        <translation>Lues à l&apos;heure de chaque contact, dans son propre fuseau horaire.</translation>
    </message>
    <message>
        <source>Clo&amp;ses:</source>
        <translation>&amp;Fermeture&#xa0;:</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>&amp;Ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Use my time zone</source>
        <translation>Utiliser mon fuseau horaire</translation>
    </message>
    <message>
        <source>Always callable</source>
        <translation>Toujours joignables</translation>
    </message>
    <message>
        <source>Contacts &amp;without a time zone:</source>
        <translation>Contacts &amp;sans fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>When a call&apos;s outcome keeps the task open, it comes due again after this, moved into the contact&apos;s calling hours. Not connected: no answer, busy, voicemail.</source>
        <translation>Quand le résultat d&apos;un appel laisse la tâche ouverte, elle revient à faire après ce délai, ramenée dans les heures d&apos;appel du contact. Non joint&#xa0;: pas de réponse, occupé, messagerie.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Not connected:</source>
        <translation>&amp;Non joint&#xa0;:</translation>
    </message>
    <message>
        <source>Not connected: try again after, in minutes</source>
        <translation>Non joint&#xa0;: réessayer après, en minutes</translation>
    </message>
    <message>
        <source>&amp;Any other outcome:</source>
        <translation>&amp;Autre résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Any other outcome: try again after, in business days</source>
        <translation>Autre résultat&#xa0;: réessayer après, en jours ouvrés</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Desktop phone app (tel: link)</source>
        <translation>Application téléphone du bureau (lien tel:)</translation>
    </message>
    <message>
        <source>callto: link</source>
        <translation>Lien callto:</translation>
    </message>
    <message>
        <source>SIP link</source>
        <translation>Lien SIP</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>pbx.example.com (empty: the softphone&apos;s own)</source>
        <translation>pbx.example.com (vide&#xa0;: celui du softphone)</translation>
    </message>
    <message>
        <source>SIP &amp;host:</source>
        <translation>Hôte SI&amp;P&#xa0;:</translation>
    </message>
    <message>
        <source>Command &amp;template:</source>
        <translation>Modèle de &amp;commande&#xa0;:</translation>
    </message>
    <message>
        <source>For example linphonec -c &quot;call {number}&quot;. {number} and {extension} are replaced (without {number}, the number goes last); it runs without a shell.</source>
        <translation>Par exemple linphonec -c &quot;call {number}&quot;. {number} et {extension} sont remplacés (sans {number}, le numéro est ajouté à la fin)&#xa0;; la commande s&apos;exécute sans shell.</translation>
    </message>
    <message>
        <source>Prefer number &amp;labels:</source>
        <translation>&amp;Libellés de numéro préférés&#xa0;:</translation>
    </message>
    <message>
        <source>Verified numbers first, then these labels in order.</source>
        <translation>Les numéros vérifiés d&apos;abord, puis ces libellés dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Calling hours must open before they close: %1 is not before %2.</source>
        <translation>Les heures d&apos;appel doivent ouvrir avant de fermer&#xa0;: %1 n&apos;est pas avant %2.</translation>
    </message>
    <message>
        <source>Choose at least one day for calling.</source>
        <translation>Choisissez au moins un jour d&apos;appel.</translation>
    </message>
    <message>
        <source>Enter the command that dials, or choose another method.</source>
        <translation>Saisissez la commande qui compose le numéro, ou choisissez une autre méthode.</translation>
    </message>
    <message>
        <source>The command must start with a program, not {number} or {extension}.</source>
        <translation>La commande doit commencer par un programme, pas par {number} ou {extension}.</translation>
    </message>
    <message>
        <source>= %1 h</source>
        <translation>= %1 h</translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation>= %1 h %2 min</translation>
    </message>
    <message>
        <source> business day later</source>
        <translation> jour ouvré plus tard</translation>
    </message>
    <message>
        <source> business days later</source>
        <translation> jours ouvrés plus tard</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 poste %2</translation>
    </message>
    <message>
        <source>%1: nothing would be dialled</source>
        <translation>%1&#xa0;: rien ne serait composé</translation>
    </message>
    <message>
        <source>%1 dials %2</source>
        <translation>%1 compose %2</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> jours de retard</translation>
    </message>
    <message>
        <source>Your company&apos;s flow to-do expiry in Gong: past it, Gong drops the contact from the flow</source>
        <translation>Délai d&apos;expiration des tâches de flow de votre entreprise dans Gong&#xa0;: au-delà, Gong retire le contact du flow</translation>
    </message>
    <message>
        <source>Flow to-dos e&amp;xpire after:</source>
        <translation>Les tâches de flow e&amp;xpirent après&#xa0;:</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <source>Apply it to all of them</source>
        <translation>L&apos;appliquer à toutes</translation>
    </message>
    <message>
        <source>Only the task called</source>
        <translation>Uniquement la tâche appelée</translation>
    </message>
    <message>
        <source>Outcome, contact&apos;s other tas&amp;ks:</source>
        <translation>Résultat, autres &amp;tâches du contact&#xa0;:</translation>
    </message>
</context>
<context>
    <name>engage::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a command, a view or a task…</source>
        <translation>Saisissez une commande, une vue ou une tâche…</translation>
    </message>
    <message>
        <source>Command or task</source>
        <translation>Commande ou tâche</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
</context>
<context>
    <name>engage::ConnectDialog</name>
    <message>
        <source>Connected: no open call tasks</source>
        <translation>Connecté&#xa0;: aucune tâche d&apos;appel ouverte</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n open call task(s)</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n tâche d&apos;appel ouverte</numerusform>
            <numerusform>Connecté&#xa0;: %n tâches d&apos;appel ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Gong</source>
        <translation>Connexion à Gong</translation>
    </message>
    <message>
        <source>Engage Tasks lists and updates your Gong Engage call tasks through Gong&apos;s API. Your Gong administrator can give you an API access key and secret, or a token. Secrets are kept in the system keychain, never in a file.</source>
        <translation>Engage Tasks affiche et met à jour vos tâches d&apos;appel Gong Engage via l&apos;API de Gong. Votre administrateur Gong peut vous fournir une clé d&apos;accès API et son secret, ou un jeton. Les secrets sont conservés dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Gong API</source>
        <translation>API Gong</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Adresse de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Usually https://api.gong.io; your company may have its own. Plain http is allowed only on this computer.</source>
        <translation>En général https://api.gong.io&#xa0;; votre entreprise peut avoir la sienne. Le http simple n&apos;est autorisé que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Access &amp;key + secret</source>
        <translation>Clé &amp;d&apos;accès + secret</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>Jeton &amp;Bearer</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Access ke&amp;y:</source>
        <translation>&amp;Clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Your Gong user</source>
        <translation>Votre utilisateur Gong</translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation>vous@entreprise.com</translation>
    </message>
    <message>
        <source>&amp;Find my user ID</source>
        <translation>&amp;Rechercher mon ID utilisateur</translation>
    </message>
    <message>
        <source>Looks up the user with this email in Gong&apos;s user list and fills in the user ID.</source>
        <translation>Recherche l&apos;utilisateur ayant cet e-mail dans la liste des utilisateurs Gong et remplit l&apos;ID utilisateur.</translation>
    </message>
    <message>
        <source>Work &amp;email:</source>
        <translation>&amp;E-mail professionnel&#xa0;:</translation>
    </message>
    <message>
        <source>Digits, e.g. from Find my user ID</source>
        <translation>Chiffres, p. ex. via Rechercher mon ID utilisateur</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>ID &amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: only this workspace&apos;s tasks</source>
        <translation>Facultatif&#xa0;: uniquement les tâches de cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>ID d&apos;espace de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la c&amp;onnexion</translation>
    </message>
    <message>
        <source>Lists your open call tasks once, with these settings, without saving them.</source>
        <translation>Liste une fois vos tâches d&apos;appel ouvertes avec ces paramètres, sans les enregistrer.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No system keychain answered; your secret is kept for this session only and will be asked again next time.</source>
        <translation>Aucun trousseau système n&apos;a répondu&#xa0;; votre secret est conservé pour cette session uniquement et vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation>Saisissez le jeton Bearer.</translation>
    </message>
    <message>
        <source>Enter the access key and its secret.</source>
        <translation>Saisissez la clé d&apos;accès et son secret.</translation>
    </message>
    <message>
        <source>Enter the email address you use in Gong.</source>
        <translation>Saisissez l&apos;adresse e-mail que vous utilisez dans Gong.</translation>
    </message>
    <message>
        <source>Enter your Gong user ID, or your email and press Find my user ID.</source>
        <translation>Saisissez votre ID utilisateur Gong, ou votre e-mail puis cliquez sur Rechercher mon ID utilisateur.</translation>
    </message>
    <message>
        <source>A Gong user ID is made of digits only.</source>
        <translation>Un ID utilisateur Gong ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>A Gong workspace ID is made of digits only; leave it empty to see every workspace.</source>
        <translation>Un ID d&apos;espace de travail Gong ne contient que des chiffres&#xa0;; laissez-le vide pour voir tous les espaces de travail.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Found %1, user ID %2.</source>
        <translation>%1 trouvé, ID utilisateur %2.</translation>
    </message>
    <message>
        <source> Gong lists this user as inactive.</source>
        <translation> Gong indique que cet utilisateur est inactif.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Saving your credentials in the system keychain…</source>
        <translation>Enregistrement de vos identifiants dans le trousseau système…</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
</context>
<context>
    <name>engage::ContactPanel</name>
    <message>
        <source>Unnamed contact</source>
        <translation>Contact sans nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>⚠ Do not call: this contact opted out of calls</source>
        <translation>⚠ Ne pas appeler&#xa0;: ce contact est désinscrit des appels (opt-out)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Select a task to see who to call.</source>
        <translation>Sélectionnez une tâche pour voir qui appeler.</translation>
    </message>
    <message>
        <source>No contact on this task.</source>
        <translation>Aucun contact sur cette tâche.</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Autre contact</translation>
    </message>
    <message>
        <source>← Back to %1</source>
        <translation>← Retour à %1</translation>
    </message>
    <message>
        <source>Opted out of %1</source>
        <translation>Désinscrit (opt-out)&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>View profile</source>
        <translation>Voir le profil</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Ouvrir dans le CRM</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Autres contacts</translation>
    </message>
    <message>
        <source>%1 there · %2</source>
        <translation>%1 sur place · %2</translation>
    </message>
</context>
<context>
    <name>engage::CoverBanner</name>
    <message>
        <source>You are working %1&apos;s queue — changes are made on their behalf</source>
        <translation>Vous traitez la file de tâches de %1 — les modifications sont faites en son nom</translation>
    </message>
</context>
<context>
    <name>engage::CoverDialog</name>
    <message>
        <source>Cover a Teammate</source>
        <translation>Remplacer un collègue</translation>
    </message>
    <message>
        <source>Open a colleague&apos;s task queue in a window of its own, to work it while they are out. Every change is made on their behalf.</source>
        <translation>Ouvrez la file de tâches d&apos;un collègue dans une fenêtre à part, pour la traiter pendant son absence. Chaque modification est faite en son nom.</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>Teammate&apos;s work &amp;email:</source>
        <translation>&amp;E-mail professionnel du collègue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open Their Queue</source>
        <translation>&amp;Ouvrir sa file de tâches</translation>
    </message>
    <message>
        <source>Enter your teammate&apos;s work email address.</source>
        <translation>Saisissez l&apos;adresse e-mail professionnelle de votre collègue.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>%1 is you: your own tasks are in your main window.</source>
        <translation>%1, c&apos;est vous&#xa0;: vos propres tâches sont dans votre fenêtre principale.</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
</context>
<context>
    <name>engage::CoverSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Covering %1</source>
        <translation>En remplacement de %1</translation>
    </message>
</context>
<context>
    <name>engage::DayLogActions</name>
    <message>
        <source>Export day log</source>
        <translation>Exporter le journal du jour</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Day log saved to %1</source>
        <translation>Journal du jour enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>engage::DayLogDialog</name>
    <message>
        <source>Today&apos;s calls and changes</source>
        <translation>Appels et modifications du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>%1 calls, %2 connected · outside calls: done %3, rescheduled %4, dismissed %5</source>
        <translation>Appels&#xa0;: %1, joints&#xa0;: %2 · hors appels&#xa0;: terminées %3, reprogrammées %4, ignorées %5</translation>
    </message>
    <message>
        <source>The day log could not be written to %1: %2</source>
        <translation>Le journal du jour n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>engage::DesktopPage</name>
    <message>
        <source>&amp;Notify me when a timed call is due</source>
        <translation>&amp;M&apos;avertir quand un appel planifié arrive à échéance</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Rester dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Start Engage Tasks at login (in the tray)</source>
        <translation>&amp;Lancer Engage Tasks à l&apos;ouverture de session (dans la zone de notification)</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so the window cannot be kept in the tray; started at login, Engage Tasks starts minimized.</source>
        <translation>Ce bureau n&apos;affiche pas d&apos;icônes dans la zone de notification&#xa0;: la fenêtre ne peut donc pas y être conservée&#xa0;; lancé à l&apos;ouverture de session, Engage Tasks démarre réduit.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Impossible de modifier le lancement à l&apos;ouverture de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tray and Notifications</source>
        <translation>Zone de notification et alertes</translation>
    </message>
</context>
<context>
    <name>engage::DetailForm</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Not a link that can be opened safely.</source>
        <translation>Ce lien ne peut pas être ouvert en toute sécurité.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>engage::DetailPane</name>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
</context>
<context>
    <name>engage::Dialer</name>
    <message>
        <source>There is no number to dial.</source>
        <translation>Aucun numéro à composer.</translation>
    </message>
    <message>
        <source>The dial command in Calling Settings is not usable</source>
        <translation>La commande de composition des paramètres d&apos;appel est inutilisable</translation>
    </message>
    <message>
        <source>“%1” did not start</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;est pas lancé</translation>
    </message>
    <message>
        <source>Dialling %1 with %2</source>
        <translation>Composition du %1 avec %2</translation>
    </message>
    <message>
        <source>Nothing on this desktop opens %1: links</source>
        <translation>Aucune application de ce bureau n&apos;ouvre les liens %1:</translation>
    </message>
    <message>
        <source>The %1: handler did not start</source>
        <translation>Le gestionnaire des liens %1: ne s&apos;est pas lancé</translation>
    </message>
    <message>
        <source>Dialling %1 through your %2: app</source>
        <translation>Composition du %1 via votre application %2:</translation>
    </message>
    <message>
        <source>%1, so %2 is on the clipboard: paste it into your phone.</source>
        <extracomment>%1 is why nothing dialled, %2 the number</extracomment>
        <translation>%1&#xa0;: %2 est donc dans le presse-papiers, collez-le dans votre téléphone.</translation>
    </message>
</context>
<context>
    <name>engage::DueNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Rappeler dans 10 min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Appeler %1 maintenant</translation>
    </message>
    <message>
        <source>%1 there</source>
        <translation>%1 sur place</translation>
    </message>
</context>
<context>
    <name>engage::ExpiryGuard</name>
    <message>
        <source>Move past the expiry?</source>
        <translation>Déplacer au-delà de l&apos;expiration&#xa0;?</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>le contact</translation>
    </message>
    <message>
        <source>This flow to-do expires on %1; moving it past then drops %2 from the flow in Gong. Move it anyway?</source>
        <translation>Cette tâche de flow expire le %1&#xa0;; la déplacer au-delà retire %2 du flow dans Gong. La déplacer quand même&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these flow to-dos expire before then (the first on %1); moving them past then drops their contacts from their flows in Gong. Move them anyway?</source>
        <translation>
            <numerusform>%n de ces tâches de flow expire avant cette date (le %1)&#xa0;; la déplacer au-delà retire son contact de son flow dans Gong. La déplacer quand même&#xa0;?</numerusform>
            <numerusform>%n de ces tâches de flow expirent avant cette date (la première le %1)&#xa0;; les déplacer au-delà retire leurs contacts de leurs flows dans Gong. Les déplacer quand même&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::FilterBar</name>
    <message>
        <source>Search contacts, companies, flows…  ( / )</source>
        <translation>Rechercher contacts, entreprises, flows…  ( / )</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Tous les flows</translation>
    </message>
    <message>
        <source>Callable &amp;now</source>
        <translation>Joig&amp;nable maintenant</translation>
    </message>
    <message>
        <source>Show only tasks whose contact is inside calling hours now, in their own time zone (Alt+N)</source>
        <translation>N&apos;afficher que les tâches dont le contact est dans ses heures d&apos;appel en ce moment, dans son propre fuseau horaire (Alt+N)</translation>
    </message>
    <message>
        <source>Callable now</source>
        <translation>Joignable maintenant</translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation>Flow %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation>Rechercher dans les tâches</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Show tasks of this type</source>
        <translation>Afficher les tâches de ce type</translation>
    </message>
    <message>
        <source>Show tasks of this flow</source>
        <translation>Afficher les tâches de ce flow</translation>
    </message>
    <message>
        <source>Show only flow to-dos about to expire or past their expiry, when Gong drops the contact from the flow (Alt+X)</source>
        <translation>N&apos;afficher que les tâches de flow sur le point d&apos;expirer ou déjà expirées, quand Gong retire le contact du flow (Alt+X)</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>E&amp;xpiring  %1</source>
        <translation>E&amp;xpiration  %1</translation>
    </message>
</context>
<context>
    <name>engage::FlowPanel</name>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Script d&apos;appel</translation>
    </message>
    <message>
        <source>Select a task to see its flow step.</source>
        <translation>Sélectionnez une tâche pour voir son étape de flow.</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Poids %1</translation>
    </message>
    <message>
        <source>Priority weight %1</source>
        <translation>Poids de priorité %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
</context>
<context>
    <name>engage::GeneralPage</name>
    <message>
        <source>Follow the desktop (%1)</source>
        <translation>Suivre le bureau (%1)</translation>
    </message>
    <message>
        <source>Engage Tasks speaks the new language from its next start.</source>
        <translation>Engage Tasks utilisera la nouvelle langue à son prochain lancement.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>engage::GongClient</name>
    <message>
        <source>the network is shutting down</source>
        <translation>le réseau est en cours d&apos;arrêt</translation>
    </message>
    <message>
        <source>Gong did not send back the updated task.</source>
        <translation>Gong n&apos;a pas renvoyé la tâche mise à jour.</translation>
    </message>
    <message>
        <source>Gong&apos;s user list has no users array.</source>
        <translation>La liste des utilisateurs de Gong ne contient pas de tableau users.</translation>
    </message>
    <message>
        <source>Gong&apos;s user list sent the same page twice; the search was stopped.</source>
        <translation>La liste des utilisateurs de Gong a renvoyé deux fois la même page&#xa0;; recherche interrompue.</translation>
    </message>
    <message>
        <source>Gong&apos;s user list did not end after %1 pages; the search was stopped.</source>
        <translation>La liste des utilisateurs de Gong ne s&apos;est pas terminée après %1 pages&#xa0;; recherche interrompue.</translation>
    </message>
    <message>
        <source>No Gong user has the email address %1.</source>
        <translation>Aucun utilisateur Gong n&apos;a l&apos;adresse e-mail %1.</translation>
    </message>
</context>
<context>
    <name>engage::KeyRecorder</name>
    <message>
        <source>Press a key…</source>
        <translation>Appuyez sur une touche…</translation>
    </message>
    <message>
        <source>Record a Key</source>
        <translation>Enregistrer une touche</translation>
    </message>
    <message>
        <source>Record a key</source>
        <translation>Enregistrer une touche</translation>
    </message>
</context>
<context>
    <name>engage::MainWindow</name>
    <message>
        <source>Engage Tasks</source>
        <translation>Engage Tasks</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>engage::MessageBar</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not connected to Gong</source>
        <translation>Non connecté à Gong</translation>
    </message>
    <message>
        <source>Not connected to Gong · %1 to send</source>
        <translation>Non connecté à Gong · %1 à envoyer</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ Synchronisé</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Waiting · %1 to send</source>
        <translation>En attente · %1 à envoyer</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n modification en attente</numerusform>
            <numerusform>Hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: check your credentials (Ctrl+,)</source>
        <translation>En pause&#xa0;: vérifiez vos identifiants (Ctrl+,)</translation>
    </message>
    <message>
        <source> · as of %1</source>
        <translation> · actualisé à %1</translation>
    </message>
    <message>
        <source>The server at this address is not Gong&apos;s API</source>
        <translation>Le serveur à cette adresse n&apos;est pas l&apos;API de Gong</translation>
    </message>
    <message>
        <source>Offline — Gong cannot be reached</source>
        <translation>Hors ligne — Gong est injoignable</translation>
    </message>
    <message>
        <source>%1; trying again by itself.</source>
        <translation>%1&#xa0;; nouvel essai automatique.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n change(s) waiting; they are saved and will be sent by themselves.</source>
        <translation>
            <numerusform>%1 · %n modification en attente&#xa0;; elle est enregistrée et sera envoyée automatiquement.</numerusform>
            <numerusform>%1 · %n modifications en attente&#xa0;; elles sont enregistrées et seront envoyées automatiquement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2 · %n call(s) to Gong today</source>
        <translation>
            <numerusform>%1%2 · %n requête à Gong aujourd&apos;hui</numerusform>
            <numerusform>%1%2 · %n requêtes à Gong aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Copy the error</source>
        <translation>Copier l&apos;erreur</translation>
    </message>
    <message>
        <source>Hide the error</source>
        <translation>Masquer l&apos;erreur</translation>
    </message>
</context>
<context>
    <name>engage::OpportunityPanel</name>
    <message>
        <source>No opportunity on this task.</source>
        <translation>Aucune opportunité sur cette tâche.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>No opportunity or account on this task.</source>
        <translation>Aucune opportunité ni aucun compte sur cette tâche.</translation>
    </message>
    <message>
        <source>Select a task to see its opportunity.</source>
        <translation>Sélectionnez une tâche pour voir son opportunité.</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Ouvrir dans le CRM</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>engage::PaletteController</name>
    <message>
        <source>View: %1</source>
        <translation>Vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
</context>
<context>
    <name>engage::PhoneLines</name>
    <message>
        <source>Verified number</source>
        <translation>Numéro vérifié</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>poste %1</translation>
    </message>
</context>
<context>
    <name>engage::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
</context>
<context>
    <name>engage::QuitGuard</name>
    <message numerus="yes">
        <source>Quitting once %n change(s) have reached Gong…</source>
        <translation>
            <numerusform>Fermeture dès que %n modification sera parvenue à Gong…</numerusform>
            <numerusform>Fermeture dès que %n modifications seront parvenues à Gong…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not yet in Gong</source>
        <translation>Modifications pas encore dans Gong</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached Gong yet.</source>
        <translation>
            <numerusform>%n modification n&apos;est pas encore parvenue à Gong.</numerusform>
            <numerusform>%n modifications ne sont pas encore parvenues à Gong.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved on this computer either way, and are sent the next time Engage Tasks starts.</source>
        <translation>Elles sont de toute façon enregistrées sur cet ordinateur et seront envoyées au prochain lancement d&apos;Engage Tasks.</translation>
    </message>
    <message>
        <source>Wait, Then Quit</source>
        <translation>Attendre, puis quitter</translation>
    </message>
    <message>
        <source>Quit Now</source>
        <translation>Quitter maintenant</translation>
    </message>
</context>
<context>
    <name>engage::RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Reprogrammer</translation>
    </message>
    <message>
        <source>Reschedule — %1</source>
        <translation>Reprogrammer — %1</translation>
    </message>
    <message>
        <source>Type any time; arrows step by 15 minutes</source>
        <translation>Saisissez une heure&#xa0;; les flèches avancent par pas de 15 minutes</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Votre heure</translation>
    </message>
    <message>
        <source>%1&apos;s time</source>
        <translation>Heure de %1</translation>
    </message>
    <message>
        <source>Quick picks</source>
        <translation>Choix rapides</translation>
    </message>
    <message>
        <source>Now due</source>
        <translation>Échéance actuelle</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <translation>%1 votre heure</translation>
    </message>
    <message>
        <source>%1 the contact&apos;s time (%2)</source>
        <translation>%1 heure du contact (%2)</translation>
    </message>
    <message>
        <source>%1 %2&apos;s time (%3)</source>
        <translation>%1 heure de %2 (%3)</translation>
    </message>
    <message>
        <source>Now due: %1 (overdue)</source>
        <translation>Échéance actuelle&#xa0;: %1 (en retard)</translation>
    </message>
    <message>
        <source>Now due: %1</source>
        <translation>Échéance actuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now due: no due date</source>
        <translation>Échéance actuelle&#xa0;: aucune</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <source>That time is skipped by a daylight-saving change — pick another</source>
        <translation>Cette heure n&apos;existe pas à cause du changement d&apos;heure — choisissez-en une autre</translation>
    </message>
    <message>
        <source>That time has passed — pick a later one</source>
        <translation>Cette heure est passée — choisissez-en une plus tardive</translation>
    </message>
    <message>
        <source>%1 · %2 for the contact</source>
        <translation>%1 · %2 pour le contact</translation>
    </message>
    <message>
        <source>%1 · %2 for %3</source>
        <translation>%1 · %2 pour %3</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>tomorrow 4pm, fri 9, in 2h, 5.12. 14:30 — or 1-4</source>
        <translation>demain 16h, ven 9h, dans 2 heures, 5.12. 14h30 — ou 1–4</translation>
    </message>
    <message>
        <source>Type a day, a time or both, in English, German or French</source>
        <translation>Saisissez un jour, une heure ou les deux, en anglais, en allemand ou en français</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>%1 — tomorrow: %2 has passed today</source>
        <translation>%1 — demain&#xa0;: %2 est déjà passé aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>engage::SameContactList</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::SessionCoordinator</name>
    <message>
        <source>No open task in this view to call</source>
        <translation>Aucune tâche ouverte à appeler dans cette vue</translation>
    </message>
    <message>
        <source>Nothing of this session to undo</source>
        <translation>Rien à annuler dans cette session</translation>
    </message>
</context>
<context>
    <name>engage::SessionSummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation>Résumé de la session</translation>
    </message>
    <message>
        <source>Every call of the session has an outcome.</source>
        <translation>Chaque appel de la session a un résultat.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>La session est terminée.</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Calls…</source>
        <translation>Appels du &amp;jour…</translation>
    </message>
    <message>
        <source>Calls: %1 of %2 · connected: %3</source>
        <translation>Appels&#xa0;: %1 sur %2 · joints&#xa0;: %3</translation>
    </message>
    <message>
        <source>Done: %1 · rescheduled: %2 · dismissed: %3</source>
        <translation>Terminées&#xa0;: %1 · reprogrammées&#xa0;: %2 · ignorées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Left without an outcome: %1 (press S to go on)</source>
        <translation>Laissés sans résultat&#xa0;: %1 (appuyez sur S pour continuer)</translation>
    </message>
    <message>
        <source>Time: %1 · per call: %2</source>
        <translation>Durée&#xa0;: %1 · par appel&#xa0;: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>engage::SessionView</name>
    <message>
        <source>Call session</source>
        <translation>Session d&apos;appels</translation>
    </message>
    <message>
        <source>Outcome, then the next call</source>
        <translation>Résultat, puis appel suivant</translation>
    </message>
    <message>
        <source>&amp;Note for the outcome (N)</source>
        <translation>&amp;Note pour le résultat (N)</translation>
    </message>
    <message>
        <source>What was said; Return to keep it</source>
        <translation>Ce qui a été dit&#xa0;; Return pour valider</translation>
    </message>
    <message>
        <source>C dials, 1 to 9 log an outcome, N adds a note, J skips, K goes back, P pauses, Esc ends the session.</source>
        <translation>C compose, 1 à 9 enregistrent un résultat, N ajoute une note, J passe à l&apos;appel suivant, K revient en arrière, P met en pause, Esc met fin à la session.</translation>
    </message>
</context>
<context>
    <name>engage::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>   or   </source>
        <comment>between two keys of one action</comment>
        <translation>   ou   </translation>
    </message>
    <message>
        <source>In Reschedule: pick a preset</source>
        <translation>Dans Reprogrammer&#xa0;: choix rapide</translation>
    </message>
    <message>
        <source>In Reschedule: apply / cancel</source>
        <translation>Dans Reprogrammer&#xa0;: appliquer / annuler</translation>
    </message>
    <message>
        <source>Return   /   Esc</source>
        <comment>the keys that apply and cancel</comment>
        <translation>Return   /   Esc</translation>
    </message>
</context>
<context>
    <name>engage::ShortcutsPage</name>
    <message>
        <source>   or   </source>
        <comment>between two keys of one action</comment>
        <translation>   ou   </translation>
    </message>
    <message>
        <source>&amp;No Key</source>
        <translation>&amp;Aucune touche</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Rétablir par défaut</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>Tout ré&amp;initialiser</translation>
    </message>
    <message>
        <source>&amp;Take It Over</source>
        <translation>&amp;Prendre cette touche</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Actions et leurs touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Touche&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is already %2. Choose another key, or take it over.</source>
        <translation>%1 est déjà attribuée à «&#xa0;%2&#xa0;». Choisissez une autre touche, ou prenez-la.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>engage::SingleInstance</name>
    <message>
        <source>Cannot create a lock file in %1: check that the folder is writable and that its disk has free space.</source>
        <translation>Impossible de créer un fichier de verrou dans %1&#xa0;: vérifiez que le dossier est accessible en écriture et que son disque a de l&apos;espace libre.</translation>
    </message>
</context>
<context>
    <name>engage::SyncEngine</name>
    <message>
        <source>Undo was not saved, so your change to %1 stands. %2</source>
        <translation>L&apos;annulation n&apos;a pas été enregistrée&#xa0;: votre modification de %1 est maintenue. %2</translation>
    </message>
    <message>
        <source>Your change to %1 was not saved, so it was not made. %2</source>
        <translation>Votre modification de %1 n&apos;a pas été enregistrée, elle n&apos;a donc pas été faite. %2</translation>
    </message>
    <message>
        <source>Sending again could not be noted on this computer.</source>
        <translation>Le renvoi n&apos;a pas pu être noté sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That a change went out could not be noted on this computer.</source>
        <translation>L&apos;envoi d&apos;une modification n&apos;a pas pu être noté sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Gong confirmed your change, but this computer could not note it.</source>
        <translation>Gong a confirmé votre modification, mais cet ordinateur n&apos;a pas pu le noter.</translation>
    </message>
    <message>
        <source>A task that left Gong could not be removed on this computer.</source>
        <translation>Une tâche disparue de Gong n&apos;a pas pu être supprimée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The task for %1 is no longer in Gong (deleted or closed elsewhere); it has left your list.</source>
        <translation>La tâche de %1 n&apos;est plus dans Gong (supprimée ou fermée ailleurs)&#xa0;; elle a quitté votre liste.</translation>
    </message>
    <message>
        <source>Gong&apos;s refusal could not be noted on this computer.</source>
        <translation>Le refus de Gong n&apos;a pas pu être noté sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A change that did not go out could not be noted.</source>
        <translation>Une modification non envoyée n&apos;a pas pu être notée.</translation>
    </message>
    <message>
        <source>The task list could not be saved on this computer; your changes are safe.</source>
        <translation>La liste des tâches n&apos;a pas pu être enregistrée sur cet ordinateur&#xa0;; vos modifications sont en sécurité.</translation>
    </message>
    <message>
        <source>Changed in Gong after you acted: %1. Keep your change, or take Gong&apos;s?</source>
        <translation>Modifiée dans Gong après votre action&#xa0;: %1. Garder votre modification, ou prendre celle de Gong&#xa0;?</translation>
    </message>
    <message>
        <source>A held change could not be noted on this computer.</source>
        <translation>Une modification en suspens n&apos;a pas pu être notée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>Taking %1 out of %2 was not saved, so it was not done. %3</source>
        <translation>Le retrait de %1 de %2 n&apos;a pas été enregistré, il n&apos;a donc pas été fait. %3</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>flow %1</translation>
    </message>
</context>
<context>
    <name>engage::TaskActions</name>
    <message>
        <source>Marked done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogrammé</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n task(s)</source>
        <translation>
            <numerusform>%1 · %n tâche</numerusform>
            <numerusform>%1 · %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source> · %1 stays out of %2 in Gong; add them back there</source>
        <translation> · %1 reste hors de %2 dans Gong&#xa0;; réintégrez le contact dans Gong</translation>
    </message>
    <message>
        <source>That task is no longer in your list.</source>
        <translation>Cette tâche n&apos;est plus dans votre liste.</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Appel enregistré</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>le contact</translation>
    </message>
    <message>
        <source>The outcome for %1 was not saved, so nothing was sent. %2</source>
        <translation>Le résultat pour %1 n&apos;a pas été enregistré&#xa0;: rien n&apos;a été envoyé. %2</translation>
    </message>
    <message>
        <source>Undo was not saved, so %1 stays marked opted out. %2</source>
        <translation>L&apos;annulation n&apos;a pas été enregistrée&#xa0;: %1 reste marqué comme désinscrit. %2</translation>
    </message>
    <message>
        <source>Undo was not saved completely: the call with %1 stays in the log. %2</source>
        <translation>L&apos;annulation n&apos;a pas été entièrement enregistrée&#xa0;: l&apos;appel avec %1 reste dans le journal. %2</translation>
    </message>
    <message>
        <source>%1 (partly saved)</source>
        <translation>%1 (enregistré en partie)</translation>
    </message>
</context>
<context>
    <name>engage::TaskListModel</name>
    <message>
        <source>no time zone</source>
        <translation>aucun fuseau horaire</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Change waiting to reach Gong</source>
        <translation>Modification en attente d&apos;envoi à Gong</translation>
    </message>
    <message>
        <source>Gong refused this change: %1</source>
        <translation>Gong a refusé cette modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>engage::TaskTable</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Your call tasks. J and K move, D marks done, R reschedules, S starts calling; press ? for every key.</source>
        <translation>Vos tâches d&apos;appel. J et K déplacent la sélection, D marque comme terminée, R reprogramme, S démarre les appels&#xa0;; appuyez sur ? pour voir toutes les touches.</translation>
    </message>
</context>
<context>
    <name>engage::TrayIcon</name>
    <message>
        <source>Show Engage Tasks</source>
        <translation>Afficher Engage Tasks</translation>
    </message>
    <message>
        <source>Start Calling</source>
        <translation>Démarrer les appels</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Next Call: %1</source>
        <translation>Prochain appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Call Due Now</source>
        <translation>Aucun appel à faire maintenant</translation>
    </message>
    <message>
        <source>Engage Tasks: no calls due now</source>
        <translation>Engage Tasks&#xa0;: aucun appel à faire maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Engage Tasks: %n call(s) due now</source>
        <translation>
            <numerusform>Engage Tasks&#xa0;: %n appel à passer maintenant</numerusform>
            <numerusform>Engage Tasks&#xa0;: %n appels à passer maintenant</numerusform>
        </translation>
    </message>
</context>
</TS>
