// The refresh: POST /v2/tasks is asked for here; its answer is read and compared with the last
// list on the worker (RefreshWorker); what changed is applied here, on the UI thread, and only
// the changed rows go to the cache (on the worker again for a file).
#include "sync/ConflictRule.h"
#include "sync/SyncEngine.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace engage {

void SyncEngine::sendRefresh()
{
    m_refreshWanted = false;
    m_inFlight = InFlight::Refresh;
    m_client->listTasksRaw({}, this,
                           [this, generation = m_generation](const QByteArray &data,
                                                             const std::optional<ApiError> &error) {
                               if (generation != m_generation)
                                   return;
                               m_inFlight = InFlight::None;
                               // Changes may go while the list is read; another refresh waits for
                               // this one.
                               m_reading = true;
                               m_touchedWhileReading.clear();
                               m_worker.read(data, error, server(),
                                             [this, generation](const RefreshWorker::Read &read) {
                                                 if (generation == m_generation)
                                                     onListAnswered(read);
                                             });
                               pump();
                           });
}

void SyncEngine::onListAnswered(const RefreshWorker::Read &read)
{
    m_reading = false;
    if (read.error)
        onRefreshFailed(*read.error);
    else
        onRefreshed(read.fresh, read.keys);
    m_touchedWhileReading.clear();
    pump();
    if (!isRefreshing())
        emit refreshSettled();
}

void SyncEngine::onRefreshFailed(const ApiError &error)
{
    switch (error.handling()) {
    case ApiError::Handling::NeedsSignIn:
        m_paused = true;
        setState(State::Paused);
        break;
    case ApiError::Handling::RetryLater:
        m_refreshWanted = true; // try again after the wait, as the message promises
        onTransientError(error);
        break;
    case ApiError::Handling::NeedsRep:
    case ApiError::Handling::Gone:
        m_gongAnswered = true;
        m_refreshFirst = false; // Gong answered; the changes may go
        break;
    }
    emit refreshFailed(error);
}

void SyncEngine::touchedHere(qint64 taskId)
{
    if (m_reading)
        m_touchedWhileReading.insert(taskId);
    if (m_cacheWrites > 0)
        m_cacheRecheck.insert(taskId);
}

void SyncEngine::onRefreshed(QMap<qint64, SharedTask> fresh,
                             const QHash<const Task *, TaskKeys> &keys)
{
    qCInfo(lcSync) << "list from Gong:" << fresh.size() << "tasks";
    m_gongAnswered = true;
    m_notGong = false;
    // What changed here while the list was read came after it (a PATCH goes only once the list
    // request is answered): Gong's confirmation of it, or its 404, is newer than the list.
    for (qint64 id : std::as_const(m_touchedWhileReading)) {
        if (const auto it = server().constFind(id); it != server().cend())
            fresh.insert(id, *it);
        else
            fresh.remove(id);
    }
    detectConflicts(fresh);
    m_refreshFirst = false;
    // A task the rep changed that Gong no longer lists (closed elsewhere, or by a change of ours
    // still unconfirmed) stays until its change is settled.
    for (const PendingChange &c : m_journal.changes()) {
        if (!fresh.contains(c.taskId) && server().contains(c.taskId))
            fresh.insert(c.taskId, server().value(c.taskId));
    }
    // One walk over both lists (by id): the cache's rows to write and to delete, and the
    // closed tasks that left (kept so undo and reopen still reach them).
    CacheChanges changes;
    const QMap<qint64, SharedTask> &last = server();
    for (auto o = last.cbegin(), n = fresh.cbegin(); o != last.cend() || n != fresh.cend();) {
        if (n == fresh.cend() || (o != last.cend() && o.key() < n.key())) {
            changes.removed.append(o.key());
            if ((*o)->status != TaskStatus::Open)
                m_recentlyClosed.insert(o.key(), *o);
            ++o;
        } else if (o == last.cend() || n.key() < o.key()) {
            changes.upserts.append(*n);
            ++n;
        } else {
            if (*o != *n)
                changes.upserts.append(*n);
            ++o;
            ++n;
        }
    }
    TaskList before = m_tasks;
    QMap<qint64, SharedTask> serverBefore = std::exchange(server(), std::move(fresh));
    m_lastRefreshed = m_clock.now();
    changes.at = m_lastRefreshed;
    saveChangedRows(std::move(changes));
    if (m_state == State::Offline)
        setState(State::Sending);
    m_backoff.reset();
    rebuild();
    keepUnchanged(before);
    const TaskDiff diff = TaskDiff::between(before, m_tasks, [&keys](const SharedTask &task) {
        const auto it = keys.constFind(task.get());
        return it != keys.cend() ? &*it : nullptr;
    });
    qCDebug(lcSync) << "refresh:" << diff.added.size() << "added" << diff.removed.size()
                    << "removed" << diff.changed.size() << "changed";
    if (!diff.isEmpty())
        emit tasksRefreshed(diff);
    // The views hold the new tasks now: the old ones are freed off the UI thread.
    m_worker.dispose(std::make_shared<const std::pair<TaskList, QMap<qint64, SharedTask>>>(
        std::move(before), std::move(serverBefore)));
    emit refreshSucceeded();
}

void SyncEngine::saveChangedRows(CacheChanges changes)
{
    const QString warning = tr("The task list could not be saved on this computer; your changes "
                               "are safe.");
    // Only a slower next start if it fails: the list is in memory and Gong has it.
    if (m_cacheStale) {
        // An earlier write failed: the rows on disk are not the last list's. Write all of it.
        m_cacheStale = !m_store->saveCache(TaskList(server().values()), changes.at);
        warnIfNotStored(!m_cacheStale, warning);
        return;
    }
    if (changes.upserts.isEmpty() && changes.removed.isEmpty() && m_cacheWrites == 0) {
        // Nothing changed: the instant of the list is one small statement.
        warnIfNotStored(m_store->applyCacheChanges(changes), warning);
        return;
    }
    const QString path = m_store->path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        m_cacheStale = !m_store->applyCacheChanges(changes);
        warnIfNotStored(!m_cacheStale, warning);
        return;
    }
    ++m_cacheWrites;
    m_worker.write(path, std::move(changes),
                   [this, warning, generation = m_generation](const RefreshWorker::Written &w) {
                       if (generation != m_generation)
                           return;
                       --m_cacheWrites;
                       if (!w.ok) {
                           m_cacheStale = true;
                           qCWarning(lcSync).noquote() << warning << w.error.detail;
                           emit storeWarning(
                               QStringLiteral("%1 %2").arg(warning, w.error.userMessage()));
                       }
                       if (m_cacheWrites == 0 && !isRefreshing())
                           emit refreshSettled();
                       if (m_cacheWrites > 0 || m_cacheRecheck.isEmpty() || m_cacheStale)
                           return;
                       // Rows written here while the worker wrote: theirs may be older.
                       CacheChanges again;
                       again.at = m_lastRefreshed;
                       for (qint64 id : std::as_const(m_cacheRecheck)) {
                           if (const auto it = server().constFind(id); it != server().cend())
                               again.upserts.append(*it);
                           else
                               again.removed.append(id);
                       }
                       m_cacheRecheck.clear();
                       m_cacheStale = !m_store->applyCacheChanges(again);
                       warnIfNotStored(!m_cacheStale, warning);
                   });
}

void SyncEngine::keepUnchanged(const TaskList &before)
{
    for (const PendingChange &c : m_journal.changes()) {
        const qsizetype was = rowIn(before, c.taskId);
        const qsizetype row = rowIn(m_tasks, c.taskId);
        if (was >= 0 && row >= 0 && m_tasks.shared(row) != before.shared(was) &&
            m_tasks.at(row) == before.at(was))
            m_tasks.replace(row, before.shared(was));
    }
}

void SyncEngine::detectConflicts(const QMap<qint64, SharedTask> &fresh)
{
    QList<qint64> taskIds; // with patches: a flow removal does not touch the task
    for (const PendingChange &c : m_journal.changes()) {
        if (!c.failed && c.kind == PendingChange::Kind::Patch && !taskIds.contains(c.taskId) &&
            server().contains(c.taskId))
            taskIds.append(c.taskId);
    }
    for (qint64 taskId : std::as_const(taskIds)) {
        const SharedTask seen = server().value(taskId); // the version the rep acted on
        const SharedTask now = fresh.value(taskId);
        const QList<PendingChange> changes = m_journal.sendable(taskId);
        const std::optional<QString> reason =
            ConflictRule::check(*seen, now.get(), changes, m_clock.timeZone());
        if (!reason)
            continue;
        const QString message =
            tr("Changed in Gong after you acted: %1. Keep your change, or take Gong's?")
                .arg(*reason);
        QList<qint64> seqs;
        for (const PendingChange &c : changes)
            seqs.append(c.seq);
        warnIfNotStored(m_journal.hold(seqs, message, true),
                        tr("A held change could not be noted on this computer."));
        emit notice(QStringLiteral("%1: %2").arg(nameOf(taskId), message));
    }
}

} // namespace engage
