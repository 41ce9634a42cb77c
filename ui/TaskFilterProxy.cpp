#include "TaskFilterProxy.h"

#include "TaskListModel.h"

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
    invalidateRowsFilter();
    emit criteriaChanged();
}

void TaskFilterProxy::setSearchText(const QString &text)
{
    m_filter.setSearchText(text);
    invalidateRowsFilter();
    emit criteriaChanged();
}

void TaskFilterProxy::setTypeFilter(std::optional<TaskType> type)
{
    m_filter.setType(type);
    invalidateRowsFilter();
    emit criteriaChanged();
}

void TaskFilterProxy::setFlowFilter(std::optional<qint64> flowId)
{
    m_filter.setFlowId(flowId);
    invalidateRowsFilter();
    emit criteriaChanged();
}

void TaskFilterProxy::refreshReference()
{
    m_filter.setReference(m_clock.now(), m_clock.timeZone());
    invalidateRowsFilter();
    emit criteriaChanged();
}

std::array<int, TaskViewCount> TaskFilterProxy::viewCounts() const
{
    std::array<int, TaskViewCount> out{};
    if (!m_model)
        return out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Task &task = m_model->taskAt(row);
        // Counts are of work left: a task just marked done no longer counts.
        if (task.status != TaskStatus::Open && task.status != TaskStatus::Unknown)
            continue;
        if (!m_filter.matchesCriteria(task, m_model->searchKeyAt(row)))
            continue;
        for (int v = 0; v < TaskViewCount; ++v) {
            if (m_filter.inView(task, static_cast<TaskView>(v)))
                ++out[static_cast<size_t>(v)];
        }
    }
    return out;
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return m_filter.accepts(m_model->taskAt(sourceRow), m_model->searchKeyAt(sourceRow));
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Task &a = m_model->taskAt(left.row());
    const Task &b = m_model->taskAt(right.row());
    if (left.column() == TaskListModel::DueColumn)
        return TaskFilter::dueBefore(a, b);
    const int byText = QString::localeAwareCompare(left.data().toString(), right.data().toString());
    return byText != 0 ? byText < 0 : TaskFilter::dueBefore(a, b);
}

} // namespace engage
