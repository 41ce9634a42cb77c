#include "core/SharedTask.h"

#include "core/TaskBinary.h"

#include <QLoggingCategory>

#include <atomic>
#include <mutex>
#include <optional>

namespace engage {

Q_LOGGING_CATEGORY(lcSharedTask, "engage.cache", QtWarningMsg)

namespace {
std::atomic<qint64> s_decoded{0};
} // namespace

struct SharedTask::Data {
    // First, together: id() and keys() read only these, for every row at start-up, from a
    // thread other than the one that made them (one cache line instead of two).
    std::atomic<bool> keysReady{false};
    std::atomic<bool> taskReady{false};
    bool cached = false; // from the cache: `blob` is (or `source` has) its binary form
    std::optional<TaskKeys> keys;
    std::unique_ptr<const Task> task; // apart: a row not yet decoded stays small
    QByteArray blob;
    std::shared_ptr<const BlobSource> source; // until the blob is read
    std::once_flag blobOnce;
    std::once_flag taskOnce;
    std::once_flag keysOnce;
};

SharedTask::SharedTask(Task task)
    : d(std::make_shared<Data>())
    , m_id(task.id)
{
    d->task = std::make_unique<const Task>(std::move(task));
    d->taskReady.store(true, std::memory_order_release);
}

SharedTask::SharedTask(Task task, TaskKeys keys)
    : SharedTask(std::move(task))
{
    d->keys = std::move(keys);
    d->keysReady.store(true, std::memory_order_release);
}

SharedTask SharedTask::fromCache(QByteArray blob, TaskKeys keys)
{
    SharedTask out;
    out.d = std::make_shared<Data>();
    out.d->cached = true;
    out.d->blob = std::move(blob);
    out.m_id = keys.id;
    out.d->keys = std::move(keys);
    out.d->keysReady.store(true, std::memory_order_release);
    return out;
}

SharedTask SharedTask::fromCache(TaskKeys keys, std::shared_ptr<const BlobSource> source)
{
    SharedTask out = fromCache(QByteArray(), std::move(keys));
    out.d->source = std::move(source);
    return out;
}

const QByteArray &SharedTask::blob() const
{
    Data *data = d.get();
    std::call_once(data->blobOnce, [data] {
        if (data->source)
            data->blob = data->source->blob(data->keys->id);
        data->source.reset();
    });
    return data->blob;
}

const Task *SharedTask::get() const
{
    if (!d)
        return nullptr;
    if (!d->taskReady.load(std::memory_order_acquire)) {
        Data *data = d.get();
        std::call_once(data->taskOnce, [this, data] {
            if (std::optional<Task> read = TaskBinary::read(blob())) {
                data->task = std::make_unique<const Task>(std::move(*read));
            } else {
                // The keys were read beside it and are sound: a row that says what they say,
                // until the next refresh brings the task again.
                qCWarning(lcSharedTask) << "a cached task no longer reads:" << data->keys->id;
                Task t;
                t.id = data->keys->id;
                t.status = data->keys->status;
                t.type = data->keys->type;
                if (data->keys->hasFlow)
                    t.flow = Flow{data->keys->flowId, {}, std::nullopt};
                if (data->keys->due != TaskFilter::NoDue)
                    t.dueDate = QDateTime::fromMSecsSinceEpoch(data->keys->due, Qt::UTC);
                data->task = std::make_unique<const Task>(std::move(t));
            }
            s_decoded.fetch_add(1, std::memory_order_relaxed);
            data->taskReady.store(true, std::memory_order_release);
        });
    }
    return d->task.get();
}

const TaskKeys &SharedTask::keys() const
{
    if (!d->keysReady.load(std::memory_order_acquire)) {
        Data *data = d.get();
        std::call_once(data->keysOnce, [this, data] {
            data->keys = TaskFilter::keys(*get());
            data->keysReady.store(true, std::memory_order_release);
        });
    }
    return *d->keys;
}

bool SharedTask::sameAs(const Task &task) const
{
    if (d->taskReady.load(std::memory_order_acquire) || !d->cached || blob().isEmpty())
        return *get() == task;
    // The same bytes: the same task. Other bytes may still be the same task (an empty string
    // written as null): read into a copy that is thrown away, so this one stays compact.
    if (TaskBinary::write(task) == blob())
        return true;
    const std::optional<Task> read = TaskBinary::read(blob());
    return read ? *read == task : *get() == task;
}

bool SharedTask::hasKeys() const
{
    return d && d->keysReady.load(std::memory_order_acquire);
}

bool SharedTask::isDecoded() const
{
    return d && d->taskReady.load(std::memory_order_acquire);
}

qint64 SharedTask::decodedCount()
{
    return s_decoded.load(std::memory_order_relaxed);
}

} // namespace engage
