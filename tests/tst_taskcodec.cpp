#include "core/TaskCodec.h"
#include "core/TaskUpdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace engage;

Q_DECLARE_METATYPE(engage::Task)

namespace {

// Gong API reference §9.1: the list response, verbatim.
const QByteArray kSpecExample = QByteArrayLiteral(R"json({
  "requestId": "4al018gzaztcr8nbukw",
  "crmType": "SALESFORCE",
  "tasks": [
    {
      "id": 7254376376091929519,
      "userId": 234599484848423,
      "created": "2026-07-01T14:05:12Z",
      "updated": "2026-07-06T08:00:03Z",
      "status": "OPEN",
      "type": "FLOW",
      "actions": ["CALL"],
      "dueDate": "2026-07-07T16:00:00Z",
      "priority": { "id": 1, "name": "high", "weight": 100 },
      "account": {
        "crmId": "0015e00000AbCdEAAV",
        "name": "Northwind Traders",
        "crmUrl": "https://acme.my.salesforce.com/0015e00000AbCdEAAV"
      },
      "opportunity": {
        "crmId": "0065e00000XyZ12AAB",
        "name": "Northwind - Platform renewal 2026",
        "crmUrl": "https://acme.my.salesforce.com/0065e00000XyZ12AAB",
        "status": "Open",
        "stage": "Negotiation",
        "amount": "48000",
        "probability": "60",
        "closeDate": "2026-09-30"
      },
      "flow": {
        "id": 1695493301223590792,
        "name": "Renewal outreach",
        "step": { "id": 1695493301223590791, "name": "Make a call", "stepNumber": 3 }
      },
      "contact": {
        "crmId": "0035e00000QwErTAAZ",
        "type": "CONTACT",
        "data": {
          "firstName": "Jon",
          "lastName": "Snow",
          "crmUrl": "https://acme.my.salesforce.com/0035e00000QwErTAAZ",
          "companyName": "Northwind Traders",
          "affiliation": "Them",
          "emails": [{ "email": "jon.snow@northwind.example" }],
          "title": "VP Operations",
          "timezone": "US/Pacific",
          "phoneNumbers": [
            { "raw": "+1 (415) 555-0142", "extension": "", "countryCode": 1,
              "normalized": "+14155550142", "label": "work", "isVerified": true }
          ],
          "city": "San Francisco",
          "country": "United States",
          "state": "California",
          "zipcode": "94107",
          "optOutChannels": [],
          "linkedinProfile": "https://www.linkedin.com/in/example-jon-snow"
        }
      },
      "additionalContacts": []
    },
    {
      "id": 7254376376091930044,
      "userId": 234599484848423,
      "created": "2026-07-05T10:22:40Z",
      "updated": "2026-07-05T10:22:40Z",
      "status": "OPEN",
      "type": "MANUAL",
      "actions": ["CALL"],
      "title": "Call back re: pricing question",
      "dueDate": "2026-07-08T09:30:00-07:00",
      "contact": {
        "crmId": "00Q5e00000LmNoPEAV",
        "type": "LEAD",
        "data": {
          "firstName": "Arya",
          "lastName": "Stark",
          "companyName": "Winterfell Logistics",
          "affiliation": "Them",
          "emails": [{ "email": "arya@winterfell.example" }],
          "title": "Procurement Manager",
          "timezone": "US/Eastern",
          "phoneNumbers": [
            { "raw": "+1 212 555 0199", "countryCode": 1, "normalized": "+12125550199",
              "label": "mobile", "isVerified": false }
          ],
          "country": "United States",
          "state": "New York",
          "optOutChannels": ["EMAILS"]
        }
      }
    }
  ]
})json");

// A task with every field set, used as the starting point of the wrong-type cases.
const QByteArray kBaseTask = QByteArrayLiteral(R"json({
  "id": 7254376376091929519,
  "userId": 234599484848423,
  "created": "2026-07-01T14:05:12Z",
  "updated": "2026-07-06T08:00:03Z",
  "status": "OPEN",
  "type": "FLOW",
  "actions": ["CALL"],
  "dueDate": "2026-07-07T16:00:00Z",
  "priority": { "id": 1, "name": "high", "weight": 100 },
  "account": { "crmId": "A1", "name": "Northwind Traders", "crmUrl": "https://crm/A1" },
  "opportunity": { "crmId": "O1", "name": "Platform renewal", "crmUrl": "https://crm/O1",
                   "status": "Open", "stage": "Negotiation", "amount": "48000",
                   "probability": "60", "closeDate": "2026-09-30" },
  "flow": { "id": 1695493301223590792, "name": "Renewal outreach",
            "step": { "id": 1695493301223590791, "name": "Make a call", "stepNumber": 3 } },
  "contact": {
    "crmId": "C1",
    "type": "CONTACT",
    "data": {
      "firstName": "Jon",
      "lastName": "Snow",
      "companyName": "Northwind Traders",
      "emails": [{ "email": "jon@northwind.example" }],
      "phoneNumbers": [{ "raw": "+1 415 555 0142", "countryCode": 1,
                         "normalized": "+14155550142", "label": "work", "isVerified": true }],
      "optOutChannels": ["SMS_MESSAGES"]
    }
  },
  "additionalContacts": [
    { "crmId": "C2", "type": "LEAD", "data": { "firstName": "Sansa", "lastName": "Stark" } }
  ]
})json");

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonValue parseValue(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayLiteral("[") + json + ']');
    if (!doc.isArray() || doc.array().size() != 1)
        qFatal("test JSON value does not parse: %s", json.constData());
    return doc.array().first();
}

// Returns node with the value at path ("contact/data/phoneNumbers/0/raw") replaced.
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = head.toInt();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object.insert(head, replaced(object.value(head), path, value));
    return object;
}

QByteArray compact(const Task &task)
{
    return QJsonDocument(TaskCodec::taskToJson(task)).toJson(QJsonDocument::Compact);
}

Contact jonSnow()
{
    Contact c;
    c.crmId = QStringLiteral("C1");
    c.type = QStringLiteral("CONTACT");
    c.firstName = QStringLiteral("Jon");
    c.lastName = QStringLiteral("Snow");
    c.companyName = QStringLiteral("Northwind Traders");
    c.emails = {QStringLiteral("jon@northwind.example")};
    PhoneNumber p;
    p.raw = QStringLiteral("+1 415 555 0142");
    p.countryCode = 1;
    p.normalized = QStringLiteral("+14155550142");
    p.label = QStringLiteral("work");
    p.isVerified = true;
    c.phoneNumbers = {p};
    c.optOutChannels = {QStringLiteral("SMS_MESSAGES")};
    return c;
}

Contact sansaStark()
{
    Contact c;
    c.crmId = QStringLiteral("C2");
    c.type = QStringLiteral("LEAD");
    c.firstName = QStringLiteral("Sansa");
    c.lastName = QStringLiteral("Stark");
    return c;
}

// kBaseTask, written out by hand.
Task baseTask()
{
    Task t;
    t.id = Q_INT64_C(7254376376091929519);
    t.userId = Q_INT64_C(234599484848423);
    t.created = utc(2026, 7, 1, 14, 5, 12);
    t.updated = utc(2026, 7, 6, 8, 0, 3);
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.actions = {QStringLiteral("CALL")};
    t.dueDate = utc(2026, 7, 7, 16, 0);
    Priority priority;
    priority.id = 1;
    priority.name = QStringLiteral("high");
    priority.weight = 100;
    t.priority = priority;
    Account account;
    account.crmId = QStringLiteral("A1");
    account.name = QStringLiteral("Northwind Traders");
    account.crmUrl = QStringLiteral("https://crm/A1");
    t.account = account;
    Opportunity op;
    op.crmId = QStringLiteral("O1");
    op.name = QStringLiteral("Platform renewal");
    op.crmUrl = QStringLiteral("https://crm/O1");
    op.status = QStringLiteral("Open");
    op.stage = QStringLiteral("Negotiation");
    op.amount = QStringLiteral("48000");
    op.probability = QStringLiteral("60");
    op.closeDate = QStringLiteral("2026-09-30");
    t.opportunity = op;
    Flow flow;
    flow.id = Q_INT64_C(1695493301223590792);
    flow.name = QStringLiteral("Renewal outreach");
    FlowStep step;
    step.id = Q_INT64_C(1695493301223590791);
    step.name = QStringLiteral("Make a call");
    step.stepNumber = 3;
    flow.step = step;
    t.flow = flow;
    t.contact = jonSnow();
    t.additionalContacts = {sansaStark()};
    return t;
}

} // namespace

class TestTaskCodec : public QObject
{
    Q_OBJECT

private slots:
    void specExampleFirstTask();
    void specExampleSecondTask();
    void specExampleRoundTrip();
    void baseTaskParses();
    void largeIdsSurviveRoundTrip_data();
    void largeIdsSurviveRoundTrip();
    void minimalTask();
    void wrongTypesAreSkipped_data();
    void wrongTypesAreSkipped();
    void unknownFieldsIgnored();
    void parseDateTime_data();
    void parseDateTime();
    void formatDateTime_data();
    void formatDateTime();
    void envelopeRejectsUnreadableBodies_data();
    void envelopeRejectsUnreadableBodies();
    void envelopeEmptyList();
    void envelopeSkipsUnusableEntries();
    void envelopeRoundTrip();
    void errorBody_data();
    void errorBody();
    void updateToJson_data();
    void updateToJson();
    void updateMerge();
    void updateAppliedTo();
    void contactDisplayName_data();
    void contactDisplayName();
    void whatToDo_data();
    void whatToDo();
};

void TestTaskCodec::specExampleFirstTask()
{
    TaskEnvelope envelope;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(kSpecExample, &envelope, &error), qPrintable(error));
    QCOMPARE(envelope.requestId, QStringLiteral("4al018gzaztcr8nbukw"));
    QCOMPARE(envelope.crmType, QStringLiteral("SALESFORCE"));
    QCOMPARE(envelope.tasks.size(), 2);

    const Task &t = envelope.tasks.at(0);
    QCOMPARE(t.id, Q_INT64_C(7254376376091929519));
    QCOMPARE(t.userId, Q_INT64_C(234599484848423));
    QCOMPARE(t.created, utc(2026, 7, 1, 14, 5, 12));
    QCOMPARE(t.created.timeSpec(), Qt::UTC);
    QCOMPARE(t.updated, utc(2026, 7, 6, 8, 0, 3));
    QCOMPARE(t.updated.timeSpec(), Qt::UTC);
    QCOMPARE(t.dueDate, utc(2026, 7, 7, 16, 0));
    QCOMPARE(t.dueDate.timeSpec(), Qt::UTC);
    QCOMPARE(statusToWire(t.status), QStringLiteral("OPEN"));
    QCOMPARE(t.status, TaskStatus::Open);
    QCOMPARE(t.type, TaskType::Flow);
    QCOMPARE(t.actions, QStringList{QStringLiteral("CALL")});
    QVERIFY(t.title.isEmpty());

    QVERIFY(t.priority.has_value());
    QCOMPARE(t.priority->id, qint64(1));
    QCOMPARE(t.priority->name, QStringLiteral("high"));
    QCOMPARE(t.priority->weight, 100);

    QVERIFY(t.account.has_value());
    QCOMPARE(t.account->crmId, QStringLiteral("0015e00000AbCdEAAV"));
    QCOMPARE(t.account->name, QStringLiteral("Northwind Traders"));
    QCOMPARE(t.account->crmUrl,
             QStringLiteral("https://acme.my.salesforce.com/0015e00000AbCdEAAV"));

    QVERIFY(t.opportunity.has_value());
    QCOMPARE(t.opportunity->crmId, QStringLiteral("0065e00000XyZ12AAB"));
    QCOMPARE(t.opportunity->name, QStringLiteral("Northwind - Platform renewal 2026"));
    QCOMPARE(t.opportunity->crmUrl,
             QStringLiteral("https://acme.my.salesforce.com/0065e00000XyZ12AAB"));
    QCOMPARE(t.opportunity->status, QStringLiteral("Open"));
    QCOMPARE(t.opportunity->stage, QStringLiteral("Negotiation"));
    QCOMPARE(t.opportunity->amount, QStringLiteral("48000"));
    QCOMPARE(t.opportunity->probability, QStringLiteral("60"));
    QCOMPARE(t.opportunity->closeDate, QStringLiteral("2026-09-30"));

    QVERIFY(t.flow.has_value());
    QCOMPARE(t.flow->id, Q_INT64_C(1695493301223590792));
    QCOMPARE(t.flow->name, QStringLiteral("Renewal outreach"));
    QVERIFY(t.flow->step.has_value());
    QCOMPARE(t.flow->step->id, Q_INT64_C(1695493301223590791));
    QCOMPARE(t.flow->step->name, QStringLiteral("Make a call"));
    QCOMPARE(t.flow->step->stepNumber, qint64(3));

    QVERIFY(t.contact.has_value());
    const Contact &c = *t.contact;
    QCOMPARE(c.crmId, QStringLiteral("0035e00000QwErTAAZ"));
    QCOMPARE(c.type, QStringLiteral("CONTACT"));
    QCOMPARE(c.firstName, QStringLiteral("Jon"));
    QCOMPARE(c.lastName, QStringLiteral("Snow"));
    QCOMPARE(c.crmUrl, QStringLiteral("https://acme.my.salesforce.com/0035e00000QwErTAAZ"));
    QCOMPARE(c.companyName, QStringLiteral("Northwind Traders"));
    QCOMPARE(c.affiliation, QStringLiteral("Them"));
    QCOMPARE(c.emails, QStringList{QStringLiteral("jon.snow@northwind.example")});
    QCOMPARE(c.title, QStringLiteral("VP Operations"));
    QCOMPARE(c.timezone, QStringLiteral("US/Pacific"));
    QCOMPARE(c.phoneNumbers.size(), 1);
    const PhoneNumber &p = c.phoneNumbers.first();
    QCOMPARE(p.raw, QStringLiteral("+1 (415) 555-0142"));
    QVERIFY(p.extension.isEmpty());
    QVERIFY(p.countryCode.has_value());
    QCOMPARE(*p.countryCode, 1);
    QCOMPARE(p.normalized, QStringLiteral("+14155550142"));
    QCOMPARE(p.label, QStringLiteral("work"));
    QVERIFY(p.isVerified.has_value());
    QCOMPARE(*p.isVerified, true);
    QCOMPARE(c.city, QStringLiteral("San Francisco"));
    QCOMPARE(c.country, QStringLiteral("United States"));
    QCOMPARE(c.state, QStringLiteral("California"));
    QCOMPARE(c.zipcode, QStringLiteral("94107"));
    QVERIFY(c.optOutChannels.isEmpty());
    QVERIFY(!c.optedOutOfCalls());
    QCOMPARE(c.linkedinProfile, QStringLiteral("https://www.linkedin.com/in/example-jon-snow"));

    QVERIFY(t.additionalContacts.isEmpty());
    QCOMPARE(t.whatToDo(), QStringLiteral("Renewal outreach · step 3"));
    QCOMPARE(c.displayName(), QStringLiteral("Jon Snow"));
}

void TestTaskCodec::specExampleSecondTask()
{
    TaskEnvelope envelope;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(kSpecExample, &envelope, &error), qPrintable(error));
    QCOMPARE(envelope.tasks.size(), 2);

    const Task &t = envelope.tasks.at(1);
    QCOMPARE(t.id, Q_INT64_C(7254376376091930044));
    QCOMPARE(t.type, TaskType::Manual);
    QCOMPARE(t.status, TaskStatus::Open);
    QCOMPARE(t.title, QStringLiteral("Call back re: pricing question"));
    QCOMPARE(t.whatToDo(), QStringLiteral("Call back re: pricing question"));
    // 09:30 at -07:00 is 16:30 UTC.
    QCOMPARE(t.dueDate, utc(2026, 7, 8, 16, 30));
    QCOMPARE(t.dueDate.timeSpec(), Qt::UTC);
    QVERIFY(!t.priority);
    QVERIFY(!t.account);
    QVERIFY(!t.opportunity);
    QVERIFY(!t.flow);
    QVERIFY(t.additionalContacts.isEmpty());
    QVERIFY(t.contact.has_value());
    QCOMPARE(t.contact->type, QStringLiteral("LEAD"));
    QCOMPARE(t.contact->displayName(), QStringLiteral("Arya Stark"));
    QVERIFY(t.contact->crmUrl.isEmpty());
    QVERIFY(t.contact->city.isEmpty());
    QCOMPARE(t.contact->optOutChannels, QStringList{QStringLiteral("EMAILS")});
    QVERIFY(!t.contact->optedOutOfCalls());
    QCOMPARE(t.contact->phoneNumbers.size(), 1);
    const PhoneNumber &p = t.contact->phoneNumbers.first();
    QVERIFY(p.extension.isEmpty());
    QCOMPARE(p.label, QStringLiteral("mobile"));
    QVERIFY(p.isVerified.has_value());
    QCOMPARE(*p.isVerified, false);
}

void TestTaskCodec::specExampleRoundTrip()
{
    TaskEnvelope envelope;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(kSpecExample, &envelope, &error), qPrintable(error));
    QCOMPARE(envelope.tasks.size(), 2);
    for (const Task &t : std::as_const(envelope.tasks)) {
        const Task again = TaskCodec::taskFromJson(TaskCodec::taskToJson(t));
        QCOMPARE(compact(again), compact(t));
        QVERIFY(again == t);
    }

    TaskEnvelope reread;
    QVERIFY2(TaskCodec::parseEnvelope(TaskCodec::envelopeToJson(envelope), &reread, &error),
             qPrintable(error));
    QCOMPARE(reread.requestId, envelope.requestId);
    QCOMPARE(reread.crmType, envelope.crmType);
    QCOMPARE(reread.tasks.size(), envelope.tasks.size());
    QVERIFY(reread.tasks == envelope.tasks);
}

void TestTaskCodec::baseTaskParses()
{
    const Task t = TaskCodec::taskFromJson(parseObject(kBaseTask));
    QCOMPARE(compact(t), compact(baseTask()));
    QVERIFY(t == baseTask());
    QCOMPARE(t.additionalContacts.size(), 1);
    QCOMPARE(t.additionalContacts.first().displayName(), QStringLiteral("Sansa Stark"));
    QCOMPARE(t.additionalContacts.first().type, QStringLiteral("LEAD"));
}

void TestTaskCodec::largeIdsSurviveRoundTrip_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QByteArray>("digits");

    QTest::newRow("Gong id above 2^53")
        << Q_INT64_C(7254376376091929519) << QByteArrayLiteral("7254376376091929519");
    QTest::newRow("2^53 + 1") << Q_INT64_C(9007199254740993)
                              << QByteArrayLiteral("9007199254740993");
    QTest::newRow("largest qint64")
        << Q_INT64_C(9223372036854775807) << QByteArrayLiteral("9223372036854775807");
}

void TestTaskCodec::largeIdsSurviveRoundTrip()
{
    QFETCH(qint64, id);
    QFETCH(QByteArray, digits);

    const QByteArray body = QByteArrayLiteral(R"({"requestId":"r","tasks":[{"id":)") + digits +
                            QByteArrayLiteral(R"(,"userId":)") + digits +
                            QByteArrayLiteral(R"(,"status":"OPEN","type":"FLOW","flow":{"id":)") +
                            digits + QByteArrayLiteral(R"(,"step":{"id":)") + digits +
                            QByteArrayLiteral(R"(,"stepNumber":1}}}]})");
    TaskEnvelope envelope;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(body, &envelope, &error), qPrintable(error));
    QCOMPARE(envelope.tasks.size(), 1);
    const Task first = envelope.tasks.first();
    QCOMPARE(first.id, id);
    QCOMPARE(first.userId, id);
    QVERIFY(first.flow && first.flow->step);
    QCOMPARE(first.flow->id, id);
    QCOMPARE(first.flow->step->id, id);

    // taskToJson -> text: the exact digits, not a rounded double.
    const QByteArray text =
        QJsonDocument(TaskCodec::taskToJson(first)).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(QByteArrayLiteral("\"id\":") + digits + ','), text.constData());
    QVERIFY2(text.contains(QByteArrayLiteral("\"userId\":") + digits), text.constData());
    QVERIFY2(!text.contains(QByteArrayLiteral("e+")), text.constData());

    const Task second = TaskCodec::taskFromJson(parseObject(text));
    QCOMPARE(second.id, id);
    QCOMPARE(second.userId, id);
    QVERIFY(second.flow && second.flow->step);
    QCOMPARE(second.flow->id, id);
    QCOMPARE(second.flow->step->id, id);

    // The same through the envelope writer.
    const QByteArray envelopeText = TaskCodec::envelopeToJson(envelope);
    QVERIFY2(envelopeText.contains(QByteArrayLiteral("\"id\":") + digits + ','),
             envelopeText.constData());
    TaskEnvelope reread;
    QVERIFY2(TaskCodec::parseEnvelope(envelopeText, &reread, &error), qPrintable(error));
    QCOMPARE(reread.tasks.size(), 1);
    QCOMPARE(reread.tasks.first().id, id);
}

void TestTaskCodec::minimalTask()
{
    const Task t = TaskCodec::taskFromJson(
        parseObject(QByteArrayLiteral(R"({"id":42,"status":"DONE","type":"MANUAL"})")));
    QCOMPARE(t.id, qint64(42));
    QCOMPARE(t.status, TaskStatus::Done);
    QCOMPARE(t.type, TaskType::Manual);
    QCOMPARE(t.userId, qint64(0));
    QVERIFY(!t.created.isValid());
    QVERIFY(!t.updated.isValid());
    QVERIFY(!t.dueDate.isValid());
    QVERIFY(t.actions.isEmpty());
    QVERIFY(t.title.isEmpty());
    QVERIFY(!t.priority);
    QVERIFY(!t.account);
    QVERIFY(!t.opportunity);
    QVERIFY(!t.flow);
    QVERIFY(!t.contact);
    QVERIFY(t.additionalContacts.isEmpty());
    QVERIFY(t.whatToDo().isEmpty());

    // And it is kept by the envelope parser.
    TaskEnvelope envelope;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(
                 QByteArrayLiteral(R"({"tasks":[{"id":42,"status":"DISMISSED","type":"FLOW"}]})"),
                 &envelope, &error),
             qPrintable(error));
    QCOMPARE(envelope.tasks.size(), 1);
    QCOMPARE(envelope.tasks.first().status, TaskStatus::Dismissed);
    QCOMPARE(envelope.tasks.first().type, TaskType::Flow);
    QVERIFY(envelope.requestId.isEmpty());
    QVERIFY(envelope.crmType.isEmpty());
}

void TestTaskCodec::wrongTypesAreSkipped_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Task>("expected");

    const Task base = baseTask();
    Task t;

    t = base;
    t.priority.reset();
    QTest::newRow("priority null") << QStringLiteral("priority") << QByteArrayLiteral("null") << t;
    QTest::newRow("priority as string")
        << QStringLiteral("priority") << QByteArrayLiteral(R"("high")") << t;

    t = base;
    t.priority->weight = 0;
    QTest::newRow("priority.weight as string")
        << QStringLiteral("priority/weight") << QByteArrayLiteral(R"("100")") << t;

    t = base;
    t.account.reset();
    QTest::newRow("account as array")
        << QStringLiteral("account") << QByteArrayLiteral(R"(["A1","Northwind"])") << t;
    QTest::newRow("account null") << QStringLiteral("account") << QByteArrayLiteral("null") << t;

    t = base;
    t.opportunity->amount.clear();
    QTest::newRow("opportunity.amount as number")
        << QStringLiteral("opportunity/amount") << QByteArrayLiteral("48000") << t;

    t = base;
    t.opportunity.reset();
    QTest::newRow("opportunity as string")
        << QStringLiteral("opportunity") << QByteArrayLiteral(R"("O1")") << t;

    t = base;
    t.flow->step.reset();
    QTest::newRow("flow.step as string")
        << QStringLiteral("flow/step") << QByteArrayLiteral(R"("Make a call")") << t;
    QTest::newRow("flow.step null")
        << QStringLiteral("flow/step") << QByteArrayLiteral("null") << t;

    t = base;
    t.flow->id = 0;
    QTest::newRow("flow.id as string abc")
        << QStringLiteral("flow/id") << QByteArrayLiteral(R"("abc")") << t;
    QTest::newRow("flow.id as bool") << QStringLiteral("flow/id") << QByteArrayLiteral("true") << t;

    t = base;
    QTest::newRow("flow.id as decimal string (accepted)")
        << QStringLiteral("flow/id") << QByteArrayLiteral(R"("1695493301223590792")") << t;
    QTest::newRow("id as decimal string (accepted)")
        << QStringLiteral("id") << QByteArrayLiteral(R"("7254376376091929519")") << t;

    t = base;
    t.flow->step->stepNumber = 0;
    QTest::newRow("flow.step.stepNumber as object")
        << QStringLiteral("flow/step/stepNumber") << QByteArrayLiteral("{}") << t;

    t = base;
    t.contact.reset();
    QTest::newRow("contact null") << QStringLiteral("contact") << QByteArrayLiteral("null") << t;
    QTest::newRow("contact as array") << QStringLiteral("contact") << QByteArrayLiteral("[1]") << t;

    t = base;
    {
        Contact bare;
        bare.crmId = QStringLiteral("C1");
        bare.type = QStringLiteral("CONTACT");
        t.contact = bare;
    }
    QTest::newRow("contact.data as number")
        << QStringLiteral("contact/data") << QByteArrayLiteral("5") << t;

    t = base;
    t.contact->crmId.clear();
    QTest::newRow("contact.crmId as number")
        << QStringLiteral("contact/crmId") << QByteArrayLiteral("12") << t;

    t = base;
    t.contact->firstName.clear();
    QTest::newRow("contact firstName as number")
        << QStringLiteral("contact/data/firstName") << QByteArrayLiteral("42") << t;

    t = base;
    t.contact->emails.clear();
    QTest::newRow("emails items as numbers")
        << QStringLiteral("contact/data/emails") << QByteArrayLiteral("[1, 2]") << t;
    QTest::newRow("emails as string")
        << QStringLiteral("contact/data/emails") << QByteArrayLiteral(R"("jon@x.example")") << t;
    QTest::newRow("emails null") << QStringLiteral("contact/data/emails")
                                 << QByteArrayLiteral("null") << t;

    t = base;
    t.contact->emails = {QStringLiteral("a@x.example"), QStringLiteral("b@y.example")};
    QTest::newRow("emails items as bare strings (accepted)")
        << QStringLiteral("contact/data/emails")
        << QByteArrayLiteral(R"(["a@x.example", "b@y.example"])") << t;

    t = base;
    t.contact->emails = {QStringLiteral("ok@x.example")};
    QTest::newRow("emails mixed with bad items")
        << QStringLiteral("contact/data/emails")
        << QByteArrayLiteral(R"([{"email": 5}, null, {"email": "ok@x.example"}, [], {}])") << t;

    t = base;
    t.contact->phoneNumbers.clear();
    QTest::newRow("phoneNumbers item as string")
        << QStringLiteral("contact/data/phoneNumbers")
        << QByteArrayLiteral(R"(["+1 415 555 0142"])") << t;
    QTest::newRow("phoneNumbers as object")
        << QStringLiteral("contact/data/phoneNumbers") << QByteArrayLiteral(R"({"raw":"x"})") << t;

    t = base;
    t.contact->phoneNumbers.first().countryCode.reset();
    QTest::newRow("countryCode as string")
        << QStringLiteral("contact/data/phoneNumbers/0/countryCode") << QByteArrayLiteral(R"("1")")
        << t;

    t = base;
    t.contact->phoneNumbers.first().isVerified.reset();
    QTest::newRow("isVerified as string")
        << QStringLiteral("contact/data/phoneNumbers/0/isVerified")
        << QByteArrayLiteral(R"("true")") << t;
    QTest::newRow("isVerified as number")
        << QStringLiteral("contact/data/phoneNumbers/0/isVerified") << QByteArrayLiteral("1") << t;

    t = base;
    t.contact->optOutChannels.clear();
    QTest::newRow("optOutChannels as string")
        << QStringLiteral("contact/data/optOutChannels") << QByteArrayLiteral(R"("CALLS")") << t;

    t = base;
    t.additionalContacts.clear();
    QTest::newRow("additionalContacts as object")
        << QStringLiteral("additionalContacts")
        << QByteArrayLiteral(R"({"crmId":"C2","data":{"firstName":"Sansa"}})") << t;

    t = base;
    QTest::newRow("additionalContacts containing null")
        << QStringLiteral("additionalContacts")
        << QByteArrayLiteral(
               R"([null, {"crmId":"C2","type":"LEAD","data":{"firstName":"Sansa","lastName":"Stark"}}, 7])")
        << t;

    t = base;
    t.actions.clear();
    QTest::newRow("actions as string")
        << QStringLiteral("actions") << QByteArrayLiteral(R"("CALL")") << t;

    t = base;
    t.actions = {QStringLiteral("CALL")};
    QTest::newRow("actions with a non-string item")
        << QStringLiteral("actions") << QByteArrayLiteral(R"([3, "CALL", null])") << t;

    t = base;
    t.dueDate = QDateTime();
    QTest::newRow("dueDate as number")
        << QStringLiteral("dueDate") << QByteArrayLiteral("1783440000.0") << t;
    QTest::newRow("dueDate null") << QStringLiteral("dueDate") << QByteArrayLiteral("null") << t;

    t = base;
    t.created = QDateTime();
    QTest::newRow("created not a date")
        << QStringLiteral("created") << QByteArrayLiteral(R"("not a date")") << t;

    t = base;
    t.status = TaskStatus::Unknown;
    QTest::newRow("status as number") << QStringLiteral("status") << QByteArrayLiteral("1") << t;
    QTest::newRow("status unknown word")
        << QStringLiteral("status") << QByteArrayLiteral(R"("SNOOZED")") << t;

    t = base;
    QTest::newRow("status as one-element array (spec example form)")
        << QStringLiteral("status") << QByteArrayLiteral(R"(["OPEN"])") << t;

    t = base;
    t.type = TaskType::Unknown;
    QTest::newRow("type null") << QStringLiteral("type") << QByteArrayLiteral("null") << t;

    t = base;
    t.userId = 0;
    QTest::newRow("userId as object") << QStringLiteral("userId") << QByteArrayLiteral("{}") << t;
}

void TestTaskCodec::wrongTypesAreSkipped()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(Task, expected);

    const QJsonObject json =
        replaced(parseObject(kBaseTask), path.split(QLatin1Char('/')), parseValue(value))
            .toObject();
    const Task t = TaskCodec::taskFromJson(json);

    // The rest of the task is still read.
    QCOMPARE(t.id, Q_INT64_C(7254376376091929519));
    QCOMPARE(t.contact.has_value(), expected.contact.has_value());
    if (expected.contact && !expected.contact->firstName.isEmpty())
        QCOMPARE(t.contact->firstName, QStringLiteral("Jon"));
    QCOMPARE(compact(t), compact(expected));
    QVERIFY(t == expected);
}

void TestTaskCodec::unknownFieldsIgnored()
{
    QJsonObject json = parseObject(kBaseTask);
    const QJsonValue noise = parseValue(QByteArrayLiteral(R"({"deep":[1,{"x":null}],"y":"z"})"));
    json = replaced(json, {QStringLiteral("optOutStatus")}, QStringLiteral("OPTED_OUT")).toObject();
    json = replaced(json, {QStringLiteral("futureField")}, noise).toObject();
    json =
        replaced(json, {QStringLiteral("priority"), QStringLiteral("color")}, QStringLiteral("red"))
            .toObject();
    json = replaced(json, {QStringLiteral("account"), QStringLiteral("type")},
                    QStringLiteral("ACCOUNT"))
               .toObject();
    json = replaced(json, {QStringLiteral("flow"), QStringLiteral("step"), QStringLiteral("kind")},
                    noise)
               .toObject();
    json = replaced(json, {QStringLiteral("contact"), QStringLiteral("score")}, 99).toObject();
    json = replaced(json,
                    {QStringLiteral("contact"), QStringLiteral("data"), QStringLiteral("nickname")},
                    QStringLiteral("King in the North"))
               .toObject();
    json =
        replaced(json,
                 {QStringLiteral("contact"), QStringLiteral("data"), QStringLiteral("phoneNumbers"),
                  QStringLiteral("0"), QStringLiteral("carrier")},
                 noise)
            .toObject();
    QCOMPARE(json.value(QLatin1String("futureField")).toObject().value(QLatin1String("y")),
             QJsonValue(QStringLiteral("z")));

    const Task t = TaskCodec::taskFromJson(json);
    QCOMPARE(compact(t), compact(baseTask()));
    QVERIFY(t == baseTask());

    // And they are not written back out.
    const QByteArray out = compact(t);
    QVERIFY(!out.contains("futureField"));
    QVERIFY(!out.contains("nickname"));
}

void TestTaskCodec::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z") << QStringLiteral("2026-07-07T16:00:00Z") << utc(2026, 7, 7, 16, 0);
    QTest::newRow("negative offset")
        << QStringLiteral("2026-07-08T09:30:00-07:00") << utc(2026, 7, 8, 16, 30);
    QTest::newRow("positive offset crossing midnight")
        << QStringLiteral("2026-07-08T01:30:00+05:30") << utc(2026, 7, 7, 20, 0);
    QTest::newRow("+00:00") << QStringLiteral("2026-07-07T16:00:00+00:00")
                            << utc(2026, 7, 7, 16, 0);
    QTest::newRow("milliseconds") << QStringLiteral("2026-07-07T16:00:00.123Z")
                                  << utc(2026, 7, 7, 16, 0, 0, 123);
    QTest::newRow("milliseconds with offset")
        << QStringLiteral("2026-07-07T18:00:00.500+02:00") << utc(2026, 7, 7, 16, 0, 0, 500);
    QTest::newRow("no zone") << QStringLiteral("2026-07-07T16:00:00") << QDateTime();
    QTest::newRow("no zone with ms") << QStringLiteral("2026-07-07T16:00:00.123") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("not a date") << QDateTime();
    QTest::newRow("invalid month") << QStringLiteral("2026-13-07T16:00:00Z") << QDateTime();
}

void TestTaskCodec::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = TaskCodec::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.time().msec(), expected.time().msec());
}

void TestTaskCodec::formatDateTime_data()
{
    QTest::addColumn<QDateTime>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("UTC") << utc(2026, 7, 7, 16, 0) << QStringLiteral("2026-07-07T16:00:00Z");
    QTest::newRow("UTC with ms dropped")
        << utc(2026, 7, 7, 16, 0, 5, 999) << QStringLiteral("2026-07-07T16:00:05Z");
    QTest::newRow("Los Angeles with ms")
        << QDateTime(QDate(2026, 7, 8), QTime(9, 30, 0, 456),
                     QTimeZone(QByteArrayLiteral("America/Los_Angeles")))
        << QStringLiteral("2026-07-08T16:30:00Z");
    QTest::newRow("fixed offset -07:00")
        << QDateTime(QDate(2026, 7, 8), QTime(9, 30), QTimeZone(-7 * 3600))
        << QStringLiteral("2026-07-08T16:30:00Z");
    QTest::newRow("Tokyo, previous day in UTC")
        << QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone(QByteArrayLiteral("Asia/Tokyo")))
        << QStringLiteral("2025-12-31T23:00:00Z");
}

void TestTaskCodec::formatDateTime()
{
    QFETCH(QDateTime, input);
    QFETCH(QString, expected);
    QVERIFY(input.isValid());
    QCOMPARE(TaskCodec::formatDateTime(input), expected);
    // And it reads back as the same second.
    QCOMPARE(TaskCodec::parseDateTime(expected), input.addMSecs(-input.time().msec()));
}

void TestTaskCodec::envelopeRejectsUnreadableBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("html") << QByteArrayLiteral("<html>502</html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("open brace") << QByteArrayLiteral("{");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("null") << QByteArrayLiteral("null");
    QTest::newRow("string") << QByteArrayLiteral(R"("tasks")");
    QTest::newRow("object without tasks") << QByteArrayLiteral(R"({"requestId":"x"})");
    QTest::newRow("tasks is object") << QByteArrayLiteral(R"({"requestId":"x","tasks":{}})");
    QTest::newRow("tasks is null") << QByteArrayLiteral(R"({"requestId":"x","tasks":null})");
    QTest::newRow("tasks is string") << QByteArrayLiteral(R"({"requestId":"x","tasks":"[]"})");
    QTest::newRow("error body") << QByteArrayLiteral(
        R"({"requestId":"7xk2m91pq0dzt4bfa3c","errors":["API request limit exceeded"]})");
    QTest::newRow("truncated") << kSpecExample.left(kSpecExample.size() / 2);
}

void TestTaskCodec::envelopeRejectsUnreadableBodies()
{
    QFETCH(QByteArray, body);

    TaskEnvelope envelope;
    QString error;
    QVERIFY(!TaskCodec::parseEnvelope(body, &envelope, &error));
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY(envelope.tasks.isEmpty());
}

void TestTaskCodec::envelopeEmptyList()
{
    TaskEnvelope envelope;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(QByteArrayLiteral(R"({"requestId":"x","tasks":[]})"),
                                      &envelope, &error),
             qPrintable(error));
    QVERIFY(envelope.tasks.isEmpty());
    QCOMPARE(envelope.requestId, QStringLiteral("x"));
    QVERIFY(envelope.crmType.isEmpty());

    // A reused envelope is emptied, not appended to.
    envelope.tasks.append(baseTask());
    QVERIFY(TaskCodec::parseEnvelope(
        QByteArrayLiteral(R"({"requestId":"y","crmType":"HUBSPOT","tasks":[]})"), &envelope,
        &error));
    QVERIFY(envelope.tasks.isEmpty());
    QCOMPARE(envelope.requestId, QStringLiteral("y"));
    QCOMPARE(envelope.crmType, QStringLiteral("HUBSPOT"));
}

void TestTaskCodec::envelopeSkipsUnusableEntries()
{
    const QByteArray body = QByteArrayLiteral(R"({
        "requestId": "r1",
        "crmType": "SALESFORCE",
        "tasks": [
            "7254376376091929519",
            null,
            17,
            [],
            {"status": "OPEN", "type": "MANUAL", "title": "No id"},
            {"id": 0, "status": "OPEN", "type": "MANUAL", "title": "Zero id"},
            {"id": 1, "status": "OPEN", "type": "MANUAL", "title": "First"},
            {"id": "2", "status": "DONE", "type": "FLOW"},
            {"id": 3, "status": "OPEN", "type": "MANUAL", "title": "Third", "contact": null}
        ]
    })");
    TaskEnvelope envelope;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(body, &envelope, &error), qPrintable(error));
    QCOMPARE(envelope.requestId, QStringLiteral("r1"));
    QCOMPARE(envelope.crmType, QStringLiteral("SALESFORCE"));
    QCOMPARE(envelope.tasks.size(), 3);
    QCOMPARE(envelope.tasks.at(0).id, qint64(1));
    QCOMPARE(envelope.tasks.at(0).title, QStringLiteral("First"));
    QCOMPARE(envelope.tasks.at(1).id, qint64(2));
    QCOMPARE(envelope.tasks.at(1).status, TaskStatus::Done);
    QCOMPARE(envelope.tasks.at(2).id, qint64(3));
    QCOMPARE(envelope.tasks.at(2).title, QStringLiteral("Third"));
}

void TestTaskCodec::envelopeRoundTrip()
{
    TaskEnvelope envelope;
    envelope.requestId = QStringLiteral("req-1");
    envelope.crmType = QStringLiteral("SALESFORCE");
    envelope.tasks = {baseTask()};
    Task manual;
    manual.id = 5;
    manual.status = TaskStatus::Dismissed;
    manual.type = TaskType::Manual;
    manual.title = QStringLiteral("Send the contract");
    manual.dueDate = utc(2026, 7, 9, 16, 0);
    envelope.tasks.append(manual);

    const QByteArray text = TaskCodec::envelopeToJson(envelope);
    QVERIFY(text.contains(R"("dueDate":"2026-07-09T16:00:00Z")"));
    QVERIFY(text.contains(R"("status":"DISMISSED")"));
    TaskEnvelope reread;
    QString error;
    QVERIFY2(TaskCodec::parseEnvelope(text, &reread, &error), qPrintable(error));
    QCOMPARE(reread.requestId, QStringLiteral("req-1"));
    QCOMPARE(reread.crmType, QStringLiteral("SALESFORCE"));
    QCOMPARE(reread.tasks.size(), 2);
    QCOMPARE(compact(reread.tasks.at(0)), compact(baseTask()));
    QVERIFY(reread.tasks.at(0) == baseTask());
    QVERIFY(reread.tasks.at(1) == manual);
}

void TestTaskCodec::errorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("rate limit")
        << QByteArrayLiteral(
               R"({"requestId":"7xk2m91pq0dzt4bfa3c","errors":["API request limit exceeded"]})")
        << QStringLiteral("7xk2m91pq0dzt4bfa3c")
        << QStringList{QStringLiteral("API request limit exceeded")};
    QTest::newRow("two errors")
        << QByteArrayLiteral(R"({"requestId":"r","errors":["TaskId not found","Bad user"]})")
        << QStringLiteral("r")
        << QStringList{QStringLiteral("TaskId not found"), QStringLiteral("Bad user")};
    QTest::newRow("no errors key")
        << QByteArrayLiteral(R"({"requestId":"r"})") << QStringLiteral("r") << QStringList();
    QTest::newRow("errors as string") << QByteArrayLiteral(R"({"requestId":"r","errors":"boom"})")
                                      << QStringLiteral("r") << QStringList();
    QTest::newRow("html") << QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>")
                          << QString() << QStringList();
    QTest::newRow("empty") << QByteArray() << QString() << QStringList();
    QTest::newRow("array") << QByteArrayLiteral(R"(["API request limit exceeded"])") << QString()
                           << QStringList();
    QTest::newRow("plain text") << QByteArrayLiteral("Internal server error occurred") << QString()
                                << QStringList();
}

void TestTaskCodec::errorBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, requestId);
    QFETCH(QStringList, errors);

    const ErrorBody parsed = TaskCodec::parseErrorBody(body);
    QCOMPARE(parsed.requestId, requestId);
    QCOMPARE(parsed.errors, errors);

    if (!requestId.isEmpty()) {
        const ErrorBody again = TaskCodec::parseErrorBody(TaskCodec::errorBodyToJson(parsed));
        QCOMPARE(again.requestId, requestId);
        QCOMPARE(again.errors, errors);
    }
}

void TestTaskCodec::updateToJson_data()
{
    QTest::addColumn<int>("status"); // -1: unchanged
    QTest::addColumn<QDateTime>("dueDate");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("done") << int(TaskStatus::Done) << QDateTime()
                          << QByteArrayLiteral(R"({"status":"DONE","userId":"234599484848423"})");
    QTest::newRow("dismiss") << int(TaskStatus::Dismissed) << QDateTime()
                             << QByteArrayLiteral(
                                    R"({"status":"DISMISSED","userId":"234599484848423"})");
    QTest::newRow("reopen") << int(TaskStatus::Open) << QDateTime()
                            << QByteArrayLiteral(R"({"status":"OPEN","userId":"234599484848423"})");
    QTest::newRow("reschedule from Los Angeles time")
        << -1
        << QDateTime(QDate(2026, 7, 9), QTime(9, 0, 0, 250),
                     QTimeZone(QByteArrayLiteral("America/Los_Angeles")))
        << QByteArrayLiteral(R"({"dueDate":"2026-07-09T16:00:00Z","userId":"234599484848423"})");
    QTest::newRow("reschedule from Berlin time")
        << -1
        << QDateTime(QDate(2026, 7, 9), QTime(18, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
        << QByteArrayLiteral(R"({"dueDate":"2026-07-09T16:00:00Z","userId":"234599484848423"})");
    QTest::newRow("done and reschedule")
        << int(TaskStatus::Done) << utc(2026, 7, 9, 16, 0)
        << QByteArrayLiteral(
               R"({"dueDate":"2026-07-09T16:00:00Z","status":"DONE","userId":"234599484848423"})");
    QTest::newRow("nothing") << -1 << QDateTime()
                             << QByteArrayLiteral(R"({"userId":"234599484848423"})");
}

void TestTaskCodec::updateToJson()
{
    QFETCH(int, status);
    QFETCH(QDateTime, dueDate);
    QFETCH(QByteArray, expected);

    TaskUpdate update;
    if (status >= 0)
        update.status = static_cast<TaskStatus>(status);
    update.dueDate = dueDate;
    QCOMPARE(update.isEmpty(), status < 0 && !dueDate.isValid());

    const QJsonObject json = update.toJson(QStringLiteral("234599484848423"));
    QVERIFY(json.value(QLatin1String("userId")).isString());
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
}

void TestTaskCodec::updateMerge()
{
    TaskUpdate done;
    done.status = TaskStatus::Done;
    TaskUpdate dismissed;
    dismissed.status = TaskStatus::Dismissed;
    TaskUpdate reschedule;
    reschedule.dueDate = utc(2026, 7, 9, 16, 0);
    TaskUpdate rescheduleAgain;
    rescheduleAgain.dueDate = utc(2026, 7, 10, 8, 0);

    const TaskUpdate doneThenDismissed = done.mergedWith(dismissed);
    QVERIFY(doneThenDismissed.status.has_value());
    QCOMPARE(*doneThenDismissed.status, TaskStatus::Dismissed);
    QVERIFY(!doneThenDismissed.dueDate.isValid());
    QCOMPARE(
        QJsonDocument(doneThenDismissed.toJson(QStringLiteral("1"))).toJson(QJsonDocument::Compact),
        QByteArrayLiteral(R"({"status":"DISMISSED","userId":"1"})"));

    const TaskUpdate rescheduleThenDone = reschedule.mergedWith(done);
    QVERIFY(rescheduleThenDone.status.has_value());
    QCOMPARE(*rescheduleThenDone.status, TaskStatus::Done);
    QCOMPARE(rescheduleThenDone.dueDate, utc(2026, 7, 9, 16, 0));

    const TaskUpdate doneThenReschedule = done.mergedWith(reschedule);
    QVERIFY(doneThenReschedule == rescheduleThenDone);

    const TaskUpdate twice = reschedule.mergedWith(rescheduleAgain);
    QCOMPARE(twice.dueDate, utc(2026, 7, 10, 8, 0));
    QVERIFY(!twice.status);

    // An empty later change keeps what was there.
    QVERIFY(done.mergedWith(TaskUpdate()) == done);
    QVERIFY(TaskUpdate().mergedWith(done) == done);
}

void TestTaskCodec::updateAppliedTo()
{
    TaskUpdate update;
    update.status = TaskStatus::Done;
    update.dueDate = QDateTime(QDate(2026, 7, 9), QTime(9, 0),
                               QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
    const Task before = baseTask();
    const Task after = update.appliedTo(before);
    QCOMPARE(after.status, TaskStatus::Done);
    QCOMPARE(after.dueDate, utc(2026, 7, 9, 16, 0));
    QCOMPARE(after.dueDate.timeSpec(), Qt::UTC);
    QCOMPARE(after.id, before.id);
    QVERIFY(after.contact == before.contact);

    TaskUpdate statusOnly;
    statusOnly.status = TaskStatus::Dismissed;
    const Task dismissed = statusOnly.appliedTo(before);
    QCOMPARE(dismissed.status, TaskStatus::Dismissed);
    QCOMPARE(dismissed.dueDate, before.dueDate);
}

void TestTaskCodec::contactDisplayName_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("companyName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first and last") << QStringLiteral("Jon") << QStringLiteral("Snow")
                                    << QStringLiteral("Northwind") << QStringLiteral("Jon Snow");
    QTest::newRow("first only") << QStringLiteral("Jon") << QString() << QStringLiteral("Northwind")
                                << QStringLiteral("Jon");
    QTest::newRow("last only") << QString() << QStringLiteral("Snow") << QStringLiteral("Northwind")
                               << QStringLiteral("Snow");
    QTest::newRow("no name: company")
        << QString() << QString() << QStringLiteral("Northwind") << QStringLiteral("Northwind");
    QTest::newRow("nothing") << QString() << QString() << QString() << QString();
    QTest::newRow("accented") << QStringLiteral("José") << QStringLiteral("Álvarez") << QString()
                              << QStringLiteral("José Álvarez");
}

void TestTaskCodec::contactDisplayName()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QString, companyName);
    QFETCH(QString, expected);

    Contact c;
    c.firstName = firstName;
    c.lastName = lastName;
    c.companyName = companyName;
    QCOMPARE(c.displayName(), expected);
}

void TestTaskCodec::whatToDo_data()
{
    QTest::addColumn<Task>("task");
    QTest::addColumn<QString>("expected");

    const Task flowTask = baseTask();
    QTest::newRow("flow task") << flowTask << QStringLiteral("Renewal outreach · step 3");

    Task stepByName = flowTask;
    stepByName.flow->step->stepNumber = 0;
    QTest::newRow("flow step without number")
        << stepByName << QStringLiteral("Renewal outreach · Make a call");

    Task noStep = flowTask;
    noStep.flow->step.reset();
    QTest::newRow("flow without step") << noStep << QStringLiteral("Renewal outreach");

    Task manual;
    manual.id = 2;
    manual.type = TaskType::Manual;
    manual.title = QStringLiteral("Call back re: pricing question");
    QTest::newRow("manual task") << manual << QStringLiteral("Call back re: pricing question");

    Task titled = flowTask;
    titled.title = QStringLiteral("Custom title");
    QTest::newRow("title wins") << titled << QStringLiteral("Custom title");

    Task empty;
    empty.id = 3;
    QTest::newRow("nothing to say") << empty << QString();
}

void TestTaskCodec::whatToDo()
{
    QFETCH(Task, task);
    QFETCH(QString, expected);
    QCOMPARE(task.whatToDo(), expected);
}

QTEST_GUILESS_MAIN(TestTaskCodec)
#include "tst_taskcodec.moc"
