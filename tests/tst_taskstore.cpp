// TaskStore on real SQLite files: the cache the app starts from, the outbox journal that keeps the
// rep's changes until Gong confirms them, and the activity ledger. What the rep would notice:
// the list is there at start, no change is ever lost (not by a restart, not by a damaged file),
// and a file the app cannot use is kept and explained rather than dropped.
#include "RawDb.h"
#include "sync/TaskStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace engage;
using testing::RawDb;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

// Ids beyond 2^53, where a double would silently round them.
constexpr qint64 BigId = 9007199254740993LL; // 2^53 + 1
constexpr qint64 OtherBigId = 7782342274025937895LL;
constexpr qint64 RepId = 234599484848423LL;

Task richTask()
{
    Task t;
    t.id = BigId;
    t.userId = RepId;
    t.created = utc(2026, 11, 2, 8, 15, 7);
    t.updated = utc(2026, 11, 29, 17, 40, 59);
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.actions = {QStringLiteral("CALL")};
    t.dueDate = utc(2026, 11, 30, 9, 0);
    t.priority = Priority{9007199254740995LL, QStringLiteral("High"), 3};
    t.account = Account{QStringLiteral("001Dn00000AbCdE"), QStringLiteral("Globex Ltd."),
                        QStringLiteral("https://crm.example/001Dn00000AbCdE")};
    Opportunity o;
    o.crmId = QStringLiteral("006Dn000001XyZ");
    o.name = QStringLiteral("Globex — 250 seats");
    o.stage = QStringLiteral("Negotiation");
    o.amount = QStringLiteral("125000");
    o.closeDate = QStringLiteral("2026-12-31");
    t.opportunity = o;
    t.flow = Flow{OtherBigId, QStringLiteral("Q4 outbound"),
                  FlowStep{9223372036854775000LL, QStringLiteral("Call #2"), 3}};
    Contact c;
    c.crmId = QStringLiteral("003Dn00000Qq");
    c.type = QStringLiteral("CONTACT");
    c.firstName = QStringLiteral("Zoë");
    c.lastName = QStringLiteral("Ångström");
    c.companyName = QStringLiteral("Globex Ltd.");
    c.emails = {QStringLiteral("zoe@globex.example")};
    c.title = QStringLiteral("VP Sales");
    c.timezone = QStringLiteral("Europe/Stockholm");
    PhoneNumber p;
    p.raw = QStringLiteral("+46 8 123 456 78");
    p.normalized = QStringLiteral("+46812345678");
    p.label = QStringLiteral("work");
    c.phoneNumbers = {p};
    t.contact = c;
    return t;
}

Task plainTask(qint64 id, const QString &title)
{
    Task t;
    t.id = id;
    t.userId = RepId;
    t.status = TaskStatus::Open;
    t.type = TaskType::Manual;
    t.title = title;
    t.updated = utc(2026, 11, 28, 12, 0);
    t.dueDate = utc(2026, 12, 1, 8, 0);
    return t;
}

QList<Task> sortedById(QList<Task> tasks)
{
    std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
    return tasks;
}

QStringList brokenFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.broken-*")}, QDir::Files);
}

} // namespace

class TestTaskStore : public QObject
{
    Q_OBJECT

private slots:
    void openCreatesTheSchemaInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        TaskStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.movedAside().isEmpty());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(store.cachedTasks().isEmpty());
        QVERIFY(store.pendingChanges().isEmpty());
        QVERIFY(!store.cachedAt().isValid());

        // After a write, the write-ahead log is beside the file.
        QVERIFY(store.appendChange(1, {TaskStatus::Done, {}}, {}, utc(2026, 11, 30, 13, 0)) > 0);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

        // Another connection sees the schema version and WAL mode (stored in the file itself).
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 TaskStore::SchemaVersion);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        for (const char *table : {"tasks", "meta", "outbox", "ledger"}) {
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                              "'table' AND name = '%1'")
                                   .arg(QLatin1String(table)))
                         .toInt(),
                     1);
        }
        // And the change the store committed, without the store closing first.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);
    }

    void openingTwiceKeepsTheData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        {
            TaskStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.saveCache({plainTask(5, QStringLiteral("Call back"))},
                                    utc(2026, 11, 30, 13, 0)));
        }
        TaskStore again;
        QVERIFY2(again.open(path), qPrintable(again.errorString()));
        QVERIFY(again.movedAside().isEmpty());
        QCOMPARE(again.cachedTasks().size(), 1);
        QVERIFY(brokenFilesIn(dir.path()).isEmpty());
    }

    void cacheRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QList<Task> tasks{richTask(), plainTask(OtherBigId, QStringLiteral("Send pricing")),
                                plainTask(42, QStringLiteral("Small id"))};
        const QDateTime at = utc(2026, 11, 30, 13, 5, 31);
        {
            TaskStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.saveCache(TaskList(tasks), at));
            QCOMPARE(sortedById(store.cachedTasks().toList()), sortedById(tasks));
            QCOMPARE(store.cachedAt(), at);
        }
        // What the next start shows before the network answers: the same list, to the last digit
        // of every id.
        TaskStore store;
        QVERIFY(store.open(path));
        const QList<Task> cached = sortedById(store.cachedTasks().toList());
        QCOMPARE(cached, sortedById(tasks));
        QList<qint64> ids;
        for (const Task &t : cached)
            ids.append(t.id);
        QCOMPARE(ids, (QList<qint64>{42, BigId, OtherBigId}));
        QVERIFY(std::any_of(cached.cbegin(), cached.cend(), [](const Task &t) {
            return t.id == BigId && t.flow && t.flow->step &&
                   t.flow->step->id == 9223372036854775000LL &&
                   t.priority->id == 9007199254740995LL;
        }));
        QCOMPARE(store.cachedAt(), at);
        QCOMPARE(store.cachedAt().timeSpec(), Qt::UTC);
    }

    void saveCacheReplacesTheWholeList()
    {
        QTemporaryDir dir;
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("engage.sqlite"))));
        QVERIFY(
            store.saveCache({plainTask(1, QStringLiteral("a")), plainTask(2, QStringLiteral("b"))},
                            utc(2026, 11, 30, 9, 0)));
        QVERIFY(store.saveCache({plainTask(3, QStringLiteral("c"))}, utc(2026, 11, 30, 10, 0)));
        const QList<Task> cached = store.cachedTasks().toList();
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached.first().id, 3);
        QCOMPARE(store.cachedAt(), utc(2026, 11, 30, 10, 0));
        // An empty list is a valid answer ("no tasks"), not "keep the old ones".
        QVERIFY(store.saveCache({}, utc(2026, 11, 30, 11, 0)));
        QVERIFY(store.cachedTasks().isEmpty());
        QCOMPARE(store.cachedAt(), utc(2026, 11, 30, 11, 0));
    }

    void updateAndRemoveOneCachedTask()
    {
        QTemporaryDir dir;
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("engage.sqlite"))));
        QVERIFY(store.saveCache({richTask(), plainTask(2, QStringLiteral("b"))},
                                utc(2026, 11, 30, 9, 0)));
        Task done = richTask();
        done.status = TaskStatus::Done;
        done.updated = utc(2026, 11, 30, 13, 1);
        QVERIFY(store.updateCachedTask(done));
        QVERIFY(store.removeCachedTask(2));
        const QList<Task> cached = store.cachedTasks().toList();
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached.first(), done);
        // The list's stamp is the last full refresh, not the last single update.
        QCOMPARE(store.cachedAt(), utc(2026, 11, 30, 9, 0));
        // A task the cache did not have is added.
        QVERIFY(store.updateCachedTask(plainTask(77, QStringLiteral("new"))));
        QCOMPARE(store.cachedTasks().size(), 2);
    }

    void metaValuesAreKeptByKeyAndAFailedWriteSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QString key = QStringLiteral("call_outcomes");
        {
            TaskStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.meta(key).isEmpty()); // not there yet
            QVERIFY(store.saveMeta(key, QStringLiteral("{\"outcomes\":[]}")));
            QVERIFY(store.saveMeta(key, QStringLiteral("{\"outcomes\":[{}]}"))); // replaces
            QVERIFY(store.saveMeta(QStringLiteral("other"), QStringLiteral("x")));
            QCOMPARE(store.meta(key), QStringLiteral("{\"outcomes\":[{}]}"));
            // The task cache's own stamp is untouched by them.
            QVERIFY(!store.cachedAt().isValid());
        }
        TaskStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.meta(key), QStringLiteral("{\"outcomes\":[{}]}"));
        QCOMPARE(again.meta(QStringLiteral("other")), QStringLiteral("x"));

        // Another program holds the file: the write fails, and says why.
        RawDb blocker(path);
        QVERIFY(blocker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(!again.saveMeta(key, QStringLiteral("lost")));
        QCOMPARE(again.lastError().kind, StoreError::Kind::Busy);
        QVERIFY(blocker.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(again.meta(key), QStringLiteral("{\"outcomes\":[{}]}"));
    }

    void outboxKeepsChangesInOrderWithTheirFields()
    {
        QTemporaryDir dir;
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("engage.sqlite"))));
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        const QDateTime base1 = utc(2026, 11, 29, 17, 40, 59);
        const QDateTime base2 = utc(2026, 11, 28, 8, 0, 1);
        // Tomorrow 09:00 in Berlin, as the reschedule dialog would produce it.
        const QDateTime dueBerlin(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Europe/Berlin"));

        const qint64 s1 = store.appendChange(BigId, {TaskStatus::Done, {}}, base1, now);
        const qint64 s2 =
            store.appendChange(OtherBigId, {std::nullopt, dueBerlin}, base2, now.addSecs(1));
        const qint64 s3 =
            store.appendChange(BigId, {TaskStatus::Dismissed, {}}, base1, now.addSecs(2));
        const qint64 s4 =
            store.appendChange(7, {TaskStatus::Open, utc(2026, 12, 2, 15, 30)}, {}, now.addSecs(3));
        QVERIFY(s1 > 0);
        QVERIFY(s1 < s2 && s2 < s3 && s3 < s4);

        const QList<PendingChange> pending = store.pendingChanges();
        QCOMPARE(pending.size(), 4);
        QCOMPARE(pending.at(0).seq, s1);
        QCOMPARE(pending.at(0).taskId, BigId);
        QCOMPARE(pending.at(0).update.status, std::optional(TaskStatus::Done));
        QVERIFY(!pending.at(0).update.dueDate.isValid());
        QCOMPARE(pending.at(0).baseUpdated, base1);
        QCOMPARE(pending.at(0).createdAt, now);
        QVERIFY(!pending.at(0).failed);
        QVERIFY(pending.at(0).failure.isEmpty());

        QCOMPARE(pending.at(1).seq, s2);
        QCOMPARE(pending.at(1).taskId, OtherBigId);
        QVERIFY(!pending.at(1).update.status);
        // The same instant, kept in UTC (08:00Z), whatever zone the rep picked it in.
        QCOMPARE(pending.at(1).update.dueDate, dueBerlin);
        QCOMPARE(pending.at(1).update.dueDate, utc(2026, 12, 1, 8, 0));
        QCOMPARE(pending.at(1).update.dueDate.timeSpec(), Qt::UTC);
        QCOMPARE(pending.at(1).baseUpdated, base2);

        QCOMPARE(pending.at(2).seq, s3);
        QCOMPARE(pending.at(2).update.status, std::optional(TaskStatus::Dismissed));

        // Both fields at once, and no base stamp (a task seen before it had one).
        QCOMPARE(pending.at(3).seq, s4);
        QCOMPARE(pending.at(3).update.status, std::optional(TaskStatus::Open));
        QCOMPARE(pending.at(3).update.dueDate, utc(2026, 12, 2, 15, 30));
        QVERIFY(!pending.at(3).baseUpdated.isValid());
    }

    void removeChangesTakesOnlyThoseAndSeqsAreNeverReused()
    {
        QTemporaryDir dir;
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("engage.sqlite"))));
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        QList<qint64> seqs;
        for (int i = 0; i < 5; ++i)
            seqs.append(store.appendChange(100 + i, {TaskStatus::Done, {}}, now, now));
        QVERIFY(store.removeChanges({seqs.at(1), seqs.at(3)}));
        QList<qint64> left;
        for (const PendingChange &c : store.pendingChanges())
            left.append(c.seq);
        QCOMPARE(left, (QList<qint64>{seqs.at(0), seqs.at(2), seqs.at(4)}));
        // Removing what is not there is harmless.
        QVERIFY(store.removeChanges({seqs.at(1), 999999}));
        QCOMPARE(store.pendingChanges().size(), 3);
        QVERIFY(store.removeChanges({}));

        // Emptied, the journal still numbers new changes after the old ones: order is never
        // confused with a change that was already settled.
        QVERIFY(store.removeChanges({seqs.at(0), seqs.at(2), seqs.at(4)}));
        QVERIFY(store.pendingChanges().isEmpty());
        const qint64 next = store.appendChange(200, {TaskStatus::Dismissed, {}}, now, now);
        QVERIFY2(next > seqs.last(),
                 qPrintable(QStringLiteral("%1 after %2").arg(next).arg(seqs.last())));
    }

    void markFailedAndClearFailure()
    {
        QTemporaryDir dir;
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("engage.sqlite"))));
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        const qint64 a1 = store.appendChange(1, {TaskStatus::Done, {}}, now, now);
        const qint64 b = store.appendChange(2, {TaskStatus::Done, {}}, now, now);
        const qint64 a2 = store.appendChange(1, {std::nullopt, utc(2026, 12, 3, 9, 0)}, now, now);
        const QString message = QStringLiteral("Gong refused the request as malformed (HTTP 400). "
                                               "Gong said: “dueDate is in the past”. (Gong "
                                               "request ID: 4d3x9qk2b7m1n8p0z5r)");
        QVERIFY(store.markFailed({a1, a2}, message));

        QList<PendingChange> pending = store.pendingChanges();
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.at(0).seq, a1);
        QVERIFY(pending.at(0).failed);
        QCOMPARE(pending.at(0).failure, message);
        QCOMPARE(pending.at(1).seq, b);
        QVERIFY(!pending.at(1).failed);
        QVERIFY(pending.at(1).failure.isEmpty());
        QVERIFY(pending.at(2).failed);
        QCOMPARE(pending.at(2).failure, message);

        // Retry: the task's changes are waiting again, the message is gone, the order unchanged.
        QVERIFY(store.clearFailure({a1, a2}));
        pending = store.pendingChanges();
        QCOMPARE(pending.size(), 3);
        for (const PendingChange &c : pending) {
            QVERIFY(!c.failed);
            QVERIFY(c.failure.isEmpty());
        }
        QCOMPARE(pending.at(0).seq, a1);
        QCOMPARE(pending.at(2).seq, a2);
    }

    void theJournalSurvivesClosingAndReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        QList<PendingChange> before;
        {
            TaskStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.appendChange(BigId, {TaskStatus::Done, {}}, utc(2026, 11, 29, 1, 2, 3),
                                       now) > 0);
            const qint64 failed = store.appendChange(
                OtherBigId, {std::nullopt, utc(2026, 12, 4, 16, 0)}, {}, now.addSecs(5));
            QVERIFY(store.markFailed({failed}, QStringLiteral("refused (Gong request ID: abc)")));
            before = store.pendingChanges();
            QCOMPARE(before.size(), 2);
        } // the app quits

        // The next start sees exactly what was waiting.
        TaskStore store;
        QVERIFY(store.open(path));
        const QList<PendingChange> after = store.pendingChanges();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).seq, before.at(i).seq);
            QCOMPARE(after.at(i).taskId, before.at(i).taskId);
            QCOMPARE(after.at(i).update, before.at(i).update);
            QCOMPARE(after.at(i).baseUpdated, before.at(i).baseUpdated);
            QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
            QCOMPARE(after.at(i).failed, before.at(i).failed);
            QCOMPARE(after.at(i).failure, before.at(i).failure);
        }
        QCOMPARE(after.at(0).taskId, BigId);
        QVERIFY(after.at(1).failed);
        // One ledger line per change, written with it.
        QCOMPARE(store.ledger().size(), 2);
    }

    void aSecondStoreOnTheSameFileSeesCommittedChanges()
    {
        // Every write is committed before the call returns: another reader (a second instance,
        // or the process after kill -9) sees it without the first one closing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        TaskStore first;
        QVERIFY(first.open(path));
        TaskStore second;
        QVERIFY2(second.open(path), qPrintable(second.errorString()));
        QVERIFY(second.movedAside().isEmpty());
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        const qint64 seq = first.appendChange(BigId, {TaskStatus::Dismissed, {}}, now, now);
        QVERIFY(seq > 0);
        const QList<PendingChange> seen = second.pendingChanges();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().seq, seq);
        QCOMPARE(seen.first().taskId, BigId);
        QCOMPARE(seen.first().update.status, std::optional(TaskStatus::Dismissed));
        QVERIFY(first.saveCache({richTask()}, now));
        QCOMPARE(second.cachedTasks().toList(), QList<Task>{richTask()});
    }

    void ledgerRecordsEachChangesOwnOutcome()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QDateTime t0 = utc(2026, 11, 30, 13, 0);
        {
            TaskStore store;
            QVERIFY(store.open(path));
            const qint64 done = store.appendChange(BigId, {TaskStatus::Done, {}}, t0, t0);
            const qint64 moved =
                store.appendChange(2, {std::nullopt, utc(2026, 12, 3, 9, 0)}, t0, t0.addSecs(10));
            Task confirmed = richTask();
            confirmed.status = TaskStatus::Done;
            QVERIFY(store.confirmChanges({done}, confirmed));
            // A later change to the same task: settling it leaves the first one's outcome alone
            // (the old ledger marked every pending line of the task).
            const qint64 reopened =
                store.appendChange(BigId, {TaskStatus::Open, {}}, t0, t0.addSecs(20));
            const qint64 again =
                store.appendChange(BigId, {TaskStatus::Done, {}}, t0, t0.addSecs(25));
            QVERIFY(store.removeChanges({reopened}, QStringLiteral("cancelled")));
            const qint64 dismissed =
                store.appendChange(3, {TaskStatus::Dismissed, {}}, t0, t0.addSecs(30));
            QVERIFY(store.dropTask(3, {dismissed}));
            QVERIFY(store.markFailed({moved}, QStringLiteral("refused")));
            QVERIFY(again > 0);
            // The operations are whole: the confirmed task is in the cache, the gone one not.
            QCOMPARE(store.cachedTasks().size(), 1);
            QCOMPARE(store.pendingChanges().size(), 2); // `moved` (held) and `again`
        }
        TaskStore store;
        QVERIFY(store.open(path));
        const QList<TaskStore::LedgerEntry> ledger = store.ledger();
        QCOMPARE(ledger.size(), 5);
        QCOMPARE(ledger.at(0).taskId, BigId);
        QCOMPARE(ledger.at(0).action, QStringLiteral("done"));
        QCOMPARE(ledger.at(0).at, t0);
        QCOMPARE(ledger.at(0).outcome, QStringLiteral("confirmed"));
        QCOMPARE(ledger.at(1).taskId, 2);
        QCOMPARE(ledger.at(1).action, QStringLiteral("rescheduled"));
        QCOMPARE(ledger.at(1).at, t0.addSecs(10));
        QCOMPARE(ledger.at(1).outcome, QStringLiteral("failed"));
        QCOMPARE(ledger.at(2).action, QStringLiteral("reopened"));
        QCOMPARE(ledger.at(2).outcome, QStringLiteral("cancelled"));
        QCOMPARE(ledger.at(3).action, QStringLiteral("done"));
        QCOMPARE(ledger.at(3).outcome, QStringLiteral("pending"));
        QCOMPARE(ledger.at(4).taskId, 3);
        QCOMPARE(ledger.at(4).outcome, QStringLiteral("gone"));
        for (const TaskStore::LedgerEntry &e : ledger)
            QVERIFY(e.seq > 0);
    }

    void baseStampsKeepTheirMilliseconds()
    {
        // The cache keeps `updated` to the millisecond; a base stamp that dropped them would
        // make the rep's change look older than the version they acted on.
        QTemporaryDir dir;
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("engage.sqlite"))));
        const QDateTime base = utc(2026, 11, 30, 13, 0).addMSecs(457);
        QVERIFY(store.appendChange(BigId, {TaskStatus::Done, {}}, base, base.addMSecs(3)) > 0);
        const PendingChange c = store.pendingChanges().first();
        QCOMPARE(c.baseUpdated, base);
        QCOMPARE(c.createdAt, base.addMSecs(3));
    }

    void changesWaitingInAFileFromTheFirstVersionSurviveTheUpgrade()
    {
        // The schema the first release wrote (user_version 1), with a change still waiting: the
        // rep updates the app, and the change is still there to send.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(raw.exec(
                QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY, json TEXT NOT NULL)")));
            QVERIFY(
                raw.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT "
                "NULL, status TEXT, due_date TEXT, base_updated TEXT, created_at TEXT NOT NULL, "
                "failed INTEGER NOT NULL DEFAULT 0, failure TEXT)")));
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE ledger (rowid INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT "
                "NULL, action TEXT NOT NULL, at TEXT NOT NULL, outcome TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE INDEX outbox_task ON outbox(task_id)")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO outbox (task_id, status, due_date, base_updated, created_at) VALUES "
                "(9007199254740993, 'DONE', '', '2026-11-29T17:40:59Z', '2026-11-30T13:00:00Z')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO ledger (task_id, action, at, outcome) VALUES (9007199254740993, "
                "'rescheduled', '2026-11-30T12:00:00Z', 'confirmed')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO ledger (task_id, action, at, outcome) VALUES (9007199254740993, "
                "'done', '2026-11-30T13:00:00Z', 'pending')")));
            // A second change to the same task, still waiting too.
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO outbox (task_id, status, due_date, base_updated, created_at) VALUES "
                "(9007199254740993, 'OPEN', '', '2026-11-29T17:40:59Z', '2026-11-30T13:05:00Z')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO ledger (task_id, action, at, outcome) VALUES (9007199254740993, "
                "'reopened', '2026-11-30T13:05:00Z', 'pending')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        TaskStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.movedAside().isEmpty());
        const QList<PendingChange> pending = store.pendingChanges();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().taskId, BigId);
        QCOMPARE(pending.first().update.status, std::optional(TaskStatus::Done));
        QVERIFY(!pending.first().update.dueDate.isValid());
        QCOMPARE(pending.first().baseUpdated, utc(2026, 11, 29, 17, 40, 59));
        QVERIFY(!pending.first().failed);
        // Each waiting change has its own ledger line (the settled one names none), so each
        // records its own outcome from now on.
        const QList<TaskStore::LedgerEntry> ledger = store.ledger();
        QCOMPARE(ledger.size(), 3);
        QCOMPARE(ledger.at(0).seq, 0);
        QCOMPARE(ledger.at(1).action, QStringLiteral("done"));
        QCOMPARE(ledger.at(1).seq, pending.at(0).seq);
        QCOMPARE(ledger.at(2).action, QStringLiteral("reopened"));
        QCOMPARE(ledger.at(2).seq, pending.at(1).seq);
        // The upgraded journal takes new changes after the old one.
        const QDateTime now = utc(2026, 11, 30, 14, 0);
        QVERIFY(store.appendChange(2, {TaskStatus::Dismissed, {}}, now, now) > pending.first().seq);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 TaskStore::SchemaVersion);
    }

    void changesWaitingInASchema5FileSurviveTheUpgradeToTheCallLog()
    {
        // The file the last release wrote (user_version 5) with a change still waiting: after the
        // update it is still there to send, as a patch, with its own ledger line, and the call
        // log starts empty beside it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        {
            RawDb raw(path);
            for (const char *sql :
                 {"PRAGMA journal_mode=WAL", "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
                  "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, task_id "
                  "INTEGER NOT NULL, status TEXT, due_date TEXT, base_updated TEXT, created_at "
                  "TEXT NOT NULL, failed INTEGER NOT NULL DEFAULT 0, failure TEXT, conflict "
                  "INTEGER NOT NULL DEFAULT 0, sent INTEGER NOT NULL DEFAULT 0)",
                  "CREATE TABLE ledger (rowid INTEGER PRIMARY KEY AUTOINCREMENT, task_id "
                  "INTEGER NOT NULL, action TEXT NOT NULL, at TEXT NOT NULL, outcome TEXT NOT "
                  "NULL, seq INTEGER NOT NULL DEFAULT 0)",
                  "CREATE INDEX outbox_task ON outbox(task_id)",
                  "CREATE INDEX ledger_seq ON ledger(seq)",
                  "CREATE TABLE tasks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)",
                  "INSERT INTO outbox (task_id, status, due_date, base_updated, created_at, "
                  "sent) VALUES (9007199254740993, '', '2026-12-03T09:00:00.000Z', "
                  "'2026-11-29T17:40:59.123Z', '2026-11-30T13:00:00.000Z', 1)",
                  "INSERT INTO ledger (task_id, action, at, outcome, seq) VALUES "
                  "(9007199254740993, 'rescheduled', '2026-11-30T13:00:00.000Z', 'pending', 1)",
                  "INSERT INTO outbox (task_id, status, due_date, base_updated, created_at, "
                  "failed, failure) VALUES (2, 'DONE', '', '2026-11-29T17:40:59.000Z', "
                  "'2026-11-30T13:01:00.000Z', 1, 'Gong said no')",
                  "INSERT INTO ledger (task_id, action, at, outcome, seq) VALUES (2, 'done', "
                  "'2026-11-30T13:01:00.000Z', 'failed', 2)",
                  "PRAGMA user_version = 5"})
                QVERIFY(raw.exec(QString::fromLatin1(sql)));
        }
        TaskStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.movedAside().isEmpty());
        const QList<PendingChange> pending = store.pendingChanges();
        QCOMPARE(pending.size(), 2);
        const PendingChange &first = pending.first();
        QCOMPARE(first.kind, PendingChange::Kind::Patch);
        QCOMPARE(first.seq, 1);
        QCOMPARE(first.taskId, BigId);
        QCOMPARE(first.update.dueDate, utc(2026, 12, 3, 9, 0));
        QCOMPARE(first.baseUpdated, utc(2026, 11, 29, 17, 40, 59).addMSecs(123));
        QVERIFY(first.sent && !first.failed);
        QVERIFY(first.crmId.isEmpty() && first.flowId == 0 && !first.notBefore.isValid());
        QCOMPARE(pending.at(1).kind, PendingChange::Kind::Patch);
        QVERIFY(pending.at(1).failed);
        QCOMPARE(pending.at(1).failure, QStringLiteral("Gong said no"));
        QCOMPARE(store.changeOutcome(1), QStringLiteral("pending"));
        QCOMPARE(store.changeOutcome(2), QStringLiteral("failed"));
        QCOMPARE(store.ledger().size(), 2);
        QVERIFY(store.calls(utc(2000, 1, 1, 0, 0), utc(2100, 1, 1, 0, 0)).isEmpty());
        QVERIFY(store.optedOut().isEmpty());
        // The upgraded file takes the new kinds after the old changes.
        const QDateTime now = utc(2026, 11, 30, 14, 0);
        QCOMPARE(store.appendUnassign(BigId, QStringLiteral("003X"), OtherBigId, now, now), 3);
        CallRecord call;
        call.at = now;
        call.taskId = BigId;
        call.seqs = {3};
        QVERIFY(store.appendCall(call) > 0);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 TaskStore::SchemaVersion);
    }

    void aFlowRemovalKeepsItsFieldsAndItsOwnLedgerLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QDateTime now = utc(2026, 11, 30, 13, 0).addMSecs(7);
        const QDateTime notBefore = now.addMSecs(20000);
        qint64 done = 0, removal = 0;
        {
            TaskStore store;
            QVERIFY(store.open(path));
            done = store.appendChange(BigId, {TaskStatus::Done, {}}, now, now);
            removal = store.appendUnassign(BigId, QStringLiteral("003Dn00000Qq"), OtherBigId, now,
                                           notBefore);
            QVERIFY(done > 0 && removal > done);
        }
        TaskStore store;
        QVERIFY(store.open(path));
        const QList<PendingChange> pending = store.pendingChanges();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).kind, PendingChange::Kind::Patch);
        const PendingChange &c = pending.at(1);
        QCOMPARE(c.kind, PendingChange::Kind::UnassignFlow);
        QCOMPARE(c.seq, removal);
        QCOMPARE(c.taskId, BigId);
        QCOMPARE(c.crmId, QStringLiteral("003Dn00000Qq"));
        QCOMPARE(c.flowId, OtherBigId); // beyond 2^53, exactly
        QCOMPARE(c.notBefore, notBefore);
        QCOMPARE(c.createdAt, now);
        QVERIFY(c.update.isEmpty() && !c.sent && !c.failed);
        const TaskStore::LedgerEntry line = store.ledger().last();
        QCOMPARE(line.action, QStringLiteral("removed from flow"));
        QCOMPARE(line.outcome, QStringLiteral("pending"));
        QCOMPARE(line.seq, removal);

        // Gong refused it: out of the outbox, "refused" with why; the patch is untouched.
        QVERIFY(store.removeChanges({removal}, QStringLiteral("refused"), QStringLiteral("no")));
        QCOMPARE(store.changeOutcome(removal), QStringLiteral("refused"));
        QCOMPARE(store.ledger().last().detail, QStringLiteral("no"));
        QCOMPARE(store.changeOutcome(done), QStringLiteral("pending"));
        QCOMPARE(store.pendingChanges().size(), 1);
        QVERIFY(store.changeOutcome(removal + 100).isEmpty());
        // A held patch's ledger line says why too.
        QVERIFY(store.markFailed({done}, QStringLiteral("Gong said no")));
        QCOMPARE(store.ledger().first().detail, QStringLiteral("Gong said no"));
    }

    void theCallLogKeepsEachCallWholeInTimeOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QDateTime t0 = utc(2026, 11, 30, 13, 0).addMSecs(250);
        CallRecord a;
        a.at = t0.addSecs(60);
        a.taskId = BigId;
        a.contactName = QStringLiteral("Zoë Ångström");
        a.company = QStringLiteral("Globex, Ltd.");
        a.contactCrmId = QStringLiteral("003Dn00000Qq");
        a.outcome = QStringLiteral("Not interested");
        a.connected = true;
        a.note = QStringLiteral("said \"no\"\nthanks");
        a.flowName = QStringLiteral("Q4 outbound");
        a.stepNumber = 3;
        a.stepName = QStringLiteral("Call #2");
        a.sent = QStringLiteral("Marked done · removed from flow Q4 outbound");
        a.seqs = {4, 5};
        CallRecord b; // logged earlier, recorded later
        b.at = t0;
        b.taskId = 2;
        b.outcome = QStringLiteral("No answer");
        b.seqs = {6};
        CallRecord late;
        late.at = utc(2026, 12, 1, 9, 0);
        late.taskId = 3;
        {
            TaskStore store;
            QVERIFY(store.open(path));
            a.id = store.appendCall(a);
            b.id = store.appendCall(b);
            late.id = store.appendCall(late);
            QVERIFY(a.id > 0 && b.id > a.id && late.id > b.id);
        }
        TaskStore store;
        QVERIFY(store.open(path));
        const QDateTime day = utc(2026, 11, 30, 0, 0);
        QCOMPARE(store.calls(day, day.addDays(1)), (QList<CallRecord>{b, a}));
        QCOMPARE(store.calls(day.addDays(1), day.addDays(2)), QList<CallRecord>{late});
        // [from, to): the end is out.
        QCOMPARE(store.calls(day, b.at).size(), 0);

        // Undone: marked, with the changes that took it back joining its own.
        QVERIFY(store.setCallUndone(a.id, true, {9, 4}));
        CallRecord undone = a;
        undone.undone = true;
        undone.seqs = {4, 5, 9};
        QCOMPARE(store.calls(day, day.addDays(1)).last(), undone);
        QVERIFY(store.setCallUndone(a.id, false));
        QVERIFY(!store.calls(day, day.addDays(1)).last().undone);

        // Another program holds the file: nothing is logged, and the store says why.
        RawDb blocker(path);
        QVERIFY(blocker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QCOMPARE(store.appendCall(b), 0);
        QCOMPARE(store.lastError().kind, StoreError::Kind::Busy);
        QVERIFY(!store.setOptedOut(QStringLiteral("003X"), true, 1, t0));
        QVERIFY(blocker.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(store.calls(day, day.addDays(2)).size(), 3);
    }

    void optOutsAreKeptByCrmId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QDateTime t0 = utc(2026, 11, 30, 13, 0);
        {
            TaskStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setOptedOut(QStringLiteral("003A"), true, 1, t0));
            QVERIFY(store.setOptedOut(QStringLiteral("003B"), true, 2, t0));
            QVERIFY(store.setOptedOut(QStringLiteral("003A"), true, 3, t0)); // again: once
            QVERIFY(store.setOptedOut(QString(), true, 4, t0));              // nobody
        }
        TaskStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.optedOut(), (QSet<QString>{QStringLiteral("003A"), QStringLiteral("003B")}));
        QVERIFY(store.setOptedOut(QStringLiteral("003A"), false, 0, t0));
        QCOMPARE(store.optedOut(), QSet<QString>{QStringLiteral("003B")});
    }

    void theLedgerIsReadByTime()
    {
        TaskStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const QDateTime day = utc(2026, 11, 30, 0, 0);
        QVERIFY(store.appendChange(1, {TaskStatus::Done, {}}, day, day.addSecs(-1)) > 0);
        QVERIFY(store.appendChange(2, {TaskStatus::Done, {}}, day, day) > 0);
        QVERIFY(store.appendChange(3, {TaskStatus::Dismissed, {}}, day, day.addSecs(86399)) > 0);
        QVERIFY(store.appendChange(4, {TaskStatus::Done, {}}, day, day.addDays(1)) > 0);
        const QList<TaskStore::LedgerEntry> lines = store.ledger(day, day.addDays(1));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).taskId, 2);
        QCOMPARE(lines.at(1).taskId, 3);
        QCOMPARE(lines.at(1).action, QStringLiteral("dismissed"));
    }

    void aCorruptFileIsMovedAsideAndAFreshOneStarted_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database\n");
        QRandomGenerator random(20261130);
        QByteArray noise(16384, Qt::Uninitialized);
        for (char &c : noise)
            c = static_cast<char>(random.bounded(256));
        QTest::newRow("random bytes") << noise;
        // SQLite's own magic followed by garbage: looks like a database until it is read.
        QByteArray fake = QByteArray("SQLite format 3", 16) + noise;
        QTest::newRow("damaged database") << fake;
    }

    void aCorruptFileIsMovedAsideAndAFreshOneStarted()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        QVERIFY(writeAll(path, content));

        TaskStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        // The old file was kept, byte for byte, beside the new one.
        const QString aside = store.movedAside();
        QVERIFY(!aside.isEmpty());
        QVERIFY(aside != path);
        QVERIFY2(QFileInfo::exists(aside), qPrintable(aside));
        QCOMPARE(QFileInfo(aside).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(readAll(aside), content);
        // And the rep is told where it went.
        QVERIFY2(store.errorString().contains(aside), qPrintable(store.errorString()));

        // The fresh database works.
        QVERIFY(store.pendingChanges().isEmpty());
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        QVERIFY(store.appendChange(1, {TaskStatus::Done, {}}, now, now) > 0);
        QCOMPARE(store.pendingChanges().size(), 1);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 TaskStore::SchemaVersion);
    }

    void aDamagedCacheIsEmptiedAndTheJournalKept_data()
    {
        QTest::addColumn<QString>("table");
        // The keys are read at start: damage there is met at once.
        QTest::newRow("keys") << QStringLiteral("task_keys");
        // The blobs are read when their tasks are shown, and by the next refresh's write.
        QTest::newRow("blobs") << QStringLiteral("tasks");
    }

    void aDamagedCacheIsEmptiedAndTheJournalKept()
    {
        QFETCH(QString, table);
        // The open checks every table but the cache (which is most of the file, and only a copy
        // of Gong's list): damage in the cache is met when it is read, and costs only the cache.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        {
            TaskStore store;
            QVERIFY(store.open(path));
            QList<Task> tasks;
            for (int i = 1; i <= 400; ++i)
                tasks.append(plainTask(i, QStringLiteral("Call %1 about the renewal").arg(i)));
            QVERIFY(store.saveCache(TaskList(tasks), now));
            QVERIFY(store.appendChange(7, {TaskStatus::Done, {}}, now, now) > 0);
        }
        int root = 0;
        int pageSize = 0;
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            root = raw.value(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                            "'%1'")
                                 .arg(table))
                       .toInt();
            pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toInt();
        }
        QVERIFY(root > 1 && pageSize > 0);
        QByteArray file = readAll(path);
        QVERIFY(file.size() >= root * pageSize);
        // The cache's root page becomes noise.
        for (int i = 0; i < pageSize; ++i)
            file[(root - 1) * pageSize + i] = static_cast<char>(0xA5 ^ (i * 31));
        QVERIFY(writeAll(path, file));

        TaskStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.movedAside().isEmpty()); // the file stays, with the rep's change in it
        QCOMPARE(store.pendingChanges().size(), 1);
        QCOMPARE(store.pendingChanges().at(0).taskId, 7);
        if (table == QLatin1String("task_keys")) {
            QVERIFY(store.cachedTasks().isEmpty());
            // Emptied at once, not just read as nothing: no time for a list it no longer has.
            QVERIFY(!store.cachedAt().isValid());
        } else {
            // Each row shows what its keys say, nothing invented, until the refresh.
            const TaskList rows = store.cachedTasks();
            QCOMPARE(rows.size(), 400);
            QCOMPARE(rows.at(9).id, 10);
            QCOMPARE(rows.at(9).status, TaskStatus::Open);
            QVERIFY(rows.at(9).title.isEmpty());
        }
        // The next refresh fills the cache again.
        QVERIFY(store.saveCache(TaskList(QList<Task>{plainTask(1, QStringLiteral("Again"))}), now));
        QCOMPARE(store.cachedTasks().size(), 1);
        QCOMPARE(store.cachedTasks().at(0).title, QStringLiteral("Again"));
        // And the whole file is sound again, the damaged pages gone.
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void aFileFromANewerVersionIsLeftAlone_data()
    {
        QTest::addColumn<QString>("journalMode");
        // A newer Engage Tasks writes WAL as this one does; an older or foreign tool may not.
        QTest::newRow("wal") << QStringLiteral("wal");
        QTest::newRow("rollback journal") << QStringLiteral("delete");
    }

    void aFileFromANewerVersionIsLeftAlone()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode=%1").arg(journalMode)));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE outbox2 (seq INTEGER PRIMARY KEY, "
                                            "payload TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO outbox2 (payload) VALUES ('a change "
                                            "the newer version has not sent yet')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray original = readAll(path);
        QVERIFY(!original.isEmpty());
        const QDateTime modified = QFileInfo(path).lastModified();

        {
            TaskStore store;
            QVERIFY2(!store.open(path), "a newer schema must not be opened (nor replaced)");
            QVERIFY2(store.errorString().contains(QStringLiteral("newer version")),
                     qPrintable(store.errorString()));
            QVERIFY2(store.movedAside().isEmpty(), qPrintable(store.movedAside()));
            QVERIFY2(brokenFilesIn(dir.path()).isEmpty(),
                     qPrintable(brokenFilesIn(dir.path()).join(QLatin1Char(' '))));
        }
        // The newer version's file is exactly as it was: the rep can go back to that version.
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(readAll(path), original);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM outbox2")).toInt(), 1);
    }

    void aLockedDatabaseGivesAClearAnswerInSeconds_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("wal") << QStringLiteral("wal");
        QTest::newRow("rollback journal") << QStringLiteral("delete");
    }

    // Another process (a second instance, a backup tool, sqlite3 in a terminal) holds the file
    // with BEGIN EXCLUSIVE while the app starts and the rep makes a change.
    //
    // Observed (see the report): in WAL mode, the app's own format, an exclusive transaction only
    // keeps other writers out, so open() succeeds at once and the journal can be read; a write
    // waits out the 2 s busy timeout and then fails with "database is locked", which the caller
    // turns into a notice; once the other process lets go, writes succeed again. In rollback
    // journal mode readers are locked out too; the sensible outcome is a clear "locked" error
    // after the busy timeout with the file left where it is, never moved aside as if damaged.
    void aLockedDatabaseGivesAClearAnswerInSeconds()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engage.sqlite"));
        const QDateTime now = utc(2026, 11, 30, 13, 0);
        qint64 waiting = 0;
        {
            TaskStore store;
            QVERIFY(store.open(path));
            waiting = store.appendChange(BigId, {TaskStatus::Done, {}}, now, now);
            QVERIFY(waiting > 0);
        }
        if (journalMode != QLatin1String("wal")) {
            RawDb raw(path);
            QCOMPARE(
                raw.value(QStringLiteral("PRAGMA journal_mode=%1").arg(journalMode)).toString(),
                journalMode);
        }

        auto blocker = std::make_unique<RawDb>(path);
        QVERIFY(blocker->exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(blocker->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));

        TaskStore store;
        QElapsedTimer timer;
        timer.start();
        const bool opened = store.open(path);
        const qint64 openMs = timer.elapsed();
        qInfo() << journalMode << "open() while locked:" << opened << "after" << openMs << "ms;"
                << store.errorString();
        QVERIFY2(openMs < 5000, qPrintable(QString::number(openMs)));
        // Whatever happens, a busy file is not a damaged one: it stays where it is.
        QVERIFY2(store.movedAside().isEmpty(), qPrintable(store.errorString()));
        QVERIFY2(brokenFilesIn(dir.path()).isEmpty(),
                 qPrintable(brokenFilesIn(dir.path()).join(QLatin1Char(' '))));

        if (opened) {
            // The journal from the last session is there.
            const QList<PendingChange> pending = store.pendingChanges();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().seq, waiting);
            // A new change cannot be written while the other holds the lock: a clear failure
            // after the busy timeout, not a hang.
            timer.restart();
            const qint64 seq = store.appendChange(2, {TaskStatus::Dismissed, {}}, now, now);
            const qint64 writeMs = timer.elapsed();
            qInfo() << journalMode << "appendChange() while locked:" << seq << "after" << writeMs
                    << "ms;" << store.lastError().detail;
            QCOMPARE(seq, 0);
            QVERIFY2(writeMs >= 1000 && writeMs < 5000, qPrintable(QString::number(writeMs)));
            QCOMPARE(store.lastError().kind, StoreError::Kind::Busy);
            QVERIFY2(store.lastError().userMessage().contains(QStringLiteral("Another program")),
                     qPrintable(store.lastError().userMessage()));
        } else {
            QVERIFY2(store.errorString().contains(QStringLiteral("Another program is using")),
                     qPrintable(store.errorString()));
        }

        // The other process lets go: everything works and nothing was lost.
        QVERIFY(blocker->exec(QStringLiteral("ROLLBACK")));
        blocker.reset();
        TaskStore later;
        QVERIFY2(later.open(path), qPrintable(later.errorString()));
        QVERIFY(later.movedAside().isEmpty());
        const QList<PendingChange> pending = later.pendingChanges();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().seq, waiting);
        QVERIFY(later.appendChange(2, {TaskStatus::Dismissed, {}}, now, now) > waiting);
        if (opened)
            QVERIFY(store.appendChange(3, {TaskStatus::Dismissed, {}}, now, now) > 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
