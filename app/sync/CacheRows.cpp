#include "sync/CacheRows.h"

#include "core/TaskBinary.h"
#include "sync/SqlTransaction.h"

namespace engage {

CacheRows::CacheRows(const QSqlDatabase &db)
    : m_db(db)
    , m_putTask(db)
    , m_putKeys(db)
    , m_removeTask(db)
    , m_removeKeys(db)
{
    m_putTask.prepare(QStringLiteral("INSERT OR REPLACE INTO tasks (id, data) VALUES (?, ?)"));
    m_putKeys.prepare(QStringLiteral("INSERT OR REPLACE INTO task_keys (id, keys) VALUES (?, ?)"));
    m_removeTask.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    m_removeKeys.prepare(QStringLiteral("DELETE FROM task_keys WHERE id = ?"));
}

bool CacheRows::put(qint64 id, const QByteArray &blob, const TaskKeys &keys)
{
    m_putTask.addBindValue(id);
    m_putTask.addBindValue(blob);
    m_putKeys.addBindValue(id);
    m_putKeys.addBindValue(TaskBinary::writeKeys(keys));
    return run(m_putTask) && run(m_putKeys);
}

bool CacheRows::remove(qint64 id)
{
    m_removeTask.addBindValue(id);
    m_removeKeys.addBindValue(id);
    return run(m_removeTask) && run(m_removeKeys);
}

bool CacheRows::clear()
{
    for (const char *sql : {"DELETE FROM tasks", "DELETE FROM task_keys"}) {
        QSqlQuery q(m_db);
        if (!q.exec(QLatin1String(sql))) {
            m_error = q.lastError();
            return false;
        }
    }
    return true;
}

bool CacheRows::run(QSqlQuery &q)
{
    if (step(q))
        return true;
    m_error = q.lastError();
    return false;
}

} // namespace engage
