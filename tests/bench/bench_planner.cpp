// Spread Over Days with 500 selected tasks: the time from Ctrl+Shift+R's dialog being built to
// its preview painted, a spin box's step to the new preview painted (the live update), and the
// plan alone. Beside them, the floor: painting an empty Qt window of the same size in the same
// run. Medians and maxima over several runs; asserts nothing about time.
#include "BenchSupport.h"
#include "core/BacklogPlan.h"
#include "sandbox/DemoData.h"
#include "ui/BacklogDialog.h"

#include <QApplication>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace engage;

namespace {
constexpr int TaskCount = 500;
constexpr int Runs = 15;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

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
    // Monday 14:00 in Berlin; 500 overdue tasks of the demo's contacts (a dozen zones).
    const ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()),
                            QTimeZone("Europe/Berlin"));
    QList<Task> tasks = DemoData::tasks(clock.now(), clock.timeZone(), TaskCount);
    for (int i = 0; i < tasks.size(); ++i) {
        tasks[i].dueDate = clock.now().addSecs(-600 * (i + 1));
        tasks[i].status = TaskStatus::Open;
    }
    const CallingHoursSettings hours;

    QList<BacklogPlan::Item> items;
    for (const Task &t : tasks)
        items.append({t.id, t.dueDate, t.contact ? t.contact->timezone : QString()});

    QList<double> floor, opens, steps, plans;
    QSize size;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto *dialog = new BacklogDialog(clock, tasks, hours);
        dialog->show();
        dialog->preview()->repaint();
        opens << msSince(t);
        if (run == 0) {
            (void)QTest::qWaitForWindowExposed(dialog);
            size = dialog->size();
        }
        spin(20);
        // One step up and one down, each a new plan of all 500 and the preview painted.
        for (bool up : {true, false}) {
            t.restart();
            up ? dialog->daysBox()->stepUp() : dialog->daysBox()->stepDown();
            dialog->preview()->repaint();
            steps << msSince(t);
            spin(10);
        }
        delete dialog;
        spin(10);

        t.restart();
        const BacklogPlan plan = BacklogPlan::make(items, clock.now(), clock.timeZone(), hours);
        plans << msSince(t);
        if (plan.tasks().size() != TaskCount)
            std::printf("  (the plan lost tasks!)\n");
    }
    QWidget empty;
    empty.resize(size);
    empty.show();
    (void)QTest::qWaitForWindowExposed(&empty);
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer t;
        t.start();
        empty.repaint();
        floor << msSince(t);
    }
    std::printf("%d tasks, %d runs\n", TaskCount, Runs);
    report("open the planner (built → preview painted)", opens, floor);
    report("spin box step → new plan, preview painted", steps, floor);
    report("BacklogPlan::make alone", plans, floor);
    return 0;
}
