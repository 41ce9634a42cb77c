// SyncEngine against the real SandboxServer over loopback HTTP, with a real SQLite journal: every
// change the rep makes reaches Gong, in the final state, under rate limits, server errors,
// silence, refusals, lost credentials and restarts, and the list never lies about what the rep did.
#include "SandboxConfig.h"
#include "core/TaskCodec.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace engage;

namespace {

constexpr int Patient = 30000; // ms: rate limits and backoff make arrivals slow but certain

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString repId()
{
    return QString::number(DemoData::RepUserId);
}

// Everything a running app has below the window, wired as Application wires it, on a fixed clock.
struct Rig {
    // Monday 30 Nov 2026, 13:00 UTC.
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()),
                      QTimeZone("Europe/Berlin")};
    QTemporaryDir dir;
    SandboxServer server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<GongClient> client;
    std::unique_ptr<TaskStore> store;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<TaskActions> actions;
    int timeoutMs = 30000;
    QList<int> statuses; // every HTTP status the client got back, in order

    QString path() const { return dir.filePath(QStringLiteral("engage.sqlite")); }

    bool start()
    {
        server.seedDemoData(clock.now(), clock.timeZone());
        server.setNow([this] { return clock.now(); });
        if (!server.start()) {
            qWarning() << "rig: the sandbox did not start";
            return false;
        }
        return launch();
    }

    // The app starts: network, client, store on the same file, engine, actions.
    bool launch()
    {
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<GongClient>(network.get());
        configure();
        QObject::connect(client.get(), &GongClient::requestFinished, client.get(),
                         [this](int status) { statuses.append(status); });
        store = std::make_unique<TaskStore>();
        if (!store->open(path())) {
            qWarning() << "rig: store did not open" << store->errorString();
            return false;
        }
        sync = std::make_unique<SyncEngine>(client.get(), store.get(), clock);
        actions = std::make_unique<TaskActions>(sync.get());
        sync->start();
        return QTest::qWaitFor([this] { return !sync->isRefreshing() && !sync->tasks().isEmpty(); },
                               10000);
    }

    // The app quits: everything but the server and the file goes away.
    void quit()
    {
        actions.reset();
        sync.reset();
        store.reset();
        client.reset();
        network.reset();
    }

    void configure() { client->setConfig(sandboxConfig(server, timeoutMs)); }
    void setTimeout(int ms)
    {
        timeoutMs = ms;
        configure();
    }

    // The first n tasks in the list, all open.
    QList<qint64> openIds(qsizetype n) const
    {
        QList<qint64> ids;
        for (const Task &t : sync->tasks()) {
            if (t.status == TaskStatus::Open && ids.size() < n)
                ids.append(t.id);
        }
        return ids;
    }
    // An open task with a contact name and a due date, other than those in `not`.
    qint64 someTask(const QList<qint64> &notThese = {}) const
    {
        for (const Task &t : sync->tasks()) {
            if (t.status == TaskStatus::Open && t.dueDate.isValid() && t.contact &&
                !t.contact->displayName().isEmpty() && !notThese.contains(t.id))
                return t.id;
        }
        return 0;
    }
    QList<QJsonObject> patchesFor(qint64 taskId) const
    {
        QList<QJsonObject> out;
        const QString p = QStringLiteral("/v2/tasks/%1").arg(taskId);
        for (const RecordedRequest &r : server.patchRequests()) {
            if (r.path == p)
                out.append(jsonOf(r.body));
        }
        return out;
    }
    TaskStatus serverStatus(qint64 id) const
    {
        const std::optional<Task> t = server.task(id);
        return t ? t->status : TaskStatus::Unknown;
    }
    TaskStatus localStatus(qint64 id) const
    {
        const std::optional<Task> t = sync->task(id);
        return t ? t->status : TaskStatus::Unknown;
    }
    std::optional<TaskStore::LedgerEntry> lastLedgerFor(qint64 id) const
    {
        std::optional<TaskStore::LedgerEntry> out;
        for (const TaskStore::LedgerEntry &e : store->ledger()) {
            if (e.taskId == id)
                out = e;
        }
        return out;
    }
    bool settled() const
    {
        return sync->waitingCount() == 0 && store->pendingChanges().isEmpty() &&
               sync->state() == SyncEngine::State::Synced;
    }
    int count(int status) const { return static_cast<int>(statuses.count(status)); }
};

QJsonObject patchBody(const std::optional<QString> &status, const QDateTime &due = {})
{
    QJsonObject o{{QLatin1String("userId"), repId()}};
    if (status)
        o.insert(QLatin1String("status"), *status);
    if (due.isValid())
        o.insert(QLatin1String("dueDate"), TaskCodec::formatDateTime(due));
    return o;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void twentyChangesArriveThroughGongsRateLimit()
    {
        Rig rig;
        QVERIFY(rig.start());
        // Gong (here 2/s) is stricter than the app thinks (10/s): the server's 429s do the pacing.
        rig.server.setRateLimit(2, 1);
        rig.sync->rateLimiter().setRate(10);
        const QList<qint64> ids = rig.openIds(20);
        QCOMPARE(ids.size(), 20);
        QMap<qint64, TaskStatus> wantStatus;
        QMap<qint64, QDateTime> wantDue;
        for (int i = 0; i < ids.size(); ++i) {
            const qint64 id = ids.at(i);
            switch (i % 3) {
            case 0:
                rig.actions->markDone({id});
                wantStatus[id] = TaskStatus::Done;
                wantDue[id] = rig.sync->task(id)->dueDate;
                break;
            case 1:
                rig.actions->dismiss({id});
                wantStatus[id] = TaskStatus::Dismissed;
                wantDue[id] = rig.sync->task(id)->dueDate;
                break;
            default: {
                const QDateTime due = rig.clock.now().addDays(i + 1);
                rig.actions->reschedule({id}, due);
                wantStatus[id] = TaskStatus::Open;
                wantDue[id] = due;
                break;
            }
            }
        }
        // The list shows all twenty at once, while they wait to go.
        for (qint64 id : ids) {
            QCOMPARE(rig.localStatus(id), wantStatus.value(id));
            QCOMPARE(rig.sync->task(id)->dueDate, wantDue.value(id));
        }
        QCOMPARE(rig.sync->waitingCount(), 20);

        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        for (qint64 id : ids) {
            QCOMPARE(rig.serverStatus(id), wantStatus.value(id));
            QCOMPARE(rig.server.task(id)->dueDate, wantDue.value(id));
            QCOMPARE(rig.localStatus(id), wantStatus.value(id));
        }
        // Gong did refuse some for the rate, and accepted each change exactly once.
        QVERIFY2(rig.count(429) >= 1, "the server's rate limit was never hit");
        QCOMPARE(rig.count(200) - 1 /* the first refresh */, 20);
        QCOMPARE(rig.server.patchRequests().size(), 20 + rig.count(429));
        qInfo() << rig.count(429) << "answers were 429," << rig.server.patchRequests().size()
                << "PATCH requests in all";
    }

    void serverErrorsOnEveryOtherRequestStillDeliverEverything()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setFailEveryNth(2);
        const QList<qint64> ids = rig.openIds(10);
        QCOMPARE(ids.size(), 10);
        rig.actions->markDone(ids.mid(0, 5));
        rig.actions->dismiss(ids.mid(5));
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(rig.serverStatus(ids.at(i)), i < 5 ? TaskStatus::Done : TaskStatus::Dismissed);
        QVERIFY(rig.count(500) >= 5);
        qInfo() << rig.count(500) << "answers were 500";
    }

    void aSilentServerKeepsChangesWaitingAndTheAppResponsive()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.setTimeout(500);
        const QList<qint64> ids = rig.openIds(3);
        const QDateTime due = rig.clock.now().addDays(3);

        QTimer ticker;
        ticker.setInterval(50);
        int ticks = 0;
        qint64 maxGap = 0;
        QElapsedTimer sinceTick;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            maxGap = std::max(maxGap, sinceTick.restart());
        });

        rig.server.setSilent(true);
        QElapsedTimer silentFor;
        silentFor.start();
        sinceTick.start();
        ticker.start();
        rig.actions->markDone({ids.at(0)});
        rig.actions->dismiss({ids.at(1)});
        rig.actions->reschedule({ids.at(2)}, due);
        // The rep sees the changes at once.
        QCOMPARE(rig.localStatus(ids.at(0)), TaskStatus::Done);
        QCOMPARE(rig.localStatus(ids.at(1)), TaskStatus::Dismissed);
        QCOMPARE(rig.sync->task(ids.at(2))->dueDate, due);
        QCOMPARE(rig.sync->waitingCount(), 3);
        QVERIFY(rig.sync->mark(ids.at(0)).pending);

        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->state() == SyncEngine::State::Offline ||
                                     rig.sync->state() == SyncEngine::State::Waiting,
                                 5000);
        QTest::qWait(1000); // more silence, through at least one retry
        QCOMPARE(rig.sync->waitingCount(), 3);
        QVERIFY(rig.sync->state() == SyncEngine::State::Offline ||
                rig.sync->state() == SyncEngine::State::Waiting);
        QCOMPARE(rig.localStatus(ids.at(0)), TaskStatus::Done);
        QCOMPARE(rig.serverStatus(ids.at(0)), TaskStatus::Open);
        QVERIFY(!rig.server.patchRequests().isEmpty()); // it did try

        // The event loop kept turning all along.
        const qint64 silentMs = silentFor.elapsed();
        qInfo() << ticks << "ticks in" << silentMs << "ms of silence; longest gap" << maxGap
                << "ms";
        QVERIFY2(ticks >= silentMs / 50 / 2, qPrintable(QString::number(ticks)));
        QVERIFY2(maxGap < 400, qPrintable(QString::number(maxGap)));

        // Gong answers again: the changes go by themselves.
        rig.server.setSilent(false);
        QElapsedTimer back;
        back.start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.serverStatus(ids.at(0)) == TaskStatus::Done &&
                                     rig.serverStatus(ids.at(1)) == TaskStatus::Dismissed &&
                                     rig.server.task(ids.at(2))->dueDate == due,
                                 Patient);
        qInfo() << "arrived" << back.elapsed() << "ms after the server answered again";
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), 5000);
        QVERIFY(!rig.sync->mark(ids.at(0)).pending);
    }

    void doneUndoneThenDismissedIsOneDismissPatch()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.someTask();
        QVERIFY(id != 0);
        rig.actions->markDone({id});
        QVERIFY(rig.actions->undo()); // not sent yet: cancelled here, no traffic
        QCOMPARE(rig.localStatus(id), TaskStatus::Open);
        rig.actions->dismiss({id});
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Dismissed, Patient);
        QTRY_VERIFY(rig.settled());
        QTest::qWait(300);
        const QList<QJsonObject> patches = rig.patchesFor(id);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first(), patchBody(QStringLiteral("DISMISSED")));
        QCOMPARE(rig.localStatus(id), TaskStatus::Dismissed);
    }

    void doneThenRescheduledInOneTurnIsOnePatch()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.someTask();
        const QDateTime due = rig.clock.now().addDays(7);
        rig.actions->markDone({id});
        rig.actions->reschedule({id}, due);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QTRY_VERIFY(rig.settled());
        QTest::qWait(300);
        const QList<QJsonObject> patches = rig.patchesFor(id);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first(), patchBody(QStringLiteral("DONE"), due));
        QCOMPARE(rig.server.task(id)->dueDate, due);
    }

    void changesMadeWhileAnotherIsOnItsWayGoAsOnePatch()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 busy = rig.someTask();
        const qint64 id = rig.someTask({busy});
        const QDateTime due = rig.clock.now().addDays(2);
        rig.server.setLatencyMs(500);
        rig.actions->dismiss({busy});
        QTRY_COMPARE(rig.patchesFor(busy).size(), 1); // on its way, answer held back
        rig.actions->markDone({id});
        QTest::qWait(50);
        rig.actions->reschedule({id}, due);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QTest::qWait(300);
        const QList<QJsonObject> patches = rig.patchesFor(id);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first(), patchBody(QStringLiteral("DONE"), due));
        QCOMPARE(rig.serverStatus(id), TaskStatus::Done);
        QCOMPARE(rig.serverStatus(busy), TaskStatus::Dismissed);
    }

    // The PATCH reached Gong but its answer was lost (a timeout): Gong may hold the change, so
    // undo cannot just drop it here; it sends the way back, as for a confirmed change.
    void undoAfterALostAnswerSendsItBack()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.setTimeout(500);
        const qint64 id = rig.someTask();
        rig.server.setAnswersLost(true);
        rig.actions->markDone({id});
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sync->state(), SyncEngine::State::Offline, Patient);
        QCOMPARE(rig.sync->waitingCount(), 1); // no answer: not confirmed

        QVERIFY(rig.actions->undo());
        QCOMPARE(rig.localStatus(id), TaskStatus::Open);
        rig.server.setAnswersLost(false);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.serverStatus(id), TaskStatus::Open);
        QCOMPARE(rig.localStatus(id), TaskStatus::Open);
        QCOMPARE(rig.patchesFor(id).last(), patchBody(QStringLiteral("OPEN")));
    }

    void undoAfterGongHasTheChangeSendsItBack()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 done = rig.someTask();
        rig.actions->markDone({done});
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(done), TaskStatus::Done, Patient);
        QTRY_VERIFY(rig.settled());
        QVERIFY(rig.actions->undo());
        QCOMPARE(rig.localStatus(done), TaskStatus::Open); // at once, before Gong hears of it
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(done), TaskStatus::Open, Patient);
        QTRY_VERIFY(rig.settled());
        QCOMPARE(rig.patchesFor(done).size(), 2);
        QCOMPARE(rig.patchesFor(done).last(), patchBody(QStringLiteral("OPEN")));
        QCOMPARE(rig.localStatus(done), TaskStatus::Open);

        const qint64 moved = rig.someTask({done});
        const QDateTime before = rig.sync->task(moved)->dueDate;
        QVERIFY(before.isValid());
        const QDateTime due = rig.clock.now().addDays(5);
        rig.actions->reschedule({moved}, due);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(moved)->dueDate, due, Patient);
        QTRY_VERIFY(rig.settled());
        QVERIFY(rig.actions->undo());
        QCOMPARE(rig.sync->task(moved)->dueDate, before);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(moved)->dueDate, before, Patient);
        QTRY_VERIFY(rig.settled());
        QCOMPARE(rig.patchesFor(moved).size(), 2);
        QCOMPARE(rig.patchesFor(moved).last(), patchBody(std::nullopt, before));
        QCOMPARE(rig.serverStatus(moved), TaskStatus::Open);
    }

    void aTaskGoneFromGongLeavesTheListWithOneNotice()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.someTask();
        const QString name = rig.sync->task(id)->contact->displayName();
        // Someone closed it elsewhere; the app still has it from the last refresh.
        QList<Task> remaining = rig.server.tasks();
        remaining.removeIf([id](const Task &t) { return t.id == id; });
        rig.server.setTasks(remaining);

        QSignalSpy notices(rig.sync.get(), &SyncEngine::notice);
        rig.actions->markDone({id});
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sync->task(id), Patient);
        QTRY_VERIFY(rig.settled());
        QTest::qWait(300);
        QCOMPARE(notices.size(), 1);
        const QString text = notices.first().first().toString();
        QVERIFY2(text.contains(name), qPrintable(text));
        QVERIFY(rig.store->pendingChanges().isEmpty());
        const auto entry = rig.lastLedgerFor(id);
        QVERIFY(entry);
        QCOMPARE(entry->action, QStringLiteral("done"));
        QCOMPARE(entry->outcome, QStringLiteral("gone"));
        // The next start does not bring it back from the cache either.
        for (const Task &t : rig.store->cachedTasks())
            QVERIFY(t.id != id);
        QCOMPARE(rig.patchesFor(id).size(), 1);
    }

    void aRefusedChangeWaitsForRetryOrDiscard_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("403") << 403;
    }

    void aRefusedChangeWaitsForRetryOrDiscard()
    {
        QFETCH(int, status);
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.someTask();
        const QString message = QStringLiteral("Task cannot be updated in its current state");
        QList<ApiError> failures;
        QList<qint64> failedIds;
        connect(rig.sync.get(), &SyncEngine::changeFailed, this,
                [&](qint64 taskId, const ApiError &error) {
                    failedIds.append(taskId);
                    failures.append(error);
                });
        rig.server.enqueueError(status, message);
        rig.actions->markDone({id});
        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->mark(id).failed, Patient);
        QCOMPARE(failedIds, QList<qint64>{id});
        QCOMPARE(failures.first().httpStatus, status);
        const QString requestId = failures.first().requestId;
        QCOMPARE(requestId.size(), 19);

        // The row says why, with Gong's words and request id; the change is kept, not sent again.
        const SyncEngine::Mark mark = rig.sync->mark(id);
        QVERIFY(!mark.pending);
        QVERIFY2(mark.failure.contains(message), qPrintable(mark.failure));
        QVERIFY2(mark.failure.contains(requestId), qPrintable(mark.failure));
        QCOMPARE(rig.localStatus(id), TaskStatus::Done);
        QCOMPARE(rig.serverStatus(id), TaskStatus::Open);
        const QList<PendingChange> journal = rig.store->pendingChanges();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().taskId, id);
        QVERIFY(journal.first().failed);
        QVERIFY(journal.first().failure.contains(requestId));
        QCOMPARE(rig.sync->waitingCount(), 0);
        QCOMPARE(rig.lastLedgerFor(id)->outcome, QStringLiteral("failed"));

        // It does not hold the others up.
        const qint64 other = rig.someTask({id});
        rig.actions->markDone({other});
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(other), TaskStatus::Done, Patient);
        QCOMPARE(rig.patchesFor(id).size(), 1);
        QVERIFY(rig.sync->mark(id).failed);

        // Retry: sent again, accepted this time.
        rig.sync->retryFailed(id);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QTRY_VERIFY(rig.settled());
        QCOMPARE(rig.patchesFor(id).size(), 2);
        QVERIFY(!rig.sync->mark(id).failed);
        QVERIFY(!rig.sync->mark(id).pending);
        // The activity history tells the truth: Gong has it now.
        QCOMPARE(rig.lastLedgerFor(id)->outcome, QStringLiteral("confirmed"));

        // Discard: another refused change is dropped and the task shows Gong's state again.
        const qint64 third = rig.someTask({id, other});
        rig.server.enqueueError(status, message);
        rig.actions->dismiss({third});
        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->mark(third).failed, Patient);
        QCOMPARE(failedIds, (QList<qint64>{id, third}));
        QCOMPARE(rig.localStatus(third), TaskStatus::Dismissed);
        rig.sync->discardFailed(third);
        QCOMPARE(rig.localStatus(third), TaskStatus::Open);
        QVERIFY(!rig.sync->mark(third).failed);
        QVERIFY(!rig.sync->mark(third).pending);
        QVERIFY(rig.store->pendingChanges().isEmpty());
        QCOMPARE(rig.lastLedgerFor(third)->outcome, QStringLiteral("discarded"));
        QTest::qWait(300);
        QCOMPARE(rig.patchesFor(third).size(), 1);
        QCOMPARE(rig.serverStatus(third), TaskStatus::Open);
    }

    void undoingTheSecondOfTwoUnsentChangesKeepsTheFirst()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.someTask();
        const QDateTime due = rig.clock.now().addDays(6);
        const QDateTime before = rig.sync->task(id)->dueDate;
        rig.actions->markDone({id});
        rig.actions->reschedule({id}, due);
        QVERIFY(rig.actions->undo()); // takes back the reschedule only
        QCOMPARE(rig.localStatus(id), TaskStatus::Done);
        QCOMPARE(rig.sync->task(id)->dueDate, before);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QTRY_VERIFY(rig.settled());
        QTest::qWait(300);
        QCOMPARE(rig.patchesFor(id), QList<QJsonObject>{patchBody(QStringLiteral("DONE"))});
        QCOMPARE(rig.server.task(id)->dueDate, before);

        // The activity history: the done reached Gong, the reschedule was taken back.
        QList<TaskStore::LedgerEntry> entries;
        for (const TaskStore::LedgerEntry &e : rig.store->ledger()) {
            if (e.taskId == id)
                entries.append(e);
        }
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("done"));
        QCOMPARE(entries.at(1).action, QStringLiteral("rescheduled"));
        QCOMPARE(entries.at(1).outcome, QStringLiteral("cancelled"));
        QCOMPARE(entries.at(0).outcome, QStringLiteral("confirmed"));
    }

    void aSecondChangeToAGoneTaskGivesNoSecondNotice()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.someTask();
        const QString name = rig.sync->task(id)->contact->displayName();
        QList<Task> remaining = rig.server.tasks();
        remaining.removeIf([id](const Task &t) { return t.id == id; });
        rig.server.setTasks(remaining);
        rig.server.setLatencyMs(300);

        QSignalSpy notices(rig.sync.get(), &SyncEngine::notice);
        rig.actions->markDone({id});
        QTRY_COMPARE(rig.patchesFor(id).size(), 1); // on its way
        // The rep changes their mind before the answer: reschedule instead.
        rig.actions->reschedule({id}, rig.clock.now().addDays(1));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sync->task(id), Patient);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QTest::qWait(1000);
        // One notice, naming the contact; nothing left waiting for a task that is gone.
        QStringList texts;
        for (const QList<QVariant> &n : std::as_const(notices))
            texts.append(n.first().toString());
        QVERIFY2(notices.size() == 1, qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY2(notices.first().first().toString().contains(name),
                 qPrintable(notices.first().first().toString()));
        QVERIFY(rig.store->pendingChanges().isEmpty());
        QCOMPARE(rig.sync->waitingCount(), 0);
        QCOMPARE(rig.lastLedgerFor(id)->outcome, QStringLiteral("gone"));
    }

    void aRefreshTurnedAwayIsTriedAgainByItself_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429 Retry-After 1") << 429;
        QTest::newRow("500") << 500;
        QTest::newRow("no answer") << 0;
    }

    // The rep pressed F5 and Gong said "rate limit, retry in 1 s" (or had a hiccup): the error
    // bar says the app will try again, so it must, without the rep pressing F5 once more (the
    // periodic refresh is minutes away).
    void aRefreshTurnedAwayIsTriedAgainByItself()
    {
        QFETCH(int, status);
        Rig rig;
        QVERIFY(rig.start());
        rig.sync->setRefreshInterval(10 * 60 * 1000);
        // Something changed in Gong since the last refresh: a new task for the rep.
        Task fresh = rig.server.tasks().first();
        fresh.id = 9007199254740993LL;
        fresh.title = QStringLiteral("Call back about the renewal");
        QList<Task> all = rig.server.tasks();
        all.append(fresh);
        rig.server.setTasks(all);

        int failed = 0;
        int succeeded = 0;
        connect(rig.sync.get(), &SyncEngine::refreshFailed, this, [&] { ++failed; });
        connect(rig.sync.get(), &SyncEngine::refreshSucceeded, this, [&] { ++succeeded; });
        if (status == 429) {
            rig.server.enqueueError(429, QStringLiteral("API request limit exceeded"), 1);
        } else if (status == 500) {
            rig.server.enqueueError(500, QStringLiteral("Internal server error occurred"));
        } else {
            rig.setTimeout(500);
            rig.server.setSilent(true);
        }
        rig.sync->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(failed, 1, 5000);
        QVERIFY(!rig.sync->task(fresh.id));
        rig.server.setSilent(false);
        // Retry-After 1 s, or the first backoff (at most 1.5 s): well within 5 s. (qWaitFor, not
        // QTRY: a failing QTRY waits three times as long to report.)
        QVERIFY2(QTest::qWaitFor([&] { return rig.sync->task(fresh.id).has_value(); }, 5000),
                 "the refresh was not tried again");
        QCOMPARE(succeeded, 1);
        QCOMPARE(rig.sync->task(fresh.id)->title, fresh.title);
    }

    void lostCredentialsPauseSendingUntilResumed()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 a = rig.someTask();
        const qint64 b = rig.someTask({a});
        // The key was revoked in Gong.
        rig.server.setAccessKey(QStringLiteral("rotated-key"), QStringLiteral("rotated-secret"));
        int authFailures = 0;
        connect(rig.sync.get(), &SyncEngine::refreshFailed, this, [&](const ApiError &error) {
            if (error.kind == ApiError::Kind::Unauthorized)
                ++authFailures;
        });
        rig.actions->markDone({a});
        QTRY_COMPARE_WITH_TIMEOUT(rig.sync->state(), SyncEngine::State::Paused, Patient);
        QCOMPARE(authFailures, 1);
        QCOMPARE(rig.server.patchRequests().size(), 1);

        // Nothing more goes out while paused; the rep's changes still show and wait.
        rig.actions->dismiss({b});
        QTest::qWait(1000);
        QCOMPARE(rig.server.patchRequests().size(), 1);
        QCOMPARE(rig.sync->state(), SyncEngine::State::Paused);
        QCOMPARE(rig.sync->waitingCount(), 2);
        QCOMPARE(rig.localStatus(a), TaskStatus::Done);
        QCOMPARE(rig.localStatus(b), TaskStatus::Dismissed);
        QCOMPARE(rig.serverStatus(a), TaskStatus::Open);

        // New credentials: both go.
        rig.server.setAccessKey(SandboxServer::demoAccessKey(),
                                SandboxServer::demoAccessKeySecret());
        rig.sync->resume();
        QTRY_VERIFY_WITH_TIMEOUT(rig.serverStatus(a) == TaskStatus::Done &&
                                     rig.serverStatus(b) == TaskStatus::Dismissed,
                                 Patient);
        QTRY_VERIFY(rig.settled());
    }

    void aRacingRefreshNeverShowsTheTaskOpenAgain_data()
    {
        QTest::addColumn<bool>("refreshFirst");
        QTest::newRow("change, then refresh") << false;
        QTest::newRow("refresh on its way, then change") << true;
    }

    void aRacingRefreshNeverShowsTheTaskOpenAgain()
    {
        QFETCH(bool, refreshFirst);
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.someTask();
        rig.server.setLatencyMs(200);
        bool changed = false;
        int checks = 0;
        int sawOpen = 0;
        auto check = [&] {
            if (!changed)
                return;
            ++checks;
            if (rig.localStatus(id) == TaskStatus::Open)
                ++sawOpen;
        };
        connect(rig.sync.get(), &SyncEngine::tasksReset, this, check);
        connect(rig.sync.get(), &SyncEngine::taskChanged, this, check);
        connect(rig.sync.get(), &SyncEngine::stateChanged, this, check);
        connect(rig.sync.get(), &SyncEngine::refreshSucceeded, this, check);

        int refreshes = 0;
        connect(rig.sync.get(), &SyncEngine::refreshSucceeded, this, [&] { ++refreshes; });
        if (refreshFirst) {
            rig.sync->refresh();
            QVERIFY(rig.sync->isRefreshing());
            QTest::qWait(50); // the list request is on its way; its answer lists the task open
        }
        changed = true;
        rig.actions->markDone({id});
        if (!refreshFirst)
            rig.sync->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled() && !rig.sync->isRefreshing() && refreshes >= 1,
                                 Patient);
        QCOMPARE(rig.serverStatus(id), TaskStatus::Done);
        // And one more refresh now that Gong has it: the task leaves the open list.
        rig.sync->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sync->isRefreshing() && refreshes >= 2, Patient);
        QVERIFY(checks > 0);
        QCOMPARE(sawOpen, 0);
        QVERIFY(rig.localStatus(id) != TaskStatus::Open);
    }

    void changesWaitingAtQuitAreSentAfterTheNextStart()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.setTimeout(500);
        const QList<qint64> ids = rig.openIds(3);
        const QDateTime due = rig.clock.now().addDays(4);
        rig.server.setSilent(true);
        rig.actions->markDone({ids.at(0)});
        rig.actions->dismiss({ids.at(1)});
        rig.actions->reschedule({ids.at(2)}, due);
        // The first is on its way when the rep quits.
        QTRY_VERIFY(!rig.server.patchRequests().isEmpty());
        QCOMPARE(rig.sync->waitingCount(), 3);
        rig.quit();
        QCOMPARE(rig.serverStatus(ids.at(0)), TaskStatus::Open);

        rig.server.setSilent(false);
        rig.server.clearRequests();
        rig.network = std::make_unique<QNetworkAccessManager>();
        rig.client = std::make_unique<GongClient>(rig.network.get());
        rig.configure();
        rig.store = std::make_unique<TaskStore>();
        QVERIFY2(rig.store->open(rig.path()), qPrintable(rig.store->errorString()));
        QCOMPARE(rig.store->pendingChanges().size(), 3);
        rig.sync = std::make_unique<SyncEngine>(rig.client.get(), rig.store.get(), rig.clock);
        rig.sync->start();
        // Before the network answers, the list already shows what the rep did.
        QCOMPARE(rig.localStatus(ids.at(0)), TaskStatus::Done);
        QCOMPARE(rig.localStatus(ids.at(1)), TaskStatus::Dismissed);
        QCOMPARE(rig.sync->task(ids.at(2))->dueDate, due);
        QCOMPARE(rig.sync->waitingCount(), 3);

        QTRY_VERIFY_WITH_TIMEOUT(rig.serverStatus(ids.at(0)) == TaskStatus::Done &&
                                     rig.serverStatus(ids.at(1)) == TaskStatus::Dismissed &&
                                     rig.server.task(ids.at(2))->dueDate == due,
                                 Patient);
        QTRY_VERIFY(rig.settled());
        for (qint64 id : ids)
            QCOMPARE(rig.patchesFor(id).size(), 1);
    }

    void switchingAccountsKeepsEachAccountsChangesWithIt()
    {
        // Two Gong users on one server; the rep switches from A (the demo rep) to B in Settings
        // while A's change is still on its way. Each change must reach Gong with its own
        // account's userId, and an answer for A arriving while B is shown must not touch B.
        Rig rig;
        rig.server.seedDemoData(rig.clock.now(), rig.clock.timeZone());
        const QString userB = QStringLiteral("5550000000000000002");
        QList<Task> all = rig.server.tasks();
        const qsizetype own = all.size();
        for (qsizetype i = 0; i < own; ++i) {
            Task t = all.at(i);
            t.id = 8000000000000000000LL + i;
            t.userId = userB.toLongLong();
            all.append(t);
        }
        rig.server.setTasks(all);
        rig.server.setNow([&rig] { return rig.clock.now(); });
        QVERIFY(rig.server.start());
        QVERIFY(rig.launch());
        const qint64 taskA = rig.someTask();
        QVERIFY(taskA != 0 && taskA < 8000000000000000000LL);

        // A's change goes out; its answer is slow.
        rig.server.setLatencyMs(800);
        QVERIFY(rig.actions->markDone({taskA}));
        QTRY_COMPARE(rig.server.patchRequests().size(), 1);

        // The switch: B's own store, B's user id.
        TaskStore storeB;
        QVERIFY(storeB.open(rig.dir.filePath(QStringLiteral("b.sqlite"))));
        GongConfig configB = sandboxConfig(rig.server);
        configB.userId = userB;
        rig.client->setConfig(configB);
        rig.sync->switchStore(&storeB);
        rig.actions->clearUndo();
        QVERIFY(!rig.actions->canUndo());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sync->isRefreshing() && !rig.sync->tasks().isEmpty(), 10000);
        for (const Task &t : rig.sync->tasks())
            QVERIFY2(t.id >= 8000000000000000000LL, "A's task shown as B");
        QVERIFY(!rig.sync->task(taskA));
        const qint64 taskB = rig.someTask();
        QVERIFY(taskB >= 8000000000000000000LL);
        QVERIFY(rig.actions->dismiss({taskB}));
        QTRY_VERIFY_WITH_TIMEOUT(rig.serverStatus(taskB) == TaskStatus::Dismissed, Patient);
        QTRY_VERIFY_WITH_TIMEOUT(storeB.pendingChanges().isEmpty(), Patient);
        // A's answer came while B was shown: B's list and journal know nothing of it, and A's
        // journal still holds A's change (it was never confirmed to A's store).
        QTest::qWait(900);
        QVERIFY(!rig.sync->task(taskA));
        QCOMPARE(rig.store->pendingChanges().size(), 1);

        // Back to A: A's change is sent again, with A's id, and settles in A's store.
        rig.server.setLatencyMs(0);
        rig.client->setConfig(sandboxConfig(rig.server));
        rig.sync->switchStore(rig.store.get());
        QTRY_VERIFY_WITH_TIMEOUT(rig.store->pendingChanges().isEmpty(), Patient);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.serverStatus(taskA), TaskStatus::Done);
        for (const RecordedRequest &r : rig.server.patchRequests()) {
            const qint64 id = r.path.section(QLatin1Char('/'), -1).toLongLong();
            const QString sentAs = jsonOf(r.body).value(QLatin1String("userId")).toString();
            QCOMPARE(sentAs, id >= 8000000000000000000LL ? userB : repId());
        }
        QCOMPARE(rig.lastLedgerFor(taskA)->outcome, QStringLiteral("confirmed"));
    }

    void theAppsRateLimitIsRespected()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.sync->rateLimiter().setRate(3);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        connect(&rig.server, &SandboxServer::requestReceived, this,
                [&] { arrivals.append(clock.elapsed()); });
        const QList<qint64> ids = rig.openIds(12);
        QCOMPARE(ids.size(), 12);
        rig.actions->markDone(ids);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        for (qint64 id : ids)
            QCOMPARE(rig.serverStatus(id), TaskStatus::Done);
        QCOMPARE(rig.server.patchRequests().size(), 12);
        QCOMPARE(arrivals.size(), 12);
        // At most 3 in any one-second window. The limiter counts on the client's clock; arrival
        // at the server can shift by a few ms on loopback, hence 20 ms of slack.
        for (qsizetype i = 0; i < arrivals.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < arrivals.size() && arrivals.at(j) - arrivals.at(i) < 980; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 3,
                     qPrintable(QStringLiteral("%1 requests within a second from %2 ms: %3")
                                    .arg(inWindow)
                                    .arg(arrivals.at(i))
                                    .arg(QString::number(arrivals.last()))));
        }
        // Twelve at three a second take about three seconds, not more than needed.
        qInfo() << "12 PATCHes arrived over" << arrivals.last() - arrivals.first() << "ms";
        QVERIFY(arrivals.last() - arrivals.first() >= 2900);
        QVERIFY(arrivals.last() - arrivals.first() < 6000);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
