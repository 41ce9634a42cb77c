#include "sync/TaskStore.h"

#include "core/TaskBinary.h"
#include "core/TaskCodec.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "engage.store", QtInfoMsg)

namespace engage {

namespace {
QAtomicInteger<int> s_connectionSerial;

QString statusText(const std::optional<TaskStatus> &status)
{
    return status ? statusToWire(*status) : QString();
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? TaskCodec::formatDateTime(dt) : QString();
}

// Writes a group of statements as one transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_ok = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_ok && !m_committed)
            m_db.rollback();
    }
    bool commit()
    {
        m_committed = m_ok && m_db.commit();
        return m_committed;
    }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_committed = false;
};
} // namespace

TaskStore::TaskStore()
    : m_connection(QStringLiteral("engage-store-%1").arg(s_connectionSerial.fetchAndAddRelaxed(1)))
{}

TaskStore::~TaskStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool TaskStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool TaskStore::open(const QString &path)
{
    // Set when the file is fine but cannot be used now (locked by another process) or by this
    // version (a newer schema): it must then be left exactly as it is.
    bool keepFile = false;
    auto tryOpen = [this, &path, &keepFile] {
        QSqlDatabase db = QSqlDatabase::contains(m_connection)
                              ? QSqlDatabase::database(m_connection, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return false;
        }
        // quick_check reads every page: a damaged or foreign file fails here, not mid-session.
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
            check.value(0).toString() != QLatin1String("ok")) {
            const QSqlError error = check.lastError();
            // SQLITE_BUSY (5) / SQLITE_LOCKED (6): another process holds it, it is not damaged.
            const QString code = error.nativeErrorCode();
            if (code == QLatin1String("5") || code == QLatin1String("6")) {
                keepFile = true;
                m_error = QStringLiteral("The local database %1 is in use by another program (%2).")
                              .arg(path, error.text());
            } else {
                m_error =
                    error.text().isEmpty() ? QStringLiteral("the file is damaged") : error.text();
            }
            check.finish();
            db.close();
            return false;
        }
        check.finish(); // an unfinished statement would hold a read transaction open
        // Read the version before changing anything in the file.
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next() &&
            version.value(0).toInt() > SchemaVersion) {
            keepFile = true;
            m_error = QStringLiteral("The local database was written by a newer version of Engage "
                                     "Tasks (schema %1).")
                          .arg(version.value(0).toInt());
            version.finish();
            db.close();
            return false;
        }
        version.finish();
        return exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
               exec(QStringLiteral("PRAGMA synchronous=FULL")) && migrate();
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
        m_error = QStringLiteral("The local database %1 cannot be used (%2) nor moved aside.")
                      .arg(path, reason);
        return false;
    }
    QFile::rename(path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    m_movedAside = aside;
    qCWarning(lcStore) << "database unusable, moved aside to" << aside << reason;
    if (!tryOpen())
        return false;
    m_error = QStringLiteral("The local database could not be read (%1); it was moved to %2 and a "
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
        m_error = QStringLiteral("The local database was written by a newer version of Engage "
                                 "Tasks (schema %1).")
                      .arg(version);
        return false;
    }
    if (version < 1) {
        Transaction tx(QSqlDatabase::database(m_connection));
        const bool ok =
            exec(QStringLiteral(
                "CREATE TABLE tasks (id INTEGER PRIMARY KEY, json TEXT NOT NULL)")) &&
            exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")) &&
            exec(QStringLiteral(
                "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT "
                "NULL, status TEXT, due_date TEXT, base_updated TEXT, created_at TEXT NOT NULL, "
                "failed INTEGER NOT NULL DEFAULT 0, failure TEXT)")) &&
            exec(QStringLiteral(
                "CREATE TABLE ledger (rowid INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT "
                "NULL, action TEXT NOT NULL, at TEXT NOT NULL, outcome TEXT NOT NULL)")) &&
            exec(QStringLiteral("CREATE INDEX outbox_task ON outbox(task_id)")) &&
            exec(QStringLiteral("PRAGMA user_version = 1"));
        if (!ok || !tx.commit())
            return false;
    }
    if (version < 2) {
        Transaction tx(QSqlDatabase::database(m_connection));
        const bool ok = exec(QStringLiteral(
                            "ALTER TABLE outbox ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0")) &&
                        exec(QStringLiteral("PRAGMA user_version = 2"));
        if (!ok || !tx.commit())
            return false;
    }
    if (version < 3) {
        // The cache moves from JSON text to TaskBinary: it is only a cache, so it is refilled
        // from Gong rather than converted. The journal is untouched.
        Transaction tx(QSqlDatabase::database(m_connection));
        const bool ok = exec(QStringLiteral("DROP TABLE IF EXISTS tasks")) &&
                        exec(QStringLiteral(
                            "CREATE TABLE tasks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")) &&
                        exec(QStringLiteral("DELETE FROM meta WHERE key = 'cached_at'")) &&
                        exec(QStringLiteral("PRAGMA user_version = 3"));
        if (!ok || !tx.commit())
            return false;
    }
    if (version < 4) {
        Transaction tx(QSqlDatabase::database(m_connection));
        const bool ok =
            exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0")) &&
            exec(QStringLiteral("PRAGMA user_version = 4"));
        if (!ok || !tx.commit())
            return false;
    }
    return true;
}

TaskList TaskStore::cachedTasks() const
{
    // Read here (the connection belongs to this thread), decoded on every core.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QList<QByteArray> blobs; // no count(*) first: that would read the whole table twice
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT data FROM tasks")))
        return {};
    while (q.next())
        blobs.append(q.value(0).toByteArray());
    return TaskBinary::readAll(blobs);
}

QDateTime TaskStore::cachedAt() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'cached_at'"));
    if (!q.exec() || !q.next())
        return {};
    return TaskCodec::parseDateTime(q.value(0).toString());
}

bool TaskStore::saveCache(const TaskList &tasks, const QDateTime &at)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!exec(QStringLiteral("DELETE FROM tasks")))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO tasks (id, data) VALUES (?, ?)"));
    for (const Task &t : tasks) {
        insert.addBindValue(t.id);
        insert.addBindValue(TaskBinary::write(t));
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            return false;
        }
    }
    QSqlQuery meta(db);
    meta.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('cached_at', ?)"));
    meta.addBindValue(dateText(at));
    return meta.exec() && tx.commit();
}

bool TaskStore::updateCachedTask(const Task &task)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tasks (id, data) VALUES (?, ?)"));
    q.addBindValue(task.id);
    q.addBindValue(TaskBinary::write(task));
    return q.exec();
}

bool TaskStore::removeCachedTask(qint64 taskId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    q.addBindValue(taskId);
    return q.exec();
}

qint64 TaskStore::appendChange(qint64 taskId, const TaskUpdate &update,
                               const QDateTime &baseUpdated, const QDateTime &now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO outbox (task_id, status, due_date, base_updated, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(taskId);
    q.addBindValue(statusText(update.status));
    q.addBindValue(dateText(update.dueDate));
    q.addBindValue(dateText(baseUpdated));
    q.addBindValue(dateText(now));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<PendingChange> TaskStore::pendingChanges() const
{
    QList<PendingChange> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, task_id, status, due_date, base_updated, created_at, "
                               "failed, failure, conflict, sent FROM outbox ORDER BY seq")))
        return out;
    while (q.next()) {
        PendingChange c;
        c.seq = q.value(0).toLongLong();
        c.taskId = q.value(1).toLongLong();
        const QString status = q.value(2).toString();
        if (!status.isEmpty())
            c.update.status = statusFromWire(status);
        c.update.dueDate = TaskCodec::parseDateTime(q.value(3).toString());
        c.baseUpdated = TaskCodec::parseDateTime(q.value(4).toString());
        c.createdAt = TaskCodec::parseDateTime(q.value(5).toString());
        c.failed = q.value(6).toBool();
        c.failure = q.value(7).toString();
        c.conflict = q.value(8).toBool();
        c.sent = q.value(9).toBool();
        out.append(c);
    }
    return out;
}

bool TaskStore::execPerChange(const QString &sql, const QVariantList &values,
                              const QList<qint64> &seqs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(sql);
    for (qint64 seq : seqs) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(seq);
        if (!q.exec())
            return false;
    }
    return tx.commit();
}

bool TaskStore::removeChanges(const QList<qint64> &seqs)
{
    return execPerChange(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {}, seqs);
}

bool TaskStore::markSent(const QList<qint64> &seqs, bool sent)
{
    return execPerChange(QStringLiteral("UPDATE outbox SET sent = ? WHERE seq = ?"), {sent ? 1 : 0},
                         seqs);
}

bool TaskStore::markFailed(const QList<qint64> &seqs, const QString &failure, bool conflict)
{
    return execPerChange(
        QStringLiteral("UPDATE outbox SET failed = 1, failure = ?, conflict = ? WHERE seq = ?"),
        {failure, conflict ? 1 : 0}, seqs);
}

bool TaskStore::clearFailure(qint64 taskId, const QDateTime &newBase)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (newBase.isValid()) {
        q.prepare(QStringLiteral("UPDATE outbox SET failed = 0, failure = NULL, conflict = 0, "
                                 "base_updated = ? WHERE task_id = ?"));
        q.addBindValue(dateText(newBase));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE outbox SET failed = 0, failure = NULL, conflict = 0 WHERE task_id = ?"));
    }
    q.addBindValue(taskId);
    return q.exec();
}

bool TaskStore::addLedger(qint64 taskId, const QString &action, const QDateTime &at)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO ledger (task_id, action, at, outcome) VALUES (?, ?, ?, 'pending')"));
    q.addBindValue(taskId);
    q.addBindValue(action);
    q.addBindValue(dateText(at));
    return q.exec();
}

bool TaskStore::setLedgerOutcome(qint64 taskId, const QString &outcome, const QString &from)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE ledger SET outcome = ? WHERE task_id = ? AND outcome = ?"));
    q.addBindValue(outcome);
    q.addBindValue(taskId);
    q.addBindValue(from);
    return q.exec();
}

bool TaskStore::setLatestLedgerOutcome(qint64 taskId, const QString &outcome)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE ledger SET outcome = ? WHERE rowid = (SELECT max(rowid) FROM "
                             "ledger WHERE task_id = ? AND outcome = 'pending')"));
    q.addBindValue(outcome);
    q.addBindValue(taskId);
    return q.exec();
}

QList<TaskStore::LedgerEntry> TaskStore::ledger() const
{
    QList<LedgerEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT task_id, action, at, outcome FROM ledger ORDER BY rowid")))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    TaskCodec::parseDateTime(q.value(2).toString()), q.value(3).toString()});
    }
    return out;
}

} // namespace engage
