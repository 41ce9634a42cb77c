// Due-call notifications against a fake notification server (python3-dbusmock's template) on a
// private session bus (tests/with-notifications.sh), with the real window, engine and sandbox
// over loopback: one notification per task and due time, its actions, and what they send Gong.
#include "DialLog.h"
#include "WindowRig.h"
#include "core/CallSettings.h"
#include "sandbox/DemoData.h"
#include "ui/DesktopIntegration.h"
#include "ui/DesktopNotifications.h"
#include "ui/DueNotifier.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>

using namespace engage;

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString MockInterface = QStringLiteral("org.freedesktop.DBus.Mock");

Task callTask(qint64 id, const char *first, const char *company, const char *zone,
              const char *phone, const QDateTime &due)
{
    Task t;
    t.id = id;
    t.userId = DemoData::RepUserId;
    t.status = TaskStatus::Open;
    t.type = TaskType::Manual;
    t.title = QStringLiteral("Call back");
    t.created = t.updated = due.addDays(-3);
    t.dueDate = due;
    Contact c;
    c.crmId = QStringLiteral("003C%1").arg(id);
    c.firstName = QString::fromLatin1(first);
    c.lastName = QStringLiteral("Tester");
    c.companyName = QString::fromLatin1(company);
    c.timezone = QString::fromLatin1(zone);
    c.phoneNumbers << PhoneNumber{QString::fromLatin1(phone), {},  {}, QString::fromLatin1(phone),
                                  QStringLiteral("mobile"),   true};
    t.contact = c;
    return t;
}

QList<RecordedRequest> patchesOf(const Rig &rig, qint64 taskId)
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : rig.patches())
        if (r.path.endsWith(QString::number(taskId)))
            out << r;
    return out;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

    QProcess daemon;
    std::unique_ptr<Rig> rig;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<DesktopIntegration> desktop;
    DialLog dialLog;

    static QDBusConnection bus() { return QDBusConnection::sessionBus(); }
    static bool serverOnBus() { return bus().interface()->isServiceRegistered(Service).value(); }

    // The fake server, with these capabilities (the template's default lacks "actions").
    bool startDaemon(const QString &capabilities)
    {
        const QString python = qEnvironmentVariable("ENGAGE_DBUSMOCK_PYTHON");
        daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        daemon.start(python.isEmpty() ? QStringLiteral("/usr/bin/python3") : python,
                     {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--session"),
                      QStringLiteral("-t"), QStringLiteral("notification_daemon"),
                      QStringLiteral("-p"),
                      QStringLiteral("{\"capabilities\": \"%1\"}").arg(capabilities)});
        return daemon.waitForStarted() && QTest::qWaitFor(serverOnBus, 15000);
    }
    void stopDaemon()
    {
        if (daemon.state() == QProcess::NotRunning)
            return;
        daemon.terminate();
        daemon.waitForFinished(5000);
        if (!QTest::qWaitFor([] { return !serverOnBus(); }, 5000))
            qWarning("the fake notification server is still on the bus");
    }

    // Anna's call is due in 50 s; Ben's in three hours; Cleo's was due yesterday.
    bool startRig()
    {
        rig = std::make_unique<Rig>();
        const QDateTime now = rig->clock.now();
        if (!rig->start([now](SandboxServer &server) {
                server.setTasks({callTask(7001, "Anna", "Northwind Traders", "Europe/London",
                                          "+442012345601", now.addSecs(50)),
                                 callTask(7002, "Ben", "Contoso", "Europe/Berlin", "+493012345602",
                                          now.addSecs(3 * 3600)),
                                 callTask(7003, "Cleo", "Fabrikam", "Europe/Berlin",
                                          "+493012345603", now.addDays(-1))});
            }))
            return false;
        dialLog = DialLog(QDir(rig->dir.path()));
        rig->window->setCallSettings(dialLog.settings());
        settings = std::make_unique<QSettings>(rig->dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        desktop = std::make_unique<DesktopIntegration>(
            rig->window.get(), rig->sync.get(), rig->actions.get(), rig->clock, settings.get());
        return true;
    }

    // Every call of `method` the fake server was sent: its arguments each.
    static QList<QVariantList> callsOf(const QString &method)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, MockInterface,
                                                           QStringLiteral("GetMethodCalls"));
        call << method;
        const QDBusMessage reply = bus().call(call);
        QList<QVariantList> out;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return out;
        const QDBusArgument calls = reply.arguments().constFirst().value<QDBusArgument>();
        calls.beginArray();
        while (!calls.atEnd()) {
            qulonglong when = 0;
            QVariantList args;
            calls.beginStructure();
            calls >> when >> args;
            calls.endStructure();
            out << args;
        }
        calls.endArray();
        return out;
    }
    // Every Notify: its eight arguments each.
    static QList<QVariantList> notifyCalls() { return callsOf(QStringLiteral("Notify")); }
    // The ids the app asked the server to close.
    static QList<uint> closeCalls()
    {
        QList<uint> ids;
        for (const QVariantList &args : callsOf(QStringLiteral("CloseNotification")))
            if (!args.isEmpty())
                ids << args.constFirst().toUInt();
        return ids;
    }
    // The rep clicks an action's button.
    static void invoke(uint id, const QString &key)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, MockInterface,
                                                           QStringLiteral("EmitSignal"));
        call << Service << QStringLiteral("ActionInvoked") << QStringLiteral("us")
             << QVariantList{QVariant::fromValue(id), key};
        QCOMPARE(bus().call(call).type(), QDBusMessage::ReplyMessage);
    }
    // The id of the first notification, once it was shown.
    uint firstNotification()
    {
        QSignalSpy shown(desktop->notifier(), &DueNotifier::notified);
        if (!shown.wait(5000) && shown.isEmpty())
            return 0;
        return shown.constFirst().at(1).toUInt();
    }
    QStringList dialled() const { return dialLog.dialled(); }

private slots:
    void initTestCase()
    {
        if (!bus().isConnected())
            QSKIP("no session bus: run under tests/with-notifications.sh");
    }
    void cleanup()
    {
        desktop.reset();
        settings.reset();
        rig.reset();
        stopDaemon();
    }

    void aCallComingDueNotifiesOnceWithItsActions()
    {
        QVERIFY(startDaemon(QStringLiteral("body actions persistence")));
        QVERIFY(startRig());
        QTRY_COMPARE(notifyCalls().size(), 1);
        const QVariantList args = notifyCalls().constFirst();
        QCOMPARE(args.size(), 8);
        QCOMPARE(args.at(0).toString(), QStringLiteral("Engage Tasks"));
        QCOMPARE(args.at(2).toString(), QStringLiteral("io.github.engagetasks.EngageTasks"));
        QCOMPARE(args.at(3).toString(), QStringLiteral("Call Anna Tester now"));
        // London is on UTC in November: 13:00 there.
        QCOMPARE(args.at(4).toString(), QStringLiteral("Northwind Traders · 13:00 there"));
        QCOMPARE(args.at(5).toStringList(),
                 (QStringList{QStringLiteral("default"), QStringLiteral("Show"),
                              QStringLiteral("call"), QStringLiteral("Call"),
                              QStringLiteral("snooze"), QStringLiteral("Snooze 10 min"),
                              QStringLiteral("done"), QStringLiteral("Done")}));
        QVariantMap hints;
        args.at(6).value<QDBusArgument>() >> hints;
        QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.engagetasks.EngageTasks"));
        QCOMPARE(hints.value(QStringLiteral("urgency")).metaType().id(), int(QMetaType::UChar));
        QCOMPARE(hints.value(QStringLiteral("urgency")).toInt(), 1);

        // A refresh, a later look, the task's own due time passing: no second notification.
        QSignalSpy refreshed(rig->sync.get(), &SyncEngine::refreshSucceeded);
        rig->sync->refresh();
        QVERIFY(refreshed.wait(5000));
        rig->clock.advanceSecs(60);
        desktop->notifier()->check();
        QTest::qWait(300);
        QCOMPARE(notifyCalls().size(), 1);
    }

    void doneMarksTheTaskDoneInGong()
    {
        QVERIFY(startDaemon(QStringLiteral("body actions")));
        QVERIFY(startRig());
        const uint id = firstNotification();
        QVERIFY(id != 0);
        invoke(id, QStringLiteral("done"));
        QTRY_COMPARE(patchesOf(*rig, 7001).size(), 1);
        QCOMPARE(jsonOf(patchesOf(*rig, 7001).constFirst().body).value(QStringLiteral("status")),
                 QStringLiteral("DONE"));
        QCOMPARE(rig->sync->task(7001)->status, TaskStatus::Done);
        // Nothing was sent for the other tasks.
        QCOMPARE(rig->patches().size(), 1);
    }

    void snoozeReschedulesTenMinutesAndNotifiesAgainThen()
    {
        QVERIFY(startDaemon(QStringLiteral("body actions")));
        QVERIFY(startRig());
        const uint id = firstNotification();
        QVERIFY(id != 0);
        const QDateTime expected = rig->clock.now().addSecs(10 * 60);
        invoke(id, QStringLiteral("snooze"));
        QTRY_COMPARE(patchesOf(*rig, 7001).size(), 1);
        const QJsonObject body = jsonOf(patchesOf(*rig, 7001).constFirst().body);
        QCOMPARE(
            QDateTime::fromString(body.value(QStringLiteral("dueDate")).toString(), Qt::ISODate),
            expected);
        QCOMPARE(rig->sync->task(7001)->status, TaskStatus::Open);
        QCOMPARE(notifyCalls().size(), 1);
        // Ten minutes on, the call comes due at its new time: a new notification.
        rig->clock.advanceSecs(10 * 60 - 30);
        desktop->notifier()->check();
        QTRY_COMPARE(notifyCalls().size(), 2);
        QCOMPARE(notifyCalls().at(1).at(3).toString(), QStringLiteral("Call Anna Tester now"));
    }

    // The rep moved the task in the window after the notification came: the notification is
    // withdrawn, and a click on it where the desktop kept it (its history) changes nothing.
    void aStaleNotificationIsWithdrawnAndActsNoMore()
    {
        QVERIFY(startDaemon(QStringLiteral("body actions")));
        QVERIFY(startRig());
        const uint id = firstNotification();
        QVERIFY(id != 0);
        const QDateTime tomorrow = rig->clock.now().addDays(1).toUTC();
        QVERIFY(rig->actions->reschedule({7001}, tomorrow));
        QTRY_COMPARE(patchesOf(*rig, 7001).size(), 1);
        QTRY_COMPARE(closeCalls(), QList<uint>{id});
        invoke(id, QStringLiteral("snooze"));
        invoke(id, QStringLiteral("done"));
        QTest::qWait(500);
        QCOMPARE(patchesOf(*rig, 7001).size(), 1);
        QCOMPARE(rig->sync->task(7001)->status, TaskStatus::Open);
        QCOMPARE(rig->sync->task(7001)->dueDate, tomorrow);
    }

    void callShowsTheWindowAndDials()
    {
        QVERIFY(startDaemon(QStringLiteral("body actions")));
        QVERIFY(startRig());
        const uint id = firstNotification();
        QVERIFY(id != 0);
        rig->window->hide();
        invoke(id, QStringLiteral("call"));
        QTRY_COMPARE(dialled(), QStringList{QStringLiteral("+442012345601")});
        QVERIFY(rig->window->isVisible());
        QCOMPARE(rig->window->taskTable()->currentTaskId(), qint64(7001));
        // Another application's notification id is none of ours: nothing happens.
        invoke(id + 100, QStringLiteral("done"));
        QTest::qWait(300);
        QVERIFY(patchesOf(*rig, 7001).isEmpty());
    }

    void withoutTheActionsCapabilityNoActionsAreSent()
    {
        QVERIFY(startDaemon(QStringLiteral("body")));
        QVERIFY(startRig());
        QTRY_COMPARE(notifyCalls().size(), 1);
        QCOMPARE(notifyCalls().constFirst().at(3).toString(),
                 QStringLiteral("Call Anna Tester now"));
        QVERIFY(notifyCalls().constFirst().at(5).toStringList().isEmpty());
    }

    void withoutAServerNothingIsSentAndNothingBreaks()
    {
        QVERIFY(!serverOnBus());
        QVERIFY(startRig());
        QTRY_VERIFY(desktop->notifications()->capabilitiesKnown());
        QVERIFY(!desktop->notifications()->isAvailable());
        QSignalSpy shown(desktop->notifier(), &DueNotifier::notified);
        rig->clock.advanceSecs(3 * 3600 - 30); // Ben's call comes due
        desktop->notifier()->check();
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().at(0).toLongLong(), qint64(7002));
        QCOMPARE(shown.constFirst().at(1).toUInt(), 0u);
    }

    void notificationsCanBeTurnedOff()
    {
        QVERIFY(startDaemon(QStringLiteral("body actions")));
        QVERIFY(startRig());
        // Turned off before the first look (the page's apply()): nothing is shown.
        settings->setValue(DesktopIntegration::notifyKey(), false);
        desktop->applySettings();
        QTest::qWait(500);
        QVERIFY(notifyCalls().isEmpty());
        settings->setValue(DesktopIntegration::notifyKey(), true);
        desktop->applySettings();
        QTRY_COMPARE(notifyCalls().size(), 1);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
