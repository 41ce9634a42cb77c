#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace engage {

// The quick picks of the reschedule dialog (keys 1-4) and the Shift+R action. Pure functions:
// "now" is any instant, "zone" is where the rep's mornings are; the result is in UTC.
// Mornings are built as QDateTime(date, 09:00, zone), so a DST change is handled by the zone.
struct ReschedulePresets {
    enum Preset { InThreeHours = 1, Tomorrow = 2, NextBusinessDay = 3, NextMonday = 4 };
    static constexpr int First = InThreeHours;
    static constexpr int Last = NextMonday;

    // now + 3 h, rounded up to the next 5 minutes of the zone's wall clock.
    static QDateTime inThreeHours(const QDateTime &now, const QTimeZone &zone);
    // Tomorrow (in the zone) at 09:00.
    static QDateTime tomorrowMorning(const QDateTime &now, const QTimeZone &zone);
    // The next Monday to Friday after today at 09:00: Fri, Sat, Sun -> Monday.
    static QDateTime nextBusinessDay(const QDateTime &now, const QTimeZone &zone);
    // The next Monday at 09:00; on a Monday, the Monday after.
    static QDateTime nextMonday(const QDateTime &now, const QTimeZone &zone);
    // Shift+R: the same as nextBusinessDay().
    static QDateTime nextBusinessMorning(const QDateTime &now, const QTimeZone &zone);

    // The preset behind key 1-4; an invalid QDateTime for any other number.
    static QDateTime resolve(int preset, const QDateTime &now, const QTimeZone &zone);
    // "In 3 hours", "Tomorrow 09:00", "Next business day 09:00", "Next Monday 09:00";
    // an empty string for any other number.
    static QString label(int preset);
};

} // namespace engage
