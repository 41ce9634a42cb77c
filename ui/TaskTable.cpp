#include "ui/TaskTable.h"

#include "ui/PaddedRowDelegate.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"

#include <QAccessible>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>

#include <algorithm>
#include <utility>

namespace engage {

TaskTable::TaskTable(const Clock &clock, QWidget *parent)
    : QTreeView(parent)
    , m_model(new TaskListModel(clock, this))
    , m_proxy(new TaskFilterProxy(clock, this))
{
    m_proxy->setTaskModel(m_model);
    setObjectName(QStringLiteral("taskView"));
    setModel(m_proxy);
    // A large refresh's rows change a slice at a time: the view is painted once, after the last.
    connect(m_model, &TaskListModel::pendingRowsApplied, this, [this] {
        if (std::exchange(m_repaintAfterSlices, false))
            viewport()->update();
    });
    // A screen reader asks for cells from the view's rows, which the view lays out again only
    // on a timer after the rows change: a question in between read a stale row and crashed
    // (Qt 6.4). With a reader on, the rows are laid out at once.
    const auto layOutForReader = [this] {
        if (QAccessible::isActive())
            executeDelayedItemsLayout();
    };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, layOutForReader);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, layOutForReader);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, layOutForReader);
    // Left unset, the header works it out from the font again each time a section is sized:
    // 3 % of start-up with 10,000 rows. The same value, once.
    header()->setMinimumSectionSize(header()->minimumSectionSize());
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    sortByColumn(TaskListModel::DueColumn, Qt::AscendingOrder);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setTextElideMode(Qt::ElideRight);
    setItemDelegate(new PaddedRowDelegate(this));
    header()->setStretchLastSection(true);
    // Widths in characters, so a large font widens the columns instead of clipping them.
    const int ch = fontMetrics().averageCharWidth();
    setColumnWidth(TaskListModel::DueColumn, 19 * ch);
    setColumnWidth(TaskListModel::ContactColumn, 21 * ch);
    // Wide enough for "03:10 · opens 09:00 Tue your time"; the tooltip has the whole story.
    setColumnWidth(TaskListModel::LocalTimeColumn, 28 * ch);
    setColumnWidth(TaskListModel::CompanyColumn, 23 * ch);
    setColumnWidth(TaskListModel::WhatColumn, 32 * ch);
    setColumnWidth(TaskListModel::TypeColumn, 9 * ch);
    // A screen reader says this when the list takes the keyboard, then each row's sentence
    // (TaskListModel's Qt::AccessibleTextRole). QTreeView itself sends Focus and Selection
    // events as the current row moves.
    setAccessibleName(tr("Tasks"));
    setAccessibleDescription(tr("Your call tasks. J and K move, D marks done, R reschedules, "
                                "S starts calling; press ? for every key."));

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TaskTable::currentTaskChanged);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaskTable::selectedTasksChanged);
}

TaskTable::~TaskTable()
{
    // The model and proxy are children and go after the view's own parts: detach them first.
    selectionModel()->disconnect(this);
    setModel(nullptr);
}

QList<qint64> TaskTable::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : sorted)
        ids.append(index.data(TaskListModel::TaskIdRole).toLongLong());
    if (ids.isEmpty() && currentIndex().isValid())
        ids.append(currentIndex().data(TaskListModel::TaskIdRole).toLongLong());
    return ids;
}

QList<qint64> TaskTable::visibleIds() const
{
    QList<qint64> ids;
    const int rows = m_proxy->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(m_proxy->index(row, 0).data(TaskListModel::TaskIdRole).toLongLong());
    return ids;
}

qint64 TaskTable::currentTaskId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(TaskListModel::TaskIdRole).toLongLong() : 0;
}

QModelIndex TaskTable::proxyIndexOf(qint64 taskId) const
{
    const int sourceRow = taskId == 0 ? -1 : m_model->rowOf(taskId);
    if (sourceRow < 0)
        return {};
    return m_proxy->mapFromSource(m_model->index(sourceRow, 0));
}

void TaskTable::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    setCurrentIndex(m_proxy->index(row, 0));
    setFocus();
}

void TaskTable::advanceAfter(const QList<qint64> &ids)
{
    int last = -1;
    for (qint64 id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        last = std::max(last, index.row());
    }
    // The next row that is still open; closed rows stay visible until the next refresh.
    for (int row = last + 1; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TaskListModel::TaskRole).value<Task>().status == TaskStatus::Open) {
            setCurrentIndex(index);
            return;
        }
    }
}

void TaskTable::selectFirstIfNone()
{
    if (!currentIndex().isValid() && m_proxy->rowCount() > 0)
        setCurrentIndex(m_proxy->index(0, 0));
}

TaskTable::Place TaskTable::place() const
{
    Place place;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        place.selected.append(index.data(TaskListModel::TaskIdRole).toLongLong());
    place.currentId = currentTaskId();
    place.currentRow = std::max(currentIndex().row(), 0);
    const QModelIndex top = indexAt(QPoint(0, 0));
    place.topId = top.isValid() ? top.data(TaskListModel::TaskIdRole).toLongLong() : 0;
    place.scroll = verticalScrollBar()->value();
    return place;
}

void TaskTable::restorePlace(const Place &place)
{
    QItemSelection selection;
    for (qint64 id : place.selected) {
        const QModelIndex index = proxyIndexOf(id);
        if (index.isValid())
            selection.select(index, index);
    }
    if (!selection.isEmpty())
        selectionModel()->select(selection,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The current row, or where it was when it left the list: never at the cost of the
    // selection (setCurrentIndex() alone would clear it).
    QModelIndex current = proxyIndexOf(place.currentId);
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(std::clamp(place.currentRow, 0, m_proxy->rowCount() - 1), 0);
    if (current.isValid())
        selectionModel()->setCurrentIndex(current, selection.isEmpty()
                                                       ? QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows
                                                       : QItemSelectionModel::NoUpdate);
    if (const QModelIndex index = proxyIndexOf(place.topId); index.isValid())
        scrollTo(index, QAbstractItemView::PositionAtTop);
    else
        verticalScrollBar()->setValue(place.scroll);
}

void TaskTable::setMarkSource(MarkSource source)
{
    if (!source) {
        m_model->setMarkProvider({});
        return;
    }
    m_model->setMarkProvider([source = std::move(source)](qint64 id) {
        const SyncEngine::Mark mark = source(id);
        if (mark.conflict)
            return TaskListModel::RowMark{TaskListModel::SyncMark::Conflict, mark.failure};
        if (mark.failed)
            return TaskListModel::RowMark{TaskListModel::SyncMark::Failed, mark.failure};
        if (mark.pending)
            return TaskListModel::RowMark{TaskListModel::SyncMark::Pending, {}};
        return TaskListModel::RowMark{};
    });
}

void TaskTable::setTasks(const TaskList &tasks)
{
    // The reset sorts and filters the rows once, by the reference taken first (sorting 10,000
    // rows a second time was 2 ms of a start).
    m_proxy->refreshReference(TaskFilterProxy::Rebuild::ByTheCaller);
    m_model->setTasks(tasks);
}

void TaskTable::applyDiff(const TaskList &after, const TaskDiff &diff)
{
    const qint64 current = currentTaskId();
    const int currentRow = currentIndex().row();
    // Only rows that come or go shift the view (asking where the top is lays the view out).
    const bool shifts = !diff.added.isEmpty() || !diff.removed.isEmpty();
    const QModelIndex topIndex = shifts ? indexAt(QPoint(0, 0)) : QModelIndex();
    const qint64 top =
        topIndex.isValid() ? topIndex.data(TaskListModel::TaskIdRole).toLongLong() : 0;
    m_model->applyDiff(
        after, diff, [this](const TaskKeys &keys) { return m_proxy->accepts(keys); },
        m_proxy->sortColumn());
    // Rows that came or left above the view shift it: the task at the top stays at the top.
    if (const QModelIndex index = shifts ? proxyIndexOf(top) : QModelIndex();
        index.isValid() && indexAt(QPoint(0, 0)) != index)
        scrollTo(index, QAbstractItemView::PositionAtTop);
    if (current == 0 || !diff.removed.contains(current) || m_proxy->rowCount() == 0) {
        selectFirstIfNone(); // the first list (nothing was current): the first row, as a reset
        return;
    }
    // Qt moves the current index to the row above a removed one; the rep's place is the row.
    const QModelIndex index = m_proxy->index(std::clamp(currentRow, 0, m_proxy->rowCount() - 1), 0);
    selectionModel()->setCurrentIndex(index, selectionModel()->hasSelection()
                                                 ? QItemSelectionModel::NoUpdate
                                                 : QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
}

void TaskTable::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles)
{
    // QTreeView walks every row between the two (its height, its children, its rectangle); the
    // proxy names the span its sorted rows cover, which after a refresh is most of the list:
    // 10 ms for 10,000 rows. A span taller than the view repaints the whole view instead; a flat
    // list of uniform rows has no heights or children to relearn.
    // While a large refresh's rows change a slice at a time, the view waits for the last slice
    // and is painted once, not after every slice.
    const bool sliced = m_model->hasPendingRows();
    if (!sliced && bottomRight.row() - topLeft.row() <= TallSpanRows) {
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    if (sliced)
        m_repaintAfterSlices = true;
    else
        viewport()->update();
    if (QAccessible::isActive()) {
        QAccessibleTableModelChangeEvent event(this, QAccessibleTableModelChangeEvent::DataChanged);
        event.setFirstRow(topLeft.row());
        event.setFirstColumn(topLeft.column());
        event.setLastRow(bottomRight.row());
        event.setLastColumn(bottomRight.column());
        QAccessible::updateAccessibility(&event);
    }
}

void TaskTable::updateTask(const Task &task)
{
    m_model->updateTask(task);
}

void TaskTable::refreshTimes()
{
    m_proxy->refreshReference();
    viewport()->update();
}

} // namespace engage
