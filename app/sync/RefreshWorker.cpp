#include "sync/RefreshWorker.h"

#include "core/Parallel.h"
#include "gong/GongClient.h"

#include <QFutureWatcher>
#include <QPromise>

#include <memory>
#include <vector>

namespace engage {

namespace {
std::function<void()> &readHook()
{
    static std::function<void()> hook;
    return hook;
}
} // namespace

void RefreshWorker::setReadHook(std::function<void()> hook)
{
    readHook() = std::move(hook);
}

RefreshWorker::RefreshWorker(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // in order: a cache write never overtakes an earlier one
    m_pool.setExpiryTimeout(30000);
}

RefreshWorker::~RefreshWorker()
{
    // The watchers are children and go with this object: a job still running answers no one.
    m_pool.waitForDone();
}

template <typename T>
void RefreshWorker::run(std::function<T()> job, std::function<void(const T &)> done)
{
    // The result lives beside the future, not in it, so that it is freed on the worker too.
    auto result = std::make_shared<T>();
    auto promise = std::make_shared<QPromise<void>>();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, result, done = std::move(done)]() mutable {
                --m_busy;
                watcher->deleteLater();
                done(*result);
                dispose(std::move(result));
            });
    watcher->setFuture(promise->future());
    ++m_busy;
    promise->start();
    m_pool.start([promise, result, job = std::move(job)] {
        *result = job();
        promise->finish();
    });
}

void RefreshWorker::dispose(std::shared_ptr<const void> garbage)
{
    // The job holds the last reference (unless someone else still does): it goes there.
    m_pool.start([garbage = std::move(garbage)]() mutable { garbage.reset(); });
}

void RefreshWorker::read(QByteArray body, std::optional<ApiError> error,
                         QMap<qint64, SharedTask> before, std::function<void(const Read &)> done)
{
    run<Read>(
        [body = std::move(body), error = std::move(error), before = std::move(before)] {
            if (readHook())
                readHook()();
            return readNow(body, error, before);
        },
        std::move(done));
}

void RefreshWorker::write(QString path, CacheChanges changes,
                          std::function<void(const Written &)> done)
{
    run<Written>(
        [path = std::move(path), changes = std::move(changes)] {
            Written out;
            out.ok = TaskStore::applyCacheChangesAt(path, changes, &out.error);
            return out;
        },
        std::move(done));
}

RefreshWorker::Read RefreshWorker::readNow(const QByteArray &body,
                                           const std::optional<ApiError> &error,
                                           const QMap<qint64, SharedTask> &before)
{
    Read out;
    ApiResult<TaskEnvelope> answer = GongClient::readListAnswer(body, error);
    if (!answer.ok()) {
        out.error = answer.error;
        return out;
    }
    const qsizetype n = answer.value.tasks.size();
    Task *tasks = answer.value.tasks.data(); // detached once, here, not on every thread
    out.count = static_cast<int>(n);
    // New and changed tasks are moved, not copied, into shared ones, and their filter keys
    // worked out on every core: for a first list that is all 10,000 of them.
    std::vector<SharedTask> shared(static_cast<size_t>(n));
    std::vector<std::optional<TaskKeys>> keys(static_cast<size_t>(n));
    parallelFor(n, 500, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const auto old = before.constFind(tasks[i].id);
            if (old != before.cend() && old->sameAs(tasks[i])) {
                shared[static_cast<size_t>(i)] = *old;
                continue;
            }
            keys[static_cast<size_t>(i)] = TaskFilter::keys(tasks[i]);
            shared[static_cast<size_t>(i)] =
                SharedTask(std::move(tasks[i]), *keys[static_cast<size_t>(i)]);
        }
    });
    for (size_t i = 0; i < shared.size(); ++i) {
        if (keys[i])
            out.keys.insert(shared[i].get(), std::move(*keys[i]));
        const qint64 id = shared[i].id();
        out.fresh.insert(id, std::move(shared[i]));
    }
    return out;
}

} // namespace engage
