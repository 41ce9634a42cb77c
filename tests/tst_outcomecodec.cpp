// The call-session codecs: CallOutcome (GET /v2/call-outcomes) and FlowInfo (POST
// /v2/flows/steps), read tolerantly from Gong's JSON and written back for the store's cache.
#include "core/CallOutcome.h"
#include "core/FlowStep.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace engage;

Q_DECLARE_METATYPE(engage::CallOutcome)
Q_DECLARE_METATYPE(engage::FlowStepInfo)

namespace {
using CS = CallOutcome::ConnectStatus;
using TA = CallOutcome::TodoAction;

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

CallOutcome outcome(const QString &name, int order, CS connect, TA todo, bool optOut,
                    const QString &sentiment, const QString &category)
{
    return {name, order, connect, todo, optOut, sentiment, category};
}

// A name, a script: text that must come back exactly as sent, never interpreted.
const QStringList hostileStrings{
    QStringLiteral("<b>Meeting</b> <script>alert(1)</script>"),
    QStringLiteral("Line one\nLine two\r\n\ttabbed"),
    QString::fromUtf8("\u202Eevil\u202C right-to-left override"),
    QString::fromUtf8("Zo\u00eb \U0001F4DE \u4e2d\u6587 caf\u0065\u0301"),
    QStringLiteral("quote \" backslash \\ slash / %1 %n &amp;"),
    QString(QChar(0)) + QStringLiteral("nul inside") + QChar(0x7f),
    QString(20000, QLatin1Char('x')),
};
} // namespace

class TestOutcomeCodec : public QObject
{
    Q_OBJECT

private slots:
    void outcomeFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<CallOutcome>("expected");
        QTest::newRow("every field")
            << QByteArray(R"({"callOutcome":"Not interested","displayOrder":5,
                             "connectStatus":"CONNECTED","sentiment":"NEGATIVE",
                             "todoAction":"COMPLETE_AND_REMOVE","automation":"MARK_AS_OPT_OUT",
                             "category":"ANSWERED"})")
            << outcome(QStringLiteral("Not interested"), 5, CS::Connected, TA::CompleteAndRemove,
                       true, QStringLiteral("NEGATIVE"), QStringLiteral("ANSWERED"));
        QTest::newRow("only a name") << QByteArray(R"({"callOutcome":"Busy"})")
                                     << outcome(QStringLiteral("Busy"), CallOutcome::NoDisplayOrder,
                                                CS::Unknown, TA::None, false, {}, {});
        QTest::newRow("nulls count as missing")
            << QByteArray(R"({"callOutcome":"Busy","displayOrder":null,"connectStatus":null,
                             "sentiment":null,"todoAction":null,"automation":null,
                             "category":null})")
            << outcome(QStringLiteral("Busy"), CallOutcome::NoDisplayOrder, CS::Unknown, TA::None,
                       false, {}, {});
        QTest::newRow("wrong types are skipped")
            << QByteArray(R"({"callOutcome":"Busy","displayOrder":{"n":1},"connectStatus":1,
                             "sentiment":["POSITIVE"],"todoAction":true,"automation":7,
                             "category":{}})")
            << outcome(QStringLiteral("Busy"), CallOutcome::NoDisplayOrder, CS::Unknown, TA::None,
                       false, {}, {});
        QTest::newRow("unknown enum values")
            << QByteArray(R"({"callOutcome":"Odd","displayOrder":2,"connectStatus":"HALF_CONNECTED",
                             "todoAction":"ARCHIVE","automation":"SEND_GIFT",
                             "sentiment":"ECSTATIC","category":"MAYBE"})")
            << outcome(QStringLiteral("Odd"), 2, CS::Unknown, TA::None, false,
                       QStringLiteral("ECSTATIC"), QStringLiteral("MAYBE"));
        QTest::newRow("enum values are case-sensitive, as Gong's are")
            << QByteArray(R"({"callOutcome":"x","connectStatus":"connected","todoAction":"complete",
                             "automation":"mark_as_opt_out"})")
            << outcome(QStringLiteral("x"), CallOutcome::NoDisplayOrder, CS::Unknown, TA::None,
                       false, {}, {});
        QTest::newRow("automation as a list")
            << QByteArray(R"({"callOutcome":"DNC","automation":["MARK_AS_OPT_OUT"]})")
            << outcome(QStringLiteral("DNC"), CallOutcome::NoDisplayOrder, CS::Unknown, TA::None,
                       true, {}, {});
        QTest::newRow("name of the wrong type")
            << QByteArray(R"({"callOutcome":12,"displayOrder":1})")
            << outcome({}, 1, CS::Unknown, TA::None, false, {}, {});
        QTest::newRow("displayOrder as a decimal string")
            << QByteArray(R"({"callOutcome":"a","displayOrder":"3"})")
            << outcome(QStringLiteral("a"), 3, CS::Unknown, TA::None, false, {}, {});
        QTest::newRow("displayOrder 3.0 is 3")
            << QByteArray(R"({"callOutcome":"a","displayOrder":3.0})")
            << outcome(QStringLiteral("a"), 3, CS::Unknown, TA::None, false, {}, {});
        for (const char *bad : {"2.5", "\"2.5\"", "\"1e3\"", "\"two\"", "\"\"", "4294967297",
                                "\"4294967297\"", "1e300", "-2147483649"}) {
            QTest::addRow("displayOrder %s is not an order", bad)
                << (QByteArray(R"({"callOutcome":"a","displayOrder":)") + bad + "}")
                << outcome(QStringLiteral("a"), CallOutcome::NoDisplayOrder, CS::Unknown, TA::None,
                           false, {}, {});
        }
        QTest::newRow("negative displayOrder is kept")
            << QByteArray(R"({"callOutcome":"a","displayOrder":-1})")
            << outcome(QStringLiteral("a"), -1, CS::Unknown, TA::None, false, {}, {});
        QTest::newRow("unknown keys are ignored")
            << QByteArray(R"({"callOutcome":"a","displayOrder":1,"color":"red","id":[1,2]})")
            << outcome(QStringLiteral("a"), 1, CS::Unknown, TA::None, false, {}, {});
    }

    void outcomeFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(CallOutcome, expected);
        const CallOutcome got = CallOutcome::fromJson(object(json));
        QCOMPARE(got.name, expected.name);
        QCOMPARE(got.displayOrder, expected.displayOrder);
        QCOMPARE(int(got.connectStatus), int(expected.connectStatus));
        QCOMPARE(int(got.todoAction), int(expected.todoAction));
        QCOMPARE(got.markOptOut, expected.markOptOut);
        QCOMPARE(got.sentiment, expected.sentiment);
        QCOMPARE(got.category, expected.category);
        // And back: what the cache writes reads as the same outcome.
        QCOMPARE(CallOutcome::fromJson(got.toJson()), got);
    }

    void connectedFallsBackOnTheCategory_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("connected");
        QTest::newRow("CONNECTED") << QByteArray(R"({"connectStatus":"CONNECTED"})") << true;
        QTest::newRow("NOT_CONNECTED")
            << QByteArray(R"({"connectStatus":"NOT_CONNECTED"})") << false;
        QTest::newRow("status wins over the category")
            << QByteArray(R"({"connectStatus":"NOT_CONNECTED","category":"ANSWERED"})") << false;
        QTest::newRow("no status, ANSWERED") << QByteArray(R"({"category":"ANSWERED"})") << true;
        QTest::newRow("no status, NOT_ANSWERED")
            << QByteArray(R"({"category":"NOT_ANSWERED"})") << false;
        QTest::newRow("nothing") << QByteArray("{}") << false;
    }

    void connectedFallsBackOnTheCategory()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, connected);
        QCOMPARE(CallOutcome::fromJson(object(json)).connected(), connected);
    }

    void outcomeLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("sorted by displayOrder, ties in the order sent, unordered last")
            << QByteArray(R"({"requestId":"r","outcomes":[
                   {"callOutcome":"c","displayOrder":3},{"callOutcome":"none1"},
                   {"callOutcome":"a","displayOrder":1},{"callOutcome":"b1","displayOrder":2},
                   {"callOutcome":"none2","displayOrder":"x"},
                   {"callOutcome":"b2","displayOrder":2}]})")
            << true
            << QStringList{QStringLiteral("a"), QStringLiteral("b1"),    QStringLiteral("b2"),
                           QStringLiteral("c"), QStringLiteral("none1"), QStringLiteral("none2")};
        QTest::newRow("empty list")
            << QByteArray(R"({"requestId":"r","outcomes":[]})") << true << QStringList();
        QTest::newRow("nameless and non-object items dropped")
            << QByteArray(R"({"outcomes":[{"displayOrder":1},{"callOutcome":""},null,3,"x",[],
                               {"callOutcome":"kept"}]})")
            << true << QStringList{QStringLiteral("kept")};
        QTest::newRow("no requestId is fine") << QByteArray(R"({"outcomes":[{"callOutcome":"a"}]})")
                                              << true << QStringList{QStringLiteral("a")};
        QTest::newRow("outcomes missing")
            << QByteArray(R"({"requestId":"r"})") << false << QStringList();
        QTest::newRow("outcomes null")
            << QByteArray(R"({"outcomes":null})") << false << QStringList();
        QTest::newRow("outcomes an object")
            << QByteArray(R"({"outcomes":{"callOutcome":"a"}})") << false << QStringList();
        QTest::newRow("a bare array")
            << QByteArray(R"([{"callOutcome":"a"}])") << false << QStringList();
        QTest::newRow("cut off") << QByteArray(R"({"outcomes":[{"callOutcome":"a")") << false
                                 << QStringList();
        QTest::newRow("empty body") << QByteArray() << false << QStringList();
        QTest::newRow("HTML") << QByteArray("<html>Sign in</html>") << false << QStringList();
    }

    void outcomeLists()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, readable);
        QFETCH(QStringList, names);
        QList<CallOutcome> outcomes{
            outcome(QStringLiteral("stale"), 1, CS::Unknown, TA::None, false, {}, {})};
        QString error;
        QCOMPARE(CallOutcome::parseList(body, &outcomes, &error), readable);
        QCOMPARE(error.isEmpty(), readable);
        if (!readable)
            return;
        QStringList got;
        for (const CallOutcome &c : outcomes)
            got << c.name;
        QCOMPARE(got, names);
    }

    void hostileOutcomeNamesSurviveTheCache()
    {
        QList<CallOutcome> outcomes;
        int order = 1;
        for (const QString &s : hostileStrings)
            outcomes << outcome(s, order++, CS::Connected, TA::Complete, false, s, s);
        QList<CallOutcome> back;
        QString error;
        QVERIFY(CallOutcome::parseList(CallOutcome::listToJson(outcomes), &back, &error));
        QCOMPARE(back, outcomes);
    }

    void cacheRoundTripKeepsEverything()
    {
        const QList<CallOutcome> defaults = CallOutcome::gongDefaults();
        QList<CallOutcome> back;
        QString error;
        QVERIFY(CallOutcome::parseList(CallOutcome::listToJson(defaults), &back, &error));
        QCOMPARE(back, defaults);
        QVERIFY(CallOutcome::parseList(CallOutcome::listToJson({}), &back, &error));
        QVERIFY(back.isEmpty());
    }

    void gongDefaults()
    {
        const QList<CallOutcome> d = CallOutcome::gongDefaults();
        QStringList names;
        for (const CallOutcome &c : d)
            names << c.name;
        // gong-api.md §7: not answered first, then answered, as Gong lists them.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("No voicemail"), QStringLiteral("Left voicemail"),
                              QStringLiteral("Not in service"), QStringLiteral("Busy"),
                              QStringLiteral("Follow up"), QStringLiteral("Meeting booked"),
                              QStringLiteral("Bad timing"), QStringLiteral("Has a solution"),
                              QStringLiteral("Bad persona"), QStringLiteral("Wrong number"),
                              QStringLiteral("Gave referral"), QStringLiteral("Opt out")}));
        for (int i = 0; i < d.size(); ++i) {
            const CallOutcome &c = d.at(i);
            QCOMPARE(c.displayOrder, i + 1);
            QVERIFY(c.connectStatus != CS::Unknown);
            QCOMPARE(c.connected(), i >= 4);
            QCOMPARE(c.category,
                     i >= 4 ? QStringLiteral("ANSWERED") : QStringLiteral("NOT_ANSWERED"));
            QVERIFY(!c.sentiment.isEmpty());
            QCOMPARE(c.markOptOut, c.name == QLatin1String("Opt out"));
        }
        // Calling again is right after these; the others close the to-do.
        for (const CallOutcome &c : d) {
            const bool retry =
                c.name == QLatin1String("No voicemail") || c.name == QLatin1String("Busy") ||
                c.name == QLatin1String("Follow up") || c.name == QLatin1String("Bad timing");
            QVERIFY2((c.todoAction == TA::None) == retry, qPrintable(c.name));
        }
        // An opt-out closes the task and leaves the flow, as Gong's dialer does.
        QCOMPARE(d.last().todoAction, TA::CompleteAndRemove);
    }

    void flowFields()
    {
        // The spec's shape: ids as strings, above 2^53, exact.
        const FlowInfo f = FlowInfo::fromJson(object(R"({
            "id":"1695493301223590792","name":"Personal Flow","folderId":"1695493301223573465",
            "visibility":"Company","creationDate":"2018-02-17T02:30:00-08:00","exclusive":true,
            "description":"Renewals, 90 days out",
            "steps":[
              {"id":"1695493301223590795","stepOrder":2,"action":"SEND_EMAIL",
               "subject":"Following up on our conversation","body":"Hi {{first_name}}","isReply":true},
              {"id":"1695493301223590793","stepOrder":1,"action":"CALL","body":"Ask about Q3."}]})"));
        QCOMPARE(f.id, Q_INT64_C(1695493301223590792));
        QCOMPARE(f.name, QStringLiteral("Personal Flow"));
        QCOMPARE(f.description, QStringLiteral("Renewals, 90 days out"));
        QCOMPARE(f.steps.size(), 2);
        // Sorted by stepOrder.
        QCOMPARE(f.steps.at(0).id, Q_INT64_C(1695493301223590793));
        QCOMPARE(f.steps.at(0).stepOrder, 1);
        QVERIFY(f.steps.at(0).isCall());
        QCOMPARE(f.steps.at(0).body, QStringLiteral("Ask about Q3."));
        QCOMPARE(f.steps.at(1).subject, QStringLiteral("Following up on our conversation"));
        QCOMPARE(f.steps.at(1).action, QStringLiteral("SEND_EMAIL"));
        QCOMPARE(FlowInfo::fromJson(f.toJson()), f);
        // The cache writes ids as Gong does: strings.
        QCOMPARE(f.toJson().value(QLatin1String("id")).toString(),
                 QStringLiteral("1695493301223590792"));
    }

    void stepFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<FlowStepInfo>("expected");
        const qint64 big = Q_INT64_C(7254376376091929519); // not a double: ...9600 would be wrong
        QTest::newRow("id as a string above 2^53")
            << QByteArray(R"({"id":"7254376376091929519","stepOrder":1,"action":"CALL"})")
            << FlowStepInfo{big, 1, QStringLiteral("CALL"), {}, {}};
        QTest::newRow("id as a number above 2^53")
            << QByteArray(R"({"id":7254376376091929519,"stepOrder":1,"action":"CALL"})")
            << FlowStepInfo{big, 1, QStringLiteral("CALL"), {}, {}};
        QTest::newRow("2^53 + 1 as a number")
            << QByteArray(R"({"id":9007199254740993})")
            << FlowStepInfo{Q_INT64_C(9007199254740993), 0, {}, {}, {}};
        QTest::newRow("largest qint64 as a string")
            << QByteArray(R"({"id":"9223372036854775807"})")
            << FlowStepInfo{std::numeric_limits<qint64>::max(), 0, {}, {}, {}};
        for (const char *bad :
             {"\"9223372036854775808\"", "9223372036854775808", "99999999999999999999", "\"12ab\"",
              "\"\"", "1.5", "-3", "0", "true", "null", "[1]", "{}"}) {
            QTest::addRow("id %s is no id", bad)
                << (QByteArray(R"({"stepOrder":2,"id":)") + bad + "}")
                << FlowStepInfo{0, 2, {}, {}, {}};
        }
        QTest::newRow("stepOrder as a string")
            << QByteArray(R"({"stepOrder":"4"})") << FlowStepInfo{0, 4, {}, {}, {}};
        for (const char *bad : {"2.5", "\"2.5\"", "-1", "0", "null", "\"x\"", "4294967297"}) {
            QTest::addRow("stepOrder %s is not an order", bad)
                << (QByteArray(R"({"action":"CALL","stepOrder":)") + bad + "}")
                << FlowStepInfo{0, 0, QStringLiteral("CALL"), {}, {}};
        }
        QTest::newRow("unknown action kept as sent")
            << QByteArray(R"({"stepOrder":3,"action":"WHATSAPP_MESSAGE"})")
            << FlowStepInfo{0, 3, QStringLiteral("WHATSAPP_MESSAGE"), {}, {}};
        QTest::newRow("wrong types skipped")
            << QByteArray(R"({"id":{},"stepOrder":[],"action":5,"subject":false,"body":{"t":1}})")
            << FlowStepInfo{};
        QTest::newRow("nulls") << QByteArray(
                                      R"({"id":null,"stepOrder":null,"action":null,"subject":null,
                                          "body":null})")
                               << FlowStepInfo{};
    }

    void stepFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(FlowStepInfo, expected);
        const FlowStepInfo got = FlowInfo::stepFromJson(object(json));
        QCOMPARE(got.id, expected.id);
        QCOMPARE(got.stepOrder, expected.stepOrder);
        QCOMPARE(got.action, expected.action);
        QCOMPARE(got.subject, expected.subject);
        QCOMPARE(got.body, expected.body);
        QCOMPARE(FlowInfo::stepFromJson(FlowInfo::stepToJson(got)), got);
    }

    void flowLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QList<int>>("stepCounts");
        QTest::newRow("two flows, in the order sent")
            << QByteArray(R"({"requestId":"r","flows":[{"id":"20","steps":[{"stepOrder":1}]},
                                                     {"id":10,"steps":[]}]})")
            << true << QList<qint64>{20, 10} << QList<int>{1, 0};
        QTest::newRow("empty") << QByteArray(R"({"flows":[]})") << true << QList<qint64>()
                               << QList<int>();
        QTest::newRow("flows without an id dropped, odd items skipped")
            << QByteArray(R"({"flows":[{"name":"no id"},{"id":"x"},null,"5",
                                      {"id":"7","steps":"none"},
                                      {"id":"8","steps":[null,1,{"stepOrder":1},[]]}]})")
            << true << QList<qint64>{7, 8} << QList<int>{0, 1};
        QTest::newRow("steps missing")
            << QByteArray(R"({"flows":[{"id":"1"}]})") << true << QList<qint64>{1} << QList<int>{0};
        QTest::newRow("flows missing")
            << QByteArray(R"({"requestId":"r"})") << false << QList<qint64>() << QList<int>();
        QTest::newRow("flows null")
            << QByteArray(R"({"flows":null})") << false << QList<qint64>() << QList<int>();
        QTest::newRow("not JSON") << QByteArray("<html/>") << false << QList<qint64>()
                                  << QList<int>();
        QTest::newRow("a bare array")
            << QByteArray(R"([{"id":"1"}])") << false << QList<qint64>() << QList<int>();
    }

    void flowLists()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, readable);
        QFETCH(QList<qint64>, ids);
        QFETCH(QList<int>, stepCounts);
        QList<FlowInfo> flows{FlowInfo{99, QStringLiteral("stale"), {}, {}}};
        QString error;
        QCOMPARE(FlowInfo::parseList(body, &flows, &error), readable);
        QCOMPARE(error.isEmpty(), readable);
        if (!readable)
            return;
        QList<qint64> gotIds;
        QList<int> gotCounts;
        for (const FlowInfo &f : flows) {
            gotIds << f.id;
            gotCounts << int(f.steps.size());
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotCounts, stepCounts);
    }

    void stepsWithoutAnOrderSortLast()
    {
        const FlowInfo f = FlowInfo::fromJson(object(R"({"id":"1","steps":[
            {"id":"11","action":"CUSTOM"},{"id":"12","stepOrder":3},{"id":"13","stepOrder":1},
            {"id":"14","stepOrder":"bad"}]})"));
        QList<qint64> ids;
        for (const FlowStepInfo &s : f.steps)
            ids << s.id;
        QCOMPARE(ids, (QList<qint64>{13, 12, 11, 14}));
    }

    void findingATasksStep()
    {
        FlowInfo f;
        f.id = 1;
        f.steps = {{101, 1, QStringLiteral("CALL"), {}, QStringLiteral("one")},
                   {102, 2, QStringLiteral("SEND_EMAIL"), QStringLiteral("s"), {}},
                   {103, 3, QStringLiteral("CALL"), {}, QStringLiteral("three")}};
        // By id first (a step renumbered since the task was made still matches) ...
        QCOMPARE(f.step(103, 1)->body, QStringLiteral("three"));
        // ... by number when the id is unknown or not sent.
        QCOMPARE(f.step(999, 1)->body, QStringLiteral("one"));
        QCOMPARE(f.step(0, 3)->body, QStringLiteral("three"));
        QVERIFY(!f.step(999, 7));
        QVERIFY(!f.step(0, 0));
        QCOMPARE(f.stepAfter(1)->action, QStringLiteral("SEND_EMAIL"));
        QVERIFY(!f.stepAfter(3));
    }

    void hostileScriptsSurviveTheCache()
    {
        QList<FlowInfo> flows;
        qint64 id = Q_INT64_C(9007199254740993);
        for (const QString &s : hostileStrings) {
            FlowInfo f{id++, s, s, {}};
            f.steps << FlowStepInfo{id++, 1, s, s, s};
            flows << f;
        }
        QList<FlowInfo> back;
        QString error;
        QVERIFY(FlowInfo::parseList(FlowInfo::listToJson(flows), &back, &error));
        QCOMPARE(back, flows);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeCodec)
#include "tst_outcomecodec.moc"
