#include "sync/TaskActions.h"

#include "sync/SyncEngine.h"

namespace engage {

namespace {
constexpr int MaxUndo = 100;

QString countText(const QString &verb, qsizetype n)
{
    return n == 1 ? verb : QStringLiteral("%1 · %2 tasks").arg(verb).arg(n);
}
} // namespace

TaskActions::TaskActions(SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{}

void TaskActions::markDone(const QList<qint64> &taskIds)
{
    apply(taskIds, {TaskStatus::Done, {}}, QStringLiteral("Marked done"));
}

void TaskActions::dismiss(const QList<qint64> &taskIds)
{
    apply(taskIds, {TaskStatus::Dismissed, {}}, QStringLiteral("Dismissed"));
}

void TaskActions::reopen(const QList<qint64> &taskIds)
{
    apply(taskIds, {TaskStatus::Open, {}}, QStringLiteral("Reopened"));
}

void TaskActions::reschedule(const QList<qint64> &taskIds, const QDateTime &due)
{
    apply(taskIds, {std::nullopt, due.toUTC()}, QStringLiteral("Rescheduled"));
}

void TaskActions::apply(const QList<qint64> &taskIds, const TaskUpdate &change,
                        const QString &label)
{
    Action action{label, {}};
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
        if (seq != 0)
            action.steps.append({id, seq, change, inverse});
    }
    if (action.steps.isEmpty())
        return;
    m_undo.append(action);
    if (m_undo.size() > MaxUndo)
        m_undo.removeFirst();
    emit undoAvailable(true);
    emit done(countText(label, action.steps.size()), true);
}

bool TaskActions::undo()
{
    if (m_undo.isEmpty())
        return false;
    const Action action = m_undo.takeLast();
    for (auto step = action.steps.crbegin(); step != action.steps.crend(); ++step) {
        if (m_sync->cancel(step->seq))
            continue;
        // Already with Gong (or on its way): send the way back. A task that had no due date
        // cannot get "no due date" back through the API, so only its status is restored.
        if (!step->inverse.isEmpty())
            m_sync->enqueue(step->taskId, step->inverse);
    }
    emit undoAvailable(!m_undo.isEmpty());
    emit done(QStringLiteral("Undone: %1").arg(action.label.toLower()), false);
    return true;
}

void TaskActions::clearUndo()
{
    m_undo.clear();
    emit undoAvailable(false);
}

} // namespace engage
