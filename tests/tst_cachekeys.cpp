// Start-up reads the cache as its light form: each task's filter and sort keys, with the task
// itself left in its binary form until a field is asked for. The list must come back the same as
// a full read, nothing decoded that is not asked for, rows of an older build read whole and
// keyed for the next start, and a damaged row still a row.
#include "RawDb.h"
#include "core/Parallel.h"
#include "core/SharedTask.h"
#include "core/TaskBinary.h"
#include "core/TaskFilter.h"
#include "sandbox/DemoData.h"
#include "sync/TaskStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace engage;

class TestCacheKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());
    int m_serial = 0;

    // In id order, the cache's own.
    QList<Task> demo(int count) const
    {
        QList<Task> tasks = DemoData::tasks(m_now, QTimeZone("Europe/Berlin"), count);
        std::sort(tasks.begin(), tasks.end(),
                  [](const Task &a, const Task &b) { return a.id < b.id; });
        return tasks;
    }

    // A store file holding `tasks` as the cache, closed again.
    QString seeded(const QList<Task> &tasks)
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        TaskStore store;
        if (!store.open(path) || !store.saveCache(TaskList(tasks), m_now))
            qFatal("cannot seed %s", qPrintable(path));
        return path;
    }

    static void compareKeys(const TaskList &read, const QList<Task> &expected)
    {
        QCOMPARE(read.size(), expected.size());
        for (qsizetype i = 0; i < read.size(); ++i)
            QCOMPARE(read.keysAt(i), TaskFilter::keys(expected.at(i)));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aCachedListReadsWithoutDecodingATask_data()
    {
        QTest::addColumn<bool>("prefetch");
        QTest::newRow("read when asked") << false;
        QTest::newRow("read on its own thread first") << true;
    }

    void aCachedListReadsWithoutDecodingATask()
    {
        QFETCH(bool, prefetch);
        const QList<Task> tasks = demo(2000);
        const QString path = seeded(tasks);
        TaskStore store;
        QVERIFY(store.open(path));
        if (prefetch)
            store.prefetchCache();
        const qint64 before = SharedTask::decodedCount();
        const TaskList read = store.cachedTasks();
        // Sorting, filtering and counting the list need only what the keys say.
        compareKeys(read, tasks);
        for (qsizetype i = 0; i < read.size(); ++i)
            QCOMPARE(read.idAt(i), tasks.at(i).id);
        QCOMPARE(SharedTask::decodedCount() - before, 0);
        // A row the list paints is decoded then, and only it.
        QCOMPARE(read.at(17), tasks.at(17));
        QCOMPARE(SharedTask::decodedCount() - before, 1);
        QCOMPARE(read.toList(), tasks);
        QCOMPARE(SharedTask::decodedCount() - before, tasks.size());
    }

    void rowsWithoutKeysAreReadWholeAndKeyedForTheNextStart_data()
    {
        QTest::addColumn<QStringList>("older");
        // Keys of another version, or none (schema 8 wrote NULL in rows from before it).
        QTest::newRow("keys of another version")
            << QStringList{QStringLiteral("UPDATE task_keys SET keys = x'' WHERE id % 3 = 0"),
                           QStringLiteral("UPDATE task_keys SET keys = x'07' WHERE id % 3 = 1")};
        // Schema 8 kept the keys beside the blob: the upgrade gives every row a keys row.
        QTest::newRow("a schema 8 file") << QStringList{QStringLiteral("DROP TABLE task_keys"),
                                                        QStringLiteral("PRAGMA user_version = 8")};
    }

    void rowsWithoutKeysAreReadWholeAndKeyedForTheNextStart()
    {
        QFETCH(QStringList, older);
        const QList<Task> tasks = demo(600);
        const QString path = seeded(tasks);
        {
            testing::RawDb raw(path);
            for (const QString &sql : older)
                QVERIFY(raw.exec(sql));
        }
        TaskStore store;
        QVERIFY(store.open(path));
        const TaskList first = store.cachedTasks();
        compareKeys(first, tasks);
        QCOMPARE(first.toList(), tasks); // in the same order, merged back
        {
            testing::RawDb raw(path);
            QCOMPARE(
                raw.value(QStringLiteral("SELECT count(*) FROM task_keys WHERE length(keys) > 2"))
                    .toInt(),
                tasks.size());
        }
        const qint64 before = SharedTask::decodedCount();
        const TaskList second = store.cachedTasks();
        compareKeys(second, tasks);
        QCOMPARE(SharedTask::decodedCount() - before, 0); // all light now
        QCOMPARE(second.toList(), tasks);
    }

    void blobsAreReadOnDemandOnAnyThreadAndAfterTheStoreCloses()
    {
        const QList<Task> tasks = demo(500);
        const QString path = seeded(tasks);
        TaskList onWorker, afterClose;
        {
            TaskStore store;
            QVERIFY(store.open(path));
            store.prefetchCache();
            onWorker = store.cachedTasks();
            afterClose = store.cachedTasks();
            // A refresh's worker compares each cached task with Gong's: one read of them all.
            QList<Task> seen(tasks.size());
            std::thread worker([&onWorker, &seen, &tasks] {
                for (qsizetype i = 0; i < onWorker.size(); ++i) {
                    if (onWorker.shared(i).sameAs(tasks.at(i)))
                        seen[i] = onWorker.at(i);
                }
            });
            worker.join();
            QCOMPARE(seen, tasks);
            QCOMPARE(onWorker.at(42), tasks.at(42)); // then handed out from there here too
        }
        // The app quitting with rows never shown: they still read, from a connection of their
        // own.
        QVERIFY(!afterClose.shared(7).isDecoded());
        QCOMPARE(afterClose.toList(), tasks);
    }

    void aRowThatNoLongerReadsShowsWhatItsKeysSay()
    {
        QList<Task> tasks = demo(50);
        const Task &victim = tasks.at(10);
        QVERIFY(victim.contact.has_value() && victim.dueDate.isValid() && victim.flow);
        const QString path = seeded(tasks);
        {
            testing::RawDb raw(path);
            // The format's first byte kept, the rest cut short: found only when decoded.
            QVERIFY(raw.exec(QStringLiteral("UPDATE tasks SET data = substr(data, 1, 30) WHERE "
                                            "id = %1")
                                 .arg(victim.id)));
        }
        TaskStore store;
        QVERIFY(store.open(path));
        const TaskList read = store.cachedTasks();
        QCOMPARE(read.size(), tasks.size());
        const Task &shown = read.at(10);
        QCOMPARE(shown.id, victim.id);
        QCOMPARE(shown.status, victim.status);
        QCOMPARE(shown.type, victim.type);
        QCOMPARE(shown.dueDate, victim.dueDate);
        QCOMPARE(shown.flow->id, victim.flow->id); // the flow menu and filter still find it
        QVERIFY(shown.flow->name.isEmpty() && !shown.contact.has_value()); // nothing invented
        QCOMPARE(read.at(11), tasks.at(11));
    }

    void anUndecodedTaskComparesByItsBinaryForm()
    {
        // A refresh that brings the same task again keeps the cached one, still undecoded.
        const Task task = demo(5).at(3);
        const SharedTask cached =
            SharedTask::fromCache(TaskBinary::write(task), TaskFilter::keys(task));
        QVERIFY(cached.sameAs(task));
        Task moved = task;
        moved.dueDate = moved.dueDate.addSecs(60);
        QVERIFY(!cached.sameAs(moved));
        QVERIFY(!cached.isDecoded());
        QCOMPARE(cached.id(), task.id);
        QCOMPARE(*cached, task);
        QVERIFY(cached.sameAs(task) && !cached.sameAs(moved));
    }

    void threadsAskingAtOnceDecodeOnce()
    {
        const QList<Task> tasks = demo(400);
        QList<SharedTask> shared;
        for (const Task &t : tasks)
            shared.append(SharedTask::fromCache(TaskBinary::write(t), TaskFilter::keys(t)));
        const qint64 before = SharedTask::decodedCount();
        std::vector<const Task *> seen(static_cast<size_t>(4 * shared.size()));
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&shared, &seen, t] {
                for (qsizetype i = 0; i < shared.size(); ++i)
                    seen[static_cast<size_t>(t * shared.size() + i)] = shared.at(i).get();
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(SharedTask::decodedCount() - before, shared.size());
        for (qsizetype i = 0; i < shared.size(); ++i) {
            for (int t = 1; t < 4; ++t)
                QCOMPARE(seen[static_cast<size_t>(t * shared.size() + i)],
                         seen[static_cast<size_t>(i)]);
            QCOMPARE(*shared.at(i), tasks.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestCacheKeys)
#include "tst_cachekeys.moc"
