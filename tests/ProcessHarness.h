#pragma once

// Starting the real binaries for process-level tests: the sandbox in its own process, and the
// app against it, offscreen, in a data dir of the test's.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUrl>

#include <memory>

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

// appEnvironment() with the automation channel on (tests/app/Automation.h).
inline QProcessEnvironment automationEnvironment(const QUrl &sandbox, const QString &userId)
{
    QProcessEnvironment env = appEnvironment(sandbox, userId);
    env.insert(QStringLiteral("ENGAGE_AUTOMATION"), QStringLiteral("1"));
    return env;
}

// engage-tasks-test with its automation channel.
class App
{
public:
    App(const QProcessEnvironment &env, const QStringList &args)
    {
        m_process.setProcessEnvironment(env);
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(appBinary(), args);
        m_process.waitForStarted(10000);
    }
    ~App()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    App(const App &) = delete;
    App &operator=(const App &) = delete;
    QByteArray line(int ms = 20000)
    {
        if (!QTest::qWaitFor(
                [&] {
                    return m_process.canReadLine() || m_process.state() == QProcess::NotRunning;
                },
                ms))
            return {};
        return m_process.readLine().trimmed();
    }
    void send(const QByteArray &command) { m_process.write(command + '\n'); }
    QByteArray ask(const QByteArray &command)
    {
        send(command);
        return line();
    }
    // "count N" with N > 0: the app is up and answers.
    bool answers()
    {
        const QByteArray reply = ask("count");
        return reply.startsWith("count ") && reply.mid(6).toInt() > 0;
    }
    // Empty once the app has ended by itself with 0; otherwise what went wrong.
    QString quit()
    {
        m_process.write("quit\n");
        if (!m_process.waitForFinished(10000))
            return QStringLiteral("still running 10 s after quit: ") + diagnosis();
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
            return QStringLiteral("ended with status %1, code %2: ")
                       .arg(int(m_process.exitStatus()))
                       .arg(m_process.exitCode()) +
                   diagnosis();
        return {};
    }
    void killNine()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QByteArray errors()
    {
        m_errors += m_process.readAllStandardError();
        return m_errors;
    }
    QString diagnosis() { return QString::fromLocal8Bit(errors()); }

private:
    QProcess m_process;
    QByteArray m_errors;
};

// engage-sandbox with --log-requests: the PATCHes it received.
struct Patch {
    qint64 taskId = 0;
    QString userId;
    QString status;
};

class Sandbox
{
public:
    explicit Sandbox(QStringList args)
    {
        args << QStringLiteral("--log-requests");
        m_url = startSandbox(m_process, args);
    }
    ~Sandbox()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;
    QUrl url() const { return m_url; }
    QList<Patch> patches()
    {
        m_log += m_process.readAllStandardOutput();
        QList<Patch> out;
        for (const QByteArray &line : m_log.split('\n')) {
            const QByteArray prefix = "REQ PATCH /v2/tasks/";
            if (!line.startsWith(prefix))
                continue;
            const qsizetype space = line.indexOf(' ', prefix.size());
            const QJsonObject body = QJsonDocument::fromJson(line.mid(space + 1)).object();
            out.append({line.mid(prefix.size(), space - prefix.size()).toLongLong(),
                        body.value(QLatin1String("userId")).toString(),
                        body.value(QLatin1String("status")).toString()});
        }
        return out;
    }
    QByteArray log()
    {
        m_log += m_process.readAllStandardOutput();
        return m_log;
    }

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_log;
};

// POST /v2/tasks for `userId`, every status, straight over HTTP: task id -> status.
inline QMap<qint64, QString> tasksOf(const QUrl &gong, const QString &userId)
{
    QNetworkAccessManager network;
    QNetworkRequest request(gong.resolved(QUrl(QStringLiteral("/v2/tasks"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray("demo-access-key:demo-secret").toBase64());
    const QJsonObject filter{
        {QLatin1String("userId"), userId},
        {QLatin1String("types"), QJsonArray{QStringLiteral("FLOW"), QStringLiteral("MANUAL")}},
        {QLatin1String("taskAction"), QJsonArray{QStringLiteral("CALL")}},
        {QLatin1String("status"),
         QJsonArray{QStringLiteral("OPEN"), QStringLiteral("DONE"), QStringLiteral("DISMISSED")}}};
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(QJsonObject{{QLatin1String("filter"), filter}})
                                  .toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {};
    QMap<qint64, QString> out;
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    for (const QJsonValue task : root.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = task.toObject();
        out.insert(t.value(QLatin1String("id")).toInteger(),
                   t.value(QLatin1String("status")).toString());
    }
    return out;
}

} // namespace harness
