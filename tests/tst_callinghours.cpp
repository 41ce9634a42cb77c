// A contact's calling hours at fixed instants: what the call card says and when the next window
// opens, across midnight (zones where it is already tomorrow), weekends, DST in the contact's
// zone and in the rep's, and contacts with no zone or one we do not know.
#include "core/CallingHours.h"

#include "core/Task.h"

#include <QTest>

using engage::CallingHours;
using engage::CallingHoursSettings;

namespace {

QDateTime utc(const char *iso)
{
    const QDateTime at = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    Q_ASSERT(at.isValid());
    return at.toUTC();
}

const QList<int> AllDays{1, 2, 3, 4, 5, 6, 7};

// The windows the table uses, by name.
CallingHoursSettings hoursNamed(const QByteArray &name)
{
    CallingHoursSettings s;
    if (name == "default") // 08:00 to 18:00, Monday to Friday: the window
        return s;
    // The rest of the table was written for a 09:00 to 17:00 window, with contacts without a
    // zone read on the rep's clock.
    s.opens = QTime(9, 0);
    s.closes = QTime(17, 0);
    s.withoutZone = CallingHoursSettings::WithoutZone::UseRepZone;
    if (name == "9-17")
        return s;
    if (name == "mon-sat") {
        s.days = {1, 2, 3, 4, 5, 6};
    } else if (name == "mondays") {
        s.days = {Qt::Monday};
    } else if (name == "broken") { // opens after it closes
        s.opens = QTime(18, 0);
        s.closes = QTime(8, 0);
    } else if (name == "daily from 03:00") {
        s.opens = QTime(3, 0);
        s.days = AllDays;
    } else if (name == "daily from 02:30") {
        s.opens = QTime(2, 30);
        s.days = AllDays;
    } else if (name == "daily from 00:00") {
        s.opens = QTime(0, 0);
        s.days = AllDays;
    } else if (name == "always open without zone") {
        s.withoutZone = CallingHoursSettings::WithoutZone::AlwaysOpen;
    } else {
        qFatal("unknown hours in the table");
    }
    return s;
}

} // namespace

class TestCallingHours : public QObject
{
    Q_OBJECT

private slots:
    void atInstant_data();
    void atInstant();
    void clampInto_data();
    void clampInto();
    void zoneSource_data();
    void zoneSource();
    void firstInstantAt_data();
    void firstInstantAt();
    void nextOpeningIsTheFirstOpenMinute();
    void fromContactAndDefaults();
    void invalidInstants();
};

void TestCallingHours::atInstant_data()
{
    QTest::addColumn<QByteArray>("contactZone");
    QTest::addColumn<QByteArray>("repZone");
    QTest::addColumn<QByteArray>("hours");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QDateTime>("next");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("opensText"); // on the rep's clock

    // An open row: next is now, the rep's mark is empty.
    const auto open = [](const char *name, const char *contact, const char *rep, const char *hours,
                         const char *now, const char *label) {
        QTest::newRow(name) << QByteArray(contact) << QByteArray(rep) << QByteArray(hours)
                            << utc(now) << true << utc(now) << QString::fromUtf8(label)
                            << QString();
    };
    const auto closed = [](const char *name, const char *contact, const char *rep,
                           const char *hours, const char *now, const char *next, const char *label,
                           const char *opensText) {
        QTest::newRow(name) << QByteArray(contact) << QByteArray(rep) << QByteArray(hours)
                            << utc(now) << false << utc(next) << QString::fromUtf8(label)
                            << QString::fromUtf8(opensText);
    };
    const char *berlin = "Europe/Berlin";
    const char *ny = "America/New_York";
    const char *sydney = "Australia/Sydney";
    const char *kolkata = "Asia/Kolkata";
    const char *chatham = "Pacific/Chatham";

    // An ordinary week in Berlin (CET, UTC+1); Tue 2026-03-03.
    open("berlin tue afternoon", berlin, berlin, "9-17", "2026-03-03T13:30:00Z",
         "14:30 there · good time");
    open("berlin opens on the minute", berlin, berlin, "9-17", "2026-03-03T08:00:00Z",
         "09:00 there · good time");
    closed("berlin a minute early", berlin, berlin, "9-17", "2026-03-03T07:59:00Z",
           "2026-03-03T08:00:00Z", "08:59 there · outside calling hours (opens 09:00)",
           "opens 09:00 your time");
    open("berlin 16:59 still open", berlin, berlin, "9-17", "2026-03-03T15:59:59Z",
         "16:59 there · good time");
    closed("berlin 17:00 closed", berlin, berlin, "9-17", "2026-03-03T16:00:00Z",
           "2026-03-04T08:00:00Z", "17:00 there · outside calling hours (opens 09:00 Wed)",
           "opens 09:00 Wed your time");
    closed("berlin friday evening", berlin, berlin, "9-17", "2026-03-06T18:30:00Z",
           "2026-03-09T08:00:00Z", "19:30 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("berlin saturday noon", berlin, berlin, "9-17", "2026-03-07T11:00:00Z",
           "2026-03-09T08:00:00Z", "12:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("berlin sunday 23:59", berlin, berlin, "9-17", "2026-03-08T22:59:00Z",
           "2026-03-09T08:00:00Z", "23:59 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("berlin monday 00:00 is today", berlin, berlin, "9-17", "2026-03-08T23:00:00Z",
           "2026-03-09T08:00:00Z", "00:00 there · outside calling hours (opens 09:00)",
           "opens 09:00 your time");

    // Across midnight: zones where it is already tomorrow.
    open("sydney monday is the rep's sunday", sydney, ny, "9-17", "2026-03-01T23:00:00Z",
         "10:00 there · good time");
    // New York springs forward on Sun 2026-03-08: the rep's 18:00 Sun is EDT.
    closed("sydney friday 17:00 is the rep's small hours", sydney, ny, "9-17",
           "2026-03-06T06:00:00Z", "2026-03-08T22:00:00Z",
           "17:00 there · outside calling hours (opens 09:00 Mon)", "opens 18:00 Sun your time");
    closed("chatham late friday (+13:45)", chatham, berlin, "9-17", "2026-03-06T10:00:00Z",
           "2026-03-08T19:15:00Z", "23:45 there · outside calling hours (opens 09:00 Mon)",
           "opens 20:15 Sun your time");
    open("chatham tuesday is the rep's monday night", chatham, berlin, "9-17",
         "2026-03-02T20:00:00Z", "09:45 there · good time");
    open("kolkata opens at 03:30 utc (+5:30)", kolkata, berlin, "9-17", "2026-03-02T03:30:00Z",
         "09:00 there · good time");
    closed("kolkata a minute early", kolkata, berlin, "9-17", "2026-03-02T03:29:00Z",
           "2026-03-02T03:30:00Z", "08:59 there · outside calling hours (opens 09:00)",
           "opens 04:30 your time");
    closed("kolkata evening", kolkata, berlin, "9-17", "2026-03-02T11:30:00Z",
           "2026-03-03T03:30:00Z", "17:00 there · outside calling hours (opens 09:00 Tue)",
           "opens 04:30 Tue your time");
    // Los Angeles springs forward on Sun 2026-03-08 too.
    closed("tokyo already saturday", "Asia/Tokyo", "America/Los_Angeles", "9-17",
           "2026-03-06T16:00:00Z", "2026-03-09T00:00:00Z",
           "01:00 there · outside calling hours (opens 09:00 Mon)", "opens 17:00 Sun your time");

    // DST in the contact's zone: Monday 09:00 is at another UTC hour than Friday's.
    closed("berlin spring forward weekend", berlin, berlin, "9-17", "2026-03-27T17:00:00Z",
           "2026-03-30T07:00:00Z", "18:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("berlin on the spring sunday", berlin, berlin, "9-17", "2026-03-29T01:30:00Z",
           "2026-03-30T07:00:00Z", "03:30 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("berlin fall back weekend", berlin, berlin, "9-17", "2026-10-23T16:00:00Z",
           "2026-10-26T08:00:00Z", "18:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("berlin in the repeated hour", berlin, berlin, "9-17", "2026-10-25T00:30:00Z",
           "2026-10-26T08:00:00Z", "02:30 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    // The rep in Berlin is still on CET: New York's 09:00 EDT is 14:00 there, not 15:00.
    closed("new york spring forward", ny, berlin, "9-17", "2026-03-06T22:00:00Z",
           "2026-03-09T13:00:00Z", "17:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 14:00 Mon your time");
    closed("new york fall back", ny, berlin, "9-17", "2026-10-30T21:00:00Z", "2026-11-02T14:00:00Z",
           "17:00 there · outside calling hours (opens 09:00 Mon)", "opens 15:00 Mon your time");
    closed("sydney dst ends", sydney, sydney, "9-17", "2026-04-03T07:00:00Z",
           "2026-04-05T23:00:00Z", "18:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("sydney dst starts", sydney, sydney, "9-17", "2026-10-02T07:00:00Z",
           "2026-10-04T22:00:00Z", "17:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    closed("chatham dst starts (+12:45 to +13:45)", chatham, chatham, "9-17",
           "2026-09-25T05:00:00Z", "2026-09-27T19:15:00Z",
           "17:45 there · outside calling hours (opens 09:00 Mon)", "opens 09:00 Mon your time");
    closed("chatham dst ends", chatham, chatham, "9-17", "2026-04-03T04:00:00Z",
           "2026-04-05T20:15:00Z", "17:45 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");

    // DST in the rep's zone only: the contact's window stays put, the rep's clock moves.
    closed("kolkata contact, rep springs forward", kolkata, berlin, "9-17", "2026-03-29T12:00:00Z",
           "2026-03-30T03:30:00Z", "17:30 there · outside calling hours (opens 09:00 Mon)",
           "opens 05:30 Mon your time");
    closed("kolkata contact, rep falls back", kolkata, berlin, "9-17", "2026-10-25T12:00:00Z",
           "2026-10-26T03:30:00Z", "17:30 there · outside calling hours (opens 09:00 Mon)",
           "opens 04:30 Mon your time");
    closed("new york contact, rep's sydney dst ends", ny, sydney, "9-17", "2026-04-03T21:30:00Z",
           "2026-04-06T13:00:00Z", "17:30 there · outside calling hours (opens 09:00 Mon)",
           "opens 23:00 Mon your time");

    // No zone, or one we do not know: the rep's zone, and the label says so.
    open("no zone reads the rep's clock", "", berlin, "9-17", "2026-03-03T13:30:00Z",
         "14:30 your time (no time zone for this contact) · good time");
    closed("no zone, the rep's evening", "", ny, "9-17", "2026-03-03T23:10:00Z",
           "2026-03-04T14:00:00Z",
           "18:10 your time (no time zone for this contact) · outside calling hours (opens 09:00 "
           "Wed)",
           "opens 09:00 Wed your time");
    closed("unknown zone id", "Mars/Olympus_Mons", berlin, "9-17", "2026-03-03T21:10:00Z",
           "2026-03-04T08:00:00Z",
           "22:10 your time (time zone not recognised) · outside calling hours (opens 09:00 Wed)",
           "opens 09:00 Wed your time");
    closed("a path is no zone id", "../../../../etc/passwd", berlin, "9-17", "2026-03-03T21:10:00Z",
           "2026-03-04T08:00:00Z",
           "22:10 your time (time zone not recognised) · outside calling hours (opens 09:00 Wed)",
           "opens 09:00 Wed your time");
    open("a blank zone is no zone", "   ", berlin, "9-17", "2026-03-03T13:30:00Z",
         "14:30 your time (no time zone for this contact) · good time");
    open("legacy alias as gong sends it", "US/Pacific", berlin, "9-17", "2026-03-03T22:30:00Z",
         "14:30 there · good time");
    closed("an unusable rep zone is utc", "", "Nowhere/Atlantis", "9-17", "2026-03-03T08:30:00Z",
           "2026-03-03T09:00:00Z",
           "08:30 your time (no time zone for this contact) · outside calling hours (opens 09:00)",
           "opens 09:00 your time");
    open("no zone, always open by setting", "", berlin, "always open without zone",
         "2026-03-07T03:00:00Z", "no time zone for this contact · always callable");
    open("unknown zone, always open by setting", "Mars/Base", berlin, "always open without zone",
         "2026-03-07T03:00:00Z", "time zone not recognised · always callable");
    closed("a known zone ignores always open", berlin, berlin, "always open without zone",
           "2026-03-07T03:00:00Z", "2026-03-09T08:00:00Z",
           "04:00 there · outside calling hours (opens 09:00 Mon)", "opens 09:00 Mon your time");

    // Other windows.
    closed("08-18 before eight", berlin, berlin, "default", "2026-03-03T06:30:00Z",
           "2026-03-03T07:00:00Z", "07:30 there · outside calling hours (opens 08:00)",
           "opens 08:00 your time");
    open("08-18 at half past five", berlin, berlin, "default", "2026-03-03T16:30:00Z",
         "17:30 there · good time");
    open("saturday is a calling day", berlin, berlin, "mon-sat", "2026-03-07T11:00:00Z",
         "12:00 there · good time");
    closed("mon-sat skips sunday only", berlin, berlin, "mon-sat", "2026-03-07T17:00:00Z",
           "2026-03-09T08:00:00Z", "18:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");
    open("a window that cannot be is the default", berlin, berlin, "broken", "2026-03-03T13:30:00Z",
         "14:30 there · good time");
    closed("mondays only, a week away", berlin, berlin, "mondays", "2026-03-02T17:00:00Z",
           "2026-03-09T08:00:00Z", "18:00 there · outside calling hours (opens 09:00 Mon)",
           "opens 09:00 Mon your time");

    // An opening time the clock springs over or passes twice.
    closed("opening in chatham's gap is the gap's end", chatham, chatham, "daily from 03:00",
           "2026-09-26T12:00:00Z", "2026-09-26T14:00:00Z",
           "00:45 there · outside calling hours (opens 03:45)", "opens 03:45 your time");
    closed("opening in berlin's repeated hour, first pass", berlin, berlin, "daily from 02:30",
           "2026-10-24T22:00:00Z", "2026-10-25T00:30:00Z",
           "00:00 there · outside calling hours (opens 02:30)", "opens 02:30 your time");
    closed("opening in berlin's repeated hour, second pass", berlin, berlin, "daily from 02:30",
           "2026-10-25T01:10:00Z", "2026-10-25T01:30:00Z",
           "02:10 there · outside calling hours (opens 02:30)", "opens 02:30 your time");
    closed("santiago springs over midnight", "America/Santiago", "America/Santiago",
           "daily from 00:00", "2026-09-05T22:00:00Z", "2026-09-06T04:00:00Z",
           "18:00 there · outside calling hours (opens 01:00 Sun)", "opens 01:00 Sun your time");
}

void TestCallingHours::atInstant()
{
    QFETCH(QByteArray, contactZone);
    QFETCH(QByteArray, repZone);
    QFETCH(QByteArray, hours);
    QFETCH(QDateTime, now);
    QFETCH(bool, open);
    QFETCH(QDateTime, next);
    QFETCH(QString, label);
    QFETCH(QString, opensText);

    const CallingHours h = CallingHours::forZoneId(QString::fromLatin1(contactZone),
                                                   QTimeZone(repZone), hoursNamed(hours));
    QCOMPARE(h.isOpen(now), open);
    const QDateTime got = h.nextOpening(now);
    QCOMPARE(got, next);
    QCOMPARE(got.timeSpec(), Qt::UTC);
    QCOMPARE(h.label(now), label);
    QCOMPARE(h.opensText(now), opensText);
    QCOMPARE(h.clampInto(now), next);
    QVERIFY(h.isOpen(got));
    if (!open) // the minute before the window is still outside it
        QVERIFY(!h.isOpen(got.addSecs(-60)));
    if (!h.isAlwaysOpen())
        QVERIFY(label.startsWith(h.localTime(now).toString(QStringLiteral("HH:mm"))));
}

void TestCallingHours::clampInto_data()
{
    QTest::addColumn<QByteArray>("contactZone");
    QTest::addColumn<QDateTime>("candidate");
    QTest::addColumn<QDateTime>("expected");

    const auto row = [](const char *name, const char *zone, const char *candidate,
                        const char *expected) {
        QTest::newRow(name) << QByteArray(zone) << utc(candidate) << utc(expected);
    };
    row("inside stays", "Europe/Berlin", "2026-03-03T10:17:23Z", "2026-03-03T10:17:23Z");
    row("before the window, same day", "Europe/Berlin", "2026-03-03T05:00:00Z",
        "2026-03-03T08:00:00Z");
    row("after the window, next day", "Europe/Berlin", "2026-03-03T17:45:00Z",
        "2026-03-04T08:00:00Z");
    row("friday night to monday", "America/New_York", "2026-03-07T01:00:00Z",
        "2026-03-09T13:00:00Z");
    row("over the spring gap", "Europe/Berlin", "2026-03-28T09:00:00Z", "2026-03-30T07:00:00Z");
    row("already monday in kolkata", "Asia/Kolkata", "2026-03-01T20:00:00Z",
        "2026-03-02T03:30:00Z");
    row("chatham sunday evening is monday's window", "Pacific/Chatham", "2026-03-08T19:14:59Z",
        "2026-03-08T19:15:00Z");
    row("no zone clamps on the rep's clock", "", "2026-03-03T18:00:00Z", "2026-03-04T08:00:00Z");
}

void TestCallingHours::clampInto()
{
    QFETCH(QByteArray, contactZone);
    QFETCH(QDateTime, candidate);
    QFETCH(QDateTime, expected);
    const CallingHours h = CallingHours::forZoneId(QString::fromLatin1(contactZone),
                                                   QTimeZone("Europe/Berlin"), hoursNamed("9-17"));
    const QDateTime got = h.clampInto(candidate);
    QCOMPARE(got, expected);
    QCOMPARE(got.timeSpec(), Qt::UTC);
    // A candidate given in another zone is the same instant.
    QCOMPARE(h.clampInto(candidate.toTimeZone(QTimeZone("Asia/Tokyo"))), expected);
}

void TestCallingHours::zoneSource_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("source");
    QTest::addColumn<QByteArray>("zone"); // what the window is read in
    const auto row = [](const char *id, CallingHours::ZoneSource source, const char *zone) {
        QTest::newRow(id) << QString::fromUtf8(id) << int(source) << QByteArray(zone);
    };
    using S = CallingHours::ZoneSource;
    row("Europe/Berlin", S::Contact, "Europe/Berlin");
    row(" Asia/Kolkata ", S::Contact, "Asia/Kolkata");
    row("US/Eastern", S::Contact, "US/Eastern");
    row("Etc/GMT+5", S::Contact, "Etc/GMT+5");
    row("UTC", S::Contact, "UTC");
    row("", S::MissingZone, "America/New_York");
    row("Mars/Base", S::UnknownZone, "America/New_York");
    row("Europe/Berlin; rm -rf /", S::UnknownZone, "America/New_York");
    row("/etc/localtime", S::UnknownZone, "America/New_York");
    row("Europe/../Europe/Berlin", S::UnknownZone, "America/New_York");
    row("Ëurope/Berlin", S::UnknownZone, "America/New_York");
}

void TestCallingHours::zoneSource()
{
    QFETCH(QString, id);
    QFETCH(int, source);
    QFETCH(QByteArray, zone);
    const CallingHours h = CallingHours::forZoneId(id, QTimeZone("America/New_York"));
    QCOMPARE(int(h.zoneSource()), source);
    QCOMPARE(h.usesContactZone(), source == int(CallingHours::ZoneSource::Contact));
    QCOMPARE(h.zone().id(), zone);
    QCOMPARE(h.repZone().id(), QByteArray("America/New_York"));
}

void TestCallingHours::firstInstantAt_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");
    const auto row = [](const char *name, const char *zone, QDate date, QTime time,
                        const char *expected) {
        QTest::newRow(name) << QByteArray(zone) << date << time
                            << (expected ? utc(expected) : QDateTime());
    };
    row("ordinary", "Europe/Berlin", {2026, 3, 3}, {9, 0}, "2026-03-03T08:00:00Z");
    row("berlin gap", "Europe/Berlin", {2026, 3, 29}, {2, 30}, "2026-03-29T01:00:00Z");
    row("berlin after the gap", "Europe/Berlin", {2026, 3, 29}, {3, 0}, "2026-03-29T01:00:00Z");
    row("berlin repeat: the first", "Europe/Berlin", {2026, 10, 25}, {2, 30},
        "2026-10-25T00:30:00Z");
    row("new york gap", "America/New_York", {2026, 3, 8}, {2, 15}, "2026-03-08T07:00:00Z");
    row("chatham gap at 02:45", "Pacific/Chatham", {2026, 9, 27}, {3, 0}, "2026-09-26T14:00:00Z");
    row("santiago midnight gap", "America/Santiago", {2026, 9, 6}, {0, 0}, "2026-09-06T04:00:00Z");
    row("kolkata has no dst", "Asia/Kolkata", {2026, 3, 29}, {2, 30}, "2026-03-28T21:00:00Z");
    row("invalid zone", "", {2026, 3, 3}, {9, 0}, nullptr);
    row("invalid time", "Europe/Berlin", {2026, 3, 3}, QTime(25, 0), nullptr);
}

void TestCallingHours::firstInstantAt()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);
    const QTimeZone tz = zone.isEmpty() ? QTimeZone() : QTimeZone(zone);
    QCOMPARE(CallingHours::firstInstantAt(date, time, tz), expected);
}

void TestCallingHours::nextOpeningIsTheFirstOpenMinute()
{
    // Every 5 h 7 min through 2026 in zones with and without DST, on both hemispheres: the next
    // opening is open, not before now, and no half hour between now and it is open.
    const QByteArray zones[] = {"Europe/Berlin", "America/New_York", "Australia/Sydney",
                                "Asia/Kolkata",  "Pacific/Chatham",  "America/Santiago"};
    for (const QByteArray &id : zones) {
        const CallingHours h(QTimeZone(id), QTimeZone("Europe/Berlin"));
        for (QDateTime now = utc("2026-01-01T00:00:00Z"); now < utc("2027-01-01T00:00:00Z");
             now = now.addSecs(5 * 3600 + 7 * 60)) {
            const QDateTime next = h.nextOpening(now);
            const QByteArray where = id + ' ' + now.toString(Qt::ISODate).toLatin1();
            QVERIFY2(next.isValid() && next >= now && h.isOpen(next), where.constData());
            QVERIFY2(next.secsTo(now) <= 0 && now.secsTo(next) < 4 * 86400, where.constData());
            for (QDateTime t = now.addSecs(1800); t < next; t = t.addSecs(1800))
                QVERIFY2(!h.isOpen(t), where.constData());
            const QDateTime local = next.toTimeZone(QTimeZone(id));
            QVERIFY2(local.time() == QTime(8, 0) || next == now, where.constData());
        }
    }
}

void TestCallingHours::fromContactAndDefaults()
{
    engage::Contact contact;
    contact.timezone = QStringLiteral("Asia/Kolkata");
    const QTimeZone rep("Europe/Berlin");
    QCOMPARE(CallingHours::forContact(contact, rep), CallingHours(QTimeZone("Asia/Kolkata"), rep));
    contact.timezone.clear();
    QCOMPARE(CallingHours::forContact(contact, rep).zoneSource(),
             CallingHours::ZoneSource::MissingZone);
    QCOMPARE(CallingHours(QTimeZone(), rep).zoneSource(), CallingHours::ZoneSource::MissingZone);

    const CallingHoursSettings defaults;
    QVERIFY(defaults.isValid());
    QCOMPARE(defaults.opens, QTime(8, 0));
    QCOMPARE(defaults.closes, QTime(18, 0));
    // The rule: a contact without a zone is always callable, unless the rep says so.
    QCOMPARE(defaults.withoutZone, CallingHoursSettings::WithoutZone::AlwaysOpen);
    QVERIFY(CallingHours(QTimeZone(), rep).isAlwaysOpen());
    QCOMPARE(defaults.days, (QList<int>{1, 2, 3, 4, 5}));
    CallingHoursSettings noDays;
    noDays.days.clear();
    QVERIFY(!noDays.isValid());
    CallingHoursSettings day8;
    day8.days = {8};
    QVERIFY(!day8.isValid());
    CallingHoursSettings equal;
    equal.closes = equal.opens;
    QVERIFY(!equal.isValid());
    // Unusable settings become the defaults, keeping what to do without a zone.
    CallingHoursSettings broken = noDays;
    broken.withoutZone = CallingHoursSettings::WithoutZone::AlwaysOpen;
    const CallingHours h(QTimeZone(), rep, broken);
    QCOMPARE(h.settings().days, defaults.days);
    QVERIFY(h.isAlwaysOpen());

    const CallingHours byDefault;
    QCOMPARE(byDefault.zoneSource(), CallingHours::ZoneSource::MissingZone);
    QCOMPARE(byDefault.zone(), QTimeZone::utc());
}

void TestCallingHours::invalidInstants()
{
    const CallingHours h(QTimeZone("Europe/Berlin"), QTimeZone("Europe/Berlin"));
    QVERIFY(!h.isOpen(QDateTime()));
    QVERIFY(!h.nextOpening(QDateTime()).isValid());
    QVERIFY(!h.clampInto(QDateTime()).isValid());
    QVERIFY(!h.localTime(QDateTime()).isValid());
    QVERIFY(h.label(QDateTime()).isEmpty());
    QVERIFY(h.opensText(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCallingHours)
#include "tst_callinghours.moc"
