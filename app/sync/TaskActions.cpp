#include "sync/TaskActions.h"

#include "sync/SyncEngine.h"

#include <algorithm>

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

bool TaskActions::rescheduleEach(const QList<QPair<qint64, QDateTime>> &dues)
{
    QList<QPair<qint64, TaskUpdate>> changes;
    changes.reserve(dues.size());
    for (const auto &[id, due] : dues) {
        if (due.isValid())
            changes.append({id, TaskUpdate{std::nullopt, due.toUTC()}});
    }
    return applyEach(changes, tr("Rescheduled"));
}

bool TaskActions::apply(const QList<qint64> &taskIds, const TaskUpdate &change,
                        const QString &label)
{
    QList<QPair<qint64, TaskUpdate>> changes;
    changes.reserve(taskIds.size());
    for (qint64 id : taskIds)
        changes.append({id, change});
    return applyEach(changes, label);
}

bool TaskActions::applyEach(const QList<QPair<qint64, TaskUpdate>> &changes, const QString &label)
{
    Action action;
    action.label = label;
    bool allRecorded = true;
    for (const auto &[id, change] : changes) {
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
        action.steps.append({id, seq, change, inverse, false});
    }
    if (action.steps.isEmpty())
        return allRecorded;
    push(action);
    const int n = static_cast<int>(action.steps.size());
    emit done(n == 1 ? label : tr("%1 · %n task(s)", nullptr, n).arg(label), true);
    return allRecorded;
}

void TaskActions::push(const Action &action)
{
    if (m_group) {
        m_group->parts.push_back(action);
        return;
    }
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
    const bool call =
        action.callId != 0 || std::any_of(action.parts.cbegin(), action.parts.cend(),
                                          [](const Action &a) { return a.callId != 0; });
    if (!undoAction(action)) {
        // The disk refused the way back: the rest stays undoable, for when it has room.
        push(action);
        return false;
    }
    emit undoAvailable(!m_undo.isEmpty());
    QString text = tr("Undone: %1").arg(action.label.toLower());
    if (action.leftFlow)
        text += tr(" · %1 stays out of %2 in Gong; add them back there")
                    .arg(action.contact, action.flowName);
    emit done(text, false);
    if (call)
        emit callsChanged();
    return true;
}

bool TaskActions::undoAction(Action &action)
{
    while (!action.parts.empty()) {
        Action &part = action.parts.back();
        const bool ok = undoAction(part);
        action.leftFlow = action.leftFlow || part.leftFlow;
        if (part.leftFlow && action.flowName.isEmpty()) {
            action.contact = part.contact;
            action.flowName = part.flowName;
        }
        if (!ok)
            return false;
        action.parts.pop_back();
    }
    while (!action.steps.isEmpty()) {
        if (!undoStep(action.steps.last(), action))
            return false;
        action.steps.removeLast();
    }
    return action.callId == 0 || undoCall(action);
}

bool TaskActions::undoStep(const Step &step, Action &action)
{
    if (m_sync->cancel(step.seq))
        return true;
    if (step.unassign) {
        if (!m_sync->wentOut(step.seq))
            return false; // still here and unsent: the disk refused to cancel it
        // Gong's API cannot put a prospect back into a flow. Unless Gong refused it, it went.
        const QString outcome = m_sync->store()->changeOutcome(step.seq);
        action.leftFlow = action.leftFlow || (outcome != QLatin1String("refused") &&
                                              outcome != QLatin1String("cancelled"));
        return true;
    }
    // Already with Gong (or on its way): send the way back. A task that had no due date cannot
    // get "no due date" back through the API, so only its status is restored.
    if (step.inverse.isEmpty())
        return true;
    const qint64 seq = m_sync->enqueue(step.taskId, step.inverse, true);
    if (seq != 0)
        action.undoSeqs.append(seq);
    return seq != 0;
}

void TaskActions::clearUndo()
{
    m_undo.clear();
    emit undoAvailable(false);
}

} // namespace engage
