<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowExpiry</name>
    <message numerus="yes">
        <source>expires in %n d</source>
        <translation>
            <numerusform>expires in %n d</numerusform>
            <numerusform>expires in %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SameContact</name>
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
            <numerusform>+%n more for this contact</numerusform>
            <numerusform>+%n more for this contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskAccessibleText</name>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>overdue %n minute</numerusform>
            <numerusform>overdue %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>overdue %n hour</numerusform>
            <numerusform>overdue %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s), on %1 at %2</source>
        <translation>
            <numerusform>due in %n day, on %1 at %2</numerusform>
            <numerusform>due in %n days, on %1 at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::BacklogActions</name>
    <message numerus="yes">
        <source>Rescheduled · %n task(s) in Gong</source>
        <translation>
            <numerusform>Rescheduled · %n task in Gong</numerusform>
            <numerusform>Rescheduled · %n tasks in Gong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::BacklogDialog</name>
    <message numerus="yes">
        <source>%n task(s), the oldest first, over the next %1; at most %2 on one day, each inside the contact&apos;s calling hours.</source>
        <translation>
            <numerusform>%n task, over the next %1; at most %2 on one day, inside the contact&apos;s calling hours.</numerusform>
            <numerusform>%n tasks, the oldest first, over the next %1; at most %2 on one day, each inside the contact&apos;s calling hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at %1 a day are too few, so the plan takes %2.</source>
        <translation>
            <numerusform>%n day at %1 a day is too few, so the plan takes %2.</numerusform>
            <numerusform>%n days at %1 a day are too few, so the plan takes %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reschedule %n task(s)</source>
        <translation>
            <numerusform>&amp;Reschedule %n task</numerusform>
            <numerusform>&amp;Reschedule %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::CallSession</name>
    <message numerus="yes">
        <source>Apply “%1” to %2&apos;s %n other task(s) too?</source>
        <translation>
            <numerusform>Apply “%1” to %2&apos;s other task too?</numerusform>
            <numerusform>Apply “%1” to %2&apos;s %n other tasks too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::ConnectDialog</name>
    <message numerus="yes">
        <source>Connected: %n open call task(s)</source>
        <translation>
            <numerusform>Connected: %n open call task</numerusform>
            <numerusform>Connected: %n open call tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::ExpiryGuard</name>
    <message numerus="yes">
        <source>%n of these flow to-dos expire before then (the first on %1); moving them past then drops their contacts from their flows in Gong. Move them anyway?</source>
        <translation>
            <numerusform>This flow to-do expires before then (on %1); moving it past then drops its contact from the flow in Gong. Move it anyway?</numerusform>
            <numerusform>%n of these flow to-dos expire before then (the first on %1); moving them past then drops their contacts from their flows in Gong. Move them anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::MessageBar</name>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n change(s) waiting; they are saved and will be sent by themselves.</source>
        <translation>
            <numerusform>%1 · %n change waiting; it is saved and will be sent by itself.</numerusform>
            <numerusform>%1 · %n changes waiting; they are saved and will be sent by themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2 · %n call(s) to Gong today</source>
        <translation>
            <numerusform>%1%2 · %n call to Gong today</numerusform>
            <numerusform>%1%2 · %n calls to Gong today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::QuitGuard</name>
    <message numerus="yes">
        <source>Quitting once %n change(s) have reached Gong…</source>
        <translation>
            <numerusform>Quitting once %n change has reached Gong…</numerusform>
            <numerusform>Quitting once %n changes have reached Gong…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached Gong yet.</source>
        <translation>
            <numerusform>%n change has not reached Gong yet.</numerusform>
            <numerusform>%n changes have not reached Gong yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::SameContactList</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::TaskActions</name>
    <message numerus="yes">
        <source>%1 · %n task(s)</source>
        <translation>
            <numerusform>%1 · %n task</numerusform>
            <numerusform>%1 · %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::TrayIcon</name>
    <message numerus="yes">
        <source>Engage Tasks: %n call(s) due now</source>
        <translation>
            <numerusform>Engage Tasks: %n call due now</numerusform>
            <numerusform>Engage Tasks: %n calls due now</numerusform>
        </translation>
    </message>
</context>
</TS>
