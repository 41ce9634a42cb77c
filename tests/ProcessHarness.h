#pragma once

// Starting the real binaries for process-level tests: the sandbox in its own process, and the
// app against it, offscreen, in a data dir of the test's.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUrl>

namespace harness {

inline QString sandboxBinary()
{
    return QStringLiteral(ENGAGE_SANDBOX_BIN);
}
inline QString appBinary()
{
    return QStringLiteral(ENGAGE_APP_BIN);
}

// Starts engage-sandbox and returns its base URL (empty on failure).
inline QUrl startSandbox(QProcess &process, const QStringList &extraArgs = {})
{
    process.start(sandboxBinary(), extraArgs);
    if (!process.waitForStarted(10000))
        return {};
    if (!QTest::qWaitFor([&] { return process.canReadLine(); }, 10000))
        return {};
    const QByteArray line = process.readLine().trimmed();
    if (!line.startsWith("LISTENING "))
        return {};
    return QUrl(QString::fromLatin1(line.mid(10)));
}

inline QProcessEnvironment appEnvironment(const QUrl &sandbox, const QString &userId)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("GONG_BASE_URL"), sandbox.toString());
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("demo-access-key"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), QStringLiteral("demo-secret"));
    env.insert(QStringLiteral("GONG_USER_ID"), userId);
    // No D-Bus session: the app must never wait on a keychain in tests.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

} // namespace harness
