#pragma once

#include "core/Task.h"
#include "ui/TaskListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace engage {

// What a screen reader says for a row of the task list, in words rather than marks: "Call Jon
// Snow, Winterfell Logistics, overdue 5 days, Renewal outreach step 1, change waiting to reach
// Gong". The list shows the same facts with colour, strike-through and dots; this spells them.
class TaskAccessibleText
{
    Q_DECLARE_TR_FUNCTIONS(TaskAccessibleText)
public:
    // The row as one sentence. `closedText` is what the Local time column says while the
    // contact is outside calling hours ("opens 09:00 your time"); empty while they are open.
    static QString row(const Task &task, const QDateTime &now, const QTimeZone &zone,
                       const TaskListModel::RowMark &mark, const QString &closedText);
    // "overdue 5 days", "due today at 14:30", "due in 3 days, on Thursday 3 December".
    static QString due(const QDateTime &due, const QDateTime &now, const QTimeZone &zone);
    // "Renewal outreach step 1", or a manual task's title.
    static QString what(const Task &task);
    // "change waiting to reach Gong", "Gong refused the change"; empty without a mark.
    static QString mark(const TaskListModel::RowMark &mark);
    // One cell on its own: "Company: Winterfell Logistics".
    static QString cell(const QString &header, const QString &value);
};

} // namespace engage
