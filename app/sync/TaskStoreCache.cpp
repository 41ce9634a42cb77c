#include "core/TaskBinary.h"
#include "sync/SqlTransaction.h"
#include "sync/TaskStore.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace engage {

namespace {
QAtomicInteger<int> s_writerSerial;
} // namespace

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
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO tasks (id, data) VALUES (?, ?)"));
    // Each row is encoded as it is written, not all first: 10,000 encoded rows held at once
    // were some 10 MB on top of the process's peak, for ~20 ms less time holding the lock.
    for (const SharedTask &t : changes.upserts) {
        insert.addBindValue(t->id);
        insert.addBindValue(TaskBinary::write(*t));
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
