// Start to a painted list of 10,000 cached tasks, beside the start of an empty Qt window, both
// as whole processes on this machine. Prints medians; asserts nothing about time.
#include "sandbox/DemoData.h"
#include "sync/StoreLocation.h"
#include "sync/TaskStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace engage;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Milliseconds from starting `program` to its first line on stdout (the first paint).
double timeToFirstLine(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForReadyRead(30000);
    const double ms = t.nsecsElapsed() / 1e6;
    p.waitForFinished(10000);
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir data(QStringLiteral("/var/tmp/engage-startup-XXXXXX"));
    // `bench_startup --keep`: leave the seeded data folder behind, for a profiler.
    data.setAutoRemove(!app.arguments().contains(QStringLiteral("--keep")));
    if (!data.autoRemove())
        std::printf("data folder: %s\n", qPrintable(data.path()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        QList<Task> tasks = DemoData::tasks(now, QTimeZone::utc(), 10000);
        for (int i = 0; i < tasks.size(); ++i)
            tasks[i].dueDate = now.addSecs(-60 * (i + 1)); // all in the default "Due" view
        TaskStore store;
        store.open(StoreLocation::fileFor(data.path(), QUrl(QStringLiteral("http://127.0.0.1:9")),
                                          QString::number(DemoData::RepUserId)));
        if (!store.saveCache(TaskList(tasks), now)) {
            std::fprintf(stderr, "cannot seed the cache: %s\n",
                         qPrintable(store.lastError().userMessage()));
            return 1;
        }
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ENGAGE_STARTUP_PROBE"), QStringLiteral("1"));
    // Gong out of reach (a closed port): the list comes from the cache alone.
    env.insert(QStringLiteral("GONG_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("k"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), QStringLiteral("s"));
    env.insert(QStringLiteral("GONG_USER_ID"), QString::number(DemoData::RepUserId));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QList<double> app10k, empty;
    for (int run = 0; run < 7; ++run) {
        app10k << timeToFirstLine(QStringLiteral(ENGAGE_APP_BIN),
                                  {QStringLiteral("--data-dir"), data.path()}, env);
        empty << timeToFirstLine(QStringLiteral(BENCH_EMPTY_WINDOW_BIN), {}, env);
    }
    // One more run that shows where the time goes (the app's engage.startup log).
    QProcessEnvironment traced = env;
    traced.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("engage.startup*.debug=true"));
    QProcess p;
    p.setProcessEnvironment(traced);
    p.start(QStringLiteral(ENGAGE_APP_BIN), {QStringLiteral("--data-dir"), data.path()});
    p.waitForFinished(30000);
    for (const QByteArray &line : p.readAllStandardError().split('\n')) {
        if (line.contains("engage.startup"))
            std::printf("  %s\n", line.constData());
    }
    std::printf("start to painted list, 10,000 cached tasks: median %.1f ms (7 runs)\n",
                median(app10k));
    std::printf("start to painted empty Qt window:           median %.1f ms (7 runs)\n",
                median(empty));
    return 0;
}
