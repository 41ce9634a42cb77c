// Logging a call's outcome (TaskActions::logOutcome) against the real SandboxServer over loopback
// HTTP, with a real SQLite store: each kind of outcome sends exactly what its rule says, a
// contact's removal from a flow waits out its delay and goes alone, a key that may not change
// flows is told once, one undo takes the whole outcome back, a restart sends what waited, and a
// disk that refuses any part leaves nothing recorded.
#include "RawDb.h"
#include "SandboxConfig.h"
#include "core/CallingHours.h"
#include "core/RetryRule.h"
#include "core/TaskCodec.h"
#include "gong/GongClient.h"
#include "sandbox/SandboxServer.h"
#include "sync/DayLog.h"
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

using namespace engage;
using namespace std::chrono_literals;

namespace {

constexpr int Patient = 15000; // ms
const QString UnassignPath = QStringLiteral("/v2/flows/prospects/unassign-flows-by-crm-id");

// Time that runs, from Monday 30 Nov 2026 13:00 UTC, and can be moved on (a restart later).
class RunningClock final : public Clock
{
public:
    RunningClock() { m_elapsed.start(); }
    QDateTime now() const override { return m_start.addMSecs(m_elapsed.elapsed() + m_offsetMs); }
    QTimeZone timeZone() const override { return QTimeZone("Europe/Berlin"); }
    void advance(std::chrono::milliseconds by) { m_offsetMs += by.count(); }

private:
    QDateTime m_start{QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()};
    QElapsedTimer m_elapsed;
    qint64 m_offsetMs = 0;
};

CallOutcome outcome(const QString &name, CallOutcome::ConnectStatus status,
                    CallOutcome::TodoAction action, bool optOut = false)
{
    CallOutcome o;
    o.name = name;
    o.connectStatus = status;
    o.todoAction = action;
    o.markOptOut = optOut;
    return o;
}

const CallOutcome MeetingBooked =
    outcome(QStringLiteral("Meeting booked"), CallOutcome::ConnectStatus::Connected,
            CallOutcome::TodoAction::Complete);
const CallOutcome NotInterested =
    outcome(QStringLiteral("Not interested"), CallOutcome::ConnectStatus::Connected,
            CallOutcome::TodoAction::CompleteAndRemove);
const CallOutcome NoAnswer =
    outcome(QStringLiteral("No answer"), CallOutcome::ConnectStatus::NotConnected,
            CallOutcome::TodoAction::None);
const CallOutcome OptOut = outcome(QStringLiteral("Opt out"), CallOutcome::ConnectStatus::Connected,
                                   CallOutcome::TodoAction::CompleteAndRemove, true);

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject patchBody(const std::optional<QString> &status, const QDateTime &due = {})
{
    QJsonObject o{{QLatin1String("userId"), QString::number(DemoData::RepUserId)}};
    if (status)
        o.insert(QLatin1String("status"), *status);
    if (due.isValid())
        o.insert(QLatin1String("dueDate"), TaskCodec::formatDateTime(due));
    return o;
}

struct Rig {
    RunningClock clock;
    QTimeZone repZone{"Europe/Berlin"};
    CallSettings settings;
    QTemporaryDir dir;
    SandboxServer server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<GongClient> client;
    std::unique_ptr<TaskStore> store;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<TaskActions> actions;

    QString path() const { return dir.filePath(QStringLiteral("engage.sqlite")); }

    bool start()
    {
        server.seedDemoData(clock.now(), clock.timeZone());
        server.setNow([this] { return clock.now(); });
        return server.start() && launch();
    }
    bool launch()
    {
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<GongClient>(network.get());
        client->setConfig(sandboxConfig(server));
        store = std::make_unique<TaskStore>();
        if (!store->open(path()))
            return false;
        sync = std::make_unique<SyncEngine>(client.get(), store.get(), clock);
        actions = std::make_unique<TaskActions>(sync.get());
        sync->start();
        return QTest::qWaitFor([this] { return !sync->isRefreshing() && !sync->tasks().isEmpty(); },
                               10000);
    }
    void quit()
    {
        actions.reset();
        sync.reset();
        store.reset();
        client.reset();
        network.reset();
    }

    // An open task in a flow whose contact has a CRM id, with a contact other than those given.
    qint64 flowTask(const QList<qint64> &notLike = {}) const
    {
        QStringList taken;
        for (qint64 id : notLike)
            taken.append(sync->task(id)->contact->crmId);
        for (const Task &t : sync->tasks()) {
            if (t.status == TaskStatus::Open && t.flow && t.flow->id > 0 && t.contact &&
                !t.contact->crmId.isEmpty() && !t.contact->displayName().isEmpty() &&
                !taken.contains(t.contact->crmId))
                return t.id;
        }
        return 0;
    }
    qint64 manualTask() const
    {
        for (const Task &t : sync->tasks()) {
            if (t.status == TaskStatus::Open && !t.flow && t.contact)
                return t.id;
        }
        return 0;
    }
    Task task(qint64 id) const { return *sync->task(id); }

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
    QList<QJsonObject> unassigns() const
    {
        QList<QJsonObject> out;
        for (const RecordedRequest &r : server.requests()) {
            if (r.path == UnassignPath)
                out.append(jsonOf(r.body));
        }
        return out;
    }
    // Every request about this task: its PATCHes, and removals of its contact.
    int trafficFor(qint64 taskId) const
    {
        const QString crmId = task(taskId).contact->crmId;
        int n = static_cast<int>(patchesFor(taskId).size());
        for (const QJsonObject &u : unassigns())
            n += u.value(QLatin1String("crmProspectId")).toString() == crmId ? 1 : 0;
        return n;
    }
    TaskStatus serverStatus(qint64 id) const { return server.task(id)->status; }
    bool settled() const
    {
        return sync->waitingCount() == 0 && store->pendingChanges().isEmpty() &&
               sync->state() == SyncEngine::State::Synced;
    }
    QList<CallRecord> calls() const
    {
        return store->calls(clock.now().addDays(-1), clock.now().addDays(1));
    }
    QString outcomeOf(qint64 seq) const { return store->changeOutcome(seq); }

    OutcomeResult log(qint64 taskId, const CallOutcome &o, const QString &note = {})
    {
        return actions->logOutcome(taskId, o, note, settings, repZone);
    }
};

QJsonObject unassignBody(const Task &t)
{
    return {{QLatin1String("crmProspectId"), t.contact->crmId},
            {QLatin1String("flowId"), QString::number(t.flow->id)}};
}

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void completeSendsDoneAndNothingElse()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.flowTask();
        QVERIFY(id != 0);
        QSignalSpy done(rig.actions.get(), &TaskActions::done);
        QSignalSpy calls(rig.actions.get(), &TaskActions::callsChanged);
        const OutcomeResult result = rig.log(id, MeetingBooked, QStringLiteral("Demo on Thursday"));
        QVERIFY(result.recorded);
        QVERIFY(result.callId > 0);
        QCOMPARE(result.text, QStringLiteral("Meeting booked · done"));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toString(), result.text);
        QVERIFY(done.first().at(1).toBool());
        QCOMPARE(calls.size(), 1);
        QCOMPARE(rig.task(id).status, TaskStatus::Done); // shown at once

        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.patchesFor(id), QList<QJsonObject>{patchBody(QStringLiteral("DONE"))});
        QVERIFY(rig.unassigns().isEmpty());
        QCOMPARE(rig.serverStatus(id), TaskStatus::Done);

        const QList<CallRecord> log = rig.calls();
        QCOMPARE(log.size(), 1);
        const CallRecord &r = log.first();
        const Task t = rig.task(id);
        QCOMPARE(r.id, result.callId);
        QCOMPARE(r.taskId, id);
        QCOMPARE(r.contactName, t.contact->displayName());
        QCOMPARE(r.contactCrmId, t.contact->crmId);
        QVERIFY(!r.company.isEmpty());
        QCOMPARE(r.outcome, QStringLiteral("Meeting booked"));
        QVERIFY(r.connected);
        QCOMPARE(r.note, QStringLiteral("Demo on Thursday"));
        QCOMPARE(r.flowName, t.flow->name);
        QCOMPARE(r.stepNumber, t.flow->step->stepNumber);
        QCOMPARE(r.stepName, t.flow->step->name);
        QCOMPARE(r.sent, QStringLiteral("Marked done"));
        QCOMPARE(r.seqs.size(), 1);
        QCOMPARE(rig.outcomeOf(r.seqs.first()), QStringLiteral("confirmed"));
        QVERIFY(!r.undone);
    }

    void completeAndRemoveSendsDoneThenTheRemovalAlone()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.actions->setUnassignDelay(600ms);
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        const OutcomeResult result = rig.log(id, NotInterested);
        QVERIFY(result.recorded);
        QCOMPARE(
            result.text,
            QStringLiteral("Not interested · done · removed from flow %1").arg(before.flow->name));
        // DONE goes at once; the removal waits out its delay, then goes by itself.
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QVERIFY(rig.unassigns().isEmpty());
        QCOMPARE(rig.sync->waitingCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.unassigns(), QList<QJsonObject>{unassignBody(before)});
        // Never merged: the PATCH carried the status only.
        QCOMPARE(rig.patchesFor(id), QList<QJsonObject>{patchBody(QStringLiteral("DONE"))});
        QCOMPARE(rig.serverStatus(id), TaskStatus::Done); // done stays done
        const CallRecord r = rig.calls().first();
        QCOMPARE(r.sent,
                 QStringLiteral("Marked done · removed from flow %1").arg(before.flow->name));
        QCOMPARE(r.seqs.size(), 2);
        QCOMPARE(rig.outcomeOf(r.seqs.at(0)), QStringLiteral("confirmed"));
        QCOMPARE(rig.outcomeOf(r.seqs.at(1)), QStringLiteral("confirmed"));
        QVERIFY(!rig.actions->isOptedOut(before.contact->crmId));
    }

    void removalWithoutAFlowOnlyClosesAndSaysWhy()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.actions->setUnassignDelay(0ms);
        const qint64 id = rig.manualTask();
        QVERIFY(id != 0);
        const OutcomeResult result = rig.log(id, NotInterested);
        QVERIFY(result.recorded);
        QVERIFY2(result.text.contains(QStringLiteral("no flow")), qPrintable(result.text));
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.patchesFor(id), QList<QJsonObject>{patchBody(QStringLiteral("DONE"))});
        QVERIFY(rig.unassigns().isEmpty());
        QCOMPARE(rig.calls().first().seqs.size(), 1);
    }

    void optOutClosesRemovesAndMarksTheContactHere()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.actions->setUnassignDelay(0ms);
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        QVERIFY(!rig.actions->isOptedOut(before.contact->crmId));
        const OutcomeResult result = rig.log(id, OptOut);
        QVERIFY(result.recorded);
        QVERIFY(rig.actions->isOptedOut(before.contact->crmId));
        QVERIFY(!rig.actions->isOptedOut(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.patchesFor(id), QList<QJsonObject>{patchBody(QStringLiteral("DONE"))});
        QCOMPARE(rig.unassigns(), QList<QJsonObject>{unassignBody(before)});
        QVERIFY(rig.calls().first().sent.contains(QStringLiteral("opted out")));
        // The mark is the store's: the next start has it.
        rig.quit();
        QVERIFY(rig.launch());
        QVERIFY(rig.actions->isOptedOut(before.contact->crmId));
    }

    void noActionKeepsItOpenAndDueAgainInCallingHours()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        const OutcomeResult result = rig.log(id, NoAnswer);
        QVERIFY(result.recorded);
        QVERIFY2(result.text.startsWith(QStringLiteral("No answer · due again ")),
                 qPrintable(result.text));
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        const CallRecord r = rig.calls().first();
        QDateTime want = RetryRule(rig.settings.retry)
                             .nextDue(false, r.at,
                                      CallingHours::forContact(*before.contact, rig.repZone,
                                                               rig.settings.hours));
        QVERIFY(want.isValid());
        want = want.addMSecs(-(want.toMSecsSinceEpoch() % 60000)); // to the minute
        QCOMPARE(rig.patchesFor(id), QList<QJsonObject>{patchBody(std::nullopt, want)});
        QCOMPARE(rig.server.task(id)->status, TaskStatus::Open);
        QCOMPARE(rig.server.task(id)->dueDate, want);
        QCOMPARE(rig.task(id).dueDate, want);
        QVERIFY(rig.unassigns().isEmpty());
        QVERIFY2(r.sent.startsWith(QStringLiteral("Due ")), qPrintable(r.sent));
        QVERIFY(!r.connected);
    }

    void aKeyThatMayNotChangeFlowsIsToldOnceAndTheTasksStayDone()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setMissingScopes({QStringLiteral("api:flows:write")});
        rig.actions->setUnassignDelay(0ms);
        const qint64 first = rig.flowTask();
        const qint64 second = rig.flowTask({first});
        QVERIFY(first != 0 && second != 0);
        QSignalSpy notices(rig.sync.get(), &SyncEngine::notice);
        QVERIFY(rig.log(first, NotInterested).recorded);
        QVERIFY(rig.log(second, NotInterested).recorded);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.unassigns().size(), 2); // both asked, both refused
        QCOMPARE(notices.size(), 1);
        const QString text = notices.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("api:flows:write")), qPrintable(text));
        QVERIFY2(text.contains(rig.task(first).contact->displayName()), qPrintable(text));
        QVERIFY2(text.contains(rig.task(first).flow->name), qPrintable(text));
        for (qint64 id : {first, second}) {
            QCOMPARE(rig.serverStatus(id), TaskStatus::Done);
            QCOMPARE(rig.task(id).status, TaskStatus::Done);
            QVERIFY(!rig.sync->mark(id).failed); // nothing held for the rep
        }
        for (const CallRecord &r : rig.calls()) {
            QCOMPARE(rig.outcomeOf(r.seqs.at(0)), QStringLiteral("confirmed"));
            QCOMPARE(rig.outcomeOf(r.seqs.at(1)), QStringLiteral("refused"));
        }
        // The day log shows the two calls, each once, refused for the flow.
        const QList<DayLogRow> day = DayLog::rows(
            *rig.store, rig.clock.now().toTimeZone(rig.repZone).date(), rig.repZone, {}, {});
        QCOMPARE(day.size(), 2);
        for (const DayLogRow &row : day) {
            QVERIFY(row.isCall);
            QVERIFY2(row.confirmation.startsWith(QStringLiteral("refused: ")) &&
                         row.confirmation.contains(QStringLiteral("api:flows:write")),
                     qPrintable(row.confirmation));
        }
    }

    void aRemovalGongRefusesIsDroppedWithItsRequestId()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.actions->setUnassignDelay(1500ms);
        const qint64 id = rig.flowTask();
        QSignalSpy notices(rig.sync.get(), &SyncEngine::notice);
        QVERIFY(rig.log(id, NotInterested).recorded);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QVERIFY(rig.unassigns().isEmpty()); // so the canned answer is the removal's
        rig.server.enqueueError(404, QStringLiteral("Prospect not found"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(notices.size(), 1);
        const QString text = notices.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("Gong request ID")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Prospect not found")), qPrintable(text));
        QCOMPARE(rig.outcomeOf(rig.calls().first().seqs.at(1)), QStringLiteral("refused"));
        QCOMPARE(rig.task(id).status, TaskStatus::Done);
    }

    void aRemovalThatCannotGoNowIsSentAgain_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("server error") << 500;
        QTest::newRow("rate limit") << 429;
        QTest::newRow("credentials") << 401; // paused until the rep signs in again
    }

    void aRemovalThatCannotGoNowIsSentAgain()
    {
        QFETCH(int, status);
        Rig rig;
        QVERIFY(rig.start());
        rig.actions->setUnassignDelay(1500ms);
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        QSignalSpy notices(rig.sync.get(), &SyncEngine::notice);
        QVERIFY(rig.log(id, NotInterested).recorded);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QVERIFY(rig.unassigns().isEmpty());
        rig.server.enqueueError(status, QStringLiteral("Not now"), status == 429 ? 1 : -1);
        if (status == 401) {
            QTRY_COMPARE_WITH_TIMEOUT(rig.sync->state(), SyncEngine::State::Paused, Patient);
            QCOMPARE(rig.sync->waitingCount(), 1); // kept
            QCOMPARE(rig.store->pendingChanges().size(), 1);
            rig.sync->resume();
        }
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.unassigns(), (QList<QJsonObject>{unassignBody(before), unassignBody(before)}));
        QCOMPARE(rig.outcomeOf(rig.calls().first().seqs.at(1)), QStringLiteral("confirmed"));
        QCOMPARE(notices.size(), 0);
    }

    void undoBeforeAnythingWentCostsNoTraffic()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        QVERIFY(rig.log(id, OptOut).recorded);
        QSignalSpy done(rig.actions.get(), &TaskActions::done);
        QSignalSpy calls(rig.actions.get(), &TaskActions::callsChanged);
        QVERIFY(rig.actions->undo());
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toString(), QStringLiteral("Undone: opt out"));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(rig.task(id).status, TaskStatus::Open);
        QVERIFY(!rig.actions->isOptedOut(before.contact->crmId));
        QVERIFY(rig.calls().first().undone);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QTest::qWait(300);
        QCOMPARE(rig.trafficFor(id), 0);
        QCOMPARE(rig.serverStatus(id), TaskStatus::Open);
        const CallRecord r = rig.calls().first();
        for (qint64 seq : r.seqs)
            QCOMPARE(rig.outcomeOf(seq), QStringLiteral("cancelled"));
    }

    void undoAfterDoneWentCancelsTheWaitingRemoval()
    {
        Rig rig;
        QVERIFY(rig.start()); // the default delay: 20 s
        const qint64 id = rig.flowTask();
        QVERIFY(rig.log(id, NotInterested).recorded);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sync->waitingCount(), 1, Patient); // the removal
        QVERIFY(rig.actions->undo());
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.patchesFor(id), (QList<QJsonObject>{patchBody(QStringLiteral("DONE")),
                                                         patchBody(QStringLiteral("OPEN"))}));
        QVERIFY(rig.unassigns().isEmpty());
        QCOMPARE(rig.serverStatus(id), TaskStatus::Open);
        // The way back joined the call, which is undone.
        const CallRecord r = rig.calls().first();
        QVERIFY(r.undone);
        QCOMPARE(r.seqs.size(), 3);
        QCOMPARE(rig.outcomeOf(r.seqs.at(1)), QStringLiteral("cancelled"));
    }

    // The disk will not take the undo: the waiting removal must not be taken for gone.
    void anUndoTheDiskRefusesLeavesTheRemovalToUndoLater()
    {
        Rig rig;
        QVERIFY(rig.start()); // the default delay: 20 s
        const qint64 id = rig.flowTask();
        QVERIFY(rig.log(id, NotInterested).recorded);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sync->waitingCount(), 1, Patient);
        QSignalSpy notSaved(rig.sync.get(), &SyncEngine::changeNotSaved);
        {
            testing::RawDb raw(rig.path());
            QVERIFY(raw.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'x')")));
            QVERIFY(!rig.actions->undo());
            QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
        }
        QVERIFY(notSaved.size() >= 1);
        QVERIFY(rig.actions->canUndo());
        QCOMPARE(rig.sync->waitingCount(), 1); // the removal, still waiting
        QSignalSpy done(rig.actions.get(), &TaskActions::done);
        QVERIFY(rig.actions->undo());
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toString().contains(QStringLiteral("stays out")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), 5000);
        QVERIFY(rig.unassigns().isEmpty());
        QCOMPARE(rig.serverStatus(id), TaskStatus::Open);
        QVERIFY(rig.calls().first().undone);
    }

    void undoAfterTheRemovalWentSaysTheyStayOut()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.actions->setUnassignDelay(0ms);
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        QVERIFY(rig.log(id, OptOut).recorded);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.unassigns().size(), 1);
        QSignalSpy done(rig.actions.get(), &TaskActions::done);
        QVERIFY(rig.actions->undo());
        QCOMPARE(done.size(), 1);
        const QString text = done.first().at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("%1 stays out of %2 in Gong")
                                   .arg(before.contact->displayName(), before.flow->name)),
                 qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        // The compensating PATCH went; the removal could not be taken back, and was not re-sent.
        QCOMPARE(rig.patchesFor(id), (QList<QJsonObject>{patchBody(QStringLiteral("DONE")),
                                                         patchBody(QStringLiteral("OPEN"))}));
        QCOMPARE(rig.unassigns().size(), 1);
        QCOMPARE(rig.serverStatus(id), TaskStatus::Open);
        QVERIFY(!rig.actions->isOptedOut(before.contact->crmId));
        QVERIFY(rig.calls().first().undone);
    }

    void aRestartSendsARemovalThatWaited()
    {
        Rig rig;
        QVERIFY(rig.start()); // the default delay: 20 s
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        QVERIFY(rig.log(id, NotInterested).recorded);
        QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(id), TaskStatus::Done, Patient);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sync->waitingCount(), 1, Patient);
        rig.quit(); // before the removal went
        QVERIFY(rig.unassigns().isEmpty());
        rig.clock.advance(30s);
        QVERIFY(rig.launch());
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.unassigns(), QList<QJsonObject>{unassignBody(before)});
        QCOMPARE(rig.patchesFor(id).size(), 1);
        QCOMPARE(rig.outcomeOf(rig.calls().first().seqs.at(1)), QStringLiteral("confirmed"));
    }

    void aDiskRefusalRecordsNothing_data()
    {
        QTest::addColumn<QString>("refusal");
        // Another program holds the file: the first write fails.
        QTest::newRow("every write") << QStringLiteral("lock");
        // Only the call log's write fails, after the changes were recorded: they are taken back.
        QTest::newRow("the call log") << QStringLiteral("calls");
    }

    void aDiskRefusalRecordsNothing()
    {
        QFETCH(QString, refusal);
        Rig rig;
        QVERIFY(rig.start());
        rig.actions->setUnassignDelay(0ms);
        const qint64 id = rig.flowTask();
        const Task before = rig.task(id);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        rig.server.clearRequests();
        QSignalSpy notSaved(rig.sync.get(), &SyncEngine::changeNotSaved);
        QSignalSpy calls(rig.actions.get(), &TaskActions::callsChanged);
        const int ledgerBefore = static_cast<int>(rig.store->ledger().size());
        OutcomeResult result;
        {
            testing::RawDb raw(rig.path());
            if (refusal == QLatin1String("lock")) {
                QVERIFY(raw.exec(QStringLiteral("BEGIN EXCLUSIVE")));
                QVERIFY(
                    raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'x')")));
            } else {
                QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON calls "
                                                "BEGIN SELECT RAISE(FAIL, 'disk full'); END")));
            }
            result = rig.log(id, OptOut);
            if (refusal == QLatin1String("lock"))
                QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
            else
                QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        QVERIFY(!result.recorded);
        QCOMPARE(result.callId, 0);
        QCOMPARE(notSaved.size(), 1);
        QCOMPARE(calls.size(), 0);
        QCOMPARE(rig.task(id).status, TaskStatus::Open);
        QVERIFY(rig.store->pendingChanges().isEmpty());
        QCOMPARE(rig.sync->waitingCount(), 0);
        QVERIFY(rig.calls().isEmpty());
        QVERIFY(!rig.actions->isOptedOut(before.contact->crmId));
        QVERIFY(!rig.actions->canUndo());
        // What was recorded on the way was cancelled, never sent.
        const QList<TaskStore::LedgerEntry> ledger = rig.store->ledger();
        for (qsizetype i = ledgerBefore; i < ledger.size(); ++i)
            QCOMPARE(ledger.at(i).outcome, QStringLiteral("cancelled"));
        QTest::qWait(500);
        QCOMPARE(rig.trafficFor(id), 0);
        QCOMPARE(rig.serverStatus(id), TaskStatus::Open);
        // And once the disk takes it again, it works.
        QVERIFY(rig.log(id, OptOut).recorded);
        QTRY_VERIFY_WITH_TIMEOUT(rig.settled(), Patient);
        QCOMPARE(rig.serverStatus(id), TaskStatus::Done);
    }
};

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
