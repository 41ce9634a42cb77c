#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

// The process's peak resident set so far (VmHWM), in KiB; 0 where /proc cannot say.
inline long long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// After the first paint, for bench_startup: let the process settle for
// ENGAGE_STARTUP_PROBE_SETTLE_MS (1500), print "peak-rss-kib K" and quit.
inline void reportPeakRssAndQuitLater()
{
    const int settleMs = qEnvironmentVariableIsSet("ENGAGE_STARTUP_PROBE_SETTLE_MS")
                             ? qEnvironmentVariableIntValue("ENGAGE_STARTUP_PROBE_SETTLE_MS")
                             : 1500;
    QTimer::singleShot(settleMs, qApp, [] {
        std::printf("peak-rss-kib %lld\n", peakRssKiB());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}
