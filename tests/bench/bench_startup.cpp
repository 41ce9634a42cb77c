// Start-up as whole processes on this machine, each beside an empty Qt window started in the same
// run: start to a painted list of 200, 10,000 and 50,000 cached tasks, and the peak resident set
// of each; then, with no cache, 10,000 tasks from an engage-sandbox process: start to the painted
// list, and the answer's last byte to it. Prints medians and maxima; asserts nothing about time.
#include "BenchSupport.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/StoreLocation.h"
#include "sync/TaskStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace engage;

namespace {
// Each beside an empty window's run, alternating: the floor is a few ms, so it takes many runs
// for the medians (and the ratio) to settle on this shared 2-core machine.
constexpr int Runs = 15;
constexpr int NetworkRuns = 5; // about a second each

struct Sample {
    double firstPaintMs = 0;     // process start to the first line ("painted")
    double afterLastByteMs = -1; // the app's own count, when the list came over the network
    double peakRssMiB = 0;
};

Sample runOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    Sample s;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForReadyRead(60000);
    s.firstPaintMs = t.nsecsElapsed() / 1e6;
    p.waitForFinished(60000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("after-last-byte-ms "))
            s.afterLastByteMs = line.mid(19).toDouble();
        else if (line.startsWith("peak-rss-kib "))
            s.peakRssMiB = line.mid(13).toDouble() / 1024.0;
    }
    return s;
}

struct Series {
    QList<double> paint, afterLastByte, rss;
    void add(const Sample &s)
    {
        paint << s.firstPaintMs;
        afterLastByte << s.afterLastByteMs;
        rss << s.peakRssMiB;
    }
};

QProcessEnvironment baseEnvironment(const QString &gongUrl)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ENGAGE_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("GONG_BASE_URL"), gongUrl);
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), SandboxServer::demoAccessKey());
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), SandboxServer::demoAccessKeySecret());
    env.insert(QStringLiteral("GONG_USER_ID"), QString::number(DemoData::RepUserId));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

bool seedCache(const QString &dir, const QString &gongUrl, int count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Task> tasks = DemoData::tasks(now, QTimeZone::utc(), count);
    for (int i = 0; i < tasks.size(); ++i)
        tasks[i].dueDate = now.addSecs(-60 * (i + 1)); // all in the default "Due" view
    TaskStore store;
    store.open(StoreLocation::fileFor(dir, QUrl(gongUrl), QString::number(DemoData::RepUserId)));
    if (!store.saveCache(TaskList(tasks), now)) {
        std::fprintf(stderr, "cannot seed the cache: %s\n",
                     qPrintable(store.lastError().userMessage()));
        return false;
    }
    return true;
}

void printRow(const char *what, const Series &s, const Series &empty)
{
    std::printf("%-44s start to paint median %7.1f ms (max %7.1f; %4.1fx the empty window's "
                "%5.1f) · peak RSS median %6.1f MiB (max %6.1f; empty window %5.1f)\n",
                what, median(s.paint), maximum(s.paint), median(s.paint) / median(empty.paint),
                median(empty.paint), median(s.rss), maximum(s.rss), median(empty.rss));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // `bench_startup --keep`: leave the seeded data folders behind, for a profiler.
    const bool keep = app.arguments().contains(QStringLiteral("--keep"));
    // Gong out of reach (a closed port): the list comes from the cache alone.
    const QString closed = QStringLiteral("http://127.0.0.1:9");
    const QProcessEnvironment env = baseEnvironment(closed);

    for (const int count : {200, 10000, 50000}) {
        QTemporaryDir data(QStringLiteral("/var/tmp/engage-startup-XXXXXX"));
        data.setAutoRemove(!keep);
        if (keep)
            std::printf("data folder for %d tasks: %s\n", count, qPrintable(data.path()));
        if (!seedCache(data.path(), closed, count))
            return 1;
        Series tasks, empty;
        for (int run = 0; run < Runs; ++run) {
            tasks.add(runOnce(QStringLiteral(ENGAGE_APP_BIN),
                              {QStringLiteral("--data-dir"), data.path()}, env));
            empty.add(runOnce(QStringLiteral(BENCH_EMPTY_WINDOW_BIN), {}, env));
        }
        const QByteArray what = QStringLiteral("%L1 cached tasks:").arg(count).toUtf8();
        printRow(what.constData(), tasks, empty);
        if (count == 10000) {
            // One more run that shows where the time goes (the app's engage.startup log).
            QProcessEnvironment traced = env;
            traced.insert(QStringLiteral("QT_LOGGING_RULES"),
                          QStringLiteral("engage.startup*.debug=true"));
            traced.insert(QStringLiteral("ENGAGE_STARTUP_PROBE_SETTLE_MS"), QStringLiteral("0"));
            QProcess p;
            p.setProcessEnvironment(traced);
            p.start(QStringLiteral(ENGAGE_APP_BIN), {QStringLiteral("--data-dir"), data.path()});
            p.waitForFinished(30000);
            for (const QByteArray &line : p.readAllStandardError().split('\n')) {
                if (line.contains("engage.startup"))
                    std::printf("    %s\n", line.constData());
            }
        }
    }

    // No cache: the first list comes from an engage-sandbox process serving 10,000 tasks.
    QProcess sandbox;
    sandbox.start(QStringLiteral(ENGAGE_SANDBOX_BIN),
                  {QStringLiteral("--tasks"), QStringLiteral("10000")});
    if (!sandbox.waitForReadyRead(60000)) {
        std::fprintf(stderr, "engage-sandbox did not start\n");
        return 1;
    }
    const QByteArray listening = sandbox.readLine().trimmed();
    if (!listening.startsWith("LISTENING ")) {
        std::fprintf(stderr, "engage-sandbox said: %s\n", listening.constData());
        return 1;
    }
    const QString url = QString::fromUtf8(listening.mid(10));
    const QProcessEnvironment live = baseEnvironment(url);
    Series network, empty;
    for (int run = 0; run < NetworkRuns; ++run) {
        QTemporaryDir data(QStringLiteral("/var/tmp/engage-startup-XXXXXX"));
        network.add(runOnce(QStringLiteral(ENGAGE_APP_BIN),
                            {QStringLiteral("--data-dir"), data.path()}, live));
        empty.add(runOnce(QStringLiteral(BENCH_EMPTY_WINDOW_BIN), {}, live));
    }
    printRow("no cache, 10,000 tasks from engage-sandbox:", network, empty);
    std::printf("%-44s the answer's last byte to the painted list: median %.1f ms (max %.1f)\n", "",
                median(network.afterLastByte), maximum(network.afterLastByte));
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
