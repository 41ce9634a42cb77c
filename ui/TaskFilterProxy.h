#pragma once

#include "core/Clock.h"
#include "core/TaskFilter.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace engage {

class TaskListModel;

// Shows the rows core's TaskFilter accepts, most overdue first. The filter itself lives in
// core so that it is tested without widgets. "Callable now" also hides the tasks whose contact
// is outside calling hours (the model's hoursFor) at the reference time; whether a zone is
// open is worked out once per zone and reference, so a keystroke over 10,000 rows stays a hash
// lookup per row.
class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxy(const Clock &clock, QObject *parent = nullptr);

    void setTaskModel(TaskListModel *model);
    const TaskListModel *taskModel() const { return m_model; }
    const TaskFilter &filter() const { return m_filter; }

    void setView(TaskView view);
    void setSearchText(const QString &text);
    void setTypeFilter(std::optional<TaskType> type);
    void setFlowFilter(std::optional<qint64> flowId);
    // Only tasks whose contact may be called now.
    void setCallableOnly(bool on);
    bool callableOnly() const { return m_callableOnly; }
    // Only flow to-dos within FlowExpiry::SoonDays of their expiry or past it (the model's
    // flowExpiry()).
    void setExpiringOnly(bool on);
    bool expiringOnly() const { return m_expiringOnly; }
    bool isExpiring(const TaskKeys &keys) const;
    // Whether a row with these keys is shown under the current criteria (filterAcceptsRow).
    bool accepts(const TaskKeys &keys) const;
    // Re-reads the clock: views move as time passes, and contacts' calling hours open and close.
    // ByTheCaller: the rows are about to be reset, which sorts and filters them anyway.
    enum class Rebuild { Now, ByTheCaller };
    void refreshReference(Rebuild rebuild = Rebuild::Now);
    // Task counts per view under the current search, type, flow and callable filters.
    // Task counts per view under the current search, type, flow, callable and expiring filters,
    // and how many of every view's tasks are expiring (ignoring the expiring filter itself).
    struct Counts {
        std::array<int, TaskViewCount> views{};
        int expiring = 0;
    };
    Counts counts() const;
    std::array<int, TaskViewCount> viewCounts() const { return counts().views; }
    // Whether the model's row is inside its contact's calling hours at the reference time.
    bool isCallable(int sourceRow) const;

signals:
    void criteriaChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // A zone at the reference time: open, or when it opens (ms since the epoch; max: never).
    struct Reach {
        bool open = true;
        qint64 opensAt = 0;
    };
    Reach reachOf(const QString &zoneId) const;
    void forgetReach();

    const Clock &m_clock;
    TaskListModel *m_model = nullptr;
    TaskFilter m_filter;
    bool m_callableOnly = false;
    bool m_expiringOnly = false;
    qint64 m_expiringDue = 0;              // FlowExpiry::soonDueLimit() at the reference time
    mutable QHash<QString, Reach> m_reach; // per zone id, for the reference time
    QMetaObject::Connection m_hoursChanged;
    QMetaObject::Connection m_expiryChanged;
    void updateExpiringLimit();
};

} // namespace engage
