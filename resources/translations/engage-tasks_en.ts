<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
