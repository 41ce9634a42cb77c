#include "core/ReschedulePresets.h"

#include <QTest>

using engage::ReschedulePresets;

namespace {

QDateTime local(const char *zone, int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(QByteArray(zone)));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestReschedulePresets : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void shiftRIsNextBusinessDay_data();
    void shiftRIsNextBusinessDay();
    void sameInstantDifferentTomorrow();
    void resultIsUtcAndAfterNow();
    void labels();
    void unknownPresetAndInvalidInput();
};

void TestReschedulePresets::resolve_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDateTime>("expected");

    const auto row = [](const char *name, const char *zone, const QDateTime &now, int preset,
                        const char *expected) {
        QTest::newRow(name) << QByteArray(zone) << now << preset << utc(expected);
    };
    const char *berlin = "Europe/Berlin";

    // An ordinary Tuesday in winter (CET, UTC+1).
    const QDateTime tue = local(berlin, 2026, 3, 3, 10, 0);
    row("tue in 3 hours", berlin, tue, 1, "2026-03-03T12:00:00Z");
    row("tue tomorrow", berlin, tue, 2, "2026-03-04T08:00:00Z");
    row("tue next business day", berlin, tue, 3, "2026-03-04T08:00:00Z");
    row("tue next monday", berlin, tue, 4, "2026-03-09T08:00:00Z");
    row("wed next business day", berlin, local(berlin, 2026, 3, 4, 18, 0), 3,
        "2026-03-05T08:00:00Z");
    row("thu next business day", berlin, local(berlin, 2026, 3, 5, 7, 0), 3,
        "2026-03-06T08:00:00Z");
    row("thu next monday", berlin, local(berlin, 2026, 3, 5, 7, 0), 4, "2026-03-09T08:00:00Z");

    // Friday evening.
    const QDateTime fri = local(berlin, 2026, 3, 6, 19, 30);
    row("fri evening in 3 hours", berlin, fri, 1, "2026-03-06T21:30:00Z");
    row("fri evening tomorrow", berlin, fri, 2, "2026-03-07T08:00:00Z");
    row("fri evening next business day", berlin, fri, 3, "2026-03-09T08:00:00Z");
    row("fri evening next monday", berlin, fri, 4, "2026-03-09T08:00:00Z");
    row("fri early next business day", berlin, local(berlin, 2026, 3, 6, 6, 0), 3,
        "2026-03-09T08:00:00Z");

    // Saturday and Sunday.
    const QDateTime sat = local(berlin, 2026, 3, 7, 11, 0);
    row("sat tomorrow", berlin, sat, 2, "2026-03-08T08:00:00Z");
    row("sat next business day", berlin, sat, 3, "2026-03-09T08:00:00Z");
    row("sat next monday", berlin, sat, 4, "2026-03-09T08:00:00Z");
    const QDateTime sun = local(berlin, 2026, 3, 8, 22, 0);
    row("sun tomorrow", berlin, sun, 2, "2026-03-09T08:00:00Z");
    row("sun next business day", berlin, sun, 3, "2026-03-09T08:00:00Z");
    row("sun next monday", berlin, sun, 4, "2026-03-09T08:00:00Z");
    row("sun late in 3 hours", berlin, sun, 1, "2026-03-09T00:00:00Z");

    // Monday: before 09:00 "next Monday" still means the Monday after.
    const QDateTime mon = local(berlin, 2026, 3, 9, 8, 0);
    row("mon tomorrow", berlin, mon, 2, "2026-03-10T08:00:00Z");
    row("mon next business day", berlin, mon, 3, "2026-03-10T08:00:00Z");
    row("mon next monday", berlin, mon, 4, "2026-03-16T08:00:00Z");

    // Month and year ends.
    const QDateTime janEnd = local(berlin, 2026, 1, 30, 17, 0); // Friday
    row("jan 30 tomorrow", berlin, janEnd, 2, "2026-01-31T08:00:00Z");
    row("jan 30 next business day", berlin, janEnd, 3, "2026-02-02T08:00:00Z");
    row("feb 28 tomorrow", berlin, local(berlin, 2026, 2, 28, 12, 0), 2, "2026-03-01T08:00:00Z");
    row("feb 28 next business day", berlin, local(berlin, 2026, 2, 28, 12, 0), 3,
        "2026-03-02T08:00:00Z");
    row("apr 30 tomorrow", berlin, local(berlin, 2026, 4, 30, 12, 0), 2, "2026-05-01T07:00:00Z");
    const QDateTime nye = local(berlin, 2026, 12, 31, 22, 58); // Thursday
    row("dec 31 in 3 hours", berlin, nye, 1, "2027-01-01T01:00:00Z");
    row("dec 31 tomorrow", berlin, nye, 2, "2027-01-01T08:00:00Z");
    row("dec 31 next business day", berlin, nye, 3, "2027-01-01T08:00:00Z");
    row("dec 31 next monday", berlin, nye, 4, "2027-01-04T08:00:00Z");
    row("dec 31 late tomorrow", berlin, local(berlin, 2025, 12, 31, 23, 30), 2,
        "2026-01-01T08:00:00Z");

    // Europe/Berlin springs forward on Sun 2026-03-29 (02:00 CET -> 03:00 CEST).
    const QDateTime springSat = local(berlin, 2026, 3, 28, 20, 0);
    row("berlin spring sat tomorrow", berlin, springSat, 2, "2026-03-29T07:00:00Z");
    row("berlin spring sat next business day", berlin, springSat, 3, "2026-03-30T07:00:00Z");
    row("berlin spring sat next monday", berlin, springSat, 4, "2026-03-30T07:00:00Z");
    row("berlin spring fri next business day", berlin, local(berlin, 2026, 3, 27, 12, 0), 3,
        "2026-03-30T07:00:00Z");
    row("berlin spring in 3 hours over the gap", berlin, local(berlin, 2026, 3, 29, 0, 0), 1,
        "2026-03-29T02:00:00Z");
    row("berlin spring in 3 hours rounds after the gap", berlin, local(berlin, 2026, 3, 29, 0, 1),
        1, "2026-03-29T02:05:00Z");
    // ... and falls back on Sun 2026-10-25 (03:00 CEST -> 02:00 CET).
    const QDateTime fallSat = local(berlin, 2026, 10, 24, 20, 0);
    row("berlin fall sat tomorrow", berlin, fallSat, 2, "2026-10-25T08:00:00Z");
    row("berlin fall sat next business day", berlin, fallSat, 3, "2026-10-26T08:00:00Z");
    row("berlin fall fri next monday", berlin, local(berlin, 2026, 10, 23, 9, 0), 4,
        "2026-10-26T08:00:00Z");
    row("berlin fall in 3 hours over the repeat", berlin, local(berlin, 2026, 10, 25, 0, 30), 1,
        "2026-10-25T01:30:00Z");

    // America/New_York springs forward on Sun 2026-03-08 (02:00 EST -> 03:00 EDT).
    const char *ny = "America/New_York";
    row("new york spring fri tomorrow", ny, local(ny, 2026, 3, 6, 8, 0), 2, "2026-03-07T14:00:00Z");
    const QDateTime nySat = local(ny, 2026, 3, 7, 20, 0);
    row("new york spring sat tomorrow", ny, nySat, 2, "2026-03-08T13:00:00Z");
    row("new york spring sat next business day", ny, nySat, 3, "2026-03-09T13:00:00Z");
    row("new york spring sat next monday", ny, nySat, 4, "2026-03-09T13:00:00Z");
    row("new york spring in 3 hours", ny, local(ny, 2026, 3, 8, 0, 0), 1, "2026-03-08T08:00:00Z");

    // "now" in another zone than the rep's: only the instant counts.
    row("utc now, berlin zone", berlin, utc("2026-03-03T23:30:00Z"), 2, "2026-03-05T08:00:00Z");

    // Rounding up to 5 minutes of wall clock, also in zones at :30 and :45.
    row("round exact stays", "UTC", utc("2026-01-15T10:05:00Z"), 1, "2026-01-15T13:05:00Z");
    row("round one second", "UTC", utc("2026-01-15T10:05:01Z"), 1, "2026-01-15T13:10:00Z");
    row("round one millisecond", "UTC", utc("2026-01-15T10:05:00.001Z"), 1, "2026-01-15T13:10:00Z");
    row("round kolkata", "Asia/Kolkata", utc("2026-01-15T10:02:00Z"), 1, "2026-01-15T13:05:00Z");
    row("round kathmandu", "Asia/Kathmandu", utc("2026-01-15T10:04:59Z"), 1,
        "2026-01-15T13:05:00Z");
    row("round to next hour", "America/Los_Angeles",
        local("America/Los_Angeles", 2026, 1, 15, 9, 56), 1, "2026-01-15T21:00:00Z");
}

void TestReschedulePresets::resolve()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, now);
    QFETCH(int, preset);
    QFETCH(QDateTime, expected);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    QVERIFY(expected.isValid());

    const QDateTime got = ReschedulePresets::resolve(preset, now, tz);
    QCOMPARE(got, expected);
    QCOMPARE(got.timeSpec(), Qt::UTC);

    switch (preset) {
    case 1:
        QCOMPARE(ReschedulePresets::inThreeHours(now, tz), expected);
        break;
    case 2:
        QCOMPARE(ReschedulePresets::tomorrowMorning(now, tz), expected);
        break;
    case 3:
        QCOMPARE(ReschedulePresets::nextBusinessDay(now, tz), expected);
        break;
    case 4:
        QCOMPARE(ReschedulePresets::nextMonday(now, tz), expected);
        break;
    default:
        QFAIL("unknown preset in the table");
    }
    if (preset != 1)
        QCOMPARE(got.toTimeZone(tz).time(), QTime(9, 0));
}

void TestReschedulePresets::shiftRIsNextBusinessDay_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("expectedDate");
    // Mon 2026-03-09 .. Sun 2026-03-15, at 15:00 in Berlin.
    const QDate expected[] = {{2026, 3, 10}, {2026, 3, 11}, {2026, 3, 12}, {2026, 3, 13},
                              {2026, 3, 16}, {2026, 3, 16}, {2026, 3, 16}};
    for (int i = 0; i < 7; ++i) {
        const QDateTime now = local("Europe/Berlin", 2026, 3, 9 + i, 15, 0);
        QTest::addRow("%s", qPrintable(QLocale(QLocale::English).dayName(i + 1)))
            << now << expected[i];
    }
}

void TestReschedulePresets::shiftRIsNextBusinessDay()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, expectedDate);
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime got = ReschedulePresets::nextBusinessMorning(now, berlin);
    QCOMPARE(got, ReschedulePresets::nextBusinessDay(now, berlin));
    QCOMPARE(got.toTimeZone(berlin).date(), expectedDate);
    QCOMPARE(got.toTimeZone(berlin).time(), QTime(9, 0));
    QVERIFY(got.toTimeZone(berlin).date().dayOfWeek() <= Qt::Friday);
}

void TestReschedulePresets::sameInstantDifferentTomorrow()
{
    // 20:00 UTC on Thu 15 Jan 2026 is already Fri 05:00 in Tokyo but Thu 12:00 in Los Angeles.
    const QDateTime now = utc("2026-01-15T20:00:00Z");
    const QTimeZone tokyo("Asia/Tokyo");
    const QTimeZone la("America/Los_Angeles");

    const QDateTime tokyoTomorrow = ReschedulePresets::tomorrowMorning(now, tokyo);
    const QDateTime laTomorrow = ReschedulePresets::tomorrowMorning(now, la);
    QCOMPARE(tokyoTomorrow, utc("2026-01-17T00:00:00Z"));
    QCOMPARE(laTomorrow, utc("2026-01-16T17:00:00Z"));
    QCOMPARE(tokyoTomorrow.toTimeZone(tokyo).date(), QDate(2026, 1, 17));
    QCOMPARE(laTomorrow.toTimeZone(la).date(), QDate(2026, 1, 16));

    // Friday in Tokyo skips the weekend; Thursday in Los Angeles does not.
    QCOMPARE(ReschedulePresets::nextBusinessDay(now, tokyo), utc("2026-01-19T00:00:00Z"));
    QCOMPARE(ReschedulePresets::nextBusinessDay(now, la), utc("2026-01-16T17:00:00Z"));

    // "In 3 hours" is the same instant everywhere (both zones are on whole hours).
    QCOMPARE(ReschedulePresets::inThreeHours(now, tokyo), ReschedulePresets::inThreeHours(now, la));
}

void TestReschedulePresets::resultIsUtcAndAfterNow()
{
    const QByteArray zones[] = {"Europe/Berlin",    "America/New_York",    "Asia/Tokyo",
                                "Pacific/Auckland", "America/Los_Angeles", "Asia/Kathmandu"};
    QDateTime now = utc("2026-01-01T00:00:00Z");
    // Every 7 hours for a year: each preset lands in the future and 1-4 stay ordered.
    for (int step = 0; step < 365 * 24 / 7; ++step, now = now.addSecs(7 * 3600)) {
        for (const QByteArray &zoneId : zones) {
            const QTimeZone zone(zoneId);
            QDateTime previous;
            for (int preset = ReschedulePresets::First; preset <= ReschedulePresets::Last;
                 ++preset) {
                const QDateTime at = ReschedulePresets::resolve(preset, now, zone);
                QVERIFY2(at.isValid() && at > now,
                         qPrintable(QStringLiteral("%1 %2 preset %3")
                                        .arg(QString::fromLatin1(zoneId), now.toString(Qt::ISODate))
                                        .arg(preset)));
                QCOMPARE(at.timeSpec(), Qt::UTC);
                if (preset > ReschedulePresets::Tomorrow)
                    QVERIFY(at >= previous);
                previous = at;
            }
        }
    }
}

void TestReschedulePresets::labels()
{
    QCOMPARE(ReschedulePresets::label(1), QStringLiteral("In 3 hours"));
    QCOMPARE(ReschedulePresets::label(2), QStringLiteral("Tomorrow 09:00"));
    QCOMPARE(ReschedulePresets::label(3), QStringLiteral("Next business day 09:00"));
    QCOMPARE(ReschedulePresets::label(4), QStringLiteral("Next Monday 09:00"));
    QVERIFY(ReschedulePresets::label(0).isEmpty());
    QVERIFY(ReschedulePresets::label(5).isEmpty());
}

void TestReschedulePresets::unknownPresetAndInvalidInput()
{
    const QDateTime now = utc("2026-03-03T10:00:00Z");
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(!ReschedulePresets::resolve(0, now, berlin).isValid());
    QVERIFY(!ReschedulePresets::resolve(5, now, berlin).isValid());
    for (int preset = 1; preset <= 4; ++preset) {
        QVERIFY(!ReschedulePresets::resolve(preset, QDateTime(), berlin).isValid());
        // An unusable zone falls back to UTC instead of failing.
        QCOMPARE(ReschedulePresets::resolve(preset, now, QTimeZone()),
                 ReschedulePresets::resolve(preset, now, QTimeZone::utc()));
    }
}

QTEST_GUILESS_MAIN(TestReschedulePresets)
#include "tst_reschedulepresets.moc"
