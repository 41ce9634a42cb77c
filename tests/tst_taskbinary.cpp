// The cache's binary form gives back exactly the task it was given, and refuses what it cannot
// read instead of inventing a task.
#include "core/TaskBinary.h"
#include "core/TaskFilter.h"
#include "sandbox/DemoData.h"

#include <QTest>

using namespace engage;

class TestTaskBinary : public QObject
{
    Q_OBJECT

private slots:
    void everyDemoTaskRoundTrips()
    {
        const QList<Task> tasks =
            DemoData::tasks(QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()),
                            QTimeZone("Europe/Berlin"));
        QVERIFY(tasks.size() > 30);
        for (const Task &t : tasks) {
            const std::optional<Task> back = TaskBinary::read(TaskBinary::write(t));
            QVERIFY(back.has_value());
            QCOMPARE(*back, t);
        }
    }

    void edgesRoundTrip()
    {
        Task t;
        t.id = 7254376376091929519; // above 2^53
        t.status = TaskStatus::Dismissed;
        t.type = TaskType::Manual;
        t.title = QString(QChar(0x202E)) + QStringLiteral("RTL override, emoji 📞, <b>markup</b>");
        Contact c;
        c.firstName = QString(5000, QLatin1Char('x'));
        c.phoneNumbers = {PhoneNumber{QStringLiteral("+1"), {}, std::nullopt, {}, {}, false}};
        t.contact = c;
        t.flow = Flow{9007199254740993, QStringLiteral("F"), std::nullopt};
        const std::optional<Task> back = TaskBinary::read(TaskBinary::write(t));
        QVERIFY(back.has_value());
        QCOMPARE(*back, t);
        QVERIFY(!back->dueDate.isValid());
        QVERIFY(!back->priority.has_value());
        QCOMPARE(back->contact->phoneNumbers.first().isVerified, std::optional<bool>(false));
        QCOMPARE(back->contact->phoneNumbers.first().countryCode, std::optional<int>());
    }

    void keysRoundTripAndRefuseDamage()
    {
        Task t = DemoData::tasks(QDateTime::currentDateTimeUtc(), QTimeZone::utc()).first();
        t.contact->companyName = QStringLiteral("Zoë & Søn — 東京 📞");
        const TaskKeys keys = TaskFilter::keys(t);
        const QByteArray blob = TaskBinary::writeKeys(keys);
        QCOMPARE(TaskBinary::readKeys(blob), std::optional<TaskKeys>(keys));
        QCOMPARE(TaskBinary::readKeys(TaskBinary::writeKeys(TaskKeys{})),
                 std::optional<TaskKeys>(TaskKeys{}));
        // Every cut, a byte too many, another version: refused, never a half-read key.
        for (qsizetype n = 0; n < blob.size(); ++n)
            QVERIFY2(!TaskBinary::readKeys(blob.left(n)), qPrintable(QString::number(n)));
        QVERIFY(!TaskBinary::readKeys(blob + '\0'));
        QByteArray other = blob;
        other[0] = static_cast<char>(TaskKeys::Version + 1);
        QVERIFY(!TaskBinary::readKeys(other));
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("another version") << QByteArray("\x07\x00\x00", 3);
        QByteArray truncated = TaskBinary::write(
            DemoData::tasks(QDateTime::currentDateTimeUtc(), QTimeZone::utc()).first());
        truncated.chop(truncated.size() / 2);
        QTest::newRow("truncated") << truncated;
        // Found by the fuzzer: a list count of ~4 billion made the reader reserve gigabytes.
        QTest::newRow("absurd list count (fuzzer)") << QByteArray::fromBase64(
            "AQAAAP8AAAAAAAAAAAAAAAAA/////"
            "ABAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAA"
            "AAAAAP////"
            "wAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAZQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAA"
            "ZQ==");
    }

    void garbageIsRefused()
    {
        QFETCH(QByteArray, blob);
        QVERIFY(!TaskBinary::read(blob).has_value());
    }

    // A cache big enough to be read on several threads comes back whole and in order, with the
    // damaged rows left out rather than turned into empty tasks.
    void readAllKeepsOrderAndDropsDamagedRows_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one thread") << 3;
        QTest::newRow("several threads") << 5003;
    }

    void readAllKeepsOrderAndDropsDamagedRows()
    {
        QFETCH(int, count);
        const QList<Task> seed = DemoData::tasks(
            QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()), QTimeZone::utc());
        QList<QByteArray> blobs;
        QList<Task> expected;
        for (int i = 0; i < count; ++i) {
            Task t = seed.at(i % seed.size());
            t.id = 1000 + i;
            if (i % 1000 == 1) {
                blobs << QByteArray("\x01\x00", 2); // damaged: cut short
                continue;
            }
            blobs << TaskBinary::write(t);
            expected << t;
        }
        const TaskList back = TaskBinary::readAll(blobs);
        QCOMPARE(back.size(), expected.size());
        QCOMPARE(back.toList(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTaskBinary)
#include "tst_taskbinary.moc"
