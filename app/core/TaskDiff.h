#pragma once

#include "core/TaskFilter.h"
#include "core/TaskList.h"

#include <QHash>
#include <QList>
#include <QMetaType>

#include <functional>

namespace engage {

// How one task list became another, by task id: the rows that left, the rows that came and the
// rows that changed. A list applies it row by row (the view keeps the rep's selection, current
// row and scroll position), where replacing the list would reset the view. Each new or changed
// row carries its TaskFilter keys, which may have been worked out off the UI thread.
struct TaskDiff {
    struct Row {
        SharedTask task;
        TaskKeys keys;
    };
    QList<qint64> removed; // ids, in the order of the list before
    QList<Row> added;      // in the order of the list after
    QList<Row> changed;    // in the order of the list after

    bool isEmpty() const { return removed.isEmpty() && added.isEmpty() && changed.isEmpty(); }
    qsizetype size() const { return removed.size() + added.size() + changed.size(); }

    // Where a task's keys come from: null when they are not known (then they are worked out).
    using KnownKeys = std::function<const TaskKeys *(const SharedTask &task)>;
    // `after` against `before`. A task is unchanged only when it is the very same shared task
    // (tasks are never edited in place, so an equal pointer is an equal task): whoever builds
    // `after` keeps the old pointer for a task that did not change.
    static TaskDiff between(const TaskList &before, const TaskList &after,
                            const KnownKeys &known = {});
};

} // namespace engage

Q_DECLARE_METATYPE(engage::TaskDiff)
