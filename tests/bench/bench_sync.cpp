// Never lose a click, and never make the rep wait for one:
//  1. keypress (D) to row updated, the journal's disk write included;
//  2. 300 queued changes against a sandbox limited to 30 requests/s: achieved rate, nothing lost.
// Prints medians; asserts nothing about time.
#include "../SandboxConfig.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/MainWindow.h"
#include "ui/TaskListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace engage;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QList<Task> manyTasks(int count, const QDateTime &now)
{
    QList<Task> out = DemoData::tasks(now, QTimeZone::utc(), count);
    for (int i = 0; i < count; ++i)
        out[i].dueDate = now.addSecs(-60 * (i + 1)); // all due: the default view shows them
    return out;
}

struct Rig {
    ManualClock clock{QDateTime::currentDateTimeUtc(), QTimeZone::utc()};
    QTemporaryDir dir{QStringLiteral("/var/tmp/engage-bench-XXXXXX")}; // a real disk, not tmpfs
    SandboxServer server;
    QNetworkAccessManager network;
    GongClient client{&network};
    TaskStore store;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<TaskActions> actions;

    explicit Rig(int tasks)
    {
        server.setTasks(manyTasks(tasks, clock.now()));
        server.start();
        store.open(dir.filePath(QStringLiteral("bench.sqlite")));
        client.setConfig(sandboxConfig(server));
        sync = std::make_unique<SyncEngine>(&client, &store, clock);
        actions = std::make_unique<TaskActions>(sync.get());
        sync->start();
        (void)QTest::qWaitFor([this] { return !sync->tasks().isEmpty() && !sync->isRefreshing(); },
                              30000);
    }
};

void keypressToRow()
{
    QList<double> ms;
    Rig rig(200);
    MainWindow window(rig.sync.get(), rig.actions.get(), rig.clock);
    window.show();
    window.activateWindow();
    (void)QTest::qWaitForWindowActive(&window);
    QTreeView *view = window.taskView();
    for (int i = 0; i < 60; ++i) {
        const QModelIndex current = view->currentIndex();
        const qint64 id = current.data(TaskListModel::TaskIdRole).toLongLong();
        QElapsedTimer t;
        t.start();
        QTest::keyClick(view, Qt::Key_D);
        // The row now shows the task done: read back from the model the view paints from.
        const int row = window.taskModel()->rowOf(id);
        const bool done = window.taskModel()->taskAt(row).status == TaskStatus::Done;
        ms << t.nsecsElapsed() / 1e6;
        if (!done)
            std::printf("row %d not updated!\n", row);
        QTest::qWait(5); // let the sync engine send, as between a rep's keypresses
    }
    std::printf(
        "keypress D -> row shows done (journal fsync'd): median %.2f ms, max %.2f ms over %lld "
        "keypresses\n",
        median(ms), *std::max_element(ms.cbegin(), ms.cend()), static_cast<long long>(ms.size()));
}

void queuedChangesAtTheRateLimit()
{
    const int count = 300;
    const int limit = 30;
    Rig rig(count);
    rig.server.setRateLimit(limit, 1);
    rig.sync->rateLimiter().setRate(limit);
    rig.server.clearRequests();
    const int refusedBefore = rig.server.rateLimitedCount();
    QList<qint64> ids;
    for (const Task &t : rig.sync->tasks())
        ids << t.id;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        if (i % 3 == 0)
            rig.actions->markDone({ids.at(i)});
        else if (i % 3 == 1)
            rig.actions->dismiss({ids.at(i)});
        else
            rig.actions->reschedule({ids.at(i)}, rig.clock.now().addDays(2 + i % 5));
    }
    const double enqueueMs = t.nsecsElapsed() / 1e6;
    // A real event loop, as in the app: QTest::qWaitFor sleeps between its polls.
    QEventLoop loop;
    QObject::connect(rig.sync.get(), &SyncEngine::taskChanged, &loop, [&] {
        if (rig.sync->waitingCount() == 0)
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (rig.sync->waitingCount() > 0)
        loop.exec();
    const double seconds = t.nsecsElapsed() / 1e9;
    int rightState = 0;
    for (int i = 0; i < count; ++i) {
        const Task s = *rig.server.task(ids.at(i));
        if ((i % 3 == 0 && s.status == TaskStatus::Done) ||
            (i % 3 == 1 && s.status == TaskStatus::Dismissed) ||
            (i % 3 == 2 &&
             s.dueDate.toSecsSinceEpoch() == rig.clock.now().addDays(2 + i % 5).toSecsSinceEpoch()))
            ++rightState;
    }
    const int refused = rig.server.rateLimitedCount() - refusedBefore;
    const int patches = static_cast<int>(rig.server.patchRequests().size());
    // The first second's burst is free; the ideal for N sends at L/s is (N - L) / L + 1 seconds.
    const double ideal = static_cast<double>(count - limit) / limit + 1.0;
    std::printf(
        "%d queued changes, limit %d/s: journaled in %.1f ms; all sent in %.2f s (ideal %.2f s) "
        "= %.1f%% of the allowed rate; %d PATCHes, %d refused with 429; %d of %d hold the final "
        "state\n",
        count, limit, enqueueMs, seconds, ideal, 100.0 * ideal / seconds, patches, refused,
        rightState, count);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    keypressToRow();
    queuedChangesAtTheRateLimit();
    return 0;
}
