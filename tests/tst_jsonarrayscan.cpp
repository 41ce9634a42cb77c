// Gong's list read task by task: the scan finds each task's text, the parse of those texts gives
// exactly what one parse of the whole body gives, anything doubtful falls back to that whole
// parse (and its error message), and repeated strings end up shared.
#include "core/JsonArrayScan.h"
#include "core/StringPool.h"
#include "core/TaskBinary.h"
#include "core/TaskCodec.h"
#include "sandbox/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace engage;

namespace {
// What one parse of the whole document reads: the reference the sliced parse must equal.
QList<Task> wholeParse(const QByteArray &body)
{
    QList<Task> out;
    for (const QJsonValue v : QJsonDocument::fromJson(body).object().value(u"tasks").toArray()) {
        if (v.isObject()) {
            Task t = TaskCodec::taskFromJson(v.toObject());
            if (t.id != 0)
                out.append(t);
        }
    }
    return out;
}

QStringList texts(const QList<QByteArrayView> &views)
{
    QStringList out;
    for (QByteArrayView v : views)
        out << QString::fromUtf8(v);
    return out;
}
} // namespace

class TestJsonArrayScan : public QObject
{
    Q_OBJECT
private slots:
    void findsEachElement()
    {
        const QByteArray body = QByteArrayLiteral(
            " { \"requestId\" : \"r]}\" , \"tasks\" : [ {\"title\":\"a ] } \\\" \\\\ [ {\"} , 5 ,"
            "[1,[2]] , \"s\\\"]\" , -1.5e3, null ] , \"crmType\":\"HUBSPOT\" } ");
        const std::optional<JsonArrayScan> scan = JsonArrayScan::scan(body, QLatin1String("tasks"));
        QVERIFY(scan);
        QCOMPARE(
            texts(scan->items),
            QStringList({QStringLiteral("{\"title\":\"a ] } \\\" \\\\ [ {\"}"), QStringLiteral("5"),
                         QStringLiteral("[1,[2]]"), QStringLiteral("\"s\\\"]\""),
                         QStringLiteral("-1.5e3"), QStringLiteral("null")}));
        QCOMPARE(scan->rest,
                 QByteArrayLiteral(
                     " { \"requestId\" : \"r]}\" , \"tasks\" : [] , \"crmType\":\"HUBSPOT\" } "));
    }

    void declinesWhatItCannotVouchFor_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("escaped key") << QByteArrayLiteral("{\"ta\\u0073ks\":[{\"id\":1}]}");
        QTest::newRow("the key twice")
            << QByteArrayLiteral("{\"tasks\":[],\"tasks\":[{\"id\":1}]}");
        QTest::newRow("not an array") << QByteArrayLiteral("{\"tasks\":{\"id\":1}}");
        QTest::newRow("no such key") << QByteArrayLiteral("{\"task\":[]}");
        QTest::newRow("empty object") << QByteArrayLiteral("{}");
        QTest::newRow("a bare word") << QByteArrayLiteral("{\"tasks\":[tru]}");
        QTest::newRow("a word in the envelope") << QByteArrayLiteral("{\"x\":nul,\"tasks\":[]}");
        QTest::newRow("no comma") << QByteArrayLiteral("{\"tasks\":[{\"id\":1} {\"id\":2}]}");
        QTest::newRow("unclosed array") << QByteArrayLiteral("{\"tasks\":[{\"id\":1}");
        QTest::newRow("unclosed string") << QByteArrayLiteral("{\"tasks\":[{\"id\":\"1}]}");
        QTest::newRow("control character") << QByteArrayLiteral("{\"tasks\":[{\"t\":\"a\nb\"}]}");
        QTest::newRow("trailing text") << QByteArrayLiteral("{\"tasks\":[]} x");
        QTest::newRow("an array at the top") << QByteArrayLiteral("[{\"tasks\":[]}]");
        QTest::newRow("empty") << QByteArray();
    }

    void declinesWhatItCannotVouchFor()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!JsonArrayScan::scan(body, QLatin1String("tasks")));
    }

    // What the scan declines is read whole: a valid body still gives its tasks, a broken one
    // the whole parse's words, with the byte where it broke.
    void theWholeParseTakesOver()
    {
        TaskEnvelope envelope;
        QString error;
        QVERIFY(TaskCodec::parseEnvelope(QByteArrayLiteral("{\"ta\\u0073ks\":[{\"id\":7}]}"),
                                         &envelope, &error));
        QCOMPARE(envelope.tasks.size(), 1);
        QCOMPARE(envelope.tasks.first().id, qint64(7));
        // The structure is fine but a task inside is not: the whole parse words it.
        QVERIFY(!TaskCodec::parseEnvelope(QByteArrayLiteral("{\"tasks\":[{\"id\":1,}]}"), &envelope,
                                          &error));
        QVERIFY2(error.contains(QStringLiteral("at byte")), qPrintable(error));
        QVERIFY(
            !TaskCodec::parseEnvelope(QByteArrayLiteral("{\"tasks\":[tru]}"), &envelope, &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
    }

    // 3,000 demo tasks (several threads' worth), pretty-printed so spaces and newlines lie
    // between everything, with a hostile title: the same tasks, in the same order.
    void slicedEqualsWhole()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-12-02T09:00:00Z"), Qt::ISODate);
        TaskEnvelope sent;
        sent.requestId = QStringLiteral("req-1");
        sent.tasks = DemoData::tasks(now, QTimeZone::utc(), 3000);
        sent.tasks[1234].title = QStringLiteral("]}\",{\"id\":1} \\ \u00e9\u4e2d \U0001F600");
        const QByteArray body = QJsonDocument::fromJson(TaskCodec::envelopeToJson(sent))
                                    .toJson(QJsonDocument::Indented);
        QVERIFY(JsonArrayScan::scan(body, QLatin1String("tasks")));
        TaskEnvelope read;
        QString error;
        QVERIFY2(TaskCodec::parseEnvelope(body, &read, &error), qPrintable(error));
        QCOMPARE(read.requestId, QStringLiteral("req-1"));
        const QList<Task> reference = wholeParse(body);
        QCOMPARE(read.tasks.size(), 3000);
        QCOMPARE(read.tasks.size(), reference.size());
        for (qsizetype i = 0; i < reference.size(); ++i)
            QVERIFY2(read.tasks.at(i) == reference.at(i), qPrintable(QString::number(i)));
        QCOMPARE(read.tasks.at(1234).title, sent.tasks.at(1234).title);
    }

    // Two tasks of the same company read from JSON, or from the cache, hold one copy of its
    // name; their own fields stay their own.
    void repeatedStringsAreShared()
    {
        const QByteArray body =
            QByteArrayLiteral("{\"tasks\":[\n"
                              "            "
                              "{\"id\":1,\"contact\":{\"crmId\":\"c1\",\"data\":{\"firstName\":"
                              "\"Ann\",\"companyName\":\"Acme Corp\",\n"
                              "             "
                              "\"timezone\":\"US/"
                              "Pacific\"}},\"flow\":{\"id\":9,\"name\":\"Renewal\",\"step\":{"
                              "\"id\":3,\"name\":\"Call\"}}},\n"
                              "            "
                              "{\"id\":2,\"contact\":{\"crmId\":\"c2\",\"data\":{\"firstName\":"
                              "\"Bob\",\"companyName\":\"Acme Corp\",\n"
                              "             "
                              "\"timezone\":\"US/"
                              "Pacific\"}},\"flow\":{\"id\":9,\"name\":\"Renewal\",\"step\":{"
                              "\"id\":3,\"name\":\"Call\"}}}\n"
                              "        ]}");
        TaskEnvelope read;
        QString error;
        QVERIFY2(TaskCodec::parseEnvelope(body, &read, &error), qPrintable(error));
        QCOMPARE(read.tasks.size(), 2);
        const Task &a = read.tasks.at(0), &b = read.tasks.at(1);
        QCOMPARE(a.contact->companyName, QStringLiteral("Acme Corp"));
        QCOMPARE(a.contact->companyName.constData(), b.contact->companyName.constData());
        QCOMPARE(a.contact->timezone.constData(), b.contact->timezone.constData());
        QCOMPARE(a.flow->name.constData(), b.flow->name.constData());
        QCOMPARE(a.flow->step->name.constData(), b.flow->step->name.constData());
        QVERIFY(a.contact->crmId.constData() != b.contact->crmId.constData());

        const TaskList cached = TaskBinary::readAll({TaskBinary::write(a), TaskBinary::write(b)});
        QCOMPARE(cached.size(), 2);
        QCOMPARE(cached.at(0), a);
        QCOMPARE(cached.at(0).contact->companyName.constData(),
                 cached.at(1).contact->companyName.constData());
    }

    void aPoolKeepsOneCopy()
    {
        StringPool pool;
        QString first = QStringLiteral("Northwind Traders");
        QString second = QString::fromUtf8("Northwind Traders"); // a copy of its own
        QVERIFY(first.constData() != second.constData());
        pool.share(first);
        pool.share(second);
        QCOMPARE(second, QStringLiteral("Northwind Traders"));
        QCOMPARE(second.constData(), first.constData());
        QString empty;
        pool.share(empty);
        QVERIFY(empty.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonArrayScan)
#include "tst_jsonarrayscan.moc"
