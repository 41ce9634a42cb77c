#pragma once

#include "core/BlobSource.h"
#include "core/Task.h"
#include "core/TaskFilter.h"

#include <QByteArray>

#include <memory>

namespace engage {

// One task shared between the cache, the engine and the model, never edited in place, only
// replaced. A task read from the cache stays in its compact binary form (TaskBinary) beside its
// filter and sort keys, read with it, until a field is asked for: at start the list sorts and
// filters 10,000 rows by their keys and decodes only the few dozen it paints. Decoding and the
// keys are worked out once, on whichever thread asks first; both are safe from any thread.
class SharedTask
{
public:
    SharedTask() = default;
    SharedTask(std::nullptr_t) {}
    explicit SharedTask(Task task);
    // With its keys worked out already (TaskFilter::keys of `task`): a refresh's worker makes
    // them, so that the UI thread never folds 10,000 tasks' text.
    SharedTask(Task task, TaskKeys keys);
    // A task from the cache: `blob` is TaskBinary::write's, `keys` TaskFilter::keys of the same
    // task, written with it. A blob that no longer reads becomes a task with only what its keys
    // say (id, status, type, flow id, due), and the next refresh replaces it.
    static SharedTask fromCache(QByteArray blob, TaskKeys keys);
    // The same, its blob read from `source` when first needed (decoding, sameAs).
    static SharedTask fromCache(TaskKeys keys, std::shared_ptr<const BlobSource> source);

    const Task *get() const;
    const Task &operator*() const { return *get(); }
    const Task *operator->() const { return get(); }
    explicit operator bool() const { return d != nullptr; }
    friend bool operator==(const SharedTask &a, const SharedTask &b) { return a.d == b.d; }

    // Without decoding: the id and TaskFilter::keys() of the task. The id is kept beside the
    // pointer, so that building an index of 10,000 rows does not reach into each of them.
    qint64 id() const { return m_id; }
    const TaskKeys &keys() const;
    // Whether `task` equals this one, leaving this one undecoded (compared in binary form).
    bool sameAs(const Task &task) const;
    bool isDecoded() const;
    // Whether keys() is ready without working anything out (a task from the cache, or one
    // made with its keys).
    bool hasKeys() const;
    // Tasks decoded from the cache's binary form by this process so far (for start-up checks).
    static qint64 decodedCount();

private:
    const QByteArray &blob() const; // read from the source at the first call
    struct Data;
    std::shared_ptr<Data> d;
    qint64 m_id = 0;
};

} // namespace engage
