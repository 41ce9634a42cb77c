#include "core/SameContact.h"

#include "core/TaskFilter.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace engage {

QString SameContact::keyOf(const Task &task)
{
    return task.contact ? task.contact->crmId.trimmed() : QString();
}

QList<Task> SameContact::others(const TaskList &tasks, const Task &task)
{
    QList<Task> out;
    const QString key = keyOf(task);
    if (key.isEmpty())
        return out;
    // By the keys (TaskKeys::contact is keyOf): only the contact's own tasks are decoded.
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const TaskKeys &k = tasks.keysAt(i);
        if (k.id != task.id && k.contact == key &&
            (k.status == TaskStatus::Open || k.status == TaskStatus::Unknown))
            out.append(tasks.at(i));
    }
    std::sort(out.begin(), out.end(), &TaskFilter::dueBefore);
    return out;
}

QString SameContact::line(const Task &task, const QDateTime &now, const QTimeZone &zone)
{
    QStringList parts{task.whatToDo()};
    if (task.type == TaskType::Manual)
        parts << QCoreApplication::translate("SameContact", "manual");
    if (task.dueDate.isValid()) {
        const QDateTime due = task.dueDate.toTimeZone(zone);
        const qint64 days = now.toTimeZone(zone).date().daysTo(due.date());
        // A day name within the week ahead or behind, else the date.
        const QString when = QLocale().toString(
            due.date(), days > -7 && days < 7 ? QStringLiteral("ddd") : QStringLiteral("d MMM"));
        parts << QCoreApplication::translate("SameContact", "due %1").arg(when);
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString SameContact::nameWithOthers(const QString &name, int others)
{
    if (others <= 0)
        return name;
    return QCoreApplication::translate("SameContact", "%1 (+%n)", nullptr, others).arg(name);
}

QString SameContact::moreText(int others)
{
    return QCoreApplication::translate("SameContact", "+%n more for this contact", nullptr, others);
}

} // namespace engage
