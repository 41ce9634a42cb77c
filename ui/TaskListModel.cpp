#include "ui/TaskListModel.h"

#include "core/DueText.h"
#include "core/Parallel.h"
#include "core/TaskFilter.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace engage {

QString plainToolTip(const QString &text)
{
    // Tooltips guess rich text from content; server strings must never be taken as markup.
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

namespace {
// Small round marks drawn once: a blue dot for "on its way", a red one for "refused".
QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    return QIcon(pixmap);
}
} // namespace

QIcon TaskListModel::pendingIcon()
{
    static const QIcon icon = dotIcon(QColor(0x2F, 0x6F, 0xD0));
    return icon;
}

QIcon TaskListModel::failedIcon()
{
    static const QIcon icon = dotIcon(QColor(0xC6, 0x28, 0x28));
    return icon;
}

QIcon TaskListModel::conflictIcon()
{
    static const QIcon icon = dotIcon(QColor(0xE0, 0x8A, 0x00));
    return icon;
}

TaskListModel::TaskListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void TaskListModel::setTasks(const TaskList &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    const qsizetype n = m_tasks.size();
    m_keys = QList<TaskKeys>(n);
    // Folding accents for search is the costly part of a reset: 25 ms for 10,000 tasks on one
    // core. Each thread writes its own rows.
    TaskKeys *keys = m_keys.data();
    parallelFor(n, 1000, [this, keys](qsizetype from, qsizetype to) {
        for (qsizetype row = from; row < to; ++row)
            keys[row] = TaskFilter::keys(m_tasks.at(row));
    });
    m_rowOf.clear();
    m_rowOf.reserve(n);
    for (qsizetype row = 0; row < n; ++row)
        m_rowOf.insert(m_tasks.at(row).id, static_cast<int>(row));
    endResetModel();
}

void TaskListModel::updateTask(const Task &task)
{
    const int row = rowOf(task.id);
    if (row < 0)
        return;
    m_tasks.replace(row, task);
    m_keys[row] = TaskFilter::keys(task);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
    case Qt::ToolTipRole: {
        const RowMark mark = m_marks ? m_marks(task.id) : RowMark{};
        if (index.column() == DueColumn) {
            QString tip = task.dueDate.isValid()
                              ? task.dueDate.toTimeZone(m_clock.timeZone()).toString(Qt::TextDate)
                              : QStringLiteral("No due date");
            if (mark.mark == SyncMark::Pending)
                tip += QStringLiteral("\nChange waiting to reach Gong");
            else if (mark.mark == SyncMark::Failed)
                tip += QStringLiteral("\nGong refused this change: ") + mark.failure;
            else if (mark.mark == SyncMark::Conflict)
                tip += QStringLiteral("\n") + mark.failure;
            return plainToolTip(tip);
        }
        return plainToolTip(displayText(task, index.column()));
    }
    case Qt::DecorationRole:
        if (index.column() == DueColumn && m_marks) {
            const RowMark mark = m_marks(task.id);
            if (mark.mark == SyncMark::Pending)
                return pendingIcon();
            if (mark.mark == SyncMark::Failed)
                return failedIcon();
            if (mark.mark == SyncMark::Conflict)
                return conflictIcon();
        }
        return {};
    case Qt::FontRole:
        if (task.status == TaskStatus::Done || task.status == TaskStatus::Dismissed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (task.status == TaskStatus::Done || task.status == TaskStatus::Dismissed)
            return QBrush(QColor(0x88, 0x88, 0x88));
        if (index.column() == DueColumn && task.dueDate.isValid() && task.dueDate < m_clock.now())
            return QBrush(QColor(0xB0, 0x3A, 0x2E));
        return {};
    case SyncMarkRole:
        return m_marks ? static_cast<int>(m_marks(task.id).mark) : 0;
    case TaskRole:
        return QVariant::fromValue(task);
    case TaskIdRole:
        return task.id;
    case SearchKeyRole:
        return m_keys.at(index.row()).search;
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
