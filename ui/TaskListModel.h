#pragma once

#include "core/Clock.h"
#include "core/Task.h"
#include "core/TaskFilter.h"
#include "core/TaskList.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <functional>

namespace engage {

// A tooltip that shows `text` literally, however much it looks like HTML.
QString plainToolTip(const QString &text);

// The rep's tasks as table rows. Keeps each task's folded search text beside it, so a search
// keystroke over 100,000 tasks does not rebuild 100,000 strings.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        ContactColumn,
        CompanyColumn,
        WhatColumn,
        TypeColumn,
        OpportunityColumn,
        ColumnCount
    };
    enum Role { TaskRole = Qt::UserRole + 1, TaskIdRole, SearchKeyRole, DueRole, SyncMarkRole };
    // What a row shows about its own unsent or refused change.
    enum class SyncMark { None, Pending, Failed, Conflict };
    struct RowMark {
        SyncMark mark = SyncMark::None;
        QString failure;
    };
    using MarkProvider = std::function<RowMark(qint64 taskId)>;

    explicit TaskListModel(const Clock &clock, QObject *parent = nullptr);

    void setTasks(const TaskList &tasks);
    // Replaces one task in place (same id), keeping rows and selection.
    void updateTask(const Task &task);
    void setMarkProvider(MarkProvider provider) { m_marks = std::move(provider); }
    const TaskList &tasks() const { return m_tasks; }
    const Task &taskAt(int row) const { return m_tasks.at(row); }
    const TaskKeys &keysAt(int row) const { return m_keys.at(row); }
    int rowOf(qint64 taskId) const { return m_rowOf.value(taskId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QIcon pendingIcon();
    static QIcon failedIcon();
    static QIcon conflictIcon();

private:
    QString displayText(const Task &task, int column) const;

    const Clock &m_clock;
    TaskList m_tasks;
    QList<TaskKeys> m_keys; // per row, for filtering and sorting
    QHash<qint64, int> m_rowOf;
    MarkProvider m_marks;
};

} // namespace engage

Q_DECLARE_METATYPE(engage::Task)
