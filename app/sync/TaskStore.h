#pragma once

#include "core/Task.h"
#include "core/TaskList.h"
#include "core/TaskUpdate.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace engage {

// One change the rep made, as the outbox journal keeps it until Gong confirms it.
struct PendingChange {
    qint64 seq = 0; // journal order
    qint64 taskId = 0;
    TaskUpdate update;
    QDateTime baseUpdated; // the task's `updated` stamp as the rep saw it
    QDateTime createdAt;
    bool failed = false;   // held: Gong refused it (400/403) or it conflicts; waits for the rep
    bool conflict = false; // held because the task changed in Gong after the rep acted
    // Handed to the network at least once: Gong may hold it even if no answer came back.
    bool sent = false;
    QString failure; // the message for the rep, with Gong's requestId
};

// The local SQLite file: the last task list (so the app starts showing it before the network
// answers), the outbox journal of the rep's changes, and an activity ledger. Every write is one
// transaction, committed before the caller goes on; WAL keeps that cheap.
class TaskStore
{
public:
    static constexpr int SchemaVersion = 4;

    TaskStore();
    ~TaskStore();
    TaskStore(const TaskStore &) = delete;
    TaskStore &operator=(const TaskStore &) = delete;

    // Opens or creates the file. A file that is not a usable database is moved aside (never
    // deleted) and a fresh one is started; movedAside() then says where the old one went.
    bool open(const QString &path);
    QString errorString() const { return m_error; }
    QString movedAside() const { return m_movedAside; }

    // The cache.
    TaskList cachedTasks() const;
    QDateTime cachedAt() const;
    bool saveCache(const TaskList &tasks, const QDateTime &at);
    bool updateCachedTask(const Task &task);
    bool removeCachedTask(qint64 taskId);

    // The outbox.
    qint64 appendChange(qint64 taskId, const TaskUpdate &update, const QDateTime &baseUpdated,
                        const QDateTime &now);
    QList<PendingChange> pendingChanges() const;
    bool removeChanges(const QList<qint64> &seqs);
    bool markFailed(const QList<qint64> &seqs, const QString &failure, bool conflict = false);
    bool markSent(const QList<qint64> &seqs, bool sent);
    // Releases a task's held changes; a valid newBase becomes their `updated` stamp (keep mine).
    bool clearFailure(qint64 taskId, const QDateTime &newBase = {});

    // The ledger: what was done, when, and whether Gong confirmed it.
    struct LedgerEntry {
        qint64 taskId = 0;
        QString action; // done, dismissed, reopened, rescheduled
        QDateTime at;
        QString outcome; // pending, confirmed, gone, failed, cancelled
    };
    bool addLedger(qint64 taskId, const QString &action, const QDateTime &at);
    bool setLedgerOutcome(qint64 taskId, const QString &outcome,
                          const QString &from = QStringLiteral("pending"));
    bool setLatestLedgerOutcome(qint64 taskId, const QString &outcome);
    QList<LedgerEntry> ledger() const;

private:
    bool migrate();
    bool exec(const QString &sql);
    // Runs `sql` once per journal entry in one transaction, binding `values` then the seq.
    bool execPerChange(const QString &sql, const QVariantList &values, const QList<qint64> &seqs);
    QString m_connection;
    QString m_error;
    QString m_movedAside;
};

} // namespace engage
