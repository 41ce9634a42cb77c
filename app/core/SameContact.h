#pragma once

#include "core/Task.h"
#include "core/TaskList.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace engage {

// Several open tasks for one person (the contact's CRM id): one call can close them all. Pure:
// the list's "(+2)", the detail pane, the call card and the session's question ask it.
struct SameContact {
    // The contact's CRM id, or empty when the task has no contact or the contact no id.
    static QString keyOf(const Task &task);
    static bool isOpen(const Task &task)
    {
        return task.status == TaskStatus::Open || task.status == TaskStatus::Unknown;
    }
    // The other open tasks of the task's contact, soonest due first; none without a key.
    static QList<Task> others(const TaskList &tasks, const Task &task);
    // One line for another task: "Renewal outreach · step 3 · due Fri", "Send pricing · manual".
    static QString line(const Task &task, const QDateTime &now, const QTimeZone &zone);
    // "Jon Snow (+2)": the name with how many other open tasks the contact has.
    static QString nameWithOthers(const QString &name, int others);
    // "+2 more for this contact".
    static QString moreText(int others);
};

} // namespace engage
