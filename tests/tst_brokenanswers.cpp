// Answers that arrive broken — cut off, lying about their length, not UTF-8, wrong types, empty,
// a proxy's HTML page — each give the rep a clear message and lose nothing they did.
#include "SandboxConfig.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {
QByteArray httpRaw(const QByteArray &statusLine, const QByteArray &contentLength,
                   const QByteArray &body)
{
    return statusLine + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength +
           "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

class TestBrokenAnswers : public QObject
{
    Q_OBJECT

private slots:
    void everyBrokenAnswerIsExplainedAndNothingIsLost_data()
    {
        QTest::addColumn<CannedResponse>("answer");
        QTest::addColumn<QString>("wordsForTheRep"); // what the message must say
        const QByteArray json = R"({"requestId":"abc","tasks":[{"id":1,"status":"OPEN"}]})";
        CannedResponse truncated;
        truncated.raw =
            httpRaw("HTTP/1.1 200 OK", QByteArray::number(json.size() + 500), json.left(20));
        QTest::newRow("truncated body") << truncated << QStringLiteral("");
        CannedResponse lies;
        lies.raw = httpRaw("HTTP/1.1 200 OK", "12", json);
        QTest::newRow("Content-Length says less") << lies << QStringLiteral("could not be read");
        CannedResponse utf8;
        utf8.body = QByteArray(R"({"requestId":"x","tasks":[{"id":1,"title":")") +
                    QByteArray("\xff\xfe\xc0", 3) + QByteArray(R"("}]})");
        QTest::newRow("invalid UTF-8") << utf8 << QStringLiteral("could not be read");
        CannedResponse empty;
        QTest::newRow("empty 200") << empty << QStringLiteral("could not be read");
        CannedResponse html;
        html.status = 502;
        html.contentType = "text/html";
        html.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        QTest::newRow("HTML 502 from a proxy") << html << QStringLiteral("HTTP 502");
        CannedResponse notJson;
        notJson.body = "<html>login page</html>";
        notJson.contentType = "text/html";
        QTest::newRow("200 with a login page")
            << notJson << QStringLiteral("does not look like Gong's API");
    }

    void everyBrokenAnswerIsExplainedAndNothingIsLost()
    {
        QFETCH(CannedResponse, answer);
        QFETCH(QString, wordsForTheRep);
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()));
        QTemporaryDir dir;
        SandboxServer server;
        server.seedDemoData(clock.now(), clock.timeZone());
        QVERIFY(server.start());
        QNetworkAccessManager network;
        GongClient client(&network);
        client.setConfig(sandboxConfig(server, 2000));
        TaskStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("b.sqlite"))));
        SyncEngine sync(&client, &store, clock);
        TaskActions actions(&sync);
        sync.start();
        QTRY_VERIFY(!sync.tasks().isEmpty() && !sync.isRefreshing());
        const int before = static_cast<int>(sync.tasks().size());

        // A broken answer to a refresh: a message, and the list the rep had stays.
        QSignalSpy failed(&sync, &SyncEngine::refreshFailed);
        server.enqueueResponse(answer);
        sync.refresh();
        QTRY_COMPARE(failed.size(), 1);
        const ApiError error = failed.first().first().value<ApiError>();
        QVERIFY2(error.userMessage().contains(wordsForTheRep), qPrintable(error.userMessage()));
        QVERIFY2(!error.userMessage().contains(QStringLiteral("<html")),
                 qPrintable(error.userMessage()));
        QCOMPARE(static_cast<int>(sync.tasks().size()), before);

        // A broken answer to the rep's change: the change is kept, and reaches Gong in the end.
        const qint64 id = sync.tasks().first().id;
        server.enqueueResponse(answer);
        actions.markDone({id});
        QCOMPARE(sync.task(id)->status, TaskStatus::Done);
        QVERIFY(!store.pendingChanges().isEmpty());
        QVERIFY(!sync.mark(id).failed); // not refused: it goes again by itself
        QTRY_COMPARE_WITH_TIMEOUT(server.task(id)->status, TaskStatus::Done, 15000);
        QTRY_VERIFY(store.pendingChanges().isEmpty());
    }

    void wrongTypesEverywhereStillListTheTasks()
    {
        QTemporaryDir dir;
        SandboxServer server;
        QVERIFY(server.start());
        CannedResponse weird;
        weird.body = R"({"requestId":7,"crmType":[],"tasks":[
            {"id":"7254376376091929519","userId":{},"status":5,"type":"FLOW","dueDate":12,
             "title":["x"],"priority":"high","account":"acme","opportunity":{"amount":48000},
             "flow":{"id":"abc","step":"Make a call"},"contact":{"data":{"firstName":42,"lastName":"Snow",
             "emails":"a@b","phoneNumbers":[{"raw":5},"x"],"optOutChannels":"CALLS"}},
             "additionalContacts":{"a":1}},
            {"id":123,"status":"OPEN","contact":null,"flow":null}]})";
        server.enqueueResponse(weird);
        QNetworkAccessManager network;
        GongClient client(&network);
        GongConfig c = sandboxConfig(server);
        c.userId = QStringLiteral("1");
        client.setConfig(c);
        std::optional<ApiResult<TaskEnvelope>> result;
        client.listTasks({}, this, [&](const ApiResult<TaskEnvelope> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->value.tasks.size(), 2);
        const Task &t = result->value.tasks.first();
        QCOMPARE(t.id, Q_INT64_C(7254376376091929519));
        QCOMPARE(t.contact->lastName, QStringLiteral("Snow"));
        QVERIFY(t.contact->firstName.isEmpty());
        QVERIFY(!t.dueDate.isValid());
        QVERIFY(!t.contact->optedOutOfCalls());
    }
};

QTEST_GUILESS_MAIN(TestBrokenAnswers)
#include "tst_brokenanswers.moc"
