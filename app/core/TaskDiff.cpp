#include "core/TaskDiff.h"

#include <QSet>

namespace engage {

namespace {
bool sortedById(const TaskList &tasks)
{
    for (qsizetype i = 1; i < tasks.size(); ++i)
        if (tasks.idAt(i - 1) >= tasks.idAt(i))
            return false;
    return true;
}
} // namespace

TaskDiff TaskDiff::between(const TaskList &before, const TaskList &after, const KnownKeys &known)
{
    TaskDiff diff;
    auto row = [&known](const SharedTask &task) {
        const TaskKeys *keys = known ? known(task) : nullptr;
        return Row{task, keys ? *keys : task.keys()};
    };
    if (sortedById(before) && sortedById(after)) {
        // Both in id order (the engine's lists are): one walk, no hashing.
        qsizetype i = 0, j = 0;
        while (i < before.size() || j < after.size()) {
            if (j == after.size() || (i < before.size() && before.idAt(i) < after.idAt(j))) {
                diff.removed.append(before.idAt(i++));
            } else if (i == before.size() || after.idAt(j) < before.idAt(i)) {
                diff.added.append(row(after.shared(j++)));
            } else {
                if (before.shared(i) != after.shared(j))
                    diff.changed.append(row(after.shared(j)));
                ++i;
                ++j;
            }
        }
        return diff;
    }
    QHash<qint64, SharedTask> old;
    old.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        old.insert(before.idAt(i), before.shared(i));
    QSet<qint64> kept;
    kept.reserve(after.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        const SharedTask &task = after.shared(i);
        kept.insert(task.id());
        const auto it = old.constFind(task.id());
        if (it == old.cend())
            diff.added.append(row(task));
        else if (*it != task)
            diff.changed.append(row(task));
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!kept.contains(before.idAt(i)))
            diff.removed.append(before.idAt(i));
    }
    return diff;
}

} // namespace engage
