#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace engage {

struct Contact;

// When a contact may be called, as the rep configures it: a window of wall-clock time on some
// days of the week, read in the contact's own zone. [opens, closes): 17:00 is already closed.
struct CallingHoursSettings {
    // What to do for a contact without a usable zone (none given, or an id we do not know).
    enum class WithoutZone {
        UseRepZone, // read the window in the rep's zone, and say so in the label
        AlwaysOpen, // treat the contact as always callable
    };

    QTime opens{8, 0};
    QTime closes{18, 0};
    QList<int> days = weekdays();                      // Qt::DayOfWeek values, Monday = 1
    WithoutZone withoutZone = WithoutZone::AlwaysOpen; // the issue: no zone = always callable

    // Monday to Friday.
    static QList<int> weekdays();
    // Both times valid, opens before closes, at least one day in 1..7. CallingHours uses the
    // defaults in place of settings that are not.
    bool isValid() const;
    friend bool operator==(const CallingHoursSettings &, const CallingHoursSettings &) = default;
};

// A contact's calling hours at any instant. Pure and copyable: no clock, no store. Instants in,
// instants out (UTC); the wall clock is only ever read in the zone, so DST is the zone's business.
class CallingHours
{
public:
    // Where the window is read.
    enum class ZoneSource {
        Contact,     // the contact's own zone
        MissingZone, // the contact has none: the rep's zone (or always open, per the settings)
        UnknownZone, // the contact's zone id is not one we know: likewise
    };

    // No contact zone, a UTC rep, the default hours.
    CallingHours();
    // contactZone may be invalid (QTimeZone()): that is a missing zone. An invalid repZone is UTC.
    CallingHours(const QTimeZone &contactZone, const QTimeZone &repZone,
                 const CallingHoursSettings &settings = {});
    // From an IANA id as Gong sends it ("Europe/Berlin", "US/Pacific"). An empty id is a missing
    // zone; an id that is malformed (say "../x") or unknown to the system is an unknown zone.
    static CallingHours forZoneId(const QString &zoneId, const QTimeZone &repZone,
                                  const CallingHoursSettings &settings = {});
    static CallingHours forContact(const Contact &contact, const QTimeZone &repZone,
                                   const CallingHoursSettings &settings = {});

    ZoneSource zoneSource() const { return m_source; }
    bool usesContactZone() const { return m_source == ZoneSource::Contact; }
    // The zone the window is read in: the contact's, else the rep's.
    QTimeZone zone() const { return m_zone; }
    QTimeZone repZone() const { return m_repZone; }
    const CallingHoursSettings &settings() const { return m_settings; }
    // No usable contact zone and the settings say such contacts are always callable.
    bool isAlwaysOpen() const;

    bool isOpen(const QDateTime &now) const;
    // The first instant at or after now when the hours are open, in UTC: now itself while open.
    // Invalid for an invalid now.
    QDateTime nextOpening(const QDateTime &now) const;
    // The candidate if it is inside the hours, else the start of the next window; in UTC.
    QDateTime clampInto(const QDateTime &candidate) const;

    // The wall clock in zone() at now.
    QTime localTime(const QDateTime &now) const;
    QDateTime localDateTime(const QDateTime &now) const;

    // The call card's line: "14:30 there · good time", "22:10 there · outside calling hours
    // (opens 09:00 Tue)"; with the rep's zone in place of the contact's, "14:30 your time (no
    // time zone for this contact) · …". The day is named when the next window is not today.
    QString label(const QDateTime &now) const;
    // The list's mark: empty while open, else when it opens on the rep's own clock:
    // "opens 15:00 your time", "opens 01:00 Tue your time".
    QString opensText(const QDateTime &now) const;

    // The first instant whose wall clock in zone reads time on date, or later: the instant
    // itself when it exists once; the earlier one when the clock goes back over it; the end of
    // the gap when the clock springs over it. Invalid for an invalid date, time or zone.
    static QDateTime firstInstantAt(const QDate &date, const QTime &time, const QTimeZone &zone);

    friend bool operator==(const CallingHours &, const CallingHours &) = default;

private:
    CallingHours(ZoneSource source, const QTimeZone &zone, const QTimeZone &repZone,
                 const CallingHoursSettings &settings);
    bool isCallingDay(const QDate &date) const;
    bool isOpenAt(const QDateTime &localWallClock) const;
    QString placeText(const QDateTime &now) const;

    ZoneSource m_source = ZoneSource::MissingZone;
    QTimeZone m_zone;
    QTimeZone m_repZone;
    CallingHoursSettings m_settings;
};

} // namespace engage
