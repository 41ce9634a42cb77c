// The call session over 10,000 tasks in the real window, Gong on its own thread and the store on
// a real disk: the time from an outcome key to the next task's card painted (the journal's write
// and fsync included), and from S to the session's first card painted. Beside them, the floor:
// painting an empty Qt window of the same size in the same run. Medians and maxima over several
// runs; asserts nothing about time.
#include "../SandboxConfig.h"
#include "BenchSupport.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sync/CallCatalog.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/ActionRegistry.h"
#include "ui/CallSession.h"
#include "ui/MainWindow.h"
#include "ui/SessionView.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace engage;

namespace {
constexpr int TaskCount = 10000;
constexpr int Runs = 15;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

struct Rig : BenchWorld {
    std::unique_ptr<CallCatalog> catalog;
    std::unique_ptr<MainWindow> window;

    Rig()
        : BenchWorld(TaskCount)
    {
        catalog = std::make_unique<CallCatalog>(&client, &store, &sync->rateLimiter(), clock);
        window = std::make_unique<MainWindow>(sync.get(), actions.get(), clock);
        window->setCallCatalog(catalog.get());
        window->resize(1280, 800);
        window->show();
        (void)QTest::qWaitForWindowExposed(window.get());
        sync->start();
        catalog->start();
        (void)QTest::qWaitFor(
            [this] {
                return sync->tasks().size() == TaskCount && !sync->isRefreshing() &&
                       catalog->fetchedAt().isValid();
            },
            60000);
    }
    void key(Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); }
};

void report(const char *what, const QList<double> &v, const QList<double> &floor)
{
    std::printf("%-52s median %6.2f ms, max %6.2f ms  (floor: empty window painted, median "
                "%.2f ms)\n",
                what, median(v), maximum(v), median(floor));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Rig rig;
    if (rig.sync->tasks().size() != TaskCount || rig.catalog->usingDefaults()) {
        std::printf("the list or the company's outcomes did not arrive\n");
        return 1;
    }
    QWidget empty;
    empty.resize(1280, 800);
    empty.show();
    (void)QTest::qWaitForWindowExposed(&empty);
    QList<double> floor;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer t;
        t.start();
        empty.repaint();
        floor << msSince(t);
    }
    empty.hide();
    rig.window->activateWindow();
    (void)QTest::qWaitForWindowActive(rig.window.get());

    QList<double> starts;
    QList<double> outcomes;
    for (int run = 0; run < Runs; ++run) {
        // S: a new session over the 10,000 tasks of the view, its first card painted.
        QElapsedTimer t;
        t.start();
        QTest::keyClick(rig.window.get(), Qt::Key_S, Qt::ShiftModifier);
        rig.window->sessionView()->repaint();
        starts << msSince(t);
        spin(30);
        // An outcome key: the journal's write (fsync) and the next card painted. "No answer"
        // (1) reschedules, "Meeting booked" (4) closes: both are journaled.
        for (const Qt::Key k : {Qt::Key_1, Qt::Key_4}) {
            const qint64 before = rig.window->callSession()->currentTaskId();
            t.restart();
            rig.key(k);
            rig.window->sessionView()->repaint();
            outcomes << msSince(t);
            if (rig.window->callSession()->currentTaskId() == before)
                std::printf("  (the card did not move on!)\n");
            spin(30); // the PATCH goes out between calls, as it does for a rep
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        spin(20);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != rig.window.get() && w->isVisible() && w != &empty)
                w->close(); // the summary
        rig.window->activateWindow();
        spin(20);
    }
    std::printf("%d tasks, %d runs (RelWithDebInfo, store on /var/tmp)\n", TaskCount, Runs);
    report("start a session (S → first card painted)", starts, floor);
    report("outcome key → next card painted, journal included", outcomes, floor);
    return 0;
}
