<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source> Gong said: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong refused the request as malformed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong did not accept your credentials. Check the access key and secret, or the token, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong denied access: your key or account may lack the Engage tasks permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong no longer has this item; it may have been deleted or closed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s rate limit was reached; trying again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s rate limit was reached; trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3) instead of Gong&apos;s JSON: Gong, or a proxy on the way, has a problem. Your changes are kept and will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong had a problem on its side (HTTP %1). Your changes are kept and will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Your changes are kept and will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check your network; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not look like Gong&apos;s API: it answered HTTP %2 with %3 instead of Gong&apos;s JSON. Check the API address in Settings (a wrong address, a Wi-Fi login page or a proxy can cause this). Your changes are kept and will be sent once Gong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Gong request ID: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer (HTTP %1, %2) is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppMain</name>
    <message>
        <source>Engage Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallCardData</name>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is not part of a flow, so there is no call script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call script is on its way from Gong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has no call script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opportunity · account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cannot be dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country code: dialled as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number that can be dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of calls. Dialling asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked not to be called (logged here; Gong&apos;s API cannot set it, so mark it on the contact in your CRM). Dialling asks first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Gong&apos;s list of call outcomes could not be read (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no list of call outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallingHours</name>
    <message>
        <source>%1 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 your time (no time zone for this contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 your time (time zone not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always callable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calling hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calling hours (opens %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens %1 your time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRule</name>
    <message>
        <source>it was closed in Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong now says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was rescheduled in Gong to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Keychain error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials saved in the system keychain could not be read; enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayLog</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held: changed in Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone from Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialNumber</name>
    <message>
        <source>ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowStep</name>
    <message>
        <source>Gong&apos;s flow steps could not be read (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no list of flows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GongClient</name>
    <message>
        <source>This contact has no CRM id, so they cannot be taken out of the flow; nothing was sent to Gong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s answer does not say which flows the contact left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GongConfig</name>
    <message>
        <source>The Gong API address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gong API address must start with https:// (plain http is allowed only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong credentials are missing: an access key and secret, or a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePlan</name>
    <message>
        <source>Call logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due again %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a flow, so no flow to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not removed from %1: the contact has no CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked opted out: the contact has no CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out on this computer (mark it in Gong too)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReschedulePresets</name>
    <message>
        <source>In 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next business day 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Monday 09:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionQueue</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>There is no space left on the disk that holds %1. Free some space there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Check that the disk is not read-only and that the folder and its files belong to you, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 reported an error (%2). Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the task store in %1. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task store in %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task store of an earlier version (%1) belongs to Gong user %2; it is kept for when that account is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2; both are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCodec</name>
    <message>
        <source>Gong&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s answer has no task list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskFilter</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task store %1 cannot be opened now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Engage Tasks (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 cannot be used (%2) nor moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnassignRule</name>
    <message>
        <source>this key may not change flows (it needs api:flows:write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Gong request ID: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong did not let this key change flows (it needs api:flows:write), so %1 stays in %2. The task is done; remove them from the flow in Gong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong did not take %1 out of %2, so they stay in it. The task is done. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ActionRegistry</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the selected tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a new due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule to Next Business &amp;Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send My Change Again (&amp;Keep Mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the held change to Gong again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard My Change (&amp;Take Gong&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the held change and show Gong&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the task list from Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong connection and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Engage Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the tasks of this view one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over from the top of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the contact&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note to go with the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip to the Next Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next task, with no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Previous Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session and see its summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome and change of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Day Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save today&apos;s calls and changes as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calling Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling hours, retries and how to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, appearance, the tray and start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log “%1” and go to the next call (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Engage Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Engage Tasks %1&lt;/h3&gt;&lt;p&gt;Work your Gong Engage call tasks from the keyboard: mark done, dismiss, reschedule — and never lose a click.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::Application</name>
    <message>
        <source>Work your Gong Engage call tasks: mark done, dismiss, reschedule.

Credentials come from the keychain (set them in the app) or from the environment: GONG_ACCESS_KEY with GONG_ACCESS_KEY_SECRET, or GONG_BEARER_TOKEN; also GONG_BASE_URL and GONG_USER_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in demo server; no Gong account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong API address (default https://api.gong.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Gong user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks in this Gong workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings, cache and journal in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Tasks is already running for %1, but it does not answer. Close it (or end it in your system monitor), then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Tasks — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Tasks — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Tasks — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other account&apos;s task store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Gong yet: enter your API address, credentials and user id (File → Settings, Ctrl+,), or start with --demo to try the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the built-in demo. To connect to your Gong account, start Engage Tasks without --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::CallCard</name>
    <message>
        <source>Open the contact in your CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to dial (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last outcomes with this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None logged here yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::CallCatalog</name>
    <message>
        <source>Showing Gong&apos;s default call outcomes: your API key may not read the company&apos;s (api:call-outcomes:read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing Gong&apos;s default call outcomes until Gong can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::CallSession</name>
    <message>
        <source>Call anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s default outcomes (no connection to Gong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of calls. Call them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dialled: %1 opted out of calls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::CallingSettingsDialog</name>
    <message>
        <source>Calling Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on each contact&apos;s own clock, in their time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;ses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always callable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts &amp;without a time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a call&apos;s outcome keeps the task open, it comes due again after this, moved into the contact&apos;s calling hours. Not connected: no answer, busy, voicemail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not connected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: try again after, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Any other outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other outcome: try again after, in business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop phone app (tel: link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callto: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pbx.example.com (empty: the softphone&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example linphonec -c &quot;call {number}&quot;. {number} and {extension} are replaced (without {number}, the number goes last); it runs without a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer number &amp;labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified numbers first, then these labels in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling hours must open before they close: %1 is not before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day for calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that dials, or choose another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command must start with a program, not {number} or {extension}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing would be dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dials %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ConnectDialog</name>
    <message>
        <source>Connected: no open call tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n open call task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Tasks lists and updates your Gong Engage call tasks through Gong&apos;s API. Your Gong administrator can give you an API access key and secret, or a token. Secrets are kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually https://api.gong.io; your company may have its own. Plain http is allowed only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key + secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Gong user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find my user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up the user with this email in Gong&apos;s user list and fills in the user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, e.g. from Find my user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only this workspace&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists your open call tasks once, with these settings, without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered; your secret is kept for this session only and will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address you use in Gong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Gong user ID, or your email and press Find my user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gong user ID is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gong workspace ID is made of digits only; leave it empty to see every workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1, user ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Gong lists this user as inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your credentials in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ContactPanel</name>
    <message>
        <source>Unnamed contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Do not call: this contact opted out of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see who to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact on this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 there · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::DayLogActions</name>
    <message>
        <source>Export day log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day log saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::DayLogDialog</name>
    <message>
        <source>Today&apos;s calls and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls, %2 connected · outside calls: done %3, rescheduled %4, dismissed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day log could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::DetailForm</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a link that can be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::Dialer</name>
    <message>
        <source>There is no number to dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dial command in Calling Settings is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this desktop opens %1: links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1: handler did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling %1 through your %2: app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so %2 is on the clipboard: paste it into your phone.</source>
        <extracomment>%1 is why nothing dialled, %2 the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::FilterBar</name>
    <message>
        <source>Search contacts, companies, flows…  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callable &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tasks whose contact is inside calling hours now, in their own time zone (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callable now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::FlowPanel</name>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its flow step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::GongClient</name>
    <message>
        <source>the network is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong did not send back the updated task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s user list has no users array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s user list sent the same page twice; the search was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s user list did not end after %1 pages; the search was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Gong user has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::MainWindow</name>
    <message>
        <source>Engage Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::MessageBar</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Gong · %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting · %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: check your credentials (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at this address is not Gong&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — Gong cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n change(s) waiting; they are saved and will be sent by themselves.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2 · %n call(s) to Gong today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::OpportunityPanel</name>
    <message>
        <source>No opportunity on this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opportunity or account on this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::QuitGuard</name>
    <message numerus="yes">
        <source>Quitting once %n change(s) have reached Gong…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not yet in Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached Gong yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved on this computer either way, and are sent the next time Engage Tasks starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Then Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any time; arrows step by 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the contact&apos;s time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2&apos;s time (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now due: %1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now due: no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is skipped by a daylight-saving change — pick another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed — pick a later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 for the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::SessionCoordinator</name>
    <message>
        <source>No open task in this view to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this session to undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::SessionSummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call of the session has an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1 of %2 · connected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 · rescheduled: %2 · dismissed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left without an outcome: %1 (press S to go on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 · per call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::SessionView</name>
    <message>
        <source>Call session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome, then the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the outcome (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said; Return to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   or   </source>
        <comment>between two keys of one action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Reschedule: pick a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Reschedule: apply / cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return   /   Esc</source>
        <comment>the keys that apply and cancel</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::SingleInstance</name>
    <message>
        <source>Cannot create a lock file in %1: check that the folder is writable and that its disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::SyncEngine</name>
    <message>
        <source>Undo was not saved, so your change to %1 stands. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to %1 was not saved, so it was not made. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again could not be noted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That a change went out could not be noted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong confirmed your change, but this computer could not note it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task that left Gong could not be removed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task for %1 is no longer in Gong (deleted or closed elsewhere); it has left your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong&apos;s refusal could not be noted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that did not go out could not be noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list could not be saved on this computer; your changes are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Gong after you acted: %1. Keep your change, or take Gong&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held change could not be noted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking %1 out of %2 was not saved, so it was not done. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::TaskActions</name>
    <message>
        <source>Marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 stays out of %2 in Gong; add them back there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That task is no longer in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome for %1 was not saved, so nothing was sent. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo was not saved, so %1 stays marked opted out. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo was not saved completely: the call with %1 stays in the log. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partly saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::TaskListModel</name>
    <message>
        <source>no time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change waiting to reach Gong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gong refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
