// Instances and accounts, with the real binaries: one running app per data folder (a second
// start hands over to the first and ends; a lock left by a killed run is taken over; the demo
// runs beside an account), each account's unsent changes reach Gong with its own user id, and
// the old shared tasks.sqlite goes to the first account opened (and, expected to fail for now,
// never sends one account's changes with another's id).
#include "ProcessHarness.h"
#include "app/SingleInstance.h"
#include "core/Clock.h"
#include "sandbox/DemoData.h"
#include "sync/StoreLocation.h"
#include "sync/TaskStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace engage;

namespace {
// The sandbox's seed time, the same in every sandbox of a test: a sandbox started again serves
// the tasks byte for byte as the app cached them, so no change looks like a conflict.
const QString SeedNow = QStringLiteral("2026-12-01T10:00:00Z");
const QString RepId = QString::number(DemoData::RepUserId);
// Two accounts beside the demo rep (the sandbox's --rep gives each a copy of the tasks).
const QString UserA = QStringLiteral("5550000000000000001");
const QString UserB = QStringLiteral("5550000000000000002");

QProcessEnvironment environment(const QUrl &gong, const QString &userId)
{
    QProcessEnvironment env = harness::automationEnvironment(gong, userId);
    // The hand-over is checked through the running instance's log.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("engage.instance.info=true"));
    return env;
}

using harness::Patch;
using harness::Sandbox;
using harness::tasksOf;

// engage-tasks-test with its automation channel, on one account and data folder.
class App : public harness::App
{
public:
    using harness::App::App;
    App(const QUrl &gong, const QString &userId, const QString &dataDir)
        : harness::App(environment(gong, userId), {QStringLiteral("--data-dir"), dataDir})
    {}
};

QString lockFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("engage-tasks.lock"));
}

// The process id the folder's lock names (QLockFile writes it on the first line), or 0.
qint64 lockHolder(const QString &dataDir)
{
    QFile file(lockFile(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

// A data folder from before 0.2: one tasks.sqlite with the demo rep's cached list and an
// unsent "done" of one of the rep's tasks, which it returns.
qint64 writeLegacyStore(const QString &dataDir)
{
    const QDateTime now = QDateTime::fromString(SeedNow, Qt::ISODate);
    const QList<Task> tasks = DemoData::tasks(now, Clock::system().timeZone());
    const Task &changed = tasks.at(3);
    TaskStore legacy;
    if (!legacy.open(StoreLocation::legacyFile(dataDir)) || !legacy.saveCache(TaskList(tasks), now))
        return 0;
    TaskUpdate done;
    done.status = TaskStatus::Done;
    return legacy.appendChange(changed.id, done, changed.updated, now) > 0 ? changed.id : 0;
}

QStringList dataDirArgs(const QString &dataDir)
{
    return {QStringLiteral("--data-dir"), dataDir};
}
} // namespace

class TestInstances : public QObject
{
    Q_OBJECT

private:
    // Starts the app a second time on `dataDir`: it must hand over and end by itself, with 0,
    // within 5 s.
    static void startsAgainAndHandsOver(const QProcessEnvironment &env, const QStringList &args)
    {
        QProcess second;
        second.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        second.start(harness::appBinary(), args);
        QVERIFY(second.waitForStarted(5000));
        const bool ended = second.waitForFinished(5000);
        const QByteArray errors = second.readAllStandardError();
        if (!ended) {
            second.kill();
            second.waitForFinished();
            QFAIL(qPrintable(QStringLiteral("the second start still runs after 5 s: ") +
                             QString::fromLocal8Bit(errors)));
        }
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(!errors.contains("did not answer"), errors.constData());
        // It never got as far as the list: nothing on the automation channel.
        QCOMPARE(second.readAllStandardOutput(), QByteArray());
    }

    static bool activated(App &app, int times = 1)
    {
        return QTest::qWaitFor(
            [&] { return app.errors().count("a later start asked for the window") == times; },
            3000);
    }

private slots:
    void secondStartHandsOverToTheFirst()
    {
        Sandbox sandbox({});
        QVERIFY(sandbox.url().isValid());
        QTemporaryDir data;
        App first(sandbox.url(), RepId, data.path());
        QCOMPARE(first.line(), QByteArray("ready"));
        QVERIFY(first.answers());
        QCOMPARE(lockHolder(data.path()), first.pid());
        // Its socket is in the user's private runtime folder, not in the shared /tmp where
        // another user could take the name first.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        QVERIFY(!runtime.isEmpty());
        QVERIFY(QFileInfo::exists(SingleInstance::socketName(data.path())));
        QVERIFY(SingleInstance::socketName(data.path()).startsWith(runtime + QLatin1Char('/')));

        startsAgainAndHandsOver(environment(sandbox.url(), RepId), dataDirArgs(data.path()));
        if (QTest::currentTestFailed())
            return;
        // The first was asked to show its window, runs on, answers, and still holds the folder.
        QVERIFY2(activated(first), qPrintable(first.diagnosis()));
        QVERIFY(first.running());
        QVERIFY(first.answers());
        QCOMPARE(lockHolder(data.path()), first.pid());
        QCOMPARE(first.quit(), QString());
        // The lock goes with the process that held it.
        QVERIFY(!QFileInfo::exists(lockFile(data.path())));
    }

    void staleLockIsTakenOver()
    {
        Sandbox sandbox({});
        QVERIFY(sandbox.url().isValid());
        QTemporaryDir data;
        qint64 deadPid = 0;
        {
            App killed(sandbox.url(), RepId, data.path());
            QCOMPARE(killed.line(), QByteArray("ready"));
            deadPid = killed.pid();
            killed.killNine(); // no chance to remove its lock or its socket
        }
        QCOMPARE(lockHolder(data.path()), deadPid);

        App next(sandbox.url(), RepId, data.path());
        QVERIFY2(next.line() == "ready", qPrintable(next.diagnosis()));
        QVERIFY(next.answers());
        QCOMPARE(lockHolder(data.path()), next.pid());
        // It listens in the dead one's place: a later start reaches it.
        startsAgainAndHandsOver(environment(sandbox.url(), RepId), dataDirArgs(data.path()));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(activated(next), qPrintable(next.diagnosis()));
        QCOMPARE(next.quit(), QString());
    }

    void demoRunsBesideAnAccount()
    {
        Sandbox sandbox({});
        QVERIFY(sandbox.url().isValid());
        QTemporaryDir data;
        App account(sandbox.url(), RepId, data.path());
        QCOMPARE(account.line(), QByteArray("ready"));
        const QProcessEnvironment env = environment(sandbox.url(), RepId);
        App demo(env, {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(demo.line() == "ready", qPrintable(demo.diagnosis()));
        QVERIFY(account.answers());
        QVERIFY(demo.answers());
        QVERIFY(account.running());
        QVERIFY(demo.running());
        const QString demoDir = QDir(data.path()).filePath(QStringLiteral("demo"));
        QCOMPARE(lockHolder(data.path()), account.pid());
        QCOMPARE(lockHolder(demoDir), demo.pid());

        // Each folder's later start reaches its own instance, never the other.
        startsAgainAndHandsOver(env, dataDirArgs(data.path()));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(activated(account), qPrintable(account.diagnosis()));
        startsAgainAndHandsOver(
            env, {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data.path()});
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(activated(demo), qPrintable(demo.diagnosis()));
        QCOMPARE(account.errors().count("a later start asked for the window"), 1);
        QVERIFY(account.answers());
        QVERIFY(demo.answers());
        QCOMPARE(demo.quit(), QString());
        QCOMPARE(account.quit(), QString());
    }

    // Two accounts on one data folder, each with a change made out of reach: each change goes
    // out when its account is next used, with that account's user id, once.
    void eachAccountSendsItsOwnChanges()
    {
        const QStringList seed = {QStringLiteral("--now"), SeedNow, QStringLiteral("--rep"), UserA,
                                  QStringLiteral("--rep"), UserB};
        QTemporaryDir data;
        QUrl gong;
        qint64 taskA = 0, taskB = 0;
        {
            // Online once each, to fill each account's cache.
            Sandbox sandbox(seed);
            QVERIFY(sandbox.url().isValid());
            gong = sandbox.url();
            const QMap<qint64, QString> ofA = tasksOf(gong, UserA);
            const QMap<qint64, QString> ofB = tasksOf(gong, UserB);
            QVERIFY(!ofA.isEmpty());
            QCOMPARE(ofB.size(), ofA.size());
            for (const qint64 id : ofA.keys())
                QVERIFY(!ofB.contains(id));
            taskA = ofA.firstKey();
            taskB = ofB.lastKey();
            for (const QString &user : {UserA, UserB}) {
                App app(gong, user, data.path());
                QCOMPARE(app.line(), QByteArray("ready"));
                QCOMPARE(app.ask("waitsynced"), QByteArray("synced"));
                QCOMPARE(app.quit(), QString());
            }
        }
        // Gong out of reach (the same address, nobody listening): a change as A, then as B.
        {
            App a(gong, UserA, data.path());
            QVERIFY2(a.line() == "ready", qPrintable(a.diagnosis()));
            QCOMPARE(a.ask("dismiss " + QByteArray::number(taskB)),
                     QByteArray("error unknown task"));
            QCOMPARE(a.ask("done " + QByteArray::number(taskA)), QByteArray("ok"));
            QCOMPARE(a.quit(), QString());
        }
        {
            App b(gong, UserB, data.path());
            QVERIFY2(b.line() == "ready", qPrintable(b.diagnosis()));
            QCOMPARE(b.ask("done " + QByteArray::number(taskA)), QByteArray("error unknown task"));
            QCOMPARE(b.ask("dismiss " + QByteArray::number(taskB)), QByteArray("ok"));
            QCOMPARE(b.quit(), QString());
        }
        // Each account's journal holds its own change, and only that.
        for (const auto &[user, task] : {std::pair{UserA, taskA}, std::pair{UserB, taskB}}) {
            TaskStore store;
            QVERIFY(store.open(StoreLocation::fileFor(data.path(), gong, user)));
            const QList<PendingChange> pending = store.pendingChanges();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.at(0).taskId, task);
        }
        // Gong back, on the same address.
        Sandbox sandbox(QStringList{QStringLiteral("--port"), QString::number(gong.port())} + seed);
        QCOMPARE(sandbox.url(), gong);
        {
            App a(gong, UserA, data.path());
            QCOMPARE(a.line(), QByteArray("ready"));
            QVERIFY2(a.ask("waitsynced") == "synced", qPrintable(a.diagnosis()));
            QCOMPARE(a.quit(), QString());
        }
        QList<Patch> patches = sandbox.patches();
        QVERIFY2(patches.size() == 1, sandbox.log().constData());
        QCOMPARE(patches.at(0).taskId, taskA);
        QCOMPARE(patches.at(0).userId, UserA);
        QCOMPARE(patches.at(0).status, QStringLiteral("DONE"));
        {
            App b(gong, UserB, data.path());
            QCOMPARE(b.line(), QByteArray("ready"));
            QVERIFY2(b.ask("waitsynced") == "synced", qPrintable(b.diagnosis()));
            QCOMPARE(b.quit(), QString());
        }
        patches = sandbox.patches();
        QVERIFY2(patches.size() == 2, sandbox.log().constData());
        QCOMPARE(patches.at(1).taskId, taskB);
        QCOMPARE(patches.at(1).userId, UserB);
        QCOMPARE(patches.at(1).status, QStringLiteral("DISMISSED"));
        // Gong holds both, and neither journal keeps anything back.
        QCOMPARE(tasksOf(gong, UserA).value(taskA), QStringLiteral("DONE"));
        QCOMPARE(tasksOf(gong, UserB).value(taskB), QStringLiteral("DISMISSED"));
        for (const QString &user : {UserA, UserB}) {
            TaskStore store;
            QVERIFY(store.open(StoreLocation::fileFor(data.path(), gong, user)));
            QVERIFY(store.pendingChanges().isEmpty());
        }
    }

    void legacyStoreGoesToTheFirstAccount()
    {
        QTemporaryDir data;
        const qint64 changedId = writeLegacyStore(data.path());
        QVERIFY(changedId != 0);
        QVERIFY(QFileInfo::exists(StoreLocation::legacyFile(data.path())));

        Sandbox sandbox({QStringLiteral("--now"), SeedNow});
        QVERIFY(sandbox.url().isValid());
        {
            App app(sandbox.url(), RepId, data.path());
            QCOMPARE(app.line(), QByteArray("ready"));
            QVERIFY2(app.ask("waitsynced") == "synced", qPrintable(app.diagnosis()));
            QCOMPARE(app.quit(), QString());
        }
        const QList<Patch> patches = sandbox.patches();
        QVERIFY2(patches.size() == 1, sandbox.log().constData());
        QCOMPARE(patches.at(0).taskId, changedId);
        QCOMPARE(patches.at(0).userId, RepId);
        QCOMPARE(patches.at(0).status, QStringLiteral("DONE"));
        QCOMPARE(tasksOf(sandbox.url(), RepId).value(changedId), QStringLiteral("DONE"));
        QVERIFY(!QFileInfo::exists(StoreLocation::legacyFile(data.path())));
        QVERIFY(QFileInfo::exists(StoreLocation::fileFor(data.path(), sandbox.url(), RepId)));
    }
    // The shared file held the demo rep's change; another account is opened first. That account
    // must not send the rep's change with its own user id (Gong answers 404 and the change is
    // dropped as "gone"): the rep's change reaches Gong, with the rep's id, when the rep opens.
    void legacyStoreIsNotTakenByAnotherAccount()
    {
        QTemporaryDir data;
        const qint64 changedId = writeLegacyStore(data.path());
        QVERIFY(changedId != 0);
        Sandbox sandbox({QStringLiteral("--now"), SeedNow, QStringLiteral("--rep"), UserA});
        QVERIFY(sandbox.url().isValid());
        for (const QString &user : {UserA, RepId}) {
            App app(sandbox.url(), user, data.path());
            QCOMPARE(app.line(), QByteArray("ready"));
            QVERIFY2(app.ask("waitsynced") == "synced", qPrintable(app.diagnosis()));
            QCOMPARE(app.quit(), QString());
            for (const Patch &p : sandbox.patches()) {
                QVERIFY2(p.taskId != changedId || p.userId == RepId, sandbox.log().constData());
            }
        }
        QCOMPARE(tasksOf(sandbox.url(), RepId).value(changedId), QStringLiteral("DONE"));
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
