#include "core/DueCalls.h"

#include "core/TaskFilter.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace engage {

namespace {
bool isOpen(TaskStatus status)
{
    return status == TaskStatus::Open || status == TaskStatus::Unknown;
}
} // namespace

QList<qint64> DueCalls::callableNow(const TaskList &tasks, const QDateTime &now,
                                    const QTimeZone &repZone, const CallingHoursSettings &hours)
{
    TaskFilter filter;
    filter.setReference(now, repZone);
    QHash<QString, bool> openByZone; // one CallingHours per zone, not per task
    // From the keys alone: the tray counts 10,000 tasks without decoding one.
    QList<const TaskKeys *> due;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const TaskKeys &keys = tasks.keysAt(i);
        if (!isOpen(keys.status) || !filter.inView(keys.due, TaskView::Due))
            continue;
        auto it = openByZone.constFind(keys.zone);
        if (it == openByZone.cend())
            it = openByZone.insert(keys.zone,
                                   CallingHours::forZoneId(keys.zone, repZone, hours).isOpen(now));
        if (*it)
            due.append(&keys);
    }
    // TaskFilter::dueBefore: the earliest first, no due date last, then by id.
    std::stable_sort(due.begin(), due.end(), [](const TaskKeys *a, const TaskKeys *b) {
        return std::pair(a->due, a->id) < std::pair(b->due, b->id);
    });
    QList<qint64> ids;
    ids.reserve(due.size());
    for (const TaskKeys *keys : due)
        ids.append(keys->id);
    return ids;
}

bool DueCalls::isComingDue(const Task &task, const QDateTime &now)
{
    if (!isOpen(task.status) || !task.dueDate.isValid() || !now.isValid())
        return false;
    if (task.contact && task.contact->optedOutOfCalls())
        return false;
    const qint64 secs = now.secsTo(task.dueDate); // > 0: still ahead
    return secs <= LeadSecs && secs >= -GraceSecs;
}

QList<qint64> DueCalls::comingDue(const TaskList &tasks, const QDateTime &now)
{
    // The due time from the keys first; only the few inside the window are decoded (opt-out).
    QList<qint64> ids;
    if (!now.isValid())
        return ids;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const TaskKeys &keys = tasks.keysAt(i);
        if (keys.due == TaskFilter::NoDue || keys.due - nowMs > (LeadSecs + 1) * 1000 ||
            nowMs - keys.due > (GraceSecs + 1) * 1000)
            continue;
        if (isComingDue(tasks.at(i), now))
            ids.append(keys.id);
    }
    return ids;
}

} // namespace engage
