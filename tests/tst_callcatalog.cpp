// CallCatalog against the sandbox over loopback and a real TaskStore file: the company's call
// outcomes and the flows' call scripts, cached per account, paced by the shared limiter. What the
// rep would notice: the company's outcomes in the session, also offline after a restart; Gong's
// defaults with one line saying why when the key may not read them or Gong was never reached.
#include "SandboxConfig.h"
#include "core/Clock.h"
#include "gong/GongClient.h"
#include "gong/RateLimiter.h"
#include "sandbox/DemoCalling.h"
#include "sandbox/SandboxServer.h"
#include "sync/CallCatalog.h"
#include "sync/TaskStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace engage;

namespace {

QList<CallOutcome> companyOutcomes()
{
    QList<CallOutcome> outcomes = DemoCalling::outcomes();
    std::stable_sort(
        outcomes.begin(), outcomes.end(),
        [](const CallOutcome &a, const CallOutcome &b) { return a.displayOrder < b.displayOrder; });
    return outcomes;
}

QString outcomesPath()
{
    return QStringLiteral("/v2/call-outcomes");
}

int requestsTo(const SandboxServer &server, const QString &path)
{
    const QList<RecordedRequest> all = server.requests();
    return static_cast<int>(std::count_if(
        all.cbegin(), all.cend(), [&](const RecordedRequest &r) { return r.path == path; }));
}

// A base URL where nothing listens: Gong out of reach.
QUrl closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// One account's catalog: a client for `server` (or a closed port), a store file, a limiter.
struct Rig {
    Rig(const SandboxServer *server, const QString &storePath, ManualClock &clock)
    {
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<GongClient>(network.get());
        GongConfig config = server ? sandboxConfig(*server, 5000) : GongConfig();
        if (!server) {
            config.baseUrl = closedPortUrl();
            config.credentials = {
                SandboxServer::demoAccessKey(), SandboxServer::demoAccessKeySecret(), {}};
            config.timeoutMs = 5000;
        }
        client->setConfig(config);
        opened = store.open(storePath);
        catalog = std::make_unique<CallCatalog>(client.get(), &store, &limiter, clock);
    }
    // Until every request is answered.
    bool settle(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return catalog->pendingCount() == 0; }, timeoutMs);
    }

    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<GongClient> client;
    TaskStore store;
    RateLimiter limiter;
    std::unique_ptr<CallCatalog> catalog;
    bool opened = false;
};

} // namespace

class TestCallCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        clock.setNow(start);
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->start());
        server->seedDemoData(clock.now(), clock.timeZone());
        QVERIFY(dir.isValid());
    }
    void cleanup() { server.reset(); }

    void companyOutcomesAreFetchedCachedAndUsedOfflineAfterARestart()
    {
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Rig rig(server.get(), path, clock);
            QVERIFY(rig.opened);
            QSignalSpy changed(rig.catalog.get(), &CallCatalog::outcomesChanged);
            rig.catalog->start();
            QVERIFY(rig.settle());
            QCOMPARE(requestsTo(*server, outcomesPath()), 1);
            QCOMPARE(rig.catalog->outcomes(), companyOutcomes());
            QVERIFY(rig.catalog->outcomes() != CallOutcome::gongDefaults());
            QVERIFY(!rig.catalog->usingDefaults());
            QVERIFY(rig.catalog->notice().isEmpty());
            QCOMPARE(rig.catalog->fetchedAt(), clock.now());
            QVERIFY(changed.count() >= 1);
            QVERIFY(!rig.store.meta(CallCatalog::outcomesKey()).isEmpty());
        }
        // Two days later, Gong out of reach: the cache, without a notice.
        clock.advanceSecs(2 * CallCatalog::MaxAgeSecs);
        Rig offline(nullptr, path, clock);
        QVERIFY(offline.opened);
        offline.catalog->start();
        QCOMPARE(offline.catalog->outcomes(), companyOutcomes()); // at once, from the cache
        QVERIFY(offline.catalog->pendingCount() > 0);             // and a fetch that fails
        QVERIFY(offline.settle());
        QCOMPARE(offline.catalog->outcomes(), companyOutcomes());
        QVERIFY(!offline.catalog->usingDefaults());
        QVERIFY2(offline.catalog->notice().isEmpty(), qPrintable(offline.catalog->notice()));
    }

    void withoutTheScopeGongsDefaultsWithANotice()
    {
        server->setMissingScopes({QStringLiteral("api:call-outcomes:read")});
        Rig rig(server.get(), dir.filePath(QStringLiteral("b.sqlite")), clock);
        rig.catalog->start();
        QVERIFY(rig.settle());
        QCOMPARE(requestsTo(*server, outcomesPath()), 1);
        QCOMPARE(rig.catalog->outcomes(), CallOutcome::gongDefaults());
        QVERIFY(rig.catalog->usingDefaults());
        QVERIFY2(rig.catalog->notice().contains(QStringLiteral("api:call-outcomes:read")),
                 qPrintable(rig.catalog->notice()));
        QVERIFY(rig.store.meta(CallCatalog::outcomesKey()).isEmpty());
    }

    void offlineWithNoCacheGongsDefaultsWithTheOfflineNotice()
    {
        Rig rig(nullptr, dir.filePath(QStringLiteral("c.sqlite")), clock);
        rig.catalog->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.catalog->outcomes(), CallOutcome::gongDefaults());
        QVERIFY(rig.catalog->usingDefaults());
        QCOMPARE(rig.catalog->notice(),
                 QStringLiteral("Showing Gong's default call outcomes until Gong can be reached."));
    }

    void aCacheYoungerThanADayIsNotFetchedAgainAnOlderOneIs()
    {
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        {
            Rig first(server.get(), path, clock);
            first.catalog->start();
            QVERIFY(first.settle());
        }
        QCOMPARE(requestsTo(*server, outcomesPath()), 1);

        clock.advanceSecs(CallCatalog::MaxAgeSecs - 60); // 23h59 later: a restart
        Rig again(server.get(), path, clock);
        again.catalog->start();
        QCOMPARE(again.catalog->pendingCount(), 0);
        QTest::qWait(200);
        QCOMPARE(requestsTo(*server, outcomesPath()), 1);
        QCOMPARE(again.catalog->outcomes(), companyOutcomes());

        clock.advanceSecs(120); // now over a day old: the hourly look fetches them
        again.catalog->refreshIfStale();
        QVERIFY(again.settle());
        QCOMPARE(requestsTo(*server, outcomesPath()), 2);
        QCOMPARE(again.catalog->fetchedAt(), clock.now());
    }

    void theRequestWaitsForAHeldLimiterAndA429HoldsIt()
    {
        Rig rig(server.get(), dir.filePath(QStringLiteral("e.sqlite")), clock);
        rig.limiter.holdFor(1500); // the sync engine just got a 429
        QElapsedTimer timer;
        timer.start();
        rig.catalog->refresh();
        QTest::qWait(1000);
        QCOMPARE(server->receivedCount(), 0);
        QVERIFY(rig.settle());
        QVERIFY2(timer.elapsed() >= 1400, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(requestsTo(*server, outcomesPath()), 1);

        // Gong says 429 with Retry-After 1: the limiter holds, the request goes again by itself.
        server->clearRequests();
        server->enqueueError(429, QStringLiteral("Too many requests"), 1);
        timer.restart();
        rig.catalog->refresh();
        QVERIFY(rig.settle());
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(requestsTo(*server, outcomesPath()), 2);
        QCOMPARE(rig.catalog->outcomes(), companyOutcomes());
    }

    void flowStepsAreFetchedCachedAndAScriptFoundByIdAndByNumber()
    {
        const QList<FlowInfo> flows = server->flows();
        QVERIFY(flows.size() >= 2);
        const FlowInfo &flow = flows.first();
        const auto call = std::find_if(flow.steps.cbegin(), flow.steps.cend(),
                                       [](const FlowStepInfo &s) { return s.isCall(); });
        QVERIFY(call != flow.steps.cend());
        QVERIFY(!call->body.isEmpty());

        const QString path = dir.filePath(QStringLiteral("f.sqlite"));
        {
            Rig rig(server.get(), path, clock);
            QSignalSpy changed(rig.catalog.get(), &CallCatalog::flowsChanged);
            QVERIFY(!rig.catalog->step(flow.id, call->id, call->stepOrder));
            rig.catalog->fetchFlows({flow.id, flows.at(1).id});
            QVERIFY(rig.settle());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(rig.catalog->step(flow.id, call->id, 0).value_or(FlowStepInfo()).body,
                     call->body);
            QCOMPARE(rig.catalog->step(flow.id, 0, call->stepOrder).value_or(FlowStepInfo()).body,
                     call->body);
            QCOMPARE(rig.catalog->flow(flows.at(1).id).value_or(FlowInfo()), flows.at(1));

            // An unknown flow: Gong's 404 leaves the cache as it is.
            rig.catalog->fetchFlows({987654321});
            QVERIFY(rig.settle());
            QVERIFY(rig.catalog->lastFlowsError());
            QCOMPARE(rig.catalog->lastFlowsError()->kind, ApiError::Kind::NotFound);
            QCOMPARE(changed.count(), 2); // said, so the panels can say why there is no script
            QCOMPARE(rig.catalog->step(flow.id, call->id, 0).value_or(FlowStepInfo()).body,
                     call->body);
        }
        // The scripts are there after a restart, before any request.
        Rig offline(nullptr, path, clock);
        offline.catalog->start();
        QCOMPARE(offline.catalog->step(flow.id, call->id, 0).value_or(FlowStepInfo()).body,
                 call->body);
        QVERIFY(offline.settle());
    }

    void anAccountSwitchIgnoresALateAnswer()
    {
        const QString otherPath = dir.filePath(QStringLiteral("other.sqlite"));
        QList<CallOutcome> others(1);
        others[0].name = QStringLiteral("Left a voicemail");
        others[0].displayOrder = 1;
        {
            // The other account's outcomes, fetched an hour ago.
            TaskStore other;
            QVERIFY(other.open(otherPath));
            QJsonObject cache = QJsonDocument::fromJson(CallOutcome::listToJson(others)).object();
            cache.insert(QStringLiteral("fetchedAt"),
                         clock.now().addSecs(-3600).toString(Qt::ISODateWithMs));
            QVERIFY(other.saveMeta(CallCatalog::outcomesKey(),
                                   QString::fromUtf8(QJsonDocument(cache).toJson())));
        }
        Rig rig(server.get(), dir.filePath(QStringLiteral("g.sqlite")), clock);
        TaskStore other;
        QVERIFY(other.open(otherPath));
        server->setLatencyMs(400);
        rig.catalog->refresh();
        rig.catalog->fetchFlows({server->flows().first().id});
        QVERIFY(QTest::qWaitFor([&] { return server->receivedCount() == 2; }, 5000));
        rig.catalog->setStore(&other); // the rep switched accounts while they were on the wire
        QCOMPARE(rig.catalog->outcomes(), others);
        QVERIFY(QTest::qWaitFor([&] { return server->answeredCount() == 2; }, 5000));
        QTest::qWait(200);
        QCOMPARE(server->receivedCount(), 2); // the other's cache is fresh: nothing fetched
        QCOMPARE(rig.catalog->outcomes(), others);
        QVERIFY(!rig.catalog->step(server->flows().first().id, 0, 1));
        QVERIFY(other.meta(CallCatalog::flowsKey()).isEmpty());
        QVERIFY(rig.store.meta(CallCatalog::outcomesKey()).isEmpty());
    }

    void aSwitchStopsFlowBatchesStillWaitingForTheLimiter()
    {
        // 25 flows: two requests (20 + 5). The second waits for a slot; the rep switches
        // accounts meanwhile: it must not go at all (it would spend the company's budget for an
        // answer nobody wants).
        QList<FlowInfo> flows;
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i) {
            FlowInfo f;
            f.id = 7000000000000000000LL + i;
            f.name = QStringLiteral("Flow %1").arg(i);
            flows.append(f);
            ids.append(f.id);
        }
        server->setFlows(flows);
        Rig rig(server.get(), dir.filePath(QStringLiteral("g.sqlite")), clock);
        TaskStore other;
        QVERIFY(other.open(dir.filePath(QStringLiteral("other.sqlite"))));
        rig.limiter.setRate(1);
        const QString stepsPath = QStringLiteral("/v2/flows/steps");
        rig.catalog->fetchFlows(ids);
        QVERIFY(QTest::qWaitFor([&] { return requestsTo(*server, stepsPath) == 1; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return server->answeredCount() >= 1; }, 5000));
        rig.catalog->setStore(&other);
        QTest::qWait(static_cast<int>(RateLimiter::WindowMs) + 300);
        QCOMPARE(requestsTo(*server, stepsPath), 1);
    }

private:
    const QDateTime start{QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()};
    ManualClock clock{start};
    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
};

QTEST_MAIN(TestCallCatalog)
#include "tst_callcatalog.moc"
