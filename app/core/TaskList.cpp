#include "core/TaskList.h"

namespace engage {

TaskList::TaskList(std::initializer_list<Task> tasks)
{
    m_items.reserve(static_cast<qsizetype>(tasks.size()));
    for (const Task &t : tasks)
        append(t);
}

TaskList::TaskList(const QList<Task> &tasks)
{
    m_items.reserve(tasks.size());
    for (const Task &t : tasks)
        append(t);
}

TaskList::TaskList(QList<SharedTask> tasks)
    : m_items(std::move(tasks))
{}

void TaskList::append(Task task)
{
    m_items.append(SharedTask(std::move(task)));
}

void TaskList::replace(qsizetype i, Task task)
{
    m_items[i] = SharedTask(std::move(task));
}

QList<Task> TaskList::toList() const
{
    QList<Task> out;
    out.reserve(m_items.size());
    for (const SharedTask &t : m_items)
        out.append(*t);
    return out;
}

} // namespace engage
