#include "core/DatePhrase.h"

#include <QTest>

using engage::DatePhrase;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// Mon 1 Dec 2025, 15:00 in Berlin (UTC+1).
const char *const Monday = "2025-12-01T14:00:00Z";

void row(const char *phrase, const char *now, const char *zone, const char *expected,
         const char *locale = "en_GB")
{
    QTest::newRow(phrase) << QString::fromUtf8(phrase) << QString::fromLatin1(now)
                          << QByteArray(zone) << QString::fromLatin1(expected)
                          << QString::fromLatin1(locale);
}

// The same phrase twice in one table needs a name of its own.
void named(const char *name, const char *phrase, const char *now, const char *zone,
           const char *expected, const char *locale = "en_GB")
{
    QTest::newRow(name) << QString::fromUtf8(phrase) << QString::fromLatin1(now) << QByteArray(zone)
                        << QString::fromLatin1(expected) << QString::fromLatin1(locale);
}

} // namespace

class TestDatePhrase : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rolledToTomorrowIsSaid();
    void refusalsSayWhy();
    void resultIsUtc();
};

void TestDatePhrase::parse_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected"); // an instant, "refused" or "skipped" (a DST gap)
    QTest::addColumn<QString>("locale");
    const char *const B = "Europe/Berlin";

    // English, now Mon 1 Dec 2025 15:00 Berlin.
    row("3pm", Monday, B, "2025-12-02T14:00:00Z"); // exactly now: the next one
    row("4pm", Monday, B, "2025-12-01T15:00:00Z");
    row("15:30", Monday, B, "2025-12-01T14:30:00Z");
    row("3:30 pm", Monday, B, "2025-12-01T14:30:00Z");
    row("tomorrow 4pm", Monday, B, "2025-12-02T15:00:00Z");
    row("TOMORROW 4PM", Monday, B, "2025-12-02T15:00:00Z");
    row("at 4pm tomorrow", Monday, B, "2025-12-02T15:00:00Z");
    row("tomorrow", Monday, B, "2025-12-02T08:00:00Z");
    row("today 17:00", Monday, B, "2025-12-01T16:00:00Z");
    row("today 9", Monday, B, "2025-12-01T08:00:00Z"); // past: the dialog refuses it
    row("in 3 days", Monday, B, "2025-12-04T14:00:00Z");
    row("in 2 weeks", Monday, B, "2025-12-15T14:00:00Z");
    row("in 3 days 10:00", Monday, B, "2025-12-04T09:00:00Z");
    row("in 2h", Monday, B, "2025-12-01T16:00:00Z");
    row("in 45 min", Monday, B, "2025-12-01T14:45:00Z");
    row("+90m", Monday, B, "2025-12-01T15:30:00Z");
    row("+2d", Monday, B, "2025-12-03T14:00:00Z");
    row("next tue 10:00", Monday, B, "2025-12-02T09:00:00Z");
    row("fri 9", Monday, B, "2025-12-05T08:00:00Z");
    row("dec 5 14:30", Monday, B, "2025-12-05T13:30:00Z");
    row("Dec 5th, 2026", Monday, B, "2026-12-05T08:00:00Z");
    row("5 dec", Monday, B, "2025-12-05T08:00:00Z");
    row("5.12. 14:30", Monday, B, "2025-12-05T13:30:00Z");
    row("5.12.2026", Monday, B, "2026-12-05T08:00:00Z");
    row("2026-01-15 10:30", Monday, B, "2026-01-15T09:30:00Z");
    named("12/5 en_GB is 12 May", "12/5", Monday, B, "2026-05-12T07:00:00Z");
    named("12/5 en_US is Dec 5", "12/5", Monday, B, "2025-12-05T08:00:00Z", "en_US");
    named("12/5 de_DE is 12 May", "12/5", Monday, B, "2026-05-12T07:00:00Z", "de_DE");
    row("monday", Monday, B, "2025-12-08T08:00:00Z"); // on a Monday: next week
    row("noon", Monday, B, "2025-12-02T11:00:00Z");
    row("eod", Monday, B, "2025-12-01T16:00:00Z");
    row("9", Monday, B, "2025-12-02T08:00:00Z"); // 09:00 has passed: tomorrow
    row("12am", Monday, B, "2025-12-01T23:00:00Z");
    row("12pm", Monday, B, "2025-12-02T11:00:00Z");
    row("day after tomorrow 8:15", Monday, B, "2025-12-03T07:15:00Z");
    row("Tue 2 Dec, 09:00", Monday, B, "2025-12-02T08:00:00Z"); // as the preview writes it

    // German.
    row("morgen 16 Uhr", Monday, B, "2025-12-02T15:00:00Z");
    row("übermorgen 9", Monday, B, "2025-12-03T08:00:00Z");
    row("uebermorgen 9", Monday, B, "2025-12-03T08:00:00Z");
    row("heute 15:30", Monday, B, "2025-12-01T14:30:00Z");
    row("in 3 Tagen", Monday, B, "2025-12-04T14:00:00Z");
    row("in 2 Stunden", Monday, B, "2025-12-01T16:00:00Z");
    row("nächsten Dienstag 10:00", Monday, B, "2025-12-02T09:00:00Z");
    row("naechsten Dienstag 10:00", Monday, B, "2025-12-02T09:00:00Z");
    row("Fr 9", Monday, B, "2025-12-05T08:00:00Z");
    row("5. Dez 14:30", Monday, B, "2025-12-05T13:30:00Z");
    row("am Freitag um 9 Uhr", Monday, B, "2025-12-05T08:00:00Z");
    row("16:30 Uhr", Monday, B, "2025-12-01T15:30:00Z");
    row("1. März", Monday, B, "2026-03-01T08:00:00Z");

    // French.
    row("demain 16h", Monday, B, "2025-12-02T15:00:00Z");
    row("demain à 16h", Monday, B, "2025-12-02T15:00:00Z");
    row("après-demain 9h", Monday, B, "2025-12-03T08:00:00Z");
    row("apres-demain 9h", Monday, B, "2025-12-03T08:00:00Z");
    row("aujourd'hui 15h30", Monday, B, "2025-12-01T14:30:00Z");
    row("aujourd’hui 15h30", Monday, B, "2025-12-01T14:30:00Z");
    row("dans 3 jours", Monday, B, "2025-12-04T14:00:00Z");
    row("dans 2 heures", Monday, B, "2025-12-01T16:00:00Z");
    row("mardi prochain 10h", Monday, B, "2025-12-02T09:00:00Z");
    row("ven 9h", Monday, B, "2025-12-05T08:00:00Z");
    row("5 déc 14h30", Monday, B, "2025-12-05T13:30:00Z");
    row("mar 10h", Monday, B, "2025-12-02T09:00:00Z"); // mardi: an hour follows
    row("mar 10", Monday, B, "2026-03-10T08:00:00Z");  // March: a day number follows

    // Month and year ends, a leap year.
    named("Jan 31 + tomorrow", "tomorrow 10:00", "2026-01-31T10:00:00Z", B, "2026-02-01T09:00:00Z");
    named("Jan 31 + 1 day", "in 1 day", "2026-01-31T10:00:00Z", B, "2026-02-01T10:00:00Z");
    named("Feb 28 2028 + tomorrow", "tomorrow 9", "2028-02-28T10:00:00Z", B,
          "2028-02-29T08:00:00Z");
    named("Feb 28 2028 + 1 day", "in 1 day", "2028-02-28T10:00:00Z", B, "2028-02-29T10:00:00Z");
    named("29 feb: the next leap year", "29 feb", Monday, B, "2028-02-29T08:00:00Z");
    named("Dec 31 + tomorrow", "tomorrow 9", "2025-12-31T20:00:00Z", B, "2026-01-01T08:00:00Z");
    named("Dec 31 time rolls into the new year", "9", "2025-12-31T20:00:00Z", B,
          "2026-01-01T08:00:00Z");
    named("Dec 31 + monday", "mon", "2025-12-31T20:00:00Z", B, "2026-01-05T08:00:00Z");
    named("dec 5 after the 5th: next year", "dec 5", "2025-12-06T10:00:00Z", B,
          "2026-12-05T08:00:00Z");
    named("dec 5 on the 5th: today", "dec 5 17:00", "2025-12-05T10:00:00Z", B,
          "2025-12-05T16:00:00Z");

    // Daylight saving: Berlin skips 02:00-03:00 on 29 Mar 2026 and repeats it on 25 Oct.
    named("Berlin gap", "tomorrow 2:30", "2026-03-28T12:00:00Z", B, "skipped");
    named("Berlin gap by date", "29.3. 02:30", "2026-03-28T12:00:00Z", B, "skipped");
    named("Berlin after the gap", "tomorrow 3:30", "2026-03-28T12:00:00Z", B,
          "2026-03-29T01:30:00Z");
    named("Berlin repeated: the first", "tomorrow 2:30", "2026-10-24T12:00:00Z", B,
          "2026-10-25T00:30:00Z");
    named("Berlin after the repeat", "tomorrow 3:30", "2026-10-24T12:00:00Z", B,
          "2026-10-25T02:30:00Z");
    named("in 2h over the gap counts real hours", "in 2h", "2026-03-29T00:30:00Z", B,
          "2026-03-29T02:30:00Z");
    named("New York gap", "tomorrow 2:30", "2026-03-07T15:00:00Z", "America/New_York", "skipped");
    named("New York repeated: the first", "tomorrow 1:30", "2026-10-31T15:00:00Z",
          "America/New_York", "2026-11-01T05:30:00Z");

    // The same words in the rep's zone and the contact's (16:00Z: Mon 17:00 in Berlin, Tue
    // 01:00 in Tokyo).
    named("tomorrow 9 Berlin", "tomorrow 9", "2025-12-01T16:00:00Z", B, "2025-12-02T08:00:00Z");
    named("tomorrow 9 Tokyo", "tomorrow 9", "2025-12-01T16:00:00Z", "Asia/Tokyo",
          "2025-12-03T00:00:00Z");
    named("today 9 Berlin", "today 9", "2025-12-01T16:00:00Z", B, "2025-12-01T08:00:00Z");
    named("today 9 Tokyo", "today 9", "2025-12-01T16:00:00Z", "Asia/Tokyo", "2025-12-02T00:00:00Z");
    named("fri 9 Tokyo", "fri 9", Monday, "Asia/Tokyo", "2025-12-05T00:00:00Z");

    // Refused.
    named("empty", "", Monday, B, "refused");
    named("blank", "   ", Monday, B, "refused");
    row("blah", Monday, B, "refused");
    row("32 dec", Monday, B, "refused");
    row("31 feb", Monday, B, "refused");
    row("13/13", Monday, B, "refused");
    row("25:00", Monday, B, "refused");
    row("24:00", Monday, B, "refused");
    row("15:60", Monday, B, "refused");
    row("9:5", Monday, B, "refused");
    row("13pm", Monday, B, "refused");
    row("in -3 days", Monday, B, "refused");
    row("in 0 days", Monday, B, "refused");
    row("in 3", Monday, B, "refused");
    row("tomorrow in 2h", Monday, B, "refused");
    row("tomorrow monday", Monday, B, "refused");
    row("2pm 3pm", Monday, B, "refused");
    row("Wed 2 Dec", Monday, B, "refused"); // 2 Dec 2025 is a Tuesday
    row("next", Monday, B, "refused");
    row("tomorrow 9 blah", Monday, B, "refused");
}

void TestDatePhrase::parse()
{
    QFETCH(QString, phrase);
    QFETCH(QString, now);
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    QFETCH(QString, locale);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const DatePhrase::Result result = DatePhrase::parse(phrase, utc(now), tz, QLocale(locale));
    if (expected == QLatin1String("refused") || expected == QLatin1String("skipped")) {
        QVERIFY2(!result.ok, qPrintable(result.at.toString(Qt::ISODate)));
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.skipped, expected == QLatin1String("skipped"));
        return;
    }
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.at.toString(Qt::ISODate), utc(expected).toString(Qt::ISODate));
}

void TestDatePhrase::rolledToTomorrowIsSaid()
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime now = utc(QString::fromLatin1(Monday));
    QVERIFY(DatePhrase::parse(QStringLiteral("9"), now, berlin).rolledToTomorrow);
    QVERIFY(DatePhrase::parse(QStringLiteral("noon"), now, berlin).rolledToTomorrow);
    QVERIFY(!DatePhrase::parse(QStringLiteral("16:00"), now, berlin).rolledToTomorrow);
    QVERIFY(!DatePhrase::parse(QStringLiteral("today 9"), now, berlin).rolledToTomorrow);
    QVERIFY(!DatePhrase::parse(QStringLiteral("tomorrow 9"), now, berlin).rolledToTomorrow);
}

void TestDatePhrase::refusalsSayWhy()
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime now = utc(QString::fromLatin1(Monday));
    const DatePhrase::Result blah = DatePhrase::parse(QStringLiteral(" xyz "), now, berlin);
    QVERIFY(!blah.ok);
    QVERIFY(!blah.at.isValid());
    QCOMPARE(blah.error, QString::fromUtf8("Can't read “xyz” as a date"));
    const DatePhrase::Result gap = DatePhrase::parse(
        QStringLiteral("tomorrow 2:30"), utc(QStringLiteral("2026-03-28T12:00:00Z")), berlin);
    QVERIFY(gap.skipped);
    QCOMPARE(gap.error, QStringLiteral("That time is skipped by a daylight-saving change"));
    QVERIFY(!DatePhrase::parse(QStringLiteral("9"), QDateTime(), berlin).ok);
}

void TestDatePhrase::resultIsUtc()
{
    const DatePhrase::Result result = DatePhrase::parse(
        QStringLiteral("tomorrow 4pm"), utc(QString::fromLatin1(Monday)), QTimeZone("Asia/Tokyo"));
    QVERIFY(result.ok);
    QCOMPARE(result.at.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestDatePhrase)
#include "tst_datephrase.moc"
