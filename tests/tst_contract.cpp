// The contract test: every request the client makes is checked against Gong's official OpenAPI
// spec by an independent validator, Prism (pinned at 5.14.2 in tests/contract/package.json), in
// mock mode. Prism reports what it finds wrong in the sl-violations response header.
#include "gong/GongClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

using namespace engage;

namespace {
// Prism cannot take a path id above 2^53 (JavaScript numbers): use the spec's example id.
constexpr qint64 TaskId = 1234361284629351;

struct Seen {
    QByteArray verb;
    QString path;
    int status = 0;
    QStringList requestViolations;
};

QStringList requestViolations(const QByteArray &header)
{
    QStringList out;
    for (const QJsonValue v : QJsonDocument::fromJson(header).array()) {
        const QJsonObject o = v.toObject();
        // Prism also grades the spec's own example responses; only our requests are ours.
        if (o.value(QLatin1String("location")).toArray().first().toString() ==
            QLatin1String("request"))
            out << o.value(QLatin1String("message")).toString();
    }
    return out;
}
} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private:
    QProcess m_prism;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<GongClient> m_client;
    QList<Seen> m_seen;

    template <typename Call> void waitFor(Call call)
    {
        bool done = false;
        call([&done] { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            QFile::exists(QStringLiteral(PRISM_BIN)),
            "Prism is not installed: run packaging/setup-debian.sh (npm ci in tests/contract)");
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        m_prism.setProcessChannelMode(QProcess::MergedChannels);
        m_prism.start(QStringLiteral(PRISM_BIN),
                      {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("-p"), QString::number(m_port), QStringLiteral(GONG_SPEC)});
        QVERIFY(m_prism.waitForStarted(10000));
        const bool listening = QTest::qWaitFor(
            [&] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_port);
                return s.waitForConnected(200);
            },
            60000);
        QVERIFY2(listening, m_prism.readAll().constData());

        m_client = std::make_unique<GongClient>(&m_network);
        GongConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        c.credentials = {QStringLiteral("key"), QStringLiteral("secret"), {}};
        c.userId = QStringLiteral("234599484848423");
        c.workspaceId = QStringLiteral("623457276584334");
        m_client->setConfig(c);
        connect(&m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            m_seen.append({reply->operation() == QNetworkAccessManager::CustomOperation
                               ? reply->request()
                                     .attribute(QNetworkRequest::CustomVerbAttribute)
                                     .toByteArray()
                               : QByteArray(),
                           reply->url().path(),
                           reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                           requestViolations(reply->rawHeader("sl-violations"))});
        });
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_prism.kill();
        m_prism.waitForFinished(5000);
    }

    void init() { m_seen.clear(); }

    void listTasksConforms()
    {
        waitFor(
            [&](auto done) { m_client->listTasks({}, this, [done](const auto &) { done(); }); });
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().path, QStringLiteral("/v2/tasks"));
        QCOMPARE(m_seen.first().requestViolations, QStringList());
        QCOMPARE(m_seen.first().status, 200);
    }

    void updatesConform_data()
    {
        QTest::addColumn<TaskUpdate>("change");
        QTest::newRow("done") << TaskUpdate{TaskStatus::Done, {}};
        QTest::newRow("dismiss") << TaskUpdate{TaskStatus::Dismissed, {}};
        QTest::newRow("reopen") << TaskUpdate{TaskStatus::Open, {}};
        QTest::newRow("reschedule")
            << TaskUpdate{std::nullopt, QDateTime(QDate(2026, 12, 2), QTime(9, 0),
                                                  QTimeZone("America/New_York"))};
        QTest::newRow("reopen and reschedule (undo of a dismiss)") << TaskUpdate{
            TaskStatus::Open, QDateTime(QDate(2026, 12, 3), QTime(8, 30), QTimeZone::utc())};
    }

    void updatesConform()
    {
        QFETCH(TaskUpdate, change);
        waitFor([&](auto done) {
            m_client->updateTask(TaskId, change, this, [done](const auto &) { done(); });
        });
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().verb, QByteArray("PATCH"));
        QCOMPARE(m_seen.first().path, QStringLiteral("/v2/tasks/%1").arg(TaskId));
        QCOMPARE(m_seen.first().requestViolations, QStringList());
        QCOMPARE(m_seen.first().status, 200);
    }

    void userLookupConforms()
    {
        waitFor([&](auto done) {
            m_client->findUserByEmail(QStringLiteral("test@test.com"), this,
                                      [done](const auto &) { done(); });
        });
        QVERIFY(!m_seen.isEmpty());
        for (const Seen &s : std::as_const(m_seen)) {
            QCOMPARE(s.path, QStringLiteral("/v2/users"));
            QCOMPARE(s.requestViolations, QStringList());
        }
    }

    void callOutcomesConform()
    {
        std::optional<ApiResult<QList<CallOutcome>>> result;
        waitFor([&](auto done) {
            m_client->listCallOutcomes(this, [&result, done](const auto &r) {
                result = r;
                done();
            });
        });
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().path, QStringLiteral("/v2/call-outcomes"));
        QCOMPARE(m_seen.first().requestViolations, QStringList());
        QCOMPARE(m_seen.first().status, 200);
        // Prism answers from the spec's schema: the codec reads Gong's documented shape.
        QVERIFY2(result->ok(),
                 qPrintable(result->error ? result->error->fullMessage() : QString()));
    }

    void flowStepsConform_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("requests");
        QTest::newRow("one flow") << 1 << 1;
        QTest::newRow("twenty flows") << 20 << 1;
        QTest::newRow("twenty-five flows, split") << 25 << 2;
    }

    void flowStepsConform()
    {
        QFETCH(int, count);
        QFETCH(int, requests);
        QList<qint64> ids;
        for (int i = 0; i < count; ++i)
            ids << Q_INT64_C(1695493301223590792) + i; // above 2^53: strings keep them exact
        std::optional<ApiResult<QList<FlowInfo>>> result;
        waitFor([&](auto done) {
            m_client->listFlowSteps(ids, this, [&result, done](const auto &r) {
                result = r;
                done();
            });
        });
        QCOMPARE(m_seen.size(), requests);
        for (const Seen &s : std::as_const(m_seen)) {
            QCOMPARE(s.verb, QByteArray("POST"));
            QCOMPARE(s.path, QStringLiteral("/v2/flows/steps"));
            QCOMPARE(s.requestViolations, QStringList());
            QCOMPARE(s.status, 200);
        }
        QVERIFY2(result->ok(),
                 qPrintable(result->error ? result->error->fullMessage() : QString()));
    }

    void flowRemovalConforms_data()
    {
        QTest::addColumn<qint64>("flowId");
        QTest::newRow("from one flow") << Q_INT64_C(1695493301223590792);
        QTest::newRow("from every flow") << Q_INT64_C(0);
    }

    void flowRemovalConforms()
    {
        QFETCH(qint64, flowId);
        std::optional<ApiResult<QStringList>> result;
        waitFor([&](auto done) {
            m_client->unassignFlow(QStringLiteral("a5V1Q00A120DP4CVAW"), flowId, this,
                                   [&result, done](const auto &r) {
                                       result = r;
                                       done();
                                   });
        });
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().verb, QByteArray("POST"));
        QCOMPARE(m_seen.first().path,
                 QStringLiteral("/v2/flows/prospects/unassign-flows-by-crm-id"));
        QCOMPARE(m_seen.first().requestViolations, QStringList());
        QCOMPARE(m_seen.first().status, 200);
        QVERIFY2(result->ok(),
                 qPrintable(result->error ? result->error->fullMessage() : QString()));
    }

    // The validator can fail: a request that breaks the spec is reported.
    void validatorCatchesABadRequest()
    {
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v2/tasks/%2").arg(m_port).arg(TaskId)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Basic " + QByteArray("key:secret").toBase64());
        QNetworkReply *reply = m_network.sendCustomRequest(
            req, "PATCH", R"({"userId":234599484848423,"status":"done"})");
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 15000));
        reply->deleteLater();
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().requestViolations.size(), 2);
        QVERIFY(m_seen.first().status >= 400);
    }

    // ... and so is a call-session request with its ids as JSON numbers.
    void validatorCatchesNumbersForIds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("flow steps")
            << QStringLiteral("/v2/flows/steps") << QByteArray(R"({"flowIds":[1695493301223590]})");
        QTest::newRow("flow removal")
            << QStringLiteral("/v2/flows/prospects/unassign-flows-by-crm-id")
            << QByteArray(R"({"crmProspectId":"a5V1Q00A120DP4CVAW","flowId":1695493301223590})");
    }

    void validatorCatchesNumbersForIds()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Basic " + QByteArray("key:secret").toBase64());
        QNetworkReply *reply = m_network.sendCustomRequest(req, "POST", body);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 15000));
        reply->deleteLater();
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().requestViolations.size(), 1);
        QVERIFY(m_seen.first().status >= 400);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
