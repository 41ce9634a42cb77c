#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "engage.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStartupSync, "engage.startup.sync", QtWarningMsg)

namespace engage {

namespace {
constexpr qint64 MaxBackoffMs = 5 * 60 * 1000;

QString actionName(const TaskUpdate &update)
{
    if (update.status == TaskStatus::Done)
        return QStringLiteral("done");
    if (update.status == TaskStatus::Dismissed)
        return QStringLiteral("dismissed");
    if (update.status == TaskStatus::Open)
        return QStringLiteral("reopened");
    return QStringLiteral("rescheduled");
}
} // namespace

SyncEngine::SyncEngine(GongClient *client, TaskStore *store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
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
    m_server.clear();
    const TaskList cached = m_store->cachedTasks();
    qCDebug(lcStartupSync) << "cache read:" << cached.size() << "tasks in" << clock.elapsed()
                           << "ms";
    for (qsizetype i = 0; i < cached.size(); ++i)
        m_server.insert(cached.at(i).id, cached.shared(i));
    m_lastRefreshed = m_store->cachedAt();
    m_journal = m_store->pendingChanges();
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
    m_failures = 0;
    m_recentlyClosed.clear();
    m_store = store;
    setState(State::Synced);
    start();
}

std::optional<Task> SyncEngine::task(qint64 id) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? std::nullopt : std::optional<Task>(m_tasks.at(*it));
}

SyncEngine::Mark SyncEngine::mark(qint64 taskId) const
{
    Mark m;
    for (const PendingChange &c : m_journal) {
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
    return static_cast<int>(std::count_if(m_journal.cbegin(), m_journal.cend(),
                                          [](const PendingChange &c) { return !c.failed; }));
}

qint64 SyncEngine::enqueue(qint64 taskId, const TaskUpdate &update)
{
    if (!m_server.contains(taskId) && m_recentlyClosed.contains(taskId)) {
        // Reopening (or undoing) a task that a refresh took off the list: it comes back.
        m_server.insert(taskId, m_recentlyClosed.take(taskId));
        rebuild();
        emit tasksReset();
    }
    const auto server = m_server.constFind(taskId);
    if (server == m_server.cend() || update.isEmpty())
        return 0;
    const QDateTime now = m_clock.now();
    PendingChange change;
    change.taskId = taskId;
    change.update = update;
    change.baseUpdated = (*server)->updated;
    change.createdAt = now;
    change.seq = m_store->appendChange(taskId, update, change.baseUpdated, now);
    if (change.seq == 0) {
        emit notice(QStringLiteral("Your change could not be saved on this computer (%1); it was "
                                   "not applied.")
                        .arg(m_store->errorString()));
        return 0;
    }
    m_store->addLedger(taskId, actionName(update), now);
    m_journal.append(change);
    rebuildTask(taskId);
    emit taskChanged(taskId);
    if (m_state == State::Synced)
        setState(State::Sending);
    // Send from the event loop, so the keypress that made the change returns at once.
    schedule(0);
    return change.seq;
}

bool SyncEngine::cancel(qint64 seq)
{
    if (m_inFlightSeqs.contains(seq))
        return false;
    const auto it = std::find_if(m_journal.begin(), m_journal.end(),
                                 [seq](const PendingChange &c) { return c.seq == seq; });
    if (it == m_journal.end() || !m_store->removeChanges({seq}))
        return false;
    const qint64 taskId = it->taskId;
    m_journal.erase(it);
    m_store->setLatestLedgerOutcome(taskId, QStringLiteral("cancelled"));
    rebuildTask(taskId);
    emit taskChanged(taskId);
    pump();
    return true;
}

void SyncEngine::retryFailed(qint64 taskId)
{
    // Keeping mine: the version the rep now overrides becomes the base, so it is not held again.
    const SharedTask seen = m_server.value(taskId);
    const QDateTime base = seen ? seen->updated : QDateTime();
    m_store->clearFailure(taskId, base);
    m_store->setLedgerOutcome(taskId, QStringLiteral("pending"), QStringLiteral("failed"));
    for (PendingChange &c : m_journal) {
        if (c.taskId == taskId) {
            if (c.conflict)
                c.baseUpdated = base;
            c.failed = false;
            c.conflict = false;
            c.failure.clear();
        }
    }
    emit taskChanged(taskId);
    pump();
}

void SyncEngine::discardFailed(qint64 taskId)
{
    QList<qint64> seqs;
    for (const PendingChange &c : std::as_const(m_journal)) {
        if (c.taskId == taskId && c.failed)
            seqs.append(c.seq);
    }
    if (seqs.isEmpty() || !m_store->removeChanges(seqs))
        return;
    m_journal.removeIf([&](const PendingChange &c) { return seqs.contains(c.seq); });
    m_store->setLedgerOutcome(taskId, QStringLiteral("discarded"), QStringLiteral("failed"));
    rebuildTask(taskId);
    emit taskChanged(taskId);
}

void SyncEngine::resume()
{
    m_paused = false;
    m_failures = 0;
    setState(waitingCount() > 0 ? State::Sending : State::Synced);
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
    const auto next = std::find_if(m_journal.cbegin(), m_journal.cend(),
                                   [](const PendingChange &c) { return !c.failed; });
    if (next == m_journal.cend() && !m_refreshWanted) {
        setState(State::Synced);
        return;
    }
    if (const qint64 delay = m_limiter.delayMs(); delay > 0) {
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
    m_limiter.consume();
    // The rep's changes go before a refresh: a refresh never starves them. Except after a time
    // out of reach, when Gong is looked at first (see m_refreshFirst).
    if (next != m_journal.cend() && !m_refreshFirst)
        sendChanges(next->taskId);
    else
        sendRefresh();
}

void SyncEngine::sendChanges(qint64 taskId)
{
    TaskUpdate merged;
    m_inFlightSeqs.clear();
    for (const PendingChange &c : std::as_const(m_journal)) {
        if (c.taskId == taskId && !c.failed) {
            merged = merged.mergedWith(c.update);
            m_inFlightSeqs.append(c.seq);
        }
    }
    m_inFlight = InFlight::Change;
    if (m_state != State::Offline)
        setState(State::Sending);
    const QList<qint64> seqs = m_inFlightSeqs;
    // Recorded before the request can reach the wire (QNetworkAccessManager writes from the
    // event loop): after a lost answer or a kill, Gong may hold these, and a newer version of
    // the task there is then the rep's own doing, not a conflict.
    m_store->markSent(seqs, true);
    for (PendingChange &c : m_journal) {
        if (seqs.contains(c.seq))
            c.sent = true;
    }
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
    auto dropFromJournal = [&] {
        m_store->removeChanges(seqs);
        m_journal.removeIf([&](const PendingChange &c) { return seqs.contains(c.seq); });
    };
    if (result.ok()) {
        dropFromJournal();
        m_server.insert(taskId, std::make_shared<const Task>(result.value));
        m_store->updateCachedTask(result.value);
        m_store->setLedgerOutcome(taskId, QStringLiteral("confirmed"));
        m_failures = 0;
        if (m_state == State::Offline)
            setState(State::Sending);
        rebuildTask(taskId);
        emit taskChanged(taskId);
    } else {
        const ApiError &error = *result.error;
        switch (error.kind) {
        case ApiError::Kind::NotFound: {
            const QString name = nameOf(taskId);
            // Every change to a task that is gone goes with it, not only those just sent.
            QList<qint64> all;
            for (const PendingChange &c : std::as_const(m_journal)) {
                if (c.taskId == taskId)
                    all.append(c.seq);
            }
            m_store->removeChanges(all);
            m_journal.removeIf([taskId](const PendingChange &c) { return c.taskId == taskId; });
            m_server.remove(taskId);
            m_store->removeCachedTask(taskId);
            m_store->setLedgerOutcome(taskId, QStringLiteral("gone"));
            rebuild();
            emit tasksReset();
            emit notice(QStringLiteral("The task for %1 is no longer in Gong (deleted or closed "
                                       "elsewhere); it has left your list.")
                            .arg(name));
            break;
        }
        case ApiError::Kind::Unauthorized:
            m_paused = true;
            setState(State::Paused);
            emit refreshFailed(error);
            return;
        case ApiError::Kind::InvalidResponse:
            // A garbled answer says nothing about the change: PATCH sets a state, so sending it
            // again is safe. Tell the rep, keep the change, and retry with backoff.
            emit changeFailed(taskId, error);
            onTransientError(error);
            break;
        case ApiError::Kind::BadRequest:
        case ApiError::Kind::Forbidden: {
            const QString message = error.fullMessage();
            m_store->markFailed(seqs, message);
            for (PendingChange &c : m_journal) {
                if (seqs.contains(c.seq)) {
                    c.failed = true;
                    c.failure = message;
                }
            }
            m_store->setLedgerOutcome(taskId, QStringLiteral("failed"));
            emit taskChanged(taskId);
            emit changeFailed(taskId, error);
            break;
        }
        default:
            if (error.neverDelivered || error.kind == ApiError::Kind::RateLimited) {
                m_store->markSent(seqs, false);
                for (PendingChange &c : m_journal) {
                    if (seqs.contains(c.seq))
                        c.sent = false;
                }
            }
            onTransientError(error);
            break;
        }
    }
    pump();
}

void SyncEngine::onTransientError(const ApiError &error)
{
    qint64 wait = 0;
    if (error.kind == ApiError::Kind::RateLimited) {
        wait = (error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : 1) * 1000LL;
        setState(State::Waiting);
    } else {
        ++m_failures;
        const double base = std::min<double>(MaxBackoffMs, 1000.0 * std::pow(2.0, m_failures - 1));
        // Jitter spreads the company's desktops apart after an outage.
        wait = static_cast<qint64>(base * (0.5 + QRandomGenerator::global()->generateDouble()));
        wait = std::min(wait, MaxBackoffMs);
        setState(error.kind == ApiError::Kind::ServerError ? State::Waiting : State::Offline);
        if (error.kind != ApiError::Kind::ServerError)
            m_refreshFirst = true;
    }
    qCInfo(lcSync) << "transient" << ApiError::kindName(error.kind) << "waiting" << wait << "ms";
    m_limiter.holdFor(wait);
    schedule(wait);
}

void SyncEngine::sendRefresh()
{
    m_refreshWanted = false;
    m_inFlight = InFlight::Refresh;
    m_client->listTasks(
        {}, this, [this, generation = m_generation](const ApiResult<TaskEnvelope> &result) {
            if (generation != m_generation)
                return;
            m_inFlight = InFlight::None;
            if (!result.ok()) {
                const ApiError &error = *result.error;
                if (error.kind == ApiError::Kind::Unauthorized) {
                    m_paused = true;
                    setState(State::Paused);
                } else if (error.isTransient()) {
                    m_refreshWanted = true; // try again after the wait, as the message promises
                    onTransientError(error);
                } else {
                    m_refreshFirst = false; // Gong answered; the changes may go
                }
                emit refreshFailed(error);
                pump();
                return;
            }
            qCInfo(lcSync) << "list from Gong:" << result.value.tasks.size() << "tasks";
            QMap<qint64, SharedTask> fresh;
            for (const Task &t : result.value.tasks)
                fresh.insert(t.id, std::make_shared<const Task>(t));
            detectConflicts(fresh);
            m_refreshFirst = false;
            // A task the rep changed that Gong no longer lists (closed elsewhere, or by a change
            // of ours still unconfirmed) stays until its change is settled.
            for (const PendingChange &c : std::as_const(m_journal)) {
                if (!fresh.contains(c.taskId) && m_server.contains(c.taskId))
                    fresh.insert(c.taskId, m_server.value(c.taskId));
            }
            for (const SharedTask &old : std::as_const(m_server)) {
                if (!fresh.contains(old->id) && old->status != TaskStatus::Open)
                    m_recentlyClosed.insert(old->id, old);
            }
            m_server = std::move(fresh);
            m_lastRefreshed = m_clock.now();
            m_store->saveCache(TaskList(m_server.values()), m_lastRefreshed);
            if (m_state == State::Offline)
                setState(State::Sending);
            m_failures = 0;
            rebuild();
            emit tasksReset();
            emit refreshSucceeded();
            pump();
        });
}

void SyncEngine::detectConflicts(const QMap<qint64, SharedTask> &fresh)
{
    QMap<qint64, QString> held; // task -> what Gong now says
    for (const PendingChange &c : std::as_const(m_journal)) {
        if (c.failed || held.contains(c.taskId) || !m_server.contains(c.taskId))
            continue;
        const SharedTask seen = m_server.value(c.taskId); // the version the rep acted on
        // What the rep's unconfirmed changes set. Gong may already hold one that went out: a
        // PATCH it applied whose answer never came back (a timeout, a kill). Only changes that
        // were sent can explain Gong's version; one never sent cannot.
        TaskUpdate mine;
        QList<TaskStatus> myStatuses;
        QList<QDateTime> myDueDates;
        for (const PendingChange &d : std::as_const(m_journal)) {
            if (d.taskId != c.taskId || d.failed)
                continue;
            mine = mine.mergedWith(d.update);
            if (!d.sent)
                continue;
            if (d.update.status)
                myStatuses.append(*d.update.status);
            if (d.update.dueDate.isValid())
                myDueDates.append(d.update.dueDate);
        }
        const auto found = fresh.constFind(c.taskId);
        if (found == fresh.cend()) {
            // Gong no longer lists it as open: closed elsewhere. Only a conflict when the rep
            // wants it open (a reschedule or a reopen) and did not close it first.
            const bool closedByMe =
                myStatuses.contains(TaskStatus::Done) || myStatuses.contains(TaskStatus::Dismissed);
            if ((!mine.status || *mine.status == TaskStatus::Open) && !closedByMe)
                held.insert(c.taskId, QStringLiteral("it was closed in Gong"));
            continue;
        }
        const Task &now = **found;
        if (!c.baseUpdated.isValid() || now.updated <= c.baseUpdated)
            continue;
        if (now.status != seen->status && !myStatuses.contains(now.status))
            held.insert(c.taskId,
                        QStringLiteral("Gong now says %1").arg(statusToWire(now.status).toLower()));
        else if (now.dueDate != seen->dueDate && !myDueDates.contains(now.dueDate))
            held.insert(c.taskId, QStringLiteral("it was rescheduled in Gong to %1")
                                      .arg(now.dueDate.toTimeZone(m_clock.timeZone())
                                               .toString(QStringLiteral("ddd d MMM, HH:mm"))));
    }
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        const QString message =
            QStringLiteral("Changed in Gong after you acted: %1. Keep your change, or take Gong's?")
                .arg(it.value());
        QList<qint64> seqs;
        for (PendingChange &c : m_journal) {
            if (c.taskId == it.key() && !c.failed) {
                c.failed = true;
                c.conflict = true;
                c.failure = message;
                seqs.append(c.seq);
            }
        }
        m_store->markFailed(seqs, message, true);
        emit notice(QStringLiteral("%1: %2").arg(nameOf(it.key()), message));
    }
}

void SyncEngine::rebuild()
{
    m_tasks.clear();
    m_rowOf.clear();
    m_tasks.reserve(m_server.size());
    for (const SharedTask &t : std::as_const(m_server)) {
        m_rowOf.insert(t->id, m_tasks.size());
        m_tasks.append(t);
    }
    for (const PendingChange &c : std::as_const(m_journal)) {
        const auto row = m_rowOf.constFind(c.taskId);
        if (row != m_rowOf.cend())
            m_tasks.replace(*row, c.update.appliedTo(m_tasks.at(*row)));
    }
}

void SyncEngine::rebuildTask(qint64 taskId)
{
    const auto row = m_rowOf.constFind(taskId);
    const auto server = m_server.constFind(taskId);
    if (row == m_rowOf.cend() || server == m_server.cend()) {
        rebuild();
        return;
    }
    std::optional<Task> task; // only copied when the journal changes it
    for (const PendingChange &c : std::as_const(m_journal)) {
        if (c.taskId == taskId)
            task = c.update.appliedTo(task ? *task : **server);
    }
    if (task)
        m_tasks.replace(*row, std::move(*task));
    else
        m_tasks.replace(*row, *server);
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
    const auto it = m_server.constFind(taskId);
    if (it != m_server.cend() && (*it)->contact)
        return (*it)->contact->displayName();
    return QStringLiteral("task %1").arg(taskId);
}

} // namespace engage
