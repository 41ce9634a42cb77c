#include "sync/AccountCheck.h"

#include "gong/RateLimiter.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcAccountCheck, "engage.sync.account", QtInfoMsg)

namespace engage {

AccountCheck::AccountCheck(QNetworkAccessManager *network, CredentialStore *credentials,
                           RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_limiter(limiter)
{
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &AccountCheck::pump);
}

AccountCheck::~AccountCheck() = default;

void AccountCheck::countOpenCallTasks(const GongConfig &config, QObject *context,
                                      CountCallback callback)
{
    enqueue(
        context, config, [this, callback = std::move(callback)](GongClient *client, quint64 id) {
            client->listTasks({}, client, [this, id, callback](const ApiResult<TaskEnvelope> &r) {
                if (!finish(id, r.error ? &*r.error : nullptr))
                    return;
                ApiResult<qsizetype> count;
                count.error = r.error;
                count.value = r.value.tasks.size();
                callback(count);
            });
        });
}

void AccountCheck::findUser(const GongConfig &config, const QString &email, QObject *context,
                            UserCallback callback)
{
    enqueue(context, config,
            [this, email, callback = std::move(callback)](GongClient *client, quint64 id) {
                // Gong's user list comes in pages: each further page waits for its slot in the
                // shared limiter, as the first did.
                client->setPacer(
                    [this, client](std::function<void()> send) { pace(client, std::move(send)); });
                client->findUserByEmail(email, client,
                                        [this, id, callback](const ApiResult<GongUser> &r) {
                                            if (finish(id, r.error ? &*r.error : nullptr))
                                                callback(r);
                                        });
            });
}

void AccountCheck::pace(GongClient *client, std::function<void()> send)
{
    const qint64 delay = m_limiter ? m_limiter->delayMs() : 0;
    if (delay > 0) {
        QTimer::singleShot(delay, client, [this, client, send = std::move(send)]() mutable {
            pace(client, std::move(send));
        });
        return;
    }
    if (m_limiter)
        m_limiter->consume();
    send();
}

void AccountCheck::cancel(QObject *context)
{
    for (auto it = m_live.begin(); it != m_live.end();) {
        if (it->context == context) {
            dropClient(it.key());
            it = m_live.erase(it);
        } else {
            ++it;
        }
    }
    // pump() skips the queued ids that are no longer live.
}

void AccountCheck::enqueue(QObject *context, const GongConfig &config,
                           std::function<void(GongClient *, quint64)> send)
{
    const quint64 id = m_nextId++;
    m_live.insert(id, Request{context, config, std::move(send)});
    m_queue.push_back(id);
    pump();
}

void AccountCheck::pump()
{
    while (!m_queue.empty()) {
        const quint64 id = m_queue.front();
        const auto it = m_live.constFind(id);
        if (it == m_live.cend() || !it->context) {
            m_live.remove(id);
            m_queue.pop_front();
            continue;
        }
        if (const qint64 delay = m_limiter ? m_limiter->delayMs() : 0; delay > 0) {
            m_wait.start(static_cast<int>(delay));
            return;
        }
        m_queue.pop_front();
        if (m_limiter)
            m_limiter->consume();
        auto *client = new GongClient(m_network, this);
        client->setConfig(it->config);
        m_clients.insert(id, client);
        const auto send = it->send; // the call may re-enter pump() and change m_live
        send(client, id);
    }
    m_wait.stop();
}

bool AccountCheck::finish(quint64 id, const ApiError *error)
{
    dropClient(id);
    const auto it = m_live.find(id);
    if (it == m_live.end())
        return false; // cancelled
    if (!it->context) {
        m_live.erase(it);
        return false;
    }
    if (error && error->kind == ApiError::Kind::RateLimited) {
        const qint64 wait = (error->retryAfterSeconds >= 0 ? error->retryAfterSeconds : 1) * 1000LL;
        qCInfo(lcAccountCheck) << "rate limited, waiting" << wait << "ms";
        if (m_limiter)
            m_limiter->holdFor(wait);
        m_queue.push_front(id);
        emit rateLimited(*error);
        if (m_limiter)
            pump();
        else
            m_wait.start(static_cast<int>(wait));
        return false;
    }
    m_live.erase(it);
    return true;
}

void AccountCheck::dropClient(quint64 id)
{
    if (const QPointer<GongClient> client = m_clients.take(id))
        client->deleteLater(); // its answer, if one still comes, goes nowhere
}

void AccountCheck::saveCredentials(const QString &account, const Credentials &credentials,
                                   QObject *context, DoneCallback callback)
{
    if (!m_credentials) {
        QTimer::singleShot(0, context ? context : this,
                           [callback = std::move(callback)] { callback(false, QString()); });
        return;
    }
    m_credentials->save(account, credentials, context, std::move(callback));
}

void AccountCheck::loadCredentials(const QString &account, QObject *context, LoadCallback callback)
{
    if (!m_credentials) {
        QTimer::singleShot(0, context ? context : this, [callback = std::move(callback)] {
            callback(std::nullopt, CredentialStore::keychainProblem(QString()));
        });
        return;
    }
    m_credentials->load(account, context, std::move(callback));
}

void AccountCheck::keepForSession(const QString &account, const Credentials &credentials)
{
    if (m_credentials)
        m_credentials->keepForSession(account, credentials);
}

QString AccountCheck::accountFor(const QUrl &baseUrl, const QString &userId)
{
    return CredentialStore::accountFor(baseUrl, userId);
}

QString AccountCheck::keychainDetail(const QString &error)
{
    const QString bare = CredentialStore::keychainProblem(QString()); // "No … answered."
    if (error == bare)
        return {};
    const QString prefix = bare.chopped(1) + QLatin1Char(':');
    if (error.startsWith(prefix))
        return error.mid(prefix.size()).trimmed();
    return error;
}

} // namespace engage
