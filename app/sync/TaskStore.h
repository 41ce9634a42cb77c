#pragma once

#include "core/Task.h"
#include "core/TaskList.h"
#include "core/TaskUpdate.h"
#include "sync/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlError;

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

// The local SQLite file of one account: the last task list (so the app starts showing it before
// the network answers), the outbox journal of the rep's changes, and an activity ledger with
// each change's own outcome. Every write is checked ([[nodiscard]]; lastError() says why in
// words) and every operation is one transaction, committed before the call returns, so a kill
// between any two statements leaves a state the next start reads correctly.
class TaskStore
{
public:
    static constexpr int SchemaVersion = 5; // StoreSchema::Version

    TaskStore();
    ~TaskStore();
    TaskStore(const TaskStore &) = delete;
    TaskStore &operator=(const TaskStore &) = delete;

    // Opens or creates the file (":memory:" for a store that keeps nothing). A file that is not
    // a usable database is moved aside (never deleted) and a fresh one is started; movedAside()
    // then says where the old one went.
    bool open(const QString &path);
    QString errorString() const { return m_error; }
    QString movedAside() const { return m_movedAside; }
    QString path() const { return m_path; }
    // Why the last write failed.
    const StoreError &lastError() const { return m_lastError; }

    // The cache. A cache that cannot be saved is only a slower next start.
    TaskList cachedTasks() const;
    QDateTime cachedAt() const;
    [[nodiscard]] bool saveCache(const TaskList &tasks, const QDateTime &at);
    [[nodiscard]] bool updateCachedTask(const Task &task);
    [[nodiscard]] bool removeCachedTask(qint64 taskId);

    // Small named values beside the cache (the call catalog's outcomes and scripts, as JSON).
    // One statement each; an empty string when the key is not there.
    [[nodiscard]] bool saveMeta(const QString &key, const QString &value);
    QString meta(const QString &key) const;

    // The outbox and the ledger, each operation whole.
    // Records a change and its ledger line in one transaction (one fsync); the journal number,
    // or 0 when it could not be recorded (lastError() says why).
    [[nodiscard]] qint64 appendChange(qint64 taskId, const TaskUpdate &update,
                                      const QDateTime &baseUpdated, const QDateTime &now);
    QList<PendingChange> pendingChanges() const;
    // Gong confirmed these changes with `confirmed`: out of the outbox, into the cache, and
    // "confirmed" in the ledger.
    [[nodiscard]] bool confirmChanges(const QList<qint64> &seqs, const Task &confirmed);
    // The task is gone from Gong: its changes, its cached row, and "gone" in the ledger.
    [[nodiscard]] bool dropTask(qint64 taskId, const QList<qint64> &seqs);
    // Takes changes back (outcome "cancelled" or "discarded").
    [[nodiscard]] bool removeChanges(const QList<qint64> &seqs,
                                     const QString &outcome = QStringLiteral("cancelled"));
    [[nodiscard]] bool markFailed(const QList<qint64> &seqs, const QString &failure,
                                  bool conflict = false);
    [[nodiscard]] bool markSent(const QList<qint64> &seqs, bool sent);
    // Releases held changes; a valid newBase becomes their `updated` stamp (keep mine).
    [[nodiscard]] bool clearFailure(const QList<qint64> &seqs, const QDateTime &newBase = {});

    // The ledger: what was done, when, and what became of that very change.
    struct LedgerEntry {
        qint64 taskId = 0;
        QString action; // done, dismissed, reopened, rescheduled
        QDateTime at;
        QString outcome; // pending, confirmed, gone, failed, conflict, cancelled, discarded
        qint64 seq = 0;  // the change it records (0 for entries before schema 5)
    };
    QList<LedgerEntry> ledger() const;

    // Called after every statement inside a transaction. Only the test binary sets it, to let
    // a kill land between two statements of one operation.
    static void setStatementHook(std::function<void()> hook);

private:
    bool migrate();
    bool exec(const QString &sql);
    bool fail(const QSqlError &error);
    static bool isDamage(const QSqlError &error);
    // Runs `sql` once per journal entry, binding `values` then the seq (inside the caller's
    // transaction).
    bool execPerChange(const QString &sql, const QVariantList &values, const QList<qint64> &seqs);
    bool setOutcome(const QList<qint64> &seqs, const QString &outcome);
    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_movedAside;
    StoreError m_lastError;
};

} // namespace engage
