#include "ui/TaskAccessibleText.h"

#include <QLocale>

#include <algorithm>

namespace engage {

QString TaskAccessibleText::due(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    if (!due.isValid())
        return tr("no due date");
    const QDateTime local = due.toTimeZone(zone);
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (due < now) {
        const qint64 secs = due.secsTo(now);
        if (secs < 3600) {
            const int minutes = static_cast<int>(std::max<qint64>(1, secs / 60));
            return tr("overdue %n minute(s)", nullptr, minutes);
        }
        if (secs < 86400) {
            const int hours = static_cast<int>(secs / 3600);
            return tr("overdue %n hour(s)", nullptr, hours);
        }
        const int days = static_cast<int>(secs / 86400);
        return tr("overdue %n day(s)", nullptr, days);
    }
    const qint64 days = now.toTimeZone(zone).date().daysTo(local.date());
    if (days == 0)
        return tr("due today at %1").arg(time);
    if (days == 1)
        return tr("due tomorrow at %1").arg(time);
    // In the rep's language, as the list's own due column.
    const QString date = QLocale().toString(local.date(), QStringLiteral("dddd d MMMM"));
    const int n = static_cast<int>(days);
    return tr("due in %n day(s), on %1 at %2", nullptr, n).arg(date, time);
}

QString TaskAccessibleText::what(const Task &task)
{
    if (!task.title.isEmpty())
        return task.title;
    if (!task.flow)
        return {};
    const QString name = task.flow->name.isEmpty() ? tr("flow") : task.flow->name;
    if (task.flow->step && task.flow->step->stepNumber > 0)
        return tr("%1 step %2").arg(name).arg(task.flow->step->stepNumber);
    if (task.flow->step && !task.flow->step->name.isEmpty())
        return tr("%1, %2").arg(name, task.flow->step->name);
    return name;
}

QString TaskAccessibleText::mark(const TaskListModel::RowMark &mark)
{
    switch (mark.mark) {
    case TaskListModel::SyncMark::None:
        return {};
    case TaskListModel::SyncMark::Pending:
        return tr("change waiting to reach Gong");
    case TaskListModel::SyncMark::Failed:
        return tr("Gong refused the change");
    case TaskListModel::SyncMark::Conflict:
        return tr("changed in Gong meanwhile, held for you to decide");
    }
    return {};
}

QString TaskAccessibleText::row(const Task &task, const QDateTime &now, const QTimeZone &zone,
                                const TaskListModel::RowMark &rowMark, const QString &closedText)
{
    QStringList parts;
    const QString name = task.contact ? task.contact->displayName() : QString();
    parts << (name.isEmpty() ? tr("Call, no contact") : tr("Call %1").arg(name));
    QString company = task.contact ? task.contact->companyName : QString();
    if (company.isEmpty() && task.account)
        company = task.account->name;
    if (!company.isEmpty())
        parts << company;
    parts << due(task.dueDate, now, zone);
    if (const QString step = what(task); !step.isEmpty())
        parts << step;
    if (task.status == TaskStatus::Done)
        parts << tr("done");
    else if (task.status == TaskStatus::Dismissed)
        parts << tr("dismissed");
    if (const QString m = mark(rowMark); !m.isEmpty())
        parts << m;
    if (!closedText.isEmpty())
        parts << tr("outside calling hours, %1").arg(closedText);
    return parts.join(QStringLiteral(", "));
}

QString TaskAccessibleText::cell(const QString &header, const QString &value)
{
    return tr("%1: %2").arg(header, value.isEmpty() ? tr("none") : value);
}

} // namespace engage
