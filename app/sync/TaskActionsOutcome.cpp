#include "sync/TaskActions.h"

#include "sync/OutcomePlan.h"
#include "sync/SyncEngine.h"

// TaskActions' call outcomes: OutcomePlan decides, this records it whole (or not at all) and
// takes it back whole.
namespace engage {

OutcomeResult TaskActions::logOutcome(qint64 taskId, const CallOutcome &outcome,
                                      const QString &note, const CallSettings &settings,
                                      const QTimeZone &repZone)
{
    const std::optional<Task> task = m_sync->task(taskId);
    if (!task)
        return {false, 0, tr("That task is no longer in your list.")};
    TaskStore *store = m_sync->store();
    const QDateTime now = m_sync->clock().now();
    OutcomePlan plan = OutcomePlan::make(*task, outcome, note, settings, repZone, now);

    Action action;
    action.label = plan.record.outcome.isEmpty() ? tr("Call logged") : plan.record.outcome;
    action.contact =
        plan.record.contactName.isEmpty() ? tr("the contact") : plan.record.contactName;
    action.flowName = plan.flowName;
    if (!plan.change.isEmpty()) {
        TaskUpdate inverse;
        if (plan.change.status)
            inverse.status = task->status;
        if (plan.change.dueDate.isValid())
            inverse.dueDate = task->dueDate;
        const qint64 seq = m_sync->enqueue(taskId, plan.change);
        if (seq == 0)
            return {false, 0, {}}; // nothing recorded; SyncEngine said why
        action.steps.append({taskId, seq, plan.change, inverse, false});
    }
    if (plan.removeFromFlow) {
        const qint64 seq =
            m_sync->enqueueUnassign(taskId, plan.crmId, plan.flowId, m_unassignDelay);
        if (seq == 0) {
            rollBack(action);
            return {false, 0, {}};
        }
        action.steps.append({taskId, seq, {}, {}, true});
    }
    if (plan.markOptOut && !isOptedOut(plan.crmId)) {
        if (!store->setOptedOut(plan.crmId, true, taskId, now)) {
            notSaved(tr("The outcome for %1 was not saved, so nothing was sent. %2")
                         .arg(action.contact, store->lastError().userMessage()));
            rollBack(action);
            return {false, 0, {}};
        }
        action.optOutCrmId = plan.crmId;
    }
    for (const Step &step : std::as_const(action.steps))
        plan.record.seqs.append(step.seq);
    plan.record.id = store->appendCall(plan.record);
    if (plan.record.id == 0) {
        notSaved(tr("The outcome for %1 was not saved, so nothing was sent. %2")
                     .arg(action.contact, store->lastError().userMessage()));
        rollBack(action);
        return {false, 0, {}};
    }
    action.callId = plan.record.id;
    push(action);
    emit done(plan.text, true);
    emit callsChanged();
    return {true, plan.record.id, plan.text};
}

QList<OutcomeResult> TaskActions::logOutcomes(const QList<qint64> &taskIds,
                                              const CallOutcome &outcome, const QString &note,
                                              const CallSettings &settings,
                                              const QTimeZone &repZone)
{
    QList<OutcomeResult> results;
    m_group = Action();
    {
        // Each part's own notice would name one task; the group says it once, below.
        const QSignalBlocker quiet(this);
        for (qint64 id : taskIds) {
            results.append(logOutcome(id, outcome, note, settings, repZone));
            if (!results.last().recorded)
                break;
        }
    }
    Action group = std::move(*m_group);
    m_group.reset();
    if (group.parts.empty())
        return results;
    const int n = static_cast<int>(group.parts.size());
    if (n == 1) {
        Action only = group.parts.front();
        group = std::move(only);
    } else {
        group.label = tr("%1 · %n task(s)", nullptr, n).arg(group.parts.front().label);
        group.contact = group.parts.front().contact;
    }
    push(group);
    emit done(n == 1 ? results.first().text : group.label, true);
    emit callsChanged();
    return results;
}

bool TaskActions::isOptedOut(const QString &contactCrmId) const
{
    return !contactCrmId.isEmpty() && m_sync->store()->optedOut().contains(contactCrmId);
}

bool TaskActions::undoCall(Action &action)
{
    TaskStore *store = m_sync->store();
    if (!action.optOutCrmId.isEmpty()) {
        if (!store->setOptedOut(action.optOutCrmId, false, 0, m_sync->clock().now())) {
            notSaved(tr("Undo was not saved, so %1 stays marked opted out. %2")
                         .arg(action.contact, store->lastError().userMessage()));
            return false;
        }
        action.optOutCrmId.clear();
    }
    if (!store->setCallUndone(action.callId, true, action.undoSeqs)) {
        notSaved(tr("Undo was not saved completely: the call with %1 stays in the log. %2")
                     .arg(action.contact, store->lastError().userMessage()));
        return false;
    }
    action.callId = 0;
    return true;
}

void TaskActions::rollBack(Action action)
{
    // Nothing was sent yet (sending starts from the event loop), so each cancels locally.
    while (!action.steps.isEmpty() && m_sync->cancel(action.steps.last().seq))
        action.steps.removeLast();
    if (!action.optOutCrmId.isEmpty() &&
        m_sync->store()->setOptedOut(action.optOutCrmId, false, 0, m_sync->clock().now()))
        action.optOutCrmId.clear();
    if (action.steps.isEmpty() && action.optOutCrmId.isEmpty())
        return;
    // The disk would not even take the way back: what stands stays undoable.
    action.label = tr("%1 (partly saved)").arg(action.label);
    push(action);
}

void TaskActions::notSaved(const QString &text)
{
    // The window's one channel for "the disk did not take it".
    emit m_sync->changeNotSaved(text);
}

} // namespace engage
