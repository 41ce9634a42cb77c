#pragma once

#include "core/Task.h"

#include <QTimeZone>

#include <array>
#include <limits>

namespace engage {

// The list's views, by due date in the rep's local day. Overdue, Today and Upcoming split All;
// Due is Overdue and Today together, what the rep works now.
enum class TaskView { Due, Overdue, Today, Upcoming, All };
inline constexpr int TaskViewCount = 5;
QString viewName(TaskView view);

struct TaskKeys;

// Which tasks the list shows and in what order. The view is judged against a reference time and
// zone that the caller takes from a Clock; search ignores case and accents.
class TaskFilter
{
public:
    void setReference(const QDateTime &now, const QTimeZone &zone);
    QDateTime now() const { return m_now; }
    QDateTime startOfTomorrow() const { return m_startOfTomorrow; }

    void setView(TaskView view) { m_view = view; }
    TaskView view() const { return m_view; }
    // Words separated by spaces must all appear somewhere in the task's searchable text.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setType(std::optional<TaskType> type) { m_type = type; }
    std::optional<TaskType> type() const { return m_type; }
    void setFlowId(std::optional<qint64> flowId) { m_flowId = flowId; }
    std::optional<qint64> flowId() const { return m_flowId; }

    bool inView(const Task &task, TaskView view) const { return inView(dueKey(task), view); }
    // The same, from a cached dueKey(): the list asks this 100,000 times per keystroke.
    bool inView(qint64 dueKey, TaskView view) const;
    // Milliseconds since the epoch, or NoDue: one integer compare instead of a QDateTime one.
    static constexpr qint64 NoDue = std::numeric_limits<qint64>::max();
    static qint64 dueKey(const Task &task)
    {
        return task.dueDate.isValid() ? task.dueDate.toMSecsSinceEpoch() : NoDue;
    }
    // Search, type and flow; not the view.
    bool matchesCriteria(const TaskKeys &keys) const;
    bool accepts(const TaskKeys &keys) const;
    bool accepts(const Task &task) const;

    // How many open tasks each view would show under the current search, type and flow.
    std::array<int, TaskViewCount> counts(const QList<Task> &tasks) const;

    // The text search looks at, folded; worth caching per task.
    static QString searchKey(const Task &task);
    static TaskKeys keys(const Task &task);
    // Lower case with accents removed: "Zoë Ørsted" -> "zoe ørsted".
    static QString fold(const QString &text);
    // Oldest due first, tasks without a due date last, then by id for a stable order.
    static bool dueBefore(const Task &a, const Task &b);

private:
    QDateTime m_now;
    QDateTime m_startOfTomorrow;
    qint64 m_nowMs = 0;
    qint64 m_tomorrowMs = 0;
    TaskView m_view = TaskView::Due;
    QString m_searchText;
    QStringList m_terms;
    std::optional<TaskType> m_type;
    std::optional<qint64> m_flowId;
};

// What filtering and sorting read of one task, kept beside each row: a keystroke over 100,000
// rows then never touches the tasks themselves, each a pointer away in its own block.
// Stored in the cache beside each task (TaskBinary::writeKeys): a change to what keys() makes of
// a task must raise Version, so that keys stored by an older build are made again.
struct TaskKeys {
    static constexpr quint8 Version = 2; // 2: followed by the blob's format version
    qint64 id = 0;
    qint64 due = TaskFilter::NoDue; // TaskFilter::dueKey()
    qint64 flowId = 0;
    bool hasFlow = false;
    TaskStatus status = TaskStatus::Unknown;
    TaskType type = TaskType::Unknown;
    QString search;  // TaskFilter::searchKey()
    QString zone;    // the contact's time zone id as sent: the key of its calling hours
    QString contact; // SameContact::keyOf(): the contact's CRM id, trimmed
    friend bool operator==(const TaskKeys &, const TaskKeys &) = default;
};

} // namespace engage
