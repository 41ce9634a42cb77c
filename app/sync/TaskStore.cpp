#include "sync/TaskStore.h"

#include "core/TaskBinary.h"
#include "core/TaskCodec.h"
#include "core/TaskFilter.h"
#include "sync/CacheRows.h"
#include "sync/SqlTransaction.h"
#include "sync/StoreSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcStore, "engage.store", QtInfoMsg)

namespace engage {

namespace {
QAtomicInteger<int> s_connectionSerial;

enum class Check { Ok, Damaged, Failed };

// quick_check reads every page of what it checks: a damaged or foreign file fails here, not
// mid-session. It checks every table but the cache, with their indexes: the cache is most of the
// file (10,000 tasks are 15 MB, 20 to 40 ms of a start) and only a copy of Gong's list, so
// damage there is met when it is read (cachedTasks), and it is then refilled.
Check checkAllButTheCache(const QSqlDatabase &db, QSqlError *error)
{
    QStringList tables;
    {
        QSqlQuery names(db);
        names.setForwardOnly(true);
        if (!names.exec(QStringLiteral(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('tasks', "
                "'task_keys')"))) {
            *error = names.lastError();
            return Check::Failed;
        }
        while (names.next())
            tables.append(names.value(0).toString());
        if (names.lastError().isValid()) {
            *error = names.lastError();
            return Check::Failed;
        }
    }
    for (QString table : std::as_const(tables)) {
        QSqlQuery check(db);
        const QString quoted = table.replace(u'"', QStringLiteral("\"\""));
        if (!check.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted))) {
            *error = check.lastError();
            return Check::Failed;
        }
        const bool ok = check.next() && check.value(0).toString() == QLatin1String("ok");
        check.finish(); // an unfinished statement would hold a read transaction open
        if (!ok)
            return Check::Damaged;
    }
    return Check::Ok;
}
} // namespace

QString TaskStore::dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

TaskStore::TaskStore()
    : m_connection(QStringLiteral("engage-store-%1").arg(s_connectionSerial.fetchAndAddRelaxed(1)))
{}

TaskStore::~TaskStore()
{
    if (m_prefetch.valid())
        m_prefetch.wait(); // its connection is its own, but the file must outlive it
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void TaskStore::setStatementHook(std::function<void()> hook)
{
    statementHook() = std::move(hook);
}

bool TaskStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        fail(q.lastError());
        return false;
    }
    return true;
}

bool TaskStore::isDamage(const QSqlError &error)
{
    // SQLITE_CORRUPT (11), SQLITE_NOTADB (26): the file's content, not the disk or a lock.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26 || error.databaseText().contains(QLatin1String("malformed")) ||
           error.databaseText().contains(QLatin1String("not a database"));
}

StoreError TaskStore::errorFor(const QSqlError &error, const QString &path)
{
    StoreError out;
    out.kind = StoreError::kindForCode(error.nativeErrorCode());
    if (out.kind == StoreError::Kind::Other)
        out.kind = StoreError::kindForText(error.databaseText());
    out.detail = error.text();
    out.folder = path == QLatin1String(":memory:") ? QString() : QFileInfo(path).absolutePath();
    // SQLite reports a full disk as an I/O error where it maps its index (-shm): say what the
    // rep can fix.
    if ((out.kind == StoreError::Kind::Io || out.kind == StoreError::Kind::Other) &&
        !out.folder.isEmpty()) {
        const QStorageInfo disk(out.folder);
        if (disk.isValid() && disk.bytesAvailable() < 1024 * 1024)
            out.kind = StoreError::Kind::DiskFull;
    }
    return out;
}

bool TaskStore::fail(const QSqlError &error)
{
    m_lastError = errorFor(error, m_path);
    return false;
}

bool TaskStore::open(const QString &path)
{
    m_path = path;
    // Set unless the file itself is damaged: it is fine but cannot be used now (locked by
    // another program, a full or read-only disk, an I/O error) or by this version (a newer
    // schema). It must then be left exactly as it is: moving it aside would leave the rep's
    // unsent changes behind in the moved file.
    bool keepFile = false;
    auto cannotUseNow = [this, &path, &keepFile](const QSqlError &error) {
        keepFile = true;
        fail(error);
        m_error =
            QCoreApplication::translate("TaskStore", "The task store %1 cannot be opened now: %2")
                .arg(QDir::toNativeSeparators(path), m_lastError.userMessage());
        return false;
    };
    auto tryOpen = [this, &path, &keepFile, &cannotUseNow] {
        QSqlDatabase db = QSqlDatabase::contains(m_connection)
                              ? QSqlDatabase::database(m_connection, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            return cannotUseNow(db.lastError());
        QSqlError error;
        switch (checkAllButTheCache(db, &error)) {
        case Check::Failed:
            if (!isDamage(error)) {
                db.close();
                return cannotUseNow(error);
            }
            m_error = error.text();
            db.close();
            return false;
        case Check::Damaged:
            m_error = QCoreApplication::translate("TaskStore", "the file is damaged");
            db.close();
            return false;
        case Check::Ok:
            break;
        }
        // Read the version before changing anything in the file.
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next() &&
            version.value(0).toInt() > SchemaVersion) {
            keepFile = true;
            m_error =
                QCoreApplication::translate(
                    "TaskStore", "The local database was written by a newer version of Engage "
                                 "Tasks (schema %1).")
                    .arg(version.value(0).toInt());
            version.finish();
            db.close();
            return false;
        }
        version.finish();
        if (exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
            exec(QStringLiteral("PRAGMA synchronous=FULL")) && migrate())
            return true;
        // The file read fine: what failed is the disk under it, or the upgrade's write.
        keepFile = true;
        m_error =
            QCoreApplication::translate("TaskStore", "The task store %1 cannot be opened now: %2")
                .arg(QDir::toNativeSeparators(path), m_lastError.userMessage());
        db.close();
        return false;
    };
    if (tryOpen())
        return true;
    if (keepFile || !QFileInfo::exists(path))
        return false;
    // Keep the damaged file for the rep (or support) and start afresh beside it.
    const QString aside =
        path + QStringLiteral(".broken-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString reason = m_error;
    QSqlDatabase::database(m_connection, false).close();
    if (!QFile::rename(path, aside)) {
        m_error = QCoreApplication::translate(
                      "TaskStore", "The local database %1 cannot be used (%2) nor moved aside.")
                      .arg(path, reason);
        return false;
    }
    QFile::rename(path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    m_movedAside = aside;
    qCWarning(lcStore) << "database unusable, moved aside to" << aside << reason;
    if (!tryOpen())
        return false;
    m_error =
        QCoreApplication::translate(
            "TaskStore", "The local database could not be read (%1); it was moved to %2 and a "
                         "new one started.")
            .arg(reason, aside);
    return true;
}

bool TaskStore::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish(); // an open statement would lock the tables the migrations drop
    if (version > SchemaVersion) {
        m_error = QCoreApplication::translate(
                      "TaskStore", "The local database was written by a newer version of Engage "
                                   "Tasks (schema %1).")
                      .arg(version);
        return false;
    }
    // Each step is one transaction that ends by setting its version, so a kill mid-upgrade
    // leaves the file at the last whole step.
    const QList<QStringList> &steps = StoreSchema::steps();
    static_assert(SchemaVersion == StoreSchema::Version,
                  "a schema version without its step"); // notr: for us
    for (int to = version + 1; to <= SchemaVersion; ++to) {
        Transaction tx(QSqlDatabase::database(m_connection));
        bool ok = tx.ok();
        for (const QString &sql : steps.at(to - 1))
            ok = ok && exec(sql);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
        if (!ok || !tx.commit())
            return false;
    }
    return true;
}

bool TaskStore::clearDamagedCache()
{
    // DROP TABLE walks the table to free its pages, which a damaged table may not allow. Then
    // its entry leaves the schema, and VACUUM (which copies only what the schema names) rebuilds
    // the file without its pages; the journal's tables come through unchanged.
    for (const QString &table : {QStringLiteral("tasks"), QStringLiteral("task_keys")}) {
        if (!exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table)) &&
            !(exec(QStringLiteral("PRAGMA writable_schema=ON")) &&
              exec(QStringLiteral("DELETE FROM sqlite_schema WHERE name = '%1'").arg(table)) &&
              exec(QStringLiteral("PRAGMA writable_schema=OFF")) && exec(QStringLiteral("VACUUM"))))
            return false;
    }
    // As the migrations leave them (the keys column of tasks unused since schema 9).
    return exec(QStringLiteral(
               "CREATE TABLE tasks (id INTEGER PRIMARY KEY, data BLOB NOT NULL, keys BLOB)")) &&
           exec(QStringLiteral(
               "CREATE TABLE task_keys (id INTEGER PRIMARY KEY, keys BLOB NOT NULL)")) &&
           exec(QStringLiteral("DELETE FROM meta WHERE key = 'cached_at'"));
}

QDateTime TaskStore::cachedAt() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'cached_at'"));
    if (!q.exec() || !q.next())
        return {};
    return TaskCodec::parseDateTime(q.value(0).toString());
}

bool TaskStore::writeWholeCache(const TaskList &tasks, const QDateTime &at, QSqlError *error)
{
    Transaction tx(db());
    CacheRows rows(db());
    QSqlQuery meta(db());
    meta.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('cached_at', ?)"));
    meta.addBindValue(dateText(at));
    bool ok = tx.ok() && rows.clear();
    for (qsizetype i = 0; ok && i < tasks.size(); ++i)
        ok = rows.put(tasks.idAt(i), TaskBinary::write(tasks.at(i)), tasks.keysAt(i));
    if (!tx.ok())
        *error = tx.error();
    else if (!ok)
        *error = rows.error();
    else if (!step(meta))
        *error = meta.lastError();
    else if (!tx.commit())
        *error = tx.error();
    else
        return true;
    return false;
}

bool TaskStore::saveCache(const TaskList &tasks, const QDateTime &at)
{
    QSqlError error;
    if (writeWholeCache(tasks, at, &error))
        return true;
    // Start-up reads only the keys, so a damaged blob table is met here (a refresh's write
    // failed on it, and this rewrite follows): emptied, and written afresh.
    if (isDamage(error) && clearDamagedCache() && writeWholeCache(tasks, at, &error)) {
        qCWarning(lcStore).noquote() << "the damaged cache was emptied and written again";
        return true;
    }
    return fail(error);
}

bool TaskStore::updateCachedTask(const Task &task)
{
    return inSavepoint([&task](CacheRows &rows) {
        return rows.put(task.id, TaskBinary::write(task), TaskFilter::keys(task));
    });
}

bool TaskStore::inSavepoint(const std::function<bool(CacheRows &)> &write)
{
    // A savepoint, not a transaction: both rows or neither, inside a caller's transaction too.
    if (!exec(QStringLiteral("SAVEPOINT cache_row")))
        return false;
    CacheRows rows(db());
    if (write(rows))
        return exec(QStringLiteral("RELEASE cache_row"));
    const QSqlError error = rows.error();
    exec(QStringLiteral("ROLLBACK TO cache_row"));
    exec(QStringLiteral("RELEASE cache_row"));
    return fail(error);
}

bool TaskStore::saveMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return step(q) || fail(q.lastError());
}

QString TaskStore::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool TaskStore::removeCachedTask(qint64 taskId)
{
    return inSavepoint([taskId](CacheRows &rows) { return rows.remove(taskId); });
}

} // namespace engage
