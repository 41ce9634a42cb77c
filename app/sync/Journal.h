#pragma once

#include "sync/TaskStore.h"

#include <QList>

namespace engage {

// The rep's changes that Gong has not confirmed: the outbox on disk and its copy in memory,
// changed in one place so the two never drift. A change the disk did not take is never made in
// memory (the rep is told, and nothing pretends); what Gong already answered is kept in memory
// even when the disk cannot record it (a warning: at worst it is sent again, and a PATCH sets a
// state, so that is safe).
class Journal
{
public:
    explicit Journal(TaskStore *store)
        : m_store(store)
    {}

    void setStore(TaskStore *store) { m_store = store; }
    void load() { m_changes = m_store->pendingChanges(); }
    const QList<PendingChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    const StoreError &lastError() const { return m_store->lastError(); }

    // Disk first, then memory. 0 when the disk did not take it.
    qint64 record(qint64 taskId, const TaskUpdate &update, const QDateTime &base,
                  const QDateTime &now);
    // A flow removal (PendingChange::Kind::UnassignFlow), not to go before notBefore.
    qint64 recordUnassign(qint64 taskId, const QString &crmId, qint64 flowId, const QDateTime &now,
                          const QDateTime &notBefore);
    // Takes back one unsent change of either kind (false: not there, sent, or the disk refused).
    bool cancel(qint64 seq);
    // Drops the task's held changes, the rep's "take theirs" / "discard" (empty: none held, or
    // the disk refused).
    QList<qint64> discardHeld(qint64 taskId);

    // What Gong said. Memory follows always; false when the disk did not.
    bool markSent(const QList<qint64> &seqs, bool sent);
    bool confirm(const QList<qint64> &seqs, const Task &confirmed);
    // Drops the task's patches: its flow removals concern the contact, not the task, and go on.
    bool dropTask(qint64 taskId);
    // A flow removal Gong did ("confirmed") or will never do ("refused", with why).
    bool settleUnassign(qint64 seq, const QString &outcome, const QString &detail = {});
    bool hold(const QList<qint64> &seqs, const QString &message, bool conflict);
    // Releases the task's held changes; conflicts take `newBase` (when valid) as the version they
    // override.
    bool release(qint64 taskId, const QDateTime &newBase);

    // The task's patches that may go (not held), in order: together they are one PATCH.
    QList<PendingChange> sendable(qint64 taskId) const;
    // The oldest change that may go at `now` (not held, its notBefore reached), or null.
    const PendingChange *nextSendable(const QDateTime &now) const;
    // The earliest notBefore after `now` of a change that waits only for it; invalid: none.
    QDateTime nextNotBefore(const QDateTime &now) const;
    int waitingCount() const; // not held
    bool hasChangesFor(qint64 taskId) const;

private:
    QList<qint64> seqsOf(qint64 taskId, bool heldOnly) const;

    TaskStore *m_store;
    QList<PendingChange> m_changes;
};

} // namespace engage
