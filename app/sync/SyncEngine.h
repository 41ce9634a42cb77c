#pragma once

#include "core/Clock.h"
#include "core/TaskDiff.h"
#include "core/TaskList.h"
#include "gong/GongClient.h"
#include "gong/RateLimiter.h"
#include "sync/Backoff.h"
#include "sync/Journal.h"
#include "sync/RefreshWorker.h"
#include "sync/TaskStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace engage {

// Keeps the rep's task list in step with Gong and makes sure every change reaches it.
// Changes are journaled in the TaskStore before anything else, applied on top of what the server
// last said, and sent one request at a time, oldest first, through the RateLimiter; several
// changes to one task go as one PATCH with the final state. A contact's removal from a flow
// (enqueueUnassign) goes through the same queue, alone, once its delay has passed. The UI reads
// tasks() and listens for changes; it never talks to GongClient itself.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // NotConnected: nothing waits, but Gong has not answered this account yet (no account, or
    // every answer so far came from something that is not Gong). Synced is said only after Gong
    // itself answered.
    enum class State { NotConnected, Synced, Sending, Waiting, Offline, Paused };
    Q_ENUM(State)

    // What a row shows about its own changes.
    struct Mark {
        bool pending = false;
        bool failed = false;
        bool conflict = false; // changed in Gong after the rep acted: keep mine or take theirs
        QString failure;
    };

    SyncEngine(GongClient *client, TaskStore *store, const Clock &clock, QObject *parent = nullptr,
               Backoff::Random random = {});

    // Loads the cache and the journal and starts sending what is waiting.
    void start();
    // Another account: lets go of the current store (what waits in it stays there) and starts
    // on `store`. An answer still on its way for the old account is ignored.
    void switchStore(TaskStore *store);

    const TaskList &tasks() const { return m_tasks; }
    std::optional<Task> task(qint64 id) const;
    Mark mark(qint64 taskId) const;
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    // A refresh is wanted, on its way, being read, or its cache write is not done yet.
    bool isRefreshing() const
    {
        return m_refreshWanted || m_inFlight == InFlight::Refresh || m_reading || m_cacheWrites > 0;
    }
    State state() const { return m_state; }
    int waitingCount() const; // changes not yet confirmed, failed ones excluded
    int callsToday() const { return m_callsToday; }
    // The last failure came from a server that answered, but not as Gong (a portal, a wrong
    // address); cleared by Gong's next answer.
    bool answeredByNotGong() const { return m_notGong; }
    RateLimiter &rateLimiter() { return *m_limiter; }
    // Sends through `shared` (another engine's, which must outlive this one) instead of this
    // engine's own: Gong's limit is one budget for the company, however many queues are open.
    void shareRateLimiter(RateLimiter *shared) { m_limiter = shared ? shared : &m_ownLimiter; }
    const Clock &clock() const { return m_clock; }
    TaskStore *store() const { return m_store; } // the current account's
    void setRefreshInterval(int ms);

    // The journal's door: records the change (committed before return) and applies it locally.
    // Returns the change's journal number, or 0 when it could not be recorded: then nothing
    // changed, and changeNotSaved says why.
    // `undoing`: the change takes back an earlier one (the message then says the undo failed).
    qint64 enqueue(qint64 taskId, const TaskUpdate &update, bool undoing = false);
    // Takes the task's contact (crmId) out of flow flowId in Gong, not before `delay` from now:
    // an undo within it costs no traffic. Recorded like enqueue (0 when the disk refused, and
    // changeNotSaved says why); it changes nothing in the task. Sent alone, never merged into a
    // PATCH; Gong's refusal drops it with a notice (once per run for a key without
    // api:flows:write), anything transient is sent again, and a restart sends it.
    qint64 enqueueUnassign(qint64 taskId, const QString &crmId, qint64 flowId,
                           std::chrono::milliseconds delay);
    // Takes back a change (of either kind) that has not gone out yet. False when it is sent or
    // on its way.
    bool cancel(qint64 seq);
    // The change is on its way, was handed to the network, or is settled: cancel() cannot take
    // it back. (cancel() failing for an unsent one means the disk refused.)
    bool wentOut(qint64 seq) const;
    // A held change: send it again ("keep mine" for a conflict) or drop it ("take theirs").
    void retryFailed(qint64 taskId);
    void discardFailed(qint64 taskId);
    // After new credentials: sending resumes.
    void resume();

public slots:
    void refresh();

signals:
    void tasksReset();
    // A refresh changed these rows; tasks() holds the result already. Emitted instead of
    // tasksReset() for a refresh, so a view moves only those rows.
    void tasksRefreshed(const engage::TaskDiff &diff);
    void taskChanged(qint64 taskId);
    void stateChanged();
    void refreshStarted();
    void refreshSucceeded();
    // isRefreshing() turned false: the last refresh's cache write is done too.
    void refreshSettled();
    void refreshFailed(const engage::ApiError &error);
    // A change did not go through: refused for good (400/403; the row shows it, the rep may retry
    // or discard) or answered with something unreadable (kept and sent again by itself).
    void changeFailed(qint64 taskId, const engage::ApiError &error);
    // Something the rep should read once (a task gone, a change refused).
    void notice(const QString &text);
    // The disk did not take a change the rep made: it was not made. The words say why and how
    // to fix it; the next change is tried again.
    void changeNotSaved(const QString &text);
    // The disk did not take something that is not the rep's work (the cache, a confirmation):
    // nothing is lost, but the rep should know the disk is in trouble.
    void storeWarning(const QString &text);

private:
    enum class InFlight { None, Change, Refresh };
    void pump();
    void sendChanges(qint64 taskId);
    // SyncEngineRefresh.cpp: the list is asked for here, read on the worker, applied here.
    void sendRefresh();
    void onListAnswered(const RefreshWorker::Read &read);
    void onRefreshed(QMap<qint64, SharedTask> fresh, const QHash<const Task *, TaskKeys> &keys);
    void onRefreshFailed(const ApiError &error);
    // The cache takes what changed (on the worker for a file, here for ":memory:").
    void saveChangedRows(CacheChanges changes);
    // server()'s entry for the task changed here: a list being read, or a cache write under
    // way, must not undo it.
    void touchedHere(qint64 taskId);
    void onChangeAnswered(qint64 taskId, const QList<qint64> &seqs, const ApiResult<Task> &result);
    // SyncEngineUnassign.cpp: a flow removal, sent alone.
    void sendUnassign(const PendingChange &change);
    void onUnassignAnswered(const PendingChange &change, const ApiResult<QStringList> &result);
    QString flowNameOf(qint64 taskId, qint64 flowId) const;
    // After a transient failure of these changes: whether they went out, then the wait.
    void retryChangesLater(const QList<qint64> &seqs, const ApiError &error);
    void pauseForSignIn(const ApiError &error);
    void onTransientError(const ApiError &error);
    // Holds the rep's unsent changes to tasks that Gong changed since the rep acted on them.
    void detectConflicts(const QMap<qint64, SharedTask> &fresh);
    void rebuild();            // m_tasks from server() and the journal
    void applyJournalToRows(); // the journal's changes over m_tasks
    // The row of `id` in `rows`, which are in id order (m_tasks always is); -1 when absent.
    static qsizetype rowIn(const TaskList &rows, qint64 id);
    // After rebuild(): a task the journal changed keeps its shared task from `before` when it
    // came out the same, so it does not count as changed.
    void keepUnchanged(const TaskList &before);
    void rebuildTask(qint64 taskId); // one task, in place
    void setState(State state);
    // Synced when Gong has answered this account, NotConnected otherwise.
    State idleState() const { return m_gongAnswered ? State::Synced : State::NotConnected; }
    void warnIfNotStored(bool stored, const QString &what);
    void schedule(qint64 ms);
    QString nameOf(qint64 taskId) const;

    GongClient *m_client;
    TaskStore *m_store;
    const Clock &m_clock;
    RateLimiter m_ownLimiter;
    RateLimiter *m_limiter = &m_ownLimiter; // m_ownLimiter, or the one shareRateLimiter() gave
    // What Gong last said: server() (a start keeps the cached rows, in id order, and makes the
    // map from them when it is first asked for).
    QMap<qint64, SharedTask> &server() const;
    mutable QMap<qint64, SharedTask> m_serverMap;
    mutable TaskList m_serverRows;
    // Tasks the rep closed that have since left Gong's open list: kept so undo and reopen still
    // reach them after a refresh.
    QHash<qint64, SharedTask> m_recentlyClosed;
    Journal m_journal; // what the rep did that Gong has not confirmed
    TaskList m_tasks;  // server() with m_journal applied, in its order (the ids')
    QDateTime m_lastRefreshed;
    QTimer m_wake;
    QTimer m_refreshTimer;
    InFlight m_inFlight = InFlight::None;
    QList<qint64> m_inFlightSeqs;
    bool m_refreshWanted = false;
    // Changes made while Gong was out of reach are replayed only after a fresh look at Gong, so
    // a change made elsewhere meanwhile is seen (and held as a conflict), not overwritten.
    bool m_refreshFirst = false;
    bool m_paused = false;
    bool m_gongAnswered = false; // Gong itself (not a portal or a proxy) answered this account
    bool m_notGong = false;      // the last failure was an answer that is not Gong's
    State m_state = State::NotConnected;
    Backoff m_backoff; // consecutive transient failures
    int m_callsToday = 0;
    int m_generation = 0; // which store the answers in flight belong to
    // The key cannot change flows: said once, not for every removal it refuses.
    bool m_toldFlowScope = false;
    QDate m_callsDay;
    // A list answer is being read on the worker; these tasks changed here meanwhile (a
    // confirmed PATCH, a task gone) and win over what the list says.
    bool m_reading = false;
    QSet<qint64> m_touchedWhileReading;
    // Cache writes on the worker not done yet; tasks whose cached row was written here
    // meanwhile, to write again once they are (the worker's rows may be older).
    int m_cacheWrites = 0;
    QSet<qint64> m_cacheRecheck;
    bool m_cacheStale = false; // a write failed: the next refresh rewrites the whole cache
    RefreshWorker m_worker;    // last: destroyed first, waiting for its jobs
};

} // namespace engage
