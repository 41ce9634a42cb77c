// A call session's order and progress with a clock held still: contacts outside calling hours
// wait at the end and come back when their hours open, skip and back move without changing a
// task, a logged outcome moves on, and the clock stops while the rep pauses.
#include "core/SessionQueue.h"

#include "core/Clock.h"

#include <QTest>

using engage::CallingHours;
using engage::ManualClock;
using engage::SessionQueue;
using engage::SessionTask;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

// Tue 2026-03-03 09:00 UTC. Open: Berlin 10:00, Kolkata 14:30, no zone (the rep's Berlin).
// Closed: New York 04:00 (opens 14:00 UTC), Tokyo 18:00 (opens Wed 00:00 UTC), Sydney 20:00
// (opens 22:00 UTC).
const QDateTime Start = utc("2026-03-03T09:00:00Z");

QTimeZone zoneOf(QChar letter)
{
    switch (letter.unicode()) {
    case u'B':
        return QTimeZone("Europe/Berlin");
    case u'K':
        return QTimeZone("Asia/Kolkata");
    case u'N':
        return QTimeZone("America/New_York");
    case u'T':
        return QTimeZone("Asia/Tokyo");
    case u'S':
        return QTimeZone("Australia/Sydney");
    case u'U':
        return QTimeZone();
    }
    qFatal("unknown zone letter");
}

// "BNK": tasks 1, 2, 3 with contacts in Berlin, New York and Kolkata.
QList<SessionTask> tasksFor(const QString &zones)
{
    QList<SessionTask> tasks;
    qint64 id = 0;
    for (QChar letter : zones)
        tasks << SessionTask{++id, CallingHours(zoneOf(letter), QTimeZone("Europe/Berlin"))};
    return tasks;
}

QList<SessionTask> openTasks(int count)
{
    return tasksFor(QString(count, u'B'));
}

} // namespace

class TestSessionQueue : public QObject
{
    Q_OBJECT

private slots:
    void initialOrder_data();
    void initialOrder();
    void reorder_data();
    void reorder();
    void navigation_data();
    void navigation();
    void pauseStopsTheClock();
    void progress_data();
    void progress();
    void formatDuration_data();
    void formatDuration();
    void duplicatesAndUnknownIds();
};

void TestSessionQueue::initialOrder_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<QList<qint64>>("order");
    QTest::newRow("all open: the list's order") << u"BKU"_qs << QList<qint64>{1, 2, 3};
    QTest::newRow("closed go to the end in the list's order")
        << u"NBTK"_qs << QList<qint64>{2, 4, 1, 3};
    QTest::newRow("already tomorrow in sydney and tokyo: closed")
        << u"STBN"_qs << QList<qint64>{3, 1, 2, 4};
    QTest::newRow("all closed: the list's order") << u"NTS"_qs << QList<qint64>{1, 2, 3};
    QTest::newRow("one") << u"N"_qs << QList<qint64>{1};
    QTest::newRow("none") << QString() << QList<qint64>{};
}

void TestSessionQueue::initialOrder()
{
    QFETCH(QString, zones);
    QFETCH(QList<qint64>, order);
    const ManualClock clock(Start);
    const SessionQueue q(tasksFor(zones), clock);
    QCOMPARE(q.order(), order);
    QCOMPARE(q.total(), int(order.size()));
    QCOMPARE(q.current(), order.isEmpty() ? 0 : order.first());
    QCOMPARE(q.position(), order.isEmpty() ? 0 : 1);
    QCOMPARE(q.isFinished(), order.isEmpty());
}

void TestSessionQueue::reorder_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<int>("doneFirst"); // outcomes logged on the current task before
    QTest::addColumn<int>("minutesLater");
    QTest::addColumn<QList<qint64>>("order");
    QTest::addColumn<qint64>("current");

    // 14:00 UTC: New York opens (09:00), Kolkata closes (19:30), Berlin is still open (15:00).
    QTest::newRow("new york opens, kolkata closes")
        << u"BNKT"_qs << 0 << 300 << QList<qint64>{1, 2, 3, 4} << qint64(1);
    // Wed 00:00 UTC: only Tokyo (09:00) and Sydney (11:00) are open.
    QTest::newRow("tokyo's morning")
        << u"NTBK"_qs << 0 << 900 << QList<qint64>{3, 2, 1, 4} << qint64(3);
    QTest::newRow("sydney and tokyo in the list's order")
        << u"BSNT"_qs << 0 << 900 << QList<qint64>{1, 2, 4, 3} << qint64(1);
    // The current task stays on the card when its contact's hours close (Kolkata 19:30).
    QTest::newRow("the current task stays while the next one opens")
        << u"KN"_qs << 0 << 300 << QList<qint64>{1, 2} << qint64(1);
    // Done tasks stay behind the cursor; only what is ahead moves.
    QTest::newRow("done behind, the current stays, new york moves up")
        << u"BKTN"_qs << 1 << 300 << QList<qint64>{1, 2, 4, 3} << qint64(2);
    QTest::newRow("nothing ahead once finished")
        << u"BN"_qs << 2 << 300 << QList<qint64>{1, 2} << qint64(0);
    QTest::newRow("nothing has changed")
        << u"NBK"_qs << 0 << 10 << QList<qint64>{2, 3, 1} << qint64(2);
}

void TestSessionQueue::reorder()
{
    QFETCH(QString, zones);
    QFETCH(int, doneFirst);
    QFETCH(int, minutesLater);
    QFETCH(QList<qint64>, order);
    QFETCH(qint64, current);
    ManualClock clock(Start);
    SessionQueue q(tasksFor(zones), clock);
    for (int i = 0; i < doneFirst; ++i)
        QVERIFY(q.markDone(q.current()));
    clock.advanceSecs(minutesLater * 60);
    q.reorder(clock.now());
    QCOMPARE(q.order(), order);
    QCOMPARE(q.current(), current);
    QCOMPARE(q.doneCount(), doneFirst);
}

void TestSessionQueue::navigation_data()
{
    // Four open tasks 1-4. n = next (skip), b = back, d = log an outcome on the current task,
    // D3 = an outcome for task 3 from elsewhere, u1 = take task 1's outcome back.
    QTest::addColumn<QString>("actions");
    QTest::addColumn<QList<qint64>>("currents"); // after each action; 0 is finished
    QTest::addColumn<QList<bool>>("changed");
    QTest::addColumn<int>("position"); // at the end
    QTest::addColumn<int>("done");

    const auto row = [](const char *name, const char *actions, const QList<qint64> &currents,
                        const QList<bool> &changed, int position, int done) {
        QTest::newRow(name) << QString::fromLatin1(actions) << currents << changed << position
                            << done;
    };
    row("skip and back", "n n b b b", {2, 3, 2, 1, 1}, {true, true, true, true, false}, 1, 0);
    row("an outcome moves on", "d d", {2, 3}, {true, true}, 3, 2);
    row("skipped tasks come round again", "n d d d", {2, 3, 4, 1}, {true, true, true, true}, 1, 3);
    row("back onto a done task, next skips done ones", "d d b b n", {2, 3, 2, 1, 3},
        {true, true, true, true, true}, 3, 2);
    row("every outcome logged: finished", "d d d d", {2, 3, 4, 0}, {true, true, true, true}, 4, 4);
    row("back after the end", "d d d d b", {2, 3, 4, 0, 4}, {true, true, true, true, true}, 4, 4);
    row("next when all are done ends it", "d d d d b n", {2, 3, 4, 0, 4, 0},
        {true, true, true, true, true, true}, 4, 4);
    row("next with only the current left stays", "d d d n", {2, 3, 4, 4}, {true, true, true, false},
        4, 3);
    row("next at the end of a finished session", "d d d d n", {2, 3, 4, 0, 0},
        {true, true, true, true, false}, 4, 4);
    row("an outcome from elsewhere", "D3 n n", {1, 2, 4}, {true, true, true}, 4, 1);
    row("the same outcome twice", "D3 D3", {1, 1}, {true, false}, 1, 1);
    row("undo brings the task back", "d d u1", {2, 3, 1}, {true, true, true}, 1, 1);
    row("undo of nothing", "u1", {1}, {false}, 1, 0);
    row("undo after the end", "d d d d u4", {2, 3, 4, 0, 4}, {true, true, true, true, true}, 4, 3);
}

void TestSessionQueue::navigation()
{
    QFETCH(QString, actions);
    QFETCH(QList<qint64>, currents);
    QFETCH(QList<bool>, changed);
    QFETCH(int, position);
    QFETCH(int, done);
    const ManualClock clock(Start);
    SessionQueue q(openTasks(4), clock);
    const QStringList steps = actions.split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(steps.size(), currents.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString &step = steps.at(i);
        bool did = false;
        if (step == u"n")
            did = q.next();
        else if (step == u"b")
            did = q.back();
        else if (step == u"d")
            did = q.markDone(q.current());
        else if (step.startsWith(u'D'))
            did = q.markDone(step.mid(1).toLongLong());
        else if (step.startsWith(u'u'))
            did = q.unmarkDone(step.mid(1).toLongLong());
        else
            QFAIL("unknown action in the table");
        QCOMPARE(q.current(), currents.at(i));
        QCOMPARE(did, changed.at(i));
    }
    QCOMPARE(q.position(), position);
    QCOMPARE(q.doneCount(), done);
    QCOMPARE(q.remaining(), 4 - done);
    QCOMPARE(q.order(), (QList<qint64>{1, 2, 3, 4})); // moving never reorders
}

void TestSessionQueue::pauseStopsTheClock()
{
    ManualClock clock(Start);
    SessionQueue q(openTasks(3), clock);
    QCOMPARE(q.elapsedMs(), 0);
    clock.advanceSecs(10 * 60);
    QCOMPARE(q.elapsedMs(), 10 * 60 * 1000);
    q.pause();
    QVERIFY(q.isPaused());
    clock.advanceSecs(5 * 60);
    QCOMPARE(q.elapsedMs(), 10 * 60 * 1000);
    q.pause(); // twice is once
    clock.advanceSecs(60);
    QCOMPARE(q.elapsedMs(), 10 * 60 * 1000);
    QVERIFY(q.progressText().endsWith(u" · paused"_qs));
    q.resume();
    QVERIFY(!q.isPaused());
    clock.advanceSecs(2 * 60);
    QCOMPARE(q.elapsedMs(), 12 * 60 * 1000);
    q.resume(); // twice is once
    clock.advanceSecs(60);
    QCOMPARE(q.elapsedMs(), 13 * 60 * 1000);
    // The estimate counts running time only: 13 min for one call, two left.
    QVERIFY(q.markDone(q.current()));
    q.pause();
    clock.advanceSecs(3600);
    QCOMPARE(q.estimatedLeftMs(), std::optional<qint64>(26 * 60 * 1000));
    // A clock set back never makes the time negative.
    q.resume();
    clock.advanceSecs(-3600);
    QCOMPARE(q.elapsedMs(), 13 * 60 * 1000);
}

void TestSessionQueue::progress_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("elapsedSecs");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<QString>("text");

    const auto row = [](const char *name, int tasks, int done, int secs, bool paused,
                        const char *text) {
        QTest::newRow(name) << tasks << done << secs << paused << QString::fromUtf8(text);
    };
    row("the issue's line", 18, 6, 40 * 60, false, "7 of 18 · 40 min · about 1 h 20 left");
    row("seven minutes a call", 18, 6, 42 * 60, false, "7 of 18 · 42 min · about 1 h 24 left");
    row("no call logged yet: no estimate", 18, 0, 3 * 60, false, "1 of 18 · 3 min");
    row("just started", 5, 0, 0, false, "1 of 5 · 0 min");
    row("seconds left round up to a minute", 3, 2, 20, false, "3 of 3 · 0 min · about 1 min left");
    row("the estimate rounds to the minute", 3, 1, 5 * 60 + 20, false,
        "2 of 3 · 5 min · about 11 min left");
    row("whole hours", 4, 2, 3600, false, "3 of 4 · 1 h · about 1 h left");
    row("minutes padded", 10, 5, 65 * 60, false, "6 of 10 · 1 h 05 · about 1 h 05 left");
    row("finished: nothing left to estimate", 3, 3, 21 * 60, false, "3 of 3 · 21 min");
    row("paused", 18, 6, 40 * 60, true, "7 of 18 · 40 min · about 1 h 20 left · paused");
    row("an empty session", 0, 0, 0, false, "0 of 0 · 0 min");
}

void TestSessionQueue::progress()
{
    QFETCH(int, tasks);
    QFETCH(int, done);
    QFETCH(int, elapsedSecs);
    QFETCH(bool, paused);
    QFETCH(QString, text);
    ManualClock clock(Start);
    SessionQueue q(openTasks(tasks), clock);
    for (int i = 0; i < done; ++i)
        QVERIFY(q.markDone(q.current()));
    clock.advanceSecs(elapsedSecs);
    if (paused) {
        q.pause();
        clock.advanceSecs(3600); // not counted
    }
    QCOMPARE(q.progressText(), text);
    QCOMPARE(SessionQueue::formatProgress(q.position(), q.total(), q.elapsedMs(),
                                          q.estimatedLeftMs(), q.isPaused()),
             text);
}

void TestSessionQueue::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0 min"_qs;
    QTest::newRow("59 s") << qint64(59999) << u"0 min"_qs;
    QTest::newRow("1 min") << qint64(60000) << u"1 min"_qs;
    QTest::newRow("59 min") << qint64(59 * 60000) << u"59 min"_qs;
    QTest::newRow("1 h") << qint64(60 * 60000) << u"1 h"_qs;
    QTest::newRow("61 min") << qint64(61 * 60000) << u"1 h 01"_qs;
    QTest::newRow("80 min") << qint64(80 * 60000) << u"1 h 20"_qs;
    QTest::newRow("10 h") << qint64(600 * 60000) << u"10 h"_qs;
    QTest::newRow("negative") << qint64(-5000) << u"0 min"_qs;
}

void TestSessionQueue::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(SessionQueue::formatDuration(ms), text);
}

void TestSessionQueue::duplicatesAndUnknownIds()
{
    const ManualClock clock(Start);
    const CallingHours berlin(QTimeZone("Europe/Berlin"), QTimeZone("Europe/Berlin"));
    SessionQueue q({{7, berlin}, {0, berlin}, {7, berlin}, {9, berlin}}, clock);
    QCOMPARE(q.order(), (QList<qint64>{7, 9}));
    QVERIFY(!q.contains(0));
    QVERIFY(!q.markDone(42));
    QVERIFY(!q.unmarkDone(42));
    QVERIFY(!q.markDone(0));
    QCOMPARE(q.current(), 7);
}

QTEST_GUILESS_MAIN(TestSessionQueue)
#include "tst_sessionqueue.moc"
