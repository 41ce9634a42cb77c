#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace engage {

// A due date typed in words, read in English, German and French alike: "tomorrow 4pm",
// "in 2h", "fri 9", "dec 5 14:30", "5.12. 14:30", "morgen 16 Uhr", "übermorgen 9",
// "mardi prochain 10h", "dans 3 jours". Pure: "now" and the zone the words are read in are
// given; the result is an instant in UTC.
//
// The rules:
// - A time alone is its next occurrence: "9" at 14:00 is tomorrow 09:00 (rolledToTomorrow).
//   After "today" it stays today, even when it has passed.
// - Times are 24-hour unless am/pm says otherwise: "fri 9" is 09:00, "3pm" 15:00.
// - A day without a time is at 09:00; "in 3 days" keeps the time of day it is now, and "in 2h",
//   "+90m" count from now (seconds dropped).
// - A weekday is its next occurrence after today: "mon" on a Monday is a week ahead. "next"
//   ("nächsten", "prochain") changes nothing: "next tue" is the coming Tuesday.
// - A date without a year is its next occurrence: "dec 5" on 6 December is next year's.
// - "12/5" is month/day when `locale` is US English (en_US), day/month otherwise; "5.12." is
//   always day.month. "mar" next to a day number is March, else Tuesday (mardi).
// - A time a daylight-saving change skips is refused (skipped); a repeated hour takes its first
//   occurrence.
struct DatePhrase {
    struct Result {
        bool ok = false;
        QDateTime at;                  // UTC, valid when ok
        QString error;                 // for people, when not ok
        bool rolledToTomorrow = false; // a time alone that had passed today
        bool skipped = false; // refused: a daylight-saving change skips that wall-clock time
    };

    static Result parse(const QString &text, const QDateTime &now, const QTimeZone &zone,
                        const QLocale &locale = QLocale());
};

} // namespace engage
