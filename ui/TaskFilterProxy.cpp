#include "ui/TaskFilterProxy.h"

#include "ui/TaskListModel.h"

namespace engage {

TaskFilterProxy::TaskFilterProxy(const Clock &clock, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_clock(clock)
{
    m_filter.setReference(m_clock.now(), m_clock.timeZone());
    setDynamicSortFilter(true);
}

void TaskFilterProxy::setTaskModel(TaskListModel *model)
{
    m_model = model;
    setSourceModel(model);
    sort(TaskListModel::DueColumn, Qt::AscendingOrder);
}

void TaskFilterProxy::setView(TaskView view)
{
    m_filter.setView(view);
    invalidate(); // a full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows
    emit criteriaChanged();
}

void TaskFilterProxy::setSearchText(const QString &text)
{
    m_filter.setSearchText(text);
    invalidate(); // a full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows
    emit criteriaChanged();
}

void TaskFilterProxy::setTypeFilter(std::optional<TaskType> type)
{
    m_filter.setType(type);
    invalidate(); // a full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows
    emit criteriaChanged();
}

void TaskFilterProxy::setFlowFilter(std::optional<qint64> flowId)
{
    m_filter.setFlowId(flowId);
    invalidate(); // a full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows
    emit criteriaChanged();
}

void TaskFilterProxy::refreshReference()
{
    m_filter.setReference(m_clock.now(), m_clock.timeZone());
    invalidate(); // a full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows
    emit criteriaChanged();
}

std::array<int, TaskViewCount> TaskFilterProxy::viewCounts() const
{
    std::array<int, TaskViewCount> out{};
    if (!m_model)
        return out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TaskKeys &keys = m_model->keysAt(row);
        // Counts are of work left: a task just marked done no longer counts.
        if (keys.status != TaskStatus::Open && keys.status != TaskStatus::Unknown)
            continue;
        if (!m_filter.matchesCriteria(keys))
            continue;
        for (int v = 0; v < TaskViewCount; ++v) {
            if (m_filter.inView(keys.due, static_cast<TaskView>(v)))
                ++out[static_cast<size_t>(v)];
        }
    }
    return out;
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return m_filter.accepts(m_model->keysAt(sourceRow));
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Integer keys: sorting 100,000 rows by QDateTime would take most of a keystroke's budget.
    const TaskKeys &a = m_model->keysAt(left.row());
    const TaskKeys &b = m_model->keysAt(right.row());
    const auto dueBefore = [&] { return a.due != b.due ? a.due < b.due : a.id < b.id; };
    if (left.column() == TaskListModel::DueColumn)
        return dueBefore();
    const int byText = QString::localeAwareCompare(left.data().toString(), right.data().toString());
    return byText != 0 ? byText < 0 : dueBefore();
}

} // namespace engage
