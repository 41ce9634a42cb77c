#include "core/RetryRule.h"

#include "core/CallingHours.h"
#include "core/ReschedulePresets.h"

#include <algorithm>

namespace engage {

RetryRule::RetryRule(const RetrySettings &settings)
    : m_settings(settings)
{}

QDateTime RetryRule::nextDue(bool connected, const QDateTime &now, const CallingHours &hours) const
{
    if (!now.isValid())
        return {};
    if (!connected) {
        const qint64 secs = std::max<qint64>(0, m_settings.notConnectedDelay.count());
        return hours.clampInto(now.addSecs(secs)); // elapsed time: DST does not stretch it
    }
    const QTimeZone zone = hours.zone();
    const QDateTime local = now.toTimeZone(zone);
    // ReschedulePresets knows which day is the next business day; only its date is used.
    QDate day = local.date();
    for (int i = 0; i < m_settings.otherBusinessDays; ++i)
        day = ReschedulePresets::nextBusinessDay(QDateTime(day, QTime(12, 0), zone), zone)
                  .toTimeZone(zone)
                  .date();
    const QDateTime sameTime =
        day == local.date() ? now.toUTC() : CallingHours::firstInstantAt(day, local.time(), zone);
    return hours.clampInto(sameTime);
}

} // namespace engage
