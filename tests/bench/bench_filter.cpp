// How fast the list answers the rep: building the model and proxy for 10,000 and 100,000 tasks,
// one search keystroke over them, "Callable now" (calling hours per contact's zone) and the
// Expiring filter (with the views' counts, which now carry the expiring count too).
// Prints medians; asserts nothing about time.
#include "sandbox/DemoData.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace engage;

namespace {
QList<Task> manyTasks(int count, const QDateTime &now, const QTimeZone &zone)
{
    QList<Task> out = DemoData::tasks(now, zone, count);
    for (int i = 0; i < count; ++i) {
        Task &t = out[i];
        t.dueDate = t.dueDate.isValid() ? t.dueDate.addSecs((i % 977) * 60) : t.dueDate;
    }
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()),
                            QTimeZone("Europe/Berlin"));
    const int runs = 7;
    std::printf("%-8s %-32s %10s\n", "tasks", "measure", "median ms");
    for (int count : {10000, 100000}) {
        const TaskList tasks(manyTasks(count, clock.now(), clock.timeZone()));
        QList<double> build, keystroke, second, clear, callable, minute, expiring;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            TaskListModel model(clock);
            TaskFilterProxy proxy(clock);
            model.setTasks(tasks);
            proxy.setTaskModel(&model);
            proxy.setView(TaskView::All);
            (void)proxy.rowCount();
            build << t.nsecsElapsed() / 1e6;

            t.restart();
            // The first keystroke, "g", as the window handles it: filter, sort, and the views'
            // counts.
            proxy.setSearchText(QStringLiteral("g"));
            (void)proxy.rowCount();
            (void)proxy.viewCounts();
            keystroke << t.nsecsElapsed() / 1e6;

            t.restart();
            proxy.setSearchText(QStringLiteral("gl")); // the next one narrows it
            (void)proxy.rowCount();
            (void)proxy.viewCounts();
            second << t.nsecsElapsed() / 1e6;

            t.restart();
            proxy.setSearchText(QString()); // clearing the search shows everything again
            (void)proxy.rowCount();
            (void)proxy.viewCounts();
            clear << t.nsecsElapsed() / 1e6;

            t.restart();
            proxy.setCallableOnly(true); // each zone's hours worked out once, then a lookup
            (void)proxy.rowCount();
            (void)proxy.viewCounts();
            callable << t.nsecsElapsed() / 1e6;

            t.restart();
            proxy.refreshReference(); // the window's minute tick, with Callable now on
            (void)proxy.rowCount();
            (void)proxy.viewCounts();
            minute << t.nsecsElapsed() / 1e6;

            t.restart();
            proxy.setExpiringOnly(true); // the expiry radar: one integer compare per row
            (void)proxy.rowCount();
            (void)proxy.counts();
            expiring << t.nsecsElapsed() / 1e6;
        }
        std::printf("%-8d %-32s %10.2f\n", count, "build model + proxy (sorted)", median(build));
        std::printf("%-8d %-32s %10.2f\n", count, "keystroke \"g\" + counts", median(keystroke));
        std::printf("%-8d %-32s %10.2f\n", count, "keystroke \"gl\" + counts", median(second));
        std::printf("%-8d %-32s %10.2f\n", count, "clear search + counts", median(clear));
        std::printf("%-8d %-32s %10.2f\n", count, "callable now + counts", median(callable));
        std::printf("%-8d %-32s %10.2f\n", count, "minute tick, callable + counts", median(minute));
        std::printf("%-8d %-32s %10.2f\n", count, "expiring, callable + counts", median(expiring));
    }
    return 0;
}
