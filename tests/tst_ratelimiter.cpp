// RateLimiter: Gong allows 3 calls a second for the whole company. What the rep notices is that
// nothing waits while there is room, and that a full second or a Retry-After holds sends back for
// no longer than it must.
#include "gong/RateLimiter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace engage;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToGongsThreePerSecond()
    {
        RateLimiter limiter;
        QCOMPARE(limiter.rate(), 3);
    }

    void noWaitUntilTheRateIsUsedUp()
    {
        RateLimiter limiter(3);
        QCOMPARE(limiter.delayMs(), 0);
        limiter.consume();
        QCOMPARE(limiter.delayMs(), 0);
        limiter.consume();
        QCOMPARE(limiter.delayMs(), 0);
        limiter.consume();
        // The fourth send in the same second has to wait, but never more than a second.
        const qint64 delay = limiter.delayMs();
        QVERIFY2(delay > 0 && delay <= RateLimiter::WindowMs, qPrintable(QString::number(delay)));
    }

    void theWaitEndsWhenTheOldestSendIsASecondOld()
    {
        RateLimiter limiter(2);
        QElapsedTimer since;
        since.start();
        limiter.consume();
        QTest::qWait(300);
        limiter.consume();
        const qint64 delay = limiter.delayMs();
        QVERIFY2(delay > 0 && delay <= 700 + (RateLimiter::WindowMs - 1000),
                 qPrintable(QString::number(delay)));
        // The wait counts down as time passes...
        QTest::qWait(200);
        const qint64 later = limiter.delayMs();
        QVERIFY2(later < delay && later > 0,
                 qPrintable(QStringLiteral("%1 then %2").arg(delay).arg(later)));
        // ...and is over once the first send is a second old: room for one more, and then the
        // wait is for the second send to age, about 300 ms.
        QTRY_COMPARE_WITH_TIMEOUT(limiter.delayMs(), 0, 2000);
        QVERIFY2(since.elapsed() >= 990, qPrintable(QString::number(since.elapsed())));
        limiter.consume();
        const qint64 next = limiter.delayMs();
        QVERIFY2(next > 0 && next <= 300 + (RateLimiter::WindowMs - 1000),
                 qPrintable(QString::number(next)));
    }

    void delayIsTheTimeUntilTheOldestSendLeavesTheWindow()
    {
        RateLimiter limiter(3);
        limiter.consume();
        QTest::qWait(300);
        limiter.consume();
        limiter.consume();
        // The first send leaves the window about 700 ms from now, not a full second.
        const qint64 delay = limiter.delayMs();
        QVERIFY2(delay > 0 && delay <= 700 + (RateLimiter::WindowMs - 1000),
                 qPrintable(QString::number(delay)));
    }

    void holdForDelaysEvenWithRoomLeft()
    {
        RateLimiter limiter(3);
        limiter.holdFor(400);
        const qint64 delay = limiter.delayMs();
        QVERIFY2(delay > 300 && delay <= 400 + (RateLimiter::WindowMs - 1000),
                 qPrintable(QString::number(delay)));
        QTRY_COMPARE_WITH_TIMEOUT(limiter.delayMs(), 0, 2000);
    }

    void aShorterHoldDoesNotCutALongerOneShort()
    {
        RateLimiter limiter(3);
        limiter.holdFor(800);
        limiter.holdFor(100);
        QVERIFY2(limiter.delayMs() > 700, qPrintable(QString::number(limiter.delayMs())));
        // A longer one extends it.
        limiter.holdFor(1500);
        QVERIFY2(limiter.delayMs() > 1400, qPrintable(QString::number(limiter.delayMs())));
    }

    void holdAndRateTogetherTakeTheLongerWait()
    {
        RateLimiter limiter(1);
        limiter.consume();
        limiter.holdFor(50);
        // The rate's wait (about a second) is longer than the hold.
        QVERIFY2(limiter.delayMs() > 500, qPrintable(QString::number(limiter.delayMs())));
    }

    void setRateChangesTheLimit()
    {
        RateLimiter limiter(3);
        limiter.consume();
        limiter.consume();
        limiter.consume();
        QVERIFY(limiter.delayMs() > 0);
        // A higher rate makes room at once.
        limiter.setRate(5);
        QCOMPARE(limiter.rate(), 5);
        QCOMPARE(limiter.delayMs(), 0);
        // A lower one takes it away again.
        limiter.setRate(1);
        QCOMPARE(limiter.rate(), 1);
        QVERIFY(limiter.delayMs() > 0);
    }

    void aRateBelowOneMeansOne()
    {
        RateLimiter limiter(0);
        QCOMPARE(limiter.rate(), 1);
        limiter.setRate(-4);
        QCOMPARE(limiter.rate(), 1);
        QCOMPARE(limiter.delayMs(), 0);
        limiter.consume();
        QVERIFY(limiter.delayMs() > 0);
    }

    void manySendsNeverMoreThanTheRateInAnySecond()
    {
        // Send as fast as the limiter allows for ~1.5 s and check every one-second window.
        RateLimiter limiter(4);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> sent;
        while (clock.elapsed() < 1500) {
            if (limiter.delayMs() == 0) {
                limiter.consume();
                sent.append(clock.elapsed());
            } else {
                QTest::qWait(5);
            }
        }
        QVERIFY(sent.size() >= 8);
        // Our clock and the limiter's each round down to whole milliseconds: allow 5 ms slack.
        for (qsizetype i = 0; i < sent.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < sent.size() && sent.at(j) - sent.at(i) < 995; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 4, qPrintable(QStringLiteral("%1 sends within a second from %2 ms")
                                                   .arg(inWindow)
                                                   .arg(sent.at(i))));
        }
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
