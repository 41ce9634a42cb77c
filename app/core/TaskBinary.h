#pragma once

#include "core/Task.h"
#include "core/TaskList.h"

#include <QByteArray>

#include <optional>

namespace engage {

// A compact binary form of a Task for the local cache. Reading it back is about ten times faster
// than parsing Gong's JSON again, which is what lets 10,000 cached tasks paint at once on start.
// Versioned: a blob of another version reads as nullopt (the cache refills from Gong).
struct TaskBinary {
    static QByteArray write(const Task &task);
    static std::optional<Task> read(const QByteArray &blob);
    // Whether `blob` is of this build's format (its first byte), without reading it.
    static bool isCurrent(const QByteArray &blob);
    // Reads many blobs on every core, in order, leaving out the unreadable ones. Decoding is
    // mostly allocating strings: on one core a 10,000-task cache took 200 ms.
    static TaskList readAll(const QList<QByteArray> &blobs);

    // A task's TaskFilter::keys, stored beside it so that start-up sorts and filters the list
    // without decoding it. Of another TaskKeys::Version, written beside a blob of another
    // format, or damaged: nullopt.
    static QByteArray writeKeys(const TaskKeys &keys);
    static std::optional<TaskKeys> readKeys(const QByteArray &blob);
};

} // namespace engage
