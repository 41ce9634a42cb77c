// SyncEngine's rows: Gong's tasks as last heard (server()), and m_tasks, the same with the
// rep's unconfirmed changes over them, always in id order.
#include "sync/SyncEngine.h"

namespace engage {

QMap<qint64, SharedTask> &SyncEngine::server() const
{
    if (!m_serverRows.isEmpty()) {
        for (qsizetype i = 0; i < m_serverRows.size(); ++i)
            m_serverMap.insert(m_serverMap.cend(), m_serverRows.idAt(i), m_serverRows.shared(i));
        m_serverRows.clear();
    }
    return m_serverMap;
}

void SyncEngine::rebuild()
{
    // In id order, which rowIn() halves: the cached list as a start took it (shared, not copied
    // row by row), else the map's.
    if (!m_serverRows.isEmpty()) {
        m_tasks = m_serverRows;
    } else {
        const QMap<qint64, SharedTask> &map = m_serverMap;
        m_tasks.clear();
        m_tasks.reserve(map.size());
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            m_tasks.append(it.value());
    }
    applyJournalToRows();
}

qsizetype SyncEngine::rowIn(const TaskList &rows, qint64 id)
{
    qsizetype low = 0;
    qsizetype high = rows.size();
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        if (rows.idAt(mid) < id)
            low = mid + 1;
        else
            high = mid;
    }
    return low < rows.size() && rows.idAt(low) == id ? low : -1;
}

void SyncEngine::applyJournalToRows()
{
    for (const PendingChange &c : m_journal.changes()) {
        const qsizetype row = rowIn(m_tasks, c.taskId);
        if (row >= 0 && c.kind == PendingChange::Kind::Patch)
            m_tasks.replace(row, c.update.appliedTo(m_tasks.at(row)));
    }
}

void SyncEngine::rebuildTask(qint64 taskId)
{
    const qsizetype row = rowIn(m_tasks, taskId);
    const auto onServer = server().constFind(taskId);
    if (row < 0 || onServer == server().cend()) {
        rebuild();
        return;
    }
    std::optional<Task> task; // only copied when the journal changes it
    for (const PendingChange &c : m_journal.changes()) {
        if (c.taskId == taskId && c.kind == PendingChange::Kind::Patch)
            task = c.update.appliedTo(task ? *task : **onServer);
    }
    if (task)
        m_tasks.replace(row, std::move(*task));
    else
        m_tasks.replace(row, *onServer);
}

} // namespace engage
