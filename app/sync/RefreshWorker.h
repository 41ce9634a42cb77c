#pragma once

#include "core/TaskCodec.h"
#include "core/TaskFilter.h"
#include "core/TaskList.h"
#include "gong/ApiError.h"
#include "sync/StoreError.h"
#include "sync/TaskStore.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace engage {

// The heavy part of a refresh, off the UI thread: reading Gong's list (10,000 tasks are some
// 10 MB of JSON), finding what changed since the last one, and writing only that to the cache.
// Each job gets value copies (the body, the last list's shared tasks, which are never edited)
// and answers on the thread that owns the worker, through a QFutureWatcher. The jobs run one at
// a time, in order, on a thread of the worker's own; destroying the worker waits for them and
// drops their answers.
class RefreshWorker : public QObject
{
    Q_OBJECT
public:
    struct Read {
        std::optional<ApiError> error; // as GongClient::readListAnswer says
        int count = 0;                 // tasks in the answer
        // The list, by id. A task equal to the one in `before` is `before`'s own shared task,
        // so pointer equality says "unchanged" from here on.
        QMap<qint64, SharedTask> fresh;
        // The TaskFilter keys of every task that is new or changed against `before`, by the
        // shared task they belong to (`fresh` keeps it alive).
        QHash<const Task *, TaskKeys> keys;
    };
    struct Written {
        bool ok = true;
        StoreError error;
    };

    explicit RefreshWorker(QObject *parent = nullptr);
    ~RefreshWorker() override;

    // Reads Gong's answer (body or error, as GongClient::listTasksRaw gave it) against the list
    // before; `done` runs on this object's thread.
    void read(QByteArray body, std::optional<ApiError> error, QMap<qint64, SharedTask> before,
              std::function<void(const Read &)> done);
    // Writes `changes` to the store's file at `path` on a connection of the job's own.
    void write(QString path, CacheChanges changes, std::function<void(const Written &)> done);
    bool isBusy() const { return m_busy > 0; }
    // Lets go of `garbage` on the worker's thread: the last reference to 10,000 tasks costs
    // some 40 ms of freeing strings, which the UI thread need not spend.
    void dispose(std::shared_ptr<const void> garbage);

    // Called on the worker's thread before each read. Only tests set it, to hold a read while
    // something else happens on the UI thread (a PATCH answered while the list is read).
    static void setReadHook(std::function<void()> hook);

    // The read itself, on the calling thread (pure).
    static Read readNow(const QByteArray &body, const std::optional<ApiError> &error,
                        const QMap<qint64, SharedTask> &before);

private:
    template <typename T> void run(std::function<T()> job, std::function<void(const T &)> done);

    QThreadPool m_pool;
    int m_busy = 0;
};

} // namespace engage
