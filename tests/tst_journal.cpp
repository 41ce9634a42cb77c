// Journal over a real TaskStore file: the rep's unconfirmed changes on disk and in memory, changed
// in one place. What the rep would notice: a change the disk did not take is never shown as made,
// what Gong answered is never forgotten while the app runs, and the next start shows exactly the
// changes the last session showed.
#include "RawDb.h"
#include "sync/Journal.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace engage;
using testing::RawDb;

namespace {

// Another program holds the file for writing (BEGIN EXCLUSIVE), until destroyed: every write of
// the store fails as busy after its 2 s timeout.
class Lock
{
public:
    explicit Lock(const QString &path)
        : m_raw(path)
    {
        m_ok = m_raw.exec(QStringLiteral("BEGIN EXCLUSIVE")) &&
               m_raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('lock', 'x')"));
    }
    ~Lock() { m_raw.exec(QStringLiteral("ROLLBACK")); }
    bool ok() const { return m_ok; }

private:
    RawDb m_raw;
    bool m_ok = false;
};

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

constexpr qint64 TaskA = 9007199254740993LL; // 2^53 + 1
constexpr qint64 TaskB = 7782342274025937895LL;
constexpr qint64 Unknown = 42;

// The version the rep acted on (with milliseconds, which must survive), the one a "keep mine"
// overrides, and when the rep acted.
const QDateTime Base = utc(2026, 11, 29, 17, 40, 59, 123);
const QDateTime NewBase = utc(2026, 11, 30, 12, 5, 0, 456);
const QDateTime Now = utc(2026, 11, 30, 13, 0, 0, 7);

const TaskUpdate Done{TaskStatus::Done, {}};
const TaskUpdate Dismiss{TaskStatus::Dismissed, {}};
const TaskUpdate Reopen{TaskStatus::Open, {}};
const TaskUpdate Reschedule{{}, utc(2026, 12, 3, 9, 0)};

Task task(qint64 id, const QString &title, const QDateTime &updated = Base)
{
    Task t;
    t.id = id;
    t.userId = 234599484848423LL;
    t.status = TaskStatus::Open;
    t.type = TaskType::Manual;
    t.title = title;
    t.updated = updated;
    t.dueDate = utc(2026, 12, 1, 8, 0);
    return t;
}

QString stamp(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

// One line per change with every field, so a comparison shows what drifted.
QStringList describe(const QList<PendingChange> &changes)
{
    QStringList out;
    for (const PendingChange &c : changes) {
        out.append(QStringList{
            QString::number(c.seq), QString::number(c.taskId),
            c.update.status ? statusToWire(*c.update.status) : QStringLiteral("-"),
            stamp(c.update.dueDate), QStringLiteral("base ") + stamp(c.baseUpdated),
            QStringLiteral("at ") + stamp(c.createdAt),
            c.failed ? QStringLiteral("held") : QStringLiteral("free"),
            c.conflict ? QStringLiteral("conflict") : QStringLiteral("-"),
            c.sent ? QStringLiteral("sent") : QStringLiteral("unsent"), c.failure,
            c.kind == PendingChange::Kind::UnassignFlow ? QStringLiteral("unassign")
                                                        : QStringLiteral("patch"),
            c.crmId, QString::number(c.flowId), QStringLiteral("not before ") + stamp(c.notBefore)}
                       .join(QLatin1Char(' ')));
    }
    return out;
}

QList<qint64> seqsOf(const QList<PendingChange> &changes)
{
    QList<qint64> out;
    for (const PendingChange &c : changes)
        out.append(c.seq);
    return out;
}

// The ledger's outcome for each change it names.
QMap<qint64, QString> outcomes(const TaskStore &store)
{
    QMap<qint64, QString> out;
    for (const TaskStore::LedgerEntry &e : store.ledger())
        out.insert(e.seq, e.outcome);
    return out;
}

const PendingChange *changeOf(const Journal &journal, qint64 seq)
{
    for (const PendingChange &c : journal.changes()) {
        if (c.seq == seq)
            return &c;
    }
    return nullptr;
}

struct Rig {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tasks.sqlite"));
    std::unique_ptr<TaskStore> store = std::make_unique<TaskStore>();
    Journal journal{store.get()};

    bool open() { return dir.isValid() && store->open(path); }
    qint64 record(qint64 taskId, const TaskUpdate &update, const QDateTime &base = Base)
    {
        return journal.record(taskId, update, base, Now);
    }
    // What is on disk, read afresh.
    QStringList onDisk() const { return describe(store->pendingChanges()); }
    QStringList inMemory() const { return describe(journal.changes()); }
    // Closes the file and opens it again, as the next start does.
    bool reopen()
    {
        store = std::make_unique<TaskStore>();
        journal.setStore(store.get());
        if (!store->open(path))
            return false;
        journal.load();
        return true;
    }
};

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void recordKeepsDiskAndMemoryTogether_data()
    {
        QTest::addColumn<QString>("status"); // wire name, empty: unchanged
        QTest::addColumn<QDateTime>("due");
        QTest::addColumn<QString>("action"); // the ledger's word for it
        const QDateTime due = utc(2026, 12, 3, 9, 0, 0, 250);
        QTest::newRow("done") << QStringLiteral("DONE") << QDateTime() << QStringLiteral("done");
        QTest::newRow("dismissed")
            << QStringLiteral("DISMISSED") << QDateTime() << QStringLiteral("dismissed");
        QTest::newRow("reopened") << QStringLiteral("OPEN") << QDateTime()
                                  << QStringLiteral("reopened");
        QTest::newRow("rescheduled") << QString() << due << QStringLiteral("rescheduled");
        QTest::newRow("done with a due date")
            << QStringLiteral("DONE") << due << QStringLiteral("done");
    }

    void recordKeepsDiskAndMemoryTogether()
    {
        QFETCH(QString, status);
        QFETCH(QDateTime, due);
        QFETCH(QString, action);
        Rig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.journal.isEmpty());
        TaskUpdate update;
        if (!status.isEmpty())
            update.status = statusFromWire(status);
        update.dueDate = due;

        const qint64 seq = rig.journal.record(TaskA, update, Base, Now);
        QVERIFY(seq > 0);
        QVERIFY(!rig.journal.isEmpty());
        QCOMPARE(rig.journal.changes().size(), 1);
        const PendingChange &c = rig.journal.changes().first();
        QCOMPARE(c.seq, seq);
        QCOMPARE(c.taskId, TaskA);
        QVERIFY(c.update == update);
        QCOMPARE(c.baseUpdated, Base);
        QCOMPARE(c.createdAt, Now);
        QVERIFY(!c.failed && !c.conflict && !c.sent && c.failure.isEmpty());
        QCOMPARE(rig.onDisk(), rig.inMemory());

        const QList<TaskStore::LedgerEntry> ledger = rig.store->ledger();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().seq, seq);
        QCOMPARE(ledger.first().taskId, TaskA);
        QCOMPARE(ledger.first().action, action);
        QCOMPARE(ledger.first().at, Now);
        QCOMPARE(ledger.first().outcome, QStringLiteral("pending"));

        // The next one goes after it, in memory as on disk.
        const qint64 next = rig.record(TaskB, Dismiss);
        QVERIFY(next > seq);
        QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{seq, next}));
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(rig.store->ledger().size(), 2);
        QVERIFY(!rig.journal.lastError().isError());
    }

    void whatTheDiskRefusesIsNotMadeInMemory_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("record") << QStringLiteral("record");
        QTest::newRow("cancel") << QStringLiteral("cancel");
        QTest::newRow("discardHeld") << QStringLiteral("discardHeld");
    }

    // Another program holds the file: the rep's action did not happen, and is not shown as if.
    void whatTheDiskRefusesIsNotMadeInMemory()
    {
        QFETCH(QString, operation);
        Rig rig;
        QVERIFY(rig.open());
        const qint64 free = rig.record(TaskA, Done);
        const qint64 held = rig.record(TaskB, Reschedule);
        QVERIFY(free > 0 && held > 0);
        QVERIFY(rig.journal.hold({held}, QStringLiteral("Gong said no"), false));
        const QStringList before = rig.inMemory();
        QCOMPARE(rig.onDisk(), before);
        QVERIFY(!rig.journal.lastError().isError());

        {
            Lock lock(rig.path);
            QVERIFY(lock.ok());
            if (operation == QLatin1String("record")) {
                QCOMPARE(rig.record(TaskA, Reschedule), qint64(0));
            } else if (operation == QLatin1String("cancel")) {
                QVERIFY(!rig.journal.cancel(free));
            } else {
                QCOMPARE(rig.journal.discardHeld(TaskB), QList<qint64>{});
            }
            QCOMPARE(rig.inMemory(), before);
            const StoreError &error = rig.journal.lastError();
            QVERIFY2(error.kind == StoreError::Kind::Busy ||
                         error.kind == StoreError::Kind::ReadOnly,
                     qPrintable(error.detail));
            const QString folder = QDir::toNativeSeparators(QFileInfo(rig.path).absolutePath());
            QVERIFY2(error.userMessage().contains(folder), qPrintable(error.userMessage()));
        }
        // Nothing reached the disk either; once the other program lets go, it works again.
        QCOMPARE(rig.onDisk(), before);
        QCOMPARE(rig.store->ledger().size(), 2);
        if (operation == QLatin1String("record")) {
            QVERIFY(rig.record(TaskA, Reschedule) > held);
            QCOMPARE(rig.journal.changes().size(), 3);
        } else if (operation == QLatin1String("cancel")) {
            QVERIFY(rig.journal.cancel(free));
            QCOMPARE(seqsOf(rig.journal.changes()), QList<qint64>{held});
        } else {
            QCOMPARE(rig.journal.discardHeld(TaskB), QList<qint64>{held});
            QCOMPARE(seqsOf(rig.journal.changes()), QList<qint64>{free});
        }
        QCOMPARE(rig.onDisk(), rig.inMemory());
    }

    void whatGongSaidIsKeptInMemoryWhenTheDiskRefuses_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("markSent") << QStringLiteral("markSent");
        QTest::newRow("confirm") << QStringLiteral("confirm");
        QTest::newRow("dropTask") << QStringLiteral("dropTask");
        QTest::newRow("hold") << QStringLiteral("hold");
        QTest::newRow("release") << QStringLiteral("release");
    }

    // Gong already answered: the app goes on from what it said (at worst a change is sent again
    // after a restart, which is safe), and the caller hears that the disk did not follow.
    void whatGongSaidIsKeptInMemoryWhenTheDiskRefuses()
    {
        QFETCH(QString, operation);
        Rig rig;
        QVERIFY(rig.open());
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 b1 = rig.record(TaskB, Dismiss);
        QVERIFY(rig.journal.hold({a2}, QStringLiteral("changed in Gong"), true));
        const QStringList disk = rig.onDisk();

        {
            Lock lock(rig.path);
            QVERIFY(lock.ok());
            if (operation == QLatin1String("markSent")) {
                QVERIFY(!rig.journal.markSent({a1}, true));
                QVERIFY(changeOf(rig.journal, a1)->sent);
            } else if (operation == QLatin1String("confirm")) {
                QVERIFY(!rig.journal.confirm({a1}, task(TaskA, QStringLiteral("done"))));
                QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{a2, b1}));
            } else if (operation == QLatin1String("dropTask")) {
                QVERIFY(!rig.journal.dropTask(TaskA));
                QCOMPARE(seqsOf(rig.journal.changes()), QList<qint64>{b1});
            } else if (operation == QLatin1String("hold")) {
                QVERIFY(!rig.journal.hold({b1}, QStringLiteral("Gong said no"), false));
                QVERIFY(changeOf(rig.journal, b1)->failed);
            } else {
                QVERIFY(!rig.journal.release(TaskA, NewBase));
                QVERIFY(!changeOf(rig.journal, a2)->failed);
                QCOMPARE(changeOf(rig.journal, a2)->baseUpdated, NewBase);
            }
            QVERIFY(rig.journal.lastError().kind == StoreError::Kind::Busy ||
                    rig.journal.lastError().kind == StoreError::Kind::ReadOnly);
        }
        QVERIFY(rig.inMemory() != disk);
        QCOMPARE(rig.onDisk(), disk);
    }

    void cancelTakesBackOneUnsentChange()
    {
        Rig rig;
        QVERIFY(rig.open());
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 b1 = rig.record(TaskB, Dismiss);

        QVERIFY(rig.journal.cancel(a1));
        QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{a2, b1}));
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(outcomes(*rig.store), (QMap<qint64, QString>{{a1, QStringLiteral("cancelled")},
                                                              {a2, QStringLiteral("pending")},
                                                              {b1, QStringLiteral("pending")}}));

        // Not there (any more): nothing happens.
        QVERIFY(!rig.journal.cancel(a1));
        QVERIFY(!rig.journal.cancel(b1 + 100));
        QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{a2, b1}));
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(rig.store->ledger().size(), 3);
    }

    // A change that went out may be in Gong already (its answer lost): it is not taken back here;
    // the caller sends the way back instead.
    void cancelRefusesAChangeThatWentOut()
    {
        Rig rig;
        QVERIFY(rig.open());
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        QVERIFY(rig.journal.markSent({a1}, true));
        const QStringList before = rig.inMemory();
        QVERIFY(!rig.journal.cancel(a1));
        QCOMPARE(rig.inMemory(), before);
        QCOMPARE(rig.onDisk(), before);
        QCOMPARE(outcomes(*rig.store).value(a1), QStringLiteral("pending"));
        // A refused connection: it never left after all, and can be taken back.
        QVERIFY(rig.journal.markSent({a1}, false));
        QVERIFY(rig.journal.cancel(a1));
        QCOMPARE(seqsOf(rig.journal.changes()), QList<qint64>{a2});
        QCOMPARE(rig.onDisk(), rig.inMemory());
    }

    void discardHeldDropsOnlyTheTasksHeldChanges()
    {
        Rig rig;
        QVERIFY(rig.open());
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 a3 = rig.record(TaskA, Dismiss);
        const qint64 b1 = rig.record(TaskB, Done);
        QVERIFY(rig.journal.hold({a1}, QStringLiteral("changed in Gong"), true));
        QVERIFY(rig.journal.hold({a3}, QStringLiteral("Gong said no"), false));
        QVERIFY(rig.journal.hold({b1}, QStringLiteral("changed in Gong"), true));

        QCOMPARE(rig.journal.discardHeld(TaskA), (QList<qint64>{a1, a3}));
        QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{a2, b1}));
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(outcomes(*rig.store), (QMap<qint64, QString>{{a1, QStringLiteral("discarded")},
                                                              {a2, QStringLiteral("pending")},
                                                              {a3, QStringLiteral("discarded")},
                                                              {b1, QStringLiteral("conflict")}}));

        // Nothing held any more, or no such task: nothing to discard.
        QCOMPARE(rig.journal.discardHeld(TaskA), QList<qint64>{});
        QCOMPARE(rig.journal.discardHeld(Unknown), QList<qint64>{});
        QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{a2, b1}));
        QCOMPARE(rig.onDisk(), rig.inMemory());
    }

    void holdAndRelease()
    {
        Rig rig;
        QVERIFY(rig.open());
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 b1 = rig.record(TaskB, Dismiss);
        const QString conflict = QStringLiteral("Changed in Gong after you acted: it was closed");
        const QString refused =
            QStringLiteral("Gong refused it (403, requestId 4al018gzaztcr8nbukw)");

        QVERIFY(rig.journal.hold({a1}, conflict, true));
        QVERIFY(rig.journal.hold({a2}, refused, false));
        QVERIFY(rig.journal.hold({b1}, conflict, true));
        const PendingChange *c1 = changeOf(rig.journal, a1);
        const PendingChange *c2 = changeOf(rig.journal, a2);
        QVERIFY(c1->failed && c1->conflict);
        QCOMPARE(c1->failure, conflict);
        QVERIFY(c2->failed && !c2->conflict);
        QCOMPARE(c2->failure, refused);
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(outcomes(*rig.store), (QMap<qint64, QString>{{a1, QStringLiteral("conflict")},
                                                              {a2, QStringLiteral("failed")},
                                                              {b1, QStringLiteral("conflict")}}));

        // "Keep mine" / "retry": the conflict now overrides Gong's newer version; the refused one
        // keeps the version the rep acted on. Another task's hold stays.
        QVERIFY(rig.journal.release(TaskA, NewBase));
        c1 = changeOf(rig.journal, a1);
        c2 = changeOf(rig.journal, a2);
        QVERIFY(!c1->failed && !c1->conflict && c1->failure.isEmpty());
        QVERIFY(!c2->failed && !c2->conflict && c2->failure.isEmpty());
        QCOMPARE(c1->baseUpdated, NewBase);
        QCOMPARE(c2->baseUpdated, Base);
        QVERIFY(changeOf(rig.journal, b1)->failed);
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(outcomes(*rig.store), (QMap<qint64, QString>{{a1, QStringLiteral("pending")},
                                                              {a2, QStringLiteral("pending")},
                                                              {b1, QStringLiteral("conflict")}}));

        // Nothing held: releasing changes nothing.
        const QStringList before = rig.inMemory();
        QVERIFY(rig.journal.release(TaskA, utc(2026, 12, 1, 0, 0)));
        QVERIFY(rig.journal.release(Unknown, NewBase));
        QCOMPARE(rig.inMemory(), before);
        QCOMPARE(rig.onDisk(), before);
    }

    // "Keep mine" for a task the engine no longer has a version of: no new base to take, so the
    // conflict keeps the one the rep acted on, in memory as on disk (TaskStore::clearFailure
    // changes the stamp only for a valid one).
    void releaseWithoutANewBaseKeepsTheOldOne()
    {
        Rig rig;
        QVERIFY(rig.open());
        const qint64 a1 = rig.record(TaskA, Done);
        QVERIFY(rig.journal.hold({a1}, QStringLiteral("changed in Gong"), true));
        QVERIFY(rig.journal.release(TaskA, QDateTime()));
        QVERIFY(!changeOf(rig.journal, a1)->failed);
        QCOMPARE(changeOf(rig.journal, a1)->baseUpdated, Base);
        QCOMPARE(rig.onDisk(), rig.inMemory());
    }

    void markSentIsRemembered()
    {
        Rig rig;
        QVERIFY(rig.open());
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 b1 = rig.record(TaskB, Dismiss);
        QVERIFY(rig.journal.markSent({a1, a2}, true));
        QVERIFY(changeOf(rig.journal, a1)->sent && changeOf(rig.journal, a2)->sent);
        QVERIFY(!changeOf(rig.journal, b1)->sent);
        QCOMPARE(rig.onDisk(), rig.inMemory());
        // A refused connection: it never left, so it explains nothing any more.
        QVERIFY(rig.journal.markSent({a2}, false));
        QVERIFY(changeOf(rig.journal, a1)->sent && !changeOf(rig.journal, a2)->sent);
        QCOMPARE(rig.onDisk(), rig.inMemory());
    }

    void confirmMovesTheChangesIntoTheCache()
    {
        Rig rig;
        QVERIFY(rig.open());
        const Task a = task(TaskA, QStringLiteral("Call Zoë"));
        const Task b = task(TaskB, QStringLiteral("Call Globex"));
        QVERIFY(rig.store->saveCache(TaskList({a, b}), Now));
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 b1 = rig.record(TaskB, Dismiss);
        const qint64 a3 = rig.record(TaskA, Reopen);
        QVERIFY(rig.journal.markSent({a1, a2}, true));

        Task confirmed = Reschedule.appliedTo(Done.appliedTo(a));
        confirmed.updated = NewBase;
        QVERIFY(rig.journal.confirm({a1, a2}, confirmed));
        QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{b1, a3}));
        QCOMPARE(rig.onDisk(), rig.inMemory());

        QMap<qint64, Task> cache;
        for (const Task &t : rig.store->cachedTasks())
            cache.insert(t.id, t);
        QCOMPARE(cache.size(), 2);
        QVERIFY(cache.value(TaskA) == confirmed);
        QVERIFY(cache.value(TaskB) == b);
        QCOMPARE(outcomes(*rig.store), (QMap<qint64, QString>{{a1, QStringLiteral("confirmed")},
                                                              {a2, QStringLiteral("confirmed")},
                                                              {b1, QStringLiteral("pending")},
                                                              {a3, QStringLiteral("pending")}}));
    }

    void dropTaskTakesEveryChangeOfTheTask()
    {
        Rig rig;
        QVERIFY(rig.open());
        const Task b = task(TaskB, QStringLiteral("Call Globex"));
        QVERIFY(rig.store->saveCache(TaskList({task(TaskA, QStringLiteral("Call Zoë")), b}), Now));
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 b1 = rig.record(TaskB, Dismiss);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 a3 = rig.record(TaskA, Reopen);
        QVERIFY(rig.journal.markSent({a1}, true));
        QVERIFY(rig.journal.hold({a2}, QStringLiteral("Gong said no"), false));

        // Gong says the task is gone (404 to the PATCH of a1): the sent one, the held one and the
        // waiting one go with it.
        QVERIFY(rig.journal.dropTask(TaskA));
        QCOMPARE(seqsOf(rig.journal.changes()), QList<qint64>{b1});
        QVERIFY(!rig.journal.hasChangesFor(TaskA));
        QCOMPARE(rig.onDisk(), rig.inMemory());
        const TaskList cached = rig.store->cachedTasks();
        QCOMPARE(cached.size(), 1);
        QVERIFY(cached.first() == b);
        QCOMPARE(outcomes(*rig.store), (QMap<qint64, QString>{{a1, QStringLiteral("gone")},
                                                              {b1, QStringLiteral("pending")},
                                                              {a2, QStringLiteral("gone")},
                                                              {a3, QStringLiteral("gone")}}));
    }

    void heldChangesDoNotGo()
    {
        Rig rig;
        QVERIFY(rig.open());
        QCOMPARE(rig.journal.nextSendable(Now), nullptr);
        QCOMPARE(rig.journal.waitingCount(), 0);
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 b1 = rig.record(TaskB, Dismiss);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 a3 = rig.record(TaskA, Reopen);
        const qint64 b2 = rig.record(TaskB, Reschedule);
        QCOMPARE(rig.journal.nextSendable(Now)->seq, a1);
        QCOMPARE(rig.journal.waitingCount(), 5);

        QVERIFY(rig.journal.hold({a1, a3}, QStringLiteral("changed in Gong"), true));
        QCOMPARE(rig.journal.nextSendable(Now)->seq, b1);
        QCOMPARE(seqsOf(rig.journal.sendable(TaskA)), QList<qint64>{a2});
        QCOMPARE(seqsOf(rig.journal.sendable(TaskB)), (QList<qint64>{b1, b2}));
        QCOMPARE(seqsOf(rig.journal.sendable(Unknown)), QList<qint64>{});
        QCOMPARE(rig.journal.waitingCount(), 3);

        QVERIFY(rig.journal.hold({b1}, QStringLiteral("Gong said no"), false));
        QCOMPARE(rig.journal.nextSendable(Now)->seq, a2);
        QCOMPARE(rig.journal.waitingCount(), 2);

        QVERIFY(rig.journal.hold({a2, b2}, QStringLiteral("Gong said no"), false));
        QCOMPARE(rig.journal.nextSendable(Now), nullptr);
        QCOMPARE(rig.journal.waitingCount(), 0);
        QVERIFY(rig.journal.sendable(TaskA).isEmpty());
        // Held changes are still the task's: they wait for the rep, not for Gong.
        QVERIFY(rig.journal.hasChangesFor(TaskA));
        QVERIFY(rig.journal.hasChangesFor(TaskB));
        QVERIFY(!rig.journal.hasChangesFor(Unknown));
        QVERIFY(!rig.journal.isEmpty());

        QVERIFY(rig.journal.release(TaskB, NewBase));
        QCOMPARE(rig.journal.nextSendable(Now)->seq, b1);
        QCOMPARE(rig.journal.waitingCount(), 2);
    }

    // A flow removal waits for its time, goes alone (never in a task's PATCH), and outlives the
    // task's own changes: it is about the contact.
    void flowRemovalsWaitForTheirTimeAndGoAlone()
    {
        Rig rig;
        QVERIFY(rig.open());
        const QDateTime later = Now.addMSecs(20000);
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 u1 =
            rig.journal.recordUnassign(TaskA, QStringLiteral("003Dn00000Qq"), TaskB, Now, later);
        const qint64 b1 = rig.record(TaskB, Reschedule);
        QVERIFY(a1 > 0 && u1 > a1 && b1 > u1);
        const PendingChange *u = changeOf(rig.journal, u1);
        QVERIFY(u);
        QCOMPARE(u->kind, PendingChange::Kind::UnassignFlow);
        QCOMPARE(u->crmId, QStringLiteral("003Dn00000Qq"));
        QCOMPARE(u->flowId, TaskB);
        QCOMPARE(u->notBefore, later);
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(rig.journal.waitingCount(), 3);
        QCOMPARE(seqsOf(rig.journal.sendable(TaskA)), QList<qint64>{a1});
        QCOMPARE(rig.journal.nextSendable(Now)->seq, a1);
        QCOMPARE(rig.journal.nextNotBefore(Now), later);

        QVERIFY(rig.journal.confirm({a1}, Done.appliedTo(task(TaskA, QStringLiteral("Call Zoë")))));
        QCOMPARE(rig.journal.nextSendable(Now)->seq, b1); // the removal waits, the next goes
        QVERIFY(rig.journal.confirm({b1}, task(TaskB, QStringLiteral("Call Globex"))));
        QCOMPARE(rig.journal.nextSendable(Now), nullptr);
        QCOMPARE(rig.journal.nextSendable(later.addMSecs(-1)), nullptr);
        QCOMPARE(rig.journal.nextSendable(later)->seq, u1);
        QVERIFY(!rig.journal.nextNotBefore(later).isValid());
        QCOMPARE(rig.journal.waitingCount(), 1);

        // The next start has it, as it was.
        const QStringList shown = rig.inMemory();
        QVERIFY(rig.reopen());
        QCOMPARE(rig.inMemory(), shown);

        // Unsent: cancelled without a trace in Gong.
        QVERIFY(rig.journal.cancel(u1));
        QVERIFY(rig.journal.isEmpty());
        QCOMPARE(outcomes(*rig.store).value(u1), QStringLiteral("cancelled"));

        // The task gone from Gong: its patches go, its contact's removal does not.
        const qint64 a2 = rig.record(TaskA, Reopen);
        const qint64 u2 =
            rig.journal.recordUnassign(TaskA, QStringLiteral("003Dn00000Qq"), TaskB, Now, Now);
        QVERIFY(rig.journal.dropTask(TaskA));
        QCOMPARE(seqsOf(rig.journal.changes()), QList<qint64>{u2});
        QCOMPARE(outcomes(*rig.store).value(a2), QStringLiteral("gone"));
        QCOMPARE(rig.journal.nextSendable(Now)->seq, u2);

        // Gong refused it: dropped, with why.
        QVERIFY(rig.journal.settleUnassign(u2, QStringLiteral("refused"), QStringLiteral("403")));
        QVERIFY(rig.journal.isEmpty());
        QCOMPARE(rig.onDisk(), rig.inMemory());
        QCOMPARE(outcomes(*rig.store).value(u2), QStringLiteral("refused"));
        QCOMPARE(rig.store->ledger().last().detail, QStringLiteral("403"));
    }

    // The next start (load()) shows exactly what this session's memory showed.
    void reopeningShowsWhatMemoryShowed()
    {
        Rig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.store->saveCache(TaskList({task(TaskA, QStringLiteral("Call Zoë")),
                                               task(TaskB, QStringLiteral("Call Globex"))}),
                                     Now));
        const qint64 a1 = rig.record(TaskA, Done);
        const qint64 a2 = rig.record(TaskA, Reschedule);
        const qint64 b1 = rig.record(TaskB, Dismiss);
        const qint64 b2 = rig.record(TaskB, Reopen, QDateTime()); // no base known
        const qint64 c1 = rig.record(Unknown, Reschedule);
        const qint64 c2 = rig.record(Unknown, Done);
        QVERIFY(a1 && a2 && b1 && b2 && c1 && c2);
        QVERIFY(rig.journal.markSent({a1}, true));
        QVERIFY(rig.journal.confirm({a1}, Done.appliedTo(task(TaskA, QStringLiteral("Call Zoë")))));
        QVERIFY(rig.journal.hold({a2}, QStringLiteral("changed in Gong"), true));
        QVERIFY(rig.journal.hold({b1}, QStringLiteral("Gong said no"), false));
        QVERIFY(rig.journal.release(TaskA, NewBase));
        QVERIFY(rig.journal.markSent({b2}, true));
        QVERIFY(rig.journal.hold({c1}, QStringLiteral("changed in Gong"), true));
        QVERIFY(rig.journal.cancel(c2));
        const QStringList shown = rig.inMemory();
        QCOMPARE(shown.size(), 4);

        QVERIFY(rig.reopen());
        QCOMPARE(rig.inMemory(), shown);
        QCOMPARE(seqsOf(rig.journal.changes()), (QList<qint64>{a2, b1, b2, c1}));
        // And it goes on from there.
        QCOMPARE(rig.journal.nextSendable(Now)->seq, a2);
        QCOMPARE(rig.journal.waitingCount(), 2);
        QVERIFY(rig.record(TaskB, Done) > c2);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
