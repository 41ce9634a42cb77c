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
        const Task &task = m_model->taskAt(row);
        // Counts are of work left: a task just marked done no longer counts.
        if (task.status != TaskStatus::Open && task.status != TaskStatus::Unknown)
            continue;
        if (!m_filter.matchesCriteria(task, m_model->searchKeyAt(row)))
            continue;
        for (int v = 0; v < TaskViewCount; ++v) {
            if (m_filter.inView(m_model->dueKeyAt(row), static_cast<TaskView>(v)))
                ++out[static_cast<size_t>(v)];
        }
    }
    return out;
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return m_filter.inView(m_model->dueKeyAt(sourceRow), m_filter.view()) &&
           m_filter.matchesCriteria(m_model->taskAt(sourceRow), m_model->searchKeyAt(sourceRow));
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Integer keys: sorting 100,000 rows by QDateTime would take most of a keystroke's budget.
    const qint64 dueA = m_model->dueKeyAt(left.row());
    const qint64 dueB = m_model->dueKeyAt(right.row());
    const auto dueBefore = [&] {
        if (dueA != dueB)
            return dueA < dueB;
        return m_model->taskAt(left.row()).id < m_model->taskAt(right.row()).id;
    };
    if (left.column() == TaskListModel::DueColumn)
        return dueBefore();
    const int byText = QString::localeAwareCompare(left.data().toString(), right.data().toString());
    return byText != 0 ? byText < 0 : dueBefore();
}

} // namespace engage
