#pragma once

#include "core/CallingHours.h"
#include "core/TaskList.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace engage {

// Which calls are due, for the tray and the due-call notifications; no widgets, no clock.
// Every Gong due date is a date and a time (there are no all-day tasks on the wire), so a task
// with a valid dueDate is a timed task; a task without one is never due.
struct DueCalls {
    // How early a call counts as coming due, and how late after its time it is still news.
    static constexpr qint64 LeadSecs = 60;
    static constexpr qint64 GraceSecs = 5 * 60;

    // The open tasks of the window's Due view (overdue, or due before the rep's midnight) whose
    // contact is inside calling hours at `now`, most overdue first: the tray's count and its
    // "Next call".
    static QList<qint64> callableNow(const TaskList &tasks, const QDateTime &now,
                                     const QTimeZone &repZone, const CallingHoursSettings &hours);
    // The open tasks whose due time is within LeadSecs from now or passed at most GraceSecs
    // ago, whose contact has not opted out of calls: a notification says "call now".
    static QList<qint64> comingDue(const TaskList &tasks, const QDateTime &now);
    static bool isComingDue(const Task &task, const QDateTime &now);
};

} // namespace engage
