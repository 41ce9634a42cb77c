#pragma once

#include "core/Clock.h"
#include "core/TaskFilter.h"

#include <QSortFilterProxyModel>

namespace engage {

class TaskListModel;

// Shows the rows core's TaskFilter accepts, most overdue first. The filter itself lives in
// core so that it is tested without widgets.
class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxy(const Clock &clock, QObject *parent = nullptr);

    void setTaskModel(TaskListModel *model);
    const TaskFilter &filter() const { return m_filter; }

    void setView(TaskView view);
    void setSearchText(const QString &text);
    void setTypeFilter(std::optional<TaskType> type);
    void setFlowFilter(std::optional<qint64> flowId);
    // Re-reads the clock: views move as time passes.
    void refreshReference();
    // Task counts per view under the current search, type and flow filters.
    std::array<int, TaskViewCount> viewCounts() const;

signals:
    void criteriaChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const Clock &m_clock;
    TaskListModel *m_model = nullptr;
    TaskFilter m_filter;
};

} // namespace engage
