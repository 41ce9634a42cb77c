#pragma once

#include "core/CallOutcome.h"
#include "core/FlowStep.h"
#include "gong/ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace engage {

class Clock;
class GongClient;
class RateLimiter;
class TaskStore;

// What the call session picks from: the company's call outcomes (GET /v2/call-outcomes) and the
// flows' steps with their call scripts (POST /v2/flows/steps), each cached in the account's
// TaskStore (meta table, as JSON) so the next start has them before the network answers.
//
// Outcomes: the cache is loaded at start() and fetched again when older than a day (checked
// hourly by the injected Clock). Without api:call-outcomes:read (403), or offline with nothing
// cached, Gong's defaults (CallOutcome::gongDefaults()) stand in and notice() says why in one
// line; offline with a cache, the cache, without a notice.
//
// Every request waits for a slot of the app's shared RateLimiter (SyncEngine::rateLimiter()),
// takes it as it goes, and a 429 holds the limiter for Gong's Retry-After and goes again. Nothing
// here blocks: answers arrive through the event loop.
class CallCatalog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxAgeSecs = 24 * 60 * 60;  // the outcomes' cache, a day
    static constexpr int StaleCheckMs = 60 * 60 * 1000; // how often start() looks
    static QString outcomesKey() { return QStringLiteral("call_outcomes"); } // meta keys
    static QString flowsKey() { return QStringLiteral("flow_steps"); }

    // `client`, `store` and `limiter` must outlive this object (or be replaced first); the
    // client's pacer is set to wait for `limiter`.
    CallCatalog(GongClient *client, TaskStore *store, RateLimiter *limiter, const Clock &clock,
                QObject *parent = nullptr);
    ~CallCatalog() override;

    // Loads the cache and fetches the outcomes when it is older than a day or missing; from then
    // on, looks again every hour.
    void start();
    // Another account's store: the answers still due for the old one are dropped, its requests
    // not yet sent never go, and the new store's cache is loaded (start()).
    void setStore(TaskStore *store);

    // The outcomes to offer, sorted by displayOrder.
    QList<CallOutcome> outcomes() const { return m_outcomes; }
    bool usingDefaults() const { return m_usingDefaults; }
    // One line for the rep when Gong's defaults stand in; empty when the company's are in use.
    QString notice() const { return m_notice; }
    // When the company's outcomes were last fetched from Gong (the cache's time); invalid when
    // never.
    QDateTime fetchedAt() const { return m_fetchedAt; }
    // GET /v2/call-outcomes now (once, however often asked while one is on its way).
    void refresh();
    // refresh() when the outcomes were not fetched in the last day.
    void refreshIfStale();

    // The step a task is at (FlowInfo::step), from the cached flows.
    std::optional<FlowStepInfo> step(qint64 flowId, qint64 stepId, qint64 stepNumber) const;
    std::optional<FlowInfo> flow(qint64 flowId) const;
    // POST /v2/flows/steps for these flows; what comes back replaces those flows in the cache.
    // A failure (Gong's 403 or 404 included) leaves the cache as it is; lastFlowsError() says it.
    void fetchFlows(const QList<qint64> &flowIds);
    std::optional<ApiError> lastFlowsError() const { return m_flowsError; }

    // Requests accepted and not yet answered (waiting for a slot, or on the wire).
    int pendingCount() const { return static_cast<int>(m_queue.size()) + m_onTheWire; }

signals:
    void outcomesChanged();
    // Flows came in, or a fetch failed (lastFlowsError() says why).
    void flowsChanged();

private:
    void loadCache();
    // Queues a request for a slot of the limiter; `send` makes it.
    void enqueue(std::function<void()> send);
    void pump();
    void pace(std::function<void()> send);
    void pace(std::function<void()> send, int generation);
    // True when a 429 put the request back for after Retry-After.
    bool retryWhenLimited(const ApiError &error, std::function<void()> again);
    void sendOutcomes();
    void sendFlows(const QList<qint64> &flowIds);
    void onOutcomesFailed(const ApiError &error);
    void useOutcomes(QList<CallOutcome> outcomes, const QDateTime &fetchedAt);
    void useDefaults(const QString &notice);
    void saveMeta(const QString &key, const QByteArray &json);

    QPointer<GongClient> m_client;
    TaskStore *m_store;
    RateLimiter *m_limiter;
    const Clock &m_clock;
    QTimer m_wait;       // the next slot
    QTimer m_staleCheck; // hourly
    std::deque<std::function<void()>> m_queue;
    int m_onTheWire = 0;
    // The context of this store's requests: replaced on setStore(), which ends the old ones.
    std::unique_ptr<QObject> m_requests = std::make_unique<QObject>();
    int m_generation = 0;          // which store the answers in flight belong to
    bool m_outcomesWanted = false; // a refresh queued or on the wire

    QList<CallOutcome> m_outcomes;
    bool m_usingDefaults = true;
    QString m_notice;
    QDateTime m_fetchedAt;
    bool m_haveCache = false;
    QHash<qint64, FlowInfo> m_flows;
    std::optional<ApiError> m_flowsError;
};

} // namespace engage
