#include "core/BacklogPlan.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <set>

namespace engage {

namespace {

// However the settings read, a plan ends: no backlog needs more than ten years of days.
constexpr int MaxDays = 3660;

// One day's places: the instants taken (any zone), and per zone the next wall-clock slot.
class DayPlaces
{
public:
    DayPlaces(const QDate &date, const QDateTime &now, const CallingHoursSettings &hours,
              int spacingMinutes)
        : m_date(date)
        , m_now(now)
        , m_opens(hours.opens.msecsSinceStartOfDay() / 1000)
        , m_closes(hours.closes.msecsSinceStartOfDay() / 1000)
        , m_spacing(qint64(spacingMinutes) * 60)
    {}

    // The first free slot inside the hours on this date in zone, taken; none when the day is
    // full there.
    std::optional<QDateTime> take(const QTimeZone &zone)
    {
        const QString key = QString::fromLatin1(zone.id());
        int &next = m_next[key];
        for (;; ++next) {
            const qint64 secs = m_opens + next * m_spacing;
            if (secs >= m_closes)
                return std::nullopt;
            const QTime time = QTime::fromMSecsSinceStartOfDay(int(secs * 1000));
            const QDateTime at = CallingHours::firstInstantAt(m_date, time, zone);
            if (!at.isValid() || at < m_now || !insideHours(at, zone) || isTaken(at))
                continue;
            m_taken.insert(at.toSecsSinceEpoch());
            ++next;
            return at;
        }
    }

private:
    // The end of a gap can lie past closing; the wall clock decides.
    bool insideHours(const QDateTime &at, const QTimeZone &zone) const
    {
        const QDateTime wall = at.toTimeZone(zone);
        const qint64 secs = wall.time().msecsSinceStartOfDay() / 1000;
        return wall.date() == m_date && secs >= m_opens && secs < m_closes;
    }
    bool isTaken(const QDateTime &at) const
    {
        const qint64 t = at.toSecsSinceEpoch();
        const auto it = m_taken.lower_bound(t - m_spacing + 1);
        return it != m_taken.end() && *it < t + m_spacing;
    }

    QDate m_date;
    QDateTime m_now;
    qint64 m_opens;
    qint64 m_closes;
    qint64 m_spacing;
    std::set<qint64> m_taken;
    QHash<QString, int> m_next;
};

// Oldest due first; no due date last; the id breaks ties, so a plan never depends on the order
// the rows were selected in.
bool olderFirst(const QDateTime &a, qint64 aId, const QDateTime &b, qint64 bId)
{
    if (a.isValid() != b.isValid())
        return a.isValid();
    if (a.isValid() && a != b)
        return a < b;
    return aId < bId;
}

} // namespace

BacklogPlan BacklogPlan::make(const QList<Item> &items, const QDateTime &now,
                              const QTimeZone &repZone, const CallingHoursSettings &hours,
                              const Options &options)
{
    BacklogPlan plan;
    plan.m_options = {std::max(1, options.days), std::max(1, options.perDay),
                      std::clamp(options.spacingMinutes, 1, 240)};
    const Options &o = plan.m_options;
    if (items.isEmpty() || !now.isValid())
        return plan;

    // The hours and days as CallingHours reads them (the defaults in place of unusable ones).
    QHash<QString, CallingHours> hoursByZone;
    const auto hoursOf = [&](const QString &zoneId) -> const CallingHours & {
        auto it = hoursByZone.find(zoneId);
        if (it == hoursByZone.end())
            it = hoursByZone.insert(zoneId, CallingHours::forZoneId(zoneId, repZone, hours));
        return *it;
    };
    const CallingHours &rep = hoursOf(QString());
    const CallingHoursSettings &window = rep.settings();

    QList<int> queue(items.size());
    for (int i = 0; i < queue.size(); ++i)
        queue[i] = i;
    std::sort(queue.begin(), queue.end(), [&items](int a, int b) {
        return olderFirst(items.at(a).due, items.at(a).taskId, items.at(b).due, items.at(b).taskId);
    });

    // As evenly as they go over D days; the first T % D days take one more.
    const int total = static_cast<int>(items.size());
    const int spread = std::max(o.days, (total + o.perDay - 1) / o.perDay);
    const auto quota = [&](int day) {
        return day < spread ? total / spread + (day < total % spread ? 1 : 0) : o.perDay;
    };

    QDate date = now.toTimeZone(rep.repZone()).date();
    while (!queue.isEmpty() && plan.m_days.size() < MaxDays) {
        do
            date = date.addDays(1);
        while (!window.days.contains(date.dayOfWeek()));
        const int day = static_cast<int>(plan.m_days.size());
        plan.m_days.append(date);
        DayPlaces places(date, now, window, o.spacingMinutes);
        QList<int> later;
        int placed = 0;
        for (int index : std::as_const(queue)) {
            const Item &item = items.at(index);
            const CallingHours &ch = hoursOf(item.zoneId);
            const std::optional<QDateTime> at =
                placed < quota(day) ? places.take(ch.zone()) : std::nullopt;
            if (!at) {
                later.append(index); // still oldest first: it leads tomorrow
                continue;
            }
            plan.m_slots.append(
                {item.taskId, item.due, at->toUTC(), ch.zone(), ch.usesContactZone(), day});
            ++placed;
        }
        queue = later;
    }
    // Oldest first, as the rep reads the preview.
    std::sort(plan.m_slots.begin(), plan.m_slots.end(), [](const Slot &a, const Slot &b) {
        return olderFirst(a.oldDue, a.taskId, b.oldDue, b.taskId);
    });
    return plan;
}

int BacklogPlan::countOn(int day) const
{
    return static_cast<int>(std::count_if(m_slots.cbegin(), m_slots.cend(),
                                          [day](const Slot &s) { return s.day == day; }));
}

int BacklogPlan::busiestDay() const
{
    int most = 0;
    for (int day = 0; day < m_days.size(); ++day)
        most = std::max(most, countOn(day));
    return most;
}

QList<QPair<qint64, QDateTime>> BacklogPlan::changes() const
{
    QList<QPair<qint64, QDateTime>> list;
    list.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        list.append({slot.taskId, slot.newDue});
    return list;
}

} // namespace engage
