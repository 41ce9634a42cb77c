// engage-sandbox: the Gong-compatible sandbox as its own process, for process-level tests (the
// real app against a server that survives the app being killed) and for trying the API by hand.
#include "core/Clock.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("engage-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A Gong-compatible task API on 127.0.0.1 with demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (0 picks a free one)."), QStringLiteral("n"),
                                  QStringLiteral("0"));
    const QCommandLineOption now(
        QStringLiteral("now"),
        QStringLiteral("Seed the demo relative to this UTC time (ISO-8601)."),
        QStringLiteral("time"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  QStringLiteral("Requests per second."), QStringLiteral("n"),
                                  QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Answer delay in ms."), QStringLiteral("ms"),
                                     QStringLiteral("0"));
    const QCommandLineOption failEvery(QStringLiteral("fail-every"),
                                       QStringLiteral("Answer every Nth request with 500."),
                                       QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption tasks(
        QStringLiteral("tasks"), QStringLiteral("How many tasks to serve (the demo's, repeated)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption rep(
        QStringLiteral("rep"),
        QStringLiteral("Also serve this Gong user id a copy of the tasks, with task ids of its own "
                       "(repeatable). Each user still sees and changes only their own tasks."),
        QStringLiteral("user-id"));
    const QCommandLineOption log(QStringLiteral("log-requests"),
                                 QStringLiteral("Print one line per request received."));
    const QCommandLineOption key(QStringLiteral("access-key"),
                                 QStringLiteral("Accepted access key."), QStringLiteral("key"),
                                 engage::SandboxServer::demoAccessKey());
    const QCommandLineOption secret(
        QStringLiteral("secret"), QStringLiteral("Accepted access key secret."),
        QStringLiteral("secret"), engage::SandboxServer::demoAccessKeySecret());
    const QCommandLineOption missingScope(
        QStringLiteral("missing-scope"),
        QStringLiteral("The key lacks this scope, e.g. api:call-outcomes:read: what needs it "
                       "answers 403 (repeatable)."),
        QStringLiteral("scope"));
    parser.addOptions(
        {port, now, rate, latency, failEvery, tasks, rep, log, key, secret, missingScope});
    parser.process(app);

    engage::SandboxServer server;
    const QDateTime seedNow = parser.isSet(now)
                                  ? QDateTime::fromString(parser.value(now), Qt::ISODate).toUTC()
                                  : engage::Clock::system().now();
    server.seedDemoData(seedNow, engage::Clock::system().timeZone());
    if (const int count = parser.value(tasks).toInt(); count > 0)
        server.setTasks(
            engage::DemoData::tasks(seedNow, engage::Clock::system().timeZone(), count));
    if (const QStringList reps = parser.values(rep); !reps.isEmpty()) {
        // The copies' ids: 8e18 + k * 1e12 + i for the k-th extra rep, clear of the seeded ids
        // (about 7.25e18) and of --tasks' (9e9 + i), and above 2^53 as Gong's are.
        const QList<engage::Task> own = server.tasks();
        QList<engage::Task> all = own;
        QList<engage::SandboxUser> users = engage::DemoData::users();
        for (qsizetype k = 0; k < reps.size(); ++k) {
            bool ok = false;
            const qint64 userId = reps.at(k).toLongLong(&ok);
            if (!ok || userId <= 0 || userId == engage::DemoData::RepUserId) {
                std::fprintf(stderr, "engage-sandbox: --rep wants a user id other than the demo "
                                     "rep's, in digits\n");
                return 2;
            }
            for (qsizetype i = 0; i < own.size(); ++i) {
                engage::Task t = own.at(i);
                t.id = 8000000000000000000LL + (k + 1) * 1000000000000LL + i;
                t.userId = userId;
                all.append(std::move(t));
            }
            users.append({reps.at(k),
                          QStringLiteral("rep%1@acme-demo.example").arg(k + 2),
                          {},
                          QStringLiteral("Rep"),
                          QString::number(k + 2),
                          QStringLiteral("Account Executive"),
                          true});
        }
        server.setTasks(all);
        server.setUsers(users);
    }
    server.setAccessKey(parser.value(key), parser.value(secret));
    server.setRateLimit(parser.value(rate).toInt());
    server.setLatencyMs(parser.value(latency).toInt());
    server.setFailEveryNth(parser.value(failEvery).toInt());
    server.setMissingScopes(parser.values(missingScope));
    if (!server.start(static_cast<quint16>(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "engage-sandbox: cannot listen on 127.0.0.1\n");
        return 1;
    }
    if (parser.isSet(log)) {
        QObject::connect(&server, &engage::SandboxServer::requestReceived, &server, [&server] {
            const QList<engage::RecordedRequest> recorded = server.requests();
            if (recorded.isEmpty())
                return;
            const engage::RecordedRequest &r = recorded.constLast();
            std::printf("REQ %s %s %s\n", r.method.constData(), qPrintable(r.path),
                        r.body.constData());
            std::fflush(stdout);
        });
    }
    // The first line says where to connect; tests read it.
    std::printf("LISTENING %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
