#pragma once

#include "core/Task.h"

#include <QJsonObject>

namespace engage {

// One change to a task as PATCH /v2/tasks/{taskId} carries it: only the fields that change.
struct TaskUpdate {
    std::optional<TaskStatus> status;
    QDateTime dueDate; // invalid: unchanged

    bool isEmpty() const { return !status && !dueDate.isValid(); }
    // {"userId":"…", "status"?, "dueDate"?}; userId is a string in requests.
    QJsonObject toJson(const QString &userId) const;
    // Later changes win field by field: done, then dismiss, becomes one DISMISSED.
    TaskUpdate mergedWith(const TaskUpdate &later) const;
    // The task as it looks once this change is applied.
    Task appliedTo(Task task) const;
    friend bool operator==(const TaskUpdate &, const TaskUpdate &) = default;
};

} // namespace engage
