#pragma once

#include "core/BlobSource.h"
#include "core/CallRecord.h"
#include "core/Task.h"
#include "core/TaskList.h"
#include "core/TaskUpdate.h"
#include "sync/StoreError.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>
#include <future>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace engage {

class CacheRows;

// One change the rep made, as the outbox journal keeps it until Gong confirms it.
struct PendingChange {
    // Patch: PATCH /v2/tasks/{taskId} with `update`. UnassignFlow: the task's contact (`crmId`)
    // leaves flow `flowId`; it changes nothing in the task, and goes alone, never merged.
    enum class Kind { Patch, UnassignFlow };
    Kind kind = Kind::Patch;
    qint64 seq = 0; // journal order
    qint64 taskId = 0;
    TaskUpdate update;
    QString crmId;
    qint64 flowId = 0;
    QDateTime notBefore;   // not sent before this instant (invalid: at once)
    QDateTime baseUpdated; // the task's `updated` stamp as the rep saw it
    QDateTime createdAt;
    bool failed = false;   // held: Gong refused it (400/403) or it conflicts; waits for the rep
    bool conflict = false; // held because the task changed in Gong after the rep acted
    // Handed to the network at least once: Gong may hold it even if no answer came back.
    bool sent = false;
    QString failure; // the message for the rep, with Gong's requestId
};

// What a refresh changed in the cached list: rows to write (new or changed) and rows to delete,
// and the instant of the list. Written in one transaction; the cache then equals the list.
struct CacheChanges {
    QList<SharedTask> upserts;
    QList<qint64> removed;
    QDateTime at;
};

// The local SQLite file of one account: the last task list (so the app starts showing it before
// the network answers), the outbox journal of the rep's changes, and an activity ledger with
// each change's own outcome. Every write is checked ([[nodiscard]]; lastError() says why in
// words) and every operation is one transaction, committed before the call returns, so a kill
// between any two statements leaves a state the next start reads correctly.
class TaskStore
{
public:
    static constexpr int SchemaVersion = 9; // StoreSchema::Version

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

    // The cache. A cache that cannot be saved is only a slower next start. One found damaged
    // when read (open() does not check it) is emptied, for the next refresh to fill.
    TaskList cachedTasks();
    // Starts reading the cache on a thread of its own (its own connection), for the next
    // cachedTasks() to take: start-up builds the window meanwhile. Not for ":memory:".
    void prefetchCache();
    QDateTime cachedAt() const;
    [[nodiscard]] bool saveCache(const TaskList &tasks, const QDateTime &at);
    [[nodiscard]] bool updateCachedTask(const Task &task);
    [[nodiscard]] bool removeCachedTask(qint64 taskId);
    // Only what changed (TaskStoreCache.cpp), in one transaction, on this store's connection.
    [[nodiscard]] bool applyCacheChanges(const CacheChanges &changes);
    // The same from any thread, on a connection of its own to the file at `path` (the store is
    // in WAL mode: a second connection writes beside the first; the writes take turns). False,
    // with `error` set, when the file did not take it. Not for ":memory:" (another database).
    [[nodiscard]] static bool applyCacheChangesAt(const QString &path, const CacheChanges &changes,
                                                  StoreError *error);
    // Why `error` happened, in words the rep can act on, for the store at `path`.
    static StoreError errorFor(const QSqlError &error, const QString &path);

    // Small named values beside the cache (the call catalog's outcomes and scripts, as JSON).
    // One statement each; an empty string when the key is not there.
    [[nodiscard]] bool saveMeta(const QString &key, const QString &value);
    QString meta(const QString &key) const;

    // Covering a teammate: every ledger line recorded from now on says it was done on behalf of
    // `who` (their name and email). Empty (the default): the rep's own work.
    void setOnBehalfOf(const QString &who) { m_onBehalfOf = who; }
    QString onBehalfOf() const { return m_onBehalfOf; }

    // The outbox and the ledger, each operation whole.
    // Records a change and its ledger line in one transaction (one fsync); the journal number,
    // or 0 when it could not be recorded (lastError() says why).
    [[nodiscard]] qint64 appendChange(qint64 taskId, const TaskUpdate &update,
                                      const QDateTime &baseUpdated, const QDateTime &now);
    // Records that the task's contact leaves the flow (outbox kind 'unassign', not sent before
    // notBefore) and its ledger line "removed from flow"; the journal number, or 0.
    [[nodiscard]] qint64 appendUnassign(qint64 taskId, const QString &crmId, qint64 flowId,
                                        const QDateTime &now, const QDateTime &notBefore);
    QList<PendingChange> pendingChanges() const;
    // Gong confirmed these changes with `confirmed`: out of the outbox, into the cache, and
    // "confirmed" in the ledger.
    [[nodiscard]] bool confirmChanges(const QList<qint64> &seqs, const Task &confirmed);
    // The task is gone from Gong: its changes, its cached row, and "gone" in the ledger.
    [[nodiscard]] bool dropTask(qint64 taskId, const QList<qint64> &seqs);
    // Takes changes out of the outbox with that outcome: "cancelled" or "discarded" (the rep took
    // them back), "confirmed" (a flow removal Gong did), "refused" (one Gong will never do, with
    // why in `detail`).
    [[nodiscard]] bool removeChanges(const QList<qint64> &seqs,
                                     const QString &outcome = QStringLiteral("cancelled"),
                                     const QString &detail = {});
    [[nodiscard]] bool markFailed(const QList<qint64> &seqs, const QString &failure,
                                  bool conflict = false);
    [[nodiscard]] bool markSent(const QList<qint64> &seqs, bool sent);
    // Releases held changes; a valid newBase becomes their `updated` stamp (keep mine).
    [[nodiscard]] bool clearFailure(const QList<qint64> &seqs, const QDateTime &newBase = {});

    // The ledger: what was done, when, and what became of that very change.
    struct LedgerEntry {
        qint64 taskId = 0;
        QString action; // done, dismissed, reopened, rescheduled, removed from flow
        QDateTime at;
        // pending, confirmed, gone, failed, conflict, cancelled, discarded, refused
        QString outcome;
        qint64 seq = 0; // the change it records (0 for entries before schema 5)
        QString detail; // why it failed or was refused, for the rep
        // Whose queue it was done in, when not the rep's own ("Megan Foster (megan@…)").
        QString onBehalfOf = {};
    };
    QList<LedgerEntry> ledger() const;
    // The lines recorded in [from, to), oldest first.
    QList<LedgerEntry> ledger(const QDateTime &from, const QDateTime &to) const;
    // The ledger's outcome for that change ("pending", "confirmed", "refused", …); empty when the
    // ledger does not name it.
    QString changeOutcome(qint64 seq) const;

    // The call log (TaskStoreCalls.cpp): one row per outcome the rep logged. The id, or 0.
    [[nodiscard]] qint64 appendCall(const CallRecord &record);
    // Marks the call undone (or not); `undoSeqs`, the changes that took it back, join its seqs,
    // so the day log knows them as part of it.
    [[nodiscard]] bool setCallUndone(qint64 id, bool undone, const QList<qint64> &undoSeqs = {});
    // The calls logged in [from, to), oldest first; undone ones too.
    QList<CallRecord> calls(const QDateTime &from, const QDateTime &to) const;
    // Contacts marked opted out on this computer, by CRM id (Gong's API cannot mark them).
    [[nodiscard]] bool setOptedOut(const QString &crmId, bool optedOut, qint64 taskId,
                                   const QDateTime &at);
    QSet<QString> optedOut() const;

    // Called after every statement inside a transaction. Only the test binary sets it, to let
    // a kill land between two statements of one operation.
    static void setStatementHook(std::function<void()> hook);

private:
    // Instants as the store writes them: UTC, with milliseconds. The base stamp must equal the
    // cache's `updated` to the millisecond, and text in one form sorts by time.
    static QString dateText(const QDateTime &dt);
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    bool migrate();
    bool exec(const QString &sql);
    bool fail(const QSqlError &error);
    bool clearDamagedCache();
    bool writeWholeCache(const TaskList &tasks, const QDateTime &at, QSqlError *error);
    bool inSavepoint(const std::function<bool(CacheRows &)> &write);
    // Stores the keys of rows read without them (cachedTasks).
    void storeKeys(const TaskList &tasks);
    static bool writeCacheChanges(const QSqlDatabase &db, const CacheChanges &changes,
                                  QSqlError *error);
    static bool isDamage(const QSqlError &error);
    // The cache's rows as read (TaskStoreCache.cpp): those with readable keys, by their keys
    // (each blob read when its task is decoded), the others' blobs to decode.
    struct CacheRead {
        QList<SharedTask> rows;
        QList<QByteArray> unkeyed;
        QSqlError error;
    };
    static CacheRead readCache(const QSqlDatabase &db,
                               const std::shared_ptr<const BlobSource> &blobs);
    static CacheRead readCacheAt(const QString &path,
                                 const std::shared_ptr<const BlobSource> &blobs);
    std::shared_ptr<const BlobSource> newBlobSource() const;
    std::future<CacheRead> m_prefetch;
    // Runs `sql` once per journal entry, binding `values` then the seq (inside the caller's
    // transaction).
    bool execPerChange(const QString &sql, const QVariantList &values, const QList<qint64> &seqs);
    bool setOutcome(const QList<qint64> &seqs, const QString &outcome, const QString &detail = {});
    static QList<LedgerEntry> readLedger(QSqlQuery &q);
    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_movedAside;
    QString m_onBehalfOf;
    StoreError m_lastError;
};

} // namespace engage
