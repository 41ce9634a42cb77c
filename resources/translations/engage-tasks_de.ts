<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source> Gong said: “%1”.</source>
        <translation> Gong meldet: “%1”.</translation>
    </message>
    <message>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <source>Gong refused the request as malformed (HTTP %1).</source>
        <translation>Gong hat die Anfrage als fehlerhaft abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Gong did not accept your credentials. Check the access key and secret, or the token, in Settings.</source>
        <translation>Gong hat Ihre Zugangsdaten nicht akzeptiert. Prüfen Sie Zugriffsschlüssel und Secret bzw. das Token in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Gong denied access: your key or account may lack the Engage tasks permission.</source>
        <translation>Gong hat den Zugriff verweigert: Ihrem Schlüssel oder Konto fehlt möglicherweise die Berechtigung für Engage-Aufgaben.</translation>
    </message>
    <message>
        <source>Gong no longer has this item; it may have been deleted or closed elsewhere.</source>
        <translation>Dieser Eintrag ist nicht mehr in Gong; er wurde möglicherweise an anderer Stelle gelöscht oder geschlossen.</translation>
    </message>
    <message>
        <source>Gong&apos;s rate limit was reached; trying again in %1.</source>
        <translation>Das Anfragelimit von Gong ist erreicht; neuer Versuch in %1.</translation>
    </message>
    <message>
        <source>Gong&apos;s rate limit was reached; trying again shortly.</source>
        <translation>Das Anfragelimit von Gong ist erreicht; neuer Versuch in Kürze.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3) instead of Gong&apos;s JSON: Gong, or a proxy on the way, has a problem. Your changes are kept and will be sent again.</source>
        <translation>%1 hat mit HTTP %2 (%3) statt mit dem JSON von Gong geantwortet: Gong oder ein Proxy auf dem Weg hat ein Problem. Ihre Änderungen bleiben erhalten und werden erneut gesendet.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>Gong had a problem on its side (HTTP %1). Your changes are kept and will be sent again.</source>
        <translation>Bei Gong ist ein Problem aufgetreten (HTTP %1). Ihre Änderungen bleiben erhalten und werden erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Your changes are kept and will be sent again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Ihre Änderungen bleiben erhalten und werden erneut gesendet.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check your network; your changes are kept.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie Ihre Netzwerkverbindung; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like Gong&apos;s API: it answered HTTP %2 with %3 instead of Gong&apos;s JSON. Check the API address in Settings (a wrong address, a Wi-Fi login page or a proxy can cause this). Your changes are kept and will be sent once Gong answers.</source>
        <translation>Der Server unter %1 scheint nicht die API von Gong zu sein: Er hat mit HTTP %2 und %3 statt mit dem JSON von Gong geantwortet. Prüfen Sie die API-Adresse in den Verbindungseinstellungen (eine falsche Adresse, eine WLAN-Anmeldeseite oder ein Proxy können die Ursache sein). Ihre Änderungen bleiben erhalten und werden gesendet, sobald Gong antwortet.</translation>
    </message>
    <message>
        <source>Gong&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Gong konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> (Gong request ID: %1)</source>
        <translation> (Gong-Anfrage-ID: %1)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB and was refused.</source>
        <translation>die Antwort ist größer als %1 MB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the answer (HTTP %1, %2) is not a JSON object.</source>
        <translation>die Antwort (HTTP %1, %2) ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1.</source>
        <translation>unerwarteter HTTP-Status %1.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>server name not found</source>
        <translation>Servername nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
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
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>CallCardData</name>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>This task is not part of a flow, so there is no call script.</source>
        <translation>Diese Aufgabe gehört zu keinem Flow, daher gibt es keinen Gesprächsleitfaden.</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>danach: %1</translation>
    </message>
    <message>
        <source>last step</source>
        <translation>letzter Schritt</translation>
    </message>
    <message>
        <source>The call script is on its way from Gong.</source>
        <translation>Der Gesprächsleitfaden wird gerade von Gong geladen.</translation>
    </message>
    <message>
        <source>This step has no call script.</source>
        <translation>Dieser Schritt hat keinen Gesprächsleitfaden.</translation>
    </message>
    <message>
        <source>No opportunity · account %1</source>
        <translation>Keine Verkaufschance · Account %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>Abschluss %1</translation>
    </message>
    <message>
        <source>%1 — cannot be dialled</source>
        <translation>%1 — nicht wählbar</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>no country code: dialled as written</source>
        <translation>keine Ländervorwahl: wird wie angegeben gewählt</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>No number that can be dialled</source>
        <translation>Keine wählbare Nummer</translation>
    </message>
    <message>
        <source>%1 opted out of calls. Dialling asks first.</source>
        <translation>%1 hat Anrufen widersprochen. Vor dem Wählen wird nachgefragt.</translation>
    </message>
    <message>
        <source>%1 asked not to be called (logged here; Gong&apos;s API cannot set it, so mark it on the contact in your CRM). Dialling asks first.</source>
        <translation>%1 möchte nicht angerufen werden (hier protokolliert; die API von Gong kann das nicht setzen, markieren Sie es daher beim Kontakt in Ihrem CRM). Vor dem Wählen wird nachgefragt.</translation>
    </message>
    <message>
        <source>Also for %1: %2</source>
        <translation>Auch für %1: %2</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Gong&apos;s list of call outcomes could not be read (not a JSON object).</source>
        <translation>Die Liste der Anrufergebnisse von Gong konnte nicht gelesen werden (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no list of call outcomes.</source>
        <translation>Die Antwort von Gong enthält keine Liste der Anrufergebnisse.</translation>
    </message>
    <message>
        <source>No voicemail</source>
        <translation>Keine Mailbox</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Auf Mailbox gesprochen</translation>
    </message>
    <message>
        <source>Not in service</source>
        <translation>Kein Anschluss</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Ungünstiger Zeitpunkt</translation>
    </message>
    <message>
        <source>Has a solution</source>
        <translation>Hat bereits eine Lösung</translation>
    </message>
    <message>
        <source>Bad persona</source>
        <translation>Falsche Zielperson</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Gave referral</source>
        <translation>Hat weiterempfohlen</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Opt-out</translation>
    </message>
</context>
<context>
    <name>CallingHours</name>
    <message>
        <source>%1 there</source>
        <translation>%1 Ortszeit</translation>
    </message>
    <message>
        <source>no time zone for this contact</source>
        <translation>keine Zeitzone für diesen Kontakt</translation>
    </message>
    <message>
        <source>%1 your time (no time zone for this contact)</source>
        <translation>%1 Ihre Zeit (keine Zeitzone für diesen Kontakt)</translation>
    </message>
    <message>
        <source>time zone not recognised</source>
        <translation>Zeitzone nicht erkannt</translation>
    </message>
    <message>
        <source>%1 your time (time zone not recognised)</source>
        <translation>%1 Ihre Zeit (Zeitzone nicht erkannt)</translation>
    </message>
    <message>
        <source>always callable</source>
        <translation>jederzeit anrufbar</translation>
    </message>
    <message>
        <source>good time</source>
        <translation>guter Zeitpunkt</translation>
    </message>
    <message>
        <source>outside calling hours</source>
        <translation>außerhalb der Anrufzeiten</translation>
    </message>
    <message>
        <source>outside calling hours (opens %1)</source>
        <translation>außerhalb der Anrufzeiten (ab %1)</translation>
    </message>
    <message>
        <source>opens %1 your time</source>
        <translation>ab %1 Ihre Zeit</translation>
    </message>
</context>
<context>
    <name>ConflictRule</name>
    <message>
        <source>it was closed in Gong</source>
        <translation>sie wurde in Gong geschlossen</translation>
    </message>
    <message>
        <source>Gong now says %1</source>
        <translation>Gong meldet jetzt %1</translation>
    </message>
    <message>
        <source>it was rescheduled in Gong to %1</source>
        <translation>sie wurde in Gong auf %1 verschoben</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Keychain error %1</source>
        <translation>Schlüsselbund-Fehler %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>No system keychain answered.</source>
        <translation>Kein System-Schlüsselbund hat geantwortet.</translation>
    </message>
    <message>
        <source>No system keychain answered: %1</source>
        <translation>Kein System-Schlüsselbund hat geantwortet: %1</translation>
    </message>
    <message>
        <source>The credentials saved in the system keychain could not be read; enter them again.</source>
        <translation>Die im System-Schlüsselbund gespeicherten Zugangsdaten konnten nicht gelesen werden; bitte geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>DatePhrase</name>
    <message>
        <source>Can&apos;t read “%1” as a date</source>
        <translation>“%1” lässt sich nicht als Datum lesen</translation>
    </message>
    <message>
        <source>Type a day, a time or both</source>
        <translation>Geben Sie einen Tag, eine Uhrzeit oder beides ein</translation>
    </message>
    <message>
        <source>That time is skipped by a daylight-saving change</source>
        <translation>Diese Uhrzeit entfällt durch die Zeitumstellung</translation>
    </message>
</context>
<context>
    <name>DayLog</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Removed from flow</source>
        <translation>Aus Flow entfernt</translation>
    </message>
    <message>
        <source>confirmed by Gong</source>
        <translation>von Gong bestätigt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>held: changed in Gong</source>
        <translation>zurückgehalten: in Gong geändert</translation>
    </message>
    <message>
        <source>gone from Gong</source>
        <translation>nicht mehr in Gong</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nichts zu senden</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, im Auftrag von %2</translation>
    </message>
</context>
<context>
    <name>DialNumber</name>
    <message>
        <source>ext. %1</source>
        <translation>Durchwahl %1</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue %1m</source>
        <translation>%1 min überfällig</translation>
    </message>
    <message>
        <source>Overdue %1h</source>
        <translation>%1 h überfällig</translation>
    </message>
    <message>
        <source>Overdue %1d</source>
        <translation>%1 Tg. überfällig</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
</context>
<context>
    <name>FlowExpiry</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n d</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowStep</name>
    <message>
        <source>Gong&apos;s flow steps could not be read (not a JSON object).</source>
        <translation>Die Flow-Schritte von Gong konnten nicht gelesen werden (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no list of flows.</source>
        <translation>Die Antwort von Gong enthält keine Liste der Flows.</translation>
    </message>
</context>
<context>
    <name>GongClient</name>
    <message>
        <source>This contact has no CRM id, so they cannot be taken out of the flow; nothing was sent to Gong.</source>
        <translation>Dieser Kontakt hat keine CRM-ID und kann daher nicht aus dem Flow genommen werden; es wurde nichts an Gong gesendet.</translation>
    </message>
    <message>
        <source>Gong&apos;s answer does not say which flows the contact left.</source>
        <translation>Die Antwort von Gong sagt nicht, aus welchen Flows der Kontakt entfernt wurde.</translation>
    </message>
</context>
<context>
    <name>GongConfig</name>
    <message>
        <source>The Gong API address is not a valid URL.</source>
        <translation>Die Gong-API-Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Gong API address must start with https:// (plain http is allowed only on this computer).</source>
        <translation>Die Gong-API-Adresse muss mit https:// beginnen (unverschlüsseltes http ist nur auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>Gong credentials are missing: an access key and secret, or a bearer token.</source>
        <translation>Gong-Zugangsdaten fehlen: ein Zugriffsschlüssel mit Secret oder ein Bearer-Token.</translation>
    </message>
</context>
<context>
    <name>OutcomePlan</name>
    <message>
        <source>Call logged</source>
        <translation>Anruf protokolliert</translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Nichts gesendet</translation>
    </message>
    <message>
        <source>%1 · logged</source>
        <translation>%1 · protokolliert</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Fällig %1 (%2)</translation>
    </message>
    <message>
        <source>contact&apos;s time</source>
        <translation>Zeit des Kontakts</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>%1 · due again %2 %3</source>
        <translation>%1 · wieder fällig %2 (%3)</translation>
    </message>
    <message>
        <source>their time</source>
        <translation>Zeit des Kontakts</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Als erledigt markiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>Flow %1</translation>
    </message>
    <message>
        <source>not in a flow, so no flow to leave</source>
        <translation>in keinem Flow, daher nichts zu entfernen</translation>
    </message>
    <message>
        <source>not removed from %1: the contact has no CRM id</source>
        <translation>nicht aus %1 entfernt: der Kontakt hat keine CRM-ID</translation>
    </message>
    <message>
        <source>removed from flow %1</source>
        <translation>aus Flow %1 entfernt</translation>
    </message>
    <message>
        <source>not marked opted out: the contact has no CRM id</source>
        <translation>nicht als Opt-out markiert: der Kontakt hat keine CRM-ID</translation>
    </message>
    <message>
        <source>opted out on this computer (mark it in Gong too)</source>
        <translation>Opt-out auf diesem Computer vermerkt (bitte auch in Gong markieren)</translation>
    </message>
</context>
<context>
    <name>ReschedulePresets</name>
    <message>
        <source>In 3 hours</source>
        <translation>In 3 Stunden</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Morgen 09:00</translation>
    </message>
    <message>
        <source>Next business day 09:00</source>
        <translation>Nächster Werktag 09:00</translation>
    </message>
    <message>
        <source>Next Monday 09:00</source>
        <translation>Nächster Montag 09:00</translation>
    </message>
</context>
<context>
    <name>SameContact</name>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
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
            <numerusform>+%n weitere Aufgabe für diesen Kontakt</numerusform>
            <numerusform>+%n weitere Aufgaben für diesen Kontakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionQueue</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
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
        <translation>Auf dem Datenträger mit %1 ist kein Speicherplatz mehr frei. Geben Sie dort Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Check that the disk is not read-only and that the folder and its files belong to you, then try again.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden. Prüfen Sie, ob der Datenträger beschreibbar ist und der Ordner und seine Dateien Ihnen gehören, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk that holds %1 reported an error (%2). Check the disk, then try again.</source>
        <translation>Der Datenträger mit %1 hat einen Fehler gemeldet (%2). Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Another program is using the task store in %1. Close it, then try again.</source>
        <translation>Ein anderes Programm verwendet den Aufgabenspeicher in %1. Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The task store in %1 could not be written (%2).</source>
        <translation>Der Aufgabenspeicher in %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The task store of an earlier version (%1) belongs to Gong user %2; it is kept for when that account is opened.</source>
        <translation>Der Aufgabenspeicher einer früheren Version (%1) gehört zum Gong-Benutzer %2; er wird aufbewahrt, bis dieses Konto geöffnet wird.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2; both are left as they are.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden; beide bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>TaskAccessibleText</name>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>%n Minute überfällig</numerusform>
            <numerusform>%n Minuten überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>%n Stunde überfällig</numerusform>
            <numerusform>%n Stunden überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today at %1</source>
        <translation>heute um %1 fällig</translation>
    </message>
    <message>
        <source>due tomorrow at %1</source>
        <translation>morgen um %1 fällig</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s), on %1 at %2</source>
        <translation>
            <numerusform>in %n Tag fällig, am %1 um %2</numerusform>
            <numerusform>in %n Tagen fällig, am %1 um %2</numerusform>
        </translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>%1 step %2</source>
        <translation>%1 Schritt %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>change waiting to reach Gong</source>
        <translation>Änderung wartet auf Übertragung an Gong</translation>
    </message>
    <message>
        <source>Gong refused the change</source>
        <translation>Gong hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>changed in Gong meanwhile, held for you to decide</source>
        <translation>inzwischen in Gong geändert, wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Call, no contact</source>
        <translation>Anrufen, kein Kontakt</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anrufen: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>outside calling hours, %1</source>
        <translation>außerhalb der Anrufzeiten, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>TaskCodec</name>
    <message>
        <source>Gong&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort von Gong ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Gong&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort von Gong ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no task list.</source>
        <translation>Die Antwort von Gong enthält keine Aufgabenliste.</translation>
    </message>
</context>
<context>
    <name>TaskFilter</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task store %1 cannot be opened now: %2</source>
        <translation>Der Aufgabenspeicher %1 kann gerade nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Engage Tasks (schema %1).</source>
        <translation>Die lokale Datenbank wurde von einer neueren Version von Engage Tasks geschrieben (Schema %1).</translation>
    </message>
    <message>
        <source>The local database %1 cannot be used (%2) nor moved aside.</source>
        <translation>Die lokale Datenbank %1 kann weder verwendet (%2) noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The local database could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation>Die lokale Datenbank konnte nicht gelesen werden (%1); sie wurde nach %2 verschoben und eine neue angelegt.</translation>
    </message>
</context>
<context>
    <name>UnassignRule</name>
    <message>
        <source>this key may not change flows (it needs api:flows:write)</source>
        <translation>dieser Schlüssel darf keine Flows ändern (er benötigt api:flows:write)</translation>
    </message>
    <message>
        <source>%1 (Gong request ID: %2)</source>
        <translation>%1 (Gong-Anfrage-ID: %2)</translation>
    </message>
    <message>
        <source>Gong did not let this key change flows (it needs api:flows:write), so %1 stays in %2. The task is done; remove them from the flow in Gong.</source>
        <translation>Gong hat diesem Schlüssel keine Änderung an Flows erlaubt (er benötigt api:flows:write), daher bleibt %1 in %2. Die Aufgabe ist erledigt; entfernen Sie den Kontakt in Gong aus dem Flow.</translation>
    </message>
    <message>
        <source>Gong did not take %1 out of %2, so they stay in it. The task is done. %3</source>
        <translation>Gong hat %1 nicht aus %2 entfernt, der Kontakt bleibt also darin. Die Aufgabe ist erledigt. %3</translation>
    </message>
</context>
<context>
    <name>engage::ActionRegistry</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected tasks done</source>
        <translation>Ausgewählte Aufgaben als erledigt markieren</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the selected tasks</source>
        <translation>Ausgewählte Aufgaben verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen the selected tasks</source>
        <translation>Ausgewählte Aufgaben wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Ver&amp;schieben…</translation>
    </message>
    <message>
        <source>Pick a new due date</source>
        <translation>Neues Fälligkeitsdatum wählen</translation>
    </message>
    <message>
        <source>Reschedule to Next Business &amp;Morning</source>
        <translation>Auf den nächsten Werktag&amp;morgen verschieben</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Send My Change Again (&amp;Keep Mine)</source>
        <translation>Meine Änderung erneut senden (Meine &amp;behalten)</translation>
    </message>
    <message>
        <source>Send the held change to Gong again</source>
        <translation>Zurückgehaltene Änderung erneut an Gong senden</translation>
    </message>
    <message>
        <source>Discard My Change (&amp;Take Gong&apos;s)</source>
        <translation>Meine Änderung verwerfen (Version von &amp;Gong übernehmen)</translation>
    </message>
    <message>
        <source>Drop the held change and show Gong&apos;s version</source>
        <translation>Zurückgehaltene Änderung verwerfen und die Version von Gong anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the task list from Gong</source>
        <translation>Aufgabenliste von Gong abrufen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>&amp;Next Task</source>
        <translation>&amp;Nächste Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Previous Task</source>
        <translation>&amp;Vorherige Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>Gong connection and credentials</source>
        <translation>Gong-Verbindung und Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;About Engage Tasks</source>
        <translation>Ü&amp;ber Engage Tasks</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Start Calling</source>
        <translation>Anrufe &amp;starten</translation>
    </message>
    <message>
        <source>Call the tasks of this view one by one</source>
        <translation>Die Aufgaben dieser Ansicht nacheinander anrufen</translation>
    </message>
    <message>
        <source>Start a &amp;New Session</source>
        <translation>&amp;Neue Anrufsitzung starten</translation>
    </message>
    <message>
        <source>Start over from the top of this view</source>
        <translation>Von vorn beginnen, ab der ersten Aufgabe dieser Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation>&amp;Wählen</translation>
    </message>
    <message>
        <source>Dial the contact&apos;s number</source>
        <translation>Nummer des Kontakts wählen</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation>Anrufergebnis %1</translation>
    </message>
    <message>
        <source>Add a &amp;Note</source>
        <translation>N&amp;otiz hinzufügen</translation>
    </message>
    <message>
        <source>Write a note to go with the outcome</source>
        <translation>Notiz zum Anrufergebnis schreiben</translation>
    </message>
    <message>
        <source>S&amp;kip to the Next Call</source>
        <translation>Anruf &amp;überspringen</translation>
    </message>
    <message>
        <source>Next task, with no change</source>
        <translation>Nächste Aufgabe, ohne Änderung</translation>
    </message>
    <message>
        <source>&amp;Back to the Previous Call</source>
        <translation>&amp;Zurück zum vorherigen Anruf</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop the session&apos;s clock</source>
        <translation>Sitzungszeit anhalten</translation>
    </message>
    <message>
        <source>&amp;End the Session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>End the session and see its summary</source>
        <translation>Sitzung beenden und Zusammenfassung anzeigen</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Calls…</source>
        <translation>&amp;Heutige Anrufe…</translation>
    </message>
    <message>
        <source>Every outcome and change of today</source>
        <translation>Alle Anrufergebnisse und Änderungen von heute</translation>
    </message>
    <message>
        <source>&amp;Export Day Log…</source>
        <translation>Tagesprotokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save today&apos;s calls and changes as a CSV file</source>
        <translation>Heutige Anrufe und Änderungen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Calling Settings…</source>
        <translation>&amp;Anrufeinstellungen…</translation>
    </message>
    <message>
        <source>Calling hours, retries and how to dial</source>
        <translation>Anrufzeiten, Wiederholungen und Wählmethode</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Language, appearance, the tray and start at login</source>
        <translation>Sprache, Darstellung, Infobereich und Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>An&amp;ruf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Log “%1” and go to the next call (%2)</source>
        <translation>“%1” protokollieren und zum nächsten Anruf (%2)</translation>
    </message>
    <message>
        <source>About Engage Tasks</source>
        <translation>Über Engage Tasks</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Engage Tasks %1&lt;/h3&gt;&lt;p&gt;Work your Gong Engage call tasks from the keyboard: mark done, dismiss, reschedule — and never lose a click.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Engage Tasks %1&lt;/h3&gt;&lt;p&gt;Bearbeiten Sie Ihre Gong-Engage-Anrufaufgaben per Tastatur: erledigen, verwerfen, verschieben — ohne einen Klick zu verschwenden.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Spread Over Days…</source>
        <translation>Auf &amp;Tage verteilen…</translation>
    </message>
    <message>
        <source>Spread the selected tasks over the next business days</source>
        <translation>Ausgewählte Aufgaben auf die nächsten Werktage verteilen</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Find an action, a view or a task by typing</source>
        <translation>Eine Aktion, eine Ansicht oder eine Aufgabe durch Eintippen finden</translation>
    </message>
    <message>
        <source>Co&amp;ver a Teammate…</source>
        <translation>&amp;Teammitglied vertreten…</translation>
    </message>
    <message>
        <source>Work another user&apos;s tasks, in a window of their own, on their behalf</source>
        <translation>Die Aufgaben eines anderen Benutzers in einem eigenen Fenster bearbeiten, in dessen Auftrag</translation>
    </message>
    <message>
        <source>Log “%1” and go to the next call</source>
        <translation>“%1” protokollieren und zum nächsten Anruf</translation>
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
        <translation>Fällig: gestern, 16:00 (überfällig)</translation>
    </message>
    <message>
        <source>Done: follow-up email sent</source>
        <translation>Erledigt: Nachfass-E-Mail gesendet</translation>
    </message>
    <message>
        <source>Gong refused the change</source>
        <translation>Gong hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>10:15 there, a good time to call</source>
        <translation>10:15 Ortszeit, guter Zeitpunkt für einen Anruf</translation>
    </message>
    <message>
        <source>Gong could not be reached.</source>
        <translation>Gong konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>Offline: 2 changes are waiting to be sent.</source>
        <translation>Offline: 2 Änderungen warten darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>Colours of the window and its lists:</source>
        <translation>Farben des Fensters und seiner Listen:</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>&amp;Wie der Desktop</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>Hell oder dunkel, wie im Desktop eingestellt</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Immer hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Immer dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>High contrast, for the strongest difference between text and background</source>
        <translation>Hoher Kontrast, für den stärksten Unterschied zwischen Text und Hintergrund</translation>
    </message>
    <message>
        <source>Preview of the chosen colours</source>
        <translation>Vorschau der gewählten Farben</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
</context>
<context>
    <name>engage::Application</name>
    <message>
        <source>Work your Gong Engage call tasks: mark done, dismiss, reschedule.

Credentials come from the keychain (set them in the app) or from the environment: GONG_ACCESS_KEY with GONG_ACCESS_KEY_SECRET, or GONG_BEARER_TOKEN; also GONG_BASE_URL and GONG_USER_ID.</source>
        <translation>Bearbeiten Sie Ihre Gong-Engage-Anrufaufgaben: erledigen, verwerfen, verschieben.

Die Zugangsdaten kommen aus dem Schlüsselbund (in der App festlegen) oder aus der Umgebung: GONG_ACCESS_KEY mit GONG_ACCESS_KEY_SECRET oder GONG_BEARER_TOKEN; außerdem GONG_BASE_URL und GONG_USER_ID.</translation>
    </message>
    <message>
        <source>Run against the built-in demo server; no Gong account needed.</source>
        <translation>Mit dem eingebauten Demo-Server arbeiten; kein Gong-Konto nötig.</translation>
    </message>
    <message>
        <source>Gong API address (default https://api.gong.io).</source>
        <translation>Gong-API-Adresse (Standard: https://api.gong.io).</translation>
    </message>
    <message>
        <source>Your Gong user id.</source>
        <translation>Ihre Gong-Benutzer-ID.</translation>
    </message>
    <message>
        <source>Only tasks in this Gong workspace.</source>
        <translation>Nur Aufgaben in diesem Gong-Workspace.</translation>
    </message>
    <message>
        <source>Keep settings, cache and journal in this folder.</source>
        <translation>Einstellungen, Cache und Journal in diesem Ordner ablegen.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Engage Tasks is already running for %1, but it does not answer. Close it (or end it in your system monitor), then start it again.</source>
        <translation>Engage Tasks läuft bereits für %1, reagiert aber nicht. Schließen Sie es (oder beenden Sie es in der Systemüberwachung) und starten Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>Der Demo-Server konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The other account&apos;s task store could not be opened: %1</source>
        <translation>Der Aufgabenspeicher des anderen Kontos konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Not connected to Gong yet: enter your API address, credentials and user id (File → Settings, Ctrl+,), or start with --demo to try the app.</source>
        <translation>Noch nicht mit Gong verbunden: Geben Sie API-Adresse, Zugangsdaten und Benutzer-ID ein (Datei → Verbindungseinstellungen, Ctrl+,) oder starten Sie mit --demo, um die App auszuprobieren.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>This is the built-in demo. To connect to your Gong account, start Engage Tasks without --demo.</source>
        <translation>Dies ist die eingebaute Demo. Um sich mit Ihrem Gong-Konto zu verbinden, starten Sie Engage Tasks ohne --demo.</translation>
    </message>
    <message>
        <source>Start in the tray (minimized where the desktop has no tray).</source>
        <translation>Im Infobereich starten (minimiert, wenn der Desktop keinen Infobereich hat).</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to Gong first (File → Settings): a teammate&apos;s queue is opened with your connection.</source>
        <translation>Verbinden Sie sich zuerst mit Gong (Datei → Verbindungseinstellungen): Die Aufgabenliste eines Teammitglieds wird über Ihre Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>%1&apos;s task store could not be opened: %2</source>
        <translation>Der Aufgabenspeicher von %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>engage::BacklogActions</name>
    <message>
        <source>Rescheduled · sending %1 of %2</source>
        <translation>Verschoben · %1 von %2 wird gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Rescheduled · %n task(s) in Gong</source>
        <translation>
            <numerusform>Verschoben · %n Aufgabe in Gong</numerusform>
            <numerusform>Verschoben · %n Aufgaben in Gong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::BacklogDialog</name>
    <message>
        <source>Spread Over Days</source>
        <translation>Auf Tage verteilen</translation>
    </message>
    <message>
        <source>Spread over the next business &amp;days:</source>
        <translation>Verteilen auf die nächsten &amp;Werktage:</translation>
    </message>
    <message>
        <source>At &amp;most a day:</source>
        <translation>&amp;Höchstens pro Tag:</translation>
    </message>
    <message>
        <source>Preview of the new due dates</source>
        <translation>Vorschau der neuen Fälligkeitsdaten</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), the oldest first, over the next %1; at most %2 on one day, each inside the contact&apos;s calling hours.</source>
        <translation>
            <numerusform>%n Aufgabe, verteilt auf die nächsten %1; höchstens %2 an einem Tag, innerhalb der Anrufzeiten des Kontakts.</numerusform>
            <numerusform>%n Aufgaben, die älteste zuerst, verteilt auf die nächsten %1; höchstens %2 an einem Tag, jeweils innerhalb der Anrufzeiten des Kontakts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Werktag</numerusform>
            <numerusform>%n Werktage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at %1 a day are too few, so the plan takes %2.</source>
        <translation>
            <numerusform>%n Tag mit %1 pro Tag reicht nicht, daher braucht der Plan %2.</numerusform>
            <numerusform>%n Tage mit %1 pro Tag reichen nicht, daher braucht der Plan %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The calling hours hold fewer a day, so the plan takes %1.</source>
        <translation>In die Anrufzeiten passen weniger pro Tag, daher braucht der Plan %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reschedule %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe &amp;verschieben</numerusform>
            <numerusform>%n Aufgaben &amp;verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::BacklogPreviewModel</name>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>no time zone: your hours</source>
        <translation>keine Zeitzone: Ihre Zeiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Aktuell fällig</translation>
    </message>
    <message>
        <source>New due (your time)</source>
        <translation>Neu fällig (Ihre Zeit)</translation>
    </message>
    <message>
        <source>New due (their time)</source>
        <translation>Neu fällig (Zeit des Kontakts)</translation>
    </message>
</context>
<context>
    <name>engage::CallCard</name>
    <message>
        <source>Open the contact in your CRM</source>
        <translation>Kontakt in Ihrem CRM öffnen</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Zu wählende Nummer</translation>
    </message>
    <message>
        <source>Contact&apos;s local time</source>
        <translation>Ortszeit des Kontakts</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>Number to dial (C)</source>
        <translation>Zu wählende Nummer (C)</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Last outcomes with this contact</source>
        <translation>Letzte Anrufergebnisse mit diesem Kontakt</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Weitere Nummern: %1</translation>
    </message>
    <message>
        <source>No flow</source>
        <translation>Kein Flow</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>None logged here yet</source>
        <translation>Hier noch keine protokolliert</translation>
    </message>
    <message>
        <source>Call card</source>
        <translation>Anrufkarte</translation>
    </message>
</context>
<context>
    <name>engage::CallCatalog</name>
    <message>
        <source>Showing Gong&apos;s default call outcomes: your API key may not read the company&apos;s (api:call-outcomes:read).</source>
        <translation>Es werden die Standard-Anrufergebnisse von Gong angezeigt: Ihr API-Schlüssel darf die Ihres Unternehmens möglicherweise nicht lesen (api:call-outcomes:read).</translation>
    </message>
    <message>
        <source>Showing Gong&apos;s default call outcomes until Gong can be reached.</source>
        <translation>Es werden die Standard-Anrufergebnisse von Gong angezeigt, bis Gong erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>engage::CallSession</name>
    <message>
        <source>Call anyway?</source>
        <translation>Trotzdem anrufen?</translation>
    </message>
    <message>
        <source>Gong&apos;s default outcomes (no connection to Gong)</source>
        <translation>Standard-Anrufergebnisse von Gong (keine Verbindung zu Gong)</translation>
    </message>
    <message>
        <source>No call script: %1</source>
        <translation>Kein Gesprächsleitfaden: %1</translation>
    </message>
    <message>
        <source>%1 opted out of calls. Call them anyway?</source>
        <translation>%1 hat Anrufen widersprochen. Trotzdem anrufen?</translation>
    </message>
    <message>
        <source>Not dialled: %1 opted out of calls.</source>
        <translation>Nicht gewählt: %1 hat Anrufen widersprochen.</translation>
    </message>
    <message>
        <source>Apply to every task?</source>
        <translation>Auf alle Aufgaben anwenden?</translation>
    </message>
    <message>
        <source>&amp;Remember my choice</source>
        <translation>Auswahl &amp;merken</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>den Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Apply “%1” to %2&apos;s %n other task(s) too?</source>
        <translation>
            <numerusform>Für %2 gibt es %n weitere Aufgabe. “%1” auch auf diese anwenden?</numerusform>
            <numerusform>Für %2 gibt es %n weitere Aufgaben. “%1” auch auf diese anwenden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::CallingSettingsDialog</name>
    <message>
        <source>Calling Settings</source>
        <translation>Anrufeinstellungen</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Anrufzeiten</translation>
    </message>
    <message>
        <source>Read on each contact&apos;s own clock, in their time zone.</source>
        <translation>Gilt nach der Uhr des jeweiligen Kontakts, in seiner Zeitzone.</translation>
    </message>
    <message>
        <source>Clo&amp;ses:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Use my time zone</source>
        <translation>Meine Zeitzone verwenden</translation>
    </message>
    <message>
        <source>Always callable</source>
        <translation>Jederzeit anrufbar</translation>
    </message>
    <message>
        <source>Contacts &amp;without a time zone:</source>
        <translation>Kontakte &amp;ohne Zeitzone:</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>When a call&apos;s outcome keeps the task open, it comes due again after this, moved into the contact&apos;s calling hours. Not connected: no answer, busy, voicemail.</source>
        <translation>Lässt ein Anrufergebnis die Aufgabe offen, wird sie nach dieser Zeit wieder fällig, verschoben in die Anrufzeiten des Kontakts. Nicht erreicht: keine Antwort, besetzt, Mailbox.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Not connected:</source>
        <translation>&amp;Nicht erreicht:</translation>
    </message>
    <message>
        <source>Not connected: try again after, in minutes</source>
        <translation>Nicht erreicht: erneut versuchen nach, in Minuten</translation>
    </message>
    <message>
        <source>&amp;Any other outcome:</source>
        <translation>&amp;Alle anderen Ergebnisse:</translation>
    </message>
    <message>
        <source>Any other outcome: try again after, in business days</source>
        <translation>Alle anderen Ergebnisse: erneut versuchen nach, in Werktagen</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Desktop phone app (tel: link)</source>
        <translation>Telefon-App des Desktops (tel:-Link)</translation>
    </message>
    <message>
        <source>callto: link</source>
        <translation>callto:-Link</translation>
    </message>
    <message>
        <source>SIP link</source>
        <translation>SIP-Link</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>pbx.example.com (empty: the softphone&apos;s own)</source>
        <translation>pbx.example.com (leer: der des Softphones)</translation>
    </message>
    <message>
        <source>SIP &amp;host:</source>
        <translation>SIP-&amp;Host:</translation>
    </message>
    <message>
        <source>Command &amp;template:</source>
        <translation>Be&amp;fehlsvorlage:</translation>
    </message>
    <message>
        <source>For example linphonec -c &quot;call {number}&quot;. {number} and {extension} are replaced (without {number}, the number goes last); it runs without a shell.</source>
        <translation>Zum Beispiel linphonec -c &quot;call {number}&quot;. {number} und {extension} werden ersetzt (ohne {number} kommt die Nummer ans Ende); der Befehl läuft ohne Shell.</translation>
    </message>
    <message>
        <source>Prefer number &amp;labels:</source>
        <translation>Bevorzugte Nummern-&amp;Labels:</translation>
    </message>
    <message>
        <source>Verified numbers first, then these labels in order.</source>
        <translation>Verifizierte Nummern zuerst, dann diese Labels in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Calling hours must open before they close: %1 is not before %2.</source>
        <translation>Die Anrufzeiten müssen beginnen, bevor sie enden: %1 liegt nicht vor %2.</translation>
    </message>
    <message>
        <source>Choose at least one day for calling.</source>
        <translation>Wählen Sie mindestens einen Tag für Anrufe.</translation>
    </message>
    <message>
        <source>Enter the command that dials, or choose another method.</source>
        <translation>Geben Sie den Befehl zum Wählen ein oder wählen Sie eine andere Methode.</translation>
    </message>
    <message>
        <source>The command must start with a program, not {number} or {extension}.</source>
        <translation>Der Befehl muss mit einem Programm beginnen, nicht mit {number} oder {extension}.</translation>
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
        <translation> Werktag später</translation>
    </message>
    <message>
        <source> business days later</source>
        <translation> Werktage später</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 Durchwahl %2</translation>
    </message>
    <message>
        <source>%1: nothing would be dialled</source>
        <translation>%1: es würde nichts gewählt</translation>
    </message>
    <message>
        <source>%1 dials %2</source>
        <translation>%1 wird als %2 gewählt</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> Tagen Überfälligkeit</translation>
    </message>
    <message>
        <source>Your company&apos;s flow to-do expiry in Gong: past it, Gong drops the contact from the flow</source>
        <translation>Die Ablauffrist Ihres Unternehmens für Flow-Aufgaben in Gong: danach entfernt Gong den Kontakt aus dem Flow</translation>
    </message>
    <message>
        <source>Flow to-dos e&amp;xpire after:</source>
        <translation>Flow-Aufgaben la&amp;ufen ab nach:</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Apply it to all of them</source>
        <translation>Auf alle anwenden</translation>
    </message>
    <message>
        <source>Only the task called</source>
        <translation>Nur auf die angerufene Aufgabe</translation>
    </message>
    <message>
        <source>Outcome, contact&apos;s other tas&amp;ks:</source>
        <translation>Ergebnis, weitere Aufgaben des &amp;Kontakts:</translation>
    </message>
</context>
<context>
    <name>engage::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command, a view or a task…</source>
        <translation>Befehl, Ansicht oder Aufgabe eingeben…</translation>
    </message>
    <message>
        <source>Command or task</source>
        <translation>Befehl oder Aufgabe</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>engage::ConnectDialog</name>
    <message>
        <source>Connected: no open call tasks</source>
        <translation>Verbunden: keine offenen Anrufaufgaben</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n open call task(s)</source>
        <translation>
            <numerusform>Verbunden: %n offene Anrufaufgabe</numerusform>
            <numerusform>Verbunden: %n offene Anrufaufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Gong</source>
        <translation>Mit Gong verbinden</translation>
    </message>
    <message>
        <source>Engage Tasks lists and updates your Gong Engage call tasks through Gong&apos;s API. Your Gong administrator can give you an API access key and secret, or a token. Secrets are kept in the system keychain, never in a file.</source>
        <translation>Engage Tasks zeigt und aktualisiert Ihre Gong-Engage-Anrufaufgaben über die API von Gong. Ihr Gong-Administrator kann Ihnen einen API-Zugriffsschlüssel mit Secret oder ein Token geben. Secrets werden im System-Schlüsselbund gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Gong API</source>
        <translation>Gong-API</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>Usually https://api.gong.io; your company may have its own. Plain http is allowed only on this computer.</source>
        <translation>Meist https://api.gong.io; Ihr Unternehmen hat eventuell eine eigene. Unverschlüsseltes http ist nur auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Access &amp;key + secret</source>
        <translation>&amp;Zugriffsschlüssel + Secret</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>&amp;Bearer-Token</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Access ke&amp;y:</source>
        <translation>Zugriffs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>Se&amp;cret:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Your Gong user</source>
        <translation>Ihr Gong-Benutzer</translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>&amp;Find my user ID</source>
        <translation>Benutzer-ID &amp;finden</translation>
    </message>
    <message>
        <source>Looks up the user with this email in Gong&apos;s user list and fills in the user ID.</source>
        <translation>Sucht den Benutzer mit dieser E-Mail-Adresse in der Benutzerliste von Gong und trägt die Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>Work &amp;email:</source>
        <translation>Geschäftliche &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Digits, e.g. from Find my user ID</source>
        <translation>Ziffern, z. B. über “Benutzer-ID finden”</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>Ben&amp;utzer-ID:</translation>
    </message>
    <message>
        <source>Optional: only this workspace&apos;s tasks</source>
        <translation>Optional: nur Aufgaben dieses Workspace</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>&amp;Workspace-ID:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Lists your open call tasks once, with these settings, without saving them.</source>
        <translation>Ruft Ihre offenen Anrufaufgaben einmal mit diesen Einstellungen ab, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>No system keychain answered; your secret is kept for this session only and will be asked again next time.</source>
        <translation>Kein System-Schlüsselbund hat geantwortet; Ihr Secret wird nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation>Geben Sie das Bearer-Token ein.</translation>
    </message>
    <message>
        <source>Enter the access key and its secret.</source>
        <translation>Geben Sie den Zugriffsschlüssel und sein Secret ein.</translation>
    </message>
    <message>
        <source>Enter the email address you use in Gong.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, die Sie in Gong verwenden.</translation>
    </message>
    <message>
        <source>Enter your Gong user ID, or your email and press Find my user ID.</source>
        <translation>Geben Sie Ihre Gong-Benutzer-ID ein oder Ihre E-Mail-Adresse und klicken Sie auf “Benutzer-ID finden”.</translation>
    </message>
    <message>
        <source>A Gong user ID is made of digits only.</source>
        <translation>Eine Gong-Benutzer-ID besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>A Gong workspace ID is made of digits only; leave it empty to see every workspace.</source>
        <translation>Eine Gong-Workspace-ID besteht nur aus Ziffern; lassen Sie das Feld leer, um alle Workspaces zu sehen.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>Found %1, user ID %2.</source>
        <translation>%1 gefunden, Benutzer-ID %2.</translation>
    </message>
    <message>
        <source> Gong lists this user as inactive.</source>
        <translation> Gong führt diesen Benutzer als inaktiv.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Saving your credentials in the system keychain…</source>
        <translation>Zugangsdaten werden im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
</context>
<context>
    <name>engage::ContactPanel</name>
    <message>
        <source>Unnamed contact</source>
        <translation>Unbenannter Kontakt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>⚠ Do not call: this contact opted out of calls</source>
        <translation>⚠ Nicht anrufen: Dieser Kontakt hat Anrufen widersprochen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>Wählen Sie eine Aufgabe, um zu sehen, wen Sie anrufen.</translation>
    </message>
    <message>
        <source>No contact on this task.</source>
        <translation>Diese Aufgabe hat keinen Kontakt.</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Weiterer Kontakt</translation>
    </message>
    <message>
        <source>← Back to %1</source>
        <translation>← Zurück zu %1</translation>
    </message>
    <message>
        <source>Opted out of %1</source>
        <translation>Opt-out für %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>View profile</source>
        <translation>Profil ansehen</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Im CRM öffnen</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Weitere Kontakte</translation>
    </message>
    <message>
        <source>%1 there · %2</source>
        <translation>%1 Ortszeit · %2</translation>
    </message>
</context>
<context>
    <name>engage::CoverBanner</name>
    <message>
        <source>You are working %1&apos;s queue — changes are made on their behalf</source>
        <translation>Sie bearbeiten die Aufgabenliste von %1 — Änderungen erfolgen im Auftrag von %1</translation>
    </message>
</context>
<context>
    <name>engage::CoverDialog</name>
    <message>
        <source>Cover a Teammate</source>
        <translation>Teammitglied vertreten</translation>
    </message>
    <message>
        <source>Open a colleague&apos;s task queue in a window of its own, to work it while they are out. Every change is made on their behalf.</source>
        <translation>Öffnet die Aufgabenliste eines Teammitglieds in einem eigenen Fenster, damit Sie sie während seiner Abwesenheit bearbeiten können. Jede Änderung erfolgt in seinem Auftrag.</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Teammate&apos;s work &amp;email:</source>
        <translation>Geschäftliche &amp;E-Mail-Adresse des Teammitglieds:</translation>
    </message>
    <message>
        <source>&amp;Open Their Queue</source>
        <translation>Aufgabenliste ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter your teammate&apos;s work email address.</source>
        <translation>Geben Sie die geschäftliche E-Mail-Adresse Ihres Teammitglieds ein.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>%1 is you: your own tasks are in your main window.</source>
        <translation>%1 sind Sie selbst: Ihre eigenen Aufgaben finden Sie in Ihrem Hauptfenster.</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
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
        <translation>Vertretung für %1</translation>
    </message>
</context>
<context>
    <name>engage::DayLogActions</name>
    <message>
        <source>Export day log</source>
        <translation>Tagesprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Day log saved to %1</source>
        <translation>Tagesprotokoll gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>engage::DayLogDialog</name>
    <message>
        <source>Today&apos;s calls and changes</source>
        <translation>Heutige Anrufe und Änderungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1 calls, %2 connected · outside calls: done %3, rescheduled %4, dismissed %5</source>
        <translation>%1 Anrufe, %2 erreicht · außerhalb von Anrufen: erledigt %3, verschoben %4, verworfen %5</translation>
    </message>
    <message>
        <source>The day log could not be written to %1: %2</source>
        <translation>Das Tagesprotokoll konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>engage::DesktopPage</name>
    <message>
        <source>&amp;Notify me when a timed call is due</source>
        <translation>&amp;Benachrichtigen, wenn ein Anruf mit Uhrzeit fällig wird</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Start Engage Tasks at login (in the tray)</source>
        <translation>Engage Tasks bei der Anmeldung &amp;starten (im Infobereich)</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so the window cannot be kept in the tray; started at login, Engage Tasks starts minimized.</source>
        <translation>Dieser Desktop zeigt keine Symbole im Infobereich, daher kann das Fenster nicht im Infobereich gehalten werden; wird Engage Tasks bei der Anmeldung gestartet, startet es minimiert.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Tray and Notifications</source>
        <translation>Infobereich und Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>engage::DetailForm</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <source>Not a link that can be opened safely.</source>
        <translation>Kein Link, der sicher geöffnet werden kann.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>engage::DetailPane</name>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
</context>
<context>
    <name>engage::Dialer</name>
    <message>
        <source>There is no number to dial.</source>
        <translation>Es gibt keine Nummer zum Wählen.</translation>
    </message>
    <message>
        <source>The dial command in Calling Settings is not usable</source>
        <translation>Der Wählbefehl in den Anrufeinstellungen ist nicht verwendbar</translation>
    </message>
    <message>
        <source>“%1” did not start</source>
        <translation>“%1” ließ sich nicht starten</translation>
    </message>
    <message>
        <source>Dialling %1 with %2</source>
        <translation>%1 wird mit %2 gewählt</translation>
    </message>
    <message>
        <source>Nothing on this desktop opens %1: links</source>
        <translation>Auf diesem Desktop öffnet nichts %1:-Links</translation>
    </message>
    <message>
        <source>The %1: handler did not start</source>
        <translation>Das Programm für %1:-Links ließ sich nicht starten</translation>
    </message>
    <message>
        <source>Dialling %1 through your %2: app</source>
        <translation>%1 wird über Ihre %2:-App gewählt</translation>
    </message>
    <message>
        <source>%1, so %2 is on the clipboard: paste it into your phone.</source>
        <extracomment>%1 is why nothing dialled, %2 the number</extracomment>
        <translation>%1, daher ist %2 in der Zwischenablage: Fügen Sie die Nummer in Ihr Telefon ein.</translation>
    </message>
</context>
<context>
    <name>engage::DueNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Jetzt %1 anrufen</translation>
    </message>
    <message>
        <source>%1 there</source>
        <translation>%1 Ortszeit</translation>
    </message>
</context>
<context>
    <name>engage::ExpiryGuard</name>
    <message>
        <source>Move past the expiry?</source>
        <translation>Über den Ablauf hinaus verschieben?</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>den Kontakt</translation>
    </message>
    <message>
        <source>This flow to-do expires on %1; moving it past then drops %2 from the flow in Gong. Move it anyway?</source>
        <translation>Diese Flow-Aufgabe läuft am %1 ab; wird sie über diesen Termin hinaus verschoben, entfernt Gong %2 aus dem Flow. Trotzdem verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these flow to-dos expire before then (the first on %1); moving them past then drops their contacts from their flows in Gong. Move them anyway?</source>
        <translation>
            <numerusform>%n dieser Flow-Aufgaben läuft vorher ab (am %1); wird sie über diesen Termin hinaus verschoben, entfernt Gong ihren Kontakt aus dem Flow. Trotzdem verschieben?</numerusform>
            <numerusform>%n dieser Flow-Aufgaben laufen vorher ab (die erste am %1); werden sie über diesen Termin hinaus verschoben, entfernt Gong ihre Kontakte aus ihren Flows. Trotzdem verschieben?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::FilterBar</name>
    <message>
        <source>Search contacts, companies, flows…  ( / )</source>
        <translation>Kontakte, Unternehmen, Flows suchen…  ( / )</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle Flows</translation>
    </message>
    <message>
        <source>Callable &amp;now</source>
        <translation>Jetzt a&amp;nrufbar</translation>
    </message>
    <message>
        <source>Show only tasks whose contact is inside calling hours now, in their own time zone (Alt+N)</source>
        <translation>Nur Aufgaben zeigen, deren Kontakt gerade innerhalb der Anrufzeiten ist, in seiner eigenen Zeitzone (Alt+N)</translation>
    </message>
    <message>
        <source>Callable now</source>
        <translation>Jetzt anrufbar</translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation>Flow %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Show tasks of this type</source>
        <translation>Aufgaben dieses Typs anzeigen</translation>
    </message>
    <message>
        <source>Show tasks of this flow</source>
        <translation>Aufgaben dieses Flows anzeigen</translation>
    </message>
    <message>
        <source>Show only flow to-dos about to expire or past their expiry, when Gong drops the contact from the flow (Alt+X)</source>
        <translation>Nur Flow-Aufgaben zeigen, die bald ablaufen oder abgelaufen sind – dann entfernt Gong den Kontakt aus dem Flow (Alt+L)</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Ablaufend</translation>
    </message>
    <message>
        <source>E&amp;xpiring  %1</source>
        <translation>Ab&amp;laufend  %1</translation>
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
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>Select a task to see its flow step.</source>
        <translation>Wählen Sie eine Aufgabe, um ihren Flow-Schritt zu sehen.</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Gewichtung %1</translation>
    </message>
    <message>
        <source>Priority weight %1</source>
        <translation>Prioritätsgewichtung %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>engage::GeneralPage</name>
    <message>
        <source>Follow the desktop (%1)</source>
        <translation>Wie der Desktop (%1)</translation>
    </message>
    <message>
        <source>Engage Tasks speaks the new language from its next start.</source>
        <translation>Engage Tasks verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>engage::GongClient</name>
    <message>
        <source>the network is shutting down</source>
        <translation>das Netzwerk wird heruntergefahren</translation>
    </message>
    <message>
        <source>Gong did not send back the updated task.</source>
        <translation>Gong hat die aktualisierte Aufgabe nicht zurückgesendet.</translation>
    </message>
    <message>
        <source>Gong&apos;s user list has no users array.</source>
        <translation>Die Benutzerliste von Gong enthält kein users-Array.</translation>
    </message>
    <message>
        <source>Gong&apos;s user list sent the same page twice; the search was stopped.</source>
        <translation>Die Benutzerliste von Gong hat dieselbe Seite zweimal gesendet; die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Gong&apos;s user list did not end after %1 pages; the search was stopped.</source>
        <translation>Die Benutzerliste von Gong endete nicht nach %1 Seiten; die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No Gong user has the email address %1.</source>
        <translation>Kein Gong-Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>engage::KeyRecorder</name>
    <message>
        <source>Press a key…</source>
        <translation>Taste drücken…</translation>
    </message>
    <message>
        <source>Record a Key</source>
        <translation>Taste aufnehmen</translation>
    </message>
    <message>
        <source>Record a key</source>
        <translation>Taste aufnehmen</translation>
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
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>engage::MessageBar</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Not connected to Gong</source>
        <translation>Nicht mit Gong verbunden</translation>
    </message>
    <message>
        <source>Not connected to Gong · %1 to send</source>
        <translation>Nicht mit Gong verbunden · %1 zu senden</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ Synchronisiert</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Waiting · %1 to send</source>
        <translation>Wartet · %1 zu senden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Änderung wartet</numerusform>
            <numerusform>Offline — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: check your credentials (Ctrl+,)</source>
        <translation>Pausiert: Prüfen Sie Ihre Zugangsdaten (Ctrl+,)</translation>
    </message>
    <message>
        <source> · as of %1</source>
        <translation> · Stand %1</translation>
    </message>
    <message>
        <source>The server at this address is not Gong&apos;s API</source>
        <translation>Der Server unter dieser Adresse ist nicht die API von Gong</translation>
    </message>
    <message>
        <source>Offline — Gong cannot be reached</source>
        <translation>Offline — Gong ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1; trying again by itself.</source>
        <translation>%1; neuer Versuch erfolgt automatisch.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n change(s) waiting; they are saved and will be sent by themselves.</source>
        <translation>
            <numerusform>%1 · %n Änderung wartet; sie ist gespeichert und wird automatisch gesendet.</numerusform>
            <numerusform>%1 · %n Änderungen warten; sie sind gespeichert und werden automatisch gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2 · %n call(s) to Gong today</source>
        <translation>
            <numerusform>%1%2 · heute %n API-Aufruf an Gong</numerusform>
            <numerusform>%1%2 · heute %n API-Aufrufe an Gong</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Copy the error</source>
        <translation>Fehler kopieren</translation>
    </message>
    <message>
        <source>Hide the error</source>
        <translation>Fehler ausblenden</translation>
    </message>
</context>
<context>
    <name>engage::OpportunityPanel</name>
    <message>
        <source>No opportunity on this task.</source>
        <translation>Diese Aufgabe hat keine Verkaufschance.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>No opportunity or account on this task.</source>
        <translation>Diese Aufgabe hat weder Verkaufschance noch Account.</translation>
    </message>
    <message>
        <source>Select a task to see its opportunity.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Verkaufschance zu sehen.</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Im CRM öffnen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>engage::PaletteController</name>
    <message>
        <source>View: %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
</context>
<context>
    <name>engage::PhoneLines</name>
    <message>
        <source>Verified number</source>
        <translation>Verifizierte Nummer</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>Durchwahl %1</translation>
    </message>
</context>
<context>
    <name>engage::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>engage::QuitGuard</name>
    <message numerus="yes">
        <source>Quitting once %n change(s) have reached Gong…</source>
        <translation>
            <numerusform>Beenden, sobald %n Änderung Gong erreicht hat…</numerusform>
            <numerusform>Beenden, sobald %n Änderungen Gong erreicht haben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not yet in Gong</source>
        <translation>Änderungen noch nicht in Gong</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached Gong yet.</source>
        <translation>
            <numerusform>%n Änderung hat Gong noch nicht erreicht.</numerusform>
            <numerusform>%n Änderungen haben Gong noch nicht erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved on this computer either way, and are sent the next time Engage Tasks starts.</source>
        <translation>Sie sind in jedem Fall auf diesem Computer gespeichert und werden beim nächsten Start von Engage Tasks gesendet.</translation>
    </message>
    <message>
        <source>Wait, Then Quit</source>
        <translation>Warten, dann beenden</translation>
    </message>
    <message>
        <source>Quit Now</source>
        <translation>Jetzt beenden</translation>
    </message>
</context>
<context>
    <name>engage::RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Reschedule — %1</source>
        <translation>Verschieben — %1</translation>
    </message>
    <message>
        <source>Type any time; arrows step by 15 minutes</source>
        <translation>Beliebige Uhrzeit eingeben; die Pfeiltasten ändern sie in 15-Minuten-Schritten</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>%1&apos;s time</source>
        <translation>Zeit von %1</translation>
    </message>
    <message>
        <source>Quick picks</source>
        <translation>Schnellauswahl</translation>
    </message>
    <message>
        <source>Now due</source>
        <translation>Aktuell fällig</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <translation>%1 Ihre Zeit</translation>
    </message>
    <message>
        <source>%1 the contact&apos;s time (%2)</source>
        <translation>%1 Zeit des Kontakts (%2)</translation>
    </message>
    <message>
        <source>%1 %2&apos;s time (%3)</source>
        <translation>%1 Zeit von %2 (%3)</translation>
    </message>
    <message>
        <source>Now due: %1 (overdue)</source>
        <translation>Aktuell fällig: %1 (überfällig)</translation>
    </message>
    <message>
        <source>Now due: %1</source>
        <translation>Aktuell fällig: %1</translation>
    </message>
    <message>
        <source>Now due: no due date</source>
        <translation>Aktuell fällig: kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <source>That time is skipped by a daylight-saving change — pick another</source>
        <translation>Diese Uhrzeit entfällt durch die Zeitumstellung — bitte eine andere wählen</translation>
    </message>
    <message>
        <source>That time has passed — pick a later one</source>
        <translation>Diese Uhrzeit ist vorbei — bitte eine spätere wählen</translation>
    </message>
    <message>
        <source>%1 · %2 for the contact</source>
        <translation>%1 · %2 beim Kontakt</translation>
    </message>
    <message>
        <source>%1 · %2 for %3</source>
        <translation>%1 · %2 bei %3</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Neues Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>tomorrow 4pm, fri 9, in 2h, 5.12. 14:30 — or 1-4</source>
        <translation>morgen 16 Uhr, Fr 9, in 2 Stunden, 5.12. 14:30 — oder 1–4</translation>
    </message>
    <message>
        <source>Type a day, a time or both, in English, German or French</source>
        <translation>Tag, Uhrzeit oder beides eingeben, auf Deutsch, Englisch oder Französisch</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>%1 — tomorrow: %2 has passed today</source>
        <translation>%1 — morgen: %2 ist heute schon vorbei</translation>
    </message>
</context>
<context>
    <name>engage::SameContactList</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::SessionCoordinator</name>
    <message>
        <source>No open task in this view to call</source>
        <translation>Keine offene Aufgabe zum Anrufen in dieser Ansicht</translation>
    </message>
    <message>
        <source>Nothing of this session to undo</source>
        <translation>In dieser Sitzung gibt es nichts rückgängig zu machen</translation>
    </message>
</context>
<context>
    <name>engage::SessionSummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <source>Every call of the session has an outcome.</source>
        <translation>Jeder Anruf der Sitzung hat ein Anrufergebnis.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Calls…</source>
        <translation>&amp;Heutige Anrufe…</translation>
    </message>
    <message>
        <source>Calls: %1 of %2 · connected: %3</source>
        <translation>Anrufe: %1 von %2 · erreicht: %3</translation>
    </message>
    <message>
        <source>Done: %1 · rescheduled: %2 · dismissed: %3</source>
        <translation>Erledigt: %1 · verschoben: %2 · verworfen: %3</translation>
    </message>
    <message>
        <source>Left without an outcome: %1 (press S to go on)</source>
        <translation>Ohne Anrufergebnis geblieben: %1 (S drücken, um weiterzumachen)</translation>
    </message>
    <message>
        <source>Time: %1 · per call: %2</source>
        <translation>Zeit: %1 · pro Anruf: %2</translation>
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
        <translation>Anrufsitzung</translation>
    </message>
    <message>
        <source>Outcome, then the next call</source>
        <translation>Anrufergebnis, dann der nächste Anruf</translation>
    </message>
    <message>
        <source>&amp;Note for the outcome (N)</source>
        <translation>&amp;Notiz zum Anrufergebnis (N)</translation>
    </message>
    <message>
        <source>What was said; Return to keep it</source>
        <translation>Was besprochen wurde; Return zum Übernehmen</translation>
    </message>
    <message>
        <source>C dials, 1 to 9 log an outcome, N adds a note, J skips, K goes back, P pauses, Esc ends the session.</source>
        <translation>C wählt, 1 bis 9 protokollieren ein Anrufergebnis, N fügt eine Notiz hinzu, J überspringt, K geht zurück, P pausiert, Esc beendet die Sitzung.</translation>
    </message>
</context>
<context>
    <name>engage::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>   or   </source>
        <comment>between two keys of one action</comment>
        <translation>   oder   </translation>
    </message>
    <message>
        <source>In Reschedule: pick a preset</source>
        <translation>Beim Verschieben: Vorgabe wählen</translation>
    </message>
    <message>
        <source>In Reschedule: apply / cancel</source>
        <translation>Beim Verschieben: übernehmen / abbrechen</translation>
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
        <translation>   oder   </translation>
    </message>
    <message>
        <source>&amp;No Key</source>
        <translation>&amp;Keine Taste</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>Alle &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Take It Over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Aktionen und ihre Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Taste:</translation>
    </message>
    <message>
        <source>%1 is already %2. Choose another key, or take it over.</source>
        <translation>%1 ist bereits für “%2” vergeben. Wählen Sie eine andere Taste oder übernehmen Sie sie.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>engage::SingleInstance</name>
    <message>
        <source>Cannot create a lock file in %1: check that the folder is writable and that its disk has free space.</source>
        <translation>In %1 kann keine Sperrdatei angelegt werden: Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger noch Platz frei ist.</translation>
    </message>
</context>
<context>
    <name>engage::SyncEngine</name>
    <message>
        <source>Undo was not saved, so your change to %1 stands. %2</source>
        <translation>Das Rückgängigmachen wurde nicht gespeichert, daher bleibt Ihre Änderung an %1 bestehen. %2</translation>
    </message>
    <message>
        <source>Your change to %1 was not saved, so it was not made. %2</source>
        <translation>Ihre Änderung an %1 wurde nicht gespeichert und daher nicht ausgeführt. %2</translation>
    </message>
    <message>
        <source>Sending again could not be noted on this computer.</source>
        <translation>Das erneute Senden konnte auf diesem Computer nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>That a change went out could not be noted on this computer.</source>
        <translation>Dass eine Änderung gesendet wurde, konnte auf diesem Computer nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>Gong confirmed your change, but this computer could not note it.</source>
        <translation>Gong hat Ihre Änderung bestätigt, aber dieser Computer konnte das nicht vermerken.</translation>
    </message>
    <message>
        <source>A task that left Gong could not be removed on this computer.</source>
        <translation>Eine Aufgabe, die es in Gong nicht mehr gibt, konnte auf diesem Computer nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The task for %1 is no longer in Gong (deleted or closed elsewhere); it has left your list.</source>
        <translation>Die Aufgabe für %1 ist nicht mehr in Gong (an anderer Stelle gelöscht oder geschlossen); sie wurde aus Ihrer Liste entfernt.</translation>
    </message>
    <message>
        <source>Gong&apos;s refusal could not be noted on this computer.</source>
        <translation>Die Ablehnung durch Gong konnte auf diesem Computer nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>A change that did not go out could not be noted.</source>
        <translation>Eine nicht gesendete Änderung konnte nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>The task list could not be saved on this computer; your changes are safe.</source>
        <translation>Die Aufgabenliste konnte auf diesem Computer nicht gespeichert werden; Ihre Änderungen sind sicher.</translation>
    </message>
    <message>
        <source>Changed in Gong after you acted: %1. Keep your change, or take Gong&apos;s?</source>
        <translation>Nach Ihrer Aktion in Gong geändert: %1. Ihre Änderung behalten oder die Version von Gong übernehmen?</translation>
    </message>
    <message>
        <source>A held change could not be noted on this computer.</source>
        <translation>Eine zurückgehaltene Änderung konnte auf diesem Computer nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Taking %1 out of %2 was not saved, so it was not done. %3</source>
        <translation>Das Entfernen von %1 aus %2 wurde nicht gespeichert und daher nicht ausgeführt. %3</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>Flow %1</translation>
    </message>
</context>
<context>
    <name>engage::TaskActions</name>
    <message>
        <source>Marked done</source>
        <translation>Als erledigt markiert</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n task(s)</source>
        <translation>
            <numerusform>%1 · %n Aufgabe</numerusform>
            <numerusform>%1 · %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source> · %1 stays out of %2 in Gong; add them back there</source>
        <translation> · %1 bleibt in Gong aus %2 entfernt; fügen Sie den Kontakt dort wieder hinzu</translation>
    </message>
    <message>
        <source>That task is no longer in your list.</source>
        <translation>Diese Aufgabe ist nicht mehr in Ihrer Liste.</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Anruf protokolliert</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>den Kontakt</translation>
    </message>
    <message>
        <source>The outcome for %1 was not saved, so nothing was sent. %2</source>
        <translation>Das Anrufergebnis für %1 wurde nicht gespeichert, daher wurde nichts gesendet. %2</translation>
    </message>
    <message>
        <source>Undo was not saved, so %1 stays marked opted out. %2</source>
        <translation>Das Rückgängigmachen wurde nicht gespeichert, daher bleibt das Opt-out für %1 vermerkt. %2</translation>
    </message>
    <message>
        <source>Undo was not saved completely: the call with %1 stays in the log. %2</source>
        <translation>Das Rückgängigmachen wurde nicht vollständig gespeichert: Der Anruf für %1 bleibt im Protokoll. %2</translation>
    </message>
    <message>
        <source>%1 (partly saved)</source>
        <translation>%1 (teilweise gespeichert)</translation>
    </message>
</context>
<context>
    <name>engage::TaskListModel</name>
    <message>
        <source>no time zone</source>
        <translation>keine Zeitzone</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Change waiting to reach Gong</source>
        <translation>Änderung wartet auf Übertragung an Gong</translation>
    </message>
    <message>
        <source>Gong refused this change: %1</source>
        <translation>Gong hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
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
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Your call tasks. J and K move, D marks done, R reschedules, S starts calling; press ? for every key.</source>
        <translation>Ihre Anrufaufgaben. J und K wechseln die Aufgabe, D markiert als erledigt, R verschiebt, S startet die Anrufe; ? zeigt alle Tasten.</translation>
    </message>
</context>
<context>
    <name>engage::TrayIcon</name>
    <message>
        <source>Show Engage Tasks</source>
        <translation>Engage Tasks anzeigen</translation>
    </message>
    <message>
        <source>Start Calling</source>
        <translation>Anrufe starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Next Call: %1</source>
        <translation>Nächster Anruf: %1</translation>
    </message>
    <message>
        <source>No Call Due Now</source>
        <translation>Jetzt kein Anruf fällig</translation>
    </message>
    <message>
        <source>Engage Tasks: no calls due now</source>
        <translation>Engage Tasks: jetzt keine Anrufe fällig</translation>
    </message>
    <message numerus="yes">
        <source>Engage Tasks: %n call(s) due now</source>
        <translation>
            <numerusform>Engage Tasks: %n Anruf jetzt fällig</numerusform>
            <numerusform>Engage Tasks: %n Anrufe jetzt fällig</numerusform>
        </translation>
    </message>
</context>
</TS>
