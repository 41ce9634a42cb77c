#include "sync/CallCatalog.h"

#include "core/Clock.h"
#include "core/TaskCodec.h"
#include "gong/GongClient.h"
#include "gong/RateLimiter.h"
#include "sync/TaskStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalog, "engage.sync.catalog", QtInfoMsg)

namespace engage {

namespace {
const QLatin1String FetchedAtField("fetchedAt");

// The cache's form: the codec's own JSON with the fetch time beside it (one value, one write).
QByteArray withFetchedAt(const QByteArray &json, const QDateTime &at)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(FetchedAtField, at.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime fetchedAtOf(const QByteArray &json)
{
    return TaskCodec::parseDateTime(
        QJsonDocument::fromJson(json).object().value(FetchedAtField).toString());
}
} // namespace

CallCatalog::CallCatalog(GongClient *client, TaskStore *store, RateLimiter *limiter,
                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_outcomes(CallOutcome::gongDefaults())
{
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &CallCatalog::pump);
    m_staleCheck.setInterval(StaleCheckMs);
    connect(&m_staleCheck, &QTimer::timeout, this, &CallCatalog::refreshIfStale);
    // A longer list of flows goes as several requests: each further one waits for its slot.
    if (m_client)
        m_client->setPacer([this](std::function<void()> send) { pace(std::move(send)); });
}

CallCatalog::~CallCatalog()
{
    if (m_client)
        m_client->setPacer({});
}

void CallCatalog::start()
{
    loadCache();
    refreshIfStale();
    m_staleCheck.start();
}

void CallCatalog::setStore(TaskStore *store)
{
    ++m_generation; // answers for the old account are dropped on arrival
    // Requests of the old account's still going (a further batch of flows waiting for the
    // limiter) end with their context.
    m_requests = std::make_unique<QObject>();
    m_queue.clear();
    m_wait.stop();
    m_onTheWire = 0;
    m_outcomesWanted = false;
    m_store = store;
    m_flowsError.reset();
    start();
}

void CallCatalog::loadCache()
{
    m_haveCache = false;
    m_flows.clear();
    const QByteArray outcomes = m_store ? m_store->meta(outcomesKey()).toUtf8() : QByteArray();
    QList<CallOutcome> cached;
    QString problem;
    if (!outcomes.isEmpty() && CallOutcome::parseList(outcomes, &cached, &problem)) {
        m_haveCache = true;
        useOutcomes(std::move(cached), fetchedAtOf(outcomes));
    } else {
        if (!outcomes.isEmpty())
            qCWarning(lcCatalog) << "cached call outcomes unreadable:" << problem;
        useDefaults({}); // no notice until Gong has had its say
    }
    const QByteArray flows = m_store ? m_store->meta(flowsKey()).toUtf8() : QByteArray();
    QList<FlowInfo> cachedFlows;
    if (!flows.isEmpty() && FlowInfo::parseList(flows, &cachedFlows, &problem)) {
        for (const FlowInfo &flow : std::as_const(cachedFlows))
            m_flows.insert(flow.id, flow);
    }
    emit flowsChanged();
}

void CallCatalog::refreshIfStale()
{
    if (!m_fetchedAt.isValid() || m_fetchedAt.secsTo(m_clock.now()) >= MaxAgeSecs)
        refresh();
}

void CallCatalog::refresh()
{
    if (m_outcomesWanted)
        return;
    m_outcomesWanted = true;
    enqueue([this] { sendOutcomes(); });
}

void CallCatalog::enqueue(std::function<void()> send)
{
    m_queue.push_back(std::move(send));
    pump();
}

void CallCatalog::pump()
{
    while (!m_queue.empty()) {
        if (const qint64 delay = m_limiter ? m_limiter->delayMs() : 0; delay > 0) {
            m_wait.start(static_cast<int>(delay));
            return;
        }
        if (m_limiter)
            m_limiter->consume();
        const std::function<void()> send = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_onTheWire;
        send();
    }
}

void CallCatalog::pace(std::function<void()> send)
{
    pace(std::move(send), m_generation);
}

void CallCatalog::pace(std::function<void()> send, int generation)
{
    // A further page for the account before a switch is not sent at all.
    if (generation != m_generation)
        return;
    const qint64 delay = m_limiter ? m_limiter->delayMs() : 0;
    if (delay > 0) {
        QTimer::singleShot(delay, this, [this, generation, send = std::move(send)]() mutable {
            pace(std::move(send), generation);
        });
        return;
    }
    if (m_limiter)
        m_limiter->consume();
    send();
}

bool CallCatalog::retryWhenLimited(const ApiError &error, std::function<void()> again)
{
    if (error.kind != ApiError::Kind::RateLimited)
        return false;
    const qint64 wait = (error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : 1) * 1000LL;
    qCInfo(lcCatalog) << "rate limited, waiting" << wait << "ms";
    if (m_limiter)
        m_limiter->holdFor(wait);
    m_queue.push_front(std::move(again));
    if (m_limiter)
        pump();
    else
        m_wait.start(static_cast<int>(wait));
    return true;
}

void CallCatalog::sendOutcomes()
{
    if (!m_client) {
        --m_onTheWire;
        m_outcomesWanted = false;
        return;
    }
    m_client->listCallOutcomes(m_requests.get(), [this, generation = m_generation](
                                                     const ApiResult<QList<CallOutcome>> &result) {
        if (generation != m_generation)
            return; // for the store before the last setStore()
        --m_onTheWire;
        if (result.error && retryWhenLimited(*result.error, [this] { sendOutcomes(); }))
            return;
        m_outcomesWanted = false;
        if (!result.ok()) {
            onOutcomesFailed(*result.error);
            return;
        }
        const QDateTime now = m_clock.now();
        saveMeta(outcomesKey(), withFetchedAt(CallOutcome::listToJson(result.value), now));
        m_haveCache = true;
        useOutcomes(result.value, now);
    });
}

void CallCatalog::onOutcomesFailed(const ApiError &error)
{
    qCInfo(lcCatalog) << "call outcomes not fetched:" << ApiError::kindName(error.kind);
    if (error.kind == ApiError::Kind::Forbidden) {
        useDefaults(tr("Showing Gong's default call outcomes: your API key may not read the "
                       "company's (api:call-outcomes:read)."));
    } else if (!m_haveCache) {
        useDefaults(tr("Showing Gong's default call outcomes until Gong can be reached."));
    } else if (m_usingDefaults) {
        loadCache(); // after a 403 earlier on: the company's as last fetched
    }
}

void CallCatalog::useOutcomes(QList<CallOutcome> outcomes, const QDateTime &fetchedAt)
{
    std::stable_sort(
        outcomes.begin(), outcomes.end(),
        [](const CallOutcome &a, const CallOutcome &b) { return a.displayOrder < b.displayOrder; });
    m_fetchedAt = fetchedAt;
    if (outcomes.isEmpty()) { // the company has none of its own: Gong's, without a notice
        useDefaults({});
        return;
    }
    m_outcomes = std::move(outcomes);
    m_usingDefaults = false;
    m_notice.clear();
    emit outcomesChanged();
}

void CallCatalog::useDefaults(const QString &notice)
{
    m_outcomes = CallOutcome::gongDefaults();
    m_usingDefaults = true;
    m_notice = notice;
    emit outcomesChanged();
}

std::optional<FlowStepInfo> CallCatalog::step(qint64 flowId, qint64 stepId, qint64 stepNumber) const
{
    const auto it = m_flows.constFind(flowId);
    if (it == m_flows.cend())
        return std::nullopt;
    return it->step(stepId, stepNumber);
}

std::optional<FlowInfo> CallCatalog::flow(qint64 flowId) const
{
    const auto it = m_flows.constFind(flowId);
    if (it == m_flows.cend())
        return std::nullopt;
    return *it;
}

void CallCatalog::fetchFlows(const QList<qint64> &flowIds)
{
    if (flowIds.isEmpty())
        return;
    enqueue([this, flowIds] { sendFlows(flowIds); });
}

void CallCatalog::sendFlows(const QList<qint64> &flowIds)
{
    if (!m_client) {
        --m_onTheWire;
        return;
    }
    m_client->listFlowSteps(
        flowIds, m_requests.get(),
        [this, flowIds, generation = m_generation](const ApiResult<QList<FlowInfo>> &result) {
            if (generation != m_generation)
                return;
            --m_onTheWire;
            if (result.error &&
                retryWhenLimited(*result.error, [this, flowIds] { sendFlows(flowIds); }))
                return;
            if (!result.ok()) {
                qCInfo(lcCatalog) << "flow steps not fetched:"
                                  << ApiError::kindName(result.error->kind);
                m_flowsError = result.error;
                emit flowsChanged(); // the panels say why there is no script
                return;
            }
            m_flowsError.reset();
            for (const FlowInfo &flow : result.value)
                m_flows.insert(flow.id, flow);
            QList<FlowInfo> all = m_flows.values();
            std::sort(all.begin(), all.end(),
                      [](const FlowInfo &a, const FlowInfo &b) { return a.id < b.id; });
            saveMeta(flowsKey(), withFetchedAt(FlowInfo::listToJson(all), m_clock.now()));
            emit flowsChanged();
        });
}

void CallCatalog::saveMeta(const QString &key, const QByteArray &json)
{
    // A cache that cannot be saved is only a slower next start.
    if (m_store && !m_store->saveMeta(key, QString::fromUtf8(json)))
        qCWarning(lcCatalog) << "could not cache" << key << m_store->lastError().userMessage();
}

} // namespace engage
