// The sandbox must behave like Gong where the app depends on it: credentials, validation,
// state, paging and the fault knobs the other tests lean on.
#include "core/TaskCodec.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace engage;

namespace {
struct Answer {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_server;
    const QDateTime m_now{QDate(2026, 11, 28), QTime(13, 0), QTimeZone::utc()};

    Answer call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                bool authorized = true)
    {
        QNetworkRequest req(QUrl(m_server->baseUrl().toString() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (authorized)
            req.setRawHeader("Authorization",
                             "Basic " + QByteArray("demo-access-key:demo-secret").toBase64());
        QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            qFatal("the sandbox never answered");
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->rawHeader("Retry-After")};
        reply->deleteLater();
        return a;
    }

    // GET /v2/users/{first}, {first + 1}, ... one after another, each sent once the previous
    // one is answered, so the sandbox receives them in this order.
    void getUsersInOrder(int first, int count)
    {
        QEventLoop loop;
        int next = first;
        std::function<void()> send = [&] {
            if (next == first + count) {
                loop.quit();
                return;
            }
            QNetworkRequest req(
                QUrl(m_server->baseUrl().toString() + QStringLiteral("/v2/users/%1").arg(next++)));
            req.setRawHeader("Authorization",
                             "Basic " + QByteArray("demo-access-key:demo-secret").toBase64());
            QNetworkReply *reply = m_network.get(req);
            connect(reply, &QNetworkReply::finished, &loop, [reply, &send] {
                reply->deleteLater();
                send();
            });
        };
        send();
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(next, first + count);
    }

    static QByteArray listBody(const QString &status = QStringLiteral("OPEN"))
    {
        return QStringLiteral(R"({"filter":{"userId":"234599484848423","types":["FLOW","MANUAL"],)"
                              R"("taskAction":["CALL"],"status":["%1"]}})")
            .arg(status)
            .toUtf8();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        m_server->seedDemoData(m_now, QTimeZone("Europe/Berlin"));
        QVERIFY(m_server->start());
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void cleanup() { m_server.reset(); }

    void listsTheDemoTasks()
    {
        const Answer a = call("POST", QStringLiteral("/v2/tasks"), listBody());
        QCOMPARE(a.status, 200);
        TaskEnvelope envelope;
        QString error;
        QVERIFY(TaskCodec::parseEnvelope(a.body, &envelope, &error));
        QVERIFY(envelope.tasks.size() >= 35 && envelope.tasks.size() <= 45);
        QCOMPARE(envelope.crmType, QStringLiteral("SALESFORCE"));
        QCOMPARE(envelope.requestId.size(), 19);
        int flow = 0, manual = 0, optedOut = 0, overdue = 0, noDue = 0, withMore = 0;
        QSet<QString> zones;
        for (const Task &t : envelope.tasks) {
            QCOMPARE(t.status, TaskStatus::Open);
            QCOMPARE(t.actions, QStringList{QStringLiteral("CALL")});
            QVERIFY(t.id > (Q_INT64_C(1) << 53));
            flow += t.type == TaskType::Flow;
            manual += t.type == TaskType::Manual;
            QVERIFY(t.contact.has_value());
            optedOut += t.contact->optedOutOfCalls();
            zones.insert(t.contact->timezone);
            overdue += t.dueDate.isValid() && t.dueDate < m_now;
            noDue += !t.dueDate.isValid();
            withMore += !t.additionalContacts.isEmpty();
        }
        QVERIFY(flow > 0 && manual > 0);
        QCOMPARE(optedOut, 1);
        QVERIFY(overdue > 0);
        QVERIFY(noDue > 0);
        QVERIFY(withMore > 0);
        QVERIFY(zones.size() >= 5);
    }

    void demoDataIsDeterministic()
    {
        const QDateTime now = m_now;
        QCOMPARE(DemoData::tasks(now, QTimeZone("Europe/Berlin")),
                 DemoData::tasks(now, QTimeZone("Europe/Berlin")));
    }

    void credentialsAreChecked()
    {
        const Answer a = call("POST", QStringLiteral("/v2/tasks"), listBody(), false);
        QCOMPARE(a.status, 401);
        QVERIFY(!a.json().value(QLatin1String("requestId")).toString().isEmpty());
        QVERIFY(!a.json().value(QLatin1String("errors")).toArray().isEmpty());
    }

    void validatesLikeGong_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("complaint");
        const QString list = QStringLiteral("/v2/tasks");
        const QString patch = QStringLiteral("/v2/tasks/7254376376091929519");
        QTest::newRow("list: not JSON")
            << QByteArray("POST") << list << QByteArray("{") << QStringLiteral("JSON");
        QTest::newRow("list: no filter")
            << QByteArray("POST") << list << QByteArray("{}") << QStringLiteral("filter");
        QTest::newRow("list: userId a number")
            << QByteArray("POST") << list
            << QByteArray(
                   R"({"filter":{"userId":234599484848423,"types":["FLOW"],"taskAction":["CALL"],"status":["OPEN"]}})")
            << QStringLiteral("userId");
        QTest::newRow("list: types missing")
            << QByteArray("POST") << list
            << QByteArray(R"({"filter":{"userId":"1","taskAction":["CALL"],"status":["OPEN"]}})")
            << QStringLiteral("types");
        QTest::newRow("list: unknown status")
            << QByteArray("POST") << list
            << QByteArray(
                   R"({"filter":{"userId":"1","types":["FLOW"],"taskAction":["CALL"],"status":["CLOSED"]}})")
            << QStringLiteral("status");
        QTest::newRow("list: taskAction EMAIL")
            << QByteArray("POST") << list
            << QByteArray(
                   R"({"filter":{"userId":"1","types":["FLOW"],"taskAction":["EMAIL"],"status":["OPEN"]}})")
            << QStringLiteral("taskAction");
        QTest::newRow("list: unknown field")
            << QByteArray("POST") << list
            << QByteArray(
                   R"({"filter":{"userId":"1","types":["FLOW"],"taskAction":["CALL"],"status":["OPEN"],"limit":5}})")
            << QStringLiteral("limit");
        QTest::newRow("list: deprecated top-level userId")
            << QByteArray("POST") << list
            << QByteArray(
                   R"({"userId":"1","filter":{"userId":"1","types":["FLOW"],"taskAction":["CALL"],"status":["OPEN"]}})")
            << QStringLiteral("userId");
        QTest::newRow("patch: userId missing")
            << QByteArray("PATCH") << patch << QByteArray(R"({"status":"DONE"})")
            << QStringLiteral("userId");
        QTest::newRow("patch: userId a number")
            << QByteArray("PATCH") << patch
            << QByteArray(R"({"userId":234599484848423,"status":"DONE"})")
            << QStringLiteral("userId");
        QTest::newRow("patch: unknown status")
            << QByteArray("PATCH") << patch
            << QByteArray(R"({"userId":"234599484848423","status":"done"})")
            << QStringLiteral("status");
        QTest::newRow("patch: dueDate not ISO")
            << QByteArray("PATCH") << patch
            << QByteArray(R"({"userId":"234599484848423","dueDate":"tomorrow"})")
            << QStringLiteral("dueDate");
        QTest::newRow("patch: dueDate without zone")
            << QByteArray("PATCH") << patch
            << QByteArray(R"({"userId":"234599484848423","dueDate":"2026-12-01T09:00:00"})")
            << QStringLiteral("dueDate");
        QTest::newRow("patch: unknown field")
            << QByteArray("PATCH") << patch
            << QByteArray(R"({"userId":"234599484848423","notes":"x"})") << QStringLiteral("notes");
        QTest::newRow("patch: taskId not a number")
            << QByteArray("PATCH") << QStringLiteral("/v2/tasks/abc")
            << QByteArray(R"({"userId":"234599484848423"})") << QStringLiteral("taskId");
    }

    void validatesLikeGong()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, complaint);
        const QList<Task> before = m_server->tasks();
        const Answer a = call(verb, path, body);
        QCOMPARE(a.status, 400);
        const ErrorBody error = TaskCodec::parseErrorBody(a.body);
        QCOMPARE(error.requestId.size(), 19);
        QCOMPARE(error.errors.size(), 1);
        QVERIFY2(error.errors.first().contains(complaint), qPrintable(error.errors.first()));
        QCOMPARE(m_server->tasks(), before);
    }

    void unknownTaskIs404()
    {
        const Answer a = call("PATCH", QStringLiteral("/v2/tasks/1"),
                              R"({"userId":"234599484848423","status":"DONE"})");
        QCOMPARE(a.status, 404);
        QCOMPARE(TaskCodec::parseErrorBody(a.body).errors,
                 QStringList{QStringLiteral("TaskId not found")});
    }

    void keepsState()
    {
        const qint64 id = m_server->tasks().first().id;
        const QString path = QStringLiteral("/v2/tasks/%1").arg(id);
        const Answer done = call("PATCH", path, R"({"userId":"234599484848423","status":"DONE"})");
        QCOMPARE(done.status, 200);
        TaskEnvelope envelope;
        QString error;
        QVERIFY(TaskCodec::parseEnvelope(done.body, &envelope, &error));
        QCOMPARE(envelope.tasks.size(), 1);
        QCOMPARE(envelope.tasks.first().id, id);
        QCOMPARE(envelope.tasks.first().status, TaskStatus::Done);

        const int openBefore = static_cast<int>(m_server->tasks().size());
        QVERIFY(TaskCodec::parseEnvelope(call("POST", QStringLiteral("/v2/tasks"), listBody()).body,
                                         &envelope, &error));
        QCOMPARE(envelope.tasks.size(), openBefore - 1);
        for (const Task &t : envelope.tasks)
            QVERIFY(t.id != id);
        QVERIFY(TaskCodec::parseEnvelope(
            call("POST", QStringLiteral("/v2/tasks"), listBody(QStringLiteral("DONE"))).body,
            &envelope, &error));
        QCOMPARE(envelope.tasks.size(), 1);
        QCOMPARE(envelope.tasks.first().id, id);

        const Answer moved = call(
            "PATCH", path, R"({"userId":"234599484848423","dueDate":"2026-12-01T09:00:00-05:00"})");
        QCOMPARE(moved.status, 200);
        QCOMPARE(m_server->task(id)->dueDate,
                 QDateTime(QDate(2026, 12, 1), QTime(14, 0), QTimeZone::utc()));
    }

    void usersPageWithACursor()
    {
        Answer page = call("GET", QStringLiteral("/v2/users"));
        QCOMPARE(page.status, 200);
        int seen = 0;
        int pages = 0;
        QSet<QString> ids;
        while (true) {
            ++pages;
            const QJsonObject root = page.json();
            for (const QJsonValue u : root.value(QLatin1String("users")).toArray()) {
                QVERIFY(u.toObject().value(QLatin1String("id")).isString());
                ids.insert(u.toObject().value(QLatin1String("id")).toString());
                ++seen;
            }
            const QString cursor = root.value(QLatin1String("records"))
                                       .toObject()
                                       .value(QLatin1String("cursor"))
                                       .toString();
            if (cursor.isEmpty())
                break;
            page = call("GET", QStringLiteral("/v2/users?cursor=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
            QCOMPARE(page.status, 200);
        }
        QCOMPARE(seen, static_cast<int>(DemoData::users().size()));
        QCOMPARE(ids.size(), seen);
        QVERIFY(pages >= 3);
        QCOMPARE(call("GET", QStringLiteral("/v2/users?cursor=garbage")).status, 400);
    }

    void getsOneUser()
    {
        const Answer a = call("GET", QStringLiteral("/v2/users/%1").arg(DemoData::RepUserId));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()
                     .value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("emailAddress"))
                     .toString(),
                 DemoData::repEmail());
        QCOMPARE(call("GET", QStringLiteral("/v2/users/1")).status, 404);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        m_server->setRateLimit(3, 2);
        QList<int> statuses;
        for (int i = 0; i < 5; ++i)
            statuses << call("POST", QStringLiteral("/v2/tasks"), listBody()).status;
        QCOMPARE(statuses.count(200), 3);
        QCOMPARE(statuses.count(429), 2);
        const Answer limited = call("POST", QStringLiteral("/v2/tasks"), listBody());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("2"));
        QCOMPARE(TaskCodec::parseErrorBody(limited.body).errors,
                 QStringList{QStringLiteral("API request limit exceeded")});
    }

    void failEveryNthAnswers500AndChangesNothing()
    {
        m_server->setFailEveryNth(2);
        const qint64 id = m_server->tasks().first().id;
        const QString path = QStringLiteral("/v2/tasks/%1").arg(id);
        QCOMPARE(call("POST", QStringLiteral("/v2/tasks"), listBody()).status, 200);
        QCOMPARE(call("PATCH", path, R"({"userId":"234599484848423","status":"DONE"})").status,
                 500);
        QCOMPARE(m_server->task(id)->status, TaskStatus::Open);
        QCOMPARE(call("PATCH", path, R"({"userId":"234599484848423","status":"DONE"})").status,
                 200);
        QCOMPARE(m_server->task(id)->status, TaskStatus::Done);
    }

    void latencyHoldsTheAnswerBack()
    {
        m_server->setLatencyMs(300);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(call("POST", QStringLiteral("/v2/tasks"), listBody()).status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    void recorderKeepsOnlyTheNewestRequests()
    {
        // A demo left running all day: the recorder stays at its limit, newest kept, oldest gone.
        QCOMPARE(m_server->recordLimit(), SandboxServer::DefaultRecordLimit);
        const int sent = SandboxServer::DefaultRecordLimit + 25;
        getUsersInOrder(0, sent);
        QCOMPARE(m_server->receivedCount(), qint64(sent));
        const QList<RecordedRequest> kept = m_server->requests();
        QCOMPARE(kept.size(), SandboxServer::DefaultRecordLimit);
        QCOMPARE(kept.first().path, QStringLiteral("/v2/users/25"));
        QCOMPARE(kept.last().path, QStringLiteral("/v2/users/%1").arg(sent - 1));
        for (int i = 0; i < kept.size(); ++i)
            QCOMPARE(kept.at(i).path, QStringLiteral("/v2/users/%1").arg(25 + i));

        // A lower limit drops the oldest at once; PATCHes are still found among the rest.
        m_server->setRecordLimit(3);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/v2/users/%1").arg(sent - 3));
        const qint64 id = m_server->tasks().first().id;
        QCOMPARE(call("PATCH", QStringLiteral("/v2/tasks/%1").arg(id),
                      R"({"userId":"234599484848423","status":"DONE"})")
                     .status,
                 200);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests().last().method, QByteArray("PATCH"));
        QCOMPARE(m_server->patchRequests().size(), 1);
    }

    void recordingCanBeTurnedOff()
    {
        m_server->setRecordLimit(0);
        int signalled = 0;
        connect(m_server.get(), &SandboxServer::requestReceived, this, [&] { ++signalled; });
        getUsersInOrder(0, 5);
        QCOMPARE(call("POST", QStringLiteral("/v2/tasks"), listBody()).status, 200);
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(m_server->receivedCount(), qint64(6));
        QCOMPARE(signalled, 6);
        // Back on, it records again from the next request.
        m_server->setRecordLimit(SandboxServer::DefaultRecordLimit);
        getUsersInOrder(7, 1);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/v2/users/7"));
    }

    void silentServerNeverAnswers()
    {
        m_server->setSilent(true);
        QNetworkRequest req(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v2/tasks")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(req, listBody());
        QTRY_COMPARE(m_server->requests().size(), 1);
        QTest::qWait(300);
        QVERIFY(!reply->isFinished());
        reply->abort();
        reply->deleteLater();
        QCOMPARE(m_server->answeredCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
