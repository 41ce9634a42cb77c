#include "core/ReschedulePresets.h"

#include <QCoreApplication>

namespace engage {

namespace {

constexpr qint64 FiveMinutesMs = 5 * 60 * 1000;
const QTime Morning(9, 0);

QTimeZone usable(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDate todayIn(const QDateTime &now, const QTimeZone &zone)
{
    return now.toTimeZone(zone).date();
}

QDateTime morningOf(const QDate &date, const QTimeZone &zone)
{
    QDateTime at(date, Morning, zone);
    if (!at.isValid()) // 09:00 fell into a DST gap (no such zone today): the first valid minute
        at = QDateTime(date, Morning.addSecs(3600), zone);
    return at.toUTC();
}

} // namespace

QDateTime ReschedulePresets::inThreeHours(const QDateTime &now, const QTimeZone &zone)
{
    if (!now.isValid())
        return {};
    const QDateTime target = now.addSecs(3 * 3600);
    // Round on the zone's wall clock, so a zone at +05:45 still lands on :00, :05, ...
    const qint64 offsetMs = qint64(usable(zone).offsetFromUtc(target)) * 1000;
    const qint64 wallMs = target.toMSecsSinceEpoch() + offsetMs;
    qint64 rem = wallMs % FiveMinutesMs;
    if (rem < 0)
        rem += FiveMinutesMs;
    const qint64 roundedWallMs = rem == 0 ? wallMs : wallMs - rem + FiveMinutesMs;
    return QDateTime::fromMSecsSinceEpoch(roundedWallMs - offsetMs, Qt::UTC);
}

QDateTime ReschedulePresets::tomorrowMorning(const QDateTime &now, const QTimeZone &zone)
{
    if (!now.isValid())
        return {};
    const QTimeZone z = usable(zone);
    return morningOf(todayIn(now, z).addDays(1), z);
}

QDateTime ReschedulePresets::nextBusinessDay(const QDateTime &now, const QTimeZone &zone)
{
    if (!now.isValid())
        return {};
    const QTimeZone z = usable(zone);
    const QDate today = todayIn(now, z);
    int days = 1;
    switch (today.dayOfWeek()) {
    case Qt::Friday:
        days = 3;
        break;
    case Qt::Saturday:
        days = 2;
        break;
    default:
        break;
    }
    return morningOf(today.addDays(days), z);
}

QDateTime ReschedulePresets::nextMonday(const QDateTime &now, const QTimeZone &zone)
{
    if (!now.isValid())
        return {};
    const QTimeZone z = usable(zone);
    const QDate today = todayIn(now, z);
    return morningOf(today.addDays(8 - today.dayOfWeek()), z); // Monday is 1: +7
}

QDateTime ReschedulePresets::nextBusinessMorning(const QDateTime &now, const QTimeZone &zone)
{
    return nextBusinessDay(now, zone);
}

QDateTime ReschedulePresets::resolve(int preset, const QDateTime &now, const QTimeZone &zone)
{
    switch (preset) {
    case InThreeHours:
        return inThreeHours(now, zone);
    case Tomorrow:
        return tomorrowMorning(now, zone);
    case NextBusinessDay:
        return nextBusinessDay(now, zone);
    case NextMonday:
        return nextMonday(now, zone);
    default:
        return {};
    }
}

QString ReschedulePresets::label(int preset)
{
    switch (preset) {
    case InThreeHours:
        return QCoreApplication::translate("ReschedulePresets", "In 3 hours");
    case Tomorrow:
        return QCoreApplication::translate("ReschedulePresets", "Tomorrow 09:00");
    case NextBusinessDay:
        return QCoreApplication::translate("ReschedulePresets", "Next business day 09:00");
    case NextMonday:
        return QCoreApplication::translate("ReschedulePresets", "Next Monday 09:00");
    default:
        return {};
    }
}

} // namespace engage
