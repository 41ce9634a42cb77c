#include "sync/RefreshWorker.h"

#include "gong/GongClient.h"

#include <QFutureWatcher>
#include <QPromise>

#include <memory>

namespace engage {

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
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        --m_busy;
        const T result = watcher->future().resultCount() > 0 ? watcher->result() : T{};
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(promise->future());
    ++m_busy;
    promise->start();
    m_pool.start([promise, job = std::move(job)] {
        promise->addResult(job());
        promise->finish();
    });
}

void RefreshWorker::read(QByteArray body, std::optional<ApiError> error,
                         QMap<qint64, SharedTask> before, std::function<void(const Read &)> done)
{
    run<Read>(
        [body = std::move(body), error = std::move(error), before = std::move(before)] {
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
            out.keys.remove(t.id); // a duplicate id: the last one counts, as in a QMap
            continue;
        }
        out.fresh.insert(t.id, std::make_shared<const Task>(t));
        out.keys.insert(t.id, TaskFilter::keys(t));
    }
    return out;
}

} // namespace engage
