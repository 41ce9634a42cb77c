// GongClient against the sandbox over real loopback HTTP: what goes on the wire, and how every
// kind of failure comes back.
#include "SandboxConfig.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace engage;

namespace {
QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// A flow with one CALL step, for lists longer than the demo's five.
FlowInfo flowNumbered(int n)
{
    const qint64 id = Q_INT64_C(9007199254740993) + 2 * n; // above 2^53, odd: no double holds it
    return FlowInfo{
        id,
        QStringLiteral("Flow %1").arg(n),
        {},
        {FlowStepInfo{id + 1, 1, QStringLiteral("CALL"), {}, QStringLiteral("Script %1").arg(n)}}};
}

// The three call-session operations, by name, reduced to what failed (if anything).
enum class Operation { Outcomes, FlowSteps, Unassign };

Task openTask(qint64 id, qint64 userId = DemoData::RepUserId)
{
    Task t;
    t.id = id;
    t.userId = userId;
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.actions = {QStringLiteral("CALL")};
    t.dueDate = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    return t;
}
} // namespace

class TestGongClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<GongClient> m_client;

    GongConfig config() const { return sandboxConfig(*m_server, 5000); }

    ApiResult<TaskEnvelope> list(GongClient::ListQuery query = {})
    {
        std::optional<ApiResult<TaskEnvelope>> out;
        m_client->listTasks(query, this, [&](const ApiResult<TaskEnvelope> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("listTasks never answered");
        return *out;
    }

    ApiResult<Task> update(qint64 id, const TaskUpdate &u)
    {
        std::optional<ApiResult<Task>> out;
        m_client->updateTask(id, u, this, [&](const ApiResult<Task> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("updateTask never answered");
        return *out;
    }

    ApiResult<GongUser> findUser(const QString &email)
    {
        std::optional<ApiResult<GongUser>> out;
        m_client->findUserByEmail(email, this, [&](const ApiResult<GongUser> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("findUserByEmail never answered");
        return *out;
    }

    template <typename T, typename Call> ApiResult<T> wait(const char *what, Call call)
    {
        std::optional<ApiResult<T>> out;
        call([&](const ApiResult<T> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("%s never answered", what);
        return *out;
    }

    ApiResult<QList<CallOutcome>> outcomes()
    {
        return wait<QList<CallOutcome>>("listCallOutcomes",
                                        [&](auto done) { m_client->listCallOutcomes(this, done); });
    }

    ApiResult<QList<FlowInfo>> flowSteps(const QList<qint64> &ids)
    {
        return wait<QList<FlowInfo>>("listFlowSteps",
                                     [&](auto done) { m_client->listFlowSteps(ids, this, done); });
    }

    ApiResult<QStringList> unassign(const QString &crmId, qint64 flowId)
    {
        return wait<QStringList>(
            "unassignFlow", [&](auto done) { m_client->unassignFlow(crmId, flowId, this, done); });
    }

    std::optional<ApiError> failureOf(Operation op)
    {
        switch (op) {
        case Operation::Outcomes:
            return outcomes().error;
        case Operation::FlowSteps:
            return flowSteps({DemoData::flows().first().id}).error;
        case Operation::Unassign:
            return unassign(QStringLiteral("0035e00000QwErTAA1"), DemoData::flows().first().id)
                .error;
        }
        return std::nullopt;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        m_server->setTasks(
            {openTask(7254376376091929519), openTask(9007199254740993), openTask(42, 111)});
        QVERIFY(m_server->start());
        m_client = std::make_unique<GongClient>(&m_network);
        m_client->setConfig(config());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listSendsTheDocumentedRequest()
    {
        GongConfig c = config();
        c.workspaceId = QStringLiteral("623457276584334");
        m_client->setConfig(c);
        const auto result = list();
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->fullMessage() : QString()));

        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/v2/tasks"));
        QCOMPARE(r.header("Authorization"),
                 QByteArray("Basic " + QByteArray("demo-access-key:demo-secret").toBase64()));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QVERIFY(r.header("User-Agent").startsWith("EngageTasks/" ENGAGE_VERSION));
        const QJsonObject expected = QJsonDocument::fromJson(
                                         R"({"filter":{"userId":"234599484848423",
                                              "workspaceId":"623457276584334",
                                              "types":["FLOW","MANUAL"],"taskAction":["CALL"],
                                              "status":["OPEN"]}})")
                                         .object();
        QCOMPARE(jsonOf(r.body), expected);
        // The filter's userId is a string on the wire, never a number.
        QVERIFY(r.body.contains("\"userId\":\"234599484848423\""));

        // Only the rep's own tasks, with their 64-bit ids exact.
        QCOMPARE(result.value.tasks.size(), 2);
        QCOMPARE(result.value.tasks.at(0).id, Q_INT64_C(9007199254740993));
        QCOMPARE(result.value.tasks.at(1).id, Q_INT64_C(7254376376091929519));
        QVERIFY(!result.value.requestId.isEmpty());
    }

    void bearerTokenIsSentAsBearer()
    {
        m_server->setBearerToken(QStringLiteral("tok-123"));
        GongConfig c = config();
        c.credentials = {{}, {}, QStringLiteral("tok-123")};
        m_client->setConfig(c);
        QVERIFY(list().ok());
        QCOMPARE(m_server->requests().first().header("Authorization"),
                 QByteArray("Bearer tok-123"));
    }

    void updateSendsOnlyWhatChanges_data()
    {
        QTest::addColumn<TaskUpdate>("change");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::addColumn<int>("expectedStatus");
        const QDateTime berlinNine(QDate(2026, 12, 2), QTime(9, 0), QTimeZone("Europe/Berlin"));
        QTest::newRow("done") << TaskUpdate{TaskStatus::Done, {}}
                              << QByteArray(R"({"userId":"234599484848423","status":"DONE"})")
                              << int(TaskStatus::Done);
        QTest::newRow("dismiss") << TaskUpdate{TaskStatus::Dismissed, {}}
                                 << QByteArray(
                                        R"({"userId":"234599484848423","status":"DISMISSED"})")
                                 << int(TaskStatus::Dismissed);
        QTest::newRow("reopen") << TaskUpdate{TaskStatus::Open, {}}
                                << QByteArray(R"({"userId":"234599484848423","status":"OPEN"})")
                                << int(TaskStatus::Open);
        QTest::newRow("reschedule (Berlin 09:00 goes out as 08:00Z)")
            << TaskUpdate{std::nullopt, berlinNine}
            << QByteArray(R"({"userId":"234599484848423","dueDate":"2026-12-02T08:00:00Z"})")
            << int(TaskStatus::Open);
    }

    void updateSendsOnlyWhatChanges()
    {
        QFETCH(TaskUpdate, change);
        QFETCH(QByteArray, expectedBody);
        QFETCH(int, expectedStatus);
        const qint64 id = 7254376376091929519;
        const auto result = update(id, change);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->fullMessage() : QString()));
        const RecordedRequest r = m_server->requests().last();
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.path, QStringLiteral("/v2/tasks/7254376376091929519"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(jsonOf(r.body), jsonOf(expectedBody));
        QCOMPARE(result.value.id, id);
        QCOMPARE(int(result.value.status), expectedStatus);
        QCOMPARE(int(m_server->task(id)->status), expectedStatus);
        if (change.dueDate.isValid())
            QCOMPARE(m_server->task(id)->dueDate, change.dueDate.toUTC());
    }

    void doneTaskLeavesTheOpenList()
    {
        QVERIFY(update(9007199254740993, {TaskStatus::Done, {}}).ok());
        const auto result = list();
        QVERIFY(result.ok());
        QCOMPARE(result.value.tasks.size(), 1);
        QCOMPARE(result.value.tasks.first().id, Q_INT64_C(7254376376091929519));
    }

    void errorsBecomeTypedApiErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("wordsForTheRep");
        QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest)
                             << QStringLiteral("malformed");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden)
                             << QStringLiteral("denied access");
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound)
                             << QStringLiteral("no longer has");
        QTest::newRow("500") << 500 << int(ApiError::Kind::ServerError)
                             << QStringLiteral("HTTP 500");
        QTest::newRow("503") << 503 << int(ApiError::Kind::ServerError)
                             << QStringLiteral("HTTP 503");
        QTest::newRow("409, undocumented")
            << 409 << int(ApiError::Kind::BadRequest) << QStringLiteral("HTTP 409");
    }

    void errorsBecomeTypedApiErrors()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, wordsForTheRep);
        m_server->enqueueError(status, QStringLiteral("Gong's own words"));
        const auto result = update(42, {TaskStatus::Done, {}});
        QVERIFY(!result.ok());
        const ApiError &e = *result.error;
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.requestId.size(), 19);
        QCOMPARE(e.errors, QStringList{QStringLiteral("Gong's own words")});
        QVERIFY2(e.userMessage().contains(wordsForTheRep), qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(QStringLiteral("Gong's own words")));
        QVERIFY(e.fullMessage().contains(e.requestId));
    }

    void unknownTaskIsNotFound()
    {
        const auto result = update(123456789, {TaskStatus::Done, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::NotFound);
        QCOMPARE(result.error->errors, QStringList{QStringLiteral("TaskId not found")});
    }

    void wrongCredentialsAreUnauthorized()
    {
        GongConfig c = config();
        c.credentials.accessKeySecret = QStringLiteral("wrong");
        m_client->setConfig(c);
        const auto result = list();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::Unauthorized);
        QCOMPARE(result.error->httpStatus, 401);
        QVERIFY(result.error->userMessage().contains(QStringLiteral("credentials")));
    }

    void rateLimitCarriesRetryAfter()
    {
        m_server->setRateLimit(1, 7);
        QVERIFY(list().ok());
        const auto result = list();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::RateLimited);
        QCOMPARE(result.error->httpStatus, 429);
        QCOMPARE(result.error->retryAfterSeconds, 7);
        QVERIFY(result.error->isTransient());
        QVERIFY(result.error->userMessage().contains(QStringLiteral("7 seconds")));
    }

    void serverErrorFromTheFaultKnob()
    {
        m_server->setFailEveryNth(1);
        const auto result = list();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::ServerError);
        QCOMPARE(result.error->errors,
                 QStringList{QStringLiteral("Internal server error occurred")});
        QVERIFY(result.error->isTransient());
    }

    void requestNeverAnsweredTimesOut()
    {
        GongConfig c = config();
        c.timeoutMs = 300;
        m_client->setConfig(c);
        m_server->setSilent(true);
        QElapsedTimer timer;
        timer.start();
        const auto result = update(42, {TaskStatus::Done, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
        QCOMPARE(result.error->httpStatus, 0);
        QVERIFY(result.error->isTransient());
        QVERIFY(result.error->userMessage().contains(QStringLiteral("did not answer")));
        // The silent server carried nothing out.
        QCOMPARE(int(m_server->task(42)->status), int(TaskStatus::Open));
    }

    void refusedConnectionIsOffline()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        GongConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        m_client->setConfig(c);
        const auto result = list();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::Offline);
        QVERIFY(result.error->userMessage().contains(QStringLiteral("connection refused")));
        QVERIFY(result.error->userMessage().contains(QStringLiteral("127.0.0.1")));
    }

    void unreadableAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("200 not JSON")
            << 200 << QByteArray("text/html") << QByteArray("<html>hello</html>")
            << int(ApiError::Kind::InvalidResponse);
        QTest::newRow("200 without tasks")
            << 200 << QByteArray("application/json") << QByteArray(R"({"requestId":"abc"})")
            << int(ApiError::Kind::InvalidResponse);
        QTest::newRow("200 empty") << 200 << QByteArray("application/json") << QByteArray()
                                   << int(ApiError::Kind::InvalidResponse);
        QTest::newRow("502 from a proxy")
            << 502 << QByteArray("text/html") << QByteArray("<html><h1>Bad gateway</h1></html>")
            << int(ApiError::Kind::ServerError);
    }

    void unreadableAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        m_server->enqueueResponse({status, body, contentType, {}, {}});
        const auto result = list();
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error->kind), kind);
        QVERIFY(!result.error->userMessage().isEmpty());
        // Never an empty list pretending all is well.
        QVERIFY(result.value.tasks.isEmpty());
    }

    void patchAnswerWithoutTheTaskIsInvalid()
    {
        m_server->enqueueResponse(
            {200, R"({"requestId":"r1","tasks":[]})", "application/json", {}, {}});
        const auto result = update(42, {TaskStatus::Done, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::InvalidResponse);
        QCOMPARE(result.error->requestId, QStringLiteral("r1"));
    }

    void listAnswered404IsAnEmptyList()
    {
        m_server->enqueueError(404, QStringLiteral("No tasks found"));
        const auto result = list();
        QVERIFY(result.ok());
        QVERIFY(result.value.tasks.isEmpty());
    }

    void onlyGongsEnvelopeSaysNotFoundOrRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("gongs");
        const QByteArray envelope =
            R"({"requestId":"4al018gzaztcr8nbukw","errors":["No tasks found"]})";
        const QByteArray page = "<html><h1>Not here</h1></html>";
        for (int status : {400, 401, 403, 404, 405, 407, 410}) {
            const QByteArray s = QByteArray::number(status);
            QTest::newRow(s + " Gong's envelope")
                << status << QByteArray("application/json") << envelope << true;
            QTest::newRow(s + " HTML page") << status << QByteArray("text/html") << page << false;
        }
        QTest::newRow("404 empty body") << 404 << QByteArray("text/plain") << QByteArray() << false;
        QTest::newRow("404 other API's JSON") << 404 << QByteArray("application/json")
                                              << QByteArray(R"({"error":"not found"})") << false;
        QTest::newRow("404 errors without requestId")
            << 404 << QByteArray("application/json")
            << QByteArray(R"({"errors":["No tasks found"]})") << false;
        QTest::newRow("404 requestId without errors")
            << 404 << QByteArray("application/json") << QByteArray(R"({"requestId":"abc"})")
            << false;
        QTest::newRow("404 JSON array") << 404 << QByteArray("application/json")
                                        << QByteArray(R"(["requestId","errors"])") << false;
    }

    void onlyGongsEnvelopeSaysNotFoundOrRefused()
    {
        // A wrong address, a captive portal or a proxy answers with a page: the list must not
        // read a 404 as "no tasks" (which empties the list and the cache), nor a PATCH read it
        // as "task gone" (which drops the rep's change), nor a 400/403 page hold the change as
        // refused by Gong, nor a 401 page ask for new credentials.
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, gongs);
        m_server->enqueueResponse({status, body, contentType, {}, {}});
        const auto listed = list();
        m_server->enqueueResponse({status, body, contentType, {}, {}});
        const auto patched = update(42, {TaskStatus::Done, {}});
        QVERIFY(!patched.ok());
        if (gongs) {
            if (status == 404) {
                QVERIFY(listed.ok());
                QVERIFY(listed.value.tasks.isEmpty());
                QCOMPARE(patched.error->handling(), ApiError::Handling::Gone);
            } else {
                QVERIFY(!listed.ok());
                QVERIFY(!listed.error->notGong);
                QVERIFY(patched.error->handling() != ApiError::Handling::RetryLater);
            }
            return;
        }
        QVERIFY2(!listed.ok(), "a page that is not Gong's was read as \"no tasks\"");
        for (const ApiError &e : {*listed.error, *patched.error}) {
            QCOMPARE(e.kind, ApiError::Kind::InvalidResponse);
            QVERIFY(e.notGong);
            QCOMPARE(e.handling(), ApiError::Handling::RetryLater);
            const QString words = e.userMessage();
            QVERIFY2(words.contains(QStringLiteral("does not look like Gong's API")) &&
                         words.contains(QStringLiteral("HTTP %1").arg(status)) &&
                         words.contains(QString::fromLatin1(contentType)),
                     qPrintable(words));
            QVERIFY(!words.contains(QStringLiteral("<html")));
        }
    }

    void a200ThatIsNotJsonIsNotGong()
    {
        m_server->enqueueResponse({200, "<html>Sign in to the Wi-Fi</html>", "text/html", {}, {}});
        const auto portal = list();
        QVERIFY(!portal.ok());
        QVERIFY(portal.error->notGong);
        QVERIFY(portal.error->userMessage().contains(QStringLiteral("HTTP 200 with text/html")));
        // Gong's own JSON garbled on the way is Gong's answer, unreadable: not "not Gong".
        m_server->enqueueResponse({200, "[1,2", "application/json", {}, {}});
        const auto garbled = list();
        QVERIFY(!garbled.ok());
        QCOMPARE(garbled.error->kind, ApiError::Kind::InvalidResponse);
        QVERIFY(!garbled.error->notGong);
    }

    void userPagingStopsAtARepeatedCursor()
    {
        // A broken server that hands back the same cursor forever must not make the lookup
        // loop, spending the company's rate budget.
        const QByteArray page =
            R"({"requestId":"r","records":{"totalRecords":9,"currentPageSize":1,"cursor":"same"},)"
            R"("users":[{"id":"1","emailAddress":"someone@else.example","active":true}]})";
        for (int i = 0; i < 5; ++i)
            m_server->enqueueResponse({200, page, "application/json", {}, {}});
        const auto result = findUser(QStringLiteral("nobody@acme-demo.example"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(result.error->userMessage().contains(QStringLiteral("same page twice")),
                 qPrintable(result.error->userMessage()));
        QCOMPARE(m_server->requests().size(), 2); // the first page, and the repeat
    }

    void userPagingStopsAfterThePageCap()
    {
        // Every page a new cursor, never an end.
        for (int i = 0; i < GongClient::MaxUserPages + 5; ++i) {
            const QByteArray page = "{\"requestId\":\"r\",\"records\":{\"cursor\":\"c" +
                                    QByteArray::number(i) + "\"},\"users\":[]}";
            m_server->enqueueResponse({200, page, "application/json", {}, {}});
        }
        const auto result = findUser(QStringLiteral("nobody@acme-demo.example"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error->userMessage().contains(QStringLiteral("did not end")),
                 qPrintable(result.error->userMessage()));
        QCOMPARE(m_server->requests().size(), GongClient::MaxUserPages);
    }

    void userFoundOnTheThirdPage()
    {
        const auto result = findUser(QStringLiteral("  ALEX.Rivera@acme-demo.example "));
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->fullMessage() : QString()));
        QCOMPARE(result.value.id, QString::number(DemoData::RepUserId));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).path, QStringLiteral("/v2/users"));
        QVERIFY(!requests.at(0).query.hasQueryItem(QStringLiteral("cursor")));
        QVERIFY(requests.at(1).query.hasQueryItem(QStringLiteral("cursor")));
        QVERIFY(requests.at(2).query.hasQueryItem(QStringLiteral("cursor")));
        QVERIFY(requests.at(1).query.queryItemValue(QStringLiteral("cursor")) !=
                requests.at(2).query.queryItemValue(QStringLiteral("cursor")));
    }

    void activeUserPreferredOverAnInactiveAlias()
    {
        QList<SandboxUser> users;
        for (int i = 0; i < 150; ++i) {
            users.append({QString::number(1000 + i),
                          QStringLiteral("u%1@x.example").arg(i),
                          {},
                          {},
                          {},
                          {},
                          true});
        }
        users[5].active = false;
        users[5].emailAliases = {QStringLiteral("Sam@X.example")};
        users[120].emailAddress = QStringLiteral("sam@x.example");
        m_server->setUsers(users);
        const auto result = findUser(QStringLiteral("sam@x.example"));
        QVERIFY(result.ok());
        QCOMPARE(result.value.id, QStringLiteral("1120"));
        QVERIFY(result.value.active);

        users[120].emailAddress = QStringLiteral("someone@x.example");
        m_server->setUsers(users);
        const auto inactive = findUser(QStringLiteral("sam@x.example"));
        QVERIFY(inactive.ok());
        QCOMPARE(inactive.value.id, QStringLiteral("1005"));
        QVERIFY(!inactive.value.active);
    }

    void unknownEmailSaysSo()
    {
        const auto result = findUser(QStringLiteral("nobody@nowhere.example"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::NotFound);
        QVERIFY(result.error->userMessage().contains(QStringLiteral("nobody@nowhere.example")));
    }

    void answerForADeadContextIsDropped()
    {
        m_server->setLatencyMs(100);
        bool called = false;
        auto *context = new QObject;
        m_client->listTasks({}, context, [&](const ApiResult<TaskEnvelope> &) { called = true; });
        delete context;
        QTRY_COMPARE(m_server->answeredCount(), 1);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // Credentials never follow a redirect to another host.
    void redirectToAnotherHostCarriesNoCredentials()
    {
        SandboxServer elsewhere;
        QVERIFY(elsewhere.start());
        CannedResponse redirect;
        redirect.status = 302;
        redirect.headers = {{"Location", elsewhere.baseUrl().toString().toUtf8() + "/v2/tasks"}};
        m_server->enqueueResponse(redirect);
        const auto result = list();
        QVERIFY(!result.ok());
        for (const RecordedRequest &r : elsewhere.requests())
            QVERIFY2(r.header("Authorization").isEmpty(), "credentials followed a redirect");
        // A portal's redirect is not Gong's answer, and is retried like one that never came.
        QVERIFY2(result.error->notGong, qPrintable(result.error->userMessage()));
        QCOMPARE(result.error->handling(), ApiError::Handling::RetryLater);
    }

    void a5xxPageIsTroubleOnTheWayNotGongsWord()
    {
        m_server->enqueueResponse({502, "<html><h1>Bad gateway</h1></html>", "text/html", {}, {}});
        const auto proxy = list();
        QCOMPARE(proxy.error->kind, ApiError::Kind::ServerError);
        QVERIFY(proxy.error->notGong);
        QVERIFY2(proxy.error->userMessage().contains(QStringLiteral("HTTP 502 (text/html)")),
                 qPrintable(proxy.error->userMessage()));
        m_server->enqueueError(500, QStringLiteral("Internal error"));
        const auto gong = list();
        QCOMPARE(gong.error->kind, ApiError::Kind::ServerError);
        QVERIFY(!gong.error->notGong);
        QVERIFY(gong.error->userMessage().contains(QStringLiteral("Gong had a problem")));
    }

    // An answer larger than any task list is refused, not read into memory.
    void oversizedAnswerIsRefused()
    {
        CannedResponse huge;
        huge.body = QByteArray(GongClient::MaxResponseBytes + 1024, ' ');
        m_server->enqueueResponse(huge);
        const auto result = list();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(result.error->userMessage().contains(QStringLiteral("larger than 64 MB")),
                 qPrintable(result.error->userMessage()));
    }

    void callOutcomesAreTheCompanysInDisplayOrder()
    {
        const auto result = outcomes();
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->fullMessage() : QString()));
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/v2/call-outcomes"));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("Authorization"),
                 QByteArray("Basic " + QByteArray("demo-access-key:demo-secret").toBase64()));
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QStringList names;
        for (const CallOutcome &c : result.value)
            names << c.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("No answer"), QStringLiteral("Left voicemail"),
                              QStringLiteral("Wrong number"), QStringLiteral("Meeting booked"),
                              QStringLiteral("Not interested"), QStringLiteral("Do not call"),
                              QStringLiteral("Call back later")}));
        QCOMPARE(result.value.at(4).todoAction, CallOutcome::TodoAction::CompleteAndRemove);
        QVERIFY(result.value.at(5).markOptOut);
    }

    void callOutcomesWithoutTheScopeAreForbidden()
    {
        // A key without api:call-outcomes:read: the caller falls back on Gong's defaults.
        m_server->setMissingScopes({QStringLiteral("api:call-outcomes:read")});
        const auto result = outcomes();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::Forbidden);
        QVERIFY(!result.error->notGong);
        QCOMPARE(result.error->httpStatus, 403);
        QCOMPARE(result.error->requestId.size(), 19);
        QVERIFY(result.value.isEmpty());
        // The rest of the key still works.
        QVERIFY(list().ok());
    }

    void callSessionErrors_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("notGong");
        const QByteArray json = "application/json";
        const QByteArray html = "text/html";
        const QByteArray envelope = R"({"requestId":"4al018gzaztcr8nbukw","errors":["No"]})";
        const QByteArray page = "<html><h1>Not here</h1></html>";
        using K = ApiError::Kind;
        for (const auto &[op, name] : {std::pair{Operation::Outcomes, "outcomes"},
                                       std::pair{Operation::FlowSteps, "flow steps"},
                                       std::pair{Operation::Unassign, "unassign"}}) {
            const int o = int(op);
            QTest::addRow("%s: 403 Gong's", name)
                << o << 403 << json << envelope << int(K::Forbidden) << false;
            QTest::addRow("%s: 403 page", name)
                << o << 403 << html << page << int(K::InvalidResponse) << true;
            QTest::addRow("%s: 404 Gong's", name)
                << o << 404 << json << envelope << int(K::NotFound) << false;
            QTest::addRow("%s: 404 page", name)
                << o << 404 << html << page << int(K::InvalidResponse) << true;
            QTest::addRow("%s: 404 other JSON", name)
                << o << 404 << json << QByteArray(R"({"error":"not found"})")
                << int(K::InvalidResponse) << true;
            QTest::addRow("%s: 401 Gong's", name)
                << o << 401 << json << envelope << int(K::Unauthorized) << false;
            QTest::addRow("%s: 500 Gong's", name)
                << o << 500 << json << envelope << int(K::ServerError) << false;
            QTest::addRow("%s: 200 garbled", name)
                << o << 200 << json << QByteArray("{\"requestId\":\"r\",\"outc")
                << int(K::InvalidResponse) << false;
            QTest::addRow("%s: 200 not JSON", name)
                << o << 200 << html << QByteArray("<html>Sign in to the Wi-Fi</html>")
                << int(K::InvalidResponse) << true;
            QTest::addRow("%s: 200 an array", name)
                << o << 200 << json << QByteArray("[]") << int(K::InvalidResponse) << false;
            QTest::addRow("%s: 200 without the list", name)
                << o << 200 << json << QByteArray(R"({"requestId":"r1"})")
                << int(K::InvalidResponse) << false;
            QTest::addRow("%s: 200 list of the wrong type", name)
                << o << 200 << json
                << QByteArray(
                       R"({"requestId":"r1","outcomes":{},"flows":"x","unassignedFlowInstanceIds":7})")
                << int(K::InvalidResponse) << false;
        }
    }

    void callSessionErrors()
    {
        QFETCH(int, operation);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, notGong);
        m_server->enqueueResponse({status, body, contentType, {}, {}});
        const std::optional<ApiError> error = failureOf(Operation(operation));
        QVERIFY2(error, "a failure was read as success");
        QCOMPARE(int(error->kind), kind);
        QCOMPARE(error->notGong, notGong);
        QCOMPARE(error->httpStatus, status);
        QVERIFY(!error->userMessage().isEmpty());
        QVERIFY(!error->userMessage().contains(QStringLiteral("<html")));
        if (body.contains("requestId\":\"r1"))
            QCOMPARE(error->requestId, QStringLiteral("r1"));
    }

    void callSessionRateLimitKeepsRetryAfter()
    {
        for (const Operation op :
             {Operation::Outcomes, Operation::FlowSteps, Operation::Unassign}) {
            m_server->enqueueError(429, QStringLiteral("API request limit exceeded"), 7);
            const auto error = failureOf(op);
            QVERIFY(error);
            QCOMPARE(error->kind, ApiError::Kind::RateLimited);
            QCOMPARE(error->retryAfterSeconds, 7);
        }
    }

    void flowStepsSendIdsAsStrings()
    {
        m_server->seedDemoData(QDateTime(QDate(2026, 11, 28), QTime(13, 0), QTimeZone::utc()),
                               QTimeZone("Europe/Berlin"));
        const QList<DemoFlow> demo = DemoData::flows();
        const auto result = flowSteps({demo.at(1).id, demo.at(0).id});
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->fullMessage() : QString()));
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/v2/flows/steps"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body,
                 QByteArray(R"({"flowIds":["5120934871203949027","5120934871203948811"]})"));
        QCOMPARE(result.value.size(), 2);
        QCOMPARE(result.value.at(0).id, demo.at(1).id);
        QCOMPARE(result.value.at(1).id, demo.at(0).id);
        // The script of a demo task's step, found by the task's step id.
        for (const Task &t : m_server->tasks()) {
            if (!t.flow || t.flow->id != demo.at(0).id)
                continue;
            const auto step = result.value.at(1).step(t.flow->step->id, t.flow->step->stepNumber);
            QVERIFY(step);
            QVERIFY(step->isCall());
            QVERIFY(!step->body.isEmpty());
        }
    }

    void flowStepsSplitAtTwentyIds()
    {
        QList<FlowInfo> flows;
        QList<qint64> ids;
        for (int i = 0; i < 45; ++i) {
            flows << flowNumbered(i);
            ids << flows.last().id;
        }
        m_server->setFlows(flows);
        int paced = 0;
        m_client->setPacer([&](std::function<void()> send) {
            ++paced;
            send();
        });
        const auto result = flowSteps(ids + ids.mid(0, 3) + QList<qint64>{0, -5});
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->fullMessage() : QString()));
        QCOMPARE(result.value, flows); // every flow once, in the order asked, ids exact
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QList<qsizetype> sizes;
        QList<qint64> sent;
        for (const RecordedRequest &r : requests) {
            const QJsonArray batch = jsonOf(r.body).value(QLatin1String("flowIds")).toArray();
            sizes << batch.size();
            for (const QJsonValue v : batch) {
                QVERIFY(v.isString());
                sent << v.toString().toLongLong();
            }
        }
        QCOMPARE(sizes, (QList<qsizetype>{20, 20, 5}));
        QCOMPARE(sent, ids);
        QCOMPARE(paced, 2); // the first is the caller's; each further one asks the pacer
    }

    void flowStepsStopAtTheFirstFailure()
    {
        QList<FlowInfo> flows;
        QList<qint64> ids;
        for (int i = 0; i < 45; ++i) {
            flows << flowNumbered(i);
            ids << flows.last().id;
        }
        m_server->setFlows(flows.mid(0, 30)); // the second batch names unknown flows
        const auto result = flowSteps(ids);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::NotFound);
        QVERIFY(result.value.isEmpty()); // never half a list
        QCOMPARE(m_server->requests().size(), 2);
    }

    void flowStepsWithNoIdsAskNothing()
    {
        bool called = false;
        m_client->listFlowSteps({0, -1}, this, [&](const ApiResult<QList<FlowInfo>> &r) {
            called = true;
            QVERIFY(r.ok());
            QVERIFY(r.value.isEmpty());
        });
        QVERIFY(!called); // answered later, like every other call
        QTRY_VERIFY(called);
        QCOMPARE(m_server->receivedCount(), 0);
    }

    void flowStepsForADeadContextStopSplitting()
    {
        QList<FlowInfo> flows;
        QList<qint64> ids;
        for (int i = 0; i < 60; ++i) {
            flows << flowNumbered(i);
            ids << flows.last().id;
        }
        m_server->setFlows(flows);
        m_server->setLatencyMs(100);
        bool called = false;
        auto *context = new QObject;
        m_client->listFlowSteps(ids, context,
                                [&](const ApiResult<QList<FlowInfo>> &) { called = true; });
        delete context;
        QTRY_COMPARE(m_server->answeredCount(), 1);
        QTest::qWait(250);
        QVERIFY(!called);
        QCOMPARE(m_server->receivedCount(), 1);
    }

    void unassignSendsTheFlowIdAsAString()
    {
        m_server->seedDemoData(QDateTime(QDate(2026, 11, 28), QTime(13, 0), QTimeZone::utc()),
                               QTimeZone("Europe/Berlin"));
        const QList<Task> tasks = m_server->tasks();
        const auto picked = std::find_if(tasks.cbegin(), tasks.cend(),
                                         [](const Task &t) { return t.flow && t.contact; });
        QVERIFY(picked != tasks.cend());
        const auto result = unassign(picked->contact->crmId, picked->flow->id);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->fullMessage() : QString()));
        QCOMPARE(result.value, QStringList{SandboxCalls::flowInstanceId(picked->contact->crmId,
                                                                        picked->flow->id)});
        const RecordedRequest r = m_server->requests().last();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/v2/flows/prospects/unassign-flows-by-crm-id"));
        QCOMPARE(r.body, QStringLiteral(R"({"crmProspectId":"%1","flowId":"%2"})")
                             .arg(picked->contact->crmId)
                             .arg(picked->flow->id)
                             .toUtf8());
        // The flow's task left the open list.
        const auto open = list();
        QVERIFY(open.ok());
        for (const Task &t : open.value.tasks)
            QVERIFY(t.id != picked->id);
    }

    void unassignWithoutAFlowLeavesEveryFlow()
    {
        QVERIFY(unassign(QStringLiteral("0035e00000QwErTAA1"), 0).ok());
        QCOMPARE(m_server->requests().last().body,
                 QByteArray(R"({"crmProspectId":"0035e00000QwErTAA1"})"));
    }

    void unassignReadsInstanceIdsExactly()
    {
        m_server->enqueueResponse(
            {200,
             R"({"requestId":"r","unassignedFlowInstanceIds":["234599484848423",7254376376091929519,null,"",1.5,{}]})",
             "application/json",
             {},
             {}});
        const auto result = unassign(QStringLiteral("x"), 1);
        QVERIFY(result.ok());
        QCOMPARE(result.value, (QStringList{QStringLiteral("234599484848423"),
                                            QStringLiteral("7254376376091929519")}));
    }

    void unassignWithoutAProspectIsNotSent()
    {
        bool called = false;
        std::optional<ApiError> error;
        m_client->unassignFlow(QStringLiteral("  "), 5, this, [&](const ApiResult<QStringList> &r) {
            called = true;
            error = r.error;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::BadRequest);
        QVERIFY(error->neverDelivered);
        QVERIFY2(error->userMessage().contains(QStringLiteral("no CRM id")),
                 qPrintable(error->userMessage()));
        QCOMPARE(m_server->receivedCount(), 0);
    }

    void configProblems_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("usable");
        QTest::newRow("https") << QStringLiteral("https://us-1234.api.gong.io") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.gong.io") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.gong.io") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void configProblems()
    {
        QFETCH(QString, url);
        QFETCH(bool, usable);
        GongConfig c = config();
        c.baseUrl = QUrl(url);
        QCOMPARE(c.problem().isEmpty(), usable);
    }
};

QTEST_GUILESS_MAIN(TestGongClient)
#include "tst_gongclient.moc"
