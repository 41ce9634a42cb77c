// A start from a large cache paints the list from the rows' keys and decodes only the tasks it
// shows; a refresh that brings the same tasks again leaves them in their compact form. The real
// window, store and engine, against the sandbox over loopback.
#include "SandboxConfig.h"
#include "core/Clock.h"
#include "core/SharedTask.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/MainWindow.h"
#include "ui/TaskListModel.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace engage;

class TestLightStart : public QObject
{
    Q_OBJECT

    static constexpr int Count = 3000;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(13, 0), QTimeZone::utc()),
                        QTimeZone("Europe/Berlin")};

    // All overdue, so that all are in the window's Due view; in id order, as the cache keeps them.
    QList<Task> tasks() const
    {
        QList<Task> out = DemoData::tasks(m_clock.now(), m_clock.timeZone(), Count);
        for (int i = 0; i < out.size(); ++i)
            out[i].dueDate = m_clock.now().addSecs(-60 * (i + 1));
        std::sort(out.begin(), out.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
        return out;
    }

private slots:
    void aLargeCachePaintsWithoutDecodingItsTasks()
    {
        const QList<Task> cached = tasks();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            TaskStore seed;
            QVERIFY(seed.open(path));
            QVERIFY(seed.saveCache(TaskList(cached), m_clock.now()));
        }
        SandboxServer server;
        server.setTasks(cached); // Gong says the same again
        server.setNow([this] { return m_clock.now(); });
        QVERIFY(server.start());
        QNetworkAccessManager network;
        GongClient client(&network);
        client.setConfig(sandboxConfig(server));
        TaskStore store;
        QVERIFY(store.open(path));
        store.prefetchCache();
        SyncEngine sync(&client, &store, m_clock);
        TaskActions actions(&sync);
        MainWindow window(&sync, &actions, m_clock);
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy refreshed(&sync, &SyncEngine::refreshSucceeded);
        const qint64 before = SharedTask::decodedCount();
        sync.start();
        // Every row is there, in the Due view's order (most overdue first), read right; and
        // painted, with the selected task's details beside them.
        QTreeView *view = window.taskView();
        QCOMPARE(view->model()->rowCount(), Count);
        QTest::qWait(100);
        const Task &oldest =
            *std::min_element(cached.cbegin(), cached.cend(),
                              [](const Task &a, const Task &b) { return a.dueDate < b.dueDate; });
        const QModelIndex first = view->model()->index(0, TaskListModel::ContactColumn);
        QCOMPARE(first.data(TaskListModel::TaskIdRole).toLongLong(), oldest.id);
        QVERIFY(first.data().toString().startsWith(oldest.contact->displayName()));
        // Only what the window shows was decoded: a screenful of rows and the selected task.
        const qint64 atPaint = SharedTask::decodedCount() - before;
        QVERIFY2(atPaint > 0 && atPaint < 100, qPrintable(QString::number(atPaint)));

        // The same list from Gong: compared in the binary form, nothing more is decoded for it.
        QVERIFY(refreshed.wait(20000));
        QTest::qWait(50);
        const qint64 afterRefresh = SharedTask::decodedCount() - before;
        QVERIFY2(afterRefresh < 150, qPrintable(QString::number(afterRefresh)));
        QCOMPARE(sync.tasks().toList(), cached);
    }
};

QTEST_MAIN(TestLightStart)
#include "tst_lightstart.moc"
