#include "sync/SyncEngine.h"

#include "sync/ConflictRule.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "engage.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStartupSync, "engage.startup.sync", QtWarningMsg)

namespace engage {

SyncEngine::SyncEngine(GongClient *client, TaskStore *store, const Clock &clock, QObject *parent,
                       Backoff::Random random)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
    , m_journal(store)
    , m_backoff(clock, std::move(random))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &SyncEngine::pump);
    m_refreshTimer.setInterval(5 * 60 * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SyncEngine::refresh);
}

void SyncEngine::setRefreshInterval(int ms)
{
    m_refreshTimer.setInterval(ms);
    if (m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void SyncEngine::start()
{
    QElapsedTimer clock;
    clock.start();
    const TaskList cached = m_store->cachedTasks();
    qCDebug(lcStartupSync) << "cache read:" << cached.size() << "tasks in" << clock.elapsed()
                           << "ms";
    // In id order, the map's: the rows are the cached list itself (shared, not copied row by
    // row), and the map is made from them when first needed, after the list is on screen.
    bool inIdOrder = true;
    for (qsizetype i = 1; inIdOrder && i < cached.size(); ++i)
        inIdOrder = cached.idAt(i - 1) < cached.idAt(i);
    m_serverMap.clear();
    m_serverRows = cached;
    if (!inIdOrder)
        server(); // made now, in its order
    m_lastRefreshed = m_store->cachedAt();
    m_journal.load();
    m_refreshFirst = !m_journal.isEmpty();
    rebuild();
    qCDebug(lcStartupSync) << "journal applied" << clock.elapsed() << "ms";
    emit tasksReset();
    qCDebug(lcStartupSync) << "list shown" << clock.elapsed() << "ms";
    m_refreshTimer.start();
    // After the cached list has painted: the first request sets up the network stack.
    QTimer::singleShot(0, this, &SyncEngine::refresh);
}

void SyncEngine::switchStore(TaskStore *store)
{
    ++m_generation; // answers for the old account are dropped on arrival
    m_wake.stop();
    m_refreshTimer.stop();
    m_inFlight = InFlight::None;
    m_inFlightSeqs.clear();
    m_refreshWanted = false;
    m_paused = false;
    m_gongAnswered = false;
    m_notGong = false;
    m_toldFlowScope = false; // another account, perhaps another key
    m_backoff.reset();
    m_recentlyClosed.clear();
    m_reading = false; // the old account's list, its cache writes: no longer ours to follow
    m_touchedWhileReading.clear();
    m_cacheWrites = 0;
    m_cacheRecheck.clear();
    m_cacheStale = false;
    m_store = store;
    m_journal.setStore(store);
    setState(State::NotConnected);
    start();
}

std::optional<Task> SyncEngine::task(qint64 id) const
{
    const qsizetype row = rowIn(m_tasks, id);
    return row < 0 ? std::nullopt : std::optional<Task>(m_tasks.at(row));
}

SyncEngine::Mark SyncEngine::mark(qint64 taskId) const
{
    Mark m;
    for (const PendingChange &c : m_journal.changes()) {
        if (c.taskId != taskId)
            continue;
        if (c.failed) {
            m.failed = true;
            m.conflict = m.conflict || c.conflict;
            m.failure = c.failure;
        } else {
            m.pending = true;
        }
    }
    return m;
}

int SyncEngine::waitingCount() const
{
    return m_journal.waitingCount();
}

void SyncEngine::warnIfNotStored(bool stored, const QString &what)
{
    if (stored)
        return;
    qCWarning(lcSync).noquote() << what << m_store->lastError().detail;
    emit storeWarning(QStringLiteral("%1 %2").arg(what, m_store->lastError().userMessage()));
}

qint64 SyncEngine::enqueue(qint64 taskId, const TaskUpdate &update, bool undoing)
{
    if (!server().contains(taskId) && m_recentlyClosed.contains(taskId)) {
        // Reopening (or undoing) a task that a refresh took off the list: it comes back.
        server().insert(taskId, m_recentlyClosed.take(taskId));
        touchedHere(taskId);
        rebuild();
        emit tasksReset();
    }
    const auto onServer = server().constFind(taskId);
    if (onServer == server().cend() || update.isEmpty())
        return 0;
    const qint64 seq = m_journal.record(taskId, update, (*onServer)->updated, m_clock.now());
    if (seq == 0) {
        qCWarning(lcSync).noquote() << "change not recorded:" << m_store->lastError().detail;
        emit changeNotSaved((undoing
                                 ? tr("Undo was not saved, so your change to %1 stands. %2")
                                 : tr("Your change to %1 was not saved, so it was not made. %2"))
                                .arg(nameOf(taskId), m_store->lastError().userMessage()));
        return 0;
    }
    rebuildTask(taskId);
    emit taskChanged(taskId);
    if (m_state == State::Synced || m_state == State::NotConnected)
        setState(State::Sending);
    // Send from the event loop, so the keypress that made the change returns at once.
    schedule(0);
    return seq;
}

bool SyncEngine::cancel(qint64 seq)
{
    if (m_inFlightSeqs.contains(seq))
        return false;
    const auto &changes = m_journal.changes();
    const auto it = std::find_if(changes.cbegin(), changes.cend(),
                                 [seq](const PendingChange &c) { return c.seq == seq; });
    // Sent, its answer lost: Gong may hold it, so the caller sends the way back instead.
    if (it == changes.cend() || it->sent)
        return false;
    const qint64 taskId = it->taskId;
    if (!m_journal.cancel(seq)) {
        emit changeNotSaved(tr("Undo was not saved, so your change to %1 stands. %2")
                                .arg(nameOf(taskId), m_store->lastError().userMessage()));
        return false;
    }
    rebuildTask(taskId);
    emit taskChanged(taskId);
    // From the event loop, as enqueue: an undo that cancels several changes must not see the
    // first one's neighbour go out while it takes back the next.
    schedule(0);
    return true;
}

void SyncEngine::retryFailed(qint64 taskId)
{
    // Keeping mine: the version the rep now overrides becomes the base, so it is not held again.
    const SharedTask seen = server().value(taskId);
    warnIfNotStored(m_journal.release(taskId, seen ? seen->updated : QDateTime()),
                    tr("Sending again could not be noted on this computer."));
    emit taskChanged(taskId);
    pump();
}

void SyncEngine::discardFailed(qint64 taskId)
{
    if (m_journal.discardHeld(taskId).isEmpty())
        return;
    rebuildTask(taskId);
    emit taskChanged(taskId);
}

void SyncEngine::resume()
{
    m_paused = false;
    m_backoff.reset();
    setState(waitingCount() > 0 ? State::Sending : idleState());
    refresh();
}

void SyncEngine::refresh()
{
    m_refreshWanted = true;
    emit refreshStarted();
    pump();
}

void SyncEngine::schedule(qint64 ms)
{
    if (!m_wake.isActive() || m_wake.remainingTime() > ms)
        m_wake.start(static_cast<int>(ms));
}

void SyncEngine::pump()
{
    if (m_inFlight != InFlight::None || m_paused)
        return;
    const QDateTime now = m_clock.now();
    // While a list answer is read on the worker the rep's changes may go, but not another
    // refresh; after a time out of reach nothing goes before that answer is applied.
    const PendingChange *next = m_reading && m_refreshFirst ? nullptr : m_journal.nextSendable(now);
    if (!next && (!m_refreshWanted || m_reading)) {
        if (m_reading)
            return; // the answer being read calls pump() again
        if (const QDateTime later = m_journal.nextNotBefore(now); later.isValid()) {
            // Only a delayed flow removal waits: wake when it may go.
            constexpr qint64 MaxWakeMs = 60 * 60 * 1000;
            if (m_state != State::Offline)
                setState(State::Sending);
            schedule(std::clamp<qint64>(now.msecsTo(later), 1, MaxWakeMs));
            return;
        }
        setState(idleState());
        return;
    }
    if (const qint64 delay = m_limiter->delayMs(); delay > 0) {
        if (m_state != State::Offline)
            setState(State::Waiting);
        schedule(delay);
        return;
    }
    const QDate today = m_clock.now().toTimeZone(m_clock.timeZone()).date();
    if (today != m_callsDay) {
        m_callsDay = today;
        m_callsToday = 0;
    }
    ++m_callsToday;
    m_limiter->consume();
    // The rep's changes go before a refresh: a refresh never starves them. Except after a time
    // out of reach, when Gong is looked at first (see m_refreshFirst).
    if (next && !m_refreshFirst) {
        if (next->kind == PendingChange::Kind::UnassignFlow)
            sendUnassign(*next);
        else
            sendChanges(next->taskId);
    } else {
        sendRefresh();
    }
}

void SyncEngine::sendChanges(qint64 taskId)
{
    TaskUpdate merged;
    m_inFlightSeqs.clear();
    for (const PendingChange &c : m_journal.sendable(taskId)) {
        merged = merged.mergedWith(c.update);
        m_inFlightSeqs.append(c.seq);
    }
    m_inFlight = InFlight::Change;
    if (m_state != State::Offline)
        setState(State::Sending);
    const QList<qint64> seqs = m_inFlightSeqs;
    // Recorded before the request can reach the wire (QNetworkAccessManager writes from the
    // event loop): after a lost answer or a kill, Gong may hold these, and a newer version of
    // the task there is then the rep's own doing, not a conflict.
    warnIfNotStored(m_journal.markSent(seqs, true),
                    tr("That a change went out could not be noted on this computer."));
    qCDebug(lcSync) << "sending" << seqs.size() << "change(s) for task" << taskId;
    m_client->updateTask(
        taskId, merged, this,
        [this, taskId, seqs, generation = m_generation](const ApiResult<Task> &result) {
            if (generation == m_generation)
                onChangeAnswered(taskId, seqs, result);
        });
}

void SyncEngine::onChangeAnswered(qint64 taskId, const QList<qint64> &seqs,
                                  const ApiResult<Task> &result)
{
    m_inFlight = InFlight::None;
    m_inFlightSeqs.clear();
    if (result.ok()) {
        m_gongAnswered = true;
        m_notGong = false;
        server().insert(taskId, SharedTask(result.value));
        touchedHere(taskId);
        warnIfNotStored(m_journal.confirm(seqs, result.value),
                        tr("Gong confirmed your change, but this computer could not note it."));
        m_backoff.reset();
        if (m_state == State::Offline)
            setState(State::Sending);
        rebuildTask(taskId);
        emit taskChanged(taskId);
        pump();
        return;
    }
    const ApiError &error = *result.error;
    switch (error.handling()) {
    case ApiError::Handling::Gone: {
        m_gongAnswered = true;
        const QString name = nameOf(taskId);
        warnIfNotStored(m_journal.dropTask(taskId),
                        tr("A task that left Gong could not be removed on this computer."));
        server().remove(taskId);
        touchedHere(taskId);
        rebuild();
        emit tasksReset();
        emit notice(tr("The task for %1 is no longer in Gong (deleted or closed elsewhere); it "
                       "has left your list.")
                        .arg(name));
        break;
    }
    case ApiError::Handling::NeedsSignIn:
        pauseForSignIn(error);
        return;
    case ApiError::Handling::NeedsRep: {
        m_gongAnswered = true;
        warnIfNotStored(m_journal.hold(seqs, error.fullMessage(), false),
                        tr("Gong's refusal could not be noted on this computer."));
        emit taskChanged(taskId);
        emit changeFailed(taskId, error);
        break;
    }
    case ApiError::Handling::RetryLater:
        // An unreadable answer says nothing about the change: tell the rep, keep it, retry.
        if (error.kind == ApiError::Kind::InvalidResponse)
            emit changeFailed(taskId, error);
        retryChangesLater(seqs, error);
        break;
    }
    pump();
}

void SyncEngine::pauseForSignIn(const ApiError &error)
{
    m_paused = true;
    setState(State::Paused);
    emit refreshFailed(error);
}

void SyncEngine::retryChangesLater(const QList<qint64> &seqs, const ApiError &error)
{
    if (error.neverDelivered || error.kind == ApiError::Kind::RateLimited)
        warnIfNotStored(m_journal.markSent(seqs, false),
                        tr("A change that did not go out could not be noted."));
    onTransientError(error);
}

void SyncEngine::onTransientError(const ApiError &error)
{
    m_notGong = error.notGong && error.kind == ApiError::Kind::InvalidResponse;
    qint64 wait = 0;
    if (error.kind == ApiError::Kind::RateLimited) {
        wait = (error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : 1) * 1000LL;
        setState(State::Waiting);
    } else {
        wait = m_backoff.failed();
        // Gong said it has trouble (5xx): it is there, and has seen nothing new from us. Any
        // other failure (no answer, or not Gong's) may hide a change made elsewhere meanwhile.
        const bool gongAnswered = error.kind == ApiError::Kind::ServerError && !error.notGong;
        setState(gongAnswered ? State::Waiting : State::Offline);
        if (!gongAnswered)
            m_refreshFirst = true;
    }
    qCInfo(lcSync) << "transient" << ApiError::kindName(error.kind) << "waiting" << wait << "ms";
    m_limiter->holdFor(wait);
    schedule(wait);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

QString SyncEngine::nameOf(qint64 taskId) const
{
    const auto it = server().constFind(taskId);
    if (it != server().cend() && (*it)->contact)
        return (*it)->contact->displayName();
    return tr("task %1").arg(taskId);
}

} // namespace engage
