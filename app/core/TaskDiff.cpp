#include "core/TaskDiff.h"

#include <QSet>

namespace engage {

TaskDiff TaskDiff::between(const TaskList &before, const TaskList &after, const KnownKeys &known)
{
    TaskDiff diff;
    QHash<qint64, const Task *> old;
    old.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        old.insert(before.at(i).id, before.shared(i).get());
    QSet<qint64> kept;
    kept.reserve(after.size());
    auto row = [&known](const SharedTask &task) {
        const TaskKeys *keys = known ? known(task) : nullptr;
        return Row{task, keys ? *keys : TaskFilter::keys(*task)};
    };
    for (qsizetype i = 0; i < after.size(); ++i) {
        const SharedTask &task = after.shared(i);
        kept.insert(task->id);
        const auto it = old.constFind(task->id);
        if (it == old.cend())
            diff.added.append(row(task));
        else if (*it != task.get())
            diff.changed.append(row(task));
    }
    for (const Task &t : before) {
        if (!kept.contains(t.id))
            diff.removed.append(t.id);
    }
    return diff;
}

} // namespace engage
