#include "TaskListModel.h"

#include "DueText.h"
#include "TaskFilter.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace engage {

QString plainToolTip(const QString &text)
{
    // Tooltips guess rich text from content; server strings must never be taken as markup.
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

TaskListModel::TaskListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

void TaskListModel::setTasks(const QList<Task> &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    m_searchKeys.clear();
    m_searchKeys.reserve(m_tasks.size());
    for (const Task &t : std::as_const(m_tasks))
        m_searchKeys.append(TaskFilter::searchKey(t));
    endResetModel();
}

int TaskListModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == taskId)
            return row;
    }
    return -1;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskListModel::displayText(const Task &task, int column) const
{
    switch (column) {
    case DueColumn:
        return DueText::format(task.dueDate, m_clock.now(), m_clock.timeZone());
    case ContactColumn:
        return task.contact ? task.contact->displayName() : QString();
    case CompanyColumn:
        if (task.contact && !task.contact->companyName.isEmpty())
            return task.contact->companyName;
        return task.account ? task.account->name : QString();
    case WhatColumn:
        return task.whatToDo();
    case TypeColumn:
        return task.type == TaskType::Flow     ? QStringLiteral("Flow")
               : task.type == TaskType::Manual ? QStringLiteral("Manual")
                                               : QString();
    case OpportunityColumn:
        return task.opportunity ? task.opportunity->name : QString();
    }
    return {};
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = displayText(task, index.column());
        return text.isEmpty() ? QStringLiteral("—") : text;
    }
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && task.dueDate.isValid())
            return task.dueDate.toTimeZone(m_clock.timeZone()).toString(Qt::TextDate);
        return plainToolTip(displayText(task, index.column()));
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && task.dueDate.isValid() && task.dueDate < m_clock.now())
            return QBrush(QColor(0xB0, 0x3A, 0x2E));
        return {};
    case TaskRole:
        return QVariant::fromValue(task);
    case TaskIdRole:
        return task.id;
    case SearchKeyRole:
        return m_searchKeys.at(index.row());
    case DueRole:
        return task.dueDate;
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return QStringLiteral("Due");
    case ContactColumn:
        return QStringLiteral("Contact");
    case CompanyColumn:
        return QStringLiteral("Company");
    case WhatColumn:
        return QStringLiteral("What to do");
    case TypeColumn:
        return QStringLiteral("Type");
    case OpportunityColumn:
        return QStringLiteral("Opportunity");
    }
    return {};
}

} // namespace engage
