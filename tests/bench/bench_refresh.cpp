// A refresh of 10,000 tasks in the real window, with 1 %, 10 % and 100 % of them changed in Gong
// since the last look: the longest time the UI thread was blocked (a timer on the UI thread
// ticking every 2 ms measures the gaps between its ticks), and the time from asking until the
// list shows the new data. Beside it, the same ticker's longest gap while the window sits idle.
// Prints medians and maxima over several runs; asserts nothing about time.
#include "../SandboxConfig.h"
#include "BenchSupport.h"
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
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace engage;

namespace {
constexpr int TaskCount = 10000;
constexpr int Runs = 5;

struct Rig : BenchWorld {
    std::unique_ptr<MainWindow> window;

    Rig()
        : BenchWorld(TaskCount)
    {
        window = std::make_unique<MainWindow>(sync.get(), actions.get(), clock);
        window->show();
        (void)QTest::qWaitForWindowExposed(window.get());
        sync->start();
        (void)QTest::qWaitFor(
            [this] { return sync->tasks().size() == TaskCount && !sync->isRefreshing(); }, 60000);
    }

    // Gong changes `percent` % of the tasks (spread over the list), as colleagues and flows do.
    void changeInGong(int percent, int run)
    {
        const int every = 100 / percent;
        gong.run([&] {
            const QList<Task> all = gong.server().tasks();
            for (int i = 0; i < all.size(); i += every) {
                gong.server().changeElsewhere(all.at(i).id, [run](Task &t) {
                    t.title = QStringLiteral("Call back (round %1)").arg(run);
                });
            }
        });
    }

    // Asks for a refresh; returns {longest UI block, ms until the list shows the new data}.
    std::pair<double, double> refreshOnce(const QString &expectTitle)
    {
        BlockMeter meter;
        QEventLoop loop;
        const QMetaObject::Connection shown =
            QObject::connect(sync.get(), &SyncEngine::refreshSucceeded, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        meter.start();
        t.start();
        sync->refresh();
        loop.exec();
        QObject::disconnect(shown);
        // A large refresh's changed rows reach the model a slice per turn: wait for the last.
        const TaskListModel *model = window->taskModel();
        if (model->hasPendingRows()) {
            QEventLoop slices;
            QObject::connect(model, &TaskListModel::pendingRowsApplied, &slices, &QEventLoop::quit);
            QTimer::singleShot(60000, &slices, &QEventLoop::quit);
            slices.exec();
        }
        // The model the view paints from holds the new data now.
        const double untilShown = t.nsecsElapsed() / 1e6;
        spin(20); // let the paint that follows land inside the measured span
        const double blocked = meter.stopMs();
        bool seen = false;
        for (int row = 0; row < model->rowCount() && !seen; ++row)
            seen = model->taskAt(row).title == expectTitle;
        if (!seen)
            std::printf("  (the list does not show the new data!)\n");
        return {blocked, untilShown};
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Rig rig;
    if (rig.sync->tasks().size() != TaskCount) {
        std::printf("the first list did not arrive\n");
        return 1;
    }
    {
        QList<double> idle;
        for (int i = 0; i < Runs; ++i) {
            BlockMeter meter;
            meter.start();
            spin(300);
            idle << meter.stopMs();
        }
        std::printf("floor: longest gap of a 2 ms UI timer, window idle: median %.1f ms, max %.1f "
                    "ms\n",
                    median(idle), maximum(idle));
    }
    int round = 0;
    for (const int percent : {1, 10, 100}) {
        QList<double> blocked, shown;
        for (int i = 0; i < Runs; ++i) {
            ++round;
            rig.changeInGong(percent, round);
            const auto [b, s] = rig.refreshOnce(QStringLiteral("Call back (round %1)").arg(round));
            blocked << b;
            shown << s;
        }
        std::printf("refresh of %d tasks, %3d%% changed: UI blocked longest median %.1f ms (max "
                    "%.1f); list shows the new data after median %.1f ms (max %.1f) — %d runs\n",
                    TaskCount, percent, median(blocked), maximum(blocked), median(shown),
                    maximum(shown), Runs);
    }
    return 0;
}
