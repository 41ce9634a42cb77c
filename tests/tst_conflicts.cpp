// A change made elsewhere is never overwritten silently: a task rescheduled or closed in Gong
// after the rep acted on it holds the rep's change, shows the conflict, and lets the rep keep
// theirs or take Gong's.
#include "SandboxConfig.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {
struct Rig {
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()),
                      QTimeZone("Europe/Berlin")};
    QTemporaryDir dir;
    SandboxServer server;
    QNetworkAccessManager network;
    GongClient client{&network};
    TaskStore store;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<TaskActions> actions;
    qint64 id = 0;

    bool start()
    {
        server.seedDemoData(clock.now(), clock.timeZone());
        // Gong's clock runs ahead of what the app saw.
        server.setNow([this] { return clock.now().addSecs(600); });
        if (!server.start() || !store.open(dir.filePath(QStringLiteral("c.sqlite"))))
            return false;
        client.setConfig(sandboxConfig(server, 300));
        sync = std::make_unique<SyncEngine>(&client, &store, clock);
        actions = std::make_unique<TaskActions>(sync.get());
        sync->start();
        if (!QTest::qWaitFor([this] { return !sync->tasks().isEmpty() && !sync->isRefreshing(); },
                             10000))
            return false;
        id = sync->tasks().first().id;
        return true;
    }
    // Gong out of reach: the rep's change waits while someone changes the task in Gong.
    void goOffline() { server.setSilent(true); }
    void backOnline()
    {
        QTest::qWait(400); // the held request times out
        server.setSilent(false);
    }
};
} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void rescheduledElsewhereHoldsMyChange()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.goOffline();
        const QDateTime mine = QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());
        const QDateTime theirs = QDateTime(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::utc());
        rig.actions->reschedule({rig.id}, mine);
        rig.server.changeElsewhere(rig.id, [&](Task &t) { t.dueDate = theirs; });
        QSignalSpy notices(rig.sync.get(), &SyncEngine::notice);
        rig.backOnline();
        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->mark(rig.id).conflict, 15000);
        QVERIFY(rig.sync->mark(rig.id).failure.contains(QStringLiteral("rescheduled in Gong")));
        QCOMPARE(notices.size(), 1);
        // Held: nothing was sent over Gong's version, and the store remembers the hold.
        QTest::qWait(300);
        QCOMPARE(rig.server.task(rig.id)->dueDate, theirs);
        QVERIFY(rig.store.pendingChanges().first().conflict);

        // Keep mine: it goes out and wins.
        rig.sync->retryFailed(rig.id);
        QTRY_COMPARE(rig.server.task(rig.id)->dueDate, mine);
        QVERIFY(!rig.sync->mark(rig.id).failed);
        // A later refresh does not hold it again.
        rig.sync->refresh();
        QTRY_VERIFY(!rig.sync->isRefreshing());
        QVERIFY(!rig.sync->mark(rig.id).conflict);
    }

    void takeTheirsDropsMine()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.goOffline();
        const QDateTime theirs = QDateTime(QDate(2026, 12, 9), QTime(10, 0), QTimeZone::utc());
        rig.actions->reschedule({rig.id},
                                QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc()));
        rig.server.changeElsewhere(rig.id, [&](Task &t) { t.dueDate = theirs; });
        rig.backOnline();
        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->mark(rig.id).conflict, 15000);
        rig.sync->discardFailed(rig.id);
        QCOMPARE(rig.sync->task(rig.id)->dueDate, theirs);
        QVERIFY(rig.store.pendingChanges().isEmpty());
        QTest::qWait(300);
        QCOMPARE(rig.server.task(rig.id)->dueDate, theirs);
    }

    void closedElsewhereWhileIRescheduled()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.goOffline();
        rig.actions->reschedule({rig.id},
                                QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc()));
        rig.server.changeElsewhere(rig.id, [](Task &t) { t.status = TaskStatus::Done; });
        rig.backOnline();
        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->mark(rig.id).conflict, 15000);
        QVERIFY(rig.sync->mark(rig.id).failure.contains(QStringLiteral("closed in Gong")));
        QVERIFY(rig.sync->task(rig.id).has_value()); // still on the list, to decide
        QTest::qWait(300);
        QCOMPARE(rig.server.task(rig.id)->status, TaskStatus::Done);
    }

    void noConflictWhenBothClose()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.goOffline();
        rig.actions->markDone({rig.id});
        rig.server.changeElsewhere(rig.id, [](Task &t) { t.status = TaskStatus::Dismissed; });
        rig.backOnline();
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(rig.id)->status, TaskStatus::Done, 15000);
        QVERIFY(!rig.sync->mark(rig.id).conflict);
    }

    void unrelatedNewerStampIsNoConflict()
    {
        // Gong touched the task (its stamp moved) but nothing the rep sees changed.
        Rig rig;
        QVERIFY(rig.start());
        rig.goOffline();
        rig.actions->markDone({rig.id});
        rig.server.changeElsewhere(rig.id, [](Task &) {});
        rig.backOnline();
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(rig.id)->status, TaskStatus::Done, 15000);
        QVERIFY(!rig.sync->mark(rig.id).conflict);
    }

    // Gong applied a PATCH of ours but its answer never came back (a timeout, the app killed):
    // Gong's newer version is the rep's own doing, not a conflict. Found by the durability test.
    void myOwnUnansweredRescheduleIsNoConflict()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setAnswersLost(true);
        const QDateTime mine = QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());
        rig.actions->reschedule({rig.id}, mine);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(rig.id)->dueDate, mine, 5000); // applied
        rig.actions->markDone({rig.id}); // waits behind the unanswered one
        QSignalSpy notices(rig.sync.get(), &SyncEngine::notice);
        QTest::qWait(400); // the unanswered request times out
        rig.server.setAnswersLost(false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(rig.id)->status, TaskStatus::Done, 15000);
        QCOMPARE(rig.server.task(rig.id)->dueDate, mine);
        QVERIFY(!rig.sync->mark(rig.id).conflict);
        QCOMPARE(notices.size(), 0);
    }

    void myOwnUnansweredCloseThenReopenIsNoConflict()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setAnswersLost(true);
        rig.actions->markDone({rig.id});
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(rig.id)->status, TaskStatus::Done, 5000);
        rig.actions->reopen({rig.id});
        QTest::qWait(400);
        rig.server.setAnswersLost(false);
        QTRY_VERIFY_WITH_TIMEOUT(rig.store.pendingChanges().isEmpty(), 15000);
        QCOMPARE(rig.server.task(rig.id)->status, TaskStatus::Open);
        QVERIFY(!rig.sync->mark(rig.id).conflict);
    }

    // The other way round: a close and reopen that never left this computer explain nothing.
    // A colleague's close meanwhile is held as a conflict, not silently reverted.
    void myUnsentCloseDoesNotExplainAColleaguesClose()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 other = rig.sync->tasks().at(1).id;
        rig.goOffline();
        rig.actions->reschedule({other},
                                QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc()));
        QTest::qWait(1500); // that request timed out; the engine backs off, sending nothing
        rig.actions->markDone({rig.id});
        rig.actions->reopen({rig.id});
        rig.server.changeElsewhere(rig.id, [](Task &t) { t.status = TaskStatus::Done; });
        rig.backOnline();
        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->mark(rig.id).conflict, 20000);
        QVERIFY(rig.sync->mark(rig.id).failure.contains(QStringLiteral("closed in Gong")));
        QCOMPARE(rig.server.task(rig.id)->status, TaskStatus::Done);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
