// How fast Ctrl+K answers over 10,000 tasks: building the palette's entries, then every
// keystroke of a few words typed one letter at a time (each a filter, a ranking and a model
// reset), and a Backspace (a filter over everything again). Prints medians and maxima of each
// keystroke; asserts nothing about time.
#include "sandbox/DemoData.h"
#include "ui/PaletteController.h"
#include "ui/PaletteModel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace engage;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}
double maximum(const QList<double> &v)
{
    return *std::max_element(v.cbegin(), v.cend());
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QDateTime now(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc());
    const int count = 10000;
    const QList<Task> tasks = DemoData::tasks(now, QTimeZone("Europe/Berlin"), count);
    const QStringList typed{QStringLiteral("mark done"), QStringLiteral("harborview"),
                            QStringLiteral("renewal step 2"), QStringLiteral("zoe orsted")};
    QList<double> build, keystroke, backspace;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        QList<PaletteEntry> entries;
        entries.reserve(count + 60);
        for (int i = 0; i < 60; ++i) {
            PaletteEntry action;
            action.id = QStringLiteral("action.%1").arg(i);
            action.text = QStringLiteral("Some Action Number %1").arg(i);
            action.folded = FuzzyMatch::fold(action.text);
            entries.append(action);
        }
        for (const Task &task : tasks)
            entries.append(PaletteController::taskEntry(task));
        PaletteModel model;
        model.setEntries(entries);
        build << t.nsecsElapsed() / 1e6;
        for (const QString &words : typed) {
            for (int n = 1; n <= words.size(); ++n) {
                t.restart();
                model.setFilterText(words.left(n));
                (void)model.rowCount();
                keystroke << t.nsecsElapsed() / 1e6;
            }
            t.restart();
            model.setFilterText(words.left(words.size() - 1));
            backspace << t.nsecsElapsed() / 1e6;
            model.setFilterText({});
        }
    }
    std::printf("%d tasks, %lld keystrokes\n", count, static_cast<long long>(keystroke.size()));
    std::printf("%-28s %10s %10s\n", "measure", "median ms", "max ms");
    std::printf("%-28s %10.2f %10.2f\n", "build entries + model", median(build), maximum(build));
    std::printf("%-28s %10.2f %10.2f\n", "keystroke (typing on)", median(keystroke),
                maximum(keystroke));
    std::printf("%-28s %10.2f %10.2f\n", "backspace (all again)", median(backspace),
                maximum(backspace));
    return 0;
}
