#include "core/CallingHours.h"

#include "core/Task.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace engage {

namespace {

QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

// "09:00" when at falls on the same day as from (both already in one zone), else "09:00 Tue".
// Day names in the rep's language, as DueText writes them.
QString timeAndDay(const QDateTime &at, const QDateTime &from)
{
    if (at.date() == from.date())
        return hhmm(at.time());
    return hhmm(at.time()) + QLatin1Char(' ') +
           QLocale().dayName(at.date().dayOfWeek(), QLocale::ShortFormat);
}

// An IANA id is letters, digits and "_+-/" (Etc/GMT+5); Qt also knows "UTC+05:30". Anything
// else (a path such as "../../etc/passwd", spaces, control characters) is not asked of the
// system's zone files at all.
bool looksLikeZoneId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64 || id.startsWith(QLatin1Char('/')))
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
               c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('/') ||
               c == QLatin1Char(':');
    });
}

// Every instant whose wall clock in zone reads date and time (none in a gap, two where the clock
// goes back over it), earliest first; in a gap, the end of the gap.
QList<QDateTime> instantsAt(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    const QDateTime naive(date, time, Qt::UTC); // the wall clock, read as if UTC
    // The offsets in force around that day; at most one transition lies between them.
    const int offsets[] = {zone.offsetFromUtc(naive.addDays(-1)), zone.offsetFromUtc(naive),
                           zone.offsetFromUtc(naive.addDays(1))};
    QList<QDateTime> found;
    for (int offset : offsets) {
        const QDateTime at = naive.addSecs(-offset);
        const QDateTime wall = at.toTimeZone(zone);
        if (wall.date() == date && wall.time() == time && !found.contains(at))
            found << at;
    }
    if (found.isEmpty()) {
        // The clock springs over the time: the transition is where it reads it "or later".
        const int widest = *std::max_element(std::begin(offsets), std::end(offsets));
        const QTimeZone::OffsetData t = zone.nextTransition(naive.addSecs(-widest));
        if (t.atUtc.isValid())
            found << t.atUtc.toUTC();
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

QList<int> CallingHoursSettings::weekdays()
{
    QList<int> days;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        days << day;
    return days;
}

bool CallingHoursSettings::isValid() const
{
    return opens.isValid() && closes.isValid() && opens < closes && !days.isEmpty() &&
           std::all_of(days.cbegin(), days.cend(),
                       [](int day) { return day >= Qt::Monday && day <= Qt::Sunday; });
}

CallingHours::CallingHours()
    : CallingHours(QTimeZone(), QTimeZone::utc())
{}

CallingHours::CallingHours(const QTimeZone &contactZone, const QTimeZone &repZone,
                           const CallingHoursSettings &settings)
    : CallingHours(contactZone.isValid() ? ZoneSource::Contact : ZoneSource::MissingZone,
                   contactZone, repZone, settings)
{}

CallingHours::CallingHours(ZoneSource source, const QTimeZone &zone, const QTimeZone &repZone,
                           const CallingHoursSettings &settings)
    : m_source(source)
    , m_repZone(repZone.isValid() ? repZone : QTimeZone::utc())
    , m_settings(settings.isValid() ? settings : CallingHoursSettings{})
{
    if (!settings.isValid())
        m_settings.withoutZone = settings.withoutZone; // only the window was unusable
    m_zone = m_source == ZoneSource::Contact ? zone : m_repZone;
}

CallingHours CallingHours::forZoneId(const QString &zoneId, const QTimeZone &repZone,
                                     const CallingHoursSettings &settings)
{
    const QString id = zoneId.trimmed();
    if (id.isEmpty()) // QTimeZone("") would quietly be the system's zone
        return CallingHours(ZoneSource::MissingZone, {}, repZone, settings);
    const QTimeZone zone = looksLikeZoneId(id) ? QTimeZone(id.toLatin1()) : QTimeZone();
    if (!zone.isValid())
        return CallingHours(ZoneSource::UnknownZone, {}, repZone, settings);
    return CallingHours(ZoneSource::Contact, zone, repZone, settings);
}

CallingHours CallingHours::forContact(const Contact &contact, const QTimeZone &repZone,
                                      const CallingHoursSettings &settings)
{
    return forZoneId(contact.timezone, repZone, settings);
}

bool CallingHours::isAlwaysOpen() const
{
    return m_source != ZoneSource::Contact &&
           m_settings.withoutZone == CallingHoursSettings::WithoutZone::AlwaysOpen;
}

bool CallingHours::isCallingDay(const QDate &date) const
{
    return m_settings.days.contains(date.dayOfWeek());
}

bool CallingHours::isOpenAt(const QDateTime &local) const
{
    return isCallingDay(local.date()) && local.time() >= m_settings.opens &&
           local.time() < m_settings.closes;
}

bool CallingHours::isOpen(const QDateTime &now) const
{
    if (!now.isValid())
        return false;
    return isAlwaysOpen() || isOpenAt(localDateTime(now));
}

QDateTime CallingHours::nextOpening(const QDateTime &now) const
{
    if (!now.isValid())
        return {};
    if (isOpen(now))
        return now.toUTC();
    const QDate today = localDateTime(now).date();
    // Eight days: the same weekday next week is the furthest a window can be.
    for (int i = 0; i <= 8; ++i) {
        const QDate day = today.addDays(i);
        if (!isCallingDay(day))
            continue;
        for (const QDateTime &at : instantsAt(day, m_settings.opens, m_zone)) {
            if (at >= now && isOpen(at))
                return at;
        }
    }
    return {};
}

QDateTime CallingHours::clampInto(const QDateTime &candidate) const
{
    return nextOpening(candidate);
}

QTime CallingHours::localTime(const QDateTime &now) const
{
    return localDateTime(now).time();
}

QDateTime CallingHours::localDateTime(const QDateTime &now) const
{
    return now.isValid() ? now.toTimeZone(m_zone) : QDateTime();
}

QString CallingHours::placeText(const QDateTime &now) const
{
    const QString time = hhmm(localTime(now));
    switch (m_source) {
    case ZoneSource::Contact:
        return QCoreApplication::translate("CallingHours", "%1 there").arg(time);
    case ZoneSource::MissingZone:
        return isAlwaysOpen()
                   ? QCoreApplication::translate("CallingHours", "no time zone for this contact")
                   : QCoreApplication::translate("CallingHours",
                                                 "%1 your time (no time zone for this contact)")
                         .arg(time);
    case ZoneSource::UnknownZone:
        return isAlwaysOpen()
                   ? QCoreApplication::translate("CallingHours", "time zone not recognised")
                   : QCoreApplication::translate("CallingHours",
                                                 "%1 your time (time zone not recognised)")
                         .arg(time);
    }
    return {};
}

QString CallingHours::label(const QDateTime &now) const
{
    if (!now.isValid())
        return {};
    const QString place = placeText(now) + QStringLiteral(" · ");
    if (isAlwaysOpen())
        return place + QCoreApplication::translate("CallingHours", "always callable");
    if (isOpen(now))
        return place + QCoreApplication::translate("CallingHours", "good time");
    const QDateTime opens = nextOpening(now);
    if (!opens.isValid())
        return place + QCoreApplication::translate("CallingHours", "outside calling hours");
    return place + QCoreApplication::translate("CallingHours", "outside calling hours (opens %1)")
                       .arg(timeAndDay(opens.toTimeZone(m_zone), localDateTime(now)));
}

QString CallingHours::opensText(const QDateTime &now) const
{
    if (!now.isValid() || isOpen(now))
        return {};
    const QDateTime opens = nextOpening(now);
    if (!opens.isValid())
        return QCoreApplication::translate("CallingHours", "outside calling hours");
    return QCoreApplication::translate("CallingHours", "opens %1 your time")
        .arg(timeAndDay(opens.toTimeZone(m_repZone), now.toTimeZone(m_repZone)));
}

QDateTime CallingHours::firstInstantAt(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QList<QDateTime> all = instantsAt(date, time, zone);
    return all.isEmpty() ? QDateTime() : all.first();
}

} // namespace engage
