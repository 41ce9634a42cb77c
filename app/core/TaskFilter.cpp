#include "core/TaskFilter.h"

#include <QCoreApplication>

namespace engage {

QString viewName(TaskView view)
{
    switch (view) {
    case TaskView::Due:
        return QCoreApplication::translate("TaskFilter", "Due");
    case TaskView::Overdue:
        return QCoreApplication::translate("TaskFilter", "Overdue");
    case TaskView::Today:
        return QCoreApplication::translate("TaskFilter", "Today");
    case TaskView::Upcoming:
        return QCoreApplication::translate("TaskFilter", "Upcoming");
    case TaskView::All:
        return QCoreApplication::translate("TaskFilter", "All");
    }
    return {};
}

void TaskFilter::setReference(const QDateTime &now, const QTimeZone &zone)
{
    m_now = now;
    const QDate today = now.toTimeZone(zone).date();
    m_startOfTomorrow = today.addDays(1).startOfDay(zone).toUTC();
    m_nowMs = now.toMSecsSinceEpoch();
    m_tomorrowMs = m_startOfTomorrow.toMSecsSinceEpoch();
}

void TaskFilter::setSearchText(const QString &text)
{
    m_searchText = text;
    // Any whitespace separates words, tabs and no-break spaces included.
    m_terms = fold(text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool TaskFilter::inView(qint64 due, TaskView view) const
{
    const bool hasDue = due != NoDue;
    switch (view) {
    case TaskView::All:
        return true;
    case TaskView::Upcoming:
        return !hasDue || due >= m_tomorrowMs;
    case TaskView::Due:
        return hasDue && due < m_tomorrowMs;
    case TaskView::Overdue:
        return hasDue && due < m_nowMs;
    case TaskView::Today:
        return hasDue && due >= m_nowMs && due < m_tomorrowMs;
    }
    return false;
}

bool TaskFilter::matchesCriteria(const TaskKeys &keys) const
{
    if (m_type && keys.type != *m_type)
        return false;
    if (m_flowId && (!keys.hasFlow || keys.flowId != *m_flowId))
        return false;
    for (const QString &term : m_terms) {
        if (!keys.search.contains(term))
            return false;
    }
    return true;
}

bool TaskFilter::accepts(const TaskKeys &keys) const
{
    return inView(keys.due, m_view) && matchesCriteria(keys);
}

bool TaskFilter::accepts(const Task &task) const
{
    return accepts(keys(task));
}

TaskKeys TaskFilter::keys(const Task &task)
{
    TaskKeys k;
    k.id = task.id;
    k.due = dueKey(task);
    k.hasFlow = task.flow.has_value();
    k.flowId = task.flow ? task.flow->id : 0;
    k.status = task.status;
    k.type = task.type;
    k.search = searchKey(task);
    if (task.contact) {
        k.zone = task.contact->timezone;
        k.contact = task.contact->crmId.trimmed();
    }
    return k;
}

std::array<int, TaskViewCount> TaskFilter::counts(const QList<Task> &tasks) const
{
    std::array<int, TaskViewCount> out{};
    for (const Task &task : tasks) {
        if (task.status != TaskStatus::Open && task.status != TaskStatus::Unknown)
            continue;
        if (!matchesCriteria(keys(task)))
            continue;
        for (int v = 0; v < TaskViewCount; ++v) {
            if (inView(task, static_cast<TaskView>(v)))
                ++out[static_cast<size_t>(v)];
        }
    }
    return out;
}

QString TaskFilter::searchKey(const Task &task)
{
    QStringList parts;
    if (task.contact) {
        parts << task.contact->firstName << task.contact->lastName << task.contact->companyName;
    }
    for (const Contact &c : task.additionalContacts)
        parts << c.firstName << c.lastName;
    if (task.account)
        parts << task.account->name;
    if (task.opportunity)
        parts << task.opportunity->name;
    if (task.flow) {
        parts << task.flow->name;
        if (task.flow->step)
            parts << task.flow->step->name;
    }
    parts << task.title;
    parts.removeAll(QString());
    return fold(parts.join(QLatin1Char('\n')));
}

QString TaskFilter::fold(const QString &text)
{
    // Fast path: plain ASCII needs no decomposition.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

bool TaskFilter::dueBefore(const Task &a, const Task &b)
{
    const bool aHas = a.dueDate.isValid();
    const bool bHas = b.dueDate.isValid();
    if (aHas != bHas)
        return aHas;
    if (aHas && a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    return a.id < b.id;
}

} // namespace engage
