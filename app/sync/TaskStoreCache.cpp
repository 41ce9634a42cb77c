#include "core/TaskBinary.h"
#include "core/TaskFilter.h"
#include "sync/SqlTransaction.h"
#include "sync/TaskStore.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace engage {

namespace {
QAtomicInteger<int> s_writerSerial;
QAtomicInteger<int> s_readerSerial;
} // namespace

TaskStore::CacheRead TaskStore::readCache(const QSqlDatabase &db)
{
    // A row with its keys stays in its binary form until a field is asked for (SharedTask); one
    // without (written before schema 8) is decoded by cachedTasks, which stores its keys.
    CacheRead out; // no count(*) first: that would read the whole table twice
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, data, keys FROM tasks"))) {
        while (q.next()) {
            QByteArray data = q.value(1).toByteArray();
            std::optional<TaskKeys> keys = TaskBinary::readKeys(q.value(2).toByteArray());
            if (keys && keys->id == q.value(0).toLongLong() && TaskBinary::isCurrent(data))
                out.rows.append(SharedTask::fromCache(std::move(data), std::move(*keys)));
            else
                out.unkeyed.append(std::move(data));
        }
    }
    out.error = q.lastError();
    return out;
}

TaskStore::CacheRead TaskStore::readCacheAt(const QString &path)
{
    const QString name =
        QStringLiteral("engage-cache-reader-%1").arg(s_readerSerial.fetchAndAddRelaxed(1));
    CacheRead out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            out = readCache(db);
        else
            out.error = db.lastError();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void TaskStore::prefetchCache()
{
    if (m_path == QLatin1String(":memory:") || m_prefetch.valid())
        return;
    try {
        m_prefetch = std::async(std::launch::async, &TaskStore::readCacheAt, m_path);
    } catch (const std::system_error &) {
        // No thread to be had: cachedTasks reads it here.
    }
}

TaskList TaskStore::cachedTasks()
{
    CacheRead read = m_prefetch.valid() ? m_prefetch.get() : readCache(db());
    if (read.error.isValid()) {
        // The open does not check the cache (checkAllButTheCache): damaged, it starts over
        // empty and the next refresh fills it; the journal is elsewhere in the file. (A read
        // on the prefetch's connection that failed otherwise is tried again here.)
        if (isDamage(read.error)) {
            if (clearDamagedCache())
                qCWarning(lcStore).noquote()
                    << "the cache was damaged and is emptied:" << read.error.text();
            return {};
        }
        read = readCache(db());
        if (read.error.isValid())
            return {};
    }
    if (read.unkeyed.isEmpty())
        return TaskList(std::move(read.rows));
    const TaskList decoded = TaskBinary::readAll(read.unkeyed);
    storeKeys(decoded);
    // Both in id order (the table's): merged back into it.
    QList<SharedTask> all;
    all.reserve(read.rows.size() + decoded.size());
    qsizetype i = 0, j = 0;
    while (i < read.rows.size() || j < decoded.size()) {
        if (j == decoded.size() || (i < read.rows.size() && read.rows.at(i).id() < decoded.idAt(j)))
            all.append(read.rows.at(i++));
        else
            all.append(decoded.shared(j++));
    }
    return TaskList(std::move(all));
}

void TaskStore::storeKeys(const TaskList &tasks)
{
    Transaction tx(db());
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE tasks SET keys = ? WHERE id = ?"));
    bool ok = tx.ok();
    for (qsizetype i = 0; ok && i < tasks.size(); ++i) {
        update.addBindValue(TaskBinary::writeKeys(tasks.keysAt(i)));
        update.addBindValue(tasks.idAt(i));
        ok = step(update);
    }
    // Only time is lost without them: the next start decodes these rows again.
    if (!ok || !tx.commit())
        qCWarning(lcStore).noquote() << "the cache's keys were not stored";
}

bool TaskStore::writeCacheChanges(const QSqlDatabase &db, const CacheChanges &changes,
                                  QSqlError *error)
{
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    for (qint64 id : changes.removed) {
        remove.addBindValue(id);
        if (!step(remove)) {
            *error = remove.lastError();
            return false;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO tasks (id, data, keys) VALUES (?, ?, ?)"));
    // Each row is encoded as it is written, not all first: 10,000 encoded rows held at once
    // were some 10 MB on top of the process's peak, for ~20 ms less time holding the lock.
    for (const SharedTask &t : changes.upserts) {
        insert.addBindValue(t.id());
        insert.addBindValue(TaskBinary::write(*t));
        insert.addBindValue(TaskBinary::writeKeys(t.keys()));
        if (!step(insert)) {
            *error = insert.lastError();
            return false;
        }
    }
    QSqlQuery meta(db);
    meta.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('cached_at', ?)"));
    meta.addBindValue(dateText(changes.at));
    if (!step(meta)) {
        *error = meta.lastError();
        return false;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool TaskStore::applyCacheChanges(const CacheChanges &changes)
{
    QSqlError error;
    return writeCacheChanges(QSqlDatabase::database(m_connection), changes, &error) || fail(error);
}

bool TaskStore::applyCacheChangesAt(const QString &path, const CacheChanges &changes,
                                    StoreError *error)
{
    const QString name =
        QStringLiteral("engage-cache-writer-%1").arg(s_writerSerial.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // The UI thread's own writes (a change the rep made) go first: wait for them.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlError failure;
        if (!db.open()) {
            failure = db.lastError();
        } else {
            QSqlQuery pragma(db);
            ok = pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
            if (!ok)
                failure = pragma.lastError();
            pragma.finish();
            ok = ok && writeCacheChanges(db, changes, &failure);
        }
        if (!ok && error)
            *error = errorFor(failure, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace engage
