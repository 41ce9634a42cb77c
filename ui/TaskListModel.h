#pragma once

#include "core/CallingHours.h"
#include "core/Clock.h"
#include "core/FlowExpiry.h"
#include "core/Task.h"
#include "core/TaskDiff.h"
#include "core/TaskFilter.h"
#include "core/TaskList.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimer>

#include <functional>

namespace engage {

// A tooltip that shows `text` literally, however much it looks like HTML.
QString plainToolTip(const QString &text);

// The rep's tasks as table rows. Keeps each task's folded search text beside it, so a search
// keystroke over 100,000 tasks does not rebuild 100,000 strings.
//
// Calling hours: the Local time column shows the contact's wall clock while their hours are
// open, and a moon with when they open on the rep's clock while they are closed. One CallingHours
// per distinct zone id is kept (a list of 10,000 tasks has a few dozen zones), and the text is only
// made in data(), which views ask for visible rows only.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        ContactColumn,
        LocalTimeColumn,
        CompanyColumn,
        WhatColumn,
        TypeColumn,
        OpportunityColumn,
        ColumnCount
    };
    enum Role {
        TaskRole = Qt::UserRole + 1,
        TaskIdRole,
        SearchKeyRole,
        DueRole,
        SyncMarkRole,
        CallableRole, // bool: the contact is inside calling hours now
        // Named in dataChanged only when the row's filter inputs (its TaskKeys) or its place in
        // the order (for `sortColumn`, applyDiff) moved: the proxy's filter and sort roles, so
        // a row that only reads differently is repainted, not filtered and sorted again.
        FilterInputsRole,
        SortInputsRole,
    };
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
    // The rows become `after` by moving only what `diff` names (TaskListModelDiff.cpp): rows
    // removed and inserted (beginRemoveRows/beginInsertRows) and rows changed (dataChanged), no
    // reset, so a view keeps its selection, current row and scroll position. `diff` must lead
    // from the rows now to `after` (TaskDiff::between), with the rows not in it in the same
    // order in both; when it does not, the rows are reset to `after`.
    // `accepts` (the view's filter, on a row's keys) and `sortColumn` say which changed rows
    // may move in the view: only their dataChanged names FilterInputsRole or SortInputsRole.
    // Rows that come and go move at once. Up to RowsAtOnce changed rows change at once too; more
    // change a slice per turn of the event loop (SliceMs each), so that a refresh of 10,000
    // changed rows never holds the window for long. Until the last slice the rows not yet
    // reached show what they showed before; any other change to the rows finishes them first.
    using Accepts = std::function<bool(const TaskKeys &keys)>;
    void applyDiff(const TaskList &after, const TaskDiff &diff, const Accepts &accepts = {},
                   int sortColumn = DueColumn);
    static constexpr qsizetype RowsAtOnce = 500;
    static constexpr qint64 SliceMs = 4;
    // Changed rows of the last applyDiff are still waiting for their slice.
    bool hasPendingRows() const { return m_pending.active; }
    void setMarkProvider(MarkProvider provider) { m_marks = std::move(provider); }
    const TaskList &tasks() const { return m_tasks; }
    const Task &taskAt(int row) const { return m_tasks.at(row); }
    const TaskKeys &keysAt(int row) const { return m_keys.at(row); }
    int rowOf(qint64 taskId) const;

    // The rep's calling hours and own zone (until called: the defaults and the clock's zone).
    // Forgets the hours kept per zone, repaints the Local time column and emits
    // callingHoursChanged.
    void setCallingHours(const CallingHoursSettings &settings, const QTimeZone &repZone);
    const CallingHoursSettings &callingHoursSettings() const { return m_hoursSettings; }
    QTimeZone repZone() const { return m_repZone; }
    // The task's contact's hours (a task without a contact has no zone), kept per zone id.
    CallingHours hoursFor(const Task &task) const;
    CallingHours hoursForZone(const QString &zoneId) const;
    // The Local time column's text: "14:30" while open ("no time zone" or "unknown time zone"
    // without a usable one), "opens 09:00 your time" or "opens 01:00 Tue your time" while
    // closed. The tooltip is CallingHours::label(), with the time there.
    static QString localTimeText(const CallingHours &hours, const QDateTime &now);

    // The company's flow to-do expiry: the Due column adds "expires in 3 d" or "expired".
    // Repaints the column and emits flowExpiryChanged.
    void setFlowExpiry(const FlowExpiry &expiry);
    const FlowExpiry &flowExpiry() const { return m_expiry; }
    // How many other open tasks the row's contact has (the Contact column's "(+2)").
    int othersForContact(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    // Without QAbstractTableModel's two virtual calls per index: sorting 10,000 rows asks for
    // some 280,000 of them.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QIcon pendingIcon();
    static QIcon failedIcon();
    static QIcon conflictIcon();
    // The Local time column's mark for a contact outside calling hours.
    static QIcon closedIcon();

signals:
    void callingHoursChanged();
    void flowExpiryChanged();
    // The last slice of an applyDiff is in: the rows are the list it was given.
    void pendingRowsApplied();

private:
    // The changed rows of an applyDiff that wait for their slice (TaskListModelDiff.cpp).
    struct PendingRows {
        bool active = false;
        TaskList after;
        QList<TaskDiff::Row> changed;
        qsizetype next = 0; // the first of `changed` not yet applied
        Accepts accepts;
        int sortColumn = DueColumn;
        QHash<QString, int> countsBefore; // open tasks per contact before the diff
    };
    static constexpr qsizetype RowsPerStep = 256;
    // Applies up to `count` more of the pending rows; true when none is left.
    bool applyPendingRows(qsizetype count);
    void applyNextSlice();
    void finishPendingRows();
    void endPendingRows();
    PendingRows m_pending;
    QTimer m_sliceTimer;
    QString displayText(const Task &task, int row, int column) const;
    void rebuildRowOf();
    // Whether a changed row's filter result (bit 0) or its place in the order (bit 1) may
    // have moved: its dataChanged then names FilterInputsRole, SortInputsRole.
    int movedInputs(const Task &was, const TaskKeys &wasKeys, int row, const Accepts &accepts,
                    int sortColumn) const;
    // The Contact column of the other rows of contacts whose open count moved.
    void repaintContacts(const QHash<QString, int> &countsBefore);
    // Qt::AccessibleTextRole: the row's sentence in the first column, "Header: value" in the
    // others (TaskAccessibleText). Qt::AccessibleDescriptionRole: the tooltips' facts.
    QString accessibleText(const Task &task, int row, int column) const;
    QString accessibleDescription(const Task &task) const;

    const Clock &m_clock;
    TaskList m_tasks;
    QList<TaskKeys> m_keys; // per row, for filtering and sorting
    // Built when first asked for, not at a reset: a start shows the list before anything
    // looks a row up by id.
    mutable QHash<qint64, int> m_rowOf;
    mutable bool m_rowOfUnbuilt = false;
    bool m_rowOfStale = false; // inside applyDiff: rowOf() checks, and looks further
    void buildRowOf() const;
    MarkProvider m_marks;
    CallingHoursSettings m_hoursSettings;
    QTimeZone m_repZone;
    mutable QHash<QString, CallingHours> m_hoursByZone;
    FlowExpiry m_expiry;
    QHash<QString, int> m_openPerContact; // open tasks per SameContact key
    void countContact(const TaskKeys &keys, int delta);
};

} // namespace engage

Q_DECLARE_METATYPE(engage::Task)
