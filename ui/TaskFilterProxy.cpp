#include "ui/TaskFilterProxy.h"

#include "ui/TaskListModel.h"

#include <limits>

namespace engage {

TaskFilterProxy::TaskFilterProxy(const Clock &clock, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_clock(clock)
{
    m_filter.setReference(m_clock.now(), m_clock.timeZone());
    setDynamicSortFilter(true);
    // lessThan and filterAcceptsRow read the model's keys, not a role: these roles only say,
    // in the model's dataChanged, that a row's filter inputs or its order moved.
    setSortRole(TaskListModel::SortInputsRole);
    setFilterRole(TaskListModel::FilterInputsRole);
}

void TaskFilterProxy::setTaskModel(TaskListModel *model)
{
    disconnect(m_hoursChanged);
    disconnect(m_expiryChanged);
    m_model = model;
    forgetReach();
    updateExpiringLimit();
    setSourceModel(model);
    sort(TaskListModel::DueColumn, Qt::AscendingOrder);
    if (m_model)
        m_hoursChanged = connect(m_model, &TaskListModel::callingHoursChanged, this, [this] {
            forgetReach();
            invalidate();
            emit criteriaChanged();
        });
    if (m_model)
        m_expiryChanged = connect(m_model, &TaskListModel::flowExpiryChanged, this, [this] {
            updateExpiringLimit();
            invalidate();
            emit criteriaChanged();
        });
}

void TaskFilterProxy::updateExpiringLimit()
{
    m_expiringDue =
        m_model ? m_model->flowExpiry().soonDueLimit(m_filter.now().toMSecsSinceEpoch()) : 0;
}

bool TaskFilterProxy::isExpiring(const TaskKeys &keys) const
{
    // FlowExpiry::canExpire and state() != None, on the integer keys.
    return keys.hasFlow && keys.type != TaskType::Manual && keys.due != TaskFilter::NoDue &&
           keys.due <= m_expiringDue;
}

void TaskFilterProxy::setExpiringOnly(bool on)
{
    if (on == m_expiringOnly)
        return;
    m_expiringOnly = on;
    invalidate(); // a full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows
    emit criteriaChanged();
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

void TaskFilterProxy::setCallableOnly(bool on)
{
    if (on == m_callableOnly)
        return;
    m_callableOnly = on;
    invalidate(); // a full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows
    emit criteriaChanged();
}

void TaskFilterProxy::refreshReference(Rebuild rebuild)
{
    m_filter.setReference(m_clock.now(), m_clock.timeZone());
    forgetReach();
    updateExpiringLimit();
    // A full rebuild: O(n log n), where row-by-row insertion is O(n²) at 100k rows.
    if (rebuild == Rebuild::Now)
        invalidate();
    emit criteriaChanged();
}

TaskFilterProxy::Counts TaskFilterProxy::counts() const
{
    Counts out;
    if (!m_model)
        return out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TaskKeys &keys = m_model->keysAt(row);
        // Counts are of work left: a task just marked done no longer counts.
        if (keys.status != TaskStatus::Open && keys.status != TaskStatus::Unknown)
            continue;
        if (!m_filter.matchesCriteria(keys) || (m_callableOnly && !reachOf(keys.zone).open))
            continue;
        const bool expiring = isExpiring(keys);
        out.expiring += expiring ? 1 : 0;
        if (m_expiringOnly && !expiring)
            continue;
        for (int v = 0; v < TaskViewCount; ++v) {
            if (m_filter.inView(keys.due, static_cast<TaskView>(v)))
                ++out.views[static_cast<size_t>(v)];
        }
    }
    return out;
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return accepts(m_model->keysAt(sourceRow));
}

bool TaskFilterProxy::accepts(const TaskKeys &keys) const
{
    return m_filter.accepts(keys) && (!m_callableOnly || reachOf(keys.zone).open) &&
           (!m_expiringOnly || isExpiring(keys));
}

bool TaskFilterProxy::isCallable(int sourceRow) const
{
    return m_model && sourceRow >= 0 && sourceRow < m_model->rowCount() &&
           reachOf(m_model->keysAt(sourceRow).zone).open;
}

TaskFilterProxy::Reach TaskFilterProxy::reachOf(const QString &zoneId) const
{
    auto it = m_reach.constFind(zoneId);
    if (it != m_reach.cend())
        return *it;
    const CallingHours hours = m_model->hoursForZone(zoneId);
    const QDateTime now = m_filter.now();
    Reach reach;
    reach.open = hours.isOpen(now);
    if (!reach.open) {
        const QDateTime opens = hours.nextOpening(now);
        reach.opensAt =
            opens.isValid() ? opens.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    return *m_reach.insert(zoneId, reach);
}

void TaskFilterProxy::forgetReach()
{
    m_reach.clear();
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Integer keys: sorting 100,000 rows by QDateTime would take most of a keystroke's budget.
    const TaskKeys &a = m_model->keysAt(left.row());
    const TaskKeys &b = m_model->keysAt(right.row());
    const auto dueBefore = [&] { return a.due != b.due ? a.due < b.due : a.id < b.id; };
    if (left.column() == TaskListModel::DueColumn)
        return dueBefore();
    if (left.column() == TaskListModel::LocalTimeColumn) {
        // Who can be called soonest: the open ones first, then by when their hours open.
        const Reach ra = reachOf(a.zone);
        const Reach rb = reachOf(b.zone);
        if (ra.opensAt != rb.opensAt)
            return ra.opensAt < rb.opensAt;
        return dueBefore();
    }
    const int byText = QString::localeAwareCompare(left.data().toString(), right.data().toString());
    return byText != 0 ? byText < 0 : dueBefore();
}

} // namespace engage
