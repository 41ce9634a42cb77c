// A refresh off the UI thread (issue 14): the list is read on a worker and applied as a row diff.
// The window keeps the rep's place by itself (no model reset), a PATCH answered while the list
// is read is never undone by it, the rows that move are exactly those that changed, and the
// cache after writing only the changed rows equals a full rewrite.
#include "WindowRig.h"
#include "sync/RefreshWorker.h"
#include "ui/TaskFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QAtomicInt>
#include <QItemSelectionModel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace engage;

namespace {

QList<qint64> sortedIds(const QList<qint64> &ids)
{
    QList<qint64> out = ids;
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> selectedIds(const Rig &rig)
{
    QList<qint64> ids;
    for (const QModelIndex &index : rig.view()->selectionModel()->selectedRows())
        ids.append(index.data(TaskListModel::TaskIdRole).toLongLong());
    return sortedIds(ids);
}

// The rows of a store's cache, read on a connection of its own as another process would: id and the
// blob, in id order.
QList<QPair<qint64, QByteArray>> cacheRows(const QString &path)
{
    QList<QPair<qint64, QByteArray>> rows;
    const QString name = QStringLiteral("cache-rows");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery read(raw);
            read.exec(QStringLiteral("SELECT id, data FROM tasks ORDER BY id"));
            while (read.next())
                rows.append({read.value(0).toLongLong(), read.value(1).toByteArray()});
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Records what the task model said, and checks that the row of `watched` never reads Open.
struct ModelLog {
    int resets = 0;
    QList<QPair<int, int>> inserted, removed;
    QList<QPair<QModelIndex, QModelIndex>> changed;
    explicit ModelLog(TaskListModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                         [this](const QModelIndex &, int first, int last) {
                             inserted.append({first, last});
                         });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model,
                         [this](const QModelIndex &, int first, int last) {
                             removed.append({first, last});
                         });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                         [this](const QModelIndex &from, const QModelIndex &to) {
                             changed.append({from, to});
                         });
    }
    // The rows whose every column changed (a row's own change; a contact's "(+n)" repaints
    // only its Contact column).
    QList<int> wholeRowsChanged() const
    {
        QList<int> rows;
        for (const auto &[from, to] : changed)
            if (from.column() == 0 && to.column() == TaskListModel::ColumnCount - 1)
                for (int r = from.row(); r <= to.row(); ++r)
                    rows.append(r);
        return rows;
    }
};

// `count` open manual tasks titled `title`, ids 1.., each due a minute before the last.
TaskList manyTasks(int count, const QString &title)
{
    const QDateTime due = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    QList<Task> tasks;
    for (int i = 1; i <= count; ++i) {
        Task t;
        t.id = i;
        t.status = TaskStatus::Open;
        t.type = TaskType::Manual;
        t.title = title;
        t.dueDate = due.addSecs(-60 * i);
        tasks.append(t);
    }
    return TaskList(tasks);
}

} // namespace

class TestRefreshDiff : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { RefreshWorker::setReadHook({}); }

    void aRefreshDuringAMultiRowSelectionKeepsItAndTheCurrentRow()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.window->proxy()->setView(TaskView::All);
        QVERIFY(rig.model()->rowCount() > 8);
        ModelLog log(rig.window->taskModel());
        QList<qint64> picked;
        QItemSelection selection;
        for (int row : {1, 3, 4, 7}) {
            picked.append(rig.idAt(row));
            const QModelIndex index = rig.model()->index(row, 0);
            selection.select(index, index);
        }
        rig.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        rig.view()->selectionModel()->setCurrentIndex(rig.model()->index(4, 0),
                                                      QItemSelectionModel::NoUpdate);
        const qint64 current = rig.idAt(4);
        // Gong renames a selected task, the current one and one not selected.
        for (int row : {3, 4, 5})
            rig.server.changeElsewhere(rig.idAt(row),
                                       [](Task &t) { t.title += QStringLiteral(" (again)"); });
        QSignalSpy refreshed(rig.sync.get(), &SyncEngine::refreshSucceeded);
        rig.sync->refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QTRY_VERIFY(!rig.sync->isRefreshing());
        QCOMPARE(log.resets, 0);
        QCOMPARE(log.wholeRowsChanged().size(), 3);
        QCOMPARE(selectedIds(rig), sortedIds(picked));
        QCOMPARE(rig.view()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), current);
        QVERIFY(rig.sync->task(current)->title.endsWith(QStringLiteral(" (again)")));
    }

    void aPatchAnsweredWhileTheListIsReadIsNotUndoneByIt()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.window->proxy()->setView(TaskView::All);
        const qint64 id = rig.idAt(2);
        QCOMPARE(rig.sync->task(id)->status, TaskStatus::Open);

        // The worker holds the list it was given (the task open in it) until let go.
        QSemaphore letGo;
        QAtomicInt reading = 0;
        RefreshWorker::setReadHook([&] {
            reading.storeRelease(1);
            letGo.acquire();
        });
        // From the moment the rep closes it, nothing may show the task open again.
        bool closed = false;
        int sawOpen = 0;
        auto check = [&] {
            if (!closed)
                return;
            const TaskListModel *model = rig.window->taskModel();
            const int row = model->rowOf(id);
            if (row >= 0 && model->taskAt(row).status == TaskStatus::Open)
                ++sawOpen;
            if (const auto task = rig.sync->task(id); task && task->status == TaskStatus::Open)
                ++sawOpen;
        };
        TaskListModel *model = rig.window->taskModel();
        connect(model, &QAbstractItemModel::dataChanged, this, check);
        connect(model, &QAbstractItemModel::rowsInserted, this, check);
        connect(model, &QAbstractItemModel::modelReset, this, check);
        connect(rig.sync.get(), &SyncEngine::refreshSucceeded, this, check);

        QSignalSpy refreshed(rig.sync.get(), &SyncEngine::refreshSucceeded);
        rig.sync->refresh();
        QTRY_VERIFY(reading.loadAcquire() == 1); // Gong's answer (task open) is being read
        closed = true;
        rig.actions->markDone({id});
        // The PATCH goes while the list is read, and Gong confirms it.
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(id)->status, TaskStatus::Done, 10000);
        QTRY_COMPARE(rig.sync->waitingCount(), 0);
        QCOMPARE(refreshed.size(), 0);
        letGo.release();
        QTRY_COMPARE(refreshed.size(), 1);
        QTRY_VERIFY(!rig.sync->isRefreshing());
        check();
        QCOMPARE(sawOpen, 0);
        QCOMPARE(rig.sync->task(id)->status, TaskStatus::Done);
        // And the cache agrees, for the next start.
        for (const Task &t : rig.store.cachedTasks())
            if (t.id == id)
                QCOMPARE(t.status, TaskStatus::Done);
        QCOMPARE(rig.patches().size(), 1);
    }

    void aRefreshMovesExactlyTheRowsThatChanged()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        TaskListModel *model = rig.window->taskModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(rig.window->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model->rowCount() > 5);
        const qint64 removedId = model->taskAt(1).id;
        const qint64 changedId = model->taskAt(3).id;
        // One task leaves Gong, one comes (with an id after every other), one is renamed.
        Task added = model->taskAt(0);
        qint64 maxId = 0;
        for (const Task &t : rig.server.tasks())
            maxId = std::max(maxId, t.id);
        added.id = maxId + 1;
        added.title = QStringLiteral("A new task");
        QList<Task> tasks = rig.server.tasks();
        tasks.removeIf([removedId](const Task &t) { return t.id == removedId; });
        tasks.append(added);
        rig.server.setTasks(tasks);
        rig.server.changeElsewhere(changedId, [](Task &t) { t.title = QStringLiteral("Renamed"); });
        const int rowsBefore = model->rowCount();
        const int removedRow = model->rowOf(removedId);

        ModelLog log(model);
        QSignalSpy refreshed(rig.sync.get(), &SyncEngine::refreshSucceeded);
        rig.sync->refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QTRY_VERIFY(!rig.sync->isRefreshing());

        QCOMPARE(log.resets, 0);
        QCOMPARE(log.removed, (QList<QPair<int, int>>{{removedRow, removedRow}}));
        const int addedRow = model->rowOf(added.id);
        QCOMPARE(addedRow, rowsBefore - 1); // the last id: the last row
        QCOMPARE(log.inserted, (QList<QPair<int, int>>{{addedRow, addedRow}}));
        QCOMPARE(log.wholeRowsChanged(), QList<int>{model->rowOf(changedId)});
        QCOMPARE(model->rowCount(), rowsBefore);
        QCOMPARE(model->taskAt(model->rowOf(changedId)).title, QStringLiteral("Renamed"));
        QCOMPARE(model->rowOf(removedId), -1);
        // The model's rows are the engine's, one for one.
        QCOMPARE(model->tasks().size(), rig.sync->tasks().size());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->taskAt(row).id, rig.sync->tasks().at(row).id);
    }

    void aLargeRefreshChangesTheRowsASliceAtATimeAndEndsOnTheList()
    {
        const ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()));
        TaskListModel model(clock);
        TaskFilterProxy proxy(clock);
        proxy.setTaskModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int count = 20 * static_cast<int>(TaskListModel::RowsAtOnce);
        const TaskList before = manyTasks(count, QStringLiteral("Call"));
        model.setTasks(before);
        const TaskList after = manyTasks(count, QStringLiteral("Call back"));
        ModelLog log(&model);
        QSignalSpy applied(&model, &TaskListModel::pendingRowsApplied);

        model.applyDiff(after, TaskDiff::between(before, after));
        // Not all at once: the window gets its turn between the slices.
        QVERIFY(model.hasPendingRows());
        QCOMPARE(model.taskAt(count - 1).title, QStringLiteral("Call"));
        QVERIFY(log.wholeRowsChanged().size() < count);

        QVERIFY(applied.wait(10000));
        QVERIFY(!model.hasPendingRows());
        // Every row changed once, and reads the new list.
        QList<int> rows = log.wholeRowsChanged();
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows.size(), count);
        for (int row = 0; row < count; ++row) {
            QCOMPARE(rows.at(row), row);
            QCOMPARE(model.index(row, TaskListModel::WhatColumn).data().toString(),
                     QStringLiteral("Call back"));
        }
        QCOMPARE(log.resets, 0);
        QCOMPARE(proxy.rowCount(), count);
    }

    void aChangeMadeBetweenTheSlicesIsNotUndoneByThem()
    {
        const ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()));
        TaskListModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int count = 20 * static_cast<int>(TaskListModel::RowsAtOnce);
        const TaskList before = manyTasks(count, QStringLiteral("Call"));
        model.setTasks(before);
        const TaskList after = manyTasks(count, QStringLiteral("Call back"));
        model.applyDiff(after, TaskDiff::between(before, after));
        QVERIFY(model.hasPendingRows());
        // The rep closes the last task while its row still waits for its slice.
        Task done = after.at(count - 1);
        done.status = TaskStatus::Done;
        model.updateTask(done);
        QCOMPARE(model.taskAt(count - 1).status, TaskStatus::Done);
        // No slice that comes later brings the open task back.
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasPendingRows(), 10000);
        QCOMPARE(model.taskAt(count - 1).status, TaskStatus::Done);
        QCOMPARE(model.taskAt(0).title, QStringLiteral("Call back"));
    }

    void theCacheAfterAPartialRefreshEqualsAFullRewrite()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        const QList<Task> all = rig.server.tasks();
        QVERIFY(all.size() > 5);
        // One gone, one renamed, one new.
        QList<Task> tasks = all;
        tasks.removeAt(2);
        Task added = all.at(0);
        added.id = 9'000'000'000'000'000'001LL; // above 2^53, as Gong's are
        added.title = QStringLiteral("Brand new");
        tasks.append(added);
        rig.server.setTasks(tasks);
        rig.server.changeElsewhere(all.at(4).id, [](Task &t) { t.title = QStringLiteral("New"); });
        QSignalSpy refreshed(rig.sync.get(), &SyncEngine::refreshSucceeded);
        rig.sync->refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QTRY_VERIFY(!rig.sync->isRefreshing()); // the cache write is done too

        const QList<QPair<qint64, QByteArray>> partial =
            cacheRows(rig.dir.filePath(QStringLiteral("t.sqlite")));
        QCOMPARE(partial.size(), tasks.size());
        // What the full rewrite of the same list writes (as every refresh did before).
        const QString fullPath = rig.dir.filePath(QStringLiteral("full.sqlite"));
        {
            TaskStore full;
            QVERIFY(full.open(fullPath));
            QVERIFY(full.saveCache(rig.sync->tasks(), rig.sync->lastRefreshed()));
        }
        QCOMPARE(partial, cacheRows(fullPath));
        TaskStore again;
        QVERIFY(again.open(rig.dir.filePath(QStringLiteral("t.sqlite"))));
        QCOMPARE(again.cachedAt(), rig.sync->lastRefreshed());
    }
};

QTEST_MAIN(TestRefreshDiff)
#include "tst_refreshdiff.moc"
