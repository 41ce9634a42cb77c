#include "core/StringPool.h"
#include "core/TaskBinary.h"
#include "core/TaskFilter.h"
#include "sync/CacheBlobs.h"
#include "sync/CacheRows.h"
#include "sync/SqlTransaction.h"
#include "sync/TaskStore.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace engage {

namespace {
QAtomicInteger<int> s_writerSerial;
QAtomicInteger<int> s_readerSerial;

// The connection's own SQLite handle (QSqlDriver::handle), when it is one.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Each row of task_keys as (id, keys blob); the blob is SQLite's own bytes, valid for the call.
template <typename Row> QSqlError eachKeyRow(sqlite3 *db, const Row &row)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT id, keys FROM task_keys", -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, 1));
        row(sqlite3_column_int64(statement, 0),
            QByteArray::fromRawData(bytes, sqlite3_column_bytes(statement, 1)));
        rc = SQLITE_OK;
    }
    QSqlError error;
    // As QtSql's driver says it (in English, as SQLite does): the same code and text for
    // isDamage and StoreError, which words it for the rep.
    const QString what = QStringLiteral("Unable to fetch row"); // notr: QtSql's driver text
    if (rc != SQLITE_DONE)
        error = QSqlError(what, QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(db)));
    sqlite3_finalize(statement);
    return error;
}
} // namespace

TaskStore::CacheRead TaskStore::readCache(const QSqlDatabase &db,
                                          const std::shared_ptr<const BlobSource> &blobs)
{
    // Only the keys (a fifth of the bytes): each row's blob is read when its task is first
    // shown (SharedTask, CacheBlobs). A row whose keys do not read (written by another build) is
    // read whole, for cachedTasks to decode and key again.
    CacheRead out; // no count(*) first: that would read the whole table twice
    QList<qint64> unkeyed;
    // Straight off SQLite's statement: QtSql copies each column of each row into a QVariant
    // first, and each key blob is read in place here. The time zones repeat: one string each.
    StringPool zones;
    const auto row = [&](qint64 id, const QByteArray &blob) {
        std::optional<TaskKeys> keys = TaskBinary::readKeys(blob);
        if (keys && keys->id == id) {
            zones.share(keys->zone);
            out.rows.append(SharedTask::fromCache(std::move(*keys), blobs));
        } else {
            unkeyed.append(id);
        }
    };
    if (sqlite3 *handle = nativeHandle(db))
        out.error = eachKeyRow(handle, row);
    else // not open: as QtSql says it
        out.error = QSqlError(QString(), db.lastError().databaseText(),
                              QSqlError::ConnectionError);
    QSqlQuery whole(db);
    whole.prepare(QStringLiteral("SELECT data FROM tasks WHERE id = ?"));
    for (qint64 id : std::as_const(unkeyed)) {
        whole.addBindValue(id);
        if (whole.exec() && whole.next())
            out.unkeyed.append(whole.value(0).toByteArray());
        else if (whole.lastError().isValid() && !out.error.isValid())
            out.error = whole.lastError();
    }
    return out;
}

TaskStore::CacheRead TaskStore::readCacheAt(const QString &path,
                                            const std::shared_ptr<const BlobSource> &blobs)
{
    const QString name =
        QStringLiteral("engage-cache-reader-%1").arg(s_readerSerial.fetchAndAddRelaxed(1));
    CacheRead out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            out = readCache(db, blobs);
        else
            out.error = db.lastError();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

std::shared_ptr<const BlobSource> TaskStore::newBlobSource() const
{
    // One per list read: each blob is handed to its row once, then let go of.
    return std::make_shared<CacheBlobs>(m_path, m_connection);
}

void TaskStore::prefetchCache()
{
    if (m_path == QLatin1String(":memory:") || m_prefetch.valid())
        return;
    try {
        m_prefetch =
            std::async(std::launch::async, &TaskStore::readCacheAt, m_path, newBlobSource());
    } catch (const std::system_error &) {
        // No thread to be had: cachedTasks reads it here.
    }
}

TaskList TaskStore::cachedTasks()
{
    CacheRead read = m_prefetch.valid() ? m_prefetch.get() : readCache(db(), newBlobSource());
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
        read = readCache(db(), newBlobSource());
        if (read.error.isValid())
            return {};
    }
    if (m_path == QLatin1String(":memory:")) {
        // No second connection reaches it, so no other thread could read the blobs later.
        for (const SharedTask &t : std::as_const(read.rows))
            t.get();
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
    update.prepare(QStringLiteral("INSERT OR REPLACE INTO task_keys (id, keys) VALUES (?, ?)"));
    bool ok = tx.ok();
    for (qsizetype i = 0; ok && i < tasks.size(); ++i) {
        update.addBindValue(tasks.idAt(i));
        update.addBindValue(TaskBinary::writeKeys(tasks.keysAt(i)));
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
    CacheRows rows(db);
    for (qint64 id : changes.removed) {
        if (!rows.remove(id)) {
            *error = rows.error();
            return false;
        }
    }
    // Each row is encoded as it is written, not all first: 10,000 encoded rows held at once
    // were some 10 MB on top of the process's peak, for ~20 ms less time holding the lock.
    for (const SharedTask &t : changes.upserts) {
        if (!rows.put(t.id(), TaskBinary::write(*t), t.keys())) {
            *error = rows.error();
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
