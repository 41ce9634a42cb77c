#include "sync/RefreshWorker.h"

#include "gong/GongClient.h"

#include <QFutureWatcher>
#include <QPromise>

#include <memory>

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
    const ApiResult<TaskEnvelope> answer = GongClient::readListAnswer(body, error);
    if (!answer.ok()) {
        out.error = answer.error;
        return out;
    }
    out.count = static_cast<int>(answer.value.tasks.size());
    for (const Task &t : answer.value.tasks) {
        const auto old = before.constFind(t.id);
        if (old != before.cend() && **old == t) {
            out.fresh.insert(t.id, *old);
            continue;
        }
        SharedTask task = std::make_shared<const Task>(t);
        out.keys.insert(task.get(), TaskFilter::keys(t));
        out.fresh.insert(t.id, std::move(task));
    }
    return out;
}

} // namespace engage
