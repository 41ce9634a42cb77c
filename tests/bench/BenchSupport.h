#pragma once

// What the UI benchmarks share: medians, an event loop that spins without sleeping, a meter of
// the UI thread's longest block, and Gong (the sandbox) on a thread of its own.
#include "../SandboxConfig.h"
#include "core/Clock.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace engage {

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Runs the event loop for `ms` (QTest::qWait would sleep in 10 ms slices, which the meter
// would count as blocks).
inline void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

inline double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

// The longest gap between ticks of a 2 ms timer on the UI thread while it runs.
class BlockMeter
{
public:
    BlockMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        const qint64 now = m_clock.nsecsElapsed();
        return std::max(m_longest, now - m_last) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Gong on its own thread: its work (serialising 10,000 tasks) must not count as the app's.
class GongThread
{
public:
    GongThread()
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
    }
    ~GongThread()
    {
        run([this] { m_server.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    // Runs `work` on Gong's thread and waits for it.
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
    }
    SandboxServer &server() { return *m_server; }
    void create()
    {
        run([this] { m_server = std::make_unique<SandboxServer>(); });
    }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<SandboxServer> m_server;
};

// The app's engine against Gong on its own thread with `taskCount` tasks, all overdue (so in the
// default view), and the store on a real disk: what a UI benchmark puts its window on.
struct BenchWorld {
    ManualClock clock{QDateTime::currentDateTimeUtc(), QTimeZone::utc()};
    QTemporaryDir dir{QStringLiteral("/var/tmp/engage-bench-XXXXXX")}; // a real disk
    GongThread gong;
    QNetworkAccessManager network;
    GongClient client{&network};
    TaskStore store;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<TaskActions> actions;

    explicit BenchWorld(int taskCount)
    {
        QList<Task> tasks = DemoData::tasks(clock.now(), QTimeZone::utc(), taskCount);
        for (int i = 0; i < tasks.size(); ++i)
            tasks[i].dueDate = clock.now().addSecs(-60 * (i + 1));
        gong.create();
        gong.run([&] {
            gong.server().setTasks(tasks);
            gong.server().setRecordLimit(0);
            gong.server().start();
        });
        if (!store.open(dir.filePath(QStringLiteral("bench.sqlite"))))
            qFatal("cannot open the store");
        client.setConfig(sandboxConfig(gong.server()));
        sync = std::make_unique<SyncEngine>(&client, &store, clock);
        actions = std::make_unique<TaskActions>(sync.get());
    }
};

} // namespace engage
