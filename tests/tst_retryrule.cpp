// The retry rule for outcomes without a todoAction, with the clock held still: a call that did
// not connect comes back after 3 hours of real time, any other a business day later at the same
// local time, and both land inside the contact's calling hours (on their clock, not the rep's).
#include "core/RetryRule.h"

#include "core/CallingHours.h"

#include <QTest>

using engage::CallingHours;
using engage::CallingHoursSettings;
using engage::RetryRule;
using engage::RetrySettings;

namespace {

QDateTime utc(const char *iso)
{
    const QDateTime at = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    Q_ASSERT(at.isValid());
    return at.toUTC();
}

RetrySettings retryNamed(const QByteArray &name)
{
    using namespace std::chrono_literals;
    RetrySettings s;
    if (name == "default")
        return s;
    if (name == "2h, 2 days") {
        s.notConnectedDelay = 2h;
        s.otherBusinessDays = 2;
    } else if (name == "none") {
        s.notConnectedDelay = 0s;
        s.otherBusinessDays = 0;
    } else if (name == "negative") {
        s.notConnectedDelay = -5h;
        s.otherBusinessDays = -3;
    } else if (name == "a week") {
        s.otherBusinessDays = 5;
    } else {
        qFatal("unknown retry settings in the table");
    }
    return s;
}

CallingHoursSettings hoursNamed(const QByteArray &name)
{
    // The table was written for a 09:00 to 17:00 window, Monday to Friday.
    CallingHoursSettings s;
    s.opens = QTime(9, 0);
    s.closes = QTime(17, 0);
    if (name == "9-17")
        return s;
    if (name == "around the clock") {
        s.opens = QTime(0, 0);
        s.closes = QTime(23, 59, 59, 999);
        s.days = {1, 2, 3, 4, 5, 6, 7};
    } else if (name == "mon-sat") {
        s.days = {1, 2, 3, 4, 5, 6};
    } else {
        qFatal("unknown hours in the table");
    }
    return s;
}

} // namespace

class TestRetryRule : public QObject
{
    Q_OBJECT

private slots:
    void nextDue_data();
    void nextDue();
    void resultIsInsideHoursAndAfterNow();
    void invalidNow();
};

void TestRetryRule::nextDue_data()
{
    QTest::addColumn<QByteArray>("zone"); // the contact's; the rep is in Berlin
    QTest::addColumn<QByteArray>("retry");
    QTest::addColumn<QByteArray>("hours");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");

    const auto row = [](const char *name, const char *zone, const char *retry, const char *hours,
                        bool connected, const char *now, const char *expected) {
        QTest::newRow(name) << QByteArray(zone) << QByteArray(retry) << QByteArray(hours)
                            << connected << utc(now) << utc(expected);
    };
    const bool noAnswer = false; // NOT_CONNECTED
    const bool answered = true;  // any other connect status
    const char *berlin = "Europe/Berlin";
    const char *ny = "America/New_York";

    // Not connected: three hours later, then into the window. New York is on EST (UTC-5).
    row("no answer tuesday morning", ny, "default", "9-17", noAnswer, "2026-03-03T15:00:00Z",
        "2026-03-03T18:00:00Z");
    row("no answer lands at 16:59", ny, "default", "9-17", noAnswer, "2026-03-03T18:59:00Z",
        "2026-03-03T21:59:00Z");
    row("no answer lands on closing time", ny, "default", "9-17", noAnswer, "2026-03-03T19:00:00Z",
        "2026-03-04T14:00:00Z");
    row("no answer tuesday afternoon", ny, "default", "9-17", noAnswer, "2026-03-03T19:30:00Z",
        "2026-03-04T14:00:00Z");
    row("no answer friday afternoon, monday is EDT", ny, "default", "9-17", noAnswer,
        "2026-03-06T20:00:00Z", "2026-03-09T13:00:00Z");
    row("no answer before opening", ny, "default", "9-17", noAnswer, "2026-03-03T10:00:00Z",
        "2026-03-03T14:00:00Z");
    row("no answer saturday", ny, "default", "9-17", noAnswer, "2026-03-07T16:00:00Z",
        "2026-03-09T13:00:00Z");
    row("no answer, kolkata evening", "Asia/Kolkata", "default", "9-17", noAnswer,
        "2026-03-06T10:30:00Z", "2026-03-09T03:30:00Z");
    // Three hours are three hours of real time, also over a DST change.
    row("no answer over the spring gap", berlin, "default", "around the clock", noAnswer,
        "2026-03-28T23:30:00Z", "2026-03-29T02:30:00Z");
    row("no answer over the repeated hour", berlin, "default", "around the clock", noAnswer,
        "2026-10-24T23:30:00Z", "2026-10-25T02:30:00Z");

    // Connected: the same local time on the next business day. Berlin is on CET (UTC+1).
    row("follow up tuesday", berlin, "default", "9-17", answered, "2026-03-03T09:00:00Z",
        "2026-03-04T09:00:00Z");
    row("follow up thursday", berlin, "default", "9-17", answered, "2026-03-05T09:00:00Z",
        "2026-03-06T09:00:00Z");
    row("follow up friday", berlin, "default", "9-17", answered, "2026-03-06T09:00:00Z",
        "2026-03-09T09:00:00Z");
    row("follow up friday 16:59", berlin, "default", "9-17", answered, "2026-03-06T15:59:00Z",
        "2026-03-09T15:59:00Z");
    row("follow up friday evening", berlin, "default", "9-17", answered, "2026-03-06T17:30:00Z",
        "2026-03-10T08:00:00Z");
    row("follow up saturday", berlin, "default", "9-17", answered, "2026-03-07T10:00:00Z",
        "2026-03-09T10:00:00Z");
    row("follow up sunday early", berlin, "default", "9-17", answered, "2026-03-08T06:00:00Z",
        "2026-03-09T08:00:00Z");
    row("follow up over spring forward", berlin, "default", "9-17", answered,
        "2026-03-27T09:00:00Z", "2026-03-30T08:00:00Z");
    row("follow up over fall back", berlin, "default", "9-17", answered, "2026-10-23T08:00:00Z",
        "2026-10-26T09:00:00Z");
    row("follow up in new york over spring forward", ny, "default", "9-17", answered,
        "2026-03-06T16:00:00Z", "2026-03-09T15:00:00Z");
    row("follow up in sydney as dst ends", "Australia/Sydney", "default", "9-17", answered,
        "2026-04-02T23:00:00Z", "2026-04-06T00:00:00Z");
    // The contact's Friday 09:30 is the rep's Thursday 23:30: Monday comes next, not Friday.
    row("follow up on the contact's friday", "Australia/Sydney", "default", "9-17", answered,
        "2026-03-05T22:30:00Z", "2026-03-08T22:30:00Z");
    row("follow up chatham, already tuesday", "Pacific/Chatham", "default", "9-17", answered,
        "2026-03-02T20:00:00Z", "2026-03-03T20:00:00Z");
    row("follow up without a zone: the rep's clock", "", "default", "9-17", answered,
        "2026-03-03T09:00:00Z", "2026-03-04T09:00:00Z");
    // Saturday calling hours do not make Saturday a business day.
    row("follow up friday with saturday hours", berlin, "default", "mon-sat", answered,
        "2026-03-06T09:00:00Z", "2026-03-09T09:00:00Z");

    // Configured intervals.
    row("two hours", ny, "2h, 2 days", "9-17", noAnswer, "2026-03-03T15:00:00Z",
        "2026-03-03T17:00:00Z");
    row("two business days from thursday", berlin, "2h, 2 days", "9-17", answered,
        "2026-03-05T09:00:00Z", "2026-03-09T09:00:00Z");
    row("two business days from friday", berlin, "2h, 2 days", "9-17", answered,
        "2026-03-06T09:00:00Z", "2026-03-10T09:00:00Z");
    row("five business days is a week", berlin, "a week", "9-17", answered, "2026-03-04T09:00:00Z",
        "2026-03-11T09:00:00Z");
    row("no delay, outside hours", berlin, "none", "9-17", noAnswer, "2026-03-03T17:00:00Z",
        "2026-03-04T08:00:00Z");
    row("no delay, inside hours", berlin, "none", "9-17", noAnswer, "2026-03-03T09:00:00Z",
        "2026-03-03T09:00:00Z");
    row("no business days", berlin, "none", "9-17", answered, "2026-03-03T09:00:00Z",
        "2026-03-03T09:00:00Z");
    row("negative counts as zero, not connected", berlin, "negative", "9-17", noAnswer,
        "2026-03-03T09:00:00Z", "2026-03-03T09:00:00Z");
    row("negative counts as zero, connected", berlin, "negative", "9-17", answered,
        "2026-03-07T09:00:00Z", "2026-03-09T08:00:00Z");
}

void TestRetryRule::nextDue()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, retry);
    QFETCH(QByteArray, hours);
    QFETCH(bool, connected);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);

    const CallingHours h = CallingHours::forZoneId(QString::fromLatin1(zone),
                                                   QTimeZone("Europe/Berlin"), hoursNamed(hours));
    const RetryRule rule(retryNamed(retry));
    const QDateTime got = rule.nextDue(connected, now, h);
    QCOMPARE(got, expected);
    QCOMPARE(got.timeSpec(), Qt::UTC);
    QVERIFY(h.isOpen(got));
    // The same instant given in another zone is the same retry.
    QCOMPARE(rule.nextDue(connected, now.toTimeZone(QTimeZone("Asia/Tokyo")), h), expected);
}

void TestRetryRule::resultIsInsideHoursAndAfterNow()
{
    // Every 97 minutes through 2026: a retry is never before now, always inside the hours, and
    // a connected one never lands on a weekend or before the next business day.
    const QByteArray zones[] = {"Europe/Berlin", "America/New_York", "Australia/Sydney",
                                "Pacific/Chatham"};
    const RetryRule rule;
    for (const QByteArray &id : zones) {
        const QTimeZone zone(id);
        const CallingHours h(zone, QTimeZone("Europe/Berlin"));
        for (QDateTime now = utc("2026-01-01T00:00:00Z"); now < utc("2027-01-01T00:00:00Z");
             now = now.addSecs(97 * 60)) {
            const QByteArray where = id + ' ' + now.toString(Qt::ISODate).toLatin1();
            const QDateTime missed = rule.nextDue(false, now, h);
            QVERIFY2(missed >= now.addSecs(3 * 3600) && h.isOpen(missed), where.constData());
            const QDateTime answered = rule.nextDue(true, now, h);
            QVERIFY2(answered > now && h.isOpen(answered), where.constData());
            const QDate today = now.toTimeZone(zone).date();
            const QDate day = answered.toTimeZone(zone).date();
            QVERIFY2(day > today && day.dayOfWeek() <= Qt::Friday, where.constData());
            QVERIFY2(today.daysTo(day) <= 4, where.constData()); // Friday evening to Tuesday
        }
    }
}

void TestRetryRule::invalidNow()
{
    const CallingHours h(QTimeZone("Europe/Berlin"), QTimeZone("Europe/Berlin"));
    QVERIFY(!RetryRule().nextDue(false, QDateTime(), h).isValid());
    QVERIFY(!RetryRule().nextDue(true, QDateTime(), h).isValid());
    QCOMPARE(RetryRule().settings(), RetrySettings{});
    QCOMPARE(RetryRule().settings().notConnectedDelay, std::chrono::seconds(3 * 3600));
    QCOMPARE(RetryRule().settings().otherBusinessDays, 1);
}

QTEST_GUILESS_MAIN(TestRetryRule)
#include "tst_retryrule.moc"
