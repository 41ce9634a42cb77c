#include "sync/TaskActions.h"

#include "sync/SyncEngine.h"

namespace engage {

namespace {
constexpr int MaxUndo = 100;
} // namespace

TaskActions::TaskActions(SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{}

bool TaskActions::markDone(const QList<qint64> &taskIds)
{
    return apply(taskIds, {TaskStatus::Done, {}}, tr("Marked done"));
}

bool TaskActions::dismiss(const QList<qint64> &taskIds)
{
    return apply(taskIds, {TaskStatus::Dismissed, {}}, tr("Dismissed"));
}

bool TaskActions::reopen(const QList<qint64> &taskIds)
{
    return apply(taskIds, {TaskStatus::Open, {}}, tr("Reopened"));
}

bool TaskActions::reschedule(const QList<qint64> &taskIds, const QDateTime &due)
{
    return apply(taskIds, {std::nullopt, due.toUTC()}, tr("Rescheduled"));
}

bool TaskActions::apply(const QList<qint64> &taskIds, const TaskUpdate &change,
                        const QString &label)
{
    Action action{label, {}};
    bool allRecorded = true;
    for (qint64 id : taskIds) {
        const std::optional<Task> before = m_sync->task(id);
        if (!before)
            continue;
        // Nothing to do for a task already in that state.
        if (change.status && before->status == *change.status && !change.dueDate.isValid())
            continue;
        TaskUpdate inverse;
        if (change.status)
            inverse.status = before->status;
        if (change.dueDate.isValid())
            inverse.dueDate = before->dueDate;
        const qint64 seq = m_sync->enqueue(id, change);
        if (seq == 0) {
            // The disk did not take it (SyncEngine said why); the rest would fail alike.
            allRecorded = false;
            break;
        }
        action.steps.append({id, seq, change, inverse});
    }
    if (action.steps.isEmpty())
        return allRecorded;
    push(action);
    const int n = static_cast<int>(action.steps.size());
    emit done(n == 1 ? label : tr("%1 · %2 tasks").arg(label).arg(n), true);
    return allRecorded;
}

void TaskActions::push(const Action &action)
{
    m_undo.append(action);
    if (m_undo.size() > MaxUndo)
        m_undo.removeFirst();
    emit undoAvailable(true);
}

bool TaskActions::undo()
{
    if (m_undo.isEmpty())
        return false;
    Action action = m_undo.takeLast();
    while (!action.steps.isEmpty()) {
        const Step step = action.steps.last();
        // Already with Gong (or on its way): send the way back. A task that had no due date
        // cannot get "no due date" back through the API, so only its status is restored.
        const bool undone = m_sync->cancel(step.seq) || step.inverse.isEmpty() ||
                            m_sync->enqueue(step.taskId, step.inverse, true) != 0;
        if (!undone) {
            // The disk refused the way back: the rest stays undoable, for when it has room.
            push(action);
            return false;
        }
        action.steps.removeLast();
    }
    emit undoAvailable(!m_undo.isEmpty());
    emit done(tr("Undone: %1").arg(action.label.toLower()), false);
    return true;
}

void TaskActions::clearUndo()
{
    m_undo.clear();
    emit undoAvailable(false);
}

} // namespace engage
