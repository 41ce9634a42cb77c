#include "sync/Journal.h"

#include <algorithm>

namespace engage {

qint64 Journal::record(qint64 taskId, const TaskUpdate &update, const QDateTime &base,
                       const QDateTime &now)
{
    PendingChange change;
    change.taskId = taskId;
    change.update = update;
    change.baseUpdated = base;
    change.createdAt = now;
    change.seq = m_store->appendChange(taskId, update, base, now);
    if (change.seq != 0)
        m_changes.append(change);
    return change.seq;
}

qint64 Journal::recordUnassign(qint64 taskId, const QString &crmId, qint64 flowId,
                               const QDateTime &now, const QDateTime &notBefore)
{
    PendingChange change;
    change.kind = PendingChange::Kind::UnassignFlow;
    change.taskId = taskId;
    change.crmId = crmId;
    change.flowId = flowId;
    change.createdAt = now;
    change.notBefore = notBefore;
    change.seq = m_store->appendUnassign(taskId, crmId, flowId, now, notBefore);
    if (change.seq != 0)
        m_changes.append(change);
    return change.seq;
}

bool Journal::cancel(qint64 seq)
{
    const auto it = std::find_if(m_changes.begin(), m_changes.end(),
                                 [seq](const PendingChange &c) { return c.seq == seq; });
    // One that went out may be in Gong already (its answer lost): it is undone by sending the way
    // back, never dropped here.
    if (it == m_changes.end() || it->sent ||
        !m_store->removeChanges({seq}, QStringLiteral("cancelled")))
        return false;
    m_changes.erase(it);
    return true;
}

QList<qint64> Journal::discardHeld(qint64 taskId)
{
    const QList<qint64> seqs = seqsOf(taskId, true);
    if (seqs.isEmpty() || !m_store->removeChanges(seqs, QStringLiteral("discarded")))
        return {};
    m_changes.removeIf([&](const PendingChange &c) { return seqs.contains(c.seq); });
    return seqs;
}

bool Journal::markSent(const QList<qint64> &seqs, bool sent)
{
    for (PendingChange &c : m_changes) {
        if (seqs.contains(c.seq))
            c.sent = sent;
    }
    return m_store->markSent(seqs, sent);
}

bool Journal::confirm(const QList<qint64> &seqs, const Task &confirmed)
{
    m_changes.removeIf([&](const PendingChange &c) { return seqs.contains(c.seq); });
    return m_store->confirmChanges(seqs, confirmed);
}

bool Journal::dropTask(qint64 taskId)
{
    // Every patch to a task that is gone goes with it, not only those just sent.
    const QList<qint64> seqs = seqsOf(taskId, false);
    m_changes.removeIf([&seqs](const PendingChange &c) { return seqs.contains(c.seq); });
    return m_store->dropTask(taskId, seqs);
}

bool Journal::settleUnassign(qint64 seq, const QString &outcome, const QString &detail)
{
    m_changes.removeIf([seq](const PendingChange &c) { return c.seq == seq; });
    return m_store->removeChanges({seq}, outcome, detail);
}

bool Journal::hold(const QList<qint64> &seqs, const QString &message, bool conflict)
{
    for (PendingChange &c : m_changes) {
        if (seqs.contains(c.seq)) {
            c.failed = true;
            c.conflict = conflict;
            c.failure = message;
        }
    }
    return m_store->markFailed(seqs, message, conflict);
}

bool Journal::release(qint64 taskId, const QDateTime &newBase)
{
    const QList<qint64> held = seqsOf(taskId, true);
    QList<qint64> conflicts;
    for (PendingChange &c : m_changes) {
        if (!held.contains(c.seq))
            continue;
        if (c.conflict) {
            // As TaskStore::clearFailure: only a valid stamp replaces the base.
            if (newBase.isValid())
                c.baseUpdated = newBase;
            conflicts.append(c.seq);
        }
        c.failed = false;
        c.conflict = false;
        c.failure.clear();
    }
    QList<qint64> refused = held;
    refused.removeIf([&](qint64 seq) { return conflicts.contains(seq); });
    const bool a = conflicts.isEmpty() || m_store->clearFailure(conflicts, newBase);
    const bool b = refused.isEmpty() || m_store->clearFailure(refused);
    return a && b;
}

QList<PendingChange> Journal::sendable(qint64 taskId) const
{
    QList<PendingChange> out;
    for (const PendingChange &c : m_changes) {
        if (c.taskId == taskId && !c.failed && c.kind == PendingChange::Kind::Patch)
            out.append(c);
    }
    return out;
}

const PendingChange *Journal::nextSendable(const QDateTime &now) const
{
    const auto it =
        std::find_if(m_changes.cbegin(), m_changes.cend(), [&now](const PendingChange &c) {
            return !c.failed && (!c.notBefore.isValid() || c.notBefore <= now);
        });
    return it == m_changes.cend() ? nullptr : &*it;
}

QDateTime Journal::nextNotBefore(const QDateTime &now) const
{
    QDateTime earliest;
    for (const PendingChange &c : m_changes) {
        if (!c.failed && c.notBefore.isValid() && c.notBefore > now &&
            (!earliest.isValid() || c.notBefore < earliest))
            earliest = c.notBefore;
    }
    return earliest;
}

int Journal::waitingCount() const
{
    return static_cast<int>(std::count_if(m_changes.cbegin(), m_changes.cend(),
                                          [](const PendingChange &c) { return !c.failed; }));
}

bool Journal::hasChangesFor(qint64 taskId) const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(),
                       [taskId](const PendingChange &c) { return c.taskId == taskId; });
}

QList<qint64> Journal::seqsOf(qint64 taskId, bool heldOnly) const
{
    QList<qint64> seqs;
    for (const PendingChange &c : m_changes) {
        if (c.taskId == taskId && c.kind == PendingChange::Kind::Patch && (!heldOnly || c.failed))
            seqs.append(c.seq);
    }
    return seqs;
}

} // namespace engage
