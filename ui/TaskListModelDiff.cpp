// TaskListModel::applyDiff: a refresh moves only the rows it changed.
#include "ui/TaskListModel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <utility>

Q_LOGGING_CATEGORY(lcModelDiff, "engage.ui.model", QtInfoMsg)

namespace engage {

namespace {
// Calls emit(first, last) for each run of consecutive numbers in `rows` (sorted ascending).
template <typename Emit> void forEachRun(const QList<int> &rows, Emit emitRun)
{
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emitRun(rows.at(i), rows.at(j));
        i = j + 1;
    }
}
// What dataChanged names for a row whose inputs moved so (TaskListModel::movedInputs).
const QList<int> &rolesFor(int moved)
{
    static const auto lists = [] {
        const QList<int> shown{Qt::DisplayRole,
                               Qt::ToolTipRole,
                               Qt::DecorationRole,
                               Qt::FontRole,
                               Qt::ForegroundRole,
                               Qt::AccessibleTextRole,
                               Qt::AccessibleDescriptionRole,
                               TaskListModel::TaskRole,
                               TaskListModel::TaskIdRole,
                               TaskListModel::SearchKeyRole,
                               TaskListModel::DueRole,
                               TaskListModel::SyncMarkRole,
                               TaskListModel::CallableRole};
        std::array<QList<int>, 4> out{shown, shown, shown, shown};
        out[1].append(TaskListModel::FilterInputsRole);
        out[2].append(TaskListModel::SortInputsRole);
        out[3].append({TaskListModel::FilterInputsRole, TaskListModel::SortInputsRole});
        return out;
    }();
    return lists.at(static_cast<size_t>(moved & 3));
}
} // namespace

int TaskListModel::rowOf(qint64 taskId) const
{
    buildRowOf();
    const int row = m_rowOf.value(taskId, -1);
    if (!m_rowOfStale)
        return row;
    // Rows are moving: the hash may be behind them.
    if (row >= 0 && row < m_tasks.size() && m_tasks.idAt(row) == taskId)
        return row;
    for (qsizetype r = 0; r < m_tasks.size(); ++r)
        if (m_tasks.idAt(r) == taskId)
            return static_cast<int>(r);
    return -1;
}

void TaskListModel::rebuildRowOf()
{
    m_rowOfUnbuilt = true;
    buildRowOf();
    m_rowOfStale = false;
}

void TaskListModel::buildRowOf() const
{
    if (!std::exchange(m_rowOfUnbuilt, false))
        return;
    m_rowOf.clear();
    m_rowOf.reserve(m_tasks.size());
    for (qsizetype row = 0; row < m_tasks.size(); ++row)
        m_rowOf.insert(m_tasks.idAt(row), static_cast<int>(row)); // ids beside the rows
}

void TaskListModel::applyDiff(const TaskList &after, const TaskDiff &diff, const Accepts &accepts,
                              int sortColumn)
{
    finishPendingRows(); // an earlier refresh's rows come first
    if (diff.isEmpty())
        return;
    m_pending.countsBefore = m_openPerContact;
    buildRowOf(); // before the rows move
    m_rowOfStale = true;

    // The rows that left, the last run first so the earlier rows keep their numbers.
    QList<int> gone;
    gone.reserve(diff.removed.size());
    for (qint64 id : diff.removed)
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            gone.append(row);
    std::sort(gone.begin(), gone.end());
    QList<std::pair<int, int>> runs;
    forEachRun(gone, [&runs](int first, int last) { runs.append({first, last}); });
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const auto [first, last] = *run;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            countContact(m_keys.at(row), -1);
        m_tasks.remove(first, last - first + 1);
        m_keys.remove(first, last - first + 1);
        endRemoveRows();
    }

    // The rows that came, where `after` has them: the rows before them are in place by then.
    if (!diff.added.isEmpty()) {
        QHash<qint64, const TaskDiff::Row *> added;
        added.reserve(diff.added.size());
        for (const TaskDiff::Row &row : diff.added)
            added.insert(row.task->id, &row);
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (!added.contains(after.idAt(i)))
                continue;
            qsizetype j = i;
            while (j + 1 < after.size() && added.contains(after.idAt(j + 1)))
                ++j;
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(j));
            for (qsizetype k = i; k <= j; ++k) {
                const TaskDiff::Row *row = added.value(after.idAt(k));
                m_tasks.insert(k, row->task);
                m_keys.insert(k, row->keys);
                countContact(row->keys, 1);
            }
            endInsertRows();
            i = j;
        }
    }
    rebuildRowOf();

    // The rows that changed stay where they are: a few go now, many go a slice per turn of the
    // event loop, so that a refresh of 10,000 changed rows never holds the window for long.
    m_pending.after = after;
    m_pending.changed = diff.changed;
    m_pending.next = 0;
    m_pending.accepts = accepts;
    m_pending.sortColumn = sortColumn;
    m_pending.active = true;
    if (diff.changed.size() <= RowsAtOnce)
        finishPendingRows();
    else
        m_sliceTimer.start();
}

bool TaskListModel::applyPendingRows(qsizetype count)
{
    const qsizetype end = std::min(m_pending.changed.size(), m_pending.next + count);
    QList<std::pair<int, int>> changed; // row, movedInputs()
    changed.reserve(end - m_pending.next);
    // What the rows held is freed off the UI thread: the engine has let go of the old tasks by
    // now, so these are often the last references.
    QList<TaskKeys> oldKeys;
    QList<SharedTask> oldTasks;
    oldKeys.reserve(end - m_pending.next);
    oldTasks.reserve(end - m_pending.next);
    for (; m_pending.next < end; ++m_pending.next) {
        const TaskDiff::Row &row = m_pending.changed.at(m_pending.next);
        const int r = rowOf(row.task->id);
        if (r < 0)
            continue;
        const SharedTask was = m_tasks.shared(r);
        TaskKeys wasKeys = std::exchange(m_keys[r], row.keys);
        m_tasks.replace(r, row.task);
        if (wasKeys.contact != row.keys.contact || wasKeys.status != row.keys.status) {
            countContact(wasKeys, -1);
            countContact(row.keys, 1);
        }
        changed.append({r, movedInputs(*was, wasKeys, r, m_pending.accepts, m_pending.sortColumn)});
        oldKeys.append(std::move(wasKeys));
        oldTasks.append(was);
    }
    std::sort(changed.begin(), changed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QThreadPool::globalInstance()->start(
        [keys = std::move(oldKeys), tasks = std::move(oldTasks)]() mutable {
            keys.clear();
            tasks.clear();
        });
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1).first == changed.at(j).first + 1 &&
               changed.at(j + 1).second == changed.at(i).second)
            ++j;
        emit dataChanged(index(changed.at(i).first, 0), index(changed.at(j).first, ColumnCount - 1),
                         rolesFor(changed.at(i).second));
        i = j + 1;
    }
    return m_pending.next == m_pending.changed.size();
}

void TaskListModel::applyNextSlice()
{
    if (!m_pending.active)
        return;
    QElapsedTimer slice;
    slice.start();
    // A few hundred rows at a time until the slice's time is used (at least once).
    while (!applyPendingRows(RowsPerStep)) {
        if (slice.elapsed() >= SliceMs) {
            m_sliceTimer.start();
            return;
        }
    }
    endPendingRows();
}

void TaskListModel::finishPendingRows()
{
    if (!m_pending.active)
        return;
    m_sliceTimer.stop();
    applyPendingRows(m_pending.changed.size());
    endPendingRows();
}

void TaskListModel::endPendingRows()
{
    PendingRows done = std::exchange(m_pending, PendingRows{});
    // The rows must now be `after`, one for one; if the diff did not lead there, start over.
    bool same = m_tasks.size() == done.after.size();
    for (qsizetype i = 0; same && i < done.after.size(); ++i)
        same = m_tasks.shared(i) == done.after.shared(i);
    if (!same) {
        qCWarning(lcModelDiff) << "a diff that does not lead to its list; resetting the rows";
        setTasks(done.after);
        return;
    }
    m_tasks = done.after; // the same tasks: share the list itself
    repaintContacts(done.countsBefore);
    emit pendingRowsApplied();
}

int TaskListModel::movedInputs(const Task &was, const TaskKeys &wasKeys, int row,
                               const Accepts &accepts, int sortColumn) const
{
    const TaskKeys &now = m_keys.at(row);
    int moved = 0;
    if (accepts
            ? accepts(now) != accepts(wasKeys)
            : (now.due != wasKeys.due || now.status != wasKeys.status || now.type != wasKeys.type ||
               now.flowId != wasKeys.flowId || now.hasFlow != wasKeys.hasFlow ||
               now.search != wasKeys.search || now.zone != wasKeys.zone))
        moved |= 1;
    bool order = now.due != wasKeys.due || now.id != wasKeys.id;
    if (sortColumn == LocalTimeColumn)
        order = order || now.zone != wasKeys.zone;
    else if (sortColumn != DueColumn)
        order = order ||
                displayText(was, row, sortColumn) != displayText(m_tasks.at(row), row, sortColumn);
    if (order)
        moved |= 2;
    return moved;
}

void TaskListModel::repaintContacts(const QHash<QString, int> &countsBefore)
{
    // The "(+2)" of a contact's other rows moves with their count.
    QSet<QString> moved;
    for (auto it = countsBefore.cbegin(); it != countsBefore.cend(); ++it)
        if (m_openPerContact.value(it.key()) != it.value())
            moved.insert(it.key());
    for (auto it = m_openPerContact.cbegin(); it != m_openPerContact.cend(); ++it)
        if (!countsBefore.contains(it.key()))
            moved.insert(it.key());
    if (moved.isEmpty())
        return;
    for (int row = 0; row < rowCount(); ++row)
        if (moved.contains(m_keys.at(row).contact))
            emit dataChanged(index(row, ContactColumn), index(row, ContactColumn));
}

} // namespace engage
