#pragma once

#include "core/TaskFilter.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace engage {

// Writes cached rows: each task's blob in `tasks` and its keys in `task_keys`, always both, so
// that every row start-up reads by its keys has its blob (inside the caller's transaction).
class CacheRows
{
public:
    explicit CacheRows(const QSqlDatabase &db);
    bool put(qint64 id, const QByteArray &blob, const TaskKeys &keys);
    bool remove(qint64 id);
    bool clear();
    const QSqlError &error() const { return m_error; }

private:
    bool run(QSqlQuery &q);

    QSqlDatabase m_db;
    QSqlQuery m_putTask, m_putKeys, m_removeTask, m_removeKeys;
    QSqlError m_error;
};

} // namespace engage
