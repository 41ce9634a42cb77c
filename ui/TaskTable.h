#pragma once

#include "core/Clock.h"
#include "core/TaskDiff.h"
#include "core/TaskList.h"
#include "sync/SyncEngine.h"

#include <QTreeView>

#include <functional>

namespace engage {

class TaskFilterProxy;
class TaskListModel;
struct Task;

// The task list: a tree view over its own TaskListModel and TaskFilterProxy, with the rep's
// place in it (selected rows, current row, the task at the top) and the moves the keys make.
// It speaks in task ids; what a task is and what may be done to it is the window's business.
class TaskTable : public QTreeView
{
    Q_OBJECT
public:
    explicit TaskTable(const Clock &clock, QWidget *parent = nullptr);
    ~TaskTable() override;

    TaskListModel *taskModel() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }

    // The selected tasks in list order; the current one when nothing is selected.
    QList<qint64> selectedIds() const;
    // Every task the view shows, in the list's order.
    QList<qint64> visibleIds() const;
    // The current row's task id; 0 when there is none.
    qint64 currentTaskId() const;
    // The task's row in the view; invalid when it is not in the view.
    QModelIndex proxyIndexOf(qint64 taskId) const;

    // J and K: the current row moves by `delta`, kept inside the list.
    void moveSelection(int delta);
    // After done or dismiss: the next open row below `ids`, so the rep works the list one key
    // per task (closed rows stay visible until the next refresh).
    void advanceAfter(const QList<qint64> &ids);
    // The first row becomes current when no row is.
    void selectFirstIfNone();

    // Where the rep is in the list, to be put back after the rows are rebuilt.
    struct Place {
        QList<qint64> selected;
        qint64 currentId = 0;
        int currentRow = 0;
        qint64 topId = 0;
        int scroll = 0;
    };
    Place place() const;
    // The selected rows, the current row and the task at the top of the view come back. When
    // the current task left, the current row stays where it was and the rest of the selection
    // is kept.
    void restorePlace(const Place &place);

    // Where each row's sync mark (pending, refused, conflict) comes from; empty: no marks.
    using MarkSource = std::function<SyncEngine::Mark(qint64 taskId)>;
    void setMarkSource(MarkSource source);

    // Replaces every row; call place() before and restorePlace() after.
    void setTasks(const TaskList &tasks);
    void updateTask(const Task &task);
    // Moves only the rows `diff` names (TaskListModel::applyDiff): the selection, the current
    // row and the scroll position stay by themselves.
    // When the current task leaves, the current row stays where it was (on the task that moved
    // up into its place), as restorePlace() does.
    void applyDiff(const TaskList &after, const TaskDiff &diff);
    // Views move as time passes: "Today 14:30" becomes "Overdue 1m" without a refresh.
    void refreshTimes();

protected:
    static constexpr int TallSpanRows = 200; // more than any screen shows
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

signals:
    void currentTaskChanged();
    void selectedTasksChanged();

private:
    TaskListModel *m_model;
    TaskFilterProxy *m_proxy;
    bool m_repaintAfterSlices = false;
};

} // namespace engage
