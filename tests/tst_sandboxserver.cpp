// The sandbox must behave like Gong where the app depends on it: credentials, validation,
// state, paging and the fault knobs the other tests lean on.
#include "core/CallOutcome.h"
#include "core/FlowStep.h"
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

const QString outcomesPath = QStringLiteral("/v2/call-outcomes");
const QString stepsPath = QStringLiteral("/v2/flows/steps");
const QString unassignPath = QStringLiteral("/v2/flows/prospects/unassign-flows-by-crm-id");

QByteArray stepsBody(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(QString::number(id));
    return QJsonDocument(QJsonObject{{QLatin1String("flowIds"), array}})
        .toJson(QJsonDocument::Compact);
}

QByteArray unassignBody(const QString &crmId, qint64 flowId = 0)
{
    QJsonObject o{{QLatin1String("crmProspectId"), crmId}};
    if (flowId != 0)
        o.insert(QLatin1String("flowId"), QString::number(flowId));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Task flowTask(qint64 id, const QString &crmId, qint64 flowId, TaskStatus status)
{
    Task t;
    t.id = id;
    t.userId = DemoData::RepUserId;
    t.status = status;
    t.type = TaskType::Flow;
    t.actions = {QStringLiteral("CALL")};
    t.flow = Flow{flowId, QStringLiteral("Flow %1").arg(flowId), FlowStep{flowId + 1, {}, 1}};
    Contact c;
    c.crmId = crmId;
    t.contact = c;
    return t;
}
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

        QTest::newRow("steps: not JSON")
            << QByteArray("POST") << stepsPath << QByteArray("[") << QStringLiteral("JSON");
        QTest::newRow("steps: flowIds missing")
            << QByteArray("POST") << stepsPath << QByteArray("{}") << QStringLiteral("flowIds");
        QTest::newRow("steps: flowIds a string")
            << QByteArray("POST") << stepsPath << QByteArray(R"({"flowIds":"5120934871203948811"})")
            << QStringLiteral("flowIds");
        QTest::newRow("steps: flowIds empty")
            << QByteArray("POST") << stepsPath << QByteArray(R"({"flowIds":[]})")
            << QStringLiteral("empty");
        QTest::newRow("steps: ids as numbers")
            << QByteArray("POST") << stepsPath << QByteArray(R"({"flowIds":[5120934871203948811]})")
            << QStringLiteral("strings");
        QTest::newRow("steps: an id that is not one")
            << QByteArray("POST") << stepsPath << QByteArray(R"({"flowIds":["51209x"]})")
            << QStringLiteral("51209x");
        QList<qint64> many;
        for (int i = 0; i < 21; ++i)
            many << DemoData::flows().first().id;
        QTest::newRow("steps: 21 ids") << QByteArray("POST") << stepsPath << stepsBody(many)
                                       << QStringLiteral("maximum of 20");
        QTest::newRow("steps: unknown field")
            << QByteArray("POST") << stepsPath
            << QByteArray(R"({"flowIds":["5120934871203948811"],"cursor":"x"})")
            << QStringLiteral("cursor");
        QTest::newRow("unassign: not JSON")
            << QByteArray("POST") << unassignPath << QByteArray("x") << QStringLiteral("JSON");
        QTest::newRow("unassign: no crmProspectId")
            << QByteArray("POST") << unassignPath
            << QByteArray(R"({"flowId":"5120934871203948811"})") << QStringLiteral("crmProspectId");
        QTest::newRow("unassign: crmProspectId empty")
            << QByteArray("POST") << unassignPath << QByteArray(R"({"crmProspectId":""})")
            << QStringLiteral("crmProspectId");
        QTest::newRow("unassign: crmProspectId a number")
            << QByteArray("POST") << unassignPath << QByteArray(R"({"crmProspectId":42})")
            << QStringLiteral("crmProspectId");
        QTest::newRow("unassign: flowId a number")
            << QByteArray("POST") << unassignPath
            << QByteArray(R"({"crmProspectId":"0035e00000QwErTAA1","flowId":5120934871203948811})")
            << QStringLiteral("flowId must be a string");
        QTest::newRow("unassign: flowId not an id")
            << QByteArray("POST") << unassignPath
            << QByteArray(R"({"crmProspectId":"0035e00000QwErTAA1","flowId":"-4"})")
            << QStringLiteral("flowId");
        QTest::newRow("unassign: by a stranger")
            << QByteArray("POST") << unassignPath
            << QByteArray(R"({"crmProspectId":"0035e00000QwErTAA1",)"
                          R"("unassignedByUserEmail":"someone@elsewhere.example"})")
            << QStringLiteral("unassignedByUserEmail");
        QTest::newRow("unassign: unknown field (the by-instance form)")
            << QByteArray("POST") << unassignPath
            << QByteArray(R"({"crmProspectId":"0035e00000QwErTAA1","flowInstanceIds":["1"]})")
            << QStringLiteral("flowInstanceIds");
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

    void outcomesAreTheCompanysOwn()
    {
        const Answer a = call("GET", outcomesPath);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("requestId")).toString().size(), 19);
        // Sent in the order the admin made them, not the order they are shown in.
        QCOMPARE(a.json()
                     .value(QLatin1String("outcomes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("callOutcome")),
                 QJsonValue(QStringLiteral("Meeting booked")));
        QList<CallOutcome> outcomes;
        QString error;
        QVERIFY(CallOutcome::parseList(a.body, &outcomes, &error));
        QStringList names;
        for (const CallOutcome &c : outcomes)
            names << c.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("No answer"), QStringLiteral("Left voicemail"),
                              QStringLiteral("Wrong number"), QStringLiteral("Meeting booked"),
                              QStringLiteral("Not interested"), QStringLiteral("Do not call"),
                              QStringLiteral("Call back later")}));
        using TA = CallOutcome::TodoAction;
        const QList<TA> todo{
            TA::None,     TA::None, TA::Complete, TA::Complete, TA::CompleteAndRemove,
            TA::Complete, TA::None};
        const QList<bool> connected{false, false, false, true, true, true, true};
        for (int i = 0; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes.at(i).displayOrder, i + 1);
            QCOMPARE(outcomes.at(i).todoAction, todo.at(i));
            QCOMPARE(outcomes.at(i).connected(), connected.at(i));
            QCOMPARE(outcomes.at(i).markOptOut,
                     outcomes.at(i).name == QLatin1String("Do not call"));
        }
        // Not Gong's defaults: a client that shows those instead is caught.
        for (const CallOutcome &d : CallOutcome::gongDefaults())
            QVERIFY(!outcomes.contains(d));
    }

    void aKeyWithoutTheScopeIsRefused_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("outcomes") << QStringLiteral("api:call-outcomes:read") << QByteArray("GET")
                                  << outcomesPath << QByteArray();
        QTest::newRow("flow steps") << QStringLiteral("api:flows:read") << QByteArray("POST")
                                    << stepsPath << stepsBody({DemoData::flows().first().id});
        QTest::newRow("flow removal")
            << QStringLiteral("api:flows:write") << QByteArray("POST") << unassignPath
            << unassignBody(QStringLiteral("0035e00000QwErTAA1"));
    }

    void aKeyWithoutTheScopeIsRefused()
    {
        QFETCH(QString, scope);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QCOMPARE(SandboxServer::scopeFor(verb, path), scope);
        QCOMPARE(call(verb, path, body).status, 200);
        m_server->setMissingScopes({scope});
        const Answer refused = call(verb, path, body);
        QCOMPARE(refused.status, 403);
        const ErrorBody error = TaskCodec::parseErrorBody(refused.body);
        QVERIFY(error.isGong); // Gong's envelope: the client reads it as Gong's refusal
        QVERIFY2(error.errors.first().contains(scope), qPrintable(error.errors.first()));
        // Only what needs that scope.
        QCOMPARE(call("POST", QStringLiteral("/v2/tasks"), listBody()).status, 200);
        m_server->setMissingScopes({});
        QCOMPARE(call(verb, path, body).status, 200);
    }

    void flowStepsHaveTheDemoTasksCallScripts()
    {
        QList<qint64> ids;
        for (const DemoFlow &f : DemoData::flows())
            ids.prepend(f.id); // asked in reverse: answered in the order asked
        const Answer a = call("POST", stepsPath, stepsBody(ids + ids));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("requestId")).toString().size(), 19);
        // Ids are strings on the wire, as the spec says.
        const QJsonObject first =
            a.json().value(QLatin1String("flows")).toArray().first().toObject();
        QVERIFY(first.value(QLatin1String("id")).isString());
        QVERIFY(first.value(QLatin1String("steps"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("id"))
                    .isString());
        QList<FlowInfo> flows;
        QString error;
        QVERIFY(FlowInfo::parseList(a.body, &flows, &error));
        QCOMPARE(flows.size(), ids.size()); // each once
        QSet<qint64> stepIds;
        for (int i = 0; i < flows.size(); ++i) {
            QCOMPARE(flows.at(i).id, ids.at(i));
            QVERIFY(!flows.at(i).name.isEmpty());
            QVERIFY(!flows.at(i).description.isEmpty());
            for (int n = 0; n < flows.at(i).steps.size(); ++n) {
                const FlowStepInfo &s = flows.at(i).steps.at(n);
                QCOMPARE(s.stepOrder, n + 1); // 1-based, no gaps
                QVERIFY(!stepIds.contains(s.id));
                stepIds.insert(s.id);
                QVERIFY(!s.body.isEmpty());
            }
        }
        // Every flow task's step is a CALL step with a script, by its id and by its number.
        int flowTasks = 0;
        for (const Task &t : m_server->tasks()) {
            if (!t.flow)
                continue;
            ++flowTasks;
            const auto flow = std::find_if(flows.cbegin(), flows.cend(),
                                           [&t](const FlowInfo &f) { return f.id == t.flow->id; });
            QVERIFY(flow != flows.cend());
            const auto step = flow->step(t.flow->step->id, 0);
            QVERIFY2(step, qPrintable(t.flow->name));
            QCOMPARE(step->stepOrder, t.flow->step->stepNumber);
            QVERIFY(step->isCall());
            QVERIFY(step->body.size() > 40);
            QCOMPARE(flow->step(0, t.flow->step->stepNumber), step);
        }
        QVERIFY(flowTasks >= 20);
    }

    void flowStepsTakeTwentyIds()
    {
        QList<qint64> twenty;
        for (int i = 0; i < 20; ++i)
            twenty << DemoData::flows().at(i % 5).id;
        QCOMPARE(call("POST", stepsPath, stepsBody(twenty)).status, 200);
    }

    void unknownFlowIs404()
    {
        const Answer a =
            call("POST", stepsPath, stepsBody({DemoData::flows().first().id, 1695493301223590792}));
        QCOMPARE(a.status, 404);
        const ErrorBody error = TaskCodec::parseErrorBody(a.body);
        QVERIFY(error.isGong);
        QCOMPARE(error.errors, QStringList{QStringLiteral("One or more flows not found")});
    }

    void removalFromAFlowTakesItsOpenTasksOffTheList()
    {
        const QDateTime later = m_now.addSecs(600);
        m_server->setNow([later] { return later; });
        // A demo contact in a flow.
        const auto all = m_server->tasks();
        const auto picked = std::find_if(all.cbegin(), all.cend(), [](const Task &t) {
            return t.flow && t.contact && !t.contact->crmId.isEmpty();
        });
        QVERIFY(picked != all.cend());
        const QString crmId = picked->contact->crmId;
        const qint64 flowId = picked->flow->id;
        // Another of their tasks in the same flow, one done already, one in another flow, and
        // someone else's in this flow.
        m_server->setTasks(all + QList<Task>{flowTask(101, crmId, flowId, TaskStatus::Open),
                                             flowTask(102, crmId, flowId, TaskStatus::Done),
                                             flowTask(103, crmId, 77, TaskStatus::Open),
                                             flowTask(104, QStringLiteral("0035e00000ZzZzZAA1"),
                                                      flowId, TaskStatus::Open)});
        const Answer a = call("POST", unassignPath, unassignBody(crmId, flowId));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("requestId")).toString().size(), 19);
        const QJsonArray ended =
            a.json().value(QLatin1String("unassignedFlowInstanceIds")).toArray();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().toString(), SandboxCalls::flowInstanceId(crmId, flowId));

        for (const qint64 id : {picked->id, Q_INT64_C(101)}) {
            QCOMPARE(m_server->task(id)->status, TaskStatus::Dismissed);
            QCOMPARE(m_server->task(id)->updated, later);
        }
        QCOMPARE(m_server->task(102)->status, TaskStatus::Done);
        QCOMPARE(m_server->task(103)->status, TaskStatus::Open);
        QCOMPARE(m_server->task(104)->status, TaskStatus::Open);
        TaskEnvelope open;
        QString error;
        QVERIFY(TaskCodec::parseEnvelope(call("POST", QStringLiteral("/v2/tasks"), listBody()).body,
                                         &open, &error));
        for (const Task &t : open.tasks)
            QVERIFY(t.id != picked->id && t.id != 101);
        QCOMPARE(open.tasks.size(), all.size() - 1 + 2);
        // The outcome's DONE still reaches the task afterwards.
        QCOMPARE(call("PATCH", QStringLiteral("/v2/tasks/%1").arg(picked->id),
                      R"({"userId":"234599484848423","status":"DONE"})")
                     .status,
                 200);
        // Out of the flow already: nothing more to end.
        const Answer again = call("POST", unassignPath, unassignBody(crmId, flowId));
        QCOMPARE(again.status, 200);
        QVERIFY(again.json().value(QLatin1String("unassignedFlowInstanceIds")).toArray().isEmpty());
    }

    void removalWithoutAFlowEndsEveryFlow()
    {
        const QString crmId = QStringLiteral("00Q5e00000LeAdXAA1");
        m_server->setTasks({flowTask(201, crmId, 11, TaskStatus::Open),
                            flowTask(202, crmId, 12, TaskStatus::Open),
                            flowTask(203, crmId, 12, TaskStatus::Dismissed),
                            flowTask(204, QStringLiteral("other"), 11, TaskStatus::Open)});
        const Answer a =
            call("POST", unassignPath,
                 QStringLiteral(R"({"crmProspectId":"%1","unassignedByUserEmail":"%2"})")
                     .arg(crmId, DemoData::repEmail().toUpper())
                     .toUtf8());
        QCOMPARE(a.status, 200);
        QStringList ended;
        for (const QJsonValue v :
             a.json().value(QLatin1String("unassignedFlowInstanceIds")).toArray())
            ended << v.toString();
        ended.sort();
        QStringList expected{SandboxCalls::flowInstanceId(crmId, 11),
                             SandboxCalls::flowInstanceId(crmId, 12)};
        expected.sort();
        QCOMPARE(ended, expected);
        QCOMPARE(m_server->task(201)->status, TaskStatus::Dismissed);
        QCOMPARE(m_server->task(202)->status, TaskStatus::Dismissed);
        QCOMPARE(m_server->task(204)->status, TaskStatus::Open);
        // A prospect in no flow: nothing to end, and no error (the spec lists no 404 here).
        const Answer none = call("POST", unassignPath, unassignBody(QStringLiteral("nobody"), 11));
        QCOMPARE(none.status, 200);
        QVERIFY(none.json().value(QLatin1String("unassignedFlowInstanceIds")).toArray().isEmpty());
        // New tasks: the prospect is in their flows again.
        m_server->setTasks({flowTask(201, crmId, 11, TaskStatus::Open)});
        QCOMPARE(call("POST", unassignPath, unassignBody(crmId, 11))
                     .json()
                     .value(QLatin1String("unassignedFlowInstanceIds"))
                     .toArray()
                     .size(),
                 1);
    }

    void newOperationsNeedCredentials()
    {
        for (const auto &[verb, path] :
             {std::pair{QByteArray("GET"), outcomesPath}, std::pair{QByteArray("POST"), stepsPath},
              std::pair{QByteArray("POST"), unassignPath}}) {
            const Answer a = call(verb, path, stepsBody({1}), false);
            QCOMPARE(a.status, 401);
            QVERIFY(TaskCodec::parseErrorBody(a.body).isGong);
        }
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
