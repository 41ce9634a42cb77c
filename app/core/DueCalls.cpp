#include "core/DueCalls.h"

#include "core/TaskFilter.h"

#include <QHash>

#include <algorithm>

namespace engage {

namespace {
bool isOpen(const Task &task)
{
    return task.status == TaskStatus::Open || task.status == TaskStatus::Unknown;
}
} // namespace

QList<qint64> DueCalls::callableNow(const TaskList &tasks, const QDateTime &now,
                                    const QTimeZone &repZone, const CallingHoursSettings &hours)
{
    TaskFilter filter;
    filter.setReference(now, repZone);
    QHash<QString, bool> openByZone; // one CallingHours per zone, not per task
    QList<const Task *> due;
    for (const Task &task : tasks) {
        if (!isOpen(task) || !filter.inView(task, TaskView::Due))
            continue;
        const QString zone = task.contact ? task.contact->timezone : QString();
        auto it = openByZone.constFind(zone);
        if (it == openByZone.cend())
            it = openByZone.insert(zone, CallingHours::forZoneId(zone, repZone, hours).isOpen(now));
        if (*it)
            due.append(&task);
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const Task *a, const Task *b) { return TaskFilter::dueBefore(*a, *b); });
    QList<qint64> ids;
    ids.reserve(due.size());
    for (const Task *task : due)
        ids.append(task->id);
    return ids;
}

bool DueCalls::isComingDue(const Task &task, const QDateTime &now)
{
    if (!isOpen(task) || !task.dueDate.isValid() || !now.isValid())
        return false;
    if (task.contact && task.contact->optedOutOfCalls())
        return false;
    const qint64 secs = now.secsTo(task.dueDate); // > 0: still ahead
    return secs <= LeadSecs && secs >= -GraceSecs;
}

QList<qint64> DueCalls::comingDue(const TaskList &tasks, const QDateTime &now)
{
    QList<qint64> ids;
    for (const Task &task : tasks) {
        if (isComingDue(task, now))
            ids.append(task.id);
    }
    return ids;
}

} // namespace engage
