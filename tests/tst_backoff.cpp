// Backoff with a clock and a random source held still: how long the app waits after consecutive
// failures. What the rep (and Gong) would notice: a short outage is retried within seconds, a long
// one never waits more than five minutes between tries, and a company's desktops do not all come
// back in the same second.
#include "sync/Backoff.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace engage;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

Backoff::Random fixed(double value)
{
    return [value] { return value; };
}

// The wait before jitter after `failures` failures: 1 s doubling, capped at five minutes.
qint64 baseMs(int failures)
{
    qint64 ms = 1000;
    for (int i = 1; i < failures && ms < Backoff::MaxMs; ++i)
        ms *= 2;
    return std::min(ms, Backoff::MaxMs);
}

} // namespace

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void waitsDoubleFromOneSecond_data()
    {
        // Randoms whose jitter factor is exact in binary, so the waits are exact.
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("waits");
        QTest::newRow("factor 1.0 (random 0.5)")
            << 0.5 << QList<qint64>{1000,  2000,   4000,   8000,   16000,  32000,
                                    64000, 128000, 256000, 300000, 300000, 300000};
        QTest::newRow("factor 0.5 (random 0)")
            << 0.0 << QList<qint64>{500,   1000,  2000,   4000,   8000,   16000,
                                    32000, 64000, 128000, 150000, 150000, 150000};
        QTest::newRow("factor 0.75 (random 0.25)")
            << 0.25 << QList<qint64>{750,   1500,  3000,   6000,   12000,  24000,
                                     48000, 96000, 192000, 225000, 225000, 225000};
        // Above 1 the cap bites one step early: 256 s × 1.25 would be 320 s.
        QTest::newRow("factor 1.25 (random 0.75)")
            << 0.75 << QList<qint64>{1250,  2500,   5000,   10000,  20000,  40000,
                                     80000, 160000, 300000, 300000, 300000, 300000};
    }

    void waitsDoubleFromOneSecond()
    {
        QFETCH(double, random);
        QFETCH(QList<qint64>, waits);
        const ManualClock clock(utc(2026, 11, 30, 13, 0));
        Backoff backoff(clock, fixed(random));
        QCOMPARE(backoff.failures(), 0);
        QList<qint64> got;
        for (int i = 0; i < waits.size(); ++i)
            got.append(backoff.failed());
        QCOMPARE(got, waits);
        QCOMPARE(backoff.failures(), waits.size());
    }

    void jitterSpreadsFromHalfToOneAndAHalf()
    {
        const ManualClock clock(utc(2026, 11, 30, 13, 0));
        Backoff least(clock, fixed(0.0));
        Backoff most(clock, fixed(0.999));
        // Before the cap (2^8 s = 256 s < 300 s < 2^9 s): the whole ×0.5 … ×1.5 range.
        for (int n = 1; n <= 8; ++n) {
            const qint64 base = baseMs(n);
            const qint64 low = least.failed();
            const qint64 high = most.failed();
            QCOMPARE(low, base / 2);
            QVERIFY2(high >= base * 1498 / 1000 && high < base * 3 / 2,
                     qPrintable(QStringLiteral("failure %1: %2 ms for a base of %3 ms")
                                    .arg(n)
                                    .arg(high)
                                    .arg(base)));
        }
    }

    void neverMoreThanFiveMinutesEvenWithRandomNearOne()
    {
        const ManualClock clock(utc(2026, 11, 30, 13, 0));
        Backoff backoff(clock, fixed(0.999999));
        for (int n = 1; n <= 40; ++n) {
            const qint64 wait = backoff.failed();
            QVERIFY2(wait <= Backoff::MaxMs, qPrintable(QString::number(wait)));
            if (n >= 9) // 256 s × ~1.5 is past the cap
                QCOMPARE(wait, Backoff::MaxMs);
        }
        QCOMPARE(Backoff::MaxMs, qint64(5 * 60 * 1000));
    }

    void resetStartsAgainAtOneSecond()
    {
        const ManualClock clock(utc(2026, 11, 30, 13, 0));
        Backoff backoff(clock, fixed(0.5));
        for (int i = 0; i < 6; ++i)
            backoff.failed();
        QCOMPARE(backoff.failures(), 6);
        QVERIFY(backoff.retryAt().isValid());

        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QVERIFY(!backoff.retryAt().isValid());
        QCOMPARE(backoff.failed(), qint64(1000));
        QCOMPARE(backoff.failed(), qint64(2000));
        QCOMPARE(backoff.failures(), 2);
    }

    void retryAtIsNowPlusTheWaitOnTheGivenClock()
    {
        const QDateTime start = utc(2026, 11, 30, 13, 0);
        ManualClock clock(start, QTimeZone("Europe/Berlin"));
        Backoff backoff(clock, fixed(0.5));
        QVERIFY(!backoff.retryAt().isValid());

        QCOMPARE(backoff.failed(), qint64(1000));
        QCOMPARE(backoff.retryAt(), start.addMSecs(1000));

        // The stamp is taken when the failure is counted, not when it is read.
        clock.advanceSecs(90);
        QCOMPARE(backoff.retryAt(), start.addMSecs(1000));

        QCOMPARE(backoff.failed(), qint64(2000));
        QCOMPARE(backoff.retryAt(), start.addSecs(90).addMSecs(2000));

        // A clock set back (a corrected system time) is followed too.
        const QDateTime back = utc(2026, 11, 29, 8, 0);
        clock.setNow(back);
        QCOMPARE(backoff.failed(), qint64(4000));
        QCOMPARE(backoff.retryAt(), back.addMSecs(4000));

        // With jitter: still the clock's now plus exactly the wait returned.
        Backoff jittered(clock, fixed(0.25));
        const qint64 wait = jittered.failed();
        QCOMPARE(jittered.retryAt(), clock.now().addMSecs(wait));
    }

    void manyFailuresDoNotOverflow()
    {
        const ManualClock clock(utc(2026, 11, 30, 13, 0));
        for (double random : {0.0, 0.5, 0.999999}) {
            Backoff backoff(clock, fixed(random));
            for (int n = 1; n <= 100; ++n) {
                const qint64 wait = backoff.failed();
                QVERIFY2(wait > 0 && wait <= Backoff::MaxMs,
                         qPrintable(QStringLiteral("random %1, failure %2: %3 ms")
                                        .arg(random)
                                        .arg(n)
                                        .arg(wait)));
                if (n >= 10)
                    QVERIFY(wait >= Backoff::MaxMs / 2);
                QCOMPARE(backoff.retryAt(), clock.now().addMSecs(wait));
            }
            QCOMPARE(backoff.failures(), 100);
        }
    }

    void theDefaultRandomSourceStaysInRange()
    {
        const ManualClock clock(utc(2026, 11, 30, 13, 0));
        Backoff backoff(clock); // no random source given: the real one
        QSet<qint64> first;
        for (int i = 0; i < 200; ++i) {
            backoff.reset();
            const qint64 wait = backoff.failed();
            QVERIFY2(wait >= 500 && wait <= 1500, qPrintable(QString::number(wait)));
            first.insert(wait);
        }
        // It is jitter: 200 draws do not all land on one millisecond.
        QVERIFY2(first.size() > 1, qPrintable(QString::number(first.size())));

        // Then every failure, up to and past the cap: ×0.5 … ×1.5 of its base, never past five
        // minutes.
        for (int i = 0; i < 200; ++i) {
            const qint64 wait = backoff.failed();
            const qint64 base = baseMs(backoff.failures());
            QVERIFY2(
                wait >= base / 2 && wait <= std::min(base * 3 / 2, Backoff::MaxMs),
                qPrintable(QStringLiteral("failure %1: %2 ms").arg(backoff.failures()).arg(wait)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
